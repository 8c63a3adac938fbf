//! The context of a figure: names and events of its sentence, who says it, how firmly.

use super::figure::Figure;
use super::Modality;
use crate::quantity::lexicon::{en, FastHash, HashMap, Lexicon, WordSet};
use crate::quantity::Dimension;
use crate::scan::{Sentence, TokenKind, View};
use std::cell::RefCell;
use std::sync::{LazyLock, OnceLock};

/// Capitalised words that are not names: function words ([`crate::scan::FUNCTION_WORDS`]),
/// titles ([`en::TITLES`]) and bylines, number and calendar words.
static NOT_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "mr",
        "mrs",
        "ms",
        "dr",
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
        "photo",
        "credit",
        "file",
        "reporting",
        "editing",
        "said",
        "says",
    ]
    .into_iter()
    .chain(en::TITLES.iter().copied())
    .chain(crate::scan::FUNCTION_WORDS.iter().copied())
    .chain(en::CARDINALS.iter().chain(en::ORDINALS).map(|&(w, _)| w))
    .chain(en::MONTHS.iter().chain(en::WEEKDAYS).copied())
    .collect()
});

/// Names of a sentence: runs of capitalised words (`Port Harcourt`), as written.
pub(crate) fn names(v: &View<'_>, s: &Sentence) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut k = s.first;
    while k < s.last {
        // Cheap token checks first: most tokens are not capitalised words.
        let is_name = |k: usize| {
            v.is_word(k)
                && v.is_capitalized(k)
                && !NOT_NAMES.contains(v.w(k))
                && !crate::scan::is_contraction(v.w(k))
        };
        if !is_name(k) {
            k += 1;
            continue;
        }
        let start = v.tokens[k].start;
        let mut end = v.tokens[k].end;
        let mut j = k + 1;
        // Join `Port Harcourt`, `al-Qaida`, `Muammar al-Gaddafi`.
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
        // A possessive is not part of the name: `Russia's` names Russia.
        let mut name = &v.text[start..end];
        for suffix in ["'s", "'"] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                name = stripped;
            }
        }
        // A lone capitalised first word is usually just the start of the sentence; agencies
        // and outlets are credits, not names in the story.
        // A word right after a dateline's dash starts the sentence too.
        // So does one after an opening quote (`"We've never seen it," he said`).
        let starts = k == s.first
            || (k > s.first && matches!(v.w(k - 1), "-" | ":") && !v.glued(k))
            || (k == s.first + 1 && matches!(v.w(k - 1), "\"" | "\u{201c}" | "'" | "\u{2018}"));
        let lone_first_word = starts && j == k + 1;
        let keep = !lone_first_word && name.len() > 1 && !out.iter().any(|n| n == name);
        if keep && !is_press_name(name) {
            out.push(name.to_string());
        }
        k = j;
    }
    out
}

/// Whether `name` is a wire agency or an outlet ([`crate::document::is_press_name`]),
/// remembered per thread: a story names the same places and people sentence after sentence,
/// and that look-up lowercases the name and hashes it twice. At most 2^14 names are kept.
fn is_press_name(name: &str) -> bool {
    thread_local! {
        static SEEN: RefCell<HashMap<Box<str>, bool>> =
            const { RefCell::new(HashMap::with_hasher(FastHash::new())) };
    }
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if let Some(&press) = m.get(name) {
            return press;
        }
        if m.len() >= 1 << 14 {
            m.clear();
        }
        let press = crate::document::is_press_name(name);
        m.insert(name.into(), press);
        press
    })
}

