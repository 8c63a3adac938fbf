//! Numbers that locate, name or decorate rather than count, told apart by their shape on
//! real pages: block and house numbers, lists of ages, abbreviated dates, phone numbers,
//! calibres, station names, numbers glued to words and slideshow counters. The conventions
//! are in `tests/data/real/CONVENTIONS.md`.

use super::figure::Figure;
use crate::quantity::lexicon::{en, Lexicon, WordSet};
use crate::quantity::{Dimension, Qualifier};
use crate::scan::{Sentence, TokenKind, View};
use std::sync::LazyLock;

/// Street-type words that end an address (`37 N. 630 West Street`, `900 Oak Ave`).
pub(crate) static STREET_TYPES: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "street",
        "st",
        "avenue",
        "ave",
        "road",
        "rd",
        "drive",
        "dr",
        "boulevard",
        "blvd",
        "lane",
        "ln",
        "way",
        "court",
        "ct",
        "place",
        "pl",
        "circle",
        "cir",
        "pike",
        "trail",
        "terrace",
        "square",
        "plaza",
        "alley",
        "row",
    ]
    .into_iter()
    .chain(ROAD_WORDS.iter().copied())
    .collect()
});

/// Road types that name a road right after its number (`the 55 Freeway`, `the 101
/// Highway`); other street types (`Court`, `Way`, `Square`) also head ordinary phrases in
/// title case (`3 Court Rulings`), so they need a name between.
const ROAD_WORDS: &[&str] = &[
    "highway",
    "hwy",
    "freeway",
    "fwy",
    "expressway",
    "turnpike",
    "tollway",
    "parkway",
    "pkwy",
];

/// Words after a number that make it a calibre (`.40 caliber`, `12-gauge`).
static CALIBRE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "caliber",
        "calibre",
        "cal",
        "gauge",
        "magnum",
        "mm",
        "millimeter",
        "millimetre",
    ]
    .into_iter()
    .collect()
});

/// Firearms named after a calibre (`9mm handgun`, `.357 revolver`).
static FIREARMS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "handgun",
        "pistol",
        "revolver",
        "rifle",
        "shotgun",
        "gun",
        "semi",
        "semiautomatic",
        "automatic",
        "luger",
    ]
    .into_iter()
    .collect()
});

/// Capitalised words before a number that make it a station's name (`News 2`, `Channel 4`).
static STATION_HEADS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "news",
        "channel",
        "ch",
        "fox",
        "abc",
        "nbc",
        "cbs",
        "action",
        "eyewitness",
    ]
    .into_iter()
    .collect()
});

/// Plural nouns for people whose ages a list after a comma gives (`two sons, 11 and 14`).
static AGED_PEOPLE: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "sons",
        "daughters",
        "children",
        "kids",
        "boys",
        "girls",
        "brothers",
        "sisters",
        "half-brothers",
        "half-sisters",
        "men",
        "women",
        "teens",
        "teenagers",
        "victims",
        "siblings",
        "grandchildren",
        "suspects",
        "cousins",
        "friends",
    ]
    .into_iter()
    .collect()
});

/// Suffixes glued to digits that still leave a number (`5th`, `1990s`, `10k`).
const NUMBER_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "s", "k", "m", "bn", "x", "am", "pm"];

