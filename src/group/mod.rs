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
mod rules;
mod summary;

pub(crate) use names::name_support;
pub use names::{document_names, fold_name, names_match, share_name};

use crate::claim::{Claim, Role};
use crate::quantity::Dimension;
use rayon::prelude::*;
use rules::{BlockFacts, Facts};
use std::collections::BTreeMap;
use summary::Summary;

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
    /// The story the claim is about (see [`crate::stories`]): claims of different stories
    /// are never grouped.
    pub story: usize,
    /// Whether the claim's sentence is set in the past (or in earlier years) and the
    /// stories stage still put it in a story rather than a background: the story's own
    /// event retold ([`crate::stories::retell`]), or another story its sentence names. Its
    /// time is then that story's, not an earlier one.
    pub retold: bool,
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
}

impl Default for GroupOptions {
    fn default() -> Self {
        GroupOptions {
            max_bucket: 400,
            name_similarity: 0.88,
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
    /// The day it was published ([`crate::Date::days`]), when known: running totals are
    /// as of that day.
    pub day: Option<i64>,
}

impl DocumentFacts {
    /// Facts from a document's text.
    pub fn from_text(text: &str, now_year: Option<i32>) -> DocumentFacts {
        DocumentFacts {
            names: names::document_names(text),
            now_year,
            day: None,
        }
    }
}

/// The subject block of a claim: its story, dimension, unit family and subject class/noun.
/// A person's trait stays alone: whose it is is not known, and two people's tenures
/// (`a 15-year veteran`, `a 20-year veteran`) would read as a contradiction.
fn block_key(m: &Member<'_>) -> String {
    if m.claim.is_personal_trait() {
        return format!("{}|trait|{}|{}", m.story, m.document_id, m.claim.span.start);
    }
    format!("{}|{}", m.story, subject_key(m.claim))
}

/// The subject part of [`block_key`].
fn subject_key(c: &Claim) -> String {
    let subj = c
        .subject
        .class
        .as_deref()
        .or(c.subject.noun.as_deref())
        .unwrap_or("");
    let subgroups = &crate::quantity::lexicon::Lexicon::get().person_subgroup;
    // A part of a population (`children`, one `family`) counts apart from a toll when the
    // text says it is a part (`including two children`); `two of them` with a verb of its
    // own (`two of them died`) is that verb's total.
    let part = c.role == Role::Subset;
    match c.dimension {
        // `eight more bodies`, `no one else was hurt`: what was added, not the total.
        Dimension::Count if c.role == Role::Increment => format!("count|{subj}:increment"),
        // Without a part's role, `two men were killed` is the toll itself.
        Dimension::Count if subj == "person" => match c.subject.noun.as_deref() {
            Some(n) if subgroups.values().any(|g| *g == n) && (n == KIN || part) => {
                format!("count|person:{n}")
            }
            _ if part => "count|person:part".to_string(),
            _ => "count|person".to_string(),
        },
        Dimension::Count if part => format!("count|{subj}:part"),
        Dimension::Count => format!("count|{subj}"),
        // Durations of different things are told apart by `difference`, so that a claim
        // whose noun is unknown can still be compared.
        Dimension::Duration => "duration".to_string(),
        // Money, percentages and measures: what they are of comes from nearby words and is
        // too unsure to split blocks on; `difference` weighs it against the figures.
        d => format!("{}|{}", d.as_str(), c.unit),
    }
}

/// Kin are counted relative to someone (`11 relatives`, `members of one family`): a part of
/// the dead, never the toll.
const KIN: &str = "family";

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
    group_counting(members, docs, opts).0
}

/// [`group`], with the work it did.
pub fn group_counting(
    members: &[Member<'_>],
    docs: &[DocumentFacts],
    opts: &GroupOptions,
) -> (Vec<Vec<usize>>, crate::Work) {
    let trace = crate::trace::Trace::start("group");
    let n = members.len();
    // Subject blocks in order of their keys, each with its claims ascending: keys made on
    // all cores, then gathered by a map of the few distinct ones.
    let keys: Vec<Option<String>> = members
        .par_iter()
        .map(|m| groupable(m.claim).then(|| block_key(m)))
        .collect();
    let mut by_key: foldhash::HashMap<&str, Vec<usize>> = Default::default();
    for (i, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            by_key.entry(key.as_str()).or_default().push(i);
        }
    }
    let mut by_key: Vec<(&str, Vec<usize>)> = by_key.into_iter().collect();
    by_key.sort_unstable_by_key(|e| e.0);
    let blocks: Vec<Block<'_>> = by_key
        .into_par_iter()
        .flat_map_iter(|(_, ids)| Block::split(members, ids))
        .collect();
    drop(keys);
    trace.phase("blocks");
    let names = ClaimNames::new(members, docs);
    trace.phase("claim names");
    let candidates = candidates::candidate_pairs(members, opts, &blocks);
    trace.phase("candidate pairs");
    // Each claim's place in the order of `Member::key` (equal keys share a place), so that
    // sorting candidate pairs compares integers rather than document ids.
    let mut by_key: Vec<usize> = (0..n).collect();
    by_key.sort_by(|&a, &b| members[a].key().cmp(&members[b].key()));
    let mut rank = vec![0usize; n];
    for k in 1..by_key.len() {
        let (prev, i) = (by_key[k - 1], by_key[k]);
        rank[i] = rank[prev] + usize::from(members[prev].key() != members[i].key());
    }
    // Blocks never share a group, so they are clustered independently, on all cores.
    let work = crate::Work {
        candidate_pairs: candidates.iter().map(Vec::len).sum(),
        ..Default::default()
    };
    let clustered: Vec<(Vec<Vec<usize>>, usize)> = blocks
        .par_iter()
        .zip(candidates.into_par_iter())
        // A scorer per thread's run of blocks: the relations it remembers recur from block
        // to block (one story's names and documents in its killed, injured and missing).
        .map_init(
            || Scorer::new(members, docs, opts, &names),
            |scorer, (block, candidates)| cluster_block(scorer, block, candidates, &rank),
        )
        .collect();
    trace.phase("clustered");
    let merge_steps = clustered.iter().map(|c| c.1).sum();
    let mut groups: Vec<Vec<usize>> = clustered.into_iter().flat_map(|c| c.0).collect();
    // Claims no block takes stand alone.
    let mut placed = vec![false; n];
    for g in &groups {
        for &i in g {
            placed[i] = true;
        }
    }
    groups.extend((0..n).filter(|&i| !placed[i]).map(|i| vec![i]));
    groups.sort_unstable_by_key(|g| g[0]);
    (
        groups,
        crate::Work {
            merge_steps,
            ..work
        },
    )
}

/// Claims that can only be grouped with each other: one subject block (see [`block_key`])
/// and, for counts and durations, one predicate (`killed` is not `injured`), a claim
/// without one taking its subject block's only one.
pub(super) struct Block<'a> {
    /// Member indices, ascending.
    pub ids: Vec<usize>,
    facts: BlockFacts,
    /// The subject block's only predicate, if it has exactly one.
    sole: Option<&'a str>,
}

