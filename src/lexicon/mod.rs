//! Word lists the stages consult: speech cues, titles, pronouns, sources.
//!
//! Every lookup takes a word as it stands in the text and compares it
//! case-insensitively, without allocating: the word is folded (ASCII
//! lower case, `’` as `'`) straight into a [`Key`] of three machine words,
//! which is hashed with one multiplication and compared with three.

use crate::span::Span;
use once_cell::sync::Lazy;
use std::borrow::Cow;

mod classes;
mod tables;

pub(crate) use classes::*;

/// The longest word the lexicon holds; longer words are never in it.
const MAX_WORD: usize = 24;

/// A word folded for lookup: up to [`MAX_WORD`] ASCII bytes, lower-cased,
/// packed little-endian into three words. The all-zero key is the empty
/// word, which no list holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Key([u64; 3]);

impl Key {
    /// Folds `word`, or `None` if it cannot be in a word list (empty, too
    /// long, or not ASCII once curly apostrophes are folded).
    #[inline]
    fn fold(word: &str) -> Option<Key> {
        let bytes = word.as_bytes();
        if bytes.is_empty() {
            return None;
        }
        if bytes.len() <= 8 {
            // Most words, in ASCII: one machine word, the other two zero
            // (and no NUL, as below).
            let a = load(bytes);
            if a & HIGH == 0 {
                let valid = HIGH >> (8 * (8 - bytes.len()));
                return (a.wrapping_add(LOW7) & valid == valid)
                    .then(|| Key([ascii_lowercase(a), 0, 0]));
            }
        } else if bytes.len() <= MAX_WORD {
            // The longer words in ASCII: packed and lower-cased eight
            // bytes at a time.
            let mut packed = [0u64; 3];
            let mut valid = [0u64; 3];
            for ((chunk, word), valid) in bytes.chunks(8).zip(&mut packed).zip(&mut valid) {
                *word = load(chunk);
                *valid = HIGH >> (8 * (8 - chunk.len()));
            }
            let [a, b, c] = packed;
            // NUL would read as the end of the key; ASCII bytes plus 0x7F
            // set their high bit unless they are NUL.
            let nonzero = |w: u64, valid: u64| (w.wrapping_add(LOW7) & valid) == valid;
            if (a | b | c) & HIGH == 0 {
                return (nonzero(a, valid[0]) && nonzero(b, valid[1]) && nonzero(c, valid[2]))
                    .then(|| Key([ascii_lowercase(a), ascii_lowercase(b), ascii_lowercase(c)]));
            }
        }
        Key::fold_outside_ascii(bytes)
    }

    /// [`fold`](Key::fold) for a word with bytes outside ASCII (or too
    /// long to be packed at once): byte by byte, each ’ folded as ', into
    /// an array of the key's bytes read as its three words at the end.
    fn fold_outside_ascii(bytes: &[u8]) -> Option<Key> {
        // A folded byte stands for one to three bytes (’ is three).
        if bytes.len() > 3 * MAX_WORD {
            return None;
        }
        let mut folded = [0u8; MAX_WORD];
        let (mut i, mut n) = (0, 0);
        while i < bytes.len() {
            let b = bytes[i];
            let byte = if b < 0x80 && b != 0 {
                i += 1;
                b.to_ascii_lowercase()
            } else if bytes[i..].starts_with("\u{2019}".as_bytes()) {
                i += 3;
                b'\''
            } else {
                return None;
            };
            *folded.get_mut(n)? = byte;
            n += 1;
        }
        let mut packed = [0u64; 3];
        for (word, eight) in packed.iter_mut().zip(folded.chunks_exact(8)) {
            *word = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default());
        }
        Some(Key(packed))
    }

    /// Folds the word `text[start..end]` as [`fold`](Key::fold) does, and
    /// says whether it was plain: already folded, so that it equals the
    /// folded word byte for byte. Reads eight bytes at a time from `text`
    /// where it can, past the word's end (masked off).
    #[inline]
    fn fold_in(text: &str, start: usize, end: usize) -> Option<(Key, bool)> {
        let bytes = text.as_bytes();
        let len = end - start;
        if len == 0 || len > MAX_WORD {
            return Key::fold(&text[start..end]).map(|key| (key, false));
        }
        // NUL would read as the end of the key; ASCII bytes plus 0x7F set
        // their high bit unless they are NUL.
        let nul = |w: u64, n: usize| {
            let valid = HIGH >> (8 * (8 - n));
            (w.wrapping_add(LOW7) & valid) != valid
        };
        if len <= 8 {
            // Most words: one machine word, the other two zero.
            let a = load_at(bytes, start, len);
            if a & HIGH != 0 {
                return Key::fold_outside_ascii(&bytes[start..end]).map(|key| (key, false));
            }
            if nul(a, len) {
                return None;
            }
            let folded = ascii_lowercase(a);
            return Some((Key([folded, 0, 0]), folded == a));
        }
        let a = load_at(bytes, start, 8);
        let b = load_at(bytes, start + 8, (len - 8).min(8));
        let c = if len > 16 {
            load_at(bytes, start + 16, len - 16)
        } else {
            0
        };
        if (a | b | c) & HIGH != 0 {
            // Not ASCII: a curly apostrophe, or not a word of the lists.
            return Key::fold_outside_ascii(&bytes[start..end]).map(|key| (key, false));
        }
        if nul(a, 8) || nul(b, (len - 8).min(8)) || (len > 16 && nul(c, len - 16)) {
            return None;
        }
        let folded = [ascii_lowercase(a), ascii_lowercase(b), ascii_lowercase(c)];
        let plain = folded[0] == a && folded[1] == b && folded[2] == c;
        Some((Key(folded), plain))
    }

    /// How many bytes the key holds, and how many of them are
    /// apostrophes, counted a machine word at a time: its bytes run up to
    /// its first NUL (so that the NULs of a word are its high bytes), and
    /// an apostrophe is a zero byte once the word is XORed with apostrophes.
    fn len_and_apostrophes(self) -> (usize, usize) {
        let mut len = 0;
        let mut apostrophes = 0;
        // (a zero word holds no byte, nor do the ones after it)
        for word in self.0.into_iter().take_while(|&word| word != 0) {
            len += 8 - (word.leading_zeros() / 8) as usize;
            let x = word ^ (ONES * u64::from(b'\''));
            // (the high bit of each byte of `x` that is not zero, exactly;
            // then a one in each zero byte, summed by a multiplication into
            // the top byte)
            let nonzero = (((x & LOW7) + LOW7) | x) & HIGH;
            apostrophes += ((((nonzero ^ HIGH) >> 7).wrapping_mul(ONES)) >> 56) as usize;
        }
        (len, apostrophes)
    }

    #[inline]
    fn hash(self) -> u64 {
        let [a, b, c] = self.0;
        (a ^ b.rotate_left(21) ^ c.rotate_left(42)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

/// Lower-cases an ASCII-ish word into `buf`, or `None` if it cannot be in a
/// word list (too long, or not ASCII once curly apostrophes are folded).
/// For the lists matched as string patterns; sets use [`Key::fold`].
#[cfg(test)] // (the stages look words up in the table of word classes)
fn fold<'b>(word: &str, buf: &'b mut [u8; MAX_WORD]) -> Option<&'b str> {
    let Key(packed) = Key::fold(word)?;
    for (i, b) in buf.iter_mut().enumerate() {
        *b = (packed[i / 8] >> (8 * (i % 8))) as u8;
    }
    let len = buf.iter().position(|&b| b == 0).unwrap_or(MAX_WORD);
    std::str::from_utf8(&buf[..len]).ok()
}

/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// 0x7F in each byte of a word.
const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
/// 0x01 in each byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Up to eight bytes as a little-endian word, zero-padded, in at most
/// three loads.
#[inline]
fn load(chunk: &[u8]) -> u64 {
    if let Ok(eight) = <[u8; 8]>::try_from(chunk) {
        return u64::from_le_bytes(eight);
    }
    let (mut word, mut at) = (0u64, 0);
    if let Some(four) = chunk.get(..4).filter(|_| chunk.len() & 4 != 0) {
        let four: [u8; 4] = four.try_into().unwrap_or_default();
        word = u64::from(u32::from_le_bytes(four));
        at = 4;
    }
    if let Some(two) = chunk.get(at..at + 2).filter(|_| chunk.len() & 2 != 0) {
        let two: [u8; 2] = two.try_into().unwrap_or_default();
        word |= u64::from(u16::from_le_bytes(two)) << (8 * at);
        at += 2;
    }
    if let Some(&one) = chunk.get(at).filter(|_| chunk.len() & 1 != 0) {
        word |= u64::from(one) << (8 * at);
    }
    word
}

/// `n` (1 to 8) bytes of `bytes` from `at` as a little-endian word,
/// zero-padded: one load when eight bytes are there to read.
#[inline]
fn load_at(bytes: &[u8], at: usize, n: usize) -> u64 {
    match bytes
        .get(at..at + 8)
        .and_then(|eight| <[u8; 8]>::try_from(eight).ok())
    {
        Some(eight) if n == 8 => u64::from_le_bytes(eight),
        Some(eight) => u64::from_le_bytes(eight) & ((1 << (8 * n)) - 1),
        None => load(&bytes[at..at + n]),
    }
}

/// Eight ASCII bytes lower-cased at once: 0x20 is added to each byte in
/// `A..=Z`.
#[inline]
fn ascii_lowercase(eight: u64) -> u64 {
    // Bytes are below 0x80, so no addition carries into the next byte.
    let at_least_a = eight + ONES * u64::from(0x80 - b'A');
    let above_z = eight + ONES * u64::from(0x80 - b'Z' - 1);
    let upper = at_least_a & !above_z & HIGH;
    eight | (upper >> 2)
}

/// A set of words, looked up case-insensitively: an open-addressing table
/// of folded keys, at most a quarter full so that a miss is found at once,
/// behind a filter on the first letter and the length that turns most
/// words away before they are folded.
#[derive(Clone, Debug)]
pub(crate) struct WordSet {
    slots: Vec<Key>,
    len: usize,
    /// `lengths[first]`: bit `n` is set when some word of `n` bytes (63 for
    /// longer) might start with letter `first` (`a` = 0 … `z` = 25; 26 for
    /// anything else), counting a folded `'` as one byte or as the three
    /// of `’`.
    lengths: [u64; 27],
}

impl Default for WordSet {
    fn default() -> WordSet {
        WordSet {
            slots: vec![Key::default(); 16],
            len: 0,
            lengths: [0; 27],
        }
    }
}

/// The filter row of a word starting with byte `first`.
#[inline]
fn letter(first: u8) -> usize {
    let lower = first | 0x20;
    if lower.is_ascii_lowercase() {
        usize::from(lower - b'a')
    } else {
        26
    }
}

/// The filter bit of a word of `len` bytes.
#[inline]
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl WordSet {
    /// Where `key` is, or the empty slot where it would go.
    #[inline]
    fn slot(&self, key: Key) -> usize {
        let mask = self.slots.len() - 1;
        // The top bits of a multiplicative hash depend on every input bit.
        let bits = self.slots.len().trailing_zeros();
        let mut i = (key.hash() >> (64 - bits)) as usize;
        loop {
            let k = self.slots[i];
            // (An empty slot has a zero first word: no word folds to that.)
            if k == key || k.0[0] == 0 {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds a word (folded); a word that cannot be folded is never found,
    /// so it is not stored.
    pub(crate) fn insert(&mut self, word: &str) {
        if let Some(key) = Key::fold(word) {
            self.insert_key(key);
        }
    }

    fn insert_key(&mut self, key: Key) {
        if 4 * (self.len + 1) > self.slots.len() {
            self.grow_to(2 * self.slots.len());
        }
        let at = self.slot(key);
        if self.slots[at] == Key::default() {
            self.slots[at] = key;
            self.len += 1;
        }
        let (len, apostrophes) = key.len_and_apostrophes();
        let first = (key.0[0] & 0xFF) as u8;
        for curly in 0..=apostrophes {
            self.lengths[letter(first)] |= length_bit(len + 2 * curly);
        }
    }

    /// Moves the keys to a table of `slots` slots (a power of two).
    fn grow_to(&mut self, slots: usize) {
        let bigger = vec![Key::default(); slots];
        for k in std::mem::replace(&mut self.slots, bigger) {
            if k.0[0] != 0 {
                let at = self.slot(k);
                self.slots[at] = k;
            }
        }
    }

    /// Makes room for `additional` more keys at once, so that adding them
    /// does not grow the table step by step.
    fn reserve(&mut self, additional: usize) {
        let needed = (4 * (self.len + additional)).next_power_of_two();
        if needed > self.slots.len() {
            self.grow_to(needed);
        }
    }

    /// Adds words.
    pub(crate) fn extend<W: AsRef<str>>(&mut self, words: impl IntoIterator<Item = W>) {
        let words = words.into_iter();
        self.reserve(words.size_hint().0);
        for word in words {
            self.insert(word.as_ref());
        }
    }

    #[inline]
    fn contains_key(&self, key: Key) -> bool {
        self.slots[self.slot(key)] == key
    }

    /// Whether a word could be in the set, judged by its first byte and
    /// its length alone.
    #[inline]
    fn may_contain(&self, bytes: &[u8]) -> bool {
        bytes
            .first()
            .is_some_and(|&first| self.lengths[letter(first)] & length_bit(bytes.len()) != 0)
    }

    /// Whether `word` is in the set, case-insensitively.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.may_contain(word.as_bytes())
            && Key::fold(word).is_some_and(|key| self.contains_key(key))
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> WordSet {
        let mut set = WordSet::default();
        set.extend(words);
        set
    }
}

fn set(words: &[&str]) -> WordSet {
    words.iter().copied().collect()
}

/// Looks a word up in a set, case-insensitively.
fn contains(set: &WordSet, word: &str) -> bool {
    set.contains(word)
}

/// How a speech cue relates to what was said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A verb of saying that reports speech: said, told, warned.
    Speech,
    /// A verb of belief, knowledge or evidence: believes, shows, found. It
    /// reports a clause but is not a speaker tag of a quotation.
    Belief,
    /// A verb that names or characterises with a quoted term: called,
    /// dubbed, praising. It attributes quoted fragments but never reports
    /// speech of its own.
    Naming,
}

/// Verbs of saying: Clinton said, warned, argued. Each lemma stands for
/// its regular forms ([`for_each_form`]).
const SPEECH_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "add",
    "warn",
    "argue",
    "announce",
    "insist",
    "claim",
    "acknowledge",
    "deny",
    "explain",
    "note",
    "state",
    "ask",
    "reply",
    "respond",
    "write",
    "continue",
    "recall",
    "declare",
    "stress",
    "emphasize",
    "emphasise",
    "suggest",
    "admit",
    "boast",
    "complain",
    "predict",
    "tweet",
    "report",
    "confirm",
    "assert",
    "contend",
    "maintain",
    "observe",
    "remark",
    "comment",
    "concede",
    "caution",
    "pledge",
    "promise",
    "vow",
    "allege",
    "testify",
    "answer",
    "retort",
    "exclaim",
    "cry",
    "shout",
    "whisper",
    "mutter",
    "murmur",
    "muse",
    "chant",
    "opine",
    "reveal",
    "disclose",
    "urge",
    "predict",
    "add",
    "joke",
    "quip",
    "scoff",
    "sigh",
    "groan",
    "laugh",
    "snap",
    "declare",
    "proclaim",
    "repeat",
    "mention",
    "demand",
    "plead",
    "yell",
    "scream",
    "inform",
    "assure",
    "speculate",
    "estimate",
    "conclude",
    "acknowledge",
    "recount",
    // (not call, describe nor point, which name rather than report: they
    // are NAMING_FORMS)
];

/// The forms of speech cues that are not regular forms of
/// [`SPEECH_LEMMAS`].
const SPEECH_FORMS: &[&str] = &[
    "said",
    "says",
    "saying",
    "told",
    "tells",
    "telling",
    "wrote",
    "writes",
    "writing",
    "written",
    "cried",
    "cries",
    "replied",
    "replies",
    "denied",
    "denies",
    "testified",
    "testifies",
    // only as a tag (see is_tag_only): “…,” the sign read.
    "read",
    "reads",
];

/// The speech cues: every form of the verbs of saying.
static SPEECH_CUES: Lazy<WordSet> = Lazy::new(|| verb_set(&[SPEECH_LEMMAS], SPEECH_FORMS));

/// Regular verbs of belief and knowledge: Clinton believes that….
const BELIEF_LEMMAS: &[&str] = &[
    "remember",
    "notice",
    "believe",
    "agree",
    "disagree",
    "prefer",
    "remind",
    "thank",
    "rule",
    "hope",
    "fear",
    "expect",
    "worry",
    "doubt",
    "indicate",
    "realize",
    "realise",
    "recognize",
    "recognise",
    "suspect",
    "reiterate",
    "signal",
    "hint",
    "wonder",
    "learn",
    "assume",
    "accuse",
    "guess",
    "imagine",
    "reckon",
];

/// Verbs of belief, knowledge and evidence, which also attribute a clause
/// to a source: Clinton believes that…, the poll shows that….
static BELIEF_CUES: Lazy<WordSet> =
    Lazy::new(|| verb_set(&[BELIEF_LEMMAS, STANCE_LEMMAS], BELIEF_FORMS));

/// The forms of belief cues that are not regular forms of
/// [`BELIEF_LEMMAS`] nor [`STANCE_LEMMAS`].
const BELIEF_FORMS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "know",
    "knows",
    "knew",
    "feel",
    "feels",
    "felt",
    "show",
    "shows",
    "showed",
    "shown",
    "find",
    "finds",
    "found",
    "understand",
    "understands",
    "understood",
    "see",
    "sees",
    "saw",
];

