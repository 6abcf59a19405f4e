//! Byte spans into the caller's text.

use std::fmt;
use std::ops::Range;

/// A half-open byte range `start..end` into the text that was attributed.
///
/// Every position the crate reports is a `Span` of UTF-8 byte offsets, so it
/// indexes the caller's `&str` directly and always lies on `char` boundaries.
///
/// # Examples
///
/// Slicing the text with a span:
///
/// ```
/// use quotative::Span;
///
/// let text = "Rutte said so.";
/// let span = Span::from(0..5);
/// assert_eq!(span.as_str(text), "Rutte");
/// assert_eq!(span.len(), 5);
/// assert_eq!(std::ops::Range::from(span), 0..5);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The first byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// Creates the span `start..end`.
    ///
    /// # Examples
    ///
    /// ```
    /// let span = quotative::Span::new(3, 7);
    /// assert_eq!((span.start, span.end), (3, 7));
    /// ```
    #[inline]
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The number of bytes the span covers (0 when `end <= start`).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(quotative::Span::new(2, 10).len(), 8);
    /// ```
    #[inline]
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(quotative::Span::new(4, 4).is_empty());
    /// ```
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The span as a `Range<usize>`, ready for slicing.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "he said";
    /// assert_eq!(&text[quotative::Span::new(3, 7).range()], "said");
    /// ```
    pub const fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The text the span covers, or `""` when the span does not fit `text`
    /// (out of bounds or not on `char` boundaries), so it never panics.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::Span;
    /// assert_eq!(Span::new(0, 2).as_str("hello"), "he");
    /// assert_eq!(Span::new(0, 99).as_str("hello"), "");
    /// ```
    #[inline]
    pub fn as_str<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.range()).unwrap_or("")
    }

    /// The bytes the span covers (none when the span does not fit
    /// `text`), for comparing them with a word: unlike
    /// [`as_str`](Span::as_str) it need not ask whether the span's ends are
    /// on `char` boundaries, which costs more than the comparison of a
    /// short word.
    #[inline]
    pub(crate) fn bytes<'t>(&self, text: &'t str) -> &'t [u8] {
        text.as_bytes().get(self.range()).unwrap_or_default()
    }

    /// Whether `other` lies wholly inside this span.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::Span;
    /// assert!(Span::new(0, 10).contains(Span::new(2, 5)));
    /// assert!(!Span::new(0, 10).contains(Span::new(8, 12)));
    /// ```
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::Span;
    /// assert!(Span::new(0, 10).overlaps(Span::new(9, 12)));
    /// assert!(!Span::new(0, 10).overlaps(Span::new(10, 12)));
    /// ```
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_str_never_panics_off_boundaries() {
        let text = "“é”";
        assert_eq!(Span::new(1, 2).as_str(text), "");
        assert_eq!(Span::new(0, 3).as_str(text), "“");
    }
}
