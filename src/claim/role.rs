//! What part a figure plays in its story's count: the total, a part of it, an addition
//! to it, a figure since replaced, or a figure for a period (`tests/data/real/CONVENTIONS.md`).

use super::figure::Figure;
use super::Role;
use crate::scan::{Sentence, View};

/// Words shortly before a figure that make it a part of a total (`including 30 children`).
const SUBSET_BEFORE: &[&str] = &["including", "includes", "include"];

/// Words for a patient's condition: `two in critical condition`, `one critically`, with no
/// noun of their own, count a part of the wounded.
const CONDITIONS: &[&str] = &["critical", "serious", "stable", "fair", "grave", "good"];
const CONDITION_ADVERBS: &[&str] = &["critically", "seriously", "gravely"];

/// Verbs between people and their condition (`two are in critical condition`).
const CONDITION_VERBS: &[&str] = &["are", "were", "is", "was", "remain", "remains", "remained"];

/// How many words after a figure its people's condition may begin (`one woman was in
/// critical condition`).
const CONDITION_REACH: usize = 4;

/// Whether the words after figure `f` tell its people's condition and nothing else of
/// them (`one woman was in critical condition`, `two victims are critically wounded`):
/// after an earlier sentence's count of the wounded, such a figure picks a part of them.
pub(crate) fn tells_condition(v: &View<'_>, s: &Sentence, f: &Figure) -> bool {
    let end = s.last.min(f.last + CONDITION_REACH);
    for k in f.last..end {
        let w = v.w(k);
        if CONDITION_ADVERBS.contains(&w) {
            return true;
        }
        if CONDITION_VERBS.contains(&w) {
            return CONDITION_ADVERBS.contains(&v.w(k + 1)) || in_condition(v, k + 1);
        }
        if !v.is_word(k) || matches!(w, "and" | "or" | "who" | "which" | "that") {
            return false;
        }
    }
    false
}

/// Whether token `k` starts a condition: `in critical condition`.
fn in_condition(v: &View<'_>, k: usize) -> bool {
    v.w(k) == "in" && CONDITIONS.contains(&v.w(k + 1))
}

/// How many words before a figure [`SUBSET_BEFORE`] or `among` may stand (`including
/// at least 30 children`, `among the dead were two`).
const SUBSET_REACH: usize = 4;

/// Words after a figure that make it a part: `five of them`, `two of the victims`.
const SUBSET_OF: &[&str] = &["them", "whom", "those", "the", "these", "which"];

/// Words between `of` and the people a part is taken from (`two of the victims`, `one of
/// his friends`): they name the part's people, though only [`SUBSET_OF`] makes it a part.
pub(crate) const PART_DETERMINERS: &[&str] = &["the", "those", "these", "his", "her", "their"];

/// Words that add a figure to an earlier one: `eight more`, `a further 127`, `no one else`.
const INCREMENT_AFTER: &[&str] = &["more", "additional", "further", "else"];
const INCREMENT_BEFORE: &[&str] = &["further", "additional", "another"];

/// How many words before a figure `initially` or `originally` may stand.
const EARLIER_REACH: usize = 8;

/// Nouns after `earlier`/`previous` that name a replaced figure (`an earlier toll of 42`).
const EARLIER_NOUNS: &[&str] = &[
    "toll", "figure", "count", "estimate", "tally", "total", "number",
];

/// Whether figure `f` counts a part of a total given elsewhere: `including 30 children`,
/// `among them two women`, `five of them`, `two women among the dead`.
fn is_subset(v: &View<'_>, s: &Sentence, f: &Figure, whole_before: bool) -> bool {
    let lo = s.first.max(f.first.saturating_sub(SUBSET_REACH));
    if (lo..f.first).any(|k| SUBSET_BEFORE.contains(&v.w(k))) {
        return true;
    }
    // `among them two women`; `among the dead were two children` (but `among the 20
    // victims` names the whole).
    let prev = v.w(f.first.wrapping_sub(1));
    if v.w(f.first.wrapping_sub(2)) == "among" && matches!(prev, "them" | "whom") {
        return true;
    }
    if matches!(prev, "were" | "was" | "are") && (lo..f.first).any(|k| v.w(k) == "among") {
        return true;
    }
    let after = v.w(f.last);
    // `two critically`, `the three most seriously injured`.
    let adverb = if matches!(after, "most" | "more") {
        v.w(f.last + 1)
    } else {
        after
    };
    // `two in critical condition`, `two are in critical condition`.
    let condition_at = if CONDITION_VERBS.contains(&after) {
        f.last + 1
    } else {
        f.last
    };
    // A condition picks a part out of a count told before it (`five hurt, two critically`);
    // the first count of a sentence (`a boy critically wounded`) or one more person
    // (`three killed and another critically injured`) is a total of its own.
    let graded = in_condition(v, condition_at) || CONDITION_ADVERBS.contains(&adverb);
    // `the three most seriously injured` are a part by the superlative itself.
    let superlative = matches!(after, "most" | "more");
    if graded && (whole_before || superlative) && v.w(f.first) != "another" {
        return true;
    }
    // `five of them`, or after the counted noun: `two women among the dead` (not `two of his
    // children`, who may be all the victims: `fatally shot two of his children`).
    (f.last..(f.last + 2).min(s.last)).any(|k| {
        // (`178 of 369 punches`, `two of three victims`: a number names the whole.)
        let whole_number = || {
            crate::quantity::parse_number_at(v, k + 1, false).is_some_and(|m| {
                matches!(
                    m.kind,
                    crate::quantity::NumberKind::Digits | crate::quantity::NumberKind::Words
                )
            })
        };
        (v.w(k) == "of"
            && (SUBSET_OF.contains(&v.w(k + 1)) || whole_number())
            && f.first == f.num_first)
            || v.w(k) == "among"
            || (v.w(k) == "were" && v.w(k + 1) == "among")
    })
}

