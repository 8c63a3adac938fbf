//! The story stage in parts, for a feed too large for one machine.
//!
//! [`super::stories`] is exactly these parts run in order on one machine; a distributed
//! job (the Spark job in `python/examples/`) runs each part where its data lives and gets
//! the same stories. Parts marked *per document*, *per pair* and *per component* read
//! only what they are given; parts marked *feed* are counts over the whole feed, which a
//! cluster computes as aggregations.
//!
//! 1. *per document*: [`Fingerprint::of`], then [`furniture_candidates`].
//! 2. *feed*: a template offered by [`StoryOptions::furniture_documents`] documents or
//!    more is page furniture.
//! 3. *per document*: [`Counts::of`], given which of its templates are furniture.
//! 4. *feed*: the document frequency of every hash of [`Counts::hashes`], and the
//!    histogram of publication days for [`same_days_bonus`].
//! 5. *per document*: [`Profile::of`], given the frequencies of its own hashes.
//! 6. *feed*: candidate pairs, the documents sharing a [`Profile::candidate_keys`] key
//!    (every pair when the feed has at most [`StoryOptions::small_feed`] documents).
//! 7. *per pair*: [`link`].
//! 8. *feed*: connected components of the links.
//! 9. *per component*: [`cluster_component`], its documents in [`content_order`].
//!
//! ```
//! use crosscheck::stories::{parts, Fingerprint, StoryOptions};
//! let opts = StoryOptions::default();
//! let fp = Fingerprint::of("Boy, 15, killed\n\nKevin Barbee, 15, was shot on Tuesday.");
//! let counts = parts::Counts::of(&fp, &|_| false, &opts);
//! let profile = parts::Profile::of(&counts, &|_| Some(2), 100, &opts);
//! // Kevin Barbee is in two documents of a hundred: a key that proposes pairs.
//! assert!(!profile.candidate_keys().is_empty());
//! assert!(parts::link(&profile, &profile, None, None, 0.0, &opts).is_some());
//! ```

pub use super::cluster::{days_bonus, profiles};
use super::fingerprint::{Feature, Fingerprint, Kind};
use super::StoryOptions;
use crate::quantity::lexicon::HashMap;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// Step 1: the templates of a document's sentences that could be page furniture, each
/// once, sorted.
pub fn furniture_candidates(fp: &Fingerprint) -> Vec<u64> {
    let mut seen: Vec<u64> = fp
        .units
        .iter()
        .filter(|u| u.telling)
        .map(|u| u.template)
        .collect();
    seen.sort_unstable();
    seen.dedup();
    seen
}

/// The key that puts documents in an order of their own content (features, headline),
/// then their day, then their input index: clustering breaks ties by this order, so a
/// feed read in another order gives the same stories.
pub fn content_order(fp: &Fingerprint) -> u64 {
    let mut h = crate::quantity::lexicon::FastHasher::default();
    std::hash::Hash::hash(&fp.features, &mut h);
    std::hash::Hash::hash(&fp.headline, &mut h);
    std::hash::Hasher::finish(&h)
}

/// Step 3: a document's features outside page furniture, with how often each occurs
/// (the headline and lead count [`StoryOptions::lead_weight`] times), sorted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    features: Vec<(Feature, u32)>,
    /// The days the text names in full, sorted.
    #[serde(default)]
    days: Vec<i64>,
    /// The days of the week its headline and lead name outside page furniture, one bit
    /// each from Monday.
    #[serde(default)]
    weekdays: u8,
}

impl Counts {
    /// The counts of `fp`, leaving out sentences whose template `furniture` says is page
    /// furniture.
    pub fn of(fp: &Fingerprint, furniture: &dyn Fn(u64) -> bool, opts: &StoryOptions) -> Counts {
        let mut fs: Vec<(Feature, u32)> = fp
            .units
            .iter()
            .filter(|u| !furniture(u.template))
            .flat_map(|u| {
                let w = if u.lead { opts.lead_weight } else { 1 };
                fp.features[u.start as usize..u.end as usize]
                    .iter()
                    .map(move |&f| (f, w))
            })
            .collect();
        fs.sort_unstable();
        let features = fs
            .chunk_by(|a, b| a.0 == b.0)
            .map(|run| (run[0].0, run.iter().map(|x| x.1).sum::<u32>()))
            .collect();
        let weekdays = fp
            .units
            .iter()
            .filter(|u| !furniture(u.template))
            .fold(0, |acc, u| acc | u.weekdays);
        Counts {
            features,
            days: fp.days.clone(),
            weekdays,
        }
    }

