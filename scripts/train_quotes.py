#!/usr/bin/env python3
"""Trains the quotation-or-term model and the speaker ranker on the train splits and reports
their cross-validated figures beside dev.

  scripts/train_quotes.py [--keep-weights] [--score-only] [--check]

Feeds PolNeAR and German WikiNews train (each document with its fold by
../shared/eval/folds.py's hash: 5 folds, by document id) and dev to
`examples/train_quotes.rs`. It writes to out/train/: cv.pred.jsonl (every train document
analysed by the models fitted without its fold), dev.pred.jsonl (dev by the models fitted on
all of train) and the weights fitted on all of train, which go to lexicon/kind_weights.tsv
and lexicon/speaker_weights.tsv unless --keep-weights. Dev is never read for fitting. The
figures are the reference scorer's (score.py quotes), per language, CV beside dev.
--check (the test command's step): keeps the weights and fails unless the refitted ones equal
the shipped ones (to 0.0002: the fit is deterministic, the files are rounded to 4 places).
"""
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
QUOTES = os.path.join(SHARED, "data", "quotes")
SCORE = os.path.join(SHARED, "eval", "score.py")
SETS = {"polnear": "polnear", "german": "gerquote"}
METRICS = ["overlap_F1", "overlap_P", "overlap_R", "exact_F1", "speaker_acc", "attributed_F1"]


def score(gold, pred):
    out = subprocess.run([sys.executable, SCORE, "quotes", gold, pred, "--unit", "codepoint", "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        return {cols[0]: [float(x) for x in cols[1:]]
                for cols in (line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#"))}


def check(out):
    """Whether retraining from the train files reproduced the shipped weights."""
    bad = 0
    for w in ("kind_weights.tsv", "speaker_weights.tsv"):
        new, old = read_tsv(os.path.join(out, w)), read_tsv(os.path.join(ROOT, "lexicon", w))
        if new.keys() != old.keys():
            print(f"train_quotes: {w}: the features differ: {sorted(new.keys() ^ old.keys())} FAILED")
            bad += 1
            continue
        diff = max(abs(a - b) for k in new for a, b in zip(new[k], old[k]))
        ok = diff <= 0.0002
        bad += not ok
        print(f"train_quotes: {w} refitted from the train splits (max |difference| {diff:.4f}) {'ok' if ok else 'FAILED'}")
    return 1 if bad else 0


def main(argv):
    if not os.path.isdir(QUOTES):
        print(f"train_quotes: SKIP: {os.path.normpath(QUOTES)} is absent")
        return 0
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    from folds import fold_of  # the reference folds: 5, by a hash of the document id
    out = os.path.join(ROOT, "out", "train")
    os.makedirs(out, exist_ok=True)
    feed = os.path.join(out, "input.jsonl")
    with open(feed, "w", encoding="utf-8") as o:
        for prefix in SETS.values():
            for split in ("train", "dev"):
                with open(os.path.join(QUOTES, f"{prefix}_{split}.jsonl"), encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            d = json.loads(line)
                            o.write(json.dumps({"id": d["id"], "split": split, "fold": fold_of(d["id"], 5),
                                                "text": d["text"], "quotes": d.get("quotes", [])}) + "\n")
    if "--check" in argv:
        argv = argv + ["--keep-weights"]
    if "--score-only" not in argv:  # re-score the last run's predictions
        with open(feed, "rb") as f:
            subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "train_quotes", "--", out],
                           stdin=f, check=True, cwd=ROOT)
    preds = {}
    for part in ("cv", "dev"):
        with open(os.path.join(out, f"{part}.pred.jsonl"), encoding="utf-8") as f:
            for line in f:
                preds[json.loads(line)["id"]] = line
    report = {}
    for name, prefix in SETS.items():
        report[name] = {}
        for part, split in (("cv", "train"), ("dev", "dev")):
            gold = os.path.join(QUOTES, f"{prefix}_{split}.jsonl")
            pred = os.path.join(out, f"{name}.{part}.pred.jsonl")
            with open(gold, encoding="utf-8") as f, open(pred, "w", encoding="utf-8") as o:
                for line in f:
                    if line.strip():
                        o.write(preds.get(json.loads(line)["id"], ""))
            report[name][part] = score(gold, pred)
    for name, r in report.items():
        print(f"train_quotes: {name:8} {'':5} " + " ".join(f"{m:>13}" for m in METRICS))
        for part in ("cv", "dev"):
            print(f"train_quotes: {name:8} {part:5} " + " ".join(f"{r[part][m]:13.3f}" for m in METRICS))
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1)
    if "--check" in argv:
        return check(out)
    if "--keep-weights" not in argv:
        for w in ("kind_weights.tsv", "speaker_weights.tsv"):
            shutil.copy(os.path.join(out, w), os.path.join(ROOT, "lexicon", w))
        print("train_quotes: weights written to lexicon/kind_weights.tsv and lexicon/speaker_weights.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
