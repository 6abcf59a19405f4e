//! Hostile documents: the nine classes of the reliability issue, each
//! generated here, attributed, checked for valid spans, and timed at two
//! sizes as a loose linearity check: `time(2n) < 3 * time(n) + 50 ms`.
//! After them, small reproducers of superlinear paths found on the way.
//!
//! The tests take a lock so that their timings do not disturb each other,
//! and compare the thread's CPU time where Linux reports it, so that a
//! busy machine does not fail them. Run with `-- --nocapture` to see the
//! times.

use quotative::{Attribution, Attributor, Span};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Serialises the timed tests of this file.
static TIMING: Mutex<()> = Mutex::new(());

/// A small deterministic xorshift generator, so that the documents are the
/// same on every run.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span} is outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span} is not on char boundaries"
    );
}

/// Every span lies within the text on char boundaries, and the quotes are
/// in order of start.
fn check_spans(text: &str, result: &Attribution) {
    for (i, q) in result.quotes.iter().enumerate() {
        check_span(text, q.span, &format!("quote #{i} span"));
        check_span(text, q.content, &format!("quote #{i} content"));
        assert!(
            q.span.contains(q.content),
            "quote #{i} content outside span"
        );
        if let Some(cue) = q.cue {
            check_span(text, cue, &format!("quote #{i} cue"));
        }
        if let Some(sp) = &q.speaker {
            check_span(text, sp.mention, &format!("quote #{i} speaker"));
            if let Some(e) = sp.entity {
                assert!(
                    e < result.entities.len(),
                    "quote #{i} entity {e} out of range"
                );
            }
        }
        assert!((0.0..=1.0).contains(&q.confidence));
    }
    assert!(
        result
            .quotes
            .windows(2)
            .all(|w| w[0].span.start <= w[1].span.start),
        "quotes are not in order of start"
    );
    for (i, e) in result.entities.iter().enumerate() {
        for &m in &e.mentions {
            check_span(text, m, &format!("entity #{i} mention"));
        }
    }
}

/// Sizes are four times larger in release mode, where attributing is about
/// ten times faster, so that the check has the same power in both modes.
const SCALE: usize = if cfg!(debug_assertions) { 1 } else { 4 };

/// The CPU time this thread has run, from Linux's
/// `/proc/thread-self/schedstat` (nanoseconds on the CPU, brought up to
/// date at least every scheduler tick). Other processes on a loaded
/// machine inflate wall-clock time but not this.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// The time one attribution took.
#[derive(Clone, Copy)]
struct Timing {
    /// Wall-clock time.
    wall: Duration,
    /// The thread's CPU time, where the system reports it.
    cpu: Option<Duration>,
}

impl Timing {
    /// The time the linearity check compares: CPU time where there is one
    /// (within a scheduler tick, which the 50 ms slack covers), else
    /// wall-clock time.
    fn time(self) -> Duration {
        self.cpu.unwrap_or(self.wall)
    }

    /// The better (smaller) of two timings, clock by clock.
    fn min(self, other: Timing) -> Timing {
        Timing {
            wall: self.wall.min(other.wall),
            cpu: match (self.cpu, other.cpu) {
                (Some(a), Some(b)) => Some(a.min(b)),
                _ => None,
            },
        }
    }
}

impl std::fmt::Display for Timing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        match self.cpu {
            Some(cpu) => write!(f, "{:>8.1} ms cpu {:>8.1} ms wall", ms(cpu), ms(self.wall)),
            None => write!(f, "{:>8.1} ms wall", ms(self.wall)),
        }
    }
}

/// Attributes `text`, checks the result's spans, and returns the time
/// taken.
fn timed_check(attributor: &Attributor, text: &str) -> Timing {
    let cpu = thread_cpu_time();
    let wall = Instant::now();
    let result = std::hint::black_box(attributor.attribute(text));
    let timing = Timing {
        wall: wall.elapsed(),
        cpu: cpu.zip(thread_cpu_time()).map(|(a, b)| b.saturating_sub(a)),
    };
    check_spans(text, &result);
    timing
}

