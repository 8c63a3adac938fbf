"""crosscheck: reconcile quantitative claims across news sources.

Extract every quantitative claim of an article ("87 civilians", "more than 80 people were
killed", "an almost two-hour meeting"), group the claims that measure the same quantity
across outlets, and say for each group whether the sources agree, differ only in
precision, or contradict each other, and why.

The functions here wrap the Rust library (``crosscheck._native``); their results are the
JSON report of ``REPORT-SCHEMA.md`` as plain Python dicts and lists.

>>> import crosscheck
>>> claims = crosscheck.extract("At least 87 civilians were killed, officials said.")
>>> claims[0]["value"]["low"], claims[0]["qualifier"]
(87.0, 'at_least')
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from typing import Any, Union

from . import _native
from ._native import CrosscheckError

__all__ = [
    "CrosscheckError",
    "extract",
    "reconcile",
    "read_file",
    "render",
    "REPORT_FORMATS",
    "RENDER_FORMATS",
    "__version__",
]

__version__: str = _native.__version__

#: The values ``reconcile(..., format=...)`` accepts.
REPORT_FORMATS = ("dict", "json", "text", "markdown", "html")

#: The values ``render(..., format)`` accepts.
RENDER_FORMATS = ("text", "markdown", "html")


def _check_format(format: Any, allowed: tuple[str, ...]) -> str:
    if not isinstance(format, str):
        raise TypeError(
            f"format must be a str, one of {', '.join(allowed)}; got {type(format).__name__}"
        )
    return format


def extract(text: str, *, document: str = "") -> list[dict[str, Any]]:
    """The quantitative claims of one text.

    Each claim is a dict with the fields of a claim record of the JSON report
    (``REPORT-SCHEMA.md``): ``id`` (``c1``, ``c2``, ... in text order), ``document``
    (the ``document`` argument), ``text`` (the phrase exactly as written), ``sentence``,
    ``span`` (byte offsets of the phrase in the UTF-8 text), ``value`` (``low``/``high``
    in canonical units, ``None`` = unbounded, with ``low_inclusive``/``high_inclusive``),
    ``figure``, ``qualifier``, ``dimension``, ``unit``, ``subject``, ``subject_key``,
    ``attribution``, ``modality``, ``role``, ``implicit``, ``named``, ``as_written`` and ``context``.

    Extraction never fails: a text without figures gives ``[]``.

    Raises:
        TypeError: ``text`` or ``document`` is not a str.
        CrosscheckError: an internal error (a bug in crosscheck).

    >>> [c["text"] for c in extract("More than 80 people were killed, officials said.")]
    ['More than 80 people']
    """
    return json.loads(_native.extract(text, document))


def reconcile(
    documents: Iterable[Any], *, format: str = "dict"
) -> Union[dict[str, Any], str]:
    """Reconcile documents: their claims, groups, verdicts, stories, copies and sources.

    ``documents`` is an iterable of dicts, or of rows that support ``row["text"]`` or
    ``row.text`` (pandas rows from ``iterrows``/``itertuples``, Spark ``Row`` objects,
    plain objects), or a pandas ``DataFrame``. Each document has:

    - ``id`` (str, required) and ``text`` (str, required);
    - optionally ``outlet``, ``published`` (``"YYYY-MM-DD"``, or a ``datetime.date`` /
      ``pandas.Timestamp``), ``url`` and ``title`` (str). A missing field, ``None`` or a
      missing cell (NaN, ``pandas.NA``) is ignored, and so is a blank outlet, url or
      title. Given metadata wins over what the text suggests, as in a JSON Lines feed.
      A ``published`` that is not a date is a warning on the document, not an error;
    - optionally ``path`` and ``warnings``, as :func:`read_file` returns them, so a
      document read from a file reconciles exactly as the command would report it.

    ``format``:

    - ``"dict"`` (default): the JSON report of ``REPORT-SCHEMA.md`` as a dict with
      ``documents``, ``claims``, ``groups``, ``stories``, ``dependencies``, ``sources``;
    - ``"json"``: the same report as pretty-printed JSON text (the command's ``--format
      json`` without the final newline);
    - ``"text"``, ``"markdown"``, ``"html"``: the report rendered for people.

    The same documents always give the same report.

    Raises:
        TypeError: ``documents`` is not an iterable of rows, or a row lacks ``id`` or
            ``text`` or has a field of the wrong type (the message names the document).
        CrosscheckError: an unknown ``format``, or an internal error.

    >>> report = reconcile([
    ...     {"id": "a", "text": "The talks in Geneva lasted almost two hours, diplomats said."},
    ...     {"id": "b", "text": "The Geneva talks lasted about three hours."},
    ... ])
    >>> report["groups"][0]["verdict"]
    'conflict'
    """
    format = _check_format(format, REPORT_FORMATS)
    out = _native.reconcile(documents, format)
    return json.loads(out) if format == "dict" else out


def read_file(path: Union[str, os.PathLike[str]]) -> dict[str, Any]:
    """One article file read exactly as the ``crosscheck`` command reads it.

    Returns a document dict ``{id, text, outlet, published, url, title, path, warnings}``
    that :func:`reconcile` accepts as is: ``id`` is the file's stem, ``text`` the decoded
    text (UTF-8, UTF-16 with or without a byte order mark, else Windows-1252, with a
    warning), ``outlet`` and ``published`` as detected from the text (or ``None``),
    ``url`` and ``title`` ``None``.

    Never raises for a bad file: a missing, unreadable or binary file gives a document
    with empty text and a warning saying why and what to do.

    Raises:
        TypeError: ``path`` is not a str or ``os.PathLike``.
    """
    return json.loads(_native.read_file(path))


def render(report: Mapping[str, Any], format: str) -> str:
    """Render a report dict (from :func:`reconcile`) for people.

    ``format`` is ``"text"`` (the command's terminal report), ``"markdown"`` or
    ``"html"`` (one self-contained page). ``render(reconcile(docs), f)`` equals
    ``reconcile(docs, format=f)``.

    Raises:
        TypeError: ``report`` is not a dict.
        CrosscheckError: ``report`` is not a crosscheck report (a missing or mistyped
            field), or an unknown ``format``.
    """
    if not isinstance(report, Mapping):
        raise TypeError(
            f"report must be a dict as reconcile() returns it, got {type(report).__name__}"
        )
    format = _check_format(format, RENDER_FORMATS)
    try:
        text = json.dumps(dict(report), allow_nan=False)
    except (TypeError, ValueError) as e:
        raise CrosscheckError(f"not a crosscheck report: {e}") from None
    return _native.render(text, format)
