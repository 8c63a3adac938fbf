//! Claims: a quantity a text states, with what it measures, who says it and how firmly.

mod context;
mod extractor;
mod figure;
mod implicit;
pub(crate) use implicit::is_person;
mod repeat;
mod role;
mod shape;
mod subject;

pub use extractor::{extract, Extractor, ExtractorBuilder};
pub use repeat::drop_repeats;

use crate::quantity::{Dimension, Interval, Qualifier, Quantity};
use serde::{Deserialize, Serialize};

/// A byte range `start..end` of the original text; serialized as `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(from = "[usize; 2]", into = "[usize; 2]")]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl From<[usize; 2]> for Span {
    fn from(a: [usize; 2]) -> Span {
        Span {
            start: a[0],
            end: a[1],
        }
    }
}

impl From<Span> for [usize; 2] {
    fn from(s: Span) -> [usize; 2] {
        [s.start, s.end]
    }
}

/// How firmly the text states a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// A forecast: `expected to rise to 107`.
    Projected,
    /// Negated: `3,000 people did not die`.
    Denied,
    /// Possible: `may be over 1,000`.
    Hedged,
}

impl Modality {
    /// The modality's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Projected => "projected",
            Modality::Denied => "denied",
            Modality::Hedged => "hedged",
        }
    }
}

/// What part a figure plays in its story's count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// The figure for the whole event.
    #[default]
    Total,
    /// A part of a total: `five of them`, `including 30 children`.
    Subset,
    /// Added to an earlier figure: `eight more bodies`, `a further 127`.
    Increment,
    /// A figure the text says was replaced: `up from 42`, `an earlier toll of 42`.
    Earlier,
    /// A figure for a period, not one event: `so far this year`, `last week`.
    Period,
}

impl Role {
    /// The role's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Total => "total",
            Role::Subset => "subset",
            Role::Increment => "increment",
            Role::Earlier => "earlier",
            Role::Period => "period",
        }
    }
}

/// What a figure measures: the thing counted (or that lasted, or cost) and what happened to it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Subject {
    /// The counted noun as a stem (`civilian`, `missil`), or the noun that lasted or cost.
    pub noun: Option<String>,
    /// The general class of the noun (`person`, `weapon`), from the lexicon.
    pub class: Option<String>,
    /// What happened to it, as a canonical predicate (`killed`, `fired`, `lasted`).
    pub predicate: Option<String>,
    /// A phrase for people: `civilians killed`.
    pub label: String,
}

/// Words around a figure that tie it to one event or occasion.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// Capitalised names in the sentence (places, people, organisations), as written.
    pub names: Vec<String>,
    /// Event nouns near the figure (`attack`, `war`, `meeting`), as stems.
    pub events: Vec<String>,
    /// Years the sentence mentions.
    pub years: Vec<i32>,
    /// Whether the sentence speaks of the past as a whole (`in six years`, `since 2011`, `total`).
    pub cumulative: bool,
    /// Whether the sentence places the figure in an earlier time (`last month`, `years ago`).
    pub past: bool,
    /// Whether the figure is for one period (`in the past week`, `a day`), not a total.
    pub periodic: bool,
    /// Whether its document tells that a killer took their own life (`before killing
    /// herself`, `murder-suicide`): a count of the dead there may or may not include the
    /// killer (`killed her daughter and two grandchildren`, `4 found dead`).
    #[serde(default)]
    pub killer_died: bool,
    /// Whether it is a count of the wounded read from a count of the shot (`Five people
    /// were shot`, `four shot, one killed`): those of them who die later are not among the
    /// wounded a later report gives, so it is judged as a ceiling
    /// ([`Claim::judged_value`]).
    #[serde(default)]
    pub from_shot: bool,
    /// Whether it counts people taken to or kept in hospital, told before any word of
    /// their harm (`four people were hospitalized`, `sent five people to the hospital`):
    /// patients as of one time, some of whom may die later. As a count of the wounded it
    /// is judged as a ceiling, as [`Context::from_shot`] is.
    #[serde(default)]
    pub patients: bool,
}

/// One quantitative claim found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    /// The claim's phrase exactly as in the original text.
    pub text: String,
    /// Byte range of `text` in the original text.
    pub span: Span,
    /// The sentence holding the claim, from the original text.
    pub sentence: String,
    /// Byte range of `sentence` in the original text.
    pub sentence_span: Span,
    /// The values allowed, in canonical units.
    pub value: Interval,
    /// The figure as reported, in canonical units.
    pub figure: f64,
    /// How the figure was qualified.
    pub qualifier: Qualifier,
    /// What kind of thing is measured.
    pub dimension: Dimension,
    /// Canonical unit or the thing counted.
    pub unit: String,
    /// What is measured.
    pub subject: Subject,
    /// The event context.
    pub context: Context,
    /// Who is said to state it; `None` is the outlet's own voice.
    pub attribution: Option<String>,
    /// How firmly it is stated.
    pub modality: Modality,
    /// What part the figure plays: the total, a subset, an increment, an earlier figure.
    #[serde(default)]
    pub role: Role,
    /// Whether no numeral states the count (`a man and a woman were killed`, `no one`).
    #[serde(default)]
    pub implicit: bool,
    /// Whether the count names its people one by one, with no numeral (`a man`, `a
    /// police officer`, `his mother, stepfather and grandmother`): it tells of at least
    /// those, who may be some of a larger toll, so it is compared as a floor
    /// ([`Claim::compared_value`]).
    #[serde(default)]
    pub named: bool,
    /// The value in the unit the text used, when that is not the canonical one (`about 40
    /// miles`: 36 to 44 miles): for people to read; comparisons use `value`.
    #[serde(default)]
    pub as_written: Option<Box<AsWritten>>,
}

