//! Reconciling a stream of documents without holding their texts.
//!
//! [`Reconciler::reconcile_stream`] takes documents one by one (say, read lazily from
//! 100,000 files), processes them in parallel chunks, and keeps of each only what the
//! report needs: its claims, its record (id, path, source, warnings), its distinctive names,
//! its copy-detection shingles and the first line of its text. The report is the one
//! [`Reconciler::reconcile`] gives for the same documents.
//!
//! Memory: a text is dropped once its chunk is extracted. What stays per document is about
//! eight bytes per narrative word of shingles (about the size of the text itself; the
//! copy detector needs every shingle to find shared passages) plus the claims.

use crate::document::Document;
use crate::report::Report;
use crate::{Extracted, Reconciler};
use rayon::prelude::*;

/// Documents per parallel chunk: enough to keep every core busy, few enough that a chunk's
/// texts are a small part of memory.
const CHUNK: usize = 256;

impl Reconciler {
    /// Reconciles documents from an iterator, reading the next chunk only when the last
    /// one is extracted and dropping each text after extraction. The report is identical
    /// to [`Reconciler::reconcile`] on the same documents in the same order.
    ///
    /// ```
    /// use crosscheck::{Document, Reconciler};
    /// let texts = [
    ///     "At least 40 people were killed in the ferry sinking off Lagos, police said.",
    ///     "The ferry sinking near Lagos killed 43 people, officials said.",
    /// ];
    /// let docs = texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), *t));
    /// let streamed = Reconciler::new().reconcile_stream(docs);
    /// let all: Vec<Document> = texts.iter().enumerate().map(|(i, t)| Document::new(format!("d{i}"), *t)).collect();
    /// assert_eq!(
    ///     serde_json::to_string(&streamed).unwrap(),
    ///     serde_json::to_string(&Reconciler::new().reconcile(&all)).unwrap()
    /// );
    /// ```
    pub fn reconcile_stream<I>(&self, docs: I) -> Report
    where
        I: IntoIterator<Item = Document>,
    {
        let (kept, extracted): (Vec<Document>, Vec<Extracted>) =
            self.extracted_chunks(docs).flatten().unzip();
        self.reconcile_extracted(&kept, extracted)
    }

    /// The documents in chunks, each extracted on all cores as it is read, with its text
    /// cut to the first line (all a report reads past extraction).
    pub(crate) fn extracted_chunks<'a, I>(
        &'a self,
        docs: I,
    ) -> impl Iterator<Item = Vec<(Document, Extracted)>> + 'a
    where
        I: IntoIterator<Item = Document>,
        I::IntoIter: 'a,
    {
        let mut docs = docs.into_iter();
        std::iter::from_fn(move || {
            let chunk: Vec<Document> = docs.by_ref().take(CHUNK).collect();
            (!chunk.is_empty()).then(|| {
                chunk
                    .into_par_iter()
                    .map(|mut d| {
                        let e = self.extract_article(&d);
                        d.text = first_line(&d.text).to_string();
                        (d, e)
                    })
                    .collect()
            })
        })
    }
}

/// The part of a text that [`crate::timeline::report_day`] reads: its first 300 bytes
/// (the whole text when byte 300 falls inside a character), up to the end of the first
/// line that is not blank. Reading this prefix gives the same answer as the whole text.
fn first_line(text: &str) -> &str {
    let head = text.get(..text.len().min(300)).unwrap_or(text);
    let mut end = 0;
    for line in head.split_inclusive('\n') {
        end += line.len();
        if !line.trim().is_empty() {
            break;
        }
    }
    &head[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Vec<Document> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        crate::input::read_documents(&[dir]).unwrap_or_default()
    }

    #[test]
    fn stream_matches_batch_on_the_seeds() {
        let docs = seeds();
        assert!(!docs.is_empty());
        let rec = Reconciler::new();
        let batch = serde_json::to_string(&rec.reconcile(&docs)).unwrap_or_default();
        let stream = serde_json::to_string(&rec.reconcile_stream(docs)).unwrap_or_default();
        assert_eq!(batch, stream);
    }

    #[test]
    fn first_line_keeps_what_report_day_reads() {
        assert_eq!(
            first_line("\n\n  \nApril 13, 2017 | 09:21\nBody"),
            "\n\n  \nApril 13, 2017 | 09:21\n"
        );
        assert_eq!(first_line("No newline"), "No newline");
        let long = format!("{}\nrest", "x".repeat(400));
        assert_eq!(first_line(&long).len(), 300);
        // Byte 300 inside a character: the whole text is read, so its first line is kept.
        let wide = format!("{}é{}\nrest", "x".repeat(299), "y".repeat(10));
        assert_eq!(
            first_line(&wide),
            &wide[..wide.find('\n').map_or(0, |i| i + 1)]
        );
        for text in ["", "\n", "Headline\n\nMarch 3\n", &long, &wide] {
            let mut doc = Document::new("d", text);
            doc.source.published = None;
            let mut short = doc.clone();
            short.text = first_line(text).to_string();
            assert_eq!(
                crate::timeline::report_day(&doc, Some(2020)),
                crate::timeline::report_day(&short, Some(2020))
            );
        }
    }
}
