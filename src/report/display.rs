//! `Display` for the types a user prints: one line each, in the words of the reports.

use super::words::{clean, interval, plural};
use super::{GroupRecord, Report};
use crate::claim::{Claim, Modality};
use std::fmt;

impl fmt::Display for Modality {
    /// `asserted`, `projected`, `denied`, `hedged`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Claim {
    /// `"more than 80 people" = more than 80 (hedged) - says officials`, on one line with
    /// control characters escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" = {}",
            clean(&self.text),
            interval(&self.value, self.dimension, &self.unit)
        )?;
        if self.modality != Modality::Asserted {
            write!(f, " ({})", self.modality)?;
        }
        if let Some(a) = &self.attribution {
            write!(f, " - says {}", clean(a))?;
        }
        Ok(())
    }
}

impl fmt::Display for GroupRecord {
    /// `g1 length of meeting: conflict (2 claims, 2 independent sources)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}: {} ({}, {})",
            self.id,
            clean(&self.label),
            self.verdict,
            plural(self.claims.len(), "claim", "claims"),
            plural(
                self.independent_sources,
                "independent source",
                "independent sources"
            )
        )
    }
}

impl fmt::Display for Report {
    /// The [text report](super::text).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::text(self))
    }
}

#[cfg(test)]
mod tests {
    use crate::{extract, Document, Reconciler};

    #[test]
    fn claims_and_groups_print_in_words() {
        let c = extract("More than 80 people were killed, officials said.").remove(0);
        assert_eq!(
            c.to_string(),
            "\"More than 80 people\" = more than 80 - says officials"
        );
        let docs = [
            Document::new(
                "a",
                "The talks in Geneva lasted almost two hours, diplomats said.",
            ),
            Document::new("b", "The Geneva talks lasted about three hours."),
        ];
        let r = Reconciler::new().reconcile(&docs);
        let g = r.groups[0].to_string();
        assert!(
            g.starts_with("g1 ") && g.contains(": conflict (2 claims, "),
            "{g}"
        );
        assert!(r.to_string().starts_with("crosscheck: 2 documents"));
    }
}
