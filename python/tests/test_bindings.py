"""Tests of the crosscheck Python bindings against the library's own command.

The reports of `reconcile` are compared with what `crosscheck --format json` (the
command in `cli/`) writes for the same input: whole dicts, nothing ignored. The command is
run with `cargo run --release -q -p crosscheck-cli --` from the repository root, or as
the binary named by the CROSSCHECK_CLI environment variable.
"""

from __future__ import annotations

import collections
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import crosscheck
from crosscheck import CrosscheckError

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"

# The fields of a claim record in REPORT-SCHEMA.md (the contract) and those crosscheck adds.
CLAIM_FIELDS = {
    "id", "document", "text", "sentence", "span", "value", "qualifier", "dimension",
    "unit", "subject", "attribution", "modality", "role", "implicit", "named", "as_written",
}
CLAIM_EXTRA_FIELDS = {"figure", "subject_key", "context"}
REPORT_FIELDS = {"documents", "claims", "groups", "dependencies", "stories", "sources"}

GENEVA_A = "The talks in Geneva lasted almost two hours, diplomats said."
GENEVA_B = "The Geneva talks lasted about three hours."


def run_cli(*args: str) -> str:
    """The command's standard output for `args`, run from the repository root."""
    binary = os.environ.get("CROSSCHECK_CLI")
    if binary:
        cmd = [binary, *args]
    elif shutil.which("cargo"):
        cmd = ["cargo", "run", "--release", "-q", "-p", "crosscheck-cli", "--", *args]
    else:
        pytest.skip("neither CROSSCHECK_CLI nor cargo is available to run the command")
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr
    return done.stdout


def cli_json(*paths: str) -> dict:
    return json.loads(run_cli("--format", "json", *paths))


