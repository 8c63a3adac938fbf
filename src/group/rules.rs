//! The rules that tell two claims of one block apart, on [`Facts`]: pair by pair here,
//! and for whole clusters at once in [`super::summary`], which must agree with them.

use super::{DocumentFacts, Member};
use crate::claim::{Claim, Role};
use crate::quantity::Dimension;

/// What the rules read of one claim: the claim, and what its document and block add.
#[derive(Debug, Clone, Copy)]
pub(super) struct Facts<'a> {
    pub claim: &'a Claim,
    /// Index of its document.
    pub document: usize,
    /// Its predicate, or the block's only one when it has none of its own.
    pub pred: Option<&'a str>,
    /// Whether it is about the past: its sentence is anchored in years before the story's
    /// own (any explicit year, without a publication date), or says it is.
    pub past: bool,
    /// Its noun when it says what is counted (not `people`).
    pub telling: Option<&'a str>,
    /// Whether it is stated as fact without saying the figure changed: two such figures
    /// in one voice ([`same_voice`]) in one document that share no value are two quantities.
    pub firm: bool,
    /// The day its document was published, when known.
    pub day: Option<i64>,
}

impl<'a> Facts<'a> {
    /// The facts of `m`, whose predicate counts as `pred`.
    pub fn new(m: &Member<'a>, docs: &[DocumentFacts], pred: Option<&'a str>) -> Facts<'a> {
        let doc = docs.get(m.document);
        let now = doc.and_then(|d| d.now_year);
        let ys = &m.claim.context.years;
        Facts {
            claim: m.claim,
            document: m.document,
            pred,
            past: (!ys.is_empty() && now.is_none_or(|n| ys.iter().all(|&y| y < n))
                || m.claim.context.past)
                && !m.retold,
            telling: telling_noun(m.claim),
            firm: m.claim.is_asserted() && !m.claim.says_changed(),
            day: doc.and_then(|d| d.day),
        }
    }

    /// Whether it is a tally as of its report's day: a running total, or a count of
    /// where a case stands ([`STANDING`]).
    pub fn is_tally(&self) -> bool {
        self.claim.context.cumulative || self.pred.is_some_and(|p| STANDING.contains(&p))
    }

    /// Its event kinds that tell occasions apart.
    pub fn distinct_events(&self) -> impl Iterator<Item = &'a str> {
        self.claim
            .context
            .events
            .iter()
            .map(String::as_str)
            .filter(|e| is_distinct_event(e))
    }
}

/// Predicates of counts that tell where a case stands on the day of the report (`no
/// arrests have been made`, `two men were charged`): like a running total they only grow,
/// so two reports of other days may give two stages of it.
pub(super) const STANDING: &[&str] = &["arrested", "charged"];

/// What the predicate rule needs to know of the whole block.
#[derive(Debug, Clone, Copy)]
pub(super) struct BlockFacts {
    pub dimension: Dimension,
    /// Whether the block counts people, who are named freely (`civilians`, `residents`).
    pub person: bool,
}

/// Whether two claims' predicates allow them to be one quantity. Counts and durations
/// need the same predicate (`killed` is not `injured`); a count that states none of its
/// own joins only where the figures agree, since nothing else says what it counts (`410
/// pupils` on the roll is not `43 pupils` who fell ill; `15 to 20 friends` at a party are
/// not `several friends` who worried): a conflict needs two claims that say what happened.
/// Money and measures take their predicates from loose context, so those are not compared.
pub(super) fn predicates_fit(a: &Facts<'_>, b: &Facts<'_>, block: &BlockFacts) -> bool {
    if !matches!(block.dimension, Dimension::Count | Dimension::Duration) {
        return true;
    }
    if !same_opt(a.pred, b.pred) {
        return false;
    }
    let overlap = || a.claim.value.overlaps(&b.claim.value);
    // Different nouns count different things (`schools` are not `homes destroyed`) unless
    // one is generic (`people`) or the figures agree anyway (`homes`, `houses`); only
    // people with one fate are named freely (`civilians killed`, `residents killed`).
    // The fate must be stated on both: one taken from the block (`three adults were home`
    // in a story whose only verb is `killed`) says nothing of who those people are.
    let (sa, sb) = (
        a.claim.subject.predicate.is_some(),
        b.claim.subject.predicate.is_some(),
    );
    let (stated, stated_both) = (sa || sb, sa && sb);
    let nouns_fit = match (a.telling, b.telling) {
        (Some(x), Some(y)) if !same(x, y) => stated && (block.person || overlap()),
        _ => true,
    };
    // A count that states no fate of its own (`about a dozen people were in the house`)
    // takes the block's only one, and joins its claims only where their figures agree.
    nouns_fit && (stated_both || overlap())
}

/// Whether two figures of one document are in one voice: the same speaker (in any case:
/// `Police`, `police`), or one of them the outlet's own, which relays its sources without
/// saying so and does not silently contradict them. Two named speakers may disagree
/// (`officials say 64; a study estimates 4,645`).
pub(super) fn same_voice(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
        _ => true,
    }
}

