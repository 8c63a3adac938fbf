//! Normalization: decoding, mojibake repair, NFKC, quote and dash folding, with an offset map.
//!
//! Extraction runs on the normalized text; every span it reports is mapped back through
//! [`Normalized::to_original`] so reports quote the text the user gave.

/// Text prepared for extraction, with a map back to the original text's byte offsets.
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalized text.
    pub text: String,
    /// Number of mojibake sequences repaired.
    pub repairs: usize,
}

impl Normalized {
    /// Maps a byte range of the normalized text to the byte range of the original text it
    /// came from; the result always lies on char boundaries of the original.
    pub fn to_original(&self, start: usize, end: usize) -> (usize, usize) {
        (start, end)
    }
}

/// Normalizes `original` (placeholder: identity until the normalize stage lands).
pub fn normalize(original: &str) -> Normalized {
    Normalized {
        text: original.to_string(),
        repairs: 0,
    }
}

/// Decodes file bytes: UTF-8, else Windows-1252 with a warning saying so.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(_) => {
            let (cow, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (
                cow.into_owned(),
                Some("not valid UTF-8: decoded as Windows-1252".to_string()),
            )
        }
    }
}

/// Lowercases and folds quotes and dashes, for comparing words and names.
pub fn fold_for_matching(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' => '"',
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}
