//! Criterion benchmarks: one group per pipeline stage, the whole pipeline,
//! a naive regex baseline for scale, and a length sweep that exposes
//! anything worse than linear.
//!
//! The stage groups (`quote_marks`, `sentences`, `mentions`, `attribute`,
//! `attribute_in` (the whole pipeline with one `Workspace` kept from text
//! to text, each result given back to it, as the `attribute` example
//! does), `baseline_regex`) each run over three corpora from the shared
//! evaluation data beside the repository:
//!
//! - `seed`: `../shared/seed/article.txt`, one short news article;
//! - `news`: every text of `../shared/eval/polnear-train.jsonl`, attributed
//!   document by document (throughput counts all their bytes);
//! - `novel`: one novel of `../shared/eval/pdnc-dev.jsonl` ([`NOVEL_ID`]).
//!
//! A stage is measured alone: its inputs (paragraphs, quotes, segmentation)
//! are computed once before timing. A missing data file skips its corpus
//! with a note, except under `CI=true`, where it is an error.
//!
//! The `length_sweep` group runs the whole pipeline on synthetic inputs of
//! 1 KiB to 8 MiB: news text repeated, and adversarial kinds (only quotation
//! marks, no sentence punctuation, thousands of unclosed quotes). With a
//! linear pipeline the time per byte stays flat across lengths. Before each
//! length, one run of the kind is projected from the two previous lengths
//! (fitting `time ∝ length^a`); when it would take longer than
//! `QUOTATIVE_BENCH_MAX_RUN_SECS` (default 5) seconds, that length and the
//! longer ones are skipped with a note giving the projection, so that a
//! superlinear stage cannot stall `cargo bench`. A length's probe run is
//! the first thing its benchmark does, so a filter that leaves a sweep
//! benchmark out runs none of its probe (nor skews a profile of another
//! group), and the projections then come from the lengths the filter kept.
//!
//! The sweep calls `Attributor::attribute_in` with one `Workspace` reused
//! from run to run, as a corpus run reuses one per thread. For comparison,
//! `unclosed_fresh` runs the unclosed kind through `attribute`, whose
//! tables are allocated (and, for long texts, faulted in) afresh each call.
//!
//! The `order` group asks how much of the whole pipeline's time on the news
//! corpus goes to what the processor learns from one text and loses on the
//! next: `one_after_another` attributes each text once, in turn (as a corpus
//! run does, and as `attribute_in/news` does); `each_repeated` attributes
//! each text [`REPEATS`] times in a row, so that from the second run on the
//! branch predictor and the caches know the text; `each_repeated_cold`
//! does the same but writes [`FLUSH_BYTES`] of memory before each run
//! (outside the timing), so that the caches are cold and only the branch
//! history is left. The same instructions run in all three.
//!
//! Run: `cargo bench --bench attribution -- --warm-up-time 1 --measurement-time 3`.

use criterion::{
    criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion, SamplingMode,
    Throughput,
};
use quotative::marks::{self, QuotedSpan};
use quotative::sentences::{self, Segmentation};
use quotative::{mentions, Attributor, Span, Workspace};
use regex::Regex;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The novel of `pdnc-dev.jsonl` used as the `novel` corpus.
const NOVEL_ID: &str = "pdnc/PrideAndPrejudice";

/// The lengths of the length sweep, with their labels.
const LENGTHS: [(usize, &str); 4] = [
    (1 << 10, "1KiB"),
    (64 << 10, "64KiB"),
    (1 << 20, "1MiB"),
    (8 << 20, "8MiB"),
];

/// How many times in a row the `order` group attributes each text.
const REPEATS: usize = 10;

/// How many times in a row `order/each_repeated_cold` attributes each text
/// (fewer: each run waits for a flush).
const COLD_REPEATS: usize = 4;

/// How many bytes `order/each_repeated_cold` writes to push the caches'
/// contents out (more than the first- and second-level caches hold).
const FLUSH_BYTES: usize = 8 << 20;

/// Inputs at least this long are measured with fewer, flat samples.
const LARGE: usize = 1 << 20;

