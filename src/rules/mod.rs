//! Stage 5: the sieve — ordered, named rules over sentence proximity that
//! decide each quote's kind and speaker, and find reported speech.
//!
//! Rules run from the most reliable to the least; the first rule that
//! decides a quote wins, and records its name and confidence on the quote.
//! Each rule carries example sentences it must and must not fire on
//! ([`Rule::examples`]); the crate's tests run them all.
//!
//! Reported speech (X said CLAUSE) is found first, sentence by sentence,
//! from the speech cues that are not tags of a quotation; quotes inside a
//! reported clause then take that clause's speaker.

use crate::genre::Genre;
use crate::lexicon::{self, CueClass, WordClass};
use crate::marks::QuotedSpan;
use crate::mentions::{self, Cast, Mention, MentionKind, Mentions};
use crate::result::{Quote, QuoteKind, Speaker};
use crate::scan;
use crate::sentences::{Segmentation, Sentence, Token, TokenKind, TokenSet};
use crate::span::Span;
use crate::workspace::reuse;
use std::cell::RefCell;
use std::collections::HashSet;
use std::mem::take;

mod catalogue;
mod decide;
mod dialogue;
mod fallbacks;
mod reports;
mod subjects;
mod tags;

/// How many tokens an appositive between a subject and its cue may have.
const APPOSITIVE_TOKENS: usize = 30;
/// How many tokens a restrictive relative clause between a subject and its
/// cue may have (officials who spoke with the Post said).
const RELATIVE_CLAUSE_TOKENS: usize = 10;
/// How many comma-separated pieces that appositive may have (an age, a
/// home town, a relative clause).
const APPOSITIVE_SEGMENTS: usize = 4;
/// How many tokens may stand between a coordinating ", and" and the verb
/// of saying it coordinates (and, after shuddering over every sentence,
/// exclaimed).
const COORDINATED_VERB_TOKENS: usize = 12;
/// How many clauses joined by ", and" the search for their shared subject
/// goes back over.
const COORDINATED_CLAUSES: usize = 4;
/// How many tokens one of those clauses may have.
const CLAUSE_SUBJECT_TOKENS: usize = 40;
/// How far before a participle a subordinate clause it hangs from may open.
const PARTICIPLE_CLAUSE_TOKENS: usize = 16;
/// Words a cleft may put between its "It was" and its "that" or "who"
/// (It was on this morning that Owl…).
const CLEFT_TOKENS: usize = 10;
/// How many words a verb may stand before the "with" that leads from it
/// in to a quotation (closed the description with “…”).
const WITH_LEAD_IN_TOKENS: usize = 4;
/// How many tokens around a quotation the sieve searches for its cue.
const CUE_WINDOW: usize = 40;
/// How many tokens a reported clause may run.
const CLAUSE_TOKENS: usize = 400;
/// How many of its sentence's reported clauses a quote is checked against.
const REPORTS_PER_QUOTE: usize = 64;
/// How many modifiers (has, also, later) may stand between subject and cue.
const MODIFIER_TOKENS: usize = 4;
/// How many words a phrase of a preposition between a sentence's opening
/// name and its verb of saying may have (Aziz after another silence said).
const ADVERBIAL_WORDS: usize = 8;
/// How many words of manner may follow a verb of taking the floor that
/// closes a lead-in sentence (began again, spoke at last very slowly).
const FLOOR_MANNER_WORDS: usize = 4;
/// How many words a sentence may run on after a verb of taking the floor,
/// with a phrase of what or how it was said: began again about the plan.
const FLOOR_PHRASE_WORDS: usize = 8;

/// How many tokens a verb of taking the floor may stand before the
/// quotation it runs into (thus began, with a voice as well regulated as
/// she could, “…”).
const FLOOR_RUN_IN_TOKENS: usize = 16;
/// How far back before a verb after "and" the subject opening its clause
/// is looked for (a relative clause may stand between them).
const CLAUSE_OPENING_TOKENS: usize = 24;
/// At most how many tokens a headline has (words and punctuation): twice
/// the length of a long one.
const HEADLINE_TOKENS: usize = 64;

pub use catalogue::{Rule, RuleExample};
pub(crate) use dialogue::MovedMention;

/// The cue words the sieve knows: the built-in lexicon plus the caller's.
#[derive(Clone, Debug, Default)]
pub(crate) struct CueLexicon {
    /// Extra speech cues, lower-cased.
    pub(crate) extra: HashSet<String>,
}

impl CueLexicon {
    /// The class of `word` as a cue; `class` is its [`WordClass`].
    fn class(&self, word: &str, class: WordClass) -> Option<CueClass> {
        class.cue_class().or_else(|| {
            (!self.extra.is_empty() && self.extra.contains(&word.to_lowercase()))
                .then_some(CueClass::Speech)
        })
    }
}

/// A speaker tag: which mention speaks, through which cue token.
#[derive(Clone, Copy, Debug)]
struct Tag {
    mention: usize,
    cue: usize,
    /// The token after the tag.
    end: usize,
}

struct Sieve<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    /// `seg`'s tokens and their classes, held here so that the helpers
    /// asked of every token (is_word, class, bytes…) read them in one load
    /// from the sieve, not two through `seg`.
    tokens: &'a [Token],
    classes: &'a [WordClass],
    /// `mentions.mentions`, held here for the same reason.
    mention_list: &'a [Mention],
    quotes: &'a [QuotedSpan],
    mentions: &'a Mentions,
    cues: &'a CueLexicon,
    /// Whether `cues` holds cues of the caller's (read once here: every
    /// word asked about as a cue asks it).
    extra_cues: bool,
    /// How the document reads: news or fiction (never `Detect`).
    genre: Genre,
    /// The caller's known speakers (a novel's cast), by the names they go
    /// by.
    cast: &'a Cast<'a>,
    /// `words_before[i]`: how many word tokens precede token `i`, modulo
    /// 2³², so that the words of any range of fewer than 2³² words (every
    /// range the rules ask about) are counted in constant time, at four
    /// bytes a token, however long the text.
    words_before: Vec<u32>,
    /// The quotation tokens, in order (noted by the same pass).
    quote_tokens: Vec<usize>,
    /// `quoted_before[q]`: the bytes of the first `q` quotation tokens.
    quoted_before: Vec<usize>,
    /// `mention_starts[t]`: the first mention whose first token is `t`
    /// ([`NO_MENTION`] for none), so that [`Sieve::mention_starting_at`]
    /// and [`Sieve::mentions_within`] mostly answer without a search
    /// ([`TO_SEARCH`] where the search must answer); `None` for too many
    /// mentions.
    mention_starts: Option<Vec<u32>>,
    /// `mention_ends[t]`: the mention that [`Mentions::ending_at`] finds
    /// for token `t` ([`NO_MENTION`] for none, [`TO_SEARCH`] where the
    /// search must answer), so that [`Sieve::mention_ending_at`] mostly
    /// answers without a search; `None` for too many mentions.
    mention_ends: Option<Vec<u32>>,
    /// Empty names to refill for speakers (see [`Scratch::spare_names`]).
    spare_names: RefCell<Vec<String>>,
}

/// No mention starts (in [`Sieve::mention_starts`]) or ends (in
/// [`Sieve::mention_ends`]) at this token.
/// (not u32::MAX: a value whose four bytes differ fills a table by a
/// vector loop, where one of equal bytes is a memset, whose `rep stosb`
/// takes a step per byte)
const NO_MENTION: u32 = u32::MAX - 1;

/// Each token's first mention, as [`Mentions::starting_at`] finds it (see
/// [`Sieve::mention_starts`]), when the mentions are few enough to be
/// numbered in a u32. The search answers the first mention starting at
/// `t` where the mentions starting before `t` all come before those
/// starting at or after it; a mention nested in an earlier one and
/// starting before it (The Wall Street Journal's deputy editor, after
/// Wall Street Journal's) breaks that order for the tokens from its start
/// to the furthest start before it, which are left to the search
/// ([`TO_SEARCH`]), as in [`mention_ends`]. (One such mention in a long
/// document no longer sends every other token to the search.)
/// (`starts` is a recycled buffer: cleared, its capacity kept.)
fn mention_starts(tokens: usize, mentions: &Mentions, starts: Vec<u32>) -> Option<Vec<u32>> {
    let ms = &mentions.mentions;
    if u32::try_from(ms.len()).map_or(true, |n| n >= TO_SEARCH) {
        return None;
    }
    let mut starts = reuse(starts, tokens);
    starts.resize(tokens, NO_MENTION);
    // (the furthest start of the mentions before; the tokens left to the
    // search, as ranges that may overlap, in order of end)
    let mut furthest = 0;
    let mut searched: Vec<std::ops::Range<usize>> = Vec::new();
    for (idx, m) in ms.iter().enumerate() {
        let start = m.tokens.start;
        if start < furthest {
            searched.push(start.min(tokens)..furthest.saturating_add(1).min(tokens));
        } else {
            furthest = start;
        }
        // (the first of several mentions at a token stays)
        if let Some(slot) = starts.get_mut(start) {
            if *slot == NO_MENTION {
                *slot = idx as u32;
            }
        }
    }
    mark_searched(&mut starts, &searched);
    Some(starts)
}

