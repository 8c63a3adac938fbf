//! Copy detection: which documents share narrative passages (see the module docs of
//! [`crate::provenance`] for the model).

use serde::{Deserialize, Serialize};

/// Two documents that are not independent voices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dependency {
    /// Index of the first document in the slice given to the detector (`a < b`).
    pub a: usize,
    /// Index of the second document.
    pub b: usize,
    /// Shared passages outside quotations: maximal runs of consecutive shared shingles,
    /// counted in each document and the smaller count kept (so the order of the documents
    /// never matters).
    pub shared_passages: usize,
    /// Words covered by those passages (the smaller of the two documents' counts).
    pub shared_words: usize,
    /// What the dependency is.
    pub kind: DependencyKind,
}

/// Why two documents depend on each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DependencyKind {
    /// Shared narrative text: one copied the other, or both ran the same wire copy.
    Copy,
}

/// Finds documents that share narrative text outside quotations.
///
/// ```
/// use crosscheck::provenance::CopyDetector;
/// let wire = "Government forces shelled the northern district overnight, local residents \
///             said, and the army closed the only road out of the valley. Aid convoys \
///             waiting at the border were turned back for the third day in a row.";
/// let a = format!("Fighting flares\n\n{wire}");
/// let b = format!("Army closes valley road\n\n{wire}\n\nThe ministry did not comment.");
/// let deps = CopyDetector::new().detect(&[&a, "An unrelated story about rain.", &b]);
/// assert_eq!((deps[0].a, deps[0].b), (0, 2));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CopyDetector {
    shingle_size: usize,
    min_passages: usize,
    long_passage_words: usize,
    max_doc_freq: usize,
}

impl Default for CopyDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl CopyDetector {
    /// Default shingle size: 8 words. Shorter shingles match the titles and set phrases
    /// that independent stories share (`the foreign minister of the republic`, `the two
    /// former rivals`); longer ones miss lightly edited wire copy, where an inserted
    /// honorific or conjunction cuts a sentence into pieces of eight to ten words. On the
    /// project's seed articles sizes 7 to 10 all separate copies from independent reports;
    /// 8 leaves room on both sides.
    pub const DEFAULT_SHINGLE_SIZE: usize = 8;
    /// Default number of separate shared passages that make a copy: 2. One shared passage
    /// can be a coincidence (a long title, a set phrase); two rarely are.
    pub const DEFAULT_MIN_PASSAGES: usize = 2;
    /// Default length, in words, of a single shared passage that alone makes a copy: 20.
    pub const DEFAULT_LONG_PASSAGE_WORDS: usize = 20;
    /// Default cap on how many documents may share a shingle before it counts as
    /// boilerplate and is ignored: 32. It also bounds the work per shingle
    /// (at most 32 × 31 pairs).
    pub const DEFAULT_MAX_DOC_FREQ: usize = 32;

    /// A detector with the default options.
    pub fn new() -> Self {
        CopyDetector {
            shingle_size: Self::DEFAULT_SHINGLE_SIZE,
            min_passages: Self::DEFAULT_MIN_PASSAGES,
            long_passage_words: Self::DEFAULT_LONG_PASSAGE_WORDS,
            max_doc_freq: Self::DEFAULT_MAX_DOC_FREQ,
        }
    }

    /// Words per shingle (at least 1; 0 is taken as 1).
    pub fn shingle_size(mut self, words: usize) -> Self {
        self.shingle_size = words.max(1);
        self
    }

    /// Separate shared passages that make a copy (at least 1).
    pub fn min_passages(mut self, passages: usize) -> Self {
        self.min_passages = passages.max(1);
        self
    }

    /// Length in words of one shared passage that alone makes a copy. Values below the
    /// shingle size act as the shingle size (every passage has at least that many words).
    pub fn long_passage_words(mut self, words: usize) -> Self {
        self.long_passage_words = words;
        self
    }