/// Whether the figure is a number that names, locates or decorates, by its shape.
pub(crate) fn is_furniture(v: &View<'_>, s: &Sentence, f: &Figure, lex: &Lexicon) -> bool {
    let i = f.num_first;
    let is_digits = v.kind(i) == Some(TokenKind::Digits);
    let unitless = f.unit.is_none();
    let after = f.last;
    if in_address_word(v, i) {
        return true;
    }
    if unitless && is_block(v, after) {
        return true;
    }
    if is_digits && unitless && (is_house_number(v, s, f) || is_named_number(v, s, f)) {
        return true;
    }
    if is_digits && unitless && (is_age_list(v, s, i) || is_age_apposition(v, s, f, lex)) {
        return true;
    }
    if is_digits && is_abbreviated_date(v, i, lex) {
        return true;
    }
    if is_digits && (is_phone(v, f) || is_calibre(v, f)) {
        return true;
    }
    if is_digits && unitless && is_station(v, s, i) {
        return true;
    }
    if is_digits && unitless && glued_to_word(v, f, lex) {
        return true;
    }
    // Slideshow counters: `Image 1 of / 8`, `1 of / 8`, `1 / 9 Back to Gallery` (a spaced
    // slash between two whole numbers; `1/2` written tight is a fraction).
    if is_digits && v.w(i.wrapping_sub(1)) == "/" && v.w(i.wrapping_sub(2)) == "of" {
        return true;
    }
    let spaced_slash = |k: usize| v.w(k) == "/" && !v.glued(k) && !v.glued(k + 1);
    if is_digits
        && ((spaced_slash(i.wrapping_sub(1))
            && v.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits))
            || (spaced_slash(i + 1) && v.kind(i + 2) == Some(TokenKind::Digits)))
    {
        return true;
    }
    // Feet and inches in one token run (`12'6"`) name a size the page wrote in shorthand.
    if is_digits && matches!(v.w(i + 1), "'" | "\"") && v.glued(i + 1) {
        return true;
    }
    if is_digits && i > s.first && matches!(v.w(i - 1), "'" | "\"") && v.glued(i) {
        return v.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits);
    }
    // `8 p. m.` with a space inside the abbreviation.
    if is_digits && matches!(v.w(i + 1), "p" | "a") && v.w(i + 2) == "." && v.w(i + 3) == "m" {
        return true;
    }
    is_record(v, f)
}

/// Digits inside a URL or an e-mail address (`example.com/page/12`, `a12@b.com`).
fn in_address_word(v: &View<'_>, i: usize) -> bool {
    let Some(t) = v.tokens.get(i) else {
        return false;
    };
    let bytes = v.text.as_bytes();
    let start = bytes[..t.start]
        .iter()
        .rposition(u8::is_ascii_whitespace)
        .map_or(0, |p| p + 1);
    let end = bytes[t.end..]
        .iter()
        .position(u8::is_ascii_whitespace)
        .map_or(bytes.len(), |p| t.end + p);
    let word = &v.lower[start..end];
    word.contains("://") || word.contains("www.") || (word.contains('@') && word.contains('.'))
}

/// `the 2600 block of`, `the 4500-block of`.
fn is_block(v: &View<'_>, after: usize) -> bool {
    v.w(after) == "block" || (v.w(after) == "-" && v.glued(after) && v.w(after + 1) == "block")
}

/// A number before capitalised words (and direction letters) that end in a street type.
fn is_house_number(v: &View<'_>, s: &Sentence, f: &Figure) -> bool {
    let mut k = f.last;
    let end = s.last.min(f.last + 6);
    while k < end {
        let w = v.w(k);
        if STREET_TYPES.contains(w)
            && (k > f.last || ROAD_WORDS.contains(&w))
            && v.is_capitalized(k)
        {
            return true;
        }
        // (`9330 59th Ave.`: a numbered street's ordinal suffix.)
        let suffix = matches!(w, "st" | "nd" | "rd" | "th")
            && v.glued(k)
            && v.kind(k.wrapping_sub(1)) == Some(TokenKind::Digits);
        let ok = (v.is_word(k) && v.is_capitalized(k))
            || w == "."
            || suffix
            || (v.kind(k) == Some(TokenKind::Digits)
                && (k > f.last
                    || matches!(v.w(k + 1), "st" | "nd" | "rd" | "th") && v.glued(k + 1)));
        if !ok {
            return false;
        }
        k += 1;
    }
    false
}

