//! Reports: the JSON contract for programs; text, Markdown and a self-contained HTML page
//! for people.
//!
//! Records are `#[non_exhaustive]`: the schema promises that fields get added, so code
//! outside the crate reads them but does not build them field by field.
//!
//! [`Report`] serializes exactly to the JSON described in `REPORT-SCHEMA.md`: `documents`,
//! `claims`, `groups` and `dependencies`, with ids that tie them together.

use crate::claim::{Claim, Context, Modality, Role, Span, Subject};
pub use crate::compare::Verdict;
use crate::document::Date;
use crate::quantity::{Dimension, Interval, Qualifier};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The whole result of a run: every document, every claim, every group.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// Every input document, with its claim count and warnings.
    pub documents: Vec<DocumentRecord>,
    /// Every claim of every document.
    pub claims: Vec<ClaimRecord>,
    /// A partition of the claims into groups measuring one quantity.
    pub groups: Vec<GroupRecord>,
    /// Pairs of documents that copy each other.
    pub dependencies: Vec<DependencyRecord>,
    /// The stories: documents reporting one real-world event, and the groups of claims
    /// about it. Every document is in exactly one story of its own; claims about another
    /// time (an earlier event, a running total) are in its story's background.
    pub stories: Vec<StoryRecord>,
    /// Each source's reliability, with the claims behind it.
    pub sources: Vec<crate::consensus::SourceRecord>,
    /// How much work grouping and judging did (not part of the JSON report).
    #[serde(skip)]
    pub work: Work,
}

/// Work done by grouping and judging, in counts that follow the size of the input: a
/// test can check that four times the input costs about four times the work without
/// timing anything, and a caller can see where a corpus's cost goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Work {
    /// Candidate pairs of claims scored for grouping.
    pub candidate_pairs: usize,
    /// Steps of the checks before merging two clusters: one per check, plus each
    /// sentence and list of names compared.
    pub merge_steps: usize,
    /// Conflicting pairs listed in groups.
    pub listed_conflicts: usize,
}

/// A document as reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentRecord {
    /// The document id (a file's stem).
    pub id: String,
    /// The file read, if any (in JSON, lossily as UTF-8: a file name need not be).
    #[serde(serialize_with = "lossy_path")]
    pub path: Option<PathBuf>,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// Wire agencies credited for the story.
    pub credited: Vec<String>,
    /// The author line, when known.
    pub byline: Option<String>,
    /// Publication date, when known.
    pub published: Option<Date>,
    /// The article's address, when the input gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's headline, when the input gave it apart from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Number of claims extracted.
    pub claims: usize,
    /// Problems met reading or normalizing the document.
    pub warnings: Vec<String>,
}

/// A path as a JSON string even when it is not UTF-8 (serde refuses those, and one odd file
/// name must not cost the whole report).
fn lossy_path<S: serde::Serializer>(path: &Option<PathBuf>, s: S) -> Result<S::Ok, S::Error> {
    match path {
        Some(p) => s.serialize_some(&p.to_string_lossy()),
        None => s.serialize_none(),
    }
}

/// A claim as reported: the claim plus its id and document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ClaimRecord {
    /// Unique within the report (`c17`).
    pub id: String,
    /// The id of the document it came from.
    pub document: String,
    /// The claim's phrase exactly as in the document.
    pub text: String,
    /// The sentence holding it.
    pub sentence: String,
    /// Byte offsets of `text` in the original document.
    pub span: Span,
    /// The values allowed, canonical units; `null` ends are unbounded.
    pub value: Interval,
    /// The figure as reported.
    pub figure: f64,
    /// `exact`, `about`, `more_than`, ...
    pub qualifier: Qualifier,
    /// `count`, `duration`, ...
    pub dimension: Dimension,
    /// Canonical unit or the thing counted.
    pub unit: String,
    /// What the number measures, for people (`civilians killed`).
    pub subject: String,
    /// The comparison key behind `subject`.
    pub subject_key: Subject,
    /// Who is said to state it; `null` is the outlet's own voice.
    pub attribution: Option<String>,
    /// `asserted`, `projected`, `denied`, `hedged`.
    pub modality: Modality,
    /// `total`, `subset`, `increment`, `earlier`, `period`.
    #[serde(default)]
    pub role: Role,
    /// Whether no numeral states the count (`a man and a woman were killed`).
    #[serde(default)]
    pub implicit: bool,
    /// Whether the count only names its people (`a police officer`): compared as a floor.
    #[serde(default)]
    pub named: bool,
    /// The value in the unit the text used, when `value` is converted (`about 40 miles`).
    #[serde(default)]
    pub as_written: Option<Box<crate::claim::AsWritten>>,
    /// Names, events and years around the claim, used for grouping.
    pub context: Context,
}

