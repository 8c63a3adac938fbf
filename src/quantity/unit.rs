//! Units after a figure, and their conversion to canonical units.

use super::lexicon::Lexicon;
use super::{Dimension, Interval};
use crate::scan::View;

/// A unit found in text: its dimension, canonical name and conversion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct UnitInfo {
    /// The dimension.
    pub dimension: Dimension,
    /// Canonical unit name.
    pub canonical: &'static str,
    /// Multiply by this to get canonical units.
    pub factor: f64,
    /// Degrees Fahrenheit, converted with an offset.
    pub fahrenheit: bool,
    /// The unit as the text wrote it, as the lexicon spells it (`miles`, `mi`, `acres`).
    pub written: &'static str,
}

impl UnitInfo {
    /// Converts a value in this unit to the canonical unit.
    pub fn to_canonical(&self, x: f64) -> f64 {
        if self.fahrenheit {
            (x - 32.0) * 5.0 / 9.0
        } else {
            x * self.factor
        }
    }

    /// Whether figures in this unit read differently in the canonical one (`40 miles` is
    /// not `64373.76 m`): extraction then keeps the value as written for the reports.
    pub fn is_converted(&self) -> bool {
        self.fahrenheit || self.factor != 1.0
    }

    /// Converts an interval (unbounded ends stay unbounded).
    pub fn convert(&self, iv: Interval) -> Interval {
        Interval {
            low: iv.low.map(|x| self.to_canonical(x)),
            high: iv.high.map(|x| self.to_canonical(x)),
            ..iv
        }
    }
}

/// The first token of a unit phrase: an alphanumeric run or one other character.
pub(crate) fn first_token(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, c)| if i == 0 { c.len_utf8() } else { i });
    &s[..end]
}

/// The unit that starts at token `i`, with the number of tokens it covers.
///
/// One-letter units (`m`, `c`, `f`) count only when glued to the figure (`5m`, `30C`).
pub fn unit_at(v: &View<'_>, i: usize) -> Option<(UnitInfo, usize)> {
    let lex = Lexicon::get();
    let tok = v.tokens.get(i)?;
    let entries = lex.units.get(v.w(i))?;
    let rest = &v.lower[tok.start..];
    for &(name, dimension, canonical, factor) in entries {
        if !rest.starts_with(name) {
            continue;
        }
        let end = tok.start + name.len();
        if v.lower[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        if name.len() == 1 && name != "%" && !v.glued(i) {
            continue;
        }
        let n = v.tokens[i..].iter().take_while(|t| t.end <= end).count();
        // Bare `degrees` are Fahrenheit: the US default, as most English-language local
        // news is American; `degrees Celsius` and `°C` say otherwise.
        let fahrenheit = dimension == Dimension::Temperature
            && (name.ends_with('f') || name == "fahrenheit" || name == "degrees");
        return Some((
            UnitInfo {
                dimension,
                canonical,
                factor,
                fahrenheit,
                written: name,
            },
            n.max(1),
        ));
    }
    None
}

/// Looks up a unit word on its own (`hours` → duration in seconds).
///
/// ```
/// let u = crosscheck::quantity::lookup_unit("hours").unwrap();
/// assert_eq!(u.to_canonical(2.0), 7200.0);
/// ```
pub fn lookup_unit(word: &str) -> Option<UnitInfo> {
    let lower = word.to_ascii_lowercase();
    let toks = crate::scan::tokenize(&lower);
    let v = View {
        text: &lower,
        lower: &lower,
        tokens: &toks,
        words: &crate::scan::token_words(&lower, &toks),
    };
    unit_at(&v, 0)
        .filter(|&(_, n)| n == toks.len())
        .map(|(u, _)| u)
}
