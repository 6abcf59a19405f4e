//! Conversations in fiction: who speaks an untagged line of dialogue.
//!
//! News and fiction read an untagged quotation differently. A news
//! paragraph that is only a quotation goes on with the previous speaker
//! (the sieve's [`Rule::ContinuesSpeaker`]); in a novel, a new paragraph of
//! dialogue is a new speaker's turn, and two people talking take turns:
//! the untagged line answers the line before it, so its speaker is the one
//! who spoke before that ([`Rule::TurnTaking`]), unless the paragraph
//! opens with a character's action (Bob nodded. “…”: [`Rule::ActionBeat`]).
//! A conversation is read forwards, and then the lines that no tag before
//! them decides take their speakers from the tags after them; a run of
//! lines whose tags show two people taking turns is settled from both
//! ends. This pass runs after the sieve, on documents read as fiction
//! ([`Genre`]), and changes only what the sieve decided by
//! default.

use super::*;
use crate::mentions::{FxHashMap, FxHasher};
use crate::result::{EntityKind, Gender};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

mod lines;
mod narrator;
mod people;
mod runs;
mod speakers;

use people::*;
use runs::*;

/// How many persons who go by one title a description by it is read
/// against ([`People::titled`]).
const TITLED_CANDIDATES: usize = 32;

/// How many people a line's words are read for ([`Sieve::named_in`]).
const NAMED_IN_LINE: usize = 16;

/// How many tokens of a narration paragraph are read for a silence.
const SILENCE_TOKENS: usize = 200;

/// How many turns back a conversation is searched for the other speaker.
const TURNS_BACK: usize = 4;

/// How many tokens after a tag's cue its "to" and addressee may come
/// (said the Mock Turtle to the Gryphon).
const TAG_TO_TOKENS: usize = 8;

/// How many mentions back a pronoun tag looks for a named person.
const NAMES_BACK: usize = 30;

/// How many mentions back a pronoun tag looks for a named person when
/// the conversation names none: a long narration may speak of its person
/// by pronouns only.
const NARRATION_NAMES_BACK: usize = 10 * NAMES_BACK;

/// How many paragraphs of narration may stand between two turns of one
/// conversation.
const CONVERSATION_GAP: usize = 3;

/// How many paragraphs before the previous turn the narration is searched
/// for the other person of a conversation.
const NARRATION_PARAGRAPHS: usize = 10;

/// How many lines next to a narrator's own must address them by one name
/// for the narrator to be that person.
const NARRATOR_VOTES: usize = 3;

/// How many turns back a conversation that names nobody looks for its
/// other speaker.
const RECENT_TURNS: usize = 8;

/// How many lines a first-person narrator must say (“…,” I said) before
/// a name the narration never uses can be theirs.
const NARRATOR_LINES: usize = 20;

/// How many of the names most often addressed next to a narrator's lines
/// are considered.
const NARRATOR_CANDIDATES: usize = 6;

/// The most characters of one family a description of kin (his mother)
/// chooses among.
const KIN_CANDIDATES: usize = 8;

/// How many mentions before a description of kin (her mother) are
/// searched for a person named with its honorific, when the family of the
/// one the possessive means is not known.
const KIN_MENTIONS: usize = 100;

/// How many quotations before and after a line are searched for the
/// people their tags name, who speak near it.
const LOCAL_QUOTES: usize = 20;

/// How many bytes before a description by a title (the duchess) the
/// person named with that title (the Duchess of Monmouth) may last have
/// been mentioned for the description to mean them: a few pages.
const TITLE_BYTES: usize = 10_000;

/// How many turns ahead a tag may decide a guessed turn (by taking turns:
/// an even number): six exchanges, as long as two people's quick untagged
/// lines run.
const TAG_AHEAD_TURNS: usize = 12;

/// A speaker as the conversation holds it while it reads the lines: the
/// name borrowed from the entity or the text it is written in (owned only
/// for a name found nowhere else, a first-person narrator's from the
/// lines), and copied into a quotation's [`Speaker`] only when given to
/// it: the turns, their candidates and their alternatives allocate
/// nothing for names (a novel has thousands of turns).
#[derive(Clone, Debug)]
struct Who<'t> {
    name: Cow<'t, str>,
    mention: Span,
    entity: Option<usize>,
}

impl<'t> Who<'t> {
    /// `entity`, with its name, as mentioned at `mention`.
    fn of_entity(entities: &'t [crate::result::Entity], e: usize, mention: Span) -> Who<'t> {
        Who {
            name: Cow::Borrowed(&entities[e].name),
            mention,
            entity: Some(e),
        }
    }
}

/// The most people a set of [`guess_back_from_tags`] holds room for
/// and is still emptied for the next run of turns, not let go.
const RUN_SETS_KEPT: usize = 64;

/// One paragraph's turn in a conversation.
#[derive(Clone, Debug)]
struct Turn<'t> {
    /// The paragraph where the turn's line ends (a speech may run on over
    /// paragraphs).
    paragraph: usize,
    /// The turn's quotations (indices).
    quotes: std::ops::Range<usize>,
    /// The turn's quotations (indices), when its speaker is only the
    /// conversation's guess (rule `turn-taking`); else empty.
    guessed: std::ops::Range<usize>,
    /// When the conversation guessed the speaker: the other candidates it
    /// had, in order.
    /// (a range of the list of every turn's alternatives:
    /// [`Walk::turn_alternatives`])
    alternatives: std::ops::Range<usize>,
    speaker: Option<Who<'t>>,
    /// Whether a tag or an action beat names the speaker (not only the
    /// conversation's guess).
    named: bool,
    /// The person the turn's words address by name (“…, Mary”), else
    /// whom its tag says the words were for (said Ana to Mary), if any.
    addressee: Option<usize>,
    /// Whether the turn's words address `addressee` (“…, Mary?”), not
    /// only its tag (said Ana to Mary).
    addressed_by_words: bool,
    /// The person the turn's words call by a name (not Sir or Madame), or
    /// whom its tag says the words were for (said to Mary), if any: one
    /// who speaks somewhere in the text, as a party to a conversation does
    /// (a name form read into a common word, Good, names nobody who does).
    called: Option<usize>,
    /// The first token of the paragraph's first quotation.
    first_token: usize,
    /// The people the turn's words name (“Is Mary coming?”): none of
    /// them says it.
    /// (a range of the list of every turn's names, one turn's after
    /// another's: [`Walk::turn_names`])
    names: std::ops::Range<usize>,
    /// Whether the turn's guessed speaker is the one the words of the line
    /// just before addressed by name (“…, Katharine?” / “Trafalgar,
    /// mother.”): the one spoken to answers, and no tag or address after
    /// the turn revises that guess (with three people talking, the line
    /// after may address a third, and a tag two turns on may name one).
    answers: bool,
    /// Whether a tag of the turn says its line was only thought (“…,”
    /// thought Elinor): no turn of the conversation, whose other party
    /// heard nothing.
    thought: bool,
}

impl Turn<'_> {
    /// Whether something surer than taking turns decides the speaker: a
    /// tag, an action beat, or the address of the line just before.
    fn is_settled(&self) -> bool {
        self.named || self.answers
    }
}

/// What the conversation pass found besides the speakers of the lines.
pub(crate) struct Turns {
    /// The pronoun mentions it moved to another entity.
    pub(crate) moved: Vec<MovedMention>,
    /// Where the lines say runs of capitalised words, two or more joined
    /// by spaces (I, Hercule Poirot), in order.
    pub(crate) said_in_lines: Vec<Span>,
}

/// A pronoun mention moved by the conversation from the entity the
/// mentions stage gave it to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct MovedMention {
    pub(crate) mention: Span,
    pub(crate) from: Option<usize>,
    pub(crate) to: usize,
}

/// The mentions the conversation has moved, in the order it moved them,
/// and each one's latest entity, looked up in constant time.
#[derive(Default)]
struct Moves {
    list: Vec<MovedMention>,
    latest: FxHashMap<Span, usize>,
}

impl Moves {
    fn push(&mut self, moved: MovedMention) {
        self.latest.insert(moved.mention, moved.to);
        self.list.push(moved);
    }

    /// The entity the conversation last moved `mention` to, if it moved
    /// it.
    fn to(&self, mention: Span) -> Option<usize> {
        self.latest.get(&mention).copied()
    }
}

/// Each paragraph's first token ([`People::paragraph_starts`]): the
/// sentences in order, each paragraph up to a sentence's own takes that
/// sentence's first token.
fn paragraph_starts(sentences: &[crate::sentences::Sentence]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(sentences.last().map_or(0, |s| s.paragraph + 1));
    for s in sentences {
        while starts.len() <= s.paragraph {
            starts.push(s.tokens.start);
        }
    }
    starts
}

/// `slice.partition_point(before)`, searched for from index `near` out,
/// in steps that double, then between the last two: cheaper than a
/// search of the whole slice when the answer is near.
fn partition_point_near<T>(slice: &[T], near: usize, before: impl Fn(&T) -> bool) -> usize {
    let near = near.min(slice.len());
    let mut step = 1;
    if slice.get(near).is_some_and(&before) {
        // (the answer is after `near`: everything before `lo` is before)
        let mut lo = near + 1;
        loop {
            let hi = lo + step;
            if hi > slice.len() {
                return lo + slice[lo..].partition_point(&before);
            }
            if !before(&slice[hi - 1]) {
                return lo + slice[lo..hi - 1].partition_point(&before);
            }
            lo = hi;
            step *= 2;
        }
    }
    // (the answer is at or before `near`: nothing from `hi` on is before)
    let mut hi = near;
    loop {
        if hi < step {
            return slice[..hi].partition_point(&before);
        }
        let lo = hi - step;
        if before(&slice[lo]) {
            return lo + 1 + slice[lo + 1..hi].partition_point(&before);
        }
        hi = lo;
        step *= 2;
    }
}

/// The entities that the tags of `quotes` name (not a default's guess,
/// nor a speaker going on from the quote before).
fn tagged_entities<'q>(
    quotes: impl Iterator<Item = &'q Quote> + 'q,
) -> impl Iterator<Item = usize> + 'q {
    quotes
        .filter(|q| !is_default(q.rule) && q.rule != Rule::ContinuesSpeaker)
        .filter_map(|q| q.speaker.as_ref()?.entity)
}

/// A quotation's cue as the conversation reads it ([`Sieve::read_cue`]).
#[derive(Clone, Copy)]
struct CueRead {
    span: Span,
    /// The cue's token, when the cue is one token.
    token: Option<usize>,
    /// Whether the tag says the words were said to oneself (“…,” she
    /// said to herself: [`Sieve::said_to_oneself`]).
    to_oneself: bool,
    /// Whether the tag says the line was only thought.
    thought: bool,
}

/// Whom the lines next to a tagged line name by name.
#[derive(Clone, Copy)]
struct Named<'n> {
    /// Who did not say the line: whom it addresses or names (“Mary, come
    /// here”, “Is Mary coming?”), and whom the tag of the very next
    /// paragraph names when that paragraph opens with its line (a reply is
    /// a new speaker's).
    not_speaking: &'n [usize],
    /// Whom the line of the very next paragraph addresses (“Yes, Tom.”):
    /// likely its speaker.
    answered: Option<usize>,
    /// Whom a tag's verb of going on keeps speaking (“…,” he added), or
    /// who only thought the latest line (“…,” thought Elinor. / “…,”
    /// said she): the latest speaker, when the tag's verb is one or the
    /// latest line was thought, and the first
    /// token of the narration since their line (none when it is in the
    /// tag's paragraph).
    kept: Option<(usize, usize)>,
    /// The token of the tag's cue, which says whom the words were for
    /// (“…,” he said to Gino: [`Sieve::tag_addressee`]), not its speaker;
    /// read only where a tag's person is looked for, not for a name.
    told_by: Option<usize>,
}

/// What the conversation pass has decided so far: the turns taken, and
/// the pronoun mentions it read as someone other than the mentions stage
/// did.
#[derive(Clone, Copy)]
struct SoFar<'s, 't> {
    turns: &'s [Turn<'t>],
    moved: &'s Moves,
    /// Whether a tag the conversation read as each entity described a
    /// young person (the boy, the girl): by entity.
    called_young: &'s [bool],
}

/// What the conversation is read with, read once for the whole text
/// before its lines are ([`Sieve::take_turns`]).
#[derive(Clone, Copy)]
struct Conversation<'c, 'a> {
    /// The people of the text, as the conversation knows them.
    people: &'c People,
    /// The capitalised runs of every quotation's words.
    runs: &'c QuoteRuns,
    /// A first-person narrator, if the text has one ([`Sieve::narrator`]).
    narrator: Option<&'c Who<'a>>,
    /// The lines: each paragraph's quotations (indices), its paragraph
    /// and its first quotation's first token ([`Sieve::paragraph_groups`]).
    groups: &'c [(std::ops::Range<usize>, usize, usize)],
    /// Each quotation's cue, read once ([`Sieve::read_cue`]).
    cue_reads: &'c [Option<CueRead>],
}

/// The walk over the lines of a conversation ([`Sieve::take_turns`]):
/// what it has decided so far, and the buffers every line reuses (one of
/// each for the whole text, emptied for each line, their memory kept).
struct Walk<'a> {
    /// The turns taken, one for each line read.
    turns: Vec<Turn<'a>>,
    /// The pronoun mentions read as someone other than the mentions stage
    /// read them.
    moved: Moves,
    /// Whether a tag the conversation read as each entity described a
    /// young person (the boy, the girl): by entity.
    called_young: Vec<bool>,
    /// Whom a pronoun tag of the line is not ([`Named::not_speaking`]).
    not_speaking: Vec<usize>,
    /// Whom a pronoun tag of the line is not when the tag says the line
    /// was only thought.
    not_thinking: Vec<usize>,
    /// Whom the line names ([`Sieve::named_in`]).
    named_in_line: Vec<usize>,
    /// Every turn's names, one turn's after another's: a range of it each
    /// turn's ([`Turn::names`]).
    turn_names: Vec<usize>,
    /// Who may speak an untagged line, by [`Sieve::next_speakers`].
    candidates: Vec<Who<'a>>,
    /// The speakers the conversation leads to, for each reading of a
    /// pronoun tag ([`Sieve::pronoun_in_conversation`]).
    next: Vec<Who<'a>>,
    /// Every turn's alternatives, one turn's after another's: a range of
    /// it each turn's ([`Turn::alternatives`]).
    turn_alternatives: Vec<Who<'a>>,
    /// Whom the next line addresses, by its group, once read.
    addressed_next: Option<(usize, Option<usize>)>,
    /// The walk of [`Sieve::last_paragraph_of`] over the sentences.
    next_sentence: usize,
    /// Where the search for the mention of the next paragraph's tag
    /// ended: the next line's is after it.
    next_tag_mention: usize,
}

/// A line of the conversation as read before its speaker is decided
/// ([`Sieve::read_line`]): where it is, and what the lines and the
/// narration around it say of who speaks it.
struct Line<'a> {
    /// The line's quotations (indices).
    range: std::ops::Range<usize>,
    /// The paragraph the line opens in.
    paragraph: usize,
    /// The first token of the line's first quotation.
    first_token: usize,
    /// The paragraph where the line ends: a speech may run on over
    /// paragraphs.
    last_paragraph: usize,
    /// Whom the line addresses by name: not who says it, and likely who
    /// said the untagged line just before.
    addressed: Option<usize>,
    /// The quotes whose tags may name the ones who speak here.
    near: std::ops::Range<usize>,
    /// Whether the line has a tag of its own.
    has_tag: bool,
    /// Whom the tag of the very next paragraph names, by name, when that
    /// paragraph opens with its line.
    named_next: Option<usize>,
    /// Whom the line of the very next paragraph addresses by name: likely
    /// who said this one.
    answered: Option<usize>,
    /// Who only thought the latest line, and the first token of the
    /// narration since it: they may speak next ([`Named::kept`]).
    thinker: Option<(usize, usize)>,
    /// Whom the narration after the line leads in to the next
    /// paragraph's line by name ([`Sieve::leads_in_after_line`]).
    led_in_by: Option<Who<'a>>,
}

/// A line's speaker as [`Sieve::line_speaker`] decided it, and how.
struct Decided<'a> {
    /// The speaker, if any was found.
    speaker: Option<Who<'a>>,
    /// Whether the line's own tag names the speaker.
    tagged: bool,
    /// The other candidates of a guessed speaker ([`Turn::alternatives`]).
    alternatives: std::ops::Range<usize>,
    /// Whether the guessed speaker is the one the line just before
    /// addressed by name ([`Turn::answers`]).
    answers: bool,
}

impl Walk<'_> {
    /// A walk that has taken no turn yet, in a text of `entities`
    /// entities.
    fn new(entities: usize) -> Self {
        Walk {
            turns: Vec::new(),
            moved: Moves::default(),
            called_young: vec![false; entities],
            not_speaking: Vec::new(),
            not_thinking: Vec::new(),
            named_in_line: Vec::new(),
            turn_names: Vec::new(),
            candidates: Vec::new(),
            next: Vec::new(),
            turn_alternatives: Vec::new(),
            addressed_next: None,
            next_sentence: 0,
            next_tag_mention: 0,
        }
    }
}

