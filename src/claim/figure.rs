//! Figures in a sentence: a number (or range, or vague amount) with its qualifier, currency
//! and unit, before we decide what it measures. Also the rules for numbers that are not
//! quantity claims (dates, years, clock times, names, ages, scorelines, page furniture).

use crate::quantity::lexicon::{en, Lexicon, WordSet};
use crate::quantity::{
    parse_number_at, unit_at, Dimension, Interval, NumberKind, NumberMatch, Qualifier, UnitInfo,
};
use crate::scan::{Sentence, TokenKind, View};
use std::sync::LazyLock;

/// A figure found in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Figure {
    /// First token of the whole phrase (qualifier or currency included).
    pub first: usize,
    /// One past the last token of the number and unit.
    pub last: usize,
    /// First token of the number itself.
    pub num_first: usize,
    /// The values allowed, in the unit written (before conversion).
    pub value: Interval,
    /// The figure as written (before conversion).
    pub figure: f64,
    /// The qualifier.
    pub qualifier: Qualifier,
    /// The unit, if any (money from a currency sign included).
    pub unit: Option<UnitInfo>,
    /// How the main number was written.
    pub kind: NumberKind,
    /// Whether the unit was joined by a hyphen (`two-hour meeting`).
    pub compound: bool,
    /// A race or running time written like a clock (`2:06:31`).
    pub clock: bool,
}

impl Figure {
    /// The dimension: the unit's, or a count.
    pub fn dimension(&self) -> Dimension {
        self.unit.map_or(Dimension::Count, |u| u.dimension)
    }
}

/// Nouns that a hyphenated count can modify (`four-page document`, `12-member team`).
static COMPOUND_COUNTS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "page", "member", "point", "seat", "judge", "storey", "story", "floor", "nation",
        "country", "vehicle", "car", "person", "man", "woman", "game", "match", "lane", "room",
        "bed", "party", "state", "team", "mile", "goal", "run",
    ]
    .into_iter()
    .collect()
});

/// Nouns an ordinal counts (`the 17th homicide`, `his fourth season`).
static ORDINAL_COUNTED: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "homicide", "shooting", "killing", "murder", "death", "victim", "season", "title",
        "attack", "fatality", "casualty", "incident",
    ]
    .into_iter()
    .collect()
});

/// Words that make a pair of numbers a score ([`en::SCORELINE`]).
static SCORELINE: LazyLock<WordSet> = LazyLock::new(|| en::SCORELINE.iter().copied().collect());

/// Words before a four-digit number that make it a year.
static YEAR_CUES: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "in", "since", "by", "from", "of", "until", "till", "before", "after", "during", "year",
        "early", "late", "mid", "the", "'s", "s", "summer", "winter", "spring", "autumn", "fall",
        "fiscal", "through", "between", "and", "to", "season", "census", "around", "circa", "c.",
    ]
    .into_iter()
    .collect()
});

