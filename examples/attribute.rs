//! Finds the quotations in a text and prints who said them.
//!
//! ```text
//! attribute [--json] [FILE | -]     one document: the sample article, FILE, or stdin (-)
//! attribute --jsonl [FILE | -]      one JSON document per line, from stdin by default
//! attribute --help
//! ```
//!
//! Without a flag it prints a table with one row per quote: speaker, kind,
//! quote (shortened) and the rule that decided it. `--json` prints the
//! document's result as pretty-printed JSON, `{"quotes": [...],
//! "entities": [...]}`. `--jsonl` reads lines `{"id": ..., "text": ...,
//! "speakers": [...]}` (`speakers` optional: `{"name", "aliases",
//! "gender"}`; other fields ignored) and writes one compact line per
//! document, `{"id": ..., "quotes": [...], "entities": [...]}`: the system
//! output format of the evaluation scorer.
//!
//! Exit codes: 0 on success, 1 when the input could not be read or a JSONL
//! line was malformed (the other lines are still written), 2 on a usage
//! error.

use quotative::{Attribution, Attributor, KnownSpeaker, Quote};
use serde_json::Value;
use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const SYNOPSIS: &str = "\
usage: attribute [--json] [FILE | -]
       attribute --jsonl [FILE | -]
       attribute --help";