/// Marks the tokens of `searched` (ranges in order of end) as left to
/// the search ([`TO_SEARCH`]) in `table`. (Taken from the last back,
/// each token is marked once: the tokens from the lowest start so far up
/// to a range's end are marked already.)
fn mark_searched(table: &mut [u32], searched: &[std::ops::Range<usize>]) {
    let mut below = usize::MAX;
    for range in searched.iter().rev() {
        for slot in &mut table[range.start..range.end.min(below).max(range.start)] {
            *slot = TO_SEARCH;
        }
        below = below.min(range.start);
    }
}

/// How many tokens from a token [`Sieve::mentions_within`] looks for the
/// next mention's start in [`Sieve::mention_starts`] before it searches
/// (mentions are a few tokens apart; a walk bounded so, not by the text).
const NEAR_MENTION_TOKENS: usize = 16;

/// A token whose mention starting or ending there only the search of
/// [`Mentions::starting_at`] or [`Mentions::ending_at`] can tell (in
/// [`Sieve::mention_starts`] and [`Sieve::mention_ends`]).
const TO_SEARCH: u32 = u32::MAX - 2;

/// Each token's mention ending there, as [`Mentions::ending_at`] finds it
/// (see [`Sieve::mention_ends`]), when the mentions are few enough to be
/// numbered in a u32. The search finds, for token `t`, the first mention
/// ending past `t`, which must end right after `t` and start at or before
/// it: mention `j` for the tokens from the end of the mentions before it
/// up to its own. A mention nested in an earlier one (a Washington Post
/// poll, Washington Post) ends before it, and the tokens between the two
/// ends are left to the search ([`TO_SEARCH`]), which meets the two out
/// of order there.
/// (`ends` is a recycled buffer: cleared, its capacity kept.)
fn mention_ends(tokens: usize, mentions: &Mentions, ends: Vec<u32>) -> Option<Vec<u32>> {
    let ms = &mentions.mentions;
    if u32::try_from(ms.len()).map_or(true, |n| n >= TO_SEARCH) {
        return None;
    }
    let mut ends = reuse(ends, tokens);
    ends.resize(tokens, NO_MENTION);
    // (the furthest end of the mentions before)
    let mut furthest = 0;
    // (the tokens left to the search, as ranges that may overlap, in
    // order of end)
    let mut searched: Vec<std::ops::Range<usize>> = Vec::new();
    for (idx, m) in ms.iter().enumerate() {
        let end = m.tokens.end;
        if end > furthest {
            let last = end - 1;
            if m.tokens.start <= last {
                if let Some(slot) = ends.get_mut(last) {
                    *slot = idx as u32;
                }
            }
            furthest = end;
        } else if end < furthest {
            searched.push(end.min(tokens)..furthest.min(tokens));
        }
    }
    // (the ranges end in order, the furthest last)
    mark_searched(&mut ends, &searched);
    Some(ends)
}

/// The quotations decided so far by pass 3 of [`Sieve::run`].
struct Decided {
    /// Their decisions, in order.
    quoted: Vec<Quote>,
    /// The last quotation with a speaker, by its index in `quoted`, with
    /// its paragraph and sentence.
    last_speaker: Option<(usize, usize, usize)>,
    /// The next quotation's number.
    next: usize,
}

/// The tokens past which [`Sieve::run`] walks the sentences once for the
/// passes over quotations and reports together, not once for each: a
/// document too long for the processor's caches (about 600 KB of text),
/// where each pass would read its tables again from memory. (In a shorter
/// one, a pass at a time keeps its code in the caches instead.)
const TOGETHER_TOKENS: usize = 1 << 17;

/// What the sieve decided for one document.
pub(crate) struct Sieved {
    /// Every quote (quoted and reported), in order of start.
    pub(crate) quotes: Vec<Quote>,
    /// The pronoun mentions that a conversation resolved to another
    /// entity than the mentions stage did.
    pub(crate) moved: Vec<MovedMention>,
    /// In fiction, where the lines say names of two words or more
    /// (capitalised runs: Hercule Poirot), in order; else empty.
    pub(crate) said_in_lines: Vec<Span>,
}

/// The sieve's recycled per-document tables (see
/// [`Workspace`](crate::Workspace)): empty between documents, their
/// capacity kept. [`apply`] takes them out and puts them back.
#[derive(Default)]
pub(crate) struct Scratch {
    // (the sieve's own tables: `Sieve::words_before` and the others)
    words_before: Vec<u32>,
    quote_tokens: Vec<usize>,
    quoted_before: Vec<usize>,
    mention_starts: Vec<u32>,
    mention_ends: Vec<u32>,
    // (the tables of `Sieve::run`)
    quote_sentence: Vec<(usize, usize)>,
    tag_cues: TokenSet,
    tags: Vec<Option<(Tag, Rule)>>,
    tag_speaker: Vec<Option<usize>>,
    reports: Vec<Quote>,
    report_candidates: Vec<usize>,
    report_ranges: Vec<std::ops::Range<usize>>,
    nested: Vec<bool>,
    /// The names of the speakers of results given back
    /// ([`Scratch::give_back_names`]), emptied, refilled for the next
    /// documents' speakers instead of allocated afresh.
    spare_names: Vec<String>,
    /// The most quotes a document here had: the spare names kept are at
    /// most as many.
    most: usize,
    /// Empty lists of quotes (the lists of results given back, and the
    /// sieve's own list of quotations once merged), their memory kept:
    /// at most [`QUOTE_LISTS`], taken for a document's lists instead of
    /// allocated afresh (see [`Scratch::quote_list`]).
    quote_lists: Vec<Vec<Quote>>,
    /// Whether [`Sieve::run`] walks the sentences once for its passes
    /// over quotations and reports, whatever the document's length (not
    /// by [`TOGETHER_TOKENS`]): for the test that both walks decide alike.
    #[cfg(test)]
    walk_together: Option<bool>,
}

/// The most empty lists of quotes a [`Scratch`] keeps: one for the
/// quotations, one for the merged result.
const QUOTE_LISTS: usize = 2;

impl Scratch {
    /// Keeps the speakers' names of the quotes of a result the caller is
    /// done with, for their memory, emptied (so that no text is kept
    /// between documents), up to the most quotes a document here had.
    /// The list itself is kept too, emptied, for a later document's
    /// quotes.
    pub(crate) fn give_back_names(&mut self, mut quotes: Vec<Quote>) {
        for quote in quotes.drain(..) {
            if self.spare_names.len() >= self.most {
                break;
            }
            if let Some(Speaker { mut name, .. }) = quote.speaker {
                name.clear();
                self.spare_names.push(name);
            }
        }
        self.keep_quote_list(quotes);
    }

    /// An empty list of quotes with room for `capacity`: one kept, or a
    /// new one.
    fn quote_list(&mut self, capacity: usize) -> Vec<Quote> {
        reuse(self.quote_lists.pop().unwrap_or_default(), capacity)
    }

    /// Keeps the memory of `list` (emptied) for a later
    /// [`quote_list`](Scratch::quote_list), if fewer than [`QUOTE_LISTS`]
    /// are kept.
    fn keep_quote_list(&mut self, list: Vec<Quote>) {
        if self.quote_lists.len() < QUOTE_LISTS && list.capacity() > 0 {
            self.quote_lists.push(reuse(list, 0));
        }
    }
}

/// Runs the sieve over one document, with the tables of `scratch`.
#[allow(clippy::too_many_arguments)] // (the stages, and the buffers)
pub(crate) fn apply(
    text: &str,
    seg: &Segmentation,
    quotes: &[QuotedSpan],
    mentions: &Mentions,
    cues: &CueLexicon,
    genre: Genre,
    cast: &Cast<'_>,
    scratch: &mut Scratch,
) -> Sieved {
    let sieve = Sieve::new(text, seg, quotes, mentions, cues, genre, cast, scratch);
    let sieved = sieve.run(scratch);
    scratch.most = scratch.most.max(sieved.quotes.len());
    scratch.spare_names = sieve.spare_names.into_inner();
    // (the sieve's own tables back, empty)
    scratch.words_before = reuse(sieve.words_before, 0);
    scratch.quote_tokens = reuse(sieve.quote_tokens, 0);
    scratch.quoted_before = reuse(sieve.quoted_before, 0);
    if let Some(starts) = sieve.mention_starts {
        scratch.mention_starts = reuse(starts, 0);
    }
    if let Some(ends) = sieve.mention_ends {
        scratch.mention_ends = reuse(ends, 0);
    }
    sieved
}