/// What the context of every figure needs from its whole sentence, computed once per
/// sentence: a table row or a run-on line has hundreds of figures, and looking these up
/// for each (stemming every word, matching every phrase at every token) made extraction
/// quadratic in the length of a sentence.
pub(crate) struct SentenceFacts {
    /// Event words: token index and event class, in text order.
    events: Vec<(usize, &'static str)>,
    /// Tokens where a running-total phrase ([`en::CUMULATIVE`]) starts.
    cumulative_at: Vec<usize>,
    /// Tokens where a one-period phrase ([`PERIODIC`]) starts.
    periodic_at: Vec<usize>,
    /// Tokens naming several attacks a toll is summed over (see [`in_several_attacks`]).
    attacks_at: Vec<usize>,
    /// Tokens naming several attacks a relative clause after them sums over (see
    /// [`tallies_after`]).
    tallied_at: Vec<usize>,
    /// Semicolons: a sum over attacks is read up to the next one.
    semicolons: Vec<usize>,
    /// Where `since then` starts a running total (`Since then, there have been 127`).
    since_then_at: Vec<usize>,
    /// Whether the sentence places its figures in an earlier time: a [`PAST`] phrase
    /// (`last month`, `years ago`).
    pub past: bool,
}

impl SentenceFacts {
    /// The facts of sentence `s`.
    pub(crate) fn new(v: &View<'_>, s: &Sentence) -> SentenceFacts {
        let lex = Lexicon::get();
        let table = phrase_table();
        let mut facts = SentenceFacts {
            events: Vec::new(),
            cumulative_at: Vec::new(),
            periodic_at: Vec::new(),
            attacks_at: Vec::new(),
            tallied_at: Vec::new(),
            semicolons: Vec::new(),
            since_then_at: Vec::new(),
            past: false,
        };
        for k in s.first..s.last {
            if v.is_word(k) {
                if let Some(e) = lex.event(v.w(k)).and_then(|e| fire_event(v, s, k, e)) {
                    facts.events.push((k, e));
                }
            }
            if v.w(k) == ";" {
                facts.semicolons.push(k);
            } else if v.w(k) == "since" && v.w(k + 1) == "then" {
                facts.since_then_at.push(k);
            } else if in_several_attacks(v, s, k) {
                facts.attacks_at.push(k);
            } else if tallies_after(v, s, k) {
                facts.tallied_at.push(k);
            }
            let found = table.starting_at(v, k);
            if found & CUMULATIVE_PHRASE != 0 {
                facts.cumulative_at.push(k);
            }
            if found & PERIODIC_PHRASE != 0 {
                facts.periodic_at.push(k);
            }
            facts.past |= found & PAST_PHRASE != 0 || tells_an_earlier_event(v, s, k);
        }
        facts
    }
}

/// Subjects of `comes after` that are the event just told (`This all comes after a person
/// was killed ...`, `The shooting came a day after ...`).
const THIS_EVENT: &[&str] = &[
    "this", "it", "that", "shooting", "attack", "incident", "killing", "violence",
];

/// How far into its sentence `comes after` may start and still be the sentence's own verb
/// (`The latest shooting comes after ...`), not a clause's (`... were wounded in the
/// shooting, which came after an argument`).
const COMES_AFTER_REACH: usize = 4;

/// Event nouns that `that` points back to, an event other than the story's own (`Two people
/// were shot in that incident`): the story's own is `this` or `the` shooting.
const EARLIER_EVENT_NOUNS: &[&str] = &[
    "incident", "shooting", "attack", "killing", "homicide", "crash", "rampage",
];

/// Whether token `k` starts a phrase that puts the sentence at an earlier event: the event
/// just told `comes after` it, or `that incident` points back to one.
fn tells_an_earlier_event(v: &View<'_>, s: &Sentence, k: usize) -> bool {
    match v.w(k) {
        "comes" | "came" => {
            let mut b = k.wrapping_sub(1);
            if v.w(b) == "all" {
                b = b.wrapping_sub(1);
            }
            b >= s.first
                && b < k
                && k - s.first <= COMES_AFTER_REACH
                && THIS_EVENT.contains(&v.w(b))
                && (k + 1..s.last.min(k + 6)).any(|j| v.w(j) == "after")
        }
        "that" => {
            EARLIER_EVENT_NOUNS.contains(&v.w(k + 1))
                && matches!(v.w(k.wrapping_sub(1)), "in" | "from" | "during" | "of")
        }
        _ => false,
    }
}

/// Words before `fire` that make it gunfire, not a blaze (`opened fire`, `returned fire`,
/// `an exchange of fire`, `under fire`).
const GUNFIRE_BEFORE: &[&str] = &[
    "open",
    "opened",
    "opening",
    "opens",
    "return",
    "returned",
    "returning",
    "exchange",
    "exchanged",
    "trading",
    "traded",
    "under",
    "cross",
    "heavy",
    "gun",
    "sniper",
    "machine",
];

/// Words after `fire` that make it a service, not an event (`the fire department said`,
/// `Miami-Dade Fire Rescue`): firefighters attend shootings and crashes as well.
const FIRE_SERVICE_AFTER: &[&str] = &[
    "department",
    "dept",
    "departments",
    "rescue",
    "station",
    "chief",
    "marshal",
    "district",
    "service",
    "services",
    "authority",
    "captain",
    "lieutenant",
    "engine",
    "truck",
];

/// The event class of the event word at token `k`, whose lexicon class is `event`: for
/// `fire`, an attack when it is the verb of a gun (`shots were fired`, `firing into the
/// crowd`) or the words before it make it gunfire (skipping `of`: `an exchange of fire`),
/// nothing when it names a fire service, else a blaze. Other classes pass unchanged.
fn fire_event(v: &View<'_>, s: &Sentence, k: usize, event: &'static str) -> Option<&'static str> {
    if event != "fire" {
        return Some(event);
    }
    let w = v.w(k);
    // A fire burns, a gun fires: the verb's forms are shooting (`fired`, `firing`).
    if matches!(w, "fired" | "firing") {
        return Some("attack");
    }
    if w != "fire" {
        return Some(event);
    }
    if FIRE_SERVICE_AFTER.contains(&v.w(k + 1)) {
        return None;
    }
    let before = (s.first..k).rev().filter(|&j| v.is_word(j)).take(2);
    for (n, j) in before.enumerate() {
        let w = v.w(j);
        if GUNFIRE_BEFORE.contains(&w) {
            return Some("attack");
        }
        if n == 0 && w != "of" {
            break;
        }
    }
    Some(event)
}

