#!/usr/bin/env python3
"""Reconcile a corpus on Apache Spark, story by story.

    python3 python/examples/spark_reconcile.py [--master URL] [--merge] INPUT OUTPUT_DIR

INPUT is a folder of articles (read as the ``crosscheck`` command reads them) or a JSON
Lines feed (``.jsonl``, one document per line). The job runs the library's stages where
the data lives (``crosscheck._native``, see ``crosscheck::stories::parts`` and
``Reconciler::reconcile_part``):

1. extract every document on the executors (``prepare_file`` / ``prepare_line``);
2. page furniture, feature document frequencies and candidate pairs of documents as
   aggregations and joins; similarity of each candidate pair on the executors;
3. connected components of the similarity graph by label propagation in Spark, then
   average linkage inside each component on an executor: the stories;
4. each claim sent to its story (its own, another story its sentence names, or the
   story's background), the feed's facts joined in, and each story reconciled on an
   executor.

It writes JSON Lines under OUTPUT_DIR (``documents/``, ``claims/``, ``stories/``,
``groups/``); nothing of the corpus passes through the driver, which sees only counts and
the histogram of publication days. With ``--merge`` it also writes
``OUTPUT_DIR/report.json`` in the JSON report's schema (``REPORT-SCHEMA.md``), reading the
result back to the driver: for small results and tests.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql import types as T
from pyspark.sql.window import Window

import crosscheck._native as cc

# The library's StoryOptions defaults the feed-wide steps need.
FURNITURE_DOCUMENTS = 4
SMALL_FEED = 64
# FeedFacts: a name in more than max(documents / 100, 25) documents is common.
MIN_COMMON_NAME_DOCS = 25
MAX_ITERATIONS = 200

PREPARED = T.StructType(
    [
        T.StructField("idx", T.LongType(), False),
        T.StructField("id", T.StringType(), False),
        T.StructField("day", T.LongType(), True),
        T.StructField("year", T.IntegerType(), True),
        T.StructField("bundle", T.BinaryType(), False),
        T.StructField("templates", T.ArrayType(T.LongType()), False),
        T.StructField("order", T.LongType(), False),
        T.StructField("lead", T.ArrayType(T.LongType()), False),
        T.StructField("names", T.ArrayType(T.StringType()), False),
        T.StructField("claim_names", T.ArrayType(T.LongType()), False),
        T.StructField("claims", T.LongType(), False),
        T.StructField("record", T.StringType(), False),
    ]
)


def _prepared_row(idx, p):
    return (
        idx,
        p["id"],
        p["day"],
        p["year"],
        bytes(p["bundle"]),
        p["templates"],
        p["order"],
        p["lead"],
        p["names"],
        p["claim_names"],
        p["claims"],
        p["record"],
    )


def read_input(spark, source: str, partitions: int):
    """The prepared documents: (input index, what extraction leaves), as the command reads
    them, duplicate ids renamed as the command renames them (see ``unique_ids``)."""
    sc = spark.sparkContext
    if source.lower().endswith(".jsonl"):
        stem = os.path.splitext(os.path.basename(source))[0]
        # (index, raw line): a line's index is its number less one.
        entries = sc.textFile(source, partitions).zipWithIndex().map(lambda r: (r[1], r[0]))

        def entry_id(i, raw):
            return cc.line_id(raw, i + 1, stem), source

        def prepare(i, raw, rename):
            return cc.prepare_line(raw, i + 1, stem, source, rename)

    else:
        # Listing a folder is names, not the corpus; each executor reads its own files.
        entries = sc.parallelize(list(enumerate(cc.article_paths([source]))), partitions)

        def entry_id(i, path):
            return cc.file_id(path), path

        def prepare(i, path, rename):
            return cc.prepare_file(path, rename)

    entries = entries.persist()
    renames = unique_ids(spark, entries.map(lambda e: (e[0], *entry_id(*e))))

    def prepared(item):
        i, (entry, rename) = item
        p = prepare(i, entry, rename)
        return [] if p is None else [_prepared_row(i, p)]

    rdd = entries.leftOuterJoin(renames, partitions).flatMap(prepared)
    return spark.createDataFrame(rdd, PREPARED)


def unique_ids(spark, ids):
    """(index, (new id, path of the first)) for each entry whose id an earlier entry took,
    from (index, id or None, path) rows: the k-th holder of id ``x`` becomes ``x#k``, as
    the command renames them (which, when an input also holds an id written ``x#k``
    itself, moves on to the next free number; this job does not look for that)."""
    rows = ids.filter(lambda r: r[1] is not None)
    df = spark.createDataFrame(
        rows,
        T.StructType(
            [
                T.StructField("idx", T.LongType(), False),
                T.StructField("id", T.StringType(), False),
                T.StructField("path", T.StringType(), True),
            ]
        ),
    )
    w = Window.partitionBy("id").orderBy("idx")
    ranked = df.select(
        "idx",
        "id",
        F.row_number().over(w).alias("k"),
        F.first("path").over(w).alias("first"),
    ).filter(F.col("k") > 1)
    return ranked.rdd.map(lambda r: (r.idx, (f"{r.id}#{r.k}", r.first)))


def _unsigned(x: int) -> int:
    return x & 0xFFFFFFFFFFFFFFFF


def _signed(x: int) -> int:
    """An unsigned 64-bit hash as Spark's (signed) long, the same bits."""
    return x - (1 << 64) if x >= 1 << 63 else x


