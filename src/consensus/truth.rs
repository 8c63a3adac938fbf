//! Truth discovery over plain `(source, object, value)` claims.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// One source's claim that `object` has `value`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observation {
    /// Who makes the claim (an outlet, an editor, a bot).
    pub source: String,
    /// What the claim is about (`"boston, massachusetts_2005"`).
    pub object: String,
    /// The claimed value.
    pub value: f64,
}

impl Observation {
    /// Builds an observation.
    pub fn new(source: impl Into<String>, object: impl Into<String>, value: f64) -> Self {
        Observation {
            source: source.into(),
            object: object.into(),
            value,
        }
    }
}

/// The outcome of [`TruthDiscovery::run`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Resolution {
    /// The estimate for every object that has at least one finite value.
    pub estimates: BTreeMap<String, ObjectEstimate>,
    /// The learned reliability of every source with at least one finite value.
    pub sources: BTreeMap<String, SourceReliability>,
}

/// The best value for one object.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ObjectEstimate {
    /// The chosen value: always one of the claimed values.
    pub value: f64,
    /// Observations within the tolerance of `value` (they back it).
    pub support: usize,
    /// Observations further than the tolerance from `value` (they are overruled).
    pub outliers: usize,
    /// 0-1: the backers' share of the weighted vote times the chance that not all backers
    /// are wrong. A ranking score, not a calibrated probability.
    pub confidence: f64,
}

/// How far a source is trusted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceReliability {
    /// 0-1: estimated share of the source's claims that are right, shrunk toward a prior.
    pub reliability: f64,
    /// Observations the source made (finite values only).
    pub claims: usize,
}

type GroupFn = Arc<dyn Fn(&str) -> String + Send + Sync>;

/// Iterative, reliability-weighted truth discovery (see the [module docs](super)).
///
/// ```
/// use crosscheck::consensus::{Observation, TruthDiscovery};
/// let obs = vec![
///     Observation::new("a", "x", 100.0),
///     Observation::new("b", "x", 100.0),
///     Observation::new("c", "x", 100_000_000.0), // vandalised
/// ];
/// let r = TruthDiscovery::new().run(&obs);
/// assert_eq!(r.estimates["x"].value, 100.0);
/// assert_eq!(r.estimates["x"].outliers, 1);
/// assert!(r.sources["a"].reliability < 1.0); // one claim is not proof
/// ```
#[derive(Clone)]
pub struct TruthDiscovery {
    max_iterations: usize,
    tolerance: f64,
    prior_reliability: f64,
    prior_strength: f64,
    group_prior_strength: f64,
    rounded_weight: f64,
    near_support: f64,
    near_scale: f64,
    group: Option<GroupFn>,
}

impl fmt::Debug for TruthDiscovery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TruthDiscovery")
            .field("max_iterations", &self.max_iterations)
            .field("tolerance", &self.tolerance)
            .field("prior_reliability", &self.prior_reliability)
            .field("prior_strength", &self.prior_strength)
            .field("group_prior_strength", &self.group_prior_strength)
            .field("rounded_weight", &self.rounded_weight)
            .field("near_support", &self.near_support)
            .field("near_scale", &self.near_scale)
            .field("grouped", &self.group.is_some())
            .finish()
    }
}

impl Default for TruthDiscovery {
    fn default() -> Self {
        Self::new()
    }
}

impl TruthDiscovery {
    /// Default iteration cap.
    pub const DEFAULT_MAX_ITERATIONS: usize = 20;
    /// Default relative tolerance within which two values agree (0.1 %).
    pub const DEFAULT_TOLERANCE: f64 = 0.001;
    /// Default prior reliability of a source nothing is known about.
    pub const DEFAULT_PRIOR_RELIABILITY: f64 = 0.7;
    /// Default weight of the prior, in pseudo-claims, when shrinking a source.
    pub const DEFAULT_PRIOR_STRENGTH: f64 = 2.0;
    /// Default weight of the prior, in pseudo-claims, when shrinking a source group.
    pub const DEFAULT_GROUP_PRIOR_STRENGTH: f64 = 10.0;
    /// Default vote multiplier for rounded figures (whole thousands).
    pub const DEFAULT_ROUNDED_WEIGHT: f64 = 0.5;
    /// Default share of a vote that a near (but not agreeing) value lends.
    pub const DEFAULT_NEAR_SUPPORT: f64 = 0.3;
    /// Default relative distance over which near support decays by `e`.
    pub const DEFAULT_NEAR_SCALE: f64 = 0.2;

