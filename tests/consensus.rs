//! Consensus: group estimates over interval claims, truth discovery, the population benchmark.

use std::path::{Path, PathBuf};

use crosscheck::consensus::population;
use crosscheck::consensus::{estimate, Evidence, Observation, TruthDiscovery};
use crosscheck::{Error, Interval, Qualifier};
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// Group consensus
// ---------------------------------------------------------------------------------------

#[test]
fn agreement_on_one_figure() {
    let g = estimate(&[
        Evidence::exact(0, 320_000.0),
        Evidence::exact(1, 320_000.0),
        Evidence::exact(2, 320_000.0),
    ]);
    assert_eq!(g.interval, Some(Interval::exact(320_000.0)));
    assert_eq!(g.point, Some(320_000.0));
    assert!(g.outliers.is_empty());
    assert_eq!(g.independent_voices, 3);
    assert_eq!(
        g.explanation,
        "320,000 (3 independent sources) agree; consensus 320,000"
    );
}

#[test]
fn precision_difference_is_not_a_contradiction() {
    let g = estimate(&[
        Evidence::exact(0, 87.0),
        Evidence::qualified(1, Qualifier::MoreThan.apply(80.0), 80.0),
        Evidence::exact(2, 87.0),
    ]);
    assert_eq!(g.interval, Some(Interval::exact(87.0)));
    assert_eq!(g.point, Some(87.0));
    assert!(g.outliers.is_empty());
    assert_eq!(
        g.explanation,
        "87 (2 independent sources) lies within 'more than 80' (1 source); consensus 87"
    );
}

#[test]
fn qualified_claims_only_give_the_middle_of_their_overlap() {
    let g = estimate(&[
        Evidence::qualified(0, Qualifier::About.apply(100.0), 100.0),
        Evidence::qualified(1, Qualifier::AtLeast.apply(95.0), 95.0),
    ]);
    assert_eq!(g.interval, Some(Interval::closed(95.0, 110.0)));
    assert_eq!(g.point, Some(102.5));
    assert_eq!(
        g.explanation,
        "'at least 95' (1 source) and 'about 100' (1 source) overlap; \
         consensus 102.5, the middle of 95 to 110"
    );
}

#[test]
fn unbounded_consensus_has_no_point() {
    let g = estimate(&[
        Evidence::qualified(0, Qualifier::MoreThan.apply(80.0), 80.0),
        Evidence::qualified(1, Qualifier::AtLeast.apply(50.0), 50.0),
    ]);
    assert_eq!(g.interval, Some(Interval::above(80.0, false)));
    assert_eq!(g.point, None);
    assert!(
        g.explanation.ends_with("; consensus more than 80"),
        "{}",
        g.explanation
    );
}

#[test]
fn copies_collapse_to_one_voice() {
    // Five documents carry one wire story; one independent outlet disagrees.
    let mut ev: Vec<Evidence> = (0..5).map(|_| Evidence::exact(7, 40.0)).collect();
    ev.push(Evidence::exact(8, 45.0));
    let g = estimate(&ev);
    assert_eq!(g.independent_voices, 2);
    // One voice each: a contradiction, not a 5-to-1 win.
    assert_eq!(g.interval, None);
    assert_eq!(g.point, None);
    assert!(g.outliers.is_empty());
    assert_eq!(
        g.explanation,
        "40 (1 source in 5 reports) and 45 (1 source) contradict each other; no consensus"
    );
}

#[test]
fn a_voice_keeps_its_most_precise_claim() {
    let g = estimate(&[
        Evidence::qualified(3, Qualifier::About.apply(90.0), 90.0),
        Evidence::exact(3, 87.0),
        Evidence::qualified(4, Qualifier::MoreThan.apply(80.0), 80.0),
    ]);
    assert_eq!(g.independent_voices, 2);
    assert_eq!(g.point, Some(87.0));
    assert!(g.outliers.is_empty());
    assert!(
        g.explanation
            .starts_with("87 (1 source in 2 reports) lies within"),
        "{}",
        g.explanation
    );
}

/// Among a voice's equally exact claims, the one most of its copies state speaks for it:
/// copies saying 3, 3 and 3 against one 0 are a voice saying 3, whatever the order.
#[test]
fn a_voice_speaks_with_its_most_repeated_exact_figure() {
    for zero_at in 0..4 {
        let mut ev = vec![Evidence::exact(1, 3.0); 3];
        ev.insert(zero_at, Evidence::exact(1, 0.0));
        let g = estimate(&ev);
        assert_eq!(g.point, Some(3.0), "{}", g.explanation);
        assert_eq!(g.outliers, vec![zero_at]);
    }
}

