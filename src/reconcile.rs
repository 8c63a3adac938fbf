//! The whole pipeline: documents in, a [`Report`] out.

use crate::claim::{Claim, Extractor};
use crate::compare::{describe_value, judge, quote, Judgement};
use crate::consensus::{resolve, Sourced};
use crate::document::Document;
use crate::group::{group_counting, names_match, DocumentFacts, GroupOptions, Member};
use crate::provenance::{independent_count, CopyDetector, Shingles};
use crate::report::{
    ClaimRecord, ConflictRecord, ConsensusRecord, DependencyRecord, GroupRecord, Report, Verdict,
};
use crate::stories::{Fingerprint, StoryOptions};
use crate::timeline::{is_update, report_day};
use crate::FeedFacts;
use crate::UpdateRecord;
use itertools::Itertools;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// One document as extraction leaves it: its claims and what reconciliation needs of its
/// text, so that the text itself can be dropped (see [`Reconciler::extract_document`]).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Extracted {
    /// The claims, in text order.
    pub claims: Vec<Claim>,
    /// The document's distinctive names (see [`crate::group::document_names`]).
    pub names: Vec<String>,
    /// Its copy-detection shingles (see [`CopyDetector::shingles`]).
    pub shingles: Shingles,
    /// How many mojibake sequences normalization repaired.
    pub repairs: usize,
    /// How many claims repeated an earlier statement of the document word for word (a
    /// gallery's captions) and were read once (see [`crate::claim::drop_repeats`]).
    #[serde(default)]
    pub repeats: usize,
    /// What identifies its event, for stories (see [`crate::stories`]).
    pub fingerprint: Fingerprint,
}

/// Runs extraction, grouping, verdicts, provenance and consensus over documents.
///
/// ```
/// use crosscheck::{Document, Reconciler, Verdict};
/// let docs = vec![
///     Document::new("a", "At least 40 people were killed in the ferry sinking off Lagos, police said."),
///     Document::new("b", "The ferry sinking near Lagos killed 43 people, officials said."),
/// ];
/// let report = Reconciler::new().reconcile(&docs);
/// assert_eq!(report.groups[0].verdict, Verdict::Compatible);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Reconciler {
    extractor: Extractor,
    grouping: GroupOptions,
    stories: StoryOptions,
    /// Makes each document's shingles at extraction and finds the copies among them: one
    /// detector, so both steps use the same shingle size.
    copies: CopyDetector,
}

impl Reconciler {
    /// A reconciler with default options.
    pub fn new() -> Reconciler {
        Reconciler::default()
    }

    /// Uses `extractor` for the claims.
    pub fn with_extractor(mut self, extractor: Extractor) -> Reconciler {
        self.extractor = extractor;
        self
    }

    /// Uses these grouping options.
    pub fn with_grouping(mut self, opts: GroupOptions) -> Reconciler {
        self.grouping = opts;
        self
    }

    /// Uses these story options (see [`crate::stories`]).
    pub fn with_stories(mut self, opts: StoryOptions) -> Reconciler {
        self.stories = opts;
        self
    }

    /// Uses `detector` to find documents that copy each other (for example with a higher
    /// [`CopyDetector::max_doc_freq`] where many outlets run one wire story).
    pub fn with_copy_detector(mut self, detector: CopyDetector) -> Reconciler {
        self.copies = detector;
        self
    }

    /// The copy detector, which also makes each document's shingles.
    pub(crate) fn story_options(&self) -> &StoryOptions {
        &self.stories
    }

    pub(crate) fn copy_detector(&self) -> &CopyDetector {
        &self.copies
    }

    /// Extracts the claims of every document, in parallel, in document order: the claims
    /// a report holds, each repeated statement once (see [`crate::claim::drop_repeats`]).
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Vec<Claim>> {
        docs.par_iter()
            .map(|d| {
                let norm = crate::normalize::normalize(&d.text);
                crate::claim::drop_repeats(
                    &d.text,
                    self.extractor.extract_normalized(&d.text, &norm),
                )
                .0
            })
            .collect()
    }

