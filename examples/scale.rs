//! Scale measurements on the synthetic corpus, with peak memory: one run, no statistics
//! (criterion benches in `benches/` give those).
//!
//! ```text
//! cargo run --release --example scale -- extract [--mb 8] [--seed 42] [--seeds]
//! cargo run --release --example scale -- reconcile [--claims 1000000] [--seed 42]
//! cargo run --release --example scale -- pipeline [--docs 300] [--seed 42] [--stream | --by-story] [--dated] [--events-per-day 50]
//! ```
//! - `extract`: extraction on one thread over `--mb` megabytes of articles (with `--seeds`,
//!   the crate's seed articles repeated to that size); MB/s.
//! - `reconcile`: generates articles until they hold `--claims` claims, extracts them in
//!   parallel, then times `Reconciler::reconcile_claims`; prints the time of each phase and
//!   the peak resident memory (VmHWM) after each.
//! - `pipeline`: `--docs` articles through `Reconciler::reconcile` (all texts in memory) or,
//!   with `--stream`, `Reconciler::reconcile_stream` (articles generated as they are
//!   consumed), then JSON; documents/s, MB/s and peak memory. With `--by-story`,
//!   `Reconciler::reconcile_by_story` over the dated corpus (`--events-per-day` events a
//!   day, articles in publication order give or take two days), each story's report
//!   written as JSON as it closes; `--dated` gives the other two modes the same dated
//!   corpus.
//!
//! `reconcile` also prints how well groups keep to one synthetic event (`purity`); with
//! `SCALE_DUMP=1` it lists the claims of the two largest groups.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use crosscheck::{Document, Extracted, Extractor, Reconciler};
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

fn usage() -> &'static str {
    "usage: scale extract [--mb N] [--seed S] [--seeds] | scale reconcile [--claims N] [--seed S] \
     | scale pipeline [--docs N] [--seed S] [--stream | --by-story] [--dated] [--events-per-day N]"
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

/// Peak resident set size so far, in MB (Linux; `None` elsewhere).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// CPU time of this process so far (user + system), in seconds (Linux; 0 elsewhere): on
/// a shared machine it says more than the wall clock does.
fn cpu_s() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|x| x.parse().ok())
        .collect();
    f.iter().sum::<f64>() / 100.0
}

fn peak() -> String {
    peak_mb().map_or_else(|| "n/a".into(), |m| format!("{m:.0} MB"))
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mode = args.next().ok_or_else(|| usage().to_string())?;
    let mut mb = 8.0;
    let mut claims = 1_000_000usize;
    let mut seed = 42;
    let mut seeds = false;
    let mut mode_of_pipeline = Pipeline::Batch;
    let mut dated = false;
    let mut per_day = 50usize;
    let mut docs = 300usize;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--seeds" => seeds = true,
            "--stream" => mode_of_pipeline = Pipeline::Stream,
            "--by-story" => mode_of_pipeline = Pipeline::ByStory,
            "--dated" => dated = true,
            _ => {}
        }
        if matches!(
            a.as_str(),
            "--seeds" | "--stream" | "--by-story" | "--dated"
        ) {
            continue;
        }
        let mut value = || {
            args.next()
                .map(|v| v.replace('_', ""))
                .ok_or_else(|| format!("{a} needs a value; {}", usage()))
        };
        match a.as_str() {
            "--mb" => mb = value()?.parse().map_err(|_| "--mb: not a number")?,
            "--claims" => claims = value()?.parse().map_err(|_| "--claims: not a number")?,
            "--seed" => seed = value()?.parse().map_err(|_| "--seed: not a number")?,
            "--docs" => docs = value()?.parse().map_err(|_| "--docs: not a number")?,
            "--events-per-day" => {
                per_day = value()?
                    .parse()
                    .map_err(|_| "--events-per-day: not a number")?
            }
            _ => return Err(format!("unknown argument `{a}`; {}", usage())),
        }
    }
    match mode.as_str() {
        "extract" => extract(mb, seed, seeds),
        "reconcile" => reconcile(claims, seed),
        "pipeline" => {
            let dated = (dated || mode_of_pipeline == Pipeline::ByStory).then_some(per_day);
            pipeline(docs, seed, mode_of_pipeline, dated)
        }
        _ => Err(usage().to_string()),
    }
}

