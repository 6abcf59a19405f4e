//! Byte scanning, eight bytes at a time: the skip loops of the quotation
//! mark scanner and the paragraph splitter, and the runs of ASCII letters
//! and digits of the tokenizer.
//!
//! The text is read as little-endian 64-bit words. A word with no byte of
//! interest is skipped whole; otherwise its bytes are looked at one by one.
//! The tests for "some byte is zero" are the classic exact ones: a word
//! `x` has a zero byte if and only if `(x - 0x01…01) & !x & 0x80…80` is
//! not zero.

/// 0x01 in each byte of a word.
const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a word.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Whether `c` is a letter or a digit, as [`char::is_alphanumeric`] says,
/// answered without Unicode's tables for ASCII and for the General
/// Punctuation block (curly quotation marks, dashes, the ellipsis), which
/// holds neither letters nor digits: the characters met most around words.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// Whether some byte of `x` is zero.
#[inline]
fn has_zero(x: u64) -> bool {
    x.wrapping_sub(ONES) & !x & HIGH != 0
}

/// Whether some byte of `x` is `byte`.
#[inline]
fn has_byte(x: u64, byte: u8) -> bool {
    has_zero(x ^ (ONES * u64::from(byte)))
}

/// The position of the first byte of `bytes[from..end]` for which `is` holds,
/// or `end`. `maybe` must hold for every word that contains such a byte.
#[inline]
fn find(
    bytes: &[u8],
    from: usize,
    end: usize,
    maybe: impl Fn(u64) -> bool,
    is: impl Fn(u8) -> bool,
) -> usize {
    let Some(hay) = bytes.get(from..end) else {
        return end;
    };
    let mut chunks = hay.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or([0; 8]));
        if maybe(word) {
            if let Some(p) = chunk.iter().position(|&b| is(b)) {
                return at + p;
            }
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| is(b))
        .map_or(end, |p| at + p)
}

/// The high bit set in each byte of `x` that is above `c` (for bytes and
/// `c` below 0x80: no sum carries into the next byte).
#[inline]
fn above(x: u64, c: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x7F - c)) & HIGH
}

/// The high bit set in each byte of `x` that is not an ASCII letter or
/// digit.
#[inline]
fn not_alphanumeric(x: u64) -> u64 {
    let ascii = x & !HIGH & (ONES * 0x7F);
    let digit = above(ascii, b'0' - 1) & !above(ascii, b'9');
    let folded = ascii | (ONES * 0x20);
    let letter = above(folded, b'a' - 1) & !above(folded, b'z');
    // (a byte with its high bit set is not ASCII at all)
    !((digit | letter) & !(x & HIGH)) & HIGH
}

/// The position of the first byte of `bytes[from..end]` that is not an
/// ASCII letter or digit, or `end`.
#[inline]
pub(crate) fn alphanumeric_end(bytes: &[u8], from: usize, end: usize) -> usize {
    let mut at = from;
    while at < end {
        let Some(eight) = bytes
            .get(at..at + 8)
            .and_then(|chunk| <[u8; 8]>::try_from(chunk).ok())
        else {
            break;
        };
        // (may look past `end`: what lies there does not count)
        let stop = not_alphanumeric(u64::from_le_bytes(eight));
        if stop != 0 {
            return end.min(at + (stop.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    while at < end && bytes[at].is_ascii_alphanumeric() {
        at += 1;
    }
    at.min(end)
}

/// Whether `b` can begin a quotation mark: `"`, `'`, or the lead byte of
/// the two- and three-byte marks (0xC2: « »; 0xE2: “ ” ‘ ’ „ ‹ › ″;
/// 0xE3: 「 」 『 』).
#[inline]
pub(crate) fn is_quote_lead(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2 | 0xE3)
}

/// The position of the first byte of `bytes[from..end]` that can begin a
/// quotation mark, or `end`.
#[inline]
pub(crate) fn quote_lead(bytes: &[u8], from: usize, end: usize) -> usize {
    find(
        bytes,
        from,
        end,
        |w| w & HIGH != 0 || has_byte(w, b'"') || has_byte(w, b'\''),
        is_quote_lead,
    )
}

/// The position of the first `\n` in `bytes[from..]`, if any.
#[inline]
pub(crate) fn newline(bytes: &[u8], from: usize) -> Option<usize> {
    let end = bytes.len();
    let at = find(bytes, from, end, |w| has_byte(w, b'\n'), |b| b == b'\n');
    (at < end).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_library() {
        for c in (0..=0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn finds_the_first_byte_at_every_offset() {
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes = vec![b'a'; len];
                if at < len {
                    bytes[at] = b'\n';
                }
                let expected = (at < len).then_some(at);
                assert_eq!(newline(&bytes, 0), expected, "len {len} at {at}");
                for from in 0..=len {
                    let expected = if from <= at && at < len {
                        Some(at)
                    } else {
                        None
                    };
                    assert_eq!(newline(&bytes, from), expected, "from {from}");
                }
            }
        }
    }

    #[test]
    fn alphanumeric_runs_end_at_every_other_byte() {
        for b in 0..=255u8 {
            for len in 0..20 {
                for at in 0..len {
                    let mut bytes = b"aZ09bY18cX27dW36eV45".to_vec();
                    bytes.truncate(len);
                    bytes[at] = b;
                    for end in 0..=len {
                        let expected = (0..end)
                            .find(|&i| !bytes[i].is_ascii_alphanumeric())
                            .unwrap_or(end);
                        assert_eq!(alphanumeric_end(&bytes, 0, end), expected, "{b} {len} {at}");
                        let from = at.min(end);
                        let expected = (from..end)
                            .find(|&i| !bytes[i].is_ascii_alphanumeric())
                            .unwrap_or(end);
                        assert_eq!(alphanumeric_end(&bytes, from, end), expected, "{b} {at}");
                    }
                }
            }
        }
    }

    #[test]
    fn quote_leads_and_only_them() {
        let text = "plain ascii text, then “curly” and 'straight' and «this» é";
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            i = quote_lead(bytes, i, bytes.len());
            if i < bytes.len() {
                found.push(i);
                i += 1;
            }
        }
        let expected: Vec<usize> = (0..bytes.len())
            .filter(|&i| is_quote_lead(bytes[i]))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(quote_lead(bytes, 3, 5), 5, "the end when nothing is found");
    }
}
