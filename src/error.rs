//! The crate's one error type.

use std::path::{Path, PathBuf};

/// What can go wrong outside extraction (which never fails): reading input and configuring.
///
/// Messages are one line, lowercase, without a final period; they say what went wrong,
/// where (the file, and the byte when there is one, in backticks) and what to do.
/// Control characters in paths are escaped so a hostile file name cannot break the line.
///
/// When reading leniently ([`crate::input::Reader`]) the per-file variants ([`Error::Read`],
/// [`Error::Binary`], [`Error::NotAFile`], [`Error::BrokenLink`], [`Error::DirectoryCycle`])
/// do not stop the run: the file is reported as a document with no text and the message
/// as its warning.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A path could not be read.
    #[error("cannot read `{}`: {}", shown(path), io_reason(source))]
    Read {
        /// The path given by the caller.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A directory held no article files.
    #[error(
        "no article files in `{}`: give a directory holding {}, or the files themselves",
        shown(path),
        crate::input::ARTICLE_EXTENSIONS_SHOWN
    )]
    EmptyDirectory {
        /// The directory given by the caller.
        path: PathBuf,
    },
    /// No input at all was given.
    #[error("no input documents: give at least one file or directory")]
    NoInput,
    /// An option had a value outside its allowed range.
    #[error(
        "invalid option `{name}`: expected {expected}, found `{}`",
        escape(found)
    )]
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// What the option accepts.
        expected: &'static str,
        /// What the caller gave.
        found: String,
    },
    /// A data file (benchmark, test case) did not have the expected format.
    #[error("bad data in `{}` at line {line}: {}", shown(path), escape(message))]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What was expected and what was found.
        message: String,
    },
    /// A file looked binary (an image, an archive, a PDF), so its text was not read.
    #[error(
        "skipped `{}`: binary file ({reason}); give text files, or convert this one to text",
        shown(path)
    )]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first byte that gave it away.
        offset: usize,
        /// What gave it away (`a NUL byte at byte 12`, `41% control characters in the
        /// first 8 KB`).
        reason: String,
    },
    /// A directory entry named like an article is not a regular file (a pipe, a socket,
    /// a device), so reading it could block or never end.
    #[error(
        "skipped `{}`: it is {kind}, not a regular file; give the file itself, or pass this path on its own if it really holds text",
        shown(path)
    )]
    NotAFile {
        /// The entry.
        path: PathBuf,
        /// What it is (`a named pipe (FIFO)`).
        kind: &'static str,
    },
    /// A symbolic link points nowhere.
    #[error(
        "cannot read `{}`: it is a symbolic link to `{}`, which does not exist; fix or remove the link",
        shown(path),
        shown(target)
    )]
    BrokenLink {
        /// The link.
        path: PathBuf,
        /// Where it points.
        target: PathBuf,
    },
    /// A directory leads back into a directory already being read (a symbolic link loop).
    #[error(
        "skipped `{}`: it leads back to `{}`, which is already being read; remove the link loop",
        shown(path),
        shown(ancestor)
    )]
    DirectoryCycle {
        /// The entry that closes the loop.
        path: PathBuf,
        /// The directory it leads back to.
        ancestor: PathBuf,
    },
}

/// `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// A path for a one-line message: lossy UTF-8 with control characters escaped.
pub(crate) fn shown(path: &Path) -> String {
    escape(&path.to_string_lossy())
}

