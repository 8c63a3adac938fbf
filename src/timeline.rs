//! Time: when each report was written, and figures that later reports updated.
//!
//! A toll that rises from one report to the next is news, not a contradiction: the later,
//! higher figure supersedes the earlier one. A pair of claims that cannot both hold is an
//! update when the higher one comes from a later report (by publication date, or by the
//! dateline's day when no year is given), or when its own sentence says the figure rose
//! (`rose to`, `has risen to`, `now`).

use crate::claim::Claim;
use crate::document::Document;

/// A day number for ordering reports: the publication date, else the dateline's month and
/// day (`JAKARTA, Jan 9 (Reuters)`), taken in the corpus year.
pub fn report_day(doc: &Document, corpus_year: Option<i32>) -> Option<i64> {
    if let Some(d) = doc.source.published {
        return Some(d.days());
    }
    let head: &str = doc.text.get(..doc.text.len().min(300)).unwrap_or(&doc.text);
    let line = head.lines().find(|l| !l.trim().is_empty())?;
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(12)
        .collect();
    for pair in words.windows(2) {
        if let (Some(m), Ok(d)) = (
            crate::document::month(pair[0]),
            pair[1]
                .trim_end_matches(|c: char| !c.is_ascii_digit())
                .parse::<u8>(),
        ) {
            if let Some(date) = crate::document::Date::new(corpus_year.unwrap_or(2000), m, d) {
                return Some(date.days());
            }
        }
    }
    None
}

/// Whether the claim's own sentence says the figure rose (see [`Claim::says_changed`]).
pub fn says_rising(c: &Claim) -> bool {
    c.says_changed()
}

/// Whether `higher` updates `lower` (both from one group, `lower` entirely below
/// `higher`): a later report, or one that says the figure rose.
pub fn is_update(
    lower: &Claim,
    lower_day: Option<i64>,
    higher: &Claim,
    higher_day: Option<i64>,
) -> bool {
    let below = match (lower.value.high, higher.value.low) {
        (Some(h), Some(l)) => h <= l,
        _ => false,
    };
    if !below {
        return false;
    }
    match (lower_day, higher_day) {
        // A later report updates with a figure; a word for an amount (`several of them
        // fatal`) is only less precise, and more often about something wider.
        (Some(a), Some(b)) if a != b => {
            b > a && higher.qualifier != crate::quantity::Qualifier::Vague
        }
        _ => says_rising(higher),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_higher_tolls_update_earlier_ones() {
        let a = Document::new(
            "a",
            "JAKARTA, Jan 9 (Reuters) - The quake killed at least 20 people.",
        );
        let b = Document::new(
            "b",
            "JAKARTA, Jan 11 (Reuters) - The quake killed 63 people.",
        );
        let (da, db) = (report_day(&a, None), report_day(&b, None));
        assert!(da.is_some() && db > da);
        let (ca, cb) = (&crate::extract(&a.text)[0], &crate::extract(&b.text)[0]);
        assert!(
            !is_update(ca, da, cb, db),
            "20 or more allows 63: not a conflict to explain"
        );
        let c = &crate::extract("The quake killed 20 people.")[0];
        assert!(is_update(c, da, cb, db));
        assert!(
            !is_update(c, db, cb, da),
            "an earlier report with a higher toll is a conflict"
        );
        let rising = &crate::extract("The toll has risen to 63, officials said.")[0];
        assert!(is_update(c, None, rising, None));
        let vague = &crate::extract("Dozens of people were killed in the quake.")[0];
        assert!(
            !is_update(c, da, vague, db),
            "a later word for an amount is less precise, not newer"
        );
    }
}
