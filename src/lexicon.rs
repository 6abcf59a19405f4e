//! Word lists the stages consult: speech cues, titles, pronouns, sources.
//!
//! Every lookup takes a word as it stands in the text and compares it
//! case-insensitively, without allocating: the word is folded (ASCII
//! lower case, `’` as `'`) straight into a [`Key`] of three machine words,
//! which is hashed with one multiplication and compared with three.

use crate::span::Span;
use once_cell::sync::Lazy;
use std::borrow::Cow;

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
/// otherwise (Oscar-nominated, Miami-based, GOP-led, Clinton-era): its
/// part after the last hyphen is a lower-case word of three bytes or more,
/// ending in -ed or one of a few words.
#[inline]
pub(crate) fn is_hyphenated_modifier(word: &str) -> bool {
    // (a byte search, as '-' is ASCII)
    may_be_hyphenated_modifier(word.as_bytes())
        && word.bytes().rposition(|b| b == b'-').is_some_and(|dash| {
            let last = &word[dash + 1..];
            last.len() > 2
                && last.starts_with(char::is_lowercase)
                && (last.ends_with("ed")
                    || matches!(
                        last,
                        "led"
                            | "run"
                            | "style"
                            | "like"
                            | "era"
                            | "born"
                            | "made"
                            | "leaning"
                            | "friendly"
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
    static SET: Lazy<WordSet> = Lazy::new(|| set(COUNTRIES));
    &SET
}

/// The words of [`WordClass::is_country`] (the table of word classes holds them
/// too).
const COUNTRIES: &[&str] = &[
    "china",
    "russia",
    "us",
    "u.s.",
    "usa",
    "u.s.a.",
    "america",
    "britain",
    "uk",
    "u.k.",
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

/// Abbreviations after which a full stop does not end a sentence.
pub(crate) fn is_abbreviation(word: &str) -> bool {
    contains(abbreviations(), word)
}

/// The words of [`is_abbreviation`].
fn abbreviations() -> &'static WordSet {
    static SET: Lazy<WordSet> = Lazy::new(|| set(ABBREVIATIONS));
    &SET
}

/// The words of [`abbreviations`] (the table of word classes holds them too).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gov", "sen", "rep", "st", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "v", "gen", "lt", "col", "sgt",
    "capt", "adm", "cmdr", "maj", "prof", "rev", "jr", "sr", "mt", "ft", "ave", "blvd", "rd",
    "inc", "corp", "co", "ltd", "dept", "est", "approx", "fig", "vol", "pp", "etc", "e.g", "i.e",
    "al", "u.s", "u.k", "u.n", "a.m", "p.m", "d.c", "mme", "mlle", "messrs", "hon", "pres", "supt",
    "det", "insp", "gov't",
    // US states as the AP writes them (not those that are also
    // common words: Ill., Ind., Miss., Wash.)
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
const REPORT_WORDS: &[&str] = &["according", "clear"];

/// What the word lists say about one word, all looked up at once: one bit
/// for each predicate of this module that the stages ask about a token.
///
/// [`segment`](crate::sentences::segment) classes every token, so that the
/// later stages test bits instead of looking the same word up again and
/// again. Each method answers exactly as the function of the same name
/// does for the word (`WordClass::of(w).is_preposition() ==
/// is_preposition(w)`; tested below).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u64);

impl WordClass {
    // Lists, read from the table of all their words.
    const SPEECH: u64 = 1 << 0;
    const BELIEF: u64 = 1 << 1;
    const NAMING: u64 = 1 << 2;
    const BASE_FORM: u64 = 1 << 3;
    const TAG_ONLY: u64 = 1 << 4;
    const TELLING: u64 = 1 << 5;
    const MODIFIER: u64 = 1 << 6;
    const TEMPORAL_NOUN: u64 = 1 << 7;
    const TITLE: u64 = 1 << 8;
    const FUNCTION_WORD: u64 = 1 << 9;
    const DEMONYM: u64 = 1 << 10;
    const ORGANISATION: u64 = 1 << 11;
    const COUNTRY: u64 = 1 << 12;
    const SOURCE_NOUN: u64 = 1 << 13;
    const SOURCE_DETERMINER: u64 = 1 << 14;
    const ABBREVIATION: u64 = 1 << 15;
    const INFINITIVE: u64 = 1 << 16;
    const QUANTITY: u64 = 1 << 17;
    const PREPOSITION: u64 = 1 << 18;
    const HE: u64 = 1 << 19;
    const SHE: u64 = 1 << 20;
    const PERSONAL: u64 = 1 << 21;
    const THAT: u64 = 1 << 22;
    const PHRASAL_VERB: u64 = 1 << 23;
    const ATTITUDE: u64 = 1 << 24;
    const STANCE_NOUN: u64 = 1 << 25;
    const CLAUSE_LINK: u64 = 1 << 26;
    const REPORT_WORD: u64 = 1 << 27;
    // Given names, in any case (the method asks how the word is written).
    const GIVEN_FEMALE: u64 = 1 << 28;
    const GIVEN_MALE: u64 = 1 << 29;
    const HONORIFIC_MALE: u64 = 1 << 30;
    const HONORIFIC_FEMALE: u64 = 1 << 31;
    const SPEECH_NOUN: u64 = 1 << 36;
    // Lists of words as they must be written (not folded).
    const TEMPORAL_LEAD: u64 = 1 << 32;
    const FINITE_SAYING: u64 = 1 << 33;
    const CONJUNCTION: u64 = 1 << 34;
    const DIALOGUE: u64 = 1 << 35;
    const REPLY_NOUN: u64 = 1 << 38;
    const EXACT: u64 = Self::TEMPORAL_LEAD
        | Self::FINITE_SAYING
        | Self::CONJUNCTION
        | Self::DIALOGUE
        | Self::REPLY_NOUN;
    // Predicates of the word's letters.
    const PARTICIPLE: u64 = 1 << 40;
    const PLAIN_LOWERCASE: u64 = 1 << 41;
    const HYPHENATED_MODIFIER: u64 = 1 << 42;
    /// "who" and the possessives (his, her, its, their), which
    /// [`is_plain_lowercase`] names: in the table, so that a short word
    /// asks a bit instead of comparing itself with each of them.
    const WHO_OR_POSSESSIVE: u64 = 1 << 43;
    /// The comma and the semicolon, the marks at which a reported clause
    /// may end: in the table, so that the walk to a clause's end
    /// ([`may_end_clause`](Self::may_end_clause)) asks each token's class
    /// alone.
    const CLAUSE_MARK: u64 = 1 << 37;
    /// The subject pronouns and the lists of sources: the words that may
    /// open a mention.
    const OPENS_MENTION: u64 =
        Self::HE | Self::SHE | Self::PERSONAL | Self::SOURCE_NOUN | Self::SOURCE_DETERMINER;

    /// Looks `word` up in every list at once.
    pub(crate) fn of(word: &str) -> WordClass {
        WordClass::of_in(&CLASSES, word, 0, word.len())
    }

    /// The class of each word of `text` at `spans`.
    #[cfg(test)]
    pub(crate) fn of_all(text: &str, spans: impl Iterator<Item = Span>) -> Vec<WordClass> {
        let classes = Classifier::new();
        spans.map(|span| classes.of_token(text, span)).collect()
    }

    /// Looks the word `text[start..end]` up in every list at once.
    #[inline]
    fn of_in(table: &ClassTable, text: &str, start: usize, end: usize) -> WordClass {
        let word = &text.as_bytes()[start..end];
        let mut bits = 0;
        // (the filter on the key's hash turns most words away; the one on
        // first letter and length that a WordSet asks first would pass
        // most words of a text and only add to their cost)
        if let Some((key, plain)) = Key::fold_in(text, start, end) {
            // (hashed once, for the filter and the table)
            let hash = key.hash();
            if let Some(found) = table
                .may_hold_hash(hash)
                .then(|| table.bits_of_hashed(key, hash))
                .flatten()
            {
                // (the table's bit of a plain lower-case word is its
                // short words' guess, not this word's: read below)
                bits = found & !Self::PLAIN_LOWERCASE;
                if !plain {
                    // (these lists hold words as they must be written)
                    bits &= !Self::EXACT;
                }
            }
        }
        // The word's ending, by its last byte: each suffix asked about
        // ends in a byte of its own (’ of n’t is three bytes, the last
        // before t), so at most one of these applies, and most words end
        // in none of those bytes.
        match word.last() {
            // (titles are looked up without their dots: Sen.)
            Some(b'.') => bits = with_title_bit(bits, &text[start..end]),
            // (as is_ly_adverb, is_negative_contraction and is_participle ask)
            Some(b'y') if word.len() > 4 && word.ends_with(b"ly") => bits |= Self::MODIFIER,
            Some(b't') if word.ends_with(b"n't") || word.ends_with("n’t".as_bytes()) => {
                bits |= Self::MODIFIER;
            }
            Some(b'g') if word.len() > 4 && word.ends_with(b"ing") => bits |= Self::PARTICIPLE,
            _ => {}
        }
        if bits & Self::TEMPORAL_NOUN != 0 {
            bits |= Self::TEMPORAL_LEAD;
        }
        if is_plain_lowercase(word, bits) {
            bits |= Self::PLAIN_LOWERCASE;
        }
        // (only words read here can hold a hyphen: the tokenizer classes
        // words of ASCII letters and digits elsewhere; the text is sliced
        // for the few words whose last byte may end such a word)
        if may_be_hyphenated_modifier(word) && is_hyphenated_modifier(&text[start..end]) {
            bits |= Self::HYPHENATED_MODIFIER;
        }
        WordClass(bits)
    }

    #[inline]
    fn has(self, bit: u64) -> bool {
        self.0 & bit != 0
    }

    /// Whether some list that can make the word a report's verb or head
    /// holds it: a cue, a verb taking an infinitive or a particle, a noun
    /// of stance, an adjective of attitude, or one of [`REPORT_WORDS`] in
    /// any case. (The reported-speech pass asks this first, to pass over
    /// the many words that are none.)
    #[inline]
    pub(crate) fn may_head_report(self) -> bool {
        self.has(Self::REPORT_HEAD)
    }

    /// Whether the word is one of [`REPORT_WORDS`] (according, clear) in
    /// any case: the words the reported-speech pass compares as written.
    #[inline]
    pub(crate) fn is_report_word(self) -> bool {
        self.has(Self::REPORT_WORD)
    }

    /// The lists of [`may_head_report`](Self::may_head_report).
    const REPORT_HEAD: u64 = Self::SPEECH
        | Self::BELIEF
        | Self::NAMING
        | Self::INFINITIVE
        | Self::PHRASAL_VERB
        | Self::STANCE_NOUN
        | Self::ATTITUDE
        | Self::REPORT_WORD;

    /// Whether the word may head a report, is "that", or is a verb of
    /// dialogue: whether the walk that lists the report heads
    /// (`sentences::report_heads`) has anything to note at it (one test
    /// for the many words that are none).
    #[inline]
    pub(crate) fn may_concern_reports(self) -> bool {
        self.has(Self::REPORT_HEAD | Self::THAT | Self::DIALOGUE)
    }

    /// Whether any of `classes` [may concern reports](Self::may_concern_reports),
    /// asked of the union of their bits: one test for a run of words.
    #[inline]
    pub(crate) fn any_may_concern_reports(classes: &[WordClass]) -> bool {
        WordClass(classes.iter().fold(0, |bits, class| bits | class.0)).may_concern_reports()
    }

    /// Whether the word is a subordinator ([`is_subordinator`]) or "and"
    /// or "but", in any case: the words that may link a reported clause
    /// to the next one.
    #[inline]
    pub(crate) fn links_clauses(self) -> bool {
        self.has(Self::CLAUSE_LINK)
    }

    /// Whether the token is a word that links clauses
    /// ([`links_clauses`](Self::links_clauses)), a comma or a semicolon:
    /// where a reported clause may end. (No other token has either bit:
    /// the lists of linking words hold words, and a quotation's key begins
    /// with its mark.)
    #[inline]
    pub(crate) fn may_end_clause(self) -> bool {
        self.has(Self::CLAUSE_LINK | Self::CLAUSE_MARK)
    }

    /// Whether the word is sure to open no mention in the mention finder:
    /// it begins with an ASCII lower-case letter (so it is no name, nor an
    /// inverted tag or a plain opener, which are passed over all the
    /// same), is no subject pronoun and in no list of sources (nouns or
    /// determiners), is not "who", has no
    /// apostrophe where a contracted pronoun would have one
    /// ([`apostrophe_in_1_to_4`]), and is not one of the possessives
    /// ([`is_possessive`]). Most words of a text are such words; the
    /// tokenizer tells them from their bytes as it classes them, so that
    /// the finder passes over them by this bit alone.
    #[inline]
    pub(crate) fn is_plain_lowercase(self) -> bool {
        self.has(Self::PLAIN_LOWERCASE)
    }

    /// Whether the word is "who" or one of the possessives of
    /// [`is_possessive`] (his, her, its, their), in any ASCII case.
    #[inline]
    pub(crate) fn is_who_or_possessive(self) -> bool {
        self.has(Self::WHO_OR_POSSESSIVE)
    }

    /// See [`is_hyphenated_modifier`].
    #[inline]
    pub(crate) fn is_hyphenated_modifier(self) -> bool {
        self.has(Self::HYPHENATED_MODIFIER)
    }

    /// Whether the word is a verb of speech or of belief: whether
    /// [`WordClass::cue_class`] is [`CueClass::Speech`] or
    /// [`CueClass::Belief`].
    #[inline]
    pub(crate) fn is_speech_or_belief_cue(self) -> bool {
        self.has(Self::SPEECH | Self::BELIEF)
    }

    /// See [`cue_class`].
    #[inline]
    pub(crate) fn cue_class(self) -> Option<CueClass> {
        if self.has(Self::SPEECH) {
            Some(CueClass::Speech)
        } else if self.has(Self::BELIEF) {
            Some(CueClass::Belief)
        } else if self.has(Self::NAMING) {
            Some(CueClass::Naming)
        } else {
            None
        }
    }

    /// See [`is_ambiguous_base_form`].
    #[inline]
    pub(crate) fn is_ambiguous_base_form(self) -> bool {
        self.has(Self::BASE_FORM)
    }

    /// See [`is_tag_only`].
    #[inline]
    pub(crate) fn is_tag_only(self) -> bool {
        self.has(Self::TAG_ONLY)
    }

    /// See [`takes_object`].
    #[inline]
    pub(crate) fn takes_object(self) -> bool {
        self.has(Self::TELLING)
    }

    /// See [`is_verb_modifier`].
    #[inline]
    pub(crate) fn is_verb_modifier(self) -> bool {
        self.has(Self::MODIFIER)
    }

    /// See [`is_temporal_noun`].
    #[inline]
    pub(crate) fn is_temporal_noun(self) -> bool {
        self.has(Self::TEMPORAL_NOUN)
    }

    /// See [`is_temporal_lead`].
    #[inline]
    pub(crate) fn is_temporal_lead(self) -> bool {
        self.has(Self::TEMPORAL_LEAD)
    }

    /// See [`subject_pronoun`].
    #[inline]
    pub(crate) fn subject_pronoun(self) -> Option<crate::Gender> {
        if self.has(Self::HE) {
            Some(crate::Gender::Male)
        } else if self.has(Self::SHE) {
            Some(crate::Gender::Female)
        } else if self.has(Self::PERSONAL) {
            Some(crate::Gender::Other)
        } else {
            None
        }
    }

    /// See [`is_title`].
    #[inline]
    pub(crate) fn is_title(self) -> bool {
        self.has(Self::TITLE)
    }

    /// See [`is_capitalised_function_word`].
    #[inline]
    pub(crate) fn is_capitalised_function_word(self) -> bool {
        self.has(Self::FUNCTION_WORD)
    }

    /// See [`is_demonym`].
    #[inline]
    pub(crate) fn is_demonym(self) -> bool {
        self.has(Self::DEMONYM)
    }

    /// See [`is_organisation_word`].
    #[inline]
    pub(crate) fn is_organisation_word(self) -> bool {
        self.has(Self::ORGANISATION)
    }

    /// See [`is_country`].
    #[inline]
    pub(crate) fn is_country(self) -> bool {
        self.has(Self::COUNTRY)
    }

    /// See [`is_source_noun`].
    #[inline]
    pub(crate) fn is_source_noun(self) -> bool {
        self.has(Self::SOURCE_NOUN)
    }

    /// See [`is_source_determiner`].
    #[inline]
    pub(crate) fn is_source_determiner(self) -> bool {
        self.has(Self::SOURCE_DETERMINER)
    }

    /// See [`is_abbreviation`].
    #[inline]
    pub(crate) fn is_abbreviation(self) -> bool {
        self.has(Self::ABBREVIATION)
    }

    /// See [`takes_infinitive`].
    #[inline]
    pub(crate) fn takes_infinitive(self) -> bool {
        self.has(Self::INFINITIVE)
    }

    /// See [`is_quantity_word`].
    #[inline]
    pub(crate) fn is_quantity_word(self) -> bool {
        self.has(Self::QUANTITY)
    }

    /// See [`is_preposition`].
    #[inline]
    pub(crate) fn is_preposition(self) -> bool {
        self.has(Self::PREPOSITION)
    }

    /// See [`is_finite_saying`].
    #[inline]
    pub(crate) fn is_finite_saying(self) -> bool {
        self.has(Self::FINITE_SAYING)
    }

    /// See [`is_participle`].
    #[inline]
    pub(crate) fn is_participle(self) -> bool {
        self.has(Self::PARTICIPLE)
    }

    /// See [`is_conjunction`].
    #[inline]
    pub(crate) fn is_conjunction(self) -> bool {
        self.has(Self::CONJUNCTION)
    }

    /// See [`is_dialogue_verb`].
    #[inline]
    pub(crate) fn is_dialogue_verb(self) -> bool {
        self.has(Self::DIALOGUE)
    }

    /// See [`is_phrasal_verb`].
    #[inline]
    pub(crate) fn is_phrasal_verb(self) -> bool {
        self.has(Self::PHRASAL_VERB)
    }

    /// See [`is_attitude_adjective`].
    #[inline]
    pub(crate) fn is_attitude_adjective(self) -> bool {
        self.has(Self::ATTITUDE)
    }

    /// See [`is_stance_noun`].
    #[inline]
    pub(crate) fn is_stance_noun(self) -> bool {
        self.has(Self::STANCE_NOUN)
    }

    /// See [`is_that`].
    #[inline]
    pub(crate) fn is_that(self) -> bool {
        self.has(Self::THAT)
    }

    /// See [`is_speech_noun`].
    #[inline]
    pub(crate) fn is_speech_noun(self) -> bool {
        self.has(Self::SPEECH_NOUN)
    }

    /// See [`is_reply_noun`].
    #[inline]
    pub(crate) fn is_reply_noun(self) -> bool {
        self.has(Self::REPLY_NOUN)
    }

    /// See [`honorific_gender`], for a word that does not end in a dot (a
    /// word token).
    #[inline]
    pub(crate) fn honorific_gender(self) -> Option<crate::Gender> {
        if self.has(Self::HONORIFIC_MALE) {
            Some(crate::Gender::Male)
        } else if self.has(Self::HONORIFIC_FEMALE) {
            Some(crate::Gender::Female)
        } else {
            None
        }
    }

    /// See [`given_name_gender`]: the gender of `word`, the word of this
    /// class, by the bits of its lists (which ignore case) and how it is
    /// written.
    #[inline]
    pub(crate) fn given_name_gender(self, word: &str) -> Option<crate::Gender> {
        if !self.has(Self::GIVEN_FEMALE | Self::GIVEN_MALE) || !written_as_given_name(word) {
            None
        } else if self.has(Self::GIVEN_FEMALE) {
            Some(crate::Gender::Female)
        } else {
            Some(crate::Gender::Male)
        }
    }
}

/// `bits`, the class bits of `word`, a word that ends in a dot, with the
/// bit of a title set as the word is one without its dots (Sen.) or not.
/// (Out of [`WordClass::of_in`]'s way: few words end in a dot.)
#[cold]
#[inline(never)]
fn with_title_bit(bits: u64, word: &str) -> u64 {
    let bits = bits & !WordClass::TITLE;
    if contains(titles(), word.trim_end_matches('.')) {
        bits | WordClass::TITLE
    } else {
        bits
    }
}

/// Whether the word `bytes`, whose other class bits are `bits`, is one
/// that [`WordClass::is_plain_lowercase`] holds.
#[inline]
fn is_plain_lowercase(bytes: &[u8], bits: u64) -> bool {
    bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bits & WordClass::OPENS_MENTION == 0
        && bytes != b"who"
        && !apostrophe_in_1_to_4(bytes)
        && !is_possessive(bytes)
}

/// Whether `bytes` is one of the possessives that the mention finder
/// looks for before a noun of saying (his, her, its, their), in any case.
#[inline]
pub(crate) fn is_possessive(bytes: &[u8]) -> bool {
    (3..=5).contains(&bytes.len())
        && matches!(bytes[0] | 0x20, b'h' | b'i' | b't')
        && [&b"his"[..], b"her", b"its", b"their"]
            .iter()
            .any(|possessive| bytes.eq_ignore_ascii_case(possessive))
}

/// Whether one of `bytes[1..5]` (as many as there are) is `'` or 0xE2,
/// the first byte of `’`: four bytes tested at once when there are four.
/// (Where the mention finder looks for the apostrophe of a contracted
/// pronoun: he's, they’re.)
#[inline]
pub(crate) fn apostrophe_in_1_to_4(bytes: &[u8]) -> bool {
    match bytes
        .get(1..5)
        .and_then(|four| <[u8; 4]>::try_from(four).ok())
    {
        Some(four) => {
            let word = u32::from_le_bytes(four);
            // (a byte of `x` is zero exactly where this sets its high bit)
            let has_zero = |x: u32| x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080 != 0;
            has_zero(word ^ 0x2727_2727) || has_zero(word ^ 0xE2E2_E2E2)
        }
        // (fewer than five bytes: most words, tested byte by byte)
        None => {
            let mark = |at: usize| bytes.get(at).is_some_and(|&b| b == b'\'' || b == 0xE2);
            mark(1) || mark(2) || mark(3)
        }
    }
}

/// The word lists' table, fetched once, for the tokenizer to class each
/// token as it cuts it (one pass over the tokens, not two).
#[derive(Clone, Copy)]
pub(crate) struct Classifier(&'static ClassTable);

impl Classifier {
    /// The table of every list (built on first use).
    pub(crate) fn new() -> Classifier {
        Classifier(&CLASSES)
    }

    /// The class of the token of `text` at `span`, whatever its kind.
    #[inline]
    pub(crate) fn of_token(self, text: &str, span: Span) -> WordClass {
        match span.len() {
            // (one byte: an ASCII character, punctuation mostly)
            1 => self.of_ascii_byte(text.as_bytes()[span.start]),
            _ => WordClass::of_in(self.0, text, span.start, span.end),
        }
    }

    /// The class of the word `bytes[start..end]`, which the caller knows
    /// to be ASCII letters and digits only, as [`of_token`](Self::of_token)
    /// gives it: most words of a text. A word of up to eight such bytes
    /// has no byte to fold but its capitals, no NUL, no apostrophe and no
    /// final dot, so that its key is one lower-cased machine word and, of
    /// the endings, only -ly and -ing can apply.
    #[inline]
    pub(crate) fn of_ascii_word(self, text: &str, start: usize, end: usize) -> WordClass {
        let bytes = text.as_bytes();
        let len = end - start;
        if len == 1 {
            return self.of_ascii_byte(bytes[start]);
        }
        if (9..=16).contains(&len) {
            return self.of_long_ascii_word(bytes, start, end);
        }
        if !(2..=8).contains(&len) {
            return WordClass::of_in(self.0, text, start, end);
        }
        self.of_short_ascii_word(load_at(bytes, start, len), len)
    }

    /// [`of_ascii_word`](Self::of_ascii_word) for a word of one to eight
    /// ASCII letters and digits, given as its `len` bytes in a
    /// little-endian machine word, zero-padded (as the tokenizer has read
    /// most words). (A word of one byte is read as the longer ones are,
    /// with no test of its length, and classed as
    /// [`of_ascii_byte`](Self::of_ascii_byte) classes it: tested.)
    #[inline(always)]
    pub(crate) fn of_short_ascii_word(self, word: u64, len: usize) -> WordClass {
        // (lower-cased by setting 0x20 in each of its bytes: a capital
        // letter becomes its small letter, and a small letter or a digit,
        // 0x30..=0x39, has that bit already)
        let folded = word | (crate::scan::LOW_BYTES[len] & (ONES * 0x20));
        // Every step below is arithmetic on masks, with no branch on the
        // word: whether it is in a list, capitalised, long enough for an
        // ending or lower case is as good as random from word to word.
        //
        // (a word in no list is plain lower case if it begins with a small
        // letter, as is_plain_lowercase asks: no apostrophe in ASCII
        // letters and digits; the table's entries have the bit where the
        // word opens no mention and is not "who" nor a possessive; the
        // filter that of_in asks first would only add to the cost of the
        // many words that are in a list)
        let mut bits = self.0.short.bits_or_absent(folded);
        // (the lists of EXACT hold words as they must be written; a noun
        // of time leads a phrase of time all the same, as the table's
        // entries of such nouns say already)
        bits &= !(WordClass::EXACT & u64::from(folded != word).wrapping_neg());
        bits |= (bits & WordClass::TEMPORAL_NOUN) << LEAD_FROM_NOUN;
        // (the endings as of_in reads them, -ly and -ing, both of a word of
        // more than four bytes: its last bytes moved to the top of the
        // machine word; `len` is 1 to 8)
        let last = word.wrapping_shl(64 - 8 * len as u32);
        let long = u64::from(len > 4);
        let ly = u64::from(last >> 48 == u64::from(u16::from_le_bytes(*b"ly")));
        let ing = u64::from(last >> 40 == u64::from(u32::from_le_bytes(*b"ing\0")));
        bits |= (WordClass::MODIFIER & (ly & long).wrapping_neg())
            | (WordClass::PARTICIPLE & (ing & long).wrapping_neg());
        let lowercase = u64::from((word as u8).is_ascii_lowercase());
        bits &= !(WordClass::PLAIN_LOWERCASE & (lowercase ^ 1).wrapping_neg());
        WordClass(bits)
    }

    /// [`of_ascii_word`](Self::of_ascii_word) for a word of nine to
    /// sixteen ASCII letters and digits: its key is two lower-cased
    /// machine words, looked up in the table of medium words.
    #[inline]
    fn of_long_ascii_word(self, bytes: &[u8], start: usize, end: usize) -> WordClass {
        let len = end - start;
        let (a, b) = (load_at(bytes, start, 8), load_at(bytes, start + 8, len - 8));
        // (lower-cased as of_short_ascii_word does)
        let key = [a | (ONES * 0x20), b | ((ONES * 0x20) >> (128 - 8 * len))];
        // (plain lower case, if in no list, as of_short_ascii_word reads
        // it: too long for "who" or a possessive, and no apostrophe; the
        // lists of EXACT hold words as they must be written, and no word
        // in none has those bits)
        let mut bits = self.0.medium.bits_or_absent(key);
        bits &= !(WordClass::EXACT & u64::from(key != [a, b]).wrapping_neg());
        // (as of_in reads the ending; the word is longer than four bytes)
        match bytes[end - 1] {
            b'y' if bytes[end - 2] == b'l' => bits |= WordClass::MODIFIER,
            b'g' if bytes[end - 3..end] == *b"ing" => bits |= WordClass::PARTICIPLE,
            _ => {}
        }
        if bits & WordClass::TEMPORAL_NOUN != 0 {
            bits |= WordClass::TEMPORAL_LEAD;
        }
        if !bytes[start].is_ascii_lowercase() {
            bits &= !WordClass::PLAIN_LOWERCASE;
        }
        WordClass(bits)
    }

    /// The class of the token at `span`, one character outside ASCII
    /// that is neither a letter nor a digit (“ ” — …), as
    /// [`of_token`](Self::of_token) gives it: of such characters only
    /// ’, folded as ', can be in a list or take a class from its bytes
    /// (the others fold to no key, and none ends in a byte that an ending
    /// asked about ends in, nor begins a lower-case word).
    #[inline]
    pub(crate) fn of_mark(self, text: &str, span: Span) -> WordClass {
        match text.as_bytes().get(span.start..span.end) {
            Some(b) if b == "’".as_bytes() => self.of_token(text, span),
            _ => WordClass(0),
        }
    }

    /// The class of the one-byte token `b` (ASCII), as
    /// [`of_token`](Self::of_token) gives it.
    #[inline]
    pub(crate) fn of_ascii_byte(self, b: u8) -> WordClass {
        self.0.single_bytes[usize::from(b & 0x7F)]
    }
}

/// How far the bit of a noun of time ([`WordClass::TEMPORAL_NOUN`]) is
/// shifted up to the bit of a lead of time ([`WordClass::TEMPORAL_LEAD`]).
const LEAD_FROM_NOUN: u32 =
    WordClass::TEMPORAL_LEAD.trailing_zeros() - WordClass::TEMPORAL_NOUN.trailing_zeros();

/// Every word of the lists behind [`WordClass`], with the lists it is in.
struct ClassTable {
    /// The words of at most eight bytes (most of them, and nearly all the
    /// words of a text that are found), whose keys are one machine word.
    short: ShortWords,
    /// The words of nine to sixteen bytes, whose keys are two machine
    /// words.
    medium: MediumWords,
    /// The longer words (none in the lists as they are), with their
    /// whole keys.
    long: ClassSlots<Key, LONG_SLOTS>,
    /// A bit for each value of the top [`FILTER_BITS`] bits of a key's
    /// hash, set for the keys of the tables. Many words of a text are in
    /// no list; this filter (4 KiB, small enough to stay in the fastest
    /// cache; 8 KiB missed it more often, to save a few probes)
    /// turns away all but a few of them without a probe of a table. (The
    /// tokenizer's words of up to sixteen ASCII letters and digits, most
    /// words, ask the tables of short and medium words at once instead.)
    filter: [u64; FILTER_WORDS],
    /// `single_bytes[b]`: the class of the one-byte word `b` (ASCII),
    /// looked up once.
    single_bytes: [WordClass; 128],
}

/// The slots of [`ClassTable::long`] (room for a hundred words).
const LONG_SLOTS: usize = 1 << 8;

/// The slots of the table that gathers the words of all lists, each with
/// the bits of its lists, before they are split by length (some three and
/// a half thousand words, many in more than one list: room to grow).
const GATHERED_SLOTS: usize = 1 << 14;

/// An open-addressing table of folded keys with their [`WordClass`] bits.
/// Its `N` slots (a power of two) are at most half full (fuller tables
/// measured no faster), and probed linearly from the top bits of the
/// key's hash; an empty slot holds the default (all-zero) key, which no
/// word folds to. (`N` is a constant so that the shift and the mask of a
/// lookup are too, and an index of the bits needs no bounds check.)
struct ClassSlots<K, const N: usize> {
    /// The key of each slot.
    keys: Box<[K]>,
    /// The class bits of each slot's key.
    bits: Box<[u64; N]>,
}

impl<K: Copy + Default + PartialEq, const N: usize> ClassSlots<K, N> {
    /// How far a hash is shifted right to leave the bits of a slot's
    /// index (a table has at least two slots).
    const SHIFT: u32 = {
        assert!(N >= 2 && N.is_power_of_two());
        64 - N.trailing_zeros()
    };

    /// A table of no words.
    fn empty() -> ClassSlots<K, N> {
        let keys = vec![K::default(); N].into_boxed_slice();
        match vec![0; N].into_boxed_slice().try_into() {
            Ok(bits) => ClassSlots { keys, bits },
            Err(_) => unreachable!("a vector of N bits"),
        }
    }

    /// A table of `words`, whose keys are distinct, with `hash` their
    /// hash.
    fn new(words: &[(K, u64)], hash: impl Fn(K) -> u64) -> ClassSlots<K, N> {
        assert!(
            2 * words.len() <= N,
            "a table of {N} slots for {} words",
            words.len()
        );
        let mut table = ClassSlots::empty();
        // (inserted in the order of the slots their hashes point to, a key
        // is pushed on by those before it only, so that keys lie near
        // their slots)
        let mut homes: Vec<(usize, K, u64)> = words
            .iter()
            .map(|&(key, bits)| (table.home(hash(key)), key, bits))
            .collect();
        homes.sort_unstable_by_key(|&(home, _, _)| home);
        for (_, key, bits) in homes {
            let at = table.slot(key, hash(key));
            table.set(at, key, bits);
        }
        table
    }

    /// The slot that a key whose hash is `hash` is looked for from.
    #[inline(always)]
    fn home(&self, hash: u64) -> usize {
        // The top bits of a multiplicative hash depend on every input bit.
        (hash >> Self::SHIFT) as usize
    }

    /// Where `key` (with hash `hash`) is, or the empty slot where it would
    /// go.
    #[inline]
    fn slot(&self, key: K, hash: u64) -> usize {
        let mut i = self.home(hash);
        loop {
            let k = self.keys[i];
            if k == key || k == K::default() {
                return i;
            }
            i = (i + 1) & (N - 1);
        }
    }

    /// The class bits of `key` (with hash `hash`), if it is in the table:
    /// probed as [`slot`](Self::slot) probes, reading each entry once.
    /// (`key` is never the default key, which no word folds to: an empty
    /// slot is not taken for it.)
    #[inline(always)]
    fn bits_of(&self, key: K, hash: u64) -> Option<u64> {
        debug_assert!(key != K::default());
        let mut i = (hash >> Self::SHIFT) as usize;
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.bits[i]);
            }
            if k == K::default() {
                return None;
            }
            i = (i + 1) & (N - 1);
        }
    }

    /// Puts `key`, with its `bits`, in slot `at` (below `N`).
    fn set(&mut self, at: usize, key: K, bits: u64) {
        self.keys[at] = key;
        self.bits[at] = bits;
    }

    /// The keys of the table, each with its bits.
    fn entries(&self) -> impl Iterator<Item = (K, u64)> + '_ {
        self.keys[..N]
            .iter()
            .zip(self.bits.iter())
            .map(|(&key, &bits)| (key, bits))
            .filter(|&(key, _)| key != K::default())
    }

    /// The keys of the table.
    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.entries().map(|(key, _)| key)
    }
}

