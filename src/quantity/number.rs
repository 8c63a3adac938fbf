//! Numbers in digits and words.

/// A number found in text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberMatch {
    /// The value.
    pub value: f64,
    /// Bytes consumed.
    pub len: usize,
}

/// Parses a number starting at byte `at` of `text`.
pub fn parse_number_at(_text: &str, _at: usize) -> Option<NumberMatch> {
    None
}
