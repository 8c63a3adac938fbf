//! Grouping and verdicts over the labelled cases in `tests/data/reconcile/`.
//!
//! Each case is a directory of 2-5 articles (`<doc>.txt`) and an `expected.json`:
//!
//! ```json
//! {"description": "...",
//!  "groups": [{"name": "...", "verdict": "compatible",
//!              "members": [{"doc": "a", "text": "43 people"}, {"doc": "b", "text": "more than 40"}]}],
//!  "apart": [[{"doc": "a", "text": "43 people"}, {"doc": "c", "text": "1,200 people"}]],
//!  "copies": {"dependent": [["a", "b"]], "independent": [["a", "c"]]}}
//! ```
//!
//! A case may also give `"stories": [["a", "b"], ["c"]]` (which documents report one
//! event; scored pair by pair of documents) and a `meta.json` of each document's outlet,
//! publication date, address and title, as a newsroom feed gives them:
//! `{"a": {"outlet": "...", "published": "YYYY-MM-DD", "url": "...", "title": "..."}}`.
//!
//! A member's `text` is a phrase of that document (`occurrence`, 1-based, when it repeats);
//! it is found in the report as the document's claim whose span overlaps it most. `verdict`
//! is `null` when only the grouping is checked. `apart` and `copies` are optional.
//!
//! The score works only from the report's JSON, as other programs see it. Pairs of labelled
//! claims are scored: pairs within an expected group should share a report group, pairs
//! from different expected groups and `apart` pairs should not.
//!
//! The same score runs on the held-out cases in `tests/data/heldout/reconcile/`: stories
//! written apart from the rules, to measure how well they generalise. Their thresholds are a
//! regression guard, not a target. So does the blind set in `tests/data/blind/reconcile/`:
//! feeds of 4-8 articles on look-alike events, written without reading the code.
//!
//! `cargo test --test reconcile_cases -- --nocapture` prints the per-case table.

mod common;

use common::{count_occurrences, data_dir, find_nth, overlap, ratio};
use crosscheck::{Document, Reconciler, Verdict};
use serde::Deserialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};

const MIN_CASES: usize = 16;
const DOCS_PER_CASE: std::ops::RangeInclusive<usize> = 2..=5;

const MIN_PAIR_PRECISION: f64 = 0.9;
const MIN_PAIR_RECALL: f64 = 0.9;
const MIN_VERDICT_ACCURACY: f64 = 0.9;
const MIN_COPY_ACCURACY: f64 = 0.9;

const HELDOUT_MIN_CASES: usize = 8;
const HELDOUT_DOCS_PER_CASE: std::ops::RangeInclusive<usize> = 2..=4;

const BLIND_MIN_CASES: usize = 10;

/// The blind set fails only below these: a regression guard under the figures measured
/// (pairs P 0.739 R 0.342, verdicts 53/105, stories P 0.798 R 0.852; the first, blind run
/// gave pairs P 0.609 R 0.328, verdicts 39/105, stories P 0.535 R 0.966, see
/// `tests/data/blind/FIRST-RUN.txt`). Implicit tolls (`a man and a woman were killed`)
/// raised recall from 0.294 and cost precision (0.827): a feed's documents mention each
/// other's events, and a claim is not yet attributed to another story of the feed. Recall
/// is far from the dev set's 0.9: the README lists what still fails.
const BLIND_MIN_PAIR_PRECISION: f64 = 0.70;
const BLIND_MIN_PAIR_RECALL: f64 = 0.25;
const BLIND_MIN_VERDICT_ACCURACY: f64 = 0.40;
const BLIND_MIN_STORY_PRECISION: f64 = 0.75;
const BLIND_MIN_STORY_RECALL: f64 = 0.75;
const BLIND_DOCS_PER_CASE: std::ops::RangeInclusive<usize> = 4..=8;

