//! Decoding file bytes to text.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// Decodes file bytes: UTF-8 (a byte-order mark is dropped), UTF-16 when a UTF-16
/// byte-order mark says so, else Windows-1252 with a warning saying so.
///
/// The warning names the first offending byte and what the user can do about it. NUL bytes
/// are kept.
///
/// ```
/// use crosscheck::normalize::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9"), ("café".to_string(), None));
/// let (text, warning) = decode(b"caf\xE9");
/// assert_eq!(text, "café");
/// assert!(warning.unwrap().contains("offset 3"));
/// ```
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    let (enc, bom) = Encoding::for_bom(bytes).unwrap_or((UTF_8, 0));
    let body = &bytes[bom..];
    if enc != UTF_8 {
        let (text, had_errors) = enc.decode_without_bom_handling(body);
        let warning = had_errors.then(|| {
            format!(
                "malformed {} despite its byte-order mark: bad sequences replaced with U+FFFD; \
                 re-save the file as UTF-8",
                enc.name()
            )
        });
        return (text.into_owned(), warning);
    }
    match std::str::from_utf8(body) {
        Ok(s) => (s.to_string(), None),
        Err(e) => {
            let offset = bom + e.valid_up_to();
            if bom > 0 {
                // The byte-order mark says UTF-8: keep that reading and mark the bad bytes.
                let text = String::from_utf8_lossy(body).into_owned();
                let warning = format!(
                    "not valid UTF-8 despite its UTF-8 byte-order mark (first bad byte at \
                     offset {offset}): bad bytes replaced with U+FFFD; re-save the file as UTF-8"
                );
                return (text, Some(warning));
            }
            let (text, _) = WINDOWS_1252.decode_without_bom_handling(body);
            let warning = format!(
                "not valid UTF-8 (first bad byte at offset {offset}): decoded as Windows-1252; \
                 re-save the file as UTF-8 if the text looks wrong"
            );
            (text.into_owned(), Some(warning))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through_with_nul() {
        assert_eq!(decode(b"a\0b"), ("a\0b".to_string(), None));
    }

    #[test]
    fn bom_is_stripped_silently() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), ("hi".to_string(), None));
    }

    #[test]
    fn windows_1252_fallback_warns_with_offset() {
        let (text, warning) = decode(b"\x93quoted\x94");
        assert_eq!(text, "\u{201C}quoted\u{201D}");
        let w = warning.unwrap();
        assert!(w.contains("offset 0") && w.contains("Windows-1252") && w.contains("UTF-8"));
    }

    #[test]
    fn utf16_with_bom() {
        assert_eq!(decode(b"\xFF\xFEh\0i\0"), ("hi".to_string(), None));
    }

    #[test]
    fn bad_bytes_after_utf8_bom_are_replaced() {
        let (text, warning) = decode(b"\xEF\xBB\xBFa\xFFb");
        assert_eq!(text, "a\u{FFFD}b");
        assert!(warning.unwrap().contains("offset 4"));
    }
}
