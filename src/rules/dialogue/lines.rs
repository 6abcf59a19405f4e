//! What a line and its tag say: whom the line addresses or names, whom
//! the tag says it to, and whom a pronoun tag means in the conversation.

use super::*;

impl<'a> Sieve<'a> {
    /// The person a tag says the words were for, the cue being token `c`:
    /// “…,” said the Mock
    /// Turtle to the Gryphon; she asked Elizabeth, “…” — a character who
    /// speaks, named (or described as kin, [`Sieve::relative_of`]) right
    /// after "to" within a few words of the cue, or right after a verb of
    /// asking or telling.
    pub(super) fn tag_addressee(&self, c: usize, turns: &[Turn], people: &People) -> Option<usize> {
        // (the end of the tag's sentence, searched for only when asked:
        // most tags have no "to" nor a verb of asking)
        let end = || self.seg.sentences[self.sentence_of(c)].tokens.end;
        // (a name, or a description of kin the conversation knows: said
        // to her husband is Mr. Hale, who then answers)
        let speaks = |i: usize| {
            let e = match self.mention_starting_at(i) {
                Some(m) if self.mentions.mentions[m].kind == MentionKind::Name => {
                    self.mentions.mentions[m].entity?
                }
                _ if self.is_word(i) && self.is_word(i + 1) && i + 1 < end() => {
                    self.relative_of(self.word(i), self.word(i + 1), i, turns, people)?
                }
                _ => return None,
            };
            (people.speaks.get(e) == Some(&true)).then_some(e)
        };
        if matches!(self.bytes(c), b"asked" | b"told" | b"answered") {
            if let Some(e) = speaks(c + 1) {
                // (not an inverted tag: asked Alice is Alice asking)
                if c > 0 && self.mention_ending_at(c - 1).is_some() {
                    return Some(e);
                }
            }
        }
        // (the first "to" within reach, then whether the sentence reaches it)
        (c + 1..self.seg.tokens.len().min(c + TAG_TO_TOKENS))
            .find(|&i| self.is_word(i) && self.bytes(i) == b"to")
            .filter(|&to| to < end())
            .and_then(|to| speaks(to + 1))
    }

    /// Whether a tag says the words were said to oneself: “…,” she said
    /// to herself; said he to himself — "to" and "himself" or "herself"
    /// within a few words of the cue, token `c`.
    fn said_to_oneself(&self, c: usize) -> bool {
        // (the first "to" within reach, and only then whether the tag's
        // sentence reaches it: most tags have none, and need no search
        // for their sentence)
        let reach = self.seg.tokens.len().min(c + TAG_TO_TOKENS);
        (c + 1..reach)
            .find(|&i| self.is_word(i) && self.bytes(i) == b"to")
            .is_some_and(|to| {
                to < self.seg.sentences[self.sentence_of(c)].tokens.end
                    && self.is_word(to + 1)
                    && matches!(self.bytes(to + 1), b"himself" | b"herself")
            })
    }

