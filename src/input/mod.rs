//! Reading articles from files and directories, leniently.
//!
//! Real input is scraped: binary files sit among the articles, links dangle, a file is
//! 2 GB of one line, another is in Spanish. Reading never stops at one bad file:
//!
//! - every article file found becomes a [`Document`], in path order; one whose text could
//!   not be read (binary, unreadable, a pipe, a dangling link) has empty text and a
//!   warning saying why and what to do, and its typed error is in [`Reading::skipped`];
//! - a file longer than [`Reader::max_file_bytes`] is cut at a character boundary, with a
//!   warning saying how many bytes were not read;
//! - text that does not look like English, or holds HTML markup, is read with a warning;
//! - directory entries not named like articles (images, `.DS_Store`), and second paths to
//!   a file or directory already read, are listed in [`Reading::ignored`] with the reason.
//!
//! Only problems with the request itself are errors: no paths ([`Error::NoInput`]), a
//! given path that does not exist ([`Error::Read`], [`Error::BrokenLink`]), a directory
//! without article files ([`Error::EmptyDirectory`]).
//!
//! ```
//! # let dir = std::env::temp_dir().join(format!("crosscheck-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! std::fs::write(dir.join("good.txt"), "Officials said 12 people died.").unwrap();
//! std::fs::write(dir.join("photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
//! let reading = crosscheck::input::read_documents_lenient(&[&dir]).unwrap();
//! assert_eq!(reading.documents.len(), 2);
//! let photo = &reading.documents[1];
//! assert_eq!(photo.text, "");
//! assert!(photo.warnings[0].starts_with("skipped `"));
//! assert!(photo.warnings[0].contains("binary file"));
//! assert_eq!(reading.skipped[0].document, 1);
//! # std::fs::remove_dir_all(&dir).unwrap();
//! ```

mod jsonl;
pub use jsonl::feed_line;

use crate::error::shown;
use crate::{Document, Error, Result};
use std::collections::HashMap;
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read from a directory (others, such as images, are ignored).
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "jsonl"];

/// [`ARTICLE_EXTENSIONS`] for messages.
pub(crate) const ARTICLE_EXTENSIONS_SHOWN: &str = ".txt, .text or .md articles, or .jsonl feeds";

/// How many leading bytes of a file are checked for binary content.
pub const SNIFF_BYTES: usize = 8192;

/// Default for [`Reader::max_file_bytes`]: 64 MiB.
pub const DEFAULT_MAX_FILE_BYTES: u64 = 64 << 20;

/// How many leading bytes of a text are looked at to guess its language and markup.
const LANGUAGE_SAMPLE_BYTES: usize = 64 << 10;

/// Reads articles with options; see the [module docs](self).
#[derive(Debug, Clone)]
pub struct Reader {
    max_file_bytes: u64,
}

impl Default for Reader {
    fn default() -> Self {
        Reader {
            max_file_bytes: DEFAULT_MAX_FILE_BYTES,
        }
    }
}

/// What [`Reader::read`] found.
#[derive(Debug)]
pub struct Reading {
    /// One document per article file, in path order, ids unique. A file whose text could
    /// not be read is here with empty text and a warning.
    pub documents: Vec<Document>,
    /// The typed error of each document whose text could not be read.
    pub skipped: Vec<Skipped>,
    /// Paths met but not read as articles, with the reason.
    pub ignored: Vec<Ignored>,
}

/// A document whose text could not be read.
#[derive(Debug)]
pub struct Skipped {
    /// Index of its (empty) document in [`Reading::documents`].
    pub document: usize,
    /// Why: [`Error::Read`], [`Error::Binary`], [`Error::NotAFile`], [`Error::BrokenLink`]
    /// or [`Error::DirectoryCycle`]; its message is also the document's warning.
    pub error: Error,
}

/// A path met under a directory (or given twice) and deliberately not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ignored {
    /// The path.
    pub path: PathBuf,
    /// Why it was not read, for people.
    pub reason: String,
}