    /// The defaults: 20 iterations, 0.1 % tolerance, prior reliability 0.7 worth 2 claims,
    /// group prior worth 10 claims, rounded figures vote at half weight, near values lend
    /// 30 % support decaying over 20 % relative distance, no source groups.
    pub fn new() -> Self {
        TruthDiscovery {
            max_iterations: Self::DEFAULT_MAX_ITERATIONS,
            tolerance: Self::DEFAULT_TOLERANCE,
            prior_reliability: Self::DEFAULT_PRIOR_RELIABILITY,
            prior_strength: Self::DEFAULT_PRIOR_STRENGTH,
            group_prior_strength: Self::DEFAULT_GROUP_PRIOR_STRENGTH,
            rounded_weight: Self::DEFAULT_ROUNDED_WEIGHT,
            near_support: Self::DEFAULT_NEAR_SUPPORT,
            near_scale: Self::DEFAULT_NEAR_SCALE,
            group: None,
        }
    }

    /// How many times reliabilities are re-estimated at most (it stops earlier once they
    /// settle). `0` gives a plain vote weighted by the prior: majority voting.
    pub fn max_iterations(mut self, n: usize) -> Self {
        self.max_iterations = n;
        self
    }

    /// Relative difference up to which two values count as the same (`0.0`: exact equality).
    ///
    /// # Panics
    /// If `t` is negative or not finite.
    pub fn tolerance(mut self, t: f64) -> Self {
        assert!(
            t.is_finite() && t >= 0.0,
            "tolerance must be finite and >= 0"
        );
        self.tolerance = t;
        self
    }

    /// Reliability assumed before any evidence (strictly between 0 and 1).
    ///
    /// # Panics
    /// If `p` is not in `(0, 1)`.
    pub fn prior_reliability(mut self, p: f64) -> Self {
        assert!(p > 0.0 && p < 1.0, "prior reliability must be in (0, 1)");
        self.prior_reliability = p;
        self
    }

    /// How many pseudo-claims the prior is worth when a source's reliability is estimated:
    /// a source with `n` contested claims is shrunk toward its group's prior by
    /// `strength / (n + strength)`. Must be positive, so that no source reaches 1.0.
    ///
    /// # Panics
    /// If `strength` is not finite and positive.
    pub fn prior_strength(mut self, strength: f64) -> Self {
        assert!(
            strength.is_finite() && strength > 0.0,
            "prior strength must be finite and > 0"
        );
        self.prior_strength = strength;
        self
    }

    /// Pseudo-claims for shrinking a source group's reliability toward the prior.
    ///
    /// # Panics
    /// If `strength` is not finite and positive.
    pub fn group_prior_strength(mut self, strength: f64) -> Self {
        assert!(
            strength.is_finite() && strength > 0.0,
            "group prior strength must be finite and > 0"
        );
        self.group_prior_strength = strength;
        self
    }

    /// Vote multiplier (0-1) for rounded figures, non-zero whole multiples of 1,000: a
    /// round figure is more often an approximation than a measurement. `1.0` disables it.
    ///
    /// # Panics
    /// If `w` is not in `(0, 1]`.
    pub fn rounded_weight(mut self, w: f64) -> Self {
        assert!(w > 0.0 && w <= 1.0, "rounded weight must be in (0, 1]");
        self.rounded_weight = w;
        self
    }

