//! The population truth-discovery benchmark.
//!
//! ```text
//! cargo run --release --example population -- [DIR] [--variants]
//! ```
//!
//! `DIR` holds `claims.tsv` and `truth.csv` (default: the crate's `data/population`, a
//! copy of the shared benchmark). `--variants` first prints a table of the configurations compared while
//! designing the model. The last line is always `error_rate=<fraction> mae=<number>` for
//! the reported configuration.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use crosscheck::consensus::population::{self, Score};
use crosscheck::consensus::{Observation, TruthDiscovery};

/// The source group of a contributor in this data set: anonymous edits (`contributor #0
/// (<ip>)`) or registered accounts. The library knows nothing of these names; this
/// benchmark's reported figure uses them (see the README for the defaults' figure).
fn source_group(contributor: &str) -> String {
    if contributor.starts_with("contributor #0 (") {
        "anonymous".to_string()
    } else {
        "registered".to_string()
    }
}

/// The configuration the benchmark is reported with: the library's defaults plus the
/// anonymous/registered source groups.
fn discovery() -> TruthDiscovery {
    TruthDiscovery::new().source_groups(source_group)
}

fn main() -> ExitCode {
    let mut dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/population");
    let mut variants = false;
    for arg in std::env::args().skip(1) {
        if arg == "--variants" {
            variants = true;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let (obs, truth) = match population::load(&dir) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };

    if variants {
        print_variants(&obs, &truth);
    }

    let start = Instant::now();
    let resolution = discovery().run(&obs);
    let elapsed = start.elapsed();
    let score = population::score(&resolution, &truth);
    println!(
        "claims={} sources={} objects={} scored={} errors={} time={:.1}ms",
        obs.len(),
        resolution.sources.len(),
        resolution.estimates.len(),
        score.scored,
        score.errors,
        elapsed.as_secs_f64() * 1e3
    );
    println!("error_rate={:.4} mae={:.1}", score.error_rate, score.mae);
    ExitCode::SUCCESS
}

fn print_variants(obs: &[Observation], truth: &BTreeMap<String, f64>) {
    let plain = TruthDiscovery::new()
        .rounded_weight(1.0)
        .near_support(0.0, 1.0);
    let grouped = plain.clone().source_groups(source_group);
    let rows: Vec<(&str, Score)> = vec![
        ("median per object", median_score(obs, truth)),
        (
            "majority vote (0 iterations)",
            run(&plain.clone().max_iterations(0), obs, truth),
        ),
        ("iterative reliability", run(&plain, obs, truth)),
        ("+ anonymous/registered groups", run(&grouped, obs, truth)),
        (
            "+ rounded figures at half weight",
            run(&grouped.clone().rounded_weight(0.5), obs, truth),
        ),
        (
            "+ near support (defaults) = reported",
            run(&discovery(), obs, truth),
        ),
        (
            "defaults without groups",
            run(&TruthDiscovery::new(), obs, truth),
        ),
        (
            "reported, tolerance 1%",
            run(&discovery().tolerance(0.01), obs, truth),
        ),
        (
            "reported, tolerance 0 (exact)",
            run(&discovery().tolerance(0.0), obs, truth),
        ),
        (
            "reported, prior strength 1",
            run(&discovery().prior_strength(1.0), obs, truth),
        ),
        (
            "reported, prior strength 5",
            run(&discovery().prior_strength(5.0), obs, truth),
        ),
        (
            "reported, prior reliability 0.5",
            run(&discovery().prior_reliability(0.5), obs, truth),
        ),
        (
            "reported, input order reversed",
            run_reversed(&discovery(), obs, truth),
        ),
    ];
    println!("| variant | error rate | MAE |");
    println!("|---|---|---|");
    for (name, s) in rows {
        println!("| {name} | {:.4} | {:.0} |", s.error_rate, s.mae);
    }
}

fn run(td: &TruthDiscovery, obs: &[Observation], truth: &BTreeMap<String, f64>) -> Score {
    population::score(&td.run(obs), truth)
}

/// Ties go to the first value seen: reversing the input shows how much they matter.
fn run_reversed(td: &TruthDiscovery, obs: &[Observation], truth: &BTreeMap<String, f64>) -> Score {
    let reversed: Vec<Observation> = obs.iter().rev().cloned().collect();
    run(td, &reversed, truth)
}

/// The plain median of each object's claims, scored the same way.
fn median_score(obs: &[Observation], truth: &BTreeMap<String, f64>) -> Score {
    let mut by_object: BTreeMap<&str, Vec<f64>> = BTreeMap::new();
    for o in obs {
        by_object.entry(&o.object).or_default().push(o.value);
    }
    let (mut scored, mut errors, mut abs_sum) = (0, 0, 0.0);
    for (key, &t) in truth {
        if let Some(values) = by_object.get_mut(key.as_str()) {
            values.sort_by(f64::total_cmp);
            let n = values.len();
            let m = if n % 2 == 1 {
                values[n / 2]
            } else {
                (values[n / 2 - 1] + values[n / 2]) / 2.0
            };
            scored += 1;
            abs_sum += (m - t).abs();
            if (m - t).abs() > population::ERROR_THRESHOLD * t.abs() {
                errors += 1;
            }
        }
    }
    Score {
        scored,
        errors,
        error_rate: errors as f64 / scored.max(1) as f64,
        mae: abs_sum / scored.max(1) as f64,
    }
}