/// Which phrase lists a [`PhraseTable`] entry belongs to (bit flags).
const CUMULATIVE_PHRASE: u8 = 1;
const PERIODIC_PHRASE: u8 = 2;
const PAST_PHRASE: u8 = 4;

/// The sentence-level phrase lists ([`en::CUMULATIVE`], [`PERIODIC`], [`PAST`]) keyed by
/// first word: each token then costs one look-up instead of a comparison per phrase.
struct PhraseTable(HashMap<&'static str, Vec<(&'static str, u8)>>);

fn phrase_table() -> &'static PhraseTable {
    static TABLE: OnceLock<PhraseTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<(&'static str, u8)>> = HashMap::default();
        let lists = [
            (en::CUMULATIVE, CUMULATIVE_PHRASE),
            (PERIODIC, PERIODIC_PHRASE),
            (PAST, PAST_PHRASE),
        ];
        for (list, bit) in lists {
            for &p in list {
                let first = p.split(' ').next().unwrap_or(p);
                map.entry(first).or_default().push((p, bit));
            }
        }
        PhraseTable(map)
    })
}

impl PhraseTable {
    /// The lists that have a phrase starting at token `k`.
    fn starting_at(&self, v: &View<'_>, k: usize) -> u8 {
        self.0.get(v.w(k)).map_or(0, |phrases| {
            phrases
                .iter()
                .filter(|(p, _)| v.phrase_at(k, p).is_some())
                .fold(0, |acc, (_, bit)| acc | bit)
        })
    }
}

/// Whether a sorted list of token indices has one in `lo..hi`.
fn any_in(sorted: &[usize], lo: usize, hi: usize) -> bool {
    let i = sorted.partition_point(|&k| k < lo);
    sorted.get(i).is_some_and(|&k| k < hi)
}

