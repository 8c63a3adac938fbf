//! Consensus for one group of interval claims about the same quantity.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::quantity::{fmt_number, BAND};
use crate::Interval;

/// A figure is a likely error when it is this many times off the other voices' median.
pub const OUTLIER_RATIO: f64 = 10.0;

/// How many times the weight of the voices on one side of a contradiction must be that of
/// the other side's for weight alone to decide between them. Reliabilities learned from a
/// feed differ by a few hundredths between outlets that mostly hold; a gap that small is
/// no reason to call one outlet's figure an error, so more voices decide instead, and
/// with as many on each side there is no consensus.
pub const DECISIVE_WEIGHT_RATIO: f64 = 1.25;

/// One claim in a group, as seen by [`estimate`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Independent-voice id: documents that copy each other share one.
    pub voice: usize,
    /// The values the claim allows.
    pub interval: Interval,
    /// The figure as reported (the lower figure of a range).
    pub figure: f64,
    /// A bare figure (`true`) rather than a qualified or vague one.
    pub exact: bool,
    /// Reliability of the source, `1.0` by default; negative or non-finite counts as `0.0`.
    pub weight: f64,
}

impl Evidence {
    /// A bare figure from `voice`, weight 1.
    pub fn exact(voice: usize, figure: f64) -> Self {
        Evidence {
            voice,
            interval: Interval::exact(figure),
            figure,
            exact: true,
            weight: 1.0,
        }
    }

    /// A qualified or vague figure from `voice` allowing `interval`, weight 1.
    pub fn qualified(voice: usize, interval: Interval, figure: f64) -> Self {
        Evidence {
            voice,
            interval,
            figure,
            exact: false,
            weight: 1.0,
        }
    }

    /// The same evidence with another weight.
    pub fn with_weight(mut self, weight: f64) -> Self {
        self.weight = weight;
        self
    }

    fn is_valid(&self) -> bool {
        let bound_ok = |b: Option<f64>| b.is_none_or(|v| !v.is_nan());
        self.figure.is_finite()
            && bound_ok(self.interval.low)
            && bound_ok(self.interval.high)
            && !self.interval.is_empty()
    }

    fn clean_weight(&self) -> f64 {
        if self.weight.is_finite() && self.weight > 0.0 {
            self.weight
        } else {
            0.0
        }
    }
}

/// What a group of claims supports.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GroupEstimate {
    /// The consensus interval: what the retained claims all allow. `None` when no claim is
    /// usable or when voices of close weight contradict each other, as many on each side
    /// ([`DECISIVE_WEIGHT_RATIO`]).
    pub interval: Option<Interval>,
    /// The best single value, inside `interval`; `None` when `interval` is unbounded and no
    /// exact figure lies in it.
    pub point: Option<f64>,
    /// Indices into the evidence of the claims set aside: likely errors, claims
    /// contradicting the consensus, garbled copies and malformed claims. Sorted.
    pub outliers: Vec<usize>,
    /// Distinct voices among the usable claims.
    pub independent_voices: usize,
    /// One sentence saying why.
    pub explanation: String,
}

/// The consensus of a group of claims about one quantity (see the [module docs](super)).
///
/// ```
/// use crosscheck::consensus::{estimate, Evidence};
/// use crosscheck::Interval;
/// let g = estimate(&[
///     Evidence::exact(0, 43.0),
///     Evidence::exact(1, 43.0),
///     Evidence::qualified(2, Interval::above(40.0, false), 40.0),
/// ]);
/// assert_eq!(g.point, Some(43.0));
/// assert_eq!(
///     g.explanation,
///     "43 (2 independent sources) lies within 'more than 40' (1 source); consensus 43"
/// );
/// ```
pub fn estimate(evidence: &[Evidence]) -> GroupEstimate {
    estimate_with(evidence, true)
}

/// [`estimate`] without the explanation (left empty), for rounds whose words nobody reads.
pub(crate) fn estimate_quietly(evidence: &[Evidence]) -> GroupEstimate {
    estimate_with(evidence, false)
}