    /// Its feature hashes, each once (a hash of two kinds counts once), sorted: what the
    /// feed's document frequencies count.
    pub fn hashes(&self) -> Vec<u64> {
        let mut out: Vec<u64> = self.features.iter().map(|(f, _)| f.hash).collect();
        out.dedup();
        out
    }

    /// Whether the document names nothing of its event (no person, address or name, only
    /// words and figures): it cannot start a story of its own.
    pub fn nameless(&self) -> bool {
        !self.features.iter().any(|(f, _)| {
            f.kind.is_identifying() || f.kind == Kind::Name || f.kind == Kind::NameWord
        })
    }
}

/// Step 5: a document's features weighted by rarity (names and words apart, each of unit
/// length), and the keys it is compared by.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    names: Vec<(u64, f64)>,
    terms: Vec<(u64, f64)>,
    /// Rare keys (people, addresses) it holds, sorted.
    keys: Vec<u64>,
    /// Rare streets it names, sorted: keys only between documents published within the
    /// window, since a street sees other events before and after.
    streets: Vec<u64>,
    /// The people and addresses it names that not every document of the feed has, sorted.
    identifying: Vec<u64>,
    /// Names, people and addresses few enough documents share to propose pairs, sorted.
    candidates: Vec<u64>,
    /// See [`Counts::nameless`].
    nameless: bool,
    /// The addresses among `identifying`, sorted.
    addresses: Vec<u64>,
    /// Rare names it gives without telling a person by them (no age, no surname alone),
    /// sorted: a key with a document that gives the same name with an age (`shooting
    /// Misty Nunley, Julie Jackson` and `33-year-old Misty Nunley`).
    #[serde(default)]
    untold: Vec<u64>,
    /// Rare people it gives with an age, sorted.
    #[serde(default)]
    aged: Vec<u64>,
    /// The days the text names in full, sorted (see [`Counts`]).
    #[serde(default)]
    days: Vec<i64>,
    /// See [`Counts`].
    #[serde(default)]
    weekdays: u8,
}

impl Profile {
    /// The profile of a document from its counts, `df(hash)` (how many documents of the
    /// feed have the hash, see [`Counts::hashes`]) and the feed's size.
    pub fn of(
        counts: &Counts,
        df: &dyn Fn(u64) -> Option<u32>,
        documents: usize,
        opts: &StoryOptions,
    ) -> Profile {
        let n = documents;
        // Rarity: a small feed is read as part of a larger one, so a name its few
        // documents share still counts.
        let total = (n + opts.background_documents) as f64;
        let common = (n as f64 * opts.max_document_share).max(opts.candidate_max_documents as f64);
        let mut v = Profile {
            nameless: counts.nameless(),
            days: counts.days.clone(),
            weekdays: counts.weekdays,
            ..Profile::default()
        };
        for &(f, tf) in &counts.features {
            let d = df(f.hash);
            if f.kind.is_identifying() && d.is_some_and(|d| (d as usize) < n) {
                v.identifying.push(f.hash);
                if f.kind == Kind::Address {
                    v.addresses.push(f.hash);
                }
            }
            // Words and figures alone never make a candidate: a name, a person or an
            // address must be shared.
            if d.is_some_and(|k| k >= 2 && k as usize <= opts.candidate_max_documents)
                && !matches!(f.kind, Kind::Term | Kind::Number)
            {
                v.candidates.push(f.hash);
            }
            let d = d.unwrap_or(1) as f64;
            if !(d >= 2.0 && d <= common) {
                continue;
            }
            let w = opts.weight(f.kind) * (1.0 + (tf as f64).ln()) * (total / d).ln();
            if f.kind == Kind::Term {
                v.terms.push((f.hash, w));
            } else {
                v.names.push((f.hash, w));
            }
            if d as usize <= opts.key_max_documents {
                match f.kind {
                    Kind::Name => v.untold.push(f.hash),
                    Kind::Aged => v.aged.push(f.hash),
                    _ => {}
                }
            }
            if f.kind.is_key() && d as usize <= opts.key_max_documents {
                if f.kind == Kind::Street {
                    v.streets.push(f.hash);
                } else {
                    v.keys.push(f.hash);
                }
            }
        }
        let mut norms = [0.0; 2];
        for (part, norm) in [&mut v.names, &mut v.terms].into_iter().zip(&mut norms) {
            part.sort_unstable_by_key(|e| e.0);
            // (A hash of two kinds in one document: its weights add.)
            part.dedup_by(|b, a| {
                let same = a.0 == b.0;
                if same {
                    a.1 += b.1;
                }
                same
            });
            *norm = part.iter().map(|e| e.1 * e.1).sum::<f64>().sqrt();
        }
        // Names weighing less than a person of the story (one named by as many documents
        // as a key may be) are thin evidence: a city alone is not a story's name, and
        // scaled up to unit length it would read as one.
        // (A small feed's few reports are meant to be compared, as for thin prose below.)
        if n > opts.small_feed {
            let person = opts.weights.person * (total / opts.key_max_documents.max(1) as f64).ln();
            norms[0] = norms[0].max(opts.name_evidence * person);
        }
        // Thin prose (a headline alone) is not scaled up to a full document's: its few
        // words, and the city it names, would make it look like any story of its city.
        // A small feed (a few reports someone put side by side) has few stories of one
        // city to confuse, and its one-line reports are meant to be compared.
        let words = counts
            .features
            .iter()
            .filter(|(f, _)| f.kind == Kind::Term)
            .count();
        let full = if n <= opts.small_feed {
            1.0
        } else {
            (words as f64 / opts.thin_evidence).sqrt().min(1.0)
        };
        for (part, norm) in [&mut v.names, &mut v.terms].into_iter().zip(norms) {
            if norm > 0.0 {
                part.iter_mut().for_each(|e| e.1 *= full / norm);
            }
        }
        for keys in [
            &mut v.keys,
            &mut v.streets,
            &mut v.identifying,
            &mut v.candidates,
            &mut v.addresses,
            &mut v.untold,
            &mut v.aged,
        ] {
            keys.sort_unstable();
            keys.dedup();
        }
        v
    }

