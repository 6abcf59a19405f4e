//! The nine hostile document classes at full scale, about 14 MB as one
//! JSONL file, through `attribute --jsonl` in one process: the run exits
//! 0, writes one line per document in order, and every span of every
//! result is valid (`common::hostile::check_spans`).
//!
//! The full-scale test is ignored by `cargo test`, which builds in debug
//! mode; CI runs it in release, where it must finish within 20 seconds:
//!
//! ```text
//! cargo test --release --test hostile_cli -- --ignored --nocapture
//! ```
//!
//! The test prints the time the run took but does not assert it (timings
//! belong in benchmarks). A small run of the same documents, a hundredth
//! of the size, runs with every `cargo test`.
//!
//! With `QUOTATIVE_HOSTILE_JSONL=PATH` the test also writes the corpus to
//! PATH, to time by hand:
//! `time target/release/examples/attribute --jsonl PATH > /dev/null`.
#![cfg(feature = "serde")]

mod common;

use common::hostile::*;
use quotative::Attribution;
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

/// A class of hostile document: its id, its generator, and the
/// generator's argument at full scale.
struct Class {
    id: &'static str,
    make: fn(usize) -> String,
    full_scale: usize,
}

/// The nine classes of the reliability issue, about 14 MB of JSONL
/// together at full scale (the newlines are written `\n`, two bytes each).
const CLASSES: &[Class] = &[
    Class {
        id: "only-quotation-marks",
        make: only_quote_marks,
        full_scale: 400_000,
    },
    Class {
        id: "no-punctuation",
        make: no_punctuation,
        full_scale: 400_000,
    },
    Class {
        id: "200000-unclosed-quotes",
        make: unclosed_quotes,
        full_scale: 200_000,
    },
    Class {
        id: "one-4mb-quote",
        make: one_big_quote,
        full_scale: 4_000_000,
    },
    Class {
        id: "100000-deep-nesting",
        make: deep_nesting,
        full_scale: 100_000,
    },
    Class {
        id: "only-abbreviations",
        make: only_abbreviations,
        full_scale: 400_000,
    },
    Class {
        id: "millions-of-newlines",
        make: many_newlines,
        full_scale: 2_350_000,
    },
    Class {
        id: "control-emoji-combining-rtl",
        make: random_odd_chars,
        full_scale: 400_000,
    },
    Class {
        id: "many-short-tagged-quotes",
        make: many_tagged_quotes,
        full_scale: 40_000,
    },
];

/// A scratch directory, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("quotative-{tag}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory is created");
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.0).ok();
    }
}

/// The documents of every class at `1 / divisor` of full scale.
fn documents(divisor: usize) -> Vec<(&'static str, String)> {
    CLASSES
        .iter()
        .map(|class| (class.id, (class.make)(class.full_scale / divisor)))
        .collect()
}

/// The documents as JSONL input lines, `{"id": ..., "text": ...}`.
fn jsonl(documents: &[(&str, String)]) -> String {
    let mut out = String::new();
    for (id, text) in documents {
        let line = serde_json::json!({"id": id, "text": text});
        out.push_str(&serde_json::to_string(&line).expect("a document serialises"));
        out.push('\n');
    }
    out
}

/// Runs the corpus at `1 / divisor` of full scale through
/// `attribute --jsonl` and checks the output.
fn through_the_cli(divisor: usize) {
    let documents = documents(divisor);
    let input = jsonl(&documents);
    let scratch = Scratch::new("hostile-cli");
    let path = scratch.0.join("hostile.jsonl");
    std::fs::write(&path, &input).expect("the corpus is written");
    if let Some(keep) = std::env::var_os("QUOTATIVE_HOSTILE_JSONL") {
        std::fs::copy(&path, &keep).expect("the corpus is copied");
    }

    let binary = common::build_example("attribute");
    let start = Instant::now();
    let output = Command::new(&binary)
        .arg("--jsonl")
        .arg(&path)
        .output()
        .expect("the example binary runs");
    let elapsed = start.elapsed();
    println!(
        "{} documents, {} bytes of JSONL: {} in {:.2} s",
        documents.len(),
        input.len(),
        binary.display(),
        elapsed.as_secs_f64()
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "exit {}: {stderr}", output.status);
    assert!(stderr.is_empty(), "stderr: {stderr}");

    let stdout = std::str::from_utf8(&output.stdout).expect("stdout is UTF-8");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), documents.len(), "one output line per document");
    for (line, (id, text)) in lines.iter().zip(&documents) {
        let mut value: Value = serde_json::from_str(line).expect("each output line is JSON");
        assert_eq!(value["id"], *id);
        value.as_object_mut().expect("an object").remove("id");
        let result: Attribution = serde_json::from_value(value)
            .unwrap_or_else(|e| panic!("{id}: not an attribution: {e}"));
        check_spans(text, &result);
    }
}

#[test]
fn hostile_documents_through_the_cli_at_a_hundredth_of_full_scale() {
    through_the_cli(100);
}

#[test]
#[ignore = "14 MB: run in release, as CI does (--release -- --ignored)"]
fn hostile_documents_through_the_cli_at_full_scale() {
    through_the_cli(1);
}
