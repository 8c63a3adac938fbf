//! The order every report for people (text, Markdown, HTML) shows a report in: stories with
//! a conflict first, each story's groups by verdict (conflicts, compatible, agree) and its
//! single claims last, then any group no story lists (a report assembled by hand), so no
//! group is ever dropped.

use super::{GroupRecord, Report, StoryRecord, Verdict};
use std::collections::HashSet;

/// One story's part of a report, or the groups no story lists (`story` is `None`).
pub(crate) struct Section<'a> {
    pub story: Option<&'a StoryRecord>,
    /// Groups of two or more claims: conflicts, then compatible, then agreeing ones.
    pub judged: Vec<&'a GroupRecord>,
    /// Groups of one claim.
    pub singles: Vec<&'a GroupRecord>,
}

impl<'a> Section<'a> {
    fn of(story: Option<&'a StoryRecord>, groups: Vec<&'a GroupRecord>) -> Section<'a> {
        let (singles, mut judged): (Vec<_>, Vec<_>) = groups
            .into_iter()
            .partition(|g| g.verdict == Verdict::Single);
        // Stable: within a verdict, report order.
        judged.sort_by_key(|g| match g.verdict {
            Verdict::Conflict => 0,
            Verdict::Compatible => 1,
            _ => 2,
        });
        Section {
            story,
            judged,
            singles,
        }
    }

    /// Every group of the section.
    pub fn groups(&self) -> impl Iterator<Item = &'a GroupRecord> + '_ {
        self.judged.iter().chain(&self.singles).copied()
    }
}

/// The sections of `report`, in the order shown.
pub(crate) fn sections(report: &Report) -> Vec<Section<'_>> {
    let mut stories: Vec<&StoryRecord> = report.stories.iter().collect();
    let has_conflict = |s: &StoryRecord| {
        s.groups
            .iter()
            .filter_map(|g| report.group(g))
            .any(|g| g.verdict == Verdict::Conflict)
    };
    // Stable: stories with a conflict first, otherwise in report order.
    stories.sort_by_key(|s| !has_conflict(s));
    let mut shown: HashSet<&str> = HashSet::new();
    let mut out: Vec<Section<'_>> = stories
        .into_iter()
        .map(|s| {
            let groups: Vec<&GroupRecord> =
                s.groups.iter().filter_map(|g| report.group(g)).collect();
            shown.extend(groups.iter().map(|g| g.id.as_str()));
            Section::of(Some(s), groups)
        })
        .collect();
    let rest: Vec<&GroupRecord> = report
        .groups
        .iter()
        .filter(|g| !shown.contains(g.id.as_str()))
        .collect();
    if !rest.is_empty() {
        out.push(Section::of(None, rest));
    }
    out
}

/// How many documents a story's header counts: its own, or for a background story the
/// documents that mention it.
pub(crate) fn story_size(s: &StoryRecord) -> usize {
    if s.background_of.is_some() {
        s.mentioned_in.len()
    } else {
        s.documents.len()
    }
}
