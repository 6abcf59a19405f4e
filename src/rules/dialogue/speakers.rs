//! Who may speak an untagged line: the people the conversation leads to,
//! and what the narration around the line tells (an action beat, a
//! silence, a viewpoint).

use super::*;

impl<'a> Sieve<'a> {
    /// Who may speak an untagged turn in `paragraph` whose quotation
    /// starts at token `first_token`, most likely first: when the previous
    /// turn is the paragraph just before, the person it addressed by name,
    /// then whoever spoke before it; then a person the narration names
    /// since the previous turn; after narration, the previous speaker
    /// (first, when the narration just before says someone kept silent,
    /// or tells what a first-person narrator did; but when the narrator
    /// spoke last, what they did ends their turn, and the one who spoke
    /// before them comes first). Written into `out`, emptied first.
    pub(super) fn next_speakers(
        &self,
        paragraph: usize,
        first_token: usize,
        so_far: SoFar<'_, 'a>,
        people: &People,
        out: &mut Vec<Who<'a>>,
    ) {
        let SoFar { turns, moved, .. } = so_far;
        out.clear();
        let Some(previous) = turns.last() else {
            return;
        };
        let last = previous.speaker.as_ref().and_then(|s| s.entity);
        if previous.paragraph + 1 == paragraph {
            if let Some(e) = previous.addressee.filter(|&e| Some(e) != last) {
                if let Some(speaker) = self.latest_mention_of(e, first_token, moved) {
                    out.push(speaker);
                }
            }
            let mut at = previous.paragraph;
            for turn in turns.iter().rev().skip(1).take(TURNS_BACK) {
                // (a conversation is a run of adjacent turns)
                if turn.paragraph + 1 != at {
                    break;
                }
                at = turn.paragraph;
                let Some(speaker) = turn.speaker.as_ref() else {
                    break;
                };
                if !previous
                    .speaker
                    .as_ref()
                    .is_some_and(|p| same_person(p, speaker))
                {
                    out.push(speaker.clone());
                    break;
                }
            }
            // (the reply to a conversation's first line: whom the narration
            // before it calls he or she, when that is not the one who spoke)
            let opens =
                turns.len() < 2 || turns[turns.len() - 2].paragraph + 1 != previous.paragraph;
            if opens {
                out.extend(self.viewpoint(previous, last, moved, people));
            }
        }
        // (a person the narration names: Anne turned to Mary. / “…”)
        let goes_on = paragraph <= previous.paragraph + CONVERSATION_GAP;
        {
            // (from a few paragraphs before the previous turn on, or before
            // this one when a new conversation starts)
            let back = if goes_on {
                previous.paragraph
            } else {
                paragraph
            }
            .saturating_sub(NARRATION_PARAGRAPHS);
            let sentences = &self.seg.sentences;
            let from = people.paragraph_start(back).unwrap_or(previous.first_token);
            // (after narration, the narration's person may be the one who
            // spoke last: Mary walked to the window. / “…”)
            let last = last.filter(|_| previous.paragraph + 1 == paragraph);
            // (the narration paragraph just before this one, when there is one)
            let just_before_from = people
                .paragraph_start(paragraph.saturating_sub(1))
                .unwrap_or(usize::MAX);
            let qualifies = |m: &crate::mentions::Mention| {
                // (a first-person narrator's "I")
                if m.kind == MentionKind::Pronoun && m.span.bytes(self.text) == b"I" {
                    return people.narrator.filter(|&n| Some(n) != last);
                }
                // (a description qualifies as nobody: known before the
                // lookup of its moves)
                if m.kind == MentionKind::Nominal {
                    return None;
                }
                let e = moved.to(m.span).or(m.entity)?;
                // (a pronoun, of the gender its person is known by)
                let pronoun_fits = || {
                    pronoun_gender(m.span.as_str(self.text))
                        .is_some_and(|gender| people.genders.get(e) == Some(&gender))
                };
                // (one who has not spoken yet, named just before: Annie
                // hesitated. / “…”)
                let just_before = || {
                    let s = self.sentence_of(m.tokens.start);
                    let sentence = &self.seg.sentences[s];
                    m.kind == MentionKind::Name
                        && m.tokens.start >= just_before_from
                        && sentence.paragraph + 1 == paragraph
                        && sentence.tokens.start == m.tokens.start
                        && (s == 0 || self.seg.sentences[s - 1].paragraph != sentence.paragraph)
                        && self
                            .seg
                            .sentences
                            .get(s + 1)
                            .is_none_or(|n| n.paragraph != sentence.paragraph)
                };
                // (a possessive that opens its sentence is whom the
                // sentence is about: Her hand was trembling. / “…”; so is
                // one in the narration just before, unless a subject comes
                // before it: A red patch appeared on Gregory's forehead.)
                ((m.kind == MentionKind::Name
                    || (m.kind == MentionKind::Pronoun && pronoun_fits()))
                    && (!m.possessive
                        || self.opens_sentence(m)
                        || m.tokens.start >= just_before_from)
                    && Some(e) != last
                    && self.mentions.entities[e].kind == EntityKind::Person
                    && (people.speaks.get(e) == Some(&true) || just_before()))
                .then_some(e)
            };
            let all = &self.mentions.mentions;
            let narration = self.mentions_within(&(from..first_token));
            // (the last sentence that names one; its first, the subject
            // more often than not: Anne turned to Mary.)
            let named = all[narration.clone()]
                .iter()
                .rposition(|m| qualifies(m).is_some())
                .map(|i| narration.start + i)
                .and_then(|k| {
                    let last_named = &all[k];
                    let s = sentences.partition_point(|s| s.tokens.end <= last_named.tokens.start);
                    let start = sentences.get(s).map_or(from, |s| s.tokens.start.max(from));
                    // (its last clause's: Elinor talked; but Miss Steele
                    // could not be kept from it.)
                    let start = (start..last_named.tokens.start)
                        .rev()
                        .find(|&i| self.is_punct(i, ";"))
                        .map_or(start, |i| i + 1);
                    // ([`Mentions::within`] of `start..last_named.tokens.end`,
                    // searched for from the last named out: its sentence's
                    // mentions are near it)
                    let first = partition_point_near(all, k, |m| m.tokens.start < start);
                    let end =
                        partition_point_near(all, k, |m| m.tokens.start < last_named.tokens.end);
                    all[first..end.max(first)]
                        .iter()
                        .find(|m| !m.after_preposition && qualifies(m).is_some())
                        .or(Some(last_named))
                })
                .and_then(|m| Some((m, qualifies(m)?)));
            // (one who spoke since the narration named someone is the
            // fresher word: the other speaker of the turns since)
            let spoke_since = named.and_then(|(m, _)| {
                let last = previous.speaker.as_ref().and_then(|s| s.entity);
                other_recent_speaker(turns, last, m.tokens.end)
            });
            out.extend(spoke_since);
            if let Some((m, e)) = named {
                out.push(Who::of_entity(&self.mentions.entities, e, m.span));
            }
            // (a first-person narrator whose own doing is the narration
            // just before does not speak the line: a narrator gives their
            // words a tag, I said, and what they only did was their
            // answer: I shook my head. / “…”)
            let narrator_acted = named.is_some_and(|(m, _)| {
                m.kind == MentionKind::Pronoun
                    && m.tokens.start >= just_before_from
                    && m.span.bytes(self.text) == b"I"
            });
            // (after narration, the previous speaker may go on; first,
            // when the narration says the other kept silent: Rosa said
            // nothing. / “…”, or that the narrator only acted)
            if goes_on && previous.paragraph + 1 < paragraph {
                // (what the narrator did after their own line ends their
                // turn: the one who spoke before them answers)
                let narrator_spoke = narrator_acted
                    && previous.speaker.as_ref().and_then(|s| s.entity) == people.narrator;
                if narrator_spoke {
                    if let Some(speaker) = other_recent_speaker(turns, people.narrator, 0) {
                        out.insert(0, speaker);
                    }
                } else if narrator_acted || self.tells_silence(paragraph - 1) {
                    if let Some(speaker) = previous.speaker.clone() {
                        out.insert(0, speaker);
                    }
                } else {
                    out.extend(previous.speaker.clone());
                }
            }
        }
        // (else whoever spoke last before the previous speaker)
        if out.is_empty() && goes_on {
            out.extend(other_recent_speaker(turns, last, 0));
        }
    }

