//! What decides a quote when no tag or report does: colon lead-ins,
//! nouns of saying, titles, headings and noun modifiers.

use super::*;

impl<'a> Sieve<'a> {
    /// The speaker of a lead-in that ends with the colon at token `colon`
    /// but has no speech cue: a name set off by a dash just before the
    /// colon (HEADLINE - Carl Bialik:), else the sentence's subject when a
    /// lower-case word (its verb) follows it (McConnell delivered a blunt
    /// message to Trump:).
    pub(super) fn colon_speaker(&self, sentence: &Sentence, colon: usize) -> Option<usize> {
        if colon <= sentence.tokens.start {
            return None;
        }
        if let Some(m) = self.mention_ending_at(colon - 1) {
            let mention = &self.mention_list[m];
            let first = mention.tokens.start;
            if mention.kind == MentionKind::Name
                && first > sentence.tokens.start
                && ["-", "—", "–"].iter().any(|d| self.is_punct(first - 1, d))
            {
                return Some(m);
            }
        }
        let m = self.sentence_subject(sentence, colon)?;
        let mut after = self.mention_list[m].tokens.end;
        // Across an appositive: Mitch McConnell, R-Ky., delivered…
        if after < colon && self.is_punct(after, ",") {
            if let Some(close) = (after + 1..colon.min(after + 1 + APPOSITIVE_TOKENS))
                .find(|&i| self.is_punct(i, ",") || self.is_quote(i))
            {
                if self.is_punct(close, ",") {
                    after = close + 1;
                }
            }
        }
        (after < colon
            && self.is_word(after)
            && self.word(after).chars().all(char::is_lowercase)
            && !self.class(after).is_preposition())
        .then_some(m)
    }