    /// Most documents a shingle may occur in and still count (at least 2); shingles in
    /// more documents are boilerplate (footers, page furniture) and are ignored. Raise it
    /// for collections where one wire story is run by many outlets.
    pub fn max_doc_freq(mut self, docs: usize) -> Self {
        self.max_doc_freq = docs.max(2);
        self
    }

    /// The dependent pairs among `texts`, sorted by `(a, b)`.
    ///
    /// Work is linear in the total number of words times the document-frequency cap: an
    /// inverted index from shingle to documents yields the candidate pairs, and each pair
    /// is scored from the positions it shares; documents are never compared pairwise.
    pub fn detect(&self, texts: &[&str]) -> Vec<Dependency> {
        use rayon::prelude::*;
        // Shingling is independent per text: all cores, in order.
        let sets: Vec<Shingles> = texts.par_iter().map(|t| self.shingles(t)).collect();
        self.detect_shingles(&sets)
    }

    /// The shingles of one text, which is all [`CopyDetector::detect_shingles`] needs:
    /// a caller can compute them as each document is read and then drop its text.
    pub fn shingles(&self, text: &str) -> Shingles {
        self.shingles_normalized(&crate::normalize::normalize(text).text)
    }

    /// [`CopyDetector::shingles`] of a text already normalized
    /// ([`crate::normalize::normalize`]), for a caller that normalized it for extraction.
    pub fn shingles_normalized(&self, normalized: &str) -> Shingles {
        let mut out = Shingles::default();
        for (p, h) in shingles(normalized, self.shingle_size) {
            if out
                .runs
                .last()
                .is_none_or(|&(i, q)| p != q + (out.hashes.len() - i) as u32)
            {
                out.runs.push((out.hashes.len(), p));
            }
            out.hashes.push(h);
        }
        out
    }

    /// [`CopyDetector::detect`] from each document's [`CopyDetector::shingles`] (made with
    /// the same shingle size), in document order.
    pub fn detect_shingles(&self, docs: &[Shingles]) -> Vec<Dependency> {
        use rayon::prelude::*;
        let k = self.shingle_size;
        let n = docs.len();
        let trace = crate::trace::Trace::start("copies");
        let shards = shard_occurrences(docs);
        trace.phase("sharded");
        // Documents are cut into ranges, and each shard files its hits by range, so the
        // hits of each range can be bucketed by document on its own core and in cache.
        let range_len = n.div_ceil(RANGES).max(1);
        // For each shingle found in 2 to `max_doc_freq` documents: (d, e, position in d)
        // for every other document e that has it.
        let hits: Vec<Vec<Vec<Hit>>> = shards
            .into_par_iter()
            .map(|mut shard| {
                shard.sort_unstable();
                let mut hits: Vec<Vec<Hit>> = vec![Vec::new(); n.div_ceil(range_len)];
                let mut holders: Vec<u32> = Vec::new();
                for group in shard.chunk_by(|x, y| x.0 == y.0) {
                    if group.len() < 2 {
                        continue; // the common case: a shingle no other document has
                    }
                    holders.clear();
                    holders.extend(group.iter().map(|o| o.1));
                    holders.dedup();
                    if holders.len() < 2 || holders.len() > self.max_doc_freq {
                        continue;
                    }
                    for &(_, d, pos) in group {
                        let to = &mut hits[d as usize / range_len];
                        to.extend(holders.iter().filter(|&&e| e != d).map(|&e| (d, e, pos)));
                    }
                }
                hits
            })
            .collect();
        trace.phase("hits");
        let mut by_range: Vec<Vec<Vec<Hit>>> = vec![Vec::new(); n.div_ceil(range_len)];
        for shard in hits {
            for (r, part) in shard.into_iter().enumerate() {
                by_range[r].push(part);
            }
        }
        // A pair is a copy only if both documents' counts pass (the smaller is kept), so a
        // side that fails on its own is dropped here: most pairs share one short phrase,
        // and this keeps them out of memory and out of the look-ups below.
        let long = self.long_passage_words.max(k);
        let passes = |r: &Runs| r.passages >= self.min_passages || r.longest >= long;
        // Per document: (other document, its runs of shared positions), by other document.
        let stats: Vec<Vec<(u32, Runs)>> = by_range
            .into_par_iter()
            .enumerate()
            .flat_map_iter(|(r, parts)| {
                let base = r * range_len;
                bucket_by_document(base, range_len.min(n - base), parts)
                    .into_iter()
                    .map(|mut hits| {
                        hits.sort_unstable();
                        hits.chunk_by(|x, y| x.0 == y.0)
                            .map(|g| (g[0].0, runs(g.iter().map(|h| h.1), k)))
                            .filter(|(_, r)| passes(r))
                            .collect()
                    })
            })
            .collect();
        trace.phase("runs");
        // Each count is taken in both documents and the smaller kept; the output is sorted
        // by (a, b).
        stats
            .par_iter()
            .enumerate()
            .flat_map_iter(|(a, of_a)| {
                let stats = &stats;
                of_a.iter()
                    .filter(move |(b, _)| (a as u32) < *b)
                    .filter_map(move |(b, sa)| {
                        let of_b = &stats[*b as usize];
                        let i = of_b.binary_search_by_key(&(a as u32), |s| s.0).ok()?;
                        let sb = &of_b[i].1;
                        let passages = sa.passages.min(sb.passages);
                        let longest = sa.longest.min(sb.longest);
                        (passages >= self.min_passages || longest >= long).then(|| Dependency {
                            a,
                            b: *b as usize,
                            shared_passages: passages,
                            shared_words: sa.words.min(sb.words),
                            kind: DependencyKind::Copy,
                        })
                    })
            })
            .collect()
    }
}

