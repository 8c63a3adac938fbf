//! The pipeline's stages one by one, for a distributed job (`examples/spark_reconcile.py`):
//! each function reads only what it is given, so Spark runs it on the executor holding the
//! data, and the job gets the stories and groups one machine gets (see the library's
//! `crosscheck::stories::parts` and `crosscheck::Reconciler::reconcile_part`).
//!
//! What moves between stages is opaque `bytes` (the library's serde JSON of a document and
//! its extraction, of feature counts, of a profile). Feature hashes are unsigned 64-bit in
//! the library and signed here (`i64`, Spark's `long`), the same bits.

use super::{guarded, to_json, CrosscheckError};
use crosscheck::stories::{self, parts, Fingerprint, LeadEntry, StoryOptions};
use crosscheck::{Document, Extracted, FeedFacts, Part, PartClaim, Reconciler};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// A document as extraction leaves it, with its text cut to its first line (all the
/// later stages read of it).
#[derive(Serialize, Deserialize)]
struct Bundle {
    document: Document,
    extracted: Extracted,
}

fn as_hash(h: i64) -> u64 {
    h as u64
}

fn as_long(h: u64) -> i64 {
    h as i64
}

fn encode<T: Serialize>(value: &T) -> PyResult<Vec<u8>> {
    serde_json::to_vec(value)
        .map_err(|e| CrosscheckError::new_err(format!("internal error: {e}; please report it")))
}

fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8], what: &str) -> PyResult<T> {
    serde_json::from_slice(bytes).map_err(|e| {
        CrosscheckError::new_err(format!(
            "not {what} made by this version of crosscheck: {e}; pass the bytes an earlier stage returned"
        ))
    })
}

fn bundle_of(bytes: &[u8]) -> PyResult<Bundle> {
    decode(bytes, "a document bundle")
}

/// What `prepare_*` returns: the bundle and what the feed-wide steps aggregate.
#[derive(IntoPyObject)]
struct Prepared {
    id: String,
    /// Publication day (from the source, else the text's header), as a day number.
    day: Option<i64>,
    /// The year the document is read as of, when its source dates it.
    year: Option<i32>,
    bundle: Vec<u8>,
    /// Sentence templates that may be page furniture (`stories::parts` step 1).
    templates: Vec<i64>,
    /// Content order key (unsigned 64 bits, as a long).
    order: i64,
    /// People and streets its headline and lead name.
    lead: Vec<i64>,
    /// Its distinctive names.
    names: Vec<String>,
    /// Name hashes of its claims' sentences, each once.
    claim_names: Vec<i64>,
    claims: usize,
    /// Its record in the report (JSON).
    record: String,
}

fn prepare(doc: Document) -> PyResult<Prepared> {
    let rec = Reconciler::new();
    let extracted = rec.extract_article(&doc);
    let fp = &extracted.fingerprint;
    let day = doc.source.published.map(|p| p.days()).or(fp.header_day());
    let record = crosscheck::document_record(&doc, extracted.claims.len(), &extracted.notes());
    let mut claim_names: Vec<u64> = extracted
        .claims
        .iter()
        .flat_map(stories::claim_name_hashes)
        .collect();
    claim_names.sort_unstable();
    claim_names.dedup();
    let mut lead: Vec<u64> = fp.lead_names().to_vec();
    lead.sort_unstable();
    lead.dedup();
    let out = Prepared {
        id: doc.id.clone(),
        day,
        year: doc.source.published.map(|p| p.year),
        templates: parts::furniture_candidates(fp)
            .into_iter()
            .map(as_long)
            .collect(),
        order: as_long(parts::content_order(fp)),
        lead: lead.into_iter().map(as_long).collect(),
        names: extracted.names.clone(),
        claim_names: claim_names.into_iter().map(as_long).collect(),
        claims: extracted.claims.len(),
        record: to_json(&record)?,
        bundle: Vec::new(),
    };
    let mut document = doc;
    // Later stages read only the first line (a dateline's day).
    if let Some(end) = document.text.find('\n') {
        document.text.truncate(end);
    }
    Ok(Prepared {
        bundle: encode(&Bundle {
            document,
            extracted,
        })?,
        ..out
    })
}

/// A document renamed as a reader renames a duplicate id: `(new id, path of the document
/// that took the old one)`.
type Rename = Option<(String, Option<String>)>;

fn renamed(mut doc: Document, rename: Rename) -> Document {
    if let Some((new, first)) = rename {
        crosscheck::input::rename(&mut doc, new, first.as_deref().map(Path::new));
    }
    doc
}