/// How many hashes [`DenseWords::new`] tries before it gives up on a list
/// of words (the lists as they are fit at the first).
const MULTIPLIER_TRIES: u64 = 64;

/// The table of the words of at most eight bytes (some two thousand):
/// 2048 slots, two a bucket.
type ShortWords = DenseWords<u64, 2048, 1024>;

/// The table of the words of nine to sixteen bytes (some five hundred):
/// 1024 slots, two a bucket.
type MediumWords = DenseWords<[u64; 2], 1024, 512>;

/// The key of a word in a [`DenseWords`] table: its folded bytes, in one
/// machine word or two, never all zero.
trait DenseKey: Copy + Default + Ord {
    /// A slot of the table: a key and its class bits, aligned so that no
    /// slot crosses a cache line.
    type Slot: Copy + Default;

    /// The slot of the key with its `bits`.
    fn slot(self, bits: u64) -> Self::Slot;

    /// The key and bits of `slot`.
    fn of_slot(slot: Self::Slot) -> (Self, u64);

    /// The key's hash by the odd `multiplier`, whose top bits depend on
    /// every bit of the key.
    fn hash_with(self, multiplier: u64) -> u64;
}

/// A slot of [`ShortWords`]: sixteen bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(16))]
struct ShortSlot {
    key: u64,
    bits: u64,
}

