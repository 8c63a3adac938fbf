//! Mojibake repair: UTF-8 that was decoded as Windows-1252 (`â€™` for `’`, `Ã©` for `é`).
//!
//! The repair is a real byte round trip, not a table of known strings. A *run* is a maximal
//! stretch of non-ASCII characters that each stand for one Windows-1252 byte (UTF-8
//! multi-byte sequences never contain ASCII, so ASCII always ends a run). Each run is turned
//! back into its bytes and scanned for well-formed UTF-8 sequences; a sequence is replaced
//! by the character it encodes when that character is plausible (see [`plausible`]).
//! Repairing again until nothing changes undoes text that was mis-decoded twice.
//!
//! Two damaged forms are repaired too. Windows-1252 has no character for 0x9D, the last
//! byte of `”` (E2 80 9D), so tools often drop it: `â€` followed by anything that is not a
//! continuation byte is a closing double quote. Some tools lost even more and left a lone
//! `†` where `” ` (quote and space) was, as in `“ambiguous and contradictory†foreign`;
//! that is repaired only with an opening quote still open on the line, a word character or
//! closing punctuation before, and a letter right after, so a real dagger (`† 1941`,
//! `Smith†`) is left alone.

use super::chars::{
    cp1252_byte, cp1252_char, is_boundary, is_removable, nfkc_first, nfkc_last, nfkc_yes,
    quote_update,
};
use std::borrow::Cow;
use unicode_normalization::char::{is_combining_mark, is_public_assigned};
use unicode_normalization::UnicodeNormalization;

/// A piece of text on its way to the output, with the original byte range it came from.
/// Pieces from one original range (a repaired sequence, a unit NFKC splits) share it.
#[derive(Debug, Clone)]
pub(super) struct Item<'a> {
    /// Text to normalize; empty for a removed piece.
    pub text: Cow<'a, str>,
    /// Original byte range.
    pub lo: usize,
    pub hi: usize,
    /// The Windows-1252 byte this piece stands for, when it is one such character.
    pub byte: Option<u8>,
    /// Produced by a repair.
    pub repaired: bool,
    /// The repair pass that produced it (0 for original text).
    pub pass: u8,
}

impl Item<'_> {
    pub fn is_deleted(&self) -> bool {
        self.text.is_empty()
    }
}

/// What surrounds a run in the normalized output, as far as the heuristics need it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ctx {
    /// Last character already written.
    pub prev: Option<char>,
    /// The one before it.
    pub prev2: Option<char>,
    /// First character (NFKC) of what follows the run.
    pub next: Option<char>,
    /// An opening double quote is open on the current line.
    pub quote_open: bool,
}

/// Bounds re-repair of multiply-encoded text; each extra layer needs one pass.
const MAX_PASSES: u8 = 8;

/// Items for a character produced by a repair (or for a unit's NFKC form): one item, or
/// one per NFKC character when NFKC yields Windows-1252 characters that later passes would
/// see as bytes (`℃` → `°C`).
pub(super) fn itemize(c: char, lo: usize, hi: usize, repaired: bool) -> Vec<Item<'static>> {
    let one = |text: String, byte| Item {
        text: Cow::Owned(text),
        lo,
        hi,
        byte,
        repaired,
        pass: 0,
    };
    // Removable characters go at once, except the soft hyphen and `™`: they are bytes a
    // further layer of mojibake may need, and are removed once repair is done.
    if is_removable(c) && cp1252_byte(c).is_none() {
        return vec![one(String::new(), None)];
    }
    if let Some(b) = cp1252_byte(c) {
        return vec![one(c.to_string(), Some(b))];
    }
    if nfkc_yes(c) {
        return vec![one(c.to_string(), None)];
    }
    let n: String = std::iter::once(c).nfkc().collect();
    split_nfkc(&n, lo, hi, repaired).unwrap_or_else(|| vec![one(c.to_string(), None)])
}

