//! Development probe: story B-cubed against a gold folder layout `articles/<event>/<doc>.txt`.
//! usage: stories_probe DIR [--dates documents.tsv] [--mixed] [--show] [--splits] [--why EVENT]
//! Without `--dates`, a document's day is the one its header gives, as in the pipeline.
use crosscheck::stories::{stories, Fingerprint, StoryOptions};
use std::collections::HashMap;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let dir = std::path::Path::new(&args[1]);
    let mut dates: HashMap<String, i64> = HashMap::new();
    if let Some(p) = args.iter().position(|a| a == "--dates") {
        for line in std::fs::read_to_string(&args[p + 1])
            .unwrap()
            .lines()
            .skip(1)
        {
            let f: Vec<&str> = line.split('\t').collect();
            if let Ok(d) = f[3].parse::<crosscheck::Date>() {
                dates.insert(f[0].to_string(), d.days());
            }
        }
    }
    let mut docs = Vec::new();
    let mut evs: Vec<_> = std::fs::read_dir(dir.join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    evs.sort();
    for e in evs {
        let mut fs: Vec<_> = std::fs::read_dir(&e)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        fs.sort();
        for f in fs {
            let t = String::from_utf8_lossy(&std::fs::read(&f).unwrap()).into_owned();
            let id = f.file_stem().unwrap().to_string_lossy().into_owned();
            docs.push((e.file_name().unwrap().to_string_lossy().into_owned(), id, t));
        }
    }
    let t0 = std::time::Instant::now();
    let fps: Vec<Fingerprint> = docs
        .iter()
        .map(|(_, _, t)| Fingerprint::of(&crosscheck::normalize::normalize(t).text))
        .collect();
    eprintln!("features {}", fps.iter().map(|f| f.len()).sum::<usize>());
    let days: Vec<Option<i64>> = docs
        .iter()
        .zip(&fps)
        .map(|((_, id, _), fp)| {
            dates.get(id).copied().or(fp
                .header_day()
                .filter(|_| !args.iter().any(|a| a == "--dates-check")))
        })
        .collect();
    let mut opts = StoryOptions::default();
    for a in &args {
        if let Some((k, v)) = a.split_once('=') {
            let v: f64 = v.parse().unwrap();
            match k {
                "join" => opts.join = v,
                "ne" => opts.name_evidence = v,
                "key" => opts.join_with_key = v,
                "weekday" => opts.weekday_penalty = v,
                "bonus" => opts.same_days_bonus = v,
                "window" => opts.window_days = v as i64,
                "share" => opts.name_share = v,
                "keydf" => opts.key_max_documents = v as usize,
                "lead" => opts.lead_weight = v as u32,
                "cand" => opts.candidate_max_documents = v as usize,
                "furn" => opts.furniture_documents = v as usize,
                "bg" => opts.background_documents = v as usize,
                "person" => opts.weights.person = v,
                "name" => opts.weights.name = v,
                "inst" => opts.weights.institution = v,
                "official" => opts.weights.official = v,
                "number" => opts.weights.number = v,
                "address" => opts.weights.address = v,
                "nameword" => opts.weights.name_word = v,
                _ => panic!("unknown {k}"),
            }
        }
    }
    let st = stories(&fps, &days, &opts);
    let el = t0.elapsed();
    let mut story_of = vec![0; docs.len()];
    for (s, story) in st.iter().enumerate() {
        for &d in &story.documents {
            story_of[d] = s;
        }
    }
    let mut by_s: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_g: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, d) in docs.iter().enumerate() {
        by_s.entry(story_of[i]).or_default().push(i);
        by_g.entry(d.0.as_str()).or_default().push(i);
    }
    let (mut p, mut r) = (0.0, 0.0);
    for (i, d) in docs.iter().enumerate() {
        let s = &by_s[&story_of[i]];
        let g = &by_g[d.0.as_str()];
        let inter = s.iter().filter(|x| g.contains(x)).count() as f64;
        p += inter / s.len() as f64;
        r += inter / g.len() as f64;
    }
    let n = docs.len() as f64;
    let (p, r) = (p / n, r / n);
    println!(
        "docs {} stories {} B3 P {:.3} R {:.3} F1 {:.3} ({:.2?})",
        docs.len(),
        st.len(),
        p,
        r,
        2.0 * p * r / (p + r),
        el
    );
    if args.iter().any(|a| a == "--mixed") {
        for s in st
            .iter()
            .filter(|s| {
                s.documents
                    .iter()
                    .any(|&d| docs[d].0 != docs[s.documents[0]].0)
            })
            .take(60)
        {
            println!("== {} ({} docs)", s.label, s.documents.len());
            for &d in &s.documents {
                let head: String = headline(&docs[d].2, 90);
                println!(
                    "   {} {} | {}",
                    docs[d].0,
                    dates
                        .get(&docs[d].1)
                        .map(|x| x.to_string())
                        .unwrap_or_default(),
                    head
                );
            }
        }
    }
    if let Some(p) = args.iter().position(|a| a == "--links") {
        use crosscheck::stories::parts;
        let refs: Vec<&Fingerprint> = fps.iter().collect();
        let profiles = parts::profiles(&refs, &opts);
        let bonus = parts::days_bonus(&days, &opts);
        for s in st.iter().filter(|s| s.label == args[p + 1]) {
            for (i, &a) in s.documents.iter().enumerate() {
                for &b in &s.documents[i + 1..] {
                    let l = parts::link(&profiles[a], &profiles[b], days[a], days[b], bonus, &opts);
                    let h = |d: usize| -> String { headline(&docs[d].2, 50) };
                    if let Some((sim, key)) = l {
                        println!(
                            "{:.2} {key} {} {} | {} | {}",
                            sim,
                            docs[a].0,
                            docs[b].0,
                            h(a),
                            h(b)
                        );
                    }
                }
            }
        }
    }
    if args.iter().any(|a| a == "--splits") {
        splits(&docs, &fps, &days, &story_of, &opts);
    }
    if let Some(p) = args.iter().position(|a| a == "--why") {
        let ev = &args[p + 1];
        for (i, d) in docs.iter().enumerate().filter(|(_, d)| &d.0 == ev) {
            println!(
                "doc {} story {} ({})",
                d.1, story_of[i], st[story_of[i]].label
            );
            for &m in &st[story_of[i]].documents {
                let head: String = headline(&docs[m].2, 80);
                println!("    {} {:?} {}", docs[m].0, days[m], head);
            }
        }
    }
    if args.iter().any(|a| a == "--show") {
        for s in st.iter().filter(|s| s.documents.len() > 1).take(40) {
            let golds: Vec<&str> = s.documents.iter().map(|&d| docs[d].0.as_str()).collect();
            println!("{} {:?}", s.label, golds);
        }
    }
}

