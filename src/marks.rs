//! Stage 1: quotation marks — find them, tell quotes from apostrophes, and
//! pair them into quoted spans.
//!
//! The scanner walks each paragraph once, byte by byte, stopping only at the
//! bytes that can begin a quotation mark. Each mark is classified by its
//! glyph and by what stands on either side of it (an opening mark has space
//! before it and a word after it; a closing mark the reverse), then paired
//! with a stack so that nested quotes close in order. Apostrophes (don’t,
//! ’90s, rock ’n’ roll, the students’ votes) are never quotation marks.
//!
//! A quote left open at the end of a paragraph continues into the next
//! paragraph when that paragraph opens with a quotation mark (the
//! multi-paragraph convention); otherwise it is bounded at the paragraph
//! end, so one stray mark never swallows the rest of the document.

use crate::scan;
use crate::span::Span;

/// A top-level quotation found by the mark scanner.
///
/// # Examples
///
/// ```
/// use quotative::marks::find_quotes;
/// use quotative::sentences::paragraphs;
///
/// let text = "He said “it’s ‘fine’” and left.";
/// let quotes = find_quotes(text, &paragraphs(text));
/// assert_eq!(quotes.len(), 1);
/// assert_eq!(quotes[0].content.as_str(text), "it’s ‘fine’");
/// assert!(quotes[0].closed);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotedSpan {
    /// The quotation with its marks.
    pub span: Span,
    /// The text between the marks.
    pub content: Span,
    /// Whether a closing mark was found (an unclosed quote ends at its
    /// paragraph's end).
    pub closed: bool,
}

/// How far ahead (in bytes) the scanner looks for a closing mark when it
/// must decide whether `s’` is a possessive.
const LOOKAHEAD_BYTES: usize = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// What a glyph can be, before its context is considered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Glyph {
    /// Always opens: “ „ ‟ « 「 ‘ ‚ ‹ 『.
    Open,
    /// Normally closes: ” » 」 ″ › 』.
    Close,
    /// Closes, or is an apostrophe: ’.
    CloseOrApostrophe,
    /// Opens, closes, or (for ') is an apostrophe: " '.
    Ambiguous,
}

/// The quotation mark starting at byte `i` of `bytes`, if any: its length,
/// family and glyph class.
#[inline]
fn mark_at(bytes: &[u8], i: usize) -> Option<(usize, Family, Glyph)> {
    use Family::*;
    use Glyph::*;
    match *bytes.get(i)? {
        b'"' => Some((1, Double, Ambiguous)),
        b'\'' => Some((1, Single, Ambiguous)),
        0xC2 => match bytes.get(i + 1)? {
            0xAB => Some((2, Double, Open)),
            0xBB => Some((2, Double, Close)),
            _ => None,
        },
        0xE2 => {
            if *bytes.get(i + 1)? != 0x80 {
                return None;
            }
            match bytes.get(i + 2)? {
                0x98 | 0x9A | 0x9B => Some((3, Single, Open)),
                0x99 => Some((3, Single, CloseOrApostrophe)),
                0x9C | 0x9E | 0x9F => Some((3, Double, Open)),
                0x9D => Some((3, Double, Close)),
                0xB3 => Some((3, Double, Close)),
                0xB9 => Some((3, Single, Open)),
                0xBA => Some((3, Single, Close)),
                _ => None,
            }
        }
        0xE3 => {
            if *bytes.get(i + 1)? != 0x80 {
                return None;
            }
            match bytes.get(i + 2)? {
                0x8C => Some((3, Double, Open)),
                0x8D => Some((3, Double, Close)),
                0x8E => Some((3, Single, Open)),
                0x8F => Some((3, Single, Close)),
                _ => None,
            }
        }
        _ => None,
    }
}

/// The length of the apostrophe at byte `i` of `bytes` if it stands
/// between two ASCII letters or digits inside `para` (don't, it’s, 1990's):
/// `'` (one byte) or `’` (three).
///
/// Such a mark is always an apostrophe, never a quotation mark (see the
/// `alnum(prev) && alnum(next)` test in [`find_quotes`]), so the scanner
/// passes over it by looking at the two bytes around it, without decoding
/// the characters on either side or classifying the mark. It is the most
/// common mark in news text.
#[inline]
fn apostrophe_in_word(bytes: &[u8], i: usize, para: &Span) -> Option<usize> {
    let len = match bytes.get(i..)? {
        [b'\'', ..] => 1,
        [0xE2, 0x80, 0x99, ..] => 3,
        _ => return None,
    };
    let word_on_both_sides = i > para.start
        && i + len < para.end
        && bytes[i - 1].is_ascii_alphanumeric()
        && bytes[i + len].is_ascii_alphanumeric();
    word_on_both_sides.then_some(len)
}

