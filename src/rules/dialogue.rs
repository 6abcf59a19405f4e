//! Conversations in fiction: who speaks an untagged line of dialogue.
//!
//! News and fiction read an untagged quotation differently. A news
//! paragraph that is only a quotation goes on with the previous speaker
//! (the sieve's [`Rule::ContinuesSpeaker`]); in a novel, a new paragraph of
//! dialogue is a new speaker's turn, and two people talking take turns:
//! the untagged line answers the line before it, so its speaker is the one
//! who spoke before that ([`Rule::TurnTaking`]). This pass runs after the
//! sieve, on documents whose [`Genre`] is fiction (given, or detected from
//! their dialogue), and changes only what the sieve decided by default.

use super::*;
use crate::result::{EntityKind, Gender};

/// The kind of text an [`Attributor`](crate::Attributor) reads, which
/// decides how untagged quotations are attributed.
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
    /// Decide per document: fiction when its dialogue has the shape of a
    /// conversation (at least four signs: pairs of adjacent paragraphs
    /// that are nothing but an untagged quotation, and tags with a verb of
    /// dialogue such as cried or replied), news otherwise.
    #[default]
    Detect,
    /// News and reports: an untagged quotation continues the previous
    /// speaker.
    News,
    /// Fiction: an untagged paragraph of dialogue is the next turn of the
    /// conversation.
    Fiction,
}

/// How many signs of fiction make a document fiction under
/// [`Genre::Detect`]: adjacent pairs of untagged quote-only paragraphs,
/// and tags with a verb of dialogue (cried, replied). (Of the 924 PolNeAR
/// news articles none has more than three; of the 21 PDNC novels none has
/// fewer than seventy.)
const SIGNS_OF_FICTION: usize = 4;

/// How many turns back a conversation is searched for the other speaker.
const TURNS_BACK: usize = 4;

/// How many mentions back a pronoun tag looks for a named person.
const NAMES_BACK: usize = 30;

/// One paragraph's turn in a conversation: its paragraph and speaker.
#[derive(Clone, Debug)]
struct Turn {
    paragraph: usize,
    speaker: Option<Speaker>,
}

impl<'a> Sieve<'a> {
    /// The paragraphs that are nothing but one untagged quotation, as a
    /// list of paragraph indices in order. (One walk over the sentences,
    /// with the quotations alongside.)
    fn untagged_quote_paragraphs(
        &self,
        quote_sentence: &[(usize, usize)],
        tags: &[Option<(Tag, Rule)>],
    ) -> Vec<usize> {
        let mut out = Vec::new();
        let sentences = &self.seg.sentences;
        let mut n = 0;
        let mut s = 0;
        while s < sentences.len() {
            let paragraph = sentences[s].paragraph;
            let first = s;
            while s < sentences.len() && sentences[s].paragraph == paragraph {
                s += 1;
            }
            let tokens = sentences[first].tokens.start..sentences[s - 1].tokens.end;
            // (the paragraph's quotations: the next ones in quote_sentence)
            let from = n;
            while n < quote_sentence.len() && quote_sentence[n].1 < s {
                n += 1;
            }
            if n == from + 1 && tags[from].is_none() && self.sentence_words(tokens) == 0 {
                out.push(paragraph);
            }
        }
        out
    }

    /// Whether the document reads as fiction under `genre`.
    pub(super) fn is_fiction(
        &self,
        genre: Genre,
        quote_sentence: &[(usize, usize)],
        tags: &[Option<(Tag, Rule)>],
    ) -> bool {
        match genre {
            Genre::News => false,
            Genre::Fiction => true,
            Genre::Detect => {
                let paragraphs = self.untagged_quote_paragraphs(quote_sentence, tags);
                let exchanges = paragraphs.windows(2).filter(|w| w[0] + 1 == w[1]).count();
                let dialogue_tags = tags
                    .iter()
                    .flatten()
                    .filter(|(tag, _)| lexicon::is_dialogue_verb(self.word(tag.cue)))
                    .count();
                exchanges + dialogue_tags >= SIGNS_OF_FICTION
            }
        }
    }

    /// Re-decides the quotations the sieve attributed by default, as turns
    /// of a conversation. `quoted[n]` is the decided quotation at
    /// `quote_sentence[n]`.
    pub(super) fn take_turns(&self, quote_sentence: &[(usize, usize)], quoted: &mut [Quote]) {
        let mut turns: Vec<Turn> = Vec::new();
        let genders = self.entity_genders();
        let mut n = 0;
        while n < quoted.len() {
            // The quotations of one paragraph.
            let paragraph = self.seg.sentences[quote_sentence[n].1].paragraph;
            let end = n + quote_sentence[n..]
                .iter()
                .take_while(|&&(_, s)| self.seg.sentences[s].paragraph == paragraph)
                .count();
            let group = &mut quoted[n..end];
            n = end;
            if group.iter().all(|q| q.kind == QuoteKind::Scare) {
                continue;
            }
            // The paragraph's speaker: the first that a rule other than a
            // default found (a pronoun read in the conversation).
            let found = group
                .iter_mut()
                .find(|q| q.speaker.is_some() && !is_default(q.rule))
                .and_then(|q| {
                    let speaker = q.speaker.as_mut()?;
                    if let Some(resolved) =
                        self.pronoun_in_conversation(speaker, paragraph, &turns, &genders)
                    {
                        *speaker = resolved;
                    }
                    Some(speaker.clone())
                });
            let speaker = match found {
                Some(speaker) => Some(speaker),
                None => self.next_turn(paragraph, &turns).inspect(|speaker| {
                    for q in group.iter_mut() {
                        if q.kind != QuoteKind::Scare && is_default(q.rule) {
                            q.speaker = Some(speaker.clone());
                            q.rule = Rule::TurnTaking;
                            q.cue = None;
                            q.confidence = Rule::TurnTaking.confidence();
                        }
                    }
                }),
            };
            // (untagged quotations after a tagged one in the paragraph go
            // on with its speaker)
            if let Some(speaker) = &speaker {
                for q in group.iter_mut() {
                    if q.kind != QuoteKind::Scare && is_default(q.rule) {
                        q.speaker = Some(speaker.clone());
                        q.rule = Rule::ContinuesSpeaker;
                        q.confidence = Rule::ContinuesSpeaker.confidence();
                    }
                }
            }
            turns.push(Turn { paragraph, speaker });
        }
    }

