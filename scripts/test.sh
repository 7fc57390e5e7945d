#!/usr/bin/env bash
# Every test, from a fresh machine: installs what is missing, then runs
#   1. formatting and clippy             4. the WebAssembly build (wasm-opt, size budget)
#   2. the Rust tests (unit, integration, property, CLI, doc)    5. Node + Chromium tests of the built module and page
#   3. the wasm tests in headless Chromium (wasm-bindgen-test; the API and the browser layer)   6. the Python package (wheel, fresh venv, pytest, Dask)
#                                                                7. a bounded fuzzing run (cargo fuzz, 60 s)
#                                                                8. the learned models refit from ../shared's train splits
#                                                                9. the accuracy gate on ../shared (both skipped if absent)
# and ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TERM_COLOR=never
mkdir -p out
log=out/test.log
: > "$log"
step() { printf '\n\033[1m== %s\033[0m\n' "$1"; }
trap 'echo; echo "test.sh: a step failed (see above); 0 passed, 1 failed"' ERR

step "format and lint"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --lib --tests -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --features browser --lib --tests -- -D warnings
cargo fmt --check --manifest-path python/Cargo.toml
CARGO_TARGET_DIR="$PWD/target/python" cargo clippy --quiet --manifest-path python/Cargo.toml -- -D warnings

step "API docs (no warnings)"
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --quiet

step "Rust tests"
cargo build --release --quiet
cargo test --release 2>&1 | tee -a "$log"

step "wasm tests in headless Chromium"
cargo test --target wasm32-unknown-unknown --test wasm 2>&1 | tee -a "$log"
cargo test --target wasm32-unknown-unknown --features browser --test browser 2>&1 | tee -a "$log"

step "WebAssembly builds (page, npm package) and size budget"
python3 scripts/build.py

step "Node and browser tests"
node --test tests/node/ 2>&1 | tee -a "$log"

step "Python package (maturin wheel in a fresh venv; pytest, Dask LocalCluster, mypy)"
bash scripts/python.sh 2>&1 | tee -a "$log"

step "fuzzing (bounded: ${FUZZ_SECONDS:-60} s each, text and HTML)"
# cargo fuzz needs nightly-only flags (sanitizer coverage); RUSTC_BOOTSTRAP lets the one
# stable toolchain of these machines accept them. Crashes land in fuzz/artifacts/.
# -a: with debug assertions and overflow checks, so a slice range that is not one of the
# text (crate::at) or an arithmetic overflow is a crash too, not a quiet wrong answer.
(cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -a analyze --release -- \
   -max_total_time="${FUZZ_SECONDS:-60}" -rss_limit_mb=4096 -max_len=65536 2>&1 | tail -n 3) | tee -a "$log"
(cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -a html --release -- \
   -max_total_time="${FUZZ_SECONDS:-60}" -rss_limit_mb=4096 -max_len=262144 2>&1 | tail -n 3) | tee -a "$log"
[ "$(grep -c "Done [0-9]* runs" "$log")" -ge 2 ]

step "learned models: refit from the train splits, CV beside dev (skipped if ../shared is absent)"
python3 scripts/train_quotes.py --check | tee -a "$log"
if grep -q "^train_quotes: .*FAILED" "$log"; then false; fi

step "accuracy gate"
python3 scripts/accuracy.py | tee -a "$log"
if grep -q "BELOW FLOOR\|ABOVE CEILING" "$log"; then false; fi

trap - ERR
passed=$(( $(grep -oE 'test result: ok\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}') \
         + $(grep -oE '^# pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}') \
         + $(grep -c ') ok$' "$log" || true) \
         + $(grep -oE '^[0-9]+ passed(, [0-9]+ [a-z]+)* in ' "$log" | awk '{s+=$1} END {print s+0}') ))
echo
echo "test.sh: $passed passed, 0 failed"
