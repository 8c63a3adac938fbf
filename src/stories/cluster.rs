//! Documents into stories: furniture dropped, features weighted by rarity, candidate pairs
//! from an inverted index on rare features, similarity, then average linkage.

use super::fingerprint::{Feature, Fingerprint, Kind};
use super::StoryOptions;
use crate::quantity::lexicon::HashMap;
use rayon::prelude::*;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A document's weighted features: names and words apart, each sorted by hash and of unit
/// length.
#[derive(Debug, Default)]
struct Vector {
    names: Vec<(u64, f64)>,
    terms: Vec<(u64, f64)>,
    /// Rare keys (people, addresses) it holds, sorted.
    keys: Vec<u64>,
    /// Rare streets it names, sorted: keys only between documents published within the
    /// window, since a street sees other events before and after.
    streets: Vec<u64>,
    /// The people and addresses it names that not every document of the feed has, sorted.
    identifying: Vec<u64>,
}

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

/// The story of each document (a label per document, the smallest index of its story).
///
/// Clustering breaks ties by document index, so the documents are first put in an order
/// of their own content (features, headline, day): a feed read in another order gives the
/// same stories.
pub(super) fn cluster(
    fps: &[&Fingerprint],
    days: &[Option<i64>],
    opts: &StoryOptions,
) -> Vec<usize> {
    let n = fps.len();
    let content = |i: usize| {
        let mut h = crate::quantity::lexicon::FastHasher::default();
        std::hash::Hash::hash(&fps[i].features, &mut h);
        std::hash::Hash::hash(&fps[i].headline, &mut h);
        std::hash::Hasher::finish(&h)
    };
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_cached_key(|&i| (content(i), days.get(i).copied().flatten(), i));
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
    let furniture = furniture(fps, opts);
    // Each document's feature counts outside furniture.
    let counts: Vec<Vec<(Feature, u32)>> = fps
        .par_iter()
        .map(|fp| {
            // (Headline and lead count twice.)
            let mut fs: Vec<(Feature, u32)> = fp
                .units
                .iter()
                .filter(|u| !(furniture.contains(&u.template)))
                .flat_map(|u| {
                    let w = if u.lead { opts.lead_weight } else { 1 };
                    fp.features[u.start as usize..u.end as usize]
                        .iter()
                        .map(move |&f| (f, w))
                })
                .collect();
            fs.sort_unstable();
            fs.chunk_by(|a, b| a.0 == b.0)
                .map(|run| (run[0].0, run.iter().map(|x| x.1).sum::<u32>()))
                .collect()
        })
        .collect();
    let mut df: HashMap<u64, u32> = HashMap::default();
    for c in &counts {
        // (A hash of two kinds in one document counts once.)
        let mut last = None;
        for (f, _) in c {
            if last != Some(f.hash) {
                *df.entry(f.hash).or_default() += 1;
                last = Some(f.hash);
            }
        }
    }
    // Rarity: a small feed is read as part of a larger one, so a name its few documents
    // share still counts.
    let total = (n + opts.background_documents) as f64;
    let common = (n as f64 * opts.max_document_share).max(opts.candidate_max_documents as f64);
    let idf = |h: u64| {
        let d = df.get(&h).copied().unwrap_or(1) as f64;
        (d >= 2.0 && d <= common).then(|| (total / d).ln())
    };
    let vectors: Vec<Vector> = counts
        .par_iter()
        .map(|c| {
            let mut v = Vector::default();
            for &(f, tf) in c {
                if f.kind.is_identifying() && df.get(&f.hash).is_some_and(|&d| (d as usize) < n) {
                    v.identifying.push(f.hash);
                }
                let Some(idf) = idf(f.hash) else { continue };
                let w = opts.weight(f.kind) * (1.0 + (tf as f64).ln()) * idf;
                if f.kind == Kind::Term {
                    v.terms.push((f.hash, w));
                } else {
                    v.names.push((f.hash, w));
                }
                if f.kind.is_key()
                    && df
                        .get(&f.hash)
                        .is_some_and(|&d| d as usize <= opts.key_max_documents)
                {
                    if f.kind == Kind::Street {
                        v.streets.push(f.hash);
                    } else {
                        v.keys.push(f.hash);
                    }
                }
            }
            for part in [&mut v.names, &mut v.terms] {
                part.sort_unstable_by_key(|e| e.0);
                // (A hash of two kinds in one document: its weights add.)
                part.dedup_by(|b, a| {
                    let same = a.0 == b.0;
                    if same {
                        a.1 += b.1;
                    }
                    same
                });
            }
            for part in [&mut v.names, &mut v.terms] {
                let norm = part.iter().map(|e| e.1 * e.1).sum::<f64>().sqrt();
                if norm > 0.0 {
                    part.iter_mut().for_each(|e| e.1 /= norm);
                }
            }
            for keys in [&mut v.keys, &mut v.streets] {
                keys.sort_unstable();
                keys.dedup();
            }
            v.identifying.sort_unstable();
            v.identifying.dedup();
            v
        })
        .collect();
    // A small feed is compared pair by pair.
    // Being published close together tells two documents apart from the rest of the feed
    // only as much as the feed is spread out in time.
    let bonus = opts.same_days_bonus * (1.0 - share_within(days, opts.window_days));
    let pairs = if n <= opts.small_feed {
        (0..n as u32)
            .flat_map(|a| (a + 1..n as u32).map(move |b| (a, b)))
            .collect()
    } else {
        candidate_pairs(&counts, &df, opts)
    };
    let edges: Vec<Edge> = pairs
        .par_iter()
        .filter_map(|&(a, b)| {
            let (va, vb) = (&vectors[a as usize], &vectors[b as usize]);
            // A document that names nothing is judged on its words alone.
            let share = if va.names.is_empty() || vb.names.is_empty() {
                0.0
            } else {
                opts.name_share
            };
            // Documents that both name the people or addresses of their event but share none
            // of them are likely about two events, however alike their words.
            let strangers = !va.identifying.is_empty()
                && !vb.identifying.is_empty()
                && !shares(&va.identifying, &vb.identifying);
            let sim = share * dot(&va.names, &vb.names) + (1.0 - share) * dot(&va.terms, &vb.terms);
            let sim = if strangers {
                sim - opts.stranger_penalty
            } else {
                sim
            };
            let mut key = shares(&va.keys, &vb.keys);
            let sim = match (days[a as usize], days[b as usize]) {
                (Some(x), Some(y)) if (x - y).abs() <= opts.window_days => {
                    key |= shares(&va.streets, &vb.streets);
                    sim + bonus
                }
                // Further apart, only a person or address of the story joins later coverage
                // (a trial, an anniversary) to the event: the same place and the same
                // words months apart are another flood. Even then the texts must be as
                // alike as any other story's: a police spokesman or a pastor is named in
                // many stories over the years.
                (Some(_), Some(_)) if !key => return None,
                (Some(_), Some(_)) => sim - bonus,
                _ => sim,
            };
            (sim > 0.0).then_some(Edge { a, b, sim, key })
        })
        .collect();
    // A document that names nothing of its event (no person, place or name, only words
    // and figures) cannot start a story of its own: it joins the closest one.
    let nameless: Vec<bool> = counts
        .iter()
        .map(|c| {
            !c.iter().any(|(f, _)| {
                f.kind.is_identifying() || f.kind == Kind::Name || f.kind == Kind::NameWord
            })
        })
        .collect();
    average_linkage(n, edges, &nameless, opts)
}

