//! What one document says that identifies its event: names, addresses, words and dates,
//! sentence by sentence, so that the corpus stage can drop the sentences that recur across
//! a feed (page furniture) before comparing documents.

use super::lexicon;
use crate::quantity::lexicon::{en, FastHasher, HashMap};
use crate::scan::{sentences, tokenize, Token, TokenKind};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

/// What kind of evidence a feature is; each kind has its own weight (see
/// [`super::StoryOptions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) enum Kind {
    /// A word of the text, lowercased and stemmed (`shootings` -> `shoot`).
    Term,
    /// One word of a capitalised name (`Barbee`).
    NameWord,
    /// A name of two or more words that is not a person's nor an institution's
    /// (`Burning Tree`, `Fidelia Drive`).
    Name,
    /// The name of an institution or of a place that many stories share: it ends in a word
    /// such as `Hospital`, `Police`, `County` (`Mount Sinai Hospital`).
    Institution,
    /// A person's full name, told by an age beside it (`Kevin Barbee, 15,`) or by the
    /// surname alone later in the text: one of the people the story is about.
    Person,
    /// A person's given name and surname, from a name written with more (`Jennifer Brewer
    /// Rooney` is also `Jennifer Rooney`): a key that joins outlets writing one person
    /// differently, which adds nothing to the similarity (the full name already does).
    Alias,
    /// A person told by an age beside the name, besides its [`Kind::Person`] feature: a
    /// key also with documents that give the same name without one (`shooting Misty
    /// Nunley` and `33-year-old Misty Nunley`), which adds nothing to the similarity.
    Aged,
    /// A person named with a title (`Officer Jose Ruiz`, `Judge Amy Park`): an official or
    /// reporter, who appears in many of an institution's stories.
    Official,
    /// A street address (`the 1600 block of Cathy Street`).
    Address,
    /// A street the headline or lead names without a number (`Anson Street`): where the
    /// event happened, though a street sees more than one event, so it is a key (within the
    /// window) but does not tell two events apart.
    Street,
    /// A figure written in digits (`174`, `1,603`): outlets reporting one event repeat
    /// its figures.
    Number,
}

impl Kind {
    /// Whether a shared feature of this kind is, on its own, a sign of one event: a person
    /// in the story or an address.
    pub(crate) fn is_key(self) -> bool {
        matches!(
            self,
            Kind::Person | Kind::Alias | Kind::Address | Kind::Street
        )
    }

    /// Whether a feature of this kind names who or where an event happened to: two
    /// documents that each name some and share none are likely about two events.
    pub(crate) fn is_identifying(self) -> bool {
        matches!(self, Kind::Person | Kind::Alias | Kind::Address)
    }
}

/// One feature: a hash of its folded text, and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) struct Feature {
    pub hash: u64,
    pub kind: Kind,
}

/// A title segment or a sentence of prose, with the features it holds.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub(crate) struct Unit {
    /// Hash of the unit with its names and numbers blanked (a title segment: of its exact
    /// text), to find what recurs across a feed.
    pub template: u64,
    /// Whether the template says enough to be page furniture when it recurs (a short
    /// sentence such as `Smith said.` recurs by chance).
    pub telling: bool,
    /// Its features: `features[start..end]` of the fingerprint.
    pub start: u32,
    pub end: u32,
    /// Whether it is the headline or the lead, which say what the story is about; later
    /// sentences drift to background and to other events.
    pub lead: bool,
    /// The days of the week a lead unit names, one bit each from Monday (`Saturday`,
    /// `Saturday's`): when the event happened, for documents whose publication day is not
    /// known. Kept by unit so that a masthead that recurs (`Monday Briefing`) is left out
    /// with the rest of the page furniture.
    #[serde(default)]
    pub weekdays: u8,
}

/// What a document says that identifies its event; see the [module docs](self). It
/// serializes (serde) so that a distributed job can keep it between the stages of
/// [`super::parts`].
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Fingerprint {
    pub(crate) units: Vec<Unit>,
    pub(crate) features: Vec<Feature>,
    /// Dates the text names in full (`January 28, 2014`), as day numbers, sorted.
    pub(crate) days: Vec<i64>,
    /// The most mentioned names of two or more words, as written, with their hashes: for
    /// story labels.
    pub(crate) names: Vec<(u64, String)>,
    /// See [`Fingerprint::lead_names`].
    pub(crate) lead_names: Vec<u64>,
    /// The headline (first line), for a label when no name tells the story.
    pub(crate) headline: String,
    /// The first full date in the document's first lines (a `Posted` stamp, a dateline),
    /// as a day number: when the text was published, if the source does not say.
    pub(crate) header_day: Option<i64>,
}

/// Prose sentences after the headline that make the lead.
const LEAD_SENTENCES: usize = 3;

/// Lines at the top of a document where a date is its publication date.
const HEADER_LINES: usize = 6;

/// Most names kept per document for labels.
const LABEL_NAMES: usize = 8;

/// Fewest words of a line that reads as prose (and not as a link, a caption or a stamp).
const PROSE_WORDS: usize = 6;

/// Fewest lowercase words of a sentence template that can be page furniture.
const TELLING_TEMPLATE_WORDS: usize = 4;

