//! One union-find for every stage that joins things transitively (claims into groups,
//! documents into voices): the smaller index is always the root, so a partition does not
//! depend on the order its pairs came in.

/// Disjoint sets over `0..n`.
#[derive(Debug, Clone)]
pub(crate) struct UnionFind(Vec<usize>);

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> UnionFind {
        UnionFind((0..n).collect())
    }

    /// The root of `x`'s set: its smallest member.
    pub fn find(&mut self, x: usize) -> usize {
        let mut r = x;
        while self.0[r] != r {
            r = self.0[r];
        }
        let mut y = x;
        while self.0[y] != r {
            let next = self.0[y];
            self.0[y] = r;
            y = next;
        }
        r
    }

    /// Joins the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::UnionFind;

    #[test]
    fn the_smallest_member_is_the_root_whatever_the_order() {
        let mut a = UnionFind::new(5);
        a.union(4, 2);
        a.union(2, 3);
        let mut b = UnionFind::new(5);
        b.union(3, 2);
        b.union(4, 3);
        for i in 0..5 {
            assert_eq!(a.find(i), b.find(i));
        }
        assert_eq!(a.find(4), 2);
        assert_eq!(a.find(1), 1);
    }
}