/// The share of pairs of dated documents published within `window` days of each other.
fn share_within(days: &[Option<i64>], window: i64) -> f64 {
    let mut d: Vec<i64> = days.iter().flatten().copied().collect();
    if d.len() < 2 {
        return 1.0;
    }
    d.sort_unstable();
    let mut close = 0u64;
    let mut lo = 0;
    for (i, &x) in d.iter().enumerate() {
        while x - d[lo] > window {
            lo += 1;
        }
        close += (i - lo) as u64;
    }
    let pairs = (d.len() as u64 * (d.len() as u64 - 1)) / 2;
    close as f64 / pairs as f64
}

/// Templates of units that recur across enough documents to be page furniture.
fn furniture(fps: &[&Fingerprint], opts: &StoryOptions) -> crate::quantity::lexicon::HashSet<u64> {
    let mut docs: HashMap<u64, u32> = HashMap::default();
    for fp in fps {
        let mut seen: Vec<u64> = fp
            .units
            .iter()
            .filter(|u| u.telling)
            .map(|u| u.template)
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for t in seen {
            *docs.entry(t).or_default() += 1;
        }
    }
    docs.into_iter()
        .filter(|&(_, c)| c as usize >= opts.furniture_documents)
        .map(|(t, _)| t)
        .collect()
}

