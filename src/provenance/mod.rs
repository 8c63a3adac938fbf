//! Provenance: who a story credits, and which documents copy each other.
//!
//! Reconciling figures across sources only means something if the sources are
//! independent: two outlets running the same AFP copy are one voice, not two. This module
//! answers two questions.
//!
//! **Who does a story credit?** [`detect_source`] reads the outlet, byline, publication
//! date and credited wire agencies from the text's lines (see [`crate::Source`]). Only
//! lines shaped like a credit count: a closing agency line (`AFP`, `(AP)`, `— Reuters`),
//! a dateline (`NAIROBI (Reuters) -`, `LIMA / AP`), `DPA contributed to this report`,
//! Reuters' `Reporting by ...; Editing by ...`. Picture credits (`(AFP/Name)`,
//! `Credit: NAME/REUTERS`) and narrative mentions (`AFP reported`) do not.
//!
//! **Which documents share text?** [`CopyDetector`] compares documents by *shingles*:
//! runs of `k` consecutive lowercased words (default 8), hashed to 64 bits.
//!
//! - Only narrative counts. Text inside quotation marks is removed first (straight,
//!   curly and mangled quotes), and a passage never bridges a quotation: outlets that
//!   quote the same speaker have heard the same words, which is not copying; outlets that
//!   share the sentences *around* the quotes share a writer.
//! - Candidate pairs come from an inverted index (shingle → documents), so the work grows
//!   with the number of words, not with the number of pairs. Shingles found in more than
//!   [`CopyDetector::max_doc_freq`] documents (default 32) are boilerplate and ignored.
//! - A *passage* is a maximal run of consecutive shared shingles. Two documents depend on
//!   each other when they share at least 2 passages, or one passage of at least 20 words.
//!   Each count is taken in both documents and the smaller kept, so the result does not
//!   depend on document order.
//! - Why these numbers: independent reports of one event share full titles with names
//!   (`the foreign minister of the republic, Jane Doe, at the`) and stock phrases (`the
//!   two former rivals`), mostly five to seven words long and rarely more than one run of
//!   eight or more; lightly edited wire copy still shares several runs of eight or more
//!   words even after a house style inserts honorifics or a conjunction, or swaps a word.
//!
//! Limits: a story that is mostly quotation has little narrative to compare; a rewrite
//! that changes every few words is not detected; very short documents (under 20 words of
//! narrative in one run and a single passage) never count as copies; a wire story run by
//! more outlets than the document-frequency cap looks like boilerplate unless the cap is
//! raised; [`independent_count`] merges whole connected groups, so a roundup that copies
//! two independent wires joins them into one voice when all three are counted together.

mod copy;

/// Reading who a story credits moved to [`crate::document`]; kept here for callers.
pub use crate::document::detect_source;
pub use copy::{
    dependencies, independent_count, voices, CopyDetector, Dependency, DependencyKind, Shingles,
};
