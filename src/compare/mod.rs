//! Verdicts: do the claims of a group agree, differ only in precision, or conflict?
//!
//! Values are intervals and are compared as such: two claims conflict when no value
//! satisfies both. Only asserted claims can make a conflict; projected, denied and hedged
//! ones are shown but never decide the verdict by themselves.

mod describe;

pub use describe::{describe_value, quote};

use crate::claim::Claim;
use crate::quantity::Interval;
use crate::report::Verdict;

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
    /// Conflicting pairs (empty unless the verdict is `Conflict`).
    pub conflicts: Vec<Conflict>,
    /// The values every asserted claim allows, if any.
    pub common: Option<Interval>,
}

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
    if a.value.overlaps(&b.value) {
        return None;
    }
    // Put the lower claim first so the sentence reads the same either way.
    let a_lower = match (a.value.high, b.value.low) {
        (Some(h), Some(l)) => h <= l,
        _ => a.value.low.unwrap_or(f64::NEG_INFINITY) < b.value.low.unwrap_or(f64::NEG_INFINITY),
    };
    let (lo, hi) = if a_lower { (a, b) } else { (b, a) };
    Some(format!(
        "{} allows at most {}, {} at least {}",
        quote(lo),
        describe_value(
            lo.value.high.unwrap_or(f64::INFINITY),
            lo.dimension,
            &lo.unit
        ),
        quote(hi),
        describe_value(
            hi.value.low.unwrap_or(f64::NEG_INFINITY),
            hi.dimension,
            &hi.unit
        )
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
            common: claims.first().map(|c| c.value),
        };
    }
    let asserted: Vec<usize> = (0..claims.len())
        .filter(|&i| claims[i].is_asserted())
        .collect();
    let mut conflicts = Vec::new();
    for (x, &i) in asserted.iter().enumerate() {
        for &j in &asserted[x + 1..] {
            if let Some(reason) = compare(claims[i], claims[j]) {
                conflicts.push(Conflict { a: i, b: j, reason });
            }
        }
    }
    let common = asserted
        .iter()
        .try_fold(None::<Interval>, |acc, &i| match acc {
            None => Some(Some(claims[i].value)),
            Some(iv) => iv.intersect(&claims[i].value).map(Some),
        });
    let common = common.flatten();
    let verdict = if !conflicts.is_empty() {
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
        common,
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
