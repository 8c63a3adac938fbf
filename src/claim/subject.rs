//! What a figure measures: the counted noun, its class and what happened to it.

use super::figure::Figure;
use super::Subject;
use crate::quantity::lexicon::{
    en::{GUNFIRE, WOUND_NOUNS},
    Lexicon, WordSet,
};
use crate::quantity::Dimension;
use crate::scan::{Sentence, TokenKind, View};
use std::sync::LazyLock;

/// Stems of nouns that count shots, hits or incidents: a casualty verb near them does not
/// make them victims.
const HIT_STEMS: &[&str] = &[
    "time", "shoot", "shot", "round", "bullet", "wound", "gunshot", "incid",
];

/// Words after a duration that make it the time between two moments (`three days after
/// the shooting`, `two hours later`).
/// Verbs right before a duration that make it the length of the clause's event (`Talks
/// lasted about three hours`).
const LENGTH_VERBS: &[&str] = &["lasted", "lasting", "lasts", "took"];

/// With the direction each gives: time `elapsed` since a moment, or time `preceding` it.
pub(crate) const OFFSET_WORDS: &[(&str, &str)] = &[
    ("after", "elapsed"),
    ("later", "elapsed"),
    ("ago", "elapsed"),
    ("since", "elapsed"),
    ("apart", "elapsed"),
    ("before", "preceding"),
    ("earlier", "preceding"),
    ("prior", "preceding"),
];

/// Whether a noun stem counts hits or incidents (`times`, `shootings`, `wounds`).
pub(crate) fn is_hit_stem(stem: &str) -> bool {
    HIT_STEMS.contains(&stem)
}

/// Participles that are not formed with `-ed` but name victims when they stand for a
/// noun (`4 hurt`, `3 shot`).
const IRREGULAR_PARTICIPLES: &[&str] = &["hurt", "shot", "slain"];

/// Whether a head word is a participle standing for the people it happened to (`7
/// wounded`, `4 hurt`), not a noun counting hits (`wounds`).
fn is_participle(word: &str) -> bool {
    word.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&word)
}

/// How far past a participle clause after the noun (`men coming from a repast to honor a
/// slain friend were shot`) its verb may stand.
const RELATIVE_REACH: usize = 15;

/// Words that end a noun phrase after a figure.
static STOP: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "in",
        "on",
        "at",
        "to",
        "from",
        "for",
        "with",
        "by",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "who",
        "that",
        "which",
        "and",
        "or",
        "but",
        "as",
        "after",
        "before",
        "during",
        "than",
        "when",
        "while",
        "including",
        "been",
        "be",
        "said",
        "says",
        "the",
        "a",
        "an",
        "this",
        "its",
        "their",
        "his",
        "her",
        "will",
        "would",
        "could",
        "may",
        "might",
        "also",
        "still",
        "into",
        "over",
        "under",
        "across",
        "near",
        "since",
        "per",
        "each",
        "of",
        "did",
        "do",
        "does",
        "not",
        "so",
        "if",
        "because",
        "about",
        "around",
        "like",
        "where",
        "whose",
        "against",
        "among",
        "amid",
        "through",
        "via",
        "there",
        "they",
        "it",
        "he",
        "she",
        "we",
        "you",
        "i",
        "more",
        "less",
        "last",
        "ago",
        "later",
        "earlier",
        "now",
        "then",
    ]
    .into_iter()
    .collect()
});

/// Words ending in `s` that are not plurals (diseases, subjects): `127 measles cases`.
static NOT_PLURAL: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "measles",
        "mumps",
        "rabies",
        "diabetes",
        "herpes",
        "scabies",
        "rickets",
        "news",
        "series",
        "species",
        "physics",
        "politics",
        "economics",
        "athletics",
        "gymnastics",
        "aids",
        "sars",
        "mers",
        "lens",
        "bus",
        "gas",
        "canvas",
        "campus",
        "census",
        "virus",
        "status",
        "bonus",
    ]
    .into_iter()
    .collect()
});

/// Auxiliaries skipped when looking for the verb after a noun (`people were killed`).
static AUX: LazyLock<WordSet> = LazyLock::new(|| {
    [
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "be",
        "being",
        "reportedly",
        "also",
        "all",
        "who",
        "that",
        "which",
        "said",
        "to",
        "have",
        "having",
        "got",
        "left",
        "found",
        "confirmed",
        "feared",
        "believed",
        "now",
        "being",
        "already",
    ]
    .into_iter()
    .collect()
});

/// Predicates a noun implies by itself (`87 deaths`, `20 injuries`).
fn noun_predicate(stem: &str) -> Option<&'static str> {
    Some(match stem {
        "death" | "fatal" | "fatality" | "dead" | "bodi" | "homicid" | "murder" => "killed",
        "injuri" | "wound" => "injured",
        "casualti" => "casualties",
        "evacue" | "refuge" => "displaced",
        "vote" | "ballot" => "voted",
        "goal" => "scored",
        "survivor" => "rescued",
        "case" | "infect" => "infected",
        "arrest" | "detain" => "arrested",
        // `faces 17 counts of attempted murder`: charges, never people.
        "count" | "charg" => "charged",
        _ => return None,
    })
}

/// Predicates that only make sense for people.
fn is_person_predicate(p: &str) -> bool {
    matches!(
        p,
        "killed"
            | "injured"
            | "shot"
            | "missing"
            | "displaced"
            | "arrested"
            | "rescued"
            | "infected"
            | "ill"
            | "casualties"
            | "sentenced"
            | "employed"
            | "attended"
            | "protested"
    )
}

/// A crude singular for labels and units (`missiles` → `missile`, `people` → `person`).
/// Words that go on a clause rather than name a thing (`two man was`, `ten member and`):
/// after `person` or `member` they leave the figure a count of people.
const CLAUSE_WORDS: &[&str] = &[
    "was", "were", "is", "are", "be", "been", "had", "has", "have", "who", "that", "and", "or",
    "of", "in", "at", "on", "for", "with", "to", "from", "by", "as",
];

