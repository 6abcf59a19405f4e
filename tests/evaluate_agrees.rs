//! The evaluation harness's scorer (`examples/evaluate/score.rs`, a port of
//! `../shared/eval/score.py`) must give the numbers the shared scorer gives.
//!
//! Each test attributes a gold file end to end, scores the output with the
//! port, writes the same output as system JSONL, runs
//! `python3 ../shared/eval/score.py GOLD SYSTEM --quiet --json OUT`, and
//! compares: every headline metric within 0.005, and every other number
//! score.py prints too (counts exactly).
//!
//! Without python3 the tests skip with a note, unless `CI=true`; missing
//! shared files fail when `CI=true` and skip with a note otherwise.

mod common;
#[path = "../examples/evaluate/score.rs"]
mod score;

use common::{ci, shared_path};
use quotative::Attributor;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

const TOLERANCE: f64 = 0.005;

/// The headline metrics: quoted extraction and attribution P/R/F1, and
/// indirect extraction and attribution F1.
const HEADLINE: &[(&str, &str)] = &[
    ("quoted", "extraction_precision"),
    ("quoted", "extraction_recall"),
    ("quoted", "extraction_f1"),
    ("quoted", "attribution_precision"),
    ("quoted", "attribution_recall"),
    ("quoted", "attribution_f1"),
    ("indirect_summary", "extraction_f1"),
    ("indirect_summary", "attribution_f1"),
];

/// Whether python3 runs; outside CI a missing python3 skips with a note.
fn have_python() -> bool {
    let ok = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        if ci() {
            panic!("CI=true but python3 is not available to run score.py");
        }
        eprintln!("note: python3 not available; skipping the comparison with score.py");
    }
    ok
}

/// A scratch directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!(
            "quotative-evaluate-agrees-{}-{tag}",
            std::process::id()
        ));
        std::fs::create_dir_all(&dir).expect("create a scratch directory");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn get<'a>(m: &'a Value, block: &str, key: &str) -> Option<&'a Value> {
    m.get(block).and_then(|b| b.get(key))
}

/// Attributes `gold` end to end, and checks the port against score.py.
fn agrees_with_score_py(gold_rel: &str, tag: &str) {
    let Some(gold_path) = shared_path(gold_rel) else {
        return;
    };
    let Some(score_py) = shared_path("eval/score.py") else {
        return;
    };
    let docs = score::read_gold(&gold_path).unwrap_or_else(|e| panic!("{e}"));
    assert!(!docs.is_empty(), "{} has no documents", gold_path.display());
    let attributor = Attributor::new();
    let preds: Vec<Vec<score::SysQuote>> = docs
        .iter()
        .map(|d| score::sys_quotes(&attributor.attribute(&d.text)))
        .collect();
    let ours = score::score(
        docs.iter()
            .zip(&preds)
            .map(|(d, p)| (d, Some(p.as_slice()))),
        None,
    )
    .to_json();
    for &(block, key) in HEADLINE {
        let v = get(&ours, block, key).and_then(Value::as_f64);
        assert!(v.is_some(), "{gold_rel}: the port gives no {block}.{key}");
    }
    if !have_python() {
        return;
    }

    let scratch = Scratch::new(tag);
    let system_path = scratch.0.join("system.jsonl");
    let json_path = scratch.0.join("score.json");
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(&system_path).expect("create the system file"),
    );
    for (doc, quotes) in docs.iter().zip(&preds) {
        writeln!(out, "{}", score::system_line(&doc.id, quotes)).expect("write the system file");
    }
    out.flush().expect("write the system file");
    drop(out);

    let run = Command::new("python3")
        .arg(&score_py)
        .arg(&gold_path)
        .arg(&system_path)
        .arg("--quiet")
        .arg("--json")
        .arg(&json_path)
        .output()
        .expect("run python3 score.py");
    assert!(
        run.status.success(),
        "score.py failed ({}):\n{}",
        run.status,
        String::from_utf8_lossy(&run.stderr)
    );
    let theirs: Value = serde_json::from_str(
        &std::fs::read_to_string(&json_path).expect("score.py wrote its JSON"),
    )
    .expect("score.py's JSON parses");

    let mut failures = Vec::new();
    for &(block, key) in HEADLINE {
        let a = get(&ours, block, key).and_then(Value::as_f64);
        let b = get(&theirs, block, key).and_then(Value::as_f64);
        match (a, b) {
            (Some(a), Some(b)) if (a - b).abs() <= TOLERANCE => {}
            _ => failures.push(format!("{block}.{key}: ours {a:?}, score.py {b:?}")),
        }
    }
    failures.extend(score::compare_json(&ours, &theirs, TOLERANCE));
    assert!(
        failures.is_empty(),
        "{gold_rel}: the port disagrees with score.py:\n{}",
        failures.join("\n")
    );
    eprintln!(
        "{gold_rel}: agrees with score.py (quoted extraction F1 {:.3}, attribution F1 {:.3}; \
         indirect extraction F1 {:.3}, attribution F1 {:.3})",
        get(&ours, "quoted", "extraction_f1")
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN),
        get(&ours, "quoted", "attribution_f1")
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN),
        get(&ours, "indirect_summary", "extraction_f1")
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN),
        get(&ours, "indirect_summary", "attribution_f1")
            .and_then(Value::as_f64)
            .unwrap_or(f64::NAN),
    );
}

#[test]
fn port_agrees_with_score_py_on_polnear_dev() {
    agrees_with_score_py("eval/polnear-dev.jsonl", "polnear-dev");
}

#[test]
fn port_agrees_with_score_py_on_the_seed_article() {
    agrees_with_score_py("seed/article.gold.jsonl", "seed");
}