static NAMING_CUES: Lazy<WordSet> = Lazy::new(|| set(NAMING_FORMS));

/// The words of [`NAMING_CUES`].
const NAMING_FORMS: &[&str] = &[
    "call",
    "calls",
    "called",
    "calling",
    "dub",
    "dubs",
    "dubbed",
    "dubbing",
    "describe",
    "describes",
    "described",
    "describing",
    "praise",
    "praises",
    "praised",
    "praising",
    "label",
    "labels",
    "labeled",
    "labelled",
    "labeling",
    "labelling",
    "brand",
    "brands",
    "branded",
    "branding",
    "term",
    "termed",
    "titled",
    "entitled",
    "nicknamed",
    "terming",
    "decry",
    "decried",
    "decrying",
    "slam",
    "slammed",
    "slamming",
    "blast",
    "blasted",
    "blasting",
    "hail",
    "hailed",
    "hailing",
    "condemn",
    "condemned",
    "condemning",
    "criticize",
    "criticized",
    "criticizing",
    "criticise",
    "criticised",
    "criticising",
    "vowing",
    "vowed",
    "pledged",
    "dismiss",
    "dismissed",
    "dismissing",
    "mock",
    "mocked",
    "mocking",
    "refer",
    "referred",
    "referring",
    "characterize",
    "characterized",
    "characterizing",
    // third-person forms
    "refers",
    "characterizes",
    "characterises",
    "condemns",
    "criticizes",
    "criticises",
    "blasts",
    "slams",
    "dismisses",
    "mocks",
    "decries",
    "hails",
    "praises",
    "labels",
    // pointed out that …
    "point",
    "points",
    "pointed",
    "pointing",
];

/// Calls `form` with each regular inflection of a verb lemma: base, -s,
/// -ed, -ing.
fn for_each_form(lemma: &str, mut form: impl FnMut(&str)) {
    // (each form written into one buffer: the lists are built once a
    // process, and allocating each form cost more than the rest)
    let mut buf = String::with_capacity(lemma.len() + 4);
    let mut emit = |parts: &[&str]| {
        buf.clear();
        parts.iter().for_each(|part| buf.push_str(part));
        form(&buf);
    };
    emit(&[lemma]);
    let stem_e = lemma.strip_suffix('e');
    let ends_y_consonant = lemma.ends_with('y')
        && !matches!(
            lemma.as_bytes()[lemma.len().saturating_sub(2)],
            b'a' | b'e' | b'o' | b'u'
        );
    if ends_y_consonant {
        let stem = &lemma[..lemma.len() - 1];
        emit(&[stem, "ies"]);
        emit(&[stem, "ied"]);
    } else if lemma.ends_with('s') || lemma.ends_with("sh") || lemma.ends_with("ch") {
        emit(&[lemma, "es"]);
        emit(&[lemma, "ed"]);
    } else {
        emit(&[lemma, "s"]);
        emit(&[stem_e.unwrap_or(lemma), "ed"]);
    }
    match stem_e {
        Some(stem) if !lemma.ends_with("ee") => emit(&[stem, "ing"]),
        _ => emit(&[lemma, "ing"]),
    }
    // Short verbs that double their last consonant: snap, quip, vow is regular.
    if matches!(lemma, "snap" | "quip" | "admit" | "scoff" | "plead") {
        let last = &lemma[lemma.len() - 1..];
        emit(&[lemma, last, "ed"]);
        emit(&[lemma, last, "ing"]);
    }
}

/// A set of every regular form ([`for_each_form`]) of the verbs of
/// `lemmas`, and of `words`.
fn verb_set(lemmas: &[&[&str]], words: &[&str]) -> WordSet {
    let mut set = set(words);
    for &lemma in lemmas.iter().copied().flatten() {
        for_each_form(lemma, |form| set.insert(form));
    }
    set
}

/// Verbs of stance, which attribute a position to a source: Clinton
/// endorsed Sanders's plan, Trump wants a wall. Their bare forms are also
/// nouns or infinitives, so they count only in a verb context.
const STANCE_LEMMAS: &[&str] = &[
    "want",
    "plan",
    "endorse",
    "support",
    "oppose",
    "defend",
    "propose",
    "refuse",
    "decline",
    "cite",
    "seek",
    "reject",
    "welcome",
    "blame",
    "question",
    "challenge",
    "dispute",
    "intend",
    "prefer",
    "favor",
    "favour",
    "tout",
    "embrace",
    "recommend",
    "advocate",
    "applaud",
    "celebrate",
    "determine",
    "highlight",
    "forecast",
    "project",
    "denounce",
    "lament",
    "ridicule",
    "deride",
    "express",
    "laud",
    "attack",
    "discuss",
    "echo",
    "encourage",
    "request",
    "offer",
    "back",
    "reference",
    "decide",
    "address",
    "invoke",
    "congratulate",
    "rebuke",
    "outline",
    "ignore",
    "threaten",
    "dislike",
    "order",
    "name",
    "view",
    "voice",
    "portray",
    "identify",
    "persuade",
    "charge",
    "press",
    "assail",
];

static CUE_LEMMAS: Lazy<WordSet> = Lazy::new(|| {
    let mut words = set(STANCE_LEMMAS);
    words.extend(BELIEF_LEMMAS);
    words.extend(CUE_BASE_FORMS);
    words
});

/// The bare forms of cues besides [`STANCE_LEMMAS`] and [`BELIEF_LEMMAS`].
const CUE_BASE_FORMS: &[&str] = &[
    "agree",
    "think",
    "know",
    "feel",
    "show",
    "find",
    "understand",
    "see",
    "say",
    "tell",
    "claim",
    "report",
    "comment",
    "answer",
    "promise",
    "estimate",
    "call",
    "reply",
    "cry",
    "demand",
    "plead",
    "warning",
    "vow",
    "pledge",
    "joke",
    "quip",
    "sigh",
    "groan",
    "laugh",
    "snap",
    "shout",
    "whisper",
    "murmur",
    "mutter",
    "caution",
    "remark",
    "statement",
    "note",
    "state",
    "concede",
    "answer",
    "tweet",
    "write",
    "testify",
    "urge",
    "repeat",
    "mention",
    "insist",
    "respond",
    "ask",
    "add",
    "argue",
    "continue",
    "predict",
    "suggest",
    "admit",
    "boast",
    "complain",
    "confirm",
    "deny",
    "explain",
    "announce",
    "declare",
    "assert",
    "allege",
    "reveal",
    "observe",
    "recall",
    "describe",
    "conclude",
    "speculate",
    "inform",
    "assure",
    "contend",
    "maintain",
    "disclose",
    "retort",
    "exclaim",
    "scream",
    "yell",
    "proclaim",
    "recount",
    "scoff",
    "stress",
    "emphasize",
    "emphasise",
    "acknowledge",
];

static NAMING_LEMMAS: Lazy<WordSet> = Lazy::new(|| set(NAMING_BASE_FORMS));

/// The words of [`NAMING_LEMMAS`].
const NAMING_BASE_FORMS: &[&str] = &[
    "call",
    "term",
    "label",
    "brand",
    "praise",
    "slam",
    "blast",
    "hail",
    "mock",
    "dismiss",
    "dub",
    "describe",
    "decry",
    "condemn",
    "criticize",
    "criticise",
    "refer",
    "characterize",
    "promise",
    "pledge",
    "vow",
];

/// Whether a cue word is the bare form of a verb that is also a noun
/// ("claim", "report"): such a word reports speech only when its subject
/// is plainly a subject (a pronoun or a plural noun phrase).
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_ambiguous_base_form(word: &str) -> bool {
    contains(&CUE_LEMMAS, word) || contains(&NAMING_LEMMAS, word)
}

/// Speech verbs that tag a quotation but do not report a clause:
/// “…,” he continued / laughed / whispered.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_tag_only(word: &str) -> bool {
    contains(tag_only_forms(), word)
}

/// The words of [`is_tag_only`].
fn tag_only_forms() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| verb_set(&[TAG_ONLY_LEMMAS], TAG_ONLY_FORMS));
    &SET
}

/// The verbs of [`is_tag_only`], each standing for its regular forms.
const TAG_ONLY_LEMMAS: &[&str] = &[
    "continue", "laugh", "sigh", "groan", "scoff", "quip", "joke", "retort", "exclaim", "whisper",
    "murmur", "mutter", "snap", "shout", "yell", "scream", "cry", "muse", "chant",
];

/// The words of [`is_tag_only`] that are not regular forms of
/// [`TAG_ONLY_LEMMAS`].
const TAG_ONLY_FORMS: &[&str] = &["cried", "cries", "read", "reads"];

/// The class of a built-in speech cue, if `word` is one.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn cue_class(word: &str) -> Option<CueClass> {
    let (speech, belief, naming) = (&*SPEECH_CUES, &*BELIEF_CUES, &*NAMING_CUES);
    let bytes = word.as_bytes();
    if !(speech.may_contain(bytes) || belief.may_contain(bytes) || naming.may_contain(bytes)) {
        return None;
    }
    let key = Key::fold(word)?;
    if SPEECH_CUES.contains_key(key) {
        Some(CueClass::Speech)
    } else if BELIEF_CUES.contains_key(key) {
        Some(CueClass::Belief)
    } else if NAMING_CUES.contains_key(key) {
        Some(CueClass::Naming)
    } else {
        None
    }
}

/// Irregular past forms of verbs that take a "that" clause of belief or
/// perception: knew, felt, heard…
pub(crate) fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "knew"
            | "thought"
            | "felt"
            | "heard"
            | "saw"
            | "understood"
            | "forgot"
            | "held"
            | "taught"
            | "swore"
            | "foresaw"
            | "meant"
            | "bet"
    )
}

/// Common irregular past forms, which are verbs and never nouns or
/// descriptors (met, told, came, went).
pub(crate) fn is_irregular_past_verb(word: &str) -> bool {
    is_irregular_past(word)
        || matches!(
            word,
            "met"
                | "told"
                | "said"
                | "made"
                | "took"
                | "gave"
                | "got"
                | "left"
                | "sent"
                | "let"
                | "put"
                | "hit"
                | "beat"
                | "led"
                | "won"
                | "lost"
                | "ran"
                | "came"
                | "went"
                | "sat"
                | "stood"
                | "brought"
                | "bought"
                | "paid"
        )
}

/// `read(word in lower case)`: lowered in a buffer on the stack for a
/// short ASCII word (whose lower case is its ASCII lower case), else
/// copied by [`str::to_lowercase`].
pub(crate) fn in_lower_case<R>(word: &str, read: impl FnOnce(&str) -> R) -> R {
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()).filter(|_| word.is_ascii()) {
        Some(lower) => {
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            read(std::str::from_utf8(lower).unwrap_or_default())
        }
        None => read(&word.to_lowercase()),
    }
}