/// Street types that make a numbered ordinal a street even in lowercase (`6th street`):
/// the others are common words too (`2nd place`, `3rd court appearance`).
const LOWERCASE_STREET_TYPES: &[&str] = &["street", "avenue", "road", "boulevard", "st", "ave"];

/// Words after a figure within which the fate of those it counts is read (`six people
/// were injured`).
const TOLL_REACH: usize = 3;

impl Fingerprint {
    /// The fingerprint of a (normalized) text.
    pub fn of(text: &str) -> Fingerprint {
        Builder::new(text).build()
    }

    /// The fingerprint of a text whose headline was given apart from it (a feed's
    /// `title`): the title reads as the first line unless the text already starts with it.
    pub fn titled(title: Option<&str>, text: &str) -> Fingerprint {
        match title.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) if !text.trim_start().starts_with(t) => {
                Fingerprint::of(&format!("{t}\n{text}"))
            }
            _ => Fingerprint::of(text),
        }
    }

    /// Number of features (for tests and traces).
    pub fn len(&self) -> usize {
        self.features.len()
    }

    /// The first full date in the document's first lines, as a day number
    /// ([`crate::Date::days`]).
    pub fn header_day(&self) -> Option<i64> {
        self.header_day
    }

    /// Whether the text said nothing that identifies an event.
    pub fn is_empty(&self) -> bool {
        self.features.is_empty()
    }

    /// Hashes of the people (named with an age) and streets named in the headline and
    /// lead (`Kevin Barbee, 15,`, `Kessler Avenue`): who and where the document's event
    /// happened, as [`name_hash`] gives them.
    pub fn lead_names(&self) -> &[u64] {
        &self.lead_names
    }

    /// Hashes of the names a story label may be chosen from (see
    /// [`super::label_in_feed`]), each once.
    pub fn label_names(&self) -> impl Iterator<Item = u64> + '_ {
        self.names.iter().map(|(h, _)| *h)
    }
}

/// The hash a name of two or more words has in fingerprints (`Kessler Avenue`), or `None`
/// for a single word, which names too little.
pub(crate) fn name_hash(name: &str) -> Option<u64> {
    let words: Vec<String> = name
        .split_whitespace()
        .map(fold_word)
        .filter(|w| !w.is_empty())
        .collect();
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    (refs.len() >= 2).then(|| name_words_hash(&refs))
}

/// A run of capitalised words in a sentence, before it is classified.
struct Run {
    /// Folded words.
    words: Vec<String>,
    /// As written (for labels).
    shown: String,
    official: bool,
    /// An age beside it (`Kevin Barbee, 15,`, `15-year-old Kevin Barbee`).
    aged: bool,
    unit: usize,
}

struct Builder<'t> {
    text: &'t str,
    tokens: Vec<Token>,
    /// Words the text writes in lowercase somewhere: a capitalised one at the start of a
    /// sentence is then an ordinary word.
    lowercase: crate::quantity::lexicon::HashSet<String>,
    fp: Fingerprint,
    /// Prose sentences read so far.
    prose_units: usize,
}

fn hash_of(kind: u8, parts: &[&str]) -> u64 {
    let mut h = FastHasher::default();
    h.write_u8(kind);
    for p in parts {
        h.write(p.as_bytes());
        h.write_u8(0xff);
    }
    h.finish()
}

/// The hash of a name of folded words, each singular: outlets write `Haverstock Hills
/// Apartments` and `Haverstock Hill Apartments` for one place.
/// (A company's legal form is dropped: `Advanced Micro Devices Inc` is `Advanced Micro
/// Devices`.)
fn name_words_hash(words: &[&str]) -> u64 {
    let words = match words.split_last() {
        Some((last, rest)) if rest.len() >= 2 && LEGAL_FORMS.contains(last) => rest,
        _ => words,
    };
    let singular: Vec<&str> = words
        .iter()
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if stem.len() >= 3 && !stem.ends_with(['s', 'u', 'i']) => stem,
            _ => w,
        })
        .collect();
    hash_of(5, &singular)
}

/// A person's given name and surname when the name as written has more (middle names,
/// initials, a generational suffix); `None` when it is already the two.
fn given_and_surname<'a>(words: &[&'a str]) -> Option<[&'a str; 2]> {
    let core = match words.split_last() {
        Some((last, rest)) if rest.len() >= 2 && NAME_SUFFIXES.contains(last) => rest,
        _ => words,
    };
    match core {
        [first, last] if core.len() < words.len() => Some([first, last]),
        [first, middle, last] if !is_connector(middle) => Some([first, last]),
        _ => None,
    }
}

/// Generational suffixes after a surname (folded).
const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Legal forms after a company's name (folded).
const LEGAL_FORMS: &[&str] = &["inc", "corp", "ltd", "llc", "plc", "gmbh"];

/// The block a house number is in (`4126` is in the `4100 block`), as outlets name an
/// address by either; numbers under 100 stay as they are.
fn block_of(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.parse::<u64>() {
        Ok(n) if n >= 100 => (n / 100 * 100).to_string(),
        _ => digits,
    }
}

