//! Reported speech: X said (that) CLAUSE, CLAUSE, X said, according to X,
//! X …, saying CLAUSE — and where a reported clause begins and ends.

use super::*;

impl<'a> Sieve<'a> {
    /// The reported clause spanning tokens `from..to` (trailing punctuation
    /// dropped), if it holds at least two words.
    pub(super) fn clause(&self, from: usize, to: usize) -> Option<Span> {
        let mut a = from;
        let mut b = to;
        while a < b && self.tokens[a].kind == TokenKind::Punct {
            a += 1;
        }
        while b > a && self.tokens[b - 1].kind == TokenKind::Punct {
            b -= 1;
        }
        if self.sentence_words(a..b) < 2 {
            return None;
        }
        Some(Span::new(
            self.tokens[a].span.start,
            self.tokens[b - 1].span.end,
        ))
    }

    /// The reported speech of sentence `s` (`sentence`), pushed onto
    /// `out`: a speaker's label and colon opening its paragraph, then the
    /// reports its `heads` lead (X said CLAUSE, CLAUSE, X said, according
    /// to X, …). `tag_cues` are the cues already taken by quotation tags,
    /// and `tag_speaker` the speaker mention of the sentence's first
    /// quotation tag, if it has one.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    pub(super) fn reported_speech(
        &self,
        s: usize,
        sentence: &Sentence,
        heads: &[usize],
        tag_cues: &TokenSet,
        tag_speaker: Option<usize>,
        out: &mut Vec<Quote>,
    ) {
        let range = sentence.tokens.clone();
        // Sanders: Brexit’s message could draw Trump support. — a headline
        // or transcript line opened by its speaker and a colon.
        // (the sentence is the `s`-th: whether it opens its paragraph needs
        // no search for it, as opens_paragraph makes)
        let opens_paragraph = s == 0 || self.seg.sentences[s - 1].paragraph != sentence.paragraph;
        if opens_paragraph {
            if let Some(m) = self.speaker_label_at(range.start) {
                let colon = self.mention_list[m].tokens.end;
                if !self.is_quote(colon + 1) {
                    if let Some(span) = self.clause(colon + 1, range.end) {
                        out.push(self.report(span, m, colon, Rule::SpeakerColon));
                    }
                }
            }
        }
        // (a sentence with no head has nothing more to report, unless the
        // caller gave cues of their own)
        if heads.is_empty() && !self.extra_cues {
            return;
        }
        self.reports_of_heads(sentence, heads, tag_cues, tag_speaker, out);
    }

    /// The `heads` (of [`Segmentation::heads`]) that may start a report
    /// ([`may_report_at`](Sieve::may_report_at)) and are words, in order,
    /// written at the start of `out` (a recycled buffer, lengthened as
    /// needed, not emptied: a sentence's are picked at a time), and how
    /// many: the only tokens that
    /// [`reports_of_heads`](Sieve::reports_of_heads) needs to look at
    /// without a caller's cues. (Picked in one pass without a branch per
    /// head: whether a head is kept follows no pattern.)
    pub(super) fn report_candidates(&self, heads: &[usize], out: &mut Vec<usize>) -> usize {
        if out.len() < heads.len() {
            out.resize(heads.len(), 0);
        }
        let mut n = 0;
        for &h in heads {
            // (written at once, kept by counting it)
            out[n] = h;
            n += usize::from(self.may_report_at(h) & self.is_word(h));
        }
        n
    }

    /// The reports of [`reported_speech`](Sieve::reported_speech) that the
    /// words of `sentence` head (its `heads`, those of
    /// [`report_candidates`](Sieve::report_candidates), or every word with
    /// a caller's cues).
    #[inline(never)]
    fn reports_of_heads(
        &self,
        sentence: &Sentence,
        heads: &[usize],
        tag_cues: &TokenSet,
        tag_speaker: Option<usize>,
        out: &mut Vec<Quote>,
    ) {
        let range = sentence.tokens.clone();
        // (most tokens head no report, and their classes say so: only the
        // sentence's heads may, unless the caller gave cues of their own,
        // which any word may be)
        let extra_cues = self.extra_cues;
        let (heads, every_token) = if extra_cues {
            (&[][..], range.clone())
        } else {
            (heads, range.start..range.start)
        };
        let candidates = heads
            .iter()
            .copied()
            .chain(every_token.filter(|&c| self.is_word(c)));
        for c in candidates {
            // (the cue's class, read once)
            let class = self.class(c);
            // according to X
            // (its class first: "according" and "clear" have a bit of their own)
            if class.is_report_word() && self.is_according_to(c) && c + 2 < range.end {
                if let Some(m) = self.according_to_source(c) {
                    let after = self.mention_list[m].tokens.end;
                    // The comma that closes the source phrase, if the sentence goes on.
                    let comma = self
                        .comma_within(after, range.end.min(after + APPOSITIVE_TOKENS))
                        .filter(|&i| self.sentence_words(i..range.end) >= 2)
                        // "according to Paul Mensah, the council's finance director." is an appositive.
                        // (not when the words after it have an auxiliary:
                        // according to a spokesman for the Treasury, the
                        // costs would be met …)
                        .filter(|&i| {
                            !(self.is_word(i + 1)
                                && self.class(i + 1).is_source_determiner()
                                && self.sentence_words(i..range.end) <= 8
                                && !(i + 2..range.end).any(|j| {
                                    self.is_word(j) && lexicon::is_auxiliary(self.bytes(j))
                                }))
                        });
                    let at_start = c == range.start
                        || (c == range.start + 1
                            && self.tokens[range.start].kind == TokenKind::Punct);
                    let clause = if at_start {
                        self.clause(comma.map_or(after, |i| i + 1), range.end)
                    } else if comma.is_some() && self.is_punct(c - 1, ",") {
                        // CLAUSE, according to X, CLAUSE: the longer side.
                        let comma = comma.unwrap_or(after);
                        self.longer_clause(range.start, c - 1, comma + 1, range.end)
                    } else {
                        self.clause(range.start, c)
                    };
                    if let Some(span) = clause {
                        out.push(self.report_through(span, m, c..c + 2, Rule::AccordingTo));
                    }
                }
                continue;
            }
            // In the latest CNN poll, CLAUSE
            // (a noun of polls says nothing else)
            if class.is_report_word() && self.is_poll_noun(c) {
                if let Some(quote) = self.poll_report(c, range.start, range.end) {
                    out.push(quote);
                }
                continue;
            }
            // Trump's plan to deport…, her criticism of Sanders
            if class.is_stance_noun() {
                if let Some(quote) = self.nominal_report(c, range.start, range.end) {
                    out.push(quote);
                    continue;
                }
            }
            // Emanuel also made clear that…, she made it clear to House
            // Democrats that…
            if class.is_report_word() && self.bytes(c) == b"clear" {
                if let Some(quote) = self.made_clear_report(c, range.start, range.end) {
                    out.push(quote);
                    continue;
                }
            }
            // Trump is confident that…, Clinton was eager to…
            if class.is_attitude_adjective() {
                if let Some(quote) = self.attitude_report(c, range.start, range.end) {
                    out.push(quote);
                    continue;
                }
            }
            // (the word as a cue, asked once for the tests below; most
            // words are no cue at all, and the word's class says so before
            // the lists are read; every candidate is a word)
            let cue_class = self.word_cue(c);
            let cue = || {
                (class.cue_class().is_some() || self.extra_cues)
                    && matches!(
                        cue_class,
                        Some(CueClass::Speech | CueClass::Belief | CueClass::Naming)
                    )
            };
            let phrasal = || {
                class.is_phrasal_verb()
                    && self.is_word(c + 1)
                    && lexicon::is_phrasal_cue(self.word(c), self.word(c + 1))
                    && self.word(c).chars().all(char::is_lowercase)
            };
            // (verb_before_that asks first whether "that" follows)
            let before_that = || self.class_at(c + 1).is_that() && self.verb_before_that(c);
            let infinitive = class.takes_infinitive() && self.infinitive_after(c);
            if tag_cues.contains(&c) || !(cue() || infinitive || phrasal() || before_that()) {
                continue;
            }
            // (who asked not to be named: a source's wish for anonymity,
            // nothing it said; the cue's bytes asked only of a telling verb)
            if class.takes_object() && self.asks_anonymity(c) {
                continue;
            }
            // "Press reports said…": a cue right before a finite verb of
            // saying is that verb's subject, a noun
            if self.is_word(c + 1) && lexicon::is_plain_saying_verb(self.bytes(c + 1)) {
                continue;
            }
            // Voters were more likely to say CLAUSE, he declined to say
            // whether…, she took to Twitter to say…: the sentence's subject
            // says it.
            if self.infinitive_of_saying(c, range.start) {
                if let (Some(m), Some(span)) = (
                    self.sentence_subject(sentence, c - 1),
                    self.forward_clause(c, range.end),
                ) {
                    out.push(self.report(span, m, c, Rule::ReportedSpeech));
                }
                continue;
            }
            // "his claim that", "the report said": a bare noun-like form
            // reports speech only after a pronoun subject or a modal.
            if class.is_ambiguous_base_form() && !self.bare_form_is_verb(c, range.start) {
                continue;
            }
            // A passive cue with no agent names no source: the vote was
            // not expected to…, he was told that… (the hearer, not the
            // speaker).
            if self.is_passive(c, range.start) {
                // (but with its agent it does: the plan was rejected by voters)
                if let Some(quote) = self.passive_report(c, range.start, range.end) {
                    out.push(quote);
                }
                continue;
            }
            // "his past comments", "the Paris attacks": a plural that reads
            // as a noun is a verb only right after its subject.
            if lexicon::is_noun_like_s_form(self.bytes(c))
                && !self.s_form_has_subject(c, range.start)
            {
                continue;
            }
            // Tag-only verbs (continued, laughed) do not report clauses, and
            // a cue after a determiner or a number is a noun or an adjective
            // (the pledged delegates, 60 pledged delegates).
            // (but a number or quantity can be the subject: Nine in 10
            // said they…, Some say the…)
            // (the word before asked first: most cues follow no determiner
            // nor number, and the rest of the test is not needed)
            let clause_follows = || {
                self.is_word(c + 1)
                    && (self.class(c + 1).subject_pronoun().is_some()
                        || self
                            .mention_starting_at(c + 1)
                            .is_some_and(|n| self.mention_list[n].kind == MentionKind::Pronoun)
                        || self.class(c + 1).is_that()
                        || self.class(c + 1).is_source_determiner()
                        || matches!(self.bytes(c + 1), b"what" | b"how" | b"why" | b"whether"))
            };
            if class.is_tag_only()
                || (c > range.start
                    && self.is_word(c - 1)
                    && (self.class(c - 1).is_source_determiner()
                        || self.bytes(c - 1).iter().all(u8::is_ascii_digit))
                    && !((clause_follows()
                        || c - 1 == range.start
                        || (c >= range.start + 2 && self.is_punct(c - 2, ",")))
                        && (!class.is_ambiguous_base_form()
                            || self.bare_form_is_verb(c, range.start))))
            {
                continue;
            }
            // "plans", "claims": a plural noun unless a name or a pronoun is its subject.

            // Participle: X …, saying CLAUSE.
            // (whether it is progressive asked of a participle only)
            if class.is_participle() && c > range.start && !self.is_progressive(c, range.start) {
                // "with X (repeatedly) calling…": X, whatever the sentence's
                // subject; else the tag's speaker, only when the tag stands
                // before the cue.
                // (By refusing to admit any fault, Trump…: the main clause's
                // subject, and the words up to its comma)
                let opening = self.subject_after_opening_phrase(c, range.start, range.end);
                let clause_end = opening.map_or(range.end, |(_, comma)| comma);
                let speaker = self
                    .gerund_possessor(c, range.start)
                    .or_else(|| self.absolute_subject(c, range.start))
                    .or(opening.map(|(m, _)| m))
                    .or_else(|| tag_speaker.filter(|&m| self.mention_list[m].tokens.end <= c))
                    .or_else(|| {
                        if self.participle_of_clause(c, range.start) {
                            self.participle_subject(c, range.start, sentence)
                        } else {
                            self.sentence_subject(sentence, c)
                        }
                    });
                if let (Some(m), Some(span)) = (speaker, self.forward_clause(c, clause_end)) {
                    out.push(self.report(span, m, c, Rule::ParticipleCue));
                }
                continue;
            }
            // As reported by X, CLAUSE: a passive lead-in names its source
            // after "by".
            if let Some(span_and_source) = self.as_reported_by(c, range.start, range.end) {
                let (span, m) = span_and_source;
                out.push(self.report(span, m, c, Rule::ReportedSpeech));
                continue;
            }
            // Inverted tag at the end: CLAUSE, said X.
            if c > range.start + 1 && self.is_punct(c - 1, ",") {
                // (also after a word that counts them: say some Democrats;
                // not an article, after which a verb of telling names its
                // hearer: told the Huffington Post)
                let counted = || {
                    (self.is_word(c + 1)
                        && (self.class(c + 1).is_quantity_word()
                            || self.is_quantity_pronoun(c + 1)
                            || self.bytes(c + 1).eq_ignore_ascii_case(b"other")))
                    .then(|| self.mention_starting_at(c + 2))
                    .flatten()
                };
                if let Some(m) = self.mention_starting_at(c + 1).or_else(counted) {
                    let after = self.mention_list[m].tokens.end;
                    let tail = self.sentence_words(after..range.end);
                    // The speaker ends the tag (said X. / said X, a …, /
                    // said X on Monday); said X had … is the verb of a
                    // subject before it: Y, who …, said X had …
                    let verb_follows = after < range.end
                        && self.is_word(after)
                        && self.word(after).chars().all(char::is_lowercase)
                        && !self.class(after).is_preposition()
                        && !self.class(after).is_temporal_lead();
                    // said Larry Sabato, director of …: an appositive closes the tag.
                    let appositive = self.is_punct(after, ",")
                        && !(after..range.end.min(after + APPOSITIVE_TOKENS)).any(|i| {
                            self.is_quote(i) || (self.is_word(i) && self.cue(i).is_some())
                        });
                    if (tail <= 4 || appositive) && !verb_follows {
                        if let Some(span) = self.clause(range.start, c - 1) {
                            if !self.mostly_quote(range.start, c - 1)
                                && !self.opener_before_tag(range.start, c - 1, c, range.end)
                            {
                                out.push(self.report(span, m, c, Rule::ReportedSpeechTagAfter));
                            }
                        }
                        continue;
                    }
                }
            }
            let Some(m) = self.subject_of(c, range.start).or_else(|| {
                // Coordinated verb: X condemned … but (has also) said CLAUSE.
                let mut prev = c.checked_sub(1)?;
                while prev > range.start + 1
                    && c - prev <= 2
                    && self.is_word(prev)
                    && self.class(prev).is_verb_modifier()
                {
                    prev -= 1;
                }
                (prev > range.start && self.is_word(prev) && self.class(prev).is_conjunction())
                    .then(|| self.sentence_subject(sentence, prev))
                    .flatten()
            }) else {
                continue;
            };
            // The subject's phrase may open with a determiner or adjectives
            // (some Democrats, federal officials).
            let mut subject_start = self.mention_list[m].tokens.start;
            let mut back = 0;
            while back < 3
                && subject_start > range.start + 1
                && self.is_word(subject_start - 1)
                && (self.word(subject_start - 1).chars().all(char::is_lowercase)
                    // Israeli officials, Senate aides: a capitalised modifier
                    || (self.starts_upper_at(subject_start - 1)
                        && self.mention_ending_at(subject_start - 1).is_none()))
                && self.cue(subject_start - 1).is_none()
                && !self.class(subject_start - 1).is_preposition()
                && !self.class(subject_start - 1).is_conjunction()
                && !self.class(subject_start - 1).is_verb_modifier()
                && !self.class(subject_start - 1).is_that()
            {
                subject_start -= 1;
                back += 1;
            }
            // (two subjects joined by "and" after the comma: CLAUSE,
            // teachers and union officials told POLITICO — one plain
            // word before the "and")
            if subject_start > range.start + 3
                && self.is_word(subject_start - 1)
                && self.bytes(subject_start - 1) == b"and"
                && self.is_word(subject_start - 2)
                && self.word(subject_start - 2).chars().all(char::is_lowercase)
                && self.cue(subject_start - 2).is_none()
                && !self.class(subject_start - 2).is_preposition()
                && self.is_punct(subject_start - 3, ",")
            {
                subject_start -= 2;
            }
            if !self.is_punct(subject_start.wrapping_sub(1), ",") {
                subject_start = self.mention_list[m].tokens.start;
            }
            // CLAUSE, a spokeswoman, Anna White, said: the role is part of
            // the tag; so it is when the role opens the sentence (The
            // Federal Reserve chair, Janet Yellen, said CLAUSE: no clause
            // before the tag)
            if subject_start > range.start + 2 && self.is_punct(subject_start - 1, ",") {
                if let Some(role) = self.mention_ending_at(subject_start - 2) {
                    let role = &self.mention_list[role];
                    let named = self.mention_list[m].kind == MentionKind::Name;
                    if role.kind == MentionKind::Nominal
                        && ((named && role.tokens.start == range.start)
                            || (role.tokens.start > range.start + 1
                                && self.is_punct(role.tokens.start - 1, ",")))
                    {
                        subject_start = role.tokens.start;
                    }
                } else if self.mention_list[m].kind == MentionKind::Name
                    && self.is_role_before_name(range.start, subject_start - 1)
                {
                    subject_start = range.start;
                }
            }
            // CLAUSE, X said. — the tag closes the sentence (or a phrase
            // of circumstance does: said in a telephone interview on Monday).
            // (not when "who" is the subject: "…," said an official, who
            // asked not to be named — a relative clause about the one
            // before it, whose words are not its report)
            let relative = self.mention_list[m].span.bytes(self.text) == b"who";
            if subject_start > range.start + 1 && self.is_punct(subject_start - 1, ",") && !relative
            {
                let tail = self.sentence_words(c + 1..range.end);
                let circumstance = !infinitive
                    && self.is_word(c + 1)
                    && self.class(c + 1).is_preposition()
                    && tail <= 10
                    && !(c + 1..range.end).any(|i| {
                        self.is_quote(i)
                            || self.is_punct(i, ",")
                            // (a gerund after a preposition is part of the
                            // phrase: said in posing the question)
                            || (self.is_word(i)
                                && self.cue(i).is_some()
                                && !(self.class(i).is_participle()
                                    && self.class(i - 1).is_preposition()))
                    });
                // (not when a clause with its own subject follows: As for
                // Trump, he said he's not worried.)
                let subject_follows = self
                    .mention_starting_at(c + 1)
                    .is_some_and(|n| self.mention_list[n].kind == MentionKind::Pronoun);
                // (a verb of stance with its own object is no tag: …,
                // most back Clinton.)
                let object_follows = tail > 0
                    && !circumstance
                    && cue_class != Some(CueClass::Speech)
                    && self.is_word(c + 1)
                    && !self.class(c + 1).is_verb_modifier()
                    && !self.class(c + 1).is_temporal_lead();
                if (tail <= 4 || circumstance)
                    && !subject_follows
                    && !object_follows
                    && !infinitive
                    && !self.has_that_soon(c + 1, range.end)
                {
                    // (an adverbial before the tag is no clause: Hours
                    // later, Intel said the event was canceled — that one
                    // reports forward)
                    let before = self.clause(range.start, subject_start - 1).filter(|_| {
                        !self.mostly_quote(range.start, subject_start - 1)
                            && !self.opener_before_tag(range.start, subject_start - 1, c, range.end)
                    });
                    if let Some(span) = before {
                        out.push(self.report(span, m, c, Rule::ReportedSpeechTagAfter));
                        continue;
                    }
                    if tail <= 1 || circumstance {
                        continue;
                    }
                }
                // CLAUSE, X said, CLAUSE. — a tag in the middle: the longer
                // side is the report (the speaker is never inside it).
                if self.is_punct(c + 1, ",") && !self.mostly_quote(range.start, range.end) {
                    // (…, he said, wiping sweat off his face: a participle
                    // after the tag describes the speaker; the words are before)
                    let participle_after = self.is_word(c + 2) && self.class(c + 2).is_participle();
                    let span = if participle_after {
                        self.clause(range.start, subject_start - 1)
                    } else {
                        self.longer_clause(range.start, subject_start - 1, c + 2, range.end)
                    };
                    if let Some(span) = span {
                        out.push(self.report(span, m, c, Rule::ReportedSpeechTagAfter));
                    }
                    continue;
                }
            }
            // As the Times noted, CLAUSE: the clause after the lead-in (also
            // with an owner: As Purple PAC's Crane said; and after a
            // conjunction: But as Clyburn noted, …; …, and as Comey
            // noted, …).
            if self.opens_as_lead_in(m, range.start)
                && self.is_punct(self.time_phrase_end(c + 1, range.end), ",")
            {
                // (after a phrase of time too: As the Times reported on
                // Saturday, CLAUSE)
                let from = self.time_phrase_end(c + 1, range.end) + 1;
                // (a quotation after it is tagged by it: As Vulture put it, “…”)
                let quoted = self.mostly_quote(from, range.end);
                if let Some(span) = self
                    .clause(from, self.clause_end(from, range.end))
                    .filter(|_| !quoted)
                {
                    out.push(self.report(span, m, c, Rule::ReportedSpeech));
                }
                continue;
            }
            // said they want…: a pronoun right after a speech cue is the
            // subject of a clause inside another report; that report's
            // source answers for it (or, unfound, nobody does here).
            let start = self.mention_list[m].tokens.start;
            let before = if start > range.start
                && self.is_word(start - 1)
                && self.class(start - 1).is_that()
            {
                start - 1
            } else {
                start
            };
            if self.mention_list[m].kind == MentionKind::Pronoun
                && before > range.start
                && self.speech_cue(before - 1)
            {
                continue;
            }
            // (a name alone is an object too: He endorsed Clinton.)
            let named = self.mention_starting_at(c + 1).and_then(|n| {
                let n = &self.mention_list[n];
                (n.kind == MentionKind::Name
                    && n.tokens.end < range.end
                    && self.is_punct(n.tokens.end, ".")
                    && n.tokens.end + 1 == range.end)
                    .then_some(n.span)
            });
            // A man named John Smith said…: the participle after a noun
            // names the subject of the verb of speech after the name.
            let reduced_relative = || {
                let subject = &self.mention_list[m];
                subject.kind == MentionKind::Nominal
                    && subject.tokens.end == c
                    && self.word(c).ends_with("ed")
                    && self.mention_starting_at(c + 1).is_some_and(|n| {
                        let name = &self.mention_list[n];
                        name.kind == MentionKind::Name
                            && self.is_word(name.tokens.end)
                            && self.cue(name.tokens.end) == Some(CueClass::Speech)
                    })
            };
            if reduced_relative() {
                continue;
            }
            let end = self.leading_subordinate_end(m, c, range.start, range.end);
            // (a relative clause ends where its head's verb of saying
            // comes: others who want to ban abortion | said…; Rivera, who
            // voted against the plan, | said…)
            let subject = &self.mention_list[m];
            let end = if subject.span.bytes(self.text) == b"who" {
                (c + 1..end)
                    .find(|&i| self.is_word(i) && self.class(i).is_finite_saying())
                    .unwrap_or(end)
            } else {
                end
            };
            if let Some(span) = self.forward_clause(c, end).or(named) {
                // A verb of stance or naming with a one-word object
                // (defended it) reports nothing; from two words on it
                // reports a stance, as PolNeAR annotates (supports the
                // proposal, condemned the attack on the embassy, endorsed
                // raising the minimum wage).
                // (a name will do: He endorsed Clinton.)
                // (an intent with its verb will do too: they want to lose;
                // so will a clause after "that": polls show that has reversed)
                let weak = cue_class != Some(CueClass::Speech)
                    && !infinitive
                    && !(self.is_word(c + 1) && self.class(c + 1).is_that());
                // (asked only of a weak cue: most are verbs of speech)
                let words = || span.as_str(self.text).split_whitespace().take(2).count();
                let names_someone = || {
                    self.mention_starting_at(c + 1).is_some_and(|n| {
                        let n = &self.mention_list[n];
                        n.kind == MentionKind::Name && n.span == span
                    })
                };
                if !weak || words() >= 2 || names_someone() {
                    out.push(self.report(span, m, c, Rule::ReportedSpeech));
                }
            }
        }
    }

    /// Whether the word at token `c` may start any of the reports that
    /// [`reported_speech`](Sieve::reported_speech) looks for: a word of the
    /// lists behind them or one of the two words it compares as written,
    /// "according" and "clear" ([`WordClass::may_head_report`]), or a word
    /// before "that". Any other word (but a caller's cue) is passed over by
    /// every test of that loop, so it is not looked at.
    /// (both asked, without a branch between them)
    #[inline]
    fn may_report_at(&self, c: usize) -> bool {
        self.class(c).may_head_report() | self.class_at(c + 1).is_that()
    }

    /// Where the report of the cue at token `c` must end when its subject
    /// `m` opens a leading subordinate clause (When Trump attacked a judge
    /// whose parents…, Hispanic Americans were outraged): at the comma that
    /// closes that clause, before the main clause. Otherwise `end`.
    fn leading_subordinate_end(&self, m: usize, c: usize, from: usize, end: usize) -> usize {
        let first = self.mention_list[m].tokens.start;
        // (Even as, And when: one word may come first)
        let opens = first > from
            && first <= from + 2
            && self.is_word(first - 1)
            && self.subordinator_at(first - 1)
            && !self.bytes(first - 1).eq_ignore_ascii_case(b"as");
        if !opens {
            return end;
        }
        (c + 1..end)
            .find(|&i| self.is_punct(i, ",") && self.is_word(i + 1))
            .unwrap_or(end)
    }

    /// Whether the cue at token `c` is a past participle after a form of
    /// "be" (is expected, was not told, were widely seen).
    fn is_passive(&self, c: usize, from: usize) -> bool {
        let w = self.bytes(c);
        if !(w.ends_with(b"ed")
            || matches!(
                w,
                b"told" | b"shown" | b"seen" | b"known" | b"thought" | b"held"
            ))
        {
            return false;
        }
        let mut k = c;
        while k > from
            && c - k < 3
            && self.is_word(k - 1)
            && (self.bytes(k - 1) == b"not" || self.bytes(k - 1).ends_with(b"ly"))
        {
            k -= 1;
        }
        k > from
            && self.is_word(k - 1)
            && matches!(
                self.bytes(k - 1),
                b"is"
                    | b"was"
                    | b"were"
                    | b"are"
                    | b"be"
                    | b"been"
                    | b"being"
                    | b"isn't"
                    | b"wasn't"
            )
    }

    /// The report of the noun of stance at token `c` with an owner (Trump's
    /// plan to deport…, Sen. Graham's energetic endorsement of Cruz, her
    /// criticism of Sanders): the owner is the source, what follows the
    /// preposition, "that" or "to" the content.
    fn nominal_report(&self, c: usize, from: usize, end: usize) -> Option<Quote> {
        // (the word after the noun first: most nouns of stance are
        // followed by none of these, and need no owner)
        let next = c + 1;
        if next >= end || !self.is_word(next) {
            return None;
        }
        let start = match self.word(next) {
            "to" => next,
            "of" | "for" | "on" | "against" | "about" | "over" | "that" => next + 1,
            _ => return None,
        };
        // The owner, across up to two modifiers (energetic, long shot); or
        // the subject of a light verb before an article (Clinton unveiled a
        // proposal to…, he has a plan to…).
        let mut k = c;
        let owner = loop {
            if k == from || c - k > 2 {
                return None;
            }
            if k >= from + 2
                && self.is_word(k - 1)
                && matches!(self.bytes(k - 1), b"a" | b"an" | b"the")
                && self.is_word(k - 2)
            {
                // (with a particle: laid out a plan to…)
                let verb = if self.word(k - 2) == "out" && k >= from + 3 && self.is_word(k - 3) {
                    k - 3
                } else {
                    k - 2
                };
                if lexicon::is_light_verb(self.word(verb)) {
                    break self.subject_of(verb, from)?;
                }
            }
            if let Some(m) = self.mention_ending_at(k - 1) {
                // ("its" seldom finds its owner: the letter… for its prediction)
                let owner = &self.mention_list[m];
                break (owner.possessive
                    && !owner.span.as_str(self.text).eq_ignore_ascii_case("its"))
                .then_some(m)?;
            }
            let w = self.word(k - 1);
            if !self.is_word(k - 1)
                || !w.starts_with(|ch: char| ch.is_ascii_lowercase())
                || self.class(k - 1).is_preposition()
                || self.class(k - 1).is_source_determiner()
                || self.cue(k - 1).is_some()
            {
                return None;
            }
            k -= 1;
        };
        // (one name will do, and ends the content where the sentence's
        // verb follows it: his endorsement of Cruz surprised many)
        let clause = self.word(next) == "that";
        let name = self
            .mention_starting_at(start)
            .filter(|_| !clause)
            .and_then(|n| {
                let n = &self.mention_list[n];
                let after = n.tokens.end;
                let verb_follows = after < end
                    && self.is_word(after)
                    && self
                        .word(after)
                        .starts_with(|ch: char| ch.is_ascii_lowercase())
                    && !self.class(after).is_preposition()
                    && !self.class(after).is_conjunction();
                (n.kind == MentionKind::Name && (verb_follows || !self.is_word(after)))
                    .then_some(n.span)
            });
        // (a phrase, not a clause, unless "that" opens it: it ends where
        // the sentence's own verb comes: his plans to build a wall | were…)
        let mut stop = self.clause_end(start, end);
        if !clause {
            stop = (start + 1..stop)
                .find(|&i| {
                    self.is_word(i) && {
                        let w = self.word(i);
                        lexicon::is_auxiliary(w) || lexicon::is_copula(w)
                    }
                })
                .unwrap_or(stop);
        }
        let span = name.or_else(|| self.clause(start, stop))?;
        Some(self.report(span, owner, c, Rule::ReportedSpeech))
    }

    /// Whether the speech cue at token `c` is an infinitive whose subject
    /// is the sentence's: after "likely to", "declined to", "eager to",
    /// "took to Twitter to" (not "asked her to": the one asked says it).
    fn infinitive_of_saying(&self, c: usize, from: usize) -> bool {
        // (the class first: most cues are no bare form)
        let after_to = c >= from + 2
            && self.class(c).is_ambiguous_base_form()
            && self.is_word(c - 1)
            && self.bytes(c - 1) == b"to"
            && self.is_word(c - 2);
        if !after_to || self.cue(c) != Some(CueClass::Speech) {
            return false;
        }
        let lead = self.class(c - 2);
        lead.takes_infinitive()
            || lead.is_attitude_adjective()
            || matches!(
                self.word(c - 2),
                "likely"
                    | "unlikely"
                    | "going"
                    | "able"
                    | "ready"
                    | "continued"
                    | "continues"
                    | "Twitter"
                    | "Facebook"
                    | "Instagram"
                    | "television"
                    | "stage"
            )
    }

    /// The report of "made (it) clear" at token `c` (the word "clear"): the
    /// subject of "made" is the source; the clause after "that" (within a
    /// few words: made it clear to the judge that…) or right after "clear"
    /// is the content.
    fn made_clear_report(&self, c: usize, from: usize, end: usize) -> Option<Quote> {
        let is_make = |i: usize| {
            i >= from && self.is_word(i) && matches!(self.word(i), "made" | "make" | "makes")
        };
        let verb = if c > from && is_make(c - 1) {
            c - 1
        } else if c >= from + 2 && self.is_word(c - 1) && self.word(c - 1) == "it" && is_make(c - 2)
        {
            c - 2
        } else {
            return None;
        };
        let m = self.subject_of(verb, from)?;
        let that = (c + 1..end.min(c + 9))
            .take_while(|&i| self.is_word(i))
            .find(|&i| self.class(i).is_that());
        let start = that.map_or(c + 1, |i| i + 1);
        let span = self.clause(start, self.clause_end(start, end))?;
        Some(self.report(span, m, c, Rule::ReportedSpeech))
    }

    /// The report of the adjective of attitude at token `c` said of a
    /// subject (Trump is confident that…, voters are skeptical of…, he's
    /// eager to…): the subject is the source, what follows "that", "to" or
    /// the preposition is the content.
    fn attitude_report(&self, c: usize, from: usize, end: usize) -> Option<Quote> {
        // The copula, across adverbs of degree: is not very, was increasingly.
        let mut k = c;
        let mut copula = false;
        while k > from && c - k < 4 && self.is_word(k - 1) {
            let w = self.word(k - 1);
            if lexicon::is_copula(w) {
                copula = true;
            } else if !(self.class(k - 1).is_verb_modifier()
                || matches!(
                    w,
                    "very" | "so" | "more" | "less" | "quite" | "too" | "pretty"
                ))
            {
                break;
            }
            k -= 1;
        }
        // (or a contracted one: he's, they're)
        let contracted = (!copula && k > from)
            .then(|| self.mention_starting_at(k - 1))
            .flatten()
            .filter(|&m| {
                let mention = &self.mention_list[m];
                mention.kind == MentionKind::Pronoun && mention.tokens.end == k
            });
        if !copula && contracted.is_none() {
            return None;
        }
        let m = contracted.or_else(|| self.subject_of(k, from))?;
        // (it is certain that…, there is sure to…: nobody's attitude)
        if matches!(
            self.mention_list[m].span.as_str(self.text),
            "it" | "It" | "there" | "There"
        ) {
            return None;
        }
        let next = c + 1;
        if next >= end || !self.is_word(next) {
            return None;
        }
        let start = match self.word(next) {
            "that" | "to" | "about" | "of" | "with" | "for" => next + 1,
            _ if self.class(next).subject_pronoun().is_some() => next,
            _ => return None,
        };
        let span = self.clause(start, self.clause_end(start, end))?;
        Some(self.report(span, m, c, Rule::ReportedSpeech))
    }

    /// The report of the passive cue at token `c` when an agent follows it
    /// (was rejected by voters, has been sharply criticized by Democrats):
    /// the agent is the source; what the subject names is the content (in
    /// a relative clause, the relative pronoun: Gruenberg, *who* was
    /// nominated by Obama), or, after a telling verb, the clause that
    /// follows the agent (he was told by aides that…, was asked by the
    /// moderator whether…).
    fn passive_report(&self, c: usize, from: usize, end: usize) -> Option<Quote> {
        let mut by = c + 1;
        while by < end.min(c + 3) && self.is_word(by) && self.class(by).is_verb_modifier() {
            by += 1;
        }
        if !(by < end && self.is_word(by) && self.word(by) == "by") {
            return None;
        }
        // (a name after "the": by the Boston Globe)
        let agent = self.mention_starting_at(by + 1).or_else(|| {
            (self.is_word(by + 1) && self.word(by + 1) == "the")
                .then(|| self.mention_starting_at(by + 2))
                .flatten()
        })?;
        let cue = c;
        let after = self.mention_list[agent].tokens.end;
        if after < end
            && self.is_word(after)
            && (self.class(after).is_that() || matches!(self.word(after), "whether" | "if"))
        {
            let span = self.clause(after + 1, self.clause_end(after + 1, end))?;
            return Some(self.report(span, agent, cue, Rule::PassiveAgent));
        }
        // The verb group (has also been, was not) starts at `verb`; the
        // subject ends before it.
        let mut verb = c;
        while verb > from && self.is_word(verb - 1) && self.class(verb - 1).is_verb_modifier() {
            verb -= 1;
        }
        if verb == from || !self.is_word(verb - 1) {
            return None;
        }
        if matches!(self.word(verb - 1), "who" | "which" | "that") {
            return Some(self.passive_content(verb - 1, verb, agent, cue));
        }
        // The subject runs back to the sentence start or to the comma that
        // closes a leading phrase (In Vermont, Sanders was…), past a
        // leading conjunction (But it was…).
        let mut start = (from..verb)
            .rev()
            .find(|&i| self.is_punct(i, ","))
            .map_or(from, |comma| comma + 1);
        while start < verb
            && self.is_word(start)
            && (self.class(start).is_conjunction() || self.subordinator_at(start))
        {
            start += 1;
        }
        // (no subject where a participle or a quotation opens the phrase:
        // Trump, speaking in Florida, was introduced by…)
        if start >= verb
            || self.sentence_words(start..verb) > 12
            || !self.is_word(start)
            || self.class(start).is_participle()
            || (start..verb).any(|i| self.is_quote(i))
        {
            return None;
        }
        Some(self.passive_content(start, verb, agent, cue))
    }

    /// A passive report whose content is the subject, tokens `from..to`.
    fn passive_content(&self, from: usize, to: usize, agent: usize, cue: usize) -> Quote {
        let span = Span::new(self.tokens[from].span.start, self.tokens[to - 1].span.end);
        self.report(span, agent, cue, Rule::PassiveAgent)
    }

    /// Whether the -s form at token `c` (attacks, comments) has a subject
    /// right before it (Trump attacks…, he repeatedly comments…): a
    /// mention that is no owner and is not itself a modifier after an
    /// article (the Trump comments).
    fn s_form_has_subject(&self, c: usize, from: usize) -> bool {
        let mut k = c;
        if k > from + 1 && self.is_word(k - 1) && self.class(k - 1).is_verb_modifier() {
            k -= 1;
        }
        let Some(m) = k.checked_sub(1).and_then(|e| self.mention_ending_at(e)) else {
            return false;
        };
        let mention = &self.mention_list[m];
        let first = mention.tokens.start;
        let after_article = first > from
            && self.is_word(first - 1)
            && matches!(
                self.word(first - 1),
                "the" | "a" | "an" | "The" | "A" | "An"
            );
        // (the Trump comments: a name after an article modifies the noun)
        let modifier = after_article && mention.kind == MentionKind::Name;
        !(mention.possessive || modifier)
    }

    /// Whether a bare cue form ("claim") is a verb here: after a plural
    /// or first-person pronoun, a plural noun, or a modal/auxiliary.
    pub(super) fn bare_form_is_verb(&self, c: usize, from: usize) -> bool {
        if c == from {
            return false;
        }
        // "say" and "think" are verbs unless a determiner or "to" makes
        // them a noun or an infinitive (have a say, to say).
        if matches!(self.bytes(c), b"say" | b"think" | b"believe" | b"know") {
            // (a quantity is a subject: Some say, Many believe; not "have
            // some say in")
            let quantity = self.quantity_subject_before(c);
            return quantity
                || !(self.is_word(c - 1)
                    && (self.class(c - 1).is_source_determiner()
                        || matches!(self.word(c - 1), "to" | "any" | "no")));
        }
        if !self.is_word(c - 1) {
            // Supporters, however, argue: a sentence adverb set off by
            // commas between the subject and its verb; the subject before
            // it is read as right before the verb below.
            // (also a phrase: Cement makers, for instance, argue)
            let opening = self
                .parenthetical_before(c)
                .filter(|&comma| comma > from && self.is_word(comma - 1));
            return opening.is_some_and(|comma| self.subject_right_before(comma - 1));
        }
        // about three-quarters support, most want, Both want
        if mentions::after_quantity(self.text, self.seg, c, from) || self.quantity_subject_before(c)
        {
            return true;
        }
        // Obama and Clinton call them…: coordinated names are plural.
        if let Some(second) = self.mention_ending_at(c - 1) {
            let first = self.mention_list[second].tokens.start;
            if self.mention_list[second].kind == MentionKind::Name
                && first > from + 1
                && self.is_word(first - 1)
                && self.word(first - 1) == "and"
                && self
                    .mention_ending_at(first - 2)
                    .is_some_and(|m| self.mention_list[m].kind == MentionKind::Name)
            {
                return true;
            }
        }
        // (the word before the verb, past an adverb in -ly between it and
        // its subject or modal: aides privately concede, would gladly say)
        let w = if c >= from + 2
            && self.is_word(c - 2)
            && self.class(c - 1).is_verb_modifier()
            && self.word(c - 1).ends_with("ly")
        {
            c - 2
        } else {
            c - 1
        };
        let prev = lexicon::ascii_lowercase_str(self.word(w));
        // did not mention, doesn't support, will never endorse: a negated
        // auxiliary or modal
        let negated_auxiliary = || {
            (prev == "not" || prev == "never")
                && w > from
                && self.is_word(w - 1)
                && lexicon::is_auxiliary(&*lexicon::ascii_lowercase_str(self.word(w - 1)))
        };
        if lexicon::is_negative_contraction(&*prev) || negated_auxiliary() {
            return true;
        }
        matches!(
            &*prev,
            "would"
                | "will"
                | "could"
                | "should"
                | "might"
                | "may"
                | "can"
                | "did"
                | "do"
                | "also"
                | "often"
                | "still"
                | "now"
                | "must"
        ) || self.subject_right_before(w)
            // polls show Trump is trailing, new filings show it has…
            // (the dearest test last: the word before answers most)
            || mentions::plural_then_clause(self.text, self.seg, c, from..self.tokens.len())
    }

    /// Whether word token `w`, right before a bare verb, is a subject
    /// that takes it: a plural pronoun, "I", "you" or "who", or a mention
    /// ending in a plural (voters, Democrats).
    fn subject_right_before(&self, w: usize) -> bool {
        let word = lexicon::ascii_lowercase_str(self.word(w));
        matches!(&*word, "they" | "we" | "i" | "you" | "who")
            // (plurals without an s: the data show, police say)
            || lexicon::is_plural_without_s(&word)
            || (word.len() > 3
                && word.ends_with('s')
                && !word.ends_with("ss")
                && !word.ends_with("'s")
                && !word.ends_with("’s")
                && self.mention_ending_at(w).is_some())
    }

    /// Whether a quantity pronoun stands as the subject right before the
    /// bare cue at token `c` (Some say, Both want, Neither wanted), not as
    /// a determiner of a noun (some say in the matter).
    fn quantity_subject_before(&self, c: usize) -> bool {
        c > 0
            && self.is_quantity_pronoun(c - 1)
            && !(self.is_word(c + 1) && self.class(c + 1).is_preposition())
    }

    /// Whether token `i` is a word that counts people and can stand for
    /// them (some, both, most, neither…), in any case.
    fn is_quantity_pronoun(&self, i: usize) -> bool {
        const QUANTITIES: [&str; 10] = [
            "both", "all", "many", "most", "some", "few", "several", "others", "neither", "none",
        ];
        // (the word's bytes ignoring ASCII case, as its ASCII lower case
        // would compare: nothing to cut out or to lower)
        self.is_word(i)
            && QUANTITIES
                .iter()
                .any(|q| self.bytes(i).eq_ignore_ascii_case(q.as_bytes()))
    }

    pub(super) fn has_that_soon(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + 8))
            .take_while(|&i| self.is_word(i))
            .any(|i| self.class(i).is_that())
    }

    /// Whether tokens `from..to` are mostly one quotation.
    pub(super) fn mostly_quote(&self, from: usize, to: usize) -> bool {
        let quoted = if to > from {
            // (the quotation tokens before token t, by a search of them)
            let quoted_bytes_before =
                |t: usize| self.quoted_before[self.quote_tokens.partition_point(|&q| q < t)];
            quoted_bytes_before(to) - quoted_bytes_before(from)
        } else {
            0
        };
        let total = if to > from {
            self.tokens[to - 1].span.end - self.tokens[from].span.start
        } else {
            0
        };
        quoted * 2 > total
    }

    /// The clause after the cue at `c`: past "that", or past the object of
    /// a telling verb when "that" follows it.
    pub(super) fn forward_clause(&self, c: usize, end: usize) -> Option<Span> {
        let mut from = c + 1;
        if from >= end {
            return None;
        }
        // (past a parenthetical, after the cue or its phrase of time: said,
        // however, that…; argued Monday, for example, that…)
        let time = self.time_phrase_end(from, end);
        if let Some(after) = self.parenthetical_after(time).filter(|&after| after < end) {
            from = after;
        }
        // A quotation right after the cue is a direct quote, not reported speech.
        if self.is_quote(from)
            || (self.tokens[from].kind == TokenKind::Punct
                && (self.is_quote(from + 1)
                    || matches!(self.word(from), "," | "." | ":" | ";" | "!" | "?")))
        {
            return None;
        }
        // Nor is a word joining two verbs or two clauses what was said: the
        // cue has no clause of its own (welcomed the spending plans but
        // said…: "plans" is a noun there).
        if self.is_word(from) && matches!(self.bytes(from), b"but" | b"and" | b"or" | b"nor") {
            return None;
        }
        // (a "that" after the clause's own subject or verb is a relative
        // pronoun inside it: said he was too busy to look for evidence
        // that would…)
        // (nor after an infinitive: plans to meet Reid that day)
        // (asked once: the answer is the same for every word)
        let infinitive = self.infinitive_after(c);
        // (the walk finds only a "that": with none in its reach, by the
        // classes alone — most clauses — it is not walked)
        let window = from..end.min(from + 12);
        let that_near = self
            .seg
            .classes
            .get(window.clone())
            .is_none_or(|classes| classes.iter().any(|class| class.is_that()));
        // (past the apostrophe of a possessive plural in the hearer's
        // phrase: told CBS News' Charlie Rose that…, wrote to Sanders'
        // office that…; elsewhere the walk stops at it: dismissed Sanders'
        // claims that… reports the claims)
        let to_hearer = self.class(c).takes_object() || self.bytes(from) == b"to";
        let that = window
            .filter(|_| !infinitive && that_near)
            .take_while(|&i| {
                (to_hearer && self.is_possessive_apostrophe(i))
                    || self.is_word(i)
                        && (self.class(i).is_that()
                            || (self.class(i).subject_pronoun().is_none()
                                && self.cue(i).is_none()
                                && !lexicon::is_auxiliary(self.bytes(i))))
            })
            .find(|&i| self.class(i).is_that());
        if let Some(t) = that {
            from = t + 1;
        }
        if self.is_quote(from) && self.mostly_quote(from, end) {
            return None;
        }
        let end = self.clause_end(from, end);
        // "boasts about X" names a topic, not what was said.
        // (but "wants to build…" reports an intent, and "said about half
        // of…" is a clause about a quantity)
        if that.is_none() && infinitive {
            return self.clause(from, self.clause_end(from, end));
        }
        // ("said about half of…" is a clause about a quantity)
        // (asked only after "about")
        let quantity = || {
            self.is_word(from + 1)
                && (self.class(from + 1).is_quantity_word()
                    || self
                        .word(from + 1)
                        .starts_with(|c: char| c.is_ascii_digit())
                    || self.word(from + 1) == "a")
        };
        // (called for a ban, pointed to the record: the particle belongs
        // to the verb)
        // (a phrasal cue's verb is a phrasal verb: its class says so first)
        if that.is_none()
            && self.is_word(from)
            && from == c + 1
            && self.class(c).is_phrasal_verb()
            && lexicon::is_phrasal_cue(self.word(c), self.word(from))
        {
            return self.clause(from + 1, end);
        }
        if that.is_none()
            && self.is_word(from)
            && self.class(from).is_preposition()
            && !(self.word(from) == "about" && quantity())
        {
            // said in a statement Thursday night they pulled…: a phrase
            // of circumstance, then the clause with its own subject.
            return self
                .after_circumstance(from, end)
                .and_then(|at| self.clause(at, end));
        }
        // (told reporters she was…, said Friday it would…: the hearer and
        // the time are no part of what was said)
        if that.is_none() {
            if let Some(at) = self.subject_after_hearer_or_time(c, from, end) {
                from = at;
            }
        }
        self.clause(from, end)
    }

    /// Where the clause a cue at `c` reports begins, when words that are
    /// no part of it stand between the cue and the clause's own subject
    /// (the cue's next word at `from`, the clause ending at `end`): the
    /// hearer of a verb of telling (told reporters she was…, told CNN on
    /// Monday he would…) and a phrase of time (said Friday it would…,
    /// said last week the…). `None` when no such words come first, or no
    /// subject (a pronoun, a mention or a determiner) follows them.
    fn subject_after_hearer_or_time(&self, c: usize, from: usize, end: usize) -> Option<usize> {
        let mut at = from;
        let mut hearer = false;
        if self.class(c).takes_object() && self.is_word(at) {
            if let Some(m) = self.mention_starting_at(at) {
                at = self.mention_list[m].tokens.end;
                hearer = true;
            } else if lexicon::is_object_pronoun(self.word(at)) {
                at += 1;
                hearer = true;
            }
        }
        at = self.time_phrase_end(at, end);
        // (after the hearer, only a pronoun or a determiner: a name or a
        // noun may go on the hearer's phrase, told Flint residents not to…;
        // nor a relative pronoun, told voters who…)
        let subject = at > from
            && at < end
            && self.is_word(at)
            && !matches!(self.bytes(at), b"who" | b"which" | b"whom")
            && (self.class(at).subject_pronoun().is_some()
                || self.class(at).is_source_determiner()
                || (!hearer && self.mention_starting_at(at).is_some()));
        subject.then_some(at)
    }

    /// The first comma of tokens `from..to` before any quotation.
    fn comma_within(&self, from: usize, to: usize) -> Option<usize> {
        (from..to)
            .take_while(|&i| !self.is_quote(i))
            .find(|&i| self.is_punct(i, ","))
    }

    /// Whether token `c` is a noun of polls: poll, survey (and plurals).
    fn is_poll_noun(&self, c: usize) -> bool {
        let word = self.bytes(c);
        [&b"poll"[..], b"polls", b"survey", b"surveys"]
            .iter()
            .any(|noun| word.eq_ignore_ascii_case(noun))
    }

    /// The findings of the poll named by a phrase that opens the sentence
    /// of tokens `start..end` and ends in the noun of polls at `c`: In the
    /// latest CNN poll (released Sunday), CLAUSE. The phrase is one
    /// mention from its determiner to the noun, or names that run up to
    /// the noun (In an NBC News/Wall Street Journal poll), whose last is
    /// then the source.
    fn poll_report(&self, c: usize, start: usize, end: usize) -> Option<Quote> {
        const POLL_PHRASE_TOKENS: usize = 12;
        if !(c > start + 1
            && c - start <= POLL_PHRASE_TOKENS
            && self.bytes(start).eq_ignore_ascii_case(b"in")
            && self.class(start + 1).is_source_determiner())
        {
            return None;
        }
        // (the words before the source: adjectives and the parts of a
        // pollster's name; no verb, preposition or conjunction, which
        // would make "polls" part of a clause: In a memo released as
        // polls closed, …)
        let modifier = |i: usize| {
            self.is_punct(i, "/")
                || self.is_punct(i, "-")
                || (self.is_word(i)
                    && (self.starts_upper_at(i)
                        || (self.cue(i).is_none()
                            && !self.class(i).is_preposition()
                            && !self.class(i).is_conjunction()
                            && !self.subordinator_at(i)
                            && !self.bytes(i).ends_with(b"ed"))))
        };
        let source = match self.mention_ending_at(c) {
            Some(m) => m,
            // (names up to the noun: the last is the source)
            None => self
                .mention_ending_at(c - 1)
                .filter(|&m| self.mention_list[m].kind == MentionKind::Name)?,
        };
        let source_start = self.mention_list[source].tokens.start;
        if source_start <= start || !(start + 2..source_start).all(modifier) {
            return None;
        }
        // (what follows the noun up to the comma tells when or by whom
        // the poll was taken: released Sunday, last month; or comes
        // between commas: , conducted in May,)
        let mut comma = self.comma_within(c + 1, end.min(c + 1 + POLL_PHRASE_TOKENS))?;
        if self.is_word(comma + 1)
            && self.word(comma + 1).chars().all(char::is_lowercase)
            && (self.bytes(comma + 1).ends_with(b"ed") || self.bytes(comma + 1) == b"taken")
        {
            comma = self.comma_within(comma + 2, end.min(comma + 2 + POLL_PHRASE_TOKENS))?;
        }
        let from = comma + 1;
        let to = self.clause_end(from, end);
        // (a clause with a verb of saying, or a cue before "that", is the
        // report of its own subject: In the poll, 85% of Democrats
        // said…; In an online poll, Democracy Corp found that…)
        if self.mostly_quote(from, end)
            || (from..to).any(|i| {
                self.is_word(i)
                    && self.cue(i).is_some_and(|cue| {
                        cue == CueClass::Speech || self.class_at(i + 1).is_that()
                    })
            })
        {
            return None;
        }
        let span = self.clause(from, to)?;
        Some(self.report_through(span, source, start..start + 1, Rule::InPoll))
    }

    /// Whether "as" comes right before the subject `m` (or before its
    /// determiner or its owner: as the Times, as Purple PAC's Crane), and
    /// opens the sentence from token `start` or follows a conjunction that
    /// opens it or follows a comma: the lead-in of As X noted, CLAUSE.
    fn opens_as_lead_in(&self, m: usize, start: usize) -> bool {
        let lead_in = self.mention_list[m].tokens.start;
        if lead_in <= start {
            return false;
        }
        let owner = self.mention_ending_at(lead_in - 1).filter(|&o| {
            let owner = &self.mention_list[o];
            owner.possessive && owner.tokens.end == lead_in
        });
        let opener = match owner {
            Some(o) => self.mention_list[o].tokens.start,
            None if self.is_word(lead_in - 1) && self.class(lead_in - 1).is_source_determiner() => {
                lead_in - 1
            }
            None => lead_in,
        };
        opener > start && self.as_opens_lead_in(opener - 1, start)
    }

    /// Whether token `at` is an "as" that opens a lead-in: it opens the
    /// sentence from token `start`, or follows a conjunction that opens
    /// it or follows a comma (As…; But as…; …, and as…).
    fn as_opens_lead_in(&self, at: usize, start: usize) -> bool {
        // (the conjunction in any case: But as…)
        self.bytes(at).eq_ignore_ascii_case(b"as")
            && (at == start
                || (at > start
                    && self.is_word(at - 1)
                    && [&b"and"[..], b"but", b"yet", b"so"]
                        .iter()
                        .any(|w| self.bytes(at - 1).eq_ignore_ascii_case(w))
                    && (at - 1 == start || self.is_punct(at - 2, ","))))
    }

    /// The clause and the source of a passive lead-in at cue `c`, in a
    /// sentence of tokens `start..end`: As reported by X, CLAUSE (the
    /// "as" where [`as_opens_lead_in`](Sieve::as_opens_lead_in) lets it
    /// stand).
    fn as_reported_by(&self, c: usize, start: usize, end: usize) -> Option<(Span, usize)> {
        // (the "by" first: most cues have none after them)
        if !(c > start
            && self.is_word(c + 1)
            && self.bytes(c + 1) == b"by"
            && self.as_opens_lead_in(c - 1, start))
        {
            return None;
        }
        // (past a determiner: as reported by the Gazette)
        let m = self.mention_starting_at(c + 2).or_else(|| {
            (self.is_word(c + 2) && self.class(c + 2).is_source_determiner())
                .then(|| self.mention_starting_at(c + 3))
                .flatten()
        })?;
        let after = self.mention_list[m].tokens.end;
        let from = self.time_phrase_end(after, end);
        if !self.is_punct(from, ",") || self.mostly_quote(from + 1, end) {
            return None;
        }
        let span = self.clause(from + 1, self.clause_end(from + 1, end))?;
        Some((span, m))
    }

    /// The token after a phrase of time that opens at token `at` and ends
    /// before `end` (Friday, last week, on Monday night), or `at` when
    /// none does. A phrase of time ends in its noun; a determiner leads
    /// one too (the day before), but after a cue it opens the clause's
    /// subject, so the phrase stops before it.
    pub(super) fn time_phrase_end(&self, at: usize, end: usize) -> usize {
        let mut time_end = at;
        let mut i = at;
        while i < end
            && self.is_word(i)
            && self.class(i).is_temporal_lead()
            && !self.class(i).is_source_determiner()
        {
            i += 1;
            if self.class(i - 1).is_temporal_noun() {
                time_end = i;
            }
        }
        time_end
    }

    /// Whether the words `from..comma` are a role that a name set off by
    /// commas after it names (The Federal Reserve chair, Janet Yellen,
    /// said…), not a clause: a few words ending in a title, none of them
    /// a verb of saying, an auxiliary or a pronoun.
    fn is_role_before_name(&self, from: usize, comma: usize) -> bool {
        comma > from
            && comma - from <= 6
            && self.is_word(comma - 1)
            && self.class(comma - 1).is_title()
            && self.word(comma - 1).chars().all(|ch| ch.is_lowercase())
            && (from..comma).all(|i| {
                self.is_possessive_apostrophe(i)
                    || (self.is_word(i)
                        && self.cue(i).is_none()
                        && self.class(i).subject_pronoun().is_none()
                        && !lexicon::is_auxiliary(self.bytes(i)))
            })
    }

    /// Whether token `i` is the apostrophe of a possessive written after
    /// an s, joined to it (News', the Democrats’).
    fn is_possessive_apostrophe(&self, i: usize) -> bool {
        i > 0
            && self.tokens[i].kind == TokenKind::Punct
            && matches!(self.word(i), "'" | "’")
            && self.is_word(i - 1)
            && self.tokens[i - 1].span.end == self.tokens[i].span.start
            && self.bytes(i - 1).ends_with(b"s")
    }

    /// The token after the closing comma of a parenthetical phrase that
    /// the comma at token `comma` opens ([`mentions::parenthetical_after`]).
    pub(super) fn parenthetical_after(&self, comma: usize) -> Option<usize> {
        mentions::parenthetical_after(self.text, self.seg, comma)
    }

    /// The comma that opens a parenthetical phrase whose closing comma is
    /// right before token `t` ([`mentions::parenthetical_before`]).
    pub(super) fn parenthetical_before(&self, t: usize) -> Option<usize> {
        mentions::parenthetical_before(self.text, self.seg, t)
    }

    /// Where a clause begins after a phrase of circumstance opened by the
    /// preposition at `from` (in a statement, on Tuesday, in an interview
    /// Thursday night): after its noun of time or of saying, when a
    /// subject pronoun or a name follows.
    fn after_circumstance(&self, from: usize, end: usize) -> Option<usize> {
        let noun = (from + 1..end.min(from + 6))
            .take_while(|&i| self.is_word(i))
            .find(|&i| {
                self.class(i).is_temporal_noun()
                    || matches!(
                        self.word(i),
                        "statement"
                            | "interview"
                            | "email"
                            | "letter"
                            | "speech"
                            | "tweet"
                            | "post"
                    )
            })?;
        let mut at = noun + 1;
        while at < end && self.is_word(at) && self.class(at).is_temporal_noun() {
            at += 1;
        }
        let subject = self.is_word(at)
            && (self.class(at).subject_pronoun().is_some()
                || self.mention_starting_at(at).is_some_and(|m| {
                    matches!(
                        self.mention_list[m].kind,
                        MentionKind::Name | MentionKind::Pronoun
                    )
                }));
        subject.then_some(at)
    }

    /// Whether the words `from..to` before a tag-like "X said" at `c` are
    /// only an opening adverbial (On Twitter, X said: “…”): too short to be
    /// a clause, the question put to the speaker (Asked whether he would
    /// run, Smith said no), or the words reported follow the tag in a
    /// quotation.
    pub(super) fn opener_before_tag(&self, from: usize, to: usize, c: usize, end: usize) -> bool {
        // (a quote after the tag, unless a participle of its own comes
        // first: …, Nefzi said, adding, “…”)
        self.sentence_words(from..to) < 4
            || self.opens_with_asked(from, to)
            || (c + 1..end.min(c + 1 + CUE_WINDOW))
                .find(|&i| self.is_quote(i))
                .is_some_and(|q| {
                    !(c + 1..q).any(|i| self.class(i).is_participle() && self.speech_cue(i))
                })
    }

    /// Whether the cue at `c` asks for its source's anonymity: "asked"
    /// then "not to be named" or "not to be identified".
    fn asks_anonymity(&self, c: usize) -> bool {
        let word_is = |i: usize, w: &[u8]| self.is_word(i) && self.bytes(i) == w;
        word_is(c, b"asked")
            && word_is(c + 1, b"not")
            && word_is(c + 2, b"to")
            && word_is(c + 3, b"be")
            && (word_is(c + 4, b"named") || word_is(c + 4, b"identified"))
    }

    /// Whether the words `from..to` open with the participle "asked",
    /// alone or after "when" or "if": a question put to someone, not a
    /// clause of theirs (Asked whether he would run, When asked why…).
    fn opens_with_asked(&self, from: usize, to: usize) -> bool {
        let asked =
            |i: usize| i < to && self.is_word(i) && self.bytes(i).eq_ignore_ascii_case(b"asked");
        asked(from)
            || (self.is_word(from)
                && (self.bytes(from).eq_ignore_ascii_case(b"when")
                    || self.bytes(from).eq_ignore_ascii_case(b"if"))
                && asked(from + 1))
    }

    /// Whether token `c` is a finite verb outside the cue lists whose
    /// object is a "that" clause with a subject of its own: X hopes that
    /// the party…, they realized that he… (PolNeAR counts beliefs, hopes
    /// and findings as reports).
    pub(super) fn verb_before_that(&self, c: usize) -> bool {
        if !(self.is_word(c) && self.is_word(c + 1) && self.class(c + 1).is_that()) {
            return false;
        }
        let verb = self.word(c);
        let class = self.class(c);
        let finite = (verb.len() > 4 && verb.ends_with("ed"))
            || (verb.len() > 3 && verb.ends_with('s') && !verb.ends_with("ss"))
            || lexicon::is_irregular_past(verb);
        if !finite
            || !verb.chars().all(|ch| ch.is_ascii_lowercase())
            || class.cue_class().is_some()
            || class.is_preposition()
            || class.is_conjunction()
            || class.is_verb_modifier()
            || class.is_source_determiner()
            || class.is_temporal_noun()
            || lexicon::is_auxiliary(verb)
        {
            return false;
        }
        // (that opens a clause: a subject follows, not a verb — the bill
        // requires that…, but not the rules that were…)
        let next = c + 2;
        self.mention_starting_at(next)
            .is_some_and(|m| !self.mention_list[m].possessive)
            || (self.is_word(next)
                && (self.class(next).is_source_determiner()
                    || matches!(self.word(next), "there" | "if")))
    }

    /// Whether the word at `c` is a verb of intent or stance followed by
    /// its infinitive: wants to build, declined to comment.
    #[inline]
    pub(super) fn infinitive_after(&self, c: usize) -> bool {
        // ("to" asked before the verb's letters: most verbs that may take
        // an infinitive have none after them)
        self.is_word(c)
            && self.class(c).takes_infinitive()
            && self.is_word(c + 1)
            && self.bytes(c + 1) == b"to"
            && self.word(c).chars().all(char::is_lowercase)
            && self.is_word(c + 2)
            && self.word(c + 2).chars().all(char::is_lowercase)
            && !self.class(c + 2).is_source_determiner()
            && !self.class(c + 2).is_preposition()
    }

    /// Where a reported clause starting at `from` ends: at the sentence end,
    /// or before another report of the same speaker (…, saying CLAUSE;
    /// … but said CLAUSE) or a semicolon.
    pub(super) fn clause_end(&self, from: usize, end: usize) -> usize {
        let end = end.min(from + CLAUSE_TOKENS);
        // (the tokens where it may end, found by a walk over the classes
        // alone)
        let mut next = from;
        while let Some(i) = self.next_clause_break(next, end) {
            next = i + 1;
            if self.is_punct(i, ";") {
                return i;
            }
            let next_is_cue = |k: usize| {
                self.cue(k).is_some()
                    || (self.is_word(k)
                        && self.class(k).is_verb_modifier()
                        && self.cue(k + 1).is_some())
            };
            // (or a finite verb of saying after the comma: Manafort,
            // citing the polls, said… — the participle's phrase ends
            // where its subject's own verb comes)
            if self.is_punct(i, ",")
                && self.is_word(i + 1)
                && ((self.class(i + 1).is_participle() && self.cue(i + 1).is_some())
                    || self.class(i + 1).is_finite_saying())
            {
                return i;
            }
            if i > from
                && self.is_word(i)
                && matches!(self.bytes(i), b"but" | b"and")
                && next_is_cue(i + 1)
                && self.mention_starting_at(i + 1).is_none()
            {
                return i;
            }
            // …, and a third said CLAUSE / … while 9 percent found CLAUSE:
            // another subject's report begins.
            if i > from && self.opens_other_report(from, i, end) {
                return i;
            }
            // While Comey has said that…, Lewandowski said…: the main
            // clause after a subordinate one has its own report.
            if i > from && self.is_punct(i, ",") && self.main_report_after(i + 1, end) {
                return i;
            }
        }
        end
    }

    /// The first token of `from..end` where a reported clause may end
    /// ([`clause_end`]), if any: only at a comma, a semicolon, or a word
    /// that links clauses (and, but, while, when…;
    /// [`WordClass::links_clauses`]). Every test of that walk,
    /// [`opens_other_report`] included, needs one of them there, so the
    /// tokens before it are passed over at once.
    ///
    /// [`clause_end`]: Sieve::clause_end
    /// [`opens_other_report`]: Sieve::opens_other_report
    #[inline]
    fn next_clause_break(&self, from: usize, end: usize) -> Option<usize> {
        // (the class says it: a linking word's, a comma's or a
        // semicolon's, never a quotation's)
        let classes = self.classes.get(from..end)?;
        // (four classes at a time: most runs of four tokens hold none; the
        // first that may is read from a bit each, without a branch per
        // class, as where it stands follows no pattern)
        let mut chunks = classes.chunks_exact(4);
        let mut at = from;
        for chunk in &mut chunks {
            let hits = (0..).zip(chunk).fold(0u32, |hits, (k, class)| {
                hits | u32::from(class.may_end_clause()) << k
            });
            if hits != 0 {
                return Some(at + hits.trailing_zeros() as usize);
            }
            at += 4;
        }
        Some(at + chunks.remainder().iter().position(|c| c.may_end_clause())?)
    }

    /// The subject of a participle in an absolute phrase: with Cruz
    /// (repeatedly) calling…, with many of them seeking…
    pub(super) fn absolute_subject(&self, c: usize, from: usize) -> Option<usize> {
        let mut k = c;
        if k > from && self.is_word(k - 1) && self.class(k - 1).is_verb_modifier() {
            k -= 1;
        }
        let m = self.mention_ending_at(k.checked_sub(1)?)?;
        let mention = &self.mention_list[m];
        let mut first = mention.tokens.start;
        // (with the American Federation of Teachers calling her: "the"
        // before a name, which the name leaves out)
        if first > from + 1 && self.is_word(first - 1) && self.bytes(first - 1) == b"the" {
            first -= 1;
        }
        (first > from
            && !mention.possessive
            && self.is_word(first - 1)
            && self.word(first - 1).eq_ignore_ascii_case("with"))
        .then_some(m)
    }

    /// The subject of the main clause after an opening phrase "By/After
    /// /In …-ing …," that holds the participle at token `c`, with the
    /// phrase's closing comma: By refusing to admit any fault, Trump and
    /// Lewandowski appeared…
    fn subject_after_opening_phrase(
        &self,
        c: usize,
        from: usize,
        end: usize,
    ) -> Option<(usize, usize)> {
        let p = c.checked_sub(1)?;
        let opens =
            p == from || (p > from && (self.is_punct(p - 1, ":") || self.is_punct(p - 1, ";")));
        if !(opens && self.is_word(p) && self.class(p).is_preposition()) {
            return None;
        }
        let comma = self.comma_within(c + 1, end.min(c + 1 + APPOSITIVE_TOKENS))?;
        let m = self.mention_starting_at(comma + 1)?;
        (!self.mention_list[m].possessive).then_some((m, comma))
    }

    /// Whether the "-ing" cue at token `c` is a progressive verb (is
    /// saying, he's not predicting, were also arguing), not a participle.
    fn is_progressive(&self, c: usize, from: usize) -> bool {
        let mut k = c;
        while k > from + 1 && self.is_word(k - 1) && {
            let w = self.bytes(k - 1);
            w == b"not"
                || w == b"n't"
                || (self.class(k - 1).is_verb_modifier() && !lexicon::is_auxiliary(w))
        } {
            k -= 1;
        }
        k > from && self.is_word(k - 1) && {
            let w = self.word(k - 1);
            let contracted = ["'s", "’s", "'re", "’re", "'m", "’m", "n't", "n’t"]
                .iter()
                .any(|end| w.len() > end.len() && w.ends_with(end))
                && (self.class(k - 1).subject_pronoun().is_some()
                    || self
                        .mention_ending_at(k - 1)
                        .is_some_and(|m| self.mention_list[m].kind == MentionKind::Pronoun)
                    || matches!(
                        w.get(..w.len().saturating_sub(4)),
                        Some("is" | "was" | "are" | "were")
                    ));
            contracted || matches!(w, "is" | "was" | "are" | "were" | "been" | "be" | "am")
        }
    }

    /// Whether a subject and a verb of saying start at token `k`, and the
    /// verb goes on to its own clause (not a parenthetical tag: …, Democrats
    /// argue, …).
    fn main_report_after(&self, k: usize, end: usize) -> bool {
        let Some(m) = self.mention_starting_at(k) else {
            return false;
        };
        let mention = &self.mention_list[m];
        if mention.possessive {
            return false;
        }
        let mut c = mention.tokens.end;
        while c < end && c < mention.tokens.end + MODIFIER_TOKENS && self.is_word(c) && {
            let class = self.class(c);
            class.is_verb_modifier() || lexicon::is_auxiliary(self.bytes(c))
        } {
            c += 1;
        }
        // (or tags the quotation after it: …, the attendees chanted, “…”;
        // or closes the sentence: …, Martha Raddatz said.)
        let tags_quote = self.is_quote(c + 1)
            || ((self.is_punct(c + 1, ",") || self.is_punct(c + 1, ":")) && self.is_quote(c + 2));
        let closes = c + 1 < end && self.is_punct(c + 1, ".") && c + 2 >= end;
        c + 1 < end
            && matches!(self.cue(c), Some(CueClass::Speech | CueClass::Belief))
            && !self.class(c).is_participle()
            && (self.is_word(c + 1) || tags_quote || closes)
    }

    /// Whether a second report starts at token `i`: a comma and a
    /// conjunction (or "while", "whereas"), then a short subject of plain
    /// words and a verb of saying or believing. `from` is where the clause
    /// that `i` would end begins.
    pub(super) fn opens_other_report(&self, from: usize, i: usize, end: usize) -> bool {
        let mut k = i;
        if self.is_punct(k, ",") {
            k += 1;
            // (the class first: each of these words links clauses)
            if !(self.is_word(k)
                && self.class(k).links_clauses()
                && matches!(
                    self.bytes(k),
                    b"and" | b"but" | b"while" | b"whereas" | b"though" | b"although"
                ))
            {
                return false;
            }
        } else if self.is_word(k)
            && (matches!(self.bytes(k), b"and" | b"but" | b"though" | b"although")
                // (a subordinate clause with its own report: … as he urges
                // conservatives to unite, … when he told the tale of…)
                || (self.bytes(k) != b"if" && self.subordinator_at(k)))
        {
            // Without a comma only a pronoun subject opens one (… and he
            // noted that…; not "said Trump and Clinton believe…").
            // A name does too once the clause before has a few words of its
            // own and the verb is one of speech (X said Obama was “weak” and
            // Donald Trump says he is…).
            let pronoun = self.is_word(k + 1)
                && self.class(k + 1).subject_pronoun().is_some()
                && matches!(self.cue(k + 2), Some(CueClass::Speech | CueClass::Belief));
            let name = || {
                // (three are enough: the count stops at the third)
                (from..k)
                    .filter(|&w| self.is_word(w) || self.is_quote(w))
                    .nth(2)
                    .is_some()
                    && self
                        .mention_starting_at(k + 1)
                        .or_else(|| {
                            (self.is_word(k + 1) && self.word(k + 1) == "the")
                                .then(|| self.mention_starting_at(k + 2))
                                .flatten()
                        })
                        .is_some_and(|m| {
                            let mention = &self.mention_list[m];
                            let mut v = mention.tokens.end;
                            // (past an appositive between commas: while
                            // Toni Sacconaghi, an analyst at Bernstein,
                            // wrote…)
                            if self.is_punct(v, ",") {
                                if let Some(close) = (v + 1..end.min(v + 10))
                                    .take_while(|&a| !self.is_quote(a) && self.cue(a).is_none())
                                    .find(|&a| self.is_punct(a, ","))
                                {
                                    v = close + 1;
                                }
                            }
                            while v < end
                                && v < mention.tokens.end + 2
                                && self.is_word(v)
                                && self.class(v).is_verb_modifier()
                            {
                                v += 1;
                            }
                            (mention.kind == MentionKind::Name || self.word(k) != "and")
                                && !mention.possessive
                                && self.speech_cue(v)
                        })
            };
            return pronoun || name();
        } else if !(self.is_word(k) && matches!(self.bytes(k), b"while" | b"whereas")) {
            return false;
        }
        let first = k + 1;
        let stop = end.min(first + 7);
        for c in first + 1..stop {
            if !self.is_word(c) {
                return false;
            }
            if matches!(self.cue(c), Some(CueClass::Speech | CueClass::Belief)) {
                return !(first..c).any(|w| {
                    self.cue(w).is_some()
                        || self.class(w).is_that()
                        || matches!(self.word(w), "who" | "which" | "whom")
                });
            }
        }
        false
    }

    /// The speaker label that opens the paragraph of token `t`, as in a
    /// transcript (TAPPER: …), if there is one.
    fn transcript_speaker(&self, t: usize) -> Option<usize> {
        let paragraph = self.seg.sentences.get(self.sentence_of(t))?.paragraph;
        let start = self.paragraph_start(paragraph)?;
        self.speaker_label_at(start)
            .filter(|&label| self.mention_list[label].tokens.end < t)
    }

    /// The mention at token `start` if a colon follows it, as a speaker's
    /// label does (TAPPER: …, Sanders: Brexit's message…), but not a
    /// headline's label (Breaking:, Wow:, Exclusive:).
    fn speaker_label_at(&self, start: usize) -> Option<usize> {
        let label = self.mention_starting_at(start)?;
        let mention = &self.mention_list[label];
        // (the word list asked last: most mentions have no colon after them)
        (self.is_punct(mention.tokens.end, ":")
            && !lexicon::is_headline_label(mention.span.as_str(self.text)))
        .then_some(label)
    }

    /// The longer of the clauses `a..b` and `c..d` (around a tag in the
    /// middle of a sentence).
    pub(super) fn longer_clause(&self, a: usize, b: usize, c: usize, d: usize) -> Option<Span> {
        let (first, second) = (self.clause(a, b), self.clause(c, d));
        match (first, second) {
            (Some(x), Some(y)) => Some(if x.len() >= y.len() { x } else { y }),
            (x, y) => x.or(y),
        }
    }

    /// The report of `span` by mention `mention` through the cue at token
    /// `cue`, by rule `rule`.
    pub(super) fn report(&self, span: Span, mention: usize, cue: usize, rule: Rule) -> Quote {
        self.report_through(span, mention, cue..cue + 1, rule)
    }

    /// [`report`](Sieve::report) through the cue of tokens `cue` (according
    /// to: two), which the caller knows: no search of the tokens for it.
    pub(super) fn report_through(
        &self,
        span: Span,
        mention: usize,
        cue: std::ops::Range<usize>,
        rule: Rule,
    ) -> Quote {
        let cue_token = cue.start;
        let cue = Span::new(
            self.tokens[cue.start].span.start,
            self.tokens[cue.end - 1].span.end,
        );
        // (Rubio, *who* mused that…: the relative pronoun is the source)
        let mention = if self.mention_list[mention].tokens.end <= cue_token {
            self.relative_for(mention, cue_token)
        } else {
            mention
        };
        // (FALLIN: I think…: in a transcript, "I" is the paragraph's speaker)
        let mention = if self.mention_list[mention].span.bytes(self.text) == b"I" {
            self.transcript_speaker(cue_token).unwrap_or(mention)
        } else {
            mention
        };
        Quote {
            span,
            kind: QuoteKind::Indirect,
            speaker: Some(self.speaker(mention)),
            content: span,
            cue: Some(cue),
            rule,
            confidence: rule.confidence(),
        }
    }
}
