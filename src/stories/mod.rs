//! Stories: which documents report the same real-world event.
//!
//! A feed holds many events of one kind (a city's shootings, two earthquakes in one
//! country), so claims are grouped only within a story, and stories come from what
//! identifies an event rather than from what kind of event it is.
//!
//! # Model
//! Each document gets a [`Fingerprint`] at extraction: sentence by sentence, the names it
//! holds (people, with those beside an age or named again by surname alone marked as the
//! story's own; officials named with a title; places and institutions), street addresses,
//! its words (stemmed), and the dates it names in full. Over the whole feed:
//!
//! 1. **Furniture.** A sentence whose shape (names and numbers blanked) recurs in
//!    [`StoryOptions::furniture_documents`] documents or more, and a headline segment that
//!    recurs as is (a masthead), is page furniture and says nothing of the event.
//! 2. **Rarity.** Features are weighted by kind and by how rare they are in the feed: a
//!    victim's name or `3100 block of Fidelia Drive` counts for a lot, `Chicago` little, a
//!    word in a tenth of the feed nothing.
//! 3. **Candidates.** Only documents sharing a rare name, person or address
//!    (at most [`StoryOptions::candidate_max_documents`] documents have it) are compared:
//!    an inverted index, never all pairs. Shared words alone never make a candidate, so
//!    the kind of event on its own never joins two documents.
//! 4. **Similarity** of two candidates: the cosine of their weighted names and of their
//!    words; documents published within [`StoryOptions::window_days`] of each other gain
//!    [`StoryOptions::same_days_bonus`]; documents published further apart stay apart
//!    unless they share a person or an address of the story. Two documents that each name
//!    people or addresses but share none lose [`StoryOptions::stranger_penalty`]; two not
//!    both dated whose leads give the event other days of the week lose
//!    [`StoryOptions::weekday_penalty`].
//! 5. **Average linkage**: the two closest clusters merge while their average similarity
//!    reaches [`StoryOptions::join`] ([`StoryOptions::join_with_key`] when some of their
//!    documents share a person or an address).
//!
//! ```
//! use crosscheck::stories::{stories, Fingerprint, StoryOptions};
//! let texts = [
//!     "Boy, 15, killed\n\nKevin Barbee, 15, was shot at the Burning Tree Apartments on Tuesday. Barbee died at Summit Medical Center.",
//!     "Teen charged\n\nKaemon Robinson was charged in the death of Kevin Barbee, 15, at the Burning Tree Apartments. Barbee was a sophomore.",
//!     "Two hurt\n\nTwo men were wounded in the 4800 block of West Ohio Street, police said. Neither man was named.",
//! ];
//! let fps: Vec<Fingerprint> = texts.iter().map(|t| Fingerprint::of(t)).collect();
//! let found = stories(&fps, &[None, None, None], &StoryOptions::default());
//! assert_eq!(found.len(), 2);
//! assert_eq!(found[0].documents, [0, 1]);
//! assert_eq!(found[0].label, "Kevin Barbee");
//! ```

mod cluster;
mod fingerprint;
mod lexicon;
pub mod parts;

use fingerprint::name_hash;
pub use fingerprint::Fingerprint;
pub(crate) use fingerprint::Kind;

use crate::quantity::lexicon::HashMap;
use serde::{Deserialize, Serialize};