/// Reads one article file as the command does and extracts it (`None` never: a bad file
/// is a document with a warning). `rename`: see `file_id`.
#[pyfunction]
#[pyo3(signature = (path, rename=None))]
fn prepare_file(py: Python<'_>, path: String, rename: Rename) -> PyResult<Prepared> {
    guarded(|| {
        py.detach(|| {
            let doc = crosscheck::input::Reader::new()
                .read_file(Path::new(&path))
                .0;
            prepare(renamed(doc, rename))
        })
    })
}

/// Reads line `line` (from 1) of a JSON Lines feed `path` as the command does and extracts
/// it; `None` for a blank line. `rename`: see `file_id`.
#[pyfunction]
#[pyo3(signature = (raw, line, stem, path=None, rename=None))]
fn prepare_line(
    py: Python<'_>,
    raw: String,
    line: usize,
    stem: String,
    path: Option<String>,
    rename: Rename,
) -> PyResult<Option<Prepared>> {
    guarded(|| {
        py.detach(|| {
            crosscheck::input::feed_line(&raw, line, &stem, path.as_deref().map(Path::new))
                .map(|doc| prepare(renamed(doc, rename)))
                .transpose()
        })
    })
}

/// The id a reader gives the article file at `path`, before duplicates are renamed. A
/// job renames the k-th document (k >= 2, in input order) holding an id `x` by passing
/// `rename=("x#k", path of the first)` to `prepare_file` or `prepare_line`.
#[pyfunction]
fn file_id(path: String) -> String {
    crosscheck::input::file_id(Path::new(&path))
}

/// The id of line `line` of a JSON Lines feed (`None` for a blank line), before
/// duplicates are renamed; see `file_id`.
#[pyfunction]
#[pyo3(signature = (raw, line, stem))]
fn line_id(raw: &str, line: usize, stem: &str) -> Option<String> {
    crosscheck::input::feed_line(raw, line, stem, None).map(|d| d.id)
}

/// Step 3: a document's feature counts, given which of its templates are furniture.
/// Returns (counts, hashes to count document frequencies of).
#[pyfunction]
fn story_counts(
    py: Python<'_>,
    bundle: &[u8],
    furniture: Vec<i64>,
) -> PyResult<(Py<PyBytes>, Vec<i64>)> {
    let (bytes, hashes) = guarded(|| {
        let b = bundle_of(bundle)?;
        let furniture: Vec<u64> = furniture.into_iter().map(as_hash).collect();
        let counts = parts::Counts::of(
            &b.extracted.fingerprint,
            &|t| furniture.contains(&t),
            &StoryOptions::default(),
        );
        let hashes = counts.hashes().into_iter().map(as_long).collect();
        Ok((encode(&counts)?, hashes))
    })?;
    Ok((PyBytes::new(py, &bytes).unbind(), hashes))
}

/// Step 5: a document's profile from its counts, the document frequencies of its hashes
/// (`hashes[i]` is in `frequencies[i]` documents) and the feed's size. Returns (profile,
/// candidate keys, nameless).
#[pyfunction]
fn story_profile(
    py: Python<'_>,
    counts: &[u8],
    hashes: Vec<i64>,
    frequencies: Vec<u32>,
    documents: usize,
) -> PyResult<(Py<PyBytes>, Vec<i64>, bool)> {
    let (bytes, keys, nameless) = guarded(|| {
        let counts: parts::Counts = decode(counts, "feature counts")?;
        let df: std::collections::HashMap<u64, u32> =
            hashes.into_iter().map(as_hash).zip(frequencies).collect();
        let p = parts::Profile::of(
            &counts,
            &|h| df.get(&h).copied(),
            documents,
            &StoryOptions::default(),
        );
        let keys = p.candidate_keys().iter().map(|&k| as_long(k)).collect();
        Ok((encode(&p)?, keys, p.nameless()))
    })?;
    Ok((PyBytes::new(py, &bytes).unbind(), keys, nameless))
}

/// Step 4: the bonus of being published close together, from the feed's `(day,
/// documents)` histogram.
#[pyfunction]
fn same_days_bonus(histogram: Vec<(i64, u64)>) -> PyResult<f64> {
    guarded(|| Ok(parts::same_days_bonus(&histogram, &StoryOptions::default())))
}

/// Step 7: (similarity, shares a key) of two profiles, or `None` when they are not to be
/// joined.
#[pyfunction]
#[pyo3(signature = (a, b, day_a, day_b, bonus))]
fn story_link(
    a: &[u8],
    b: &[u8],
    day_a: Option<i64>,
    day_b: Option<i64>,
    bonus: f64,
) -> PyResult<Option<(f64, bool)>> {
    guarded(|| {
        let (a, b): (parts::Profile, parts::Profile) =
            (decode(a, "a profile")?, decode(b, "a profile")?);
        Ok(parts::link(
            &a,
            &b,
            day_a,
            day_b,
            bonus,
            &StoryOptions::default(),
        ))
    })
}