    /// Lets values outside the tolerance still lend `share * exp(-d / scale)` of their vote,
    /// `d` being the relative difference, so that a cluster of near values beats a far one
    /// (as TruthFinder's implication between facts). `share = 0.0` disables it.
    ///
    /// # Panics
    /// If `share` is not in `[0, 1)` or `scale` is not finite and positive.
    pub fn near_support(mut self, share: f64, scale: f64) -> Self {
        assert!(
            (0.0..1.0).contains(&share),
            "near support must be in [0, 1)"
        );
        assert!(
            scale.is_finite() && scale > 0.0,
            "near scale must be finite and > 0"
        );
        self.near_support = share;
        self.near_scale = scale;
        self
    }

    /// Puts sources in groups (e.g. anonymous vs registered editors) whose reliability is
    /// learned from their members' agreement and serves as the prior of each member.
    /// Sources with few claims then inherit what is known of their kind.
    pub fn source_groups(mut self, group: impl Fn(&str) -> String + Send + Sync + 'static) -> Self {
        self.group = Some(Arc::new(group));
        self
    }

    /// Runs truth discovery. Observations with non-finite values are ignored; a source's
    /// repeated identical claim about one object counts once, and a source claiming several
    /// values for one object splits its vote among them. Ties go to the value first seen in
    /// `obs`, so callers can order observations by priority (e.g. most recent first).
    pub fn run(&self, obs: &[Observation]) -> Resolution {
        let problem = Problem::build(obs, self.group.as_deref());
        let mut rel = vec![self.prior_reliability; problem.sources.len()];
        let mut picks = self.pick_all(&problem, &rel);
        for _ in 0..self.max_iterations {
            let next = self.reliabilities(&problem, &picks);
            let delta = next
                .iter()
                .zip(&rel)
                .map(|(a, b)| (a - b).abs())
                .fold(0.0, f64::max);
            rel = next;
            let next_picks = self.pick_all(&problem, &rel);
            let same = next_picks
                .iter()
                .zip(&picks)
                .all(|(a, b)| a.value.to_bits() == b.value.to_bits());
            picks = next_picks;
            if same && delta < 1e-12 {
                break;
            }
        }
        self.resolution(&problem, &rel, &picks)
    }

    fn agree(&self, a: f64, b: f64) -> bool {
        agree(a, b, self.tolerance)
    }

    /// Vote a claim of `value` lends to the candidate `candidate`.
    fn similarity(&self, candidate: f64, value: f64) -> f64 {
        if self.agree(candidate, value) {
            return 1.0;
        }
        if self.near_support == 0.0 {
            return 0.0;
        }
        let d = relative_difference(candidate, value);
        self.near_support * (-d / self.near_scale).exp()
    }

    fn claim_weight(&self, claim: &Claim, rel: &[f64]) -> f64 {
        let rounded = if is_rounded(claim.value) {
            self.rounded_weight
        } else {
            1.0
        };
        rel[claim.source] * claim.share * rounded
    }

    fn pick_all(&self, p: &Problem, rel: &[f64]) -> Vec<Pick> {
        p.objects.iter().map(|o| self.pick(o, rel)).collect()
    }