/// Whether `c` counts as space around a mark (start and end of text count).
///
/// An ASCII character is space when it is at most `' '` or is DEL: the
/// ASCII white space and control characters, answered without Unicode's
/// tables.
#[inline]
fn is_space(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) if c.is_ascii() => c <= ' ' || c == '\x7F',
        Some(c) => c.is_whitespace() || c.is_control() || c == '\u{200B}' || c == '\u{FEFF}',
    }
}

/// The last character of `text[start..at]`, if any (`at` is a character
/// boundary): the byte before `at` when it is ASCII, as it mostly is next
/// to a mark, and decoded only otherwise.
#[inline]
fn char_before(text: &str, start: usize, at: usize) -> Option<char> {
    if at <= start {
        return None;
    }
    match text.as_bytes()[at - 1] {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[start..at].chars().next_back(),
    }
}

/// The first character of `text[at..end]`, if any (`at` is a character
/// boundary): the byte at `at` when it is ASCII, decoded only otherwise.
#[inline]
fn char_after(text: &str, at: usize, end: usize) -> Option<char> {
    if at >= end {
        return None;
    }
    match text.as_bytes()[at] {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[at..end].chars().next(),
    }
}

/// Characters after which an opening mark may stand: ( [ — / and other marks.
fn is_opening_context(c: char) -> bool {
    matches!(
        c,
        '(' | '['
            | '{'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
            | '/'
            | '“'
            | '‘'
            | '„'
            | '«'
            | '‹'
            | '"'
            | '\''
            | '_'
            | '*'
            | '…'
            | ':'
    )
}

/// Characters before which a closing mark may stand: punctuation and marks.
fn is_closing_context(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '\u{2014}'
            | '\u{2013}'
            | '-'
            | '…'
            | '”'
            | '’'
            | '»'
            | '›'
            | '"'
            | '\''
            | '″'
            | '_'
            | '*'
            | '/'
    )
}

/// Words that begin with an elision apostrophe: 'em, 'tis, '90s.
fn is_elision(after: &str) -> bool {
    // Eight chars lower-cased are at most 8 × 3 chars of 4 bytes: folded
    // into a buffer on the stack, not a String.
    let mut buf = [0u8; 96];
    let word = first_word_lowercased(after, &mut buf);
    if word.len() >= 2 && word.iter().all(u8::is_ascii_digit) {
        return true; // '90s, '16
    }
    if word.len() == 3 && word[..2].iter().all(u8::is_ascii_digit) && word[2] == b's' {
        return true;
    }
    matches!(
        word,
        b"em"
            | b"tis"
            | b"twas"
            | b"twill"
            | b"twould"
            | b"n"
            | b"cause"
            | b"bout"
            | b"til"
            | b"round"
            | b"im"
            | b"ere"
            | b"un"
            | b"ee"
            | b"s"
    )
}

/// The first eight characters of the run of letters and digits that
/// begins `after`, lower-cased into `buf`, as UTF-8 bytes.
///
/// A run of ASCII letters and digits (the usual case) is lower-cased
/// byte by byte; a run with another character among its first eight is
/// decoded and lower-cased by Unicode's rules.
fn first_word_lowercased<'a>(after: &str, buf: &'a mut [u8; 96]) -> &'a [u8] {
    let bytes = after.as_bytes();
    let ascii = bytes
        .iter()
        .take(8)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    // (the run is all ASCII when it is eight long or ends at an ASCII byte
    // or the end of the text)
    if ascii == 8 || bytes.get(ascii).is_none_or(u8::is_ascii) {
        for (lower, b) in buf.iter_mut().zip(&bytes[..ascii]) {
            *lower = b.to_ascii_lowercase();
        }
        return &buf[..ascii];
    }
    let mut len = 0;
    for c in after
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .take(8)
        .flat_map(char::to_lowercase)
    {
        len += c.encode_utf8(&mut buf[len..]).len();
    }
    &buf[..len]
}

/// The quotes open in a paragraph, with an index per family so that the
/// nearest open quote of a family is found in constant time.
#[derive(Debug, Default)]
struct OpenStack {
    opens: Vec<Open>,
    /// Positions in `opens` of the double and the single quotes.
    by_family: [Vec<usize>; 2],
}