/// Event classes of the sentence, nearest to the figure first.
pub(crate) fn events(facts: &SentenceFacts, f: &Figure) -> Vec<String> {
    let mut found: Vec<(usize, &str)> = Vec::new();
    for &(k, e) in &facts.events {
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
pub(crate) fn years(v: &View<'_>, s: &Sentence, claims: &[Figure]) -> Vec<(i32, usize)> {
    let mut out: Vec<(i32, usize)> = Vec::new();
    for k in s.first..s.last {
        let raw = v.raw(k);
        if v.kind(k) == Some(TokenKind::Digits)
            && raw.len() == 4
            && !claims.iter().any(|f| (f.first..f.last).contains(&k))
            // `since 2015` starts a running total; it does not date the figure.
            && !matches!(v.w(k.wrapping_sub(1)), "since" | "from")
        {
            if let Ok(y) = raw.parse::<i32>() {
                if (1800..=2100).contains(&y) {
                    out.push((y, k));
                }
            }
        }
    }
    out
}

/// Phrases that place a figure before the story's own time.
const PAST: &[&str] = &[
    "last month",
    "last year",
    // (`last year's floods killed 17`: the possessive is one word.)
    "last month's",
    "last year's",
    "a year ago",
    "years ago",
    "months ago",
    "a year earlier",
    "previous year",
    "the year before",
    "a decade ago",
    "in the past",
    "back in",
    // `Six months before that, a gunman killed 14 people`: earlier than an event the
    // text has just told of.
    "months before that",
    "years before that",
    "weeks before that",
    "months earlier",
    "years earlier",
];

/// Whether a count is a running total: `in six years`, `since 2011`, `in total`.
/// `events` are the figure's [`events`].
pub(crate) fn cumulative(
    v: &View<'_>,
    s: &Sentence,
    f: &Figure,
    all: &[Figure],
    facts: &SentenceFacts,
    events: &[String],
) -> bool {
    if f.dimension() != Dimension::Count {
        return false;
    }
    let before = |g: &Figure| {
        let k = if matches!(v.w(g.first.wrapping_sub(1)), "the" | "a") {
            g.first.wrapping_sub(2)
        } else {
            g.first.wrapping_sub(1)
        };
        v.w(k)
    };
    // Only the figure's own clause counts: in `127 new cases in the past week, bringing the
    // total this year to 1,603`, only the 1,603 is a running total.
    let (cs, ce) = clause(v, s, f);
    let span_of_time = all.iter().any(|g| {
        g.first != f.first
            && g.first >= cs
            && g.last <= ce
            && g.dimension() == Dimension::Duration
            && g.value
                .low
                .zip(g.unit)
                .is_some_and(|(l, u)| u.to_canonical(l) >= 2_000_000.0)
            && matches!(
                before(g),
                "in" | "over" | "during" | "for" | "across" | "past" | "last"
            )
    });
    // A war's toll is a running total, whatever the sentence says about time.
    let war = events.first().is_some_and(|e| e == "war");
    span_of_time
        || war
        || any_in(&facts.cumulative_at, cs, ce)
        || {
            let i = facts.semicolons.partition_point(|&k| k < f.last);
            let stop = facts.semicolons.get(i).copied().unwrap_or(s.last);
            let start = i.checked_sub(1).map_or(s.first, |p| facts.semicolons[p]);
            // (A relative clause ends at its comma: `After two shootings that rattled the
            // city, a gunman killed three`.)
            let comma = (s.first..f.first).rev().find(|&j| v.w(j) == ",").unwrap_or(start);
            any_in(&facts.attacks_at, f.last, stop)
                || any_in(&facts.tallied_at, start.max(comma), f.first)
        }
        // `Since then, there have been 127 mass shootings`.
        || any_in(&facts.since_then_at, s.first, f.first)
        // `since 2010`: a span of years, in the clause or opening the sentence (`Since
        // 1913, the city has lost 33 officers`).
        || (s.first..ce).any(|k| v.w(k) == "since" && v.kind(k + 1) == Some(TokenKind::Digits) && v.raw(k + 1).len() == 4)
        // `35 people have been shot, eight of them fatally, since Friday`: a tally over the
        // days since, after the figure and in the perfect (`in custody since Monday after
        // two were killed` dates the custody).
        || (f.last..s.last).any(|k| {
            v.w(k) == "since"
                && Lexicon::get().is_calendar_word(v.w(k + 1))
                && (s.first..k).any(|j| matches!(v.w(j), "have" | "has") && v.w(j + 1) == "been")
        })
        // `the insanity that has killed thousands since Sandy Hook`: a tally since an
        // event named, in the perfect.
        || (f.last..s.last).any(|k| {
            v.w(k) == "since"
                && v.is_capitalized(k + 1)
                && !Lexicon::get().is_calendar_word(
                    v.w(k + 1).trim_end_matches("'s").trim_end_matches("\u{2019}s"),
                )
                && (s.first..f.first).any(|j| matches!(v.w(j), "have" | "has"))
        })
}

/// Words before a plural event noun that make a toll a sum over those events (`in city
/// shootings`, `across three attacks`); `one of the deadliest shootings` is no sum.
const SUM_PREPOSITIONS: &[&str] = &["in", "across", "during", "from"];

/// Whether token `k` names several attacks that a toll is summed over: `4 killed, 11
/// wounded in city shootings Tuesday` adds up several events, as a running total does.
/// `two men shot to death in separate incidents`: the same sum, over events the text
/// does not name as attacks.
fn in_several_attacks(v: &View<'_>, s: &Sentence, k: usize) -> bool {
    let lo = s.first.max(k.saturating_sub(3));
    // (The words around first: they are cheap, the lexicon is not.)
    (lo..k).any(|j| SUM_PREPOSITIONS.contains(&v.w(j)))
        && !(lo..k).any(|j| v.w(j) == "of")
        && (is_plural_attack(v.w(k))
            || (SEPARATE_EVENTS.contains(&v.w(k)) && (lo..k).any(|j| SEPARATE.contains(&v.w(j)))))
}

/// Words that set events apart from each other (`in two separate incidents`).
const SEPARATE: &[&str] = &["separate", "unrelated", "different", "distinct"];

/// Plural nouns for events in general: a sum over them when told apart by [`SEPARATE`] or
/// counted before a relative clause (`two incidents in which three people were hurt`).
const SEPARATE_EVENTS: &[&str] = &["incidents", "events", "episodes", "cases", "crimes"];

/// Whether `w` is the plural of a word for an attack (`shootings`, `attacks`).
fn is_plural_attack(w: &str) -> bool {
    let lex = Lexicon::get();
    w.len() > 4
        && w.strip_suffix('s')
            .is_some_and(|one| lex.event(one) == Some("attack"))
        && lex.event(w) == Some("attack")
}

/// Whether token `k` is a plural event noun that a relative clause tallies over: `two
/// dozen shootings in which three people were killed`, `two shootings that left four
/// dead`. The figures after it, up to the next semicolon, are sums.
fn tallies_after(v: &View<'_>, s: &Sentence, k: usize) -> bool {
    // (The relative pronoun first: it is cheap, the lexicon is not.)
    if !matches!(
        (v.w(k + 1), v.w(k + 2)),
        ("in", "which") | ("that", _) | ("which", _)
    ) {
        return false;
    }
    let lo = s.first.max(k.saturating_sub(3));
    // Counted, for `the shootings` or `Saturday's shootings` are often one event's.
    let counted = (lo..k).any(|j| {
        matches!(
            v.w(j),
            "several" | "multiple" | "dozen" | "dozens" | "separate"
        ) || crate::quantity::parse_number_at(v, j, false)
            .is_some_and(|m| m.value >= 2.0 && !super::figure::is_year_like(v, j))
    });
    counted
        && !(lo..k).any(|j| v.w(j) == "of")
        && (is_plural_attack(v.w(k)) || SEPARATE_EVENTS.contains(&v.w(k)))
}

/// Phrases that tie a figure to one period rather than a running total.
const PERIODIC: &[&str] = &[
    "past week",
    "this week",
    "last week",
    "past 24 hours",
    "in 24 hours",
    "per day",
    "a day",
    "daily",
    "weekly",
    "each day",
    "every day",
    "per week",
    "a week",
    "per month",
    "a month",
    "monthly",
    "overnight",
    "past day",
    "previous day",
    "in a single day",
];

/// Whether the figure's clause ties it to one period (`127 new cases in the past week`).
/// Words of a sentence that tallies several events (`in separate shootings`).
const TALLY_WORDS: &[&str] = &["shootings", "incidents", "attacks", "separate", "citywide"];

/// `overnight` dates one event (`a child and a woman were shot overnight`) unless the
/// sentence tallies several (`12 people were shot overnight in separate shootings`).
pub(crate) fn periodic(v: &View<'_>, s: &Sentence, f: &Figure, facts: &SentenceFacts) -> bool {
    let (cs, ce) = clause(v, s, f);
    let several = || (s.first..s.last).any(|k| TALLY_WORDS.contains(&v.w(k)));
    facts
        .periodic_at
        .iter()
        .any(|&k| (cs..ce).contains(&k) && (v.w(k) != "overnight" || several()))
}

/// The clause around a figure: from the last comma or semicolon before it to the next one
/// after it, as token indices.
pub(crate) fn clause(v: &View<'_>, s: &Sentence, f: &Figure) -> (usize, usize) {
    let is_break = |k: usize| matches!(v.w(k), "," | ";" | ":" | "(" | ")");
    let start = (s.first..f.first)
        .rev()
        .find(|&k| is_break(k))
        .map_or(s.first, |k| k + 1);
    let end = (f.last..s.last).find(|&k| is_break(k)).unwrap_or(s.last);
    (start, end)
}

/// The years that date a figure: the one nearest to it in its clause if any (`174 in 2024
/// from 184 in 2023`), else every year of the sentence.
pub(crate) fn years_of(
    v: &View<'_>,
    s: &Sentence,
    f: &Figure,
    sentence_years: &[(i32, usize)],
    others: &[Figure],
) -> Vec<i32> {
    let (cs, ce) = clause(v, s, f);
    let dist = |k: usize| {
        if k < f.first {
            f.first - k
        } else {
            k - f.last + 1
        }
    };
    let near = sentence_years
        .iter()
        .filter(|(_, k)| (cs..ce).contains(k) && dist(*k) <= 4)
        .min_by_key(|(_, k)| (dist(*k), *k < f.first));
    // Without a year of its own, a figure is not dated by a year that sits right next to
    // another figure: in `nine million last year, up from 8.1 million in 2022`, 2022 dates
    // the 8.1 million only.
    let next_to_other = |k: usize| {
        others.iter().any(|g| {
            g.first != f.first
                && ((g.last <= k && k - g.last < 3) || (k < g.first && g.first - k <= 2))
        })
    };
    match near {
        Some(&(y, _)) => vec![y],
        None => sentence_years
            .iter()
            .filter(|(_, k)| !next_to_other(*k))
            .map(|(y, _)| *y)
            .collect(),
    }
}

/// Words that end a speaker phrase when reading away from the verb.
static SPEAKER_STOP: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "and",
        "but",
        "or",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "as",
        "than",
        "is",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "also",
        "later",
        "earlier",
        "then",
        "now",
        "still",
        "previously",
        "separately",
        "had",
        "not",
        "told",
        "been",
        "being",
        "be",
    ]
    .into_iter()
    .collect()
});