pub(crate) fn singular(word: &str) -> String {
    match word {
        "people" => return "person".into(),
        "men" => return "man".into(),
        "women" => return "woman".into(),
        "children" => return "child".into(),
        "lives" => return "life".into(),
        "police" | "news" | "series" | "species" | "aircraft" | "sheep" | "fish" | "crossroads" => {
            return word.into()
        }
        _ => {}
    }
    if let Some(b) = word.strip_suffix("ies") {
        if b.len() > 1 {
            return format!("{b}y");
        }
    }
    for suf in ["ches", "shes", "sses", "xes"] {
        if word.ends_with(suf) {
            return word[..word.len() - 2].into();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && word.len() > 3 {
        return word[..word.len() - 1].into();
    }
    word.into()
}

/// Adverbs that tell how badly a victim was hurt, after a count of some of them.
const FATE_ADVERBS: &[&str] = &[
    "fatally",
    "mortally",
    "critically",
    "seriously",
    "gravely",
    "severely",
];

/// Participles of a victim's fate that do not end in `-ed`.
const IRREGULAR_FATES: &[&str] = &["hurt", "shot", "slain"];

/// The people counted after a name that starts at `k` (`Dallas Police Department
/// officers`): a lowercase word for people right after the run of capitalized words, if
/// any. (Only people: `Five Republicans vote` has no noun after the name.)
pub(crate) fn noun_after_name(
    v: &View<'_>,
    s: &Sentence,
    k: usize,
    lex: &Lexicon,
) -> Option<usize> {
    let end = (k..s.last.min(k + 5)).find(|&j| !v.is_capitalized(j) || !v.is_word(j))?;
    (v.is_word(end) && super::implicit::is_person(v.w(end), lex)).then_some(end)
}

/// The noun phrase after the figure: the index of its head noun, if any.
fn head_after(v: &View<'_>, s: &Sentence, f: &Figure, lex: &Lexicon) -> Option<usize> {
    let mut k = f.last;
    // `20+ casings`.
    if v.w(k) == "+" && v.glued(k) {
        k += 1;
    }
    // `three more shots`, `eight more bodies`: what is added is the noun after.
    if matches!(v.w(k), "more" | "additional" | "further")
        && v.is_word(k + 1)
        && !STOP.contains(v.w(k + 1))
    {
        k += 1;
    }
    // `dozens of people`, `six years of civil war`, `hundreds of thousands of refugees`.
    if v.w(k) == "of"
        && (matches!(f.kind, crate::quantity::NumberKind::Vague { .. })
            || f.unit.is_some()
            || lex.scales.contains_key(v.w(k - 1)))
    {
        k += 1;
        if matches!(v.w(k), "the" | "a" | "an" | "their" | "its") && f.unit.is_some() {
            k += 1;
        }
    }
    // `two of the victims`, `one of the children`: a part names the people it is taken
    // from.
    if f.unit.is_none()
        && matches!(
            f.kind,
            crate::quantity::NumberKind::Digits | crate::quantity::NumberKind::Words
        )
    {
        if let Some(j) = part_people(v, s, k, lex) {
            return Some(j);
        }
    }
    if f.unit.is_some()
        && !f.compound
        && f.dimension() == Dimension::Duration
        && v.w(f.last) == "for"
    {
        k = f.last + 1; // `waiting three hours for talks`
    }
    let mut head = None;
    let mut taken = 0;
    while k < s.last && taken < 4 {
        let t = v.tokens[k];
        if t.kind == TokenKind::Punct {
            if v.raw(k) == "-" && v.glued(k) && v.glued(k + 1) {
                k += 1;
                continue;
            }
            break;
        }
        if t.kind == TokenKind::Digits {
            break;
        }
        // `four Dallas Police Department officers`: a name before the counted noun
        // only says whose they are.
        if taken == 0 && v.is_capitalized(k) {
            if let Some(noun) = noun_after_name(v, s, k, lex) {
                k = noun;
                continue;
            }
        }
        let w = v.w(k);
        if STOP.contains(w) || lex.speech.contains(w) {
            break;
        }
        // `two deadly shootings`, `three fatal crashes`: the adjective of death describes
        // the noun after it, which is what is counted.
        if taken == 0
            && matches!(w, "deadly" | "fatal" | "lethal" | "nonfatal")
            && v.is_word(k + 1)
            && !STOP.contains(v.w(k + 1))
            && word_predicate(v.w(k + 1), lex).is_none_or(|p| p != "killed")
        {
            k += 1;
            continue;
        }
        // A predicate word ends the phrase unless it is the phrase's first noun (`43 deaths`).
        let stem = lex.stem(w);
        let implies = noun_predicate(stem.as_ref()).is_some();
        // `flood deaths`, `measles cases`: a noun that carries the predicate is the head.
        if taken > 0 && implies {
            head = Some(k);
            break;
        }
        // (`four different hospitals` counts hospitals: a hospital tells of the injured only
        // when someone is taken there, see `find_predicate`.)
        let place = super::implicit::is_hospital(w);
        // (`officer-involved shootings`, `gang-related killings`: the participle ends a
        // compound adjective; the noun comes after it.)
        let compound = v.w(k - 1) == "-" && v.glued(k - 1) && v.glued(k) && v.is_word(k + 1);
        if taken > 0
            && !place
            && !compound
            && (word_predicate(w, lex).is_some() || w.ends_with("ing") || w.ends_with("ed"))
        {
            break;
        }
        // `one fatally`, `two critically`: an adverb of fate names no noun.
        if taken == 0 && FATE_ADVERBS.contains(&w) {
            break;
        }
        // A participle right after the figure is its verb, not its noun: `2 hurt`, `4
        // shot`, like `7 wounded`. One that tells no fate before a noun for people is an
        // adjective: `two unidentified men`, `three masked gunmen`.
        let adjective = word_predicate(w, lex).is_none()
            && super::implicit::is_person(v.w(k + 1), lex)
            && v.is_word(k + 1);
        if taken == 0
            && (w.ends_with("ed")
                || w.ends_with("ing")
                || IRREGULAR_FATES.contains(&w)
                || crate::quantity::lexicon::en::HARM_VERBS.contains(&w))
            && !implies
            && !adjective
            && !lex.noun_classes.contains_key(stem.as_ref())
            && lex.event(w).is_none()
        {
            break;
        }
        head = Some(k);
        taken += 1;
        k += 1;
        // A plural noun ends the phrase: what follows starts a clause (`missiles Trump launched`).
        let plural = w.len() > 2
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.contains('.')
            && !NOT_PLURAL.contains(w);
        // (`police-involved shootings`: a compound goes on.)
        let compound_next = v.w(k) == "-" && v.glued(k) && v.glued(k + 1);
        if (implies || plural || matches!(w, "people" | "men" | "women" | "children" | "police"))
            && !compound_next
        {
            break;
        }
    }
    head
}

/// The nearest predicate to the figure in its clause, looking after the noun first
/// (`people were killed`), then before the figure (`killed 87`).
fn find_predicate(
    v: &View<'_>,
    s: &Sentence,
    f: &Figure,
    head: Option<usize>,
    weapon: bool,
    lex: &Lexicon,
) -> Option<&'static str> {
    // `reached` tells missiles that hit from missiles fired; for anything else it is only a
    // level (`sales reached 1.1 million`), so look further.
    let head_lives = head.is_some_and(|h| v.w(h) == "lives");
    // `executed 44 search warrants`: only people are executed to death.
    let head_is_thing = head.is_some_and(|h| !super::implicit::is_person(v.w(h), lex));
    let pred_at = |k: usize| -> Option<&'static str> {
        let w = v.w(k);
        // `were pronounced dead`.
        if w == "pronounced" && matches!(v.w(k + 1), "dead" | "deceased") {
            return Some("killed");
        }
        if head_is_thing && w.starts_with("execut") {
            return None;
        }
        // A hospital is where the hurt are taken, and also a place to meet: `taken to the
        // hospital` tells of the injured, `the mood at the hospital` does not.
        // (The verb that takes someone there speaks for a hospital past its name or the
        // ambulance: `transported by ambulance to Yale-New Haven Hospital`.)
        if !head_is_thing
            && super::implicit::TO_HOSPITAL.contains(&w)
            && super::implicit::hospital_after(v, s, k)
        {
            return Some("injured");
        }
        if super::implicit::is_hospital(w) {
            // A hospital's own name stands between (`taken to Yale-New Haven Hospital`).
            let mut start = k;
            while start > s.first
                && k - start < 6
                && (v.is_capitalized(start - 1) || v.w(start - 1) == "-")
            {
                start -= 1;
            }
            let taken = (start.saturating_sub(4).max(s.first)..start)
                .any(|j| v.w(j) == "to" || super::implicit::TO_HOSPITAL.contains(&v.w(j)));
            return taken.then_some("injured");
        }
        // People who `were hit` or `struck` were shot: by gunfire (`struck by police
        // gunfire`), or with nothing after the verb but a place, a time or the clause's
        // end (`14 people were hit, including two`). Struck by anything else (`by a car`,
        // `with a bat`, `hit hard by the flooding`) tells no fate of its own: look further.
        if !head_is_thing
            && head.is_some()
            && matches!(w, "hit" | "struck")
            && matches!(
                v.w(k.wrapping_sub(1)),
                "were" | "was" | "been" | "are" | "is"
            )
        {
            let next = v.w(k + 1);
            let shot = if next == "by" {
                (k + 2..s.last.min(k + 5))
                    .take_while(|&j| v.is_word(j))
                    .any(|j| GUNFIRE.contains(&v.w(j)))
            } else {
                !v.is_word(k + 1) || k + 1 >= s.last || PLACE_OR_TIME_AFTER.contains(&next)
            };
            if !shot {
                return None;
            }
            return Some(if dies_in_clause(v, s, k + 1) {
                "killed"
            } else {
                super::implicit::SHOT
            });
        }
        // `the cases against the two officers` are in court, not in an outbreak.
        if matches!(w, "case" | "cases") && v.w(k + 1) == "against" {
            return None;
        }
        // `claimed 14 lives`, `cost 200 lives`.
        if head_lives && matches!(w, "claimed" | "claim" | "claims" | "cost" | "took") {
            return Some("killed");
        }
        // `lost their lives` is killed; `lost their homes` is displaced.
        if w == "lost" {
            let (next, then) = (v.w(k + 1), v.w(k + 2));
            let whose = matches!(next, "their" | "his" | "her");
            if matches!(next, "lives" | "life") || whose && matches!(then, "lives" | "life") {
                return Some("killed");
            }
            if whose && matches!(then, "homes" | "home" | "houses" | "house") {
                return Some("displaced");
            }
        }
        // `four people are recovering` from wounds, unless it says from what else
        // (`recovering from surgery`); `recovered` also takes bodies and guns.
        if w == "recovering" {
            let from_harm = (k + 2..s.last.min(k + 6)).any(|j| {
                let w = v.w(j);
                WOUND_NOUNS.contains(&w) || matches!(w, "shooting" | "attack" | "gunshot")
            });
            return (v.w(k + 1) != "from" || from_harm).then_some("injured");
        }
        // `accused of shooting 10 people`: a gerund with the figure as its object is a
        // verb (`in a shooting Tuesday` is the event).
        // (`fatally shooting three people` killed them; `SHOOTING $1.7 million bond` is
        // a headline's event before another figure.)
        if w == "shooting"
            && k + 1 == f.first
            && f.dimension() == Dimension::Count
            && !head_is_thing
            && !matches!(v.w(k.wrapping_sub(1)), "a" | "the" | "this" | "that" | "'s")
            && !super::role::PART_DETERMINERS.contains(&v.w(k.wrapping_sub(1)))
        {
            return Some(
                if matches!(v.w(k.wrapping_sub(1)), "fatally" | "mortally") {
                    "killed"
                } else {
                    super::implicit::SHOT
                },
            );
        }
        // `fatally wounded`, `mortally injured`: the wounds killed.
        if matches!(w, "wounded" | "injured" | "wounding")
            && matches!(v.w(k.wrapping_sub(1)), "fatally" | "mortally")
        {
            return Some("killed");
        }
        // `hurt or killed`, `killed or wounded`: one count of two fates counts the
        // casualties, the dead and the wounded together.
        if v.w(k + 1) == "or" {
            let (a, b) = (word_predicate(w, lex), word_predicate(v.w(k + 2), lex));
            let fate = |p: Option<&str>| matches!(p, Some("killed" | "injured" | "shot"));
            if fate(a) && fate(b) && a != b {
                return Some("casualties");
            }
        }
        // `two windows were shot out`, `cars shot up`: things, not people, were hit.
        if w == "shot" && matches!(v.w(k + 1), "out" | "up") {
            return None;
        }
        // `shot dead`, `shot and killed`, `fatally shot`: the fate decides; so does `shot
        // and wounded`, `shot and left in critical condition`.
        if w == "shot" && v.w(k + 1) == "and" {
            let mut j = k + 2;
            if FATE_ADVERBS.contains(&v.w(j)) {
                j += 1;
            }
            let left = v.w(j) == "left"
                && v.w(j + 1) == "in"
                && matches!(v.w(j + 2), "critical" | "serious" | "stable" | "grave");
            if left || matches!(v.w(j), "wounded" | "injured" | "hurt") {
                return Some("injured");
            }
        }
        if w == "shot" {
            let fatal = matches!(v.w(k + 1), "dead")
                || (v.w(k + 1) == "and" && matches!(v.w(k + 2), "killed"))
                || (v.w(k + 1) == "to" && v.w(k + 2) == "death")
                || matches!(v.w(k.wrapping_sub(1)), "fatally" | "mortally");
            if fatal {
                return Some("killed");
            }
        }
        word_predicate(w, lex).filter(|p| weapon || head.is_none() || *p != "reached")
    };
    // Missiles and rounds are fired; people who `fired` are the shooters or those fired
    // upon (`three suspects fired shots into the crowd`, `firing into a crowd of 10
    // people`): the verb tells no fate of them, nor does a word past it.
    let fires_at_people = |k: usize| {
        head.is_some() && !head_is_thing && matches!(v.w(k), "fired" | "firing" | "fire" | "fires")
    };
    // `fired one shot at the man`, `heard two shots`: gunshots, not people shot.
    // (`only one shot was fired`, `two shots were heard`.)
    let fired = f.first > s.first && (is_firing(v.w(f.first - 1)) || v.w(f.first - 1) == "heard")
        || is_aux(v.w(f.last + 1)) && matches!(v.w(f.last + 2), "fired" | "heard" | "rang");
    if fired && matches!(v.w(f.last), "shot" | "shots") {
        return None;
    }
    // `a salvo of 16 missiles`, `the death toll of 43`: the noun the figure belongs to.
    if f.first >= s.first + 2 && v.w(f.first - 1) == "of" {
        if let Some(p) = pred_at(f.first - 2) {
            return Some(p);
        }
    }
    let mut after_start = head.map_or(f.last, |h| h + 1);
    // `Four boys between ages 12 and 16 were wounded`: the ages only describe them.
    if head.is_some() {
        after_start = age_span_end(v, s, after_start).unwrap_or(after_start);
    }
    // `11 of which struck`, `37 of whom were charged`.
    if head.is_none()
        && v.w(after_start) == "of"
        && matches!(v.w(after_start + 1), "which" | "whom" | "them" | "those")
    {
        after_start += 2;
    }
    // `Four men coming from a repast to honor a slain friend were shot`: a participle after
    // the noun starts a clause that only describes them; their verb is past it.
    let describing = v.w(after_start);
    if head.is_some() && describing.ends_with("ing") && word_predicate(describing, lex).is_none() {
        let aux = (after_start + 1..s.last.min(after_start + RELATIVE_REACH))
            .take_while(|&j| v.is_word(j))
            .find(|&j| is_aux(v.w(j)));
        if let Some(p) = aux.and_then(|a| passive_predicate(v, a, &pred_at)) {
            return Some(p);
        }
    }
    // The whole a part is taken from (`Two of three victims died`): the clause's verb is
    // the part's; only a participle right after is the whole's own (`one of 5 shot in the
    // bar died`).
    let of = if v.w(f.first.wrapping_sub(1)) == "the" {
        f.first.wrapping_sub(2)
    } else {
        f.first.wrapping_sub(1)
    };
    let whole_of_part = of > s.first
        && v.w(of) == "of"
        && crate::quantity::parse_number_at(v, of - 1, false).is_some_and(|m| m.last == of);
    let mut k = if whole_of_part {
        // Its own verb only in a relative clause (`of three people who were shot`) or a
        // participle with the clause's verb still to come (`one of 5 shot in the bar
        // died`; in `5 of the 12 jurors voted` the verb is the five's).
        let relative = matches!(v.w(after_start), "who" | "that") && is_aux(v.w(after_start + 1));
        if relative {
            if let Some(p) = passive_predicate(v, after_start + 1, &pred_at) {
                return Some(p);
            }
        }
        let verb_later = (after_start + 1..s.last)
            .take_while(|&j| v.is_word(j))
            .any(|j| is_aux(v.w(j)) || is_death_verb(v.w(j)));
        // (`Durham was one of five people shot`: the clause's verb came before the part.)
        let verb_before = (of.saturating_sub(5).max(s.first)..of - 1).any(|j| is_aux(v.w(j)));
        let participle = !is_aux(v.w(after_start))
            && !is_death_verb(v.w(after_start))
            && (verb_later || verb_before);
        if let Some(p) = pred_at(after_start).filter(|_| participle) {
            return Some(p);
        }
        s.last
    } else {
        after_start
    };
    let mut steps = 0;
    while k < s.last && steps < 5 {
        let w = v.w(k);
        if v.kind(k) != Some(TokenKind::Word) {
            // `Two men, ages 19 and 21, were wounded`: the noun's verb is past the
            // apposition, when the noun is the clause's subject (`who shot 4, including
            // 2 agents, is killed`: the 4 are the object of `shot`).
            let object = f.first > s.first && pred_at(f.first - 1).is_some();
            if w == "," && k == after_start && head.is_some() && !object {
                if let Some(p) = verb_after_apposition(v, s, k, &pred_at) {
                    return Some(p);
                }
            }
            if matches!(w, "," | ";" | ":" | "(" | ")" | "\"") {
                break;
            }
            k += 1;
            continue;
        }
        if fires_at_people(k) {
            return None;
        }
        if let Some(p) = pred_at(k) {
            // `the four suspects killed Vergen and Sanchez`, `Two gunmen shot three people`:
            // an active verb with an object makes the figure its agents, not its victims.
            if acts_on_object(v, s, after_start, k, lex) {
                return None;
            }
            // `Two men who were struck inside the shop died`: the clause's own verb tells
            // the fate the shooting had.
            // In `one of 5 shot in the bar died`, the death is the one's, not the five's.
            if p == super::implicit::SHOT && !whole_of_part && dies_in_clause(v, s, k + 1) {
                return Some("killed");
            }
            return Some(p);
        }
        // A preposition starts a phrase about something else (`detained 212 people during
        // the protests`).
        if matches!(
            w,
            "in" | "during"
                | "at"
                | "on"
                | "from"
                | "by"
                | "for"
                | "with"
                | "of"
                | "after"
                | "before"
                | "since"
                | "near"
                | "across"
                | "outside"
                | "inside"
        ) {
            // `three men were found with gunshot wounds`, `suffering from injuries`: the
            // phrase itself says they were hurt.
            // (Nouns only: `charged with wounding an officer` tells a charge.)
            if matches!(w, "with" | "from") {
                let hurt = (k + 1..s.last.min(k + 4)).any(|j| WOUND_NOUNS.contains(&v.w(j)));
                let charge = matches!(
                    v.w(k - 1),
                    "charged" | "accused" | "arrested" | "suspected" | "convicted"
                );
                if hurt && !charge {
                    return Some("injured");
                }
            }
            // `two men remain in custody`, `in police custody`: held (not `in custody of
            // their grandmother`).
            let custody = if v.w(k + 1) == "custody" {
                k + 1
            } else {
                k + 2
            };
            // The figure must be the one held: `the suspect who killed two teens is in
            // custody` holds the suspect.
            let held = matches!(
                v.w(k - 1),
                "remain" | "remains" | "remained" | "are" | "were" | "be"
            );
            if w == "in" && held && v.w(custody) == "custody" && v.w(custody + 1) != "of" {
                return Some("arrested");
            }
            // `left one dead and three others in the hospital`, `two men remain in
            // hospital`: patients there, with a verb of being or where the phrase ends the
            // clause (not `two nurses in the hospital said`).
            let hospital = (k + 1..k + 3).find(|&j| super::implicit::is_hospital(v.w(j)));
            if let Some(h) = hospital.filter(|_| w == "in") {
                let ends = !v.is_word(h + 1) || v.w(h + 1) == "and";
                if held || k == after_start && ends {
                    return Some("injured");
                }
            }
            // `Five people at the party were shot`: the phrase about the place ends at the
            // clause's verb, whose predicate is the figure's.
            if let Some(p) = verb_after_phrase(v, s, k, f.figure >= 2.0, &pred_at) {
                return Some(p);
            }
            break;
        }
        if !AUX.contains(w) && !v.is_capitalized(k) {
            steps += 1;
        }
        // `her 4 boys when she was shot`: another clause's verb is its own subject's. So is
        // that of a clause `that` opens with a subject of its own (`confirmed through
        // multiple sources that the body ... is the teen sought in the murder`), unlike a
        // relative clause (`three people that were killed`).
        let complement = w == "that"
            && matches!(
                v.w(k + 1),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "this"
                    | "he"
                    | "she"
                    | "they"
            );
        if matches!(w, "and" | "but" | "while") || SUBORDINATORS.contains(&w) || complement {
            break;
        }
        k += 1;
    }
    // Before: `killed more than 80`, `massacre of 43`, `death toll of 43`, `resulting in`.
    let mut k = f.first;
    let mut steps = 0;
    while k > s.first && steps < 6 {
        k -= 1;
        let w = v.w(k);
        if v.kind(k) == Some(TokenKind::Digits) {
            break;
        }
        if v.kind(k) != Some(TokenKind::Word) {
            if matches!(w, ";" | ":" | "(" | ")" | "\"") {
                break;
            }
            continue;
        }
        if fires_at_people(k) {
            return None;
        }
        if let Some(p) = pred_at(k) {
            // `fired shots at three officers`, `shot at two deputies`: targets, not the hit.
            let aimed = (k + 1..f.first).any(|j| {
                v.w(j) == "at"
                    && (j + 1..f.first).all(|d| {
                        matches!(
                            v.w(d),
                            "the" | "all" | "his" | "her" | "their" | "both" | "these" | "those"
                        ) || matches!(v.w(d), "a" | "group" | "crowd" | "of")
                            && v.phrase_at(j + 1, "a group of").is_some()
                            || v.phrase_at(j + 1, "a crowd of").is_some()
                    })
            });
            if aimed && is_firing(w) {
                return None;
            }
            // `shots were fired by three people`, `killed by two gunmen`: the agents of
            // the passive, not its victims.
            let by = (k + 1..f.first).any(|j| {
                v.w(j) == "by" && (j + 1..f.first).all(|d| matches!(v.w(d), "the" | "at"))
            });
            if by && (is_firing(w) || matches!(p, "killed" | "injured" | "shot")) {
                return None;
            }
            return Some(p);
        }
        // `the dead man had two sons`: a verb of having right before the figure is its
        // verb; what comes before it describes the subject, not the figure.
        if matches!(w, "had" | "has" | "have")
            && (k + 1..f.first).all(|j| matches!(v.w(j), "the" | "a" | "an"))
        {
            return None;
        }
        // `eight people were injured when two men opened fire`: the men are the subject of
        // another clause, which the verb before it does not reach.
        // (`fired at a car, with seven people inside`: a phrase set off by a comma.)
        let opens_figure = (CLAUSE_PREPOSITIONS.contains(&w)
            || w == "with" && v.w(k.wrapping_sub(1)) == ",")
            && (k + 1..f.first).all(|j| matches!(v.w(j), "the" | "a" | "an"));
        if matches!(w, "and" | "but" | "while") || SUBORDINATORS.contains(&w) || opens_figure {
            break;
        }
        if !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "to"
                | "has"
                | "have"
                | "had"
                | "of"
                | "from"
                | "risen"
                | "rose"
                | "climbed"
                | "stood"
                | "stands"
                | "is"
                | "was"
                | "at"
        ) {
            steps += 1;
        }
    }
    None
}