/// A number of three digits or more before a capitalised word that is a name, not a
/// counted noun: a compass word (`2412 East`), or a singular word the page never writes in
/// lowercase (`2517 Shasta`, `at 9780 Bissonnet`, `804 W.`). A title-case headline's
/// `100 Shot` stays a count: the body writes `shot`; so do plurals (`300 Marines`) and
/// modifiers of a counted noun (`300 Iraqi soldiers`).
fn is_named_number(v: &View<'_>, s: &Sentence, f: &Figure) -> bool {
    let (i, k) = (f.num_first, f.last);
    let house = v.raw(i).len() >= 3 && v.raw(i).bytes().all(|b| b.is_ascii_digit());
    let next_line = v.tokens.get(k).is_some_and(|t| t.newline_before);
    if k != i + 1 || k >= s.last || next_line || !house || !v.is_word(k) || !v.is_capitalized(k) {
        return false;
    }
    let w = v.w(k);
    if en::DIRECTIONS.contains(&w) {
        return true;
    }
    let plural = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    // `283 Violent crime incidents`, `300 National Guard troops`: capitalised modifiers of
    // a counted noun.
    let counted_after = (k + 1..(k + 5).min(s.last))
        .take_while(|&j| v.is_word(j))
        .any(|j| plural(v.w(j)));
    let near = v.tokens.get(i).map_or(0, |t| t.start);
    !plural(w) && !counted_after && !written_lowercase(v.text, near, w)
}

/// Bytes on each side of a figure searched for its word in lowercase: the story around a
/// headline, without making a long page's many numbers cost its length each.
const LOWERCASE_SEARCH_BYTES: usize = 4096;

/// Whether `word` (lowercase) stands as a whole word written in lowercase in `text` within
/// [`LOWERCASE_SEARCH_BYTES`] of byte `near`.
fn written_lowercase(text: &str, near: usize, word: &str) -> bool {
    let floor = |mut b: usize| {
        b = b.min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        b
    };
    let (lo, hi) = (
        floor(near.saturating_sub(LOWERCASE_SEARCH_BYTES)),
        floor(near.saturating_add(LOWERCASE_SEARCH_BYTES)),
    );
    let window = &text[lo..hi];
    let bytes = window.as_bytes();
    let letter = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphabetic);
    window.match_indices(word).any(|(at, _)| {
        !letter(at.checked_sub(1).and_then(|p| bytes.get(p))) && !letter(bytes.get(at + word.len()))
    })
}

/// Whether a word names people who have ages (`men`, `females`, `officers`, `sons`).
fn is_person_word(w: &str, lex: &Lexicon) -> bool {
    let st = lex.stem(w);
    lex.person_roles.contains(st.as_ref())
        || lex.person_subgroup.contains_key(st.as_ref())
        || lex.person_general.contains(st.as_ref())
        || AGED_PEOPLE.contains(w)
}

/// How many tokens back a list of ages may have given its first full age (`one 29 years
/// old, another 52, two others 37`).
const AGE_LIST_REACH: usize = 12;

