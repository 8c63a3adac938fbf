//! Words shared by the reports for people (text, Markdown, HTML): values in words,
//! plurals, thousands separators, and article text made safe for a terminal.

use super::{ClaimRecord, DateSpan};
use crate::compare::describe_value;
use crate::quantity::{fmt_number, Dimension, Interval};

/// `1 claim`, `2 claims`, `74,366 claims`.
pub(crate) fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

/// `74366` as `74,366`.
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// The claim's interval in words: `87`, `more than 80`, `1.8 hours to under 2 hours`.
/// A figure the text gave in another unit than the canonical one reads in that unit
/// (`36 to 44 miles`, not `57936.384 m to 70811.136 m`).
pub(crate) fn value(c: &ClaimRecord) -> String {
    match &c.as_written {
        Some(w) => bounds(&from_nothing(&w.value, c.dimension), |x| {
            format!("{} {}", fmt_number((x * 100.0).round() / 100.0), w.unit)
        }),
        None => interval(&c.value, c.dimension, &c.unit),
    }
}

/// An interval of `dimension` in `unit` in words.
pub(crate) fn interval(v: &Interval, dimension: Dimension, unit: &str) -> String {
    bounds(&from_nothing(v, dimension), |x| {
        describe_value(x, dimension, unit)
    })
}

/// A quantity that cannot be negative and may be nothing reads as a ceiling: `a maximum of
/// 20 years` is `at most 20 years`, not `0 seconds to 20 years`.
fn from_nothing(v: &Interval, dimension: Dimension) -> Interval {
    let signed = matches!(
        dimension,
        Dimension::Percent | Dimension::Temperature | Dimension::Magnitude
    );
    if !signed && v.low == Some(0.0) && v.low_inclusive && v.high.is_some_and(|h| h > 0.0) {
        Interval { low: None, ..*v }
    } else {
        *v
    }
}

/// An interval in words, each bound described by `d`.
fn bounds(v: &Interval, d: impl Fn(f64) -> String) -> String {
    match (v.low, v.high) {
        (Some(l), Some(h)) if l == h => d(l),
        (Some(l), Some(h)) => format!(
            "{}{} to {}{}",
            if v.low_inclusive { "" } else { "over " },
            d(l),
            if v.high_inclusive { "" } else { "under " },
            d(h)
        ),
        (Some(l), None) => format!(
            "{} {}",
            if v.low_inclusive {
                "at least"
            } else {
                "more than"
            },
            d(l)
        ),
        (None, Some(h)) => format!(
            "{} {}",
            if v.high_inclusive {
                "at most"
            } else {
                "less than"
            },
            d(h)
        ),
        (None, None) => "any value".into(),
    }
}

/// `2017-04-13`, `2017-04-13 to 2017-04-14`, or `undated`.
pub(crate) fn date_span(span: &DateSpan) -> String {
    match (span.first, span.last) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a} to {b}"),
        (Some(a), None) | (None, Some(a)) => a.to_string(),
        (None, None) => "undated".into(),
    }
}

/// Whether a character could move the cursor, clear the screen, retitle the terminal or
/// reorder text when printed: C0 and C1 controls, DEL, and bidirectional overrides.
fn is_unsafe(ch: char) -> bool {
    ch.is_control()
        || matches!(ch, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Article text on one line with every unsafe character escaped (`ESC[2J` prints as
/// `\u{1b}[2J`), runs of whitespace folded to one space.
pub(crate) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        escape_into(word, &mut out);
    }
    out
}

/// A whole rendered report with any unsafe character left escaped, line breaks kept: the
/// last line of defence, whatever a field held.
pub(crate) fn escape_controls(text: String) -> String {
    if !text.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (body, nl) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        escape_into(body, &mut out);
        out.push_str(nl);
    }
    out
}

fn escape_into(text: &str, out: &mut String) {
    for ch in text.chars() {
        if is_unsafe(ch) {
            out.extend(ch.escape_unicode());
        } else {
            out.push(ch);
        }
    }
}

/// `text` cut to at most `max` characters at a word boundary, with `...` when cut; a first
/// word longer than `max` is kept whole rather than split.
pub(crate) fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if !out.is_empty() && out.chars().count() + 1 + word.chars().count() > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push_str("...");
    out
}

/// Words of `text` in lines of at most `width` characters; a word longer than a line
/// stands alone on its line, never split.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    let mut cur_len = 0;
    for w in text.split_whitespace() {
        let len = w.chars().count();
        if !cur.is_empty() && cur_len + 1 + len > width {
            lines.push(std::mem::take(&mut cur));
            cur_len = 0;
        }
        if !cur.is_empty() {
            cur.push(' ');
            cur_len += 1;
        }
        cur.push_str(w);
        cur_len += len;
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ceiling reads as one (`at most 20 years`), not from zero seconds; a temperature
    /// from zero stays a range.
    #[test]
    fn a_ceiling_reads_as_a_ceiling() {
        let upto = crate::Qualifier::AtMost.apply(20.0);
        assert_eq!(interval(&upto, Dimension::Count, ""), "at most 20");
        let cold = Interval {
            low: Some(0.0),
            ..Interval::exact(5.0)
        };
        assert!(interval(&cold, Dimension::Temperature, "°C").contains(" to "));
    }

    #[test]
    fn plurals_and_thousands() {
        assert_eq!(plural(1, "claim", "claims"), "1 claim");
        assert_eq!(plural(74366, "claim", "claims"), "74,366 claims");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn terminal_sequences_are_escaped() {
        let s = clean("a \u{1b}[2J b \u{1b}]0;pwned\u{7} c\u{202e}d");
        assert!(!s.chars().any(is_unsafe), "{s}");
        assert!(s.contains("\\u{1b}[2J"), "{s}");
        let s = escape_controls("x\u{9b}y\nz\n".to_string());
        assert_eq!(s, "x\\u{9b}y\nz\n");
    }

    #[test]
    fn words_are_never_split() {
        assert_eq!(wrap("aaa bbbbbbbbbb c", 5), ["aaa", "bbbbbbbbbb", "c"]);
        assert_eq!(shorten("one two three", 8), "one two...");
        assert_eq!(shorten("abcdefghijk x", 4), "abcdefghijk...");
    }
}
