//! The project's evaluation harness: attribute every document of a gold
//! JSONL file and print the metrics of `../shared/eval/score.py`, computed
//! by a faithful port of it (`score.rs`).
//!
//! ```text
//! cargo run --release --example evaluate -- GOLD.jsonl [--errors N] [--no-speakers]
//!     [--json OUT.json] [--write-system OUT.jsonl]
//! ```
//!
//! A file whose documents carry a cast list (`speakers`, PDNC) is measured
//! twice: end to end (no cast list) and with the cast list. `--no-speakers`
//! keeps only the end-to-end run. `--json` and `--write-system` write the
//! primary run (with the cast list when there is one); in a two-run
//! evaluation the end-to-end run goes beside it, in `OUT.end-to-end.json`
//! or `OUT.end-to-end.jsonl`. The system file can be fed to score.py:
//! `python3 ../shared/eval/score.py GOLD.jsonl OUT.jsonl`.

mod score;

use quotative::{Attribution, Attributor, KnownSpeaker};
use score::{AttributionError, GoldDoc, SysQuote, Tally};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

const USAGE: &str = "usage: evaluate GOLD.jsonl [--errors N] [--no-speakers] [--json OUT.json] \
                     [--write-system OUT.jsonl]";

struct Args {
    gold: PathBuf,
    errors: usize,
    no_speakers: bool,
    json: Option<PathBuf>,
    write_system: Option<PathBuf>,
}

enum Failure {
    Usage(String),
    Run(String),
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut gold = None;
    let mut errors = 0;
    let mut no_speakers = false;
    let mut json = None;
    let mut write_system = None;
    while let Some(arg) = args.next() {
        let mut value = |flag: &str| args.next().ok_or_else(|| format!("{flag} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => return Ok(None),
            "--errors" => {
                let v = value("--errors")?;
                errors = v
                    .parse()
                    .map_err(|_| format!("--errors needs a count, not {v:?}"))?;
            }
            "--no-speakers" => no_speakers = true,
            "--json" => json = Some(PathBuf::from(value("--json")?)),
            "--write-system" => write_system = Some(PathBuf::from(value("--write-system")?)),
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            path => {
                if gold.is_some() {
                    return Err(format!("more than one gold file given ({path})"));
                }
                gold = Some(PathBuf::from(path));
            }
        }
    }
    let gold = gold.ok_or("no gold file given")?;
    Ok(Some(Args {
        gold,
        errors,
        no_speakers,
        json,
        write_system,
    }))
}

/// One way of running the attributor over the file.
struct Mode {
    label: &'static str,
    /// The attributor of each document.
    attributors: Vec<Attributor>,
}

/// `OUT.json` → `OUT.end-to-end.json`.
fn sibling(path: &Path, tag: &str) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}.{tag}.{}", ext.to_string_lossy()),
        None => format!("{stem}.{tag}"),
    };
    path.with_file_name(name)
}

