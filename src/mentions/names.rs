//! Name keys: names folded for matching, and the hashing of the tables
//! that look them up.

use super::*;

/// Folds a name for matching: lower case, curly apostrophes straightened.
fn fold_name(name: &str) -> String {
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    name.to_lowercase().replace('’', "'")
}

/// A name as names are matched: two keys are equal when the names fold to
/// the same string ([`fold_name`]). An ASCII name is kept as it is and
/// compared ignoring ASCII case, so that most keys borrow the text; any
/// other name is folded once.
#[derive(Clone, Debug)]
pub(super) struct NameKey<'a>(pub(super) Cow<'a, str>);

impl<'a> NameKey<'a> {
    // (inlined: most names are ASCII, and borrowing them costs less than
    // the call)
    #[inline]
    pub(super) fn new(name: &'a str) -> NameKey<'a> {
        if name.is_ascii() {
            NameKey(Cow::Borrowed(name))
        } else {
            NameKey::folded(name)
        }
    }

    /// The key of a part of a name (a word of it), told whether the whole
    /// name is ASCII: then so is the part.
    #[inline]
    pub(super) fn part(part: &'a str, whole_is_ascii: bool) -> NameKey<'a> {
        if whole_is_ascii {
            NameKey(Cow::Borrowed(part))
        } else {
            NameKey::new(part)
        }
    }

    /// The key of a name that is not all ASCII: folded once.
    #[cold]
    pub(super) fn folded(name: &str) -> NameKey<'a> {
        // (folded names have no ASCII capitals: ignoring ASCII case
        // leaves them as they are)
        NameKey(Cow::Owned(fold_name(name)))
    }

    pub(super) fn as_str(&self) -> &str {
        &self.0
    }
}

impl PartialEq for NameKey<'_> {
    /// As [`str::eq_ignore_ascii_case`] compares; most keys that are equal
    /// (as a map finds them) are written alike, byte for byte.
    #[inline(always)]
    fn eq(&self, other: &NameKey<'_>) -> bool {
        let (a, b) = (self.0.as_bytes(), other.0.as_bytes());
        a == b || a.eq_ignore_ascii_case(b)
    }
}

impl Eq for NameKey<'_> {}

impl Hash for NameKey<'_> {
    /// The length and every byte, ASCII capitals lowered, as `eq`
    /// compares: a key of eight bytes or more as its first eight bytes,
    /// the ones between those and its last eight (none in most names), and
    /// its last eight; a shorter one zero-padded.
    #[inline(always)]
    fn hash<H: Hasher>(&self, state: &mut H) {
        let bytes = self.0.as_bytes();
        match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
            (Some(&first), Some(&last)) => {
                state.write_u64(ascii_lowercase_word(u64::from_le_bytes(first)));
                let between = bytes.get(8..bytes.len() - 8).unwrap_or_default();
                for chunk in between.chunks(8) {
                    state.write_u64(ascii_lowercase_word(word_of(chunk)));
                }
                state.write_u64(ascii_lowercase_word(u64::from_le_bytes(last)));
            }
            _ => state.write_u64(ascii_lowercase_word(word_of(bytes))),
        }
        state.write_usize(bytes.len());
    }
}

/// Up to eight bytes as a little-endian word, zero-padded (four to seven
/// in two loads of four bytes, overlapping; fewer in three of one byte,
/// the middle one and the two ends, which may be the same).
#[inline]
pub(super) fn word_of(chunk: &[u8]) -> u64 {
    if let Ok(eight) = <[u8; 8]>::try_from(chunk) {
        return u64::from_le_bytes(eight);
    }
    let n = chunk.len().min(7);
    if let (Some(&head), Some(&tail)) = (chunk.first_chunk::<4>(), chunk[..n].last_chunk::<4>()) {
        return u64::from(u32::from_le_bytes(head))
            | u64::from(u32::from_le_bytes(tail)) << (8 * (n - 4));
    }
    match chunk {
        [] => 0,
        [first, ..] => {
            let byte_at = |at: usize| u64::from(chunk[at]) << (8 * at);
            u64::from(*first) | byte_at(n / 2) | byte_at(n - 1)
        }
    }
}

