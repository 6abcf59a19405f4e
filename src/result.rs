//! The result types: plain data with byte offsets into the caller's text.

use crate::genre::Genre;
use crate::rules::Rule;
use crate::span::Span;

/// What kind of quotation a [`Quote`] is.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, QuoteKind};
///
/// let result = Attributor::new().attribute("“We will win,” Ana Silva said.");
/// assert_eq!(result.quotes[0].kind, QuoteKind::Direct);
/// assert_eq!(QuoteKind::Direct.as_str(), "direct");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A quoted utterance: “We cannot guarantee our own security,” Rutte said.
    Direct,
    /// A quoted fragment inside the reporter's own sentence: called Putin
    /// his “best and bosom friend”.
    Partial,
    /// Reported speech without quotation marks; the span covers the
    /// reported clause: Ryabkov said *the Kremlin would not deploy …*.
    Indirect,
    /// A quoted term, title or nickname that nobody is saying: a
    /// “hypersonic” missile. It never carries a speaker.
    Scare,
}

impl QuoteKind {
    /// The kind's name in the JSON output format: `direct`, `partial`,
    /// `indirect` or `scare`.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(quotative::QuoteKind::Scare.as_str(), "scare");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Scare => "scare",
        }
    }
}

/// Who said a quote: the mention used at this quote and the entity it
/// resolves to.
///
/// In JSON the mention's span is flattened into `start`/`end`, which is the
/// `speaker` object of the output format.
///
/// # Examples
///
/// A pronoun speaker keeps the pronoun as its mention and resolves the name:
///
/// ```
/// let text = "Mark Rutte spoke in The Hague. “We cannot wait,” he said.";
/// let result = quotative::Attributor::new().attribute(text);
/// let speaker = result.quotes[0].speaker.as_ref().unwrap();
/// assert_eq!(speaker.mention.as_str(text), "he");
/// assert_eq!(speaker.name, "Mark Rutte");
/// ```
#[derive(Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Speaker {
    /// The canonical name of the resolved entity ("Mark Rutte"), or the
    /// mention's own text when it could not be resolved; for a relative
    /// "who" that refers to nobody named, the words of the noun it
    /// follows ("a campaign surrogate" in "a campaign surrogate who said").
    pub name: String,
    /// The mention of the speaker that the rule used at this quote; may be a
    /// pronoun ("he") or a description ("a spokesman").
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub mention: Span,
    /// The index of the entity in [`Attribution::entities`], when the
    /// mention was resolved to one.
    #[cfg_attr(feature = "serde", serde(default))]
    pub entity: Option<usize>,
}

/// (by hand, for `clone_from`: a speaker given in place of another keeps
/// the memory of the other's name, where the derived one would allocate
/// a new name and free the old one; the attribution of a novel gives its
/// quotations their speakers several times over)
impl Clone for Speaker {
    fn clone(&self) -> Speaker {
        Speaker {
            name: self.name.clone(),
            mention: self.mention,
            entity: self.entity,
        }
    }

    fn clone_from(&mut self, source: &Speaker) {
        // (taken apart, so that a new field cannot be left out unnoticed)
        let Speaker {
            name,
            mention,
            entity,
        } = source;
        self.name.clone_from(name);
        self.mention = *mention;
        self.entity = *entity;
    }
}

/// One quotation found in the text.
///
/// In JSON the quote's span is flattened into `start`/`end`, matching the
/// system output format read by the evaluation scorer.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, QuoteKind};
///
/// let text = "“This is serious,” Putin said.";
/// let quote = &Attributor::new().attribute(text).quotes[0];
/// assert_eq!(quote.span.as_str(text), "“This is serious,”");
/// assert_eq!(quote.content.as_str(text), "This is serious,");
/// assert_eq!(quote.cue.map(|c| c.as_str(text)), Some("said"));
/// assert_eq!(quote.rule.name(), "quote-then-tag");
/// assert!(quote.confidence > 0.5);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Quote {
    /// The quotation, marks included; for [`QuoteKind::Indirect`] the
    /// reported clause.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// What kind of quotation this is.
    pub kind: QuoteKind,
    /// Who said it, if anyone could be found (never for
    /// [`QuoteKind::Scare`]).
    pub speaker: Option<Speaker>,
    /// The text inside the quotation marks (for indirect speech, the same
    /// as `span`).
    pub content: Span,
    /// The speech cue ("said", "according to") that links the quote to its
    /// speaker, when there is one.
    pub cue: Option<Span>,
    /// The rule of the sieve that decided this quote.
    pub rule: Rule,
    /// How sure the deciding rule is, in `0.0..=1.0`.
    pub confidence: f32,
}

