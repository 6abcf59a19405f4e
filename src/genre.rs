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
/// paragraphs that are nothing but a quotation, and quotations that show
/// a novel's dialogue (a tag with a verb of dialogue or an inverted
/// pronoun, an opening interjection, a person addressed, speech broken
/// off: see [`detect`]). Of the 924 PolNeAR news articles none has more
/// than two (882 have none); of the 21 PDNC novels none has fewer than
/// 144.
pub const SIGNS_OF_FICTION: usize = 4;

/// At most how many quotations a fiction shows per sign of fiction. The
/// 21 PDNC novels have one sign per 7 quotations at the most sparse; the
/// 84 PolNeAR dev articles joined into one text, one per 248 (the 840
/// train articles, one per 229). So a text does not turn into fiction by
/// being long: news repeated to a megabyte stays news.
pub const QUOTES_PER_SIGN: usize = 50;

/// Reads the genre of `text` from its `paragraphs` (as
/// [`sentences::paragraphs`](crate::sentences::paragraphs) finds them) and
/// `quotes` (as [`marks::find_quotes`](crate::marks::find_quotes) finds
/// them): [`Genre::Fiction`] when it shows at least [`SIGNS_OF_FICTION`]
/// signs of fiction, and at least one per [`QUOTES_PER_SIGN`] of its
/// quotations; [`Genre::News`] otherwise. The signs are pairs of
/// adjacent paragraphs that are each nothing but one quotation (“Why
/// not?” / “I am tired.”), and quotations that show a novel's dialogue,
/// one sign each at most:
///
/// - a verb of dialogue after the quotation in its paragraph (across a
///   line break too), before or after a one-word speaker (“…,” cried
///   Alice; “…,” he replied), or a verb of saying with the pronoun after
///   it and a mark after that (“…,” said he, “…”);
/// - an interjection opening it, with a comma or an exclamation mark
///   (“Oh, it is you!”, “Ah!”, “Why, they have gone!”; not “Well,”,
///   “Yes,” or “No,”, with which interviews open too);
/// - a person addressed after a comma (“Yes, sir.”, “Come, my dear, and
///   sit down.”, “How long, Miss Morland?”);
/// - speech broken off at a dash (“But I thought--”).
///
/// A news report quotes whole statements of people who talk to the
/// reporter; a novel's characters exclaim, talk to each other and cut
/// each other short, so a short excerpt of one shows these signs where it
/// has no two lines of dialogue in a row. Never returns [`Genre::Detect`].
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
        let para_end = paragraph_end(text, paragraphs, quote.span.end);
        signs += usize::from(shows_sign(text, quote, para_end));
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

/// The end of the paragraph (of `paragraphs`, in text order) that ends at
/// or after `at`: the end of a quotation's paragraph, before which its tag
/// lies (the end of `text` after the last paragraph).
fn paragraph_end(text: &str, paragraphs: &[Span], at: usize) -> usize {
    paragraphs
        .get(paragraphs.partition_point(|para| para.end < at))
        .map_or(text.len(), |para| para.end)
}

/// Whether the quotation `quote` shows a sign of fiction (one at most,
/// however many it shows): a tag with a verb of dialogue or a pronoun after
/// its verb (“…,” he replied; “…,” said he) before `para_end`, the end of
/// its paragraph, an opening interjection (“Oh, …”), a person addressed
/// (“…, sir.”), or speech broken off (“But I--”).
fn shows_sign(text: &str, quote: &QuotedSpan, para_end: usize) -> bool {
    // (the cheap readings first: the tag and the ends of the quotation,
    // then its commas)
    tagged_as_dialogue(text, quote.span.end, para_end)
        || opens_with_interjection(text, quote.content)
        || broken_off(text, quote)
        || addresses_someone(text, quote.span)
}

/// Words that open a novel's exclamations, not a news source's sentences,
/// when a comma or an exclamation mark follows (“Oh, I hoped so!”, “Ah!”,
/// “Why, it is you!”). Not “Well,”, “Yes,” or “No,”: interviews open with
/// them too.
const INTERJECTIONS: [&str; 8] = ["Oh", "Ah", "Why", "Nay", "Aye", "Alas", "Pooh", "Hush"];

