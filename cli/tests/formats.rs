//! Every format parses with a real parser, stdin reads like a file, and article text
//! never turns into markup or terminal control.

mod common;

use common::{hostile_feed, json, run, run_with_stdin, seeds, stderr, stdout, TempDir};
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("a valid selector")
}

#[test]
fn json_is_the_schema() {
    let r = json(&run(&["--format", "json", &seeds()]));
    for key in ["documents", "claims", "groups", "dependencies", "stories"] {
        assert!(r[key].is_array(), "{key}");
    }
    assert_eq!(r["documents"].as_array().map(Vec::len), Some(5));
}

#[test]
fn csv_has_one_row_per_claim() {
    let r = json(&run(&["--format", "json", &seeds()]));
    let o = run(&["--format", "csv", &seeds()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let header = reader.headers().expect("a header").clone();
    for col in [
        "claim", "group", "story", "verdict", "document", "outlet", "text",
    ] {
        assert!(header.iter().any(|h| h == col), "{col}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert_eq!(rows.len(), r["claims"].as_array().map_or(0, Vec::len));
    let verdict = header.iter().position(|h| h == "verdict").expect("verdict");
    assert!(rows.iter().any(|r| &r[verdict] == "conflict"));
}

#[test]
fn csv_cells_from_articles_never_start_a_formula() {
    let feed = concat!(
        r#"{"id": "a", "outlet": "=HYPERLINK(\"http://x\")", "text": "=1+1 Twelve people were killed in the flood on Monday."}"#,
        "\n",
        r#"{"id": "b", "outlet": "@SUM(A1)", "text": "-Fifteen people were killed in the flood on Monday."}"#,
        "\n"
    );
    let o = run_with_stdin(&["--format", "csv", "-"], feed.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a row")).collect();
    assert!(!rows.is_empty());
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '@', '\t', '\r']),
                "a formula cell: {cell:?}"
            );
        }
    }
    assert!(rows
        .iter()
        .any(|r| r.iter().any(|c| c.starts_with("'=HYPERLINK"))));
}

#[test]
fn markdown_has_a_section_per_story() {
    let o = run(&["--format", "markdown", &seeds()]);
    let md = stdout(&o);
    assert!(md.starts_with("# crosscheck report"), "{md}");
    assert!(md.contains("\n## Story s1"), "{md}");
    assert!(md.contains("**CONFLICT**"), "{md}");
}

#[test]
fn html_draws_every_group_and_claim_offline() {
    let r = json(&run(&["--format", "json", &seeds()]));
    let dir = TempDir::new("html");
    let out = dir.0.join("report.html");
    // The format follows the -o file's extension.
    let o = run(&["-o", out.to_str().expect("utf-8"), &seeds()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let page = std::fs::read_to_string(&out).expect("the report file");
    let doc = Html::parse_document(&page);
    for g in r["groups"].as_array().expect("groups") {
        let id = g["id"].as_str().expect("id");
        let found = doc.select(&sel(&format!("#{id}"))).count();
        assert_eq!(found, 1, "group {id} present once");
        if g["verdict"] != "single" {
            let claims = g["claims"].as_array().map_or(0, Vec::len);
            let bars = doc.select(&sel(&format!("#{id} svg g.bar"))).count();
            assert_eq!(bars, claims, "one bar per claim of {id}");
        }
    }
    assert_eq!(
        doc.select(&sel("section.story")).count(),
        r["stories"].as_array().map_or(0, Vec::len)
    );
    assert_eq!(doc.select(&sel("article.group.conflict")).count(), 1);
    no_outside_resources(&doc);
}

/// No script, no link, no image, no URL anywhere: the page opens offline and runs nothing.
fn no_outside_resources(doc: &Html) {
    assert_eq!(
        doc.select(&sel("script, link, img, iframe, object, embed"))
            .count(),
        0
    );
    for el in doc.select(&sel("*")) {
        for (name, value) in el.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}={value}");
            assert!(!value.contains("://"), "URL in {name}={value}");
            assert!(name != "href" && name != "src", "{name}={value}");
        }
    }
}