/// The held-out cases fail only below these: a regression guard set under the measured
/// figures (precision 1.000, recall 0.656, verdicts 22/28 with stories; 0.759 / 0.361 /
/// 0.429 on their first, blind run). The target is the
/// dev set's 0.9; the README lists what still fails here.
const HELDOUT_MIN_PAIR_PRECISION: f64 = 0.75;
const HELDOUT_MIN_PAIR_RECALL: f64 = 0.55;
const HELDOUT_MIN_VERDICT_ACCURACY: f64 = 0.55;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseSpec {
    description: String,
    #[serde(default)]
    stories: Vec<Vec<String>>,
    groups: Vec<GroupSpec>,
    #[serde(default)]
    apart: Vec<[Member; 2]>,
    #[serde(default)]
    copies: Copies,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupSpec {
    name: String,
    verdict: Option<Verdict>,
    members: Vec<Member>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
struct Member {
    doc: String,
    text: String,
    occurrence: Option<usize>,
}

impl std::fmt::Display for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{:?}", self.doc, self.text)?;
        if let Some(n) = self.occurrence {
            write!(f, "#{n}")?;
        }
        Ok(())
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Copies {
    #[serde(default)]
    dependent: Vec<[String; 2]>,
    #[serde(default)]
    independent: Vec<[String; 2]>,
}

/// Two indices into a case's member list.
type Pair = (usize, usize);

struct Case {
    name: String,
    spec: CaseSpec,
    /// (document id = file stem, path, text), sorted by file name.
    docs: Vec<(String, PathBuf, String)>,
    /// Each document's metadata, from `meta.json`.
    meta: HashMap<String, Meta>,
}

/// What a feed says of a document besides its text.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct Meta {
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    title: Option<String>,
}

impl Case {
    fn text(&self, doc: &str) -> Option<&str> {
        self.docs
            .iter()
            .find(|(id, _, _)| id == doc)
            .map(|(_, _, t)| t.as_str())
    }

    fn range(&self, m: &Member) -> Option<Range<usize>> {
        find_nth(
            self.text(m.doc.as_str())?,
            &m.text,
            m.occurrence.unwrap_or(1),
        )
    }

    /// Every labelled member once, group members first, with its expected group.
    fn members(&self) -> Vec<(Member, Option<usize>)> {
        let mut out: Vec<(Member, Option<usize>)> = Vec::new();
        for (gi, g) in self.spec.groups.iter().enumerate() {
            for m in &g.members {
                if !out.iter().any(|(o, _)| o == m) {
                    out.push((m.clone(), Some(gi)));
                }
            }
        }
        for pair in &self.spec.apart {
            for m in pair {
                if !out.iter().any(|(o, _)| o == m) {
                    out.push((m.clone(), None));
                }
            }
        }
        out
    }

    /// Index pairs into [`Case::members`]: those that should share a group, and those that
    /// should not.
    fn pairs(&self, members: &[(Member, Option<usize>)]) -> (Vec<Pair>, Vec<Pair>) {
        let index = |m: &Member| members.iter().position(|(o, _)| o == m).expect("member");
        let mut positive = Vec::new();
        let mut negative = HashSet::new();
        for i in 0..members.len() {
            for j in i + 1..members.len() {
                match (members[i].1, members[j].1) {
                    (Some(a), Some(b)) if a == b => positive.push((i, j)),
                    (Some(_), Some(_)) => {
                        negative.insert((i, j));
                    }
                    _ => {}
                }
            }
        }
        for [a, b] in &self.spec.apart {
            let (i, j) = (index(a), index(b));
            negative.insert((i.min(j), i.max(j)));
        }
        let mut negative: Vec<_> = negative.into_iter().collect();
        negative.sort_unstable();
        (positive, negative)
    }
}

/// Every case directory under `root`, sorted by name.
fn load_cases(root: &Path) -> Vec<Case> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", root.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.into_iter()
        .map(|dir| {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            let expected = dir.join("expected.json");
            let spec_text = std::fs::read_to_string(&expected)
                .unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
            let spec: CaseSpec = serde_json::from_str(&spec_text)
                .unwrap_or_else(|e| panic!("{}: {e}", expected.display()));
            let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
                .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
                .map(|entry| entry.expect("directory entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            paths.sort();
            let docs = paths
                .into_iter()
                .map(|p| {
                    let id = p.file_stem().unwrap().to_string_lossy().into_owned();
                    let text = std::fs::read_to_string(&p)
                        .unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                    (id, p, text)
                })
                .collect();
            let meta_path = dir.join("meta.json");
            let meta = if meta_path.exists() {
                let text = std::fs::read_to_string(&meta_path)
                    .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()));
                serde_json::from_str(&text)
                    .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()))
            } else {
                HashMap::new()
            };
            Case {
                name,
                spec,
                docs,
                meta,
            }
        })
        .collect()
}

