//! Word lists, per language, compiled once into look-up tables.
//!
//! Only general vocabulary lives here (units, number words, verbs, classes of things),
//! never the names or figures of one story.

pub mod en;

use crate::quantity::Qualifier;
use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::hash::BuildHasherDefault;

/// Maps keyed by the lexicon's own words. Their keys are fixed, so a fast unkeyed hash is
/// safe (text can only look words up, not add colliding keys), and look-ups run for
/// nearly every token of every document.
pub type HashMap<K, V> = std::collections::HashMap<K, V, FastHash>;
/// Sets of the lexicon's own words (see [`HashMap`]).
pub type HashSet<K> = std::collections::HashSet<K, FastHash>;
/// The hasher of [`HashMap`] and [`HashSet`].
pub type FastHash = BuildHasherDefault<FastHasher>;

/// A multiply-rotate hash of 8-byte words (the scheme of rustc's FxHash).
#[derive(Debug, Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::K);
    }
}

impl std::hash::Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        // The last 1 to 7 bytes (most words are shorter than 8): two overlapping 4-byte
        // loads, or three single bytes, without a copy.
        let rest = chunks.remainder();
        let n = rest.len();
        if let (Some(a), Some(b)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
            self.add(u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*b)) << 32);
        } else if n > 0 {
            self.add(
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16,
            );
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}
use std::rc::Rc;
use std::sync::OnceLock;

/// A set of lexicon words that turns most other words away with one bit test: it keeps a
/// bit for each (first byte, length) its words have, and the words grouped by first byte,
/// so a word that passes is compared only with the few of its first byte and length. Sets
/// checked at every word of a text (speech verbs, number words, stop words) hold few words,
/// so most text words fail the bit test.
#[derive(Debug, Clone)]
pub struct WordSet {
    /// The words, sorted by first byte.
    words: Vec<&'static str>,
    /// The words starting with byte `b` are `words[starts[b]..starts[b + 1]]`.
    starts: Box<[u32; 257]>,
    /// Bit `min(len, 63)` of entry `b`: some word starts with byte `b` and has that length.
    shapes: Box<[u64; 256]>,
    has_empty: bool,
}

impl WordSet {
    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return self.has_empty;
        };
        let b = usize::from(first);
        self.shapes[b] & (1 << word.len().min(63)) != 0
            && self.words[self.starts[b] as usize..self.starts[b + 1] as usize]
                .iter()
                .any(|w| w.len() == word.len() && *w == word)
    }

    /// The words of the set.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words
            .iter()
            .copied()
            .chain(self.has_empty.then_some(""))
    }
}

impl FromIterator<&'static str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'static str>>(iter: I) -> WordSet {
        let mut words: Vec<&'static str> = iter.into_iter().collect();
        words.sort_unstable();
        words.dedup();
        let has_empty = words.first() == Some(&"");
        words.retain(|w| !w.is_empty());
        let mut starts = Box::new([0u32; 257]);
        let mut shapes = Box::new([0u64; 256]);
        for w in &words {
            let b = usize::from(w.as_bytes()[0]);
            starts[b + 1] += 1;
            shapes[b] |= 1 << w.len().min(63);
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        WordSet {
            words,
            starts,
            shapes,
            has_empty,
        }
    }
}

/// The pairs of first letters (ASCII `a`-`z`) that the keys of a stem-keyed map start
/// with, so words that can match no key skip the stem cache. The stemmer keeps a word's
/// first two letters, except that `dying`, `lying` and `tying` become `die`, `lie` and
/// `tie`: a key's second letter `i` also lets `y` through. Words that do not start with two
/// ASCII letters always go through.
#[derive(Debug, Clone)]
struct Initials([u32; 26]);

impl Initials {
    fn of<'k>(keys: impl Iterator<Item = &'k str>) -> Initials {
        let mut bits = [0u32; 26];
        for key in keys {
            let [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] = *key.as_bytes() else {
                // A key that does not start with two letters: let every word through.
                return Initials([u32::MAX; 26]);
            };
            bits[usize::from(a - b'a')] |= 1 << (b - b'a');
            if b == b'i' {
                bits[usize::from(a - b'a')] |= 1 << (b'y' - b'a');
            }
        }
        Initials(bits)
    }

    fn may_match(&self, word: &str) -> bool {
        match *word.as_bytes() {
            [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => {
                self.0[usize::from(a - b'a')] >> (b - b'a') & 1 != 0
            }
            _ => true,
        }
    }
}

/// A word's stem and its entries in the stem-keyed maps, each found under the word itself
/// first, else under its stem.
struct Entry {
    stem: Rc<str>,
    predicate: Option<&'static str>,
    measure: Option<&'static str>,
    event: Option<&'static str>,
}

