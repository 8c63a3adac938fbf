//! A feed reconciled in parts: what one story needs to know of the whole feed
//! ([`FeedFacts`]), and one story's claims reconciled apart from the rest
//! ([`Reconciler::reconcile_part`]), so that a distributed job can shuffle claims by story
//! and reconcile each story where it lands.
//!
//! On one machine [`Reconciler::reconcile`] computes the same facts over the whole feed,
//! so a story's groups and verdicts do not depend on whether it was reconciled alone.
//! What does depend on the rest of the feed: copies are found only among the part's
//! documents, and the consensus weighs sources by their record within the part. (Short
//! source names in explanations are the feed's when [`FeedFacts::short_ids`] holds them.)

use crate::claim::Claim;
use crate::document::Document;
use crate::provenance::Shingles;
use crate::report::{DocumentRecord, Report};
use crate::Reconciler;
use serde::{Deserialize, Serialize};

/// Fewest documents a name must appear in before it counts as common to the feed (and
/// more than one in a hundred of them): below that it is one story's name.
const MIN_COMMON_NAME_DOCS: usize = 25;

/// What reconciling part of a feed needs to know of the whole feed. For a part, the maps
/// need only the names of the part's documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FeedFacts {
    /// Documents in the feed.
    pub documents: usize,
    /// The latest publication year in the feed: a document without a date is read as of
    /// that year.
    pub corpus_now: Option<i32>,
    /// How many documents name each name (a document's
    /// [`crate::Extracted::names`], each once).
    pub name_documents: foldhash::HashMap<String, usize>,
    /// The same over each document's [kept names](FeedFacts::kept_names), for group labels.
    pub kept_name_documents: foldhash::HashMap<String, usize>,
    /// Each document's short name in explanations (see [`short_ids`]), unique in the feed;
    /// for a part, its documents'. A document missing here is named uniquely within the
    /// documents reconciled together.
    #[serde(default)]
    pub short_ids: foldhash::HashMap<String, String>,
}

impl FeedFacts {
    /// The facts of a whole feed: `names[i]` are document `i`'s names.
    pub fn of(docs: &[Document], names: &[Vec<String>]) -> FeedFacts {
        let mut facts = FeedFacts {
            documents: docs.len(),
            corpus_now: docs
                .iter()
                .filter_map(|d| d.source.published.map(|p| p.year))
                .max(),
            ..FeedFacts::default()
        };
        for ns in names {
            for n in ns {
                *facts.name_documents.entry(n.clone()).or_default() += 1;
            }
        }
        for (d, ns) in docs.iter().zip(names) {
            for n in facts.kept_names(d, ns.clone()) {
                *facts.kept_name_documents.entry(n).or_default() += 1;
            }
        }
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        facts.short_ids = ids
            .iter()
            .map(|id| id.to_string())
            .zip(short_ids(&ids))
            .collect();
        facts
    }

    /// The facts a part needs: those of its documents' names and its claims' names (which
    /// label groups), and its documents' short names.
    #[must_use]
    pub fn for_part(&self, part: &Part) -> FeedFacts {
        let claim_names = part
            .claims
            .iter()
            .flatten()
            .flat_map(|c| &c.claim.context.names);
        let mut out = self.restricted_to(
            part.names
                .iter()
                .flatten()
                .chain(claim_names)
                .map(String::as_str),
        );
        for d in &part.documents {
            if let Some(s) = self.short_ids.get(&d.id) {
                out.short_ids.insert(d.id.clone(), s.clone());
            }
        }
        out
    }

    /// How documents are named in explanations: the outlet, else the document's
    /// [short id](FeedFacts::short_ids), else one unique among `docs`.
    pub(crate) fn short_sources(&self, docs: &[Document]) -> Vec<String> {
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        let mut local: Option<Vec<String>> = None;
        docs.iter()
            .enumerate()
            .map(|(k, d)| {
                if let Some(o) = &d.source.outlet {
                    return o.clone();
                }
                if let Some(s) = self.short_ids.get(&d.id) {
                    return s.clone();
                }
                local.get_or_insert_with(|| short_ids(&ids))[k].clone()
            })
            .collect()
    }

    /// Whether most of a big feed names `name` (a country, an agency): as evidence that
    /// two documents are about one event it would chain unrelated events together. (A
    /// story covered by a few dozen outlets keeps its own names.)
    pub fn is_common(&self, name: &str) -> bool {
        let limit = (self.documents / 100).max(MIN_COMMON_NAME_DOCS);
        self.name_documents.get(name).is_some_and(|&c| c > limit)
    }

