//! The capitalised runs of a quotation's words, and those that address
//! someone (vocatives: “Mary, come here”).

use super::*;

/// The words of a quotation that may name the person it addresses: a run
/// of capitalised words (with the dots of Mr. and Mrs.) at the start or
/// after a comma, an exclamation or "dear", and before a comma, an
/// exclamation, a question mark, a full stop or the end.
#[cfg(test)]
pub(super) fn vocatives(words: &str) -> impl Iterator<Item = &str> {
    capitalised_runs(words)
        .filter(|&(start, end, _)| is_vocative(words, start, end))
        .map(|(start, end, _)| &words[start..end])
}

/// The vocatives ([`is_vocative`]) among the runs of a quotation read
/// once ([`QuoteRuns`]).
pub(super) fn run_vocatives<'w, 'r>(
    words: &'w str,
    runs: &'r [Run],
) -> impl Iterator<Item = &'w str> + 'r
where
    'w: 'r,
{
    runs.iter()
        .filter(|r| r.vocative)
        .map(|r| &words[r.start..r.end])
}

/// Whether the capitalised run `start..end` of `words` is a vocative, a
/// run that may name the person the quotation addresses: at the start or
/// after a comma, an exclamation or "dear", and before a comma, an
/// exclamation, a question mark, a full stop or the end.
fn is_vocative(words: &str, start: usize, end: usize) -> bool {
    // (the byte after the spaces, read as it is when ASCII; the rest of
    // the words trimmed as text only past other white space: “Mary\u{a0}!”)
    let rest = &words.as_bytes()[end..];
    let closes = match rest.iter().position(|&b| !is_ascii_white(b)) {
        None => true,
        Some(k) if rest[k].is_ascii() => matches!(rest[k], b',' | b'!' | b'?' | b'.' | b';'),
        Some(k) => {
            let after = words[end + k..].trim_start();
            after.is_empty() || after.starts_with([',', '!', '?', '.', ';'])
        }
    };
    // (what comes before is read only for a run that closes: most
    // capitalised words go on with the sentence)
    let opens = || {
        let before = words[..start].trim_end();
        before.is_empty()
            || before.ends_with([',', '!', '?', '—', '-'])
            || before.ends_with(" dear")
            || before.ends_with("Dear")
            || before.ends_with(" my")
            || before.ends_with("My")
            || before.ends_with("Oh")
            || before.ends_with(" O")
    };
    closes && opens()
}

/// Whether an ASCII byte is white space as [`char::is_whitespace`] reads
/// it (with the vertical tab, which [`u8::is_ascii_whitespace`] leaves out).
fn is_ascii_white(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
}

/// A capitalised run of a quotation ([`capitalised_runs`]), as the byte
/// range of its words, whether it has more than one word, and whether it
/// is a vocative ([`is_vocative`]).
#[derive(Clone, Copy)]
pub(super) struct Run {
    pub(super) start: usize,
    pub(super) end: usize,
    /// Whether the run's words are several, joined by spaces (Lady
    /// Brenda): most runs are one word (I, The), whose readings after the
    /// first word need no search for a space.
    pub(super) spaced: bool,
    vocative: bool,
    /// The person the run names ([`People::named_by_run`]), looked up as the
    /// quotation is read for its runs, while its words are at hand.
    pub(super) names: Option<usize>,
}

/// The capitalised runs of every quotation but scare quotes, read once
/// and shared by every reading of the lines: the titles they give, the
/// names they say, whom they address.
pub(super) struct QuoteRuns {
    /// The runs of every quotation, one after another.
    runs: Vec<Run>,
    /// Quotation `n`'s runs are `runs[at[n]..at[n + 1]]`.
    at: Vec<usize>,
    /// Where in the text the runs of two words or more are (I, Hercule
    /// Poirot, …), in order: the names the lines say in full.
    pub(super) spaced: Vec<Span>,
}

impl QuoteRuns {
    /// The runs of `quoted`, each with the one of `people` it names.
    pub(super) fn of(quoted: &[Quote], text: &str, people: &People) -> QuoteRuns {
        let mut runs = Vec::new();
        let mut at = Vec::with_capacity(quoted.len() + 1);
        let mut spaced_runs = Vec::new();
        at.push(0);
        for q in quoted {
            if q.kind != QuoteKind::Scare {
                let words = q.content.as_str(text);
                let from = q.content.start;
                runs.extend(capitalised_runs(words).map(|(start, end, spaced)| {
                    if spaced {
                        spaced_runs.push(Span::new(from + start, from + end));
                    }
                    Run {
                        start,
                        end,
                        spaced,
                        vocative: is_vocative(words, start, end),
                        names: people.named_by_run(words, start, end, spaced),
                    }
                }));
            }
            at.push(runs.len());
        }
        QuoteRuns {
            runs,
            at,
            spaced: spaced_runs,
        }
    }

