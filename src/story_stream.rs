//! Reconciling a feed story by story as it arrives, in memory bounded by the stories open
//! at once (the last weeks of the feed) rather than by the feed.
//!
//! [`Reconciler::reconcile_by_story`] reads documents in publication order (a day's feed
//! after another, a crawl sorted by date), holds only the documents of the last days, and
//! hands the stories that no later document can join to a sink, one report for the stories
//! closed together: when their latest document is [`StreamOptions::hold_days`] older than
//! the newest one read. Closings are tried every half hold, so a story is reported between
//! one and two holds after its last document.
//!
//! What differs from [`Reconciler::reconcile`] over the whole feed, by design:
//! - stories, rarity and common names are learned from the documents held (the last
//!   weeks), not from the whole feed: a name common this month is common;
//! - a document published more than `hold_days` after the last of a story starts a new
//!   story (one machine joins such late coverage when it shares a person or an address);
//! - copies, consensus and source reliability are computed within each report;
//! - a document that arrives after the stories of its days were reported (the feed is not
//!   in date order) is reconciled with the documents still held, and says so in a warning.
//!
//! The newest day is the second latest of the documents read, so that one document with a
//! mistyped date (2204 for 2024) does not close every story. For closing, an undated
//! document counts as read on the newest day so far; for stories it stays undated.

use crate::document::{Date, Document};
use crate::feed::FeedFacts;
use crate::report::Report;
use crate::union_find::UnionFind;
use crate::{Extracted, Reconciler};

/// Options for [`Reconciler::reconcile_by_story`]: `StreamOptions::default()`, then set
/// the fields to change.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamOptions {
    /// Days after its latest document before a story is closed and reported (default 10:
    /// twice the stories' window of 5 days, so that a follow-up a week later still joins;
    /// under 5, reports of one event a few days apart may land in different stories).
    /// At most [`MAX_HOLD_DAYS`] is used.
    pub hold_days: i64,
    /// Most documents held at once (default 250,000): past it, the oldest stories are
    /// closed early, so that a feed with no dates (or one endless story) still runs in
    /// bounded memory.
    pub max_open_documents: usize,
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions {
            hold_days: 10,
            max_open_documents: 250_000,
        }
    }
}

/// What a [`Reconciler::reconcile_by_story`] run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct StreamSummary {
    /// Documents read.
    pub documents: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Stories reported (backgrounds not counted).
    pub stories: usize,
    /// Reports handed to the sink.
    pub reports: usize,
    /// Most documents held at once.
    pub peak_open_documents: usize,
    /// Documents that arrived after the stories of their days had been reported.
    pub late_documents: usize,
}

/// A document held until its story closes: its text cut to what the report reads.
struct Held {
    doc: Document,
    extracted: Extracted,
    /// Its publication day (given, else from its header), for stories.
    day: Option<i64>,
    /// The day it counts as read on, for closing: the newest day when it came (its own,
    /// in a feed in date order), so a document out of order is held as long as one in
    /// order and still meets the documents of its days that come with it.
    seen: Option<i64>,
}

/// The running state of a story-by-story run.
struct Run {
    open: Vec<Held>,
    /// The two latest days read (a multiset): [`Run::newest`] is the second, once there
    /// are two.
    latest: [Option<i64>; 2],
    /// Stories whose latest document was read before this day have been reported.
    closed_before: Option<i64>,
    /// The newest day at the last attempt to close stories: the next waits for newer.
    tried_at: Option<i64>,
    /// Ids used so far: claims, groups and stories of later reports continue from them.
    used: IdOffsets,
    summary: StreamSummary,
}

/// How many claim, group and story ids earlier reports used.
#[derive(Debug, Clone, Copy, Default)]
struct IdOffsets {
    claims: usize,
    groups: usize,
    stories: usize,
}

/// The longest hold used, a century: past it, day arithmetic gains nothing.
pub const MAX_HOLD_DAYS: i64 = 36_500;

