//! Stage 3: paragraphs, words and sentences.
//!
//! Paragraphs are separated by blank lines; a text without any blank line
//! takes each line as a paragraph. Within a paragraph the text is cut into
//! tokens — words, single punctuation characters, and whole quotations
//! (each top-level quote from [stage 1](crate::marks) is one token, so a
//! sentence boundary never falls inside a quote) — and the tokens into
//! sentences. A sentence ends at `.`, `!`, `?` or `…` when the next token
//! opens a new sentence (a capitalised word, a digit, a quotation), except
//! after abbreviations (Mr., Sen., U.S., Jan., No., St.) and initials.

use crate::lexicon::{Classifier, WordClass};
use crate::marks::QuotedSpan;
use crate::scan;
use crate::span::Span;
use crate::workspace::reuse;
use std::ops::Range;

/// What a [`Token`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A word: letters and digits, with inner apostrophes, hyphens and dots
    /// (don’t, R-Texas, U.S, 2.5).
    Word,
    /// One punctuation or symbol character.
    Punct,
    /// A whole top-level quotation; the value indexes the quotes passed to
    /// [`segment`].
    Quote(usize),
}

/// A word, punctuation mark or quotation of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

/// A sentence: a run of tokens within one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From the start of the first token to the end of the last.
    pub span: Span,
    /// The sentence's tokens, as indices into [`Segmentation::tokens`].
    pub tokens: Range<usize>,
    /// The index of the sentence's paragraph.
    pub paragraph: usize,
}

/// The text cut into paragraphs, tokens and sentences.
///
/// # Examples
///
/// ```
/// use quotative::{marks, sentences};
///
/// let text = "Mr. Smith said “Yes. No.” Then he left.";
/// let paras = sentences::paragraphs(text);
/// let quotes = marks::find_quotes(text, &paras);
/// let seg = sentences::segment(text, &paras, &quotes);
/// let sents: Vec<&str> = seg.sentences.iter().map(|s| s.span.as_str(text)).collect();
/// assert_eq!(sents, ["Mr. Smith said “Yes. No.”", "Then he left."]);
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Segmentation {
    /// Every token, in order.
    pub tokens: Vec<Token>,
    /// Every sentence, in order.
    pub sentences: Vec<Sentence>,
    /// `classes[i]`: what the word lists say about token `i`.
    pub(crate) classes: Vec<WordClass>,
    /// The tokens that the passes over cues and reports look at, in order
    /// ([`report_heads`]).
    pub(crate) heads: Vec<usize>,
}

impl Segmentation {
    /// The text of token `i`.
    #[inline]
    pub(crate) fn word<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.tokens[i].span.as_str(text)
    }

    /// The bytes of token `i`, to compare with a word ([`Span::bytes`]:
    /// cheaper than [`word`](Segmentation::word)).
    #[inline]
    pub(crate) fn bytes<'t>(&self, text: &'t str, i: usize) -> &'t [u8] {
        self.tokens[i].span.bytes(text)
    }

    /// Whether token `i` is the one byte `b`, an ASCII punctuation mark
    /// (`seg.is_byte(text, i, b',')` answers as `seg.word(text, i) == ","`
    /// does, without slicing the text as a string).
    #[inline]
    pub(crate) fn is_byte(&self, text: &str, i: usize, b: u8) -> bool {
        let span = self.tokens[i].span;
        span.len() == 1 && text.as_bytes().get(span.start) == Some(&b)
    }

    /// What the word lists say about token `i`.
    #[inline]
    pub(crate) fn class(&self, i: usize) -> WordClass {
        self.classes[i]
    }

    /// The tokens of [`heads`](Segmentation::heads) among `tokens`, looked
    /// for from `*next` on and leaving `*next` after them: for a walk over
    /// the sentences in order, which finds each sentence's heads at once.
    /// (Out of order, the heads are searched for.)
    #[inline]
    pub(crate) fn heads_in(&self, tokens: Range<usize>, next: &mut usize) -> &[usize] {
        sorted_within(&self.heads, tokens, next)
    }
}

/// The tokens of `list` (token indices in order) among `tokens`, looked
/// for from `*next` on and leaving `*next` after them: for a walk over the
/// sentences in order, which finds each sentence's tokens of the list at
/// once. (Out of order, they are searched for.)
#[inline]
pub(crate) fn sorted_within<'l>(
    list: &'l [usize],
    tokens: Range<usize>,
    next: &mut usize,
) -> &'l [usize] {
    let mut from = (*next).min(list.len());
    if from > 0 && list[from - 1] >= tokens.start {
        from = list.partition_point(|&t| t < tokens.start);
    }
    while from < list.len() && list[from] < tokens.start {
        from += 1;
    }
    // (four at a time, counted without a branch each: most sentences hold
    // fewer, and how many follows no pattern; in order, those before the
    // range's end come first)
    let mut to = from;
    loop {
        let before_end = (to..to + 4)
            .map(|i| usize::from(list.get(i).is_some_and(|&t| t < tokens.end)))
            .sum::<usize>();
        to += before_end;
        if before_end < 4 {
            break;
        }
    }
    *next = to;
    &list[from..to]
}