/// Whether the quotation whose words are `content` opens with one of the
/// [`INTERJECTIONS`] and a comma or an exclamation mark (“Oh, no!”; also
/// in italics, “_Ah_!”).
fn opens_with_interjection(text: &str, content: Span) -> bool {
    let words = text.get(content.range()).unwrap_or("");
    let words = words.strip_prefix('_').unwrap_or(words);
    // (their first letters asked first: most quotations open otherwise)
    if !matches!(
        words.as_bytes().first(),
        Some(b'O' | b'A' | b'W' | b'N' | b'P' | b'H')
    ) {
        return false;
    }
    INTERJECTIONS.iter().any(|word| {
        words
            .strip_prefix(word)
            .map(|rest| rest.strip_prefix('_').unwrap_or(rest))
            .is_some_and(|rest| rest.starts_with([',', '!']))
    })
}

/// Words by which a speaker addresses the person spoken to, set off by a
/// comma (“Thank you, sir.”, “Come, my dear, sit down.”): a novel's
/// characters talk to each other, a report's sources seldom talk to
/// someone in the room.
const ADDRESSES: [&str; 12] = [
    "sir",
    "madam",
    "ma'am",
    "ma’am",
    "my dear",
    "my love",
    "my boy",
    "my child",
    "my lord",
    "my lady",
    "my friend",
    "dear",
];

/// Whether the quotation `span` (with its marks) addresses someone after a
/// comma and white space: by one of the [`ADDRESSES`], in any case, or by
/// a woman's title and her name ([`addressed_by_title`]), followed by a
/// mark rather than a word (“Yes, sir.”, “Well, my dear, what now?”,
/// “Come, Miss Morland!”, but not “…, dear friends”).
fn addresses_someone(text: &str, span: Span) -> bool {
    let quote = text.get(span.range()).unwrap_or("");
    let bytes = quote.as_bytes();
    quote.match_indices(',').any(|(comma, _)| {
        // (white space after the comma, and a word starting as one of them)
        let spaces = bytes[comma + 1..]
            .iter()
            .take_while(|b| b.is_ascii_whitespace())
            .count();
        let at = comma + 1 + spaces;
        let addressed = || {
            ADDRESSES.iter().any(|address| {
                let end = at + address.len();
                bytes
                    .get(at..end)
                    .is_some_and(|word| word.eq_ignore_ascii_case(address.as_bytes()))
                    && quote.get(end..).is_some_and(starts_with_mark)
            }) || quote.get(at..).is_some_and(addressed_by_title)
        };
        // (the first two letters of each: si, ma, my, de, and Mi, Mr of
        // the titles; most words after a comma open with neither)
        let opens_one = || {
            bytes.get(at..at + 2).is_some_and(|two| {
                matches!(
                    [two[0].to_ascii_lowercase(), two[1].to_ascii_lowercase()],
                    [b's', b'i'] | [b'm', b'a' | b'y' | b'i' | b'r'] | [b'd', b'e']
                )
            })
        };
        spaces > 0 && opens_one() && addressed()
    })
}

/// Whether `rest` starts with a mark: a character that is neither a
/// letter, a digit nor white space (“,”, “?”, a closing quotation mark).
fn starts_with_mark(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace())
}

/// Whether `words` (after a comma in a quotation) start with “Miss” or
/// “Mrs.” and one or two capitalised words of a name, then a mark: a woman
/// addressed in a novel's drawing room (“How long, Miss Morland?”, “Good
/// night, Mrs. Jennings.”). Not “Mr.”: news quotes address officials by it
/// (“Thank you, Mr. President.”).
fn addressed_by_title(words: &str) -> bool {
    let Some(name) = ["Miss ", "Mrs. ", "Mrs "]
        .iter()
        .find_map(|title| words.strip_prefix(title))
    else {
        return false;
    };
    // (a capitalised word: a capital and small letters, ASCII)
    let word_end = |s: &str| -> Option<usize> {
        let bytes = s.as_bytes();
        let len = 1 + bytes
            .get(1..)?
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
        (bytes[0].is_ascii_uppercase() && len > 1).then_some(len)
    };
    let Some(first) = word_end(name) else {
        return false;
    };
    let rest = &name[first..];
    // (a second word of the name: “Miss Anne Elliot,”)
    let rest = rest
        .strip_prefix(' ')
        .and_then(|second| word_end(second).map(|len| &second[len..]))
        .unwrap_or(rest);
    starts_with_mark(rest)
}