    /// Extracts one document's text: its claims and what reconciliation needs of the text
    /// (names, copy shingles, encoding repairs), normalizing it once.
    ///
    /// ```
    /// use crosscheck::Reconciler;
    /// let e = Reconciler::new().extract_document("Officials in Lagos said 43 people died.");
    /// assert_eq!(e.claims[0].figure, 43.0);
    /// assert_eq!(e.names, ["lagos"]);
    /// ```
    pub fn extract_document(&self, text: &str) -> Extracted {
        let norm = crate::normalize::normalize(text);
        let (claims, repeats) =
            crate::claim::drop_repeats(text, self.extractor.extract_normalized(text, &norm));
        Extracted {
            claims,
            repeats,
            names: crate::group::document_names(text),
            shingles: self.copies.shingles_normalized(&norm.text),
            repairs: norm.repairs,
            fingerprint: Fingerprint::of(&norm.text),
        }
    }

    /// Extracts one document as [`Reconciler::extract_document`] does, reading its source
    /// too: a headline given apart from the text (a feed's `title`) counts for its story.
    pub fn extract_article(&self, doc: &Document) -> Extracted {
        let mut e = self.extract_document(&doc.text);
        if doc.source.title.is_some() {
            let norm = crate::normalize::normalize(&doc.text);
            e.fingerprint = Fingerprint::titled(doc.source.title.as_deref(), &norm.text);
        }
        e
    }

    /// Reconciles `docs` into a report that accounts for every document and claim.
    pub fn reconcile(&self, docs: &[Document]) -> Report {
        let extracted: Vec<Extracted> = docs.par_iter().map(|d| self.extract_article(d)).collect();
        self.reconcile_extracted(docs, extracted)
    }

    /// Reconciles documents already extracted (`extracted[i]` from
    /// [`Reconciler::extract_document`] on `docs[i]`): copy detection, grouping, verdicts,
    /// consensus and the report. Past extraction a document's text is read only for its
    /// first line (a dateline's day, see [`crate::timeline::report_day`]), so a caller may
    /// drop the rest, as [`Reconciler::reconcile_stream`] does.
    pub fn reconcile_extracted(&self, docs: &[Document], extracted: Vec<Extracted>) -> Report {
        let trace = crate::trace::Trace::start("reconcile_extracted");
        let n = extracted.len();
        let (mut per_doc, mut names, mut shingles, mut notes, mut fingerprints) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for e in extracted {
            notes.push(e.notes());
            per_doc.push(e.claims);
            names.push(e.names);
            shingles.push(e.shingles);
            fingerprints.push(e.fingerprint);
        }
        // Stories first: the fingerprints are then dropped before copy detection, the
        // phase that needs the most memory.
        let stories = self.find_stories(docs, &fingerprints);
        drop(fingerprints);
        trace.phase("stories");
        let deps = self.copies.detect_shingles(&shingles);
        drop(shingles);
        trace.phase("copies");
        let mut report = self.assemble(docs, per_doc, names, deps, &stories);
        note_extraction(&mut report, &notes);
        report
    }

    /// Reconciles claims already extracted (`per_doc[i]` are the claims of `docs[i]`),
    /// reading the texts again for names and copies.
    pub fn reconcile_claims(&self, docs: &[Document], per_doc: &[Vec<Claim>]) -> Report {
        let trace = crate::trace::Trace::start("reconcile_claims");
        let names: Vec<Vec<String>> = docs
            .par_iter()
            .map(|d| crate::group::document_names(&d.text))
            .collect();
        trace.phase("names");
        let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
        let deps = self.copies.detect(&texts);
        trace.phase("copies");
        let fingerprints: Vec<Fingerprint> = docs
            .par_iter()
            .map(|d| {
                let text = crate::normalize::normalize(&d.text).text;
                Fingerprint::titled(d.source.title.as_deref(), &text)
            })
            .collect();
        let stories = self.find_stories(docs, &fingerprints);
        drop(fingerprints);
        self.assemble(docs, per_doc.to_vec(), names, deps, &stories)
    }

    /// The report from claims and what the texts said: each document's distinctive names
    /// (`names[i]`, see [`crate::group::document_names`]) and the copy dependencies. Past
    /// this point a document's text is read only for its first line (see
    /// [`crate::timeline::report_day`]), so streaming can drop the rest.
    fn assemble(
        &self,
        docs: &[Document],
        per_doc: Vec<Vec<Claim>>,
        names: Vec<Vec<String>>,
        deps: Vec<crate::provenance::Dependency>,
        stories: &crate::stories::Stories,
    ) -> Report {
        let facts = FeedFacts::of(docs, &names);
        let story_of = stories.attribute(&per_doc, &|d| facts.now_year(&docs[d]));
        self.assemble_stories(docs, per_doc, names, deps, stories, &story_of, &facts)
    }