#[test]
fn a_garbled_copy_is_set_aside() {
    let g = estimate(&[
        Evidence::exact(1, 87.0),
        Evidence::exact(1, 870.0),
        Evidence::exact(2, 87.0),
    ]);
    assert_eq!(g.point, Some(87.0));
    assert_eq!(g.outliers, vec![1]);
    assert!(g
        .explanation
        .contains("1 copy disagreeing with its own source ignored"));
}

#[test]
fn a_tenfold_figure_is_a_likely_error() {
    let g = estimate(&[
        Evidence::exact(0, 1_200.0),
        Evidence::exact(1, 12_000.0),
        Evidence::exact(2, 1_200.0),
        Evidence::qualified(3, Qualifier::About.apply(1_200.0), 1_200.0),
    ]);
    assert_eq!(g.outliers, vec![1]);
    assert_eq!(g.point, Some(1_200.0));
    assert_eq!(g.independent_voices, 4);
    assert_eq!(
        g.explanation,
        "1,200 (2 independent sources) lies within 'about 1,200' (1 source); consensus 1,200; \
         12,000 (1 source) is set aside as a likely error (10 times off the others' median)"
    );
}

#[test]
fn a_tenfold_bound_that_allows_the_median_is_kept() {
    // "fewer than 10,000" is vague but true.
    let g = estimate(&[
        Evidence::exact(0, 870.0),
        Evidence::exact(1, 870.0),
        Evidence::qualified(2, Qualifier::LessThan.apply(10_000.0), 10_000.0),
    ]);
    assert!(g.outliers.is_empty());
    assert_eq!(g.point, Some(870.0));
}

#[test]
fn disjoint_intervals_keep_the_heavier_side() {
    let g = estimate(&[
        Evidence::exact(0, 50.0),
        Evidence::qualified(1, Qualifier::About.apply(52.0), 52.0),
        Evidence::exact(2, 80.0),
        Evidence::qualified(3, Qualifier::AtLeast.apply(45.0), 45.0),
    ]);
    assert_eq!(g.interval, Some(Interval::exact(50.0)));
    assert_eq!(g.point, Some(50.0));
    assert_eq!(g.outliers, vec![2]);
    assert_eq!(
        g.explanation,
        "50 (1 source) lies within 'at least 45' (1 source) and 'about 52' (1 source); \
         consensus 50; 80 (1 source) contradicts it and is set aside"
    );
}

#[test]
fn weight_decides_between_disjoint_claims() {
    let g = estimate(&[
        Evidence::exact(0, 50.0).with_weight(0.9),
        Evidence::exact(1, 80.0).with_weight(0.4),
    ]);
    assert_eq!(g.point, Some(50.0));
    assert_eq!(g.outliers, vec![1]);
}

/// Outlets whose reliabilities differ by a few hundredths are as good as each other: one
/// against one, neither figure is called an error; two against one, the two decide.
#[test]
fn close_weights_do_not_decide() {
    let g = estimate(&[
        Evidence::exact(0, 4.0).with_weight(0.93),
        Evidence::exact(1, 5.0).with_weight(0.87),
    ]);
    assert_eq!((g.interval, g.point), (None, None), "{}", g.explanation);
    assert!(g.outliers.is_empty());
    let g = estimate(&[
        Evidence::exact(0, 4.0).with_weight(0.95),
        Evidence::exact(1, 5.0).with_weight(0.6),
        Evidence::exact(2, 5.0).with_weight(0.6),
    ]);
    assert_eq!(g.point, Some(5.0), "{}", g.explanation);
    assert_eq!(g.outliers, vec![0]);
    // A voice of no weight (a forecast, a denial) is no voice in the count.
    let g = estimate(&[
        Evidence::exact(0, 4.0).with_weight(0.8),
        Evidence::exact(1, 4.0).with_weight(0.0),
        Evidence::exact(2, 5.0).with_weight(0.9),
    ]);
    assert_eq!(g.point, None, "{}", g.explanation);
    // A clear gap decides one against one, and the explanation gives the weights.
    let g = estimate(&[
        Evidence::exact(0, 4.0).with_weight(0.96),
        Evidence::exact(1, 5.0).with_weight(0.72),
    ]);
    assert_eq!(g.point, Some(4.0));
    assert_eq!(
        g.explanation,
        "4 (1 source) is kept; consensus 4; 5 (1 source) contradicts it and is set aside, \
         its sources weighing less (0.72 against 0.96)"
    );
}