/// Pairs of documents sharing a feature that few documents have, each once, sorted.
fn candidate_pairs(
    counts: &[Vec<(Feature, u32)>],
    df: &HashMap<u64, u32>,
    opts: &StoryOptions,
) -> Vec<(u32, u32)> {
    let mut postings: HashMap<u64, Vec<u32>> = HashMap::default();
    for (d, c) in counts.iter().enumerate() {
        let mut last = None;
        for (f, _) in c {
            let Some(&k) = df.get(&f.hash) else { continue };
            if k < 2 || k as usize > opts.candidate_max_documents || last == Some(f.hash) {
                continue;
            }
            // Words and figures alone never make a candidate: a name, a person or an
            // address must be shared.
            if matches!(f.kind, Kind::Term | Kind::Number) {
                continue;
            }
            last = Some(f.hash);
            postings.entry(f.hash).or_default().push(d as u32);
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

#[derive(Debug, Clone, Copy)]
struct Edge {
    a: u32,
    b: u32,
    sim: f64,
    /// The two share a person or an address of the story.
    key: bool,
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

/// Average-linkage clustering over the sparse similarity graph (absent edges count as
/// zero): the closest pair of clusters merges while their average similarity reaches
/// [`StoryOptions::join`], or [`StoryOptions::join_with_key`] when some of their documents
/// share a person or an address. Returns each document's cluster as its smallest index.
fn average_linkage(
    n: usize,
    edges: Vec<Edge>,
    nameless: &[bool],
    opts: &StoryOptions,
) -> Vec<usize> {
    let mut links: Vec<Links> = vec![Links::default(); n];
    for e in &edges {
        for (x, y) in [(e.a, e.b), (e.b, e.a)] {
            let l = links[x as usize].entry(y).or_insert((0.0, 0));
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
    for (a, l) in links.iter().enumerate() {
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
        let mut kept = std::mem::take(&mut links[keep]);
        let mut folded = std::mem::take(&mut links[gone]);
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
            let lx = &mut links[x as usize];
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
        links[keep] = kept;
    }
    // Nameless documents left alone join the cluster they are closest to on average.
    for d in 0..n {
        if !nameless[d] || size[d] != 1 {
            continue;
        }
        let best = links[d]
            .iter()
            .filter(|(&x, _)| size[x as usize] > 1 || !nameless[x as usize])
            .map(|(&x, &(s, _))| (s / size[x as usize] as f64, x))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        if let Some((avg, x)) = best.filter(|b| b.0 >= opts.nameless_join) {
            let _ = avg;
            let moved = std::mem::take(&mut members[d]);
            members[x as usize].extend(moved);
        }
    }
    let mut label = vec![0usize; n];
    for (c, m) in members.iter().enumerate() {
        if m.is_empty() {
            continue;
        }
        let first = *m.iter().min().unwrap_or(&(c as u32)) as usize;
        for &d in m {
            label[d as usize] = first;
        }
    }
    label
}
