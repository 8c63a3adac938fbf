//! Grouping: which claims measure the same quantity.
//!
//! # Model
//! Two claims measure the same quantity when they have the same dimension and unit family,
//! the same subject (class of the thing counted, or the event that lasted) and a compatible
//! predicate (`killed` vs `injured`; a claim without a predicate joins the one predicate
//! its subject has elsewhere), and their contexts do not tell them apart:
//!
//! - a running total (`in six years`, `since 2011`) is never one event's figure;
//! - different event kinds (`war` vs `attack`) are different occasions;
//! - a sentence anchored in a past year (`in 2013`) is not about the present story;
//! - they share a name (fuzzily: `Kharkiv` ~ `Kharkov`), or a name the two
//!   documents are about, or neither names anything.
//!
//! # Scale
//! Claims are first split into blocks by subject key; within a block, candidate pairs come
//! only from claims of one document, of documents sharing names, or whose sentences share a
//! name (by the consonant skeletons of their words); keys shared by more than
//! [`GroupOptions::max_bucket`] claims or documents are too common to tell anything and
//! are skipped. The cost follows the size of stories, not of the corpus: near-linear.

mod candidates;
mod names;

pub use names::{document_names, fold_name, names_match, share_name};

use crate::claim::Claim;
use crate::quantity::Dimension;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

/// A claim as the grouper sees it: the claim and facts about its document.
#[derive(Debug, Clone, Copy)]
pub struct Member<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Index of its document.
    pub document: usize,
    /// The document's id, which with the claim's span identifies the claim whatever the
    /// order of the input.
    pub document_id: &'a str,
}

impl Member<'_> {
    /// An identity independent of input order: document id and span.
    pub fn key(&self) -> (&str, usize, usize) {
        (self.document_id, self.claim.span.start, self.claim.span.end)
    }
}

/// Options for grouping, with documented defaults.
#[derive(Debug, Clone)]
pub struct GroupOptions {
    /// Largest bucket of claims sharing one blocking key that is still compared pair by
    /// pair (default 400); larger ones are too common to tell events apart.
    pub max_bucket: usize,
    /// Jaro-Winkler similarity above which two names are the same (default 0.88).
    pub name_similarity: f64,
    /// Most documents a corpus may have for one shared name, or a document that names
    /// little, to place two claims in one story (default 50); bigger corpora need a
    /// quarter of the names, and at least two, in common.
    pub small_corpus: usize,
}

impl Default for GroupOptions {
    fn default() -> Self {
        GroupOptions {
            max_bucket: 400,
            name_similarity: 0.88,
            small_corpus: 50,
        }
    }
}

/// What the grouper needs to know about each document.
#[derive(Debug, Clone, Default)]
pub struct DocumentFacts {
    /// The document's distinctive names, folded and sorted (see [`document_names`]).
    pub names: Vec<String>,
    /// The year the document speaks from (its publication year, else the latest
    /// publication year in the corpus).
    pub now_year: Option<i32>,
    /// Its publication date as a day number ([`crate::Date::days`]), when known.
    pub published_day: Option<i64>,
}

impl DocumentFacts {
    /// Facts from a document's text.
    pub fn from_text(text: &str, now_year: Option<i32>) -> DocumentFacts {
        DocumentFacts {
            names: names::document_names(text),
            now_year,
            published_day: None,
        }
    }
}

/// The subject block of a claim: dimension, unit family and subject class/noun.
fn block_key(c: &Claim) -> String {
    let subj = c
        .subject
        .class
        .as_deref()
        .or(c.subject.noun.as_deref())
        .unwrap_or("");
    let subgroups = &crate::quantity::lexicon::Lexicon::get().person_subgroup;
    match c.dimension {
        // Parts of a population (`children`, one `family`) are counted apart from a toll.
        Dimension::Count if subj == "person" => match c.subject.noun.as_deref() {
            Some(n) if subgroups.values().any(|g| *g == n) => format!("count|person:{n}"),
            _ => "count|person".to_string(),
        },
        Dimension::Count => format!("count|{subj}"),
        // Durations of different things are told apart by `difference`, so that a claim
        // whose noun is unknown can still be compared.
        Dimension::Duration => "duration".to_string(),
        // Money, percentages and measures: what they are of comes from nearby words and is
        // too unsure to split blocks on; `difference` weighs it against the figures.
        d => format!("{}|{}", d.as_str(), c.unit),
    }
}

