//! Exit status: 0 success, 1 input or output error, 2 usage error, 3 a conflict with
//! `--fail-on-conflict`; `--help` and `--version`.

mod common;

use common::{run, seeds, stderr, stdout, TempDir};

#[test]
fn success_is_zero() {
    let o = run(&[&seeds()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).starts_with("crosscheck: 5 documents"));
    assert!(
        stderr(&o).is_empty(),
        "no progress bar when stderr is not a terminal"
    );
}

#[test]
fn no_input_says_how_to_use_it() {
    let o = run(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let e = stderr(&o);
    assert!(e.starts_with("error: no input"), "{e}");
    assert!(e.contains("Usage: crosscheck"), "{e}");
}

#[test]
fn usage_errors_are_two() {
    for args in [
        &["--format", "xml", "x"][..],
        &["--threads", "0", "x"],
        &["--max-bytes", "0", "x"],
        &["--only", "some", "x"],
        &["--frobnicate", "x"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn input_errors_are_one() {
    let dir = TempDir::new("input-errors");
    let missing = dir.0.join("no-such-article.txt");
    let o = run(&[missing.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.starts_with("error: cannot read `") && e.contains("no such file"),
        "{e}"
    );
    assert_eq!(e.lines().count(), 1, "{e}");
    // An empty directory, and a report that cannot be written.
    let o = run(&[dir.0.to_str().expect("utf-8")]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    let o = run(&["-o", "/nonexistent-dir/report.txt", &seeds()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot write the report"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_conflict_is_three_only_when_asked() {
    let o = run(&["--fail-on-conflict", &seeds()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(!o.stdout.is_empty(), "the report is still written");
    let o = run(&[&seeds()]);
    assert_eq!(o.status.code(), Some(0));
    // Agreeing sources: no conflict, status 0 even when asked.
    let dir = TempDir::new("agree");
    let a = dir.file(
        "a.txt",
        b"At least 40 people were killed when a ferry sank near Onitsha, police said.",
    );
    let o = run(&["--fail-on-conflict", &a]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn help_and_version() {
    let o = run(&["--help"]);
    assert_eq!(o.status.code(), Some(0));
    let h = stdout(&o);
    for part in [
        "Usage: crosscheck",
        "Examples:",
        "--format",
        "--fail-on-conflict",
        "Exit status",
    ] {
        assert!(h.contains(part), "{part} in {h}");
    }
    let o = run(&["--version"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(
        stdout(&o).trim(),
        format!("crosscheck {}", env!("CARGO_PKG_VERSION"))
    );
}
