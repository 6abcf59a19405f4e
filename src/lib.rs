//! Find quotations in text and say who said them.
//!
//! `quotative` returns every quoted span of a text — direct quotes, quoted
//! fragments, reported speech and scare quotes — with its byte span, its
//! kind, the speaker's mention and canonical name, the speech cue, and the
//! name of the rule that decided it. It uses ordered sentence-proximity
//! rules, not a statistical model: no model files, no I/O, no global state.
//!
//! # Overview
//!
//! - [`Attributor`] is the engine: build it once ([`Attributor::new`] or
//!   [`Attributor::builder`]) and call [`Attributor::attribute`] per text.
//! - [`Attribution`] is the result: [`Quote`]s in order of start, each with
//!   a [`QuoteKind`], an optional [`Speaker`], a cue and the deciding
//!   [`Rule`], plus the document's speaker [`Entity`] table.
//! - [`Span`] is a byte range into the text you passed in.
//! - [`Workspace`] is reusable scratch space: over many texts, call
//!   [`Attributor::attribute_in`] with one workspace per thread, and the
//!   per-document tables are not allocated afresh for every text.
//!
//! # Example: attribute a news report
//!
//! ```
//! use quotative::{Attributor, QuoteKind};
//!
//! let text = "Dutch Prime Minister Mark Rutte said the EU needed US protection.\n\n\
//!             “We cannot guarantee our own security,” Rutte said.";
//! let result = Attributor::new().attribute(text);
//!
//! let direct = result.quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
//! assert_eq!(direct.span.as_str(text), "“We cannot guarantee our own security,”");
//! let speaker = direct.speaker.as_ref().unwrap();
//! assert_eq!(speaker.mention.as_str(text), "Rutte");
//! assert_eq!(speaker.name, "Mark Rutte");
//! assert_eq!(direct.rule.name(), "quote-then-tag");
//! ```
//!
//! # Example: known speakers
//!
//! ```
//! use quotative::{Attributor, Gender, KnownSpeaker};
//!
//! let attributor = Attributor::builder()
//!     .speaker(KnownSpeaker::new("Elizabeth Bennet").alias("Lizzy").gender(Gender::Female))
//!     .build()
//!     .unwrap();
//! let result = attributor.attribute("“How very odd,” said Lizzy.");
//! assert_eq!(result.quotes[0].speaker.as_ref().unwrap().name, "Elizabeth Bennet");
//! ```
//!
//! # The pipeline
//!
//! 1. [`marks`]: quotation marks are found and paired (curly, straight,
//!    guillemets, corner brackets, `″` closing), apostrophes set aside,
//!    unclosed quotes bounded at the paragraph end.
//! 2. [`genre`]: news or fiction ([`Genre`]), read from the shape of the
//!    dialogue unless the attributor was told.
//! 3. [`sentences`]: paragraphs, tokens (each quotation one token) and
//!    sentences, with abbreviations and initials handled.
//! 4. [`mentions`]: names (titles stripped into canonical names),
//!    pronouns, unnamed sources and organisations, resolved to entities.
//! 5. The rules ([`Rule`]): an ordered sieve over sentence proximity; in
//!    fiction, a last pass reads untagged dialogue as turns of a
//!    conversation.
//! 6. The result ([`Attribution`]): plain data with byte offsets.
//!
//! # Untrusted input
//!
//! [`Attributor::attribute`] accepts any `&str` and never panics.
//! [`Attributor::attribute_bytes`] (or [`Attributor::check_input`]) checks
//! untrusted bytes first and returns an [`Error`] with the byte offset of
//! invalid UTF-8, or both sizes when the input is over
//! [`Attributor::max_input_len`].
//!
//! Every stage does work linear in the input, and every rule looks only a
//! bounded distance around a quote, so hostile text (thousands of stray
//! quotation marks, one endless sentence, megabytes without punctuation)
//! costs time and memory in proportion to its length:
//!
//! - a quotation left open ends at its paragraph's end; an `s’` that may be
//!   a possessive looks at most 2,000 bytes ahead for a closing mark;
//! - a rule looks at most 40 tokens before or after a quote for its cue,
//!   30 tokens across an appositive, and one sentence ahead for a tag;
//! - a reported clause runs at most 400 tokens;
//! - a quote is checked against at most 64 reported clauses of its sentence;
//! - a pronoun looks at most 40 mentions back for its antecedent;
//! - in fiction, a conversation looks at most four turns back and ten
//!   paragraphs of narration back, a pronoun tag at most 30 mentions back
//!   for a name, a narrator's name is checked against the text for at
//!   most six candidates, and the genre's check reads at most 64 bytes
//!   after each quotation.
//!
//! Memory is a small multiple of the input: one token record per word or
//! punctuation mark, one record per mention, quote and entity.
//!
//! # Crate features
//!
//! - `serde` (on by default): `Serialize`/`Deserialize` for the result
//!   types, in the JSON format documented in the README.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod attributor;
mod error;
pub mod genre;
mod lexicon;
pub mod marks;
pub mod mentions;
mod result;
mod rules;
mod scan;
pub mod sentences;
mod span;
mod workspace;

pub use attributor::{Attributor, AttributorBuilder, DEFAULT_MAX_INPUT_LEN};
pub use error::Error;
pub use genre::Genre;
pub use result::{
    Attribution, Entity, EntityKind, Gender, KnownSpeaker, Quote, QuoteKind, Speaker,
};
pub use rules::{Rule, RuleExample};
pub use span::Span;
pub use workspace::Workspace;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_types_are_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Attributor>();
        assert_send_sync::<Attribution>();
        assert_send_sync::<Error>();
        assert_send_sync::<Workspace>();
    }
}