/// The tokens worth a look for the passes over the cues of mentions and
/// over reported speech, from the classes of all tokens: a word that may
/// head a report ([`WordClass::may_head_report`]: every cue among them), a
/// verb of dialogue, the token after a word that may head a report (the
/// "to" of "according to") and the token before "that". The passes test
/// their own conditions on these tokens only: most tokens are none.
/// (`heads` is a recycled buffer: cleared, its capacity kept.)
fn report_heads(classes: &[WordClass], heads: Vec<usize>) -> Vec<usize> {
    let mut heads = reuse(heads, classes.len() / 16);
    let mut after_head = false;
    // (most tokens are none of these, and after none: nothing to note; four
    // such tokens in a row are passed over with one test)
    let fours = classes.chunks_exact(4);
    let rest = fours.remainder();
    let mut t = 0;
    for four in fours {
        if after_head || WordClass::any_may_concern_reports(four) {
            for (k, &class) in four.iter().enumerate() {
                note_report_head(&mut heads, t + k, class, &mut after_head);
            }
        }
        t += 4;
    }
    let rest_start = classes.len() - rest.len();
    for (k, &class) in rest.iter().enumerate() {
        note_report_head(&mut heads, rest_start + k, class, &mut after_head);
    }
    heads
}

/// Notes token `t`, of class `class`, in `heads` if [`report_heads`] lists
/// it, and the token before it if it is "that"; `after_head` says whether
/// the token before `t` may head a report, and is set for the next.
#[inline]
fn note_report_head(heads: &mut Vec<usize>, t: usize, class: WordClass, after_head: &mut bool) {
    if !*after_head && !class.may_concern_reports() {
        return;
    }
    if class.is_that() && t > 0 && heads.last() != Some(&(t - 1)) {
        heads.push(t - 1);
    }
    let head = class.may_head_report();
    if head || *after_head || class.is_dialogue_verb() {
        heads.push(t);
    }
    *after_head = head;
}

/// A set of token indices (of one [`Segmentation`]): a bit per token.
#[derive(Clone, Debug, Default)]
pub(crate) struct TokenSet {
    bits: Vec<u64>,
}

impl TokenSet {
    /// Empties the set and sizes it for `tokens` tokens, keeping its
    /// capacity.
    pub(crate) fn reset(&mut self, tokens: usize) {
        self.bits.clear();
        self.bits.resize(tokens.div_ceil(64), 0);
    }

    /// Adds token `i` (which must be below the set's size).
    pub(crate) fn insert(&mut self, i: usize) {
        self.bits[i / 64] |= 1 << (i % 64);
    }

    /// Whether token `i` is in the set.
    pub(crate) fn contains(&self, i: &usize) -> bool {
        self.bits
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
}

/// Splits `text` into paragraphs: runs of lines separated by blank lines,
/// or single lines when the text has no blank line. Spans are trimmed of
/// surrounding white space; empty paragraphs are skipped.
///
/// # Examples
///
/// ```
/// use quotative::sentences::paragraphs;
///
/// let text = "One line\nstill one.\n\n  Two.  \n";
/// let p: Vec<&str> = paragraphs(text).iter().map(|s| s.as_str(text)).collect();
/// assert_eq!(p, ["One line\nstill one.", "Two."]);
/// assert_eq!(paragraphs("a\nb").len(), 2);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    paragraphs_in(text, Vec::new())
}

/// [`paragraphs`], filling `out` (a recycled buffer: cleared, its capacity
/// kept).
pub(crate) fn paragraphs_in(text: &str, out: Vec<Span>) -> Vec<Span> {
    let blank_line_mode = has_blank_line(text);
    // (news has a paragraph per 250 bytes or so: room for most documents)
    let mut out = reuse(out, text.len() / 200 + 1);
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
    let bytes = text.as_bytes();
    loop {
        let line_end = match memchr_newline(bytes, line_start) {
            Some(n) => n,
            None => bytes.len(),
        };
        let content = trim_line(text, line_start, line_end);
        if content.is_empty() {
            if let Some(s) = para_start.take() {
                out.push(Span::new(s, para_end));
            }
        } else {
            let (content_start, content_end) = (content.start, content.end);
            if !blank_line_mode {
                if let Some(s) = para_start.take() {
                    out.push(Span::new(s, para_end));
                }
            }
            if para_start.is_none() {
                para_start = Some(content_start);
            }
            para_end = content_end;
        }
        if line_end >= bytes.len() {
            break;
        }
        line_start = line_end + 1;
    }
    if let Some(s) = para_start {
        out.push(Span::new(s, para_end));
    }
    out
}

/// Where the line `text[start..end]` is without the white space around it,
/// as [`str::trim`] cuts it, with a fast path for the common line that
/// begins and ends with a visible ASCII character (which is not white
/// space, so nothing is cut), read from the bytes without cutting the
/// line out of the text, and one pass otherwise.
#[inline]
fn trim_line(text: &str, start: usize, end: usize) -> Span {
    let bytes = text.as_bytes();
    let graphic = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_graphic);
    if start < end && graphic(start) && graphic(end - 1) {
        return Span::new(start, end);
    }
    let line = &text[start..end];
    let rest = line.trim_start();
    let content_start = start + (line.len() - rest.len());
    Span::new(content_start, content_start + rest.trim_end().len())
}

