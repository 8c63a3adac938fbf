//! The CSV report: one row per claim, with its group, story, verdict and source, for
//! spreadsheets and data teams.

use crosscheck::report::Report;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::io::Write;

const HEADER: [&str; 22] = [
    "claim",
    "group",
    "group_label",
    "verdict",
    "in_conflict",
    "outlier",
    "story",
    "story_label",
    "document",
    "outlet",
    "published",
    "attribution",
    "modality",
    "role",
    "implicit",
    "text",
    "low",
    "high",
    "figure",
    "qualifier",
    "unit",
    "sentence",
];

/// First characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: &[char] = &['=', '+', '-', '@', '\t', '\r'];

/// A cell of text from an article or a feed, made inert for spreadsheets: one that would
/// start a formula (`=HYPERLINK(...)`) gets a leading apostrophe, as OWASP advises.
fn inert(text: &str) -> Cow<'_, str> {
    if text.starts_with(FORMULA_STARTS) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// Writes one row per claim that is in a group of `report`, in group order, after the
/// header row when `header` (a report that continues another's rows has none).
pub fn write(report: &Report, out: &mut dyn Write, header: bool) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    if header {
        w.write_record(HEADER)?;
    }
    let docs: HashMap<&str, _> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    let stories: HashMap<&str, &str> = report
        .stories
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    let num = |x: Option<f64>| x.map(|v| v.to_string()).unwrap_or_default();
    for g in &report.groups {
        let conflicting: HashSet<&str> = g
            .conflicts
            .iter()
            .flat_map(|c| [c.a.as_str(), c.b.as_str()])
            .collect();
        let outliers: HashSet<&str> = g.outliers.iter().map(String::as_str).collect();
        for c in report.group_claims(g) {
            let doc = docs.get(c.document.as_str());
            w.write_record([
                c.id.as_str(),
                &g.id,
                &inert(&g.label),
                g.verdict.as_str(),
                if conflicting.contains(c.id.as_str()) {
                    "yes"
                } else {
                    "no"
                },
                if outliers.contains(c.id.as_str()) {
                    "yes"
                } else {
                    "no"
                },
                &g.story,
                &inert(stories.get(g.story.as_str()).copied().unwrap_or("")),
                &inert(&c.document),
                &inert(doc.and_then(|d| d.outlet.as_deref()).unwrap_or("")),
                &doc.and_then(|d| d.published)
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                &inert(c.attribution.as_deref().unwrap_or("")),
                c.modality.as_str(),
                c.role.as_str(),
                if c.implicit { "yes" } else { "no" },
                &inert(&c.text),
                &num(c.value.low),
                &num(c.value.high),
                &c.figure.to_string(),
                c.qualifier.as_str(),
                &inert(&c.unit),
                &inert(&c.sentence),
            ])?;
        }
    }
    w.flush()
}
