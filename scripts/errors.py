#!/usr/bin/env python3
"""Lists the quotation errors of a prediction file against gold, for reading error classes.

  scripts/errors.py GOLD.jsonl PRED.jsonl [--fn|--fp] [--limit N]

Misses (gold pieces with no overlap match) and false alarms (predicted quotes that match
nothing), each shown with context. Offsets in PRED are UTF-16 (the API's unit).
"""
import argparse, json, os, re, sys

# The reference scorer's speaker rule: a word shared with the gold speaker, stop words and
# pronouns aside (see ../shared/eval/score.py).
WORD = re.compile(r"\w+")
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "his", "her", "their", "its", "him",
            "them", "us", "me", "my", "our", "who", "which", "that", "this", "these", "those"}
STOP = PRONOUNS | {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president"}


def words(s):
    return {w.lower() for w in WORD.findall(s or "")} - STOP


def by_id(path):
    """The documents of a JSONL file, keyed by their "id"."""
    with open(path, encoding="utf-8") as f:
        return {d["id"]: d for d in map(json.loads, f)}


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
    ap.add_argument("--speakers", action="store_true", help="list wrong or missing speakers instead")
    a = ap.parse_args()
    preds = by_id(a.pred)
    fns, fps, spk = [], [], []
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
        if a.speakers:
            pq = preds.get(d["id"], {}).get("quotes", [])
            for q in d["quotes"]:
                if not q.get("speaker"):
                    continue
                best = None
                for p in pq:
                    ps, pe = conv[p["start"]], conv[p["end"]]
                    ov = min(q["end"], pe) - max(q["start"], ps)
                    if ov > 0 and (best is None or ov > best[0]):
                        best = (ov, p)
                if best is None:
                    continue
                sp = best[1].get("speaker")
                spans = q.get("speaker_spans", [])
                ok = False
                if sp:
                    ss, se = conv[sp["start"]], conv[sp["end"]]
                    ok = any(min(se, b) - max(ss, a2) > 0 for a2, b in spans)
                    if not ok and not q.get("speaker_is_pronoun"):
                        ok = bool(words(sp["name"]) & words(q["speaker"]))
                if not ok:
                    got = f"{sp['name']!r} via {t[conv[sp['start']]:conv[sp['end']]]!r}" if sp else "None"
                    lo = min([q["start"]] + [a2 for a2, _ in spans]) - 40
                    hi = max([q["end"]] + [b for _, b in spans]) + 40
                    spk.append(f"gold {q['speaker']!r} cue {q.get('cue')!r} | got {got}\n    {t[max(0, lo):hi]!r}")
        for ps, pe, k in pred:
            if not any(min(ge, pe) - max(gs, ps) > 0 for gs, ge in gold):
                fps.append(f"{k or '-'} " + ctx(ps, pe))
    if a.speakers:
        print(f"== wrong or missing speakers: {len(spk)}")
        for x in spk[: a.limit]: print(x)
        return
    if not a.fp:
        print(f"== misses: {len(fns)}")
        for x in fns[: a.limit]: print(x)
    if not a.fn:
        print(f"== false alarms: {len(fps)}")
        for x in fps[: a.limit]: print(x)


if __name__ == "__main__":
    sys.exit(main())
