#!/usr/bin/env python3
"""Check the hand annotations of tests/data/real/ against the articles.

For every <corpus>/<doc>.json: each `text` occurs in the article at least `occurrence`
times; annotated ranges do not overlap; every digit sequence and every number word of
the article lies inside some annotated text; fields are well formed. Prints counts.
Usage: check.py [--words] [DATA_DIR]   (default /work/shared/data)
--words also lists vague count words (both, few, several, single, double...) left unannotated.
Exit status 1 when a problem is found.
"""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
DATA = _ARGS[0] if _ARGS else "/work/shared/data"
sys.dont_write_bytecode = True
import importlib.util  # noqa: E402
_spec = importlib.util.spec_from_file_location("real_select", os.path.join(HERE, "select.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
select = _mod.select

NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred hundreds thousand thousands million millions billion billions dozen dozens "
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twentieth hundredth thousandth once twice thrice half quarter single double triple quadruple "
    "both couple few several multiple numerous handful"
).split()
WORD_RE = re.compile(r"(?<![A-Za-z])(" + "|".join(NUMBER_WORDS) + r")(?![A-Za-z])", re.I)
DIGIT_RE = re.compile(r"[0-9]+")
WHY = {"age", "address", "time", "date", "year", "phone", "station", "calibre", "model",
       "ordinal_name", "id", "furniture", "scoreline", "name", "other"}
DIMS = {"count", "duration", "money", "percent", "length", "magnitude", "temperature",
        "speed", "weight", "other"}
PREDS = {"killed", "injured", "shot", "arrested", "charged", "missing", "displaced", "other"}
ROLES = {"total", "subset", "increment", "earlier", "period"}
MODS = {"asserted", "denied", "hedged", "projected"}
# number words that must be annotated (words like "single", "double", "both", "few"
# are reported only when they are part of an annotation; they are listed so that their
# coverage can be inspected with --words)
STRICT_WORDS = set(NUMBER_WORDS) - {"single", "double", "triple", "quadruple", "both",
                                     "couple", "few", "several", "multiple", "numerous",
                                     "handful", "half", "quarter", "once", "twice", "thrice"}


def find_nth(hay, needle, n):
    start = -1
    for _ in range(n):
        start = hay.find(needle, start + 1)
        if start < 0:
            return -1
    return start


def main():
    problems = []
    counts = {}
    show_words = "--words" in sys.argv
    for corpus, doc, rel in select(DATA):
        jpath = os.path.join(HERE, corpus, doc + ".json")
        c = counts.setdefault(corpus, Counter())
        if not os.path.exists(jpath):
            problems.append(f"{corpus}/{doc}: no annotation file")
            continue
        with open(os.path.join(DATA, rel), encoding="utf-8") as f:
            text = f.read()
        with open(jpath, encoding="utf-8") as f:
            ann = json.load(f)
        if ann.get("path") != rel:
            problems.append(f"{corpus}/{doc}: path {ann.get('path')!r} != {rel!r}")
        c["articles"] += 1
        ranges = []
        for i, a in enumerate(ann["numbers"]):
            t = a["text"]
            occ = a.get("occurrence", 1)
            pos = find_nth(text, t, occ)
            where = f"{corpus}/{doc} #{i} {t!r}"
            if pos < 0:
                problems.append(f"{where}: occurrence {occ} not found")
                continue
            ranges.append((pos, pos + len(t), i, t))
            if a["claim"]:
                c["claims"] += 1
                if a.get("implicit"):
                    c["implicit claims"] += 1
                if a.get("dimension") not in DIMS:
                    problems.append(f"{where}: bad dimension {a.get('dimension')!r}")
                has_v = "value" in a
                has_r = "low" in a or "high" in a
                if has_v == has_r:
                    problems.append(f"{where}: need value xor low/high")
                if has_r and not ("low" in a and "high" in a):
                    problems.append(f"{where}: need both low and high")
                if a.get("predicate") not in PREDS:
                    problems.append(f"{where}: bad predicate {a.get('predicate')!r}")
                if a.get("role") not in ROLES:
                    problems.append(f"{where}: bad role {a.get('role')!r}")
                if a.get("modality") not in MODS:
                    problems.append(f"{where}: bad modality {a.get('modality')!r}")
                if not isinstance(a.get("implicit"), bool):
                    problems.append(f"{where}: implicit must be a boolean")
            else:
                c["non-claims"] += 1
                if a.get("why") not in WHY:
                    problems.append(f"{where}: bad why {a.get('why')!r}")
                if a.get("why") == "other" and not a.get("note"):
                    problems.append(f"{where}: why=other needs a note")
        ranges.sort()
        for (s1, e1, i1, t1), (s2, e2, i2, t2) in zip(ranges, ranges[1:]):
            if s2 < e1:
                problems.append(f"{corpus}/{doc}: #{i1} {t1!r} overlaps #{i2} {t2!r}")
        covered = [False] * len(text)
        for s, e, _, _ in ranges:
            for k in range(s, e):
                covered[k] = True
        for m in DIGIT_RE.finditer(text):
            if not all(covered[m.start():m.end()]):
                ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                problems.append(f"{corpus}/{doc}: digits {m.group()!r} not annotated: ...{ctx}...")
        for m in WORD_RE.finditer(text):
            w = m.group().lower()
            if all(covered[m.start():m.end()]):
                continue
            ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
            if w in STRICT_WORDS:
                problems.append(f"{corpus}/{doc}: number word {m.group()!r} not annotated: ...{ctx}...")
            elif show_words:
                print(f"note {corpus}/{doc}: {m.group()!r} not annotated: ...{ctx}...")
    total = Counter()
    for corpus, c in counts.items():
        total.update(c)
        print(f"{corpus:13s} articles {c['articles']:3d}  claims {c['claims']:4d}  "
              f"non-claims {c['non-claims']:4d}  implicit claims {c['implicit claims']:3d}")
    print(f"{'total':13s} articles {total['articles']:3d}  claims {total['claims']:4d}  "
          f"non-claims {total['non-claims']:4d}  implicit claims {total['implicit claims']:3d}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