/// Shards of the shingle index: 2^8, enough to sort each in cache for a corpus of a
/// million claims.
const SHARD_BITS: u32 = 8;
const SHARDS: usize = 1 << SHARD_BITS;

/// One shared shingle seen from one side: (document, other document, position in the
/// first).
type Hit = (u32, u32, u32);

/// One shingle occurrence: (hash, document, position).
type Occurrence = (u64, u32, u32);

/// Ranges of documents whose hits are bucketed together: 2^8, so each range's hits fit
/// in cache for a million claims while every core has several ranges to take.
const RANGES: usize = 256;

/// Every shingle occurrence `(hash, document, position)`, in shards by the top bits of
/// its (uniformly mixed) hash: sorting a shard groups equal shingles together, which is
/// the inverted index without a map, and shards sort in parallel and in cache.
///
/// Filled on all cores: each chunk of documents counts its occurrences per shard first,
/// so it can write into its own slice of every shard, in document order.
fn shard_occurrences(docs: &[Shingles]) -> Vec<Vec<Occurrence>> {
    use rayon::prelude::*;
    let shard_of = |h: u64| (h >> (64 - SHARD_BITS)) as usize;
    let chunk = docs.len().div_ceil(rayon::current_num_threads() * 4).max(1);
    let counts: Vec<Vec<usize>> = docs
        .par_chunks(chunk)
        .map(|part| {
            let mut n = vec![0; SHARDS];
            for set in part {
                for &h in &set.hashes {
                    n[shard_of(h)] += 1;
                }
            }
            n
        })
        .collect();
    let mut shards: Vec<Vec<Occurrence>> = (0..SHARDS)
        .map(|s| vec![(0, 0, 0); counts.iter().map(|n| n[s]).sum()])
        .collect();
    let mut slices: Vec<Vec<&mut [Occurrence]>> = counts.iter().map(|_| Vec::new()).collect();
    for (s, shard) in shards.iter_mut().enumerate() {
        let mut rest = shard.as_mut_slice();
        for (c, n) in counts.iter().enumerate() {
            let (mine, tail) = rest.split_at_mut(n[s]);
            slices[c].push(mine);
            rest = tail;
        }
    }
    slices
        .into_par_iter()
        .zip(docs.par_chunks(chunk))
        .enumerate()
        .for_each(|(c, (mut slices, part))| {
            let mut next = vec![0usize; SHARDS];
            for (i, set) in part.iter().enumerate() {
                let d = (c * chunk + i) as u32;
                for (p, h) in set.iter() {
                    let s = shard_of(h);
                    slices[s][next[s]] = (h, d, p);
                    next[s] += 1;
                }
            }
        });
    shards
}

