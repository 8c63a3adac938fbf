//! The single linear pass: split the original into normalization units, repair mojibake
//! runs, then NFKC and fold each unit, recording a map segment wherever output differs.

use super::chars::{
    cp1252_byte, fold, is_boundary, is_removable, is_special, is_vulgar_fraction, nfkc_first,
    nfkc_yes, quote_update, superscript,
};
use super::map::{OffsetMap, Seg};
use super::mojibake::{repair_run, split_nfkc, Ctx, Item};
use std::borrow::Cow;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// Units (a character and its combining marks) are cut after this many bytes, so map
/// pieces stay small; only absurd input (thousands of marks on one letter) is affected.
const MAX_UNIT: usize = 1 << 16;

/// Runs are cut at a lead byte once this long, so a pathological input without ASCII
/// cannot make the run buffer grow with the text.
const RUN_CAP: usize = 1024;

/// Writes normalized text and the map.
struct Emitter<'a> {
    original: &'a str,
    out: String,
    map: OffsetMap,
    repairs: usize,
    /// Last character written, and the one before it.
    last: Option<char>,
    last2: Option<char>,
    quote_open: bool,
    /// The last character written came from a superscript.
    sup_run: bool,
    scratch: String,
}

impl Emitter<'_> {
    fn note(&mut self, c: char) {
        self.last2 = self.last;
        self.last = Some(c);
    }

    fn emit_ascii(&mut self, lo: usize, hi: usize) {
        let s = &self.original[lo..hi];
        self.out.push_str(s);
        for c in s[s.len().saturating_sub(2)..].chars() {
            self.note(c);
        }
        if memchr::memchr2(b'\n', b'\r', s.as_bytes()).is_some() {
            self.quote_open = false;
        }
        self.sup_run = false;
    }

    /// Emits the normalized form of `text`, which replaces original bytes `lo..hi`.
    fn emit(&mut self, text: &str, lo: usize, hi: usize) {
        let orig = &self.original[lo..hi];
        let start = self.out.len();
        // Per-character checks (table lookups) first; the whole-text check also catches
        // marks out of canonical order.
        let stable = text == orig
            && text.chars().all(|c| nfkc_yes(c) && !is_special(c))
            && (text.chars().nth(1).is_none() || is_nfkc_quick(text.chars()) == IsNormalized::Yes);
        let mut cs = text.chars();
        let single = match (cs.next(), cs.next()) {
            (Some(c), None) => Some(c),
            _ => None,
        };
        if let Some(c) =
            single.filter(|&c| nfkc_yes(c) && superscript(c).is_none() && !is_vulgar_fraction(c))
        {
            // One character NFKC keeps: only folding can change it (the common case for
            // quotes and dashes).
            quote_update(&mut self.quote_open, c);
            if let Some(f) = fold(c) {
                self.out.push(f);
                self.note(f);
            }
            self.sup_run = false;
        } else if stable {
            self.out.push_str(text);
            for c in text.chars() {
                quote_update(&mut self.quote_open, c);
                self.note(c);
            }
            self.sup_run = false;
        } else {
            self.transform(text);
        }
        if self.out[start..] != *orig {
            // Units are capped at MAX_UNIT bytes and NFKC grows a unit at most 18-fold, so
            // both lengths fit in u32.
            self.map.push(Seg {
                norm_start: start,
                orig_start: lo,
                norm_len: u32::try_from(self.out.len() - start).unwrap_or(u32::MAX),
                orig_len: u32::try_from(hi - lo).unwrap_or(u32::MAX),
            });
        }
    }

    fn transform(&mut self, text: &str) {
        // Rewrites NFKC would get wrong come first: superscripts to `^n`, a space between a
        // digit and a vulgar fraction.
        let mut pre = std::mem::take(&mut self.scratch);
        pre.clear();
        for c in text.chars() {
            if is_removable(c) {
                continue;
            }
            if let Some(d) = superscript(c) {
                if !self.sup_run {
                    pre.push('^');
                }
                pre.push(d);
                self.sup_run = true;
                continue;
            }
            self.sup_run = false;
            if is_vulgar_fraction(c) {
                let last = pre.chars().next_back().or(self.last);
                if last.is_some_and(|l| l.is_ascii_digit()) {
                    pre.push(' ');
                }
            }
            pre.push(c);
        }
        for c in pre.nfkc() {
            quote_update(&mut self.quote_open, c);
            if let Some(f) = fold(c) {
                self.out.push(f);
                self.note(f);
            }
        }
        self.scratch = pre;
    }

    /// Emits a repaired run: items sharing original bytes are normalized together.
    fn emit_items(&mut self, items: &[Item<'_>]) {
        let mut k = 0;
        let mut last_repair: Option<(usize, usize)> = None;
        while k < items.len() {
            let (lo, mut hi) = (items[k].lo, items[k].hi);
            let mut end = k + 1;
            while end < items.len() && items[end].lo < hi {
                hi = hi.max(items[end].hi);
                end += 1;
            }
            for it in &items[k..end] {
                if it.repaired && last_repair != Some((it.lo, it.hi)) {
                    self.repairs += 1;
                    last_repair = Some((it.lo, it.hi));
                }
            }
            if end == k + 1 {
                self.emit(&items[k].text, lo, hi);
            } else {
                let joined: String = items[k..end].iter().map(|it| &*it.text).collect();
                self.emit(&joined, lo, hi);
            }
            k = end;
        }
    }
}

