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
    /// Options that do not go together (exit 2).
    #[error("{0}")]
    Usage(String),
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
            match e {
                Failure::Usage(_) => ExitCode::from(2),
                _ => ExitCode::FAILURE,
            }
        }
    }
}

/// Reads, reconciles and writes; says whether any group is a conflict.
fn run(args: &Args) -> Result<bool, Failure> {
    if args.by_story && args.format() == Format::Html {
        return Err(Failure::Usage(
            "--by-story writes one report per story as it closes; an HTML page cannot be \
             written piece by piece: use --format json, text, markdown or csv"
                .into(),
        ));
    }
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
    if args.by_story {
        let counted = documents.inspect(|_| bar.document_read());
        let conflicts = by_story(args, counted)?;
        bar.finish();
        return Ok(conflicts);
    }
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

/// Reconciles story by story (`--by-story`), writing each report as it comes; says
/// whether any group was a conflict.
fn by_story(
    args: &Args,
    documents: impl Iterator<Item = crosscheck::Document>,
) -> Result<bool, Failure> {
    let (mut out, fail) = open_output(args)?;
    let mut opts = crosscheck::StreamOptions::default();
    opts.hold_days = args.hold_days.into();
    let mut conflicts = false;
    let mut first = true;
    let run = crosscheck::Reconciler::new().reconcile_by_story(documents, &opts, |report| {
        conflicts |= report
            .groups
            .iter()
            .any(|g| g.verdict == crosscheck::Verdict::Conflict);
        let report = report.select(args.only.into());
        let header = std::mem::replace(&mut first, false);
        match args.format() {
            // JSON Lines: one compact report per line.
            Format::Json => serde_json::to_writer(&mut out, &report)
                .map_err(std::io::Error::from)
                .and_then(|()| out.write_all(b"\n")),
            Format::Csv => csv_report::write(&report, &mut out, header),
            format => render(format, &report, &mut out),
        }
    });
    // An empty feed still gives a CSV its header, as without --by-story.
    let run = run.and_then(|summary| match args.format() {
        Format::Csv if first => {
            csv_report::write(&crosscheck::Report::default(), &mut out, true).map(|()| summary)
        }
        _ => Ok(summary),
    });
    let run = run.and_then(|summary| out.flush().map(|()| summary));
    match run {
        Ok(summary) => {
            // Each late document has its warning in the report; say it once where a
            // person running the command will see it, with what to do.
            if summary.late_documents > 0 {
                eprintln!(
                    "warning: {} of {} documents came after the stories of their days were \
                     reported and were reconciled without them; sort the feed by publication \
                     date, or run without --by-story",
                    summary.late_documents, summary.documents
                );
            }
            Ok(conflicts)
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(conflicts),
        Err(e) => Err(fail(e)),
    }
}

/// `-o FILE` or standard output, buffered, and how to say that writing to it failed.
#[allow(clippy::type_complexity)]
fn open_output(
    args: &Args,
) -> Result<(Box<dyn Write>, impl Fn(std::io::Error) -> Failure), Failure> {
    let target = match &args.output {
        Some(p) => format!("`{}`", p.display()),
        None => "standard output".to_string(),
    };
    let fail = move |source| Failure::Output {
        target: target.clone(),
        source,
    };
    let out: Box<dyn Write> = match &args.output {
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(&fail)?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    Ok((out, fail))
}

/// Writes the report to `-o FILE` or standard output, in the format asked for.
fn write_report(args: &Args, report: &Report) -> Result<(), Failure> {
    let (mut out, fail) = open_output(args)?;
    let written = render(args.format(), report, &mut out);
    match written.and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // `crosscheck ... | head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(fail(e)),
    }
}

/// Writes a report in one format.
fn render(format: Format, report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    match format {
        // JSON goes straight out: for a big corpus it is larger than the texts.
        Format::Json => report.to_writer(out).map_err(std::io::Error::from),
        Format::Text => out.write_all(crosscheck::report::text(report).as_bytes()),
        Format::Html => out.write_all(crosscheck::report::html(report).as_bytes()),
        Format::Markdown => out.write_all(crosscheck::report::markdown(report).as_bytes()),
        Format::Csv => csv_report::write(report, out, true),
    }
}
