//! `crosscheck._native`: the Rust half of the `crosscheck` Python package.
//!
//! Every entry point is one small function that converts its arguments (with the Python
//! interpreter attached, raising `TypeError` for wrong types), runs the library with the
//! interpreter detached, and returns text: JSON for data (the wrapper in
//! `crosscheck/__init__.py` turns it into dicts) or a rendered report. Shared pieces:
//!
//! - [`guarded`]: no Rust panic crosses into Python; a panic becomes
//!   `CrosscheckError("internal error: ...; please report it")`, a library [`Error`] becomes
//!   `CrosscheckError` with the library's message;
//! - [`documents_from_py`] / [`document_from_fields`]: Python rows (dicts, pandas rows,
//!   Spark rows, objects with attributes) to library [`Document`]s;
//! - [`Format`]: the output formats of a report.

mod stages;

use crosscheck::{Document, Error, Reconciler, Report};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyString};
use serde::Serialize;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

create_exception!(
    crosscheck,
    CrosscheckError,
    PyValueError,
    "An error reported by the crosscheck library (its message is the library's), or an internal error."
);

// ---------------------------------------------------------------------------------------
// Shared helpers: errors and panics
// ---------------------------------------------------------------------------------------

/// A library error as `CrosscheckError`, with the library's one-line message.
fn library_error(e: &Error) -> PyErr {
    CrosscheckError::new_err(e.to_string())
}

/// The message of a panic payload (`panic!("...")` gives a `&str` or a `String`).
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

/// Runs an entry point's body so that no panic unwinds into Python: a panic (in argument
/// conversion or in the library) becomes `CrosscheckError("internal error: ...")`.
fn guarded<T>(f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).unwrap_or_else(|payload| {
        Err(CrosscheckError::new_err(format!(
            "internal error: {}; please report it",
            panic_message(payload.as_ref())
        )))
    })
}

/// JSON text of a value; serialization of the library's records does not fail, but if it
/// did the caller gets `CrosscheckError`, not a panic.
fn to_json<T: Serialize + ?Sized>(value: &T) -> PyResult<String> {
    serde_json::to_string(value)
        .map_err(|e| CrosscheckError::new_err(format!("internal error: {e}; please report it")))
}

/// The type name of a Python object, for messages (`int`, `DataFrame`).
fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|_| "?".to_string())
}

/// A `str` argument, or `TypeError` saying what `what` should be.
fn expect_str(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match obj.cast::<PyString>() {
        Ok(s) => Ok(s.to_string_lossy().into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be a str, got {}",
            type_name(obj)
        ))),
    }
}

// ---------------------------------------------------------------------------------------
// Shared helpers: report formats
// ---------------------------------------------------------------------------------------

/// How a report is returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// The JSON of REPORT-SCHEMA.md, compact (the Python wrapper parses it into a dict).
    Dict,
    /// The JSON of REPORT-SCHEMA.md, pretty-printed as the command writes it.
    Json,
    /// The text report of the command.
    Text,
    /// The Markdown report.
    Markdown,
    /// The self-contained HTML page.
    Html,
}

impl Format {
    const EXPECTED: &'static str = "one of dict, json, text, markdown, html";

    /// The format named `name`; an unknown name is the library's `InvalidOption` error.
    fn parse(name: &str, allowed: &[Format]) -> PyResult<Format> {
        let format = match name {
            "dict" => Some(Format::Dict),
            "json" => Some(Format::Json),
            "text" => Some(Format::Text),
            "markdown" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        };
        match format.filter(|f| allowed.contains(f)) {
            Some(f) => Ok(f),
            None => Err(library_error(&Error::InvalidOption {
                name: "format",
                expected: if allowed.contains(&Format::Dict) {
                    Format::EXPECTED
                } else {
                    "one of text, markdown, html"
                },
                found: name.to_string(),
            })),
        }
    }

