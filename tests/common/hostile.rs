//! The hostile documents of the reliability issue: one generator per
//! class, sized by its argument, and the span checks every result must
//! pass. Used by `tests/hostile.rs` (in memory, with a linearity check)
//! and `tests/hostile_cli.rs` (at full scale, through the command line).

use quotative::Attribution;

/// A small deterministic xorshift generator, so that the documents are the
/// same on every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Every invariant of an attribution (`invariants::check`), as a panic.
pub fn check_spans(text: &str, result: &Attribution) {
    if let Err(failure) = super::invariants::check(text, result) {
        panic!("{failure}");
    }
}

pub const MARKS: &[&str] = &[
    "“", "”", "\"", "'", "‘", "’", "«", "»", "‹", "›", "„", "‚", "「", "」", "『", "』", "″",
];

/// Quotation marks and nothing else, with a space now and then.
pub fn only_quote_marks(bytes: usize) -> String {
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

pub const WORDS: &[&str] = &[
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
pub fn no_punctuation(bytes: usize) -> String {
    let mut rng = Rng::new(2);
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        text.push_str(rng.pick(WORDS));
        text.push(' ');
    }
    text
}

/// Opening marks of the double family.
pub const DOUBLE_OPENS: &[&str] = &["“", "«", "„", "「", "\""];

/// `count` quotations opened and never closed, in one paragraph: mostly
/// “, the commonest mark, with now and then another double opening mark;
/// the words inside have apostrophes, as real text does.
pub fn unclosed_quotes(count: usize) -> String {
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
pub fn one_big_quote(bytes: usize) -> String {
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
pub fn deep_nesting(depth: usize) -> String {
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
pub fn only_abbreviations(bytes: usize) -> String {
    "Mr. Dr. U.S. Sen. ".repeat(bytes / 18 + 1)
}

/// Newlines (LF, CRLF, blank lines, white-space lines) with a rare word
/// and a tagged quote at either end.
pub fn many_newlines(bytes: usize) -> String {
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

pub const ODD_CHARS: &[&str] = &[
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
pub fn random_odd_chars(bytes: usize) -> String {
    let mut rng = Rng::new(8);
    let mut text = String::with_capacity(bytes + 32);
    while text.len() < bytes {
        text.push_str(rng.pick(ODD_CHARS));
    }
    text
}

/// Short tagged quotes, over and over, after one named speaker.
pub fn many_tagged_quotes(count: usize) -> String {
    let mut text = String::from("Mark Rutte arrived. ");
    text.push_str(&"“Yes,” he said. ".repeat(count));
    text
}