    /// The weighted vote for one object.
    fn pick(&self, object: &Object, rel: &[f64]) -> Pick {
        // Collapse equal values: the vote is over distinct values.
        let mut values: Vec<Candidate> = Vec::new();
        for c in &object.claims {
            let w = self.claim_weight(c, rel);
            match values
                .iter_mut()
                .find(|v| v.value.to_bits() == c.value.to_bits())
            {
                Some(v) => v.mass += w,
                None => values.push(Candidate {
                    value: c.value,
                    mass: w,
                    first: c.order,
                    score: 0.0,
                }),
            }
        }
        for i in 0..values.len() {
            let v = values[i].value;
            values[i].score = values
                .iter()
                .map(|u| u.mass * self.similarity(v, u.value))
                .sum();
        }
        // Highest score; then the value claimed by most weight itself; then first seen.
        let best = values
            .iter()
            .max_by(|a, b| {
                cmp_close(a.score, b.score)
                    .then(cmp_close(a.mass, b.mass))
                    .then(b.first.cmp(&a.first))
            })
            .map(|c| (c.value, c.score))
            .unwrap_or((f64::NAN, 0.0));
        // Other clusters tied with the winner: credit is split among them, so that an
        // arbitrary tie-break cannot reward one side and lock it in as "reliable".
        let mut tied: Vec<f64> = vec![best.0];
        let mut ordered: Vec<&Candidate> = values.iter().collect();
        ordered.sort_by_key(|c| c.first);
        for c in ordered {
            if cmp_close(c.score, best.1).is_eq() && !tied.iter().any(|&t| self.agree(t, c.value)) {
                tied.push(c.value);
            }
        }
        Pick {
            value: best.0,
            tied,
        }
    }

    fn reliabilities(&self, p: &Problem, picks: &[Pick]) -> Vec<f64> {
        let n = p.sources.len();
        let mut credit = vec![0.0; n];
        let mut count = vec![0.0; n];
        for (o, pick) in p.objects.iter().zip(picks) {
            // An uncontested object tells nothing about its only source.
            if !o.contested {
                continue;
            }
            let share = 1.0 / pick.tied.len() as f64;
            for c in &o.claims {
                count[c.source] += c.share;
                if pick.tied.iter().any(|&t| self.agree(t, c.value)) {
                    credit[c.source] += c.share * share;
                }
            }
        }
        let mut g_credit = vec![0.0; p.groups];
        let mut g_count = vec![0.0; p.groups];
        for s in 0..n {
            g_credit[p.group_of[s]] += credit[s];
            g_count[p.group_of[s]] += count[s];
        }
        let p0 = self.prior_reliability;
        let group_prior: Vec<f64> = g_credit
            .iter()
            .zip(&g_count)
            .map(|(c, k)| (c + self.group_prior_strength * p0) / (k + self.group_prior_strength))
            .collect();
        (0..n)
            .map(|s| {
                let prior = group_prior[p.group_of[s]];
                (credit[s] + self.prior_strength * prior) / (count[s] + self.prior_strength)
            })
            .collect()
    }

    fn resolution(&self, p: &Problem, rel: &[f64], picks: &[Pick]) -> Resolution {
        let mut estimates = BTreeMap::new();
        for (o, pick) in p.objects.iter().zip(picks) {
            let mut support = 0;
            let mut outliers = 0;
            let mut backing = 0.0;
            let mut total = 0.0;
            let mut all_wrong = 1.0;
            for c in &o.claims {
                let w = self.claim_weight(c, rel);
                total += w;
                if self.agree(pick.value, c.value) {
                    support += c.copies;
                    backing += w;
                    all_wrong *= 1.0 - rel[c.source];
                } else {
                    outliers += c.copies;
                }
            }
            let share = if total > 0.0 { backing / total } else { 0.0 };
            estimates.insert(
                o.name.clone(),
                ObjectEstimate {
                    value: pick.value,
                    support,
                    outliers,
                    confidence: (share * (1.0 - all_wrong)).clamp(0.0, 1.0),
                },
            );
        }
        let sources = p
            .sources
            .iter()
            .zip(rel)
            .zip(&p.claims_of)
            .map(|((name, &reliability), &claims)| {
                (
                    name.clone(),
                    SourceReliability {
                        reliability,
                        claims,
                    },
                )
            })
            .collect();
        Resolution { estimates, sources }
    }
}

/// Whether `a` and `b` differ by at most `tol` relative to the larger magnitude.
fn agree(a: f64, b: f64, tol: f64) -> bool {
    a == b || (a - b).abs() <= tol * a.abs().max(b.abs())
}

/// `|a - b| / max(|a|, |b|)`: 0 when equal, up to 2 for opposite signs.
fn relative_difference(a: f64, b: f64) -> f64 {
    let m = a.abs().max(b.abs());
    if m == 0.0 {
        0.0
    } else {
        (a - b).abs() / m
    }
}

