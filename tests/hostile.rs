//! Hostile input: what scraped folders really hold. Broken encodings, NUL bytes, huge files
//! and megabyte lines, tables of numbers, nested quotes, right-to-left text, emoji, HTML and
//! JSON, other languages, empty files, directories with entries that cannot be read.
//!
//! For each: no panic; a warning or typed error that names the file and the problem; every
//! other document still processed; every claim's spans on char boundaries, slicing to its
//! text; and work linear in the input: four times the input costs at most six times the
//! grouping and judging work ([`crosscheck::Work`], counted, not timed; a quadratic step
//! would cost sixteen times). Time is measured by `cargo bench --bench hostile`.
//!
//! Small files live in `tests/data/hostile/`; big ones are generated
//! (`benches/support/hostile.rs`, shared with the bench) into a temporary directory.
//! Sizes: a release build (`cargo test --release --test hostile`) runs the full sizes: a
//! 50 MB file, 5 MB lines, 100,000 numbers in a row, quotes 10,000 deep. A debug build
//! (`cargo test`, as CI runs it) reads the 50 MB file with a 1 MB cap but reconciles only
//! its first 512 KB, and runs the rest at a sixteenth or a tenth of their size.

#[path = "../benches/support/hostile.rs"]
mod inputs;

use crosscheck::input::{Reader, Reading};
use crosscheck::{Document, Error, Reconciler, Report};
use std::path::{Path, PathBuf};
use std::time::Duration;

const RELEASE: bool = !cfg!(debug_assertions);

/// `full` in release builds, `full / debug_divisor` in debug (unoptimised) builds, which
/// run 20 to 50 times slower.
fn scaled(full: usize, debug_divisor: usize) -> usize {
    if RELEASE {
        full
    } else {
        full / debug_divisor
    }
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p =
            std::env::temp_dir().join(format!("crosscheck-hostile-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("create temp dir");
        TempDir(p)
    }
    fn path(&self) -> &Path {
        &self.0
    }
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write temp file");
        p
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/hostile")
        .join(name)
}

fn seed_text() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/000_448d8d88aa665151.txt"),
    )
    .expect("seed")
}

use inputs::GOOD;

/// The invariants every report keeps, whatever the input.
fn check_report(docs: &[Document], report: &Report) {
    assert_eq!(
        report.documents.len(),
        docs.len(),
        "every document reported"
    );
    for (d, r) in docs.iter().zip(&report.documents) {
        assert_eq!(d.id, r.id);
    }
    let mut seen = std::collections::HashSet::new();
    for c in &report.claims {
        assert!(seen.insert(c.id.as_str()), "claim ids unique");
        let d = docs
            .iter()
            .find(|d| d.id == c.document)
            .expect("claim's document exists");
        check_span(&d.text, c.span.start, c.span.end, &c.text);
        if let (Some(lo), Some(hi)) = (c.value.low, c.value.high) {
            assert!(lo <= hi, "{}: interval {lo}..{hi}", c.text);
        }
    }
    let mut grouped = std::collections::HashSet::new();
    for g in &report.groups {
        for c in &g.claims {
            assert!(seen.contains(c.as_str()), "group names a known claim");
            assert!(grouped.insert(c.as_str()), "claim {c} in one group only");
        }
    }
    assert_eq!(grouped.len(), report.claims.len(), "every claim grouped");
    let json = serde_json::to_string(report).expect("report serializes");
    let back: Report = serde_json::from_str(&json).expect("report reads back");
    assert_eq!(back.claims.len(), report.claims.len());
    let _ = crosscheck::report::text(report);
}

fn check_span(text: &str, start: usize, end: usize, claim: &str) {
    assert!(start <= end && end <= text.len(), "span {start}..{end}");
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "span {start}..{end} splits a char"
    );
    assert_eq!(&text[start..end], claim, "span slices to the claim's text");
}

/// Reads `paths` leniently and reconciles them, checking the invariants.
fn run(reader: &Reader, paths: &[PathBuf]) -> (Reading, Report) {
    let reading = reader.read(paths).expect("lenient reading succeeds");
    let report = Reconciler::new().reconcile(&reading.documents);
    check_report(&reading.documents, &report);
    for s in &reading.skipped {
        let d = &reading.documents[s.document];
        assert_eq!(d.text, "", "a skipped document has no text");
        assert_eq!(d.warnings[0], s.error.to_string());
    }
    (reading, report)
}