const HELP: &str = "\
Finds the quotations in a text and says who said them.

  (no FILE)   attribute a built-in sample news article
  FILE        attribute the UTF-8 text in FILE
  -           attribute the text on standard input
  --json      print the result as JSON: {\"quotes\": [...], \"entities\": [...]}
  --jsonl     read one JSON document per line, {\"id\", \"text\", \"speakers\"?},
              from FILE or standard input, and write one line per document:
              {\"id\", \"quotes\", \"entities\"}; a malformed line is
              reported on stderr as \"line N: ...\" and skipped
  -h, --help  print this help

Exit status: 0 on success, 1 if the input could not be read or a JSONL line
was malformed, 2 on a usage error.";

/// A sample news article (invented for this example) that quotes people in
/// the common styles of news prose.
const SAMPLE: &str = "\
Harbour council approves sea wall after a tense night

The Port Alder harbour council voted 5-2 on Tuesday to build a sea wall along the old fish market, ending a two-year fight over how to protect the waterfront from winter storms.

“We have waited long enough for the sea to make this decision for us,” Mayor Helen Okafor said after the vote.

“A wall now costs less than a flood later,” said Sen. Ray Dalton, R-Texas, who grew up in the town and flew in for the meeting.

Council member Tomás Rivera, who voted against the plan, said: “Nobody has shown me the final bill.”

“The engineers did their homework,” Okafor said, “and the homework says we build.”

Harbour master Grace Liu said the old breakwater had been patched eleven times since 2019.

The wall will cost about $14 million, according to the council’s finance office.

Rivera left before the press conference. “I respect the vote,” he said. “I just don’t trust the numbers.”

Okafor called the rival proposal a “beautiful fantasy” that would leave the market under water.

The design also calls for a “living” shoreline of oyster reefs in front of the wall.
";

/// What the command line asks for.
enum Command {
    Help,
    /// Attribute one document and print it as a table or as JSON.
    Document {
        input: Input,
        json: bool,
    },
    /// Attribute a stream of JSON lines.
    Jsonl {
        input: Input,
    },
}

/// Where the text comes from.
enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let (mut json, mut jsonl, mut file) = (false, false, None);
    let mut options_done = false;
    for arg in args {
        match arg.to_str() {
            Some("-h" | "--help") if !options_done => return Ok(Command::Help),
            Some("--json") if !options_done => json = true,
            Some("--jsonl") if !options_done => jsonl = true,
            Some("--") if !options_done => options_done = true,
            Some(flag) if flag.starts_with('-') && flag != "-" && !options_done => {
                return Err(format!("unknown option {flag}"))
            }
            _ if file.is_some() => {
                return Err(format!("unexpected argument {}", arg.to_string_lossy()))
            }
            _ => file = Some(arg),
        }
    }
    let input = match file {
        None if jsonl => Input::Stdin,
        None => Input::Sample,
        Some(file) if file == "-" => Input::Stdin,
        Some(file) => Input::File(file.into()),
    };
    match (json, jsonl) {
        (true, true) => Err("--json and --jsonl cannot be used together".into()),
        (_, true) => Ok(Command::Jsonl { input }),
        (json, false) => Ok(Command::Document { input, json }),
    }
}

fn main() -> ExitCode {
    let command = match parse_args(std::env::args_os().skip(1)) {
        Ok(command) => command,
        Err(e) => {
            eprintln!("attribute: {e}\n{SYNOPSIS}\n(run with --help for more)");
            return ExitCode::from(2);
        }
    };
    let outcome = match command {
        Command::Help => writeln!(io::stdout(), "{SYNOPSIS}\n\n{HELP}")
            .map(|()| true)
            .map_err(|e| e.to_string()),
        Command::Document { input, json } => document(&input, json).map(|()| true),
        Command::Jsonl { input } => jsonl(&input),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("attribute: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the whole input as bytes (the sample is already text).
fn read(input: &Input) -> Result<Cow<'static, [u8]>, String> {
    match input {
        Input::Sample => Ok(Cow::Borrowed(SAMPLE.as_bytes())),
        Input::Stdin => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            Ok(Cow::Owned(bytes))
        }
        Input::File(path) => std::fs::read(path)
            .map(Cow::Owned)
            .map_err(|e| format!("cannot read {}: {e}", path.display())),
    }
}

/// The input, as error messages name it.
fn input_name(input: &Input) -> Cow<'_, str> {
    match input {
        Input::Sample => "the sample".into(),
        Input::Stdin => "standard input".into(),
        Input::File(path) => path.to_string_lossy(),
    }
}

/// Attributes one document and prints it as a table or as pretty JSON.
fn document(input: &Input, json: bool) -> Result<(), String> {
    let bytes = read(input)?;
    let attributor = Attributor::new();
    let text = attributor
        .check_input(&bytes)
        .map_err(|e| format!("{}: {e}", input_name(input)))?;
    let result = attributor.attribute(text);
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        serde_json::to_writer_pretty(&mut out, &result).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    } else {
        write_table(&mut out, text, &result).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// The widest a quote is shown in the table, in characters.
const QUOTE_WIDTH: usize = 60;
/// The widest a speaker is shown in the table, in characters.
const SPEAKER_WIDTH: usize = 30;

fn write_table(out: &mut impl Write, text: &str, result: &Attribution) -> io::Result<()> {
    let header = ["speaker", "kind", "quote", "rule"].map(String::from);
    let rows: Vec<[String; 4]> = result.quotes.iter().map(|q| row(text, q)).collect();
    let mut widths = header.clone().map(|h| h.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let [speaker, kind, quote, rule] = row;
        let [w0, w1, w2, _] = widths;
        writeln!(out, "{speaker:w0$}  {kind:w1$}  {quote:w2$}  {rule}")?;
    }
    if rows.is_empty() {
        writeln!(out, "(no quotes found)")?;
    }
    Ok(())
}

/// A table row: the speaker (with the mention used at the quote when it
/// does not spell out the name: "he", "Okafor"), the kind, the quote on one
/// line and shortened, and the rule.
fn row(text: &str, quote: &Quote) -> [String; 4] {
    let speaker = match &quote.speaker {
        Some(s) if s.mention.as_str(text).contains(&s.name) => s.name.clone(),
        Some(s) => format!("{} ({})", s.name, s.mention.as_str(text)),
        None => "-".to_string(),
    };
    [
        shorten(&speaker, SPEAKER_WIDTH),
        quote.kind.as_str().to_string(),
        shorten(quote.span.as_str(text), QUOTE_WIDTH),
        quote.rule.name().to_string(),
    ]
}

/// `s` on one line (runs of white space become one space), cut to at most
/// `max` characters with a trailing `…`.
fn shorten(s: &str, max: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let mut cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// One output line of `--jsonl`: the input's id and the result.
#[derive(serde::Serialize)]
struct OutputLine<'a> {
    id: &'a Value,
    #[serde(flatten)]
    result: &'a Attribution,
}

/// Attributes a stream of JSON lines. Returns whether every line was good;
/// a malformed line is reported on stderr and skipped.
fn jsonl(input: &Input) -> Result<bool, String> {
    let reader: Box<dyn BufRead> = match input {
        Input::File(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        )),
        Input::Stdin | Input::Sample => Box::new(io::stdin().lock()),
    };
    let name = input_name(input);
    let base = Attributor::new();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_good = true;
    for (n, line) in reader.split(b'\n').enumerate() {
        let line = line.map_err(|e| format!("cannot read {name}: {e}"))?;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match attribute_line(&base, &line) {
            Ok((id, result)) => {
                let line = OutputLine {
                    id: &id,
                    result: &result,
                };
                serde_json::to_writer(&mut out, &line).map_err(|e| e.to_string())?;
                writeln!(out).map_err(|e| e.to_string())?;
            }
            Err(what) => {
                eprintln!("line {}: {what}", n + 1);
                all_good = false;
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(all_good)
}

/// Attributes one input line: returns its id and the result.
fn attribute_line(base: &Attributor, line: &[u8]) -> Result<(Value, Attribution), String> {
    let (id, text, speakers) = parse_line(line)?;
    let result = attributor_for(base, speakers)?.attribute(&text);
    Ok((id, result))
}

/// Reads one input line: its id, its text and its known speakers.
fn parse_line(line: &[u8]) -> Result<(Value, String, Vec<KnownSpeaker>), String> {
    let mut doc: Value = serde_json::from_slice(line).map_err(|e| {
        // serde_json appends " at line 1 column C"; the column is enough.
        let msg = e.to_string();
        let at = format!(" at line {} column {}", e.line(), e.column());
        let msg = msg.strip_suffix(&at).unwrap_or(&msg);
        format!("invalid JSON at column {}: {msg}", e.column())
    })?;
    let Some(doc) = doc.as_object_mut() else {
        return Err("not a JSON object".into());
    };
    let id = doc.remove("id").ok_or("missing \"id\"")?;
    let text = match doc.remove("text") {
        Some(Value::String(text)) => text,
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("missing \"text\"".into()),
    };
    let speakers = match doc.remove("speakers") {
        None | Some(Value::Null) => Vec::new(),
        Some(list) => {
            serde_json::from_value(list).map_err(|e| format!("invalid \"speakers\": {e}"))?
        }
    };
    Ok((id, text, speakers))
}

/// The default attributor, or one that knows the document's speakers.
fn attributor_for(base: &Attributor, speakers: Vec<KnownSpeaker>) -> Result<Attributor, String> {
    if speakers.is_empty() {
        return Ok(base.clone());
    }
    Attributor::builder()
        .speakers(speakers)
        .build()
        .map_err(|e| format!("speakers: {e}"))
}