/// The hits `(d, e, position)` of documents `base..base + len`, grouped by `d`, as
/// `(e, position)`: a counting sort by document that moves each hit once.
fn bucket_by_document(base: usize, len: usize, hits: Vec<Vec<Hit>>) -> Vec<Vec<(u32, u32)>> {
    let mut counts = vec![0usize; len];
    for part in &hits {
        for h in part {
            counts[h.0 as usize - base] += 1;
        }
    }
    let mut out: Vec<Vec<(u32, u32)>> = counts.into_iter().map(Vec::with_capacity).collect();
    for part in hits {
        for (d, e, pos) in part {
            out[d as usize - base].push((e, pos));
        }
    }
    out
}

/// The hashed shingles of one document with their positions, stored compactly: a hash
/// per shingle (8 bytes, a little more than the text they stand for) and the start of each
/// run of consecutive positions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shingles {
    hashes: Vec<u64>,
    /// (index into `hashes`, its position) where a run of consecutive positions starts.
    runs: Vec<(usize, u32)>,
}

impl Shingles {
    /// Number of shingles.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the document has no shingle (fewer narrative words than the shingle size).
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// (position, hash) pairs in order.
    fn iter(&self) -> impl Iterator<Item = (u32, u64)> + '_ {
        self.runs
            .iter()
            .enumerate()
            .flat_map(move |(r, &(start, pos))| {
                let end = self.runs.get(r + 1).map_or(self.hashes.len(), |x| x.0);
                (start..end).map(move |i| (pos + (i - start) as u32, self.hashes[i]))
            })
    }
}

/// The copy dependencies among `docs` (by index into `docs`), with the default detector.
pub fn dependencies(docs: &[crate::Document]) -> Vec<Dependency> {
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    CopyDetector::new().detect(&texts)
}

/// How many independent voices the documents `doc_indices` are.
///
/// Two documents are one voice when a chain of dependencies joins them *through documents
/// of the same set*: union-find over the dependencies whose both ends are in the set,
/// then the number of distinct roots. Dependencies through an outside document are left
/// out on purpose: a roundup that copies both an AFP and an AP story must not merge those
/// two into one voice when only they carry the figure. Repeated indices count once.
///
/// ```
/// use crosscheck::provenance::{independent_count, Dependency, DependencyKind};
/// let dep = |a, b| Dependency { a, b, shared_passages: 3, shared_words: 40, kind: DependencyKind::Copy };
/// let deps = [dep(0, 2), dep(1, 3)];
/// assert_eq!(independent_count(&[0, 1, 2, 3, 4], &deps), 3);
/// assert_eq!(independent_count(&[0, 2], &deps), 1);
/// ```
pub fn independent_count(doc_indices: &[usize], deps: &[Dependency]) -> usize {
    let mut members: Vec<usize> = doc_indices.to_vec();
    members.sort_unstable();
    members.dedup();
    let slot = |i: usize| members.binary_search(&i).ok();
    let mut sets = crate::union_find::UnionFind::new(members.len());
    for dep in deps {
        if let (Some(x), Some(y)) = (slot(dep.a), slot(dep.b)) {
            sets.union(x, y);
        }
    }
    (0..members.len()).filter(|&i| sets.find(i) == i).count()
}

/// Runs of consecutive positions: how many, words covered, longest in words.
struct Runs {
    passages: usize,
    words: usize,
    longest: usize,
}