/// Whether a claim has enough of a subject to be grouped with anything.
fn groupable(c: &Claim) -> bool {
    match c.dimension {
        Dimension::Duration => c.subject.noun.is_some(),
        Dimension::Count => {
            c.subject.class.is_some() || c.subject.noun.is_some() || c.subject.predicate.is_some()
        }
        _ => true,
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index becomes the root so results do not depend on pair order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Groups claims: a partition of `0..members.len()`, each group sorted, groups ordered by
/// their first member.
///
/// Candidate pairs are merged strongest evidence first, and two clusters merge only when
/// no pair across them is told apart by [`difference`]: a claim without context cannot
/// chain two different events together. Pairs are ordered by score and by each claim's
/// [`Member::key`], so the partition does not depend on the order of the input.
pub fn group(
    members: &[Member<'_>],
    docs: &[DocumentFacts],
    opts: &GroupOptions,
) -> Vec<Vec<usize>> {
    let n = members.len();
    let mut by_block: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, m) in members.iter().enumerate() {
        if groupable(m.claim) {
            by_block.entry(block_key(m.claim)).or_default().push(i);
        }
    }
    let blocks: Vec<Vec<usize>> = by_block.into_values().collect();
    let candidates = candidates::candidate_pairs(members, docs, opts, &blocks);
    // Each claim's place in the order of `Member::key` (equal keys share a place), so that
    // sorting candidate pairs compares integers rather than document ids.
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by(|&a, &b| members[a].key().cmp(&members[b].key()));
    let mut rank = vec![0usize; n];
    for k in 1..by_key.len() {
        let (prev, i) = (by_key[k - 1], by_key[k]);
        rank[i] = rank[prev] + usize::from(members[prev].key() != members[i].key());
    }
    let names = ClaimNames::new(members, docs);
    // Blocks never share a group, so they are clustered independently, on all cores.
    let mut groups: Vec<Vec<usize>> = blocks
        .par_iter()
        .zip(candidates.into_par_iter())
        .flat_map_iter(|(ids, candidates)| {
            let mut scorer = Scorer::new(members, docs, opts, &names);
            cluster_block(&mut scorer, ids, candidates, &rank)
        })
        .collect();
    // Claims no block takes stand alone.
    let mut placed = vec![false; n];
    for g in &groups {
        for &i in g {
            placed[i] = true;
        }
    }
    groups.extend((0..n).filter(|&i| !placed[i]).map(|i| vec![i]));
    groups.sort_unstable_by_key(|g| g[0]);
    groups
}

/// The groups of one block (`ids`, ascending) from its candidate pairs, each group sorted.
fn cluster_block(
    scorer: &mut Scorer<'_, '_>,
    ids: &[usize],
    candidates: Vec<(u32, u32)>,
    rank: &[usize],
) -> Vec<Vec<usize>> {
    let (members, docs) = (scorer.members, scorer.docs);
    // Predicate: a claim without one joins the single predicate of its block, if any.
    let mut preds: Vec<&str> = ids
        .iter()
        .filter_map(|&i| members[i].claim.subject.predicate.as_deref())
        .collect();
    preds.sort_unstable();
    preds.dedup();
    let sole = (preds.len() == 1).then(|| preds[0]);
    let pred_of = |i: usize| members[i].claim.subject.predicate.as_deref().or(sole);
    let fit = |x: usize, y: usize| {
        predicates_fit(
            members[x].claim,
            members[y].claim,
            pred_of(x),
            pred_of(y),
            !preds.is_empty(),
        )
    };
    let small = ids.len() <= scorer.opts.max_bucket;
    let mut pairs: Vec<(u32, usize, usize)> = Vec::new();
    for (i, j) in candidates {
        let (i, j) = (i as usize, j as usize);
        if !fit(i, j) {
            continue;
        }
        if let Some(score) = scorer.affinity(i, j, small) {
            let (i, j) = if members[i].key() <= members[j].key() {
                (i, j)
            } else {
                (j, i)
            };
            pairs.push((score, i, j));
        }
    }
    // Strongest first, then by the claims' keys (as ranks); indices break ties between
    // claims with equal keys (documents with the same id), so the order is total.
    pairs.sort_unstable_by(|a, b| {
        b.0.cmp(&a.0)
            .then((rank[a.1], rank[a.2]).cmp(&(rank[b.1], rank[b.2])))
            .then((a.1, a.2).cmp(&(b.1, b.2)))
    });
    pairs.dedup();
    // Union-find over the block's own positions.
    let local = |i: usize| ids.binary_search(&i).unwrap_or(0);
    let mut uf = UnionFind((0..ids.len()).collect());
    let mut clusters: Vec<Vec<usize>> = ids.iter().map(|&i| vec![i]).collect();
    // Clusters only grow, so two clusters once told apart stay apart: remember it rather
    // than compare them claim by claim for every candidate pair across them.
    let mut apart: HashSet<(usize, usize)> = HashSet::new();
    for (_, i, j) in pairs {
        let (ri, rj) = (uf.find(local(i)), uf.find(local(j)));
        if ri == rj || apart.contains(&(ri.min(rj), ri.max(rj))) {
            continue;
        }
        // Every pair across must fit, predicates and nouns included: a claim that fits two
        // others must not chain `3,000 soldiers` to `1,000 residents`.
        let ok = clusters[ri].iter().all(|&x| {
            clusters[rj]
                .iter()
                .all(|&y| fit(x, y) && difference(&members[x], &members[y], docs).is_none())
        });
        if !ok {
            apart.insert((ri.min(rj), ri.max(rj)));
            continue;
        }
        uf.union(ri, rj);
        let root = uf.find(ri);
        let other = if root == ri { rj } else { ri };
        let moved = std::mem::take(&mut clusters[other]);
        clusters[root].extend(moved);
    }
    clusters
        .into_iter()
        .filter(|c| !c.is_empty())
        .map(|mut c| {
            c.sort_unstable();
            c
        })
        .collect()
}

/// How many names two documents of a big corpus must share to be one story, when the
/// one that names fewer has `fewer`: a quarter of them, at least two (one if it has one).
fn names_needed(fewer: usize) -> usize {
    fewer.div_ceil(4).max(2).min(fewer)
}

/// Whether two claims' predicates allow them to be one quantity. Counts and durations
/// need the same predicate (`killed` is not `injured`); two counts with none, in a block
/// where others have one, join only if their figures agree (nothing else says what they
/// count: `410 pupils` on the roll is not `43 pupils` who fell ill). Money and measures
/// take their predicates from loose context, so those are not compared.
fn predicates_fit(
    a: &Claim,
    b: &Claim,
    pa: Option<&str>,
    pb: Option<&str>,
    block_has_predicates: bool,
) -> bool {
    if !matches!(a.dimension, Dimension::Count | Dimension::Duration) {
        return true;
    }
    if pa != pb {
        return false;
    }
    // Different nouns count different things (`schools` are not `homes destroyed`) unless
    // one is generic (`people`) or the figures agree anyway (`homes`, `houses`); only
    // people with one fate are named freely (`civilians killed`, `residents killed`).
    let generic = |c: &Claim| c.subject.noun.as_deref().is_none_or(is_generic_noun);
    let person = a.subject.class.as_deref() == Some("person");
    let nouns_fit = a.subject.noun == b.subject.noun
        || generic(a)
        || generic(b)
        || pa.is_some() && (person || a.value.overlaps(&b.value));
    if !nouns_fit {
        return false;
    }
    pa.is_some() || !block_has_predicates || a.value.overlaps(&b.value)
}

/// Nouns (as stems) that count anything of their class: `people` may be `residents`.
fn is_generic_noun(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}

/// The reason two claims of one block are about different things, if any.
pub fn difference<'a>(
    a: &Member<'a>,
    b: &Member<'a>,
    docs: &[DocumentFacts],
) -> Option<&'static str> {
    let (ca, cb) = (a.claim, b.claim);
    // A running total over years is not one event's figure nor one week's (`1,100 flood
    // deaths since 2010`, `1,603 this year` vs `127 in the past week`).
    if ca.context.cumulative != cb.context.cumulative {
        return Some("a running total vs one event's figure");
    }
    // Different kinds of events (`war` vs `attack`) when neither mentions the other's.
    let kinds = |c: &'a Claim| c.context.events.iter().filter(|e| is_distinct_event(e));
    let (mut ka, mut kb) = (kinds(ca), kinds(cb));
    if ka.next().is_some() && kb.next().is_some() && !kinds(ca).any(|e| kinds(cb).any(|f| f == e)) {
        return Some("different events");
    }
    // A sentence anchored in a year before the story's own (`in 2013`) is about the past;
    // without a publication date any explicit year anchors it.
    let past = |m: &Member<'_>| {
        let now = docs.get(m.document).and_then(|d| d.now_year);
        let ys = &m.claim.context.years;
        !ys.is_empty() && now.is_none_or(|n| ys.iter().all(|&y| y < n)) || m.claim.context.past
    };
    // Two figures of one sentence, only one of them dated (`nine million last year, up from
    // 8.1 million in 2022`), are about different times.
    if ca.sentence_span == cb.sentence_span
        && ca.context.years.is_empty() != cb.context.years.is_empty()
    {
        return Some("a different time");
    }
    if past(a) != past(b) {
        return Some("a different time");
    }
    // Stories published months apart are about different occasions, even in one place
    // (two floods in one province); a toll's updates come within weeks.
    let day = |m: &Member<'_>| docs.get(m.document).and_then(|d| d.published_day);
    if let (Some(x), Some(y)) = (day(a), day(b)) {
        if (x - y).abs() > MAX_STORY_DAYS {
            return Some("reported months apart");
        }
    }
    if !ca.context.years.is_empty()
        && !cb.context.years.is_empty()
        && !ca
            .context
            .years
            .iter()
            .any(|y| cb.context.years.contains(y))
    {
        return Some("different years");
    }
    // Money and measures whose figures differ tenfold are different quantities (a deal's
    // value and its price per share), as are figures that do not overlap when one of them
    // has no noun to say what it measures.
    if !matches!(ca.dimension, Dimension::Count | Dimension::Duration) {
        let ratio = (ca.figure.abs().max(cb.figure.abs()))
            / (ca.figure.abs().min(cb.figure.abs()).max(f64::MIN_POSITIVE));
        let unnamed = ca.subject.noun.is_none() || cb.subject.noun.is_none();
        if ratio > 10.0 || (unnamed && !ca.value.overlaps(&cb.value)) {
            return Some("different magnitudes");
        }
    }
    // What a measure is of: different nouns tell two quantities apart, unless their
    // figures agree anyway (`a 5.5% pay rise`, `5.5 percent, the department said`).
    if ca.subject.noun.is_some()
        && cb.subject.noun.is_some()
        && ca.dimension != Dimension::Count
        && ca.subject.noun != cb.subject.noun
        && (ca.dimension == Dimension::Duration || !ca.value.overlaps(&cb.value))
    {
        return Some("different things");
    }
    // Different places or people named in one story: two figures of one kind about two
    // places (`six killed in Kharkiv`, `three in Odesa`). Across stories names vary with
    // the outlet (one names the host, the other the guest), so they are no proof there.
    let (na, nb) = (&ca.context.names, &cb.context.names);
    if a.document == b.document
        && !na.is_empty()
        && !nb.is_empty()
        && !na
            .iter()
            .any(|x| nb.iter().any(|y| names_match(x, y, 0.88)))
    {
        return Some("different names in one story");
    }
    None
}

