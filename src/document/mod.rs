//! Documents: an article's text and where it came from.

mod press;
mod source;

pub(crate) use press::{is_press_name, month};
pub use source::detect_source;
pub(crate) use source::{find_date, is_rights_notice};

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// A calendar date (no time zone): when a story was published.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, e.g. 2017.
    pub year: i32,
    /// 1-12.
    pub month: u8,
    /// 1-31.
    pub day: u8,
}

impl Date {
    /// A date, or `None` when the month or day is out of range (31 February is).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for ordering and differences.
    pub fn days(&self) -> i64 {
        let (y, m, d) = (self.year as i64, self.month as i64, self.day as i64);
        let y = if m <= 2 { y - 1 } else { y };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl Date {
    /// The date `days` after 1970-01-01, the inverse of [`Date::days`].
    ///
    /// ```
    /// use crosscheck::Date;
    /// let d = Date::new(2024, 2, 29).unwrap();
    /// assert_eq!(Date::from_days(d.days()), d);
    /// assert!(Date::from_days(i64::MAX).year > 900_000);   // clamped, not overflowed
    /// ```
    pub fn from_days(days: i64) -> Date {
        // Years stay within ±1,000,000: past them the day is clamped, never overflowed.
        let z = days.clamp(-365_250_000, 365_250_000) + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

/// Days in a month of the proleptic Gregorian calendar.
fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = crate::Error;
    fn from_str(s: &str) -> crate::Result<Date> {
        let bad = || crate::Error::InvalidOption {
            name: "date",
            expected: "a date as YYYY-MM-DD",
            found: s.to_string(),
        };
        let mut it = s.trim().splitn(3, '-');
        let y = it.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let m = it.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        let d = it.next().and_then(|p| p.parse().ok()).ok_or_else(bad)?;
        Date::new(y, m, d).ok_or_else(bad)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// Where a story came from: the outlet that ran it and who it credits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The publication, when known (`Bloomberg`).
    pub outlet: Option<String>,
    /// The author line, when the text has one.
    pub byline: Option<String>,
    /// Wire agencies credited for the story's text (`AFP`, `AP`), not for photos.
    pub credited: Vec<String>,
    /// Publication date, when the text or the caller gives it.
    pub published: Option<Date>,
    /// The latest full date the text writes (`Oct. 30, 2016` in a caption), when it
    /// writes one: an undated page is at least that recent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest_date: Option<Date>,
    /// Where the article was published, when the caller gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The article's title, when the caller gives it apart from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// One article: an id, its text exactly as given, and its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Unique within a run; a file's stem when read from a file.
    pub id: String,
    /// The file the text came from, if any.
    pub path: Option<PathBuf>,
    /// The text as given (decoded from Windows-1252 when the file was not UTF-8).
    pub text: String,
    /// Outlet, credits and date, detected from the text unless the caller set them.
    pub source: Source,
    /// Problems met while reading the document (an encoding fallback, repairs).
    pub warnings: Vec<String>,
}

impl Document {
    /// A document from text, with its source detected from the text.
    ///
    /// ```
    /// let doc = crosscheck::Document::new("a", "BEIRUT (Reuters) - At least 12 people died.");
    /// assert_eq!(doc.source.credited, vec!["Reuters".to_string()]);
    /// ```
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let source = detect_source(&text);
        Document {
            id: id.into(),
            path: None,
            text,
            source,
            warnings: Vec::new(),
        }
    }

    /// A document from raw bytes: UTF-8, or Windows-1252 with a warning when not valid UTF-8.
    pub fn from_bytes(id: impl Into<String>, bytes: &[u8]) -> Document {
        let (text, warning) = crate::normalize::decode(bytes);
        let mut doc = Document::new(id, text);
        doc.warnings.extend(warning);
        doc
    }

    /// Reads a file; the id is the file's stem.
    ///
    /// # Errors
    /// [`crate::Error::Read`] naming the path when it cannot be read.
    pub fn from_path(path: impl AsRef<Path>) -> crate::Result<Document> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| crate::Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        let mut doc = Document::from_bytes(id, &bytes);
        doc.path = Some(path.to_path_buf());
        Ok(doc)
    }

    /// Sets the outlet (a caller knows it better than the text does).
    pub fn with_outlet(mut self, outlet: impl Into<String>) -> Document {
        self.source.outlet = Some(outlet.into());
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: Date) -> Document {
        self.source.published = Some(date);
        self
    }

    /// Sets the author line.
    pub fn with_byline(mut self, byline: impl Into<String>) -> Document {
        self.source.byline = Some(byline.into());
        self
    }

    /// Sets the wire agencies credited for the story (`AP`, `Reuters`).
    pub fn with_credited<S: Into<String>>(
        mut self,
        agencies: impl IntoIterator<Item = S>,
    ) -> Document {
        self.source.credited = agencies.into_iter().map(Into::into).collect();
        self
    }

    /// Sets the address the article was published at.
    pub fn with_url(mut self, url: impl Into<String>) -> Document {
        self.source.url = Some(url.into());
        self
    }

    /// Sets the article's title, when it is not the first line of the text.
    pub fn with_title(mut self, title: impl Into<String>) -> Document {
        self.source.title = Some(title.into());
        self
    }
}