def find_stories(spark, prep, n: int):
    """Each document's story, named by the smallest input index in it: DataFrame (idx,
    story)."""
    # Page furniture: the line shapes that recur in FURNITURE_DOCUMENTS documents or more.
    # They are few (a site's menus and footers), so they travel to the executors as one
    # broadcast set; joining them to the documents instead moved every document's whole
    # extraction through a shuffle, which ran out of memory at 10^6 documents.
    furniture = (
        prep.select(F.explode("templates").alias("t"))
        .groupBy("t")
        .count()
        .filter(F.col("count") >= FURNITURE_DOCUMENTS)
    )
    shapes = spark.sparkContext.broadcast(frozenset(r.t for r in furniture.collect()))

    def counts_part(rows):
        known = shapes.value
        for r in rows:
            mine = [t for t in (r.templates or []) if t in known]
            counts, hashes = cc.story_counts(r.bundle, mine)
            yield (r.idx, counts, hashes)

    counts = spark.createDataFrame(
        prep.select("idx", "bundle", "templates").rdd.mapPartitions(counts_part),
        "idx long, counts binary, hashes array<long>",
    ).persist()
    exploded = counts.select("idx", F.explode("hashes").alias("h"))
    df = exploded.groupBy("h").agg(F.count("*").alias("c"))
    doc_df = exploded.join(df, "h").groupBy("idx").agg(
        F.collect_list(F.struct("h", "c")).alias("df")
    )

    def profile_part(rows):
        for r in rows:
            pairs = r.df or []
            profile, keys, nameless = cc.story_profile(
                r.counts, [p.h for p in pairs], [p.c for p in pairs], n
            )
            yield (r.idx, profile, keys, nameless)

    profiles = (
        spark.createDataFrame(
            counts.join(doc_df, "idx", "left").rdd.mapPartitions(profile_part),
            "idx long, profile binary, keys array<long>, nameless boolean",
        )
        .join(prep.select("idx", "day", "order"), "idx")
        .persist()
    )
    histogram = [
        (r.day, r["count"])
        for r in prep.filter(F.col("day").isNotNull()).groupBy("day").count().collect()
    ]
    bonus = cc.same_days_bonus(histogram)

    ids = profiles.select("idx")
    if n <= SMALL_FEED:
        pairs = ids.alias("x").crossJoin(ids.alias("y")).where(F.col("x.idx") < F.col("y.idx"))
        pairs = pairs.select(F.col("x.idx").alias("a"), F.col("y.idx").alias("b"))
    else:
        post = profiles.select("idx", F.explode("keys").alias("k"))
        pairs = (
            post.alias("x")
            .join(post.alias("y"), "k")
            .where(F.col("x.idx") < F.col("y.idx"))
            .select(F.col("x.idx").alias("a"), F.col("y.idx").alias("b"))
            .distinct()
        )
    side = profiles.select("idx", "profile", "day")
    joined = (
        pairs.join(side.toDF("a", "pa", "da"), "a").join(side.toDF("b", "pb", "db"), "b")
    )

    def link_part(rows):
        for r in rows:
            found = cc.story_link(r.pa, r.pb, r.da, r.db, bonus)
            if found is not None:
                yield (r.a, r.b, found[0], found[1])

    links = spark.createDataFrame(
        joined.rdd.mapPartitions(link_part), "a long, b long, sim double, key boolean"
    ).persist()

    components = connected_components(profiles.select("idx"), links)
    nodes = components.join(profiles.select("idx", "nameless", "order", "day"), "idx")
    comp_links = links.join(components.withColumnRenamed("idx", "a"), "a")

    def cluster(item):
        _, (node_rows, link_rows) = item
        # Content order, then day (undated first), then input index: the order one machine
        # clusters in.
        nodes_sorted = sorted(
            node_rows,
            key=lambda r: (_unsigned(r[2]), (0,) if r[3] is None else (1, r[3]), r[0]),
        )
        local = {r[0]: k for k, r in enumerate(nodes_sorted)}
        ls = sorted(
            (min(local[a], local[b]), max(local[a], local[b]), sim, key)
            for a, b, sim, key in link_rows
        )
        labels = cc.cluster_component([r[1] for r in nodes_sorted], ls)
        members = {}
        for k, lab in enumerate(labels):
            members.setdefault(lab, []).append(nodes_sorted[k][0])
        for docs in members.values():
            story = min(docs)
            for d in docs:
                yield (d, story)

    node_pairs = nodes.rdd.map(lambda r: (r.comp, (r.idx, r.nameless, r.order, r.day)))
    link_pairs = comp_links.rdd.map(lambda r: (r.comp, (r.a, r.b, r.sim, r.key)))
    doc_story = spark.createDataFrame(
        node_pairs.cogroup(link_pairs).flatMap(cluster), "idx long, story long"
    ).persist()
    counts.unpersist()
    return doc_story


