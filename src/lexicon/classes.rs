//! Word classes: what the lists say about a word, read in one lookup of
//! the table of all their words, for the tokenizer to class each token as
//! it cuts it.

use super::tables::*;
use super::*;

/// What the word lists say about one word, all looked up at once: one bit
/// for each predicate of this module that the stages ask about a token.
///
/// [`segment`](crate::sentences::segment) classes every token, so that the
/// later stages test bits instead of looking the same word up again and
/// again. Each method answers exactly as the function of the same name
/// does for the word (`WordClass::of(w).is_preposition() ==
/// is_preposition(w)`; tested below).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u64);

impl WordClass {
    // Lists, read from the table of all their words.
    const SPEECH: u64 = 1 << 0;
    const BELIEF: u64 = 1 << 1;
    const NAMING: u64 = 1 << 2;
    const BASE_FORM: u64 = 1 << 3;
    const TAG_ONLY: u64 = 1 << 4;
    const TELLING: u64 = 1 << 5;
    const MODIFIER: u64 = 1 << 6;
    const TEMPORAL_NOUN: u64 = 1 << 7;
    const TITLE: u64 = 1 << 8;
    const FUNCTION_WORD: u64 = 1 << 9;
    const DEMONYM: u64 = 1 << 10;
    const ORGANISATION: u64 = 1 << 11;
    const COUNTRY: u64 = 1 << 12;
    const SOURCE_NOUN: u64 = 1 << 13;
    const SOURCE_DETERMINER: u64 = 1 << 14;
    const ABBREVIATION: u64 = 1 << 15;
    const INFINITIVE: u64 = 1 << 16;
    const QUANTITY: u64 = 1 << 17;
    const PREPOSITION: u64 = 1 << 18;
    const HE: u64 = 1 << 19;
    const SHE: u64 = 1 << 20;
    const PERSONAL: u64 = 1 << 21;
    const THAT: u64 = 1 << 22;
    const PHRASAL_VERB: u64 = 1 << 23;
    const ATTITUDE: u64 = 1 << 24;
    const STANCE_NOUN: u64 = 1 << 25;
    const CLAUSE_LINK: u64 = 1 << 26;
    const REPORT_WORD: u64 = 1 << 27;
    // Given names, in any case (the method asks how the word is written).
    const GIVEN_FEMALE: u64 = 1 << 28;
    const GIVEN_MALE: u64 = 1 << 29;
    const HONORIFIC_MALE: u64 = 1 << 30;
    const HONORIFIC_FEMALE: u64 = 1 << 31;
    const SPEECH_NOUN: u64 = 1 << 36;
    // Lists of words as they must be written (not folded).
    const TEMPORAL_LEAD: u64 = 1 << 32;
    const FINITE_SAYING: u64 = 1 << 33;
    const CONJUNCTION: u64 = 1 << 34;
    const DIALOGUE: u64 = 1 << 35;
    const REPLY_NOUN: u64 = 1 << 38;
    const EXACT: u64 = Self::TEMPORAL_LEAD
        | Self::FINITE_SAYING
        | Self::CONJUNCTION
        | Self::DIALOGUE
        | Self::REPLY_NOUN;
    // Predicates of the word's letters.
    const PARTICIPLE: u64 = 1 << 40;
    pub(super) const PLAIN_LOWERCASE: u64 = 1 << 41;
    const HYPHENATED_MODIFIER: u64 = 1 << 42;
    /// "who" and the possessives (his, her, its, their), which
    /// [`is_plain_lowercase`] names: in the table, so that a short word
    /// asks a bit instead of comparing itself with each of them.
    const WHO_OR_POSSESSIVE: u64 = 1 << 43;
    /// The comma and the semicolon, the marks at which a reported clause
    /// may end: in the table, so that the walk to a clause's end
    /// ([`may_end_clause`](Self::may_end_clause)) asks each token's class
    /// alone.
    const CLAUSE_MARK: u64 = 1 << 37;
    /// The titles of offices ([`OFFICE_TITLES`]: Sen, president): in the
    /// table, so that only the titles that may name an office are looked
    /// up as one.
    const OFFICE: u64 = 1 << 39;
    /// The subject pronouns and the lists of sources: the words that may
    /// open a mention.
    const OPENS_MENTION: u64 =
        Self::HE | Self::SHE | Self::PERSONAL | Self::SOURCE_NOUN | Self::SOURCE_DETERMINER;

    /// Looks `word` up in every list at once.
    pub(crate) fn of(word: &str) -> WordClass {
        WordClass::of_in(&CLASSES, word, 0, word.len())
    }

    /// The class of each word of `text` at `spans`.
    #[cfg(test)]
    pub(crate) fn of_all(text: &str, spans: impl Iterator<Item = Span>) -> Vec<WordClass> {
        let classes = Classifier::new();
        spans.map(|span| classes.of_token(text, span)).collect()
    }