/// A slot of [`MediumWords`]: thirty-two bytes.
#[derive(Clone, Copy, Default)]
#[repr(C, align(32))]
struct MediumSlot {
    key: [u64; 2],
    bits: u64,
}

impl DenseKey for u64 {
    type Slot = ShortSlot;

    fn slot(self, bits: u64) -> ShortSlot {
        ShortSlot { key: self, bits }
    }

    #[inline(always)]
    fn of_slot(slot: ShortSlot) -> (u64, u64) {
        (slot.key, slot.bits)
    }

    #[inline(always)]
    fn hash_with(self, multiplier: u64) -> u64 {
        self.wrapping_mul(multiplier)
    }
}

impl DenseKey for [u64; 2] {
    type Slot = MediumSlot;

    fn slot(self, bits: u64) -> MediumSlot {
        MediumSlot { key: self, bits }
    }

    #[inline(always)]
    fn of_slot(slot: MediumSlot) -> ([u64; 2], u64) {
        (slot.key, slot.bits)
    }

    #[inline(always)]
    fn hash_with(self, multiplier: u64) -> u64 {
        // (two keys alike for one multiplier, (a - a') m = b' - b, are
        // not for most others)
        let [a, b] = self;
        a.wrapping_mul(multiplier)
            .wrapping_add(b)
            .wrapping_mul(multiplier)
    }
}

