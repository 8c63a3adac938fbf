//! Normalization: decoding, mojibake repair, NFKC, quote and dash folding, with an offset map.
//!
//! Extraction runs on the normalized text; every span it reports is mapped back through
//! [`Normalized::to_original`] so reports quote the text the user gave.
//!
//! # Model
//!
//! [`normalize`] makes one linear pass over the text, in three steps:
//!
//! 1. **Mojibake repair.** UTF-8 that was mis-decoded as Windows-1252 (`donâ€™t`,
//!    `cafÃ©`, `Â ` for a no-break space) is repaired by a byte round trip: stretches of
//!    characters that each stand for one Windows-1252 byte are turned back into those bytes
//!    and well-formed UTF-8 sequences in them are decoded, when the result is plausible.
//!    Two damaged forms are repaired as well: `â€` that lost its last byte (a closing
//!    `”`), and a lone `†` standing for a lost `” ` inside an open quotation. Details and
//!    heuristics are in the `mojibake` submodule's docs.
//! 2. **NFKC** (compatibility composition): full-width digits become ASCII, ligatures are
//!    split, `e` + combining acute becomes `é`. Two NFKC results are rewritten first because
//!    they change what a figure says: superscripts become `^2` rather than `2` (`10²` would
//!    otherwise read as `102`), and a vulgar fraction after a digit gets a space (`2½` →
//!    `2 1/2`, not `21/2`).
//! 3. **Folding**: curly single quotes and primes → `'`; curly double quotes and guillemets →
//!    `"`; hyphens, dashes and the minus sign → `-`; no-break, thin and other Unicode spaces
//!    → ` `; line and paragraph separators → `\n`; the fraction slash → `/`; zero-width and
//!    bidi controls, the soft hyphen and `™`/`℠` are removed. ASCII (newlines included) is
//!    never changed.
//!
//! Repair comes before NFKC because NFKC rewrites the very characters that carry the lost
//! bytes (`Â` + no-break space would become `Â` + space, `Ã¼` would become `Ã1⁄4`), after
//! which the round trip is impossible.
//!
//! The text is processed in *units*: a character that NFKC cannot combine with what comes
//! before, plus the combining marks that follow it. Units are normalized independently,
//! which equals normalizing the whole text, and each unit whose output differs from its
//! input becomes one segment of the offset map.
//!
//! # The offset map
//!
//! Only changed units are stored (a sorted list of replaced pieces, found by binary
//! search), so memory grows with the number of changes, not the text's length; pure ASCII
//! text stores nothing. [`Normalized::to_original`] guarantees:
//!
//! - the result lies on char boundaries of the original, with `start <= end`;
//! - text that normalization left unchanged maps exactly (the original slice equals the
//!   normalized slice);
//! - a range covering part of a replaced piece maps to the whole original piece;
//! - removed characters at the edges of a range are left out of it.
//!
//! # Limits
//!
//! Repair is heuristic. Genuine text that looks like mojibake can be changed: an accented
//! capital ending a word before closing punctuation is protected (`PERÚ”`, `« OÙ »`), but
//! not a one-letter word in quotes (`“Ñ”`) or capitals joined by a dash (`ÚÅ` in
//! `ANDÚ—ÅSA`). Mojibake that looks like genuine text is left: two-byte sequences are
//! accepted only for Latin, Greek, Cyrillic, Armenian, Hebrew and Arabic letters, digits and
//! punctuation (and Windows-1252's own characters, for text mis-decoded twice), and a CJK
//! character whose bytes look like a word end (`é` + no-break space + `»`) is left alone.
//! A lone `†` is repaired only inside an open curly quotation on the same line.
//!
//! Normalization is idempotent (`normalize(&normalize(s).text).text == normalize(s).text`)
//! except on absurd input: mojibake nested more than eight layers deep, more than 64 KiB of
//! combining marks on one character, or more than a thousand Windows-1252 characters
//! without an ASCII character between them (such stretches are processed in pieces).

mod chars;
mod decode;
mod map;
mod mojibake;
mod pipeline;

pub use decode::decode;

