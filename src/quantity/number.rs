//! Numbers in digits and words, over tokens.

use super::lexicon::Lexicon;
use crate::scan::{TokenKind, View};

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberKind {
    /// Digits, maybe with a scale word (`1.2 million`, `3bn`).
    Digits,
    /// Number words (`twenty-one`, `a hundred and five`).
    Words,
    /// An ordinal (`eighth`, `8th`).
    Ordinal,
    /// A vague amount (`dozens`): `low..high`, `weak` when it needs a predicate nearby.
    Vague {
        /// Lower end.
        low: f64,
        /// Upper end (exclusive).
        high: f64,
        /// Too common to be a claim without a casualty-like predicate.
        weak: bool,
    },
    /// `a dozen`, `a hundred`: a round amount read as approximate.
    Round,
}

/// A number found at a token.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMatch {
    /// The value (for vague amounts, a typical value).
    pub value: f64,
    /// Index of the first token.
    pub first: usize,
    /// One past the index of the last token.
    pub last: usize,
    /// How it was written.
    pub kind: NumberKind,
}

/// Parses the number starting at token `i`, if one does. `money` allows the one-letter
/// scales `m` and `b` (`$3m`), which otherwise read as units (`5m` is five metres).
pub fn parse_number_at(v: &View<'_>, i: usize, money: bool) -> Option<NumberMatch> {
    let lex = Lexicon::get();
    match v.kind(i)? {
        TokenKind::Digits => parse_digits(v, i, money, lex),
        TokenKind::Word => parse_words(v, i, lex),
        TokenKind::Punct => None,
    }
}

fn parse_digits(v: &View<'_>, i: usize, money: bool, lex: &Lexicon) -> Option<NumberMatch> {
    let value = parse_digit_token(v.raw(i))?;
    let mut last = i + 1;
    // Ordinal suffix: `8th`, `21st`.
    if v.glued(last) && matches!(v.w(last), "th" | "st" | "nd" | "rd") {
        return Some(NumberMatch {
            value,
            first: i,
            last: last + 1,
            kind: NumberKind::Ordinal,
        });
    }
    let mut value = value;
    // `11 1/2` (from `11½`): a whole number and a fraction of one.
    if value.fract() == 0.0
        && v.kind(last) == Some(TokenKind::Digits)
        && v.w(last + 1) == "/"
        && v.glued(last + 1)
        && v.glued(last + 2)
        && v.kind(last + 2) == Some(TokenKind::Digits)
        && !(v.w(last + 3) == "/" && v.glued(last + 3))
    {
        let (n, d) = (
            parse_digit_token(v.raw(last)),
            parse_digit_token(v.raw(last + 2)),
        );
        if let (Some(n), Some(d)) = (n, d) {
            if n >= 1.0 && n < d && d <= 16.0 {
                value += n / d;
                last += 3;
            }
        }
    }
    // `two and a half`-style fractions are rare with digits; scales are common.
    while let Some(&f) = lex.scales.get(v.w(last)) {
        let word = v.w(last);
        let one_letter = matches!(word, "m" | "b");
        if (one_letter && !(money && v.glued(last))) || (word == "k" && !v.glued(last)) {
            break;
        }
        if word == "hundred" && value >= 100.0 {
            break;
        }
        value *= f;
        last += 1;
    }
    Some(NumberMatch {
        value,
        first: i,
        last,
        kind: NumberKind::Digits,
    })
}

/// `410,000` → 410000; `1.5` → 1.5; `1.2.3` (a version) → None. Commas must group by three.
fn parse_digit_token(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((_, b)) if b.contains('.') => return None,
        Some((a, b)) => (a, Some(b)),
        None => (s, None),
    };
    if int.contains(',') {
        let mut parts = int.split(',');
        let head = parts.next()?;
        if head.is_empty() || head.len() > 3 || parts.clone().any(|p| p.len() != 3) {
            return None;
        }
    }
    // Most figures are plain integers: below 2^53 their value is exact, as parsing gives.
    if frac.is_none() && !int.is_empty() && int.len() <= 15 {
        let n = int.bytes().filter(|&b| b != b',').try_fold(0u64, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
        });
        if let Some(n) = n {
            return Some(n as f64);
        }
    }
    let mut clean: String = int.chars().filter(|c| *c != ',').collect();
    if let Some(f) = frac {
        clean.push('.');
        clean.push_str(f);
    }
    clean.parse().ok().filter(|x: &f64| x.is_finite())
}

/// Scale words a number in words may start with (`hundred thousand`, `million`).
pub(crate) const WORD_SCALES: &[&str] = &["hundred", "thousand", "million", "billion", "trillion"];