/// The compiled English lexicon.
pub struct Lexicon {
    /// Cardinal words → value.
    pub cardinals: HashMap<&'static str, f64>,
    /// Ordinal words → position.
    pub ordinals: HashMap<&'static str, f64>,
    /// Scale words → factor.
    pub scales: HashMap<&'static str, f64>,
    /// Vague phrases by first word.
    pub vague: HashMap<&'static str, Vec<(&'static str, f64, f64, bool)>>,
    /// Qualifier phrases by last word (they are matched backwards from a figure).
    pub qualifiers: HashMap<&'static str, Vec<(&'static str, Qualifier)>>,
    /// Unit phrases by first word, longest first.
    pub units: HashMap<&'static str, Vec<en::UnitEntry>>,
    /// Month names.
    pub months: HashSet<&'static str>,
    /// Predicate stems.
    pub predicates: HashMap<&'static str, &'static str>,
    /// General person-noun stems.
    pub person_general: HashSet<&'static str>,
    /// Person subgroups by stem, with their canonical name.
    pub person_subgroup: HashMap<&'static str, &'static str>,
    /// Person roles by stem.
    pub person_roles: HashSet<&'static str>,
    /// Noun classes by stem.
    pub noun_classes: HashMap<&'static str, &'static str>,
    /// Event nouns by stem.
    pub events: HashMap<&'static str, &'static str>,
    /// Measure nouns by stem.
    pub measures: HashMap<&'static str, &'static str>,
    /// Speech verbs.
    pub speech: WordSet,
    /// Identifier heads (`article`, `flight`).
    pub name_heads: HashSet<&'static str>,
    /// Definite determiners.
    pub definite: HashSet<&'static str>,
    /// Words a sentence needs for a number in words: cardinals, ordinals, first words of
    /// vague amounts, `a`, `an`, `half`.
    pub number_cues: WordSet,
    /// Words a figure may start with: [`Lexicon::number_cues`] and the scale words a
    /// number in words may begin with (`hundred`, `million`).
    pub figure_starts: WordSet,
    /// Words after `a` or `an` that may make the article a figure's number: a scale word
    /// or `dozen` (`a hundred`), the next word of a vague amount (`a few`), the first word
    /// of a unit (`an hour`). Before any other word an article starts no figure.
    pub after_article: WordSet,
    predicate_initials: Initials,
    measure_initials: Initials,
    event_initials: Initials,
    stemmer: Stemmer,
}

