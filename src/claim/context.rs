//! The context of a figure: names and events of its sentence, who says it, how firmly.

use super::figure::Figure;
use super::Modality;
use crate::quantity::lexicon::{en, Lexicon};
use crate::quantity::Dimension;
use crate::scan::{Sentence, TokenKind, View};

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "or",
    "mr",
    "mrs",
    "ms",
    "dr",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "our",
    "its",
    "after",
    "before",
    "as",
    "if",
    "when",
    "while",
    "some",
    "many",
    "more",
    "most",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "president",
    "minister",
    "secretary",
    "foreign",
    "prime",
    "state",
    "chief",
    "general",
    "senior",
    "deputy",
    "former",
    "top",
    "officials",
    "official",
    "there",
    "what",
    "who",
    "why",
    "how",
    "where",
    "only",
    "still",
    "also",
    "even",
    "despite",
    "until",
    "since",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "about",
    "over",
    "under",
    "no",
    "not",
    "yes",
    "so",
    "than",
    "then",
    "now",
    "both",
    "all",
    "each",
    "every",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "photo",
    "credit",
    "file",
    "reporting",
    "editing",
    "said",
    "says",
];

/// Names of a sentence: runs of capitalised words (`Khan Sheikhun`), as written.
pub(crate) fn names(v: &View<'_>, s: &Sentence) -> Vec<String> {
    let lex = Lexicon::get();
    let mut out: Vec<String> = Vec::new();
    let mut k = s.first;
    while k < s.last {
        let is_name = |k: usize| {
            v.is_word(k)
                && v.is_capitalized(k)
                && !NOT_NAMES.contains(&v.w(k))
                && !lex.months.contains(v.w(k))
        };
        if !is_name(k) {
            k += 1;
            continue;
        }
        let start = v.tokens[k].start;
        let mut end = v.tokens[k].end;
        let mut j = k + 1;
        // Join `Khan Sheikhun`, `al-Shairat`, `Bashar al-Assad`.
        while j < s.last {
            if is_name(j) {
                end = v.tokens[j].end;
                j += 1;
            } else if v.w(j) == "-" && v.glued(j) && v.glued(j + 1) && v.is_word(j + 1) {
                end = v.tokens[j + 1].end;
                j += 2;
            } else if matches!(v.w(j), "al" | "el" | "bin" | "de" | "van" | "von") && is_name(j + 1)
            {
                j += 1;
            } else {
                break;
            }
        }
        let name = &v.text[start..end];
        // A lone capitalised first word is usually just the start of the sentence.
        if !(k == s.first && j == k + 1) && name.len() > 1 && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
        k = j;
    }
    out
}

/// The event words of a sentence: token index and event class, in text order. Computed
/// once per sentence (it stems every word), then ordered for each figure by [`events`].
pub(crate) fn sentence_events(v: &View<'_>, s: &Sentence) -> Vec<(usize, &'static str)> {
    let lex = Lexicon::get();
    (s.first..s.last)
        .filter(|&k| v.is_word(k))
        .filter_map(|k| lex.event(v.w(k)).map(|e| (k, e)))
        .collect()
}

