//! Candidate pairs: which claims of a block are worth comparing at all.
//!
//! Comparing every pair is quadratic, so pairs come only from what could make two claims
//! one quantity (see `affinity`): their sentences share a name, they are in one
//! document, or their documents share names. Documents are paired first, from an
//! inverted index of their names' blocking keys, and claims only within paired documents:
//! the cost follows the size of stories, not of the corpus.

use super::{Block, ClaimNames, DocumentFacts, FastMap, GroupOptions, Member};
use rayon::prelude::*;

/// Pairs of member indices.
pub(super) type Pairs = Vec<(u32, u32)>;

/// Candidate pairs `(i, j)`, `i < j`, of each block, sorted and without repeats, and the
/// pairs of documents `(d, e)`, `d < e`, whose claims were paired.
pub(super) fn candidate_pairs(
    members: &[Member<'_>],
    docs: &[DocumentFacts],
    opts: &GroupOptions,
    blocks: &[Block<'_>],
    names: &ClaimNames<'_>,
) -> (Vec<Pairs>, Vec<(usize, usize)>) {
    let trace = crate::trace::Trace::start("candidates");
    // Each document's claims as (block, claim), sorted: the claims two paired documents
    // can compare are those of the blocks both have.
    let n_docs = docs
        .len()
        .max(members.iter().map(|m| m.document + 1).max().unwrap_or(0));
    let mut of_doc: Vec<Vec<(u32, u32)>> = vec![Vec::new(); n_docs];
    let mut block_of = vec![0u32; members.len()];
    for (b, block) in blocks.iter().enumerate() {
        for &i in &block.ids {
            of_doc[members[i].document].push((b as u32, i as u32));
            block_of[i] = b as u32;
        }
    }
    of_doc.par_iter_mut().for_each(|list| list.sort_unstable());
    // Pairs are made as (block, i, j) on all cores, then sorted once into blocks.
    //
    // Claims of one document: each with the next `NEIGHBOURS` of its block, in text
    // order. An article has far fewer claims of one kind, so it compares them all; a
    // scraped table or a run-on page of thousands is chained through its neighbours
    // rather than compared with itself pair by pair.
    let within = of_doc.par_iter().flat_map_iter(|list| {
        list.iter().enumerate().flat_map(move |(x, &(b, i))| {
            list[x + 1..]
                .iter()
                .take(NEIGHBOURS)
                .take_while(move |&&(c, _)| c == b)
                .map(move |&(_, j)| pair(b, i, j))
        })
    });
    // Claims of paired documents: every claim of one with every claim of the other in the
    // same block, or, when both hold more than `NEIGHBOURS` of them, each claim with the
    // `NEIGHBOURS` claims at the same relative place in the other.
    let doc_pairs = document_pairs(docs, opts);
    trace.phase("doc pairs");
    let paired = doc_pairs.par_iter().flat_map_iter(|&(d, e)| {
        let (a, b) = (&of_doc[d], &of_doc[e]);
        let mut out = Vec::new();
        let (mut x, mut y) = (0, 0);
        while x < a.len() && y < b.len() {
            let (ba, bb) = (a[x].0, b[y].0);
            if ba < bb {
                x += 1;
            } else if bb < ba {
                y += 1;
            } else {
                let xe = x + a[x..].iter().take_while(|p| p.0 == ba).count();
                let ye = y + b[y..].iter().take_while(|p| p.0 == bb).count();
                cross_pairs(&a[x..xe], &b[y..ye], &mut out);
                (x, y) = (xe, ye);
            }
        }
        out
    });
    // The rest is decided per subject block (the adjacent blocks of one subject), as the
    // same figures of different predicates would be.
    let mut subjects = Vec::new();
    let mut start = 0;
    while start < blocks.len() {
        let end = start
            + blocks[start..]
                .iter()
                .take_while(|b| b.subject == blocks[start].subject)
                .count();
        subjects.push(start..end);
        start = end;
    }
    let by_subject = subjects.into_par_iter().flat_map_iter(|subject| {
        subject_pairs(members, docs, opts, blocks, names, &block_of, subject)
    });
    // Each task's pairs are moved into their blocks, which then sort on all cores: many
    // small sorts, not one of every pair.
    let parts: Vec<Vec<(u32, u32, u32)>> = within
        .chain(paired)
        .chain(by_subject)
        .fold(Vec::new, |mut v, p| {
            v.push(p);
            v
        })
        .collect();
    trace.phase("pairs");
    let mut per_block: Vec<Pairs> = vec![Vec::new(); blocks.len()];
    for part in parts {
        for (b, i, j) in part {
            per_block[b as usize].push((i, j));
        }
    }
    per_block.par_iter_mut().for_each(|pairs| {
        pairs.sort_unstable();
        pairs.dedup();
    });
    (per_block, doc_pairs)
}

/// The pairs a subject block's claims get from its own make-up: all of them when it is
/// small and holds claims of documents that name (almost) nothing, else those whose
/// sentences share a name.
fn subject_pairs(
    members: &[Member<'_>],
    docs: &[DocumentFacts],
    opts: &GroupOptions,
    blocks: &[Block<'_>],
    names: &ClaimNames<'_>,
    block_of: &[u32],
    subject: std::ops::Range<usize>,
) -> Vec<(u32, u32, u32)> {
    let mut out = Vec::new();
    let little = if docs.len() <= opts.small_corpus {
        3
    } else {
        1
    };
    let ids = || subject.clone().flat_map(|b| blocks[b].ids.iter().copied());
    // Claims of documents that name nothing can only be placed by comparing them with
    // the whole block; in a block too big for that they stay alone (abstain).
    let nameless = ids().any(|i| {
        docs.get(members[i].document)
            .is_none_or(|d| d.names.len() < little)
    });
    if blocks[subject.start].subject_claims <= opts.max_bucket && nameless {
        for b in subject.clone() {
            all_pairs(&blocks[b].ids, b as u32, &mut out);
        }
        return out;
    }
    // Claims whose sentences share a name, in buckets small enough to tell stories
    // apart. Only the same name counts here (by its telling words): in a big corpus a
    // variant spelling is evidence only between paired documents, paired above.
    let mut buckets: FastMap<u64, Vec<usize>> = FastMap::default();
    for i in ids() {
        let mut keys: Vec<u64> = names.of_claim[i]
            .iter()
            .flat_map(|&(id, _)| names.table.word_keys(id).iter().copied())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for k in keys {
            buckets.entry(k).or_default().push(i);
        }
    }
    for bucket in buckets.values_mut().filter(|b| b.len() <= opts.max_bucket) {
        // Pairs within each block of the bucket.
        bucket.sort_unstable_by_key(|&i| (block_of[i], i));
        for run in bucket.chunk_by(|&x, &y| block_of[x] == block_of[y]) {
            all_pairs(run, block_of[run[0]], &mut out);
        }
    }
    out
}

/// Most claims of one block a claim is paired with within its document, or within a
/// paired document, when there are more.
const NEIGHBOURS: usize = 32;

/// Pairs across two documents' claims of one block (`(block, claim)` lists): all of
/// them, or a band of `NEIGHBOURS` around the same relative place when both are long.
fn cross_pairs(a: &[(u32, u32)], b: &[(u32, u32)], out: &mut Vec<(u32, u32, u32)>) {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() <= NEIGHBOURS {
        for &(block, i) in short {
            for &(_, j) in long {
                out.push(pair(block, i, j));
            }
        }
        return;
    }
    for (x, &(block, i)) in long.iter().enumerate() {
        let at = x * short.len() / long.len();
        let lo = at.saturating_sub(NEIGHBOURS / 2);
        let hi = (lo + NEIGHBOURS).min(short.len());
        for &(_, j) in &short[lo..hi] {
            out.push(pair(block, i, j));
        }
    }
}

/// Claims `i` and `j` of `block`, the smaller first.
fn pair(block: u32, i: u32, j: u32) -> (u32, u32, u32) {
    (block, i.min(j), i.max(j))
}

fn all_pairs(ids: &[usize], block: u32, out: &mut Vec<(u32, u32, u32)>) {
    for (x, &i) in ids.iter().enumerate() {
        for &j in &ids[x + 1..] {
            out.push(pair(block, i as u32, j as u32));
        }
    }
}

/// Pairs of documents `(d, e)`, `d < e`, that may be about one story: in a small corpus
/// all of them; otherwise those sharing as many names (by blocking key) as `affinity`
/// asks for, keys held by more than [`GroupOptions::max_bucket`] documents aside.
/// `affinity` then checks the names themselves.
fn document_pairs(docs: &[DocumentFacts], opts: &GroupOptions) -> Vec<(usize, usize)> {
    if docs.len() <= opts.small_corpus {
        return (0..docs.len())
            .flat_map(|d| (d + 1..docs.len()).map(move |e| (d, e)))
            .collect();
    }
    // Each document's names as lists of keys.
    let keys: Vec<Vec<Vec<u64>>> = docs
        .par_iter()
        .map(|d| d.names.iter().map(|n| super::names::name_keys(n)).collect())
        .collect();
    let mut index: FastMap<u64, Vec<usize>> = FastMap::default();
    for (d, names) in keys.iter().enumerate() {
        let mut all: Vec<u64> = names.iter().flatten().copied().collect();
        all.sort_unstable();
        all.dedup();
        for k in all {
            index.entry(k).or_default().push(d);
        }
    }
    // Each document's later partners, on all cores; a task keeps its counters for the
    // documents it scans.
    let n = docs.len();
    keys.par_iter()
        .enumerate()
        .map_init(
            || (vec![0u32; n], Vec::<usize>::new(), Vec::<usize>::new()),
            |(count, touched, of_name), (d, names)| {
                for name in names {
                    // The later documents holding this name, each once.
                    of_name.clear();
                    for k in name {
                        let holders = &index[k];
                        if holders.len() <= opts.max_bucket {
                            of_name.extend(holders.iter().filter(|&&e| e > d));
                        }
                    }
                    of_name.sort_unstable();
                    of_name.dedup();
                    for &e in of_name.iter() {
                        if count[e] == 0 {
                            touched.push(e);
                        }
                        count[e] += 1;
                    }
                }
                touched.sort_unstable();
                let mut out = Vec::new();
                for &e in touched.iter() {
                    let fewer = docs[d].names.len().min(docs[e].names.len());
                    if count[e] as usize >= super::names_needed(fewer) {
                        out.push((d, e));
                    }
                    count[e] = 0;
                }
                touched.clear();
                out
            },
        )
        .flatten_iter()
        .collect()
}