/// Stands in for the news corpus in the length sweep when it is missing.
const FALLBACK_NEWS: &str = "Dutch Prime Minister Mark Rutte said the EU needed US \
protection. “We cannot guarantee our own security,” Rutte said on Tuesday.\n\n\
“It is a matter of time,” said Sen. Jane Smith, a Democrat. She added that the \
vote, set for Jan. 5, would be “close.”\n\n\
According to officials, the talks will resume next week.";

/// A named corpus: its documents, benchmarked one by one.
struct Corpus {
    name: &'static str,
    docs: Vec<String>,
}

impl Corpus {
    fn bytes(&self) -> u64 {
        self.docs.iter().map(|d| d.len() as u64).sum()
    }
}

/// The corpora that could be loaded, read once for all groups.
fn corpora() -> &'static [Corpus] {
    static CORPORA: OnceLock<Vec<Corpus>> = OnceLock::new();
    CORPORA.get_or_init(|| {
        let mut out = Vec::new();
        if let Some(text) = read_shared("seed/article.txt") {
            out.push(Corpus {
                name: "seed",
                docs: vec![text],
            });
        }
        if let Some(docs) = read_jsonl_texts("eval/polnear-train.jsonl") {
            out.push(Corpus { name: "news", docs });
        }
        if let Some(novel) = read_novel("eval/pdnc-dev.jsonl", NOVEL_ID) {
            out.push(Corpus {
                name: "novel",
                docs: vec![novel],
            });
        }
        out
    })
}

/// The path of a file of the shared evaluation data.
fn shared_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel)
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Reports data that cannot be used: a panic under `CI=true`, else a note
/// on stderr (the corpus is skipped).
fn unavailable(what: &str) {
    if in_ci() {
        panic!("CI=true but the benchmark data is unavailable: {what}");
    }
    eprintln!("note: skipping a benchmark corpus: {what}");
}

/// Reads a shared data file, or reports it unavailable.
fn read_shared(rel: &str) -> Option<String> {
    let path = shared_path(rel);
    match std::fs::read_to_string(&path) {
        Ok(text) => Some(text),
        Err(e) => {
            unavailable(&format!("cannot read {} ({e})", path.display()));
            None
        }
    }
}

/// The `"text"` of every line of a JSON-lines file.
fn read_jsonl_texts(rel: &str) -> Option<Vec<String>> {
    let data = read_shared(rel)?;
    let path = shared_path(rel);
    let docs = data
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(n, line)| {
            let value: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: invalid JSON: {e}", path.display(), n + 1));
            match value.get("text").and_then(|t| t.as_str()) {
                Some(text) => text.to_owned(),
                None => panic!("{}:{}: no \"text\" string", path.display(), n + 1),
            }
        })
        .collect();
    Some(docs)
}

/// The text of the document `id` of a JSON-lines file.
fn read_novel(rel: &str, id: &str) -> Option<String> {
    let data = read_shared(rel)?;
    let path = shared_path(rel);
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("{}:{}: invalid JSON: {e}", path.display(), n + 1));
        if value.get("id").and_then(|v| v.as_str()) == Some(id) {
            return match value.get("text").and_then(|t| t.as_str()) {
                Some(text) => Some(text.to_owned()),
                None => panic!("{}:{}: no \"text\" string", path.display(), n + 1),
            };
        }
    }
    unavailable(&format!("no document {id:?} in {}", path.display()));
    None
}

/// Settings for corpora whose one iteration takes long (the whole news
/// corpus, a novel): few flat samples instead of criterion's 100.
fn configure_for(group: &mut BenchmarkGroup<'_, criterion::measurement::WallTime>, bytes: u64) {
    if bytes as usize >= LARGE / 4 {
        group.sample_size(10).sampling_mode(SamplingMode::Flat);
    }
}