/// Words, each with its class bits, in a table of `N` slots where each
/// word has a slot of its own (a perfect hash): a word's hash picks one
/// of `BUCKETS` buckets, whose XOR mask, chosen when the table is built,
/// moves the slot its hash's next bits point to where no other word lies.
/// A lookup reads one small mask and one slot, the key and its bits side
/// by side (one cache line, in a table of a quarter of the size of one
/// probed linearly, with its keys and bits apart), with no branch.
struct DenseWords<K: DenseKey, const N: usize, const BUCKETS: usize> {
    /// The key and class bits of each slot; an empty slot holds the zero
    /// key, which no word folds to.
    slots: Box<[K::Slot; N]>,
    /// The XOR mask of each bucket (below `N`).
    masks: Box<[u16; BUCKETS]>,
    /// The odd multiplier of the hash, chosen so that no two words of a
    /// bucket point to the same slot.
    multiplier: u64,
    /// The bits of a word in no list.
    absent: u64,
}

impl<K: DenseKey, const N: usize, const BUCKETS: usize> DenseWords<K, N, BUCKETS> {
    /// How far a hash is shifted right to leave a bucket.
    const BUCKET_SHIFT: u32 = {
        assert!(N.is_power_of_two() && BUCKETS.is_power_of_two() && BUCKETS < N);
        // (a mask is a u16)
        assert!(N <= 1 << 16);
        64 - BUCKETS.trailing_zeros()
    };