/// When the NFKC form `n` has a piece that is a single non-ASCII Windows-1252 character,
/// `n` cut into normalization units (a character and its marks) as separate items, so that
/// piece can take part in repairs as the byte it will look like in the output; else `None`.
/// Cutting at units, not characters, keeps marks with their base.
pub(super) fn split_nfkc(
    n: &str,
    lo: usize,
    hi: usize,
    repaired: bool,
) -> Option<Vec<Item<'static>>> {
    let mut pieces: Vec<&str> = Vec::new();
    let mut start = 0;
    for (i, c) in n.char_indices().skip(1) {
        if is_boundary(c) {
            pieces.push(&n[start..i]);
            start = i;
        }
    }
    pieces.push(&n[start..]);
    let byte_of = |p: &str| {
        let mut cs = p.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if !c.is_ascii() => cp1252_byte(c),
            _ => None,
        }
    };
    if !pieces.iter().any(|p| byte_of(p).is_some()) {
        return None;
    }
    Some(
        pieces
            .into_iter()
            .map(|p| Item {
                text: Cow::Owned(p.to_string()),
                lo,
                hi,
                byte: byte_of(p),
                repaired,
                pass: 0,
            })
            .collect(),
    )
}

/// Length of the UTF-8 sequence a lead byte starts, or 0.
fn utf8_len(b: u8) -> usize {
    match b {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => 0,
    }
}

fn is_continuation(b: u8) -> bool {
    (0x80..=0xBF).contains(&b)
}

/// Punctuation that ends words: an accented capital ending an all-capitals word before it
/// (`PERÚ”`, `IRMÃ”`) is far likelier genuine than mojibake when no letter follows.
const CLOSING: &[char] = &['’', '”', '…', '–', '—', '\u{A0}', '»', '›', '“', '‘'];
/// What directly follows a word (`café »` has a no-break space): `»` is not in it, since
/// Vietnamese mojibake (`phá»‘` for `phố`) starts with it.
const WORD_END: &[char] = &['’', '”', '…', '–', '—', '\u{A0}'];
/// Punctuation that may follow a word-final accented letter.
const PUNCT: &[char] = &[
    '’', '”', '…', '–', '—', '\u{A0}', '»', '›', '‘', '“', '«', '‹', '„', '‚', '•',
];
/// Arabic and Hebrew punctuation, accepted with the letters of those scripts.
const SCRIPT_PUNCT: &[char] = &['\u{060C}', '\u{061B}', '\u{061F}', '\u{06D4}', '\u{05BE}'];

/// What precedes a candidate sequence in the output.
#[derive(Debug, Clone, Copy)]
struct Before {
    /// Last two characters (NFKC), last first.
    prev: Option<char>,
    prev2: Option<char>,
    /// The last piece was repaired in this same pass: the text around is mojibake of the
    /// same layer, not genuine.
    repaired: bool,
}

/// Whether decoding the bytes as UTF-8 character `d` is a repair rather than damage to
/// genuine Windows-1252 text. `conts` are the characters that gave the continuation bytes.
fn plausible(
    bytes: &[u8],
    d: char,
    conts: &[char],
    before: Before,
    next: Option<char>,
    at_run_end: bool,
) -> bool {
    // Unassigned and private-use code points, and combining marks (which would attach to
    // whatever precedes), are never what the writer meant. C1 controls are accepted: they
    // are what a further layer of mis-decoding left (see `finish_c1`).
    if !is_public_assigned(d) || !is_boundary(d) {
        return false;
    }
    if bytes.len() == 2 {
        // Â and Ã before a continuation character are not written in any language; other
        // lead letters are (German, French, Spanish capitals), so only letters, digits and
        // punctuation of scripts whose mojibake is common are accepted (Latin extended,
        // Greek, Cyrillic, Armenian, Hebrew, Arabic), plus Windows-1252's own characters,
        // which is what text mis-decoded twice spells. This rules out `CAFÉ »` → IPA.
        if !matches!(bytes[0], 0xC2 | 0xC3) && cp1252_byte(d).is_none() {
            let block = matches!(d as u32,
                0x0100..=0x024F | 0x0370..=0x052F | 0x0531..=0x058F | 0x05BE..=0x05F4
                | 0x0600..=0x06FF);
            if !(block && (d.is_alphanumeric() || SCRIPT_PUNCT.contains(&d))) {
                return false;
            }
        }
        // `3×—4` is a multiplication sign, not Hebrew (`10×²` too: `^` starts `^2`).
        if bytes[0] == 0xD7
            && (before.prev.is_some_and(|c| c.is_ascii_digit())
                || next.is_some_and(|c| c.is_ascii_digit() || c == '^'))
        {
            return false;
        }
        // An accented capital ending a word in capitals, before closing punctuation, is
        // genuine (`PERÚ”`, `« OÙ »`). Â is no word-final capital in any language. Ã is,
        // but `Ã` + continuation is so common as mojibake (`HÃ ` for `Hà`) that only a
        // word of two or more capitals before it counts.
        let word_end = !before.repaired
            && CLOSING.contains(&conts[0])
            && before.prev.is_some_and(char::is_uppercase)
            && !next.is_some_and(char::is_alphabetic);
        match bytes[0] {
            0xC2 => true,
            0xC3 => !(word_end && before.prev2.is_some_and(char::is_uppercase)),
            _ => !word_end || before.prev2.is_some_and(char::is_lowercase),
        }
    } else {
        // A lowercase accented letter, closing punctuation and more punctuation at the end
        // of a run is a word end (`café »`), not a CJK character. â (E2) leads the
        // punctuation block itself and is never followed by punctuation in real text.
        !(bytes[0] != 0xE2
            && !before.repaired
            && at_run_end
            && WORD_END.contains(&conts[0])
            && conts[1..].iter().all(|c| PUNCT.contains(c)))
    }
}

fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

/// The output's last characters before the next piece: from the pieces repaired so far,
/// then from the context.
fn before(out: &[Item<'_>], ctx: &Ctx, pass: u8) -> Before {
    let mut chars = [None, None];
    let mut n = 0;
    let mut repaired = None;
    for it in out.iter().rev().filter(|x| !x.is_deleted()) {
        repaired.get_or_insert(it.repaired && it.pass == pass);
        let norm: String = if it.text.chars().all(nfkc_yes) {
            it.text.to_string()
        } else {
            it.text.nfkc().collect()
        };
        for c in norm.chars().rev() {
            if n < 2 {
                chars[n] = Some(c);
                n += 1;
            }
        }
        if n == 2 {
            break;
        }
    }
    let ctx_chars = [ctx.prev, ctx.prev2];
    for c in ctx_chars.into_iter().take(2 - n) {
        chars[n] = c;
        n += 1;
    }
    Before {
        prev: chars[0],
        prev2: chars[1],
        repaired: repaired.unwrap_or(false),
    }
}

/// One left-to-right pass replacing every plausible sequence. Returns whether it changed.
fn repair_pass<'a>(items: &[Item<'a>], ctx: &Ctx, pass: u8) -> (Vec<Item<'a>>, bool) {
    let mut out: Vec<Item<'a>> = Vec::with_capacity(items.len());
    let mut changed = false;
    let mut i = 0;
    while i < items.len() {
        let it = &items[i];
        let need = it.byte.map_or(0, utf8_len);
        if need == 0 {
            out.push(it.clone());
            i += 1;
            continue;
        }
        // Collect the continuation bytes that follow, looking through removed pieces.
        let mut idx = [0usize; 3];
        let mut count = 0;
        let mut j = i + 1;
        while count < need - 1 && j < items.len() {
            let jt = &items[j];
            if jt.is_deleted() {
                j += 1;
                continue;
            }
            match jt.byte {
                Some(b) if is_continuation(b) => {
                    idx[count] = j;
                    count += 1;
                    j += 1;
                }
                _ => break,
            }
        }
        if count == need - 1 {
            let mut bytes = [0u8; 4];
            bytes[0] = it.byte.unwrap_or(0);
            let mut conts = ['\0'; 3];
            for (k, &ix) in idx[..count].iter().enumerate() {
                bytes[k + 1] = items[ix].byte.unwrap_or(0);
                conts[k] = first_char(&items[ix].text);
            }
            if let Some(d) = std::str::from_utf8(&bytes[..need])
                .ok()
                .and_then(|s| s.chars().next())
            {
                let after = (j..items.len()).find(|&k| !items[k].is_deleted());
                let next = match after {
                    Some(k) => nfkc_first(&items[k].text),
                    None => ctx.next,
                };
                let at_run_end = after.is_none_or(|k| items[k].byte.is_none());
                let before = before(&out, ctx, pass);
                if plausible(&bytes[..need], d, &conts[..count], before, next, at_run_end) {
                    let hi = items[idx[count - 1]].hi;
                    out.extend(itemize(d, it.lo, hi, true).into_iter().map(|mut x| {
                        x.pass = pass;
                        x
                    }));
                    i = idx[count - 1] + 1;
                    changed = true;
                    continue;
                }
            }
        }
        // `â€` whose third byte is missing: Windows-1252 cannot represent 0x9D, the last byte
        // of `”`, so it is the byte that gets lost.
        if it.byte == Some(0xE2) && count == 1 && items[idx[0]].byte == Some(0x80) {
            out.push(Item {
                text: Cow::Borrowed("\u{201D}"),
                lo: it.lo,
                hi: items[idx[0]].hi,
                byte: Some(0x94),
                repaired: true,
                pass,
            });
            i = idx[0] + 1;
            changed = true;
            continue;
        }
        out.push(it.clone());
        i += 1;
    }
    (out, changed)
}