/// The stage groups, each over every corpus (smallest first, because a
/// group's sample settings cannot be reset once made).
fn stages(c: &mut Criterion) {
    let corpora = corpora();
    let attributor = Attributor::new();

    // Each stage's inputs, computed once per document.
    let paragraphs: Vec<Vec<Vec<Span>>> = corpora
        .iter()
        .map(|c| c.docs.iter().map(|d| sentences::paragraphs(d)).collect())
        .collect();
    let quotes: Vec<Vec<Vec<QuotedSpan>>> = corpora
        .iter()
        .zip(&paragraphs)
        .map(|(c, ps)| {
            c.docs
                .iter()
                .zip(ps)
                .map(|(d, p)| marks::find_quotes(d, p))
                .collect()
        })
        .collect();
    let segmentations: Vec<Vec<Segmentation>> = corpora
        .iter()
        .zip(paragraphs.iter().zip(&quotes))
        .map(|(c, (ps, qs))| {
            c.docs
                .iter()
                .zip(ps.iter().zip(qs))
                .map(|(d, (p, q))| sentences::segment(d, p, q))
                .collect()
        })
        .collect();

    bench_stage(c, "quote_marks", corpora, |_, _, doc| {
        let paras = sentences::paragraphs(doc);
        black_box(marks::find_quotes(doc, &paras));
    });
    bench_stage(c, "sentences", corpora, |k, i, doc| {
        black_box(sentences::segment(doc, &paragraphs[k][i], &quotes[k][i]));
    });
    bench_stage(c, "mentions", corpora, |k, i, doc| {
        black_box(mentions::find_mentions(doc, &segmentations[k][i], &[]));
    });
    bench_stage(c, "attribute", corpora, |_, _, doc| {
        black_box(attributor.attribute(doc));
    });
    // (the same with one workspace kept from text to text, as a corpus
    // run keeps one per thread)
    let workspace = std::cell::RefCell::new(Workspace::new());
    bench_stage(c, "attribute_in", corpora, |_, _, doc| {
        attribute_recycled(&attributor, doc, &mut workspace.borrow_mut());
    });
    // The naive baseline: one regex for “…” and "..." quotes, counting
    // matches, with no pairing rules, sentences or speakers.
    let naive = Regex::new(r#"“[^”]*”|"[^"]*""#).expect("the baseline regex is valid");
    bench_stage(c, "baseline_regex", corpora, |_, _, doc| {
        black_box(naive.find_iter(doc).count());
    });
}

/// Attributes `doc` as a corpus run does: with `workspace`'s tables, the
/// result given back to it once used ([`Workspace::recycle`]).
fn attribute_recycled(attributor: &Attributor, doc: &str, workspace: &mut Workspace) {
    let result = attributor.attribute_in(doc, workspace);
    workspace.recycle(black_box(result));
}

/// One criterion group, `name`, with a benchmark per corpus measured in
/// bytes of text: `stage(k, i, doc)` runs the stage on document `i` of
/// corpus `k`.
fn bench_stage(
    c: &mut Criterion,
    name: &str,
    corpora: &[Corpus],
    stage: impl Fn(usize, usize, &str),
) {
    let mut group = c.benchmark_group(name);
    for (k, corpus) in corpora.iter().enumerate() {
        group.throughput(Throughput::Bytes(corpus.bytes()));
        configure_for(&mut group, corpus.bytes());
        group.bench_function(BenchmarkId::from_parameter(corpus.name), |b| {
            b.iter(|| {
                for (i, doc) in corpus.docs.iter().enumerate() {
                    stage(k, i, doc);
                }
            })
        });
    }
    group.finish();
}

/// The synthetic inputs of the length sweep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// News text (the `news` corpus, documents separated by blank lines),
    /// repeated.
    News,
    /// Only quotation marks, a pseudo-random mix of “ ” " ' ‘ ’, with no
    /// space or line break: one paragraph.
    QuoteMarks,
    /// News text without `.` `!` `?` `…` and with line breaks turned into
    /// spaces: one paragraph holding one sentence.
    NoPunct,
    /// Thousands of paragraphs, each opening a quote (“, ‘ or ") that is
    /// never closed.
    Unclosed,
    /// One paragraph of thousands of unclosed ‘ quotes, each followed by a
    /// stray ” that closes nothing.
    UnclosedInline,
}

impl Kind {
    const ALL: [Kind; 5] = [
        Kind::News,
        Kind::QuoteMarks,
        Kind::NoPunct,
        Kind::Unclosed,
        Kind::UnclosedInline,
    ];