/// A bare number in a list of ages: `ages 9, 4 and 3`, `two sons, 11 and 14`, `two
/// females, 28 and 27`.
fn is_age_list(v: &View<'_>, s: &Sentence, i: usize) -> bool {
    // (An age is at most a lifetime: `Of the 288 candidates, 286 have ...` counts.)
    if v.raw(i).parse::<u32>().map_or(true, |n| n > 120) {
        return false;
    }
    let mut j = i;
    // (`ages 19 through 43`, `ages 14 to 52`: a span of ages too.)
    while j > s.first
        && (matches!(v.w(j - 1), "," | "and" | "&" | "to" | "through" | "-")
            || v.kind(j - 1) == Some(TokenKind::Digits))
    {
        j -= 1;
    }
    let before = v.w(j.wrapping_sub(1));
    if matches!(before, "ages" | "aged") || (before == "of" && v.w(j.wrapping_sub(2)) == "ages") {
        return true;
    }
    // Other plural people have ages only after a count of their own (`two females, 28 and
    // 27`; not `killed protesters and police officers, 12 and 3 respectively`).
    let counted = j >= 3 && crate::quantity::parse_number_at(v, j - 2, false).is_some();
    let people = AGED_PEOPLE.contains(before)
        || counted
            && before.len() > 3
            && before.ends_with('s')
            && is_person_word(before, Lexicon::get());
    if !(v.w(j) == "," && j + 8 > i && people && j < i) {
        return false;
    }
    // After people, the list must end without a counted noun: `11 and 14.`, `17 and 22, were`.
    let mut k = i + 1;
    while k < s.last
        && (matches!(v.w(k), "," | "and" | "&")
            || v.kind(k) == Some(TokenKind::Digits) && !v.glued(k))
    {
        k += 1;
    }
    // `two men, 19 and 20, who`, `sons, 10 and 12, before`: only a plural noun after the
    // list (`11 and 14 points`) makes its numbers counts.
    if k < s.last && v.is_word(k) {
        let w = v.w(k);
        // `Two victims, 17 and 23 years old,`: the list's own unit says ages.
        if matches!(w, "years" | "year") && matches!(v.w(k + 1), "old" | "of") {
            return true;
        }
        if w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !matches!(w, "was" | "respectively")
        {
            return false;
        }
    }
    true
}

/// `Another man, 18, was shot`, `Neima Williams, 28.`, `Jr., 28,`, `She's 17.`, `in her 30s`,
/// `children under 16`, `6-foot-7`: ages and heights of people.
fn is_age_apposition(v: &View<'_>, s: &Sentence, f: &Figure, lex: &Lexicon) -> bool {
    let i = f.num_first;
    let (prev, next) = (v.w(i.wrapping_sub(1)), v.w(i + 1));
    let before = v.w(i.wrapping_sub(2));
    let person = |w: &str| is_person_word(w, lex);
    // (The scanner keeps an inner apostrophe: `She's 17.` is `she's 17`.)
    if i > s.first && matches!(prev, "she's" | "he's") && matches!(next, "." | ",") {
        return true;
    }
    if i < s.first + 2 {
        return false;
    }
    // `children under 16`, `the seventh child 11 or younger`: an age bound of the people
    // before it, whatever its qualifier.
    let bound_after = matches!(next, "or" | "and")
        && matches!(v.w(i + 2), "younger" | "older" | "under" | "over");
    // (An age is at most a lifetime: `shooting victims over 1,000` is a count.)
    let lifetime = f.figure <= 120.0;
    if lifetime
        && ((matches!(prev, "under" | "over") && person(before) && !v.is_word(i + 1))
            || (bound_after && person(prev)))
    {
        return true;
    }
    if f.qualifier != Qualifier::Exact {
        return false;
    }
    // `Terry Robinson Jr., 28,`: a name may end in an abbreviation's dot.
    let name_before =
        v.is_capitalized(i - 2) || (before == "." && i >= s.first + 3 && v.is_capitalized(i - 3));
    // (A headline may end on the age of a two-word name: `... Killing Of Tyshawn Lee, 9`;
    // not `Toll: Dead, 58`.)
    let ends_on_age = i + 1 >= s.last
        && v.raw(i).len() <= 2
        && i >= s.first + 3
        && v.is_word(i - 3)
        && v.is_capitalized(i - 3)
        && v.is_capitalized(i - 2);
    // (`Andrew Lopez, 20 and Jonathan Carrasquillo, 24`: the next name, with its age.)
    let next_name = next == "and"
        && i + 2 < s.last
        && v.is_word(i + 2)
        && v.is_capitalized(i + 2)
        && (i + 3..s.last.min(i + 7))
            .any(|k| v.w(k) == "," && v.kind(k + 1) == Some(crate::scan::TokenKind::Digits));
    // (`Brian Sadowsky, 44 -- and injured`: a dash closes it after a full name, not after a
    // place: `In Chicago, 40 -- the most this year -- were shot`.)
    // (The normalizer writes every dash as `-`.)
    let dash = next == "-"
        && i >= s.first + 3
        && v.is_capitalized(i - 3)
        && v.is_capitalized(i - 2)
        && !matches!(
            v.w(i.wrapping_sub(4)),
            "in" | "at" | "on" | "from" | "of" | "to" | "near"
        );
    let closes = matches!(next, "," | "." | ";" | ")") || dash || ends_on_age || next_name;
    if prev == "," && closes && (name_before || person(before)) {
        return true;
    }
    // `Four men - one 29 years old, another 52, two others 37 -`: after one full age, the
    // numbers the list gives `another` and `others` are ages too.
    let full_age_before = (i.saturating_sub(AGE_LIST_REACH).max(s.first)..i)
        .any(|k| v.w(k) == "years" && v.w(k + 1) == "old");
    if matches!(prev, "another" | "others" | "other")
        && full_age_before
        && matches!(next, "," | "." | ";" | ")" | "-" | "and")
    {
        return true;
    }
    // `The boys - both 17 - were walking`, `two men, both 19, were shot`: one age for all
    // of the people the apposition follows.
    if matches!(prev, "both" | "each")
        && matches!(before, "," | "(" | "-")
        && (closes || next == "-")
        && f.unit.is_none()
    {
        return true;
    }
    if matches!(prev, "is" | "was")
        && matches!(before, "she" | "he" | "whom")
        && matches!(next, "." | ",")
    {
        return true;
    }
    // `Because Brizuela was 17 when the killings occurred`: a named person's age at a time.
    if matches!(prev, "is" | "was")
        && (matches!(before, "she" | "he" | "who") || v.is_capitalized(i - 2) && v.is_word(i - 2))
        && matches!(next, "when" | "at")
        && !v.is_capitalized(i + 1)
        && v.raw(i).len() <= 3
    {
        return true;
    }
    // `dies at 96`, `died at 81`: the age at death.
    if prev == "at"
        && matches!(before, "dies" | "died" | "dead")
        && (!v.is_word(i + 1) || matches!(next, "of" | "after" | "in" | "on"))
    {
        return true;
    }
    if matches!(prev, "her" | "his" | "their" | "early" | "late" | "mid")
        && next == "s"
        && v.glued(i + 1)
    {
        return true;
    }
    prev == "-" && matches!(before, "foot" | "feet") && v.glued(i)
}