/// Words of fate that are neither nouns nor `-ed` forms (`two were dead`, `left four`).
const FATE_WORDS: &[&str] = &["dead", "shot", "hurt", "left", "slain", "lost"];

/// Pronouns resolved to the last named speaker.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

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
            return phrase_after(v, s, k + 2, 8, true).and_then(|sp| resolve(sp, last_speaker));
        }
        if !v.is_word(k) || !lex.speech.contains(w) || w == "according" {
            continue;
        }
        // `estimates` is a noun (`Early estimates put the toll at 300`) unless a clause
        // follows: `a study estimates that 4,645 died`.
        if w == "estimates" && v.w(k + 1) != "that" {
            continue;
        }
        // `employers added 187,000 jobs`: adding a number is not saying.
        if w == "added" && v.kind(k + 1) == Some(TokenKind::Digits) {
            continue;
        }
        // A participle is not a verb of saying: `20 people reported missing`.
        if w.ends_with("ed")
            && w != "said"
            && v.is_word(k + 1)
            && !matches!(
                v.w(k + 1),
                "that" | "on" | "in" | "late" | "earlier" | "last" | "this" | "yesterday" | "today"
            )
        {
            continue;
        }
        // `X said`: the phrase before the verb; else `said X,` (after `told`, the
        // listener: `told officers`).
        if let Some(sp) = speaker_before(v, s, k) {
            return resolve(sp, last_speaker);
        }
        if matches!(w, "told" | "tell" | "tells") {
            continue;
        }
        // (`said seven officers were hurt`: what was said, not who said it.)
        let figure_next = crate::quantity::parse_number_at(v, k + 1, false).is_some();
        if let Some(sp) = phrase_after(v, s, k + 1, 6, false).filter(|_| !figure_next) {
            return resolve(sp, last_speaker);
        }
    }
    None
}