impl<'a> Sieve<'a> {
    /// Re-decides the quotations the sieve attributed by default, as turns
    /// of a conversation, and reads pronoun tags in it. `quoted[n]` is the
    /// decided quotation at `quote_sentence[n]`. Returns the pronoun
    /// mentions it moved to another entity, and where the lines say names
    /// of two words or more.
    ///
    /// It reads what the conversation is read with (the people, the lines'
    /// capitalised runs, a narrator: [`Conversation`]), walks the lines in
    /// order, each one's speaker decided from what came before it and the
    /// lines next to it ([`Sieve::take_turn`]), and then settles the turns
    /// from the tags after them.
    pub(super) fn take_turns(
        &self,
        quote_sentence: &[(usize, usize)],
        quoted: &mut [Quote],
    ) -> Turns {
        self.no_organisation_speaks(quoted);
        // (each quotation's tag read once, where the lines read it several
        // times; a cue is only ever taken away later, never changed, so a
        // reading stands as long as its quotation keeps its cue)
        // (each cue searched for from its quotation's first token: it is
        // a few words away)
        let cue_reads: Vec<Option<CueRead>> = quoted
            .iter()
            .zip(quote_sentence)
            .map(|(q, &(first_token, _))| q.cue.map(|c| self.read_cue(c, first_token)))
            .collect();
        let person_names = self.person_names();
        let forms = self.name_forms(&person_names);
        let speaks = self.tagged_speakers(quoted);
        let mut people = People {
            paragraph_starts: paragraph_starts(&self.seg.sentences),
            genders: self.entity_genders(&person_names),
            titles: People::titles_of(&forms, {
                let mut listed = self.cast_titles();
                listed.extend(self.apposed_titles(&person_names));
                listed
            }),
            forms: forms.into_iter().collect(),
            speaks,
            narrator: None,
            families: std::cell::OnceCell::new(),
        };
        let mut runs = QuoteRuns::of(quoted, self.text, &people);
        let said_in_lines = std::mem::take(&mut runs.spaced);
        self.add_titles_said_in_lines(quoted, &runs, &mut people);
        self.add_titled_speakers(quoted, &mut people);
        let groups = self.paragraph_groups(quote_sentence);
        let narrator = self.narrator(&groups, quoted, &runs, &people);
        people.narrator = narrator.as_ref().and_then(|n| n.entity);
        let doc = Conversation {
            people: &people,
            runs: &runs,
            narrator: narrator.as_ref(),
            groups: &groups,
            cue_reads: &cue_reads,
        };
        let mut walk = Walk::new(self.mentions.entities.len());
        for g in 0..groups.len() {
            self.take_turn(&doc, &mut walk, quoted, g);
        }
        let Walk {
            mut turns,
            moved,
            turn_names,
            turn_alternatives,
            ..
        } = walk;
        let spare = &self.spare_names;
        other_than_the_next_tag(&mut turns, &turn_alternatives, quoted, spare);
        guess_back_from_tags(&turns, &turn_names, quoted, spare);
        settle_two_party_runs(
            &turns,
            &turn_names,
            quoted,
            &|e, before| self.latest_mention_of(e, before, &moved),
            spare,
        );
        Turns {
            moved: settle_moves(moved.list, quoted, &self.mentions.entities),
            said_in_lines,
        }
    }

    /// Takes the speaker away from a quotation the sieve gave to a place or
    /// an institution: the conversation decides it.
    fn no_organisation_speaks(&self, quoted: &mut [Quote]) {
        // (a place or an institution speaks no line of a novel: the
        // conversation decides it)
        for q in quoted.iter_mut() {
            let org = q
                .speaker
                .as_ref()
                .and_then(|s| s.entity)
                .is_some_and(|e| self.mentions.entities[e].kind == EntityKind::Organisation);
            if org {
                q.speaker = None;
                q.rule = Rule::NoSpeaker;
                q.cue = None;
                q.confidence = Rule::NoSpeaker.confidence();
            }
        }
    }

    /// Reads the line of group `g` as the conversation's next turn, unless
    /// its quotations are all scare quotes: decides its speaker and pushes
    /// its turn to the walk's.
    fn take_turn(
        &self,
        doc: &Conversation<'_, 'a>,
        walk: &mut Walk<'a>,
        quoted: &mut [Quote],
        g: usize,
    ) {
        let &(ref range, paragraph, _) = &doc.groups[g];
        if quoted[range.clone()]
            .iter()
            .all(|q| q.kind == QuoteKind::Scare)
        {
            return;
        }
        // (whom the line addresses by name is not who says it, and
        // likely who said the untagged line just before)
        // (read once per line: as the next paragraph's line, the line
        // before asked it already)
        let addressed = match walk.addressed_next.take() {
            Some((at, addressed)) if at == g => addressed,
            _ => self.line_address(quoted, range.clone(), doc.runs, doc.people, |_| true),
        };
        self.revise_by_address(doc.people, walk, quoted, addressed, paragraph);
        self.names_of_line(doc, quoted, range.clone(), &mut walk.named_in_line);
        let line = self.read_line(doc, walk, quoted, g, addressed);
        // (the line's quotations, and the quotes near it on either
        // side, which nothing below changes)
        let (before_line, from_line) = quoted.split_at_mut(range.start);
        let (group, after_line) = from_line.split_at_mut(range.len());
        let near = (
            &before_line[line.near.start..],
            &after_line[..line.near.end - range.end],
        );
        self.narrator_is_i(doc.narrator, group, &mut walk.moved);
        // (a pronoun tag is not the one the line addresses or names,
        // nor the one the next paragraph's tag names)
        walk.not_speaking.clear();
        walk.not_speaking
            .extend(addressed.into_iter().chain(line.named_next));
        walk.not_speaking.extend_from_slice(&walk.named_in_line);
        // (a line only thought is no one's reply, so the next
        // paragraph's tag may name its thinker: “…,” she thought. /
        // “…,” Alice began)
        walk.not_thinking.clear();
        walk.not_thinking.extend(addressed);
        walk.not_thinking.extend_from_slice(&walk.named_in_line);
        let group_cues = &doc.cue_reads[range.clone()];
        let decided = self.line_speaker(doc, walk, &line, group, group_cues, near);
        if let Some(first) = decided.speaker.as_ref() {
            self.read_later_tags(doc.people, walk, &line, group, group_cues, first);
        }
        // (untagged quotations after a tagged one in the paragraph go
        // on with its speaker)
        if let Some(speaker) = &decided.speaker {
            for q in group.iter_mut() {
                if q.kind != QuoteKind::Scare && is_default(q.rule) {
                    give_speaker(&mut q.speaker, speaker, &self.spare_names);
                    q.rule = Rule::ContinuesSpeaker;
                    q.confidence = Rule::ContinuesSpeaker.confidence();
                }
            }
        }
        self.push_turn(doc, walk, quoted, &line, decided);
    }

    /// Reads a first-person narrator's "I" in the tags of a line's
    /// quotations, `group`, as the narrator, `narrator`, if the text has
    /// one: the mention moves to them.
    fn narrator_is_i(&self, narrator: Option<&Who<'a>>, group: &mut [Quote], moved: &mut Moves) {
        // (a first-person narrator's "I" is the narrator)
        let Some(narrator) = narrator else {
            return;
        };
        for q in group.iter_mut() {
            let Some(speaker) = q.speaker.as_mut() else {
                continue;
            };
            if self.is_unnamed_i(speaker) {
                if let Some(e) = narrator.entity {
                    moved.push(MovedMention {
                        mention: speaker.mention,
                        from: speaker.entity,
                        to: e,
                    });
                }
                speaker.entity = narrator.entity;
                speaker.name.clear();
                speaker.name.push_str(&narrator.name);
            }
        }
    }