/// `Dec. 27`, `Jan.15`: a month abbreviation with its dot before a day.
fn is_abbreviated_date(v: &View<'_>, i: usize, lex: &Lexicon) -> bool {
    i >= 2
        && v.raw(i).len() <= 2
        && v.w(i - 1) == "."
        && lex.months.contains(v.w(i - 2))
        && v.is_capitalized(i - 2)
}

/// `911`, `(313) 222-2023`, `17-5281`: emergency and phone numbers, case numbers.
fn is_phone(v: &View<'_>, f: &Figure) -> bool {
    let i = f.num_first;
    let raw = v.raw(i);
    if raw == "911" && f.unit.is_none() {
        return true;
    }
    if v.w(i.wrapping_sub(1)) == ")" && v.kind(i.wrapping_sub(2)) == Some(TokenKind::Digits) {
        return true;
    }
    // A number one calls or texts (`call 311`, `text TIPS to 274637`, `sending a text
    // message anonymously to 50411`): a line, not a count.
    let reached = (i.saturating_sub(4)..i).any(|k| {
        matches!(
            v.w(k),
            "call" | "calling" | "dial" | "dialing" | "text" | "texting" | "message"
        )
    });
    // (Not `a call to 500 customers`: a counted noun after it.)
    let line_after = !v.is_word(i + 1)
        || matches!(
            v.w(i + 1),
            "to" | "or" | "and" | "for" | "with" | "if" | "anytime"
        );
    if reached
        && matches!(v.w(i.wrapping_sub(1)), "to" | "at" | "call" | "dial")
        && f.unit.is_none()
        && raw.len() >= 3
        && line_after
    {
        return true;
    }
    // Digits, a glued dash, then four or more digits that are not a year range's end.
    let hi = v.raw(i + 2);
    v.w(i + 1) == "-"
        && v.glued(i + 1)
        && v.glued(i + 2)
        && hi.len() >= 4
        && hi.bytes().all(|b| b.is_ascii_digit())
        && raw.len() <= 3
}