    fn name(self) -> &'static str {
        match self {
            Kind::News => "news",
            Kind::QuoteMarks => "quote_marks",
            Kind::NoPunct => "no_punct",
            Kind::Unclosed => "unclosed",
            Kind::UnclosedInline => "unclosed_inline",
        }
    }

    /// An input of this kind, `len` bytes long or up to 3 bytes shorter
    /// (cut on a char boundary).
    fn build(self, len: usize, news: &str) -> String {
        match self {
            Kind::News => repeat_to(len, &[news, "\n\n"]),
            Kind::QuoteMarks => {
                const MARKS: [char; 6] = ['“', '”', '"', '\'', '‘', '’'];
                let mut state = 0x9E37_79B9_7F4A_7C15_u64;
                let mut out = String::with_capacity(len + 4);
                while out.len() < len {
                    out.push(MARKS[(xorshift(&mut state) % MARKS.len() as u64) as usize]);
                }
                cut(out, len)
            }
            Kind::NoPunct => {
                let flat: String = news
                    .chars()
                    .filter(|c| !matches!(c, '.' | '!' | '?' | '…'))
                    .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                    .collect();
                repeat_to(len, &[&flat, " "])
            }
            Kind::Unclosed => repeat_to(
                len,
                &[
                    "He said “this quote is never closed and runs to the end of it\n\n",
                    "She said ‘neither is this one, which also runs on\n\n",
                    "They said \"nor this straight one, left open\n\n",
                ],
            ),
            Kind::UnclosedInline => repeat_to(len, &["He said ‘this never closes” and "]),
        }
    }
}

/// `pieces` repeated in turn until `len` bytes, cut on a char boundary.
fn repeat_to(len: usize, pieces: &[&str]) -> String {
    assert!(pieces.iter().any(|p| !p.is_empty()));
    let mut out = String::with_capacity(len + pieces.iter().map(|p| p.len()).sum::<usize>());
    for piece in pieces.iter().cycle() {
        if out.len() >= len {
            break;
        }
        out.push_str(piece);
    }
    cut(out, len)
}

