//! Quantities: a value interval, the qualifier it came from, a dimension and a unit.
//!
//! # Qualifiers
//!
//! Every qualifier a story puts before a figure becomes interval bounds. `v` is the figure
//! in canonical units; the band for `about` and `almost` is [`BAND`] (10%).
//!
//! | words                                              | [`Qualifier`]  | interval            |
//! |----------------------------------------------------|----------------|---------------------|
//! | (none)                                             | `Exact`        | `[v, v]`            |
//! | more than, over, in excess of, above, upwards of   | `MoreThan`     | `(v, inf)`          |
//! | at least, no fewer than, no less than, a minimum of| `AtLeast`      | `[v, inf)`          |
//! | less than, fewer than, under, below                | `LessThan`     | `[0, v)`            |
//! | up to, no more than, at most, a maximum of         | `AtMost`       | `[0, v]`            |
//! | almost, nearly, just under, not quite, close to    | `Almost`       | `[v - 10%, v)`      |
//! | about, around, some, roughly, approximately, ~     | `About`        | `[v - 10%, v + 10%]`|
//! | 70 to 80, 70-80, between 70 and 80, from 6 to 18   | `Range`        | `[70, 80]`          |
//! | dozens, scores, hundreds, a handful, several       | `Vague`        | see [`lexicon`]     |
//!
//! A qualifier that narrows an approximate figure ("just over", "well over") keeps the
//! direction of the main word.

pub mod interval;
pub(crate) mod lexicon;
mod number;
pub(crate) mod unit;

pub use interval::Interval;
pub use number::{parse_number_at, NumberKind, NumberMatch};
pub use unit::{lookup_unit, unit_at, UnitInfo};

use serde::{Deserialize, Serialize};

/// The relative half-width of the band for `about` and the depth of `almost`.
pub const BAND: f64 = 0.1;

/// How a figure was qualified in the text; decides the shape of its [`Interval`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// A bare figure.
    Exact,
    /// `about`, `around`, `some`, `roughly`.
    About,
    /// `more than`, `over`: open lower bound.
    MoreThan,
    /// `at least`: closed lower bound.
    AtLeast,
    /// `less than`, `fewer than`: open upper bound.
    LessThan,
    /// `up to`, `no more than`: closed upper bound.
    AtMost,
    /// `almost`, `nearly`: just below the figure.
    Almost,
    /// Two figures: `70 to 80`.
    Range,
    /// A word for an amount: `dozens`, `hundreds`.
    Vague,
}

impl Qualifier {
    /// The qualifier's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::LessThan => "less_than",
            Qualifier::AtMost => "at_most",
            Qualifier::Almost => "almost",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// The interval a single figure `v` stands for under this qualifier.
    ///
    /// ```
    /// use crosscheck::{Interval, Qualifier};
    /// assert_eq!(Qualifier::AtLeast.apply(80.0), Interval::above(80.0, true));
    /// assert!(Qualifier::Almost.apply(2.0).contains(1.9));
    /// assert!(!Qualifier::Almost.apply(2.0).contains(2.0));
    /// ```
    pub fn apply(self, v: f64) -> Interval {
        let floor = if v >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
        match self {
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => Interval::exact(v),
            Qualifier::About => Interval::closed(v - v.abs() * BAND, v + v.abs() * BAND),
            Qualifier::MoreThan => Interval::above(v, false),
            Qualifier::AtLeast => Interval::above(v, true),
            Qualifier::LessThan => Interval::below(floor, v, false),
            Qualifier::AtMost => Interval::below(floor, v, true),
            Qualifier::Almost => Interval::half_open(v - v.abs() * BAND, v),
        }
    }

    /// Whether the qualifier makes the figure approximate (a band or a bound).
    pub fn is_approximate(self) -> bool {
        !matches!(self, Qualifier::Exact)
    }
}

/// In the reports' words: `at least`, `more than` (the JSON keeps [`Qualifier::as_str`]).
///
/// ```
/// assert_eq!(crosscheck::Qualifier::AtLeast.to_string(), "at least");
/// ```
impl std::fmt::Display for Qualifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.as_str().replace('_', " "))
    }
}

/// What kind of thing a figure measures; values of one dimension share a canonical unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// A number of things (the unit names the thing).
    Count,
    /// Seconds.
    Duration,
    /// An amount of a currency (the unit names the currency).
    Money,
    /// 0-100.
    Percent,
    /// Metres.
    Length,
    /// Square metres.
    Area,
    /// Kilograms.
    Mass,
    /// Litres.
    Volume,
    /// Kilometres per hour.
    Speed,
    /// Degrees Celsius.
    Temperature,
    /// An earthquake's magnitude (Richter or moment scale).
    Magnitude,
}

impl Dimension {
    /// The dimension's name as used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Count => "count",
            Dimension::Duration => "duration",
            Dimension::Money => "money",
            Dimension::Percent => "percent",
            Dimension::Length => "length",
            Dimension::Area => "area",
            Dimension::Mass => "mass",
            Dimension::Volume => "volume",
            Dimension::Speed => "speed",
            Dimension::Temperature => "temperature",
            Dimension::Magnitude => "magnitude",
        }
    }
}

impl std::fmt::Display for Dimension {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A measured amount: interval in canonical units, the figure as reported, and its kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The values the claim allows, in canonical units.
    pub value: Interval,
    /// The figure the text gives, in canonical units (the lower figure of a range).
    pub figure: f64,
    /// How the figure was qualified.
    pub qualifier: Qualifier,
    /// What kind of thing is measured.
    pub dimension: Dimension,
    /// Canonical unit: `second`, `USD`, `percent`, or the thing counted for counts.
    pub unit: String,
}

/// Formats a number for people: no trailing `.0`, thousands separated.
///
/// ```
/// assert_eq!(crosscheck::quantity::fmt_number(410000.0), "410,000");
/// assert_eq!(crosscheck::quantity::fmt_number(1.5), "1.5");
/// ```
pub fn fmt_number(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    if v.fract() != 0.0 && v.abs() < 1e15 {
        let s = format!("{:.3}", v);
        let s = s.trim_end_matches('0').trim_end_matches('.');
        return s.to_string();
    }
    let neg = v < 0.0;
    // Whole numbers below 2^53 are exact as integers, and integer formatting is far
    // cheaper than exact float formatting.
    let digits = if v.fract() == 0.0 && v.abs() < 9.0e15 {
        (v.abs() as u64).to_string()
    } else {
        format!("{:.0}", v.abs())
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if neg {
        out.insert(0, '-');
    }
    out
}
