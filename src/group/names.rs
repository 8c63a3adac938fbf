//! Names across outlets: folding and fuzzy matching of spelling variants.

use itertools::Itertools;

/// Folds a name for comparison: lowercase ASCII letters, `al-`/`el-` articles and
/// possessives dropped, so `al-Qaida` and `Qaida`, `Gaddafi's` and `Gaddafi` compare equal.
///
/// ```
/// assert_eq!(crosscheck::group::fold_name("al-Qaida"), "qaida");
/// assert_eq!(crosscheck::group::fold_name("Gaddafi's"), "gaddafi");
/// ```
pub fn fold_name(name: &str) -> String {
    let lower = crate::normalize::fold_for_matching(name);
    let mut words: Vec<String> = Vec::new();
    for w in lower.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_end_matches("'s").trim_end_matches('\'');
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if w.is_empty() || is_article(&w) {
            continue;
        }
        words.push(w);
    }
    words.join(" ")
}

/// Whether two names are spelling variants of one another (`Kharkiv` ~
/// `Kharkov`), by Jaro-Winkler similarity of their folded forms, or one holding the
/// other as a word (`Gaddafi` ~ `Muammar al-Gaddafi`).
///
/// ```
/// use crosscheck::group::names_match;
/// assert!(names_match("Kharkiv", "Kharkov", 0.88));
/// assert!(names_match("Gaddafi", "al-Qaddafi", 0.88));
/// assert!(!names_match("Lisbon", "Nairobi", 0.88));
/// ```
pub fn names_match(a: &str, b: &str, threshold: f64) -> bool {
    folded_match(&folded_parts(a), &folded_parts(b), threshold)
}

/// [`names_match`] on folded names.
fn folded_match(pa: &Folded, pb: &Folded, threshold: f64) -> bool {
    let (fa, fb) = (&*pa.all, &*pb.all);
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    // One holding the other's telling words (`Gaddafi` in `Muammar Gaddafi`; a generic
    // word such as `authority` or `provincial` shared by two names is not one).
    if holds(fa, fb) {
        return true;
    }
    // Jaro-Winkler is quadratic in the length: a run of capitalised words or one endless
    // capitalised token from scraped text is no name to spell differently.
    if fa.len() > MAX_FUZZY_NAME_BYTES || fb.len() > MAX_FUZZY_NAME_BYTES {
        return false;
    }
    // Spelling is compared on the telling words only: a long shared tail such as
    // `Provincial Emergency Service` makes any two agencies look alike letter by letter.
    let (ta, tb) = if pa.telling.is_empty() || pb.telling.is_empty() {
        (fa, fb)
    } else {
        (&*pa.telling, &*pb.telling)
    };
    // Short names are told apart by one letter (`Iran`, `Iraq`; `Teland`, `Deland`):
    // they must also be transliterations of one another, with one consonant skeleton.
    if ta.len().min(tb.len()) < MIN_SPELLING_BYTES && pa.skeleton != pb.skeleton {
        return false;
    }
    ta.len().abs_diff(tb.len()) <= 3
        && jaro_winkler_bound(ta, tb) >= threshold
        && strsim::jaro_winkler(ta, tb) >= threshold
}

/// Shortest name (telling words) compared by Jaro-Winkler similarity alone.
const MIN_SPELLING_BYTES: usize = 8;