/// `word` as [`str::to_ascii_lowercase`] makes it, borrowed when it has
/// no ASCII capital (most words): no new string to compare a word with
/// lower-case ones.
pub(crate) fn ascii_lowercase_str(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Whether a word has the shape of a verb in the past (a regular -ed form
/// longer than four letters: fumed, pursued, murmured), for the places
/// that read an unlisted verb from its ending.
pub(crate) fn has_past_ending(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed")
}

/// A cardinal number, in digits or in words up to twenty (four, 12).
pub(crate) fn is_number_word(word: &str) -> bool {
    (!word.is_empty() && word.bytes().all(|b| b.is_ascii_digit() || b == b','))
        || matches!(
            &*ascii_lowercase_str(word),
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "fifteen"
                | "twenty"
                | "dozen"
        )
}

/// Adverbs of time and of degree that may follow the subject of an
/// inverted tag but never end a noun phrase: said his aunt *soon
/// afterwards*, said the policeman *very* gravely, said the valet
/// *somewhat* affably.
pub(crate) fn is_time_or_degree_adverb(word: &str) -> bool {
    matches!(
        word,
        "soon"
            | "afterwards"
            | "afterward"
            | "presently"
            | "again"
            | "then"
            | "now"
            | "still"
            | "once"
            | "very"
            | "somewhat"
            | "rather"
            | "quite"
            | "too"
            | "so"
            | "almost"
    )
}

/// Adjectives that follow a noun with their preposition: a source *close
/// to* him, officials *familiar with* the talks, aides *loyal to* her.
pub(crate) fn is_postnominal_adjective(word: &str) -> bool {
    matches!(
        word,
        "close"
            | "closest"
            | "familiar"
            | "loyal"
            | "opposed"
            | "sympathetic"
            | "friendly"
            | "allied"
            | "connected"
            | "critical"
            | "hostile"
            | "knowledgeable"
            | "aware"
    )
}

/// Whether `word` is an adjective made with a hyphen, from a name or
/// otherwise (Oscar-nominated, Miami-based, GOP-led, Clinton-era,
/// Spanish-speaking, Right-wing): its part after the last hyphen is a
/// lower-case word of three bytes or more, ending in -ed, in -ing (six
/// bytes or more: not a syllable of a name written with a hyphen, Ying-jeou,
/// Jin-ping) or one of a few words.
#[inline]
pub(crate) fn is_hyphenated_modifier(word: &str) -> bool {
    // (a byte search, as '-' is ASCII)
    may_be_hyphenated_modifier(word.as_bytes())
        && word.bytes().rposition(|b| b == b'-').is_some_and(|dash| {
            let last = &word[dash + 1..];
            last.len() > 2
                && last.starts_with(char::is_lowercase)
                && (last.ends_with("ed")
                    || (last.len() >= 6 && last.ends_with("ing"))
                    || matches!(
                        last,
                        "led"
                            | "run"
                            | "style"
                            | "like"
                            | "era"
                            | "born"
                            | "made"
                            | "friendly"
                            | "language"
                            | "wing"
                            | "only"
                            | "worthy"
                            | "income"
                    ))
        })
}

/// Whether the word `bytes` ends in a byte that an ending of
/// [`is_hyphenated_modifier`] ends in: most words, and every quotation
/// classed as a token, end in none, and need no search for a hyphen.
#[inline]
fn may_be_hyphenated_modifier(bytes: &[u8]) -> bool {
    matches!(bytes.last(), Some(b'd' | b'n' | b'e' | b'a' | b'g' | b'y'))
}

/// Subordinating conjunctions, which open a clause with its own subject
/// (after the governor suggested…, When Trump said…), in any case.
#[inline]
pub(crate) fn is_subordinator(word: impl AsRef<[u8]>) -> bool {
    // (of a word's bytes as well as of its text)
    let word = word.as_ref();
    word.len() <= 8
        && SUBORDINATORS
            .iter()
            .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// The words of [`is_subordinator`], in lower case.
const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "because", "as", "while", "if", "once", "although",
    "though", "when", "whereas",
];

/// Sentence adverbs that commas set off inside a clause, between its
/// subject and its verb (Supporters, however, argue …): the connectives
/// and any word in -ly in lower case (not July). Asked of a word's
/// bytes; the connectives ignore ASCII case.
pub(crate) fn is_sentence_adverb(word: &[u8]) -> bool {
    const CONNECTIVES: [&[u8]; 9] = [
        b"however",
        b"meanwhile",
        b"though",
        b"too",
        b"instead",
        b"therefore",
        b"nonetheless",
        b"nevertheless",
        b"also",
    ];
    (word.len() > 4 && word[0].is_ascii_lowercase() && word.ends_with(b"ly"))
        || CONNECTIVES.iter().any(|c| word.eq_ignore_ascii_case(c))
}

/// Whether `first` and `second` make a two-word phrase set off by commas
/// inside a clause, as a sentence adverb is: for example, for instance,
/// in fact, of course (in any case).
pub(crate) fn is_parenthetical_phrase(first: &[u8], second: &[u8]) -> bool {
    const PHRASES: [(&[u8], &[u8]); 8] = [
        (b"for", b"example"),
        (b"for", b"instance"),
        (b"in", b"fact"),
        (b"of", b"course"),
        (b"in", b"turn"),
        (b"in", b"particular"),
        (b"at", b"least"),
        (b"after", b"all"),
    ];
    PHRASES
        .iter()
        .any(|(a, b)| first.eq_ignore_ascii_case(a) && second.eq_ignore_ascii_case(b))
}

/// Whether `word` is one that opens a sentence before a comma without
/// naming anyone: a sentence adverb ([`is_sentence_adverb`]), a word of
/// time or order (Today, Later, First), or a word a speaker opens with
/// (Look, Well, Yes). (Asked of a capitalised word alone before a comma
/// at a sentence's start: Nonetheless, he said …; “Look, I think …”.)
pub(crate) fn is_comma_opener(word: &[u8]) -> bool {
    const OPENERS: [&[u8]; 42] = [
        b"look",
        b"listen",
        b"well",
        b"now",
        b"still",
        b"yes",
        b"yeah",
        b"no",
        b"sure",
        b"okay",
        b"ok",
        b"again",
        b"then",
        b"indeed",
        b"besides",
        b"moreover",
        b"furthermore",
        b"otherwise",
        b"anyway",
        b"today",
        b"yesterday",
        b"tonight",
        b"later",
        b"earlier",
        b"first",
        b"second",
        b"third",
        b"finally",
        b"overall",
        b"thus",
        b"hence",
        b"so",
        b"yet",
        b"plus",
        b"please",
        b"oh",
        b"ah",
        b"hey",
        b"wow",
        b"afterward",
        b"afterwards",
        b"soon",
    ];
    is_sentence_adverb(word) || OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o))
}

/// Auxiliaries and copulas: after a noun phrase they make it a clause's
/// subject (the flag *was* removed). (Asked of a word's bytes as well as
/// of its text: the bytes cost less to cut out.)
#[inline(always)]
pub(crate) fn is_auxiliary(word: impl AsRef<[u8]>) -> bool {
    matches!(
        word.as_ref(),
        b"is"
            | b"was"
            | b"are"
            | b"were"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"should"
            | b"may"
            | b"might"
            | b"must"
            | b"does"
            | b"did"
            | b"do"
    )
}

/// The gender a noun for a person gives (a spokeswoman, the girl, his
/// wife), for a description's gender in every genre; `None` for a noun
/// that gives none (the stranger, the doctor).
pub(crate) fn person_noun_gender(word: &str) -> Option<crate::Gender> {
    use crate::Gender;
    match word {
        "man" | "spokesman" | "chairman" | "gentleman" | "boy" | "lad" | "fellow" | "husband"
        | "father" | "son" | "brother" | "uncle" | "nephew" | "king" | "prince" | "lord"
        | "master" | "youth" | "duke" | "sir" | "grandfather" | "papa" | "landlord" | "host"
        | "waiter" | "monk" | "priest" | "butler" | "footman" | "valet" | "clergyman"
        | "policeman" | "count" | "baron" | "marquis" | "emperor" => Some(Gender::Male),
        "woman" | "spokeswoman" | "chairwoman" | "lady" | "girl" | "wife" | "mother"
        | "daughter" | "sister" | "aunt" | "niece" | "queen" | "princess" | "mistress" | "maid"
        | "widow" | "lass" | "dame" | "duchess" | "countess" | "governess" | "housekeeper"
        | "grandmother" | "mamma" | "mama" | "matron" | "landlady" | "hostess" | "actress"
        | "waitress" | "nun" | "baroness" | "marchioness" | "empress" | "madam" | "madame" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

/// Nouns of kinship (his sister, her aunt): a person of the family of the
/// one the possessive before them means, never that one.
pub(crate) fn is_kin_noun(word: &str) -> bool {
    matches!(
        word,
        "mother"
            | "father"
            | "wife"
            | "husband"
            | "son"
            | "daughter"
            | "sister"
            | "brother"
            | "aunt"
            | "uncle"
            | "cousin"
            | "niece"
            | "nephew"
            | "grandmother"
            | "grandfather"
            | "grandson"
            | "granddaughter"
            | "mamma"
            | "mama"
            | "papa"
    )
}

/// Nouns of the household and the family that its members use as names,
/// written small: “…,” said nanny; “…,” said mother.
pub(crate) fn is_household_name_noun(word: &str) -> bool {
    matches!(
        word,
        "nanny"
            | "nurse"
            | "cook"
            | "mother"
            | "father"
            | "mummy"
            | "mommy"
            | "daddy"
            | "mamma"
            | "mama"
            | "papa"
            | "granny"
            | "grandma"
            | "grandpa"
            | "grandmother"
            | "grandfather"
            | "auntie"
    )
}

/// Irregular verbs that tag a quotation in fiction right after it (“…,”
/// thought Elinor; “…,” began Gregory; “…,” broke in Isaac), where news
/// would not use them.
pub(crate) fn is_fiction_tag_verb(word: &str) -> bool {
    matches!(
        word,
        "thought" | "began" | "spoke" | "broke" | "put" | "burst" | "went" | "struck"
    )
}

/// Verbs of starting or going on to speak that can close a sentence
/// leading in to a quotation in fiction: Mr. Collins began. / “…”
pub(crate) fn is_taking_the_floor(word: impl AsRef<[u8]>) -> bool {
    // (of a word's bytes as well as of its text)
    matches!(
        word.as_ref(),
        b"began" | b"spoke" | b"continued" | b"resumed" | b"persisted" | b"proceeded"
    )
}

/// The months' abbreviations, as written before their full stop (Feb.,
/// Sept.).
pub(crate) fn is_month_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// The names of the months and the days of the week, as they are
/// written (March, Sunday).
pub(crate) fn is_month_or_weekday(word: &str) -> bool {
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Numbers from two to twelve written capitalised (Five, Seven): function
/// words in most sentences, which fiction also gives characters as names
/// (said Five). Not "One", a pronoun as often.
pub(crate) fn is_capitalised_number(word: &str) -> bool {
    matches!(
        word,
        "Two"
            | "Three"
            | "Four"
            | "Five"
            | "Six"
            | "Seven"
            | "Eight"
            | "Nine"
            | "Ten"
            | "Eleven"
            | "Twelve"
    )
}

/// Verbs with a particle that say someone goes on or breaks in speaking,
/// and so lead in to the words after them: went on, ran on, carried on,
/// spoke up, struck in.
pub(crate) fn is_going_on_speaking(verb: &[u8], particle: &[u8]) -> bool {
    match particle {
        b"on" => matches!(
            verb,
            b"went" | b"ran" | b"rattled" | b"talked" | b"carried" | b"chattered" | b"rambled"
        ),
        b"up" => matches!(verb, b"spoke" | b"piped"),
        b"in" => matches!(verb, b"struck" | b"chimed" | b"broke" | b"cut"),
        _ => false,
    }
}

/// Nouns of the talk going on that a verb of going on takes as its object
/// (carried on the joke, resumed the conversation).
pub(crate) fn is_topic_of_talk(word: &[u8]) -> bool {
    matches!(
        word,
        b"joke"
            | b"conversation"
            | b"subject"
            | b"story"
            | b"tale"
            | b"argument"
            | b"discussion"
            | b"theme"
            | b"narrative"
            | b"talk"
            | b"attack"
            | b"questioning"
    )
}

/// Words that, as the head of a description, only tell which of several
/// people is meant (the other, the elder, the last), not what the person
/// is: no title for the name they stand beside.
pub(crate) fn is_word_of_order(word: &str) -> bool {
    matches!(
        word,
        "other"
            | "former"
            | "latter"
            | "elder"
            | "younger"
            | "eldest"
            | "youngest"
            | "first"
            | "second"
            | "last"
            | "same"
    )
}

/// Words that call a person old (the old lady, the elderly gentleman).
pub(crate) const OLD_AGE_WORDS: &[&str] = &["old", "elderly", "aged"];

/// Nouns for a young person (the boy, the girl, the lad).
const YOUNG_PERSON_NOUNS: &[&str] = &["boy", "lad", "girl", "child", "youth", "lass", "youngster"];

/// Whether a description (the boy, the little girl) is of a young person:
/// a noun for one, not called old.
pub(crate) fn describes_the_young(description: &str) -> bool {
    let mut words = description.split_whitespace();
    let Some(head) = words.next_back() else {
        return false;
    };
    YOUNG_PERSON_NOUNS.contains(&head) && !words.any(|w| OLD_AGE_WORDS.contains(&w))
}

/// Whether a description (the man, the old gentleman, the elderly
/// lady) is of a grown person: a noun for a man or woman not called
/// young, or anyone called old.
pub(crate) fn describes_a_grown_up(description: &str) -> bool {
    let mut words = description.split_whitespace();
    let Some(head) = words.next_back() else {
        return false;
    };
    // (the words before the noun, read again for each question, not
    // gathered into a list: a description has a few)
    let modifiers = words;
    let called = |said: &[&str]| modifiers.clone().any(|w| said.contains(&w));
    if YOUNG_PERSON_NOUNS.contains(&head) {
        return called(OLD_AGE_WORDS);
    }
    called(OLD_AGE_WORDS)
        || (matches!(head, "man" | "gentleman" | "woman") && !called(&["young", "younger"]))
}

/// Honorifics of an unmarried woman or a boy (Miss, Mademoiselle,
/// Master): no one an old person's description (the old lady) means.
pub(crate) const HONORIFICS_OF_THE_YOUNG: &[&str] =
    &["Miss", "Mlle.", "Mlle", "Mademoiselle", "Master"];

/// Honorifics of a married woman: no one a girl's description (the girl,
/// the young lady) means.
pub(crate) const HONORIFICS_OF_THE_MARRIED: &[&str] = &["Mrs.", "Mrs"];

/// Verbs that tag a quotation as thought, not said aloud (“…,” thought
/// Elinor; she mused).
pub(crate) fn is_verb_of_thinking(word: &str) -> bool {
    matches!(
        word,
        "thought" | "reflected" | "mused" | "wondered" | "pondered" | "meditated"
    )
}

/// Verbs of going on speaking that tag a quotation (“…,” he added; she
/// continued): the one who speaks goes on, so the speaker is the latest.
pub(crate) fn is_going_on(word: &str) -> bool {
    matches!(
        word,
        "added" | "continued" | "resumed" | "persisted" | "pursued" | "proceeded"
    )
}

/// Nouns of a spoken answer or remark, owned by their speaker in fiction:
/// “…,” was Elinor's *reply*.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_reply_noun(word: &str) -> bool {
    // (one lookup in the table of word classes, which holds them as they
    // must be written)
    WordClass::of(word).is_reply_noun()
}

/// The words of [`is_reply_noun`].
const REPLY_NOUNS: &[&str] = &[
    "reply",
    "answer",
    "rejoinder",
    "remark",
    "observation",
    "exclamation",
    "response",
    "comment",
    "explanation",
    "cry",
    "retort",
    "inquiry",
    "enquiry",
    "question",
    "thought",
    "reflection",
    "words",
    "language",
    "greeting",
    "advice",
    "protest",
    "assurance",
    "declaration",
    "contribution",
    "consolation",
    "reasoning",
    "opinion",
    "apostrophe",
];

/// Whether a word and the next say that someone kept silent: silent,
/// silenced, said nothing, no answer (or reply, response), not answer
/// (or reply, speak).
pub(crate) fn tells_silence(word: &str, next: &str) -> bool {
    // (each first word below starts with "s", "n" or "d": most words are
    // ruled out by their first byte, before their length and letters)
    if !matches!(word.as_bytes().first(), Some(b's' | b'n' | b'd')) {
        return false;
    }
    match word {
        "silent" | "silenced" => true,
        "said" | "say" => next == "nothing",
        "no" => matches!(next, "answer" | "reply" | "response"),
        "not" | "never" | "didn't" => matches!(next, "answer" | "reply" | "speak"),
        _ => false,
    }
}

/// Verbs that tag a line of dialogue in fiction and hardly ever a quote in
/// the news: “…,” cried Alice; “…,” he replied.
pub(crate) fn is_dialogue_verb(word: &str) -> bool {
    // (all of them end in "ed": most words fail at their last two bytes)
    // (then one lookup in the table of word classes, which holds them as
    // they must be written, not a walk through the list)
    word.as_bytes().ends_with(b"ed") && WordClass::of(word).is_dialogue_verb()
}

/// The words of [`is_dialogue_verb`], as they must be written.
const DIALOGUE_VERBS: &[&str] = &[
    "cried",
    "replied",
    "answered",
    "exclaimed",
    "returned",
    "rejoined",
    "retorted",
    "whispered",
    "murmured",
    "muttered",
    "shouted",
    "sighed",
    "laughed",
    "screamed",
    "groaned",
    "inquired",
    "enquired",
    "interrupted",
    "interposed",
    "echoed",
    "repeated",
    "resumed",
    "persisted",
    "ventured",
    "faltered",
    "stammered",
    "sobbed",
    "snapped",
    "growled",
    "grumbled",
    "drawled",
    "gasped",
    "panted",
    "called",
    "objected",
    "assented",
    "corrected",
    "hissed",
    "moaned",
    "wailed",
    "roared",
    "bellowed",
    "yelled",
    "squeaked",
    "sneered",
    "pleaded",
    "begged",
    "mused",
];

/// Light verbs whose object, a noun of stance, carries the subject's
/// stance: unveiled a proposal to…, has a plan to…, made the decision to….
pub(crate) fn is_light_verb(word: &str) -> bool {
    matches!(
        word,
        "unveiled"
            | "unveils"
            | "released"
            | "releases"
            | "issued"
            | "issues"
            | "made"
            | "makes"
            | "laid"
            | "lays"
            | "put"
            | "puts"
            | "has"
            | "have"
            | "had"
            | "announced"
            | "announces"
            | "offered"
            | "offers"
            | "avoided"
            | "avoids"
    )
}

/// Personal pronouns in the object case, and the reflexives: him, them,
/// herself (no noun a relative clause can hang on).
pub(crate) fn is_object_pronoun(word: &str) -> bool {
    matches!(
        word,
        "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "you"
            | "it"
            | "himself"
            | "herself"
            | "themselves"
            | "itself"
            | "myself"
            | "yourself"
            | "ourselves"
    )
}

/// Forms of "be" and of verbs that link a subject to an adjective: is,
/// was, seems, remained, felt.
pub(crate) fn is_copula(word: &str) -> bool {
    matches!(
        word,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "seem"
            | "seems"
            | "seemed"
            | "appear"
            | "appears"
            | "appeared"
            | "remain"
            | "remains"
            | "remained"
            | "become"
            | "becomes"
            | "became"
            | "feel"
            | "feels"
            | "felt"
            | "isn't"
            | "wasn't"
            | "aren't"
            | "weren't"
            | "isn’t"
            | "wasn’t"
            | "aren’t"
            | "weren’t"
    )
}

/// Negated auxiliaries written as one word: didn't, won’t, isn't.
pub(crate) fn is_negative_contraction(word: impl AsRef<[u8]>) -> bool {
    // (of a word's bytes as well as of its text)
    let word = word.as_ref();
    word.ends_with(b"n't") || word.ends_with("n’t".as_bytes())
}

/// Plainly finite verbs of saying (said, told, wrote): after them any
/// phrase can be the subject, and the subject may carry prepositional
/// phrases (delegates at the convention said).
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_finite_saying(word: &str) -> bool {
    FINITE_SAYING.contains(&word)
}

/// The words of [`is_finite_saying`], as they must be written.
const FINITE_SAYING: &[&str] = &[
    // (and of showing: the latest poll conducted by … shows)
    "show",
    "shows",
    "showed",
    "found",
    "finds",
    "suggests",
    "suggested",
    "indicates",
    "indicated",
    "said",
    "say",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "explained",
    "noted",
    "asked",
    "replied",
    "stated",
    "declared",
    "announced",
    "acknowledged",
    "claimed",
    "reported",
    "reports",
];

/// Whether a cue word is a participle of the "-ing" kind ("saying",
/// "adding"), which takes the subject of the clause it hangs from.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// Verbs of telling that take the addressee as object: told reporters that…
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn takes_object(word: &str) -> bool {
    contains(telling_verbs(), word)
}

/// The words of [`takes_object`].
fn telling_verbs() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(TELLING_VERBS));
    &SET
}