/// The first and last eight bytes of a key, as little-endian words; a key
/// of fewer bytes as one word, zero-padded, and 0.
#[inline]
pub(super) fn ends_of(bytes: &[u8]) -> (u64, u64) {
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(&first), Some(&last)) => (u64::from_le_bytes(first), u64::from_le_bytes(last)),
        _ => (word_of(bytes), 0),
    }
}

/// Each byte of `word` as [`u8::to_ascii_lowercase`] makes it, all eight at
/// once: 0x20 is added to the bytes in `A..=Z`, and no other byte changes.
#[inline]
pub(super) fn ascii_lowercase_word(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (the low seven bits of each byte, plus a constant that sets the high
    // bit from a threshold on: no sum carries into the next byte)
    let low = word & !HIGH;
    let at_least_a = low + ONES * u64::from(0x80 - b'A');
    let above_z = low + ONES * u64::from(0x80 - b'Z' - 1);
    // (a byte with its high bit set is no ASCII letter)
    let upper = at_least_a & !above_z & !word & HIGH;
    word | (upper >> 2)
}

/// A small, fast hasher for the maps of short keys built per document (the
/// Fx hash of rustc): a rotation, an exclusive or and a multiplication per
/// machine word. Not resistant to chosen collisions, which would only slow
/// one document down.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher(u64);

impl FxHasher {
    #[inline]
    pub(super) fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            self.add(word_of(chunk));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A hash set with [`FxHasher`].
pub(super) type FxHashSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The last word of a name's key: what follows its last space (a byte
/// search; the space is ASCII), or the whole key.
#[inline]
pub(super) fn surname(key: &str) -> &str {
    // (the last eight bytes at once, where most surnames start; a walk
    // back over the bytes before them if they have no space)
    let bytes = key.as_bytes();
    let (start, last) = match bytes.last_chunk::<8>() {
        Some(&last) => (bytes.len() - 8, u64::from_le_bytes(last)),
        None => (0, word_of(bytes)),
    };
    let spaces = spaces_in(last);
    let space = if spaces != 0 {
        Some(start + (63 - spaces.leading_zeros() as usize) / 8)
    } else {
        bytes[..start].iter().rposition(|&b| b == b' ')
    };
    match space {
        Some(space) => key.get(space + 1..).unwrap_or(key),
        None => key,
    }
}

/// `key` split at its first space, as `split_once(' ')` splits it (the
/// first eight bytes at once, where most first words end, then a walk
/// over the bytes after them).
#[inline]
pub(super) fn split_at_space(key: &str) -> Option<(&str, &str)> {
    let bytes = key.as_bytes();
    let first = match bytes.first_chunk::<8>() {
        Some(&first) => u64::from_le_bytes(first),
        None => word_of(bytes),
    };
    let spaces = spaces_in(first);
    let space = if spaces != 0 {
        spaces.trailing_zeros() as usize / 8
    } else {
        8 + bytes.get(8..)?.iter().position(|&b| b == b' ')?
    };
    Some((&key[..space], &key[space + 1..]))
}

/// The bytes of `word` that are spaces, each marked by its high bit (and
/// no other byte marked; the zero bytes that pad a short word are none).
#[inline]
pub(super) fn spaces_in(word: u64) -> u64 {
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // (a space made 0; then the high bit set in each byte that is not 0:
    // from its own, or carried from its low seven bits, with no carry
    // into the next byte)
    let x = word ^ 0x2020_2020_2020_2020;
    let nonzero = ((x & LOW7) + LOW7) | x;
    !nonzero & !LOW7
}

/// `words` split at its first whitespace, as
/// `split_once(char::is_whitespace)` splits it: by a walk over the bytes
/// while they are ASCII (most names are), else by that.
pub(super) fn split_at_whitespace(words: &str) -> Option<(&str, &str)> {
    for (at, &b) in words.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            return words.split_once(char::is_whitespace);
        }
        // (the ASCII whitespace of char::is_whitespace: also the vertical
        // tab, which u8::is_ascii_whitespace leaves out)
        if matches!(b, b' ' | b'\t'..=b'\r') {
            return Some((&words[..at], &words[at + 1..]));
        }
    }
    None
}