    /// [`Reconciler::assemble`] given the feed's facts and each claim's story
    /// (`story_of[d][k]`, an index of `stories` as [`crate::stories::Stories::story_of`]
    /// gives it).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn assemble_stories(
        &self,
        docs: &[Document],
        per_doc: Vec<Vec<Claim>>,
        names: Vec<Vec<String>>,
        deps: Vec<crate::provenance::Dependency>,
        stories: &crate::stories::Stories,
        story_of: &[Vec<usize>],
        facts: &FeedFacts,
    ) -> Report {
        let trace = crate::trace::Trace::start("assemble");
        let mut report = self.judge_all(
            docs,
            &per_doc,
            story_of,
            names,
            deps,
            facts,
            &|s| story_id(s, stories),
            &|s| stories.background_of(s).is_some(),
        );
        report.stories = story_records(docs, stories, story_of, &groups_story(&report.groups));
        trace.phase("judged");
        report.claims = claim_records(docs, per_doc);
        trace.phase("claim records");
        report
    }

    /// The report but for its claim records and stories: documents, groups and their
    /// verdicts, dependencies, sources, work. `story_of[d][k]` is the story claim `k` of
    /// document `d` is about, `story_id` its report id, `background` whether it is a
    /// story's background.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn judge_all(
        &self,
        docs: &[Document],
        per_doc: &[Vec<Claim>],
        story_of: &[Vec<usize>],
        names: Vec<Vec<String>>,
        deps: Vec<crate::provenance::Dependency>,
        facts: &FeedFacts,
        story_id: &(dyn Fn(usize) -> String + Sync),
        background: &dyn Fn(usize) -> bool,
    ) -> Report {
        let trace = crate::trace::Trace::start("judge");
        let mut report = Report::default();
        let corpus_now = facts.corpus_now;
        let facts_of: Vec<DocumentFacts> = docs
            .iter()
            .zip(names)
            .map(|(d, names)| DocumentFacts {
                names: facts.kept_names(d, names),
                now_year: facts.now_year(d),
                day: d.source.published.map(|p| p.days()),
            })
            .collect();
        let mut members: Vec<Member<'_>> = Vec::new();
        for (di, (doc, claims)) in docs.iter().zip(per_doc).enumerate() {
            let now_year = facts_of[di].now_year;
            for (k, claim) in claims.iter().enumerate() {
                let story = story_of[di][k];
                members.push(Member {
                    claim,
                    document: di,
                    document_id: &doc.id,
                    story,
                    retold: !background(story) && crate::stories::is_background(claim, now_year),
                });
            }
            report
                .documents
                .push(crate::feed::document_record(doc, claims.len(), &[]));
        }
        report.dependencies = deps
            .iter()
            .map(|d| DependencyRecord {
                a: docs[d.a].id.clone(),
                b: docs[d.b].id.clone(),
                shared_passages: d.shared_passages,
                kind: "copy".into(),
            })
            .collect();
        trace.phase("records and document facts");
        let (groups, work) = group_counting(&members, &facts_of, &self.grouping);
        trace.phase("grouping");
        // Consensus and source reliability, across groups.
        let voice = crate::provenance::voices(docs.len(), &deps);
        let mut source_names: Vec<String> = docs
            .iter()
            .map(|d| d.source.outlet.clone().unwrap_or_else(|| d.id.clone()))
            .collect();
        source_names.sort();
        source_names.dedup();
        let sourced: Vec<Sourced<'_>> = members
            .iter()
            .map(|m| {
                let d = &docs[m.document];
                let name = d.source.outlet.as_deref().unwrap_or(&d.id);
                Sourced {
                    claim: m.claim,
                    voice: voice[m.document],
                    source: source_names
                        .binary_search_by(|x| x.as_str().cmp(name))
                        .unwrap_or(0),
                }
            })
            .collect();
        let days: Vec<Option<i64>> = docs.iter().map(|d| report_day(d, corpus_now)).collect();
        // Verdicts and updates come first: where a figure rose over time, the consensus is
        // what the latest reports say, not a vote that sets the latest figure aside.
        let judged: Vec<(Judgement, Option<Updates>)> = groups
            .par_iter()
            .map(|g| {
                let claims: Vec<&Claim> = g.iter().map(|&i| members[i].claim).collect();
                let judgement = judge(&claims);
                let updates = updates_of(&claims, &judgement, &|k| days[members[g[k]].document]);
                (judgement, updates)
            })
            .collect();
        // Positions in each group of the claims its consensus weighs: all but superseded ones,
        // those any claim of the group updates (not only the listed pairs, which a big group
        // lists one per claim).
        let weighed: Vec<Vec<usize>> = groups
            .par_iter()
            .zip(&judged)
            .map(|(g, (_, ups))| {
                let day = |k: usize| days[members[g[k]].document];
                let claim = |k: usize| members[g[k]].claim;
                let superseded = |k: usize| {
                    ups.is_some()
                        && (0..g.len()).any(|j| {
                            let (a, b) = (claim(k), claim(j));
                            !a.compared_value().overlaps(&b.compared_value())
                                && is_update(a, day(k), b, day(j))
                        })
                };
                // (Nor does it weigh a figure its own text says was replaced.)
                crate::compare::current((0..g.len()).filter(|&k| !superseded(k)).collect(), claim)
            })
            .collect();
        let latest: Vec<Vec<usize>> = groups
            .iter()
            .zip(&weighed)
            .map(|(g, w)| w.iter().map(|&k| g[k]).collect())
            .collect();
        let (mut estimates, sources) = resolve(&sourced, &latest, &source_names);
        // Outliers are positions among the weighed claims; the report wants group positions.
        for (est, w) in estimates.iter_mut().zip(&weighed) {
            for o in &mut est.outliers {
                *o = w[*o];
            }
        }
        trace.phase("consensus");
        report.sources = sources;
        // How many documents name each (folded) name, counted once rather than by a scan
        // of every document per look-up.
        // (Names come from the input: a hash keyed per process, but faster than SipHash.)
        let doc_freq = |name: &str| facts.kept_documents(&crate::group::fold_name(name));
        let short_names = facts.short_sources(docs);
        // The dependencies of each document, so a group looks only at its own.
        let mut deps_of: Vec<Vec<usize>> = vec![Vec::new(); docs.len()];
        for (k, d) in deps.iter().enumerate() {
            for end in [d.a, d.b] {
                if let Some(v) = deps_of.get_mut(end) {
                    v.push(k);
                }
            }
        }
        let mut records: Vec<GroupRecord> = groups
            .par_iter()
            .zip(estimates.par_iter())
            .zip(judged.into_par_iter())
            .zip(weighed.par_iter())
            .map(|(((g, est), (mut judgement, updates)), weighed)| {
                let claims: Vec<&Claim> = g.iter().map(|&i| members[i].claim).collect();
                let id = |k: usize| claim_id(g[k]);
                let source = |k: usize| short_names[members[g[k]].document].clone();
                let mut explanation = explain(&claims, &judgement, &source);
                if let Some(ups) = &updates {
                    // Judge what the latest reports say (the claims the consensus weighed);
                    // the earlier figures were superseded.
                    let latest: Vec<&Claim> = weighed.iter().map(|&k| claims[k]).collect();
                    let now = judge(&latest);
                    let rose = ups.iter().map(|&(lo, hi)| format!("{} ({}) to {} ({})", quote(claims[lo]), source(lo), quote(claims[hi]), source(hi))).join("; ");
                    explanation = format!("the figure rose over time, from {rose}: later reports update earlier ones, they do not contradict them");
                    judgement = Judgement { verdict: if now.verdict == Verdict::Single { Verdict::Compatible } else { now.verdict }, conflicts: Vec::new(), conflicting_pairs: 0, common: now.common };
                }
                // Documents that copy each other within the group count once.
                let independent = {
                        let mut ds: Vec<usize> = g.iter().map(|&i| members[i].document).collect();
                        ds.sort_unstable();
                        ds.dedup();
                        // Only dependencies within the group count: those of its documents.
                        let mut within: Vec<usize> = ds
                            .iter()
                            .flat_map(|&d| deps_of[d].iter().copied())
                            .filter(|&k| ds.binary_search(&deps[k].a).is_ok() && ds.binary_search(&deps[k].b).is_ok())
                            .collect();
                        within.sort_unstable();
                        within.dedup();
                        let within: Vec<_> = within.iter().map(|&k| deps[k].clone()).collect();
                        independent_count(&ds, &within)
                };
                GroupRecord {
                    id: String::new(),
                    story: story_id(members[g[0]].story),
                    label: label(&claims, &doc_freq),
                    claims: g.iter().map(|&i| claim_id(i)).collect(),
                    verdict: judgement.verdict,
                    conflicts: judgement.conflicts.iter().map(|c| ConflictRecord { a: id(c.a), b: id(c.b), reason: c.reason.clone() }).collect(),
                    conflicting_pairs: judgement.conflicting_pairs,
                    consensus: est.interval.map(|iv| ConsensusRecord { low: iv.low, high: iv.high, point: est.point }),
                    outliers: est.outliers.iter().map(|&k| id(k)).collect(),
                    independent_sources: independent,
                    explanation: match (est.point, independent) {
                        (Some(p), v) if v > 1 && updates.is_none() && judgement.verdict != Verdict::Conflict => {
                            format!("{explanation}; consensus {} ({v} independent sources)", describe_value(p, claims[0].dimension, &claims[0].unit))
                        }
                        // A conflict's consensus sets some claims aside: say which and why (the
                        // estimate speaks in plain figures, so counts only; a duration's would
                        // be seconds).
                        (Some(_), _)
                            if judgement.verdict == Verdict::Conflict
                                && !est.outliers.is_empty()
                                && claims[0].dimension == crate::quantity::Dimension::Count =>
                        {
                            format!("{explanation}; by the consensus, {}", est.explanation)
                        }
                        _ => explanation,
                    },
                    updates: updates
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(lo, hi)| UpdateRecord { from: id(lo), to: id(hi), reason: format!("{} rose to {}", quote(claims[lo]), quote(claims[hi])) })
                        .collect(),
                }
            })
            .collect();
        trace.phase("verdicts and group records");
        // Conflicts first, then compatible, agreeing and single groups; bigger groups first.
        records.sort_by(|a, b| {
            a.verdict
                .cmp(&b.verdict)
                .then(b.claims.len().cmp(&a.claims.len()))
        });
        for (k, r) in records.iter_mut().enumerate() {
            r.id = format!("g{}", k + 1);
        }
        report.work = crate::Work {
            listed_conflicts: records.iter().map(|r| r.conflicts.len()).sum(),
            ..work
        };
        report.groups = records;
        trace.phase("sorted");
        report
    }
}

