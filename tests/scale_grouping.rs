//! Grouping on a corpus of many stories: claims of different events must not chain into
//! one group. The synthetic corpus names each document `..._eNNNNN_...` after its event,
//! which gives the truth to measure against.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use crosscheck::{Document, Reconciler};
use std::collections::HashMap;

#[test]
fn groups_keep_to_one_event_in_a_corpus_of_many_stories() {
    let docs: Vec<Document> = corpus::generate(240, 7)
        .into_iter()
        .map(|a| Document::new(a.name, a.text))
        .collect();
    let events: usize = {
        let mut e: Vec<&str> = docs.iter().map(|d| event(&d.id)).collect();
        e.sort_unstable();
        e.dedup();
        e.len()
    };
    assert!(
        events >= 20,
        "the corpus should hold many stories, got {events}"
    );
    let report = Reconciler::new().reconcile(&docs);
    let doc_event: HashMap<&str, &str> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), event(&d.id)))
        .collect();
    let claim_event: HashMap<&str, &str> = report
        .claims
        .iter()
        .map(|c| (c.id.as_str(), doc_event[c.document.as_str()]))
        .collect();
    // Pairwise precision against events: of the claim pairs put in one group, the share
    // whose claims come from one event.
    let (mut same, mut all) = (0usize, 0usize);
    let mut largest = 0;
    let mut grouped = 0;
    for g in &report.groups {
        largest = largest.max(g.claims.len());
        if g.claims.len() < 2 {
            continue;
        }
        grouped += 1;
        let mut per: HashMap<&str, usize> = HashMap::new();
        for c in &g.claims {
            *per.entry(claim_event[c.as_str()]).or_default() += 1;
        }
        let n = g.claims.len();
        all += n * (n - 1) / 2;
        same += per.values().map(|k| k * (k - 1) / 2).sum::<usize>();
    }
    let precision = same as f64 / all.max(1) as f64;
    eprintln!(
        "{} documents, {events} events, {} claims, {grouped} groups of 2 or more, largest \
         {largest}, event precision {precision:.3}",
        docs.len(),
        report.claims.len()
    );
    assert!(grouped > 100, "too few groups formed: {grouped}");
    assert!(
        precision >= 0.9,
        "groups mix events: precision {precision:.3}"
    );
    // One quantity of one event is reported by a dozen outlets at most, a few times each.
    assert!(
        largest <= 60,
        "a group of {largest} claims chains events together"
    );
}

fn event(doc: &str) -> &str {
    doc.split('_').nth(1).unwrap_or("")
}

/// One place, one agency, one wording: two floods half a year apart are two stories, the
/// reports of one flood three days apart are one.
#[test]
fn stories_months_apart_are_different_occasions() {
    let story = |id: &str, date: &str, n: u32| {
        Document::new(
            id,
            format!(
                "Floods hit Velmora\n\n{date}\n\nFloods in Velmora province killed {n} people, \
                 the Velmora Civil Protection Agency said. Rescuers in Dranitsa searched \
                 for survivors along the Oskava river."
            ),
        )
    };
    let docs = vec![
        story("a", "March 3, 2021", 40),
        story("b", "March 6, 2021", 44),
        story("c", "September 20, 2021", 12),
    ];
    let report = Reconciler::new().reconcile(&docs);
    let group_of = |doc: &str| {
        let c = report
            .claims
            .iter()
            .find(|c| c.document == doc)
            .expect("a claim");
        report
            .groups
            .iter()
            .position(|g| g.claims.contains(&c.id))
            .expect("a group")
    };
    assert_eq!(group_of("a"), group_of("b"), "days apart: one story");
    assert_ne!(group_of("a"), group_of("c"), "months apart: another flood");
}

/// Names outside ASCII in a corpus big enough to pair documents by name keys: a key is
/// cut at a character boundary, not a byte (`Łódź`'s skeleton starts with a two-byte
/// letter).
#[test]
fn non_ascii_names_in_a_big_corpus() {
    // Two documents per town, so that no town is common to the corpus.
    let town = |i: usize| {
        let letters: Vec<char> = "bcdfgklmnprstwz".chars().collect();
        format!("Ł{}ó{}ź", letters[i % 15], letters[i / 15 % 15])
    };
    let docs: Vec<Document> = (0..60)
        .map(|i| {
            let t = town(i / 2);
            Document::new(
                format!("d{i}"),
                format!(
                    "Flood in {t}\n\nOfficials in {t} said {} people died.\n",
                    10 + i % 2
                ),
            )
        })
        .collect();
    let report = Reconciler::new().reconcile(&docs);
    assert_eq!(report.claims.len(), 60);
    assert!(report.groups.iter().any(|g| g.claims.len() > 1));
}