/// A word folded for names: lowercase, possessive and dots dropped, ordinals in figures
/// (`Sixth` and `6th` are one street), abbreviated place words spelled out.
fn fold_word(w: &str) -> String {
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("s'"))
        .map_or(w, |s| s);
    let folded: String = w
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == '-')
        .flat_map(char::to_lowercase)
        .collect();
    // Place words as abbreviated (`Ft. Lauderdale`, `Mt Cook`).
    let folded = match folded.as_str() {
        "mt" => "mount".to_string(),
        "ft" => "fort".to_string(),
        _ => folded,
    };
    match en::ORDINALS.iter().find(|(o, _)| *o == folded) {
        Some(&(_, n)) => ordinal_number(n as usize),
        None => folded,
    }
}

/// `6` as `6th`, `21` as `21st`.
fn ordinal_number(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// Whether a token is a number written as an ordinal (`6th`, `21st`).
fn is_ordinal_number(t: &str) -> bool {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && digits
            .parse::<usize>()
            .is_ok_and(|n| ordinal_number(n).eq_ignore_ascii_case(t))
}

fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// Words that join the parts of a name (`Port of Spain`, `Ruiz de la Cruz`).
fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de" | "la" | "del" | "van" | "von" | "da" | "du" | "le" | "bin"
    )
}

impl<'t> Builder<'t> {
    fn new(text: &'t str) -> Self {
        let tokens = tokenize(text);
        let mut lowercase = crate::quantity::lexicon::HashSet::default();
        for t in &tokens {
            let w = t.text(text);
            if t.kind == TokenKind::Word && w.starts_with(|c: char| c.is_lowercase()) {
                lowercase.insert(w.to_string());
            }
        }
        Builder {
            text,
            tokens,
            lowercase,
            fp: Fingerprint::default(),
            prose_units: 0,
        }
    }

    fn build(mut self) -> Fingerprint {
        let text = self.text;
        let sents = sentences(text, &self.tokens);
        // Sentences grouped by line: a line is prose when it has words enough and ends
        // like a sentence; the first line is the headline.
        let mut lines: Vec<(usize, usize)> = Vec::new();
        for (k, s) in sents.iter().enumerate() {
            if k == 0 || self.tokens[s.first].newline_before {
                lines.push((k, k + 1));
            } else if let Some(l) = lines.last_mut() {
                l.1 = k + 1;
            }
        }
        let mut runs: Vec<Run> = Vec::new();
        let mut days: Vec<i64> = Vec::new();
        for (li, &(a, b)) in lines.iter().enumerate() {
            let (start, end) = (sents[a].start, sents[b - 1].end);
            let line = &text[start..end];
            if let Some(d) = crate::document::find_date(line) {
                days.push(d.days());
                if li < HEADER_LINES && self.fp.header_day.is_none() {
                    self.fp.header_day = Some(d.days());
                }
            }
            if li == 0 {
                self.fp.headline = line.trim().to_string();
                self.headline(line, start, &mut runs);
                continue;
            }
            // A rights notice names the outlet: its stories would share it.
            if !is_prose(line, b - a) || crate::document::is_rights_notice(line) {
                continue;
            }
            // (An address may run past a sentence's end: `2600 S. Pulaski Road`.)
            let line_end = sents[b - 1].last;
            for s in &sents[a..b] {
                self.unit(s.first, s.last, line_end, true, None, &mut runs);
            }
        }
        days.sort_unstable();
        days.dedup();
        self.fp.days = days;
        self.classify(runs);
        self.fp
    }

    /// The headline: each segment between ` - `, ` | ` (a masthead, a section) is a unit
    /// whose template is its exact text, so a site name that ends every headline recurs.
    fn headline(&mut self, line: &str, offset: usize, runs: &mut Vec<Run>) {
        // Title Case says nothing about names: only its words count.
        let names = !is_title_case(line);
        let mut from = 0;
        let cuts = line
            .match_indices(" - ")
            .chain(line.match_indices(" | "))
            .chain(line.match_indices(" :: "))
            .map(|(i, s)| (i, i + s.len()))
            .collect::<std::collections::BTreeSet<_>>();
        let mut segments: Vec<(usize, usize)> = Vec::new();
        for (i, j) in cuts {
            if i >= from {
                segments.push((from, i));
                from = j;
            }
        }
        segments.push((from, line.len()));
        for (s, e) in segments {
            let seg = line[s..e].trim();
            if seg.is_empty() {
                continue;
            }
            let (first, last) = self.token_range(offset + s, offset + e);
            if first >= last {
                continue;
            }
            let template = hash_of(1, &[&seg.to_lowercase()]);
            self.unit(first, last, last, names, Some(template), runs);
        }
    }

    /// Tokens lying within `start..end` bytes.
    fn token_range(&self, start: usize, end: usize) -> (usize, usize) {
        let first = self.tokens.partition_point(|t| t.start < start);
        let last = self.tokens.partition_point(|t| t.end <= end);
        (first, last.max(first))
    }