/// What sort of thing a speaker entity is.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, EntityKind};
///
/// let result = Attributor::new().attribute("The Kremlin said talks would resume.");
/// assert_eq!(result.entities[0].kind, EntityKind::Organisation);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A named person: "Mark Rutte".
    Person,
    /// An organisation, institution, publication or country: "the Kremlin",
    /// "China", "The New York Times".
    Organisation,
    /// An unnamed source described by a noun phrase: "a spokesman",
    /// "experts", "one post".
    Nominal,
    /// A pronoun that could not be resolved to a named entity.
    Pronoun,
}

/// A speaker's gender, as far as the text or the cast list tells it.
///
/// In JSON it is written as in the evaluation data: `F`, `M`, `X` or `U`.
///
/// # Examples
///
/// ```
/// assert_eq!(quotative::Gender::default(), quotative::Gender::Unknown);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub enum Gender {
    /// Referred to as "she".
    #[cfg_attr(feature = "serde", serde(rename = "F"))]
    Female,
    /// Referred to as "he".
    #[cfg_attr(feature = "serde", serde(rename = "M"))]
    Male,
    /// Neither, or referred to as "they".
    #[cfg_attr(feature = "serde", serde(rename = "X"))]
    Other,
    /// Not known.
    #[default]
    #[cfg_attr(feature = "serde", serde(rename = "U"))]
    Unknown,
}

/// A speaker entity of a document: a canonical name and every mention of it.
///
/// # Examples
///
/// ```
/// let text = "Russian President Vladimir Putin said it was serious. Putin smiled.";
/// let result = quotative::Attributor::new().attribute(text);
/// let putin = &result.entities[0];
/// assert_eq!(putin.name, "Vladimir Putin");
/// assert_eq!(putin.mentions.len(), 2);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Entity {
    /// The canonical name, titles and roles stripped ("Vladimir Putin").
    pub name: String,
    /// What sort of speaker this is.
    pub kind: EntityKind,
    /// The gender, when known.
    pub gender: Gender,
    /// Every mention of the entity in the text, in order.
    pub mentions: Vec<Span>,
}

/// Everything found in one document: its quotes, in order of `start`, and
/// its speaker entities, which quotes point into.
///
/// # Examples
///
/// ```
/// let text = "“Hello,” said Ana Silva. Officials said the talks failed.";
/// let result = quotative::Attributor::new().attribute(text);
/// assert_eq!(result.quotes.len(), 2);
/// assert!(result.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Attribution {
    /// The quotes, in order of their start offset.
    pub quotes: Vec<Quote>,
    /// The speaker entities of the document.
    pub entities: Vec<Entity>,
    /// The genre the document was read as: [`Genre::News`] or
    /// [`Genre::Fiction`] (what the attributor was set to, or what it
    /// detected).
    pub genre: Genre,
}

/// No quotes and no entities, read as news (what an empty text gives).
impl Default for Attribution {
    fn default() -> Attribution {
        Attribution {
            quotes: Vec::new(),
            entities: Vec::new(),
            genre: Genre::News,
        }
    }
}

/// A speaker the caller knows about in advance: a newsroom's list of
/// politicians, a novel's cast.
///
/// Mentions that match the name or an alias resolve to this speaker's
/// canonical `name`.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, Gender, KnownSpeaker};
///
/// let lizzy = KnownSpeaker::new("Elizabeth Bennet").alias("Lizzy").gender(Gender::Female);
/// let attributor = Attributor::builder().speaker(lizzy).build().unwrap();
/// let result = attributor.attribute("“Indeed,” said Lizzy.");
/// assert_eq!(result.quotes[0].speaker.as_ref().unwrap().name, "Elizabeth Bennet");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct KnownSpeaker {
    /// The canonical name.
    pub name: String,
    /// Other names the speaker goes by.
    #[cfg_attr(feature = "serde", serde(default))]
    pub aliases: Vec<String>,
    /// The speaker's gender, used to resolve pronouns.
    #[cfg_attr(feature = "serde", serde(default))]
    pub gender: Gender,
}

impl KnownSpeaker {
    /// A known speaker with a canonical name, no aliases and unknown gender.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = quotative::KnownSpeaker::new("Mark Rutte");
    /// assert!(s.aliases.is_empty());
    /// ```
    pub fn new(name: impl Into<String>) -> KnownSpeaker {
        KnownSpeaker {
            name: name.into(),
            aliases: Vec::new(),
            gender: Gender::Unknown,
        }
    }

    /// Adds another name the speaker goes by.
    ///
    /// # Examples
    ///
    /// ```
    /// let s = quotative::KnownSpeaker::new("Mark Rutte").alias("Rutte");
    /// assert_eq!(s.aliases, ["Rutte"]);
    /// ```
    pub fn alias(mut self, alias: impl Into<String>) -> KnownSpeaker {
        self.aliases.push(alias.into());
        self
    }

    /// Sets the speaker's gender.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Gender, KnownSpeaker};
    /// assert_eq!(KnownSpeaker::new("Ana").gender(Gender::Female).gender, Gender::Female);
    /// ```
    pub fn gender(mut self, gender: Gender) -> KnownSpeaker {
        self.gender = gender;
        self
    }
}
