//! A deterministic synthetic news corpus, for benchmarks and scale tests.
//!
//! Shared by the benches (`#[path = "support/corpus.rs"] mod corpus;`) and by
//! `examples/corpus.rs` (`#[path = "../benches/support/corpus.rs"] mod corpus;`) rather than
//! living in the library: it is test infrastructure, so it adds no public API, no semver
//! promise and no code to the library build.
//!
//! Everything here is invented: towns, regions and countries are built from syllables,
//! people from a list of first names and syllable surnames, outlets are made-up mastheads;
//! only the wire agencies (AFP, AP, Reuters) are real. The same seed gives the same corpus
//! on every platform (a SplitMix64 generator, no hash-map iteration, no floating-point
//! formatting beyond fixed decimals).
//!
//! What the articles exercise:
//! - many events (earthquakes, floods, storms, ferry sinkings, bus crashes, fires,
//!   bombings, protests, elections, takeovers, football matches, summits), each covered
//!   by several outlets, with tolls that rise over time and sources that disagree;
//! - wire copies: an agency text run by two or more outlets under their own headline,
//!   page furniture and house style;
//! - name spelling variants across outlets (`ou`/`u`, `kh`/`h`, `q`/`k`, `ei`/`ey`,
//!   `-ov`/`-off`, an apostrophe after a soft consonant, a hyphen in two-word names);
//! - numbers as digits with and without separators, words (`forty-two`), scaled
//!   (`1.2 million`, `$3bn`, `EUR 450m`), percentages, durations, magnitudes;
//! - qualifiers (more than, about, almost, at least, up to, between X and Y, dozens);
//! - look-alike numbers: a war's cumulative toll beside one attack's, injured beside
//!   killed, dates, years, clock times, ages, flight and route numbers, scorelines;
//! - boilerplate: navigation, share buttons, adverts, "read more" links, cookie notices,
//!   comment counts, copyright lines, picture credits.

#![allow(dead_code)]

use std::collections::VecDeque;

/// SplitMix64: tiny, fast, and good enough for test data.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x6a09_e667_f3bc_c908)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.below((hi - lo + 1) as usize) as u64
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T: 'a, S: AsRef<[T]> + ?Sized>(&mut self, xs: &'a S) -> &'a T {
        let xs = xs.as_ref();
        &xs[self.below(xs.len())]
    }

    /// An independent generator (for a sub-stream whose length may vary).
    pub fn fork(&mut self) -> Rng {
        Rng(self.next_u64())
    }

    /// Shuffles in place (Fisher-Yates).
    pub fn shuffle<T>(&mut self, xs: &mut [T]) {
        for i in (1..xs.len()).rev() {
            let j = self.below(i + 1);
            xs.swap(i, j);
        }
    }

    /// A log-uniform integer in `lo..=hi` (small values as common as large magnitudes).
    pub fn log_range(&mut self, lo: u64, hi: u64) -> u64 {
        let (a, b) = ((lo.max(1) as f64).ln(), (hi as f64).ln());
        ((a + (b - a) * self.unit()).exp().round() as u64).clamp(lo, hi)
    }
}

/// One synthetic article.
#[derive(Debug, Clone)]
pub struct Article {
    /// A file stem, unique within a corpus: `000042_e00007_daily-courier`, with
    /// `_wire-afp` when it runs an agency's copy.
    pub name: String,
    /// The article text (2-6 KB).
    pub text: String,
    /// The event it covers.
    pub event: usize,
    /// The outlet that ran it.
    pub outlet: &'static str,
    /// The wire agency whose copy it runs, if any.
    pub wire: Option<&'static str>,
    /// Hours after the event it was written.
    pub hours: u64,
    /// Its publication date (`YYYY-MM-DD`) in a [dated](Corpus::dated) corpus.
    pub published: Option<String>,
}

/// An endless, deterministic stream of articles for `seed`; events come in batches whose
/// articles are shuffled together, as in a crawl.
#[derive(Debug, Clone)]
pub struct Corpus {
    rng: Rng,
    pending: VecDeque<Article>,
    next_event: usize,
    next_doc: usize,
    /// Events per day in a dated corpus (see [`Corpus::dated`]).
    events_per_day: Option<usize>,
}

impl Corpus {
    /// The corpus for `seed`.
    pub fn new(seed: u64) -> Corpus {
        Corpus {
            rng: Rng::new(seed),
            pending: VecDeque::new(),
            next_event: 0,
            next_doc: 0,
            events_per_day: None,
        }
    }

    /// The corpus of a feed arriving in date order: the same articles, but events happen
    /// `events_per_day` a day from 1 January 2020 on, and each article is published
    /// (`Article::published`) on the day it was written, hours after its event (so a
    /// batch's articles arrive up to two days out of order, as in a crawl).
    pub fn dated(seed: u64, events_per_day: usize) -> Corpus {
        Corpus {
            events_per_day: Some(events_per_day.max(1)),
            ..Corpus::new(seed)
        }
    }
}

/// Days since 1970-01-01 of a date (proleptic Gregorian).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

/// The date `days` after 1970-01-01 as (year, month 1-12, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

impl Iterator for Corpus {
    type Item = Article;
    fn next(&mut self) -> Option<Article> {
        if self.pending.is_empty() {
            let mut batch = Vec::new();
            for _ in 0..6 {
                let mut erng = self.rng.fork();
                let mut ev = Event::new(self.next_event, &mut erng);
                let day = self.events_per_day.map(|per_day| {
                    let day = days_from_civil(2020, 1, 1) + (self.next_event / per_day) as i64;
                    let (y, m, d) = civil_from_days(day);
                    ev.since += y as i32 - ev.year;
                    (ev.year, ev.month, ev.day) = (y as i32, m as usize - 1, d as u32);
                    day
                });
                self.next_event += 1;
                let mut articles = ev.articles(&mut erng);
                if let Some(day) = day {
                    for a in &mut articles {
                        let (y, m, d) = civil_from_days(day + (a.hours / 24) as i64);
                        a.published = Some(format!("{y:04}-{m:02}-{d:02}"));
                    }
                }
                batch.extend(articles);
            }
            self.rng.shuffle(&mut batch);
            self.pending.extend(batch);
        }
        let mut a = self.pending.pop_front()?;
        a.name = format!("{:06}_e{:05}_{}", self.next_doc, a.event, slug(a.outlet));
        if let Some(w) = a.wire {
            a.name.push_str("_wire-");
            a.name.push_str(&w.to_ascii_lowercase());
        }
        self.next_doc += 1;
        Some(a)
    }
}

/// The first `n` articles for `seed`.
pub fn generate(n: usize, seed: u64) -> Vec<Article> {
    Corpus::new(seed).take(n).collect()
}

/// Articles for `seed` until their texts total at least `bytes`.
pub fn generate_bytes(bytes: usize, seed: u64) -> Vec<Article> {
    let mut total = 0;
    let mut out = Vec::new();
    for a in Corpus::new(seed) {
        if total >= bytes {
            break;
        }
        total += a.text.len();
        out.push(a);
    }
    out
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in s.split(|c: char| !c.is_ascii_alphanumeric()) {
        if w.is_empty() || w.eq_ignore_ascii_case("the") {
            continue;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w.to_ascii_lowercase());
    }
    out
}

// ---------------------------------------------------------------------------------------
// Word lists (all invented, except the three wire agencies).

