//! The extractor: options and the scan that turns text into claims.

use super::figure::{figures, Figure};
use super::implicit::{fatal_split, implied, Implied};
use super::{context, subject, Claim, Context, Span};
use crate::normalize::{normalize, Normalized};
use crate::quantity::Dimension;
use crate::scan::{sentences, token_words, tokenize, Sentence, View};
use std::collections::HashSet;

/// Extracts every quantitative claim from `text` with default options.
///
/// Never fails and never panics: text without figures gives an empty list.
///
/// ```
/// let claims = crosscheck::extract("More than 80 people were killed in the attack.");
/// assert_eq!(claims.len(), 1);
/// assert_eq!(claims[0].text, "More than 80 people");
/// assert_eq!(claims[0].value.low, Some(80.0));
/// assert_eq!(claims[0].value.high, None);
/// assert_eq!(claims[0].subject.predicate.as_deref(), Some("killed"));
/// ```
pub fn extract(text: &str) -> Vec<Claim> {
    Extractor::default().extract(text)
}

/// Extraction with options; build one with [`Extractor::builder`] and reuse it.
#[derive(Debug, Clone)]
pub struct Extractor {
    max_sentence_bytes: usize,
    include_unattached: bool,
}

impl Default for Extractor {
    fn default() -> Self {
        ExtractorBuilder::default().build()
    }
}

/// Options for an [`Extractor`].
///
/// ```
/// let ex = crosscheck::Extractor::builder().max_sentence_bytes(2_000).build();
/// assert_eq!(ex.extract("Officials said 12 people died.").len(), 1);
/// ```
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    max_sentence_bytes: usize,
    include_unattached: bool,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            max_sentence_bytes: 4_000,
            include_unattached: true,
        }
    }
}

impl ExtractorBuilder {
    /// Longest sentence quoted in a claim, in bytes (default 4,000); longer ones (tables,
    /// run-on scraped lines) are cut around the figure so reports stay readable.
    pub fn max_sentence_bytes(mut self, n: usize) -> Self {
        self.max_sentence_bytes = n.max(80);
        self
    }

    /// Whether counts with no counted noun and no predicate (`a total of 12`) are kept
    /// (default true: a fact-checker would rather see them).
    pub fn include_unattached(mut self, yes: bool) -> Self {
        self.include_unattached = yes;
        self
    }

    /// The extractor with these options.
    pub fn build(self) -> Extractor {
        Extractor {
            max_sentence_bytes: self.max_sentence_bytes,
            include_unattached: self.include_unattached,
        }
    }
}

impl Extractor {
    /// Options, starting from the defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The claims of `text`, in text order.
    pub fn extract(&self, text: &str) -> Vec<Claim> {
        let norm = normalize(text);
        self.extract_normalized(text, &norm)
    }

    /// The claims of `original`, given its normalization (spans point into `original`).
    pub fn extract_normalized(&self, original: &str, norm: &Normalized) -> Vec<Claim> {
        let ntext = norm.text.as_str();
        let lower = ntext.to_ascii_lowercase();
        let tokens = tokenize(ntext);
        let words = token_words(&lower, &tokens);
        let view = View {
            text: ntext,
            lower: &lower,
            tokens: &tokens,
            words: &words,
        };
        let sents = sentences(ntext, &tokens);
        let mut out = Vec::new();
        // The last count of people read, and the last that tells a fate of this event.
        let mut last_person: Option<(Option<String>, bool)> = None;
        let mut last_fate: Option<(String, f64)> = None;
        let mut last_speaker: Option<String> = None;
        // Predicates of people counts stated in the body so far: an implicit singular
        // (`a man was shot`) is a toll only at its first statement.
        let mut stated: HashSet<String> = HashSet::new();
        for (si, s) in sents.iter().enumerate() {
            let is_last = si + 1 == sents.len();
            let mut figs = if has_candidate(&view, s) {
                figures(&view, s, is_last)
            } else {
                Vec::new()
            };
            let mut extra = implied(&view, s, si == 0);
            // A sum of conjoined groups replaces the groups' own figures; any other implied
            // count gives way to a stated figure it overlaps.
            figs.retain(|f| {
                !extra
                    .iter()
                    .any(|im| im.summed && im.figure.first < f.last && f.first < im.figure.last)
            });
            extra.retain(|im| {
                im.summed
                    || !figs
                        .iter()
                        .any(|f| im.figure.first < f.last && f.first < im.figure.last)
            });
            let attribution = context::attribution(&view, s, &last_speaker);
            if let Some(a) = &attribution {
                if !matches!(a.as_str(), "he" | "she" | "they" | "it")
                    && a.chars().next().is_some_and(char::is_uppercase)
                {
                    last_speaker = Some(a.clone());
                }
            }
            if figs.is_empty() && extra.is_empty() {
                continue;
            }
            let mut all = figs.clone();
            all.extend(extra.iter().map(|im| im.figure.clone()));
            let names = context::names(&view, s);
            let years = context::years(&view, s, &all);
            let facts = context::SentenceFacts::new(&view, s);
            let mut here: Vec<(Claim, &Figure)> = Vec::new();
            for f in &figs {
                if let Some(c) = self.claim(
                    original,
                    norm,
                    &view,
                    s,
                    f,
                    &all,
                    &names,
                    &years,
                    &facts,
                    &attribution,
                ) {
                    here.push((c, f));
                }
            }
            inherit_subjects(&mut here);
            others_add(&view, &mut here, &extra);
            // The whole a part of a later sentence belongs to (`Four were shot. Two of them
            // died.`): the last count of people before it (kept as sentences are read, so a
            // long table of figures is not searched again for every row).
            let whole_before = last_person.as_ref();
            // `13 people were wounded. ... One woman was in critical condition`: a
            // condition told of people after a count of the wounded picks a part of them
            // (`settle_parts` keeps it a part only when that count's fate holds it).
            // (The last count of this event that tells a fate: `all but five of the
            // victims were released` between them tells none.)
            let whole_fate = last_fate.as_ref().map(|(p, f)| (Some(p.as_str()), *f));
            // (Settled after the sentence's own sums: in `One person was in critical
            // condition; the three others ...`, the two make a total of their own.)
            let mut conditioned: Vec<Span> = here
                .iter()
                .filter(|(c, f)| condition_part(&view, s, f, c, whole_fate))
                .map(|(c, _)| c.span)
                .collect();
            // Implied counts of the sentence (`One person is dead and 14 more ...`).
            let implied_ends: Vec<(usize, Option<&str>)> = extra
                .iter()
                .map(|im| (im.figure.last, im.predicate))
                .collect();
            settle_parts(
                &view,
                &mut here,
                &implied_ends,
                whole_before.map(|(p, past)| (p.as_deref(), *past)),
            );
            others_after_names(&view, s, &mut here);
            distributive_list(&view, &mut here);
            let mut claims: Vec<Claim> = here.into_iter().map(|(c, _)| c).collect();
            for im in &extra {
                let first_mention = im.figure.figure != 1.0
                    || si == 0
                    || im.another
                    || !im.implicit
                    || im.summed
                    || im.predicate.is_none_or(|p| !stated.contains(p));
                // `Both` after a toll points back to some of its victims: no new count
                // (`Two were shot. Both died.` may tell a new fate, but `Four were killed.
                // Both men died of their injuries` names two of the four).
                let told = im.anaphoric
                    && ["killed", "injured", super::implicit::SHOT]
                        .iter()
                        .any(|p| stated.contains(*p));
                if !first_mention || told {
                    continue;
                }
                let Some(mut c) = self.claim(
                    original,
                    norm,
                    &view,
                    s,
                    &im.figure,
                    &all,
                    &names,
                    &years,
                    &facts,
                    &attribution,
                ) else {
                    continue;
                };
                // ... and so it is after one in its own sentence (`Two men were found
                // dead, both with gunshot wounds`).
                let told_here = im.anaphoric
                    && claims.iter().any(|o| {
                        o.span.start < c.span.start
                            && o.subject.class.as_deref() == Some("person")
                            && o.subject.predicate.is_some()
                    });
                if !told_here && set_implied(original, norm, &view, im, &mut c).is_some() {
                    if condition_part(&view, s, &im.figure, &c, whole_fate) {
                        conditioned.push(c.span);
                    }
                    claims.push(c);
                }
            }
            claims.sort_by_key(|c| c.span.start);
            sum_increments(&mut claims);
            for c in claims.iter_mut() {
                if c.role == super::Role::Total && conditioned.contains(&c.span) {
                    c.role = super::Role::Subset;
                }
            }
            split_fatal(original, norm, &view, s, &mut claims);
            if si > 0 {
                for c in &claims {
                    if c.subject.class.as_deref() == Some("person") {
                        if let Some(p) = &c.subject.predicate {
                            stated.insert(p.clone());
                        }
                    }
                }
            }
            for c in &claims {
                if c.dimension != Dimension::Count || c.subject.class.as_deref() != Some("person") {
                    continue;
                }
                last_person = Some((c.subject.predicate.clone(), c.context.past));
                if let Some(p) = &c.subject.predicate {
                    if !c.context.past && !c.context.cumulative {
                        last_fate = Some((p.clone(), c.figure));
                    }
                }
            }
            out.extend(claims);
        }
        ordinal_of_others(&mut out);
        derive_wounded(&mut out);
        if tells_killer_died(&words) {
            out.iter_mut().for_each(|c| c.context.killer_died = true);
        }
        one_name_per_speaker(&mut out);
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn claim(
        &self,
        original: &str,
        norm: &Normalized,
        v: &View<'_>,
        s: &Sentence,
        f: &Figure,
        all: &[Figure],
        names: &[String],
        years: &[(i32, usize)],
        facts: &context::SentenceFacts,
        attribution: &Option<String>,
    ) -> Option<Claim> {
        let (subject, head) = subject::subject(v, s, f);
        let dim = f.dimension();
        if dim == Dimension::Count
            && !self.include_unattached
            && subject.noun.is_none()
            && subject.predicate.is_none()
        {
            return None;
        }
        let (value, figure) = match f.unit {
            Some(u) => (u.convert(f.value), u.to_canonical(f.figure)),
            None => (f.value, f.figure),
        };
        // The phrase: qualifier, number, unit, and the counted noun or what lasted.
        let mut last = f.last;
        if let Some(h) = head {
            if (dim == Dimension::Count || f.compound) && h >= last && h < last + 6 {
                last = h + 1;
            }
        }
        let nstart = v.tokens[f.first].start;
        let nend = v.tokens[last - 1].end;
        let (start, end) = norm.to_original(nstart, nend);
        let (ss, se) = norm.to_original(s.start, s.end);
        let (ss, se) = clip_sentence(original, (ss, se), (start, end), self.max_sentence_bytes);
        let unit = match dim {
            Dimension::Count => count_unit(&subject, v, f, head),
            _ => f.unit.map_or("", |u| u.canonical).to_string(),
        };
        let events = context::events(facts, f);
        let cumulative = context::cumulative(v, s, f, all, facts, &events);
        // `since it began nine years ago` is a running total, not an earlier time.
        let past = facts.past && !cumulative;
        let periodic = context::periodic(v, s, f, facts);
        let mut role = super::role::role(v, s, f, all, periodic);
        // `one man is dead and three other people were shot`: the others are not all who
        // were shot (the dead man was too), whatever their own fate.
        if role == super::Role::Total
            && subject.predicate.as_deref() == Some(super::implicit::SHOT)
            && (f.first..last).any(|k| matches!(v.w(k), "other" | "others"))
        {
            role = super::Role::Subset;
        }
        Some(Claim {
            text: original.get(start..end)?.to_string(),
            span: Span { start, end },
            sentence: original.get(ss..se)?.to_string(),
            sentence_span: Span { start: ss, end: se },
            value,
            figure,
            qualifier: f.qualifier,
            dimension: dim,
            unit,
            modality: context::modality(v, s, f, head),
            subject,
            context: Context {
                names: names.to_vec(),
                events,
                years: context::years_of(v, s, f, years, all),
                cumulative,
                past,
                periodic,
                killer_died: false,
                from_shot: false,
                // (Only people are patients: no scan for the other figures.)
                patients: dim == Dimension::Count && super::implicit::patients_after(v, s, last),
            },
            attribution: attribution.clone(),
            role,
            implicit: false,
            named: false,
            as_written: f
                .unit
                .filter(|u| u.is_converted() && dim != Dimension::Duration)
                .map(|u| {
                    Box::new(super::AsWritten {
                        value: f.value,
                        unit: u.written.to_string(),
                    })
                }),
        })
    }
}

/// `Four teenagers were shot, one fatally`: the four are the shot (no fate of their own),
/// and a derived claim says three were wounded.
fn split_fatal(
    original: &str,
    norm: &Normalized,
    v: &View<'_>,
    s: &Sentence,
    claims: &mut Vec<Claim>,
) -> Option<()> {
    let (shot, dead, end) = fatal_split(v, s)?;
    let shot_at = v.tokens.get(shot)?.start;
    let (shot_orig, _) = norm.to_original(shot_at, shot_at);
    let i = claims.iter().rposition(|c| {
        c.span.start < shot_orig
            && c.subject.class.as_deref() == Some("person")
            && c.subject.predicate.as_deref() == Some(super::implicit::SHOT)
            && c.value.low == c.value.high
            && c.value.low.is_some_and(|n| n > dead)
    })?;
    let total = claims[i].value.low?;
    let mut wounded = claims[i].clone();
    claims[i].subject.predicate = None;
    claims[i].subject.label = "people shot".into();
    let last = v.tokens.get(end - 1)?;
    let (_, stop) = norm.to_original(last.start, last.end);
    wounded.span = Span {
        start: claims[i].span.start,
        end: stop,
    };
    wounded.text = original
        .get(wounded.span.start..wounded.span.end)?
        .to_string();
    wounded.value = crate::quantity::Interval::exact(total - dead);
    wounded.figure = total - dead;
    wounded.implicit = true;
    wounded.subject.predicate = Some("injured".into());
    wounded.subject.label = "people injured".into();
    claims.insert(i + 1, wounded);
    // The dead are the `one` of `one fatally`, when the figure rules kept it.
    for c in claims.iter_mut() {
        if c.span.start > shot_orig + 4 && c.span.end <= stop && c.value.low == Some(dead) {
            c.subject.predicate = Some("killed".into());
            c.subject.label = "people killed".into();
        }
    }
    Some(())
}

/// Gives an implied count its own phrase, predicate and class (people), whatever the
/// general subject rules read around it.
fn set_implied(
    original: &str,
    norm: &Normalized,
    v: &View<'_>,
    im: &Implied,
    c: &mut Claim,
) -> Option<()> {
    let f = &im.figure;
    let (start, end) =
        norm.to_original(v.tokens.get(f.first)?.start, v.tokens.get(f.last - 1)?.end);
    c.text = original.get(start..end)?.to_string();
    c.span = Span { start, end };
    c.implicit = im.implicit;
    c.named = im.named;
    c.subject.class = Some("person".into());
    c.unit = "person".into();
    if let Some(p) = im.predicate {
        c.subject.predicate = Some(p.to_string());
    }
    if im.implicit || im.summed {
        c.subject.noun = None;
    }
    c.subject.label = match &c.subject.predicate {
        Some(p) => format!("people {p}"),
        None => "people".into(),
    };
    Some(())
}

/// `Carmen Pacheco said ... Pacheco said`: a speaker named by surname alone is the one
/// named in full elsewhere in the document (when only one full name ends so), so one
/// person's figures count as one speaker's.
fn one_name_per_speaker(claims: &mut [Claim]) {
    let full: Vec<String> = claims
        .iter()
        .filter_map(|c| c.attribution.clone())
        .filter(|a| a.contains(' '))
        .collect();
    for c in claims.iter_mut() {
        let Some(short) = c.attribution.as_deref() else {
            continue;
        };
        if short.contains(' ') || !short.starts_with(char::is_uppercase) {
            continue;
        }
        let suffix = format!(" {short}");
        let mut longer = full.iter().filter(|f| f.ends_with(&suffix));
        if let Some(f) = longer.next() {
            if longer.all(|g| g == f) {
                c.attribution = Some(f.clone());
            }
        }
    }
}

/// Whether a text tells that a killer died: took their own life (`murder-suicide`, `killed
/// himself`, `turned the gun on herself`) or was killed by the police (`before he was shot
/// and killed by police`), so that a count of the dead may or may not include them.
fn tells_killer_died(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, &w)| {
        let by_police = w == "by"
            && k >= 1
            && matches!(words[k - 1], "killed" | "dead")
            && matches!(
                words.get(k + 1).copied(),
                Some("police" | "officers" | "deputies" | "troopers")
            );
        by_police
            || w == "suicide"
            || matches!(w, "himself" | "herself" | "themselves")
                && k >= 1
                && (matches!(
                    words[k - 1],
                    "killed" | "killing" | "kills" | "shot" | "shooting"
                ) || k >= 2 && words[k - 2] == "gun" && words[k - 1] == "on")
    })
}