impl std::fmt::Display for Ignored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ignored `{}`: {}", shown(&self.path), self.reason)
    }
}

/// One path to report as a document: a file to read, or a problem met while listing.
#[derive(Debug)]
enum Entry {
    File(PathBuf),
    Problem(PathBuf, Error),
    /// `-`: standard input.
    Stdin,
}

impl Entry {
    fn path(&self) -> &Path {
        match self {
            Entry::File(p) | Entry::Problem(p, _) => p,
            Entry::Stdin => Path::new("-"),
        }
    }
}

#[derive(Debug, Default)]
struct Listing {
    entries: Vec<Entry>,
    ignored: Vec<Ignored>,
    /// Canonical directory → the path it was first read under.
    dirs: HashMap<PathBuf, PathBuf>,
}

impl Reader {
    /// A reader with default options.
    pub fn new() -> Reader {
        Reader::default()
    }

    /// Largest number of bytes read from one file (default [`DEFAULT_MAX_FILE_BYTES`], at
    /// least 1); a longer file is cut at a character boundary with a warning.
    pub fn max_file_bytes(mut self, n: u64) -> Reader {
        self.max_file_bytes = n.max(1);
        self
    }

    /// Reads every article under `paths`: files as given (whatever their name), and the
    /// article files of directories, recursively, sorted by path.
    ///
    /// # Errors
    /// [`Error::NoInput`] when `paths` is empty; [`Error::Read`] or [`Error::BrokenLink`]
    /// for a given path that does not exist, or a given directory that cannot be listed;
    /// [`Error::EmptyDirectory`] for a given directory without article files. Problems
    /// with single files are not errors: see [`Reading`].
    pub fn read<P: AsRef<Path>>(&self, paths: &[P]) -> Result<Reading> {
        let listing = list(paths)?;
        let mut documents = Vec::with_capacity(listing.entries.len());
        let mut skipped = Vec::new();
        let mut ids = UniqueIds::default();
        for entry in listing.entries {
            for (mut doc, error) in self.entry_documents(entry) {
                ids.fix(&mut doc);
                if let Some(error) = error {
                    skipped.push(Skipped {
                        document: documents.len(),
                        error,
                    });
                }
                documents.push(doc);
            }
        }
        Ok(Reading {
            documents,
            skipped,
            ignored: listing.ignored,
        })
    }

    /// Like [`Reader::read`], but reads each file only when the returned iterator asks
    /// for its document, so a directory of 100,000 articles need not be in memory at once
    /// (give the iterator to [`crate::Reconciler::reconcile_stream`]). The documents, in
    /// order, ids and warnings, are those of [`Reading::documents`]; the paths ignored are
    /// known at once.
    ///
    /// # Errors
    /// As [`Reader::read`], from listing the paths.
    pub fn read_lazily<P: AsRef<Path>>(
        &self,
        paths: &[P],
    ) -> Result<(Vec<Ignored>, impl Iterator<Item = Document> + Send + '_)> {
        let listing = list(paths)?;
        let mut ids = UniqueIds::default();
        let documents = listing
            .entries
            .into_iter()
            .flat_map(move |entry| self.entry_documents(entry))
            .map(move |(mut doc, _)| {
                ids.fix(&mut doc);
                doc
            });
        Ok((listing.ignored, documents))
    }