/// Text prepared for extraction, with a map back to the original text's byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Number of mojibake sequences repaired: each maximal piece of the original that a
    /// repair replaced counts once (`donâ€™t` counts 1; text mis-decoded twice counts once
    /// per character it spells; a lone `†` standing for `” ` counts 1).
    pub repairs: usize,
    map: map::OffsetMap,
    orig_len: usize,
}

impl Normalized {
    /// Maps a byte range of the normalized text to the byte range of the original text it
    /// came from.
    ///
    /// The result always lies on char boundaries of the original, with `start <= end`. An
    /// unchanged stretch maps exactly; a range covering part of a replaced piece (a repaired
    /// sequence, a composed character) maps to the whole piece. Offsets past the end are
    /// clamped, and offsets inside a character are widened to the whole character; this
    /// never panics.
    ///
    /// ```
    /// let n = crosscheck::normalize::normalize("It’s “5 km”");
    /// assert_eq!(n.text, "It's \"5 km\"");
    /// let (s, e) = n.to_original(2, 4); // "'s"
    /// assert_eq!(&"It’s “5 km”"[s..e], "’s");
    /// ```
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        let len = self.text.len();
        let end = end.min(len);
        let mut start = start.min(end);
        while !self.text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = end;
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        let e = self.map.end(end).min(self.orig_len);
        let s = self.map.start(start).min(e);
        (s, e)
    }

    /// Length in bytes of the original text.
    pub fn original_len(&self) -> usize {
        self.orig_len
    }

    /// True when the normalized text is the original, byte for byte.
    pub fn is_unchanged(&self) -> bool {
        self.map.len() == 0
    }
}

/// Normalizes `original`: repairs mojibake, applies NFKC, folds quotes, dashes and spaces,
/// and removes invisible characters, keeping a map back to `original` (see the module docs).
///
/// Linear in the text's length; pure ASCII text is returned as is without further work.
///
/// ```
/// let n = crosscheck::normalize::normalize("donâ€™t pay 2½ €");
/// assert_eq!(n.text, "don't pay 2 1/2 €");
/// assert_eq!(n.repairs, 1);
/// ```
pub fn normalize(original: &str) -> Normalized {
    if original.is_ascii() {
        return Normalized {
            text: original.to_string(),
            repairs: 0,
            map: map::OffsetMap::default(),
            orig_len: original.len(),
        };
    }
    let (mut text, mut repairs, mut map) = pipeline::run(original);
    // A repair can uncover another (a control character dropped from between two bytes of
    // mojibake): after any repair, normalize again until nothing changes, so that
    // normalizing twice gives what normalizing once does.
    for _ in 0..MAX_RERUNS {
        if repairs == 0 || text.is_ascii() {
            break;
        }
        let (again, more, _) = pipeline::run(&text);
        if again == text {
            break;
        }
        let prefix = common_prefix(&text, &again);
        let suffix = common_suffix(&text[prefix..], &again[prefix..]);
        map = map.respliced(prefix, text.len() - suffix, again.len() - prefix - suffix);
        repairs += more;
        text = again;
    }
    Normalized {
        text,
        repairs,
        map,
        orig_len: original.len(),
    }
}

/// Most extra passes of [`normalize`] (each only when the one before repaired something).
const MAX_RERUNS: usize = 3;

/// Length in bytes of the longest common prefix of `a` and `b`, on a character boundary.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|((_, x), y)| x != y)
        .map_or(a.len().min(b.len()), |((i, _), _)| i)
}

/// Length in bytes of the longest common suffix of `a` and `b`, on a character boundary.
fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x.len_utf8())
        .sum()
}

