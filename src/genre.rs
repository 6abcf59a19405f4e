//! Stage 2: the genre — does the text read as news or as fiction?
//!
//! News and novels read an untagged quotation differently: in a report, a
//! paragraph that is only a quotation goes on with the previous speaker;
//! in a novel, each new paragraph of dialogue is a new turn of a
//! conversation. They also name people differently ("the Gryphon" is a
//! character in a novel and "the Kremlin" an institution in the news). The
//! later stages ask this stage which reading to use; [`detect`] decides it
//! from the quotations and paragraphs alone.

use crate::lexicon;
use crate::marks::QuotedSpan;
use crate::span::Span;

/// The kind of text an [`Attributor`](crate::Attributor) reads, which
/// decides how untagged quotations are attributed and how characters are
/// named.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, Genre};
///
/// let text = "“Are you coming?” asked Ana.\n\n“Not yet,” said Bo.\n\n“Why not?”\n\n“I am tired.”";
/// let fiction = Attributor::builder().genre(Genre::Fiction).build().unwrap();
/// let speakers: Vec<String> = fiction
///     .attribute(text)
///     .quotes
///     .iter()
///     .map(|q| q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()))
///     .collect();
/// assert_eq!(speakers, ["Ana", "Bo", "Ana", "Bo"]);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Genre {
    /// Decide per document ([`detect`]): fiction when its dialogue has the
    /// shape of a conversation, news otherwise.
    #[default]
    Detect,
    /// News and reports: an untagged quotation continues the previous
    /// speaker.
    News,
    /// Fiction: an untagged paragraph of dialogue is the next turn of the
    /// conversation.
    Fiction,
}

/// How many signs of fiction make a document fiction: adjacent pairs of
/// paragraphs that are nothing but a quotation, and quotations tagged with
/// a verb of dialogue (cried, replied). Of the 924 PolNeAR news articles
/// none has more than three; of the 21 PDNC novels none has fewer than
/// seventy.
pub const SIGNS_OF_FICTION: usize = 4;

/// At most how many quotations a fiction shows per sign of fiction. The
/// 21 PDNC novels have one sign per 17 quotations at the most sparse; the
/// 84 PolNeAR dev articles joined into one text, one per 330. So a text
/// does not turn into fiction by being long: news repeated to a megabyte
/// stays news.
pub const QUOTES_PER_SIGN: usize = 50;

/// Reads the genre of `text` from its `paragraphs` (as
/// [`sentences::paragraphs`](crate::sentences::paragraphs) finds them) and
/// `quotes` (as [`marks::find_quotes`](crate::marks::find_quotes) finds
/// them): [`Genre::Fiction`] when it shows at least [`SIGNS_OF_FICTION`]
/// signs of fiction, and at least one per [`QUOTES_PER_SIGN`] of its
/// quotations; [`Genre::News`] otherwise. The signs are pairs of
/// adjacent paragraphs that are each nothing but one quotation (“Why
/// not?” / “I am tired.”), and quotations followed by a verb of dialogue,
/// before or after a one-word speaker (“…,” cried Alice; “…,” he replied).
/// Never returns [`Genre::Detect`].
///
/// # Examples
///
/// ```
/// use quotative::{genre, marks, sentences, Genre};
///
/// let novel = "“Off with his head!” cried the Queen.\n\n“Nonsense!” replied Alice.\n\n\
///              “Hold your tongue!”\n\n“I won't!”\n\n“Then go.”";
/// let paras = sentences::paragraphs(novel);
/// assert_eq!(genre::detect(novel, &paras, &marks::find_quotes(novel, &paras)), Genre::Fiction);
///
/// let report = "“We will win,” Ana Silva said.\n\n“It is time,” she said.";
/// let paras = sentences::paragraphs(report);
/// assert_eq!(genre::detect(report, &paras, &marks::find_quotes(report, &paras)), Genre::News);
/// ```
pub fn detect(text: &str, paragraphs: &[Span], quotes: &[QuotedSpan]) -> Genre {
    let mut signs = 0;
    // Pairs of adjacent quote-only paragraphs (one walk over both lists,
    // both in text order).
    let mut q = 0;
    let mut previous_only_quote = false;
    for para in paragraphs {
        while q < quotes.len() && quotes[q].span.start < para.start {
            q += 1;
        }
        let trimmed = trim(text, *para);
        let only_quote = quotes.get(q).is_some_and(|quote| quote.span == trimmed);
        signs += usize::from(only_quote && previous_only_quote);
        previous_only_quote = only_quote;
    }
    // (enough signs, and no rarity among its quotations: a long report,
    // or many joined, may show a few)
    let fiction =
        |signs: usize| signs >= SIGNS_OF_FICTION && signs * QUOTES_PER_SIGN >= quotes.len();
    for (read, quote) in quotes.iter().enumerate() {
        // (too few quotations left for enough signs, if each had one: the
        // rest need not be read, the text is news)
        if !fiction(signs + (quotes.len() - read)) {
            break;
        }
        signs += usize::from(followed_by_dialogue_verb(text, quote.span.end));
        // (enough of them already: the rest need not be read)
        if fiction(signs) {
            return Genre::Fiction;
        }
    }
    if fiction(signs) {
        Genre::Fiction
    } else {
        Genre::News
    }
}

