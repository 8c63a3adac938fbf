//! Provenance: source detection and copy detection, on the seeds and on synthetic texts.

use crosscheck::provenance::{
    dependencies, detect_source, independent_count, CopyDetector, Dependency, DependencyKind,
};
use crosscheck::{Date, Document};
use std::path::PathBuf;

fn seeds() -> Vec<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    assert_eq!(paths.len(), 5, "five seed articles");
    paths
        .iter()
        .map(|p| Document::from_path(p).expect("readable seed"))
        .collect()
}

fn credited(doc: &Document) -> Vec<&str> {
    doc.source.credited.iter().map(String::as_str).collect()
}

#[test]
fn seed_sources() {
    let docs = seeds();
    // 000: the lone `AFP` line credits the story; `(AFP/Name)` is a picture credit.
    assert_eq!(credited(&docs[0]), ["AFP"]);
    assert_eq!(docs[0].source.published, Date::new(2017, 4, 13));
    assert_eq!(docs[0].source.outlet, None);
    // 001: `AP/` only in picture credits; the signature at the end is the byline.
    assert!(credited(&docs[1]).is_empty());
    assert_eq!(docs[1].source.byline.as_deref(), Some("Josh Lederman"));
    assert_eq!(docs[1].source.outlet.as_deref(), Some("The News"));
    // The caption's date is the event's, not the story's.
    assert_eq!(docs[1].source.published, None);
    // 002: the outlet line, and the `BEIRUT / AP` dateline of the second story.
    assert_eq!(docs[2].source.outlet.as_deref(), Some("Bloomberg"));
    assert_eq!(credited(&docs[2]), ["AP"]);
    // 003: no credit at all.
    assert!(credited(&docs[3]).is_empty());
    assert_eq!(docs[3].source.outlet, None);
    // 004: `DPA contributed`; `.../REUTERS`, `.../AFP` are picture credits, `AFP reported`
    // is narrative.
    assert_eq!(credited(&docs[4]), ["DPA"]);
    assert_eq!(docs[4].source.outlet, None);
    for d in &docs {
        if d.id.starts_with("001") {
            continue;
        }
        assert_eq!(d.source.byline, None, "{}", d.id);
    }
}

#[test]
fn seed_copies() {
    let docs = seeds();
    let deps = dependencies(&docs);
    let pairs: Vec<(usize, usize)> = deps.iter().map(|d| (d.a, d.b)).collect();
    assert_eq!(pairs, [(0, 3), (1, 4)], "{deps:?}");
    assert!(deps.iter().all(|d| d.kind == DependencyKind::Copy));
    assert!(deps.iter().all(|d| d.shared_passages >= 2));
    assert_eq!(independent_count(&[0, 1, 2, 3, 4], &deps), 3);
    assert_eq!(independent_count(&[0, 3], &deps), 1);
    assert_eq!(independent_count(&[2, 3], &deps), 2);
}

#[test]
fn seed_copies_do_not_depend_on_order() {
    let docs = seeds();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let reversed: Vec<&str> = texts.iter().rev().copied().collect();
    let n = texts.len();
    let forward = CopyDetector::new().detect(&texts);
    let mut mapped: Vec<Dependency> = CopyDetector::new()
        .detect(&reversed)
        .into_iter()
        .map(|d| Dependency {
            a: n - 1 - d.b,
            b: n - 1 - d.a,
            ..d
        })
        .collect();
    mapped.sort_by_key(|d| (d.a, d.b));
    assert_eq!(forward, mapped);
    assert_eq!(
        forward,
        CopyDetector::new().detect(&texts),
        "stable across runs"
    );
}

/// What the normalize stage will hand over: every double-quote form folded to `"`.
fn fold_quotes(text: &str) -> String {
    text.replace("\u{E2}\u{20AC}\u{153}", "\"")
        .replace("\u{E2}\u{20AC}\u{9D}", "\"")
        .replace("\u{E2}\u{20AC}\u{2122}", "'")
        .replace("\u{E2}\u{20AC}", "\"")
        .replace(['\u{201C}', '\u{201D}', '\u{2020}'], "\"")
        .replace('\u{2019}', "'")
}

#[test]
fn seed_copies_survive_quote_folding() {
    let docs = seeds();
    let folded: Vec<String> = docs.iter().map(|d| fold_quotes(&d.text)).collect();
    let texts: Vec<&str> = folded.iter().map(String::as_str).collect();
    let pairs: Vec<(usize, usize)> = CopyDetector::new()
        .detect(&texts)
        .iter()
        .map(|d| (d.a, d.b))
        .collect();
    assert_eq!(pairs, [(0, 3), (1, 4)]);
    let credits: Vec<Vec<String>> = texts.iter().map(|t| detect_source(t).credited).collect();
    assert_eq!(
        credits,
        [vec!["AFP"], vec![], vec!["AP"], vec![], vec!["DPA"]]
    );
}