    /// Looks the word `text[start..end]` up in every list at once.
    #[inline]
    fn of_in(table: &ClassTable, text: &str, start: usize, end: usize) -> WordClass {
        let word = &text.as_bytes()[start..end];
        let mut bits = 0;
        // (the filter on the key's hash turns most words away; the one on
        // first letter and length that a WordSet asks first would pass
        // most words of a text and only add to their cost)
        if let Some((key, plain)) = Key::fold_in(text, start, end) {
            // (hashed once, for the filter and the table)
            let hash = key.hash();
            if let Some(found) = table
                .may_hold_hash(hash)
                .then(|| table.bits_of_hashed(key, hash))
                .flatten()
            {
                // (the table's bit of a plain lower-case word is its
                // short words' guess, not this word's: read below)
                bits = found & !Self::PLAIN_LOWERCASE;
                if !plain {
                    // (these lists hold words as they must be written)
                    bits &= !Self::EXACT;
                }
            }
        }
        // The word's ending, by its last byte: each suffix asked about
        // ends in a byte of its own (’ of n’t is three bytes, the last
        // before t), so at most one of these applies, and most words end
        // in none of those bytes.
        match word.last() {
            // (titles are looked up without their dots: Sen.)
            Some(b'.') => bits = with_title_bit(bits, &text[start..end]),
            // (as is_ly_adverb, is_negative_contraction and is_participle ask)
            Some(b'y') if word.len() > 4 && word.ends_with(b"ly") => bits |= Self::MODIFIER,
            Some(b't') if word.ends_with(b"n't") || word.ends_with("n’t".as_bytes()) => {
                bits |= Self::MODIFIER;
            }
            Some(b'g') if word.len() > 4 && word.ends_with(b"ing") => bits |= Self::PARTICIPLE,
            _ => {}
        }
        if bits & Self::TEMPORAL_NOUN != 0 {
            bits |= Self::TEMPORAL_LEAD;
        }
        if is_plain_lowercase(word, bits) {
            bits |= Self::PLAIN_LOWERCASE;
        }
        // (only words read here can hold a hyphen: the tokenizer classes
        // words of ASCII letters and digits elsewhere; the text is sliced
        // for the few words whose last byte may end such a word)
        if may_be_hyphenated_modifier(word) && is_hyphenated_modifier(&text[start..end]) {
            bits |= Self::HYPHENATED_MODIFIER;
        }
        WordClass(bits)
    }

    #[inline]
    fn has(self, bit: u64) -> bool {
        self.0 & bit != 0
    }

    /// Whether some list that can make the word a report's verb or head
    /// holds it: a cue, a verb taking an infinitive or a particle, a noun
    /// of stance, an adjective of attitude, or one of [`REPORT_WORDS`] in
    /// any case. (The reported-speech pass asks this first, to pass over
    /// the many words that are none.)
    #[inline]
    pub(crate) fn may_head_report(self) -> bool {
        self.has(Self::REPORT_HEAD)
    }

    /// Whether the word is one of [`REPORT_WORDS`] (according, clear) in
    /// any case: the words the reported-speech pass compares as written.
    #[inline]
    pub(crate) fn is_report_word(self) -> bool {
        self.has(Self::REPORT_WORD)
    }

    /// The lists of [`may_head_report`](Self::may_head_report).
    const REPORT_HEAD: u64 = Self::SPEECH
        | Self::BELIEF
        | Self::NAMING
        | Self::INFINITIVE
        | Self::PHRASAL_VERB
        | Self::STANCE_NOUN
        | Self::ATTITUDE
        | Self::REPORT_WORD;

    /// Whether the word may head a report, is "that", or is a verb of
    /// dialogue: whether the walk that lists the report heads
    /// (`sentences::report_heads`) has anything to note at it (one test
    /// for the many words that are none).
    #[inline]
    pub(crate) fn may_concern_reports(self) -> bool {
        self.has(Self::REPORT_HEAD | Self::THAT | Self::DIALOGUE)
    }

    /// Whether any of `classes` [may concern reports](Self::may_concern_reports),
    /// asked of the union of their bits: one test for a run of words.
    #[inline]
    pub(crate) fn any_may_concern_reports(classes: &[WordClass]) -> bool {
        WordClass(classes.iter().fold(0, |bits, class| bits | class.0)).may_concern_reports()
    }

    /// Whether the word is a subordinator ([`is_subordinator`]) or "and"
    /// or "but", in any case: the words that may link a reported clause
    /// to the next one.
    #[inline]
    pub(crate) fn links_clauses(self) -> bool {
        self.has(Self::CLAUSE_LINK)
    }

    /// Whether the token is a word that links clauses
    /// ([`links_clauses`](Self::links_clauses)), a comma or a semicolon:
    /// where a reported clause may end. (No other token has either bit:
    /// the lists of linking words hold words, and a quotation's key begins
    /// with its mark.)
    #[inline]
    pub(crate) fn may_end_clause(self) -> bool {
        self.has(Self::CLAUSE_LINK | Self::CLAUSE_MARK)
    }