fn estimate_with(evidence: &[Evidence], explain: bool) -> GroupEstimate {
    let mut outliers: Vec<usize> = Vec::new();
    let mut notes: Vec<String> = Vec::new();

    // 1. Drop malformed claims.
    let mut by_voice: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut malformed = 0;
    for (i, e) in evidence.iter().enumerate() {
        if e.is_valid() {
            by_voice.entry(e.voice).or_default().push(i);
        } else {
            malformed += 1;
            outliers.push(i);
        }
    }

    // 2. One entry per voice: its most precise claim, and among equally exact ones the one
    //    most of its claims allow; copies that contradict it are garbled.
    let mut voices: Vec<Voice> = Vec::new();
    let mut garbled = 0;
    for members in by_voice.values() {
        // How many of the voice's claims allow each of them.
        let support: Vec<usize> = members
            .iter()
            .map(|&a| {
                let allows = |&&m: &&usize| evidence[m].interval.overlaps(&evidence[a].interval);
                members.iter().filter(allows).count()
            })
            .collect();
        let rep = (0..members.len())
            .min_by(|&x, &y| {
                let (a, b) = (members[x], members[y]);
                let (ea, eb) = (&evidence[a], &evidence[b]);
                let backed = if ea.exact && eb.exact {
                    support[y].cmp(&support[x])
                } else {
                    Ordering::Equal
                };
                eb.exact
                    .cmp(&ea.exact)
                    .then(backed)
                    .then(precision_order(ea, eb))
                    .then(a.cmp(&b))
            })
            .map(|x| members[x])
            .expect("a voice has at least one claim");
        let rep_e = &evidence[rep];
        let mut kept = Vec::new();
        for &m in members {
            if evidence[m].interval.overlaps(&rep_e.interval) {
                kept.push(m);
            } else {
                garbled += 1;
                outliers.push(m);
            }
        }
        voices.push(Voice {
            interval: rep_e.interval,
            figure: rep_e.figure,
            exact: rep_e.exact,
            weight: kept
                .iter()
                .map(|&m| evidence[m].clean_weight())
                .fold(0.0, f64::max),
            members: kept,
        });
    }
    let independent_voices = voices.len();

    // 3. Likely errors, looked for only when the claims conflict: a claim whose figure is
    // OUTLIER_RATIO times off the median of the others' estimates, and whose interval does
    // not even allow that median (a slipped digit, a wrong unit). One-sided bounds ("more
    // than 80", "fewer than 100") are not estimates and do not move the median.
    let all_agree = common(voices.iter().map(|v| v.interval)).is_some();
    let mut likely_errors: Vec<usize> = Vec::new(); // positions in `voices`
    if !all_agree {
        for (i, v) in voices.iter().enumerate() {
            let others: Vec<f64> = voices
                .iter()
                .enumerate()
                .filter(|&(j, o)| j != i && o.is_estimate())
                .map(|(_, o)| o.figure)
                .collect();
            if others.len() < 2 {
                continue;
            }
            let m = median(others);
            let off = v.figure > 0.0
                && m > 0.0
                && (v.figure >= OUTLIER_RATIO * m || v.figure * OUTLIER_RATIO <= m);
            if off && !v.interval.contains(m) {
                likely_errors.push(i);
            }
        }
    }
    let retained: Vec<usize> = (0..voices.len())
        .filter(|i| !likely_errors.contains(i))
        .collect();

    // 4. The consensus: all retained claims if they share a value, otherwise the heaviest
    // set that does (exact for intervals: the best-covered point), unless another comes
    // within DECISIVE_WEIGHT_RATIO of it, where more voices decide.
    let unit_weights = retained.iter().all(|&i| voices[i].weight == 0.0);
    let weight = |i: usize| if unit_weights { 1.0 } else { voices[i].weight };
    let choice = choose(&voices, &retained, weight);

    let (chosen, contradicting, ambiguous) = match choice {
        Choice::All => (retained.clone(), Vec::new(), false),
        Choice::Subset(set) => {
            let rest: Vec<usize> = retained
                .iter()
                .copied()
                .filter(|i| !set.contains(i))
                .collect();
            (set, rest, false)
        }
        Choice::Ambiguous => (Vec::new(), Vec::new(), true),
    };
    let interval = common(chosen.iter().map(|&i| voices[i].interval));
    // A set-aside voice's claims that still allow the consensus (its `multiple fatalities`
    // beside its `Four dead`, against 3) are not what it got wrong.
    for &i in likely_errors.iter().chain(&contradicting) {
        outliers.extend(
            voices[i]
                .members
                .iter()
                .filter(|&&m| interval.is_none_or(|c| !evidence[m].interval.overlaps(&c))),
        );
    }
    outliers.sort_unstable();

    // 5. The point: weighted median of the exact figures inside the consensus, else the
    // middle of a bounded consensus.
    let mut from_figures = false;
    let point = interval.and_then(|c| {
        let figures: Vec<(f64, f64)> = chosen
            .iter()
            .filter(|&&i| voices[i].exact && c.contains(voices[i].figure))
            .map(|&i| (voices[i].figure, weight(i)))
            .collect();
        if figures.is_empty() {
            match (c.low, c.high) {
                (Some(l), Some(h)) => Some(midpoint(l, h)).filter(|&m| c.contains(m)),
                _ => None,
            }
        } else {
            from_figures = true;
            Some(weighted_median(figures)).filter(|&m| c.contains(m))
        }
    });

    // 6. Explanation.
    if !explain {
        return GroupEstimate {
            interval,
            point,
            outliers,
            independent_voices,
            explanation: String::new(),
        };
    }
    let mut sentence = if ambiguous {
        format!(
            "{} contradict each other; no consensus",
            join(&describe_groups(&voices, &retained))
        )
    } else if chosen.is_empty() {
        "no usable claims".to_string()
    } else {
        let mut s = summary(&voices, &chosen);
        match (point, interval) {
            (Some(p), _) if from_figures => s.push_str(&format!("; consensus {}", fmt_number(p))),
            (Some(p), Some(c)) => s.push_str(&format!(
                "; consensus {}, the middle of {}",
                fmt_number(p),
                describe(&c)
            )),
            (None, Some(c)) => s.push_str(&format!("; consensus {}", describe(&c))),
            _ => {}
        }
        s
    };
    if !likely_errors.is_empty() {
        let groups = describe_groups(&voices, &likely_errors);
        notes.push(format!(
            "{} {} set aside as {} ({} times off the others' median)",
            join(&groups),
            plural(groups.len(), "is", "are"),
            plural(groups.len(), "a likely error", "likely errors"),
            fmt_number(OUTLIER_RATIO)
        ));
    }
    if !contradicting.is_empty() {
        let groups = describe_groups(&voices, &contradicting);
        let verb = if groups.len() == 1 {
            "contradicts it and is"
        } else {
            "contradict it and are"
        };
        // Where the set aside are as many voices as the consensus, weight decided: say so,
        // with the weights, so a reader can judge the margin.
        let agreeing = most_agreeing(&voices, &contradicting);
        let why = if agreeing >= chosen.len() && agreeing == contradicting.len() {
            let sum = |set: &[usize]| set.iter().map(|&i| weight(i)).sum::<f64>();
            format!(
                ", {} sources weighing less ({} against {})",
                if groups.len() == 1 { "its" } else { "their" },
                fmt_number((sum(&contradicting) * 100.0).round() / 100.0),
                fmt_number((sum(&chosen) * 100.0).round() / 100.0)
            )
        } else {
            String::new()
        };
        notes.push(format!("{} {verb} set aside{why}", join(&groups)));
    }
    if garbled > 0 {
        notes.push(format!(
            "{garbled} {} disagreeing with {} own source ignored",
            plural(garbled, "copy", "copies"),
            if garbled == 1 { "its" } else { "their" }
        ));
    }
    if malformed > 0 {
        notes.push(format!(
            "{malformed} malformed {} ignored",
            plural(malformed, "claim", "claims")
        ));
    }
    for n in notes {
        sentence.push_str("; ");
        sentence.push_str(&n);
    }

    GroupEstimate {
        interval,
        point,
        outliers,
        independent_voices,
        explanation: sentence,
    }
}