/// Options for story clustering, with documented defaults.
#[derive(Debug, Clone)]
pub struct StoryOptions {
    /// Documents a sentence shape or headline segment must recur in to be page furniture
    /// (default 4).
    pub furniture_documents: usize,
    /// Most documents a feature may have and still propose candidate pairs (default 50).
    pub candidate_max_documents: usize,
    /// Feeds of at most this many documents compare every pair of documents (default 64).
    pub small_feed: usize,
    /// Most documents a person or address may have and still be the story's own, which
    /// lowers the bar to [`StoryOptions::join_with_key`] (default 8): someone in many
    /// documents (a star, a team, a spokesman) is in many events.
    pub key_max_documents: usize,
    /// Share of the feed above which a feature says nothing at all (default 0.1).
    pub max_document_share: f64,
    /// Documents a small feed is read as part of when weighing rarity (default 50): among
    /// five articles a name two of them share is still rare.
    pub background_documents: usize,
    /// How many times a feature of the headline or lead counts (default 2).
    pub lead_weight: u32,
    /// Weight of names against words in the similarity, 0 to 1 (default 0.5).
    pub name_share: f64,
    /// Days between publications within which documents are read as close in time
    /// (default 5).
    pub window_days: i64,
    /// Similarity added for documents published within the window (default 0.2), scaled by
    /// the share of the feed's pairs that are not: in a feed of one week, being published
    /// in the same week tells nothing.
    pub same_days_bonus: f64,
    /// Average similarity at which a document that names nothing of its event (no person,
    /// place or name) joins the closest story rather than standing alone (default 0.1).
    pub nameless_join: f64,
    /// Similarity taken from documents that each name people or addresses but share none
    /// of them (default 0.1).
    pub stranger_penalty: f64,
    /// Similarity taken besides from such documents when both give a street address and
    /// none is the same (default 0.1): an event happens at one address.
    pub address_penalty: f64,
    /// Similarity taken from two documents not both dated whose headlines and leads name
    /// days of the week, none the same or a day apart (default 0.1).
    pub weekday_penalty: f64,
    /// Average similarity at which two clusters of documents merge (default 0.35).
    pub join: f64,
    /// The same when some of their documents share a person or an address of the story
    /// (default 0.1).
    pub join_with_key: f64,
    /// Fewest distinct words a document's prose needs for its similarity to count in
    /// full (default 8); with fewer, it is scaled by the square root of the share it has.
    /// A headline alone over a video shares its city and a verb with any story of its
    /// city, and scaled up to unit length those few words would read as the same story.
    /// Feeds of at most [`StoryOptions::small_feed`] documents are not scaled.
    pub thin_evidence: f64,
    /// How many people of the story (each named by [`StoryOptions::key_max_documents`]
    /// documents) a document's names must weigh for their similarity to count in full
    /// (default 1); lighter names, a city alone, count for their share. Two reports that
    /// name only their city are not one story because no other name tells them apart.
    /// Feeds of at most [`StoryOptions::small_feed`] documents are not scaled.
    pub name_evidence: f64,
    /// Weights of the kinds of features: words, words of names, names, institutions,
    /// people, officials, addresses, figures (defaults 1, 1, 2, 0.5, 2, 0.5, 2, 1).
    pub weights: KindWeights,
}

/// Weights of the kinds of evidence; see [`StoryOptions::weights`].
#[derive(Debug, Clone, Copy)]
pub struct KindWeights {
    /// A word of the text (compared apart from names).
    pub term: f64,
    /// One word of a name.
    pub name_word: f64,
    /// A name of two or more words that is not a person's nor an institution's.
    pub name: f64,
    /// The name of an institution or a place many stories share (`Mount Sinai Hospital`).
    pub institution: f64,
    /// A person the story is about.
    pub person: f64,
    /// An official or reporter named with a title.
    pub official: f64,
    /// A street address.
    pub address: f64,
    /// A figure in digits.
    pub number: f64,
}

impl Default for StoryOptions {
    fn default() -> Self {
        StoryOptions {
            furniture_documents: 4,
            candidate_max_documents: 50,
            small_feed: 64,
            key_max_documents: 8,
            max_document_share: 0.1,
            background_documents: 50,
            lead_weight: 2,
            name_share: 0.5,
            window_days: 5,
            same_days_bonus: 0.2,
            nameless_join: 0.1,
            stranger_penalty: 0.1,
            address_penalty: 0.1,
            weekday_penalty: 0.1,
            join: 0.35,
            join_with_key: 0.1,
            thin_evidence: 8.0,
            name_evidence: 1.0,
            weights: KindWeights {
                term: 1.0,
                name_word: 1.0,
                name: 2.0,
                institution: 0.5,
                person: 2.0,
                official: 0.5,
                address: 2.0,
                number: 1.0,
            },
        }
    }
}