#[test]
fn dependency_serializes_for_the_report() {
    let d = Dependency {
        a: 0,
        b: 3,
        shared_passages: 3,
        shared_words: 40,
        kind: DependencyKind::Copy,
    };
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["kind"], "copy");
    assert_eq!(json["shared_passages"], 3);
}

const WIRE: &str = "\
Government forces shelled the northern district overnight, local residents said, and the \
army closed the only road out of the valley on Tuesday morning.

Aid convoys waiting at the border crossing were turned back for the third day in a row, \
according to a relief coordinator who asked not to be named.

\"We have no food left and the children are sick,\" one resident told the agency by phone.

The governor of the province has promised to reopen the road once the fighting moves \
further north, but gave no date for the reopening of the crossing.";

#[test]
fn same_wire_story_under_two_headlines_is_a_copy() {
    let a = format!("Valley cut off as shelling continues\n\nHARBOURTOWN (Reuters) - {WIRE}\n");
    let b = format!(
        "Residents flee northern district\n\nHARBOURTOWN (Reuters) - {WIRE}\n\n\
         Our correspondent in the capital adds that parliament will debate the crisis next \
         week, with opposition members calling for an inquiry.\n"
    );
    let other = "Rain delays harvest\n\nFarmers in the south said heavy rain had delayed the \
                 wheat harvest by two weeks, and prices rose at the market on Monday.";
    let deps = CopyDetector::new().detect(&[&a, other, &b]);
    assert_eq!(deps.len(), 1, "{deps:?}");
    assert_eq!((deps[0].a, deps[0].b), (0, 2));
    assert!(deps[0].shared_words >= 60, "{deps:?}");
    assert_eq!(detect_source(&a).credited, ["Reuters"]);
}

#[test]
fn shared_long_quotation_is_not_a_copy() {
    let quote = "\u{201C}We will not accept any agreement that leaves our citizens without \
                 water, electricity or schools, and we will say so at every meeting until the \
                 other side listens to what the people of this region are asking for.\u{201D}";
    let a = format!(
        "The interior minister spoke after a cabinet session in the capital on Sunday.\n\n\
         {quote}, he said.\n\nOfficials expect a second round of talks later this month."
    );
    let b = "Speaking to reporters at the airport before flying to the summit, the minister \
         repeated his position.\n\n\"We will not accept any agreement that leaves our citizens \
         without water, electricity or schools, and we will say so at every meeting until the \
         other side listens to what the people of this region are asking for.\"\n\n\
         Opposition leaders dismissed the remarks as campaign rhetoric.";
    assert!(CopyDetector::new().detect(&[&a, b]).is_empty());
    // Without the quotation marks the same words are shared narrative.
    let unquoted = a.replace(['\u{201C}', '\u{201D}'], "");
    let b_unquoted = b.replace('"', "");
    assert_eq!(
        CopyDetector::new().detect(&[&unquoted, &b_unquoted]).len(),
        1
    );
}

#[test]
fn short_stock_phrases_are_not_enough() {
    let a = "The talks between the former Cold War foes ended without agreement after the \
             chemical weapons attack in Syria, officials in the capital said on Monday.";
    let b = "Analysts said relations between the former Cold War foes had rarely been worse \
             since the chemical weapons attack in Syria drew a missile strike last week.";
    assert!(CopyDetector::new().detect(&[a, b]).is_empty());
}

#[test]
fn boilerplate_footer_shared_by_fifty_documents_is_not_a_copy() {
    let footer = "Copyright 2017 Example Media Group. All rights reserved. This material may \
                  not be published, broadcast, rewritten or redistributed in any form without \
                  prior written permission. Follow us for the latest news and analysis.";
    let texts: Vec<String> = (0..50)
        .map(|i| format!("{}\n\n{footer}\n", synthetic_body(i, 60)))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert!(CopyDetector::new().detect(&refs).is_empty());
    // With a cap above 50 the footer alone (a single long passage) links them all.
    let linked = CopyDetector::new().max_doc_freq(100).detect(&refs);
    assert_eq!(linked.len(), 50 * 49 / 2);
}

#[test]
fn options_change_the_decision() {
    let a = "one two three four five six seven eight nine ten. Then something else entirely \
             happened here. alpha beta gamma delta epsilon zeta eta theta iota kappa";
    let b = "one two three four five six seven eight nine ten. A quite different middle part \
             appears now. alpha beta gamma delta epsilon zeta eta theta iota kappa";
    assert_eq!(CopyDetector::new().detect(&[a, b]).len(), 1);
    assert!(CopyDetector::new()
        .min_passages(3)
        .detect(&[a, b])
        .is_empty());
    assert!(CopyDetector::new()
        .shingle_size(11)
        .detect(&[a, b])
        .is_empty());
    let d = &CopyDetector::new().detect(&[a, b])[0];
    assert_eq!((d.shared_passages, d.shared_words), (2, 20));
}

