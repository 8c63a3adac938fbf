//! What a cluster of claims holds, in the terms of [`super::rules`], so that two clusters
//! can be checked in one step rather than claim by claim.
//!
//! Two clusters may merge only when every pair of claims across them fits (same
//! predicate, no [`super::rules::difference`]). Compared pair by pair, one big story, or a
//! scraped page of thousands of figures, costs the square of its size. A summary keeps
//! what each rule needs instead: the one predicate and flags every member shares, the
//! range of magnitudes, per document and voice the values stated as fact, the extreme ends of the value intervals
//! (per noun where nouns matter), the distinct sets of event kinds and of years, and per
//! document the sentences and name lists its members come from. A merge check reads the
//! two summaries; merging them moves the smaller into the larger.
//!
//! The check gives exactly the pairwise answer (a property test in this module compares
//! the two), with one bound: when the distinct sets to compare across two clusters
//! multiply past [`MAX_SET_PAIRS`], the clusters are kept apart unchecked.

use super::rules::{
    is_generic_noun, magnitude_ratio, same, same_day, same_opt, same_voice, says_none, says_some,
    BlockFacts, Facts, MAX_DURATION_RATIO, MAX_MAGNITUDE_RATIO,
};
use super::FastMap as HashMap;
use crate::quantity::{Dimension, Interval};

/// Most pairs of distinct event sets, year sets or name lists compared across two
/// clusters; beyond it the clusters are kept apart (a story's figures share a few).
pub(super) const MAX_SET_PAIRS: usize = 4096;

/// The extreme ends of a set of intervals: enough to tell whether some interval of one
/// set and some of another share no value.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Spread {
    any: bool,
    /// Whether one of the intervals allows no value at all.
    empty: bool,
    /// The lowest upper end, as (value, inclusive); an open end is +inf.
    low_high: (f64, bool),
    /// The highest lower end, as (value, inclusive); an open end is -inf.
    high_low: (f64, bool),
}

impl Spread {
    fn of(v: &Interval) -> Spread {
        Spread {
            any: true,
            empty: v.is_empty(),
            low_high: (v.high.unwrap_or(f64::INFINITY), v.high_inclusive),
            high_low: (v.low.unwrap_or(f64::NEG_INFINITY), v.low_inclusive),
        }
    }

    fn add(&mut self, o: &Spread) {
        if !o.any {
            return;
        }
        if !self.any {
            *self = *o;
            return;
        }
        self.empty |= o.empty;
        // An exclusive end at the same value is the lower upper end, the higher lower one.
        let upper = |(v, inc): (f64, bool)| (v, u8::from(inc));
        let lower = |(v, inc): (f64, bool)| (v, u8::from(!inc));
        if upper(o.low_high).partial_cmp(&upper(self.low_high)) == Some(std::cmp::Ordering::Less) {
            self.low_high = o.low_high;
        }
        if lower(o.high_low).partial_cmp(&lower(self.high_low)) == Some(std::cmp::Ordering::Greater)
        {
            self.high_low = o.high_low;
        }
    }

    /// Whether some interval here and some interval of `o` share no value.
    fn some_apart(&self, o: &Spread) -> bool {
        // An upper end below a lower end: nothing between them.
        let below = |(h, hi): (f64, bool), (l, li): (f64, bool)| h < l || (h == l && !(hi && li));
        self.any
            && o.any
            && (self.empty
                || o.empty
                || below(self.low_high, o.high_low)
                || below(o.low_high, self.high_low))
    }
}

/// Two maps, the smaller first: look the smaller one's keys up in the larger.
fn smaller_first<'m, K, V>(
    a: &'m HashMap<K, V>,
    b: &'m HashMap<K, V>,
) -> (&'m HashMap<K, V>, &'m HashMap<K, V>) {
    if a.len() <= b.len() {
        (a, b)
    } else {
        (b, a)
    }
}