    /// The report in this format.
    fn render(self, report: &Report) -> PyResult<String> {
        match self {
            Format::Dict => to_json(report),
            Format::Json => report
                .to_json()
                .map_err(|e| CrosscheckError::new_err(format!("internal error: {e}"))),
            Format::Text => Ok(crosscheck::report::text(report)),
            Format::Markdown => Ok(crosscheck::report::markdown(report)),
            Format::Html => Ok(crosscheck::report::html(report)),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Shared helpers: documents
// ---------------------------------------------------------------------------------------

/// The fields of one input document, as a JSON Lines feed line carries them (plus `path`
/// and `warnings`, so a document from `read_file` goes through `reconcile` unchanged).
#[derive(Debug, Default)]
struct DocumentFields {
    id: String,
    text: String,
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    title: Option<String>,
    path: Option<PathBuf>,
    warnings: Vec<String>,
}

/// A library document from its fields, as the JSON Lines reader
/// (`crosscheck::input::jsonl::Feed::document`) builds one: the source detected from the
/// text, then given metadata wins; a blank outlet, url or title is ignored; a `published`
/// that is not a `YYYY-MM-DD` date is a warning on the document, not an error.
///
/// This repeats the library's private code; see python/README.md ("Library changes
/// wanted") for the public function that should replace it.
fn document_from_fields(fields: DocumentFields) -> Document {
    let DocumentFields {
        id,
        text,
        outlet,
        published,
        url,
        title,
        path,
        warnings,
    } = fields;
    let mut doc = Document::new(id, text);
    doc.path = path;
    doc.warnings = warnings;
    if let Some(o) = outlet.filter(|o| !o.trim().is_empty()) {
        doc.source.outlet = Some(o);
    }
    if let Some(p) = published {
        match p.parse() {
            Ok(date) => doc.source.published = Some(date),
            Err(e) => doc
                .warnings
                .push(format!("ignored the publication date: {e}")),
        }
    }
    doc.source.url = url.filter(|u| !u.trim().is_empty());
    doc.source.title = title.filter(|t| !t.trim().is_empty());
    doc
}

/// Field `name` of a row: `row[name]` (dicts, pandas and Spark rows), else
/// `getattr(row, name)` (namedtuples from `itertuples`, plain objects). `None` when the
/// row has no such field or its value is missing (`None`, NaN, `pandas.NA`, `NaT`).
fn row_field<'py>(row: &Bound<'py, PyAny>, name: &str) -> PyResult<Option<Bound<'py, PyAny>>> {
    let py = row.py();
    let value = if let Ok(dict) = row.cast::<PyDict>() {
        dict.get_item(name)?
    } else {
        match row.get_item(name) {
            Ok(v) => Some(v),
            // Not subscriptable by a string, or no such key: try the attribute. A method
            // (a str's `title`) is not a field.
            Err(e)
                if e.is_instance_of::<pyo3::exceptions::PyTypeError>(py)
                    || e.is_instance_of::<pyo3::exceptions::PyKeyError>(py)
                    || e.is_instance_of::<pyo3::exceptions::PyIndexError>(py)
                    || e.is_instance_of::<pyo3::exceptions::PyValueError>(py) =>
            {
                row.getattr_opt(name)?.filter(|v| !v.is_callable())
            }
            Err(e) => return Err(e),
        }
    };
    Ok(value.filter(|v| !is_missing(v)))
}

/// Whether a cell holds "no value": `None`, a float NaN, `pandas.NA` or `pandas.NaT`.
fn is_missing(v: &Bound<'_, PyAny>) -> bool {
    if v.is_none() {
        return true;
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    matches!(type_name(v).as_str(), "NAType" | "NaTType")
}

/// Where a document is in the input, for messages: `document 3 (id 'x')`.
fn which(index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("document {index} (id {id:?})"),
        None => format!("document {index}"),
    }
}

/// A string field, or `TypeError`.
fn str_field(row: &Bound<'_, PyAny>, name: &str, at: &str) -> PyResult<Option<String>> {
    row_field(row, name)?
        .map(|v| expect_str(&v, &format!("{at}: `{name}`")))
        .transpose()
}

/// `published`: a `YYYY-MM-DD` string, or a date-like object (`datetime.date`,
/// `pandas.Timestamp`) formatted as one.
fn date_field(row: &Bound<'_, PyAny>, at: &str) -> PyResult<Option<String>> {
    let Some(v) = row_field(row, "published")? else {
        return Ok(None);
    };
    if v.cast::<PyString>().is_err() && v.hasattr("strftime")? {
        let s = v.call_method1("strftime", ("%Y-%m-%d",))?;
        return expect_str(&s, &format!("{at}: `published`.strftime()")).map(Some);
    }
    v.cast::<PyString>()
        .map(|s| Some(s.to_string_lossy().into_owned()))
        .map_err(|_| {
            PyTypeError::new_err(format!(
                "{at}: `published` must be a str (YYYY-MM-DD) or a date, got {}",
                type_name(&v)
            ))
        })
}

/// `path`: a str or an `os.PathLike`.
fn path_field(row: &Bound<'_, PyAny>, at: &str) -> PyResult<Option<PathBuf>> {
    let Some(v) = row_field(row, "path")? else {
        return Ok(None);
    };
    let v = if v.hasattr("__fspath__")? {
        v.call_method0("__fspath__")?
    } else {
        v
    };
    expect_str(&v, &format!("{at}: `path`")).map(|s| Some(PathBuf::from(s)))
}

/// `warnings`: an iterable of str (not a str itself).
fn warnings_field(row: &Bound<'_, PyAny>, at: &str) -> PyResult<Vec<String>> {
    let Some(v) = row_field(row, "warnings")? else {
        return Ok(Vec::new());
    };
    let what = format!("{at}: `warnings`");
    if v.cast::<PyString>().is_ok() {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a list of str, got str"
        )));
    }
    let items = v.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be a list of str, got {}",
            type_name(&v)
        ))
    })?;
    items
        .map(|item| expect_str(&item?, &format!("{what} item")))
        .collect()
}

