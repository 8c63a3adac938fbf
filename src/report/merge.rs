//! Reports of parts of one feed made into one: ids moved past those already used, and a
//! report appended to another.

use super::Report;

impl Report {
    /// Appends the report of another part of the same feed (say, the next story of
    /// [`crate::Reconciler::reconcile_by_story`]): its documents, claims, groups,
    /// dependencies and stories follow this report's, and sources with one name pool
    /// their claims (reliability is computed again from the pooled counts). Ids are kept:
    /// the parts must not share any (those of `reconcile_by_story` do not).
    ///
    /// ```
    /// use crosscheck::{Document, Reconciler, Report};
    /// let rec = Reconciler::new();
    /// let a = rec.reconcile(&[Document::new("a", "The fire killed 12 people.")]);
    /// let mut b = rec.reconcile(&[Document::new("b", "The flood killed 40 people.")]);
    /// b.shift_ids(a.claims.len(), a.groups.len(), a.stories.len());
    /// let mut all = a;
    /// all.append(b);
    /// assert_eq!(all.claims.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["c1", "c2"]);
    /// assert_eq!(all.sources.len(), 2);
    /// ```
    pub fn append(&mut self, other: Report) {
        self.documents.extend(other.documents);
        self.claims.extend(other.claims);
        self.groups.extend(other.groups);
        self.dependencies.extend(other.dependencies);
        self.stories.extend(other.stories);
        for s in other.sources {
            match self.sources.iter_mut().find(|m| m.source == s.source) {
                Some(m) => {
                    m.claims += s.claims;
                    m.checked += s.checked;
                    m.held += s.held;
                    m.reliability = rounded(crate::consensus::reliability(m.checked, m.held));
                }
                None => self.sources.push(s),
            }
        }
        self.sources.sort_by(|a, b| a.source.cmp(&b.source));
        self.work.candidate_pairs += other.work.candidate_pairs;
        self.work.merge_steps += other.work.merge_steps;
        self.work.listed_conflicts += other.work.listed_conflicts;
    }

    /// Numbers claims, groups and stories after `claims`, `groups` and `stories` ids
    /// already used (`c1` becomes `c{claims + 1}`, `s2b` becomes `s{stories + 2}b`),
    /// everywhere they are named. Give the counts of the earlier report as it was made:
    /// after [`Report::select`] it holds fewer claims and groups than its ids number.
    pub fn shift_ids(&mut self, claims: usize, groups: usize, stories: usize) {
        let group = |id: &mut String| shift(id, 'g', groups);
        let story = |id: &mut String| shift(id, 's', stories);
        self.claim_ids_mut(|id| shift(id, 'c', claims));
        for g in &mut self.groups {
            group(&mut g.id);
            story(&mut g.story);
        }
        for s in &mut self.stories {
            story(&mut s.id);
            s.groups.iter_mut().for_each(group);
            if let Some(b) = &mut s.background_of {
                story(b);
            }
        }
    }
}

impl Report {
    /// Every place a claim id is written: the claims' own, and the groups' members,
    /// outliers, conflicts and updates.
    pub(crate) fn claim_ids_mut(&mut self, mut f: impl FnMut(&mut String)) {
        for c in &mut self.claims {
            f(&mut c.id);
        }
        for g in &mut self.groups {
            g.claims.iter_mut().for_each(&mut f);
            g.outliers.iter_mut().for_each(&mut f);
            for c in &mut g.conflicts {
                f(&mut c.a);
                f(&mut c.b);
            }
            for u in &mut g.updates {
                f(&mut u.from);
                f(&mut u.to);
            }
        }
    }
}

/// A reliability rounded as reports give it.
fn rounded(r: f64) -> f64 {
    (r * 1000.0).round() / 1000.0
}

/// `p<n><rest>` with `n` moved on by `by` (`s2b` by 3 is `s5b`); other ids are kept.
fn shift(id: &mut String, prefix: char, by: usize) {
    let Some(rest) = id.strip_prefix(prefix) else {
        return;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if let Ok(n) = rest[..digits].parse::<usize>() {
        *id = format!("{prefix}{}{}", n + by, &rest[digits..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consensus::PRIOR;

    #[test]
    fn shift_moves_the_number_and_keeps_the_rest() {
        let mut id = "s2b".to_string();
        shift(&mut id, 's', 3);
        assert_eq!(id, "s5b");
        let mut other = "x7".to_string();
        shift(&mut other, 's', 3);
        assert_eq!(other, "x7");
        let mut part = "doc#3".to_string();
        shift(&mut part, 'c', 3);
        assert_eq!(part, "doc#3");
    }

    #[test]
    fn pooled_reliability_is_rounded_as_reported() {
        assert_eq!(rounded(crate::consensus::reliability(0, 0)), PRIOR);
        assert_eq!(rounded(crate::consensus::reliability(8, 8)), 0.96);
    }
}