/// Finds every figure in sentence `s`.
pub(crate) fn figures(v: &View<'_>, s: &Sentence, is_last_sentence: bool) -> Vec<Figure> {
    let lex = Lexicon::get();
    let mut out = Vec::new();
    let mut i = s.first;
    while i < s.last {
        // Most articles are just articles: skip the full parse for them.
        let article = matches!(v.w(i), "a" | "an")
            && v.w(i + 1) != "$"
            && !lex.after_article.contains(v.w(i + 1));
        if article || !may_start_figure(v, i, lex) {
            i += 1;
            continue;
        }
        match figure_at(v, s, i, lex) {
            Some(f) => {
                let next = f.last.max(i + 1);
                if !is_not_a_claim(v, s, &f, is_last_sentence, lex) {
                    out.push(picked_out(v, f, lex));
                }
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

/// `The fourth victim, a 20-year-old man,`, `the second and third victims`, `a fifth
/// person was taken to hospital`: after `the` or `a`, an ordinal on a person picks one
/// out, so there were at least that many, not exactly (`the second man` and `the third
/// victim` of one story do not contradict each other, nor `a fifth victim` and six hurt).
fn picked_out(v: &View<'_>, mut f: Figure, lex: &Lexicon) -> Figure {
    let prev = v.w(f.num_first.wrapping_sub(1));
    // (`the second male victim`, not `the third time officers ...`.)
    let person = super::implicit::is_person(v.w(f.last), lex)
        || (!matches!(v.w(f.last), "time" | "times")
            && super::implicit::is_person(v.w(f.last + 1), lex));
    if f.kind == NumberKind::Ordinal
        && f.qualifier == Qualifier::Exact
        && matches!(prev, "the" | "a" | "and" | ",")
        && person
    {
        f.qualifier = Qualifier::AtLeast;
        f.value = Qualifier::AtLeast.apply(f.figure);
    }
    f
}

/// Whether [`figure_at`] can find a figure at token `i`: digits, a word that may start a
/// number, or a currency sign or code with a digit close after it. One look-up, so the
/// full parse runs only on the few tokens that can start a figure.
fn may_start_figure(v: &View<'_>, i: usize, lex: &Lexicon) -> bool {
    let Some(tok) = v.tokens.get(i) else {
        return false;
    };
    match tok.kind {
        TokenKind::Digits => true,
        TokenKind::Word if lex.figure_starts.contains(v.w(i)) => true,
        // A currency's digits start at most one byte after its sign or code.
        _ => {
            let after = &v.lower.as_bytes()[tok.start + 1..];
            after[..after.len().min(LONGEST_CURRENCY_PREFIX + 1)]
                .iter()
                .any(u8::is_ascii_digit)
        }
    }
}

/// Length in bytes of the longest sign or code in [`en::CURRENCY_PREFIXES`].
const LONGEST_CURRENCY_PREFIX: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < en::CURRENCY_PREFIXES.len() {
        let len = en::CURRENCY_PREFIXES[k].0.len();
        if len > longest {
            longest = len;
        }
        k += 1;
    }
    longest
};

/// A currency sign or code at token `i`: the currency and the token after it.
fn currency_at(v: &View<'_>, i: usize, s: &Sentence) -> Option<(&'static str, usize)> {
    let tok = v.tokens.get(i)?;
    if i >= s.last || tok.kind == TokenKind::Digits {
        return None;
    }
    let rest = &v.lower[tok.start..];
    let first = rest.as_bytes().first().copied();
    for &(sign, code) in en::CURRENCY_PREFIXES {
        // The first byte settles almost every token without a string comparison.
        if first != sign.as_bytes().first().copied() || !rest.starts_with(sign) {
            continue;
        }
        let end = tok.start + sign.len();
        let j = v.tokens[i..]
            .iter()
            .position(|t| t.start >= end)
            .map(|p| i + p)?;
        // Letters codes need a space or nothing, signs need the digits right after.
        let code_word = sign.chars().all(|c| c.is_ascii_alphabetic() || c == '.');
        if (v.tokens[j].start == end || (code_word && v.tokens[j].start == end + 1))
            && (v.kind(j) == Some(TokenKind::Digits)
                || (code_word && v.kind(j) == Some(TokenKind::Digits)))
        {
            return Some((code, j));
        }
    }
    None
}

fn money_unit(code: &'static str) -> UnitInfo {
    UnitInfo {
        dimension: Dimension::Money,
        canonical: code,
        factor: 1.0,
        fahrenheit: false,
        written: code,
    }
}

fn figure_at(v: &View<'_>, s: &Sentence, i: usize, lex: &Lexicon) -> Option<Figure> {
    let (currency, j) = match currency_at(v, i, s) {
        Some((c, j)) => (Some(c), j),
        None => (None, i),
    };
    if currency.is_none() {
        if let Some(f) = clock_duration(v, s, j) {
            return Some(f);
        }
    }
    let mut m = match parse_number_at(v, j, currency.is_some()) {
        Some(m) => m,
        None => article_unit(v, s, j, lex)?,
    };
    if m.last > s.last {
        return None;
    }
    // `half an hour`, `an hour and a half`: a duration without a number word.
    let mut qualifier = Qualifier::Exact;
    let mut first = i;
    let mut value;
    let mut figure = m.value;
    let mut hi_fig = None;
    let mut after = m.last;

    // Ranges: `70 to 80`, `70-80`, `two or three`, `between 70 and 80`, `from 6 to 18`,
    // and suspended, the unit given once: `a 3- to 15-year sentence`.
    if v.w(after) == "-" && v.glued(after) && v.w(after + 1) == "to" {
        after += 1;
    }
    let joiner = v.w(after);
    let glued_dash = joiner == "-" && v.glued(after) && v.glued(after + 1);
    if matches!(m.kind, NumberKind::Digits | NumberKind::Words)
        && (matches!(joiner, "to" | "or" | "and")
            || glued_dash
            || (joiner == "-" && !v.glued(after)))
    {
        let k = after + 1;
        let (cur2, k) = match currency_at(v, k, s) {
            Some((_, k2)) => (true, k2),
            None => (false, k),
        };
        if let Some(m2) = parse_number_at(v, k, currency.is_some() || cur2) {
            let between = v.w(first.wrapping_sub(1)) == "between";
            // (`nine to 18 months` mixes words and digits.)
            let same_kind = std::mem::discriminant(&m2.kind) == std::mem::discriminant(&m.kind)
                || joiner == "to" && matches!(m2.kind, NumberKind::Digits | NumberKind::Words);
            let ok = same_kind
                && m2.last <= s.last
                && match joiner {
                    "and" => between,
                    "or" => m.kind == NumberKind::Words,
                    _ => true,
                };
            // `rose from £1.20 to £1.80` is a change between two figures, not a range.
            let change = v.w(first.wrapping_sub(1)) == "from"
                && (first.saturating_sub(5)..first).any(|k| CHANGE_VERBS.contains(v.w(k)));
            if ok && !change {
                let (mut a, b) = (m.value, m2.value);
                // `1 to 2 million`: the scale of the second applies to the first.
                if m.last == m.first + 1 && m2.last > m2.first + 1 && b / a >= 1000.0 {
                    let scale = v.w(m2.last - 1);
                    if let Some(&f) = lex.scales.get(scale) {
                        a *= f;
                    }
                }
                if a < b {
                    qualifier = Qualifier::Range;
                    figure = a;
                    hi_fig = Some(b);
                    after = m2.last;
                    m = NumberMatch { last: m2.last, ..m };
                }
            }
        }
    }

    // The unit: `two-hour`, `3 hours`, `12%`, `5 km`.
    let mut unit = currency.map(money_unit);
    let mut compound = false;
    let mut unit_end = after;
    if unit.is_none() {
        // A hyphen glued to the figure or to the unit joins them even across a space:
        // `25- mile trail`, `2 -year-old` are how line-wrapped or mistyped compounds reach us.
        let (k, hyph) = if v.w(after) == "-" && (v.glued(after) || v.glued(after + 1)) {
            (after + 1, true)
        } else {
            (after, false)
        };
        // `for the seventh straight day`: seven days running.
        let k = if m.kind == NumberKind::Ordinal
            && is_running(v.w(k))
            && unit_at(v, k + 1).is_some_and(|(u, _)| u.dimension == Dimension::Duration)
        {
            k + 1
        } else {
            k
        };
        // `five more days`, `3 additional hours`.
        let k = if !hyph
            && matches!(v.w(k), "more" | "additional" | "extra" | "further")
            && unit_at(v, k + 1).is_some_and(|(u, _)| u.dimension == Dimension::Duration)
        {
            k + 1
        } else {
            k
        };
        if k < s.last {
            // (`Two yard workers`: a singular unit after a plural count is no unit, unless
            // a hyphen makes a compound of them: `a 2-yard run`.)
            let singular_after_plural =
                |u: &UnitInfo| COMPOUND_SINGULARS.contains(&u.written) && !hyph && m.value != 1.0;
            if let Some((u, n)) = unit_at(v, k).filter(|(u, _)| !singular_after_plural(u)) {
                unit = Some(u);
                compound = hyph;
                unit_end = k + n;
            }
        }
    } else if let Some((u, n)) = (after < s.last).then(|| unit_at(v, after)).flatten() {
        // `$5 dollars` is rare; but `5 million euros` after a sign is not: keep the sign.
        if u.dimension == Dimension::Money {
            unit_end = after + n;
        }
    }
    // Money after a scale word: `20 million dollars`, `3bn euros`.
    if matches!(unit, Some(u) if u.dimension == Dimension::Length && u.canonical == "metre")
        && currency.is_none()
    {
        // keep
    }
    // `17 years and six months`, `2 hours 18 minutes`: smaller units add up.
    if let Some(mut u) = unit.filter(|u| u.dimension == Dimension::Duration && hi_fig.is_none()) {
        loop {
            let k = if v.w(unit_end) == "and" {
                unit_end + 1
            } else {
                unit_end
            };
            let Some(m2) = (v.kind(k) == Some(TokenKind::Digits)
                || lex.cardinals.contains_key(v.w(k)))
            .then(|| parse_number_at(v, k, false))
            .flatten() else {
                break;
            };
            let Some((u2, n2)) = (m2.last < s.last).then(|| unit_at(v, m2.last)).flatten() else {
                break;
            };
            if u2.dimension != Dimension::Duration || u2.factor >= u.factor {
                break;
            }
            // Keep the value in the first unit: the figure converts with it later.
            figure += m2.value * u2.factor / u.factor;
            unit_end = m2.last + n2;
            u = UnitInfo { ..u };
        }
    }
    // A height in feet and inches: `6-foot-7`, `5 feet 9 inches`, `6 ft 2 in`.
    if unit.is_some_and(|u| u.dimension == Dimension::Length && u.written.starts_with('f'))
        && hi_fig.is_none()
    {
        let glued = v.w(unit_end) == "-" && v.glued(unit_end) && v.glued(unit_end + 1);
        let k = if glued { unit_end + 1 } else { unit_end };
        let inches = (v.kind(k) == Some(TokenKind::Digits))
            .then(|| parse_number_at(v, k, false))
            .flatten()
            .filter(|m2| m2.value < 12.0);
        if let Some(m2) = inches {
            let unit_after = (m2.last < s.last)
                .then(|| unit_at(v, m2.last))
                .flatten()
                .filter(|(u2, _)| u2.dimension == Dimension::Length && u2.factor < 0.1);
            if unit_after.is_some() || glued {
                figure += m2.value / 12.0;
                unit_end = m2.last + unit_after.map_or(0, |(_, n)| n);
            }
        }
    }
    // `an hour and a half` / `two hours and a half`.
    if unit.is_some_and(|u| u.dimension == Dimension::Duration)
        && v.phrase_at(unit_end, "and a half").is_some()
    {
        figure += 0.5;
        unit_end += 3;
    }
    // `the strongest measuring 5.6` in a story about an earthquake: a magnitude.
    if unit.is_none()
        && currency.is_none()
        && v.raw(j).contains('.')
        && m.value < 10.0
        && m.kind == NumberKind::Digits
    {
        let quake =
            (s.first..s.last).any(|k| matches!(lex.event(v.w(k)), Some("quake" | "aftershock")));
        if quake
            && matches!(
                v.w(j.wrapping_sub(1)),
                "measuring" | "measured" | "of" | "registered" | "magnitude"
            )
        {
            unit = unit_at(
                v,
                crate::scan::View::find_word(v, s.first, s.last, "magnitude").unwrap_or(usize::MAX),
            )
            .map(|(u, _)| u)
            .or(Some(UnitInfo {
                dimension: Dimension::Magnitude,
                canonical: "magnitude",
                factor: 1.0,
                fahrenheit: false,
                written: "magnitude",
            }));
        }
    }
    // `magnitude 7.8` / `7.8-magnitude`.
    if unit.is_none() && v.w(j.wrapping_sub(1)) == "magnitude" {
        unit = unit_at(v, j - 1).map(|(u, _)| u);
        first = j - 1;
    }
    // Temperature sign: `-5C`, `minus 5 degrees`.
    if unit.is_some_and(|u| u.dimension == Dimension::Temperature) {
        let sign = v.w(j.wrapping_sub(1));
        if (sign == "-" && v.glued(j) && !v.glued(j - 1)) || sign == "minus" {
            figure = -figure;
            first = j - 1;
        }
    }

    // Ranges written with the unit twice: `13% and 15%`, `$5 to $10`, `5 km to 10 km`.
    if qualifier == Qualifier::Exact
        && unit.is_some()
        && matches!(v.w(unit_end), "to" | "and" | "-")
    {
        let k = unit_end + 1;
        let k = currency_at(v, k, s).map_or(k, |(_, k2)| k2);
        if let Some(m2) = (v.kind(k) == Some(TokenKind::Digits))
            .then(|| parse_number_at(v, k, currency.is_some()))
            .flatten()
        {
            let u2 = if currency.is_some() {
                unit
            } else {
                (m2.last < s.last)
                    .then(|| unit_at(v, m2.last))
                    .flatten()
                    .map(|(u, _)| u)
            };
            let n2 = if currency.is_some() {
                0
            } else {
                (m2.last < s.last)
                    .then(|| unit_at(v, m2.last))
                    .flatten()
                    .map_or(0, |(_, n)| n)
            };
            let between = v.w(first.wrapping_sub(1)) == "between";
            let change = (first.saturating_sub(5)..first).any(|k| CHANGE_VERBS.contains(v.w(k)));
            // The second figure in the first's unit: `6 months to 2 years` is 6 to 24 months.
            let hi = match (unit, u2) {
                (Some(a), Some(b))
                    if a.canonical == b.canonical && a.fahrenheit == b.fahrenheit =>
                {
                    Some(m2.value * b.factor / a.factor).filter(|&hi| figure < hi)
                }
                _ => None,
            };
            if hi.is_some() && (v.w(unit_end) != "and" || between) && !change {
                qualifier = Qualifier::Range;
                hi_fig = hi;
                unit_end = m2.last + n2;
                m = NumberMatch { last: m2.last, ..m };
            }
        }
    }
    // Qualifiers before the figure (or before `between`/`from`).
    let mut q_end = first;
    if qualifier == Qualifier::Range {
        for lead in [
            "between",
            "from",
            "anywhere from",
            "somewhere between",
            "anywhere between",
        ] {
            if let Some(st) = v.phrase_before(q_end, lead, s.first) {
                first = st;
                q_end = st;
                break;
            }
        }
    }
    if qualifier != Qualifier::Range {
        if let Some((st, q)) = qualifier_before(v, q_end, s.first, lex) {
            // `over three years` is a span of time (during), unless something lasted over it.
            let period = unit.is_some_and(|u| u.dimension == Dimension::Duration)
                || (unit.is_none() && PERIODS.contains(v.w(unit_end)));
            let temporal = st + 1 == q_end
                && matches!(v.w(st), "over" | "under")
                && period
                && !matches!(
                    v.w(st.wrapping_sub(1)),
                    "lasted"
                        | "lasting"
                        | "last"
                        | "lasts"
                        | "took"
                        | "takes"
                        | "take"
                        | "for"
                        | "spent"
                        | "waited"
                        | "of"
                        | "in"
                        | "than"
                        | "is"
                        | "was"
                        | "be"
                        | "been"
                );
            if !temporal {
                qualifier = q;
                first = st;
            }
        }
    }
    // Trailing qualifiers: `80-plus`, `80 or more`, `500 or so`, `80+`.
    if qualifier == Qualifier::Exact {
        let t = if unit_end > after { unit_end } else { after };
        if v.phrase_at(t, "or more").is_some() {
            qualifier = Qualifier::AtLeast;
            unit_end = unit_end.max(t + 2);
        } else if v.phrase_at(t, "or so").is_some() {
            qualifier = Qualifier::About;
            unit_end = unit_end.max(t + 2);
        } else if v.w(after) == "+" && v.glued(after)
            || (v.w(after) == "-" && v.w(after + 1) == "plus")
        {
            qualifier = Qualifier::AtLeast;
        }
    }
    let _ = after;
    match m.kind {
        NumberKind::Vague { low, high, .. } => {
            value = if high.is_finite() {
                Interval::half_open(low, high)
            } else {
                Interval::above(low, true)
            };
            if qualifier == Qualifier::MoreThan || qualifier == Qualifier::AtLeast {
                value = Interval::above(low, true);
            } else {
                qualifier = Qualifier::Vague;
            }
        }
        _ => {
            value = match hi_fig {
                Some(b) => Interval::closed(figure, b),
                None => qualifier.apply(figure),
            };
        }
    }
    // Durations, lengths and the like cannot be negative.
    if let (Some(l), Some(u)) = (value.low, unit) {
        if l < 0.0 && u.dimension != Dimension::Temperature {
            value.low = Some(0.0);
        }
    }
    Some(Figure {
        first,
        last: unit_end.max(m.last),
        num_first: j,
        value,
        figure,
        qualifier,
        unit,
        kind: m.kind,
        compound,
        clock: false,
    })
}

/// Verbs of change: `rose from X to Y` gives two figures, not a range.
static CHANGE_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "rose",
        "rise",
        "risen",
        "rising",
        "fell",
        "fall",
        "fallen",
        "falling",
        "increased",
        "increase",
        "decreased",
        "decrease",
        "cut",
        "raised",
        "raise",
        "dropped",
        "drop",
        "grew",
        "grow",
        "climbed",
        "jumped",
        "reduced",
        "lifted",
        "hiked",
        "lowered",
        "changed",
        "moved",
        "went",
        "up",
        "down",
        "slashed",
        "boosted",
        "doubled",
        "halved",
    ]
    .into_iter()
    .collect()
});