/// A value in the unit the text used.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AsWritten {
    /// The value in that unit.
    pub value: Interval,
    /// The unit as the lexicon spells it (`miles`, `mi`, `acres`, `degrees`).
    pub unit: String,
}

impl Claim {
    /// The claim's quantity.
    pub fn quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            figure: self.figure,
            qualifier: self.qualifier,
            dimension: self.dimension,
            unit: self.unit.clone(),
        }
    }

    /// The values the claim is compared by: its value, or for a count that only names
    /// its people ([`Claim::named`]) everything from its figure up. `a police officer was
    /// hurt` does not contradict `four people were injured`; `a man and a woman were
    /// killed` still contradicts `one person died`.
    ///
    /// ```
    /// let c = &crosscheck::extract("A police officer was wounded in the shooting.")[0];
    /// assert!(c.named && c.compared_value().high.is_none());
    /// ```
    ///
    /// A count of the dead in a document that tells the killer died too allows one more or
    /// one fewer ([`Context::killer_died`]): the killer may or may not be among them, so
    /// `a double murder` and `3 dead` in a murder-suicide agree.
    pub fn compared_value(&self) -> Interval {
        if self.named {
            return Interval {
                high: None,
                high_inclusive: false,
                ..self.value
            };
        }
        let dead = self.dimension == Dimension::Count
            && self.subject.predicate.as_deref() == Some("killed");
        if !(dead && self.context.killer_died) {
            return self.value;
        }
        // The killer may be among the count (`3 dead in a murder-suicide`: two victims) or
        // not (`a double murder`, then the killer's suicide: three dead).
        Interval {
            low: self.value.low.map(|l| (l - 1.0).max(0.0)),
            high: self.value.high.map(|h| h + 1.0),
            ..self.value
        }
    }

    /// The values the claim is judged by when looking for contradictions: its
    /// [`Claim::compared_value`], or for wounded read from a count of the shot
    /// ([`Context::from_shot`]) anything up to it. `Five people were shot` in the first
    /// report and `four wounded` after one of them died do not contradict each other;
    /// `six wounded` still contradicts it. Two such counts never contradict each other:
    /// their counts of the shot do, in the group of the shot. (Consensus weighs the
    /// figure itself where nothing says fewer.)
    ///
    /// ```
    /// let c = crosscheck::extract("Five people were shot on Main Street.");
    /// let wounded = c.iter().find(|c| c.context.from_shot).unwrap();
    /// assert_eq!(wounded.judged_value().high, Some(5.0));
    /// assert_eq!(wounded.judged_value().low, Some(0.0));
    /// ```
    pub fn judged_value(&self) -> Interval {
        let v = self.compared_value();
        if self.is_wounded_ceiling() {
            Interval {
                low: Some(0.0),
                low_inclusive: true,
                ..v
            }
        } else {
            v
        }
    }

    /// Whether, as a count of the wounded, the claim holds any who died later: wounded
    /// read from a count of the shot ([`Context::from_shot`]) or from patients taken to
    /// hospital ([`Context::patients`]).
    ///
    /// ```
    /// let c = &crosscheck::extract("Four people were hospitalized after the shooting.")[0];
    /// assert!(c.is_wounded_ceiling());
    /// let c = &crosscheck::extract("Four people were wounded and taken to a hospital.")[0];
    /// assert!(!c.is_wounded_ceiling());
    /// ```
    pub fn is_wounded_ceiling(&self) -> bool {
        self.context.from_shot
            || self.context.patients && self.subject.predicate.as_deref() == Some("injured")
    }

    /// Whether the claim tells how long one person has been what they are (`a 15-year
    /// veteran`): a trait of theirs, as an age is, which only a claim about the same
    /// person could confirm or contradict.
    pub fn is_personal_trait(&self) -> bool {
        self.dimension == crate::quantity::Dimension::Duration
            && self
                .subject
                .noun
                .as_deref()
                .is_some_and(|n| implicit::is_person(n, crate::quantity::lexicon::Lexicon::get()))
    }

    /// Whether the claim is stated as fact (only those can make a conflict).
    pub fn is_asserted(&self) -> bool {
        self.modality == Modality::Asserted
    }

    /// Whether the claim's sentence says a figure changed (`rose to 31`, `up from 24`,
    /// `revised`, `an earlier toll`): two figures of one story then read as an update,
    /// not a contradiction.
    ///
    /// ```
    /// let c = &crosscheck::extract("The death toll rose to 31, up from 24.")[0];
    /// assert!(c.says_changed());
    /// ```
    pub fn says_changed(&self) -> bool {
        let s = self.sentence.to_ascii_lowercase();
        CHANGE_WORDS.iter().any(|w| s.contains(w))
    }
}

/// Words that say a figure replaces an earlier one.
const CHANGE_WORDS: &[&str] = &[
    "rose to",
    "risen to",
    "climbed to",
    "increased to",
    "jumped to",
    "rising to",
    "grew to",
    "mounted to",
    "has risen",
    "now stands",
    "now at",
    "up from",
    "down from",
    "rose from",
    "revised",
    "updated",
    "latest",
    "new toll",
    "earlier toll",
    "previous toll",
    "earlier figure",
    "raising the",
    "raising an",
];
