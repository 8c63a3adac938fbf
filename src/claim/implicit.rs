//! Tolls written without a figure: `a man and a woman were killed` (2), `a teen was shot`
//! (1), `no one was injured` (0), `a double shooting` (2 shot), and sums of conjoined groups
//! (`two males and one female` = 3). Each is read as a figure whose predicate the pattern
//! itself settles; the claim is marked implicit when no numeral states the count.

use super::figure::Figure;
use crate::quantity::lexicon::{
    en::{HARM_VERBS, WOUND_NOUNS},
    Lexicon, WordSet,
};
use crate::quantity::{parse_number_at, Interval, NumberKind, Qualifier};
use crate::scan::{Sentence, TokenKind, View};
use std::sync::LazyLock;

/// What `shot` with no fate said counts: the people hit, the dead among them. Read as
/// wounded it made `five men were shot` contradict `1 dead, 4 injured`; `N shot, M fatally`
/// still gives N-M wounded.
pub(crate) const SHOT: &str = "shot";

/// `shot` as the patterns first read it, before [`SHOT`]: a single victim whose fate is
/// not said (`a man was shot`) is no toll, since the text may tell later that he died.
const FATE_UNSAID: &str = "shot";

/// Words before `hospital` that put someone in it as a patient (the subject's `find_predicate`, and
/// [`predicate_after`]: `a man and a woman were rushed to a hospital`).
pub(crate) const TO_HOSPITAL: &[&str] = &[
    "taken",
    "rushed",
    "transported",
    "driven",
    "brought",
    "admitted",
    "treated",
    "airlifted",
    "flown",
    "remain",
    "remained",
    "remains",
    "remaining",
    "stayed",
    "hospitalized",
];

/// Whether a word names a hospital: where the hurt are taken, and also a place to meet.
pub(crate) fn is_hospital(w: &str) -> bool {
    matches!(w, "hospital" | "hospitals")
}

/// Whether a hospital follows the verb at `j` in its clause (`rushed to a nearby hospital`,
/// `taken by ambulance to Yale-New Haven Hospital`).
pub(crate) fn hospital_after(v: &View<'_>, s: &Sentence, j: usize) -> bool {
    (j + 1..s.last.min(j + 10))
        .take_while(|&i| v.is_word(i) || v.w(i) == "-")
        .take_while(|&i| !matches!(v.w(i), "and" | "where" | "but"))
        .any(|i| is_hospital(v.w(i)))
}

/// Words after a count that tell the harm done to its people: told before any hospital,
/// they make the count one of the hurt, not of patients ([`patients_after`]).
const HARM_TOLD: &[&str] = &[
    "wounded", "injured", "hurt", "shot", "grazed", "stabbed", "struck", "hit", "wounds", "wound",
    "injuries", "injury", "gunshot", "killed", "dead", "died", "dies",
];

/// Whether the people a count holds (its phrase ends before token `from`) are told to be
/// taken to or kept in hospital before anything of their harm (`four people were
/// hospitalized after the shooting`, `sent five people to the hospital`, `lands four men in
/// hospital`): see
/// [`crate::claim::Context::patients`]. A hospital as a place (`five people inside the
/// hospital lobby were injured`, `a hospital security guard`) makes no patients.
pub(crate) fn patients_after(v: &View<'_>, s: &Sentence, from: usize) -> bool {
    for j in from..s.last.min(from + 15) {
        let w = v.w(j);
        if HARM_TOLD.contains(&w) || matches!(w, ";" | ":") {
            return false;
        }
        let taken = matches!(w, "hospitalized" | "hospitalised")
            || TO_HOSPITAL.contains(&w) && hospital_after(v, s, j)
            || is_hospital(w) && (j.saturating_sub(3)..j).any(|i| matches!(v.w(i), "to" | "in"));
        if taken {
            return true;
        }
    }
    false
}

/// An implicit or summed count with the predicate its pattern gives.
#[derive(Debug, Clone)]
pub(crate) struct Implied {
    /// The figure, spanning the whole noun phrase (`a man and a woman`).
    pub figure: Figure,
    /// `killed`, `injured`, `shot`, `arrested`, `charged`, or `None` (a summed group
    /// whose predicate the sentence gives in the usual way).
    pub predicate: Option<&'static str>,
    /// Whether no numeral or number word states the count.
    pub implicit: bool,
    /// Whether it only names its people (`a man and a woman`), see
    /// [`crate::Claim::named`]; `both`, `no one` and `a double shooting` state a number.
    pub named: bool,
    /// Whether it sums two or more conjoined groups.
    pub summed: bool,
    /// Whether it adds a victim to those already told (`another man was shot`).
    pub another: bool,
    /// Whether it points back to victims (`Both were taken to hospital`): a toll only
    /// when the text has counted none before.
    pub anaphoric: bool,
}

/// People nouns the lexicon's casualty classes leave out: kin, ages and roles that local
/// news names victims by.
static PERSON_EXTRA: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "boys",
        "girls",
        "child",
        "children",
        "kid",
        "kids",
        "stepdad",
        "stepmom",
        "stepbrother",
        "stepsister",
        "teen",
        "teens",
        "teenager",
        "teenagers",
        "toddler",
        "toddlers",
        "infant",
        "baby",
        "mother",
        "mothers",
        "mom",
        "moms",
        "father",
        "fathers",
        "dad",
        "stepfather",
        "stepmother",
        "stepson",
        "son",
        "sons",
        "daughter",
        "daughters",
        "wife",
        "husband",
        "girlfriend",
        "boyfriend",
        "brother",
        "brothers",
        "sister",
        "sisters",
        "uncle",
        "aunt",
        "nephew",
        "niece",
        "friend",
        "friends",
        "prisoner",
        "prisoners",
        "inmate",
        "inmates",
        "hostage",
        "hostages",
        "captive",
        "captives",
        "roommate",
        "individual",
        "individuals",
        "fiance",
        "fiancee",
        "cousin",
        "grandmother",
        "grandfather",
        "grandson",
        "granddaughter",
        "grandchild",
        "grandchildren",
        "grandsons",
        "granddaughters",
        "clerk",
        "trooper",
        "troopers",
        "deputy",
        "deputies",
        "officer",
        "officers",
        "cop",
        "cops",
        "firefighter",
        "firefighters",
        "male",
        "males",
        "female",
        "females",
        "adult",
        "adults",
        "bystander",
        "bystanders",
        "neighbor",
        "neighbour",
        "resident",
        "residents",
        "student",
        "students",
        "person",
        "people",
        "victim",
        "victims",
        "youth",
        "youths",
        "juvenile",
        "juveniles",
        "mom",
        "worker",
        "workers",
        "driver",
        "passenger",
        "employee",
        "guard",
        "agent",
        "soldier",
        "soldiers",
        "veteran",
        "veterans",
        "civilian",
        "civilians",
        "militant",
        "pedestrian",
    ]
    .into_iter()
    .collect()
});

/// Words that cannot sit inside a victim's noun phrase: they end it.
static NP_BREAK: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "was", "were", "is", "are", "has", "have", "had", "who", "that", "which", "and", "or",
        "but", "in", "on", "at", "to", "from", "for", "with", "by", "of", "after", "as", "the",
        "a", "an", "said", "says", "police", "when", "while", "his", "her", "their", "its", "this",
        "not", "no", "been", "be", "will", "would",
    ]
    .into_iter()
    .collect()
});