    /// The person the narration just before turn `previous` is told
    /// about, in a story told in the third person: the one its last
    /// subject pronoun (he, she) stands for, of that pronoun's gender, a
    /// person who speaks and not `last`, the turn's own speaker (when
    /// that pronoun is the speaker's, the narration is about them and
    /// tells nothing of who answers). The
    /// viewpoint character answers the one who opens a conversation with
    /// them, even when the narration names others after: Anne sat by the
    /// fire. She was tired. Tom came in with Mary. / “…,” said Tom. / “…”
    /// is Anne's.
    fn viewpoint(
        &self,
        previous: &Turn,
        last: Option<usize>,
        moved: &Moves,
        people: &People,
    ) -> Option<Who<'a>> {
        // (a first-person narrator is the viewpoint of their own story)
        if people.narrator.is_some() {
            return None;
        }
        let from = people
            .paragraph_start(previous.paragraph.checked_sub(1)?)
            .unwrap_or(previous.first_token);
        self.mentions.mentions[self.mentions_within(&(from..previous.first_token))]
            .iter()
            .rev()
            .find(|m| {
                m.kind == MentionKind::Pronoun
                    && !m.possessive
                    && !m.after_preposition
                    && matches!(m.span.as_str(self.text), "he" | "she" | "He" | "She")
            })
            .and_then(|m| {
                let e = moved.to(m.span).or(m.entity)?;
                let gender = pronoun_gender(m.span.as_str(self.text))?;
                (Some(e) != last
                    && people.genders.get(e) == Some(&gender)
                    && self.mentions.entities[e].kind == EntityKind::Person
                    && people.speaks.get(e) == Some(&true))
                .then(|| Who::of_entity(&self.mentions.entities, e, m.span))
            })
    }

    /// The person whose action opens the paragraph before its first
    /// quotation (Bob nodded. “…”): the first named character who speaks,
    /// as a subject, in the paragraph's narration before `first_token`,
    /// but none of those the line itself names, `named_in_line` (Brenda
    /// came in. Marjorie looked up. “But, Brenda, …” is Marjorie's: one
    /// does not call or speak of oneself by name); none when that person's
    /// doing is no sign of who speaks next ([`Sieve::beat_tells_nothing`]).
    pub(super) fn action_beat(
        &self,
        paragraph: usize,
        first_token: usize,
        people: &People,
        named_in_line: &[usize],
    ) -> Option<Who<'a>> {
        let start = people.paragraph_start(paragraph)?;
        let m = self.mentions.mentions[self.mentions_within(&(start..first_token))]
            .iter()
            .find(|m| {
                m.kind == MentionKind::Name
                    && (!m.possessive || self.opens_sentence(m))
                    && !m.after_preposition
                    && m.entity.is_some_and(|e| {
                        people.speaks.get(e) == Some(&true) && !named_in_line.contains(&e)
                    })
            })?;
        if self.beat_tells_nothing(m, first_token) {
            return None;
        }
        let e = m.entity?;
        Some(Who::of_entity(&self.mentions.entities, e, m.span))
    }

    /// The person the narration after a line leads in to the next
    /// paragraph's line by name (“Yes, sir.” Annie hesitated, then
    /// blurted out: / “…”): a paragraph is one person's, so the one who
    /// goes on to speak said its line too, taking two paragraphs in a
    /// row. `line_end` is the end byte of the paragraph's last quotation;
    /// `next_lines` the quotations of the paragraph after it.
    pub(super) fn leads_in_after_line(
        &self,
        paragraph: usize,
        line_end: usize,
        next_lines: &[Quote],
        people: &People,
        narrator: Option<&Who<'a>>,
    ) -> Option<Who<'a>> {
        let next = next_lines.iter().find(|q| q.kind != QuoteKind::Scare)?;
        let speaker = next
            .speaker
            .as_ref()
            .filter(|_| next.rule == Rule::ColonLeadIn)?;
        let m = &self.mentions.mentions[self.mention_spanning(speaker.mention)?];
        let in_narration_after = m.span.start >= line_end
            && self.seg.sentences[self.sentence_of(m.tokens.start)].paragraph == paragraph;
        let by_name = m.kind == MentionKind::Name
            && m.entity
                .is_some_and(|e| people.speaks.get(e) == Some(&true));
        (in_narration_after && by_name).then(|| self.who(speaker, narrator))
    }

    /// Whether the beat of mention `m` says nothing of who speaks the line
    /// at `first_token`: when the person says their own words in reported
    /// speech in a sentence of their own (Anne said what was proper. “…”
    /// is another's answer), or when another acts with them (Catherine
    /// and Isabella sat together: either may speak).
    fn beat_tells_nothing(&self, m: &crate::mentions::Mention, first_token: usize) -> bool {
        let verb = m.tokens.end;
        let sentence_end = self.seg.sentences[self.sentence_of(m.tokens.start)]
            .tokens
            .end;
        let reported = self.is_word(verb)
            && sentence_end <= first_token
            && matches!(self.word(verb), "said" | "told");
        // (two who act together: Catherine and Isabella sat together.)
        let shared = self.is_word(verb)
            && self.word(verb) == "and"
            && self.mention_starting_at(verb + 1).is_some();
        reported || shared
    }

    /// The speaker a pronoun opening the paragraph before its first
    /// quotation means (He shook his head. “…”): of the two who spoke the
    /// last two turns of the conversation, the one of its gender, when the
    /// other is not.
    pub(super) fn pronoun_beat(
        &self,
        paragraph: usize,
        first_token: usize,
        turns: &[Turn<'a>],
        people: &People,
    ) -> Option<Who<'a>> {
        let start = people.paragraph_start(paragraph)?;
        if start >= first_token || !self.is_word(start) {
            return None;
        }
        let gender = match self.word(start) {
            "He" => Gender::Male,
            "She" => Gender::Female,
            _ => return None,
        };
        let previous = turns.last()?;
        if paragraph > previous.paragraph + CONVERSATION_GAP {
            return None;
        }
        let last = previous.speaker.clone()?;
        let other = other_recent_speaker(turns, last.entity, 0)?;
        let fits = |s: &Who| s.entity.and_then(|e| people.genders.get(e)) == Some(&gender);
        match (fits(&last), fits(&other)) {
            (true, false) => Some(last),
            (false, true) => Some(other),
            _ => None,
        }
    }

    /// Whether narration paragraph `paragraph` says that someone kept
    /// silent (was silent, said nothing, made no answer, did not reply),
    /// within its first [`SILENCE_TOKENS`] tokens.
    fn tells_silence(&self, paragraph: usize) -> bool {
        let Some(start) = self.paragraph_start(paragraph) else {
            return false;
        };
        let sentences = &self.seg.sentences;
        let last = sentences
            .partition_point(|s| s.paragraph <= paragraph)
            .checked_sub(1)
            .and_then(|s| sentences.get(s));
        let Some(last) = last else {
            return false;
        };
        let word = |i: usize| if self.is_word(i) { self.word(i) } else { "" };
        // (each word read once: the one after a word is the next one's)
        let mut this = word(start);
        for i in start..last.tokens.end.min(start + SILENCE_TOKENS) {
            let next = word(i + 1);
            if lexicon::tells_silence(this, next) {
                return true;
            }
            this = next;
        }
        false
    }

    /// Whether a mention is its sentence's first word.
    fn opens_sentence(&self, m: &crate::mentions::Mention) -> bool {
        let s = self.sentence_of(m.tokens.start);
        self.seg.sentences[s].tokens.start == m.tokens.start
    }
}
