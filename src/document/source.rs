//! Who a story credits: outlet, byline, credited wire agencies and publication date.
//!
//! Every rule looks at a whole line in a position where a credit can stand, because the
//! same agency names also appear in places that credit nothing: picture credits
//! (`(AFP/Name)`, `Credit: NAME/REUTERS`) and narrative (`AFP reported`, `a Xinhua
//! report said`: a quoted source is not the story's author).

use super::press::{self as lexicon, PHOTO_WORDS};
use crate::document::{Date, Source};

/// How many non-empty lines count as the header (date, byline, outlet).
const HEADER_LINES: usize = 5;
/// A header line longer than this is a lead or a caption, and its dates are events.
const MAX_DATE_LINE_WORDS: usize = 12;
/// A labelled date line (`Published: ...`) is metadata only when it is this short.
const MAX_LABELLED_LINE_WORDS: usize = 20;
/// How many non-empty lines may hold a `By ...` byline.
const BYLINE_LINES: usize = 8;

/// Detects outlet, byline, credited agencies and publication date from an article's text.
///
/// Conservative: a field stays empty (`None`, no credit) unless a line has the shape of
/// that field. Credited agencies are canonical (`AP`, `AFP`, `Reuters`, `DPA`), in order
/// of first appearance, without repeats.
///
/// ```
/// use crosscheck::provenance::detect_source;
/// let s = detect_source("Headline\n\nNAIROBI (Reuters) - Talks began.\n\n(AFP/Jane DOE)\n");
/// assert_eq!(s.credited, vec!["Reuters".to_string()]);
/// ```
pub fn detect_source(text: &str) -> Source {
    let normalized = crate::normalize::normalize(text).text;
    let lines: Vec<&str> = normalized
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();

    let mut source = Source::default();
    let mut outlet_line = None;
    if let Some(first) = lines.first() {
        if let Some(o) = lexicon::outlet(first.trim_end_matches([':', '|', '-'])) {
            source.outlet = Some(o.to_string());
            outlet_line = Some(0);
        } else if let Some(o) = masthead(first) {
            source.outlet = Some(lexicon::outlet(o).map_or_else(|| o.to_string(), str::to_string));
        }
    }

    let mut credited: Vec<&'static str> = Vec::new();
    let mut push = |names: &[&'static str]| {
        for n in names {
            if !credited.contains(n) {
                credited.push(n);
            }
        }
    };
    let mut byline = None;
    for (i, line) in lines.iter().enumerate() {
        if Some(i) == outlet_line {
            continue;
        }
        if let Some(value) = strip_label(line, &["source"]) {
            // `Source: AFP` credits a wire; `Source: The Straits Times` names the outlet.
            if let Some(names) = agency_list(value) {
                push(&names);
            } else if let (None, Some(o)) = (&source.outlet, lexicon::outlet(value)) {
                source.outlet = Some(o.to_string());
            }
            continue;
        }
        if i < BYLINE_LINES {
            if let Some((name, agencies)) = top_byline(line) {
                push(&agencies);
                if byline.is_none() {
                    byline = name;
                }
                continue;
            }
        }
        if let Some(names) = agency_list(line) {
            push(&names);
        } else if let Some(names) = dateline(line) {
            push(&names);
        } else if let Some(names) = trailing_credit(line) {
            push(&names);
        } else if let Some(names) = contributed(line) {
            push(&names);
        } else if reuters_signature(line) {
            push(&["Reuters"]);
        } else if let Some(holder) = copyright_holder(line) {
            // `(c) 2017 AFP` credits a wire; `(c) 2009 The Weekly Meridian` names the
            // outlet, when nothing better has.
            match agency_list(&holder) {
                Some(names) => push(&names),
                None if source.outlet.is_none() => source.outlet = Some(holder),
                None => {}
            }
        }
    }
    source.credited = credited.iter().map(|s| s.to_string()).collect();
    source.byline = byline.or_else(|| closing_byline(&lines));
    source.published = published(&lines);
    source.latest_date = lines.iter().filter_map(|l| find_date(l)).max();
    source
}

/// Separators between a headline and the site's name in a page title.
const TITLE_SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — "];

/// Longest masthead read from a title, in words.
const MASTHEAD_WORDS: usize = 8;