impl StoryOptions {
    fn weight(&self, kind: Kind) -> f64 {
        let w = &self.weights;
        match kind {
            Kind::Term => w.term,
            Kind::NameWord => w.name_word,
            Kind::Name => w.name,
            Kind::Institution => w.institution,
            Kind::Person => w.person,
            Kind::Alias | Kind::Aged => 0.0,
            Kind::Official => w.official,
            Kind::Address | Kind::Street => w.address,
            Kind::Number => w.number,
        }
    }
}

/// Documents that report one real-world event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Story {
    /// What identifies it, for people: the name its documents mention most among those
    /// not given mostly by other stories' documents, else the first document's headline.
    pub label: String,
    /// Indices of its documents in the input, ascending.
    pub documents: Vec<usize>,
}

/// Clusters documents into stories; see the [module docs](self). `days[i]` is document
/// `i`'s publication day ([`crate::Date::days`]) when known. Stories come in the order of
/// their first document; every document is in exactly one.
pub fn stories(fps: &[Fingerprint], days: &[Option<i64>], opts: &StoryOptions) -> Vec<Story> {
    let refs: Vec<&Fingerprint> = fps.iter().collect();
    stories_of(&refs, days, opts)
}

/// [`stories`] over borrowed fingerprints.
pub(crate) fn stories_of(
    fps: &[&Fingerprint],
    days: &[Option<i64>],
    opts: &StoryOptions,
) -> Vec<Story> {
    let n = fps.len();
    let days: Vec<Option<i64>> = (0..n).map(|i| days.get(i).copied().flatten()).collect();
    let label_of = cluster::cluster(fps, &days, opts);
    // How many documents of the feed give each label name.
    let mut feed: HashMap<u64, usize> = HashMap::default();
    for fp in fps {
        for &(h, _) in &fp.names {
            *feed.entry(h).or_default() += 1;
        }
    }
    let mut by_first: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (d, &l) in label_of.iter().enumerate() {
        by_first.entry(l).or_default().push(d);
    }
    by_first
        .into_values()
        .map(|documents| {
            let members: Vec<&Fingerprint> = documents.iter().map(|&d| fps[d]).collect();
            Story {
                label: label_in_feed(&members, &|h| feed.get(&h).copied().unwrap_or(0)),
                documents,
            }
        })
        .collect()
}

/// A story's label from its documents' fingerprints, in input order: the name most
/// mentioned across them, preferring names two or more of them use; else the first
/// document's headline.
pub fn label(fps: &[&Fingerprint]) -> String {
    label_in_feed(fps, &|_| 0)
}

/// [`label`] of a story within a feed where `feed(h)` documents give name `h` (of
/// [`Fingerprint::label_names`]): a name most of whose documents are in other stories (a
/// site's `Close Get` button, `South Side`) tells this story from none of them, and is
/// passed over.
pub fn label_in_feed(fps: &[&Fingerprint], feed: &dyn Fn(u64) -> usize) -> String {
    let mut seen: HashMap<u64, (usize, usize, &str)> = HashMap::default();
    for (order, fp) in fps.iter().enumerate() {
        for (rank, (h, shown)) in fp.names.iter().enumerate() {
            let e = seen
                .entry(*h)
                .or_insert((0, order * 64 + rank, shown.as_str()));
            e.0 += 1;
        }
    }
    let best = seen
        .iter()
        .filter(|(h, e)| feed(**h) <= 2 * e.0)
        .map(|(_, e)| e)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|e| e.2.to_string());
    best.unwrap_or_else(|| {
        let head = fps.first().map(|fp| fp.headline.as_str()).unwrap_or("");
        shorten(head, 80)
    })
}

/// `s` cut at a word boundary to at most `max` characters, with `...` when cut.
fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > max.saturating_sub(3) {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push_str("...");
    out
}