impl Reconciler {
    /// The stories of the documents: publication days from the sources, else the date in
    /// a document's header; copies are one story.
    pub(crate) fn find_stories(
        &self,
        docs: &[Document],
        fingerprints: &[Fingerprint],
    ) -> crate::stories::Stories {
        let fps: Vec<&Fingerprint> = fingerprints.iter().collect();
        let days: Vec<Option<i64>> = docs
            .iter()
            .zip(&fps)
            .map(|(d, fp)| d.source.published.map(|p| p.days()).or(fp.header_day()))
            .collect();
        // (Copies are not taken as one story: in a real feed most shared passages are an
        // outlet's boilerplate; a wire story's copies share their words anyway.)
        crate::stories::Stories::find(&fps, &days, &self.stories)
    }
}

/// The report id of story `s` (an index from [`crate::stories::Stories::story_of`]).
fn story_id(s: usize, stories: &crate::stories::Stories) -> String {
    match stories.background_of(s) {
        Some(own) => format!("s{}b", own + 1),
        None => format!("s{}", s + 1),
    }
}

/// Each group's (id, story id), in group order.
fn groups_story(records: &[GroupRecord]) -> Vec<(String, String)> {
    records
        .iter()
        .map(|r| (r.id.clone(), r.story.clone()))
        .collect()
}

