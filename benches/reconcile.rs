//! Reconciliation (`Reconciler::reconcile_extracted`: copy detection, grouping, verdicts,
//! consensus, the report) of documents already extracted, for 10^3 to 10^6 claims.
//!
//! ```text
//! CARGO_TARGET_DIR=... cargo bench --bench reconcile                      # 10^3, 10^4, 10^5
//! CROSSCHECK_BENCH_FULL=1 CARGO_TARGET_DIR=... cargo bench --bench reconcile   # + 10^6
//! CROSSCHECK_BENCH_SIZES=1000,30000 CARGO_TARGET_DIR=... cargo bench --bench reconcile
//! ```
//! Setup (outside the timed loop) generates synthetic articles (seed 42) until they hold
//! enough claims, extracts them once in parallel, and gives each size the first documents
//! holding exactly that many claims (the last document's claims cut to fit). Each
//! iteration reconciles a fresh copy of the extracted documents (copied outside the
//! timing). Throughput is in claims per second. `examples/scale.rs` measures one run with
//! peak memory.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use crosscheck::{Document, Extracted, Reconciler};
use rayon::prelude::*;
use std::time::Duration;

/// Documents and their extraction, at least `claims` claims in all.
fn corpus_with_claims(claims: usize, seed: u64) -> (Vec<Document>, Vec<Extracted>) {
    let rec = Reconciler::new();
    let mut docs = Vec::new();
    let mut extracted = Vec::new();
    let mut total = 0;
    let mut gen = corpus::Corpus::new(seed);
    while total < claims {
        // Extract in parallel batches so setup uses every core.
        let batch: Vec<Document> = gen
            .by_ref()
            .take(256)
            .map(|a| Document::new(a.name, a.text))
            .collect();
        let done: Vec<Extracted> = batch
            .par_iter()
            .map(|d| rec.extract_document(&d.text))
            .collect();
        for (d, e) in batch.into_iter().zip(done) {
            if total >= claims {
                break;
            }
            total += e.claims.len();
            docs.push(d);
            extracted.push(e);
        }
    }
    (docs, extracted)
}

fn reconcile(c: &mut Criterion) {
    let full = std::env::var("CROSSCHECK_BENCH_FULL").is_ok_and(|v| v == "1");
    let mut sizes: Vec<usize> = match std::env::var("CROSSCHECK_BENCH_SIZES") {
        Ok(list) => list
            .split(',')
            .filter_map(|x| x.trim().replace('_', "").parse().ok())
            .filter(|&n| n > 0)
            .collect(),
        Err(_) if full => vec![1_000, 10_000, 100_000, 1_000_000],
        Err(_) => vec![1_000, 10_000, 100_000],
    };
    sizes.sort_unstable();
    sizes.dedup();
    let largest = *sizes.iter().max().unwrap_or(&1_000);
    let (docs, mut extracted) = corpus_with_claims(largest, 42);
    let rec = Reconciler::new();
    let mut g = c.benchmark_group("reconcile_extracted");
    // Largest first: cutting the last document's claims for a size never affects a
    // larger size measured before it.
    for &n in sizes.iter().rev() {
        let mut k = 0;
        let mut total = 0;
        while total < n {
            total += extracted[k].claims.len();
            k += 1;
        }
        let keep = extracted[k - 1].claims.len() - (total - n);
        extracted[k - 1].claims.truncate(keep);
        g.throughput(Throughput::Elements(n as u64));
        match n {
            0..=2_000 => g.sample_size(20).measurement_time(Duration::from_secs(5)),
            2_001..=20_000 => g.sample_size(10).measurement_time(Duration::from_secs(10)),
            _ => g.sample_size(10).measurement_time(Duration::from_secs(60)),
        };
        g.bench_with_input(BenchmarkId::from_parameter(n), &k, |b, &k| {
            b.iter_batched(
                || extracted[..k].to_vec(),
                |e| rec.reconcile_extracted(&docs[..k], e),
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, reconcile);
criterion_main!(benches);