    /// Whether the word is sure to open no mention in the mention finder:
    /// it begins with an ASCII lower-case letter (so it is no name, nor an
    /// inverted tag or a plain opener, which are passed over all the
    /// same), is no subject pronoun and in no list of sources (nouns or
    /// determiners), is not "who", has no
    /// apostrophe where a contracted pronoun would have one
    /// ([`apostrophe_in_1_to_4`]), and is not one of the possessives
    /// ([`is_possessive`]). Most words of a text are such words; the
    /// tokenizer tells them from their bytes as it classes them, so that
    /// the finder passes over them by this bit alone.
    #[inline]
    pub(crate) fn is_plain_lowercase(self) -> bool {
        self.has(Self::PLAIN_LOWERCASE)
    }

    /// Whether the word is "who" or one of the possessives of
    /// [`is_possessive`] (his, her, its, their), in any ASCII case.
    #[inline]
    pub(crate) fn is_who_or_possessive(self) -> bool {
        self.has(Self::WHO_OR_POSSESSIVE)
    }

    /// See [`is_hyphenated_modifier`].
    #[inline]
    pub(crate) fn is_hyphenated_modifier(self) -> bool {
        self.has(Self::HYPHENATED_MODIFIER)
    }

    /// Whether the word is a verb of speech or of belief: whether
    /// [`WordClass::cue_class`] is [`CueClass::Speech`] or
    /// [`CueClass::Belief`].
    #[inline]
    pub(crate) fn is_speech_or_belief_cue(self) -> bool {
        self.has(Self::SPEECH | Self::BELIEF)
    }

    /// See [`cue_class`].
    #[inline]
    pub(crate) fn cue_class(self) -> Option<CueClass> {
        if self.has(Self::SPEECH) {
            Some(CueClass::Speech)
        } else if self.has(Self::BELIEF) {
            Some(CueClass::Belief)
        } else if self.has(Self::NAMING) {
            Some(CueClass::Naming)
        } else {
            None
        }
    }

    /// See [`is_ambiguous_base_form`].
    #[inline]
    pub(crate) fn is_ambiguous_base_form(self) -> bool {
        self.has(Self::BASE_FORM)
    }

    /// See [`is_tag_only`].
    #[inline]
    pub(crate) fn is_tag_only(self) -> bool {
        self.has(Self::TAG_ONLY)
    }

    /// See [`takes_object`].
    #[inline]
    pub(crate) fn takes_object(self) -> bool {
        self.has(Self::TELLING)
    }

    /// See [`is_verb_modifier`].
    #[inline]
    pub(crate) fn is_verb_modifier(self) -> bool {
        self.has(Self::MODIFIER)
    }

    /// See [`is_temporal_noun`].
    #[inline]
    pub(crate) fn is_temporal_noun(self) -> bool {
        self.has(Self::TEMPORAL_NOUN)
    }

    /// See [`is_temporal_lead`].
    #[inline]
    pub(crate) fn is_temporal_lead(self) -> bool {
        self.has(Self::TEMPORAL_LEAD)
    }

    /// See [`subject_pronoun`].
    #[inline]
    pub(crate) fn subject_pronoun(self) -> Option<crate::Gender> {
        if self.has(Self::HE) {
            Some(crate::Gender::Male)
        } else if self.has(Self::SHE) {
            Some(crate::Gender::Female)
        } else if self.has(Self::PERSONAL) {
            Some(crate::Gender::Other)
        } else {
            None
        }
    }

    /// See [`is_title`].
    #[inline]
    pub(crate) fn is_title(self) -> bool {
        self.has(Self::TITLE)
    }

    /// See [`is_office_title`].
    #[inline]
    pub(crate) fn is_office_title(self) -> bool {
        self.has(Self::OFFICE)
    }

    /// See [`is_capitalised_function_word`].
    #[inline]
    pub(crate) fn is_capitalised_function_word(self) -> bool {
        self.has(Self::FUNCTION_WORD)
    }

    /// See [`is_demonym`].
    #[inline]
    pub(crate) fn is_demonym(self) -> bool {
        self.has(Self::DEMONYM)
    }

    /// Whether the word is one that makes a capitalised name an
    /// organisation or a place (House, Ministry, Times: the list
    /// [`ORGANISATION_WORDS`]).
    #[inline]
    pub(crate) fn is_organisation_word(self) -> bool {
        self.has(Self::ORGANISATION)
    }

    /// Whether the word is a country's name (the list
    /// [`COUNTRIES`]).
    #[inline]
    pub(crate) fn is_country(self) -> bool {
        self.has(Self::COUNTRY)
    }

    /// See [`is_source_noun`].
    #[inline]
    pub(crate) fn is_source_noun(self) -> bool {
        self.has(Self::SOURCE_NOUN)
    }

    /// See [`is_source_determiner`].
    #[inline]
    pub(crate) fn is_source_determiner(self) -> bool {
        self.has(Self::SOURCE_DETERMINER)
    }