/// The outlet a page title ends with (`Teen charged in shooting - WKRN News 2`, `Man shot
/// | Chicago Tribune`, `... - KSLA News 12 Shreveport, Louisiana News Weather & Sports`):
/// the first part after the headline that is a short run of capitalised words, up to its
/// first comma (`... - WMC Action News 5 - Memphis, Tennessee` names the station, not the
/// city), with a headline of three words or more before it.
fn masthead(title: &str) -> Option<&str> {
    let mut cuts: Vec<(usize, usize)> = TITLE_SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(at, m)| (at, at + m.len())))
        .collect();
    cuts.sort_unstable();
    let (first_at, _) = *cuts.first()?;
    if title[..first_at].split_whitespace().count() < 3 {
        return None;
    }
    let capitalised = |w: &&str| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || matches!(*w, "of" | "the" | "and" | "&" | "on" | "at")
    };
    // A headline in Title Case (`Shooting Leaves Two Dead - Suspect Still At Large`) makes
    // every part look like a name: then only a part with a station's or site's marks (a
    // call sign, a channel number, a domain) is a masthead.
    let head_words: Vec<&str> = title[..first_at].split_whitespace().collect();
    let title_case =
        head_words.iter().filter(|w| capitalised(w)).count() * 10 >= head_words.len() * 7;
    let marked = |name: &str| {
        name.contains(|c: char| c.is_ascii_digit())
            || is_domain(name)
            || name
                .split_whitespace()
                .any(|w| w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()))
    };
    let segments: Vec<&str> = cuts
        .iter()
        .enumerate()
        .filter_map(|(k, &(_, start))| {
            let end = cuts.get(k + 1).map_or(title.len(), |c| c.0);
            title.get(start..end)
        })
        .collect();
    let fitting = segments.iter().find_map(|seg| {
        let name = seg.split(',').next()?.trim();
        let words: Vec<&str> = name.split_whitespace().collect();
        let fits = (1..=MASTHEAD_WORDS).contains(&words.len())
            && words.iter().all(capitalised)
            && !name.ends_with(['.', '?', '!', ':'])
            && (!title_case || marked(name));
        fits.then_some((name, *seg))
    });
    if let Some((name, _)) = fitting.filter(|(name, _)| marked(name)) {
        return Some(name);
    }
    // A site's domain names it better than a place or a section does (`... - wistv.com -
    // Columbia, South Carolina`, `... - Spokane, North Idaho News & Weather KHQ.com`).
    let domain = segments
        .iter()
        .flat_map(|s| s.split_whitespace())
        .find_map(|w| {
            let w = w.trim_matches(|c: char| matches!(c, ',' | ':' | ';' | '(' | ')'));
            is_domain(w).then_some(w)
        });
    if domain.is_some() {
        return domain;
    }
    // A place (`| Dayton, OH`) or a section (`- News, Weather and Classifieds`) is no
    // outlet.
    fitting
        .filter(|(name, seg)| !is_place_line(seg) && !is_section(name))
        .map(|(name, _)| name)
}

/// Endings of a site's domain in a page title.
const SITE_DOMAINS: &[&str] = &[".com", ".net", ".org", ".tv", ".co.uk"];

/// Whether text holds a site's domain (`wistv.com`, `WTVM.com-Columbus`).
fn is_domain(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    SITE_DOMAINS.iter().any(|d| lower.contains(d))
}

/// Words that name a section of a site, not the site (`News`, `Local News`).
const SECTION_WORDS: &[&str] = &[
    "news",
    "home",
    "local",
    "weather",
    "sports",
    "video",
    "videos",
    "section",
    "subsection",
    "latest",
    "breaking",
    "crime",
    "politics",
    "business",
    "opinion",
    "world",
    "nation",
    "national",
    "metro",
    "region",
    "regional",
    "top",
    "stories",
    "headlines",
    "and",
    "&",
];

fn is_section(name: &str) -> bool {
    name.split_whitespace()
        .all(|w| SECTION_WORDS.contains(&w.to_ascii_lowercase().as_str()))
}

/// US states and their postal codes, which follow a city in a title's place line.
const US_STATES: &[&str] = &[
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "georgia",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maine",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "rhode island",
    "south carolina",
    "south dakota",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "virginia",
    "washington",
    "west virginia",
    "wisconsin",
    "wyoming",
    "al",
    "ak",
    "az",
    "ar",
    "ca",
    "co",
    "ct",
    "de",
    "dc",
    "fl",
    "ga",
    "hi",
    "id",
    "il",
    "in",
    "ia",
    "ks",
    "ky",
    "la",
    "me",
    "md",
    "ma",
    "mi",
    "mn",
    "ms",
    "mo",
    "mt",
    "ne",
    "nv",
    "nh",
    "nj",
    "nm",
    "ny",
    "nc",
    "nd",
    "oh",
    "ok",
    "or",
    "pa",
    "ri",
    "sc",
    "sd",
    "tn",
    "tx",
    "ut",
    "vt",
    "va",
    "wa",
    "wv",
    "wi",
    "wy",
];

/// Whether a title segment is a place: a city and its state (`Dayton, OH`, `Columbia,
/// South Carolina`).
fn is_place_line(seg: &str) -> bool {
    let Some((_, state)) = seg.split_once(',') else {
        return false;
    };
    let state = state.trim().trim_end_matches('.').to_ascii_lowercase();
    US_STATES.contains(&state.as_str())
}

