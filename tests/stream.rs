//! `Reconciler::reconcile_stream` gives the report `Reconciler::reconcile` gives, on a
//! synthetic corpus with wire copies (so copy dependencies and dates are exercised).

#[path = "../benches/support/corpus.rs"]
mod corpus;

use crosscheck::{Document, Reconciler};

#[test]
fn stream_matches_batch_on_synthetic_articles() {
    let docs: Vec<Document> = corpus::generate(60, 7)
        .into_iter()
        .map(|a| Document::new(a.name, a.text))
        .collect();
    let rec = Reconciler::new();
    let batch = rec.reconcile(&docs);
    assert!(!batch.dependencies.is_empty(), "the corpus has wire copies");
    let stream = rec.reconcile_stream(docs);
    assert_eq!(
        serde_json::to_string(&batch).expect("serializable"),
        serde_json::to_string(&stream).expect("serializable")
    );
}

#[test]
fn corpus_is_deterministic() {
    let a: Vec<String> = corpus::generate(20, 3)
        .into_iter()
        .map(|a| a.text)
        .collect();
    let b: Vec<String> = corpus::generate(20, 3)
        .into_iter()
        .map(|a| a.text)
        .collect();
    assert_eq!(a, b);
    let c: Vec<String> = corpus::generate(20, 4)
        .into_iter()
        .map(|a| a.text)
        .collect();
    assert_ne!(a, c);
}