fn doc<'r>(reading: &'r Reading, id: &str) -> &'r Document {
    reading
        .documents
        .iter()
        .find(|d| d.id == id)
        .unwrap_or_else(|| panic!("document {id} in {:?}", ids(reading)))
}

fn ids(reading: &Reading) -> Vec<&str> {
    reading.documents.iter().map(|d| d.id.as_str()).collect()
}

fn claims_of(report: &Report, id: &str) -> usize {
    report.claims.iter().filter(|c| c.document == id).count()
}

fn has_warning(d: &Document, parts: &[&str]) -> bool {
    d.warnings
        .iter()
        .any(|w| parts.iter().all(|p| w.contains(p)))
}

/// Runs a file of hostile text beside a good article: both reported, the good one's claims
/// found, the invariants kept.
fn beside_good(name: &str, bytes: &[u8]) -> (Reading, Report) {
    let dir = TempDir::new(name);
    let bad = dir.write(name, bytes);
    let good = dir.write("good.txt", GOOD);
    let (reading, report) = run(&Reader::new(), &[bad, good]);
    assert_eq!(reading.documents.len(), 2);
    assert!(
        claims_of(&report, "good") >= 2,
        "the good article still processed"
    );
    (reading, report)
}

/// `text` reconciled beside a good article, with the invariants checked.
fn pipeline(text: &str) -> Report {
    let docs = vec![
        Document::new("hostile", text.to_string()),
        Document::new("good", GOOD),
    ];
    let report = Reconciler::new().reconcile(&docs);
    check_report(&docs, &report);
    report
}

/// All the work grouping and judging did for a report.
fn total_work(r: &Report) -> usize {
    r.work.candidate_pairs + r.work.merge_steps + r.work.listed_conflicts
}

/// Checks that `make(4n)` costs at most six times the work of `make(n)` (a quadratic step
/// costs sixteen times); work under 1,000 counts as 1,000 so that a trivial case passes.
fn assert_linear(name: &str, n: usize, make: fn(usize) -> String) {
    let small = pipeline(&make(n));
    let big = pipeline(&make(4 * n));
    let (w1, w4) = (total_work(&small), total_work(&big));
    eprintln!(
        "{name}: n={n}: {} claims, work {w1}; 4n: {} claims, work {w4}",
        small.claims.len(),
        big.claims.len()
    );
    assert!(
        w4 <= 6 * w1.max(1000),
        "{name}: super-linear work: {w1} for n={n}, {w4} for 4n ({:?} vs {:?})",
        small.work,
        big.work
    );
}

// ---------------------------------------------------------------------------------------
// Encodings and bytes

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let bytes = std::fs::read(data("invalid-utf8.txt")).expect("data");
    let (reading, report) = beside_good("invalid-utf8.txt", &bytes);
    let d = doc(&reading, "invalid-utf8");
    assert!(has_warning(d, &["UTF-8"]), "{:?}", d.warnings);
    assert!(
        claims_of(&report, "invalid-utf8") >= 2,
        "claims still found"
    );
}

#[test]
fn nul_bytes_make_a_file_binary() {
    let bytes = std::fs::read(data("nul-bytes.txt")).expect("data");
    let (reading, _) = beside_good("nul-bytes.txt", &bytes);
    let d = doc(&reading, "nul-bytes");
    assert_eq!(d.text, "");
    let nul = bytes.iter().position(|&b| b == 0).unwrap_or(0);
    let w = &d.warnings[0];
    assert!(w.starts_with("skipped `"), "{w}");
    assert!(w.contains("nul-bytes.txt"), "names the file: {w}");
    assert!(
        w.contains(&format!("binary file (a NUL byte at byte {nul})")),
        "{w}"
    );
    assert!(matches!(
        reading.skipped[0].error,
        Error::Binary { offset, .. } if offset == nul
    ));
    // A NUL byte past the first 8 KB is read as text: the check is on the head only.
    let mut late = GOOD.repeat(8192 / GOOD.len() + 1).into_bytes();
    late.extend(b"\0 and 7 more people\n");
    let (reading, _) = beside_good("late-nul.txt", &late);
    assert!(reading.skipped.is_empty());
}

