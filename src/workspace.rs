//! Scratch space reused from one document to the next.

use crate::marks::QuotedSpan;
use crate::mentions::Mention;
use crate::sentences::Segmentation;
use crate::span::Span;
use crate::{mentions, rules, Attribution};
use std::fmt;

/// Reusable scratch space for [`Attributor::attribute_in`]: the
/// per-document tables of the pipeline (paragraphs, quotation marks,
/// tokens and their word classes, sentences, mention candidates and
/// mentions, the table of names by which mentions are resolved into
/// entities, the sieve's running counts and lookup tables), kept empty
/// between documents with their memory.
///
/// [`Attributor::attribute`] builds these tables afresh for every text.
/// For a text of a megabyte or more they take about ten bytes of fresh
/// memory per byte of input, which the allocator hands back to the
/// operating system after the call and has to fault in again on the next
/// one. Reusing one workspace for many texts skips that: keep one per
/// thread (a workspace is `Send`, and holds no text between calls), and
/// drop it to give the memory back. It grows to the largest document it
/// has seen.
///
/// The results are exactly those of [`Attributor::attribute`]: nothing of
/// one document is left for the next.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, Workspace};
///
/// let attributor = Attributor::new();
/// let mut workspace = Workspace::new();
/// for text in ["“Not today,” Ana Silva said.", "Mark Rutte said the EU needed help."] {
///     let result = attributor.attribute_in(text, &mut workspace);
///     assert_eq!(result, attributor.attribute(text));
/// }
/// ```
///
/// [`Attributor::attribute_in`]: crate::Attributor::attribute_in
/// [`Attributor::attribute`]: crate::Attributor::attribute
#[derive(Default)]
pub struct Workspace {
    pub(crate) paragraphs: Vec<Span>,
    pub(crate) quotes: Vec<QuotedSpan>,
    pub(crate) segmentation: Segmentation,
    pub(crate) mentions: mentions::Scratch,
    pub(crate) sieve: rules::Scratch,
}

impl Workspace {
    /// An empty workspace: it allocates nothing until its first document.
    ///
    /// # Examples
    ///
    /// ```
    /// let mut workspace = quotative::Workspace::new();
    /// let result = quotative::Attributor::new().attribute_in("“Hi,” he said.", &mut workspace);
    /// assert_eq!(result.quotes.len(), 1);
    /// ```
    pub fn new() -> Workspace {
        Workspace::default()
    }

    /// Takes back a result that the caller is done with, so that the next
    /// documents attributed in this workspace reuse its memory: the names
    /// and lists of mentions of its entities are refilled for theirs,
    /// instead of being freed here and allocated afresh there, and so are
    /// the names of its quotes' speakers. A corpus loop that gives each
    /// result back once it has written it out allocates and frees little
    /// per document but the lists of quotes and entities.
    ///
    /// The results are the same as without it. The workspace keeps that
    /// memory emptied (it still holds no text between calls), and at most
    /// as many entities and names as the largest document it has
    /// attributed had entities and quotes; it drops the rest.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, Workspace};
    ///
    /// let attributor = Attributor::new();
    /// let mut workspace = Workspace::new();
    /// for text in ["“Not today,” Ana Silva said.", "Mark Rutte said the EU needed help."] {
    ///     let result = attributor.attribute_in(text, &mut workspace);
    ///     assert_eq!(result, attributor.attribute(text));
    ///     // (written out here, then given back for its memory)
    ///     workspace.recycle(result);
    /// }
    /// ```
    pub fn recycle(&mut self, result: Attribution) {
        self.mentions.give_back_entities(result.entities);
        self.sieve.give_back_names(result.quotes);
    }
}

impl Workspace {
    /// A workspace for one document ([`Attributor::attribute`]'s), to
    /// which no result is given back.
    ///
    /// [`Attributor::attribute`]: crate::Attributor::attribute
    pub(crate) fn for_one_document() -> Workspace {
        Workspace {
            mentions: mentions::Scratch::for_one_document(),
            ..Workspace::default()
        }
    }

    /// Puts the tables of a document back, emptied (so that the
    /// workspace holds no text between calls).
    pub(crate) fn give_back(
        &mut self,
        paragraphs: Vec<Span>,
        quotes: Vec<QuotedSpan>,
        segmentation: Segmentation,
        mentions: Vec<Mention>,
    ) {
        self.paragraphs = reuse(paragraphs, 0);
        self.quotes = reuse(quotes, 0);
        let Segmentation {
            tokens,
            sentences,
            classes,
            heads,
        } = segmentation;
        self.segmentation = Segmentation {
            tokens: reuse(tokens, 0),
            sentences: reuse(sentences, 0),
            classes: reuse(classes, 0),
            heads: reuse(heads, 0),
        };
        self.mentions.mentions = reuse(mentions, 0);
    }
}

impl fmt::Debug for Workspace {
    /// The capacity of the largest tables (in elements), not their
    /// contents, which are empty between documents.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Workspace")
            .field("tokens", &self.segmentation.tokens.capacity())
            .field("sentences", &self.segmentation.sentences.capacity())
            .field("mentions", &self.mentions.mentions.capacity())
            .finish_non_exhaustive()
    }
}

/// `v` emptied and with room for `capacity` elements: a recycled buffer
/// keeps its memory (and grows as [`Vec::reserve`] grows it), a new one
/// gets exactly `capacity`, as [`Vec::with_capacity`] would.
#[inline]
pub(crate) fn reuse<T>(mut v: Vec<T>, capacity: usize) -> Vec<T> {
    v.clear();
    v.reserve(capacity);
    v
}

/// `v` emptied, as a vector of another element type of the same size and
/// alignment, keeping its memory: a buffer of records that borrow from
/// one document relabelled for the next (`Candidate<'t>` to
/// `Candidate<'static>`). (The standard library collects a vector's
/// `into_iter` in place where the layouts match; where they do not, the
/// result is a new, empty vector.)
#[inline]
pub(crate) fn relabel<T, U>(mut v: Vec<T>) -> Vec<U> {
    v.clear();
    v.into_iter().filter_map(|_| None).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relabel_keeps_the_memory() {
        let v: Vec<&str> = Vec::with_capacity(100);
        let w: Vec<&'static str> = relabel(v);
        assert!(w.is_empty());
        assert!(w.capacity() >= 100);
    }

    #[test]
    fn reuse_empties_and_makes_room() {
        let v = reuse(vec![1, 2, 3], 10);
        assert!(v.is_empty());
        assert!(v.capacity() >= 10);
    }
}