impl<'a> Block<'a> {
    /// The blocks of one subject block, whose claims are `ids` (ascending).
    fn split(members: &[Member<'a>], ids: Vec<usize>) -> Vec<Block<'a>> {
        let claim = |i: usize| members[i].claim;
        let mut preds: Vec<&'a str> = ids
            .iter()
            .filter_map(|&i| claim(i).subject.predicate.as_deref())
            .collect();
        preds.sort_unstable();
        preds.dedup();
        let sole = (preds.len() == 1).then(|| preds[0]);
        let dimension = claim(ids[0]).dimension;
        let facts = BlockFacts {
            dimension,
            person: ids
                .iter()
                .all(|&i| claim(i).subject.class.as_deref() == Some("person")),
        };
        let block = |ids: Vec<usize>| Block { ids, facts, sole };
        if !matches!(dimension, Dimension::Count | Dimension::Duration) {
            return vec![block(ids)];
        }
        let mut by_pred: BTreeMap<Option<&'a str>, Vec<usize>> = BTreeMap::new();
        for i in ids {
            let pred = claim(i).subject.predicate.as_deref().or(sole);
            by_pred.entry(pred).or_default().push(i);
        }
        by_pred.into_values().map(block).collect()
    }

    /// The predicate a claim of this block counts as having.
    fn pred_of(&self, c: &'a Claim) -> Option<&'a str> {
        c.subject.predicate.as_deref().or(self.sole)
    }
}

/// The groups of one block from its candidate pairs, each group sorted, and the steps its
/// merge checks took.
fn cluster_block<'a>(
    scorer: &mut Scorer<'_, 'a>,
    block: &Block<'a>,
    candidates: Vec<(u32, u32)>,
    rank: &[usize],
) -> (Vec<Vec<usize>>, usize) {
    let (members, docs) = (scorer.members, scorer.docs);
    let ids = &block.ids;
    // Equal predicates and nouns as one string each, which the rules compare at once.
    let mut canon: foldhash::HashMap<&str, &str> = Default::default();
    let mut canonical = |s: Option<&'a str>| s.map(|s| *canon.entry(s).or_insert(s));
    let facts: Vec<Facts<'_>> = ids
        .iter()
        .map(|&i| {
            let mut f = Facts::new(&members[i], docs, block.pred_of(members[i].claim));
            f.pred = canonical(f.pred);
            f.telling = canonical(f.telling);
            f
        })
        .collect();
    let block = &block.facts;
    // Each member's position in the block, from the thread's scratch table (every entry
    // of `ids` is written before it is read).
    let mut slot = std::mem::take(&mut scorer.slot);
    // (Grown as blocks need it: a scorer is made per rayon job, most see few blocks.)
    let need = ids.last().map_or(0, |&i| i + 1);
    if slot.len() < need {
        slot.resize(need, 0);
    }
    for (l, &i) in ids.iter().enumerate() {
        slot[i] = l as u32;
    }
    let local = |i: usize| slot[i] as usize;
    // (reversed score, ranks of the claims' keys, member indices): sorted, strongest
    // first, then by the claims' keys; indices break ties between claims with equal keys
    // (documents with the same id), so the order is total.
    let mut pairs: Vec<(u32, u32, u32, u32, u32)> = Vec::new();
    for (i, j) in candidates {
        let (i, j) = (i as usize, j as usize);
        let (fi, fj) = (&facts[local(i)], &facts[local(j)]);
        if !rules::predicates_fit(fi, fj, block) {
            continue;
        }
        if let Some(score) = scorer.affinity(i, j, fi, fj) {
            let (i, j) = if (rank[i], i) <= (rank[j], j) {
                (i, j)
            } else {
                (j, i)
            };
            pairs.push((!score, rank[i] as u32, rank[j] as u32, i as u32, j as u32));
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Union-find over the block's own positions, with a summary of each cluster of two or
    // more: every pair across two clusters must fit, predicates and nouns included (a
    // claim that fits two others must not chain `3,000 soldiers` to `1,000 residents`),
    // and the summaries check that without comparing the clusters claim by claim.
    let mut uf = crate::union_find::UnionFind::new(ids.len());
    let mut summaries: Vec<Option<Summary<'_>>> = (0..ids.len()).map(|_| None).collect();
    // Clusters only grow, so two clusters once told apart stay apart: remember it rather
    // than check them again for every candidate pair across them.
    let mut apart: crate::quantity::lexicon::HashSet<(usize, usize)> = Default::default();
    let mut steps = 0;
    // Each claim's list of names as an id, so clusters compare lists as integers (a
    // document of thousands of claims keeps thousands of distinct lists).
    let mut lists: foldhash::HashMap<&[String], u32> = Default::default();
    let list_id: Vec<u32> = facts
        .iter()
        .map(|f| {
            let next = lists.len() as u32;
            *lists.entry(&f.claim.context.names[..]).or_insert(next)
        })
        .collect();
    drop(lists);
    // Members the names rule cannot tell apart: one list of names, one value.
    let same_names = |x: usize, y: usize| {
        list_id[x] == list_id[y] && facts[x].claim.value == facts[y].claim.value
    };
    for (_, _, _, i, j) in pairs {
        let (ri, rj) = (uf.find(local(i as usize)), uf.find(local(j as usize)));
        let key = (ri.min(rj), ri.max(rj));
        if ri == rj || apart.contains(&key) {
            continue;
        }
        let sa = summaries[ri]
            .take()
            .unwrap_or_else(|| Summary::of(ri, &facts[ri]));
        let sb = summaries[rj]
            .take()
            .unwrap_or_else(|| Summary::of(rj, &facts[rj]));
        let mut alike = |x: usize, y: usize| {
            facts[x].claim.value.overlaps(&facts[y].claim.value)
                || scorer.names_alike(ids[x], ids[y])
        };
        if !sa.fits(&sb, block, &mut alike, &mut steps) {
            apart.insert(key);
            summaries[ri] = Some(sa);
            summaries[rj] = Some(sb);
            continue;
        }
        uf.union(ri, rj);
        let (mut big, little) = if sa.len() >= sb.len() {
            (sa, sb)
        } else {
            (sb, sa)
        };
        big.absorb(little, &same_names);
        summaries[uf.find(ri)] = Some(big);
    }
    let mut by_root: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (l, &i) in ids.iter().enumerate() {
        by_root.entry(uf.find(l)).or_default().push(i);
    }
    scorer.slot = slot;
    (by_root.into_values().collect(), steps)
}

/// The reason two claims of one block are about different things, if any: a running
/// total vs one event's figure, two reports' running totals, different event kinds,
/// different times or years, two figures of one document that cannot both hold (`nobody`
/// beside a count among them), measures or lengths of time of different magnitudes,
/// different things, different defendants' charges, different names in one document.
///
/// ```
/// use crosscheck::group::{difference, DocumentFacts, Member};
/// let war = &crosscheck::extract("The war has killed 6,000 people since 2015.")[0];
/// let attack = &crosscheck::extract("The attack killed 60 people.")[0];
/// let m = |claim, document| Member { claim, document, document_id: "d", story: 0, retold: false };
/// let docs = [DocumentFacts::default(), DocumentFacts::default()];
/// assert!(difference(&m(war, 0), &m(attack, 1), &docs).is_some());
/// ```
pub fn difference<'a>(
    a: &Member<'a>,
    b: &Member<'a>,
    docs: &[DocumentFacts],
) -> Option<&'static str> {
    let threshold = GroupOptions::default().name_similarity;
    rules::difference(
        &Facts::new(a, docs, None),
        &Facts::new(b, docs, None),
        |x, y| {
            x.context
                .names
                .iter()
                .any(|n| y.context.names.iter().any(|m| names_match(n, m, threshold)))
        },
    )
}

/// Each claim's sentence names as ids into one table, with whether each is distinctive in
/// its document (a word of it among the document's distinctive names): computed once.
pub(super) struct ClaimNames<'a> {
    table: names::NameTable<'a>,
    of_claim: Vec<Vec<(u32, bool)>>,
}

impl<'a> ClaimNames<'a> {
    fn new(members: &[Member<'a>], docs: &[DocumentFacts]) -> Self {
        let table = names::NameTable::new(
            members
                .iter()
                .flat_map(|m| m.claim.context.names.iter().map(String::as_str)),
        );
        let empty = Vec::new();
        let of_claim = members
            .par_iter()
            .map(|m| {
                let dn = docs.get(m.document).map_or(&empty, |d| &d.names);
                m.claim
                    .context
                    .names
                    .iter()
                    // (Every name is in the table, which was made of these very lists.)
                    .filter_map(|n| table.id(n))
                    .map(|id| (id, table.distinctive(id, dn)))
                    .collect()
            })
            .collect();
        ClaimNames { table, of_claim }
    }
}

/// Scores candidate pairs of one block, remembering how pairs of names relate.
struct Scorer<'m, 'a> {
    members: &'m [Member<'a>],
    docs: &'m [DocumentFacts],
    opts: &'m GroupOptions,
    names: &'m ClaimNames<'a>,
    /// How two names relate, by their ids.
    relations: FastMap<(u32, u32), names::Relation>,
    /// Scratch for [`cluster_block`]: each member's position in the block at hand.
    slot: Vec<u32>,
}

/// Maps keyed by the grouper's own indices, which the input cannot choose: a fast
/// unkeyed hash is safe.
pub(super) use crate::quantity::lexicon::HashMap as FastMap;

/// The affinity of claims whose values can both hold, above any count of names shared
/// (see `Scorer::affinity`).
const VALUE_TIER: u32 = 1 << 16;

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
            relations: FastMap::default(),
            slot: Vec::new(),
        }
    }

    /// How strongly claims `i` and `j` of one block (so of one story) look like the same
    /// quantity, or `None` when they are about different things.
    ///
    /// Evidence, strongest first: values that can both hold; then a name their sentences
    /// share; the same document; the same story, which every pair of a block has; within
    /// each, the same noun and event count too. Every pair of a block already reports one
    /// story, so where a document's figures must part (`8 injured`, `six people caught in
    /// the crossfire`), what decides which of them another outlet's `eight people` joins
    /// is its value, not a place name both sentences happen to give.
    fn affinity(&mut self, i: usize, j: usize, fi: &Facts<'_>, fj: &Facts<'_>) -> Option<u32> {
        if rules::difference(fi, fj, |_, _| self.names_alike(i, j)).is_some() {
            return None;
        }
        let (a, b) = (&self.members[i], &self.members[j]);
        let (ca, cb) = (a.claim, b.claim);
        let mut score = 0;
        if ca.subject.noun.is_some() && ca.subject.noun == cb.subject.noun {
            score += 1;
        }
        if !ca.context.events.is_empty() && ca.context.events.first() == cb.context.events.first() {
            score += 1;
        }
        // Values that can both hold, the first tier (see above).
        if ca.value.overlaps(&cb.value) {
            score += VALUE_TIER;
        }
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
        if same + alike > 0 {
            return Some(score + 8 + same + alike);
        }
        if a.document == b.document {
            return Some(score + 6);
        }
        Some(score + 3)
    }

    /// Whether claims `i` and `j` name something alike (see [`names_match`]).
    fn names_alike(&mut self, i: usize, j: usize) -> bool {
        let (table, threshold) = (&self.names.table, self.opts.name_similarity);
        self.names.of_claim[i].iter().any(|&(x, _)| {
            self.names.of_claim[j].iter().any(|&(y, _)| {
                table.relation(&mut self.relations, x, y, threshold) != names::Relation::Different
            })
        })
    }
}