/// The story records: every story, then the backgrounds that hold claims.
fn story_records(
    docs: &[Document],
    stories: &crate::stories::Stories,
    story_of: &[Vec<usize>],
    groups: &[(String, String)],
) -> Vec<crate::report::StoryRecord> {
    let n = stories.stories.len();
    // The documents with claims in each background.
    let mut background_docs: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (d, of) in story_of.iter().enumerate() {
        for &s in of {
            if let Some(own) = stories.background_of(s) {
                background_docs[own].push(d);
            }
        }
    }
    let mut groups_of: std::collections::HashMap<&str, Vec<String>> = Default::default();
    for (g, s) in groups {
        groups_of.entry(s.as_str()).or_default().push(g.clone());
    }
    let span = |ds: &[usize]| {
        let dates: Vec<crate::Date> = ds
            .iter()
            .filter_map(|&d| docs[d].source.published)
            .collect();
        crate::report::DateSpan {
            first: dates.iter().min().copied(),
            last: dates.iter().max().copied(),
        }
    };
    let mut out = Vec::new();
    for (k, story) in stories.stories.iter().enumerate() {
        let id = story_id(k, stories);
        out.push(crate::report::StoryRecord {
            label: story.label.clone(),
            documents: story
                .documents
                .iter()
                .map(|&d| docs[d].id.clone())
                .collect(),
            mentioned_in: Vec::new(),
            groups: groups_of.remove(id.as_str()).unwrap_or_default(),
            published: span(&story.documents),
            background_of: None,
            id,
        });
    }
    for (k, mut ds) in background_docs.into_iter().enumerate() {
        if ds.is_empty() {
            continue;
        }
        ds.sort_unstable();
        ds.dedup();
        let id = story_id(n + k, stories);
        out.push(crate::report::StoryRecord {
            label: format!(
                "earlier events and running totals in {}",
                stories.stories[k].label
            ),
            documents: Vec::new(),
            mentioned_in: ds.iter().map(|&d| docs[d].id.clone()).collect(),
            groups: groups_of.remove(id.as_str()).unwrap_or_default(),
            published: span(&ds),
            background_of: Some(story_id(k, stories)),
            id,
        });
    }
    out
}

