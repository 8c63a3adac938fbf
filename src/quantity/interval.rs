//! Value intervals: what a claim allows the true value to be.

use serde::{Deserialize, Serialize};

/// A set of real values `low..high`, each end open, closed or unbounded (`None`).
///
/// ```
/// use crosscheck::Interval;
/// let more_than_80 = Interval::above(80.0, false);
/// assert!(more_than_80.contains(83.0));
/// assert!(!more_than_80.contains(80.0));
/// assert!(more_than_80.overlaps(&Interval::exact(83.0)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Interval {
    /// Lower bound; `None` is unbounded.
    pub low: Option<f64>,
    /// Upper bound; `None` is unbounded.
    pub high: Option<f64>,
    /// Whether `low` itself is allowed.
    pub low_inclusive: bool,
    /// Whether `high` itself is allowed.
    pub high_inclusive: bool,
}

impl Interval {
    /// Exactly one value.
    pub fn exact(v: f64) -> Self {
        Self::closed(v, v)
    }

    /// `[a, b]`, with the ends swapped if given in the wrong order.
    pub fn closed(a: f64, b: f64) -> Self {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        Interval {
            low: Some(low),
            high: Some(high),
            low_inclusive: true,
            high_inclusive: true,
        }
    }

    /// `[a, b)`: used for "almost" and vague amounts.
    pub fn half_open(a: f64, b: f64) -> Self {
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        Interval {
            low: Some(low),
            high: Some(high),
            low_inclusive: true,
            high_inclusive: low == high,
        }
    }

    /// Everything above `v` (`more than` when not inclusive, `at least` when inclusive).
    pub fn above(v: f64, inclusive: bool) -> Self {
        Interval {
            low: Some(v),
            high: None,
            low_inclusive: inclusive,
            high_inclusive: false,
        }
    }

    /// Everything from `floor` up to `v` (`up to`, `less than`).
    pub fn below(floor: f64, v: f64, inclusive: bool) -> Self {
        let floor = floor.min(v);
        Interval {
            low: Some(floor),
            high: Some(v),
            low_inclusive: true,
            high_inclusive: inclusive || floor == v,
        }
    }

    /// Multiplies both ends (unit conversion); `factor` must be positive.
    pub fn scale(&self, factor: f64) -> Self {
        Interval {
            low: self.low.map(|v| v * factor),
            high: self.high.map(|v| v * factor),
            ..*self
        }
    }

    /// Whether `x` lies in the interval.
    pub fn contains(&self, x: f64) -> bool {
        let lo_ok = match self.low {
            None => true,
            Some(l) => x > l || (self.low_inclusive && x == l),
        };
        let hi_ok = match self.high {
            None => true,
            Some(h) => x < h || (self.high_inclusive && x == h),
        };
        lo_ok && hi_ok
    }

