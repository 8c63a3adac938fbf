//! Tokens and sentences with byte offsets into the (normalized) text.
//!
//! Tokens are atoms: a run of letters (with inner apostrophes and abbreviation dots, so
//! `U.S.` and `don't` are one token), a run of digits (with inner `,` and `.` between
//! digits: `320,000`, `1.5`), or one other character. Each token knows whether space
//! precedes it, so later stages can tell `two-hour` (one compound) from `two - hour`.

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and inner `'` or `.`).
    Word,
    /// Digits (and inner `,` or `.` between digits).
    Digits,
    /// Any other non-space character.
    Punct,
}

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What kind of token.
    pub kind: TokenKind,
    /// Whether whitespace (or the start of text) precedes it.
    pub space_before: bool,
    /// Whether a line break lies between it and the previous token.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Splits `text` into tokens: `U.S. fired 1,200.5 rounds` gives `U.S.`, `fired`, the
/// digits `1,200.5` and `rounds`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut space = true;
    let mut newline = false;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            space = true;
            newline |= b == b'\n';
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if b.is_ascii_digit() {
            kind = TokenKind::Digits;
            i += 1;
            while i < bytes.len() {
                let c = bytes[i];
                if c.is_ascii_digit()
                    || ((c == b',' || c == b'.')
                        && i + 1 < bytes.len()
                        && bytes[i + 1].is_ascii_digit())
                {
                    i += 1;
                } else {
                    break;
                }
            }
        } else if is_letter_at(text, i) {
            kind = TokenKind::Word;
            i += char_len(b);
            while i < bytes.len() {
                let c = bytes[i];
                // ASCII letters first: they are nearly every byte of a word.
                if c.is_ascii_alphabetic() || (!c.is_ascii() && is_letter_at(text, i)) {
                    i += char_len(c);
                } else if (c == b'\'' || c == b'.')
                    && i + 1 < bytes.len()
                    && is_letter_at(text, i + 1)
                    && (c == b'\'' || is_abbreviation_dot(bytes, start, i))
                {
                    i += 1;
                } else {
                    break;
                }
            }
            // Keep the final dot of an abbreviation like `U.S.` inside the token.
            if i < bytes.len() && bytes[i] == b'.' && text[start..i].contains('.') {
                i += 1;
            }
        } else {
            kind = TokenKind::Punct;
            i += char_len(b);
        }
        out.push(Token {
            start,
            end: i,
            kind,
            space_before: space,
            newline_before: newline,
        });
        space = false;
        newline = false;
    }
    out
}

/// A dot inside letters is part of an abbreviation when letters around it are single
/// letters (`U.S.`, `R.C.`), not a missing space after a full stop (`2012.Credit`).
fn is_abbreviation_dot(bytes: &[u8], start: usize, dot: usize) -> bool {
    let seg_start = bytes[start..dot]
        .iter()
        .rposition(|&c| c == b'.')
        .map_or(start, |p| start + p + 1);
    dot - seg_start == 1 && bytes.get(dot + 2).is_none_or(|c| !c.is_ascii_alphabetic())
}

fn char_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    }
}

/// Whether the char at byte `i` (a char boundary) is alphabetic.
#[inline]
fn is_letter_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        return b.is_ascii_alphabetic();
    }
    text.get(i..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_alphabetic)
}

/// A sentence: a run of tokens and the byte range it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Index of the first token.
    pub first: usize,
    /// One past the index of the last token.
    pub last: usize,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no",
    "vs", "approx", "est", "inc", "corp", "ltd", "co", "jr", "sr", "mt", "ft", "fig",
];

/// Longest sentence, in tokens. Real sentences are far shorter (under 100 tokens); a
/// scraped run-on line or a table of numbers without full stops is cut into pieces of at
/// most this many tokens, so the work per figure, which looks at its whole sentence, stays
/// bounded and extraction stays linear in the length of the text.
pub const MAX_SENTENCE_TOKENS: usize = 256;