/// Words that open a clause inside a phrase taken as the speaker: only what follows the
/// last of them speaks (`hospital where police said` → `police`).
const CLAUSE_OPENERS: &[&str] = &[
    "where",
    "when",
    "after",
    "before",
    "what",
    "following",
    "as",
];

fn resolve(sp: String, last: &Option<String>) -> Option<String> {
    let words: Vec<&str> = sp.split_whitespace().collect();
    let sp = match words
        .iter()
        .rposition(|w| CLAUSE_OPENERS.contains(&w.to_ascii_lowercase().as_str()))
    {
        Some(k) if k + 1 < words.len() => words[k + 1..].join(" "),
        Some(_) => return None,
        None => sp,
    };
    if PRONOUNS.contains(&sp.to_ascii_lowercase().as_str()) {
        return last.clone().or(Some(sp.to_ascii_lowercase()));
    }
    Some(sp)
}

/// People a report is about, not who reports: before a speaker they start a reduced
/// relative clause (`the man police say shot four people`).
const SPOKEN_OF: &[&str] = &[
    "man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "suspect", "gunman",
    "shooter", "victim", "person", "driver",
];

/// The noun phrase ending just before the speech verb at `verb`: up to four words back to
/// a determiner, preposition or punctuation (`the defence ministry said` → `defence
/// ministry`), skipping an appositive (`R.C. Hammond, a senior aide, said`) and an adverb
/// (`Dallas Police previously said`).
fn speaker_before(v: &View<'_>, s: &Sentence, verb: usize) -> Option<String> {
    let mut end = verb;
    if end > s.first + 1 && v.w(end - 1).ends_with("ly") && v.is_capitalized(end - 2) {
        end -= 1;
    }
    if end > s.first + 1 && v.w(end - 1) == "," {
        let mut j = end - 1;
        let mut guard = 0;
        while j > s.first && guard < 8 {
            j -= 1;
            guard += 1;
            if v.w(j) == "," {
                end = j;
                break;
            }
        }
        if end == verb {
            return None;
        }
    }
    let lex = Lexicon::get();
    // The start of the speaker's phrase that ends before `end`.
    let scan = |end: usize| {
        let mut start = end;
        let mut words = 0;
        while start > s.first && words < 4 {
            let j = start - 1;
            let w = v.w(j);
            let glued_dash = w == "-" && v.glued(j) && v.glued(j + 1);
            // A verb or adjective of fate ends the clause before the speaker (`two were dead
            // investigators said`, `the spree that left four dead told`); a noun that carries
            // a fate (`the hospital said`) is the speaker.
            let fate = super::subject::word_predicate(w, lex).is_some()
                && (w.ends_with("ed") || FATE_WORDS.contains(&w));
            // `the man police say shot four people`: the man is who was spoken of.
            let spoken_of = words > 0 && SPOKEN_OF.contains(&w);
            if !(v.is_word(j) || glued_dash) || SPEAKER_STOP.contains(w) || fate || spoken_of {
                break;
            }
            start = j;
            words += 1;
            if PRONOUNS.contains(&w) {
                break;
            }
        }
        start
    };
    let mut start = scan(end);
    // `Police in Ohio say`, `The mayor in a statement said`: who speaks is before `in`.
    let mut at = start;
    while at > s.first && matches!(v.w(at - 1), "a" | "an" | "the") {
        at -= 1;
    }
    let speakers = |w: &str| {
        super::implicit::is_person(w, lex)
            || en::TITLES.contains(&w)
            || matches!(w, "officials" | "authorities")
    };
    if start < end && at >= s.first + 2 && v.w(at - 1) == "in" && speakers(v.w(at - 2)) {
        end = at - 1;
        start = scan(end);
    }
    // `no other injuries reported`: what was (not) reported, not who reported it.
    if matches!(v.w(start), "no" | "none") {
        return None;
    }
    (start < end).then(|| strip_possessive(&v.text[v.tokens[start].start..v.tokens[end - 1].end]))
}