impl Lexicon {
    /// The English lexicon, built on first use.
    pub fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::english)
    }

    fn english() -> Lexicon {
        let mut vague: HashMap<_, Vec<_>> = HashMap::default();
        for &(p, lo, hi, weak) in en::VAGUE {
            vague
                .entry(p.split(' ').next().unwrap_or(p))
                .or_default()
                .push((p, lo, hi, weak));
        }
        let mut qualifiers: HashMap<_, Vec<_>> = HashMap::default();
        for &(p, q) in en::QUALIFIERS {
            qualifiers
                .entry(p.rsplit(' ').next().unwrap_or(p))
                .or_default()
                .push((p, q));
        }
        for v in qualifiers.values_mut() {
            v.sort_by_key(|(p, _)| std::cmp::Reverse(p.len()));
        }
        let mut units: HashMap<_, Vec<_>> = HashMap::default();
        for &e in en::UNITS {
            units
                .entry(crate::quantity::unit::first_token(e.0))
                .or_default()
                .push(e);
        }
        for v in units.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.0.len()));
        }
        let number_cues: WordSet = (en::CARDINALS.iter().map(|&(w, _)| w))
            .chain(en::ORDINALS.iter().map(|&(w, _)| w))
            .chain(vague.keys().copied())
            .chain(["a", "an", "half"])
            .collect();
        let figure_starts = number_cues
            .iter()
            .chain(crate::quantity::number::WORD_SCALES.iter().copied())
            .collect();
        let after_article = units
            .keys()
            .copied()
            .chain(["hundred", "thousand", "million", "billion", "dozen"])
            .chain(en::VAGUE.iter().filter_map(|&(p, ..)| {
                let mut words = p.split(' ');
                matches!(words.next(), Some("a" | "an"))
                    .then(|| words.next())
                    .flatten()
            }))
            .collect();
        let initials = |list: &[(&str, &str)]| Initials::of(list.iter().map(|&(k, _)| k));
        Lexicon {
            predicate_initials: initials(en::PREDICATES),
            measure_initials: initials(en::MEASURES),
            event_initials: initials(en::EVENTS),
            cardinals: en::CARDINALS.iter().copied().collect(),
            ordinals: en::ORDINALS.iter().copied().collect(),
            scales: en::SCALES.iter().copied().collect(),
            vague,
            qualifiers,
            units,
            months: en::MONTHS.iter().copied().collect(),
            predicates: en::PREDICATES.iter().copied().collect(),
            person_general: en::PERSON_GENERAL.iter().copied().collect(),
            person_subgroup: en::PERSON_SUBGROUP.iter().copied().collect(),
            person_roles: en::PERSON_ROLES.iter().copied().collect(),
            noun_classes: en::NOUN_CLASSES.iter().copied().collect(),
            events: en::EVENTS.iter().copied().collect(),
            measures: en::MEASURES.iter().copied().collect(),
            speech: en::SPEECH_VERBS.iter().copied().collect(),
            name_heads: en::NAME_HEADS.iter().copied().collect(),
            definite: en::DEFINITE.iter().copied().collect(),
            number_cues,
            figure_starts,
            after_article,
            stemmer: Stemmer::create(Algorithm::English),
        }
    }

    /// The stem of a lowercase word (`civilians` → `civilian`, `killed` → `kill`).
    pub fn stem(&self, word: &str) -> Rc<str> {
        self.with_entry(word, |e| e.stem.clone())
    }

    /// Runs `f` on what the lexicon says about `word`, remembered per thread: extraction
    /// looks up the same words for every figure of a sentence, and the Snowball stemmer
    /// costs far more than a hash look-up. At most 2^16 words are kept per thread.
    fn with_entry<R>(&self, word: &str, f: impl FnOnce(&Entry) -> R) -> R {
        thread_local! {
            static ENTRIES: RefCell<HashMap<Box<str>, Entry>> =
                const { RefCell::new(HashMap::with_hasher(FastHash::new())) };
        }
        ENTRIES.with(|m| {
            let mut m = m.borrow_mut();
            if let Some(e) = m.get(word) {
                return f(e);
            }
            if m.len() >= 1 << 16 {
                m.clear();
            }
            let stem: Rc<str> = self.stemmer.stem(word).into();
            let either = |map: &HashMap<&'static str, &'static str>| {
                map.get(word).or_else(|| map.get(&*stem)).copied()
            };
            let e = Entry {
                predicate: either(&self.predicates),
                measure: either(&self.measures),
                event: either(&self.events),
                stem,
            };
            let out = f(&e);
            m.insert(word.into(), e);
            out
        })
    }

    /// The canonical predicate a lowercase word expresses, if any.
    pub fn predicate(&self, word: &str) -> Option<&'static str> {
        self.word_or_stem(&self.predicates, &self.predicate_initials, word, |e| {
            e.predicate
        })
    }

    /// What a measure word measures (`mercury` → `temperature`), if it is one.
    pub fn measure(&self, word: &str) -> Option<&'static str> {
        // Verb forms (`approved`) are not what a figure measures.
        if word.ends_with("ed") {
            return None;
        }
        self.word_or_stem(&self.measures, &self.measure_initials, word, |e| e.measure)
    }

    /// `word`'s entry in `map`, else its stem's (`field` of its [`Entry`]). Snowball leaves
    /// words of fewer than three letters as they are, so those (`of`, `in`, punctuation)
    /// skip the cache, and so do words whose first letters no key of `map` has.
    fn word_or_stem(
        &self,
        map: &HashMap<&'static str, &'static str>,
        initials: &Initials,
        word: &str,
        field: fn(&Entry) -> Option<&'static str>,
    ) -> Option<&'static str> {
        if word.len() < 3 {
            return map.get(word).copied();
        }
        if !initials.may_match(word) {
            return None;
        }
        self.with_entry(word, field)
    }

    /// Whether a lowercase word names a month or a day of the week.
    pub fn is_calendar_word(&self, word: &str) -> bool {
        self.months.contains(word) || en::WEEKDAYS.contains(&word)
    }

    /// The event class of a lowercase word, if it names an event.
    pub fn event(&self, word: &str) -> Option<&'static str> {
        self.word_or_stem(&self.events, &self.event_initials, word, |e| e.event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_filter_only_words_that_match_nothing() {
        // Every word of three or four letters, and two letters before common suffixes: a
        // word the first-letter filter turns away has no entry under itself or its stem.
        let lex = Lexicon::get();
        let letters = (b'a'..=b'z').map(char::from);
        let mut words: Vec<String> = Vec::new();
        for a in letters.clone() {
            for b in letters.clone() {
                for suffix in ["ing", "ingly", "ed", "edly", "ies", "ied", "s", "ly", "y"] {
                    words.push(format!("{a}{b}{suffix}"));
                }
                for c in letters.clone() {
                    words.push(format!("{a}{b}{c}"));
                    for d in letters.clone() {
                        words.push(format!("{a}{b}{c}{d}"));
                    }
                }
            }
        }
        words.extend(["dying", "lying", "tying", "skies", "gently", "early"].map(String::from));
        let maps = [
            (&lex.predicates, &lex.predicate_initials),
            (&lex.measures, &lex.measure_initials),
            (&lex.events, &lex.event_initials),
        ];
        for w in &words {
            let stem = lex.stemmer.stem(w);
            for (map, initials) in maps {
                assert!(
                    initials.may_match(w)
                        || (!map.contains_key(w.as_str()) && !map.contains_key(&*stem)),
                    "{w} ({stem})"
                );
            }
        }
    }

    #[test]
    fn short_words_are_their_own_stems() {
        // `word_or_stem` relies on it to skip the stem cache.
        let lex = Lexicon::get();
        for w in ["a", "of", "is", "ox", "'s", ",", "é", "id", "us"] {
            assert_eq!(&*lex.stem(w), w);
        }
    }
}
