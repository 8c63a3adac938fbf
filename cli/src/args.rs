//! The command line, declared with clap's derive API.

use clap::{Parser, ValueEnum};
use crosscheck::report::Selection;
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  crosscheck seeds/                           text report on a directory of articles
  crosscheck a.txt b.txt feed.jsonl           files and JSON Lines feeds together
  cat article.txt | crosscheck -              one article from standard input
  crosscheck --format html -o report.html seeds/
  crosscheck --format csv --only conflicts news/ > conflicts.csv
  crosscheck --fail-on-conflict --only conflicts news/ || echo \"sources disagree\"
  crosscheck --by-story --format json year.jsonl > stories.jsonl

Inputs: files (any name), directories (their .txt, .text, .md and .jsonl files,
recursively), .jsonl feeds (one {\"id\", \"text\", \"outlet\", \"published\", \"url\",
\"title\"} object per line), and - for standard input (JSON Lines when it starts with {).

Exit status: 0 report written, 1 input or output error, 2 usage error,
3 --fail-on-conflict and some group is a conflict (the report is still written).";

/// What the command says when it is given nothing to read.
pub const NO_INPUT: &str = "\
error: no input: give files, directories, .jsonl feeds, or - for standard input

Usage: crosscheck [OPTIONS] <INPUTS>...
  e.g. crosscheck seeds/
       cat article.txt | crosscheck -

For more information, try '--help'.";

/// Reconcile the quantitative claims of news articles: extract every figure with its
/// source, group the figures that measure one quantity within each story, and say whether
/// the sources agree, differ only in precision, or contradict each other.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, after_help = EXAMPLES)]
pub struct Args {
    /// Files, directories, .jsonl feeds, or - for standard input.
    #[arg(value_name = "INPUTS")]
    pub inputs: Vec<PathBuf>,

    /// Report format [default: text, or what the -o file's extension says].
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,

    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Which groups to report: only conflicts, groups of two or more claims, or all.
    #[arg(long, value_enum, default_value_t = Only::All)]
    pub only: Only,

    /// Exit with status 3 when any group is a conflict (after writing the report).
    #[arg(long)]
    pub fail_on_conflict: bool,

    /// Worker threads [default: one per core, or RAYON_NUM_THREADS].
    #[arg(short = 'j', long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=1024))]
    pub threads: Option<u16>,

    /// Reconcile a feed in publication order story by story, writing the stories that no
    /// later document can join as they close (one report for those closed together), in
    /// memory that holds the last weeks of the feed rather than all of it. JSON then gives
    /// one report per line (JSON Lines); text and Markdown give the reports one after
    /// another.
    #[arg(long)]
    pub by_story: bool,

    /// With --by-story: days after its latest document before a story is reported (under
    /// 5, reports of one event a few days apart may be split).
    #[arg(long, value_name = "DAYS", default_value_t = 10, requires = "by_story",
          value_parser = clap::value_parser!(u16).range(1..))]
    pub hold_days: u16,

    /// Read at most N bytes of a file (default 64 MiB); a longer file is cut, with a
    /// warning saying how much was not read.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub max_bytes: Option<u64>,
}

impl Args {
    /// The format asked for, else the one the output file's extension names, else text.
    pub fn format(&self) -> Format {
        if let Some(f) = self.format {
            return f;
        }
        let ext = self
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("json") => Format::Json,
            Some("html" | "htm") => Format::Html,
            Some("md" | "markdown") => Format::Markdown,
            Some("csv") => Format::Csv,
            _ => Format::Text,
        }
    }
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people at a terminal, organised by story.
    Text,
    /// REPORT-SCHEMA.md's JSON, for programs.
    Json,
    /// One self-contained page with the figures drawn on an axis.
    Html,
    /// The text report's content as Markdown.
    Markdown,
    /// One row per claim with its group, story, verdict and source.
    Csv,
}

/// Which groups the report keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    /// Groups whose sources cannot all be right.
    Conflicts,
    /// Groups of two or more claims (no single claims).
    Groups,
    /// Every group.
    All,
}

impl From<Only> for Selection {
    fn from(o: Only) -> Selection {
        match o {
            Only::Conflicts => Selection::Conflicts,
            Only::Groups => Selection::Groups,
            Only::All => Selection::All,
        }
    }
}