/// A count of people of this story's event, stated as fact, exact and whole (`Five people
/// were shot`, `1 dead`): what [`derive_wounded`] may subtract.
fn is_plain_toll(c: &Claim, predicate: &str) -> bool {
    c.subject.class.as_deref() == Some("person")
        && c.subject.predicate.as_deref() == Some(predicate)
        && c.role == super::Role::Total
        && c.is_asserted()
        && c.qualifier == crate::quantity::Qualifier::Exact
        && !c.context.past
        && !c.context.cumulative
        && c.context.years.is_empty()
}

/// `Four people were shot ... Two victims, 17 and 23 years old, were struck in the legs`:
/// fewer `victims` told in a later sentence than a toll are some of its people (the word
/// points back to them), not another count of the shot.
fn victims_among(toll: &Claim, c: &Claim) -> bool {
    c.sentence_span.start >= toll.sentence_span.end
        && c.figure < toll.figure
        && c.subject.noun.as_deref() == Some("victim")
}

/// `Five people were shot ... one of them died`: the shot are the dead and the wounded, so a
/// document whose plain counts of the shot and of the dead each give one value (no dead
/// named: no one died), with no other count of the dead and none of the wounded, states
/// the wounded without writing them. The derived claim is implicit and stands on the
/// count of the shot (its text and span). Two counts of either kind (a round-up of several
/// shootings) give nothing.
fn derive_wounded(claims: &mut Vec<Claim>) {
    let lone_value = |pred: &str| {
        // People named without a numeral after a stated count (`Four people were shot. ... A
        // 22-year-old man and a 21-year-old man were shot in the hip`) are some of them.
        let stated = claims.iter().any(|c| is_plain_toll(c, pred) && !c.implicit);
        let mut found: Option<(usize, f64)> = None;
        for (i, c) in claims.iter().enumerate() {
            if !is_plain_toll(c, pred) || stated && c.implicit {
                continue;
            }
            if found.is_some_and(|(f, _)| victims_among(&claims[f], c)) {
                continue;
            }
            match found {
                Some((_, v)) if v != c.figure => return Err(()),
                Some(_) => {}
                None => found = Some((i, c.figure)),
            }
        }
        Ok(found)
    };
    let (Ok(Some((shot_at, shot))), Ok(dead)) =
        (lone_value(super::implicit::SHOT), lone_value("killed"))
    else {
        return;
    };
    // (The victims told after their toll are parts of it, whatever follows.)
    let toll = claims[shot_at].clone();
    for c in claims.iter_mut() {
        if is_plain_toll(c, super::implicit::SHOT) && victims_among(&toll, c) {
            c.role = super::Role::Subset;
        }
    }
    // News say killed when a victim died: a text that counts no dead says the shot lived,
    // unless the count of the shot itself tells of a death its counts missed (`One dead
    // after double shooting`).
    let lex = crate::quantity::lexicon::Lexicon::get();
    let tells_of_death = claims[shot_at]
        .sentence
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| lex.predicate(w) == Some("killed"));
    if dead.is_none() && tells_of_death {
        return;
    }
    let dead = dead.map_or(0.0, |(_, d)| d);
    // News tell the toll first and then the victims: fewer wounded than the shot less the
    // dead, told in a later sentence, are some of them (`Five people were shot ... One
    // victim was taken to Mount Sinai Hospital with life-threatening injuries`).
    let shot_sentence = claims[shot_at].sentence_span;
    // (`Two others were hurt by broken glass` are more, not some.)
    let more = |c: &Claim| {
        c.role == super::Role::Increment
            || c.text.split_whitespace().any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "other" | "others" | "another" | "more"
                )
            })
    };
    let some_of_them = |c: &Claim| {
        c.sentence_span.start >= shot_sentence.end
            && !more(c)
            && c.value.high.is_some_and(|h| h < shot - dead)
            && !c.context.past
            && c.context.years.is_empty()
    };
    let is_wounded = |c: &Claim| {
        c.subject.class.as_deref() == Some("person")
            && c.subject.predicate.as_deref() == Some("injured")
            && c.role != super::Role::Subset
    };
    // A part of the wounded (`two of them had serious injuries`) does not state them all.
    let wounded_stated = claims.iter().any(|c| is_wounded(c) && !some_of_them(c));
    // A count of the dead that is not plain (`at least two died`, a running total) leaves
    // the wounded unknown.
    // (Counts of other times say nothing of this event: `after a person was killed there
    // in 2012`.)
    let dead_unsure = claims.iter().any(|c| {
        c.subject.class.as_deref() == Some("person")
            && c.subject.predicate.as_deref() == Some("killed")
            && !c.context.past
            && !c.context.cumulative
            && c.context.years.is_empty()
            && !is_plain_toll(c, "killed")
    });
    if dead_unsure {
        return;
    }
    if wounded_stated || dead >= shot {
        return;
    }
    for c in claims.iter_mut() {
        if is_wounded(c) && some_of_them(c) {
            c.role = super::Role::Subset;
        }
    }
    let mut c = claims[shot_at].clone();
    let n = shot - dead;
    c.value = crate::quantity::Interval::exact(n);
    c.figure = n;
    c.subject.predicate = Some("injured".into());
    c.subject.label = "people injured".into();
    c.subject.noun = None;
    c.implicit = true;
    c.context.from_shot = true;
    claims.push(c);
}

/// `Five people were shot, two of them fatally`, `16 missiles, 11 of which got through`: a
/// part with a fate of its own that its whole's does not hold (see [`within`]) is the
/// total of that fate; a part with its whole's fate or none (`40 killed, including 12
/// children`, `five hurt, two of them critically`) stays a part. So are more of another
/// fate (`One is dead and 14 more were injured`). The whole is the nearest count before
/// the part: a figure of the sentence, an implied count (`implied`: where each ends, its
/// predicate), else `earlier`, the last count of the sentences before (for a part that
/// names its people, only when that count tells a fate).
///
/// A part whose whole is an earlier sentence's count of the past is of the past too: in
/// `This comes after a shooting in 2012. Two people were shot in that incident. One of them
/// died`, the one died then.
fn settle_parts(
    v: &View<'_>,
    here: &mut [(Claim, &Figure)],
    implied: &[(usize, Option<&str>)],
    earlier: Option<(Option<&str>, bool)>,
) {
    let earlier_past = earlier.is_some_and(|(_, past)| past);
    let earlier = earlier.map(|(p, _)| p);
    for i in 0..here.len() {
        let (before, rest) = here.split_at_mut(i);
        let (c, f) = &mut rest[0];
        let added = c.role == super::Role::Increment;
        if !(c.role == super::Role::Subset || added) || c.dimension != Dimension::Count {
            continue;
        }
        // The whole counts what the part does: `crossed five lanes and shot three more
        // people` adds to no lanes.
        let class = c.subject.class.as_deref();
        let stated = before
            .iter()
            .rev()
            .find(|(p, _)| {
                p.dimension == Dimension::Count
                    && (class.is_none() || p.subject.class.as_deref() == class)
            })
            .map(|(p, g)| (g.last, p.subject.predicate.as_deref()));
        // (On a tie the stated figure, the later in the chain, wins.)
        let here_whole = implied
            .iter()
            .copied()
            .filter(|(end, _)| *end <= f.first)
            .chain(stated)
            .max_by_key(|(end, _)| *end)
            .map(|(_, p)| p);
        let own = c.subject.predicate.as_deref();
        // A part that names its people (`one of the victims`, not `one of them`) is taken
        // from them: an earlier sentence's count that tells no fate says nothing of it.
        let named = !added && c.subject.noun.is_some() && c.text.to_lowercase().contains(" of ");
        let whole = here_whole.or(earlier.filter(|e| !named || e.is_some()));
        if here_whole.is_none() && whole.is_some() && earlier_past && !added && !named {
            c.context.past = true;
        }
        // A superlative picks its part out of a set by itself (`the three most seriously
        // injured`), whatever count came before.
        let superlative = c
            .text
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("most"));
        if own.is_some()
            && !superlative
            && whole.is_some_and(|w| !within(own, w))
            && !own.is_some_and(|p| fate_of_whole(v, f, p))
        {
            c.role = super::Role::Total;
        }
    }
}