/// The holder named by a copyright line (`(c) 2009 The Weekly Meridian`,
/// `Copyright 2017 The Associated Press. All rights reserved.`, `© Reuters 2024`): one to
/// six capitalised words, without the year and the reservation.
fn copyright_holder(line: &str) -> Option<String> {
    const MARKS: &[&str] = &["(c)", "(C)", "\u{a9}", "Copyright", "COPYRIGHT"];
    let mut rest = MARKS.iter().find_map(|p| line.strip_prefix(p))?;
    // (`© Copyright 2014 by CBS San Francisco`: marks may repeat.)
    while let Some(r) = MARKS.iter().find_map(|p| rest.trim_start().strip_prefix(p)) {
        rest = r;
    }
    let rest = rest.split(['.', ';', '|']).next()?;
    let mut holder: Vec<&str> = Vec::new();
    for w in rest.split_whitespace() {
        let bare = w.trim_matches(|c: char| c == ',' || c == '-');
        if bare.is_empty() || bare.chars().all(|c| c.is_ascii_digit() || c == '-') {
            if holder.is_empty() {
                continue; // the year before the name
            }
            break; // the year after it
        }
        if holder.is_empty() && bare == "by" {
            continue; // `Copyright 2017 by WDIV`
        }
        if !bare.chars().next().is_some_and(char::is_uppercase) || bare.eq_ignore_ascii_case("all")
        {
            break;
        }
        holder.push(bare);
    }
    (1..=6).contains(&holder.len()).then(|| holder.join(" "))
}

/// Whether a line is a rights notice (`(TM and Copyright 2016 CBS Radio Inc. ...`,
/// `Copyright 2017 by WDIV - All rights reserved.`, `© Reuters 2024`) anywhere in it:
/// it names the outlet, never the event, so the same outlet's stories must not share it.
pub(crate) fn is_rights_notice(line: &str) -> bool {
    let lower = line.to_lowercase();
    if lower.contains('\u{a9}') || lower.contains("rights reserved") {
        return true;
    }
    // `Copyright` then a year within two words (`Copyright 2016`, `Copyright (c) 2016`);
    // `copyright law changed in 2019` is prose.
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| {
        w.trim_matches(|c: char| !c.is_alphabetic()) == "copyright"
            && words[i + 1..].iter().take(2).any(|n| {
                let n = n.trim_matches(|c: char| !c.is_ascii_digit());
                n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))
            })
    })
}

/// `line` without a leading `label:` (case-insensitive, `:` or a dash after it).
fn strip_label<'a>(line: &'a str, labels: &[&str]) -> Option<&'a str> {
    labels.iter().find_map(|label| {
        let head = line.get(..label.len())?;
        if !head.eq_ignore_ascii_case(label) {
            return None;
        }
        let rest = &line[label.len()..];
        let trimmed = rest.trim_start();
        let sep = trimmed.chars().next()?;
        if !matches!(sep, ':' | '-' | '\u{2013}' | '\u{2014}') {
            return None;
        }
        let skip = line.len() - trimmed.len() + sep.len_utf8();
        Some(line[skip..].trim())
    })
}

fn has_photo_word(line: &str) -> bool {
    words(line).any(is_photo_word)
}

/// Whether `w` is one of the [`PHOTO_WORDS`], in any case: looked up by its lowercase
/// in a set, not compared with each in turn (this runs on every word of every line).
fn is_photo_word(w: &str) -> bool {
    const LONGEST: usize = 12;
    static SET: std::sync::OnceLock<crate::quantity::lexicon::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    if w.len() > LONGEST || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; LONGEST];
    let lower = &mut buf[..w.len()];
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    let set = SET.get_or_init(|| PHOTO_WORDS.iter().copied().collect());
    std::str::from_utf8(lower).is_ok_and(|l| set.contains(l))
}

/// Whether `hay` holds `needle` (ASCII, lowercase) in any ASCII case, without allocating.
fn has_ascii_ci(hay: &str, needle: &str) -> bool {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    // Candidates are where the first letter is, in either case.
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| {
        hay.get(i..i + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Runs of letters and digits.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '~')
}

/// A text that is nothing but agency names (`AFP`, `(AP)`, `— Reuters`, `AFP/AP`,
/// `Reuters and AFP`): their canonical names. `(AFP/Jane DOE)` is a picture
/// credit and fails, because a part is not an agency.
fn agency_list(s: &str) -> Option<Vec<&'static str>> {
    let mut s = s
        .trim()
        .trim_start_matches(|c: char| is_dash(c) || c.is_whitespace());
    s = s.trim_end_matches(['.', ' ']);
    while let Some(inner) = s
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .or_else(|| s.strip_prefix('[').and_then(|x| x.strip_suffix(']')))
    {
        s = inner.trim();
    }
    if s.is_empty() || s.len() > 100 || has_photo_word(s) {
        return None;
    }
    let lower = s.to_ascii_lowercase();
    let s = match lower.strip_prefix("with ") {
        Some(_) => &s[5..],
        None => s,
    };
    let mut names = Vec::new();
    for part in s
        .split(['/', ',', '&', ';', '+'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" with "))
    {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        names.push(lexicon::agency(part)?);
    }
    (!names.is_empty()).then_some(names)
}