/// The words of [`telling_verbs`] (the table of word classes holds them too).
const TELLING_VERBS: &[&str] = &[
    "tell",
    "tells",
    "told",
    "telling",
    "warn",
    "warns",
    "warned",
    "warning",
    "inform",
    "informs",
    "informed",
    "informing",
    "assure",
    "assures",
    "assured",
    "assuring",
    "urge",
    "urges",
    "urged",
    "urging",
    "remind",
    "reminded",
    "ask",
    "asks",
    "asked",
    "asking",
    "promise",
    "promised",
    "promising",
];

/// Auxiliaries and adverbs that may stand between a subject and its cue:
/// Rutte *has also* said, she *later* told, they *don't* support.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_verb_modifier(word: &str) -> bool {
    contains(verb_modifiers(), word) || is_ly_adverb(word) || is_negative_contraction(word)
}

/// Whether `word` reads as an adverb in -ly (publicly, quickly).
pub(crate) fn is_ly_adverb(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ly")
}

/// The words of [`is_verb_modifier`].
fn verb_modifiers() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(VERB_MODIFIERS));
    &SET
}

/// The words of [`verb_modifiers`] (the table of word classes holds them too).
const VERB_MODIFIERS: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "be",
    "been",
    "being",
    "will",
    "would",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    "shall",
    "did",
    "does",
    "do",
    "also",
    "later",
    "then",
    "thus",
    "again",
    "once",
    "previously",
    "recently",
    "often",
    "long",
    "repeatedly",
    "already",
    "still",
    "even",
    "just",
    "now",
    "first",
    "further",
    "subsequently",
    "once",
    "earlier",
    "too",
    "has",
    "not",
    "never",
    "always",
    "reportedly",
    "allegedly",
    "quickly",
    "simply",
    "flatly",
    "publicly",
    "privately",
    "separately",
    "similarly",
    "softly",
    "quietly",
    "loudly",
    "angrily",
    "calmly",
    "sharply",
];

/// Nouns of time that may stand, with their lead words, between a subject
/// and its cue: Clinton *on Tuesday* said, officials *last week* said.
pub(crate) fn is_temporal_noun(word: &str) -> bool {
    contains(temporal_nouns(), word)
}

/// Nouns for a work with a title: book, show, podcast, film… (his book
/// “An American Son”).
pub(crate) fn is_work_noun(word: impl AsRef<[u8]>) -> bool {
    // (of a word's bytes as well as of its text)
    matches!(
        word.as_ref(),
        b"book"
            | b"books"
            | b"novel"
            | b"memoir"
            | b"biography"
            | b"podcast"
            | b"show"
            | b"program"
            | b"programme"
            | b"series"
            | b"episode"
            | b"film"
            | b"movie"
            | b"documentary"
            | b"song"
            | b"album"
            | b"column"
            | b"newsletter"
            | b"blog"
            | b"magazine"
            | b"play"
            | b"musical"
            | b"sitcom"
            | b"segment"
    )
}

/// Third-person forms of cue verbs that are far more often plural nouns
/// (attacks, comments, rules): they count as verbs only after a subject.
pub(crate) fn is_noun_like_s_form(word: impl AsRef<[u8]>) -> bool {
    // (of a word's bytes as well as of its text)
    matches!(
        word.as_ref(),
        b"attacks" | b"comments" | b"rules" | b"questions" | b"remarks" | b"answers" | b"feels"
    )
}

/// A holiday or named date of two words: Election Day, Labor Day.
pub(crate) fn is_named_day(first: &str, day: &str) -> bool {
    const FIRST: &[&str] = &[
        "election",
        "labor",
        "memorial",
        "veterans",
        "independence",
        "inauguration",
        "christmas",
        "thanksgiving",
        "presidents",
        "primary",
        "caucus",
        "opening",
    ];
    day == "Day" && FIRST.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// The words of [`is_temporal_noun`].
fn temporal_nouns() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(TEMPORAL_NOUNS));
    &SET
}

/// The words of [`temporal_nouns`] (the table of word classes holds them too).
const TEMPORAL_NOUNS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "week",
    "weekend",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "day",
    "ago",
    "days",
    "weeks",
    "months",
    "years",
];

/// Words that lead a phrase of time: *on* Tuesday, *last* week.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_temporal_lead(word: &str) -> bool {
    leads_time(word) || is_temporal_noun(word)
}

/// The words of [`is_temporal_lead`] that are not nouns of time.
fn leads_time(word: &str) -> bool {
    TIME_LEADS.contains(&word)
}

/// The words of [`leads_time`], as they must be written.
const TIME_LEADS: &[&str] = &[
    "on", "last", "past", "coming", "this", "next", "early", "earlier", "late", "later", "the",
    "in", "a", "few", "two", "three", "several", "than", "less", "more", "about", "nearly", "just",
];

/// Subject pronouns that can be speakers, with the gender they imply.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn subject_pronoun(word: &str) -> Option<crate::Gender> {
    SUBJECT_PRONOUNS
        .iter()
        .find(|(pronoun, _)| pronoun.eq_ignore_ascii_case(word))
        .map(|&(_, gender)| gender)
}

/// The words of [`subject_pronoun`], in lower case.
const SUBJECT_PRONOUNS: &[(&str, crate::Gender)] = &[
    ("he", crate::Gender::Male),
    ("she", crate::Gender::Female),
    ("they", crate::Gender::Other),
    ("we", crate::Gender::Other),
    ("i", crate::Gender::Other),
    ("it", crate::Gender::Other),
];

/// Titles, honorifics and roles that precede a name and are stripped from
/// the canonical name: President, Sen., Prime Minister, Mr.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_title(word: &str) -> bool {
    contains(titles(), word.trim_end_matches('.'))
}

/// The words of [`is_title`].
fn titles() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(TITLES));
    &SET
}

/// The words of [`titles`] (the table of word classes holds them too).
const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "councilmember",
    "councilor",
    "councillor",
    "assemblyman",
    "assemblywoman",
    "assemblymember",
    "alderman",
    "alderwoman",
    "treasurer",
    "comptroller",
    "rabbi",
    "pastor",
    "gov",
    "governor",
    "mayor",
    "chancellor",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ceo",
    "judge",
    "justice",
    "general",
    "gen",
    "adm",
    "admiral",
    "col",
    "colonel",
    "lt",
    "sgt",
    "capt",
    "captain",
    "dr",
    "prof",
    "professor",
    "rev",
    "reverend",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "speaker",
    "leader",
    "deputy",
    "vice",
    "foreign",
    "attorney",
    "commissioner",
    "ambassador",
    "candidate",
    "nominee",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "lord",
    "lady",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "officer",
    "executive",
    "premier",
    "sheriff",
    "detective",
    "officer",
    "sergeant",
    "lieutenant",
    "minority",
    "majority",
    "whip",
    "founder",
    "former",
    "ex",
    "acting",
    "interim",
    "state",
    "defense",
    "defence",
    "homeland",
    "treasury",
    "interior",
    "health",
    "education",
    "commerce",
    "labor",
    "energy",
    "assistant",
    "associate",
    "senior",
    "press",
    "campaign",
    "manager",
    "chairperson",
    "chairwoman",
    "host",
    "anchor",
    "correspondent",
    "editor",
    "columnist",
    "analyst",
    "strategist",
    "adviser",
    "advisor",
    "counselor",
    "counsel",
    "economist",
    "author",
    "coach",
    "father",
    "mother",
    "brother",
    "sister",
    "uncle",
    "aunt",
    "cousin",
    "colonel",
    "major",
    "corporal",
    "private",
    "dean",
    "provost",
    "superintendent",
    "inspector",
    "constable",
    "count",
    "countess",
    "duke",
    "duchess",
    "baron",
    "baroness",
    "emperor",
    "empress",
    "madame",
    "mme",
    "mlle",
    "mademoiselle",
    "monsieur",
    "herr",
    "frau",
    "fraulein",
    "don",
    "doña",
    "señor",
    "senor",
    "señora",
    "senora",
    "senorita",
    "signor",
    "signore",
    "signora",
    "signorina",
    "mx",
    "supreme",
    "court",
    "house",
    "senate",
];

/// Whether `word` (any case) is the title of an office that [`office`]
/// reads: Sen, Senator, President, Gov, minister (of Prime Minister).
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_office_title(word: &str) -> bool {
    OFFICE_TITLES
        .iter()
        .any(|title| title.eq_ignore_ascii_case(word))
}

/// The words of [`is_office_title`], in lower case: each a title
/// ([`TITLES`]) that [`office`] knows.
const OFFICE_TITLES: &[&str] = &[
    "president",
    "senator",
    "sen",
    "governor",
    "gov",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "secretary",
    "speaker",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "premier",
    "general",
    "gen",
    "chairman",
    "chairwoman",
    "ambassador",
    "commissioner",
    "sheriff",
    "pope",
    "rabbi",
    "admiral",
    "adm",
    "colonel",
    "col",
    "treasurer",
    "comptroller",
    "superintendent",
    "minister",
    "leader",
];

/// The office that the title `noun` (any case, its dot dropped: Sen,
/// Senator, governor) names, written after the word `before` (the word
/// just before it, if any): the key of a former holder, "former
/// senator", whose last words ([`present_office`]) are the key of a
/// present one, "senator". A news text names a person with it, Florida
/// Sen. Marco Rubio, and then calls him by it, the Florida senator.
/// A word before it that makes another office of it, a rank ([`rank`]),
/// is read with it (Vice President, Lt. Gov., Attorney General, Prime
/// Minister): a rank and a title that make no office listed here (Deputy
/// Secretary, press secretary) are `None`, as is a title of no office
/// (spokesman, candidate, Dean, the given name of Sen. Dean Heller).
/// Titles the news writes before names and nouns it calls their holders
/// by (President Barack Obama, the president; Gov. John Kasich, the
/// governor; Rep. Nancy Pelosi, the congresswoman).
// (asked of each title written before a person's name, and of each
// description whose last word is a title: a match on the word's bytes,
// folded on the stack, not a walk through a list)
pub(crate) fn office(before: Option<&str>, noun: &str) -> Option<&'static str> {
    let mut folded = [0; 16];
    let plain = match fold_short(noun.trim_end_matches('.'), &mut folded)? {
        b"president" => "former president",
        b"senator" | b"sen" => "former senator",
        b"governor" | b"gov" => "former governor",
        b"rep" | b"representative" | b"congressman" | b"congresswoman" => "former representative",
        b"secretary" => "former secretary",
        b"speaker" => "former speaker",
        b"mayor" => "former mayor",
        b"judge" => "former judge",
        b"justice" => "former justice",
        b"chancellor" => "former chancellor",
        b"premier" => "former premier",
        b"general" | b"gen" => "former general",
        b"chairman" => "former chairman",
        b"chairwoman" => "former chairwoman",
        b"ambassador" => "former ambassador",
        b"commissioner" => "former commissioner",
        b"sheriff" => "former sheriff",
        b"pope" => "former pope",
        b"rabbi" => "former rabbi",
        b"admiral" | b"adm" => "former admiral",
        b"colonel" | b"col" => "former colonel",
        b"treasurer" => "former treasurer",
        b"comptroller" => "former comptroller",
        b"superintendent" => "former superintendent",
        // (titles that are an office with a rank only)
        b"minister" => "minister",
        b"leader" => "leader",
        _ => return None,
    };
    let Some(rank) = before.and_then(rank) else {
        return plain.starts_with("former ").then_some(plain);
    };
    match (rank, plain) {
        ("vice", "former president") => Some("former vice president"),
        ("lieutenant", "former governor") => Some("former lieutenant governor"),
        ("chief", "former justice") => Some("former chief justice"),
        ("prime", "minister") => Some("former prime minister"),
        ("attorney", "former general") => Some("former attorney general"),
        ("majority", "leader") => Some("former majority leader"),
        ("minority", "leader") => Some("former minority leader"),
        _ => None,
    }
}

/// The rank that `word` (any case, its dot dropped) gives the title after
/// it, in lower case, if it is one: a word that makes another office of
/// a title (Vice President, Lt. Gov., Deputy Secretary, press secretary,
/// Majority Leader, Secretary General), which [`office`] reads only as
/// one of its pairs.
fn rank(word: &str) -> Option<&'static str> {
    let mut folded = [0; 16];
    Some(match fold_short(word.trim_end_matches('.'), &mut folded)? {
        b"vice" => "vice",
        b"lt" | b"lieutenant" => "lieutenant",
        b"chief" => "chief",
        b"prime" => "prime",
        b"attorney" => "attorney",
        b"majority" => "majority",
        b"minority" => "minority",
        b"deputy" | b"assistant" | b"associate" | b"under" | b"press" | b"executive"
        | b"surgeon" | b"solicitor" | b"secretary" | b"general" => "other",
        _ => return None,
    })
}

/// `word` with its ASCII capitals lowered, in `buffer`, if it fits there
/// (the words [`office`] and [`rank`] know do; any longer word is none
/// of them).
fn fold_short<'b>(word: &str, buffer: &'b mut [u8; 16]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let folded = buffer.get_mut(..bytes.len())?;
    for (to, from) in folded.iter_mut().zip(bytes) {
        *to = from.to_ascii_lowercase();
    }
    Some(folded)
}