/// Auxiliaries and adverbs between a victim and the verb (`was later found`, `has died`).
static AUX: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "was",
        "were",
        "is",
        "are",
        "has",
        "have",
        "had",
        "been",
        "being",
        "got",
        "gets",
        "remains",
        "remained",
        "remain",
        "also",
        "later",
        "reportedly",
        "allegedly",
        "both",
        "each",
        "all",
        "critically",
        "seriously",
        "accidentally",
        "apparently",
        "then",
        "now",
        "being",
        "self",
        "himself",
        "herself",
    ]
    .into_iter()
    .collect()
});

/// Nouns whose absence is a zero toll (`no injuries`, `no arrests`), with the predicate.
const ZERO_NOUNS: &[(&str, &str)] = &[
    ("injuries", "injured"),
    ("injury", "injured"),
    ("deaths", "killed"),
    ("fatalities", "killed"),
    ("casualties", "injured"),
    ("arrests", "arrested"),
    ("arrest", "arrested"),
    ("charges", "charged"),
];

/// Multiplying words before a crime noun (`double shooting` = 2 shot).
const MULTIPLES: &[(&str, f64)] = &[("double", 2.0), ("triple", 3.0), ("quadruple", 4.0)];

/// Crime nouns after a multiple, with the predicate of their victims.
const CRIME_NOUNS: &[(&str, &str)] = &[
    ("shooting", SHOT),
    ("shootings", SHOT),
    ("stabbing", "injured"),
    ("homicide", "killed"),
    ("homicides", "killed"),
    ("murder", "killed"),
    ("murders", "killed"),
    ("slaying", "killed"),
    ("killing", "killed"),
];

/// Every implied count in sentence `s`; `headline` lets a bare noun (`Teenager killed`)
/// state a toll.
pub(crate) fn implied(v: &View<'_>, s: &Sentence, headline: bool) -> Vec<Implied> {
    let lex = Lexicon::get();
    let mut out: Vec<Implied> = Vec::new();
    // What a list of names needs of its sentence, looked at once when a name is offered.
    let gate = NameGate::default();
    let mut k = s.first;
    while k < s.last {
        // Only a few tokens can start a pattern: test them before any parse.
        let w = v.w(k);
        let clause_start = k == s.first || matches!(v.w(k - 1), "," | ";" | ":");
        let may = matches!(
            w,
            "a" | "an"
                | "another"
                | "her"
                | "his"
                | "their"
                | "no"
                | "nobody"
                | "one"
                | "both"
                | "himself"
                | "herself"
                | "him"
        ) || MULTIPLES.iter().any(|(m, _)| *m == w)
            || v.kind(k) == Some(TokenKind::Digits)
            || lex.figure_starts.contains(w)
            || (headline && (clause_start || is_person(w, lex)));
        // A capitalised word may start a list of names.
        let name = v.is_word(k) && v.is_capitalized(k);
        if !may && !name {
            k += 1;
            continue;
        }
        let found = if may {
            zero_at(v, s, k)
                .or_else(|| multiple_at(v, s, k))
                .or_else(|| both_at(v, s, k, lex))
                .or_else(|| victims_at(v, s, k, headline, lex))
        } else {
            None
        };
        let found = found.or_else(|| name.then(|| names_at(v, s, k, &gate, lex)).flatten());
        match found {
            Some(im) => {
                k = im.figure.last.max(k + 1);
                out.push(im);
            }
            None => k += 1,
        }
    }
    out
}

fn figure(first: usize, last: usize, n: f64) -> Figure {
    Figure {
        first,
        last,
        num_first: first,
        value: Interval::exact(n),
        figure: n,
        qualifier: Qualifier::Exact,
        unit: None,
        kind: NumberKind::Words,
        compound: false,
        clock: false,
    }
}

/// `no one was hurt`, `nobody was injured`, `no arrests have been made`.
fn zero_at(v: &View<'_>, s: &Sentence, k: usize) -> Option<Implied> {
    let w = v.w(k);
    let (end, predicate) = if (w == "no" && v.w(k + 1) == "one") || w == "nobody" {
        let end = if w == "no" { k + 2 } else { k + 1 };
        let after = if matches!(v.w(end), "else" | "other") {
            end + 1
        } else {
            end
        };
        let (pred, _) = predicate_after(v, s, after, true)?;
        (end, if pred == FATE_UNSAID { SHOT } else { pred })
    } else if w == "no" {
        let mut j = k + 1;
        if matches!(v.w(j), "other" | "further" | "serious" | "reported") {
            j += 1;
        }
        let &(_, pred) = ZERO_NOUNS.iter().find(|(n, _)| *n == v.w(j))?;
        (j + 1, pred)
    } else {
        return None;
    };
    if end > s.last {
        return None;
    }
    Some(Implied {
        figure: figure(k, end, 0.0),
        predicate: Some(predicate),
        implicit: true,
        named: false,
        summed: false,
        another: false,
        anaphoric: false,
    })
}

/// `a double shooting`, `a fatal double shooting`, `double-murder suspect`.
fn multiple_at(v: &View<'_>, s: &Sentence, k: usize) -> Option<Implied> {
    let &(_, n) = MULTIPLES.iter().find(|(w, _)| *w == v.w(k))?;
    let mut j = k + 1;
    let mut fatal = matches!(v.w(k.wrapping_sub(1)), "fatal");
    if v.w(j) == "-" {
        j += 1;
    }
    if v.w(j) == "fatal" {
        fatal = true;
        j += 1;
    }
    let &(_, pred) = CRIME_NOUNS.iter().find(|(w, _)| *w == v.w(j))?;
    if j >= s.last {
        return None;
    }
    Some(Implied {
        figure: figure(k, j + 1, n),
        predicate: Some(if fatal { "killed" } else { pred }),
        implicit: true,
        named: false,
        summed: false,
        another: false,
        anaphoric: false,
    })
}

/// `both victims were killed`, `Both were wounded`, `both of them died`: two people, when
/// a victim verb follows. A bare `both` only starts a clause (`were both killed` is the
/// subject's, counted there).
fn both_at(v: &View<'_>, s: &Sentence, k: usize, lex: &Lexicon) -> Option<Implied> {
    if v.w(k) != "both" {
        return None;
    }
    // (`Two men were shot, and both died`.)
    let clause_start = k == s.first
        || matches!(v.w(k - 1), "," | ";" | ":")
        || v.w(k - 1) == "and" && k >= s.first + 2 && v.w(k - 2) == ",";
    let plural_person = |j: usize| is_person(v.w(j), lex) && is_plural(v.w(j));
    let end = match (v.w(k + 1), v.w(k + 2)) {
        ("of", "them") => k + 3,
        ("of", "the") if plural_person(k + 3) => k + 4,
        _ if plural_person(k + 1) => k + 2,
        _ if clause_start => k + 1,
        _ => return None,
    };
    let (pred, _) = predicate_after(v, s, end, false)?;
    Some(Implied {
        figure: figure(k, end, 2.0),
        predicate: Some(if pred == FATE_UNSAID { SHOT } else { pred }),
        implicit: true,
        named: false,
        summed: false,
        another: false,
        anaphoric: true,
    })
}

/// Whether `w` names a person (`man`, `trooper`, `teenager`, `victims`).
pub(crate) fn is_person(w: &str, lex: &Lexicon) -> bool {
    if PERSON_EXTRA.contains(w) {
        return true;
    }
    let st = lex.stem(w);
    // (`the wounded` are people, but `Killing Wife, Wounding Two Officers` lists deeds.)
    lex.person_roles.contains(st.as_ref())
        && lex.predicate(w).is_none()
        && !matches!(
            w,
            "other" | "others" | "arrests" | "injuries" | "cases" | "wounds" | "nation" | "nations"
        )
}