/// Whether the verb of harm at `k`, reached from a figure's noun ending at `from`, is
/// active and has an object of its own, so that the figure did the harm (`two gunmen shot
/// three people`, `two officers fatally shot a man`, `2 teens kill 1`) rather than
/// suffered it (`two men shot Sunday`, `two people shot a block from the school`).
fn acts_on_object(v: &View<'_>, s: &Sentence, from: usize, k: usize, lex: &Lexicon) -> bool {
    const PASSIVE: &[&str] = &[
        "were", "was", "are", "is", "been", "be", "being", "got", "get",
    ];
    // (`fatally shot a man`: the adverb is not the verb.)
    let k = if matches!(v.w(k), "fatally" | "mortally") {
        k + 1
    } else {
        k
    };
    let verb = v.w(k);
    // A headline's present tense is active: `Two gunmen kill man`, `2 teens kill 1`.
    let present = matches!(
        verb,
        "kill" | "kills" | "shoot" | "shoots" | "wound" | "wounds" | "stab" | "stabs"
    );
    let past = matches!(
        verb,
        "killed" | "shot" | "wounded" | "injured" | "stabbed" | "murdered"
    );
    if !(present || past) || (from..k).any(|j| PASSIVE.contains(&v.w(j))) || k + 1 >= s.last {
        return false;
    }
    // (Right after the noun: in `Three suffer gunshot wounds` the word is a noun.)
    if present {
        return k == from;
    }
    // `shot and killed a 24-year-old man`: the object follows the second verb.
    let mut o = k + 1;
    if verb == "shot" && v.w(o) == "and" && matches!(v.w(o + 1), "killed" | "wounded") {
        o += 2;
    }
    // A Title Case headline drops its auxiliaries (`Two Men Killed A Block Apart`): only
    // a counted person is an object there (`Two Gunmen Killed Three People`).
    let title = super::implicit::is_title_case(v, s);
    let next = v.w(o);
    let person_within = |j: usize, n: usize| {
        (j..s.last.min(j + n))
            .take_while(|&i| v.is_word(i) || v.w(i) == "-" || v.kind(i) == Some(TokenKind::Digits))
            .any(|i| super::implicit::is_person(v.w(i), lex))
    };
    let counted = crate::quantity::parse_number_at(v, o, false).filter(|m| {
        matches!(
            m.kind,
            crate::quantity::NumberKind::Digits | crate::quantity::NumberKind::Words
        )
    });
    match next {
        "him" | "her" | "them" => !title,
        // `a 24-year-old man`, `the boy`, `his wife`; not `a block from`, `the same night`.
        // (`one shot the other`.)
        "the" if v.w(o + 1) == "other" => !title,
        "a" | "an" | "another" | "the" | "his" | "their" => !title && person_within(o + 1, 7),
        // `shot at officers`, `shot at the two deputies`: they fired at them (not `shot at
        // a teen function`, `at Bunny Friend Playground`).
        "at" => {
            let j = if matches!(v.w(o + 1), "the" | "two" | "three" | "both") {
                o + 2
            } else {
                o + 1
            };
            verb == "shot"
                && !v.is_capitalized(j)
                && super::implicit::is_person(v.w(j), lex)
                && super::implicit::is_plural(v.w(j))
        }
        // `shot three people`, `shot 17-year-old Darnell Hayes`; not `shot 3 blocks from`,
        // `1 killed 3 others injured`, `shot three times`.
        _ if counted.is_some() => {
            let end = counted.map_or(o, |m| m.last);
            let aged = v.w(end) == "-" && v.w(end + 1) == "year";
            aged || person_within(end, 2) && v.w(end) != "others"
        }
        // A person's name, two or three capitalised words (`killed Ana Ruiz in`), or a
        // surname in a list (`killed Vergen and Sanchez`); not a holiday, a quarter of the
        // city or page furniture (`New Year's Eve`, `West Oakland`, `Updated:`).
        _ => {
            let end = (o + 1..o + 3)
                .find(|&j| !(v.is_word(j) && v.is_capitalized(j)))
                .unwrap_or(o + 3);
            let listed = end == o + 1 && v.w(end) == "and" && v.is_capitalized(end + 1);
            let full = end >= o + 2
                && (matches!(v.w(end), "and" | ",") || v.is_word(end) && !v.is_capitalized(end));
            !title
                && v.is_capitalized(o)
                // (`SAPD officials`: an agency's letters.)
                && v.raw(o).chars().skip(1).any(char::is_lowercase)
                && !lex.is_calendar_word(next)
                && !matches!(next, "north" | "south" | "east" | "west" | "new")
                && v.w(o + 1) != "of"
                && (o..end).all(|j| !v.raw(j).ends_with("'s") && v.w(j + 1) != "'")
                && (listed || full)
        }
    }
}

