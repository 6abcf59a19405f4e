//! Hostile documents: the nine classes of the reliability issue, each
//! generated here, attributed, checked for valid spans, and timed at two
//! sizes as a loose linearity check: `time(2n) < 3 * time(n) + 50 ms`.
//! After them, small reproducers of superlinear paths found on the way.
//!
//! The tests take a lock so that their timings do not disturb each other,
//! and compare the thread's CPU time where Linux reports it, so that a
//! busy machine does not fail them. Run with `-- --nocapture` to see the
//! times.

mod common;

use common::hostile::*;
use quotative::genre::Genre;
use quotative::Attributor;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Serialises the timed tests of this file.
static TIMING: Mutex<()> = Mutex::new(());

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
    check_class_with(&Attributor::new(), class, n, make);
}

/// [`check_class`] with a given attributor (one that reads every text as
/// fiction, say).
fn check_class_with(
    attributor: &Attributor,
    class: &str,
    n: usize,
    make: impl Fn(usize) -> String,
) {
    let _guard = TIMING.lock().unwrap_or_else(|e| e.into_inner());
    let small = make(n * SCALE);
    let large = make(2 * n * SCALE);

    let mut t_small = timed_check(attributor, &small);
    let mut t_large = timed_check(attributor, &large);
    let bound = |t_small: Timing| t_small.time() * 3 + Duration::from_millis(50);
    for _ in 1..3 {
        let over = t_large.time().as_secs_f64() / bound(t_small).as_secs_f64();
        let cheap = t_small.wall + t_large.wall < Duration::from_millis(300);
        if !cheap && !(1.0..1.25).contains(&over) {
            break;
        }
        t_small = t_small.min(timed_check(attributor, &small));
        t_large = t_large.min(timed_check(attributor, &large));
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

/// Names each followed by a capitalised word, as a headline's verb
/// follows its name (Obama Claims…), in one sentence that never ends.
fn capitalised_words_after_names(count: usize) -> String {
    "Ana Silva Claims victory and Bo Lee Slams it ".repeat(count)
}

#[test]
fn capitalised_words_after_names_in_one_long_sentence() {
    check_class(
        "headline verbs, 1 sentence",
        2_000,
        capitalised_words_after_names,
    );
}

/// Inverted tags (", said Smith") over and over in one sentence that never
/// ends: each asks how many words follow it in its sentence, which must
/// not walk the rest of the sentence.
fn inverted_tags(count: usize) -> String {
    "the plan works, said Smith and ".repeat(count)
}

#[test]
fn inverted_tags_in_one_long_sentence() {
    check_class("inverted tags, 1 sentence", 2_000, inverted_tags);
}

/// Quotations with a tag and clauses with a tag inside them, in one
/// sentence that never ends: each quotation asks how many words stand
/// after it in its sentence.
fn tagged_quotes_and_clauses(count: usize) -> String {
    "“We go” he said and the plan, Smith said, ".repeat(count)
}

#[test]
fn tagged_quotes_and_clauses_in_one_long_sentence() {
    check_class(
        "tagged quotes, 1 sentence",
        2_000,
        tagged_quotes_and_clauses,
    );
}

/// A novel's conversation without end: the conversation pass (turns,
/// pronoun and description tags, vocatives, a narrator) stays linear.
fn endless_conversation(count: usize) -> String {
    let mut text = String::from("Ana Silva and Mr. Bo Lee sat down.\n\n");
    for k in 0..count {
        text.push_str(match k % 5 {
            0 => "“Well, Bo, shall we go?” cried Ana.\n\n",
            1 => "Mr. Lee nodded at Bo Lee. “Not yet, Ana,” replied he.\n\n",
            2 => "Ana Silva looked at the gentleman. “Why not?”\n\n",
            3 => "“I am tired,” said the gentleman, “Jake.”\n\n",
            _ => "“Then sleep,” I said.\n\n",
        });
    }
    text
}

#[test]
fn an_endless_conversation() {
    check_class("endless conversation", 2_000, endless_conversation);
}

/// Pronoun tags that the conversation reads as someone other than the
/// mentions stage did, one after another: the moved mentions are looked up
/// in constant time, and the turns read back from later tags in one pass.
fn pronoun_tags_read_in_conversation(count: usize) -> String {
    let mut text = String::from("Tom met Anne. Bob met Mary.\n\n");
    for k in 0..count {
        let pronoun = if k % 3 == 0 { "she" } else { "he" };
        text.push_str(&format!(
            "“Line {k},” {pronoun} replied. Tom looked at Anne.\n\n“Yes.”\n\n"
        ));
    }
    text
}

#[test]
fn many_pronoun_tags_read_in_a_conversation() {
    check_class(
        "pronoun tags in conversation",
        5_000,
        pronoun_tags_read_in_conversation,
    );
}

/// A first-person narrator addressed by a new name in every line: every
/// name is a candidate for the narrator's.
fn narrator_of_many_names(count: usize) -> String {
    let mut text = String::from("“Hello,” replied Ana.\n\n");
    for k in 0..count {
        // (a name made of letters only: Baa, Bab, …)
        let name: String = [k / 676, (k / 26) % 26, k % 26]
            .iter()
            .map(|&d| char::from(b'a' + d as u8))
            .collect();
        let mut name = name;
        name.replace_range(..1, &name[..1].to_uppercase());
        text.push_str(&format!(
            "“Come here, {name}!” cried Ana.\n\nI waited.\n\n“No,” I said.\n\n"
        ));
    }
    text
}

#[test]
fn a_narrator_addressed_by_thousands_of_names() {
    check_class("narrator of many names", 2_000, narrator_of_many_names);
}

/// Thousands of characters, each with a family name of their own, and a
/// description of kin after each one's line: a family is looked up by its
/// name, not by walking every character.
fn families_and_their_mothers(count: usize) -> String {
    let mut text = String::new();
    for k in 0..count {
        let family = unique_word(k);
        text.push_str(&format!(
            "“Line {k},” said Tom {family}.\n\n“Hush,” said Mrs. {family}.\n\n\
             “Yes,” said his mother.\n\n"
        ));
    }
    text
}

#[test]
fn many_families_and_their_mothers() {
    let fiction = Attributor::builder()
        .genre(Genre::Fiction)
        .build()
        .expect("the default limits are valid");
    check_class_with(
        &fiction,
        "families and mothers",
        2_000,
        families_and_their_mothers,
    );
}