/// An age written as a modifier: `15-year-old`, `two year old`, `three-year old`.
fn age_end(v: &View<'_>, k: usize) -> Option<usize> {
    let m = parse_number_at(v, k, false)?;
    let mut j = m.last;
    if v.w(j) == "-" {
        j += 1;
    }
    if !matches!(
        v.w(j),
        "year" | "month" | "week" | "day" | "years" | "months"
    ) {
        return None;
    }
    j += 1;
    if v.w(j) == "-" {
        j += 1;
    }
    // (`17-year olds`: the plural a list of ages is written with.)
    matches!(v.w(j), "old" | "olds").then_some(j + 1)
}

/// One noun phrase for people: `a 15-year-old boy`, `two males`, `her two children`,
/// `An Ohio State Highway Patrol trooper`. Returns its end, its count, whether a numeral
/// gave the count and whether it started with `a`/`an`.
fn person_np(
    v: &View<'_>,
    s: &Sentence,
    k: usize,
    bare: bool,
    lex: &Lexicon,
) -> Option<(usize, f64, bool, bool)> {
    let bare_start = bare;
    let mut j = k;
    let w = v.w(j);
    // `and another in critical condition`: `another` alone is one more person.
    if w == "another" && (AUX.contains(v.w(k + 1)) || v.w(k + 1) == "in") {
        return Some((k + 1, 1.0, false, false));
    }
    // `injured himself and a juvenile`, `killed his wife and himself`.
    if matches!(w, "himself" | "herself") {
        return Some((k + 1, 1.0, false, false));
    }
    // `shot her and her 15-year-old son`: an object pronoun opening a list of victims.
    if matches!(w, "her" | "him") && v.w(k + 1) == "and" {
        return Some((k + 1, 1.0, false, false));
    }
    let (count, numeral) = match w {
        "a" | "an" | "another" => {
            j += 1;
            // `A fifth man`: an ordinal after the article says how many there were.
            match parse_number_at(v, j, false) {
                Some(m) if m.kind == NumberKind::Ordinal && m.value >= 2.0 => {
                    j = m.last;
                    (m.value, true)
                }
                _ => (1.0, false),
            }
        }
        // `her two children`; `his wife` only inside a sum (a named victim alone is no toll).
        "her" | "his" | "their" => {
            j += 1;
            // `her 4-year-old child` is one child; the age is no count.
            let count = parse_number_at(v, j, false)
                .filter(|m| is_plain(m.kind) && age_end(v, j).is_none());
            match count {
                Some(m) => {
                    j = m.last;
                    (m.value, true)
                }
                None => (1.0, false),
            }
        }
        // (The `15` of `3:15 a.m.` is no count.)
        _ if v.kind(j) == Some(TokenKind::Digits) && super::figure::is_time_or_date_part(v, j) => {
            return None
        }
        _ => match parse_number_at(v, j, false) {
            Some(m) if is_plain(m.kind) && age_end(v, j).is_none() => {
                j = m.last;
                (m.value, true)
            }
            // `Second victim dies`: a bare ordinal in a headline.
            Some(m) if bare && m.kind == NumberKind::Ordinal && m.value >= 2.0 => {
                j = m.last;
                (m.value, true)
            }
            _ if bare => (1.0, false),
            _ => return None,
        },
    };
    let mut mods = 0;
    let mut age_head = None;
    let limit = s.last.min(j + 7);
    while j < limit {
        if let Some(e) = age_end(v, j) {
            age_head = Some(e);
            j = e;
            continue;
        }
        let w = v.w(j);
        if is_person(w, lex) {
            let mut end = j + 1;
            // `an adult male`, `a teen girl`: the last person noun is the head.
            while end < limit
                && PERSON_EXTRA.contains(v.w(end))
                && lex.predicate(v.w(end)).is_none()
                && !is_plural(v.w(end - 1))
            {
                end += 1;
            }
            // `A man, 18,` or `Girl, 17,`: the age after the noun stays inside.
            if v.w(end) == ","
                && v.kind(end + 1) == Some(TokenKind::Digits)
                && matches!(v.w(end + 2), "," | ".")
            {
                end += if v.w(end + 2) == "," { 3 } else { 2 };
            }
            // `a man` or a bare `Teenager` is one; a plural without a numeral is no count.
            if !numeral && is_plural(w) {
                return None;
            }
            let general = matches!(w, "victims" | "people" | "persons");
            return Some((end, count, numeral, general));
        }
        // `step-dad`, `ex-wife`, `father-in-law`: a hyphen inside the noun phrase.
        if w == "-" && v.glued(j) && v.is_word(j - 1) && v.is_word(j + 1) {
            j += 1;
            continue;
        }
        if !v.is_word(j) || NP_BREAK.contains(w) || lex.predicate(w).is_some() {
            break;
        }
        // A bare headline noun takes at most two modifiers, none a verb (`Family calls man`).
        mods += 1;
        if bare_start
            && (mods > 2
                || w.ends_with('s') && !v.is_capitalized(j)
                || v.raw(j).ends_with('s') && w.len() > 3 && !w.ends_with("ss") && mods == 2)
        {
            return None;
        }
        j += 1;
    }
    // `A 15-year-old was killed`: the age is the head, unless a name follows it (`67 year
    // old Brenda Forrester`), which the list of names counts.
    let end = age_head?;
    if end < s.last && v.is_word(end) && v.is_capitalized(end) && !lex.is_calendar_word(v.w(end)) {
        return None;
    }
    Some((end, count, numeral, false))
}

pub(crate) fn is_plural(w: &str) -> bool {
    (w.ends_with('s') && !w.ends_with("ss"))
        || w.ends_with("men")
        || w.ends_with("children")
        || w == "people"
}

fn is_plain(kind: NumberKind) -> bool {
    matches!(kind, NumberKind::Digits | NumberKind::Words)
}

