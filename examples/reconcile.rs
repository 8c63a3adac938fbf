//! Reconcile the quantitative claims of news articles.
//!
//! ```text
//! cargo run --release --example reconcile -- [OPTIONS] [FILES or DIRECTORIES...]
//!
//!   --format FORMAT      text (default), json (REPORT-SCHEMA.md), html or markdown
//!   --threads N          worker threads (default: one per core, or RAYON_NUM_THREADS)
//!   --max-bytes N        read at most N bytes of a file (default 64 MiB); longer files
//!                        are cut, with a warning saying how much was not read
//! ```
//! With no paths it reads the crate's `seeds/`.
//!
//! This is the library's API at its plainest: read, reconcile, render. The installable
//! command with every option (CSV, filters, exit status on conflicts, progress) is the
//! `crosscheck` binary in `cli/`; both render through `crosscheck::report`.
//!
//! Reading is lenient: a file that cannot be read (binary, unreadable, a dangling link)
//! is still listed in the report, with a warning, and every other file is processed; the
//! exit status is 0. Paths under a directory that are not articles are noted on stderr.
//! Only a problem with the request itself (a path that does not exist, a directory
//! without articles, a bad option) stops the run: one line `error: ...` on stderr, exit
//! status 1 (2 for a bad option). The report is the same byte for byte whatever the
//! number of threads.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: reconcile [--format text|json|html|markdown] [--threads N] [--max-bytes N] [FILES or DIRECTORIES...]";

/// Notes printed about ignored paths before summarising the rest.
const MAX_NOTES: usize = 10;

enum Failure {
    /// A bad command line: exit status 2.
    Usage(String),
    /// The run could not proceed: exit status 1.
    Fatal(String),
}

struct Options {
    format: String,
    threads: Option<usize>,
    max_bytes: Option<u64>,
    paths: Vec<PathBuf>,
    help: bool,
}

fn main() -> ExitCode {
    crosscheck::report::install_one_line_panic_hook();
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
        Err(Failure::Fatal(msg)) => {
            eprintln!("error: {msg}");
            ExitCode::FAILURE
        }
    }
}

fn value(args: &mut impl Iterator<Item = OsString>, name: &str) -> Result<String, Failure> {
    let v = args
        .next()
        .ok_or_else(|| Failure::Usage(format!("`{name}` needs a value; {USAGE}")))?;
    v.into_string().map_err(|v| {
        Failure::Usage(format!(
            "invalid value for `{name}`: `{}`",
            v.to_string_lossy()
        ))
    })
}

fn parse_args() -> Result<Options, Failure> {
    let mut o = Options {
        format: "text".into(),
        threads: None,
        max_bytes: None,
        paths: Vec::new(),
        help: false,
    };
    // `args_os`: file names need not be UTF-8.
    let mut args = std::env::args_os().skip(1);
    let mut only_paths = false;
    while let Some(a) = args.next() {
        let s = a.to_string_lossy().into_owned();
        if only_paths || !s.starts_with('-') || s == "-" {
            o.paths.push(PathBuf::from(a));
            continue;
        }
        let (name, inline) = match s.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (s.clone(), None),
        };
        let mut val = |name: &str| match &inline {
            Some(v) => Ok(v.clone()),
            None => value(&mut args, name),
        };
        match name.as_str() {
            "--" => only_paths = true,
            "--format" | "-f" => o.format = val("--format")?,
            "--threads" | "-j" => {
                let v = val("--threads")?;
                o.threads = Some(
                    v.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=1024).contains(n))
                        .ok_or_else(|| {
                            Failure::Usage(format!(
                                "invalid `--threads` value `{v}`: give a whole number from 1 to 1024"
                            ))
                        })?,
                );
            }
            "--max-bytes" => {
                let v = val("--max-bytes")?;
                o.max_bytes = Some(v.parse::<u64>().ok().filter(|&n| n > 0).ok_or_else(|| {
                    Failure::Usage(format!(
                        "invalid `--max-bytes` value `{v}`: give a whole number of bytes above 0"
                    ))
                })?);
            }
            "--help" | "-h" => o.help = true,
            _ => return Err(Failure::Usage(format!("unknown option `{s}`; {USAGE}"))),
        }
    }
    if !["text", "json", "html", "markdown"].contains(&o.format.as_str()) {
        return Err(Failure::Usage(format!(
            "invalid `--format` value `{}`: give `text`, `json`, `html` or `markdown`",
            o.format
        )));
    }
    Ok(o)
}

fn run() -> Result<(), Failure> {
    let mut o = parse_args()?;
    if o.help {
        println!("{USAGE}");
        return Ok(());
    }
    if let Some(n) = o.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .map_err(|e| Failure::Fatal(format!("cannot start {n} worker threads: {e}")))?;
    }
    if o.paths.is_empty() {
        o.paths
            .push(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds"));
    }
    let mut reader = crosscheck::input::Reader::new();
    if let Some(n) = o.max_bytes {
        reader = reader.max_file_bytes(n);
    }
    // Files are read as the reconciler asks for them and each text is dropped once its
    // claims are out: a directory of 100,000 articles is never in memory at once.
    let (ignored, documents) = reader
        .read_lazily(&o.paths)
        .map_err(|e| Failure::Fatal(e.to_string()))?;
    for ig in ignored.iter().take(MAX_NOTES) {
        eprintln!("note: {ig}");
    }
    if ignored.len() > MAX_NOTES {
        eprintln!("note: and {} more paths ignored", ignored.len() - MAX_NOTES);
    }
    let report = crosscheck::Reconciler::new().reconcile_stream(documents);
    // JSON goes straight to standard output: for a big corpus it is larger than the
    // texts it reports on, and need not be held as one string.
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match o.format.as_str() {
        "json" => report.to_writer(&mut stdout).map_err(std::io::Error::from),
        "html" => stdout.write_all(crosscheck::report::html(&report).as_bytes()),
        "markdown" => stdout.write_all(crosscheck::report::markdown(&report).as_bytes()),
        _ => stdout.write_all(crosscheck::report::text(&report).as_bytes()),
    };
    match written.and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        // `reconcile ... | head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Fatal(format!(
            "cannot write the report to standard output: {e}"
        ))),
    }
}