    /// The documents of one listed entry, each with the error that emptied it, read as
    /// they are asked for: one per article file, one per line of a JSON Lines feed.
    fn entry_documents(
        &self,
        entry: Entry,
    ) -> Box<dyn Iterator<Item = (Document, Option<Error>)> + Send + '_> {
        match entry {
            Entry::File(path) if jsonl::is_feed(&path) => match File::open(&path) {
                Ok(f) => Box::new(
                    jsonl::Feed::new(std::io::BufReader::new(f), stem(&path), Some(path))
                        .map(|d| (d, None)),
                ),
                Err(source) => {
                    let e = Error::Read {
                        path: path.clone(),
                        source,
                    };
                    Box::new(std::iter::once((empty_document(&path, &e), Some(e))))
                }
            },
            Entry::File(path) => Box::new(std::iter::once(self.read_file(&path))),
            Entry::Problem(path, error) => Box::new(std::iter::once((
                empty_document(&path, &error),
                Some(error),
            ))),
            Entry::Stdin => self.stdin_documents(),
        }
    }

    /// Standard input: a JSON Lines feed when it starts with `{`, else one article with
    /// id `stdin`.
    fn stdin_documents(&self) -> Box<dyn Iterator<Item = (Document, Option<Error>)> + Send + '_> {
        let mut buf = Vec::new();
        let read =
            std::io::Read::take(std::io::stdin().lock(), self.max_file_bytes).read_to_end(&mut buf);
        let path = PathBuf::from("-");
        if let Err(source) = read {
            let e = Error::Read {
                path: path.clone(),
                source,
            };
            let mut doc = Document::new("stdin", String::new());
            doc.warnings.push(e.to_string());
            return Box::new(std::iter::once((doc, Some(e))));
        }
        if buf.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
            let feed = jsonl::Feed::new(std::io::Cursor::new(buf), "stdin".into(), None);
            return Box::new(feed.map(|d| (d, None)));
        }
        let mut doc = Document::from_bytes("stdin", &buf);
        if buf.is_empty() {
            doc.warnings
                .push("empty input: there is no text to read".to_string());
        }
        doc.warnings.extend(language_warning(&doc.text));
        doc.warnings.extend(markup_warning(&doc.text));
        Box::new(std::iter::once((doc, None)))
    }

    /// Reads one file; never fails. When its text cannot be read the document is empty,
    /// with the error's message as a warning, and the error is returned beside it.
    pub fn read_file(&self, path: &Path) -> (Document, Option<Error>) {
        match self.read_bytes(path) {
            Ok(doc) => (doc, None),
            Err(e) => (empty_document(path, &e), Some(e)),
        }
    }

    fn read_bytes(&self, path: &Path) -> Result<Document> {
        let read_err = |source| Error::Read {
            path: path.to_path_buf(),
            source,
        };
        let file = File::open(path).map_err(read_err)?;
        let size = file
            .metadata()
            .ok()
            .filter(Metadata::is_file)
            .map(|m| m.len());
        let cap = self.max_file_bytes;
        let mut reader = file.take(cap);
        let mut buf = Vec::new();
        (&mut reader)
            .take(SNIFF_BYTES as u64)
            .read_to_end(&mut buf)
            .map_err(read_err)?;
        let utf16 = utf16_encoding(&buf);
        if utf16.is_none() {
            if let Some((offset, reason)) = sniff_binary(&buf) {
                return Err(Error::Binary {
                    path: path.to_path_buf(),
                    offset,
                    reason,
                });
            }
        }
        let mut warnings = Vec::new();
        if let Err(e) = reader.read_to_end(&mut buf) {
            warnings.push(format!(
                "stopped reading at byte {}: {}; the rest of the file is not read",
                buf.len(),
                Error::Read {
                    path: path.to_path_buf(),
                    source: e,
                }
            ));
        }
        // Past the cap: count what is left (cheaply for a regular file), then cut at a
        // character boundary so no character is split.
        let mut unread: u64 = 0;
        if buf.len() as u64 >= cap {
            unread = match size {
                Some(n) => n.saturating_sub(buf.len() as u64),
                None => std::io::copy(&mut reader.into_inner(), &mut std::io::sink()).unwrap_or(0),
            };
        }
        let total = buf.len() as u64 + unread;
        if unread > 0 {
            let keep = match utf16 {
                Some((enc, _)) => utf16_cut(&buf, enc == encoding_rs::UTF_16LE),
                None => utf8_cut(&buf),
            };
            buf.truncate(keep);
            warnings.push(format!(
                "truncated: read the first {} of {} bytes, {} bytes not read; raise the size limit (now {} bytes) to read it all",
                buf.len(),
                total,
                total - buf.len() as u64,
                cap
            ));
        }
        if buf.is_empty() && unread == 0 {
            warnings.push("empty file: there is no text to read".to_string());
        }
        let id = stem(path);
        let mut doc = match utf16 {
            Some((enc, how)) => {
                let (text, had_errors) = enc.decode_with_bom_removal(&buf);
                let mut doc = Document::new(id, text.into_owned());
                doc.warnings.push(format!(
                    "decoded as {} ({how}){}",
                    enc.name(),
                    if had_errors {
                        "; invalid sequences replaced with U+FFFD"
                    } else {
                        ""
                    }
                ));
                doc
            }
            None => Document::from_bytes(id, &buf),
        };
        drop(buf);
        doc.path = Some(path.to_path_buf());
        doc.warnings.extend(warnings);
        doc.warnings.extend(language_warning(&doc.text));
        doc.warnings.extend(markup_warning(&doc.text));
        Ok(doc)
    }
}