/// Whether `w` tells of firing a gun, which `at` aims at targets it may have missed.
fn is_firing(w: &str) -> bool {
    matches!(
        w,
        "shot" | "shots" | "shoot" | "shoots" | "shooting" | "fired" | "fire" | "firing" | "fires"
    )
}

/// After an apposition set off by commas right after the noun (`, ages 5 and 6,`,
/// `, including a 12-year-old boy,`), the predicate of the passive verb that follows it.
/// An apposition with a verb of its own (`, who were`, `, police said,`) is a clause, not
/// an apposition.
fn verb_after_apposition(
    v: &View<'_>,
    s: &Sentence,
    comma: usize,
    pred_at: &dyn Fn(usize) -> Option<&'static str>,
) -> Option<&'static str> {
    let aux = |j: usize| is_aux(v.w(j));
    // (Room for two parts with their ages: `victims, two females, 28 and 27, and one male,
    // 24, were`.)
    let end = s.last.min(comma + 16);
    // The comma before the verb closes it (a list of ages has commas of its own).
    // (`Two Milwaukee men, ages 25 and 26, died at the scene`: or a verb of death.)
    let died = |j: usize| is_death_verb(v.w(j));
    let close = (comma + 1..end).find(|&j| v.w(j) == "," && (aux(j + 1) || died(j + 1)))?;
    // (An adverb of fate is the apposition's own: `Four teens, one fatally, were shot`.)
    let clause = (comma + 1..close).any(|j| {
        aux(j)
            || matches!(v.w(j), "who" | "which" | "that" | "said" | "say" | "says")
            || pred_at(j).is_some() && !FATE_ADVERBS.contains(&v.w(j))
    });
    if clause {
        return None;
    }
    if died(close + 1) {
        return pred_at(close + 1);
    }
    passive_predicate(v, close + 1, pred_at)
}

