#!/usr/bin/env python3
"""Lists the quotation errors of a prediction file against gold, for reading error classes.

  scripts/errors.py GOLD.jsonl PRED.jsonl [--fn|--fp] [--limit N]

Misses (gold pieces with no overlap match) and false alarms (predicted quotes that match
nothing), each shown with context. Offsets in PRED are UTF-16 (the API's unit).
"""
import argparse, json, sys


def utf16_to_cp(text):
    table, pos = {}, 0
    for cp, ch in enumerate(text):
        table[pos] = cp
        pos += 2 if ord(ch) > 0xFFFF else 1
    table[pos] = len(text)
    return table


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold"); ap.add_argument("pred")
    ap.add_argument("--fn", action="store_true"); ap.add_argument("--fp", action="store_true")
    ap.add_argument("--limit", type=int, default=60)
    a = ap.parse_args()
    preds = {}
    for line in open(a.pred, encoding="utf-8"):
        p = json.loads(line)
        preds[p["id"]] = p
    fns, fps = [], []
    for line in open(a.gold, encoding="utf-8"):
        d = json.loads(line)
        t = d["text"]
        conv = utf16_to_cp(t)
        gold = [(q["start"], q["end"]) for q in d["quotes"]]
        pred = [(conv[q["start"]], conv[q["end"]], q.get("kind")) for q in preds.get(d["id"], {}).get("quotes", [])]
        ctx = lambda s, e: repr(t[max(0, s - 70):s] + "[[" + t[s:e] + "]]" + t[e:e + 50])
        for gs, ge in gold:
            best = max([min(ge, pe) - max(gs, ps) for ps, pe, _ in pred] or [0])
            if best * 2 < (ge - gs) * 0.9:
                fns.append(ctx(gs, ge))
        for ps, pe, k in pred:
            if not any(min(ge, pe) - max(gs, ps) > 0 for gs, ge in gold):
                fps.append(k + " " + ctx(ps, pe))
    if not a.fp:
        print(f"== misses: {len(fns)}")
        for x in fns[: a.limit]: print(x)
    if not a.fn:
        print(f"== false alarms: {len(fps)}")
        for x in fps[: a.limit]: print(x)


if __name__ == "__main__":
    sys.exit(main())