def connected_components(ids, links):
    """(idx, comp): each document's component as its smallest index, by propagating the
    smallest label along links until nothing changes."""
    edges = links.select(F.col("a").alias("src"), F.col("b").alias("dst")).union(
        links.select(F.col("b").alias("src"), F.col("a").alias("dst"))
    ).persist()
    comp = ids.select("idx", F.col("idx").alias("comp")).localCheckpoint()
    for _ in range(MAX_ITERATIONS):
        offered = (
            edges.join(comp.withColumnRenamed("idx", "src"), "src")
            .groupBy("dst")
            .agg(F.min("comp").alias("offer"))
        )
        nxt = (
            comp.join(offered.withColumnRenamed("dst", "idx"), "idx", "left")
            .select("idx", F.least("comp", F.coalesce("offer", "comp")).alias("comp"))
            .localCheckpoint()
        )
        changed = (
            nxt.join(comp.withColumnRenamed("comp", "old"), "idx")
            .filter(F.col("comp") != F.col("old"))
            .limit(1)
            .count()
        )
        comp = nxt
        if changed == 0:
            break
    edges.unpersist()
    return comp


def story_names(spark, doc_story):
    """(story, rank): stories numbered by their first document, as one machine numbers
    them (`s1`, `s2`, ...)."""
    ranked = (
        doc_story.select("story").distinct().rdd.map(lambda r: r.story).sortBy(lambda s: s)
    ).zipWithIndex()
    return spark.createDataFrame(ranked, "story long, rank long")


def attribute(spark, prep, doc_story, corpus_now):
    """(idx, k, story, background): the story each claim is about."""
    days = prep.select("idx", "day")
    spans = doc_story.join(days, "idx").groupBy("story").agg(
        F.min("day").alias("first"), F.max("day").alias("last")
    )
    leads = (
        doc_story.join(prep.select("idx", F.explode("lead").alias("h")), "idx")
        .groupBy("h")
        .agg(
            F.countDistinct("story").alias("stories"),
            F.min("story").alias("s"),
            F.count("*").alias("docs"),
        )
        .select(
            "h",
            F.when(F.col("stories") == 1, F.col("s")).alias("story"),
            "docs",
        )
        .join(spans, "story", "left")
    )
    lookups = (
        prep.select("idx", F.explode("claim_names").alias("h"))
        .join(leads, "h")
        .groupBy("idx")
        .agg(F.collect_list(F.struct("h", "story", "docs", "first", "last")).alias("leads"))
    )
    rows = (
        prep.filter(F.col("claims") > 0)
        .select("idx", "bundle", "day", "year")
        .join(doc_story, "idx")
        .join(lookups, "idx", "left")
    )

    def attr_part(it):
        for r in it:
            table = [(x.h, x.story, x.docs, x["first"], x["last"]) for x in (r.leads or [])]
            for k, (story, background) in enumerate(
                cc.attribute_claims(r.bundle, r.story, r.day, corpus_now, table)
            ):
                yield (r.idx, k, story, background)

    return spark.createDataFrame(
        rows.rdd.mapPartitions(attr_part),
        "idx long, k long, story long, background boolean",
    )