/// How many bytes after a quotation are read for its tag's verb.
const TAG_BYTES: usize = 64;

/// `span` without the whitespace at its ends.
fn trim(text: &str, span: Span) -> Span {
    // (a paragraph of `sentences::paragraphs` is trimmed already: when
    // both its ends are visible ASCII, there is nothing to take off)
    let bytes = text.as_bytes();
    let visible = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_graphic);
    if span.end > span.start && visible(span.start) && visible(span.end - 1) {
        return span;
    }
    // (trimmed at its start, then at its end: `str::trim` would read the
    // start again)
    let s = span.as_str(text);
    let rest = s.trim_start();
    let start = span.start + (s.len() - rest.len());
    Span::new(start, start + rest.trim_end().len())
}

/// Whether a verb of dialogue follows the quotation ending at `end`, as
/// its first or second word (cried Alice, he replied), on the same line.
fn followed_by_dialogue_verb(text: &str, end: usize) -> bool {
    // (a tag's two words lie within a few dozen bytes: no need to read on)
    let window = text.len().min(end + TAG_BYTES);
    let window = (window..text.len().min(window + 4))
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let rest = text.get(end..window).unwrap_or("");
    // (most tags are ASCII: read as bytes, with no characters decoded;
    // a line with another byte before its second word ends is read by
    // characters, which answers the same)
    match ascii_tag_words(rest) {
        Some(None) => false,
        Some(Some((first, second))) => {
            lexicon::is_dialogue_verb(first) || second.is_some_and(lexicon::is_dialogue_verb)
        }
        None => dialogue_verb_by_chars(rest),
    }
}

/// The first two words of the first line of `rest`, read as ASCII bytes:
/// `Some(None)` when the line does not start (after its white space) with
/// a letter, as a tag does; `None` when a byte that is not ASCII comes
/// before the answer is known (a letter of another script may be part of
/// a word, a space of another script may come first).
fn ascii_tag_words(rest: &str) -> Option<Option<(&str, Option<&str>)>> {
    let bytes = rest.as_bytes();
    // The first byte from `from` on that `stays` does not hold for: its
    // index (the length at the end), or None when it is not ASCII.
    let run_end = |from: usize, stays: fn(u8) -> bool| -> Option<usize> {
        let end = from
            + bytes[from..]
                .iter()
                .position(|&b| !stays(b))
                .unwrap_or(bytes.len() - from);
        bytes.get(end).is_none_or(u8::is_ascii).then_some(end)
    };
    // (whether a byte ends the line: the newline, or past the last byte)
    let ends_line = |i: usize| bytes.get(i).is_none_or(|&b| b == b'\n');
    // (the white space of `char::is_whitespace` among ASCII bytes, the
    // newline apart: it ends the line)
    let start = run_end(0, |b| matches!(b, b'\t' | b'\x0B' | b'\x0C' | b'\r' | b' '))?;
    if !bytes.get(start).is_some_and(u8::is_ascii_alphabetic) {
        return Some(None);
    }
    // (a word: its letters up to the line's end or another ASCII byte)
    let first_end = run_end(start, |b| b.is_ascii_alphabetic())?;
    let first = &rest[start..first_end];
    let second_start = run_end(first_end, |b| {
        b.is_ascii() && !b.is_ascii_alphabetic() && b != b'\n'
    })?;
    if ends_line(second_start) {
        return Some(Some((first, None)));
    }
    let second_end = run_end(second_start, |b| b.is_ascii_alphabetic())?;
    Some(Some((first, Some(&rest[second_start..second_end]))))
}