/// The end of an age span right after a noun: `between the ages of 21 and 58`, `ages 12
/// to 16`, `aged 3 to 14 years old`.
fn age_span_end(v: &View<'_>, s: &Sentence, k: usize) -> Option<usize> {
    let mut j = k;
    if v.w(j) == "all" {
        j += 1;
    }
    if v.w(j) == "between" {
        j += 1;
        if v.w(j) == "the" {
            j += 1;
        }
    }
    if !matches!(v.w(j), "ages" | "aged" | "age") {
        return None;
    }
    j += 1;
    if v.w(j) == "of" {
        j += 1;
    }
    let low = crate::quantity::parse_number_at(v, j, false)?;
    j = low.last;
    if !matches!(v.w(j), "and" | "to" | "through" | "-") {
        return None;
    }
    let high = crate::quantity::parse_number_at(v, j + 1, false)?;
    j = high.last;
    if v.w(j) == "years" {
        j += 1;
        if v.w(j) == "old" {
            j += 1;
        }
    }
    (j < s.last).then_some(j)
}

/// `were`, `was`, `are`, `is`, `have` (`have been sickened`): the auxiliary of a passive
/// toll (`were killed`).
fn is_aux(w: &str) -> bool {
    matches!(w, "were" | "was" | "are" | "is" | "have" | "has")
}