/// Most tokens between a count's apposition comma and a part it lists (`The three other
/// victims, two females, 28 and 27, and one male`).
const BREAKDOWN_REACH: usize = 12;

/// Words that end an apposition: the clause's verb has begun.
const CLAUSE_VERBS: &[&str] = &[
    "was", "were", "is", "are", "had", "have", "has", "who", "which", "that",
];

/// Words that start a clause of its own after a comma, not a list of parts.
const APPOSITION_BREAKS: &[&str] = &["while", "but", "also", "later", "when", "as", "then"];

/// Whether `f` is one of the parts an apposition lists after a count of people: `The three
/// other victims, two females, 28 and 27, and one male, 24, were transported`. The count
/// before the comma is the whole; the apposition only breaks it down.
fn in_breakdown(v: &View<'_>, f: &Figure, all: &[Figure]) -> bool {
    let lex = crate::quantity::lexicon::Lexicon::get();
    // (Only the figures just before can hold the comma; sentences are capped in tokens, so
    // the scan over `all` stays short.)
    let near = f.first.saturating_sub(BREAKDOWN_REACH + 4);
    all.iter().any(|g| {
        if g.last > f.first || g.last < near || g.dimension() != crate::quantity::Dimension::Count {
            return false;
        }
        // The whole's noun phrase: a few words ending in a plural noun of people, then a comma.
        let Some(comma) = (g.last..f.first.min(g.last + 4)).find(|&k| v.w(k) == ",") else {
            return false;
        };
        let noun = v.w(comma.wrapping_sub(1));
        let people = comma > g.last
            && (g.last..comma).all(|k| v.is_word(k))
            && noun.len() > 2
            && (noun.ends_with('s') || matches!(noun, "people" | "men" | "women" | "children"))
            && super::implicit::is_person(noun, lex);
        // The apposition starts with a count right after the comma (`victims, two
        // females`), not a clause (`12 soldiers, while 3 civilians also died`).
        let listed = all.iter().any(|h| h.first == comma + 1);
        people
            && listed
            && f.first - comma <= BREAKDOWN_REACH
            && (comma + 1..f.first).all(|k| {
                let w = v.w(k);
                !CLAUSE_VERBS.contains(&w)
                    && !APPOSITION_BREAKS.contains(&w)
                    && !w.ends_with("ed")
                    && w != ":"
                    && w != ";"
            })
    })
}

