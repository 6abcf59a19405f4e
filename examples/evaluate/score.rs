//! A faithful port of `../shared/eval/score.py`: the same metric definitions,
//! overlap rules, name normalisation and speaker check, so that the
//! project's own harness prints the numbers the shared scorer prints.
//!
//! It is shared by the `evaluate` example and the `evaluate_agrees` test
//! (`#[path = "../examples/evaluate/score.rs"] mod score;`), so it depends
//! only on `quotative`, `serde_json` and `std`.
//!
//! All offsets are UTF-8 byte offsets, as in the gold files; like the
//! scorer, text is sliced as bytes and decoded lossily.
#![allow(dead_code)]

use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// score.py's `TITLE`: words skipped when comparing surnames.
pub const TITLE: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "lady",
    "lord",
    "sen",
    "rep",
    "gov",
    "president",
    "prime",
    "minister",
    "the",
    "a",
    "an",
    "said",
    "says",
];

// ---------------------------------------------------------------------------
// Gold documents
// ---------------------------------------------------------------------------

/// One gold document (one line of a gold JSONL file).
#[derive(Clone, Debug)]
pub struct GoldDoc {
    /// The document's `id`, as written (usually a string).
    pub id: Value,
    /// `source`: "polnear", "pdnc" or "seed".
    pub source: Option<String>,
    /// The document text; gold offsets are UTF-8 byte offsets into it.
    pub text: String,
    /// The gold items, in file order.
    pub quotes: Vec<GoldQuote>,
    /// The raw `speakers` cast list (PDNC), when present and not null.
    pub speakers: Option<Value>,
    /// The 1-based line of the JSONL file the document came from (0 when
    /// it was not read from a file).
    pub line: usize,
}

/// One gold item.
#[derive(Clone, Debug, Default)]
pub struct GoldQuote {
    pub start: i64,
    pub end: i64,
    /// "direct", "mixed", "partial", "indirect" or "scare"; other kinds are
    /// ignored, as by the scorer.
    pub kind: String,
    /// The gold speaker; `None` for JSON null or a missing field.
    pub speaker: Option<String>,
    pub speaker_spans: Vec<(i64, i64)>,
    pub aliases: Vec<String>,
    /// Quoted sub-spans; empty when absent (score.py treats `[]` and a
    /// missing field alike).
    pub segments: Vec<(i64, i64)>,
    /// PDNC's quote type; `None` when absent or empty (score.py tests its
    /// truthiness).
    pub quote_type: Option<String>,
    /// Seed only: neither required nor penalised.
    pub optional: bool,
}

impl GoldDoc {
    /// Reads a gold document from one parsed JSONL line.
    pub fn from_value(v: &Value) -> Result<GoldDoc, String> {
        let obj = v.as_object().ok_or("a gold line must be a JSON object")?;
        let id = obj.get("id").cloned().unwrap_or(Value::Null);
        let text = obj
            .get("text")
            .and_then(Value::as_str)
            .ok_or("missing or non-string \"text\"")?
            .to_string();
        let source = obj
            .get("source")
            .and_then(Value::as_str)
            .map(str::to_string);
        let mut quotes = Vec::new();
        if let Some(qs) = obj.get("quotes") {
            let qs = qs.as_array().ok_or("\"quotes\" is not an array")?;
            for (i, q) in qs.iter().enumerate() {
                quotes.push(GoldQuote::from_value(q).map_err(|e| format!("quote #{i}: {e}"))?);
            }
        } else {
            return Err("missing \"quotes\"".to_string());
        }
        let speakers = obj.get("speakers").filter(|s| !s.is_null()).cloned();
        Ok(GoldDoc {
            id,
            source,
            text,
            quotes,
            speakers,
            line: 0,
        })
    }

    /// Reads a gold document from one JSONL line.
    pub fn from_json(line: &str) -> Result<GoldDoc, String> {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
        GoldDoc::from_value(&v)
    }

    /// The id as plain text (a string id without its JSON quotes).
    pub fn id_str(&self) -> String {
        id_string(&self.id)
    }

    /// Whether the document carries a non-empty cast list.
    pub fn has_speakers(&self) -> bool {
        match &self.speakers {
            Some(Value::Array(a)) => !a.is_empty(),
            Some(Value::Null) | None => false,
            Some(_) => true,
        }
    }
}

fn id_string(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn int_field(obj: &Map<String, Value>, key: &str) -> Result<i64, String> {
    obj.get(key)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("missing or non-integer \"{key}\""))
}

fn span_list(v: Option<&Value>, key: &str) -> Result<Vec<(i64, i64)>, String> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(Vec::new());
    };
    let arr = v
        .as_array()
        .ok_or_else(|| format!("\"{key}\" is not an array"))?;
    arr.iter()
        .map(|s| match s.as_array().map(Vec::as_slice) {
            Some([a, b, ..]) => match (a.as_i64(), b.as_i64()) {
                (Some(a), Some(b)) => Ok((a, b)),
                _ => Err(format!("\"{key}\" holds a non-integer offset")),
            },
            _ => Err(format!(
                "\"{key}\" holds something that is not a [start, end] pair"
            )),
        })
        .collect()
}

impl GoldQuote {
    /// Reads a gold item from its JSON object.
    pub fn from_value(v: &Value) -> Result<GoldQuote, String> {
        let obj = v.as_object().ok_or("a gold quote must be a JSON object")?;
        let speaker = match obj.get("speaker") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(_) => return Err("\"speaker\" is neither a string nor null".to_string()),
        };
        let aliases = match obj.get("aliases") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a
                .iter()
                .map(|x| {
                    x.as_str()
                        .map(str::to_string)
                        .ok_or("\"aliases\" holds a non-string")
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err("\"aliases\" is not an array".to_string()),
        };
        let quote_type = obj
            .get("quote_type")
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string);
        let optional = match obj.get("optional") {
            None | Some(Value::Null) => false,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err("\"optional\" is not a boolean".to_string()),
        };
        Ok(GoldQuote {
            start: int_field(obj, "start")?,
            end: int_field(obj, "end")?,
            kind: obj
                .get("kind")
                .and_then(Value::as_str)
                .ok_or("missing or non-string \"kind\"")?
                .to_string(),
            speaker,
            speaker_spans: span_list(obj.get("speaker_spans"), "speaker_spans")?,
            aliases,
            segments: span_list(obj.get("segments"), "segments")?,
            quote_type,
            optional,
        })
    }

    /// The overlap of `p` with score.py's `segs(g)` (the segments, or the
    /// whole span when there are none), summed.
    fn segs_overlap(&self, p: (i64, i64)) -> i64 {
        if self.segments.is_empty() {
            overlap(p, (self.start, self.end))
        } else {
            self.segments.iter().map(|&s| overlap(p, s)).sum()
        }
    }
}

/// Reads a gold JSONL file: one document per non-blank line. Errors name
/// the file and the line.
pub fn read_gold(path: &std::path::Path) -> Result<Vec<GoldDoc>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse_gold(&data).map_err(|e| format!("{}:{e}", path.display()))
}

/// Parses gold JSONL text; an error starts with its 1-based line number.
pub fn parse_gold(data: &str) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut doc = GoldDoc::from_json(line).map_err(|e| format!("{}: {e}", i + 1))?;
        doc.line = i + 1;
        docs.push(doc);
    }
    Ok(docs)
}

// ---------------------------------------------------------------------------
// System output
// ---------------------------------------------------------------------------

/// One predicted quote: what the scorer reads, plus the rule for error lists.
#[derive(Clone, Debug, PartialEq)]
pub struct SysQuote {
    pub start: i64,
    pub end: i64,
    /// "direct", "partial", "indirect" or "scare".
    pub kind: String,
    pub speaker: Option<SysSpeaker>,
    /// The rule that decided the quote, when known.
    pub rule: Option<String>,
}