def name_facts(spark, prep, n):
    """(idx, name, docs, kept_docs): how many documents name each of a document's names,
    and how many keep it (see crosscheck::FeedFacts)."""
    names = prep.select("idx", F.posexplode("names").alias("pos", "name"))
    counted = names.groupBy("name").agg(F.count("*").alias("docs"))
    with_counts = names.join(counted, "name")
    per_doc = with_counts.groupBy("idx").agg(
        F.sort_array(F.collect_list(F.struct("pos", "docs"))).alias("freq")
    )

    def kept_part(rows):
        for r in rows:
            freq = [x.docs for x in (r.freq or [])]
            for name in cc.kept_names(r.bundle, freq, n):
                yield (r.idx, name)

    kept = spark.createDataFrame(
        prep.select("idx", "bundle").join(per_doc, "idx", "left").rdd.mapPartitions(kept_part),
        "idx long, name string",
    )
    kept_counts = kept.groupBy("name").agg(F.count("*").alias("kept_docs"))
    # A part looks facts up by each name and its folded form.
    keys = spark.createDataFrame(
        prep.select("idx", "bundle").rdd.flatMap(
            lambda r: ((r.idx, k) for k in cc.fact_keys(r.bundle))
        ),
        "idx long, name string",
    )
    return (
        keys.join(counted, "name", "left")
        .join(kept_counts, "name", "left")
        .filter(F.col("docs").isNotNull() | F.col("kept_docs").isNotNull())
    )


def short_ids(spark, prep):
    """(idx, short): each document's short name in explanations, from its neighbours in
    the sorted ids (a distributed sort, then joins on sorted position)."""
    by_pos = (
        prep.select("id", "idx")
        .rdd.map(tuple)
        .sortByKey()
        .zipWithIndex()
        .map(lambda x: (x[1], x[0][0], x[0][1]))
    )
    ranked = spark.createDataFrame(by_pos, "pos long, id string, idx long")
    before = ranked.select((F.col("pos") + 1).alias("pos"), F.col("id").alias("before"))
    after = ranked.select((F.col("pos") - 1).alias("pos"), F.col("id").alias("after"))
    rows = ranked.join(before, "pos", "left").join(after, "pos", "left")
    return spark.createDataFrame(
        rows.rdd.map(lambda r: (r.idx, cc.short_id(r.id, r.before, r.after))),
        "idx long, short string",
    )


def reconcile_stories(spark, prep, attributed, ranks, facts, n, corpus_now):
    """(story id, part report JSON) for every story holding claims, its background's
    claims in the same part: a figure of the background that retells the story's own
    event joins the story there (``crosscheck::stories::retell``)."""
    keyed = attributed.join(ranks, "story").withColumn(
        "sid", F.concat(F.lit("s"), (F.col("rank") + 1).cast("string"))
    )
    per_doc = keyed.groupBy("sid", "idx").agg(
        F.sort_array(F.collect_list(F.struct("k", "background"))).alias("ks")
    )
    entries = per_doc.join(prep.select("idx", "id", "bundle"), "idx").join(
        short_ids(spark, prep), "idx"
    )
    part_facts = (
        per_doc.select("sid", "idx")
        .join(facts, "idx")
        .groupBy("sid")
        .agg(F.collect_list(F.struct("name", "docs", "kept_docs")).alias("facts"))
    )
    # (Grouped as an RDD, whose shuffle spills a big story to disk; Spark SQL's
    # `collect_list` of the bundles ran out of memory at 10^5 documents.)
    grouped = entries.rdd.map(lambda r: (r.sid, r)).cogroup(
        part_facts.rdd.map(lambda r: (r.sid, r.facts))
    )

    def run(item):
        sid, (docs, fact_rows) = item
        docs = sorted(docs, key=lambda d: d.idx)
        if not docs:
            return
        name_docs, kept_docs = {}, {}
        for rows in fact_rows:
            for f in rows:
                if f.docs is not None:
                    name_docs[f.name] = f.docs
                if f.kept_docs is not None:
                    kept_docs[f.name] = f.kept_docs
        feed = {
            "documents": n,
            "corpus_now": corpus_now,
            "name_documents": name_docs,
            "kept_name_documents": kept_docs,
            "short_ids": {d.id: d.short for d in docs},
        }
        report = cc.reconcile_part(
            [
                (bytes(d.bundle), [x.k for x in d.ks], [int(x.background) for x in d.ks])
                for d in docs
            ],
            [sid, sid + "b"],
            json.dumps(feed),
        )
        yield (sid, report)

    return grouped.flatMap(run)