/// Reads every article under `paths` leniently, with default options (see [`Reader`]).
///
/// # Errors
/// As [`Reader::read`]: only for the request itself, never for one bad file.
pub fn read_documents_lenient<P: AsRef<Path>>(paths: &[P]) -> Result<Reading> {
    Reader::new().read(paths)
}

/// Reads every article under `paths` (see [`Reader::read`]); files whose text cannot be
/// read are documents with empty text and a warning.
///
/// # Errors
/// As [`Reader::read`].
pub fn read_documents<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Document>> {
    Ok(read_documents_lenient(paths)?.documents)
}

/// The paths [`Reader::read`] reports as documents, in order: files as given, and the
/// article files of directories (recursively, sorted by path so runs are reproducible),
/// including entries named like articles that cannot be read.
///
/// # Errors
/// As [`Reader::read`].
pub fn article_paths<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<PathBuf>> {
    Ok(list(paths)?
        .entries
        .iter()
        .map(|e| e.path().to_path_buf())
        .collect())
}

fn list<P: AsRef<Path>>(paths: &[P]) -> Result<Listing> {
    if paths.is_empty() {
        return Err(Error::NoInput);
    }
    let mut l = Listing::default();
    for p in paths {
        let p = p.as_ref();
        if p.as_os_str() == "-" {
            l.entries.push(Entry::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(source) => {
                let fatal = source.kind() == std::io::ErrorKind::NotFound;
                let err = match (fatal, std::fs::read_link(p)) {
                    (true, Ok(target)) => Error::BrokenLink {
                        path: p.to_path_buf(),
                        target,
                    },
                    _ => Error::Read {
                        path: p.to_path_buf(),
                        source,
                    },
                };
                if fatal {
                    return Err(err);
                }
                l.entries.push(Entry::Problem(p.to_path_buf(), err));
                continue;
            }
        };
        if meta.is_dir() {
            let before = l.entries.len();
            let canonical = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
            if let Some(first) = l.dirs.get(&canonical) {
                l.ignored.push(Ignored {
                    path: p.to_path_buf(),
                    reason: format!("the same directory as `{}`, already read", shown(first)),
                });
                continue;
            }
            l.dirs.insert(canonical.clone(), p.to_path_buf());
            let rd = std::fs::read_dir(p).map_err(|source| Error::Read {
                path: p.to_path_buf(),
                source,
            })?;
            walk(p, rd, &mut vec![(canonical, p.to_path_buf())], &mut l);
            if l.entries.len() == before {
                return Err(Error::EmptyDirectory {
                    path: p.to_path_buf(),
                });
            }
        } else {
            // A file given by name is read whatever its name or type (a pipe from
            // `<(command)` included).
            l.entries.push(Entry::File(p.to_path_buf()));
        }
    }
    dedup_files(&mut l);
    Ok(l)
}

fn is_article_name(p: &Path) -> bool {
    p.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| ARTICLE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

/// Walks directory `dir` (already opened as `rd`); `stack` holds the canonical paths of
/// the directories being walked, with the paths they were given as.
fn walk(dir: &Path, rd: std::fs::ReadDir, stack: &mut Vec<(PathBuf, PathBuf)>, l: &mut Listing) {
    let mut paths = Vec::new();
    for e in rd {
        match e {
            Ok(e) => paths.push(e.path()),
            Err(source) => {
                // An entry that cannot even be named: report it under the directory.
                l.entries.push(Entry::Problem(
                    dir.to_path_buf(),
                    Error::Read {
                        path: dir.to_path_buf(),
                        source,
                    },
                ));
            }
        }
    }
    paths.sort();
    for path in paths {
        let article = is_article_name(&path);
        let meta = match std::fs::metadata(&path) {
            Ok(m) => m,
            Err(source) => {
                if !article {
                    l.ignored.push(Ignored {
                        reason: format!(
                            "not named like an article ({ARTICLE_EXTENSIONS_SHOWN}), and cannot be read: {}",
                            Error::Read { path: path.clone(), source }
                        ),
                        path,
                    });
                    continue;
                }
                let err = match std::fs::read_link(&path) {
                    Ok(target) if source.kind() == std::io::ErrorKind::NotFound => {
                        Error::BrokenLink {
                            path: path.clone(),
                            target,
                        }
                    }
                    _ => Error::Read {
                        path: path.clone(),
                        source,
                    },
                };
                l.entries.push(Entry::Problem(path, err));
                continue;
            }
        };
        if meta.is_dir() {
            let canonical = match std::fs::canonicalize(&path) {
                Ok(c) => c,
                Err(source) => {
                    l.entries
                        .push(Entry::Problem(path.clone(), Error::Read { path, source }));
                    continue;
                }
            };
            if let Some((_, ancestor)) = stack.iter().find(|(c, _)| *c == canonical) {
                let ancestor = ancestor.clone();
                l.entries.push(Entry::Problem(
                    path.clone(),
                    Error::DirectoryCycle { path, ancestor },
                ));
                continue;
            }
            if let Some(first) = l.dirs.get(&canonical) {
                l.ignored.push(Ignored {
                    reason: format!("the same directory as `{}`, already read", shown(first)),
                    path,
                });
                continue;
            }
            match std::fs::read_dir(&path) {
                Ok(rd) => {
                    l.dirs.insert(canonical.clone(), path.clone());
                    stack.push((canonical, path.clone()));
                    walk(&path, rd, stack, l);
                    stack.pop();
                }
                Err(source) => l
                    .entries
                    .push(Entry::Problem(path.clone(), Error::Read { path, source })),
            }
        } else if !article {
            l.ignored.push(Ignored {
                path,
                reason: format!("not named like an article ({ARTICLE_EXTENSIONS_SHOWN})"),
            });
        } else if meta.is_file() {
            l.entries.push(Entry::File(path));
        } else {
            let kind = file_kind(&meta);
            l.entries
                .push(Entry::Problem(path.clone(), Error::NotAFile { path, kind }));
        }
    }
}

#[cfg(unix)]
fn file_kind(meta: &Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_char_device() {
        "a character device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn file_kind(_meta: &Metadata) -> &'static str {
    "a special file"
}

/// Keeps the first of several paths to one file (`a.txt ./a.txt`, a link and its target).
fn dedup_files(l: &mut Listing) {
    let mut seen: HashMap<PathBuf, PathBuf> = HashMap::new();
    let mut kept = Vec::with_capacity(l.entries.len());
    for e in std::mem::take(&mut l.entries) {
        if let Entry::File(p) = &e {
            if let Ok(c) = std::fs::canonicalize(p) {
                if let Some(first) = seen.get(&c) {
                    l.ignored.push(Ignored {
                        path: p.clone(),
                        reason: format!("the same file as `{}`, already read", shown(first)),
                    });
                    continue;
                }
                seen.insert(c, p.clone());
            }
        }
        kept.push(e);
    }
    l.entries = kept;
}

/// A file's stem, or the whole path when it has none; lossy UTF-8 with control characters
/// escaped, so an id prints on one line (`evil\nname.txt` is `evil\\nname`).
fn stem(path: &Path) -> String {
    let s = path
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_else(|| path.to_string_lossy());
    crate::error::escape(&s)
}

fn empty_document(path: &Path, error: &Error) -> Document {
    let mut doc = Document::new(stem(path), String::new());
    doc.path = Some(path.to_path_buf());
    doc.warnings.push(error.to_string());
    doc
}

/// Makes ids unique as documents come: the second `x` becomes `x#2`, with a warning
/// naming the document that took `x`.
#[derive(Debug, Default)]
struct UniqueIds {
    /// Each id taken, with the path of the document that took it.
    taken: HashMap<String, Option<PathBuf>>,
}

impl UniqueIds {
    fn fix(&mut self, doc: &mut Document) {
        if !self.taken.contains_key(&doc.id) {
            self.taken.insert(doc.id.clone(), doc.path.clone());
            return;
        }
        let new = (2..)
            .map(|n| format!("{}#{n}", doc.id))
            .find(|c| !self.taken.contains_key(c))
            .unwrap_or_default();
        let first = self.taken[&doc.id].clone();
        rename(doc, new.clone(), first.as_deref());
        self.taken.insert(new, doc.path.clone());
    }
}

/// Gives `doc` the id `new` because its own was taken by an earlier document (whose path
/// is `first`, if it has one), with the warning a reader records: a distributed job that
/// finds duplicate ids on its own renames documents as one reader would.
pub fn rename(doc: &mut Document, new: String, first: Option<&Path>) {
    let other = first.map_or_else(|| doc.id.clone(), shown);
    doc.warnings.push(format!(
        "id `{}` is taken by `{other}`: this document's id is `{new}`",
        crate::error::escape(&doc.id)
    ));
    doc.id = new;
}

/// The id a reader gives the article file at `path`: its stem, escaped so it prints on one
/// line. (A JSON Lines feed's documents take their ids from the feed; see [`feed_line`].)
#[must_use]
pub fn file_id(path: &Path) -> String {
    stem(path)
}

/// The UTF-16 encoding of a file's first bytes, and how it shows: a byte order mark, or
/// (Windows "Unicode" text saved without one) a NUL at nearly every other byte and almost
/// never between them, which no binary format does for long.
fn utf16_encoding(head: &[u8]) -> Option<(&'static encoding_rs::Encoding, &'static str)> {
    match head {
        [0xff, 0xfe, ..] => return Some((encoding_rs::UTF_16LE, "byte order mark")),
        [0xfe, 0xff, ..] => return Some((encoding_rs::UTF_16BE, "byte order mark")),
        _ => {}
    }
    let pairs = head.len() / 2;
    if pairs < 8 {
        return None;
    }
    let nul_at = |parity: usize| {
        head.chunks_exact(2)
            .filter(|p| p[parity] == 0 && p[1 - parity] != 0)
            .count()
    };
    let guess = "no byte order mark: every other byte is NUL";
    if nul_at(1) * 20 >= pairs * 19 {
        Some((encoding_rs::UTF_16LE, guess))
    } else if nul_at(0) * 20 >= pairs * 19 {
        Some((encoding_rs::UTF_16BE, guess))
    } else {
        None
    }
}

/// Signatures of common binary formats that may pass the byte checks.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "it starts like a PDF file"),
    (
        b"PK\x03\x04",
        "it starts like a ZIP archive (or a DOCX, XLSX, EPUB)",
    ),
    (b"\x89PNG", "it starts like a PNG image"),
    (b"GIF8", "it starts like a GIF image"),
    (b"\xff\xd8\xff", "it starts like a JPEG image"),
    (b"\x1f\x8b", "it starts like a gzip archive"),
    (b"\x7fELF", "it starts like an executable"),
];

/// Whether the first bytes of a file look binary: a known signature, a NUL byte, or more
/// than 10% control characters other than tab, line breaks and form feed. Returns the
/// offending offset and the reason.
pub fn sniff_binary(head: &[u8]) -> Option<(usize, String)> {
    let head = &head[..head.len().min(SNIFF_BYTES)];
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return Some((0, (*what).to_string()));
    }
    if let Some(i) = memchr::memchr(0, head) {
        return Some((i, format!("a NUL byte at byte {i}")));
    }
    let is_control = |b: u8| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f;
    let controls = head.iter().filter(|&&b| is_control(b)).count();
    if controls * 10 > head.len() {
        let first = head.iter().position(|&b| is_control(b)).unwrap_or(0);
        return Some((
            first,
            format!(
                "{}% control characters in the first {} bytes, the first at byte {first}",
                controls * 100 / head.len(),
                head.len()
            ),
        ));
    }
    None
}

/// Where to cut UTF-8 bytes so no character is split: drops an incomplete sequence at
/// the end, at most 3 bytes (invalid bytes elsewhere are left to the decoder).
fn utf8_cut(buf: &[u8]) -> usize {
    let n = buf.len();
    // The last byte that starts a sequence, within the last 4.
    for back in 1..=4.min(n) {
        let b = buf[n - back];
        if b & 0xc0 == 0x80 {
            continue; // continuation byte
        }
        let need = match b {
            0x00..=0x7f => 1,
            0xc0..=0xdf => 2,
            0xe0..=0xef => 3,
            0xf0..=0xf7 => 4,
            _ => return n, // not UTF-8 here: the decoder will deal with it
        };
        return if back < need { n - back } else { n };
    }
    n
}

/// Where to cut UTF-16 bytes: an even length, not after a lone high surrogate.
fn utf16_cut(buf: &[u8], le: bool) -> usize {
    let mut n = buf.len() & !1;
    if n >= 4 {
        let unit = if le {
            u16::from_le_bytes([buf[n - 2], buf[n - 1]])
        } else {
            u16::from_be_bytes([buf[n - 2], buf[n - 1]])
        };
        if (0xd800..0xdc00).contains(&unit) {
            n -= 2;
        }
    }
    n
}

/// The first `max` bytes of `text`, cut at a char boundary.
fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Very common English words: a quarter of the words of English prose, few of another
/// language's.
const ENGLISH_FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "was", "that", "for", "on", "with", "as", "by",
    "he", "it", "at", "said", "were", "from", "are", "have", "has", "had", "his", "be", "this",
    "an", "not", "but", "they", "who", "which", "their", "been", "after",
];