/// Ends of runs of removable characters, cached so a long run is scanned once.
#[derive(Default)]
struct RemovableScan {
    /// (start, end) of the last scanned run.
    span: (usize, usize),
}

impl RemovableScan {
    /// End of the run of removable characters containing (or starting at) `i`.
    fn end(&mut self, s: &str, i: usize) -> usize {
        if self.span.0 <= i && i < self.span.1 {
            return self.span.1;
        }
        let end = s[i..]
            .char_indices()
            .find(|&(_, c)| !is_removable(c))
            .map_or(s.len(), |(k, _)| i + k);
        self.span = (i, end);
        end
    }
}

/// The number of ASCII bytes at the start of `bytes`, tested eight at a time: text is
/// mostly ASCII between the odd quote or dash.
fn ascii_len(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = bytes[n..].first_chunk::<8>() {
        if u64::from_le_bytes(*chunk) & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        n += 8;
    }
    n + bytes[n..]
        .iter()
        .position(|&b| b >= 0x80)
        .unwrap_or(bytes.len() - n)
}

fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap_or('\0')
}

/// Whether removable characters at `i` are swallowed by the unit before them: they are
/// when a combining mark follows, which would otherwise be cut from its base.
fn removables_absorbed(s: &str, i: usize, scan: &mut RemovableScan) -> bool {
    let k = scan.end(s, i);
    k < s.len() && !is_boundary(char_at(s, k))
}

/// Whether a new normalization unit starts at `i`.
fn starts_unit(s: &str, i: usize, scan: &mut RemovableScan) -> bool {
    let c = char_at(s, i);
    if is_removable(c) {
        !removables_absorbed(s, i, scan)
    } else {
        is_boundary(c)
    }
}

/// Reads the unit starting at `i`: a character and the marks that may combine with it,
/// without the removable characters among them. Returns (text, end).
fn read_unit<'a>(s: &'a str, i: usize, scan: &mut RemovableScan) -> (Cow<'a, str>, usize) {
    let c = char_at(s, i);
    let mut j = i + c.len_utf8();
    let mut removed = false;
    if is_removable(c) {
        if removables_absorbed(s, i, scan) {
            removed = true;
            j = scan.end(s, i);
        } else if cp1252_byte(c).is_some() {
            // Soft hyphen and ™ stand for bytes mojibake may need (`Ã` + soft hyphen is `í`).
            return (Cow::Borrowed(&s[i..j]), j);
        } else {
            return (Cow::Borrowed(""), j);
        }
    }
    while j < s.len() && j - i < MAX_UNIT {
        let d = char_at(s, j);
        if is_removable(d) {
            if removables_absorbed(s, j, scan) {
                removed = true;
                j = scan.end(s, j);
                continue;
            }
            break;
        }
        if is_boundary(d) {
            break;
        }
        j += d.len_utf8();
    }
    let text = if removed {
        Cow::Owned(s[i..j].chars().filter(|&c| !is_removable(c)).collect())
    } else {
        Cow::Borrowed(&s[i..j])
    };
    (text, j)
}