/// The role of figure `f`; `periodic` is the context's reading of a period figure.
pub(crate) fn role(v: &View<'_>, s: &Sentence, f: &Figure, all: &[Figure], periodic: bool) -> Role {
    let prev = v.w(f.first.wrapping_sub(1));
    let prev2 = v.w(f.first.wrapping_sub(2));
    // `up from 42`, `down from 12`, `rose from 24 to 31`, `was revised Saturday from eight
    // to six` (a day may stand between the verb and `from`).
    let verb = if crate::quantity::lexicon::Lexicon::get().is_calendar_word(prev2) {
        v.w(f.first.wrapping_sub(3))
    } else {
        prev2
    };
    if prev == "from"
        && matches!(
            verb,
            "up" | "down"
                | "rose"
                | "risen"
                | "climbed"
                | "increased"
                | "jumped"
                | "fell"
                | "dropped"
                | "revised"
                | "lowered"
                | "raised"
                | "corrected"
                | "reduced"
        )
    {
        return Role::Earlier;
    }
    // `Originally, reports said that eight teens were injured, but ...`, `police initially
    // said three`: what was said first, in the figure's clause.
    let reach = s.first.max(f.first.saturating_sub(EARLIER_REACH));
    let clause_start = (reach..f.first)
        .rev()
        .find(|&k| matches!(v.w(k), ";" | "but" | "now" | "later"))
        .map_or(reach, |k| k + 1);
    if (clause_start..f.first).any(|k| matches!(v.w(k), "originally" | "initially")) {
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
    // `no other injuries`, `no further deaths`: none beyond those told.
    let none_more = v.w(f.first) == "no" && matches!(v.w(f.first + 1), "other" | "further");
    if INCREMENT_AFTER.contains(&v.w(f.last)) || INCREMENT_BEFORE.contains(&prev) || none_more {
        return Role::Increment;
    }
    let whole_before = all
        .iter()
        .any(|g| g.last <= f.first && g.dimension() == crate::quantity::Dimension::Count);
    if is_subset(v, s, f, whole_before) || in_breakdown(v, f, all) {
        return Role::Subset;
    }
    // `127 new cases` arose within some period (a week, a day): a period's count, which
    // the total of the outbreak is not and the count of the same week is.
    // (`Two New York firefighters` are people of a place.)
    let new = v.w(f.last) == "new"
        && super::subject::noun_after_name(v, s, f.last, crate::quantity::lexicon::Lexicon::get())
            .is_none();
    if periodic || new {
        return Role::Period;
    }
    Role::Total
}

#[cfg(test)]
mod tests {
    use crate::claim::Role;

    fn role_of(text: &str, figure: f64) -> Role {
        let claims = crate::extract(text);
        let c = claims.iter().find(|c| c.figure == figure);
        c.unwrap_or_else(|| panic!("{figure} in {text}: {claims:#?}"))
            .role
    }

    #[test]
    fn what_was_said_first_is_the_earlier_figure() {
        let t = "Originally, reports said that eight teens were injured, but officials said \
                 that number is actually 10.";
        assert_eq!(role_of(t, 8.0), Role::Earlier);
        assert_eq!(role_of(t, 10.0), Role::Total);
        let t = "Police initially said two people were killed, but later said three.";
        assert_eq!(role_of(t, 2.0), Role::Earlier);
        assert_eq!(role_of("Two people were killed.", 2.0), Role::Total);
    }

    #[test]
    fn a_revised_figure_is_the_earlier_one() {
        let t = "The number of injured was revised Saturday from eight to six.";
        assert_eq!(role_of(t, 8.0), Role::Earlier);
        assert_eq!(role_of(t, 6.0), Role::Total);
    }

    #[test]
    fn parts_are_told_by_the_words_around_them() {
        assert_eq!(
            role_of("Nine people died, among them two women.", 2.0),
            Role::Subset
        );
        assert_eq!(
            role_of("Among the dead were two children.", 2.0),
            Role::Subset
        );
        assert_eq!(
            role_of("Two women were among the nine killed.", 2.0),
            Role::Subset
        );
        assert_eq!(
            role_of("The blast killed 40, including 12 children.", 12.0),
            Role::Subset
        );
        assert_eq!(
            role_of("Doctors treated the three most seriously injured.", 3.0),
            Role::Subset
        );
        // A condition picks a part only out of a count told before it.
        assert_eq!(
            role_of("Five people were hurt, two of them critically.", 2.0),
            Role::Subset
        );
        assert_eq!(
            role_of(
                "Three people were shot, and two are in critical condition.",
                2.0
            ),
            Role::Subset
        );
        assert_eq!(
            role_of("A 12-year-old boy remained in critical condition.", 1.0),
            Role::Total
        );
        assert_eq!(
            role_of(
                "Three people were killed and another critically injured.",
                1.0
            ),
            Role::Total
        );
        // A part of a count told in the sentence before, with a fate of its own, is the
        // total of that fate.
        assert_eq!(
            role_of(
                "Four people were shot on Main Street. Two of them died.",
                2.0
            ),
            Role::Total
        );
        assert_eq!(
            role_of(
                "Four people were killed on Main Street. Two of them were women.",
                2.0
            ),
            Role::Subset
        );
        // More of the same fate are added; more of another fate are that fate's total.
        assert_eq!(
            role_of("Three people were killed on Friday and two more died.", 2.0),
            Role::Increment
        );
        assert_eq!(
            role_of(
                "One person is dead and at least 14 more were injured.",
                14.0
            ),
            Role::Total
        );
        assert_eq!(role_of("No one else was injured.", 0.0), Role::Increment);
        // New cases arose within a period.
        assert_eq!(
            role_of("Health officials reported 127 new measles cases.", 127.0),
            Role::Period
        );
        // The whole, named after `among`, is no part.
        assert_eq!(
            role_of("Among the 20 people killed were three children.", 20.0),
            Role::Total
        );
        assert_eq!(
            role_of("Eight more bodies were found on Monday.", 8.0),
            Role::Increment
        );
    }
}
