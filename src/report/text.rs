//! The text report: what the sources disagree about, story by story, readable in a minute.
//!
//! Sized for a person, not for the input: each group lists at most [`MAX_CLAIMS`] claims,
//! each story at most [`MAX_SINGLES`] single claims, and the lists at the end are capped
//! too, each cut saying how much is left and that the JSON has it all. Every piece of
//! article text is printed with terminal control sequences escaped.

use super::layout::{self, Section};
use super::words::{clean, date_span, escape_controls, plural, shorten, thousands, value, wrap};
use super::{ClaimRecord, DocumentRecord, GroupRecord, Report, StoryRecord, Verdict};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// Width the report keeps to (a longer word stands alone on its line, never cut).
const WIDTH: usize = 100;
/// Claims listed per group; the rest are counted.
pub(crate) const MAX_CLAIMS: usize = 12;
/// Single claims listed per story.
pub(crate) const MAX_SINGLES: usize = 10;
/// Lines of a group's explanation.
const MAX_EXPLANATION_LINES: usize = 6;
/// Entries of each closing list (copies, sources, documents).
const MAX_LISTED: usize = 100;
/// Warnings shown per document.
const MAX_WARNINGS: usize = 3;
/// A claim's phrase is shortened, at a word boundary, past this many characters.
const MAX_PHRASE: usize = 60;

/// Renders the report for a person: a summary line; then each story (stories with a
/// conflict first) with a header (label, documents, date span), its conflicts, compatible
/// and agreeing groups with one line per claim, and its single claims; then copies,
/// source reliability and every document with its warnings.
pub fn text(report: &Report) -> String {
    let r = Lookup::new(report);
    let mut out = String::new();
    // A selected report (`--only conflicts`) holds fewer claims than its documents gave.
    let read: usize = report.documents.iter().map(|d| d.claims).sum();
    let claims = if report.claims.len() < read {
        format!("{} of {read} claims shown", report.claims.len())
    } else {
        plural(report.claims.len(), "claim", "claims")
    };
    let _ = writeln!(
        out,
        "crosscheck: {}, {}, {} in {}: {}",
        plural(report.documents.len(), "document", "documents"),
        claims,
        plural(report.groups.len(), "group", "groups"),
        plural(report.stories.len(), "story", "stories"),
        verdict_counts(report.groups.iter())
    );
    for section in layout::sections(report) {
        match section.story {
            Some(s) => story_header(&mut out, s, &section),
            None => {
                let _ = writeln!(
                    out,
                    "\n== OTHER GROUPS: {}",
                    verdict_counts(section.groups())
                );
            }
        }
        story_groups(&mut out, &section, &r);
    }
    closing_lists(&mut out, report);
    escape_controls(out)
}

/// Claims and documents by id, and the claims each group flags.
struct Lookup<'a> {
    report: &'a Report,
    docs: HashMap<&'a str, &'a DocumentRecord>,
}

impl<'a> Lookup<'a> {
    fn new(report: &'a Report) -> Self {
        let docs = report
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d))
            .collect();
        Lookup { report, docs }
    }

    /// The full document id, with its outlet when known: `001_02bc4e5f07f762cb (The News)`.
    fn source(&self, doc: &str) -> String {
        match self.docs.get(doc).and_then(|d| d.outlet.as_deref()) {
            Some(o) => format!("{} ({})", clean(doc), clean(o)),
            None => clean(doc),
        }
    }
}

/// `1 conflict, 1 compatible, 2 agree, 8 single`, leaving out the verdicts no group has.
fn verdict_counts<'a>(groups: impl Iterator<Item = &'a GroupRecord>) -> String {
    let mut n = [0usize; 4];
    for g in groups {
        n[match g.verdict {
            Verdict::Conflict => 0,
            Verdict::Compatible => 1,
            Verdict::Agree => 2,
            Verdict::Single => 3,
        }] += 1;
    }
    let parts: Vec<String> = [
        (n[0], "conflict", "conflicts"),
        (n[1], "compatible", "compatible"),
        (n[2], "agree", "agree"),
        (n[3], "single", "single"),
    ]
    .iter()
    .filter(|(k, ..)| *k > 0)
    .map(|&(k, one, many)| plural(k, one, many))
    .collect();
    if parts.is_empty() {
        "no groups".into()
    } else {
        parts.join(", ")
    }
}

fn story_header(out: &mut String, s: &StoryRecord, section: &Section<'_>) {
    let kind = match &s.background_of {
        Some(of) => format!("BACKGROUND {} (of {})", clean(&s.id), clean(of)),
        None => format!("STORY {}", clean(&s.id)),
    };
    let docs = plural(layout::story_size(s), "document", "documents");
    let docs = if s.background_of.is_some() {
        format!("mentioned in {docs}")
    } else {
        docs
    };
    let line = format!(
        "== {kind}: {} - {}, {}; {}",
        clean(&s.label),
        docs,
        date_span(&s.published),
        verdict_counts(section.groups())
    );
    out.push('\n');
    push_wrapped(out, &line, "   ");
}