/// The predicate of the passive verb after the auxiliary at `aux`, past the adverbs that
/// may stand between (`were later found`, `was reportedly shot`).
fn passive_predicate(
    v: &View<'_>,
    aux: usize,
    pred_at: &dyn Fn(usize) -> Option<&'static str>,
) -> Option<&'static str> {
    let mut j = aux + 1;
    while matches!(v.w(j), "been" | "later" | "also" | "all" | "reportedly") {
        j += 1;
    }
    pred_at(j)
}

/// After a prepositional phrase, the predicate of the passive verb that ends it
/// (`at the party were shot`), if the phrase ends within eight words.
fn verb_after_phrase(
    v: &View<'_>,
    s: &Sentence,
    k: usize,
    plural: bool,
    pred_at: &dyn Fn(usize) -> Option<&'static str>,
) -> Option<&'static str> {
    // (`injuring two people before he was fatally shot`: a clause of its own, as its
    // subject, or a verb that does not agree with the figure, tells.)
    let clause = CLAUSE_PREPOSITIONS.contains(&v.w(k));
    if clause && PRONOUNS.contains(&v.w(k + 1)) {
        return None;
    }
    let end = s.last.min(k + 8);
    // (Or a verb of death, which needs no auxiliary: `Two of the three men died`.)
    let died = |j: usize| is_death_verb(v.w(j));
    let aux = (k + 1..end).find(|&j| {
        is_aux(v.w(j))
            || died(j)
            || matches!(
                v.w(j),
                "," | ";" | "and" | "who" | "that" | "which" | "where" | "when"
            )
            || CLAUSE_PREPOSITIONS.contains(&v.w(j))
    })?;
    if died(aux) {
        return pred_at(aux);
    }
    if !is_aux(v.w(aux)) || clause && plural && matches!(v.w(aux), "was" | "is" | "has") {
        return None;
    }
    passive_predicate(v, aux, pred_at)
}

/// A verb of death that needs no auxiliary (`Two of the three men died`).
fn is_death_verb(w: &str) -> bool {
    matches!(w, "died" | "dies" | "die")
}

/// Subjects that open a clause of their own.
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "it", "we", "i", "you", "police", "someone",
];

/// Words that open a subordinate clause: a verb before one is not its subject's.
const SUBORDINATORS: &[&str] = &[
    "when", "because", "where", "whereas", "if", "although", "though", "once",
];

/// Prepositions that also open a clause: `injured after two men opened fire`, but `shot in
/// Chicago since Friday rose to 40`. They open the figure's clause only right before it.
const CLAUSE_PREPOSITIONS: &[&str] = &["after", "before", "since", "until", "as"];

/// Words besides [`SUBORDINATORS`] and [`CLAUSE_PREPOSITIONS`] that end the clause a verb
/// of fate is read in (`three shot and one died`, `eight shot, including one fatally`).
const CLAUSE_BREAKS: &[&str] = &[
    "and",
    "but",
    "while",
    "or",
    "who",
    "that",
    "which",
    "including",
];

/// Words after `were hit` that keep the sentence about the hit people (a place, a time).
const PLACE_OR_TIME_AFTER: &[&str] = &[
    "in", "at", "on", "inside", "outside", "near", "while", "during", "early", "late", "shortly",
    "as", "when", "after", "before",
];

/// Whether the people of a verb of harm died, told in its own clause from token `from`:
/// `struck by gunfire and killed`, `who were shot in the head died`. Only verbs of dying
/// count (`deadly`, `fatally` may tell of a part), and the clause ends at punctuation or
/// a word that opens another (`shot outside a bar where a man was killed`), but for `and`
/// right before the verb (`shot and killed`).
fn dies_in_clause(v: &View<'_>, s: &Sentence, from: usize) -> bool {
    death_in_clause(v, s, from).is_some()
}

/// The token of the verb of dying [`dies_in_clause`] finds.
pub(crate) fn death_in_clause(v: &View<'_>, s: &Sentence, from: usize) -> Option<usize> {
    let mut j = from;
    while j < s.last.min(from + 8) && v.is_word(j) {
        let w = v.w(j);
        if w == "and" && is_dying(v.w(j + 1)) {
            return Some(j + 1);
        }
        if ends_clause(w) {
            return None;
        }
        if is_dying(w) {
            return Some(j);
        }
        j += 1;
    }
    None
}

/// `of the victims`, `of his friends` with `of` at `k`: the token of the people a part is
/// taken from.
pub(crate) fn part_people(v: &View<'_>, s: &Sentence, k: usize, lex: &Lexicon) -> Option<usize> {
    if v.w(k) != "of" {
        return None;
    }
    let mut j = k + 1;
    if super::role::PART_DETERMINERS.contains(&v.w(j)) {
        j += 1;
    }
    (j < s.last && super::implicit::is_person(v.w(j), lex)).then_some(j)
}

/// Whether a word tells that people died (`died`, `killed`, `dead`).
pub(crate) fn is_dying(w: &str) -> bool {
    matches!(w, "died" | "dies" | "killed" | "dead")
}

/// Whether a word ends the clause a verb of fate is read in.
pub(crate) fn ends_clause(w: &str) -> bool {
    [CLAUSE_BREAKS, SUBORDINATORS, CLAUSE_PREPOSITIONS]
        .iter()
        .any(|words| words.contains(&w))
}