fn strip_possessive(s: &str) -> String {
    s.strip_suffix("'s").unwrap_or(s).to_string()
}

/// The phrase after `from`: up to `max` words, to the next punctuation; `through` lets it
/// run past prepositions (`according to a report by the interior ministry`).
fn phrase_after(
    v: &View<'_>,
    s: &Sentence,
    from: usize,
    max: usize,
    through: bool,
) -> Option<String> {
    let mut k = from;
    while k < s.last && matches!(v.w(k), "the" | "a" | "an") {
        k += 1;
    }
    let start = k;
    let mut words = 0;
    while k < s.last && words < max {
        let w = v.w(k);
        let glued_dash = w == "-" && v.glued(k) && v.glued(k + 1);
        // `Sgt. Danielle Newman`: a title's full stop is inside the phrase.
        let title_stop = w == "." && k > start && v.glued(k) && en::TITLES.contains(&v.w(k - 1));
        if !(v.is_word(k) || glued_dash || title_stop)
            || (!through && SPEAKER_STOP.contains(w))
            || matches!(w, "that" | "on" | "in" | "when" | "after")
        {
            break;
        }
        k += 1;
        words += 1;
    }
    while k > start && SPEAKER_STOP.contains(v.w(k - 1)) {
        k -= 1;
    }
    // `said Monday that`: a day is when, not who.
    let w = v.w(start);
    if k == start + 1
        && (Lexicon::get().is_calendar_word(w) || matches!(w, "yesterday" | "today" | "tonight"))
    {
        return None;
    }
    (k > start).then(|| v.text[v.tokens[start].start..v.tokens[k - 1].end].to_string())
}

/// Words that make a figure a forecast or uncertain.
/// Nouns for a penalty (`a 15-year sentence`, `20 years in prison`).
const PENALTY_NOUNS: &[&str] = &["sentence", "sentences", "prison", "penalty", "jail", "term"];

/// Words before a penalty that make it one the law sets or a defendant risks, not one
/// imposed (`carries a 3- to 15-year sentence`, `faces up to 20 years in prison`, `a
/// potential sentence of five years`).
const POSSIBLE_PENALTY: &[&str] = &[
    "carries",
    "carry",
    "carrying",
    "faces",
    "face",
    "facing",
    "faced",
    "potential",
    "possible",
    "maximum",
    "minimum",
    "mandatory",
];

/// How many words before a penalty [`POSSIBLE_PENALTY`] may stand.
const PENALTY_REACH: usize = 8;

/// Whether figure `f` is a penalty that may be imposed rather than one that was: a
/// sentence of its own (`He was sentenced to the maximum of 20 years`) is told.
fn possible_penalty(v: &View<'_>, s: &Sentence, f: &Figure) -> bool {
    let after = (f.last..s.last.min(f.last + 3)).any(|k| PENALTY_NOUNS.contains(&v.w(k)));
    let of_penalty = f.first >= s.first + 2
        && v.w(f.first - 1) == "of"
        && PENALTY_NOUNS.contains(&v.w(f.first - 2));
    if !(after || of_penalty) {
        return false;
    }
    let lo = s.first.max(f.first.saturating_sub(PENALTY_REACH));
    let words = || (lo..f.first).map(|k| v.w(k));
    words().any(|w| POSSIBLE_PENALTY.contains(&w)) && !words().any(|w| w.starts_with("sentenced"))
}

fn modal_word(v: &View<'_>, k: usize) -> Option<Modality> {
    Some(match v.w(k) {
        "expected" | "expect" | "expects" | "forecast" | "forecasts" | "projected"
        | "predicted" | "predicts" | "will" | "would" | "poised" | "likely" | "anticipated"
        | "plans" | "plan" | "planned" | "aims" | "aim" | "intends" | "targets" | "hopes"
        | "feared" | "fears" | "'ll" => Modality::Projected,
        "set" if v.w(k + 1) == "to" => Modality::Projected,
        "could"
            if matches!(
                v.w(k + 1),
                "rise" | "reach" | "climb" | "top" | "hit" | "exceed"
            ) =>
        {
            Modality::Projected
        }
        "could" | "may" | "might" | "possibly" | "perhaps" | "reportedly" | "allegedly"
        | "potentially" | "unconfirmed" => Modality::Hedged,
        _ => return None,
    })
}