def run(spark, source, out, partitions, merge):
    prep = read_input(spark, source, partitions).persist()
    n = prep.count()
    corpus_now = prep.agg(F.max("year")).collect()[0][0]
    doc_story = find_stories(spark, prep, n)
    ranks = story_names(spark, doc_story).persist()
    attributed = attribute(spark, prep, doc_story, corpus_now).persist()
    facts = name_facts(spark, prep, n)
    # Kept: the groups and the dependencies are both read from it.
    parts = reconcile_stories(spark, prep, attributed, ranks, facts, n, corpus_now).persist()

    # Distributed output, as JSON Lines.
    prep.select("idx", "record").rdd.map(
        lambda r: json.dumps({"index": r.idx, **json.loads(r.record)})
    ).saveAsTextFile(os.path.join(out, "documents"))
    prep.filter(F.col("claims") > 0).select("idx", "bundle").rdd.flatMap(
        lambda r: (json.dumps({"index": r.idx, **c}) for c in json.loads(cc.claim_records(r.bundle)))
    ).saveAsTextFile(os.path.join(out, "claims"))
    parts.flatMap(
        lambda item: (
            json.dumps({"story": item[0], **g})
            for g in json.loads(item[1])["groups"]
        )
    ).saveAsTextFile(os.path.join(out, "groups"))
    parts.flatMap(
        lambda item: (
            json.dumps({"kind": "copy", **{k: d[k] for k in ("a", "b", "shared_passages")}})
            for d in json.loads(item[1]).get("dependencies", [])
        )
    ).distinct().saveAsTextFile(os.path.join(out, "dependencies"))
    doc_rank = doc_story.join(ranks, "story").select("idx", "rank").persist()
    # A label passes over names most of whose documents are in other stories: how many
    # documents of the feed give each label name, counted in Spark and joined to the
    # stories whose documents give it.
    label_names = spark.createDataFrame(
        prep.select("idx", "bundle").rdd.flatMap(
            lambda r: ((r.idx, _signed(h)) for h in cc.label_names(bytes(r.bundle)))
        ),
        "idx long, h long",
    ).join(doc_rank, "idx")
    name_counts = label_names.groupBy("h").agg(F.count("*").alias("c"))
    story_counts = (
        label_names.select("rank", "h")
        .distinct()
        .join(name_counts, "h")
        .groupBy("rank")
        .agg(F.collect_list(F.struct("h", "c")).alias("counts"))
    )
    by_story = doc_rank.join(prep.select("idx", "id", "bundle"), "idx").rdd.map(
        lambda r: (r.rank, r)
    )
    counts_of = story_counts.rdd.map(
        lambda r: (r.rank, {_unsigned(x.h): x.c for x in r.counts})
    )

    def story_record(item):
        rank, (rows, counts) = item
        rows = sorted(rows, key=lambda d: d.idx)
        return json.dumps(
            {
                "id": f"s{rank + 1}",
                "label": cc.story_label([bytes(d.bundle) for d in rows], counts or {}),
                "documents": [d.id for d in rows],
            }
        )

    by_story.groupByKey().leftOuterJoin(counts_of).map(story_record).saveAsTextFile(
        os.path.join(out, "stories")
    )
    parts.unpersist()
    if merge:
        merge_report(out)