/// Most days between two reports of one story's figures.
const MAX_STORY_DAYS: i64 = 45;

/// Event kinds that tell occasions apart (a war is not one attack in it).
fn is_distinct_event(e: &str) -> bool {
    matches!(
        e,
        "war"
            | "attack"
            | "quake"
            | "flood"
            | "storm"
            | "crash"
            | "fire"
            | "election"
            | "outbreak"
            | "sinking"
            | "protest"
            | "collapse"
            | "landslide"
            | "eruption"
    )
}

/// Each claim's sentence names as ids into one table, with whether each is distinctive in
/// its document (see [`names::is_distinctive`]): computed once for all blocks.
struct ClaimNames<'a> {
    table: names::NameTable<'a>,
    of_claim: Vec<Vec<(u32, bool)>>,
}

impl<'a> ClaimNames<'a> {
    fn new(members: &[Member<'a>], docs: &[DocumentFacts]) -> Self {
        let mut table = names::NameTable::default();
        let empty = Vec::new();
        let of_claim = members
            .iter()
            .map(|m| {
                let dn = docs.get(m.document).map_or(&empty, |d| &d.names);
                m.claim
                    .context
                    .names
                    .iter()
                    .map(|n| (table.id(n), names::is_distinctive(n, dn)))
                    .collect()
            })
            .collect();
        ClaimNames { table, of_claim }
    }
}

/// Scores candidate pairs of one block, remembering what pairs of documents and of names
/// share.
struct Scorer<'m, 'a> {
    members: &'m [Member<'a>],
    docs: &'m [DocumentFacts],
    opts: &'m GroupOptions,
    names: &'m ClaimNames<'a>,
    /// Whether two documents share enough names, by (document, document).
    shared_docs: HashMap<(usize, usize), bool>,
    /// How two names relate, by their ids.
    relations: HashMap<(u32, u32), names::Relation>,
}