/// Nouns of periods: `over seven innings` is a span, not a bound.
static PERIODS: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "season",
        "seasons",
        "inning",
        "innings",
        "game",
        "games",
        "match",
        "matches",
        "round",
        "rounds",
        "session",
        "sessions",
        "lap",
        "laps",
        "term",
        "terms",
        "quarter",
        "quarters",
        "weekend",
        "weekends",
        "night",
        "nights",
        "stage",
        "stages",
        "election",
        "elections",
    ]
    .into_iter()
    .collect()
});

/// A time written like a clock with three parts (`2:06:31`): a race or running time, read
/// as a duration. Two parts (`09:21`) stay a time of day.
fn clock_duration(v: &View<'_>, s: &Sentence, j: usize) -> Option<Figure> {
    let part = |k: usize| {
        (v.kind(k) == Some(TokenKind::Digits) && v.glued(k))
            .then(|| v.raw(k).parse::<u32>().ok())
            .flatten()
    };
    let colon = |k: usize| v.w(k) == ":" && v.glued(k);
    if v.kind(j) != Some(TokenKind::Digits) || !(colon(j + 1) && colon(j + 3)) || j + 5 > s.last {
        return None;
    }
    let h: u32 = v.raw(j).parse().ok()?;
    let (m, sec) = (part(j + 2)?, part(j + 4)?);
    if v.raw(j + 2).len() != 2 || v.raw(j + 4).len() != 2 || m >= 60 || sec >= 60 || h > 99 {
        return None;
    }
    let secs = f64::from(h * 3600 + m * 60 + sec);
    Some(Figure {
        first: j,
        last: j + 5,
        num_first: j,
        value: Interval::exact(secs),
        figure: secs,
        qualifier: Qualifier::Exact,
        unit: Some(UnitInfo {
            dimension: Dimension::Duration,
            canonical: "second",
            factor: 1.0,
            fahrenheit: false,
            written: "second",
        }),
        kind: NumberKind::Digits,
        compound: false,
        clock: true,
    })
}