impl OpenStack {
    fn slot(family: Family) -> usize {
        match family {
            Family::Double => 0,
            Family::Single => 1,
        }
    }

    fn push(&mut self, open: Open) {
        self.by_family[Self::slot(open.family)].push(self.opens.len());
        self.opens.push(open);
    }

    /// The position of the innermost open quote of `family`.
    fn innermost(&self, family: Family) -> Option<usize> {
        self.by_family[Self::slot(family)].last().copied()
    }

    /// Closes every quote from position `at` up.
    fn truncate(&mut self, at: usize) {
        self.opens.truncate(at);
        for positions in &mut self.by_family {
            while positions.last().is_some_and(|&p| p >= at) {
                positions.pop();
            }
        }
    }

    fn clear(&mut self) {
        self.truncate(0);
    }
}

#[derive(Clone, Copy, Debug)]
struct Open {
    pos: usize,
    len: usize,
    family: Family,
    /// Whether a complete quote of the same family closed inside this one.
    has_inner_pair: bool,
}

/// Finds every top-level quotation in `text`, paragraph by paragraph, in
/// order of start.
///
/// `paragraphs` are the paragraph spans from
/// [`sentences::paragraphs`](crate::sentences::paragraphs). Quotes nested
/// inside another quote are not returned separately: they belong to the
/// outer quote's content. Spans that are not paragraphs of `text` (out of
/// range, reversed, off a character boundary, or overlapping the one
/// before) are skipped, so the function never panics.
///
/// # Examples
///
/// An unclosed quote is bounded at its paragraph's end:
///
/// ```
/// use quotative::marks::find_quotes;
/// use quotative::sentences::paragraphs;
///
/// let text = "He said “never mind.\n\nNext paragraph “here” too.";
/// let quotes = find_quotes(text, &paragraphs(text));
/// assert_eq!(quotes.len(), 2);
/// assert_eq!(quotes[0].span.as_str(text), "“never mind.");
/// assert!(!quotes[0].closed);
/// assert_eq!(quotes[1].content.as_str(text), "here");
/// ```
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<QuotedSpan> {
    find_quotes_in(text, paragraphs, Vec::new())
}