/// A story's groups: conflicts, compatible, agree (each in full, claims capped), then its
/// single claims on one line each.
fn story_groups(out: &mut String, section: &Section<'_>, r: &Lookup) {
    for g in &section.judged {
        group_block(out, g, r);
    }
    let singles = &section.singles;
    if singles.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n  {} reported by one source only:",
        plural(singles.len(), "single claim", "single claims")
    );
    for g in singles.iter().take(MAX_SINGLES) {
        if let Some(c) = g.claims.first().and_then(|id| r.report.claim(id)) {
            let line = format!(
                "  {:<4} {} {} = {}  [{}]",
                g.id,
                r.source(&c.document),
                quoted(&c.text),
                value(c),
                clean(&g.label)
            );
            push_wrapped(out, &line, "         ");
        }
    }
    if singles.len() > MAX_SINGLES {
        let _ = writeln!(
            out,
            "  ... and {}; see the JSON",
            plural(
                singles.len() - MAX_SINGLES,
                "more single claim",
                "more single claims"
            )
        );
    }
}

fn group_block(out: &mut String, g: &GroupRecord, r: &Lookup) {
    let verdict = if g.updates.is_empty() {
        verdict_word(g.verdict)
    } else {
        "updated over time"
    };
    let line = format!(
        "[{}] {} - {} ({}, {})",
        g.id,
        clean(&g.label),
        verdict,
        plural(g.claims.len(), "claim", "claims"),
        plural(
            g.independent_sources,
            "independent source",
            "independent sources"
        )
    );
    out.push('\n');
    push_wrapped(out, &line, "    ");
    let lines = wrap(&clean(&g.explanation), WIDTH - 4);
    for line in lines.iter().take(MAX_EXPLANATION_LINES) {
        let _ = writeln!(out, "    {line}");
    }
    if lines.len() > MAX_EXPLANATION_LINES {
        let _ = writeln!(out, "    ... (the rest is in the JSON's explanation)");
    }
    // Looked up once per claim: a big group lists thousands of claims and pairs.
    let in_conflict: HashSet<&str> = g
        .conflicts
        .iter()
        .flat_map(|x| [x.a.as_str(), x.b.as_str()])
        .collect();
    let superseded: HashSet<&str> = g.updates.iter().map(|u| u.from.as_str()).collect();
    let outliers: HashSet<&str> = g.outliers.iter().map(String::as_str).collect();
    let flagged =
        |id: &str| in_conflict.contains(id) || outliers.contains(id) || superseded.contains(id);
    // When the group is too big to list, the claims that explain its verdict come first.
    let order: Vec<&String> = if g.claims.len() <= MAX_CLAIMS {
        g.claims.iter().collect()
    } else {
        let (mut first, rest): (Vec<&String>, Vec<&String>) =
            g.claims.iter().partition(|id| flagged(id));
        first.truncate(MAX_CLAIMS);
        first.extend(rest.into_iter().take(MAX_CLAIMS - first.len()));
        first
    };
    for id in &order {
        let Some(c) = r.report.claim(id) else {
            continue;
        };
        let mark = if in_conflict.contains(id.as_str()) {
            '!'
        } else {
            '-'
        };
        let mut flags = String::new();
        if c.modality != crate::claim::Modality::Asserted {
            let _ = write!(flags, " ({})", c.modality.as_str());
        }
        // Counted from the text's words rather than written (`a man and a woman`, the shot
        // less the dead): a reader checks these first.
        if c.implicit {
            flags.push_str(" (implied)");
        }
        if superseded.contains(id.as_str()) {
            flags.push_str(" (superseded)");
        }
        if outliers.contains(id.as_str()) {
            flags.push_str(" (outlier)");
        }
        push_wrapped(out, &claim_line(mark, c, &flags, r), "         ");
    }
    if g.claims.len() > order.len() {
        let _ = writeln!(
            out,
            "  ... and {}; see the JSON",
            plural(g.claims.len() - order.len(), "more claim", "more claims")
        );
    }
    if !g.outliers.is_empty() {
        let ids = g.outliers.iter().take(MAX_CLAIMS).map(|s| clean(s));
        let more = g.outliers.len().saturating_sub(MAX_CLAIMS);
        let mut line = format!(
            "    set aside by the consensus: {}",
            ids.collect::<Vec<_>>().join(", ")
        );
        if more > 0 {
            let _ = write!(line, " and {} more", thousands(more));
        }
        push_wrapped(out, &line, "      ");
    }
}