/// The fields of the document `row` (the `index`-th of the input).
fn fields_from_py(row: &Bound<'_, PyAny>, index: usize) -> PyResult<DocumentFields> {
    let at = which(index, None);
    let id = str_field(row, "id", &at)?;
    let at = which(index, id.as_deref());
    let text = str_field(row, "text", &at)?;
    let (Some(id), Some(text)) = (id, text) else {
        return Err(PyTypeError::new_err(format!(
            "{at}: expected a dict or row with str fields `id` and `text`, got {} without {}",
            type_name(row),
            if row_field(row, "id")?.is_none() {
                "`id`"
            } else {
                "`text`"
            }
        )));
    };
    Ok(DocumentFields {
        id,
        text,
        outlet: str_field(row, "outlet", &at)?,
        published: date_field(row, &at)?,
        url: str_field(row, "url", &at)?,
        title: str_field(row, "title", &at)?,
        path: path_field(row, &at)?,
        warnings: warnings_field(row, &at)?,
    })
}

/// The documents of an iterable of rows. Only the Python side is read here; the library
/// work (source detection) runs in [`documents_from_fields`] without the interpreter.
fn fields_from_iterable(documents: &Bound<'_, PyAny>) -> PyResult<Vec<DocumentFields>> {
    if documents.cast::<PyString>().is_ok() || documents.cast::<PyDict>().is_ok() {
        return Err(PyTypeError::new_err(format!(
            "documents must be an iterable of dicts or rows, got one {}",
            type_name(documents)
        )));
    }
    // A pandas DataFrame iterates over its column names: read its rows instead.
    let rows = if documents.hasattr("iterrows")? && documents.hasattr("columns")? {
        documents.call_method1("to_dict", ("records",))?
    } else {
        documents.clone()
    };
    let iter = rows.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "documents must be an iterable of dicts or rows, got {}",
            type_name(documents)
        ))
    })?;
    iter.enumerate()
        .map(|(i, row)| fields_from_py(&row?, i))
        .collect()
}

/// Library documents from their fields, in order (call without the interpreter).
fn documents_from_fields(fields: Vec<DocumentFields>) -> Vec<Document> {
    fields.into_iter().map(document_from_fields).collect()
}

/// The documents of `documents` (an iterable of rows, or a pandas DataFrame).
fn documents_from_py(py: Python<'_>, documents: &Bound<'_, PyAny>) -> PyResult<Vec<Document>> {
    let fields = fields_from_iterable(documents)?;
    Ok(py.detach(move || documents_from_fields(fields)))
}

/// A document as `read_file` returns it: the input fields of `reconcile`, flat.
#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    text: &'a str,
    outlet: Option<&'a str>,
    published: Option<String>,
    url: Option<&'a str>,
    title: Option<&'a str>,
    path: Option<String>,
    warnings: &'a [String],
}