/// Victims as subject (`a man and a woman were killed`) or object (`killed a woman`,
/// `shooting of a 15-year-old`), and sums of conjoined groups (`two males and one female`).
fn victims_at(
    v: &View<'_>,
    s: &Sentence,
    k: usize,
    headline: bool,
    lex: &Lexicon,
) -> Option<Implied> {
    // A bare noun states a toll only at the start of a headline or of its clauses.
    let clause_start = k == s.first || matches!(v.w(k - 1), "," | ";" | ":");
    let bare =
        headline && (clause_start || predicate_before(v, s, k).is_some() || v.w(k - 1) == "after");
    let (mut end, mut count, mut numeral, general) = person_np(v, s, k, bare, lex)?;
    let mut parts = 1;
    let first = (end, count, numeral);
    // Whether some part was joined by `and`, and whether one after a comma is indefinite.
    let (mut conjoined, mut indefinite_after_comma) = (false, false);
    // Conjoined groups: `a man and a woman`, `Four children, two adults`.
    // Whether the list goes on with people it does not count (`daughter, grandchildren`).
    let mut uncounted = false;
    loop {
        let mut j = end;
        // `his girlfriend, her mother, and brother`: the serial comma before `and`.
        if v.w(j) == "," && v.w(j + 1) == "and" && parts >= 2 {
            j += 1;
        }
        let joiner = v.w(j);
        // `four victims, three women and one man` breaks a total down; it adds nothing.
        // A reflexive joins only by `and`: `shoots himself, father charged` is two clauses.
        let reflexive = matches!(v.w(k), "himself" | "herself");
        let comma =
            joiner == "," && !(matches!(v.w(j + 1), "and") || reflexive || general && parts == 1);
        if !(joiner == "and" || comma) {
            break;
        }
        // A bare plural (`grandchildren`) says there are more, not how many.
        let next = v.w(j + 1);
        if is_person(next, lex) && is_plural(next) {
            uncounted = true;
            break;
        }
        // `A man, woman and boy`, `Woman, young child killed`: later parts may drop the
        // article, with at most one word before the noun.
        let bare_part = |at: usize| {
            let w = v.w(at);
            (is_person(w, lex) && !is_plural(w) && parts >= 1 && !numeral).then_some((
                at + 1,
                1.0,
                false,
                false,
            ))
        };
        // (Not a headline's next verb: `Bullet kills man, grazes child` is one dead.)
        let verb_after_comma = |w: &str| {
            joiner == "," && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ous")
        };
        let modifier = |at: usize| {
            let w = v.w(at);
            v.is_word(at)
                && !NP_BREAK.contains(w)
                && lex.predicate(w).is_none()
                && !verb_after_comma(w)
        };
        let part = person_np(v, s, j + 1, false, lex)
            .or_else(|| bare_part(j + 1))
            .or_else(|| modifier(j + 1).then(|| bare_part(j + 2)).flatten())
            // `A 3-year-old girl and 23-year-old woman`: an aged part may drop the article.
            .or_else(|| {
                let e = age_end(v, j + 1)?;
                let w = v.w(e);
                (is_person(w, lex) && !is_plural(w)).then_some((e + 1, 1.0, false, false))
            });
        let Some((e, c, n, _)) = part else {
            break;
        };
        // (`the death of a 14-year-old boy, police said`: who speaks is no one listed.)
        if crate::quantity::lexicon::en::SPEECH_VERBS.contains(&v.w(e)) {
            break;
        }
        // `killed three people and himself`: the three stay the figure other outlets give;
        // whether the gunman counts is each outlet's convention.
        if numeral && matches!(v.w(j + 1), "himself" | "herself") {
            break;
        }
        conjoined |= joiner == "and";
        indefinite_after_comma |= joiner == "," && matches!(v.w(j + 1), "a" | "an");
        end = e;
        count += c;
        numeral |= n;
        parts += 1;
    }
    if uncounted {
        return None;
    }
    // `his mother, a 60-year-old teacher, was killed`: an indefinite phrase after a comma,
    // with no `and` in the list, says who the first one is; it adds no one.
    if parts > 1 && !conjoined && indefinite_after_comma {
        (end, count, numeral) = first;
        parts = 1;
    }
    // A possessed kin or a reflexive alone is no toll (`his wife was killed` names one
    // victim the text counts elsewhere), but after a name it is the second of two:
    // `Gonzalez and her grandfather were wounded`, `He and his wife were shot`.
    let mut start = k;
    if parts == 1 && matches!(v.w(k), "her" | "his" | "their" | "himself" | "herself") {
        // `he and his 2 kids` (3), `Gonzalez and her grandfather` (2).
        let one_before = k >= s.first + 2
            && v.w(k - 1) == "and"
            && (matches!(v.w(k - 2), "he" | "she")
                || v.is_capitalized(k - 2)
                    && !matches!(v.w(k - 2), "they" | "we" | "police" | "authorities")
                    // A name, not a noun for people (`Detectives and his brother`).
                    && !is_person(v.w(k - 2), lex)
                    && !lex.is_calendar_word(v.w(k - 2)));
        let named = matches!(v.w(k), "her" | "his") && one_before;
        if !named {
            return None;
        }
        start = k - 2;
        // `killed Destacia Straughn and her daughter`: the whole name.
        while start > s.first && is_name_word(v, start - 1, lex) && k - start < 4 {
            start -= 1;
        }
        count += 1.0;
        parts = 2;
    }
    let k = start;
    if parts == 1 && numeral {
        // A single numeral group is an ordinary figure; `one` alone only when it states a
        // toll (`One person is dead`), since the figure rules drop it as a pronoun.
        if v.w(k) != "one" {
            return None;
        }
    }
    let before = predicate_before(v, s, k);
    // A singular verb does not agree with two or more people: `being around his brother
    // and sister, was shot and killed` tells of someone else.
    let verb_at = if v.w(end) == "," { end + 1 } else { end };
    let singular = count >= 2.0 && matches!(v.w(verb_at), "was" | "is" | "has");
    let after = predicate_after(v, s, end, false)
        .or_else(|| {
            (parts > 1)
                .then(|| predicate_after(v, s, past_name_apposition(v, s, end, lex)?, false))
                .flatten()
        })
        .map(|(p, _)| p)
        .filter(|_| !singular);
    let mut predicate = before.or(after);
    if predicate == Some(FATE_UNSAID) {
        if parts == 1 && count == 1.0 && v.w(k) != "another" {
            return None;
        }
        predicate = Some(SHOT);
    }
    // A sum of stated groups is a toll only with a victim verb (`164 passengers and six
    // crew` on board stay two figures).
    predicate?;
    // `at least one person was killed`: a bound before a numeral is the figure's (not
    // `over a man killed by police`, nor `about a man who was shot`).
    let mut fig = figure(k, end, count);
    let bound = numeral
        .then(|| super::figure::qualifier_before(v, k, s.first, lex))
        .flatten()
        .filter(|(_, q)| matches!(q, Qualifier::AtLeast | Qualifier::AtMost));
    if let Some((st, q)) = bound {
        fig.first = st;
        fig.qualifier = q;
        fig.value = q.apply(count);
    }
    Some(Implied {
        figure: fig,
        predicate,
        implicit: !numeral,
        named: !numeral,
        summed: parts > 1,
        another: v.w(k) == "another",
        anaphoric: false,
    })
}

/// Whether the word at `j` can be part of a person's name: capitalised, and neither a
/// noun for people (`Police`, `Officers`) nor a day or month.
fn is_name_word(v: &View<'_>, j: usize, lex: &Lexicon) -> bool {
    let w = v.w(j);
    // (Cheap tests first: this runs on every capitalised word.)
    v.is_word(j)
        && v.is_capitalized(j)
        && w.len() > 1
        && !NAME_STOPS.contains(&w)
        && !NP_BREAK.contains(w)
        && !lex.is_calendar_word(w)
        && !is_person(w, lex)
        && lex.predicate(w).is_none()
        // (`Kill Three In Alabama`: a number in Title Case is no name.)
        && parse_number_at(v, j, false).is_none()
}

/// What [`names_at`] asks of a whole sentence, each looked at once.
#[derive(Default)]
struct NameGate {
    /// A word of harm ([`NAME_CUES`]).
    harm: std::cell::OnceCell<bool>,
    /// Title Case ([`is_title_case`]).
    title: std::cell::OnceCell<bool>,
}