    /// Reads a pronoun or description tag of `line`, `speaker`, whose cue
    /// reads `cue`, in the conversation ([`Sieve::pronoun_in_conversation`]):
    /// the mention moves to the person it is read as, who is returned.
    /// `None` keeps the mentions stage's reading: so do words said to
    /// oneself. `kept`: the speaker a verb of going on keeps
    /// ([`Named::kept`]).
    fn read_tag(
        &self,
        people: &People,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        speaker: &mut Speaker,
        cue: Option<CueRead>,
        kept: Option<(usize, usize)>,
    ) -> Option<Who<'a>> {
        let Walk {
            turns,
            moved,
            called_young,
            not_speaking,
            not_thinking,
            next,
            ..
        } = walk;
        // (words said to oneself are no turn of the conversation:
        // a pronoun tag's person is whom the narration speaks of,
        // the mentions stage's reading, when that one speaks and
        // is of its gender: “…,” she said to herself)
        let to_self = cue.is_some_and(|c| c.to_oneself);
        let narrated_fits = || {
            speaker.entity.is_some_and(|e| {
                people.speaks.get(e) == Some(&true)
                    && pronoun_gender(speaker.mention.as_str(self.text))
                        .is_some_and(|g| people.genders.get(e) == Some(&g))
            })
        };
        if to_self && narrated_fits() {
            return None;
        }
        let resolved = self.pronoun_in_conversation(
            speaker,
            line.paragraph,
            line.first_token,
            SoFar {
                turns,
                moved,
                called_young,
            },
            people,
            Named {
                not_speaking: if cue.is_some_and(|c| c.thought) {
                    not_thinking
                } else {
                    not_speaking
                },
                answered: line.answered,
                kept,
                told_by: cue.and_then(|c| c.token),
            },
            next,
        );
        if let Some((resolved, to)) = resolved.and_then(|r| {
            let to = r.entity?;
            Some((r, to))
        }) {
            moved.push(MovedMention {
                mention: speaker.mention,
                from: speaker.entity,
                to,
            });
            set_speaker(speaker, &resolved);
            return Some(resolved);
        }
        None
    }

    /// Decides the speaker of `line`, `group` its quotations and `cues`
    /// their cues read: the speaker of its tag, if it has one
    /// ([`Sieve::tagged_speaker`]), else of its beat or the conversation's
    /// guess ([`Sieve::untagged_speaker`]). `near`: the quotes near the
    /// line, before it and after it.
    fn line_speaker(
        &self,
        doc: &Conversation<'_, 'a>,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        group: &mut [Quote],
        cues: &[Option<CueRead>],
        near: (&[Quote], &[Quote]),
    ) -> Decided<'a> {
        // The paragraph's speaker: the first that a rule other than a
        // default found (a pronoun read in the conversation), else the
        // next in the conversation.
        let tagged = group
            .iter_mut()
            .zip(cues)
            .filter(|(q, _)| !is_default(q.rule))
            .find_map(|(q, read)| Some((q.cue.and(*read), q.speaker.as_mut()?)));
        // (as the tags near the line were read: see `has_tag` in
        // `read_line`)
        debug_assert_eq!(tagged.is_some(), line.has_tag);
        match tagged {
            Some((cue, speaker)) => Decided {
                speaker: Some(self.tagged_speaker(doc, walk, line, cue, speaker)),
                tagged: true,
                alternatives: 0..0,
                answers: false,
            },
            None => self.untagged_speaker(doc.people, walk, line, group, near),
        }
    }

    /// The speaker of `line` whose tag names `speaker`, its cue read
    /// `cue`: the person a pronoun or a description tag is read as in the
    /// conversation ([`Sieve::read_tag`]), who may be the latest speaker
    /// when the tag's verb says they go on, else the tag's own.
    fn tagged_speaker(
        &self,
        doc: &Conversation<'_, 'a>,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        cue: Option<CueRead>,
        speaker: &mut Speaker,
    ) -> Who<'a> {
        let (people, paragraph) = (doc.people, line.paragraph);
        // (the speaker of the conversation's latest turn, which a
        // verb of going on keeps across narration, be it a
        // paragraph of its own or the narration that opens
        // this one: Nothing was said for a while; then she
        // added, “…”; right after another's line, with no
        // narration between, its speaker goes on from their
        // own turn before)
        let narration_opens = people
            .paragraph_start(paragraph)
            .is_some_and(|start| start < line.first_token);
        let kept = walk
            .turns
            .last()
            .filter(|t| {
                (t.paragraph + 1 < paragraph || (t.paragraph + 1 == paragraph && narration_opens))
                    && t.paragraph + CONVERSATION_GAP >= paragraph
            })
            .filter(|_| cue.is_some_and(|c| self.is_going_on(c.span)))
            .and_then(|t| {
                let since = people.paragraph_start(t.paragraph + 1)?;
                Some((t.speaker.as_ref()?.entity?, since))
            })
            .or(line.thinker);
        // (the speaker read, or the tag's own)
        let read = self.read_tag(people, walk, line, speaker, cue, kept);
        read.unwrap_or_else(|| self.who(speaker, doc.narrator))
    }

    /// The speaker of `line`, which has no tag of its own, given to its
    /// untagged quotations, `group`: a beat by name decides
    /// ([`Rule::ActionBeat`]), as does narration that leads in to the next
    /// line by name; a beat by a pronoun is the conversation's guess
    /// ([`Rule::TurnTaking`]), and so, with no beat, is the one chosen
    /// among those who may speak next ([`Sieve::choose_next_speaker`]).
    fn untagged_speaker(
        &self,
        people: &People,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        group: &mut [Quote],
        near: (&[Quote], &[Quote]),
    ) -> Decided<'a> {
        let (paragraph, first_token) = (line.paragraph, line.first_token);
        // (a beat by name decides; one by a pronoun is the
        // conversation's guess)
        let beat = self
            .action_beat(paragraph, first_token, people, &walk.named_in_line)
            .or_else(|| line.led_in_by.clone())
            .map(|speaker| (speaker, Rule::ActionBeat))
            .or_else(|| {
                self.pronoun_beat(paragraph, first_token, &walk.turns, people)
                    .map(|speaker| (speaker, Rule::TurnTaking))
            });
        let (decided, rule) = match beat {
            Some((speaker, rule)) => (
                Decided {
                    speaker: Some(speaker),
                    tagged: false,
                    alternatives: 0..0,
                    answers: false,
                },
                rule,
            ),
            // (whom the line addresses does not say it: then the
            // previous speaker goes on)
            None => (
                self.choose_next_speaker(people, walk, line, near),
                Rule::TurnTaking,
            ),
        };
        if let Some(speaker) = &decided.speaker {
            for q in group.iter_mut() {
                if q.kind != QuoteKind::Scare && is_default(q.rule) {
                    give_speaker(&mut q.speaker, speaker, &self.spare_names);
                    q.rule = rule;
                    q.cue = None;
                    q.confidence = rule.confidence();
                }
            }
        }
        decided
    }

    /// Chooses the speaker of `line`, which has no tag and no beat, among
    /// those who may speak next ([`Sieve::next_speakers`]): never one the
    /// line addresses, nor a group, nor one it names while another is
    /// left; the first, when the narration just before names them or the
    /// line just before addressed them by name; else the first whom a tag
    /// of the quotes `near` the line names. The others are the turn's
    /// alternatives.
    fn choose_next_speaker(
        &self,
        people: &People,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        near: (&[Quote], &[Quote]),
    ) -> Decided<'a> {
        let Walk {
            turns,
            moved,
            called_young,
            named_in_line,
            candidates,
            turn_alternatives,
            ..
        } = walk;
        let (paragraph, addressed) = (line.paragraph, line.addressed);
        let (near_before, near_after) = near;
        // (in the list `next_speakers` makes, not a new one)
        self.next_speakers(
            paragraph,
            line.first_token,
            SoFar {
                turns,
                moved,
                called_young,
            },
            people,
            candidates,
        );
        candidates.extend(
            addressed
                .and_then(|_| turns.last())
                .and_then(|turn| turn.speaker.clone()),
        );
        // (not the one addressed; nor a group: "they" or
        // "we" speak no turn of two people talking,
        // whoever the words said it was)
        candidates.retain(|s| {
            (addressed.is_none() || s.entity != addressed)
                && !is_plural_pronoun(s.mention.as_str(self.text))
        });
        // (nor one it names, while another is left)
        let named_in = |s: &Who| s.entity.is_some_and(|e| named_in_line.contains(&e));
        if !candidates.iter().all(named_in) {
            candidates.retain(|s| !named_in(s));
        }
        // (one whom tags name near the line first; but the
        // first candidate still, when the narration just
        // before the line names them: Tony took him to the
        // door. / “…”)
        let after_narration = turns.last().is_none_or(|t| t.paragraph + 1 != paragraph);
        let named_just_before = |s: &&Who| {
            after_narration
                && self.mention_spanning(s.mention).is_some_and(|m| {
                    let t = self.mentions.mentions[m].tokens.start;
                    self.seg.sentences[self.sentence_of(t)].paragraph + 1 == paragraph
                })
        };
        // (nor when the line just before addressed them by name)
        let addressed_before = |s: &&Who| {
            s.entity
                .is_some_and(|e| people.speaks.get(e) == Some(&true))
                && turns
                    .last()
                    .is_some_and(|t| t.paragraph + 1 == paragraph && t.addressee == s.entity)
        };
        let answers = candidates.first().is_some_and(|s| addressed_before(&s))
            && turns.last().is_some_and(|t| t.addressed_by_words);
        let chosen = candidates
            .first()
            .filter(|s| named_just_before(s) || addressed_before(s))
            .or_else(|| {
                // (the first whom a tag near the line
                // names, the line's own not among them:
                // read only when asked, and only when
                // they may choose, among two or more
                // (one is chosen whoever they name);
                // the nearest tags first, where the
                // one who spoke is mostly found)
                if candidates.len() < 2 {
                    return None;
                }
                let near = || tagged_entities(near_before.iter().rev().chain(near_after));
                candidates
                    .iter()
                    .find(|s| s.entity.is_some_and(|e| near().any(|t| t == e)))
            })
            .or(candidates.first())
            .cloned();
        let from = turn_alternatives.len();
        turn_alternatives.append(candidates);
        Decided {
            speaker: chosen,
            tagged: false,
            alternatives: from..turn_alternatives.len(),
            answers,
        }
    }

    /// Reads the later tags of `line`, `group` its quotations and `cues`
    /// their cues read, whose speaker is `first`: a tag of its speaker's
    /// mention is theirs; another pronoun tag is read in the conversation
    /// ([`Sieve::read_tag`]).
    fn read_later_tags(
        &self,
        people: &People,
        walk: &mut Walk<'a>,
        line: &Line<'a>,
        group: &mut [Quote],
        cues: &[Option<CueRead>],
        first: &Who<'a>,
    ) {
        // (a later pronoun tag of the paragraph is read in the
        // conversation too: “…,” he added.; but a tag that closes one
        // quotation and leads in to the next is read once: “…,” said
        // she, “…”)
        let later = group
            .iter_mut()
            .zip(cues)
            .filter(|(q, _)| !is_default(q.rule))
            .skip(1);
        for (q, read) in later {
            let Some(s) = q.speaker.as_mut() else {
                continue;
            };
            if s.mention == first.mention {
                set_speaker(s, first);
                continue;
            }
            let kept = first
                .entity
                .filter(|_| q.cue.is_some_and(|c| self.is_going_on(c)))
                .map(|e| (e, usize::MAX));
            self.read_tag(people, walk, line, s, q.cue.and(*read), kept);
        }
    }

    /// Pushes the turn of `line`, whose speaker is `decided`, to the
    /// walk's: with whom it addresses by name or its tag says it was for,
    /// whom it calls by name, the people it names, whether its speaker is
    /// only guessed, and whether it was only thought; and notes whether
    /// its tag describes its speaker as young.
    fn push_turn(
        &self,
        doc: &Conversation<'_, 'a>,
        walk: &mut Walk<'a>,
        quoted: &[Quote],
        line: &Line<'a>,
        decided: Decided<'a>,
    ) {
        let Conversation {
            people,
            runs,
            cue_reads,
            ..
        } = *doc;
        let Line {
            ref range,
            addressed,
            ..
        } = *line;
        let Decided {
            speaker,
            tagged,
            alternatives,
            answers,
        } = decided;
        let speaker_entity = speaker.as_ref().and_then(|s| s.entity);
        let addressee = addressed
            .or_else(|| {
                quoted[range.clone()]
                    .iter()
                    .zip(&cue_reads[range.clone()])
                    .find_map(|(q, read)| {
                        self.tag_addressee(q.cue.and(*read)?.token?, &walk.turns, people)
                    })
            })
            .filter(|&e| Some(e) != speaker_entity);
        // (whom the line calls by name, or its tag says it was for;
        // the line's words read again only where it addresses someone)
        let called = addressed
            .filter(|&e| {
                self.line_address(quoted, range.clone(), runs, people, is_name_like) == Some(e)
            })
            .or_else(|| addressee.filter(|&e| addressed != Some(e)))
            .filter(|&e| Some(e) != speaker_entity && people.speaks.get(e) == Some(&true));
        let guessed = if quoted[range.clone()]
            .iter()
            .any(|q| q.rule == Rule::TurnTaking)
        {
            range.clone()
        } else {
            0..0
        };
        // (what the line's tag says of its speaker's age)
        if let Some(young) = speaker
            .as_ref()
            .filter(|s| lexicon::describes_the_young(s.mention.as_str(self.text)))
            .and_then(|s| walk.called_young.get_mut(s.entity?))
        {
            *young = true;
        }
        walk.turns.push(Turn {
            paragraph: line.last_paragraph,
            quotes: range.clone(),
            guessed,
            alternatives,
            speaker,
            named: tagged
                || quoted[range.clone()]
                    .iter()
                    .any(|q| q.rule == Rule::ActionBeat),
            addressee,
            addressed_by_words: addressed.is_some() && addressed == addressee,
            called,
            first_token: line.first_token,
            names: {
                let from = walk.turn_names.len();
                walk.turn_names.extend_from_slice(&walk.named_in_line);
                from..walk.turn_names.len()
            },
            answers,
            thought: quoted[range.clone()]
                .iter()
                .zip(&cue_reads[range.clone()])
                .any(|(q, read)| {
                    !is_default(q.rule) && q.cue.and(*read).is_some_and(|c| c.thought)
                }),
        });
    }

    /// Revises the guess of the turn just before by whom this line, in
    /// `paragraph`, addresses by name, `addressed`: the one spoken to
    /// likely said the untagged line before, when that turn was only
    /// guessed, and did not answer the address before it.
    fn revise_by_address(
        &self,
        people: &People,
        walk: &mut Walk<'a>,
        quoted: &mut [Quote],
        addressed: Option<usize>,
        paragraph: usize,
    ) {
        let (Some(x), Some(previous)) = (addressed, walk.turns.last_mut()) else {
            return;
        };
        let guessed = previous.guessed.clone();
        let revise = previous.paragraph + 1 == paragraph
            && !guessed.is_empty()
            // (nor one that answers the address before it)
            && !previous.answers
            && previous.speaker.as_ref().and_then(|s| s.entity) != Some(x)
            && people.speaks.get(x) == Some(&true);
        if let Some(speaker) = revise
            .then(|| self.latest_mention_of(x, previous.first_token, &walk.moved))
            .flatten()
        {
            for q in &mut quoted[guessed] {
                if q.rule == Rule::TurnTaking {
                    give_speaker(&mut q.speaker, &speaker, &self.spare_names);
                }
            }
            previous.speaker = Some(speaker);
        }
    }

    /// Gathers into `named_in_line`, emptied first, whom the quotations
    /// `range` of a line name (as [`Sieve::named_in`] reads them): people
    /// who do not say the line.
    fn names_of_line(
        &self,
        doc: &Conversation<'_, 'a>,
        quoted: &[Quote],
        range: std::ops::Range<usize>,
        named_in_line: &mut Vec<usize>,
    ) {
        // (people rarely name themselves: whom the line names, as it
        // goes on, is not who says it; but a quotation of the
        // paragraph whose own tag is of the other gender is another's
        // line, and its names say nothing of who says this one: “…,”
        // she thought. … he thought, “How absurd Mary would think me.”)
        named_in_line.clear();
        let tag_gender = |q: &Quote| {
            let s = q.speaker.as_ref().filter(|_| !is_default(q.rule))?;
            pronoun_gender(s.mention.as_str(self.text))
                .or_else(|| s.entity.and_then(|e| doc.people.genders.get(e).copied()))
                .filter(|&g| g != Gender::Unknown)
        };
        let line_gender = quoted[range.clone()].iter().find_map(tag_gender);
        for (n, q) in range.clone().zip(&quoted[range.clone()]) {
            if q.kind != QuoteKind::Scare && tag_gender(q).is_none_or(|g| Some(g) == line_gender) {
                Self::named_in(doc.runs.of_quote(n), named_in_line);
            }
        }
    }

    /// Reads the line of group `g`, whose words address `addressed` by
    /// name, with the lines and the narration around it: where it ends,
    /// the quotes near it, and what the paragraphs next to it say of who
    /// speaks it (whom the next tag names, whom the next line addresses, a
    /// thinker who may speak next, a lead-in to the next line).
    fn read_line(
        &self,
        doc: &Conversation<'_, 'a>,
        walk: &mut Walk<'a>,
        quoted: &[Quote],
        g: usize,
        addressed: Option<usize>,
    ) -> Line<'a> {
        let Conversation {
            people,
            runs,
            narrator,
            groups,
            ..
        } = *doc;
        let &(ref range, paragraph, first_token) = &groups[g];
        // (the quotes whose tags may name the ones who speak here)
        let near =
            range.start.saturating_sub(LOCAL_QUOTES)..(range.end + LOCAL_QUOTES).min(quoted.len());
        // (whether the line has a tag of its own: its speaker is
        // `tagged` in `line_speaker`, found by the same test)
        let has_tag = quoted[range.clone()]
            .iter()
            .any(|q| !is_default(q.rule) && q.speaker.is_some());
        // (the paragraph where the line ends: a speech may run on over
        // paragraphs)
        let last_paragraph = self.last_paragraph_of(
            quoted[range.clone()].last(),
            paragraph,
            &mut walk.next_sentence,
        );
        // (the quotations of the very next paragraph, if it has any)
        let next_range = groups
            .get(g + 1)
            .filter(|next| next.1 == last_paragraph + 1)
            .map(|next| next.0.clone());
        let next_lines = next_range.clone().map(|next| &quoted[next]);
        // (whom the tag of the very next paragraph names, by name, when
        // that paragraph opens with its line: a reply is a new
        // speaker's; but one that opens with a person's doing may be
        // the same person going on: “…,” said he. / Edward came back.
        // “…,” said Edward.; and so is one whose tag's verb says its
        // speaker goes on: “…,” she said. / “…,” continued Mary.)
        let replies_next = groups
            .get(g + 1)
            .is_some_and(|next| people.paragraph_start(next.1) == Some(next.2));
        let named_next = next_lines
            .filter(|_| replies_next)
            .and_then(|next| {
                next.iter()
                    .filter(|q| !is_default(q.rule))
                    .find(|q| q.speaker.is_some())
            })
            .filter(|q| !q.cue.is_some_and(|c| self.is_going_on(c)))
            .and_then(|q| q.speaker.as_ref())
            .filter(|s| {
                self.mention_spanning_from(s.mention, &mut walk.next_tag_mention)
                    .is_some_and(|m| self.mentions.mentions[m].kind == MentionKind::Name)
            })
            .and_then(|s| s.entity);
        // (whom the line of the very next paragraph addresses by name:
        // likely who said this one)
        let answered = next_range.and_then(|next| {
            let answered = self.line_address(quoted, next, runs, people, |_| true);
            walk.addressed_next = Some((g + 1, answered));
            answered
        });
        // (a line the tag says its speaker only thought is no turn
        // of the conversation: the one who thought it may speak next,
        // as after a verb of going on: “…,” thought Elinor. / “…,”
        // said she)
        let thinker = walk
            .turns
            .last()
            .filter(|t| t.thought && t.paragraph + CONVERSATION_GAP >= paragraph)
            .and_then(|t| {
                let since = people.paragraph_start(t.paragraph + 1)?;
                Some((t.speaker.as_ref()?.entity?, since))
            });
        // (whom the narration after the line leads in to the next
        // paragraph's line by name)
        let led_in_by = next_lines.and_then(|next| {
            let line_end = quoted[range.clone()].last()?.span.end;
            self.leads_in_after_line(last_paragraph, line_end, next, people, narrator)
        });
        Line {
            range: range.clone(),
            paragraph,
            first_token,
            last_paragraph,
            addressed,
            near,
            has_tag,
            named_next,
            answered,
            thinker,
            led_in_by,
        }
    }

    /// The paragraph where a line that opens in `paragraph` ends: a
    /// quotation that runs on over paragraphs (each opening with a
    /// quotation mark, the last one closing it) ends in the paragraph
    /// before the next sentence after it, the paragraphs inside it having
    /// no sentence of their own. `next_sentence` is a walk over the
    /// sentences, left at the first after the paragraph of the line before
    /// (the lines come in order, so each walks on from there).
    fn last_paragraph_of(
        &self,
        last_quote: Option<&Quote>,
        paragraph: usize,
        next_sentence: &mut usize,
    ) -> usize {
        let sentences = &self.seg.sentences;
        if sentences[..*next_sentence]
            .last()
            .is_some_and(|s| s.paragraph > paragraph)
        {
            // (a line before the one before: searched for, not walked to)
            *next_sentence = sentences.partition_point(|s| s.paragraph <= paragraph);
        }
        while sentences
            .get(*next_sentence)
            .is_some_and(|s| s.paragraph <= paragraph)
        {
            *next_sentence += 1;
        }
        // (the quotation is read for a line break only when a paragraph
        // with no sentence follows: else the line ends where it opens,
        // whether it runs on or not)
        match sentences.get(*next_sentence) {
            Some(next)
                if next.paragraph > paragraph + 1
                    && last_quote.is_some_and(|q| q.span.bytes(self.text).contains(&b'\n')) =>
            {
                next.paragraph - 1
            }
            _ => paragraph,
        }
    }

    /// The quotations by paragraph: each paragraph's range of indices into
    /// `quote_sentence`, with the paragraph and its first quotation's token.
    fn paragraph_groups(
        &self,
        quote_sentence: &[(usize, usize)],
    ) -> Vec<(std::ops::Range<usize>, usize, usize)> {
        let mut groups = Vec::new();
        let mut n = 0;
        while n < quote_sentence.len() {
            let (first_token, s) = quote_sentence[n];
            let paragraph = self.seg.sentences[s].paragraph;
            let end = n + quote_sentence[n..]
                .iter()
                .take_while(|&&(_, s)| self.seg.sentences[s].paragraph == paragraph)
                .count();
            groups.push((n..end, paragraph, first_token));
            n = end;
        }
        groups
    }
}

/// The latest speaker of the [`RECENT_TURNS`] turns before the last one
/// who is a known person other than `last`, among the turns that start
/// after token `after`.
fn other_recent_speaker<'t>(
    turns: &[Turn<'t>],
    last: Option<usize>,
    after: usize,
) -> Option<Who<'t>> {
    turns
        .iter()
        .rev()
        .skip(1)
        .take(RECENT_TURNS)
        .find_map(|turn| {
            let speaker = turn.speaker.as_ref()?;
            (turn.first_token >= after && speaker.entity.is_some() && speaker.entity != last)
                .then(|| speaker.clone())
        })
}

