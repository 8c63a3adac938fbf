#!/usr/bin/env python3
"""Sanity checks for the blind reconcile cases.

For every case folder under reconcile/:
  * every <doc>.txt is non-empty; expected.json parses;
  * `stories` is a partition of all docs (each doc exactly once);
  * every group / apart member names an existing doc and its `text`
    occurs in that doc at least `occurrence` times (default 1);
  * a member text that occurs more than once without an `occurrence`
    is reported as a warning (ambiguous anchor);
  * verdicts are one of agree / compatible / conflict / single / null;
  * no claim is a member of two groups, and no apart pair sits inside one group;
  * meta.json (if present) only has keys that are docs, each with outlet
    and published (YYYY-MM-DD);
  * copies pairs name existing docs.
Exit status is non-zero if any error is found.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "reconcile")
VERDICTS = {"agree", "compatible", "conflict", "single", None}


def count(hay, needle):
    n, i = 0, hay.find(needle)
    while i != -1:
        n += 1
        i = hay.find(needle, i + 1)
    return n


def main():
    errors, warnings, summary = [], [], []
    cases = sorted(d for d in os.listdir(ROOT) if os.path.isdir(os.path.join(ROOT, d)))
    for case in cases:
        cdir = os.path.join(ROOT, case)
        docs = {}
        for f in sorted(os.listdir(cdir)):
            if f.endswith(".txt"):
                with open(os.path.join(cdir, f), encoding="utf-8") as fh:
                    docs[f[:-4]] = fh.read()
        def err(msg):
            errors.append(f"{case}: {msg}")
        def warn(msg):
            warnings.append(f"{case}: {msg}")
        for d, t in docs.items():
            if not t.strip():
                err(f"doc {d} is empty")
        try:
            with open(os.path.join(cdir, "expected.json"), encoding="utf-8") as fh:
                exp = json.load(fh)
        except Exception as e:  # noqa: BLE001
            err(f"expected.json: {e}")
            continue
        if not exp.get("description"):
            err("missing description")
        # stories
        seen = {}
        for i, story in enumerate(exp.get("stories", [])):
            for d in story:
                if d not in docs:
                    err(f"story {i} names unknown doc {d}")
                if d in seen:
                    err(f"doc {d} in stories {seen[d]} and {i}")
                seen[d] = i
        for d in docs:
            if d not in seen:
                err(f"doc {d} is in no story")

        def key(m):
            return (m.get("doc"), m.get("text"), m.get("occurrence", 1))

        def check_member(m, where):
            d, t = m.get("doc"), m.get("text")
            occ = m.get("occurrence", 1)
            if d not in docs:
                err(f"{where}: unknown doc {d}")
                return
            if not t:
                err(f"{where}: empty text")
                return
            n = count(docs[d], t)
            if n < occ:
                err(f"{where}: {t!r} occurs {n} times in {d}, need occurrence {occ}")
            elif n > 1 and "occurrence" not in m:
                warn(f"{where}: {t!r} occurs {n} times in {d} (no occurrence given)")

        member_group = {}
        groups = exp.get("groups", [])
        for gi, g in enumerate(groups):
            where = f"group {g.get('name')!r}"
            if g.get("verdict") not in VERDICTS:
                err(f"{where}: bad verdict {g.get('verdict')!r}")
            if not g.get("members"):
                err(f"{where}: no members")
            for m in g.get("members", []):
                check_member(m, where)
                k = key(m)
                if k in member_group and member_group[k] != gi:
                    err(f"{where}: member {k} also in group {groups[member_group[k]]['name']!r}")
                member_group[k] = gi
        apart = exp.get("apart", [])
        for pi, pair in enumerate(apart):
            where = f"apart pair {pi}"
            if len(pair) != 2:
                err(f"{where}: not a pair")
                continue
            for m in pair:
                check_member(m, where)
            a, b = key(pair[0]), key(pair[1])
            if a == b:
                err(f"{where}: both sides are the same claim")
            if a in member_group and member_group.get(a) == member_group.get(b):
                err(f"{where}: both sides are in group {groups[member_group[a]]['name']!r}")
        copies = exp.get("copies", {})
        for kind in ("dependent", "independent"):
            for pair in copies.get(kind, []):
                for d in pair:
                    if d not in docs:
                        err(f"copies.{kind}: unknown doc {d}")
        mpath = os.path.join(cdir, "meta.json")
        if os.path.exists(mpath):
            with open(mpath, encoding="utf-8") as fh:
                meta = json.load(fh)
            for d, info in meta.items():
                if d not in docs:
                    err(f"meta.json: key {d} is not a doc")
                    continue
                if not info.get("outlet"):
                    err(f"meta.json: {d} has no outlet")
                if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", info.get("published", "")):
                    err(f"meta.json: {d} has no published date YYYY-MM-DD")
        for d, t in docs.items():
            n = t.count("\n") + 1
            if not 4 <= len([l for l in t.splitlines() if l.strip()]) <= 25:
                warn(f"doc {d}: {n} lines")
        summary.append((case, len(docs), len(exp.get("stories", [])), len(groups), len(apart),
                        os.path.exists(mpath)))
    for w in warnings:
        print("WARN ", w)
    for e in errors:
        print("ERROR", e)
    print()
    print(f"{'case':45} docs stories groups apart meta")
    for c, nd, ns, ng, na, hm in summary:
        print(f"{c:45} {nd:4} {ns:7} {ng:6} {na:5} {'yes' if hm else ''}")
    tot = [sum(x[i] for x in summary) for i in range(1, 5)]
    print(f"{'TOTAL (' + str(len(summary)) + ' cases)':45} {tot[0]:4} {tot[1]:7} {tot[2]:6} {tot[3]:5}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