    /// A document's names that tell its event: without the feed's common names and the
    /// outlet's own name (a masthead, `Follow ...`), which is in all its stories.
    pub fn kept_names(&self, doc: &Document, mut names: Vec<String>) -> Vec<String> {
        let outlet = doc.source.outlet.as_deref().map(crate::group::fold_name);
        let own = |n: &String| {
            outlet
                .as_ref()
                .is_some_and(|o| o.split(' ').any(|w| w == n))
        };
        names.retain(|n| !self.is_common(n) && !own(n));
        names
    }

    /// How many documents keep the (folded) name.
    pub fn kept_documents(&self, folded: &str) -> usize {
        self.kept_name_documents.get(folded).copied().unwrap_or(0)
    }

    /// The year a document is read as of: its own; for an undated page the latest year
    /// it writes in a full date, so an archive page of 2014 does not read its own event
    /// as years old (never past the feed's latest: a court date ahead is not when the
    /// page was written); else the feed's latest.
    pub fn now_year(&self, doc: &Document) -> Option<i32> {
        let dated = doc.source.latest_date.map(|d| match self.corpus_now {
            Some(now) => d.year.min(now),
            None => d.year,
        });
        doc.source
            .published
            .map(|p| p.year)
            .or(dated)
            .or(self.corpus_now)
    }

    /// The keys under which the facts about `name` are looked up: the name and its folded
    /// form (a distributed job gathers the counts of both for each name of a part).
    #[must_use]
    pub fn keys(name: &str) -> [String; 2] {
        [name.to_string(), crate::group::fold_name(name)]
    }

    /// The facts restricted to `names` (with their folded forms), which is all a part
    /// holding those names needs.
    pub fn restricted_to<'n>(&self, names: impl IntoIterator<Item = &'n str>) -> FeedFacts {
        let mut out = FeedFacts {
            documents: self.documents,
            corpus_now: self.corpus_now,
            ..FeedFacts::default()
        };
        for n in names {
            for key in FeedFacts::keys(n) {
                if let Some(&c) = self.name_documents.get(&key) {
                    out.name_documents.insert(key.clone(), c);
                }
                if let Some(&c) = self.kept_name_documents.get(&key) {
                    out.kept_name_documents.insert(key, c);
                }
            }
        }
        out
    }
}

/// One claim of a part: where it comes from in its document and which of the part's
/// stories it is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PartClaim {
    /// Its index among its document's claims (in [`crate::Extracted::claims`]).
    pub index: usize,
    /// The claim.
    pub claim: Claim,
    /// Index into [`Part::stories`].
    pub story: usize,
}

/// The documents and claims of one story (its own claims, its background's, and claims
/// other documents make about it), to be reconciled apart from the rest of the feed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Part {
    /// The documents with claims in the part. Past extraction a document's text is read
    /// only for its first line (see [`crate::timeline::report_day`]).
    pub documents: Vec<Document>,
    /// Each document's claims in the part.
    pub claims: Vec<Vec<PartClaim>>,
    /// Each document's names ([`crate::Extracted::names`]).
    pub names: Vec<Vec<String>>,
    /// Each document's copy shingles ([`crate::Extracted::shingles`]).
    pub shingles: Vec<Shingles>,
    /// The report ids of the stories its claims are about (`s3`, `s3b`). An id ending in
    /// `b` is the background of the story whose id it starts with. A story and its
    /// background belong in one part: a figure of the background that retells the story's
    /// own event joins the story there ([`crate::stories::retell`]); parted apart, they
    /// are reconciled as if nothing were retold.
    pub stories: Vec<String>,
}

