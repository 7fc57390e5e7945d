#!/usr/bin/env bash
# The main job: install what the build needs, build the page, serve it on 127.0.0.1.
#   scripts/serve.sh            then open http://127.0.0.1:8000/ (PORT=... to change)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-browser
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
python3 scripts/build.py page page-dom
port="${PORT:-8000}"
echo "quotelight: serving www/ at http://127.0.0.1:$port/ (Ctrl-C stops)"
exec python3 -m http.server --bind 127.0.0.1 --directory www "$port"