/// The key of an office held now, from [`office`]'s key of a former
/// holder: "senator" of "former senator".
pub(crate) fn present_office(former: &'static str) -> &'static str {
    former.strip_prefix("former ").unwrap_or(former)
}

/// Whether `word` may stand between "the" and an office's title in a
/// description of its holder (the *former* secretary, the *junior*
/// senator, the *outgoing* president), beside the capitalised names of
/// places and parties (the Florida senator, the Republican governor):
/// lower-case words that say when or how long, not which office (not
/// the *press* secretary, the *state* senator; nor the *current* or the
/// *new* president, who is no one named before). In lower case.
pub(crate) fn describes_office_holder(word: &str) -> bool {
    let mut folded = [0; 16];
    matches!(
        fold_short(word, &mut folded),
        Some(
            b"former"
                | b"ex"
                | b"then"
                | b"outgoing"
                | b"junior"
                | b"senior"
                | b"freshman"
                | b"longtime"
                | b"veteran"
                | b"embattled"
                | b"retiring"
                | b"late"
                | b"two-term"
                | b"first-term"
        )
    )
}

/// Whether `word` (any case) is a chamber an office is held in, which a
/// description may name before the office's title (the House speaker,
/// the Senate majority leader, the Supreme Court justice).
pub(crate) fn is_chamber(word: &str) -> bool {
    let mut folded = [0; 16];
    matches!(
        fold_short(word, &mut folded),
        Some(b"house" | b"senate" | b"supreme" | b"court")
    )
}

/// Whether `word` (any case, its dot dropped) is a rank ([`rank`]): a
/// word that makes another office of the title after it (Vice, Deputy).
pub(crate) fn is_office_rank(word: &str) -> bool {
    rank(word).is_some()
}

/// Honorifics that mark a gender: Mr., Mrs., Ms., Miss, Sir, Lady.
/// (A word token, which never ends in a dot, asks its [`WordClass`].)
pub(crate) fn honorific_gender(word: &str) -> Option<crate::Gender> {
    // (the table of word classes holds the honorifics folded, as this
    // function folds the word: one lookup, not a walk through the lists)
    WordClass::of(word.trim_end_matches('.')).honorific_gender()
}

/// The honorifics of [`honorific_gender`] that mark a man, folded.
const MALE_HONORIFICS: &[&str] = &[
    "mr",
    "sir",
    "lord",
    "king",
    "prince",
    "duke",
    "baron",
    "count",
    "emperor",
    "monsieur",
    "herr",
    "senor",
    "señor",
    "signor",
    "signore",
    "father",
    "brother",
    "uncle",
    "congressman",
    "spokesman",
    "chairman",
    "councilman",
    "assemblyman",
    "alderman",
];

/// The honorifics of [`honorific_gender`] that mark a woman, folded.
const FEMALE_HONORIFICS: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "lady",
    "dame",
    "queen",
    "princess",
    "duchess",
    "baroness",
    "countess",
    "empress",
    "madame",
    "mme",
    "mlle",
    "mademoiselle",
    "frau",
    "fraulein",
    "senora",
    "señora",
    "senorita",
    "signora",
    "signorina",
    "mother",
    "sister",
    "aunt",
    "congresswoman",
    "spokeswoman",
    "chairwoman",
    "councilwoman",
    "assemblywoman",
    "alderwoman",
];

/// The gender a common given name suggests (Hillary, Donald, Elizabeth),
/// for resolving he and she; names used for both are in neither list.
/// Only a name written as the lists write it counts (Hillary, not
/// HILLARY).
pub(crate) fn given_name_gender(word: &str) -> Option<crate::Gender> {
    // (one lookup in the table of word classes, not a walk through the
    // lists; the class asks how the word is written)
    WordClass::of(word).given_name_gender(word)
}

/// The given names of [`given_name_gender`] that suggest a woman, each a
/// capital and then lower-case ASCII letters.
const FEMALE_NAMES: &[&str] = &[
    "Hillary",
    "Elizabeth",
    "Nancy",
    "Sarah",
    "Mary",
    "Susan",
    "Karen",
    "Linda",
    "Patricia",
    "Barbara",
    "Jennifer",
    "Maria",
    "Lisa",
    "Michelle",
    "Melania",
    "Ivanka",
    "Kellyanne",
    "Carly",
    "Nikki",
    "Debbie",
    "Donna",
    "Megyn",
    "Jane",
    "Emily",
    "Anna",
    "Ann",
    "Anne",
    "Margaret",
    "Catherine",
    "Kate",
    "Laura",
    "Rachel",
    "Rebecca",
    "Jessica",
    "Amy",
    "Julie",
    "Angela",
    "Helen",
    "Ruth",
    "Joan",
    "Janet",
    "Diane",
    "Dianne",
    "Kathleen",
    "Jill",
    "Huma",
    "Loretta",
    "Condoleezza",
    "Madeleine",
    "Samantha",
    "Cheryl",
    "Sheryl",
    "Oprah",
    "Claire",
    "Kirsten",
    "Tammy",
    "Kamala",
    "Marsha",
    "Sally",
    "Emma",
    "Lydia",
    "Kitty",
    "Charlotte",
    "Fanny",
    "Harriet",
    "Jenny",
    "Lucy",
    "Dorothea",
    "Rosamond",
    "Celia",
    "Marianne",
    "Elinor",
    "Isabella",
    "Caroline",
    "Louisa",
    "Lizzy",
    "Jo",
    "Meg",
    "Beth",
    "Amelia",
    "Agnes",
    "Martha",
    "Alice",
    "Clara",
    "Eleanor",
    "Ellen",
    "Grace",
    "Sophia",
    "Sophie",
    "Olivia",
    "Victoria",
    "Abigail",
    "Ada",
    "Adela",
    "Adelaide",
    "Adele",
    "Agatha",
    "Alicia",
    "Annie",
    "Arabella",
    "Augusta",
    "Beatrice",
    "Bella",
    "Bertha",
    "Betsy",
    "Betty",
    "Blanche",
    "Bridget",
    "Carrie",
    "Cecilia",
    "Cecily",
    "Clarissa",
    "Constance",
    "Cora",
    "Cordelia",
    "Cynthia",
    "Daisy",
    "Delia",
    "Diana",
    "Dinah",
    "Dora",
    "Dorothy",
    "Edith",
    "Edna",
    "Eliza",
    "Ella",
    "Elsie",
    "Esther",
    "Ethel",
    "Eugenia",
    "Eva",
    "Evelina",
    "Flora",
    "Florence",
    "Frances",
    "Georgiana",
    "Georgina",
    "Gertrude",
    "Hannah",
    "Hattie",
    "Helena",
    "Henrietta",
    "Hester",
    "Hilda",
    "Ida",
    "Irene",
    "Isabel",
    "Jemima",
    "Jessie",
    "Josephine",
    "Judith",
    "Julia",
    "Juliet",
    "Katharine",
    "Katherine",
    "Lavinia",
    "Leonora",
    "Letitia",
    "Lilian",
    "Lillian",
    "Lily",
    "Lizzie",
    "Lottie",
    "Louise",
    "Mabel",
    "Maggie",
    "Margery",
    "Marian",
    "Marie",
    "Marion",
    "Matilda",
    "Maud",
    "Maude",
    "Milly",
    "Minnie",
    "Miriam",
    "Molly",
    "Nell",
    "Nellie",
    "Nora",
    "Olive",
    "Penelope",
    "Phoebe",
    "Polly",
    "Priscilla",
    "Rosa",
    "Rosalind",
    "Rose",
    "Selina",
    "Susanna",
    "Sybil",
    "Theresa",
    "Teresa",
    "Ursula",
    "Violet",
    "Virginia",
    "Winifred",
    "Natasha",
    "Sonia",
    "Sonya",
    "Katya",
    "Vera",
    "Olga",
    "Tatiana",
    "Giulia",
    "Lucia",
    "Angelica",
    "Marguerite",
    "Jeanne",
    "Madeline",
    "Mildred",
    "Muriel",
    "Phyllis",
    "Pauline",
    "Lucinda",
    "Amanda",
    "Miranda",
    "Cassandra",
    "Imogen",
    "Honoria",
    "Euphemia",
    "Ophelia",
    "Dolly",
    "Bessie",
    "Katie",
    "Jennie",
    "Nelly",
    "Patty",
    "Peggy",
    "Libby",
    "Fannie",
    "Hetty",
    "Letty",
    "Millie",
    "Tilly",
    "Effie",
    "Evie",
    "Brenda",
    "Sadie",
    "Susie",
    "Josie",
    "Rosie",
];

/// The given names of [`given_name_gender`] that suggest a man, each a
/// capital and then lower-case ASCII letters.
const MALE_NAMES: &[&str] = &[
    "Donald",
    "Bernie",
    "Bernard",
    "Barack",
    "Ted",
    "Marco",
    "Jeb",
    "Ben",
    "John",
    "Chris",
    "Mike",
    "Paul",
    "Mitch",
    "Rand",
    "Joe",
    "Bill",
    "George",
    "Ronald",
    "Tim",
    "Scott",
    "Rick",
    "Newt",
    "Mitt",
    "Jim",
    "James",
    "Robert",
    "Michael",
    "David",
    "Richard",
    "Charles",
    "Thomas",
    "William",
    "Joseph",
    "Daniel",
    "Mark",
    "Steven",
    "Steve",
    "Kevin",
    "Brian",
    "Jeff",
    "Gary",
    "Eric",
    "Jason",
    "Jack",
    "Harry",
    "Henry",
    "Edward",
    "Frank",
    "Peter",
    "Tom",
    "Reince",
    "Corey",
    "Vladimir",
    "Xi",
    "Rudy",
    "Rudolph",
    "Chuck",
    "Harold",
    "Martin",
    "Fitzwilliam",
    "Fred",
    "Frederick",
    "Arthur",
    "Edmund",
    "Walter",
    "Hugh",
    "Oliver",
    "Nicholas",
    "Philip",
    "Stephen",
    "Matthew",
    "Andrew",
    "Anthony",
    "Adam",
    "Adrian",
    "Albert",
    "Alexander",
    "Alfred",
    "Algernon",
    "Ambrose",
    "Archibald",
    "Augustus",
    "Basil",
    "Benjamin",
    "Bertram",
    "Bob",
    "Cecil",
    "Cedric",
    "Charley",
    "Christopher",
    "Claude",
    "Clement",
    "Cyril",
    "Dick",
    "Douglas",
    "Duncan",
    "Edgar",
    "Edwin",
    "Ernest",
    "Eugene",
    "Felix",
    "Francis",
    "Gabriel",
    "Geoffrey",
    "Gerald",
    "Gilbert",
    "Godfrey",
    "Gregory",
    "Guy",
    "Herbert",
    "Horace",
    "Humphrey",
    "Isaac",
    "Jacob",
    "Jake",
    "Jasper",
    "Jeremiah",
    "Jonathan",
    "Julian",
    "Laurence",
    "Lawrence",
    "Leonard",
    "Lewis",
    "Lionel",
    "Louis",
    "Luke",
    "Maurice",
    "Nathaniel",
    "Ned",
    "Noah",
    "Oscar",
    "Owen",
    "Patrick",
    "Percy",
    "Ralph",
    "Raymond",
    "Reginald",
    "Roger",
    "Rupert",
    "Samuel",
    "Sidney",
    "Simon",
    "Theodore",
    "Timothy",
    "Tony",
    "Victor",
    "Vincent",
    "Wilfred",
    "Willie",
    "Ivan",
    "Alexei",
    "Dmitri",
    "Nikolai",
    "Sergei",
    "Pyotr",
    "Giovanni",
    "Carlo",
    "Pierre",
    "Jacques",
    "Antoine",
    "Ernst",
    "Hans",
    "Karl",
    "Otto",
    "Ferdinand",
    "Roderick",
    "Rodney",
    "Silas",
    "Toby",
    "Tobias",
    "Wilfrid",
    "Willoughby",
    "Hubert",
    "Edmond",
    "Alphonse",
    "Raoul",
    "Lucien",
    "Marcel",
    "Pedro",
    "Juan",
    "Carlos",
    "Diego",
    "Luigi",
    "Giuseppe",
    "Antonio",
    "Francesco",
    "Johnny",
    "Johnnie",
    "Jimmy",
    "Jimmie",
    "Tommy",
    "Bobby",
    "Billy",
    "Freddy",
    "Freddie",
    "Teddy",
    "Charlie",
    "Sam",
    "Sammy",
    "Danny",
    "Ronny",
    "Ronnie",
    "Eddie",
    "Georgie",
    "Jerry",
    "Larry",
    "Lenny",
    "Benny",
    "Kenny",
    "Stevie",
    "Davy",
    "Dickie",
    "Robbie",
    "Archie",
    "Alfie",
    "Bertie",
    "Ernie",
    "Herbie",
    "Joey",
    "Mickey",
    "Neddy",
    "Paddy",
    "Reggie",
    "Timmy",
    "Alan",
    "Allan",
];

/// Whether `word` is a capital and then lower-case ASCII letters, as the
/// given names of [`given_name_gender`] are written.
#[inline]
fn written_as_given_name(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes[1..].iter().all(u8::is_ascii_lowercase)
}

/// Capitalised words that begin sentences but are not names: The, But,
/// However, Monday, January.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_capitalised_function_word(word: &str) -> bool {
    // (and any preposition: Along with her husband, she…)
    contains(capitalised_function_words(), word)
        || is_preposition(word)
        || word.eq_ignore_ascii_case(ALONG)
}

/// A capitalised function word that is in no list (Along with her
/// husband, she…), in lower case.
const ALONG: &str = "along";

/// The words of [`is_capitalised_function_word`].
fn capitalised_function_words() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(CAPITALISED_FUNCTION_WORDS));
    &SET
}

/// The words of [`capitalised_function_words`] (the table of word classes holds
/// them too).
const CAPITALISED_FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "so",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "at",
    "in",
    "on",
    "of",
    "for",
    "with",
    "by",
    "from",
    "to",
    "it",
    "its",
    "it's",
    "there",
    "here",
    "what",
    "why",
    "how",
    "who",
    "whom",
    "whose",
    "where",
    "which",
    "only",
    "also",
    "still",
    "yet",
    "even",
    "now",
    "then",
    "last",
    "next",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "no",
    "not",
    "despite",
    "although",
    "though",
    "because",
    "since",
    "until",
    "meanwhile",
    "however",
    "instead",
    "later",
    "earlier",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "asked",
    "according",
    "under",
    "over",
    "about",
    "into",
    "through",
    "during",
    "without",
    "within",
    "among",
    "against",
    "between",
    "more",
    "less",
    "few",
    "several",
    "such",
    "other",
    "another",
    "any",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "him",
    "them",
    "us",
    "me",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "third",
    "yes",
    "oh",
    "well",
    "just",
    "do",
    "does",
    "did",
    "is",
    "are",
    "was",
    "were",
    "be",
    "have",
    "has",
    "had",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "let",
    "please",
    "thank",
    "thanks",
    "dear",
    "ah",
    "o",
    "nor",
    "than",
    "like",
    "unlike",
    "perhaps",
    "maybe",
    "indeed",
    "thus",
    "hence",
    "therefore",
    "whether",
    "either",
    "neither",
    "much",
    "very",
    "too",
    "again",
    "once",
    "ever",
    "never",
    "always",
    "often",
    "sometimes",
    "read",
    "see",
    "watch",
    "click",
    "follow",
    "sign",
    "photo",
    "image",
    "video",
    "related",
    "update",
    "editor's",
    "note",
    "chapter",
    "book",
    "part",
    "volume",
    "said",
    "says",
    "told",
    "who's",
    "what's",
    "that's",
    "there's",
    "here's",
    "i'm",
    "i've",
    "i'll",
    "i'd",
    "we're",
    "we've",
    "we'll",
    "you're",
    "they're",
    "he's",
    "she's",
    "don't",
    "can't",
    "won't",
    "isn't",
    "doesn't",
    "didn't",
    "hey",
    "hi",
    "hello",
    "okay",
    "ok",
    "nothing",
    "everything",
    "something",
    "anything",
    "everyone",
    "someone",
    "nobody",
    "none",
    "everybody",
    "somebody",
    // sentence adverbs: Shortly after the vote, X said
    "shortly",
    "finally",
    "recently",
    "currently",
    "previously",
    "additionally",
    "ultimately",
    "initially",
    "apparently",
    "clearly",
    "obviously",
    "unfortunately",
    "fortunately",
    "similarly",
    "likewise",
    "notably",
    "importantly",
    "interestingly",
    "ironically",
    "separately",
    "accordingly",
    "consequently",
    "subsequently",
    "eventually",
    "originally",
    "having",
    "moreover",
    "furthermore",
    "nevertheless",
];

