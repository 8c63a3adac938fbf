//! A feed reconciled story by story, as a distributed job does it, gives the groups and
//! verdicts of the whole feed reconciled at once: stories from
//! [`crosscheck::stories::Stories`], each claim sent to its story (its own, another story
//! its sentence names, or a background, which travels with its story), each story
//! reconciled apart with
//! [`Reconciler::reconcile_part`] and the facts of the whole feed.

use crosscheck::stories::{Fingerprint, Stories, StoryOptions};
use crosscheck::{Document, FeedFacts, Part, PartClaim, Reconciler, Verdict};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Each group as its claims (document id, index in the document) with its verdict.
/// Each group: its claims (document, index), verdict and label.
type Partition = BTreeSet<(Vec<(String, usize)>, Verdict, String)>;

fn by_parts(rec: &Reconciler, docs: &[Document]) -> Partition {
    let extracted: Vec<_> = docs.iter().map(|d| rec.extract_article(d)).collect();
    let names: Vec<Vec<String>> = extracted.iter().map(|e| e.names.clone()).collect();
    let facts = FeedFacts::of(docs, &names);
    let fps: Vec<&Fingerprint> = extracted.iter().map(|e| &e.fingerprint).collect();
    let days: Vec<Option<i64>> = docs
        .iter()
        .zip(&fps)
        .map(|(d, fp)| d.source.published.map(|p| p.days()).or(fp.header_day()))
        .collect();
    let stories = Stories::find(&fps, &days, &StoryOptions::default());
    // Claims shuffled by story, a background's with its story's (slot 1 of the part's
    // stories): story -> document -> claims.
    let mut shuffled: BTreeMap<usize, BTreeMap<usize, Vec<PartClaim>>> = BTreeMap::new();
    for (d, e) in extracted.iter().enumerate() {
        for (index, claim) in e.claims.iter().enumerate() {
            let s = stories.story_of(d, claim, facts.now_year(&docs[d]));
            let (own, slot) = match stories.background_of(s) {
                Some(own) => (own, 1),
                None => (s, 0),
            };
            shuffled
                .entry(own)
                .or_default()
                .entry(d)
                .or_default()
                .push(PartClaim {
                    index,
                    claim: claim.clone(),
                    story: slot,
                });
        }
    }
    let mut out = Partition::new();
    for (s, per_doc) in shuffled {
        let ds: Vec<usize> = per_doc.keys().copied().collect();
        let part = Part {
            documents: ds.iter().map(|&d| docs[d].clone()).collect(),
            names: ds.iter().map(|&d| names[d].clone()).collect(),
            shingles: ds.iter().map(|&d| extracted[d].shingles.clone()).collect(),
            claims: per_doc.into_values().collect(),
            stories: vec![format!("s{s}"), format!("s{s}b")],
        };
        let part_facts = facts.for_part(&part);
        let report = rec.reconcile_part(part, &part_facts);
        for g in report.groups {
            let claims = g
                .claims
                .iter()
                .map(|id| {
                    let (doc, k) = id.rsplit_once('#').expect("part claim ids are doc#index");
                    (doc.to_string(), k.parse().expect("an index"))
                })
                .collect();
            out.insert((claims, g.verdict, g.label));
        }
    }
    out
}

fn whole(rec: &Reconciler, docs: &[Document]) -> Partition {
    let report = rec.reconcile(docs);
    let mut at: BTreeMap<&str, (String, usize)> = BTreeMap::new();
    let mut next: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &report.claims {
        let k = next.entry(c.document.as_str()).or_default();
        at.insert(c.id.as_str(), (c.document.clone(), *k));
        *k += 1;
    }
    report
        .groups
        .iter()
        .map(|g| {
            (
                g.claims.iter().map(|c| at[c.as_str()].clone()).collect(),
                g.verdict,
                g.label.clone(),
            )
        })
        .collect()
}

fn assert_same(docs: &[Document]) {
    let rec = Reconciler::new();
    let (a, b) = (whole(&rec, docs), by_parts(&rec, docs));
    let only_whole: Vec<_> = a.difference(&b).take(3).collect();
    let only_parts: Vec<_> = b.difference(&a).take(3).collect();
    assert!(
        only_whole.is_empty() && only_parts.is_empty(),
        "{} groups; only in the whole report: {only_whole:?}; only by parts: {only_parts:?}",
        a.len()
    );
}

#[test]
fn the_seeds_by_parts_are_the_seeds_whole() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let docs = crosscheck::input::read_documents(&[dir]).expect("seeds");
    assert_same(&docs);
}

#[test]
fn a_real_feed_by_parts_is_the_feed_whole() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/ecb-plus/articles");
    if !dir.is_dir() {
        eprintln!(
            "skipped: {} is missing (not part of the crate)",
            dir.display()
        );
        return;
    }
    let docs = crosscheck::input::read_documents(&[dir]).expect("ECB+ articles");
    assert_same(&docs);
}

#[test]
fn a_feed_of_many_look_alike_events_by_parts_is_the_feed_whole() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/gun-violence/articles");
    if !dir.is_dir() {
        eprintln!(
            "skipped: {} is missing (not part of the crate)",
            dir.display()
        );
        return;
    }
    let docs = crosscheck::input::read_documents(&[dir]).expect("gun-violence articles");
    assert_same(&docs);
}