/// The position of the first `\n` in `bytes[from..]`, if any. A blank
/// line's newline, at `from` itself (one after each paragraph of news), is
/// answered by its byte, before the block scan is set up.
#[inline]
fn memchr_newline(bytes: &[u8], from: usize) -> Option<usize> {
    if bytes.get(from) == Some(&b'\n') {
        return Some(from);
    }
    scan::newline(bytes, from)
}

/// Whether some line of `text` is blank (only white space) between two
/// lines with text.
fn has_blank_line(text: &str) -> bool {
    let mut seen_text = false;
    let mut blank_pending = false;
    let bytes = text.as_bytes();
    let mut start = 0;
    let lines = std::iter::from_fn(|| {
        let line_start = start;
        if line_start > bytes.len() {
            return None;
        }
        let end = memchr_newline(bytes, line_start).unwrap_or(bytes.len());
        start = end + 1;
        Some(&text[line_start..end])
    });
    for line in lines {
        if line.trim().is_empty() {
            if seen_text {
                blank_pending = true;
            }
        } else {
            if blank_pending {
                return true;
            }
            seen_text = true;
        }
    }
    false
}

#[inline]
fn is_word_char(c: char) -> bool {
    scan::is_alphanumeric(c)
}

/// Cuts `text` into tokens and sentences, given its paragraphs and its
/// top-level quotes (from [`marks::find_quotes`](crate::marks::find_quotes)).
///
/// # Examples
///
/// Abbreviations and initials do not end sentences:
///
/// ```
/// use quotative::{marks, sentences};
///
/// let text = "Sen. J. Smith of the U.S. spoke. Gov. Ray agreed.";
/// let paras = sentences::paragraphs(text);
/// let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
/// assert_eq!(seg.sentences.len(), 2);
/// ```
pub fn segment(text: &str, paragraphs: &[Span], quotes: &[QuotedSpan]) -> Segmentation {
    segment_in(text, paragraphs, quotes, Segmentation::default())
}

/// [`segment`], filling the tables of `seg` (recycled buffers: cleared,
/// their capacity kept).
pub(crate) fn segment_in(
    text: &str,
    paragraphs: &[Span],
    quotes: &[QuotedSpan],
    seg: Segmentation,
) -> Segmentation {
    // News prose has about one token per seven bytes (fewer than one per
    // five in nearly every document) and a sentence per 150: room for
    // most documents without growing.
    let tokens = text.len() / 5 + 8;
    let mut seg = Segmentation {
        tokens: reuse(seg.tokens, tokens),
        sentences: reuse(seg.sentences, text.len() / 100 + 2),
        classes: reuse(seg.classes, tokens),
        heads: reuse(seg.heads, 0),
    };
    // Each token is classed as it is cut, while its bytes are at hand.
    let classifier = Classifier::new();
    let mut next_quote = 0;
    // Where quote `next_quote` starts (`usize::MAX` past the last one).
    let start_of = |q: usize| quotes.get(q).map_or(usize::MAX, |q| q.span.start);
    let mut next_quote_start = start_of(0);
    let mut resume = 0; // a multi-paragraph quote may end past a paragraph
                        // The paragraph's tokens that may end a sentence (terminal marks and
                        // quotations), noted as they are cut, so that the split passes over
                        // the words between them at once.
    let mut may_end: Vec<usize> = Vec::new();
    for (p_index, para) in paragraphs.iter().enumerate() {
        if para.end <= resume {
            continue;
        }
        let first_token = seg.tokens.len();
        may_end.clear();
        let mut pos = para.start.max(resume);
        while pos < para.end {
            // (most positions lie before the next quote: one comparison)
            if next_quote_start <= pos {
                while next_quote < quotes.len() && quotes[next_quote].span.start < pos {
                    next_quote += 1;
                }
                next_quote_start = start_of(next_quote);
                if next_quote_start == pos {
                    let q = quotes[next_quote];
                    may_end.push(seg.tokens.len());
                    seg.tokens.push(Token {
                        span: q.span,
                        kind: TokenKind::Quote(next_quote),
                    });
                    seg.classes.push(classifier.of_token(text, q.span));
                    pos = q.span.end;
                    resume = q.span.end;
                    next_quote += 1;
                    next_quote_start = start_of(next_quote);
                    continue;
                }
            }
            // ASCII first, without decoding a char; a letter first of all,
            // as most tokens begin.
            match text.as_bytes()[pos] {
                b if scan::ALPHANUMERIC[usize::from(b)] => {
                    let limit = para.end.max(pos);
                    // (word_end, with its common case, a word of ASCII
                    // letters and digits only, classed as such; most of
                    // them short, classed from the bytes read to cut them,
                    // with the byte after them)
                    let (end, class, after) = match scan::short_word(text.as_bytes(), pos, limit) {
                        Ok((len, word, after)) => {
                            (pos + len, classifier.of_short_ascii_word(word, len), after)
                        }
                        Err(ascii) => {
                            let (end, class) =
                                match joined_word_end(text.as_bytes(), pos, ascii, limit) {
                                    // (ASCII letters and digits only)
                                    Some(end) if end == ascii => {
                                        (ascii, classifier.of_ascii_word(text, pos, ascii))
                                    }
                                    Some(end) => {
                                        (end, classifier.of_token(text, Span::new(pos, end)))
                                    }
                                    None => {
                                        let end = word_end_after(text, pos, ascii, limit);
                                        (end, classifier.of_token(text, Span::new(pos, end)))
                                    }
                                };
                            // (NUL past the text's end: not a space)
                            (end, class, text.as_bytes().get(end).map_or(0, |&b| b))
                        }
                    };
                    seg.tokens.push(Token {
                        span: Span::new(pos, end),
                        kind: TokenKind::Word,
                    });
                    seg.classes.push(class);
                    // (and the space after it, if one follows, as most
                    // words have: no token stands there)
                    pos = end + usize::from(after == b' ');
                    continue;
                }
                b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => {
                    pos += 1;
                    continue;
                }
                // (any other ASCII byte is punctuation: neither white
                // space nor a word character)
                b if b.is_ascii() => {
                    if matches!(b, b'.' | b'!' | b'?') {
                        may_end.push(seg.tokens.len());
                    }
                    seg.tokens.push(Token {
                        span: Span::new(pos, pos + 1),
                        kind: TokenKind::Punct,
                    });
                    seg.classes.push(classifier.of_ascii_byte(b));
                    pos += 1;
                    continue;
                }
                _ => {}
            }
            let Some(c) = text[pos..].chars().next() else {
                break;
            };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            let (end, kind) = if is_word_char(c) {
                (word_end(text, pos, para.end.max(pos)), TokenKind::Word)
            } else {
                (pos + c.len_utf8(), TokenKind::Punct)
            };
            let span = Span::new(pos, end);
            if kind == TokenKind::Punct && is_terminal_at(text, span) {
                may_end.push(seg.tokens.len());
            }
            seg.tokens.push(Token { span, kind });
            seg.classes.push(match kind {
                TokenKind::Punct => classifier.of_mark(text, span),
                _ => classifier.of_token(text, span),
            });
            pos = end;
        }
        split_sentences(text, &mut seg, first_token, &may_end, p_index);
    }
    seg.heads = report_heads(&seg.classes, std::mem::take(&mut seg.heads));
    seg
}