/// Nationality and party adjectives: Russian, Dutch, Republican. Before a
/// title they are part of the role ("Dutch Prime Minister"); alone they are
/// not names.
pub(crate) fn is_demonym(word: &str) -> bool {
    contains(demonyms(), word)
}

/// The words of [`is_demonym`].
fn demonyms() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(DEMONYMS));
    &SET
}

/// The words of [`demonyms`] (the table of word classes holds them too).
const DEMONYMS: &[&str] = &[
    "american",
    "russian",
    "chinese",
    "dutch",
    "british",
    "french",
    "german",
    "italian",
    "spanish",
    "japanese",
    "korean",
    "indian",
    "iranian",
    "iraqi",
    "israeli",
    "palestinian",
    "syrian",
    "turkish",
    "ukrainian",
    "mexican",
    "canadian",
    "australian",
    "european",
    "african",
    "asian",
    "arab",
    "saudi",
    "egyptian",
    "pakistani",
    "afghan",
    "polish",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "irish",
    "scottish",
    "welsh",
    "english",
    "greek",
    "brazilian",
    "venezuelan",
    "cuban",
    "belgian",
    "swiss",
    "austrian",
    "hungarian",
    "czech",
    "portuguese",
    "persian",
    "prussian",
    "bavarian",
    "scotch",
    "armenian",
    "serbian",
    "bulgarian",
    "roumanian",
    "romanian",
    // (faiths and peoples, said the same way: a Hindu state)
    "hindu",
    "hindoo",
    "moslem",
    "muslim",
    // (peoples the news counts voters and believers by; not "Christian",
    // a given name too)
    "hispanic",
    "latino",
    "latina",
    "catholic",
    "evangelical",
    "african-american",
    "asian-american",
    "mexican-american",
    "mohammedan",
    "mahomedan",
    "jewish",
    "buddhist",
    "parsee",
    "parsi",
    "sikh",
    "anglo-indian",
    "eurasian",
    "hebrew",
    "republican",
    "democratic",
    "democrat",
    "conservative",
    "liberal",
    "labour",
    "federal",
    "u.s.",
    "us",
    "uk",
    "u.k.",
    "eu",
    "un",
    "nato",
    "gop",
    "white",
    "state",
    "national",
    "international",
    "global",
    "western",
    "eastern",
    "northern",
    "southern",
    "north",
    "south",
    "east",
    "west",
    "new",
    "former",
    "then",
    "top",
    "senior",
    "leading",
    "longtime",
    "veteran",
];

/// Words that make a capitalised name an organisation or place rather
/// than a person: House, Ministry, Times, Party.
#[cfg(test)] // (the stages read it from the word's WordClass)
pub(crate) fn is_organisation_word(word: &str) -> bool {
    contains(organisation_words(), word)
}

/// The words of [`is_organisation_word`].
#[cfg(test)]
fn organisation_words() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(ORGANISATION_WORDS));
    &SET
}

/// The words of [`WordClass::is_organisation_word`] (the table of word classes
/// holds them too).
const ORGANISATION_WORDS: &[&str] = &[
    "house",
    "charity",
    "charities",
    // (and a law's part: the Second Amendment)
    "amendment",
    "department",
    "ministry",
    "office",
    "agency",
    "bureau",
    "commission",
    "committee",
    "council",
    "court",
    "congress",
    "senate",
    "parliament",
    "party",
    "campaign",
    "administration",
    "government",
    "kremlin",
    "pentagon",
    "times",
    "post",
    "news",
    "journal",
    "tribune",
    "herald",
    "telegraph",
    "guardian",
    "press",
    "reuters",
    "associated",
    "network",
    "television",
    "radio",
    "magazine",
    "daily",
    "weekly",
    "review",
    "gazette",
    "inc",
    "inc.",
    "corp",
    "corp.",
    "company",
    "co",
    "co.",
    "ltd",
    "group",
    "foundation",
    "institute",
    "university",
    "college",
    "school",
    "center",
    "centre",
    "association",
    "union",
    "federation",
    "league",
    "organization",
    "organisation",
    "service",
    "services",
    "bank",
    "fund",
    "board",
    "authority",
    "police",
    "army",
    "navy",
    "force",
    "forces",
    "command",
    "club",
    "team",
    "church",
    "hospital",
    "society",
    "trust",
    "alliance",
    "coalition",
    "movement",
    "project",
    "caucus",
    "enforcement",
    "guard",
    "patrol",
    "watch",
    "capital",
    "partners",
    "research",
    "airlines",
    "motors",
    "industries",
    "securities",
    "exchange",
    "laboratory",
    "studios",
    "media",
    "assembly",
    "legislature",
    "institution",
    "clinic",
    "academy",
    "fbi",
    "cia",
    "nsa",
    "cnn",
    "nbc",
    "abc",
    "cbs",
    "fox",
    "msnbc",
    "bbc",
    "npr",
    "pbs",
    "nato",
    "un",
    "eu",
    "who",
    "imf",
    "gop",
    "dnc",
    "rnc",
    "aclu",
    "nra",
    "facebook",
    "twitter",
    "google",
    "apple",
    "microsoft",
    "amazon",
    "breitbart",
    "politico",
    "axios",
    "bloomberg",
    "cnbc",
    "nyt",
    "ap",
    "afp",
    "xinhua",
    "tass",
    "wikileaks",
    "democrats",
    "republicans",
    "state",
    "states",
    "nations",
    "hotel",
    "road",
    "avenue",
    "square",
    "terrace",
    "cafe",
    "inn",
    "tavern",
    "restaurant",
    "station",
    "railway",
    "cathedral",
    "chapel",
    "theatre",
    "theater",
    "museum",
    "gardens",
    "crescent",
    "street",
    "city",
    "county",
    "province",
    "republic",
    "kingdom",
    "empire",
    "district",
    "region",
    "poll",
    "survey",
    "report",
    "study",
    "statement",
    "website",
    "blog",
    "twitter",
];

/// Verbs whose "at" takes a person as readily as a place (looked at
/// Mary, smiled at Wentworth): an "at" after them is no preposition of
/// place.
pub(crate) fn is_looking_at_verb(word: &str) -> bool {
    static WORDS: Lazy<WordSet> = Lazy::new(|| {
        const STEMS: &[&str] = &[
            "look", "glance", "smile", "laugh", "stare", "gaze", "frown", "nod", "grin", "wink",
            "sneer", "scowl", "glare", "peep", "peer", "point", "shout", "wave", "aim", "jeer",
        ];
        let mut forms = WordSet::default();
        for &stem in STEMS {
            // (glance → glanced, glancing; nod → nodded, nodding)
            let before_suffix = match stem.strip_suffix('e') {
                Some(bare) => bare.to_string(),
                None if matches!(stem, "nod" | "grin") => {
                    format!("{stem}{}", &stem[stem.len() - 1..])
                }
                None => stem.to_string(),
            };
            forms.extend([
                stem.to_string(),
                format!("{stem}s"),
                format!("{before_suffix}ed"),
                format!("{before_suffix}ing"),
            ]);
        }
        forms
    });
    contains(&WORDS, word)
}

/// Countries and places that speak as institutions: China, Russia, the US.
#[cfg(test)] // (the stages read it from the word's WordClass)
pub(crate) fn is_country(word: &str) -> bool {
    contains(countries(), word)
}

/// The words of [`is_country`].
#[cfg(test)]
fn countries() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(&[COUNTRIES, STATE_ABBREVIATIONS].concat()));
    &SET
}

/// The words of [`WordClass::is_country`] (the table of word classes holds them
/// too).
const COUNTRIES: &[&str] = &[
    "china",
    "russia",
    "us",
    "u.s.",
    "u.s",
    "usa",
    "u.s.a.",
    "america",
    "britain",
    "uk",
    "u.k.",
    "u.k",
    "england",
    "france",
    "germany",
    "italy",
    "spain",
    "japan",
    "korea",
    "india",
    "iran",
    "iraq",
    "israel",
    "syria",
    "turkey",
    "ukraine",
    "mexico",
    "canada",
    "australia",
    "europe",
    "africa",
    "asia",
    "egypt",
    "pakistan",
    "afghanistan",
    "poland",
    "sweden",
    "norway",
    "denmark",
    "finland",
    "ireland",
    "scotland",
    "wales",
    "greece",
    "brazil",
    "venezuela",
    "cuba",
    "belgium",
    "switzerland",
    "austria",
    "hungary",
    "beijing",
    "moscow",
    "washington",
    "london",
    "paris",
    "berlin",
    "tokyo",
    "tehran",
    "kiev",
    "kyiv",
    "brussels",
    "taiwan",
    "vietnam",
    "libya",
    "yemen",
    "qatar",
    "jordan",
    "lebanon",
    "nigeria",
    "kenya",
    "ethiopia",
    "argentina",
    "chile",
    "colombia",
    "peru",
    "netherlands",
    "holland",
    "portugal",
    "singapore",
    "indonesia",
    "philippines",
    "thailand",
    // US states (not those that are also given names: Georgia, Virginia)
    "alabama",
    "alaska",
    "arizona",
    "arkansas",
    "california",
    "colorado",
    "connecticut",
    "delaware",
    "florida",
    "hawaii",
    "idaho",
    "illinois",
    "indiana",
    "iowa",
    "kansas",
    "kentucky",
    "louisiana",
    "maryland",
    "massachusetts",
    "michigan",
    "minnesota",
    "mississippi",
    "missouri",
    "montana",
    "nebraska",
    "nevada",
    "ohio",
    "oklahoma",
    "oregon",
    "pennsylvania",
    "tennessee",
    "texas",
    "utah",
    "vermont",
    "wisconsin",
    "wyoming",
    "malaysia",
];

/// Head nouns of unnamed sources: a spokesman, officials, one post.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_source_noun(word: &str) -> bool {
    contains(source_nouns(), word)
}

/// The words of [`is_source_noun`].
fn source_nouns() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(SOURCE_NOUNS));
    &SET
}

/// The words of [`source_nouns`] (the table of word classes holds them too).
const SOURCE_NOUNS: &[&str] = &[
    "source",
    "sources",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "spokespeople",
    "expert",
    "experts",
    "analyst",
    "analysts",
    "aide",
    "aides",
    "critic",
    "critics",
    "observer",
    "observers",
    "post",
    "posts",
    "report",
    "reports",
    "statement",
    "people",
    "person",
    "residents",
    "resident",
    "witness",
    "witnesses",
    "economist",
    "economists",
    "researcher",
    "researchers",
    "scientist",
    "scientists",
    "lawmaker",
    "lawmakers",
    "senator",
    "senators",
    "leader",
    "leaders",
    "supporter",
    "supporters",
    "voter",
    "voters",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "insider",
    "insiders",
    "diplomat",
    "diplomats",
    "investigator",
    "investigators",
    "prosecutor",
    "prosecutors",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "campaign",
    "agency",
    "ministry",
    "government",
    "administration",
    "company",
    "group",
    "police",
    "authorities",
    "officer",
    "officers",
    "operative",
    "operatives",
    "strategist",
    "strategists",
    "pollster",
    "pollsters",
    "democrats",
    "republicans",
    "study",
    "survey",
    "poll",
    "article",
    "memo",
    "letter",
    "user",
    "users",
    "commentator",
    "commentators",
    "member",
    "members",
    "staffer",
    "staffers",
    "representative",
    "representatives",
    "organizers",
    "organisers",
    "activists",
    "activist",
    "protesters",
    "protester",
    "friend",
    "friends",
    "man",
    "woman",
    "men",
    "women",
    "doctor",
    "doctors",
    "teacher",
    "teachers",
    "historian",
    "historians",
    "professor",
    "professors",
    "executive",
    "executives",
    "employee",
    "employees",
    "worker",
    "workers",
    "candidate",
    "candidates",
    "nominee",
    "president",
    "minister",
    "director",
    "chairman",
    "secretary",
    "governor",
    "mayor",
    "judge",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "editor",
    "editors",
    "columnist",
    "paper",
    "newspaper",
    "tweet",
    "website",
    "site",
    "blog",
    "documents",
    "document",
    "filing",
    "polls",
    "ally",
    "allies",
    "team",
    "union",
    "unions",
    "student",
    "students",
    "parent",
    "parents",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "owner",
    "owners",
    "customer",
    "customers",
    "patient",
    "patients",
    "farmer",
    "farmers",
    "volunteer",
    "volunteers",
    "attendee",
    "attendees",
    "participant",
    "participants",
    "colleague",
    "colleagues",
    "classmate",
    "classmates",
    "delegate",
    "delegates",
    "opponent",
    "opponents",
    "spokesmen",
    "newspapers",
    "speakers",
    "groups",
    "records",
    "party",
    "majority",
    "majorities",
    "office",
    "politicians",
    "crowd",
    "audience",
    "rivals",
    "court",
    "camp",
    "video",
    "media",
    "committee",
    "council",
    "department",
    "surveys",
    "studies",
    "ad",
    "ads",
    "percent",
    // (people a novel leaves unnamed by their calling: the detective,
    // the servant, the croupier; a subject before its verb of speaking
    // is a mention only through these nouns, and news rarely uses them)
    "detective",
    "detectives",
    "servant",
    "servants",
    "croupier",
    "waiter",
    "butler",
    "footman",
    "valet",
    "maid",
    "housekeeper",
    "policeman",
    "landlord",
    "landlady",
    "porter",
    "clerk",
    "coachman",
    "lackey",
    "passenger",
    // (a page-boy in a novel, a web page in the news: both give words
    // out; a bare "page" is no source, as a bare noun must be plural)
    "page",
];

/// Words that open a description of an unnamed source: a, the, one,
/// another, several, his, Trump's.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_source_determiner(word: &str) -> bool {
    contains(source_determiners(), word)
}

/// The words of [`is_source_determiner`].
fn source_determiners() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(SOURCE_DETERMINERS));
    &SET
}

/// The words of [`source_determiners`] (the table of word classes holds them
/// too).
const SOURCE_DETERMINERS: &[&str] = &[
    "a", "an", "the", "one", "another", "two", "three", "four", "several", "some", "many", "most",
    "other", "his", "her", "their", "its", "our", "both", "few", "each", "no", "numerous",
    "multiple", "top", "senior",
];

/// Whether `word` is a plain verb of saying or telling in the present or
/// the past ("said", "say", "says", "told", "tell", "tells"), after which
/// a word that could be a verb is its subject: press reports said.
pub(crate) fn is_plain_saying_verb(word: &[u8]) -> bool {
    matches!(
        word,
        b"said" | b"say" | b"says" | b"told" | b"tell" | b"tells"
    )
}

/// Plural nouns that do not end in "s", which take a plural verb: the
/// data show, police say, women believe.
pub(crate) fn is_plural_without_s(word: &str) -> bool {
    matches!(
        word,
        "data" | "people" | "police" | "men" | "women" | "children" | "media" | "staff" | "clergy"
    )
}

/// Abbreviations after which a full stop does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    contains(abbreviations(), word)
}

/// The words of [`is_abbreviation`].
fn abbreviations() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(&[ABBREVIATIONS, STATE_ABBREVIATIONS].concat()));
    &SET
}

/// Whether `word` (any case, without its dot) is an abbreviation that
/// ends a name: a person's generation (Jr, Sr) or a company's form (Inc,
/// Corp, Co, Ltd).
pub(crate) fn is_name_suffix(word: &str) -> bool {
    ["jr", "sr", "inc", "corp", "co", "ltd"]
        .iter()
        .any(|suffix| word.eq_ignore_ascii_case(suffix))
}

