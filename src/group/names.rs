//! Names across outlets: folding and fuzzy matching of spelling variants.

use std::collections::HashMap;

/// Folds a name for comparison: lowercase ASCII letters, `al-`/`el-` articles and
/// possessives dropped, so `al-Shairat` and `Shairat`, `Assad's` and `Assad` compare equal.
///
/// ```
/// assert_eq!(crosscheck::group::fold_name("al-Shairat"), "shairat");
/// assert_eq!(crosscheck::group::fold_name("Assad's"), "assad");
/// ```
pub fn fold_name(name: &str) -> String {
    let lower = crate::normalize::fold_for_matching(name);
    let mut words: Vec<String> = Vec::new();
    for w in lower.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_end_matches("'s").trim_end_matches('\'');
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if w.is_empty()
            || matches!(
                w.as_str(),
                "al" | "el" | "ad" | "as" | "an" | "the" | "mr" | "mrs" | "ms" | "dr"
            )
        {
            continue;
        }
        words.push(w);
    }
    words.join(" ")
}

/// Whether two names are spelling variants of one another (`Khan Sheikhun` ~
/// `Khan Shaykhun`), by Jaro-Winkler similarity of their folded forms, or one holding the
/// other as a word (`Assad` ~ `Bashar al-Assad`).
///
/// ```
/// use crosscheck::group::names_match;
/// assert!(names_match("Khan Sheikhun", "Khan Sheikhoun", 0.88));
/// assert!(names_match("Shayrat", "al-Shairat", 0.88));
/// assert!(!names_match("Moscow", "Washington", 0.88));
/// ```
pub fn names_match(a: &str, b: &str, threshold: f64) -> bool {
    let (fa, fb) = (fold_name(a), fold_name(b));
    if fa.is_empty() || fb.is_empty() {
        return false;
    }
    if fa == fb {
        return true;
    }
    let words_a: Vec<&str> = fa.split(' ').collect();
    let words_b: Vec<&str> = fb.split(' ').collect();
    if words_a.len() != words_b.len()
        && (words_a.iter().any(|w| w.len() > 3 && words_b.contains(w)))
    {
        return true;
    }
    // Jaro-Winkler is quadratic in the length: a run of capitalised words or one endless
    // capitalised token from scraped text is no name to spell differently.
    if fa.len() > MAX_FUZZY_NAME_BYTES || fb.len() > MAX_FUZZY_NAME_BYTES {
        return false;
    }
    strsim::jaro_winkler(&fa, &fb) >= threshold && fa.len().abs_diff(fb.len()) <= 3
}

/// Longest folded name compared by spelling (real names are far shorter); longer ones
/// match only when equal or when one holds the other as a word.
const MAX_FUZZY_NAME_BYTES: usize = 100;

/// Blocking keys of a name: the first three letters of each folded word (spelling variants
/// usually share them: `sheikhun`/`sheikhoun`, `shayrat`/`shairat`).
pub fn name_keys(name: &str) -> Vec<String> {
    fold_name(name)
        .split(' ')
        .filter(|w| w.len() >= 3)
        .map(|w| format!("n:{}", w.chars().take(3).collect::<String>()))
        .collect()
}

/// The `n` most frequent capitalised multi-letter words of a text, folded: what it is about.
pub fn topic_names(text: &str, n: usize) -> Vec<String> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut prev_end_sentence = true;
    for w in text.split(|c: char| c.is_whitespace()) {
        let t = w.trim_matches(|c: char| !c.is_alphanumeric());
        let starts_upper = t.chars().next().is_some_and(char::is_uppercase);
        let all_upper = t.chars().all(|c| !c.is_lowercase());
        if starts_upper && !all_upper && !prev_end_sentence && t.chars().count() > 3 {
            let f = fold_name(t);
            if !f.is_empty() {
                *counts.entry(f).or_default() += 1;
            }
        }
        prev_end_sentence = w.ends_with(['.', '!', '?', ':']) || w.is_empty();
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().filter(|x| x.1 >= 2).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.into_iter().take(n).map(|x| x.0).collect()
}
