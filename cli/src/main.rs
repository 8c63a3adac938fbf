//! The `crosscheck` command: read articles, reconcile their figures, write a report.
//!
//! Exit status: 0 the report was written; 1 the input could not be read or the report not
//! written; 2 the command line was wrong (or empty); 3 `--fail-on-conflict` and some group
//! is a conflict (the report is still written).

mod args;
mod csv_report;
mod progress;

use args::{Args, Format};
use clap::Parser;
use crosscheck::report::Report;
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Notes printed about ignored paths before summarising the rest.
const MAX_NOTES: usize = 10;

/// Why a run stopped; each kind has its own exit status.
#[derive(Debug, thiserror::Error)]
enum Failure {
    /// The paths given could not be read (exit 1).
    #[error(transparent)]
    Input(#[from] crosscheck::Error),
    /// The report could not be written (exit 1).
    #[error("cannot write the report to {target}: {source}; check the path and free space")]
    Output {
        target: String,
        source: std::io::Error,
    },
    /// The worker threads could not start (exit 1).
    #[error("cannot start {threads} worker threads: {reason}")]
    Threads { threads: u16, reason: String },
}

fn main() -> ExitCode {
    crosscheck::report::install_one_line_panic_hook();
    let args = Args::parse();
    if args.inputs.is_empty() {
        // No input is a usage error, not a silent run on some default corpus.
        eprintln!("{}", args::NO_INPUT);
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(conflicts) if conflicts && args.fail_on_conflict => ExitCode::from(3),
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads, reconciles and writes; says whether any group is a conflict.
fn run(args: &Args) -> Result<bool, Failure> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.into())
            .build_global()
            .map_err(|e| Failure::Threads {
                threads: n,
                reason: e.to_string(),
            })?;
    }
    let mut reader = crosscheck::input::Reader::new();
    if let Some(n) = args.max_bytes {
        reader = reader.max_file_bytes(n);
    }
    // Files are read as the reconciler asks for them and each text is dropped once its
    // claims are out: a directory of 100,000 articles is never in memory at once.
    let (ignored, documents) = reader.read_lazily(&args.inputs)?;
    for ig in ignored.iter().take(MAX_NOTES) {
        eprintln!("note: {ig}");
    }
    if ignored.len() > MAX_NOTES {
        eprintln!("note: and {} more paths ignored", ignored.len() - MAX_NOTES);
    }
    let bar = progress::Progress::new(std::io::stderr().is_terminal());
    let report = {
        let counted = documents.inspect(|_| bar.document_read());
        let report = crosscheck::Reconciler::new().reconcile_stream(counted);
        bar.finish();
        report
    };
    let conflicts = report
        .groups
        .iter()
        .any(|g| g.verdict == crosscheck::Verdict::Conflict);
    let report = report.select(args.only.into());
    write_report(args, &report)?;
    Ok(conflicts)
}

/// Writes the report to `-o FILE` or standard output, in the format asked for.
fn write_report(args: &Args, report: &Report) -> Result<(), Failure> {
    let format = args.format();
    let target = match &args.output {
        Some(p) => format!("`{}`", p.display()),
        None => "standard output".to_string(),
    };
    let fail = |source| Failure::Output {
        target: target.clone(),
        source,
    };
    let mut out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(fail)?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let written = match format {
        // JSON goes straight out: for a big corpus it is larger than the texts.
        Format::Json => report.to_writer(&mut out).map_err(std::io::Error::from),
        Format::Text => out.write_all(crosscheck::report::text(report).as_bytes()),
        Format::Html => out.write_all(crosscheck::report::html(report).as_bytes()),
        Format::Markdown => out.write_all(crosscheck::report::markdown(report).as_bytes()),
        Format::Csv => csv_report::write(report, &mut out),
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // `crosscheck ... | head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(fail(e)),
    }
}