/// A predicted speaker: canonical name and the mention used at the quote.
#[derive(Clone, Debug, PartialEq)]
pub struct SysSpeaker {
    pub name: String,
    pub start: i64,
    pub end: i64,
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl SysQuote {
    /// Converts one of the crate's quotes.
    pub fn from_quote(q: &quotative::Quote) -> SysQuote {
        SysQuote {
            start: to_i64(q.span.start),
            end: to_i64(q.span.end),
            kind: q.kind.as_str().to_string(),
            speaker: q.speaker.as_ref().map(|s| SysSpeaker {
                name: s.name.clone(),
                start: to_i64(s.mention.start),
                end: to_i64(s.mention.end),
            }),
            rule: Some(q.rule.name().to_string()),
        }
    }

    /// Reads a quote of a system-output line as score.py does: `kind`
    /// defaults to "direct", a null or empty `speaker` is no speaker, and a
    /// speaker's missing `start`/`end` is -1.
    pub fn from_value(v: &Value) -> Result<SysQuote, String> {
        let obj = v
            .as_object()
            .ok_or("a system quote must be a JSON object")?;
        let speaker = match obj.get("speaker") {
            None | Some(Value::Null) => None,
            Some(Value::Object(sp)) if sp.is_empty() => None,
            Some(Value::Object(sp)) => Some(SysSpeaker {
                name: sp
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
                start: sp.get("start").and_then(Value::as_i64).unwrap_or(-1),
                end: sp.get("end").and_then(Value::as_i64).unwrap_or(-1),
            }),
            Some(_) => return Err("\"speaker\" is neither an object nor null".to_string()),
        };
        Ok(SysQuote {
            start: int_field(obj, "start")?,
            end: int_field(obj, "end")?,
            kind: obj
                .get("kind")
                .and_then(Value::as_str)
                .unwrap_or("direct")
                .to_string(),
            speaker,
            rule: obj.get("rule").and_then(Value::as_str).map(str::to_string),
        })
    }

    /// The quote in the scorer's system-output format.
    pub fn to_json(&self) -> Value {
        json!({
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "speaker": self.speaker.as_ref().map(|s| json!({"name": s.name, "start": s.start, "end": s.end})),
            "rule": self.rule,
        })
    }
}

/// Parses system-output JSONL (`{"id", "quotes"}` per line) into the
/// quotes of each document, keyed by the id's JSON text (so `"a"` and `1`
/// stay apart); a later line with the same id wins, as in score.py.
pub fn parse_system(
    data: &str,
) -> Result<std::collections::HashMap<String, Vec<SysQuote>>, String> {
    let mut out = std::collections::HashMap::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let fail = |e: String| format!("{}: {e}", i + 1);
        let v: Value = serde_json::from_str(line).map_err(|e| fail(format!("not JSON: {e}")))?;
        let id = v.get("id").cloned().unwrap_or(Value::Null).to_string();
        let quotes = match v.get("quotes") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(qs)) => qs
                .iter()
                .map(SysQuote::from_value)
                .collect::<Result<_, _>>()
                .map_err(fail)?,
            Some(_) => return Err(fail("\"quotes\" is not an array".to_string())),
        };
        out.insert(id, quotes);
    }
    Ok(out)
}

/// Converts a whole attribution.
pub fn sys_quotes(a: &quotative::Attribution) -> Vec<SysQuote> {
    a.quotes.iter().map(SysQuote::from_quote).collect()
}

/// One line of system output (`{"id", "quotes"}`) for score.py.
pub fn system_line(id: &Value, quotes: &[SysQuote]) -> Value {
    json!({"id": id, "quotes": quotes.iter().map(SysQuote::to_json).collect::<Vec<_>>()})
}

// ---------------------------------------------------------------------------
// Text helpers: Python semantics
// ---------------------------------------------------------------------------