impl Case {
    /// The case's documents as a feed gives them: text, and the metadata of `meta.json`.
    fn documents(&self) -> Vec<Document> {
        self.docs
            .iter()
            .map(|(id, path, _)| {
                let mut d =
                    Document::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                if let Some(m) = self.meta.get(id) {
                    if let Some(o) = &m.outlet {
                        d = d.with_outlet(o);
                    }
                    if let Some(p) = &m.published {
                        let date = p
                            .parse()
                            .unwrap_or_else(|e| panic!("{}: {id}: {e}", self.name));
                        d = d.with_published(date);
                    }
                    if let Some(u) = &m.url {
                        d = d.with_url(u);
                    }
                    if let Some(t) = &m.title {
                        d = d.with_title(t);
                    }
                }
                d
            })
            .collect()
    }
}

/// The parts of the report's JSON the score reads.
struct ReportView {
    documents: Vec<String>,
    /// (claim id, document id, span).
    claims: Vec<(String, String, Range<usize>)>,
    /// (group id, member claim ids, verdict).
    groups: Vec<(String, Vec<String>, String)>,
    dependencies: Vec<(String, String)>,
    /// Each document's story id.
    story_of: HashMap<String, String>,
}

fn str_field<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key]
        .as_str()
        .unwrap_or_else(|| panic!("report field {key:?} is not a string in {v}"))
}

fn array<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    v[key]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_else(|| panic!("report field {key:?} is not an array"))
}

impl ReportView {
    fn from_json(v: &Value) -> ReportView {
        let documents = array(v, "documents")
            .iter()
            .map(|d| str_field(d, "id").to_string())
            .collect();
        let claims = array(v, "claims")
            .iter()
            .map(|c| {
                let span = &c["span"];
                let at = |i: usize| {
                    span[i]
                        .as_u64()
                        .unwrap_or_else(|| panic!("claim span is not [start, end] in {c}"))
                        as usize
                };
                (
                    str_field(c, "id").to_string(),
                    str_field(c, "document").to_string(),
                    at(0)..at(1),
                )
            })
            .collect();
        let groups = array(v, "groups")
            .iter()
            .map(|g| {
                let ids = array(g, "claims")
                    .iter()
                    .map(|id| id.as_str().expect("claim id").to_string())
                    .collect();
                (
                    str_field(g, "id").to_string(),
                    ids,
                    str_field(g, "verdict").to_string(),
                )
            })
            .collect();
        let dependencies = array(v, "dependencies")
            .iter()
            .map(|d| (str_field(d, "a").to_string(), str_field(d, "b").to_string()))
            .collect();
        let mut story_of = HashMap::new();
        for s in array(v, "stories") {
            for d in array(s, "documents") {
                let d = d.as_str().expect("document id").to_string();
                let old = story_of.insert(d.clone(), str_field(s, "id").to_string());
                assert!(old.is_none(), "document {d} is in two stories");
            }
        }
        ReportView {
            documents,
            claims,
            groups,
            dependencies,
            story_of,
        }
    }