    /// How far a hash is shifted right to leave a bucket and a slot.
    const SLOT_SHIFT: u32 = Self::BUCKET_SHIFT - N.trailing_zeros();

    /// A table of `words` (distinct, non-zero keys), with `absent` the
    /// bits of a word not in it.
    fn new(words: &[(K, u64)], absent: u64) -> Self {
        assert!(
            words.len() < N,
            "{} words for {N} slots: more slots needed",
            words.len()
        );
        // (a multiplier that fails, where two words of a bucket point to
        // one slot or a bucket finds no room, is replaced by the next: the
        // lists as they are need one try, each a sort of the words; a
        // bound, so that lists that no longer fit fail the first lookup,
        // and every test, at once, rather than search on)
        for attempt in 0..MULTIPLIER_TRIES {
            let multiplier =
                (0x9E37_79B9_7F4A_7C15_u64 ^ attempt.wrapping_mul(0xD1B5_4A32_D192_ED03)) | 1;
            if let Some(table) = Self::placed(words, multiplier, absent) {
                return table;
            }
        }
        panic!(
            "{} words found no slots of their own among {N} in {MULTIPLIER_TRIES} tries: more slots needed",
            words.len()
        )
    }

    /// `words` placed with hashes by `multiplier`, if they fit.
    fn placed(words: &[(K, u64)], multiplier: u64, absent: u64) -> Option<Self> {
        // (bucket, slot before the mask, key, bits), by bucket and slot
        let mut hashed: Vec<(usize, usize, K, u64)> = words
            .iter()
            .map(|&(key, bits)| {
                let (bucket, slot) = Self::bucket_and_slot(key, multiplier);
                (bucket, slot, key, bits)
            })
            .collect();
        hashed.sort_unstable_by_key(|&(bucket, slot, _, _)| (bucket, slot));
        if hashed
            .windows(2)
            .any(|pair| pair[0].0 == pair[1].0 && pair[0].1 == pair[1].1)
        {
            // (two words of a bucket point to one slot: no mask parts them)
            return None;
        }
        // (the fullest buckets first, while most slots are free)
        let mut buckets: Vec<&[(usize, usize, K, u64)]> =
            hashed.chunk_by(|a, b| a.0 == b.0).collect();
        buckets.sort_by_key(|bucket| std::cmp::Reverse(bucket.len()));
        let mut table = DenseWords {
            slots: vec![K::Slot::default(); N]
                .into_boxed_slice()
                .try_into()
                .ok()?,
            masks: vec![0; BUCKETS].into_boxed_slice().try_into().ok()?,
            multiplier,
            absent,
        };
        let free = |table: &Self, at: usize| K::of_slot(table.slots[at]).0 == K::default();
        // (every slot before it is taken, once the buckets of one word,
        // placed last, are reached: each takes the first free slot)
        let mut taken_to = 0;
        for bucket in buckets {
            let mask = if let [(_, slot, _, _)] = bucket {
                taken_to = (taken_to..N).find(|&at| free(&table, at))?;
                slot ^ taken_to
            } else {
                (0..N).find(|&mask| {
                    bucket
                        .iter()
                        .all(|&(_, slot, _, _)| free(&table, slot ^ mask))
                })?
            };
            for &(b, slot, key, bits) in bucket {
                table.slots[slot ^ mask] = key.slot(bits);
                table.masks[b] = u16::try_from(mask).ok()?;
            }
        }
        Some(table)
    }