/// Code point ranges (inclusive pairs) that Rust's `char::is_alphanumeric`
/// accepts but Python's `re` `\w` rejects: combining marks with the
/// Other_Alphabetic property (vowel signs, Hebrew points, …), circled
/// letters, and letters assigned after Unicode 14.0 (Python 3.11's
/// database). Sorted, disjoint.
const NOT_PY_WORD: &[u32] = &[
    0x345, 0x345, 0x363, 0x36F, 0x5B0, 0x5BD, 0x5BF, 0x5BF, 0x5C1, 0x5C2, 0x5C4, 0x5C5, 0x5C7,
    0x5C7, 0x610, 0x61A, 0x64B, 0x657, 0x659, 0x65F, 0x670, 0x670, 0x6D6, 0x6DC, 0x6E1, 0x6E4,
    0x6E7, 0x6E8, 0x6ED, 0x6ED, 0x711, 0x711, 0x730, 0x73F, 0x7A6, 0x7B0, 0x816, 0x817, 0x81B,
    0x823, 0x825, 0x827, 0x829, 0x82C, 0x88F, 0x88F, 0x897, 0x897, 0x8D4, 0x8DF, 0x8E3, 0x8E9,
    0x8F0, 0x903, 0x93A, 0x93B, 0x93E, 0x94C, 0x94E, 0x94F, 0x955, 0x957, 0x962, 0x963, 0x981,
    0x983, 0x9BE, 0x9C4, 0x9C7, 0x9C8, 0x9CB, 0x9CC, 0x9D7, 0x9D7, 0x9E2, 0x9E3, 0xA01, 0xA03,
    0xA3E, 0xA42, 0xA47, 0xA48, 0xA4B, 0xA4C, 0xA51, 0xA51, 0xA70, 0xA71, 0xA75, 0xA75, 0xA81,
    0xA83, 0xABE, 0xAC5, 0xAC7, 0xAC9, 0xACB, 0xACC, 0xAE2, 0xAE3, 0xAFA, 0xAFC, 0xB01, 0xB03,
    0xB3E, 0xB44, 0xB47, 0xB48, 0xB4B, 0xB4C, 0xB56, 0xB57, 0xB62, 0xB63, 0xB82, 0xB82, 0xBBE,
    0xBC2, 0xBC6, 0xBC8, 0xBCA, 0xBCC, 0xBD7, 0xBD7, 0xC00, 0xC04, 0xC3E, 0xC44, 0xC46, 0xC48,
    0xC4A, 0xC4C, 0xC55, 0xC56, 0xC5C, 0xC5C, 0xC62, 0xC63, 0xC81, 0xC83, 0xCBE, 0xCC4, 0xCC6,
    0xCC8, 0xCCA, 0xCCC, 0xCD5, 0xCD6, 0xCDC, 0xCDC, 0xCE2, 0xCE3, 0xCF3, 0xCF3, 0xD00, 0xD03,
    0xD3E, 0xD44, 0xD46, 0xD48, 0xD4A, 0xD4C, 0xD57, 0xD57, 0xD62, 0xD63, 0xD81, 0xD83, 0xDCF,
    0xDD4, 0xDD6, 0xDD6, 0xDD8, 0xDDF, 0xDF2, 0xDF3, 0xE31, 0xE31, 0xE34, 0xE3A, 0xE4D, 0xE4D,
    0xEB1, 0xEB1, 0xEB4, 0xEB9, 0xEBB, 0xEBC, 0xECD, 0xECD, 0xF71, 0xF83, 0xF8D, 0xF97, 0xF99,
    0xFBC, 0x102B, 0x1036, 0x1038, 0x1038, 0x103B, 0x103E, 0x1056, 0x1059, 0x105E, 0x1060, 0x1062,
    0x1064, 0x1067, 0x106D, 0x1071, 0x1074, 0x1082, 0x108D, 0x108F, 0x108F, 0x109A, 0x109D, 0x1712,
    0x1713, 0x1732, 0x1733, 0x1752, 0x1753, 0x1772, 0x1773, 0x17B6, 0x17C8, 0x1885, 0x1886, 0x18A9,
    0x18A9, 0x1920, 0x192B, 0x1930, 0x1938, 0x1A17, 0x1A1B, 0x1A55, 0x1A5E, 0x1A61, 0x1A74, 0x1ABF,
    0x1AC0, 0x1ACC, 0x1ACE, 0x1B00, 0x1B04, 0x1B35, 0x1B43, 0x1B80, 0x1B82, 0x1BA1, 0x1BA9, 0x1BAC,
    0x1BAD, 0x1BE7, 0x1BF1, 0x1C24, 0x1C36, 0x1C89, 0x1C8A, 0x1DD3, 0x1DF4, 0x24B6, 0x24E9, 0x2DE0,
    0x2DFF, 0xA674, 0xA67B, 0xA69E, 0xA69F, 0xA7CB, 0xA7CF, 0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA,
    0xA7DC, 0xA7F1, 0xA7F1, 0xA802, 0xA802, 0xA80B, 0xA80B, 0xA823, 0xA827, 0xA880, 0xA881, 0xA8B4,
    0xA8C3, 0xA8C5, 0xA8C5, 0xA8FF, 0xA8FF, 0xA926, 0xA92A, 0xA947, 0xA952, 0xA980, 0xA983, 0xA9B4,
    0xA9BF, 0xA9E5, 0xA9E5, 0xAA29, 0xAA36, 0xAA43, 0xAA43, 0xAA4C, 0xAA4D, 0xAA7B, 0xAA7D, 0xAAB0,
    0xAAB0, 0xAAB2, 0xAAB4, 0xAAB7, 0xAAB8, 0xAABE, 0xAABE, 0xAAEB, 0xAAEF, 0xAAF5, 0xAAF5, 0xABE3,
    0xABEA, 0xFB1E, 0xFB1E, 0x10376, 0x1037A, 0x105C0, 0x105F3, 0x10940, 0x10959, 0x10A01, 0x10A03,
    0x10A05, 0x10A06, 0x10A0C, 0x10A0F, 0x10D24, 0x10D27, 0x10D40, 0x10D65, 0x10D69, 0x10D69,
    0x10D6F, 0x10D85, 0x10EAB, 0x10EAC, 0x10EC2, 0x10EC7, 0x10EFA, 0x10EFC, 0x11000, 0x11002,
    0x11038, 0x11045, 0x11073, 0x11074, 0x11080, 0x11082, 0x110B0, 0x110B8, 0x110C2, 0x110C2,
    0x11100, 0x11102, 0x11127, 0x11132, 0x11145, 0x11146, 0x11180, 0x11182, 0x111B3, 0x111BF,
    0x111CE, 0x111CF, 0x1122C, 0x11234, 0x11237, 0x11237, 0x1123E, 0x11241, 0x112DF, 0x112E8,
    0x11300, 0x11303, 0x1133E, 0x11344, 0x11347, 0x11348, 0x1134B, 0x1134C, 0x11357, 0x11357,
    0x11362, 0x11363, 0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5,
    0x113B7, 0x113C0, 0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113CD,
    0x113D1, 0x113D1, 0x113D3, 0x113D3, 0x11435, 0x11441, 0x11443, 0x11445, 0x114B0, 0x114C1,
    0x115AF, 0x115B5, 0x115B8, 0x115BE, 0x115DC, 0x115DD, 0x11630, 0x1163E, 0x11640, 0x11640,
    0x116AB, 0x116B5, 0x116D0, 0x116E3, 0x1171D, 0x1172A, 0x1182C, 0x11838, 0x11930, 0x11935,
    0x11937, 0x11938, 0x1193B, 0x1193C, 0x11940, 0x11940, 0x11942, 0x11942, 0x119D1, 0x119D7,
    0x119DA, 0x119DF, 0x119E4, 0x119E4, 0x11A01, 0x11A0A, 0x11A35, 0x11A39, 0x11A3B, 0x11A3E,
    0x11A51, 0x11A5B, 0x11A8A, 0x11A97, 0x11B60, 0x11B67, 0x11BC0, 0x11BE0, 0x11BF0, 0x11BF9,
    0x11C2F, 0x11C36, 0x11C38, 0x11C3E, 0x11C92, 0x11CA7, 0x11CA9, 0x11CB6, 0x11D31, 0x11D36,
    0x11D3A, 0x11D3A, 0x11D3C, 0x11D3D, 0x11D3F, 0x11D41, 0x11D43, 0x11D43, 0x11D47, 0x11D47,
    0x11D8A, 0x11D8E, 0x11D90, 0x11D91, 0x11D93, 0x11D96, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9,
    0x11EF3, 0x11EF6, 0x11F00, 0x11F10, 0x11F12, 0x11F3A, 0x11F3E, 0x11F40, 0x11F50, 0x11F59,
    0x1342F, 0x1342F, 0x13441, 0x13446, 0x13460, 0x143FA, 0x16100, 0x1612E, 0x16130, 0x16139,
    0x16D40, 0x16D6C, 0x16D70, 0x16D79, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16F4F, 0x16F4F,
    0x16F51, 0x16F87, 0x16F8F, 0x16F92, 0x16FF0, 0x16FF6, 0x187F8, 0x187FF, 0x18CFF, 0x18CFF,
    0x18D09, 0x18D1E, 0x18D80, 0x18DF2, 0x1B132, 0x1B132, 0x1B155, 0x1B155, 0x1BC9E, 0x1BC9E,
    0x1CCF0, 0x1CCF9, 0x1D2C0, 0x1D2D3, 0x1DF25, 0x1DF2A, 0x1E000, 0x1E006, 0x1E008, 0x1E018,
    0x1E01B, 0x1E021, 0x1E023, 0x1E024, 0x1E026, 0x1E02A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F,
    0x1E4D0, 0x1E4EB, 0x1E4F0, 0x1E4F9, 0x1E5D0, 0x1E5ED, 0x1E5F0, 0x1E5FA, 0x1E6C0, 0x1E6DE,
    0x1E6E0, 0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1E947, 0x1E947, 0x1F130, 0x1F149, 0x1F150, 0x1F169,
    0x1F170, 0x1F189, 0x2B739, 0x2B73F, 0x2CEA2, 0x2CEAD, 0x2EBF0, 0x2EE5D, 0x31350, 0x33479,
];

/// Python's `\w` (str patterns) minus `_`: `str.isalnum()`.
fn is_py_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if !c.is_alphanumeric() {
        return false;
    }
    let cp = c as u32;
    // The last range starting at or before cp.
    let pairs = NOT_PY_WORD.len() / 2;
    let (mut lo, mut hi) = (0usize, pairs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if NOT_PY_WORD[2 * mid] <= cp {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    !(lo > 0 && cp <= NOT_PY_WORD[2 * (lo - 1) + 1])
}

/// Python's `str.isspace()` for one character.
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// score.py's `norm`: lowercase, `_` to space, `’` to `'`, every character
/// outside `[\w' -]` to a space, whitespace collapsed.
pub fn norm(s: &str) -> String {
    let lowered = s.to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    for c in lowered.chars() {
        let c = match c {
            '_' => ' ',
            '\u{2019}' => '\'',
            c => c,
        };
        if c == '\'' || c == ' ' || c == '-' || is_py_alnum(c) {
            out.push(c);
        } else {
            out.push(' ');
        }
    }
    out.split(' ')
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// score.py's `strip_poss`: a final `'s` removed.
pub fn strip_poss(tok: &str) -> &str {
    tok.strip_suffix("'s").unwrap_or(tok)
}

/// score.py's `gold_surname`: the last capitalised, non-title word of the
/// source's head (before a comma or bracket).
pub fn gold_surname(src: &str) -> Option<String> {
    let head = src.split([',', '(', '[']).next().unwrap_or("");
    head.split(is_py_space)
        .filter(|w| !w.is_empty())
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| strip_poss(&norm(w)).to_string())
        .rfind(|c| !c.is_empty() && !TITLE.contains(&c.as_str()) && c.chars().count() > 1)
}

/// score.py's `overlap` of two half-open spans.
pub fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

/// Python's `bytes[s:e]` (negative indices count from the end, out of range
/// clamps), decoded with `errors="replace"`.
fn py_slice(text: &[u8], s: i64, e: i64) -> String {
    let len = to_i64(text.len());
    let fix = |i: i64| -> usize {
        let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
        usize::try_from(i).unwrap_or(0)
    };
    let (s, e) = (fix(s), fix(e));
    if s >= e {
        return String::new();
    }
    String::from_utf8_lossy(&text[s..e]).into_owned()
}

/// score.py's `speaker_ok`: does the prediction name the gold speaker?
pub fn speaker_ok(p: &SysQuote, g: &GoldQuote, text: &[u8]) -> bool {
    let Some(gold_speaker) = g.speaker.as_deref() else {
        return p.speaker.is_none();
    };
    let Some(ps) = &p.speaker else {
        return false;
    };
    let span = (ps.start, ps.end);
    if g.speaker_spans.iter().any(|&s| overlap(span, s) > 0) {
        return true;
    }
    let mut names = vec![norm(&ps.name)];
    if 0 <= span.0 && span.0 < span.1 && span.1 <= to_i64(text.len()) {
        names.push(norm(&py_slice(text, span.0, span.1)));
    }
    names.retain(|n| !n.is_empty());
    if !g.aliases.is_empty() {
        return g.aliases.iter().any(|a| names.contains(&norm(a)));
    }
    let Some(surname) = gold_surname(gold_speaker) else {
        return false;
    };
    names.iter().any(|n| {
        n.split(' ')
            .rfind(|t| !t.is_empty() && !TITLE.contains(t))
            .is_some_and(|t| strip_poss(t) == surname)
    })
}

// ---------------------------------------------------------------------------
// Tally
// ---------------------------------------------------------------------------

/// Recall-side counts of one gold category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoldCounts {
    pub gold: u64,
    pub matched: u64,
    pub gold_spk: u64,
    pub correct: u64,
}