/// `9mm handgun`, `.40 caliber`, `.357 Revolver`, `12-gauge shotgun`.
fn is_calibre(v: &View<'_>, f: &Figure) -> bool {
    let i = f.num_first;
    let dotted = i > 0 && v.w(i - 1) == "." && v.glued(i) && !v.glued(i - 1);
    let mut k = i + 1;
    if v.w(k) == "-" {
        k += 1;
    }
    let word = CALIBRE_WORDS.contains(v.w(k));
    let gun_after = (k..k + 3).any(|j| FIREARMS.contains(v.w(j)));
    let millimetres =
        f.unit.is_some_and(|u| u.dimension == Dimension::Length) && v.w(k) == "mm" && gun_after;
    (dotted && (word || gun_after || f.unit.is_none())) || (word && v.w(k) != "mm") || millimetres
}

/// `News 2`, `Channel 4`, `FOX 59`: a station's name, not a count.
fn is_station(v: &View<'_>, s: &Sentence, i: usize) -> bool {
    i > s.first && STATION_HEADS.contains(v.w(i - 1)) && v.is_capitalized(i - 1) && !v.glued(i)
}

/// `28Front`, `76ers`, `1u44F5N`: digits glued to a word that is no unit or suffix.
fn glued_to_word(v: &View<'_>, f: &Figure, lex: &Lexicon) -> bool {
    let k = f.num_first + 1;
    if f.last != k || !v.is_word(k) || !v.glued(k) {
        return false;
    }
    let w = v.w(k);
    !NUMBER_SUFFIXES.contains(&w) && !lex.scales.contains_key(w)
}

/// `fell to 2-6 at home`, `a record of 9-14`: a pair of digits joined by a dash with no
/// counted noun after it is a score or a record, not a range.
fn is_record(v: &View<'_>, f: &Figure) -> bool {
    let i = f.num_first;
    f.qualifier == Qualifier::Range
        && f.unit.is_none()
        && v.kind(i) == Some(TokenKind::Digits)
        && v.w(i + 1) == "-"
        && v.glued(i + 1)
        && v.glued(i + 2)
        && (!v.is_word(f.last) || RECORD_FOLLOWERS.contains(v.w(f.last)))
}

/// Words after a dashed pair that leave it a score or record (`2-6 at home`).
static RECORD_FOLLOWERS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "at", "in", "on", "this", "for", "record", "overall", "and", "with", "since", "after",
        "against", "mark",
    ]
    .into_iter()
    .collect()
});

