//! Hostile inputs through the whole pipeline, at two sizes four times apart: linear code
//! shows the same throughput at both (`tests/hostile.rs` checks the work counts; this
//! times them).
//!
//! ```text
//! CARGO_TARGET_DIR=... cargo bench --bench hostile
//! ```
//! Each input (`benches/support/hostile.rs`) is reconciled beside a short good article;
//! throughput is in bytes of hostile text per second.

#[path = "support/hostile.rs"]
mod inputs;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::{Document, Reconciler};
use std::time::Duration;

fn hostile(c: &mut Criterion) {
    let rec = Reconciler::new();
    let mut g = c.benchmark_group("hostile");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for input in inputs::LINEAR {
        for n in [256 << 10, 1 << 20] {
            let docs = vec![
                Document::new("hostile", (input.make)(n)),
                Document::new("good", inputs::GOOD),
            ];
            g.throughput(Throughput::Bytes(docs[0].text.len() as u64));
            g.bench_with_input(BenchmarkId::new(input.name, n), &docs, |b, docs| {
                b.iter(|| rec.reconcile(docs).claims.len())
            });
        }
    }
    g.finish();
}

criterion_group!(benches, hostile);
criterion_main!(benches);