/// Words before `if` that make what follows an open question (`not clear if`, `asked if`).
const OPEN_QUESTION: &[&str] = &[
    "clear",
    "unclear",
    "known",
    "unknown",
    "sure",
    "certain",
    "asked",
    "see",
    "determine",
    "confirm",
];

/// Verbs that deny what follows them (`denied that 25 workers had died`).
const DENIAL_VERBS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "rejected",
    "rejects",
    "dismissed",
    "refuted",
    "disputed",
    "disputes",
];

/// What a denial verb's object must start with to be a claim it denies.
const DENIED_OBJECTS: &[&str] = &[
    "that",
    "reports",
    "claims",
    "allegations",
    "suggestions",
    "accounts",
    "rumours",
    "rumors",
];

/// A denial verb up to eight words before the figure, in the same sentence part.
fn denied_before(v: &View<'_>, s: &Sentence, f: &Figure) -> bool {
    let lo = s.first.max(f.first.saturating_sub(8));
    (lo..f.first).any(|k| {
        DENIAL_VERBS.contains(&v.w(k))
            && DENIED_OBJECTS.contains(&v.w(k + 1))
            && !(k + 1..f.first).any(|j| matches!(v.w(j), ";" | ":" | "but"))
    })
}

/// How firmly the figure is stated, from words in its clause.
pub(crate) fn modality(v: &View<'_>, s: &Sentence, f: &Figure, head: Option<usize>) -> Modality {
    // Denied: `3,000 people did not die`, `not 200 as reported`, `not the 3,000 claimed`.
    let after = head.map_or(f.last, |h| h + 1);
    // Only within the figure's own clause: `debts of $4bn and has not made a profit`
    // negates the profit, not the debt.
    let clause_end = (after..s.last.min(after + 3))
        .find(|&k| matches!(v.w(k), "and" | "but" | "," | ";" | "while"))
        .unwrap_or(s.last.min(after + 3));
    let neg_after = (after..clause_end).any(|k| {
        matches!(
            v.w(k),
            "not" | "never" | "didn't" | "weren't" | "wasn't" | "n't"
        )
    });
    let neg_before = f.first > s.first
        && (matches!(v.w(f.first - 1), "not" | "never")
            || (matches!(v.w(f.first - 1), "the" | "a")
                && f.first > s.first + 1
                && v.w(f.first - 2) == "not"));
    if neg_after || neg_before || denied_before(v, s, f) {
        return Modality::Denied;
    }
    if possible_penalty(v, s, f) {
        return Modality::Hedged;
    }
    // After the figure: `15,000 workers will be deployed`, `15% of patients may develop`.
    let mut k = after;
    let mut n = 0;
    while k < s.last && n < 4 {
        if !v.is_word(k) {
            break;
        }
        if let Some(m) = modal_word(v, k) {
            return m;
        }
        k += 1;
        n += 1;
    }
    // Before it, through the clause (a comma before an -ing clause does not end it).
    // A hedge must be near and not across a prepositional phrase: in `could have been
    // complicit in the massacre of 43`, the hedge is about complicity, not the 43.
    let lo = s.first.max(f.first.saturating_sub(12));
    let mut k = f.first;
    let mut crossed_preposition = false;
    while k > lo {
        k -= 1;
        let w = v.w(k);
        if matches!(w, ";" | ":" | "\"") {
            break;
        }
        if w == "," && !v.w(k + 1).ends_with("ing") {
            break;
        }
        // An open question: `It's not clear if the four victims had attended`, `unclear
        // whether two more died`.
        let asking = w == "whether" || w == "if" && OPEN_QUESTION.contains(&v.w(k.wrapping_sub(1)));
        if asking {
            return Modality::Hedged;
        }
        // A new clause: in `would discuss ... and how to end the six-year war`, the modal
        // is about the discussing.
        if matches!(
            w,
            "and"
                | "or"
                | "how"
                | "whether"
                | "what"
                | "which"
                | "who"
                | "that"
                | "because"
                | "while"
                | "when"
        ) {
            break;
        }
        match modal_word(v, k) {
            Some(Modality::Hedged) if crossed_preposition || f.first - k > 6 => {}
            Some(m) => return m,
            None => {}
        }
        crossed_preposition |= matches!(
            w,
            "in" | "of" | "on" | "at" | "for" | "from" | "with" | "by"
        );
    }
    Modality::Asserted
}