    /// The bucket of `key` and the slot it points to before its bucket's
    /// mask moves it, from the top bits of its hash.
    #[inline(always)]
    fn bucket_and_slot(key: K, multiplier: u64) -> (usize, usize) {
        let hash = key.hash_with(multiplier);
        let bucket = (hash >> Self::BUCKET_SHIFT) as usize;
        let slot = (hash >> Self::SLOT_SHIFT) as usize;
        (bucket, slot & (N - 1))
    }

    /// The key and bits of the slot where `key` is, if it is in the table.
    #[inline(always)]
    fn slot_of(&self, key: K) -> (K, u64) {
        let (bucket, slot) = Self::bucket_and_slot(key, self.multiplier);
        let mask = usize::from(self.masks[bucket & (BUCKETS - 1)]);
        K::of_slot(self.slots[(slot ^ mask) & (N - 1)])
    }

    /// The class bits of `key`, or the bits of a word not in the table,
    /// chosen by arithmetic: no branch on whether the word is in a list,
    /// as good as random from word to word. (Compiled as a choice of the
    /// address the bits are read from, the slot's or `absent`'s; with
    /// `absent` a constant of the caller's instead, the compiler chose
    /// between a loaded value and a constant by a branch.)
    #[inline(always)]
    fn bits_or_absent(&self, key: K) -> u64 {
        let (slot_key, bits) = self.slot_of(key);
        let hit = u64::from(slot_key == key).wrapping_neg();
        (bits & hit) | (self.absent & !hit)
    }