/// [`followed_by_dialogue_verb`] of the text `rest` after a quotation,
/// read by characters.
fn dialogue_verb_by_chars(rest: &str) -> bool {
    let line = rest.split('\n').next().unwrap_or("");
    let mut words = line
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty());
    let first = words.next();
    let second = words.next();
    // (the quote is followed by its tag, not by a new sentence)
    let tag_like = line
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase());
    tag_like
        && (first.is_some_and(lexicon::is_dialogue_verb)
            || second.is_some_and(lexicon::is_dialogue_verb))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{marks, sentences};

    fn genre_of(text: &str) -> Genre {
        let paras = sentences::paragraphs(text);
        detect(text, &paras, &marks::find_quotes(text, &paras))
    }

    #[test]
    fn a_conversation_is_fiction() {
        let text = "“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”\n\n“I am tired.”\n\n“Then sleep.”\n\n“I will.”";
        assert_eq!(genre_of(text), Genre::Fiction);
    }

    #[test]
    fn a_report_with_a_long_quotation_is_news() {
        let text = "Ana Silva spoke on Monday.\n\n“We will build,” she said.\n\n“We will win.”\n\n“And we will govern.”\n\nThe vote is on Friday.";
        assert_eq!(genre_of(text), Genre::News);
        assert_eq!(genre_of(""), Genre::News);
    }

    /// The reading by bytes answers as the reading by characters, or
    /// leaves the line to it.
    #[test]
    fn tags_read_as_bytes_as_by_characters() {
        let pieces = [
            "",
            " ",
            "\t",
            "\u{b}",
            "\n",
            "\r\n",
            ",",
            "”",
            "\u{a0}",
            "é",
            "replied",
            "cried",
            "he",
            "Alice",
            "said",
            "1",
            "--",
            "—",
            "repliedé",
            "x",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in [" ", "\n", "é", ""] {
                        let rest = [a, b, d, c].concat();
                        if let Some(words) = ascii_tag_words(&rest) {
                            let by_bytes = words.is_some_and(|(first, second)| {
                                lexicon::is_dialogue_verb(first)
                                    || second.is_some_and(lexicon::is_dialogue_verb)
                            });
                            assert_eq!(by_bytes, dialogue_verb_by_chars(&rest), "{rest:?}");
                        }
                    }
                }
            }
        }
    }

    /// A long report does not turn into fiction by gathering a few signs
    /// of it among hundreds of quotations; a conversation as long stays
    /// fiction.
    #[test]
    fn length_alone_does_not_make_fiction() {
        let mut report = String::from(
            "“Come,” cried Ana.\n\n“No,” replied Bo.\n\n“Why?” cried Ana.\n\n“Tired,” replied Bo.\n\n“Go,” cried Ana.\n\n",
        );
        report.push_str(
            &"Ana Silva spoke. “We will build,” she said. “We will win,” Silva said.\n\n"
                .repeat(300),
        );
        assert_eq!(genre_of(&report), Genre::News);
        let novel = "“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”\n\n“I am tired.”\n\n".repeat(300);
        assert_eq!(genre_of(&novel), Genre::Fiction);
    }
}