/// Attributes `make(n)` and `make(2 * n)` (with `n` scaled by [`SCALE`]),
/// checks their spans, and checks that doubling the input less than
/// triples the time, plus 50 ms of slack: `time(2n) < 3 * time(n) + 50 ms`.
///
/// Noise only ever adds time, so the sizes are timed best of three, in
/// alternation so that a slow spell of the machine hits both: a round
/// times the small input then the large one. Another round follows while
/// the rounds are cheap (under 300 ms), or while the large input is over
/// the bound by no more than noise could explain (a quarter).
fn check_class(class: &str, n: usize, make: impl Fn(usize) -> String) {
    let _guard = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let attributor = Attributor::new();
    let small = make(n * SCALE);
    let large = make(2 * n * SCALE);

    let mut t_small = timed_check(&attributor, &small);
    let mut t_large = timed_check(&attributor, &large);
    let bound = |t_small: Timing| t_small.time() * 3 + Duration::from_millis(50);
    for _ in 1..3 {
        let over = t_large.time().as_secs_f64() / bound(t_small).as_secs_f64();
        let cheap = t_small.wall + t_large.wall < Duration::from_millis(300);
        if !cheap && !(1.0..1.25).contains(&over) {
            break;
        }
        t_small = t_small.min(timed_check(&attributor, &small));
        t_large = t_large.min(timed_check(&attributor, &large));
    }
    let bound = bound(t_small);
    // Below a few milliseconds the CPU clock's tick makes a ratio meaningless.
    let ratio = match t_small.time().as_secs_f64() {
        small if small >= 0.005 => format!("{:.2}", t_large.time().as_secs_f64() / small),
        _ => "-".to_string(),
    };
    println!(
        "{class:<28} {:>8} B {t_small} | {:>8} B {t_large} | ratio {ratio}",
        small.len(),
        large.len(),
    );
    assert!(
        t_large.time() < bound,
        "{class}: superlinear time: {} bytes took {:?}, {} bytes took {:?} \
         (bound 3 * t(n) + 50 ms = {bound:?})",
        small.len(),
        t_small.time(),
        large.len(),
        t_large.time(),
    );
}

const MARKS: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "″",
];

/// Quotation marks and nothing else, with a space now and then.
fn only_quote_marks(bytes: usize) -> String {
    let mut rng = Rng::new(1);
    let mut text = String::with_capacity(bytes + 8);
    while text.len() < bytes {
        text.push_str(rng.pick(MARKS));
        if rng.below(4) == 0 {
            text.push(' ');
        }
    }
    text
}

const WORDS: &[&str] = &[
    "Mark",
    "Rutte",
    "said",
    "told",
    "added",
    "according",
    "to",
    "he",
    "she",
    "they",
    "the",
    "EU",
    "needed",
    "protection",
    "Sen",
    "Ted",
    "Cruz",
    "Mrs",
    "Clinton",
    "officials",
    "reporters",
    "was",
    "that",
    "would",
    "not",
    "deploy",
    "missiles",
    "Putin",
    "Kremlin",
    "spokesman",
    "a",
    "warned",
    "claimed",
    "insisted",
    "and",
    "in",
    "of",
    "on",
    "Dutch",
    "Prime",
    "Minister",
];

/// Words, names and speech verbs with no punctuation at all: one endless
/// sentence.
fn no_punctuation(bytes: usize) -> String {
    let mut rng = Rng::new(2);
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        text.push_str(rng.pick(WORDS));
        text.push(' ');
    }
    text
}

/// Opening marks of the double family.
const DOUBLE_OPENS: &[&str] = &["“", "«", "„", "「", "\""];

/// `count` quotations opened and never closed, in one paragraph: mostly
/// “, the commonest mark, with now and then another double opening mark;
/// the words inside have apostrophes, as real text does.
fn unclosed_quotes(count: usize) -> String {
    let mut text = String::with_capacity(count * 16);
    for i in 0..count {
        text.push_str(if i % 10 == 9 {
            DOUBLE_OPENS[i / 10 % DOUBLE_OPENS.len()]
        } else {
            "“"
        });
        text.push_str(["it’s ", "open ", "don’t ", "never "][i % 4]);
    }
    text
}

/// One quotation of about `bytes` bytes, with a tag after it.
fn one_big_quote(bytes: usize) -> String {
    let mut rng = Rng::new(4);
    let mut text = String::with_capacity(bytes + 64);
    text.push_str("Dutch Prime Minister Mark Rutte said: “");
    while text.len() < bytes {
        text.push_str(rng.pick(WORDS));
        text.push_str(rng.pick(&[" ", " ", " ", ", ", ". ", " don’t ", "’s "]));
    }
    text.push_str("end,” Rutte added.");
    text
}

/// `depth` quotations nested inside each other, alternating “ and ‘, then
/// all closed.
fn deep_nesting(depth: usize) -> String {
    let mut text = String::with_capacity(depth * 10);
    for i in 0..depth {
        text.push_str(if i % 2 == 0 { "“a " } else { "‘a " });
    }
    for i in (0..depth).rev() {
        text.push_str(if i % 2 == 0 { "a” " } else { "a’ " });
    }
    text.push_str("he said.");
    text
}

/// Abbreviations and nothing else.
fn only_abbreviations(bytes: usize) -> String {
    "Mr. Dr. U.S. Sen. ".repeat(bytes / 18 + 1)
}