    /// See [`is_abbreviation`].
    #[inline]
    pub(crate) fn is_abbreviation(self) -> bool {
        self.has(Self::ABBREVIATION)
    }

    /// See [`takes_infinitive`].
    #[inline]
    pub(crate) fn takes_infinitive(self) -> bool {
        self.has(Self::INFINITIVE)
    }

    /// See [`is_quantity_word`].
    #[inline]
    pub(crate) fn is_quantity_word(self) -> bool {
        self.has(Self::QUANTITY)
    }

    /// See [`is_preposition`].
    #[inline]
    pub(crate) fn is_preposition(self) -> bool {
        self.has(Self::PREPOSITION)
    }

    /// See [`is_finite_saying`].
    #[inline]
    pub(crate) fn is_finite_saying(self) -> bool {
        self.has(Self::FINITE_SAYING)
    }

    /// See [`is_participle`].
    #[inline]
    pub(crate) fn is_participle(self) -> bool {
        self.has(Self::PARTICIPLE)
    }

    /// See [`is_conjunction`].
    #[inline]
    pub(crate) fn is_conjunction(self) -> bool {
        self.has(Self::CONJUNCTION)
    }

    /// See [`is_dialogue_verb`].
    #[inline]
    pub(crate) fn is_dialogue_verb(self) -> bool {
        self.has(Self::DIALOGUE)
    }

    /// See [`is_phrasal_verb`].
    #[inline]
    pub(crate) fn is_phrasal_verb(self) -> bool {
        self.has(Self::PHRASAL_VERB)
    }

    /// See [`is_attitude_adjective`].
    #[inline]
    pub(crate) fn is_attitude_adjective(self) -> bool {
        self.has(Self::ATTITUDE)
    }

    /// See [`is_stance_noun`].
    #[inline]
    pub(crate) fn is_stance_noun(self) -> bool {
        self.has(Self::STANCE_NOUN)
    }

    /// See [`is_that`].
    #[inline]
    pub(crate) fn is_that(self) -> bool {
        self.has(Self::THAT)
    }

    /// See [`is_speech_noun`].
    #[inline]
    pub(crate) fn is_speech_noun(self) -> bool {
        self.has(Self::SPEECH_NOUN)
    }

    /// See [`is_reply_noun`].
    #[inline]
    pub(crate) fn is_reply_noun(self) -> bool {
        self.has(Self::REPLY_NOUN)
    }

    /// See [`honorific_gender`], for a word that does not end in a dot (a
    /// word token).
    #[inline]
    pub(crate) fn honorific_gender(self) -> Option<crate::Gender> {
        if self.has(Self::HONORIFIC_MALE) {
            Some(crate::Gender::Male)
        } else if self.has(Self::HONORIFIC_FEMALE) {
            Some(crate::Gender::Female)
        } else {
            None
        }
    }

    /// See [`given_name_gender`]: the gender of `word`, the word of this
    /// class, by the bits of its lists (which ignore case) and how it is
    /// written.
    #[inline]
    pub(crate) fn given_name_gender(self, word: &str) -> Option<crate::Gender> {
        if !self.has(Self::GIVEN_FEMALE | Self::GIVEN_MALE) || !written_as_given_name(word) {
            None
        } else if self.has(Self::GIVEN_FEMALE) {
            Some(crate::Gender::Female)
        } else {
            Some(crate::Gender::Male)
        }
    }
}

/// `bits`, the class bits of `word`, a word that ends in a dot, with the
/// bit of a title set as the word is one without its dots (Sen.) or not.
/// (Out of [`WordClass::of_in`]'s way: few words end in a dot.)
#[cold]
#[inline(never)]
fn with_title_bit(bits: u64, word: &str) -> u64 {
    let bits = bits & !WordClass::TITLE;
    if contains(titles(), word.trim_end_matches('.')) {
        bits | WordClass::TITLE
    } else {
        bits
    }
}

/// Whether the word `bytes`, whose other class bits are `bits`, is one
/// that [`WordClass::is_plain_lowercase`] holds.
#[inline]
fn is_plain_lowercase(bytes: &[u8], bits: u64) -> bool {
    bytes.first().is_some_and(u8::is_ascii_lowercase)
        && bits & WordClass::OPENS_MENTION == 0
        && bytes != b"who"
        && !apostrophe_in_1_to_4(bytes)
        && !is_possessive(bytes)
}

/// Whether `bytes` is one of the possessives that the mention finder
/// looks for before a noun of saying (his, her, its, their), in any case.
#[inline]
pub(crate) fn is_possessive(bytes: &[u8]) -> bool {
    (3..=5).contains(&bytes.len())
        && matches!(bytes[0] | 0x20, b'h' | b'i' | b't')
        && [&b"his"[..], b"her", b"its", b"their"]
            .iter()
            .any(|possessive| bytes.eq_ignore_ascii_case(possessive))
}

