"""The Spark job (examples/spark_reconcile.py) gives the single machine's answer.

Runs the job in local mode (`local[2]`) with `--merge` on the real feeds of
`../shared/data` and compares its `report.json` with `crosscheck --format json` on the
same input: the same documents (with their warnings), claims, stories (documents and
labels), and groups (the same partition of the claims, each with the same story, verdict,
label, conflicting pairs, and explanation where the consensus is the same, up to what a
conflict's consensus set aside). Group ids are numbered by each side and not
compared; the consensus of a group, its outliers and independent sources may differ
where copies and source records reach beyond one story (see the README): the number of
such groups is printed, and none of them may be a group whose claims all give one figure.

Skipped, with the reason, when pyspark, Java or the shared data are missing.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_bindings import REPO, cli_json

JOB = REPO / "python" / "examples" / "spark_reconcile.py"
DATA = REPO.parent / "shared" / "data"


def java_available() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and Path(home, "bin", "java").exists()))


pytestmark = [
    pytest.mark.skipif(
        not java_available(),
        reason="Spark needs Java 17 or later: install a JDK (or set JAVA_HOME) to run the Spark tests",
    ),
]


@pytest.fixture(scope="module")
def pyspark():
    return pytest.importorskip("pyspark", reason="pip install pyspark to run the Spark tests")


def data(name: str) -> Path:
    d = DATA / name
    if not d.is_dir():
        pytest.skip(f"{d} is missing: the Spark equality tests read the shared real feeds")
    return d


def spark_report(source: Path, out: Path) -> dict:
    done = subprocess.run(
        [sys.executable, str(JOB), "--master", "local[2]", "--merge", str(source), str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    with open(out / "report.json", encoding="utf-8") as f:
        return json.load(f)


GROUP_FIELDS = ("story", "verdict", "label", "conflicting_pairs", "explanation")
# Fields that weigh sources by their record and copies beyond the story.
BEYOND_STORY = ("consensus", "outliers", "independent_sources")


def assert_same_answer(name: str, single: dict, spark: dict) -> None:
    assert spark["documents"] == single["documents"]
    assert spark["claims"] == single["claims"]

    def stories(r):
        return {s["id"]: (s["label"], s["documents"], s.get("mentioned_in")) for s in r["stories"]}

    assert stories(spark) == stories(single)

    def groups(r):
        return {tuple(sorted(g["claims"])): g for g in r["groups"]}

    a, b = groups(single), groups(spark)
    only_single = [k for k in a if k not in b]
    only_spark = [k for k in b if k not in a]
    assert not only_single and not only_spark, (only_single[:3], only_spark[:3])
    differ = {f: 0 for f in GROUP_FIELDS + BEYOND_STORY}
    examples = {}
    for k, g in a.items():
        for f in differ:
            # An explanation states the consensus and the number of independent sources,
            # which copies beyond the story may change: compared where both are equal.
            if f == "explanation" and any(
                g.get(x) != b[k].get(x) for x in ("consensus", "independent_sources")
            ):
                continue
            x, y = g.get(f), b[k].get(f)
            if f == "explanation":
                # What a conflict's consensus set aside, and the weights that decided it,
                # come from the sources' record beyond the story.
                x, y = (e.split("; by the consensus, ")[0] for e in (x, y))
            if x != y:
                differ[f] += 1
                examples.setdefault(f, (x, y))
    print(
        f"\n{name}: {len(a)} groups, {len(single['claims'])} claims, "
        f"{len(single['stories'])} stories; groups differing by field: {differ}"
    )
    for f in GROUP_FIELDS:
        assert differ[f] == 0, f"{differ[f]} groups differ in {f}, e.g. {examples.get(f)}"
    # Source reliability weighs the consensus only where the figures differ: when all of a
    # group's claims give one figure, its consensus is that figure whatever the weights.
    value = {c["id"]: json.dumps(c["value"], sort_keys=True) for c in single["claims"]}
    settled = [
        k
        for k, g in a.items()
        if len({value[c] for c in k}) == 1 and g.get("consensus") != b[k].get("consensus")
    ]
    assert not settled, f"{len(settled)} groups of one figure differ in consensus: {settled[:3]}"


def test_ecb_plus_folder(pyspark, tmp_path):
    source = data("ecb-plus") / "articles"
    assert_same_answer("ecb-plus", cli_json(str(source)), spark_report(source, tmp_path / "out"))


def test_gun_violence_folder(pyspark, tmp_path):
    source = data("gun-violence") / "articles"
    assert_same_answer(
        "gun-violence", cli_json(str(source)), spark_report(source, tmp_path / "out")
    )


def test_gun_violence_as_json_lines(pyspark, tmp_path):
    """The feed as a newsroom sends it, with outlets and dates (built as tests/feeds.rs
    builds it, from every third row of documents.tsv).

    A third of it (every third document), which keeps CI within its time: the whole feed
    is compared as a folder above; this one checks what metadata changes (dated stories,
    outlets as sources)."""
    d = data("gun-violence")
    feed = tmp_path / "gun-violence.jsonl"
    with open(d / "documents.tsv", encoding="utf-8", newline="") as f, open(
        feed, "w", encoding="utf-8"
    ) as out:
        rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        for row in (r for k, r in enumerate(rows) if k % 3 == 0):
            path = d / "articles" / row["incident"] / f"{row['doc']}.txt"
            text = path.read_bytes().decode("utf-8", errors="replace")
            line = {"id": row["doc"], "text": text, "outlet": row["outlet"],
                    "published": row["published"], "url": row["url"]}
            out.write(json.dumps(line) + "\n")
    assert_same_answer(
        "gun-violence.jsonl", cli_json(str(feed)), spark_report(feed, tmp_path / "out")
    )