    /// A speaker for entity `e` at its latest mention before token `before`
    /// that the conversation has not read as someone else; none when no
    /// such mention comes before (a person named only later is not taken).
    pub(super) fn latest_mention_of(
        &self,
        e: usize,
        before: usize,
        moved: &Moves,
    ) -> Option<Who<'a>> {
        let entity = self.mentions.entities.get(e)?;
        let at = self.seg.tokens.get(before)?.span.start;
        let k = entity.mentions.partition_point(|m| m.start < at);
        // (not a pronoun the conversation has read as someone else)
        let mention = *entity.mentions[..k]
            .iter()
            .rev()
            .find(|&&m| moved.to(m).is_none_or(|to| to == e))?;
        Some(Who::of_entity(&self.mentions.entities, e, mention))
    }

    /// A quotation's speaker as the conversation holds it ([`Who`]): its
    /// name borrowed from where the sieve or the conversation took it (the
    /// entity's name, the mention's words, or `narrator`'s name), and
    /// copied only if it is none of them.
    pub(super) fn who(&self, speaker: &Speaker, narrator: Option<&Who<'a>>) -> Who<'a> {
        let name = speaker.name.as_str();
        let written = speaker.mention.as_str(self.text);
        let name = match speaker.entity.map(|e| &self.mentions.entities[e].name) {
            Some(entity) if entity == name => Cow::Borrowed(entity.as_str()),
            _ => match narrator {
                Some(narrator) if narrator.name == name => narrator.name.clone(),
                _ if written == name => Cow::Borrowed(written),
                _ => match written.get(..name.len()) {
                    // (an unresolved possessive names its owner: Clinton's
                    // is Clinton)
                    Some(owner) if owner == name => Cow::Borrowed(owner),
                    _ => Cow::Owned(name.to_string()),
                },
            },
        };
        Who {
            name,
            mention: speaker.mention,
            entity: speaker.entity,
        }
    }

    /// The words by which a quotation may address someone ([`run_vocatives`]),
    /// but a name alone with a question mark or a full stop: that asks
    /// after the person, echoes the name just said (“Abbott?”), or answers
    /// with it (“Abbott.”); a name alone called out (“Abbott!”) still
    /// addresses them.
    fn address_forms<'r>(
        &self,
        content: Span,
        runs: &'r [Run],
    ) -> impl Iterator<Item = &'a str> + 'r
    where
        'a: 'r,
    {
        let words = content.as_str(self.text);
        // (a line that is only a name, asked or said (“Frances?”,
        // “Frances.”), answers with it or asks after that one, rather
        // than calling on them)
        let alone = words.trim_end().strip_suffix(['?', '.']).map(str::trim_end);
        run_vocatives(words, runs).filter(move |&form| Some(form) != alone)
    }

    /// The person a line (the quotations of one paragraph) addresses by
    /// name: at a quotation's start or after a comma or an exclamation,
    /// and before a comma or the end of a sentence (“Mary, come here”;
    /// “Come here, Mr. Bennet!”), the first of its forms of address that
    /// `accept` takes ([`address_forms`]; [`is_name_like`] for a name, not
    /// a title or a word of address such as Sir); scare quotes address
    /// nobody.
    ///
    /// [`address_forms`]: Sieve::address_forms
    pub(super) fn line_address(
        &self,
        quoted: &[Quote],
        line: std::ops::Range<usize>,
        runs: &QuoteRuns,
        people: &People,
        accept: impl Fn(&str) -> bool + Copy,
    ) -> Option<usize> {
        line.clone()
            .zip(&quoted[line])
            .filter(|(_, q)| q.kind != QuoteKind::Scare)
            .find_map(|(n, q)| {
                self.address_forms(q.content, runs.of_quote(n))
                    .filter(|&form| accept(form))
                    .find_map(|form| people.entity_of_form(form))
            })
    }

    /// Adds to `out` the people a quotation names anywhere in its words
    /// (“Is Mary coming?”), as its `runs` name them ([`People::named_by_run`]),
    /// each once. At most [`NAMED_IN_LINE`] people are gathered.
    pub(super) fn named_in(runs: &[Run], out: &mut Vec<usize>) {
        if out.len() >= NAMED_IN_LINE {
            return;
        }
        for e in runs.iter().filter_map(|run| run.names) {
            if !out.contains(&e) {
                out.push(e);
                // (a bound, so that a line naming a crowd costs no more
                // than a line naming a few)
                if out.len() >= NAMED_IN_LINE {
                    return;
                }
            }
        }
    }

    /// Whether `speaker` is a first-person narrator's "I" not yet named:
    /// with no entity, or the narration's "I" entity (see
    /// [`mentions::find_mentions_in`]).
    pub(super) fn is_unnamed_i(&self, speaker: &Speaker) -> bool {
        speaker.mention.as_str(self.text) == "I"
            && speaker
                .entity
                .is_none_or(|e| self.mentions.entities[e].name == mentions::NARRATOR)
    }

    /// The mention whose span is exactly `span`, if any.
    pub(super) fn mention_spanning(&self, span: Span) -> Option<usize> {
        let mentions = &self.mentions.mentions;
        let at = mentions.partition_point(|m| m.span.start < span.start);
        mentions.get(at).filter(|m| m.span == span).map(|_| at)
    }

    /// [`Sieve::mention_spanning`], searched for from the mention at
    /// `near` out ([`partition_point_near`]), which it moves to where the
    /// search ended: a walk over speakers in the order of the text finds
    /// each near the one before, for fewer reads than a search of the
    /// whole list.
    pub(super) fn mention_spanning_from(&self, span: Span, near: &mut usize) -> Option<usize> {
        let mentions = &self.mentions.mentions;
        let at = partition_point_near(mentions, *near, |m| m.span.start < span.start);
        *near = at;
        mentions.get(at).filter(|m| m.span == span).map(|_| at)
    }

    /// [`Sieve::mention_spanning`] of a tag's mention, searched for from
    /// the first mention at or after token `token` of its line out
    /// ([`Sieve::first_mention_from`]): a tag is a few words from its
    /// line, where a search of all the mentions of a novel misses the
    /// cache step after step.
    fn mention_spanning_near(&self, span: Span, token: usize) -> Option<usize> {
        match self.first_mention_from(token) {
            Some(mut near) => self.mention_spanning_from(span, &mut near),
            None => self.mention_spanning(span),
        }
    }

    /// A "he" or "she" tag, or a description of a person (the girl, his
    /// wife, the stranger), read in its conversation. The person must be a
    /// character who speaks ([`People::speaks`]) of the gender the pronoun
    /// or noun gives (any gender for a noun that gives none): of the
    /// latest sentence of its paragraph that names one before it, the
    /// first (Mr. Wilcox looked up. “…,” he said), or the person of a
    /// subject pronoun of its gender before that name (As she passed, she
    /// saw that Mary had gone.), passing over sentences
    /// that a pronoun of its gender opens (She had treated Helen so.),
    /// else, for a verb of
    /// going on, the one [`Named::kept`] keeps when the narration since
    /// their line names no other who may speak (“…,” said Margaret. /
    /// Groans. / “…,” she continued), else the one the next
    /// line answers by name ([`Named::answered`]: “…,” he said. / “Yes,
    /// Tom.”), else the first of the speakers the conversation leads to
    /// ([`Sieve::next_speakers`]) of its gender (when that is not the first
    /// of them, the subject the narration paragraph just before names
    /// last of its gender comes before it, and then, for a pronoun, the
    /// person the mentions stage read it as; when none is, the one of its
    /// gender that paragraph names last, in any role), else the latest
    /// speaker of the conversation, else the first of the speakers the
    /// conversation leads to whose gender the text never tells, else the
    /// latest person named before it; never one of
    /// [`Named::not_speaking`]: the people its line addresses or names, and
    /// the one the tag of the very next paragraph names by name when that
    /// paragraph opens with its line (a reply is a new speaker's; a line
    /// only thought has no reply, so its thinker may be that one), nor
    /// whom the tag says the words to (“…,” he said to Gino:
    /// [`Named::told_by`]). `None` keeps the mentions stage's
    /// reading. (`next`: a buffer for the speakers the conversation leads
    /// to, read once however often they are asked for.)
    #[allow(clippy::too_many_arguments)] // (the tag, its place, what is known, and a buffer)
    pub(super) fn pronoun_in_conversation(
        &self,
        speaker: &Speaker,
        paragraph: usize,
        first_token: usize,
        so_far: SoFar<'_, 'a>,
        people: &People,
        named: Named<'_>,
        next: &mut Vec<Who<'a>>,
    ) -> Option<Who<'a>> {
        let turns = so_far.turns;
        // (the one a description of kin is kin of, who is not that kin)
        let mut kin_owner: Option<usize> = None;
        let at = self.mention_spanning_near(speaker.mention, first_token)?;
        let mention = &self.mentions.mentions[at];
        let words = mention.span.as_str(self.text);
        let gender = match mention.kind {
            MentionKind::Pronoun => pronoun_gender(words)?,
            // (a description of a person: the girl, his wife, the old gentleman)
            MentionKind::Nominal => {
                let mut words = words.split_whitespace();
                let determiner = words.next()?;
                // (an indefinite description, a voice or a man, names no
                // one the reader knows yet, nor any title: the
                // conversation reads it as it reads "the stranger")
                let indefinite =
                    determiner.eq_ignore_ascii_case("a") || determiner.eq_ignore_ascii_case("an");
                if !indefinite && !lexicon::is_definite_determiner(determiner) {
                    return None;
                }
                // (one the cast list names by it, a grinning countryman by
                // The Grinning Countryman, is that one: someone new, not
                // anyone the conversation knows)
                if indefinite
                    && mention
                        .entity
                        .is_some_and(|e| self.mentions.entities[e].kind == EntityKind::Person)
                {
                    return None;
                }
                let head = words.last()?;
                // (a spouse or parent of the one the possessive means: his
                // mother is Mrs. Herriton when he is Philip Herriton)
                if let Some(e) =
                    self.relative_of(determiner, head, mention.tokens.start, turns, people)
                {
                    return (Some(e) != speaker.entity)
                        .then(|| Who::of_entity(&self.mentions.entities, e, speaker.mention));
                }
                // (any other kin of the one the possessive means is not
                // that one: her aunt is not the niece she speaks to)
                if lexicon::is_kin_noun(head) {
                    kin_owner = self.possessor(determiner, mention.tokens.start, turns, people);
                }
                // (a title for a name: the doctor is Doctor Losberne, the
                // count Count Mippipopolous, when one character has it)
                let titled = (!indefinite)
                    .then(|| description_title(head))
                    .flatten()
                    .and_then(|title| {
                        people.titled(title, mention.span.start, &self.mentions.entities)
                    });
                if let Some(e) = titled {
                    return (Some(e) != speaker.entity)
                        .then(|| Who::of_entity(&self.mentions.entities, e, speaker.mention));
                }
                lexicon::person_noun_gender(head).unwrap_or(Gender::Unknown)
            }
            MentionKind::Name => return None,
        };
        // (whom the tag says the words were for)
        let told = named
            .told_by
            .and_then(|c| self.tag_addressee(c, turns, people));
        // ("the other" is not the one the conversation is on)
        let in_focus = (mention.kind == MentionKind::Nominal
            && words.split_whitespace().nth(1) == Some("other"))
        .then(|| self.in_focus(mention.tokens.start, turns))
        .flatten();
        // (a description of age fits no one whose honorific says the
        // other age: the old lady is no Miss, the girl no Mrs.)
        let unfit_honorifics: &[&str] = if mention.kind == MentionKind::Nominal {
            let mut parts = words.split_whitespace();
            let head = parts.next_back().unwrap_or_default();
            // (the words between the determiner and the noun)
            let modified_by = |word: &str| parts.clone().skip(1).any(|w| w == word);
            if lexicon::OLD_AGE_WORDS.iter().copied().any(modified_by) {
                lexicon::HONORIFICS_OF_THE_YOUNG
            } else if matches!(head, "girl" | "lass") || (head == "lady" && modified_by("young")) {
                lexicon::HONORIFICS_OF_THE_MARRIED
            } else {
                &[]
            }
        } else {
            &[]
        };
        let honorific_fits = |e: usize| {
            self.mentions.entities[e]
                .name
                .split_whitespace()
                .next()
                .is_none_or(|title| !unfit_honorifics.contains(&title))
        };
        // (a description of a grown person, the man or the old
        // gentleman, is not one the conversation has read a description
        // of the young as: the boy the tags called him is a boy still)
        let grown_up = mention.kind == MentionKind::Nominal && lexicon::describes_a_grown_up(words);
        let age_fits = |e: usize| {
            honorific_fits(e) && !(grown_up && so_far.called_young.get(e) == Some(&true))
        };
        // (whether `e` may be the one the tag means, whatever its gender)
        let fits_any_gender = |e: usize| {
            age_fits(e)
                && Some(e) != kin_owner
                && !named.not_speaking.contains(&e)
                && told != Some(e)
                && Some(e) != in_focus
                && people.speaks.get(e) == Some(&true)
        };
        // (a description with no gender fits anyone: the stranger)
        let fits = |e: usize| {
            fits_any_gender(e)
                && (gender == Gender::Unknown || people.genders.get(e) == Some(&gender))
        };
        let as_pronoun = |e: usize| Who::of_entity(&self.mentions.entities, e, speaker.mention);
        // (a person the paragraph names before the pronoun: Mr. Wilcox
        // looked up. “…,” he said.; of the latest sentence that names one,
        // its first, the subject rather than the object: Sikes turned to
        // where Noah lay. “…,” he said.)
        let paragraph_start = people
            .paragraph_start(paragraph)
            .map_or(mention.tokens.start, |t| t.min(mention.tokens.start));
        let may_be_subject = |m: &&crate::mentions::Mention| {
            m.kind == MentionKind::Name
                && !m.possessive
                && !m.after_preposition
                && m.entity.is_some_and(fits)
        };
        // (a name in a sentence that a pronoun of the tag's gender opens
        // is not the one the tag goes on with: the pronoun's person is:
        // Margaret rushed out. She said not a word; she had treated Helen
        // so, and knew what Helen would feel. She thought, “…”)
        let after_pronoun = |m: &crate::mentions::Mention, window_start: usize| {
            let sentence = &self.seg.sentences[self.sentence_of(m.tokens.start)];
            let from = sentence.tokens.start.max(window_start);
            gender != Gender::Unknown
                && self.mentions.mentions[self.mentions_within(&(from..m.tokens.start))]
                    .first()
                    .is_some_and(|p| {
                        p.kind == MentionKind::Pronoun
                            && p.tokens.start == from
                            && pronoun_gender(p.span.as_str(self.text)) == Some(gender)
                    })
        };
        // (a subject pronoun of the tag's gender, which may stand before
        // the name of the sentence it opens a clause of: As she passed,
        // she saw that Mary had left the door open. “…,” she said)
        let subject_pronoun = |m: &crate::mentions::Mention| {
            gender != Gender::Unknown
                && m.kind == MentionKind::Pronoun
                && !m.possessive
                && pronoun_gender(m.span.as_str(self.text)) == Some(gender)
        };
        // (the subject of the latest sentence from token `window_start` on
        // that names one: its first name, or the person of a subject
        // pronoun of the tag's gender before it, whom the tag goes on with)
        let subject_since = |window_start: usize| {
            self.mentions.mentions[self.mentions_within(&(window_start..mention.tokens.start))]
                .iter()
                .rev()
                .take(NAMES_BACK)
                .find(|m| may_be_subject(m) && !after_pronoun(m, window_start))
                .and_then(|latest| {
                    let sentence = &self.seg.sentences[self.sentence_of(latest.tokens.start)];
                    let from = sentence.tokens.start.max(window_start);
                    let first = self.mentions.mentions
                        [self.mentions_within(&(from..latest.tokens.end))]
                    .iter()
                    .take(NAMES_BACK)
                    .find(|m| may_be_subject(m) || subject_pronoun(m))?;
                    if first.kind == MentionKind::Pronoun {
                        return so_far
                            .moved
                            .to(first.span)
                            .or(first.entity)
                            .filter(|&e| fits(e));
                    }
                    first.entity
                })
        };
        let in_paragraph = subject_since(paragraph_start);
        // (from the paragraph just before on, when it is narration after
        // the latest turn)
        let narration_start = paragraph
            .checked_sub(1)
            .filter(|&p| turns.last().is_none_or(|t| t.paragraph < p))
            .and_then(|p| people.paragraph_start(p))
            .map_or(paragraph_start, |t| t.min(paragraph_start));
        // (else, after a verb of going on, the one who spoke last: “…,” he
        // added; else the one the next line answers by name: “…,” he said.
        // / “Yes, Tom.”)
        let resolved = in_paragraph
            .or_else(|| {
                // (unless the narration since names another who may speak:
                // Mrs. Bennet was profuse in her acknowledgments. / “…,” she
                // added)
                let (kept, since) = named.kept.filter(|&(e, _)| fits(e))?;
                let narration = since.min(paragraph_start)..paragraph_start;
                let another = self.mentions.mentions[self.mentions_within(&narration)]
                    .iter()
                    .rev()
                    .take(NAMES_BACK)
                    .any(|m| may_be_subject(&m) && m.entity != Some(kept));
                (!another).then_some(kept)
            })
            .or_else(|| named.answered.filter(|&e| fits(e)))
            .or_else(|| {
                self.next_speakers(paragraph, first_token, so_far, people, next);
                let mut fitting = next.iter().filter_map(|s| s.entity).filter(|&e| fits(e));
                // (when none of them is of the tag's gender, the one of it
                // the narration paragraph just before names last, in any
                // role: I stopped to speak with Montoya. / “…,” he asked)
                let Some(first) = fitting.next() else {
                    return self.mentions.mentions[self
                        .mentions
                        .within(&(narration_start..mention.tokens.start))]
                    .iter()
                    .rev()
                    .take(NAMES_BACK)
                    .filter(|m| m.kind == MentionKind::Name)
                    .find_map(|m| m.entity.filter(|&e| fits(e)));
                };
                // (when the one the conversation leads to first is not of
                // the tag's gender, the narration paragraph just before
                // may say who is: the subject of its latest sentence that
                // names one of that gender: Anne put down her work. Tom
                // looked out of the window. / “…,” she said); else, for a
                // pronoun, the one the narration's pronouns of its gender
                // have been speaking of (the mentions stage's reading, by
                // the chain of he or she back to a name), before a later
                // candidate of the turns: the turns' first candidate is not
                // the tag's, so the rest of them are weak evidence
                if next.first().and_then(|s| s.entity) == Some(first) {
                    Some(first)
                } else {
                    let narrated = speaker
                        .entity
                        .filter(|&e| mention.kind == MentionKind::Pronoun && fits(e));
                    subject_since(narration_start).or(narrated).or(Some(first))
                }
            })
            .or_else(|| {
                let mut near = paragraph;
                turns.iter().rev().take(TURNS_BACK).find_map(|turn| {
                    if turn.paragraph + 3 < near {
                        return None;
                    }
                    near = turn.paragraph;
                    turn.speaker.as_ref()?.entity.filter(|&e| fits(e))
                })
            })
            .or_else(|| {
                // (else the first the conversation leads to whose gender
                // the text never tells: one named only in tags and lines,
                // “…,” said Zorbak, may well be the he of the next tag,
                // more likely than a man the narration named pages before;
                // of the list read above, which every reading that comes
                // here read, the conversation being as it was)
                next.iter().filter_map(|s| s.entity).find(|&e| {
                    people.genders.get(e) == Some(&Gender::Unknown) && fits_any_gender(e)
                })
            })
            .or_else(|| {
                // (a name in the narration before: Emma looked up. “…,” she said.)
                self.mentions.mentions[..at]
                    .iter()
                    .rev()
                    .take(NARRATION_NAMES_BACK)
                    .filter(|m| m.kind == MentionKind::Name)
                    .find_map(|m| {
                        let e = m.entity?;
                        (fits(e) && self.mentions.entities[e].kind == EntityKind::Person)
                            .then_some(e)
                    })
            });
        let resolved = resolved?;
        (Some(resolved) != speaker.entity).then(|| as_pronoun(resolved))
    }

    /// What the tag of cue `cue` says of its line: the cue's token, if
    /// the cue is one, whether the words were said to oneself, and whether
    /// the line was only thought, not said aloud (“…,” thought Elinor;
    /// she mused; he said to himself).
    /// (`near`: a token near the cue, where its search starts)
    pub(super) fn read_cue(&self, cue: Span, near: usize) -> CueRead {
        let tokens = &self.seg.tokens;
        let c = partition_point_near(tokens, near, |t| t.span.start < cue.start);
        let token = tokens.get(c).filter(|t| t.span == cue).map(|_| c);
        let to_oneself = token.is_some_and(|c| self.said_to_oneself(c));
        CueRead {
            span: cue,
            token,
            to_oneself,
            thought: lexicon::is_verb_of_thinking(cue.as_str(self.text)) || to_oneself,
        }
    }

    /// Whether a cue is a verb of going on speaking (“…,” he added; she
    /// went on; he resumed): the speaker is the one who spoke last.
    pub(super) fn is_going_on(&self, cue: Span) -> bool {
        let word = cue.as_str(self.text);
        lexicon::is_going_on(word)
            || (word == "went"
                && self.text[cue.end..]
                    .trim_start()
                    .get(..2)
                    .is_some_and(|on| on == "on"))
    }

    /// The person a conversation is on at token `at`, whom a description
    /// as "the other" (the other man) excludes: the latest person the
    /// narration names since the previous turn (Philip merely bowed. /
    /// “…,” the other continued), else the previous turn's speaker.
    fn in_focus(&self, at: usize, turns: &[Turn]) -> Option<usize> {
        let previous = turns.last();
        let from = previous
            .and_then(|t| self.paragraph_start(t.paragraph + 1))
            .map_or(at, |t| t.min(at));
        self.mentions.mentions[self.mentions_within(&(from..at))]
            .iter()
            .rev()
            .take(NAMES_BACK)
            .filter(|m| m.kind == MentionKind::Name)
            .find_map(|m| {
                m.entity
                    .filter(|&e| self.mentions.entities[e].kind == EntityKind::Person)
            })
            .or_else(|| previous?.speaker.as_ref()?.entity)
    }

    /// The person a possessive (his, her) said at token `at` means: the
    /// latest person of its gender named in the paragraph before `at`,
    /// else in the narration since the previous turn (Elizabeth looked
    /// back. / “…,” said her aunt), else the latest speaker of that gender
    /// of the recent turns, else the latest person of that gender named
    /// before.
    fn possessor(
        &self,
        possessive: &str,
        at: usize,
        turns: &[Turn],
        people: &People,
    ) -> Option<usize> {
        let gender = match possessive {
            "his" | "His" => Gender::Male,
            "her" | "Her" => Gender::Female,
            _ => return None,
        };
        let entities = &self.mentions.entities;
        let person_of = |e: usize| {
            entities[e].kind == EntityKind::Person && people.genders.get(e) == Some(&gender)
        };
        let paragraph = self.seg.sentences.get(self.sentence_of(at))?.paragraph;
        let paragraph_start = people.paragraph_start(paragraph).map_or(at, |t| t.min(at));
        // (the latest person of the gender named in tokens `tokens`, at
        // most NAMES_BACK names back)
        let named_in = |tokens: std::ops::Range<usize>| {
            self.mentions.mentions[self.mentions_within(&tokens)]
                .iter()
                .rev()
                .take(NAMES_BACK)
                .filter(|m| m.kind == MentionKind::Name)
                .find_map(|m| m.entity.filter(|&e| person_of(e)))
        };
        let since_turn = turns
            .last()
            .and_then(|t| people.paragraph_start(t.paragraph + 1))
            .filter(|&t| t < paragraph_start);
        named_in(paragraph_start..at)
            .or_else(|| named_in(since_turn?..paragraph_start))
            .or_else(|| latest_turn_speaker(turns, &person_of))
            .or_else(|| named_in(0..at))
    }

    /// The person a description of kin means (his mother, her husband),
    /// said at token `at`: a speaking character of the kin's gender who
    /// shares the surname of the one the possessive means and, when
    /// several do, the one whose honorific says it (Mrs. for a mother or a
    /// wife, Mr. for a father or a husband; for a son, a daughter, a
    /// brother or a sister, the one of the family not named Mr. or Mrs.);
    /// when none does, the latest
    /// speaking character named with that honorific, at most
    /// [`KIN_MENTIONS`] mentions before. The possessive means the
    /// latest person of its gender named in the paragraph before `at`,
    /// else the latest speaker of that gender, else, for a spouse, the
    /// latest of that gender named with the married honorific (Mrs. for
    /// "her husband"), else the latest person of that gender named
    /// before; for a parent of the possessor's own
    /// gender, never one named with the parent's honorific. A spouse of a
    /// child of the family (a son of its Mr.) is none of its Mrs. or Mr.:
    /// then `None`.
    fn relative_of(
        &self,
        possessive: &str,
        kin: &str,
        at: usize,
        turns: &[Turn],
        people: &People,
    ) -> Option<usize> {
        let (gender, honorifics): (Gender, &[&str]) = match kin {
            "mother" | "wife" => (Gender::Female, &["Mrs.", "Mrs"]),
            "father" | "husband" => (Gender::Male, &["Mr.", "Mr"]),
            "son" | "brother" => (Gender::Male, &[]),
            "daughter" | "sister" => (Gender::Female, &[]),
            _ => return None,
        };
        // (a child or a sibling goes by no honorific of its own, and is not
        // the family's Mr. or Mrs., a parent or a spouse)
        let younger = honorifics.is_empty();
        let owner_gender = match possessive {
            "his" | "His" => Gender::Male,
            "her" | "Her" => Gender::Female,
            _ => return None,
        };
        let entities = &self.mentions.entities;
        // (whether an entity's name opens with one of some honorifics)
        let named_with = |e: usize, titles: &[&str]| {
            entities[e]
                .name
                .split_whitespace()
                .next()
                .is_some_and(|title| titles.contains(&title))
        };
        // (a parent of the possessor's own gender, her mother or his
        // father: a possessor named with the parent's honorific, a Mrs.
        // before "her mother", is more likely that parent than the child)
        let parent = matches!(kin, "mother" | "father") && gender == owner_gender;
        let person_of = |e: usize| {
            entities[e].kind == EntityKind::Person
                && people.genders.get(e) == Some(&owner_gender)
                && !(parent && named_with(e, honorifics))
        };
        // (the description's own paragraph, which may be narration before
        // the line: …while his wife was saying: / “…”)
        let paragraph = self.seg.sentences.get(self.sentence_of(at))?.paragraph;
        let paragraph_start = people.paragraph_start(paragraph).map_or(at, |t| t.min(at));
        // (the latest person of the possessor's gender named from token
        // `from` on who also passes `also`, at most NAMES_BACK names back)
        let named_before = |from: usize, also: &dyn Fn(usize) -> bool| {
            self.mentions.mentions[self.mentions_within(&(from..at))]
                .iter()
                .rev()
                .take(NAMES_BACK)
                .filter(|m| m.kind == MentionKind::Name)
                .find_map(|m| m.entity.filter(|&e| person_of(e) && also(e)))
        };
        let anyone = |_: usize| true;
        let spouse = matches!(kin, "wife" | "husband");
        let owner_honorifics: &[&str] = match owner_gender {
            Gender::Male => &["Mr.", "Mr"],
            _ => &["Mrs.", "Mrs"],
        };
        // (with no one of the possessor's gender in the paragraph or the
        // recent turns, the possessor of a spouse is married: the latest
        // named with the married honorific, a Mrs. for "her husband",
        // before the latest of the gender at all)
        let married = |e: usize| named_with(e, owner_honorifics);
        let owner = named_before(paragraph_start, &anyone)
            .or_else(|| latest_turn_speaker(turns, &person_of))
            .or_else(|| spouse.then(|| named_before(0, &married)).flatten())
            .or_else(|| named_before(0, &anyone))?;
        // (the owner's family: Elinor is also Miss Dashwood; a family of
        // more than a few speakers names none of them)
        let families = people
            .families
            .get_or_init(|| Families::new(entities, people));
        let mut kin: Vec<usize> = Vec::new();
        // (a spouse: when the family has another of the owner's gender
        // named with the owner's honorific, a Mr. beside Charles Wilcox,
        // the owner is that one's child, and the family's Mrs. is his
        // mother, not his wife)
        let titled_as_owner = |e: usize| named_with(e, owner_honorifics);
        let mut a_child = false;
        for family in families.of(owner) {
            let named = families.named(family);
            if named.len() > KIN_CANDIDATES {
                return None;
            }
            a_child |= spouse
                && !titled_as_owner(owner)
                && named.iter().any(|&e| {
                    e != owner && people.genders.get(e) == Some(&owner_gender) && titled_as_owner(e)
                });
            kin.extend(named.iter().copied().filter(|&e| {
                e != owner
                    && !(younger && named_with(e, &["Mr.", "Mr", "Mrs.", "Mrs"]))
                    && people
                        .genders
                        .get(e)
                        .is_some_and(|&g| g == gender || g == Gender::Unknown)
            }));
        }
        if a_child {
            return None;
        }
        kin.sort_unstable();
        kin.dedup();
        let titled: Vec<usize> = kin
            .iter()
            .copied()
            .filter(|&e| {
                entities[e]
                    .name
                    .split_whitespace()
                    .next()
                    .is_some_and(|title| honorifics.contains(&title))
            })
            .collect();
        match (titled.as_slice(), kin.as_slice()) {
            ([one], _) | ([], [one]) => Some(*one),
            // (no one of the family: the latest named with the
            // honorific before it who speaks, not the one the
            // possessive means; Mrs. Bennet, when Elizabeth's family
            // is not known from her name)
            (_, []) => self.mentions.mentions[self.mentions_within(&(0..at))]
                .iter()
                .rev()
                .take(KIN_MENTIONS)
                .filter(|m| m.kind == MentionKind::Name)
                .find_map(|m| {
                    m.entity.filter(|&e| {
                        e != owner
                            && people.speaks.get(e) == Some(&true)
                            && entities[e]
                                .name
                                .split_whitespace()
                                .next()
                                .is_some_and(|title| honorifics.contains(&title))
                    })
                }),
            _ => None,
        }
    }
}
