//! Reading a report: look-ups by id, the JSON without a serde_json dependency of one's
//! own, and narrowing a report to the groups a reader asked for.

use super::{ClaimRecord, GroupRecord, Report, StoryRecord, Verdict};
use std::collections::HashSet;

/// Which groups a narrowed report keeps ([`Report::select`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Selection {
    /// Every group.
    #[default]
    All,
    /// Groups of two or more claims: no `single` groups.
    Groups,
    /// Groups whose sources cannot all be right.
    Conflicts,
}

impl Report {
    /// The claim with id `id` (`c17`), if any.
    ///
    /// Claim ids are numbered in report order, so this is a direct index (or a binary
    /// search in a [narrowed](Report::select) report), never a scan.
    pub fn claim(&self, id: &str) -> Option<&ClaimRecord> {
        let n: usize = id.strip_prefix('c')?.parse().ok()?;
        if let Some(c) = n.checked_sub(1).and_then(|i| self.claims.get(i)) {
            if c.id == id {
                return Some(c);
            }
        }
        let number = |c: &ClaimRecord| c.id.get(1..).and_then(|s| s.parse::<usize>().ok());
        self.claims
            .binary_search_by_key(&Some(n), number)
            .ok()
            .map(|i| &self.claims[i])
            .filter(|c| c.id == id)
    }

    /// The group with id `id` (`g3`), if any.
    pub fn group(&self, id: &str) -> Option<&GroupRecord> {
        let n: usize = id.strip_prefix('g')?.parse().ok()?;
        match n.checked_sub(1).and_then(|i| self.groups.get(i)) {
            Some(g) if g.id == id => Some(g),
            _ => self.groups.iter().find(|g| g.id == id),
        }
    }

    /// The story with id `id` (`s2`, or a background story `s2b`), if any.
    pub fn story(&self, id: &str) -> Option<&StoryRecord> {
        self.stories.iter().find(|s| s.id == id)
    }

    /// The claims of `group`, in the group's order.
    pub fn group_claims<'a>(
        &'a self,
        group: &'a GroupRecord,
    ) -> impl Iterator<Item = &'a ClaimRecord> + 'a {
        group.claims.iter().filter_map(|id| self.claim(id))
    }

    /// Whether any group is a conflict.
    pub fn has_conflicts(&self) -> bool {
        self.groups.iter().any(|g| g.verdict == Verdict::Conflict)
    }

    /// The JSON of `REPORT-SCHEMA.md`, pretty-printed.
    ///
    /// # Errors
    /// Only if serialization fails, which the report's types do not do.
    pub fn to_json(&self) -> serde_json::Result<String> {
        serde_json::to_string_pretty(self)
    }

    /// Writes [`Report::to_json`]'s JSON and a final newline to `w`, without holding it
    /// as one string (for a big corpus it is larger than the texts).
    ///
    /// # Errors
    /// When `w` fails.
    pub fn to_writer<W: std::io::Write>(&self, mut w: W) -> serde_json::Result<()> {
        serde_json::to_writer_pretty(&mut w, self)?;
        w.write_all(b"\n").map_err(serde_json::Error::io)
    }

    /// The report narrowed to `selection`: the groups kept, their claims, and the stories
    /// they belong to. Documents, copies and sources stay whole, so the reader still sees
    /// what was read.
    pub fn select(mut self, selection: Selection) -> Report {
        let keep = |g: &GroupRecord| match selection {
            Selection::All => true,
            Selection::Groups => g.verdict != Verdict::Single,
            Selection::Conflicts => g.verdict == Verdict::Conflict,
        };
        if selection == Selection::All {
            return self;
        }
        self.groups.retain(keep);
        let groups: HashSet<&str> = self.groups.iter().map(|g| g.id.as_str()).collect();
        let claims: HashSet<&str> = self
            .groups
            .iter()
            .flat_map(|g| g.claims.iter().map(String::as_str))
            .collect();
        self.claims.retain(|c| claims.contains(c.id.as_str()));
        for s in &mut self.stories {
            s.groups.retain(|g| groups.contains(g.as_str()));
        }
        self.stories.retain(|s| !s.groups.is_empty());
        self
    }
}