/// Escapes control characters (a newline in a file name must not break a one-line message).
pub(crate) fn escape(s: &str) -> String {
    if !s.chars().any(char::is_control) {
        return s.to_string();
    }
    s.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// What an I/O error means and what to do about it, lowercase.
fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let (what, todo) = match e.kind() {
        K::NotFound => ("no such file or directory", "check the path"),
        K::PermissionDenied => (
            "permission denied",
            "check the file's permissions or run as a user who can read it",
        ),
        K::IsADirectory => (
            "it is a directory",
            "give the directory itself to read its articles",
        ),
        K::InvalidData => (
            "the data is not valid",
            "check that the file is a plain text file",
        ),
        K::Interrupted | K::WouldBlock | K::TimedOut => ("reading was interrupted", "try again"),
        _ => ("", "check that the path is a readable file"),
    };
    let what = if what.is_empty() {
        // The OS's own message, without the `(os error N)` tail, lowercased.
        let msg = e.to_string();
        let msg = msg
            .split(" (os error")
            .next()
            .unwrap_or(&msg)
            .trim_end_matches('.')
            .to_string();
        let mut cs = msg.chars();
        match cs.next() {
            Some(c) => c.to_lowercase().chain(cs).collect(),
            None => "unknown error".to_string(),
        }
    } else {
        what.to_string()
    };
    format!("{}; {todo}", escape(&what))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io;

    fn io(kind: io::ErrorKind) -> io::Error {
        io::Error::from(kind)
    }

    /// Every message: one line, lowercase start, no final period.
    fn check(e: &Error) -> String {
        let s = e.to_string();
        assert!(!s.contains('\n'), "one line: {s}");
        assert!(
            s.chars().next().is_some_and(|c| c.is_lowercase()),
            "lowercase: {s}"
        );
        assert!(!s.ends_with('.'), "no final period: {s}");
        s
    }

    #[test]
    fn read_messages_name_the_path_and_say_what_to_do() {
        let e = Error::Read {
            path: "articles/x.txt".into(),
            source: io(io::ErrorKind::NotFound),
        };
        assert_eq!(
            check(&e),
            "cannot read `articles/x.txt`: no such file or directory; check the path"
        );
        let e = Error::Read {
            path: "x.txt".into(),
            source: io(io::ErrorKind::PermissionDenied),
        };
        assert_eq!(
            check(&e),
            "cannot read `x.txt`: permission denied; check the file's permissions or run as a user who can read it"
        );
        let e = Error::Read {
            path: "x.txt".into(),
            source: io::Error::other("Disk on fire"),
        };
        assert_eq!(
            check(&e),
            "cannot read `x.txt`: disk on fire; check that the path is a readable file"
        );
        let e = Error::Read {
            path: "x.txt".into(),
            source: io::Error::from_raw_os_error(5),
        };
        let s = check(&e);
        assert!(s.starts_with("cannot read `x.txt`: "), "{s}");
        assert!(!s.contains("os error"), "{s}");
    }

    #[test]
    fn control_characters_in_paths_are_escaped() {
        let e = Error::EmptyDirectory {
            path: "evil\nname".into(),
        };
        assert_eq!(
            check(&e),
            "no article files in `evil\\nname`: give a directory holding .txt, .text or .md articles, or .jsonl feeds, or the files themselves"
        );
    }

    #[test]
    fn other_messages() {
        assert_eq!(
            check(&Error::NoInput),
            "no input documents: give at least one file or directory"
        );
        let e = Error::InvalidOption {
            name: "threads",
            expected: "a whole number from 1 to 256",
            found: "zero".into(),
        };
        assert_eq!(
            check(&e),
            "invalid option `threads`: expected a whole number from 1 to 256, found `zero`"
        );
        let e = Error::Format {
            path: "cases.tsv".into(),
            line: 3,
            message: "expected 4 columns, found 2".into(),
        };
        assert_eq!(
            check(&e),
            "bad data in `cases.tsv` at line 3: expected 4 columns, found 2"
        );
        let e = Error::Binary {
            path: "dir/photo.txt".into(),
            offset: 7,
            reason: "a NUL byte at byte 7".into(),
        };
        assert_eq!(
            check(&e),
            "skipped `dir/photo.txt`: binary file (a NUL byte at byte 7); give text files, or convert this one to text"
        );
        let e = Error::NotAFile {
            path: "dir/pipe.txt".into(),
            kind: "a named pipe (FIFO)",
        };
        assert_eq!(
            check(&e),
            "skipped `dir/pipe.txt`: it is a named pipe (FIFO), not a regular file; give the file itself, or pass this path on its own if it really holds text"
        );
        let e = Error::BrokenLink {
            path: "dir/gone.txt".into(),
            target: "../nowhere.txt".into(),
        };
        assert_eq!(
            check(&e),
            "cannot read `dir/gone.txt`: it is a symbolic link to `../nowhere.txt`, which does not exist; fix or remove the link"
        );
        let e = Error::DirectoryCycle {
            path: "dir/loop".into(),
            ancestor: "dir".into(),
        };
        assert_eq!(
            check(&e),
            "skipped `dir/loop`: it leads back to `dir`, which is already being read; remove the link loop"
        );
    }
}