#[test]
fn point_is_a_weighted_median_of_exact_figures() {
    // Exact figures with a tolerance band, all consistent with "more than 80".
    let band = |voice, v: f64| Evidence {
        voice,
        interval: Interval::closed(v - 5.0, v + 5.0),
        figure: v,
        exact: true,
        weight: 1.0,
    };
    let g = estimate(&[
        band(0, 84.0),
        band(1, 87.0).with_weight(2.0),
        band(2, 88.0),
        Evidence::qualified(3, Qualifier::MoreThan.apply(80.0), 80.0),
    ]);
    assert_eq!(g.point, Some(87.0));
}

#[test]
fn empty_and_malformed_input() {
    let g = estimate(&[]);
    assert_eq!(g.interval, None);
    assert_eq!(g.point, None);
    assert_eq!(g.independent_voices, 0);
    assert_eq!(g.explanation, "no usable claims");

    let g = estimate(&[Evidence::exact(0, f64::NAN), Evidence::exact(1, 5.0)]);
    assert_eq!(g.outliers, vec![0]);
    assert_eq!(g.point, Some(5.0));
    assert_eq!(
        g.explanation,
        "5 (1 source) is the only claim; consensus 5; 1 malformed claim ignored"
    );
}

// ---------------------------------------------------------------------------------------
// Truth discovery
// ---------------------------------------------------------------------------------------

fn obs(list: &[(&str, &str, f64)]) -> Vec<Observation> {
    list.iter()
        .map(|&(s, o, v)| Observation::new(s, o, v))
        .collect()
}

#[test]
fn a_single_claim_never_earns_full_reliability() {
    let r = TruthDiscovery::new().run(&obs(&[("a", "x", 10.0), ("b", "x", 10.0)]));
    let a = &r.sources["a"];
    assert_eq!(a.claims, 1);
    assert!(a.reliability > 0.7 && a.reliability < 0.9, "{a:?}");
    let e = &r.estimates["x"];
    assert_eq!((e.value, e.support, e.outliers), (10.0, 2, 0));
    assert!(e.confidence > 0.9 && e.confidence < 1.0);
}

#[test]
fn reliable_sources_win_disputes() {
    // `good` agrees with the crowd on three objects; `bad` disagrees twice; then they
    // dispute an object alone.
    let r = TruthDiscovery::new().run(&obs(&[
        ("good", "p", 100.0),
        ("c1", "p", 100.0),
        ("good", "q", 200.0),
        ("c2", "q", 200.0),
        ("good", "r", 300.0),
        ("c3", "r", 300.0),
        ("bad", "s", 999.0),
        ("c4", "s", 400.0),
        ("c5", "s", 400.0),
        ("bad", "t", 1.0),
        ("c6", "t", 500.0),
        ("c7", "t", 500.0),
        ("bad", "z", 7.0),
        ("good", "z", 6.0),
    ]));
    assert_eq!(r.estimates["z"].value, 6.0);
    assert!(r.sources["good"].reliability > r.sources["bad"].reliability);
}

#[test]
fn vandal_values_lose_the_vote() {
    let r = TruthDiscovery::new().run(&obs(&[
        ("a", "x", 292_648.0),
        ("b", "x", 292_648.0),
        ("c", "x", 126_117_856_178_246.0),
        ("d", "x", 100.0),
    ]));
    assert_eq!(r.estimates["x"].value, 292_648.0);
    assert_eq!(r.estimates["x"].outliers, 2);
}

#[test]
fn near_values_back_each_other() {
    // 9,963 and 10,002 are 0.4 % apart: not the same figure, but together they outweigh
    // a far-off 6,384 from an equally unknown source.
    let r = TruthDiscovery::new().run(&obs(&[
        ("a", "x", 6_384.0),
        ("b", "x", 9_963.0),
        ("c", "x", 10_002.0),
    ]));
    assert_ne!(r.estimates["x"].value, 6_384.0);
}

#[test]
fn ties_go_to_the_first_value_seen() {
    let ab = obs(&[("a", "x", 5.0), ("b", "x", 6.0)]);
    let ba = obs(&[("b", "x", 6.0), ("a", "x", 5.0)]);
    let td = TruthDiscovery::new();
    assert_eq!(td.run(&ab).estimates["x"].value, 5.0);
    assert_eq!(td.run(&ba).estimates["x"].value, 6.0);
    // A tie is no evidence for either side.
    let r = td.run(&ab);
    assert_eq!(r.sources["a"].reliability, r.sources["b"].reliability);
}

