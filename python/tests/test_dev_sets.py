"""Python and the CLI agree byte for byte on the PolNeAR and German dev sets (offsets in
code points on both sides), one text at a time and in threaded batches."""

from __future__ import annotations

import json
import subprocess

import pytest

import quotelight
from conftest import shared_file


def cli_lines(cli, corpus) -> list[tuple[object, str]]:
    """(id, analysis JSON) per line of the CLI's JSONL output, the id field cut off."""
    out = subprocess.run([cli, "--jsonl", "--offsets", "codepoint", corpus], capture_output=True, check=True)
    decoder = json.JSONDecoder()
    rows = []
    for line in out.stdout.decode("utf-8").splitlines():
        assert line.startswith('{"id":')
        doc_id, end = decoder.raw_decode(line, len('{"id":'))
        assert line[end] == ","
        rows.append((doc_id, "{" + line[end + 1 :]))
    return rows


@pytest.mark.parametrize("name", ["polnear_dev", "gerquote_dev"])
def test_dev_set_byte_for_byte(cli, name) -> None:
    corpus = shared_file(f"quotes/{name}.jsonl")
    docs = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    expected = cli_lines(cli, corpus)
    assert [d for d, _ in expected] == [doc["id"] for doc in docs]
    texts = [doc["text"] for doc in docs]
    assert any(q for _, j in expected for q in json.loads(j)["quotes"])
    for text, (doc_id, want) in zip(texts, expected):
        assert quotelight.analyze_json(text) == want, doc_id
    batched = list(quotelight.analyze_many(texts, threads=2))
    assert batched == [json.loads(want) for _, want in expected]