/// A non-zero whole multiple of 1,000: likely a rounded figure.
fn is_rounded(v: f64) -> bool {
    v != 0.0 && v.abs() < 1e15 && (v / 1000.0).fract() == 0.0
}

/// Orders two sums of floats, treating a relative difference below 1e-9 as equal (sums
/// in a different order must not break ties differently).
fn cmp_close(a: f64, b: f64) -> std::cmp::Ordering {
    if (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) {
        std::cmp::Ordering::Equal
    } else {
        a.total_cmp(&b)
    }
}

struct Candidate {
    value: f64,
    mass: f64,
    first: usize,
    score: f64,
}

struct Pick {
    value: f64,
    /// The winner and the values tied with it, one per cluster.
    tied: Vec<f64>,
}

/// One source's distinct value for one object.
struct Claim {
    source: usize,
    value: f64,
    /// 1 / number of distinct values this source gives for the object.
    share: f64,
    /// Input position of the first observation carrying it (for tie-breaks).
    order: usize,
    /// Observations carrying it (repeats included).
    copies: usize,
}

struct Object {
    name: String,
    claims: Vec<Claim>,
    /// Whether at least two sources speak about the object.
    contested: bool,
}

struct Problem {
    sources: Vec<String>,
    claims_of: Vec<usize>,
    group_of: Vec<usize>,
    groups: usize,
    objects: Vec<Object>,
}

impl Problem {
    fn build(
        obs: &[Observation],
        group: Option<&(dyn Fn(&str) -> String + Send + Sync)>,
    ) -> Problem {
        let finite = || obs.iter().enumerate().filter(|(_, o)| o.value.is_finite());
        let mut source_ix: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, o) in finite() {
            source_ix.insert(&o.source, 0);
        }
        for (i, v) in source_ix.values_mut().enumerate() {
            *v = i;
        }
        let sources: Vec<String> = source_ix.keys().map(|s| s.to_string()).collect();
        let mut claims_of = vec![0; sources.len()];
        let mut group_ix: BTreeMap<String, usize> = BTreeMap::new();
        let group_names: Vec<String> = sources
            .iter()
            .map(|s| group.map_or_else(String::new, |g| g(s)))
            .collect();
        for g in &group_names {
            let next = group_ix.len();
            group_ix.entry(g.clone()).or_insert(next);
        }
        let group_of = group_names.iter().map(|g| group_ix[g]).collect();

        // object -> source -> (value bits -> (first order, copies)), all in sorted order.
        type Values = BTreeMap<u64, (f64, usize, usize)>;
        let mut by_object: BTreeMap<&str, BTreeMap<usize, Values>> = BTreeMap::new();
        for (i, o) in finite() {
            let s = source_ix[o.source.as_str()];
            claims_of[s] += 1;
            // +0.0 and -0.0 are one value.
            let v = if o.value == 0.0 { 0.0 } else { o.value };
            let e = by_object
                .entry(&o.object)
                .or_default()
                .entry(s)
                .or_default()
                .entry(v.to_bits())
                .or_insert((v, i, 0));
            e.2 += 1;
        }
        let objects = by_object
            .into_iter()
            .map(|(name, per_source)| {
                let contested = per_source.len() > 1;
                let mut claims: Vec<Claim> = per_source
                    .into_iter()
                    .flat_map(|(source, values)| {
                        let share = 1.0 / values.len() as f64;
                        values
                            .into_values()
                            .map(move |(value, order, copies)| Claim {
                                source,
                                value,
                                share,
                                order,
                                copies,
                            })
                    })
                    .collect();
                claims.sort_by_key(|c| c.order);
                Object {
                    name: name.to_string(),
                    claims,
                    contested,
                }
            })
            .collect();
        Problem {
            sources,
            claims_of,
            group_of,
            groups: group_ix.len(),
            objects,
        }
    }
}