def seed_documents() -> list[dict]:
    """The seed articles read with read_file, with paths as the command names them."""
    return [crosscheck.read_file(f"seeds/{p.name}") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture
def in_repo(monkeypatch):
    monkeypatch.chdir(REPO)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


# -- extract -----------------------------------------------------------------------------


def test_extract_gives_claim_records_of_the_schema():
    claims = crosscheck.extract("At least 87 civilians were killed, officials said.")
    assert len(claims) == 1
    c = claims[0]
    assert CLAIM_FIELDS | CLAIM_EXTRA_FIELDS <= set(c)
    assert c["id"] == "c1"
    assert c["text"] == "At least 87 civilians"
    assert c["figure"] == 87
    assert c["value"] == {
        "low": 87, "high": None, "low_inclusive": True, "high_inclusive": False,
    }
    assert c["qualifier"] == "at_least"
    assert c["dimension"] == "count"
    assert c["attribution"] == "officials"
    assert c["modality"] == "asserted"
    assert c["span"] == [0, len("At least 87 civilians")]
    assert c["sentence"] == "At least 87 civilians were killed, officials said."
    assert c["implicit"] is False and c["as_written"] is None


def test_extract_spans_are_utf8_byte_offsets_and_document_is_set():
    text = "Café owners said 12 people died."
    (c,) = crosscheck.extract(text, document="d1")
    assert c["document"] == "d1"
    start, end = c["span"]
    assert text.encode("utf-8")[start:end].decode("utf-8") == c["text"]


def test_extract_without_figures_is_empty():
    assert crosscheck.extract("") == []
    assert crosscheck.extract("Nothing to count here.") == []


def test_extract_claims_are_the_report_claims_of_the_document():
    text = GENEVA_A
    report = crosscheck.reconcile([{"id": "a", "text": text}])
    strip = lambda cs: [{k: v for k, v in c.items() if k != "id"} for c in cs]  # noqa: E731
    assert strip(crosscheck.extract(text, document="a")) == strip(report["claims"])


@pytest.mark.parametrize("bad", [42, None, b"87 people", ["text"]])
def test_extract_wrong_type_is_type_error(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        crosscheck.extract(bad)


# -- reconcile ---------------------------------------------------------------------------


def test_reconcile_two_disagreeing_documents_matches_the_command(tmp_path):
    feed = tmp_path / "geneva.jsonl"
    rows = [
        {"id": "a", "text": GENEVA_A, "outlet": "The Ledger", "published": "2024-03-02"},
        {"id": "b", "text": GENEVA_B, "url": "https://x.example/b", "title": "Talks"},
    ]
    write_jsonl(feed, rows)
    expected = cli_json(str(feed))
    report = crosscheck.reconcile([dict(r, path=str(feed)) for r in rows])
    assert report == expected
    assert set(report) == REPORT_FIELDS
    (group,) = report["groups"]
    assert group["verdict"] == "conflict"
    by_id = {c["id"]: c for c in report["claims"]}
    assert sorted(by_id[c]["text"] for c in group["claims"]) == [
        "about three hours", "almost two hours",
    ]
    (pair,) = group["conflicts"]
    assert {by_id[pair["a"]]["document"], by_id[pair["b"]]["document"]} == {"a", "b"}
    assert report["documents"][0]["outlet"] == "The Ledger"
    assert report["documents"][0]["published"] == "2024-03-02"
    assert report["documents"][1]["url"] == "https://x.example/b"


def test_reconcile_on_the_seeds_equals_the_command_on_seeds(in_repo):
    docs = seed_documents()
    assert len(docs) == 5
    expected = cli_json("seeds/")
    report = crosscheck.reconcile(docs)
    assert report == expected
    # The JSON text too, byte for byte (the command adds a final newline).
    assert crosscheck.reconcile(docs, format="json") + "\n" == run_cli(
        "--format", "json", "seeds/"
    )


def test_rendered_reports_equal_the_command(in_repo):
    docs = seed_documents()
    report = crosscheck.reconcile(docs)
    for fmt in ("text", "markdown", "html"):
        expected = run_cli("--format", fmt, "seeds/")
        assert crosscheck.reconcile(docs, format=fmt) == expected, fmt
        assert crosscheck.render(report, fmt) == expected, fmt


def test_bad_date_is_a_warning_as_in_a_feed(tmp_path):
    feed = tmp_path / "dates.jsonl"
    rows = [{"id": "a", "text": GENEVA_A, "published": "2024-02-31"}]
    write_jsonl(feed, rows)
    (cli_doc,) = cli_json(str(feed))["documents"]
    report = crosscheck.reconcile(rows)
    (doc,) = report["documents"]
    assert doc["published"] is None
    (warning,) = doc["warnings"]
    assert warning.startswith("ignored the publication date:"), warning
    assert "2024-02-31" in warning
    # The feed's warning is the same, after saying where the line is.
    (cli_warning,) = cli_doc["warnings"]
    assert cli_warning.endswith(": " + warning), (cli_warning, warning)
    assert report["claims"] == cli_json(str(feed))["claims"]


def test_given_metadata_wins_and_blank_or_missing_fields_are_ignored():
    text = "BEIRUT (Reuters) - At least 12 people died in the blast, officials said."
    report = crosscheck.reconcile([
        {"id": "a", "text": text, "outlet": "The Ledger", "published": "2024-03-02"},
        {"id": "b", "text": text, "outlet": "  ", "url": "", "title": None},
        {"id": "c", "text": text, "outlet": float("nan"), "published": None},
    ])
    a, b, c = report["documents"]
    assert a["outlet"] == "The Ledger" and a["published"] == "2024-03-02"
    assert a["credited"] == ["Reuters"]
    assert b["outlet"] is None and "url" not in b and "title" not in b
    assert c["outlet"] is None and c["published"] is None
    assert all(d["warnings"] == [] for d in report["documents"])


def test_dates_may_be_date_objects():
    import datetime

    (doc,) = crosscheck.reconcile(
        [{"id": "a", "text": GENEVA_A, "published": datetime.date(2024, 3, 2)}]
    )["documents"]
    assert doc["published"] == "2024-03-02"


def test_rows_may_be_namedtuples_or_objects():
    Row = collections.namedtuple("Row", "id text outlet")

    class Obj:
        def __init__(self, id, text):
            self.id, self.text = id, text

    rows = [Row("a", GENEVA_A, "The Ledger"), Obj("b", GENEVA_B)]
    report = crosscheck.reconcile(rows)
    expected = crosscheck.reconcile([
        {"id": "a", "text": GENEVA_A, "outlet": "The Ledger"},
        {"id": "b", "text": GENEVA_B},
    ])
    assert report == expected
    assert crosscheck.reconcile(iter(rows)) == expected  # any iterable, read once


def test_rows_may_be_pandas_rows_or_a_dataframe():
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame([
        {"id": "a", "text": GENEVA_A, "outlet": "The Ledger", "published": "2024-03-02"},
        {"id": "b", "text": GENEVA_B, "outlet": None, "published": None},
    ])
    expected = crosscheck.reconcile([
        {"id": "a", "text": GENEVA_A, "outlet": "The Ledger", "published": "2024-03-02"},
        {"id": "b", "text": GENEVA_B},
    ])
    assert crosscheck.reconcile(row for _, row in df.iterrows()) == expected
    assert crosscheck.reconcile(df.itertuples(index=False)) == expected
    assert crosscheck.reconcile(df) == expected


def test_rows_may_be_spark_rows():
    pyspark_sql = pytest.importorskip("pyspark.sql")
    rows = [
        pyspark_sql.Row(id="a", text=GENEVA_A, outlet="The Ledger"),
        pyspark_sql.Row(id="b", text=GENEVA_B, outlet=None),
    ]
    assert crosscheck.reconcile(rows) == crosscheck.reconcile([
        {"id": "a", "text": GENEVA_A, "outlet": "The Ledger"},
        {"id": "b", "text": GENEVA_B},
    ])


def test_no_documents_is_an_empty_report():
    report = crosscheck.reconcile([])
    assert set(report) == REPORT_FIELDS
    assert report["documents"] == [] and report["groups"] == []


@pytest.mark.parametrize(
    "docs, message",
    [
        ([{"id": "a", "text": 3}], r'document 0 \(id "a"\): `text` must be a str, got int'),
        ([{"id": "a", "text": None}], r"without `text`"),
        ([{"text": "x"}], r"document 0: expected a dict or row .* without `id`"),
        ([{"id": 7, "text": "x"}], r"`id` must be a str, got int"),
        ([{"id": "a", "text": "x", "outlet": 5}], r"`outlet` must be a str"),
        ([{"id": "a", "text": "x", "published": 20240302}], r"`published` must be a str"),
        ([{"id": "a", "text": "x", "warnings": "oops"}], r"`warnings` must be a list of str"),
        (["just text"], r"expected a dict or row"),
        (42, r"documents must be an iterable of dicts or rows, got int"),
        ("text", r"documents must be an iterable .* got one str"),
        ({"id": "a", "text": "x"}, r"documents must be an iterable .* got one dict"),
    ],
)
def test_wrong_types_are_type_errors(docs, message):
    with pytest.raises(TypeError, match=message):
        crosscheck.reconcile(docs)


def test_unknown_format_is_a_crosscheck_error():
    with pytest.raises(CrosscheckError, match=r"invalid option `format`: .* found `xml`"):
        crosscheck.reconcile([], format="xml")
    with pytest.raises(TypeError, match="format must be a str"):
        crosscheck.reconcile([], format=None)
    assert issubclass(CrosscheckError, ValueError)


# -- read_file ---------------------------------------------------------------------------


def test_read_file_missing_path_is_a_document_with_a_warning(tmp_path):
    path = tmp_path / "gone.txt"
    doc = crosscheck.read_file(str(path))
    assert doc == {
        "id": "gone", "text": "", "outlet": None, "published": None, "url": None,
        "title": None, "path": str(path),
        "warnings": [f"cannot read `{path}`: no such file or directory; check the path"],
    }


def test_read_file_binary_file_is_a_document_with_a_warning(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR")
    doc = crosscheck.read_file(path)  # os.PathLike works too
    assert doc["text"] == ""
    assert "binary file" in doc["warnings"][0]


def test_read_file_reads_a_seed_as_the_command_does(in_repo):
    doc = crosscheck.read_file("seeds/000_448d8d88aa665151.txt")
    assert doc["id"] == "000_448d8d88aa665151"
    assert doc["path"] == "seeds/000_448d8d88aa665151.txt"
    assert doc["published"] == "2017-04-13"
    assert "87 civilians" in doc["text"]


def test_read_file_warnings_go_through_reconcile(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Officials in Montr\u00e9al said 12 people died.".encode("cp1252"))
    doc = crosscheck.read_file(path)
    assert doc["warnings"], doc
    (record,) = crosscheck.reconcile([doc])["documents"]
    assert record["warnings"][: len(doc["warnings"])] == doc["warnings"]
    assert record == cli_json(str(path))["documents"][0]


def test_read_file_wrong_type_is_type_error():
    with pytest.raises(TypeError, match="path must be a str"):
        crosscheck.read_file(3)


# -- render ------------------------------------------------------------------------------


def test_render_round_trips_the_report():
    report = crosscheck.reconcile([{"id": "a", "text": GENEVA_A}, {"id": "b", "text": GENEVA_B}])
    text = crosscheck.render(report, "text")
    assert "CONFLICT" in text
    assert text == crosscheck.reconcile(
        [{"id": "a", "text": GENEVA_A}, {"id": "b", "text": GENEVA_B}], format="text"
    )
    assert crosscheck.render(report, "html").lstrip().lower().startswith("<!doctype html")


def test_render_rejects_what_is_not_a_report():
    with pytest.raises(TypeError, match="report must be a dict"):
        crosscheck.render("report", "text")
    with pytest.raises(CrosscheckError, match="not a crosscheck report"):
        crosscheck.render({"documents": 3}, "text")
    with pytest.raises(CrosscheckError, match="invalid option `format`"):
        crosscheck.render(crosscheck.reconcile([]), "dict")


# -- panics and threads ------------------------------------------------------------------


def test_a_rust_panic_is_a_crosscheck_error():
    with pytest.raises(CrosscheckError, match=r"^internal error: boom; please report it$"):
        crosscheck._native._panic("boom")


def test_calls_from_threads_agree():
    from concurrent.futures import ThreadPoolExecutor

    docs = [{"id": "a", "text": GENEVA_A}, {"id": "b", "text": GENEVA_B}]
    expected = crosscheck.reconcile(docs)
    with ThreadPoolExecutor(4) as pool:
        reports = list(pool.map(lambda _: crosscheck.reconcile(docs), range(8)))
    assert all(r == expected for r in reports)


def test_docstring_examples():
    import doctest

    result = doctest.testmod(crosscheck)
    assert result.attempted > 0 and result.failed == 0


def test_the_stub_declares_every_function_of_the_module():
    import ast

    import crosscheck._native as native

    stub = Path(__file__).resolve().parents[1] / "crosscheck" / "_native.pyi"
    declared = {n.name for n in ast.parse(stub.read_text()).body if isinstance(n, ast.FunctionDef)}
    functions = {n for n in dir(native) if callable(getattr(native, n)) and not n[0].isupper()}
    assert functions <= declared, sorted(functions - declared)