/// The words of a folded name that are not generic, joined by spaces.
fn telling_words(folded: &str) -> String {
    folded
        .split(' ')
        .filter(|w| !is_generic_word(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two folded names are the same (`al-Qaida`, `Qaida`), or one holds the other's
/// telling words (`Gaddafi`, `Muammar Gaddafi`): no spelling variation allowed.
fn folded_same(pa: &Folded, pb: &Folded) -> bool {
    !pa.all.is_empty() && (pa.all == pb.all || holds(&pa.all, &pb.all))
}

/// Whether one folded name holds every telling word of the other, with fewer words.
fn holds(fa: &str, fb: &str) -> bool {
    let words = |f: &str| f.bytes().filter(|&c| c == b' ').count() + 1;
    if words(fa) == words(fb) {
        return false;
    }
    let (short, long) = if words(fa) < words(fb) {
        (fa, fb)
    } else {
        (fb, fa)
    };
    let mut telling = short
        .split(' ')
        .filter(|w| w.len() > 3 && !is_generic_word(w))
        .peekable();
    telling.peek().is_some() && telling.all(|w| long.split(' ').any(|v| v == w))
}

/// Words of institutional and place names that many unrelated names share.
const GENERIC_NAME_WORDS: &[&str] = &[
    "authority",
    "board",
    "bureau",
    "directorate",
    "administration",
    "centre",
    "center",
    "secretariat",
    "agency",
    "ministry",
    "council",
    "department",
    "service",
    "services",
    "office",
    "committee",
    "commission",
    "union",
    "association",
    "police",
    "protection",
    "civil",
    "national",
    "international",
    "relief",
    "cross",
    "united",
    "nations",
    "world",
    "news",
    "home",
    "state",
    "states",
    "city",
    "county",
    "district",
    "province",
    "provincial",
    "regional",
    "municipal",
    "metropolitan",
    "local",
    "region",
    "republic",
    "government",
    "party",
    "group",
    "company",
    "industries",
    "holdings",
    "inc",
    "ltd",
    "plc",
    "corp",
    "airlines",
    "airways",
    "motors",
    "partners",
    "capital",
    "energy",
    "systems",
    "technologies",
    "international",
    "corporation",
    "bank",
    "university",
    "hospital",
    "school",
    "airport",
    "port",
    "river",
    "lake",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "great",
    "saint",
    "upper",
    "lower",
    "new",
    "old",
    "little",
    "greater",
    "san",
    "santa",
    "nova",
    "novo",
    "bel",
    "fort",
    "mount",
    "general",
    "army",
    "force",
    "forces",
    "navy",
    "guard",
    "front",
    "movement",
    "court",
    "supreme",
    "federal",
    "royal",
    "public",
    "health",
    "emergency",
    "disaster",
    "management",
    "fire",
    "rescue",
    "organization",
    "organisation",
    "institute",
    "foundation",
    "society",
    "times",
    "post",
    "daily",
    "press",
    "herald",
    "gazette",
    "tribune",
    "courier",
    "observer",
    "chronicle",
    "journal",
    "examiner",
    "ledger",
    "sentinel",
    "dispatch",
    "review",
    "online",
    "star",
    "mail",
    "express",
    "telegraph",
    "guardian",
    "independent",
    "globe",
];

/// An upper bound of `strsim::jaro_winkler(a, b)` from letter counts alone, so most
/// unrelated names are rejected without the full computation. Jaro's matches are at most
/// the characters the two names share, its transposition term at most 1, and the Winkler
/// boost (only above 0.7) at most 0.4 of the remainder.
fn jaro_winkler_bound(a: &str, b: &str) -> f64 {
    if !a.is_ascii() || !b.is_ascii() || a.is_empty() || b.is_empty() {
        return 1.0;
    }
    let slot = |c: u8| match c {
        b'a'..=b'z' => (c - b'a') as usize,
        b'0'..=b'9' => 26 + (c - b'0') as usize,
        b' ' => 36,
        _ => 37,
    };
    let (mut ca, mut cb) = ([0u32; 38], [0u32; 38]);
    for &c in a.as_bytes() {
        ca[slot(c)] += 1;
    }
    for &c in b.as_bytes() {
        cb[slot(c)] += 1;
    }
    // Characters in the catch-all slot may differ; count them as shared (a looser bound).
    let shared: u32 = (0..37).map(|k| ca[k].min(cb[k])).sum::<u32>() + ca[37].max(cb[37]);
    if shared == 0 {
        return 0.0;
    }
    let m = f64::from(shared);
    let sim = ((m / a.len() as f64 + m / b.len() as f64 + 1.0) / 3.0).min(1.0);
    let jw = if sim > 0.7 {
        sim + 0.4 * (1.0 - sim)
    } else {
        sim
    };
    jw + 1e-9
}

/// A name folded for comparison, and its telling words (see [`telling_words`]).
#[derive(Debug, Clone)]
struct Folded {
    all: Box<str>,
    telling: Box<str>,
    /// The [`skeleton`] of each telling word (of every word if none is telling).
    skeleton: Box<str>,
}

thread_local! {
    /// Folded forms of the names seen on this thread: grouping and labelling compare the
    /// same few thousand names millions of times, and folding allocates.
    static FOLDED: std::cell::RefCell<std::collections::HashMap<Box<str>, std::rc::Rc<Folded>>> =
        Default::default();
}

/// [`fold_name`] with its telling words, remembered (at most 2^16 names per thread, then
/// forgotten).
fn folded_parts(name: &str) -> std::rc::Rc<Folded> {
    FOLDED.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(f) = m.get(name) {
            return f.clone();
        }
        if m.len() >= 1 << 16 {
            m.clear();
        }
        let all = fold_name(name);
        let telling = telling_words(&all);
        let words = if telling.is_empty() { &all } else { &telling };
        let skeleton = words.split(' ').map(skeleton).join(" ");
        let f = std::rc::Rc::new(Folded {
            all: all.into(),
            telling: telling.into(),
            skeleton: skeleton.into(),
        });
        m.insert(name.into(), f.clone());
        f
    })
}

/// Longest folded name compared by spelling (real names are far shorter); longer ones
/// match only when equal or when one holds the other as a word.
const MAX_FUZZY_NAME_BYTES: usize = 100;

/// The consonants of a word as transliterations vary them least: vowels, `y`, `w`, `h`
/// and apostrophes dropped, `c`/`g`/`q` read as `k`, `f` as `v`, `z` as `s`, doubled
/// letters once (`Qaddafi` -> `kdv`, `Gadafi` -> `kdv`).
pub fn skeleton(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let c = match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'h' | '\'' => continue,
            'c' | 'g' | 'q' => 'k',
            'f' => 'v',
            'z' => 's',
            c if c.is_alphanumeric() => c,
            _ => continue,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Capitalised words that say nothing about which event a story is about.
const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "on",
    "at",
    "but",
    "and",
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "minister",
    "ministry",
    "secretary",
    "police",
    "government",
    "officials",
    "official",
    "reporting",
    "editing",
    "photo",
    "credit",
    "file",
    "update",
    "updated",
    "breaking",
    "news",
    "read",
    "more",
    "advertisement",
    "share",
    "comments",
    "click",
    "subscribe",
    "follow",
    "related",
    "email",
    "print",
    "twitter",
    "facebook",
    "whatsapp",
    "linkedin",
    "instagram",
    "newsletter",
    "newsletters",
    "sign",
    "home",
    "world",
    "sport",
    "sports",
    "business",
    "opinion",
];

/// The distinctive names of a text, folded and sorted: capitalised words that do not
/// start a sentence, and all-capital dateline words (`DHAKA (Reuters) -`), without wire
/// agencies, outlets, months, weekdays and titles. What the story is about.
pub fn document_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Navigation bars (`Home | World | Sport`) name sections, not the story.
    for line in text.lines().filter(|l| l.matches('|').count() < 2) {
        let mut sentence_start = true;
        for (wi, raw) in line.split_whitespace().enumerate() {
            let t = raw.trim_matches(|c: char| !c.is_alphanumeric());
            let first = t.chars().next();
            let upper = first.is_some_and(char::is_uppercase) && !crate::scan::is_contraction(t);
            let keep = upper && t.chars().nth(2).is_some() && {
                let all_caps =
                    t.chars().all(|c| !c.is_lowercase()) && t.chars().any(char::is_alphabetic);
                let dateline = wi == 0 && all_caps && line.len() > 40;
                dateline || (!sentence_start && !all_caps)
            };
            if keep {
                // A plain word folds to its lowercase (an article to nothing), without the
                // general folding's allocations.
                let f = if t.bytes().all(|b| b.is_ascii_alphabetic()) {
                    let lower = t.to_ascii_lowercase();
                    if is_article(&lower) {
                        String::new()
                    } else {
                        lower
                    }
                } else {
                    fold_name(t)
                };
                if !f.is_empty()
                    && f.chars().all(char::is_alphabetic)
                    && !says_nothing(&f)
                    && !crate::quantity::lexicon::Lexicon::get().is_calendar_word(&f)
                    && !crate::document::is_press_name(t)
                {
                    out.push(f);
                }
            }
            sentence_start =
                raw.ends_with(['.', '!', '?', ':', '"']) || (wi == 0 && raw.ends_with('-'));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Words [`fold_name`] drops: articles and titles (`al-`, `the`, `Mr`).
fn is_article(w: &str) -> bool {
    matches!(
        w,
        "al" | "el" | "ad" | "as" | "an" | "the" | "mr" | "mrs" | "ms" | "dr"
    )
}

/// Whether a folded word is one of the [`GENERIC_NAME_WORDS`].
fn is_generic_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<crate::quantity::lexicon::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| GENERIC_NAME_WORDS.iter().copied().collect())
        .contains(w)
}

/// Whether a folded word says nothing about which story a text tells: [`COMMON`] or
/// generic.
fn says_nothing(w: &str) -> bool {
    static SET: std::sync::OnceLock<crate::quantity::lexicon::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| COMMON.iter().chain(GENERIC_NAME_WORDS).copied().collect())
        .contains(w)
}