/// The claim records, in document order; the claims move into them.
pub(crate) fn claim_records(docs: &[Document], per_doc: Vec<Vec<Claim>>) -> Vec<ClaimRecord> {
    docs.iter()
        .zip(per_doc)
        .flat_map(|(doc, claims)| claims.into_iter().map(move |c| (doc, c)))
        .enumerate()
        .map(|(i, (doc, c))| ClaimRecord::from_claim(claim_id(i), doc.id.clone(), c))
        .collect()
}

/// The report id of the claim at `index` in document order.
fn claim_id(index: usize) -> String {
    format!("c{}", index + 1)
}

/// Pairs of positions in a group, (earlier, later): the later figure updates the earlier.
type Updates = Vec<(usize, usize)>;

/// When every conflicting pair of a group of counts is a later, higher figure replacing an
/// earlier one, the pairs as (lower, higher) indices; else `None`.
fn updates_of(
    claims: &[&Claim],
    j: &Judgement,
    day: &dyn Fn(usize) -> Option<i64>,
) -> Option<Updates> {
    if j.verdict != Verdict::Conflict || claims[0].dimension != crate::quantity::Dimension::Count {
        return None;
    }
    let mut out = Vec::new();
    for c in &j.conflicts {
        let a_lower = claims[c.a]
            .value
            .high
            .zip(claims[c.b].value.low)
            .is_some_and(|(h, l)| h <= l);
        let (lo, hi) = if a_lower { (c.a, c.b) } else { (c.b, c.a) };
        if !is_update(claims[lo], day(lo), claims[hi], day(hi)) {
            return None;
        }
        out.push((lo, hi));
    }
    Some(out)
}

/// Puts what extraction noted of each document (`notes[d]`, see [`Extracted::notes`])
/// first among its warnings.
pub(crate) fn note_extraction(report: &mut Report, notes: &[Vec<String>]) {
    for (d, n) in report.documents.iter_mut().zip(notes) {
        d.warnings.splice(0..0, n.iter().cloned());
    }
}

impl Extracted {
    /// What extraction did to the text that a reader of the report should know: repaired
    /// encoding damage, statements read once.
    pub fn notes(&self) -> Vec<String> {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        let mut out = Vec::new();
        if self.repairs > 0 {
            let n = self.repairs;
            out.push(format!("repaired {n} mojibake sequence{}", plural(n)));
        }
        if self.repeats > 0 {
            let n = self.repeats;
            out.push(format!(
                "read {n} repeated statement{} once (the same words around the same figure, as in a gallery's captions)",
                plural(n)
            ));
        }
        out
    }
}