impl<'a> Sieve<'a> {
    /// A sieve over one document's stages, its tables taken from
    /// `scratch`.
    #[allow(clippy::too_many_arguments)] // (the stages, and the buffers)
    fn new(
        text: &'a str,
        seg: &'a Segmentation,
        quotes: &'a [QuotedSpan],
        mentions: &'a Mentions,
        cues: &'a CueLexicon,
        genre: Genre,
        cast: &'a Cast<'a>,
        scratch: &mut Scratch,
    ) -> Sieve<'a> {
        // (running counts, filled by one pass over a table of the right
        // length: a loop here, where the count stays in a register, as it
        // would not in a closure of `extend`; the table is first filled
        // with ones, not zeros, as `mention_starts` is with `NO_MENTION`:
        // by a vector loop, not by a memset's `rep stosb`)
        let tokens = &seg.tokens;
        let mut words_before = reuse(take(&mut scratch.words_before), tokens.len() + 1);
        words_before.resize(tokens.len() + 1, 1);
        let mut words = 0u32;
        let mut quote_tokens = reuse(take(&mut scratch.quote_tokens), quotes.len());
        let mut quoted_before = reuse(take(&mut scratch.quoted_before), quotes.len() + 1);
        quoted_before.push(0);
        let mut quoted = 0;
        // (four tokens at a time: their counts, then one test of whether
        // any of them is a quotation, which few runs of four hold; then the
        // tokens past the last four)
        let mut count = |run: &[Token], slots: &mut [u32]| {
            // (the kinds' codes or'ed: a quotation's alone has bit 2)
            let mut kinds = 0u8;
            for (token, slot) in run.iter().zip(slots) {
                *slot = words;
                let kind = match token.kind {
                    TokenKind::Word => 0,
                    TokenKind::Punct => 1,
                    TokenKind::Quote(_) => 2,
                };
                // (words and punctuation alternate as the text goes: the
                // count is added to, not branched on)
                words = words.wrapping_add(u32::from(kind == 0));
                kinds |= kind;
            }
            kinds & 2 != 0
        };
        let mut note_quotes = |first: usize, run: &[Token]| {
            for (t, token) in (first..).zip(run) {
                if let TokenKind::Quote(_) = token.kind {
                    quoted += token.span.len();
                    quoted_before.push(quoted);
                    quote_tokens.push(t);
                }
            }
        };
        let fours = tokens.chunks_exact(4);
        let rest = fours.remainder();
        let (four_slots, rest_slots) = words_before.split_at_mut(tokens.len() - rest.len());
        for ((first, run), slots) in (0..)
            .step_by(4)
            .zip(fours)
            .zip(four_slots.chunks_exact_mut(4))
        {
            if count(run, slots) {
                note_quotes(first, run);
            }
        }
        if count(rest, rest_slots) {
            note_quotes(tokens.len() - rest.len(), rest);
        }
        words_before[tokens.len()] = words;
        Sieve {
            text,
            seg,
            tokens,
            classes: &seg.classes,
            mention_list: &mentions.mentions,
            quotes,
            mentions,
            cues,
            extra_cues: !cues.extra.is_empty(),
            genre,
            cast,
            words_before,
            quote_tokens,
            quoted_before,
            mention_starts: mention_starts(
                seg.tokens.len(),
                mentions,
                take(&mut scratch.mention_starts),
            ),
            mention_ends: mention_ends(seg.tokens.len(), mentions, take(&mut scratch.mention_ends)),
            spare_names: RefCell::new(take(&mut scratch.spare_names)),
        }
    }
}

impl<'a> Sieve<'a> {
    /// The mention whose last token is `token`, if any: what
    /// [`Mentions::ending_at`] answers, read from
    /// [`mention_ends`](Sieve::mention_ends).
    #[inline]
    fn mention_ending_at(&self, token: usize) -> Option<usize> {
        match &self.mention_ends {
            Some(ends) => match ends.get(token) {
                Some(&TO_SEARCH) => self.mentions.ending_at(token),
                Some(&m) if m != NO_MENTION => Some(m as usize),
                _ => None,
            },
            None => self.mentions.ending_at(token),
        }
    }

    /// The mention whose first token is `token`, if any: what
    /// [`Mentions::starting_at`] answers, read from
    /// [`mention_starts`](Sieve::mention_starts).
    #[inline]
    fn mention_starting_at(&self, token: usize) -> Option<usize> {
        match &self.mention_starts {
            // (in order of start, the search finds the first mention at
            // `token`, as the table holds; past the tokens, none)
            Some(starts) => match starts.get(token) {
                Some(&TO_SEARCH) => self.mentions.starting_at(token),
                Some(&m) if m != NO_MENTION => Some(m as usize),
                _ => None,
            },
            None => self.mentions.starting_at(token),
        }
    }

    /// The mentions whose tokens lie in `tokens`, as a range of indices:
    /// what [`Mentions::within`] answers, read from
    /// [`mention_starts`](Sieve::mention_starts) where a mention starts
    /// near each end (whose searches, over all the mentions of a long
    /// document, miss the cache step after step).
    pub(super) fn mentions_within(
        &self,
        tokens: &std::ops::Range<usize>,
    ) -> std::ops::Range<usize> {
        match (
            self.first_mention_from(tokens.start),
            self.first_mention_from(tokens.end),
        ) {
            (Some(a), Some(b)) => a..b.max(a),
            _ => self.mentions.within(tokens),
        }
    }

    /// The first mention starting at or after token `t`, read from
    /// [`mention_starts`](Sieve::mention_starts) when one starts within a
    /// few tokens of `t` ([`NEAR_MENTION_TOKENS`]): the search's answer,
    /// where the mentions before it all start before `t`. `None` where
    /// the table cannot tell (then only the search can).
    pub(super) fn first_mention_from(&self, t: usize) -> Option<usize> {
        let near = self
            .mention_starts
            .as_ref()?
            .get(t..)?
            .iter()
            .take(NEAR_MENTION_TOKENS);
        match near.copied().find(|&m| m != NO_MENTION)? {
            TO_SEARCH => None,
            m => Some(m as usize),
        }
    }

