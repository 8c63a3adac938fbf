//! The crate's one error type.

use std::path::PathBuf;

/// What can go wrong outside extraction (which never fails): reading input and configuring.
///
/// Messages are lowercase, name the input in backticks and say what to do.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A path could not be read.
    #[error("cannot read `{path}`: {source}; check that the path exists and is readable")]
    Read {
        /// The path given by the caller.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A directory held no article files.
    #[error("no article files in `{path}`: give a directory holding .txt files, or the files themselves")]
    EmptyDirectory {
        /// The directory given by the caller.
        path: PathBuf,
    },
    /// No input at all was given.
    #[error("no input documents: give at least one file or directory")]
    NoInput,
    /// An option had a value outside its allowed range.
    #[error("invalid option `{name}`: expected {expected}, found `{found}`")]
    InvalidOption {
        /// The option's name.
        name: &'static str,
        /// What the option accepts.
        expected: &'static str,
        /// What the caller gave.
        found: String,
    },
    /// A data file (benchmark, test case) did not have the expected format.
    #[error("bad data in `{path}` at line {line}: {message}")]
    Format {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What was expected and what was found.
        message: String,
    },
}

/// `Result` with [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
