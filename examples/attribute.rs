//! Finds the quotations in a text and prints who said them.
//!
//! ```text
//! attribute [--json] [FILE | -]     one document: the sample article, FILE, or stdin (-)
//! attribute --jsonl [--threads N] [FILE | -]
//!                                   one JSON document per line, from stdin by default
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
//! `--jsonl` streams: lines are read, attributed and written as they come,
//! in input order, so memory stays bounded whatever the number of
//! documents (about `4 × threads` batches of lines are in flight at once,
//! a batch being what one read of the input brought, at most 64 KiB of
//! lines or a single longer line). It
//! uses every core unless `--threads N` says how many worker threads to
//! use. When standard error is a terminal it shows progress there
//! (documents, megabytes, megabytes per second). Each line is independent
//! of the others, so a corpus can be split across machines, e.g. with
//! Hadoop Streaming or Spark's `RDD.pipe` (see the README).
//!
//! Exit codes: 0 on success, 1 when the input could not be read or a JSONL
//! line was malformed (the other lines are still written), 2 on a usage
//! error.

use quotative::{
    Attribution, Attributor, Entity, EntityKind, Gender, Genre, KnownSpeaker, Quote, QuoteKind,
    Rule, Span, Speaker, Workspace,
};
use serde_json::Value;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, IsTerminal, Read, Write};
use std::num::NonZeroUsize;
use std::panic::AssertUnwindSafe;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SYNOPSIS: &str = "\
usage: attribute [--json] [FILE | -]
       attribute --jsonl [--threads N] [FILE | -]
       attribute --help";