impl<'m, 'a> Scorer<'m, 'a> {
    fn new(
        members: &'m [Member<'a>],
        docs: &'m [DocumentFacts],
        opts: &'m GroupOptions,
        names: &'m ClaimNames<'a>,
    ) -> Self {
        Scorer {
            members,
            docs,
            opts,
            names,
            shared_docs: HashMap::new(),
            relations: HashMap::new(),
        }
    }

    /// How strongly claims `i` and `j` of one block look like the same quantity, or `None`
    /// when they are about different things.
    ///
    /// Evidence, strongest first: a name their sentences share; the same document; names
    /// their documents share. Documents that both name things but share none are about
    /// different events. A document that names nothing is no evidence either way, so its
    /// claims join on subject and context alone (in a block small enough to compare).
    fn affinity(&mut self, i: usize, j: usize, small_block: bool) -> Option<u32> {
        let (a, b) = (&self.members[i], &self.members[j]);
        if difference(a, b, self.docs).is_some() {
            return None;
        }
        let (ca, cb) = (a.claim, b.claim);
        let mut score = 0;
        if ca.subject.noun.is_some() && ca.subject.noun == cb.subject.noun {
            score += 1;
        }
        if !ca.context.events.is_empty() && ca.context.events.first() == cb.context.events.first() {
            score += 1;
        }
        // How much two documents must share to be one story grows with the corpus: among
        // a handful of articles most are about one story, among thousands few are.
        let small_corpus = self.docs.len() <= self.opts.small_corpus;
        let (mut same, mut alike) = (0, 0);
        for &(x, distinctive) in &self.names.of_claim[i] {
            if !distinctive {
                continue;
            }
            let mut best = names::Relation::Different;
            for &(y, _) in &self.names.of_claim[j] {
                let relation =
                    self.names
                        .table
                        .relation(&mut self.relations, x, y, self.opts.name_similarity);
                match relation {
                    names::Relation::Same => {
                        best = names::Relation::Same;
                        break;
                    }
                    names::Relation::Alike => best = names::Relation::Alike,
                    names::Relation::Different => {}
                }
            }
            match best {
                names::Relation::Same => same += 1,
                names::Relation::Alike => alike += 1,
                names::Relation::Different => {}
            }
        }
        // A name spelled alike but not the same (`Kysoun`, `Qysoun`) is a variant only
        // when the stories have more in common: among thousands of names some look alike
        // by chance.
        if same == 0
            && alike > 0
            && !small_corpus
            && a.document != b.document
            && !self.docs_share(a.document, b.document)
        {
            alike = 0;
        }
        if same + alike > 0 {
            return Some(score + 8 + same + alike);
        }
        if a.document == b.document {
            return Some(score + 6);
        }
        // A document that names nothing (or, in a small corpus, little) is no evidence
        // either way; in a small block its claims join on subject and context alone, in a
        // big one they stay alone.
        let little = if small_corpus { 3 } else { 1 };
        let names_of = |d: usize| self.docs.get(d).map_or(0, |f| f.names.len());
        if names_of(a.document) < little || names_of(b.document) < little {
            return small_block.then_some(score + 1);
        }
        self.docs_share(a.document, b.document).then_some(score + 3)
    }

    /// Whether documents `d` and `e` share enough names to be one story: in a small corpus
    /// one; in a big one a quarter of the names of the one that names fewer, and at least
    /// two (one, if either has only one): a single shared first name, or the masthead of
    /// one outlet's stories, is chance there.
    fn docs_share(&mut self, d: usize, e: usize) -> bool {
        let (docs, opts) = (self.docs, self.opts);
        *self.shared_docs.entry((d, e)).or_insert_with(|| {
            let empty = Vec::new();
            let da = docs.get(d).map_or(&empty, |f| &f.names);
            let db = docs.get(e).map_or(&empty, |f| &f.names);
            let need = if docs.len() <= opts.small_corpus {
                1
            } else {
                names_needed(da.len().min(db.len()))
            };
            names::shared_names(da, db, opts.name_similarity, need) >= need
        })
    }
}