/// What a group measures, for people: the subject and the name most of its claims share.
fn label(claims: &[&Claim], doc_freq: &dyn Fn(&str) -> usize) -> String {
    let mut subjects: Vec<&str> = claims.iter().map(|c| c.subject.label.as_str()).collect();
    subjects.sort_unstable();
    let subject = most_common(&subjects).unwrap_or("quantity");
    // The name that best tells this group apart: shared by its claims, rare in the corpus
    // (a town rather than a country every story names).
    let lists: Vec<&[String]> = claims.iter().map(|c| &c.context.names[..]).collect();
    let scored: Vec<(&str, f64)> = crate::group::name_support(&lists, 0.88)
        .into_iter()
        .filter(|&(_, s)| s >= 2.min(claims.len()))
        .map(|(n, s)| (n, s as f64 / (1.0 + doc_freq(n) as f64)))
        .collect();
    let shared = scored
        .iter()
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|x| x.0);
    let mut events: Vec<&str> = claims
        .iter()
        .filter_map(|c| c.context.events.first().map(String::as_str))
        .collect();
    events.sort_unstable();
    let event = most_common(&events);
    match (shared, event) {
        (Some(n), Some(e)) if !subject.contains(e) => format!("{subject} ({n} {e})"),
        (Some(n), _) => format!("{subject} ({n})"),
        (None, Some(e)) if !subject.contains(e) => format!("{subject} ({e})"),
        _ => subject.to_string(),
    }
}

/// The most frequent of `sorted` (in ascending order); ties go to the first in sort
/// order, so labels are stable. Counted by runs: no map per group.
fn most_common<'a>(sorted: &[&'a str]) -> Option<&'a str> {
    debug_assert!(sorted.is_sorted());
    let mut best: Option<(&'a str, usize)> = None;
    for run in sorted.chunk_by(|a, b| a == b) {
        if best.is_none_or(|(_, n)| run.len() > n) {
            best = Some((run[0], run.len()));
        }
    }
    best.map(|(item, _)| item)
}

