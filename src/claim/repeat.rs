//! Statements a page repeats: a gallery's caption under each of its photos, a headline
//! printed again above the story. Repeated, a statement is still one statement; counted
//! once per copy it would outweigh every other source of the story.

use super::{Claim, Role};
use std::collections::HashSet;

/// Words on each side of a figure that make its statement the same as an earlier one:
/// enough to tell `five people wounded Sunday` in two different sentences apart, few
/// enough that a gallery's numbered prefix (`Image 3 of 10`) falls outside.
const CONTEXT_WORDS: usize = 6;

/// Words a sentence needs before its repeat is the page's repetition rather than two
/// events told alike (`Two people were killed.` in a round-up of two shootings).
const MIN_SENTENCE_WORDS: usize = 10;

/// What makes a claim the same statement as another: its words and those around it, and
/// what was read of them (a figure read twice, as `6 shot` and as `6 injured`, is two
/// claims).
#[derive(PartialEq, Eq, Hash)]
struct Key<'a> {
    left: Vec<&'a str>,
    text: &'a str,
    right: Vec<&'a str>,
    subject: &'a str,
    role: Role,
    figure: u64,
}

/// The claims of one document (`original` its text), without those that repeat an earlier
/// claim word for word with the same words around it, and how many were dropped.
///
/// ```
/// let text = "Photo 1 of 3: Police at the scene where five people were shot Sunday. \
///             Photo 2 of 3: Police at the scene where five people were shot Sunday. \
///             Officials said five people were shot.";
/// let all = crosscheck::extract(text);
/// let n = all.len();
/// let (kept, dropped) = crosscheck::claim::drop_repeats(text, all);
/// // The second caption's `five people` goes; the statement in the last sentence stays.
/// assert_eq!((kept.len(), dropped), (n - 1, 1));
/// ```
pub fn drop_repeats(original: &str, claims: Vec<Claim>) -> (Vec<Claim>, usize) {
    let keep: Vec<bool> = {
        let mut seen: HashSet<Key<'_>> = HashSet::new();
        claims
            .iter()
            .map(|c| {
                let before = original
                    .get(c.sentence_span.start.min(c.span.start)..c.span.start)
                    .unwrap_or("");
                let after = original
                    .get(c.span.end..c.sentence_span.end.max(c.span.end))
                    .unwrap_or("");
                let mut left: Vec<&str> = before
                    .split_whitespace()
                    .rev()
                    .take(CONTEXT_WORDS)
                    .collect();
                left.reverse();
                let right: Vec<&str> = after.split_whitespace().take(CONTEXT_WORDS).collect();
                let long = c.sentence.split_whitespace().count() >= MIN_SENTENCE_WORDS;
                !long
                    || seen.insert(Key {
                        left,
                        text: &c.text,
                        right,
                        subject: &c.subject.label,
                        role: c.role,
                        figure: c.figure.to_bits(),
                    })
            })
            .collect()
    };
    let dropped = keep.iter().filter(|&&k| !k).count();
    let kept = claims
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    (kept, dropped)
}