/// The words of [`abbreviations`] (the table of word classes holds them too).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "gen", "lt", "col", "sgt",
    "capt", "adm", "cmdr", "maj", "prof", "rev", "jr", "sr", "mt", "ft", "ave", "blvd", "rd",
    "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "vol", "pp", "etc", "e.g", "i.e",
    "al", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "mme", "mlle", "messrs", "hon", "pres", "supt",
    "det", "insp", "gov't",
];

/// US states as the AP writes them (not those that are also common
/// words: Ill., Ind., Miss., Wash.): abbreviations, and places that a
/// name of one word is (Orlando, Fla.).
const STATE_ABBREVIATIONS: &[&str] = &[
    "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich",
    "minn", "mont", "neb", "nev", "okla", "pa", "tenn", "tex", "vt", "va", "wis", "wyo",
];

/// Nouns of saying whose possessor is a speaker: his *comment* that…,
/// Trump's *claim* that…, Obama's “…” *promise*.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_speech_noun(word: &str) -> bool {
    contains(speech_nouns(), word)
}

/// The words of [`is_speech_noun`].
fn speech_nouns() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(SPEECH_NOUNS));
    &SET
}

/// The words of [`speech_nouns`] (the table of word classes holds them too).
const SPEECH_NOUNS: &[&str] = &[
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "response",
    "answer",
    "words",
    "promise",
    "claim",
    "claims",
    "slogan",
    "pledge",
    "vow",
    "message",
    "warning",
    "assertion",
    "motto",
    "refrain",
    "catchphrase",
    "mantra",
    "quip",
    "tweet",
    "argument",
    "insistence",
    "demand",
    "plea",
    "accusation",
    "assessment",
    "suggestion",
    "boast",
    "declaration",
    "retort",
    "reply",
    "line",
    "description",
];

/// Calls `f` with every form of the verbs of [`is_phrasal_cue`] and the
/// particles (space-separated) that make it a cue.
fn for_each_phrasal_form(mut f: impl FnMut(&str, &'static str)) {
    for &(lemma, particles) in PHRASAL_LEMMAS {
        for_each_form(lemma, |form| f(form, particles));
    }
    for &(form, particles) in PHRASAL_FORMS {
        f(form, particles);
    }
}

/// The verbs of [`is_phrasal_cue`], each standing for its regular forms,
/// with the particles (space-separated) that make them cues.
const PHRASAL_LEMMAS: &[(&str, &str)] = &[
    ("call", "for on"),
    ("ask", "about for"),
    ("focus", "on"),
    ("agree", "with"),
    ("side", "with"),
    ("vote", "for against"),
    ("go", "after"),
    ("point", "to"),
    ("refer", "to"),
    ("talk", "about"),
    ("speak", "of about"),
    ("apologize", "for"),
    ("apologise", "for"),
    ("push", "for"),
    ("argue", "for against"),
    ("advocate", "for"),
    ("warn", "of about against"),
    ("complain", "about"),
];

/// The forms of the verbs of [`PHRASAL_LEMMAS`] that are not regular, with
/// their particles.
const PHRASAL_FORMS: &[(&str, &str)] = &[
    ("referred", "to"),
    ("referring", "to"),
    ("spoke", "of about"),
    ("spoken", "of about"),
    ("went", "after"),
    ("gone", "after"),
    ("goes", "after"),
];

/// Nouns of stance, intent and speech that report what follows them for
/// their owner: Trump's *plan* to deport…, her *criticism* of Sanders,
/// the DNC's *decision* to bury the debates.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_stance_noun(word: &str) -> bool {
    contains(stance_nouns(), word)
}

/// The words of [`is_stance_noun`].
fn stance_nouns() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(STANCE_NOUNS));
    &SET
}

/// The words of [`stance_nouns`] (the table of word classes holds them too).
const STANCE_NOUNS: &[&str] = &[
    "criticism",
    "criticisms",
    "decision",
    "endorsement",
    "opposition",
    "support",
    "plan",
    "plans",
    "proposal",
    "proposals",
    "call",
    "calls",
    "concern",
    "concerns",
    "claim",
    "claims",
    "promise",
    "promises",
    "pledge",
    "vow",
    "attack",
    "attacks",
    "praise",
    "defense",
    "defence",
    "view",
    "views",
    "position",
    "stance",
    "demand",
    "demands",
    "warning",
    "warnings",
    "comment",
    "comments",
    "statement",
    "remarks",
    "argument",
    "insistence",
    "refusal",
    "suggestion",
    "accusation",
    "accusations",
    "assertion",
    "denial",
    "belief",
    "hope",
    "hopes",
    "fear",
    "fears",
    "desire",
    "intention",
    "bid",
    "push",
    "threat",
    "threats",
    "vision",
    "complaint",
    "complaints",
    "allegation",
    "allegations",
    "prediction",
    "announcement",
    "admission",
    "rejection",
    "approval",
    "objection",
    "objections",
    "embrace",
    "dismissal",
    "assessment",
    "description",
];

/// Adjectives of attitude, which attribute a stance or a belief to the
/// subject they are said of: Trump is confident that…, Clinton was eager
/// to…, voters are skeptical of….
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_attitude_adjective(word: &str) -> bool {
    contains(attitude_adjectives(), word)
}

/// The words of [`is_attitude_adjective`].
fn attitude_adjectives() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(ATTITUDE_ADJECTIVES));
    &SET
}

/// The words of [`attitude_adjectives`] (the table of word classes holds them
/// too).
const ATTITUDE_ADJECTIVES: &[&str] = &[
    "confident",
    "eager",
    "skeptical",
    "sceptical",
    "concerned",
    "hopeful",
    "sure",
    "certain",
    "convinced",
    "worried",
    "afraid",
    "optimistic",
    "pessimistic",
    "proud",
    "angry",
    "upset",
    "unhappy",
    "pleased",
    "disappointed",
    "surprised",
    "determined",
    "adamant",
    "reluctant",
    "willing",
    "unwilling",
    "keen",
    "anxious",
    "fearful",
    "wary",
    "critical",
    "supportive",
    "frustrated",
    "furious",
    "opposed",
    "committed",
    "happy",
    "glad",
    "sorry",
    "grateful",
    "enthusiastic",
    "excited",
    "nervous",
    "uneasy",
    "doubtful",
    "dismissive",
    "quick",
];

/// Whether `word` is a form of one of the verbs of [`is_phrasal_cue`]
/// (call, point, warn…), whatever follows it.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_phrasal_verb(word: &str) -> bool {
    contains(phrasal_verbs(), word)
}

fn phrasal_verbs() -> &'static WordSet {
    static WORDS: Lazy<WordSet> = Lazy::new(|| {
        let mut words = WordSet::default();
        for_each_phrasal_form(|form, _| words.insert(form));
        words
    });
    &WORDS
}

/// Verbs that report with a particle: *called for* a ban, *pointed to* the
/// record, *spoke of* his friendship, *apologized for* the columns.
pub(crate) fn is_phrasal_cue(verb: &str, particle: &str) -> bool {
    static PAIRS: Lazy<WordSet> = Lazy::new(|| {
        let mut words = WordSet::default();
        let mut pair = String::new();
        for_each_phrasal_form(|form, particles| {
            for particle in particles.split(' ') {
                pair.clear();
                pair.extend([form, " ", particle]);
                words.insert(&pair);
            }
        });
        words
    });
    // The words after the space of the pairs: most words are none of them
    // and need no joining. (ASCII, so that a pair matches only when its
    // particle does.)
    static PARTICLES: Lazy<WordSet> = Lazy::new(|| {
        PHRASAL_LEMMAS
            .iter()
            .chain(PHRASAL_FORMS)
            .flat_map(|(_, particles)| particles.split(' '))
            .collect()
    });
    if !PARTICLES.contains(particle) {
        return false;
    }
    // "verb particle" joined on the stack (no allocation in the hot loop)
    let mut buf = [0u8; MAX_WORD];
    let joined = verb.len() + 1 + particle.len();
    if joined > buf.len() || !verb.is_ascii() || !particle.is_ascii() {
        return false;
    }
    buf[..verb.len()].copy_from_slice(verb.as_bytes());
    buf[verb.len()] = b' ';
    buf[verb.len() + 1..joined].copy_from_slice(particle.as_bytes());
    std::str::from_utf8(&buf[..joined]).is_ok_and(|key| PAIRS.contains(key))
}

/// Verbs of intent and stance whose infinitive is what the source wants,
/// refuses or promises: Trump *wants* to build a wall; the campaign
/// *declined* to comment.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn takes_infinitive(word: &str) -> bool {
    contains(infinitive_verbs(), word)
}

/// The words of [`takes_infinitive`].
fn infinitive_verbs() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| verb_set(&[INFINITIVE_LEMMAS], INFINITIVE_FORMS));
    &SET
}

/// The verbs of [`takes_infinitive`], each standing for its regular forms.
const INFINITIVE_LEMMAS: &[&str] = &[
    "want", "plan", "decline", "refuse", "decide", "vow", "agree", "promise", "pledge", "hope",
    "threaten", "seek", "offer",
];

/// The words of [`takes_infinitive`] that are not regular forms of
/// [`INFINITIVE_LEMMAS`].
const INFINITIVE_FORMS: &[&str] = &["sought", "planned", "planning"];

/// Words for a share of a group, which speaks for the group: *60
/// percent* of voters, *most* of the delegates.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_quantity_word(word: &str) -> bool {
    contains(quantity_words(), word)
}

/// The words of [`is_quantity_word`].
fn quantity_words() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(QUANTITY_WORDS));
    &SET
}

/// The words of [`quantity_words`] (the table of word classes holds them too).
const QUANTITY_WORDS: &[&str] = &[
    "percent",
    "majority",
    "majorities",
    "most",
    "many",
    "some",
    "half",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "all",
    "plurality",
    "minority",
    "share",
    "number",
    "dozens",
    "hundreds",
    "thousands",
    "millions",
    "several",
    "few",
    "two-thirds",
    "three-quarters",
    "one-third",
    "none",
    "each",
    "both",
    "fraction",
    "%",
];

/// Prepositions: a name right after one is rarely the subject.
pub(crate) fn is_preposition(word: &str) -> bool {
    contains(prepositions(), word)
}

/// The words of [`is_preposition`].
fn prepositions() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(PREPOSITIONS));
    &SET
}

/// The words of [`prepositions`] (the table of word classes holds them too).
const PREPOSITIONS: &[&str] = &[
    "in", "of", "to", "from", "with", "for", "by", "on", "at", "about", "against", "despite",
    "into", "over", "under", "between", "among", "through", "during", "after", "before", "without",
    "within", "toward", "towards", "like", "than", "upon", "across", "behind", "beyond", "near",
    "via", "amid", "since", "until",
];

/// Whether `word` is a clause-linking conjunction: and, but.
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_conjunction(word: &str) -> bool {
    CONJUNCTIONS.contains(&word)
}

/// The words of [`is_conjunction`], as they must be written.
const CONJUNCTIONS: &[&str] = &["and", "but", "yet", "or", "then", "before", "after"];

/// Whether `word` labels a headline before a colon (Breaking:, Wow:,
/// Exclusive:) rather than naming its speaker.
pub(crate) fn is_headline_label(word: &str) -> bool {
    static WORDS: Lazy<WordSet> = Lazy::new(|| {
        set(&[
            "breaking",
            "wow",
            "bombshell",
            "exclusive",
            "update",
            "updated",
            "watch",
            "video",
            "analysis",
            "opinion",
            "editorial",
            "boom",
            "whoa",
            "yikes",
            "revealed",
            "listen",
            "photos",
            "live",
            "correction",
            "clarification",
            "disclosure",
            "advertisement",
            "contributing",
            "credit",
            "credits",
            "note",
            "related",
            "photo",
            "stat",
        ])
    });
    // (the label's last word decides: Delegate Update, Editor's Note)
    let last = word.rsplit(' ').next().unwrap_or(word);
    contains(&WORDS, word) || contains(&WORDS, last)
}

/// Whether `word` (any case) is a determiner that makes a description
/// one person: "the" or a possessive (the girl, his wife, my uncle).
pub(crate) fn is_definite_determiner(word: &str) -> bool {
    matches!(
        ascii_lowercase_str(word).as_ref(),
        "the" | "his" | "her" | "their" | "my" | "our" | "your"
    )
}

/// Whether `word` is "that" (the complementizer of reported speech).
#[cfg_attr(not(test), allow(dead_code))] // (the stages ask WordClass)
pub(crate) fn is_that(word: &str) -> bool {
    word.eq_ignore_ascii_case(THAT)
}

/// The word of [`is_that`], in lower case.
const THAT: &str = "that";

/// The words the reported-speech pass compares as written that open a
/// report of their own (according to X, made clear that), in lower case:
/// [`WordClass::may_head_report`] holds them in any case.
const REPORT_WORDS: &[&str] = &["according", "clear", "poll", "polls", "survey", "surveys"];

#[cfg(test)]
mod tests {

