//! Hostile inputs of a chosen size, for the hostile-input tests (`tests/hostile.rs`, which
//! check invariants and that work grows linearly) and the bench that times them
//! (`benches/hostile.rs`). Each generator makes about `n` bytes (at least `n`).

#![allow(dead_code)]

/// A good article that must always be processed, whatever sits beside it.
pub const GOOD: &str =
    "LAGOS (AP) - At least 40 people were killed when a ferry sank off Lagos, police said.\n\
     Officials said 43 people died and 12 were missing.\n";

/// A named generator: `make(n)` is about `n` bytes of one kind of hostile text.
pub struct Input {
    pub name: &'static str,
    pub make: fn(usize) -> String,
}

/// Every generator whose cost must grow linearly with `n`.
pub const LINEAR: &[Input] = &[
    Input {
        name: "run-on line",
        make: run_on_line,
    },
    Input {
        name: "one long word",
        make: long_word,
    },
    Input {
        name: "abbreviation dots",
        make: abbreviation_dots,
    },
    Input {
        name: "long names",
        make: long_names,
    },
    Input {
        name: "numbers in a row",
        make: numbers_in_a_row,
    },
    Input {
        name: "table rows",
        make: table_rows,
    },
    Input {
        name: "comma-separated decimals",
        make: csv_decimals,
    },
    Input {
        name: "nested quotes",
        make: nested_quotes,
    },
    Input {
        name: "unbalanced quotes and brackets",
        make: unbalanced_quotes,
    },
    Input {
        name: "one story, thousands of places",
        make: many_places,
    },
];

/// A run-on scraped line: figures and words, no full stop, no line break.
pub fn run_on_line(n: usize) -> String {
    let phrase = "about 12 people were killed and more than 30 injured in Orvetto on Monday, ";
    phrase.repeat(n / phrase.len() + 1)
}

/// One endless capitalised word (a name to the extractor).
pub fn long_word(n: usize) -> String {
    format!("Officials in X{} said 12 people died.", "a".repeat(n))
}

/// Letters and dots: one endless abbreviation.
pub fn abbreviation_dots(n: usize) -> String {
    "U.".repeat(n / 2 + 1)
}

/// Two different long capitalised tokens: two names whose spelling must not be compared
/// in time quadratic in their length.
pub fn long_names(n: usize) -> String {
    format!(
        "Officials in X{} said 12 people died.\nOfficials in Y{} said 14 people died.\n",
        "ab".repeat(n / 4),
        "ba".repeat(n / 4)
    )
}

/// Items `item(0)`, `item(1)`, ... joined by `sep` until the text holds at least `n`
/// bytes.
fn items_until(n: usize, sep: &str, item: impl Fn(usize) -> String) -> String {
    let mut out = String::with_capacity(n + 128);
    let mut i = 0usize;
    while out.len() < n {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&item(i));
        i += 1;
    }
    out
}

/// One document of one story whose every sentence names another place: groups of
/// thousands of claims with thousands of distinct names, which must not be compared
/// name by name across the whole group (labels, cluster summaries).
pub fn many_places(n: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ko", "ri", "tu", "ne", "sa", "lo", "mi", "da", "fe", "gu", "ha", "zi", "po", "ve",
        "ny",
    ];
    items_until(n, " ", |i| {
        let name: String = (0..4).map(|k| SYLLABLES[(i >> (4 * k)) & 15]).collect();
        format!(
            "At least 40 people were killed in the Tarvosa attack near {}{}, officials said.",
            name[..1].to_uppercase(),
            &name[1..]
        )
    })
}

/// Numbers separated by spaces, no words at all.
pub fn numbers_in_a_row(n: usize) -> String {
    items_until(n, " ", |i| (i * 7919 % 100_000).to_string())
}

/// A pasted table: rows of counts, thousands, percentages and money.
pub fn table_rows(n: usize) -> String {
    items_until(n, "\n", |i| {
        format!(
            "| {} | {},{} | {}% | ${} |",
            i,
            i % 90,
            i % 1000,
            i % 100,
            i * 3
        )
    })
}

/// Decimals separated by commas, no spaces.
pub fn csv_decimals(n: usize) -> String {
    items_until(n, ",", |i| format!("{}.{}", i % 1000, i % 10))
}

/// Quotation marks nested `n / 4` deep around a claim.
pub fn nested_quotes(n: usize) -> String {
    format!(
        "{} At least 12 people died, he said. {}\nPolice said 14 people died.",
        "\"'".repeat(n / 4),
        "'\"".repeat(n / 4)
    )
}

/// Quotes and brackets opened and never closed.
pub fn unbalanced_quotes(n: usize) -> String {
    format!("{} 12 people died.", "\u{201c}\u{2018}(".repeat(n / 7 + 1))
}

/// Article-like text of about `bytes` bytes: `seed`'s paragraphs over and over, with
/// varying figures so that claims differ from copy to copy.
pub fn article_text(seed: &str, bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + seed.len());
    let mut i = 0u64;
    while out.len() < bytes {
        i += 1;
        for line in seed.lines() {
            let line = line.replace("87", &(80 + i % 17).to_string());
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str(&format!(
            "Update {i} \u{2014} officials said {} people were hurt in Idlib.\n",
            i % 500
        ));
    }
    out
}
