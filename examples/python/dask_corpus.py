#!/usr/bin/env python3
"""A corpus of articles through quotelight on a Dask cluster.

    python examples/python/dask_corpus.py CORPUS.jsonl OUT_DIR [--workers 2] [--scheduler ADDRESS]

CORPUS.jsonl holds one ``{"id", "text"}`` object a line, as the CLI's ``--jsonl`` reads.
The corpus is read into a Dask bag (one partition per block of the file), ``analyze`` is
mapped over it on the workers, and two things are written to OUT_DIR:

- ``analysis/part-NNNNN.jsonl``: one ``{"id", ...analysis}`` line per article, offsets in
  code points (Python string indices), the parts in corpus order;
- ``speakers.tsv``: ``speaker<TAB>quotations<TAB>articles``, most quoted first.

Without ``--scheduler`` it starts a ``distributed.LocalCluster`` of ``--workers`` worker
processes on this machine; with ``--scheduler tcp://host:8786`` the same code runs on an
existing cluster whose workers have quotelight installed (``pip install quotelight-*.whl``).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster

import quotelight


def analyze_record(line: str) -> dict[str, Any]:
    """One corpus line -> one output record. A bad line becomes an ``{"id", "error"}``
    record, as the CLI answers it, so one broken article does not stop the corpus."""
    try:
        doc = json.loads(line)
    except ValueError as e:
        return {"id": None, "error": f"not JSON: {e}"}
    if not isinstance(doc, dict):
        return {"id": None, "error": "not a JSON object"}
    text = doc.get("text")
    if not isinstance(text, str):
        return {"id": doc.get("id"), "error": '"text" is not a string' if "text" in doc else 'no "text" field'}
    try:
        return {"id": doc.get("id"), **quotelight.analyze(text)}
    except ValueError as e:  # a text over the size limit
        return {"id": doc.get("id"), "error": str(e)}


def speaker_counts(record: dict[str, Any]) -> list[tuple[str, int]]:
    """(speaker, number of quotations) for each speaker of one article."""
    return [(s["name"], len(s["quotes"])) for s in record.get("speakers", ())]


def run(corpus: str, out_dir: str, client: Client, blocksize: str | int = "4MiB") -> dict[str, int]:
    """Runs the corpus through `client`'s cluster; returns counts for a summary."""
    lines = db.read_text(corpus, blocksize=blocksize).filter(lambda l: l.strip() != "")
    records = lines.map(analyze_record).persist()

    os.makedirs(os.path.join(out_dir, "analysis"), exist_ok=True)
    records.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
        os.path.join(out_dir, "analysis", "part-*.jsonl"),
        name_function=lambda i: f"{i:05d}",
    )

    # speaker -> (quotations, articles), summed on the workers, merged once.
    per_speaker = (
        records.map(speaker_counts)
        .flatten()
        .foldby(
            key=lambda pair: pair[0],
            binop=lambda acc, pair: (acc[0] + pair[1], acc[1] + 1),
            initial=(0, 0),
            combine=lambda a, b: (a[0] + b[0], a[1] + b[1]),
            combine_initial=(0, 0),
        )
        .compute()
    )
    table = sorted(per_speaker, key=lambda kv: (-kv[1][0], kv[0]))
    with open(os.path.join(out_dir, "speakers.tsv"), "w", encoding="utf-8") as f:
        f.write("speaker\tquotations\tarticles\n")
        for name, (quotes, articles) in table:
            f.write(f"{name}\t{quotes}\t{articles}\n")

    articles, errors = records.map(lambda r: (1, int("error" in r))).fold(
        lambda a, b: (a[0] + b[0], a[1] + b[1]), initial=(0, 0)
    ).compute()
    return {"articles": articles, "errors": errors, "speakers": len(table)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", help="JSONL corpus: one {\"id\", \"text\"} object a line")
    p.add_argument("out_dir")
    p.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    p.add_argument("--scheduler", help="address of an existing Dask scheduler")
    p.add_argument("--blocksize", default="4MiB", help="bytes of corpus per partition (default 4MiB)")
    args = p.parse_args()
    blocksize: str | int = int(args.blocksize) if args.blocksize.isdigit() else args.blocksize
    if args.scheduler:
        with Client(args.scheduler) as client:
            summary = run(args.corpus, args.out_dir, client, blocksize)
    else:
        # One thread a worker process: each analysis already runs without the GIL, and
        # processes keep a stuck article from stalling the others.
        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            summary = run(args.corpus, args.out_dir, client, blocksize)
    print(json.dumps(summary))
    return 1 if summary["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
