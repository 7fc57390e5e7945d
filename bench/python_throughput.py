#!/usr/bin/env python3
"""Throughput of the Python package on a corpus: ``analyze_many`` on the PolNeAR train
texts, in characters (code points) a second, with one thread and with every core, beside
a plain loop of ``analyze`` calls. (With ``threads=1`` the core's thread still overlaps with
the caller's thread, which parses the previous batch's JSON.)

    out/py/test/bin/python bench/python_throughput.py [--corpus FILE.jsonl] [--textacy-cps N]

(``scripts/python.sh`` makes that venv with the wheel installed.) One run each, after one
warm-up pass; the report goes to stdout and to out/bench/python.json. textacy's figure is
the one given in the project's issue (34,000 characters a second for its quotation
extraction on PolNeAR test, on this machine) unless textacy and an English spaCy model
are importable here, in which case it is measured on the first 200,000 characters of the
same corpus in this run.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import sys
import time

import quotelight

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "quotes" / "polnear_train.jsonl"


def rate(texts: list[str], threads: int) -> tuple[float, int]:
    chars = sum(len(t) for t in texts)
    start = time.perf_counter()
    quotes = sum(len(a["quotes"]) for a in quotelight.analyze_many(texts, threads=threads))
    return chars / (time.perf_counter() - start), quotes


def textacy_rate(texts: list[str]) -> float | None:
    try:
        import spacy
        import textacy.extract
        nlp = spacy.load("en_core_web_sm")
    except Exception:  # not installed here: the stated figure is used
        return None
    sample, n = [], 0
    for t in texts:
        if n >= 200_000:
            break
        sample.append(t)
        n += len(t)
    start = time.perf_counter()
    for doc in nlp.pipe(sample):
        list(textacy.extract.triples.direct_quotations(doc))
    return n / (time.perf_counter() - start)


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--corpus", default=str(DEFAULT))
    p.add_argument("--textacy-cps", type=float, default=34_000.0)
    args = p.parse_args()
    if not os.path.exists(args.corpus):
        print(f"python bench: SKIP: {args.corpus} is absent")
        return 0
    with open(args.corpus, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    cores = os.cpu_count() or 1
    rate(texts[:50], 1)  # warm-up: the word lists are parsed on first use
    start = time.perf_counter()
    q0 = sum(len(quotelight.analyze(t)["quotes"]) for t in texts)
    plain = sum(len(t) for t in texts) / (time.perf_counter() - start)
    one, q1 = rate(texts, 1)
    many, qn = rate(texts, cores)
    assert q0 == q1 == qn, "threads must not change the analysis"
    measured = textacy_rate(texts)
    textacy = measured if measured is not None else args.textacy_cps
    report = {
        "corpus": os.path.relpath(args.corpus, ROOT),
        "documents": len(texts),
        "characters": sum(len(t) for t in texts),
        "quotations": q1,
        "cores": cores,
        "python": sys.version.split()[0],
        "chars_per_s_analyze_loop": round(plain),
        "chars_per_s_1_thread": round(one),
        f"chars_per_s_{cores}_threads": round(many),
        "threads_speedup": round(many / one, 2),
        "textacy_chars_per_s": round(textacy),
        "textacy_source": "measured in this run" if measured is not None else "stated (the issue's figure)",
        "ratio_to_textacy": round(many / textacy, 1),
    }
    os.makedirs(ROOT / "out" / "bench", exist_ok=True)
    (ROOT / "out" / "bench" / "python.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