/// The stories of a feed, and which story each claim is about.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// The stories found, each document in exactly one, in the order of their first
    /// document.
    pub stories: Vec<Story>,
    /// Each document's story (an index into `stories`).
    pub of_document: Vec<usize>,
    /// For each person or street a lead names (see [`Fingerprint::lead_names`]): the one
    /// story whose leads name it and in how many of its documents, or `None` when the
    /// leads of several stories do.
    lead_names: HashMap<u64, Option<(usize, usize)>>,
    /// Each document's publication day, when known.
    days: Vec<Option<i64>>,
    /// Each story's first and last publication day, when any is known.
    spans: Vec<Option<(i64, i64)>>,
    /// [`StoryOptions::window_days`].
    window: i64,
}

/// Fewest documents of a story whose leads must name a person or street before a sentence
/// elsewhere naming it is taken to be about that story: one lead could be a passing
/// mention.
const NAMED_BY_LEADS: usize = 2;

impl Stories {
    /// Stories over documents (see [`stories`]).
    pub fn find(fps: &[&Fingerprint], days: &[Option<i64>], opts: &StoryOptions) -> Stories {
        let stories = stories_of(fps, days, opts);
        let mut of_document = vec![0; fps.len()];
        for (s, story) in stories.iter().enumerate() {
            for &d in &story.documents {
                of_document[d] = s;
            }
        }
        let mut lead_names: HashMap<u64, Option<(usize, usize)>> = HashMap::default();
        for (d, fp) in fps.iter().enumerate() {
            let story = of_document[d];
            let mut seen: Vec<u64> = fp.lead_names().to_vec();
            seen.sort_unstable();
            seen.dedup();
            for h in seen {
                let e = lead_names.entry(h).or_insert(Some((story, 0)));
                *e = match *e {
                    Some((s, n)) if s == story => Some((s, n + 1)),
                    _ => None,
                };
            }
        }
        let days: Vec<Option<i64>> = (0..fps.len())
            .map(|d| days.get(d).copied().flatten())
            .collect();
        let spans = stories
            .iter()
            .map(|story| {
                let ds = story.documents.iter().filter_map(|&d| days[d]);
                ds.clone().min().zip(ds.max())
            })
            .collect();
        Stories {
            stories,
            of_document,
            lead_names,
            days,
            spans,
            window: opts.window_days,
        }
    }

    /// What the leads of the feed say of the name `hash` (see [`named_story`]).
    fn lead_entry(&self, hash: u64) -> Option<Option<LeadEntry>> {
        self.lead_names.get(&hash).map(|e| {
            e.map(|(story, documents)| LeadEntry {
                story: story as u64,
                documents,
                span: self.spans.get(story).copied().flatten(),
            })
        })
    }

    /// See [`named_story`].
    fn named_story(&self, document: usize, own: usize, claim: &crate::Claim) -> Option<usize> {
        named_story(
            &claim_name_hashes(claim),
            own as u64,
            self.days.get(document).copied().flatten(),
            &|h| self.lead_entry(h),
            self.window,
        )
        .map(|s| s as usize)
    }

    /// The story a claim of document `document` is about: the document's story, or, for
    /// a figure of another time (an earlier event, a running total, a year before the
    /// document's own `now_year`), the background of that story: `stories.len() + s` for
    /// story `s` (see [`Stories::background_of`]).
    pub fn story_of(&self, document: usize, claim: &crate::Claim, now_year: Option<i32>) -> usize {
        let own = self.of_document.get(document).copied().unwrap_or(0);
        if let Some(other) = self.named_story(document, own, claim) {
            other
        } else if is_background(claim, now_year) {
            self.stories.len() + own
        } else {
            own
        }
    }

    /// Every claim's story ([`Stories::story_of`]): `per_doc[d]` are document `d`'s claims,
    /// `now_year(d)` the year it is read as of.
    pub fn attribute<C: AsRef<[crate::Claim]>>(
        &self,
        per_doc: &[C],
        now_year: &dyn Fn(usize) -> Option<i32>,
    ) -> Vec<Vec<usize>> {
        let mut out: Vec<Vec<usize>> = per_doc
            .iter()
            .enumerate()
            .map(|(d, claims)| {
                let now = now_year(d);
                claims
                    .as_ref()
                    .iter()
                    .map(|c| self.story_of(d, c, now))
                    .collect()
            })
            .collect();
        let n = self.stories.len();
        retell(per_doc, &mut out, &|s| s.checked_sub(n));
        out
    }

