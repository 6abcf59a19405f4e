//! The `attribute` example end to end: the binary is built once with cargo
//! and run as a user would run it.
#![cfg(feature = "serde")]

mod common;

use common::shared_text;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The example binary, built on first use.
fn binary() -> &'static PathBuf {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| common::build_example("attribute"))
}

/// Runs the binary with `args`, feeding `stdin`.
fn run(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(binary())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example binary starts");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    let input = stdin.as_ref().to_vec();
    // Written from a thread so that a large input cannot deadlock against
    // a full stdout pipe.
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let output = child.wait_with_output().expect("the example binary runs");
    writer
        .join()
        .expect("stdin writer")
        .expect("stdin is written");
    output
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("stderr is UTF-8")
}

/// The output lines of `--jsonl`, parsed.
fn json_lines(output: &Output) -> Vec<Value> {
    stdout(output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each output line is JSON"))
        .collect()
}

#[test]
fn without_arguments_it_prints_a_table_of_the_sample_article() {
    let output = run(&[], "");
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let table = stdout(&output);
    let header = table.lines().next().expect("a header line");
    for column in ["speaker", "kind", "quote", "rule"] {
        assert!(header.contains(column), "header {header:?} lacks {column}");
    }
    for speaker in ["Helen Okafor", "Ray Dalton", "Tomás Rivera", "Grace Liu"] {
        assert!(table.contains(speaker), "{speaker} missing from:\n{table}");
    }
    assert!(table.contains("direct"), "no direct quote in:\n{table}");
    assert!(table.contains('…'), "long quotes are shortened:\n{table}");
}

#[test]
fn a_file_and_stdin_give_the_same_table() {
    let text = "“We will win,” Ana Silva said.\n";
    let path = temp_file("same-table.txt", text.as_bytes());
    let from_file = run(&[path.to_str().expect("UTF-8 temp path")], "");
    let from_stdin = run(&["-"], text);
    std::fs::remove_file(&path).ok();
    assert!(from_file.status.success(), "stderr: {}", stderr(&from_file));
    assert!(stdout(&from_file).contains("Ana Silva"));
    assert!(stdout(&from_file).contains("quote-then-tag"));
    assert_eq!(stdout(&from_file), stdout(&from_stdin));
}

#[test]
fn json_prints_one_document_with_quotes_and_entities() {
    let output = run(&["--json", "-"], "“We will win,” Ana Silva said.");
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let doc: Value = serde_json::from_str(stdout(&output)).expect("stdout is JSON");
    let quote = &doc["quotes"][0];
    assert_eq!(quote["start"], 0);
    assert_eq!(quote["kind"], "direct");
    assert_eq!(quote["speaker"]["name"], "Ana Silva");
    assert_eq!(quote["rule"], "quote-then-tag");
    assert_eq!(doc["entities"][0]["name"], "Ana Silva");
}

#[test]
fn jsonl_on_the_seed_article_writes_one_line_per_document() {
    let Some(gold) = shared_text("seed/article.gold.jsonl") else {
        return;
    };
    let output = run(&["--jsonl"], &gold);
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let docs: Vec<Value> = gold
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| serde_json::from_str(line).expect("gold line is JSON"))
        .collect();
    let lines = json_lines(&output);
    assert_eq!(lines.len(), docs.len(), "one output line per document");
    for (line, doc) in lines.iter().zip(&docs) {
        assert_eq!(line["id"], doc["id"]);
        let quotes = line["quotes"].as_array().expect("quotes is a list");
        assert!(!quotes.is_empty(), "the seed article has quotes");
        for quote in quotes {
            assert!(quote["start"].as_u64() < quote["end"].as_u64(), "{quote}");
            let kind = quote["kind"].as_str().expect("kind is a string");
            assert!(["direct", "partial", "indirect", "scare"].contains(&kind));
            let speaker = &quote["speaker"];
            assert!(speaker.is_null() || speaker["name"].is_string(), "{quote}");
            assert!(speaker.is_null() || speaker["start"].is_u64(), "{quote}");
            assert!(speaker.is_null() || speaker["end"].is_u64(), "{quote}");
        }
        assert!(line["entities"].is_array());
    }
}