#[test]
fn repeated_and_non_finite_observations() {
    let r = TruthDiscovery::new().run(&obs(&[
        ("a", "x", 5.0),
        ("a", "x", 5.0),
        ("b", "x", f64::NAN),
        ("b", "y", 3.0),
    ]));
    assert_eq!(r.estimates["x"].support, 2);
    assert_eq!(r.sources["a"].claims, 2);
    assert_eq!(r.sources["b"].claims, 1);
    assert_eq!(r.estimates.len(), 2);
    assert!(TruthDiscovery::new().run(&[]).estimates.is_empty());
}

#[test]
fn source_groups_share_what_is_learned() {
    // Anonymous sources disagree with everyone; a new anonymous source then disputes a
    // new registered one.
    let mut list = Vec::new();
    for i in 0..6 {
        let o = format!("o{i}");
        list.push((format!("reg{i}"), o.clone(), 10.0));
        list.push((format!("regx{i}"), o.clone(), 10.0));
        list.push((format!("anon{i}"), o, 99.0));
    }
    list.push(("anon-new".into(), "z".into(), 1.0));
    list.push(("reg-new".into(), "z".into(), 2.0));
    let obs: Vec<Observation> = list
        .iter()
        .map(|(s, o, v)| Observation::new(s.as_str(), o.as_str(), *v))
        .collect();
    let grouped = TruthDiscovery::new().source_groups(|s| s.starts_with("anon").to_string());
    let r = grouped.run(&obs);
    assert_eq!(r.estimates["z"].value, 2.0);
    assert!(r.sources["anon-new"].reliability < r.sources["reg-new"].reliability);
    // Without groups the first value seen wins the tie.
    assert_eq!(TruthDiscovery::new().run(&obs).estimates["z"].value, 1.0);
}

// ---------------------------------------------------------------------------------------
// Population benchmark
// ---------------------------------------------------------------------------------------

fn population_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/population")
}

