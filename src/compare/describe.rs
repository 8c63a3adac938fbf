//! Values and claims in words, for reasons and reports.

use crate::claim::Claim;
use crate::quantity::{fmt_number, Dimension};
use itertools::Itertools;

/// A claim's phrase in quotes, on one line.
pub fn quote(c: &Claim) -> String {
    let t: String = c.text.split_whitespace().join(" ");
    format!("'{t}'")
}

/// A value in canonical units, in words a person reads at a glance (`2 hours`, `87`).
///
/// ```
/// use crosscheck::{compare::describe_value, Dimension};
/// assert_eq!(describe_value(7200.0, Dimension::Duration, "second"), "2 hours");
/// assert_eq!(describe_value(3e9, Dimension::Money, "USD"), "3 billion USD");
/// ```
pub fn describe_value(v: f64, dim: Dimension, unit: &str) -> String {
    if !v.is_finite() {
        return if v > 0.0 {
            "no upper limit".into()
        } else {
            "no lower limit".into()
        };
    }
    match dim {
        Dimension::Duration => {
            const STEPS: &[(f64, &str)] = &[
                (31_536_000.0, "year"),
                (2_628_000.0, "month"),
                (604_800.0, "week"),
                (86_400.0, "day"),
                (3_600.0, "hour"),
                (60.0, "minute"),
                (1.0, "second"),
            ];
            // The largest unit that gives a whole or half number (`8 days`, not `1.14
            // weeks`; `1.5 hours`), else the largest that is reached.
            let tidy = |&(f, _): &(f64, &str)| {
                let x = v / f;
                (1.0..1000.0).contains(&x) && ((x * 2.0).round() - x * 2.0).abs() < 1e-9
            };
            let (f, name) = STEPS
                .iter()
                .copied()
                .find(tidy)
                .or_else(|| STEPS.iter().copied().find(|(f, _)| v >= *f))
                .unwrap_or((1.0, "second"));
            let x = (v / f * 100.0).round() / 100.0;
            format!(
                "{} {}{}",
                fmt_number(x),
                name,
                if x == 1.0 { "" } else { "s" }
            )
        }
        Dimension::Percent => format!("{}%", fmt_number(v)),
        Dimension::Money => {
            let (x, word) = if v.abs() >= 1e9 {
                (v / 1e9, " billion")
            } else if v.abs() >= 1e6 {
                (v / 1e6, " million")
            } else {
                (v, "")
            };
            format!("{}{word} {unit}", fmt_number((x * 100.0).round() / 100.0))
        }
        Dimension::Count | Dimension::Magnitude => fmt_number(v),
        Dimension::Length => scaled(v, &[(1_000.0, "km"), (1.0, "m")]),
        Dimension::Area => scaled(v, &[(1_000_000.0, "km²"), (10_000.0, "ha"), (1.0, "m²")]),
        Dimension::Mass => scaled(v, &[(1_000.0, "t"), (1.0, "kg")]),
        Dimension::Volume => format!("{} l", fmt_number(v)),
        Dimension::Speed => format!("{} km/h", fmt_number(v)),
        Dimension::Temperature => format!("{} °C", fmt_number(v)),
    }
}

/// `v` in the largest of `steps` (factor, name) it reaches, to two decimals: `64.37 km`
/// reads where `64373.76 m` does not.
fn scaled(v: f64, steps: &[(f64, &str)]) -> String {
    let (f, name) = steps
        .iter()
        .copied()
        .find(|(f, _)| v.abs() >= *f)
        .unwrap_or(steps[steps.len() - 1]);
    format!("{} {name}", fmt_number((v / f * 100.0).round() / 100.0))
}

#[cfg(test)]
mod duration_tests {
    use super::*;

    #[test]
    fn durations_read_in_a_tidy_unit() {
        let d = |secs: f64| describe_value(secs, Dimension::Duration, "second");
        assert_eq!(d(8.0 * 86_400.0), "8 days");
        assert_eq!(d(5_400.0), "1.5 hours");
        assert_eq!(d(6_000.0), "100 minutes");
        assert_eq!(d(7_492.0), "2.08 hours");
    }
}