/// The end of the word starting at `start`: word characters, joined by a
/// single inner ' ’ - . & when a word character follows.
#[inline]
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    // A run of ASCII letters and digits first, byte by byte.
    let ascii = scan::alphanumeric_end(text.as_bytes(), start, limit);
    // Most words end there, at an ASCII byte that cannot join them on.
    if ends_ascii_word(text, ascii) {
        return ascii;
    }
    word_end_after(text, start, ascii, limit)
}

/// Whether a run of ASCII letters and digits that stops at `ascii` ends
/// its word there: an ASCII byte that cannot join a word on stands there.
#[inline]
fn ends_ascii_word(text: &str, ascii: usize) -> bool {
    text.as_bytes()
        .get(ascii)
        .is_some_and(|&b| scan::ENDS_WORD[usize::from(b)])
}

/// The end of the word starting at `start` whose ASCII letters and digits
/// run to `ascii` (not past `limit`), as [`word_end_after`] finds it, told
/// from the bytes alone in the common cases: the word ends there at an
/// ASCII byte that cannot join it on, at a joining mark that no letter or
/// digit follows (a sentence's last word before its full stop), or at a
/// mark of the General Punctuation block (” — …); or it goes on by ' - &
/// ’ or ‑, or a dot after digits or after at most two letters (U.S, 2.5),
/// and more ASCII letters and digits (one-day, Trump’s, don't), and so
/// on. `None` where a character outside ASCII and that block stands, or a
/// dot after a part that holds ’ or ‑ (counted as characters, not bytes):
/// [`word_end_after`] decides.
#[inline]
fn joined_word_end(bytes: &[u8], start: usize, ascii: usize, limit: usize) -> Option<usize> {
    let mut at = ascii;
    // (where the word's part after its last dot or hyphen starts, which a
    // dot's rule reads, and whether a mark of three bytes stands in it)
    let mut part = start;
    let mut wide = false;
    while at < limit {
        // (the mark at `at` and its length in bytes)
        let mark = match bytes[at] {
            b'\'' | b'-' | b'&' | b'.' => 1,
            // ’ (U+2019) and the non-breaking hyphen (U+2011) join; the
            // rest of U+2000..U+203F (E2 80 xx) is neither a letter nor a
            // digit, and ends the word.
            0xE2 if bytes.get(at + 1) == Some(&0x80) => match bytes.get(at + 2) {
                Some(0x99 | 0x91) => 3,
                _ => return Some(at),
            },
            b if b.is_ascii() => return Some(at),
            _ => return None,
        };
        let next = at + mark;
        match bytes.get(next) {
            Some(&n) if next < limit && scan::ALPHANUMERIC[usize::from(n)] => {
                match bytes[at] {
                    b'.' => {
                        // (as word_end_after asks: digits, or at most two
                        // characters, before the dot)
                        if wide {
                            return None;
                        }
                        let before = &bytes[part..at];
                        let digits = !before.is_empty() && before.iter().all(u8::is_ascii_digit);
                        if !(digits || before.len() <= 2) {
                            return Some(at);
                        }
                        (part, wide) = (next, false);
                    }
                    b'-' => (part, wide) = (next, false),
                    0xE2 => wide = true,
                    _ => {}
                }
                at = scan::alphanumeric_end(bytes, next, limit);
            }
            // (a letter outside ASCII may follow)
            Some(&n) if next < limit && !n.is_ascii() => return None,
            _ => return Some(at),
        }
    }
    Some(at.min(limit))
}