/// A deterministic pseudo-random generator (xorshift), so the tests need no crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Words made of syllables: a vocabulary of 4,096 distinct words.
fn word(n: u64) -> String {
    const SYL: [&str; 16] = [
        "ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "va", "ze", "bo", "du", "fi", "gu", "ha",
        "jo",
    ];
    let mut s = String::new();
    for i in 0..3 {
        s.push_str(SYL[((n >> (4 * i)) & 15) as usize]);
    }
    s
}

fn synthetic_body(seed: u64, words: usize) -> String {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut out = String::new();
    for i in 0..words {
        out.push_str(&word(rng.next() % 4096));
        out.push(if i % 12 == 11 { '.' } else { ' ' });
        if i % 12 == 11 {
            out.push(' ');
        }
    }
    out
}

#[test]
fn scale_two_thousand_documents() {
    let n = 2000;
    let mut texts: Vec<String> = (0..n).map(|i| synthetic_body(i as u64 + 1, 120)).collect();
    // Plant copies: document j runs the middle of document i under a new headline.
    let planted: Vec<(usize, usize)> = (0..20).map(|i| (i * 97, i * 97 + 13)).collect();
    for &(i, j) in &planted {
        let middle: Vec<&str> = texts[i].split(' ').skip(20).take(60).collect();
        texts[j] = format!(
            "{}\n\n{}\n\n{}",
            synthetic_body(10_000 + j as u64, 10),
            middle.join(" "),
            synthetic_body(20_000 + j as u64, 30)
        );
    }
    // And a footer on 100 documents, which must not link them.
    for t in texts.iter_mut().skip(1000).take(100) {
        t.push_str("\n\nAll rights reserved by the publisher of this page and its partners.");
    }
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let deps = CopyDetector::new().detect(&refs);
    let found: Vec<(usize, usize)> = deps.iter().map(|d| (d.a, d.b)).collect();
    assert_eq!(found, planted, "over {n} documents");
}

#[test]
fn credit_forms_and_non_credits() {
    let text = "\
Storm floods the coast

By Jane Doe and John Roe, Associated Press
Published: 2016-03-02

KINGSTON, March 2 (Xinhua) -- A storm flooded the coast on Wednesday.

Residents wade through water. (Photo: AP/Jane Smith)
Rescuers at work.Credit: JOHN SMITH/REUTERS
Boats at the harbour (AFP/Jane SMITH)
Getty Images

The ministry said 12 people were missing, AFP reported.
An official told the Interfax news agency that help was coming.

Reporting by Jane Doe; Editing by John Roe
DPA contributed to this report.
";
    let s = detect_source(text);
    assert_eq!(s.credited, ["AP", "Xinhua", "Reuters", "DPA"]);
    assert_eq!(s.byline.as_deref(), Some("Jane Doe and John Roe"));
    assert_eq!(s.published, Date::new(2016, 3, 2));
    assert_eq!(s.outlet, None);

    let captions_only = "\
Storm floods the coast
Residents wade through water. (Photo: AP/Jane Smith)
Rescuers at work. Credit: JOHN SMITH/REUTERS
(AFP/Jane SMITH)
AFP/Getty Images
The ministry said 12 people were missing, AFP reported.
An official told the Interfax news agency that help was coming.
The storm was the worst since 1998, according to Reuters.
";
    assert!(detect_source(captions_only).credited.is_empty());

    for (closing, expected) in [
        ("(AP)", vec!["AP"]),
        ("\u{2014} Reuters", vec!["Reuters"]),
        ("AFP/AP", vec!["AFP", "AP"]),
        ("Agence France-Presse", vec!["AFP"]),
        ("The storm moved north. \u{2014} AFP", vec!["AFP"]),
        ("GENEVA (AP) \u{2014} The storm moved north.", vec!["AP"]),
        ("LIMA / AP", vec!["AP"]),
    ] {
        let text = format!("Storm floods the coast\n\nThe storm moved north.\n\n{closing}\n");
        assert_eq!(detect_source(&text).credited, expected, "{closing}");
    }
}

/// The default shingle size sits inside the range that separates the seeds, with room on
/// both sides: shorter shingles let stock phrases through, longer ones lose copies.
#[test]
fn seed_margins() {
    let docs = seeds();
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let any_sharing: Vec<(usize, usize, usize)> = CopyDetector::new()
        .min_passages(1)
        .detect(&texts)
        .iter()
        .map(|d| (d.a, d.b, d.shared_passages))
        .collect();
    // (000, 002) share one title-and-name passage only.
    assert_eq!(any_sharing, [(0, 2, 1), (0, 3, 3), (1, 4, 3)]);
    for k in 7..=10 {
        let pairs: Vec<(usize, usize)> = CopyDetector::new()
            .shingle_size(k)
            .detect(&texts)
            .iter()
            .map(|d| (d.a, d.b))
            .collect();
        assert_eq!(pairs, [(0, 3), (1, 4)], "shingle size {k}");
    }
}