    /// The claim of `doc` whose span overlaps `range` most.
    fn locate(&self, doc: &str, range: &Range<usize>) -> Option<&str> {
        self.claims
            .iter()
            .filter(|(_, d, _)| d == doc)
            .map(|(id, _, span)| (overlap(span, range), id))
            .filter(|(shared, _)| *shared > 0)
            .max_by_key(|(shared, _)| *shared)
            .map(|(_, id)| id.as_str())
    }

    /// Problems with the report's shape: every claim in exactly one group, every document
    /// present.
    fn structure_problems(&self, doc_ids: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        for id in doc_ids {
            if !self.documents.contains(id) {
                problems.push(format!("document {id} missing from documents"));
            }
        }
        let mut times: HashMap<&str, usize> = HashMap::new();
        for (_, ids, _) in &self.groups {
            for id in ids {
                *times.entry(id.as_str()).or_default() += 1;
            }
        }
        for (id, _, _) in &self.claims {
            match times.get(id.as_str()).copied().unwrap_or(0) {
                1 => {}
                n => problems.push(format!("claim {id} is in {n} groups")),
            }
        }
        let known: HashSet<&str> = self.claims.iter().map(|(id, _, _)| id.as_str()).collect();
        for id in times.keys() {
            if !known.contains(id) {
                problems.push(format!("group member {id} is not a claim"));
            }
        }
        problems
    }
}

#[derive(Default)]
struct Score {
    located: usize,
    members: usize,
    true_pos: usize,
    false_pos: usize,
    false_neg: usize,
    verdicts_right: usize,
    verdicts: usize,
    copies_right: usize,
    copies: usize,
    /// Pairs of documents: in one story in both the labels and the report, in one story
    /// in the report only, in one story in the labels only.
    story_tp: usize,
    story_fp: usize,
    story_fn: usize,
}

impl Score {
    fn add(&mut self, o: &Score) {
        self.located += o.located;
        self.members += o.members;
        self.true_pos += o.true_pos;
        self.false_pos += o.false_pos;
        self.false_neg += o.false_neg;
        self.verdicts_right += o.verdicts_right;
        self.verdicts += o.verdicts;
        self.copies_right += o.copies_right;
        self.copies += o.copies;
        self.story_tp += o.story_tp;
        self.story_fp += o.story_fp;
        self.story_fn += o.story_fn;
    }

    fn story_precision(&self) -> f64 {
        ratio(self.story_tp, self.story_tp + self.story_fp)
    }

    fn story_recall(&self) -> f64 {
        ratio(self.story_tp, self.story_tp + self.story_fn)
    }

    fn precision(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_pos)
    }

    fn recall(&self) -> f64 {
        ratio(self.true_pos, self.true_pos + self.false_neg)
    }

    fn verdict_accuracy(&self) -> f64 {
        ratio(self.verdicts_right, self.verdicts)
    }

    fn copy_accuracy(&self) -> f64 {
        ratio(self.copies_right, self.copies)
    }

    fn row(&self, name: &str) -> String {
        format!(
            "{name:<40} {:>3}/{:<3} {:>3} {:>3} {:>3} {:>6.3} {:>6.3} {:>3}/{:<3} {:>2}/{:<2} {:>6.3} {:>6.3}",
            self.located,
            self.members,
            self.true_pos,
            self.false_pos,
            self.false_neg,
            self.precision(),
            self.recall(),
            self.verdicts_right,
            self.verdicts,
            self.copies_right,
            self.copies,
            self.story_precision(),
            self.story_recall()
        )
    }
}