/// Splits tokens into sentences: at `.`, `!`, `?` followed by a capital, quote or digit,
/// and at every line break (headlines, captions and datelines stand alone); pieces of a
/// sentence longer than [`MAX_SENTENCE_TOKENS`] are sentences of their own.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut first = 0;
    let push = |out: &mut Vec<Sentence>, mut first: usize, last: usize| {
        // A run-on line or a table is cut into pieces, at a comma, semicolon, colon or bar
        // in the last quarter of the piece when there is one.
        while last - first > MAX_SENTENCE_TOKENS {
            let hard = first + MAX_SENTENCE_TOKENS;
            let cut = (first + MAX_SENTENCE_TOKENS * 3 / 4..hard)
                .rev()
                .find(|&k| {
                    tokens[k].kind == TokenKind::Punct
                        && matches!(tokens[k].text(text), "," | ";" | ":" | "|")
                })
                .map_or(hard, |k| k + 1);
            out.push(Sentence {
                first,
                last: cut,
                start: tokens[first].start,
                end: tokens[cut - 1].end,
            });
            first = cut;
        }
        if last > first {
            out.push(Sentence {
                first,
                last,
                start: tokens[first].start,
                end: tokens[last - 1].end,
            });
        }
    };
    for i in 0..tokens.len() {
        if i > first && tokens[i].newline_before {
            push(&mut out, first, i);
            first = i;
        }
        let t = &tokens[i];
        // A punctuation token is one char: its first byte tells a full stop.
        if t.kind != TokenKind::Punct || !matches!(text.as_bytes()[t.start], b'.' | b'!' | b'?') {
            continue;
        }
        let p = t.text(text);
        // Closing quotes and brackets right after the stop belong to this sentence.
        let mut end = i + 1;
        while end < tokens.len()
            && !tokens[end].space_before
            && matches!(tokens[end].text(text), "\"" | "'" | ")" | "]")
        {
            end += 1;
        }
        let next = tokens.get(end);
        let ends = match next {
            None => true,
            Some(n) if n.newline_before => true,
            // A page that lost its paragraph breaks glues sentences: `complex.Deputies said`
            // (a lowercase word, the stop, a capitalised word; `abc13.com` and `U.S.Army`
            // stay whole).
            Some(n) if !n.space_before => {
                let w = n.text(text);
                let mut cs = w.chars();
                p == "."
                    && n.kind == TokenKind::Word
                    && cs.next().is_some_and(char::is_uppercase)
                    && cs.next().is_some_and(char::is_lowercase)
                    && i > 0
                    && tokens[i - 1].end == t.start
                    && tokens[i - 1].kind == TokenKind::Word
                    && tokens[i - 1].text(text).len() >= 2
                    && tokens[i - 1]
                        .text(text)
                        .chars()
                        .all(|c| c.is_ascii_lowercase())
            }
            Some(n) => {
                let s = n.text(text);
                let c = s.chars().next().unwrap_or(' ');
                let prev_abbrev = p == "."
                    && i > 0
                    && tokens[i - 1].end == t.start
                    && tokens[i - 1].kind == TokenKind::Word
                    && ABBREVIATIONS
                        .iter()
                        .any(|a| a.eq_ignore_ascii_case(tokens[i - 1].text(text)));
                // A middle initial (`Margaret S. Gillerman`): one capital glued to the
                // stop, after a capitalised name, before another.
                let initial = p == "."
                    && i > 1
                    && tokens[i - 1].end == t.start
                    && tokens[i - 1].kind == TokenKind::Word
                    && is_single_capital(tokens[i - 1].text(text))
                    && tokens[i - 2].kind == TokenKind::Word
                    && tokens[i - 2].text(text).len() >= 2
                    && tokens[i - 2].text(text).starts_with(char::is_uppercase)
                    && n.kind == TokenKind::Word
                    && s.len() >= 2
                    && c.is_uppercase()
                    && !FUNCTION_WORDS
                        .iter()
                        .chain(NEWS_OPENERS)
                        .any(|o| o.eq_ignore_ascii_case(s));
                !prev_abbrev
                    && !initial
                    && (c.is_uppercase()
                        || c.is_ascii_digit()
                        || matches!(c, '"' | '\'' | '(' | '['))
            }
        };
        if ends {
            push(&mut out, first, end);
            first = end;
        }
    }
    push(&mut out, first, tokens.len());
    out
}

/// Function words (and the first cardinals) that open sentences and are never a name:
/// after `Building C.` they begin the next sentence, not the rest of a name (`Margaret S.
/// Gillerman`); [`crate::claim`] reads none of them as a name either.
#[rustfmt::skip]
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and",
    "or", "this", "that", "these", "those", "his", "her", "their", "our", "its", "after",
    "before", "as", "if", "when", "while", "some", "many", "more", "most", "there", "what",
    "who", "why", "how", "where", "only", "still", "also", "even", "despite", "until", "since",
    "for", "from", "with", "by", "to", "of", "about", "over", "under", "no", "not", "yes", "so",
    "than", "then", "now", "both", "all", "each", "every", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten",
];

/// Words besides [`FUNCTION_WORDS`] that open a news sentence after an initial-like
/// capital (`Gate B. Police said`), though elsewhere they may open a name.
const NEWS_OPENERS: &[&str] = &[
    "you",
    "police",
    "officers",
    "authorities",
    "according",
    "several",
];