    /// One unit, tokens `first..last` of a line ending at token `line_end`: its template,
    /// its words and addresses, and its names (collected in `runs` to be classified once
    /// the whole text is read).
    #[allow(clippy::too_many_arguments)]
    fn unit(
        &mut self,
        first: usize,
        last: usize,
        line_end: usize,
        names: bool,
        template: Option<u64>,
        runs: &mut Vec<Run>,
    ) {
        let text = self.text;
        let toks = &self.tokens[first..last];
        let unit = self.fp.units.len();
        let start = self.fp.features.len() as u32;
        // The template: lowercase words as they are, each name or number blanked whatever
        // its length (`notifications on Jane Doe daily`, `on Margaret S. Gillerman daily`).
        let mut h = FastHasher::default();
        let mut lower_words = 0;
        let mut blank = false;
        for t in toks {
            let w = t.text(text);
            match t.kind {
                TokenKind::Word if !is_capitalised(w) => {
                    h.write(w.as_bytes());
                    h.write_u8(b' ');
                    lower_words += usize::from(w.len() >= 2);
                    blank = false;
                }
                TokenKind::Word | TokenKind::Digits => {
                    if !blank {
                        h.write(b"_ ");
                    }
                    blank = true;
                }
                TokenKind::Punct => {}
            }
        }
        // A headline segment recurs by its exact text (a masthead), whatever its length.
        let template_given = template.is_some();
        let telling = template_given || lower_words >= TELLING_TEMPLATE_WORDS;
        let template = template.unwrap_or_else(|| h.finish());
        let lead = template_given || self.prose_units < LEAD_SENTENCES;
        let mut weekdays = 0u8;
        for t in toks {
            if t.kind != TokenKind::Word {
                continue;
            }
            let w = t.text(text).to_lowercase();
            if lead {
                let day = w.strip_suffix("'s").unwrap_or(&w);
                if let Some(k) = en::WEEKDAYS.iter().position(|d| *d == day) {
                    weekdays |= 1 << k;
                }
            }
            if w.len() < 4 || lexicon::is_stop_word(&w) || lexicon::is_calendar(&w) {
                continue;
            }
            let stem = crate::quantity::lexicon::Lexicon::get().stem(&w);
            self.fp.features.push(Feature {
                hash: hash_of(2, &[&stem]),
                kind: Kind::Term,
            });
        }
        for t in toks.iter().filter(|t| t.kind == TokenKind::Digits) {
            let digits: String = t.text(text).chars().filter(|c| *c != ',').collect();
            self.fp.features.push(Feature {
                hash: hash_of(7, &[&digits]),
                kind: Kind::Number,
            });
        }
        if lead {
            self.tolls(first, last);
        }
        self.addresses(first, last, line_end);
        if names {
            self.runs(first, last, unit, runs);
        }
        let end = self.fp.features.len() as u32;
        self.fp.units.push(Unit {
            template,
            telling,
            start,
            end,
            lead,
            weekdays,
        });
        if !template_given {
            self.prose_units += 1;
        }
    }