/// Scores one case's report; notes go to `details`.
fn score_case(case: &Case, report: &ReportView, details: &mut Vec<String>) -> Score {
    let mut score = Score::default();
    let members = case.members();
    let located: Vec<Option<&str>> = members
        .iter()
        .map(|(m, _)| {
            let found = case.range(m).and_then(|r| report.locate(&m.doc, &r));
            if found.is_none() {
                details.push(format!("{}: no claim at {m}", case.name));
            }
            found
        })
        .collect();
    score.members = members.len();
    score.located = located.iter().flatten().count();

    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (gi, (_, ids, _)) in report.groups.iter().enumerate() {
        for id in ids {
            group_of.entry(id.as_str()).or_insert(gi);
        }
    }
    let report_group = |i: usize| located[i].and_then(|id| group_of.get(id).copied());
    let together = |i: usize, j: usize| match (located[i], located[j]) {
        (Some(a), Some(b)) if a == b => true,
        _ => matches!((report_group(i), report_group(j)), (Some(a), Some(b)) if a == b),
    };

    let (positive, negative) = case.pairs(&members);
    for &(i, j) in &positive {
        if together(i, j) {
            score.true_pos += 1;
        } else {
            score.false_neg += 1;
            details.push(format!(
                "{}: split {} ({}) from {} ({})",
                case.name,
                members[i].0,
                where_is(report, located[i], report_group(i)),
                members[j].0,
                where_is(report, located[j], report_group(j))
            ));
        }
    }
    for &(i, j) in &negative {
        if together(i, j) {
            score.false_pos += 1;
            details.push(format!(
                "{}: joined {} and {} ({})",
                case.name,
                members[i].0,
                members[j].0,
                where_is(report, located[i], report_group(i))
            ));
        }
    }

    for (gi, g) in case.spec.groups.iter().enumerate() {
        let Some(want) = g.verdict else {
            continue;
        };
        score.verdicts += 1;
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, (_, eg)) in members.iter().enumerate() {
            if *eg == Some(gi) {
                if let Some(rg) = report_group(i) {
                    *votes.entry(rg).or_default() += 1;
                }
            }
        }
        // Most members; on a tie, the earliest report group.
        let best = votes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(rg, _)| *rg);
        let want_name = serde_json::to_value(want).expect("verdict serializes");
        let want_name = want_name.as_str().expect("verdict is a string");
        match best {
            Some(rg) if report.groups[rg].2 == want_name => score.verdicts_right += 1,
            Some(rg) => details.push(format!(
                "{}: verdict for {:?}: expected {want_name}, got {} (group {})",
                case.name, g.name, report.groups[rg].2, report.groups[rg].0
            )),
            None => details.push(format!(
                "{}: verdict for {:?}: expected {want_name}, but no member is in a group",
                case.name, g.name
            )),
        }
    }

    if !case.spec.stories.is_empty() {
        let expected: HashMap<&str, usize> = case
            .spec
            .stories
            .iter()
            .enumerate()
            .flat_map(|(k, s)| s.iter().map(move |d| (d.as_str(), k)))
            .collect();
        let ids: Vec<&str> = case.docs.iter().map(|(id, _, _)| id.as_str()).collect();
        for (x, a) in ids.iter().enumerate() {
            for b in &ids[x + 1..] {
                let want = expected.get(a) == expected.get(b);
                let got = report.story_of.get(*a) == report.story_of.get(*b);
                match (want, got) {
                    (true, true) => score.story_tp += 1,
                    (false, true) => {
                        score.story_fp += 1;
                        details.push(format!(
                            "{}: documents {a} and {b} put in one story",
                            case.name
                        ));
                    }
                    (true, false) => {
                        score.story_fn += 1;
                        details.push(format!(
                            "{}: documents {a} and {b} put in different stories",
                            case.name
                        ));
                    }
                    (false, false) => {}
                }
            }
        }
    }

    let linked = |a: &str, b: &str| {
        report
            .dependencies
            .iter()
            .any(|(x, y)| (x == a && y == b) || (x == b && y == a))
    };
    for [a, b] in &case.spec.copies.dependent {
        score.copies += 1;
        if linked(a, b) {
            score.copies_right += 1;
        } else {
            details.push(format!("{}: {a} and {b} should be dependent", case.name));
        }
    }
    for [a, b] in &case.spec.copies.independent {
        score.copies += 1;
        if linked(a, b) {
            details.push(format!("{}: {a} and {b} should be independent", case.name));
        } else {
            score.copies_right += 1;
        }
    }
    score
}