    #[inline(always)]
    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].span.as_str(self.text)
    }

    /// The bytes of token `i`, to compare with a word (cheaper than
    /// [`word`](Sieve::word): [`Span::bytes`]).
    #[inline(always)]
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.tokens[i].span.bytes(self.text)
    }

    /// Whether token `i` is a subordinator ([`lexicon::is_subordinator`]):
    /// its class bit first, which every subordinator has and most words
    /// lack, then its bytes against the list.
    fn subordinator_at(&self, i: usize) -> bool {
        self.class(i).links_clauses() && lexicon::is_subordinator(self.bytes(i))
    }

    /// [`starts_upper`] of token `i`, read from its first byte when that
    /// is an ASCII letter or digit (most words), without cutting the
    /// word out of the text.
    fn starts_upper_at(&self, i: usize) -> bool {
        match self.bytes(i).first() {
            Some(b) if b.is_ascii_alphanumeric() => b.is_ascii_uppercase(),
            _ => starts_upper(self.word(i)),
        }
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        // (the token's bytes, without asking whether its ends are on char
        // boundaries: equal to `p`'s, they are)
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Punct
                && self.text.as_bytes().get(t.span.range()) == Some(p.as_bytes())
        })
    }

    fn is_quote(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
    }

    /// What the word lists say about token `i`.
    fn class(&self, i: usize) -> WordClass {
        self.classes[i]
    }

    /// The word class of token `i`, or no class past the last token.
    fn class_at(&self, i: usize) -> WordClass {
        self.classes.get(i).copied().unwrap_or_default()
    }

    // (always inlined: most words are no cue, and answer before a call)
    #[inline(always)]
    fn cue(&self, i: usize) -> Option<CueClass> {
        if !self.is_word(i) {
            return None;
        }
        self.word_cue(i)
    }

    /// [`cue`](Sieve::cue) of token `i`, which the caller knows to be a
    /// word: its class first, and its token not read for most (in a long
    /// document, a cache miss for each).
    #[inline(always)]
    fn word_cue(&self, i: usize) -> Option<CueClass> {
        // (most words are in no list of cues: their letters need no look)
        if self.class(i).cue_class().is_none() && !self.extra_cues {
            // (in fiction, a verb of dialogue is a verb of saying: Mrs.
            // Bennet instantly answered, “…”)
            return self.dialogue_cue(self.class(i));
        }
        self.listed_cue(i)
    }

    /// [`cue`](Sieve::cue) of a word in a list of cues (or of any word,
    /// when the caller added cues).
    #[inline(never)]
    fn listed_cue(&self, i: usize) -> Option<CueClass> {
        // (most are a lower-case word that the lists class, other than
        // "states": its class answers, as the tests of
        // `cue_of_other_word` would, without them)
        let class = self.class(i);
        if let (Some(listed), Some(b'a'..=b'z')) = (class.cue_class(), self.bytes(i).first()) {
            if self.bytes(i) != b"states" {
                return Some(self.dialogue_cue(class).unwrap_or(listed));
            }
        }
        self.cue_of_other_word(i)
    }

    /// In fiction, a verb of dialogue is one of saying, whatever else the
    /// lists make of it (“…” echoed Dolly): [`CueClass::Speech`] for a
    /// word of class `class` there.
    #[inline(always)]
    fn dialogue_cue(&self, class: WordClass) -> Option<CueClass> {
        (self.genre == Genre::Fiction && class.is_dialogue_verb()).then_some(CueClass::Speech)
    }

    /// [`listed_cue`](Sieve::listed_cue) of a word that its class does not
    /// answer for at once.
    #[inline(never)]
    fn cue_of_other_word(&self, i: usize) -> Option<CueClass> {
        // (the word's bytes, and its first letter's case from its first
        // byte when that is ASCII: the word is cut out of the text as a
        // string only for a caller's cue or another first letter)
        let w = self.bytes(i);
        let upper = match w.first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.word(i).chars().next().is_some_and(char::is_uppercase),
        };
        if upper
            && w != b"Said"
            && w != b"Says"
            && !self.headline_verb(i)
            && !self.opens_inverted_tag(i)
        {
            return None;
        }
        if w == b"states" && !self.states_is_verb(i) {
            return None;
        }
        let class = self.class(i);
        if let Some(speech) = self.dialogue_cue(class) {
            return Some(speech);
        }
        class
            .cue_class()
            .or_else(|| self.cues.class(self.word(i), class))
    }

    /// Whether "states" at token `i` is the verb: it is mostly a noun (four
    /// states, the states that voted), a verb only before "that" or a
    /// punctuation mark (the report states that…, the document states, …)
    /// and after no number or determiner.
    fn states_is_verb(&self, i: usize) -> bool {
        let before_clause = (self.is_word(i + 1) && self.class(i + 1).is_that())
            || [":", ",", "."].iter().any(|p| self.is_punct(i + 1, p));
        let after_determiner = i > 0
            && self.is_word(i - 1)
            && (self.class(i - 1).is_source_determiner()
                || self.class(i - 1).is_quantity_word()
                || lexicon::is_number_word(self.word(i - 1)));
        before_clause && !after_determiner
    }

    /// Whether the capitalised word at token `i` opens its sentence as an
    /// inverted tag before a name: Stated Stone: / Added Sanders, “…”
    // (never inlined, nor is headline_verb: asked of capitalised cues
    // alone, they would swell `listed_cue`, which every cue asks)
    #[inline(never)]
    fn opens_inverted_tag(&self, i: usize) -> bool {
        self.mention_starting_at(i + 1)
            .is_some_and(|m| self.mention_list[m].kind == MentionKind::Name)
            && self.seg.sentences[self.sentence_of(i)].tokens.start == i
    }

    /// Whether the capitalised word at token `i` is the verb of a headline
    /// in title case, right after a name: Obama Claims Hillary Most
    /// Qualified…, Ben Carson Slams Hillary And The Media. (A sentence of
    /// more than [`HEADLINE_TOKENS`] tokens is no headline.)
    #[inline(never)]
    fn headline_verb(&self, i: usize) -> bool {
        let ends_name = i > 0
            && self.mention_ending_at(i - 1).is_some_and(|m| {
                let m = &self.mention_list[m];
                m.kind == MentionKind::Name && !m.possessive
            });
        if !ends_name {
            return false;
        }
        let sentence = &self.seg.sentences[self.sentence_of(i)];
        // (a headline is short: a longer sentence is none, and is not
        // counted, so that a sentence of thousands of names costs no more
        // per name than a short one; nor is one inside its paragraph)
        if sentence.tokens.len() > HEADLINE_TOKENS || !self.opens_paragraph(sentence.tokens.start) {
            return false;
        }
        let (mut words, mut capitalised) = (0, 0);
        for k in sentence.tokens.clone() {
            if self.is_word(k) {
                words += 1;
                capitalised += usize::from(self.starts_upper_at(k));
            }
        }
        words >= 4 && capitalised * 4 >= words * 3
    }

    /// Whether the quote at token `t` stands inside a subordinate clause
    /// that opens its sentence (When…, After…, Although…), with words of
    /// that clause before it.
    fn in_leading_subordinate(&self, t: usize, from: usize) -> bool {
        // (whether it is a subordinator asked first: its class says so
        // of most words)
        t > from + 1
            && self.is_word(from)
            && self.subordinator_at(from)
            && self.starts_upper_at(from)
            && !(from + 1..t).any(|i| self.is_punct(i, ",") || self.is_quote(i))
    }

    fn speech_cue(&self, i: usize) -> bool {
        self.cue(i) == Some(CueClass::Speech)
    }

    fn speaker(&self, mention: usize) -> Speaker {
        let m = &self.mention_list[mention];
        // (a relative "who" that refers to nobody named is named by the
        // words of its head: a campaign surrogate who said…)
        let head = (m.entity.is_none() && m.span.bytes(self.text) == b"who")
            .then(|| mentions::relative_head_words(self.text, self.seg, m.tokens.start))
            .flatten();
        let own_name = || match head {
            Some(head) => head.as_str(self.text),
            None => self.mentions.name_str(self.text, mention),
        };
        // (in an empty name given back, if there is one)
        let spare = self.spare_names.borrow_mut().pop();
        let name = match spare {
            Some(mut name) => {
                name.push_str(own_name());
                name
            }
            None => own_name().to_string(),
        };
        Speaker {
            name,
            mention: m.span,
            entity: m.entity,
        }
    }

    /// A copy of `speaker` for another quote, its name written into an
    /// empty name given back if there is one (as [`speaker`](Sieve::speaker)
    /// writes them), not allocated afresh.
    fn copy_of(&self, speaker: &Speaker) -> Speaker {
        let spare = self.spare_names.borrow_mut().pop();
        let name = match spare {
            Some(mut name) => {
                name.push_str(&speaker.name);
                name
            }
            None => speaker.name.clone(),
        };
        Speaker {
            name,
            mention: speaker.mention,
            entity: speaker.entity,
        }
    }

    /// Keeps the name of `quote`'s speaker, emptied, for a later speaker
    /// (see [`speaker`](Sieve::speaker)), as the quote is dropped: a report
    /// left out is not freed here to be allocated again for the next.
    fn give_back_name(&self, quote: &mut Quote) {
        if let Some(speaker) = quote.speaker.as_mut() {
            let mut name = take(&mut speaker.name);
            name.clear();
            self.spare_names.borrow_mut().push(name);
        }
    }

    /// Whether the speaker tag `tag` after a quotation leads into another
    /// quotation within a few words, before `end` (X said, “…” He replied
    /// in a sad voice, “…”): such a tag introduces the next quotation.
    fn leads_into_quote(&self, tag: Tag, end: usize) -> bool {
        (tag.end..end.min(tag.end + 12))
            .take_while(|&i| !self.is_punct(i, "."))
            .any(|i| self.is_quote(i))
    }

    /// Whether token `t` is the first of its paragraph.
    fn opens_paragraph(&self, t: usize) -> bool {
        let s = self.sentence_of(t);
        s < self.seg.sentences.len()
            && self.seg.sentences[s].tokens.start == t
            && (s == 0 || self.seg.sentences[s - 1].paragraph != self.seg.sentences[s].paragraph)
    }

    /// The first token of paragraph `paragraph` (of its first sentence at
    /// or after it, if it has none), or `None` past the last sentence.
    fn paragraph_start(&self, paragraph: usize) -> Option<usize> {
        let sentences = &self.seg.sentences;
        sentences
            .get(sentences.partition_point(|s| s.paragraph < paragraph))
            .map(|s| s.tokens.start)
    }

    /// The index of the sentence holding token `t`.
    fn sentence_of(&self, t: usize) -> usize {
        self.seg.sentences.partition_point(|s| s.tokens.end <= t)
    }

    fn sentence_words(&self, tokens: std::ops::Range<usize>) -> usize {
        if tokens.end <= tokens.start {
            return 0;
        }
        // (the counts wrap past 2³² words; the difference does not)
        self.words_before[tokens.end].wrapping_sub(self.words_before[tokens.start]) as usize
    }

    /// Whether `tokens` hold at least `n` words. (Read off the table of
    /// running counts, as [`sentence_words`](Sieve::sentence_words) is:
    /// a count that walked its range would make a long sentence's many
    /// questions quadratic.)
    fn has_words(&self, tokens: std::ops::Range<usize>, n: usize) -> bool {
        self.sentence_words(tokens) >= n
    }

    /// Pass 1 for the quotation `quote_sentence[n]` (its token, its
    /// sentence), where `n` is the number of quotations tagged before it,
    /// whose tags are `tags`: its tag, if any, and the rule that found it.
    /// (Its tag's cue lies in its sentence, the next, or, where the
    /// quotation opens its sentence, the one before: see `run`.)
    fn tag_of(
        &self,
        quote_sentence: &[(usize, usize)],
        tags: &[Option<(Tag, Rule)>],
    ) -> Option<(Tag, Rule)> {
        let (t, s) = quote_sentence[tags.len()];
        let sentence = &self.seg.sentences[s];
        let content = self.tokens[t].span.as_str(self.text);
        let comma_quote = ends_in_comma_mark(content) || self.is_punct(t + 1, ",");
        // (in fiction, a quotation that breaks off is tagged as after a
        // comma, by a verb of speaking or of starting to speak, or by a
        // subject and a bare past-tense verb closing the sentence: not
        // “If you please, sir--” The Rabbit started violently)
        let broken_off = !comma_quote && self.genre == Genre::Fiction && breaks_off(content);
        // A quote that ran over paragraphs ends in a later paragraph,
        // whose first sentence holds its tag: “…⏎⏎“…,” he said. (Not a
        // quote that merely runs over lines of one paragraph: the
        // sentence after “….” He handed her a switch. is narration.)
        // (the quote's own lines asked last: the longest to read)
        let mut tag_end = sentence.tokens.end;
        if t + 1 == sentence.tokens.end {
            if let Some(next) = self.seg.sentences.get(s + 1) {
                let gap = self.tokens[t].span.end
                    ..self
                        .seg
                        .tokens
                        .get(t + 1)
                        .map_or(self.tokens[t].span.end, |tok| tok.span.start);
                if next.tokens.start == t + 1
                    && next.paragraph != sentence.paragraph
                    && !self.text[gap].contains('\n')
                    && content.contains('\n')
                {
                    tag_end = next.tokens.end;
                }
            }
        }
        // (what X called “…”, a clip that X called “…”: the one who
        // names it comes first, whatever follows)
        let tag = self
            .naming_right_before(t, sentence.tokens.start)
            .map(|tag| (tag, Rule::TagThenQuote))
            .or_else(|| {
                // (a quote inside a leading subordinate clause is not
                // tagged by the main clause after it: When Trump said he
                // would “protect our citizens,” the crowd applauded)
                if self.in_leading_subordinate(t, sentence.tokens.start) {
                    return None;
                }
                let after = self
                    .tag_at(t + 1, tag_end, comma_quote || broken_off)
                    .filter(|tag| {
                        !broken_off
                            || self.speech_cue(tag.cue)
                            || lexicon::is_fiction_tag_verb(self.word(tag.cue))
                            || self.subject_verb_closes(*tag, tag_end)
                    })?;
                // (in fiction, a lead-in tag right before the quote
                // beats a tag after it that introduces the next quote
                // (X said, “…?” he said, “Thank you.”) or follows a
                // quote that the sentence opens with its lead-in; not
                // the second half of an interrupted quote, “…,” X
                // began, “…,” he added)
                if self.genre == Genre::Fiction
                    && (self.leads_into_quote(after, tag_end)
                        || !(sentence.tokens.start..t).any(|i| self.is_quote(i)))
                {
                    if let Some(before) = self.tag_before(t, sentence.tokens.start) {
                        return Some((before, Rule::TagThenQuote));
                    }
                }
                Some((after, Rule::QuoteThenTag))
            })
            .or_else(|| {
                self.tag_before(t, sentence.tokens.start)
                    .map(|tag| (tag, Rule::TagThenQuote))
            })
            .or_else(|| {
                self.tag_in_next_sentence(s, t)
                    .map(|tag| (tag, Rule::TagInNextSentence))
            })
            .or_else(|| {
                self.floor_taken_before(t, s)
                    .map(|tag| (tag, Rule::TagThenQuote))
            });
        // “Q1,” said X, a senior fellow, “Q2.” — the tag between two
        // quotes of one sentence serves both.
        tag.or_else(|| {
            let prev = tags.len().checked_sub(1)?;
            let (pt, ps) = quote_sentence[prev];
            let (ptag, rule) = tags[prev]?;
            let interrupted = ps == s
                && rule == Rule::QuoteThenTag
                && pt < ptag.cue
                && t.saturating_sub(ptag.end) <= APPOSITIVE_TOKENS
                && (ptag.end..t).all(|i| !self.speech_cue(i) && !self.is_quote(i));
            interrupted.then_some((ptag, Rule::TagThenQuote))
        })
    }

    /// Pass 1 for the quotations of the sentences up to `last` not tagged
    /// yet: their tags pushed on `tags`, their cues noted in `tag_cues`,
    /// and each sentence's first tagged speaker in `tag_speaker`. (No cue
    /// lies before token `reported`, whose sentences' reports are found.)
    fn tag_quotes_through(
        &self,
        last: usize,
        reported: usize,
        quote_sentence: &[(usize, usize)],
        tags: &mut Vec<Option<(Tag, Rule)>>,
        tag_cues: &mut TokenSet,
        tag_speaker: &mut [Option<usize>],
    ) {
        while let Some(&(_, qs)) = quote_sentence
            .get(tags.len())
            .filter(|&&(_, qs)| qs <= last)
        {
            let tag = self.tag_of(quote_sentence, tags);
            if let Some((tag, _)) = tag {
                debug_assert!(tag.cue >= reported, "a cue in a sentence reported");
                tag_cues.insert(tag.cue);
                tag_speaker[qs].get_or_insert(tag.mention);
            }
            tags.push(tag);
        }
    }

    /// Pass 3 for the quotations of the sentences up to `last` not decided
    /// yet, whose reports are found (`reports`, by `report_ranges`).
    fn decide_quotes_through(
        &self,
        last: usize,
        quote_sentence: &[(usize, usize)],
        tags: &[Option<(Tag, Rule)>],
        reports: &[Quote],
        report_ranges: &[std::ops::Range<usize>],
        decided: &mut Decided,
    ) {
        while let Some(&(t, s)) = quote_sentence
            .get(decided.next)
            .filter(|&&(_, qs)| qs <= last)
        {
            let n = decided.next;
            decided.next += 1;
            let TokenKind::Quote(qi) = self.tokens[t].kind else {
                continue;
            };
            let q = self.quotes[qi];
            let quoted = &mut decided.quoted;
            let last: Option<decide::LastSpeaker<'_>> = decided
                .last_speaker
                .and_then(|(i, para, ls)| Some((quoted[i].speaker.as_ref()?, para, ls)));
            let quote = self.decide(
                t,
                s,
                q,
                tags[n],
                &reports[report_ranges[s].clone()],
                last.as_ref(),
            );
            if quote.speaker.is_some() {
                decided.last_speaker = Some((quoted.len(), self.seg.sentences[s].paragraph, s));
            } else if quote.kind == QuoteKind::Direct {
                // An unattributed quotation breaks the chain of speakers.
                decided.last_speaker = None;
            }
            quoted.push(quote);
        }
    }

    /// Runs the passes, with the tables of `scratch` (given back empty).
    fn run(&self, scratch: &mut Scratch) -> Sieved {
        // Pass 1: tags of quotations, so that their cues are not taken for
        // reported speech.
        // (token, sentence), one per top-level quote
        // (the quotation tokens noted with the counts, each in the sentence
        // that holds it, found walking on: the sentences are in order)
        let mut quote_sentence = reuse(take(&mut scratch.quote_sentence), self.quote_tokens.len());
        let sentences = &self.seg.sentences;
        let mut s = 0;
        for &t in &self.quote_tokens {
            while s < sentences.len() && sentences[s].tokens.end <= t {
                s += 1;
            }
            if sentences
                .get(s)
                .is_some_and(|sentence| sentence.tokens.start <= t)
            {
                quote_sentence.push((t, s));
            }
        }
        let mut tag_cues = take(&mut scratch.tag_cues);
        tag_cues.reset(self.tokens.len());
        let mut tags = reuse(take(&mut scratch.tags), quote_sentence.len());
        // The speaker of the first tagged quotation of each sentence, for
        // participles (“…,” Rutte said, adding that…).
        let mut tag_speaker = reuse(take(&mut scratch.tag_speaker), self.seg.sentences.len());
        tag_speaker.resize(self.seg.sentences.len(), None);
        // Pass 1: the tags of the quotations, so that their cues are not
        // taken for reported speech.
        // Pass 2: reported speech, sentence by sentence; each sentence's
        // reports sorted by start, so that a quote finds its clause fast.
        // Pass 3: every quotation through the sieve, which needs its
        // sentence's reports only.
        // In a long document ([`TOGETHER_TOKENS`]), the three in one walk
        // over the sentences, each reading what the one before read, still
        // in the cache: a sentence's quotations decided right after its
        // reports are found, and tagged a sentence ahead of them. A
        // quotation's cue lies in its own sentence, the next (a tag in the
        // next sentence), or the one before (a verb that runs into the
        // quotation opening its sentence): the quotations of the sentences
        // up to the next are tagged before a sentence's reports are looked
        // for, and every cue in it is known.
        // (about one report in three sentences, more than one in two in
        // few documents)
        let mut reports = reuse(take(&mut scratch.reports), self.seg.sentences.len() / 2 + 4);
        let mut report_ranges = reuse(take(&mut scratch.report_ranges), self.seg.sentences.len());
        // (each sentence's candidates picked right before its reports are
        // looked for, which read the same tokens again: in a long document,
        // picked all first, they would be out of the cache by then)
        let mut candidates = take(&mut scratch.report_candidates);
        let mut next_head = 0;
        let fiction = self.genre == Genre::Fiction;
        let mut decided = Decided {
            quoted: scratch.quote_list(quote_sentence.len()),
            last_speaker: None,
            next: 0,
        };
        // (in a short document, each pass its own walk: the code of one
        // pass at a time stays in the processor's caches)
        let together = self.tokens.len() > TOGETHER_TOKENS;
        #[cfg(test)]
        let together = scratch.walk_together.unwrap_or(together);
        if !together {
            self.tag_quotes_through(
                usize::MAX,
                0,
                &quote_sentence,
                &mut tags,
                &mut tag_cues,
                &mut tag_speaker,
            );
        }
        for (s, sentence) in self.seg.sentences.iter().enumerate() {
            if together {
                let reported = sentence.tokens.start;
                self.tag_quotes_through(
                    s + 1,
                    reported,
                    &quote_sentence,
                    &mut tags,
                    &mut tag_cues,
                    &mut tag_speaker,
                );
            }
            let first = reports.len();
            let heads = self.seg.heads_in(sentence.tokens.clone(), &mut next_head);
            let picked = self.report_candidates(heads, &mut candidates);
            self.reported_speech(
                s,
                sentence,
                &candidates[..picked],
                &tag_cues,
                tag_speaker[s],
                &mut reports,
            );
            // (most sentences have no report or one: nothing to sort)
            if reports.len() > first + 1 {
                reports[first..].sort_by_key(|r| r.span.start);
            }
            report_ranges.push(first..reports.len());
            if together {
                self.decide_quotes_through(
                    s,
                    &quote_sentence,
                    &tags,
                    &reports,
                    &report_ranges,
                    &mut decided,
                );
            }
        }
        if !together {
            self.decide_quotes_through(
                usize::MAX,
                &quote_sentence,
                &tags,
                &reports,
                &report_ranges,
                &mut decided,
            );
        }
        let Decided { mut quoted, .. } = decided;
        // Pass 4: in fiction, untagged dialogue as turns of a conversation.
        let dialogue::Turns {
            moved,
            said_in_lines,
        } = if fiction {
            self.take_turns(&quote_sentence, &mut quoted)
        } else {
            dialogue::Turns {
                moved: Vec::new(),
                said_in_lines: Vec::new(),
            }
        };
        // A report inside another report's clause (Manafort said Trump
        // intends to…) is the outer source's account: the outer report
        // answers for those words, so the inner one is not reported apart.
        let mut nested = reuse(take(&mut scratch.nested), reports.len());
        nested.resize(reports.len(), false);
        for range in &report_ranges {
            for i in range.clone() {
                let r = &reports[i];
                if !matches!(r.rule, Rule::ReportedSpeech | Rule::ParticipleCue) {
                    continue;
                }
                let lo = range.start.max(i.saturating_sub(REPORTS_PER_QUOTE));
                let hi = range.end.min(i + 1 + REPORTS_PER_QUOTE);
                nested[i] = (lo..hi).any(|o| {
                    let outer = &reports[o];
                    o != i
                        && outer.span.contains(r.span)
                        && outer.span.len() > r.span.len()
                        && outer.speaker.is_some()
                });
            }
        }
        // A speaker is never inside the words attributed to them.
        let mut outer = nested.iter();
        reports.retain_mut(|r| {
            let inside = r
                .speaker
                .as_ref()
                .is_some_and(|sp| sp.mention.overlaps(r.content));
            let kept = !outer.next().copied().unwrap_or(false) && !inside;
            if !kept {
                self.give_back_name(r);
            }
            kept
        });
        // The quotes and the reports in order of span, the quotes first
        // where both have one span: as a stable sort of the two lists one
        // after the other orders them, and by a merge when each list is in
        // that order already (most documents). Without reports the quotes
        // stay where they are (a second list of every quote would double
        // the largest table of a long text).
        let order = |q: &Quote| (q.span.start, q.span.end);
        let mut out: Vec<Quote>;
        if reports.is_empty() {
            out = quoted;
            if !out.is_sorted_by_key(order) {
                out.sort_by_key(order);
            }
        } else if quoted.is_sorted_by_key(order) && reports.is_sorted_by_key(order) {
            out = scratch.quote_list(quoted.len() + reports.len());
            let mut reports = reports.drain(..);
            for q in quoted.drain(..) {
                while reports
                    .as_slice()
                    .first()
                    .is_some_and(|r| order(r) < order(&q))
                {
                    out.extend(reports.next());
                }
                out.push(q);
            }
            out.extend(reports);
            // (the quotations' list, emptied, kept for the next document)
            scratch.keep_quote_list(quoted);
        } else {
            out = quoted;
            out.append(&mut reports);
            out.sort_by_key(order);
        }
        // (two cues may report one clause: it is reported once, by the first)
        out.dedup_by(|later, first| {
            let again = later.kind == QuoteKind::Indirect
                && first.kind == later.kind
                && first.span == later.span;
            if again {
                self.give_back_name(later);
            }
            again
        });
        // (the tables back, empty)
        scratch.quote_sentence = reuse(quote_sentence, 0);
        scratch.tag_cues = tag_cues;
        scratch.tags = reuse(tags, 0);
        scratch.tag_speaker = reuse(tag_speaker, 0);
        scratch.reports = reuse(reports, 0);
        scratch.report_ranges = reuse(report_ranges, 0);
        scratch.report_candidates = reuse(candidates, 0);
        scratch.nested = reuse(nested, 0);
        Sieved {
            quotes: out,
            moved,
            said_in_lines,
        }
    }

    fn quote(
        &self,
        q: QuotedSpan,
        kind: QuoteKind,
        speaker: Option<Speaker>,
        cue: Option<usize>,
        rule: Rule,
    ) -> Quote {
        Quote {
            span: q.span,
            kind,
            speaker,
            content: q.content,
            cue: cue.map(|c| self.tokens[c].span),
            rule,
            confidence: rule.confidence(),
        }
    }
}