/// Syllables are onset + vowel + coda: some 4,000 of them, so invented names are about as
/// varied as real ones (a few dozen fixed syllables made every name look like every other
/// to a fuzzy matcher).
const ONSETS: &[&str] = &[
    "b", "d", "f", "g", "h", "k", "kh", "l", "m", "n", "p", "q", "r", "s", "sh", "t", "v", "z",
    "ch", "dr", "tr", "br", "gr", "st", "w", "y", "j", "",
];
const VOWELS: &[&str] = &[
    "a", "e", "i", "o", "u", "ou", "ei", "ia", "ai", "oa", "y", "ee",
];
const CODAS: &[&str] = &[
    "", "", "", "n", "r", "l", "s", "k", "m", "sh", "v", "t", "nd", "rk", "ll",
];
const TOWN_ENDS: &[&str] = &[
    "a", "ov", "un", "ia", "grad", "ville", "ton", "abad", "ka", "ino", "ek", "oun", "esh",
];
const COUNTRY_ENDS: &[&str] = &["ia", "stan", "land", "ova", "ar", "ica", "onia"];
const FIRST_NAMES: &[&str] = &[
    "Amara", "Tomas", "Lenka", "Idris", "Mireille", "Oskar", "Farida", "Jonah", "Selin", "Rafael",
    "Ilse", "Kwame", "Nadia", "Piet", "Soraya", "Bram", "Ines", "Yusuf", "Hana", "Dmitar", "Carla",
    "Emeka", "Greta", "Tariq", "Lucia", "Anders", "Marisol", "Kofi", "Vera", "Hugo",
];
const OUTLETS: &[&str] = &[
    "The Daily Courier",
    "Northern Herald",
    "The Morning Ledger",
    "Coastal Tribune",
    "Metro Observer",
    "The Harbour Gazette",
    "Capital Chronicle",
    "The Plains Sentinel",
    "Riverside Post",
    "The National Dispatch",
    "Valley Times",
    "The Continental Review",
    "Southern Star Online",
    "The Weekly Meridian",
    "Lakeshore News",
    "The Frontier Journal",
    "Eastern Examiner",
    "The Evening Lantern",
];
const AGENCIES: &[&str] = &["AFP", "AP", "Reuters"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ONES: &[&str] = &[
    "zero",
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
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: &[&str] = &[
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

// ---------------------------------------------------------------------------------------
// Names and their spellings across outlets.

/// A name and its spelling variants (`forms[0]` is the most common spelling).
#[derive(Debug, Clone)]
struct Name {
    forms: Vec<String>,
}

impl Name {
    fn new(canonical: String) -> Name {
        let mut forms = vec![canonical.clone()];
        for v in spelling_variants(&canonical) {
            if !forms.contains(&v) && forms.len() < 4 {
                forms.push(v);
            }
        }
        Name { forms }
    }

    /// The spelling an outlet with house style `style` uses: half the outlets use the
    /// common spelling, the others one variant each.
    fn in_style(&self, style: usize) -> &str {
        let h = self.forms[0].bytes().fold(style as u64 * 31 + 7, |h, b| {
            h.wrapping_mul(131) ^ u64::from(b)
        });
        let k = (h % (2 * self.forms.len() as u64)) as usize;
        if k < self.forms.len() {
            &self.forms[k]
        } else {
            &self.forms[0]
        }
    }
}

/// Transliteration-like variants of a name.
fn spelling_variants(full: &str) -> Vec<String> {
    // Only the last word varies (`Port Velmora`, not `Pord Velmora`).
    let (prefix, name) = match full.rfind(' ') {
        Some(p) => full.split_at(p + 1),
        None => ("", full),
    };
    let mut out: Vec<String> = word_variants(name)
        .into_iter()
        .map(|v| format!("{prefix}{v}"))
        .collect();
    // Two words: hyphenated.
    if let Some((a, b)) = full.split_once(' ') {
        out.push(format!("{a}-{b}"));
    }
    out
}

fn word_variants(name: &str) -> Vec<String> {
    const RULES: &[(&str, &str)] = &[
        ("ou", "u"),
        ("kh", "h"),
        ("q", "k"),
        ("ei", "ey"),
        ("ov", "off"),
        ("ia", "iya"),
        ("sh", "ch"),
        ("un", "oun"),
        ("y", "i"),
        ("ll", "l"),
        ("ee", "i"),
    ];
    let mut out = Vec::new();
    for &(from, to) in RULES {
        // Skip `un` -> `oun` where the `u` already follows an `o`.
        if let Some(p) = name.find(from) {
            if from == "un" && p > 0 && name.as_bytes()[p - 1] == b'o' {
                continue;
            }
            let mut v = String::with_capacity(name.len() + 2);
            v.push_str(&name[..p]);
            if p == 0 {
                // Keep the capital: `Qa` -> `Ka`.
                let mut cs = to.chars();
                if let Some(c) = cs.next() {
                    v.extend(c.to_uppercase());
                    v.push_str(cs.as_str());
                }
            } else {
                v.push_str(to);
            }
            v.push_str(&name[p + from.len()..]);
            out.push(v);
        }
        let cap = capitalize(from);
        if cap != from && name.starts_with(&cap) {
            out.push(format!("{}{}", capitalize(to), &name[from.len()..]));
        }
    }
    // An apostrophe after a soft consonant: `Darya` -> `Dar'ya`.
    if let Some(p) = name[1..].find(['y', 'i']).map(|p| p + 1) {
        let prev = name.as_bytes()[p - 1];
        if p + 1 < name.len() && b"lrnt".contains(&prev) {
            out.push(format!("{}'{}", &name[..p], &name[p..]));
        }
    }
    out
}

/// Resolves `[a|b|c]` groups to one alternative each: how independent reports of one
/// event come to word the same facts differently (an empty alternative drops the phrase).
fn alternatives(rng: &mut Rng, s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let options: Vec<&str> = rest[open + 1..close].split('|').collect();
        out.push_str(rng.pick(&options));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    // Tidy the gaps an empty alternative leaves.
    while out.contains("  ") {
        out = out.replace("  ", " ");
    }
    out.replace(" ,", ",").replace(" .", ".").replace(" ]", "]")
}

/// The places of an event, for [`localize`].
struct Places<'a> {
    town: &'a str,
    region: &'a str,
    country: &'a str,
    cap: &'a str,
    wd: &'a str,
}

/// Ties generic phrases to the event (`officials` -> `officials in Velmora`), as reports
/// do, so that stories about different events rarely share eight words in a row.
fn localize(rng: &mut Rng, s: &str, p: &Places<'_>) -> String {
    const PHRASES: &[&str] = &[
        "the government",
        "officials",
        "residents",
        "rescuers",
        "the authorities",
        "analysts",
        "the army",
        "the families",
        "traders",
        "doctors",
        "diplomats",
        "bankers",
        "fans",
        "observers",
        "hospitals",
        "schools",
        "said",
    ];
    let mut out = String::with_capacity(s.len() + 64);
    let mut rest = s;
    'scan: while !rest.is_empty() {
        let at_word = !out.ends_with(|c: char| c.is_alphanumeric());
        let first = rest.as_bytes()[0];
        for &ph in PHRASES {
            if at_word
                && ph.as_bytes()[0] == first
                && rest.starts_with(ph)
                && !rest[ph.len()..].starts_with(|c: char| c.is_alphanumeric())
            {
                let replaced = if rng.chance(0.6) {
                    match ph {
                        "the government" => format!("the government in {}", p.cap),
                        "the authorities" => format!("the authorities in {}", p.region),
                        "the army" => format!("the {} army", p.country),
                        "the families" => format!("the families in {}", p.town),
                        "said" => format!("said on {}", p.wd),
                        "officials" | "residents" | "rescuers" | "doctors" | "hospitals"
                        | "schools" => {
                            format!("{ph} in {}", p.town)
                        }
                        _ => format!("{ph} in {}", p.cap),
                    }
                } else {
                    ph.to_string()
                };
                out.push_str(&replaced);
                rest = &rest[ph.len()..];
                continue 'scan;
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// Synonyms a reporter might use instead of `w` (lowercase); the word itself is one of them.
/// Figures, their nouns and predicates are never here, so rewording keeps every claim.
fn synonyms(w: &str) -> Option<&'static [&'static str]> {
    Some(match w {
        "access" => &["access", "travel", "movement"],
        "agreed" => &["agreed", "decided"],
        "agreement" => &["agreement", "accord", "deal", "treaty"],
        "ahead" => &["ahead", "in advance"],
        "annual" => &["annual", "yearly"],
        "appealed" => &["appealed", "called", "asked"],
        "applause" => &["applause", "cheers", "relief"],
        "approached" => &["approached", "contacted", "called"],
        "arrived" => &["arrived", "turned up", "came"],
        "assets" => &["assets", "businesses", "units", "divisions"],
        "bidders" => &["bidders", "buyers", "suitors"],
        "bloc" => &["bloc", "group", "alliance"],
        "border" => &["border", "frontier", "boundary"],
        "brought" => &["brought", "carried", "drove"],
        "calm" => &["calm", "restraint", "patience"],
        "ceasefire" => &["ceasefire", "truce", "halt"],
        "celebrated" => &["celebrated", "partied", "sang", "danced"],
        "challenge" => &["challenge", "contest", "dispute", "fight"],
        "checked" => &["checked", "verified", "confirmed", "reviewed"],
        "claimed" => &["claimed", "admitted"],
        "closely" => &["closely", "carefully", "with concern"],
        "combined" => &["combined", "merged", "enlarged"],
        "comment" => &["comment", "respond", "answer"],
        "commission" => &["commission", "board", "authority"],
        "complained" => &["complained", "grumbled"],
        "condition" => &["condition", "state"],
        "consider" => &["consider", "discuss", "weigh", "study"],
        "contested" => &["contested", "fought", "entered"],
        "criticism" => &["criticism", "anger", "scrutiny"],
        "critics" => &["critics", "opponents", "campaigners"],
        "crowded" => &["crowded", "busy", "packed", "popular"],
        "crowds" => &["crowds", "relatives", "families", "onlookers"],
        "damaged" => &["damaged", "blocked", "cut", "washed away"],
        "deadliest" => &["deadliest", "worst", "most lethal"],
        "delayed" => &["delayed", "held up", "late"],
        "delegates" => &["delegates", "negotiators", "envoys"],
        "demand" => &["demand", "require", "order", "seek"],
        "deployed" => &["deployed", "sent", "dispatched", "mobilised"],
        "details" => &["details", "information", "particulars"],
        "difficult" => &["difficult", "hard", "limited", "dangerous"],
        "disagree" => &["disagree", "differ", "argue"],
        "disasters" => &["disasters", "calamities", "catastrophes"],
        "donors" => &["donors", "donations", "volunteers"],
        "during" => &["during", "over", "throughout"],
        "early" => &["early", "initial", "first"],
        "electoral" => &["electoral", "election", "vote"],
        "emerge" => &["emerge", "appear", "step in"],
        "employs" => &["employs", "provides work for"],
        "everything" => &["everything", "all", "whatever"],
        "exploded" => &["exploded", "went off", "detonated", "blew up"],
        "fair" => &["fair", "reasonable", "right"],
        "ferried" => &["ferried", "took", "rushed"],
        "fight" => &["fight", "oppose", "resist", "contest"],
        "figures" => &["figures", "numbers", "toll", "counts"],
        "footage" => &["footage", "pictures", "images", "video"],
        "founded" => &["founded", "established", "built", "settled"],
        "gathered" => &["gathered", "queued", "crowded"],
        "gathering" => &["gathering", "waiting", "standing", "queueing"],
        "governments" => &["governments", "countries", "nations", "neighbours"],
        "handling" => &["handling", "management", "oversight"],
        "help" => &["help", "aid", "assistance", "support"],
        "identified" => &["identified", "named", "recognised"],
        "immediately" => &["immediately", "yet", "so far"],
        "infrastructure" => &["infrastructure", "roads", "economy"],
        "inquiry" => &["inquiry", "investigation", "inspection", "audit"],
        "known" => &["known", "famous", "noted", "loved"],
        "largest" => &["largest", "biggest"],
        "likely" => &["likely", "expected", "set", "poised"],
        "main" => &["main", "central", "largest", "city"],
        "mandate" => &["mandate", "clear mandate", "green light", "signal"],
        "matter" => &["matter", "dispute", "issue", "quarrel"],
        "ministry" => &["ministry", "office", "department"],
        "modernise" => &["modernise", "rebuild", "improve"],
        "monitoring" => &["monitoring", "following", "watching", "tracking"],
        "mourning" => &["mourning", "grief"],
        "nations" => &["nations", "countries", "states"],
        "nearest" => &["nearest", "closest", "local"],
        "neglect" => &["neglect", "indifference", "being forgotten"],
        "negotiate" => &["negotiate", "broker", "draft", "secure"],
        "networks" => &["networks", "services", "masts"],
        "observers" => &["observers", "monitors", "inspectors"],
        "offered" => &["offered", "sent", "pledged", "promised"],
        "operate" => &["operate", "run", "own"],
        "opportunity" => &["opportunity", "chance", "moment"],
        "ordinary" => &["ordinary", "innocent", "poor", "working"],
        "organisers" => &["organisers", "activists", "union leaders"],
        "outcome" => &["outcome", "result", "count", "tally"],
        "outside" => &["outside", "near", "in front of", "around"],
        "overnight" => &["overnight", "later", "since then"],
        "pledging" => &["pledging", "promising", "offering"],
        "plenary" => &["plenary", "main session", "summit"],
        "polling" => &["polling", "voting"],
        "population" => &["population", "total population"],
        "possession" => &["possession", "the ball"],
        "promised" => &["promised", "pledged", "planned", "proposed"],
        "pulled" => &["pulled", "dragged", "rescued", "freed"],
        "quickly" => &["quickly", "fast", "swiftly", "decisively"],
        "rebuild" => &["rebuild", "restore", "repair"],
        "rebuilt" => &["rebuilt", "repaved", "widened"],
        "received" => &["received", "logged", "registered"],
        "referee" => &["referee", "officials", "linesmen"],
        "regulators" => &["regulators", "authorities", "watchdogs"],
        "released" => &["released", "given", "shared", "published"],
        "renewed" => &["renewed", "signed up", "paid"],
        "rescue" => &["rescue", "relief", "emergency"],
        "returned" => &["returned", "handed back", "released"],
        "revenue" => &["revenue", "sales", "turnover"],
        "revised" => &["revised", "updated", "corrected", "changed"],
        "roads" => &["roads", "bridges", "highways", "tracks"],
        "rubble" => &["rubble", "debris", "ruins", "wreckage"],
        "search" => &["search", "rescue effort", "operation", "hunt"],
        "sector" => &["sector", "industry", "market"],
        "settle" => &["settle", "resolve", "end", "close"],
        "several" => &["several", "a number of", "many"],
        "shattered" => &["shattered", "blown out", "broken"],
        "shopkeeper" => &["shopkeeper", "trader", "vendor"],
        "showed" => &["showed", "captured", "recorded"],
        "situation" => &["situation", "crisis", "events", "developments"],
        "solidarity" => &["solidarity", "support", "kindness"],
        "speaking" => &["speaking", "talking"],
        "stadium" => &["stadium", "ground", "arena"],
        "statement" => &["statement", "communique", "declaration"],
        "streets" => &["streets", "squares", "bars", "cafes"],
        "stretched" => &["stretched", "ran", "extended"],
        "striker" => &["striker", "forward", "winger"],
        "table" => &["table", "standings", "league"],
        "targeted" => &["targeted", "attacked", "hit"],
        "teams" => &["teams", "crews", "units"],
        "television" => &["television", "state TV", "local TV"],
        "thanked" => &["thanked", "praised"],
        "unbeaten" => &["unbeaten", "undefeated"],
        "unions" => &["unions", "workers", "staff", "employees"],
        "unlucky" => &["unlucky", "unfortunate", "hard done by"],
        "verified" => &["verified", "checked", "confirmed", "reviewed"],
        "visit" => &["visit", "tour", "travel to", "go to"],
        "warned" => &["warned", "told", "alerted", "advised"],
        "weigh" => &["weigh", "bear", "press"],
        _ => return None,
    })
}

/// Rewords a paragraph with [`synonyms`], each word chosen afresh: independent reports
/// word the same facts differently, while a wire copy keeps its agency's words.
fn reword(rng: &mut Rng, s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 32);
    let mut start = None;
    let flush = |out: &mut String, word: &str, rng: &mut Rng| {
        let lower = word.to_ascii_lowercase();
        match synonyms(&lower) {
            Some(options) => {
                let pick = *rng.pick(options);
                if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                    out.push_str(&capitalize(pick));
                } else {
                    out.push_str(pick);
                }
            }
            None => out.push_str(word),
        }
    };
    for (i, c) in s.char_indices() {
        if c.is_ascii_alphabetic() {
            start.get_or_insert(i);
        } else {
            if let Some(st) = start.take() {
                flush(&mut out, &s[st..i], rng);
            }
            out.push(c);
        }
    }
    if let Some(st) = start {
        flush(&mut out, &s[st..], rng);
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn word(rng: &mut Rng, min: usize, max: usize) -> String {
    let n = rng.range(min as u64, max as u64) as usize;
    let mut w = String::new();
    for _ in 0..n {
        w.push_str(rng.pick(ONSETS));
        w.push_str(rng.pick(VOWELS));
        w.push_str(rng.pick(CODAS));
    }
    w
}

fn town_name(rng: &mut Rng) -> String {
    let mut w = word(rng, 1, 2);
    w.push_str(rng.pick(TOWN_ENDS));
    let w = capitalize(&w);
    if rng.chance(0.15) {
        format!(
            "{} {}",
            rng.pick(&["Nova", "Port", "Upper", "San", "Bel"]),
            w
        )
    } else {
        w
    }
}

fn country(rng: &mut Rng) -> String {
    let mut w = word(rng, 1, 2);
    w.push_str(rng.pick(COUNTRY_ENDS));
    capitalize(&w)
}

fn first_name(rng: &mut Rng) -> String {
    if rng.chance(0.3) {
        return rng.pick(FIRST_NAMES).to_string();
    }
    let mut w = word(rng, 1, 2);
    w.push_str(rng.pick(&["a", "o", "i", "e", "an", "el", "ar", "in"]));
    capitalize(&w)
}

fn surname(rng: &mut Rng) -> String {
    let mut w = word(rng, 2, 3);
    if rng.chance(0.3) {
        w.push_str(rng.pick(&["ov", "ic", "ez", "oun", "i", "ova", "sen"]));
    }
    capitalize(&w)
}

// ---------------------------------------------------------------------------------------
// Numbers in the many ways news writes them.

fn spell(n: u64) -> String {
    match n {
        0..=19 => ONES[n as usize].to_string(),
        20..=99 if n.is_multiple_of(10) => TENS[(n / 10) as usize].to_string(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], ONES[(n % 10) as usize]),
        _ => with_commas(n),
    }
}

fn with_commas(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1.2 million`, `12.5 billion`: one decimal, `.0` dropped.
fn scaled(x: f64, unit: f64, word: &str) -> String {
    let v = (x / unit * 10.0).round() / 10.0;
    if v.fract() == 0.0 {
        format!("{v:.0} {word}")
    } else {
        format!("{v:.1} {word}")
    }
}

/// How an outlet writes numbers.
#[derive(Debug, Clone, Copy)]
struct Style {
    /// Index into the outlet list; also picks name spellings.
    id: usize,
    /// Spell out numbers below ten (most house styles do).
    words_below_ten: bool,
    /// Write four-digit numbers without a separator (`1200`).
    bare_thousands: bool,
    /// `%`, ` percent` or ` per cent`.
    percent: &'static str,
    /// `$3bn` rather than `$3 billion`.
    short_money: bool,
    /// `Mr` before surnames.
    honorific: bool,
}

impl Style {
    fn of(id: usize) -> Style {
        let mut r = Rng::new(id as u64 * 0x1000 + 17);
        Style {
            id,
            words_below_ten: r.chance(0.8),
            bare_thousands: r.chance(0.25),
            percent: r.pick(&["%", " percent", " per cent"]),
            short_money: r.chance(0.5),
            honorific: r.chance(0.3),
        }
    }
}

/// A count as an outlet writes it.
fn num(rng: &mut Rng, st: &Style, n: u64) -> String {
    if n >= 1_000_000 && rng.chance(0.75) {
        return scaled(n as f64, 1e6, "million");
    }
    if n < 10 && st.words_below_ten {
        return spell(n);
    }
    if n < 100 && rng.chance(0.12) {
        return spell(n);
    }
    if (1000..10_000).contains(&n) && st.bare_thousands {
        return n.to_string();
    }
    with_commas(n)
}

/// A count with a qualifier, rounded as a qualifier suggests: `more than 40`, `nearly
/// 1,000`, `between 30 and 40`, `dozens of`. `noun` follows the number.
fn qcount(rng: &mut Rng, st: &Style, n: u64, noun: &str) -> String {
    let round = |n: u64| -> u64 {
        let step = match n {
            0..=20 => 1,
            21..=100 => 5,
            101..=1000 => 50,
            1001..=10_000 => 500,
            _ => 10u64.pow((n as f64).log10().floor() as u32 - 1),
        };
        (n / step) * step
    };
    let r = round(n);
    let of = if noun.is_empty() { "" } else { " of" };
    let tail = if noun.is_empty() {
        String::new()
    } else {
        format!(" {noun}")
    };
    match rng.below(20) {
        0..=6 | 18 => format!("{}{tail}", num(rng, st, n)),
        7 | 8 => format!("at least {}{tail}", num(rng, st, r.max(1))),
        9 => format!(
            "more than {}{tail}",
            num(rng, st, r.saturating_sub(1).max(1))
        ),
        10 => format!("about {}{tail}", num(rng, st, r.max(1))),
        11 => format!("nearly {}{tail}", num(rng, st, round(n + n / 10 + 1))),
        12 => format!("almost {}{tail}", num(rng, st, round(n + n / 12 + 1))),
        13 => format!("some {}{tail}", num(rng, st, r.max(1))),
        14 => format!("up to {}{tail}", num(rng, st, n + n / 8)),
        15 if n >= 10 => {
            let lo = round(n * 9 / 10);
            let hi = round(n * 11 / 10 + 2).max(lo + 1);
            let (a, b) = (num(rng, st, lo), num(rng, st, hi));
            format!("between {a} and {b}{tail}")
        }
        16 if (24..100).contains(&n) => format!("dozens{of}{tail}"),
        16 if (200..1000).contains(&n) => format!("hundreds{of}{tail}"),
        16 if (2000..10_000).contains(&n) => format!("thousands{of}{tail}"),
        17 => format!("around {}{tail}", num(rng, st, r.max(1))),
        _ => format!("at least {}{tail}", num(rng, st, n)),
    }
}

/// A random count in `lo..=hi`, written in a style.
fn rnum(rng: &mut Rng, st: &Style, lo: u64, hi: u64) -> String {
    let n = rng.range(lo, hi);
    num(rng, st, n)
}

/// Money in US dollars (or another currency), as an outlet writes it: `$3bn`,
/// `$3.2 billion`, `EUR 450m`, `US$12.5 million`.
fn money(rng: &mut Rng, st: &Style, usd: f64) -> String {
    let (sign, x) = match rng.below(6) {
        0 => ("€", usd * 0.9),
        1 => ("£", usd * 0.8),
        2 => ("US$", usd),
        _ => ("$", usd),
    };
    let (unit, long, short) = if x >= 1e9 {
        (1e9, "billion", "bn")
    } else if x >= 1e6 {
        (1e6, "million", "m")
    } else {
        return format!("{sign}{}", with_commas(x.round() as u64));
    };
    let v = (x / unit * 10.0).round() / 10.0;
    let v = if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    };
    if st.short_money {
        format!("{sign}{v}{short}")
    } else if rng.chance(0.15) && sign == "$" {
        format!("{v} {long} dollars")
    } else {
        format!("{sign}{v} {long}")
    }
}

fn pct(st: &Style, x: f64) -> String {
    format!("{x:.1}{}", st.percent)
}

/// A duration in minutes as prose: `three hours`, `90 minutes`, `two and a half hours`.
fn duration(rng: &mut Rng, st: &Style, minutes: u64) -> String {
    if minutes.is_multiple_of(60) {
        let h = minutes / 60;
        format!("{} hour{}", num(rng, st, h), if h == 1 { "" } else { "s" })
    } else if minutes % 60 == 30 && minutes > 60 && rng.chance(0.5) {
        format!("{} and a half hours", spell(minutes / 60))
    } else {
        format!("{} minutes", num(rng, st, minutes))
    }
}

fn clock(rng: &mut Rng, h: u32, m: u32) -> String {
    match rng.below(3) {
        0 => format!("{h:02}:{m:02}"),
        1 => format!(
            "{}:{m:02} {}",
            if h.is_multiple_of(12) { 12 } else { h % 12 },
            if h < 12 { "a.m." } else { "p.m." }
        ),
        _ => format!("{h:02}{m:02} GMT"),
    }
}

// ---------------------------------------------------------------------------------------
// Events.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Quake,
    Flood,
    Storm,
    Ferry,
    BusCrash,
    Fire,
    Bombing,
    Protest,
    Election,
    Takeover,
    Match,
    Summit,
}

const KINDS: &[Kind] = &[
    Kind::Quake,
    Kind::Flood,
    Kind::Storm,
    Kind::Ferry,
    Kind::BusCrash,
    Kind::Fire,
    Kind::Bombing,
    Kind::Protest,
    Kind::Election,
    Kind::Takeover,
    Kind::Match,
    Kind::Summit,
];

#[derive(Debug, Clone)]
struct Person {
    first: String,
    last: Name,
    title: &'static str,
    age: u64,
}

/// One event and its ground truth. The numeric fields mean different things per kind
/// (see [`Event::new`]).
#[derive(Debug, Clone)]
struct Event {
    id: usize,
    kind: Kind,
    town: Name,
    region: Name,
    country: String,
    capital: String,
    people: Vec<Person>,
    org: String,
    rival: String,
    year: i32,
    month: usize,
    day: u32,
    weekday: usize,
    hour: u32,
    minute: u32,
    /// Main count: dead, protesters, seats won, jobs, attendance, delegations.
    main: u64,
    /// Second count: injured, arrests, seats of the runner-up, employees, goals.
    second: u64,
    /// Third count: missing, displaced, registered voters, shares...
    third: u64,
    /// A running total that is not this event's: a war's toll, a season's total.
    cumulative: u64,
    since: i32,
    /// Money in US dollars.
    usd: f64,
    /// A percentage.
    share: f64,
    /// Minutes (meetings, fires, rescue operations).
    minutes: u64,
    /// Magnitude, wind speed, rainfall.
    measure: f64,
    population: u64,
}

impl Event {
    fn new(id: usize, rng: &mut Rng) -> Event {
        let kind = *rng.pick(KINDS);
        let country = country(rng);
        let org = format!(
            "the {country} {} {}",
            rng.pick(&["National", "Federal", "Provincial", "Central"]),
            rng.pick(&[
                "Disaster Management Agency",
                "Emergency Service",
                "Relief Commission",
                "Civil Protection Authority"
            ])
        );
        let people = (0..4)
            .map(|_| Person {
                first: first_name(rng),
                last: Name::new(surname(rng)),
                title: "",
                age: rng.range(34, 78),
            })
            .collect();
        let mut e = Event {
            id,
            kind,
            town: Name::new(town_name(rng)),
            region: Name::new(capitalize(&word(rng, 2, 3))),
            capital: town_name(rng),
            country,
            people,
            org,
            rival: town_name(rng),
            year: rng.range(2009, 2024) as i32,
            month: rng.below(12),
            day: rng.range(1, 28) as u32,
            weekday: rng.below(7),
            hour: rng.range(0, 23) as u32,
            minute: rng.range(0, 59) as u32,
            main: 0,
            second: 0,
            third: 0,
            cumulative: 0,
            since: 0,
            usd: 0.0,
            share: 0.0,
            minutes: 0,
            measure: 0.0,
            population: rng.log_range(4_000, 2_500_000),
        };
        e.since = e.year - rng.range(2, 12) as i32;
        let titles: &[&str] = match kind {
            Kind::Election => &["opposition leader", "incumbent", "election commissioner"],
            Kind::Takeover => &["chief executive", "chairman", "analyst"],
            Kind::Match => &["coach", "striker", "captain"],
            Kind::Summit => &["foreign minister", "prime minister", "envoy"],
            _ => &["governor", "police spokesman", "mayor"],
        };
        for (k, p) in e.people.iter_mut().enumerate() {
            p.title = titles[k % titles.len()];
        }
        match kind {
            Kind::Quake | Kind::Flood | Kind::Storm | Kind::Ferry | Kind::BusCrash | Kind::Fire => {
                e.main = rng.log_range(3, 4000);
                e.second = e.main * rng.range(2, 6) + rng.range(0, 30);
                e.third = rng.log_range(5, 400);
                e.cumulative = rng.log_range(e.main * 3, e.main * 40 + 100);
                e.usd = rng.log_range(5, 20_000) as f64 * 1e6;
                e.minutes = rng.range(2, 30) * 60;
                e.measure = match kind {
                    Kind::Quake => rng.range(52, 79) as f64 / 10.0,
                    Kind::Storm => rng.range(120, 280) as f64,
                    _ => rng.range(80, 450) as f64,
                };
                if kind == Kind::Ferry || kind == Kind::BusCrash {
                    e.main = rng.log_range(3, if kind == Kind::Ferry { 600 } else { 60 });
                    e.second = e.main + rng.range(5, if kind == Kind::Ferry { 300 } else { 30 });
                }
            }
            Kind::Bombing => {
                e.main = rng.log_range(2, 300);
                e.second = e.main * rng.range(1, 4) + rng.range(0, 20);
                e.third = rng.range(1, 9);
                e.cumulative = rng.log_range(20_000, 500_000);
            }
            Kind::Protest => {
                e.main = rng.log_range(2_000, 900_000);
                e.second = rng.log_range(10, 3000);
                e.third = rng.range(2, 80);
            }
            Kind::Election => {
                e.main = rng.range(120, 260);
                e.second = rng.range(40, 500 - e.main - 20);
                e.third = rng.log_range(900_000, 90_000_000);
                e.share = rng.range(450, 790) as f64 / 10.0;
                e.measure = rng.range(380, 720) as f64 / 10.0;
            }
            Kind::Takeover => {
                e.usd = rng.log_range(50, 90_000) as f64 * 1e6;
                e.main = rng.log_range(100, 30_000);
                e.second = e.main * rng.range(4, 30);
                e.share = rng.range(20, 450) as f64 / 10.0;
                e.since = e.year - rng.range(5, 120) as i32;
            }
            Kind::Match => {
                e.main = rng.log_range(3_000, 95_000);
                e.second = rng.range(0, 5);
                e.third = rng.range(0, 4);
                e.usd = rng.log_range(2, 150) as f64 * 1e6;
                e.cumulative = rng.range(40, 110);
            }
            Kind::Summit => {
                e.main = rng.range(6, 60);
                e.minutes = rng.range(2, 14) * 30;
                e.usd = rng.log_range(10, 50_000) as f64 * 1e6;
                e.second = rng.range(2, 40);
            }
        }
        e
    }

    /// The articles about this event: independent reports and wire copies.
    fn articles(&self, rng: &mut Rng) -> Vec<Article> {
        let mut out = Vec::new();
        let n_outlets = rng.range(2, 7) as usize;
        let mut outlets: Vec<usize> = (0..OUTLETS.len()).collect();
        rng.shuffle(&mut outlets);
        outlets.truncate(n_outlets);
        // One or two wire stories, each run by two or three outlets, for most events.
        let mut wires = Vec::new();
        if rng.chance(0.7) {
            for _ in 0..rng.range(1, 2) {
                let agency = *rng.pick(AGENCIES);
                let astyle = Style::of(
                    OUTLETS.len() + AGENCIES.iter().position(|a| *a == agency).unwrap_or(0),
                );
                let mut w = rng.fork();
                let hours = rng.range(1, 30);
                let body = self.body(&mut w, &astyle, hours, Some(agency));
                for _ in 0..rng.range(2, 3) {
                    let o = rng.below(OUTLETS.len());
                    wires.push((o, agency, body.clone(), hours));
                }
            }
        }
        for o in outlets {
            let st = Style::of(o);
            let hours = rng.range(1, 48);
            let body = self.body(rng, &st, hours, None);
            out.push(self.page(rng, o, body, hours, None));
        }
        for (o, agency, body, hours) in wires {
            out.push(self.page(rng, o, body, hours, Some(agency)));
        }
        out
    }

    fn the_event(&self) -> &'static str {
        match self.kind {
            Kind::Quake => "the earthquake",
            Kind::Flood => "the floods",
            Kind::Storm => "the storm",
            Kind::Ferry => "the ferry sinking",
            Kind::BusCrash => "the bus crash",
            Kind::Fire => "the fire",
            Kind::Bombing => "the bombing",
            Kind::Protest => "the protest",
            Kind::Election => "the election",
            Kind::Takeover => "the takeover",
            Kind::Match => "the match",
            Kind::Summit => "the summit",
        }
    }

    /// A toll as known `hours` after the event: it rises towards the final figure.
    fn toll_at(&self, hours: u64, n: u64) -> u64 {
        match hours {
            0..=3 => (n * 6 / 10).max(1),
            4..=12 => (n * 85 / 100).max(1),
            _ => n,
        }
    }

    fn date(&self, rng: &mut Rng) -> String {
        match rng.below(4) {
            0 => format!("{} {}, {}", MONTHS[self.month], self.day, self.year),
            1 => format!("{} {} {}", self.day, MONTHS[self.month], self.year),
            2 => format!("{:04}-{:02}-{:02}", self.year, self.month + 1, self.day),
            _ => format!("{} {}", &MONTHS[self.month][..3], self.day),
        }
    }

    fn person(&self, st: &Style, k: usize) -> (String, String) {
        let p = &self.people[k % self.people.len()];
        let last = p.last.in_style(st.id).to_string();
        let full = format!("{} {}", p.first, last);
        let short = if st.honorific {
            format!("Mr {last}")
        } else {
            last
        };
        (full, short)
    }

    /// The narrative of a report written `hours` after the event, in a style.
    fn body(&self, rng: &mut Rng, st: &Style, hours: u64, wire: Option<&str>) -> Vec<String> {
        let town = self.town.in_style(st.id).to_string();
        let region = format!("{} province", self.region.in_style(st.id));
        let country = &self.country;
        let cap = &self.capital;
        let since = self.since;
        let wd = WEEKDAYS[self.weekday];
        let mut paras: Vec<String> = Vec::new();
        let dateline = match wire {
            Some(a) => format!("{} ({a}) - ", town.to_uppercase()),
            None if rng.chance(0.4) => format!("{}: ", town.to_uppercase()),
            None => String::new(),
        };
        let main = self.toll_at(hours, self.main);
        let second = self.toll_at(hours, self.second);
        let (p0, p0s) = self.person(st, 0);
        let (p1, p1s) = self.person(st, 1);
        let (p2, _) = self.person(st, 2);
        let t0 = self.people[0].title;
        let t1 = self.people[1].title;
        let said = *rng.pick(&["said", "told reporters", "said in a statement", "told AFP"]);
        let said = if wire.is_none() && said == "told AFP" {
            "told local television"
        } else {
            said
        };
        match self.kind {
            Kind::Quake | Kind::Flood | Kind::Storm | Kind::Ferry | Kind::BusCrash | Kind::Fire => {
                let what = match self.kind {
                    Kind::Quake => format!("a magnitude {:.1} earthquake", self.measure),
                    Kind::Flood => "flash floods".to_string(),
                    Kind::Storm => format!("a storm with winds of {:.0} km/h", self.measure),
                    Kind::Ferry => "an overloaded ferry capsized".to_string(),
                    Kind::BusCrash => "a bus plunged into a ravine".to_string(),
                    _ => "a fire tore through a market".to_string(),
                };
                let dead = qcount(rng, st, main, "people");
                let hurt = num(rng, st, second);
                paras.push(match rng.below(4) {
                    0 => format!(
                        "{dateline}{} were killed and {hurt} injured after {what} near {town} in {region} on {wd}, officials {said}.",
                        capitalize(&dead)
                    ),
                    1 => format!(
                        "{dateline}The death toll from {} in {town} has risen to {}, {} {said} on {wd}, as rescuers searched for survivors.",
                        self.the_event(), num(rng, st, main), self.org
                    ),
                    2 => format!(
                        "{dateline}{} killed {dead} and injured {hurt} others in {town}, {country}, {} {p0} {said}.",
                        capitalize(&what), t0
                    ),
                    _ => format!(
                        "{dateline}At least {} people died and {} were hurt when {what} in {region} early on {wd}, according to {}.",
                        num(rng, st, main), qcount(rng, st, second, "more"), self.org
                    ),
                });
                if matches!(self.kind, Kind::Ferry | Kind::BusCrash) {
                    paras.push(format!(
                        "The {} was carrying {} passengers when it left {} at {} on {wd}, and {} survivors were pulled out, {p1s} {said}.",
                        if self.kind == Kind::Ferry { "vessel" } else { "bus" },
                        qcount(rng, st, self.second, ""),
                        self.capital,
                        clock(rng, self.hour, self.minute),
                        num(rng, st, self.second.saturating_sub(self.main))
                    ));
                }
                if self.kind == Kind::Quake {
                    paras.push(format!(
                        "The quake struck at {} local time at a depth of {} km, about {} km from {town}, the {country} [geological survey|seismology institute|quake monitoring centre] said. [It was followed by|There were|Residents of {town} felt] {} aftershocks [in {region}|across {region}].",
                        clock(rng, self.hour, self.minute),
                        rng.range(5, 60),
                        rng.range(8, 140),
                        qcount(rng, st, self.third, "")
                    ));
                }
                if self.kind == Kind::Flood || self.kind == Kind::Storm {
                    paras.push(format!(
                        "More than {} mm of rain fell in {} hours, and {} homes were destroyed, the {} said.",
                        self.measure as u64,
                        rnum(rng, st, 6, 48),
                        qcount(rng, st, self.third * 40, ""),
                        rng.pick(&["weather office", "ministry of the interior", "Red Cross"])
                    ));
                }
                paras.push(format!(
                    "{} people were still [missing|unaccounted for], {} said, and {} had been [displaced|forced from their homes|made homeless] in {region}. [Rescue teams|Rescuers|Emergency crews] from {cap} worked for {} [through the night|without a break|in {town}].",
                    capitalize(&qcount(rng, st, self.third, "")),
                    self.org,
                    qcount(rng, st, self.third * 120 + 40, "residents"),
                    duration(rng, st, self.minutes)
                ));
                paras.push(format!(
                    "\"[We have never seen|I have never seen|Nobody has seen] anything like this in {town},\" said {p2}, a {}-year-old [shopkeeper|teacher|farmer|driver] [in {town}|from {region}]. \"[Whole streets are gone|Everything is gone|We lost everything].\"",
                    self.people[2].age
                ));
                // The look-alike: an earlier disaster's toll, years, a total over years.
                paras.push(format!(
                    "It was the [deadliest|worst] disaster in {region} since {}, when {} people died. [Over|In] the past {} years, such disasters have killed {} in {country}.",
                    self.since,
                    num(rng, st, self.cumulative / 3 + 1),
                    spell((self.year - self.since) as u64),
                    qcount(rng, st, self.cumulative, "people")
                ));
                paras.push(format!(
                    "The government pledged {} in emergency aid, and {} {p1s} said damage could exceed {}.",
                    money(rng, st, self.usd / 10.0),
                    t1,
                    money(rng, st, self.usd)
                ));
                paras.push(format!(
                    "{town}, a town of some {} people about {} km from {}, {}.",
                    num(rng, st, self.population),
                    rng.range(20, 600),
                    self.capital,
                    rng.pick(&[
                        "has been hit by floods before",
                        "lies on a major fault line",
                        "is the region's main market town",
                        "was rebuilt after a fire in the 1990s"
                    ])
                ));
            }
            Kind::Bombing => {
                paras.push(format!(
                    "{dateline}{} were killed and {} wounded when a car bomb exploded in {town} near a [crowded|busy] [market|bus station|mosque|checkpoint] on {wd}, {} {p0} {said}.",
                    capitalize(&qcount(rng, st, main, "people")),
                    num(rng, st, second),
                    t0
                ));
                paras.push(format!(
                    "The blast went off at {} as [shoppers|commuters|worshippers] gathered in {town} [before the holiday|for the evening|after work]. [Among the dead in {town} were|The dead from {region} included] {} children and a {}-year-old police officer, {p1s} said.",
                    clock(rng, self.hour, self.minute),
                    num(rng, st, self.third),
                    rng.range(19, 60)
                ));
                paras.push(format!(
                    "[No group immediately claimed|Nobody has yet claimed] the {town} attack, the deadliest in {region} since {}. [Hospital officials|Doctors] in {town} said {} of the wounded were [critical|seriously hurt] in {cap}.",
                    self.since,
                    qcount(rng, st, (second / 4).max(1), "")
                ));
                paras.push(format!(
                    "The [conflict|war] in {country} has killed {} since {}, according to a [monitoring group|rights group in {cap}], and [forced|driven] {} from their homes.",
                    qcount(rng, st, self.cumulative, "people"),
                    self.since,
                    qcount(rng, st, self.cumulative * 12, "people")
                ));
                paras.push(format!(
                    "\"They targeted ordinary people in {town} [buying bread|going to work],\" said {p2}, who lost [two cousins|a brother|a neighbour] in {town}. [Security forces|Police] arrested {} suspects overnight, the {} said.",
                    num(rng, st, self.third + 1),
                    rng.pick(&["interior ministry", "army", "police"])
                ));
            }
            Kind::Protest => {
                paras.push(format!(
                    "{dateline}{} marched through {town} on {wd} to protest against [fuel price rises|new taxes|living costs] in {country}, [organisers|union leaders] from {region} said, while police in {town} put the crowd at {}.",
                    capitalize(&qcount(rng, st, self.main, "people")),
                    { let k = rng.range(2, 5); num(rng, st, self.main / k) }
                ));
                paras.push(format!(
                    "Police said {} people were arrested and {} officers injured in clashes that lasted {}.",
                    num(rng, st, self.second),
                    num(rng, st, self.third),
                    { let m = rng.range(2, 9) * 60; duration(rng, st, m) }
                ));
                paras.push(format!(
                    "It was the largest demonstration since {}, when {} protesters filled [the square|the streets of {town}]. The [rally|march] began at {}.",
                    self.since,
                    num(rng, st, self.main / 2),
                    clock(rng, self.hour, self.minute)
                ));
                paras.push(format!(
                    "\"We cannot feed our families,\" said {p2}, {}, a teacher from {region}.",
                    self.people[2].age
                ));
            }
            Kind::Election => {
                let total = 500;
                paras.push(format!(
                    "{dateline}The party of {t0} {p0} won {} of the {total} seats in {country}'s parliament, the {cap} [electoral commission|election board] said on {wd}, with {} of the vote.",
                    num(rng, st, self.main),
                    pct(st, self.share)
                ));
                paras.push(format!(
                    "Turnout was {} among {} registered voters, down from {} in {}. The {t1}, {p1}, took {} seats.",
                    pct(st, self.measure),
                    num(rng, st, self.third),
                    pct(st, self.measure + 4.5),
                    self.since,
                    num(rng, st, self.second)
                ));
                paras.push(format!(
                    "{p0s}, {}, has led {country} for {} years. Polls in {town} closed at {} on {wd}.",
                    self.people[0].age,
                    spell((self.year - self.since) as u64),
                    clock(rng, 18 + (self.hour % 4), 0)
                ));
                paras.push(format!(
                    "Observers from {} countries [monitored|observed] the vote in {region} at more than {} polling stations in {town} and elsewhere.",
                    rnum(rng, st, 5, 40),
                    with_commas(rng.range(40, 900) * 10)
                ));
            }
            Kind::Takeover => {
                let buyer = format!("{} Holdings", capitalize(&word(rng, 2, 3)));
                let target = format!("{} Industries", capitalize(&word(rng, 2, 3)));
                paras.push(format!(
                    "{dateline}{buyer} agreed on {wd} to buy {target}, based in {town}, for {} in cash, the companies said [on {wd}|in {cap}], [the largest deal in {country} this year|a record for {country}|the biggest takeover since {since}].",
                    money(rng, st, self.usd)
                ));
                paras.push(format!(
                    "The offer values {target}'s shares at a premium of {} to their closing price. Shares in {target} rose {} in early trading.",
                    pct(st, self.share),
                    pct(st, self.share * 0.8)
                ));
                paras.push(format!(
                    "{buyer} said it would cut {} jobs, out of {} employees, within {} years. {target} was founded in {}.",
                    qcount(rng, st, self.main, ""),
                    num(rng, st, self.second),
                    spell(rng.range(2, 5)),
                    self.since
                ));
                paras.push(format!(
                    "\"This is a [once-in-a-generation|unique|rare] {country} opportunity,\" {t0} {p0} said on a call with {cap} analysts at {}. [Annual revenue|Yearly sales] of the {buyer} group in {country} would be about {}.",
                    clock(rng, 8 + self.hour % 10, self.minute),
                    money(rng, st, self.usd * 1.7)
                ));
            }
            Kind::Match => {
                let home = format!(
                    "{town} {}",
                    rng.pick(&["United", "City", "Rovers", "Athletic"])
                );
                let away = format!(
                    "{} {}",
                    self.rival,
                    rng.pick(&["FC", "Wanderers", "Town", "Sporting"])
                );
                paras.push(format!(
                    "{dateline}{home} beat {away} {}-{} on {wd} in front of {} fans[, moving three points clear of {away}| at {town} stadium| and moved top in {country}].",
                    self.second + 1,
                    self.third.min(self.second),
                    qcount(rng, st, self.main, "")
                ));
                paras.push(format!(
                    "{p1}, {}, scored twice, in the {}th and {}th minutes. {home} signed the striker [from {cap}|] for {} in {}.",
                    rng.range(19, 34),
                    rng.range(11, 44),
                    rng.range(50, 89),
                    money(rng, st, self.usd),
                    self.since
                ));
                paras.push(format!(
                    "{home} have scored {} goals in {} games this season. {t0} {p0s} said in {town}: \"We did not play well [for 90 minutes|today].\"",
                    num(rng, st, self.cumulative),
                    rnum(rng, st, 20, 38)
                ));
            }
            Kind::Summit => {
                paras.push(format!(
                    "{dateline}Leaders of {} nations met in {town} on {wd} for talks that lasted {}, pledging {} to rebuild {region}.",
                    num(rng, st, self.main),
                    duration(rng, st, self.minutes),
                    money(rng, st, self.usd)
                ));
                paras.push(format!(
                    "{t0} {p0} held a {}-hour meeting with {p1} before the plenary, which began at {}.",
                    spell((self.minutes / 60).max(1)),
                    clock(rng, self.hour, self.minute)
                ));
                paras.push(format!(
                    "The {}-member bloc agreed to send {} observers and to meet again in {}. It last met in {}.",
                    self.main,
                    qcount(rng, st, self.second * 10, ""),
                    self.year + 1,
                    self.since
                ));
                paras.push(format!(
                    "\"We have talked for {} and we still disagree [on {region}|about {region}],\" {p1s} said.",
                    duration(rng, st, self.minutes + 30)
                ));
            }
        }
        paras.extend(self.extras(rng, st, hours, &town, &region));
        // Reaction paragraphs, with few or no figures.
        let next_day = WEEKDAYS[(self.weekday + 1) % 7];
        let rival = &self.rival;
        let reactions: Vec<String> = match self.kind {
            Kind::Election | Kind::Summit => vec![
                format!("{p0s} thanked [voters and allies|supporters] in {town} and said the {country} result was a mandate for [reform|change] in {region}."),
                format!("[Opposition politicians|Rival parties] in {cap} said they would challenge [parts of the outcome|the result in {region}] in court."),
                format!("Diplomats in {cap} said the talks in {town} had been tense but constructive."),
                format!("{p1s} [said|told reporters] [more|further] details [on {town}|about {town}] would be [released|given] at a {cap} [news conference|briefing] on {next_day}."),
                format!("[Analysts|Observers] in {cap} said the {town} outcome would shape policy in {region} for years to come."),
                format!("Markets in {cap} were little changed after the [announcement|news] from {town}, {country} traders said."),
            ],
            Kind::Takeover => vec![
                format!("{p1s} [said|told analysts] [more|further] details on {town} would be [released|given] at a {cap} investor day on {next_day}."),
                format!("Unions in {town} said they would fight job cuts in {region} and called a {cap} meeting for {next_day}."),
                format!("[Analysts|Bankers] in {cap} said {country} regulators were likely to demand [asset sales|disposals] in {region}."),
                format!("The {town} companies have talked [on and off|about a deal] since {since}, people in {town} familiar with the talks said."),
                format!("Rival bidders from {country} [could still emerge|may appear], bankers in {cap} said, although none had approached the {town} board."),
            ],
            Kind::Match => vec![
                format!("The {rival} coach said {rival} had been unlucky in {town} and complained about the {cap} referee."),
                format!("Fans celebrated in the streets of {town} [late into the night|until dawn]."),
                format!("{p1s} said {town} would rest [several|some] players before the {cap} trip on {next_day}."),
                format!("The {town} owners have promised a new stadium in {town}, but work [in {region}|there] has not yet [begun|started]."),
            ],
            _ => vec![
                format!("{p0s} [called for calm|urged calm] in {town} and said the {country} government would [do everything it could|spare no effort] in {region} for the families."),
                format!("The {} said it was [monitoring|following] the situation in {town} [closely|] and would send a {cap} team to {region}.", rng.pick(&["United Nations", "regional bloc", "Red Cross", "World Bank"])),
                format!("Residents of {region} say {cap} has long [neglected|ignored] {town} and its [villages|farmers]."),
                format!("Opposition politicians in {cap} [demanded|called for] an inquiry into {} in {town}.", self.the_event()),
                format!("[Television footage|Pictures on social media] from {town} showed crowds [gathering|waiting] outside the {region} [main|central] hospital on {wd} evening."),
                format!("{p1s} [said|told reporters] [more|further] details [on {town}|about {town}] would be [released|given] at a {cap} [news conference|briefing] on {next_day}."),
                format!("Officials in {cap} declined to comment on the figures from {town}, saying {region} was still [checking|verifying] them."),
                format!("The government in {cap} has faced criticism over [similar crises|past disasters] in {region}, and the {t0} of {town} is under pressure to [respond quickly|act]."),
                format!("Aid groups said access to {region} remained difficult because roads to {town} were damaged and [mobile networks|phone lines] in {country} were down."),
                format!("{p0s} is expected to visit {town} [later this week|soon|on {next_day}], his office in {cap} said."),
                format!("[Neighbouring countries|Several governments] offered help to {region}, and the foreign ministry in {cap} thanked them [for their solidarity|]."),
            ],
        };
        paras.extend(reactions);
        // Background: figures that are not about this event (a census, an age, a year,
        // a route number), the look-alikes an extractor must keep apart.
        let census = self.year - rng.range(1, 9) as i32;
        let pop = num(rng, st, self.population);
        let national = scaled(rng.log_range(2_000_000, 200_000_000) as f64, 1e6, "million");
        let farm = pct(st, rng.range(100, 600) as f64 / 10.0);
        let road = rng.range(2, 99);
        let flight = rng.range(100, 9999);
        let km = rng.range(10, 900);
        let took_office = self.year - rng.range(1, 12) as i32;
        let age = self.people[0].age;
        let x = rng.log_range(50, 90_000) as f64 * 1e6;
        let budget = money(rng, st, x);
        let x = rng.range(2, 12) * 30;
        let ride = duration(rng, st, x);
        let background = [
            format!("The last census, in {census}, counted {pop} residents in {town}, which lies {km} km from {cap}."),
            format!("{country} has a population of about {national}, and farming employs {farm} of its workers."),
            format!("{p0}, {age}, took office in {took_office} promising to [modernise|rebuild] {country}."),
            format!("The main road into {town}, Route {road}, was rebuilt in {since}; the nearest {region} airport is served by Flight {flight} from {cap}."),
            format!("The government's budget for {} is {budget}, and critics in {town} say too little of it reaches {region}.", self.year),
            format!("Founded in the {}th century, {town} is [known|famous] for its {region} [market|cathedral|old bridge], which opens at {} [every day|daily].", rng.range(12, 19), { let h = rng.range(5, 10) as u32; let m = rng.range(0, 59) as u32; clock(rng, h, m) }),
            format!("In {since}, {p1}, then {a1}, helped negotiate an agreement in {town} that was meant to settle the {region} matter for {ten} years.", since = self.since, a1 = self.people[1].age.saturating_sub((self.year - self.since) as u64).max(25), ten = spell(rng.range(5, 20))),
            format!("The {region} [regional council|assembly] has {} members[ and meets| and sits| who meet] every {} weeks [in {town}|in {cap}]; its next session in {cap} is on {} {}.", rng.range(15, 90), spell(rng.range(2, 6)), MONTHS[(self.month + 1) % 12], rng.range(1, 28)),
            format!("Unemployment in {region} stands at {}, against a national average of {}, according to the {country} statistics office.", pct(st, rng.range(60, 250) as f64 / 10.0), pct(st, rng.range(30, 120) as f64 / 10.0)),
            format!("A {}-year-old resident, {p2}, said she had lived in {town} all her life and had never seen {cap} [officials|authorities] so slow to act.", self.people[2].age),
            format!("The {} line takes about {} to reach {cap} from {town}, carrying some {} passengers a day.", rng.pick(&["railway", "bus", "ferry"]), ride, with_commas(rng.range(2, 90) * 100)),
        ];
        // Background is occasional: most reports carry one or two such facts, not all.
        paras.extend(background.into_iter().filter(|_| rng.chance(0.2)));
        rng.shuffle(&mut paras[2..]);
        let places = Places {
            town: &town,
            region: &region,
            country,
            cap,
            wd,
        };
        paras
            .iter()
            .map(|p| {
                let p = alternatives(rng, p);
                let p = localize(rng, &p, &places);
                reword(rng, &p)
            })
            .collect()
    }

    /// More paragraphs with figures, by kind: the bulk of a report after its lead.
    fn extras(
        &self,
        rng: &mut Rng,
        st: &Style,
        hours: u64,
        town: &str,
        region: &str,
    ) -> Vec<String> {
        let (p0, p0s) = self.person(st, 0);
        let (_, p1s) = self.person(st, 1);
        let (p2, _) = self.person(st, 2);
        let wd = WEEKDAYS[self.weekday];
        let (cap, country) = (&self.capital, &self.country);
        let main = self.toll_at(hours, self.main);
        let early = self.toll_at(2, self.main);
        let mut v = Vec::new();
        match self.kind {
            Kind::Quake | Kind::Flood | Kind::Storm | Kind::Ferry | Kind::BusCrash | Kind::Fire => {
                let hurt = qcount(rng, st, self.toll_at(hours, self.second), "people");
                let kids = rnum(rng, st, 2, 40);
                v.push(format!("Hospitals in {town} treated {hurt}, {kids} of them children, and appealed for {region} blood donors."));
                let soldiers = rnum(rng, st, 200, 6000);
                let helis = rnum(rng, st, 2, 30);
                v.push(format!("The army deployed {soldiers} soldiers and {helis} helicopters to help in the search, {} said.", self.org));
                let homes = qcount(rng, st, self.third * 300 + 1000, "households");
                let schools = rnum(rng, st, 3, 200);
                v.push(format!("Power was cut to {homes} and {schools} schools were closed until further notice."));
                let ids = num(rng, st, main * 2 / 3);
                v.push(format!("{p1s} said {ids} bodies had been identified in {town} and returned to their families by {wd} evening."));
                let age = rng.range(2, 90);
                let after = rnum(rng, st, 10, 70);
                v.push(format!("A {age}-year-old was pulled alive from the {town} rubble after {after} hours, [television pictures|videos] from {region} showed, to applause from rescuers."));
                let e = num(rng, st, early);
                v.push(format!("The toll in {town} was revised several times on {wd}; an early {region} report had put it at {e}."));
                if rng.chance(0.5) {
                    let x = self.main + rng.range(1, self.main / 4 + 3);
                    let other = num(rng, st, x);
                    v.push(format!("A hospital official in {town}, who asked not to be named by {country} media, put the {region} number of dead at {other}, higher than the government figure."));
                }
            }
            Kind::Bombing => {
                let shops = rnum(rng, st, 5, 80);
                let cars = rnum(rng, st, 3, 40);
                let metres = rng.range(50, 600);
                v.push(format!("The explosion damaged {shops} shops and {cars} cars, and windows in {town} were shattered up to {metres} metres away."));
                let prev = rnum(rng, st, 5, 120);
                let y = self.since + 1;
                v.push(format!(
                    "A similar attack in {town} in {y} killed {prev} people."
                ));
                let days = spell(rng.range(2, 7));
                v.push(format!("The government declared {days} days of national mourning in {country} and closed schools in {region}."));
                let x = self.main * rng.range(5, 30);
                let tally = qcount(rng, st, x, "people");
                v.push(format!("In all, {tally} have been killed in bombings in {region} this year, according to a {cap} tally by [local media|a rights group]."));
                let ambulances = rnum(rng, st, 6, 60);
                v.push(format!("{ambulances} ambulances ferried the wounded to {town} hospitals, where doctors said {} were in surgery.", rnum(rng, st, 3, 30)));
            }
            Kind::Protest => {
                let buses = rnum(rng, st, 20, 400);
                v.push(format!("Organisers said {buses} buses brought protesters from {region}, and the march stretched for {} km.", rng.range(2, 9)));
                let x = rng.range(800, 12_000);
                let officers = qcount(rng, st, x, "police officers");
                v.push(format!("{} were deployed in {town}, and tear gas was fired near the {town} [parliament|town hall] at {}.", capitalize(&officers), clock(rng, self.hour, self.minute)));
                let price = pct(st, rng.range(80, 450) as f64 / 10.0);
                v.push(format!(
                    "Fuel prices have risen {price} since January, and inflation reached {} in {}.",
                    pct(st, rng.range(40, 300) as f64 / 10.0),
                    MONTHS[self.month]
                ));
                v.push(format!("\"We will be back every {wd} until they listen,\" said {p2}, one of the organisers."));
            }
            Kind::Election => {
                let cands = rnum(rng, st, 3, 30);
                v.push(format!(
                    "{cands} parties contested the vote, and {} candidates ran for the {} seats.",
                    rnum(rng, st, 600, 4000),
                    500
                ));
                let margin = pct(st, rng.range(5, 150) as f64 / 10.0);
                v.push(format!("{p0s} finished {margin} ahead of the nearest rival in {town}, the largest city in {region}."));
                let complaints = rnum(rng, st, 10, 900);
                v.push(format!("The commission said it had received {complaints} complaints, and results from {} polling stations were still being checked.", rnum(rng, st, 3, 200)));
                let x = rng.log_range(20, 900) as f64 * 1e6;
                let cost = money(rng, st, x);
                v.push(format!(
                    "The election cost {cost}, according to the finance ministry."
                ));
            }
            Kind::Takeover => {
                let per = format!("${}.{:02}", rng.range(4, 180), rng.range(0, 99));
                v.push(format!("Shareholders will receive {per} a share, and the deal with {town} is expected to close within {} months.", spell(rng.range(3, 18))));
                let stores = rnum(rng, st, 40, 3000);
                v.push(format!(
                    "The combined company would operate {stores} stores in {} countries.",
                    rnum(rng, st, 3, 60)
                ));
                let debt = money(rng, st, self.usd * 0.4);
                v.push(format!(
                    "The buyer will also take on {debt} of debt, {} said in a note to clients.",
                    rng.pick(&["one analyst", "a credit agency", "a broker in the capital"])
                ));
                v.push(format!("\"The price is fair,\" {p0} said. Regulators in {} have {} days to review the deal.", self.capital, rnum(rng, st, 30, 120)));
            }
            Kind::Match => {
                let shots = rnum(rng, st, 4, 25);
                v.push(format!(
                    "The hosts had {shots} shots on target and {} of possession.",
                    pct(st, rng.range(400, 720) as f64 / 10.0)
                ));
                let unbeaten = rnum(rng, st, 3, 30);
                v.push(format!(
                    "They are unbeaten in {unbeaten} matches, their best run since {}.",
                    self.since
                ));
                let x = rng.range(20, 150) as f64;
                let ticket = money(rng, st, x);
                let x = rng.range(5_000, 40_000);
                let holders = qcount(rng, st, x, "");
                v.push(format!("Tickets cost up to {ticket}, and the club said {} season-ticket holders had renewed.", holders));
            }
            Kind::Summit => {
                let doc = rnum(rng, st, 8, 60);
                let x = rng.range(2, 8) * 60;
                let worked = duration(rng, st, x);
                v.push(format!("The final statement ran to {doc} pages, and delegates in {town} worked on it for {} before dawn.", worked));
                let x = rng.range(500, 20_000);
                let troops = qcount(rng, st, x, "troops");
                v.push(format!("Diplomats in {town} said the bloc would consider sending {troops} to {region} if a ceasefire held for {} days.", rnum(rng, st, 7, 90)));
                let x = rng.range(1, 6) * 15 + 15;
                let late = duration(rng, st, x);
                v.push(format!("{p1s} arrived {} late after his plane from {cap} was delayed, and {p0s} waited at the airport.", late));
            }
        }
        rng.shuffle(&mut v);
        v.truncate(rng.range(3, v.len() as u64) as usize);
        v
    }

    /// A whole page: furniture, headline, date, byline, the body, credits and footer.
    fn page(
        &self,
        rng: &mut Rng,
        outlet: usize,
        body: Vec<String>,
        hours: u64,
        wire: Option<&'static str>,
    ) -> Article {
        let st = Style::of(outlet);
        let name = OUTLETS[outlet];
        let town = self.town.in_style(st.id).to_string();
        let target = rng.range(2000, 6000) as usize;
        let mut t = String::with_capacity(target + 512);
        if rng.chance(0.5) {
            t.push_str(name);
            t.push('\n');
        }
        if rng.chance(0.4) {
            t.push_str(&format!("{name} | Home | World | Sport\n\n"));
        }
        let main = num(rng, &st, self.toll_at(hours, self.main));
        let headline = match self.kind {
            Kind::Quake
            | Kind::Flood
            | Kind::Storm
            | Kind::Ferry
            | Kind::BusCrash
            | Kind::Fire
            | Kind::Bombing => match rng.below(3) {
                0 => format!(
                    "{} dead in {town} {}",
                    capitalize(&main),
                    &self.the_event()[4..]
                ),
                1 => format!(
                    "Death toll in {town} {} rises to {main}",
                    &self.the_event()[4..]
                ),
                _ => format!("{}: rescuers search for survivors in {town}", self.country),
            },
            Kind::Protest => format!("Thousands march in {town} over fuel prices"),
            Kind::Election => format!(
                "{} wins {} election",
                self.people[0].last.in_style(st.id),
                self.country
            ),
            Kind::Takeover => format!("{} deal: {town} firm sold", money(rng, &st, self.usd)),
            Kind::Match => format!("{town} go top with win over {}", self.rival),
            Kind::Summit => format!("{} leaders meet in {town}", num(rng, &st, self.main)),
        };
        t.push_str(&headline);
        t.push_str("\n\n");
        t.push_str(&self.date(rng));
        if rng.chance(0.5) {
            t.push_str(&format!(
                " | {:02}:{:02}",
                (self.hour + hours as u32) % 24,
                self.minute
            ));
        }
        t.push('\n');
        if rng.chance(0.5) {
            t.push_str(&format!("({}) comments\n", rng.below(300)));
        }
        if rng.chance(0.5) {
            let (by, _) = self.person(&Style::of(rng.below(40) + 100), 3);
            t.push_str(&format!("By {by}\n"));
        }
        if rng.chance(0.4) {
            t.push_str("Share: Facebook Twitter Email\n");
        }
        t.push('\n');
        let ads = [
            "Advertisement".to_string(),
            format!(
                "Read more: {} in {} as talks stall",
                capitalize(&word(rng, 2, 3)),
                self.capital
            ),
            format!("Sign up for {name} newsletters"),
            "ADVERTISEMENT".to_string(),
        ];
        let mut wrote = 0;
        for (k, p) in body.iter().enumerate() {
            if t.len() + p.len() > target + 400 && k >= 4 {
                break;
            }
            // House style: an outlet running wire copy may drop a paragraph.
            if wire.is_some() && k > 2 && rng.chance(0.1) {
                continue;
            }
            t.push_str(p);
            t.push_str("\n\n");
            wrote += 1;
            if wrote % 3 == 0 && rng.chance(0.5) {
                t.push_str(rng.pick(&ads));
                t.push_str("\n\n");
            }
            if k == 1 && rng.chance(0.3) {
                t.push_str(&format!(
                    "A view of {town} on {} {}. ({}/{} {})\n\n",
                    &MONTHS[self.month][..3],
                    self.day,
                    rng.pick(AGENCIES),
                    rng.pick(FIRST_NAMES),
                    surname(rng).to_uppercase()
                ));
            }
        }
        // Related stories and page furniture (each at most once) until the page reaches
        // its size.
        let mut furniture = vec![
            format!("{name} uses cookies. By continuing, you agree.\n"),
            format!("Most read on {name}\n1. {} council approves budget\n2. Rain expected in {}\n3. {} fuel prices rise\n", town_name(rng), town_name(rng), self.country),
            format!(
                "The history of {town} dates back to {}, when it had {} inhabitants and a single school.\n",
                rng.range(1850, 1950),
                with_commas(rng.log_range(200, 20_000))
            ),
            format!(
                "{} {} said {town} residents had been warned {} days earlier.\n",
                capitalize(self.people[1].title),
                self.people[1].last.in_style(st.id),
                spell(rng.range(2, 9))
            ),
            format!("Get the {name} app for alerts.\n"),
            format!("Page 1 of {}\n", rng.range(2, 4)),
            format!("Comments on {name} are closed.\n"),
            format!("Topics: {}, {}, World\n", self.country, capitalize(&self.the_event()[4..])),
        ];
        for _ in 0..4 {
            furniture.push(format!(
                "Related: {} {} in {}\n",
                capitalize(&word(rng, 2, 3)),
                rng.pick(&[
                    "deal signed",
                    "strike ends",
                    "budget approved",
                    "minister resigns",
                    "bridge reopens"
                ]),
                town_name(rng),
            ));
        }
        rng.shuffle(&mut furniture);
        for f in furniture {
            if t.len() >= target {
                break;
            }
            t.push_str(&f);
            t.push('\n');
        }
        match wire {
            Some("Reuters") => t.push_str(&format!(
                "Reporting by {} {}; Editing by {} {}\n",
                rng.pick(FIRST_NAMES),
                surname(rng),
                rng.pick(FIRST_NAMES),
                surname(rng)
            )),
            Some(a) => t.push_str(&format!("{a}\n")),
            None => {}
        }
        t.push_str(&format!("\nFollow {name}\n(c) {} {name}\n", self.year));
        Article {
            name: String::new(),
            text: t,
            event: self.id,
            outlet: name,
            wire,
            hours,
            published: None,
        }
    }
}