const HELP: &str = "\
Finds the quotations in a text and says who said them.

  (no FILE)   attribute a built-in sample news article
  FILE        attribute the UTF-8 text in FILE
  -           attribute the text on standard input
  --json      print the result as JSON: {\"quotes\": [...], \"entities\": [...]}
  --jsonl     read one JSON document per line, {\"id\", \"text\", \"speakers\"?},
              from FILE or standard input, and write one line per document:
              {\"id\", \"quotes\", \"entities\"}, in input order, as the
              lines are read; a malformed line is reported on stderr as
              \"line N: ...\" and skipped; progress is shown on stderr when
              it is a terminal
  --threads N with --jsonl: attribute on N worker threads (default: one
              per core)
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
        /// Worker threads; `None`: one per core.
        threads: Option<NonZeroUsize>,
    },
}

/// Where the text comes from.
enum Input {
    Sample,
    Stdin,
    File(PathBuf),
}

/// The value of `--threads`: a whole number of at least 1.
fn parse_threads(value: Option<&str>) -> Result<NonZeroUsize, String> {
    let value = value.ok_or("--threads needs a value: the number of worker threads")?;
    value.parse::<NonZeroUsize>().map_err(|_| {
        format!("invalid --threads value {value:?}: expected a whole number of at least 1")
    })
}

fn parse_args(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let (mut json, mut jsonl, mut file) = (false, false, None);
    let mut threads = None;
    let mut options_done = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.to_str() {
            Some("-h" | "--help") if !options_done => return Ok(Command::Help),
            Some("--json") if !options_done => json = true,
            Some("--jsonl") if !options_done => jsonl = true,
            Some("--threads") if !options_done => {
                let value = args.next();
                threads = Some(parse_threads(
                    value.as_ref().map(|v| v.to_str().unwrap_or("")),
                )?);
            }
            Some(flag) if flag.starts_with("--threads=") && !options_done => {
                threads = Some(parse_threads(flag.strip_prefix("--threads="))?);
            }
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
        (_, true) => Ok(Command::Jsonl { input, threads }),
        (_, false) if threads.is_some() => Err("--threads needs --jsonl".into()),
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
        Command::Jsonl { input, threads } => {
            let threads = threads
                .or_else(|| std::thread::available_parallelism().ok())
                .unwrap_or(NonZeroUsize::MIN);
            jsonl(&input, threads)
        }
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
    let result = attributor.attribute_in(text, &mut Workspace::new());
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        let mut json = Vec::with_capacity(pretty_json_size(&result));
        write_result::<true>(&mut json, &mut EnumJson::default(), None, &result)
            .map_err(|e| e.to_string())?;
        json.push(b'\n');
        out.write_all(&json).map_err(|e| e.to_string())?;
    } else {
        write_table(&mut out, text, &result).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Room for the pretty JSON of `result`, so that its buffer does not grow
/// (and copy what it holds) on the way: a little more than a quote, an
/// entity and a mention of news take (about 540, 120 and 50 bytes).
fn pretty_json_size(result: &Attribution) -> usize {
    let mentions: usize = result.entities.iter().map(|e| e.mentions.len()).sum();
    1024 + 640 * result.quotes.len() + 160 * result.entities.len() + 64 * mentions
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

/// Writes a document's result as JSON: byte for byte what serde_json
/// writes for the id (when there is one) beside the flattened result, in
/// one line when `PRETTY` is false (`to_writer`, the lines of `--jsonl`,
/// without their newline) and indented by two spaces when it is true
/// (`to_writer_pretty`, `--json`). It does not detour through serde's map
/// for the flattened spans, nor through serde's formatter for every
/// punctuation mark. Every struct is taken apart field by field, so that a
/// new field cannot be left out unnoticed; the id, enums (each value once,
/// see [`EnumJson`]), numbers with a fraction and strings that need
/// escapes are still written by serde_json. What it writes is laid out
/// in a buffer on the stack first ([`Staged`]).
fn write_result<const PRETTY: bool>(
    out: &mut Vec<u8>,
    enums: &mut EnumJson,
    id: Option<&Value>,
    result: &Attribution,
) -> serde_json::Result<()> {
    let Attribution {
        quotes,
        entities,
        genre,
    } = result;
    let mut buffer = [0; STAGED];
    let out = &mut Staged::new(out, &mut buffer);
    let mut json = Layout::<PRETTY> { depth: 0 };
    json.open(out, b'{');
    if let Some(id) = id {
        json.key(out, true, b",\"id\":");
        // (most ids are strings: copied as `write_str` copies one)
        match id {
            Value::String(id) => write_str(out, id)?,
            id => serde_json::to_writer(out.unstaged(), id)?,
        }
    }
    json.key(out, id.is_none(), b",\"quotes\":");
    json.open(out, b'[');
    for (i, quote) in quotes.iter().enumerate() {
        let Quote {
            span,
            kind,
            speaker,
            content,
            cue,
            rule,
            confidence,
        } = quote;
        json.item(out, i == 0);
        json.open(out, b'{');
        json.span_fields(out, true, *span);
        json.key(out, false, b",\"kind\":");
        enums.quote_kinds.write(out, *kind)?;
        json.key(out, false, b",\"speaker\":");
        match speaker {
            None => out.extend_from_slice(b"null"),
            Some(Speaker {
                name,
                mention,
                entity,
            }) => {
                json.open(out, b'{');
                json.key(out, true, b",\"name\":");
                write_str(out, name)?;
                json.span_fields(out, false, *mention);
                json.key(out, false, b",\"entity\":");
                match entity {
                    None => out.extend_from_slice(b"null"),
                    Some(e) => write_usize(out, *e),
                }
                json.close(out, b'}', false);
            }
        }
        json.key(out, false, b",\"content\":");
        json.span(out, *content);
        json.key(out, false, b",\"cue\":");
        match cue {
            None => out.extend_from_slice(b"null"),
            Some(cue) => json.span(out, *cue),
        }
        json.key(out, false, b",\"rule\":");
        enums.rules.write(out, *rule)?;
        json.key(out, false, b",\"confidence\":");
        let confidence = Confidence {
            bits: confidence.to_bits(),
            rule: *rule,
        };
        enums.confidences.write(out, confidence)?;
        json.close(out, b'}', false);
    }
    json.close(out, b']', quotes.is_empty());
    json.key(out, false, b",\"entities\":");
    json.open(out, b'[');
    for (i, entity) in entities.iter().enumerate() {
        let Entity {
            name,
            kind,
            gender,
            mentions,
        } = entity;
        json.item(out, i == 0);
        json.open(out, b'{');
        json.key(out, true, b",\"name\":");
        write_str(out, name)?;
        json.key(out, false, b",\"kind\":");
        enums.entity_kinds.write(out, *kind)?;
        json.key(out, false, b",\"gender\":");
        enums.genders.write(out, *gender)?;
        json.key(out, false, b",\"mentions\":");
        json.open(out, b'[');
        for (k, mention) in mentions.iter().enumerate() {
            json.item(out, k == 0);
            json.span(out, *mention);
        }
        json.close(out, b']', mentions.is_empty());
        json.close(out, b'}', false);
    }
    json.close(out, b']', entities.is_empty());
    json.key(out, false, b",\"genre\":");
    enums.genres.write(out, *genre)?;
    json.close(out, b'}', false);
    out.flush();
    Ok(())
}

/// JSON on its way to the output: laid out first in a buffer on the
/// stack, and moved to the output whenever the buffer is full and at the
/// end. Writing to the buffer costs a comparison (is there room?) where
/// writing to the output `Vec` costs a check of its capacity and a load
/// and a store of its length, which the compiler cannot keep in a
/// register as it keeps the buffer's length. (The buffer is borrowed, not
/// a field: the compiler keeps a field in a register only when no address
/// into its struct is computed at run time.)
struct Staged<'a> {
    out: &'a mut Vec<u8>,
    buffer: &'a mut [u8; STAGED],
    len: usize,
}

/// The size of [`Staged`]'s buffer: a few quotes' JSON.
const STAGED: usize = 1024;

impl<'a> Staged<'a> {
    fn new(out: &'a mut Vec<u8>, buffer: &'a mut [u8; STAGED]) -> Staged<'a> {
        Staged {
            out,
            buffer,
            len: 0,
        }
    }

    /// Adds `bytes` (copied straight to the output when they are longer
    /// than the buffer).
    #[inline(always)]
    fn extend_from_slice(&mut self, bytes: &[u8]) {
        if self.len + bytes.len() > STAGED {
            self.flush();
            if bytes.len() > STAGED {
                self.out.extend_from_slice(bytes);
                return;
            }
        }
        self.buffer[self.len..self.len + bytes.len()].copy_from_slice(bytes);
        self.len += bytes.len();
    }

    #[inline(always)]
    fn push(&mut self, byte: u8) {
        self.extend_from_slice(&[byte]);
    }

    /// Takes back the last `n` bytes added: some of the last addition,
    /// the bytes copied after a piece by a window of known width (no
    /// wider than the buffer, so that the window went to the buffer).
    #[inline(always)]
    fn cut_back(&mut self, n: usize) {
        self.len -= n;
    }

    /// Moves what the buffer holds to the output. (Always inlined: a
    /// call would take the address of the `Staged`, and its length would
    /// no longer be kept in a register.)
    #[inline(always)]
    fn flush(&mut self) {
        self.out.extend_from_slice(&self.buffer[..self.len]);
        self.len = 0;
    }

    /// The output, with what the buffer held moved to it: for what
    /// serde_json writes.
    fn unstaged(&mut self) -> &mut Vec<u8> {
        self.flush();
        self.out
    }
}

/// The punctuation and white space of [`write_result`]'s JSON: compact,
/// or (`PRETTY`) laid out as serde_json's `PrettyFormatter` lays it out,
/// each field and element on a line of its own, indented two spaces per
/// level of `depth`, and an empty array as `[]`.
struct Layout<const PRETTY: bool> {
    /// How many objects and arrays are open.
    depth: usize,
}

impl<const PRETTY: bool> Layout<PRETTY> {
    /// Opens an object (`{`) or an array (`[`).
    #[inline]
    fn open(&mut self, out: &mut Staged, bracket: u8) {
        out.push(bracket);
        self.depth += 1;
    }

    /// Closes an object or an array with `bracket`; `empty` says whether
    /// it had no field or element.
    #[inline]
    fn close(&mut self, out: &mut Staged, bracket: u8, empty: bool) {
        self.depth -= 1;
        if PRETTY && !empty {
            self.new_line(out);
        }
        out.push(bracket);
    }

    /// Starts a field or an element: the comma after the one before it
    /// (unless it is the `first`), and in pretty JSON its own line.
    #[inline]
    fn item(&mut self, out: &mut Staged, first: bool) {
        if !first {
            out.push(b',');
        }
        if PRETTY {
            self.new_line(out);
        }
    }

    /// Starts a field: the comma before it unless it is the `first`, then
    /// the field's name in quotes with its colon, and in pretty JSON its own
    /// line and the space after the colon. `key` is the comma, the name and
    /// the colon (`,"start":`), so that compact JSON copies it in one go.
    /// (Always inlined, as [`new_line`](Self::new_line) is: `key` is then a
    /// constant and its copy one of known length, not a call to memcpy.)
    /// In pretty JSON the comma, the line break, the indentation, the name
    /// and the space are laid out in a buffer of spaces and copied by a
    /// window of its width, cut back (one copy of known length, not four
    /// pieces), where they fit in it: at every depth of the result.
    #[inline(always)]
    fn key(&mut self, out: &mut Staged, first: bool, key: &[u8]) {
        /// The width of the buffer of a field's start in pretty JSON.
        const WIDTH: usize = 48;
        let indent = 2 * self.depth;
        if PRETTY && 2 + indent + key.len() <= WIDTH {
            let mut field = [b' '; WIDTH];
            let mut at = usize::from(!first);
            field[0] = b',';
            field[at] = b'\n';
            at += 1 + indent;
            field[at..at + key.len() - 1].copy_from_slice(&key[1..]);
            // (and the space after the colon, a space of the buffer)
            at += key.len();
            out.extend_from_slice(&field);
            out.cut_back(WIDTH - at);
        } else if PRETTY {
            self.item(out, first);
            out.extend_from_slice(&key[1..]);
            out.push(b' ');
        } else if first {
            out.extend_from_slice(&key[1..]);
        } else {
            out.extend_from_slice(key);
        }
    }

    /// A line break and the indentation of the current depth: a line
    /// break and enough spaces for any depth of the result (five levels)
    /// copied at once, a copy of known length, and cut back to the depth's.
    #[inline(always)]
    fn new_line(&self, out: &mut Staged) {
        const LINE: &[u8; 17] = b"\n                ";
        let indent = 2 * self.depth;
        if indent < LINE.len() {
            out.extend_from_slice(LINE);
            out.cut_back(LINE.len() - 1 - indent);
        } else {
            out.push(b'\n');
            for _ in 0..indent {
                out.push(b' ');
            }
        }
    }

    /// A span as a JSON object: `{"start":S,"end":E}`.
    #[inline(always)]
    fn span(&mut self, out: &mut Staged, span: Span) {
        self.open(out, b'{');
        self.span_fields(out, true, span);
        self.close(out, b'}', false);
    }

    /// A span's fields, as flattened into the object around them
    /// (`"start":S,"end":E`); `first` says whether they open the object.
    #[inline(always)]
    fn span_fields(&mut self, out: &mut Staged, first: bool, span: Span) {
        let Span { start, end } = span;
        self.key(out, first, b",\"start\":");
        write_usize(out, start);
        self.key(out, false, b",\"end\":");
        write_usize(out, end);
    }
}

/// A number in decimal, as serde_json writes it. A number of at most
/// eight digits (every offset in a text under 100 MB) has its digits
/// gathered in a word, two at a time from the last (each pair shifting
/// the ones gathered before it up), and copied by one store of the word,
/// cut back to them; a wider one is written out of line.
#[inline(always)]
fn write_usize(out: &mut Staged, n: usize) {
    if n >= 100_000_000 {
        let (digits, len) = wide_digits(n);
        out.extend_from_slice(&digits);
        out.cut_back(digits.len() - len);
        return;
    }
    let (mut rest, mut digits, mut len) = (n, 0u64, 0);
    while rest >= 100 {
        digits = digits << 16 | u64::from(DIGIT_PAIRS[rest % 100]);
        rest /= 100;
        len += 2;
    }
    if rest >= 10 {
        digits = digits << 16 | u64::from(DIGIT_PAIRS[rest]);
        len += 2;
    } else {
        digits = digits << 8 | u64::from(b'0' + rest as u8);
        len += 1;
    }
    out.extend_from_slice(&digits.to_le_bytes());
    out.cut_back(8 - len);
}

/// The digits of a number of more than eight, and how many there are.
/// (Not given the [`Staged`]: a call that takes its address would keep
/// its length out of a register.)
#[cold]
fn wide_digits(n: usize) -> ([u8; 20], usize) {
    let mut digits = [0; 20];
    let decimal = n.to_string();
    digits[..decimal.len()].copy_from_slice(decimal.as_bytes());
    (digits, decimal.len())
}

/// The two digits of each number below 100 as a little-endian word (the
/// first digit in the low byte): "00", "01", … "99".
const DIGIT_PAIRS: [u16; 100] = {
    let mut pairs = [0; 100];
    let mut n = 0;
    while n < 100 {
        pairs[n] = u16::from_le_bytes([b'0' + (n / 10) as u8, b'0' + (n % 10) as u8]);
        n += 1;
    }
    pairs
};

/// The JSON of the result's enum values, as serde_json writes them: each
/// value is written by serde_json once per worker and copied afterwards
/// (serde_json's writing of a unit variant costs more than a whole span).
#[derive(Default)]
struct EnumJson {
    quote_kinds: WrittenOnce<QuoteKind>,
    rules: WrittenOnce<Rule>,
    entity_kinds: WrittenOnce<EntityKind>,
    genders: WrittenOnce<Gender>,
    genres: WrittenOnce<Genre>,
    /// (a confidence is one of a few values, one per rule)
    confidences: WrittenOnce<Confidence>,
}

/// A quote's confidence by its bits: written as serde_json writes the
/// `f32`, and told apart by its bits (so that a NaN, were there one,
/// would be written once too); kept in its rule's slot, as a rule gives
/// one confidence.
#[derive(Clone, Copy, PartialEq)]
struct Confidence {
    bits: u32,
    rule: Rule,
}

impl serde::Serialize for Confidence {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        f32::from_bits(self.bits).serialize(serializer)
    }
}

/// A value whose JSON [`WrittenOnce`] keeps, and the slot it is kept in:
/// a small number, so that finding the JSON is one look-up.
trait Slotted: Copy + PartialEq + serde::Serialize {
    fn slot(self) -> usize;
}

/// The enums' slots: their discriminants.
macro_rules! slotted_by_discriminant {
    ($($enum:ty),*) => {$(
        impl Slotted for $enum {
            fn slot(self) -> usize {
                self as usize
            }
        }
    )*};
}
slotted_by_discriminant!(QuoteKind, Rule, EntityKind, Gender, Genre);

impl Slotted for Confidence {
    fn slot(self) -> usize {
        self.rule.slot()
    }
}

/// The JSON of the values of one type met so far, by their slots (the
/// value is kept beside its JSON: in a slot that two values share, the
/// last one met).
struct WrittenOnce<T> {
    slots: Vec<Option<(T, Written)>>,
}

/// The width of [`Written::Padded`]: more than the JSON of any value of
/// the enums written (the longest, a rule's name, takes 27 bytes).
const WRITTEN_WIDTH: usize = 32;

/// One value's JSON, kept for copying.
enum Written {
    /// JSON of at most [`WRITTEN_WIDTH`] bytes (every value so far),
    /// zero-padded to that width, and its length: copied by a window of
    /// the whole width and cut back, a copy of known length where the
    /// JSON's own length made it a call to memcpy.
    Padded([u8; WRITTEN_WIDTH], usize),
    /// Longer JSON, copied as it is.
    Long(Box<[u8]>),
}

impl<T> Default for WrittenOnce<T> {
    fn default() -> WrittenOnce<T> {
        WrittenOnce { slots: Vec::new() }
    }
}

impl<T: Slotted> WrittenOnce<T> {
    // (always inlined: a call per value cost more than the copy)
    #[inline(always)]
    fn write(&mut self, out: &mut Staged, value: T) -> serde_json::Result<()> {
        let slot = value.slot();
        let json = match self.slots.get(slot) {
            Some(Some((seen, json))) if *seen == value => json,
            _ => self.learn(slot, value)?,
        };
        match json {
            Written::Padded(padded, len) => {
                out.extend_from_slice(padded);
                out.cut_back(WRITTEN_WIDTH - len);
            }
            Written::Long(json) => out.extend_from_slice(json),
        }
        Ok(())
    }

    /// Writes `value`'s JSON with serde_json, and keeps it in `slot`.
    #[cold]
    fn learn(&mut self, slot: usize, value: T) -> serde_json::Result<&Written> {
        let json = serde_json::to_vec(&value)?;
        let written = if json.len() <= WRITTEN_WIDTH {
            let mut padded = [0; WRITTEN_WIDTH];
            padded[..json.len()].copy_from_slice(&json);
            Written::Padded(padded, json.len())
        } else {
            Written::Long(json.into_boxed_slice())
        };
        if self.slots.len() <= slot {
            self.slots.resize_with(slot + 1, || None);
        }
        let kept = self.slots[slot].insert((value, written));
        Ok(&kept.1)
    }
}

/// A JSON string: copied between quotes when nothing in it needs an
/// escape (as serde_json escapes only `"`, `\\` and control characters),
/// else written by serde_json.
#[inline(always)]
fn write_str(out: &mut Staged, s: &str) -> serde_json::Result<()> {
    if needs_escape(s.as_bytes()) {
        return serde_json::to_writer(out.unstaged(), s);
    }
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
    Ok(())
}

/// Whether some byte of `bytes` needs an escape in a JSON string: a
/// control character (below 0x20), `"` or `\\`. Eight bytes at a time,
/// with the bit tricks that tell whether a word has a byte below a bound
/// or a zero byte (both exact as to whether there is one); the bytes after
/// the last whole eight as the last eight bytes (read again in part: the
/// test only asks whether there is such a byte), byte by byte only in a
/// string shorter than eight.
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (the high bit of each byte of `x` below `bound` is set in the
    // result, and maybe others, but only above such a byte)
    let below = |x: u64, bound: u8| x.wrapping_sub(ONES * u64::from(bound)) & !x;
    let has_escape = |eight: &[u8; 8]| {
        let x = u64::from_le_bytes(*eight);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        (below(x, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH != 0
    };
    let Some(last) = bytes.last_chunk::<8>() else {
        return bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
    };
    let mut chunks = bytes.chunks_exact(8);
    chunks
        .by_ref()
        .any(|chunk| has_escape(chunk.try_into().unwrap_or(&[0; 8])))
        || (!chunks.remainder().is_empty() && has_escape(last))
}

#[cfg(test)]
mod writing_tests {
    use super::*;

    /// A result with what the writer treats apart: every kind of quote,
    /// no speaker, a speaker without an entity, no cue, names that need
    /// escapes, a name longer than the staging buffer, the widest numbers,
    /// an entity without mentions, and enough quotes and mentions that the
    /// staging buffer fills many times over.
    fn varied_result() -> Attribution {
        let kinds = [
            QuoteKind::Direct,
            QuoteKind::Partial,
            QuoteKind::Indirect,
            QuoteKind::Scare,
        ];
        let rules = [
            Rule::QuoteThenTag,
            Rule::ReportedSpeechTagAfter,
            Rule::NoSpeaker,
        ];
        let names = [
            "Ana Silva".to_string(),
            "a \"quoted\" back\\slash and a\nnew line\u{1}".to_string(),
            "Ω".repeat(STAGED),
            String::new(),
        ];
        let quotes = (0..200)
            .map(|i| Quote {
                span: Span::new(i * 97, usize::MAX - i),
                kind: kinds[i % kinds.len()],
                speaker: (i % 5 != 0).then(|| Speaker {
                    name: names[i % names.len()].clone(),
                    mention: Span::new(i, i * 1_000_003),
                    entity: (i % 3 != 0).then_some(i * 7),
                }),
                content: Span::new(i + 1, i + 10),
                cue: (i % 4 != 0).then(|| Span::new(9, 99_999)),
                rule: rules[i % rules.len()],
                confidence: [0.95, 0.5, 0.1, 1.0 / 3.0][i % 4],
            })
            .collect();
        let entities = (0..60)
            .map(|i| Entity {
                name: names[i % names.len()].clone(),
                kind: [
                    EntityKind::Person,
                    EntityKind::Organisation,
                    EntityKind::Nominal,
                ][i % 3],
                gender: [Gender::Female, Gender::Male, Gender::Other, Gender::Unknown][i % 4],
                mentions: (0..i * 3).map(|k| Span::new(k * 10, k * 10 + i)).collect(),
            })
            .collect();
        Attribution {
            quotes,
            entities,
            genre: Genre::Fiction,
        }
    }

    #[test]
    fn writes_numbers_as_serde_json_does() {
        let mut numbers = vec![usize::MAX, usize::MAX - 1];
        for digits in 0..20 {
            let power = 10usize.pow(digits);
            numbers.extend([power - 1, power, power + 1, power + power / 2]);
        }
        let mut out = Vec::new();
        let mut buffer = [0; STAGED];
        let mut staged = Staged::new(&mut out, &mut buffer);
        for &n in &numbers {
            write_usize(&mut staged, n);
            staged.push(b',');
        }
        staged.flush();
        let expected: String = numbers
            .iter()
            .map(|n| format!("{},", serde_json::json!(n)))
            .collect();
        assert_eq!(String::from_utf8_lossy(&out), expected);
    }

    #[test]
    fn writes_what_serde_json_writes() {
        #[derive(serde::Serialize)]
        struct OutputLine<'a> {
            id: &'a Value,
            #[serde(flatten)]
            result: &'a Attribution,
        }
        let empty = Attribution::default();
        let varied = varied_result();
        let ids = [
            Value::from("doc-1"),
            Value::from("needs \"escapes\""),
            Value::from(7),
            serde_json::json!({"nested": [1, "two"]}),
        ];
        let mut enums = EnumJson::default();
        for result in [&empty, &varied] {
            for id in &ids {
                let mut out = b"before".to_vec();
                write_result::<false>(&mut out, &mut enums, Some(id), result).expect("writes");
                let expected =
                    serde_json::to_string(&OutputLine { id, result }).expect("serializes");
                assert_eq!(String::from_utf8_lossy(&out[6..]), expected);
            }
            let mut out = Vec::new();
            write_result::<true>(&mut out, &mut enums, None, result).expect("writes");
            let expected = serde_json::to_string_pretty(result).expect("serializes");
            assert_eq!(String::from_utf8_lossy(&out), expected);
        }
    }
}

/// One input line, numbered from 1 in the input: its bytes lent by the
/// reader (`&[u8]`) or, in a batch for the workers, their own.
struct Line<B = Vec<u8>> {
    number: usize,
    bytes: B,
}

/// What became of one line: where its output line (with its newline)
/// ends in the output of its batch ([`Finished`]), or why it was skipped;
/// and how many input bytes it stood for.
struct Done {
    number: usize,
    output: Result<usize, String>,
    input_len: usize,
}

/// A batch of lines attributed: the output lines of the good ones, one
/// after the other in one buffer (no buffer per line, and the writer
/// copies them out at once), and what became of each line.
#[derive(Default)]
struct Finished {
    output: Vec<u8>,
    lines: Vec<Done>,
    /// Whether the input read so far ended with this batch: then its
    /// output goes out at once, not when the output buffer fills, so that
    /// the results of a source that writes slowly (a pipe, a terminal)
    /// are not held back until more input comes.
    input_used_up: bool,
}

impl Finished {
    /// Attributes `line` and adds its outcome to the batch.
    fn add(
        &mut self,
        base: &Attributor,
        enums: &mut EnumJson,
        scratch: &mut Scratch,
        line: Line<&[u8]>,
    ) {
        let done = process(base, enums, scratch, line, &mut self.output);
        self.lines.push(done);
    }

    fn clear(&mut self) {
        self.output.clear();
        self.lines.clear();
        self.input_used_up = false;
    }
}

/// Attributes a stream of JSON lines on `threads` workers, writing the
/// results in input order as they come. Returns whether every line was
/// good; a malformed line is reported on stderr and skipped.
fn jsonl(input: &Input, threads: NonZeroUsize) -> Result<bool, String> {
    let source: Box<dyn Read + Send> = match input {
        Input::File(path) => Box::new(
            std::fs::File::open(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?,
        ),
        Input::Stdin | Input::Sample => Box::new(io::stdin()),
    };
    let reader = io::BufReader::with_capacity(BATCH_BYTES, source);
    let name = input_name(input).into_owned();
    let mut sink = Sink::new();
    if threads.get() == 1 {
        // No threads to feed: read, attribute and write in turn.
        // (the output goes to the sink a batch at a time, as with threads)
        let base = Attributor::new();
        let mut enums = EnumJson::default();
        let mut scratch = Scratch::new();
        let mut batch = Finished::default();
        read_lines(reader, &name, |reading| {
            match reading {
                Reading::Line(line) => {
                    batch.add(&base, &mut enums, &mut scratch, line);
                    if batch.output.len() < BATCH_BYTES {
                        return Ok(());
                    }
                }
                Reading::InputUsedUp => batch.input_used_up = true,
            }
            let written = sink.write(&batch);
            batch.clear();
            written
        })?;
        sink.write(&batch)?;
    } else {
        in_parallel(reader, &name, threads.get(), &mut sink)?;
    }
    sink.finish()
}

/// What [`read_lines`] hands on.
enum Reading<'a> {
    /// The next non-blank line (in the reader's buffer, which the next
    /// line reuses).
    Line(Line<&'a [u8]>),
    /// The input read so far is used up: reading the next line may wait
    /// for the source.
    InputUsedUp,
}

/// Calls `each` on every non-blank line of `reader`, in order, and with
/// [`Reading::InputUsedUp`] before each read that may wait for the source.
/// A line is lent straight from the reader's buffer when the buffer holds
/// it whole (most lines), and gathered in a buffer of its own otherwise.
fn read_lines<R: Read>(
    mut reader: io::BufReader<R>,
    name: &str,
    mut each: impl FnMut(Reading<'_>) -> Result<(), String>,
) -> Result<(), String> {
    // (one buffer for every gathered line, not an allocation per line)
    let mut gathered = Vec::new();
    let mut number = 0;
    loop {
        // (between lines only, as with `read_until`: a batch is handed on
        // when the input runs dry, and a long line is read whole first)
        if reader.buffer().is_empty() && gathered.is_empty() {
            each(Reading::InputUsedUp)?;
        }
        let buffer = match reader.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(format!("cannot read {name}: {e}")),
        };
        let Some(newline) = find_newline(buffer) else {
            if buffer.is_empty() {
                break; // the end of the input
            }
            // (a line that goes on in the next read)
            gathered.extend_from_slice(buffer);
            let len = buffer.len();
            reader.consume(len);
            continue;
        };
        number += 1;
        let line = if gathered.is_empty() {
            &buffer[..=newline]
        } else {
            gathered.extend_from_slice(&buffer[..=newline]);
            &gathered
        };
        if !is_blank(line) {
            each(Reading::Line(Line {
                number,
                bytes: line,
            }))?;
        }
        gathered.clear();
        reader.consume(newline + 1);
    }
    // The last line, when no newline ends it.
    if !is_blank(&gathered) {
        each(Reading::Line(Line {
            number: number + 1,
            bytes: &gathered,
        }))?;
    }
    Ok(())
}

/// Whether a line is empty or only white space (and so skipped).
fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Where the first newline of `bytes` is. (Sixty-four bytes at a time, a
/// test that compiles to a few vector instructions, where the standard
/// library's search, behind `read_until`, takes several times as
/// many instructions a byte; then byte by byte in the chunk that has it.)
fn find_newline(bytes: &[u8]) -> Option<usize> {
    const CHUNK: usize = 64;
    let mut skipped = 0;
    for chunk in bytes.chunks_exact(CHUNK) {
        let chunk: &[u8; CHUNK] = chunk.try_into().unwrap_or(&[0; CHUNK]);
        if chunk.iter().fold(false, |any, &b| any | (b == b'\n')) {
            break;
        }
        skipped += CHUNK;
    }
    bytes[skipped..]
        .iter()
        .position(|&b| b == b'\n')
        .map(|at| skipped + at)
}

#[cfg(test)]
mod reading_tests {
    use super::*;

    /// The lines `read_lines` hands on, with their numbers, read through a
    /// buffer of `capacity` bytes.
    fn lines(input: &[u8], capacity: usize) -> Vec<(usize, Vec<u8>)> {
        let mut lines = Vec::new();
        let reader = io::BufReader::with_capacity(capacity, input);
        read_lines(reader, "test", |reading| {
            if let Reading::Line(line) = reading {
                lines.push((line.number, line.bytes.to_vec()));
            }
            Ok(())
        })
        .expect("reading from memory does not fail");
        lines
    }

    #[test]
    fn reads_lines_as_read_until_does_whatever_the_buffer() {
        let input = b"first line\n\n  \t\r\nthe fourth line, longer than a small buffer\r\n\
                      \n0123456789abcdef0123456789abcdef\nlast, without a newline";
        let expected: Vec<(usize, Vec<u8>)> = input
            .split_inclusive(|&b| b == b'\n')
            .enumerate()
            .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
            .map(|(i, line)| (i + 1, line.to_vec()))
            .collect();
        assert_eq!(expected.len(), 4);
        for capacity in [1, 2, 7, 16, 17, 33, 1 << 16] {
            assert_eq!(lines(input, capacity), expected, "capacity {capacity}");
        }
        assert_eq!(lines(b"", 8), []);
        assert_eq!(lines(b"\n \n", 8), []);
    }

    #[test]
    fn finds_the_first_newline_anywhere() {
        for len in 0..70 {
            for at in 0..len {
                let mut bytes = vec![b'a'; len];
                bytes[at] = b'\n';
                if at + 5 < len {
                    bytes[at + 5] = b'\n';
                }
                assert_eq!(find_newline(&bytes), Some(at), "{len} {at}");
            }
            assert_eq!(find_newline(&vec![b'a'; len]), None);
        }
    }
}

/// A worker's scratch space, reused from line to line: the attributor's,
/// and the buffers of the reading of a line. (A panic leaves it fit for
/// the next line, as every use empties what it takes.)
struct Scratch {
    ws: Workspace,
    reading: text_field::Buffers,
}

impl Scratch {
    fn new() -> Scratch {
        Scratch {
            ws: Workspace::new(),
            reading: text_field::Buffers::default(),
        }
    }
}

/// Attributes one line and appends its output line to `out`.
fn process(
    base: &Attributor,
    enums: &mut EnumJson,
    scratch: &mut Scratch,
    line: Line<&[u8]>,
    out: &mut Vec<u8>,
) -> Done {
    let attributed = std::panic::catch_unwind(AssertUnwindSafe(|| {
        attribute_line(base, scratch, line.bytes)
    }))
    .unwrap_or_else(|_| Err("internal error: the attributor panicked".into()));
    let start = out.len();
    let output = attributed.and_then(|(id, result)| {
        let written = write_result::<false>(out, enums, Some(&id), &result);
        // (the result's memory serves the next line's)
        scratch.ws.recycle(result);
        if let Err(e) = written {
            // (no part of a line that could not be written)
            out.truncate(start);
            return Err(e.to_string());
        }
        out.push(b'\n');
        Ok(out.len())
    });
    Done {
        number: line.number,
        output,
        input_len: line.bytes.len(),
    }
}

/// How many batches of lines may be in flight (read but not yet written)
/// per worker: enough to keep every worker busy while one works on a long
/// document.
const IN_FLIGHT_PER_WORKER: usize = 4;

/// The input is read this many bytes at a time, and lines are handed to
/// the workers in batches of at most this many bytes (or one longer line):
/// one hand-over per batch instead of one per line, so that the threads
/// seldom wait on each other.
const BATCH_BYTES: usize = 1 << 16;

/// Reads on this thread, attributes on `workers` threads and writes on
/// another, in input order. Lines go to the workers in batches: the lines
/// read until the input read so far is used up or the batch holds
/// [`BATCH_BYTES`], so that a batch never waits for input that has not
/// come. At most `IN_FLIGHT_PER_WORKER × workers` batches are held at
/// once: the reader takes a ticket for each batch it sends, and the writer
/// returns it once the batch is written.
fn in_parallel<R: Read>(
    reader: io::BufReader<R>,
    name: &str,
    workers: usize,
    sink: &mut Sink,
) -> Result<(), String> {
    let in_flight = IN_FLIGHT_PER_WORKER * workers;
    let (ticket_tx, ticket_rx) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        ticket_tx.send(()).map_err(|e| e.to_string())?;
    }
    let (batch_tx, batch_rx) = mpsc::sync_channel::<Batch>(in_flight);
    let batch_rx = Arc::new(Mutex::new(batch_rx));
    let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Finished)>(in_flight);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (batch_rx, done_tx) = (Arc::clone(&batch_rx), done_tx.clone());
            scope.spawn(move || work(&batch_rx, &done_tx));
        }
        drop(done_tx);
        let writer = scope.spawn(move || write_in_order(&done_rx, &ticket_tx, sink));
        let mut seq = 0;
        let mut batch = Vec::new();
        let mut batch_bytes = 0;
        let mut send = |lines: Vec<Line>, input_used_up: bool| {
            let batch = Batch {
                seq,
                lines,
                input_used_up,
            };
            // No ticket: the writer has stopped (on an error it reports).
            if ticket_rx.recv().is_err() || batch_tx.send(batch).is_err() {
                return Err(String::new());
            }
            seq += 1;
            Ok(())
        };
        let mut read = read_lines(reader, name, |reading| {
            let input_used_up = matches!(reading, Reading::InputUsedUp);
            match reading {
                Reading::Line(Line { number, bytes }) => {
                    batch_bytes += bytes.len();
                    batch.push(Line {
                        number,
                        bytes: bytes.to_vec(),
                    });
                    if batch_bytes < BATCH_BYTES {
                        return Ok(());
                    }
                }
                Reading::InputUsedUp if batch.is_empty() => return Ok(()),
                Reading::InputUsedUp => {}
            }
            batch_bytes = 0;
            send(std::mem::take(&mut batch), input_used_up)
        });
        if !batch.is_empty() {
            // (after a read error too: the lines read before it are
            // written, as they were when lines went one by one)
            let sent = send(batch, true);
            read = read.and(sent);
        }
        drop(batch_tx); // the workers finish, then the writer
        let written = writer
            .join()
            .unwrap_or_else(|_| Err("the writer thread panicked".into()));
        match (read, written) {
            (_, Err(e)) => Err(e),
            (Err(e), Ok(())) => Err(e),
            (Ok(()), Ok(())) => Ok(()),
        }
    })
}

