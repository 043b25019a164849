#!/usr/bin/env bash
# Runs every check and test of the repository. On a fresh machine it first
# installs what the tests need and starts the local PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "installing the wasm32 target and cargo components"
rustup target add wasm32-unknown-unknown
rustup component add rustfmt clippy

step "starting PostgreSQL on 127.0.0.1:5432 if it is down"
scripts/start-postgres.sh
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"

step "formatting"
cargo fmt --all --check

step "lints"
cargo clippy --workspace --all-targets --all-features -- -D warnings
cargo clippy -p better-auth-core -p better-auth-memory -p better-auth-wasm \
    --target wasm32-unknown-unknown -- -D warnings

step "documentation"
RUSTDOCFLAGS="-D warnings" cargo doc --workspace --all-features --no-deps

step "tests"
cargo test --workspace --all-features

step "wasm32 build of core and the memory adapter"
cargo build -p better-auth-core -p better-auth-memory --target wasm32-unknown-unknown

step "quickstart"
cargo run --example quickstart

step "WebAssembly package: build, wasm32 conformance, Node, Deno, Bun and workerd"
scripts/test-wasm.sh
