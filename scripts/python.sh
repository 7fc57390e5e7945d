#!/usr/bin/env bash
# The Python package, from the crate to a fresh venv:
#   1. builds the wheel with maturin (python/: PyO3 binding crate + typed wrapper);
#   2. installs it, with no compiler step (--no-index, the wheel alone), into a venv made
#      anew, beside pytest, mypy and Dask (dask[bag], distributed) from PyPI;
#   3. runs the Python tests (API, the dev sets against the CLI, the Dask example on a
#      two-worker LocalCluster), the package's doctests, and mypy --strict.
# Needs python3 >= 3.10 with venv and the CLI (cargo build --release). Venvs live in out/py/.
set -euo pipefail
cd "$(dirname "$0")/.."
py=out/py
if [ ! -x "$py/build/bin/maturin" ]; then
  python3 -m venv "$py/build"
  "$py/build/bin/pip" install --quiet --disable-pip-version-check "maturin>=1.16,<2"
fi
rm -rf "$py/wheels"
# Its own target folder: the binding has its own lock file, and two lock files sharing one
# target folder can link two builds of one crate (serde) that do not fit together.
CARGO_TARGET_DIR="$PWD/target/python" "$py/build/bin/maturin" build --release --quiet -m python/Cargo.toml -o "$py/wheels"
rm -rf "$py/test"
python3 -m venv "$py/test"
"$py/test/bin/pip" install --quiet --disable-pip-version-check --no-index "$py"/wheels/quotelight-*.whl
# dask and distributed pinned as a pair: the registry may hold a dask newer than any
# distributed made for it, and pip then picks a distributed years older that breaks.
"$py/test/bin/pip" install --quiet --disable-pip-version-check pytest mypy "dask[bag]==2026.8.0" "distributed==2026.8.0"
cargo build --release --quiet --bin quotelight
# Imported from the venv, not from the source folder: the tests see what `pip install` gives.
(cd python/tests && QUOTELIGHT_CLI="$OLDPWD/target/release/quotelight" \
  "$OLDPWD/$py/test/bin/python" -m pytest -q -p no:cacheprovider --doctest-modules --pyargs quotelight . )
"$py/test/bin/python" -m mypy --strict --no-incremental -p quotelight
"$py/test/bin/python" -m mypy --strict --no-incremental --ignore-missing-imports --allow-untyped-calls examples/python/dask_corpus.py