#[cfg(test)]
mod tests {
    /// The figures read, once each (`two men were shot` is also `two men injured`).
    fn figures(text: &str) -> Vec<String> {
        let mut claims = crate::extract(text);
        claims.sort_by_key(|c| c.span);
        claims.dedup_by_key(|c| c.span);
        claims.into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn a_number_one_calls_or_texts_is_a_line() {
        let t = "Anyone with information can send a text message anonymously to 50411.";
        assert!(figures(t).is_empty(), "{:?}", figures(t));
        assert!(figures("Residents should call 311 to report it.").is_empty());
        assert_eq!(
            figures("The mayor made a call to 500 customers."),
            vec!["500 customers"]
        );
    }

    #[test]
    fn numbers_before_a_name_locate() {
        // A numbered street right after the house number.
        assert!(figures("They said they had shot themselves at 9330 59th Ave.").is_empty());
        let t = "Police went to 2412 East 13th Street and 804 W. Main, where two men were shot.";
        assert_eq!(figures(t), vec!["two men"]);
        assert_eq!(
            figures("Two men were shot at 4439 Pease on Sunday."),
            vec!["Two men"]
        );
    }

    #[test]
    fn a_person_picked_out_by_an_ordinal_bounds_the_count() {
        let claims = crate::extract("The second man was arrested. The third victim died.");
        let lows: Vec<(Option<f64>, Option<f64>)> =
            claims.iter().map(|c| (c.value.low, c.value.high)).collect();
        assert!(lows.contains(&(Some(2.0), None)), "{lows:?}");
        assert!(lows.contains(&(Some(3.0), None)), "{lows:?}");
        // `A fifth man` says there were five at least: a sixth may follow.
        let fifth = crate::extract("A fifth man was shot in the leg.");
        assert!(fifth
            .iter()
            .any(|c| c.value.low == Some(5.0) && c.value.high.is_none()));
    }

    /// A parent's `of two` counts a family, `two Sundays` days, and an age may be followed
    /// by the next name; none is a count of the people the sentence tells of.
    #[test]
    fn families_days_and_listed_ages_are_no_counts() {
        assert!(figures("A father of two was shot and killed Sunday.").is_empty());
        assert!(figures("Jones was injured two Sundays ago at Pittsburgh.").is_empty());
        assert!(
            figures("Andrew Lopez, 20 and Jonathan Carrasquillo, 24, were charged.").is_empty()
        );
        assert!(
            figures("Because Brizuela was 17 when the killings occurred, he was spared.")
                .is_empty()
        );
        assert!(figures("Sammy Lee, diver who won Olympic gold, dies at 96").is_empty());
        assert_eq!(
            figures("The boys - both 17 - were walking when two men, each 19, opened fire."),
            ["two men"]
        );
        assert!(figures("She\u{2019}s 17.").is_empty());
        assert!(figures("Stay away from children under 16.").is_empty());
        assert_eq!(
            figures("He counted shooting victims over 1,000."),
            ["over 1,000"]
        );
        assert_eq!(
            figures("He is the seventh child 11 or younger shot this year."),
            ["seventh child"]
        );
        assert!(figures("Her youngest child, who was 1 when she was killed, was born.").is_empty());
        assert!(figures("Dad linked to slayings killed pregnant wife in \u{2019}91").is_empty());
        // (Also as a headline, with the story after it.)
        let headline = figures("Dad linked to slayings killed wife in \u{2019}91\n\nPolice spoke.");
        assert!(!headline.iter().any(|t| t.contains("91")), "{headline:?}");
        assert_eq!(
            figures("He killed three people -- Renee Benjamin, 30; and Brian Sadowsky, 44 -- on Thursday."),
            ["three people"]
        );
        assert_eq!(
            figures("He was found dead in his car.[9] He killed six people.[6][26]"),
            ["six people"]
        );
        // The page a reference mark cites.
        assert_eq!(
            figures("He vowed to watch them all die.[16]:136 He killed six people.[4]: 22"),
            ["six people"]
        );
        let c = crate::extract("Four Dallas Police Department officers died.");
        assert_eq!(c[0].subject.label, "officers killed");
    }

    #[test]
    fn an_age_ending_a_headline_is_an_age() {
        assert!(figures("Man charged in killing of Tyshawn Lee, 9\n\nPolice said.").is_empty());
        assert_eq!(
            figures("Las Vegas Shooting Toll: Dead, 58\n\nPolice said.").len(),
            1
        );
    }

    #[test]
    fn numbers_before_counted_words_count() {
        let headline = "Police: 120 Shot Over Weekend\nPolice said 120 people were shot.";
        assert_eq!(figures(headline).len(), 2, "{:?}", figures(headline));
        assert_eq!(figures("About 300 Iraqi soldiers were deployed.").len(), 1);
        assert_eq!(figures("Some 300 Marines arrived on Monday.").len(), 1);
        assert_eq!(
            figures("About 300 National Guard troops were deployed.").len(),
            1
        );
        assert_eq!(
            figures("More than 200 Boko Haram fighters were killed.").len(),
            1
        );
    }
}