/// The runs of `positions` (ascending) for shingles of `k` words.
fn runs(positions: impl IntoIterator<Item = u32>, k: usize) -> Runs {
    let mut r = Runs {
        passages: 0,
        words: 0,
        longest: 0,
    };
    let mut run: Option<(u32, u32)> = None;
    let close = |(first, last): (u32, u32), r: &mut Runs| {
        let words = (last - first) as usize + k;
        r.passages += 1;
        r.words += words;
        r.longest = r.longest.max(words);
    };
    for p in positions {
        run = match run {
            Some((first, last)) if p == last + 1 => Some((first, p)),
            Some(done) => {
                close(done, &mut r);
                Some((p, p))
            }
            None => Some((p, p)),
        };
    }
    if let Some(done) = run {
        close(done, &mut r);
    }
    r
}

/// Hashed shingles of the narrative (outside quotations), with their positions.
///
/// Positions are token indices plus one per segment break, so shingles of different
/// segments are never consecutive and a passage never bridges a quotation.
fn shingles(normalized: &str, k: usize) -> Vec<(u32, u64)> {
    let segments = narrative_tokens(normalized);
    let mut out = Vec::new();
    let mut offset = 0u32;
    for seg in &segments {
        for (i, w) in seg.windows(k).enumerate() {
            let mut h = 0u64;
            for &t in w {
                h = (h.rotate_left(11) ^ t).wrapping_mul(MUL);
            }
            out.push((offset + i as u32, mix(h)));
        }
        offset += seg.len() as u32 + 1;
    }
    out
}

const MUL: u64 = 0x517c_c1b7_2722_0a95;

