//! Stage 4: mentions of possible speakers, and the entities they name.
//!
//! Outside quotations, the finder looks for
//! - proper-name sequences, with titles and roles split off into the
//!   canonical name (*Russian President* Vladimir Putin → "Vladimir Putin"),
//!   classed as persons or organisations (the Kremlin, China, The Post);
//! - subject pronouns (he, she, they, I, we);
//! - unnamed sources described by a noun phrase (one post, experts, a
//!   senior administration official, Trump’s spokesman).
//!
//! Mentions are then resolved, in text order, to entities: a full name
//! makes an entity; a surname alone refers back (or ahead) to the full
//! name with that surname; a pronoun refers to the most recent compatible
//! entity; a known speaker's name or alias resolves to that speaker.

use crate::genre::Genre;
use crate::lexicon::{self, WordClass};
use crate::result::{Entity, EntityKind, Gender, KnownSpeaker};
use crate::sentences::{sorted_within, Segmentation, Token, TokenKind};
use crate::span::Span;
use crate::workspace::{relabel, reuse};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::ops::Range;

mod cast;
mod full_names;
mod names;
mod resolution;
mod subjects;

pub(crate) use cast::Cast;
use names::*;
pub(crate) use names::{FxHashMap, FxHasher};
pub(crate) use resolution::{narrator_entity, NARRATOR};
use resolution::{resolve, title_before_name, Found, Names, Novel};
use subjects::subjects_of_cues;
pub(crate) use subjects::{
    after_quantity, is_descriptor, parenthetical_after, parenthetical_before, plural_then_clause,
    skip_back_over_prepositions, skip_back_to_subject,
};

/// How many written forms of one entity's name are counted for its usual
/// name.
const FORMS_PER_ENTITY: usize = 32;

/// How far back (in mentions) a pronoun looks for its antecedent.
const PRONOUN_LOOKBACK: usize = 40;

/// What kind of expression a [`Mention`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, possibly with a title: Sen. Ted Cruz, the Kremlin.
    Name,
    /// A subject pronoun: he, she, they, I, we.
    Pronoun,
    /// A description of an unnamed source: a spokesman, experts.
    Nominal,
}

/// One mention of a possible speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The whole mention, title included ("Russian President Vladimir Putin").
    pub span: Span,
    /// The tokens it covers, as indices into
    /// [`Segmentation::tokens`](crate::sentences::Segmentation::tokens).
    pub tokens: Range<usize>,
    /// What kind of expression it is.
    pub kind: MentionKind,
    /// The entity it resolves to, as an index into [`Mentions::entities`].
    pub entity: Option<usize>,
    /// Whether it is a possessive ("Trump’s"), which cannot be a subject.
    pub possessive: bool,
    /// Whether it follows a preposition ("in China"), which cannot be a subject.
    pub after_preposition: bool,
}

/// The mentions of a document and the entities they resolve to.
///
/// # Examples
///
/// ```
/// use quotative::{marks, mentions, sentences};
///
/// let text = "Dutch Prime Minister Mark Rutte spoke. Rutte said he agreed.";
/// let paras = sentences::paragraphs(text);
/// let quotes = marks::find_quotes(text, &paras);
/// let seg = sentences::segment(text, &paras, &quotes);
/// let found = mentions::find_mentions(text, &seg, &[]);
/// let names: Vec<&str> = found.entities.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["Mark Rutte"]);
/// assert_eq!(found.entities[0].mentions.len(), 3); // Mark Rutte, Rutte, he
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mentions {
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
    /// The entities, in order of first mention.
    pub entities: Vec<Entity>,
}

impl Mentions {
    /// The mention whose last token is `token`, if any.
    pub(crate) fn ending_at(&self, token: usize) -> Option<usize> {
        let idx = self.mentions.partition_point(|m| m.tokens.end <= token);
        (idx < self.mentions.len()
            && self.mentions[idx].tokens.end == token + 1
            && self.mentions[idx].tokens.start <= token)
            .then_some(idx)
    }

    /// The mention whose first token is `token`, if any.
    pub(crate) fn starting_at(&self, token: usize) -> Option<usize> {
        let idx = self.mentions.partition_point(|m| m.tokens.start < token);
        (idx < self.mentions.len() && self.mentions[idx].tokens.start == token).then_some(idx)
    }

    /// The mentions whose tokens lie in `tokens`, as a range of indices.
    /// (Empty for an empty or reversed range.)
    pub(crate) fn within(&self, tokens: &Range<usize>) -> Range<usize> {
        let a = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.start);
        let b = self
            .mentions
            .partition_point(|m| m.tokens.start < tokens.end);
        a..b.max(a)
    }

    /// Each entity's usual name: the form its names take most often in the
    /// text (Darcy, not Fitzwilliam Darcy, in a novel that says Darcy), the
    /// longer of two as common, or the fuller form the text introduces the
    /// character by when it says it again (Bill Gorton, then Bill); an
    /// entity never named keeps its name.
    #[cfg(test)]
    pub(crate) fn usual_names(&self, text: &str) -> Vec<String> {
        self.usual_renames(text, &[])
            .into_iter()
            .zip(&self.entities)
            .map(|(usual, entity)| usual.unwrap_or_else(|| entity.name.clone()))
            .collect()
    }

    /// Each entity's usual name (see `usual_names`), `None` where it is
    /// the entity's name already (most are, and need no new string).
    pub(crate) fn usual_renames(&self, text: &str, said_in_lines: &[Span]) -> Vec<Option<String>> {
        let mut counts: Vec<Vec<(Cow<'_, str>, usize)>> = vec![Vec::new(); self.entities.len()];
        for m in &self.mentions {
            let Some(e) = m.entity.filter(|_| m.kind == MentionKind::Name) else {
                continue;
            };
            let words = name_words(strip_possessive(m.span.as_str(text)).0);
            // (a mention of one token has no white space to make single:
            // most names in a novel are one word)
            let form = if m.tokens.len() < 2 {
                Cow::Borrowed(words)
            } else {
                single_spaced(words)
            };
            // (a handful of forms per entity: a list is enough, and past
            // its bound new forms are not counted)
            let forms = &mut counts[e];
            match forms.iter().position(|(f, _)| *f == form) {
                Some(k) => forms[k].1 += 1,
                None if forms.len() < FORMS_PER_ENTITY => forms.push((form, 1)),
                None => {}
            }
        }
        let mut usual: Vec<Option<String>> = self
            .entities
            .iter()
            .zip(counts)
            .map(|(entity, forms)| {
                // (the fullest form among the common ones: Hercule Poirot
                // over Poirot, if the text says it at least twice and in
                // one of fifty of the names)
                let total: usize = forms.iter().map(|(_, n)| n).sum();
                // How full a form is: two points for each word of the
                // name itself, and one for titles before a single word. A
                // title says more than a surname alone (Mr. Turton over
                // Turton), a given name more than a title (Henry Crawford
                // over Mr. Crawford: in a novel a family shares its
                // surname), and "Mr." before a given name adds nothing
                // (Mr. Toby Crackit is no fuller than Toby Crackit). An
                // article is no word of the name (the Charles's is not
                // fuller than Charles), but "Mrs" before a husband's name
                // is one (Mrs Charles Musgrove is not Charles Musgrove).
                let fullness = |form: &str| {
                    let bare = ["the ", "The "]
                        .iter()
                        .find_map(|a| form.strip_prefix(a))
                        .unwrap_or(form);
                    // (a hyphened title by its last part: Detective-Inspector)
                    let is_title = |w: &str| {
                        let w = w.trim_end_matches('.');
                        let last = w.rsplit('-').next().unwrap_or(w);
                        matches!(w, "Messrs" | "Mesdames") || WordClass::of(last).is_title()
                    };
                    let n = bare.split(' ').count();
                    let husbands = n >= 3 && matches!(bare.split(' ').next(), Some("Mrs" | "Mrs."));
                    let titles = bare.split(' ').filter(|w| is_title(w)).count();
                    match n - titles.saturating_sub(usize::from(husbands)) {
                        0 => 2 * n,
                        1 if titles > 0 => 3,
                        named => 2 * named,
                    }
                };
                let common = forms
                    .iter()
                    .filter(|(_, n)| *n >= 2 && n * 50 >= total)
                    .max_by_key(|(form, n)| (fullness(form), *n, form.len()));
                // (the form a character is introduced by, when it is
                // fuller than the common one: Bill Gorton, then Bill; if
                // the text says it again, or if it is a person's given
                // name and surname, with no title, said once: This was
                // Adela Quested, then Miss Quested and Adela)
                let given_and_surname =
                    |form: &str| fullness(form) == 4 && form.split(' ').count() == 2;
                let introduced = forms.first().filter(|(form, n)| {
                    (*n >= 2 || (entity.kind == EntityKind::Person && given_and_surname(form)))
                        && common.is_some_and(|(c, _)| fullness(form) > fullness(c))
                });
                introduced
                    .or(common)
                    .or_else(|| forms.iter().max_by_key(|(form, n)| (*n, form.len())))
                    .filter(|(form, _)| *form != entity.name)
                    .map(|(form, _)| form.to_string())
            })
            .collect();
        // (and the full name the lines give one who goes by their
        // surname: Hercule Poirot)
        full_names::full_names(text, &self.entities, said_in_lines, &mut usual);
        usual
    }

    /// The canonical name of a mention, borrowed from the entity or the
    /// text: its entity's name, or its own text.
    pub(crate) fn name_str<'s>(&'s self, text: &'s str, mention: usize) -> &'s str {
        let m = &self.mentions[mention];
        match m.entity {
            Some(e) => &self.entities[e].name,
            // (an unresolved possessive names its owner: Clinton's → Clinton)
            None if m.possessive => strip_possessive(m.span.as_str(text)).0,
            None => m.span.as_str(text),
        }
    }
}

/// A [`Mention`] as found, before it is resolved: its fields but the
/// entity (a candidate's record kept small, as each is pushed, sorted and
/// read in turn by the passes over a sentence's candidates).
#[derive(Clone, Debug)]
struct Draft {
    span: Span,
    tokens: Range<usize>,
    kind: MentionKind,
    possessive: bool,
    after_preposition: bool,
}

impl Draft {
    /// The mention, resolved to `entity`.
    fn resolved(&self, entity: Option<usize>) -> Mention {
        Mention {
            span: self.span,
            tokens: self.tokens.clone(),
            kind: self.kind,
            entity,
            possessive: self.possessive,
            after_preposition: self.after_preposition,
        }
    }
}

/// A mention found but not yet resolved (its key borrowed from the text
/// `'t` where it can be).
struct Candidate<'t> {
    mention: Draft,
    /// Absorbed into a longer mention; dropped at the end of its sentence.
    dead: bool,
    /// A lone capitalised word opening a sentence with no sign of being a
    /// name ("Neutral paragraph.", "Getty."): it may be a name, but a
    /// pronoun does not refer to it unless other mentions confirm it.
    weak: bool,
    /// For names: the canonical name; for nominals: the text
    /// ([`nominal_key`]: compared ignoring ASCII case); for pronouns: the
    /// pronoun in lower case.
    key: Cow<'t, str>,
    /// The person/organisation split for names.
    entity_kind: EntityKind,
    gender: Gender,
    /// Number of words in the canonical name (at most 255: only whether
    /// it is 0, 1 or more is asked; a small field keeps the candidate small,
    /// as each is pushed and copied).
    name_words: u8,
    /// A relative "who" after a noun that is no mention (voters who…):
    /// it refers to nobody known.
    headless: bool,
    /// A single name after honorifics only (Mr. Bennet), keyed with them.
    honorific: bool,
    /// For a person's single name, whether a title is written just before
    /// it (Colonel of Colonel Fitzwilliam, Mr of Mr. Bennet): that name is
    /// a surname, not a given name.
    titled: bool,
}

/// Finds the mentions of possible speakers in `text` and resolves them to
/// entities. `known` speakers (names and aliases) resolve to their own
/// canonical names.
///
/// # Examples
///
/// A surname alone refers to the full name; a pronoun to the last person:
///
/// ```
/// use quotative::{marks, mentions, sentences};
///
/// let text = "Putin spoke first. Russian President Vladimir Putin said so. He left.";
/// let paras = sentences::paragraphs(text);
/// let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
/// let found = mentions::find_mentions(text, &seg, &[]);
/// assert_eq!(found.entities.len(), 1);
/// assert_eq!(found.entities[0].name, "Vladimir Putin");
/// ```
pub fn find_mentions(text: &str, seg: &Segmentation, known: &[KnownSpeaker]) -> Mentions {
    find_mentions_in(text, seg, known, Genre::News)
}

/// Finds the mentions as [`find_mentions`] does, reading the text as
/// `genre`: in [`Genre::Fiction`], a capitalised name after "the" (the
/// Gryphon, the President) is a character, its "the" part of the mention,
/// and the narration's "I" is one entity, the narrator, named "I" (the
/// attributor names it once the dialogue tells who the narrator is).
///
/// # Examples
///
/// ```
/// use quotative::{marks, mentions, sentences, Genre};
///
/// let text = "“Nonsense,” said the Gryphon.";
/// let paras = sentences::paragraphs(text);
/// let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
/// let found = mentions::find_mentions_in(text, &seg, &[], Genre::Fiction);
/// assert_eq!(found.mentions[0].span.as_str(text), "the Gryphon");
/// assert_eq!(found.entities[0].kind, quotative::EntityKind::Person);
/// ```
pub fn find_mentions_in(
    text: &str,
    seg: &Segmentation,
    known: &[KnownSpeaker],
    genre: Genre,
) -> Mentions {
    find_mentions_with(text, seg, &Cast::new(known), genre, &mut Scratch::default())
}

/// The mention finder's recycled buffers (see
/// [`Workspace`](crate::Workspace)): empty between documents, their
/// capacity kept.
#[derive(Default)]
pub(crate) struct Scratch {
    /// The candidates of the document, before resolution (empty, so that
    /// no text is borrowed; relabelled to the next document's lifetime).
    candidates: Vec<Candidate<'static>>,
    /// The resolved mentions ([`Mentions::mentions`]), handed back by the
    /// attributor after the sieve.
    pub(crate) mentions: Vec<Mention>,
    /// The tables [`resolve`] builds for its entities.
    entities: EntityTables,
    /// The tokens of the quotations of a novel, in order
    /// ([`PlainOpeners::find`]).
    quote_tokens: Vec<usize>,
}

/// The per-document tables of [`resolve`] that are as long as its
/// candidates or entities, kept empty between documents with their memory
/// (fresh tables of that size for every document cost the allocator more
/// than the tables' own work).
#[derive(Default)]
struct EntityTables {
    /// The entities found, one per candidate at most (relabelled, as
    /// their names borrow from the document).
    found: Vec<Found<'static>>,
    /// The entities kept, in order of first mention.
    order: Vec<usize>,
    /// Entities of results given back ([`Scratch::give_back_entities`]),
    /// emptied, whose names and lists of mentions are refilled for the
    /// next documents' entities instead of allocated afresh.
    spare: Vec<Entity>,
    /// The most entities a document of this workspace had: the spares
    /// kept are at most as many.
    most: usize,
    /// The name keys of a document and what is known of each name
    /// (emptied, relabelled).
    names: Names<'static>,
    /// The number of each candidate's key among `names`.
    key_ids: Vec<usize>,
    /// The one full name of a surname (by its number) that fits a
    /// gender, if one does.
    one_of_gender: FxHashMap<(usize, Gender), Option<usize>>,
    /// Whether the tables serve one document only
    /// ([`Scratch::for_one_document`]): no result is given back to them,
    /// so that each entity's list of mentions gets the room its mentions
    /// take, not the spare room that a list given back keeps for the next
    /// document's ([`resolve`]).
    one_document: bool,
}

impl Scratch {
    /// Buffers for one document only ([`Attributor::attribute`]'s): no
    /// result is given back to them (see [`EntityTables::one_document`]).
    ///
    /// [`Attributor::attribute`]: crate::Attributor::attribute
    pub(crate) fn for_one_document() -> Scratch {
        let mut scratch = Scratch::default();
        scratch.entities.one_document = true;
        scratch
    }

    /// Keeps the entities of a result the caller is done with, for their
    /// memory, up to the most entities a document here had: emptied, so
    /// that no text is kept between documents.
    pub(crate) fn give_back_entities(&mut self, mut entities: Vec<Entity>) {
        let tables = &mut self.entities;
        let room = tables.most.saturating_sub(tables.spare.len());
        entities.truncate(room);
        for entity in &mut entities {
            entity.name.clear();
            entity.mentions.clear();
        }
        tables.spare.append(&mut entities);
    }
}

/// [`find_mentions_in`] with the known speakers already indexed, filling
/// the buffers of `scratch`.
pub(crate) fn find_mentions_with(
    text: &str,
    seg: &Segmentation,
    cast: &Cast<'_>,
    genre: Genre,
    scratch: &mut Scratch,
) -> Mentions {
    let mut candidates: Vec<Candidate<'_>> = reuse(
        std::mem::take(&mut scratch.candidates),
        seg.tokens.len() / 5,
    );
    let mut name_words = Vec::new();
    // (the tokens of the quotations, in a novel, where the tags after them
    // and the votes for a name's gender ask for them)
    let mut quote_tokens = reuse(std::mem::take(&mut scratch.quote_tokens), 0);
    // (a novel's narration opens sentences with plain words more than news
    // does, and checking them costs a walk over the words)
    let openers = if genre == Genre::Fiction {
        PlainOpeners::find(text, seg, &mut quote_tokens)
    } else {
        PlainOpeners::none()
    };
    // (each sentence's tokens worth a look for the cues, and its
    // quotations, found in order)
    let mut next_head = 0;
    let mut next_quote = 0;
    // (in a novel, the title each person's name is written after, by the
    // candidate's number, found while the sentence's tokens are at hand:
    // see title_before_name)
    let mut titles = Vec::new();
    for sentence in &seg.sentences {
        let heads = seg.heads_in(sentence.tokens.clone(), &mut next_head);
        // (none outside fiction)
        let quotes = if genre == Genre::Fiction {
            sorted_within(&quote_tokens, sentence.tokens.clone(), &mut next_quote)
        } else {
            &[]
        };
        let first_candidate = candidates.len();
        find_in_sentence(
            text,
            seg,
            sentence.tokens.clone(),
            heads,
            quotes,
            &openers,
            genre,
            cast,
            &mut candidates,
            &mut name_words,
        );
        if genre == Genre::Fiction {
            titles.extend(
                (first_candidate..)
                    .zip(&candidates[first_candidate..])
                    .filter(|(_, c)| c.entity_kind == EntityKind::Person)
                    .filter_map(|(k, c)| Some((k, title_before_name(text, seg, &c.mention)?))),
            );
        }
    }
    let novel = (genre == Genre::Fiction).then_some(Novel {
        quote_tokens: &quote_tokens,
        titles: &titles,
    });
    let found = resolve(
        text,
        seg,
        &candidates,
        std::mem::take(&mut scratch.mentions),
        &mut scratch.entities,
        cast,
        novel,
    );
    scratch.candidates = relabel(candidates);
    scratch.quote_tokens = quote_tokens;
    found
}