/// Lines on their way to a worker: the `seq`th batch read.
struct Batch {
    seq: usize,
    lines: Vec<Line>,
    /// Whether the input read so far ended with this batch (see
    /// [`Finished::input_used_up`]).
    input_used_up: bool,
}

/// A worker: attributes batches of lines until there are no more.
fn work(batches: &Mutex<Receiver<Batch>>, done: &SyncSender<(usize, Finished)>) {
    let base = Attributor::new();
    let mut enums = EnumJson::default();
    // (one scratch space per worker, reused for every document)
    let mut scratch = Scratch::new();
    loop {
        // The lock is held only to take the next batch.
        let next = match batches.lock() {
            Ok(batches) => batches.recv(),
            Err(_) => return,
        };
        let Ok(Batch {
            seq,
            lines,
            input_used_up,
        }) = next
        else {
            return;
        };
        let mut finished = Finished {
            // (room for the output of a whole batch, so that it does not
            // grow and copy what it holds: output lines are about as long
            // as input lines for fiction, about twice as long for news,
            // whose quotes are short; and a batch holds up to BATCH_BYTES
            // and one more line)
            output: Vec::with_capacity(3 * BATCH_BYTES),
            lines: Vec::with_capacity(lines.len()),
            input_used_up,
        };
        for line in lines {
            let Line { number, bytes } = line;
            let line = Line {
                number,
                bytes: &bytes[..],
            };
            finished.add(&base, &mut enums, &mut scratch, line);
        }
        if done.send((seq, finished)).is_err() {
            return;
        }
    }
}

