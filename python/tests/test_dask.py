"""The Dask example on a LocalCluster of two workers: its JSONL is the CLI's analysis of
the same corpus, and its speaker table counts what that analysis attributes."""

from __future__ import annotations

import collections
import json
import pathlib
import subprocess
import sys

from conftest import ROOT

EXAMPLE = ROOT / "examples" / "python" / "dask_corpus.py"

PEOPLE = ["Mike Pompeo", "Dominic Raab", "Ana Lindqvist", "Olaf Scholz", "Jacinda Ardern"]


def make_corpus(path: pathlib.Path) -> list[dict]:
    """A small corpus of invented articles, with the odd cases a crawl brings."""
    docs = []
    for i in range(60):
        who = PEOPLE[i % len(PEOPLE)]
        surname = who.split()[-1]
        paras = [
            f"“We will keep talking about item {i},” {who} said on Monday.",
            f"{surname} added: “Nothing is settled yet.”",
            f"Officials said the plan had “broad support” among members {'😀' * (i % 3)}.",
        ]
        if i % 4 == 0:
            paras.append("Sign up for our newsletter! Follow us on Twitter.")
        docs.append({"id": f"doc-{i:03d}", "text": "\n\n".join(paras)})
    docs.append({"id": 1000, "text": ""})
    docs.append({"id": "de-1", "text": "„Das ist ein guter Tag“, sagte Olaf Scholz am Montag in Berlin."})
    with path.open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return docs


def test_dask_corpus_matches_the_cli(tmp_path, cli) -> None:
    corpus = tmp_path / "corpus.jsonl"
    docs = make_corpus(corpus)
    out = tmp_path / "out"
    # A small block size, so the corpus spans several partitions across the two workers.
    run = subprocess.run(
        [sys.executable, EXAMPLE, corpus, out, "--workers", "2", "--blocksize", "2000"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    assert summary["articles"] == len(docs) and summary["errors"] == 0

    parts = sorted((out / "analysis").glob("part-*.jsonl"))
    assert len(parts) > 1
    got = [json.loads(line) for p in parts for line in p.read_text(encoding="utf-8").splitlines()]
    cli_out = subprocess.run([cli, "--jsonl", "--offsets", "codepoint", corpus], capture_output=True, check=True)
    want = [json.loads(line) for line in cli_out.stdout.decode().splitlines()]
    assert got == want

    counts: collections.Counter = collections.Counter()
    articles: collections.Counter = collections.Counter()
    for record in want:
        for s in record["speakers"]:
            counts[s["name"]] += len(s["quotes"])
            articles[s["name"]] += 1
    lines = (out / "speakers.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "speaker\tquotations\tarticles"
    table = {name: (int(q), int(a)) for name, q, a in (l.split("\t") for l in lines[1:])}
    assert table == {name: (counts[name], articles[name]) for name in counts}
    assert "Mike Pompeo" in table and table["Mike Pompeo"][0] >= 12
    quoted = [int(l.split("\t")[1]) for l in lines[1:]]
    assert quoted == sorted(quoted, reverse=True)


def test_bad_lines_become_error_records(tmp_path) -> None:
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "text": "“Yes,” Ana Lindqvist said."}\nnot json\n{"id": "b"}\n{"id": "c", "text": 5}\n')
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, EXAMPLE, corpus, out, "--workers", "1"], capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    assert json.loads(run.stdout.strip().splitlines()[-1]) == {"articles": 4, "errors": 3, "speakers": 1}
    records = [json.loads(l) for p in sorted((out / "analysis").glob("*.jsonl")) for l in p.read_text().splitlines()]
    assert [r.get("error") for r in records] == [
        None, "not JSON: Expecting value: line 1 column 1 (char 0)", 'no "text" field', '"text" is not a string']
    assert records[0]["quotes"][0]["speaker"]["name"] == "Ana Lindqvist"