/// Precision-side counts of one predicted category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PredCounts {
    pub pred: u64,
    pub pred_tp: u64,
    pub pred_spk: u64,
    pub pred_spk_ok: u64,
}

/// Counts per PDNC quote type.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TypeCounts {
    pub gold: u64,
    pub matched: u64,
    pub correct: u64,
}

/// score.py's `Tally`: everything counted over the documents so far.
#[derive(Clone, Debug, Default)]
pub struct Tally {
    pub direct: GoldCounts,
    pub partial: GoldCounts,
    pub indirect: GoldCounts,
    pub quoted_pred: PredCounts,
    pub indirect_pred: PredCounts,
    pub scare_gold: u64,
    pub scare_attributed: u64,
    pub by_type: BTreeMap<String, TypeCounts>,
    pub documents: u64,
    pub documents_missing: u64,
}

/// What the system had at a gold item it got wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum Predicted {
    /// No prediction matched the gold item.
    NoMatch,
    /// The best-overlapping prediction, with its speaker (name and mention
    /// text) and the rule that decided it.
    Matched {
        span: (i64, i64),
        speaker: Option<(String, String)>,
        rule: Option<String>,
    },
}

/// One attribution error: a gold item with a speaker that the system did
/// not attribute correctly (score.py's `errors` list).
#[derive(Clone, Debug)]
pub struct AttributionError {
    pub doc_id: String,
    /// "direct", "partial" or "indirect".
    pub category: &'static str,
    pub gold_span: (i64, i64),
    pub gold_text: String,
    pub gold_speaker: Option<String>,
    pub predicted: Predicted,
    /// About 150 bytes either side of the gold item, the item marked with
    /// ⟦ ⟧ (long items elided in the middle), line breaks shown as ⏎.
    pub context: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cat {
    Direct,
    Partial,
    Indirect,
    Scare,
}

impl Cat {
    fn name(self) -> &'static str {
        match self {
            Cat::Direct => "direct",
            Cat::Partial => "partial",
            Cat::Indirect => "indirect",
            Cat::Scare => "scare",
        }
    }
}

/// score.py's `gold_units`: (category, span, item); a mixed item yields its
/// quoted segments as partial quotes.
fn gold_units(doc: &GoldDoc) -> Vec<(Cat, (i64, i64), &GoldQuote)> {
    let mut out = Vec::new();
    for g in &doc.quotes {
        match g.kind.as_str() {
            "mixed" => out.extend(g.segments.iter().map(|&s| (Cat::Partial, s, g))),
            "direct" => out.push((Cat::Direct, (g.start, g.end), g)),
            "partial" => out.push((Cat::Partial, (g.start, g.end), g)),
            "indirect" => out.push((Cat::Indirect, (g.start, g.end), g)),
            "scare" => out.push((Cat::Scare, (g.start, g.end), g)),
            _ => {}
        }
    }
    out
}

fn is_quoted(kind: &str) -> bool {
    kind == "direct" || kind == "partial"
}

/// The overlap of a span with a gold unit: summed over the item's segments
/// for a direct item, else with the unit's span.
fn unit_overlap(cat: Cat, span: (i64, i64), g: &GoldQuote, p: (i64, i64)) -> i64 {
    if cat == Cat::Direct {
        g.segs_overlap(p)
    } else {
        overlap(p, span)
    }
}

/// The extent of a gold unit: every span whose overlap score.py sums for it
/// lies inside.
fn unit_extent(cat: Cat, span: (i64, i64), g: &GoldQuote) -> (i64, i64) {
    if cat == Cat::Direct && !g.segments.is_empty() {
        let live = g.segments.iter().filter(|s| s.0 < s.1);
        let lo = live.clone().map(|s| s.0).min().unwrap_or(0);
        let hi = live.map(|s| s.1).max().unwrap_or(0);
        (lo, hi)
    } else {
        span
    }
}

/// An interval index over item extents, to find the items that overlap a
/// span without scanning them all.
struct Extents {
    /// Item indices, sorted by extent start.
    order: Vec<usize>,
    lo: Vec<i64>,
    hi: Vec<i64>,
    /// The largest `hi` of `order[..=k]`: non-decreasing.
    max_hi: Vec<i64>,
}

impl Extents {
    fn new(extents: impl Iterator<Item = (i64, i64)>) -> Extents {
        let mut items: Vec<(usize, i64, i64)> = extents
            .enumerate()
            .filter(|(_, (lo, hi))| lo < hi)
            .map(|(i, (lo, hi))| (i, lo, hi))
            .collect();
        items.sort_by_key(|&(i, lo, _)| (lo, i));
        let mut max_hi = Vec::with_capacity(items.len());
        let mut m = i64::MIN;
        for &(_, _, hi) in &items {
            m = m.max(hi);
            max_hi.push(m);
        }
        Extents {
            order: items.iter().map(|x| x.0).collect(),
            lo: items.iter().map(|x| x.1).collect(),
            hi: items.iter().map(|x| x.2).collect(),
            max_hi,
        }
    }

    /// The items whose extent overlaps `span` by at least one byte, in
    /// item order.
    fn overlapping(&self, span: (i64, i64), out: &mut Vec<usize>) {
        out.clear();
        if span.0 >= span.1 {
            return;
        }
        let first = self.max_hi.partition_point(|&h| h <= span.0);
        let end = self.lo.partition_point(|&l| l < span.1);
        for k in first..end.max(first) {
            if self.hi[k] > span.0 {
                out.push(self.order[k]);
            }
        }
        out.sort_unstable();
    }
}

impl Tally {
    /// A fresh tally.
    pub fn new() -> Tally {
        Tally::default()
    }