/// `s` cut to at most `len` bytes, on a char boundary.
fn cut(mut s: String, len: usize) -> String {
    if s.len() > len {
        let mut end = len;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

/// The longest one run of an input may be projected to take before the
/// sweep skips it.
fn max_run() -> Duration {
    let secs = std::env::var("QUOTATIVE_BENCH_MAX_RUN_SECS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s > 0.0)
        .unwrap_or(5.0);
    Duration::from_secs_f64(secs)
}

/// What the sweep has seen of one input kind: the time of one run at the
/// previous length, and the exponent `a` of `time ∝ len^a` fitted between
/// the two previous lengths (1 for linear, 2 for quadratic).
#[derive(Clone, Copy)]
struct Seen {
    len: usize,
    run: Duration,
    exponent: f64,
}

/// The time of one run, the faster of two when one is under a second
/// (the first also warms up).
fn probe(attributor: &Attributor, text: &str, workspace: &mut Workspace) -> Duration {
    let mut time = || {
        let start = Instant::now();
        black_box(attributor.attribute_in(text, workspace));
        start.elapsed()
    };
    let first = time();
    if first < Duration::from_secs(1) {
        first.min(time())
    } else {
        first
    }
}

/// The whole pipeline on synthetic inputs of growing length.
fn length_sweep(c: &mut Criterion) {
    let news_docs = corpora().iter().find(|c| c.name == "news");
    let seed = corpora().iter().find(|c| c.name == "seed");
    let news = match (news_docs, seed) {
        (Some(news), _) => news.docs.join("\n\n"),
        (None, Some(seed)) => {
            eprintln!("note: length_sweep repeats the seed article (news corpus missing)");
            seed.docs.join("\n\n")
        }
        (None, None) => {
            eprintln!("note: length_sweep repeats a built-in sample (shared data missing)");
            FALLBACK_NEWS.to_owned()
        }
    };
    let attributor = Attributor::new();
    // (reused over the whole sweep, as a worker thread reuses it)
    let mut workspace = Workspace::new();
    let limit = max_run();
    let mut seen: Vec<Option<Seen>> = vec![None; Kind::ALL.len()];
    let mut skipped = vec![false; Kind::ALL.len()];

    let mut group = c.benchmark_group("length_sweep");
    // Lengths outside, kinds inside: settings for large inputs, once made,
    // stay for the rest of the group.
    for (len, label) in LENGTHS {
        if len >= LARGE {
            group
                .sample_size(10)
                .sampling_mode(SamplingMode::Flat)
                .measurement_time(Duration::from_secs(3));
        }
        for (k, kind) in Kind::ALL.into_iter().enumerate() {
            if skipped[k] {
                continue;
            }
            if let Some(prev) = seen[k] {
                let scale = len as f64 / prev.len as f64;
                let exponent = prev.exponent.max(1.0);
                let projected = prev.run.as_secs_f64() * scale.powf(exponent);
                if projected > limit.as_secs_f64() {
                    eprintln!(
                        "note: length_sweep/{}: skipping {label} and longer: one run of {} \
                         bytes took {:.3} s and time grows as length^{exponent:.2}, so one \
                         run of {len} bytes is projected at {projected:.0} s, over the \
                         {:.0} s limit (QUOTATIVE_BENCH_MAX_RUN_SECS)",
                        kind.name(),
                        prev.len,
                        prev.run.as_secs_f64(),
                        limit.as_secs_f64(),
                    );
                    skipped[k] = true;
                    continue;
                }
            }
            let text = kind.build(len, &news);
            // (the probe runs inside the benchmark, on its first call, so
            // that a filter that leaves this input out, or a profile of
            // another group, runs none of it)
            let mut probed = None;
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(kind.name(), label), &text, |b, text| {
                if probed.is_none() {
                    probed = Some(probe(&attributor, text, &mut workspace));
                }
                b.iter(|| attributor.attribute_in(text, &mut workspace))
            });
            if let Some(run) = probed {
                let exponent = match seen[k] {
                    Some(prev) if run > Duration::ZERO && prev.run > Duration::ZERO => {
                        (run.as_secs_f64() / prev.run.as_secs_f64()).ln()
                            / (text.len() as f64 / prev.len as f64).ln()
                    }
                    _ => 1.0,
                };
                seen[k] = Some(Seen {
                    len: text.len(),
                    run,
                    exponent,
                });
            }
            if kind == Kind::Unclosed {
                let id = BenchmarkId::new("unclosed_fresh", label);
                group.bench_with_input(id, &text, |b, text| b.iter(|| attributor.attribute(text)));
            }
        }
    }
    group.finish();
}

/// The `order` group (see the crate-level notes): the news corpus's texts
/// one after another, each repeated, and each repeated with cold caches.
fn order(c: &mut Criterion) {
    let Some(news) = corpora().iter().find(|c| c.name == "news") else {
        return;
    };
    let attributor = Attributor::new();
    let mut group = c.benchmark_group("order");
    configure_for(&mut group, news.bytes());
    let mut workspace = Workspace::new();
    group.throughput(Throughput::Bytes(news.bytes()));
    group.bench_function("one_after_another", |b| {
        b.iter(|| {
            for doc in &news.docs {
                attribute_recycled(&attributor, doc, &mut workspace);
            }
        })
    });
    // (each text first attributed once untimed, to teach the processor
    // it, then timed the other times, with or without a flush before each)
    let mut junk = vec![0u8; FLUSH_BYTES];
    for (id, repeats, flush) in [
        ("each_repeated", REPEATS, false),
        ("each_repeated_cold", COLD_REPEATS, true),
    ] {
        group.throughput(Throughput::Bytes(news.bytes() * (repeats - 1) as u64));
        group.bench_function(id, |b| {
            b.iter_custom(|iters| {
                let mut timed = Duration::ZERO;
                for _ in 0..iters {
                    for doc in &news.docs {
                        attribute_recycled(&attributor, doc, &mut workspace);
                        for round in 1..repeats {
                            if flush {
                                // (every cache line of the buffer written:
                                // a simple loop, which leaves the branch
                                // history of the attribution's branches
                                // mostly alone)
                                junk.iter_mut().step_by(64).for_each(|b| *b ^= round as u8);
                                black_box(&junk);
                            }
                            let start = Instant::now();
                            attribute_recycled(&attributor, doc, &mut workspace);
                            timed += start.elapsed();
                        }
                    }
                }
                timed
            })
        });
    }
    group.finish();
}

criterion_group!(benches, stages, order, length_sweep);
criterion_main!(benches);
