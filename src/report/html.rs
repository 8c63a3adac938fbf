//! The HTML report: one self-contained page (no script, no external style, font or
//! image, so it opens offline and runs nothing) with a section per story and each group's
//! claims drawn as interval bars on one axis.
//!
//! Every piece of article text (ids, outlets, phrases, sentences, labels, warnings) goes
//! through [`esc`], so an article holding `<script>`, `"onload=` or `</svg>` prints those
//! characters and adds no element or attribute to the page.

mod axis;

use super::layout::{self, Section};
use super::words::{date_span, escape_controls, plural, value};
use super::{ClaimRecord, DocumentRecord, GroupRecord, Report};
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// Claims drawn and listed per group; the rest are counted.
pub(crate) const MAX_CLAIMS: usize = 40;
/// Single claims listed per story.
const MAX_SINGLES: usize = 50;
/// Conflicting pairs explained per group.
const MAX_CONFLICTS: usize = 10;
/// Rows of the closing tables.
const MAX_ROWS: usize = 500;

const STYLE: &str = "
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0 auto;max-width:1100px;padding:0 24px 48px;color:#1d2330}
h1{margin:24px 0 4px}h2{margin:36px 0 4px;padding-top:12px;border-top:3px solid #1d2330}
h3{margin:22px 0 6px;font-size:17px}.meta,.summary{color:#555}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;text-transform:uppercase;vertical-align:2px}
.b-conflict{background:#c0392b;color:#fff}.b-compatible{background:#e8f0fb;color:#2c6fbb}.b-agree{background:#e6f4ea;color:#24803b}.b-single{background:#eee;color:#555}
.group{border-left:4px solid #ccc;padding:2px 0 6px 14px;margin:14px 0}.group.conflict{border-color:#c0392b;background:#fdf6f5}
.explanation{margin:4px 0}.conflicts li{color:#8e2a20}
svg.axis{display:block;margin:8px 0;max-width:100%;height:auto;background:#fff;border:1px solid #e3e3e3}
svg .bar rect{fill:#2c6fbb;opacity:.75}svg .bar circle,svg .bar path{fill:#2c6fbb;stroke:#2c6fbb}
svg .bar.in-conflict rect{fill:#c0392b}svg .bar.in-conflict circle,svg .bar.in-conflict path{fill:#c0392b;stroke:#c0392b}
svg .bar.outlier rect,svg .bar.outlier circle{fill:#999}svg .bar circle.open{fill:#fff;stroke-width:1.5}
svg line.consensus{stroke:#24803b;stroke-width:1.5;stroke-dasharray:4 3}
svg text{font:12px system-ui,sans-serif;fill:#1d2330}svg .tick text{fill:#666;font-size:11px}svg .tick line{stroke:#ddd}
ol.claims{margin:6px 0;padding-left:22px}ol.claims li{margin:3px 0}li.in-conflict::marker{color:#c0392b;font-weight:700}
mark{background:#ffe58a;padding:0 2px}.src{font-weight:600}.val{color:#2c6fbb;white-space:nowrap}.id{color:#888;font-size:12px}
table{border-collapse:collapse;margin:8px 0}td,th{border-bottom:1px solid #e3e3e3;padding:3px 10px 3px 0;text-align:left;vertical-align:top}
.warn{color:#a15c00}.more{color:#777;font-style:italic}
";

/// Renders the report as one self-contained HTML page.
pub fn html(report: &Report) -> String {
    let docs: HashMap<&str, &DocumentRecord> = report
        .documents
        .iter()
        .map(|d| (d.id.as_str(), d))
        .collect();
    let mut out = String::with_capacity(16 << 10);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>crosscheck report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <h1>crosscheck report</h1>\n<p class=\"summary\">{}, {}, {} in {}. Conflicts first; \
         each group's figures are drawn on one axis: a dot is an exact figure, a bar a range, \
         an arrow a bound with no limit on that side, a hollow end a bound not included.</p>\n",
        plural(report.documents.len(), "document", "documents"),
        plural(report.claims.len(), "claim", "claims"),
        plural(report.groups.len(), "group", "groups"),
        plural(report.stories.len(), "story", "stories"),
    );
    for section in layout::sections(report) {
        match section.story {
            Some(s) => {
                let kind = match &s.background_of {
                    Some(of) => format!("Background of {}", esc(of)),
                    None => "Story".into(),
                };
                let _ = writeln!(
                    out,
                    "<section class=\"story\" id=\"story-{}\">\n<h2>{kind} {}: {}</h2>\n<p class=\"meta\">{}, {}</p>",
                    esc(&s.id),
                    esc(&s.id),
                    esc(&s.label),
                    plural(layout::story_size(s), "document", "documents"),
                    date_span(&s.published)
                );
            }
            None => out
                .push_str("<section class=\"story\" id=\"story-other\">\n<h2>Other groups</h2>\n"),
        }
        story_groups(&mut out, report, &docs, &section);
        out.push_str("</section>\n");
    }
    closing(&mut out, report);
    out.push_str("</body>\n</html>\n");
    out
}

fn story_groups(
    out: &mut String,
    report: &Report,
    docs: &HashMap<&str, &DocumentRecord>,
    section: &Section<'_>,
) {
    for g in &section.judged {
        group(out, report, docs, g);
    }
    let singles = &section.singles;
    if singles.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<details class=\"singles\"><summary>{} reported by one source only</summary>\n<ul>",
        plural(singles.len(), "single claim", "single claims")
    );
    for g in singles.iter().take(MAX_SINGLES) {
        if let Some(c) = g.claims.first().and_then(|id| report.claim(id)) {
            let _ = writeln!(
                out,
                "<li class=\"single\" id=\"{}\"><span class=\"id\">{}</span> {} <q>{}</q> = <span class=\"val\">{}</span> <span class=\"meta\">[{}]</span></li>",
                esc(&g.id),
                esc(&g.id),
                source(&c.document, docs),
                esc(&c.text),
                esc(&value(c)),
                esc(&g.label)
            );
        }
    }
    if singles.len() > MAX_SINGLES {
        let _ = writeln!(
            out,
            "<li class=\"more\">... and {} more; see the JSON</li>",
            singles.len() - MAX_SINGLES
        );
    }
    out.push_str("</ul></details>\n");
}

fn group(
    out: &mut String,
    report: &Report,
    docs: &HashMap<&str, &DocumentRecord>,
    g: &GroupRecord,
) {
    let v = g.verdict.as_str();
    let _ = writeln!(
        out,
        "<article class=\"group {v}\" id=\"{}\">\n<h3><span class=\"id\">{}</span> {} <span class=\"badge b-{v}\">{}</span> <span class=\"meta\">{}, {}</span></h3>\n<p class=\"explanation\">{}</p>",
        esc(&g.id),
        esc(&g.id),
        esc(&g.label),
        if g.updates.is_empty() { v } else { "updated over time" },
        plural(g.claims.len(), "claim", "claims"),
        plural(g.independent_sources, "independent source", "independent sources"),
        esc(&g.explanation)
    );
    if !g.conflicts.is_empty() {
        out.push_str("<ul class=\"conflicts\">\n");
        for c in g.conflicts.iter().take(MAX_CONFLICTS) {
            let _ = writeln!(
                out,
                "<li>{} and {} cannot both hold: {}</li>",
                esc(&c.a),
                esc(&c.b),
                esc(&c.reason)
            );
        }
        if g.conflicting_pairs > MAX_CONFLICTS {
            let _ = writeln!(
                out,
                "<li class=\"more\">{} in all; see the JSON</li>",
                plural(g.conflicting_pairs, "conflicting pair", "conflicting pairs")
            );
        }
        out.push_str("</ul>\n");
    }
    let in_conflict: HashSet<&str> = g
        .conflicts
        .iter()
        .flat_map(|x| [x.a.as_str(), x.b.as_str()])
        .collect();
    let outliers: HashSet<&str> = g.outliers.iter().map(String::as_str).collect();
    let claims: Vec<&ClaimRecord> = report.group_claims(g).take(MAX_CLAIMS).collect();
    let class = |c: &ClaimRecord| {
        if in_conflict.contains(c.id.as_str()) {
            "in-conflict"
        } else if outliers.contains(c.id.as_str()) {
            "outlier"
        } else {
            "plain"
        }
    };
    let label = |c: &ClaimRecord| {
        let d = docs.get(c.document.as_str());
        d.and_then(|d| d.outlet.clone())
            .unwrap_or_else(|| c.document.clone())
    };
    let consensus = g.consensus.and_then(|c| c.point);
    axis::draw(out, &claims, consensus, &class, &label);
    out.push_str("<ol class=\"claims\">\n");
    for c in &claims {
        let _ = writeln!(
            out,
            "<li class=\"claim {}\" id=\"{}\"><span class=\"id\">{}</span> {}{}: &ldquo;{}&rdquo; = <span class=\"val\">{}</span>{}</li>",
            class(c),
            esc(&c.id),
            esc(&c.id),
            source(&c.document, docs),
            c.attribution
                .as_deref()
                .map(|a| format!(" (says {})", esc(a)))
                .unwrap_or_default(),
            highlighted(c),
            esc(&value(c)),
            if c.modality == crate::claim::Modality::Asserted {
                String::new()
            } else {
                format!(" <span class=\"meta\">({})</span>", c.modality.as_str())
            } + if c.implicit {
                " <span class=\"meta\">(implied)</span>"
            } else {
                ""
            }
        );
    }
    if g.claims.len() > claims.len() {
        let _ = writeln!(
            out,
            "<li class=\"more\">... and {}; see the JSON</li>",
            plural(g.claims.len() - claims.len(), "more claim", "more claims")
        );
    }
    out.push_str("</ol>\n</article>\n");
}

/// The claim's sentence with its phrase in `<mark>`, everything escaped.
fn highlighted(c: &ClaimRecord) -> String {
    match c
        .sentence
        .find(c.text.as_str())
        .filter(|_| !c.text.is_empty())
    {
        Some(i) => format!(
            "{}<mark>{}</mark>{}",
            esc(&c.sentence[..i]),
            esc(&c.text),
            esc(&c.sentence[i + c.text.len()..])
        ),
        None => format!("{} <mark>{}</mark>", esc(&c.sentence), esc(&c.text)),
    }
}

fn source(doc: &str, docs: &HashMap<&str, &DocumentRecord>) -> String {
    match docs.get(doc).and_then(|d| d.outlet.as_deref()) {
        Some(o) => format!(
            "<span class=\"src\">{}</span> <span class=\"id\">{}</span>",
            esc(o),
            esc(doc)
        ),
        None => format!("<span class=\"src\">{}</span>", esc(doc)),
    }
}

/// Copies, sources and documents as tables.
fn closing(out: &mut String, report: &Report) {
    if !report.dependencies.is_empty() {
        out.push_str("<section id=\"copies\">\n<h2>Copies</h2>\n<p class=\"meta\">Documents that share narrative text count as one voice.</p>\n<table>\n<tr><th>document</th><th>document</th><th>shared</th></tr>\n");
        for d in report.dependencies.iter().take(MAX_ROWS) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&d.a),
                esc(&d.b),
                plural(d.shared_passages, "passage", "passages")
            );
        }
        out.push_str("</table>\n</section>\n");
    }
    let checked: Vec<_> = report.sources.iter().filter(|s| s.checked > 0).collect();
    if !checked.is_empty() {
        out.push_str("<section id=\"sources\">\n<h2>Sources</h2>\n<table>\n<tr><th>source</th><th>reliability</th><th>checked claims that held</th><th>claims</th></tr>\n");
        for s in checked.iter().take(MAX_ROWS) {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{:.2}</td><td>{} of {}</td><td>{}</td></tr>",
                esc(&s.source),
                s.reliability,
                s.held,
                s.checked,
                s.claims
            );
        }
        out.push_str("</table>\n</section>\n");
    }
    out.push_str("<section id=\"documents\">\n<h2>Documents</h2>\n<table>\n<tr><th>document</th><th>claims</th><th>outlet</th><th>published</th><th>notes</th></tr>\n");
    for d in report.documents.iter().take(MAX_ROWS) {
        let mut notes = String::new();
        if !d.credited.is_empty() {
            let _ = write!(notes, "credits {}", esc(&d.credited.join(", ")));
        }
        for w in &d.warnings {
            let _ = write!(notes, "<div class=\"warn\">warning: {}</div>", esc(w));
        }
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{notes}</td></tr>",
            esc(&d.id),
            d.claims,
            esc(d.outlet.as_deref().unwrap_or("")),
            d.published.map(|p| p.to_string()).unwrap_or_default(),
        );
    }
    if report.documents.len() > MAX_ROWS {
        let _ = writeln!(
            out,
            "<tr><td colspan=\"5\" class=\"more\">... and {} more; see the JSON</td></tr>",
            report.documents.len() - MAX_ROWS
        );
    }
    out.push_str("</table>\n</section>\n");
}

/// Text as inert HTML, for element content and double-quoted attributes alike: markup
/// characters become entities, and control characters (which HTML forbids) print
/// escaped as in the text report.
pub(crate) fn esc(text: &str) -> String {
    let text = escape_controls(text.to_string());
    let mut out = String::with_capacity(text.len() + 8);
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}
