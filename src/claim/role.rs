//! What part a figure plays in its story's count: the total, a part of it, an addition
//! to it, a figure since replaced, or a figure for a period (`tests/data/real/CONVENTIONS.md`).

use super::figure::Figure;
use super::Role;
use crate::scan::{Sentence, View};

/// Words right before a figure that make it a part of a total (`including 30 children`).
const SUBSET_BEFORE: &[&str] = &["including", "includes", "include"];

/// Words after a figure that make it a part: `five of them`, `two of the victims`.
const SUBSET_OF: &[&str] = &["them", "whom", "those", "the", "these", "which"];

/// Words that add a figure to an earlier one: `eight more`, `a further 127`.
const INCREMENT_AFTER: &[&str] = &["more", "additional", "further", "new"];
const INCREMENT_BEFORE: &[&str] = &["further", "additional", "another"];

/// Nouns after `earlier`/`previous` that name a replaced figure (`an earlier toll of 42`).
const EARLIER_NOUNS: &[&str] = &[
    "toll", "figure", "count", "estimate", "tally", "total", "number",
];

/// The role of figure `f`; `periodic` is the context's reading of a period figure.
pub(crate) fn role(v: &View<'_>, s: &Sentence, f: &Figure, periodic: bool) -> Role {
    let prev = v.w(f.first.wrapping_sub(1));
    let prev2 = v.w(f.first.wrapping_sub(2));
    // `up from 42`, `down from 12`, `rose from 24 to 31`.
    if prev == "from"
        && matches!(
            prev2,
            "up" | "down"
                | "rose"
                | "risen"
                | "climbed"
                | "increased"
                | "jumped"
                | "fell"
                | "dropped"
        )
    {
        return Role::Earlier;
    }
    // `an earlier toll of 42`, `raising the previous figure of 42`.
    let lo = s.first.max(f.first.saturating_sub(4));
    if prev == "of"
        && (lo..f.first).any(|k| matches!(v.w(k), "earlier" | "previous" | "initial" | "former"))
        && EARLIER_NOUNS.contains(&prev2)
    {
        return Role::Earlier;
    }
    if INCREMENT_AFTER.contains(&v.w(f.last)) || INCREMENT_BEFORE.contains(&prev) {
        return Role::Increment;
    }
    if SUBSET_BEFORE.contains(&prev)
        || (v.w(f.last) == "of" && SUBSET_OF.contains(&v.w(f.last + 1)) && f.first == f.num_first)
    {
        return Role::Subset;
    }
    if periodic {
        return Role::Period;
    }
    Role::Total
}