/// The capitalised words that open a sentence (Presently Tony said…,
/// Emerging, he said…) and that the document writes in lower case
/// elsewhere but never capitalised inside a sentence: plain words, no
/// names and no part of the name after them. Found in fiction only.
/// (Alone before lower-case words, such a word is no name either:
/// Astonishment, apprehension… oppressed her; Besides, he had…)
struct PlainOpeners<'t> {
    /// The candidates (compared ignoring case), and whether each is plain
    /// so far: (seen in lower case, seen capitalised inside a sentence,
    /// seen before a name or with the shape of a participle or an adverb).
    words: FxHashMap<NameKey<'t>, (bool, bool, bool)>,
    /// A filter on the candidates: a bit per (length, first letter, last
    /// letter) that some candidate has ([`filter_bit`]), so that most
    /// tokens are ruled out before any hashing. (Empty when there are no
    /// candidates.)
    filter: Box<[u64]>,
}

/// The size of [`PlainOpeners::filter`], in 64-bit words: 8 KiB, in the
/// first-level cache, with few bits set by a novel's hundreds of
/// candidates, so that few other words pass it (with the first two
/// letters and the length alone, a third of a novel's words did; the last
/// letter, the y of -ly, the g of -ing, rules out most of those, and the
/// second letter few more: it is left out, one byte fewer read for each
/// of the novel's tokens, which made the walk 12% faster; the bit found
/// from the bytes without hashing them, 25%).
const FILTER_WORDS: usize = 1024;

/// The bit of [`PlainOpeners::filter`] for `word`, from its length, its
/// first byte and its last, ASCII case ignored: (word index, bit).
fn filter_bit(word: &str) -> (usize, u64) {
    let b = word.as_bytes();
    let byte = |c: Option<&u8>| c.map_or(0, |&c| c);
    filter_bit_from(byte(b.first()), byte(b.last()), b.len())
}

/// [`filter_bit`] of the word at `span` in the text's `bytes`. (A span of
/// no bytes, which no candidate has, reads bytes around it, and its bit,
/// whichever, only lets it on to the lookup, which decides.)
#[inline(always)]
fn filter_bit_at(bytes: &[u8], span: Span) -> (usize, u64) {
    let byte = |at: usize| bytes.get(at).map_or(0, |&c| c);
    filter_bit_from(byte(span.start), byte(span.end.wrapping_sub(1)), span.len())
}

/// The bit of [`PlainOpeners::filter`] for a word's first byte and its
/// last (0 for a byte it lacks), and its length: the word of the filter
/// is that of the low five bits of each byte, which are a letter's in
/// either case (the bytes they make alike only let more words through to
/// the lookup after the filter, which decides), and the bit that of the
/// length's low six bits. (FILTER_WORDS = 2^10 words: two bytes' five
/// bits each, with no hashing.)
#[inline(always)]
fn filter_bit_from(first: u8, last: u8, len: usize) -> (usize, u64) {
    let word = usize::from(first & 0x1F) << 5 | usize::from(last & 0x1F);
    (word, 1 << (len % 64))
}

impl<'t> PlainOpeners<'t> {
    /// The plain openers of a novel; its quotations' tokens, in order, are
    /// pushed to `quote_tokens` on the way (by the walk over the tokens).
    fn find(text: &'t str, seg: &Segmentation, quote_tokens: &mut Vec<usize>) -> PlainOpeners<'t> {
        let mut words: FxHashMap<NameKey<'t>, (bool, bool, bool)> = FxHashMap::default();
        // (and a word that stays zero and one of ones: see the walk below)
        let mut filter = Box::new([0u64; FILTER_WORDS + 2]);
        // (whether every candidate is ASCII: see the walk below)
        let mut all_ascii = true;
        for sentence in &seg.sentences {
            let i = sentence.tokens.start;
            if i + 1 >= sentence.tokens.end || seg.tokens[i].kind != TokenKind::Word {
                continue;
            }
            // (alone, only a participle or an adverb: Emerging, he said…)
            let before_name = seg.tokens.get(i + 1).is_some_and(|next| {
                next.kind == TokenKind::Word && is_upper_word(next.span.as_str(text))
            });
            let word = seg.word(text, i);
            let shaped = before_name || word.ends_with("ing") || word.ends_with("ly");
            // (alone, any word but a noun for a person or a given name:
            // Nanny said…)
            // (the word lists asked last: most openers stop before)
            let opens_name = is_name_word(word, seg.class(i))
                && !seg.class(i).is_capitalised_function_word()
                && !seg.class(i).is_title()
                && word.chars().skip(1).all(char::is_lowercase)
                && (shaped
                    || (seg.class(i).given_name_gender(word).is_none()
                        && !is_person_noun_in_any_case(word)));
            if opens_name {
                all_ascii &= word.is_ascii();
                let (k, bit) = filter_bit(word);
                filter[k] |= bit;
                words.entry(NameKey::new(word)).or_default().2 |= shaped;
            }
        }
        if words.is_empty() {
            quote_tokens.extend(
                (0..)
                    .zip(&seg.tokens)
                    .filter(|(_, token)| matches!(token.kind, TokenKind::Quote(_)))
                    .map(|(i, _)| i),
            );
            return PlainOpeners { words, filter };
        }
        let mut openers = PlainOpeners { words, filter };
        openers.note_uses(text, seg, all_ascii, quote_tokens);
        openers
    }

    /// Notes which of the words are written in lower case somewhere, and
    /// which capitalised inside a sentence (one walk; the filter rules out
    /// most words), and pushes the quotations' tokens to `quote_tokens`
    /// on the way; `all_ascii` if every word is ASCII.
    // (out of line: in a function of its own the walk keeps its state in
    // registers, where inside the finder it read much of it back from
    // the stack at each token)
    #[inline(never)]
    fn note_uses(
        &mut self,
        text: &'t str,
        seg: &Segmentation,
        all_ascii: bool,
        quote_tokens: &mut Vec<usize>,
    ) {
        let PlainOpeners { words, filter } = self;
        // A function word or a title is none of them, and its class says
        // so before its bytes are read (the most common words: the, and,
        // of): its class is that of each word equal to it but for ASCII
        // case, and so would be a candidate's, which has neither bit. (A
        // candidate outside ASCII may fold, as a name's key, to a word
        // that differs from it by more than case, the Kelvin sign to k:
        // then every word is read.) A quotation's token reads its bit in
        // the word after that, all ones, so that it passes the filter, to
        // be noted.
        filter[FILTER_WORDS + 1] = u64::MAX;
        let listed = |class: WordClass| {
            all_ascii & (class.is_capitalised_function_word() | class.is_title())
        };
        for sentence in &seg.sentences {
            let tokens = &seg.tokens[sentence.tokens.clone()];
            let classes = &seg.classes[sentence.tokens.clone()];
            for ((i, token), &class) in sentence.tokens.clone().zip(tokens).zip(classes) {
                // (the kind, the class and the filter, on the bytes, asked
                // at once, with one branch: most tokens stop here, and
                // which stop at which test follows no pattern a branch
                // predictor learns. A token that no candidate can be, by
                // its kind or its class, reads its bit in the filter's
                // last word, zero: the compiler makes a branch of each
                // test of a conjunction)
                let (k, bit) = filter_bit_at(text.as_bytes(), token.span);
                let quote = matches!(token.kind, TokenKind::Quote(_));
                let none = usize::from((token.kind != TokenKind::Word) | listed(class));
                let at = k & none.wrapping_sub(1)
                    | (FILTER_WORDS + usize::from(quote)) & none.wrapping_neg();
                if filter[at] & bit == 0 {
                    continue;
                }
                if quote {
                    quote_tokens.push(i);
                    continue;
                }
                let word = token.span.as_str(text);
                let lower = word.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
                if !lower && (i == sentence.tokens.start || !is_upper_word(word)) {
                    continue;
                }
                if let Some(seen) = words.get_mut(&NameKey::new(word)) {
                    if lower {
                        seen.0 = true;
                    } else {
                        seen.1 = true;
                    }
                }
            }
        }
    }

    /// No plain words: every capitalised word may be a name.
    fn none() -> PlainOpeners<'t> {
        PlainOpeners {
            words: FxHashMap::default(),
            filter: Box::default(),
        }
    }

    /// Whether `word`, opening a sentence, is a plain word, seen before a
    /// name or with the shape of a participle or an adverb somewhere.
    fn is_plain(&self, word: &str) -> bool {
        self.plain(word).is_some_and(|shaped| shaped)
    }

    /// Whether `word`, opening a sentence, is a plain word, whatever
    /// follows it.
    fn is_plain_alone(&self, word: &str) -> bool {
        self.plain(word).is_some()
    }

    /// Whether it was seen before a name or shaped so, if `word` is plain.
    // (inlined: outside fiction there are no plain words, and the first
    // test answers without a call)
    #[inline(always)]
    fn plain(&self, word: &str) -> Option<bool> {
        if self.words.is_empty() {
            return None;
        }
        self.plain_in_words(word)
    }

    /// [`plain`](Self::plain) when there are plain words.
    fn plain_in_words(&self, word: &str) -> Option<bool> {
        let (k, bit) = filter_bit(word);
        if self.filter[k] & bit == 0 {
            return None;
        }
        self.words
            .get(&NameKey::new(word))
            .filter(|&&(lower, upper, _)| lower && !upper)
            .map(|&(_, _, shaped)| shaped)
    }
}

/// Whether `word` is one of the lower-case `words`, ignoring ASCII case.
fn is_one_of_ignoring_case(word: impl AsRef<[u8]>, words: &[&str]) -> bool {
    // (of a word's bytes as well as of its text)
    let word = word.as_ref();
    words
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
}

/// `word` in lower case, borrowed when it is lower-case ASCII already
/// (and lowered byte by byte when it is ASCII: Unicode's lower case of an
/// ASCII string is its ASCII lower case).
fn lowercase(word: &str) -> Cow<'_, str> {
    if is_lowercase_ascii(word.as_bytes()) {
        Cow::Borrowed(word)
    } else if !word.is_ascii() {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Owned(word.to_ascii_lowercase())
    }
}

/// Whether `word`, lower-cased, is a noun for a person (Nanny, Mother):
/// a short ASCII word, as all those nouns are, lowered on the stack, not
/// in a new string ([`lexicon::in_lower_case`]).
fn is_person_noun_in_any_case(word: &str) -> bool {
    lexicon::in_lower_case(word, |w| lexicon::person_noun_gender(w).is_some())
}

/// Whether `bytes` are ASCII without a capital (their own lower case), in
/// one pass: eight bytes at a time, the bytes after the last whole eight
/// as the last eight (read again in part), byte by byte below eight.
fn is_lowercase_ascii(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let plain = |eight: &[u8; 8]| {
        let word = u64::from_le_bytes(*eight);
        word & HIGH == 0 && ascii_lowercase_word(word) == word
    };
    let Some(last) = bytes.last_chunk::<8>() else {
        return bytes
            .iter()
            .all(|&b| b.is_ascii() && !b.is_ascii_uppercase());
    };
    bytes
        .chunks_exact(8)
        .all(|chunk| chunk.try_into().is_ok_and(plain))
        && plain(last)
}

/// A nominal's key: its text as written when that is ASCII (compared
/// ignoring ASCII case, as [`NameKey`] compares, that equals comparing the
/// lower case, with no new string for a capital: The officials), else
/// in lower case ([`lowercase`]), which has no ASCII capital left.
fn nominal_key(words: &str) -> Cow<'_, str> {
    if words.is_ascii() {
        Cow::Borrowed(words)
    } else {
        lowercase(words)
    }
}

/// A pronoun's key: `word` in lower case ([`lowercase`]), borrowed from
/// a list for the pronouns written with capitals (He, They, I), so that
/// they need no new string.
fn pronoun_key(word: &str) -> Cow<'_, str> {
    const PRONOUNS: &[&str] = &["he", "she", "they", "we", "i", "it", "who"];
    // (most are written in small letters, and are their own key, as
    // `lowercase` would find after a call)
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Cow::Borrowed(word);
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        // (an ASCII word equal to one of these but for ASCII case lowers
        // to it)
        if let Some(&pronoun) = PRONOUNS.iter().find(|p| word.eq_ignore_ascii_case(p)) {
            return Cow::Borrowed(pronoun);
        }
    }
    lowercase(word)
}

#[inline]
fn is_upper_word(word: &str) -> bool {
    // (an ASCII first letter, the common case, is read without decoding)
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether `word` is written in capitals: two or more bytes, each an ASCII
/// capital, a hyphen or an apostrophe (KANGA, TO, GOOD-BYE).
fn is_all_caps(word: &str) -> bool {
    word.len() >= 2
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'-' || b == b'\'')
}

/// A capitalised word that can be part of a name: not a hyphenated
/// adjective made from one (Oscar-nominated, Miami-based, GOP-led:
/// [`WordClass::is_hyphenated_modifier`] of `class`, the word's class), nor
/// a party affiliation (R-Ohio); Ban Ki-moon and Park Geun-hye keep their
/// given names.
#[inline(always)] // (called for every word; most fail at the first letter)
fn is_name_word(word: &str, class: WordClass) -> bool {
    // (nor a party and state: R-OH, D-Calif., I-Vt.; the hyphen asked
    // first, as most names have none there)
    let affiliation = || match word.as_bytes() {
        [party, b'-', c, ..] => matches!(party, b'R' | b'D' | b'I') && c.is_ascii_uppercase(),
        _ => false,
    };
    is_upper_word(word) && !affiliation() && !class.is_hyphenated_modifier()
}

/// A name's own words, without the description that may open its mention
/// (*poor* Alice, *the following morning* Mr. Pontellier, *called out* Pooh).
fn name_words(mention: &str) -> &str {
    // (most mentions open with a capital that is no article: the name's
    // own first word, and the loop below would return at once)
    let bytes = mention.as_bytes();
    if bytes.first().is_some_and(u8::is_ascii_uppercase)
        && !bytes.starts_with(b"The")
        && !bytes.starts_with(b"A")
    {
        return mention;
    }
    let mut rest = mention.trim_start();
    loop {
        let word_end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let word = &rest[..word_end];
        let after = rest[word_end..].trim_start();
        let lowercase = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
        // (an article stays before a name: the Hatter)
        let described = if matches!(word, "the" | "a" | "an" | "The" | "A" | "An") {
            lowercase(after)
        } else {
            lowercase(word)
        };
        if !described || after.is_empty() {
            return rest;
        }
        rest = after;
    }
}

#[inline]
/// Whether the word at `token` is followed by a lone "s" one space away:
/// texts that lost their apostrophes write "Helen's letters" as "Helen s
/// letters", and an "s" standing alone is no English word.
fn lost_apostrophe_s(text: &str, seg: &Segmentation, token: usize) -> bool {
    let (Some(word), Some(next)) = (seg.tokens.get(token), seg.tokens.get(token + 1)) else {
        return false;
    };
    // (its place and length first, then its one byte: no slice is cut)
    next.kind == TokenKind::Word
        && next.span.start == word.span.end + 1
        && next.span.len() == 1
        && text.as_bytes().get(next.span.start) == Some(&b's')
        && text.as_bytes().get(word.span.end) == Some(&b' ')
}

// (inlined: the test of the last byte answers for most words, and costs
// less than the call)
#[inline]
fn strip_possessive(word: &str) -> (&str, bool) {
    // (each suffix ends in s, ' or the last byte of ’: most words end in
    // none of them)
    if !word
        .as_bytes()
        .last()
        .is_some_and(|&b| matches!(b, b's' | b'\'' | 0x99))
    {
        return (word, false);
    }
    strip_possessive_suffix(word)
}

/// [`strip_possessive`] of a word that ends in s, ' or the last byte of ’:
/// the first of ’s, 's, ’ and ' that it ends in, cut off unless nothing
/// would be left (a word that is all suffix ends in no shorter one).
#[inline(never)]
fn strip_possessive_suffix(word: &str) -> (&str, bool) {
    // (the suffix's bytes matched at once, not each suffix in turn)
    let suffix = match word.as_bytes() {
        [.., 0xE2, 0x80, 0x99, b's'] => "’s".len(),
        [.., b'\'', b's'] => "'s".len(),
        [.., 0xE2, 0x80, 0x99] => "’".len(),
        [.., b'\''] => "'".len(),
        _ => return (word, false),
    };
    match word.get(..word.len() - suffix) {
        Some(stem) if !stem.is_empty() => (stem, true),
        _ => (word, false),
    }
}

/// [`WordClass::of`] of a word that is no whole token (a possessive's
/// stem): looked up as the tokenizer looks up its words of ASCII letters
/// and digits, which gives the same class at less cost, when it is such
/// a word of two bytes or more, as most are.
#[inline(never)]
fn class_of_stem(word: &str) -> WordClass {
    if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_alphanumeric()) {
        lexicon::Classifier::new().of_ascii_word(word, 0, word.len())
    } else {
        WordClass::of(word)
    }
}

/// Lower-case connectors inside names: Department *of* State, Ludwig *van* Beethoven.
// (matched as bytes, which costs the callers less than a match on the
// text: 0.13 M instructions on news300)
#[inline(always)]
fn is_name_connector(word: &[u8]) -> bool {
    matches!(
        word,
        b"of"
            | b"de"
            | b"van"
            | b"von"
            | b"der"
            | b"den"
            | b"da"
            | b"del"
            | b"di"
            | b"la"
            | b"le"
            | b"bin"
            | b"ibn"
            | b"al"
            | b"du"
            | b"y"
            | b"and"
            | b"the"
    )
}

/// The text of a token at `span`. (The tokenizer's spans lie inside the
/// text, on `char` boundaries: the text is sliced at once, without the
/// option [`Span::as_str`] makes for a span that would not fit, which
/// costs more than the words compared after it.)
#[inline(always)]
fn token_text(text: &str, span: Span) -> &str {
    &text[span.start..span.end]
}

