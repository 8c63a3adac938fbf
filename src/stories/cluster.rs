//! Documents into stories on one machine: the [parts](super::parts) in order.

use super::fingerprint::Fingerprint;
use super::parts::{self, Counts, Link, Profile};
use super::StoryOptions;
use crate::quantity::lexicon::HashMap;
use rayon::prelude::*;

/// The story of each document (a label per document, the smallest index of its story).
///
/// Clustering breaks ties by document index, so the documents are first put in an order
/// of their own content ([`parts::content_order`], then day): a feed read in another order
/// gives the same stories.
pub(super) fn cluster(
    fps: &[&Fingerprint],
    days: &[Option<i64>],
    opts: &StoryOptions,
) -> Vec<usize> {
    let n = fps.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_cached_key(|&i| {
        (
            parts::content_order(fps[i]),
            days.get(i).copied().flatten(),
            i,
        )
    });
    let sorted_fps: Vec<&Fingerprint> = order.iter().map(|&i| fps[i]).collect();
    let sorted_days: Vec<Option<i64>> = order
        .iter()
        .map(|&i| days.get(i).copied().flatten())
        .collect();
    let labels = cluster_in_order(&sorted_fps, &sorted_days, opts);
    // Back to input indices, each story labelled by its smallest one.
    let mut smallest: HashMap<usize, usize> = HashMap::default();
    for (k, &l) in labels.iter().enumerate() {
        let e = smallest.entry(l).or_insert(order[k]);
        *e = (*e).min(order[k]);
    }
    let mut out = vec![0; n];
    for (k, &l) in labels.iter().enumerate() {
        out[order[k]] = smallest[&l];
    }
    out
}

/// [`cluster`] over documents in the order given.
fn cluster_in_order(fps: &[&Fingerprint], days: &[Option<i64>], opts: &StoryOptions) -> Vec<usize> {
    let n = fps.len();
    let profiles = profiles(fps, opts);
    let bonus = days_bonus(days, opts);
    // A small feed is compared pair by pair.
    let pairs = if n <= opts.small_feed {
        (0..n as u32)
            .flat_map(|a| (a + 1..n as u32).map(move |b| (a, b)))
            .collect()
    } else {
        candidate_pairs(&profiles)
    };
    let links: Vec<Link> = pairs
        .par_iter()
        .filter_map(|&(a, b)| {
            let (x, y) = (a as usize, b as usize);
            parts::link(&profiles[x], &profiles[y], days[x], days[y], bonus, opts)
                .map(|(sim, key)| Link { a, b, sim, key })
        })
        .collect();
    // Connected components of the links, each clustered on its own (as a distributed job
    // does): documents in ascending order, links renumbered within the component.
    let mut sets = crate::union_find::UnionFind::new(n);
    for l in &links {
        sets.union(l.a as usize, l.b as usize);
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
    for d in 0..n {
        members.entry(sets.find(d)).or_default().push(d);
    }
    let mut local = vec![0u32; n];
    for docs in members.values() {
        for (k, &d) in docs.iter().enumerate() {
            local[d] = k as u32;
        }
    }
    let mut component_links: HashMap<usize, Vec<Link>> = HashMap::default();
    for l in links {
        component_links
            .entry(sets.find(l.a as usize))
            .or_default()
            .push(Link {
                a: local[l.a as usize],
                b: local[l.b as usize],
                ..l
            });
    }
    let components: Vec<(Vec<usize>, Vec<Link>)> = members
        .into_iter()
        .map(|(root, docs)| (docs, component_links.remove(&root).unwrap_or_default()))
        .collect();
    let labelled: Vec<(Vec<usize>, Vec<usize>)> = components
        .into_par_iter()
        .map(|(docs, links)| {
            let nameless: Vec<bool> = docs.iter().map(|&d| profiles[d].nameless()).collect();
            let labels = parts::cluster_component(&nameless, &links, opts);
            (docs, labels)
        })
        .collect();
    let mut label = vec![0usize; n];
    for (docs, labels) in labelled {
        for (k, &l) in labels.iter().enumerate() {
            label[docs[k]] = docs[l];
        }
    }
    label
}

/// Steps 1 to 5 of [`parts`] on one machine: every document's profile, with page furniture
/// and rarity learned from the whole feed.
pub fn profiles(fps: &[&Fingerprint], opts: &StoryOptions) -> Vec<Profile> {
    let mut offered: HashMap<u64, usize> = HashMap::default();
    for fp in fps {
        for t in parts::furniture_candidates(fp) {
            *offered.entry(t).or_default() += 1;
        }
    }
    let furniture = |t: u64| {
        offered
            .get(&t)
            .is_some_and(|&c| c >= opts.furniture_documents)
    };
    let counts: Vec<Counts> = fps
        .par_iter()
        .map(|fp| Counts::of(fp, &furniture, opts))
        .collect();
    let mut df: HashMap<u64, u32> = HashMap::default();
    for c in &counts {
        for h in c.hashes() {
            *df.entry(h).or_default() += 1;
        }
    }
    counts
        .par_iter()
        .map(|c| Profile::of(c, &|h| df.get(&h).copied(), fps.len(), opts))
        .collect()
}

/// [`parts::same_days_bonus`] of documents published on `days`.
pub fn days_bonus(days: &[Option<i64>], opts: &StoryOptions) -> f64 {
    let mut histogram: HashMap<i64, u64> = HashMap::default();
    for d in days.iter().flatten() {
        *histogram.entry(*d).or_default() += 1;
    }
    let histogram: Vec<(i64, u64)> = histogram.into_iter().collect();
    parts::same_days_bonus(&histogram, opts)
}

/// Pairs of documents sharing a candidate key, each once, sorted.
fn candidate_pairs(profiles: &[Profile]) -> Vec<(u32, u32)> {
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::default();
    for (d, p) in profiles.iter().enumerate() {
        for &k in p.candidate_keys() {
            postings.entry(k).or_default().push(d as u32);
        }
    }
    let mut lists: Vec<Vec<u32>> = postings.into_values().collect();
    lists.sort_unstable();
    let mut pairs: Vec<(u32, u32)> = lists
        .par_iter()
        .flat_map_iter(|ids| {
            ids.iter()
                .enumerate()
                .flat_map(move |(i, &a)| ids[i + 1..].iter().map(move |&b| (a.min(b), a.max(b))))
        })
        .collect();
    pairs.par_sort_unstable();
    pairs.dedup();
    pairs
}