/// [`find_quotes`], filling `quotes` (a recycled buffer: cleared, its
/// capacity kept).
pub(crate) fn find_quotes_in(
    text: &str,
    paragraphs: &[Span],
    quotes: Vec<QuotedSpan>,
) -> Vec<QuotedSpan> {
    let bytes = text.as_bytes();
    // (news has a quotation per 600 bytes or so: room for most documents)
    let mut quotes = crate::workspace::reuse(quotes, text.len() / 400 + 1);
    let mut stack = OpenStack::default();
    // A quote carried over from the previous paragraph, and whether the
    // current paragraph's first mark is its continuation mark.
    let mut carried: Option<Open> = None;
    // Completed pairs nested directly in the bottom-most open quote; they
    // become top level if that quote turns out to be a stray mark.
    let mut inner_pairs: Vec<QuotedSpan> = Vec::new();

    let usable = |para: &Span, after: usize| {
        para.start <= para.end
            && para.start >= after
            && para.end <= text.len()
            && text.is_char_boundary(para.start)
            && text.is_char_boundary(para.end)
    };
    let mut last_end = 0;
    // The first byte at or after the scan's last start that can begin a
    // mark. It is searched for over the whole text, not paragraph by
    // paragraph, so that one search runs across a paragraph without marks
    // and its end, and such a paragraph costs a comparison.
    let mut lead = scan::quote_lead(bytes, 0, bytes.len());
    for (p_index, para) in paragraphs.iter().enumerate() {
        if !usable(para, last_end) {
            continue;
        }
        last_end = para.end;
        let mut i = para.start;
        if lead < i {
            lead = scan::quote_lead(bytes, i, bytes.len());
        }
        if lead >= para.end && carried.is_none() {
            // No mark and no quote carried over: nothing opens or closes.
            continue;
        }
        stack.clear();
        inner_pairs.clear();
        if let Some(open) = carried.take() {
            // Skip the continuation mark that opens this paragraph.
            if let Some((len, _, _)) = mark_at(bytes, i) {
                i += len;
            }
            stack.push(open);
        }
        loop {
            // Skip to the next byte that can begin a mark.
            if lead < i {
                lead = scan::quote_lead(bytes, i, bytes.len());
            }
            if lead >= para.end {
                break;
            }
            i = lead;
            if let Some(len) = apostrophe_in_word(bytes, i, para) {
                i += len;
                continue;
            }
            let Some((len, family, glyph)) = mark_at(bytes, i) else {
                // Another character that begins with a lead byte (a dash,
                // a no-break space): skip the whole of it, two bytes after
                // 0xC2 and three after 0xE2 and 0xE3 (`"` and `'` are
                // always marks).
                i += if bytes[i] < 0xE0 { 2 } else { 3 };
                continue;
            };
            let prev = char_before(text, para.start, i);
            let next = char_after(text, i + len, para.end);
            let left_flanking =
                (is_space(prev) || prev.is_some_and(is_opening_context)) && !is_space(next);
            let right_flanking =
                !is_space(prev) && (is_space(next) || next.is_some_and(is_closing_context));
            let pending = stack.innermost(family);
            let open = Open {
                pos: i,
                len,
                family,
                has_inner_pair: false,
            };
            let action = match glyph {
                Glyph::Open => {
                    // A German-style „…“ closes with “.
                    let inside_word = family == Family::Single
                        && prev.is_some_and(scan::is_alphanumeric)
                        && next.is_some_and(scan::is_alphanumeric);
                    if bytes[i] == 0xE2
                        && bytes[i + 2] == 0x9C
                        && right_flanking
                        && pending.is_some()
                    {
                        Action::Close
                    } else if inside_word {
                        // A single opening mark inside a word is a misused
                        // apostrophe: National Review‘s founding.
                        Action::Ignore
                    } else if right_flanking && !left_flanking {
                        // An opening mark glued to the word before it and
                        // followed by a space is misused: CBS‘ Face the
                        // Nation. It closes an open quote or is ignored.
                        if pending.is_some() {
                            Action::Close
                        } else {
                            Action::Ignore
                        }
                    } else {
                        Action::Open
                    }
                }
                Glyph::Close => {
                    if pending.is_some() {
                        Action::Close
                    } else if left_flanking && bytes[i + 2] != 0xB3 {
                        Action::Open
                    } else {
                        Action::Ignore
                    }
                }
                Glyph::CloseOrApostrophe | Glyph::Ambiguous => {
                    let alnum = |c: Option<char>| c.is_some_and(scan::is_alphanumeric);
                    let single = family == Family::Single;
                    let apostrophe = single
                        && ((alnum(prev) && alnum(next)) // don’t, it’s, rock’n’roll
                            || (left_flanking && is_elision(&text[i + len..para.end])) // ’90s, 'em
                            || ends_elided_word(&text[para.start..i])); // rock ’n’ roll
                    if apostrophe {
                        Action::Ignore
                    } else if right_flanking && pending.is_some() {
                        if single
                            && prev == Some('s')
                            && is_possessive_context(&text[i + len..para.end])
                            && later_close_exists(bytes, i + len, para.end, Family::Single)
                        {
                            Action::Ignore // the students’ votes, inside a quote
                        } else {
                            Action::Close
                        }
                    } else if left_flanking && glyph == Glyph::Ambiguous {
                        Action::Open
                    } else if glyph == Glyph::Ambiguous
                        && !single
                        && pending.is_none()
                        && is_space(prev)
                        && is_space(next)
                        && later_close_exists(bytes, i + len, para.end, Family::Double)
                    {
                        // A straight double mark between spaces, with no
                        // quote open and another mark to close it, opens a
                        // quote whose first character the text lost:
                        // " Tis only from James," / " a se voit," he said.
                        Action::Open
                    } else if pending.is_some()
                        && !left_flanking
                        && !right_flanking
                        && !single
                        && !alnum(next)
                    {
                        Action::Close
                    } else {
                        Action::Ignore
                    }
                }
            };
            match action {
                Action::Open => stack.push(open),
                Action::Close => {
                    if let Some(at) = pending {
                        let opener = stack.opens[at];
                        stack.truncate(at);
                        let quote = QuotedSpan {
                            span: Span::new(opener.pos, i + len),
                            content: Span::new(opener.pos + opener.len, i),
                            closed: true,
                        };
                        if stack.opens.is_empty() {
                            if !quote.content.is_empty() {
                                quotes.push(quote);
                            }
                            inner_pairs.clear();
                        } else if stack.opens.len() == 1 {
                            if stack.opens[0].family == family {
                                stack.opens[0].has_inner_pair = true;
                            }
                            inner_pairs.push(quote);
                        }
                    }
                }
                Action::Ignore => {}
            }
            i += len;
        }
        // The paragraph ends with quotes still open.
        if let Some(bottom) = stack.opens.first().copied() {
            let next_para = paragraphs
                .get(p_index + 1)
                .filter(|np| usable(np, last_end));
            let continues = next_para.is_some_and(|np| {
                mark_at(bytes, np.start).is_some_and(|(_, fam, g)| {
                    fam == bottom.family && g != Glyph::Close && g != Glyph::CloseOrApostrophe
                })
            });
            if continues && !bottom.has_inner_pair {
                carried = Some(bottom);
            } else if bottom.has_inner_pair {
                // The open mark was a stray: its complete inner quotes stand alone.
                quotes.extend(inner_pairs.drain(..).filter(|q| !q.content.is_empty()));
            } else {
                let content = Span::new(bottom.pos + bottom.len, para.end);
                if !text[content.range()].trim().is_empty() {
                    quotes.push(QuotedSpan {
                        span: Span::new(bottom.pos, para.end),
                        content,
                        closed: false,
                    });
                }
            }
        }
    }
    quotes.sort_by_key(|q| q.span.start);
    quotes
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    Open,
    Close,
    Ignore,
}