/// Adds the candidates of the sentence at `tokens` to `out`; `heads` are
/// the sentence's tokens of [`Segmentation::heads`], `quotes` those of its
/// quotations (in a novel; else none), `name_words` is a buffer for
/// [`name_sequence`].
#[allow(clippy::too_many_arguments)] // (the sentence, its context and buffers)
fn find_in_sentence<'t>(
    text: &'t str,
    seg: &Segmentation,
    tokens: Range<usize>,
    heads: &[usize],
    quotes: &[usize],
    openers: &PlainOpeners<'_>,
    genre: Genre,
    cast: &Cast<'_>,
    out: &mut Vec<Candidate<'t>>,
    name_words: &mut Vec<(usize, &'t str)>,
) {
    let first_candidate = out.len();
    // (the tokens and classes up to the sentence's end, cut once: a token
    // read from them is one of the sentence, with no other test)
    let (sentence_tokens, classes) = (&seg.tokens[..tokens.end], &seg.classes[..tokens.end]);
    let mut i = tokens.start;
    loop {
        i = next_to_look_at(sentence_tokens, classes, i);
        let (Some(&class), Some(&token)) = (classes.get(i), sentence_tokens.get(i)) else {
            break;
        };
        // (the word's first byte, read once for the two tests below; none
        // for an empty token)
        let first_byte = text.as_bytes().get(token.span.start).copied().unwrap_or(0);
        // (a number, 2016 or 47, is no pronoun, name or heading, and opens
        // a mention only as a source word, which the last test below asks)
        if first_byte.is_ascii_digit() && !class.is_source_determiner() && !class.is_source_noun() {
            i += 1;
            continue;
        }
        // A lower-case source word after the sentence's first (the, a,
        // officials): a nominal source or nothing, as the tests below
        // would find it, without them.
        if i > tokens.start && is_lowercase_source_word(first_byte, class) {
            let after_prep = after_preposition(text, seg, i, tokens.start);
            let body = i + usize::from(class.is_source_determiner());
            // (a number before the noun counts it, and names it with it:
            // 29 percent said, 25 students wrote)
            let number = |k: usize| {
                seg.tokens[k].kind == TokenKind::Word
                    && seg.bytes(text, k).first().is_some_and(u8::is_ascii_digit)
            };
            // (not a date's day: a Feb. 1 letter, a March 3 memo)
            let dated = |k: usize| {
                let month_at = |m: usize| {
                    seg.tokens[m].kind == TokenKind::Word && {
                        let w = seg.word(text, m);
                        lexicon::is_month_or_weekday(w) || lexicon::is_month_abbreviation(w)
                    }
                };
                (k > tokens.start && month_at(k - 1))
                    || (k > tokens.start + 1 && seg.is_byte(text, k - 1, b'.') && month_at(k - 2))
            };
            let mut start = i;
            if number(i - 1) && !dated(i - 1) {
                start = i - 1;
                // (with its groups of thousands: 10,000 people)
                while start >= tokens.start + 2
                    && seg.is_byte(text, start - 1, b',')
                    && number(start - 2)
                    && seg.tokens[start - 2].span.end == seg.tokens[start - 1].span.start
                    && seg.tokens[start - 1].span.end == seg.tokens[start].span.start
                {
                    start -= 2;
                }
            }
            if let Some(next) = nominal_at(text, seg, start, body, tokens.end, after_prep, out) {
                i = next;
                continue;
            }
            i += 1;
            continue;
        }
        let word = token_text(text, token.span);
        // (the token as written, for the name that may start with it)
        let written = word;
        let after_prep = after_preposition(text, seg, i, tokens.start);
        // (after a comma, a mention, or a plain noun: respondents who,
        // those who; not after a verb: asked who, knows who)
        let anchored = |i: usize| {
            seg.tokens[i - 1].kind == TokenKind::Punct
                || out.last().is_some_and(|c| c.mention.tokens.end == i)
        };
        // (the class bit of "who" and the possessives first: most words
        // lack it)
        let who = class.is_who_or_possessive() && word == "who";
        let headless =
            who && i > tokens.start && !anchored(i) && relative_head_before(text, seg, i - 1);
        let relative = who && i > tokens.start && (anchored(i) || headless);
        // (a whole pronoun has its class, and no apostrophe; else also a
        // contracted one: He's claiming, they're saying)
        let (word, span, pronoun) = match class.subject_pronoun() {
            Some(gender) => (word, token.span, Some(gender)),
            None => match pronoun_of_contraction(word) {
                Some(pronoun) => (
                    pronoun,
                    Span::new(token.span.start, token.span.start + pronoun.len()),
                    lexicon::subject_pronoun(pronoun),
                ),
                None => (word, token.span, None),
            },
        };
        let pronoun = pronoun.or(relative.then_some(Gender::Unknown));
        if let Some(gender) = pronoun {
            {
                out.push(Candidate {
                    dead: false,
                    weak: false,
                    mention: Draft {
                        span,
                        tokens: i..i + 1,
                        kind: MentionKind::Pronoun,
                        possessive: false,
                        after_preposition: after_prep,
                    },
                    key: pronoun_key(word),
                    entity_kind: EntityKind::Pronoun,
                    gender,
                    name_words: 0,
                    headless,
                    honorific: false,
                    titled: false,
                });
            }
            i += 1;
            continue;
        }
        // A possessive pronoun before a noun of saying: *his* comment that…
        if let Some((key, gender)) =
            possessive_of_speech(text, seg, i, tokens.end, genre == Genre::Fiction)
        {
            out.push(Candidate {
                dead: false,
                weak: false,
                mention: Draft {
                    span: token.span,
                    tokens: i..i + 1,
                    kind: MentionKind::Pronoun,
                    possessive: true,
                    after_preposition: after_prep,
                },
                key: Cow::Borrowed(key),
                entity_kind: EntityKind::Pronoun,
                gender,
                name_words: 0,
                headless: false,
                honorific: false,
                titled: false,
            });
            i += 1;
            continue;
        }
        // In fiction, a run of words in capitals is a heading (KANGA AND
        // BABY ROO COME TO THE FOREST), not a character's name; so is a
        // Roman numeral of two letters or more.
        if genre == Genre::Fiction && is_all_caps(word) {
            let mut j = i + 1;
            while j < tokens.end
                && seg.tokens[j].kind == TokenKind::Word
                && is_all_caps(seg.word(text, j))
            {
                j += 1;
            }
            // (and so is a chapter's number: XVI)
            if j > i + 1 || word.bytes().all(|b| b"IVXLC".contains(&b)) {
                i = j;
                continue;
            }
        }
        // A capitalised source description opening a sentence: "Experts say", "One post said".
        // (the class bits first: they turn most words away)
        if (class.is_source_determiner() || class.is_source_noun()) && is_upper_word(word) {
            let body = i + usize::from(class.is_source_determiner());
            if let Some(next) = nominal_at(text, seg, i, body, tokens.end, after_prep, out) {
                i = next;
                continue;
            }
        }
        // An inverted tag opening the sentence is no part of the name after
        // it: Stated Stone:, Added Sanders, …
        if i == tokens.start
            && word.len() > 4
            && (word.ends_with("ed") || word.ends_with('s'))
            && class.cue_class() == Some(lexicon::CueClass::Speech)
            && next_is_upper(text, seg, i + 1, tokens.end)
        {
            i += 1;
            continue;
        }
        // A plain word capitalised only because it opens the sentence
        // (Presently Tony…, Poor Fanny…) is no part of the name after it.
        if i == tokens.start && openers.is_plain(word) {
            i += 1;
            continue;
        }
        if is_name_word(word, class)
            && !(class.is_capitalised_function_word()
                && !(word == "The" && next_is_upper(text, seg, i + 1, tokens.end))
                && !(genre == Genre::Fiction
                    && number_names_a_character(text, seg, i, tokens.clone())))
        {
            if let Some(end) = name_sequence(
                text,
                seg,
                (i, written),
                tokens.end,
                after_prep,
                tokens.start,
                genre == Genre::Fiction,
                name_words,
                out,
            ) {
                // (the name just added)
                let name = out.len() - 1;
                // A possessive name may open a nominal: Trump’s spokesman.
                if out[name].mention.possessive {
                    if let Some(next) = nominal_at(text, seg, i, end, tokens.end, after_prep, out) {
                        i = next;
                        continue;
                    }
                }
                // (a plain word alone opening the sentence is weak: it names
                // no one unless named so elsewhere)
                if i == tokens.start
                    && out[name].mention.tokens == (i..i + 1)
                    && openers.is_plain_alone(word)
                {
                    out[name].weak = true;
                }
                i = end;
                continue;
            }
            i += 1;
            continue;
        }
        if class.is_source_determiner() || class.is_source_noun() {
            if let Some(next) = nominal_at(
                text,
                seg,
                i,
                i + usize::from(class.is_source_determiner()),
                tokens.end,
                after_prep,
                out,
            ) {
                i = next;
                continue;
            }
        }
        i += 1;
    }
    subjects_of_cues(
        text,
        seg,
        tokens,
        (heads, quotes),
        first_candidate,
        genre,
        cast,
        out,
    );
}

/// The first of `tokens` (with their `classes`) from `i` on that may open
/// a mention: a word that is no plain lower-case word; or the tokens' end.
// (most tokens open no mention, plain lower-case words and punctuation,
// and follow no pattern a branch could learn: a few at a time, their
// answers are put together without a branch, and the first word that
// may open one is found from them; this costs more instructions than a
// test of each, but fewer mispredicted branches, and less time)
#[inline(always)]
fn next_to_look_at(tokens: &[Token], classes: &[WordClass], mut i: usize) -> usize {
    const AT_ONCE: usize = 4;
    let looks = |token: &Token, class: &WordClass| {
        u32::from(matches!(token.kind, TokenKind::Word) & !class.is_plain_lowercase())
    };
    while let (Some(these), Some(their)) = (
        tokens
            .get(i..i + AT_ONCE)
            .and_then(|t| <&[Token; AT_ONCE]>::try_from(t).ok()),
        classes
            .get(i..i + AT_ONCE)
            .and_then(|c| <&[WordClass; AT_ONCE]>::try_from(c).ok()),
    ) {
        let found = (0..AT_ONCE).fold(0, |found, k| found | looks(&these[k], &their[k]) << k);
        if found != 0 {
            return i + found.trailing_zeros() as usize;
        }
        i += AT_ONCE;
    }
    // (the last few, one at a time)
    while let (Some(token), Some(class)) = (tokens.get(i), classes.get(i)) {
        if looks(token, class) != 0 {
            break;
        }
        i += 1;
    }
    i
}

/// Whether the token before token `i` is a preposition of the sentence
/// that starts at token `start`.
// (asked without a branch: the token before is read even at the start of
// the sentence, token 0 at the start of the text, as `i` is a token)
#[inline(always)]
fn after_preposition(text: &str, seg: &Segmentation, i: usize, start: usize) -> bool {
    let before = i.saturating_sub(1);
    let preposition = (i > start)
        & matches!(seg.tokens[before].kind, TokenKind::Word)
        & seg.class(before).is_preposition();
    // (but "than" after "more" or "less" compares a quantity: more than
    // half said…, whose subject is "half")
    preposition && !compares_quantity(text, seg, before, start)
}

/// Whether the word at token `i` is a "than" after "more", "less" or
/// "fewer" (any case) within the tokens from `start`: no preposition but
/// part of a quantity (more than half, fewer than 10 percent).
pub(crate) fn compares_quantity(text: &str, seg: &Segmentation, i: usize, start: usize) -> bool {
    i > start
        && seg.bytes(text, i) == b"than"
        && seg.tokens[i - 1].kind == TokenKind::Word
        && ["more", "less", "fewer"]
            .iter()
            .any(|w| seg.bytes(text, i - 1).eq_ignore_ascii_case(w.as_bytes()))
}

/// Whether the word of class `class` whose first byte is `first_byte` is
/// a source determiner or noun (the, a, officials) that
/// [`find_in_sentence`] can only take for the start of a nominal: it
/// begins with an ASCII lower-case letter (no name, nor a heading in
/// capitals), is no subject pronoun and not "who", has no apostrophe
/// where a contracted pronoun would have one, and is no possessive.
// (all told by the class and the first byte: a word has the bits of a
// list only when it folds to one of the list's words, ASCII case and ’
// folded, and no source word has an apostrophe, nor is "who"; the
// possessives among the determiners have a bit of their own)
#[inline]
fn is_lowercase_source_word(first_byte: u8, class: WordClass) -> bool {
    (class.is_source_determiner() || class.is_source_noun())
        && class.subject_pronoun().is_none()
        && !class.is_who_or_possessive()
        && first_byte.is_ascii_lowercase()
}

/// Whether the word at token `i` can be the head of a relative clause on
/// "who" though it is no mention: a lower-case noun or pronoun (voters,
/// those, the novice), not a verb, a preposition or a function word.
fn relative_head_before(text: &str, seg: &Segmentation, i: usize) -> bool {
    if seg.tokens[i].kind != TokenKind::Word {
        return false;
    }
    let word = seg.word(text, i);
    let class = seg.class(i);
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && class.cue_class().is_none()
        && !class.is_verb_modifier()
        && !class.is_preposition()
        && !class.is_conjunction()
        && !class.is_that()
        && !class.is_phrasal_verb()
        && !class.takes_infinitive()
        && !lexicon::is_auxiliary(word)
        && !lexicon::is_copula(word)
        && !word.ends_with("ed")
}

/// The words that name a relative "who" whose head is no mention
/// ([`relative_head_before`]), for a speaker named by nothing else: the
/// noun just before "who" at token `who`, with the words that modify it
/// back to the determiner that opens them (a campaign surrogate who, the
/// respondents who, a Texas real estate developer who; voters who), and
/// the quantity it is "of" (half of the respondents who, one of those
/// who). None when the word before "who" is no such head, or is
/// a pronoun (asked him who: no relative clause), and the walk stays in
/// the paragraph.
pub(crate) fn relative_head_words(text: &str, seg: &Segmentation, who: usize) -> Option<Span> {
    let noun = who.checked_sub(1)?;
    // (not a time: workers today who…)
    if !relative_head_before(text, seg, noun)
        || seg.class(noun).is_temporal_noun()
        || lexicon::is_object_pronoun(seg.word(text, noun))
        || matches!(seg.word(text, noun), "as" | "than")
    {
        return None;
    }
    let mut start = noun_phrase_start(text, seg, noun);
    if let Some(of) = word_before_in_paragraph(text, seg, start) {
        if seg.word(text, of) == "of" {
            // (a quantity of them: half of, one of, dozens of; not the
            // memoirs of a spymaster who…)
            let quantity = |owner: usize| {
                let class = seg.class(owner);
                (class.is_quantity_word() || class.is_source_determiner())
                    && relative_head_before(text, seg, owner)
            };
            if let Some(owner) = word_before_in_paragraph(text, seg, of).filter(|&o| quantity(o)) {
                start = noun_phrase_start(text, seg, owner);
            }
        }
    }
    Some(Span::new(
        seg.tokens[start].span.start,
        seg.tokens[noun].span.end,
    ))
}

/// The first token of the noun phrase that ends with the noun at token
/// `noun`: its determiner, when one stands within four words before it
/// with only modifiers between (the Republican state attorney); else
/// the noun alone, as a verb may stand before it (attacks judges).
fn noun_phrase_start(text: &str, seg: &Segmentation, noun: usize) -> usize {
    let mut k = noun;
    for _ in 0..4 {
        let Some(p) = word_before_in_paragraph(text, seg, k) else {
            break;
        };
        let class = seg.class(p);
        let word = seg.word(text, p);
        if (class.is_source_determiner() && !class.is_source_noun())
            || matches!(word, "those" | "these" | "this" | "all" | "any" | "every")
        {
            return p;
        }
        // (a modifier: any word but a function word, as only a determiner
        // before it lets it in: a Texas developer)
        if class.is_preposition()
            || class.is_conjunction()
            || class.is_that()
            || class.is_verb_modifier()
            || lexicon::is_auxiliary(word)
            || lexicon::is_copula(word)
            || matches!(word, "as" | "than")
        {
            break;
        }
        k = p;
    }
    noun
}

/// The token before token `k`, when it is a word of the same paragraph.
fn word_before_in_paragraph(text: &str, seg: &Segmentation, k: usize) -> Option<usize> {
    let p = k.checked_sub(1)?;
    let gap = seg.tokens[p].span.end..seg.tokens[k].span.start;
    (seg.tokens[p].kind == TokenKind::Word
        && !text.as_bytes().get(gap).is_some_and(|g| g.contains(&b'\n')))
    .then_some(p)
}

/// Whether a live candidate among `out[from..]` covers `token`, whatever
/// their order (the sentence's candidates are not sorted yet while the
/// subject phrases are added).
fn covered_anywhere(out: &[Candidate<'_>], from: usize, token: usize) -> bool {
    out[from..]
        .iter()
        .any(|c| !c.dead && c.mention.tokens.contains(&token))
}

/// The index (into `out`) of the live candidate among `out[from..]`
/// (sorted by start) whose tokens contain `token`.
fn covering(out: &[Candidate<'_>], from: usize, token: usize) -> Option<usize> {
    let slice = &out[from..];
    let after = slice.partition_point(|c| c.mention.tokens.start <= token);
    // Candidates do not nest, except a few absorbed ones: look at the last two.
    (after.saturating_sub(2)..after)
        .rev()
        .find(|&i| !slice[i].dead && slice[i].mention.tokens.contains(&token))
        .map(|i| from + i)
}

/// The index of the live candidate among `out[from..]` (sorted by start)
/// that starts at `token`.
fn starting(out: &[Candidate<'_>], from: usize, token: usize) -> Option<usize> {
    let slice = &out[from..];
    let at = slice.partition_point(|c| c.mention.tokens.start < token);
    (at..slice.len())
        .take_while(|&i| slice[i].mention.tokens.start == token)
        .find(|&i| !slice[i].dead)
        .map(|i| from + i)
}

/// Words that end a noun phrase when stepping back from its head (`class`
/// is the word's [`WordClass`]).
fn ends_noun_phrase(word: &str, class: WordClass) -> bool {
    // (the class bits before the list of words)
    class.cue_class().is_some()
        || class.is_verb_modifier()
        || class.is_capitalised_function_word()
            && !class.is_quantity_word()
            && !opens_counted_phrase(word)
}

/// Whether `word` is, ignoring ASCII case, one of the function words that
/// count or pick out what follows them (most, several, three, those,
/// each): lowered into a buffer of eight bytes (none is longer) and
/// matched at once, not compared with each in turn.
fn opens_counted_phrase(word: &str) -> bool {
    let mut buffer = [0u8; 8];
    let Some(lower) = buffer.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"most"
            | b"many"
            | b"some"
            | b"all"
            | b"both"
            | b"few"
            | b"several"
            | b"one"
            | b"two"
            | b"three"
            | b"four"
            | b"five"
            | b"six"
            | b"seven"
            | b"eight"
            | b"nine"
            | b"ten"
            | b"those"
            | b"neither"
            | b"none"
            | b"other"
            | b"another"
            | b"each"
    )
}

/// The pronoun a possessive at token `i` stands for (with its gender), when
/// a noun of saying follows within three words: *his* comment, *her*
/// March remark, *their* stock answer.
fn possessive_of_speech(
    text: &str,
    seg: &Segmentation,
    i: usize,
    end: usize,
    fiction: bool,
) -> Option<(&'static str, Gender)> {
    // (his, her, its, their and "who" have a bit of their class, in any
    // case: most words are turned away by it, and these five told apart
    // by their length and first two letters)
    if !seg.class(i).is_who_or_possessive() {
        return None;
    }
    let bytes = seg.bytes(text, i);
    let letter = |at: usize| bytes.get(at).map(|b| b | 0x20);
    let (key, gender) = match (bytes.len(), letter(0), letter(1)) {
        (3, Some(b'h'), Some(b'i')) => ("he", Gender::Male),
        (3, Some(b'h'), Some(b'e')) => ("she", Gender::Female),
        (3, Some(b'i'), _) => ("it", Gender::Other),
        (5, Some(b't'), _) => ("they", Gender::Other),
        // ("who")
        _ => return None,
    };
    (i + 1..end.min(i + 4))
        .take_while(|&k| seg.tokens[k].kind == TokenKind::Word)
        .any(|k| {
            seg.class(k).is_speech_noun()
                || seg.class(k).is_stance_noun()
                || (fiction && seg.class(k).is_reply_noun())
        })
        .then_some((key, gender))
}

/// The subject pronoun a contraction opens with (He's → He, they’re →
/// they), if it is one.
fn pronoun_of_contraction(word: &str) -> Option<&str> {
    // (a pronoun of one to four letters, then an apostrophe of one or
    // three bytes and one or two letters: the apostrophe, ' or the 0xE2
    // byte that opens ’, stands at byte 1 to 4)
    // (and the pronoun's first letter is one of he, she, they, we, i and
    // it in any case: most capitalised words begin with none, and need no
    // search for the apostrophe)
    let bytes = word.as_bytes();
    if !(3..=9).contains(&bytes.len())
        || !matches!(bytes[0] | 0x20, b'h' | b's' | b't' | b'w' | b'i')
        || !lexicon::apostrophe_in_1_to_4(bytes)
    {
        return None;
    }
    let cut = word.find(['\'', '’'])?;
    let (pronoun, rest) = word.split_at(cut);
    let suffix = rest.trim_start_matches(['\'', '’']);
    (matches!(suffix, "s" | "re" | "m" | "ve" | "ll" | "d")
        && lexicon::subject_pronoun(pronoun).is_some())
    .then_some(pronoun)
}

/// Whether `word` opens a place's name of two words when it is written
/// before one: New, North, South, East, West and their -ern forms.
fn is_place_prefix(word: &str) -> bool {
    ["New", "North", "South", "East", "West"]
        .iter()
        .any(|prefix| {
            word.strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || (*prefix != "New" && rest == "ern"))
        })
}

/// Whether a state or a country is written after a comma at token
/// `at`, the place a city before it lies in, and the phrase ends there
/// (Dallas, Texas, on …; Hilton Head, South Carolina.; Orlando, Fla.):
/// not a surname and a noun (Cruz, Texas senator).
fn state_follows(text: &str, seg: &Segmentation, at: usize) -> bool {
    let word_at = |t: usize| {
        seg.tokens
            .get(t)
            .filter(|token| token.kind == TokenKind::Word)
            .map(|token| (seg.class(t), token.span.as_str(text)))
    };
    let ends_at = |t: usize| {
        seg.tokens
            .get(t)
            .is_none_or(|token| token.kind == TokenKind::Punct)
    };
    if !(at < seg.tokens.len() && seg.is_byte(text, at, b',')) {
        return false;
    }
    match word_at(at + 1) {
        Some((class, _)) if class.is_country() => ends_at(at + 2),
        Some((_, word)) if is_place_prefix(word) => {
            word_at(at + 2).is_some_and(|(_, next)| is_upper_word(next)) && ends_at(at + 3)
        }
        _ => false,
    }
}

/// Whether `words`, the words of a name so far, are two or three plain
/// capitalised words, none a title, a body's word or a demonym, the
/// first not in -s: a given name and a surname the lists may not know
/// (Dan Ives of Wedbush Securities), where one word before "of" names a
/// thing (the Bank of America, the Statue of Liberty), and a plural a
/// body (the Communications Workers of America).
fn plain_full_name(seg: &Segmentation, words: &[(usize, &str)]) -> bool {
    (2..=3).contains(&words.len())
        && !words[0].1.ends_with('s')
        && words.iter().all(|&(w, word)| {
            let class = seg.class(w);
            is_upper_word(word)
                && !is_acronym(word)
                && !class.is_title()
                && !class.is_organisation_word()
                && !class.is_demonym()
                && !class.is_country()
                && !class.is_capitalised_function_word()
        })
}

/// Whether `word` is written as an acronym: capitals (with any dots,
/// digits or "&" among them), and perhaps a plural's "s" (PACs).
fn is_acronym(word: &str) -> bool {
    let bytes = word.as_bytes();
    let bytes = bytes.strip_suffix(b"s").unwrap_or(bytes);
    bytes.first().is_some_and(u8::is_ascii_uppercase)
        && bytes
            .iter()
            .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'.' || b == b'&')
}

