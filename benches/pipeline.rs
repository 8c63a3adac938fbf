//! The whole pipeline on files: read a directory, extract (rayon), reconcile, write JSON.
//!
//! ```text
//! CARGO_TARGET_DIR=... cargo bench --bench pipeline
//! ```
//! Setup writes 300 synthetic articles (seed 42, about 1.1 MB) to a temporary directory;
//! throughput is in documents per second (MB/s = documents/s x the mean size printed at
//! setup).

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use crosscheck::Reconciler;
use std::time::Duration;

const DOCS: usize = 300;

fn pipeline(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("crosscheck-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let mut bytes = 0;
    for a in corpus::Corpus::new(42).take(DOCS) {
        bytes += a.text.len();
        std::fs::write(dir.join(format!("{}.txt", a.name)), &a.text).expect("writable temp");
    }
    eprintln!(
        "pipeline: {DOCS} documents, {:.2} MB, mean {} bytes",
        bytes as f64 / 1e6,
        bytes / DOCS
    );
    let rec = Reconciler::new();
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(DOCS as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(20));
    g.bench_function("read_extract_reconcile_json", |b| {
        b.iter(|| {
            let docs = crosscheck::input::read_documents(&[&dir]).expect("readable corpus");
            let report = rec.reconcile(&docs);
            serde_json::to_string(&report).expect("serializable").len()
        })
    });
    g.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group!(benches, pipeline);
criterion_main!(benches);
