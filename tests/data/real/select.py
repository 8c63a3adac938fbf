#!/usr/bin/env python3
"""Reproducible selection of the articles annotated in tests/data/real/.

gun-violence: the first 40 `doc` ids of documents.tsv, sorted ascending (byte order).
ecb-plus:     the `doc` names of events.tsv sorted ascending (byte order), positions
              0, 24, 48, ... (every 24th, 0-based) -> 21 articles.

Prints one path per line, relative to the shared data folder.
Usage: select.py [DATA_DIR]   (default /work/shared/data)
"""
import sys, os

def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f]
    header, body = rows[0], rows[1:]
    return [dict(zip(header, r)) for r in body if r and r[0]]

def select(data):
    gv = read_tsv(os.path.join(data, "gun-violence", "documents.tsv"))
    inc = {r["doc"]: r["incident"] for r in gv}
    gv_docs = sorted(inc, key=lambda s: s.encode("utf-8"))[:40]
    ecb = read_tsv(os.path.join(data, "ecb-plus", "events.tsv"))
    ev = {r["doc"]: r["event"] for r in ecb}
    ecb_all = sorted(ev, key=lambda s: s.encode("utf-8"))
    ecb_docs = ecb_all[0::24]
    out = [("gun-violence", d, f"gun-violence/articles/{inc[d]}/{d}.txt") for d in gv_docs]
    out += [("ecb-plus", d, f"ecb-plus/articles/{ev[d]}/{d}.txt") for d in ecb_docs]
    return out

if __name__ == "__main__":
    data = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data"
    for corpus, doc, path in select(data):
        print(path)
