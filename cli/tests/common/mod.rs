//! Running the `crosscheck` binary as a user would.
#![allow(dead_code)] // each test file uses its own part

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs `crosscheck args...` with `stdin` on standard input.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(args)
        .env_remove("RAYON_NUM_THREADS")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start crosscheck");
    // The command may exit before reading everything (a usage error): not a failure here.
    let _ = child.stdin.take().expect("stdin").write_all(stdin);
    child.wait_with_output().expect("run crosscheck")
}

/// Runs `crosscheck args...` with an empty standard input.
pub fn run(args: &[&str]) -> Output {
    run_with_stdin(args, b"")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON report of a run that succeeded.
pub fn json(o: &Output) -> serde_json::Value {
    assert!(o.status.success(), "{}", stderr(o));
    serde_json::from_slice(&o.stdout).expect("a JSON report on stdout")
}

/// The crate's seed articles.
pub fn seeds() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../seeds")
        .to_str()
        .expect("a UTF-8 path")
        .to_string()
}

/// A directory removed when dropped.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("crosscheck-bin-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }

    pub fn file(&self, name: &str, content: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, content).expect("write");
        p.to_str().expect("a UTF-8 path").to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Two outlets disagreeing about one ferry sinking, with markup, event handlers, an SVG
/// end tag and terminal control sequences in every field an article supplies.
pub fn hostile_feed() -> String {
    let lines = [
        serde_json::json!({
            "id": "wire\"onload=alert(1)",
            "outlet": "<script>alert('outlet')</script>\u{1b}]0;retitled\u{7}",
            "published": "2024-03-02",
            "text": "LAGOS - At least 40 people were killed when a ferry sank on the Niger river near Onitsha, police said. </svg><script>alert(2)</script><img src=x onerror=alert(3)> \u{1b}[2J\u{1b}]0;pwned\u{7}"
        }),
        serde_json::json!({
            "id": "daily</svg>",
            "outlet": "The \"Daily\" onmouseover=alert(4) <b>",
            "published": "2024-03-03",
            "text": "The ferry that sank on the Niger river near Onitsha killed 12 people <script>alert(5)</script>, the state governor said on Sunday. \u{1b}[31mred"
        }),
    ];
    lines.iter().map(|l| format!("{l}\n")).collect()
}