fn extract(mb: f64, seed: u64, seeds: bool) -> Result<(), String> {
    let docs: Vec<corpus::Article> = if seeds {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
        let texts: Vec<String> = crosscheck::input::article_paths(&[dir])
            .map_err(|e| e.to_string())?
            .iter()
            .map(|p| std::fs::read_to_string(p).map_err(|e| e.to_string()))
            .collect::<Result<_, _>>()?;
        let mut out = Vec::new();
        let mut total = 0;
        while total < (mb * 1e6) as usize {
            for t in &texts {
                total += t.len();
                out.push(corpus::Article {
                    name: String::new(),
                    text: t.clone(),
                    event: 0,
                    outlet: "",
                    wire: None,
                    hours: 0,
                    published: None,
                });
            }
        }
        out
    } else {
        corpus::generate_bytes((mb * 1e6) as usize, seed)
    };
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let ex = Extractor::default();
    let (t, cpu) = (Instant::now(), cpu_s());
    let mut n = 0;
    for d in &docs {
        n += ex.extract(&d.text).len();
    }
    let (s, cpu) = (t.elapsed().as_secs_f64(), cpu_s() - cpu);
    let mb = bytes as f64 / 1e6;
    println!(
        "extract: {} documents, {mb:.1} MB, {n} claims on one thread in {s:.2} s wall \
         ({:.1} MB/s), {cpu:.2} s CPU ({:.1} MB/s of CPU)",
        docs.len(),
        mb / s,
        mb / cpu.max(0.01)
    );
    Ok(())
}

fn reconcile(claims: usize, seed: u64) -> Result<(), String> {
    let rec = Reconciler::new();
    let t = Instant::now();
    let mut docs = Vec::new();
    let mut extracted: Vec<Extracted> = Vec::new();
    let mut total = 0;
    let mut bytes = 0;
    let mut gen = corpus::Corpus::new(seed);
    while total < claims {
        let batch: Vec<Document> = gen
            .by_ref()
            .take(512)
            .map(|a| Document::new(a.name, a.text))
            .collect();
        let done: Vec<(Document, Extracted, usize)> = batch
            .into_par_iter()
            .map(|mut d| {
                let e = rec.extract_document(&d.text);
                // Past extraction only the first line is read (a dateline's day): keep
                // what a stream keeps, the first 300 bytes.
                let len = d.text.len();
                let mut end = len.min(300);
                while !d.text.is_char_boundary(end) {
                    end -= 1;
                }
                d.text.truncate(end);
                (d, e, len)
            })
            .collect();
        for (d, mut e, len) in done {
            if total >= claims {
                break;
            }
            e.claims.truncate(claims - total);
            total += e.claims.len();
            bytes += len;
            docs.push(d);
            extracted.push(e);
        }
    }
    println!(
        "generate + extract (parallel): {} documents, {:.1} MB, {total} claims in {:.1} s; peak {}",
        docs.len(),
        bytes as f64 / 1e6,
        t.elapsed().as_secs_f64(),
        peak()
    );
    let (t, cpu) = (Instant::now(), cpu_s());
    let report = rec.reconcile_extracted(&docs, extracted);
    println!(
        "reconcile_extracted: {} claims, {} groups, {} dependencies in {:.2} s wall, \
         {:.2} s CPU; peak {}",
        report.claims.len(),
        report.groups.len(),
        report.dependencies.len(),
        t.elapsed().as_secs_f64(),
        cpu_s() - cpu,
        peak()
    );
    let mut sizes: Vec<usize> = report.groups.iter().map(|g| g.claims.len()).collect();
    sizes.sort_unstable();
    let conflicts: usize = report.groups.iter().map(|g| g.conflicts.len()).sum();
    println!(
        "groups: largest {:?}, {} with 2 or more claims, {conflicts} conflict pairs listed",
        sizes.iter().rev().take(5).collect::<Vec<_>>(),
        sizes.iter().filter(|&&n| n >= 2).count()
    );
    println!("work: {:?}", report.work);
    purity(&report);
    if std::env::var_os("SCALE_DUMP").is_some() {
        let by_id: std::collections::HashMap<&str, &crosscheck::report::ClaimRecord> =
            report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        let mut gs: Vec<_> = report.groups.iter().collect();
        gs.sort_by_key(|g| std::cmp::Reverse(g.claims.len()));
        for g in gs.iter().take(2) {
            println!("== {} {} claims: {}", g.id, g.claims.len(), g.label);
            for c in g.claims.iter().take(60) {
                let c = by_id[c.as_str()];
                println!(
                    "{} | {} | {} | {:?}",
                    c.document, c.text, c.subject, c.context
                );
            }
        }
    }
    Ok(())
}