/// Whether two sorted lists of folded names share a name, allowing spelling variants.
pub fn share_name(a: &[String], b: &[String], threshold: f64) -> bool {
    shared_names(a, b, threshold, 1) >= 1
}

/// How many names of `a` are also in `b` (allowing spelling variants), counting up to
/// `enough` only. Both lists are folded and sorted.
pub fn shared_names(a: &[String], b: &[String], threshold: f64, enough: usize) -> usize {
    let mut n = 0;
    for x in a {
        let found = b.binary_search(x).is_ok()
            || x.len() >= 5
                && b.iter().any(|y| {
                    y.len() >= 5
                        && x.as_bytes()[..2] == y.as_bytes()[..2]
                        && words_match(x, y, threshold)
                });
        n += usize::from(found);
        if n >= enough {
            break;
        }
    }
    n
}

/// [`names_match`] for two names of documents' name lists: plain lowercase words fold to
/// themselves, so they are compared without folding them again (or looking their folds
/// up); anything else goes through [`names_match`].
fn words_match(x: &str, y: &str, threshold: f64) -> bool {
    let plain = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase()) && !is_article(w) && !is_generic_word(w)
    };
    if !plain(x) || !plain(y) {
        return names_match(x, y, threshold);
    }
    // One word each: the same, or spelled alike (see `folded_match`).
    if x == y {
        return true;
    }
    if x.len() > MAX_FUZZY_NAME_BYTES || y.len() > MAX_FUZZY_NAME_BYTES {
        return false;
    }
    if x.len().min(y.len()) < MIN_SPELLING_BYTES && skeleton(x) != skeleton(y) {
        return false;
    }
    x.len().abs_diff(y.len()) <= 3
        && jaro_winkler_bound(x, y) >= threshold
        && strsim::jaro_winkler(x, y) >= threshold
}