/// Whether one of `bytes[1..5]` (as many as there are) is `'` or 0xE2,
/// the first byte of `’`: four bytes tested at once when there are four.
/// (Where the mention finder looks for the apostrophe of a contracted
/// pronoun: he's, they’re.)
#[inline]
pub(crate) fn apostrophe_in_1_to_4(bytes: &[u8]) -> bool {
    match bytes
        .get(1..5)
        .and_then(|four| <[u8; 4]>::try_from(four).ok())
    {
        Some(four) => {
            let word = u32::from_le_bytes(four);
            // (a byte of `x` is zero exactly where this sets its high bit)
            let has_zero = |x: u32| x.wrapping_sub(0x0101_0101) & !x & 0x8080_8080 != 0;
            has_zero(word ^ 0x2727_2727) || has_zero(word ^ 0xE2E2_E2E2)
        }
        // (fewer than five bytes: most words, tested byte by byte)
        None => {
            let mark = |at: usize| bytes.get(at).is_some_and(|&b| b == b'\'' || b == 0xE2);
            mark(1) || mark(2) || mark(3)
        }
    }
}

/// The word lists' table, fetched once, for the tokenizer to class each
/// token as it cuts it (one pass over the tokens, not two).
#[derive(Clone, Copy)]
pub(crate) struct Classifier(&'static ClassTable);

impl Classifier {
    /// The table of every list (built on first use).
    pub(crate) fn new() -> Classifier {
        Classifier(&CLASSES)
    }

    /// The class of the token of `text` at `span`, whatever its kind.
    #[inline]
    pub(crate) fn of_token(self, text: &str, span: Span) -> WordClass {
        match span.len() {
            // (one byte: an ASCII character, punctuation mostly)
            1 => self.of_ascii_byte(text.as_bytes()[span.start]),
            _ => WordClass::of_in(self.0, text, span.start, span.end),
        }
    }

    /// The class of the word `bytes[start..end]`, which the caller knows
    /// to be ASCII letters and digits only, as [`of_token`](Self::of_token)
    /// gives it: most words of a text. A word of up to eight such bytes
    /// has no byte to fold but its capitals, no NUL, no apostrophe and no
    /// final dot, so that its key is one lower-cased machine word and, of
    /// the endings, only -ly and -ing can apply.
    #[inline]
    pub(crate) fn of_ascii_word(self, text: &str, start: usize, end: usize) -> WordClass {
        let bytes = text.as_bytes();
        let len = end - start;
        if len == 1 {
            return self.of_ascii_byte(bytes[start]);
        }
        if (9..=16).contains(&len) {
            return self.of_long_ascii_word(bytes, start, end);
        }
        if !(2..=8).contains(&len) {
            return WordClass::of_in(self.0, text, start, end);
        }
        self.of_short_ascii_word(load_at(bytes, start, len), len)
    }

    /// [`of_ascii_word`](Self::of_ascii_word) for a word of one to eight
    /// ASCII letters and digits, given as its `len` bytes in a
    /// little-endian machine word, zero-padded (as the tokenizer has read
    /// most words). (A word of one byte is read as the longer ones are,
    /// with no test of its length, and classed as
    /// [`of_ascii_byte`](Self::of_ascii_byte) classes it: tested.)
    #[inline(always)]
    pub(crate) fn of_short_ascii_word(self, word: u64, len: usize) -> WordClass {
        // (lower-cased by setting 0x20 in each of its bytes: a capital
        // letter becomes its small letter, and a small letter or a digit,
        // 0x30..=0x39, has that bit already)
        let folded = word | (crate::scan::LOW_BYTES[len] & (ONES * 0x20));
        // Every step below is arithmetic on masks, with no branch on the
        // word: whether it is in a list, capitalised, long enough for an
        // ending or lower case is as good as random from word to word.
        //
        // (a word in no list is plain lower case if it begins with a small
        // letter, as is_plain_lowercase asks: no apostrophe in ASCII
        // letters and digits; the table's entries have the bit where the
        // word opens no mention and is not "who" nor a possessive; the
        // filter that of_in asks first would only add to the cost of the
        // many words that are in a list)
        let mut bits = self.0.short.bits_or_absent(folded);
        // (the lists of EXACT hold words as they must be written; a noun
        // of time leads a phrase of time all the same, as the table's
        // entries of such nouns say already)
        bits &= !(WordClass::EXACT & u64::from(folded != word).wrapping_neg());
        bits |= (bits & WordClass::TEMPORAL_NOUN) << LEAD_FROM_NOUN;
        // (the endings as of_in reads them, -ly and -ing, both of a word of
        // more than four bytes: its last bytes moved to the top of the
        // machine word; `len` is 1 to 8)
        let last = word.wrapping_shl(64 - 8 * len as u32);
        let long = u64::from(len > 4);
        let ly = u64::from(last >> 48 == u64::from(u16::from_le_bytes(*b"ly")));
        let ing = u64::from(last >> 40 == u64::from(u32::from_le_bytes(*b"ing\0")));
        bits |= (WordClass::MODIFIER & (ly & long).wrapping_neg())
            | (WordClass::PARTICIPLE & (ing & long).wrapping_neg());
        let lowercase = u64::from((word as u8).is_ascii_lowercase());
        bits &= !(WordClass::PLAIN_LOWERCASE & (lowercase ^ 1).wrapping_neg());
        WordClass(bits)
    }

    /// [`of_ascii_word`](Self::of_ascii_word) for a word of nine to
    /// sixteen ASCII letters and digits: its key is two lower-cased
    /// machine words, looked up in the table of medium words.
    #[inline]
    fn of_long_ascii_word(self, bytes: &[u8], start: usize, end: usize) -> WordClass {
        let len = end - start;
        let (a, b) = (load_at(bytes, start, 8), load_at(bytes, start + 8, len - 8));
        // (lower-cased as of_short_ascii_word does)
        let key = [a | (ONES * 0x20), b | ((ONES * 0x20) >> (128 - 8 * len))];
        // (plain lower case, if in no list, as of_short_ascii_word reads
        // it: too long for "who" or a possessive, and no apostrophe; the
        // lists of EXACT hold words as they must be written, and no word
        // in none has those bits)
        let mut bits = self.0.medium.bits_or_absent(key);
        bits &= !(WordClass::EXACT & u64::from(key != [a, b]).wrapping_neg());
        // (as of_in reads the ending; the word is longer than four bytes)
        match bytes[end - 1] {
            b'y' if bytes[end - 2] == b'l' => bits |= WordClass::MODIFIER,
            b'g' if bytes[end - 3..end] == *b"ing" => bits |= WordClass::PARTICIPLE,
            _ => {}
        }
        if bits & WordClass::TEMPORAL_NOUN != 0 {
            bits |= WordClass::TEMPORAL_LEAD;
        }
        if !bytes[start].is_ascii_lowercase() {
            bits &= !WordClass::PLAIN_LOWERCASE;
        }
        WordClass(bits)
    }

    /// The class of the token at `span`, one character outside ASCII
    /// that is neither a letter nor a digit (“ ” — …), as
    /// [`of_token`](Self::of_token) gives it: of such characters only
    /// ’, folded as ', can be in a list or take a class from its bytes
    /// (the others fold to no key, and none ends in a byte that an ending
    /// asked about ends in, nor begins a lower-case word).
    #[inline]
    pub(crate) fn of_mark(self, text: &str, span: Span) -> WordClass {
        match text.as_bytes().get(span.start..span.end) {
            Some(b) if b == "’".as_bytes() => self.of_token(text, span),
            _ => WordClass(0),
        }
    }

    /// The class of the one-byte token `b` (ASCII), as
    /// [`of_token`](Self::of_token) gives it.
    #[inline]
    pub(crate) fn of_ascii_byte(self, b: u8) -> WordClass {
        self.0.single_bytes[usize::from(b & 0x7F)]
    }
}

/// How far the bit of a noun of time ([`WordClass::TEMPORAL_NOUN`]) is
/// shifted up to the bit of a lead of time ([`WordClass::TEMPORAL_LEAD`]).
const LEAD_FROM_NOUN: u32 =
    WordClass::TEMPORAL_LEAD.trailing_zeros() - WordClass::TEMPORAL_NOUN.trailing_zeros();

/// Every word of the lists behind [`WordClass`], with the lists it is in.
pub(super) struct ClassTable {
    /// The words of at most eight bytes (most of them, and nearly all the
    /// words of a text that are found), whose keys are one machine word.
    pub(super) short: ShortWords,
    /// The words of nine to sixteen bytes, whose keys are two machine
    /// words.
    pub(super) medium: MediumWords,
    /// The longer words (none in the lists as they are), with their
    /// whole keys.
    long: ClassSlots<Key, LONG_SLOTS>,
    /// A bit for each value of the top [`FILTER_BITS`] bits of a key's
    /// hash, set for the keys of the tables. Many words of a text are in
    /// no list; this filter (4 KiB, small enough to stay in the fastest
    /// cache; 8 KiB missed it more often, to save a few probes)
    /// turns away all but a few of them without a probe of a table. (The
    /// tokenizer's words of up to sixteen ASCII letters and digits, most
    /// words, ask the tables of short and medium words at once instead.)
    filter: [u64; FILTER_WORDS],
    /// `single_bytes[b]`: the class of the one-byte word `b` (ASCII),
    /// looked up once.
    single_bytes: [WordClass; 128],
}

/// The slots of [`ClassTable::long`] (room for a hundred words).
const LONG_SLOTS: usize = 1 << 8;

/// The slots of the table that gathers the words of all lists, each with
/// the bits of its lists, before they are split by length (some three and
/// a half thousand words, many in more than one list: room to grow).
const GATHERED_SLOTS: usize = 1 << 14;

/// How many bits of a key's hash index [`ClassTable::filter`].
const FILTER_BITS: u32 = 15;

/// The machine words of [`ClassTable::filter`]: an array of its size, so
/// that an index from the hash's top bits needs no bounds check.
const FILTER_WORDS: usize = (1 << FILTER_BITS) / 64;

impl ClassTable {
    /// The filter's word and bit for `key`.
    #[inline]
    fn filter_bit(key: Key) -> (usize, u64) {
        ClassTable::filter_bit_of_hash(key.hash())
    }

    /// The filter's word and bit for a key whose hash is `hash`.
    #[inline]
    fn filter_bit_of_hash(hash: u64) -> (usize, u64) {
        let at = (hash >> (64 - FILTER_BITS)) as usize;
        (at / 64, 1 << (at % 64))
    }

    /// The class bits of `key`, whose hash is `hash`, if it is in the table.
    #[inline]
    fn bits_of_hashed(&self, key: Key, hash: u64) -> Option<u64> {
        match key.0 {
            // (a key's bytes run up to its first NUL: a zero second word
            // leaves the third zero too)
            [short, 0, _] => self.short.bits_of(short),
            [a, b, 0] => self.medium.bits_of([a, b]),
            _ => self.long.bits_of(key, hash),
        }
    }

    /// Whether a key whose hash is `hash` may be in the table (if not, it
    /// surely is not).
    #[inline]
    fn may_hold_hash(&self, hash: u64) -> bool {
        let (word, bit) = ClassTable::filter_bit_of_hash(hash);
        self.filter[word] & bit != 0
    }

    /// The keys of the table.
    #[cfg(test)]
    pub(super) fn keys(&self) -> impl Iterator<Item = Key> + '_ {
        let short = self.short.keys().map(|short| Key([short, 0, 0]));
        let medium = self.medium.keys().map(|[a, b]| Key([a, b, 0]));
        short.chain(medium).chain(self.long.keys())
    }
}