    /// score.py's `score_doc`: count one gold document against its
    /// predictions (`None` when the system output has no line for it).
    /// Attribution errors are appended to `errors` when given.
    pub fn add_doc(
        &mut self,
        doc: &GoldDoc,
        preds: Option<&[SysQuote]>,
        mut errors: Option<&mut Vec<AttributionError>>,
    ) {
        self.documents += 1;
        if preds.is_none() {
            self.documents_missing += 1;
        }
        let preds = preds.unwrap_or(&[]);
        let text = doc.text.as_bytes();
        let units = gold_units(doc);
        // Only items that overlap at all can count, so each side looks only
        // at the other side's items that overlap it, in their original order
        // (which decides ties, as in score.py).
        let pred_index = Extents::new(preds.iter().map(|p| (p.start, p.end)));
        let unit_index = Extents::new(
            units
                .iter()
                .map(|&(cat, span, g)| unit_extent(cat, span, g)),
        );
        let mut near = Vec::new();
        // Recall side.
        for &(cat, span, g) in &units {
            pred_index.overlapping(unit_extent(cat, span, g), &mut near);
            let near_preds = near.iter().map(|&i| &preds[i]);
            if cat == Cat::Scare {
                self.scare_gold += 1;
                if near_preds
                    .filter(|p| overlap((p.start, p.end), span) > 0)
                    .any(|p| p.speaker.is_some())
                {
                    self.scare_attributed += 1;
                }
                continue;
            }
            let (best, matched) = if cat == Cat::Indirect {
                let mut best: Option<&SysQuote> = None;
                let mut best_ov = 0;
                for p in near_preds.filter(|p| p.kind == "indirect") {
                    let ov = overlap((p.start, p.end), span);
                    if ov > best_ov {
                        best = Some(p);
                        best_ov = ov;
                    }
                }
                let short = (span.1 - span.0).min(best.map_or(0, |b| b.end - b.start));
                (best, best.is_some() && short > 0 && 2 * best_ov >= short)
            } else {
                // segs(g) for a direct item, else the unit's span.
                let mut best: Option<&SysQuote> = None;
                let mut best_ov = 0;
                for p in near_preds.filter(|p| is_quoted(&p.kind)) {
                    let ov = unit_overlap(cat, span, g, (p.start, p.end));
                    if ov > best_ov {
                        best = Some(p);
                        best_ov = ov;
                    }
                }
                (best, best.is_some() && best_ov >= 2)
            };
            if g.optional {
                continue;
            }
            let counts = match cat {
                Cat::Direct => &mut self.direct,
                Cat::Partial => &mut self.partial,
                _ => &mut self.indirect,
            };
            counts.gold += 1;
            if matched {
                counts.matched += 1;
            }
            let mut ok = false;
            if g.speaker.is_some() {
                counts.gold_spk += 1;
                ok = matched && best.is_some_and(|b| speaker_ok(b, g, text));
                if ok {
                    counts.correct += 1;
                }
            }
            if let Some(qt) = &g.quote_type {
                let t = self.by_type.entry(qt.clone()).or_default();
                t.gold += 1;
                if matched {
                    t.matched += 1;
                }
                if ok {
                    t.correct += 1;
                }
            }
            if g.speaker.is_some() && !ok {
                if let Some(errors) = errors.as_deref_mut() {
                    let predicted = match best.filter(|_| matched) {
                        None => Predicted::NoMatch,
                        Some(b) => Predicted::Matched {
                            span: (b.start, b.end),
                            speaker: b
                                .speaker
                                .as_ref()
                                .map(|s| (s.name.clone(), py_slice(text, s.start, s.end))),
                            rule: b.rule.clone(),
                        },
                    };
                    errors.push(AttributionError {
                        doc_id: doc.id_str(),
                        category: cat.name(),
                        gold_span: span,
                        gold_text: py_slice(text, span.0, span.1),
                        gold_speaker: g.speaker.clone(),
                        predicted,
                        context: context(&doc.text, span, 150),
                    });
                }
            }
        }
        // Precision side.
        for p in preds {
            let is_indirect = p.kind == "indirect";
            if !is_indirect && !is_quoted(&p.kind) {
                continue;
            }
            let pc = if is_indirect {
                &mut self.indirect_pred
            } else {
                &mut self.quoted_pred
            };
            pc.pred += 1;
            let pspan = (p.start, p.end);
            // The first gold unit with the largest overlap (Python's max).
            let mut best_hit: Option<(i64, &GoldQuote)> = None;
            unit_index.overlapping(pspan, &mut near);
            for &(gcat, span, g) in near.iter().map(|&i| &units[i]) {
                if gcat == Cat::Scare {
                    continue;
                }
                let ov = unit_overlap(gcat, span, g, pspan);
                let good = if is_indirect {
                    let short = (span.1 - span.0).min(pspan.1 - pspan.0);
                    short > 0 && 2 * ov >= short
                } else {
                    ov >= 2
                };
                let better = match best_hit {
                    None => true,
                    Some((bov, _)) => ov > bov,
                };
                if good && better {
                    best_hit = Some((ov, g));
                }
            }
            if best_hit.is_some() {
                pc.pred_tp += 1;
            }
            if p.speaker.is_some() {
                pc.pred_spk += 1;
                if let Some((_, g)) = best_hit {
                    if g.speaker.is_some() && speaker_ok(p, g, text) {
                        pc.pred_spk_ok += 1;
                    }
                }
            }
        }
    }

    /// The metrics so far (score.py's `summarize`).
    pub fn metrics(&self) -> Metrics {
        Metrics::from_tally(self)
    }
}

/// Python's `a / b if b else 0.0`.
fn div(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// score.py's `prf`: the harmonic mean.
fn prf(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Byte offset `i` moved down to a char boundary of `s`.
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Byte offset `i` moved up to a char boundary of `s`.
fn ceil_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn one_line(s: &str) -> String {
    s.replace("\r\n", "⏎").replace(['\n', '\r'], "⏎")
}

/// `around` bytes of `text` either side of `span` (clamped to char
/// boundaries), the span marked with ⟦ ⟧ and elided in the middle when
/// longer than 240 bytes, on one line.
pub fn context(text: &str, span: (i64, i64), around: usize) -> String {
    let clamp = |i: i64| usize::try_from(i.max(0)).unwrap_or(0).min(text.len());
    let s = floor_boundary(text, clamp(span.0));
    let e = ceil_boundary(text, clamp(span.1).max(s));
    let from = floor_boundary(text, s.saturating_sub(around));
    let to = ceil_boundary(text, e.saturating_add(around));
    let inner = &text[s..e];
    let inner = if inner.len() > 240 {
        let a = floor_boundary(inner, 110);
        let b = ceil_boundary(inner, inner.len() - 110);
        format!("{} … {}", &inner[..a], &inner[b..])
    } else {
        inner.to_string()
    };
    format!(
        "{}{}⟦{}⟧{}{}",
        if from > 0 { "…" } else { "" },
        one_line(&text[from..s]),
        one_line(&inner),
        one_line(&text[e..to]),
        if to < text.len() { "…" } else { "" },
    )
}

fn truncate_chars(s: &str, n: usize) -> String {
    match s.char_indices().nth(n) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

impl fmt::Display for AttributionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "[{}] {} {}..{}: \"{}\"",
            self.doc_id,
            self.category,
            self.gold_span.0,
            self.gold_span.1,
            truncate_chars(&one_line(&self.gold_text), 90)
        )?;
        let gold = self.gold_speaker.as_deref().unwrap_or("<none>");
        match &self.predicted {
            Predicted::NoMatch => writeln!(f, "    gold speaker {gold:?}; predicted: <no match>")?,
            Predicted::Matched {
                span,
                speaker,
                rule,
            } => {
                let said = match speaker {
                    Some((name, mention)) if name == mention => format!("{name:?}"),
                    Some((name, mention)) => format!("{name:?} (mention {mention:?})"),
                    None => "<no speaker>".to_string(),
                };
                writeln!(
                    f,
                    "    gold speaker {gold:?}; predicted {said} by rule {} (quote {}..{})",
                    rule.as_deref().unwrap_or("?"),
                    span.0,
                    span.1
                )?;
            }
        }
        write!(f, "    context: {}", self.context)
    }
}

// ---------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------

/// score.py's per-kind block (`direct`, `partial`, `indirect`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KindMetrics {
    pub gold: u64,
    pub recall: f64,
    pub attribution_accuracy: f64,
    pub attribution_accuracy_matched: f64,
}

/// score.py's `precision.quoted` / `precision.indirect`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrecisionMetrics {
    pub pred: u64,
    pub extraction_precision: f64,
    pub attribution_precision: f64,
}

/// score.py's headline `quoted` block.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct QuotedMetrics {
    pub extraction_f1: f64,
    pub extraction_precision: f64,
    pub extraction_recall: f64,
    pub attribution_f1: f64,
    pub attribution_precision: f64,
    pub attribution_recall: f64,
}

/// score.py's `indirect_summary`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IndirectSummary {
    pub extraction_f1: f64,
    pub attribution_f1: f64,
    pub attribution_precision: f64,
    pub attribution_recall: f64,
}

/// score.py's `scare` block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScareMetrics {
    pub gold: u64,
    pub wrongly_attributed: u64,
}

/// score.py's `by_quote_type` entry.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypeMetrics {
    pub gold: u64,
    pub recall: f64,
    pub attribution_accuracy: f64,
}