/// Most names [`name_support`] counts support for: a group's label needs only its
/// commonest names, and counting all of a huge group's would be quadratic.
const MAX_SUPPORTED_NAMES: usize = 256;

/// For each distinct name of `lists` (each claim's names), how many lists hold it or a
/// spelling of it ([`names_match`]), in name order. Each name is folded once. When there
/// are more than [`MAX_SUPPORTED_NAMES`] distinct names, only that many are counted: those
/// that the most lists hold as written (ties to the first in name order).
pub(crate) fn name_support<'a>(lists: &[&'a [String]], threshold: f64) -> Vec<(&'a str, usize)> {
    let mut distinct: Vec<&'a str> = lists
        .iter()
        .flat_map(|l| l.iter().map(String::as_str))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    if let [_] = lists {
        // One list (a group of one claim): each name matches itself unless it folds to
        // nothing, which matches nothing.
        let support = |n: &str| usize::from(!folded_parts(n).all.is_empty());
        return distinct.into_iter().map(|n| (n, support(n))).collect();
    }
    let k = distinct.len();
    let index = |n: &str| distinct.binary_search(&n).unwrap_or(0);
    let held: Vec<Vec<usize>> = lists
        .iter()
        .map(|list| {
            let mut h: Vec<usize> = list.iter().map(|n| index(n)).collect();
            h.sort_unstable();
            h.dedup();
            h
        })
        .collect();
    // The names whose support is counted, ascending.
    let counted: Vec<usize> = if k <= MAX_SUPPORTED_NAMES {
        (0..k).collect()
    } else {
        let mut holders = vec![0usize; k];
        for &m in held.iter().flatten() {
            holders[m] += 1;
        }
        let mut by_holders: Vec<usize> = (0..k).collect();
        by_holders.sort_by_key(|&m| (std::cmp::Reverse(holders[m]), m));
        by_holders.truncate(MAX_SUPPORTED_NAMES);
        by_holders.sort_unstable();
        by_holders
    };
    let folded: Vec<std::rc::Rc<Folded>> = distinct.iter().map(|n| folded_parts(n)).collect();
    // Which counted names match which names, once per pair (the lower index first, as
    // matching is asked in name order).
    let mut alike = vec![false; counted.len() * k];
    for (r, &x) in counted.iter().enumerate() {
        for y in 0..k {
            let (a, b) = (x.min(y), x.max(y));
            alike[r * k + y] = folded_match(&folded[a], &folded[b], threshold);
        }
    }
    counted
        .iter()
        .enumerate()
        .map(|(r, &x)| {
            let row = &alike[r * k..(r + 1) * k];
            let support = held.iter().filter(|h| h.iter().any(|&m| row[m])).count();
            (distinct[x], support)
        })
        .collect()
}