/// Newlines (LF, CRLF, blank lines, white-space lines) with a rare word
/// and a tagged quote at either end.
fn many_newlines(bytes: usize) -> String {
    let mut rng = Rng::new(7);
    let mut text = String::with_capacity(bytes + 64);
    text.push_str("“Hello,” Mark Rutte said.");
    while text.len() < bytes {
        let piece = match rng.below(100) {
            0..=79 => "\n",
            80..=89 => "\r\n",
            90..=95 => " \n",
            96..=98 => "\n\n",
            _ => "a",
        };
        text.push_str(piece);
    }
    text.push_str("“Goodbye,” he said.");
    text
}

const ODD_CHARS: &[&str] = &[
    "\0",
    "\u{1}",
    "\u{7}",
    "\u{8}",
    "\u{b}",
    "\u{c}",
    "\r",
    "\u{1b}",
    "\u{7f}",
    "\u{85}",
    "\u{200b}",
    "\u{200c}",
    "\u{200d}",
    "\u{200e}",
    "\u{200f}",
    "\u{202a}",
    "\u{202b}",
    "\u{202e}",
    "\u{2066}",
    "\u{2067}",
    "\u{2069}",
    "\u{feff}",
    "\u{301}",
    "\u{308}",
    "\u{20dd}",
    "\u{fe0f}",
    "😀",
    "👩‍👩‍👧",
    "🇳🇱",
    "🏳️‍🌈",
    "\u{a0}",
    " ",
    "\n",
    "“",
    "”",
    "’",
    "a",
    "Ω",
];

/// Control characters, emoji, combining marks and bidi controls at random.
fn random_odd_chars(bytes: usize) -> String {
    let mut rng = Rng::new(8);
    let mut text = String::with_capacity(bytes + 32);
    while text.len() < bytes {
        text.push_str(rng.pick(ODD_CHARS));
    }
    text
}

/// Short tagged quotes, over and over, after one named speaker.
fn many_tagged_quotes(count: usize) -> String {
    let mut text = String::from("Mark Rutte arrived. ");
    text.push_str(&"“Yes,” he said. ".repeat(count));
    text
}

#[test]
fn only_quotation_marks() {
    check_class("only quotation marks", 200_000, only_quote_marks);
}

#[test]
fn no_punctuation_at_all() {
    check_class("no punctuation", 100_000, no_punctuation);
}

#[test]
fn twenty_thousand_unclosed_quotes() {
    check_class("unclosed quotes", 20_000, unclosed_quotes);
}

#[test]
fn one_big_quotation() {
    check_class("one big quote", 400_000, one_big_quote);
}

#[test]
fn deeply_nested_quotes() {
    check_class("deep nesting", 10_000, deep_nesting);
}

#[test]
fn only_abbreviations_text() {
    check_class("only abbreviations", 200_000, only_abbreviations);
}

#[test]
fn many_newlines_text() {
    check_class("many newlines", 500_000, many_newlines);
}

#[test]
fn random_control_emoji_combining_rtl() {
    check_class("control/emoji/bidi", 200_000, random_odd_chars);
}

#[test]
fn many_short_tagged_quotes() {
    check_class("short tagged quotes", 10_000, many_tagged_quotes);
}

// Reproducers for superlinear paths found beyond the nine classes; each
// document is small because the time is already quadratic in it.

/// `count` quoted phrases embedded in one sentence that never ends.
fn embedded_quotes_in_one_sentence(count: usize) -> String {
    "a “b c” d ".repeat(count)
}

/// Sentences of reported speech alternating with sentences that embed a
/// quoted phrase.
fn reports_and_embedded_quotes(count: usize) -> String {
    "He said the plan was bad. It was a “big mess” indeed. ".repeat(count)
}

/// A distinct capitalised word for each `i`: Ba, Ca, …, Bb, ….
fn unique_word(i: usize) -> String {
    let mut word = String::new();
    let mut x = i + 27;
    while x > 0 {
        word.push(char::from(b'a' + (x % 26) as u8));
        x /= 26;
    }
    word[..1].to_uppercase() + &word[1..]
}

/// `count` different organisations, each named once.
fn distinct_organisations(count: usize) -> String {
    (0..count)
        .map(|i| format!("The {} Times said it was fine. ", unique_word(i)))
        .collect()
}

#[test]
fn embedded_quotes_in_one_long_sentence() {
    check_class(
        "embedded quotes, 1 sentence",
        300,
        embedded_quotes_in_one_sentence,
    );
}

#[test]
fn reported_speech_and_embedded_quotes() {
    check_class(
        "reports + embedded quotes",
        2_000,
        reports_and_embedded_quotes,
    );
}

#[test]
fn many_distinct_organisations() {
    check_class("distinct organisations", 1_000, distinct_organisations);
}