/// Removes soft hyphens and trademark signs left unrepaired, so that what they separated
/// is seen together, as the output will have it. Returns whether any was removed.
fn delete_removables(items: &mut [Item<'_>]) -> bool {
    let mut any = false;
    for it in items.iter_mut() {
        let mut cs = it.text.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if is_removable(c) {
                it.text = Cow::Borrowed("");
                it.byte = None;
                any = true;
            }
        }
    }
    any
}

/// A C1 control left over (from a repair, or in the original) is Windows-1252 text that was
/// read as ISO-8859-1: U+0092 stands for byte 0x92, which is `’`.
fn finish_c1(items: &mut [Item<'_>]) {
    for it in items.iter_mut() {
        let mut cs = it.text.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            if ('\u{80}'..='\u{9F}').contains(&c) {
                let w = cp1252_char(c as u8);
                if w != c {
                    it.text = Cow::Owned(w.to_string());
                    it.repaired = true;
                }
            }
        }
    }
}

fn dagger_prev_ok(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c) || ".,;:!?…)'’".contains(c)
}

/// Lone `†` where a closing quote and a space were lost (see the module docs).
fn repair_daggers(items: &mut [Item<'_>], ctx: &Ctx) {
    let mut open = ctx.quote_open;
    let mut prev = ctx.prev;
    for k in 0..items.len() {
        if items[k].is_deleted() {
            continue;
        }
        if items[k].text == "\u{2020}" && !items[k].repaired && open {
            let next = match (k + 1..items.len()).find(|&n| !items[n].is_deleted()) {
                Some(n) => nfkc_first(&items[n].text),
                None => ctx.next,
            };
            if prev.is_some_and(dagger_prev_ok) && next.is_some_and(char::is_alphabetic) {
                let it = &mut items[k];
                it.text = Cow::Borrowed("\u{201D} ");
                it.byte = None;
                it.repaired = true;
            }
        }
        for c in items[k].text.chars() {
            quote_update(&mut open, c);
        }
        prev = nfkc_last(&items[k].text).or(prev);
    }
}

/// Repairs one run (items in text order); returns the items to emit.
pub(super) fn repair_run<'a>(mut items: Vec<Item<'a>>, ctx: &Ctx) -> Vec<Item<'a>> {
    let worth = items.iter().any(|it| {
        it.byte.is_some_and(|b| utf8_len(b) > 0) || it.text == "\u{2020}" || {
            let mut cs = it.text.chars();
            matches!((cs.next(), cs.next()),
                (Some(c), None) if is_removable(c) || ('\u{80}'..='\u{9F}').contains(&c))
        }
    });
    if !worth {
        return items;
    }
    // Repair layer after layer; only when no layer is left are soft hyphens and trademark
    // signs removed (a repaired `™` may be a byte of the next layer), and then repair goes
    // on over what they separated.
    for pass in 1..=MAX_PASSES {
        let (next, changed) = repair_pass(&items, ctx, pass);
        items = next;
        if !changed && !delete_removables(&mut items) {
            break;
        }
    }
    finish_c1(&mut items);
    repair_daggers(&mut items, ctx);
    items
}