/// A dateline that credits an agency: `NAIROBI (Reuters) -`, `GENEVA (AP) —`,
/// `OSLO, March 9 (Xinhua) --`, `LIMA / AP`, `KYIV, March 3. /TASS/.`
fn dateline(line: &str) -> Option<Vec<&'static str>> {
    let open = line.find(['(', '/'])?;
    let prefix = &line[..open];
    if !dateline_place(prefix) {
        return None;
    }
    let after = &line[open + 1..];
    let (inside, rest) = if line[open..].starts_with('(') {
        let close = after.find(')')?;
        (&after[..close], &after[close + 1..])
    } else {
        // `/ AP`, `/TASS/`: the agency runs to the next slash, dash or the end.
        let end = after
            .char_indices()
            .find(|&(i, c)| {
                c == '/'
                    || c == ':'
                    || ((c == '\u{2013}' || c == '\u{2014}')
                        || (c == '-' && after[i..].starts_with("- "))
                        || after[i..].starts_with("--"))
            })
            .map_or(after.len(), |(i, _)| i);
        (&after[..end], &after[end..])
    };
    let names = agency_list(inside)?;
    // `/TASS/` is closed by its own slash; otherwise the dateline ends the line or is
    // followed by a dash or colon (`(AP) —`), never by more words (`(AP) reported`).
    let closed = rest.starts_with('/');
    let rest = rest.trim_start_matches(['/', '.', ' ']);
    let ok = closed || rest.is_empty() || rest.starts_with(is_dash) || rest.starts_with(':');
    ok.then_some(names)
}

/// The place-and-date part of a dateline: a few words, capitalised or in capitals, month
/// names and numbers (`NAIROBI`, `OSLO, March 9`, `Nairobi`, `[GENEVA]`).
fn dateline_place(prefix: &str) -> bool {
    let p = prefix.trim();
    if p.is_empty() || p.len() > 60 || p.contains(':') || has_photo_word(p) {
        return false;
    }
    let tokens: Vec<&str> = p
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(['[', ']', '.']))
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() || tokens.len() > 8 {
        return false;
    }
    let first_upper = tokens[0].chars().next().is_some_and(char::is_uppercase);
    let caps = |t: &str| {
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && t.chars()
                .all(|c| c.is_uppercase() || matches!(c, '-' | '.' | '\'' | '\u{2019}'))
    };
    let capitalised = |t: &str| t.chars().next().is_some_and(char::is_uppercase);
    let all_valid = tokens.iter().all(|t| {
        caps(t)
            || capitalised(t)
            || lexicon::month(t).is_some()
            || (t.len() <= 4 && t.chars().all(|c| c.is_ascii_digit()))
    });
    // Title-case datelines (`Nairobi (AFP) -`) are allowed only when short, so a sentence
    // of capitalised words is not taken for a place.
    all_valid && first_upper && (tokens.iter().any(|t| caps(t)) || tokens.len() <= 3)
}

/// A story's last sentence followed by a dash and agencies: `... in crisis. — AFP`.
fn trailing_credit(line: &str) -> Option<Vec<&'static str>> {
    let seps = [" \u{2014}", "\u{2014}", " \u{2013}", " --", " - "];
    let (at, sep) = seps
        .iter()
        .filter_map(|sep| line.rfind(sep).map(|i| (i, *sep)))
        .max_by_key(|&(i, _)| i)?;
    let head = line[..at].trim_end();
    let tail = &line[at + sep.len()..];
    let sentence_end = head
        .chars()
        .last()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201D}' | '\'' | ')'));
    if !sentence_end {
        return None;
    }
    // (A picture credit anywhere in the line disqualifies it; checked last, as the
    // dearest test.)
    agency_list(tail).filter(|_| !has_photo_word(line))
}

/// `DPA contributed to this report`, `With inputs from PTI`: the agencies named.
fn contributed(line: &str) -> Option<Vec<&'static str>> {
    const MARKERS: &[&str] = &[
        "contributed to this report",
        "contributed to this story",
        "contributed to this article",
        "contributed reporting",
        "with inputs from",
        "additional reporting by",
        "additional reporting from",
        "was used in this report",
        "were used in this report",
    ];
    // Every marker holds `contribut`, `report` or `input`: most lines are turned away
    // without lowercasing them.
    if !["contribut", "report", "input"]
        .iter()
        .any(|m| has_ascii_ci(line, m))
    {
        return None;
    }
    let lower = line.to_lowercase();
    if !MARKERS.iter().any(|m| lower.contains(m)) || has_photo_word(line) {
        return None;
    }
    let names = find_agencies(line);
    (!names.is_empty()).then_some(names)
}