#[test]
fn jsonl_uses_the_speakers_of_each_line() {
    let input = r#"{"id": "p1", "text": "“Indeed,” said Lizzy.", "speakers": [{"name": "Elizabeth Bennet", "aliases": ["Lizzy"], "gender": "F"}], "source": "pdnc"}
{"id": "p2", "text": "“Indeed,” said Lizzy."}"#;
    let output = run(&["--jsonl"], input);
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let lines = json_lines(&output);
    assert_eq!(lines[0]["quotes"][0]["speaker"]["name"], "Elizabeth Bennet");
    assert_eq!(lines[1]["quotes"][0]["speaker"]["name"], "Lizzy");
}

#[test]
fn a_malformed_jsonl_line_is_reported_and_the_others_are_written() {
    let input = [
        r#"{"id": 1, "text": "“Hi,” Ana Silva said."}"#,
        r#"{"id": 2, "text": "#,
        "",
        r#"{"id": 3}"#,
        r#"{"id": 4, "text": "x", "speakers": [{"aliases": ["A"]}]}"#,
        r#"{"id": 5, "text": "x", "speakers": [{"name": "A"}, {"name": "A"}]}"#,
        r#"{"id": "six", "text": "“Bye,” Bo Chen said."}"#,
    ]
    .join("\n");
    let output = run(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1), "a bad line fails the run");
    let errors = stderr(&output);
    for line in ["line 2:", "line 4:", "line 5:", "line 6:"] {
        assert!(errors.contains(line), "{line} not reported in:\n{errors}");
    }
    assert!(!errors.contains("line 3:"), "a blank line is skipped");
    let ids: Vec<Value> = json_lines(&output)
        .iter()
        .map(|l| l["id"].clone())
        .collect();
    assert_eq!(ids, [Value::from(1), Value::from("six")]);
}

#[test]
fn an_empty_text_gives_an_empty_result() {
    let output = run(&["--jsonl"], r#"{"id": "empty", "text": ""}"#);
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], "empty");
    assert_eq!(lines[0]["quotes"], Value::Array(vec![]));
}

#[test]
fn a_missing_file_is_an_error_naming_the_path() {
    let path = std::env::temp_dir().join("quotative-cli-test-no-such-file.txt");
    let path = path.to_str().expect("UTF-8 temp path");
    for args in [vec![path], vec!["--json", path], vec!["--jsonl", path]] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&output).contains(path),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn a_file_that_is_not_utf8_is_an_error_with_the_byte_offset() {
    let path = temp_file("not-utf8.txt", b"He said \xff hi.");
    let path_str = path.to_str().expect("UTF-8 temp path");
    for args in [vec![path_str], vec!["--json", path_str]] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains(path_str), "{args:?}: {message}");
        assert!(message.contains("not valid UTF-8"), "{args:?}: {message}");
        assert!(message.contains("byte offset 8"), "{args:?}: {message}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
    std::fs::remove_file(&path).ok();
}

#[test]
fn standard_input_that_is_not_utf8_is_an_error_with_the_byte_offset() {
    for args in [vec!["-"], vec!["--json", "-"]] {
        let output = run(&args, b"\xe2\x80\x9cOk\xe2\x80\x9d \xc3(");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains("standard input"), "{args:?}: {message}");
        assert!(message.contains("not valid UTF-8"), "{args:?}: {message}");
        assert!(message.contains("byte offset 9"), "{args:?}: {message}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_naming_the_path() {
    // A directory: unreadable as a file even for root.
    let dir = std::env::temp_dir();
    let dir = dir.to_str().expect("UTF-8 temp dir");
    for args in [vec![dir], vec!["--json", dir], vec!["--jsonl", dir]] {
        let output = run(&args, "");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains(dir), "{args:?}: {message}");
        assert!(message.contains("cannot read"), "{args:?}: {message}");
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_jsonl_line_that_is_not_utf8_is_reported_and_the_others_are_written() {
    let mut input = b"{\"id\": 1, \"text\": \"bad \xff here\"}".to_vec();
    input.push(b'\n');
    input.extend_from_slice("{\"id\": 2, \"text\": \"“Fine,” Bo Chen said.\"}\n".as_bytes());
    let output = run(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("line 1"), "{message}");
    assert!(message.contains("not valid UTF-8"), "{message}");
    assert!(message.contains("byte offset 23"), "{message}");
    let errors = stderr(&output);
    assert!(errors.contains("line 1:"), "{errors}");
    assert!(!errors.contains("line 2:"), "{errors}");
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["id"], 2);
    assert_eq!(lines[0]["quotes"][0]["speaker"]["name"], "Bo Chen");
}

#[test]
fn a_byte_order_mark_before_the_first_jsonl_line_is_ignored() {
    let mut input = "\u{feff}".as_bytes().to_vec();
    input.extend_from_slice("{\"id\": 1, \"text\": \"“Fine,” Bo Chen said.\"}\n".as_bytes());
    let output = run(&["--jsonl"], &input);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let lines = json_lines(&output);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["quotes"][0]["speaker"]["name"], "Bo Chen");
}