pub(super) static CLASSES: Lazy<ClassTable> = Lazy::new(|| {
    // The lists, read as they are written here (building the sets of the
    // functions first, to read their words back, cost twice as much).
    let lists: [(&[&str], u64); 43] = [
        (SPEECH_FORMS, WordClass::SPEECH),
        (BELIEF_FORMS, WordClass::BELIEF),
        (NAMING_FORMS, WordClass::NAMING),
        (STANCE_LEMMAS, WordClass::BASE_FORM),
        (BELIEF_LEMMAS, WordClass::BASE_FORM),
        (CUE_BASE_FORMS, WordClass::BASE_FORM),
        (NAMING_BASE_FORMS, WordClass::BASE_FORM),
        (TAG_ONLY_FORMS, WordClass::TAG_ONLY),
        (TELLING_VERBS, WordClass::TELLING),
        (VERB_MODIFIERS, WordClass::MODIFIER),
        (TEMPORAL_NOUNS, WordClass::TEMPORAL_NOUN),
        (TITLES, WordClass::TITLE),
        (OFFICE_TITLES, WordClass::OFFICE),
        (CAPITALISED_FUNCTION_WORDS, WordClass::FUNCTION_WORD),
        (DEMONYMS, WordClass::DEMONYM),
        (ORGANISATION_WORDS, WordClass::ORGANISATION),
        (COUNTRIES, WordClass::COUNTRY),
        (SOURCE_NOUNS, WordClass::SOURCE_NOUN),
        (SOURCE_DETERMINERS, WordClass::SOURCE_DETERMINER),
        (ABBREVIATIONS, WordClass::ABBREVIATION),
        (
            STATE_ABBREVIATIONS,
            WordClass::ABBREVIATION | WordClass::COUNTRY,
        ),
        (INFINITIVE_FORMS, WordClass::INFINITIVE),
        (QUANTITY_WORDS, WordClass::QUANTITY),
        (ATTITUDE_ADJECTIVES, WordClass::ATTITUDE),
        (STANCE_NOUNS, WordClass::STANCE_NOUN),
        (SPEECH_NOUNS, WordClass::SPEECH_NOUN),
        // (a preposition is a capitalised function word too)
        (
            PREPOSITIONS,
            WordClass::PREPOSITION | WordClass::FUNCTION_WORD,
        ),
        (FINITE_SAYING, WordClass::FINITE_SAYING),
        (TIME_LEADS, WordClass::TEMPORAL_LEAD),
        (CONJUNCTIONS, WordClass::CONJUNCTION),
        (DIALOGUE_VERBS, WordClass::DIALOGUE),
        (REPLY_NOUNS, WordClass::REPLY_NOUN),
        (&[THAT], WordClass::THAT),
        (&[ALONG], WordClass::FUNCTION_WORD),
        (SUBORDINATORS, WordClass::CLAUSE_LINK),
        (&["and", "but"], WordClass::CLAUSE_LINK),
        (&[",", ";"], WordClass::CLAUSE_MARK),
        (REPORT_WORDS, WordClass::REPORT_WORD),
        (
            &["who", "his", "her", "its", "their"],
            WordClass::WHO_OR_POSSESSIVE,
        ),
        (FEMALE_NAMES, WordClass::GIVEN_FEMALE),
        (MALE_NAMES, WordClass::GIVEN_MALE),
        (MALE_HONORIFICS, WordClass::HONORIFIC_MALE),
        (FEMALE_HONORIFICS, WordClass::HONORIFIC_FEMALE),
    ];
    // (and the lists of verbs whose lemmas stand for their regular forms)
    let verbs: [(&[&str], u64); 5] = [
        (SPEECH_LEMMAS, WordClass::SPEECH),
        (BELIEF_LEMMAS, WordClass::BELIEF),
        (STANCE_LEMMAS, WordClass::BELIEF),
        (TAG_ONLY_LEMMAS, WordClass::TAG_ONLY),
        (INFINITIVE_LEMMAS, WordClass::INFINITIVE),
    ];
    let pronoun_bit = |gender| match gender {
        crate::Gender::Male => WordClass::HE,
        crate::Gender::Female => WordClass::SHE,
        _ => WordClass::PERSONAL,
    };
    // (sized at once, for the lists' words and the lemmas' forms)
    let mut words: Vec<(Key, u64)> = Vec::with_capacity(
        lists.iter().map(|(list, _)| list.len()).sum::<usize>()
            + 6 * verbs.iter().map(|(lemmas, _)| lemmas.len()).sum::<usize>()
            + 6 * PHRASAL_LEMMAS.len(),
    );
    // (folded as the tokenizer folds a word of a text, which is quicker
    // than Key::fold and gives the same key)
    let mut add = |word: &str, bit: u64| {
        words.extend(Key::fold_in(word, 0, word.len()).map(|(key, _)| (key, bit)));
    };
    for (list, bit) in lists {
        list.iter().for_each(|word| add(word, bit));
    }
    for (lemmas, bit) in verbs {
        for lemma in lemmas {
            for_each_form(lemma, |form| add(form, bit));
        }
    }
    for_each_phrasal_form(|form, _| add(form, WordClass::PHRASAL_VERB));
    for &(word, gender) in SUBJECT_PRONOUNS {
        add(word, pronoun_bit(gender));
    }
    // One entry a word, with the bits of all its lists: gathered in a
    // table of their own, in one pass (sorting the words cost more; the
    // order of the entries does not matter to the tables built from them).
    let words_len = words.len();
    assert!(
        2 * words_len <= GATHERED_SLOTS,
        "{words_len} words to gather"
    );
    let mut gathered = ClassSlots::<Key, GATHERED_SLOTS>::empty();
    for (key, bit) in words {
        let at = gathered.slot(key, key.hash());
        let bits = gathered.bits[at] | bit;
        gathered.set(at, key, bits);
    }
    // The filter's bits, and the words split by the length of their keys,
    // in one pass over the gathered entries (an empty slot has a zero
    // first word, and no word's key has one).
    let mut filter = [0; FILTER_WORDS];
    let mut short: Vec<(u64, u64)> = Vec::with_capacity(words_len);
    let mut medium: Vec<([u64; 2], u64)> = Vec::new();
    let mut long: Vec<(Key, u64)> = Vec::new();
    for (key, bits) in gathered.entries() {
        if key.0[0] == 0 {
            continue;
        }
        // (a noun of time leads a phrase of time: its entry says so at
        // once, for the tokenizer's short words, which ask no more)
        let bits = if bits & WordClass::TEMPORAL_NOUN != 0 {
            bits | WordClass::TEMPORAL_LEAD
        } else {
            bits
        };
        // (and a word that opens no mention and is not "who" nor a
        // possessive is plain lower case when it begins with a small
        // letter: the tokenizer's words of ASCII letters and digits clear
        // the bit where it does not)
        let bits = if bits & (WordClass::OPENS_MENTION | WordClass::WHO_OR_POSSESSIVE) == 0 {
            bits | WordClass::PLAIN_LOWERCASE
        } else {
            bits
        };
        let (word, filter_bit) = ClassTable::filter_bit(key);
        filter[word] |= filter_bit;
        match key.0 {
            [one, 0, _] => short.push((one, bits)),
            [a, b, 0] => medium.push(([a, b], bits)),
            _ => long.push((key, bits)),
        }
    }
    let mut classes = ClassTable {
        // (a word of a text in no list: plain lower case, as far as the
        // table knows)
        short: ShortWords::new(&short, WordClass::PLAIN_LOWERCASE),
        medium: MediumWords::new(&medium, WordClass::PLAIN_LOWERCASE),
        long: ClassSlots::new(&long, Key::hash),
        filter,
        single_bytes: [WordClass::default(); 128],
    };
    let mut single_bytes = [WordClass::default(); 128];
    for (b, class) in (0u8..).zip(&mut single_bytes) {
        let byte = [b];
        let word = std::str::from_utf8(&byte).unwrap_or_default();
        *class = WordClass::of_in(&classes, word, 0, 1);
    }
    classes.single_bytes = single_bytes;
    classes
});