#[test]
fn article_text_adds_no_element_to_the_page() {
    let o = run_with_stdin(&["--format", "html", "-"], hostile_feed().as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let page = stdout(&o);
    let doc = Html::parse_document(&page);
    no_outside_resources(&doc);
    // The only elements are the ones the report writes.
    let allowed = [
        "html", "head", "body", "meta", "title", "style", "h1", "h2", "h3", "p", "section",
        "article", "span", "ul", "ol", "li", "q", "mark", "svg", "g", "line", "text", "rect",
        "circle", "path", "details", "summary", "table", "tr", "th", "td", "div", "tbody",
    ];
    for el in doc.select(&sel("*")) {
        let name = el.value().name();
        assert!(allowed.contains(&name), "unexpected <{name}> in the page");
    }
    // The group is drawn whole: the SVG end tag in the text did not close it early.
    let groups = doc.select(&sel("article.group")).count();
    assert!(groups >= 1, "{page}");
    for g in doc.select(&sel("article.group")) {
        let listed = g.select(&sel("ol.claims li.claim")).count();
        let bars = g.select(&sel("svg g.bar")).count();
        assert_eq!(listed, bars);
    }
    // The text is shown, as text.
    assert!(
        page.contains("&lt;script&gt;alert("),
        "escaped markup is visible"
    );
    assert!(!page.contains('\u{1b}'), "no raw escape character");
}

#[test]
fn no_control_character_reaches_the_terminal() {
    for format in ["text", "markdown"] {
        let o = run_with_stdin(&["--format", format, "-"], hostile_feed().as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(
            !out.chars().any(|c| c.is_control() && c != '\n'),
            "{format}: {out:?}"
        );
        // Markdown escapes the braces too; both show the character's code.
        assert!(
            out.contains("u{1b}") || out.contains("u\\{1b\\}"),
            "{format}: shown escaped: {out}"
        );
    }
}

#[test]
fn stdin_reads_like_a_file() {
    let dir = TempDir::new("stdin");
    let feed = hostile_feed();
    let path = dir.file("feed.jsonl", feed.as_bytes());
    let from_file = json(&run(&["--format", "json", &path]));
    let from_stdin = json(&run_with_stdin(&["--format", "json", "-"], feed.as_bytes()));
    for key in ["claims", "groups", "stories", "dependencies"] {
        assert_eq!(from_file[key], from_stdin[key], "{key}");
    }
    assert_eq!(from_stdin["documents"].as_array().map(Vec::len), Some(2));
    // Plain text on stdin: one document called `stdin`, the same claims as the file.
    let text = b"At least 40 people were killed when a ferry sank near Onitsha, police said.";
    let path = dir.file("ferry.txt", text);
    let from_file = json(&run(&["--format", "json", &path]));
    let from_stdin = json(&run_with_stdin(&["--format", "json", "-"], text));
    assert_eq!(from_stdin["documents"][0]["id"], "stdin");
    let phrases = |r: &serde_json::Value| -> Vec<String> {
        r["claims"]
            .as_array()
            .expect("claims")
            .iter()
            .map(|c| format!("{} {}", c["text"], c["value"]))
            .collect()
    };
    assert_eq!(phrases(&from_file), phrases(&from_stdin));
    assert!(!phrases(&from_stdin).is_empty());
}

#[test]
fn only_conflicts_keeps_the_conflicts() {
    let r = json(&run(&["--format", "json", "--only", "conflicts", &seeds()]));
    let groups = r["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 1);
    assert!(groups.iter().all(|g| g["verdict"] == "conflict"));
    let claims = r["claims"].as_array().map_or(0, Vec::len);
    assert_eq!(claims, groups[0]["claims"].as_array().map_or(0, Vec::len));
    let r = json(&run(&["--format", "json", "--only", "groups", &seeds()]));
    assert!(r["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .all(|g| g["verdict"] != "single"));
    let text = stdout(&run(&["--only", "conflicts", &seeds()]));
    assert!(
        text.contains("CONFLICT") && !text.contains("single claim"),
        "{text}"
    );
}

#[test]
fn a_big_group_is_capped_in_text_but_whole_in_json() {
    // One article giving one figure in many sentences: one group of many claims. (Word for
    // word repeats would be read once.)
    let text: String = (0..300)
        .map(|k| {
            format!(
                "Officials in {} said 40 people were killed in the ferry sinking near Onitsha. ",
                letters(k)
            )
        })
        .collect();
    let o = run_with_stdin(&["-"], text.as_bytes());
    let out = stdout(&o);
    assert!(out.contains("more claims; see the JSON"), "{out}");
    assert!(out.len() < 20_000, "{} bytes", out.len());
    let r = json(&run_with_stdin(&["--format", "json", "-"], text.as_bytes()));
    assert!(r["claims"].as_array().map_or(0, Vec::len) >= 300);
}

#[test]
fn a_big_input_gives_a_small_text_report_and_a_complete_json() {
    // An article repeated to 1 MB (the README's measurement does 30 MB in release): the
    // text stays the size of what a person reads, the JSON grows no faster than the claims.
    let article = std::fs::read_to_string(format!("{}/001_02bc4e5f07f762cb.txt", seeds()))
        .expect("a seed article");
    // Each copy's words differ, so its claims are not repeats of the first copy's.
    let text: String = (0..(1 << 20) / article.len() + 1)
        .map(|k| {
            format!(
                "{}\n\n",
                article.replace(" the ", &format!(" the {} ", letters(k)))
            )
        })
        .collect();
    let dir = TempDir::new("big");
    let path = dir.file("big.txt", text.as_bytes());
    let o = run(&[&path]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        o.stdout.len() < 20_000,
        "text report of {} bytes",
        o.stdout.len()
    );
    let per_claim = |o: &std::process::Output| {
        let r = json(o);
        o.stdout.len() as f64 / r["claims"].as_array().map_or(1, Vec::len) as f64
    };
    let big = per_claim(&run(&["--format", "json", &path]));
    let small = per_claim(&run(&["--format", "json", &seeds()]));
    assert!(big <= small, "{big:.0} bytes per claim, seeds {small:.0}");
}

/// A word of letters only, different for each `k` (`ab`, `ac`, ...).
fn letters(k: usize) -> String {
    let mut out = String::from("x");
    let mut k = k;
    loop {
        out.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
        if k == 0 {
            return out;
        }
    }
}