/// `Two people were taken to Mount Sinai, two were taken to an area hospital, and one was
/// taken ...`: counts of people of one fate (or none told) that open the clauses of a list,
/// each after a comma, share the people out; none of them is the total.
fn distributive_list(v: &View<'_>, here: &mut [(Claim, &Figure)]) {
    let person_total = |c: &Claim| {
        c.role == super::Role::Total
            && c.dimension == Dimension::Count
            && c.subject.class.as_deref() == Some("person")
            && !c.implicit
            && !c.text.split_whitespace().any(|w| {
                ["other", "others", "another", "more"]
                    .iter()
                    .any(|o| w.eq_ignore_ascii_case(o))
            })
    };
    // (`, two were` and `, and one was`: the figure opens its clause.)
    let opens_after_comma = |f: &Figure| match v.w(f.first.wrapping_sub(1)) {
        "," => true,
        "and" => v.w(f.first.wrapping_sub(2)) == ",",
        _ => false,
    };
    for i in 1..here.len() {
        let (before, rest) = here.split_at_mut(i);
        let (prev, _) = &mut before[i - 1];
        let (c, f) = &mut rest[0];
        // (A toll of the dead beside conditions is the dead's total: `1 dead, 1
        // critical, 4 stable`.)
        let fates_fit = match (
            prev.subject.predicate.as_deref(),
            c.subject.predicate.as_deref(),
        ) {
            (Some("killed"), _) | (_, Some("killed")) => false,
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if person_total(prev) && person_total(c) && opens_after_comma(f) && fates_fit {
            prev.role = super::Role::Subset;
            c.role = super::Role::Subset;
        }
    }
}

/// Whether a part's fate is told of its whole (`three of those shot`, `two of the people
/// who were wounded`): then the part has it because the whole has, and stays a part, not
/// the total of that fate (`two of them died`).
fn fate_of_whole(v: &View<'_>, f: &Figure, fate: &str) -> bool {
    let mut k = f.last;
    if v.w(k) != "of" || !matches!(v.w(k + 1), "those" | "the" | "these") {
        return false;
    }
    k += 2;
    let lex = crate::quantity::lexicon::Lexicon::get();
    // (A noun then a verb is the part's own fate: `two of those people died`.)
    if super::implicit::is_person(v.w(k), lex) && v.w(k + 1) == "who" {
        k += 1;
    }
    if v.w(k) == "who" {
        k += 1;
        k += match (v.w(k), v.w(k + 1)) {
            ("were" | "was", _) => 1,
            ("had" | "have", "been") => 2,
            _ => return false,
        };
    }
    subject::word_predicate(v.w(k), lex) == Some(fate)
}

/// Whether claim `c` of figure `f` is a part by its condition: `13 people were wounded.
/// ... One woman was in critical condition`, a condition told of people after an earlier
/// sentence's count (`whole`: its fate and figure) that holds theirs and more people,
/// picks a part of that count (`One person was injured. A little boy was critically
/// wounded` tells of the one).
fn condition_part(
    v: &View<'_>,
    s: &Sentence,
    f: &Figure,
    c: &Claim,
    whole: Option<(Option<&str>, f64)>,
) -> bool {
    let other = || {
        c.text.split_whitespace().any(|w| {
            ["another", "other", "others"]
                .iter()
                .any(|o| w.eq_ignore_ascii_case(o))
        })
    };
    c.role == super::Role::Total
        && c.subject.class.as_deref() == Some("person")
        && whole.is_some_and(|(w, n)| {
            w.is_some() && within(c.subject.predicate.as_deref(), w) && c.figure < n
        })
        && !other()
        && super::role::tells_condition(v, s, f)
}

/// Whether people of fate `part` can be a part of people of fate `whole`: the same fate,
/// or one the whole holds. The shot are the dead and the wounded, so `four shot, two of
/// them hospitalized` is a part and `two of the dead were shot` too; `five shot, two of
/// them fatally` gives the total of the dead, and `three killed and two critically
/// injured` the total of the wounded.
fn within(part: Option<&str>, whole: Option<&str>) -> bool {
    let shot = Some(super::implicit::SHOT);
    part == whole
        || part == Some("injured") && whole == shot
        || part == shot && matches!(whole, Some("killed" | "injured"))
}

/// `Three victims were taken to Yale-New Haven Hospital and two others to the hospital in a
/// private car`, `One passenger died at the scene and the other two at the hospital`:
/// others of the fate of a count before them in the sentence add to it, and the later is
/// no total (`one killed and five others hurt` are of two fates: the five are all the hurt).
/// A breakdown after a colon, dash or `including` names parts of the count before it
/// (`Three were hurt: the driver and two others`). `implied` are the sentence's implied
/// counts (`a man and a woman`).
fn others_add(v: &View<'_>, here: &mut [(Claim, &Figure)], implied: &[super::implicit::Implied]) {
    for i in 0..here.len() {
        let (before, rest) = here.split_at_mut(i);
        let (c, f) = &mut rest[0];
        let others = v.w(f.first.wrapping_sub(1)) == "other"
            || c.text
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("others") || w.eq_ignore_ascii_case("other"));
        if !others || c.role != super::Role::Total || c.subject.class.as_deref() != Some("person") {
            continue;
        }
        let pred = c.subject.predicate.as_deref();
        // (A hyphen inside a name is no dash: `Yale-New Haven Hospital`.)
        let breakdown = |from: usize| {
            (from..f.first).any(|k| match v.w(k) {
                "-" => !(v.glued(k) && v.glued(k + 1)),
                w => matches!(w, ":" | "--" | "including" | "among"),
            })
        };
        let stated = before.iter().any(|(p, g)| {
            g.last <= f.first
                && p.subject.class.as_deref() == Some("person")
                && p.subject.predicate.as_deref() == pred
                && p.role == super::Role::Total
                && !breakdown(g.last)
        });
        let told = implied.iter().any(|im| {
            im.figure.last <= f.first && im.predicate == pred && !breakdown(im.figure.last)
        });
        // Others beside a part are more of the same whole (`Three of the victims were taken
        // to the hospital and two others went by car`).
        let beside_part = before.iter().any(|(p, g)| {
            g.last <= f.first
                && p.subject.predicate.as_deref() == pred
                && p.role == super::Role::Subset
                && !breakdown(g.last)
        });
        if pred.is_some() && (stated || told) {
            c.role = super::Role::Increment;
        } else if pred.is_some() && beside_part {
            c.role = super::Role::Subset;
        }
    }
}

/// `Three victims were taken to Yale-New Haven Hospital and two others to the hospital in
/// a private car`, `Three people were killed on Friday and two more died`: a count of
/// people and more of its fate joined to it in one sentence tell of their sum. The count
/// becomes a part, the additions stay increments, and one sum, spanning all of them, is
/// the total; it is implicit, since no numeral states it. Only exact counts from one
/// speaker add up, and not a count a toll has reached (`The toll rose to 12 after three
/// more died`: the 12 holds the three). `claims` are one sentence's, in order.
fn sum_increments(claims: &mut Vec<Claim>) {
    let exact = |c: &Claim| c.qualifier == crate::quantity::Qualifier::Exact;
    // (Counts of the past add up other events: `killed five officers on July 7 in Dallas
    // and three more July 18 in Baton Rouge`.)
    let plain = |c: &Claim| exact(c) && !c.context.past && !c.context.cumulative;
    let words_between = |c: &Claim, from: usize, to: usize| -> Vec<String> {
        let ss = c.sentence_span.start;
        let text = from
            .checked_sub(ss)
            .zip(to.checked_sub(ss))
            .and_then(|(a, b)| c.sentence.get(a..b))
            .unwrap_or_default();
        text.split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    // Each base count with the additions joined to it.
    let mut added: Vec<(usize, Vec<usize>)> = Vec::new();
    // `Two suffered non-life-threatening injuries and another remains in critical
    // condition`: an implied `another` adds one to a count of its fate before it.
    let another = |c: &Claim| {
        c.implicit
            && c.figure == 1.0
            && c.text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("another"))
    };
    for i in 0..claims.len() {
        let more = &claims[i];
        let fate = more.subject.predicate.as_deref();
        let adds = more.role == super::Role::Increment || another(more);
        if !adds || !plain(more) || more.figure == 0.0 || fate.is_none() {
            continue;
        }
        let Some(p) = claims[..i].iter().rposition(|p| {
            p.subject.class.as_deref() == Some("person")
                && p.subject.predicate.as_deref() == fate
                && p.role == super::Role::Total
                && p.span.end <= more.span.start
        }) else {
            continue;
        };
        let part = &claims[p];
        if !plain(part) || part.attribution != more.attribution || part.modality != more.modality {
            continue;
        }
        let lead = words_between(part, part.sentence_span.start, part.span.start);
        let reached = lead.last().is_some_and(|w| w == "to");
        let between = words_between(part, part.span.end, more.span.start);
        // (`two more than last weekend` compares; it adds nothing.)
        let end = more.sentence_span.end;
        let after = words_between(more, more.span.end, end);
        let compares = after.iter().take(2).any(|w| w == "than");
        if reached
            || compares
            || between
                .iter()
                .any(|w| matches!(w.as_str(), "after" | "than" | "since"))
        {
            continue;
        }
        match added.iter_mut().find(|(b, _)| *b == p) {
            Some((_, more)) => more.push(i),
            None => added.push((p, vec![i])),
        }
    }
    // (From the last base back, so that each insertion leaves the earlier places alone.)
    added.sort_by_key(|(p, _)| std::cmp::Reverse(*p));
    for (p, more) in added {
        let last = more
            .iter()
            .map(|&i| claims[i].span.end)
            .max()
            .unwrap_or(claims[p].span.end);
        let part = &claims[p];
        let words = part.sentence_span.start;
        let Some(text) = part
            .span
            .start
            .checked_sub(words)
            .zip(last.checked_sub(words))
            .and_then(|(a, b)| part.sentence.get(a..b))
        else {
            continue;
        };
        let n = part.figure + more.iter().map(|&i| claims[i].figure).sum::<f64>();
        let fate = part.subject.predicate.clone().unwrap_or_default();
        let mut sum = part.clone();
        sum.text = text.to_string();
        sum.span.end = last;
        sum.value = crate::quantity::Interval::exact(n);
        sum.figure = n;
        sum.implicit = true;
        sum.named = false;
        sum.subject.noun = None;
        sum.subject.label = format!("people {fate}");
        claims[p].role = super::Role::Subset;
        for &i in &more {
            claims[i].role = super::Role::Increment;
        }
        claims.insert(p + 1, sum);
    }
}

/// `A third victim has died` counts the dead, but in `Three people were found shot to death
/// and a fourth person was injured` the ordinal counts everyone the event touched, and the
/// fate told is the one person's: an ordinal (a count of occurrences, class `time`) that
/// follows a count of another fate one short of it, and none of its own fate that is,
/// keeps no fate.
fn ordinal_of_others(claims: &mut [Claim]) {
    for i in 1..claims.len() {
        let (before, rest) = claims.split_at_mut(i);
        let c = &mut rest[0];
        let fate = c.subject.predicate.as_deref();
        if c.subject.class.as_deref() != Some("time") || !matches!(fate, Some("killed" | "injured"))
        {
            continue;
        }
        let one_short = |same: bool| {
            before.iter().any(|p| {
                p.subject.class.as_deref() == Some("person")
                    && matches!(p.subject.predicate.as_deref(), Some("killed" | "injured"))
                    && (p.subject.predicate.as_deref() == fate) == same
                    && p.figure + 1.0 == c.figure
            })
        };
        if one_short(false) && !one_short(true) {
            c.subject.predicate = None;
            let noun = c
                .subject
                .label
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_string();
            c.subject.label = noun;
        }
    }
}