/// One cluster's summary. Members are indices into the facts slice the summary was built
/// from.
#[derive(Debug, Clone)]
pub(super) struct Summary<'a> {
    pred: Option<&'a str>,
    cumulative: bool,
    past: bool,
    /// Per document, per speaker: the spread of its firm members' values (see
    /// [`Facts::firm`]); speakers compared by [`same_voice`].
    firm: HashMap<usize, Vec<(Option<&'a str>, Spread)>>,
    /// Per document: its publication day and the spread of its tallies' values ([`Facts::is_tally`]).
    tallies: HashMap<usize, (Option<i64>, Spread)>,
    /// Per document: the sentences (by start) of members there that say there were none,
    /// and of those that say there were some, each sorted.
    none_or_some: HashMap<usize, (Vec<usize>, Vec<usize>)>,
    /// Smallest and largest absolute figure.
    magnitudes: (f64, f64),
    /// Smallest and largest absolute figure of members with no predicate.
    unpredicated: Option<(f64, f64)>,
    all: Spread,
    /// Members with no noun.
    unnamed: Spread,
    /// Members that state no predicate of their own.
    unstated_values: Spread,
    /// Members that count a part of a total ([`crate::claim::Role::Subset`]).
    parts: Spread,
    /// Members about the past dated by a year, and those not dated: two of them, one of
    /// each, that share no value are of two times.
    past_dated: Spread,
    past_undated: Spread,
    /// Members by noun (sorted by noun).
    nouns: Vec<(&'a str, Spread)>,
    /// Nouns of members that state no predicate of their own (sorted): two such members
    /// with different telling nouns never fit.
    unstated: Vec<&'a str>,
    /// Distinct non-empty sets of distinct event kinds, each sorted.
    events: Vec<Vec<&'a str>>,
    /// Distinct non-empty year lists.
    years: Vec<&'a [i32]>,
    /// Per (document, sentence start): whether members there are undated, dated (bits 1, 2).
    sentences: HashMap<(usize, usize), u8>,
    /// Per document: one member for each distinct non-empty list of names.
    names: HashMap<usize, Vec<usize>>,
    size: usize,
}

impl<'a> Summary<'a> {
    /// The summary of member `i` alone.
    pub fn of(i: usize, f: &Facts<'a>) -> Summary<'a> {
        let c = f.claim;
        let spread = Spread::of(&c.value);
        let mut events: Vec<&'a str> = f.distinct_events().collect();
        events.sort_unstable();
        events.dedup();
        let dated = if c.context.years.is_empty() { 1 } else { 2 };
        Summary {
            pred: f.pred,
            cumulative: c.context.cumulative,
            past: f.past,
            firm: if f.firm {
                HashMap::from_iter([(f.document, vec![(c.attribution.as_deref(), spread)])])
            } else {
                HashMap::default()
            },
            none_or_some: {
                let at = c.sentence_span.start;
                match (says_none(c), says_some(c)) {
                    (true, _) => HashMap::from_iter([(f.document, (vec![at], Vec::new()))]),
                    (_, true) => HashMap::from_iter([(f.document, (Vec::new(), vec![at]))]),
                    _ => HashMap::default(),
                }
            },
            tallies: if f.is_tally() {
                HashMap::from_iter([(f.document, (f.day, spread))])
            } else {
                HashMap::default()
            },
            magnitudes: (c.figure.abs(), c.figure.abs()),
            unpredicated: f.pred.is_none().then_some((c.figure.abs(), c.figure.abs())),
            all: spread,
            parts: if c.role == crate::claim::Role::Subset {
                spread
            } else {
                Spread::default()
            },
            past_dated: if f.past && !c.context.years.is_empty() {
                spread
            } else {
                Spread::default()
            },
            past_undated: if f.past && c.context.years.is_empty() {
                spread
            } else {
                Spread::default()
            },
            unstated_values: if c.subject.predicate.is_none() {
                spread
            } else {
                Spread::default()
            },
            unnamed: if c.subject.noun.is_none() {
                spread
            } else {
                Spread::default()
            },
            nouns: c
                .subject
                .noun
                .as_deref()
                .map(|n| vec![(n, spread)])
                .unwrap_or_default(),
            unstated: c
                .subject
                .noun
                .as_deref()
                .filter(|_| c.subject.predicate.is_none())
                .map(|n| vec![n])
                .unwrap_or_default(),
            events: if events.is_empty() {
                Vec::new()
            } else {
                vec![events]
            },
            years: if c.context.years.is_empty() {
                Vec::new()
            } else {
                vec![&c.context.years[..]]
            },
            sentences: HashMap::from_iter([((f.document, c.sentence_span.start), dated)]),
            names: if c.context.names.is_empty() {
                HashMap::default()
            } else {
                HashMap::from_iter([(f.document, vec![i])])
            },
            size: 1,
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.size
    }

    /// Whether every pair of members across `self` and `o` fits: the same answer as
    /// checking [`super::rules::predicates_fit`] and [`super::rules::difference`] pair by
    /// pair. `names_alike(i, j)` says whether members `i` and `j` name something alike or
    /// agree in value;
    /// `steps` counts the work (one, plus each sentence and pair of name lists compared).
    pub fn fits(
        &self,
        o: &Summary<'a>,
        block: &BlockFacts,
        names_alike: &mut dyn FnMut(usize, usize) -> bool,
        steps: &mut usize,
    ) -> bool {
        *steps += 1;
        let (count, duration) = (
            block.dimension == Dimension::Count,
            block.dimension == Dimension::Duration,
        );
        if (count || duration) && !self.predicates_fit(o, block) {
            return false;
        }
        if self.cumulative != o.cumulative || self.past != o.past {
            return false;
        }
        if self.parts.some_apart(&o.parts) {
            return false;
        }
        // One document's `nobody` beside its count of some.
        let (small, large) = smaller_first(&self.none_or_some, &o.none_or_some);
        *steps += small.len();
        // (Two nonempty sets of sentences hold two different ones unless both are one.)
        let apart = |x: &[usize], y: &[usize]| match (x, y) {
            ([], _) | (_, []) => false,
            ([a], [b]) => a != b,
            _ => true,
        };
        if small.iter().any(|(doc, (none, some))| {
            large.get(doc).is_some_and(|(other_none, other_some)| {
                apart(none, other_some) || apart(some, other_none)
            })
        }) {
            return false;
        }
        // Running totals of two reports that share no value.
        *steps += self.tallies.len() * o.tallies.len();
        if self.tallies.iter().any(|(a, (da, x))| {
            o.tallies
                .iter()
                .any(|(b, (db, y))| a != b && !same_day(*da, *db) && x.some_apart(y))
        }) {
            return false;
        }
        if self.past_dated.some_apart(&o.past_undated)
            || self.past_undated.some_apart(&o.past_dated)
        {
            return false;
        }
        // Firm figures in one voice in one document that share no value.
        let (small, large) = smaller_first(&self.firm, &o.firm);
        *steps += small.len();
        if small.iter().any(|(doc, voices)| {
            *steps += voices.len() * large.get(doc).map_or(0, Vec::len);
            large.get(doc).is_some_and(|other| {
                voices.iter().any(|(a, s)| {
                    other
                        .iter()
                        .any(|(b, l)| same_voice(*a, *b) && s.some_apart(l))
                })
            })
        }) {
            return false;
        }
        if !disjoint_free(&self.events, &o.events, |x, y| {
            x.iter().any(|e| y.contains(e))
        }) || !disjoint_free(&self.years, &o.years, |x, y| {
            x.iter().any(|v| y.contains(v))
        }) {
            return false;
        }
        // A count that says nothing of what happened, tenfold from another.
        let far = |u: Option<(f64, f64)>, all: (f64, f64)| {
            u.is_some_and(|(lo, hi)| {
                magnitude_ratio(hi, all.0) > MAX_MAGNITUDE_RATIO
                    || magnitude_ratio(all.1, lo) > MAX_MAGNITUDE_RATIO
            })
        };
        if count && (far(self.unpredicated, o.magnitudes) || far(o.unpredicated, self.magnitudes)) {
            return false;
        }
        if !count {
            // The largest ratio across is that of one's largest to the other's smallest.
            let max = if duration {
                MAX_DURATION_RATIO
            } else {
                MAX_MAGNITUDE_RATIO
            };
            let tenfold = magnitude_ratio(self.magnitudes.1, o.magnitudes.0) > max
                || magnitude_ratio(o.magnitudes.1, self.magnitudes.0) > max;
            let unnamed_apart =
                !duration && (self.unnamed.some_apart(&o.all) || self.all.some_apart(&o.unnamed));
            if tenfold || unnamed_apart {
                return false;
            }
        }
        if !count && self.nouns_differ(o, |x, y| duration || x.some_apart(y)) {
            return false;
        }
        // One sentence's figures, one dated and one not.
        let (small, large) = smaller_first(&self.sentences, &o.sentences);
        *steps += small.len();
        if small
            .iter()
            .any(|(k, &bits)| large.get(k).is_some_and(|&b| (bits | b) == 3))
        {
            return false;
        }
        // Names of one document that have nothing in common.
        let (small, large) = smaller_first(&self.names, &o.names);
        let mut budget = MAX_SET_PAIRS;
        for (doc, xs) in small {
            let Some(ys) = large.get(doc) else { continue };
            if xs.len() * ys.len() > budget {
                return false;
            }
            budget -= xs.len() * ys.len();
            *steps += xs.len() * ys.len();
            if !xs.iter().all(|&x| ys.iter().all(|&y| names_alike(x, y))) {
                return false;
            }
        }
        true
    }

    /// [`super::rules::predicates_fit`] for every pair across.
    fn predicates_fit(&self, o: &Summary<'a>, block: &BlockFacts) -> bool {
        if !same_opt(self.pred, o.pred) {
            return false;
        }
        let has_pred = self.pred.is_some();
        // Different telling nouns: only people with one fate whose figures overlap.
        let telling = |n: &str| !is_generic_noun(n);
        let nouns_clash = self.nouns.iter().filter(|x| telling(x.0)).any(|(x, sx)| {
            o.nouns
                .iter()
                .filter(|y| telling(y.0) && !same(y.0, x))
                .any(|(_, sy)| !has_pred || (!block.person && sx.some_apart(sy)))
        });
        let unstated_clash = self
            .unstated
            .iter()
            .filter(|x| telling(x))
            .any(|x| o.unstated.iter().any(|y| telling(y) && !same(y, x)));
        if nouns_clash || unstated_clash {
            return false;
        }
        !(self.unstated_values.some_apart(&o.all) || self.all.some_apart(&o.unstated_values))
    }

    /// Whether some pair of different nouns across the two is told apart by `apart`.
    fn nouns_differ(&self, o: &Summary<'a>, apart: impl Fn(&Spread, &Spread) -> bool) -> bool {
        self.nouns.iter().any(|(x, sx)| {
            o.nouns
                .iter()
                .filter(|y| !same(y.0, x))
                .any(|(_, sy)| apart(sx, sy))
        })
    }

    /// Takes in `o`'s members; `same_names(i, j)` says whether members `i` and `j` are one
    /// member to the names rule: the same list of names and the same value (the rule
    /// reads whether values overlap, so two values are two representatives).
    pub fn absorb(&mut self, o: Summary<'a>, same_names: &dyn Fn(usize, usize) -> bool) {
        for (doc, voices) in o.firm {
            let mine = self.firm.entry(doc).or_default();
            for (speaker, spread) in voices {
                match mine.iter_mut().find(|(s, _)| *s == speaker) {
                    Some((_, m)) => m.add(&spread),
                    None => mine.push((speaker, spread)),
                }
            }
        }
        for (doc, (none, some)) in o.none_or_some {
            let mine = self.none_or_some.entry(doc).or_default();
            for (to, from) in [(&mut mine.0, none), (&mut mine.1, some)] {
                to.extend(from);
                to.sort_unstable();
                to.dedup();
            }
        }
        for (doc, (day, spread)) in o.tallies {
            self.tallies
                .entry(doc)
                .or_insert((day, Spread::default()))
                .1
                .add(&spread);
        }
        self.magnitudes = (
            self.magnitudes.0.min(o.magnitudes.0),
            self.magnitudes.1.max(o.magnitudes.1),
        );
        self.unpredicated = match (self.unpredicated, o.unpredicated) {
            (Some(a), Some(b)) => Some((a.0.min(b.0), a.1.max(b.1))),
            (a, b) => a.or(b),
        };
        self.all.add(&o.all);
        self.unnamed.add(&o.unnamed);
        self.unstated_values.add(&o.unstated_values);
        self.parts.add(&o.parts);
        self.past_dated.add(&o.past_dated);
        self.past_undated.add(&o.past_undated);
        for n in o.unstated {
            if let Err(k) = self.unstated.binary_search(&n) {
                self.unstated.insert(k, n);
            }
        }
        for (n, s) in o.nouns {
            match self.nouns.binary_search_by(|x| x.0.cmp(n)) {
                Ok(k) => self.nouns[k].1.add(&s),
                Err(k) => self.nouns.insert(k, (n, s)),
            }
        }
        for e in o.events {
            if !self.events.contains(&e) {
                self.events.push(e);
            }
        }
        for y in o.years {
            if !self.years.contains(&y) {
                self.years.push(y);
            }
        }
        let (mut sentences, other) = if self.sentences.len() >= o.sentences.len() {
            (std::mem::take(&mut self.sentences), o.sentences)
        } else {
            (o.sentences, std::mem::take(&mut self.sentences))
        };
        for (k, bits) in other {
            *sentences.entry(k).or_default() |= bits;
        }
        self.sentences = sentences;
        let (mut names, other) = if self.names.len() >= o.names.len() {
            (std::mem::take(&mut self.names), o.names)
        } else {
            (o.names, std::mem::take(&mut self.names))
        };
        for (doc, xs) in other {
            let list = names.entry(doc).or_default();
            for x in xs {
                if !list.iter().any(|&y| same_names(x, y)) {
                    list.push(x);
                }
            }
        }
        self.names = names;
        self.size += o.size;
    }
}

/// Whether no set of `xs` and set of `ys` fail `meet` (within [`MAX_SET_PAIRS`] pairs).
fn disjoint_free<T>(xs: &[T], ys: &[T], meet: impl Fn(&T, &T) -> bool) -> bool {
    xs.len() * ys.len() <= MAX_SET_PAIRS && xs.iter().all(|x| ys.iter().all(|y| meet(x, y)))
}

#[cfg(test)]
mod tests {
    use super::super::rules::{difference, predicates_fit};
    use super::*;
    use crate::claim::Claim;
    use proptest::prelude::*;

    /// A claim from a template with the fields the rules read set at random.
    fn claim(template: &Claim, p: &Params) -> Claim {
        let mut c = template.clone();
        c.dimension = p.dimension;
        c.value = Interval {
            low: p.low,
            high: p.high,
            low_inclusive: p.low_inclusive,
            high_inclusive: p.high_inclusive,
        };
        c.figure = p.figure;
        c.subject.noun = p.noun.map(str::to_string);
        c.subject.predicate = p.pred.map(str::to_string);
        c.context.cumulative = p.cumulative;
        c.context.past = p.past;
        c.context.events = p.events.iter().map(|s| s.to_string()).collect();
        c.context.years = p.years.clone();
        c.context.names = p.names.iter().map(|s| s.to_string()).collect();
        c.sentence_span.start = p.sentence;
        c.sentence_span.end = p.sentence + 5;
        c.attribution = p.speaker.map(str::to_string);
        c.role = if p.part {
            crate::claim::Role::Subset
        } else {
            crate::claim::Role::Total
        };
        c
    }

    #[derive(Debug, Clone)]
    struct Params {
        dimension: Dimension,
        low: Option<f64>,
        high: Option<f64>,
        low_inclusive: bool,
        high_inclusive: bool,
        figure: f64,
        noun: Option<&'static str>,
        pred: Option<&'static str>,
        cumulative: bool,
        past: bool,
        events: Vec<&'static str>,
        years: Vec<i32>,
        names: Vec<&'static str>,
        sentence: usize,
        document: usize,
        speaker: Option<&'static str>,
        firm: bool,
        part: bool,
    }

    fn params(dimension: Dimension) -> impl Strategy<Value = Params> {
        let end = prop::option::weighted(0.85, (0u8..4).prop_map(f64::from));
        (
            (
                end.clone(),
                end,
                any::<bool>(),
                any::<bool>(),
                0.0f64..500.0,
            ),
            (
                prop::sample::select(vec![None, Some("peopl"), Some("soldier"), Some("resid")]),
                prop::sample::select(vec![None, Some("kill"), Some("injur"), Some("arrested")]),
                prop::bool::weighted(0.15),
                prop::bool::weighted(0.15),
                prop::bool::weighted(0.2),
            ),
            (
                prop::sample::subsequence(vec!["war", "attack", "flood", "talks"], 0..3),
                prop::sample::subsequence(vec![2019, 2020, 2021], 0..2),
                prop::sample::subsequence(vec!["Orvetto", "Orveto", "Dunmore", "Tobrel"], 0..3),
                prop::sample::select(vec![0usize, 10, 20]),
                0usize..3,
                prop::sample::select(vec![None, Some("police"), Some("the hospital")]),
                any::<bool>(),
            ),
        )
            .prop_map(move |(v, s, c)| Params {
                dimension,
                low: v.0,
                high: v.1.map(|h| h.max(v.0.unwrap_or(0.0))),
                low_inclusive: v.2,
                high_inclusive: v.3,
                figure: v.4,
                noun: s.0,
                pred: s.1,
                cumulative: s.2,
                past: s.3,
                events: c.0,
                years: c.1,
                names: c.2,
                sentence: c.3,
                document: c.4,
                speaker: c.5,
                firm: c.6,
                part: s.4,
            })
    }

    fn case() -> impl Strategy<Value = (Vec<Params>, bool, Vec<Option<i64>>)> {
        prop::sample::select(vec![
            Dimension::Count,
            Dimension::Duration,
            Dimension::Money,
        ])
        .prop_flat_map(|d| {
            (
                prop::collection::vec(params(d), 2..14),
                any::<bool>(),
                prop::collection::vec(prop::option::of(0i64..4), 3),
            )
        })
    }

    fn alike(a: &Claim, b: &Claim) -> bool {
        a.context.names.iter().any(|x| {
            b.context
                .names
                .iter()
                .any(|y| crate::group::names_match(x, y, 0.88))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10000))]

        /// A summary's check equals checking every pair across, for clusters whose own
        /// pairs all fit.
        #[test]
        fn summary_check_is_the_pairwise_check((ps, person, days) in case()) {
            let template = crate::extract("12 people were killed.").remove(0);
            let claims: Vec<Claim> = ps.iter().map(|p| claim(&template, p)).collect();
            let mut preds: Vec<&str> = ps.iter().filter_map(|p| p.pred).collect();
            preds.sort_unstable();
            preds.dedup();
            let sole = (preds.len() == 1).then(|| preds[0]);
            let facts: Vec<Facts<'_>> = claims
                .iter()
                .zip(&ps)
                .map(|(c, p)| Facts {
                    claim: c,
                    document: p.document,
                    pred: c.subject.predicate.as_deref().or(sole),
                    past: p.past,
                    telling: super::super::rules::telling_noun(c),
                    firm: p.firm,
                    day: days[p.document],
                })
                .collect();
            let block = BlockFacts {
                dimension: ps[0].dimension,
                person,
            };
            let fits = |x: usize, y: usize| {
                predicates_fit(&facts[x], &facts[y], &block)
                    && difference(&facts[x], &facts[y], alike).is_none()
            };
            // Two clusters, each built from claims that fit all of its others.
            let mut clusters: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
            for i in 0..facts.len() {
                let k = i % 2;
                if clusters[k].iter().all(|&j| fits(i, j)) {
                    clusters[k].push(i);
                }
            }
            prop_assume!(!clusters[0].is_empty() && !clusters[1].is_empty());
            let same_names = |x: usize, y: usize| {
                facts[x].claim.context.names == facts[y].claim.context.names
                    && facts[x].claim.value == facts[y].claim.value
            };
            let summaries: Vec<Summary<'_>> = clusters
                .iter()
                .map(|c| {
                    let mut s = Summary::of(c[0], &facts[c[0]]);
                    for &i in &c[1..] {
                        s.absorb(Summary::of(i, &facts[i]), &same_names);
                    }
                    s
                })
                .collect();
            let pairwise = clusters[0]
                .iter()
                .all(|&x| clusters[1].iter().all(|&y| fits(x, y) && fits(y, x)));
            let mut names = |x: usize, y: usize| {
                facts[x].claim.value.overlaps(&facts[y].claim.value)
                    || alike(facts[x].claim, facts[y].claim)
            };
            let mut steps = 0;
            prop_assert_eq!(summaries[0].fits(&summaries[1], &block, &mut names, &mut steps), pairwise);
            prop_assert_eq!(summaries[1].fits(&summaries[0], &block, &mut names, &mut steps), pairwise);
        }
    }
}