/// Step 9: the stories of one connected component, its documents in content order:
/// each document's story as the smallest (local) index in it.
#[pyfunction]
fn cluster_component(
    nameless: Vec<bool>,
    links: Vec<(u32, u32, f64, bool)>,
) -> PyResult<Vec<usize>> {
    guarded(|| {
        let links: Vec<parts::Link> = links
            .into_iter()
            .map(|(a, b, sim, key)| parts::Link { a, b, sim, key })
            .collect();
        Ok(parts::cluster_component(
            &nameless,
            &links,
            &StoryOptions::default(),
        ))
    })
}

/// A story's label from its documents' bundles, in input order. `feed` maps each label
/// name of its documents ([`label_names`]) to how many documents of the whole feed give it;
/// names most of whose documents are in other stories are passed over. Without it, the
/// story is read alone.
#[pyfunction]
#[pyo3(signature = (bundles, feed=None))]
fn story_label(
    bundles: Vec<Vec<u8>>,
    feed: Option<std::collections::HashMap<u64, usize>>,
) -> PyResult<String> {
    guarded(|| {
        let fps: Vec<Fingerprint> = bundles
            .iter()
            .map(|b| bundle_of(b).map(|b| b.extracted.fingerprint))
            .collect::<PyResult<_>>()?;
        let refs: Vec<&Fingerprint> = fps.iter().collect();
        Ok(match feed {
            Some(counts) => {
                stories::label_in_feed(&refs, &|h| counts.get(&h).copied().unwrap_or(0))
            }
            None => stories::label(&refs),
        })
    })
}

/// The names a story label may be chosen from, as hashes, each once: what the feed's
/// counts for [`story_label`] are of.
#[pyfunction]
fn label_names(bundle: Vec<u8>) -> PyResult<Vec<u64>> {
    guarded(|| {
        Ok(bundle_of(&bundle)?
            .extracted
            .fingerprint
            .label_names()
            .collect())
    })
}

/// The story each claim of a document is about: `(story, background)` per claim, where
/// `story` is its own story `own` or another one its sentence names. `corpus_now` is the
/// feed's latest publication year (the document is read as of the year
/// `FeedFacts::now_year` gives). `leads` are what the feed's leads say of the claims' name
/// hashes: `(hash, story or None when several stories' leads name it, documents, first
/// day, last day)`.
#[pyfunction]
#[pyo3(signature = (bundle, own, day, corpus_now, leads))]
#[allow(clippy::type_complexity)]
fn attribute_claims(
    bundle: &[u8],
    own: i64,
    day: Option<i64>,
    corpus_now: Option<i32>,
    leads: Vec<(i64, Option<i64>, usize, Option<i64>, Option<i64>)>,
) -> PyResult<Vec<(i64, bool)>> {
    guarded(|| {
        let b = bundle_of(bundle)?;
        let now_year = FeedFacts {
            corpus_now,
            ..FeedFacts::default()
        }
        .now_year(&b.document);
        let table: std::collections::HashMap<u64, Option<LeadEntry>> = leads
            .into_iter()
            .map(|(h, story, documents, first, last)| {
                (
                    as_hash(h),
                    story.map(|s| LeadEntry {
                        story: s as u64,
                        documents,
                        span: first.zip(last),
                    }),
                )
            })
            .collect();
        let window = StoryOptions::default().window_days;
        Ok(b.extracted
            .claims
            .iter()
            .map(|c| {
                let other = stories::named_story(
                    &stories::claim_name_hashes(c),
                    own as u64,
                    day,
                    &|h| table.get(&h).copied(),
                    window,
                );
                match other {
                    Some(s) => (s as i64, false),
                    None => (own, stories::is_background(c, now_year)),
                }
            })
            .collect())
    })
}

/// A document's names that tell its event, given how many documents of the feed name each
/// of its names (`frequencies[i]` for `names[i]` of its bundle) and the feed's size.
#[pyfunction]
fn kept_names(bundle: &[u8], frequencies: Vec<usize>, documents: usize) -> PyResult<Vec<String>> {
    guarded(|| {
        let b = bundle_of(bundle)?;
        let facts = FeedFacts {
            documents,
            name_documents: b.extracted.names.iter().cloned().zip(frequencies).collect(),
            ..FeedFacts::default()
        };
        Ok(facts.kept_names(&b.document, b.extracted.names.clone()))
    })
}