impl Reconciler {
    /// Reconciles documents arriving in publication order story by story: the stories
    /// that can no longer grow are reported to `sink` together as they close (see the
    /// [module docs](crate::story_stream)), so memory holds the last [`StreamOptions::hold_days`] of the feed and the stories
    /// still open, never the whole feed. Ids continue across reports (`c`, `g` and `s`
    /// numbers are never reused), so the reports concatenated with [`Report::append`] are
    /// one report of the feed; every document and claim is in exactly one report.
    ///
    /// The sink's error stops the run and is returned.
    ///
    /// ```
    /// use crosscheck::{Date, Document, Reconciler, Report, StreamOptions};
    /// let day = |d: u8, id: &str, text: &str| {
    ///     let mut doc = Document::new(id, text);
    ///     doc.source.published = Date::new(2024, 5, d);
    ///     doc
    /// };
    /// let feed = vec![
    ///     day(1, "a", "The ferry sinking off Lagos killed 40 people, police said."),
    ///     day(2, "b", "The ferry sinking near Lagos killed 43 people, officials said."),
    ///     day(20, "c", "A bus crash near Kano killed 12 people, police said."),
    ///     day(20, "d", "The Kano bus crash killed 12 people, officials said."),
    /// ];
    /// let mut reports = Vec::new();
    /// let summary = Reconciler::new()
    ///     .reconcile_by_story(feed, &StreamOptions::default(), |r| {
    ///         reports.push(r);
    ///         Ok::<(), std::convert::Infallible>(())
    ///     })
    ///     .unwrap();
    /// assert_eq!((summary.documents, summary.stories, summary.reports), (4, 2, 2));
    /// // The ferry story was reported once the feed reached day 20 (two documents
    /// // of a day reach it: one mistyped date does not).
    /// assert_eq!(reports[0].stories[0].documents, ["a", "b"]);
    /// let mut all = Report::default();
    /// reports.into_iter().for_each(|r| all.append(r));
    /// assert_eq!(all.claims.len(), 4);
    /// ```
    pub fn reconcile_by_story<I, F, E>(
        &self,
        docs: I,
        opts: &StreamOptions,
        mut sink: F,
    ) -> Result<StreamSummary, E>
    where
        I: IntoIterator<Item = Document>,
        F: FnMut(Report) -> Result<(), E>,
    {
        let mut run = Run {
            open: Vec::new(),
            latest: [None, None],
            closed_before: None,
            tried_at: None,
            used: IdOffsets::default(),
            summary: StreamSummary::default(),
        };
        let hold = opts.hold_days.clamp(0, MAX_HOLD_DAYS);
        // Stories close in batches of half the hold, so the held documents are clustered
        // again about twice per hold rather than on every new day.
        let step = (hold / 2).max(1);
        for done in self.extracted_chunks(docs) {
            for (doc, extracted) in done {
                run.take(doc, extracted);
                let over = run.open.len() > opts.max_open_documents.max(1);
                // Due when the oldest held document is `step` days past the hold, and
                // stories were not tried at this newest day already (a story still open
                // holds its oldest documents).
                let due = match (run.newest(), run.oldest_seen()) {
                    (Some(n), Some(o)) => {
                        o < n - hold - step + 1 && run.tried_at.is_none_or(|t| n >= t + step)
                    }
                    _ => false,
                };
                if over || due {
                    let horizon = run.newest().map_or(i64::MIN, |n| n - hold);
                    let horizon = if over {
                        horizon.max(run.horizon_keeping((opts.max_open_documents / 2).max(1)))
                    } else {
                        horizon
                    };
                    run.tried_at = run.newest();
                    self.close(&mut run, horizon, over, &mut sink)?;
                }
            }
        }
        self.close(&mut run, i64::MAX, true, &mut sink)?;
        Ok(run.summary)
    }