    /// The class bits of `key`, if it is in the table.
    #[inline]
    fn bits_of(&self, key: K) -> Option<u64> {
        let (slot_key, bits) = self.slot_of(key);
        (slot_key == key).then_some(bits)
    }

    /// The keys of the table.
    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = K> + '_ {
        self.slots
            .iter()
            .map(|&slot| K::of_slot(slot).0)
            .filter(|&key| key != K::default())
    }
}

/// How many bits of a key's hash index [`ClassTable::filter`].
const FILTER_BITS: u32 = 15;

/// The machine words of [`ClassTable::filter`]: an array of its size, so
/// that an index from the hash's top bits needs no bounds check.
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

impl ClassTable {
    /// The filter's word and bit for `key`.
    #[inline]
    fn filter_bit(key: Key) -> (usize, u64) {
        ClassTable::filter_bit_of_hash(key.hash())
    }

    /// The filter's word and bit for a key whose hash is `hash`.
    #[inline]
    fn filter_bit_of_hash(hash: u64) -> (usize, u64) {
        let at = (hash >> (64 - FILTER_BITS)) as usize;
        (at / 64, 1 << (at % 64))
    }

    /// The class bits of `key`, whose hash is `hash`, if it is in the table.
    #[inline]
    fn bits_of_hashed(&self, key: Key, hash: u64) -> Option<u64> {
        match key.0 {
            // (a key's bytes run up to its first NUL: a zero second word
            // leaves the third zero too)
            [short, 0, _] => self.short.bits_of(short),
            [a, b, 0] => self.medium.bits_of([a, b]),
            _ => self.long.bits_of(key, hash),
        }
    }

    /// Whether a key whose hash is `hash` may be in the table (if not, it
    /// surely is not).
    #[inline]
    fn may_hold_hash(&self, hash: u64) -> bool {
        let (word, bit) = ClassTable::filter_bit_of_hash(hash);
        self.filter[word] & bit != 0
    }

    /// The keys of the table.
    #[cfg(test)]
    fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        let short = self.short.keys().map(|short| Key([short, 0, 0]));
        let medium = self.medium.keys().map(|[a, b]| Key([a, b, 0]));
        short.chain(medium).chain(self.long.keys())
    }
}

