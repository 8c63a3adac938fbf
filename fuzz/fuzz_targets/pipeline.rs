//! Bytes split at NUL into up to 6 documents → `Reconciler::reconcile` → JSON and text
//! reports: no panic, and the report accounts for every document and claim.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::collections::HashSet;

fuzz_target!(|data: &[u8]| {
    let docs: Vec<crosscheck::Document> = data
        .split(|&b| b == 0)
        .take(6)
        .enumerate()
        .map(|(i, part)| crosscheck::Document::from_bytes(format!("d{i}"), part))
        .collect();
    let report = crosscheck::Reconciler::new().reconcile(&docs);
    assert_eq!(report.documents.len(), docs.len());
    let ids: HashSet<&str> = report.claims.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.len(), report.claims.len(), "claim ids unique");
    let mut grouped = HashSet::new();
    for g in &report.groups {
        assert!(!g.claims.is_empty());
        for c in &g.claims {
            assert!(ids.contains(c.as_str()), "group {} names unknown claim {c}", g.id);
            assert!(grouped.insert(c.clone()), "claim {c} in two groups");
        }
    }
    assert_eq!(grouped.len(), report.claims.len(), "every claim in a group");
    for c in &report.claims {
        let d = docs.iter().find(|d| d.id == c.document).expect("claim's document");
        assert_eq!(d.text.get(c.span.start..c.span.end), Some(c.text.as_str()));
    }
    let json = serde_json::to_string(&report).expect("report serializes");
    let back: crosscheck::Report = serde_json::from_str(&json).expect("report reads back");
    assert_eq!(back.claims.len(), report.claims.len());
    let _ = crosscheck::report::text(&report);
});