    #[test]
    fn in_lower_case_reads_what_to_lowercase_makes() {
        let long = "A".repeat(40);
        for w in [
            "Mother",
            "NANNY",
            "of",
            "",
            "Élise",
            "DUCHESS",
            long.as_str(),
        ] {
            assert_eq!(in_lower_case(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn ascii_lowercase_str_is_to_ascii_lowercase() {
        for w in [
            "", "said", "Said", "SAID", "Ça", "ÇA", "don’T", "x9Z", "über",
        ] {
            assert_eq!(ascii_lowercase_str(w), w.to_ascii_lowercase(), "{w}");
        }
    }

    #[test]
    fn key_lengths_and_apostrophes_are_counted_by_words() {
        for w in [
            "a",
            "he's",
            "don’t",
            "o'clock",
            "''",
            "abcdefgh",
            "abcdefg'",
            "rock'n'roll",
            "spokeswoman's",
            "'twas",
            "abcdefghijklmnopqrstuvw'",
            "ab'cdefghijklmnop'",
        ] {
            let key = super::Key::fold(w).unwrap();
            let bytes: Vec<u8> = key.0.iter().flat_map(|k| k.to_le_bytes()).collect();
            let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            let apostrophes = bytes[..len].iter().filter(|&&b| b == b'\'').count();
            assert_eq!(key.len_and_apostrophes(), (len, apostrophes), "{w}");
        }
    }

    /// Checks that each word of `table` has a slot of its own: the lists'
    /// words, and thousands of other keys of `letters` letters made by
    /// `key_of`, found or not as they should be, in `table` and in a
    /// table built of a third of its words (as a new list would be).
    fn check_dense_words<K: DenseKey + std::fmt::Debug, const N: usize, const B: usize>(
        table: &DenseWords<K, N, B>,
        letters: std::ops::RangeInclusive<usize>,
        key_of: impl Fn(&[u8]) -> K,
    ) {
        let words: Vec<(K, u64)> = table
            .keys()
            .map(|key| (key, table.bits_of(key).expect("a key of the table")))
            .collect();
        assert!(words.len() > N / 4, "{}", words.len());
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        let mut others = Vec::new();
        while others.len() < 5000 {
            let word: Vec<u8> = (0..*letters.end())
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    b'a' + (state % 26) as u8
                })
                .collect();
            let len =
                letters.start() + (state % 8) as usize % (letters.end() - letters.start() + 1);
            let key = key_of(&word[..len]);
            if table.bits_of(key).is_none() {
                others.push(key);
            }
        }
        let (kept, dropped) = words.split_at(words.len() / 3);
        let absent = WordClass::PLAIN_LOWERCASE;
        let small = DenseWords::<K, N, B>::new(kept, absent);
        for &(key, bits) in kept {
            assert_eq!(small.bits_of(key), Some(bits), "{key:x?}");
            assert_eq!(small.bits_or_absent(key), bits, "{key:x?}");
        }
        for &key in dropped.iter().map(|(key, _)| key).chain(&others) {
            assert_eq!(small.bits_of(key), None, "{key:x?}");
            assert_eq!(small.bits_or_absent(key), absent, "{key:x?}");
        }
        for &(key, bits) in &words {
            assert_eq!(table.bits_or_absent(key), bits, "{key:x?}");
        }
        for &key in &others {
            assert_eq!(table.bits_or_absent(key), table.absent, "{key:x?}");
        }
    }

    #[test]
    fn each_short_word_has_a_slot_of_its_own() {
        check_dense_words(&CLASSES.short, 1..=8, super::load);
    }

    #[test]
    fn each_medium_word_has_a_slot_of_its_own() {
        check_dense_words(&CLASSES.medium, 9..=16, |word| {
            [super::load(&word[..8]), super::load(&word[8..])]
        });
    }

    #[test]
    fn one_letter_or_digit_is_classed_as_its_byte() {
        // (the tokenizer's short words of one byte ask the table of short
        // words as the longer ones do, not the table of single bytes)
        let classes = Classifier::new();
        for b in (0..0x80).filter(u8::is_ascii_alphanumeric) {
            assert_eq!(
                classes.of_short_ascii_word(u64::from(b), 1),
                classes.of_ascii_byte(b),
                "{:?}",
                char::from(b)
            );
        }
    }

    #[test]
    fn ascii_words_are_classed_like_any_token() {
        let classes = Classifier::new();
        let stems = [
            "said", "Said", "SAID", "he", "The", "early", "Only", "ring", "during",
        ];
        let mut words: Vec<String> = stems.iter().map(|w| w.to_string()).collect();
        for stem in ["a", "Ab", "x9z", "Tues", "ful", "MONDAY", "mon", "a1"] {
            for ending in ["", "ly", "ing", "LY", "ING", "y", "g", "lly", "ling"] {
                words.push(format!("{stem}{ending}"));
            }
        }
        words.extend(
            [
                "Monday",
                "today",
                "Tuesday",
                "according",
                "Clear",
                "whose",
                "1",
                "X",
                "administration",
                "ADMINISTRATION",
                "Wednesday",
                "spokeswoman",
                "Spokeswoman",
                "reportedly",
                "campaigning",
                "interestingly",
                "congresswoman",
                "abcdefghijklmnop",
                "abcdefghijklmnopq",
                "who",
                "whom",
                "his",
                "hIs",
                "her",
                "its",
                "their",
                "theirs",
                "the",
                "officials",
            ]
            .map(String::from),
        );
        for w in &words {
            for context in ["", " ", "said ", &"b".repeat(20)] {
                for after in ["", " ", ".", "\0\0\0\0\0\0\0\0\0"] {
                    let text = format!("{context}{w}{after}");
                    let span = Span::new(context.len(), context.len() + w.len());
                    assert_eq!(
                        classes.of_ascii_word(&text, span.start, span.end),
                        classes.of_token(&text, span),
                        "{text:?}"
                    );
                }
            }
        }
    }
    use super::tables::*;
    use super::*;

    #[test]
    fn plain_lowercase_words_open_no_mention() {
        let plain = ["said", "would", "promised", "x9z", "whom", "theirs", "hiss"];
        let not_plain = [
            "Said",
            "9am",
            "who",
            "his",
            "hIs",
            "her",
            "its",
            "their",
            "he",
            "they",
            "the",
            "officials",
            "he's",
            "they’re",
            "it's",
            "“said”",
            ",",
        ];
        let classes = Classifier::new();
        for (words, expected) in [(&plain[..], true), (&not_plain[..], false)] {
            for w in words {
                let span = Span::new(0, w.len());
                assert_eq!(
                    classes.of_token(w, span).is_plain_lowercase(),
                    expected,
                    "{w}"
                );
            }
        }
    }

    #[test]
    fn cues_cover_inflections() {
        for w in [
            "said",
            "says",
            "Said",
            "added",
            "warning",
            "argued",
            "tweeted",
            "insisted",
            "denied",
            "told",
            "replied",
            "acknowledged",
            "announces",
        ] {
            assert_eq!(cue_class(w), Some(CueClass::Speech), "{w}");
        }
        for w in ["called", "dubbed", "praising"] {
            assert_eq!(cue_class(w), Some(CueClass::Naming), "{w}");
        }
        for w in ["house", "missile", "the", ""] {
            assert_eq!(cue_class(w), None, "{w}");
        }
    }

    #[test]
    fn lookups_fold_case_and_curly_apostrophes() {
        assert!(is_capitalised_function_word("The"));
        assert!(is_capitalised_function_word("It’s"));
        assert!(is_title("Sen."));
        assert!(!is_title("Putin"));
        assert_eq!(subject_pronoun("He"), Some(crate::Gender::Male));
        assert_eq!(honorific_gender("Mrs."), Some(crate::Gender::Female));
    }

    #[test]
    fn an_office_is_its_title_read_with_its_rank() {
        assert_eq!(office(Some("Florida"), "Sen."), Some("former senator"));
        assert_eq!(office(None, "senator"), Some("former senator"));
        assert_eq!(
            office(Some("Vice"), "President"),
            Some("former vice president")
        );
        assert_eq!(
            office(Some("Lt"), "Gov"),
            Some("former lieutenant governor")
        );
        assert_eq!(office(Some("press"), "secretary"), None);
        assert_eq!(office(Some("Deputy"), "Secretary"), None);
        assert_eq!(office(None, "spokesman"), None);
        assert_eq!(present_office("former vice president"), "vice president");
        assert!(describes_office_holder("Former"));
        for title in OFFICE_TITLES {
            assert!(is_title(title), "{title}");
            let ranked = [None, Some("Prime"), Some("Majority")];
            assert!(
                ranked.iter().any(|&rank| office(rank, title).is_some()),
                "{title}"
            );
        }
        assert!(!describes_office_holder("state"));
    }

    #[test]
    fn word_sets_fold_like_the_text() {
        let set: WordSet = ["don't", "said", "twenty-four-letters-long", "x"]
            .into_iter()
            .collect();
        for hit in [
            "said",
            "SAID",
            "Said",
            "don't",
            "Don’t",
            "DON’T",
            "X",
            "Twenty-Four-Letters-Long",
        ] {
            assert!(set.contains(hit), "{hit}");
        }
        for miss in [
            "",
            "sai",
            "saidx",
            "dont",
            "don’’t",
            "said\0",
            "x\0",
            "sáid",
            "twenty-four-letters-long!",
        ] {
            assert!(!set.contains(miss), "{miss:?}");
        }
        let many: WordSet = (0..500)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect();
        assert!((0..500).all(|i| many.contains(&format!("W{i}"))));
        assert!(!many.contains("w500"));
    }

    #[test]
    fn curly_apostrophes_fold_as_straight_ones() {
        for (curly, straight) in [
            ("Trump’s", "trump's"),
            ("DON’T", "don't"),
            ("’", "'"),
            ("o’clock’s-twenty-four’s", "o'clock's-twenty-four's"),
        ] {
            assert_eq!(Key::fold(curly), Key::fold(straight), "{curly}");
            let text = format!("x {curly} y");
            let (key, plain) = Key::fold_in(&text, 2, 2 + curly.len()).expect("a key");
            assert_eq!((Some(key), plain), (Key::fold(straight), false), "{curly}");
        }
        // (too long once folded, a byte outside ASCII other than ’, a NUL)
        for miss in ["o’clock’s-twenty-four’s!!", "sáid", "’\0", "”"] {
            assert_eq!(Key::fold(miss), None, "{miss}");
        }
    }

    #[test]
    fn phrasal_cues_join_a_verb_and_its_particle() {
        for (verb, particle, yes) in [
            ("called", "for", true),
            ("Called", "FOR", true),
            ("calls", "on", true),
            ("spoke", "about", true),
            ("warned", "against", true),
            ("called", "about", false),
            ("called", "fo", false),
            ("called", "for on", false),
            ("said", "for", false),
            ("called", "", false),
        ] {
            assert_eq!(is_phrasal_cue(verb, particle), yes, "{verb} {particle}");
        }
    }

    #[test]
    fn word_classes_answer_like_the_functions() {
        let mut words: Vec<String> = [
            "",
            "a",
            "I",
            "He",
            "SHE",
            "it",
            "that",
            "That",
            "THAT",
            "said",
            "Said",
            "and",
            "And",
            "then",
            "on",
            "On",
            "saying",
            "sing",
            "publicly",
            "Fly",
            "Sen.",
            "sen.",
            "Mr.",
            "Mrs..",
            "U.S",
            ".",
            ",",
            "“Quote,”",
            "“really",
            "don’t",
            "Don’t",
            "day",
            "Monday",
            "twenty-four-letters-long",
            "twenty-five-letters-longer",
            "said\0",
            "s\0id",
            "twenty-four-letters-lon\0",
            "twenty-four\0letters-long",
            "Oscar-nominated",
            "GOP-led",
            "Clinton-era",
            "Spanish-speaking",
            "Right-wing",
            "Jin-ping",
            "Ki-moon",
            "Geun-hye",
            "well-known",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for key in CLASSES.keys() {
            let bytes: Vec<u8> = key.0.iter().flat_map(|w| w.to_le_bytes()).collect();
            let len = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            let word = String::from_utf8(bytes[..len].to_vec()).unwrap();
            let mut capital = word.clone();
            capital[..1].make_ascii_uppercase();
            words.extend([
                word.to_ascii_uppercase(),
                capital,
                format!("{word}."),
                format!("{word}ly"),
                format!("{word}ing"),
                word.replace('\'', "’"),
                word,
            ]);
        }
        // Exact lists must be plain words, case-insensitive ones without
        // apostrophes, for the table to answer like the functions.
        for w in FINITE_SAYING
            .iter()
            .chain(TIME_LEADS)
            .chain(CONJUNCTIONS)
            .chain(DIALOGUE_VERBS)
            .chain(REPLY_NOUNS)
        {
            assert!(
                w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{w}"
            );
        }
        for w in FEMALE_NAMES.iter().chain(MALE_NAMES) {
            assert!(written_as_given_name(w), "{w}");
            assert!(!(FEMALE_NAMES.contains(w) && MALE_NAMES.contains(w)), "{w}");
        }
        for w in SUBJECT_PRONOUNS
            .iter()
            .map(|(w, _)| w)
            .chain([&THAT, &ALONG])
        {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
        for w in &words {
            let c = WordClass::of(w);
            // (read from a longer text, eight bytes at a time)
            for context in [" Said the.", &"\0".repeat(25)] {
                let text = format!("{context}{w}{context}");
                let at = context.len();
                let span = Span::new(at, at + w.len());
                assert_eq!(WordClass::of_all(&text, [span].into_iter()), [c], "{w}");
                if w.bytes().all(|b| b.is_ascii_alphanumeric()) {
                    let classes = Classifier::new();
                    assert_eq!(classes.of_ascii_word(&text, span.start, span.end), c, "{w}");
                }
            }
            assert_eq!(c.cue_class(), cue_class(w), "{w}");
            assert_eq!(
                c.is_speech_or_belief_cue(),
                matches!(cue_class(w), Some(CueClass::Speech | CueClass::Belief)),
                "{w}"
            );
            assert_eq!(c.is_ambiguous_base_form(), is_ambiguous_base_form(w), "{w}");
            assert_eq!(c.is_tag_only(), is_tag_only(w), "{w}");
            assert_eq!(c.takes_object(), takes_object(w), "{w}");
            assert_eq!(c.is_verb_modifier(), is_verb_modifier(w), "{w}");
            assert_eq!(c.is_temporal_noun(), is_temporal_noun(w), "{w}");
            assert_eq!(c.is_temporal_lead(), is_temporal_lead(w), "{w}");
            assert_eq!(c.subject_pronoun(), subject_pronoun(w), "{w}");
            assert_eq!(c.is_title(), is_title(w), "{w}");
            assert_eq!(c.is_office_title(), is_office_title(w), "{w}");
            assert_eq!(
                c.is_capitalised_function_word(),
                is_capitalised_function_word(w),
                "{w}"
            );
            assert_eq!(c.is_demonym(), is_demonym(w), "{w}");
            assert_eq!(c.is_organisation_word(), is_organisation_word(w), "{w}");
            assert_eq!(c.is_country(), is_country(w), "{w}");
            assert_eq!(c.is_source_noun(), is_source_noun(w), "{w}");
            assert_eq!(c.is_source_determiner(), is_source_determiner(w), "{w}");
            assert_eq!(c.is_abbreviation(), is_abbreviation(w), "{w}");
            assert_eq!(c.takes_infinitive(), takes_infinitive(w), "{w}");
            assert_eq!(c.is_quantity_word(), is_quantity_word(w), "{w}");
            assert_eq!(c.is_preposition(), is_preposition(w), "{w}");
            assert_eq!(c.is_finite_saying(), is_finite_saying(w), "{w}");
            assert_eq!(c.is_participle(), is_participle(w), "{w}");
            assert_eq!(c.is_conjunction(), is_conjunction(w), "{w}");
            assert_eq!(c.is_dialogue_verb(), is_dialogue_verb(w), "{w}");
            assert_eq!(
                is_dialogue_verb(w),
                DIALOGUE_VERBS.contains(&w.as_str()),
                "{w}"
            );
            assert_eq!(c.is_reply_noun(), is_reply_noun(w), "{w}");
            assert_eq!(is_reply_noun(w), REPLY_NOUNS.contains(&w.as_str()), "{w}");
            assert_eq!(c.given_name_gender(w), given_name_gender(w), "{w}");
            if !w.ends_with('.') {
                assert_eq!(c.honorific_gender(), honorific_gender(w), "{w}");
            }
            // (and both as the lists say, read the slow way)
            let given = if FEMALE_NAMES.contains(&w.as_str()) {
                Some(crate::Gender::Female)
            } else {
                MALE_NAMES
                    .contains(&w.as_str())
                    .then_some(crate::Gender::Male)
            };
            assert_eq!(given_name_gender(w), given, "{w}");
            let mut buf = [0u8; MAX_WORD];
            let honorific = fold(w.trim_end_matches('.'), &mut buf).and_then(|folded| {
                if MALE_HONORIFICS.contains(&folded) {
                    Some(crate::Gender::Male)
                } else {
                    FEMALE_HONORIFICS
                        .contains(&folded)
                        .then_some(crate::Gender::Female)
                }
            });
            assert_eq!(honorific_gender(w), honorific, "{w}");
            assert_eq!(c.is_that(), is_that(w), "{w}");
            assert_eq!(c.is_phrasal_verb(), is_phrasal_verb(w), "{w}");
            assert_eq!(c.is_attitude_adjective(), is_attitude_adjective(w), "{w}");
            assert_eq!(c.is_stance_noun(), is_stance_noun(w), "{w}");
            assert_eq!(c.is_speech_noun(), is_speech_noun(w), "{w}");
            assert_eq!(c.is_hyphenated_modifier(), is_hyphenated_modifier(w), "{w}");
            if REPORT_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)) {
                assert!(c.may_head_report(), "{w}");
            }
            assert_eq!(
                c.is_report_word(),
                REPORT_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)),
                "{w}"
            );
            assert_eq!(
                c.links_clauses(),
                is_subordinator(w)
                    || w.eq_ignore_ascii_case("and")
                    || w.eq_ignore_ascii_case("but"),
                "{w}"
            );
        }
    }

    #[test]
    fn verbs_of_looking_at_have_their_forms() {
        for w in [
            "looked", "glancing", "nodded", "grins", "stared", "Smiled", "waving",
        ] {
            assert!(is_looking_at_verb(w), "{w}");
        }
        for w in ["stayed", "arrived", "dined", "nodeed", "at"] {
            assert!(!is_looking_at_verb(w), "{w}");
        }
    }
}