#[test]
fn binary_files_by_signature_and_control_characters() {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..4000u32).map(|i| (i * 7 % 251) as u8));
    let (reading, _) = beside_good("photo.txt", &png);
    assert!(has_warning(
        doc(&reading, "photo"),
        &["`", "photo.txt", "PNG image"]
    ));
    let controls: Vec<u8> = (0..2000u32)
        .map(|i| [b'a', 1, 2, b' ', 3][i as usize % 5])
        .collect();
    let (reading, _) = beside_good("controls.bin.txt", &controls);
    assert!(has_warning(
        doc(&reading, "controls.bin"),
        &["controls.bin.txt", "60% control characters"]
    ));
    // ANSI colour codes, form feeds and a bell in an article: below the threshold, read.
    let bytes = std::fs::read(data("controls.txt")).expect("data");
    let (reading, report) = beside_good("controls.txt", &bytes);
    assert!(reading.skipped.is_empty());
    assert!(claims_of(&report, "controls") >= 1);
}

#[test]
fn utf16_with_a_byte_order_mark_is_decoded() {
    let bytes = std::fs::read(data("utf16le.txt")).expect("data");
    let (reading, report) = beside_good("utf16le.txt", &bytes);
    let d = doc(&reading, "utf16le");
    assert!(has_warning(d, &["UTF-16LE"]), "{:?}", d.warnings);
    assert!(d.text.starts_with("At least 58 people"), "{:?}", d.text);
    assert!(claims_of(&report, "utf16le") >= 1);
    // Without a byte order mark: NUL bytes, but every other one; decoded, not skipped.
    let be: Vec<u8> = GOOD.encode_utf16().flat_map(u16::to_be_bytes).collect();
    let (reading, report) = beside_good("utf16be.txt", &be);
    let d = doc(&reading, "utf16be");
    assert!(
        has_warning(d, &["UTF-16BE", "no byte order mark"]),
        "{:?}",
        d.warnings
    );
    assert_eq!(d.text, GOOD);
    assert!(claims_of(&report, "utf16be") >= 2);
}

#[test]
fn empty_and_blank_files() {
    let (reading, report) = beside_good("empty.txt", b"");
    let d = doc(&reading, "empty");
    assert!(has_warning(d, &["empty file"]), "{:?}", d.warnings);
    assert_eq!(claims_of(&report, "empty"), 0);
    let bytes = std::fs::read(data("whitespace.txt")).expect("data");
    let (reading, _) = beside_good("whitespace.txt", &bytes);
    assert!(reading.skipped.is_empty());
}

// ---------------------------------------------------------------------------------------
// Scripts, emoji, markup, languages

#[test]
fn right_to_left_text_with_digits() {
    let bytes = std::fs::read(data("rtl.txt")).expect("data");
    let (_, report) = beside_good("rtl.txt", &bytes);
    assert!(claims_of(&report, "rtl") >= 2, "the English lines' claims");
}

#[test]
fn emoji_zwj_flags_and_keycaps() {
    let bytes = std::fs::read(data("emoji.txt")).expect("data");
    let (_, report) = beside_good("emoji.txt", &bytes);
    assert!(claims_of(&report, "emoji") >= 1);
    // Keycaps are digits followed by U+FE0F U+20E3: a claim may hold the digit, never half
    // of the sequence's bytes (checked by the span invariants).
}

#[test]
fn html_and_json_pasted_into_an_article() {
    let bytes = std::fs::read(data("html-json.txt")).expect("data");
    let (reading, report) = beside_good("html-json.txt", &bytes);
    let d = doc(&reading, "html-json");
    assert!(has_warning(d, &["HTML markup"]), "{:?}", d.warnings);
    assert!(claims_of(&report, "html-json") >= 1);
}