/// `Simpson and Riley and six other people were wounded`: others joined to people named in
/// the same subject add to them, whatever count the sentences before gave (so this runs
/// after [`settle_parts`]).
fn others_after_names(v: &View<'_>, s: &Sentence, here: &mut [(Claim, &Figure)]) {
    let lex = crate::quantity::lexicon::Lexicon::get();
    for (c, f) in here.iter_mut() {
        let others = c
            .text
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("other") || w.eq_ignore_ascii_case("others"));
        let name = f.first.wrapping_sub(2);
        let after_name = v.w(f.first.wrapping_sub(1)) == "and"
            && name >= s.first
            && name < f.first
            && v.is_word(name)
            && v.is_capitalized(name)
            && !super::implicit::is_person(v.w(name), lex);
        if others && after_name && c.subject.predicate.is_some() && c.role == super::Role::Total {
            c.role = super::Role::Increment;
        }
    }
}

/// Elliptical counts take their subject from the count before them in the sentence
/// (`killed 12 people and wounded 40`): the class always, the predicate unless a subset
/// marker (its role: `including`, `of whom`) says the figure is a part of the other.
fn inherit_subjects(here: &mut [(Claim, &Figure)]) {
    for i in 1..here.len() {
        let (before, rest) = here.split_at_mut(i);
        let (c, _) = &mut rest[0];
        let Some((prev, _)) = before
            .iter()
            .rev()
            .find(|(p, _)| p.dimension == Dimension::Count)
        else {
            continue;
        };
        if c.dimension != Dimension::Count || c.subject.noun.is_some() {
            continue;
        }
        // `shot in three shootings`: a count of incidents takes no victims' predicate.
        if subject::is_hit_stem(&crate::quantity::lexicon::Lexicon::get().stem(&c.unit)) {
            continue;
        }
        let subset = c.role == super::Role::Subset;
        if c.subject.class.is_none() {
            c.subject.class = prev.subject.class.clone();
            c.subject.noun = prev.subject.noun.clone();
            c.unit = prev.unit.clone();
        }
        if c.subject.predicate.is_none() && !subset && prev.subject.predicate.is_some() {
            c.subject.predicate = prev.subject.predicate.clone();
        }
        if c.subject.class == prev.subject.class {
            // `1 dead, 4 injured`: a noun that says a fate (`dead`) names no one's else.
            let noun = prev.subject.label.split(' ').next().filter(|n| {
                crate::quantity::lexicon::Lexicon::get()
                    .predicate(n)
                    .is_none()
            });
            c.subject.label = match (&c.subject.predicate, noun) {
                (Some(p), Some(n)) => format!("{n} {p}"),
                (Some(p), None) => format!("people {p}"),
                _ => prev.subject.label.clone(),
            };
        }
    }
    // `reached` tells missiles that hit their target from missiles fired; for anything
    // else it is only a level (`sales reached 1.1 million`).
    for (c, _) in here.iter_mut() {
        if c.subject.predicate.as_deref() == Some("reached")
            && c.subject.class.as_deref() != Some("weapon")
        {
            c.subject.predicate = None;
        }
    }
}

fn count_unit(subject: &super::Subject, v: &View<'_>, f: &Figure, head: Option<usize>) -> String {
    // `four-page indictment` counts pages.
    if v.w(f.last) == "-" && v.glued(f.last) && v.glued(f.last + 1) && v.is_word(f.last + 1) {
        return subject::singular(v.w(f.last + 1));
    }
    match subject.class.as_deref() {
        Some(c) if c.starts_with("person") => "person".into(),
        Some("time") => "time".into(),
        _ => head.map_or_else(|| "item".into(), |h| subject::singular(v.w(h))),
    }
}

/// Whether a sentence holds a digit or a word that may start a number.
fn has_candidate(v: &View<'_>, s: &Sentence) -> bool {
    let lex = crate::quantity::lexicon::Lexicon::get();
    (s.first..s.last).any(|k| match v.kind(k) {
        Some(crate::scan::TokenKind::Digits) => true,
        Some(crate::scan::TokenKind::Word) => lex.number_cues.contains(v.w(k)),
        _ => false,
    })
}

