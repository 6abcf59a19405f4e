//! The fast quote scanner, `quotative::marks::find_quotes`, against a
//! simple reference written here.
//!
//! On every text the reference checks what the scanner promises whatever
//! the marks: quotes in order and not overlapping; each opens with a real
//! quotation mark; a closed quote ends with a real quotation mark of the
//! same family (double or single) and has content; an unclosed quote ends
//! at a paragraph's end and has more than white space in it.
//!
//! On texts whose only quotation mark is the ASCII `"` and where every `"`
//! is plainly an opening mark (space or paragraph start before it, a letter
//! or digit after) or plainly a closing mark (a letter, digit or . , ! ?
//! before it; space, paragraph end or punctuation after), with no quote
//! inside another, the reference pairs the marks naively from left to
//! right: an opening mark with the next closing mark, a closing mark with
//! nothing open ignored, a quote left open bounded at its paragraph's end
//! unless the next paragraph opens with `"` (the multi-paragraph
//! convention of the `marks` module docs). The scanner must find exactly
//! those quotes.
//!
//! The first input byte chooses the text: even, the rest of the input as
//! text; odd, a text assembled from words, spaces, newlines, punctuation
//! and (mostly straight double) quotation marks, one piece per byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotative::marks::{find_quotes, QuotedSpan};
use quotative::sentences::paragraphs;
use quotative::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

/// The family of a quotation mark character, or `None` for any other
/// character. Every mark the `marks` module documents.
fn family(c: char) -> Option<Family> {
    match c {
        '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″' | '「' | '」' => {
            Some(Family::Double)
        }
        '\'' | '‘' | '’' | '‚' | '‛' | '‹' | '›' | '『' | '』' => {
            Some(Family::Single)
        }
        _ => None,
    }
}

/// The quotation mark at the start of `s`, with its byte length.
fn mark_at_start(s: &str) -> Option<(Family, usize)> {
    let c = s.chars().next()?;
    Some((family(c)?, c.len_utf8()))
}

/// The properties every result of the scanner has.
fn check_generic(text: &str, paras: &[Span], quotes: &[QuotedSpan]) {
    for w in quotes.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "quotes overlap or are out of order: {:?} {:?}",
            w[0],
            w[1]
        );
    }
    for q in quotes {
        let (span, content) = (q.span, q.content);
        assert!(span.start <= span.end && span.end <= text.len(), "{q:?}");
        assert!(span.contains(content), "{q:?}");
        for at in [span.start, span.end, content.start, content.end] {
            assert!(text.is_char_boundary(at), "{q:?}: {at} is not a boundary");
        }
        let (open_family, open_len) = mark_at_start(&text[span.start..])
            .unwrap_or_else(|| panic!("{q:?} does not open with a quotation mark"));
        assert_eq!(content.start, span.start + open_len, "{q:?}");
        if q.closed {
            let close = &text[content.end..span.end];
            let (close_family, close_len) = mark_at_start(close)
                .unwrap_or_else(|| panic!("{q:?} does not close with a quotation mark"));
            assert_eq!(close_len, close.len(), "{q:?}: more than one closing mark");
            assert_eq!(open_family, close_family, "{q:?}: marks of two families");
            assert!(!content.is_empty(), "{q:?}: a closed quote with no content");
        } else {
            assert_eq!(content.end, span.end, "{q:?}");
            assert!(
                paras.iter().any(|p| p.end == span.end),
                "{q:?}: an unclosed quote that does not end at a paragraph's end"
            );
            assert!(
                !text[content.range()].trim().is_empty(),
                "{q:?}: an unclosed quote of white space"
            );
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
}

/// How a `"` at byte `i` of paragraph `para` reads, if plainly.
fn plain_mark(text: &str, para: Span, i: usize) -> Option<Mark> {
    let prev = text[para.start..i].chars().next_back();
    let next = text[i + 1..para.end].chars().next();
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if space(prev) && alnum(next) {
        Some(Mark::Open)
    } else if (alnum(prev) || matches!(prev, Some('.' | ',' | '!' | '?')))
        && (space(next) || matches!(next, Some('.' | ',' | ';' | ':' | '!' | '?')))
    {
        Some(Mark::Close)
    } else {
        None
    }
}

/// The naive left-to-right pairing, or `None` when the text is outside
/// its domain (another quotation mark, a `"` that is not plain, a quote
/// inside a quote).
fn reference(text: &str, paras: &[Span]) -> Option<Vec<QuotedSpan>> {
    if text.chars().any(|c| family(c).is_some() && c != '"') {
        return None;
    }
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (p, &para) in paras.iter().enumerate() {
        let mut from = para.start;
        if open.is_some() {
            from += 1; // the continuation mark
        }
        for (offset, _) in text[from..para.end].match_indices('"') {
            let i = from + offset;
            match (plain_mark(text, para, i)?, open) {
                (Mark::Open, None) => open = Some(i),
                (Mark::Open, Some(_)) => return None,
                (Mark::Close, Some(start)) => {
                    quotes.push(QuotedSpan {
                        span: Span::new(start, i + 1),
                        content: Span::new(start + 1, i),
                        closed: true,
                    });
                    open = None;
                }
                (Mark::Close, None) => {}
            }
        }
        if let Some(start) = open {
            let continues = paras
                .get(p + 1)
                .is_some_and(|next| text[next.start..].starts_with('"'));
            if !continues {
                let content = Span::new(start + 1, para.end);
                if !text[content.range()].trim().is_empty() {
                    quotes.push(QuotedSpan {
                        span: Span::new(start, para.end),
                        content,
                        closed: false,
                    });
                }
                open = None;
            }
        }
    }
    Some(quotes)
}

/// The pieces a generated text is made of.
const PIECES: &[&str] = &[
    "we", "Win", "plan", "2024", "é", "Ω", "it", "no", " ", " ", " ", " ", " ", "\"", "\"", "\"",
    " \"", "\" ", "\"", "\n", "\n\n", "\r\n", "\t", ".", ",", "!", "?", ";", ":", "-", "(", "“",
    "”", "'", "’", "‘", "«", "»", "„", "\u{a0}", "\u{200b}", "\u{1}",
];

fn generated(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| PIECES[usize::from(b) % PIECES.len()])
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let text = if mode % 2 == 0 {
        String::from_utf8_lossy(rest).into_owned()
    } else {
        generated(rest)
    };
    let paras = paragraphs(&text);
    let quotes = find_quotes(&text, &paras);
    check_generic(&text, &paras, &quotes);
    if let Some(expected) = reference(&text, &paras) {
        assert_eq!(quotes, expected, "text {text:?}");
    }
});
