"""Type stubs of ``crosscheck._native``, the Rust extension module.

Use the ``crosscheck`` package instead: it wraps these functions, turns their JSON into
dicts and documents them. Here every function returns text.
"""

from typing import Any, Iterable, Optional

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