/// Whether the text before a mark ends in a short word that itself opened
/// with an elision apostrophe, so that the mark closes the elision: the
/// second mark of rock ’n’ roll.
fn ends_elided_word(before: &str) -> bool {
    // Answered from the last bytes when they are ASCII, as they mostly
    // are: a word of three or more letters or digits is too long, and no
    // word, or one after an ASCII byte other than `'`, has no elision.
    let bytes = before.as_bytes();
    let ascii_run = bytes
        .iter()
        .rev()
        .take(3)
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let byte_before_run = bytes.len().checked_sub(ascii_run + 1).map(|at| bytes[at]);
    if ascii_run == 3 || byte_before_run.is_some_and(|b| b.is_ascii() && b != b'\'') {
        return false;
    }
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i);
    let Some(word_start) = word_start else {
        return false;
    };
    let word = &before[word_start..];
    word.chars().count() <= 2
        && matches!(before[..word_start].chars().next_back(), Some('’' | '\''))
        && before[..word_start]
            .chars()
            .rev()
            .nth(1)
            .is_none_or(char::is_whitespace)
}

/// Whether the text after a `s’` reads like a plural possessive: a space
/// and a lower-case word (the students’ votes).
fn is_possessive_context(after: &str) -> bool {
    let mut chars = after.chars();
    chars.next() == Some(' ') && chars.next().is_some_and(char::is_lowercase)
}

