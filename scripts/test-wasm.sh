#!/usr/bin/env bash
# Builds the npm package and runs every test of the WebAssembly side. First
# the conformance suite runs compiled to wasm32. Then the packed package is
# installed into a scratch project and tested in Node (import and require),
# TypeScript, Deno, Bun and workerd. Last comes the Node quickstart.
# Installs what it needs on a fresh machine; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

root=$(pwd)
tools="$root/node_modules/.bin"
scratch="$root/target/npm-scratch"

step "installing the npm tools (npm ci)"
npm ci --no-audit --no-fund

scripts/build-wasm.sh

if ! command -v wasm-pack >/dev/null; then
    step "installing wasm-pack"
    cargo install wasm-pack
fi

step "conformance suite on wasm32 in Node (wasm-pack test --node)"
(cd bindings-wasm && wasm-pack test --node)

step "packing pkg/ and installing the tarball into $scratch"
rm -rf "$scratch"
mkdir -p "$scratch"
tarball=$(cd pkg && npm pack --silent --pack-destination "$scratch")
cp bindings-wasm/tests/js/* "$scratch/"
cat > "$scratch/package.json" <<'EOF'
{ "name": "better-auth-wasm-scratch", "private": true, "type": "module" }
EOF
(cd "$scratch" && npm install --no-audit --no-fund --ignore-scripts "./$tarball")

step "Node $(node --version): node:test through import and require"
(cd "$scratch" && node --test node-import.test.mjs node-require.test.cjs)

step "TypeScript types (tsc --noEmit), as Node and as a Worker bundle resolve them"
"$tools/tsc" -p "$scratch/tsconfig.json"
"$tools/tsc" -p "$scratch/tsconfig.workerd.json"
echo "types check"

step "Deno $("$tools/deno" --version | head -n 1)"
(cd "$scratch" && DENO_NO_UPDATE_CHECK=1 "$tools/deno" test --allow-read deno.test.js)

step "Bun $("$tools/bun" --version)"
(cd "$scratch" && "$tools/bun" test bun.test.js)

step "workerd through Miniflare"
(cd "$scratch" && node --test workerd.test.mjs)

step "Node quickstart"
output=$(node examples/node/quickstart.mjs)
printf '%s\n' "$output"
# The quickstart prints every row; secrets must appear only as [redacted].
for secret in 'scrypt\$' '428913' "token: '[^[]" "password: '[^[]"; do
    if grep -q -- "$secret" <<<"$output"; then
        echo "the quickstart printed a secret (matched $secret)" >&2
        exit 1
    fi
done
grep -q "password ok: true" <<<"$output"
grep -q "consumed twice: null" <<<"$output"

step "all WebAssembly and JavaScript tests passed"