/// Re-guesses a guessed turn that gave the line to the speaker the tag of
/// the very next paragraph names: a new paragraph is a new speaker, so the
/// guess takes its first other candidate, if it had one (not a guess that
/// answers an address: the one spoken to answers, and the next tag names
/// the one who speaks after them).
/// (`alternatives`: every turn's alternatives, [`Turn::alternatives`];
/// `spare`: names to write a new speaker's into, [`give_speaker`])
fn other_than_the_next_tag<'t>(
    turns: &mut [Turn<'t>],
    alternatives: &[Who<'t>],
    quoted: &mut [Quote],
    spare: &Spare,
) {
    for i in 1..turns.len() {
        let (before, after) = turns.split_at_mut(i);
        let (turn, next) = (&mut before[i - 1], &after[0]);
        if turn.guessed.is_empty()
            || turn.answers
            || !next.named
            || next.paragraph != turn.paragraph + 1
        {
            continue;
        }
        let next_entity = next.speaker.as_ref().and_then(|s| s.entity);
        if next_entity.is_none() || turn.speaker.as_ref().and_then(|s| s.entity) != next_entity {
            continue;
        }
        let Some(other) = alternatives[turn.alternatives.clone()]
            .iter()
            .find(|s| s.entity.is_some() && s.entity != next_entity)
        else {
            continue;
        };
        for q in &mut quoted[turn.guessed.clone()] {
            if q.rule == Rule::TurnTaking {
                give_speaker(&mut q.speaker, other, spare);
            }
        }
        turn.speaker = Some(other.clone());
    }
}

/// Re-guesses turns that no tag before them decides, from the tags after
/// them: in a run of adjacent turns, a guessed turn with no settled turn (a
/// tag's, an action beat's, or one answering an address:
/// [`Turn::is_settled`]) an even number of turns before it takes the
/// speaker of the nearest settled turn an even number of turns after it, at
/// most [`TAG_AHEAD_TURNS`]
/// ahead (two people take turns, so the line two after this one is this
/// one's speaker's), unless the guessed turn's words name that speaker,
/// or a settled turn an odd number of turns from it (earlier in the run, or
/// between it and the tag) names that speaker too: one person speaking two
/// turns in a row breaks the parity (“Why not bathe?” asked Anne. / “Too
/// cold.” / … / Anne slipped on a stone. “Wet,” she said.).
/// (`names`: the people the turns' words name, [`Turn::names`]; `spare`:
/// names to write a new speaker's into, [`give_speaker`])
fn guess_back_from_tags(turns: &[Turn], names: &[usize], quoted: &mut [Quote], spare: &Spare) {
    // (the people settled turns name so far in a run, per parity; only
    // asked whether they hold one, so hashed the cheap way; one pair of
    // sets for every run, emptied, their memory kept)
    let mut settled_people: [HashSet<usize, BuildHasherDefault<FxHasher>>; 2] = Default::default();
    let mut from = 0;
    while from < turns.len() {
        // (a run of adjacent paragraphs)
        let mut to = from + 1;
        while to < turns.len() && turns[to].paragraph == turns[to - 1].paragraph + 1 {
            to += 1;
        }
        let run = &turns[from..to];
        // (whether a named turn has come an even number of turns before:
        // one flag per parity of the index in the run)
        let mut named_before = [false; 2];
        for set in &mut settled_people {
            // (emptying a set costs its capacity: one a long run filled
            // is let go instead, so that the runs after it cost no more)
            if set.capacity() > RUN_SETS_KEPT {
                *set = HashSet::default();
            } else {
                set.clear();
            }
        }
        for (i, turn) in run.iter().enumerate() {
            let decided_before = named_before[i % 2];
            named_before[i % 2] |= turn.is_settled();
            if let Some(e) = turn.speaker.as_ref().and_then(|s| s.entity) {
                if turn.is_settled() {
                    settled_people[i % 2].insert(e);
                }
            }
            if (turn.guessed.is_empty() && turn.speaker.is_some()) || turn.answers {
                continue;
            }
            if decided_before {
                continue;
            }
            let after = run[i + 1..]
                .iter()
                .enumerate()
                .skip(1)
                .step_by(2)
                .take(TAG_AHEAD_TURNS / 2)
                .find(|(_, t)| t.is_settled());
            let Some((k, speaker)) = after.and_then(|(k, t)| Some((k, t.speaker.as_ref()?))) else {
                continue;
            };
            if speaker
                .entity
                .is_some_and(|e| names[turn.names.clone()].contains(&e))
            {
                continue;
            }
            // (nor when the settled turn just before, one earlier in the
            // run at an odd distance, or one at an odd distance before the
            // tag names that speaker: no one speaks two turns in a row, so
            // the parity broke in between)
            let just_before = i.checked_sub(1).map(|b| &run[b]);
            let odd_distance = run[i + 1..i + 1 + k].iter().step_by(2);
            let spoke_opposite = speaker
                .entity
                .is_some_and(|e| settled_people[(i + 1) % 2].contains(&e));
            let parity_broke = spoke_opposite
                || just_before
                    .into_iter()
                    .chain(odd_distance)
                    .filter(|t| t.is_settled())
                    .filter_map(|t| t.speaker.as_ref())
                    .any(|s| same_person(s, speaker));
            if parity_broke {
                continue;
            }
            give_turn(&mut quoted[turn.quotes.clone()], speaker, spare);
        }
        from = to;
    }
}

/// Settles each run of adjacent turns that its named turns show to be two
/// people taking turns (a run ends where one person speaks two turns in a
/// row, as when a line addresses the one who spoke before the last): when
/// every named turn (a tag's or an action
/// beat's) of one parity of the run names one person, and every named
/// turn of the other parity names another, each guessed turn of a parity
/// takes that parity's person, read from both ends of the run rather than
/// copied forward from the last guess; unless the turn's words name or
/// address that person, or the turn answers an address ([`Turn::answers`]).
/// Whom the lines of one parity address by name
/// (“…, Henry?”) is the other parity's person as well: two people talking
/// call each other by name, so an address settles the one no tag names.
/// `speaker_of` gives a speaker for a person addressed before a turn;
/// `names` holds the people the turns' words name ([`Turn::names`]);
/// `spare`, names to write a new speaker's into ([`give_speaker`]).
fn settle_two_party_runs<'t>(
    turns: &[Turn<'t>],
    names: &[usize],
    quoted: &mut [Quote],
    speaker_of: &dyn Fn(usize, usize) -> Option<Who<'t>>,
    spare: &Spare,
) {
    let mut from = 0;
    while from < turns.len() {
        let mut to = from + 1;
        while to < turns.len()
            && turns[to].paragraph == turns[to - 1].paragraph + 1
            && !takes_two_turns(&turns[to - 1], &turns[to])
        {
            to += 1;
        }
        let run = &turns[from..to];
        from = to;
        // (each parity's person, if its named turns agree on one; else,
        // if whom the other parity's lines address agrees on one)
        let mut person: [Option<usize>; 2] = [None, None];
        // (copied from the turns, or found for an address: their names
        // borrowed, not copied)
        let mut speaker: [Option<Who<'t>>; 2] = [None, None];
        let mut agree = true;
        for (i, turn) in run.iter().enumerate().filter(|(_, t)| t.named) {
            let Some(said) = turn.speaker.as_ref() else {
                continue;
            };
            let Some(e) = said.entity else {
                continue;
            };
            match person[i % 2] {
                Some(p) if p != e => agree = false,
                Some(_) => {}
                None => {
                    person[i % 2] = Some(e);
                    speaker[i % 2] = Some(said.clone());
                }
            }
        }
        let mut addressed: [Option<usize>; 2] = [None, None];
        for (i, turn) in run.iter().enumerate() {
            let parity = (i + 1) % 2;
            let Some(e) = turn.called.filter(|_| person[parity].is_none()) else {
                continue;
            };
            match addressed[parity] {
                Some(p) if p != e => agree = false,
                Some(_) => {}
                None => {
                    addressed[parity] = Some(e);
                    speaker[parity] = speaker_of(e, turn.first_token);
                }
            }
        }
        for parity in 0..2 {
            if person[parity].is_none() {
                person[parity] = addressed[parity].filter(|_| speaker[parity].is_some());
            }
        }
        if !agree {
            continue;
        }
        match person {
            [Some(a), Some(b)] if a != b => {}
            _ => continue,
        }
        for (i, turn) in run.iter().enumerate() {
            // (a guessed turn, or one nothing decided)
            if (turn.guessed.is_empty() && turn.speaker.is_some()) || turn.answers {
                continue;
            }
            let Some(speaker) = speaker[i % 2].as_ref() else {
                continue;
            };
            let e = speaker.entity;
            if e.is_some_and(|e| names[turn.names.clone()].contains(&e)) || turn.addressee == e {
                continue;
            }
            give_turn(&mut quoted[turn.quotes.clone()], speaker, spare);
        }
    }
}

/// Makes `to` the speaker `who`, in the memory of its old name.
fn set_speaker(to: &mut Speaker, who: &Who) {
    to.name.clear();
    to.name.push_str(&who.name);
    to.mention = who.mention;
    to.entity = who.entity;
}

/// Gives a quotation `speaker`, in the memory of the name of the speaker
/// it had, if any (as a default rule's quotations have), else of a spare
/// name ([`Sieve::speaker`]) if there is one: no new name allocated and
/// no old one freed.
fn give_speaker(to: &mut Option<Speaker>, speaker: &Who, spare: &Spare) {
    match to {
        Some(to) => set_speaker(to, speaker),
        None => {
            let mut name = spare.borrow_mut().pop().unwrap_or_default();
            name.push_str(&speaker.name);
            *to = Some(Speaker {
                name,
                mention: speaker.mention,
                entity: speaker.entity,
            })
        }
    }
}

/// The sieve's empty names to refill for speakers (see [`Sieve::speaker`]).
type Spare = std::cell::RefCell<Vec<String>>;

/// Gives `speaker` the quotations of a turn that turn-taking guessed or
/// that nothing decided (scare quotes keep no speaker).
fn give_turn(quotes: &mut [Quote], speaker: &Who, spare: &Spare) {
    for q in quotes {
        let undecided = q.speaker.is_none() && is_default(q.rule);
        if q.kind != QuoteKind::Scare && (q.rule == Rule::TurnTaking || undecided) {
            give_speaker(&mut q.speaker, speaker, spare);
            q.rule = Rule::TurnTaking;
            q.confidence = Rule::TurnTaking.confidence();
        }
    }
}

/// Whether one person speaks both of two adjacent turns, which breaks
/// the parity of a run of two people taking turns.
fn takes_two_turns(before: &Turn, turn: &Turn) -> bool {
    matches!((&before.speaker, &turn.speaker), (Some(a), Some(b)) if same_person(a, b))
}

/// Whether a word is a plural subject pronoun, which stands for a group:
/// they, we.
fn is_plural_pronoun(word: &str) -> bool {
    matches!(word, "they" | "They" | "we" | "We")
}

/// The gender a subject or possessive pronoun says: he, she, his, her.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" | "He" | "his" | "His" => Some(Gender::Male),
        "she" | "She" | "her" | "Her" => Some(Gender::Female),
        _ => None,
    }
}

/// The speaker of the latest of the last [`TURNS_BACK`] turns who passes
/// `person_of`, if any.
fn latest_turn_speaker(turns: &[Turn], person_of: &dyn Fn(usize) -> bool) -> Option<usize> {
    turns
        .iter()
        .rev()
        .take(TURNS_BACK)
        .find_map(|t| t.speaker.as_ref()?.entity.filter(|&e| person_of(e)))
}

/// One reading per mention: a mention the conversation moved more than
/// once (a tag shared by two quotations, read twice) ends with its last
/// entity, and every quotation it speaks says so. Returns the moves, one
/// per mention, from the mentions stage's entity to the last.
fn settle_moves(
    moved: Vec<MovedMention>,
    quoted: &mut [Quote],
    entities: &[crate::result::Entity],
) -> Vec<MovedMention> {
    if moved.is_empty() {
        return moved;
    }
    // (by mention, in the order they were made: the first holds the
    // original entity, the last the final one)
    let mut order: Vec<usize> = (0..moved.len()).collect();
    // (no two keys alike, with `k` in them: an unstable sort orders them
    // as a stable one would)
    order.sort_unstable_by_key(|&k| (moved[k].mention.start, moved[k].mention.end, k));
    let mut settled: Vec<MovedMention> = Vec::with_capacity(moved.len());
    for k in order {
        match settled.last_mut() {
            Some(last) if last.mention == moved[k].mention => last.to = moved[k].to,
            _ => settled.push(moved[k]),
        }
    }
    // (searched for from the previous speaker's place: the speakers'
    // mentions come mostly in order)
    let mut at = 0;
    for q in quoted.iter_mut() {
        let Some(speaker) = q.speaker.as_mut() else {
            continue;
        };
        at = partition_point_near(&settled, at, |m| {
            (m.mention.start, m.mention.end) < (speaker.mention.start, speaker.mention.end)
        });
        if let Some(m) = settled.get(at).filter(|m| m.mention == speaker.mention) {
            if speaker.entity != Some(m.to) {
                speaker.entity = Some(m.to);
                speaker.name.clone_from(&entities[m.to].name);
            }
        }
    }
    settled.retain(|m| m.from != Some(m.to));
    settled
}

/// Whether two speakers are one person: the same entity, or with no
/// entity, the same name.
fn same_person(a: &Who, b: &Who) -> bool {
    match (a.entity, b.entity) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.name == b.name,
        _ => false,
    }
}

