//! Reconcile the quantitative claims of news articles.
//!
//! ```text
//! cargo run --release --example reconcile -- [--format text|json] [FILES or DIRECTORIES...]
//! ```
//! With no paths it reads the crate's `seeds/`. The JSON follows `REPORT-SCHEMA.md`.

use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: reconcile [--format text|json] [FILES or DIRECTORIES...]"
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

fn run() -> Result<(), String> {
    let mut format = "text".to_string();
    let mut paths: Vec<PathBuf> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--format" | "-f" => {
                format = args
                    .next()
                    .ok_or_else(|| format!("--format needs a value; {}", usage()))?
            }
            s if s.starts_with("--format=") => format = s["--format=".len()..].to_string(),
            "--help" | "-h" => {
                println!("{}", usage());
                return Ok(());
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return Err(format!("unknown option `{s}`; {}", usage()))
            }
            _ => paths.push(PathBuf::from(a)),
        }
    }
    if format != "text" && format != "json" {
        return Err(format!(
            "invalid --format `{format}`: expected `text` or `json`"
        ));
    }
    if paths.is_empty() {
        paths.push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let docs = crosscheck::input::read_documents(&paths).map_err(|e| e.to_string())?;
    let report = crosscheck::Reconciler::new().reconcile(&docs);
    let out = if format == "json" {
        serde_json::to_string_pretty(&report)
            .map_err(|e| format!("cannot write the report: {e}"))?
    } else {
        crosscheck::report::text(&report)
    };
    println!("{out}");
    Ok(())
}