fn parse_words(v: &View<'_>, i: usize, lex: &Lexicon) -> Option<NumberMatch> {
    let w = v.w(i);
    // Vague amounts, longest phrase first.
    if let Some(list) = lex.vague.get(w) {
        let mut best: Option<(usize, f64, f64, bool)> = None;
        for &(p, lo, hi, weak) in list {
            if let Some(n) = v.phrase_at(i, p) {
                if best.is_none_or(|b| n > b.0) {
                    best = Some((n, lo, hi, weak));
                }
            }
        }
        if let Some((n, low, high, weak)) = best {
            let value = if high.is_finite() {
                (low * high).sqrt().round()
            } else {
                low
            };
            return Some(NumberMatch {
                value,
                first: i,
                last: i + n,
                kind: NumberKind::Vague { low, high, weak },
            });
        }
    }
    if let Some(&o) = lex.ordinals.get(w) {
        return Some(NumberMatch {
            value: o,
            first: i,
            last: i + 1,
            kind: NumberKind::Ordinal,
        });
    }
    // `a hundred`, `a dozen`, `a million`, `half a million`.
    let (mut j, lead_a) = if matches!(w, "a" | "an") {
        (i + 1, true)
    } else {
        (i, false)
    };
    if lead_a
        && !matches!(
            v.w(j),
            "hundred" | "thousand" | "million" | "billion" | "dozen"
        )
    {
        return None;
    }
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    let mut last = j;
    while j < v.tokens.len() {
        let wj = v.w(j);
        if let Some(&c) = lex.cardinals.get(wj) {
            // `twenty-one`: a tens word, a glued hyphen, a units word.
            if any && current % 100.0 != 0.0 && !(current % 10.0 == 0.0 && c < 10.0) {
                break;
            }
            current += c;
            any = true;
            j += 1;
            last = j;
            if v.w(j) == "-"
                && v.glued(j)
                && v.glued(j + 1)
                && lex
                    .cardinals
                    .get(v.w(j + 1))
                    .is_some_and(|&u| u < 10.0 && c >= 20.0)
            {
                j += 1;
            }
            continue;
        }
        match wj {
            "hundred" => {
                current = if current == 0.0 {
                    100.0
                } else {
                    current * 100.0
                };
                any = true;
                j += 1;
                last = j;
            }
            "thousand" | "million" | "billion" | "trillion" => {
                let f = lex.scales[wj];
                total += if current == 0.0 { f } else { current * f };
                current = 0.0;
                any = true;
                j += 1;
                last = j;
            }
            // `two dozen`, `three dozen`: a small count of dozens.
            "dozen" if any && total == 0.0 && current < 100.0 => {
                current *= 12.0;
                j += 1;
                last = j;
            }
            "dozen" if lead_a && !any => {
                return Some(NumberMatch {
                    value: 12.0,
                    first: i,
                    last: j + 1,
                    kind: NumberKind::Round,
                });
            }
            "and"
                if any
                    && (total > 0.0 || current >= 100.0)
                    && lex.cardinals.contains_key(v.w(j + 1)) =>
            {
                j += 1;
            }
            _ => break,
        }
    }
    if !any {
        return None;
    }
    let mut value = total + current;
    // `one and a half`.
    if v.phrase_at(last, "and a half").is_some() {
        value += 0.5;
        last += 3;
    }
    let kind = if lead_a {
        NumberKind::Round
    } else {
        NumberKind::Words
    };
    Some(NumberMatch {
        value,
        first: i,
        last,
        kind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scan::tokenize;

    fn num(s: &str) -> Option<(f64, usize)> {
        let toks = tokenize(s);
        let lower = s.to_ascii_lowercase();
        let v = View {
            text: s,
            lower: &lower,
            tokens: &toks,
            words: &crate::scan::token_words(&lower, &toks),
        };
        parse_number_at(&v, 0, s.starts_with('$')).map(|m| (m.value, m.last))
    }

    #[test]
    fn digits_and_scales() {
        assert_eq!(num("410,000 people"), Some((410000.0, 1)));
        assert_eq!(num("1.2 million"), Some((1.2e6, 2)));
        assert_eq!(num("3bn"), Some((3e9, 2)));
        assert_eq!(num("40k"), Some((40e3, 2)));
        assert_eq!(num("5m wall"), Some((5.0, 1)));
        assert_eq!(num("1.2.3"), None);
        assert_eq!(num("3 dozen eggs"), Some((36.0, 2)));
    }

    #[test]
    fn words() {
        assert_eq!(num("two hours").map(|x| x.0), Some(2.0));
        assert_eq!(num("twenty-one people").map(|x| x.0), Some(21.0));
        assert_eq!(num("a hundred and five").map(|x| x.0), Some(105.0));
        assert_eq!(num("two hundred thousand").map(|x| x.0), Some(200_000.0));
        assert_eq!(num("one and a half hours").map(|x| x.0), Some(1.5));
        assert_eq!(num("a dozen").map(|x| x.0), Some(12.0));
        assert_eq!(num("two dozen").map(|x| x.0), Some(24.0));
        assert_eq!(num("three dozen").map(|x| x.0), Some(36.0));
        assert_eq!(num("eighth time").map(|x| x.0), Some(8.0));
        assert_eq!(num("dozens of people").map(|x| x.1), Some(1));
        assert_eq!(num("tens of thousands of people").map(|x| x.1), Some(3));
        assert_eq!(num("a man"), None);
        // The figure scan skips words the lexicon does not list as possible starts.
        for w in WORD_SCALES {
            assert!(num(w).is_some(), "{w}");
        }
    }
}