    /// The hashes by which candidate pairs are found: documents sharing one are compared.
    pub fn candidate_keys(&self) -> &[u64] {
        &self.candidates
    }

    /// See [`Counts::nameless`].
    pub fn nameless(&self) -> bool {
        self.nameless
    }
}

/// Step 4: what being published within [`StoryOptions::window_days`] of each other adds
/// to two documents' similarity, from the feed's histogram of publication days (`(day,
/// documents)`, any order): [`StoryOptions::same_days_bonus`] scaled by the share of dated
/// pairs that are not that close. In a feed of one week, the same week tells nothing.
pub fn same_days_bonus(histogram: &[(i64, u64)], opts: &StoryOptions) -> f64 {
    let mut days: Vec<(i64, u64)> = histogram.iter().copied().filter(|d| d.1 > 0).collect();
    days.sort_unstable();
    let dated: u64 = days.iter().map(|d| d.1).sum();
    if dated < 2 {
        return 0.0;
    }
    // Pairs within the window, counted exactly in integers so that every machine agrees.
    let (mut close, mut lo, mut in_window) = (0u64, 0usize, 0u64);
    for &(day, count) in &days {
        while day - days[lo].0 > opts.window_days {
            in_window -= days[lo].1;
            lo += 1;
        }
        close += count * in_window + count * (count - 1) / 2;
        in_window += count;
    }
    let pairs = dated * (dated - 1) / 2;
    opts.same_days_bonus * (1.0 - close as f64 / pairs as f64)
}