/// A warning when `text` does not look like English: few common English words among its
/// first 64 KB, or mostly non-Latin letters. Cheap: one pass over the sample.
///
/// ```
/// use crosscheck::input::language_warning;
/// assert!(language_warning("Die Polizei teilte mit, dass bei dem Unfall am Montag zwölf \
///     Menschen ums Leben kamen und mehr als dreißig verletzt wurden. Nach Angaben der \
///     Behörden war der Bus mit überhöhter Geschwindigkeit unterwegs, als er von der \
///     Straße abkam und sich mehrfach überschlug.").is_some());
/// assert!(language_warning("Police said on Monday that twelve people were killed in the \
///     crash and more than thirty were injured. According to the authorities, the bus was \
///     speeding when it left the road and overturned several times.").is_none());
/// ```
pub fn language_warning(text: &str) -> Option<String> {
    let sample = head(text, LANGUAGE_SAMPLE_BYTES);
    let (mut words, mut english, mut letters, mut ascii) = (0usize, 0usize, 0usize, 0usize);
    let mut word = String::new();
    let flush = |word: &mut String, words: &mut usize, english: &mut usize| {
        if !word.is_empty() {
            *words += 1;
            if ENGLISH_FUNCTION_WORDS.contains(&word.as_str()) {
                *english += 1;
            }
            word.clear();
        }
    };
    for c in sample.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_ascii() {
                ascii += 1;
            }
            if word.len() < 16 {
                word.extend(c.to_lowercase());
            }
        } else if c != '\'' {
            flush(&mut word, &mut words, &mut english);
        }
    }
    flush(&mut word, &mut words, &mut english);
    if words < 40 {
        return None;
    }
    let english_pct = english * 100 / words;
    let ascii_pct = ascii * 100 / letters.max(1);
    (english_pct < 6 || ascii_pct < 50).then(|| {
        format!(
            "text does not look like English ({english_pct}% common English words, {ascii_pct}% of letters ASCII): it is read, but the English lexicons find few claims"
        )
    })
}