#[test]
fn population_benchmark_beats_truthfinder() {
    let dir = population_dir();
    let (obs, truth) = population::load(&dir).expect("benchmark loads");
    assert_eq!(obs.len(), 4183);
    // The library's defaults, without the example's grouping by contributor names.
    let r = TruthDiscovery::new().run(&obs);
    assert_eq!(r.sources.len(), 2415);
    assert_eq!(r.estimates.len(), 1172);
    let s = population::score(&r, &truth);
    assert_eq!(s.scored, 277);
    assert!(s.error_rate < 0.173, "{s:?}");
    assert!(s.mae < 1722.0, "{s:?}");
    // Deterministic.
    assert_eq!(TruthDiscovery::new().run(&obs), r);
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "crosscheck-consensus-{}-{name}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn population_loader_reports_bad_lines() {
    let dir = temp_dir("bad");
    std::fs::write(
        dir.join("claims.tsv"),
        "a, b_2000\tcontributor #1: x\t10\t2000\na, b_2000\tcontributor #2: y\tten\t2000\n",
    )
    .unwrap();
    std::fs::write(dir.join("truth.csv"), "a, b, 2000, 10\n").unwrap();
    match population::load(&dir) {
        Err(Error::Format {
            path,
            line,
            message,
        }) => {
            assert!(path.ends_with("claims.tsv"));
            assert_eq!(line, 2);
            assert!(message.contains("`ten`"), "{message}");
        }
        other => panic!("expected a format error, got {other:?}"),
    }

    std::fs::write(dir.join("claims.tsv"), "a, b_2000\tx\t10\t2000\n").unwrap();
    std::fs::write(dir.join("truth.csv"), "a, b, 2000, 10\nnot a line\n").unwrap();
    let err = population::load(&dir).unwrap_err();
    assert!(matches!(err, Error::Format { line: 2, .. }), "{err}");
    assert!(err.to_string().contains("truth.csv"), "{err}");

    std::fs::write(dir.join("claims.tsv"), "a, b_2000\tx\t10\n").unwrap();
    assert!(matches!(
        population::load(&dir),
        Err(Error::Format { line: 1, .. })
    ));

    let err = population::load(&dir.join("missing")).unwrap_err();
    assert!(matches!(err, Error::Read { .. }), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn population_loader_keys_match() {
    let dir = temp_dir("ok");
    std::fs::write(
        dir.join("claims.tsv"),
        "Springfield, Illinois_2000\tcontributor #0 (1.2.3.4)\t111454\t2000\r\n\
         springfield, illinois_2000\tcontributor #5: bot\t111454\t2000\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("truth.csv"),
        "springfield, illinois, 2000, 111454\n",
    )
    .unwrap();
    let (obs, truth) = population::load(&dir).unwrap();
    assert_eq!(obs.len(), 2);
    assert_eq!(obs[0].object, "springfield, illinois_2000");
    assert_eq!(obs[0].source, "contributor #0 (1.2.3.4)");
    let s = population::score(&TruthDiscovery::new().run(&obs), &truth);
    assert_eq!((s.scored, s.errors), (1, 0));
    std::fs::remove_dir_all(&dir).ok();
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

fn arb_evidence() -> impl Strategy<Value = Evidence> {
    let qualifier = prop_oneof![
        Just(Qualifier::Exact),
        Just(Qualifier::About),
        Just(Qualifier::MoreThan),
        Just(Qualifier::AtLeast),
        Just(Qualifier::LessThan),
        Just(Qualifier::AtMost),
        Just(Qualifier::Almost),
    ];
    (
        0usize..5,
        1u32..2000,
        qualifier,
        prop_oneof![Just(1.0), Just(0.5), Just(2.0)],
    )
        .prop_map(|(voice, v, q, w)| {
            let v = f64::from(v);
            Evidence {
                voice,
                interval: q.apply(v),
                figure: v,
                exact: q == Qualifier::Exact,
                weight: w,
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn estimate_is_invariant_under_permutation(
        (ev, perm) in prop::collection::vec(arb_evidence(), 0..8)
            .prop_flat_map(|ev| {
                let n = ev.len();
                (Just(ev), Just((0..n).collect::<Vec<_>>()).prop_shuffle())
            })
    ) {
        let shuffled: Vec<Evidence> = perm.iter().map(|&i| ev[i].clone()).collect();
        let a = estimate(&ev);
        let b = estimate(&shuffled);
        prop_assert_eq!(a.interval, b.interval);
        prop_assert_eq!(a.point, b.point);
        prop_assert_eq!(a.independent_voices, b.independent_voices);
        prop_assert_eq!(&a.explanation, &b.explanation);
        // The same claims are flagged (by content: copies within a voice are interchangeable).
        let key = |e: &Evidence| format!("{:?}", e);
        let mut fa: Vec<String> = a.outliers.iter().map(|&i| key(&ev[i])).collect();
        let mut fb: Vec<String> = b.outliers.iter().map(|&i| key(&shuffled[i])).collect();
        fa.sort();
        fb.sort();
        prop_assert_eq!(fa, fb);
    }

    #[test]
    fn point_lies_in_the_consensus(ev in prop::collection::vec(arb_evidence(), 0..8)) {
        let g = estimate(&ev);
        if let (Some(p), Some(i)) = (g.point, g.interval) {
            prop_assert!(i.contains(p), "{} not in {} ({})", p, i, g.explanation);
        }
        prop_assert!(g.point.is_none() || g.interval.is_some());
        // Claims that all share a value are never flagged, and the consensus allows at least
        // what they all allow (each voice keeps only its most precise claim).
        let mut all = ev.iter().map(|e| e.interval);
        if let Some(first) = all.next() {
            if let Some(common) = all.try_fold(first, |acc, i| acc.intersect(&i)) {
                prop_assert!(g.outliers.is_empty(), "{}", g.explanation);
                let c = g.interval.expect("a consensus");
                prop_assert_eq!(c.intersect(&common), Some(common));
            }
        }
        prop_assert!(g.outliers.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(g.independent_voices <= ev.len());
        prop_assert!(!g.explanation.is_empty());
    }

    #[test]
    fn truth_discovery_is_deterministic_and_bounded(
        list in prop::collection::vec((0u8..6, 0u8..4, 1u32..50), 0..40)
    ) {
        let obs: Vec<Observation> = list
            .iter()
            .map(|&(s, o, v)| Observation::new(format!("s{s}"), format!("o{o}"), f64::from(v)))
            .collect();
        let td = TruthDiscovery::new();
        let r = td.run(&obs);
        prop_assert_eq!(&r, &td.run(&obs));
        for (name, e) in &r.estimates {
            prop_assert!(obs.iter().any(|o| &o.object == name && o.value == e.value));
            prop_assert!((0.0..=1.0).contains(&e.confidence));
            let n = obs.iter().filter(|o| &o.object == name).count();
            prop_assert_eq!(e.support + e.outliers, n);
        }
        for s in r.sources.values() {
            prop_assert!(s.reliability > 0.0 && s.reliability < 1.0);
        }
    }
}

/// Documents `(id, text)`.
fn documents(texts: &[(&str, &str)]) -> Vec<crosscheck::Document> {
    texts
        .iter()
        .map(|(id, text)| crosscheck::Document::new(*id, *text))
        .collect()
}

/// The largest group of the documents' report, which must hold `n` claims.
fn largest_group(docs: &[crosscheck::Document], n: usize) -> crosscheck::GroupRecord {
    let r = crosscheck::Reconciler::new().reconcile(docs);
    let g = r
        .groups
        .into_iter()
        .max_by_key(|g| g.claims.len())
        .expect("a group");
    assert_eq!(g.claims.len(), n, "{}", g.explanation);
    g
}

/// Two floors: the higher one is the precise figure, which the lower allows.
#[test]
fn the_higher_floor_lies_within_the_lower() {
    let docs = documents(&[
        (
            "a",
            "More than 100 people marched in Flatbush on Monday night.",
        ),
        (
            "b",
            "More than 200 people marched in Flatbush on Monday night.",
        ),
    ]);
    let g = largest_group(&docs, 2);
    assert!(
        g.explanation
            .starts_with("'More than 200 people' (b) lies within 'More than 100 people'"),
        "{}",
        g.explanation
    );
}

/// A group that meets only as compared says why: named people are some of a toll, and a
/// count of the dead may leave out a killer who died too.
#[test]
fn widened_counts_are_explained() {
    let explain = |a: &str, b: &str| {
        let g = largest_group(&documents(&[("a", a), ("b", b)]), 2);
        (g.verdict, g.explanation)
    };
    let (verdict, why) = explain(
        "Four people were injured in the shooting on Elm Street, police said.",
        "A police officer was wounded in the shooting on Elm Street.",
    );
    assert_eq!(verdict, crosscheck::Verdict::Compatible);
    assert!(
        why.starts_with("4 (a) counts 'A police officer' among them: people named one by one"),
        "{why}"
    );
    let (verdict, why) = explain(
        "Police said it was a double murder, and the man then killed himself.",
        "Three people were found dead in a murder-suicide, police said.",
    );
    assert_eq!(verdict, crosscheck::Verdict::Compatible);
    assert!(
        why.starts_with("3 (b) may count one more than 'double murder': a count of the dead"),
        "{why}"
    );
}

/// A toll that rose twice across many reports (four, eight, nine) has the last figure as
/// its consensus, in a group too big to list every pair of its updates.
#[test]
fn a_big_updated_toll_has_the_latest_figure_as_consensus() {
    let mut docs = Vec::new();
    for (day, toll, n) in [(9, "Four", 8), (10, "Eight", 8), (11, "Nine", 8)] {
        for k in 0..n {
            docs.push(crosscheck::Document::new(
                format!("d{day}-{k}"),
                format!(
                    "FEDERAL WAY, Wash., Jan {day} (Outlet{k}) - {toll} people were killed in a \
                     shooting at an apartment complex on Pacific Highway, police said."
                ),
            ));
        }
    }
    let g = largest_group(&docs, 24);
    let c = g.consensus.as_ref().expect("a consensus");
    assert_eq!(c.point, Some(9.0), "{}", g.explanation);
}

/// Where a toll rose over time, the consensus is the latest figure: the earlier reports were
/// superseded, not outvoted, so the one later report is not set aside as a likely error.
#[test]
fn an_updated_toll_has_the_latest_figure_as_consensus() {
    let docs = documents(&[
        (
            "a",
            "FEDERAL WAY, Wash., Jan 9 (AP) - Four people were killed in a shooting at an \
             apartment complex on Pacific Highway, police said.",
        ),
        (
            "b",
            "FEDERAL WAY, Wash., Jan 9 (KOMO) - Four people were killed in a shooting at an \
             apartment complex on Pacific Highway.",
        ),
        (
            "c",
            "FEDERAL WAY, Wash., Jan 11 (AP) - Five people were killed in the shooting at an \
             apartment complex on Pacific Highway, police said.",
        ),
    ]);
    let g = largest_group(&docs, 3);
    assert_eq!(g.updates.len(), 2, "{}", g.explanation);
    let c = g.consensus.as_ref().expect("a consensus");
    assert_eq!((c.low, c.high, c.point), (Some(5.0), Some(5.0), Some(5.0)));
    assert!(g.outliers.is_empty(), "{:?}", g.outliers);
}