    /// A figure with what befell those it counts (`six injured`, `6 people hurt`, `killing
    /// two`): outlets word one event's toll alike, while a figure alone (`6`) is in every
    /// story's dates and times.
    fn tolls(&mut self, first: usize, last: usize) {
        let text = self.text;
        let toks = &self.tokens[first..last];
        let mut found = Vec::new();
        let lexicon = crate::quantity::lexicon::Lexicon::get();
        let figure = |t: &Token| -> Option<u64> {
            let w = t.text(text);
            match t.kind {
                TokenKind::Digits => w.parse().ok(),
                TokenKind::Word => {
                    let w = w.to_lowercase();
                    en::CARDINALS
                        .iter()
                        .find(|(c, _)| *c == w)
                        .map(|&(_, n)| n as u64)
                }
                TokenKind::Punct => None,
            }
        };
        let fate = |t: &Token| -> Option<&'static str> {
            (t.kind == TokenKind::Word)
                .then(|| lexicon.predicate(&t.text(text).to_lowercase()))
                .flatten()
                .filter(|p| matches!(*p, "killed" | "injured" | "shot"))
        };
        for (k, t) in toks.iter().enumerate() {
            let Some(n) = figure(t).filter(|&n| n >= 1) else {
                continue;
            };
            // The fate within a few words after (`six people were injured`), or the verb
            // just before (`killing two`).
            let after = toks[k + 1..]
                .iter()
                .take(TOLL_REACH)
                .take_while(|t| t.kind == TokenKind::Word)
                .find_map(fate);
            // (`killing two`, `killing two people`, but not `shot 6 times`.)
            let counts_people = toks.get(k + 1).is_none_or(|n| {
                n.kind != TokenKind::Word || {
                    let w = n.text(text).to_lowercase();
                    matches!(w.as_str(), "and" | "or" | "others" | "more")
                        || crate::claim::is_person(&w, lexicon)
                }
            });
            let before = k
                .checked_sub(1)
                .and_then(|j| fate(&toks[j]))
                .filter(|_| counts_people);
            if let Some(p) = after.or(before) {
                found.push(Feature {
                    hash: hash_of(8, &[&n.to_string(), p]),
                    kind: Kind::Number,
                });
            }
        }
        self.fp.features.extend(found);
    }

    /// `the 2600 block of South Pulaski Road`, `at 1600 Cathy Street`: the block and the
    /// street's telling word, for numbers among tokens `first..last` (the street may run on
    /// to `line_end`).
    fn addresses(&mut self, first: usize, numbers_end: usize, last: usize) {
        let text = self.text;
        let word = |k: usize| -> Option<String> {
            (k < last && self.tokens[k].kind == TokenKind::Word).then(|| {
                self.tokens[k]
                    .text(text)
                    .trim_end_matches('.')
                    .to_lowercase()
            })
        };
        for k in first..numbers_end {
            let t = &self.tokens[k];
            if t.kind != TokenKind::Digits || t.end - t.start > 6 {
                continue;
            }
            let number = t.text(text);
            let mut j = k + 1;
            // `2600 block of`, `2600-block of`
            if self.tokens.get(j).is_some_and(|t| t.text(text) == "-") {
                j += 1;
            }
            let block = word(j).as_deref() == Some("block") && word(j + 1).as_deref() == Some("of");
            if block {
                j += 2;
            }
            while word(j).is_some_and(|w| lexicon::is_direction(&w)) {
                j += 1;
                // (`S. Pulaski`)
                if j < last && self.tokens[j].text(text) == "." {
                    j += 1;
                }
            }
            let Some(street) = (j < last).then(|| self.tokens[j].text(text)) else {
                continue;
            };
            let numbered = self.tokens[j].kind == TokenKind::Digits;
            if !(is_capitalised(street) || numbered) {
                continue;
            }
            let street = fold_word(street);
            // Without `block of`, a number before a name is an address only when a street
            // type follows (`1600 Cathy Street`), not `15 Marines`.
            let typed = word(j + 1).is_some_and(|w| lexicon::is_street_type(&w))
                || word(j + 2).is_some_and(|w| lexicon::is_street_type(&w));
            if block || typed {
                let block_number = block_of(number);
                self.fp.features.push(Feature {
                    hash: hash_of(3, &[&block_number, &street]),
                    kind: Kind::Address,
                });
            }
        }
    }

    /// Runs of capitalised words in tokens `first..last`.
    fn runs(&self, first: usize, last: usize, unit: usize, runs: &mut Vec<Run>) {
        let text = self.text;
        let toks = &self.tokens;
        let word = |k: usize| {
            k < last && toks[k].kind == TokenKind::Word && is_capitalised(toks[k].text(text))
        };
        // A plain street type in lowercase (`along 6th street`; not `2nd place`).
        let street_type = |k: usize| {
            k < last
                && toks[k].kind == TokenKind::Word
                && LOWERCASE_STREET_TYPES.contains(&toks[k].text(text))
        };
        // `6th Street` is `Sixth Street`: a numbered ordinal (`6` and a glued `th`) before
        // a name is part of it, and so is a street type after it in lowercase.
        let numbered = |k: usize| {
            k + 1 < last
                && toks[k].kind == TokenKind::Digits
                && !toks[k + 1].space_before
                && is_ordinal_number(&text[toks[k].start..toks[k + 1].end])
                && (word(k + 2) || street_type(k + 2))
        };
        let cap = |k: usize| word(k) || numbered(k);
        // The first word of the sentence.
        let opening = (first..last).find(|&k| toks[k].kind == TokenKind::Word);
        let mut k = first;
        while k < last {
            if !cap(k) {
                k += 1;
                continue;
            }
            let mut j = k;
            let mut words: Vec<(usize, String)> = Vec::new();
            while j < last {
                if numbered(j) {
                    words.push((j, fold_word(&text[toks[j].start..toks[j + 1].end])));
                    j += 2;
                    if !word(j) && street_type(j) {
                        words.push((j, fold_word(toks[j].text(text))));
                        j += 1;
                        break;
                    }
                } else if word(j) {
                    words.push((j, fold_word(toks[j].text(text))));
                    j += 1;
                } else if !words.is_empty()
                    && toks[j].kind == TokenKind::Word
                    && is_connector(toks[j].text(text))
                    && cap(j + 1)
                {
                    words.push((j, toks[j].text(text).to_string()));
                    j += 1;
                } else {
                    break;
                }
            }
            let before = (first..k).rev().find(|&b| toks[b].kind == TokenKind::Word);
            self.run(words, before, opening == Some(k), j, last, unit, runs);
            k = j.max(k + 1);
        }
    }

    /// Cleans one run of capitalised words and keeps what is a name.
    #[allow(clippy::too_many_arguments)]
    fn run(
        &self,
        mut words: Vec<(usize, String)>,
        before: Option<usize>,
        opens_sentence: bool,
        after: usize,
        last: usize,
        unit: usize,
        runs: &mut Vec<Run>,
    ) {
        let text = self.text;
        let toks = &self.tokens;
        // A capitalised first word of a sentence is a name only if the text never writes
        // it in lowercase and it is no common word (`Police said` vs `Barbee said`).
        if opens_sentence {
            if let Some((k, _)) = words.first() {
                let raw = toks[*k].text(text);
                let lower = raw.to_lowercase();
                let numbered = toks[*k].kind == TokenKind::Digits;
                if !numbered
                    && (self.lowercase.contains(&lower)
                        || raw.len() <= 2
                        || lexicon::is_stop_word(&lower))
                {
                    words.remove(0);
                }
            }
        }
        let mut official = before.is_some_and(|b| {
            let w = toks[b].text(text).trim_end_matches('.').to_lowercase();
            lexicon::is_title(&w)
        });
        // Calendar words split a run (`Hermitage Tuesday`): keep the longest piece
        // before them.
        if let Some(p) = words
            .iter()
            .position(|(_, w)| lexicon::is_calendar(w.trim_end_matches('.')))
        {
            words.truncate(p);
        }
        while words
            .first()
            .is_some_and(|(_, w)| lexicon::is_title(w.trim_end_matches('.')))
        {
            official = true;
            words.remove(0);
        }
        while words.first().is_some_and(|(_, w)| is_connector(w))
            || words.last().is_some_and(|(_, w)| is_connector(w))
        {
            if words.first().is_some_and(|(_, w)| is_connector(w)) {
                words.remove(0);
            } else {
                words.pop();
            }
        }
        words.retain(|(_, w)| !w.is_empty());
        if words.is_empty() {
            return;
        }
        // An age beside the name: `Kevin Barbee, 15,` or `15-year-old Kevin Barbee`
        // (`Marc Andrews Jr., 30,`).
        let suffix_dot = words
            .last()
            .is_some_and(|(_, w)| NAME_SUFFIXES.contains(&w.as_str()))
            && toks.get(after).is_some_and(|t| t.text(text) == ".");
        let after = after + usize::from(suffix_dot);
        let aged_after = toks.get(after).is_some_and(|t| t.text(text) == ",")
            && after + 1 < last
            && toks[after + 1].kind == TokenKind::Digits
            && toks[after + 1].end - toks[after + 1].start <= 3;
        let aged_before = before.is_some_and(|b| {
            let w = toks[b].text(text).to_lowercase();
            w == "old" || w.ends_with("-old")
        });
        let first_tok = words[0].0;
        let last_tok = words[words.len() - 1].0;
        let shown = text[toks[first_tok].start..toks[last_tok].end].to_string();
        runs.push(Run {
            words: words.into_iter().map(|(_, w)| w).collect(),
            shown,
            official,
            aged: aged_after || aged_before,
            unit,
        });
    }

    /// Names from the runs, now that the whole text is known: a full name whose surname the
    /// text also uses alone is a person it is about.
    fn classify(&mut self, runs: Vec<Run>) {
        let mut alone: HashMap<&str, usize> = HashMap::default();
        for r in &runs {
            if let [w] = &r.words[..] {
                *alone.entry(w.as_str()).or_default() += 1;
            }
        }
        // Features of the runs, by unit, appended after each unit's own.
        let mut extra: Vec<(usize, Feature)> = Vec::new();
        let mut shown: HashMap<u64, (usize, usize, &str)> = HashMap::default();
        for (order, r) in runs.iter().enumerate() {
            for w in &r.words {
                if w.chars().count() >= 3 && !is_connector(w) && !lexicon::is_calendar(w) {
                    extra.push((
                        r.unit,
                        Feature {
                            hash: hash_of(4, &[w]),
                            kind: Kind::NameWord,
                        },
                    ));
                }
            }
            if r.words.len() < 2 {
                continue;
            }
            let words: Vec<&str> = r.words.iter().map(String::as_str).collect();
            let institution = words.iter().any(|w| lexicon::is_institution_head(w));
            let surname = words[words.len() - 1];
            let kind = if institution {
                Kind::Institution
            } else if r.official {
                Kind::Official
            } else if lexicon::is_street_type(surname)
                && self.fp.units.get(r.unit).is_some_and(|u| u.lead)
            {
                // Only where the lead places the event: a street later in the text may be
                // another event's (`the shooting on Kessler Avenue on Saturday`).
                Kind::Street
            } else if r.aged || alone.get(surname).is_some_and(|&n| n > 0) {
                Kind::Person
            } else {
                Kind::Name
            };
            let hash = name_words_hash(&words);
            // `Haverstock Hill Apartments` is also where `Haverstock Hills` happened.
            if words.len() >= 3 && lexicon::is_dwelling(surname) {
                extra.push((
                    r.unit,
                    Feature {
                        hash: name_words_hash(&words[..words.len() - 1]),
                        kind,
                    },
                ));
            }
            extra.push((r.unit, Feature { hash, kind }));
            if kind == Kind::Person && r.aged {
                extra.push((
                    r.unit,
                    Feature {
                        hash,
                        kind: Kind::Aged,
                    },
                ));
            }
            // Outlets write one person with and without a middle name or a suffix
            // (`Jennifer Brewer Rooney`, `Jennifer Rooney`; `John Smith Jr.`).
            // Only beside an age: a run of capitalised words whose last word recurs alone
            // is as often a team or a title before a name (`San Diego Chargers`).
            if kind == Kind::Person && r.aged {
                if let Some(short) = given_and_surname(&words) {
                    extra.push((
                        r.unit,
                        Feature {
                            hash: name_words_hash(&short),
                            kind: Kind::Alias,
                        },
                    ));
                }
            }
            let lead = self.fp.units.get(r.unit).is_some_and(|u| u.lead);
            if lead && (r.aged || kind == Kind::Street) {
                self.fp.lead_names.push(hash);
            }
            let e = shown.entry(hash).or_insert((0, order, r.shown.as_str()));
            e.0 += 1;
        }
        let mut labels: Vec<(u64, (usize, usize, &str))> = shown.into_iter().collect();
        labels.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
        self.fp.names = labels
            .into_iter()
            .take(LABEL_NAMES)
            .map(|(h, (_, _, s))| (h, s.to_string()))
            .collect();
        if extra.is_empty() {
            return;
        }
        // Rebuild the feature list with each unit's run features inside its range.
        extra.sort_by_key(|e| e.0);
        let old = std::mem::take(&mut self.fp.features);
        let mut features = Vec::with_capacity(old.len() + extra.len());
        let mut next = extra.into_iter().peekable();
        for (u, unit) in self.fp.units.iter_mut().enumerate() {
            let start = features.len() as u32;
            features.extend_from_slice(&old[unit.start as usize..unit.end as usize]);
            while let Some((_, f)) = next.next_if(|e| e.0 == u) {
                features.push(f);
            }
            unit.start = start;
            unit.end = features.len() as u32;
        }
        self.fp.features = features;
    }
}