impl Reconciler {
    /// Reconciles one part of a feed: its groups (each with its story id from
    /// [`Part::stories`]), verdicts, copies and consensus within the part. Claim ids are
    /// `<document id>#<index>` (see [`PartClaim::index`]), so parts merge without
    /// renumbering; the report's documents are the part's.
    ///
    /// ```
    /// use crosscheck::{Document, FeedFacts, Part, PartClaim, Reconciler, Verdict};
    /// let rec = Reconciler::new();
    /// let docs = vec![
    ///     Document::new("a", "The ferry sinking off Lagos killed 40 people, police said."),
    ///     Document::new("b", "The ferry sinking near Lagos killed 43 people, officials said."),
    /// ];
    /// let extracted: Vec<_> = docs.iter().map(|d| rec.extract_article(d)).collect();
    /// let names: Vec<Vec<String>> = extracted.iter().map(|e| e.names.clone()).collect();
    /// let facts = FeedFacts::of(&docs, &names);
    /// let part = Part {
    ///     claims: extracted.iter().map(|e| e.claims.iter().cloned().enumerate()
    ///         .map(|(index, claim)| PartClaim { index, claim, story: 0 }).collect()).collect(),
    ///     shingles: extracted.into_iter().map(|e| e.shingles).collect(),
    ///     documents: docs,
    ///     names,
    ///     stories: vec!["s1".into()],
    /// };
    /// let report = rec.reconcile_part(part, &facts);
    /// assert_eq!(report.groups[0].verdict, Verdict::Conflict);
    /// assert_eq!(report.groups[0].claims, ["a#0", "b#0"]);
    /// ```
    pub fn reconcile_part(&self, part: Part, facts: &FeedFacts) -> Report {
        let Part {
            documents,
            claims,
            names,
            shingles,
            stories,
        } = part;
        let deps = self.copy_detector().detect_shingles(&shingles);
        drop(shingles);
        let ids: Vec<String> = documents
            .iter()
            .zip(&claims)
            .flat_map(|(d, cs)| cs.iter().map(move |c| format!("{}#{}", d.id, c.index)))
            .collect();
        let mut story_of: Vec<Vec<usize>> = claims
            .iter()
            .map(|cs| cs.iter().map(|c| c.story).collect())
            .collect();
        let per_doc: Vec<Vec<Claim>> = claims
            .into_iter()
            .map(|cs| cs.into_iter().map(|c| c.claim).collect())
            .collect();
        // A background's id is its story's with `b` after it (`s3b` of `s3`).
        let own_of = |s: usize| {
            let own = stories.get(s)?.strip_suffix('b')?;
            stories.iter().position(|x| x == own)
        };
        let background = |s: usize| stories.get(s).is_some_and(|x| x.ends_with('b'));
        crate::stories::retell(&per_doc, &mut story_of, &own_of);
        let story_name = |s: usize| stories.get(s).cloned().unwrap_or_default();
        let mut report = self.judge_all(
            &documents,
            &per_doc,
            &story_of,
            names,
            deps,
            facts,
            &story_name,
            &background,
        );
        report.claims = crate::reconcile::claim_records(&documents, per_doc);
        rename_claims(&mut report, &ids);
        report
    }
}

/// Renames claim `c{i+1}` to `ids[i]` everywhere in a report.
fn rename_claims(report: &mut Report, ids: &[String]) {
    report.claim_ids_mut(|id| {
        if let Some(i) = id
            .strip_prefix('c')
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| ids.get(n.wrapping_sub(1)))
        {
            *id = i.clone();
        }
    });
}

/// A document's record in the report: its source, how many claims it has, and its
/// warnings: what extraction noted first (`notes`, see [`crate::Extracted::notes`]), then
/// the document's own, and `no quantitative claims found` when a text yielded none.
pub fn document_record(doc: &Document, claims: usize, notes: &[String]) -> DocumentRecord {
    let mut warnings = notes.to_vec();
    warnings.extend(doc.warnings.iter().cloned());
    // A skipped or empty file already says why it has no claims.
    if claims == 0 && !doc.text.trim().is_empty() {
        warnings.push("no quantitative claims found".to_string());
    }
    DocumentRecord {
        id: doc.id.clone(),
        path: doc.path.clone(),
        outlet: doc.source.outlet.clone(),
        credited: doc.source.credited.clone(),
        byline: doc.source.byline.clone(),
        published: doc.source.published,
        url: doc.source.url.clone(),
        title: doc.source.title.clone(),
        claims,
        warnings,
    }
}

/// Short ids for documents in explanations: the shortest start of each id (at least 3
/// characters) that no other id shares, so `000_448d...` reads `000` and `wire_a`,
/// `wire_b` stay apart.
#[must_use]
pub fn short_ids(ids: &[&str]) -> Vec<String> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    ids.iter()
        .map(|&id| {
            let at = sorted.partition_point(|x| *x < id);
            // The neighbours in sorted order share the longest starts with it (an equal id
            // elsewhere shares the whole id, which is then used as is).
            let before = at.checked_sub(1).map(|p| sorted[p]);
            short_id(id, before, sorted.get(at + 1).copied())
        })
        .collect()
}

/// The short id of `id` between its neighbours in the sorted ids of a feed (see
/// [`short_ids`]): a distributed job sorts the ids and calls this for each.
#[must_use]
pub fn short_id(id: &str, before: Option<&str>, after: Option<&str>) -> String {
    let common = |a: &str| {
        a.chars()
            .zip(id.chars())
            .take_while(|(x, y)| x == y)
            .count()
    };
    let chars = (before.map_or(0, common).max(after.map_or(0, common)) + 1).max(3);
    id.chars().take(chars).collect()
}
