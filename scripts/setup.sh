#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh machine, and nothing twice.
# Safe to run again: each step checks first. Needs only the package registries.
#   wasm32 target, wasm-bindgen-cli (the version in Cargo.lock), wasm-pack, cargo-fuzz,
#   npm packages (binaryen's wasm-opt, playwright-core), Debian's chromium + chromedriver.
#   --no-browser   skip chromium (serving the page does not need it)
set -euo pipefail
cd "$(dirname "$0")/.."
browser=1
[ "${1:-}" = "--no-browser" ] && browser=0
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 2. wasm-bindgen-cli at exactly the version Cargo.lock pins (the CLI and the crate must agree).
want=$(python3 - <<'PY'
import tomllib
with open("Cargo.lock", "rb") as f:
    lock = tomllib.load(f)
print(next(p["version"] for p in lock["package"] if p["name"] == "wasm-bindgen"))
PY
)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want (about 3 minutes)"
  # Not --locked: the registry lacks one of the newest locked dependencies.
  cargo install wasm-bindgen-cli --version "$want" --force
fi

# 3. wasm-pack (it finds the wasm-bindgen above on PATH and so builds offline).
if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (about 3 minutes)"
  cargo install wasm-pack
fi

# 3b. cargo-fuzz, for the bounded fuzzing run of the tests.
if ! command -v cargo-fuzz >/dev/null; then
  say "installing cargo-fuzz (about 2 minutes)"
  cargo install cargo-fuzz --version 0.13.2
fi

# 4. npm packages: binaryen's wasm-opt (never Debian's 108, whose output breaks at load) and
#    playwright-core (drives Debian's chromium; it never downloads a browser).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/typescript ] || [ ! -d node_modules/web-ext ]; then
  say "installing npm packages"
  if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
fi

# 5. Chromium and its driver from Debian, for the browser tests.
if [ "$browser" = 1 ] && { ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; }; then
  say "installing chromium and chromium-driver"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
# 6. Python's venv module, for the Python package's tests (Debian splits it off).
if ! python3 -c "import ensurepip, venv" 2>/dev/null; then
  say "installing python3-venv"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3-venv >/dev/null
fi
say "ready: $(wasm-bindgen --version), $(wasm-pack --version), wasm-opt $(wasm-opt --version | awk '{print $3}')${browser:+, $(chromium --version 2>/dev/null | head -1)}"