    /// Whether the quote at token `t` names something rather than quoting
    /// words: a title in title case (“Three Amigos”), or a modifier of the
    /// noun after it (the “Wyoming first” push, a “safety check” feature).
    pub(super) fn names_something(&self, t: usize, q: QuotedSpan) -> bool {
        let content = q.content.as_str(self.text);
        let words = content
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty());
        // (at most six words, each short or capitalised: seven words are
        // read at the most, and none kept)
        let mut count = 0;
        let mut title_case = true;
        for w in words.take(7) {
            count += 1;
            if !(w.len() <= 3 || w.chars().next().is_some_and(char::is_uppercase)) {
                title_case = false;
                break;
            }
        }
        if title_case && count <= 6 {
            return true;
        }
        let next = t + 1;
        next < self.tokens.len() && self.is_word(next) && {
            let w = self.word(next);
            w.chars().next().is_some_and(char::is_lowercase)
                && !self.class(next).is_preposition()
                && !self.class(next).is_conjunction()
                && !self.class(next).is_capitalised_function_word()
                && !self.class(next).is_verb_modifier()
                && !self.class(next).is_participle()
                && self.cue(next).is_none()
                && !matches!(
                    w,
                    "to" | "that" | "which" | "who" | "as" | "is" | "was" | "were" | "are"
                )
        }
    }

    /// Whether the naming cue at token `c` is a past participle that
    /// follows the common noun it names (a play *called*, an article
    /// *titled*), not the verb of a subject (Trump called…).
    pub(super) fn names_the_noun_before(&self, c: usize, from: usize) -> bool {
        let w = self.word(c);
        c > from
            && self.cue(c) == Some(CueClass::Naming)
            && w.ends_with("ed")
            && self.is_word(c - 1)
            // (a common noun, or a nominal mention: an article titled “…”;
            // not a name or a pronoun: what Buchanan called “…”)
            && self
                .mention_ending_at(c - 1)
                .is_none_or(|m| self.mention_list[m].kind == MentionKind::Nominal)
            && {
                let before = self.word(c - 1);
                let class = self.class(c - 1);
                before.chars().all(char::is_lowercase)
                    && !lexicon::is_auxiliary(before)
                    && !class.is_verb_modifier()
                    && !class.is_preposition()
                    && !class.is_conjunction()
                    && class.subject_pronoun().is_none()
                    && class.cue_class().is_none()
            }
    }

    /// Whether the quote at token `t` is a name given with no one giving
    /// it: after a passive or adjectival naming verb (the ad, entitled
    /// “…”; derisively known as “…”; she is nicknamed “…”; an event billed
    /// as “…”; informally dubbed the “…”). An active one has its namer
    /// right before it (Trump dubbed him “…”) and is no such name.
    pub(super) fn passive_name_before(&self, t: usize, from: usize) -> bool {
        let mut v = t;
        while v > from
            && t - v < 3
            && (self.is_punct(v - 1, ",")
                || (self.is_word(v - 1) && matches!(self.word(v - 1), "the" | "a" | "an" | "as")))
        {
            v -= 1;
        }
        if v == from || v == t || !self.is_word(v - 1) {
            return false;
        }
        let verb = v - 1;
        let w = self.word(verb);
        let adjectival = matches!(w, "known" | "billed" | "titled" | "entitled" | "nicknamed");
        if !(adjectival || (self.cue(verb) == Some(CueClass::Naming) && w.ends_with("ed"))) {
            return false;
        }
        // Skip an adverb before the verb (derisively known, informally dubbed).
        let mut b = verb;
        if b > from && self.is_word(b - 1) && self.word(b - 1).ends_with("ly") {
            b -= 1;
        }
        if b == from {
            return adjectival;
        }
        let passive = self.is_punct(b - 1, ",")
            || (self.is_word(b - 1)
                && (matches!(
                    self.word(b - 1),
                    "be" | "been" | "being" | "is" | "was" | "are" | "were"
                ) || matches!(self.word(b - 1), "will" | "to")));
        let namer_before = self.mention_ending_at(b - 1).is_some_and(|m| {
            matches!(
                self.mention_list[m].kind,
                MentionKind::Name | MentionKind::Pronoun
            )
        });
        passive || (adjectival && !namer_before)
    }

    /// The possessor of a noun of saying just before the quote at token
    /// `t` (his comment that “…”), or just after it (Obama's “…” promise),
    /// with the noun's token. In fiction the noun may also be one of
    /// replying or asking (Lady Bertram's calm inquiry of “…”): the words
    /// are the reply's owner's.
    pub(super) fn possessor_of_speech(&self, t: usize, from: usize) -> Option<(usize, usize)> {
        let owner = |noun: usize| {
            (noun.saturating_sub(3).max(from)..noun)
                .rev()
                .find_map(|k| self.mention_ending_at(k))
                .filter(|&m| self.mention_list[m].possessive)
        };
        if self.is_word(t + 1) && self.class(t + 1).is_speech_noun() && t > from {
            if let Some(m) = self
                .mention_ending_at(t - 1)
                .filter(|&m| self.mention_list[m].possessive)
            {
                return Some((m, t + 1));
            }
        }
        (from.max(t.saturating_sub(6))..t)
            .rev()
            .take_while(|&k| !self.is_punct(k, ".") && !self.is_quote(k))
            .find(|&k| {
                self.is_word(k)
                    && (self.class(k).is_speech_noun()
                        || (self.genre == Genre::Fiction && self.class(k).is_reply_noun()))
            })
            .and_then(|noun| owner(noun).map(|m| (m, noun)))
    }

    /// Whether the quote at token `t` is a section heading: a paragraph of
    /// its own, in single quotation marks, of at most six words, that does
    /// not read as a line of dialogue.
    pub(super) fn is_heading(&self, t: usize, q: QuotedSpan) -> bool {
        let quoted = q.span.as_str(self.text);
        let single = quoted.starts_with(['\'', '‘']);
        // (the cheap tests first: most quotations open with a double mark,
        // and most of the rest do not open their paragraph; the words are
        // counted only for those that pass both)
        if !single || !self.opens_paragraph(t) {
            return false;
        }
        let words = q
            .content
            .as_str(self.text)
            .split_whitespace()
            .take(7)
            .count();
        let alone_after = t + 1 >= self.tokens.len()
            || self.opens_paragraph(t + 1)
            || (self.is_punct(t + 1, ".")
                && (t + 2 >= self.tokens.len() || self.opens_paragraph(t + 2)));
        // (not a line of dialogue: no question, exclamation, comma or
        // first or second person)
        let content = q.content.as_str(self.text);
        // (asked last: it reads every word)
        let dialogue = || {
            content.contains(['?', '!', ',', '—'])
                || content.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    matches!(w, "I" | "you" | "You" | "we" | "We" | "me" | "my" | "My")
                })
        };
        (2..=6).contains(&words) && alone_after && !dialogue()
    }

    /// Whether the quote at token `t` is a title: title-case words after a
    /// possessive (CNN’s “New Day”, Wednesday’s “MSNBC Live”) or after
    /// "so-called".
    pub(super) fn is_title(&self, t: usize, q: QuotedSpan) -> bool {
        // A work named after its kind, with or without a comma: his book,
        // “An American Son”; the podcast “So, That Happened”.
        let work = [
            t.checked_sub(1),
            t.checked_sub(2).filter(|_| self.is_punct(t - 1, ",")),
        ]
        .into_iter()
        .flatten()
        .any(|k| self.is_word(k) && lexicon::is_work_noun(self.bytes(k)));
        if t == 0 || !(self.is_word(t - 1) || work) {
            return false;
        }
        let prev = if self.is_word(t - 1) {
            self.word(t - 1)
        } else {
            ""
        };
        // (a capitalised owner: not he’s, it’s)
        // (a noun's too — Fox News channel’s “Sunday Morning Futures” —
        // but no contraction: it’s, that’s, here’s)
        let possessive = (prev.ends_with("’s") || prev.ends_with("'s"))
            && (starts_upper(prev) || !is_contraction(prev));
        if prev.eq_ignore_ascii_case("so-called")
            || (prev == "called"
                && t >= 2
                && self.is_word(t - 2)
                && self.word(t - 2).eq_ignore_ascii_case("so"))
        {
            return true;
        }
        // (or after a preposition: an interview with “Fox News Sunday,”
        // the author of “Destiny and Power,”)
        let after_preposition = self.class(t - 1).is_preposition()
            && matches!(prev, "of" | "on" | "with" | "in" | "from");
        if !possessive && !after_preposition && !work {
            return false;
        }
        let content = q.content.as_str(self.text);
        // (a cry is no title: chants of “Bobby!”)
        if content
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '!' && c != '?')
            .ends_with(['!', '?'])
        {
            return false;
        }
        let mut words = 0;
        for w in content.split_whitespace() {
            words += 1;
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if words > 8 || (w.len() > 3 && !w.chars().next().is_some_and(char::is_uppercase)) {
                return false;
            }
        }
        words > 0 && starts_upper(content)
    }
}

/// Whether `word` is a pronoun or adverb with a contracted "is"/"has"
/// (it’s, that’s, here’s), which looks like a possessive but is none.
fn is_contraction(word: &str) -> bool {
    let stem = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    matches!(
        &*lexicon::ascii_lowercase_str(stem),
        "it" | "that"
            | "what"
            | "there"
            | "here"
            | "who"
            | "he"
            | "she"
            | "let"
            | "where"
            | "how"
            | "this"
            | "everyone"
            | "everybody"
            | "nobody"
            | "one"
    )
}