/// Keeps at most `max` bytes of a sentence, centred on the claim, on char boundaries.
fn clip_sentence(
    text: &str,
    (ss, se): (usize, usize),
    (cs, ce): (usize, usize),
    max: usize,
) -> (usize, usize) {
    if se - ss <= max {
        return (ss, se);
    }
    let half = max.saturating_sub(ce - cs) / 2;
    let mut a = cs.saturating_sub(half).max(ss);
    let mut b = (ce + half).min(se);
    while a > ss && !text.is_char_boundary(a) {
        a -= 1;
    }
    while b < se && !text.is_char_boundary(b) {
        b += 1;
    }
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Role;
    use crate::quantity::Qualifier;

    fn one(s: &str) -> Claim {
        let c = extract(s);
        assert_eq!(c.len(), 1, "{s}: {c:#?}");
        c.into_iter().next().unwrap_or_else(|| unreachable!())
    }

    /// Each claim's role, in order.
    fn roles(text: &str) -> Vec<Role> {
        extract(text).into_iter().map(|c| c.role).collect()
    }

    /// Each claim of `text` as (figure, predicate).
    fn tolls(text: &str) -> Vec<(f64, Option<String>)> {
        extract(text)
            .into_iter()
            .map(|c| (c.figure, c.subject.predicate))
            .collect()
    }

    /// The figures of `text`'s counts of the injured, in order.
    fn wounded(text: &str) -> Vec<f64> {
        extract(text)
            .into_iter()
            .filter(|c| c.subject.predicate.as_deref() == Some("injured"))
            .map(|c| c.figure)
            .collect()
    }

    /// Whether every claim of `text` holds `test`.
    fn every(text: &str, test: impl Fn(&Claim) -> bool) -> bool {
        extract(text).iter().all(test)
    }

    /// A gun fires and a house burns: `shots were fired` is a shooting, `the fire
    /// department` attends it and is no event, `a fire` that kills is a blaze.
    #[test]
    fn fire_as_gunfire_service_or_blaze() {
        let events = |s: &str| one(s).context.events;
        assert_eq!(
            events("Three people were wounded when shots were fired into the crowd."),
            ["attack"]
        );
        assert_eq!(
            events("Two men were hurt after a man began firing from a car."),
            ["attack"]
        );
        assert!(events("The fire department said four people were treated.").is_empty());
        assert_eq!(events("A fire killed four people on Sunday."), ["fire"]);
        assert_eq!(
            events("Police opened fire and two men were wounded."),
            ["attack"]
        );
    }

    /// People `hit` or `struck` were shot, unless something else struck them; a bound
    /// before victims in words is theirs (`at least one person`).
    /// The predicates of the claims `s` states (not those it implies), in order.
    fn stated_predicates(s: &str) -> Vec<Option<String>> {
        extract(s)
            .into_iter()
            .filter(|c| !c.implicit)
            .map(|c| c.subject.predicate)
            .collect()
    }

    /// The first claim of `text` stated with `figure` (not implied).
    fn stated_claim(text: &str, figure: f64) -> Option<Claim> {
        extract(text)
            .into_iter()
            .find(|c| c.figure == figure && !c.implicit)
    }

    #[test]
    fn a_condition_after_a_count_of_the_wounded_is_a_part() {
        let role_of = |text: &str, figure: f64| stated_claim(text, figure).map(|c| c.role);
        let t = "A shooting left 13 people wounded. None of the injuries is life-threatening, \
                 but one woman was in critical condition.";
        assert_eq!(role_of(t, 1.0), Some(Role::Subset));
        let t = "Five people were shot. Two victims are critically wounded.";
        assert_eq!(role_of(t, 2.0), Some(Role::Subset));
        // After a count of the dead, the wounded are all the wounded.
        let t = "Two people were killed. Three others were in critical condition.";
        assert_eq!(role_of(t, 3.0), Some(Role::Total));
        let t = "Two people were killed. Three victims were in critical condition.";
        assert_eq!(role_of(t, 3.0), Some(Role::Total));
        assert_eq!(
            role_of("Three boys remained in critical condition.", 3.0),
            Some(Role::Total)
        );
        // The same people, not a part of them.
        let t = "One person was injured. A little boy was critically wounded on Sunday.";
        assert!(every(t, |c| c.role == Role::Total));
        // A count that tells no fate between them leaves the whole as it was.
        let t = "A shooting left 13 people wounded. All but five of the victims had been \
                 released. One woman was in critical condition.";
        assert_eq!(role_of(t, 1.0), Some(Role::Subset));
    }

    /// `Two were taken to Mount Sinai, two to an area hospital, and one ...`: a list shares
    /// the people out, and none of its counts is the total; a toll of the dead beside
    /// conditions is.
    #[test]
    fn a_distributive_list_holds_no_total() {
        let roles = |text: &str| -> Vec<(f64, Role)> {
            extract(text)
                .into_iter()
                .filter(|c| !c.implicit)
                .map(|c| (c.figure, c.role))
                .collect()
        };
        let t = "Two people were taken in critical condition to Mount Sinai Hospital, two were \
                 taken to an area hospital in fair condition, and one was taken to another.";
        assert!(
            roles(t).iter().all(|r| r.1 == Role::Subset),
            "{:?}",
            roles(t)
        );
        let t = "Six people were shot; 1 person is dead, 1 is critical, 4 are stable.";
        assert!(roles(t).contains(&(1.0, Role::Total)), "{:?}", roles(t));
        let t = "One person was killed, two were injured.";
        assert!(
            roles(t).iter().all(|r| r.1 == Role::Total),
            "{:?}",
            roles(t)
        );
    }

    /// `three of those shot`: the fate is the whole's, so the three are a part of the shot,
    /// not their total; `two of those people died` tells a fate of the two.
    #[test]
    fn a_part_of_those_with_a_fate_stays_a_part() {
        let role_of = |text: &str, figure: f64| {
            stated_claim(text, figure).map(|c| (c.role, c.subject.predicate))
        };
        let shot = Some("shot".to_string());
        let t = "Four people were taken to hospital. Three of those shot were in good condition.";
        assert_eq!(role_of(t, 3.0), Some((Role::Subset, shot.clone())));
        let t = "Four people were taken to hospital. Two of the people who were shot are stable.";
        assert_eq!(role_of(t, 2.0), Some((Role::Subset, shot.clone())));
        let t = "Four people were taken to hospital. Two of the victims who were shot are stable.";
        assert_eq!(role_of(t, 2.0), Some((Role::Subset, shot)));
        let killed = Some("killed".to_string());
        let t = "Four people were taken to hospital. Two of those people died.";
        assert_eq!(role_of(t, 2.0), Some((Role::Total, killed.clone())));
        let t = "Four people were taken to hospital. Two of the people who were shot died.";
        assert_eq!(role_of(t, 2.0), Some((Role::Total, killed)));
    }

    #[test]
    fn a_gerund_with_its_object_is_the_verb() {
        let shot = vec![Some("shot".to_string())];
        assert_eq!(
            stated_predicates("Police arrested the man suspected of shooting 10 people."),
            shot
        );
        assert_eq!(
            stated_predicates("He was charged with shooting three men."),
            shot
        );
        // (The event, not a verb.)
        assert_eq!(
            stated_predicates("After a shooting 2 people were found dead."),
            vec![Some("killed".to_string())]
        );
    }

    #[test]
    fn people_shot_at_are_targets_not_victims() {
        let preds = |s: &str| -> Vec<Option<String>> {
            extract(s)
                .into_iter()
                .map(|c| c.subject.predicate)
                .collect()
        };
        assert_eq!(
            preds("The gunman fired shots at three responding officers."),
            [None]
        );
        assert_eq!(preds("He shot at the two deputies before fleeing."), [None]);
        assert_eq!(
            preds("He shot at least three people."),
            [Some("shot".into())]
        );
        // Gunshots counted, and people near a target, are no victims either.
        assert_eq!(preds("He fired one shot at the other man."), [None]);
        assert_eq!(preds("Neighbors said only one shot was fired."), [None]);
        assert_eq!(
            preds("He fired at a car, with seven people inside."),
            [None]
        );
        // People who fired, or were fired upon, are told no fate; missiles are fired.
        assert_eq!(
            preds("Someone was firing into a crowd of about 10 people."),
            [None]
        );
        assert_eq!(
            preds("Militants fired 20 rockets at the town."),
            [Some("fired".into())]
        );
        // The agents of a passive: `by` before the figure.
        assert_eq!(preds("Shots were fired by three people in a car."), [None]);
        assert_eq!(preds("He was shot by at least two men."), [None]);
        // Those who did the harm are not its victims; a headline's fates still are.
        let own = stated_predicates;
        assert_eq!(
            own("Police said the four suspects killed Ana Ruiz and Luis Ortiz."),
            [None]
        );
        assert_eq!(own("Police said two gunmen shot him in the back."), [None]);
        assert_eq!(
            own("1 killed 3 injured in weekend shooting"),
            [Some("killed".into()), Some("injured".into())]
        );
        assert_eq!(
            own("Two men killed the same night"),
            [Some("killed".into())]
        );
        assert_eq!(own("Two Men Killed A Block Apart"), [Some("killed".into())]);
        // (Review: measures, places and holidays are no objects; the agents' other forms.)
        for victims in [
            "Police identified the two men shot a block from the school.",
            "Two men shot 3 blocks from school",
            "One man was killed and two others wounded a block away",
            "Two men shot New Year's Eve in Chicago",
            "3 people shot West Oakland overnight",
        ] {
            assert!(own(victims)[0].is_some(), "{victims}");
        }
        for agents in [
            "Police said two men shot and killed a 24-year-old man.",
            "Two officers fatally shot a man.",
            "Two gunmen shot 17-year-old Darnell Hayes.",
            "Two suspects shot at officers.",
            "Two gunmen kill man at bus stop",
            "Two Gunmen Killed Three People At Nightclub",
        ] {
            assert_eq!(own(agents)[0], None, "{agents}");
        }
        assert_eq!(
            own("Shooting leaves 2 dead, 5 injured SAPD officials said"),
            [Some("killed".into()), Some("injured".into())]
        );
    }

    #[test]
    fn people_hit_are_shot_and_bounds_reach_victims() {
        let preds = stated_predicates;
        assert_eq!(
            preds("Police said 14 people were hit."),
            [Some("shot".into())]
        );
        assert_eq!(
            preds("Three people were struck by stray bullets."),
            [Some("shot".into())]
        );
        assert_ne!(
            preds("Two men were struck by a car."),
            [Some("shot".into())]
        );
        assert_eq!(
            preds("Two men were struck by gunfire and died."),
            [Some("killed".into())]
        );
        let c = one("At least one person was killed.");
        assert_eq!(c.qualifier, Qualifier::AtLeast);
        assert_eq!((c.value.low, c.value.high), (Some(1.0), None));
        assert_eq!(c.text, "At least one person");
    }

    /// The verb of a clause tells the fate its shot people had; a death in another clause
    /// is someone else's.
    #[test]
    fn shot_people_who_died_are_the_dead() {
        assert_eq!(
            tolls("Two men who were struck inside the shop died on the scene."),
            [(2.0, Some("killed".into()))]
        );
        assert_eq!(
            tolls("Five people were shot outside a bar where a man was killed last year.")[0],
            (5.0, Some("shot".into()))
        );
    }

    /// `three other people were shot`: others are not all who were shot.
    #[test]
    fn others_shot_are_a_part_of_the_shot() {
        let claims = extract("One man is dead and three other people were shot.");
        let others = claims.iter().find(|c| c.text == "three other people");
        assert_eq!(others.map(|c| c.role), Some(Role::Subset), "{claims:#?}");
        let hurt = one("One man was killed and five others were hurt."
            .replace("One man was killed and ", "")
            .as_str());
        assert_eq!(hurt.role, Role::Total);
    }

    /// Found in review: what a hit or struck rule must not read as a death or a shooting.
    #[test]
    fn hit_and_struck_keep_to_their_clause() {
        assert_eq!(
            tolls("Four people were hit in a deadly shooting.")[0],
            (4.0, Some("shot".into()))
        );
        assert_eq!(
            tolls("Some 2,000 residents were hit hard by the flooding."),
            [(2000.0, None)]
        );
        assert_eq!(tolls("Two officers were struck with a bat."), [(2.0, None)]);
        assert_eq!(
            tolls("The parents of two children killed in the crash sued."),
            [(2.0, Some("killed".into()))]
        );
        assert_eq!(
            one("Protests erupted over a man killed by police.")
                .value
                .high,
            Some(1.0)
        );
    }

    /// A verb does not reach the subject of another clause; `more people` add to people,
    /// not to a count of lanes before them; `no other injuries` adds nothing.
    #[test]
    fn clauses_and_sets_bound_what_a_count_is() {
        let c = extract("Eight people were injured when two men opened fire.");
        let men = c.iter().find(|c| c.text == "two men");
        assert_eq!(men.map(|c| c.subject.predicate.clone()), Some(None));
        let c = extract("He crossed five lanes of traffic and shot three more people.");
        let more = c.iter().find(|c| c.figure == 3.0).map(|c| c.role);
        assert_eq!(more, Some(Role::Increment));
        assert_eq!(
            one("No other injuries were reported.").role,
            Role::Increment
        );
        assert_eq!(one("No injuries were reported.").role, Role::Total);
    }

    /// Others of the same fate as a count before them add to it, and the two are parts of
    /// their sum; of another fate they are that fate's total.
    #[test]
    fn others_of_the_same_fate_add() {
        let sum = |text: &str| {
            let c = extract(text);
            let total: Vec<(f64, bool)> = c
                .iter()
                .filter(|c| c.role == Role::Total)
                .map(|c| (c.figure, c.implicit))
                .collect();
            (c.into_iter().map(|c| c.role).collect::<Vec<_>>(), total)
        };
        assert_eq!(
            sum("Two people were wounded and two others were also hurt."),
            (
                vec![Role::Subset, Role::Total, Role::Increment],
                vec![(4.0, true)]
            )
        );
        assert_eq!(
            roles("Two people were killed and four others were hurt."),
            [Role::Total, Role::Total]
        );
        assert_eq!(
            sum("One passenger died at the scene and the other two died at the hospital."),
            (
                vec![Role::Subset, Role::Total, Role::Increment],
                vec![(3.0, true)]
            )
        );
        // A hospital's name stands between the verb and `hospital`, and its hyphen is no
        // dash of a breakdown.
        let t = "Three gunshot victims were transported by ambulance to Yale-New Haven \
                 Hospital and two others were taken to the hospital in a private car.";
        assert_eq!(sum(t).1, [(5.0, true)], "{:#?}", extract(t));
        // A comparison, a toll reached and a later death add nothing; every addition to
        // one count goes into one sum.
        for t in [
            "Seven people were killed this weekend, two more than last weekend.",
            "The death toll rose to 12 on Monday after three more people died.",
        ] {
            assert!(every(t, |c| !c.implicit), "{t}: {:#?}", extract(t));
        }
        let t = "One person died at the scene, two more died at the hospital and three more \
                 died later.";
        assert_eq!(sum(t).1, [(6.0, true)]);
        // An implied `another` adds one to a count of its fate.
        let t = "Two suffered non-life-threatening injuries and another remains in critical \
                 condition.";
        assert_eq!(sum(t).1, [(3.0, true)]);
        // A verb of harm after the figure is no counted noun.
        assert_eq!(
            tolls("Three suffer gunshot wounds in shooting"),
            [(3.0, Some("injured".into()))]
        );
        // Others joined to named people add to them.
        let t = "Two men were killed. Simpson and Riley and six other people, including a \
                 17-year-old boy and four women, were wounded.";
        let six = extract(t).into_iter().find(|c| c.figure == 6.0);
        assert_eq!(six.map(|c| c.role), Some(Role::Increment));
        // Others beside a part are more of the same whole.
        let t = "Three of the victims were taken to Yale-New Haven Hospital and two others \
                 were taken to the hospital in a private car.";
        assert_eq!(roles(t), [Role::Subset, Role::Subset]);
        assert_eq!(
            roles("Three people were injured: the driver and two others."),
            [Role::Total, Role::Total]
        );
    }

    /// An apposition after a count of people breaks it down: its counts are parts, and the
    /// ages listed after plural people (`two females, 28 and 27`) are no counts.
    #[test]
    fn an_apposition_breaks_a_count_down() {
        let c = extract(
            "The three other victims, two females, 28 and 27, and one male, 24, were \
             transported to area hospitals.",
        );
        let got: Vec<(f64, Role, Option<&str>)> = c
            .iter()
            .map(|c| (c.figure, c.role, c.subject.predicate.as_deref()))
            .collect();
        // After one full age, the numbers of `another` and `others` are ages.
        let t = "Four men who were hit - one 29 years old, another 52, two others 37 - were \
                 taken to a hospital.";
        assert!(every(t, |c| c.figure < 29.0), "{:#?}", extract(t));
        assert_eq!(
            got,
            [
                (3.0, Role::Total, Some("injured")),
                (2.0, Role::Subset, Some("injured")),
                (1.0, Role::Subset, Some("injured")),
            ]
        );
        // A clause after the comma is no breakdown; plural people without a count of their
        // own have no ages listed.
        let t = "Gunmen killed 12 soldiers, while 3 civilians also died.";
        assert!(every(t, |c| c.role == Role::Total), "{:#?}", extract(t));
        let t = "The clashes killed protesters and police officers, 12 and 3 respectively.";
        assert_eq!(extract(t).len(), 2);
        // Nor is a number past a lifetime an age.
        let t = "Of the 288 candidates, 286 have higher education.";
        assert_eq!(extract(t).len(), 2);
    }

    /// An event the story's own `comes after`, or one `that incident` points back to, is
    /// of the past, and so is a part taken from its count; counts of the past leave the
    /// wounded of this event derivable.
    #[test]
    fn an_earlier_event_the_story_points_back_to_is_the_past() {
        let t = "Four people have been shot at the bar. This all comes after a person was \
                 killed in a shooting outside the bar. Two people were shot in that incident. \
                 One of them died at the hospital.";
        let c = extract(t);
        let past: Vec<(f64, bool)> = c.iter().map(|c| (c.figure, c.context.past)).collect();
        assert_eq!(
            past,
            [
                (4.0, false),
                (1.0, true),
                (2.0, true),
                (1.0, true),
                (4.0, false)
            ],
            "{c:#?}"
        );
        assert_eq!(wounded(t), [4.0]);
        // Only the sentence's own `comes after` places it earlier; a clause's does not.
        let t = "Four people were wounded in the shooting, which came after an argument.";
        assert!(every(t, |c| !c.context.past));
        // Last year's event, its possessive one word.
        let t = "There was no sign of terrorism such as last year's nightclub massacre in \
                 Orlando that killed 49 people.";
        assert!(every(t, |c| c.context.past));
        // `more` before the counted noun: what is added is the noun.
        let c = one("He fired three more shots.");
        assert_eq!((c.subject.class, c.role), (None, Role::Increment));
    }

    /// An open question (`It's not clear if`, `whether`) states nothing as fact.
    #[test]
    fn an_open_question_is_hedged() {
        let c = one("It's not clear if the four victims had attended the baby shower.");
        assert_eq!(c.modality, crate::claim::Modality::Hedged);
        let c = one("Police are working to determine whether two more people were shot.");
        assert_eq!(c.modality, crate::claim::Modality::Hedged);
        assert!(every("Four people were shot.", Claim::is_asserted));
    }

    /// A penalty a charge carries or a defendant faces is not one imposed.
    #[test]
    fn a_possible_penalty_is_hedged() {
        let hedged = |text: &str| every(text, |c| c.modality == crate::claim::Modality::Hedged);
        assert!(hedged(
            "The manslaughter charge carries a 3- to 15-year sentence."
        ));
        assert!(hedged("He faces up to 20 years in prison."));
        assert!(hedged(
            "The charge carries a potential sentence of five years."
        ));
        assert!(every(
            "He was sentenced to the maximum of 20 years in prison.",
            Claim::is_asserted
        ));
        assert!(every("The bus carries 40 people.", Claim::is_asserted));
    }

    /// An ordinal says how many the event touched; after a count of another fate, the
    /// fate it tells is the one person's (`Three people were found shot to death and a
    /// fourth person was injured` tells of one wounded, not four).
    #[test]
    fn an_ordinal_after_another_fate_counts_no_fate() {
        let c = extract("Three people were found shot to death and a fourth person was injured.");
        assert_eq!(
            wounded("Three people were found shot to death and a fourth person was injured."),
            Vec::<f64>::new(),
            "{c:#?}"
        );
        assert_eq!(
            tolls("A third victim has died."),
            [(3.0, Some("killed".into()))]
        );
        // An age after a full name ends its apposition without a comma too.
        assert_eq!(
            tolls("Police arrested Gary Omar Rivera Montanez, 22 in connection with the killing."),
            []
        );
        // So does one after a noun for a person at a headline's end.
        assert_eq!(
            tolls("Police charge Samir Price, 19, with shooting death of Mayfair boy, 14"),
            []
        );
        // A clause `that` opens with its own subject tells nothing of the figure's people.
        assert_eq!(
            tolls("Telling her three children that their uncle was dead was the hardest thing."),
            [(3.0, None)]
        );
        assert_eq!(
            tolls("Police said three people that were killed had been in the car."),
            [(3.0, Some("killed".into()))]
        );
        // Who speaks after a comma is no one of a list of victims.
        assert_eq!(
            tolls("He was charged with the death of a 14-year-old Mayfair boy, police said."),
            [(1.0, Some("killed".into()))]
        );
        // The grade of a charge counts nothing.
        assert_eq!(tolls("He was charged with second degree murder."), []);
        assert_eq!(tolls("He faces first-degree murder charges."), []);
        // One more of the same fate: the toll's update.
        let t = "Two people were killed and four were injured. A third victim died Sunday.";
        assert!(
            tolls(t).contains(&(3.0, Some("killed".into()))),
            "{:?}",
            tolls(t)
        );
    }

    /// `overnight` dates one shooting; only a tally of several makes it a period's count.
    #[test]
    fn overnight_dates_an_event_unless_it_tallies_several() {
        let c = extract("Two men were shot overnight in north St. Louis.");
        assert_eq!(c[0].role, Role::Total);
        let c = extract("Twelve people were shot overnight in separate shootings.");
        assert_eq!(c[0].role, Role::Period);
    }

    /// `Four teens, one fatally, were shot`: the part's adverb names no noun and makes no
    /// clause of the apposition.
    #[test]
    fn a_fate_adverb_in_an_apposition() {
        assert_eq!(
            tolls("Four teens, one fatally, were shot."),
            [
                (4.0, Some("shot".into())),
                (1.0, Some("killed".into())),
                (3.0, Some("injured".into()))
            ]
        );
        assert_eq!(
            extract("Five hurt, two critically.")[1].subject.label,
            "people injured"
        );
    }

    /// A range may mix words and digits (`nine to 18 months`), and a figure may hold a
    /// vulgar fraction (`11½`, which reads `11 1/2`).
    #[test]
    fn a_range_of_words_and_digits() {
        let c = one("He was sentenced to nine to 18 months in jail.");
        assert_eq!(c.qualifier, Qualifier::Range);
        assert_eq!(c.subject.label, "length of sentence");
        let c = one("He was sentenced to 11½ to 23 months in prison.");
        assert_eq!(c.text, "11½ to 23 months");
        assert_eq!(one("He served 3 1/2 years.").text, "3 1/2 years");
    }

    /// A killer who took their own life or was killed by the police may be among a
    /// document's dead; a victim killed by a gunman tells nothing of the killer.
    #[test]
    fn a_killer_who_died_marks_the_document() {
        let died = |t: &str| every(t, |c| c.context.killer_died);
        assert!(died(
            "Four people were killed before he was shot and killed by police."
        ));
        assert!(died("Three people died in a murder-suicide."));
        assert!(!died("Four people were killed by a gunman on Sunday."));
    }

    /// Cartridge casings stem to `case` but are no infection, nor hurt by a fate told
    /// before them; `20+` counts the noun after it.
    #[test]
    fn casings_are_found_not_infected() {
        let c = extract("A woman was hospitalized, 20+ casings found after a shooting.");
        let casings = c.iter().find(|c| c.text == "20+ casings");
        assert_eq!(casings.map(|c| c.subject.predicate.clone()), Some(None));
        assert_eq!(one("Police found 20 casings.").subject.predicate, None);
    }

    /// A compound duration names what lasted, event word or not: a standoff near an
    /// apartment is the standoff's length, not the building's.
    #[test]
    fn a_compound_duration_names_what_lasted() {
        let c = one("She was shot at her apartment after a five-hour standoff with police.");
        assert_eq!(c.subject.noun.as_deref(), Some("standoff"));
        assert_eq!(c.subject.label, "length of standoff");
    }

    /// A year before a word that is also a time unit is a year: `the 2006 second-overall
    /// pick` is no 2,006 seconds; `2006 seconds` still is.
    #[test]
    fn a_year_before_a_unit_word_is_a_year() {
        assert!(extract("He was the 2006 second-overall pick.").is_empty());
        assert_eq!(extract("The stand-off lasted 2006 seconds.").len(), 1);
    }

    /// `three days after the shooting` is time between two moments, counted from the
    /// attack; `for fourteen hours before` the fire was out is the fire's length.
    #[test]
    fn offsets_are_time_elapsed() {
        let c = one("Three days after the shooting, Reese was charged with murder.");
        assert_eq!(c.subject.predicate.as_deref(), Some("elapsed"));
        assert_eq!(c.subject.label, "time after attack");
        let c = one("Three days before the shooting, he bought a rifle.");
        assert_eq!(c.subject.label, "time before attack");
        let c = one("He was sentenced to 25 years after pleading guilty.");
        assert_eq!(c.subject.predicate.as_deref(), Some("lasted"));
        let c = one("Crews fought the warehouse fire for fourteen hours before it was out.");
        assert_eq!(c.subject.predicate.as_deref(), Some("lasted"));
    }

    /// A compound broken after its hyphen (`25- mile trail`) is still a length, not a count
    /// of the people a sentence says were injured.
    #[test]
    fn a_broken_compound_keeps_its_unit() {
        let cs = extract("He injured three more people along his 25- mile trail of carnage.");
        assert!(
            cs.iter().any(|c| c.dimension == Dimension::Length),
            "{cs:#?}"
        );
        assert!(cs.iter().all(|c| c.figure != 25.0), "{cs:#?}");
        // Nor is either figure of a suspended or spaced age a count of the wounded.
        let cs = extract("Their 1- or 2 -year-old baby was wounded in the shooting.");
        assert!(cs.iter().all(|c| c.figure > 2.0), "{cs:#?}");
    }

    /// A contraction or a word after an opening quote is no name of the context: a conflict
    /// once said `the contexts differ: one names We've`.
    #[test]
    fn contractions_are_no_names() {
        for text in [
            "Neighbors said \"We've never seen it,\" after four kids were shot on Elm Street.",
            "\"They're gone,\" she said of the two men killed in Dayton.",
        ] {
            let cs = extract(text);
            assert!(!cs.is_empty());
            for c in cs {
                let names = &c.context.names;
                assert!(!names.iter().any(|n| n.contains('\'')), "{names:?}");
            }
        }
        assert!(
            crate::scan::is_contraction("We\u{2019}ve") && !crate::scan::is_contraction("O'Neill")
        );
    }

    /// What was reported is no speaker: `no other injuries reported` told of nobody; and
    /// a place before a count is no name with an age (`In Dallas, 12 of the victims`).
    #[test]
    fn speakers_and_places_in_loose_prose() {
        let c = one("There were no other injuries reported.");
        assert_eq!(c.attribution, None);
        assert_eq!(
            one("In Dallas, 12 of the victims were injured.").figure,
            12.0
        );
    }

    /// Counts of charges and of hospitals are no people: `17 counts` joined a group of
    /// suspects arrested, `four different hospitals` one of the injured.
    #[test]
    fn charges_and_hospitals_are_no_people() {
        let c = one("Offray was arrested and faces 17 counts of attempted murder.");
        assert_eq!(c.subject.predicate.as_deref(), Some("charged"));
        assert_ne!(c.subject.class.as_deref(), Some("person"));
        let c = one("The victims were transported to four different hospitals on Sunday.");
        assert_ne!(c.subject.predicate.as_deref(), Some("injured"), "{c:#?}");
        assert_ne!(c.subject.class.as_deref(), Some("person"));
    }

    /// Victims taken to a hospital are the injured, unless the sentence tells they died.
    #[test]
    fn victims_taken_to_a_hospital_are_injured() {
        let s = |p: &str| Some(p.to_string());
        assert_eq!(
            tolls("A man, woman and child were rushed to a nearby hospital."),
            [(3.0, s("injured"))]
        );
        let died = tolls("A man was taken to the hospital, where he died.");
        assert!(died.iter().all(|t| t.1 != s("injured")), "{died:?}");
        // Who takes someone there is not hurt.
        assert_eq!(tolls("A woman rushed her son to the hospital."), []);
        // Patients in it; not who works there.
        let left = tolls("The shooting left one person dead and three others in the hospital.");
        assert!(left.contains(&(3.0, s("injured"))), "{left:?}");
        let staff = extract("Two nurses in the hospital said they heard shots.");
        assert!(
            staff.iter().all(|c| c.subject.predicate.is_none()),
            "{staff:?}"
        );
    }

    /// `the three most seriously injured` stays a part after a sentence of another fate.
    #[test]
    fn a_superlative_part_stays_a_part() {
        let cs = extract(
            "Five of the six other victims were released on Thursday. The three most \
             seriously injured victims suffered spinal injuries, doctors said.",
        );
        let part = cs.iter().find(|c| c.figure == 3.0).expect("three");
        assert_eq!(part.role, Role::Subset, "{cs:#?}");
    }

    #[test]
    fn qualifiers_and_units() {
        let c = one("Talks lasted about three hours on Tuesday.");
        assert_eq!(c.dimension, Dimension::Duration);
        assert!(c.value.contains(10_800.0));
        let c = one("He left an almost two-hour meeting with the minister.");
        assert!(c.value.contains(6_900.0) && !c.value.contains(7_200.0));
        assert_eq!(c.subject.noun.as_deref(), Some("meeting"));
        // A range whose ends have units of their own: 6 months to 2 years, in seconds.
        let c = one("He was sentenced to 6 months to 2 years in prison.");
        assert_eq!(c.qualifier, Qualifier::Range);
        assert_eq!(
            (c.value.low, c.value.high),
            (Some(15_768_000.0), Some(63_072_000.0))
        );
        let c = one("Between 70 and 80 people were hurt.");
        assert_eq!(c.qualifier, Qualifier::Range);
        assert_eq!((c.value.low, c.value.high), (Some(70.0), Some(80.0)));
        assert_eq!(c.subject.predicate.as_deref(), Some("injured"));
    }

    /// Headline tolls: `One dead` counts a victim, `2 hurt` after `1 dead,` is hurt (not
    /// a noun taking the dead's fate), and the wounded of a `double shooting` with one
    /// dead are one.
    #[test]
    fn headline_tolls_with_one_and_irregular_participles() {
        let fates = |text: &str| {
            let mut t = tolls(text);
            t.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            t
        };
        let s = |p: &str| Some(p.to_string());
        assert_eq!(
            fates("1 dead, 2 hurt in shooting"),
            [(1.0, s("killed")), (2.0, s("injured"))]
        );
        assert_eq!(
            fates("One killed, three injured in shooting"),
            [(1.0, s("killed")), (3.0, s("injured"))]
        );
        assert_eq!(
            fates("One dead after double shooting in the Russell neighborhood"),
            [(1.0, s("injured")), (1.0, s("killed")), (2.0, s("shot"))]
        );
        // An adjective before a person stays the person's (`one injured man`).
        assert_eq!(
            fates("Police said one injured man ran away."),
            [(1.0, s("injured"))]
        );
        // One count of two fates counts the casualties, neither fate alone.
        assert_eq!(
            fates("Eight have been hurt or killed by gunfire this year."),
            [(8.0, s("casualties"))]
        );
        // A pronoun's `one` is nobody counted; a clause's `that one died` counts one.
        assert_eq!(fates("\"This one hurt, a lot,\" her mother said."), []);
        assert_eq!(fates("Police said that one died."), [(1.0, s("killed"))]);
    }

    #[test]
    fn participles_name_victims_and_hits_stay_hits() {
        let cs = extract("Tragedy in Liberty City: 2 dead, 7 wounded in shooting");
        let wounded = cs.iter().find(|c| c.figure == 7.0).expect("7 wounded");
        assert_eq!(wounded.subject.predicate.as_deref(), Some("injured"));
        assert_eq!(wounded.subject.class.as_deref(), Some("person"));
        let c = one("4 Hurt in Shooting Outside Brooklyn Baby Shower");
        assert_eq!(c.subject.predicate.as_deref(), Some("injured"));
        assert_eq!(c.subject.label, "people injured");
        let c = one("Each victim had received multiple stab wounds.");
        assert_eq!(c.subject.predicate, None);
        let c = one("Police are investigating two homicides on the North Side.");
        assert_eq!(c.subject.predicate.as_deref(), Some("killed"));
        let c = one("Officers found two deceased victims inside the home.");
        assert_eq!(c.subject.predicate.as_deref(), Some("killed"));
        // A hospital holds the hurt only when someone is taken there.
        let c = one("Three people were taken to the hospital.");
        assert_eq!(c.subject.predicate.as_deref(), Some("injured"));
        let c = one("The mood at the hospital was somber as dozens of officers came and went.");
        assert_eq!(c.subject.predicate, None);
    }

    #[test]
    fn the_verb_past_an_apposition_is_the_nouns() {
        for (text, predicate) in [
            (
                "Two men, ages 19 and 21, were wounded, police said.",
                Some("injured"),
            ),
            ("Three sisters, 20, 22 and 25, were killed.", Some("killed")),
            (
                "Four people, including a pastor, were hurt.",
                Some("injured"),
            ),
            (
                "Nineteen people, most of them children, have been sickened.",
                Some("ill"),
            ),
            ("Two men remain in custody.", Some("arrested")),
            // A clause, not an apposition: its verb is not the noun's.
            ("Two men, police said, were questioned.", None),
            // The object of a verb before it: the verb after is the subject's.
            (
                "A teen who shot 4 people, including 2 agents, is killed.",
                Some("shot"),
            ),
        ] {
            let c = extract(text);
            let first = c.first().expect("a claim");
            assert_eq!(
                first.subject.predicate.as_deref(),
                predicate,
                "{text}: {c:#?}"
            );
        }
    }

    #[test]
    fn wounds_named_by_a_noun_phrase_are_injuries() {
        for text in [
            "All four victims suffered non-life threatening injuries.",
            "Four men were found with gunshot wounds inside the bar.",
            "Four people are recovering after a shooting outside a restaurant.",
        ] {
            let c = one(text);
            assert_eq!(c.subject.predicate.as_deref(), Some("injured"), "{text}");
        }
        // A weapon is no wound.
        let cs = extract("Four men were shot with a rifle.");
        assert_eq!(cs[0].subject.predicate.as_deref(), Some("shot"), "{cs:#?}");
    }

    #[test]
    fn aged_victims_in_a_list_count_one_each() {
        for (text, n, predicate) in [
            (
                "A woman and her 4-year-old child were wounded.",
                2.0,
                "injured",
            ),
            (
                "A 3-year-old girl and 23-year-old woman wounded by gunfire were released.",
                2.0,
                "injured",
            ),
            (
                "He is accused in the shooting deaths of a mother and her 8-year-old daughter.",
                2.0,
                "killed",
            ),
        ] {
            let cs = extract(text);
            let c = cs
                .iter()
                .find(|c| c.subject.predicate.as_deref() == Some(predicate))
                .unwrap_or_else(|| panic!("{text}: {cs:#?}"));
            assert_eq!(c.figure, n, "{text}");
            assert!(c.implicit, "{text}");
        }
    }

    #[test]
    fn both_a_named_pair_and_a_reflexive_pair_are_two() {
        let two = |p: &str| vec![(2.0, Some(p.to_string()))];
        assert_eq!(tolls("Both victims were killed."), two("killed"));
        assert_eq!(
            tolls("Both suffered non-life-threatening injuries."),
            two("injured")
        );
        assert_eq!(
            tolls("Gonzalez and her grandfather were wounded."),
            two("injured")
        );
        assert_eq!(tolls("He injured himself and a juvenile."), two("injured"));
        // `Both` after a counted toll points back to it; `both sides` are no victims.
        let cs =
            tolls("Shooting\n\nTwo men were wounded on Main Street. Both remain hospitalized.");
        assert_eq!(cs, two("injured"));
        assert!(tolls("Both sides agreed to talk.").is_empty());
        // A reflexive joins only by `and`: the comma starts another clause.
        assert!(tolls("Boy accidentally shoots himself, father charged").is_empty());
        // A possessed kin alone names a victim the text counts elsewhere.
        assert!(tolls("His wife was killed.").is_empty());
    }

    #[test]
    fn graded_wounds_are_a_part_and_the_shot_stay_the_wounded() {
        let injured = |text: &str| -> Vec<(f64, Role)> {
            extract(text)
                .into_iter()
                .filter(|c| c.subject.predicate.as_deref() == Some("injured"))
                .map(|c| (c.figure, c.role))
                .collect()
        };
        assert_eq!(
            injured("Four people were shot and two of them had serious injuries."),
            [(2.0, Role::Subset), (4.0, Role::Total)]
        );
        assert_eq!(
            injured("Three people were shot, and two are in critical condition."),
            [(3.0, Role::Total)]
        );
        // The dead hold no wounded: those graded are the wounded's total.
        assert_eq!(
            injured("Three people were killed and two critically injured."),
            [(2.0, Role::Total)]
        );
        // Two person nouns make one head: `an adult male` is one more, not a stray noun.
        let c = one("Two children and an adult male were found dead.");
        assert_eq!(
            (c.figure, c.subject.predicate.as_deref()),
            (3.0, Some("killed"))
        );
        // A participle after a person noun is its verb, not a second noun.
        let cs = extract("11-year-old boy wounded, stepfather fatally shot");
        assert!(cs.iter().all(|c| c.figure == 1.0), "{cs:#?}");
    }

    #[test]
    fn a_tally_since_a_day_is_a_running_total() {
        let c = extract("At least 35 people have been shot, eight of them fatally, since Friday.");
        assert!(c.iter().all(|c| c.context.cumulative), "{c:#?}");
        // The day dates something else: the custody, not the toll.
        let c = one("He has been in custody since Monday after two people were killed.");
        assert!(!c.context.cumulative);
    }

    #[test]
    fn lists_of_victims_with_a_serial_comma_a_modifier_or_an_uncounted_plural() {
        let toll = |text: &str| extract(text).iter().map(|c| c.figure).collect::<Vec<_>>();
        assert_eq!(
            toll("He was charged after fatally shooting his girlfriend, her mother, and brother"),
            [3.0]
        );
        assert_eq!(toll("Woman, young child killed in Kerr County"), [2.0]);
        // A headline's next clause is no part of the list.
        assert_eq!(toll("Bullet kills man, grazes child in home"), [1.0]);
        // Friends are people: `a family friend` ends the list.
        assert_eq!(
            toll(
                "He is accused of killing their father, mother, sister, niece and a family friend."
            ),
            [5.0]
        );
        // `grandchildren` says there were more, not how many: no count.
        assert!(toll("Grandmother kills daughter, grandchildren, self").is_empty());
    }

    #[test]
    fn a_number_after_a_label_sign_labels() {
        let c = extract("Dustin Ferguson of 900 Garden Way #9 in Manhattan was also injured.");
        assert!(c.is_empty(), "{c:#?}");
        assert!(extract("He lived in apartment No. 9 and was injured.").is_empty());
    }

    #[test]
    fn an_age_in_the_possessive_is_an_age() {
        assert!(extract("Grandparents charged in 5-year-old's shooting death").is_empty());
        assert!(extract("Grandparents charged in 5-year-old’s shooting death").is_empty());
    }

    #[test]
    fn a_vague_word_scales_a_multiplier() {
        let c = one("Several hundred protesters set up burning barricades.");
        assert_eq!((c.value.low, c.value.high), (Some(300.0), Some(1000.0)));
        let c = one("A few thousand fans were evacuated.");
        assert_eq!((c.value.low, c.value.high), (Some(2000.0), Some(6000.0)));
    }

    #[test]
    fn a_singular_verb_and_a_years_span_opening_the_sentence() {
        // The verb is the son's, not his siblings'.
        let c =
            extract("Her son, who loved being around his brother and sister, was shot and killed.");
        assert!(c.iter().all(|c| c.figure != 2.0), "{c:#?}");
        let c = one("Since 1913, the city has lost 33 officers in the line of duty.");
        assert!(c.context.cumulative);
    }

    #[test]
    fn words_near_a_toll_that_do_not_make_one() {
        // Warrants are executed, not killed; prisoners are.
        assert_eq!(
            tolls("Investigators had executed 44 search warrants in Tyler."),
            [(44.0, None)]
        );
        assert_eq!(
            tolls("The regime executed 12 prisoners on Monday."),
            [(12.0, Some("killed".to_string()))]
        );
        let p = |s: &str| Some(s.to_string());
        // A charge or a unit is no wound; a surgery is no shooting; custody of kin is care.
        assert_eq!(
            tolls("Two men were charged with wounding a police officer.")[0].1,
            None
        );
        assert_eq!(
            tolls("Two patients are recovering from surgery.")[0].1,
            None
        );
        assert_eq!(
            tolls("Two children remain in custody of their grandmother.")[0].1,
            None
        );
        assert_eq!(
            tolls("Two men remain in police custody."),
            [(2.0, p("arrested"))]
        );
        // The gunman's own death does not swallow the figure other outlets give.
        assert_eq!(
            tolls("The gunman killed three people and himself."),
            [(3.0, p("killed"))]
        );
        // Hyphenated kin are people; a list of deeds is not a list of people.
        assert_eq!(
            tolls("A woman and her step-dad were wounded."),
            [(2.0, p("injured"))]
        );
        assert!(
            tolls("Ex-Cop Found Dead After Killing Wife, Wounding Two Officers")
                .iter()
                .all(|t| t.0 != 2.0 || t.1 != p("killed"))
        );
        // `Both` right after its own count in the sentence repeats it.
        assert_eq!(
            tolls("Two men, both with gunshot wounds, were found dead.").len(),
            1
        );
    }

    #[test]
    fn an_age_after_a_suffixed_name_and_a_count_after_having_are_not_tolls() {
        let c = extract("Relatives said Terry Robinson Jr., 28, of St. Louis, was killed.");
        assert!(c.is_empty(), "{c:#?}");
        let c = one("Friends said the dead man had two young sons.");
        assert_eq!(c.subject.predicate, None);
        let c = one("Two people were killed near the 55 Freeway exit in Tustin.");
        assert_eq!(c.figure, 2.0);
        let c = extract("3 Court Rulings Freed 4 Men");
        assert!(c.iter().any(|c| c.figure == 3.0), "not a street: {c:#?}");
        let c = one("The attack had killed 80 people.");
        assert_eq!(c.subject.predicate.as_deref(), Some("killed"));
    }

    #[test]
    fn a_fatal_split_derives_the_wounded_once() {
        assert_eq!(
            wounded("4 Shot, 1 Killed During Argument\n\nFour men were shot, one fatally."),
            [3.0, 3.0]
        );
    }

    #[test]
    fn the_dead_among_the_shot_leave_the_wounded() {
        let injured = |n: f64| (n, Some("injured".to_string()));
        let t = tolls("Four teenagers were shot in Newark, and one of them has died, police say.");
        assert!(t.contains(&injured(3.0)), "{t:?}");
        let t = tolls("Three people were shot Sunday, one of whom later died.");
        assert!(t.contains(&injured(2.0)), "{t:?}");
        // The death is the part's, not the whole's: never `5 killed`.
        let t = tolls("One of 5 shot in Southern Pines bar dies of injuries");
        assert!(t.contains(&injured(4.0)), "{t:?}");
        assert!(!t.contains(&(5.0, Some("killed".into()))), "{t:?}");
        let t = tolls("One of the five people shot outside the club has died.");
        assert!(t.contains(&injured(4.0)), "{t:?}");
        // A death in another clause is another's.
        let t = tolls("One of the three people shot Saturday is in critical condition, while a man shot last week died Monday.");
        assert!(!t.contains(&injured(2.0)), "{t:?}");
        // Nobody died: no wounded are derived.
        let t = tolls("Five people were shot and two of them are in critical condition.");
        assert!(!t.contains(&injured(3.0)), "{t:?}");
    }

    #[test]
    fn one_of_the_people_whose_fate_is_told_is_a_part_of_the_toll() {
        let parts = |text: &str| -> Vec<(f64, Option<String>, Role)> {
            extract(text)
                .into_iter()
                .map(|c| (c.figure, c.subject.predicate, c.role))
                .collect()
        };
        assert_eq!(
            parts("One of the children was shot in the leg."),
            [(1.0, Some("shot".into()), Role::Subset)]
        );
        assert_eq!(
            parts("Two of the officers who responded were injured."),
            [(2.0, Some("injured".into()), Role::Subset)]
        );
        // Someone picked out, or a possessive: no part of a toll.
        assert!(parts("One of the officers returned fire.").is_empty());
        let own = parts("Jerry Shelton had two children of his own.");
        assert!(own.iter().all(|p| p.2 == Role::Total), "{own:?}");
        // A fate told in a relative clause picks someone out.
        assert!(parts("One of the men who was killed is her son.").is_empty());
        // The dead among the shot of an earlier sentence are all the dead.
        let t = parts("Five people were shot. Two of the victims died at the hospital.");
        assert!(
            t.contains(&(2.0, Some("killed".into()), Role::Total)),
            "{t:?}"
        );
        // A text may open on the part (no index before it to read).
        assert_eq!(parts("One of them died.").len(), 1);
        // The shooter of two of his children is no victim.
        let t = parts("A father fatally shot two of his children.");
        assert_eq!(t, [(2.0, Some("killed".into()), Role::Total)]);
    }

    #[test]
    fn people_named_after_a_count_are_some_of_them() {
        let text = "Four shot in North Lawndale\n\nFour people were shot Sunday. A 22-year-old \
                    man and a 21-year-old man were shot in the hip. Two windows were shot out.";
        assert_eq!(wounded(text), [4.0]);
    }

    #[test]
    fn a_time_before_an_event_just_told_is_the_past() {
        let past = |text: &str| every(text, |c| c.context.past);
        assert!(past(
            "Six months before that, a gunman killed 14 people in a Denver-area movie theater."
        ));
        assert!(past("Two years earlier, a storm had killed 12 people."));
        assert!(!past("A gunman killed 14 people in a movie theater."));
    }

    #[test]
    fn a_fate_or_a_day_is_not_a_speaker() {
        let speaker = |text: &str| extract(text).first().and_then(|c| c.attribution.clone());
        assert_eq!(
            speaker("Two were wounded and two were dead investigators said.").as_deref(),
            Some("investigators")
        );
        assert_eq!(
            speaker("Five juveniles have been injured say DC police officials.").as_deref(),
            Some("DC police officials")
        );
        // The boy told officers: neither the spree nor the officers state the toll.
        assert_eq!(
            speaker("A boy hurt in the spree that left four dead told officers the name."),
            None
        );
        assert_eq!(
            speaker(
                "The host of a party where five people were shot said Monday that he regrets it."
            ),
            None
        );
    }

    #[test]
    fn the_shot_less_the_dead_are_the_wounded() {
        let cs = extract("Five people were shot outside a club. One man died at the hospital.");
        let derived = cs.iter().find(|c| c.implicit).expect("a derived claim");
        assert_eq!(
            (derived.figure, derived.text.as_str()),
            (4.0, "Five people")
        );
        // No dead named: the shot lived.
        assert_eq!(
            wounded("Four people were shot at a party on Sunday."),
            [4.0]
        );
        // The dead not counted plainly: the wounded are unknown.
        assert!(wounded("Five people were shot on Friday. At least two died.").is_empty());
        // Two shootings in one round-up: nothing to subtract from.
        assert!(
            wounded("Five people were shot on Friday. Three people were shot on Sunday.")
                .is_empty()
        );
        // The wounded stated: nothing derived.
        assert_eq!(
            wounded("Five people were shot. Two died and three were wounded."),
            [3.0]
        );
        // Fewer wounded told after the toll are some of them: the toll comes first, then
        // the victims one by one.
        let t = "Five people were shot, including one who suffered critical injuries. One \
                 victim was taken to Mount Sinai Hospital with life-threatening injuries.";
        let c = extract(t);
        let got: Vec<(f64, Role, bool)> = c
            .iter()
            .filter(|c| c.subject.predicate.as_deref() == Some("injured"))
            .map(|c| (c.figure, c.role, c.implicit))
            .collect();
        assert_eq!(
            got,
            [(1.0, Role::Subset, false), (5.0, Role::Total, true)],
            "{c:#?}"
        );
        // Fewer victims told after the toll are some of its people.
        let t = "Four people were shot in the parking lot. Two victims, 17 and 23 years old, \
                 were struck in lower extremities.";
        assert_eq!(wounded(t), [4.0], "{:#?}", extract(t));
        // Others hurt besides are more, not some.
        assert_eq!(
            wounded("Five people were shot. Two others were injured by broken glass."),
            [2.0]
        );
    }

    #[test]
    fn currencies_named_in_words() {
        for (text, code) in [
            ("The factory paid 200,000 taka in compensation.", "BDT"),
            ("He was fined 50,000 Pakistani rupees.", "PKR"),
            ("The bill came to 3 billion rupees.", "INR"),
            ("Farmers were paid 4,000 cedis each.", "GHS"),
        ] {
            let c = one(text);
            assert_eq!(
                (c.dimension, c.unit.as_str()),
                (Dimension::Money, code),
                "{text}"
            );
        }
    }

    #[test]
    fn figures_keep_the_unit_they_were_written_in() {
        let c = one("The fire spread about 40 miles on Monday.");
        let w = c.as_written.as_ref().expect("miles as written");
        assert_eq!(
            (w.unit.as_str(), w.value.low, w.value.high),
            ("miles", Some(36.0), Some(44.0))
        );
        assert!(c.value.contains(64_373.76));
        // A canonical unit needs no second reading.
        assert_eq!(
            one("The fire spread about 40 metres on Monday.").as_written,
            None
        );
    }

    #[test]
    fn a_toll_over_several_attacks_is_a_sum() {
        let cs = extract("4 killed, 11 wounded in city shootings Tuesday");
        assert!(cs.iter().all(|c| c.context.cumulative), "{cs:#?}");
        let c = one("Two people were killed Tuesday in one of the city's deadliest shootings.");
        assert!(!c.context.cumulative);
        let c = one("At least 30 people were killed in a series of bombings in Baghdad.");
        assert!(!c.context.cumulative);
        // Events told apart, whatever they are called; their count counts no victims.
        let cs = extract("Three men were shot to death in three separate incidents on Thursday.");
        assert!(cs.iter().all(|c| c.context.cumulative), "{cs:#?}");
        let incidents = cs
            .iter()
            .find(|c| c.text.contains("incidents"))
            .expect("incidents");
        assert_eq!(incidents.subject.class, None);
        let cs = extract("Police reported two incidents in which three people were hurt.");
        let hurt = cs.iter().find(|c| c.figure == 3.0).expect("the hurt");
        assert!(hurt.context.cumulative);
        let t = "The insanity has killed thousands since Sandy Hook.";
        assert!(every(t, |c| c.context.cumulative));
        let t = "Police have arrested two men since Tuesday's shooting.";
        assert!(every(t, |c| !c.context.cumulative));
        assert!(every(
            "Two men were shot in the incident, police said.",
            |c| { !c.context.cumulative }
        ));
    }

    #[test]
    fn fatal_wounds_kill() {
        let c = one("Two men were fatally wounded on Sunday.");
        assert_eq!(c.subject.predicate.as_deref(), Some("killed"));
        let cs = extract("A shooting fatally wounded a 17-year-old boy and injured five others.");
        let boy = cs.iter().find(|c| c.figure == 1.0).expect("the boy");
        assert_eq!(boy.subject.predicate.as_deref(), Some("killed"));
    }

    #[test]
    fn the_speaker_is_the_phrase_after_a_clause_opener() {
        let c = one(
            "The victims were taken to a hospital where police said three people were wounded.",
        );
        assert_eq!(c.attribution.as_deref(), Some("police"));
        let c = one("Bowser faces murder charges after authorities said four women were killed.");
        assert_eq!(c.attribution.as_deref(), Some("authorities"));
        let c = one("The man police say shot four people at a party was arrested.");
        assert_eq!(c.attribution.as_deref(), Some("police"));
        let c = one("No injuries have been reported in the shooting.");
        assert_eq!(c.attribution, None);
        let c = one("Dallas Police previously said seven officers were hurt.");
        assert_eq!(c.attribution.as_deref(), Some("Dallas Police"));
        let c = one("She was leaving with her 4 boys when she was shot.");
        assert_eq!(c.subject.predicate, None);
        // A title's full stop does not end the speaker, nor is the title a name.
        let c = one("Eight people were hurt, according to Sgt. Danielle Newman.");
        assert_eq!(c.attribution.as_deref(), Some("Sgt. Danielle Newman"));
        assert_eq!(c.context.names, ["Danielle Newman"]);
        // Where the speakers are is not who speaks.
        let c = one("Police in Ohio say three people were wounded.");
        assert_eq!(c.attribution.as_deref(), Some("Police"));
        let c = one("The mayor in a statement said two officers were hurt.");
        assert_eq!(c.attribution.as_deref(), Some("mayor"));
    }

    #[test]
    fn a_surname_is_the_speaker_named_in_full() {
        let cs = extract(
            "Carmen Pacheco said she heard eight shots. Later Pacheco said she heard five shots.",
        );
        assert_eq!(cs.len(), 2, "{cs:#?}");
        assert!(cs
            .iter()
            .all(|c| c.attribution.as_deref() == Some("Carmen Pacheco")));
    }

    #[test]
    fn an_apposition_adds_no_victim() {
        let c = one("His mother, a 60-year-old teacher, was killed.");
        assert_eq!(c.figure, 1.0, "{c:#?}");
        assert_eq!(one("A man, a woman and a boy were killed.").figure, 3.0);
        assert_eq!(
            one("His mother, stepfather and brother were killed.").figure,
            3.0
        );
    }

    #[test]
    fn the_agent_of_a_killing_is_no_victim() {
        let cs = extract("AG: Bedford mother killed 2 children, herself");
        assert!(cs.iter().all(|c| c.text != "mother"), "{cs:#?}");
        let cs = extract("Teen killed 2 days after birthday");
        assert!(cs.iter().any(|c| c.text == "Teen" && c.implicit), "{cs:#?}");
    }

    #[test]
    fn a_fate_is_not_the_next_figures_noun() {
        let cs = extract("Police said 1 dead, 4 injured in the shooting.");
        let hurt = cs.iter().find(|c| c.figure == 4.0).expect("4 injured");
        assert_eq!(hurt.subject.predicate.as_deref(), Some("injured"));
        assert_eq!(hurt.subject.label, "people injured");
    }

    #[test]
    fn not_claims() {
        for s in [
            "On April 4, 2017 the talks began at 09:21.",
            "The White House compared him to World War II leaders.",
            "A MiG-23 crashed in 2014.",
            "The 20-month-old boy survived.",
            "One of the men left.",
            "SAPD locates suspect 1 / 9 Back to Gallery",
        ] {
            let c = extract(s);
            assert!(c.is_empty(), "{s}: {c:#?}");
        }
    }

    /// `the 200 person crowd` sizes a crowd: it is no count of people the fate near it
    /// (`he had been shot`) befell; `a fourth victim` and `Two deputy constables` still
    /// count people.
    #[test]
    fn a_person_noun_without_its_hyphen_can_size_another_noun() {
        let c = extract(
            "On Wednesday - the day the autopsy showed he had been shot seven times - part of \
             the 200 person crowd became unruly.",
        );
        assert!(c.iter().all(|c| c.subject.predicate.is_none()), "{c:#?}");
        let c = extract("Two deputy constables were shot.");
        assert!(c
            .iter()
            .any(|c| c.figure == 2.0 && c.subject.predicate.as_deref() == Some("shot")));
    }
}