/// SplitMix64's finaliser: spreads the bits of a multiplicative hash.
fn mix(mut x: u64) -> u64 {
    x ^= x >> 30;
    x = x.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x ^= x >> 27;
    x = x.wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Lowercased word hashes of the text outside quotation marks, split into segments at
/// every quotation (opening or closing).
///
/// Quotes: `"` toggles; `“ „ «` open; `” » †` close (`†` is what a mangled `”` often
/// becomes); the mojibake `â€œ` opens and a bare `â€` closes. An unclosed quotation ends
/// at the end of its paragraph (a line ending in anything but a letter, digit or comma),
/// the convention for quotations running over several paragraphs. Apostrophes are
/// dropped inside words (`minister's` → `ministers`), so straight and curly ones agree.
fn narrative_tokens(text: &str) -> Vec<Vec<u64>> {
    let mut segments: Vec<Vec<u64>> = vec![Vec::new()];
    let mut in_quote = false;
    let mut word: Option<u64> = None;
    let mut last_visible: Option<char> = None;
    let mut chars = text.chars().peekable();

    let flush = |word: &mut Option<u64>, segments: &mut Vec<Vec<u64>>, in_quote: bool| {
        if let Some(h) = word.take() {
            if !in_quote {
                segments.last_mut().expect("never empty").push(mix(h));
            }
        }
    };
    let set_quote = |q: bool, in_quote: &mut bool, segments: &mut Vec<Vec<u64>>| {
        if *in_quote != q {
            *in_quote = q;
            if segments.last().is_some_and(|s| !s.is_empty()) {
                segments.push(Vec::new());
            }
        }
    };

    while let Some(c) = chars.next() {
        if c == '\u{E2}' && chars.peek() == Some(&'\u{20AC}') {
            // Mojibake of a UTF-8 punctuation mark read as Windows-1252: `â€` + one char.
            chars.next();
            match chars.peek().copied() {
                // `â€™`, `â€˜`: an apostrophe, inside a word or not.
                Some('\u{2122}' | '\u{2DC}') => {
                    chars.next();
                    last_visible = Some('\'');
                    continue;
                }
                Some('\u{153}') => {
                    chars.next();
                    flush(&mut word, &mut segments, in_quote);
                    set_quote(true, &mut in_quote, &mut segments);
                }
                // `â€“`, `â€”`, `â€¦`, `â€¢`: dashes, ellipsis, bullet: word breaks.
                Some('\u{201C}' | '\u{201D}' | '\u{A6}' | '\u{A2}') => {
                    chars.next();
                    flush(&mut word, &mut segments, in_quote);
                }
                // `â€\u{9d}` or a bare `â€` (the third byte lost): a closing quote.
                next => {
                    if next == Some('\u{9D}') {
                        chars.next();
                    }
                    flush(&mut word, &mut segments, in_quote);
                    set_quote(false, &mut in_quote, &mut segments);
                }
            }
            last_visible = Some('"');
            continue;
        }
        if c.is_alphanumeric() {
            let mut h = word.unwrap_or(0);
            if c.is_ascii() {
                h = (h.rotate_left(5) ^ u64::from(c.to_ascii_lowercase() as u32)).wrapping_mul(MUL);
            } else {
                for l in c.to_lowercase() {
                    h = (h.rotate_left(5) ^ u64::from(l as u32)).wrapping_mul(MUL);
                }
            }
            word = Some(h);
            last_visible = Some(c);
            continue;
        }
        if matches!(c, '\'' | '\u{2019}' | '\u{2018}') {
            // Inside a word it is an apostrophe; elsewhere a single quote, which we leave
            // alone (too often an apostrophe to pair reliably).
            last_visible = Some(c);
            continue;
        }
        flush(&mut word, &mut segments, in_quote);
        match c {
            '\n' => {
                let continues = last_visible.is_some_and(|v| v.is_alphanumeric() || v == ',');
                if !continues {
                    set_quote(false, &mut in_quote, &mut segments);
                }
                last_visible = None;
                continue;
            }
            '"' => set_quote(!in_quote, &mut in_quote, &mut segments),
            '\u{201C}' | '\u{201E}' | '\u{AB}' => set_quote(true, &mut in_quote, &mut segments),
            '\u{201D}' | '\u{BB}' | '\u{2020}' => set_quote(false, &mut in_quote, &mut segments),
            _ => {}
        }
        if !c.is_whitespace() {
            last_visible = Some(c);
        }
    }
    flush(&mut word, &mut segments, in_quote);
    segments.retain(|s| !s.is_empty());
    segments
}

/// The independent voice of each of `n` documents: documents joined by copy dependencies
/// share the smallest index of their component.
///
/// ```
/// use crosscheck::provenance::{voices, Dependency, DependencyKind};
/// let deps = [Dependency { a: 0, b: 2, shared_passages: 3, shared_words: 40, kind: DependencyKind::Copy }];
/// assert_eq!(voices(3, &deps), vec![0, 1, 0]);
/// ```
pub fn voices(n: usize, deps: &[Dependency]) -> Vec<usize> {
    let mut sets = crate::union_find::UnionFind::new(n);
    for d in deps.iter().filter(|d| d.a < n && d.b < n) {
        sets.union(d.a, d.b);
    }
    (0..n).map(|i| sets.find(i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> usize {
        narrative_tokens(text).iter().map(Vec::len).sum()
    }

    /// The dependencies by a plain map from shingle to documents, pair by pair: what the
    /// sharded, range-bucketed index must reproduce.
    fn oracle(det: &CopyDetector, docs: &[Shingles]) -> Vec<Dependency> {
        use std::collections::{BTreeMap, BTreeSet};
        let mut holders: BTreeMap<u64, BTreeSet<usize>> = BTreeMap::new();
        for (d, set) in docs.iter().enumerate() {
            for (_, h) in set.iter() {
                holders.entry(h).or_default().insert(d);
            }
        }
        let k = det.shingle_size;
        let side = |d: usize, e: usize| {
            let shared = docs[d].iter().filter(|&(_, h)| {
                let hs = &holders[&h];
                hs.len() <= det.max_doc_freq && hs.contains(&e)
            });
            runs(shared.map(|(p, _)| p), k)
        };
        let long = det.long_passage_words.max(k);
        let mut out = Vec::new();
        for a in 0..docs.len() {
            for b in a + 1..docs.len() {
                let (sa, sb) = (side(a, b), side(b, a));
                let passages = sa.passages.min(sb.passages);
                if passages >= det.min_passages || sa.longest.min(sb.longest) >= long {
                    out.push(Dependency {
                        a,
                        b,
                        shared_passages: passages,
                        shared_words: sa.words.min(sb.words),
                        kind: DependencyKind::Copy,
                    });
                }
            }
        }
        out
    }

    #[test]
    fn sharded_index_matches_a_plain_map() {
        // More documents than ranges, so ranges hold several documents; a small vocabulary
        // so documents share phrases at random, and some share whole sentences.
        let vocab = [
            "the", "army", "said", "road", "aid", "north", "river", "town",
        ];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = |m: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % m as u64) as usize
        };
        let sentences: Vec<String> = (0..40)
            .map(|_| {
                (0..12)
                    .map(|_| vocab[next(vocab.len())])
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let texts: Vec<String> = (0..RANGES + 37)
            .map(|_| {
                (0..6)
                    .map(|_| sentences[next(sentences.len())].as_str())
                    .collect::<Vec<_>>()
                    .join(". ")
            })
            .collect();
        let det = CopyDetector::new().max_doc_freq(40);
        let docs: Vec<Shingles> = texts.iter().map(|t| det.shingles(t)).collect();
        let fast = det.detect_shingles(&docs);
        assert!(
            fast.len() > 100,
            "the corpus has copies to find: {}",
            fast.len()
        );
        assert_eq!(fast, oracle(&det, &docs));
    }

    #[test]
    fn quotations_are_left_out() {
        assert_eq!(words("He said \"one two three\" and left."), 4);
        assert_eq!(words("He said \u{201C}one two three\u{201D} and left."), 4);
        assert_eq!(words("He said \u{201C}one two three\u{2020} and left."), 4);
        assert_eq!(
            words("He said \u{E2}\u{20AC}\u{153}one two three\u{E2}\u{20AC}\u{9D} and left."),
            4
        );
        assert_eq!(
            words("It\u{E2}\u{20AC}\u{2122}s \u{201C}one two three\u{E2}\u{20AC}\nNext line here."),
            4
        );
        // An unclosed quotation ends with its paragraph.
        assert_eq!(words("\"One two three.\n\nFour five six."), 3);
        // A wrapped line inside a quotation does not end it.
        assert_eq!(words("He said \"one two\nthree four\" and left."), 4);
    }

    #[test]
    fn segments_break_at_quotes() {
        let segs = narrative_tokens("a b \"c d\" e f");
        assert_eq!(segs.len(), 2);
        assert_eq!(segs[0].len(), 2);
        assert_eq!(
            narrative_tokens("Minister's")[0],
            narrative_tokens("Minister\u{2019}s")[0]
        );
        assert_eq!(
            narrative_tokens("MINISTERS")[0],
            narrative_tokens("Minister's")[0]
        );
    }

    #[test]
    fn runs_count_passages_and_words() {
        let r = runs([3, 4, 5, 10, 20, 21], 8);
        assert_eq!((r.passages, r.words, r.longest), (3, 10 + 8 + 9, 10));
        let r = runs([], 8);
        assert_eq!(r.passages, 0);
    }

    #[test]
    fn positions_do_not_bridge_quotes() {
        let text = "one two three four \"quoted words here\" five six seven eight";
        let s = shingles(text, 4);
        assert_eq!(s.len(), 2);
        assert!(s[1].0 > s[0].0 + 1);
    }

    #[test]
    fn independent_count_restricts_to_the_set() {
        let dep = |a, b| Dependency {
            a,
            b,
            shared_passages: 2,
            shared_words: 20,
            kind: DependencyKind::Copy,
        };
        // 2 copies both 0 and 1; without 2, the two are independent.
        let deps = [dep(0, 2), dep(1, 2)];
        assert_eq!(independent_count(&[0, 1], &deps), 2);
        assert_eq!(independent_count(&[0, 1, 2], &deps), 1);
        assert_eq!(independent_count(&[0, 0, 1, 1], &deps), 2);
        assert_eq!(independent_count(&[], &deps), 0);
    }

    #[test]
    fn kind_serializes_lowercase() {
        assert_eq!(
            serde_json::to_string(&DependencyKind::Copy).unwrap(),
            "\"copy\""
        );
    }
}