/// Whether a word is a cartridge case, which stems to `case` as an infection does.
fn is_casing(w: &str) -> bool {
    matches!(w, "casing" | "casings")
}

/// The predicate of one word, with the risky forms spelled out (`last` alone is a date word,
/// `lasted` is a duration verb).
pub(crate) fn word_predicate(w: &str, lex: &Lexicon) -> Option<&'static str> {
    if is_casing(w) {
        return None;
    }
    match w {
        "lasted" | "lasting" | "lasts" | "long" => return Some("lasted"),
        "safely" | "safety" | "alive" => return Some("rescued"),
        "last" | "lives" | "claim" | "struck" | "claims" | "case" | "fire" | "point" | "points"
        | "run" | "land" | "hit" | "held" | "test" | "march" | "march," | "fine" | "live"
        | "living" | "lived" | "seat" | "won" | "win" | "cut" | "job" | "jobs" | "report"
        | "reported" | "missing," => {
            return match w {
                "hit" | "struck" => Some("reached"),
                "won" | "win" => Some("won"),
                _ => None,
            }
        }
        _ => {}
    }
    lex.predicate(w)
}

/// Builds the subject of a figure.
pub(crate) fn subject(v: &View<'_>, s: &Sentence, f: &Figure) -> (Subject, Option<usize>) {
    let lex = Lexicon::get();
    let dim = f.dimension();
    let head = if dim == Dimension::Count || dim == Dimension::Duration || dim == Dimension::Money {
        head_after(v, s, f, lex)
    } else {
        None
    };
    // `a four-storey block`, `a 12-member team`: the figure counts storeys or members, and
    // what happens to the block is not what happens to them.
    // So is `the 200 person crowd`, written without its hyphen: a person noun in the
    // singular after a plural figure sizes the noun after it.
    let (noun, next) = (f.last, f.last + 1);
    let unhyphenated = dim == Dimension::Count
        && f.figure >= 2.0
        && matches!(
            f.kind,
            crate::quantity::NumberKind::Digits | crate::quantity::NumberKind::Words
        )
        && next < s.last
        && matches!(v.w(noun), "person" | "man" | "woman" | "member")
        && v.is_word(next)
        && v.raw(next).chars().all(|c| c.is_ascii_lowercase())
        && lex.predicate(v.w(next)).is_none()
        && !CLAUSE_WORDS.contains(&v.w(next));
    if unhyphenated {
        return (
            Subject {
                noun: Some(lex.stem(v.w(next)).to_string()),
                class: None,
                predicate: None,
                label: v.w(next).to_string(),
            },
            head,
        );
    }
    if dim == Dimension::Count
        && v.w(f.last) == "-"
        && v.glued(f.last)
        && v.is_word(f.last + 1)
        && v.glued(f.last + 1)
    {
        let unit = singular(v.w(f.last + 1));
        let label = match head {
            Some(h) if h > f.last + 1 => format!("{unit}s ({})", v.w(h)),
            _ => format!("{unit}s"),
        };
        return (
            Subject {
                noun: Some(lex.stem(&unit).to_string()),
                class: None,
                predicate: None,
                label,
            },
            head,
        );
    }
    let head_word = head.map(|h| v.w(h));
    let head_stem = head_word.map(|w| lex.stem(w).to_string());
    let mut predicate = head_stem
        .as_deref()
        .and_then(noun_predicate)
        .filter(|_| !head_word.is_some_and(is_casing));
    let weapon = head_stem
        .as_deref()
        .is_some_and(|st| lex.noun_classes.get(st) == Some(&"weapon"));
    // Casings are found, not hurt: no fate told near them is theirs.
    if predicate.is_none() && !head_word.is_some_and(is_casing) {
        predicate = find_predicate(v, s, f, head, weapon, lex);
        // `Two fatal fires killed four people`: a count of events is not the toll they
        // took.
        let events = head_word.is_some_and(|w| w.ends_with('s') && lex.event(w).is_some());
        if events && matches!(predicate, Some("killed" | "injured" | "shot")) {
            predicate = None;
        }
    }
    // `3 shot, 1 dead`, `7 wounded`: the participle after the figure says what happened
    // to them.
    // Such a head names no noun: `7 wounded` are people wounded.
    let mut noun = head_stem.clone();
    if predicate.is_none() && head_word.is_some_and(is_participle) {
        predicate = head_word.and_then(|w| word_predicate(w, lex));
        if predicate.is_some() {
            noun = None;
        }
    }
    let mut class: Option<String> = None;
    match dim {
        Dimension::Count => {
            if let Some(st) = head_stem.as_deref() {
                let word = head_word.unwrap_or("");
                if let Some(g) = lex
                    .person_subgroup
                    .get(st)
                    .or_else(|| lex.person_subgroup.get(word))
                {
                    // A part of a population: grouping keeps it apart by this noun.
                    class = Some("person".into());
                    noun = Some((*g).to_string());
                } else if lex.person_general.contains(st)
                    || lex.person_roles.contains(st)
                    || lex.person_roles.contains(word)
                    || word == "people"
                {
                    class = Some("person".into());
                } else if let Some(c) = lex.noun_classes.get(st) {
                    class = Some((*c).into());
                }
            }
            // `killed more than 80`, `mineworkers killed`: what is killed or hurt is people.
            if class.is_none() && predicate.is_some_and(is_person_predicate) {
                class = Some("person".into());
            }
            // `shot three times`, `multiple gunshot wounds`, `two shootings`: hits and
            // events, not victims.
            // (`3 shot` is a participle: the three were shot.)
            if head_stem.as_deref().is_some_and(is_hit_stem)
                && !head_word.is_some_and(is_participle)
            {
                predicate = None;
                if class.as_deref() == Some("person") {
                    class = None;
                }
            }
            if class.as_deref() == Some("person") && predicate == Some("lost") {
                predicate = Some("killed");
            }
            if f.kind == crate::quantity::NumberKind::Ordinal {
                class = Some("time".into());
                noun = Some("time".into());
            }
        }
        Dimension::Duration => {
            // What lasted: an event noun after (`two-hour meeting`) or the nearest before.
            noun = head_word
                .and_then(|w| lex.event(w))
                .filter(|e| is_durable(e))
                .map(str::to_string);
            // A compound names what lasted, event word or not (`a five-hour standoff`,
            // `a 20-minute delay`): not an event a few words off.
            if noun.is_none() && f.compound {
                noun = head_stem.clone().filter(|w| !STOP.contains(w.as_str()));
            }
            if noun.is_none() {
                noun = nearest_event(v, s, f, lex).map(str::to_string);
            }
            // `Talks between ... lasted about three hours`: the event is the clause's subject,
            // however long the clause.
            if noun.is_none() && LENGTH_VERBS.contains(&v.w(f.first.wrapping_sub(1))) {
                noun = (s.first..f.first)
                    .rev()
                    .find_map(|k| lex.event(v.w(k)).filter(|e| is_durable(e)))
                    .map(str::to_string);
            }
            if noun.is_none() {
                noun = subject_noun(v, s, f, lex);
            }
            // `three days after the shooting`, `two hours later`, `10 minutes ago`: time
            // between two moments, not the length of anything; what it counts from is its
            // noun (`after the shooting`: the attack), else none.
            // (`fought the fire for fourteen hours before it was under control` is a length,
            // `sentenced to 25 years after pleading guilty` a term, `waited two hours before`
            // a wait.)
            let before = v.w(f.first.wrapping_sub(1));
            let length = matches!(before, "for" | "to" | "spent" | "spending" | "served")
                || LENGTH_VERBS.contains(&before);
            let offset = OFFSET_WORDS.iter().find(|(w, _)| *w == v.w(f.last));
            if let Some(&(word, direction)) = offset.filter(|_| !f.compound && !length) {
                if matches!(predicate, None | Some("lasted")) {
                    noun = matches!(word, "after" | "before" | "since")
                        .then(|| {
                            (f.last + 1..s.last.min(f.last + 4)).find_map(|k| lex.event(v.w(k)))
                        })
                        .flatten()
                        .map(str::to_string);
                    predicate = Some(direction);
                }
            }
            class = noun.clone();
            if predicate.is_none() && noun.is_some() && f.compound {
                predicate = Some("lasted");
            }
            if predicate.is_none() && noun.is_some() {
                predicate = Some("lasted");
            }
        }
        _ => {
            noun = measure_noun(v, s, f, lex).map(str::to_string);
            if noun.is_none() && dim == Dimension::Percent && predicate == Some("won") {
                noun = Some("vote share".into());
            }
            if noun.is_none() {
                if let Some(w) = head_word {
                    class = lex.event(w).map(str::to_string);
                }
            }
        }
    }
    if dim == Dimension::Duration
        && !matches!(
            predicate,
            Some("lasted" | "waited" | "elapsed" | "preceding")
        )
    {
        predicate = Some("lasted");
    }
    // A participle head (`7 wounded`) is labelled by what happened: `people injured`.
    let named = head.filter(|_| noun.is_some() || !head_word.is_some_and(is_participle));
    let label = label(v, dim, named, predicate, noun.as_deref());
    (
        Subject {
            noun,
            class,
            predicate: predicate.map(str::to_string),
            label,
        },
        head,
    )
}