    /// The runs of quotation `n`.
    pub(super) fn of_quote(&self, n: usize) -> &[Run] {
        &self.runs[self.at[n]..self.at[n + 1]]
    }
}

/// The runs of capitalised words of a quotation (with the dots of Mr. and
/// Mrs.), each as its byte range and whether it has several words (joined
/// by spaces): the words that may name a person.
fn capitalised_runs(words: &str) -> impl Iterator<Item = (usize, usize, bool)> + '_ {
    let bytes = words.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            // The start of a capitalised run, at a boundary.
            i = scan::ascii_uppercase(bytes, i)?;
            let start = i;
            if i > 0 && scan::ALPHANUMERIC[usize::from(bytes[i - 1])] {
                i += 1;
                continue;
            }
            // The run: capitalised words joined by single spaces.
            let mut end = start;
            let mut spaced = false;
            loop {
                end = vocative_word_end(words, end);
                if bytes.get(end) == Some(&b'.')
                    && matches!(
                        &words[start..end].rsplit(' ').next(),
                        Some("Mr" | "Mrs" | "Dr" | "Ms" | "St")
                    )
                {
                    end += 1;
                }
                if bytes.get(end) == Some(&b' ')
                    && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
                {
                    end += 1;
                    spaced = true;
                    continue;
                }
                break;
            }
            i = end.max(start + 1);
            if end > start {
                return Some((start, end, spaced));
            }
        }
        None
    })
}

/// `JOINS_VOCATIVE_WORD[b]`: whether the byte `b` goes on a word of a
/// vocative ([`vocative_word_end`]): an ASCII letter or digit, an
/// apostrophe or a hyphen. (One load, where the tests were eight
/// instructions, for every byte of every capitalised word.)
const JOINS_VOCATIVE_WORD: [bool; 256] = {
    let mut joins = scan::ALPHANUMERIC;
    joins[b'\'' as usize] = true;
    joins[b'-' as usize] = true;
    joins
};

/// The end of the word of a vocative that starts at `from`: its letters
/// and digits, apostrophes and hyphens. ASCII bytes are read as they are
/// (for them `char::is_alphanumeric` is `u8::is_ascii_alphanumeric`); from
/// the first other byte on, characters are decoded.
pub(super) fn vocative_word_end(words: &str, from: usize) -> usize {
    let bytes = words.as_bytes();
    let mut end = from;
    while let Some(&b) = bytes.get(end) {
        if JOINS_VOCATIVE_WORD[usize::from(b)] {
            end += 1;
        } else if b.is_ascii() {
            return end;
        } else {
            return end
                + words[end..]
                    .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                    .unwrap_or(words.len() - end);
        }
    }
    end
}

/// Whether a vocative reads as a person's name, not a form of address
/// (Sir, Madam, Mother, Darling) or an exclamation.
pub(super) fn is_name_like(words: &str) -> bool {
    // (letters, spaces and the dots of Mr., with a vowel: not H'm, Hm)
    words
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '.')
        && words.chars().any(|c| "aeiouyAEIOUY".contains(c))
        && !matches!(
            words,
            "Sir"
                | "Madam"
                | "Ma'am"
                | "Mother"
                | "Father"
                | "Mama"
                | "Mamma"
                | "Papa"
                | "Darling"
                | "Dear"
                | "Dearest"
                | "Love"
                | "Lord"
                | "God"
                | "Good God"
                | "Gentlemen"
                | "Ladies"
                | "Mrs"
                | "Mr"
                | "Miss"
                | "Master"
                | "Doctor"
                | "Captain"
                | "Colonel"
                | "Uncle"
                | "Aunt"
                | "Boy"
                | "Girl"
                | "Child"
                | "Friend"
                | "Heaven"
                | "Monsieur"
                | "Madame"
                | "I"
                | "O"
                | "Oh"
                | "Ah"
                | "No"
                | "Yes"
        )
}
