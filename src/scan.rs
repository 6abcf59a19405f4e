//! Byte scanning: the skip loops of the quotation mark scanner and the
//! paragraph splitter (sixteen bytes at a time), and the runs of ASCII
//! letters and digits of the tokenizer (eight at a time).
//!
//! The skip loops test each byte of a sixteen-byte block with a plain
//! byte-wise loop, which the compiler turns into SSE2 vector compares
//! (see [`find`]); a block with no byte of interest is skipped whole,
//! otherwise a mask with the high bit of each candidate byte set says
//! where to look. The tokenizer reads the text as little-endian 64-bit
//! words and tests their bytes with carry-free sums (see [`above`]).

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

/// `block` with 0x80 in each byte for which `candidate` holds and 0
/// elsewhere: read as a little-endian `u128`, a mask with the high bit of
/// each candidate byte set.
///
/// The byte-wise loop is written so that the compiler turns it into
/// vector compares on SSE2 (sixteen bytes per instruction) without any
/// `unsafe` or intrinsics.
#[inline]
fn marks(block: [u8; 16], candidate: &impl Fn(u8) -> bool) -> [u8; 16] {
    // (a loop rather than `block.map`, which is not always inlined, and
    // then not vectorized)
    let mut marked = [0; 16];
    for (mark, b) in marked.iter_mut().zip(block) {
        *mark = if candidate(b) { 0x80 } else { 0 };
    }
    marked
}

/// The position of the first byte for which `is` holds among those whose
/// high bit is set in `mask`, a mask over the sixteen bytes from `at`.
/// The marked bytes are taken lowest first, so that a byte the mask marks
/// but `is` rejects is passed over without leaving the block.
#[inline]
fn first_marked(
    bytes: &[u8],
    at: usize,
    mut mask: u128,
    is: &impl Fn(u8) -> bool,
) -> Option<usize> {
    while mask != 0 {
        let p = at + (mask.trailing_zeros() / 8) as usize;
        if bytes.get(p).is_some_and(|&b| is(b)) {
            return Some(p);
        }
        mask &= mask - 1;
    }
    None
}

/// The position of the first byte of `bytes[from..end]` for which `is`
/// holds, or `end`.
///
/// `candidate` must hold for every byte for which `is` holds; it may hold
/// for other bytes too, which `is` then rules out. It is a test the
/// compiler can run on sixteen bytes at once (see [`marks`]): two blocks
/// with no candidate are skipped after a vector compare each and one
/// branch (the OR of the marked bytes, which compiles to a `pmovmskb` and
/// a test), and a candidate is found from the mask's trailing zeros, not
/// by testing the block's bytes one by one. The bytes after the last pair
/// of blocks are read as one more block if sixteen are left, then those
/// after the last whole block are read
/// as the sixteen bytes that end at `end` (some of them already seen, and
/// their marks dropped), or, when the text is shorter than that, padded
/// with zeros.
///
/// Always inlined: the scanners call it once per mark and per line, and a
/// call's own cost (saving registers, loading the vector constants) was
/// about a third of the instructions spent in it on news text.
#[inline(always)]
fn find(
    bytes: &[u8],
    from: usize,
    end: usize,
    candidate: impl Fn(u8) -> bool,
    is: impl Fn(u8) -> bool,
) -> usize {
    let Some(hay) = bytes.get(from..end) else {
        return end;
    };
    let mut at = from;
    // Two blocks at a time first: one OR of both blocks' marks and one
    // branch where neither holds a candidate, as most do.
    let mut pairs = hay.chunks_exact(32);
    for pair in &mut pairs {
        let (first, second) = pair.split_at(16);
        let first = marks(<[u8; 16]>::try_from(first).unwrap_or([0; 16]), &candidate);
        let second = marks(<[u8; 16]>::try_from(second).unwrap_or([0; 16]), &candidate);
        if first
            .iter()
            .zip(&second)
            .fold(0, |any, (&a, &b)| any | a | b)
            != 0
        {
            for (start, marked) in [(at, first), (at + 16, second)] {
                if let Some(p) = first_marked(bytes, start, u128::from_le_bytes(marked), &is) {
                    return p;
                }
            }
        }
        at += 32;
    }
    // (then the block of sixteen left over, if there is one)
    let mut blocks = pairs.remainder().chunks_exact(16);
    for block in &mut blocks {
        let marked = marks(<[u8; 16]>::try_from(block).unwrap_or([0; 16]), &candidate);
        if marked.iter().fold(0, |any, &b| any | b) != 0 {
            if let Some(p) = first_marked(bytes, at, u128::from_le_bytes(marked), &is) {
                return p;
            }
        }
        at += 16;
    }
    let rest = blocks.remainder();
    if rest.is_empty() {
        return end;
    }
    let (start, block, mask_of_new) = if hay.len() >= 16 {
        let start = end - 16;
        let block = <[u8; 16]>::try_from(&hay[hay.len() - 16..]).unwrap_or([0; 16]);
        // (the first 16 - rest.len() bytes were seen in the last whole block)
        (start, block, u128::MAX << (8 * (16 - rest.len())))
    } else {
        let mut block = [0; 16];
        block[..rest.len()].copy_from_slice(rest);
        (at, block, (1 << (8 * rest.len())) - 1)
    };
    let mask = u128::from_le_bytes(marks(block, &candidate)) & mask_of_new;
    first_marked(bytes, start, mask, &is).unwrap_or(end)
}