fn where_is(report: &ReportView, claim: Option<&str>, group: Option<usize>) -> String {
    match (claim, group) {
        (None, _) => "not found".to_string(),
        (Some(c), None) => format!("{c}, in no group"),
        (Some(c), Some(g)) => format!("{c} in {}", report.groups[g].0),
    }
}

/// The result of reconciling and scoring every case of one directory.
struct Scored {
    overall: Score,
    /// One printed row per case.
    rows: Vec<String>,
    details: Vec<String>,
    structure: Vec<String>,
}

/// Reconciles each case's documents and scores the report against the labels.
fn score_cases(cases: &[Case]) -> Scored {
    let mut overall = Score::default();
    let mut rows = Vec::new();
    let mut details = Vec::new();
    let mut structure = Vec::new();

    for case in cases {
        let report = Reconciler::new().reconcile(&case.documents());
        let json = serde_json::to_value(&report).expect("the report serializes");
        let view = ReportView::from_json(&json);

        let doc_ids: Vec<String> = case.docs.iter().map(|(id, _, _)| id.clone()).collect();
        for p in view.structure_problems(&doc_ids) {
            structure.push(format!("{}: {p}", case.name));
        }
        let score = score_case(case, &view, &mut details);
        rows.push(score.row(&case.name));
        overall.add(&score);
    }
    Scored {
        overall,
        rows,
        details,
        structure,
    }
}

/// Prints the per-case table, the details and any report structure problems.
fn print_scored(scored: &Scored) {
    println!(
        "{:<40} {:>7} {:>3} {:>3} {:>3} {:>6} {:>6} {:>7} {:>5} {:>6} {:>6}",
        "case", "found", "tp", "fp", "fn", "prec", "recall", "verdict", "copy", "st.p", "st.r"
    );
    for row in &scored.rows {
        println!("{row}");
    }
    println!("{}", scored.overall.row("OVERALL"));
    if !scored.details.is_empty() {
        println!();
        for d in &scored.details {
            println!("  {d}");
        }
    }
    if !scored.structure.is_empty() {
        println!();
        println!("report structure:");
        for s in &scored.structure {
            println!("  {s}");
        }
    }
}

/// The failed checks among `checks` (what, got, minimum), plus any report structure problems.
fn score_failures(scored: &Scored, checks: &[(&str, f64, f64)]) -> Vec<String> {
    let mut failures = Vec::new();
    for &(what, got, min) in checks {
        if got < min {
            failures.push(format!("{what} {got:.3} < {min}"));
        }
    }
    if !scored.structure.is_empty() {
        failures.push(format!(
            "{} report structure problems",
            scored.structure.len()
        ));
    }
    failures
}

#[test]
fn reconcile_cases_score() {
    let scored = score_cases(&load_cases(&data_dir("reconcile")));
    print_scored(&scored);
    let overall = &scored.overall;
    let checks = [
        (
            "pairwise precision",
            overall.precision(),
            MIN_PAIR_PRECISION,
        ),
        ("pairwise recall", overall.recall(), MIN_PAIR_RECALL),
        (
            "verdict accuracy",
            overall.verdict_accuracy(),
            MIN_VERDICT_ACCURACY,
        ),
        (
            "copy detection accuracy",
            overall.copy_accuracy(),
            MIN_COPY_ACCURACY,
        ),
    ];
    let failures = score_failures(&scored, &checks);
    assert!(
        failures.is_empty(),
        "reconcile cases: {}",
        failures.join("; ")
    );
}