/// Whether another closing mark of `family` follows before the paragraph
/// ends (within [`LOOKAHEAD_BYTES`]).
fn later_close_exists(bytes: &[u8], from: usize, end: usize, family: Family) -> bool {
    let end = end.min(from + LOOKAHEAD_BYTES);
    let mut i = from;
    while i < end {
        i = scan::quote_lead(bytes, i, end);
        if i >= end {
            break;
        }
        if let Some((len, f, g)) = mark_at(bytes, i) {
            if f == family && g != Glyph::Open {
                return true;
            }
            i += len;
        } else {
            i += 1;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentences::paragraphs;

    fn contents(text: &str) -> Vec<&str> {
        find_quotes(text, &paragraphs(text))
            .iter()
            .map(|q| q.content.as_str(text))
            .collect()
    }

    #[test]
    fn the_ascii_fast_paths_agree_with_unicode() {
        for c in (0..=0x7F_u8).map(char::from) {
            let full = c.is_whitespace() || c.is_control();
            assert_eq!(is_space(Some(c)), full, "{c:?}");
        }
        let text = "a“é’ b";
        for (at, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(char_before(text, 0, at), text[..at].chars().next_back());
            assert_eq!(char_after(text, at, text.len()), text[at..].chars().next());
        }
    }

    #[test]
    fn the_ascii_word_fast_paths_agree_with_unicode() {
        for text in [
            "",
            "em",
            "EM'",
            "Tis ",
            "90s",
            "12345678901",
            "abcdefgh",
            "abcdefghé",
            "abcÉm",
            "ÉM",
            "n’",
            "’n",
            "x'n",
            "rock ’n",
            "rock 'n",
            "a ’n",
            "é’n",
            "’nÉ",
            "ﬁx",
        ] {
            let mut buf = [0u8; 96];
            let unicode: String = text
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .take(8)
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(first_word_lowercased(text, &mut buf), unicode.as_bytes());
            let word_start = text
                .char_indices()
                .rev()
                .take_while(|(_, c)| c.is_alphanumeric())
                .last()
                .map(|(i, _)| i);
            let elided = word_start.is_some_and(|at| {
                text[at..].chars().count() <= 2
                    && matches!(text[..at].chars().next_back(), Some('’' | '\''))
                    && text[..at]
                        .chars()
                        .rev()
                        .nth(1)
                        .is_none_or(char::is_whitespace)
            });
            assert_eq!(ends_elided_word(text), elided, "{text:?}");
        }
    }

    #[test]
    fn curly_and_straight_doubles() {
        assert_eq!(contents("“A,” he said. \"B,\" she said."), ["A,", "B,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "Don’t stop. The ’90s, rock ’n’ roll and the students’ votes. It's 'em.";
        assert!(contents(t).is_empty(), "{:?}", contents(t));
    }

    #[test]
    fn single_quotes_and_nesting() {
        assert_eq!(contents("'Hello,' said Tom."), ["Hello,"]);
        assert_eq!(
            contents("“He said ‘no’ twice,” she said."),
            ["He said ‘no’ twice,"]
        );
        assert_eq!(
            contents("“The students’ votes count,” he said."),
            ["The students’ votes count,"]
        );
    }

    #[test]
    fn an_opening_mark_glued_to_a_word_is_no_opener() {
        assert_eq!(
            contents("On CBS‘ Face the Nation, she stated, “It is bad.”"),
            ["It is bad."]
        );
        assert_eq!(contents("He said ‘no‘ twice."), ["no"]);
        assert_eq!(
            contents(
                "A return to National Review‘s founding “aristocratic conservatism.” Then ‘fine’."
            ),
            ["aristocratic conservatism.", "fine"]
        );
    }

    #[test]
    fn spans_that_are_not_paragraphs_are_skipped() {
        let text = "“é” and “b”";
        let bad = [
            Span::new(5, 2),
            Span::new(0, 400),
            Span::new(1, 3),
            Span::new(0, text.len()),
            Span::new(2, 6),
            Span::new(text.len(), text.len()),
        ];
        let quotes = find_quotes(text, &bad);
        assert_eq!(quotes.len(), 2);
    }

    #[test]
    fn an_apostrophe_at_a_paragraph_edge_is_judged_within_the_paragraph() {
        // Between two letters of the text, but the first of the paragraph.
        let text = "x'fine' he said";
        let quotes = find_quotes(text, &[Span::new(0, 1), Span::new(1, text.len())]);
        assert_eq!(quotes.len(), 1);
        assert_eq!(quotes[0].content.as_str(text), "fine");
    }

    #[test]
    fn double_prime_closes() {
        let t = "Despite this “we won’t reach 2% by 2024″, Rutte added.";
        assert_eq!(contents(t), ["we won’t reach 2% by 2024"]);
    }

    #[test]
    fn other_scripts() {
        assert_eq!(contents("Il a dit « non » hier."), [" non "]);
        assert_eq!(contents("Er sagte „nein“ gestern."), ["nein"]);
        assert_eq!(contents("彼は「はい」と言った。"), ["はい"]);
    }

    #[test]
    fn inches_are_not_quotes() {
        assert!(contents("He is 6'2\" tall and 5\" wide.").is_empty());
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote() {
        let t = "He wrote:\n\n“First part.\n\n“Second part.”\n\nAfter.";
        let q = find_quotes(t, &paragraphs(t));
        assert_eq!(q.len(), 1);
        assert!(
            q[0].span.as_str(t).starts_with("“First") && q[0].span.as_str(t).ends_with("part.”")
        );
    }

    #[test]
    fn unclosed_quote_stops_at_paragraph_end() {
        let t = "“Open and never closed.\n\nA new paragraph “with a quote” here.";
        let q = contents(t);
        assert_eq!(q, ["Open and never closed.", "with a quote"]);
    }

    #[test]
    fn a_straight_mark_between_spaces_opens_when_a_mark_follows() {
        // (the text lost the character after the opening mark)
        assert_eq!(
            contents("\" Tis only James,\" she said. He said, \" a se voit,\" and left."),
            [" Tis only James,", " a se voit,"]
        );
        // (with no mark after it, it is a stray)
        assert_eq!(contents("A stray \" mark here."), Vec::<&str>::new());
    }

    #[test]
    fn stray_open_mark_does_not_hide_real_quotes() {
        let t = "A stray “ mark, then “a real quote” here.";
        assert_eq!(contents(t), ["a real quote"]);
    }
}
