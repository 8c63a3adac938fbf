//! The seed articles through the `reconcile` example's JSON, checked against
//! `tests/data/seeds-expected.json` (a byte-for-byte copy of the shared expectations, so the
//! test does not depend on anything outside the repository).
//!
//! The expectations' `_comment` defines them: documents are matched by the 3-digit prefix of
//! their id; a `must_extract` claim by its document, a phrase of its sentence and its
//! dimension, then `contains` (2% tolerance), `low` (exact), `high` (`null` = unbounded) and
//! `high_at_most`; `must_not_extract` by a phrase of any claim text of the document;
//! `groups` want every member in one report group with the verdict and no `excludes` claim
//! in it (`optional` members may be anywhere); `copies` want `dependent` pairs listed in
//! `dependencies` in either order and `independent` pairs not listed.
//!
//! The example runs as `reconcile --format json <crate>/seeds`: the binary `cargo test`
//! builds next to this test, or `cargo run --example reconcile` when that is missing or
//! older than the code under test (`cargo test --test seeds` builds no examples).

mod common;

use common::{contains_approx, data_dir};
use serde::{Deserialize, Deserializer};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Expectations {
    #[serde(rename = "_comment")]
    _comment: String,
    must_extract: Vec<MustExtract>,
    must_not_extract: Vec<MustNotExtract>,
    groups: Vec<GroupExpectation>,
    copies: Copies,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MustExtract {
    key: String,
    doc: String,
    sentence_has: String,
    dimension: String,
    contains: Option<f64>,
    low: Option<f64>,
    #[serde(default, deserialize_with = "present")]
    high: Option<Option<f64>>,
    high_at_most: Option<f64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MustNotExtract {
    doc: String,
    surface_has: String,
    why: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupExpectation {
    name: String,
    members: Vec<String>,
    #[serde(default)]
    optional: Vec<String>,
    verdict: String,
    #[serde(default)]
    excludes: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Copies {
    dependent: Vec<[String; 2]>,
    independent: Vec<[String; 2]>,
}

/// Keeps `null` apart from a missing key: `Some(None)` is an explicit `null`.
fn present<'de, T, D>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Exact comparison for bounds the expectations give exactly, allowing float noise only.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// One claim of the report, as read from its JSON.
struct ClaimView {
    id: String,
    document: String,
    text: String,
    sentence: String,
    dimension: String,
    low: Option<f64>,
    high: Option<f64>,
}

impl ClaimView {
    fn from_json(c: &Value) -> ClaimView {
        let s = |key: &str| {
            c[key]
                .as_str()
                .unwrap_or_else(|| panic!("claim field {key:?} is not a string in {c}"))
                .to_string()
        };
        let bound = |key: &str| match &c["value"][key] {
            Value::Null => None,
            v => Some(
                v.as_f64()
                    .unwrap_or_else(|| panic!("claim value.{key} is not a number in {c}")),
            ),
        };
        ClaimView {
            id: s("id"),
            document: s("document"),
            text: s("text"),
            sentence: s("sentence"),
            dimension: s("dimension"),
            low: bound("low"),
            high: bound("high"),
        }
    }

    fn describe(&self) -> String {
        let b = |v: Option<f64>| v.map_or("unbounded".to_string(), |v| v.to_string());
        format!(
            "{} {:?} {} [{}, {}]",
            self.id,
            self.text,
            self.dimension,
            b(self.low),
            b(self.high)
        )
    }
}

impl MustExtract {
    /// Whether the claim's values pass the checks (the document, sentence and dimension are
    /// matched separately).
    fn values_ok(&self, c: &ClaimView) -> bool {
        let contains = self
            .contains
            .is_none_or(|x| contains_approx(c.low, c.high, x));
        let low = self
            .low
            .is_none_or(|l| c.low.is_some_and(|got| same(got, l)));
        let high = match self.high {
            None => true,
            Some(None) => c.high.is_none(),
            Some(Some(h)) => c.high.is_some_and(|got| same(got, h)),
        };
        let high_at_most = self
            .high_at_most
            .is_none_or(|h| c.high.is_some_and(|got| got <= h || same(got, h)));
        contains && low && high && high_at_most
    }

    fn describe(&self) -> String {
        let mut parts = vec![format!(
            "{} in {} with {:?}",
            self.dimension, self.doc, self.sentence_has
        )];
        if let Some(x) = self.contains {
            parts.push(format!("containing {x}"));
        }
        if let Some(l) = self.low {
            parts.push(format!("low {l}"));
        }
        match self.high {
            Some(None) => parts.push("no upper bound".to_string()),
            Some(Some(h)) => parts.push(format!("high {h}")),
            None => {}
        }
        if let Some(h) = self.high_at_most {
            parts.push(format!("high at most {h}"));
        }
        parts.join(", ")
    }
}

/// The example `cargo test` builds next to this test binary
/// (`target/<profile>/deps/seeds-<hash>` → `target/<profile>/examples/reconcile`), when it
/// is at least as new as this binary and the example's source. `cargo test --test seeds`
/// does not rebuild examples, so an older one may predate the code under test.
fn built_example() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let profile_dir = exe.parent()?.parent()?;
    let bin = profile_dir
        .join("examples")
        .join(format!("reconcile{}", std::env::consts::EXE_SUFFIX));
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let built = modified(&bin)?;
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/reconcile.rs");
    let fresh = [modified(&exe), modified(&source)]
        .into_iter()
        .flatten()
        .all(|t| t <= built);
    fresh.then_some(bin)
}

/// The example's stdout for `--format json <seeds>`.
fn run_example(seeds: &Path) -> String {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = match built_example() {
        Some(bin) => Command::new(bin),
        None => {
            let mut cmd = Command::new(env!("CARGO"));
            cmd.current_dir(manifest)
                .args(["run", "--quiet", "--example", "reconcile"]);
            if cfg!(not(debug_assertions)) {
                cmd.arg("--release");
            }
            cmd.arg("--");
            cmd
        }
    };
    cmd.arg("--format").arg("json").arg(seeds);
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd:?} failed ({}):\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the report is UTF-8")
}

#[test]
fn seeds_meet_expectations() {
    let path = data_dir("seeds-expected.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let exp: Expectations =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));

    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let stdout = run_example(&seeds);
    let report: Value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("the example's stdout is not JSON ({e}):\n{stdout}"));

    let mut failures: Vec<String> = Vec::new();

    let documents: Vec<String> = report["documents"]
        .as_array()
        .expect("documents is an array")
        .iter()
        .map(|d| d["id"].as_str().expect("document id").to_string())
        .collect();
    let claims: Vec<ClaimView> = report["claims"]
        .as_array()
        .expect("claims is an array")
        .iter()
        .map(ClaimView::from_json)
        .collect();
    // (group id, member claim ids, verdict)
    let groups: Vec<(String, Vec<String>, String)> = report["groups"]
        .as_array()
        .expect("groups is an array")
        .iter()
        .map(|g| {
            let ids = g["claims"]
                .as_array()
                .expect("group claims is an array")
                .iter()
                .map(|id| id.as_str().expect("claim id").to_string())
                .collect();
            let id = g["id"].as_str().expect("group id").to_string();
            let verdict = g["verdict"].as_str().expect("group verdict").to_string();
            (id, ids, verdict)
        })
        .collect();
    let dependencies: Vec<(String, String)> = report["dependencies"]
        .as_array()
        .expect("dependencies is an array")
        .iter()
        .map(|d| {
            (
                d["a"].as_str().expect("dependency a").to_string(),
                d["b"].as_str().expect("dependency b").to_string(),
            )
        })
        .collect();

    // Every seed file is a document, and every claim is in exactly one group.
    let mut stems: Vec<String> = std::fs::read_dir(&seeds)
        .expect("seeds/ is readable")
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.is_file())
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    for stem in &stems {
        if !documents.contains(stem) {
            failures.push(format!("document {stem} is missing from documents"));
        }
    }
    let mut times: HashMap<&str, usize> = HashMap::new();
    for (_, ids, _) in &groups {
        for id in ids {
            *times.entry(id.as_str()).or_default() += 1;
        }
    }
    for c in &claims {
        let n = times.get(c.id.as_str()).copied().unwrap_or(0);
        if n != 1 {
            failures.push(format!("claim {} is in {n} groups", c.describe()));
        }
    }

    // Documents by the 3-digit prefix of their id.
    let doc_id = |prefix: &str| documents.iter().find(|id| id.starts_with(prefix)).cloned();
    let mut missing_docs = HashSet::new();
    let mut resolve = |prefix: &str, failures: &mut Vec<String>| {
        let found = doc_id(prefix);
        if found.is_none() && missing_docs.insert(prefix.to_string()) {
            failures.push(format!("no document with id prefix {prefix}"));
        }
        found
    };

    // must_extract: the candidate claims for each key.
    let mut candidates: BTreeMap<&str, Vec<&ClaimView>> = BTreeMap::new();
    for m in &exp.must_extract {
        let Some(doc) = resolve(&m.doc, &mut failures) else {
            candidates.insert(&m.key, Vec::new());
            continue;
        };
        let in_sentence: Vec<&ClaimView> = claims
            .iter()
            .filter(|c| c.document == doc && c.sentence.contains(&m.sentence_has))
            .collect();
        let found: Vec<&ClaimView> = in_sentence
            .iter()
            .copied()
            .filter(|c| c.dimension == m.dimension && m.values_ok(c))
            .collect();
        if found.is_empty() {
            let seen = if in_sentence.is_empty() {
                "no claim in that sentence".to_string()
            } else {
                let list: Vec<String> = in_sentence.iter().map(|c| c.describe()).collect();
                format!("claims in that sentence: {}", list.join("; "))
            };
            failures.push(format!(
                "must_extract {}: no {} ({seen})",
                m.key,
                m.describe()
            ));
        }
        candidates.insert(&m.key, found);
    }

    for m in &exp.must_not_extract {
        let Some(doc) = resolve(&m.doc, &mut failures) else {
            continue;
        };
        for c in claims
            .iter()
            .filter(|c| c.document == doc && c.text.contains(&m.surface_has))
        {
            failures.push(format!(
                "must_not_extract {:?} in {} ({}): extracted {}",
                m.surface_has,
                m.doc,
                m.why,
                c.describe()
            ));
        }
    }

    let mut group_of: HashMap<&str, Vec<usize>> = HashMap::new();
    for (gi, (_, ids, _)) in groups.iter().enumerate() {
        for id in ids {
            group_of.entry(id.as_str()).or_default().push(gi);
        }
    }
    let groups_of_key = |key: &str| -> HashSet<usize> {
        candidates
            .get(key)
            .into_iter()
            .flatten()
            .filter_map(|c| group_of.get(c.id.as_str()))
            .flatten()
            .copied()
            .collect()
    };
    for g in &exp.groups {
        for key in g.members.iter().chain(&g.optional).chain(&g.excludes) {
            if !candidates.contains_key(key.as_str()) {
                failures.push(format!("group {:?}: unknown key {key}", g.name));
            }
        }
        // The report group holding the most members.
        let mut votes: BTreeMap<usize, usize> = BTreeMap::new();
        for key in &g.members {
            for gi in groups_of_key(key) {
                *votes.entry(gi).or_default() += 1;
            }
        }
        let best = votes
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|(gi, _)| *gi);
        let Some(best) = best else {
            failures.push(format!(
                "group {:?}: none of its members is in a group",
                g.name
            ));
            continue;
        };
        let (gid, _, verdict) = &groups[best];
        for key in &g.members {
            let places = groups_of_key(key);
            if !places.contains(&best) {
                let places: Vec<&str> = places.iter().map(|&i| groups[i].0.as_str()).collect();
                failures.push(format!(
                    "group {:?}: member {key} is not in {gid} with the others (it is in {})",
                    g.name,
                    if places.is_empty() {
                        "no group".to_string()
                    } else {
                        places.join(", ")
                    }
                ));
            }
        }
        if verdict != &g.verdict {
            failures.push(format!(
                "group {:?}: verdict of {gid} is {verdict}, expected {}",
                g.name, g.verdict
            ));
        }
        for key in &g.excludes {
            if groups_of_key(key).contains(&best) {
                failures.push(format!("group {:?}: {key} must not be in {gid}", g.name));
            }
        }
        for key in &g.optional {
            let inside = groups_of_key(key).contains(&best);
            println!(
                "group {:?}: optional {key} {}",
                g.name,
                if inside {
                    "is in the group"
                } else {
                    "is not in the group"
                }
            );
        }
    }

    let linked = |a: &str, b: &str| {
        dependencies.iter().any(|(x, y)| {
            (x.starts_with(a) && y.starts_with(b)) || (x.starts_with(b) && y.starts_with(a))
        })
    };
    for [a, b] in &exp.copies.dependent {
        if !linked(a, b) {
            failures.push(format!("copies: {a} and {b} should be dependent"));
        }
    }
    for [a, b] in &exp.copies.independent {
        if linked(a, b) {
            failures.push(format!("copies: {a} and {b} should be independent"));
        }
    }

    for f in &failures {
        println!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} seed expectations failed (listed above)",
        failures.len()
    );
}