/// Reuters' sign-off: `Reporting by ...; Editing by ...`.
fn reuters_signature(line: &str) -> bool {
    if !has_ascii_ci(line, "reporting by") {
        return false;
    }
    let lower = line.to_lowercase();
    let l = lower.trim_start_matches(['(', '[', ' ']);
    l.contains("reporting by")
        && (lower.contains("editing by")
            || lower.contains("writing by")
            || l.starts_with("reporting by"))
        && l.len() < 300
}

/// Agencies named anywhere in `s` as whole words, in order of appearance. Acronyms must
/// be in capitals or all lowercase (`dpa`), so ordinary words never match.
fn find_agencies(s: &str) -> Vec<&'static str> {
    let lower = s.to_ascii_lowercase();
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for (canon, spellings) in lexicon::AGENCIES {
        for spelling in *spellings {
            let needle = spelling.to_ascii_lowercase();
            let mut from = 0;
            while let Some(i) = lower[from..].find(&needle).map(|i| i + from) {
                from = i + needle.len();
                let before = s[..i].chars().next_back();
                let after = s[from..].chars().next();
                let boundary = !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric);
                let text = &s[i..from];
                let is_acronym = spelling.chars().all(|c| !c.is_lowercase());
                let case_ok = !is_acronym || text == *spelling || text == needle;
                if boundary && case_ok {
                    found.push((i, canon));
                }
            }
        }
    }
    found.sort();
    let mut out: Vec<&'static str> = Vec::new();
    for (_, c) in found {
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Words that are page furniture or headings, never part of a person's name.
const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "on",
    "for",
    "to",
    "a",
    "an",
    "with",
    "by",
    "from",
    "at",
    "in",
    "is",
    "are",
    "read",
    "more",
    "related",
    "share",
    "comments",
    "comment",
    "advertisement",
    "subscribe",
    "topics",
    "stories",
    "story",
    "news",
    "latest",
    "trending",
    "follow",
    "us",
    "log",
    "sign",
    "up",
    "tags",
    "see",
    "also",
    "watch",
    "video",
    "photos",
    "most",
    "popular",
    "top",
    "editor",
    "editors",
    "picks",
    "update",
    "updated",
    "breaking",
    "live",
    "menu",
    "home",
    "sections",
    "search",
    "newsletter",
    "print",
    "email",
    "close",
    "next",
    "previous",
    "continue",
    "reading",
    "staff",
    "reporter",
    "reporters",
    "correspondent",
    "writer",
    "desk",
    "team",
    "agencies",
    "agency",
    "bureau",
    "wire",
    "wires",
    "online",
    "report",
    "analysis",
    "opinion",
    "editorial",
    "exclusive",
    "correction",
    "copyright",
    "rights",
    "reserved",
    "contact",
    "about",
    "advertise",
    "privacy",
    "terms",
];

fn is_name_word(w: &str, caps_only: bool) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 || !w.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    if !w
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
    {
        return false;
    }
    if caps_only && w.chars().any(char::is_lowercase) {
        return false;
    }
    let lower = w.to_lowercase();
    let bare = lower.trim_end_matches('.');
    !NOT_NAME_WORDS.contains(&bare)
        && lexicon::agency(w).is_none()
        && lexicon::outlet(w).is_none()
        && lexicon::month(w).is_none()
}

/// `By Jane Doe`, `By JANE DOE, Associated Press`, `By Jane Doe | AP`: the name
/// (title case when given in capitals) and any agency named after it.
fn top_byline(line: &str) -> Option<(Option<String>, Vec<&'static str>)> {
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))
        .or_else(|| line.strip_prefix("By: "))?
        .trim();
    let cut = rest
        .find([',', '|', ';', '(', '\u{2013}', '\u{2014}'])
        .or_else(|| rest.find(" - "))
        .unwrap_or(rest.len());
    let (name_part, tail) = (rest[..cut].trim(), &rest[cut..]);
    let agencies = find_agencies(tail);
    if let Some(a) = agency_list(name_part) {
        // `By Reuters`: a credit, not a person.
        let mut all = a;
        all.extend(agencies);
        return Some((None, all));
    }
    let mut names = Vec::new();
    for w in name_part.split_whitespace() {
        if w.eq_ignore_ascii_case("and") && !names.is_empty() {
            names.push("and");
        } else if is_name_word(w, false) {
            names.push(w);
        } else {
            return None;
        }
    }
    let persons = names.iter().filter(|w| **w != "and").count();
    if !(2..=8).contains(&persons) || names.last() == Some(&"and") {
        return None;
    }
    Some((Some(title_case_if_caps(&names.join(" "))), agencies))
}

