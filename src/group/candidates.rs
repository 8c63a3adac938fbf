//! Candidate pairs: which claims of a block are worth comparing at all.
//!
//! Blocks never span two stories (see [`super::block_key`]), so the claims of one block
//! already report one event: every pair across its documents is a candidate. A block of
//! one huge story (thousands of claims of one kind) is chained instead of compared pair by
//! pair: each claim meets the next [`NEIGHBOURS`] of its document, and each document the
//! next [`NEIGHBOURS`] documents of the block, so the cost follows the size of the input.

use super::{Block, GroupOptions, Member};
use rayon::prelude::*;

/// Pairs of member indices.
pub(super) type Pairs = Vec<(u32, u32)>;

/// Most claims of one block a claim is paired with within its document, and most
/// documents of a big block a document is paired with.
const NEIGHBOURS: usize = 32;

/// Candidate pairs `(i, j)`, `i < j`, of each block, sorted and without repeats.
pub(super) fn candidate_pairs(
    members: &[Member<'_>],
    opts: &GroupOptions,
    blocks: &[Block<'_>],
) -> Vec<Pairs> {
    blocks
        .par_iter()
        .map(|block| {
            let mut out: Pairs = Vec::new();
            // The block's claims by document, in text order (ids ascend).
            let mut by_doc: Vec<(usize, u32)> = block
                .ids
                .iter()
                .map(|&i| (members[i].document, i as u32))
                .collect();
            by_doc.sort_unstable();
            let docs: Vec<&[(usize, u32)]> = by_doc.chunk_by(|a, b| a.0 == b.0).collect();
            for claims in &docs {
                for (x, &(_, i)) in claims.iter().enumerate() {
                    for &(_, j) in claims[x + 1..].iter().take(NEIGHBOURS) {
                        out.push((i.min(j), i.max(j)));
                    }
                }
            }
            let small = block.ids.len() <= opts.max_bucket;
            for (x, a) in docs.iter().enumerate() {
                let later = &docs[x + 1..];
                let later = if small {
                    later
                } else {
                    &later[..later.len().min(NEIGHBOURS)]
                };
                for b in later {
                    cross_pairs(a, b, &mut out);
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// Pairs across two documents' claims of one block: all of them, or a band of
/// [`NEIGHBOURS`] around the same relative place when both are long.
fn cross_pairs(a: &[(usize, u32)], b: &[(usize, u32)], out: &mut Pairs) {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() <= NEIGHBOURS {
        for &(_, i) in short {
            for &(_, j) in long {
                out.push((i.min(j), i.max(j)));
            }
        }
        return;
    }
    for (x, &(_, i)) in long.iter().enumerate() {
        let at = x * short.len() / long.len();
        let lo = at.saturating_sub(NEIGHBOURS / 2);
        let hi = (lo + NEIGHBOURS).min(short.len());
        for &(_, j) in &short[lo..hi] {
            out.push((i.min(j), i.max(j)));
        }
    }
}