/// Whether `word` is two capitals joined by a dot, as the names of
/// states and cities are shortened (N.H, D.C, L.A): a place, where a
/// person's initials are written with a dot after each (J.R.) or none.
fn is_dotted_place(word: &str) -> bool {
    matches!(word.as_bytes(), [a, b'.', b] if a.is_ascii_uppercase() && b.is_ascii_uppercase())
}

/// Whether a title or a word of a body's name stands right before the
/// connector at token `j`: Secretary of State, the Bank of America, the
/// Duchess of Monmouth are names that go on past their "of".
fn title_or_body_before(seg: &Segmentation, j: usize) -> bool {
    let before = seg.class(j - 1);
    before.is_title() || before.is_organisation_word()
}

/// Whether a given name stands among `words`, the words of a name so far,
/// before its last: the words then name a person (Ted Cruz, Sen. John R.
/// Kasich), whose name ends before an "of".
fn given_name_before_last(seg: &Segmentation, words: &[(usize, &str)]) -> bool {
    let Some((_, before_last)) = words.split_last() else {
        return false;
    };
    before_last
        .iter()
        .any(|&(w, word)| seg.class(w).given_name_gender(word).is_some())
}

fn next_is_upper(text: &str, seg: &Segmentation, i: usize, end: usize) -> bool {
    i < end && seg.tokens[i].kind == TokenKind::Word && is_upper_at(text, seg, i)
}

/// Whether token `i` opens with an upper-case letter ([`is_upper_word`]),
/// read from its first byte when that is ASCII (most words), without
/// cutting the word out of the text.
#[inline(always)]
fn is_upper_at(text: &str, seg: &Segmentation, i: usize) -> bool {
    match seg.bytes(text, i).first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => is_upper_word(seg.word(text, i)),
    }
}

/// A nominal source starting at `start`, whose modifiers begin at `body`:
/// up to four words ending in a source noun. Adds it to `out` and returns
/// the token after it.
// (always inlined: most calls answer at the first test, before a call)
#[inline(always)]
fn nominal_at<'t>(
    text: &'t str,
    seg: &Segmentation,
    start: usize,
    body: usize,
    end: usize,
    after_prep: bool,
    out: &mut Vec<Candidate<'t>>,
) -> Option<usize> {
    // (the head is a source noun among the next five words: most
    // determiners have none after them, and their classes say so at once)
    // (the five words most windows hold asked at once, with no loop)
    let window = seg.classes.get(body..end.min(body + 5)).unwrap_or_default();
    let noun = match <&[WordClass; 5]>::try_from(window) {
        Ok([a, b, c, d, e]) => {
            a.is_source_noun()
                | b.is_source_noun()
                | c.is_source_noun()
                | d.is_source_noun()
                | e.is_source_noun()
        }
        Err(_) => window.iter().any(|class| class.is_source_noun()),
    };
    if !noun {
        return None;
    }
    nominal_with_noun(text, seg, start, body, end, after_prep, out)
}

/// [`nominal_at`] where a source noun stands among the five words from
/// `body`.
// (the candidate is built where `out` keeps it, not returned and moved)
#[inline(never)]
fn nominal_with_noun<'t>(
    text: &'t str,
    seg: &Segmentation,
    start: usize,
    body: usize,
    end: usize,
    after_prep: bool,
    out: &mut Vec<Candidate<'t>>,
) -> Option<usize> {
    let mut head = None;
    let mut j = body;
    while j < end && j < body + 5 {
        if seg.tokens[j].kind != TokenKind::Word {
            break;
        }
        let class = seg.class(j);
        // "The New York Post reports": a verb, not a head noun (but "the
        // congressional report": a noun after a lower-case modifier, and "a
        // Government Accountability Office report": a bare form, which a
        // singular name would not take as its verb)
        let after_modifier = |j: usize| {
            class.is_source_noun()
                && (!is_upper_at(text, seg, j - 1) || class.is_ambiguous_base_form())
        };
        // (a cue in its bare form before a title is a noun: the White
        // House press secretary)
        let before_title = || subjects::noun_before_title(text, seg, j);
        if j > body && class.cue_class().is_some() && !after_modifier(j) && !before_title() {
            break;
        }
        // (a title after a head noun heads the compound: "campaign
        // manager"; not one written before a name, which is the name's:
        // campaign manager Jeff Weaver)
        // (its class asked first: few words are titles)
        let heading_title = |k: usize| {
            seg.class(k).is_title()
                && !(k + 1 < seg.tokens.len()
                    && seg.tokens[k + 1].kind == TokenKind::Word
                    && is_upper_at(text, seg, k + 1))
        };
        let noun = class.is_source_noun()
            || (class.is_title() && head.is_some() && heading_title(j))
            || (class.cue_class().is_some() && before_title());
        if noun && (!is_upper_at(text, seg, j) || j == start) {
            head = Some(j);
            // A compound head continues: "campaign officials", "campaign
            // manager".
            if !(j + 1 < end
                && seg.tokens[j + 1].kind == TokenKind::Word
                && (seg.class(j + 1).is_source_noun() || heading_title(j + 1))
                && !is_upper_at(text, seg, j + 1))
            {
                break;
            }
        } else if (class.cue_class().is_some() && !before_title())
            || class.is_preposition()
            || class.is_that()
            || class.subject_pronoun().is_some()
            // (an adverb ends the phrase, but "earlier" and "later" before
            // its noun are adjectives: an earlier report)
            || class.is_verb_modifier()
                && !seg.bytes(text, j).ends_with(b"ly")
                && !matches!(seg.bytes(text, j), b"earlier" | b"later")
        {
            break;
        }
        j += 1;
    }
    let head = head?;
    let head_word = token_text(text, seg.tokens[head].span);
    // A bare noun (no determiner) must be plural: "experts say", not "report says".
    if start == body
        && start == head
        && !(head_word.ends_with('s') || matches!(head_word, "people" | "police" | "percent"))
    {
        return None;
    }
    let span = Span::new(seg.tokens[start].span.start, seg.tokens[head].span.end);
    out.push(Candidate {
        dead: false,
        weak: false,
        mention: Draft {
            span,
            tokens: start..head + 1,
            kind: MentionKind::Nominal,
            possessive: false,
            after_preposition: after_prep,
        },
        key: nominal_key(token_text(text, span)),
        entity_kind: EntityKind::Nominal,
        gender: nominal_gender(head_word),
        name_words: 0,
        headless: false,
        honorific: false,
        titled: false,
    });
    Some(head + 1)
}

fn nominal_gender(head: &str) -> Gender {
    if let Some(gender) = lexicon::person_noun_gender(head) {
        return gender;
    }
    match head {
        w if w.ends_with('s') || w == "people" || w == "police" || w == "men" || w == "women" => {
            Gender::Other
        }
        _ => Gender::Unknown,
    }
}

/// In fiction, whether the capitalised number at token `i`
/// ([`lexicon::is_capitalised_number`]) of the sentence `sentence` is a
/// character's name: capitalised after a lower-case word inside the
/// sentence, where numbers are written small (“…,” said Five; On which
/// Seven looked up; looked at Two), and not the first word of a name or
/// a time (Five Towns, Seven o'clock).
fn number_names_a_character(
    text: &str,
    seg: &Segmentation,
    i: usize,
    sentence: Range<usize>,
) -> bool {
    if i <= sentence.start || !lexicon::is_capitalised_number(seg.word(text, i)) {
        return false;
    }
    let word_at = |k: usize| k < sentence.end && seg.tokens[k].kind == TokenKind::Word;
    let time = word_at(i + 1) && {
        let next = seg.word(text, i + 1);
        next.starts_with("o'") || next.starts_with("o’")
    };
    word_at(i - 1)
        && !is_upper_at(text, seg, i - 1)
        && !next_is_upper(text, seg, i + 1, sentence.end)
        && !time
}

