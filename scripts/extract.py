#!/usr/bin/env python3
"""Article extraction from saved pages: runs the CLI on the benchmark pages in
../shared/data/pages and writes predictions for `../shared/eval/score.py extract`.

  scripts/extract.py [--bin target/release/quotelight] [--set scrapinghub|wcxb|all] [--score]
  scripts/extract.py --dump FILE     the decoded pages as {"id","html"} lines (for benchmarks)

Writes out/extract/{set}.pred.jsonl ({"id","text","title","author","date"}: text = the
article body) and, with --score, prints the scorer's figures. The pages' bytes are decoded
as their HTTP-less saved copies declare (a BOM, <meta charset>), else UTF-8, else Latin-1.
"""
import gzip
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "..", "shared", "data", "pages")
SETS = {"scrapinghub": "scrapinghub-html.jsonl", "wcxb": "wcxb-dev-article-html.jsonl"}
CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


def decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    m = CHARSET.search(raw[:4096])
    if m:
        try:
            return raw.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return raw.decode("cp1252", errors="replace")


def pages(gold_path):
    folder = os.path.dirname(gold_path)
    with open(gold_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                g = json.loads(line)
                with gzip.open(os.path.join(folder, g["html"])) as h:
                    yield g["id"], decode(h.read())


def predict(binary, gold_path, pred_path):
    lines = "".join(json.dumps({"id": i, "html": html}) + "\n" for i, html in pages(gold_path))
    out = subprocess.run([binary, "--jsonl", "--offsets", "codepoint"], input=lines.encode(),
                         capture_output=True, check=True)
    with open(pred_path, "w", encoding="utf-8") as p:
        for line in out.stdout.decode("utf-8").splitlines():
            r = json.loads(line)
            a = r.get("article") or {}
            p.write(json.dumps({"id": r["id"], "text": a.get("body", ""), "title": a.get("title"),
                                "author": a.get("author"), "date": a.get("date")}, ensure_ascii=False) + "\n")


def main(argv):
    if not os.path.isdir(PAGES):
        print(f"extract: SKIP: {os.path.normpath(PAGES)} is absent")
        return 0
    binary = argv[argv.index("--bin") + 1] if "--bin" in argv else os.path.join(ROOT, "target", "release", "quotelight")
    which = argv[argv.index("--set") + 1] if "--set" in argv else "all"
    os.makedirs(os.path.join(ROOT, "out", "extract"), exist_ok=True)
    if "--dump" in argv:
        with open(argv[argv.index("--dump") + 1], "w", encoding="utf-8") as f:
            for file in SETS.values():
                for i, html in pages(os.path.join(PAGES, file)):
                    f.write(json.dumps({"id": i, "html": html}) + "\n")
        return 0
    for name, file in SETS.items():
        if which not in ("all", name):
            continue
        gold = os.path.join(PAGES, file)
        pred = os.path.join(ROOT, "out", "extract", f"{name}.pred.jsonl")
        predict(binary, gold, pred)
        if "--score" in argv:
            res = subprocess.run([sys.executable, os.path.join(ROOT, "..", "shared", "eval", "score.py"),
                                  "extract", gold, pred, "--json"], capture_output=True, text=True, check=True)
            print(name, res.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