/// A warning when `text` holds HTML markup: tags are read as text.
pub fn markup_warning(text: &str) -> Option<String> {
    let sample = head(text, LANGUAGE_SAMPLE_BYTES).as_bytes();
    let mut tags = 0;
    let mut i = 0;
    while let Some(p) = memchr::memchr(b'<', &sample[i..]) {
        let at = i + p;
        let rest = &sample[at + 1..];
        let name = rest.strip_prefix(b"/").unwrap_or(rest);
        let len = name
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if (1..=10).contains(&len)
            && name[0].is_ascii_alphabetic()
            && name
                .get(len)
                .is_some_and(|&b| matches!(b, b'>' | b' ' | b'/' | b'\n'))
        {
            tags += 1;
        }
        i = at + 1;
    }
    (tags >= 5).then(|| {
        format!(
            "text holds HTML markup ({tags} tags in its first {} bytes): tags and scripts are read as text; strip the HTML for cleaner claims",
            sample.len()
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_sniffing() {
        assert_eq!(sniff_binary(b"plain text\n\twith tabs\r\n"), None);
        assert_eq!(sniff_binary(b""), None);
        assert_eq!(
            sniff_binary(b"abc\0def").map(|x| x.0),
            Some(3),
            "NUL byte at its offset"
        );
        assert!(sniff_binary(b"%PDF-1.7\n").is_some());
        let mut mostly_controls = vec![b'a'; 80];
        mostly_controls.extend([1u8; 20]);
        let (at, why) = sniff_binary(&mostly_controls).unwrap_or_default();
        assert_eq!(at, 80);
        assert!(why.starts_with("20% control characters"), "{why}");
        // Windows-1252 bytes are not control characters.
        assert_eq!(sniff_binary(b"caf\xe9 \x93quoted\x94"), None);
    }

    #[test]
    fn cuts_keep_characters_whole() {
        let s = "a\u{e9}\u{20ac}\u{1f600}".as_bytes(); // 1 + 2 + 3 + 4 bytes
        for n in 0..=s.len() {
            let cut = utf8_cut(&s[..n]);
            assert!(std::str::from_utf8(&s[..cut]).is_ok(), "cut {n} -> {cut}");
            assert!(n - cut < 4);
        }
        // A Windows-1252 `é` at the end looks like a cut sequence: dropped, and counted
        // among the bytes not read.
        assert_eq!(utf8_cut(b"caf\xe9"), 3);
        assert_eq!(utf8_cut(b"caf\xe9 "), 5);
        // UTF-16LE: "a" then a surrogate pair.
        let le = [0xff, 0xfe, b'a', 0, 0x3d, 0xd8, 0x00, 0xde];
        assert_eq!(utf16_cut(&le[..7], true), 4);
        assert_eq!(utf16_cut(&le[..6], true), 4);
        assert_eq!(utf16_cut(&le, true), 8);
    }

    #[test]
    fn utf16_without_a_byte_order_mark() {
        let le: Vec<u8> = "Twelve people died in the fire."
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "Twelve people died."
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(
            utf16_encoding(&le).map(|e| e.0),
            Some(encoding_rs::UTF_16LE)
        );
        assert_eq!(
            utf16_encoding(&be).map(|e| e.0),
            Some(encoding_rs::UTF_16BE)
        );
        assert!(utf16_encoding(b"plain ASCII text, no NULs").is_none());
        // A binary header with some NULs is not text.
        assert!(utf16_encoding(b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0").is_none());
    }

    #[test]
    fn markup() {
        assert!(markup_warning("a < b and c > d, 3 <5").is_none());
        assert!(markup_warning("<p>One</p><p>Two <b>x</b></p><br/>").is_some());
    }
}