/// The end of the word starting at `start` whose ASCII letters and digits
/// run to `ascii`, where a joining mark or a non-ASCII character stands (or
/// the text ends): the rest of [`word_end`], out of its way.
#[cold]
#[inline(never)]
fn word_end_after(text: &str, start: usize, ascii: usize, limit: usize) -> usize {
    let mut end = ascii;
    let mut chars = text[ascii..limit].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let off = ascii - start + off; // from `start`
        if is_word_char(c) {
            end = start + off + c.len_utf8();
            continue;
        }
        let joins = chars.peek().is_some_and(|&(_, n)| is_word_char(n))
            && match c {
                '\'' | '’' | '-' | '&' | '\u{2011}' => true,
                // A dot joins initials and decimals (U.S, a.m, 2.5), not
                // words run together by a missing space (said.Trump).
                '.' => {
                    // (after a hyphen too: R-S.C., D-N.Y.)
                    let segment = text[start..start + off]
                        .rsplit(['.', '-'])
                        .next()
                        .unwrap_or("");
                    let digits = !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit());
                    digits || segment.chars().count() <= 2
                }
                _ => false,
            };
        if !joins {
            break;
        }
    }
    end
}

/// Whether `c` is a terminal mark: what [`is_terminal_at`] answers.
#[cfg(test)]
fn is_terminal(c: &str) -> bool {
    matches!(c, "." | "!" | "?" | "…")
}

/// Whether the token at `span` is a terminal mark (. ! ? or …), read
/// from its bytes (no slicing of the text into a `str`).
#[inline]
fn is_terminal_at(text: &str, span: Span) -> bool {
    match text.as_bytes().get(span.start..span.end) {
        Some([b'.' | b'!' | b'?']) => true,
        Some(bytes) => bytes == "…".as_bytes(),
        None => false,
    }
}

/// Whether the token of bytes `c` is a closing mark: ) ] } ’ ” " ' ».
/// (Its bytes: they need not be cut out of the text as a `str` to be
/// compared.)
fn is_closing_punct(c: &[u8]) -> bool {
    const CLOSING: [&str; 8] = [")", "]", "}", "’", "”", "\"", "'", "»"];
    CLOSING.iter().any(|mark| mark.as_bytes() == c)
}

/// Cuts the paragraph's tokens, from `first` to the last, into sentences.
/// `may_end` holds, in order, the paragraph's tokens that may end one:
/// its terminal marks and quotations (any other token goes on with its
/// sentence).
fn split_sentences(
    text: &str,
    seg: &mut Segmentation,
    first: usize,
    may_end: &[usize],
    paragraph: usize,
) {
    let last = seg.tokens.len();
    if first == last {
        return;
    }
    let mut start = first;
    let mut i = first;
    for &at in may_end {
        // (a run of terminal marks taken whole passed over those in it)
        if at < i {
            continue;
        }
        i = at;
        let token = seg.tokens[i];
        let terminal = token.kind == TokenKind::Punct && is_terminal_at(text, token.span);
        let ends = match token.kind {
            TokenKind::Punct if terminal => {
                // Take the whole run of terminal and closing punctuation.
                let mut j = i + 1;
                while j < last
                    && seg.tokens[j].kind == TokenKind::Punct
                    && (is_terminal_at(text, seg.tokens[j].span)
                        || is_closing_punct(seg.tokens[j].span.bytes(text)))
                {
                    j += 1;
                }
                let run = j - i;
                let boundary = j < last
                    && opens_sentence(text, seg.tokens[j])
                    && !(token.span.bytes(text) == b"."
                        && run == 1
                        && i > first
                        && is_abbreviation_before(text, seg, i))
                    && !(run > 1
                        && seg.tokens[j].kind == TokenKind::Word
                        && !starts_upper(seg.tokens[j].span.as_str(text)));
                if boundary {
                    Some(j)
                } else {
                    i = j;
                    None
                }
            }
            TokenKind::Quote(_) => {
                let content = token.span.as_str(text).trim_end_matches(|c: char| {
                    !scan::is_alphanumeric(c) && !matches!(c, '.' | '!' | '?' | '…')
                });
                let ends_sentence = content.ends_with(['.', '!', '?', '…']);
                (ends_sentence
                    && i + 1 < last
                    && opens_sentence(text, seg.tokens[i + 1])
                    && seg.tokens[i + 1].kind != TokenKind::Punct)
                    .then_some(i + 1)
            }
            _ => None,
        };
        match ends {
            Some(j) => {
                push_sentence(seg, start, j, paragraph);
                start = j;
                i = j;
            }
            // (a terminal run not ending the sentence moved `i` past it)
            None if !terminal => i += 1,
            None => {}
        }
    }
    if start < last {
        push_sentence(seg, start, last, paragraph);
    }
}

