"""Type stubs of ``crosscheck._native``, the Rust extension module.

Use the ``crosscheck`` package instead: it wraps these functions, turns their JSON into
dicts and documents them. Here every function of the first part returns text; the stage
functions at the end are what a distributed job calls (examples/spark_reconcile.py).
"""

from typing import Any, Dict, Iterable, List, Optional, Tuple, TypedDict

__version__: str

class CrosscheckError(ValueError):
    """An error reported by the crosscheck library (its message is the library's), or an
    internal error (``internal error: ...; please report it``)."""

def extract(text: str, document: Optional[str] = None) -> str:
    """The claims of ``text`` as a JSON list of claim records (REPORT-SCHEMA.md)."""

def reconcile(documents: Iterable[Any], format: str = "dict") -> str:
    """The report of ``documents``: JSON for ``dict`` (compact) and ``json`` (pretty),
    else the ``text``, ``markdown`` or ``html`` rendering."""

def read_file(path: Any) -> str:
    """One article file read as the command reads it, as a JSON document object."""

def render(report_json: str, format: str) -> str:
    """A report given as JSON text, rendered as ``text``, ``markdown`` or ``html``."""

def _panic(message: str) -> None:
    """Panics in Rust (for tests): raises CrosscheckError("internal error: ...")."""

# -- The stages of a distributed run (see examples/spark_reconcile.py) -------------------
# What moves between stages is opaque bytes; feature hashes are unsigned 64-bit values
# carried as signed ints (Spark's long).

class Prepared(TypedDict):
    id: str
    day: Optional[int]
    year: Optional[int]
    bundle: bytes
    templates: List[int]
    order: int
    lead: List[int]
    names: List[str]
    claim_names: List[int]
    claims: int
    record: str

Rename = Optional[Tuple[str, Optional[str]]]

def article_paths(paths: List[str]) -> List[str]: ...
def file_id(path: str) -> str: ...
def line_id(raw: str, line: int, stem: str) -> Optional[str]: ...
def prepare_file(path: str, rename: Rename = None) -> Prepared: ...
def prepare_line(
    raw: str, line: int, stem: str, path: Optional[str] = None, rename: Rename = None
) -> Optional[Prepared]: ...
def story_counts(bundle: bytes, furniture: List[int]) -> Tuple[bytes, List[int]]: ...
def story_profile(
    counts: bytes, hashes: List[int], frequencies: List[int], documents: int
) -> Tuple[bytes, List[int], bool]: ...
def same_days_bonus(histogram: List[Tuple[int, int]]) -> float: ...
def story_link(
    a: bytes, b: bytes, day_a: Optional[int], day_b: Optional[int], bonus: float
) -> Optional[Tuple[float, bool]]: ...
def cluster_component(nameless: List[bool], links: List[Tuple[int, int, float, bool]]) -> List[int]: ...
def story_label(bundles: List[bytes], feed: Optional[Dict[int, int]] = None) -> str: ...
def label_names(bundle: bytes) -> List[int]: ...
def attribute_claims(
    bundle: bytes,
    own: int,
    day: Optional[int],
    corpus_now: Optional[int],
    leads: List[Tuple[int, Optional[int], int, Optional[int], Optional[int]]],
) -> List[Tuple[int, bool]]: ...
def kept_names(bundle: bytes, frequencies: List[int], documents: int) -> List[str]: ...
def fact_keys(bundle: bytes) -> List[str]: ...
def short_id(id: str, before: Optional[str] = None, after: Optional[str] = None) -> str: ...
def claim_records(bundle: bytes) -> str: ...
def reconcile_part(
    entries: List[Tuple[bytes, List[int], List[int]]], stories: List[str], facts: str
) -> str: ...
