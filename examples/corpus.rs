//! Writes a deterministic synthetic news corpus, one article per file.
//!
//! ```text
//! cargo run --release --example corpus -- --docs N [--seed S] OUT_DIR
//! ```
//! The same `--docs` and `--seed` always give the same files (`000042_e00007_outlet.txt`).
//! Articles are written as they are generated, so any size fits in memory. The generator
//! lives in `benches/support/corpus.rs`, shared with the benches; see its docs for what the
//! articles contain.

#[path = "../benches/support/corpus.rs"]
mod corpus;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: corpus --docs N [--seed S] OUT_DIR"
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

fn number(flag: &str, v: Option<String>) -> Result<u64, String> {
    let v = v.ok_or_else(|| format!("{flag} needs a value; {}", usage()))?;
    v.replace('_', "")
        .parse()
        .map_err(|_| format!("{flag}: `{v}` is not a number"))
}

fn run() -> Result<(), String> {
    let mut docs = None;
    let mut seed = 1;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--docs" | "-n" => docs = Some(number("--docs", args.next())?),
            "--seed" | "-s" => seed = number("--seed", args.next())?,
            "--help" | "-h" => {
                println!("{}", usage());
                return Ok(());
            }
            s if s.starts_with('-') => return Err(format!("unknown option `{s}`; {}", usage())),
            _ if out.is_some() => return Err(format!("one output directory only; {}", usage())),
            _ => out = Some(PathBuf::from(a)),
        }
    }
    let docs = docs.ok_or_else(|| format!("--docs is required; {}", usage()))?;
    let out = out.ok_or_else(|| format!("an output directory is required; {}", usage()))?;
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut bytes = 0usize;
    for a in corpus::Corpus::new(seed).take(docs as usize) {
        let path = out.join(format!("{}.txt", a.name));
        let mut f = std::fs::File::create(&path)
            .map_err(|e| format!("cannot create {}: {e}", path.display()))?;
        f.write_all(a.text.as_bytes())
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        bytes += a.text.len();
    }
    eprintln!(
        "wrote {docs} articles ({:.1} MB) to {}",
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}