/// A voice after collapsing its copies.
struct Voice {
    interval: Interval,
    figure: f64,
    exact: bool,
    weight: f64,
    /// Evidence indices carrying it (garbled copies excluded).
    members: Vec<usize>,
}

impl Voice {
    /// Whether the claim estimates the value (a figure or a two-sided band) rather than
    /// only bounding it.
    fn is_estimate(&self) -> bool {
        self.exact
            || matches!((self.interval.low, self.interval.high), (Some(l), Some(_)) if l != 0.0)
    }
}

/// The values all `intervals` allow; `None` if they share none or there are none.
fn common(mut intervals: impl Iterator<Item = Interval>) -> Option<Interval> {
    let first = intervals.next()?;
    intervals.try_fold(first, |acc, i| acc.meet(&i))
}

enum Choice {
    All,
    Subset(Vec<usize>),
    Ambiguous,
}

/// Most precise first: exact, then narrower, then heavier, then by content (so that the
/// choice does not depend on input order).
fn precision_order(a: &Evidence, b: &Evidence) -> Ordering {
    b.exact
        .cmp(&a.exact)
        .then(width(&a.interval).total_cmp(&width(&b.interval)))
        .then(b.clean_weight().total_cmp(&a.clean_weight()))
        .then(content_order(a, b))
}