/// How well groups keep to one synthetic event (the corpus names each document
/// `..._eNNNNN_...`): groups holding claims of two or more events, and the share of
/// same-group claim pairs that come from one event (pairwise precision against events).
fn purity(report: &crosscheck::report::Report) {
    let event_of = |doc: &str| doc.split('_').nth(1).unwrap_or("").to_string();
    let doc_event: std::collections::HashMap<&str, String> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), event_of(&d.id)))
        .collect();
    let claim_event: std::collections::HashMap<&str, &str> = report
        .claims
        .iter()
        .map(|c| (c.id.as_str(), doc_event[c.document.as_str()].as_str()))
        .collect();
    let (mut mixed, mut same, mut all) = (0usize, 0f64, 0f64);
    for g in report.groups.iter().filter(|g| g.claims.len() > 1) {
        let mut per: std::collections::HashMap<&str, f64> = Default::default();
        for c in &g.claims {
            *per.entry(claim_event[c.as_str()]).or_default() += 1.0;
        }
        mixed += usize::from(per.len() > 1);
        let n = g.claims.len() as f64;
        all += n * (n - 1.0) / 2.0;
        same += per.values().map(|k| k * (k - 1.0) / 2.0).sum::<f64>();
    }
    println!(
        "purity: {mixed} groups mix events; {:.4} of grouped pairs share an event",
        if all > 0.0 { same / all } else { 1.0 }
    );
}

/// How `pipeline` reconciles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pipeline {
    Batch,
    Stream,
    ByStory,
}

fn pipeline(n: usize, seed: u64, how: Pipeline, dated: Option<usize>) -> Result<(), String> {
    let rec = Reconciler::new();
    let bytes = std::cell::Cell::new(0usize);
    let articles = match dated {
        Some(per_day) => corpus::Corpus::dated(seed, per_day),
        None => corpus::Corpus::new(seed),
    };
    let docs = articles.take(n).map(|a| {
        bytes.set(bytes.get() + a.text.len());
        let mut d = Document::new(a.name, a.text);
        d.source.published = a.published.and_then(|p| p.parse().ok());
        d
    });
    let (t, cpu) = (Instant::now(), cpu_s());
    let mut out = CountingSink(0);
    let (claims, groups, extra) = match how {
        Pipeline::ByStory => {
            let mut groups = 0;
            let summary = rec
                .reconcile_by_story(docs, &crosscheck::StreamOptions::default(), |r| {
                    groups += r.groups.len();
                    serde_json::to_writer(&mut out, &r)
                })
                .map_err(|e| e.to_string())?;
            let extra = format!(
                "; {} stories in {} reports, at most {} documents held",
                summary.stories, summary.reports, summary.peak_open_documents
            );
            (summary.claims, groups, extra)
        }
        Pipeline::Stream | Pipeline::Batch => {
            let report = if how == Pipeline::Stream {
                rec.reconcile_stream(docs)
            } else {
                let all: Vec<Document> = docs.collect();
                rec.reconcile(&all)
            };
            serde_json::to_writer(&mut out, &report).map_err(|e| e.to_string())?;
            (report.claims.len(), report.groups.len(), String::new())
        }
    };
    let s = t.elapsed().as_secs_f64();
    let mb = bytes.get() as f64 / 1e6;
    println!(
        "pipeline ({}{}): {n} documents, {mb:.1} MB, {claims} claims, {groups} groups, JSON \
         {:.1} MB in {s:.2} s wall, {:.2} s CPU: {:.0} documents/s, {:.2} MB/s; peak {}{extra}",
        match how {
            Pipeline::Batch => "reconcile",
            Pipeline::Stream => "reconcile_stream",
            Pipeline::ByStory => "reconcile_by_story",
        },
        if dated.is_some() { ", dated" } else { "" },
        out.0 as f64 / 1e6,
        cpu_s() - cpu,
        n as f64 / s,
        mb / s,
        peak()
    );
    Ok(())
}

/// Counts the bytes written to it (JSON output without holding it).
struct CountingSink(usize);

impl std::io::Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