    /// The values both intervals allow, or `None` when they share none.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        let (low, low_inclusive) = match (self.low, other.low) {
            (None, None) => (None, false),
            (Some(a), None) => (Some(a), self.low_inclusive),
            (None, Some(b)) => (Some(b), other.low_inclusive),
            (Some(a), Some(b)) if a > b => (Some(a), self.low_inclusive),
            (Some(a), Some(b)) if b > a => (Some(b), other.low_inclusive),
            (Some(a), Some(_)) => (Some(a), self.low_inclusive && other.low_inclusive),
        };
        let (high, high_inclusive) = match (self.high, other.high) {
            (None, None) => (None, false),
            (Some(a), None) => (Some(a), self.high_inclusive),
            (None, Some(b)) => (Some(b), other.high_inclusive),
            (Some(a), Some(b)) if a < b => (Some(a), self.high_inclusive),
            (Some(a), Some(b)) if b < a => (Some(b), other.high_inclusive),
            (Some(a), Some(_)) => (Some(a), self.high_inclusive && other.high_inclusive),
        };
        let out = Interval {
            low,
            high,
            low_inclusive,
            high_inclusive,
        };
        (!out.is_empty()).then_some(out)
    }

    /// The values both intervals allow, reading an end at a round figure ([`is_round`])
    /// as reached: `2.5 million` and `over 2.5 million` meet at 2.5 million, since news
    /// writes `2.5 million` for 2,512,000 too. Only a bare figure reaches: two bounds
    /// (`fewer than 50`, `at least 50`) still part. Roundness is read in canonical units
    /// (`two hours` is 7,200 seconds).
    ///
    /// ```
    /// use crosscheck::quantity::Interval;
    /// let round = Interval::exact(2_500_000.0);
    /// let over = Interval { low: Some(2_500_000.0), high: None, low_inclusive: false, high_inclusive: false };
    /// assert_eq!(round.meet(&over), Some(round));
    /// let (four, over_four) = (Interval::exact(4.0), Interval { low: Some(4.0), ..over });
    /// assert_eq!(four.meet(&over_four), None);
    /// let at_least = Interval { low: Some(50.0), high: None, low_inclusive: true, high_inclusive: false };
    /// let fewer = Interval { low: None, high: Some(50.0), low_inclusive: false, high_inclusive: false };
    /// assert_eq!(fewer.meet(&at_least), None);
    /// ```
    pub fn meet(&self, other: &Interval) -> Option<Interval> {
        if self.is_empty() || other.is_empty() {
            return None;
        }
        self.intersect(other).or_else(|| {
            // The side that reaches the figure must be the figure itself: `fewer than 50`
            // and `at least 50` still part.
            let touch = |a: &Interval, b: &Interval| match (a.high, b.low) {
                (Some(h), Some(l))
                    if h == l
                        && is_round(h)
                        && ((a.high_inclusive && !b.low_inclusive && a.is_figure())
                            || (b.low_inclusive && !a.high_inclusive && b.is_figure())) =>
                {
                    Some(Interval::exact(h))
                }
                _ => None,
            };
            touch(self, other).or_else(|| touch(other, self))
        })
    }

    /// Whether some value satisfies both.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// Whether no value satisfies the interval.
    pub fn is_empty(&self) -> bool {
        match (self.low, self.high) {
            (Some(l), Some(h)) => l > h || (l == h && !(self.low_inclusive && self.high_inclusive)),
            _ => false,
        }
    }

    /// Whether the interval holds exactly one value (a bare figure): a point with both
    /// ends included.
    pub fn is_figure(&self) -> bool {
        self.is_point() && self.low_inclusive && self.high_inclusive
    }

    /// Whether the interval is a single value.
    pub fn is_point(&self) -> bool {
        matches!((self.low, self.high), (Some(l), Some(h)) if l == h)
    }

    /// A representative value: the point, the middle of a bounded interval, or the bound.
    pub fn midpoint(&self) -> Option<f64> {
        match (self.low, self.high) {
            (Some(l), Some(h)) => Some((l + h) / 2.0),
            (Some(l), None) => Some(l),
            (None, Some(h)) => Some(h),
            (None, None) => None,
        }
    }
}

impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_point() {
            return write!(
                f,
                "{}",
                crate::quantity::fmt_number(self.low.unwrap_or_default())
            );
        }
        let lo = self
            .low
            .map_or("-inf".to_string(), crate::quantity::fmt_number);
        let hi = self
            .high
            .map_or("inf".to_string(), crate::quantity::fmt_number);
        let lb = if self.low_inclusive && self.low.is_some() {
            '['
        } else {
            '('
        };
        let rb = if self.high_inclusive && self.high.is_some() {
            ']'
        } else {
            ')'
        };
        write!(f, "{lb}{lo}, {hi}{rb}")
    }
}

/// Whether a figure is round as news rounds: 10 or more and a multiple of 10 (`70 shots`,
/// `90%`, `$1 million`), so a figure at it may stand for a little more or less.
pub fn is_round(v: f64) -> bool {
    v.is_finite() && v.abs() >= 10.0 && (v / 10.0).fract().abs() < 1e-9
}