#[test]
fn other_languages_are_read_with_a_warning() {
    for name in ["german.txt", "spanish.txt"] {
        let bytes = std::fs::read(data(name)).expect("data");
        let (reading, _) = beside_good(name, &bytes);
        let d = doc(&reading, name.trim_end_matches(".txt"));
        assert!(!d.text.is_empty(), "processed, not skipped");
        assert!(
            has_warning(d, &["does not look like English"]),
            "{name}: {:?}",
            d.warnings
        );
        assert!(
            !has_warning(doc(&reading, "good"), &["English"]),
            "English text gets no language warning"
        );
    }
    // Nor do the seeds.
    let reading = Reader::new()
        .read(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")])
        .expect("seeds");
    for d in &reading.documents {
        assert!(
            !has_warning(d, &["English"]) && !has_warning(d, &["HTML"]),
            "{}: {:?}",
            d.id,
            d.warnings
        );
    }
}

#[test]
fn numbers_that_overflow_or_never_end() {
    let bytes = std::fs::read(data("numbers.txt")).expect("data");
    let (_, report) = beside_good("numbers.txt", &bytes);
    for c in &report.claims {
        assert!(c.figure.is_finite(), "{}: figure {}", c.text, c.figure);
    }
    // A megabyte of digits, of digit groups and of decimals.
    let digits = "9".repeat(1 << 20);
    let groups = format!("1{} people died.", ",000".repeat(1 << 18));
    let decimals = format!("0.{} people died.", "0".repeat(1 << 20));
    for (name, text) in [
        ("digits", digits),
        ("groups", groups),
        ("decimals", decimals),
    ] {
        let report = pipeline(&text);
        eprintln!(
            "{name}: {} bytes, {} claims",
            text.len(),
            report.claims.len()
        );
    }
}

// ---------------------------------------------------------------------------------------
// Size: files, lines, tables, nesting

/// Article-like text of about `bytes` bytes: the seed's paragraphs with varying figures.
fn article_text(bytes: usize) -> String {
    inputs::article_text(&seed_text(), bytes)
}

#[test]
fn a_50_mb_file_is_read_and_capped() {
    let dir = TempDir::new("big");
    // The full 50 MB file; the cap falls inside a multi-byte char so the cut must back off.
    let full = 50 << 20;
    let mut text = article_text(full);
    let mut cut = full;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    let (at, ch) = text[1 << 20..]
        .char_indices()
        .find(|(_, c)| c.len_utf8() > 1)
        .expect("a multi-byte char");
    let cap = (1 << 20) + at + ch.len_utf8() - 1;
    let big = dir.write("big.txt", &text);
    let good = dir.write("good.txt", GOOD);

    // Capped at 1 MB + 1: the cut falls inside a char, the warning counts what was left.
    let reader = Reader::new().max_file_bytes(cap as u64);
    let reading = reader
        .read(&[big.clone(), good.clone()])
        .expect("lenient reading");
    let d = doc(&reading, "big");
    assert_eq!(
        d.text.len(),
        cap + 1 - ch.len_utf8(),
        "cut before the split char"
    );
    assert!(text.starts_with(&d.text));
    let w = d
        .warnings
        .iter()
        .find(|w| w.starts_with("truncated"))
        .expect("a truncation warning");
    assert_eq!(
        w,
        &format!(
            "truncated: read the first {} of {} bytes, {} bytes not read; raise the size limit (now {cap} bytes) to read it all",
            d.text.len(),
            text.len(),
            text.len() - d.text.len()
        )
    );

    // Read in full (under the default 64 MB cap) and reconciled: 50 MB in release builds,
    // 512 KB in debug builds.
    let size = scaled(full, 100);
    let path = if size == full {
        big
    } else {
        let mut end = size;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        dir.write("big.txt", &text[..end])
    };
    let (reading, report) = run(&Reader::new(), &[path, good]);
    let d = doc(&reading, "big");
    assert!(d.warnings.iter().all(|w| !w.starts_with("truncated")));
    assert!(d.text.len() + 3 >= size);
    assert!(claims_of(&report, "good") >= 2);
    eprintln!(
        "{:.1} MB file: {} claims",
        size as f64 / f64::from(1 << 20),
        claims_of(&report, "big")
    );
}

#[test]
fn every_hostile_input_costs_linear_work() {
    // 1 MB and 4 MB of each in release builds, 64 KB and 256 KB in debug builds.
    for input in inputs::LINEAR {
        assert_linear(input.name, scaled(1 << 20, 16), input.make);
    }
}

#[test]
fn a_single_5_mb_line() {
    // A run-on scraped line of figures, and one story's prose without line breaks: 5 MB
    // in release builds, 320 KB in debug builds.
    let size = scaled(5 << 20, 16);
    let report = pipeline(&inputs::run_on_line(size));
    // One phrase over and over: its figures are read, and each repeat is counted once in
    // the document's warnings rather than reported as a claim of its own.
    let repeated: usize = report
        .documents
        .iter()
        .filter(|d| d.id == "hostile")
        .flat_map(|d| &d.warnings)
        .find_map(|w| w.strip_prefix("read ")?.split(' ').next()?.parse().ok())
        .unwrap_or(0);
    assert!(claims_of(&report, "hostile") < 10);
    assert!(claims_of(&report, "hostile") + repeated > size / 100);
    let prose = article_text(size).replace('\n', " ");
    let report = pipeline(&prose);
    assert!(claims_of(&report, "hostile") > 0);
}

#[test]
fn a_hundred_thousand_numbers_in_a_row() {
    // About 100,000 numbers in release builds (600 KB), 10,000 in debug builds.
    let size = scaled(600_000, 10);
    for make in [
        inputs::numbers_in_a_row,
        inputs::table_rows,
        inputs::csv_decimals,
    ] {
        pipeline(&make(size));
    }
}

#[test]
fn quotes_nested_10_000_deep() {
    pipeline(&inputs::nested_quotes(40_000));
    pipeline(&inputs::unbalanced_quotes(70_000));
}

// ---------------------------------------------------------------------------------------
// Directories

#[cfg(unix)]
#[test]
fn a_directory_with_unreadable_entries() {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::symlink;
    let dir = TempDir::new("unreadable");
    let p = dir.path();
    dir.write("a-good.txt", GOOD);
    dir.write("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0");
    dir.write("photo.jpg", b"\xff\xd8\xff\xe0");
    symlink(p.join("nowhere.txt"), p.join("dangling.txt")).expect("symlink");
    symlink(p.join("self.txt"), p.join("self.txt")).expect("symlink");
    symlink(p, p.join("loop")).expect("symlink");
    std::fs::create_dir(p.join("sub.txt")).expect("dir");
    std::fs::write(p.join("sub.txt/z-nested.txt"), GOOD).expect("write");
    std::fs::write(p.join("evil\nname.txt"), GOOD).expect("write");
    let latin1 = p.join(std::ffi::OsStr::from_bytes(b"caf\xe9.txt"));
    std::fs::write(&latin1, GOOD).expect("write");
    let fifo = p.join("pipe.txt");
    let have_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());

    // A pipe that nobody writes to must not block the run: read in a thread, with a bound.
    let (tx, rx) = std::sync::mpsc::channel();
    let root = p.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(run(&Reader::new(), &[root]));
    });
    let (reading, report) = rx
        .recv_timeout(Duration::from_secs(120))
        .expect("reading a directory with a pipe in it does not block");

    let warned = |id: &str, parts: &[&str]| {
        let d = doc(&reading, id);
        assert!(has_warning(d, parts), "{id}: {:?}", d.warnings);
        d
    };
    assert!(claims_of(&report, "a-good") >= 2);
    assert!(
        claims_of(&report, "z-nested") >= 2,
        "a directory named x.txt is walked"
    );
    assert!(
        claims_of(&report, "evil\\nname") >= 2,
        "ids escape control characters"
    );
    assert!(claims_of(&report, "caf\u{fffd}") >= 2);
    warned("binary", &["skipped `", "binary.txt`", "executable"]);
    warned(
        "dangling",
        &[
            "cannot read `",
            "dangling.txt`",
            "symbolic link",
            "nowhere.txt",
        ],
    );
    warned("self", &["cannot read `", "self.txt`"]);
    let d = warned("loop", &["skipped `", "loop`", "leads back to"]);
    assert_eq!(d.text, "");
    if have_fifo {
        warned("pipe", &["skipped `", "pipe.txt`", "named pipe (FIFO)"]);
    }
    // The file name's newline is escaped in messages; the image is ignored, and said so.
    for d in &reading.documents {
        for w in &d.warnings {
            assert!(!w.contains('\n'), "one-line warning: {w:?}");
        }
    }
    assert!(reading
        .ignored
        .iter()
        .any(|i| i.path.ends_with("photo.jpg") && i.reason.contains("not named like an article")));
    // Each skipped document has its typed error.
    let kinds: Vec<&str> = reading
        .skipped
        .iter()
        .map(|s| match s.error {
            Error::Binary { .. } => "binary",
            Error::BrokenLink { .. } => "link",
            Error::DirectoryCycle { .. } => "cycle",
            Error::NotAFile { .. } => "pipe",
            Error::Read { .. } => "read",
            _ => "other",
        })
        .collect();
    for k in ["binary", "link", "cycle", "read"] {
        assert!(kinds.contains(&k), "{k} in {kinds:?}");
    }
}