static CLASSES: Lazy<ClassTable> = Lazy::new(|| {
    // The lists, read as they are written here (building the sets of the
    // functions first, to read their words back, cost twice as much).
    let lists: [(&[&str], u64); 41] = [
        (SPEECH_FORMS, WordClass::SPEECH),
        (BELIEF_FORMS, WordClass::BELIEF),
        (NAMING_FORMS, WordClass::NAMING),
        (STANCE_LEMMAS, WordClass::BASE_FORM),
        (BELIEF_LEMMAS, WordClass::BASE_FORM),
        (CUE_BASE_FORMS, WordClass::BASE_FORM),
        (NAMING_BASE_FORMS, WordClass::BASE_FORM),
        (TAG_ONLY_FORMS, WordClass::TAG_ONLY),
        (TELLING_VERBS, WordClass::TELLING),
        (VERB_MODIFIERS, WordClass::MODIFIER),
        (TEMPORAL_NOUNS, WordClass::TEMPORAL_NOUN),
        (TITLES, WordClass::TITLE),
        (CAPITALISED_FUNCTION_WORDS, WordClass::FUNCTION_WORD),
        (DEMONYMS, WordClass::DEMONYM),
        (ORGANISATION_WORDS, WordClass::ORGANISATION),
        (COUNTRIES, WordClass::COUNTRY),
        (SOURCE_NOUNS, WordClass::SOURCE_NOUN),
        (SOURCE_DETERMINERS, WordClass::SOURCE_DETERMINER),
        (ABBREVIATIONS, WordClass::ABBREVIATION),
        (INFINITIVE_FORMS, WordClass::INFINITIVE),
        (QUANTITY_WORDS, WordClass::QUANTITY),
        (ATTITUDE_ADJECTIVES, WordClass::ATTITUDE),
        (STANCE_NOUNS, WordClass::STANCE_NOUN),
        (SPEECH_NOUNS, WordClass::SPEECH_NOUN),
        // (a preposition is a capitalised function word too)
        (
            PREPOSITIONS,
            WordClass::PREPOSITION | WordClass::FUNCTION_WORD,
        ),
        (FINITE_SAYING, WordClass::FINITE_SAYING),
        (TIME_LEADS, WordClass::TEMPORAL_LEAD),
        (CONJUNCTIONS, WordClass::CONJUNCTION),
        (DIALOGUE_VERBS, WordClass::DIALOGUE),
        (REPLY_NOUNS, WordClass::REPLY_NOUN),
        (&[THAT], WordClass::THAT),
        (&[ALONG], WordClass::FUNCTION_WORD),
        (SUBORDINATORS, WordClass::CLAUSE_LINK),
        (&["and", "but"], WordClass::CLAUSE_LINK),
        (&[",", ";"], WordClass::CLAUSE_MARK),
        (REPORT_WORDS, WordClass::REPORT_WORD),
        (
            &["who", "his", "her", "its", "their"],
            WordClass::WHO_OR_POSSESSIVE,
        ),
        (FEMALE_NAMES, WordClass::GIVEN_FEMALE),
        (MALE_NAMES, WordClass::GIVEN_MALE),
        (MALE_HONORIFICS, WordClass::HONORIFIC_MALE),
        (FEMALE_HONORIFICS, WordClass::HONORIFIC_FEMALE),
    ];
    // (and the lists of verbs whose lemmas stand for their regular forms)
    let verbs: [(&[&str], u64); 5] = [
        (SPEECH_LEMMAS, WordClass::SPEECH),
        (BELIEF_LEMMAS, WordClass::BELIEF),
        (STANCE_LEMMAS, WordClass::BELIEF),
        (TAG_ONLY_LEMMAS, WordClass::TAG_ONLY),
        (INFINITIVE_LEMMAS, WordClass::INFINITIVE),
    ];
    let pronoun_bit = |gender| match gender {
        crate::Gender::Male => WordClass::HE,
        crate::Gender::Female => WordClass::SHE,
        _ => WordClass::PERSONAL,
    };
    // (sized at once, for the lists' words and the lemmas' forms)
    let mut words: Vec<(Key, u64)> = Vec::with_capacity(
        lists.iter().map(|(list, _)| list.len()).sum::<usize>()
            + 6 * verbs.iter().map(|(lemmas, _)| lemmas.len()).sum::<usize>()
            + 6 * PHRASAL_LEMMAS.len(),
    );
    // (folded as the tokenizer folds a word of a text, which is quicker
    // than Key::fold and gives the same key)
    let mut add = |word: &str, bit: u64| {
        words.extend(Key::fold_in(word, 0, word.len()).map(|(key, _)| (key, bit)));
    };
    for (list, bit) in lists {
        list.iter().for_each(|word| add(word, bit));
    }
    for (lemmas, bit) in verbs {
        for lemma in lemmas {
            for_each_form(lemma, |form| add(form, bit));
        }
    }
    for_each_phrasal_form(|form, _| add(form, WordClass::PHRASAL_VERB));
    for &(word, gender) in SUBJECT_PRONOUNS {
        add(word, pronoun_bit(gender));
    }
    // One entry a word, with the bits of all its lists: gathered in a
    // table of their own, in one pass (sorting the words cost more; the
    // order of the entries does not matter to the tables built from them).
    let words_len = words.len();
    assert!(
        2 * words_len <= GATHERED_SLOTS,
        "{words_len} words to gather"
    );
    let mut gathered = ClassSlots::<Key, GATHERED_SLOTS>::empty();
    for (key, bit) in words {
        let at = gathered.slot(key, key.hash());
        let bits = gathered.bits[at] | bit;
        gathered.set(at, key, bits);
    }
    // The filter's bits, and the words split by the length of their keys,
    // in one pass over the gathered entries (an empty slot has a zero
    // first word, and no word's key has one).
    let mut filter = [0; FILTER_WORDS];
    let mut short: Vec<(u64, u64)> = Vec::with_capacity(words_len);
    let mut medium: Vec<([u64; 2], u64)> = Vec::new();
    let mut long: Vec<(Key, u64)> = Vec::new();
    for (key, bits) in gathered.entries() {
        if key.0[0] == 0 {
            continue;
        }
        // (a noun of time leads a phrase of time: its entry says so at
        // once, for the tokenizer's short words, which ask no more)
        let bits = if bits & WordClass::TEMPORAL_NOUN != 0 {
            bits | WordClass::TEMPORAL_LEAD
        } else {
            bits
        };
        // (and a word that opens no mention and is not "who" nor a
        // possessive is plain lower case when it begins with a small
        // letter: the tokenizer's words of ASCII letters and digits clear
        // the bit where it does not)
        let bits = if bits & (WordClass::OPENS_MENTION | WordClass::WHO_OR_POSSESSIVE) == 0 {
            bits | WordClass::PLAIN_LOWERCASE
        } else {
            bits
        };
        let (word, filter_bit) = ClassTable::filter_bit(key);
        filter[word] |= filter_bit;
        match key.0 {
            [one, 0, _] => short.push((one, bits)),
            [a, b, 0] => medium.push(([a, b], bits)),
            _ => long.push((key, bits)),
        }
    }
    let mut classes = ClassTable {
        // (a word of a text in no list: plain lower case, as far as the
        // table knows)
        short: ShortWords::new(&short, WordClass::PLAIN_LOWERCASE),
        medium: MediumWords::new(&medium, WordClass::PLAIN_LOWERCASE),
        long: ClassSlots::new(&long, Key::hash),
        filter,
        single_bytes: [WordClass::default(); 128],
    };
    let mut single_bytes = [WordClass::default(); 128];
    for (b, class) in (0u8..).zip(&mut single_bytes) {
        let byte = [b];
        let word = std::str::from_utf8(&byte).unwrap_or_default();
        *class = WordClass::of_in(&classes, word, 0, 1);
    }
    classes.single_bytes = single_bytes;
    classes
});

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