/// The held-out cases, scored the same way; fails only below the regression guard (or on a
/// malformed report).
#[test]
fn heldout_reconcile_score() {
    let scored = score_cases(&load_cases(&data_dir("heldout").join("reconcile")));
    print_scored(&scored);
    let overall = &scored.overall;
    let checks = [
        (
            "pairwise precision",
            overall.precision(),
            HELDOUT_MIN_PAIR_PRECISION,
        ),
        ("pairwise recall", overall.recall(), HELDOUT_MIN_PAIR_RECALL),
        (
            "verdict accuracy",
            overall.verdict_accuracy(),
            HELDOUT_MIN_VERDICT_ACCURACY,
        ),
    ];
    let failures = score_failures(&scored, &checks);
    assert!(
        failures.is_empty(),
        "held-out reconcile cases below the guard: {}",
        failures.join("; ")
    );
}

/// The blind set: feeds of look-alike events written without reading the code. Fails only
/// below its regression guard.
#[test]
fn blind_reconcile_score() {
    let scored = score_cases(&load_cases(&data_dir("blind").join("reconcile")));
    print_scored(&scored);
    let overall = &scored.overall;
    let checks = [
        (
            "pairwise precision",
            overall.precision(),
            BLIND_MIN_PAIR_PRECISION,
        ),
        ("pairwise recall", overall.recall(), BLIND_MIN_PAIR_RECALL),
        (
            "verdict accuracy",
            overall.verdict_accuracy(),
            BLIND_MIN_VERDICT_ACCURACY,
        ),
        (
            "story precision",
            overall.story_precision(),
            BLIND_MIN_STORY_PRECISION,
        ),
        (
            "story recall",
            overall.story_recall(),
            BLIND_MIN_STORY_RECALL,
        ),
    ];
    let failures = score_failures(&scored, &checks);
    assert!(
        failures.is_empty(),
        "blind reconcile cases below the guard: {}",
        failures.join("; ")
    );
}

/// Problems with the cases themselves: every phrase findable and unambiguous, groups
/// disjoint, `apart` pairs not inside one group, verdicts that fit the group size.
fn well_formed_problems(
    cases: &[Case],
    min_cases: usize,
    docs_per_case: &std::ops::RangeInclusive<usize>,
) -> Vec<String> {
    let mut problems = Vec::new();
    if cases.len() < min_cases {
        problems.push(format!("{} cases, want at least {min_cases}", cases.len()));
    }
    for case in cases {
        let here = &case.name;
        if !docs_per_case.contains(&case.docs.len()) {
            problems.push(format!(
                "{here}: {} documents, want {docs_per_case:?}",
                case.docs.len()
            ));
        }
        if case.spec.description.trim().is_empty() {
            problems.push(format!("{here}: empty description"));
        }
        if case.spec.groups.is_empty() {
            problems.push(format!("{here}: no groups"));
        }
        let mut seen: HashMap<&Member, &str> = HashMap::new();
        let mut spans: Vec<(&Member, Range<usize>)> = Vec::new();
        let all = case
            .spec
            .groups
            .iter()
            .flat_map(|g| g.members.iter())
            .chain(case.spec.apart.iter().flatten());
        for m in all {
            let Some(text) = case.text(&m.doc) else {
                problems.push(format!("{here}: {m}: no document {}", m.doc));
                continue;
            };
            let n = count_occurrences(text, &m.text);
            match m.occurrence {
                None if n == 0 => problems.push(format!("{here}: {m}: text not found")),
                None if n > 1 => problems.push(format!(
                    "{here}: {m}: text occurs {n} times, add \"occurrence\""
                )),
                Some(k) if k == 0 || k > n => problems.push(format!(
                    "{here}: {m}: occurrence {k}, but the text occurs {n} times"
                )),
                _ => {}
            }
            if let Some(r) = case.range(m) {
                for (other, span) in &spans {
                    if *other != m && other.doc == m.doc && overlap(span, &r) > 0 {
                        problems.push(format!("{here}: {m} overlaps {other}"));
                    }
                }
                spans.push((m, r));
            }
        }
        for g in &case.spec.groups {
            if g.members.is_empty() {
                problems.push(format!("{here}: group {:?} has no members", g.name));
            }
            let single = g.members.len() == 1;
            match g.verdict {
                Some(Verdict::Single) if !single => problems.push(format!(
                    "{here}: group {:?} has {} members but verdict single",
                    g.name,
                    g.members.len()
                )),
                Some(v) if single && v != Verdict::Single => problems.push(format!(
                    "{here}: group {:?} has one member but verdict {v:?}",
                    g.name
                )),
                _ => {}
            }
            for m in &g.members {
                if let Some(other) = seen.insert(m, &g.name) {
                    problems.push(format!(
                        "{here}: {m} is in groups {other:?} and {:?}",
                        g.name
                    ));
                }
            }
        }
        for [a, b] in &case.spec.apart {
            if a == b {
                problems.push(format!("{here}: {a} is apart from itself"));
            }
            if let (Some(ga), Some(gb)) = (seen.get(a), seen.get(b)) {
                if ga == gb {
                    problems.push(format!("{here}: {a} and {b} are apart but both in {ga:?}"));
                }
            }
        }
        let ids: HashSet<&str> = case.docs.iter().map(|(id, _, _)| id.as_str()).collect();
        let copies = &case.spec.copies;
        for [a, b] in copies.dependent.iter().chain(&copies.independent) {
            for d in [a, b] {
                if !ids.contains(d.as_str()) {
                    problems.push(format!("{here}: copies names unknown document {d}"));
                }
            }
        }
    }
    for p in &problems {
        println!("{p}");
    }
    problems
}

