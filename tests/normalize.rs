//! The normalize stage: seed repairs, span mapping, and properties on arbitrary text.

use crosscheck::normalize::{fold_for_matching, normalize, Normalized};
use proptest::prelude::*;
use std::path::PathBuf;

fn seeds() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("seeds directory")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let (text, _) = crosscheck::normalize::decode(&std::fs::read(&p).unwrap());
            (p.file_name().unwrap().to_string_lossy().into_owned(), text)
        })
        .collect();
    out.sort();
    out
}

fn seed(prefix: &str) -> String {
    seeds()
        .into_iter()
        .find(|(name, _)| name.starts_with(prefix))
        .map(|(_, text)| text)
        .expect("seed present")
}

#[test]
fn seed_002_mojibake_is_repaired() {
    let orig = seed("002_");
    let n = normalize(&orig);
    assert!(!n.text.contains("â€"), "left: {:?}", n.text);
    assert!(!n.text.contains('†'));
    assert!(n.text.contains("\"ambiguous and contradictory\" foreign"));
    assert!(n.text.contains("\"quite absurd\" for the US"));
    assert!(n.text.contains("current state and outlook\" of relations"));
    assert!(n.text.contains("differences may be.\"\nThe Kremlin"));
    // 11 lone daggers for `” ` and 2 truncated `â€` at line ends.
    assert_eq!(n.repairs, 13);
}

#[test]
fn seeds_without_mojibake_are_only_folded() {
    for (name, text) in seeds() {
        if !name.starts_with("002_") {
            let n = normalize(&text);
            assert_eq!(n.repairs, 0, "{name}");
            let expected: String = text
                .chars()
                .map(|c| match c {
                    '‘' | '’' => "'".to_string(),
                    '“' | '”' => "\"".to_string(),
                    '–' | '—' => "-".to_string(),
                    '\u{A0}' => " ".to_string(),
                    '…' => "...".to_string(),
                    c => c.to_string(),
                })
                .collect();
            assert_eq!(n.text, expected, "{name}");
        }
    }
}

/// Word tokens of the normalized text, as byte ranges.
fn tokens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        let word = c.is_alphanumeric() || c == '\'';
        match (word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    out
}

#[test]
fn seed_tokens_map_back_to_their_original_text() {
    for (name, orig) in seeds() {
        let n = normalize(&orig);
        let toks = tokens(&n.text);
        assert!(!toks.is_empty(), "{name}");
        for (s, e) in toks {
            let (a, b) = n.to_original(s, e);
            assert!(
                orig.is_char_boundary(a) && orig.is_char_boundary(b),
                "{name}"
            );
            assert_eq!(
                fold_for_matching(&orig[a..b]),
                fold_for_matching(&n.text[s..e]),
                "{name}: {:?}",
                &n.text[s..e]
            );
        }
        assert_eq!(n.to_original(0, n.text.len()), (0, orig.len()), "{name}");
    }
}