/// Whether two strings are equal, at once when they are one string: [`super::cluster_block`]
/// gives each block's equal predicates and nouns one address, and blocks are split by
/// predicate, so most comparisons here are of a string with itself.
pub(super) fn same(a: &str, b: &str) -> bool {
    (std::ptr::eq(a.as_ptr(), b.as_ptr()) && a.len() == b.len()) || a == b
}

/// [`same`] for optional strings.
pub(super) fn same_opt(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => same(x, y),
        (x, y) => x.is_none() && y.is_none(),
    }
}

/// A claim's noun when it says what is counted (not `people`).
pub(super) fn telling_noun(c: &Claim) -> Option<&str> {
    c.subject.noun.as_deref().filter(|n| !is_generic_noun(n))
}

/// Nouns (as stems) that count anything of their class: `people` may be `residents`.
pub(super) fn is_generic_noun(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}

/// The reason two claims of one block are about different things, if any.
/// `names_alike(a, b)` says whether two claims' names share one (allowing spellings).
pub(super) fn difference(
    a: &Facts<'_>,
    b: &Facts<'_>,
    mut names_alike: impl FnMut(&Claim, &Claim) -> bool,
) -> Option<&'static str> {
    let (ca, cb) = (a.claim, b.claim);
    // A running total over years is not one event's figure nor one week's (`1,100 flood
    // deaths since 2010`, `1,603 this year` vs `127 in the past week`).
    if ca.context.cumulative != cb.context.cumulative {
        return Some("a running total vs one event's figure");
    }
    // Running totals of two reports that share no value are two tallies unless both are
    // as of one day: a tally grows between reports, and reports of other days seldom
    // count over one span (`17 dead this weekend`, `10 killed from Saturday to Sunday`,
    // `33 officers since 1913`). Two reports of one day can dispute a toll to date.
    // So are counts of where a case stands (`no arrests have been made`, `Two arrested`).
    if a.is_tally()
        && b.is_tally()
        && a.document != b.document
        && !same_day(a.day, b.day)
        && !ca.value.overlaps(&cb.value)
    {
        return Some(if ca.context.cumulative {
            "running totals of two reports"
        } else {
            "where a case stood in two reports"
        });
    }
    // Different kinds of events (`war` vs `attack`) when neither mentions the other's.
    if a.distinct_events().next().is_some()
        && b.distinct_events().next().is_some()
        && !a
            .distinct_events()
            .any(|e| b.distinct_events().any(|f| f == e))
    {
        return Some("different events");
    }
    // Two figures of one sentence, only one of them dated (`nine million last year, up from
    // 8.1 million in 2022`), are about different times.
    if a.document == b.document
        && ca.sentence_span == cb.sentence_span
        && ca.context.years.is_empty() != cb.context.years.is_empty()
    {
        return Some("a different time");
    }
    // Two parts that share no value are two parts (`two in critical condition`, `three
    // treated and released`), not two readings of one.
    if ca.role == Role::Subset && cb.role == Role::Subset && !ca.value.overlaps(&cb.value) {
        return Some("different parts");
    }
    // A sentence anchored in a year before the story's own (`in 2013`) is about the past.
    if a.past != b.past {
        return Some("a different time");
    }
    // Two figures of the past, only one of them dated, that share no value are of two
    // times (`73 officers shot dead in 2011`, `62 officers killed last year`).
    if a.past
        && b.past
        && ca.context.years.is_empty() != cb.context.years.is_empty()
        && !ca.value.overlaps(&cb.value)
    {
        return Some("a different time");
    }
    // One document does not contradict itself: two firm figures in one voice in one
    // document that share no value measure two quantities (a part and the whole, two
    // periods, two events), unless the text says the figure changed.
    if a.document == b.document
        && a.firm
        && b.firm
        && same_voice(ca.attribution.as_deref(), cb.attribution.as_deref())
        && !ca.value.overlaps(&cb.value)
    {
        return Some("two quantities of one document");
    }
    // A page does not deny its own count: `nobody was hurt` beside `three people were
    // wounded` in another sentence of one document tells of some of them (a witness's
    // corner, another blast), whoever says it. (In one sentence, `police said no one was
    // hurt, but witnesses saw three wounded` is a dispute.)
    if a.document == b.document
        && ca.sentence_span != cb.sentence_span
        && nothing_beside_some(ca, cb)
    {
        return Some("nobody of a part vs a count");
    }
    if !ca.context.years.is_empty()
        && !cb.context.years.is_empty()
        && !ca
            .context
            .years
            .iter()
            .any(|y| cb.context.years.contains(y))
    {
        return Some("different years");
    }
    // Counts tenfold apart, one of which says nothing of what happened, count different
    // things (`288 candidates`, `some 2.44 million people` voting); with a predicate on both
    // (`64 killed`, `4,645 killed`) they can be a conflict.
    if ca.dimension == Dimension::Count
        && (a.pred.is_none() || b.pred.is_none())
        && magnitude_ratio(ca.figure, cb.figure) > MAX_MAGNITUDE_RATIO
    {
        return Some("different magnitudes");
    }
    // Money and measures whose figures differ tenfold are different quantities (a deal's
    // value and its price per share), as are figures that do not overlap when one of them
    // has no noun to say what it measures.
    if !matches!(ca.dimension, Dimension::Count | Dimension::Duration) {
        let unnamed = ca.subject.noun.is_none() || cb.subject.noun.is_none();
        if magnitude_ratio(ca.figure, cb.figure) > MAX_MAGNITUDE_RATIO
            || (unnamed && !ca.value.overlaps(&cb.value))
        {
            return Some("different magnitudes");
        }
    }
    // So are lengths of time further apart than a slip of unit can make them: `74 days in
    // jail` for trespassing years ago and `97 years` for the shooting are two sentences,
    // but `8 months` and `8 years` may be one misreported.
    if ca.dimension == Dimension::Duration
        && magnitude_ratio(ca.figure, cb.figure) > MAX_DURATION_RATIO
    {
        return Some("different magnitudes");
    }
    // What a measure is of: different nouns tell two quantities apart, unless their
    // figures agree anyway (`a 5.5% pay rise`, `5.5 percent, the department said`).
    if ca.subject.noun.is_some()
        && cb.subject.noun.is_some()
        && ca.dimension != Dimension::Count
        && ca.subject.noun != cb.subject.noun
        && (ca.dimension == Dimension::Duration || !ca.value.overlaps(&cb.value))
    {
        return Some("different things");
    }
    // What the courts give one person (`three counts of attempted murder`, a `15-year
    // sentence`, `$2 million bail`) differs by defendant: two such figures whose
    // sentences name different people are two people's, in any documents.
    if is_per_person(ca)
        && is_per_person(cb)
        && !ca.value.overlaps(&cb.value)
        && !ca.context.names.is_empty()
        && !cb.context.names.is_empty()
        && !names_alike(ca, cb)
    {
        return Some("different people's charges or penalties");
    }
    // Different places or people named in one document: two figures of one kind about two
    // places (`six killed in Kharkiv`, `three in Odesa`). Across documents names vary with
    // the outlet (one names the host, the other the guest), so they are no proof there; nor
    // when the figures agree (a headline's `4 dead` and the lead's `four people` name
    // different words of one event).
    if a.document == b.document
        && !ca.value.overlaps(&cb.value)
        && !ca.context.names.is_empty()
        && !cb.context.names.is_empty()
        && !names_alike(ca, cb)
    {
        return Some("different names in one story");
    }
    None
}