/// Everything score.py prints; a block is `None` exactly when score.py
/// leaves it out.
#[derive(Clone, Debug, PartialEq)]
pub struct Metrics {
    pub direct: Option<KindMetrics>,
    pub partial: Option<KindMetrics>,
    pub indirect: Option<KindMetrics>,
    pub precision_quoted: Option<PrecisionMetrics>,
    pub precision_indirect: Option<PrecisionMetrics>,
    pub quoted: Option<QuotedMetrics>,
    pub indirect_summary: Option<IndirectSummary>,
    pub scare: Option<ScareMetrics>,
    /// Empty when score.py leaves `by_quote_type` out.
    pub by_quote_type: BTreeMap<String, TypeMetrics>,
    pub documents_missing_from_system: u64,
}

impl Metrics {
    /// score.py's `summarize`.
    pub fn from_tally(t: &Tally) -> Metrics {
        let kind = |c: &GoldCounts| {
            (c.gold > 0).then(|| KindMetrics {
                gold: c.gold,
                recall: div(c.matched, c.gold),
                attribution_accuracy: div(c.correct, c.gold_spk),
                attribution_accuracy_matched: div(c.correct, c.matched.min(c.gold_spk)),
            })
        };
        let prec = |c: &PredCounts| {
            (c.pred > 0).then(|| PrecisionMetrics {
                pred: c.pred,
                extraction_precision: div(c.pred_tp, c.pred),
                attribution_precision: div(c.pred_spk_ok, c.pred_spk),
            })
        };
        let (d, p, q) = (&t.direct, &t.partial, &t.quoted_pred);
        let qg = d.gold + p.gold;
        let quoted = (qg > 0).then(|| {
            let rec = div(d.matched + p.matched, qg);
            let pre = div(q.pred_tp, q.pred);
            let arec = div(d.correct + p.correct, d.gold_spk + p.gold_spk);
            let apre = div(q.pred_spk_ok, q.pred_spk);
            QuotedMetrics {
                extraction_f1: prf(pre, rec),
                extraction_precision: pre,
                extraction_recall: rec,
                attribution_f1: prf(apre, arec),
                attribution_precision: apre,
                attribution_recall: arec,
            }
        });
        let (i, ip) = (&t.indirect, &t.indirect_pred);
        let indirect_summary = (i.gold > 0).then(|| {
            let rec = div(i.matched, i.gold);
            let pre = div(ip.pred_tp, ip.pred);
            let arec = div(i.correct, i.gold_spk);
            let apre = div(ip.pred_spk_ok, ip.pred_spk);
            IndirectSummary {
                extraction_f1: prf(pre, rec),
                attribution_f1: prf(apre, arec),
                attribution_precision: apre,
                attribution_recall: arec,
            }
        });
        Metrics {
            direct: kind(d),
            partial: kind(p),
            indirect: kind(i),
            precision_quoted: prec(q),
            precision_indirect: prec(ip),
            quoted,
            indirect_summary,
            scare: (t.scare_gold > 0).then_some(ScareMetrics {
                gold: t.scare_gold,
                wrongly_attributed: t.scare_attributed,
            }),
            by_quote_type: t
                .by_type
                .iter()
                .map(|(k, v)| {
                    let m = TypeMetrics {
                        gold: v.gold,
                        recall: div(v.matched, v.gold),
                        attribution_accuracy: div(v.correct, v.gold),
                    };
                    (k.clone(), m)
                })
                .collect(),
            documents_missing_from_system: t.documents_missing,
        }
    }

    /// The metrics in score.py's JSON shape (same keys, same nesting).
    pub fn to_json(&self) -> Value {
        let mut m = Map::new();
        for (name, k) in [
            ("direct", &self.direct),
            ("partial", &self.partial),
            ("indirect", &self.indirect),
        ] {
            if let Some(k) = k {
                m.insert(
                    name.to_string(),
                    json!({
                        "gold": k.gold,
                        "recall": k.recall,
                        "attribution_accuracy": k.attribution_accuracy,
                        "attribution_accuracy_matched": k.attribution_accuracy_matched,
                    }),
                );
            }
        }
        let mut prec = Map::new();
        for (name, p) in [
            ("quoted", &self.precision_quoted),
            ("indirect", &self.precision_indirect),
        ] {
            if let Some(p) = p {
                prec.insert(
                    name.to_string(),
                    json!({
                        "pred": p.pred,
                        "extraction_precision": p.extraction_precision,
                        "attribution_precision": p.attribution_precision,
                    }),
                );
            }
        }
        if !prec.is_empty() {
            m.insert("precision".to_string(), Value::Object(prec));
        }
        if let Some(q) = &self.quoted {
            m.insert(
                "quoted".to_string(),
                json!({
                    "extraction_f1": q.extraction_f1,
                    "extraction_precision": q.extraction_precision,
                    "extraction_recall": q.extraction_recall,
                    "attribution_f1": q.attribution_f1,
                    "attribution_precision": q.attribution_precision,
                    "attribution_recall": q.attribution_recall,
                }),
            );
        }
        if let Some(s) = &self.indirect_summary {
            m.insert(
                "indirect_summary".to_string(),
                json!({
                    "extraction_f1": s.extraction_f1,
                    "attribution_f1": s.attribution_f1,
                    "attribution_precision": s.attribution_precision,
                    "attribution_recall": s.attribution_recall,
                }),
            );
        }
        if let Some(s) = &self.scare {
            m.insert(
                "scare".to_string(),
                json!({"gold": s.gold, "wrongly_attributed": s.wrongly_attributed}),
            );
        }
        if !self.by_quote_type.is_empty() {
            let by: Map<String, Value> = self
                .by_quote_type
                .iter()
                .map(|(k, v)| {
                    let v = json!({
                        "gold": v.gold,
                        "recall": v.recall,
                        "attribution_accuracy": v.attribution_accuracy,
                    });
                    (k.clone(), v)
                })
                .collect();
            m.insert("by_quote_type".to_string(), Value::Object(by));
        }
        m.insert(
            "documents_missing_from_system".to_string(),
            json!(self.documents_missing_from_system),
        );
        Value::Object(m)
    }

    /// A readable table of the same numbers.
    pub fn table(&self) -> String {
        let mut out = String::new();
        let f3 = |x: f64| format!("{x:.3}");
        out.push_str(&format!("  {:<22} {:>7} {:>7} {:>7}\n", "", "P", "R", "F1"));
        let row = |out: &mut String, name: &str, p: f64, r: f64, f: f64, note: String| {
            let line = format!(
                "  {:<22} {:>7} {:>7} {:>7}  {}",
                name,
                f3(p),
                f3(r),
                f3(f),
                note
            );
            out.push_str(line.trim_end());
            out.push('\n');
        };
        if let Some(q) = &self.quoted {
            let gold = self.direct.map_or(0, |k| k.gold) + self.partial.map_or(0, |k| k.gold);
            let pred = self.precision_quoted.map_or(0, |p| p.pred);
            row(
                &mut out,
                "quoted extraction",
                q.extraction_precision,
                q.extraction_recall,
                q.extraction_f1,
                format!("(gold {gold}, predicted {pred})"),
            );
            row(
                &mut out,
                "quoted attribution",
                q.attribution_precision,
                q.attribution_recall,
                q.attribution_f1,
                String::new(),
            );
        }
        if let (Some(s), Some(k)) = (&self.indirect_summary, &self.indirect) {
            let pred = self.precision_indirect.map_or(0, |p| p.pred);
            let p = self
                .precision_indirect
                .map_or(0.0, |p| p.extraction_precision);
            row(
                &mut out,
                "indirect extraction",
                p,
                k.recall,
                s.extraction_f1,
                format!("(gold {}, predicted {pred})", k.gold),
            );
            row(
                &mut out,
                "indirect attribution",
                s.attribution_precision,
                s.attribution_recall,
                s.attribution_f1,
                String::new(),
            );
        }
        if self.indirect.is_none() {
            // No indirect gold (PDNC): only the precision side exists.
            if let Some(p) = &self.precision_indirect {
                out.push_str(&format!(
                    "  {:<22} {:>7} {:>7} {:>7}  (no gold; predicted {})\n",
                    "indirect extraction",
                    f3(p.extraction_precision),
                    "-",
                    "-",
                    p.pred
                ));
                out.push_str(&format!(
                    "  {:<22} {:>7} {:>7} {:>7}\n",
                    "indirect attribution",
                    f3(p.attribution_precision),
                    "-",
                    "-"
                ));
            }
        }
        let kinds = [
            ("direct", &self.direct),
            ("partial", &self.partial),
            ("indirect", &self.indirect),
        ];
        if kinds.iter().any(|(_, k)| k.is_some()) {
            out.push_str(&format!(
                "\n  {:<22} {:>7} {:>7} {:>9} {:>13}\n",
                "per kind", "gold", "recall", "attr.acc", "acc|matched"
            ));
            for (name, k) in kinds {
                if let Some(k) = k {
                    out.push_str(&format!(
                        "  {:<22} {:>7} {:>7} {:>9} {:>13}\n",
                        name,
                        k.gold,
                        f3(k.recall),
                        f3(k.attribution_accuracy),
                        f3(k.attribution_accuracy_matched)
                    ));
                }
            }
        }
        if !self.by_quote_type.is_empty() {
            out.push_str(&format!(
                "\n  {:<22} {:>7} {:>7} {:>9}\n",
                "by quote type", "gold", "recall", "attr.acc"
            ));
            for (name, t) in &self.by_quote_type {
                out.push_str(&format!(
                    "  {:<22} {:>7} {:>7} {:>9}\n",
                    name,
                    t.gold,
                    f3(t.recall),
                    f3(t.attribution_accuracy)
                ));
            }
        }
        if let Some(s) = &self.scare {
            out.push_str(&format!(
                "\n  scare quotes: {} gold, {} wrongly attributed\n",
                s.gold, s.wrongly_attributed
            ));
        }
        if self.documents_missing_from_system > 0 {
            out.push_str(&format!(
                "\n  documents missing from system: {}\n",
                self.documents_missing_from_system
            ));
        }
        out
    }
}