/// What a percentage, temperature or amount of money measures: `64% of the vote`, or the
/// nearest measure noun before it in its clause (`turnout was 64%`, `the mercury hit
/// 104F`), or just after it.
fn measure_noun(v: &View<'_>, s: &Sentence, f: &Figure, lex: &Lexicon) -> Option<&'static str> {
    let mut k = f.last;
    if v.w(k) == "of" {
        k += 1;
        while matches!(
            v.w(k),
            "the" | "a" | "an" | "its" | "their" | "all" | "registered" | "eligible"
        ) {
            k += 1;
        }
        if let Some(m) = (k < s.last).then(|| lex.measure(v.w(k))).flatten() {
            return Some(m);
        }
    }
    let mut k = f.first;
    let mut words = 0;
    while k > s.first && words < 10 {
        k -= 1;
        let w = v.w(k);
        if matches!(w, ";" | ":" | "\"" | "(") || (w == "," && words > 0) {
            break;
        }
        if v.is_word(k) {
            if let Some(m) = lex.measure(w) {
                return Some(m);
            }
            words += 1;
        }
    }
    (f.last..s.last.min(f.last + 4))
        .filter(|&k| v.is_word(k))
        .find_map(|k| lex.measure(v.w(k)))
}

/// Events that last (a meeting, a war, a flight), unlike those that happen at once (a deal).
fn is_durable(e: &str) -> bool {
    !matches!(
        e,
        "deal" | "election" | "collapse" | "landslide" | "sinking" | "crash" | "trial"
    )
}

/// The noun that did the lasting, when no event noun is near: the subject before the verb
/// (`the spacewalk lasted an hour`), as a stem.
fn subject_noun(v: &View<'_>, s: &Sentence, f: &Figure, lex: &Lexicon) -> Option<String> {
    let mut k = f.first;
    let mut steps = 0;
    while k > s.first && steps < 6 {
        k -= 1;
        steps += 1;
        let w = v.w(k);
        if !v.is_word(k) {
            if v.raw(k) == "'" || (v.raw(k) == "-" && v.glued(k)) {
                continue;
            }
            return None;
        }
        let verbish = w.ends_with("ed")
            || w.ends_with("ing")
            || matches!(
                w,
                "fell"
                    | "rose"
                    | "went"
                    | "came"
                    | "ran"
                    | "kept"
                    | "held"
                    | "sat"
                    | "stood"
                    | "met"
                    | "saw"
                    | "seen"
                    | "left"
                    | "began"
                    | "lay"
                    | "on"
                    | "in"
                    | "at"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "for"
                    | "after"
                    | "spent"
                    | "took"
                    | "lasted"
                    | "of"
                    | "about"
                    | "around"
                    | "almost"
                    | "nearly"
                    | "over"
                    | "than"
                    | "more"
                    | "just"
                    | "some"
                    | "last"
                    | "lasts"
                    | "has"
                    | "had"
                    | "have"
                    | "been"
                    | "only"
            );
        if verbish || STOP.contains(w) || lex.cardinals.contains_key(w) {
            continue;
        }
        if v.is_capitalized(k) && k > s.first {
            if lex.is_calendar_word(w) {
                continue;
            }
            return None;
        }
        return Some(lex.stem(w).to_string());
    }
    None
}

/// The event noun nearest to the figure in its sentence.
fn nearest_event<'l>(v: &View<'_>, s: &Sentence, f: &Figure, lex: &'l Lexicon) -> Option<&'l str> {
    let mut best: Option<(usize, &str)> = None;
    // Only words within 8 tokens count, so only those are looked at (each is stemmed).
    for k in s.first.max(f.first.saturating_sub(8))..s.last.min(f.last + 8) {
        if (f.first..f.last).contains(&k) || !v.is_word(k) {
            continue;
        }
        if let Some(e) = lex.event(v.w(k)).filter(|e| is_durable(e)) {
            let d = if k < f.first {
                f.first - k
            } else {
                k - f.last + 1
            };
            if d <= 8 && best.is_none_or(|b| d < b.0) {
                best = Some((d, e));
            }
        }
    }
    best.map(|b| b.1)
}

fn label(
    v: &View<'_>,
    dim: Dimension,
    head: Option<usize>,
    predicate: Option<&str>,
    noun: Option<&str>,
) -> String {
    let head_text = head.map(|h| singular_plural(v.w(h)));
    // `people casualties` reads as `people killed or injured`.
    let predicate = predicate.map(|p| {
        if p == "casualties" {
            "killed or injured"
        } else {
            p
        }
    });
    match dim {
        Dimension::Count => match (head_text, predicate) {
            (Some(h), Some(p)) if noun_predicate(&Lexicon::get().stem(&h)).is_none() => {
                format!("{h} {p}")
            }
            (Some(h), _) => h,
            (None, Some(p)) => format!("people {p}"),
            (None, None) => "count".into(),
        },
        Dimension::Duration => match (noun, predicate) {
            (Some(n), Some("waited")) => format!("wait for {n}"),
            (Some(n), Some("elapsed")) => format!("time after {n}"),
            (Some(n), Some("preceding")) => format!("time before {n}"),
            (None, Some("elapsed" | "preceding")) => "time elapsed".into(),
            (Some(n), _) => format!("length of {n}"),
            (None, _) => "duration".into(),
        },
        _ => match head_text {
            Some(h) => format!("{} ({h})", dim.as_str()),
            None => dim.as_str().into(),
        },
    }
}

fn singular_plural(w: &str) -> String {
    w.to_string()
}
