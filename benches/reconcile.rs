//! Grouping and verdicts (`Reconciler::reconcile_claims`) on pre-extracted claims.
//!
//! ```text
//! CARGO_TARGET_DIR=... cargo bench --bench reconcile                      # 10^3, 10^4
//! CROSSCHECK_BENCH_FULL=1 CARGO_TARGET_DIR=... cargo bench --bench reconcile   # + 10^5, 10^6
//! CROSSCHECK_BENCH_SIZES=1000,30000 CARGO_TARGET_DIR=... cargo bench --bench reconcile
//! ```
//! Setup (outside the timed loop) generates synthetic articles (seed 42) until they hold
//! enough claims, extracts them once in parallel, and gives each size the first documents
//! holding exactly that many claims (the last document's claims cut to fit). Throughput is
//! in claims per second.
//!
//! 10^5 and 10^6 are opt-in: on the synthetic corpus groups grow with the corpus (weak
//! name evidence chains events together) and every conflicting pair of a group is judged
//! and listed, so one iteration at 10^5 claims takes minutes and about 8 GB; 10^6 does
//! not fit in memory. `examples/scale.rs` measures one run with peak memory.

#[path = "support/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use crosscheck::{Claim, Document, Reconciler};
use std::time::Duration;

/// Documents and their claims, at least `claims` of them in all.
fn corpus_with_claims(claims: usize, seed: u64) -> (Vec<Document>, Vec<Vec<Claim>>) {
    let rec = Reconciler::new();
    let mut docs = Vec::new();
    let mut per_doc: Vec<Vec<Claim>> = Vec::new();
    let mut total = 0;
    let mut gen = corpus::Corpus::new(seed);
    while total < claims {
        // Extract in parallel batches so setup uses every core.
        let batch: Vec<Document> = gen
            .by_ref()
            .take(256)
            .map(|a| Document::new(a.name, a.text))
            .collect();
        let extracted = rec.extract_all(&batch);
        for (d, c) in batch.into_iter().zip(extracted) {
            if total >= claims {
                break;
            }
            total += c.len();
            docs.push(d);
            per_doc.push(c);
        }
    }
    (docs, per_doc)
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
        Err(_) => vec![1_000, 10_000],
    };
    sizes.sort_unstable();
    sizes.dedup();
    let largest = *sizes.iter().max().unwrap_or(&1_000);
    let (docs, mut per_doc) = corpus_with_claims(largest, 42);
    let rec = Reconciler::new();
    let mut g = c.benchmark_group("reconcile_claims");
    // Largest first: cutting the last document's claims for a size never affects a
    // larger size measured before it.
    for &n in sizes.iter().rev() {
        let mut k = 0;
        let mut total = 0;
        while total < n {
            total += per_doc[k].len();
            k += 1;
        }
        let keep = per_doc[k - 1].len() - (total - n);
        per_doc[k - 1].truncate(keep);
        g.throughput(Throughput::Elements(n as u64));
        match n {
            0..=2_000 => g.sample_size(20).measurement_time(Duration::from_secs(5)),
            2_001..=20_000 => g.sample_size(10).measurement_time(Duration::from_secs(20)),
            _ => g.sample_size(10).measurement_time(Duration::from_secs(600)),
        };
        g.bench_with_input(BenchmarkId::from_parameter(n), &k, |b, &k| {
            b.iter(|| rec.reconcile_claims(&docs[..k], &per_doc[..k]))
        });
    }
    g.finish();
}

criterion_group!(benches, reconcile);
criterion_main!(benches);
