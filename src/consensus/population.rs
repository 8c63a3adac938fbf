//! The population truth-discovery benchmark (Wikipedia edits of city populations).
//!
//! The folder holds `claims.tsv` (`city_year <TAB> contributor <TAB> value <TAB> year`) and
//! `truth.csv` (`city, state, year, value`, keyed as `"city, state_year"`). A few keys in
//! `claims.tsv` are not valid UTF-8; they are decoded lossily, the same way every time, so
//! they stay distinct objects (none of them has a true value).
//!
//! The anonymous/registered contributor groups, which key on this data set's contributor
//! names, live in `examples/population.rs`, not here. Figures on this data (`cargo run
//! --release --example population -- --variants`; error
//! rate = share of the 277 scored city-years off by more than 0.1 %, MAE = mean absolute
//! error; "+" rows add to the row above):
//!
//! | variant                                      | error rate | MAE            |
//! |----------------------------------------------|-----------:|---------------:|
//! | median per object                            | 0.361      | 10,378         |
//! | majority vote                                | 0.249      | 35,622,591,368 |
//! | iterative reliability (no extras)            | 0.181      | 1,922          |
//! | + anonymous/registered groups                | 0.177      | 1,926          |
//! | + rounded figures at half weight             | 0.162      | 1,668          |
//! | + near support (the example's configuration) | 0.159      | 1,607          |
//! | library defaults (no groups)                 | 0.170      | 1,648          |
//! | reported, input order reversed (tie-breaks)  | 0.166      | 1,687          |
//! | TruthFinder (published)                      | 0.173      | 1,722          |

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{Observation, Resolution, TruthDiscovery};
use crate::{Error, Result};

/// Relative error above which an estimate counts as wrong (0.1 %).
pub const ERROR_THRESHOLD: f64 = 0.001;

/// Reads `claims.tsv` and `truth.csv` from `dir`: the observations and the true value of
/// each city-year that has one.
///
/// # Errors
/// [`Error::Read`] if a file cannot be read, [`Error::Format`] naming the file and line if
/// a line does not have the expected fields.
pub fn load(dir: &Path) -> Result<(Vec<Observation>, BTreeMap<String, f64>)> {
    Ok((
        load_claims(&dir.join("claims.tsv"))?,
        load_truth(&dir.join("truth.csv"))?,
    ))
}

/// Benchmark figures over the objects that have a true value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// City-years with both a true value and an estimate.
    pub scored: usize,
    /// Of those, how many are off by more than [`ERROR_THRESHOLD`].
    pub errors: usize,
    /// `errors / scored`.
    pub error_rate: f64,
    /// Mean absolute error over the scored city-years.
    pub mae: f64,
}

/// Scores `resolution` against `truth`.
pub fn score(resolution: &Resolution, truth: &BTreeMap<String, f64>) -> Score {
    let mut scored = 0;
    let mut errors = 0;
    let mut abs_sum = 0.0;
    for (key, &t) in truth {
        if let Some(e) = resolution.estimates.get(key) {
            scored += 1;
            let diff = (e.value - t).abs();
            abs_sum += diff;
            if diff > ERROR_THRESHOLD * t.abs() {
                errors += 1;
            }
        }
    }
    let n = scored.max(1) as f64;
    Score {
        scored,
        errors,
        error_rate: errors as f64 / n,
        mae: abs_sum / n,
    }
}

/// Loads `dir`, runs `discovery` and scores it.
///
/// # Errors
/// As [`load`].
pub fn benchmark(dir: &Path, discovery: &TruthDiscovery) -> Result<Score> {
    let (obs, truth) = load(dir)?;
    Ok(score(&discovery.run(&obs), &truth))
}

fn read_lines(path: &Path) -> Result<Vec<(usize, String)>> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    // Split on LF only: the file contains stray bytes (0x85, NEL in Latin-1) inside names.
    Ok(bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, line)| {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            (i + 1, String::from_utf8_lossy(line).into_owned())
        })
        .filter(|(_, l)| !l.trim().is_empty())
        .collect())
}

fn format_error(path: &Path, line: usize, message: String) -> Error {
    Error::Format {
        path: PathBuf::from(path),
        line,
        message,
    }
}

fn parse_value(path: &Path, line: usize, field: &str) -> Result<f64> {
    match field.trim().parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        _ => Err(format_error(
            path,
            line,
            format!("expected a number as the value, found `{}`", field.trim()),
        )),
    }
}

fn load_claims(path: &Path) -> Result<Vec<Observation>> {
    let mut out = Vec::new();
    for (n, line) in read_lines(path)? {
        let fields: Vec<&str> = line.split('\t').collect();
        let [object, source, value, year] = fields[..] else {
            return Err(format_error(
                path,
                n,
                format!(
                    "expected 4 tab-separated fields (city_year, contributor, value, year), found {}",
                    fields.len()
                ),
            ));
        };
        let value = parse_value(path, n, value)?;
        let year = year.trim();
        if year.parse::<u32>().is_err() || !object.ends_with(&format!("_{year}")) {
            return Err(format_error(
                path,
                n,
                format!("expected the key `{object}` to end in `_` and the year `{year}`"),
            ));
        }
        // Keys are compared lowercase, as in `truth.csv`.
        out.push(Observation::new(
            source.trim(),
            object.trim().to_lowercase(),
            value,
        ));
    }
    Ok(out)
}

fn load_truth(path: &Path) -> Result<BTreeMap<String, f64>> {
    let mut out = BTreeMap::new();
    for (n, line) in read_lines(path)? {
        // The place name may itself hold commas: the last two fields are year and value.
        let fields: Vec<&str> = line.split(',').map(str::trim).collect();
        if fields.len() < 3 || fields[..fields.len() - 2].iter().any(|f| f.is_empty()) {
            return Err(format_error(
                path,
                n,
                format!("expected `city, state, year, value`, found `{line}`"),
            ));
        }
        let value = parse_value(path, n, fields[fields.len() - 1])?;
        let year = fields[fields.len() - 2];
        if year.parse::<u32>().is_err() {
            return Err(format_error(
                path,
                n,
                format!("expected a year, found `{year}`"),
            ));
        }
        let key = format!("{}_{year}", fields[..fields.len() - 2].join(", ")).to_lowercase();
        if let Some(old) = out.insert(key.clone(), value) {
            if old != value {
                return Err(format_error(
                    path,
                    n,
                    format!("`{key}` already has the true value {old}, found {value}"),
                ));
            }
        }
    }
    Ok(out)
}
