//! Reading articles from files and directories.

use crate::{Document, Error, Result};
use std::path::{Path, PathBuf};

/// File extensions read from a directory (others, such as images, are skipped).
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md"];

/// Lists the article files under `paths`: files as given, directories' article files
/// (recursively, sorted by path so runs are reproducible).
///
/// # Errors
/// [`Error::Read`] for a path that does not exist or cannot be listed,
/// [`Error::EmptyDirectory`] for a directory without article files, [`Error::NoInput`]
/// when `paths` is empty.
pub fn article_paths<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<PathBuf>> {
    if paths.is_empty() {
        return Err(Error::NoInput);
    }
    let mut out = Vec::new();
    for p in paths {
        let p = p.as_ref();
        let meta = std::fs::metadata(p).map_err(|source| Error::Read {
            path: p.to_path_buf(),
            source,
        })?;
        if meta.is_dir() {
            let before = out.len();
            walk(p, &mut out)?;
            if out.len() == before {
                return Err(Error::EmptyDirectory {
                    path: p.to_path_buf(),
                });
            }
        } else {
            out.push(p.to_path_buf());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|source| Error::Read {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for e in entries {
        if e.is_dir() {
            walk(&e, out)?;
        } else if e
            .extension()
            .and_then(|x| x.to_str())
            .is_some_and(|x| ARTICLE_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
        {
            out.push(e);
        }
    }
    Ok(())
}

/// Reads every article under `paths` (see [`article_paths`]).
///
/// # Errors
/// As [`article_paths`], and [`Error::Read`] for a file that cannot be read.
pub fn read_documents<P: AsRef<Path>>(paths: &[P]) -> Result<Vec<Document>> {
    article_paths(paths)?
        .into_iter()
        .map(Document::from_path)
        .collect()
}