fn content_order(a: &Evidence, b: &Evidence) -> Ordering {
    let key = |b: Option<f64>| b.unwrap_or(f64::INFINITY);
    a.figure
        .total_cmp(&b.figure)
        .then(key(a.interval.low).total_cmp(&key(b.interval.low)))
        .then(key(a.interval.high).total_cmp(&key(b.interval.high)))
        .then(a.interval.low_inclusive.cmp(&b.interval.low_inclusive))
        .then(a.interval.high_inclusive.cmp(&b.interval.high_inclusive))
}

fn width(i: &Interval) -> f64 {
    match (i.low, i.high) {
        (Some(l), Some(h)) => h - l,
        _ => f64::INFINITY,
    }
}

/// Which retained voices form the consensus.
fn choose(voices: &[Voice], retained: &[usize], weight: impl Fn(usize) -> f64) -> Choice {
    if retained.is_empty() {
        return Choice::Subset(Vec::new());
    }
    if common(retained.iter().map(|&i| voices[i].interval)).is_some() {
        return Choice::All;
    }
    let sets: Vec<(f64, Vec<usize>)> = consistent_sets(voices, retained)
        .into_iter()
        .map(|set| (set.iter().map(|&i| weight(i)).sum(), set))
        .collect();
    // The heaviest set decides unless others come close (within
    // [`DECISIVE_WEIGHT_RATIO`]), where the set of more voices does.
    let heaviest = sets.iter().map(|(w, _)| *w).fold(0.0, f64::max);
    let close: Vec<&Vec<usize>> = sets
        .iter()
        .filter(|(w, _)| *w * DECISIVE_WEIGHT_RATIO >= heaviest)
        .map(|(_, s)| s)
        .collect();
    // (Voices of no weight, such as forecasts and denials, count as no voice.)
    let voices_in = |s: &[usize]| s.iter().filter(|&&i| weight(i) > 0.0).count();
    let most = close.iter().map(|s| voices_in(s)).max().unwrap_or(0);
    let mut best = close.into_iter().filter(|s| voices_in(s) == most);
    match (best.next(), best.next()) {
        (Some(_), Some(_)) => Choice::Ambiguous,
        (Some(set), None) => Choice::Subset(set.clone()),
        (None, _) => Choice::Subset(Vec::new()),
    }
}