/// Words without which no victim verb reaches a list of names (those [`predicate_before`]
/// and [`predicate_after`] read).
static NAME_CUES: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "killed",
        "killing",
        "kills",
        "kill",
        "murdered",
        "wounded",
        "wounding",
        "wounds",
        "injured",
        "injuring",
        "injures",
        "shot",
        "shoots",
        "shoot",
        "shooting",
        "death",
        "deaths",
        "killings",
        "murder",
        "murders",
        "slaying",
        "slayings",
        "homicide",
        "dead",
        "died",
        "dies",
        "slain",
        "deceased",
        "found",
        "pronounced",
        "hurt",
        "hospitalized",
        "grazed",
        "stabbed",
        "treated",
        "critical",
        "serious",
        "stable",
        "grave",
        "life",
    ]
    .into_iter()
    .chain(HARM_VERBS.iter().copied())
    .collect()
});

/// Whether most words of the sentence are capitalised (a Title Case headline), where a
/// capital says nothing of a name.
pub(crate) fn is_title_case(v: &View<'_>, s: &Sentence) -> bool {
    let (words, capitals) = (s.first..s.last)
        .filter(|&j| v.is_word(j))
        .fold((0, 0), |(w, c), j| {
            (w + 1, c + usize::from(v.is_capitalized(j)))
        });
    words >= 4 && capitals * 4 >= words * 3
}

/// Capitalised words that start clauses or stand for institutions, never a victim's name.
const NAME_STOPS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "they",
    "we",
    "it",
    "police",
    "authorities",
    "both",
    "and",
    "but",
    "when",
    "after",
    "before",
    "while",
    "if",
    "officials",
    "deputies",
    "investigators",
    "detectives",
];

/// A name of one to three words starting at `k`: its end.
fn name_end(v: &View<'_>, s: &Sentence, k: usize, lex: &Lexicon) -> Option<usize> {
    let mut j = k;
    while j < s.last && j < k + 3 && is_name_word(v, j, lex) {
        j += 1;
        // `Amerson-Straughn`: a hyphen inside the name.
        if v.w(j) == "-" && v.glued(j) && v.glued(j + 1) && is_name_word(v, j + 1, lex) {
            j += 2;
        }
    }
    (j > k).then_some(j)
}

/// Named victims: `Sproaps and Partlow were pronounced dead`, `killed Jacara Sproaps and
/// Dion Partlow`, `Keyona McKinney, Diamond Hooks and 17-year-old Quan Bentley were
/// treated`. As many people as names, when a victim verb comes before or after.
fn names_at(
    v: &View<'_>,
    s: &Sentence,
    k: usize,
    gate: &NameGate,
    lex: &Lexicon,
) -> Option<Implied> {
    // Cheaply first, as every capitalised word is offered: a name of at most three words
    // (and its age) followed by `and` or a comma.
    let mut j = k;
    while j < s.last && j < k + 3 && v.is_word(j) && v.is_capitalized(j) {
        j += 1;
    }
    // The list must go on with a name, an age or someone's kin.
    let goes_on = |i: usize| {
        (v.is_word(i) && v.is_capitalized(i))
            || v.kind(i) == Some(TokenKind::Digits)
            || matches!(v.w(i), "her" | "his" | "their" | "a" | "an" | "and")
            || v.w(i) == "of" && v.is_capitalized(i + 1)
    };
    if j == k || !(matches!(v.w(j), "and" | ",") && goes_on(j + 1)) {
        return None;
    }
    // A word of harm somewhere in the sentence (most sentences have none), and no Title
    // Case, where every word looks like a name (`Storm Kills Cattle And Horses`).
    let harm = gate.harm.get_or_init(|| {
        (s.first..s.last).any(|j| NAME_CUES.contains(v.w(j)) || TO_HOSPITAL.contains(&v.w(j)))
    });
    if !*harm || *gate.title.get_or_init(|| is_title_case(v, s)) {
        return None;
    }
    // Only at the start of a name, and of a list of names (not inside `A, B and C`).
    if k > s.first && is_name_word(v, k - 1, lex) {
        return None;
    }
    // A word opening the sentence before a comma is an adverb (`Meanwhile, Gonzalez and`).
    if k == s.first && v.w(k + 1) == "," {
        return None;
    }
    // A home told after a name is not a name of the list (`Smith, 24, of Gary, and`).
    if k > s.first + 1 && v.w(k - 1) == "of" && v.w(k - 2) == "," {
        return None;
    }
    let before_age = age_start_before(v, s, k);
    let p = before_age.unwrap_or(k);
    // (`a shooting in Algiers and an infant being injured`: a place.)
    // (`at the Berrien County Courthouse, and three people`: no one's name follows `the`.)
    let place = matches!(
        v.w(p.wrapping_sub(1)),
        "in" | "at"
            | "near"
            | "on"
            | "from"
            | "to"
            | "into"
            | "across"
            | "outside"
            | "inside"
            | "the"
            | "a"
            | "an"
    );
    if place && p > s.first {
        return None;
    }
    let opening_adverb = p == s.first + 2 && v.w(p - 1) == ",";
    // (Nor after a name and its age: `Heaven Mayo, 24, Justin King`.)
    let aged_name_before = p > s.first + 3
        && v.kind(p - 2) == Some(TokenKind::Digits)
        && v.w(p - 3) == ","
        && is_name_word(v, p - 4, lex);
    if p > s.first + 1
        && matches!(v.w(p - 1), "," | "and")
        && (is_name_word(v, p - 2, lex) || aged_name_before)
        && !opening_adverb
    {
        return None;
    }
    let mut end = past_age_after_name(v, name_end(v, s, k, lex)?);
    let mut names = 1.0;
    let mut parts = 1;
    let mut conjoined = false;
    // People of the last counted kin not yet named, and how many it counted, while a
    // list of their names runs.
    let (mut named_left, mut in_apposition) = (0.0, false);
    loop {
        let mut j = end;
        // The comma that closes an age joins the next name (`Heaven Mayo, 24, Justin`).
        if v.w(j - 1) == "," && !matches!(v.w(j), "," | "and") {
            j -= 1;
        }
        let joiner = v.w(j);
        if joiner == "," && v.w(j + 1) == "and" {
            j += 1;
        }
        if !matches!(v.w(j), "," | "and") {
            break;
        }
        let at = age_end(v, j + 1).unwrap_or(j + 1);
        // `Brittany Powell, 27, and her two children`: counted people may close the list.
        let name = name_end(v, s, at, lex);
        let (e, n) = match name {
            Some(e) => (past_age_after_name(v, e), 1.0),
            None => match person_np(v, s, j + 1, false, lex) {
                Some((e, n, _, _)) if v.w(j) == "and" => (e, n),
                _ => break,
            },
        };
        // `and her son, 17-year-old Javeer Arter`, `her two children, Ana, 8, and Luis`:
        // names after a comma name the kin before them; they add no one.
        let is_name = name.is_some();
        let apposition = is_name && named_left > 0.0 && (v.w(j) == "," || in_apposition);
        end = e;
        if apposition {
            named_left -= 1.0;
            in_apposition = true;
            continue;
        }
        in_apposition = false;
        named_left = if is_name { 0.0 } else { n };
        conjoined |= v.w(j) == "and";
        names += n;
        parts += 1;
    }
    // The list without the comma that closes a last age (`Aveion Bolden, 20,`).
    let list_end = if v.w(end - 1) == "," { end - 1 } else { end };
    // (`Bartlett and Fuller Streets` are two streets.)
    let street = |w: &str| super::shape::STREET_TYPES.contains(w.strip_suffix('s').unwrap_or(w));
    if parts < 2 || !conjoined || street(v.w(end)) || street(v.w(list_end - 1)) {
        return None;
    }
    // A list that goes on with people it does not count (`and their children`).
    if matches!(v.w(end), "," | "and") && is_person(v.w(end + 1), lex) {
        return None;
    }
    // (`After the shooting Hall and Reed fled`: a noun of the deed names no victim.)
    let start = before_age.unwrap_or(k);
    let deed_noun = matches!(v.w(start.wrapping_sub(2)), "the" | "a" | "this" | "that");
    let before = predicate_before(v, s, start).filter(|_| !deed_noun);
    let after = || {
        let (p, _) = predicate_after(v, s, end, false)
            .or_else(|| predicate_after(v, s, past_name_apposition(v, s, end, lex)?, false))?;
        Some(p)
    };
    // Names are weak evidence of people: `hurt` by demand or a freeze, `shot down` in a
    // vote, tell no violence.
    let verb_at = if v.w(end) == "," { end + 1 } else { end };
    // (`Hall and Reed shot at the officers`: named shooters.)
    let shooters = v.w(verb_at) == "shot" && v.w(verb_at + 1) == "at";
    let figurative = shooters
        || (verb_at..s.last.min(verb_at + 4))
            .any(|j| v.w(j) == "hurt" || v.w(j) == "shot" && matches!(v.w(j + 1), "down" | "by"));
    if figurative && before.is_none() {
        return None;
    }
    let predicate = match before.or_else(after)? {
        FATE_UNSAID => SHOT,
        p => p,
    };
    Some(Implied {
        figure: figure(k, list_end, names),
        predicate: Some(predicate),
        implicit: true,
        named: true,
        summed: true,
        another: false,
        anaphoric: false,
    })
}