#[test]
fn an_empty_document_gives_an_empty_table_and_empty_json() {
    let table = run(&["-"], "");
    assert!(table.status.success(), "stderr: {}", stderr(&table));
    assert!(stdout(&table).contains("(no quotes found)"));
    let json = run(&["--json", "-"], " \n\n ");
    assert!(json.status.success(), "stderr: {}", stderr(&json));
    let doc: Value = serde_json::from_str(stdout(&json)).expect("stdout is JSON");
    assert_eq!(doc["quotes"], Value::Array(vec![]));
    assert_eq!(doc["entities"], Value::Array(vec![]));
    let jsonl = run(&["--jsonl"], "");
    assert!(jsonl.status.success(), "stderr: {}", stderr(&jsonl));
    assert!(jsonl.stdout.is_empty());
}

#[test]
fn help_and_usage_errors() {
    let help = run(&["--help"], "");
    assert!(help.status.success());
    assert!(stdout(&help).contains("--jsonl"));
    for args in [
        &["--bogus"][..],
        &["a.txt", "b.txt"],
        &["--json", "--jsonl"],
    ] {
        let output = run(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).contains("usage:"), "{args:?}");
    }
}

/// Many small documents, numbered, with a few long ones among them so that
/// workers finish out of order.
fn numbered_documents(count: usize) -> String {
    let mut input = String::new();
    for i in 0..count {
        let text = if i % 7 == 3 {
            "“We will build it,” Mayor Ana Silva said. She added that it was late. ".repeat(200)
        } else {
            format!("“Item {i},” said Bo Chen.")
        };
        let line = serde_json::json!({"id": format!("doc-{i}"), "text": text});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    input
}

#[test]
fn threads_give_the_same_output_in_input_order() {
    let input = numbered_documents(60);
    let one = run(&["--jsonl", "--threads", "1"], &input);
    assert!(one.status.success(), "stderr: {}", stderr(&one));
    let ids: Vec<Value> = json_lines(&one).iter().map(|l| l["id"].clone()).collect();
    let expected: Vec<Value> = (0..60).map(|i| Value::from(format!("doc-{i}"))).collect();
    assert_eq!(ids, expected, "input order");
    for args in [
        &["--jsonl", "--threads", "2"][..],
        &["--jsonl", "--threads=3"],
        &["--jsonl", "--threads", "16"],
        &["--jsonl"],
    ] {
        let many = run(args, &input);
        assert!(many.status.success(), "{args:?}: {}", stderr(&many));
        assert_eq!(stdout(&many), stdout(&one), "{args:?}");
    }
}

/// A source that writes slowly (a pipe from another program, a terminal)
/// gets each result as soon as its line is attributed, before the input
/// ends: nothing waits in the output buffer for more input.
#[test]
fn results_of_a_slow_source_come_before_the_input_ends() {
    use std::io::{BufRead, BufReader};
    use std::sync::mpsc;
    use std::time::Duration;
    for threads in ["1", "2"] {
        let mut child = Command::new(binary())
            .args(["--jsonl", "--threads", threads])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the example binary starts");
        let mut input = child.stdin.take().expect("stdin is piped");
        let output = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let (lines_tx, lines_rx) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in output.lines() {
                if lines_tx.send(line.expect("stdout is UTF-8")).is_err() {
                    break;
                }
            }
        });
        for i in 0..2 {
            let line = serde_json::json!({"id": i, "text": "“Yes,” said Bo Chen."});
            writeln!(input, "{line}").expect("stdin is written");
            input.flush().expect("stdin is flushed");
            // (the input stays open: the result must come without it ending)
            let result = lines_rx.recv_timeout(Duration::from_secs(60));
            let result = result.unwrap_or_else(|_| {
                let _ = child.kill();
                panic!("--threads {threads}: no result for line {i} while the input is open")
            });
            let result: Value = serde_json::from_str(&result).expect("a JSON line");
            assert_eq!(result["id"], i, "--threads {threads}");
        }
        drop(input);
        assert!(child.wait().expect("the binary exits").success());
        reader.join().expect("stdout reader");
    }
}

