//! crosscheck reconciles quantitative claims across news sources.
//!
//! It reads articles, extracts every quantitative claim with its source, groups the claims
//! that measure the same thing, and says for each group whether the sources agree, differ
//! only in precision, or contradict each other, and why.

#![warn(missing_docs)]

pub mod claim;
pub mod compare;
pub mod consensus;
pub mod document;
mod error;
pub mod group;
pub mod input;
pub mod normalize;
pub mod provenance;
pub mod quantity;
mod reconcile;
pub mod report;
pub mod scan;

pub use claim::{extract, Claim, Context, Extractor, ExtractorBuilder, Modality, Span, Subject};
pub use document::{Date, Document, Source};
pub use error::{Error, Result};
pub use quantity::{Dimension, Interval, Qualifier, Quantity};
pub use reconcile::Reconciler;
pub use report::{Report, Verdict};