/// Event classes of the sentence (from [`sentence_events`]), nearest to the figure first.
pub(crate) fn events(sentence_events: &[(usize, &'static str)], f: &Figure) -> Vec<String> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    for &(k, e) in sentence_events {
        if (f.first..f.last).contains(&k) {
            continue;
        }
        let d = if k < f.first {
            f.first - k
        } else {
            k - f.last + 1
        };
        found.push((d, e));
    }
    found.sort_by_key(|x| x.0);
    let mut out: Vec<String> = Vec::new();
    for (_, e) in found {
        if !out.iter().any(|x| x == e) {
            out.push(e.to_string());
        }
    }
    out
}

/// Years the sentence mentions (four-digit numbers that are not amounts).
pub(crate) fn years(v: &View<'_>, s: &Sentence, claims: &[Figure]) -> Vec<i32> {
    let mut out = Vec::new();
    for k in s.first..s.last {
        let raw = v.raw(k);
        if v.kind(k) == Some(TokenKind::Digits)
            && raw.len() == 4
            && !claims.iter().any(|f| (f.first..f.last).contains(&k))
        {
            if let Ok(y) = raw.parse::<i32>() {
                if (1800..=2100).contains(&y) && !out.contains(&y) {
                    out.push(y);
                }
            }
        }
    }
    out
}

/// Whether a sentence holds a running-total phrase (`in total`, `since`, `so far`);
/// computed once per sentence for [`cumulative`].
pub(crate) fn cumulative_phrase(v: &View<'_>, s: &Sentence) -> bool {
    en::CUMULATIVE
        .iter()
        .any(|c| (s.first..s.last).any(|k| v.phrase_at(k, c).is_some()))
}

/// Whether a count is a running total: `in six years`, `since 2011`, `in total`
/// (`phrase`: the sentence's [`cumulative_phrase`]).
pub(crate) fn cumulative(v: &View<'_>, phrase: bool, f: &Figure, all: &[Figure]) -> bool {
    if f.dimension() != Dimension::Count {
        return false;
    }
    let span_of_time = all.iter().any(|g| {
        g.first != f.first
            && g.dimension() == Dimension::Duration
            && g.value
                .low
                .zip(g.unit)
                .is_some_and(|(l, u)| u.to_canonical(l) >= 2_000_000.0)
            && matches!(
                v.w(g.first.wrapping_sub(1)),
                "in" | "over" | "during" | "for" | "across" | "past" | "last"
            )
    });
    span_of_time || phrase
}

/// Words that can head a speaker phrase without a capital.
const SPEAKER_NOUNS: &[&str] = &[
    "police",
    "officials",
    "official",
    "authorities",
    "ministry",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "agency",
    "government",
    "army",
    "military",
    "witnesses",
    "sources",
    "residents",
    "report",
    "media",
    "doctors",
    "medics",
    "rescuers",
    "organisers",
    "organizers",
    "statement",
    "company",
    "analysts",
    "experts",
    "observatory",
    "monitor",
    "group",
    "he",
    "she",
    "they",
    "it",
    "officers",
    "investigators",
    "prosecutors",
    "court",
    "council",
    "board",
];

/// Who the sentence says states its figures; `last_speaker` resolves `he said`.
pub(crate) fn attribution(
    v: &View<'_>,
    s: &Sentence,
    last_speaker: &Option<String>,
) -> Option<String> {
    let lex = Lexicon::get();
    for k in s.first..s.last {
        let w = v.w(k);
        if w == "according" && v.w(k + 1) == "to" {
            return speaker_after(v, s, k + 2).or_else(|| last_speaker.clone());
        }
        if !lex.speech.contains(w) || w == "according" || !v.is_word(k) {
            continue;
        }
        // `X said`: the phrase before the verb.
        if let Some(sp) = speaker_before(v, s, k) {
            return resolve(sp, last_speaker);
        }
        // `said X,`: the phrase after.
        if let Some(sp) = speaker_after(v, s, k + 1) {
            return resolve(sp, last_speaker);
        }
    }
    None
}

fn resolve(sp: String, last: &Option<String>) -> Option<String> {
    match sp.as_str() {
        "he" | "she" | "they" | "it" => last.clone().or(Some(sp)),
        _ => Some(sp),
    }
}

fn speaker_before(v: &View<'_>, s: &Sentence, verb: usize) -> Option<String> {
    let mut k = verb;
    // Skip an appositive: `R.C. Hammond, a senior aide, said`.
    if k > s.first + 1 && v.w(k - 1) == "," {
        let mut j = k - 1;
        let mut guard = 0;
        while j > s.first && guard < 8 {
            j -= 1;
            guard += 1;
            if v.w(j) == "," {
                k = j;
                break;
            }
        }
        if k == verb {
            return None;
        }
    }
    let end = k;
    let mut start = end;
    while start > s.first {
        let j = start - 1;
        let w = v.w(j);
        let capital = v.is_word(j) && v.is_capitalized(j) && !NOT_NAMES[..4].contains(&w);
        if capital
            || (SPEAKER_NOUNS.contains(&w) && start == end)
            || (w == "-" && v.glued(j) && v.glued(j + 1))
        {
            start = j;
            if SPEAKER_NOUNS.contains(&w) && !v.is_capitalized(j) {
                break;
            }
        } else {
            break;
        }
    }
    if start == end {
        return None;
    }
    let phrase = &v.text[v.tokens[start].start..v.tokens[end - 1].end];
    let lower = phrase.to_ascii_lowercase();
    if matches!(lower.as_str(), "he" | "she" | "they" | "it") {
        return Some(lower);
    }
    Some(phrase.to_string())
}

fn speaker_after(v: &View<'_>, s: &Sentence, from: usize) -> Option<String> {
    let mut k = from;
    while k < s.last && matches!(v.w(k), "the" | "a" | "an") {
        k += 1;
    }
    let start = k;
    while k < s.last
        && (v.is_word(k)
            && (v.is_capitalized(k)
                || SPEAKER_NOUNS.contains(&v.w(k))
                || matches!(v.w(k), "of" | "al")))
    {
        k += 1;
    }
    while k > start && matches!(v.w(k - 1), "of" | "al") {
        k -= 1;
    }
    (k > start).then(|| v.text[v.tokens[start].start..v.tokens[k - 1].end].to_string())
}

/// How firmly the figure is stated, from words in its clause.
pub(crate) fn modality(v: &View<'_>, s: &Sentence, f: &Figure, head: Option<usize>) -> Modality {
    // Denied: `3,000 people did not die`, `not 200 as reported`.
    let after = head.map_or(f.last, |h| h + 1);
    let neg_after = (after..s.last.min(after + 3)).any(|k| {
        matches!(
            v.w(k),
            "not" | "never" | "didn't" | "weren't" | "wasn't" | "n't"
        )
    });
    let neg_before = f.first > s.first && matches!(v.w(f.first - 1), "not" | "never");
    if neg_after || neg_before {
        return Modality::Denied;
    }
    // Look back through the clause, at most eight words.
    let lo = s.first.max(f.first.saturating_sub(8));
    let mut k = f.first;
    while k > lo {
        k -= 1;
        let w = v.w(k);
        if matches!(w, ";" | ":" | "\"") || (w == "," && k + 1 < f.first && v.w(k + 1) != "up") {
            break;
        }
        if matches!(
            w,
            "expected"
                | "forecast"
                | "projected"
                | "predicted"
                | "will"
                | "set"
                | "poised"
                | "likely"
                | "anticipated"
                | "feared"
                | "fears"
                | "could"
                | "may"
                | "might"
                | "possibly"
                | "perhaps"
                | "reportedly"
                | "allegedly"
                | "potentially"
                | "unconfirmed"
        ) {
            return match w {
                "could"
                    if v.w(k + 1) == "rise" || v.w(k + 1) == "reach" || v.w(k + 1) == "climb" =>
                {
                    Modality::Projected
                }
                "could" | "may" | "might" | "possibly" | "perhaps" | "reportedly" | "allegedly"
                | "potentially" | "unconfirmed" => Modality::Hedged,
                "set" if v.w(k + 1) != "to" => continue,
                _ => Modality::Projected,
            };
        }
    }
    Modality::Asserted
}