    /// The stories of `documents` (each story they touch, with those of its documents
    /// that are among them), renumbered in the order of their first document there, with
    /// documents numbered by their position in `documents`; and for each old story index
    /// (backgrounds included, as [`Stories::story_of`] numbers them) its new index.
    /// For the report's records only: the result has no lead names, so
    /// [`Stories::story_of`] on it finds no named story.
    pub(crate) fn restricted(&self, documents: &[usize]) -> (Stories, Vec<Option<usize>>) {
        let n = self.stories.len();
        let mut new_of_story: Vec<Option<usize>> = vec![None; 2 * n];
        let mut kept: Vec<usize> = Vec::new();
        for &d in documents {
            let s = self.of_document[d];
            if new_of_story[s].is_none() {
                new_of_story[s] = Some(kept.len());
                kept.push(s);
            }
        }
        let position: HashMap<usize, usize> =
            documents.iter().enumerate().map(|(i, &d)| (d, i)).collect();
        let stories: Vec<Story> = kept
            .iter()
            .map(|&s| Story {
                label: self.stories[s].label.clone(),
                documents: self.stories[s]
                    .documents
                    .iter()
                    .filter_map(|d| position.get(d).copied())
                    .collect(),
            })
            .collect();
        for (k, &s) in kept.iter().enumerate() {
            new_of_story[n + s] = Some(kept.len() + k);
        }
        let out = Stories {
            of_document: documents
                .iter()
                .map(|&d| new_of_story[self.of_document[d]].unwrap_or(0))
                .collect(),
            lead_names: HashMap::default(),
            days: documents.iter().map(|&d| self.days[d]).collect(),
            spans: kept.iter().map(|&s| self.spans[s]).collect(),
            window: self.window,
            stories,
        };
        (out, new_of_story)
    }

    /// For a story index from [`Stories::story_of`], the story it is the background of,
    /// or `None` for a story of its own.
    pub fn background_of(&self, story: usize) -> Option<usize> {
        story.checked_sub(self.stories.len())
    }
}

/// What the leads of one story name: a person or street that the headline or lead of
/// `documents` of its documents name (and no other story's), for [`named_story`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadEntry {
    /// The story (any id the caller uses for stories).
    pub story: u64,
    /// How many of its documents' leads name it.
    pub documents: usize,
    /// The story's first and last publication day, when any is known.
    pub span: Option<(i64, i64)>,
}

/// The hashes of the names of a claim's sentence, as leads name them
/// ([`Fingerprint::lead_names`]).
pub fn claim_name_hashes(claim: &crate::Claim) -> Vec<u64> {
    claim
        .context
        .names
        .iter()
        .filter_map(|n| name_hash(n))
        .collect()
}

/// The other story a claim's sentence is about: one whose leads alone name a person or
/// street the sentence names (`Saturday's gunfire on Kessler Avenue also left two dead`,
/// in a story about another shooting), when its own story's leads name none and the
/// document (published on `day`) was published within `window` days of that story's.
/// `names` are the claim's [`claim_name_hashes`]; `leads(hash)` says which story's leads
/// name a hash: `None` for none, `Some(None)` for several stories.
pub fn named_story(
    names: &[u64],
    own: u64,
    day: Option<i64>,
    leads: &dyn Fn(u64) -> Option<Option<LeadEntry>>,
    window: i64,
) -> Option<u64> {
    // A street sees other events months apart.
    let near = |e: &LeadEntry| match (day, e.span) {
        (Some(d), Some((first, last))) => d >= first - window && d <= last + window,
        _ => true,
    };
    let mut found = None;
    for &h in names {
        match leads(h) {
            Some(Some(e)) if e.story == own => return None,
            Some(Some(e)) if e.documents >= NAMED_BY_LEADS && near(&e) => match found {
                Some(f) if f != e.story => return None,
                _ => found = Some(e.story),
            },
            _ => {}
        }
    }
    found
}