/// Writes finished batches in input order, returning a ticket for each.
fn write_in_order(
    done: &Receiver<(usize, Finished)>,
    tickets: &SyncSender<()>,
    sink: &mut Sink,
) -> Result<(), String> {
    // Batches finished out of order wait here; at most the in-flight count.
    let mut waiting: VecDeque<Option<Finished>> = VecDeque::new();
    let mut next = 0;
    for (seq, finished) in done {
        let at = seq - next;
        if waiting.len() <= at {
            waiting.resize_with(at + 1, || None);
        }
        waiting[at] = Some(finished);
        while let Some(Some(_)) = waiting.front() {
            if let Some(Some(finished)) = waiting.pop_front() {
                sink.write(&finished)?;
            }
            next += 1;
            // The reader may have finished: a ticket it will not take.
            let _ = tickets.try_send(());
        }
    }
    Ok(())
}

/// Where results go: standard output, errors to standard error, and
/// progress to standard error when it is a terminal.
struct Sink {
    out: BufWriter<io::Stdout>,
    all_good: bool,
    progress: Option<Progress>,
}

/// Progress shown on a terminal.
struct Progress {
    start: Instant,
    last: Instant,
    documents: usize,
    bytes: usize,
}

/// How often progress is redrawn.
const PROGRESS_EVERY: Duration = Duration::from_millis(250);

