//! Attribute quotations in a text file, stdin, or a JSONL stream.
use quotative::{Attribution, Attributor, KnownSpeaker};
use std::io::{BufRead, Write};

#[derive(serde::Deserialize)]
struct InputLine {
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    speakers: Vec<KnownSpeaker>,
}

#[derive(serde::Serialize)]
struct OutputLine<'a> {
    id: &'a serde_json::Value,
    #[serde(flatten)]
    result: &'a Attribution,
}

fn main() {
    let base = Attributor::new();
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for line in stdin.lock().lines() {
        let line = line.unwrap();
        if line.trim().is_empty() {
            continue;
        }
        let doc: InputLine = serde_json::from_str(&line).unwrap();
        let attributor = if doc.speakers.is_empty() {
            base.clone()
        } else {
            Attributor::builder()
                .speakers(doc.speakers)
                .build()
                .unwrap()
        };
        let result = attributor.attribute(&doc.text);
        serde_json::to_writer(
            &mut out,
            &OutputLine {
                id: &doc.id,
                result: &result,
            },
        )
        .unwrap();
        writeln!(out).unwrap();
    }
}