enum Route<'a> {
    /// Goes into the current run (bytes, removed pieces, splits of a unit).
    Run(Vec<Item<'a>>),
    /// Ends the run; emitted as is. Carries the NFKC first character for context.
    Plain(Cow<'a, str>, Option<char>),
}

/// Decides where a unit goes.
fn route<'a>(text: Cow<'a, str>, lo: usize, hi: usize) -> Route<'a> {
    let mut cs = text.chars();
    let (first, second) = (cs.next(), cs.next());
    let Some(c) = first else {
        return Route::Run(vec![Item {
            text,
            lo,
            hi,
            byte: None,
            repaired: false,
            pass: 0,
        }]);
    };
    if second.is_none() {
        if let Some(b) = cp1252_byte(c) {
            return Route::Run(vec![Item {
                text,
                lo,
                hi,
                byte: Some(b),
                repaired: false,
                pass: 0,
            }]);
        }
        if nfkc_yes(c) {
            return Route::Plain(text, Some(c));
        }
    }
    // Already normalized (a letter with marks that do not compose): NFC and NFKC are the
    // text itself, so it is no single byte and needs no split.
    if is_nfkc_quick(text.chars()) == IsNormalized::Yes {
        return Route::Plain(text, Some(c));
    }
    // A unit whose composed form is a Windows-1252 character (`A` + ring = `Å`, full-width
    // `￡` = `£`) is that byte: the output will have that character, so the next pass would
    // see it as one.
    let nfc: String = text.nfc().collect();
    let nfkc: String = text.nfkc().collect();
    for form in [&nfc, &nfkc] {
        let mut fs = form.chars();
        if let (Some(f), None) = (fs.next(), fs.next()) {
            if let Some(b) = cp1252_byte(f) {
                return Route::Run(vec![Item {
                    text,
                    lo,
                    hi,
                    byte: Some(b),
                    repaired: false,
                    pass: 0,
                }]);
            }
        }
    }
    if superscript(c).is_none() && !is_vulgar_fraction(c) {
        if let Some(items) = split_nfkc(&nfkc, lo, hi, false) {
            return Route::Run(items);
        }
    }
    let first = nfkc_first(&text);
    Route::Plain(text, first)
}

/// Normalizes `original`: returns the text, the number of repairs, and the map.
pub(super) fn run(original: &str) -> (String, usize, OffsetMap) {
    let mut em = Emitter {
        original,
        out: String::with_capacity(original.len() + original.len() / 16),
        map: OffsetMap::default(),
        repairs: 0,
        last: None,
        last2: None,
        quote_open: false,
        sup_run: false,
        scratch: String::new(),
    };
    let bytes = original.as_bytes();
    let n = bytes.len();
    let mut scan = RemovableScan::default();
    let mut pending: Vec<Item<'_>> = Vec::new();

    let flush = |em: &mut Emitter<'_>, pending: &mut Vec<Item<'_>>, next: Option<char>| {
        if pending.is_empty() {
            return;
        }
        let ctx = Ctx {
            prev: em.last,
            prev2: em.last2,
            next,
            quote_open: em.quote_open,
        };
        let items = repair_run(std::mem::take(pending), &ctx);
        em.emit_items(&items);
    };

    let mut i = 0;
    while i < n {
        if bytes[i] < 0x80 {
            let j = i + ascii_len(&bytes[i..]);
            // The last ASCII character heads a unit when a combining mark follows.
            let cut = if j < n && !starts_unit(original, j, &mut scan) {
                j - 1
            } else {
                j
            };
            if cut > i {
                flush(&mut em, &mut pending, Some(char::from(bytes[i])));
                em.emit_ascii(i, cut);
            }
            i = cut;
            if i == j {
                continue;
            }
        }
        let (text, end) = read_unit(original, i, &mut scan);
        let lo = i;
        i = end;
        match route(text, lo, end) {
            Route::Run(items) => {
                if pending.len() >= RUN_CAP
                    && items
                        .first()
                        .is_some_and(|it| it.byte.is_some_and(|b| b >= 0xC2))
                    || pending.len() >= 4 * RUN_CAP
                {
                    let next = items.first().and_then(|it| nfkc_first(&it.text));
                    flush(&mut em, &mut pending, next);
                }
                pending.extend(items);
            }
            Route::Plain(text, first) => {
                flush(&mut em, &mut pending, first);
                em.emit(&text, lo, end);
            }
        }
    }
    flush(&mut em, &mut pending, None);
    (em.out, em.repairs, em.map)
}