impl Sink {
    fn new() -> Sink {
        let now = Instant::now();
        Sink {
            out: BufWriter::with_capacity(1 << 16, io::stdout()),
            all_good: true,
            progress: io::stderr().is_terminal().then_some(Progress {
                start: now,
                last: now,
                documents: 0,
                bytes: 0,
            }),
        }
    }

    /// Writes the output lines of a batch, in order, and reports its bad
    /// lines: the good lines between two bad ones go out in one write.
    fn write(&mut self, batch: &Finished) -> Result<(), String> {
        let mut from = 0;
        let mut to = 0;
        for done in &batch.lines {
            match &done.output {
                Ok(end) => to = *end,
                Err(what) => {
                    // (the lines before it out first, so that standard
                    // output and standard error read in order when they
                    // go to one place)
                    self.out
                        .write_all(&batch.output[from..to])
                        .and_then(|()| self.out.flush())
                        .map_err(|e| e.to_string())?;
                    from = to;
                    let clear = if self.progress.is_some() {
                        "\r\x1b[K"
                    } else {
                        ""
                    };
                    eprintln!("{clear}line {}: {what}", done.number);
                    self.all_good = false;
                }
            }
            if let Some(progress) = &mut self.progress {
                progress.documents += 1;
                progress.bytes += done.input_len;
                if progress.last.elapsed() >= PROGRESS_EVERY {
                    progress.last = Instant::now();
                    progress.show(false);
                }
            }
        }
        self.out
            .write_all(&batch.output[from..to])
            .map_err(|e| e.to_string())?;
        if batch.input_used_up {
            self.out.flush().map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Flushes the output; returns whether every line was good.
    fn finish(mut self) -> Result<bool, String> {
        self.out.flush().map_err(|e| e.to_string())?;
        if let Some(progress) = &self.progress {
            progress.show(true);
        }
        Ok(self.all_good)
    }
}

impl Progress {
    fn show(&self, last: bool) {
        let mb = self.bytes as f64 / 1e6;
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let end = if last { "\n" } else { "" };
        eprint!(
            "\r\x1b[K{} documents, {mb:.1} MB, {:.1} MB/s{end}",
            self.documents,
            mb / secs
        );
    }
}

/// The fields of an input line that `--jsonl` reads; the others are
/// skipped without being built.
#[derive(serde::Deserialize)]
struct InputLine<'a> {
    id: Value,
    #[serde(borrow)]
    text: Cow<'a, str>,
    speakers: Option<Value>,
}

/// Attributes one input line: returns its id and the result.
fn attribute_line(
    base: &Attributor,
    scratch: &mut Scratch,
    line: &[u8],
) -> Result<(Value, Attribution), String> {
    let Scratch { ws, reading } = scratch;
    // The common case, read straight into its fields; anything unusual
    // (and every error) goes the long way, through a JSON value. (Checked
    // as UTF-8 first: fields that are skipped are not checked otherwise.)
    let fast = std::str::from_utf8(line).ok().and_then(|line| {
        // Most lines: the text read here, the other fields by serde_json
        // (from the line with the text's value written as "": the same
        // fields, and an error where the whole line has one).
        if let Some(split) = text_field::split(line, reading) {
            if let Some(id) = split.id {
                return Some((Value::String(id.into()), Cow::Borrowed(split.text), None));
            }
            let doc = serde_json::from_str::<InputLine>(split.rest).ok()?;
            return Some((doc.id, Cow::Borrowed(split.text), doc.speakers));
        }
        let doc = serde_json::from_str::<InputLine>(line).ok()?;
        Some((doc.id, doc.text, doc.speakers))
    });
    if let Some((id, text, speakers)) = fast {
        let speakers = match speakers {
            None => Vec::new(),
            Some(list) => {
                serde_json::from_value(list).map_err(|e| format!("invalid \"speakers\": {e}"))?
            }
        };
        let result = attributor_for(base, speakers)?.attribute_in(&text, ws);
        return Ok((id, result));
    }
    let (id, text, speakers) = parse_line(line)?;
    let result = attributor_for(base, speakers)?.attribute_in(&text, ws);
    Ok((id, result))
}

/// Reads one input line: its id, its text and its known speakers.
fn parse_line(line: &[u8]) -> Result<(Value, String, Vec<KnownSpeaker>), String> {
    // A byte-order mark may open a file (and so its first line).
    let line = line.strip_prefix("\u{feff}".as_bytes()).unwrap_or(line);
    if let Err(e) = std::str::from_utf8(line) {
        return Err(format!(
            "not valid UTF-8 (byte offset {} in the line)",
            e.valid_up_to()
        ));
    }
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

/// The reading of an input line's text, the longest field by far, without
/// serde_json: a JSON string scanned thirty-two bytes at a time and unescaped
/// in one pass, where serde_json copies it twice. Only lines of the common
/// shape are read so; any other line is left to serde_json whole.
mod text_field {
    /// An input line with its text taken out.
    pub(crate) struct Split<'a> {
        /// The line with the text's value written as `""`, for serde_json
        /// to read the other fields from.
        pub(crate) rest: &'a str,
        /// The text's value, unescaped.
        pub(crate) text: &'a str,
        /// The id, when the line holds nothing but an id and the text, in
        /// that order (`{"id": "…", "text": "…"}`, most lines), and the id
        /// is a string with no escape and no control character: then the
        /// line needs no other reading (what serde_json reads from `rest`
        /// is this string as the id, and no speakers).
        pub(crate) id: Option<&'a str>,
    }

    /// The buffers of [`split`], reused from line to line (a document's
    /// text is the largest allocation of its reading).
    #[derive(Default)]
    pub(crate) struct Buffers {
        text: String,
        rest: String,
    }

    /// Takes the text out of `line` when the line is a JSON object whose
    /// members before `"text"` have keys without escapes and string values,
    /// and the text's value is a valid JSON string (no control character,
    /// no unknown escape, no lone surrogate). None for any other line.
    ///
    /// The string ends found here are JSON's (a backslash always takes the
    /// byte after it), so serde_json reads `rest` as it would read `line`,
    /// but for the text: it fails on `rest` where it would fail on `line`
    /// (a duplicate `"text"`, say, or a bad escape in another field).
    pub(crate) fn split<'a>(line: &'a str, buffers: &'a mut Buffers) -> Option<Split<'a>> {
        let bytes = line.as_bytes();
        let mut at = skip_space(bytes, 0);
        if bytes.get(at) != Some(&b'{') {
            return None;
        }
        // (the members before the text, and the id's string if it is one
        // of them and plain)
        let mut members = 0;
        let mut plain_id = None;
        loop {
            // (`at` is on the `{` or on the `,` after the last member)
            at = skip_space(bytes, at + 1);
            if bytes.get(at) != Some(&b'"') {
                return None;
            }
            let key_end = string_end(bytes, at + 1)?;
            let key = &bytes[at + 1..key_end];
            if key.contains(&b'\\') {
                return None;
            }
            at = skip_space(bytes, key_end + 1);
            if bytes.get(at) != Some(&b':') {
                return None;
            }
            at = skip_space(bytes, at + 1);
            if bytes.get(at) != Some(&b'"') {
                return None;
            }
            if key == b"text" {
                let Buffers { text, rest } = buffers;
                let (text, end) = unescape(line, at + 1, text)?;
                rest.clear();
                rest.push_str(line.get(..at)?);
                rest.push_str("\"\"");
                rest.push_str(line.get(end..)?);
                // (nothing after the text but the object's end)
                let close = skip_space(bytes, end);
                let ends =
                    bytes.get(close) == Some(&b'}') && skip_space(bytes, close + 1) == bytes.len();
                let id = plain_id.filter(|_| members == 1 && ends);
                return Some(Split { rest, text, id });
            }
            let value_end = string_end(bytes, at + 1)?;
            if key == b"id" && special_from(bytes, at + 1) == value_end {
                plain_id = line.get(at + 1..value_end);
            }
            members += 1;
            at = skip_space(bytes, value_end + 1);
            if bytes.get(at) != Some(&b',') {
                return None;
            }
        }
    }

    /// The first byte from `at` on that is no JSON white space.
    fn skip_space(bytes: &[u8], mut at: usize) -> usize {
        while bytes
            .get(at)
            .is_some_and(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            at += 1;
        }
        at
    }

    /// The closing quote of the JSON string whose contents start at `at`.
    fn string_end(bytes: &[u8], mut at: usize) -> Option<usize> {
        loop {
            match *bytes.get(at)? {
                b'"' => return Some(at),
                b'\\' => at += 2,
                _ => at += 1,
            }
        }
    }

    /// The value of the JSON string whose contents start at `start` (in
    /// `line` when it has no escape, else unescaped into `text`), and where
    /// the string ends (after its closing quote); None if it is no valid
    /// JSON string.
    fn unescape<'a>(line: &'a str, start: usize, text: &'a mut String) -> Option<(&'a str, usize)> {
        let bytes = line.as_bytes();
        let mut at = special_from(bytes, start);
        if *bytes.get(at)? == b'"' {
            return Some((line.get(start..at)?, at + 1));
        }
        text.clear();
        let mut from = start;
        loop {
            // (`from` and `at` are next to ASCII bytes: char boundaries)
            text.push_str(line.get(from..at)?);
            match *bytes.get(at)? {
                b'"' => return Some((text, at + 1)),
                b'\\' => {
                    let (c, len) = escape(bytes.get(at + 1..)?)?;
                    text.push(c);
                    from = at + 1 + len;
                }
                // (a control character, which JSON strings may not hold)
                _ => return None,
            }
            // (escapes come in runs, as the `\n\n` between paragraphs:
            // the byte after one is looked at before a search)
            at = match bytes.get(from) {
                Some(&b) if is_special(b) => from,
                _ => special_from(bytes, from),
            };
        }
    }