fn push_sentence(seg: &mut Segmentation, start: usize, end: usize, paragraph: usize) {
    let span = Span::new(seg.tokens[start].span.start, seg.tokens[end - 1].span.end);
    seg.sentences.push(Sentence {
        span,
        tokens: start..end,
        paragraph,
    });
}

fn starts_upper(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Whether a token can begin a sentence.
#[inline(always)]
fn opens_sentence(text: &str, token: Token) -> bool {
    match token.kind {
        // (an ASCII first byte, as most words have, read as it is)
        TokenKind::Word => match token.span.bytes(text).first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase() || b.is_ascii_digit(),
            _ => starts_upper(token.span.as_str(text)),
        },
        TokenKind::Quote(_) => true,
        TokenKind::Punct => matches!(
            token.span.as_str(text),
            "(" | "[" | "—" | "-" | "*" | "_" | "‘" | "“"
        ),
    }
}

/// Whether the full stop at token `dot` follows an abbreviation or an
/// initial, so that it does not end the sentence.
fn is_abbreviation_before(text: &str, seg: &Segmentation, dot: usize) -> bool {
    let prev = seg.tokens[dot - 1];
    if prev.kind != TokenKind::Word || prev.span.end != seg.tokens[dot].span.start {
        return false;
    }
    // (the word's class says whether it is an abbreviation; a word of
    // more than six bytes can be neither of the others, and one of more
    // than four no single character)
    let len = prev.span.len();
    (seg.classes[dot - 1].is_abbreviation() && !ends_sentence_unless_numbered(text, seg, dot))
        || (len <= 6 && prev.span.bytes(text).contains(&b'.'))
        || (len <= 4 && is_single_upper(prev.span.as_str(text)) && !is_platform_x(text, seg, dot))
}

/// Whether the capital before the full stop at token `dot` is the social
/// network X after a lower-case word (posted on X. The company…), a word
/// and not an initial; an X after a name is one (Malcolm X.).
// (asked only after a single capital)
fn is_platform_x(text: &str, seg: &Segmentation, dot: usize) -> bool {
    dot >= 2
        && seg.tokens[dot - 1].span.bytes(text) == b"X"
        && seg.tokens[dot - 2].kind == TokenKind::Word
        && seg.tokens[dot - 2]
            .span
            .bytes(text)
            .first()
            .is_some_and(u8::is_ascii_lowercase)
}

/// Whether the abbreviation before the full stop at token `dot` is a
/// word that ends its sentence there unless a number follows: "No. 1"
/// and "nos. 3 and 4" go on, but "the answer was no. But …" and "No. I
/// mean …" end (in the PolNeAR and PDNC texts, "no." before a capital
/// ended its sentence every time, 143 times; before a digit it never
/// did), as does "etc." before a new sentence.
// (asked only after a word classed as an abbreviation)
fn ends_sentence_unless_numbered(text: &str, seg: &Segmentation, dot: usize) -> bool {
    let word = seg.tokens[dot - 1].span.bytes(text);
    let numbered = seg.tokens.get(dot + 1).is_some_and(|t| {
        t.kind == TokenKind::Word && t.span.bytes(text).first().is_some_and(u8::is_ascii_digit)
    });
    !numbered
        && (word.eq_ignore_ascii_case(b"no")
            || word.eq_ignore_ascii_case(b"nos")
            || word.eq_ignore_ascii_case(b"etc"))
}