/// Whether a name from a sentence says which story it is: one of its words is among the
/// document's distinctive names (`doc_names`, folded and sorted, without words common to
/// the corpus and generic words such as `authority`). `Red Cross` in two stories is no sign
/// they are one. With no document names to go by, every name counts.
fn folded_distinctive(name: &Folded, doc_names: &[String]) -> bool {
    doc_names.is_empty()
        || name
            .all
            .split(' ')
            .any(|w| doc_names.binary_search_by(|n| n.as_str().cmp(w)).is_ok())
}

/// How two names relate, for grouping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Relation {
    /// The same name (see [`folded_same`]).
    Same,
    /// Spelling variants (see [`names_match`]), not the same.
    Alike,
    /// Different names.
    Different,
}

/// The names of a corpus's claims, interned and folded once: grouping compares the same
/// few names of a story for every pair of its claims, so their relations are remembered
/// by id.
#[derive(Debug, Default)]
pub(super) struct NameTable<'a> {
    /// (Names come from the input: a hash keyed per process.)
    ids: foldhash::HashMap<&'a str, u32>,
    folded: Vec<Folded>,
}

impl<'a> NameTable<'a> {
    /// The table of `names`, ids in order of first appearance, folded on all cores.
    pub(super) fn new(names: impl IntoIterator<Item = &'a str>) -> Self {
        use rayon::prelude::*;
        let mut ids: foldhash::HashMap<&'a str, u32> = Default::default();
        let mut order: Vec<&'a str> = Vec::new();
        for name in names {
            ids.entry(name).or_insert_with(|| {
                order.push(name);
                (order.len() - 1) as u32
            });
        }
        let folded = order
            .par_iter()
            .map(|name| Folded::clone(&folded_parts(name)))
            .collect();
        NameTable { ids, folded }
    }

    /// The id of `name`, if it is one of the names the table was made of.
    pub(super) fn id(&self, name: &str) -> Option<u32> {
        self.ids.get(name).copied()
    }

    /// Whether name `id` is distinctive in a document with names `doc_names` (see
    /// [`folded_distinctive`]).
    pub(super) fn distinctive(&self, id: u32, doc_names: &[String]) -> bool {
        folded_distinctive(&self.folded[id as usize], doc_names)
    }

    /// How names `x` and `y` relate (`threshold` as for [`names_match`]), remembered in
    /// `known`.
    pub(super) fn relation<S: std::hash::BuildHasher>(
        &self,
        known: &mut std::collections::HashMap<(u32, u32), Relation, S>,
        x: u32,
        y: u32,
        threshold: f64,
    ) -> Relation {
        if x == y {
            return Relation::Same;
        }
        let key = (x.min(y), x.max(y));
        if let Some(&r) = known.get(&key) {
            return r;
        }
        let (a, b) = (&self.folded[x as usize], &self.folded[y as usize]);
        let r = if folded_same(a, b) {
            Relation::Same
        } else if folded_match(a, b, threshold) {
            Relation::Alike
        } else {
            Relation::Different
        };
        known.insert(key, r);
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The shortcut for documents' plain words answers as the general matcher does.
        #[test]
        fn words_match_is_names_match(
            x in "[a-z]{1,12}|[a-z]{3}(ov|off|iv|kh)",
            y in "[a-z]{1,12}|[a-z]{3}(ov|off|iv|kh)",
            // Near spellings, which the fuzzy path decides.
            edit in 0usize..12,
        ) {
            let mut near = x.clone().into_bytes();
            if let Some(b) = near.get_mut(edit) {
                *b = if *b == b'a' { b'e' } else { b'a' };
            }
            let near = String::from_utf8(near).unwrap_or_default();
            for (a, b) in [(&x, &y), (&x, &near), (&y, &near)] {
                prop_assert_eq!(words_match(a, b, 0.88), names_match(a, b, 0.88), "{} {}", a, b);
            }
        }

        /// A single claim's names get the support the general count gives them.
        #[test]
        fn one_list_support_is_the_general_count(
            names in prop::collection::vec("[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8})?|[.'-]{1,3}|The", 0..6),
        ) {
            let none: Vec<String> = Vec::new();
            prop_assert_eq!(
                name_support(&[&names[..]], 0.88),
                name_support(&[&names[..], &none[..]], 0.88)
            );
        }
    }
}