    /// Whether `b` ends a run of plain string bytes: a quote, a backslash
    /// or a control character. (The least of three bytes that are zero
    /// for the one or the other, with no branch, so that a test of many
    /// bytes at once compiles to a few vector instructions: xors, a
    /// saturating subtraction, minimums and one comparison with zero,
    /// where three comparisons compiled to more)
    #[inline(always)]
    fn is_special(b: u8) -> bool {
        (b ^ b'"').min(b ^ b'\\').min(b.saturating_sub(0x1F)) == 0
    }

    /// The first special byte ([`is_special`]) at or after `from`, or the
    /// length of `bytes` if there is none.
    fn special_from(bytes: &[u8], from: usize) -> usize {
        const CHUNK: usize = 32;
        let Some(rest) = bytes.get(from..) else {
            return bytes.len();
        };
        let mut skipped = 0;
        for chunk in rest.chunks_exact(CHUNK) {
            let chunk: &[u8; CHUNK] = chunk.try_into().unwrap_or(&[0; CHUNK]);
            if chunk.iter().fold(false, |any, &b| any | is_special(b)) {
                // (where in the chunk: eight bytes at a time)
                for (k, eight) in chunk.chunks_exact(8).enumerate() {
                    let bits = special_bits(eight.try_into().unwrap_or([0; 8]));
                    if bits != 0 {
                        return from + skipped + 8 * k + (bits.trailing_zeros() / 8) as usize;
                    }
                }
            }
            skipped += CHUNK;
        }
        rest[skipped..]
            .iter()
            .position(|&b| is_special(b))
            .map_or(bytes.len(), |i| from + skipped + i)
    }

