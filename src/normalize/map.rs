//! The offset map from normalized text back to the original.
//!
//! Only changed pieces are stored; between them the two texts are byte-identical, so an
//! offset there maps by a constant shift. Memory is proportional to the number of changes,
//! not to the text's length.

/// One replaced piece: `norm_len` bytes of normalized text at `norm_start` came from
/// `orig_len` bytes of original text at `orig_start`. `norm_len == 0` is a deletion.
/// Lengths are `u32` (24 bytes a piece): pieces are bounded by the unit and run caps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Seg {
    pub norm_start: usize,
    pub orig_start: usize,
    pub norm_len: u32,
    pub orig_len: u32,
}

impl Seg {
    fn norm_end(&self) -> usize {
        self.norm_start + self.norm_len as usize
    }
    fn orig_end(&self) -> usize {
        self.orig_start + self.orig_len as usize
    }
}

/// Segments sorted by normalized (and original) position, identity between them.
#[derive(Debug, Clone, Default)]
pub(super) struct OffsetMap {
    segs: Vec<Seg>,
}

impl OffsetMap {
    /// Appends a piece; pieces must come in text order. Adjacent deletions are merged.
    pub fn push(&mut self, seg: Seg) {
        if let Some(last) = self.segs.last_mut() {
            debug_assert!(seg.norm_start >= last.norm_end() && seg.orig_start >= last.orig_end());
            if seg.norm_len == 0
                && last.norm_len == 0
                && last.norm_start == seg.norm_start
                && last.orig_end() == seg.orig_start
            {
                if let Some(len) = last.orig_len.checked_add(seg.orig_len) {
                    last.orig_len = len;
                    return;
                }
            }
        }
        self.segs.push(seg);
    }

    /// The map after a later pass replaced normalized bytes `start..end` with `new_len`
    /// bytes: the changed middle becomes one piece, covering the original bytes of whatever
    /// it holds; pieces wholly before and after it are kept (after it, shifted).
    pub fn respliced(&self, start: usize, end: usize, new_len: usize) -> OffsetMap {
        let orig_start = self.start(start);
        let orig_end = self.end(end).max(orig_start);
        let mut out = OffsetMap::default();
        for s in self
            .segs
            .iter()
            .filter(|s| s.norm_end() <= start && s.orig_end() <= orig_start)
        {
            out.push(*s);
        }
        out.push(Seg {
            norm_start: start,
            orig_start,
            norm_len: u32::try_from(new_len).unwrap_or(u32::MAX),
            orig_len: u32::try_from(orig_end - orig_start).unwrap_or(u32::MAX),
        });
        for s in self
            .segs
            .iter()
            .filter(|s| s.norm_start >= end && s.orig_start >= orig_end)
        {
            out.push(Seg {
                norm_start: s.norm_start - end + start + new_len,
                ..*s
            });
        }
        out
    }

    /// Number of stored pieces.
    pub fn len(&self) -> usize {
        self.segs.len()
    }

    /// Identity-shifted original offset for normalized offset `p` just after `segs[..idx]`.
    fn shifted(&self, idx: usize, p: usize) -> usize {
        match idx.checked_sub(1).map(|i| &self.segs[i]) {
            Some(s) => s.orig_end() + (p - s.norm_end()),
            None => p,
        }
    }

    /// Where a range starting at normalized offset `p` starts in the original: the start of
    /// the replaced piece `p` falls inside, else the shifted offset past any deletions at `p`.
    pub fn start(&self, p: usize) -> usize {
        let idx = self.segs.partition_point(|s| s.norm_end() <= p);
        match self.segs.get(idx) {
            Some(s) if s.norm_start < p => s.orig_start,
            _ => self.shifted(idx, p),
        }
    }

    /// Where a range ending at normalized offset `p` ends in the original: the end of the
    /// replaced piece `p` falls inside, else the shifted offset before any deletions at `p`.
    pub fn end(&self, p: usize) -> usize {
        // Pieces wholly before p, leaving out deletions sitting exactly at p. Deletions at p
        // follow any non-empty piece ending at p in the sorted order, so this is monotone.
        let idx = self
            .segs
            .partition_point(|s| s.norm_end() < p || (s.norm_end() == p && s.norm_start < p));
        match self.segs.get(idx) {
            Some(s) if s.norm_start < p => s.orig_end(),
            _ => self.shifted(idx, p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seg(norm_start: usize, orig_start: usize, norm_len: u32, orig_len: u32) -> Seg {
        Seg {
            norm_start,
            orig_start,
            norm_len,
            orig_len,
        }
    }

    #[test]
    fn identity_when_empty() {
        let m = OffsetMap::default();
        assert_eq!((m.start(3), m.end(7)), (3, 7));
    }

    #[test]
    fn replaced_and_deleted_pieces() {
        // original: "ab" + "’"(3 bytes) + "c" + ZWSP(3) + "d"
        // normal:   "ab" + "'"         + "c" +         + "d"
        let mut m = OffsetMap::default();
        m.push(seg(2, 2, 1, 3));
        m.push(seg(4, 6, 0, 3));
        assert_eq!(m.start(0), 0);
        assert_eq!(m.start(2), 2);
        assert_eq!(m.end(3), 5);
        assert_eq!(m.start(3), 5);
        assert_eq!(m.end(4), 6); // "c" ends before the deletion
        assert_eq!(m.start(4), 9); // "d" starts after it
        assert_eq!(m.end(5), 10);
    }

    #[test]
    fn adjacent_deletions_merge() {
        let mut m = OffsetMap::default();
        m.push(seg(0, 0, 0, 3));
        m.push(seg(0, 3, 0, 3));
        assert_eq!(m.len(), 1);
        assert_eq!(m.start(0), 6);
        assert_eq!(m.end(0), 0);
    }
}