fn claim_line(mark: char, c: &ClaimRecord, flags: &str, r: &Lookup) -> String {
    let who = c
        .attribution
        .as_deref()
        .map_or(String::new(), |a| format!(" - says {}", clean(a)));
    format!(
        "  {mark} {:<4} {} {} = {}{flags}{who}",
        c.id,
        r.source(&c.document),
        quoted(&c.text),
        value(c)
    )
}

/// Copies, sources and documents, each capped at [`MAX_LISTED`] entries.
fn closing_lists(out: &mut String, report: &Report) {
    let more = |out: &mut String, n: usize, what: (&str, &str)| {
        if n > MAX_LISTED {
            let _ = writeln!(
                out,
                "  ... and {}; see the JSON",
                plural(n - MAX_LISTED, what.0, what.1)
            );
        }
    };
    if !report.dependencies.is_empty() {
        let _ = writeln!(
            out,
            "\nCOPIES: documents that share narrative text count as one voice"
        );
        for d in report.dependencies.iter().take(MAX_LISTED) {
            let line = format!(
                "  {} ~ {}: {} ({})",
                clean(&d.a),
                clean(&d.b),
                plural(d.shared_passages, "shared passage", "shared passages"),
                clean(&d.kind)
            );
            push_wrapped(out, &line, "    ");
        }
        more(out, report.dependencies.len(), ("more pair", "more pairs"));
    }
    let checked: Vec<_> = report.sources.iter().filter(|s| s.checked > 0).collect();
    if !checked.is_empty() {
        let _ = writeln!(
            out,
            "\nSOURCES: share of checked claims that held, shrunk toward {} for few claims",
            crate::consensus::PRIOR
        );
        for s in checked.iter().take(MAX_LISTED) {
            let line = format!(
                "  {:<24} reliability {:.2}  ({} of {} held; {})",
                clean(&s.source),
                s.reliability,
                thousands(s.held),
                plural(s.checked, "checked claim", "checked claims"),
                plural(s.claims, "claim", "claims")
            );
            push_wrapped(out, &line, "    ");
        }
        more(out, checked.len(), ("more source", "more sources"));
    }
    let _ = writeln!(out, "\nDOCUMENTS");
    for d in report.documents.iter().take(MAX_LISTED) {
        let mut line = format!(
            "  {}  {}",
            clean(&d.id),
            plural(d.claims, "claim", "claims")
        );
        if let Some(o) = &d.outlet {
            let _ = write!(line, ", {}", clean(o));
        }
        if !d.credited.is_empty() {
            let _ = write!(line, ", credits {}", clean(&d.credited.join("+")));
        }
        if let Some(p) = d.published {
            let _ = write!(line, ", {p}");
        }
        push_wrapped(out, &line, "    ");
        for w in d.warnings.iter().take(MAX_WARNINGS) {
            push_wrapped(out, &format!("      warning: {}", clean(w)), "        ");
        }
        if d.warnings.len() > MAX_WARNINGS {
            let _ = writeln!(
                out,
                "      ... and {}",
                plural(
                    d.warnings.len() - MAX_WARNINGS,
                    "more warning",
                    "more warnings"
                )
            );
        }
    }
    more(
        out,
        report.documents.len(),
        ("more document", "more documents"),
    );
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "CONFLICT",
        Verdict::Compatible => "compatible",
        Verdict::Agree => "agree",
        Verdict::Single => "single",
    }
}

/// The phrase as printed, on one line, shortened at a word boundary when very long.
fn quoted(text: &str) -> String {
    format!("\"{}\"", shorten(&clean(text), MAX_PHRASE))
}

/// `line` as is when it fits in [`WIDTH`], else broken at spaces, continuation lines
/// starting with `indent`; a word longer than a line stands whole on its own.
fn push_wrapped(out: &mut String, line: &str, indent: &str) {
    let mut rest = line;
    let mut width = WIDTH;
    loop {
        if rest.chars().count() <= width {
            out.push_str(rest);
            out.push('\n');
            return;
        }
        // The byte where char `width` starts: break at the last space before it, or at
        // the first space after it when a word is longer than the line.
        let limit = rest
            .char_indices()
            .nth(width)
            .map_or(rest.len(), |(i, _)| i);
        let lead = rest.len() - rest.trim_start().len();
        let cut = rest[..limit]
            .rfind(' ')
            .filter(|&i| i > lead)
            .or_else(|| rest[limit..].find(' ').map(|i| i + limit));
        let Some(cut) = cut else {
            out.push_str(rest);
            out.push('\n');
            return;
        };
        out.push_str(rest[..cut].trim_end());
        out.push('\n');
        out.push_str(indent);
        rest = rest[cut..].trim_start();
        width = WIDTH.saturating_sub(indent.len()).max(1);
    }
}