    /// The high bit of each special byte of `eight` (little-endian) set,
    /// and maybe of bytes after the first special one, never before it:
    /// the bit tricks that tell whether a word has a byte below a bound.
    #[inline(always)]
    fn special_bits(eight: [u8; 8]) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let below = |x: u64, bound: u8| x.wrapping_sub(ONES * u64::from(bound)) & !x;
        let x = u64::from_le_bytes(eight);
        let quote = x ^ (ONES * u64::from(b'"'));
        let backslash = x ^ (ONES * u64::from(b'\\'));
        (below(x, 0x20) | below(quote, 1) | below(backslash, 1)) & HIGH
    }

    /// The character of the escape whose letter opens `after` (the bytes
    /// after the backslash), and how many bytes of `after` it takes; None
    /// for an escape that JSON does not have, or a lone surrogate.
    fn escape(after: &[u8]) -> Option<(char, usize)> {
        let c = match *after.first()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = hex4(after.get(1..5)?)?;
                return match unit {
                    // A leading surrogate: its trailing one must follow.
                    0xD800..=0xDBFF => {
                        if after.get(5..7)? != b"\\u" {
                            return None;
                        }
                        let low = hex4(after.get(7..11)?)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        let c = char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?;
                        Some((c, 11))
                    }
                    _ => Some((char::from_u32(unit)?, 5)),
                };
            }
            _ => return None,
        };
        Some((c, 1))
    }

    /// The number written by four hexadecimal digits.
    fn hex4(digits: &[u8]) -> Option<u32> {
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// What serde_json reads for the text, if `split` reads the line:
        /// the same text, and the same other fields.
        fn agrees(line: &str) -> bool {
            let whole: Result<serde_json::Map<String, serde_json::Value>, _> =
                serde_json::from_str(line);
            let mut buffers = Buffers::default();
            let Some(split) = split(line, &mut buffers) else {
                return false;
            };
            let mut whole = whole.expect("split read a line serde_json rejects");
            let mut rest: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(split.rest).expect("rest is JSON");
            assert_eq!(
                whole.remove("text"),
                Some(serde_json::Value::String(split.text.into())),
                "{line}"
            );
            assert_eq!(rest.remove("text"), Some("".into()));
            assert_eq!(whole, rest);
            if let Some(id) = split.id {
                assert_eq!(whole.len(), 1, "{line}");
                assert_eq!(
                    whole.get("id"),
                    Some(&serde_json::Value::from(id)),
                    "{line}"
                );
            }
            true
        }

        #[test]
        fn reads_texts_as_serde_json_does() {
            let texts = [
                r#""""#,
                r#""plain ASCII and “curly” quotes""#,
                r#""a\nb\tc\rd\be\ff\/g\\h\"i""#,
                r#""\u2019\u201c\u00e9\u0041\u0000\u001f\uFFFD\uffff""#,
                r#""an emoji \ud83d\ude00 and \uD834\uDD1E""#,
                r#""sixteen bytes!!\"then more than sixteen bytes of plain text\\""#,
                r#""\\\\\\\"\"""#,
                r#""ends in an escape\n""#,
                r#""0123456789abcdef0123456789abcde\u00e9f""#,
            ];
            for text in texts {
                for line in [
                    format!(r#"{{"id": "a", "text": {text}}}"#),
                    format!(r#"{{"text":{text},"id":1}}"#),
                    format!(
                        r#" {{ "id" : "x\"y" , "source":"s\\" ,"text" : {text} , "quotes": [{{"text": "q"}}], "speakers": null }} "#
                    ),
                ] {
                    assert!(agrees(&line), "{line}");
                }
            }
        }

        proptest::proptest! {
            /// Strings of quotes, backslashes, escape letters, hexadecimal
            /// digits, control characters and others: where `split` reads
            /// the line, serde_json accepts it or rejects it as it accepts
            /// or rejects the rest, and reads the same text.
            #[test]
            fn agrees_on_any_string(body in "[a\\\\\"/ubfnrtdDcC089A\\x01\\té]{0,24}") {
                let line = format!(r#"{{"id": "x", "text": "{body}"}}"#);
                let whole = serde_json::from_str::<serde_json::Value>(&line);
                let mut buffers = Buffers::default();
                if let Some(split) = split(&line, &mut buffers) {
                    let rest = serde_json::from_str::<serde_json::Value>(split.rest);
                    proptest::prop_assert_eq!(rest.is_ok(), whole.is_ok());
                    if let Ok(whole) = whole {
                        proptest::prop_assert_eq!(whole["text"].as_str(), Some(split.text));
                    }
                } else if let Ok(whole) = whole {
                    // (left to serde_json only for a surrogate, here)
                    proptest::prop_assert!(body.contains("\\u"), "{whole}");
                }
            }
        }

        /// Every line of the JSONL files named by `QUOTATIVE_JSONL`
        /// (separated by `:`): read as serde_json reads it, or left to it.
        #[test]
        #[ignore = "reads corpora named by QUOTATIVE_JSONL"]
        fn reads_corpus_lines_as_serde_json_does() {
            let paths = std::env::var("QUOTATIVE_JSONL").unwrap_or_default();
            for path in paths.split(':').filter(|p| !p.is_empty()) {
                let corpus = std::fs::read_to_string(path).expect("a readable corpus");
                let read = corpus.lines().filter(|line| agrees(line)).count();
                eprintln!("{path}: {read} of {} lines read", corpus.lines().count());
            }
        }

        #[test]
        fn finds_the_first_special_byte_anywhere() {
            // (plain bytes around it: ASCII, and the bytes of “ and é,
            // whose high bits the tests of eight bytes must not mistake)
            for plain in ["a", "\u{201c}", "\u{e9}"] {
                let run = plain.repeat(48);
                for special in [b'"', b'\\', 0x00, 0x1F, b'\n'] {
                    for at in 0..40 {
                        let mut bytes = run.as_bytes().to_vec();
                        bytes[at] = special;
                        // (and a second one after it, which must not win)
                        bytes[at + 3] = b'"';
                        for from in 0..=at {
                            assert_eq!(special_from(&bytes, from), at, "{plain} {special} {at}");
                        }
                    }
                }
                assert_eq!(special_from(run.as_bytes(), 0), run.len());
            }
        }

        #[test]
        fn reads_the_id_of_a_line_of_an_id_and_a_text() {
            let lines = [
                (r#"{"id": "a-1", "text": "b"}"#, Some("a-1")),
                ("{\"id\":\"é\",\"text\":\"b\\n\"} \r\n", Some("é")),
                (r#"{"id": "", "text": ""}"#, Some("")),
                (r#"{"id": "a\u0041", "text": "b"}"#, None),
                ("{\"id\": \"a\tb\", \"text\": \"b\"}", None),
                (r#"{"id": "a", "text": "b", "speakers": []}"#, None),
                (r#"{"x": "y", "id": "a", "text": "b"}"#, None),
                (r#"{"id": "a", "id": "c", "text": "b"}"#, None),
                (r#"{"key": "a", "text": "b"}"#, None),
                (r#"{"id": "a", "text": "b"} x"#, None),
                (r#"{"id": "a", "text": "b"}}"#, None),
            ];
            for (line, id) in lines {
                let mut buffers = Buffers::default();
                let split = split(line, &mut buffers).expect("the common shape");
                assert_eq!(split.id, id, "{line}");
                if id.is_some() {
                    assert!(agrees(line), "{line}");
                }
            }
        }

        #[test]
        fn leaves_unusual_lines_to_serde_json() {
            for line in [
                // the shape: no object, a member before the text that is
                // no string, a key with an escape, no text
                r#"["text", "a"]"#,
                r#"{"id": 1, "text": "a"}"#,
                r#"{"te\u0078t": "a"}"#,
                r#"{"id": "a"}"#,
                "\u{feff}{\"text\": \"a\"}",
                // the text: no string, unterminated, a control character,
                // a bad escape, lone surrogates
                r#"{"text": 1}"#,
                r#"{"text": "abc"#,
                "{\"text\": \"a\tb\"}",
                "{\"text\": \"a\u{1}b\"}",
                r#"{"text": "a\xb"}"#,
                r#"{"text": "a\u12"}"#,
                r#"{"text": "a\u12g4"}"#,
                r#"{"text": "\ud800"}"#,
                r#"{"text": "\ud800\u0041"}"#,
                r#"{"text": "\udc00\ud800"}"#,
            ] {
                assert!(split(line, &mut Buffers::default()).is_none(), "{line}");
            }
        }

        #[test]
        fn serde_json_still_judges_the_other_fields() {
            for line in [
                r#"{"id": "a", "text": "b", "text": "c"}"#,
                r#"{"id": "a\x", "text": "b"}"#,
                r#"{"id": "a", "text": "b"} x"#,
                r#"{"id": "a", "text": "b",}"#,
            ] {
                let mut buffers = Buffers::default();
                let split = split(line, &mut buffers).expect("the common shape");
                assert!(serde_json::from_str::<super::super::InputLine>(split.rest).is_err());
                assert!(serde_json::from_str::<super::super::InputLine>(line).is_err());
            }
        }
    }
}
