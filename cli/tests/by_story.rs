//! `--by-story`: a feed in date order reported story by story as stories close.

mod common;

use common::{run, stderr, stdout, TempDir};

/// Two events forty days apart, each told by two outlets: a ferry sinking, a bus crash.
fn feed(dir: &TempDir) -> String {
    let rows = [
        r#"{"id": "a", "published": "2024-05-01", "outlet": "Daily Trust", "text": "The ferry sinking off Lagos killed 40 people, police said."}"#,
        r#"{"id": "b", "published": "2024-05-01", "outlet": "Punch", "text": "The ferry sinking near Lagos killed 43 people, officials said."}"#,
        r#"{"id": "c", "published": "2024-06-10", "outlet": "Punch", "text": "A bus crash near Kano killed 12 people, police said."}"#,
        r#"{"id": "d", "published": "2024-06-10", "outlet": "Daily Trust", "text": "The Kano bus crash killed 12 people, officials said."}"#,
    ];
    let path = dir.0.join("feed.jsonl");
    std::fs::write(&path, rows.join("\n")).expect("write feed");
    path.to_str().expect("UTF-8 path").to_string()
}

#[test]
fn json_gives_one_report_per_line_with_ids_that_continue() {
    let dir = TempDir::new("by-story-json");
    let o = run(&["--by-story", "--format", "json", &feed(&dir)]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON report per line"))
        .collect();
    assert_eq!(reports.len(), 2);
    let ids = |r: &serde_json::Value, key: &str| -> Vec<String> {
        r[key]
            .as_array()
            .map(|xs| {
                xs.iter()
                    .map(|x| x["id"].as_str().unwrap_or("").to_string())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(ids(&reports[0], "documents"), ["a", "b"]);
    assert_eq!(ids(&reports[1], "documents"), ["c", "d"]);
    assert_eq!(ids(&reports[0], "claims"), ["c1", "c2"]);
    assert_eq!(ids(&reports[1], "claims"), ["c3", "c4"]);
    assert_eq!(ids(&reports[1], "stories"), ["s2"]);
    assert_eq!(reports[0]["groups"][0]["verdict"], "conflict");
}

#[test]
fn text_gives_the_reports_in_turn_and_conflicts_still_fail() {
    let dir = TempDir::new("by-story-text");
    let o = run(&["--by-story", "--fail-on-conflict", &feed(&dir)]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let text = stdout(&o);
    assert_eq!(text.matches("crosscheck: ").count(), 2, "{text}");
    assert!(text.contains("Lagos") && text.contains("Kano"), "{text}");
}

#[test]
fn a_feed_out_of_date_order_is_reported_whole_with_a_warning() {
    let dir = TempDir::new("by-story-late");
    let path = feed(&dir);
    // The bus crash first: the ferry reports after it still meet. Then a third ferry
    // report, after the ferry story was reported: late, and said so.
    let text = std::fs::read_to_string(&path).expect("read feed");
    let mut rows: Vec<&str> = text.lines().collect();
    rows.rotate_right(2);
    let late = r#"{"id": "g", "published": "2024-05-01", "outlet": "Vanguard", "text": "The ferry sinking off Lagos killed 41 people."}"#;
    let after = [
        r#"{"id": "e", "published": "2024-07-20", "outlet": "Punch", "text": "Floods in Abuja displaced 300 families."}"#,
        r#"{"id": "f", "published": "2024-07-20", "outlet": "Vanguard", "text": "Floods in Abuja displaced 300 families, officials said."}"#,
    ];
    rows.extend(after);
    rows.push(late);
    std::fs::write(&path, rows.join("\n")).expect("write feed");
    let o = run(&["--by-story", "--format", "json", &path]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let reports: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON report per line"))
        .collect();
    let documents: usize = reports
        .iter()
        .map(|r| r["documents"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(documents, 7);
    let ferry = reports
        .iter()
        .find(|r| r["documents"].to_string().contains("\"a\""))
        .expect("a report with the ferry sinking");
    assert!(ferry["documents"].to_string().contains("\"b\""), "{ferry}");
    assert_eq!(ferry["groups"][0]["verdict"], "conflict", "{ferry}");
    assert!(
        stderr(&o).contains("1 of 7 documents came after the stories of their days"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn html_and_a_hold_without_by_story_are_usage_errors() {
    let dir = TempDir::new("by-story-usage");
    let feed = feed(&dir);
    for args in [
        &["--by-story", "--format", "html", feed.as_str()][..],
        &["--hold-days", "3", feed.as_str()],
        &["--by-story", "--hold-days", "0", feed.as_str()],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(o.stdout.is_empty());
    }
}