/// Whether a line of `sentences` (as the scanner cuts them) reads as prose: words enough,
/// ending like a sentence, or holding whole sentences before an end the page cut off
/// (`... or filing your tip on their website,`).
fn is_prose(line: &str, sentences: usize) -> bool {
    let line = line.trim_end();
    let ends = line
        .trim_end_matches(['"', '\'', ')', ']'])
        .ends_with(['.', '!', '?']);
    let words = line.split_whitespace().count();
    words >= PROSE_WORDS && (ends || (words >= 2 * PROSE_WORDS && sentences >= 3))
}

/// Whether most words of a line are capitalised (a headline in Title Case).
fn is_title_case(line: &str) -> bool {
    let words: Vec<&str> = line
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .filter(|w| w.len() >= 4)
        .collect();
    words.len() >= 3 && words.iter().filter(|w| is_capitalised(w)).count() * 10 >= words.len() * 7
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, kind: Kind) -> usize {
        hashes(&Fingerprint::of(text), kind).len()
    }

    /// A company is one name with or without its legal form.
    #[test]
    fn a_legal_form_is_no_part_of_a_name() {
        let a = Fingerprint::of("Chips\n\nAdvanced Micro Devices Inc cut its forecast on Monday.");
        let b = Fingerprint::of("Chips\n\nAdvanced Micro Devices cut its forecast on Monday.");
        // (With its legal form it reads as an institution; the hash is what documents share.)
        let named = |fp: &Fingerprint| -> Vec<u64> {
            [Kind::Name, Kind::Institution]
                .into_iter()
                .flat_map(|k| hashes(fp, k))
                .collect()
        };
        assert_eq!(named(&a), named(&b));
        assert!(!named(&a).is_empty());
    }

    /// `Ft. Lauderdale` is `Fort Lauderdale`.
    #[test]
    fn abbreviated_place_words_are_spelled_out() {
        assert_eq!(fold_word("Ft."), "fort");
        assert_eq!(fold_word("Mt"), "mount");
    }

    /// The hashes of a fingerprint's features of one kind.
    fn hashes(fp: &Fingerprint, kind: Kind) -> Vec<u64> {
        fp.features
            .iter()
            .filter(|f| f.kind == kind)
            .map(|f| f.hash)
            .collect()
    }

    #[test]
    fn people_with_an_age_or_a_surname_alone_are_persons() {
        let text = "Boy killed\n\nPolice said Kevin Barbee, 15, was shot in the face. \
                    Barbee was a sophomore at the school nearby.";
        assert_eq!(kinds(text, Kind::Person), 1);
        let fp = Fingerprint::of(text);
        assert_eq!(fp.names[0].1, "Kevin Barbee");
    }

    /// One person written with and without a middle name or a suffix shares a key; a team
    /// whose last word recurs alone does not lose its first words.
    #[test]
    fn a_middle_name_or_suffix_still_names_the_same_person() {
        let full = Fingerprint::of(
            "Carrier killed\n\nPolice said Jennifer Brewer Rooney, 44, was shot on her route.",
        );
        let short = Fingerprint::of(
            "Carrier killed\n\nPolice said Jennifer Rooney, 44, was shot on her route.",
        );
        let suffixed =
            Fingerprint::of("Man held\n\nPolice charged Marc Andrews Jr., 30, in the death.");
        let plain = Fingerprint::of("Man held\n\nPolice charged Marc Andrews, 30, in the death.");
        let keys = |fp: &Fingerprint| -> Vec<u64> {
            fp.features
                .iter()
                .filter(|f| f.kind.is_key())
                .map(|f| f.hash)
                .collect()
        };
        assert!(keys(&full).iter().any(|h| keys(&short).contains(h)));
        assert!(keys(&suffixed).iter().any(|h| keys(&plain).contains(h)));
        let team = "Player arrested\n\nThe San Diego Chargers said the Chargers would wait.";
        assert_eq!(kinds(team, Kind::Alias), 0);
    }

    #[test]
    fn titled_names_are_officials_and_institutions_are_names() {
        let text = "Shooting\n\nThe shooting happened at Burning Tree Apartments on Friday, \
                    said Officer Jose Ruiz of the police department.";
        assert_eq!(kinds(text, Kind::Official), 1);
        // `Burning Tree Apartments`, and `Burning Tree` as other outlets name the place.
        assert_eq!(kinds(text, Kind::Name), 2);
        assert_eq!(kinds(text, Kind::Person), 0);
    }

    #[test]
    fn a_cut_off_paragraph_is_still_prose() {
        let text = "Brothers charged\n\nPolice say two brothers were charged in the shooting at \
                    the complex.Investigators said 28-year-old Jeremy Jones was charged with \
                    murder. Anyone with information should call the sheriff or file a tip on the \
                    website,";
        assert_eq!(kinds(text, Kind::Person), 1);
    }

    #[test]
    fn a_street_by_ordinal_in_words_or_figures_is_one_street() {
        let a = Fingerprint::of("Woman killed on 6th Street\n\nA woman was shot on 6th Street early Sunday, police said.");
        let b = Fingerprint::of("Woman killed on Sixth Street\n\nA woman was shot on Sixth Street early Sunday, police said.");
        let streets = |fp: &Fingerprint| hashes(fp, Kind::Street);
        assert!(!streets(&a).is_empty(), "{:?}", a.features);
        assert!(streets(&a).iter().any(|h| streets(&b).contains(h)));
    }

    #[test]
    fn a_name_in_the_plural_is_the_same_name() {
        let a = Fingerprint::of("Shooting\n\nTwo men were shot at the Haverstock Hills complex.");
        let b = Fingerprint::of("Shooting\n\nTwo men were shot at the Haverstock Hill Apartments.");
        let names = |fp: &Fingerprint| hashes(fp, Kind::Name);
        assert!(names(&a).iter().any(|h| names(&b).contains(h)));
    }

    #[test]
    fn block_addresses_are_keys() {
        let text =
            "Man shot\n\nA man was shot in the 2600 block of South Pulaski Road on Friday night.";
        assert_eq!(kinds(text, Kind::Address), 1);
        // A house number on that block is the same address.
        let other =
            "Man shot\n\nA man was shot at 2647 S. Pulaski Road on Friday night, police said.";
        assert_eq!(
            Fingerprint::of(text)
                .features
                .iter()
                .find(|f| f.kind == Kind::Address),
            Fingerprint::of(other)
                .features
                .iter()
                .find(|f| f.kind == Kind::Address)
        );
    }

    #[test]
    fn lines_that_are_not_prose_give_nothing() {
        let text = "Headline here\n\n1:19 Preliminary autopsy results revealed by sheriff Pause\n\
                    Share this story";
        let fp = Fingerprint::of(text);
        assert_eq!(fp.units.len(), 1, "only the headline");
    }

    #[test]
    fn sentence_openers_written_in_lowercase_elsewhere_are_not_names() {
        let text = "a car was found\n\nPolice found the car near Elm Grove on Monday. The police said nothing more.";
        let fp = Fingerprint::of(text);
        assert_eq!(
            kinds(text, Kind::NameWord),
            2,
            "elm, grove: {:?}",
            fp.features
        );
    }

    #[test]
    fn dates_named_in_full_are_kept() {
        let fp =
            Fingerprint::of("Title\nPosted: Tuesday, January 28, 2014 8:18 PM EST\n\nBody text.");
        assert_eq!(fp.days, vec![crate::Date::new(2014, 1, 28).unwrap().days()]);
    }

    /// Page furniture with a byline in it recurs whatever the length of the name.
    #[test]
    fn a_name_of_any_length_is_one_blank_of_a_template() {
        let template = |text: &str| Fingerprint::of(text).units[1].template;
        assert_eq!(
            template("News\nGet email notifications on Jane Doe daily!"),
            template("News\nGet email notifications on Margaret S. Gillerman daily!")
        );
    }

    /// A toll is worded alike across outlets in figures or words (`six injured`, `6 people
    /// were hurt`), and a street's number in figures with a lowercase type is its name.
    #[test]
    fn tolls_and_numbered_streets_are_shared_however_written() {
        let a = Fingerprint::of("One killed, six injured\n\nShots rang out along 6th street.");
        let b = Fingerprint::of("1 dead, 6 people hurt\n\nShots rang out on Sixth Street.");
        let c = Fingerprint::of("1 dead, 6 arrested\n\nShots rang out on Fifth Street.");
        let shared = |x: &Fingerprint, y: &Fingerprint, kind: Kind| {
            let ys = hashes(y, kind);
            hashes(x, kind)
                .into_iter()
                .filter(|h| ys.contains(h))
                .count()
        };
        // `one killed` and `1 dead`, `six injured` and `6 people hurt`, but not `6
        // arrested` (figures alone, `6` of `6th`, are shared by all three).
        assert_eq!(
            shared(&a, &b, Kind::Number),
            shared(&a, &c, Kind::Number) + 1
        );
        // `shot 6 times` counts shots, not the shot.
        let shots = Fingerprint::of("Man shot 6 times\n\nA man was shot 6 times on Monday.");
        let six = Fingerprint::of("Six shot\n\nPolice said 6 people were shot on Monday.");
        let tolls = |fp: &Fingerprint| {
            fp.features
                .iter()
                .filter(|f| f.kind == Kind::Number)
                .count()
        };
        assert_eq!(
            tolls(&shots) + 1,
            tolls(&six),
            "{:?} {:?}",
            shots.features,
            six.features
        );
        let names = |x: &Fingerprint, y: &Fingerprint| {
            shared(x, y, Kind::Name) + shared(x, y, Kind::NameWord)
        };
        assert!(names(&a, &b) > names(&a, &c));
    }
}