/// Whether a word is one capital letter (`S` of `Margaret S. Gillerman`).
fn is_single_capital(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
}

/// Tokens with their text and an ASCII-lowercased copy of the text (same byte offsets), so
/// lexicon look-ups need no allocation.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    /// The text.
    pub text: &'a str,
    /// `text` with ASCII letters lowercased.
    pub lower: &'a str,
    /// The tokens of `text`.
    pub tokens: &'a [Token],
    /// The lowercased text of each token ([`token_words`]): extraction reads words
    /// millions of times, and slicing `lower` checks char boundaries each time.
    pub words: &'a [&'a str],
}

/// Whether a word is a contraction (`We've`, `They're`, `Don't`): capitalised at times,
/// never a name.
pub fn is_contraction(word: &str) -> bool {
    [
        "'ve",
        "'re",
        "'ll",
        "'m",
        "n't",
        "\u{2019}ve",
        "\u{2019}re",
        "\u{2019}ll",
        "\u{2019}m",
        "n\u{2019}t",
    ]
    .iter()
    .any(|e| {
        word.len() > e.len()
            && word.is_char_boundary(word.len() - e.len())
            && word[word.len() - e.len()..].eq_ignore_ascii_case(e)
    })
}

/// `lower` sliced at each of `tokens`, for [`View::words`].
pub fn token_words<'a>(lower: &'a str, tokens: &[Token]) -> Vec<&'a str> {
    tokens
        .iter()
        .map(|t| lower.get(t.start..t.end).unwrap_or(""))
        .collect()
}

impl<'a> View<'a> {
    /// The lowercased text of token `i`, or `""` past either end.
    pub fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    /// The original text of token `i`, or `""` past the end.
    pub fn raw(&self, i: usize) -> &'a str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// Whether token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    /// Whether token `i` directly touches the token before it (no space).
    pub fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// Whether token `i` starts with an uppercase letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        match self
            .tokens
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.start))
        {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.raw(i).chars().next().is_some_and(char::is_uppercase),
        }
    }

    /// Whether the words from token `i` on spell `phrase` (space-separated, lowercase);
    /// returns the number of tokens matched.
    pub fn phrase_at(&self, i: usize, phrase: &str) -> Option<usize> {
        // Word by word without a `split` iterator: callers try many phrases at every token
        // and almost all fail on the first word.
        let mut n = 0;
        let mut rest = phrase;
        loop {
            let (part, tail) = match rest.as_bytes().iter().position(|&b| b == b' ') {
                Some(p) => (&rest[..p], Some(&rest[p + 1..])),
                None => (rest, None),
            };
            if self.w(i + n) != part {
                return None;
            }
            n += 1;
            match tail {
                Some(t) => rest = t,
                None => return Some(n),
            }
        }
    }

    /// Whether the words ending just before token `end` spell `phrase`; returns the index
    /// of its first token.
    pub fn phrase_before(&self, end: usize, phrase: &str, floor: usize) -> Option<usize> {
        let n = phrase.split(' ').count();
        let start = end.checked_sub(n)?;
        (start >= floor && self.phrase_at(start, phrase) == Some(n)).then_some(start)
    }
}

impl View<'_> {
    /// The index of the first token in `from..to` whose lowercase text is `word`.
    pub fn find_word(&self, from: usize, to: usize, word: &str) -> Option<usize> {
        (from..to.min(self.tokens.len())).find(|&k| self.w(k) == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_and_grouped_digits_are_one_token() {
        let text = "U.S. fired 1,200.5 rounds";
        let toks = tokenize(text);
        let words: Vec<&str> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(words, ["U.S.", "fired", "1,200.5", "rounds"]);
        assert_eq!(toks[2].kind, TokenKind::Digits);
    }

    /// The sentences of `text`, as text.
    fn cut(text: &str) -> Vec<&str> {
        sentences(text, &tokenize(text))
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn glued_sentences_of_a_page_without_breaks_are_cut() {
        let text = "Two died at the complex.Deputies said a car drove up. See abc13.com now.";
        assert_eq!(
            cut(text),
            [
                "Two died at the complex.",
                "Deputies said a car drove up.",
                "See abc13.com now."
            ]
        );
    }

    #[test]
    fn a_middle_initial_ends_no_sentence() {
        let text = "Whenever Margaret S. Gillerman posts, you get mail. Plans changed. \
                    Police went to Building C. Two people were shot.";
        assert_eq!(
            cut(text),
            [
                "Whenever Margaret S. Gillerman posts, you get mail.",
                "Plans changed.",
                "Police went to Building C.",
                "Two people were shot."
            ]
        );
    }
}