#[inline]
fn starts_upper(s: &str) -> bool {
    // (most words open with an ASCII letter or digit: nothing to pass over)
    if let Some(&b) = s.as_bytes().first().filter(|b| b.is_ascii_alphanumeric()) {
        return b.is_ascii_uppercase();
    }
    s.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether the last letter, digit, comma, exclamation or question mark or
/// dash of a quotation is one of those marks (“…,” / “…!” before its
/// closing marks and the rest): its tag follows as after a comma. (Read
/// back from the end, ASCII bytes as they are, other characters decoded.)
fn ends_in_comma_mark(content: &str) -> bool {
    let mut end = content.len();
    while let Some(&b) = content.as_bytes()[..end].last() {
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match content[..end].chars().next_back() {
                Some(c) => c,
                None => return false,
            }
        };
        if matches!(c, ',' | '!' | '?' | '—') {
            return true;
        }
        if scan::is_alphanumeric(c) {
            return false;
        }
        end -= c.len_utf8();
    }
    false
}

/// Whether a quotation's content breaks off (a double hyphen, a dash or
/// an ellipsis before its closing mark): in fiction its tag follows as
/// after a comma (“I knew Mrs. Walker--” Winterbourne began).
fn breaks_off(content: &str) -> bool {
    let body = content.trim_end_matches(|c: char| !scan::is_alphanumeric(c));
    let tail = &content[body.len()..];
    // (some texts lost their dashes to spaces: “Or ” Cassandra began)
    tail.contains("--")
        || tail.contains(['…', '–'])
        || tail.contains("...")
        || tail.contains(". .")
        || tail.contains(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Attributor, Workspace};

    /// The texts of `rel` under `../shared` (a JSON Lines file's `text`
    /// fields, or a plain text file's whole text), or none, with a note,
    /// when the file is missing outside CI (`CI=true`: a failure).
    fn shared_texts(rel: &str) -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared")
            .join(rel);
        let Ok(data) = std::fs::read_to_string(&path) else {
            assert!(
                std::env::var("CI").as_deref() != Ok("true"),
                "CI=true but {} is missing",
                path.display()
            );
            eprintln!("note: {} not found; skipping", path.display());
            return Vec::new();
        };
        if !rel.ends_with(".jsonl") {
            return vec![data];
        }
        data.lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| {
                let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
                doc["text"].as_str().expect("a text field").to_string()
            })
            .collect()
    }

    /// The sieve's two walks over the sentences (each pass its own walk,
    /// as for short documents; the passes together, as for long ones:
    /// [`TOGETHER_TOKENS`]) decide every quotation alike: on every rule's
    /// examples, the seed article, the news of polnear-dev, and the opening of each of three
    /// novels of pdnc-dev (about 100 KB each, to keep the test quick in a
    /// debug build).
    #[test]
    fn both_walks_over_the_sentences_decide_alike() {
        // (every rule's own examples, which the data need not hold)
        let mut texts: Vec<String> = Rule::ALL
            .iter()
            .flat_map(|rule| rule.examples())
            .map(|example| example.text.to_string())
            .collect();
        let examples = texts.len();
        texts.extend(shared_texts("seed/article.txt"));
        texts.extend(shared_texts("eval/polnear-dev.jsonl"));
        texts.extend(
            shared_texts("eval/pdnc-dev.jsonl")
                .into_iter()
                .take(3)
                .map(|novel| {
                    // (cut at a paragraph's end)
                    let cut = (0..=novel.len().min(100_000))
                        .rev()
                        .find(|&i| novel.is_char_boundary(i))
                        .unwrap_or(0);
                    let end = novel[..cut].rfind("\n\n").unwrap_or(cut);
                    novel[..end].to_string()
                }),
        );
        let attributor = Attributor::new();
        let (mut apart, mut together) = (Workspace::new(), Workspace::new());
        apart.sieve.walk_together = Some(false);
        together.sieve.walk_together = Some(true);
        let mut quotes = 0;
        for text in &texts {
            let one = attributor.attribute_in(text, &mut apart);
            let other = attributor.attribute_in(text, &mut together);
            let opening: String = text.chars().take(80).collect();
            assert_eq!(one, other, "the walks differ on {opening:?}…");
            quotes += one.quotes.len();
        }
        // (not a test of nothing, where the data is there)
        assert!(
            texts.len() == examples || quotes > 1000,
            "{quotes} quotations"
        );
    }

    /// Every rule's own examples: it fires with the right speaker on its
    /// positive examples and never fires on its negative ones.
    #[test]
    fn every_rule_passes_its_examples() {
        let attributor = Attributor::new();
        let mut failures = Vec::new();
        for rule in Rule::ALL {
            assert!(
                !rule.examples().is_empty(),
                "{} has no examples",
                rule.name()
            );
            for example in rule.examples() {
                let result = attributor.attribute(example.text);
                let fired: Vec<&Quote> = result.quotes.iter().filter(|q| q.rule == rule).collect();
                match example.speaker {
                    Some(want) => {
                        let ok = fired
                            .iter()
                            .any(|q| q.speaker.as_ref().map_or("", |s| s.name.as_str()) == want);
                        if !ok {
                            failures.push(format!(
                                "{} should fire with {want:?} on {:?}; got {:?}",
                                rule.name(),
                                example.text,
                                result
                                    .quotes
                                    .iter()
                                    .map(|q| (
                                        q.rule.name(),
                                        q.speaker.as_ref().map(|s| s.name.clone())
                                    ))
                                    .collect::<Vec<_>>()
                            ));
                        }
                    }
                    None => {
                        if !fired.is_empty() {
                            failures.push(format!(
                                "{} should not fire on {:?}",
                                rule.name(),
                                example.text
                            ));
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A line of dialogue that goes on after its tag and a semicolon or a
    /// dash is direct speech, though it opens in lower case; a fragment
    /// a tag runs into is partial.
    #[test]
    fn a_line_going_on_after_its_tag_is_direct() {
        let kinds = |text: &str, genre: Genre| -> Vec<(QuoteKind, Option<String>)> {
            let attributor = Attributor::builder()
                .genre(genre)
                .build()
                .expect("an attributor");
            attributor
                .attribute(text)
                .quotes
                .into_iter()
                .filter(|q| q.kind != QuoteKind::Indirect)
                .map(|q| (q.kind, q.speaker.map(|s| s.name)))
                .collect()
        };
        let sikes = Some("Sikes".to_string());
        assert_eq!(
            kinds(
                "“Now, then!” growled Sikes, as Oliver started up; “half-past five! Look sharp.”",
                Genre::Fiction
            ),
            [
                (QuoteKind::Direct, sikes.clone()),
                (QuoteKind::Direct, sikes.clone())
            ]
        );
        assert_eq!(
            kinds("Sikes said he was “very disappointed” by it.", Genre::News),
            [(QuoteKind::Partial, sikes)]
        );
    }

    /// A report inside a leading subordinate clause ends with that clause.
    #[test]
    fn a_report_in_a_leading_subordinate_clause_ends_at_its_comma() {
        let text = "When Ana Silva attacked a federal judge whose parents were born in Mexico, Hispanic Americans were outraged.";
        let result = Attributor::new().attribute(text);
        let report = result
            .quotes
            .iter()
            .find(|q| q.rule == Rule::ReportedSpeech)
            .expect("a report");
        assert_eq!(
            report.span.as_str(text),
            "a federal judge whose parents were born in Mexico"
        );
    }

    /// According to X, CLAUSE: the clause starts after the comma that
    /// closes the source's phrase, also when the clause is short, but an
    /// appositive after that comma is the source's, not a clause.
    #[test]
    fn according_to_reports_the_clause_after_the_source() {
        let report = |text: &str| {
            let result = Attributor::new().attribute(text);
            let quote = result
                .quotes
                .iter()
                .find(|q| q.rule == Rule::AccordingTo)
                .expect("a report")
                .clone();
            (
                quote.span.as_str(text).to_string(),
                quote.speaker.map(|s| s.mention.as_str(text).to_string()),
            )
        };
        assert_eq!(
            report(
                "According to a spokesman for the Treasury, the costs would be met from savings."
            ),
            (
                "the costs would be met from savings".to_string(),
                Some("a spokesman".to_string())
            )
        );
        assert_eq!(
            report(
                "The costs will rise, according to Paul Mensah, the council's finance director."
            ),
            (
                "The costs will rise".to_string(),
                Some("Paul Mensah".to_string())
            )
        );
    }

    /// A report holds only what was said: not the hearer of a verb of
    /// telling, a phrase of time or a parenthetical between the cue and
    /// the clause, nor the verb of saying after a subject that could be
    /// read as a verb.
    #[test]
    fn a_report_holds_only_what_was_said() {
        let spans = |text: &'static str| -> Vec<&'static str> {
            let result = Attributor::new().attribute(text);
            result.quotes.iter().map(|q| q.span.as_str(text)).collect()
        };
        assert_eq!(
            spans("She told reporters she was tired."),
            ["she was tired"]
        );
        assert_eq!(
            spans("Ana Silva told CNN on Monday the deal was off."),
            ["the deal was off"]
        );
        assert_eq!(
            spans("The ministry said Friday it would appeal."),
            ["it would appeal"]
        );
        assert_eq!(
            spans("Officials said last week the deal was off."),
            ["the deal was off"]
        );
        // (a plural that may be a verb, right before a plain verb of
        // saying, is its subject, no cue of its own)
        assert_eq!(
            spans("Press reports said the race was close."),
            ["the race was close"]
        );
        assert_eq!(
            spans("Abortion rights advocates said the ruling was wrong."),
            ["the ruling was wrong"]
        );
        // (a hearer's phrase may hold a possessive plural)
        assert_eq!(
            spans("Ana Silva complained to CBS News' Charlie Rose that the ad was unfair."),
            ["the ad was unfair"]
        );
        // (and a parenthetical after the cue or its time)
        assert_eq!(
            spans("Ana Silva said Monday, for example, that the deal was off."),
            ["the deal was off"]
        );
        // (but not a hearer whose phrase may go on past the mention: an
        // order includes the one ordered)
        assert_eq!(
            spans("He told Flint residents not to drink the water."),
            ["Flint residents not to drink the water"]
        );
    }

    /// A reported clause ends where another subject's report begins.
    #[test]
    fn a_clause_ends_before_another_report() {
        let text = "Most voters said the economy was weak, and a third said it was strong.";
        let result = Attributor::new().attribute(text);
        let first = result
            .quotes
            .iter()
            .find(|q| q.rule == Rule::ReportedSpeech)
            .expect("a report");
        assert_eq!(first.span.as_str(text), "the economy was weak");
        let text = "Ana Silva is highlighting her win in Iowa as she urges voters to unite.";
        let result = Attributor::new().attribute(text);
        let spans: Vec<&str> = result.quotes.iter().map(|q| q.span.as_str(text)).collect();
        assert_eq!(spans, ["her win in Iowa", "voters to unite"]);
        let text = "Most voters said the economy was weak, and prices were rising.";
        let result = Attributor::new().attribute(text);
        assert_eq!(
            result.quotes[0].span.as_str(text),
            "the economy was weak, and prices were rising"
        );
        // A participle's phrase set off after its subject ends before the
        // subject's own verb of saying.
        let text = "Ana Silva, citing the polls, said the candidate could win.";
        let result = Attributor::new().attribute(text);
        let spans: Vec<&str> = result.quotes.iter().map(|q| q.span.as_str(text)).collect();
        assert_eq!(spans, ["the polls", "the candidate could win"]);
        // A pronoun and a cue after "and" or "though" open a second report.
        // (each report's clause and its speaker's mention, as written)
        fn reports(text: &str) -> Vec<(&str, &str)> {
            let result = Attributor::new().attribute(text);
            result
                .quotes
                .iter()
                .map(|q| {
                    (
                        q.span.as_str(text),
                        q.speaker.as_ref().map_or("", |s| s.mention.as_str(text)),
                    )
                })
                .collect()
        }
        assert_eq!(
            reports("Fowler said the politics would be intense, and he noted that any change would come later."),
            [
                ("the politics would be intense", "Fowler"),
                ("any change would come later", "he")
            ]
        );
        // Another subject's report after "while" or "and" ends the first,
        // an appositive after the subject or not.
        let text = "Ives called the drop an overreaction, while Toni Sacconaghi, an analyst at Bernstein, wrote that it was sobering.";
        let result = Attributor::new().attribute(text);
        let spans: Vec<&str> = result.quotes.iter().map(|q| q.span.as_str(text)).collect();
        assert_eq!(spans, ["the drop an overreaction", "it was sobering"]);
        // A cue word before "but" or "and" reports nothing: a noun there
        // (the spending plans), and the verb after it is the subject's.
        assert_eq!(
            reports(
                "Union leaders welcomed the spending plans but said they did not go far enough."
            ),
            [
                ("the spending plans", "Union leaders"),
                ("they did not go far enough", "Union leaders")
            ]
        );
    }

    /// A report inside another report's clause is the outer source's.
    /// A relative clause after a noun its phrase modifies leaves the
    /// speaker before the phrase.
    #[test]
    fn a_relative_clause_after_a_modified_noun_keeps_its_subject() {
        for (text, speaker) in [
            (
                "A person familiar with the talks, who spoke on condition of anonymity, said the deal was off.",
                "A person",
            ),
            (
                "A source close to the company, who was not authorized to speak, said the deal was off.",
                "A source",
            ),
        ] {
            let result = Attributor::new().attribute(text);
            let report = result
                .quotes
                .iter()
                .find(|q| q.span.as_str(text) == "the deal was off")
                .expect("the report");
            let mention = report.speaker.as_ref().map(|s| s.mention.as_str(text));
            assert_eq!(mention, Some(speaker), "{text}");
        }
    }

    /// A speaker given as a relative "who" after a noun that is no
    /// mention is named by that noun's phrase; its mention stays "who".
    #[test]
    fn a_headless_who_is_named_by_its_noun() {
        let text = "Sanders disavowed a campaign surrogate who said voters should stay home.";
        let result = Attributor::new().attribute(text);
        let speaker = result.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            result.quotes[0].span.as_str(text),
            "voters should stay home"
        );
        assert_eq!(speaker.mention.as_str(text), "who");
        assert_eq!(speaker.name, "a campaign surrogate");
        assert_eq!(speaker.entity, None);
        // (and one that refers to a mention takes its entity's name)
        let text = "Ana Silva, who said the plan would fail, left early.";
        let result = Attributor::new().attribute(text);
        let speaker = result.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(speaker.name, "Ana Silva");
    }

    #[test]
    fn nested_reports_belong_to_the_outer_source() {
        let text = "Manafort said Trump wants to deliver a speech next month.";
        let result = Attributor::new().attribute(text);
        let speakers: Vec<&str> = result
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
            .collect();
        assert_eq!(speakers, ["Manafort"]);
        let text = "Trump wants to deliver a speech next month.";
        let result = Attributor::new().attribute(text);
        assert_eq!(result.quotes.len(), 1);
    }

    /// The tables of the mentions starting and ending at each token answer
    /// as the searches of [`Mentions`] do, at every token and past them.
    #[test]
    fn mention_tables_agree_with_the_searches() {
        let texts = [
            "Dutch Prime Minister Mark Rutte said he agreed. Trump’s spokesman, \
             a senior official, told reporters that officials who spoke said so.",
            "“Nonsense,” said the Gryphon. Mr. Bennet and Mrs. Bennet left; \
             according to them, the Major and Colonel Brandon stayed.",
            // (mentions nested in others: the search meets them out of order)
            "More than 100,000 people took part, according to the event organizer \
             Alliance to Reclaim Our Schools (AROS). The two are tied, according to \
             a new Washington Post-ABC News national poll.",
            // (a mention that starts before the one before it)
            "First there was The Wall Street Journal's deputy editorial page editor \
             Bret Stephens, who said so.",
            "",
        ];
        let (mut searched, mut searched_starts) = (0, 0);
        for text in texts {
            let paras = crate::sentences::paragraphs(text);
            let quotes = crate::marks::find_quotes(text, &paras);
            let seg = crate::sentences::segment(text, &paras, &quotes);
            let cast = Cast::new(&[]);
            for genre in [Genre::News, Genre::Fiction] {
                let found = mentions::find_mentions_with(
                    text,
                    &seg,
                    &cast,
                    genre,
                    &mut mentions::Scratch::default(),
                );
                let cues = CueLexicon::default();
                let scratch = &mut Scratch::default();
                let sieve = Sieve::new(text, &seg, &quotes, &found, &cues, genre, &cast, scratch);
                let ends = sieve.mention_ends.as_ref().expect("a table");
                searched += ends.iter().filter(|&&m| m == TO_SEARCH).count();
                let starts = sieve.mention_starts.as_ref().expect("a table");
                searched_starts += starts.iter().filter(|&&m| m == TO_SEARCH).count();
                for t in (0..seg.tokens.len() + 2).chain([usize::MAX]) {
                    assert_eq!(sieve.mention_ending_at(t), found.ending_at(t), "{t}");
                    assert_eq!(sieve.mention_starting_at(t), found.starting_at(t), "{t}");
                    for end in (0..seg.tokens.len() + 2).chain([usize::MAX]) {
                        let tokens = t..end;
                        assert_eq!(
                            sieve.mentions_within(&tokens),
                            found.within(&tokens),
                            "{tokens:?}"
                        );
                    }
                }
            }
        }
        assert!(searched > 0, "no nested mention was tried");
        assert!(searched_starts > 0, "no mention out of order was tried");
    }

    /// Read back from the end, a quotation's last mark answers as its
    /// content trimmed of the rest does.
    #[test]
    fn comma_marks_read_from_the_end_as_trimmed() {
        for content in [
            "",
            "“Yes,”",
            "“No!”",
            "“Why?”",
            "“Well—”",
            "“Done.”",
            "“Hé,”",
            "“Olé”",
            "“1,2”",
            "“a,” ",
            "”,’",
            "—",
            "x",
            "“Über…”",
            "“Wait, ”",
        ] {
            let trimmed = content
                .trim_end_matches(|c: char| {
                    !scan::is_alphanumeric(c) && !matches!(c, ',' | '!' | '?' | '—')
                })
                .ends_with([',', '!', '?', '—']);
            assert_eq!(ends_in_comma_mark(content), trimmed, "{content:?}");
        }
    }

    #[test]
    fn rule_names_are_distinct() {
        let names: HashSet<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        assert_eq!(names.len(), Rule::ALL.len());
    }
}