/// Whether the quotation `quote` is broken off: closed right after a dash
/// (“But I--” / “If you would only—”), as a speaker is cut short.
fn broken_off(text: &str, quote: &QuotedSpan) -> bool {
    quote.closed
        && text
            .get(quote.content.range())
            .is_some_and(|words| words.ends_with("--") || words.ends_with('—'))
}

/// The first two words of a tag after a quotation, in the quotation's
/// paragraph (“…,” cried Alice; “…,” he replied, also across the line
/// breaks of a paragraph of several lines), and the character right after
/// the second (“…,” said he, …: a comma), if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TagWords<'t> {
    first: &'t str,
    second: Option<&'t str>,
    after_second: Option<char>,
}

impl TagWords<'_> {
    /// Whether the tag reads as a novel's: a verb of dialogue as its first
    /// or second word (cried Alice, he replied), or a verb of saying with
    /// the pronoun after it, and a mark after that (said he, asked she; not
    /// “said he would”).
    fn is_sign(&self) -> bool {
        lexicon::is_dialogue_verb(self.first)
            || self.second.is_some_and(lexicon::is_dialogue_verb)
            || (matches!(self.first, "said" | "says" | "asked" | "quoth")
                && self.second.is_some_and(|w| matches!(w, "he" | "she" | "I"))
                && self
                    .after_second
                    .is_some_and(|c| !c.is_alphanumeric() && !c.is_whitespace()))
    }
}

/// Whether a tag that reads as a novel's ([`TagWords::is_sign`]) follows
/// the quotation ending at `end`, before `para_end` (the end of its
/// paragraph, a character boundary of `text`).
fn tagged_as_dialogue(text: &str, end: usize, para_end: usize) -> bool {
    // (a tag's two words lie within a few dozen bytes: no need to read on)
    let window = para_end.min(text.len()).min(end + TAG_BYTES);
    let window = (window..text.len().min(window + 4))
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let rest = text.get(end..window).unwrap_or("");
    // (most tags are ASCII: read as bytes, with no characters decoded;
    // a tag with another byte before its second word ends, or right
    // after it, is read by characters, which answers the same)
    match ascii_tag_words(rest) {
        Some(words) => words.is_some_and(|words| words.is_sign()),
        None => tag_words_by_chars(rest).is_some_and(|words| words.is_sign()),
    }
}

/// The [`TagWords`] of `rest`, read as ASCII bytes: `Some(None)` when it
/// does not start (after its white space) with a letter, as a tag does; `None` when a byte that is not ASCII comes
/// before the answer is known (a letter of another script may be part of
/// a word, a space of another script may come first, a closing mark may
/// follow the second word).
fn ascii_tag_words(rest: &str) -> Option<Option<TagWords<'_>>> {
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
    // (the white space of `char::is_whitespace` among ASCII bytes)
    let start = run_end(0, |b| {
        matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ')
    })?;
    if !bytes.get(start).is_some_and(u8::is_ascii_alphabetic) {
        return Some(None);
    }
    // (a word: its letters up to the end or another ASCII byte)
    let first_end = run_end(start, |b| b.is_ascii_alphabetic())?;
    let first = &rest[start..first_end];
    let second_start = run_end(first_end, |b| b.is_ascii() && !b.is_ascii_alphabetic())?;
    if second_start == bytes.len() {
        return Some(Some(TagWords {
            first,
            second: None,
            after_second: None,
        }));
    }
    let second_end = run_end(second_start, |b| b.is_ascii_alphabetic())?;
    Some(Some(TagWords {
        first,
        second: Some(&rest[second_start..second_end]),
        after_second: bytes.get(second_end).map(|&b| char::from(b)),
    }))
}