#[test]
fn fatal_errors_are_only_about_the_request() {
    let dir = TempDir::new("fatal");
    let missing = dir.path().join("missing.txt");
    let e = Reader::new().read(&[&missing]).expect_err("missing path");
    assert!(matches!(e, Error::Read { .. }));
    assert!(
        e.to_string()
            .contains("missing.txt`: no such file or directory"),
        "{e}"
    );
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("dir");
    std::fs::write(empty.join("notes.jpg"), b"x").expect("write");
    let e = Reader::new().read(&[&empty]).expect_err("no articles");
    assert!(matches!(e, Error::EmptyDirectory { .. }), "{e}");
    let e = Reader::new().read::<&Path>(&[]).expect_err("no input");
    assert!(matches!(e, Error::NoInput));
}

#[test]
fn ids_stay_unique_and_files_are_read_once() {
    let dir = TempDir::new("ids");
    std::fs::create_dir_all(dir.path().join("a")).expect("dir");
    std::fs::create_dir_all(dir.path().join("b")).expect("dir");
    let a = dir.write("a/story.txt", GOOD);
    dir.write("b/story.txt", "Police said 9 people died.");
    let (reading, report) = run(&Reader::new(), &[dir.path().to_path_buf(), a.clone()]);
    assert_eq!(ids(&reading), ["story", "story#2"]);
    assert!(has_warning(
        doc(&reading, "story#2"),
        &["id `story` is taken"]
    ));
    assert!(claims_of(&report, "story#2") >= 1);
    assert!(reading
        .ignored
        .iter()
        .any(|i| i.path == a && i.reason.contains("the same file")));
}