/// For every pair of one gold event's documents put in two stories: why (not candidates,
/// too far apart without a key, or too little alike).
fn splits(
    docs: &[(String, String, String)],
    fps: &[Fingerprint],
    days: &[Option<i64>],
    story_of: &[usize],
    opts: &StoryOptions,
) {
    use crosscheck::stories::parts;
    let n = fps.len();
    let refs: Vec<&Fingerprint> = fps.iter().collect();
    let profiles = parts::profiles(&refs, opts);
    let bonus = parts::days_bonus(days, opts);
    let mut kinds: HashMap<String, usize> = HashMap::new();
    let mut lines = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            if docs[a].0 != docs[b].0 || story_of[a] == story_of[b] {
                continue;
            }
            let cand = profiles[a]
                .candidate_keys()
                .iter()
                .any(|k| profiles[b].candidate_keys().contains(k));
            let gap = days[a].zip(days[b]).map(|(x, y)| (x - y).abs());
            let l = parts::link(&profiles[a], &profiles[b], days[a], days[b], bonus, opts);
            let kind = match (cand, l) {
                (false, _) => "nocand".to_string(),
                (true, None) => "nolink".to_string(),
                (true, Some((_, k))) => format!("low{}", if k { "key" } else { "" }),
            };
            *kinds.entry(kind.clone()).or_default() += 1;
            let h = |d: usize| -> String { headline(&docs[d].2, 60) };
            lines.push(format!(
                "{kind} {:?} {} {:?} | {} | {}",
                gap,
                docs[a].0,
                l.map(|x| (x.0 * 100.0).round() / 100.0),
                h(a),
                h(b)
            ));
        }
    }
    println!("{kinds:?}");
    for l in lines {
        println!("{l}");
    }
}

/// The first `n` characters of a text's first line.
fn headline(text: &str, n: usize) -> String {
    text.lines().next().unwrap_or("").chars().take(n).collect()
}