/// A proper-name sequence starting at token `start`, a name word
/// ([`is_name_word`]) written `first_word` (cut out of the text by the caller
/// already); adds the candidate to `out` and returns the token after it.
/// `words` is a buffer for the sequence's words (each token index with
/// its text, sliced once), reused from call to call.
// (the candidate is built where `out` keeps it, not returned and moved
// there: it is large, and most capitalised words open a name)
// (one caller; left to itself the compiler stopped inlining it when it
// grew, and 17,658 calls over 300 news texts then cost 1.2 M instructions)
#[inline(always)]
#[allow(clippy::too_many_arguments)] // (the walk's state, each one read)
fn name_sequence<'t>(
    text: &'t str,
    seg: &Segmentation,
    (start, first_word): (usize, &'t str),
    end: usize,
    after_prep: bool,
    sentence_start: usize,
    fiction: bool,
    words: &mut Vec<(usize, &'t str)>,
    out: &mut Vec<Candidate<'t>>,
) -> Option<usize> {
    // Collect the words of the sequence (and the dots of abbreviations).
    // (the first word is one, as the caller asked, and a possessive
    // ends the name there: Trump's)
    words.clear();
    words.push((start, first_word));
    let mut j = start + 1;
    // (the stem of the possessive that ends the sequence, if one does: only
    // its last word can be one, as no connector is one)
    let (first_stem, first_possessive) = strip_possessive(first_word);
    let mut possessive_stem = first_possessive.then_some(first_stem);
    // (the number of the words that name a person before an "of" that
    // says where they are from, if one does: see below)
    let mut person_ends_at: Option<usize> = None;
    while j < end && !first_possessive {
        let t = seg.tokens[j];
        match t.kind {
            TokenKind::Word => {
                let w = token_text(text, t.span);
                if is_name_word(w, seg.class(j)) {
                    // A headline's verb of saying ends the name: Sanders
                    // Says …, Obama Claims …, Carson Slams … (not Consumer
                    // Reports, nor the United States). (Asked of name
                    // words only: no connector is one, and most words
                    // after a name are in lower case.)
                    if matches!(w, "Says" | "Said")
                        || (w.len() > 4
                            && (w.ends_with('s') || w.ends_with("ed"))
                            && !matches!(w, "Reports" | "States")
                            && matches!(
                                seg.class(j).cue_class(),
                                Some(lexicon::CueClass::Speech | lexicon::CueClass::Naming)
                            ))
                    {
                        break;
                    }
                    words.push((j, w));
                    let (stem, possessive) = strip_possessive(w);
                    if possessive {
                        possessive_stem = Some(stem);
                        j += 1;
                        break;
                    }
                } else if (is_name_connector(w.as_bytes())
                    // (and "for" after a body's word: the Institute for
                    // Fiscal Studies, the Office for Budget Responsibility)
                    || (w == "for" && title_or_body_before(seg, j)))
                    && next_is_upper(text, seg, j + 1, end)
                    && !(w == "and" && words.len() < 2)
                    // (in fiction, "the" opens a character's name instead:
                    // Presently the Rabbit came back)
                    && !(w == "the" && fiction)
                    // (nor does "of" join two names in fiction, unless a
                    // title or a body comes before it: the Duchess of
                    // Monmouth, not Hearing of Gino or Memories of Evie)
                    && !(w == "of" && fiction && !title_or_body_before(seg, j))
                {
                    if w == "and" {
                        // "Smith and Jones": two people, stop here.
                        break;
                    }
                    // (in the news, "of" after a person's given name and
                    // surname says where they are from or whom they work
                    // for: Bernie Sanders of Vermont, Paul Sperry of
                    // Counter Jihad are named Bernie Sanders and Paul
                    // Sperry, the words after "of" kept in the mention's
                    // span, where the Bank of America is one name)
                    if w == "of"
                        && person_ends_at.is_none()
                        && !title_or_body_before(seg, j)
                        && (given_name_before_last(seg, words) || plain_full_name(seg, words))
                    {
                        person_ends_at = Some(words.len());
                    }
                    words.push((j, w));
                } else {
                    break;
                }
            }
            TokenKind::Punct => {
                // The dot of an abbreviation or initial: Sen. / J.
                let attached = seg.tokens[j - 1].span.end == t.span.start;
                if t.span.bytes(text) == b"."
                    && attached
                    && words.last().is_some_and(|&(k, word)| {
                        let class = seg.class(k);
                        class.is_abbreviation() || class.is_title() || word.chars().count() == 1
                    })
                    && next_is_upper(text, seg, j + 1, end)
                {
                    j += 1;
                    continue;
                }
                break;
            }
            TokenKind::Quote(_) => break,
        }
        j += 1;
    }
    // Trailing connectors never end a name.
    while words.last().is_some_and(|&(_, word)| !is_upper_word(word)) {
        words.pop();
    }
    if words.is_empty() {
        return None;
    }
    let seq_end = words[words.len() - 1].0 + 1;
    // (the person's name is the words before the "of" of where they are
    // from, the span runs on past them; a possessive there is the
    // mention's, not the name's)
    let mut possessive_after_name = false;
    if let Some(at) = person_ends_at.filter(|&at| at < words.len()) {
        words.truncate(at);
        possessive_after_name = possessive_stem.take().is_some();
    }
    let mut has_the = false;
    // (the token of that "the", for a character in fiction: the Gryphon)
    let mut the_token = None;
    let mut first = 0;
    let sentence = sentence_start..end;
    let names_a_character =
        |w: usize| fiction && number_names_a_character(text, seg, w, sentence.clone());
    while first < words.len()
        && seg.class(words[first].0).is_capitalised_function_word()
        && !names_a_character(words[first].0)
    {
        if words[first].1.eq_ignore_ascii_case("the") {
            has_the = true;
            the_token = Some(words[first].0);
        }
        first += 1;
    }
    if first == words.len() {
        return None;
    }
    // In fiction, a name opens with its given name or its title: the
    // capitalised words before them are a description (Darling Tony,
    // Whereas Philip, Luckily Sir Thomas, Poor Mrs Charles), so the name
    // starts after them. (In the news, LeBron James and Elton John.)
    if fiction && words.len() - first >= 2 {
        let opens_name = |(w, word): (usize, &str)| {
            let word = strip_possessive(word).0;
            // (the word of the whole token has the token's class, which
            // the tokenizer worked out: no lookup of its text; a
            // possessive's stem is looked up)
            let whole = seg.tokens[w].span.len() == word.len();
            let class = seg.class(w);
            (if whole {
                class.given_name_gender(word)
            } else {
                lexicon::given_name_gender(word)
            })
            .is_some()
                || (if whole {
                    class.honorific_gender()
                } else {
                    lexicon::honorific_gender(word)
                })
                .is_some()
                || class.is_title()
        };
        if let Some(k) = (first..words.len()).find(|&k| opens_name(words[k])) {
            let described = words[first..k].iter().all(|&(w, word)| {
                is_upper_word(word) && !seg.class(w).is_abbreviation() && word.chars().count() > 1
            });
            if k > first && described {
                first = k;
            }
        }
    }
    // A dateline (WASHINGTON —) or a sentence-opening adverb (Specifically,)
    // is not a name.
    if words.len() - first == 1 {
        let (only_token, only) = words[first];
        // (a lower-case ASCII letter, the second byte of most names, says
        // no before the letters are decoded)
        let shouting = !only.bytes().any(|b| b.is_ascii_lowercase())
            && !only.chars().any(char::is_lowercase)
            && only.chars().filter(|c| c.is_alphabetic()).count() > 3;
        // (only opening the sentence: said Skelly, explaining…; also a
        // connective or a speaker's opening word: Nonetheless, Look,)
        // (the comma asked before the word lists: most lone words have
        // none after them)
        let adverb = only_token == sentence_start
            && seg
                .tokens
                .get(only_token + 1)
                .is_some_and(|t| t.span.bytes(text) == b",")
            && ((only.len() > 4 && only.ends_with("ly"))
                || lexicon::is_comma_opener(only.as_bytes()));
        let class = seg.class(only_token);
        // (but a transcript's speaker label is a name: TAPPER: …)
        let label = only_token == sentence_start
            && seg
                .tokens
                .get(only_token + 1)
                .is_some_and(|t| t.span.bytes(text) == b":")
            && !lexicon::is_headline_label(only);
        // (nor is a title's first word opening the sentence before the
        // rest of the title in lower case: Press secretary Karine
        // Jean-Pierre, Deputy press secretary…, Senior adviser…)
        let opens_title = only_token == sentence_start
            && class.is_title()
            && seg.tokens.get(only_token + 1).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && text
                        .as_bytes()
                        .get(t.span.start)
                        .is_some_and(u8::is_ascii_lowercase)
                    && seg.class(only_token + 1).is_title()
            });
        if (shouting && !label && !class.is_organisation_word() && !class.is_country())
            || adverb
            || opens_title
        {
            return None;
        }
    }
    if start > 0
        && seg.tokens[start - 1].kind == TokenKind::Word
        // (the length first: most words before a name are no "the")
        && seg.tokens[start - 1].span.len() == 3
        && seg.bytes(text, start - 1).eq_ignore_ascii_case(b"the")
    {
        has_the = true;
        the_token = the_token.or(Some(start - 1));
    }
    let (last_token, last_written) = words[words.len() - 1];
    // (a possessive's word is a name's, and stays last)
    let (last_word, written_possessive) = match possessive_stem {
        Some(stem) => (stem, true),
        None => (last_written, false),
    };
    let possessive =
        written_possessive || possessive_after_name || lost_apostrophe_s(text, seg, last_token);
    // What the lists say about the k-th word, the last without its 's.
    let last_class = if possessive {
        class_of_stem(last_word)
    } else {
        seg.class(last_token)
    };
    let class_of = |k: usize| {
        if k + 1 == words.len() {
            last_class
        } else {
            seg.class(words[k].0)
        }
    };
    // Split off the title prefix: everything up to the last title or demonym.
    let mut name_from = first;
    let mut gender = Gender::Unknown;
    // (the last word is the name's own, whatever it is)
    let before_last = words.len() - 1;
    for (k, &(w, word)) in words[..before_last].iter().enumerate().skip(first) {
        // (a plural title names each of the names after it: Captains
        // Wentworth and Harville, Senators Warren and Sanders)
        let plural_title = || {
            word.strip_suffix('s').is_some_and(lexicon::is_title)
                || matches!(word, "Messrs" | "Messrs." | "Misses")
        };
        if seg.class(w).is_title()
            || seg.class(w).is_demonym()
            || !is_upper_word(word)
            || plural_title()
        {
            if let Some(g) = seg.class(w).honorific_gender() {
                gender = g;
            }
            if name_from == k {
                name_from = k + 1;
            }
        }
    }
    // (and a title after the name of an organisation or a place: the
    // person is the name after it, Republican National Committee
    // Chairman Reince Priebus, Ohio Gov. John Kasich)
    let plain_name_word = |k: usize| {
        let class = class_of(k);
        is_upper_word(words[k].1)
            && !class.is_title()
            && !class.is_organisation_word()
            && !class.is_demonym()
    };
    // (two words at least, a given name and a surname, after the title:
    // the Department of Homeland Security is no person Security; so
    // only a run of three words or more is read, and most names are one
    // or two)
    if words.len() >= name_from + 3 {
        let mut own_name = words.len();
        while own_name > name_from + 1 && plain_name_word(own_name - 1) {
            own_name -= 1;
        }
        if own_name + 2 <= words.len() && seg.class(words[own_name - 1].0).is_title() {
            name_from = own_name;
        }
    }
    // (or a given name: Hillary Clinton, Elizabeth are she)
    if gender == Gender::Unknown && name_from < words.len() {
        let (w, word) = words[name_from];
        gender = seg.class(w).given_name_gender(word).unwrap_or(gender);
    }
    let single_name = words.len() - name_from == 1;
    // A lone demonym or title is not a name ("Chinese wouldn’t", "President said").
    if single_name && last_class.is_demonym() && !last_class.is_country() {
        return None;
    }
    // Nor is a day or a time ("Monday’s installment", "Super Tuesday").
    // (only a weekday or a named day: Kristen Day and the Day who speaks
    // after her are persons)
    // (the class first: most names are no noun of time)
    let weekday = || last_word.len() >= 6 && last_word.ends_with("day");
    if last_class.is_temporal_noun()
        && last_word.chars().skip(1).any(char::is_lowercase)
        && words.len() - first <= 2
        && (weekday() || {
            // The word naming the day, in the name or (Election) just
            // before it.
            let naming = if words.len() - first == 2 {
                Some(words[first].0)
            } else {
                words[first].0.checked_sub(1)
            };
            naming.is_some_and(|n| {
                seg.tokens[n].kind == TokenKind::Word
                    && lexicon::is_named_day(seg.word(text, n), last_word)
            })
        })
    {
        return None;
    }
    // (only the last word can be a possessive: the sequence ends there)
    // (a saint after a word that is no given name or title is a place,
    // not a person: Styles St. Mary; but Reggie St Cloud and Mr. St. John
    // are men)
    // (the word "St" asked first, before the words around it are read:
    // most names have none)
    let saint_place = (first + 1..words.len().saturating_sub(1)).any(|k| {
        if !words[k].1.eq_ignore_ascii_case("st") {
            return false;
        }
        let (before, before_word) = words[k - 1];
        let saint = strip_possessive(words[k + 1].1).0;
        is_upper_word(before_word)
            && !seg.class(before).is_title()
            && !seg.class(before).is_abbreviation()
            && lexicon::given_name_gender(before_word).is_none()
            && lexicon::given_name_gender(saint).is_some()
    });
    let is_org = saint_place
        || (name_from..words.len()).any(|k| class_of(k).is_organisation_word())
        || (single_name && last_class.is_country())
        // (a place the prefix of a compass point or "New" names: New
        // York, South Carolina, West Virginia, whose last word alone is
        // no one's name)
        || (single_name && name_from > first && is_place_prefix(words[name_from - 1].1))
        // (a state's or a city's abbreviation of two capitals: N.H., D.C.;
        // Fla. and Calif. are among the countries' words)
        || (single_name && is_dotted_place(last_word))
        // (in the news, words of capitals are a body, a thing or a
        // dateline: PAC, TV, UPI, CEOs, SAN FRANCISCO —; not a
        // transcript's speaker, TRUMP: …)
        || (!fiction
            && name_from < words.len()
            && words[name_from..].iter().all(|&(_, word)| is_acronym(word))
            && seg
                .tokens
                .get(seq_end)
                .is_none_or(|t| t.span.bytes(text) != b":"))
        // (a city, by the state or country written after it: Dallas,
        // Texas; Hilton Head, South Carolina; Orlando, Fla.)
        || (gender == Gender::Unknown && !possessive && state_follows(text, seg, seq_end))
        // (a people is a group, not a person: Americans, Iranians)
        || (single_name
            && last_word
                .strip_suffix('s')
                // (Christian, a given name too, is no demonym; Christians
                // are a people)
                .is_some_and(|one| lexicon::is_demonym(one) || one == "Christian"))
        || (has_the
            && !fiction
            && gender == Gender::Unknown
            && !words[first..].iter().any(|&(w, _)| seg.class(w).is_title()));
    let title_only = name_from == words.len();
    // An honorific before a single name is part of who it is: Mr. Bennet
    // and Mrs. Bennet are two people.
    let honorific = !is_org
        && name_from > first
        && words.len() - name_from == 1
        && words[first..name_from]
            .iter()
            .all(|&(w, _)| seg.class(w).honorific_gender().is_some());
    let titled =
        !is_org && single_name && name_from > first && seg.class(words[name_from - 1].0).is_title();
    let key = if title_only || is_org {
        joined_words(text, seg, &words[first..], last_word)
    } else if honorific {
        honorific_key(text, seg, words[first].0, last_token, last_word)
    } else {
        joined_words(text, seg, &words[name_from..], last_word)
    };
    // (in fiction, "the" belongs to a character's name: the Gryphon)
    let from = match the_token {
        Some(the) if fiction && !is_org => the,
        _ => words[first].0,
    };
    // The dot of a suffix that ends a name is the name's, unless it ends
    // the sentence too (Martin Luther King Jr. said, Apple Inc. said): a
    // word after the name then sees the name next to it.
    // (the dot asked first: few names have one after them)
    let mention_end = if seq_end + 1 < end
        && seg.is_byte(text, seq_end, b'.')
        && seg.tokens[seq_end - 1].span.end == seg.tokens[seq_end].span.start
        && !possessive
        && lexicon::is_name_suffix(last_word)
    {
        seq_end + 1
    } else {
        seq_end
    };
    let span = Span::new(
        seg.tokens[from].span.start,
        seg.tokens[mention_end - 1].span.end,
    );
    // A lone word opening its sentence, followed by the sentence's end or a
    // lower-case word that does not read as a verb, may not be a name; nor
    // may a participle and its comma (Emerging, he said).
    let weak = words.len() - first == 1
        && words[first].0 == sentence_start
        && gender == Gender::Unknown
        && !is_org
        && match seg.tokens.get(seq_end) {
            None => true,
            Some(next) if next.kind == TokenKind::Punct => match next.span.as_str(text) {
                "." | "!" | "?" => true,
                "," => last_word.len() > 5 && last_word.ends_with("ing"),
                _ => false,
            },
            Some(next) if next.kind == TokenKind::Word => {
                let w = next.span.as_str(text);
                let class = seg.class(seq_end);
                // (Sales were great: a plural verb after a lone word)
                matches!(w, "were" | "are")
                    || w.chars().next().is_some_and(char::is_lowercase)
                        && class.cue_class().is_none()
                        && !class.is_verb_modifier()
                        && !w.ends_with("ed")
                        && (!w.ends_with('s') || w.ends_with("ss"))
                        // (a past tense that a person does, after one
                        // word that is no plural: Bryne went on to say)
                        && (last_word.ends_with('s')
                            || !matches!(
                                w,
                                "went" | "thought" | "felt" | "knew" | "wrote" | "spoke" | "met"
                            ))
            }
            Some(_) => false,
        };
    out.push(Candidate {
        dead: false,
        weak,
        mention: Draft {
            span,
            tokens: from..mention_end,
            kind: MentionKind::Name,
            possessive,
            // (with The Huffington Post: past "the"; After Trump said: the
            // capitalised word is the preposition)
            after_preposition: (after_prep
                && words[..first]
                    .iter()
                    .all(|&(_, w)| w.eq_ignore_ascii_case("the")))
                || words[..first]
                    .last()
                    .is_some_and(|&(w, _)| seg.class(w).is_preposition()),
        },
        key,
        entity_kind: if is_org {
            EntityKind::Organisation
        } else {
            EntityKind::Person
        },
        gender,
        name_words: if is_org || title_only {
            0
        } else {
            u8::try_from(words.len() - name_from).unwrap_or(u8::MAX)
        },
        headless: false,
        honorific,
        titled,
    });
    Some(j.max(seq_end))
}

/// `words` with every run of whitespace made one space: borrowed when it
/// is so already (the common case: no allocation).
pub(crate) fn single_spaced(words: &str) -> Cow<'_, str> {
    if is_single_spaced(words) {
        Cow::Borrowed(words)
    } else {
        // (the words joined by single spaces, as join would)
        let mut spaced = String::with_capacity(words.len());
        for (k, word) in words.split_whitespace().enumerate() {
            if k > 0 {
                spaced.push(' ');
            }
            spaced.push_str(word);
        }
        Cow::Owned(spaced)
    }
}

/// Whether `words` has no white space but single spaces: no two spaces in
/// a row, and no other white space character.
fn is_single_spaced(words: &str) -> bool {
    // (eight bytes at a time; the ASCII white space besides the space is
    // \t, \n, \x0B, \x0C and \r, as char::is_whitespace says: the bytes
    // 0x09 to 0x0D)
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // (whether the byte before the eight is a space)
    let mut after_space = false;
    for chunk in words.as_bytes().chunks(8) {
        // (zero-padded: a zero byte is neither a space nor white space)
        let word = word_of(chunk);
        if word & HIGH != 0 {
            // (a character that is not ASCII: asked of the characters)
            return !words.contains("  ")
                && !words.contains(|c: char| c.is_whitespace() && c != ' ');
        }
        // (all ASCII: no sum carries into the next byte)
        let from_tab = word + ONES * (0x80 - 0x09);
        let past_return = word + ONES * (0x80 - 0x0E);
        let spaces = spaces_in(word);
        if from_tab & !past_return & HIGH != 0
            || spaces & (spaces >> 8) != 0
            || (after_space && spaces & 0x80 != 0)
        {
            return false;
        }
        after_space = spaces >> 56 != 0;
    }
    true
}

/// The key of a name with its honorific, from token `from` to token
/// `last` (written as `last_word`, its possessive dropped): the text as it
/// stands ("Mr. Bennet"), its spaces made single.
fn honorific_key<'t>(
    text: &'t str,
    seg: &Segmentation,
    from: usize,
    last: usize,
    last_word: &'t str,
) -> Cow<'t, str> {
    let start = seg.tokens[from].span.start;
    let end = seg.tokens[last].span.start + last_word.len();
    single_spaced(&text[start..end])
}

/// The words `words` (at least one; token index and text) joined by single
/// spaces, the last one written as `last` (a prefix of its token): a slice
/// of the text when they stand there so, else a new string.
// (inlined: most names are one word, `last` itself, and need no call)
#[inline(always)]
fn joined_words<'t>(
    text: &'t str,
    seg: &Segmentation,
    words: &[(usize, &'t str)],
    last: &'t str,
) -> Cow<'t, str> {
    if words.len() == 1 {
        return Cow::Borrowed(last);
    }
    joined_words_of_several(text, seg, words, last)
}

/// [`joined_words`] of two words or more.
fn joined_words_of_several<'t>(
    text: &'t str,
    seg: &Segmentation,
    words: &[(usize, &'t str)],
    last: &'t str,
) -> Cow<'t, str> {
    let single_spaced = words.windows(2).all(|pair| {
        let (a, b) = (seg.tokens[pair[0].0].span, seg.tokens[pair[1].0].span);
        b.start == a.end + 1 && text.as_bytes()[a.end] == b' '
    });
    if single_spaced {
        let from = seg.tokens[words[0].0].span.start;
        let to = seg.tokens[words[words.len() - 1].0].span.start + last.len();
        return Cow::Borrowed(&text[from..to]);
    }
    Cow::Owned(spaced_words(words, last))
}