#[test]
fn threads_report_malformed_lines_like_one_thread() {
    let mut input = numbered_documents(20);
    input.push_str("{\"id\": \"bad\", \"text\": \n");
    input.push_str(&numbered_documents(5));
    let one = run(&["--jsonl", "--threads", "1"], &input);
    let four = run(&["--jsonl", "--threads", "4"], &input);
    for output in [&one, &four] {
        assert_eq!(output.status.code(), Some(1));
        assert!(stderr(output).contains("line 21:"), "{}", stderr(output));
        assert_eq!(json_lines(output).len(), 25);
    }
    assert_eq!(stdout(&one), stdout(&four));
}

#[test]
fn an_invalid_thread_count_is_a_usage_error() {
    for args in [
        &["--jsonl", "--threads", "0"][..],
        &["--jsonl", "--threads", "two"],
        &["--jsonl", "--threads=-1"],
        &["--jsonl", "--threads"],
        &["--threads", "2"],
    ] {
        let output = run(args, "");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let message = stderr(&output);
        assert!(message.contains("--threads"), "{args:?}: {message}");
        assert!(message.contains("usage:"), "{args:?}: {message}");
        assert!(output.stdout.is_empty());
    }
}

/// Writes a file under the temp dir, named for this process.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("quotative-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).expect("temp file is written");
    path
}

/// `--jsonl` writes its lines by hand; they must be what serde_json
/// writes for the id beside the flattened result.
#[test]
fn jsonl_lines_are_what_serde_json_writes() {
    #[derive(serde::Serialize)]
    struct OutputLine<'a> {
        id: &'a Value,
        #[serde(flatten)]
        result: &'a quotative::Attribution,
    }
    let mut docs: Vec<Value> = [
        "“We will win,” said Sen. Ray Dalton, R-Texas. He left.",
        "“Yes,” a senior\nofficial said. “No,” \"Mark\" Rutte\tsaid, and the \\ Post reported that it was so.",
        "Experts say the plan, which “works,” is fine. Lizzy spoke: “Indeed.”",
        "“Scare” quotes and nothing else.",
        "“Fine,” said a\nfriend.\n\nNext.",
        "",
    ]
    .iter()
    .enumerate()
    .map(|(i, text)| serde_json::json!({"id": i, "text": text}))
    .collect();
    docs.push(serde_json::json!({"id": {"nested": [1, "two"]}, "text": "“Hi,” she said."}));
    if let Some(gold) = shared_text("seed/article.gold.jsonl") {
        docs.extend(
            gold.lines()
                .filter(|line| !line.trim().is_empty())
                .map(|line| serde_json::from_str::<Value>(line).expect("gold line is JSON")),
        );
    }
    let input: String = docs.iter().map(|doc| format!("{doc}\n")).collect();
    let output = run(&["--jsonl", "--threads", "1"], &input);
    assert!(output.status.success(), "stderr: {}", stderr(&output));
    let attributor = quotative::Attributor::new();
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), docs.len());
    for (line, doc) in lines.iter().zip(&docs) {
        let result = attributor.attribute(doc["text"].as_str().expect("text"));
        let expected = serde_json::to_string(&OutputLine {
            id: &doc["id"],
            result: &result,
        })
        .expect("serializes");
        assert_eq!(*line, expected);
    }
}
