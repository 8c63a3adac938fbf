//! crosscheck reconciles quantitative claims across news sources.
//!
//! It reads articles, extracts every quantitative claim with its source, groups the claims
//! that measure the same thing, and says for each group whether the sources agree, differ
//! only in precision, or contradict each other, and why.
//!
//! # The pipeline, one module per stage
//!
//! | stage | module | what it does |
//! |---|---|---|
//! | documents | [`document`], [`input`] | text plus its [`Source`]: outlet, credited agencies, byline, date |
//! | normalization | [`normalize`] | mojibake repair, NFKC, quote and dash folding, with an offset map back |
//! | scanning | [`scan`] | tokens and sentences with byte offsets |
//! | quantities | [`quantity`] | numbers, scales, qualifiers as [`Interval`]s, units and dimensions |
//! | claims | [`claim`] | the thing counted, what happened to it, context, speaker, modality |
//! | grouping | [`group`] | which claims measure the same quantity (blocking, fuzzy names) |
//! | verdicts | [`compare`] | agree, compatible or conflict, with reasons |
//! | provenance | [`provenance`] | credited wires, copied passages, independent voices |
//! | consensus | [`consensus`] | best estimate per group, source reliability |
//! | reports | [`report`] | JSON for programs, text for people |
//!
//! # Example
//!
//! ```
//! use crosscheck::{Document, Reconciler, Verdict};
//!
//! let docs = vec![
//!     Document::new("wire", "NAIROBI (Reuters) - At least 40 people were killed when a ferry \
//!         capsized on Lake Victoria near Mwanza, police said."),
//!     Document::new("daily", "The Lake Victoria ferry disaster near Mwanza killed 43 people, \
//!         the regional governor said on Friday."),
//! ];
//! let report = Reconciler::new().reconcile(&docs);
//! let toll = &report.groups[0];
//! assert_eq!(toll.verdict, Verdict::Compatible);
//! assert_eq!(toll.claims.len(), 2);
//! println!("{}", toll.explanation); // 43 (daily) lies within 'At least 40 people'...
//! ```

#![warn(missing_docs)]

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

pub mod claim;
pub mod compare;
pub mod consensus;
pub mod document;
mod error;
mod feed;
pub mod group;
pub mod input;
pub mod normalize;
pub mod provenance;
pub mod quantity;
mod reconcile;
pub mod report;
pub(crate) mod scan;
pub mod stories;
pub mod story_stream;
mod stream;
pub mod timeline;
mod trace;
mod union_find;

pub use claim::{
    extract, AsWritten, Claim, Context, Extractor, ExtractorBuilder, Modality, Role, Span, Subject,
};
pub use document::{Date, Document, Source};
pub use error::{Error, Result};
pub use feed::{document_record, short_id, short_ids, FeedFacts, Part, PartClaim};
pub use quantity::{Dimension, Interval, Qualifier, Quantity};
pub use reconcile::{Extracted, Reconciler};
pub use report::{
    ClaimRecord, DocumentRecord, GroupRecord, Report, Selection, StoryRecord, UpdateRecord,
    Verdict, Work,
};
pub use story_stream::{StreamOptions, StreamSummary};