def _lines(folder):
    for name in sorted(os.listdir(folder)):
        if name.startswith("part-"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        yield json.loads(line)


VERDICT_ORDER = {"conflict": 0, "compatible": 1, "agree": 2, "single": 3}


def merge_report(out):
    """OUTPUT_DIR/report.json in the JSON report's schema, from the distributed output."""
    documents = sorted(_lines(os.path.join(out, "documents")), key=lambda d: d.pop("index"))
    order = {d["id"]: k for k, d in enumerate(documents)}
    claims = sorted(
        _lines(os.path.join(out, "claims")),
        key=lambda c: (c.pop("index"), int(c["id"].rsplit("#", 1)[1])),
    )
    rename = {}
    for k, c in enumerate(claims):
        rename[c["id"]] = f"c{k + 1}"
        c["id"] = f"c{k + 1}"
    groups = list(_lines(os.path.join(out, "groups")))
    for g in groups:
        g["claims"] = [rename[c] for c in g["claims"]]
        g["outliers"] = [rename[c] for c in g.get("outliers", [])]
        for c in g.get("conflicts", []):
            c["a"], c["b"] = rename[c["a"]], rename[c["b"]]
        for u in g.get("updates", []):
            u["from"], u["to"] = rename[u["from"]], rename[u["to"]]
    groups.sort(key=lambda g: (VERDICT_ORDER.get(g["verdict"], 9), -len(g["claims"]), g["claims"]))
    for k, g in enumerate(groups):
        g["id"] = f"g{k + 1}"
    by_story = {}
    for g in groups:
        by_story.setdefault(g["story"], []).append(g["id"])
    doc_of = {c["id"]: c["document"] for c in claims}
    published = {d["id"]: d.get("published") for d in documents}

    def span(ids):
        dates = sorted(p for p in (published.get(i) for i in ids) if p)
        return {"first": dates[0] if dates else None, "last": dates[-1] if dates else None}

    stories = sorted(_lines(os.path.join(out, "stories")), key=lambda s: int(s["id"][1:]))
    records = []
    for s in stories:
        s["documents"] = sorted(s["documents"], key=order.get)
        records.append(
            {
                "id": s["id"],
                "label": s["label"],
                "documents": s["documents"],
                "groups": by_story.get(s["id"], []),
                "published": span(s["documents"]),
            }
        )
    for s in stories:
        bid = s["id"] + "b"
        if bid in by_story:
            mentioned = sorted(
                {doc_of[c] for g in groups if g["story"] == bid for c in g["claims"]},
                key=order.get,
            )
            records.append(
                {
                    "id": bid,
                    "label": f"earlier events and running totals in {s['label']}",
                    "documents": [],
                    "mentioned_in": mentioned,
                    "groups": by_story[bid],
                    "published": span(mentioned),
                    "background_of": s["id"],
                }
            )
    deps = list(_lines(os.path.join(out, "dependencies")))
    report = {
        "documents": documents,
        "claims": claims,
        "groups": groups,
        "stories": records,
        "dependencies": deps,
    }
    with open(os.path.join(out, "report.json"), "w", encoding="utf-8") as f:
        json.dump(report, f, indent=2)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="a folder of articles or a .jsonl feed")
    ap.add_argument("output", help="folder for the JSON Lines output (must not exist)")
    ap.add_argument("--master", default=None, help="Spark master URL (default: local[*])")
    ap.add_argument("--partitions", type=int, default=8, help="input partitions (default 8)")
    ap.add_argument(
        "--merge",
        action="store_true",
        help="also write OUTPUT_DIR/report.json in the JSON report's schema (small results)",
    )
    args = ap.parse_args(argv)
    if not os.path.exists(args.input):
        print(f"error: cannot read `{args.input}`: no such file or folder", file=sys.stderr)
        return 2
    if os.path.exists(args.output):
        print(
            f"error: `{args.output}` exists: give a new output folder (Spark does not overwrite)",
            file=sys.stderr,
        )
        return 2
    # Executors run this interpreter, which has the crosscheck wheel, unless told otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("crosscheck").config(
        "spark.sql.shuffle.partitions", str(args.partitions)
    ).config("spark.ui.showConsoleProgress", "false")
    builder = builder.master(args.master or "local[*]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        run(spark, args.input, args.output, args.partitions, args.merge)
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
