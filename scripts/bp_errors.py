#!/usr/bin/env python3
"""Lists the boilerplate errors of a prediction file against gold, for reading error classes.

  scripts/bp_errors.py GOLD.jsonl PRED.jsonl [--lost|--missed] [--kind header|footer|inline]
                       [--limit N] [--summary] [--codepoint]

Lines are the scorer's: non-blank lines, flagged when at least half their characters are
inside spans. "Lost" lines are gold content lines the prediction flags (the worst error: a
reader sees article prose dimmed); "missed" lines are gold boilerplate the prediction leaves.
Each lost line is labelled with the predicted region kind that swallowed it, and each
document shows the gold and predicted footer cut (line index). Offsets in PRED are UTF-16
(the API's unit) unless --codepoint.
"""
import argparse
import collections
import json

from errors import by_id, utf16_to_cp  # scripts/errors.py, next to this file


def line_spans(text):
    out, s = [], 0
    for line in text.split("\n"):
        e = s + len(line)
        if line.strip():
            out.append((s, e))
        s = e + 1
    return out


def cover(lines, spans):
    """Per line: the kind of the span covering at least half of it, or None."""
    out = []
    for s, e in lines:
        by_kind = collections.Counter()
        for a, b, k in spans:
            by_kind[k] += max(0, min(e, b) - max(s, a))
        total = sum(by_kind.values())
        out.append(by_kind.most_common(1)[0][0] if total * 2 >= (e - s) else None)
    return out


def cut_of(flags):
    i = len(flags)
    while i > 0 and flags[i - 1]:
        i -= 1
    return i


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--lost", action="store_true", help="only lost content lines")
    ap.add_argument("--missed", action="store_true", help="only missed boilerplate lines")
    ap.add_argument("--kind", help="only lost lines in predicted regions of this kind")
    ap.add_argument("--limit", type=int, default=10**9, help="documents to show")
    ap.add_argument("--summary", action="store_true", help="only the counts")
    ap.add_argument("--width", type=int, default=110)
    ap.add_argument("--codepoint", action="store_true", help="PRED offsets are code points")
    a = ap.parse_args()
    preds = by_id(a.pred)
    counts = collections.Counter()
    shown = 0
    for line in open(a.gold, encoding="utf-8"):
        d = json.loads(line)
        t = d["text"]
        conv = utf16_to_cp(t) if not a.codepoint else range(len(t) + 1)
        lines = line_spans(t)
        gold = cover(lines, [(b["start"], b["end"], b["kind"]) for b in d.get("boilerplate", [])])
        pspans = [(conv[b["start"]], conv[b["end"]], b.get("kind", "?"))
                  for b in preds.get(d["id"], {}).get("boilerplate") or []]
        pred = cover(lines, pspans)
        gcut, pcut = cut_of(gold), cut_of(pred)
        rows = []
        for i, ((s, e), g, p) in enumerate(zip(lines, gold, pred)):
            if g is None and p is not None:
                counts[f"lost:{p}"] += 1
                if not a.missed and (a.kind is None or a.kind == p):
                    rows.append(f"  LOST  {i:4} [{p:6}] {t[s:e][:a.width]!r}")
            elif g is not None and p is None:
                counts[f"missed:{g}"] += 1
                if not a.lost and a.kind is None:
                    rows.append(f"  MISS  {i:4} [{g:6}] {t[s:e][:a.width]!r}")
        counts["cut_exact"] += gcut == pcut
        counts["cut_too_early"] += pcut < gcut  # predicted footer starts inside the article
        counts["cut_too_late"] += pcut > gcut  # predicted footer leaves gold footer lines
        counts["docs"] += 1
        if rows and not a.summary and shown < a.limit:
            shown += 1
            print(f"# {d['id'][:12]} {d.get('url', '')} lines={len(lines)} gold_cut={gcut} pred_cut={pcut}")
            print("\n".join(rows))
    for k in sorted(counts):
        print(f"{k:16} {counts[k]}")


if __name__ == "__main__":
    main()