/// The cases themselves: every phrase findable and unambiguous, groups disjoint, `apart`
/// pairs not inside one group, verdicts that fit the group size. Runs without the crate's
/// grouping.
#[test]
fn reconcile_data_is_well_formed() {
    let cases = load_cases(&data_dir("reconcile"));
    let problems = well_formed_problems(&cases, MIN_CASES, &DOCS_PER_CASE);
    assert!(
        problems.is_empty(),
        "{} problems in the reconcile data",
        problems.len()
    );
}

/// The held-out cases, checked the same way (2-4 articles each). Runs without the crate's
/// grouping.
#[test]
fn heldout_reconcile_data_is_well_formed() {
    let cases = load_cases(&data_dir("heldout").join("reconcile"));
    let problems = well_formed_problems(&cases, HELDOUT_MIN_CASES, &HELDOUT_DOCS_PER_CASE);
    assert!(
        problems.is_empty(),
        "{} problems in the held-out reconcile data",
        problems.len()
    );
}

/// The blind cases, checked the same way (4-8 articles each, stories a partition of them).
#[test]
fn blind_reconcile_data_is_well_formed() {
    let cases = load_cases(&data_dir("blind").join("reconcile"));
    let mut problems = well_formed_problems(&cases, BLIND_MIN_CASES, &BLIND_DOCS_PER_CASE);
    for case in &cases {
        let mut seen: Vec<&str> = case
            .spec
            .stories
            .iter()
            .flatten()
            .map(String::as_str)
            .collect();
        seen.sort_unstable();
        let mut ids: Vec<&str> = case.docs.iter().map(|(id, _, _)| id.as_str()).collect();
        ids.sort_unstable();
        if seen != ids {
            problems.push(format!(
                "{}: stories {seen:?} are not a partition of {ids:?}",
                case.name
            ));
        }
        for id in case.meta.keys() {
            if !ids.contains(&id.as_str()) {
                problems.push(format!(
                    "{}: meta.json names unknown document {id}",
                    case.name
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems in the blind reconcile data: {problems:?}",
        problems.len()
    );
}
