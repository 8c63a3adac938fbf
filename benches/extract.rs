//! Extraction throughput on one core, in bytes of input per second.
//!
//! ```text
//! CARGO_TARGET_DIR=... cargo bench --bench extract
//! ```
//! - `extract/seeds`: the five seed articles concatenated into one text.
//! - `extract/synthetic_1mb`: about 1 MB of synthetic articles (seed 42), extracted one
//!   document at a time, as a corpus run does.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use crosscheck::Extractor;
use std::time::Duration;

/// The seed articles, concatenated in file-name order.
fn seeds() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the crate's seeds/ directory")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a UTF-8 seed"))
        .collect();
    texts.join("\n\n")
}

fn extract(c: &mut Criterion) {
    let ex = Extractor::default();
    let mut g = c.benchmark_group("extract");

    let text = seeds();
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("seeds", |b| b.iter(|| ex.extract(black_box(&text))));

    let docs = corpus::generate_bytes(1_000_000, 42);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20).measurement_time(Duration::from_secs(10));
    g.bench_function("synthetic_1mb", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += ex.extract(black_box(&d.text)).len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
