//! The text report: what the sources disagree about, readable in a minute.

use super::{ClaimRecord, DocumentRecord, GroupRecord, Report, Verdict};
use crate::compare::describe_value;
use itertools::Itertools;
use std::collections::HashMap;
use std::fmt::Write;

/// Width the report keeps to.
const WIDTH: usize = 100;

/// Renders the report for a person: conflicts first, then compatible groups, then
/// agreements, each with its verdict, explanation and one line per claim; single claims
/// summarised at the end; then every document with its claim count and warnings.
pub fn text(report: &Report) -> String {
    let claims: HashMap<&str, &ClaimRecord> =
        report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let docs: HashMap<&str, &DocumentRecord> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    let count = |v: Verdict| report.groups.iter().filter(|g| g.verdict == v).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "crosscheck: {} documents, {} claims, {} groups: {} conflict, {} compatible, {} agree, {} single",
        report.documents.len(),
        report.claims.len(),
        report.groups.len(),
        count(Verdict::Conflict),
        count(Verdict::Compatible),
        count(Verdict::Agree),
        count(Verdict::Single)
    );
    for (v, title) in [
        (
            Verdict::Conflict,
            "CONFLICTS: the sources cannot all be right",
        ),
        (
            Verdict::Compatible,
            "COMPATIBLE: the figures differ only in precision",
        ),
        (Verdict::Agree, "AGREE"),
    ] {
        let groups: Vec<&GroupRecord> = report.groups.iter().filter(|g| g.verdict == v).collect();
        if groups.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{title}");
        for g in groups {
            group_block(&mut out, g, &claims, &docs);
        }
    }
    let singles: Vec<&GroupRecord> = report
        .groups
        .iter()
        .filter(|g| g.verdict == Verdict::Single)
        .collect();
    if !singles.is_empty() {
        let _ = writeln!(
            out,
            "\nSINGLE CLAIMS ({}): reported by one source only",
            singles.len()
        );
        for g in singles {
            if let Some(c) = g.claims.first().and_then(|id| claims.get(id.as_str())) {
                let line = format!(
                    "  {:<4} {} {} = {}  [{}]",
                    g.id,
                    source_name(&c.document, &docs),
                    quoted(&c.text),
                    value(c),
                    g.label
                );
                let _ = writeln!(out, "{}", fit(&line));
            }
        }
    }
    if !report.dependencies.is_empty() {
        let _ = writeln!(
            out,
            "\nCOPIES: documents that share narrative text count as one voice"
        );
        for d in &report.dependencies {
            let _ = writeln!(
                out,
                "  {} ~ {}: {} shared passages ({})",
                d.a, d.b, d.shared_passages, d.kind
            );
        }
    }
    if report.sources.iter().any(|s| s.checked > 0) {
        let _ = writeln!(
            out,
            "\nSOURCES: share of checked claims that hold, shrunk toward {} for few claims",
            crate::consensus::PRIOR
        );
        for s in &report.sources {
            let line = format!(
                "  {:<24} reliability {:.2}  ({} of {} checked claims hold; {} claims)",
                s.source, s.reliability, s.held, s.checked, s.claims
            );
            let _ = writeln!(out, "{}", fit(&line));
        }
    }
    let _ = writeln!(out, "\nDOCUMENTS");
    for d in &report.documents {
        let mut line = format!("  {}  {} claims", d.id, d.claims);
        if let Some(o) = &d.outlet {
            let _ = write!(line, ", {o}");
        }
        if !d.credited.is_empty() {
            let _ = write!(line, ", credits {}", d.credited.join("+"));
        }
        if let Some(p) = d.published {
            let _ = write!(line, ", {p}");
        }
        let _ = writeln!(out, "{}", fit(&line));
        for w in &d.warnings {
            let _ = writeln!(out, "{}", fit(&format!("      warning: {w}")));
        }
    }
    out
}