/// Whether `word` is a single upper-case character (an initial: J).
#[inline]
fn is_single_upper(word: &str) -> bool {
    match word.as_bytes() {
        [b] => b.is_ascii_uppercase(),
        _ => {
            let mut chars = word.chars();
            matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::marks::find_quotes;

    #[test]
    fn terminal_marks_are_read_from_their_bytes() {
        let text = ". ! ? … .. , ” “ a ‥ ? !";
        let mut at = 0;
        for token in text.split(' ') {
            let span = Span::new(at, at + token.len());
            assert_eq!(is_terminal_at(text, span), is_terminal(token), "{token:?}");
            at += token.len() + 1;
        }
    }

    #[test]
    fn short_words_end_where_the_runs_of_letters_end() {
        // (texts of letters, digits and the bytes that stop or join them,
        // cut at every position and every end)
        let parts = [
            "a", "Z", "9", "bc", "defgh", "'", "-", ".", "&", " ", ",", "\n", "’", "é",
        ];
        for text in &texts_of_up_to_four(&parts) {
            let bytes = text.as_bytes();
            for at in (0..bytes.len()).filter(|&at| bytes[at].is_ascii_alphanumeric()) {
                for end in at + 1..=bytes.len() {
                    let ascii = scan::alphanumeric_end(bytes, at, end);
                    match scan::short_word(bytes, at, end) {
                        Ok((len, word, after)) => {
                            assert_eq!(at + len, ascii, "{text:?} {at} {end}");
                            assert_eq!(after, bytes[ascii], "{text:?} {at} {end}");
                            // (the tokenizer's word ends there too)
                            if text.is_char_boundary(end) {
                                assert_eq!(word_end(text, at, end), ascii, "{text:?} {at} {end}");
                            }
                            let mut eight = [0; 8];
                            eight[..len].copy_from_slice(&bytes[at..at + len]);
                            assert_eq!(word, u64::from_le_bytes(eight), "{text:?}");
                        }
                        Err(run_end) => assert_eq!(run_end, ascii, "{text:?} {at} {end}"),
                    }
                }
            }
        }
    }

    #[test]
    fn report_heads_found_four_at_a_time_are_those_found_one_at_a_time() {
        // (the walk as it was written first, token by token)
        fn one_at_a_time(classes: &[WordClass]) -> Vec<usize> {
            let mut heads = Vec::new();
            let mut after_head = false;
            for (t, class) in classes.iter().enumerate() {
                if class.is_that() && t > 0 && heads.last() != Some(&(t - 1)) {
                    heads.push(t - 1);
                }
                let head = class.may_head_report();
                if head || after_head || class.is_dialogue_verb() {
                    heads.push(t);
                }
                after_head = head;
            }
            heads
        }
        let kinds = ["the", "said", "that", "according", "shouted"].map(WordClass::of);
        for n in 0..=7u32 {
            for code in 0..kinds.len().pow(n) {
                let classes: Vec<WordClass> = (0..n)
                    .map(|k| kinds[code / kinds.len().pow(k) % kinds.len()])
                    .collect();
                assert_eq!(
                    report_heads(&classes, Vec::new()),
                    one_at_a_time(&classes),
                    "{code} of {n}"
                );
            }
        }
    }

    /// Every text of up to four of `parts`, in every order.
    fn texts_of_up_to_four(parts: &[&str]) -> Vec<String> {
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> = texts
                .iter()
                .flat_map(|t| parts.iter().map(move |p| format!("{t}{p}")))
                .collect();
            texts.extend(longer);
        }
        texts
    }

    #[test]
    fn joined_words_end_where_word_end_says() {
        // (texts of letters, digits, the marks that join or stop them and
        // characters outside ASCII, cut at every position and every end)
        let parts = [
            "a", "Z", "9", "bcd", "42", "'", "-", ".", "&", " ", ",", "’", "\u{2011}", "”", "—",
            "é", "\u{2041}", "\u{a0}",
        ];
        for text in &texts_of_up_to_four(&parts) {
            let bytes = text.as_bytes();
            for at in (0..bytes.len()).filter(|&at| bytes[at].is_ascii_alphanumeric()) {
                for limit in (at + 1..=bytes.len()).filter(|&l| text.is_char_boundary(l)) {
                    let ascii = scan::alphanumeric_end(bytes, at, limit);
                    if let Some(end) = joined_word_end(bytes, at, ascii, limit) {
                        assert_eq!(end, word_end(text, at, limit), "{text:?} {at} {limit}");
                    }
                }
            }
        }
    }

    #[test]
    fn clauses_may_end_at_linking_words_commas_and_semicolons_only() {
        let text = "Officials said, \"and then; but\" and “while, if” ，; but And, \
                    although BUT when ‘,’ '; or' the 2,000 — whereas.\n\n\"Yes,\" and; \"but";
        let paras = paragraphs(text);
        let seg = segment(text, &paras, &find_quotes(text, &paras));
        assert!(seg
            .tokens
            .iter()
            .any(|t| matches!(t.kind, TokenKind::Quote(_))));
        for (t, token) in seg.tokens.iter().enumerate() {
            let expected = match token.kind {
                TokenKind::Word => seg.class(t).links_clauses(),
                TokenKind::Punct => matches!(token.span.as_str(text), "," | ";"),
                TokenKind::Quote(_) => false,
            };
            assert_eq!(seg.class(t).may_end_clause(), expected, "{t} {token:?}");
        }
    }

    #[test]
    fn marks_outside_ascii_are_classed_as_tokens() {
        let classes = crate::lexicon::Classifier::new();
        for c in [
            '’', '”', '“', '—', '…', '‘', '©', '\u{304}', '¡', '\u{feff}', '«', '′',
        ] {
            let text = format!("a{c}b");
            let span = Span::new(1, 1 + c.len_utf8());
            assert_eq!(
                classes.of_mark(&text, span),
                classes.of_token(&text, span),
                "{c:?}"
            );
        }
    }

    #[test]
    fn trim_line_agrees_with_trim() {
        let parts = [
            "", " ", "\t", "\r", "a", ".", "“", "”", "é", "\u{a0}", "\u{2003}", "\u{85}",
            "\u{3000}", "\u{b}", "x y", "~",
        ];
        for a in parts {
            for b in parts {
                for c in parts {
                    let line = format!("{a}{b}{c}");
                    let lead = line.len() - line.trim_start().len();
                    let expected = Span::new(lead, lead + line.trim().len());
                    assert_eq!(trim_line(&line, 0, line.len()), expected, "{line:?}");
                }
            }
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        let seg = segment(text, &paras, &find_quotes(text, &paras));
        seg.sentences.iter().map(|s| s.span.as_str(text)).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Mr. and Mrs. Smith met Dr. Ray on Jan. 5 at No. 10 St. James. They left."),
            [
                "Mr. and Mrs. Smith met Dr. Ray on Jan. 5 at No. 10 St. James.",
                "They left."
            ]
        );
        assert_eq!(
            sentences("Gov. Ray and Sen. Cruz and Rep. Ryan spoke."),
            ["Gov. Ray and Sen. Cruz and Rep. Ryan spoke."]
        );
    }

    #[test]
    fn no_and_etc_end_a_sentence_unless_a_number_follows() {
        assert_eq!(
            sentences("They voted no. Robert Mercer left. No. I mean it."),
            ["They voted no.", "Robert Mercer left.", "No.", "I mean it."]
        );
        assert_eq!(
            sentences("Tea, dogs, etc. People talked."),
            ["Tea, dogs, etc.", "People talked."]
        );
        assert_eq!(
            sentences("He was No. 2 in nos. 3 and 4."),
            ["He was No. 2 in nos. 3 and 4."]
        );
    }

    #[test]
    fn initials_and_decimals() {
        assert_eq!(
            sentences("George W. Bush earned 2.5 percent. He won."),
            ["George W. Bush earned 2.5 percent.", "He won."]
        );
        assert_eq!(
            sentences("Sen. Lindsey Graham, R-S.C., spoke. Rep. Ryan, R-Wis. and others left."),
            [
                "Sen. Lindsey Graham, R-S.C., spoke.",
                "Rep. Ryan, R-Wis. and others left."
            ]
        );
        // (the network X after a lower-case word is a word, not an
        // initial; after a name it is one)
        assert_eq!(
            sentences("He posted it on X. The company said no. Malcolm X. Little spoke."),
            [
                "He posted it on X.",
                "The company said no.",
                "Malcolm X. Little spoke."
            ]
        );
    }

    #[test]
    fn ellipsis_before_lowercase_continues() {
        assert_eq!(
            sentences("Well... maybe not. Fine."),
            ["Well... maybe not.", "Fine."]
        );
    }

    #[test]
    fn an_ellipsis_character_ends_a_sentence_as_dots_do() {
        assert_eq!(
            sentences("He paused… Then he left. “Go!” “Now.” She went…"),
            [
                "He paused…",
                "Then he left.",
                "“Go!”",
                "“Now.”",
                "She went…"
            ]
        );
        assert_eq!(sentences("Well… maybe not."), ["Well… maybe not."]);
    }

    #[test]
    fn quotes_are_atomic_and_end_sentences() {
        assert_eq!(sentences("“A. B.” Then C."), ["“A. B.”", "Then C."]);
        assert_eq!(
            sentences("“Why?” he asked. OK."),
            ["“Why?” he asked.", "OK."]
        );
        assert_eq!(
            sentences("He said, “Stop.” She did."),
            ["He said, “Stop.”", "She did."]
        );
    }

    #[test]
    fn sentence_end_inside_closing_quote_and_brackets() {
        assert_eq!(
            sentences("It ended (finally.) Then more."),
            ["It ended (finally.)", "Then more."]
        );
    }

    #[test]
    fn paragraphs_always_split() {
        assert_eq!(
            sentences("No stop here\n\nNew one"),
            ["No stop here", "New one"]
        );
    }

    #[test]
    fn words_keep_inner_marks() {
        let text = "U.S. R-Texas don’t 2.5";
        let paras = paragraphs(text);
        let seg = segment(text, &paras, &[]);
        let words: Vec<&str> = seg.tokens.iter().map(|t| t.span.as_str(text)).collect();
        assert_eq!(words, ["U.S", ".", "R-Texas", "don’t", "2.5"]);
        let text = "Trump said.Trump left";
        let seg = segment(text, &paragraphs(text), &[]);
        let words: Vec<&str> = seg.tokens.iter().map(|t| t.span.as_str(text)).collect();
        assert_eq!(words, ["Trump", "said", ".", "Trump", "left"]);
    }

    #[test]
    fn heads_hold_what_the_passes_over_cues_and_reports_look_at() {
        let text = "He said it. Critics warn that it fails. According to them, \
                    no. “Go,” inquired Tom. She left.";
        let seg = segment(
            text,
            &paragraphs(text),
            &find_quotes(text, &paragraphs(text)),
        );
        let heads: Vec<&str> = seg.heads.iter().map(|&t| seg.word(text, t)).collect();
        for word in ["said", "warn", "that", "According", "to", "inquired"] {
            assert!(heads.contains(&word), "{word} in {heads:?}");
        }
        // (every listed token for what it is, and nothing else)
        for (t, class) in seg.classes.iter().enumerate() {
            let listed = seg.heads.contains(&t);
            let wanted = class.may_head_report()
                || class.is_dialogue_verb()
                || (t > 0 && seg.classes[t - 1].may_head_report())
                || seg.classes.get(t + 1).is_some_and(|next| next.is_that());
            assert_eq!(listed, wanted, "{}", seg.word(text, t));
        }
        // A walk over the sentences in order, and one out of order, find
        // each sentence's heads.
        let mut next = 0;
        let in_order: Vec<&[usize]> = seg
            .sentences
            .iter()
            .map(|s| seg.heads_in(s.tokens.clone(), &mut next))
            .collect();
        for (s, sentence) in seg.sentences.iter().enumerate().rev() {
            let mut next = seg.heads.len();
            let heads = seg.heads_in(sentence.tokens.clone(), &mut next);
            assert_eq!(heads, in_order[s]);
            assert!(heads.iter().all(|t| sentence.tokens.contains(t)));
        }
    }
}