    /// Reports the held stories whose documents were all read before `horizon`, with the
    /// stories their claims are about (and those about them), and drops their documents;
    /// `forced`, every document read before `horizon`, whatever its story.
    fn close<F, E>(&self, run: &mut Run, horizon: i64, forced: bool, sink: &mut F) -> Result<(), E>
    where
        F: FnMut(Report) -> Result<(), E>,
    {
        if run.open.is_empty() {
            return Ok(());
        }
        let docs: Vec<Document> = run.open.iter().map(|h| h.doc.clone()).collect();
        let fps: Vec<&crate::stories::Fingerprint> =
            run.open.iter().map(|h| &h.extracted.fingerprint).collect();
        let days: Vec<Option<i64>> = run.open.iter().map(|h| h.day).collect();
        let stories = crate::stories::Stories::find(&fps, &days, self.story_options());
        let names: Vec<Vec<String>> = run.open.iter().map(|h| h.extracted.names.clone()).collect();
        let mut facts = FeedFacts::of(&docs, &names);
        facts.corpus_now = run.newest().map(|n| Date::from_days(n).year);
        let per_doc: Vec<&[crate::Claim]> = run
            .open
            .iter()
            .map(|h| h.extracted.claims.as_slice())
            .collect();
        let story_of = stories.attribute(&per_doc, &|d| facts.now_year(&docs[d]));
        let closing = closing_documents(run, &stories, &story_of, horizon, forced);
        if closing.is_empty() {
            return Ok(());
        }
        let (local, new_of_story) = stories.restricted(&closing);
        // A claim about a story still open (closing was forced) stays in its own.
        let local_story_of: Vec<Vec<usize>> = closing
            .iter()
            .enumerate()
            .map(|(k, &d)| {
                story_of[d]
                    .iter()
                    .map(|&s| new_of_story[s].unwrap_or(local.of_document[k]))
                    .collect()
            })
            .collect();
        let mut closes = vec![false; run.open.len()];
        for &d in &closing {
            closes[d] = true;
        }
        let mut part = Vec::with_capacity(closing.len());
        for (h, c) in std::mem::take(&mut run.open).into_iter().zip(closes) {
            if c {
                part.push(h);
            } else {
                run.open.push(h);
            }
        }
        // `closing` is ascending, so `part` is in its order.
        let facts = facts.restricted_to(part.iter().flat_map(|h| {
            h.extracted
                .names
                .iter()
                .chain(h.extracted.claims.iter().flat_map(|c| &c.context.names))
                .map(String::as_str)
        }));
        let report = self.report_part(part, &local, &local_story_of, &facts, &mut run.used);
        run.summary.stories += local.stories.len();
        run.summary.reports += 1;
        // A closing forced by the count is not a date boundary: documents of its days may
        // still come in order.
        if !forced {
            run.closed_before = Some(run.closed_before.map_or(horizon, |c| c.max(horizon)));
        }
        sink(report)
    }

    /// The report of documents closed together, its ids continuing from `used`.
    fn report_part(
        &self,
        part: Vec<Held>,
        stories: &crate::stories::Stories,
        story_of: &[Vec<usize>],
        facts: &FeedFacts,
        used: &mut IdOffsets,
    ) -> Report {
        let n = part.len();
        let (mut docs, mut per_doc, mut names, mut shingles, mut notes) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for h in part {
            notes.push(h.extracted.notes());
            docs.push(h.doc);
            per_doc.push(h.extracted.claims);
            names.push(h.extracted.names);
            shingles.push(h.extracted.shingles);
        }
        let deps = self.copy_detector().detect_shingles(&shingles);
        drop(shingles);
        let mut report =
            self.assemble_stories(&docs, per_doc, names, deps, stories, story_of, facts);
        crate::reconcile::note_extraction(&mut report, &notes);
        report.shift_ids(used.claims, used.groups, used.stories);
        used.claims += report.claims.len();
        used.groups += report.groups.len();
        used.stories += stories.stories.len();
        report
    }
}

impl Run {
    /// Holds a document just extracted.
    fn take(&mut self, mut doc: Document, extracted: Extracted) {
        let day = doc
            .source
            .published
            .map(|p| p.days())
            .or(extracted.fingerprint.header_day());
        if let (Some(d), Some(c)) = (day, self.closed_before) {
            if d < c {
                self.summary.late_documents += 1;
                doc.warnings.push(format!(
                    "published {}, after the stories of days before {} were reported: \
                     reconciled without them (the feed is not in date order)",
                    Date::from_days(d),
                    Date::from_days(c)
                ));
            }
        }
        if let Some(d) = day {
            if self.newest().is_none() {
                // Undated documents read before the first date count from it.
                for h in &mut self.open {
                    h.seen = Some(d);
                }
            }
            // Keep the two latest days: `newest` is the second of them.
            let [first, second] = self.latest;
            if first.is_none_or(|f| d >= f) {
                self.latest = [Some(d), first];
            } else if second.is_none_or(|s| d > s) {
                self.latest[1] = Some(d);
            }
        }
        self.summary.documents += 1;
        self.summary.claims += extracted.claims.len();
        self.open.push(Held {
            doc,
            extracted,
            day,
            seen: self.newest(),
        });
        self.summary.peak_open_documents = self.summary.peak_open_documents.max(self.open.len());
    }