/// A later report retells its story's event in the past (`two men pleaded guilty to a
/// shootout last year that killed one man`): a claim put in its story's background
/// (`story_of[d][k]`, where `own_of(b)` is the story a background `b` is of) belongs to
/// the story itself when its document tells no toll (and no figure of the claim's own
/// measure) in its own time, its sentence does not set it at the same place at another
/// time, and another document's figure for the story equals it as compared. Otherwise it
/// stays in the background: `last year, two people were wounded on the same block`, or
/// beside this year's toll. Running totals and figures for a period always stay.
/// Documents beyond `story_of` are left as they are.
pub fn retell<C: AsRef<[crate::Claim]>>(
    per_doc: &[C],
    story_of: &mut [Vec<usize>],
    own_of: &dyn Fn(usize) -> Option<usize>,
) {
    // The figures each story's documents give it, by measure, and the measures each
    // document gives in its own time.
    let mut told: HashMap<(usize, Measure<'_>), Vec<(usize, crate::Interval)>> = HashMap::default();
    let mut own_time: crate::quantity::lexicon::HashSet<(usize, Measure<'_>)> = Default::default();
    for (d, (claims, stories)) in per_doc.iter().zip(story_of.iter()).enumerate() {
        for (c, &s) in claims.as_ref().iter().zip(stories) {
            if own_of(s).is_none() {
                told.entry((s, measure(c)))
                    .or_default()
                    .push((d, c.compared_value()));
                own_time.insert((d, family(c)));
            }
        }
    }
    for (d, (claims, stories)) in per_doc.iter().zip(story_of.iter_mut()).enumerate() {
        for (c, s) in claims.as_ref().iter().zip(stories.iter_mut()) {
            let Some(own) = own_of(*s) else {
                continue;
            };
            if c.context.cumulative || c.context.periodic || at_same_place(c) {
                continue;
            }
            let Some(figures) = told.get(&(own, measure(c))) else {
                continue;
            };
            if own_time.contains(&(d, family(c))) {
                continue;
            }
            let v = c.compared_value();
            if figures.iter().any(|&(e, w)| e != d && w.overlaps(&v)) {
                *s = own;
            }
        }
    }
}

/// Words that set a figure at the place of the story's event at another time (`on the
/// same block`, `at the same corner`): another event there.
const SAME_PLACE: &[&str] = &[
    "same block",
    "same corner",
    "same street",
    "same intersection",
    "same location",
    "same address",
    "same spot",
    "same area",
    "same neighborhood",
    "same house",
    "same home",
    "same building",
    "same apartment",
    "same complex",
    "same park",
    "same place",
];

fn at_same_place(c: &crate::Claim) -> bool {
    let s = c.sentence.to_lowercase();
    SAME_PLACE.iter().any(|p| s.contains(p))
}

/// What a claim measures, as far as telling a retold figure from another goes.
type Measure<'a> = (
    crate::quantity::Dimension,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    crate::claim::Role,
);

fn measure(c: &crate::Claim) -> Measure<'_> {
    (
        c.dimension,
        c.unit.as_str(),
        c.subject.class.as_deref(),
        c.subject.predicate.as_deref(),
        c.role,
    )
}

/// The measures a document telling one of them in its own time tells of its own event:
/// any toll of people (the dead, the wounded, the shot), else the claim's own measure.
fn family(c: &crate::Claim) -> Measure<'_> {
    let (dim, unit, class, pred, _) = measure(c);
    let toll = class == Some("person") && matches!(pred, Some("killed" | "injured" | "shot"));
    let pred = if toll { Some("toll") } else { pred };
    (dim, unit, class, pred, crate::claim::Role::Total)
}

/// Whether a claim is about another time than its story's event: a sentence set in the
/// past (`last year's floods killed 17`), a running total (`since 2011`, `so far this
/// year`), or only years before the document's own.
pub fn is_background(claim: &crate::Claim, now_year: Option<i32>) -> bool {
    let c = &claim.context;
    let earlier_years =
        !c.years.is_empty() && now_year.is_some_and(|n| c.years.iter().all(|&y| y < n));
    c.past || c.cumulative || earlier_years
}