/// Scores whole documents in one go: gold documents with their predictions
/// (`None` for a document the system skipped).
pub fn score<'a>(
    docs: impl IntoIterator<Item = (&'a GoldDoc, Option<&'a [SysQuote]>)>,
    errors: Option<&mut Vec<AttributionError>>,
) -> Metrics {
    let mut tally = Tally::new();
    let mut errors = errors;
    for (doc, preds) in docs {
        tally.add_doc(doc, preds, errors.as_deref_mut());
    }
    tally.metrics()
}

/// Compares a metrics JSON tree with score.py's: every key of either side,
/// numbers within `tol`, anything else equal. Returns the differences, one
/// line each (empty when they agree).
pub fn compare_json(ours: &Value, theirs: &Value, tol: f64) -> Vec<String> {
    fn walk(path: &str, a: Option<&Value>, b: Option<&Value>, tol: f64, out: &mut Vec<String>) {
        match (a, b) {
            (Some(Value::Object(x)), Some(Value::Object(y))) => {
                let keys: std::collections::BTreeSet<&String> = x.keys().chain(y.keys()).collect();
                for k in keys {
                    walk(&format!("{path}.{k}"), x.get(k), y.get(k), tol, out);
                }
            }
            (Some(Value::Number(x)), Some(Value::Number(y))) => {
                let (x, y) = (
                    x.as_f64().unwrap_or(f64::NAN),
                    y.as_f64().unwrap_or(f64::NAN),
                );
                // NaN on either side is a disagreement.
                let close = (x - y).abs() <= tol;
                if !close {
                    out.push(format!("{path}: ours {x}, score.py {y}"));
                }
            }
            (a, b) if a == b => {}
            (a, b) => out.push(format!(
                "{path}: ours {}, score.py {}",
                a.map_or("<absent>".to_string(), Value::to_string),
                b.map_or("<absent>".to_string(), Value::to_string)
            )),
        }
    }
    let mut out = Vec::new();
    walk("", Some(ours), Some(theirs), tol, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Four tiny documents made by hand, and what score.py says about them
    // (`score.py gold.jsonl sys.jsonl --json py.json`). They exercise: a
    // 1-byte overlap (no match) before a real one, an indirect match at
    // exactly half the shorter span, the PolNeAR surname rule through a
    // title, a curly apostrophe and a possessive, a gold source with an
    // appositive, aliases with `_` in the predicted name, alias matching on
    // the mention text, a PDNC quote in two segments, a scare quote given a
    // speaker, an optional item, a missing document, a gold span ending
    // inside a character, and a tie in the precision side's best gold item
    // (the first wins).
    const GOLD: &str = r##"{"id": "A", "source": "polnear", "text": "Sen. José O’Brien said: “We will win this,” he added. Mr. O'Brien's aide said the plan was “dead on arrival” and that taxes would rise. A “so-called” fix. Experts say it may fail.", "quotes": [{"start": 27, "end": 50, "kind": "direct", "speaker": "Sen. José O’Brien, a Democrat", "speaker_spans": [[0, 20]]}, {"start": 85, "end": 119, "kind": "mixed", "speaker": "Mr. O'Brien's aide", "speaker_spans": [[61, 79]], "segments": [[98, 119]]}, {"start": 124, "end": 145, "kind": "indirect", "speaker": "Mr. O'Brien's aide", "speaker_spans": [[61, 79]]}, {"start": 149, "end": 164, "kind": "scare", "speaker": null}, {"start": 182, "end": 193, "kind": "indirect", "speaker": "Experts", "speaker_spans": [[170, 177]], "optional": true}]}
{"id": "B", "source": "pdnc", "text": "“Hello,” said Lizzy. “Yes,” he replied. “Mm.” “Quite so,” said Darcy, “indeed.”", "quotes": [{"start": 0, "end": 12, "kind": "direct", "speaker": "Elizabeth Bennet", "aliases": ["Elizabeth Bennet", "Lizzy"], "segments": [[3, 9]], "quote_type": "Explicit"}, {"start": 25, "end": 35, "kind": "direct", "speaker": "Fitzwilliam Darcy", "aliases": ["Darcy", "Mr. Darcy"], "segments": [[28, 32]], "quote_type": "Anaphoric"}, {"start": 48, "end": 57, "kind": "direct", "speaker": "Elizabeth Bennet", "aliases": ["Elizabeth Bennet", "Lizzy"], "segments": [[51, 54]], "quote_type": "Implicit"}, {"start": 58, "end": 99, "kind": "direct", "speaker": "Fitzwilliam Darcy", "aliases": ["Darcy", "Mr. Darcy"], "segments": [[61, 70], [89, 96]], "quote_type": "Explicit"}], "speakers": [{"name": "Elizabeth Bennet", "aliases": ["Lizzy"], "gender": "F"}, {"name": "Fitzwilliam Darcy", "aliases": ["Darcy"], "gender": "M"}]}
{"id": "C", "source": "seed", "text": "“Nobody answered,” she said.", "quotes": [{"start": 0, "end": 21, "kind": "direct", "speaker": "she", "aliases": ["she"]}]}
{"id": "D", "source": "polnear", "text": "“One.” “Two.” Smith said the deal was off and Jones said the talks went on.", "quotes": [{"start": 0, "end": 10, "kind": "direct", "speaker": "Ann Lee", "speaker_spans": []}, {"start": 11, "end": 21, "kind": "direct", "speaker": "Bob Ray", "speaker_spans": []}, {"start": 33, "end": 49, "kind": "indirect", "speaker": "Smith", "speaker_spans": [[22, 27]]}, {"start": 65, "end": 82, "kind": "indirect", "speaker": "Jones", "speaker_spans": [[54, 59]]}]}"##;
    const SYSTEM: &str = r##"{"id": "A", "quotes": [{"start": 27, "end": 50, "kind": "direct", "speaker": {"name": "José O’Brien", "start": 51, "end": 53}, "rule": "quote-then-tag"}, {"start": 118, "end": 122, "kind": "partial", "speaker": {"name": "Sen. José O’Brien", "start": 0, "end": 20}, "rule": "nearby-speaker"}, {"start": 101, "end": 116, "kind": "partial", "speaker": {"name": "The aide", "start": 75, "end": 79}, "rule": "in-reported-clause"}, {"start": 134, "end": 175, "kind": "indirect", "speaker": {"name": "O’Brien", "start": 0, "end": 3}, "rule": "reported-speech"}, {"start": 135, "end": 205, "kind": "indirect", "speaker": {"name": "Sen. O'Brien", "start": 0, "end": 4}, "rule": "reported-speech"}, {"start": 149, "end": 164, "kind": "direct", "speaker": {"name": "Experts", "start": 170, "end": 177}, "rule": "nearby-speaker"}, {"start": 182, "end": 193, "kind": "indirect", "speaker": {"name": "Experts", "start": 170, "end": 177}, "rule": "reported-speech"}]}
{"id": "B", "quotes": [{"start": 0, "end": 12, "kind": "direct", "speaker": {"name": "Elizabeth_Bennet", "start": 18, "end": 23}, "rule": "quote-then-tag"}, {"start": 25, "end": 35, "kind": "direct", "speaker": {"name": "he", "start": 36, "end": 38}, "rule": "quote-then-tag"}, {"start": 58, "end": 73, "kind": "direct", "speaker": {"name": "Lizzy", "start": 18, "end": 23}, "rule": "continues-speaker"}, {"start": 86, "end": 99, "kind": "direct", "speaker": {"name": "Nobody", "start": 79, "end": 84}, "rule": "tag-then-quote"}, {"start": 79, "end": 84, "kind": "scare", "speaker": null, "rule": "no-speaker"}]}
{"id": "D", "quotes": [{"start": 3, "end": 18, "kind": "direct", "speaker": {"name": "Ann Lee", "start": -1, "end": -1}, "rule": "nearby-speaker"}, {"start": 37, "end": 74, "kind": "indirect", "speaker": {"name": "Jones", "start": 54, "end": 59}, "rule": "reported-speech"}]}"##;
    const SCORE_PY: &str = r##"{
 "direct": {
  "gold": 8,
  "recall": 0.75,
  "attribution_accuracy": 0.375,
  "attribution_accuracy_matched": 0.5
 },
 "partial": {
  "gold": 1,
  "recall": 1.0,
  "attribution_accuracy": 1.0,
  "attribution_accuracy_matched": 1.0
 },
 "indirect": {
  "gold": 3,
  "recall": 1.0,
  "attribution_accuracy": 0.6666666666666666,
  "attribution_accuracy_matched": 0.6666666666666666
 },
 "precision": {
  "quoted": {
   "pred": 9,
   "extraction_precision": 0.7777777777777778,
   "attribution_precision": 0.5555555555555556
  },
  "indirect": {
   "pred": 4,
   "extraction_precision": 1.0,
   "attribution_precision": 0.5
  }
 },
 "quoted": {
  "extraction_f1": 0.7777777777777778,
  "extraction_precision": 0.7777777777777778,
  "extraction_recall": 0.7777777777777778,
  "attribution_f1": 0.49382716049382713,
  "attribution_precision": 0.5555555555555556,
  "attribution_recall": 0.4444444444444444
 },
 "indirect_summary": {
  "extraction_f1": 1.0,
  "attribution_f1": 0.5714285714285715,
  "attribution_precision": 0.5,
  "attribution_recall": 0.6666666666666666
 },
 "scare": {
  "gold": 1,
  "wrongly_attributed": 1
 },
 "by_quote_type": {
  "Anaphoric": {
   "gold": 1,
   "recall": 1.0,
   "attribution_accuracy": 0.0
  },
  "Explicit": {
   "gold": 2,
   "recall": 1.0,
   "attribution_accuracy": 0.5
  },
  "Implicit": {
   "gold": 1,
   "recall": 0.0,
   "attribution_accuracy": 0.0
  }
 },
 "documents_missing_from_system": 1
}"##;

    fn tiny() -> (Metrics, Vec<AttributionError>) {
        let gold = parse_gold(GOLD).expect("gold parses");
        let system = parse_system(SYSTEM).expect("system parses");
        let mut errors = Vec::new();
        let metrics = score(
            gold.iter()
                .map(|d| (d, system.get(&d.id.to_string()).map(Vec::as_slice))),
            Some(&mut errors),
        );
        (metrics, errors)
    }

    #[test]
    fn tiny_documents_score_as_score_py_scores_them() {
        let (metrics, _) = tiny();
        let expected: Value = serde_json::from_str(SCORE_PY).unwrap();
        let diffs = compare_json(&metrics.to_json(), &expected, 1e-12);
        assert!(
            diffs.is_empty(),
            "disagreements with score.py:\n{}",
            diffs.join("\n")
        );
        // The precision-side tie in document D: the first gold item wins.
        assert_eq!(
            metrics.precision_quoted.unwrap().attribution_precision,
            5.0 / 9.0
        );
    }

    #[test]
    fn tiny_documents_list_score_py_errors_in_order() {
        let (_, errors) = tiny();
        // score.py --errors: (id, category, gold text, gold speaker, predicted).
        let expected = [
            ("B", "direct", "“Yes,”", "Fitzwilliam Darcy", Some("he")),
            ("B", "direct", "“Mm.”", "Elizabeth Bennet", None),
            (
                "B",
                "direct",
                "“Quite so,” said Darcy, “indeed.”",
                "Fitzwilliam Darcy",
                Some("Lizzy"),
            ),
            ("C", "direct", "“Nobody answered,\u{fffd}", "she", None),
            ("D", "direct", "“Two.”", "Bob Ray", Some("Ann Lee")),
            ("D", "indirect", "the deal was off", "Smith", Some("Jones")),
        ];
        assert_eq!(errors.len(), expected.len());
        for (e, (id, cat, text, gold, pred)) in errors.iter().zip(expected) {
            assert_eq!(
                (e.doc_id.as_str(), e.category, e.gold_text.as_str()),
                (id, cat, text)
            );
            assert_eq!(e.gold_speaker.as_deref(), Some(gold));
            let got = match &e.predicted {
                Predicted::NoMatch => None,
                Predicted::Matched { speaker, .. } => speaker.as_ref().map(|s| s.0.as_str()),
            };
            assert_eq!(got, pred);
            // The listing shows the rule and never splits a character.
            let shown = e.to_string();
            assert!(shown.contains("context: "));
            if pred.is_some() {
                assert!(shown.contains("by rule "), "{shown}");
            }
        }
    }

    #[test]
    fn norm_and_gold_surname_agree_with_python() {
        // (input, score.py norm(input), score.py gold_surname(input))
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Sen. José O’Brien, a Democrat",
                "sen josé o'brien a democrat",
                Some("o'brien"),
            ),
            ("Mr. O'Brien's aide", "mr o'brien's aide", Some("o'brien")),
            (
                "Elizabeth_Bennet",
                "elizabeth bennet",
                Some("elizabeth bennet"),
            ),
            ("İstanbul ΣΟΦΟΣ", "i stanbul σοφος", Some("σοφος")),
            ("naïve café", "naïve café", None),
            ("na\u{308}ive", "na ive", None),
            ("Ⓐbc ½ x²", "bc ½ x²", Some("bc")),
            ("hindi \u{915}\u{93e}\u{92e}", "hindi \u{915} \u{92e}", None),
            ("  tab\there\u{1c}x ", "tab here x", None),
            ("J.K. Rowling", "j k rowling", Some("rowling")),
            ("\u{a0}Nbsp\u{a0}x", "nbsp x", Some("nbsp")),
            ("don’t-stop 42", "don't-stop 42", None),
            ("Ann\u{1c}Lee", "ann lee", Some("lee")),
        ];
        for &(input, n, surname) in cases {
            assert_eq!(norm(input), n, "norm({input:?})");
            assert_eq!(
                gold_surname(input).as_deref(),
                surname,
                "gold_surname({input:?})"
            );
        }
    }

    #[test]
    fn overlap_slicing_and_context_edges() {
        assert_eq!(overlap((0, 10), (10, 20)), 0);
        assert_eq!(overlap((0, 10), (9, 20)), 1);
        assert_eq!(overlap((5, 3), (0, 10)), 0);
        let text = "“Ja,” sagte Jörg. ";
        // Python slices bytes: a span cutting a character decodes lossily.
        assert_eq!(py_slice(text.as_bytes(), 1, 5), "\u{fffd}\u{fffd}Ja");
        assert_eq!(py_slice(text.as_bytes(), -5, 100), "\u{fffd}rg. ");
        for s in 0..text.len() as i64 {
            for e in s..text.len() as i64 + 2 {
                let c = context(text, (s, e), 3);
                assert!(c.contains('⟦') && c.contains('⟧'));
            }
        }
    }
}
