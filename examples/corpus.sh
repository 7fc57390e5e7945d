#!/usr/bin/env bash
# Streams a JSONL corpus through the native CLI: {"id","text"} lines in, one analysis a line
# out (UTF-16 offsets by default; --offsets codepoint for Python). A bad line is reported on
# stderr and answered with an {"id","error"} line; the rest of the corpus goes on.
#   examples/corpus.sh corpus.jsonl > analyses.jsonl
# With no argument it makes a two-article corpus and streams that.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/quotelight
[ -x "$bin" ] || cargo build --release --quiet
if [ $# -eq 0 ]; then
  printf '%s\n' \
    '{"id":"a1","text":"“We are ready,” Mayor Ana Lindqvist said.\n\nSign up for our newsletter!"}' \
    '{"id":"a2","text":"Er sagte: „Wir sind bereit.“"}' | "$bin" --jsonl --offsets codepoint
else
  "$bin" --jsonl --offsets codepoint "$1"
fi