/// Step 7: how alike two documents are, and whether they share a person or an address of
/// a story, or `None` when they are not to be joined at all. `bonus` is
/// [`same_days_bonus`] of the feed.
pub fn link(
    a: &Profile,
    b: &Profile,
    day_a: Option<i64>,
    day_b: Option<i64>,
    bonus: f64,
    opts: &StoryOptions,
) -> Option<(f64, bool)> {
    // A document that names nothing is judged on its words alone.
    let share = if a.names.is_empty() || b.names.is_empty() {
        0.0
    } else {
        opts.name_share
    };
    // Documents that both name the people or addresses of their event but share none of
    // them are likely about two events, however alike their words.
    let strangers = !a.identifying.is_empty()
        && !b.identifying.is_empty()
        && !shares(&a.identifying, &b.identifying);
    let sim = share * dot(&a.names, &b.names) + (1.0 - share) * dot(&a.terms, &b.terms);
    let sim = if strangers {
        // An event happens at one address: two that each give one, none in common, are
        // more surely two events than two that name different people (a victim, a suspect).
        let elsewhere = !a.addresses.is_empty()
            && !b.addresses.is_empty()
            && !shares(&a.addresses, &b.addresses);
        sim - opts.stranger_penalty - if elsewhere { opts.address_penalty } else { 0.0 }
    } else {
        sim
    };
    // A name one document tells with an age and the other without is a key when two or
    // more are (`shooting Misty Nunley, Julie Jackson` and `33-year-old Misty Nunley and
    // 55-year-old Julie Jackson`): one alone is as often a namesake or an official.
    let mut key =
        shares(&a.keys, &b.keys) || shared(&a.aged, &b.untold) + shared(&a.untold, &b.aged) >= 2;
    // A later report that names the day of an earlier one (`the March 13, 2013 shooting`)
    // is close to it in time, as two reports naming the same day are.
    let recalls = |named: &[i64], day: Option<i64>| {
        day.is_some_and(|d| named.iter().any(|&n| (0..=RECALL_DAYS).contains(&(d - n))))
    };
    let recalled = recalls(&a.days, day_b) || recalls(&b.days, day_a);
    // Without both publication days, the days of the week their leads give the event
    // (`Saturday night`) still tell two events apart: none the same, nor a day apart (a
    // shooting late one night is reported as of the next morning).
    let other_days = (day_a.is_none() || day_b.is_none())
        && a.weekdays != 0
        && b.weekdays != 0
        && a.weekdays & near_weekdays(b.weekdays) == 0;
    let sim = if other_days {
        sim - opts.weekday_penalty
    } else {
        sim
    };
    let sim = match (day_a, day_b) {
        (Some(x), Some(y)) if (x - y).abs() <= opts.window_days || recalled => {
            key |= shares(&a.streets, &b.streets);
            sim + bonus
        }
        // Further apart, only a person or address of the story joins later coverage (a
        // trial, an anniversary) to the event: the same place and the same words months
        // apart are another flood. Even then the texts must be as alike as any other
        // story's: a police spokesman or a pastor is named in many stories over the years.
        (Some(_), Some(_)) if !key => return None,
        (Some(_), Some(_)) => sim - bonus,
        _ => sim,
    };
    (sim > 0.0).then_some((sim, key))
}

/// The days of the week `days` (one bit each from Monday) name, and the days either side.
fn near_weekdays(days: u8) -> u8 {
    let week = u16::from(days) & 0x7f;
    let spread = week | week << 1 | week >> 1 | (week & 1) << 6 | (week & 0x40) >> 6;
    (spread & 0x7f) as u8
}

/// Days after a date that a report published on one of them is still read as of that
/// date (an event, then its first report the next morning).
const RECALL_DAYS: i64 = 1;

/// Dot product of two sorted sparse vectors.
fn dot(a: &[(u64, f64)], b: &[(u64, f64)]) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// How many hashes two sorted lists share.
fn shared(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn shares(a: &[u64], b: &[u64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => return true,
        }
    }
    false
}

/// A link between documents `a < b` of one component (indices into it), from [`link`].
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The first document.
    pub a: u32,
    /// The second document.
    pub b: u32,
    /// Their similarity.
    pub sim: f64,
    /// They share a person or an address of the story.
    pub key: bool,
}

/// A merge the heap offers: clusters `a` and `b` at their average similarity, valid while
/// both are at the versions recorded.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Offer {
    avg: f64,
    a: u32,
    b: u32,
    va: u32,
    vb: u32,
}

impl Eq for Offer {}

impl Ord for Offer {
    fn cmp(&self, o: &Self) -> Ordering {
        self.avg
            .total_cmp(&o.avg)
            // Ties: the smaller ids first, so the result does not depend on input order.
            .then_with(|| o.a.cmp(&self.a))
            .then_with(|| o.b.cmp(&self.b))
    }
}

impl PartialOrd for Offer {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}

/// Links between one cluster and its neighbours: summed similarity and shared keys.
type Links = HashMap<u32, (f64, u32)>;

