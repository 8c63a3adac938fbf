//! The `reconcile` example as a user runs it: exit status, one-line errors, lenient reading
//! of bad files, and the same report byte for byte whatever the number of threads.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The example binary, next to this test's executable: `target/<profile>/examples/`.
/// `cargo test` builds it; `cargo test --test cli` does not, so it is built here when it is
/// missing or older than this test.
fn exe() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let name = format!("reconcile{}", std::env::consts::EXE_SUFFIX);
            let me = std::env::current_exe().expect("test executable");
            let mut dir = me.clone();
            dir.pop();
            if dir.ends_with("deps") {
                dir.pop();
            }
            let path = dir.join("examples").join(name);
            let mtime = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
            if mtime(&path) < mtime(&me) {
                let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
                let mut cmd = Command::new(cargo);
                cmd.args(["build", "--example", "reconcile"])
                    .current_dir(env!("CARGO_MANIFEST_DIR"));
                if dir.ends_with("release") {
                    cmd.arg("--release");
                }
                assert!(
                    cmd.status().expect("cargo build").success(),
                    "building the example"
                );
            }
            assert!(path.exists(), "{} exists", path.display());
            path
        })
        .clone()
}

fn reconcile(args: &[&str]) -> Output {
    reconcile_env(args, &[])
}

fn reconcile_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(exe());
    cmd.args(args).env_remove("RAYON_NUM_THREADS");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run the example")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout).expect("JSON report on stdout")
}

/// A fatal error: non-zero exit, nothing on stdout, one line `error: ...` on stderr.
fn one_line_error(o: &Output) -> String {
    assert!(!o.status.success(), "non-zero exit");
    assert!(o.stdout.is_empty(), "no report");
    let e = stderr(o);
    assert_eq!(e.lines().count(), 1, "one line: {e:?}");
    assert!(e.starts_with("error: "), "{e:?}");
    e
}

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("crosscheck-cli-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")
}

fn hostile() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile")
}

#[test]
fn seeds_by_default() {
    let o = reconcile(&["--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = json(&o);
    assert_eq!(r["documents"].as_array().map(Vec::len), Some(5));
    assert!(!r["claims"].as_array().expect("claims").is_empty());
    let o = reconcile(&[]);
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("crosscheck: 5 documents"));
}

#[test]
fn a_missing_path_is_fatal() {
    let dir = TempDir::new("missing");
    let missing = dir.0.join("no-such-article.txt");
    let o = reconcile(&[
        seeds().to_str().expect("utf-8"),
        missing.to_str().expect("utf-8"),
    ]);
    let e = one_line_error(&o);
    assert!(
        e.contains(&format!("`{}`", missing.display())),
        "names the path: {e}"
    );
    assert!(e.contains("no such file or directory"), "{e}");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn an_empty_directory_is_fatal() {
    let dir = TempDir::new("empty");
    let o = reconcile(&[dir.0.to_str().expect("utf-8")]);
    let e = one_line_error(&o);
    assert!(e.contains("no article files in `"), "{e}");
    assert!(e.contains(&dir.0.display().to_string()), "{e}");
}

#[test]
fn bad_options_are_fatal() {
    for args in [
        &["--format", "xml"][..],
        &["--threads", "0"],
        &["--threads"],
        &["--max-bytes", "-3"],
        &["--frobnicate"],
    ] {
        let o = reconcile(args);
        one_line_error(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn a_binary_file_beside_a_good_one() {
    let dir = TempDir::new("binary");
    std::fs::write(
        dir.0.join("good.txt"),
        "LAGOS (AP) - At least 40 people were killed when a ferry sank, police said.",
    )
    .expect("write");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i % 251) as u8));
    std::fs::write(dir.0.join("scan.txt"), png).expect("write");
    let o = reconcile(&["--format", "json", dir.0.to_str().expect("utf-8")]);
    assert!(o.status.success(), "{}", stderr(&o));
    let r = json(&o);
    let docs = r["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2, "both documents reported");
    assert_eq!(docs[0]["id"], "good");
    assert!(docs[0]["claims"].as_u64() >= Some(1));
    assert_eq!(docs[1]["id"], "scan");
    let w = docs[1]["warnings"][0].as_str().expect("a warning");
    assert!(
        w.starts_with("skipped `") && w.contains("scan.txt`: binary file"),
        "{w}"
    );
}

#[test]
fn the_hostile_corpus_runs_to_the_end() {
    for format in ["json", "text"] {
        let o = reconcile(&["--format", format, hostile().to_str().expect("utf-8")]);
        assert!(o.status.success(), "{}", stderr(&o));
    }
    let r = json(&reconcile(&[
        "--format",
        "json",
        hostile().to_str().expect("utf-8"),
    ]));
    let docs = r["documents"].as_array().expect("documents");
    let warned = |id: &str, part: &str| {
        let d = docs.iter().find(|d| d["id"] == id).expect(id);
        assert!(
            d["warnings"]
                .as_array()
                .expect("warnings")
                .iter()
                .any(|w| w.as_str().is_some_and(|w| w.contains(part))),
            "{id}: {}",
            d["warnings"]
        );
    };
    warned("nul-bytes", "binary file");
    warned("german", "does not look like English");
    warned("empty", "empty file");
    warned("invalid-utf8", "UTF-8");
    // A cap smaller than a file: read in part, said so, exit 0.
    let o = reconcile(&[
        "--format",
        "json",
        "--max-bytes",
        "100",
        hostile().join("rtl.txt").to_str().expect("utf-8"),
    ]);
    assert!(o.status.success());
    let r = json(&o);
    let w = r["documents"][0]["warnings"].to_string();
    assert!(w.contains("truncated: read the first"), "{w}");
}

#[test]
fn same_report_byte_for_byte_whatever_the_threads() {
    let (seeds, hostile) = (seeds(), hostile());
    let args = vec![
        "--format",
        "json",
        seeds.to_str().expect("utf-8"),
        hostile.to_str().expect("utf-8"),
    ];
    let default = reconcile(&args);
    assert!(default.status.success(), "{}", stderr(&default));
    let one = reconcile_env(&args, &[("RAYON_NUM_THREADS", "1")]);
    assert!(one.stdout == default.stdout, "RAYON_NUM_THREADS=1 differs");
    let mut with_flag = args.clone();
    with_flag.extend(["--threads", "3"]);
    let three = reconcile(&with_flag);
    assert!(three.stdout == default.stdout, "--threads 3 differs");
    let again = reconcile(&args);
    assert!(again.stdout == default.stdout, "a second run differs");
}