/// `half an hour`, `half a percentage point`, and `a minute` / `an hour` after a qualifier
/// (`almost a minute`) or before `and a half`: a unit with an article for its number.
/// A bare `a day` or `a year` is left alone: it is usually a rate or a time (`twice a day`).
fn article_unit(v: &View<'_>, s: &Sentence, j: usize, lex: &Lexicon) -> Option<NumberMatch> {
    let w = v.w(j);
    let (value, art) = match w {
        "half" if matches!(v.w(j + 1), "a" | "an") => (0.5, j + 1),
        "a" | "an" => (1.0, j),
        _ => return None,
    };
    if art + 1 >= s.last {
        return None;
    }
    let (u, n) = unit_at(v, art + 1)?;
    if !matches!(u.dimension, Dimension::Duration | Dimension::Percent) {
        return None;
    }
    let qualified = qualifier_before(v, j, s.first, lex).is_some();
    let and_half = v.phrase_at(art + 1 + n, "and a half").is_some();
    (w == "half" || qualified || and_half).then_some(NumberMatch {
        value,
        first: j,
        last: art + 1,
        kind: NumberKind::Words,
    })
}

/// The qualifier phrase ending just before token `end`, if any.
pub(crate) fn qualifier_before(
    v: &View<'_>,
    end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Option<(usize, Qualifier)> {
    if end == 0 || end <= floor {
        return None;
    }
    let last_word = v.w(end - 1);
    let list = lex.qualifiers.get(last_word)?;
    for &(phrase, q) in list {
        if let Some(st) = v.phrase_before(end, phrase, floor) {
            // `over the past 18 months` is a time span, not a bound; `under` a name is a place.
            if phrase == "some" && v.is_capitalized(st) && st == floor {
                return Some((st, q));
            }
            return Some((st, q));
        }
    }
    // `approx.` and `ca.` end with a dot token.
    None
}

/// `One of the victims was shot in the leg`, `one of them has died`, `one of the children
/// had serious injuries`, with `of` at `k`: one of some people whose fate the clause tells,
/// a part of a toll. `One of the officers returned fire` picks out someone and counts
/// nothing, and so does a fate told in a relative clause (`one of the men who was killed
/// is her son`).
fn part_of_toll(v: &View<'_>, s: &Sentence, k: usize, lex: &Lexicon) -> bool {
    let people = if matches!(v.w(k + 1), "them" | "whom") {
        Some(k + 1)
    } else {
        super::subject::part_people(v, s, k, lex)
    };
    let Some(j) = people else {
        return false;
    };
    for i in j + 1..s.last.min(j + 8) {
        let w = v.w(i);
        if matches!(w, "," | ";" | ":" | "and" | "but" | "\"") {
            return false;
        }
        let prev = v.w(i - 1);
        let told = matches!(
            prev,
            "was" | "were" | "is" | "are" | "been" | "got" | "later" | "remains" | "remained"
        );
        let fate = matches!(w, "died" | "dies")
            || told
                && v.w(i + 1) != "at"
                && matches!(
                    super::subject::word_predicate(w, lex),
                    Some("killed" | "injured" | "shot")
                )
            || told && w == "hospitalized"
            || told && w == "in" && matches!(v.w(i + 1), "critical" | "serious" | "grave")
            || matches!(prev, "had" | "suffered" | "sustained")
                && w != "no"
                && matches!(v.w(i + 1), "injuries" | "wounds" | "injury" | "wound");
        if fate {
            // A fate right after `who` picks the people out (`one of the men who was
            // killed is her son`); after the relative clause's own verb it is the part's
            // (`two of the officers who responded were injured`).
            let mut b = i - 1;
            while b > j
                && matches!(
                    v.w(b),
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "been"
                        | "got"
                        | "has"
                        | "had"
                        | "have"
                        | "later"
                )
            {
                b -= 1;
            }
            return !matches!(v.w(b), "who" | "that" | "which");
        }
    }
    false
}

pub(crate) fn is_year_like(v: &View<'_>, i: usize) -> bool {
    let raw = v.raw(i);
    raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (1000..=2100).contains(&raw.parse::<u32>().unwrap_or(0))
}

/// Whether a four-digit number at `i` is a year in this context.
fn is_year(v: &View<'_>, i: usize, f: &Figure, lex: &Lexicon) -> bool {
    if !is_year_like(v, i) || f.unit.is_some_and(|u| u.dimension != Dimension::Count) {
        return false;
    }
    if f.unit.is_some() || f.qualifier != Qualifier::Exact {
        return false;
    }
    let prev = v.w(i.wrapping_sub(1));
    let next = v.w(i + 1);
    if YEAR_CUES.contains(prev) || lex.months.contains(prev) || prev == "," || prev == "-" {
        return true;
    }
    // A counted noun after it makes it a count (`2000 people`, `1500 homes`), not any plural
    // (`1990 levels`).
    let stem = lex.stem(next);
    let counted = matches!(next, "people" | "men" | "women" | "children")
        || lex.person_general.contains(stem.as_ref())
        || lex.person_roles.contains(stem.as_ref())
        || lex.person_subgroup.contains_key(stem.as_ref())
        || lex.noun_classes.contains_key(stem.as_ref());
    !counted
}

/// Whether `N of M` is a part of a counted whole (`landing 178 of 369 punches`) rather
/// than a gallery's or a page's counter (`Image 1 of 8 A child`, `1 of 3 photos`): a
/// lowercase noun follows on the same line. `noun` is the token after `M`.
fn part_of_counted_whole(v: &View<'_>, noun: usize) -> bool {
    let line_ends = v.tokens.get(noun).is_none_or(|t| t.newline_before);
    let gallery = matches!(
        v.w(noun),
        "photo"
            | "photos"
            | "image"
            | "images"
            | "slide"
            | "slides"
            | "pictures"
            | "pages"
            | "videos"
            | "items"
    );
    v.is_word(noun) && !v.is_capitalized(noun) && !line_ends && !gallery
}

/// Words that make an ordinal a run (`the third straight day`, `a fifth consecutive win`).
fn is_running(w: &str) -> bool {
    matches!(w, "consecutive" | "straight" | "successive")
}

/// Singular units English writes after a number only in a compound (`a 2-yard run`, `a
/// 10-square-mile area`): `Two yard workers` are workers.
const COMPOUND_SINGULARS: &[&str] = &[
    "yard",
    "centimetre",
    "centimeter",
    "millimetre",
    "millimeter",
    "nautical mile",
    "square mile",
    "square kilometre",
    "square kilometer",
    "square metre",
    "square meter",
    "cubic metre",
    "cubic meter",
    "metric ton",
];

/// Prepositions and verbs a Title Case headline capitalises before a figure, which no
/// model name is.
const TITLE_PREPOSITIONS: &[&str] = &[
    "to", "at", "of", "in", "by", "from", "over", "than", "past", "is", "are", "was", "were",
    "hits", "tops", "reaches",
];

/// Parents whose `of N` counts their children (`a mother of three`).
const PARENTS: &[&str] = &[
    "mother",
    "mothers",
    "father",
    "fathers",
    "stepmother",
    "stepfather",
    "parent",
    "parents",
    "mom",
    "mum",
    "dad",
    "grandmother",
    "grandfather",
    "grandparents",
];

/// Whether the digits at `i` end a date or time written with separators (`12/04`, the `15`
/// of `3:15`) or are a clock time (`3 p.m.`, `9am`, `15:00 GMT`): never a count, even
/// where a count of people seems to follow (`before 3:15 a.m. Three men were shot`).
pub(crate) fn is_time_or_date_part(v: &View<'_>, i: usize) -> bool {
    let next = v.w(i + 1);
    let separated = i >= 2
        && matches!(v.w(i - 1), "/" | "_" | ":")
        && v.glued(i)
        && v.kind(i - 2) == Some(TokenKind::Digits);
    let clock = matches!(
        next,
        "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m" | "gmt" | "utc" | "hrs" | "o'clock" | "h"
    ) && (next != "hrs" || v.glued(i + 1));
    separated || clock
}

fn is_not_a_claim(
    v: &View<'_>,
    s: &Sentence,
    f: &Figure,
    is_last_sentence: bool,
    lex: &Lexicon,
) -> bool {
    let i = f.num_first;
    let raw = v.raw(i);
    let prev = v.w(i.wrapping_sub(1));
    let next_i = if f.qualifier == Qualifier::Range {
        f.last
    } else {
        i + 1
    };
    let next = v.w(i + 1);
    let is_digits = v.kind(i) == Some(TokenKind::Digits);
    if f.clock {
        return false;
    }
    if super::shape::is_furniture(v, s, f, lex) {
        return true;
    }
    let unitless = f.unit.is_none() && f.qualifier == Qualifier::Exact;
    // `in '91`, `the '90s`: a year in two digits after an apostrophe.
    if is_digits
        && raw.len() == 2
        && matches!(prev, "'" | "\u{2019}")
        && v.glued(i)
        && !v.glued(i - 1)
        && (i + 1 >= s.last || !v.is_word(i + 1) || v.w(i + 1) == "s" && v.glued(i + 1))
    {
        return true;
    }
    // `[9]`, `[6][26]`: an encyclopedia's reference marks, not counts.
    if is_digits && prev == "[" && next == "]" {
        return true;
    }
    // `[16]:136`, `[4]: 22–23`: the page a reference mark cites.
    if is_digits && prev == ":" && v.w(i.wrapping_sub(2)) == "]" {
        return true;
    }
    // `a father of two` counts a family, not the victims the sentence tells of (but `the
    // parents of two children killed` count the children).
    if unitless
        && i >= s.first + 2
        && prev == "of"
        && PARENTS.contains(&v.w(i - 2))
        && !super::implicit::is_person(v.w(f.last), lex)
    {
        return true;
    }
    // `two Sundays ago`, `three straight Saturdays`: days of the calendar, not people.
    let mut day = f.last;
    while is_running(v.w(day)) || matches!(v.w(day), "more" | "other") {
        day += 1;
    }
    if f.unit.is_none()
        && v.w(day)
            .strip_suffix('s')
            .is_some_and(|w| en::WEEKDAYS.contains(&w))
    {
        return true;
    }

    // Spans of years (`between 2016 and 2023`) are dates, not amounts.
    if f.qualifier == Qualifier::Range
        && f.unit.is_none()
        && is_year_like(v, i)
        && f.value
            .high
            .is_some_and(|h| (1000.0..=2100.0).contains(&h) && h.fract() == 0.0)
    {
        return true;
    }
    // Time offsets, not amounts of time: `two years ago`, `a year earlier` (the offsets kept
    // as claims are time elapsed, see `subject::OFFSET_WORDS`).
    if f.unit.is_some_and(|u| u.dimension == Dimension::Duration)
        && matches!(
            v.w(f.last),
            "ago" | "earlier" | "later" | "previously" | "before" | "after" | "on"
        )
        && f.qualifier != Qualifier::Range
    {
        let nx = v.w(f.last);
        // `13 years ago`, `about three hours later` with a numeral say how long passed,
        // a duration a fact-checker can check; `a year earlier` only dates a comparison.
        let numeral = matches!(f.kind, NumberKind::Digits | NumberKind::Words)
            && !matches!(v.w(f.num_first), "a" | "an");
        if matches!(nx, "ago" | "earlier" | "later" | "previously") && numeral {
            // kept
        } else if matches!(nx, "ago" | "earlier" | "later" | "previously")
            || (matches!(nx, "before" | "after" | "on") && !v.is_word(f.last + 1))
        {
            return true;
        }
    }
    // Index and code names: `S&P 500`, `FTSE 100`, `call 999`; list markers `1.`, `2)`.
    if is_digits && unitless && i > s.first && !v.glued(i) {
        let p = v.raw(i - 1);
        let acronym = p.len() <= 5
            && p.chars().all(|c| c.is_ascii_uppercase())
            && !matches!(p, "US" | "UK" | "EU" | "UN" | "A" | "I");
        if acronym {
            return true;
        }
    }
    if is_digits && i == s.first && matches!(next, "." | ")") && v.glued(i + 1) {
        return true;
    }
    // Model names: `Falcon 9 rocket`, `Pixel 8 Pro`, `Apollo 11`, `iPhone 15` - a product
    // name (capitalised, or with a capital inside) that does not start the sentence, right
    // before a bare number that counts nothing. After an article (`the Apollo 11
    // astronauts`) the name and number are one name even before a counted noun.
    let product = v.is_capitalized(i.wrapping_sub(1))
        || v.raw(i.wrapping_sub(1))
            .chars()
            .skip(1)
            .any(char::is_uppercase);
    // (A capitalised preposition is a headline's Title Case: `Death Toll Rises To 59`.)
    if is_digits
        && unitless
        && i > s.first + 1
        && !v.glued(i)
        && v.is_word(i - 1)
        && product
        && !lex.is_calendar_word(prev)
        && !TITLE_PREPOSITIONS.contains(&prev)
        // (Nor is a verb: `Gunfire Kills 2 Men`.)
        && lex.predicate(prev).is_none()
    {
        if matches!(
            v.w(i - 2),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) {
            return true;
        }
        let n = v.w(i + 1);
        let stem = lex.stem(n);
        let counted = matches!(n, "people" | "men" | "women" | "children")
            || lex.person_general.contains(stem.as_ref())
            || lex.person_roles.contains(stem.as_ref())
            || lex.noun_classes.contains_key(stem.as_ref())
            || (n.len() > 3 && n.ends_with('s') && !v.is_capitalized(i + 1));
        if !counted {
            return true;
        }
    }
    // Ages: `by the age of five`, `retirement age to 67`.
    if matches!(prev, "of" | "to" | "at" | "from")
        && matches!(v.w(i.wrapping_sub(2)), "age" | "ages")
    {
        return true;
    }
    // `absolute zero`, `zero tolerance`: zero counts nothing without a unit.
    if v.w(i) == "zero" && f.unit.is_none() {
        return true;
    }
    // `13 Test hundreds`: a cricket century count, not a vague amount.
    if matches!(f.kind, NumberKind::Vague { .. })
        && (f.first.saturating_sub(3)..f.first).any(|k| v.kind(k) == Some(TokenKind::Digits))
    {
        return true;
    }
    // Set scores in a list: `6-3, 3-6, 7-5`.
    if f.qualifier == Qualifier::Range
        && f.unit.is_none()
        && (v.w(f.last) == ","
            && v.kind(f.last + 1) == Some(TokenKind::Digits)
            && v.w(f.last + 2) == "-"
            || i >= 3 && v.w(i - 1) == "," && v.w(i - 3) == "-")
    {
        return true;
    }

    // Dates: `April 4`, `4 April`, `Apr 12`.
    let small_int = is_digits && raw.len() <= 2;
    // A line break parts them: a headline's `rises to 31` above a `March 3` date line.
    let same_line = |k: usize| v.tokens.get(k).is_some_and(|t| !t.newline_before);
    if small_int
        && (lex.months.contains(prev) && v.is_capitalized(i - 1) && same_line(i)
            || lex.months.contains(next) && v.is_capitalized(i + 1) && same_line(i + 1))
    {
        return true;
    }
    if is_digits
        && lex.months.contains(prev)
        && v.is_capitalized(i.wrapping_sub(1))
        && is_year_like(v, i)
    {
        return true;
    }
    // Years and decades (`2013`, `the 1990s`, `2024-25`).
    // `the 2006 second-overall pick`, `his 1999 second season`: a year before a word that
    // is also a time unit, written in the singular as no count of thousands of them is.
    if is_digits
        && is_year_like(v, i)
        && f.qualifier == Qualifier::Exact
        && f.unit.is_some_and(|u| u.dimension == Dimension::Duration)
        && f.last == i + 2
        && !v.w(i + 1).ends_with('s')
        && !v.glued(i + 1)
    {
        return true;
    }
    if is_digits && is_year(v, i, f, lex) {
        return true;
    }
    if is_digits && is_year_like(v, i) && v.w(i + 1) == "s" && v.glued(i + 1) {
        return true;
    }
    // Dates and ids written with separators: `12_04_2017`, `12/04/2017`, `2017-04-13`.
    let glued_sep = |k: usize| {
        matches!(v.w(k), "/" | "_" | ":" | "-" | ".")
            && v.glued(k)
            && v.glued(k + 1)
            && v.kind(k + 1) == Some(TokenKind::Digits)
    };
    if is_digits && (glued_sep(i + 1) && (v.w(i + 1) != "-" || glued_sep(i + 3))) {
        return true;
    }
    if is_digits && is_time_or_date_part(v, i) {
        return true;
    }
    // Numbers that label: `Garden Way #9`, `No. 9` (an apartment, a unit, a jersey); a
    // lowercase `no` is a quantity (`no 5 people`).
    let label_sign =
        (prev == "#" && v.glued(i)) || matches!(v.raw(i.wrapping_sub(1)), "No." | "No");
    if is_digits && i > s.first && label_sign {
        return true;
    }
    // Names and models: `MiG-23`, `COVID-19`, `G20`, `Article 5`, `Boeing 737`.
    if is_digits
        && i > s.first
        && v.glued(i)
        && (v.kind(i - 1) == Some(TokenKind::Word) && !lex.scales.contains_key(prev)
            || prev == "-"
                && v.is_word(i.wrapping_sub(2))
                && v.glued(i - 1)
                && v.is_capitalized(i.wrapping_sub(2)))
        && f.unit.is_none_or(|u| u.dimension != Dimension::Money)
    {
        return true;
    }
    if i > s.first && !v.glued(i) && f.first == i {
        let p = if prev == "." {
            v.w(i.wrapping_sub(2))
        } else {
            prev
        };
        if lex.name_heads.contains(p) && f.unit.is_none() {
            return true;
        }
    }
    // A suspended compound: `1- or 2-year-old`, `two- or three-bedroom` give their unit
    // to the last figure, and the first is no count of its own.
    if v.w(f.last) == "-" && v.glued(f.last) && matches!(v.w(f.last + 1), "or" | "to" | "and") {
        return true;
    }
    // Ages: `20-month-old`, `aged 45`, `Smith, 45,`, `20 years old`, `5-year-old's`.
    let old = |w: &str| {
        // (`17-year olds`, a plural the page wrote for a list of ages.)
        matches!(w, "old" | "olds")
            || w.strip_prefix("old")
                .is_some_and(|r| r.starts_with(['\'', '’']))
    };
    if f.unit.is_some_and(|u| u.dimension == Dimension::Duration)
        && ((v.w(f.last) == "-" && old(v.w(f.last + 1))) || old(v.w(f.last)))
    {
        return true;
    }
    // (`arrested Gary Omar Rivera Montanez, 22 in connection`: after a full name, an age
    // may end its apposition without a comma.)
    let after_name = prev == ","
        && i >= 3
        && v.is_capitalized(i - 2)
        && v.is_word(i - 3)
        && v.is_capitalized(i - 3)
        && is_digits
        && f.figure < 120.0
        && (i + 1 >= s.last
            || matches!(next, "in" | "and" | "who" | "from" | "." | ";" | ")")
            || next == "of" && v.is_capitalized(i + 2));
    // (`death of Mayfair boy, 14` at a headline's end: after a noun for one person too;
    // not `killed protesters and police officers, 12 and 3 respectively`.)
    let after_person = prev == ","
        && i >= 2
        && is_digits
        && f.figure < 120.0
        && super::implicit::is_person(v.w(i - 2), Lexicon::get())
        && !super::implicit::is_plural(v.w(i - 2))
        && (i + 1 >= s.last || matches!(next, "." | ";" | ")" | "in" | "who" | "and"));
    if prev == "aged"
        || (prev == "," && next == "," && v.is_capitalized(i.wrapping_sub(2)) && f.unit.is_none())
        || (after_name || after_person) && f.unit.is_none()
    {
        return true;
    }
    // Scorelines: `won 3-1`, `a 2-0 victory`.
    if is_digits && f.qualifier == Qualifier::Range && f.unit.is_none() {
        let lo = s.first.max(f.first.saturating_sub(3));
        let hi = s.last.min(f.last + 2);
        if (lo..hi).any(|k| SCORELINE.contains(v.w(k))) {
            return true;
        }
    }
    // Page furniture: `(0) comments`, `Page 2 of 5`, `1 of 3`.
    if prev == "(" && v.w(next_i) == ")" && f.unit.is_none() {
        return true;
    }
    // (Not a part of a counted whole: `landing 178 of 369 punches`.)
    if is_digits
        && next == "of"
        && v.kind(i + 2) == Some(TokenKind::Digits)
        && !part_of_counted_whole(v, i + 3)
    {
        return true;
    }
    // Phone numbers and codes: a leading zero (`0800`), or three digit groups in a row.
    if is_digits && raw.len() > 1 && raw.starts_with('0') && !raw.starts_with("0.") {
        return true;
    }
    let digits_at = |k: usize| v.kind(k) == Some(TokenKind::Digits) && !v.glued(k);
    if is_digits
        && ((digits_at(i + 1) && digits_at(i + 2))
            || (i >= 1
                && digits_at(i)
                && v.kind(i - 1) == Some(TokenKind::Digits)
                && (digits_at(i + 1) || (i >= 2 && v.kind(i - 2) == Some(TokenKind::Digits)))))
    {
        return true;
    }
    // Digits joined by a dash that are not a range: scorelines (`3-1`, `2-2`), seasons
    // (`2021-22`), codes; and the second half of any such pair.
    if is_digits
        && f.qualifier != Qualifier::Range
        && next == "-"
        && v.glued(i + 1)
        && v.glued(i + 2)
        && v.kind(i + 2) == Some(TokenKind::Digits)
    {
        return true;
    }
    if is_digits
        && i >= 2
        && prev == "-"
        && v.glued(i)
        && v.glued(i - 1)
        && v.kind(i - 2) == Some(TokenKind::Digits)
    {
        return true;
    }
    // `Page 2 of 5`, `1 of 3 photos`: the second number too.
    if is_digits
        && prev == "of"
        && i >= 2
        && v.kind(i - 2) == Some(TokenKind::Digits)
        && !part_of_counted_whole(v, i + 1)
    {
        return true;
    }
    // Idioms: `one day`, `one time`.
    if v.w(i) == "one" && matches!(v.w(i + 1), "day" | "time" | "night" | "morning") {
        return true;
    }
    // Long digit strings without separators are ids, phone numbers or file names.
    if is_digits && raw.len() >= 7 && !raw.contains(',') && !raw.contains('.') {
        return true;
    }
    // File names and addresses on the line.
    if (s.first..s.last).any(|k| {
        v.w(k) == "."
            && v.glued(k + 1)
            && matches!(
                v.w(k + 1),
                "jpg" | "jpeg" | "png" | "gif" | "pdf" | "mp4" | "html" | "htm" | "php" | "webp"
            )
    }) {
        return true;
    }
    if v.is_capitalized(i + 1)
        && matches!(
            v.w(i + 2),
            "street" | "st" | "road" | "avenue" | "lane" | "boulevard" | "drive"
        )
    {
        return true;
    }
    // Ordinals: only `eighth time`, `third consecutive year`.
    if f.kind == NumberKind::Ordinal {
        let nx = v.w(f.last);
        // `the 17th homicide this year`, `a fifth victim`, `his fourth season`: an ordinal
        // on a victim or an occurrence says how many there were.
        let occurrence = (f.last..s.last.min(f.last + 2))
            .any(|k| ORDINAL_COUNTED.contains(v.w(k)) || super::implicit::is_person(v.w(k), lex))
            && !v.is_capitalized(f.last)
            && nx != "of"
            // (`second degree murder` grades a charge.)
            && nx != "degree"
            && !(nx == "-" && v.w(f.last + 1) == "degree");
        let counted = (matches!(nx, "time" | "times")
            || occurrence
            || (is_running(nx) && v.is_word(f.last + 1))
            || f.unit.is_some_and(|u| u.dimension == Dimension::Duration)
                && (f.num_first + 1..f.last).any(|k| is_running(v.w(k))))
            && f.figure >= 2.0;
        return !counted;
    }
    // Spelled-out numbers: `one of`, `no one`, `the two countries`, `two-thirds`, `three-way`.
    if f.kind == NumberKind::Words && (f.last == f.num_first + 1 || f.compound) {
        let w = v.w(i);
        // `one count of murder` counts a charge, `One dead, two hurt` a victim; `one of`,
        // `no one` do not count, nor a pronoun's `one` (`This one hurt, a lot`).
        if w == "one" && matches!(prev, "this" | "each" | "every" | "any") {
            return true;
        }
        let fate_after = f.unit.is_none()
            && matches!(
                lex.predicate(v.w(f.last)),
                Some("killed" | "injured" | "shot")
            )
            && !super::implicit::is_person(v.w(f.last + 1), lex);
        let counts = matches!(v.w(f.last), "count" | "counts")
            || fate_after
            || part_of_toll(v, s, f.last, lex);
        if w == "one"
            && !counts
            && f.unit
                .is_none_or(|_| matches!(v.w(f.last - 1), "day" | "time"))
        {
            return true;
        }
        let possessive = prev.ends_with("'s")
            || prev.ends_with("s'")
            || (prev == "s" && v.w(i.wrapping_sub(2)) == "'");
        // `the two countries` names a known set; `the two firefighters`, `the four dead`,
        // `the four others`, `his two half-brothers` count people again, and a
        // fact-checker checks those.
        let people_after = (f.last..s.last.min(f.last + 3)).any(|k| {
            super::implicit::is_person(v.w(k), lex)
                || matches!(
                    v.w(k),
                    "dead" | "injured" | "wounded" | "victims" | "others"
                )
        }) && !matches!(
            v.w(f.last),
            "of" | "had" | "have" | "were" | "are" | "," | "."
        );
        if f.unit.is_none()
            && f.qualifier == Qualifier::Exact
            && (lex.definite.contains(prev) || possessive)
            && !people_after
        {
            return true;
        }
    }
    if f.unit.is_none() && v.w(f.last) == "-" && v.glued(f.last) && v.glued(f.last + 1) {
        let w = v.w(f.last + 1);
        let stem = lex.stem(w);
        if !COMPOUND_COUNTS.contains(w) && !COMPOUND_COUNTS.contains(stem.as_ref()) {
            return true;
        }
    }
    // Fractions alone: `two-thirds`, `a third`.
    if f.kind == NumberKind::Words
        && matches!(v.w(f.last), "thirds" | "quarters" | "fifths" | "halves")
    {
        return true;
    }
    // Weak vague words (`several`, `a few`) need a casualty-like word near them.
    let noun_after = {
        let mut k = f.last;
        if v.w(k) == "of" {
            k += 1;
        }
        let w = v.w(k);
        v.is_word(k) && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
    };
    if let (NumberKind::Vague { weak: true, .. }, None, false) = (f.kind, f.unit, noun_after) {
        let lo = s.first.max(f.first.saturating_sub(4));
        let hi = s.last.min(f.last + 5);
        let casualty = (lo..hi).any(|k| {
            matches!(
                super::subject::word_predicate(v.w(k), lex),
                Some("killed" | "injured" | "missing" | "arrested" | "displaced" | "rescued")
            )
        });
        if !casualty {
            return true;
        }
    }
    // A figure cut off at the end of the text (`a selection of 3,`); not one whose noun
    // ends an unpunctuated last line (`Shooting wounds 4 boys`).
    if is_last_sentence && f.last >= s.last.saturating_sub(1) {
        let tail = &v.text[v.tokens[f.last - 1].end..];
        let noun_ends = f.last + 1 == s.last && v.is_word(f.last) && v.w(f.last) != "and";
        if !tail.trim_start().starts_with(['.', '!', '?', '"', ')'])
            && !tail.trim().is_empty()
            && !noun_ends
        {
            return true;
        }
        if tail.trim() == "," || tail.trim().ends_with(',') {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::extract;

    /// The first claim of `text`: its text and its value in metres.
    fn length(text: &str) -> Option<(String, f64)> {
        extract(text)
            .into_iter()
            .next()
            .and_then(|c| Some((c.text, c.value.low?)))
    }

    #[test]
    fn a_height_in_feet_and_inches_is_one_length() {
        for (text, written, inches) in [
            ("The 6-foot-7 lineman was paralyzed.", "6-foot-7", 79.0),
            ("He is 5 feet 9 inches tall.", "5 feet 9 inches", 69.0),
            ("He climbed a 6-foot fence.", "6-foot", 72.0),
        ] {
            let (t, metres) = length(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(t, written, "{text}");
            assert!((metres - inches * 0.0254).abs() < 1e-9, "{text}: {metres}");
        }
    }

    #[test]
    fn days_running_are_a_duration_and_a_day_of_a_series_is_not() {
        let cs = extract("Protesters clashed with riot police for the seventh straight day.");
        assert_eq!(cs.len(), 1, "{cs:#?}");
        assert_eq!(cs[0].value.low, Some(7.0 * 86_400.0));
        assert!(extract("It rained on the third day.").is_empty());
    }

    #[test]
    fn a_part_of_a_counted_whole_is_no_page_counter() {
        let cs = extract("Klitschko landed 178 of 369 punches thrown.");
        let texts: Vec<&str> = cs.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts, ["178", "369 punches"], "{cs:#?}");
        assert_eq!(cs[0].role.as_str(), "subset");
        for furniture in [
            "Image 1 of 8 A child was shot.",
            "See 1 of 3 photos of the scene.",
        ] {
            assert!(extract(furniture).is_empty(), "{furniture}");
        }
    }

    #[test]
    fn the_verb_after_a_part_is_the_parts_not_the_wholes() {
        let cs = extract("Two of three victims died.");
        assert_eq!(cs.len(), 2, "{cs:#?}");
        assert_eq!(cs[0].subject.predicate.as_deref(), Some("killed"));
        assert_eq!(cs[1].subject.predicate, None);
    }

    #[test]
    fn deadly_events_are_counted_events_and_tallies_are_sums() {
        let cs = extract("The rally came after two deadly officer-involved shootings.");
        assert_eq!(
            cs[0].text, "two deadly officer-involved shootings",
            "{cs:#?}"
        );
        assert_eq!(cs[0].subject.predicate, None);
        let cs = extract("Police linked two dozen shootings in which three people were killed.");
        let dead = cs
            .iter()
            .find(|c| c.text == "three people")
            .expect("a toll");
        assert!(dead.context.cumulative, "{dead:#?}");
        // `Saturday's shootings` are often one event's.
        let cs = extract("He was charged for Saturday's shootings that killed two people.");
        assert!(cs.iter().all(|c| !c.context.cumulative), "{cs:#?}");
    }

    #[test]
    fn an_unpunctuated_last_line_keeps_its_count() {
        let cs = extract("Shooting wounds 4 boys");
        assert_eq!(cs.len(), 1, "{cs:#?}");
        assert_eq!(cs[0].subject.predicate.as_deref(), Some("injured"));
        // A figure cut off by the end of the text is still dropped.
        assert!(extract("The museum holds a selection of 3,").is_empty());
    }

    /// Sentences a review found misread by the rules above.
    #[test]
    fn parts_wholes_events_and_ages_as_reviewed() {
        let pred = |text: &str, claim: &str| {
            let cs = extract(text);
            let c = cs.iter().find(|c| c.text == claim);
            c.unwrap_or_else(|| panic!("{text}: {cs:#?}"))
                .subject
                .predicate
                .clone()
        };
        assert_eq!(
            pred("Two of the three men were pronounced dead.", "Two").as_deref(),
            Some("killed")
        );
        assert_eq!(
            pred("5 of the 12 jurors voted to convict.", "12 jurors"),
            None
        );
        assert_eq!(
            pred(
                "Three teens stabbed after a party were hospitalized.",
                "Three teens"
            )
            .as_deref(),
            Some("injured")
        );
        assert_eq!(
            pred("Two fatal fires killed four people.", "Two fatal fires"),
            None
        );
        assert_eq!(
            pred("Two yard workers were injured.", "Two yard workers").as_deref(),
            Some("injured")
        );
        let cs = extract("The 2018 shootings in which 17 people were killed shocked the nation.");
        assert!(cs.iter().all(|c| !c.context.cumulative), "{cs:#?}");
        assert!(
            extract("The victims, all men ages 19 through 43, were taken to hospitals.")
                .iter()
                .all(|c| c.text != "43")
        );
    }

    #[test]
    fn compounds_take_the_singular_unit() {
        let (t, metres) = length("He scored on a 2-yard run.").expect("a length");
        assert_eq!(t, "2-yard");
        assert!((metres - 2.0 * 0.9144).abs() < 1e-9);
    }
}