    /// The newest day read: the second latest, so that one mistyped date far ahead does
    /// not move it.
    fn newest(&self) -> Option<i64> {
        self.latest[1].or(self.latest[0])
    }

    fn oldest_seen(&self) -> Option<i64> {
        self.open.iter().filter_map(|h| h.seen).min()
    }

    /// The earliest horizon that leaves at most `keep` documents held (by day read).
    fn horizon_keeping(&self, keep: usize) -> i64 {
        let mut seen: Vec<i64> = self
            .open
            .iter()
            .map(|h| h.seen.unwrap_or(i64::MIN))
            .collect();
        seen.sort_unstable();
        let cut = seen.len().saturating_sub(keep);
        // Everything read on the day at the cut closes too: a day is not split.
        seen.get(cut).map_or(i64::MAX, |&d| d.saturating_add(1))
    }
}

/// The held documents (indices into `run.open`, ascending) whose stories close at
/// `horizon`: every document of the story read before it, and every story its claims are
/// about, or whose claims are about it, closing too. `forced`: every document read before
/// `horizon`.
fn closing_documents(
    run: &Run,
    stories: &crate::stories::Stories,
    story_of: &[Vec<usize>],
    horizon: i64,
    forced: bool,
) -> Vec<usize> {
    let before = |h: &Held| h.seen.unwrap_or(i64::MIN) < horizon;
    if forced {
        return (0..run.open.len())
            .filter(|&d| before(&run.open[d]))
            .collect();
    }
    let n = stories.stories.len();
    let own = |s: usize| stories.background_of(s).unwrap_or(s);
    let mut links = UnionFind::new(n);
    for (d, of) in story_of.iter().enumerate() {
        let home = stories.of_document[d];
        for &s in of {
            links.union(home, own(s));
        }
    }
    let mut open_component = vec![false; n];
    for (d, h) in run.open.iter().enumerate() {
        if !before(h) {
            open_component[links.find(stories.of_document[d])] = true;
        }
    }
    (0..run.open.len())
        .filter(|&d| !open_component[links.find(stories.of_document[d])])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shooting report published on day `day` of 2024 (January onward), about event
    /// `event` (its own victim and street).
    fn report(id: &str, day: i64, event: usize, killed: usize) -> Document {
        // A name of its own for each event: two syllables for each of the two words.
        let syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to"];
        let word = |n: usize| {
            let w = format!("{}{}", syllables[n % 8], syllables[n / 8 % 8]);
            w[..1].to_uppercase() + &w[1..]
        };
        let victim = format!("{} {}", word(event % 64), word(event / 64 + 7));
        let street = format!(
            "{} {} Avenue",
            word((event + 5) % 64),
            word(event / 64 + 30)
        );
        let text = format!(
            "Shooting on {street}\n\n{victim}, 34, was among {killed} people killed \
             in the 4100 block of {street}, police said."
        );
        let mut doc = Document::new(id, text);
        doc.source.published = Some(Date::from_days(
            Date::new(2024, 1, 1).map_or(0, |d| d.days()) + day,
        ));
        doc
    }

    fn run(docs: Vec<Document>, opts: &StreamOptions) -> (StreamSummary, Vec<Report>) {
        let mut out = Vec::new();
        let summary = Reconciler::new()
            .reconcile_by_story(docs, opts, |r| {
                out.push(r);
                Ok::<(), std::convert::Infallible>(())
            })
            .unwrap_or_default();
        (summary, out)
    }

    #[test]
    fn held_documents_do_not_grow_with_the_feed() {
        // Two reports per event, an event every day: ten times the feed, same peak.
        let feed = |days: i64| -> Vec<Document> {
            (0..days)
                .flat_map(|d| {
                    let e = d as usize;
                    [
                        report(&format!("a{d}"), d, e, 3),
                        report(&format!("b{d}"), d, e, 4),
                    ]
                })
                .collect()
        };
        let (small, _) = run(feed(40), &StreamOptions::default());
        let (big, reports) = run(feed(400), &StreamOptions::default());
        assert_eq!(big.documents, 800);
        // Two a day for the hold (10), up to two steps (5) before a closing is due and
        // tried again, and the day straddling it, however long the feed.
        let bound = 2 * (10 + 2 * 5 + 1);
        assert!(small.peak_open_documents <= bound, "{small:?}");
        assert!(big.peak_open_documents <= bound, "{big:?}");
        let mut all = Report::default();
        reports.into_iter().for_each(|r| all.append(r));
        assert_eq!(all.documents.len(), 800);
        assert_eq!(all.claims.len(), big.claims);
        let ids: std::collections::BTreeSet<&str> =
            all.claims.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), big.claims);
        let stories: std::collections::BTreeSet<&str> =
            all.stories.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(stories.len(), all.stories.len());
    }

    #[test]
    fn a_late_document_is_reconciled_and_says_so() {
        let mut docs: Vec<Document> = (0..30)
            .map(|d| report(&format!("d{d}"), d, d as usize % 7, 2))
            .collect();
        docs.push(report("late", 1, 1, 5));
        let (summary, reports) = run(docs, &StreamOptions::default());
        assert_eq!(summary.late_documents, 1);
        let late = reports
            .iter()
            .flat_map(|r| &r.documents)
            .find(|d| d.id == "late")
            .map(|d| d.warnings.join("; "))
            .unwrap_or_default();
        assert!(late.contains("not in date order"), "{late}");
    }

    #[test]
    fn an_undated_feed_closes_by_count_and_loses_nothing() {
        let docs: Vec<Document> = (0..50)
            .map(|k| {
                let mut d = report(&format!("u{k}"), 0, k % 9, 2);
                d.source.published = None;
                d
            })
            .collect();
        let opts = StreamOptions {
            max_open_documents: 10,
            ..StreamOptions::default()
        };
        let (summary, reports) = run(docs, &opts);
        assert!(summary.peak_open_documents <= 11, "{summary:?}");
        assert!(summary.reports > 1);
        assert_eq!(reports.iter().map(|r| r.documents.len()).sum::<usize>(), 50);
    }

    #[test]
    fn one_mistyped_date_far_ahead_closes_nothing_early() {
        // Day 40,000 (a century on) in the middle of a 60-day feed of 60 events, told
        // apart by their tolls as well as their names.
        let mut docs: Vec<Document> = (0..60)
            .map(|d| report(&format!("d{d}"), d, d as usize, 2 + d as usize % 9))
            .collect();
        docs.insert(30, report("typo", 40_000, 99, 2));
        let (summary, reports) = run(docs.clone(), &StreamOptions::default());
        let (plain, _) = run(
            docs.into_iter().filter(|d| d.id != "typo").collect(),
            &StreamOptions::default(),
        );
        assert_eq!(summary.late_documents, 0, "{summary:?}");
        assert!(
            summary.peak_open_documents <= plain.peak_open_documents + 1,
            "{summary:?} {plain:?}"
        );
        assert_eq!(reports.iter().map(|r| r.documents.len()).sum::<usize>(), 61);
    }

    #[test]
    fn closings_forced_by_the_count_flag_no_document_in_order_as_late() {
        // Ten reports a day, held to at most 4 (and to 0 and 1: no panic, nothing lost).
        let docs: Vec<Document> = (0..200)
            .map(|k| report(&format!("d{k}"), k / 10, k as usize / 10, 2))
            .collect();
        for max in [0, 1, 4] {
            let opts = StreamOptions {
                max_open_documents: max,
                ..StreamOptions::default()
            };
            let (summary, reports) = run(docs.clone(), &opts);
            assert_eq!(summary.late_documents, 0, "{max}: {summary:?}");
            assert_eq!(
                reports.iter().map(|r| r.documents.len()).sum::<usize>(),
                200
            );
        }
    }

    #[test]
    fn the_sink_error_stops_the_run() {
        let docs: Vec<Document> = (0..40)
            .map(|d| report(&format!("d{d}"), d, d as usize, 2))
            .collect();
        let mut calls = 0;
        let result = Reconciler::new().reconcile_by_story(docs, &StreamOptions::default(), |_| {
            calls += 1;
            Err("disk full")
        });
        assert_eq!(result, Err("disk full"));
        assert_eq!(calls, 1);
    }
}