/// The largest sets of `retained` voices that allow one value, each once. In one dimension,
/// claims that pairwise overlap share a point, so these are the sets covering candidate
/// points: every bound, the middle of each gap between bounds, and beyond both ends.
fn consistent_sets(voices: &[Voice], retained: &[usize]) -> Vec<Vec<usize>> {
    let mut bounds: Vec<f64> = retained
        .iter()
        .flat_map(|&i| [voices[i].interval.low, voices[i].interval.high])
        .flatten()
        .collect();
    bounds.sort_by(f64::total_cmp);
    bounds.dedup();
    let mut points = bounds.clone();
    points.extend(bounds.windows(2).map(|w| midpoint(w[0], w[1])));
    if let (Some(&lo), Some(&hi)) = (bounds.first(), bounds.last()) {
        points.push(lo - 1.0 - lo.abs());
        points.push(hi + 1.0 + hi.abs());
    }
    let mut sets: Vec<Vec<usize>> = Vec::new();
    for x in points {
        let set: Vec<usize> = retained
            .iter()
            .copied()
            .filter(|&i| voices[i].interval.contains(x))
            .collect();
        if !set.is_empty() && !sets.contains(&set) {
            sets.push(set);
        }
    }
    sets
}

/// The most voices of `set` that allow one value.
fn most_agreeing(voices: &[Voice], set: &[usize]) -> usize {
    consistent_sets(voices, set)
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0)
}

fn cmp_close(a: f64, b: f64) -> Ordering {
    if (a - b).abs() <= 1e-9 * a.abs().max(b.abs()) {
        Ordering::Equal
    } else {
        a.total_cmp(&b)
    }
}

fn midpoint(a: f64, b: f64) -> f64 {
    let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
    (lo / 2.0 + hi / 2.0).clamp(lo, hi)
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let n = xs.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        xs[n / 2]
    } else {
        midpoint(xs[n / 2 - 1], xs[n / 2])
    }
}

/// Weighted median of `(value, weight)`; the middle of the two central values when the
/// weight splits exactly in half.
fn weighted_median(mut xs: Vec<(f64, f64)>) -> f64 {
    xs.sort_by(|a, b| a.0.total_cmp(&b.0));
    let total: f64 = xs.iter().map(|x| x.1).sum();
    if total <= 0.0 {
        return median(xs.into_iter().map(|x| x.0).collect());
    }
    let mut acc = 0.0;
    for (k, &(v, w)) in xs.iter().enumerate() {
        acc += w;
        match cmp_close(acc, total / 2.0) {
            Ordering::Greater => return v,
            Ordering::Equal => {
                let next = xs[k + 1..].iter().find(|x| x.1 > 0.0).map_or(v, |x| x.0);
                return midpoint(v, next);
            }
            Ordering::Less => {}
        }
    }
    xs.last().map_or(f64::NAN, |x| x.0)
}

/// The claim of a voice as people would say it.
fn claim_text(v: &Voice) -> String {
    if v.exact {
        fmt_number(v.figure)
    } else {
        format!("'{}'", describe(&v.interval))
    }
}

/// An interval in words: `more than 80`, `90 to 110`, `about 100`.
fn describe(i: &Interval) -> String {
    let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs());
    match (i.low, i.high) {
        (Some(l), Some(h)) if l == h => fmt_number(l),
        (Some(l), None) if i.low_inclusive => format!("at least {}", fmt_number(l)),
        (Some(l), None) => format!("more than {}", fmt_number(l)),
        (None, Some(h)) if i.high_inclusive => format!("at most {}", fmt_number(h)),
        (None, Some(h)) => format!("less than {}", fmt_number(h)),
        (None, None) => "any value".to_string(),
        // The floor of "up to" and "less than" (see `Qualifier::apply`).
        (Some(l), Some(h)) if l == 0.0 && i.high_inclusive => format!("up to {}", fmt_number(h)),
        (Some(l), Some(h)) => {
            if l == 0.0 {
                return format!("less than {}", fmt_number(h));
            }
            let mid = l / 2.0 + h / 2.0;
            match (i.low_inclusive, i.high_inclusive) {
                (true, true) if mid > 0.0 && close(h - l, 2.0 * BAND * mid) => {
                    format!("about {}", fmt_number(mid))
                }
                (true, false) if h > 0.0 && close(h - l, BAND * h) => {
                    format!("almost {}", fmt_number(h))
                }
                (true, true) => format!("{} to {}", fmt_number(l), fmt_number(h)),
                (true, false) => format!("{} to under {}", fmt_number(l), fmt_number(h)),
                (false, true) => format!("over {} up to {}", fmt_number(l), fmt_number(h)),
                (false, false) => format!("between {} and {}", fmt_number(l), fmt_number(h)),
            }
        }
    }
}