/// Step 9: average-linkage clustering of one connected component (its documents in
/// [`content_order`], `nameless[i]` from [`Profile::nameless`], `links` sorted by `(a, b)`;
/// absent links count as zero): the closest pair of clusters merges while their average
/// similarity reaches [`StoryOptions::join`], or [`StoryOptions::join_with_key`] when some
/// of their documents share a person or an address. Then a document that names nothing
/// and is left alone joins the cluster it is closest to on average. Returns each
/// document's cluster as its smallest index.
pub fn cluster_component(nameless: &[bool], links: &[Link], opts: &StoryOptions) -> Vec<usize> {
    let n = nameless.len();
    let mut adj: Vec<Links> = vec![Links::default(); n];
    for e in links
        .iter()
        .filter(|e| (e.a as usize) < n && (e.b as usize) < n)
    {
        for (x, y) in [(e.a, e.b), (e.b, e.a)] {
            let l = adj[x as usize].entry(y).or_insert((0.0, 0));
            l.0 += e.sim;
            l.1 += u32::from(e.key);
        }
    }
    let mut size = vec![1u32; n];
    let mut version = vec![0u32; n];
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let bar = |keys: u32| {
        if keys > 0 {
            opts.join_with_key
        } else {
            opts.join
        }
    };
    let mut heap: BinaryHeap<Offer> = BinaryHeap::new();
    for (a, l) in adj.iter().enumerate() {
        for (&b, &(sum, keys)) in l {
            if (a as u32) < b && sum >= bar(keys) {
                heap.push(Offer {
                    avg: sum,
                    a: a as u32,
                    b,
                    va: 0,
                    vb: 0,
                });
            }
        }
    }
    while let Some(o) = heap.pop() {
        let (a, b) = (o.a as usize, o.b as usize);
        if version[a] != o.va || version[b] != o.vb || size[a] == 0 || size[b] == 0 {
            continue;
        }
        // The smaller id survives; the smaller neighbour list is folded into the larger.
        let (keep, gone) = (a.min(b), a.max(b));
        let mut kept = std::mem::take(&mut adj[keep]);
        let mut folded = std::mem::take(&mut adj[gone]);
        if kept.len() < folded.len() {
            std::mem::swap(&mut kept, &mut folded);
        }
        kept.remove(&(keep as u32));
        kept.remove(&(gone as u32));
        for (x, (s, k)) in folded {
            if x as usize == keep || x as usize == gone {
                continue;
            }
            let e = kept.entry(x).or_insert((0.0, 0));
            e.0 += s;
            e.1 += k;
        }
        size[keep] += size[gone];
        size[gone] = 0;
        version[keep] += 1;
        let moved = std::mem::take(&mut members[gone]);
        members[keep].extend(moved);
        // Neighbours now point at the merged cluster.
        for (&x, &(s, k)) in &kept {
            let lx = &mut adj[x as usize];
            lx.remove(&(gone as u32));
            lx.insert(keep as u32, (s, k));
            let avg = s / (size[keep] as f64 * size[x as usize] as f64);
            if avg >= bar(k) {
                let (p, q) = (keep.min(x as usize), keep.max(x as usize));
                heap.push(Offer {
                    avg,
                    a: p as u32,
                    b: q as u32,
                    va: version[p],
                    vb: version[q],
                });
            }
        }
        adj[keep] = kept;
    }
    // Nameless documents left alone join the cluster they are closest to on average.
    for d in 0..n {
        if !nameless[d] || size[d] != 1 {
            continue;
        }
        let best = adj[d]
            .iter()
            .filter(|(&x, _)| size[x as usize] > 1 || !nameless[x as usize])
            .map(|(&x, &(s, _))| (s / size[x as usize] as f64, x))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((_, x)) = best.filter(|b| b.0 >= opts.nameless_join) {
            let moved = std::mem::take(&mut members[d]);
            members[x as usize].extend(moved);
        }
    }
    let mut label = vec![0usize; n];
    for (c, m) in members.iter().enumerate() {
        let first = m.iter().min().map_or(c, |&f| f as usize);
        for &d in m {
            label[d as usize] = first;
        }
    }
    label
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The profile of `text` in a feed of 3,000 documents where each of its hashes is in
    /// `df` documents.
    fn profile_of(text: &str, df: u32, opts: &StoryOptions) -> Profile {
        let fp = Fingerprint::of(text);
        Profile::of(
            &Counts::of(&fp, &|_| false, opts),
            &|_| Some(df),
            3000,
            opts,
        )
    }

    /// The bonus counted from a histogram equals counting every dated pair.
    #[test]
    fn day_histogram_counts_close_pairs_exactly() {
        let opts = StoryOptions::default();
        let days = [0i64, 0, 1, 3, 9, 9, 20];
        let mut hist: HashMap<i64, u64> = HashMap::default();
        for d in days {
            *hist.entry(d).or_default() += 1;
        }
        let hist: Vec<(i64, u64)> = hist.into_iter().collect();
        let close = (0..days.len())
            .flat_map(|i| (i + 1..days.len()).map(move |j| (i, j)))
            .filter(|&(i, j)| (days[i] - days[j]).abs() <= opts.window_days)
            .count();
        let expected = opts.same_days_bonus * (1.0 - close as f64 / 21.0);
        assert_eq!(same_days_bonus(&hist, &opts), expected);
        assert_eq!(same_days_bonus(&[(4, 1)], &opts), 0.0);
    }

    /// Two headlines alone that share their city and a verb weigh less than two full
    /// documents would with the same words in common; a document of some length is not
    /// scaled.
    #[test]
    fn thin_evidence_weighs_less() {
        let a = "Man fatally shot while hunting near Fort Worth\n\n1:45";
        let b = "Gun play in north Fort Worth leads to fatal shooting of boy\n\n1:24";
        let sim = |df: u32, opts: &StoryOptions| {
            let profile = |text: &str| profile_of(text, df, opts);
            link(&profile(a), &profile(b), None, None, 0.0, opts).map_or(0.0, |l| l.0)
        };
        let opts = StoryOptions::default();
        let unscaled = StoryOptions {
            thin_evidence: 0.0,
            ..StoryOptions::default()
        };
        assert!(sim(100, &opts) < 0.9 * sim(100, &unscaled));
        let long = format!(
            "{a}\n\n{}",
            "Police said the victim died at the hospital. ".repeat(3)
        );
        let profile = |text: &str, opts: &StoryOptions| profile_of(text, 100, opts);
        assert_eq!(profile(&long, &opts), profile(&long, &unscaled));
    }

    /// Names one report tells with ages and another gives bare are a key when two are
    /// shared; one alone is as often a namesake.
    #[test]
    fn names_told_with_ages_elsewhere_are_a_key_two_at_a_time() {
        let opts = StoryOptions::default();
        let profile = |text: &str| profile_of(text, 2, &opts);
        let aged = profile(
            "Trial set\n\nThe brothers are charged in the deaths of 33-year-old Misty Nunley \
             and 55-year-old Julie Jackson at the complex, prosecutors said on Monday.",
        );
        let bare = profile(
            "Hearing delayed\n\nThe men are suspected of shooting Misty Nunley and Julie \
             Jackson inside an apartment, a judge was told on Tuesday.",
        );
        let one = profile(
            "Hearing delayed\n\nThe men are suspected of shooting Misty Nunley inside an \
             apartment, a judge was told on Tuesday.",
        );
        let key =
            |a: &Profile, b: &Profile| link(a, b, None, None, 0.0, &opts).is_some_and(|l| l.1);
        assert!(key(&aged, &bare) && key(&bare, &aged));
        assert!(!key(&aged, &one));
    }

    /// Without publication days, the days of the week two leads give the event tell them
    /// apart: none the same nor a day apart costs [`StoryOptions::weekday_penalty`]; late
    /// one night and early the next morning is one event; dated reports go by their days.
    #[test]
    fn leads_on_other_days_of_the_week_are_told_apart() {
        let opts = StoryOptions::default();
        let profile = |day: &str| {
            profile_of(
                &format!(
                    "Man shot near the park\n\nA man was shot and killed {day} night near the \
                     park, police said. He died at the hospital. No arrests have been made."
                ),
                2,
                &opts,
            )
        };
        let sim = |a: &str, b: &str, days: (Option<i64>, Option<i64>)| {
            link(&profile(a), &profile(b), days.0, days.1, 0.0, &opts).map_or(0.0, |l| l.0)
        };
        let undated = (None, None);
        let drop = sim("Tuesday", "Tuesday", undated) - sim("Tuesday", "Friday", undated);
        assert!((drop - opts.weekday_penalty).abs() < 1e-9, "{drop}");
        assert_eq!(
            sim("Saturday", "Sunday", undated),
            sim("Sunday", "Sunday", undated)
        );
        // (Across the week's end too.)
        assert_eq!(
            sim("Sunday", "Monday", undated),
            sim("Monday", "Monday", undated)
        );
        let dated = (Some(100), Some(101));
        assert_eq!(
            sim("Tuesday", "Friday", dated),
            sim("Tuesday", "Tuesday", dated)
        );
        // One dated and one not: the leads still tell.
        let half = (Some(100), None);
        let drop = sim("Tuesday", "Tuesday", half) - sim("Tuesday", "Friday", half);
        assert!((drop - opts.weekday_penalty).abs() < 1e-9, "{drop}");
        // A possessive names the day too.
        let fp = Fingerprint::of("Tuesday's shooting\n\nA man was shot near the park.");
        assert_eq!(Counts::of(&fp, &|_| false, &opts).weekdays, 0b10);
        // A day named only in page furniture says nothing of the event.
        let fp = Fingerprint::of("Monday Briefing\n\nA man was shot near the park.");
        assert_ne!(Counts::of(&fp, &|_| false, &opts).weekdays, 0);
        assert_eq!(Counts::of(&fp, &|_| true, &opts).weekdays, 0);
    }

    /// Two reports that each give a street address, none the same, are told apart more
    /// firmly than two that only name different people: a victim and a suspect are two
    /// people of one event, two addresses are two events.
    #[test]
    fn different_addresses_weigh_more_than_different_people() {
        let body = "A man was shot and killed Tuesday night, police said. The victim was \
                    taken to a hospital where he died. No arrests have been made.";
        let sim = |a: &str, b: &str, opts: &StoryOptions| {
            let profile = |text: &str| profile_of(text, 2, opts);
            link(&profile(a), &profile(b), None, None, 0.0, opts).map_or(0.0, |l| l.0)
        };
        let opts = StoryOptions::default();
        let no_penalty = StoryOptions {
            address_penalty: 0.0,
            ..StoryOptions::default()
        };
        let here = format!("Shooting in the 3100 block of Fidelia Drive\n\n{body}");
        let there = format!("Shooting in the 4500 block of Maple Avenue\n\n{body}");
        let drop = sim(&here, &there, &no_penalty) - sim(&here, &there, &opts);
        assert!((drop - opts.address_penalty).abs() < 1e-9, "{drop}");
        let one = format!("Shooting\n\n{body} The victim was identified as Marcus Jones, 24.");
        let other =
            format!("Shooting\n\n{body} The victim was identified as Darnell Whitfield, 31.");
        assert_eq!(sim(&one, &other, &no_penalty), sim(&one, &other, &opts));
        // ... though they are strangers, and take the stranger penalty.
        let welcome = StoryOptions {
            stranger_penalty: 0.0,
            ..StoryOptions::default()
        };
        assert!(sim(&one, &other, &welcome) > sim(&one, &other, &opts));
    }

    /// A report months later that names the day of the first report is read as close to
    /// it in time; one that names no such day needs a shared person or address.
    #[test]
    fn a_later_report_naming_the_day_is_close_in_time() {
        let opts = StoryOptions::default();
        let profile = |text: &str| profile_of(text, 2, &opts);
        let first = profile(
            "Two teens killed at Libby Lake Park\n\nTwo teens were shot dead at Libby Lake \
             Park in Oceanside, police said.",
        );
        let day = crate::Date::new(2013, 3, 13).unwrap().days();
        let later = |named: &str| {
            profile(&format!(
                "No death penalty in Libby Lake killings\n\nProsecutors will not seek death \
                 for the {named} shooting of two teens at Libby Lake Park in Oceanside."
            ))
        };
        let recalling = later("March 13, 2013");
        let silent = later("spring");
        let months = day + 400;
        assert!(link(&first, &recalling, Some(day), Some(months), 0.1, &opts).is_some());
        assert!(link(&first, &silent, Some(day), Some(months), 0.1, &opts).is_none());
    }

    /// Two documents close enough merge; a nameless one joins them; a stranger stays out.
    #[test]
    fn a_component_merges_by_average_linkage() {
        let opts = StoryOptions::default();
        let links = [
            Link {
                a: 0,
                b: 1,
                sim: 0.5,
                key: false,
            },
            Link {
                a: 1,
                b: 2,
                sim: 0.3,
                key: false,
            },
            Link {
                a: 2,
                b: 3,
                sim: 0.05,
                key: false,
            },
        ];
        let labels = cluster_component(&[false, false, true, false], &links, &opts);
        assert_eq!(labels, [0, 0, 0, 3]);
    }
}
