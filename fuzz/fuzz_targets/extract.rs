//! Arbitrary bytes → lossy UTF-8 → `crosscheck::extract`: no panic, and every claim's
//! spans lie on char boundaries, slice to its text, and its interval is ordered.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check(&text);
    // The file route too: UTF-8 or Windows-1252 decoding, then source detection.
    let doc = crosscheck::Document::from_bytes("f", data);
    check(&doc.text);
});

fn check(text: &str) {
    for c in crosscheck::extract(text) {
        let (s, e) = (c.span.start, c.span.end);
        assert!(s <= e && e <= text.len(), "span {s}..{e} out of {}", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "span {s}..{e} splits a char");
        assert_eq!(&text[s..e], c.text, "span slices to the claim text");
        let (ss, se) = (c.sentence_span.start, c.sentence_span.end);
        assert!(ss <= se && se <= text.len(), "sentence span {ss}..{se}");
        assert!(text.is_char_boundary(ss) && text.is_char_boundary(se), "sentence span splits a char");
        assert_eq!(&text[ss..se], c.sentence, "sentence span slices to the sentence");
        if let (Some(lo), Some(hi)) = (c.value.low, c.value.high) {
            assert!(lo <= hi, "interval {lo}..{hi} of {:?}", c.text);
        }
        assert!(!c.value.low.is_some_and(f64::is_nan) && !c.value.high.is_some_and(f64::is_nan), "NaN bound in {:?}", c.text);
    }
}