/// `43 (2 independent sources)`, one entry per distinct claim among `which`, exact
/// figures first, then by number of voices, then by value.
fn describe_groups(voices: &[Voice], which: &[usize]) -> Vec<String> {
    struct Group {
        exact: bool,
        text: String,
        voices: usize,
        reports: usize,
        figure: f64,
    }
    let mut groups: Vec<Group> = Vec::new();
    for &i in which {
        let v = &voices[i];
        let text = claim_text(v);
        match groups
            .iter_mut()
            .find(|g| g.exact == v.exact && g.text == text)
        {
            Some(g) => {
                g.voices += 1;
                g.reports += v.members.len();
            }
            None => groups.push(Group {
                exact: v.exact,
                text,
                voices: 1,
                reports: v.members.len(),
                figure: v.figure,
            }),
        }
    }
    groups.sort_by(|a, b| {
        b.exact
            .cmp(&a.exact)
            .then(b.voices.cmp(&a.voices))
            .then(a.figure.total_cmp(&b.figure))
            .then(a.text.cmp(&b.text))
    });
    groups
        .into_iter()
        .map(|g| {
            let who = if g.voices == 1 {
                "1 source".to_string()
            } else {
                format!("{} independent sources", g.voices)
            };
            if g.reports > g.voices {
                format!("{} ({who} in {} reports)", g.text, g.reports)
            } else {
                format!("{} ({who})", g.text)
            }
        })
        .collect()
}

/// What the chosen voices say together (`kept` where other voices were weighed too).
fn summary(voices: &[Voice], chosen: &[usize]) -> String {
    let exact: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| voices[i].exact)
        .collect();
    let vague: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| !voices[i].exact)
        .collect();
    let e = describe_groups(voices, &exact);
    let q = describe_groups(voices, &vague);
    if chosen.len() == 1 {
        return format!(
            "{} is {}",
            join(&e.iter().chain(&q).cloned().collect::<Vec<_>>()),
            if voices.len() == 1 {
                "the only claim"
            } else {
                "kept"
            }
        );
    }
    match (e.len(), q.len()) {
        (0, 1) | (1, 0) => format!(
            "{} agree",
            join(&e.iter().chain(&q).cloned().collect::<Vec<_>>())
        ),
        (_, 0) => format!("{} are consistent", join(&e)),
        (0, _) => format!("{} overlap", join(&q)),
        (1, _) => format!("{} lies within {}", join(&e), join(&q)),
        (_, _) => format!("{} lie within {}", join(&e), join(&q)),
    }
}

fn join(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Qualifier;

    #[test]
    fn intervals_in_words() {
        let d = |q: Qualifier, v: f64| describe(&q.apply(v));
        assert_eq!(d(Qualifier::Exact, 410_000.0), "410,000");
        assert_eq!(d(Qualifier::MoreThan, 80.0), "more than 80");
        assert_eq!(d(Qualifier::AtLeast, 80.0), "at least 80");
        assert_eq!(d(Qualifier::LessThan, 80.0), "less than 80");
        assert_eq!(d(Qualifier::AtMost, 80.0), "up to 80");
        assert_eq!(d(Qualifier::About, 1_200.0), "about 1,200");
        assert_eq!(d(Qualifier::Almost, 300.0), "almost 300");
        assert_eq!(describe(&Interval::closed(70.0, 80.0)), "70 to 80");
        assert_eq!(describe(&Interval::half_open(70.0, 80.0)), "70 to under 80");
    }

    #[test]
    fn weighted_medians() {
        assert_eq!(
            weighted_median(vec![(3.0, 1.0), (1.0, 1.0), (2.0, 1.0)]),
            2.0
        );
        assert_eq!(weighted_median(vec![(1.0, 1.0), (2.0, 1.0)]), 1.5);
        assert_eq!(weighted_median(vec![(1.0, 1.0), (2.0, 3.0)]), 2.0);
        assert_eq!(
            weighted_median(vec![(1.0, 0.0), (2.0, 0.0), (4.0, 0.0)]),
            2.0
        );
    }
}
