//! JSON Lines feeds: one document per line, with the metadata a newsroom feed carries.
//!
//! Each line is an object `{"id": "...", "text": "...", "outlet": "...", "published":
//! "YYYY-MM-DD", "url": "...", "title": "..."}`; only `id` and `text` are required, other
//! fields are ignored. Given metadata wins over what the text suggests (an outlet named in
//! a masthead, a date in a `Posted` stamp). A line that cannot be read becomes an empty
//! document named `<file>:<line>` whose warning says what is wrong, so nothing is lost
//! silently; blank lines are skipped.

use crate::error::shown;
use crate::Document;
use serde::Deserialize;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Whether a path names a JSON Lines feed (`.jsonl`).
pub(crate) fn is_feed(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case("jsonl"))
}

/// One line of a feed.
#[derive(Debug, Deserialize)]
struct Line {
    id: String,
    text: String,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    title: Option<String>,
}

/// The documents of a feed, read line by line as they are asked for. `source` names the
/// feed in ids and messages (`-` for standard input); `path` is recorded on each document.
pub(crate) struct Feed<R> {
    lines: std::io::Lines<R>,
    line: usize,
    stem: String,
    path: Option<PathBuf>,
    /// A read error ends the feed after one document saying so.
    done: bool,
}

impl<R: BufRead> Feed<R> {
    pub(crate) fn new(reader: R, stem: String, path: Option<PathBuf>) -> Self {
        Feed {
            lines: reader.lines(),
            line: 0,
            stem,
            path,
            done: false,
        }
    }

    fn shown(&self) -> String {
        self.path.as_deref().map_or_else(
            || "standard input".to_string(),
            |p| format!("`{}`", shown(p)),
        )
    }

    fn broken(&self, why: String) -> Document {
        let mut doc = Document::new(format!("{}:{}", self.stem, self.line), String::new());
        doc.path = self.path.clone();
        doc.warnings.push(why);
        doc
    }
}

impl<R: BufRead> Iterator for Feed<R> {
    type Item = Document;

    fn next(&mut self) -> Option<Document> {
        if self.done {
            return None;
        }
        loop {
            let raw = self.lines.next()?;
            self.line += 1;
            let raw = match raw {
                Ok(r) => r,
                Err(e) => {
                    self.done = true;
                    return Some(self.broken(format!(
                        "stopped reading {} at line {}: {e}; the rest of the feed is not read",
                        self.shown(),
                        self.line
                    )));
                }
            };
            if let Some(doc) = feed_line(&raw, self.line, &self.stem, self.path.as_deref()) {
                return Some(doc);
            }
        }
    }
}

/// The document of line `line` (counted from 1) of a JSON Lines feed, as the feed reader
/// makes it: `None` for a blank line; a line that is not a document becomes an empty
/// document named `<stem>:<line>` whose warning says why. `path` is the feed's file
/// (`None` for standard input). A distributed job reading the feed line by line calls this
/// to get the documents one machine would.
pub fn feed_line(raw: &str, line: usize, stem: &str, path: Option<&Path>) -> Option<Document> {
    let shown = path.map_or_else(
        || "standard input".to_string(),
        |p| format!("`{}`", shown(p)),
    );
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return None;
    }
    Some(match serde_json::from_str::<Line>(trimmed) {
        Ok(l) => {
            let mut doc = Document::new(l.id, l.text);
            doc.path = path.map(Path::to_path_buf);
            if let Some(o) = l.outlet.filter(|o| !o.trim().is_empty()) {
                doc.source.outlet = Some(o);
            }
            if let Some(p) = l.published {
                match p.parse() {
                    Ok(date) => doc.source.published = Some(date),
                    Err(e) => doc.warnings.push(format!(
                        "line {line} of {shown}: ignored the publication date: {e}"
                    )),
                }
            }
            doc.source.url = l.url.filter(|u| !u.trim().is_empty());
            doc.source.title = l.title.filter(|t| !t.trim().is_empty());
            doc
        }
        Err(e) => {
            let mut doc = Document::new(format!("{stem}:{line}"), String::new());
            doc.path = path.map(Path::to_path_buf);
            doc.warnings.push(format!(
                "skipped line {line} of {shown}: {e}; each line must be one JSON object with string fields \"id\" and \"text\""
            ));
            doc
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<Document> {
        Feed::new(
            text.as_bytes(),
            "feed".into(),
            Some(PathBuf::from("feed.jsonl")),
        )
        .collect()
    }

    #[test]
    fn lines_become_documents_with_their_metadata() {
        let docs = read(concat!(
            r#"{"id": "a", "text": "Officials said 12 people died.", "outlet": "The Morning Ledger", "published": "2024-03-02", "url": "https://x.example/a", "title": "Twelve dead"}"#,
            "\n\n",
            r#"{"id": "b", "text": "BEIRUT (Reuters) - 14 died.", "extra": 1}"#,
            "\n",
        ));
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].source.outlet.as_deref(), Some("The Morning Ledger"));
        assert_eq!(docs[0].source.published, crate::Date::new(2024, 3, 2));
        assert_eq!(docs[0].source.title.as_deref(), Some("Twelve dead"));
        assert_eq!(docs[1].source.credited, ["Reuters"]);
        assert!(docs.iter().all(|d| d.warnings.is_empty()));
    }

    #[test]
    fn a_bad_line_is_a_warning_and_the_rest_is_read() {
        let docs = read("{\"id\": \"a\", \"text\": \"One.\"}\nnot json\n{\"id\": 3}\n{\"id\": \"d\", \"text\": \"Four.\", \"published\": \"2024-02-31\"}\n");
        assert_eq!(docs.len(), 4);
        assert_eq!(docs[1].id, "feed:2");
        assert!(
            docs[1].warnings[0].starts_with("skipped line 2 of `feed.jsonl`"),
            "{:?}",
            docs[1].warnings
        );
        assert_eq!(docs[2].id, "feed:3");
        assert_eq!(docs[3].source.published, None);
        assert!(docs[3].warnings[0].contains("ignored the publication date"));
    }
}