    /// The speaker of an untagged turn in `paragraph`: the one who spoke
    /// before the previous turn, when the previous turn is the paragraph
    /// just before and someone else's.
    fn next_turn(&self, paragraph: usize, turns: &[Turn]) -> Option<Speaker> {
        let previous = turns.last()?;
        if previous.paragraph + 1 != paragraph {
            return None;
        }
        let last_name = previous.speaker.as_ref().map(|s| s.name.as_str());
        let mut at = previous.paragraph;
        for turn in turns.iter().rev().skip(1).take(TURNS_BACK) {
            // (a conversation is a run of adjacent turns)
            if turn.paragraph + 1 != at {
                return None;
            }
            at = turn.paragraph;
            let speaker = turn.speaker.as_ref()?;
            if Some(speaker.name.as_str()) != last_name {
                return Some(speaker.clone());
            }
        }
        None
    }
}

impl<'a> Sieve<'a> {
    /// Each entity's gender: as the mentions stage found it (a title, a
    /// given name), else as the pronouns of the sentences that name it and
    /// no other person say (Emma turned, and she…).
    fn entity_genders(&self) -> Vec<Gender> {
        let entities = &self.mentions.entities;
        let mut votes = vec![(0u32, 0u32); entities.len()];
        for sentence in &self.seg.sentences {
            let mut person = None;
            let mut people = 0;
            for m in &self.mentions.mentions[self.mentions.within(&sentence.tokens)] {
                let Some(e) = m.entity else { continue };
                if m.kind == MentionKind::Name
                    && entities[e].kind == EntityKind::Person
                    && person != Some(e)
                {
                    person = Some(e);
                    people += 1;
                }
            }
            let Some(e) = person.filter(|_| people == 1) else {
                continue;
            };
            if entities[e].gender != Gender::Unknown {
                continue;
            }
            for i in sentence.tokens.clone() {
                if !self.is_word(i) {
                    continue;
                }
                match self.word(i) {
                    "he" | "him" | "his" | "himself" => votes[e].0 += 1,
                    "she" | "her" | "hers" | "herself" => votes[e].1 += 1,
                    _ => {}
                }
            }
        }
        entities
            .iter()
            .zip(votes)
            .map(|(entity, (male, female))| match entity.gender {
                Gender::Unknown if male > 2 * female => Gender::Male,
                Gender::Unknown if female > 2 * male => Gender::Female,
                gender => gender,
            })
            .collect()
    }

    /// A "he" or "she" tag read in its conversation: the speaker the turns
    /// lead to when the pronoun fits them, else the latest speaker of the
    /// conversation it fits, else the latest person named before it whose
    /// gender is known to fit. `None` keeps the mentions stage's reading.
    fn pronoun_in_conversation(
        &self,
        speaker: &Speaker,
        paragraph: usize,
        turns: &[Turn],
        genders: &[Gender],
    ) -> Option<Speaker> {
        let at = self
            .mentions
            .mentions
            .partition_point(|m| m.span.start < speaker.mention.start);
        let mention = self.mentions.mentions.get(at)?;
        if mention.kind != MentionKind::Pronoun || mention.span != speaker.mention {
            return None;
        }
        let gender = match mention.span.as_str(self.text) {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => return None,
        };
        let fits = |s: &Speaker| s.entity.is_some_and(|e| genders.get(e) == Some(&gender));
        let as_pronoun = |s: &Speaker| Speaker {
            name: s.name.clone(),
            mention: speaker.mention,
            entity: s.entity,
        };
        if let Some(next) = self.next_turn(paragraph, turns).filter(|s| fits(s)) {
            return Some(as_pronoun(&next));
        }
        let mut near = paragraph;
        for turn in turns.iter().rev().take(TURNS_BACK) {
            if turn.paragraph + 3 < near {
                break;
            }
            near = turn.paragraph;
            if let Some(s) = turn.speaker.as_ref().filter(|s| fits(s)) {
                return Some(as_pronoun(s));
            }
        }
        // (a name in the narration before: Emma looked up. “…,” she said.)
        self.mentions.mentions[..at]
            .iter()
            .rev()
            .take(NAMES_BACK)
            .filter(|m| m.kind == MentionKind::Name)
            .find_map(|m| {
                let e = m.entity?;
                (genders.get(e) == Some(&gender)
                    && self.mentions.entities[e].kind == EntityKind::Person)
                    .then(|| Speaker {
                        name: self.mentions.entities[e].name.clone(),
                        mention: speaker.mention,
                        entity: Some(e),
                    })
            })
    }
}

/// Whether `rule` is one the sieve falls back on when nothing tags a
/// quotation: what a conversation may decide better.
fn is_default(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::ContinuesSpeaker | Rule::NoSpeaker | Rule::NearbySpeaker
    )
}
