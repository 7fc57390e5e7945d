#!/usr/bin/env python3
"""Trains the article model on the benchmark pages and reports its cross-validated figures.

  scripts/train_blocks.py [--keep-weights]

Feeds the ScrapingHub and WCXB dev pages of ../shared/data/pages, each with its fold by
../shared/eval/folds.py's hash (5 folds, by page id), to `examples/train_blocks.rs`, which
writes out/extract/cv.pred.jsonl (every page decided by the model trained without its fold)
and the weights trained on every page. The weights go to lexicon/block_weights.tsv unless
--keep-weights; the cross-validated figures of each benchmark are printed with
`score.py extract`.
"""
import hashlib
import json
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from extract import PAGES, ROOT, SETS, pages  # noqa: E402

SCORE = os.path.join(ROOT, "..", "shared", "eval", "score.py")


def fold_of(doc_id, k=5):
    """As ../shared/eval/folds.py assigns it."""
    return int(hashlib.sha1(str(doc_id).encode("utf-8")).hexdigest(), 16) % k


def main(argv):
    if not os.path.isdir(PAGES):
        print(f"train_blocks: SKIP: {os.path.normpath(PAGES)} is absent")
        return 0
    out = os.path.join(ROOT, "out", "extract")
    os.makedirs(out, exist_ok=True)
    lines = []
    golds = {}
    for name, file in SETS.items():
        gold = os.path.join(PAGES, file)
        articles = {}
        with open(gold, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    g = json.loads(line)
                    articles[g["id"]] = g["article"]
        golds[name] = gold
        for doc_id, html in pages(gold):
            lines.append(json.dumps({"id": doc_id, "set": name, "fold": fold_of(doc_id),
                                     "html": html, "article": articles[doc_id]}))
    subprocess.run(["cargo", "run", "--release", "--quiet", "--example", "train_blocks", "--", out],
                   input=("\n".join(lines) + "\n").encode(), check=True, cwd=ROOT)
    by_set = {name: [] for name in SETS}
    with open(os.path.join(out, "cv.pred.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            by_set[r.pop("set")].append(r)
    for name, rows in by_set.items():
        pred = os.path.join(out, f"{name}.cv.pred.jsonl")
        with open(pred, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        res = subprocess.run([sys.executable, SCORE, "extract", golds[name], pred, "--json"],
                             capture_output=True, text=True, check=True)
        print(f"train_blocks: {name} cross-validated: {res.stdout.strip()}")
    if "--keep-weights" not in argv:
        shutil.copy(os.path.join(out, "block_weights.tsv"), os.path.join(ROOT, "lexicon", "block_weights.tsv"))
        print("train_blocks: weights written to lexicon/block_weights.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