/// Whether `key` has a space (a key of sixteen bytes or fewer, most, by
/// its first and last eight at once; a longer one by a walk over them).
pub(super) fn has_space(key: &str) -> bool {
    let bytes = key.as_bytes();
    if bytes.len() <= 16 {
        let (first, last) = ends_of(bytes);
        spaces_in(first) | spaces_in(last) != 0
    } else {
        bytes.contains(&b' ')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_keys_match_like_eq_ignore_ascii_case() {
        let names = [
            "",
            "a",
            "A",
            "Mark Rutte",
            "MARK RUTTE",
            "mark rutte",
            "Mark Rutt",
            "Mark Ruttf",
            "José",
            "JOSé",
            "JOSÉ",
            "O’Brien",
            "o’brien",
            "Anne-Marie Slaughter",
            "anne-marie slaughteR",
            "Ab@",
            "ab`",
            "[x",
            "{x",
            "Tomás Rivera",
            "tomás rivera",
            "Securities and Exchange Commission",
            "SECURITIES AND EXCHANGE COMMISSION",
            "Securities and Exchange Commissioner",
            "Securities and Cxchange Commission",
        ];
        let hash = |name: &str| {
            let mut hasher = FxHasher::default();
            NameKey(Cow::Borrowed(name)).hash(&mut hasher);
            hasher.finish()
        };
        for a in names {
            for b in names {
                let equal = NameKey(Cow::Borrowed(a)) == NameKey(Cow::Borrowed(b));
                assert_eq!(equal, a.eq_ignore_ascii_case(b), "{a:?} {b:?}");
                // (and keys that are equal hash alike; these differ in
                // some byte that the hash reads)
                assert_eq!(equal, hash(a) == hash(b), "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn names_are_split_at_spaces_as_split_once_splits_them() {
        for key in [
            "",
            "Ana",
            "Ana Silva",
            "Anastasia",
            "Anastasia Pavlovna",
            "Mark Rutte",
            "Jean-Pierre de la Fontaine",
            "A B",
            " lead",
            "trail ",
            "!! !!",
            "\u{a0}Zo\u{eb} Sald\u{e3}na",
            "Gro\u{df}e Stra\u{df}e",
            "abcdefgh ",
            "abcdefgh i",
            "abcdefghijklmnop",
        ] {
            assert_eq!(split_at_space(key), key.split_once(' '), "{key:?}");
            let last = key.rsplit_once(' ').map_or(key, |(_, last)| last);
            assert_eq!(surname(key), last, "{key:?}");
            assert_eq!(has_space(key), key.contains(' '), "{key:?}");
        }
    }

    #[test]
    fn words_are_lowered_like_their_bytes() {
        for b in 0..=255u8 {
            for at in 0..8 {
                for fill in [0u8, b'a', b'Z', 0xC3, b'@', b'['] {
                    let mut eight = [fill; 8];
                    eight[at] = b;
                    let lowered = eight.map(|b| b.to_ascii_lowercase());
                    assert_eq!(
                        ascii_lowercase_word(u64::from_le_bytes(eight)),
                        u64::from_le_bytes(lowered),
                        "{eight:?}"
                    );
                }
            }
        }
        for len in 0..=8 {
            let bytes: Vec<u8> = (1..=len as u8).collect();
            let mut eight = [0u8; 8];
            eight[..len].copy_from_slice(&bytes);
            assert_eq!(word_of(&bytes), u64::from_le_bytes(eight));
        }
    }
}