/// Past the age and the home told after a name (`Jacinta Walker, 18,`, `Wanda Anderson,
/// of Pelzer,`, `John Smith, 24, of Gary,`): the token after their comma, or `end` when
/// there is none.
fn past_age_after_name(v: &View<'_>, end: usize) -> usize {
    // (Not the next one's age: `Wanda Anderson, 48-year-old Victor Vandegrift`.)
    let age = v.w(end) == ","
        && v.kind(end + 1) == Some(TokenKind::Digits)
        && v.w(end + 2) != "-"
        && parse_number_at(v, end + 1, false)
            .is_some_and(|m| m.value <= 120.0 && m.last == end + 2);
    let past = match (age, v.w(end + 2)) {
        (true, ",") => end + 3,
        (true, _) => end + 2,
        _ => end,
    };
    // A home of one word after an age, with no age of its own (`Mary Jones, 40,
    // Springfield, and her son`; not `Walker, 18, Bolden, 20`).
    if age
        && v.w(past - 1) == ","
        && v.is_word(past)
        && v.is_capitalized(past)
        && matches!(v.w(past + 1), "," | "and")
        && !(v.w(past + 1) == "," && v.kind(past + 2) == Some(TokenKind::Digits))
    {
        return if v.w(past + 1) == "," {
            past + 2
        } else {
            past + 1
        };
    }
    // A home after a comma: `, of Pelzer,`.
    let of = match (v.w(past), v.w(past.wrapping_sub(1))) {
        (",", _) if v.w(past + 1) == "of" => past + 1,
        ("of", ",") => past,
        _ => return past,
    };
    let mut j = of + 1;
    while j < of + 4 && v.is_word(j) && v.is_capitalized(j) {
        j += 1;
    }
    match j - of {
        1 => past,
        _ if v.w(j) == "," => j + 1,
        _ => j,
    }
}

/// Where an age modifier that ends right before `k` starts, if one does.
fn age_start_before(v: &View<'_>, s: &Sentence, k: usize) -> Option<usize> {
    // (Every such age ends in `old` or `olds`: look no further otherwise.)
    if !matches!(v.w(k.wrapping_sub(1)), "old" | "olds") {
        return None;
    }
    (k.saturating_sub(5).max(s.first)..k).find(|&i| age_end(v, i) == Some(k))
}

/// Past an apposition that names the last person of a list (`and her son, 17-year-old
/// Javeer Arter, were found dead`): where the verb should start, if the apposition holds a
/// name and nothing else.
fn past_name_apposition(v: &View<'_>, s: &Sentence, end: usize, lex: &Lexicon) -> Option<usize> {
    if v.w(end) != "," {
        return None;
    }
    let mut j = end + 1;
    let mut named = false;
    while j < s.last && j < end + 8 {
        if let Some(e) = age_end(v, j) {
            j = e;
        } else if let Some(e) = name_end(v, s, j, lex) {
            named = true;
            j = e;
        } else {
            break;
        }
    }
    if !named {
        return None;
    }
    Some(if v.w(j) == "," { j + 1 } else { j })
}

/// The victim verb after a noun phrase: `was shot and killed`, `has died`, `were wounded`,
/// `in critical condition`, `found dead`.
fn predicate_after(
    v: &View<'_>,
    s: &Sentence,
    mut j: usize,
    zero: bool,
) -> Option<(&'static str, usize)> {
    let mut fatally = false;
    let mut perfect = false;
    let mut passive = false;
    let mut steps = 0;
    // `A child in Killeen has died`: a place after the noun.
    if matches!(v.w(j), "in" | "from" | "of") && v.is_capitalized(j + 1) {
        j += 1;
        while j < s.last && v.is_capitalized(j) {
            j += 1;
        }
    }
    // `four children and two men, were injured`: a comma before the verb; `Anderson,
    // Vandegrift and Eaton, who all died`: a relative clause tells their fate.
    if v.w(j) == "," && AUX.contains(v.w(j + 1)) {
        j += 1;
    } else if v.w(j) == "," && v.w(j + 1) == "who" {
        j += 2;
    }
    while j < s.last && steps < 4 {
        let w = v.w(j);
        if matches!(w, "fatally" | "mortally") {
            fatally = true;
        } else if !AUX.contains(w) {
            break;
        }
        perfect = matches!(w, "has" | "have" | "had") || perfect && w != "been";
        passive |= matches!(
            w,
            "was" | "were" | "is" | "are" | "been" | "got" | "gets" | "being"
        );
        j += 1;
        steps += 1;
    }
    let w = v.w(j);
    let next = v.w(j + 1);
    // `had shot his friend`, `shot her husband`, `mother killed 2 children, herself`: the
    // phrase names the shooter, not a victim.
    let object = matches!(
        next,
        "his" | "her" | "their" | "a" | "an" | "the" | "him" | "herself" | "himself" | "them"
    ) || parse_number_at(v, j + 1, false).is_some_and(|m| {
        let after = v.w(m.last);
        // `killed 2 children`, `killed two, police said`, `killed 2 others`, `shot two of
        // his children`; not a time (`killed 2 days after`).
        is_person(after, Lexicon::get())
            || matches!(
                after,
                "" | "," | "." | ";" | "others" | "more" | "and" | "of"
            )
    }) || v.is_capitalized(j + 1)
        && !v.is_capitalized(j)
        && !Lexicon::get().is_calendar_word(next);
    if matches!(
        w,
        "shot" | "killed" | "wounded" | "injured" | "stabbed" | "grazed" | "hit"
    ) && !passive
        && (perfect || object)
    {
        return None;
    }
    let pred = match w {
        "shot" => {
            let then = v.w(j + 2);
            // `Shot, Killed in Maryland`: a headline's list of what happened.
            if fatally
                || (next == "," && matches!(then, "killed"))
                || next == "dead"
                || (next == "and" && matches!(then, "killed"))
                || (next == "to" && then == "death")
            {
                "killed"
            } else if next == "and" && matches!(then, "wounded" | "injured") {
                "injured"
            } else {
                FATE_UNSAID
            }
        }
        "killed" | "dead" | "died" | "dies" | "slain" | "murdered" | "stabbed" | "wounded"
        | "injured"
            if fatally =>
        {
            "killed"
        }
        "killed" | "dead" | "died" | "dies" | "slain" | "murdered" | "deceased" => "killed",
        // (`Paramedics pronounced dead a man`: the object comes after.)
        "pronounced"
            if matches!(next, "dead" | "deceased")
                && (passive || !matches!(v.w(j + 2), "a" | "an" | "the" | "his" | "her")) =>
        {
            "killed"
        }
        "found" if matches!(next, "dead" | "deceased" | "slain") => "killed",
        "found" if next == "shot" => {
            let (a, b) = (v.w(j + 2), v.w(j + 3));
            if a == "dead" || (a == "to" && b == "death") {
                "killed"
            } else {
                FATE_UNSAID
            }
        }
        "wounded" | "injured" | "hurt" | "hospitalized" | "grazed" | "stabbed" | "treated" => {
            "injured"
        }
        // `suffered non-life-threatening injuries` (not `with gunshot wounds`: `two men,
        // both with gunshot wounds, were found dead`).
        _ if HARM_VERBS.contains(&w) => {
            let wound = (j + 1..s.last.min(j + 7)).find(|&i| WOUND_NOUNS.contains(&v.w(i)))?;
            let fatal = (j + 1..wound).any(|i| matches!(v.w(i), "fatal" | "mortal"));
            if fatal {
                "killed"
            } else {
                "injured"
            }
        }
        // `were rushed to a nearby hospital`: taken there as patients, unless the sentence
        // tells they died (`taken to a hospital, where he died`).
        _ if passive && TO_HOSPITAL.contains(&w) && hospital_after(v, s, j) => {
            let died =
                (j + 1..s.last).any(|i| matches!(Lexicon::get().predicate(v.w(i)), Some("killed")));
            if died {
                return None;
            }
            "injured"
        }
        "in" if matches!(next, "critical" | "serious" | "stable" | "grave") => "injured",
        // `both are recovering in the hospital`, not `recovering from surgery`.
        "recovering"
            if next != "from"
                || (j + 2..s.last.min(j + 7)).any(|i| {
                    let w = v.w(i);
                    WOUND_NOUNS.contains(&w) || matches!(w, "shooting" | "attack" | "gunshot")
                }) =>
        {
            "injured"
        }
        "on" if next == "life" => "injured",
        "arrested" | "detained" if zero => "arrested",
        "in" if zero && next == "custody" => "arrested",
        "charged" if zero => "charged",
        _ => return None,
    };
    Some((pred, j + 1))
}