/// The form later stages compare names and words in: [`normalize`]d (so the same repairs,
/// NFKC and quote/dash folding apply), then lowercased.
///
/// ```
/// use crosscheck::normalize::fold_for_matching;
/// assert_eq!(fold_for_matching("Don’t"), fold_for_matching("DONâ€™T"));
/// assert_eq!(fold_for_matching("Al‑Qaida"), "al-qaida");
/// ```
pub fn fold_for_matching(s: &str) -> String {
    normalize(s).text.to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        normalize(s).text
    }

    /// A control character dropped from between two bytes of mojibake uncovers a repair;
    /// the second pass makes it, so normalizing again changes nothing, and the offsets
    /// still point into the original.
    #[test]
    fn a_repair_uncovered_by_another_is_made_at_once() {
        let original = "caf\u{e9} \u{c9}\u{99}\u{192} end";
        let n = normalize(original);
        assert_eq!(normalize(&n.text).text, n.text);
        let (start, end) = n.to_original(0, n.text.len());
        assert_eq!((start, end), (0, original.len()));
        let tail = n.text.len() - 3;
        let (a, b) = n.to_original(tail, n.text.len());
        assert_eq!(&original[a..b], "end");
    }

    #[test]
    fn ascii_is_untouched() {
        let n = normalize("plain \"ASCII\" text\r\nwith\0nul");
        assert_eq!(n.text, "plain \"ASCII\" text\r\nwith\0nul");
        assert!(n.is_unchanged());
        assert_eq!(n.to_original(3, 9), (3, 9));
    }

    #[test]
    fn classic_mojibake() {
        assert_eq!(norm("donâ€™t"), "don't");
        assert_eq!(norm("cafÃ©"), "café");
        assert_eq!(norm("Ã¼ber"), "über");
        assert_eq!(norm("â€œquotedâ€\u{9D}"), "\"quoted\"");
        assert_eq!(norm("100Â\u{A0}km"), "100 km");
        assert_eq!(norm("Â£5"), "£5");
        assert_eq!(norm("USÂ\u{A0}$5"), "US $5");
        assert_eq!(norm("ï»¿BOM"), "BOM");
        assert_eq!(norm("â€‹x"), "x");
        assert_eq!(norm("ÐœÐ¾ÑÐºÐ²Ð°"), "Москва".replace('с', "Ñ")); // 0x81 was lost
        assert_eq!(norm("ÐœÐ¾Ñ\u{81}ÐºÐ²Ð°"), "Москва");
        assert_eq!(norm("ðŸ˜€"), "😀");
        assert_eq!(normalize("donâ€™t cafÃ©").repairs, 2);
    }

    #[test]
    fn iso_8859_1_mojibake() {
        assert_eq!(norm("don\u{E2}\u{80}\u{99}t"), "don't");
        // Windows-1252 text read as ISO-8859-1 leaves C1 controls.
        assert_eq!(norm("don\u{92}t \u{93}x\u{94}"), "don't \"x\"");
    }

    #[test]
    fn other_scripts_mojibake() {
        let moj = |s: &str| {
            encoding_rs::WINDOWS_1252
                .decode(s.as_bytes())
                .0
                .into_owned()
        };
        for s in [
            "Hà Nội, Thành phố Hồ Chí Minh",
            "Dąbrowski, Łódź, Gdańsk",
            "București, Timișoara",
            "مرحبا بالعالم، القاهرة ٣",
            "שלום עולם",
            "Ελλάδα",
            "東京、日本語",
        ] {
            assert_eq!(norm(&moj(s)), norm(s), "{s}");
            assert_eq!(norm(&moj(&moj(s))), norm(s), "twice: {s}");
        }
    }

    #[test]
    fn double_mojibake() {
        let once = "é".to_string();
        let bytes = once.as_bytes();
        let twice: String = encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned();
        let thrice: String = encoding_rs::WINDOWS_1252
            .decode(twice.as_bytes())
            .0
            .into_owned();
        assert_eq!(norm(&thrice), "é");
        assert_eq!(normalize(&thrice).repairs, 1);
    }

    #[test]
    fn damaged_closing_quotes() {
        assert_eq!(norm("he said â€œnoâ€\nThen"), "he said \"no\"\nThen");
        assert_eq!(
            norm("“quite absurd†for the US"),
            "\"quite absurd\" for the US"
        );
        assert_eq!(
            norm("“at the level,†according"),
            "\"at the level,\" according"
        );
    }

    #[test]
    fn genuine_text_is_kept() {
        for s in [
            "São Paulo",
            "SÃO PAULO",
            "Â",
            "Ã",
            "Ãgua",
            "Smith† died",
            "† 1941",
            "died†1941",
            "line end†\nnext",
            "word†word",
            "“open” then†after",
            "CAFÉ »",
            "« café »",
            "PERÚ”.",
            "IRMÃ”.",
            "résumé—“Hello",
            "naïve façade Øresund Ñandú",
            "Zürich—Genève",
            "«\u{A0}OÙ\u{A0}» «\u{A0}déjà\u{A0}»",
            "“PÅ” 3×—4 „SPÄ“ «MAÇÃ»",
        ] {
            let folded: String = s
                .chars()
                .map(|c| match c {
                    '“' | '”' | '«' | '»' | '„' => '"',
                    '—' => '-',
                    '\u{A0}' => ' ',
                    c => c,
                })
                .collect();
            assert_eq!(norm(s), folded, "{s:?}");
            assert_eq!(normalize(s).repairs, 0, "{s:?}");
        }
    }

    #[test]
    fn nfkc_and_folding() {
        assert_eq!(norm("ﬁve ５０％"), "five 50%");
        assert_eq!(norm("2½ cups, ½ cup"), "2 1/2 cups, 1/2 cup");
        assert_eq!(norm("10²³ km² H₂O"), "10^23 km^2 H2O");
        assert_eq!(
            norm("‘a’ “b” „c“ «d» −5 – 6 — 7"),
            "'a' \"b\" \"c\" \"d\" -5 - 6 - 7"
        );
        assert_eq!(norm("a\u{200B}b\u{00AD}c\u{FEFF}d\u{200D}e"), "abcde");
        assert_eq!(norm("x\u{2009}y\u{3000}z\u{2028}w"), "x y z\nw");
        assert_eq!(norm("Apple™ Inc"), "Apple Inc");
        assert_eq!(norm("5′11″"), "5'11''");
        assert_eq!(norm("cafe\u{301}"), "café");
        assert_eq!(norm("e\u{200D}\u{301}"), "é");
    }

    #[test]
    fn spans_map_back() {
        let orig = "“Caf\u{e9}” costs ５ €, donâ€™t.";
        let n = normalize(orig);
        assert_eq!(n.text, "\"Café\" costs 5 €, don't.");
        let find = |w: &str| {
            let s = n.text.find(w).unwrap();
            let (a, b) = n.to_original(s, s + w.len());
            &orig[a..b]
        };
        assert_eq!(find("Café"), "Café");
        assert_eq!(find("\"Café\""), "“Café”");
        assert_eq!(find("5"), "５");
        assert_eq!(find("don't"), "donâ€™t");
        assert_eq!(find("'"), "â€™");
        assert_eq!(n.to_original(0, n.text.len()), (0, orig.len()));
    }

    #[test]
    fn deletions_at_edges_are_excluded() {
        let orig = "\u{200B}ab\u{200B}";
        let n = normalize(orig);
        assert_eq!(n.text, "ab");
        assert_eq!(n.to_original(0, 2), (3, 5));
        assert_eq!(n.to_original(1, 1), (4, 4));
    }

    #[test]
    fn out_of_range_and_mid_char_offsets_clamp() {
        let orig = "é’x";
        let n = normalize(orig);
        assert_eq!(n.text, "é'x");
        assert_eq!(n.to_original(1, 1), (0, 2));
        assert_eq!(n.to_original(5, 2), (2, 2));
        assert_eq!(n.to_original(0, 99), (0, orig.len()));
    }

    #[test]
    fn idempotent_on_examples() {
        for s in [
            "donâ€™t “x†y",
            "A\u{30A}’",
            "Ã\u{200B}©",
            "Â™©",
            "Ã￡",
            "Â℃",
            "x†㎏",
            "²³ ⁴",
            "ÐœÐ¾â€«\u{308}",
            "Â℃\u{301}",
            "Â©\u{301}",
            "×©²",
        ] {
            let once = norm(s);
            assert_eq!(norm(&once), once, "{s:?}");
        }
    }
}