/// The [`TagWords`] of the text `rest` after a quotation, read by
/// characters: `None` when it does not start (after its white space) with
/// a letter.
fn tag_words_by_chars(rest: &str) -> Option<TagWords<'_>> {
    // (the quote is followed by its tag, not by a new sentence)
    let tag_like = rest
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_uppercase());
    if !tag_like {
        return None;
    }
    // (the words: runs of letters, as byte ranges of `rest`)
    let mut at = 0;
    let mut words = std::iter::from_fn(|| {
        let start = at + rest.get(at..)?.find(char::is_alphabetic)?;
        let end = rest[start..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(rest.len(), |len| start + len);
        at = end;
        Some((start, end))
    });
    let (start, end) = words.next()?;
    let second = words.next();
    Some(TagWords {
        first: &rest[start..end],
        second: second.map(|(start, end)| &rest[start..end]),
        after_second: second.and_then(|(_, end)| rest[end..].chars().next()),
    })
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
            "she",
            "I",
            ".",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    for d in [" ", "\n", "é", ""] {
                        let rest = [a, b, d, c].concat();
                        if let Some(words) = ascii_tag_words(&rest) {
                            assert_eq!(words, tag_words_by_chars(&rest), "{rest:?}");
                        }
                    }
                }
            }
        }
    }

    /// The quotations of a novel that show a sign of fiction each, and
    /// quotations like them in a report that show none.
    #[test]
    fn quotations_that_show_a_sign_of_fiction() {
        let shows = |text: &str| {
            let paras = sentences::paragraphs(text);
            marks::find_quotes(text, &paras)
                .iter()
                .any(|quote| shows_sign(text, quote, paragraph_end(text, &paras, quote.span.end)))
        };
        for novel in [
            "“Oh, it is you!” Mary laughed.",
            "“_Ah_! I see.”",
            "“Why, they have gone!”",
            "“Yes, sir.”",
            "“Come, my dear, and sit down.”",
            "“You are late, Ma’am,” the porter said.",
            "“How long, Miss Morland?”",
            "“Good night, Mrs. Jennings.”",
            "“Sit down, Miss Anne Elliot, and listen.”",
            "“But I thought--”",
            "“If only you had—” Her voice failed.",
            "“Go on,” said he, “and be quick.”",
            "“No,” says she.",
            "“Never!” cried the captain.",
            "He waited.\n\n“Never mind,” he\nreplied, “I shall go.”",
        ] {
            assert!(shows(novel), "{novel}");
        }
        for report in [
            "“Well, we will see,” she said.",
            "“Yes, we can,” Obama said.",
            "“Why?” asked Ana Silva.",
            "“Oh” was all he wrote.",
            "“Thank you, dear friends,” the mayor said.",
            "“It is fine, Sirius,” Silva said.",
            "“Thank you, Mr. President,” she said.",
            "“It was, Mrs. Reyes said, a mistake.”",
            "“We will, Miss Universe or not.”",
            "The plan was “a sham,” said he would vote no.",
            "“We will build,” said Ana Silva.",
            "“We will -- and we must -- win,” she said.",
            "“We will win.”\n\nShouted slogans filled the hall.",
            "“We will win,” Silva said.\nReplied Reyes: “No.”",
        ] {
            assert!(!shows(report), "{report}");
        }
    }

    /// An excerpt of a novel with no two quotation-only paragraphs in a
    /// row and no verb of dialogue reads as fiction by its other signs; a
    /// report with the same number of quotations, as news.
    #[test]
    fn an_excerpt_of_dialogue_is_fiction() {
        let excerpt = "“Oh, it is you,” said Tom.\n\nMary smiled. “Yes, sir. I came back.”\n\n\
                       “But I thought--”\n\nHe waved a hand. “Come in,” said he, “and sit.”";
        assert_eq!(genre_of(excerpt), Genre::Fiction);
        let report = "“Well, it is over,” said Tom Reyes.\n\nSilva agreed. “Yes, we came back.”\n\n\
                      “We will run again.”\n\nReyes was asked. “We will see,” said Reyes, “in May.”";
        assert_eq!(genre_of(report), Genre::News);
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
