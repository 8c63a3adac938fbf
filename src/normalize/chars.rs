//! Character classes used by the stage: what is removed, folded, and where NFKC may split.

use std::sync::OnceLock;
use unicode_normalization::char::{canonical_combining_class, decompose_compatible};
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Characters that are dropped: zero-width and bidi controls, the soft hyphen, and the
/// trademark signs (decoration on names; NFKC would turn `Apple™` into `AppleTM`).
pub(super) fn is_removable(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{2120}'
            | '\u{2122}'
    )
}

/// The folded form of a character that is already in NFKC: `Some(c)` unchanged, `Some(x)`
/// folded, `None` removed.
pub(super) fn fold(c: char) -> Option<char> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{2035}'
        | '\u{2039}' | '\u{203A}' | '\u{02BC}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}'
        | '\u{301D}' | '\u{301E}' | '\u{301F}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2E3A}' | '\u{2E3B}' => '-',
        '\u{00A0}'
        | '\u{1680}'
        | '\u{2000}'..='\u{200A}'
        | '\u{202F}'
        | '\u{205F}'
        | '\u{3000}' => ' ',
        // Unicode line and paragraph separators: sentence splitting only knows '\n'.
        '\u{2028}' | '\u{2029}' => '\n',
        '\u{2044}' | '\u{2215}' => '/',
        c if is_removable(c) => return None,
        c => c,
    })
}

/// True when [`fold`] or the pre-NFKC rewrites would change `c`.
pub(super) fn is_special(c: char) -> bool {
    fold(c) != Some(c) || superscript(c).is_some() || is_vulgar_fraction(c)
}

/// Superscript digits and signs, which NFKC flattens (`10²` would read as `102`): the stage
/// writes them as `^2` instead. Returns the plain character.
pub(super) fn superscript(c: char) -> Option<char> {
    Some(match c {
        '\u{2070}' => '0',
        '\u{00B9}' => '1',
        '\u{00B2}' => '2',
        '\u{00B3}' => '3',
        '\u{2074}'..='\u{2079}' => char::from(b'4' + (c as u32 - 0x2074) as u8),
        '\u{207A}' => '+',
        '\u{207B}' => '-',
        _ => return None,
    })
}

/// Vulgar fractions (`½` → NFKC `1⁄2`): after a digit they need a space, else `2½` would
/// read as `21/2`.
pub(super) fn is_vulgar_fraction(c: char) -> bool {
    matches!(c, '\u{00BC}'..='\u{00BE}' | '\u{2150}'..='\u{215F}' | '\u{2189}')
}

/// Quote state for the damaged-quote heuristic: an opening double quote is open until its
/// closing quote or the end of the line.
pub(super) fn quote_update(open: &mut bool, c: char) {
    match c {
        '\u{201C}' | '\u{201E}' | '\u{00AB}' | '\u{301D}' => *open = true,
        '\u{201D}' | '\u{00BB}' | '\u{301E}' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
            *open = false
        }
        _ => {}
    }
}

/// Properties of the characters news text mostly uses (below U+3000), computed once:
/// the Unicode lookups behind them dominate the cost of non-ASCII text otherwise.
const TABLE_END: u32 = 0x3000;
const YES: u8 = 1;
const BOUNDARY: u8 = 2;

fn props(c: char) -> Option<u8> {
    static PROPS: OnceLock<Vec<u8>> = OnceLock::new();
    let cp = c as u32;
    if cp >= TABLE_END {
        return None;
    }
    let t = PROPS.get_or_init(|| {
        (0..TABLE_END)
            .map(|cp| match char::from_u32(cp) {
                Some(c) => {
                    u8::from(compute_nfkc_yes(c)) * YES + u8::from(compute_boundary(c)) * BOUNDARY
                }
                None => 0,
            })
            .collect()
    });
    Some(t[cp as usize])
}

/// True when NFKC leaves `c` unchanged in any context.
pub(super) fn nfkc_yes(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    match props(c) {
        Some(p) => p & YES != 0,
        None => compute_nfkc_yes(c),
    }
}

fn compute_nfkc_yes(c: char) -> bool {
    is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes
}

/// True when NFKC can never combine `c` with what precedes it, so normalization may be cut
/// just before it. Checks the first character of the compatibility decomposition, since
/// e.g. a compatibility jamo decomposes to a conjoining vowel that does combine.
pub(super) fn is_boundary(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    match props(c) {
        Some(p) => p & BOUNDARY != 0,
        None => compute_boundary(c),
    }
}

fn compute_boundary(c: char) -> bool {
    if c.is_ascii() {
        return true;
    }
    if canonical_combining_class(c) != 0 {
        return false;
    }
    match is_nfkc_quick(std::iter::once(c)) {
        IsNormalized::Yes => true,
        IsNormalized::Maybe => false,
        IsNormalized::No => {
            let mut first = None;
            decompose_compatible(c, |d| {
                first.get_or_insert(d);
            });
            match first {
                Some(d) if d != c => {
                    canonical_combining_class(d) == 0
                        && is_nfkc_quick(std::iter::once(d)) == IsNormalized::Yes
                }
                _ => true,
            }
        }
    }
}

