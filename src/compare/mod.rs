//! Verdicts: do the claims of a group agree, differ only in precision, or conflict?
//!
//! Values are intervals and are compared as such: two claims conflict when no value
//! satisfies both. Only asserted claims can make a conflict; projected, denied and hedged
//! ones are shown but never decide the verdict by themselves.

mod describe;

pub use describe::{describe_value, quote};

use crate::claim::Claim;
use crate::quantity::Interval;
use serde::{Deserialize, Serialize};

/// The verdict on a group of claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Verdict {
    /// At least one pair of claims cannot both be true.
    Conflict,
    /// Some value satisfies every claim, but the figures differ.
    Compatible,
    /// Every claim allows the same value and the figures are the same.
    Agree,
    /// One claim only.
    Single,
}

/// Two claims that cannot both be true, with a reason a person understands.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Index of one claim in the compared slice.
    pub a: usize,
    /// Index of the other.
    pub b: usize,
    /// Why both cannot hold.
    pub reason: String,
}

/// The verdict on a group and the pairs behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Judgement {
    /// The verdict.
    pub verdict: Verdict,
    /// Conflicting pairs (empty unless the verdict is `Conflict`): all of them, in order,
    /// when there are at most [`MAX_LISTED_CONFLICTS`]; else one pair for each claim in
    /// conflict, with the claim furthest from it, so every such claim is shown.
    pub conflicts: Vec<Conflict>,
    /// How many pairs of claims cannot both hold, listed or not.
    pub conflicting_pairs: usize,
    /// The values every asserted claim allows, if any.
    pub common: Option<Interval>,
}

/// Most conflicting pairs a judgement lists one by one. A group of a few dozen claims
/// split into two camps has hundreds of pairs; one per claim says the same.
pub const MAX_LISTED_CONFLICTS: usize = 64;

/// Compares two claims: `None` when both can hold, else the reason they cannot.
///
/// Symmetric in its arguments up to the order of the two quotes.
///
/// ```
/// let a = &crosscheck::extract("The meeting lasted almost two hours.")[0];
/// let b = &crosscheck::extract("The talks lasted about three hours.")[0];
/// assert!(crosscheck::compare::compare(a, b).is_some());
/// ```
pub fn compare(a: &Claim, b: &Claim) -> Option<String> {
    let (va, vb) = (a.judged_value(), b.judged_value());
    if va.meet(&vb).is_some() {
        return None;
    }
    // Put the lower claim first so the sentence reads the same either way.
    let a_lower = match (va.high, vb.low) {
        (Some(h), Some(l)) => h <= l,
        _ => va.low.unwrap_or(f64::NEG_INFINITY) < vb.low.unwrap_or(f64::NEG_INFINITY),
    };
    let ((lo, vlo), (hi, vhi)) = if a_lower {
        ((a, va), (b, vb))
    } else {
        ((b, vb), (a, va))
    };
    Some(format!(
        "{} allows at most {}, {} at least {}",
        quote(lo),
        describe_value(vlo.high.unwrap_or(f64::INFINITY), lo.dimension, &lo.unit),
        quote(hi),
        describe_value(vhi.low.unwrap_or(f64::NEG_INFINITY), hi.dimension, &hi.unit)
    ))
}