#[test]
fn seed_unchanged_stretches_map_exactly() {
    let orig = seed("001_");
    let n = normalize(&orig);
    // Every ASCII word of the normalized text slices the same bytes back.
    let text = &n.text;
    let mut i = 0;
    while i < text.len() {
        let j = text[i..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(text.len(), |k| i + k);
        if j > i {
            let (a, b) = n.to_original(i, j);
            assert_eq!(&orig[a..b], &text[i..j]);
        }
        i = j + text[j..].chars().next().map_or(1, char::len_utf8);
    }
}

#[test]
fn classic_examples() {
    assert_eq!(fold_for_matching("donâ€™t"), "don't");
    assert_eq!(normalize("cafÃ©").text, "café");
    assert_eq!(normalize("Ã¼ber 5Â°C").text, "über 5°C");
    for s in [
        "São Paulo",
        "Â",
        "Ã",
        "† 1941",
        "Smith†",
        "Lived 1900–1941†",
    ] {
        let n = normalize(s);
        assert_eq!(n.repairs, 0, "{s}");
        assert_eq!(n.text, s.replace('–', "-"), "{s}");
    }
}

fn check_map(orig: &str, n: &Normalized, a: usize, b: usize) -> Result<(), TestCaseError> {
    let (s, e) = n.to_original(a, b);
    prop_assert!(s <= e && e <= orig.len(), "({a},{b}) -> ({s},{e})");
    prop_assert!(orig.is_char_boundary(s) && orig.is_char_boundary(e));
    Ok(())
}

/// Strings biased to what the stage handles: mojibake pieces, quotes, dashes, combining
/// marks, zero-width characters, emoji, daggers, superscripts and fractions.
fn tricky() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("â€™"),
        Just("â€œ"),
        Just("â€"),
        Just("â€\u{9D}"),
        Just("Ã©"),
        Just("Ã"),
        Just("Â"),
        Just("Â\u{A0}"),
        Just("Ã¼"),
        Just("ÐœÐ¾"),
        Just("ðŸ˜€"),
        Just("Ã\u{AD}"),
        Just("†"),
        Just("“"),
        Just("”"),
        Just("‘"),
        Just("’"),
        Just("«"),
        Just("»"),
        Just("–"),
        Just("—"),
        Just("−"),
        Just("\u{A0}"),
        Just("\u{2009}"),
        Just("\u{200B}"),
        Just("\u{200D}"),
        Just("\u{AD}"),
        Just("\u{FEFF}"),
        Just("™"),
        Just("\u{301}"),
        Just("\u{308}"),
        Just("\u{30A}"),
        Just("\u{327}"),
        Just("e"),
        Just("A"),
        Just("a"),
        Just("Z"),
        Just("2"),
        Just(" "),
        Just("\n"),
        Just(","),
        Just("."),
        Just("é"),
        Just("É"),
        Just("×"),
        Just("½"),
        Just("²"),
        Just("⁴"),
        Just("ﬁ"),
        Just("５"),
        Just("￡"),
        Just("℃"),
        Just("㎏"),
        Just("😀"),
        Just("א"),
        Just("\u{314F}"),
        Just("\u{1100}"),
        Just("\u{1161}"),
        Just("€"),
        Just("©"),
        Just("…"),
    ];
    prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

/// Single characters from the Windows-1252 upper half, combining marks and ASCII, so that
/// mojibake-looking sequences arise by chance.
fn bytes_like() -> impl Strategy<Value = String> {
    let c = prop_oneof![
        (0x80u32..0x100).prop_map(|c| char::from_u32(c).unwrap()),
        prop::sample::select(vec![
            '€', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 'Ž', '‘', '’', '“', '”',
            '•', '–', '—', '˜', '™', 'š', '›', 'œ', 'ž', 'Ÿ', '\u{301}', '\u{200B}',
        ]),
        (0x20u32..0x7F).prop_map(|c| char::from_u32(c).unwrap()),
    ];
    prop::collection::vec(c, 0..24).prop_map(|v| v.into_iter().collect())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), tricky(), bytes_like()]
}

proptest! {
    #[test]
    fn normalization_is_idempotent(s in any_text()) {
        let once = normalize(&s).text;
        let twice = normalize(&once).text;
        prop_assert_eq!(twice, once);
    }

    #[test]
    fn map_lands_on_char_boundaries(s in any_text(), cuts in prop::collection::vec(any::<prop::sample::Index>(), 2)) {
        let n = normalize(&s);
        let len = n.text.len();
        let mut a = cuts[0].index(len + 1);
        let mut b = cuts[1].index(len + 1);
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        check_map(&s, &n, a, b)?;
        check_map(&s, &n, b, a)?;
        check_map(&s, &n, a, usize::MAX)?;
        // Whole range: all of it, less removed characters at the edges.
        let (s0, e0) = n.to_original(0, len);
        let invisible = |t: &str| fold_for_matching(t).is_empty();
        prop_assert!(invisible(&s[..s0]) && invisible(&s[e0..]), "{:?} -> ({s0},{e0})", s);
    }

    #[test]
    fn map_is_monotone(s in any_text()) {
        let n = normalize(&s);
        let bounds: Vec<usize> = n.text.char_indices().map(|(i, _)| i).chain([n.text.len()]).collect();
        let (mut prev_a, mut prev_b) = (0, 0);
        for w in bounds.windows(2) {
            let (a, b) = n.to_original(w[0], w[1]);
            prop_assert!(a >= prev_a && b >= prev_b, "char at {} maps to ({a},{b}) after ({prev_a},{prev_b})", w[0]);
            prop_assert!(a < b, "a character maps to nothing");
            (prev_a, prev_b) = (a, b);
        }
        if n.is_unchanged() {
            prop_assert_eq!(&n.text, &s);
        }
    }

    #[test]
    fn ascii_is_identity(s in "[ -~\n\r\t]{0,64}") {
        let n = normalize(&s);
        prop_assert_eq!(&n.text, &s);
        prop_assert_eq!(n.repairs, 0);
    }
}
