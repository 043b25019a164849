#!/usr/bin/env bash
# Builds the npm package in pkg/ from a clean clone: the wasm32 release build
# of bindings-wasm, wasm-bindgen at the version Cargo.lock pins, wasm-opt from
# the npm package binaryen, then the files pkg/ ships. Installs what is
# missing first (the wasm32 target, wasm-bindgen-cli, the npm tools).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

crate=better_auth_wasm
dist=pkg/dist
wasm_in="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/$crate.wasm"

# The version of the `wasm-bindgen` crate in Cargo.lock: the CLI must match
# it exactly, or the generated JavaScript does not fit the .wasm file.
bindgen_version=$(awk '
    $0 == "name = \"wasm-bindgen\"" { found = 1; next }
    found && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)
if [[ -z "$bindgen_version" ]]; then
    echo "Cargo.lock has no wasm-bindgen package; run cargo generate-lockfile" >&2
    exit 1
fi

step "installing the wasm32 target"
rustup target add wasm32-unknown-unknown

if [[ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $bindgen_version" ]]; then
    step "installing wasm-bindgen-cli $bindgen_version"
    # No --locked: one dependency pinned in the CLI's own lock file is no
    # longer on crates.io, so cargo must resolve fresh versions.
    cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

if [[ ! -x node_modules/.bin/wasm-opt ]]; then
    step "installing the npm tools (npm ci)"
    npm ci --no-audit --no-fund
fi

step "cargo build for wasm32 (release profile, tuned for size)"
# Panic locations embed source paths: map them to fixed prefixes, so the
# .wasm does not depend on where the build machine keeps its files.
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$cargo_home=/cargo --remap-path-prefix=$(pwd)=/better-auth" \
    cargo build -p better-auth-wasm --target wasm32-unknown-unknown --release

step "wasm-bindgen $bindgen_version"
# Build into a scratch folder and swap it in at the end, so a failed build
# leaves the previous pkg/dist in place.
staging=$(mktemp -d)
chmod 755 "$staging"
trap 'rm -rf "$staging"' EXIT
wasm_out="$staging/${crate}_bg.wasm"
# --experimental-reset-state-function exports __wbg_reset_state, which
# pkg/lib/adapter.js calls to replace the instance after a panic.
wasm-bindgen "$wasm_in" \
    --target web \
    --out-dir "$staging" \
    --no-typescript \
    --experimental-reset-state-function

step "wasm-opt -Oz"
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers "$wasm_out" -o "$wasm_out"

rm -rf "$dist"
mv "$staging" "$dist"
wasm_out="$dist/${crate}_bg.wasm"

# The package ships the license texts: pkg/package.json lists them in "files".
cp LICENSE-MIT LICENSE-APACHE pkg/

# The `require` condition gets its own copy of the types, so TypeScript
# reads them as CommonJS declarations.
cp pkg/index.d.ts pkg/index.d.cts

raw_bytes=$(wc -c < "$wasm_out")
gzip_bytes=$(gzip -9 -c "$wasm_out" | wc -c)
step "built pkg/: $wasm_out is $raw_bytes bytes, $gzip_bytes gzipped (gzip -9)"