/// An all-capitals name of two or three words on its own line after the story's last
/// paragraph (`JANE DOE`). A capitals line followed by more paragraphs is a
/// section heading, not a signature.
fn closing_byline(lines: &[&str]) -> Option<String> {
    let candidate = lines
        .iter()
        .enumerate()
        .skip(HEADER_LINES.min(lines.len()))
        .rev()
        .find(|(_, l)| {
            let ws: Vec<&str> = l.split_whitespace().collect();
            (2..=3).contains(&ws.len()) && ws.iter().all(|w| is_name_word(w, true))
        })?;
    let body_after = lines[candidate.0 + 1..].iter().any(|l| is_paragraph(l));
    (!body_after).then(|| title_case_if_caps(candidate.1))
}

/// A line of running text: long, and ending like a sentence.
fn is_paragraph(line: &str) -> bool {
    line.split_whitespace().count() >= 12
        && line
            .chars()
            .last()
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201D}' | '\u{2019}'))
}

fn title_case_if_caps(name: &str) -> String {
    if name.chars().any(char::is_lowercase) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out.replace(" And ", " and ")
}

/// The publication date: a `Published:`/`Posted:` line anywhere, else a short dated line
/// in the header (an `Updated` line only when nothing else is dated).
fn published(lines: &[&str]) -> Option<Date> {
    const PUBLISHED: &[&str] = &[
        "published",
        "posted",
        "first published",
        "date published",
        "publication date",
        "date",
    ];
    let short = |l: &str, max: usize| l.split_whitespace().count() <= max;
    let labelled = |l: &str| {
        let lower = l.to_lowercase();
        PUBLISHED.iter().any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|r| r.starts_with([':', ' ', '\u{a0}']))
        })
    };
    let updated = |l: &str| {
        let lower = l.to_lowercase();
        lower.starts_with("updated")
            || lower.starts_with("last updated")
            || lower.starts_with("modified")
    };
    let from_labelled = lines
        .iter()
        .filter(|l| labelled(l) && short(l, MAX_LABELLED_LINE_WORDS))
        .find_map(|l| find_date(l));
    let header = &lines[..HEADER_LINES.min(lines.len())];
    from_labelled
        .or_else(|| {
            header
                .iter()
                .filter(|l| !updated(l) && short(l, MAX_DATE_LINE_WORDS))
                .find_map(|l| find_date(l))
        })
        .or_else(|| {
            header
                .iter()
                .filter(|l| updated(l) && short(l, MAX_LABELLED_LINE_WORDS))
                .find_map(|l| find_date(l))
        })
}

/// The first full date in `s`: `2016-03-02`, `02.03.2016`, `March 2, 2016`,
/// `Mar. 2 2016`, `2 March 2016`, `2nd March 2016`.
pub(crate) fn find_date(s: &str) -> Option<Date> {
    let numeric = numeric_date(s);
    let textual = textual_date(s);
    match (numeric, textual) {
        (Some((n, i)), Some((t, j))) => Some(if i <= j { n } else { t }),
        (n, t) => n.or(t).map(|(d, _)| d),
    }
}

fn date(y: u32, m: u32, d: u32) -> Option<Date> {
    if !(1900..=2100).contains(&y) {
        return None;
    }
    Date::new(y as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

/// `yyyy-mm-dd`, `yyyy/mm/dd` or `dd.mm.yyyy` (never `mm/dd/yyyy`, which is ambiguous),
/// with its byte offset.
fn numeric_date(s: &str) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| r.end <= b.len() && b[r].iter().all(u8::is_ascii_digit);
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    let free = |e: usize| e == b.len() || !b[e].is_ascii_digit();
    (0..b.len()).find_map(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() || i + 10 > b.len() || !free(i + 10) {
            return None;
        }
        let iso = digits(i..i + 4)
            && matches!(b[i + 4], b'-' | b'/')
            && digits(i + 5..i + 7)
            && b[i + 7] == b[i + 4]
            && digits(i + 8..i + 10);
        let dotted = digits(i..i + 2)
            && b[i + 2] == b'.'
            && digits(i + 3..i + 5)
            && b[i + 5] == b'.'
            && digits(i + 6..i + 10);
        let d = if iso {
            date(num(i..i + 4)?, num(i + 5..i + 7)?, num(i + 8..i + 10)?)
        } else if dotted {
            date(num(i + 6..i + 10)?, num(i + 3..i + 5)?, num(i..i + 2)?)
        } else {
            None
        };
        d.map(|d| (d, i))
    })
}