/// The first character of the NFKC form of `s` (what later passes will see there; a
/// superscript will be written `^n`).
pub(super) fn nfkc_first(s: &str) -> Option<char> {
    let c = s.chars().next()?;
    if superscript(c).is_some() {
        return Some('^');
    }
    if nfkc_yes(c) {
        Some(c)
    } else {
        s.nfkc().next()
    }
}

/// The last character of the NFKC form of `s`.
pub(super) fn nfkc_last(s: &str) -> Option<char> {
    let c = s.chars().next_back()?;
    if s.chars().all(nfkc_yes) {
        Some(c)
    } else {
        s.nfkc().last()
    }
}

struct Cp1252 {
    /// (char, byte) sorted by char, for every byte 0x80..=0xFF, plus the C1 controls that
    /// ISO-8859-1 decoding produces for the bytes Windows-1252 leaves undefined.
    from_char: Vec<(char, u8)>,
}

fn cp1252() -> &'static Cp1252 {
    static TABLE: OnceLock<Cp1252> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Derived from encoding_rs's own decoder, so the round trip uses exactly its mapping
        // (WHATWG windows-1252: 0x81, 0x8D, 0x8F, 0x90, 0x9D decode to C1 controls).
        let mut from_char = Vec::with_capacity(160);
        for b in 0x80u8..=0xFF {
            let byte = [b];
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            if let Some(c) = s.chars().next() {
                from_char.push((c, b));
            }
        }
        // Text mis-decoded as ISO-8859-1 carries C1 controls where Windows-1252 has
        // punctuation; they stand for the same bytes.
        for b in 0x80u8..=0x9F {
            let c = char::from(b);
            if !from_char.iter().any(|&(x, _)| x == c) {
                from_char.push((c, b));
            }
        }
        from_char.sort_unstable();
        Cp1252 { from_char }
    })
}

/// The character Windows-1252 gives byte `b` (0x80..=0xFF), per encoding_rs.
pub(super) fn cp1252_char(b: u8) -> char {
    let byte = [b];
    let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
    s.chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
}

/// The Windows-1252 (or ISO-8859-1 C1) byte a non-ASCII character stands for, if any.
pub(super) fn cp1252_byte(c: char) -> Option<u8> {
    let cp = c as u32;
    if (0xA0..=0xFF).contains(&cp) {
        // Windows-1252's upper quarter is Latin-1 (checked against encoding_rs in tests).
        return Some(cp as u8);
    }
    if !(0x80..=0x2122).contains(&cp) {
        return None;
    }
    let t = &cp1252().from_char;
    t.binary_search_by_key(&c, |&(x, _)| x).ok().map(|i| t[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cp1252_table_round_trips() {
        assert_eq!(cp1252_byte('€'), Some(0x80));
        assert_eq!(cp1252_byte('™'), Some(0x99));
        assert_eq!(cp1252_byte('Ã'), Some(0xC3));
        assert_eq!(cp1252_byte('\u{9D}'), Some(0x9D));
        assert_eq!(cp1252_byte('\u{80}'), Some(0x80));
        assert_eq!(cp1252_byte('a'), None);
        assert_eq!(cp1252_byte('א'), None);
        for b in 0x80u8..=0xFF {
            let byte = [b];
            let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            let c = s.chars().next().unwrap();
            assert_eq!(cp1252_byte(c), Some(b), "{c:?}");
        }
    }

    #[test]
    fn table_matches_lookups() {
        for cp in 0..TABLE_END + 16 {
            if let Some(c) = char::from_u32(cp) {
                assert_eq!(nfkc_yes(c), c.is_ascii() || compute_nfkc_yes(c), "{c:?}");
                assert_eq!(is_boundary(c), compute_boundary(c), "{c:?}");
            }
        }
    }

    #[test]
    fn boundaries() {
        assert!(is_boundary('a'));
        assert!(is_boundary('é'));
        assert!(!is_boundary('\u{0301}'));
        assert!(is_boundary('ﬁ'));
        // Compatibility jamo decomposes to a conjoining vowel that combines backwards.
        assert!(!is_boundary('\u{314F}'));
        assert!(!is_boundary('\u{1161}'));
    }

    #[test]
    fn folds() {
        assert_eq!(fold('’'), Some('\''));
        assert_eq!(fold('«'), Some('"'));
        assert_eq!(fold('—'), Some('-'));
        assert_eq!(fold('\u{200B}'), None);
        assert_eq!(fold('x'), Some('x'));
        assert_eq!(superscript('⁷'), Some('7'));
    }
}