// ---------------------------------------------------------------------------------------
// Determinism and fuzz regressions

#[test]
fn same_report_whatever_the_thread_count() {
    let mut docs = Reader::new()
        .read(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")])
        .expect("seeds")
        .documents;
    for name in ["rtl.txt", "html-json.txt", "emoji.txt", "invalid-utf8.txt"] {
        let (d, _) = Reader::new().read_file(&data(name));
        docs.push(d);
    }
    let report_with = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        pool.install(|| serde_json::to_string(&Reconciler::new().reconcile(&docs)))
            .expect("json")
    };
    let one = report_with(1);
    for threads in [2, 4, 7] {
        assert!(one == report_with(threads), "{threads} threads differ");
    }
    assert!(one == report_with(1), "a second run differs");
}

#[test]
fn fuzz_regressions() {
    let dir = data("fuzz-regressions");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fuzz-regressions")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).expect("read");
        // As the `extract` target: lossy UTF-8 and the file route.
        for text in [
            String::from_utf8_lossy(&bytes).into_owned(),
            Document::from_bytes("f", &bytes).text,
        ] {
            for c in crosscheck::extract(&text) {
                check_span(&text, c.span.start, c.span.end, &c.text);
                check_span(
                    &text,
                    c.sentence_span.start,
                    c.sentence_span.end,
                    &c.sentence,
                );
                if let (Some(lo), Some(hi)) = (c.value.low, c.value.high) {
                    assert!(lo <= hi, "{}: {lo}..{hi}", p.display());
                }
            }
        }
        // As the `pipeline` target: split at NUL into documents.
        let docs: Vec<Document> = bytes
            .split(|&b| b == 0)
            .take(6)
            .enumerate()
            .map(|(i, part)| Document::from_bytes(format!("d{i}"), part))
            .collect();
        let report = Reconciler::new().reconcile(&docs);
        check_report(&docs, &report);
    }
}

/// Reading lazily, for a stream, gives the documents and the report of reading at once:
/// same ids (duplicate stems renamed), warnings, texts and JSON.
#[test]
fn lazy_reading_matches_reading_at_once() {
    let dir = TempDir::new("lazy");
    let p = dir.path();
    dir.write("a.txt", GOOD);
    dir.write("binary.txt", b"\x7fELF\x02\x01\x01\0\0\0\0");
    dir.write("empty.txt", b"");
    dir.write("photo.jpg", b"\xff\xd8\xff\xe0");
    std::fs::create_dir(p.join("sub")).expect("dir");
    std::fs::write(p.join("sub/a.txt"), GOOD).expect("write");
    let reader = Reader::new();
    let at_once = reader.read(&[p]).expect("read");
    let (ignored, lazy) = reader.read_lazily(&[p]).expect("read lazily");
    let lazy: Vec<Document> = lazy.collect();
    assert_eq!(ignored, at_once.ignored);
    let view = |d: &Document| (d.id.clone(), d.text.clone(), d.warnings.clone());
    assert_eq!(
        lazy.iter().map(view).collect::<Vec<_>>(),
        at_once.documents.iter().map(view).collect::<Vec<_>>()
    );
    assert!(
        lazy.iter().any(|d| d.id == "a#2"),
        "duplicate stems are renamed"
    );
    let rec = crosscheck::Reconciler::new();
    let (_, stream) = reader.read_lazily(&[p]).expect("read lazily");
    assert_eq!(
        serde_json::to_string(&rec.reconcile_stream(stream)).expect("json"),
        serde_json::to_string(&rec.reconcile(&at_once.documents)).expect("json")
    );
}