/// The keys the facts about a document's names and its claims' names are looked up by
/// (each name and its folded form, each once): a part needs the feed's counts of all.
#[pyfunction]
fn fact_keys(bundle: &[u8]) -> PyResult<Vec<String>> {
    guarded(|| {
        let b = bundle_of(bundle)?;
        let claim_names = b.extracted.claims.iter().flat_map(|c| &c.context.names);
        let mut keys: Vec<String> = b
            .extracted
            .names
            .iter()
            .chain(claim_names)
            .flat_map(|n| FeedFacts::keys(n))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        Ok(keys)
    })
}

/// The claim records of a document (JSON list), with ids `<document id>#<index>`.
#[pyfunction]
fn claim_records(bundle: &[u8]) -> PyResult<String> {
    guarded(|| {
        let b = bundle_of(bundle)?;
        let id = b.document.id.clone();
        let records: Vec<_> = b
            .extracted
            .claims
            .into_iter()
            .enumerate()
            .map(|(k, c)| {
                crosscheck::report::ClaimRecord::from_claim(format!("{id}#{k}"), id.clone(), c)
            })
            .collect();
        to_json(&records)
    })
}

/// Reconciles one story's part: `entries` are `(bundle, claim indices, story slots)` per
/// document (a slot indexes `stories`, the report ids; a background's id is its story's
/// with `b` after it, and a story and its background belong in one part, as
/// `crosscheck::Part::stories` says), `facts` the feed's facts as JSON
/// (`crosscheck::FeedFacts`). Returns the part's report (JSON), claim ids
/// `<document id>#<index>`.
#[pyfunction]
fn reconcile_part(
    py: Python<'_>,
    entries: Vec<(Vec<u8>, Vec<usize>, Vec<usize>)>,
    stories: Vec<String>,
    facts: String,
) -> PyResult<String> {
    guarded(|| {
        py.detach(|| {
            let facts: FeedFacts = serde_json::from_str(&facts).map_err(|e| {
                CrosscheckError::new_err(format!("facts are not crosscheck FeedFacts JSON: {e}"))
            })?;
            let mut part = Part {
                stories,
                ..Part::default()
            };
            for (bundle, indices, slots) in entries {
                let b = bundle_of(&bundle)?;
                let claims = indices
                    .into_iter()
                    .zip(slots)
                    .filter_map(|(index, story)| {
                        b.extracted.claims.get(index).map(|c| PartClaim {
                            index,
                            claim: c.clone(),
                            story,
                        })
                    })
                    .collect();
                part.documents.push(b.document);
                part.names.push(b.extracted.names);
                part.shingles.push(b.extracted.shingles);
                part.claims.push(claims);
            }
            to_json(&Reconciler::new().reconcile_part(part, &facts))
        })
    })
}

/// The short name of document `id` in explanations, between its neighbours in the sorted
/// ids of the feed (`crosscheck::short_id`); a part's facts carry them as `short_ids`.
#[pyfunction]
#[pyo3(signature = (id, before=None, after=None))]
fn short_id(id: &str, before: Option<&str>, after: Option<&str>) -> String {
    crosscheck::short_id(id, before, after)
}

/// The article files under `paths` (files and folders), sorted as the command reads them.
#[pyfunction]
fn article_paths(paths: Vec<String>) -> PyResult<Vec<String>> {
    guarded(|| {
        crosscheck::input::article_paths(&paths)
            .map(|ps| ps.iter().map(|p| p.display().to_string()).collect())
            .map_err(|e| super::library_error(&e))
    })
}

/// Registers the stage functions in the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(article_paths, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_file, m)?)?;
    m.add_function(wrap_pyfunction!(prepare_line, m)?)?;
    m.add_function(wrap_pyfunction!(file_id, m)?)?;
    m.add_function(wrap_pyfunction!(line_id, m)?)?;
    m.add_function(wrap_pyfunction!(story_counts, m)?)?;
    m.add_function(wrap_pyfunction!(story_profile, m)?)?;
    m.add_function(wrap_pyfunction!(same_days_bonus, m)?)?;
    m.add_function(wrap_pyfunction!(story_link, m)?)?;
    m.add_function(wrap_pyfunction!(cluster_component, m)?)?;
    m.add_function(wrap_pyfunction!(story_label, m)?)?;
    m.add_function(wrap_pyfunction!(label_names, m)?)?;
    m.add_function(wrap_pyfunction!(attribute_claims, m)?)?;
    m.add_function(wrap_pyfunction!(kept_names, m)?)?;
    m.add_function(wrap_pyfunction!(fact_keys, m)?)?;
    m.add_function(wrap_pyfunction!(short_id, m)?)?;
    m.add_function(wrap_pyfunction!(claim_records, m)?)?;
    m.add_function(wrap_pyfunction!(reconcile_part, m)?)?;
    Ok(())
}