/// Judges a group of claims.
///
/// ```
/// use crosscheck::{extract, compare::judge, Verdict};
/// let a = extract("87 civilians were killed.");
/// let b = extract("More than 80 people were killed.");
/// let j = judge(&[&a[0], &b[0]]);
/// assert_eq!(j.verdict, Verdict::Compatible);
/// ```
pub fn judge(claims: &[&Claim]) -> Judgement {
    if claims.len() <= 1 {
        return Judgement {
            verdict: Verdict::Single,
            conflicts: Vec::new(),
            conflicting_pairs: 0,
            common: claims.first().map(|c| c.value),
        };
    }
    // A figure the text says was replaced (`revised from eight to six`) is no longer
    // claimed: it contradicts nothing. (Outlets that all give the same earlier figure,
    // `up from 48.4%`, still agree on it.)
    let stated: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].is_asserted())
        .collect();
    let asserted = current(stated, |i| claims[i]);
    let values: Vec<Interval> = claims.iter().map(|c| c.judged_value()).collect();
    let (conflicting_pairs, pairs) = conflicting(&values, &asserted);
    let conflicts: Vec<Conflict> = pairs
        .into_iter()
        .filter_map(|(a, b)| compare(claims[a], claims[b]).map(|reason| Conflict { a, b, reason }))
        .collect();
    // The values all allow: as compared, else (wounded counted before some of them
    // died) as judged.
    let meet = |values: &[Interval]| {
        asserted
            .iter()
            .try_fold(None::<Interval>, |acc, &i| match acc {
                None => Some(Some(values[i])),
                Some(iv) => iv.meet(&values[i]).map(Some),
            })
            .flatten()
    };
    let common = if claims.iter().any(|c| c.is_wounded_ceiling()) {
        let compared: Vec<Interval> = claims.iter().map(|c| c.compared_value()).collect();
        meet(&compared).or_else(|| meet(&values))
    } else {
        meet(&values)
    };
    let verdict = if conflicting_pairs > 0 {
        Verdict::Conflict
    } else {
        let first = claims[asserted.first().copied().unwrap_or(0)];
        let same = asserted
            .iter()
            .all(|&i| same_interval(&claims[i].value, &first.value));
        if same && (asserted.len() > 1 || asserted.len() == claims.len()) {
            Verdict::Agree
        } else {
            Verdict::Compatible
        }
    };
    Judgement {
        verdict,
        conflicts,
        conflicting_pairs,
        common,
    }
}

/// The positions among `candidates` (`claim(k)` is the claim at `k`) whose figures are
/// current: all but those their own text says were replaced (`revised from eight to six`),
/// unless nothing else is left (every outlet's `up from 48.4%` is still one figure).
pub(crate) fn current<'c>(
    candidates: Vec<usize>,
    claim: impl Fn(usize) -> &'c Claim,
) -> Vec<usize> {
    let now: Vec<usize> = candidates
        .iter()
        .copied()
        .filter(|&k| claim(k).role != crate::claim::Role::Earlier)
        .collect();
    if now.is_empty() {
        candidates
    } else {
        now
    }
}

