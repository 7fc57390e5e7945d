#!/usr/bin/env python3
"""The accuracy gate: scores the CLI's predictions on the dev sets (and, for the HTML path,
on the saved benchmark pages, whose article model was trained on them: the gate guards
against regressions; scripts/train_blocks.py gives the cross-validated figures) with the reference scorer
and fails when a figure falls below its floor in accuracy-floors.toml.

  scripts/accuracy.py [--bin target/release/quotelight] [--update]

Skips (exit 0, with a message) when ../shared is absent. Predictions go to out/accuracy/.
--update rewrites the floors to the figures just measured, less a small margin.
"""
import json
import os
import subprocess
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
FLOORS = os.path.join(ROOT, "accuracy-floors.toml")
MARGIN = 0.005


def main(argv):
    if not os.path.isdir(os.path.join(SHARED, "data")):
        print(f"accuracy: SKIP: {os.path.normpath(SHARED)} is absent, so there is nothing to score")
        return 0
    binary = argv[argv.index("--bin") + 1] if "--bin" in argv else os.path.join(ROOT, "target", "release", "quotelight")
    with open(FLOORS, "rb") as f:
        floors = tomllib.load(f)
    out_dir = os.path.join(ROOT, "out", "accuracy")
    os.makedirs(out_dir, exist_ok=True)
    failures, measured = [], {}
    for name, spec in floors.items():
        gold = os.path.join(SHARED, spec["gold"])
        if spec.get("skip_unannotated_with"):
            gold = without_unannotated(gold, spec["skip_unannotated_with"], os.path.join(out_dir, f"{name}.gold.jsonl"))
        pred = os.path.join(out_dir, f"{name}.pred.jsonl")
        if spec["task"] == "extract":
            # Saved pages: the gold names gzipped HTML files, which extract.py decodes.
            extract.predict(binary, gold, pred)
        else:
            with open(gold, "rb") as g, open(pred, "wb") as p:
                subprocess.run([binary, "--jsonl"], stdin=g, stdout=p, check=True)
        res = json.loads(subprocess.run(
            [sys.executable, os.path.join(SHARED, "eval", "score.py"), spec["task"], gold, pred, "--json"],
            check=True, capture_output=True, text=True).stdout)
        measured[name] = res
        for metric, floor in spec.get("min", {}).items():
            ok = res[metric] >= floor
            print(f"accuracy: {name:14} {metric:14} {res[metric]:.3f}  (floor {floor:.3f}) {'ok' if ok else 'BELOW FLOOR'}")
            if not ok:
                failures.append(f"{name} {metric} {res[metric]:.3f} < {floor:.3f}")
        for metric, ceiling in spec.get("max", {}).items():
            ok = res[metric] <= ceiling
            print(f"accuracy: {name:14} {metric:14} {res[metric]:.3f}  (ceiling {ceiling:.3f}) {'ok' if ok else 'ABOVE CEILING'}")
            if not ok:
                failures.append(f"{name} {metric} {res[metric]:.3f} > {ceiling:.3f}")
    if "--update" in argv:
        update(floors, measured)
        return 0
    if failures:
        print("accuracy: FAILED: " + "; ".join(failures))
        return 1
    return 0


def without_unannotated(gold, marker, out):
    """A copy of `gold` without the documents that contain `marker` and have no gold quote.

    PolNeAR's gold was built from double-quote characters only, so the New York Times
    articles typeset with typewriter marks (''Yes,'' he said) carry no gold quotation at all,
    although they are full of attributed quotations. Scored as they are, every quotation
    found there counts against precision. The full file is scored too; this subset shows
    the figures on the documents whose gold is complete."""
    with open(gold, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for line in f:
            doc = json.loads(line)
            if marker in doc["text"] and not doc.get("quotes"):
                continue
            o.write(line)
    return out


def update(floors, measured):
    lines = ["# Accuracy floors checked by scripts/accuracy.py (part of scripts/test.sh).",
             "# Each figure is the reference scorer's on the named gold file; a change that drops",
             "# one below its floor fails the tests. Raise floors as accuracy improves",
             "# (scripts/accuracy.py --update sets them to the measured figures less 0.005).", ""]
    for name, spec in floors.items():
        lines += [f"[{name}]", f'task = "{spec["task"]}"', f'gold = "{spec["gold"]}"']
        if spec.get("skip_unannotated_with"):
            lines.append(f'skip_unannotated_with = "{spec["skip_unannotated_with"]}"')
        for kind, sign in (("min", -1), ("max", 1)):
            if spec.get(kind):
                lines.append(f"[{name}.{kind}]")
                for metric in spec[kind]:
                    lines.append(f"{metric} = {round(measured[name][metric] + sign * MARGIN, 3)}")
        lines.append("")
    with open(FLOORS, "w") as f:
        f.write("\n".join(lines))
    print(f"accuracy: floors rewritten in {os.path.relpath(FLOORS, ROOT)}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