/// Whether `rule` is one the sieve falls back on when nothing tags a
/// quotation (the sentence's subject for a quotation with no cue among
/// them): what a conversation may decide better.
fn is_default(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::ContinuesSpeaker | Rule::NoSpeaker | Rule::NearbySpeaker | Rule::SentenceSubject
    )
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::{Attributor, KnownSpeaker};

    #[test]
    fn a_pronoun_read_as_someone_else_is_no_longer_its_old_entitys_mention() {
        use crate::{marks, mentions::Cast, sentences};
        let text = "Tom met Anne. He smiled.";
        let paragraphs = sentences::paragraphs(text);
        let quotes = marks::find_quotes(text, &paragraphs);
        let seg = sentences::segment(text, &paragraphs, &quotes);
        let found = mentions::find_mentions_in(text, &seg, &[], Genre::Fiction);
        let cues = super::super::CueLexicon::default();
        let cast = Cast::new(&[]);
        let scratch = &mut super::super::Scratch::default();
        let sieve = Sieve::new(
            text,
            &seg,
            &quotes,
            &found,
            &cues,
            Genre::Fiction,
            &cast,
            scratch,
        );
        let he = found
            .mentions
            .iter()
            .find(|m| m.span.as_str(text) == "He")
            .expect("a pronoun mention");
        let tom = he.entity.expect("resolved by the mentions stage");
        let anne = (0..found.entities.len())
            .find(|&e| e != tom)
            .expect("a second entity");
        let end = seg.tokens.len() - 1;
        let latest = |moved: &Moves| {
            sieve
                .latest_mention_of(tom, end, moved)
                .map(|s| s.mention.as_str(text))
        };
        let mut moved = Moves::default();
        assert_eq!(latest(&moved), Some("He"));
        moved.push(MovedMention {
            mention: he.span,
            from: Some(tom),
            to: anne,
        });
        assert_eq!(latest(&moved), Some("Tom"));
    }

    #[test]
    fn in_a_novel_the_conversation_decides_what_a_sentence_subject_would() {
        let text = "“Hello,” said Anne.\n\n“Hi,” said Tom.\n\n\
                    Flying home that night, she vented about a fight “from start to finish” and slept.";
        let fiction = fiction_attributor();
        let result = fiction.attribute(text);
        let last = &result.quotes[2];
        assert_eq!(last.rule, Rule::TurnTaking);
        assert_eq!(last.speaker.as_ref().map(|s| s.name.as_str()), Some("Anne"));
    }

    #[test]
    fn a_group_takes_no_turn_of_a_conversation() {
        // (no one rather than "they": a group is not the other party)
        let text = "“Good morning,” they said.\n\n“Hello,” said Tom.\n\n“Nice day.”";
        assert_eq!(speakers(text), ["they", "Tom", ""]);
    }

    #[test]
    fn a_place_or_an_institution_speaks_no_line_of_a_novel() {
        let text = "“Hello,” said Anne.\n\n“Hi,” said Tom.\n\n“Order!” said the County Court.";
        assert_eq!(speakers(text), ["Anne", "Tom", "Anne"]);
    }

    #[test]
    fn a_later_tag_decides_the_turns_no_earlier_tag_does() {
        let text = "Tom opened the door.\n\n“Hello.”\n\n“Hi.”\n\n\
                    “Nice day,” said Anne.\n\n“Yes,” said Tom.";
        assert_eq!(speakers(text), ["Anne", "Tom", "Anne", "Tom"]);
        // (a tag before decides first: the lines disagree after the
        // speaker went on)
        let text = "“Good morning,” said Tom.\n\n“Hello,” said Anne.\n\n“Hi.”\n\n\
                    “Nice day.”\n\n“Yes,” said Anne.";
        assert_eq!(speakers(text), ["Tom", "Anne", "Tom", "Anne", "Anne"]);
    }

    /// A lead-in naming its speaker before a line of its own (Sir Ernest
    /// said: / “…”) shows that person speaks, as a tag does: a later
    /// conversation that the narration opens on them is theirs, not that of
    /// someone tagged earlier.
    #[test]
    fn a_colon_lead_in_shows_its_speaker_speaks() {
        let text = "“Hello,” said Anne.\n\n“Hi,” said Tom.\n\nSir Ernest said:\n\n\
                    “Good day to you both.”\n\n\
                    The court sat again. Then Sir Ernest's questions began.\n\n\
                    “Where were you on Monday?”\n\n“At home.”\n\n“Alone?”\n\n\
                    “Yes.”\n\n“All evening?”\n\n“Yes.”";
        let found = speakers(text);
        let questions: Vec<&str> = [3, 5, 7].iter().map(|&i| found[i].as_str()).collect();
        assert_eq!(questions, ["Sir Ernest"; 3], "{found:?}");
    }

    #[test]
    fn whom_one_party_calls_by_name_is_the_other_party() {
        // (Tom's tag settles one parity; his calling Mary by name, the
        // other: not Anne, whom the narration named last)
        let text = "“We are late,” said Mary.\n\n“So we are,” said Anne.\n\n\
                    Tom met them at the gate. Anne went in.\n\n\
                    “Good morning,” said Tom.\n\n“Hello.”\n\n“Nice day, is it not?”\n\n\
                    “Very.”\n\n“I am glad you came, Mary.”\n\n“So am I.”";
        assert_eq!(
            speakers(text)[2..],
            ["Tom", "Mary", "Tom", "Mary", "Tom", "Mary"]
        );
    }

    #[test]
    fn a_later_tag_decides_a_turn_five_exchanges_back() {
        let text = "Tom opened the door.\n\n“Hello.”\n\n“Hi.”\n\n“Cold?”\n\n“No.”\n\n\
                    “Wet?”\n\n“No.”\n\n“Tired?”\n\n“A little.”\n\n“Tea?”\n\n“Please.”\n\n\
                    “Nice day,” said Anne.\n\n“Yes.”";
        // (Anne's tag is ten turns after the first line: hers)
        let found = speakers(text);
        assert!(found.iter().step_by(2).all(|s| s == "Anne"), "{found:?}");
    }

    #[test]
    fn one_who_never_speaks_is_no_party_to_a_conversation() {
        // (Rex is called by name, but no tag ever names him: the other
        // party is Mary, whom the narration names)
        let text = "“We are home,” said Mary.\n\nMary came in with Rex.\n\n\
                    “Good morning,” said Tom.\n\n“Hello.”\n\n“Sit, Rex.”\n\n\
                    “He never listens.”";
        assert_eq!(speakers(text)[1..], ["Tom", "Mary", "Tom", "Mary"]);
    }

    #[test]
    fn a_later_tag_does_not_decide_a_turn_past_a_broken_parity() {
        // (Anne asks, so the answer is not hers, though her tag comes an
        // even number of turns later: she spoke two turns in a row)
        let text = "“Good morning,” said Tom.\n\nThey walked to the sea.\n\n\
                    “Why not bathe?” asked Anne.\n\n“Too cold.”\n\n“Afraid?”\n\n\
                    “Yes.”\n\n“Fibber.”\n\nAnne slipped on a stone. “Wet,” she said.";
        let said = speakers(text);
        assert_eq!(said[1], "Anne");
        assert_ne!(said[2], "Anne");
    }

    #[test]
    fn a_later_tag_does_not_decide_a_turn_its_speaker_took_the_other_parity_of() {
        // (Tom's first tag is three turns before the fourth line, his
        // second two turns after it: one of them spoke two turns in a
        // row in between, and the tags do not say the line is his)
        let text = "“Good morning,” said Tom.\n\n“Hello.”\n\n“Cold?”\n\n\
                    “A little.”\n\n“Tea?”\n\n“Please,” said Tom.";
        let said = speakers(text);
        assert_eq!(said[0], "Tom");
        assert_ne!(said[3], "Tom", "{said:?}");
    }

    #[test]
    fn a_name_asked_after_is_not_addressed() {
        // (“Harriet?” asks after her: she did not say the line before it)
        let text = "“Hi,” said Harriet.\n\nHarriet went out.\n\n\
                    “Hello,” said Philip.\n\nCaroline came in.\n\n\
                    “Is she gone?”\n\n“Harriet?”";
        assert_eq!(speakers(text)[2], "Caroline");
    }

    #[test]
    fn a_narrator_named_only_in_the_lines_takes_turns() {
        // (Jake is never named in the narration: the narration's "I" is
        // his entity, so the lines alternate with him)
        let mut text = String::new();
        for _ in 0..NARRATOR_VOTES {
            text.push_str("“Jake, you look tired,” said Bill.\n\n“Hello,” I said.\n\n");
        }
        text.push_str("I stirred the ice.\n\n“How is it?” asked Bill.\n\n“Fine.”");
        let found = speakers(&text);
        assert_eq!(found[found.len() - 2..], ["Bill", "Jake"]);
        let fiction = fiction_attributor();
        let result = fiction.attribute(&text);
        let fine = &result.quotes[result.quotes.len() - 1];
        let entity = fine.speaker.as_ref().and_then(|s| s.entity);
        assert_eq!(
            entity.map(|e| result.entities[e].name.as_str()),
            Some("Jake")
        );
        // (with a cast list, the name it goes by there)
        let cast = vec![KnownSpeaker::new("Jake Barnes").alias("Barnes")];
        let names = speakers_with(&text, cast);
        assert_eq!(names.last().map(String::as_str), Some("Jake Barnes"));
    }

    #[test]
    fn a_narrator_is_the_name_only_the_lines_use() {
        // The lines next to the narrator's never address them; lines
        // elsewhere do, and the narration never says the name.
        let novel = |lines_of_i: usize| {
            let mut text = String::new();
            for k in 0..lines_of_i {
                text.push_str(&format!(
                    "“Line {k},” I said to the General.\n\nThe General frowned.\n\n"
                ));
            }
            for _ in 0..NARRATOR_VOTES {
                text.push_str(
                    "The General turned to Polina. “Go away, Alexis Ivanovitch!” she cried.\n\n",
                );
            }
            speakers(&text)
        };
        let found = novel(NARRATOR_LINES);
        assert!(
            found[..NARRATOR_LINES]
                .iter()
                .all(|s| s == "Alexis Ivanovitch"),
            "{found:?}"
        );
        // (too few lines of "I" to tell: the narrator stays unnamed)
        assert_eq!(novel(3)[..3], ["Narrator", "Narrator", "Narrator"]);
        // (the narration may slip and name them once, and a pronoun it
        // then resolves to that name is no second naming)
        let slip = format!(
            "{}We must find Alexis Ivanovitch. Then she rose.\n\n",
            "“Hm,” I said to the General.\n\nThe General frowned.\n\n".repeat(NARRATOR_LINES)
        );
        let mut text = slip;
        for _ in 0..NARRATOR_VOTES {
            text.push_str(
                "The General turned to Polina. “Go away, Alexis Ivanovitch!” she cried.\n\n",
            );
        }
        let found = speakers(&text);
        assert_eq!(found[0], "Alexis Ivanovitch", "{found:?}");
    }

    #[test]
    fn a_conversation_opens_with_the_subject_the_narration_names_last() {
        let opening = "“Hello,” said Anne.\n\n“Hi,” said Mary.\n\n“Good day,” said Tom.\n\n";
        let text = format!("{opening}Later, Mary turned to Anne.\n\n“Are you tired?”");
        assert_eq!(speakers(&text)[3], "Mary");
        // (a pronoun of the right gender counts as the name it stands for)
        let text = format!("{opening}Tom left. Mary sighed. She turned to Anne.\n\n“Tired?”");
        assert_eq!(speakers(&text)[3], "Mary");
        // (the subject of the sentence's last clause)
        let text = format!(
            "{opening}Anne tried to talk; but Mary could not be kept from it.\n\n\
             “Edward is going,” said she.\n\n“Is he?”"
        );
        assert_eq!(speakers(&text)[3], "Mary");
        // (a new conversation, long after the last: still the narration's)
        let narration = "The rain fell all day.\n\n".repeat(2 * CONVERSATION_GAP);
        let text = format!("{opening}{narration}Later, Mary turned to Anne.\n\n“Tired?”");
        assert_eq!(speakers(&text)[3], "Mary");
    }

    #[test]
    fn the_reply_to_a_conversations_first_line_is_whom_the_narration_calls_she() {
        let opening = "“Hello,” said Anne.\n\n“Hi,” said Tom.\n\n“Good day,” said Mary.\n\n";
        let narration = "The rain fell all day.\n\n".repeat(2 * CONVERSATION_GAP);
        let text = format!(
            "{opening}{narration}Anne sat by the fire. She was tired. Tom came in with Mary.\n\n\
             “You are late,” said Tom.\n\n“I know.”"
        );
        assert_eq!(speakers(&text)[4], "Anne");
        // (not one an earlier pronoun stands for, when the last is the speaker's)
        let text = format!(
            "{opening}{narration}Mary sat by the fire; she was tired. Anne came in. \
             She nodded to Tom.\n\n“You are late,” said Anne.\n\n“I know.”"
        );
        assert_eq!(speakers(&text)[4], "Tom");
    }

    #[test]
    fn a_verb_of_dialogue_tags_a_description_and_an_adverb_may_close_it() {
        let text = "“Shall I open it, sir?” inquired the turnkey.\n\n\
                    “A great pity,” agreed Poirot gravely.\n\n\
                    “Look at me!” squeaked Roo from the middle of his pool.";
        assert_eq!(speakers(text), ["the turnkey", "Poirot", "Roo"]);
    }

    /// After a question or an exclamation, a name and a verb of speech
    /// opening the next sentence tag the line however the sentence goes
    /// on, unless it goes on with what was said.
    #[test]
    fn a_tag_after_a_question_may_go_on_with_what_the_speaker_did() {
        let opening = "“I bought it,” said Randolph.\n\n";
        let text = format!(
            "{opening}“Are you going to Italy?” Winterbourne inquired in a tone of great respect."
        );
        assert_eq!(speakers(&text), ["Randolph", "Winterbourne"]);
        let text =
            format!("{opening}“Which way?” Winterbourne asked him, not from any wish to know.");
        assert_eq!(speakers(&text), ["Randolph", "Winterbourne"]);
        // (a clause said is no tag)
        let text = format!("{opening}“Which way?” Winterbourne asked that we go on.");
        let fiction = fiction_attributor();
        assert_ne!(
            fiction.attribute(&text).quotes[1].rule,
            Rule::TagInNextSentence
        );
    }

    /// A verb with its particle before the name (put in Fielding) tags a
    /// line; so does a remark the speaker owns (was Lady Bertram's calm
    /// inquiry, was Charles's language).
    #[test]
    fn a_verb_and_its_particle_or_an_owned_remark_tag_a_line() {
        let text = "“Mangoes,” said Aziz.\n\n\
                    “Even mangoes can be got in England now,” put in Fielding.\n\n\
                    “Shall the child come to us, sister?” was Lady Bertram's calm inquiry.\n\n\
                    “I wish you could persuade Mary,” was Charles's language.";
        assert_eq!(
            speakers(text),
            ["Aziz", "Fielding", "Lady Bertram", "Charles"]
        );
        // (and so does a possessive pronoun's: was her observation)
        let text = "Mrs. Grant came in.\n\n\
                    “I wonder Julia is not in love,” was her observation to Charles.";
        let said = fiction_attributor().attribute(text);
        let tag = said.quotes[0]
            .speaker
            .as_ref()
            .map(|s| s.mention.as_str(text));
        assert_eq!(tag, Some("her"));
        assert_eq!(said.quotes[0].rule, Rule::QuoteThenTag);
    }

    #[test]
    fn a_pronoun_tag_is_not_the_one_the_next_paragraph_names() {
        // (Tom looked up, but the next line is his: the pronoun is Bob)
        let text = "“Yes,” said Bob.\n\n\
                    “No,” said Anne.\n\n\
                    Tom looked up. “Why?” he asked.\n\n\
                    “Because,” said Tom.";
        assert_eq!(speakers(text), ["Bob", "Anne", "Bob", "Tom"]);
    }

    #[test]
    fn a_guess_is_not_the_speaker_the_next_paragraph_tags() {
        let text = "“Hello,” said Brenda.\n\n\
                    Tony came in.\n\n\
                    “Hi.”\n\n\
                    “Well,” said Tony.";
        assert_eq!(speakers(text), ["Brenda", "Brenda", "Tony"]);
    }

    #[test]
    fn her_ladyship_is_the_one_lady() {
        let text = "“Yes,” said Lady Bertram.\n\n\
                    “No,” said Fanny.\n\n\
                    “Hm,” said Mrs. Norris.\n\n\
                    “Well,” said her ladyship.";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Lady Bertram")
        );
    }

    /// A mother whose child's family name the text does not give is the
    /// latest Mrs. who speaks.
    #[test]
    fn a_mother_of_no_known_family_is_the_latest_mrs() {
        let text = "“Yes,” said Mrs. Bennet.\n\n\
                    “Where is Kitty?” said Jane.\n\n\
                    “Upstairs,” said Elizabeth.\n\n\
                    “Then fetch her,” said her mother.";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Mrs. Bennet")
        );
    }

    /// A voice is read in the conversation, as the stranger is.
    #[test]
    fn a_voice_takes_its_turn_in_the_conversation() {
        let text = "“Who is there?” said Margaret.\n\n\
                    “It is I,” said Helen.\n\n\
                    “Come in,” said Margaret.\n\n\
                    “I cannot,” said a voice.";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Helen"));
    }

    /// "The other" is not the one the narration since the previous line
    /// names, nor else the previous line's speaker.
    #[test]
    fn the_other_is_not_the_one_the_conversation_is_on() {
        let text = "“Indeed,” said Philip.\n\n\
                    “England is great,” said Gino.\n\n\
                    Philip merely bowed.\n\n\
                    “Italy too,” the other continued, “is great.”";
        let found = speakers(text);
        assert_eq!(found.last().map(String::as_str), Some("Gino"), "{found:?}");
    }

    /// A description by a title is the person last named with it.
    #[test]
    fn a_title_is_the_one_last_named_with_it() {
        let text = "Opposite sat the Duchess of Harley.\n\n\
                    “Well,” said the duchess.\n\n\
                    “Yes,” said Lord Henry.\n\n\
                    Later, at the other house, Dorian met the Duchess of Monmouth.\n\n\
                    “Oh,” said the duchess.";
        let found = speakers(text);
        assert!(found[0].ends_with("Duchess of Harley"), "{found:?}");
        assert!(found[2].ends_with("Duchess of Monmouth"), "{found:?}");
    }

    /// One who names oneself in a line (“I am Tom”) may be its speaker.
    #[test]
    fn one_who_names_oneself_may_say_the_line() {
        let text = "“Hello,” said Harry.\n\n\
                    “Good evening,” said Tom.\n\n\
                    Tom took off his hat.\n\n\
                    “I am Tom,” he said.";
        assert_eq!(speakers(text)[2], "Tom");
        assert!(names_oneself("“Well, I, "));
        assert!(names_oneself("“Hello! I\u{2019}m ") && names_oneself("'I'm "));
        assert!(!names_oneself("Where am"));
    }

    /// One a title tag names speaks, as one a name tag names does: a
    /// pronoun tag of her gender may be hers before a tag names her by
    /// name.
    #[test]
    fn one_a_title_tag_names_speaks() {
        let text = "Dorian met the Duchess of Monmouth and Lady Narborough.\n\n\
                    “Well,” said Lady Narborough.\n\n\
                    “Quite,” said the duchess.\n\n\
                    “Names are everything,” said Lord Henry.\n\n\
                    “Then what should we call you?” she asked.";
        let found = speakers(text);
        assert!(found[3].ends_with("Duchess of Monmouth"), "{found:?}");
    }

    /// A noun the narration sets beside a name is that person's, as a
    /// title is: the chairman is Mr. Buttons, not the one who spoke last.
    #[test]
    fn a_noun_set_beside_a_name_is_the_persons() {
        let text = "Mr. Buttons, the chairman, rose. Syme looked on.\n\n\
                    “Comrades,” said Gregory.\n\n\
                    “Order,” said the chairman.";
        let names = speakers(text);
        assert_eq!(
            names.last().map(String::as_str),
            Some("Mr. Buttons"),
            "{names:?}"
        );
    }

    /// A description of age is no one whose honorific says the other age:
    /// the old lady is not the Miss whose turn the conversation says it is.
    #[test]
    fn an_old_lady_is_no_miss() {
        let text = "“Not yet,” said Miss Derek.\n\n\
                    “Come along,” said Mrs. Moore.\n\n\
                    “I am tired,” said the old lady.";
        let names = speakers(text);
        assert_eq!(
            names.last().map(String::as_str),
            Some("Mrs. Moore"),
            "{names:?}"
        );
    }

    /// With a cast list, a description by a title is the one listed with
    /// that title, though the text names them otherwise.
    #[test]
    fn a_title_a_cast_list_gives_is_the_one_it_lists_with_it() {
        let text = "“Upstairs, sir,” said Mr. Giles.\n\n\
                    “Where is he?” said Mr. Losberne.\n\n\
                    Mr. Giles pointed up the stairs.\n\n\
                    “Then show me,” said the doctor.";
        let cast = vec![
            KnownSpeaker::new("Mr. Losberne").alias("Doctor Losberne"),
            KnownSpeaker::new("Mr. Giles"),
            KnownSpeaker::new("Oliver"),
        ];
        let names = speakers_with(text, cast);
        assert_eq!(names.last().map(String::as_str), Some("Mr. Losberne"));
    }

    /// With a cast list, an indefinite description introduces the one the
    /// list names by its definite form (a grinning countryman: The
    /// Grinning Countryman), not anyone the conversation knows.
    #[test]
    fn an_indefinite_description_is_the_one_the_cast_lists_by_it() {
        let text = "“Which is the road?” said Mr. Giles.\n\n\
                    Mr. Giles pointed up the lane.\n\n\
                    “Straight on,” said a grinning\ncountryman.";
        let cast = vec![
            KnownSpeaker::new("Mr. Giles"),
            KnownSpeaker::new("Oliver"),
            KnownSpeaker::new("The Grinning Countryman"),
        ];
        let names = speakers_with(text, cast);
        assert_eq!(
            names.last().map(String::as_str),
            Some("The Grinning Countryman")
        );
    }

    /// A title a line puts before a name is that person's title: the
    /// doctor is Mr. Losberne once someone has called him Doctor Losberne.
    #[test]
    fn a_title_said_in_a_line_is_the_persons() {
        let text = "“Upstairs, sir,” said Mr. Giles.\n\n\
                    “Where is he?” said Mr. Losberne.\n\n\
                    “I was telling the ladies when Doctor Losberne came in,” \
                    said Mr. Giles.\n\n\
                    Mr. Giles pointed up the stairs.\n\n\
                    “Then show me,” said the doctor.";
        let names = speakers(text);
        assert_eq!(names.last().map(String::as_str), Some("Mr. Losberne"));
    }

    /// A cast list's description of one scene (The Gentleman In The High
    /// Chair) gives no title: "the old gentleman" of another chapter is
    /// whoever the conversation says.
    #[test]
    fn a_cast_description_of_one_scene_is_no_title() {
        let text = "Mr. Limbkins had gone home.\n\n\
                    “Sit down,” said Mr. Brownlow.\n\n\
                    “Thank you, sir,” said Oliver.\n\n\
                    “Are you hungry?” said the old gentleman.";
        let cast = vec![
            KnownSpeaker::new("Mr. Limbkins").alias("The Gentleman In The High Chair"),
            KnownSpeaker::new("Mr. Brownlow"),
            KnownSpeaker::new("Oliver"),
        ];
        let names = speakers_with(text, cast);
        assert_eq!(names.last().map(String::as_str), Some("Mr. Brownlow"));
    }

    /// A name written after "the" and a noun for a person gives the
    /// person that description; a describing word gives none.
    #[test]
    fn the_noun_before_a_name_is_the_persons_description() {
        let text = "“Come,” said the girl Nancy.\n\n\
                    “No,” said Fagin.\n\n\
                    “Yes,” said Rose.\n\n\
                    “Go,” said the girl.";
        assert_eq!(speakers(text), ["Nancy", "Fagin", "Rose", "Nancy"]);
        assert_eq!(
            opening_title("Duchess of Harley").as_deref(),
            Some("duchess")
        );
        assert_eq!(opening_title("other Harriet"), None);
    }

    /// "The lady" is a noun for a woman, not the title of a Lady.
    #[test]
    fn the_lady_is_no_title() {
        let text = "Lady Mellanby had gone home.\n\n\
                    “Sit down,” said Mrs. Moore.\n\n\
                    “Thank you,” said Aziz.\n\n\
                    “Are you tired?” said the old lady.";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Mrs. Moore")
        );
    }

    /// A description of a grown person is not one the tags have called
    /// a boy: the old gentleman is not Oliver, the conversation's next.
    #[test]
    fn the_old_gentleman_is_not_the_boy() {
        let text = "“Good morning,” said Mr. Brownlow.\n\n\
                    “Thank you,” said Oliver.\n\n\
                    “Are you better?” asked Mr. Brownlow.\n\n\
                    Oliver looked up. “Where am I?” said the boy.\n\n\
                    “With friends,” said Mr. Brownlow.\n\n\
                    “Rest now,” said the old gentleman.";
        assert_eq!(
            speakers(text)[3..],
            ["Oliver", "Mr. Brownlow", "Mr. Brownlow"]
        );
    }

    #[test]
    fn a_mother_or_a_wife_is_the_mrs_of_the_family() {
        let text = "“Yes,” said Mrs. Herriton.\n\n\
                    The rain fell all day.\n\n\
                    “Are we to go?” said Harriet.\n\n\
                    “Of course we must tell Irma!” said Philip Herriton.\n\n\
                    “Of course,” said his mother.";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Mrs. Herriton")
        );
    }

    /// "Her mother" is not the mother's own: the latest woman to speak,
    /// when she is the family's Mrs., is the mother herself, and the
    /// possessive means her daughter.
    #[test]
    fn her_mother_is_not_the_mother_of_the_mrs() {
        let text = "“Do come,” said Daisy Miller.\n\n\
                    “Well, Daisy!” exclaimed Mrs. Miller.\n\n\
                    “Let her go,” said Tom.\n\n\
                    “I should think not,” said her mother.";
        let cast = vec![
            KnownSpeaker::new("Daisy Miller").gender(Gender::Female),
            KnownSpeaker::new("Mrs. Miller").gender(Gender::Female),
            KnownSpeaker::new("Tom").gender(Gender::Male),
        ];
        let names = speakers_with(text, cast);
        assert_eq!(names.last().map(String::as_str), Some("Mrs. Miller"));
    }

    /// "Her husband", with no woman in the paragraph or the recent turns,
    /// is the husband of the latest Mrs. named, not of the latest woman.
    #[test]
    fn her_husband_is_the_husband_of_the_latest_mrs() {
        let text = "“Good night,” said Mrs. Hale.\n\n\
                    “Good night,” said Mr. Hale.\n\n\
                    “Hello,” said Mr. Lennox.\n\n\
                    “Fine day,” said Tom.\n\n\
                    “Yes,” said Fred.\n\n\
                    “Indeed,” said Tom.\n\n\
                    “Quite,” said Fred.\n\n\
                    Mrs. Hale had come home, and Miss Lennox with her.\n\n\
                    “I wish you had not,” cried her husband.";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Mr. Hale"));
    }

    /// "Her son" is the one man of her family who is not its Mr.: a child
    /// shares the surname and goes by no honorific.
    #[test]
    fn her_son_is_the_family_man_without_an_honorific() {
        let text = "“Good night,” said Mrs. Hale.\n\n\
                    “Good night,” said Mr. Hale.\n\n\
                    “Hello,” said Frederick Hale.\n\n\
                    “Hello,” said Margaret.\n\n\
                    Mrs. Hale rose. “Is it late?” she asked her son.\n\n\
                    “Not very.”";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Frederick Hale")
        );
    }

    /// "His wife" of a son is not the family's Mrs., his mother, when the
    /// family has its Mr.
    #[test]
    fn a_sons_wife_is_not_his_mother() {
        let text = "“Welcome,” said Mrs. Wilcox.\n\n\
                    “Thank you,” said Dolly.\n\n\
                    “Sit down,” said Mr. Wilcox.\n\n\
                    “We are late,” said Charles Wilcox.\n\n\
                    “It was the motor,” said his wife.";
        let cast = vec![
            KnownSpeaker::new("Mrs. Wilcox").gender(Gender::Female),
            KnownSpeaker::new("Dolly").gender(Gender::Female),
            KnownSpeaker::new("Mr. Wilcox").gender(Gender::Male),
            KnownSpeaker::new("Charles Wilcox").gender(Gender::Male),
        ];
        let names = speakers_with(text, cast);
        assert_eq!(names.last().map(String::as_str), Some("Dolly"));
    }

    /// A description of kin is not the one its possessive means, who is
    /// the person the narration since the last line names: her aunt is
    /// not the niece who looked back.
    #[test]
    fn her_aunt_is_not_the_one_she_means() {
        let text = "“I like him,” said Elizabeth.\n\n\
                    “So do I,” said Mrs. Gardiner.\n\n\
                    They drove on, and Elizabeth looked back at the house.\n\n\
                    “He is very civil,” said her aunt.";
        let names = speakers(text);
        assert_eq!(names.last().map(String::as_str), Some("Mrs. Gardiner"));
    }

    /// A description before a verb of dialogue right after a line is its
    /// speaker, as a name would be.
    #[test]
    fn a_description_before_a_verb_of_dialogue_tags_a_line() {
        let text = "“Good day,” said Joe.\n\n\
                    “I think,” the proprietor resumed, “that I heard you, Joe.”";
        assert_eq!(speakers(text), ["Joe", "the proprietor", "the proprietor"]);
    }

    /// An untagged line goes to one whom tags name near it before one
    /// the narration names who speaks only far away.
    #[test]
    fn a_line_goes_to_one_who_speaks_near_it() {
        let mut text = String::from("“Good-bye,” said Frances.\n\n");
        for _ in 0..15 {
            text.push_str("“Yes,” said Alice.\n\n“No,” said Bob.\n\n");
        }
        let mut far = text.clone();
        far.push_str("Frances had gone.\n\nThe rain fell all day.\n\n“Well?”");
        let said = speakers(&far);
        assert_ne!(said.last().map(String::as_str), Some("Frances"));
        // (unless the narration just before the line names her)
        text.push_str("Frances came back.\n\n“Well?”");
        let said = speakers(&text);
        assert_eq!(said.last().map(String::as_str), Some("Frances"));
        // (but one who spoke a few lines before is still a candidate)
        let text = "“Good-bye,” said Frances.\n\n“Yes,” said Alice.\n\n\
                    Frances had gone.\n\n“Well?”";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Frances"));
    }

    #[test]
    fn more_verbs_of_dialogue_tag_lines() {
        let text = "“Treacle,” said the Dormouse.\n\n\
                    “I want a clean cup,” interrupted the Hatter: “let's all move on.”\n\n\
                    Evie said: “But those chrysanthemums--”\n\n\
                    “Or coming down to the funeral at all--” echoed Dolly.";
        assert_eq!(
            speakers(text),
            ["the Dormouse", "the Hatter", "the Hatter", "Evie", "Dolly"]
        );
    }

    #[test]
    fn a_lead_in_may_end_with_a_comma_or_no_stop() {
        let text = "“Well,” replied Mary.\n\nMrs. Bennet instantly answered,\n\n“Oh dear!”\n\n\
                    “No,” replied Mary.\n\nMr. Bingley said slowly\n\n“Please.”";
        assert_eq!(
            speakers(text),
            ["Mary", "Mrs. Bennet", "Mary", "Mr. Bingley"]
        );
    }

    #[test]
    fn a_lead_in_may_end_on_taking_the_floor() {
        let opening = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n";
        for lead_in in [
            "Mr. Collins began.",
            "After a pause Mr. Collins began again.",
            "The silence was long. Mr. Collins went on.",
            "“Oh!” cried Mary.\n\nA pause followed, and Mr. Collins continued.",
            "Mr. Collins persisted.",
            "Mr. Collins spoke at last very slowly.",
            // (right before the quotation's paragraph, on a colon, a comma
            // or a dash as well)
            "Mr. Collins began volubly--",
            "As soon as they were fairly up the hill, Mr. Collins began--",
            "Mr. Collins went on:--",
            // (with a phrase of what or how it was said, or the gerund of
            // what was begun)
            "Mr. Collins began again about the living.",
            "Mr. Collins went on with a sort of smooth appeal.",
            "Mr. Collins began scolding.",
            // (on its last word, its dash lost, and after a verb of going
            // on with a particle, or with the talk it carries on)
            "Mary stopped. Mr. Collins began again",
            "Mary choked, and Mr. Collins went on with a sort of smooth appeal",
            "Mary shook her head, but Mr. Collins ran on with a feverish irony.",
            "Mr. Collins, joining them at the moment, carried on the joke.",
            "Mr. Collins, having civilly seen them off, began with--",
            // (after a quotation, with a clause of its own)
            "“Not at all,” Mary replied; “they were brightened by the \
             exercise.”--A short pause followed this speech, and Mr. Collins \
             began again.",
        ] {
            let text = format!("{opening}{lead_in}\n\n“Believe me, my dear.”");
            let speakers = speakers(&text);
            assert_eq!(
                speakers.last().map(String::as_str),
                Some("Mr. Collins"),
                "{lead_in}"
            );
        }
        // (not the tag of the quotation before it)
        let text = "“Is it?” asked Tom.\n\n“Why not?” Mary persisted.\n\n“Not allowed.”";
        assert_eq!(speakers(text)[2], "Tom");
        let text = "“Is it?” asked Tom.\n\n“But I do not see” Mary began.\n\n“Not allowed.”";
        assert_eq!(speakers(text)[2], "Tom");
    }

    /// A paragraph leading in that ends on a word lost its closing dash:
    /// it ends on taking the floor all the same; so does one that ends on
    /// the gerund of what was begun.
    #[test]
    fn a_lead_in_may_end_on_a_word_without_a_stop_or_on_a_gerund() {
        for lead_in in [
            "Henry looked foolish. Mr. Collins began again   ",
            "Henry choked, and Mr. Collins went on with a sort of smooth appeal ",
            // (and a sentence may end on the gerund of what was begun,
            // whatever it is)
            "Henry looked foolish. Mr. Collins began lecturing.",
        ] {
            let text = format!(
                "“Is it?” asked Henry.\n\n“Yes,” said Mary.\n\n{lead_in}\n\n“Believe me, my dear.”"
            );
            let speakers = speakers(&text);
            assert_eq!(
                speakers.last().map(String::as_str),
                Some("Mr. Collins"),
                "{lead_in}"
            );
        }
    }

    #[test]
    fn a_verb_after_and_takes_the_subject_opening_its_clause() {
        let opening = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n";
        for (line, speaker) in [
            (
                "They waited, when Isabella, who had been talking to James, \
                 turned to his sister and whispered, “Here he comes.”",
                "Isabella",
            ),
            (
                "Roo was jumping in the sand, and Kanga was fidgeting about \
                 and saying “One more jump, dear.”",
                "Kanga",
            ),
            // (not a name in a clause before the speaker's own, nor one
            // joined to the speaker)
            (
                "As soon as Brahms had gone, she gave him her card and said, “Here.”",
                "Mary",
            ),
        ] {
            let text = format!("{opening}{line}");
            assert_eq!(speakers(&text)[2], speaker, "{line}");
        }
    }

    #[test]
    fn a_clause_of_taking_the_floor_runs_into_its_quotation() {
        let opening = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n";
        for line in [
            "But at last Mary left the room, and then Tom began, with a voice as \
             well regulated as he could, “And how do you like it?”",
            // (across "thus", a word of manner like any other)
            "But at last Mary left the room, and then almost immediately Tom \
             thus began, with a voice as well regulated as he could, “And how do you \
             like it?”",
            // (across a sentence of the same paragraph that ends on a word,
            // its dash lost)
            "But at last Mary left the room, and then Tom began, with a voice as \
             well regulated as he could   “And how do you like it?”",
        ] {
            let text = format!("{opening}{line}");
            let speakers = speakers(&text);
            assert_eq!(speakers.last().map(String::as_str), Some("Tom"), "{line}");
        }
    }

    #[test]
    fn a_lead_in_takes_the_subject_of_its_last_cues_clause() {
        let opening = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n";
        for (lead_in, speaker) in [
            // (past a semicolon, the cue's own subject)
            (
                "Tom answered for him, and mentioned a place; and Mary, after the \
                 little pause which followed, added--",
                "Mary",
            ),
            // (or the subject opening the clause the cue is joined to)
            (
                "Mary begged her to stay; but Lady Catherine very resolutely \
                 declined eating any thing; and then rising up, said to Mary,",
                "Lady Catherine",
            ),
            // (past a subordinate clause opening the cue's own)
            (
                "Tom listened to her with the air of following his own \
                 inclination, and when she ceased speaking, replied thus,",
                "Tom",
            ),
        ] {
            let text = format!("{opening}{lead_in}\n\n“Believe me, my dear.”");
            let speakers = speakers(&text);
            assert_eq!(
                speakers.last().map(String::as_str),
                Some(speaker),
                "{lead_in}"
            );
        }
    }

    #[test]
    fn a_line_before_narration_that_leads_in_to_the_next_is_the_same_speakers() {
        // (Tom goes on from his line, over narration that leads in to his
        // next one: taking turns would give the line to Mary)
        let text = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n“Why?” asked Tom.\n\n\
                    “No matter.” Tom hesitated, then blurted out:\n\n“I lied.”";
        assert_eq!(speakers(text), ["Tom", "Mary", "Tom", "Tom", "Tom"]);
    }

    #[test]
    fn a_quotation_that_breaks_off_is_tagged_as_after_a_comma() {
        let opening = "“Is it?” asked Tom.\n\n“Yes,” said Mary.\n\n";
        for (line, speaker) in [
            (
                "“I knew Mrs. Walker--” Winterbourne began to explain.",
                "Winterbourne",
            ),
            (
                "“You have won a great victory . . .” began Fielding.",
                "Fielding",
            ),
            // (a dash the text lost to spaces)
            ("“Or ” Cassandra began, but checked herself.", "Cassandra"),
            // (a subject and a bare past-tense verb that close the sentence)
            ("“Is the -- where is he --” Harriet quavered.", "Harriet"),
            ("“But I wanted--” Harriet stopped.", "Harriet"),
        ] {
            let speakers = speakers(&format!("{opening}{line}"));
            assert_eq!(speakers.last().map(String::as_str), Some(speaker), "{line}");
        }
        // (an action after it is no tag)
        let text = format!("{opening}“If you please, sir--” The Rabbit started violently.");
        assert_eq!(speakers(&text)[2], "Tom");
    }

    #[test]
    fn a_possessive_opening_the_narration_says_who_speaks_next() {
        let opening = "“Was it bolted?” asked Poirot.\n\n“Yes,” said Mary.\n\n";
        let text = format!("{opening}Poirot's face fell.\n\n“Only the doctors can tell.”");
        assert_eq!(speakers(&text)[2], "Poirot");
        // (in the line's own paragraph, an action beat)
        let text = format!("{opening}Poirot's face fell. “Only the doctors can tell.”");
        assert_eq!(speakers(&text)[2], "Poirot");
        // (a possessive inside the sentence is not its subject)
        let text = format!("{opening}She looked at Poirot's hat.\n\n“Only the doctors can tell.”");
        assert_eq!(speakers(&text)[2], "Mary");
        // (but with no subject before it, the narration just before is
        // about its owner)
        let text = format!(
            "{opening}A red patch appeared on Poirot's forehead.\n\n“Only the doctors can tell.”"
        );
        assert_eq!(speakers(&text)[2], "Poirot");
    }

    #[test]
    fn one_named_alone_in_the_paragraph_before_may_speak_first() {
        // (Annie has spoken in no tag: the paragraph that is only her
        // sentence, just before, says who it is)
        let text = "“Was it bolted?” asked Poirot.\n\n\
                    “Oh! Yes, sir.”\n\nAnnie hesitated.\n\n\
                    “I couldn't rightly say, sir.”";
        assert_eq!(speakers(text)[2], "Annie");
    }

    #[test]
    fn every_pronoun_tag_of_a_paragraph_is_read_in_the_conversation() {
        // (Arobin is a man by the narration, which the mentions stage does
        // not know: the second "she" is Edna's, as the first)
        let text = "“Yes,” said Arobin.\n\nArobin rose, for he was late.\n\n\
                    “Hello,” said Edna.\n\n\
                    “Sit,” she said. Arobin sat down. “It is late,” she said.";
        assert_eq!(speakers(text), ["Arobin", "Edna", "Edna", "Edna"]);
    }

    #[test]
    fn a_reply_noun_gives_its_possessor_the_words() {
        // (in fiction, a noun of replying or asking: Lady Bertram's calm
        // inquiry of “…”)
        let text = "“Yes,” said Mrs. Norris.\n\n\
                    In reply to Lady Bertram's calm inquiry of “Is he come?” the servant bowed.";
        assert_eq!(speakers(text), ["Mrs. Norris", "Lady Bertram"]);
        // (or a reply's owner before a quote of its own: Cassandra s
        // reply, “…”, where the text lost the apostrophe)
        let text = "“Yes,” said Ralph.\n\n“Are you coming?” asked Katharine.\n\n\
                    The plan depended on luggage. Cassandra s reply, “I have none,” \
                    settled nothing.";
        assert_eq!(speakers(text)[2], "Cassandra");
        // (not words another repeats: she repeated her aunt's words)
        let text = "“Yes,” said Ralph.\n\nFanny could only repeat her aunt's words, “Go now.”";
        assert_eq!(speakers(text)[1], "Fanny");
    }

    #[test]
    fn a_lead_in_speaker_is_the_name_before_its_participle() {
        let text = "“Yes,” said Jane.\n\n\
                    As she went up stairs, Mrs. Bennet followed her, saying,\n\n\
                    “I am quite sorry, Lizzy.”\n\n\
                    Mary eagerly interrupted her by exclaiming--\n\n“Good heavens!”";
        assert_eq!(speakers(text), ["Jane", "Mrs. Bennet", "Mary"]);
        // (or the pronoun before it, past the names of an object: he drew
        // his chair nearer to Miss Maylie's, and said,)
        let text = "“Yes,” said Rose.\n\n“No,” said Mr. Brownlow.\n\n\
                    He drew his chair nearer to Rose, and said,\n\n“Do me the favour.”";
        let result = fiction_attributor_with(Vec::new()).attribute(text);
        let lead_in = &result.quotes[2];
        assert_eq!(lead_in.rule, Rule::ColonLeadIn);
        assert_eq!(
            lead_in.speaker.as_ref().map(|s| s.name.as_str()),
            Some("Mr. Brownlow")
        );
    }

    #[test]
    fn a_sentence_opening_with_a_pronoun_tells_the_gender_of_the_one_named_before() {
        let text = "“Yes,” said Willoughby.\n\nWilloughby came in. He sat down.\n\n\
                    “Hello,” said Marianne.\n\n“Good day,” he said.";
        assert_eq!(speakers(text), ["Willoughby", "Marianne", "Willoughby"]);
    }

    #[test]
    fn a_new_paragraph_is_a_new_turn_unless_the_speech_runs_on() {
        let text = "“Hello,” replied Brenda.\n\nAt luncheon Tony said, “Jock rang up.”\n\n\
                    “How sweet of him.”";
        assert_eq!(speakers(text), ["Brenda", "Tony", "Brenda"]);
        // (an unclosed quotation goes on in the next paragraph)
        let text = "“Hello,” replied Brenda.\n\nAt luncheon Tony said, “Jock rang up.\n\n\
                    “He wants to come.”";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Tony"));
    }

    #[test]
    fn the_subject_pronoun_after_a_name_tells_its_gender_and_an_object_does_not() {
        // (her is the woman he looks at; he is Arobin)
        let text = "“Yes,” said Arobin.\n\nArobin looked at her, and her eyes fell. \
                    Arobin took her hand; her fingers shook. Arobin rose, for he was late.\n\n\
                    “Hello,” said Celestine.\n\n“Good day,” he said.";
        assert_eq!(speakers(text), ["Arobin", "Celestine", "Arobin"]);
    }

    #[test]
    fn a_name_written_after_one_gender_of_honorific_has_that_gender() {
        let text = "“Yes,” said Willoughby.\n\nMr. Willoughby bowed low.\n\n\
                    “Hello,” said Marianne.\n\n“Good day,” he said.";
        // (Willoughby alone is Mr. Willoughby, the fuller form of his name)
        assert_eq!(
            speakers(text),
            ["Mr. Willoughby", "Marianne", "Mr. Willoughby"]
        );
    }

    #[test]
    fn a_line_may_be_its_speakers_reply() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “My dear, you tumble my gown,” was Mrs. Allen's only reply.";
        assert_eq!(speakers(text), ["Catherine", "Mrs. Allen"]);
        // (a possessive pronoun's reply is read in the conversation)
        let text = "“Hello,” said Anne.\n\n“Hi,” said Tom.\n\n\
                    “Would you have answered?” asked Wentworth.\n\n\
                    “Would I!” was all her answer.";
        assert_eq!(speakers(text), ["Anne", "Tom", "Wentworth", "Anne"]);
        // (a plural noun of speaking after "were")
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet,” were Mrs. Allen's words.";
        assert_eq!(speakers(text), ["Catherine", "Mrs. Allen"]);
        // (in a text that lost its apostrophes)
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet,” was Mrs. Allen s reply.";
        assert_eq!(speakers(text), ["Catherine", "Mrs. Allen"]);
        // (an assurance, a consolation, a declaration are replies too)
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet,” was Henry's concluding assurance.";
        assert_eq!(speakers(text), ["Catherine", "Henry"]);
        // (a noun of speaking with an article, and "of" its owner)
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “How well he dances!” was an artless exclamation of Isabella's.\n\n\
                    “Poor William!” was a tender apostrophe of Fanny s.";
        assert_eq!(speakers(text), ["Catherine", "Isabella", "Fanny"]);
    }

    /// A phrase of a preposition between the name opening a sentence and
    /// its verb of saying is no subject: the name is.
    #[test]
    fn the_name_before_a_phrase_of_a_preposition_says_the_line() {
        let text = "Aziz shook his head.\n\n\
                    Aziz after another silence said, “Why are you not married?”\n\n\
                    “Because I am not,” said Fielding.";
        assert_eq!(speakers(text), ["Aziz", "Fielding"]);
    }

    #[test]
    fn a_voice_in_an_inverted_tag_is_its_owners() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet,” called the shattered voice of Aziz.\n\n\
                    “Where?” said the voice of the Dodger, through the key-hole.";
        assert_eq!(speakers(text), ["Catherine", "Aziz", "the Dodger"]);
    }

    #[test]
    fn words_that_come_from_someone_are_theirs() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet!” came from Sir Thomas's tight lips.\n\n\
                    “Hello,” said Anne.\n\n\
                    “Why?” burst from William, with a nervous laugh.\n\n\
                    “Go!” from the Gryphon, and a sob.";
        assert_eq!(
            speakers(text),
            ["Catherine", "Sir Thomas", "Anne", "William", "the Gryphon"]
        );
        // (in a text that lost its apostrophes)
        let text = "“Shall we go?” replied Catherine.\n\n“Not yet!” came from Sir Thomas s lips.";
        assert_eq!(speakers(text), ["Catherine", "Sir Thomas"]);
    }

    #[test]
    fn words_said_by_someone_are_theirs() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet!” was uttered by Captain Wentworth.\n\n\
                    “Hello,” said Anne.\n\n\
                    “Hush!” loudly whispered by Aunt Juley.";
        assert_eq!(
            speakers(text),
            ["Catherine", "Captain Wentworth", "Anne", "Aunt Juley"]
        );
    }

    #[test]
    fn an_inverted_tag_may_go_on() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Not yet,” went on Eeyore gloomily. “Not today.”";
        assert_eq!(speakers(text), ["Catherine", "Eeyore", "Eeyore"]);
    }

    #[test]
    fn an_adverb_may_open_an_inverted_tag() {
        let text = "“Shall we go?” replied Catherine.\n\n\
                    “Hello,” said Tom.\n\n\
                    “Not yet,” again interrupted De Griers. “Not today.”";
        assert_eq!(
            speakers(text),
            ["Catherine", "Tom", "De Griers", "De Griers"]
        );
    }

    #[test]
    fn a_line_addresses_a_full_name_by_its_given_name() {
        // (the narration never writes Tom alone)
        let text = "“Hello,” said Tom Brown.\n\n“Hi,” said Anne Smith.\n\n\
                    “Well, Tom, are you coming?”\n\n“Yes.”";
        assert_eq!(
            speakers(text),
            ["Tom Brown", "Anne Smith", "Anne Smith", "Tom Brown"]
        );
    }

    #[test]
    fn a_line_addresses_a_listed_speaker_by_an_alias_the_narration_never_writes() {
        let text = "“Hello,” said Elizabeth Bennet.\n\n“Hi,” said Jane Bennet.\n\n\
                    “Well, Lizzy, are you coming?”\n\n“Yes.”";
        let cast = vec![
            KnownSpeaker::new("Elizabeth Bennet").alias("Lizzy"),
            KnownSpeaker::new("Jane Bennet"),
        ];
        assert_eq!(
            speakers_with(text, cast),
            [
                "Elizabeth Bennet",
                "Jane Bennet",
                "Jane Bennet",
                "Elizabeth Bennet"
            ]
        );
    }

    #[test]
    fn a_name_the_line_addresses_said_the_untagged_line_before() {
        let text = "“Hi,” said Bo.\n\n“Hello,” said Cy.\n\n“Are you coming?” asked Ana.\n\n\
                    “Not yet.”\n\n“Why not, Bo?”";
        assert_eq!(speakers(text), ["Bo", "Cy", "Ana", "Bo", "Ana"]);
    }

    #[test]
    fn one_who_spoke_since_the_narration_named_someone_comes_first() {
        // (the narration names Tom, then the girl and Mary speak: the line
        // after Mary's is the girl's, not Tom's)
        let text = "“Bye,” said Tom.\n\nTom went out.\n\n\
                    “Where is he?” asked the girl.\n\nThe clock struck.\n\n\
                    “Hello,” said Mary.\n\n“Gone.”";
        assert_eq!(speakers(text), ["Tom", "the girl", "Mary", "the girl"]);
    }

    #[test]
    fn a_run_two_people_take_turns_in_is_read_from_both_ends() {
        // (Tom speaks to Jack, but Mary answers: the tags around the
        // untagged lines show Mary and Tom taking turns)
        let text = "“Hi,” said Jack.\n\nThe clock struck.\n\n\
                    “Good morning,” said Mary.\n\n“Good morning,” said Tom to Jack.\n\n\
                    “Fine day.”\n\n“It is.”\n\n“Rain later,” said Mary.";
        assert_eq!(
            speakers(text),
            ["Jack", "Mary", "Tom", "Mary", "Tom", "Mary"]
        );
    }

    #[test]
    fn after_narration_its_person_may_be_the_last_speaker() {
        let text = "“Hello,” said Anne.\n\n“Hi,” said Mary.\n\n\
                    Mary walked to the window.\n\n“It rains.”";
        assert_eq!(speakers(text), ["Anne", "Mary", "Mary"]);
    }

    #[test]
    fn a_pronoun_tag_is_the_subject_of_the_sentence_that_names_its_gender_last() {
        // (Mr. Claypole is named last, but where Mr. Sikes turned)
        let text = "“Yes,” said Mr. Sikes.\n\n“No,” said Mr. Claypole.\n\n\
                    Mr. Sikes turned round to where Mr. Claypole was sleeping. “Well!” he said.";
        assert_eq!(speakers(text), ["Mr. Sikes", "Mr. Claypole", "Mr. Sikes"]);
    }

    #[test]
    fn a_pronoun_tag_after_a_line_only_thought_goes_on_with_the_thinker() {
        // (Anne's thought is no turn: Mary heard nothing to answer)
        let text = "“I am engaged to him,” said Mary.\n\n\
                    “All this,” thought Anne, “is very pretty.”\n\n\
                    “But what are your views?” said she.";
        assert_eq!(speakers(text), ["Mary", "Anne", "Anne", "Anne"]);
    }

    #[test]
    fn a_tag_between_two_quotations_is_read_once_for_both() {
        // (“…,” said she, “…”: one speaker, the thinker going on)
        let text = "“I am engaged to him,” said Mary.\n\n\
                    “All this,” thought Anne, “is very pretty.”\n\n\
                    “But what,” said she, “are your views?”";
        assert_eq!(speakers(text), ["Mary", "Anne", "Anne", "Anne", "Anne"]);
    }

    #[test]
    fn a_pronoun_tag_is_the_one_the_next_line_answers_by_name() {
        // (Mr. Smith spoke before Anne, but Anne answers Tom)
        let text = "“Hello,” said Tom.\n\n“Yes,” said Mr. Smith.\n\n\
                    “No,” said Anne.\n\n“Why?” he asked.\n\n\
                    “Because, Tom, it is late.”";
        assert_eq!(speakers(text), ["Tom", "Mr. Smith", "Anne", "Tom", "Anne"]);
    }

    #[test]
    fn a_pronoun_tag_after_long_narration_is_the_one_it_named_last() {
        // (the narration's thirty-six "he" go to Nature, who speaks no line;
        // Tom was named before them)
        let narration = "He walked on. He looked up. He sat down.\n\n".repeat(12);
        let text = format!("“Hello,” said Tom.\n\nNature smiled. {narration}“Well,” he said.");
        assert_eq!(speakers(&text), ["Tom", "Tom"]);
    }

    #[test]
    fn a_pronoun_tag_after_narration_of_another_gender_is_its_gender_named_there() {
        // (Tom, named last, is a man: Anne, not Mary who spoke last)
        let text = "“Yes,” said Anne.\n\n“No,” said Tom.\n\n“Come,” said Mary.\n\n\
                    Anne put down her work. Tom looked out of the window.\n\n\
                    “I will,” she said.";
        assert_eq!(speakers(text), ["Anne", "Tom", "Mary", "Anne"]);
    }

    #[test]
    fn a_pronoun_tag_no_speaker_of_the_conversation_fits_is_its_gender_named_just_before() {
        // (Mr. Smith spoke last of the men, but Tom, named after "with",
        // is the man the narration brings in)
        let text = "“Yes,” said Tom.\n\n“No,” said Mr. Smith.\n\n“Soon,” said Anne.\n\n\
                    Anne went in, and stopped to speak with Tom.\n\n\
                    “Well?” he asked.";
        assert_eq!(speakers(text), ["Tom", "Mr. Smith", "Anne", "Tom"]);
    }

    #[test]
    fn a_pronoun_tag_no_speaker_of_its_gender_fits_may_be_one_of_no_known_gender() {
        // (Zorbak is named only in a tag: nothing tells his gender, yet he
        // answers Mrs. Miller, not Mr. Brown of the narration long before)
        let text = "“Good day,” said Mr. Brown. He left the hotel and walked away.\n\n\
                    The day was hot.\n\nThe road was long.\n\nThe town was quiet.\n\n\
                    Mrs. Miller sat in the garden.\n\n\
                    “Where is the courier?” asked Mrs. Miller.\n\n\
                    “Here, madam,” said Zorbak.\n\n\
                    “Fetch the carriage.”\n\n\
                    “At once,” he said.";
        assert_eq!(
            speakers(text),
            [
                "Mr. Brown",
                "Mrs. Miller",
                "Zorbak",
                "Mrs. Miller",
                "Zorbak"
            ]
        );
    }

    #[test]
    fn a_pronoun_tag_of_a_thought_may_be_the_one_the_next_paragraph_tags() {
        // (a thought is no turn the next line answers: Alice thought it,
        // though the next paragraph's tag names her)
        let text = "“Off with her head!” said the Queen.\n\n\
                    “How are you getting on?” said the Cat.\n\n\
                    Alice waited till the eyes appeared, and then nodded. “It's no use \
                    speaking to it,” she thought, “till its ears have come.”\n\n\
                    “I don't think,” Alice began, “they play fairly.”";
        assert_eq!(
            speakers(text),
            ["the Queen", "the Cat", "Alice", "Alice", "Alice", "Alice"]
        );
    }

    #[test]
    fn a_next_paragraph_whose_tag_goes_on_is_no_reply() {
        // (“continued Mary” says Mary said the line before as well)
        let text = "“Good morning,” said Anne.\n\n\
                    “Hello,” said Mary.\n\n\
                    “Where is it?” said Tom.\n\n\
                    “Nobody can tell,” she said.\n\n\
                    “And yet,” continued Mary, “I saw it.”";
        assert_eq!(
            speakers(text),
            ["Anne", "Mary", "Tom", "Mary", "Mary", "Mary"]
        );
    }

    #[test]
    fn a_quote_wrapped_over_lines_takes_no_tag_from_the_next_sentence() {
        // (the quotation runs over two lines of one paragraph; the sentence
        // after it is narration, not its tag)
        let text = "No, there were no tears. “If you are going to be a pig, my dear,” \
                    said Alice, seriously, “I will have nothing more to do with you. Mind\n\
                    now!” The poor little thing sobbed again.\n\n\
                    They went on in silence.";
        let result = fiction_attributor().attribute(text);
        let mentions: Vec<&str> = result
            .quotes
            .iter()
            .filter_map(|q| Some(q.speaker.as_ref()?.mention.as_str(text)))
            .collect();
        assert_eq!(mentions, ["Alice", "Alice"]);
    }

    #[test]
    fn a_lead_in_tag_beats_a_tag_after_that_leads_into_the_next_quote() {
        // (“he said, “…”” introduces the next quotation, not this one)
        let text = "When the concert was over and Margaret said, “We live near. \
                    Could you walk round with me?” he said, “Thank you,” and followed her.";
        assert_eq!(speakers(text)[0], "Margaret");
        // (nor is a verb after the quotation its tag when a tag opened it)
        let text = "Tom looked at Ben, who said, “Take this!” He handed Tom a switch.";
        assert_eq!(speakers(text)[0], "Ben");
    }

    #[test]
    fn a_verb_of_saying_after_and_shares_the_subject_of_its_clauses() {
        // (not "she" of the clause before the "and then")
        let text = "Alice sat down.\n\nThey were quiet till she got to the end, \
                    and then the Mock Turtle drew a long breath, and said “That is curious.”";
        assert_eq!(speakers(text).last().unwrap(), "the Mock Turtle");
        // (a paragraph leading in: not "he" of "what he was doing")
        let text = "Darcy came in.\n\nElizabeth saw what he was doing, and at the first \
                    pause, turned to him with an arch smile, and said,\n\n\
                    “You mean to frighten me.”";
        assert_eq!(speakers(text).last().unwrap(), "Elizabeth");
    }

    /// An attributor that reads every text as fiction.
    fn fiction_attributor() -> Attributor {
        fiction_attributor_with(Vec::new())
    }

    /// An attributor that reads every text as fiction, with a cast list.
    fn fiction_attributor_with(cast: Vec<KnownSpeaker>) -> Attributor {
        Attributor::builder()
            .genre(Genre::Fiction)
            .speakers(cast)
            .build()
            .expect("a valid builder")
    }

    /// The speakers' names of the quotations of `text`, read as fiction
    /// (shared with the other rules' tests).
    pub(in crate::rules) fn speakers(text: &str) -> Vec<String> {
        speakers_with(text, Vec::new())
    }

    /// The speakers' names of the quotations of `text`, read as fiction
    /// with the cast list `cast`.
    fn speakers_with(text: &str, cast: Vec<KnownSpeaker>) -> Vec<String> {
        fiction_attributor_with(cast)
            .attribute(text)
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().map_or(String::new(), |s| s.name.clone()))
            .collect()
    }

    #[test]
    fn a_cue_after_an_indefinite_article_is_a_noun() {
        let text = "Charlotte came to spend the day with them. She was met in the \
                    vestibule by Lydia, who, flying to her, cried in a half whisper, \
                    “I am glad you are come!”";
        assert_eq!(speakers(text), ["Lydia"]);
    }

    #[test]
    fn any_verb_in_ed_after_a_quotation_introduces_a_description() {
        let text = "Mr. Smith came in.\n\n“To listen to him!” fumed the old lady. \
                    “When will that zero ever turn up?”";
        assert_eq!(speakers(text), ["the old lady", "the old lady"]);
    }

    /// A month or a day before a name in an inverted tag describes the
    /// character (the mentions take the name alone).
    #[test]
    fn a_month_may_describe_the_name_in_an_inverted_tag() {
        let text = "“Have some wine,” said Alice.\n\n“Why not?” said the March Hare.";
        assert_eq!(speakers(text), ["Alice", "Hare"]);
    }

    #[test]
    fn a_few_words_may_describe_the_name_after_a_verb_in_ed() {
        let text = "Mr. Smith came in.\n\n“Dogs, dogs,” drivelled old Horace Talbot, \
                    “he is always talking about dogs.”";
        assert_eq!(speakers(text), ["Horace Talbot", "Horace Talbot"]);
    }

    #[test]
    fn a_verb_and_its_particle_may_invert_before_a_voice() {
        let text = "The General followed them.\n\n“Surely you are wrong,” cut in the \
                    clear voice of Inspector Ratcliffe.";
        assert_eq!(speakers(text), ["Inspector Ratcliffe"]);
    }

    #[test]
    fn accents_are_a_voice_with_an_owner() {
        let text = "The General followed them.\n\n“Madame, Madame,” sounded the \
                    honeyed accents of De Griers.";
        assert_eq!(speakers(text), ["De Griers"]);
    }

    #[test]
    fn a_cleft_names_its_speaker() {
        let text = "Pooh was on an island.\n\n\
                    It was on this morning that Owl came flying over the water to \
                    say “How do you do,” to his friend Christopher Robin.\n\n\
                    Poirot came in with John.\n\n\
                    “There is a later will.” It was Poirot who spoke.";
        assert_eq!(speakers(text), ["Owl", "Poirot"]);
    }

    #[test]
    fn a_verb_leading_in_with_with_takes_its_subject() {
        let text = "“Shall not you be late at Devizes?” said Catherine.\n\n\
                    Fanny tried to hide her interest by an eager attention to her \
                    brother; but Crawford pursued with “No, no, you must not part \
                    with the queen.”\n\n\
                    He made no answer; but after a minute's silence burst out with, \
                    “A famous good thing this marrying scheme!”";
        assert_eq!(speakers(text), ["Catherine", "Crawford", "Crawford"]);
    }

    #[test]
    fn a_lead_in_with_with_at_the_very_start_names_nobody() {
        // (a comma and "with" as the text's first tokens: no agent before)
        assert_eq!(speakers(", with “Hi.”\n\n“No,” said Ann."), ["", "Ann"]);
    }

    #[test]
    fn a_gerund_of_means_takes_the_subject_of_the_verb_before_it() {
        let text = "Marianne was going on with her admiration of these scenes, \
                    when Edward interrupted her by saying, “You must not enquire \
                    too far, Marianne.”";
        assert_eq!(speakers(text), ["Edward"]);
    }

    #[test]
    fn a_gerund_of_saying_belongs_to_its_possessor() {
        let text = "Mrs. Norris was beginning an eager assurance of the affability \
                    he might depend on, when she was stopped by Sir Thomas's saying \
                    with authority, “No doubt he will be pleased.”";
        assert_eq!(speakers(text), ["Sir Thomas"]);
    }

    #[test]
    fn a_gerund_after_a_lost_apostrophe_belongs_to_its_possessor() {
        let text = "A silence of several minutes succeeded; it was broken by \
                    Thorpe s saying very abruptly, “Old Allen is as rich as a Jew, \
                    is not he?”";
        // (the reported clause and the quotation in it)
        assert_eq!(speakers(text), ["Thorpe", "Thorpe"]);
    }

    #[test]
    fn a_comma_who_speaks_for_the_mention_before_it() {
        let text = "Charlotte came to spend the day with them. She was met in the \
                    vestibule by Lydia, who, flying to her, cried, “I am glad you \
                    are come!”\n\n\
                    Catherine was sorry; and a short silence ensued, which was broken \
                    by Isabella, who in a voice of cold resentment said, “Then there \
                    is an end of it.”";
        assert_eq!(speakers(text), ["Lydia", "Isabella"]);
    }

    #[test]
    fn a_verb_of_going_on_after_narration_keeps_the_latest_speaker() {
        let text = "“Work is good for everyone,” said Margaret.\n\n\
                    “Not for me,” said Helen.\n\n\
                    “There is Mr. Vyse, though,” said Margaret.\n\n\
                    Groans from Helen.\n\n\
                    “I shall stick to it,” she continued.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Margaret"));
    }

    #[test]
    fn a_verb_of_going_on_after_narration_opening_its_paragraph_keeps_the_latest_speaker() {
        let text = "“Is there news from home?” asked Eleanor.\n\n\
                    “None,” said Catherine.\n\n\
                    Nothing was said for a few minutes; and then, \
                    speaking through her tears, she added, “I shall never want a letter again!”";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Catherine"));
    }

    #[test]
    fn names_in_another_genders_line_of_the_paragraph_do_not_block_a_tag() {
        let text = "“Good evening,” said Joan.\n\n\
                    “Good evening,” said Mary.\n\n\
                    “Good evening,” said Ralph.\n\n\
                    To see Ralph appear threw Mary off her balance.\n\n\
                    “Now,” she thought to herself, “I shall not mind him.” \
                    Ralph looked at her, and he thought, “How absurd Mary would think me.”";
        let got = speakers(text);
        assert_eq!(got.get(3).map(String::as_str), Some("Mary"));
    }

    #[test]
    fn one_who_says_their_words_in_reported_speech_is_no_beat() {
        let text = "“You are come at last,” said Mary.\n\n\
                    “Yes,” said Anne.\n\n\
                    Anne said what was proper, and enquired after her husband. \
                    “Oh! Charles is out shooting. I have not seen him since seven.”";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Mary"));
    }

    #[test]
    fn one_the_line_names_is_no_beat_and_the_next_in_the_narration_is() {
        let text = "“Shall we walk?” said Isabella.\n\n\
                    “Gladly,” said Catherine.\n\n\
                    Catherine came into the room. Isabella looked up. \
                    “But, Catherine, how tired you look!”";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Isabella"));
    }

    #[test]
    fn two_who_act_together_are_no_beat() {
        let text = "“Shall we walk?” said Isabella.\n\n\
                    “Gladly,” said Catherine.\n\n\
                    Catherine and Isabella sat together. “How tired I am!”";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Isabella"));
    }

    #[test]
    fn a_name_in_a_sentence_a_pronoun_of_the_tags_gender_opens_is_not_the_tags_person() {
        let text = "“Come here,” said Helen.\n\n\
                    “No,” said Margaret.\n\n\
                    Margaret rushed out. She said not a word; she had treated Helen so, \
                    and knew what Helen would feel. “I deserve it,” she said.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Margaret"));
    }

    #[test]
    fn a_pronoun_tag_after_a_sentence_whose_subject_is_a_pronoun_of_its_gender_is_that_pronouns_person(
    ) {
        // (the latest sentence names Mary, but after a "she" that is its
        // subject: the tag goes on with that she, Anne)
        let text = "“Good night,” said Mary.\n\n\
                    “Good night,” said Anne.\n\n\
                    Anne went upstairs. As she passed, she noticed that Mary had left \
                    the door open. “How careless,” she said.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Anne"));
    }

    #[test]
    fn a_pronoun_tag_the_next_speaker_does_not_fit_is_whom_the_narration_spoke_of() {
        // (the turns lead to William; of the women, the narration names
        // Mary last, but its she is Katharine)
        let text = "“I am going to bed,” said Mary.\n\n\
                    “Good night,” said Katharine.\n\n\
                    “I shall not write any more to-night,” he said.\n\n\
                    “Cassandra won’t know if it’s well written,” Katharine remarked.\n\n\
                    “I’m not so sure about that,” said William.\n\n\
                    “Perhaps,” said Katharine indifferently. “Let me choose a book.” So \
                    speaking, she went across to his bookshelves. Anything, she thought, \
                    was better than bickering. As she pulled one book forward she thought \
                    of her own certainty, and whether William loved her or not. More and \
                    more the condition of Mary’s mind seemed to her wonderful.\n\n\
                    “Swift,” she said, at last.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Katharine"));
    }

    #[test]
    fn a_pronoun_tag_may_be_the_one_the_next_paragraphs_narration_names_before_their_line() {
        // (Edward is named in the next paragraph's tag, but that paragraph
        // opens with his doing, not with a reply: he may have said this
        // line too)
        let text = "“Will you stay?” said Elinor.\n\n\
                    “I cannot,” said Edward.\n\n\
                    “Then I shall go,” said Willoughby.\n\n\
                    Marianne soon left them to themselves. Before she was half way \
                    upstairs she heard the door open, and was astonished to see Edward \
                    himself come out.\n\n\
                    “I am going into the village,” said he.\n\n\
                    Edward returned to them with fresh admiration of the country. \
                    “It is a fine village,” said Edward.";
        let got = speakers(text);
        assert_eq!(got.get(3).map(String::as_str), Some("Edward"));
    }

    /// The search from a nearby index finds what a search of the whole
    /// slice finds, from every start, for every answer.
    #[test]
    fn partition_point_near_is_partition_point() {
        for len in 0..40 {
            let slice: Vec<usize> = (0..len).collect();
            for answer in 0..=len {
                for near in 0..len + 3 {
                    assert_eq!(
                        super::partition_point_near(&slice, near, |&x| x < answer),
                        answer,
                        "len {len}, near {near}"
                    );
                }
            }
        }
    }

    #[test]
    fn words_said_to_oneself_are_no_turn_of_the_conversation() {
        // (the turns lead to Mary, but the she the narration speaks of,
        // talking to herself, is Alice)
        let text = "“Come here,” said Mary.\n\n\
                    “Yes,” said Alice.\n\n\
                    She went into the little room, and she found a bottle on the \
                    table. “I wonder what this is,” she said to herself.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Alice"));
    }

    /// A description of kin the tag says the words were for (she said to
    /// her husband) is that person, who answers the next untagged line.
    #[test]
    fn kin_spoken_to_answers_the_next_line() {
        let text = "“Good night,” said Mrs. Hale.\n\n\
                    “Good night,” said Mr. Hale.\n\n\
                    “Hello,” said Margaret.\n\n\
                    The next morning Margaret was out. “Is it late?” said Mrs. Hale to her husband.\n\n\
                    “Not very.”";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Mr. Hale"));
    }

    /// A line that is only a name said (“Fred.”) answers with it: it
    /// calls no one, so the turns still alternate.
    #[test]
    fn a_name_alone_answers_and_calls_no_one() {
        let text = "“Good night,” said Tom.\n\n\
                    “Good night,” said Fred.\n\n\
                    Tom looked at the door. “Who is it?”\n\n\
                    “Fred.”\n\n\
                    “Oh.”";
        assert_eq!(speakers(text)[3], "Fred");
    }

    #[test]
    fn whom_a_pronoun_tag_says_the_words_to_is_not_its_speaker() {
        let text = "“Good evening,” said Gino.\n\n\
                    “Will you be there?” said Philip.\n\n\
                    Gino nodded.\n\n\
                    He promised; then he remembered the plan. “At ten, then,” he said to Gino.";
        let got = speakers(text);
        assert_eq!(got.last().map(String::as_str), Some("Philip"));
    }

    #[test]
    fn vocative_words_end_as_decoded_characters_say() {
        for words in [
            "Mr. Darcy",
            "O'Brien-Smith, come",
            "Zoë said",
            "Éa",
            "a—b",
            "",
            "x’y",
        ] {
            for from in (0..=words.len()).filter(|&i| words.is_char_boundary(i)) {
                let expected = from
                    + words[from..]
                        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
                        .unwrap_or(words.len() - from);
                assert_eq!(vocative_word_end(words, from), expected, "{words:?} {from}");
            }
        }
    }

    #[test]
    fn vocatives_are_names_at_a_boundary_before_a_stop() {
        let found: Vec<&str> = vocatives("My dear Mr. Bennet, have you heard?").collect();
        assert_eq!(found, ["Mr. Bennet"]);
        let found: Vec<&str> = vocatives("Come here, Mary! Now, Tom.").collect();
        assert_eq!(found, ["Mary", "Now", "Tom"]);
        // (a capitalised word inside a sentence addresses nobody)
        assert_eq!(vocatives("I saw Mary Smith at the fair").count(), 0);
        // (white space of any kind before the stop, ASCII or not)
        let found: Vec<&str> = vocatives("Come here, Mary\u{a0}! Now, Tom \u{b} .").collect();
        assert_eq!(found, ["Mary", "Now", "Tom"]);
        assert_eq!(vocatives("Come here, Mary\u{a0}and Tom").count(), 0);
        assert!(is_name_like("Mr. Bennet") && !is_name_like("Sir") && !is_name_like("H'm"));
    }

    #[test]
    fn a_narrators_i_is_the_name_the_other_lines_address() {
        let text = "“Good night, Jake,” Bill said.\n\n“Good night,” I said.\n\n\
                    “See you, Jake,” Bill said.\n\n“Yes,” I said.\n\n\
                    “Sleep well, Jake,” Bill said.\n\n“Thanks,” I said.";
        assert_eq!(
            speakers(text),
            ["Bill", "Jake", "Bill", "Jake", "Bill", "Jake"]
        );
    }

    #[test]
    fn a_narrator_the_lines_call_by_given_name_and_surname_goes_by_both() {
        let mut text = String::from("Mr. Barnes was away.\n\n");
        for _ in 0..NARRATOR_VOTES {
            text.push_str(
                "“Good night, Jake,” Bill said.\n\n“Good night,” I said.\n\n\
                 “You are late, Barnes,” said Harris.\n\n“Sorry,” I said.\n\n\
                 “Come on, Jake,” Bill said.\n\n“Yes,” I said.\n\n\
                 “Sleep well, Jake,” Bill said.\n\n“Thanks,” I said.\n\n",
            );
        }
        let found = speakers(&text);
        assert_eq!(found[1], "Jake Barnes");
        // (a word the lines say that the text never writes after an
        // honorific is no surname)
        let text = text.replacen("Mr. Barnes was away.", "Someone was away.", 1);
        assert_eq!(speakers(&text)[1], "Jake");
    }

    #[test]
    fn a_pronoun_tag_takes_the_speaker_of_its_gender_in_the_conversation() {
        let text = "“Are you coming?” asked Mr. Hale.\n\n“No,” replied Mary Lane.\n\n\
                    “Why not?” he asked.\n\n“I am tired,” she said.";
        assert_eq!(
            speakers(text),
            ["Mr. Hale", "Mary Lane", "Mr. Hale", "Mary Lane"]
        );
    }

    #[test]
    fn after_narration_that_says_one_kept_silent_the_other_goes_on() {
        let opening = "“Will you come?” asked Tom.\n\n“Perhaps,” said Rosa.\n\n";
        let text = format!("{opening}Tom said nothing.\n\n“I may be late.”");
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Rosa"));
        let text = format!("{opening}Tom was silent for a while.\n\n“I may be late.”");
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Rosa"));
        // (else the narration's person speaks)
        let text = format!("{opening}Tom sat down.\n\n“I may be late.”");
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Tom"));
    }

    /// A first-person novel's opening in which Bill names the narrator
    /// Jake often enough for the narration's "I" to be Jake, then `rest`.
    fn narrated_by_jake(rest: &str) -> String {
        let mut text = String::new();
        for _ in 0..NARRATOR_VOTES {
            text.push_str("“Jake, you look tired,” said Bill.\n\n“Hello,” I said.\n\n");
        }
        text.push_str(rest);
        text
    }

    #[test]
    fn after_narration_of_what_the_narrator_did_the_other_speaks() {
        let text = narrated_by_jake(
            "“Will you come?” asked Bill.\n\nI shook my head.\n\n“Then I go alone.”",
        );
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Bill"));
    }

    #[test]
    fn after_what_the_narrator_did_after_their_own_line_the_other_speaks() {
        let text = narrated_by_jake(
            "“Will you come?” asked Bill.\n\n“No,” I said.\n\n\
             I sat up and found my shoes.\n\n“Then I go alone.”",
        );
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Bill"));
    }

    #[test]
    fn a_pronoun_opening_the_paragraph_of_a_line_is_the_speaker_of_its_gender() {
        let text = "Tom came in. He sat down.\n\n“Hello,” said Anne.\n\n\
                    “Hi,” said Tom.\n\n“Nice day.”\n\n“Yes.”\n\n\
                    He shook his head. “Too hot.”";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Tom"));
    }

    #[test]
    fn a_line_is_not_spoken_by_a_person_it_names() {
        // (the turns lead to Mary, whom Anne addressed; but the reply
        // speaks of her: Tom answers for her)
        let opening = "“Yes,” said Mary.\n\nThe sun rose.\n\n“Good morning,” said Tom.\n\n\
                       “Good morning,” said Anne.\n\n“Shall we walk, Mary?” asked Anne.\n\n";
        let text = format!("{opening}“Mary never walks before noon.”");
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Tom"));
        let text = format!("{opening}“I never walk before noon.”");
        assert_eq!(speakers(&text).last().map(String::as_str), Some("Mary"));
        // (nor is a pronoun tag the person its line names)
        let text = "“Hello,” said Anne.\n\n“Hi,” said Mary.\n\n\
                    Anne looked at Mary. “Is Anne coming?” she asked.";
        assert_eq!(speakers(text), ["Anne", "Mary", "Mary"]);
    }

    #[test]
    fn a_speech_over_paragraphs_is_one_turn() {
        // (Tom's speech runs on over two paragraphs: the line after it
        // is the next turn, Mary's, not one after narration that names
        // Tom)
        let text = "“Hi,” said Tom.\n\n“Hello,” said Mary.\n\nTom smiled. “It began at dawn,\n\n\
                    “and it ended at dusk.”\n\n“Really?”\n\n“Yes.”";
        assert_eq!(speakers(text), ["Tom", "Mary", "Tom", "Mary", "Tom"]);
    }

    #[test]
    fn the_one_a_line_addresses_answers_it_whatever_comes_after() {
        // (her mother asks Katharine; the line after addresses a third
        // person, and a tag two turns on names a fourth: neither revises
        // the answer)
        let text = "“Good evening,” said Mr. Fortescue.\n\n“Good evening,” said \
                    Katharine.\n\n“Tea?” said Mr. Hilbery.\n\nThe talk passed over \
                    Manchester.\n\n“Was it the Armada, Katharine?” her mother demanded.\n\n\
                    “Trafalgar, mother.”\n\n“Of course! Do explain, dear Mr. Fortescue.”\n\n\
                    “With pleasure,” said Mr. Hilbery.";
        let found = speakers(text);
        assert_eq!(found[4], "Katharine");
    }

    #[test]
    fn the_one_a_line_addresses_answers_it_before_one_tagged_nearby() {
        // (Miss Lucas's tag comes two lines later, and Mr. Darcy's only
        // long before, but Elizabeth asked Mr. Darcy)
        let earlier = "“Yes,” said Jane.\n\n“No,” said Kitty.\n\n".repeat(12);
        let text = format!(
            "“Hi,” said Mr. Darcy.\n\n{earlier}Elizabeth turned to him and said,\n\n\
             “Did you not think, Mr. Darcy, that I spoke well?”\n\n\
             “With great energy.”\n\n“It will be her turn soon,” said Miss Lucas."
        );
        let found = speakers(&text);
        assert_eq!(
            found[found.len() - 3..],
            ["Elizabeth", "Mr. Darcy", "Miss Lucas"]
        );
    }

    #[test]
    fn a_line_is_not_spoken_by_the_person_it_addresses() {
        // (the turns lead to Ana, but the line calls her by name: Bo goes on)
        let text = "“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not, Ana?”";
        assert_eq!(speakers(text), ["Ana", "Bo", "Bo"]);
        let text = "“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”";
        assert_eq!(speakers(text), ["Ana", "Bo", "Ana"]);
    }
}