fn group_block(
    out: &mut String,
    g: &GroupRecord,
    claims: &HashMap<&str, &ClaimRecord>,
    docs: &HashMap<&str, &DocumentRecord>,
) {
    let _ = writeln!(
        out,
        "\n[{}] {} - {} ({} claims, {} independent source{})",
        g.id,
        g.label,
        if g.updates.is_empty() {
            verdict_word(g.verdict)
        } else {
            "updated over time"
        },
        g.claims.len(),
        g.independent_sources,
        if g.independent_sources == 1 { "" } else { "s" }
    );
    for line in wrap(&g.explanation, WIDTH - 6) {
        let _ = writeln!(out, "    {line}");
    }
    // Looked up once per claim: a big group lists thousands of claims and pairs.
    let in_conflict: std::collections::HashSet<&str> = g
        .conflicts
        .iter()
        .flat_map(|x| [x.a.as_str(), x.b.as_str()])
        .collect();
    let superseded: std::collections::HashSet<&str> =
        g.updates.iter().map(|u| u.from.as_str()).collect();
    for id in &g.claims {
        let Some(c) = claims.get(id.as_str()) else {
            continue;
        };
        let who = c
            .attribution
            .as_deref()
            .map_or(String::new(), |a| format!(" - says {a}"));
        let flag = if c.modality == crate::claim::Modality::Asserted {
            String::new()
        } else {
            format!(" ({})", c.modality.as_str())
        };
        let mark = if in_conflict.contains(id.as_str()) {
            "!"
        } else {
            "-"
        };
        let flag = if superseded.contains(id.as_str()) {
            format!("{flag} (superseded)")
        } else {
            flag
        };
        let line = format!(
            "  {mark} {:<4} {} {} = {}{flag}{who}",
            c.id,
            source_name(&c.document, docs),
            quoted(&c.text),
            value(c)
        );
        let _ = writeln!(out, "{}", fit(&line));
    }
}

fn verdict_word(v: Verdict) -> &'static str {
    match v {
        Verdict::Conflict => "CONFLICT",
        Verdict::Compatible => "compatible",
        Verdict::Agree => "agree",
        Verdict::Single => "single",
    }
}

fn source_name(doc: &str, docs: &HashMap<&str, &DocumentRecord>) -> String {
    let short: String = doc.chars().take(12).collect();
    let name = match docs.get(doc).and_then(|d| d.outlet.as_deref()) {
        Some(o) => format!("{short} ({o})"),
        None => short,
    };
    format!("{name:<14}")
}

fn quoted(text: &str) -> String {
    let t: String = text.split_whitespace().join(" ");
    let t = if t.chars().count() > 36 {
        format!("{}...", t.chars().take(33).collect::<String>())
    } else {
        t
    };
    format!("\"{t}\"")
}

/// The claim's interval in words: `87`, `more than 80`, `6,480 s to 7,200 s`.
fn value(c: &ClaimRecord) -> String {
    let d = |x: f64| describe_value(x, c.dimension, &c.unit);
    let v = &c.value;
    match (v.low, v.high) {
        (Some(l), Some(h)) if l == h => d(l),
        (Some(l), Some(h)) => format!(
            "{}{} to {}{}",
            if v.low_inclusive { "" } else { "over " },
            d(l),
            if v.high_inclusive { "" } else { "under " },
            d(h)
        ),
        (Some(l), None) => format!(
            "{} {}",
            if v.low_inclusive {
                "at least"
            } else {
                "more than"
            },
            d(l)
        ),
        (None, Some(h)) => format!(
            "{} {}",
            if v.high_inclusive {
                "at most"
            } else {
                "less than"
            },
            d(h)
        ),
        (None, None) => "any value".into(),
    }
}

/// Cuts a line to the report width on a char boundary.
fn fit(line: &str) -> String {
    if line.chars().count() <= WIDTH {
        return line.to_string();
    }
    format!("{}...", line.chars().take(WIDTH - 3).collect::<String>())
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for w in text.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + w.chars().count() > width {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}