/// Attributes every document, on all cores, keeping document order.
fn attribute_all(docs: &[GoldDoc], attributors: &[Attributor]) -> Vec<Attribution> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(docs.len().max(1));
    // Largest documents first, so that one big novel does not run last.
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(docs[i].text.len()));
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Attribution>> = vec![None; docs.len()];
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&i) = order.get(k) else { break };
                        done.push((i, attributors[i].attribute(&docs[i].text)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => {
                    for (i, result) in done {
                        results[i] = Some(result);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    results.into_iter().map(Option::unwrap_or_default).collect()
}

#[derive(serde::Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    result: &'a Attribution,
}

fn write_system(path: &Path, docs: &[GoldDoc], results: &[Attribution]) -> Result<(), String> {
    let fail = |e: &dyn std::fmt::Display| format!("cannot write {}: {e}", path.display());
    let file = std::fs::File::create(path).map_err(|e| fail(&e))?;
    let mut out = std::io::BufWriter::new(file);
    for (doc, result) in docs.iter().zip(results) {
        let line = OutputLine {
            id: &doc.id,
            result,
        };
        serde_json::to_writer(&mut out, &line).map_err(|e| fail(&e))?;
        writeln!(out).map_err(|e| fail(&e))?;
    }
    out.flush().map_err(|e| fail(&e))
}

fn write_json(path: &Path, value: &serde_json::Value) -> Result<(), String> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    std::fs::write(path, text + "\n").map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn run(args: &Args) -> Result<(), String> {
    let gold = &args.gold;
    let docs = score::read_gold(gold)?;
    let items: usize = docs.iter().map(|d| d.quotes.len()).sum();
    let cast = docs.iter().any(GoldDoc::has_speakers);

    let plain = Attributor::new();
    let mut modes = vec![Mode {
        label: if cast {
            "end to end (no cast list)"
        } else {
            "end to end"
        },
        attributors: vec![plain.clone(); docs.len()],
    }];
    if cast && !args.no_speakers {
        let mut attributors = Vec::with_capacity(docs.len());
        for doc in &docs {
            let attributor = match &doc.speakers {
                Some(list) => {
                    let speakers: Vec<KnownSpeaker> = serde_json::from_value(list.clone())
                        .map_err(|e| {
                            format!("{}:{}: bad \"speakers\": {e}", gold.display(), doc.line)
                        })?;
                    Attributor::builder()
                        .speakers(speakers)
                        .build()
                        .map_err(|e| {
                            format!("{}:{}: cast list rejected: {e}", gold.display(), doc.line)
                        })?
                }
                None => plain.clone(),
            };
            attributors.push(attributor);
        }
        modes.push(Mode {
            label: "with the cast list",
            attributors,
        });
    }

    println!(
        "{}: {} documents, {} gold items",
        gold.display(),
        docs.len(),
        items
    );
    let last = modes.len() - 1;
    for (m, mode) in modes.iter().enumerate() {
        let started = Instant::now();
        let results = attribute_all(&docs, &mode.attributors);
        let elapsed = started.elapsed();
        let preds: Vec<Vec<SysQuote>> = results.iter().map(score::sys_quotes).collect();
        let mut tally = Tally::new();
        let mut errors: Vec<AttributionError> = Vec::new();
        for (doc, p) in docs.iter().zip(&preds) {
            tally.add_doc(doc, Some(p), (args.errors > 0).then_some(&mut errors));
        }
        let metrics = tally.metrics();
        println!(
            "\n== {} ({:.2} s, {} quotes found)\n",
            mode.label,
            elapsed.as_secs_f64(),
            preds.iter().map(Vec::len).sum::<usize>()
        );
        print!("{}", metrics.table());
        if args.errors > 0 && errors.is_empty() {
            println!("\n  no attribution errors");
        } else if args.errors > 0 {
            println!(
                "\n  {} attribution errors; first {}:",
                errors.len(),
                args.errors.min(errors.len())
            );
            for e in errors.iter().take(args.errors) {
                println!("\n  {}", e.to_string().replace('\n', "\n  "));
            }
        }
        // The primary run (the last) writes to the given paths; an earlier
        // run writes beside them.
        let target = |p: &Path| {
            if m == last {
                p.to_path_buf()
            } else {
                sibling(p, "end-to-end")
            }
        };
        if let Some(path) = &args.json {
            let path = target(path);
            write_json(&path, &metrics.to_json())?;
            println!("\n  metrics written to {}", path.display());
        }
        if let Some(path) = &args.write_system {
            let path = target(path);
            write_system(&path, &docs, &results)?;
            println!("  system output written to {}", path.display());
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let outcome = parse_args(std::env::args().skip(1))
        .map_err(Failure::Usage)
        .and_then(|args| match args {
            None => {
                println!("{USAGE}");
                Ok(())
            }
            Some(args) => run(&args).map_err(Failure::Run),
        });
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(e)) => {
            eprintln!("evaluate: {e}\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Run(e)) => {
            eprintln!("evaluate: {e}");
            ExitCode::FAILURE
        }
    }
}