/// The number of pairs of `values` (at indices `asserted`) that share no value, and the
/// pairs to list, `(a, b)` with `a < b`, sorted (see [`Judgement::conflicts`]).
///
/// Sorting the intervals' ends finds, for each claim, the claims wholly above it and
/// wholly below it by binary search: `n log n` for a group of `n`, however many pairs
/// conflict.
fn conflicting(values: &[Interval], asserted: &[usize]) -> (usize, Vec<(usize, usize)>) {
    let (empty, full): (Vec<usize>, Vec<usize>) =
        asserted.iter().partition(|&&i| values[i].is_empty());
    let lower = |i: usize| Lower::of(&values[i]);
    let upper = |i: usize| Upper::of(&values[i]);
    let mut by_lower = full.clone();
    by_lower.sort_by(|&x, &y| lower(x).cmp_key(&lower(y)));
    let mut by_upper = full.clone();
    by_upper.sort_by(|&x, &y| upper(x).cmp_key(&upper(y)));
    // Claims wholly above `i` are a tail of `by_lower`; wholly below it, a head of
    // `by_upper`.
    let above = |i: usize| &by_lower[by_lower.partition_point(|&j| !upper(i).below(&lower(j)))..];
    let below = |i: usize| &by_upper[..by_upper.partition_point(|&j| upper(j).below(&lower(i)))];
    let n = asserted.len();
    // An interval that allows nothing conflicts with every other claim.
    let with_empty =
        empty.len() * (n - empty.len()) + empty.len() * empty.len().saturating_sub(1) / 2;
    let total = with_empty + full.iter().map(|&i| above(i).len()).sum::<usize>();
    let mut pairs = Vec::new();
    let pair = |x: usize, y: usize| (x.min(y), x.max(y));
    if total <= MAX_LISTED_CONFLICTS {
        for &i in &full {
            pairs.extend(above(i).iter().map(|&j| pair(i, j)));
        }
        for (k, &e) in empty.iter().enumerate() {
            pairs.extend(full.iter().map(|&j| pair(e, j)));
            pairs.extend(empty[k + 1..].iter().map(|&j| pair(e, j)));
        }
    } else {
        for &i in asserted {
            let furthest = if values[i].is_empty() {
                asserted.iter().copied().find(|&j| j != i)
            } else {
                above(i)
                    .last()
                    .or(below(i).first())
                    .copied()
                    .or_else(|| empty.first().copied())
            };
            pairs.extend(furthest.map(|j| pair(i, j)));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    (total, pairs)
}

/// The lower end of an interval, ordered so that an inclusive end comes before an
/// exclusive one at the same value (it allows more); an open end is -inf.
#[derive(Clone, Copy)]
struct Lower(f64, bool, bool);

/// The upper end of an interval, ordered so that an exclusive end comes before an
/// inclusive one at the same value, and a round figure's own end last; an open end is
/// +inf. The third field: the interval is a round figure, which a bound at it reaches (see
/// [`Interval::meet`]).
#[derive(Clone, Copy)]
struct Upper(f64, bool, bool);

/// Whether an interval is a round figure (a point at a round value).
fn round_point(v: &Interval) -> bool {
    v.is_figure() && v.low.is_some_and(crate::quantity::interval::is_round)
}

impl Lower {
    fn of(v: &Interval) -> Lower {
        // (`+ 0.0` makes -0 plain 0, which the total order would put below it.)
        Lower(
            v.low.map_or(f64::NEG_INFINITY, |x| x + 0.0),
            v.low_inclusive,
            round_point(v),
        )
    }
    /// Inclusive ends first, round figures first among them, so that `Upper::below` holds
    /// for a tail of a sorted list.
    fn cmp_key(&self, o: &Lower) -> std::cmp::Ordering {
        self.0
            .total_cmp(&o.0)
            .then(o.1.cmp(&self.1))
            .then(o.2.cmp(&self.2))
    }
}

impl Upper {
    fn of(v: &Interval) -> Upper {
        Upper(
            v.high.map_or(f64::INFINITY, |x| x + 0.0),
            v.high_inclusive,
            round_point(v),
        )
    }
    /// Exclusive ends first, round figures last, so that `below` holds for a head of a
    /// sorted list.
    fn cmp_key(&self, o: &Upper) -> std::cmp::Ordering {
        self.0
            .total_cmp(&o.0)
            .then(self.1.cmp(&o.1))
            .then(self.2.cmp(&o.2))
    }
    /// Whether no value is at or below this end and at or above `l`; a round figure and a
    /// bound at it meet (see [`Interval::meet`]).
    fn below(&self, l: &Lower) -> bool {
        let reached = (self.1 && self.2 && !l.1) || (l.1 && l.2 && !self.1);
        self.0 < l.0 || (self.0 == l.0 && !(self.1 && l.1) && !reached)
    }
}

/// Intervals equal up to a rounding tolerance (unit conversions are not exact).
fn same_interval(a: &Interval, b: &Interval) -> bool {
    let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(y.abs()).max(1.0),
        _ => false,
    };
    close(a.low, b.low)
        && close(a.high, b.high)
        && a.low_inclusive == b.low_inclusive
        && a.high_inclusive == b.high_inclusive
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(text: &str) -> Claim {
        crate::extract(text).remove(0)
    }

    #[test]
    fn a_round_figure_and_a_bound_at_it_differ_in_precision() {
        let (a, b) = (
            first("The fire caused $1 million in damage."),
            first("The fire caused more than $1 million in damage."),
        );
        let j = judge(&[&a, &b]);
        assert_eq!(j.verdict, Verdict::Compatible);
        assert_eq!(j.common.and_then(|c| c.low), Some(1_000_000.0));
        // Below ten, or not at a multiple of ten, the bound still crosses the figure.
        let (c, d) = (
            first("Four people were hurt."),
            first("More than four people were hurt."),
        );
        assert_eq!(judge(&[&c, &d]).verdict, Verdict::Conflict);
        let (e, f) = (
            first("Under 40 people came."),
            first("Over 40 people came."),
        );
        assert_eq!(judge(&[&e, &f]).verdict, Verdict::Conflict);
    }

    /// People named one by one are some of a toll: `a police officer was wounded` does not
    /// contradict `four people were injured`, but two named dead still contradict `one
    /// person died`, and `no one was hurt` states a number.
    #[test]
    fn a_replaced_figure_contradicts_nothing() {
        let cs = crate::extract("The number of injured was revised Saturday from eight to six.");
        let (eight, six) = (&cs[0], &cs[1]);
        let other = first("Eight people were injured in the shooting.");
        assert_eq!(judge(&[eight, six]).verdict, Verdict::Compatible);
        // A report that still says eight contradicts the revised six, not the eight.
        let j = judge(&[eight, six, &other]);
        assert_eq!(j.verdict, Verdict::Conflict);
        assert!(j.conflicts.iter().all(|c| c.a != 0 && c.b != 0), "{j:?}");
        // Earlier figures alone are judged as they are.
        assert_eq!(judge(&[eight, eight]).verdict, Verdict::Agree);
    }

    #[test]
    fn people_named_one_by_one_are_a_floor() {
        let officer = first("A police officer was wounded in the shooting.");
        let four = first("Four people were wounded in the shooting.");
        assert!(officer.named && !four.named);
        let j = judge(&[&officer, &four]);
        assert_eq!(j.verdict, Verdict::Compatible);
        assert_eq!(j.common.and_then(|c| c.high), Some(4.0));
        let pair = first("A man and a woman were killed.");
        let one = first("One person was killed.");
        assert_eq!(judge(&[&pair, &one]).verdict, Verdict::Conflict);
        let nobody = first("No one was wounded.");
        assert!(nobody.implicit && !nobody.named);
        assert_eq!(judge(&[&nobody, &four]).verdict, Verdict::Conflict);
    }

    /// Wounded read from a count of the shot hold any who die later: `Four people were
    /// shot` and a later `three wounded` (one has died) agree; `six wounded` does not.
    #[test]
    fn wounded_read_from_the_shot_are_a_ceiling() {
        let shot = crate::extract("Four people were shot on Monday night.");
        let wounded = shot
            .iter()
            .find(|c| c.context.from_shot)
            .expect("wounded read from the shot");
        assert_eq!(wounded.figure, 4.0);
        let three = first("Three people were wounded in the shooting.");
        let six = first("Six people were wounded in the shooting.");
        let j = judge(&[wounded, &three]);
        assert_eq!(j.verdict, Verdict::Compatible);
        assert_eq!(j.common.and_then(|c| c.high), Some(3.0));
        assert_eq!(judge(&[wounded, &six]).verdict, Verdict::Conflict);
        // So are patients: `sent five people to the hospital`, and then one died.
        let patients = first("The shooting sent five people to the hospital on Monday.");
        assert!(patients.context.patients, "{patients:#?}");
        assert_eq!(judge(&[&patients, &three]).verdict, Verdict::Compatible);
        assert_eq!(judge(&[&patients, &six]).verdict, Verdict::Conflict);
        let landed = first("The shooting landed five men in hospital.");
        assert!(landed.context.patients, "{landed:#?}");
        // Not when the sentence tells their wounds first, nor at a hospital as a place.
        for text in [
            "Five people were wounded and taken to a hospital.",
            "Five people at the hospital were wounded in the shooting.",
            "Five people, including a hospital security guard, were wounded.",
        ] {
            assert!(!first(text).context.patients, "{text}");
        }
        let hurt = first("Five people were wounded and taken to a hospital.");
        assert_eq!(judge(&[&hurt, &three]).verdict, Verdict::Conflict);
        // A figure stated as the wounded is still exact.
        let four = first("Four people were wounded in the shooting.");
        assert_eq!(judge(&[&four, &three]).verdict, Verdict::Conflict);
    }

    /// Where a killer took their own life, a count of the dead may or may not include
    /// the killer: `a double murder` and `3 dead` agree, `2` and `4` still conflict.
    #[test]
    fn the_dead_may_count_a_killer_who_died() {
        let text = "Police said it was a double murder. Three people were found dead. \
                    The man had killed his wife and son before killing himself.";
        let cs = crate::extract(text);
        let two = cs.iter().find(|c| c.figure == 2.0).expect("double murder");
        let three = cs.iter().find(|c| c.figure == 3.0).expect("three dead");
        assert!(two.context.killer_died && three.context.killer_died);
        assert_eq!(judge(&[two, three]).verdict, Verdict::Compatible);
        let lone = first("Two people were killed.");
        let four = first("Four people were killed.");
        assert_eq!(judge(&[&lone, &four]).verdict, Verdict::Conflict);
    }
}