/// `LOW_BYTES[n]`: the low `n` bytes of a word set, the others clear (a
/// mask for a word of `n` bytes read as a little-endian machine word,
/// looked up rather than shifted into place).
pub(crate) const LOW_BYTES: [u64; 9] = {
    let mut masks = [u64::MAX; 9];
    let mut n = 0;
    while n < 8 {
        masks[n] = (1 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// The high bit set in each byte of `x` that is above `c` (for bytes and
/// `c` below 0x80: no sum carries into the next byte).
#[inline]
fn above(x: u64, c: u8) -> u64 {
    x.wrapping_add(ONES * u64::from(0x7F - c)) & HIGH
}

/// The high bit set in the first byte of `x` (the lowest) that is not an
/// ASCII letter or digit, and in each such byte before the first byte
/// outside ASCII; the bytes after that one are marked or not (what
/// counts is the lowest mark). Zero if every byte is a letter or a digit.
#[inline]
fn not_alphanumeric(x: u64) -> u64 {
    // (the bytes are not cut to seven bits first: a byte outside ASCII
    // is marked by its own high bit, below, and the carries of its sums
    // run only into the bytes after it)
    let digit = above(x, b'0' - 1) & !above(x, b'9');
    let folded = x | (ONES * 0x20);
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

/// `ALPHANUMERIC[b]`: whether the byte `b` is an ASCII letter or digit.
/// (One load, where the tests of the ranges were eight instructions, for
/// the first byte of nearly every token.)
pub(crate) const ALPHANUMERIC: [bool; 256] = {
    let mut alphanumeric = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        alphanumeric[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    alphanumeric
};

/// `ENDS_WORD[b]`: whether the byte `b`, after a run of ASCII letters and
/// digits, ends the tokenizer's word there: ASCII that cannot join a word
/// on (not `'`, `-`, `.` or `&`). (One load, where the tests were eight
/// instructions for the byte after nearly every word.)
pub(crate) const ENDS_WORD: [bool; 256] = {
    let mut ends = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        ends[b] = !matches!(b as u8, b'\'' | b'-' | b'.' | b'&');
        b += 1;
    }
    ends
};

/// The run of ASCII letters and digits at `at`, as
/// [`alphanumeric_end`] finds it, read first from the eight bytes there
/// at once: `Ok` with its length, its bytes as a little-endian word,
/// zero-padded, and the byte after it, for a run of fewer than eight bytes
/// (most words) that ends by `end` where the tokenizer's word ends too:
/// the byte after it is ASCII that cannot join a word on (not `'`, `-`,
/// `.` or `&`), or one of those marks after which the word ends all the
/// same ([`mark_ends_word`]); else `Err` with where the run ends.
/// (`bytes[at]` is an ASCII letter or digit.)
#[inline]
pub(crate) fn short_word(bytes: &[u8], at: usize, end: usize) -> Result<(usize, u64, u8), usize> {
    let Some(eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) else {
        return Err(alphanumeric_end(bytes, at, end));
    };
    let eight = u64::from_le_bytes(*eight);
    let stop = not_alphanumeric(eight);
    if stop == 0 {
        // (eight letters or more: the rest of the run after them)
        return Err(alphanumeric_end(bytes, at + 8, end));
    }
    let len = (stop.trailing_zeros() / 8) as usize;
    let after = (eight >> (8 * len)) as u8;
    if at + len > end {
        Err(end)
    } else if ENDS_WORD[usize::from(after)] || mark_ends_word(eight, len, at + len + 1 >= end) {
        Ok((len, eight & LOW_BYTES[len], after))
    } else {
        Err(at + len)
    }
}

/// Whether the byte after the `len` letters and digits that begin `eight`
/// (little-endian) is a mark that may join a word on (`'`, `-`, `.` or
/// `&`: ASCII that does not end a word by itself) and the word ends there
/// all the same, as `sentences::joined_word_end` decides: the mark is the
/// paragraph's last byte (`at_end`), or the byte after it, also among the
/// eight, is ASCII and neither a letter nor a digit (a sentence's last
/// word before its full stop).
#[inline]
fn mark_ends_word(eight: u64, len: usize, at_end: bool) -> bool {
    // (the byte `k` places after the word; `len + k` below 8)
    let byte = |k: usize| (eight >> (8 * (len + k))) as u8;
    byte(0).is_ascii()
        && len < 7
        && (at_end || (byte(1).is_ascii() && !ALPHANUMERIC[usize::from(byte(1))]))
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
///
/// The candidates are every byte with its high bit set (the lead bytes of
/// the two- and three-byte marks among them) and, with one comparison
/// instead of two, every byte `b` with `b | 0x05 == 0x27`: `"` (0x22) and
/// `'` (0x27), and also `#` (0x23) and `&` (0x26), rare in prose, which
/// [`is_quote_lead`] then rules out.
#[inline]
pub(crate) fn quote_lead(bytes: &[u8], from: usize, end: usize) -> usize {
    find(
        bytes,
        from,
        end,
        |b| b >= 0x80 || b | 0x05 == 0x27,
        is_quote_lead,
    )
}

/// The position of the first `\n` in `bytes[from..]`, if any.
#[inline]
pub(crate) fn newline(bytes: &[u8], from: usize) -> Option<usize> {
    let end = bytes.len();
    let at = find(bytes, from, end, |b| b == b'\n', |b| b == b'\n');
    (at < end).then_some(at)
}

/// The first ASCII capital letter of `bytes` at or after `from`, if any
/// (sixteen bytes at a time, as [`newline`]).
#[inline]
pub(crate) fn ascii_uppercase(bytes: &[u8], from: usize) -> Option<usize> {
    let end = bytes.len();
    let at = find(
        bytes,
        from,
        end,
        |b| b.is_ascii_uppercase(),
        |b| b.is_ascii_uppercase(),
    );
    (at < end).then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_capital_at_every_offset() {
        for len in 0..40 {
            for at in 0..=len {
                // (lower case, digits, and bytes above the ASCII range)
                let mut bytes: Vec<u8> =
                    (0..len).map(|i| [b'a', b'9', 0xC3, b'z'][i % 4]).collect();
                if at < len {
                    bytes[at] = b'Q';
                }
                for from in 0..=len {
                    let expected = (from..len).find(|&i| bytes[i].is_ascii_uppercase());
                    assert_eq!(ascii_uppercase(&bytes, from), expected, "{len} {at} {from}");
                }
            }
        }
    }

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

    #[test]
    fn quote_leads_agree_with_a_byte_loop_at_every_offset() {
        // Quote leads, the bytes the masks also mark (# & and other high
        // bytes), bytes one above them (where a borrow can mark a byte),
        // and plain letters, in blocks, tails and texts under 16 bytes.
        const ALPHABET: [u8; 12] = [
            b'"', b'\'', b'#', b'&', b'(', 0xC2, 0xE2, 0xE3, 0xC3, 0xA0, b'a', b' ',
        ];
        let mut state = 0x2545_F491_4F6C_DD1D_u64;
        for len in 0..70 {
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    // (mostly letters, so that some blocks have no mark)
                    let pick = (state % 40) as usize;
                    ALPHABET.get(pick).copied().unwrap_or(b'a')
                })
                .collect();
            for from in 0..=len {
                for end in from..=len {
                    let expected = (from..end)
                        .find(|&i| is_quote_lead(bytes[i]))
                        .unwrap_or(end);
                    assert_eq!(
                        quote_lead(&bytes, from, end),
                        expected,
                        "{bytes:?} {from}..{end}"
                    );
                }
            }
        }
    }
}