impl<'a> DocumentOut<'a> {
    fn new(doc: &'a Document) -> Self {
        DocumentOut {
            id: &doc.id,
            text: &doc.text,
            outlet: doc.source.outlet.as_deref(),
            published: doc.source.published.map(|d| d.to_string()),
            url: doc.source.url.as_deref(),
            title: doc.source.title.as_deref(),
            path: doc
                .path
                .as_deref()
                .map(|p| p.to_string_lossy().into_owned()),
            warnings: &doc.warnings,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Entry points
// ---------------------------------------------------------------------------------------

/// The claims of one text as JSON: a list of claim records of REPORT-SCHEMA.md, ids
/// `c1`, `c2`, ... in text order, each with `document` set to `document`.
#[pyfunction]
#[pyo3(signature = (text, document = None))]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    document: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    guarded(|| {
        let text = expect_str(text, "text")?;
        let document = match document {
            Some(d) => expect_str(d, "document")?,
            None => String::new(),
        };
        py.detach(move || {
            let records: Vec<crosscheck::ClaimRecord> = crosscheck::extract(&text)
                .into_iter()
                .enumerate()
                .map(|(i, claim)| {
                    crosscheck::ClaimRecord::from_claim(
                        format!("c{}", i + 1),
                        document.clone(),
                        claim,
                    )
                })
                .collect();
            to_json(&records)
        })
    })
}

/// Reconciles documents (an iterable of dicts or rows with `id` and `text`, optionally
/// `outlet`, `published`, `url`, `title`, `path`, `warnings`; or a pandas DataFrame) and
/// returns the report: JSON for `dict` (compact) and `json` (pretty), else the `text`,
/// `markdown` or `html` rendering.
#[pyfunction]
#[pyo3(signature = (documents, format = "dict"))]
fn reconcile(py: Python<'_>, documents: &Bound<'_, PyAny>, format: &str) -> PyResult<String> {
    guarded(|| {
        let format = Format::parse(
            format,
            &[
                Format::Dict,
                Format::Json,
                Format::Text,
                Format::Markdown,
                Format::Html,
            ],
        )?;
        let docs = documents_from_py(py, documents)?;
        py.detach(move || format.render(&Reconciler::new().reconcile(&docs)))
    })
}

/// One article file read as the command reads it, as JSON: {id, text, outlet, published,
/// url, title, path, warnings}. Never fails for a bad file: the document is empty and
/// the reason is its warning.
#[pyfunction]
fn read_file(py: Python<'_>, path: &Bound<'_, PyAny>) -> PyResult<String> {
    guarded(|| {
        let path = if path.hasattr("__fspath__")? && path.cast::<PyString>().is_err() {
            path.call_method0("__fspath__")?
        } else {
            path.clone()
        };
        let path = PathBuf::from(expect_str(&path, "path")?);
        py.detach(move || {
            let (doc, _error) = crosscheck::input::Reader::new().read_file(Path::new(&path));
            to_json(&DocumentOut::new(&doc))
        })
    })
}

/// Renders a report given as its JSON (REPORT-SCHEMA.md) as `text`, `markdown` or
/// `html`. A JSON text that is not a crosscheck report raises CrosscheckError.
#[pyfunction]
fn render(py: Python<'_>, report_json: &Bound<'_, PyAny>, format: &str) -> PyResult<String> {
    guarded(|| {
        let json = expect_str(report_json, "report_json")?;
        let format = Format::parse(format, &[Format::Text, Format::Markdown, Format::Html])?;
        py.detach(move || {
            let report: Report = serde_json::from_str(&json)
                .map_err(|e| CrosscheckError::new_err(format!("not a crosscheck report: {e}")))?;
            format.render(&report)
        })
    })
}

/// Panics in Rust with `message`: for testing that panics become CrosscheckError.
#[pyfunction]
fn _panic(message: String) -> PyResult<()> {
    guarded(|| panic!("{message}"))
}

/// The `crosscheck._native` module.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("CrosscheckError", m.py().get_type::<CrosscheckError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(reconcile, m)?)?;
    m.add_function(wrap_pyfunction!(read_file, m)?)?;
    m.add_function(wrap_pyfunction!(render, m)?)?;
    m.add_function(wrap_pyfunction!(_panic, m)?)?;
    stages::register(m)?;
    Ok(())
}
