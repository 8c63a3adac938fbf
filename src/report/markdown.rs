//! The Markdown report: the text report's content for a wiki, an issue or a chat, with
//! the same caps. Article text is escaped so it cannot add markup (or raw HTML, which
//! many renderers pass through) to the page.

use super::layout::{self, Section};
use super::text::{MAX_CLAIMS, MAX_SINGLES};
use super::words::{clean, date_span, plural, shorten, value};
use super::{DocumentRecord, GroupRecord, Report, Verdict};
use std::collections::{HashMap, HashSet};

/// Documents by id.
type Docs<'a> = HashMap<&'a str, &'a DocumentRecord>;
use std::fmt::Write;

/// Renders the report as Markdown: a section per story, a table of claims per group.
pub fn markdown(report: &Report) -> String {
    let mut out = String::from("# crosscheck report\n\n");
    let _ = writeln!(
        out,
        "{}, {}, {} in {}.",
        plural(report.documents.len(), "document", "documents"),
        plural(report.claims.len(), "claim", "claims"),
        plural(report.groups.len(), "group", "groups"),
        plural(report.stories.len(), "story", "stories"),
    );
    let docs: Docs = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    for section in layout::sections(report) {
        match section.story {
            Some(s) => {
                let kind = match &s.background_of {
                    Some(of) => format!("Background of {}", md(of)),
                    None => "Story".into(),
                };
                let _ = writeln!(out, "\n## {kind} {}: {}\n", md(&s.id), md(&s.label));
                let _ = writeln!(
                    out,
                    "{}, {}.",
                    plural(layout::story_size(s), "document", "documents"),
                    date_span(&s.published)
                );
            }
            None => out.push_str("\n## Other groups\n"),
        }
        story(&mut out, report, &docs, &section);
    }
    if !report.dependencies.is_empty() {
        out.push_str("\n## Copies\n\nDocuments that share narrative text count as one voice.\n\n");
        for d in &report.dependencies {
            let _ = writeln!(
                out,
                "- {} ~ {}: {}",
                md(&d.a),
                md(&d.b),
                plural(d.shared_passages, "shared passage", "shared passages")
            );
        }
    }
    out.push_str("\n## Documents\n\n| document | claims | outlet | published | warnings |\n|---|---|---|---|---|\n");
    for d in &report.documents {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            md(&d.id),
            d.claims,
            md(d.outlet.as_deref().unwrap_or("")),
            d.published.map(|p| p.to_string()).unwrap_or_default(),
            md(&d.warnings.join("; "))
        );
    }
    out
}

fn story(out: &mut String, report: &Report, docs: &Docs, section: &Section<'_>) {
    for g in &section.judged {
        group(out, report, docs, g);
    }
    let singles = &section.singles;
    if singles.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "\n{} reported by one source only:\n",
        plural(singles.len(), "single claim", "single claims")
    );
    for g in singles.iter().take(MAX_SINGLES) {
        if let Some(c) = g.claims.first().and_then(|id| report.claim(id)) {
            let _ = writeln!(
                out,
                "- {} {} \"{}\" = {} ({})",
                g.id,
                md(&c.document),
                md(&shorten(&clean(&c.text), 60)),
                md(&value(c)),
                md(&g.label)
            );
        }
    }
    if singles.len() > MAX_SINGLES {
        let _ = writeln!(
            out,
            "- ... and {} more; see the JSON",
            singles.len() - MAX_SINGLES
        );
    }
}

fn group(out: &mut String, report: &Report, docs: &Docs, g: &GroupRecord) {
    let _ = writeln!(
        out,
        "\n### {} {}: {} ({}, {})\n",
        g.id,
        md(&g.label),
        if g.verdict == Verdict::Conflict {
            "**CONFLICT**"
        } else {
            g.verdict.as_str()
        },
        plural(g.claims.len(), "claim", "claims"),
        plural(
            g.independent_sources,
            "independent source",
            "independent sources"
        )
    );
    let _ = writeln!(out, "{}\n", md(&g.explanation));
    out.push_str("| | claim | document | outlet | phrase | value | speaker |\n|---|---|---|---|---|---|---|\n");
    let conflicting: HashSet<&str> = g
        .conflicts
        .iter()
        .flat_map(|x| [x.a.as_str(), x.b.as_str()])
        .collect();
    for c in report.group_claims(g).take(MAX_CLAIMS) {
        let mark = if conflicting.contains(c.id.as_str()) {
            "!"
        } else if g.outliers.contains(&c.id) {
            "outlier"
        } else {
            ""
        };
        let outlet = docs
            .get(c.document.as_str())
            .and_then(|d| d.outlet.as_deref())
            .unwrap_or("");
        let _ = writeln!(
            out,
            "| {mark} | {} | {} | {} | \"{}\" | {} | {} |",
            c.id,
            md(&c.document),
            md(outlet),
            md(&shorten(&clean(&c.text), 60)),
            md(&(value(c) + if c.implicit { " (implied)" } else { "" })),
            md(c.attribution.as_deref().unwrap_or(""))
        );
    }
    if g.claims.len() > MAX_CLAIMS {
        let _ = writeln!(
            out,
            "\n... and {}; see the JSON",
            plural(g.claims.len() - MAX_CLAIMS, "more claim", "more claims")
        );
    }
}

/// Article text as inert Markdown: one line, controls escaped, every ASCII punctuation
/// mark that could start markup or raw HTML backslash-escaped (CommonMark allows it).
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in clean(text).chars() {
        if matches!(
            ch,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '+'
                | '!'
                | '|'
                | '~'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}