impl ClaimRecord {
    /// A record for `claim` of document `document`.
    pub fn new(id: String, document: String, claim: &Claim) -> ClaimRecord {
        ClaimRecord::from_claim(id, document, claim.clone())
    }

    /// A record made of `claim` itself.
    pub fn from_claim(id: String, document: String, claim: Claim) -> ClaimRecord {
        ClaimRecord {
            id,
            document,
            text: claim.text,
            sentence: claim.sentence,
            span: claim.span,
            value: claim.value,
            figure: claim.figure,
            qualifier: claim.qualifier,
            dimension: claim.dimension,
            unit: claim.unit,
            subject: claim.subject.label.clone(),
            subject_key: claim.subject,
            attribution: claim.attribution,
            modality: claim.modality,
            role: claim.role,
            implicit: claim.implicit,
            named: claim.named,
            as_written: claim.as_written,
            context: claim.context,
        }
    }
}

/// A pair of claims that cannot both hold, with the reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ConflictRecord {
    /// A claim id.
    pub a: String,
    /// The other claim id.
    pub b: String,
    /// Why both cannot be true, for people.
    pub reason: String,
}

/// A consensus interval (`low`/`high`, `null` = unbounded).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ConsensusRecord {
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// Point estimate, when the claims allow one.
    pub point: Option<f64>,
}

/// A story: the documents that report one real-world event, and its groups.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StoryRecord {
    /// Unique within the report (`s4`; a background story `s4b`).
    pub id: String,
    /// What identifies it, for people (a name its documents share, else a headline).
    pub label: String,
    /// Ids of its documents: every document is in exactly one story (a background story
    /// has none of its own).
    pub documents: Vec<String>,
    /// For a background story, the documents its claims come from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentioned_in: Vec<String>,
    /// Ids of the groups of claims about it.
    pub groups: Vec<String>,
    /// First and last publication dates of its documents, when known.
    pub published: DateSpan,
    /// For the background of a story (claims its documents make about earlier events or
    /// running totals), that story's id.
    pub background_of: Option<String>,
}

/// The first and last of some dates, `null` when none is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateSpan {
    /// The earliest.
    pub first: Option<Date>,
    /// The latest.
    pub last: Option<Date>,
}

/// A group of claims that measure one quantity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct GroupRecord {
    /// Unique within the report (`g3`).
    pub id: String,
    /// The id of the story the group is about.
    #[serde(default)]
    pub story: String,
    /// What the group measures, for people.
    pub label: String,
    /// Member claim ids.
    pub claims: Vec<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// Pairs that cannot both hold: all of them when there are at most
    /// [`crate::compare::MAX_LISTED_CONFLICTS`], else one for each claim in conflict (with
    /// the claim furthest from it).
    pub conflicts: Vec<ConflictRecord>,
    /// How many pairs cannot both hold, listed or not.
    #[serde(default)]
    pub conflicting_pairs: usize,
    /// The consensus, when there is one.
    pub consensus: Option<ConsensusRecord>,
    /// Documents that do not copy each other, counted once per voice.
    pub independent_sources: usize,
    /// One line saying why the verdict is what it is.
    pub explanation: String,
    /// Earlier figures a later report replaced (a toll that rose): not contradictions.
    pub updates: Vec<UpdateRecord>,
    /// Claims set aside as likely errors (a figure ten times the others) or contradicting
    /// the consensus.
    pub outliers: Vec<String>,
}

/// A figure that a later report replaced with a higher one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct UpdateRecord {
    /// The earlier, lower claim.
    pub from: String,
    /// The later, higher claim.
    pub to: String,
    /// Why it reads as an update, for people.
    pub reason: String,
}

/// Two documents that share narrative passages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DependencyRecord {
    /// A document id.
    pub a: String,
    /// The other document id.
    pub b: String,
    /// Number of shared passages outside quotations.
    pub shared_passages: usize,
    /// `copy`.
    pub kind: String,
}

mod access;
mod display;
mod html;
mod layout;
mod markdown;
mod merge;
mod panic;
mod text;
mod words;

pub use access::Selection;
pub use html::html;
pub use markdown::markdown;
pub use panic::install_one_line_panic_hook;
pub use text::text;

impl Verdict {
    /// The verdict's name as in the JSON: `conflict`, `compatible`, `agree`, `single`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Compatible => "compatible",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
