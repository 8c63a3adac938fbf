//! Source reliability from the claims of news stories, learned across groups.
//!
//! A source (an outlet, else a document) earns reliability by making claims that hold in
//! the consensus of groups where at least two independent voices speak. The consensus is
//! weighted by reliability, so the two are computed in turn for a few rounds, in the
//! spirit of TruthFinder. Shrinkage toward a prior keeps a source with few checked claims
//! near the prior: one right claim does not make a source perfect.

use super::group::{estimate, estimate_quietly, Evidence, GroupEstimate};
use crate::claim::Claim;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Reliability before any evidence.
pub const PRIOR: f64 = 0.8;
/// How many checked claims the prior is worth.
pub const PRIOR_STRENGTH: f64 = 2.0;
/// Rounds of alternating consensus and reliability.
pub const ROUNDS: usize = 3;

/// A source's reliability from its claims checked against the consensus and those of
/// them that held, shrunk toward [`PRIOR`] by [`PRIOR_STRENGTH`] claims' worth.
pub fn reliability(checked: usize, held: usize) -> f64 {
    (held as f64 + PRIOR_STRENGTH * PRIOR) / (checked as f64 + PRIOR_STRENGTH)
}

/// One claim as the consensus sees it.
#[derive(Debug, Clone, Copy)]
pub struct Sourced<'a> {
    /// The claim.
    pub claim: &'a Claim,
    /// Its independent voice (documents that copy each other share one).
    pub voice: usize,
    /// Index of its source in the source list.
    pub source: usize,
}

/// A source's reliability and the claims behind it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// The outlet, else the document id.
    pub source: String,
    /// Estimated share of its claims that hold, shrunk toward the prior.
    pub reliability: f64,
    /// Its claims in the report.
    pub claims: usize,
    /// Its claims that could be checked against other independent voices.
    pub checked: usize,
    /// Of those, the ones that hold in the consensus.
    pub held: usize,
}

/// Consensus per group and reliability per source.
///
/// `groups` hold indices into `claims`; `names` are the sources' names (indexed by
/// [`Sourced::source`]). Returns one estimate per group and one record per source.
pub fn resolve(
    claims: &[Sourced<'_>],
    groups: &[Vec<usize>],
    names: &[String],
) -> (Vec<GroupEstimate>, Vec<SourceRecord>) {
    let mut weight = vec![PRIOR; names.len()];
    let mut tally = vec![(0usize, 0usize); names.len()];
    let mut estimates = Vec::new();
    for round in 0..ROUNDS {
        // Only groups with two voices or more check their sources, so earlier rounds
        // estimate only those, without explanations; the last round estimates every group.
        let last = round + 1 == ROUNDS;
        estimates = groups
            .par_iter()
            .map(|g| {
                let voices = || g.iter().map(|&i| claims[i].voice);
                let several = voices().any(|v| Some(v) != voices().next());
                if last {
                    estimate(&evidence(claims, g, &weight))
                } else if several {
                    estimate_quietly(&evidence(claims, g, &weight))
                } else {
                    GroupEstimate::default()
                }
            })
            .collect();
        tally = vec![(0, 0); names.len()];
        for (g, est) in groups.iter().zip(&estimates) {
            if est.independent_voices < 2 {
                continue;
            }
            for (k, &i) in g.iter().enumerate() {
                let c = &claims[i];
                if !c.claim.is_asserted() {
                    continue;
                }
                let holds = !est.outliers.contains(&k)
                    && est.interval.is_some_and(|iv| iv.overlaps(&c.claim.value));
                let t = &mut tally[c.source];
                t.0 += usize::from(holds);
                t.1 += 1;
            }
        }
        for (w, &(held, checked)) in weight.iter_mut().zip(&tally) {
            *w = reliability(checked, held);
        }
    }
    let mut counts: BTreeMap<usize, usize> = BTreeMap::new();
    for c in claims {
        *counts.entry(c.source).or_default() += 1;
    }
    let records = names
        .iter()
        .enumerate()
        .map(|(s, name)| SourceRecord {
            source: name.clone(),
            reliability: (weight[s] * 1000.0).round() / 1000.0,
            claims: counts.get(&s).copied().unwrap_or(0),
            checked: tally[s].1,
            held: tally[s].0,
        })
        .collect();
    (estimates, records)
}

fn evidence(claims: &[Sourced<'_>], g: &[usize], weight: &[f64]) -> Vec<Evidence> {
    g.iter()
        .map(|&i| {
            let c = &claims[i];
            // Forecasts, denials and hedges are shown but carry no weight in the estimate.
            let w = if c.claim.is_asserted() {
                weight[c.source]
            } else {
                0.0
            };
            let e = if c.claim.qualifier == crate::quantity::Qualifier::Exact {
                Evidence::exact(c.voice, c.claim.figure)
            } else {
                Evidence::qualified(c.voice, c.claim.value, c.claim.figure)
            };
            // Weighed as judged (`Claim::judged_value`): a count that only names its
            // people (`a police officer`) allows any larger toll, and wounded read from a
            // count of the shot any smaller one, yet each is still the figure when nothing
            // says otherwise.
            let e = Evidence {
                interval: c.claim.judged_value(),
                ..e
            };
            e.with_weight(w)
        })
        .collect()
}