/// Nouns (as stems) of what a court gives one defendant: charges, penalties, bail.
const PER_PERSON_NOUNS: &[&str] = &["count", "charg", "sentenc", "term", "bail", "bond"];

/// Whether a claim counts what one defendant is charged with or given.
fn is_per_person(c: &Claim) -> bool {
    c.subject
        .noun
        .as_deref()
        .is_some_and(|n| PER_PERSON_NOUNS.contains(&n))
}

/// Whether two reports were published on one day or the next: their tallies are as of
/// one time.
pub(super) fn same_day(a: Option<i64>, b: Option<i64>) -> bool {
    a.zip(b).is_some_and(|(x, y)| (x - y).abs() <= 1)
}

/// Whether a claim says there were none (`nobody was hurt`, `no arrests`).
pub(super) fn says_none(c: &Claim) -> bool {
    c.value.is_figure() && c.value.low == Some(0.0)
}

/// Whether a claim says there were some: its values hold no zero.
pub(super) fn says_some(c: &Claim) -> bool {
    !c.value.contains(0.0)
}

/// Whether one of two claims says there were none and the other that there were some.
fn nothing_beside_some(a: &Claim, b: &Claim) -> bool {
    (says_none(a) && says_some(b)) || (says_none(b) && says_some(a))
}

/// Figures further apart than this factor measure different things (money, measures).
pub(super) const MAX_MAGNITUDE_RATIO: f64 = 10.0;

/// Lengths of time further apart than this factor measure different things: more than
/// the largest slip of one unit for the next (60, minutes for hours).
pub(super) const MAX_DURATION_RATIO: f64 = 100.0;

/// How many times bigger the larger of two figures is (by absolute value).
pub(super) fn magnitude_ratio(x: f64, y: f64) -> f64 {
    let (x, y) = (x.abs(), y.abs());
    x.max(y) / x.min(y).max(f64::MIN_POSITIVE)
}

/// Event kinds that tell occasions apart (a war is not one attack in it).
pub(super) fn is_distinct_event(e: &str) -> bool {
    matches!(
        e,
        "war"
            | "attack"
            | "quake"
            | "flood"
            | "storm"
            | "crash"
            | "fire"
            | "election"
            | "outbreak"
            | "sinking"
            | "protest"
            | "collapse"
            | "landslide"
            | "eruption"
    )
}