/// The victim verb before a noun phrase: `killed a woman`, `shot a clerk`, `death of a
/// 4-year-old`, `fatal shooting of a man`.
fn predicate_before(v: &View<'_>, s: &Sentence, k: usize) -> Option<&'static str> {
    if k <= s.first {
        return None;
    }
    let p = v.w(k - 1);
    let pp = v.w(k.wrapping_sub(2));
    match p {
        "killed" | "killing" | "kills" | "kill" | "murdered" => Some("killed"),
        // `identified the dead victims as Brenda Forrester and Keyon Branch`.
        "as" if matches!(pp, "victims" | "victim")
            && matches!(v.w(k.wrapping_sub(3)), "dead" | "slain" | "deceased") =>
        {
            Some("killed")
        }
        "wounded" | "wounding" | "injured" | "injuring" | "injures" | "wounds"
            if matches!(pp, "fatally" | "mortally") =>
        {
            Some("killed")
        }
        "wounded" | "wounding" | "injured" | "injuring" | "injures" | "wounds" => Some("injured"),
        "shot" | "shooting" | "shoots" | "shoot" if matches!(pp, "fatally" | "mortally") => {
            Some("killed")
        }
        "shot" | "shoots" => Some(FATE_UNSAID),
        "shooting" if v.w(k.wrapping_sub(2)) != "a" => Some(FATE_UNSAID),
        "of" => match pp {
            "death" | "deaths" | "killing" | "killings" | "murder" | "murders" | "slaying"
            | "slayings" | "homicide" => Some("killed"),
            "shooting" if v.w(k.wrapping_sub(3)) == "fatal" => Some("killed"),
            "shooting" => Some(FATE_UNSAID),
            _ => None,
        },
        _ => None,
    }
}

/// `Four teenagers were shot, one fatally`, `six people were shot, two of them fatally`,
/// `3 shot, 1 dead`, and the forms of [`dead_among_shot`]: the token of `shot`, the number
/// of dead and the token after the words of death. The wounded are then the shot less the
/// dead, a toll the text states without writing it.
pub(crate) fn fatal_split(v: &View<'_>, s: &Sentence) -> Option<(usize, f64, usize)> {
    (s.first + 3..s.last)
        .find_map(|k| {
            // `shot, one fatally`, `7 shot, 2 dead`: the dead are among the shot.
            if !(v.w(k) == "fatally" || super::subject::is_dying(v.w(k))) {
                return None;
            }
            let mut n = k - 1;
            if v.w(n) == "them" && v.w(n - 1) == "of" {
                n = n.checked_sub(2)?;
            }
            // (`One of them died.` opens its text: nothing is before it.)
            if n < s.first + 2 {
                return None;
            }
            let m = parse_number_at(v, n, false).filter(|m| m.last == n + 1 && is_plain(m.kind))?;
            if v.w(n - 1) != "," || v.w(n - 2) != "shot" {
                return None;
            }
            Some((n - 2, m.value, k + 1))
        })
        .or_else(|| dead_among_shot(v, s))
}

/// `Four teenagers were shot ... and one of them has died`, `three people were shot, one
/// of whom later died`: the dead among the shot, told by `of them` (`of whom`) and a verb
/// of death after it; the `shot` is the last one before them. Or `one of five people shot
/// outside the bar has died`: the shot are the whole of the part that died.
fn dead_among_shot(v: &View<'_>, s: &Sentence) -> Option<(usize, f64, usize)> {
    (s.first + 1..s.last)
        .find_map(|k| part_of_shot_died(v, s, k))
        .or_else(|| of_them_died(v, s))
}

/// `one of five people shot ... has died`, with `of` at `k`: the shot token, the dead
/// and the token after the verb of death.
fn part_of_shot_died(v: &View<'_>, s: &Sentence, k: usize) -> Option<(usize, f64, usize)> {
    if v.w(k) != "of" {
        return None;
    }
    let part = parse_number_at(v, k - 1, false).filter(|m| m.last == k && is_plain(m.kind))?;
    let at = if v.w(k + 1) == "the" { k + 2 } else { k + 1 };
    let whole = parse_number_at(v, at, false).filter(|m| is_plain(m.kind))?;
    let shot = (whole.last..whole.last + 2).find(|&j| v.w(j) == "shot")?;
    // In its own clause: not `..., while a man shot last week died Monday`.
    let died = (shot + 1..s.last)
        .take_while(|&j| v.is_word(j) && !super::subject::ends_clause(v.w(j)))
        .find(|&j| matches!(v.w(j), "died" | "dies"))?;
    Some((shot, part.value, died + 1))
}

/// `one of them has died` after a count of the shot.
fn of_them_died(v: &View<'_>, s: &Sentence) -> Option<(usize, f64, usize)> {
    (s.first + 3..s.last).find_map(|k| {
        if !matches!(v.w(k), "them" | "whom") || v.w(k - 1) != "of" {
            return None;
        }
        let m = parse_number_at(v, k - 2, false).filter(|m| m.last == k - 1 && is_plain(m.kind))?;
        let mut j = k + 1;
        while j < s.last && (AUX.contains(v.w(j)) || v.w(j) == "since") {
            j += 1;
        }
        let died = match v.w(j) {
            w if super::subject::is_dying(w) => true,
            // `one of them was fatally wounded`
            "fatally" | "mortally" => matches!(v.w(j + 1), "wounded" | "injured" | "shot"),
            _ => false,
        };
        if !died {
            return None;
        }
        let end = if matches!(v.w(j), "fatally" | "mortally") {
            j + 2
        } else {
            j + 1
        };
        let shot = (s.first..k - 2).rev().find(|&i| v.w(i) == "shot")?;
        Some((shot, m.value, end))
    })
}

#[cfg(test)]
mod tests {
    use crate::extract;

    /// The first claim of `text` with `predicate`: its figure and its text.
    fn toll(text: &str, predicate: &str) -> Option<(f64, String)> {
        extract(text)
            .into_iter()
            .find(|c| c.subject.predicate.as_deref() == Some(predicate))
            .map(|c| (c.figure, c.text))
    }

    #[test]
    fn named_victims_count_one_each() {
        for (text, n, predicate) in [
            ("Sproaps and Partlow were pronounced dead at the scene.", 2.0, "killed"),
            ("Jacara Sproaps and Dion Partlow were killed.", 2.0, "killed"),
            ("The gunman killed Destacia Straughn and her daughter, Kenacia.", 2.0, "killed"),
            (
                "Police said 43-year-old Bianca Arter and her son, 17-year-old Javeer Arter were found dead.",
                2.0,
                "killed",
            ),
            (
                "18-year olds Keyona McKinney, Diamond Hooks and 17-year olds Zy Anderson and Shan Timmons were treated at a hospital.",
                4.0,
                "injured",
            ),
            (
                "He fired about 10 times, killing Jacinta Walker, 18, and Aveion Bolden, 20, said police.",
                2.0,
                "killed",
            ),
            ("Reyna Gonzalez, 42, and her two children were killed.", 3.0, "killed"),
            (
                "Reyna Gonzalez, 42, and her two children, Ana, 8, and Luis, 5, were killed.",
                3.0,
                "killed",
            ),
            ("Meanwhile, Gonzalez and Ruiz were killed.", 2.0, "killed"),
            // Every name with its age counts, the last age's comma or not, past `all`.
            (
                "Heaven Mayo, 24, Justin King, 24, Donald Jocelin, 25 and Tobiasz Cudnik, 32 were all transported to the hospital.",
                4.0,
                "injured",
            ),
            // Homes after names, an aged name after a comma, a relative clause's fate.
            (
                "John Smith, 24, of Chicago, and Jane Doe, 22, of Gary, were killed.",
                2.0,
                "killed",
            ),
            (
                "Police identified 43-year-old Wanda Anderson, of Pelzer, 48-year-old Victor Vandegrift and 32-year-old Hank Eaton, who all died.",
                3.0,
                "killed",
            ),
            (
                "The coroner identified the dead victims as Brenda Forrester and Keyon Branch.",
                2.0,
                "killed",
            ),
            // A home of one word after an age is no one's name; a name with an age is.
            ("Mary Jones, 40, Springfield, and her son were wounded.", 2.0, "injured"),
            ("John Smith, 45, Detroit and Jane Doe, 30, were killed.", 2.0, "killed"),
            (
                "Jacinta Walker, 18, Aveion Bolden, 20, and Ken Li, 30, were killed.",
                3.0,
                "killed",
            ),
            // An object pronoun opens a list as a name does.
            ("He then shot her and her 15-year-old son before leaving.", 2.0, "shot"),
        ] {
            let got = toll(text, predicate);
            assert_eq!(got.map(|(f, _)| f), Some(n), "{text}: {:#?}", extract(text));
        }
        // A list starts at its first name, not at a home; an age before a name is no
        // person of its own.
        let c = extract("John Smith, 24, of Chicago, and Jane Doe, 22, of Gary, were killed.");
        assert!(c[0].text.starts_with("John Smith"), "{c:#?}");
        let c = extract(
            "The coroner identified the dead victims as 67 year old Brenda Forrester, and her 24 year old granddaughter Keyon Branch.",
        );
        assert_eq!(c.len(), 1, "{c:#?}");
        assert_eq!(c[0].figure, 2.0);
    }

    /// Those recovering are the wounded, unless from something else.
    #[test]
    fn people_recovering_are_wounded() {
        for (text, n) in [
            (
                "Both individuals are now recovering in the hospital.",
                Some(2.0),
            ),
            (
                "A man and a woman are recovering after the shooting.",
                Some(2.0),
            ),
            ("The mayor is recovering from a cold, said aides.", None),
            ("Both men are recovering from gunshot wounds.", Some(2.0)),
            (
                "A woman and her son are recovering from the shooting.",
                Some(2.0),
            ),
        ] {
            let got = toll(text, "injured").map(|(f, _)| f);
            assert_eq!(got, n, "{text}: {:#?}", extract(text));
        }
    }

    #[test]
    fn names_that_are_no_victims_count_nothing() {
        for text in [
            "Smith and Wesson were charged.",
            "She loved him and her children.",
            "Police and firefighters were injured.",
            "A gunshot fired near Bartlett and Fuller Streets grazed a 3-year-old boy.",
            "Johnson and Wade were arrested on Monday.",
            "He spoke about the shooting in Algiers and Gretna being investigated.",
            "Four people were shot at the Berrien County Courthouse, and three are dead.",
            // A review's finds: Title Case, a noun of the deed, figurative harm, the
            // doctors who pronounce, shooters.
            "Storm Kills Cattle And Horses In Western Kansas",
            "After the shooting Hall and Reed fled.",
            "Tesla and Rivian were hurt by slowing demand.",
            "Paramedics Ann Lee and Tom Hall pronounced dead a man at the scene.",
            "Prosecutors said Hall and Reed shot at the officers.",
        ] {
            let named = extract(text).into_iter().any(|c| c.text.contains(" and "));
            assert!(!named, "{text}: {:#?}", extract(text));
        }
    }

    #[test]
    fn ages_between_a_count_and_its_verb_are_passed_over() {
        for (text, n, predicate) in [
            (
                "Four boys between ages 12 and 16 were wounded.",
                4.0,
                "injured",
            ),
            (
                "Five men between the ages of 21 and 58 were shot and wounded.",
                5.0,
                "injured",
            ),
            (
                "Two Milwaukee men, ages 25 and 26, died at the scene.",
                2.0,
                "killed",
            ),
            ("Gunfire Kills 2 Men In Austin", 2.0, "killed"),
            // A clause after `before` has its own verb.
            (
                "He fired, injuring two people before he was fatally shot.",
                2.0,
                "injured",
            ),
        ] {
            let got = toll(text, predicate);
            assert_eq!(got.map(|(f, _)| f), Some(n), "{text}: {:#?}", extract(text));
        }
        // `17-year olds` is an age, no duration.
        assert!(
            extract("18-year olds Keyona McKinney and Di Hooks were treated.")
                .iter()
                .all(|c| c.figure == 2.0)
        );
    }
}