/// The words `words` joined by single spaces, the last one written as
/// `last`: the new string of [`joined_words`] (seldom needed).
#[cold]
fn spaced_words(words: &[(usize, &str)], last: &str) -> String {
    // (room for every word and a space after each: no growing)
    let mut joined = String::with_capacity(words.iter().map(|&(_, word)| word.len() + 1).sum());
    for (k, &(_, word)) in words.iter().enumerate() {
        if k > 0 {
            joined.push(' ');
        }
        joined.push_str(if k + 1 == words.len() { last } else { word });
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{marks, sentences};

    /// The entity name of each mention that has one, in order.
    fn entity_names(f: &Mentions) -> Vec<String> {
        f.mentions
            .iter()
            .filter_map(|m| m.entity)
            .map(|e| f.entities[e].name.clone())
            .collect()
    }

    fn found_in_fiction(text: &str) -> Mentions {
        let paras = sentences::paragraphs(text);
        let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
        find_mentions_in(text, &seg, &[], Genre::Fiction)
    }

    fn found(text: &str) -> Mentions {
        found_with(text, &[], Genre::News)
    }

    /// The mentions of `text` read in `genre` with a cast list.
    fn found_with(text: &str, known: &[KnownSpeaker], genre: Genre) -> Mentions {
        let paras = sentences::paragraphs(text);
        let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
        find_mentions_in(text, &seg, known, genre)
    }

    /// The entity of the first mention written `words` in `text`.
    fn entity_of_mention(f: &Mentions, text: &str, words: &str) -> Option<usize> {
        f.mentions
            .iter()
            .find(|m| m.span.as_str(text) == words)
            .and_then(|m| m.entity)
    }

    /// The name of the entity of the last mention written `words`.
    fn name_of_last<'f>(f: &'f Mentions, text: &str, words: &str) -> Option<&'f str> {
        f.mentions
            .iter()
            .rev()
            .find(|m| m.span.as_str(text) == words)
            .and_then(|m| m.entity)
            .map(|e| f.entities[e].name.as_str())
    }

    /// The text of every mention found, in order.
    fn mention_texts<'t>(f: &Mentions, text: &'t str) -> Vec<&'t str> {
        f.mentions.iter().map(|m| m.span.as_str(text)).collect()
    }

    /// Asserts that in each text, read as fiction, the one mention found
    /// is the given description.
    fn assert_only_mention_in_fiction(cases: &[(&str, &str)]) {
        for &(text, description) in cases {
            let f = found_in_fiction(text);
            assert_eq!(mention_texts(&f, text), [description], "{text}");
        }
    }

    #[test]
    fn a_calling_names_an_unnamed_person_before_the_verb() {
        assert_only_mention_in_fiction(&[
            (
                "The detective, registering below, remarked, \u{201c}Most irregular.\u{201d}",
                "The detective",
            ),
            (
                "At last the servant answered, \u{201c}Yes, sir.\u{201d}",
                "the servant",
            ),
            (
                "Then the croupier called, \u{201c}Zero!\u{201d}",
                "the croupier",
            ),
        ]);
    }

    #[test]
    fn a_relative_who_after_no_mention_is_named_by_its_head() {
        // (the words before the "who" of each text, or None)
        fn head(text: &str) -> Option<&str> {
            let paras = sentences::paragraphs(text);
            let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
            let who = (0..seg.tokens.len())
                .find(|&i| seg.word(text, i) == "who")
                .expect("a who");
            relative_head_words(text, &seg, who).map(|span| span.as_str(text))
        }
        let cases = [
            // (back to the determiner, across modifiers of any case)
            (
                "Sanders disavowed a campaign surrogate who said it.",
                Some("a campaign surrogate"),
            ),
            (
                "It is the Republican state attorney who charged him.",
                Some("the Republican state attorney"),
            ),
            (
                "They paid a Texas real estate developer who said so.",
                Some("a Texas real estate developer"),
            ),
            // (no determiner: the noun alone, whatever stands before it)
            ("Polls found voters who said so.", Some("voters")),
            ("He attacks judges who rule against him.", Some("judges")),
            ("Among those who said so, most agreed.", Some("those")),
            // (a quantity of them, but no other phrase with "of")
            (
                "More than half of the respondents who support him agreed.",
                Some("half of the respondents"),
            ),
            (
                "He read the memoirs of a spymaster who said so.",
                Some("a spymaster"),
            ),
            // (no noun: a pronoun, a time, a question)
            ("She asked him who had said so.", None),
            ("Workers today who want it said so.", None),
            ("Trump, who said so, left.", None),
            // (nor across a paragraph's end)
            ("Voters\n\nwho said so left.", None),
        ];
        for (text, expected) in cases {
            assert_eq!(head(text), expected, "{text}");
        }
    }

    #[test]
    fn a_page_who_comes_to_speak_is_a_person() {
        assert_only_mention_in_fiction(&[(
            "At last a page came to the table to say, \u{201c}A message, sir.\u{201d}",
            "a page",
        )]);
    }

    fn entity_names_of_mentions(f: &Mentions) -> Vec<&str> {
        f.mentions
            .iter()
            .filter_map(|m| m.entity)
            .map(|e| f.entities[e].name.as_str())
            .collect()
    }

    fn names(text: &str) -> Vec<(String, EntityKind)> {
        found(text)
            .entities
            .iter()
            .map(|e| (e.name.clone(), e.kind))
            .collect()
    }

    #[test]
    fn source_words_possessives_and_who_are_told_by_class() {
        let words = [
            "the",
            "The",
            "a",
            "an",
            "his",
            "His",
            "HIS",
            "her",
            "its",
            "their",
            "Their",
            "our",
            "officials",
            "Officials",
            "source",
            "sources",
            "experts",
            "who",
            "Who",
            "he",
            "she",
            "they",
            "it",
            "he's",
            "they’re",
            "it's",
            "o'the",
            "spokesman's",
            "aides’",
            "said",
            "two",
            "Two",
            "2",
            "people",
            "police",
            "x",
            "hís",
        ];
        for word in words {
            let class = WordClass::of(word);
            let bytes = word.as_bytes();
            // (the tests on the word's bytes that the class stands for)
            let expected = bytes.first().is_some_and(u8::is_ascii_lowercase)
                && (class.is_source_determiner() || class.is_source_noun())
                && class.subject_pronoun().is_none()
                && bytes != b"who"
                && !lexicon::apostrophe_in_1_to_4(bytes)
                && !lexicon::is_possessive(bytes);
            assert_eq!(
                is_lowercase_source_word(bytes[0], class),
                expected,
                "{word}"
            );
            // (the bit that the possessives and "who" are asked by)
            assert_eq!(
                class.is_who_or_possessive(),
                lexicon::is_possessive(bytes) || word.eq_ignore_ascii_case("who"),
                "{word}"
            );
        }
    }

    #[test]
    fn possessive_suffixes_are_cut_like_the_list() {
        // (the suffixes tried in turn, as the list was read before)
        let by_list = |word: &'static str| {
            for suffix in ["’s", "'s", "’", "'"] {
                if let Some(stem) = word.strip_suffix(suffix) {
                    if !stem.is_empty() {
                        return (stem, true);
                    }
                }
            }
            (word, false)
        };
        for word in [
            "Trump’s",
            "Trump's",
            "Jones’",
            "Jones'",
            "’s",
            "'s",
            "’",
            "'",
            "s",
            "Bess",
            "x’'s",
            "x'’s",
            "é’s",
            "a’",
            "’’",
            "''",
            "it’s",
            "Chris",
        ] {
            assert_eq!(strip_possessive(word), by_list(word), "{word}");
        }
    }

    #[test]
    fn stems_are_classed_like_words() {
        for word in [
            "Trump",
            "Obama",
            "Clinton",
            "Monday",
            "Reuters",
            "American",
            "Americans",
            "Mr",
            "Sen",
            "White",
            "House",
            "J",
            "Washington",
            "Elizabeth",
            "Darcy",
            "Bennet",
            "Post",
            "Times",
            "officials",
            "police",
            "McConnell",
            "O'Brien",
            "Zoë",
            "R-Ohio",
            "GOP",
            "2016",
            "Massachusetts",
            "Schwarzenegger",
            "Tuesday",
            "Lizzy",
            "Jane",
            "Kim",
        ] {
            assert_eq!(class_of_stem(word), WordClass::of(word), "{word}");
        }
    }

    #[test]
    fn possessives_before_nouns_of_saying_are_told_in_any_case() {
        let text =
            "His comment. HER comment. its comment. Their comment. Who comment. hIs comment.";
        let paras = sentences::paragraphs(text);
        let seg = sentences::segment(text, &paras, &marks::find_quotes(text, &paras));
        let keys: Vec<&str> = (0..seg.tokens.len())
            .filter_map(|i| possessive_of_speech(text, &seg, i, seg.tokens.len(), false))
            .map(|(key, _)| key)
            .collect();
        assert_eq!(keys, ["he", "she", "it", "they", "he"]);
    }

    #[test]
    fn apostrophes_are_found_four_bytes_at_a_time() {
        for b in 0..=255u8 {
            for len in 0..8 {
                for at in 0..len {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    let expected = bytes[1.min(len)..len.min(5)]
                        .iter()
                        .any(|&b| b == b'\'' || b == 0xE2);
                    assert_eq!(lexicon::apostrophe_in_1_to_4(&bytes), expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn counted_phrase_openers_are_matched_like_the_list() {
        const LIST: &[&str] = &[
            "most", "many", "some", "all", "both", "few", "several", "one", "two", "three", "four",
            "five", "six", "seven", "eight", "nine", "ten", "those", "neither", "none", "other",
            "another", "each",
        ];
        for word in LIST.iter().copied().chain([
            "Most", "SEVERAL", "anotherr", "severals", "", "a", "the", "Ten", "éach", "None’s",
            "neitheR",
        ]) {
            assert_eq!(
                opens_counted_phrase(word),
                is_one_of_ignoring_case(word, LIST),
                "{word}"
            );
        }
    }

    #[test]
    fn pronoun_keys_are_lower_case() {
        for word in [
            "He", "he", "SHE", "They", "I", "It", "Who", "We", "Hé", "Someone", "İt",
        ] {
            assert_eq!(pronoun_key(word), word.to_lowercase(), "{word}");
        }
    }

    #[test]
    fn lowercase_ascii_is_told_like_byte_by_byte() {
        for len in 0..20 {
            for at in 0..len.max(1) {
                for b in 0..=255u8 {
                    let mut bytes = vec![b'q'; len];
                    if let Some(byte) = bytes.get_mut(at) {
                        *byte = b;
                    }
                    let expected = bytes
                        .iter()
                        .all(|&b| b.is_ascii() && !b.is_ascii_uppercase());
                    assert_eq!(is_lowercase_ascii(&bytes), expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn single_spacing_is_judged_like_the_standard_library() {
        let parts = [
            "", " ", "  ", "a", "\t", "\n", "\u{b}", "\u{c}", "\r", "\u{a0}", "é",
        ];
        // (at each place of the eight bytes read at once, and across two)
        for lead in [
            "",
            "abcde",
            "abcdef",
            "abcdefg",
            "abcdefgh",
            "abcdefghijklmno",
        ] {
            for a in parts {
                for b in parts {
                    for c in parts {
                        let words = format!("{lead}{a}{b}{c}");
                        let expected = !words.contains("  ")
                            && !words.contains(|c: char| c.is_whitespace() && c != ' ');
                        assert_eq!(is_single_spaced(&words), expected, "{words:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn titles_are_stripped_from_canonical_names() {
        assert_eq!(
            names("Russian President Vladimir Putin spoke.")[0].0,
            "Vladimir Putin"
        );
        assert_eq!(
            names("Dutch Prime Minister Mark Rutte spoke.")[0].0,
            "Mark Rutte"
        );
        assert_eq!(names("It was Sen. Ted Cruz who spoke.")[0].0, "Ted Cruz");
        // (a city's and a state's offices, and the clergy's)
        assert_eq!(names("Councilwoman Ana Silva spoke.")[0].0, "Ana Silva");
        assert_eq!(names("Assemblyman Bo Reed spoke.")[0].0, "Bo Reed");
        assert_eq!(names("Rabbi Rick Jacobs spoke.")[0].0, "Rick Jacobs");
    }

    #[test]
    fn where_a_person_is_from_is_no_part_of_their_name() {
        // (the mention runs on over "of Vermont"; the name, and so the
        // surname a later mention is read by, stops before it)
        let f = found("Sen. Bernie Sanders of Vermont spoke. Sanders left.");
        let people: Vec<_> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(people, ["Bernie Sanders"]);
        let first = f.entities[0].mentions[0];
        assert_eq!(first, Span::new(0, 30));
        assert_eq!(
            names("Paul Sperry of Counter Jihad wrote.")[0].0,
            "Paul Sperry"
        );
        // (a given name the lists do not know too: two plain words)
        assert_eq!(
            names("Dan Ives of Wedbush Securities spoke.")[0].0,
            "Dan Ives"
        );
        // (a title's or a body's "of" goes on: one name; so does a
        // plural's)
        assert_eq!(
            names("The Communications Workers of America spoke.")[0].0,
            "Communications Workers of America"
        );
        assert_eq!(
            names("The Bank of America spoke.")[0],
            ("Bank of America".to_string(), EntityKind::Organisation)
        );
        assert_eq!(
            names("Secretary of State John Kerry spoke.")[0].0,
            "John Kerry"
        );
        // (nor does a body's "for")
        assert_eq!(
            names("The Institute for Fiscal Studies spoke.")[0],
            (
                "Institute for Fiscal Studies".to_string(),
                EntityKind::Organisation
            )
        );
        // (and the United States is one place, no headline's verb)
        assert_eq!(
            names("He lives in the United States.")[0].0,
            "United States"
        );
    }

    #[test]
    fn places_are_no_people_that_a_pronoun_could_take() {
        let kinds = |text: &str| -> Vec<(String, EntityKind)> { names(text) };
        let place = |name: &str| (name.to_string(), EntityKind::Organisation);
        // (a compass point or "New" before one word; a state's
        // abbreviation; two capitals and a dot; a city by its state)
        assert_eq!(
            kinds("She won New Hampshire and West Virginia."),
            [place("New Hampshire"), place("West Virginia")]
        );
        assert_eq!(
            kinds("He lives in Orlando, Fla. near D.C."),
            [place("Orlando"), place("Fla"), place("D.C")]
        );
        assert_eq!(
            kinds("They met in Hilton Head, South Carolina."),
            [place("Hilton Head"), place("South Carolina")]
        );
        // (in the news too, a name written only after "in" or "at"; a
        // person's possessive there is no place's use)
        let text = "Voters in Manhattan were angry. He said so.";
        let f = found(text);
        let manhattan = f.entities.iter().position(|e| e.name == "Manhattan");
        assert_eq!(
            manhattan.map(|e| f.entities[e].kind),
            Some(EntityKind::Organisation)
        );
        let he = f.mentions.iter().find(|m| m.span.as_str(text) == "He");
        assert!(he.is_some_and(|he| he.entity != manhattan));
        assert_eq!(
            kinds("The cut was in Kasich's plan.")[0],
            ("Kasich".to_string(), EntityKind::Person)
        );
        // (and a surname before a state and a noun is a person's)
        assert_eq!(
            kinds("They backed Cruz, Texas senator.")[0],
            ("Cruz".to_string(), EntityKind::Person)
        );
    }

    #[test]
    fn acronyms_and_peoples_are_no_persons_in_the_news() {
        let org = |name: &str| (name.to_string(), EntityKind::Organisation);
        assert_eq!(
            names("The PAC paid for TV time. UPI said so."),
            [org("PAC"), org("TV"), org("UPI")]
        );
        assert_eq!(
            names("Hispanics and African-Americans voted."),
            [org("Hispanics"), org("African-Americans")]
        );
        // (so is a dateline's place of capitals)
        assert_eq!(
            names("SAN FRANCISCO — Apple fell.")[0],
            org("SAN FRANCISCO")
        );
        // (a transcript's speaker is a person)
        assert_eq!(
            names("TRUMP: We will win.")[0],
            ("TRUMP".to_string(), EntityKind::Person)
        );
    }

    #[test]
    fn a_connective_or_a_speakers_opening_word_is_nobody() {
        // (no entity for a pronoun to take: he stays unresolved here)
        let f = found("Nonetheless, he said the plan was bad. Look, it is fine.");
        assert!(f.entities.is_empty(), "{:?}", f.entities);
        // (a name there still is one)
        assert_eq!(names("Trump, 70, spoke.")[0].0, "Trump");
        // (a law's amendment is no person; Christians are a people)
        assert_eq!(
            names("He backs the Second Amendment. Christians agree."),
            [
                ("Amendment".to_string(), EntityKind::Organisation),
                ("Christians".to_string(), EntityKind::Organisation)
            ]
        );
    }

    #[test]
    fn a_titles_first_word_opening_a_sentence_is_nobody() {
        for text in [
            "Press secretary Karine Jean-Pierre said it would pass.",
            "Deputy press secretary Eric Schultz said it would pass.",
        ] {
            let found = names(text);
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].1, EntityKind::Person, "{text}");
        }
        // (a name of one word before a lower-case word still is one)
        assert_eq!(names("Sanders said it would pass.")[0].0, "Sanders");
    }

    #[test]
    fn a_number_before_a_source_noun_is_part_of_its_name() {
        let named =
            |text: &str| -> Vec<String> { names(text).into_iter().map(|(name, _)| name).collect() };
        let poll = named("In the poll, 29 percent said they agreed.");
        assert!(poll.iter().any(|n| n == "29 percent"), "{poll:?}");
        let crowd = named("About 10,000 people said so.");
        assert!(crowd.iter().any(|n| n == "10,000 people"), "{crowd:?}");
        // (a date's day is no count: the phrase keeps its month)
        for (text, name) in [
            (
                "A Feb. 1 letter from the agency says the program will end.",
                "A Feb. 1 letter",
            ),
            (
                "A Jan. 5 poll of voters showed Trump ahead.",
                "A Jan. 5 poll",
            ),
        ] {
            let found = named(text);
            assert!(found.iter().any(|n| n == name), "{found:?}");
        }
    }

    #[test]
    fn a_title_after_an_organisation_or_a_place_opens_a_persons_name() {
        // (the person, not the committee, and the surname later is theirs)
        let n = names(
            "Republican National Committee Chairman Reince Priebus spoke. \
             Later Priebus left.",
        );
        assert_eq!(n, [("Reince Priebus".to_string(), EntityKind::Person)]);
        assert_eq!(names("Ohio Gov. John Kasich spoke.")[0].0, "John Kasich");
        // (a given name and a surname: one word after a title word is
        // no person's name)
        let n = names("The Department of Homeland Security spoke.");
        assert_eq!(
            n,
            [(
                "Department of Homeland Security".to_string(),
                EntityKind::Organisation
            )]
        );
    }

    #[test]
    fn days_are_no_persons() {
        let n = names("On Monday’s show, he spoke before Super Tuesday and Election Day.");
        assert!(
            n.iter().all(|(_, kind)| *kind != EntityKind::Person),
            "{n:?}"
        );
        let n = names("Kristen Day spoke. Day said it was over.");
        assert_eq!(n, [("Kristen Day".to_string(), EntityKind::Person)]);
    }

    #[test]
    fn appositive_names_and_possessives() {
        let n = names("Russia’s deputy foreign minister, Sergei Ryabkov, condemned it.");
        assert!(
            n.contains(&("Sergei Ryabkov".to_string(), EntityKind::Person)),
            "{n:?}"
        );
        assert!(
            n.contains(&("Russia".to_string(), EntityKind::Organisation)),
            "{n:?}"
        );
    }

    #[test]
    fn a_lone_s_after_a_name_is_a_lost_apostrophe() {
        // (some texts lost their apostrophes: "Dolly s photograph")
        let text = "Dolly s photograph was examined. Dolly smiled. Dolly says so.";
        let f = found_in_fiction(text);
        let possessive: Vec<(&str, bool)> = f
            .mentions
            .iter()
            .filter(|m| m.kind == MentionKind::Name)
            .map(|m| (m.span.as_str(text), m.possessive))
            .collect();
        assert_eq!(
            possessive,
            [("Dolly", true), ("Dolly", false), ("Dolly", false)]
        );
    }

    #[test]
    fn organisations_and_countries() {
        let n = names("The Kremlin and the White House disagreed with China. The New York Post reports. The Post said.");
        let orgs: Vec<&str> = n
            .iter()
            .filter(|(_, k)| *k == EntityKind::Organisation)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(orgs, ["Kremlin", "White House", "China", "New York Post"]);
    }

    #[test]
    fn hyphenated_adjectives_are_not_names_but_hyphenated_given_names_are() {
        let n = names(
            "The Oscar-nominated actor met Ban Ki-moon. Henry Crespo (D-Fla.) leads the Miami-based Florida Democratic Black Caucus.",
        );
        let all: Vec<&str> = n.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(
            all,
            [
                "Ban Ki-moon",
                "Henry Crespo",
                "Florida Democratic Black Caucus"
            ]
        );
        assert_eq!(n[2].1, EntityKind::Organisation);
        // (and those ending in -ing or a noun of a few: Spanish-speaking
        // voters, the Right-wing press; not a name's syllable after a
        // hyphen, Ma Ying-jeou, Hu Jin-ping)
        let n = names(
            "Spanish-speaking voters met Ma Ying-jeou. Right-wing papers and English-language radio quoted Hu Jin-ping.",
        );
        let named: Vec<&str> = n
            .iter()
            .filter(|(_, k)| *k != EntityKind::Nominal)
            .map(|(s, _)| s.as_str())
            .collect();
        assert_eq!(named, ["Ma Ying-jeou", "Hu Jin-ping"]);
    }

    #[test]
    fn nominal_sources() {
        let f = found(
            "One post said so. Experts say it works. A senior administration official said no.",
        );
        let nominals: Vec<&str> = f
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Nominal)
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(
            nominals,
            ["One post", "Experts", "A senior administration official"]
        );
        // (a title may head a compound, not when a name follows it; and
        // "earlier" before the noun is an adjective)
        let f = found(
            "The campaign manager said so. An earlier report said no. \
             Campaign manager Jeff Weaver said yes.",
        );
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["The campaign manager", "An earlier report", "Jeff Weaver"]
        );
    }

    /// The canonical name of the entity the first pronoun of `text` refers to.
    fn first_pronoun_refers_to(text: &str) -> String {
        let f = found(text);
        let pronoun = f
            .mentions
            .iter()
            .find(|m| m.kind == MentionKind::Pronoun)
            .unwrap();
        f.entities[pronoun.entity.unwrap()].name.clone()
    }

    #[test]
    fn a_participle_opening_a_sentence_is_nobody_a_pronoun_refers_to() {
        let text = "Tom Hill waited. Emerging, he said so.";
        assert_eq!(first_pronoun_refers_to(text), "Tom Hill");
        let f = found_in_fiction(text);
        assert_eq!(
            entity_of_mention(&f, text, "he").map(|e| f.entities[e].name.as_str()),
            Some("Tom Hill")
        );
    }

    /// A word opening a sentence alone, written in lower case elsewhere and
    /// never capitalised inside a sentence, is nobody: no entity of its own,
    /// and no he after it refers to it.
    #[test]
    fn a_plain_word_alone_opening_a_sentence_is_nobody() {
        let text = "Tom Hill waited in the hall. Astonishment, then anger, filled him. \
                    He spoke with astonishment.";
        let f = found_in_fiction(text);
        assert!(f.entities.iter().all(|e| e.name != "Astonishment"));
        assert_eq!(
            entity_of_mention(&f, text, "He").map(|e| f.entities[e].name.as_str()),
            Some("Tom Hill")
        );
    }

    #[test]
    fn pronouns_resolve_to_last_compatible_person() {
        assert_eq!(
            first_pronoun_refers_to("Mrs. Clinton met Mr. Trump. She left."),
            "Mrs. Clinton"
        );
    }

    /// A faith or a people said as an adjective is no name, so it is not
    /// the person whose name it opens (the Hindu Rajah).
    #[test]
    fn a_faith_before_a_noun_is_no_name() {
        assert_eq!(
            first_pronoun_refers_to(
                "The Hindu Rajah had left. Aziz saw a quiet Hindu state. He smiled."
            ),
            "Aziz"
        );
    }

    /// In a novel a surname alone is the man of the family, where the text
    /// names a man and a woman with it, and no woman's where it names only
    /// her in full; in news it is the latest of them.
    #[test]
    fn a_surname_alone_in_a_novel_is_not_a_womans() {
        let text = "Syme met Robert Gregory. Rosamond Gregory smiled. Gregory sat down.";
        let (robert, rosamond) = ("Robert Gregory", "Rosamond Gregory");
        assert_eq!(
            entity_names_of_mentions(&found_in_fiction(text)),
            ["Syme", robert, rosamond, robert]
        );
        assert_eq!(
            entity_names_of_mentions(&found(text)),
            ["Syme", robert, rosamond, rosamond]
        );
        let text = "Fanny Harville had died. Captain Harville spoke. Harville smiled.";
        let in_fiction = found_in_fiction(text);
        let names = entity_names_of_mentions(&in_fiction);
        assert_eq!(names[0], "Fanny Harville");
        assert!(
            names[1..].iter().all(|&n| n != "Fanny Harville"),
            "{names:?}"
        );
        assert_eq!(
            entity_names_of_mentions(&found(text)),
            ["Fanny Harville"; 3]
        );
    }

    /// In a novel a pronoun refers to the subject of the sentence before
    /// rather than its object; in news, to the latest person named.
    #[test]
    fn in_a_novel_a_pronoun_prefers_the_subject_of_the_sentence_before() {
        let text = "Aziz saw Ralph at the gate. He smiled.";
        let pronoun_of = |f: &Mentions, text: &str| {
            let he = f
                .mentions
                .iter()
                .find(|m| {
                    m.kind == MentionKind::Pronoun && m.span.as_str(text).eq_ignore_ascii_case("he")
                })
                .unwrap();
            f.entities[he.entity.unwrap()].name.clone()
        };
        assert_eq!(pronoun_of(&found_in_fiction(text), text), "Aziz");
        assert_eq!(pronoun_of(&found(text), text), "Ralph");
        // (in the pronoun's own sentence, still the latest)
        let text = "It was late. Aziz saw Ralph, and he smiled.";
        assert_eq!(pronoun_of(&found_in_fiction(text), text), "Ralph");
    }

    /// A given name alone refers to the one full name it opens.
    #[test]
    fn a_given_name_alone_is_the_full_name_it_opens() {
        let f = found("Ralph Denham came in. Ralph sat down.");
        assert_eq!(f.entities.len(), 1);
        assert_eq!(f.entities[0].mentions.len(), 2);
        // (two full names open with it: neither)
        let f = found("Ralph Denham came in. Ralph Mills left. Ralph sat down.");
        assert!(f.entities.iter().all(|e| e.mentions.len() == 1), "{f:?}");
    }

    /// A name after a title is a surname: Colonel Fitzwilliam is not the
    /// Fitzwilliam Darcy whose given name it is.
    #[test]
    fn a_name_after_a_title_is_no_given_name() {
        let text = "Fitzwilliam Darcy came in. Colonel Fitzwilliam bowed.";
        let f = found_in_fiction(text);
        let darcy = entity_of_mention(&f, text, "Fitzwilliam Darcy");
        let colonel = entity_of_mention(&f, text, "Colonel Fitzwilliam");
        assert!(colonel.is_some() && colonel != darcy, "{f:?}");
    }

    /// An honorific is part of who someone is: Mr. Bennet is none of the
    /// Bennet sisters, and keeps his title in his name.
    #[test]
    fn honorifics_tell_family_members_apart() {
        let text =
            "Elizabeth Bennet laughed. Jane Bennet smiled. Mr. Bennet spoke. Mrs. Bennet wept.";
        let f = found(text);
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Elizabeth Bennet",
                "Jane Bennet",
                "Mr. Bennet",
                "Mrs. Bennet"
            ]
        );
        // (the one man of the name: Mr. Trump is Donald Trump)
        let text = "Donald Trump and Ivanka Trump spoke. Mr. Trump left.";
        let f = found(text);
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Donald Trump", "Ivanka Trump"]);
        // (a Miss and a Mrs. of one name are a daughter and her mother:
        // the daughter is the one with a given name)
        let names_in = |text: &str| entity_names(&found(text));
        assert_eq!(
            names_in("Fanny Price sat. Miss Price rose. Mrs. Price wept."),
            ["Fanny Price", "Fanny Price", "Mrs. Price"]
        );
        // (with no Miss, Mrs. Pontellier is Edna Pontellier)
        assert_eq!(
            names_in("Edna Pontellier sat. Mrs. Pontellier rose."),
            ["Edna Pontellier", "Edna Pontellier"]
        );
        // (and a given name tells a woman from a man: Mr. Pontellier is
        // not Edna, nor is Madame Lebrun Victor)
        assert_eq!(
            names_in("Edna Pontellier sat. Mr. Pontellier rose."),
            ["Edna Pontellier", "Mr. Pontellier"]
        );
        assert_eq!(
            names_in("Victor Lebrun sat. Madame Lebrun rose."),
            ["Victor Lebrun", "Madame Lebrun"]
        );
    }

    #[test]
    fn a_novels_narration_i_is_one_entity_and_no_he() {
        let text = "I met Arobin. I sat down. He smiled.";
        let f = found_in_fiction(text);
        assert_eq!(
            entity_names(&f),
            ["Narrator", "Arobin", "Narrator", "Arobin"]
        );
        // (in the news, "I" is nobody in particular)
        assert_eq!(entity_names(&found(text)), ["Arobin", "Arobin"]);
    }

    #[test]
    fn an_honorific_alone_is_the_one_last_named_with_it() {
        let text = "Mademoiselle Reisz played. Victor Lebrun came. Mademoiselle smiled.";
        let f = found(text);
        let named: Vec<(&str, Gender)> = f
            .mentions
            .iter()
            .filter_map(|m| m.entity)
            .map(|e| (f.entities[e].name.as_str(), f.entities[e].gender))
            .collect();
        assert_eq!(
            named,
            [
                ("Mademoiselle Reisz", Gender::Female),
                ("Victor Lebrun", Gender::Male),
                ("Mademoiselle Reisz", Gender::Female)
            ]
        );
        // (the last one, of two)
        let text = "Mademoiselle Duval sang. Mademoiselle Reisz played. Mademoiselle smiled.";
        let f = found(text);
        let last = f.mentions.last().and_then(|m| m.entity);
        assert_eq!(
            last.map(|e| f.entities[e].name.as_str()),
            Some("Mademoiselle Reisz")
        );
    }

    #[test]
    fn in_a_novel_a_title_alone_is_the_one_last_named_with_it() {
        let text = "Major Callendar came in. Aziz bowed. “Well?” said the Major.";
        let f = found_in_fiction(text);
        let major = entity_of_mention(&f, text, "the Major");
        let callendar = f.mentions.first().and_then(|m| m.entity);
        assert!(major.is_some());
        assert_eq!(major, callendar);
    }

    #[test]
    fn in_the_news_a_description_by_an_office_is_the_one_last_named_with_it() {
        let text = "Florida Sen. Marco Rubio campaigned in Iowa. The senator said his \
                    campaign was strong. \u{201c}We will win,\u{201d} the Florida senator said. \
                    President Barack Obama disagreed. The president said Rubio was wrong. \
                    Lt. Gov. Dan Patrick spoke. The lieutenant governor said no.";
        let f = found(text);
        assert_eq!(name_of_last(&f, text, "The senator"), Some("Marco Rubio"));
        assert_eq!(
            name_of_last(&f, text, "the Florida senator"),
            Some("Marco Rubio")
        );
        assert_eq!(
            name_of_last(&f, text, "The president"),
            Some("Barack Obama")
        );
        assert_eq!(
            name_of_last(&f, text, "The lieutenant governor"),
            Some("Dan Patrick")
        );
        // (nobody named so before: a description, as it is)
        let text = "The senator said so. Gov. John Kasich agreed.";
        assert_eq!(
            name_of_last(&found(text), text, "The senator"),
            Some("The senator")
        );
    }

    #[test]
    fn a_description_by_an_office_keeps_its_rank_and_its_former_holders_apart() {
        // (each the last person named before it: see the next test)
        for (text, description, name) in [
            (
                "President Barack Obama spoke. The president said yes.",
                "The president",
                "Barack Obama",
            ),
            (
                "Former President Bill Clinton spoke. The former president said no.",
                "The former president",
                "Bill Clinton",
            ),
            (
                "Former President Bill Clinton spoke. The president said no.",
                "The president",
                "The president",
            ),
            (
                "President Barack Obama spoke. The former president said no.",
                "The former president",
                "The former president",
            ),
            (
                "Vice President Joe Biden spoke. The vice president laughed.",
                "The vice president",
                "Joe Biden",
            ),
            (
                "Vice President Joe Biden spoke. The president laughed.",
                "The president",
                "The president",
            ),
            (
                "White House press secretary Josh Earnest spoke. The secretary said so.",
                "The secretary",
                "The secretary",
            ),
            (
                "Rep. Nancy Pelosi spoke. The congressman said so.",
                "The congressman",
                "The congressman",
            ),
            (
                "Rep. Nancy Pelosi spoke. The congresswoman said no.",
                "The congresswoman",
                "Nancy Pelosi",
            ),
        ] {
            let f = found(text);
            assert_eq!(name_of_last(&f, text, description), Some(name), "{text}");
        }
    }

    #[test]
    fn a_description_by_an_office_is_nobody_after_another_person_is_mentioned() {
        // (anyone else who might be so called, named since: Ted Cruz, Joe
        // Biden, who are no senator and no president here, might be)
        let text = "Sen. Marco Rubio spoke in Iowa. Ted Cruz spoke next. The senator said no.";
        assert_eq!(
            name_of_last(&found(text), text, "The senator"),
            Some("The senator")
        );
        let text = "President Barack Obama spoke. Vice President Joe Biden spoke. The \
                    president said yes.";
        assert_eq!(
            name_of_last(&found(text), text, "The president"),
            Some("The president")
        );
        // (but not one of another gender; and the person mentioned again,
        // if only by a pronoun, since the other, is the last)
        let text = "Rep. Nancy Pelosi spoke. John Boehner spoke next. The congresswoman \
                    said no.";
        assert_eq!(
            name_of_last(&found(text), text, "The congresswoman"),
            Some("Nancy Pelosi")
        );
        let text = "Sen. Elizabeth Warren met Ted Cruz. The senator said no.";
        assert_eq!(
            name_of_last(&found(text), text, "The senator"),
            Some("The senator")
        );
        let text = "Sen. Elizabeth Warren met Ted Cruz. She said yes. The senator said no.";
        assert_eq!(
            name_of_last(&found(text), text, "The senator"),
            Some("Elizabeth Warren")
        );
        // (nor one written as no subject: after a preposition, or as a
        // possessive)
        for text in [
            "Sen. Marco Rubio spoke after a meeting with Ted Cruz. The senator said no.",
            "Sen. Marco Rubio criticized Ted Cruz's plan. The senator said no.",
        ] {
            assert_eq!(
                name_of_last(&found(text), text, "The senator"),
                Some("Marco Rubio"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_description_by_an_office_and_a_place_is_one_named_with_both() {
        let text = "Florida Sen. Marco Rubio spoke. Then Marco Rubio appeared with Sen. Joni \
                    Ernst, R-Iowa. The Florida senator said so. The senator from Iowa said no.";
        let f = found(text);
        assert_eq!(
            name_of_last(&f, text, "The Florida senator"),
            Some("Marco Rubio")
        );
        assert_eq!(name_of_last(&f, text, "The senator"), Some("The senator"));
    }

    #[test]
    fn a_description_by_an_office_beside_a_name_is_that_persons() {
        let text = "Trump accused Ted Cruz, the senator from Texas, of lying. Jeb Bush, the \
                    former governor, left. Sen. Joni Ernst spoke. The senator said no.";
        let f = found(text);
        assert_eq!(name_of_last(&f, text, "the senator"), Some("Ted Cruz"));
        assert_eq!(
            name_of_last(&f, text, "the former governor"),
            Some("Jeb Bush")
        );
        assert_eq!(name_of_last(&f, text, "The senator"), Some("Joni Ernst"));
    }

    #[test]
    fn a_description_by_an_office_is_no_place_written_beside_it() {
        // (Chelsea, written after "in", is a place: no mayor)
        let text = "Mayor Bill de Blasio spoke on Monday. At a press conference in Chelsea, \
                    the mayor also said no.";
        assert_eq!(
            name_of_last(&found(text), text, "the mayor"),
            Some("Bill de Blasio")
        );
    }

    #[test]
    fn a_description_by_an_office_is_not_one_named_so_only_by_a_surname_ahead_of_a_full_name() {
        // (President Obama goes to the one Obama named in full, later: he
        // lends that name no office)
        let text = "President Obama spoke. The president said yes. The first lady, Michelle \
                    Obama, agreed.";
        assert_eq!(
            name_of_last(&found(text), text, "The president"),
            Some("The president")
        );
        // (a full name before it is the same person's)
        let text = "Barack Obama spoke. President Obama said so. The president said yes.";
        assert_eq!(
            name_of_last(&found(text), text, "The president"),
            Some("Barack Obama")
        );
    }

    #[test]
    fn a_known_speakers_name_as_written_comes_before_its_bare_surname() {
        // (the list gives his wife the surname alone as an alias)
        let known = [
            KnownSpeaker::new("Mrs. Callendar").alias("Callendar"),
            KnownSpeaker::new("Major Callendar"),
        ];
        let text = "“No,” said Major Callendar.";
        let f = found_with(text, &known, Genre::Fiction);
        let named = f.mentions.iter().find_map(|m| m.entity);
        assert_eq!(
            named.map(|e| f.entities[e].name.as_str()),
            Some("Major Callendar")
        );
    }

    #[test]
    fn a_given_name_finds_the_one_known_speaker_it_opens() {
        let known = [
            KnownSpeaker::new("Mike Campbell"),
            KnownSpeaker::new("Robert Cohn"),
            KnownSpeaker::new("Robert Prentiss"),
            KnownSpeaker::new("Lady Russell"),
        ];
        let f = found_with(
            "Mike laughed. Robert frowned. Lady smiled.",
            &known,
            Genre::News,
        );
        let names = entity_names_of_mentions(&f);
        // (two Roberts are listed: Robert alone is neither; a title opens
        // no given name)
        assert_eq!(names[0], "Mike Campbell");
        assert!(!names.contains(&"Robert Cohn") && !names.contains(&"Robert Prentiss"));
        assert!(!names.contains(&"Lady Russell"));
        // (unless the text calls one of them by his surname throughout)
        let text = "Cohn came in. Cohn sat down. Robert laughed.";
        let f = found_with(text, &known, Genre::News);
        assert_eq!(
            entity_names_of_mentions(&f),
            ["Robert Cohn", "Robert Cohn", "Robert Cohn"]
        );
    }

    #[test]
    fn a_description_the_cast_lists_as_an_alias_is_that_speaker() {
        // (the old gentleman is Mr. Brownlow)
        let known = [KnownSpeaker::new("Mr. Brownlow").alias("the old gentleman")];
        let text = "“Hush!” said the old gentleman. “Quiet,” said the boy.";
        let f = found_with(text, &known, Genre::Fiction);
        let entity_of = |words: &str| {
            entity_of_mention(&f, text, words)
                .map(|e| (f.entities[e].name.as_str(), f.entities[e].kind))
        };
        assert_eq!(
            entity_of("the old gentleman"),
            Some(("Mr. Brownlow", EntityKind::Person))
        );
        assert_eq!(entity_of("the boy"), Some(("the boy", EntityKind::Nominal)));
        // (a name the finder also took for a description is not the
        // speaker's mention twice)
        let known = [KnownSpeaker::new("Mark Rutte").alias("Rutte")];
        let text = "Rutte in 2008 Dutch Prime Minister Mark Rutte said the plan was dead. ";
        let f = found_with(text, &known, Genre::News);
        for entity in &f.entities {
            assert!(
                entity.mentions.windows(2).all(|w| w[0].start < w[1].start),
                "{entity:?}"
            );
        }
    }

    #[test]
    fn a_surname_alone_is_the_known_speaker_with_a_given_name() {
        // (Mrs. Denham is listed first, but Denham alone is her son)
        let known = [
            KnownSpeaker::new("Mrs. Denham").gender(Gender::Female),
            KnownSpeaker::new("Ralph Denham").gender(Gender::Male),
        ];
        let f = found_with("Denham laughed.", &known, Genre::News);
        assert_eq!(entity_names_of_mentions(&f), ["Ralph Denham"]);
    }

    #[test]
    fn an_honorific_finds_the_one_known_speaker_of_its_gender() {
        let known = [
            KnownSpeaker::new("Mary Crawford").gender(Gender::Female),
            KnownSpeaker::new("Henry Crawford").gender(Gender::Male),
        ];
        let f = found_with(
            "Mr. Crawford bowed. Miss Crawford smiled.",
            &known,
            Genre::News,
        );
        assert_eq!(
            entity_names_of_mentions(&f),
            ["Henry Crawford", "Mary Crawford"]
        );
    }

    #[test]
    fn a_name_whose_first_word_is_a_verb_is_no_cue() {
        // ("mock" is a verb of saying; "the" alone is nobody)
        let text = "“And washing?” said the Mock Turtle.";
        let spans = |f: &Mentions| -> Vec<String> {
            f.mentions
                .iter()
                .map(|m| m.span.as_str(text).to_string())
                .collect()
        };
        assert_eq!(spans(&found(text)), ["Mock Turtle"]);
        // (in fiction, "the" belongs to a character's name of any length)
        let fiction = found_in_fiction(text);
        assert_eq!(spans(&fiction), ["the Mock Turtle"]);
    }

    #[test]
    fn the_dot_of_a_suffix_ends_the_name_unless_it_ends_the_sentence() {
        let text = "Martin Luther King Jr. said so. Apple Inc. agreed. So did Acme Corp.";
        let f = found(text);
        assert_eq!(
            mention_texts(&f, text),
            ["Martin Luther King Jr.", "Apple Inc.", "Acme Corp"]
        );
        // (the name's key has no dot)
        assert_eq!(name_of_last(&f, text, "Apple Inc."), Some("Apple Inc"));
    }

    #[test]
    fn a_lone_word_opening_a_sentence_before_a_persons_past_tense_is_a_name() {
        let text = "Bryne went on to say so.";
        assert_eq!(mention_texts(&found(text), text), ["Bryne"]);
    }

    #[test]
    fn a_cue_in_its_bare_form_before_a_title_is_a_noun() {
        let text = "“Yes,” White House press secretary Josh Earnest said. \
            The press secretary said so. Reporters press officials.";
        let f = found(text);
        assert_eq!(
            mention_texts(&f, text),
            [
                "White House press secretary Josh Earnest",
                "The press secretary",
                "Reporters",
                "officials"
            ]
        );
    }

    #[test]
    fn a_cue_word_after_the_determiner_is_the_phrase_noun() {
        // ("voice" is also a verb of saying: "voiced concerns")
        let text = "“How old are yer?” inquired the voice through the key-hole.";
        let f = found_in_fiction(text);
        let spans = mention_texts(&f, text);
        assert_eq!(spans, ["the voice"]);
    }

    #[test]
    fn an_adverb_of_time_or_degree_ends_the_description_after_a_tag() {
        assert_only_mention_in_fiction(&[
            ("“Yes,” said his aunt soon afterwards.", "his aunt"),
            ("“No,” said the policeman very gravely.", "the policeman"),
            ("“Sir,” said the valet somewhat affably.", "the valet"),
            // (but one after the determiner opens the description)
            ("“No,” said a very old man.", "a very old man"),
        ]);
    }

    #[test]
    fn a_description_the_cast_lists_runs_on_over_its_preposition() {
        let known = [
            KnownSpeaker::new("The Gentleman In The White Waistcoat").gender(Gender::Male),
            KnownSpeaker::new("The Lady Who Had Been A Nurse").gender(Gender::Female),
        ];
        for (text, description, speaker) in [
            (
                "“That boy will be hung,” said the gentleman in the white waistcoat.",
                "the gentleman in the white waistcoat",
                "The Gentleman In The White Waistcoat",
            ),
            (
                "“Oh, dear,” said the lady who had been a nurse.",
                "the lady who had been a nurse",
                "The Lady Who Had Been A Nurse",
            ),
        ] {
            let f = found_with(text, &known, Genre::Fiction);
            let spans = mention_texts(&f, text);
            assert_eq!(spans, [description], "{text}");
            assert_eq!(entity_names_of_mentions(&f), [speaker], "{text}");
        }
        // (without a cast, the description ends before its relative
        // clause, whose auxiliary makes no reported clause of it)
        let text = "“Oh, dear,” said the lady who had been a nurse.";
        let f = found_in_fiction(text);
        assert_eq!(mention_texts(&f, text)[0], "the lady");
    }

    #[test]
    fn a_description_after_a_tag_goes_on_to_its_noun() {
        assert_only_mention_in_fiction(&[
            (
                "“Are you the new recruit?” asked a heavy voice.",
                "a heavy voice",
            ),
            (
                "“Leave me now,” said a stern voice behind him.",
                "a stern voice",
            ),
            (
                "“Good morning,” said a firm, child's voice.",
                "a firm, child's voice",
            ),
            (
                "“Yes,” said the thin, biting voice.",
                "the thin, biting voice",
            ),
            // (a noun before the comma ends it)
            ("“No,” said the girl, smiling.", "the girl"),
        ]);
    }

    #[test]
    fn a_phrase_of_place_or_dress_closing_the_tag_is_part_of_the_description() {
        for (text, description) in [
            (
                "“That boy will be hung,” said the gentleman in the white waistcoat.",
                "the gentleman in the white waistcoat",
            ),
            (
                "“Quite so,” said the elder of the two gentlemen.",
                "the elder of the two gentlemen",
            ),
            // (but not one of manner: with "a", or of tone)
            ("“Hush,” said the man in a low voice.", "the man"),
            ("“Hush,” said the man in the same tone.", "the man"),
            // (nor one that the clause goes on after)
            ("“Hush,” said the man at the door to his wife.", "the man"),
        ] {
            let f = found_in_fiction(text);
            let spans = mention_texts(&f, text);
            assert_eq!(spans[0], description, "{text}");
        }
    }

    #[test]
    fn words_between_a_pronoun_and_its_cue_are_no_subject() {
        let text = "But he soon afterwards said, “I was surprised.”";
        let f = found(text);
        let spans = mention_texts(&f, text);
        assert_eq!(spans, ["he"]);
    }

    #[test]
    fn a_tag_verb_or_its_particle_describes_nobody() {
        for (text, name) in [
            ("“Why?” began the Professor.", "the Professor"),
            ("“Hello!” called out Pooh.", "Pooh"),
            // (nor does "the" join a word before it to the name)
            ("Presently the Rabbit came back.", "the Rabbit"),
        ] {
            let f = found_in_fiction(text);
            // (a lone capitalised opener may stay a weak mention of nobody)
            let spans: Vec<&str> = f
                .mentions
                .iter()
                .filter(|m| m.entity.is_some())
                .map(|m| m.span.as_str(text))
                .collect();
            assert_eq!(spans, [name]);
        }
    }

    #[test]
    fn a_saint_after_a_place_word_makes_a_place_not_a_namesake() {
        let text = "I left the train at Styles St. Mary, a little station. \
                    Mary Cavendish met me. “Hello,” said Mary. \
                    Reggie St Cloud came in. “Well,” said Reggie.";
        let f = found_in_fiction(text);
        let person = |words: &str| {
            entity_of_mention(&f, text, words).map(|e| f.entities[e].kind == EntityKind::Person)
        };
        assert_eq!(person("Styles St. Mary"), Some(false));
        assert_eq!(
            entity_of_mention(&f, text, "Mary"),
            entity_of_mention(&f, text, "Mary Cavendish")
        );
        // (a given name before the saint: a person's surname)
        assert_eq!(person("Reggie St Cloud"), Some(true));
        assert_eq!(
            entity_of_mention(&f, text, "Reggie"),
            entity_of_mention(&f, text, "Reggie St Cloud")
        );
    }

    #[test]
    fn a_name_alone_is_no_saint_of_that_name() {
        let text = "“Come in,” said Paul. Later Helen went into St. Paul's to pray.";
        let f = found_in_fiction(text);
        let paul = entity_of_mention(&f, text, "Paul").map(|e| f.entities[e].name.as_str());
        assert_eq!(paul, Some("Paul"));
    }

    #[test]
    fn places_named_alone_after_prepositions_of_place_are_no_persons() {
        let text = "Elizabeth walked to Meryton. She had been at Longbourn all week. \
                    Jane stayed in Longbourn, and Longbourn was quiet. “Well,” she said.";
        let f = found_in_fiction(text);
        let kind = |words: &str| entity_of_mention(&f, text, words).map(|e| f.entities[e].kind);
        assert_eq!(kind("Longbourn"), Some(EntityKind::Organisation));
        // (the pronoun is Jane, not the place last named)
        assert_eq!(name_of_last(&f, text, "she"), Some("Jane"));
        // (a person looked at is no place)
        let text = "Anne looked at Wentworth. Wentworth said nothing. \
                    Anne smiled at Wentworth, and Wentworth went out.";
        let f = found_in_fiction(text);
        let kind = |words: &str| entity_of_mention(&f, text, words).map(|e| f.entities[e].kind);
        assert_eq!(kind("Wentworth"), Some(EntityKind::Person));
    }

    #[test]
    fn a_name_written_only_after_prepositions_of_place_is_no_person() {
        let text = "Ronny came back. He had been at Agra for a month. \
                    “Well,” he said.";
        let f = found_in_fiction(text);
        let kind = |words: &str| entity_of_mention(&f, text, words).map(|e| f.entities[e].kind);
        assert_eq!(kind("Agra"), Some(EntityKind::Organisation));
        // (the pronoun is Ronny, not the place last named)
        assert_eq!(name_of_last(&f, text, "he"), Some("Ronny"));
    }

    #[test]
    fn a_given_name_is_no_place_even_where_its_possessive_follows_in() {
        let text = "Alice sat down. In Alice's garden there was a tree. \
                    Near Alice's house was a well. “Oh,” said Alice's sister.";
        let f = found_in_fiction(text);
        let kind = |words: &str| entity_of_mention(&f, text, words).map(|e| f.entities[e].kind);
        assert_eq!(kind("Alice"), Some(EntityKind::Person));
    }

    #[test]
    fn a_surname_alone_is_the_one_mister_of_it_in_a_novel() {
        let text = "Mr. Turton and Mrs. Turton came in. “Well,” said Turton. \
                    Then Astley spoke. “Yes,” said Mr. Astley.";
        let f = found_in_fiction(text);
        assert_eq!(
            entity_of_mention(&f, text, "Turton"),
            entity_of_mention(&f, text, "Mr. Turton")
        );
        assert_ne!(
            entity_of_mention(&f, text, "Turton"),
            entity_of_mention(&f, text, "Mrs. Turton")
        );
        // (before the honorific is written, too; and he is a man)
        let astley = entity_of_mention(&f, text, "Astley");
        assert_eq!(astley, entity_of_mention(&f, text, "Mr. Astley"));
        assert_eq!(astley.map(|e| f.entities[e].gender), Some(Gender::Male));
    }

    #[test]
    fn a_usual_name_leaves_out_the_description_before_it() {
        assert_eq!(name_words("poor Alice"), "Alice");
        assert_eq!(
            name_words("The following morning Mr. Pontellier"),
            "Mr. Pontellier"
        );
        assert_eq!(name_words("the Hatter"), "the Hatter");
        assert_eq!(name_words("Alice"), "Alice");
        // (a novel that says "poor Alice" as often as "Alice" still calls
        // her Alice)
        let text = "“Oh!” said poor Alice. “Ah!” said poor Alice. “Eh?” said Alice. \
                    “No,” said Alice. “So,” said Alice.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Alice"]);
    }

    #[test]
    fn an_article_makes_no_name_fuller() {
        // (the fullest common form wins, Hercule Poirot over Poirot, but
        // "the Charles" is no fuller than Charles)
        let text = "Charles came. Charles sat. Charles ate. Charles left. \
                    She saw the Charles. He met the Charles. Hercule Poirot came. \
                    Hercule Poirot sat. Poirot ate. Poirot left.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Charles", "Hercule Poirot"]);
        // (nor is "Mr." before a given name: the more common of the two)
        let text = "Toby Crackit came. Toby Crackit sat. Toby Crackit ate. \
                    Mr. Toby Crackit left. Mr. Toby Crackit smiled.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Toby Crackit"]);
    }

    #[test]
    fn a_given_name_says_more_than_a_title() {
        // (in a novel a family shares its surname: Henry Crawford, not
        // Mr. Crawford, though the text says that more often)
        let text = "Mr. Crawford came. Mr. Crawford sat. Mr. Crawford ate. \
                    Henry Crawford left. Henry Crawford smiled.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Henry Crawford"]);
        // (but a title says more than a surname alone)
        let text = "Mr. Turton came. Mr. Turton sat. Turton ate. Turton left. Turton smiled.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Mr. Turton"]);
        // (and "Mrs" before a husband's full name is a word of it)
        let text = "Mrs. Charles Musgrove came. Mrs. Charles Musgrove sat. \
                    Charles Musgrove ate. Charles Musgrove left. Charles Musgrove smiled.";
        let f = found_in_fiction(text);
        assert_eq!(f.usual_names(text), ["Mrs. Charles Musgrove"]);
    }

    #[test]
    fn a_character_goes_by_the_fuller_name_they_are_introduced_by() {
        let story = |introduction: &str, close: &str| {
            let mut text = String::from(introduction);
            for _ in 0..120 {
                text.push_str("Bill ate. ");
            }
            text.push_str(close);
            text
        };
        // (Bill Gorton is rare beside Bill, but the text introduces him
        // by it and says it again)
        let text = story("Bill Gorton came in. ", "Bill Gorton left.");
        assert_eq!(found_in_fiction(&text).usual_names(&text), ["Bill Gorton"]);
        // (said once only, a given name and surname win too)
        let text = story("Bill Gorton came in. ", "Bill left.");
        assert_eq!(found_in_fiction(&text).usual_names(&text), ["Bill Gorton"]);
        // (but not a formal introduction, with a title, said once; a
        // hyphened title is a title)
        let text = story("Mr. Bill Gorton came in. ", "Bill left.");
        assert_eq!(found_in_fiction(&text).usual_names(&text), ["Bill"]);
        let text = "Detective-Inspector Japp came in. Japp sat. Japp ate. Japp left.";
        assert_eq!(found_in_fiction(text).usual_names(text), ["Japp"]);
        // (nor does a fuller form the text comes to later: Elizabeth
        // Bennet, twice, in a novel that says Elizabeth)
        let text = story("Bill came in. ", "Bill Gorton left. Bill Gorton ran.");
        assert_eq!(found_in_fiction(&text).usual_names(&text), ["Bill"]);
    }

    #[test]
    fn in_fiction_a_hotel_or_a_road_is_a_place_not_a_character() {
        let text = "They drove from the Hotel Montoya up the Great North Road.";
        let f = found_in_fiction(text);
        let kinds: Vec<EntityKind> = f.entities.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [EntityKind::Organisation, EntityKind::Organisation]);
    }

    #[test]
    fn a_plural_title_is_no_part_of_the_name_after_it() {
        let text = "Captain Wentworth came in. Later Captains Wentworth and Harville talked.";
        let f = found(text);
        let entity = |words: &str| entity_of_mention(&f, text, words);
        assert!(entity("Captain Wentworth").is_some());
        assert_eq!(entity("Captain Wentworth"), entity("Captains Wentworth"));
        let e = entity("Captain Wentworth").expect("an entity");
        assert_eq!(f.entities[e].name, "Wentworth");
    }

    #[test]
    fn in_fiction_words_before_a_given_name_or_of_join_no_name() {
        let fiction_names = |text: &str| entity_names(&found_in_fiction(text));
        // ("of" after no title: two people, not "Mary of Ralph Denham")
        assert_eq!(
            fiction_names("Ralph Denham came in. It reminded Mary of Ralph Denham."),
            ["Ralph Denham", "Mary", "Ralph Denham"]
        );
        // (but the Duchess of Monmouth is one mention)
        let text = "Then came the Duchess of Monmouth.";
        let f = found_in_fiction(text);
        let spans = mention_texts(&f, text);
        assert_eq!(spans, ["the Duchess of Monmouth"]);
        // (a word before a given name is no given name of it)
        assert_eq!(
            fiction_names("Tony Last sat. On Harvest Thanksgiving Tony read."),
            ["Tony Last", "Tony Last"]
        );
        // (nor a word before a title or an honorific: Mrs Charles is not
        // Charles Wilcox, and Luckily is no part of Sir Thomas)
        assert_eq!(
            fiction_names("Charles Wilcox came. Poor Mrs Charles! Luckily Sir Thomas came."),
            ["Charles Wilcox", "Mrs Charles", "Sir Thomas"]
        );
    }

    #[test]
    fn a_capitalised_number_inside_a_sentence_names_a_character_in_fiction() {
        let text = "“I couldn’t help it,” said Five, in a sulky tone. \
                    On which Seven looked up and said, “That’s right!”";
        let f = found_in_fiction(text);
        assert_eq!(mention_texts(&f, text), ["Five", "Seven"]);
        // (not a number opening the sentence, the first word of a name,
        // or a time)
        let text = "Five men came in. They walked to Five Towns at Seven o’clock.";
        let f = found_in_fiction(text);
        assert_eq!(mention_texts(&f, text), ["They", "Towns"]);
    }

    #[test]
    fn a_noun_of_the_household_after_an_inverted_tag_is_a_name_in_fiction() {
        let text = "“Eat up your supper,” said nanny. “Yes,” said mother softly.";
        let f = found_in_fiction(text);
        assert_eq!(mention_texts(&f, text), ["nanny", "mother"]);
        // (also before a phrase of manner; but not alone when a name
        // follows it)
        let text = "“Come,” said cook to the boy. “Go,” said nurse Jane.";
        let f = found_in_fiction(text);
        assert_eq!(mention_texts(&f, text), ["cook", "nurse Jane"]);
    }

    #[test]
    fn a_heading_in_capitals_names_nobody_in_fiction() {
        let text = "KANGA AND BABY ROO COME TO THE FOREST\n\n“Hello,” said Kanga in the Forest.";
        let f = found_in_fiction(text);
        let spans = mention_texts(&f, text);
        assert_eq!(spans, ["Kanga", "the Forest"]);
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Kanga", "Forest"]);
        // (nor is a chapter's number)
        let text = "XVI\n\n“Hello,” said Kanga.";
        let f = found_in_fiction(text);
        let spans = mention_texts(&f, text);
        assert_eq!(spans, ["Kanga"]);
    }

    /// In the news as in a novel, a he or she opening a sentence is the
    /// earlier sentence's subject before its object; in the news only a
    /// person known to be of the pronoun's gender, as news sentences open
    /// with places and things.
    #[test]
    fn pronouns_prefer_the_earlier_sentences_subject() {
        assert_eq!(
            first_pronoun_refers_to(
                "Harry Reid praised Bernie Sanders. He said the party would unite."
            ),
            "Harry Reid"
        );
        assert_eq!(
            first_pronoun_refers_to("Time, Mr. Pence added, was on their side. He smiled."),
            "Mr. Pence"
        );
        // (but the speaker of a tag closing the sentence comes first)
        for text in [
            "Ted Cruz will struggle in the fall, James Henson said. He smiled.",
            "Ted Cruz will struggle in the fall, said James Henson. He smiled.",
            "Ted Cruz will struggle in the fall, James Henson said on Monday. He smiled.",
        ] {
            assert_eq!(first_pronoun_refers_to(text), "James Henson", "{text}");
        }
        // (past a clause opening the earlier sentence)
        assert_eq!(
            first_pronoun_refers_to(
                "When Mr. Trump defended the remarks, Mr. Kasich differed. He said so."
            ),
            "Mr. Kasich"
        );
        // (and a he after a clause that "he" opens is that one's)
        let text = "Ted Cruz spoke. Though he did not name John Kasich, he said they should quit.";
        let f = found(text);
        assert_eq!(name_of_last(&f, text, "he"), Some("Ted Cruz"));
        // (not a subject with a clause of its own after its verb)
        assert_eq!(
            first_pronoun_refers_to(
                "Harry Reid, a senator, said Bernie Sanders had won. He smiled."
            ),
            "Harry Reid"
        );
    }

    #[test]
    fn pronouns_prefer_a_subject_to_the_object_of_a_preposition() {
        assert_eq!(
            first_pronoun_refers_to(
                "Barack Obama spoke after meeting with Vladimir Putin. He left."
            ),
            "Barack Obama"
        );
        // (with no subject to take, the object of the preposition will do)
        assert_eq!(
            first_pronoun_refers_to("The meeting with Vladimir Putin ended. He left."),
            "Vladimir Putin"
        );
    }

    #[test]
    fn given_names_give_pronouns_their_gender() {
        let f = found(TEXT_GIVEN);
        let entity_of = |pronoun: &str| {
            let m = f
                .mentions
                .iter()
                .find(|m| m.kind == MentionKind::Pronoun && m.span.as_str(TEXT_GIVEN) == pronoun)
                .unwrap();
            f.entities[m.entity.unwrap()].name.clone()
        };
        assert_eq!(entity_of("he"), "Mark Dayton");
        assert_eq!(entity_of("she"), "Hillary Clinton");
        // (pet forms are given names too)
        let text = "Dolly Fussell met Ronny Heaslop, and she smiled.";
        let f = found(text);
        let she = entity_of_mention(&f, text, "she");
        assert_eq!(
            she.map(|e| f.entities[e].name.as_str()),
            Some("Dolly Fussell")
        );
    }

    const TEXT_GIVEN: &str =
        "Mark Dayton is backing Hillary Clinton, but he is not sure she will win.";

    #[test]
    fn sentence_initial_function_words_are_not_names() {
        assert!(names("But this was new. However, nothing.").is_empty());
    }

    #[test]
    fn pronouns_after_a_name_tell_its_gender_in_time_for_later_pronouns() {
        // (Quillan and Zorba are in no list of given names: the "she" after
        // Quillan's name and the "he" after Zorba's tell their genders, so
        // that the last "She" skips Zorba, the subject of the sentence
        // before)
        let text = "Quillan looked up, and she smiled. Then Zorba came in, and he bowed. \
                    Then Zorba sat down beside Quillan. She laughed.";
        let last = |f: &Mentions, text: &str, pronoun: &str| {
            let m = f
                .mentions
                .iter()
                .rev()
                .find(|m| m.span.as_str(text) == pronoun);
            m.and_then(|m| m.entity)
                .map(|e| (f.entities[e].name.clone(), f.entities[e].gender))
        };
        let f = found_in_fiction(text);
        assert_eq!(
            last(&f, text, "She"),
            Some(("Quillan".to_string(), Gender::Female))
        );
        // (and a "He" that opens the sentence after one that names one
        // person only: Tony felt well again. He…)
        let text = "Then Quillan felt well again. He sat down. Then Zorba came in, and she bowed. \
                    Then Zorba sat down beside Quillan. He laughed.";
        let f = found_in_fiction(text);
        assert_eq!(
            last(&f, text, "He"),
            Some(("Quillan".to_string(), Gender::Male))
        );
    }
}