/// One line saying why the verdict is what it is.
fn explain(claims: &[&Claim], j: &Judgement, source: &dyn Fn(usize) -> String) -> String {
    let c0 = claims[0];
    let show = |v: f64| describe_value(v, c0.dimension, &c0.unit);
    let sources_of = |pred: &dyn Fn(&Claim) -> bool| {
        let mut s: Vec<String> = (0..claims.len())
            .filter(|&k| pred(claims[k]))
            .map(source)
            .collect();
        s.dedup();
        s.join(", ")
    };
    match j.verdict {
        Verdict::Single => format!("only {} reports {}", source(0), quote(c0)),
        Verdict::Agree => format!(
            "{} claims all give {} ({})",
            claims.len(),
            quote(c0),
            sources_of(&|_| true)
        ),
        Verdict::Compatible => {
            // The most precise figure, and the looser claims that allow it.
            // (As judged: a count that only names its people is a floor, wounded read
            // from the shot a ceiling.)
            let width = |c: &Claim| {
                let v = c.judged_value();
                match (v.low, v.high) {
                    (Some(l), Some(h)) => h - l,
                    _ => f64::INFINITY,
                }
            };
            // Among equally wide ones (`more than 100`, `more than 200`: both unbounded),
            // the highest floor and the lowest ceiling: the one the others allow.
            let low = |c: &Claim| c.value.low.unwrap_or(f64::NEG_INFINITY);
            let high = |c: &Claim| c.value.high.unwrap_or(f64::INFINITY);
            let best = claims
                .iter()
                .copied()
                .min_by(|a, b| {
                    width(a)
                        .total_cmp(&width(b))
                        .then(low(b).total_cmp(&low(a)))
                        .then(high(a).total_cmp(&high(b)))
                })
                .unwrap_or(c0);
            let fig = if best.value.is_point() {
                show(best.figure)
            } else {
                quote(best)
            };
            // The looser claims, quoted once each: those that allow the figure, and those
            // it only bounds (`2.5 million` and `over 2.5 million` meet at the round figure).
            let quotes = |keep: &dyn Fn(&Claim) -> bool| {
                let mut q: Vec<String> = claims
                    .iter()
                    .filter(|c| keep(c))
                    .map(|c| quote(c))
                    .collect();
                q.sort();
                q.dedup();
                q
            };
            // Claims that meet the figure only as judged ([`Claim::judged_value`]): people
            // named one by one (`a police officer` among `4 injured`), dead counted without
            // a killer who died too (`a double murder` beside `3 dead`), or wounded counted
            // from the shot or the patients before some of them died (`Five shot` beside
            // `4 wounded`).
            let widened = |c: &Claim| {
                c.value.meet(&best.value).is_none()
                    && c.judged_value().meet(&best.judged_value()).is_some()
            };
            let named = quotes(&|c| widened(c) && c.named);
            let shot = quotes(&|c| widened(c) && !c.named && c.is_wounded_ceiling());
            let killer = quotes(&|c| widened(c) && !c.named && !c.is_wounded_ceiling());
            let within = quotes(&|c| c.value != best.value && c.value.overlaps(&best.value));
            let edge =
                quotes(&|c| !c.value.overlaps(&best.value) && c.value.meet(&best.value).is_some());
            let held = sources_of(&|c: &Claim| c.value == best.value);
            let tail = if claims.iter().any(|c| !c.is_asserted()) {
                "; projected, denied or hedged figures are not held against the others"
            } else {
                ""
            };
            if within.is_empty()
                && edge.is_empty()
                && named.is_empty()
                && killer.is_empty()
                && shot.is_empty()
            {
                // The same figure, some of it projected, denied or hedged.
                format!("all give {fig} ({held}){tail}")
            } else if claims
                .iter()
                .all(|c| c.value.meet(&best.value).is_some() || widened(c))
            {
                let mut parts = Vec::new();
                if !named.is_empty() {
                    parts.push(format!("counts {} among them", named.join(" and ")));
                }
                if !killer.is_empty() {
                    parts.push(format!("may count one more than {}", killer.join(" and ")));
                }
                if !shot.is_empty() {
                    parts.push(format!("is no more than {}", shot.join(" and ")));
                }
                if !within.is_empty() {
                    parts.push(format!("lies within {}", within.join(" and ")));
                }
                if !edge.is_empty() {
                    parts.push(format!(
                        "is the round figure that bounds {}",
                        edge.join(" and ")
                    ));
                }
                let mut why = Vec::new();
                if !within.is_empty() || !edge.is_empty() {
                    why.push("figures differ in precision only");
                }
                if !named.is_empty() {
                    why.push("people named one by one are some of a toll, not a count of it");
                }
                if !killer.is_empty() {
                    why.push("a count of the dead may or may not include a killer who died too");
                }
                if !shot.is_empty() {
                    why.push(
                        "a count of the shot or of patients read as the wounded is only a ceiling: some of them may have died later, or be counted apart",
                    );
                }
                format!(
                    "{fig} ({held}) {}: {}{tail}",
                    parts.join(" and "),
                    why.join("; ")
                )
            } else {
                // Only claims that are not assertions differ: they never make a conflict.
                let all: Vec<String> = claims.iter().map(|c| quote(c)).collect();
                format!("figures differ ({}), but only in projected, denied or hedged claims, which are not held against the others", all.join(" vs "))
            }
        }
        Verdict::Conflict => {
            let c = &j.conflicts[0];
            let mut s = format!(
                "{}: {}",
                if j.conflicts.len() == 1 {
                    "1 pair cannot both hold"
                } else {
                    "pairs cannot both hold"
                },
                c.reason
            );
            if let Some(ctx) = context_difference(claims[c.a], claims[c.b]) {
                s.push_str("; ");
                s.push_str(&ctx);
            }
            s
        }
    }
}

/// Differences in context that may explain a conflict: different people or places named,
/// different speakers.
fn context_difference(a: &Claim, b: &Claim) -> Option<String> {
    let only = |x: &Claim, y: &Claim| -> Vec<String> {
        x.context
            .names
            .iter()
            .filter(|n| !y.context.names.iter().any(|m| names_match(n, m, 0.88)))
            .cloned()
            .collect()
    };
    let (oa, ob) = (only(a, b), only(b, a));
    let mut parts = Vec::new();
    if !oa.is_empty() && !ob.is_empty() {
        parts.push(format!(
            "the contexts differ: one names {}, the other {}",
            oa.join(", "),
            ob.join(", ")
        ));
    }
    if a.attribution != b.attribution {
        let who = |c: &Claim| c.attribution.clone().unwrap_or_else(|| "the outlet".into());
        parts.push(format!("different speakers ({} vs {})", who(a), who(b)));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}
