//! Helpers shared by the scoring harnesses: where the labelled data lives, tolerant number
//! comparison, and finding a labelled phrase in a text.

// Each test binary compiles this module and uses a different part of it.
#![allow(dead_code)]

use std::ops::Range;
use std::path::PathBuf;

/// Relative tolerance when comparing a labelled number with a computed one: labels are
/// written by hand from converted units (miles, acres, Fahrenheit), so the last digits vary.
pub const TOLERANCE: f64 = 0.02;

/// `tests/data/<sub>` of this crate.
pub fn data_dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(sub)
}

/// Whether `a` and `b` are equal within [`TOLERANCE`] (and exactly equal near zero).
pub fn approx_eq(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE * a.abs().max(b.abs()) + 1e-9
}

/// Whether `x` lies in `low..high` (`None` = unbounded), allowing [`TOLERANCE`] at each end;
/// whether an end is open or closed is below that tolerance, so it is ignored.
pub fn contains_approx(low: Option<f64>, high: Option<f64>, x: f64) -> bool {
    let low_ok = match low {
        None => true,
        Some(l) => x >= l || approx_eq(x, l),
    };
    let high_ok = match high {
        None => true,
        Some(h) => x <= h || approx_eq(x, h),
    };
    low_ok && high_ok
}

/// Byte range of the `occurrence`-th (1-based) occurrence of `needle` in `hay`.
pub fn find_nth(hay: &str, needle: &str, occurrence: usize) -> Option<Range<usize>> {
    if needle.is_empty() || occurrence == 0 {
        return None;
    }
    hay.match_indices(needle)
        .nth(occurrence - 1)
        .map(|(i, m)| i..i + m.len())
}

/// How many times `needle` occurs in `hay` (without overlaps, as [`find_nth`] counts).
pub fn count_occurrences(hay: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    hay.matches(needle).count()
}

/// Number of bytes two ranges share.
pub fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// `num / den`, or 1 when there is nothing to count (no prediction is never a wrong one).
pub fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        1.0
    } else {
        num as f64 / den as f64
    }
}