/// `Month Day Year` or `Day Month Year` over consecutive words, with its byte offset.
fn textual_date(s: &str) -> Option<(Date, usize)> {
    let mut toks: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                toks.push((st, &s[st..i]));
                start = None;
            }
            _ => {}
        }
    }
    let day = |t: &str| {
        let n = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| t.strip_suffix(suffix))
            .unwrap_or(t);
        if n.is_empty() || n.len() > 2 || !n.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        n.parse::<u32>().ok()
    };
    let year = |t: &str| {
        if t.len() != 4 || !t.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        t.parse::<u32>().ok()
    };
    toks.windows(3).find_map(|w| {
        let (a, b, c) = (w[0].1, w[1].1, w[2].1);
        let (m, d) = match (lexicon::month(a), day(b), day(a), lexicon::month(b)) {
            (Some(m), Some(d), _, _) => (m, d),
            (_, _, Some(d), Some(m)) => (m, d),
            _ => return None,
        };
        date(year(c)?, u32::from(m), d).map(|dt| (dt, w[0].0))
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn mastheads_in_page_titles_name_the_outlet() {
        let outlet = |t: &str| detect_source(&format!("{t}\n\nA man was shot on Monday.")).outlet;
        assert_eq!(
            outlet("Teen charged in fatal shooting of student - WKRN News 2").as_deref(),
            Some("WKRN News 2")
        );
        assert_eq!(
            outlet("Man kills daughter, himself - KSLA News 12 Shreveport, Louisiana News")
                .as_deref(),
            Some("KSLA News 12 Shreveport")
        );
        assert_eq!(
            outlet("Two shot near park - WMC Action News 5 - Memphis, Tennessee").as_deref(),
            Some("WMC Action News 5")
        );
        // A dash inside a sentence, or a short headline, is no masthead.
        assert_eq!(outlet("Man shot - police say he ran").as_deref(), None);
        assert_eq!(outlet("Shooting - Update").as_deref(), None);
        assert_eq!(
            outlet("Shooting Leaves Two Dead - Suspect Still At Large").as_deref(),
            None
        );
        assert_eq!(
            outlet("Shooting Leaves Two Dead - WKRN News 2").as_deref(),
            Some("WKRN News 2")
        );
        // A site's domain beats a place; a place or a section alone names no outlet.
        assert_eq!(
            outlet("Girl injured in Columbia shooting - wistv.com - Columbia, South Carolina")
                .as_deref(),
            Some("wistv.com")
        );
        assert_eq!(
            outlet(
                "Charges dropped in boy's shooting - Spokane, North Idaho News & Weather KHQ.com"
            )
            .as_deref(),
            Some("KHQ.com")
        );
        assert_eq!(
            outlet("Vigil held for slain girl | Dayton, OH").as_deref(),
            None
        );
        assert_eq!(
            outlet("One dead in Taunton shooting - News, Weather and Classifieds for Southern New England")
                .as_deref(),
            None
        );
    }
    use super::*;

    #[test]
    fn agency_lines() {
        assert_eq!(agency_list("AFP"), Some(vec!["AFP"]));
        assert_eq!(agency_list("(AP)"), Some(vec!["AP"]));
        assert_eq!(agency_list("\u{2014} Reuters"), Some(vec!["Reuters"]));
        assert_eq!(agency_list("AFP/AP"), Some(vec!["AFP", "AP"]));
        assert_eq!(agency_list("The Associated Press"), Some(vec!["AP"]));
        assert_eq!(agency_list("(AFP/Jane DOE)"), None);
        assert_eq!(agency_list("AFP Photo"), None);
        assert_eq!(agency_list("Reuters reported"), None);
    }

    #[test]
    fn datelines() {
        assert_eq!(
            dateline("NAIROBI (Reuters) - At least"),
            Some(vec!["Reuters"])
        );
        assert_eq!(dateline("GENEVA (AP) \u{2014} The talks"), Some(vec!["AP"]));
        assert_eq!(
            dateline("OSLO, March 9 (Xinhua) -- The U.N."),
            Some(vec!["Xinhua"])
        );
        assert_eq!(dateline("LIMA / AP"), Some(vec!["AP"]));
        assert_eq!(
            dateline("KYIV, March 3. /TASS/. The talks"),
            Some(vec!["TASS"])
        );
        assert_eq!(dateline("Nairobi (AFP) - Talks"), Some(vec!["AFP"]));
        assert_eq!(dateline("Photo: AP/Jane Doe"), None);
        assert_eq!(dateline("Ministers met in Oslo. (AFP/Jane DOE)"), None);
        assert_eq!(dateline("He spoke to reporters (Interfax) on Monday"), None);
    }

    #[test]
    fn trailing_and_contributed() {
        assert_eq!(
            trailing_credit("Ties are in crisis. \u{2014} AFP"),
            Some(vec!["AFP"])
        );
        assert_eq!(
            trailing_credit("Talks ended. - Reuters"),
            Some(vec!["Reuters"])
        );
        assert_eq!(trailing_credit("Leaders meet in capital - Reuters"), None);
        assert_eq!(
            contributed("DPA contributed to this report."),
            Some(vec!["DPA"])
        );
        assert_eq!(
            contributed("Associated Press writer Jane Doe contributed to this report."),
            Some(vec!["AP"])
        );
        assert_eq!(contributed("Jane Doe contributed to this report."), None);
        assert!(reuters_signature(
            "Reporting by Jane Doe; Editing by John Roe"
        ));
        assert!(!reuters_signature("He was reporting by phone."));
    }

    #[test]
    fn bylines() {
        assert_eq!(
            top_byline("By Jane Doe"),
            Some((Some("Jane Doe".into()), vec![]))
        );
        assert_eq!(
            top_byline("By JANE DOE, Associated Press"),
            Some((Some("Jane Doe".into()), vec!["AP"]))
        );
        assert_eq!(top_byline("By Reuters"), Some((None, vec!["Reuters"])));
        assert_eq!(top_byline("By the way, talks failed"), None);
        let para = "More text here that is long enough to be a paragraph of the story.";
        let lines = ["Headline", "a", "b", "c", "d", "HEAVY RAINS", para];
        assert_eq!(closing_byline(&lines), None);
        let lines = [
            "Headline",
            "a",
            "b",
            "c",
            "d",
            "Body text.",
            "JANE O'DOE-SMITH",
        ];
        assert_eq!(closing_byline(&lines), Some("Jane O'Doe-Smith".into()));
        let lines = ["Headline", "a", "b", "c", "d", "Body text.", "READ MORE"];
        assert_eq!(closing_byline(&lines), None);
    }

    #[test]
    fn dates() {
        let d = |s: &str| find_date(s).map(|d| d.to_string());
        assert_eq!(d("March 2, 2016 | 10:05").as_deref(), Some("2016-03-02"));
        assert_eq!(d("2 March 2016").as_deref(), Some("2016-03-02"));
        assert_eq!(
            d("Published 2016-03-02T10:05Z").as_deref(),
            Some("2016-03-02")
        );
        assert_eq!(d("Updated: 02.03.2016").as_deref(), Some("2016-03-02"));
        assert_eq!(d("Wed, Mar. 3rd 2016").as_deref(), Some("2016-03-03"));
        assert_eq!(d("In March, 13 people").as_deref(), None);
        assert_eq!(d("Call 2016-13-45").as_deref(), None);
    }

    #[test]
    fn published_only_from_header_or_label() {
        let text = "Headline\n\nBy Jane Doe\n\nThe flood on March 1, 2016 killed many people, officials said on the day after.\n";
        assert_eq!(detect_source(text).published, None);
        let text = "Headline\nJane Doe\nUpdated March 3, 2016\nMarch 2, 2016\nBody.";
        assert_eq!(
            detect_source(text)
                .published
                .map(|d| d.to_string())
                .as_deref(),
            Some("2016-03-02")
        );
        let text = "Headline\na\nb\nc\nd\ne\nf\nPublished: 3 May 2016\n";
        assert_eq!(
            detect_source(text)
                .published
                .map(|d| d.to_string())
                .as_deref(),
            Some("2016-05-03")
        );
    }

    #[test]
    fn copyright_lines() {
        let s = detect_source("Headline\nText.\n(c) 2009 The Weekly Meridian\n");
        assert_eq!(s.outlet.as_deref(), Some("The Weekly Meridian"));
        let s = detect_source(
            "Headline\nText.\nCopyright 2017 The Associated Press. All rights reserved.",
        );
        assert_eq!(s.credited, vec!["AP".to_string()]);
        assert!(s.outlet.is_none());
        let s = detect_source("Headline\nText.\n\u{a9} Harbour Post 2021, all rights reserved");
        assert_eq!(s.outlet.as_deref(), Some("Harbour Post"));
        assert_eq!(copyright_holder("Copyright law changed in 2019."), None);
        assert_eq!(
            copyright_holder("\u{a9} Copyright 2014 by CBS San Francisco. All rights reserved.")
                .as_deref(),
            Some("CBS San Francisco")
        );
        assert!(is_rights_notice(
            "(TM and Copyright 2016 CBS Radio Inc. and its relevant subsidiaries."
        ));
        assert!(is_rights_notice(
            "Copyright 2017 by WDIV - All rights reserved."
        ));
        assert!(!is_rights_notice("Copyright law changed in 2019."));
    }

    #[test]
    fn outlet_is_conservative() {
        assert_eq!(
            detect_source("Bloomberg\nText.").outlet.as_deref(),
            Some("Bloomberg")
        );
        assert_eq!(
            detect_source("The Guardian\nText.").outlet.as_deref(),
            Some("The Guardian")
        );
        assert_eq!(
            detect_source("Bloomberg says talks failed\nText.").outlet,
            None
        );
        assert_eq!(
            detect_source("Headline\nText.\nSource: The Straits Times")
                .outlet
                .as_deref(),
            Some("The Straits Times")
        );
        // The outlet's own name line is not a credit.
        assert!(detect_source("Reuters\nText.").credited.is_empty());
    }
}
