//! The sieve's third pass: what each quotation is and who speaks it.
//!
//! [`Sieve::decide`] tries the rules in order of reliability, and the first
//! that decides wins. A quotation with a tag takes it. A quotation embedded
//! in a sentence goes through the steps of [`Sieve::decide_embedded`], each
//! a method of its own; one standing alone in its sentence (or opening it
//! and running into a few words of the writer's) goes through
//! [`Sieve::decide_alone`].

use super::*;

/// One quotation as the third pass sees it.
#[derive(Clone, Copy)]
pub(super) struct Site {
    /// The quotation's token.
    pub(super) t: usize,
    /// The index of its sentence.
    pub(super) s: usize,
    pub(super) q: QuotedSpan,
    /// Whether words of the sentence stand before the quotation.
    words_before: bool,
    /// Whether words of the sentence stand after it (how many is asked
    /// of a few quotations only, where they are counted).
    words_after: bool,
}

impl Site {
    /// Whether the quotation shares its sentence with other words.
    fn embedded(&self) -> bool {
        self.words_before || self.words_after
    }
}

/// The speaker of the quotation before, with its paragraph and sentence.
pub(super) type LastSpeaker<'q> = (&'q Speaker, usize, usize);

impl<'a> Sieve<'a> {
    /// Decides quotation `q` at token `t` of sentence `s`, given its tag
    /// (if pass 1 found one), the reported clauses of its sentence and the
    /// speaker of the quotation before it.
    pub(super) fn decide(
        &self,
        t: usize,
        s: usize,
        q: QuotedSpan,
        tag: Option<(Tag, Rule)>,
        reports: &[Quote],
        last: Option<&LastSpeaker<'_>>,
    ) -> Quote {
        let sentence = &self.seg.sentences[s];
        let site = Site {
            t,
            s,
            q,
            words_before: self.has_words(sentence.tokens.start..t, 1),
            words_after: self.has_words(t + 1..sentence.tokens.end, 1),
        };
        if self.is_title(t, q) {
            return self.quote(q, QuoteKind::Scare, None, None, Rule::NoSpeaker);
        }
        if let Some(tag) = tag {
            return self.tagged(&site, tag);
        }
        let kind = if site.embedded() {
            if let Some(quote) = self.decide_embedded(&site, reports) {
                return quote;
            }
            QuoteKind::Partial
        } else {
            QuoteKind::Direct
        };
        // A short paragraph that is only a single-quoted phrase is a
        // section heading (NYT style): 'All Bets Are Off.'
        if self.is_heading(t, q) {
            return self.quote(q, QuoteKind::Scare, None, None, Rule::NoSpeaker);
        }
        self.decide_alone(&site, kind, last)
    }

    /// A quotation with a tag: direct, or partial when a lead-in tag runs
    /// into a lower-case fragment (X said he was “very disappointed”). A
    /// colon, a comma, a semicolon or a dash before the quotation opens a
    /// line that goes on from the one before it (“…,” said the King,
    /// rubbing his hands; “so now let the jury--”).
    fn tagged(&self, site: &Site, (tag, rule): (Tag, Rule)) -> Quote {
        let fragment = rule == Rule::TagThenQuote
            && ![":", ",", ";", "-", "—", "–"]
                .iter()
                .any(|mark| self.is_punct(site.t - 1, mark))
            && !starts_upper(site.q.content.as_str(self.text));
        let kind = if fragment {
            QuoteKind::Partial
        } else {
            QuoteKind::Direct
        };
        self.quote(
            site.q,
            kind,
            Some(self.speaker(tag.mention)),
            Some(tag.cue),
            rule,
        )
    }

    /// A quotation embedded in a sentence, step by step; `None` when it
    /// opens its sentence, runs on into a few words of the writer's (“…”
    /// Osama bin Laden.) and nothing decided it: such a quote continues
    /// like one standing alone.
    fn decide_embedded(&self, site: &Site, reports: &[Quote]) -> Option<Quote> {
        let partial = |speaker: usize, cue: Option<usize>, rule: Rule| {
            self.quote(
                site.q,
                QuoteKind::Partial,
                Some(self.speaker(speaker)),
                cue,
                rule,
            )
        };
        // A name nobody gives (the ad, entitled “…”) is no one's words.
        let start = self.seg.sentences[site.s].tokens.start;
        if self.passive_name_before(site.t, start) {
            return Some(self.quote(site.q, QuoteKind::Scare, None, None, Rule::NoSpeaker));
        }
        if let Some(quote) = self.in_reported_clause(site, reports) {
            // In fiction, a verb of saying inside the reported clause,
            // nearer the quotation, speaks it: nor did Alice think it out
            // of the way to hear *the Rabbit say* to itself, “…”
            if let Some(CueBefore::Speaker(m, c)) = (self.genre == Genre::Fiction)
                .then(|| self.cue_before(site))
                .flatten()
            {
                let inside = quote
                    .cue
                    .is_some_and(|cue| cue.end <= self.tokens[c].span.start);
                // (a finite verb with a subject of its own: not a participle
                // nor an infinitive, which borrow the sentence's)
                let start = self.seg.sentences[site.s].tokens.start;
                let infinitive = c > start && self.is_word(c - 1) && self.bytes(c - 1) == b"to";
                let own_subject = !(self.class(c).is_participle() || infinitive)
                    && self
                        .subject_of(c, start)
                        .is_some_and(|s| self.relative_for(s, site.t) == m);
                // (or one whose subject stands in the reported clause too:
                // he was urging it when Henry Crawford entered, calling out)
                let subject_inside = self.participle_of_clause(c, start)
                    && quote
                        .cue
                        .is_some_and(|cue| cue.end <= self.mention_list[m].span.start);
                if inside && (own_subject || subject_inside) && self.speech_cue(c) {
                    return Some(partial(m, Some(c), Rule::InReportedClause));
                }
            }
            return Some(quote);
        }
        match self.cue_before(site) {
            Some(CueBefore::Speaker(m, c)) => {
                return Some(partial(m, Some(c), Rule::InReportedClause))
            }
            Some(CueBefore::NamesSomething) => {
                return Some(self.quote(site.q, QuoteKind::Scare, None, None, Rule::NoSpeaker))
            }
            None => {}
        }
        if let Some((m, c)) = self.tag_closing_sentence(site) {
            return Some(partial(m, Some(c), Rule::InReportedClause));
        }
        // A noun of saying with a possessor: his comment that “…”,
        // Trump's claim that “…”, Obama's “…” promise.
        if let Some((m, noun)) = self.possessor_of_speech(site.t, start) {
            return Some(partial(m, Some(noun), Rule::InReportedClause));
        }
        // A single quoted word with no speaker is a scare quote or a
        // title; a longer quoted phrase is someone's words.
        if content_words_upto(site.q, self.text, 2) <= 1 {
            return Some(self.quote(site.q, QuoteKind::Scare, None, None, Rule::NoSpeaker));
        }
        // A lead-in that ends with a colon: McConnell delivered a blunt message: “…”
        let sentence = &self.seg.sentences[site.s];
        if site.t > start && self.is_punct(site.t - 1, ":") {
            if let Some(m) = self.colon_speaker(sentence, site.t - 1) {
                return Some(partial(m, None, Rule::ColonLeadIn));
            }
        }
        // No cue at all: the sentence's subject stands behind the words
        // it quotes (Trump criticised Khan for making “very rude statements”).
        if site.words_before {
            if let Some(m) = self.sentence_subject(sentence, site.t).filter(|&m| {
                self.opens_clause(sentence, m) && !self.names_something(site.t, site.q)
            }) {
                return Some(partial(
                    self.relative_for(m, site.t),
                    None,
                    Rule::SentenceSubject,
                ));
            }
        }
        // (or into a phrase the quoted clause governs, however long: “That
        // is the fight we're taking” to the rest of the country.)
        let runs_on = !site.words_before && {
            let words_after = self.sentence_words(site.t + 1..sentence.tokens.end);
            words_after * 4 <= content_words_upto(site.q, self.text, 4 * words_after + 1)
                || (self.opens_dependent_phrase(site.t + 1)
                    && content_words_upto(site.q, self.text, 4) >= 4)
        };
        (!runs_on).then(|| self.quote(site.q, QuoteKind::Partial, None, None, Rule::NoSpeaker))
    }

    /// Whether the word at token `i` opens a phrase that depends on the
    /// words before it: a preposition or a subordinator (“…” to the rest of
    /// the country, “…” because of the economy).
    fn opens_dependent_phrase(&self, i: usize) -> bool {
        self.is_word(i)
            && self.word(i).starts_with(|c: char| c.is_lowercase())
            && (self.class(i).is_preposition() || self.subordinator_at(i))
    }

    /// The reported clause that holds the quotation (the outermost one:
    /// in nested reports the outer source answers for the words).
    fn in_reported_clause(&self, site: &Site, reports: &[Quote]) -> Option<Quote> {
        let q = site.q;
        let starts_before = reports.partition_point(|r| r.span.start <= q.span.start);
        let r = reports[..starts_before]
            .iter()
            .rev()
            .take(REPORTS_PER_QUOTE)
            .filter(|r| r.span.contains(q.span) && r.speaker.is_some())
            .min_by_key(|r| r.span.start)?;
        let mut quote = self.quote(
            q,
            QuoteKind::Partial,
            r.speaker.as_ref().map(|speaker| self.copy_of(speaker)),
            None,
            Rule::InReportedClause,
        );
        quote.cue = r.cue;
        Some(quote)
    }

    /// The nearest naming or speech cue before the quotation in its
    /// sentence, with its subject.
    fn cue_before(&self, site: &Site) -> Option<CueBefore> {
        let t = site.t;
        let sentence = &self.seg.sentences[site.s];
        let start = sentence.tokens.start;
        for c in (start.max(t.saturating_sub(CUE_WINDOW))..t).rev() {
            // (most words are no cue: asked first)
            if self.cue(c).is_none() {
                continue;
            }
            // (an infinitive takes the sentence's subject: Trump took to
            // Twitter to accuse the campaign of being “duped”)
            let infinitive = c > start + 1 && self.is_word(c - 1) && self.bytes(c - 1) == b"to";
            if self.class(c).is_ambiguous_base_form()
                && !infinitive
                && !self.bare_form_is_verb(c, start)
            {
                continue;
            }
            // A cue in a leading subordinate clause does not reach a quote
            // in the main clause: When Trump suggested…, Rubio fired back: “…”
            // (its comma comes before the quote's own lead-in punctuation)
            if self.in_leading_subordinate(c, start)
                && (c + 1..t.saturating_sub(1)).any(|i| self.is_punct(i, ","))
            {
                break;
            }
            // A noun called or titled by the quote names something: a
            // play called “Los Hijos de Trump”, an article titled “…”.
            if c + 1 == t && self.names_the_noun_before(c, start) {
                return Some(CueBefore::NamesSomething);
            }
            // In fiction, a bare cue after an indefinite article is a noun
            // (cried in a half whisper, “…”): the verb before it is the cue.
            if self.genre == Genre::Fiction && self.noun_after_article(c, start) {
                continue;
            }
            // A gerund's possessor says it: stopped by Sir Thomas's
            // saying, “…”; Mrs Croft's suddenly saying.
            if let Some(m) = self.gerund_possessor(c, start) {
                return Some(CueBefore::Speaker(m, c));
            }
            // An absolute phrase's subject: with Cruz calling her “…”.
            if let Some(m) = self
                .class(c)
                .is_participle()
                .then(|| self.absolute_subject(c, start))
                .flatten()
            {
                return Some(CueBefore::Speaker(m, c));
            }
            let participle = self.participle_of_clause(c, start);
            // (in fiction, a participle after a comma takes the subject of
            // the verb it hangs from, as a tag's does: when Henry Crawford
            // entered the room, fresh from the Parsonage, calling out)
            let subject = if participle && self.genre == Genre::Fiction {
                self.participle_subject(c, start, sentence)
            } else if participle || infinitive {
                self.sentence_subject(sentence, c)
            } else {
                // (in fiction, a verb after ", and" shares the subject of
                // the clause it goes on: and Miss Avery, calm, but
                // murmuring tenderly, “…”)
                self.subject_of(c, start)
                    .or_else(|| self.coordinated_subject(c, start))
                    .or_else(|| self.sentence_subject(sentence, c))
            };
            if let Some(m) = subject {
                return Some(CueBefore::Speaker(self.relative_for(m, t), c));
            }
        }
        None
    }

    /// Whether the bare cue at token `c` follows "a" or "an", perhaps
    /// across one word that is no mention (a whisper, a half whisper, but
    /// not a man said): then it is a noun.
    fn noun_after_article(&self, c: usize, start: usize) -> bool {
        let w = self.word(c);
        if w.ends_with("ed") || w.ends_with("ing") || w == "said" {
            return false;
        }
        let article = |i: usize| self.is_word(i) && matches!(self.word(i), "a" | "an");
        (c > start && article(c - 1))
            || (c > start + 1
                && article(c - 2)
                && self.is_word(c - 1)
                && self.mention_ending_at(c - 1).is_none())
    }

    /// A speech tag after the quotation that closes its sentence (“…” in
    /// 2008, Beck said), with its cue.
    fn tag_closing_sentence(&self, site: &Site) -> Option<(usize, usize)> {
        let t = site.t;
        let sentence = &self.seg.sentences[site.s];
        for c in t + 1..sentence.tokens.end.min(t + 1 + CUE_WINDOW) {
            if !self.speech_cue(c) || self.is_quote(c - 1) {
                continue;
            }
            let subject = self
                .subject_of(c, t + 1)
                .filter(|&m| {
                    // Not a relative clause: a “hypersonic” missile which experts say…
                    let first = self.mention_list[m].tokens.start;
                    !(first > t + 1
                        && self.is_word(first - 1)
                        && matches!(self.word(first - 1), "which" | "that" | "who" | "whom"))
                })
                .or_else(|| {
                    let m = self.mention_starting_at(c + 1)?;
                    (c > t + 1 && self.is_punct(c - 1, ",")).then_some(m)
                });
            // (an appositive after an inverted speaker is part of the tag:
            // said Steve Elmendorf, deputy campaign manager for…)
            let after = subject
                .map(|m| self.mention_list[m].tokens.end)
                .filter(|&after| after > c)
                .unwrap_or(c + 1);
            let appositive = self.is_punct(after, ",")
                && !(after..sentence.tokens.end)
                    .any(|i| self.is_quote(i) || (self.is_word(i) && self.cue(i).is_some()));
            let tail = if appositive {
                0
            } else {
                self.sentence_words(c + 1..sentence.tokens.end)
            };
            if let Some(m) = subject.filter(|_| tail < 12) {
                return Some((m, c));
            }
        }
        None
    }

    /// A quotation standing alone in its sentence (or running on into a
    /// few words): a colon lead-in before it, the previous quotation's
    /// speaker, a speaker in a sentence nearby, else nobody.
    fn decide_alone(&self, site: &Site, kind: QuoteKind, last: Option<&LastSpeaker<'_>>) -> Quote {
        let decided = |speaker: Speaker, cue: Option<usize>, rule: Rule| {
            self.quote(site.q, kind, Some(speaker), cue, rule)
        };
        if let Some((m, c, rule)) = self
            .colon_lead_in_before(site)
            .or_else(|| self.new_speaker_between(site, last))
        {
            return decided(self.speaker(m), c, rule);
        }
        if let Some(speaker) = self.continued_speaker(site, last) {
            return decided(speaker, None, Rule::ContinuesSpeaker);
        }
        if let Some((m, c)) = self.nearby_speaker(site) {
            return decided(self.speaker(m), Some(c), Rule::NearbySpeaker);
        }
        self.quote(site.q, kind, None, None, Rule::NoSpeaker)
    }

    /// The speaker of a sentence just before that ends with a colon (with
    /// its cue, if it has one): Sanders told the crowd: / “…”
    fn colon_lead_in_before(&self, site: &Site) -> Option<(usize, Option<usize>, Rule)> {
        let sentence = &self.seg.sentences[site.s];
        let prev = &self.seg.sentences[site.s.checked_sub(1)?];
        let adjacent =
            prev.paragraph == sentence.paragraph || prev.paragraph + 1 == sentence.paragraph;
        if !adjacent || prev.tokens.end == prev.tokens.start {
            return None;
        }
        let last = prev.tokens.end - 1;
        // (in fiction, a paragraph may also lead in with a comma, a dash or
        // nothing at all: Mrs. Bennet instantly answered, / “…”)
        let open_ended = self.genre == Genre::Fiction
            && prev.paragraph + 1 == sentence.paragraph
            && (self.is_word(last) || [",", "—", "--", "-"].iter().any(|p| self.is_punct(last, p)));
        let colon = self.is_punct(last, ":");
        if let Some((m, c)) = self.floor_taken_in(site.s - 1, colon || open_ended) {
            return Some((m, Some(c), Rule::ColonLeadIn));
        }
        if !colon && !open_ended {
            return None;
        }
        // (in fiction, the last verb of saying leads in, with the subject
        // its clauses share: Elizabeth saw what he was doing, and at the
        // first pause, turned to him, and said, / “…”)
        if let Some((m, c)) = (self.genre == Genre::Fiction
            && prev.paragraph + 1 == sentence.paragraph)
            .then(|| {
                let c = prev.tokens.clone().rev().find(|&c| self.speech_cue(c))?;
                let m = self
                    .coordinated_subject(c, prev.tokens.start)
                    .or_else(|| self.subject_after_semicolon(c, prev.tokens.start))?;
                Some((m, c))
            })
            .flatten()
        {
            return Some((m, Some(c), Rule::ColonLeadIn));
        }
        if let Some((m, c)) = self.cue_with_subject(prev) {
            return Some((m, Some(c), Rule::ColonLeadIn));
        }
        if let Some((m, c)) = (self.genre == Genre::Fiction
            && prev.paragraph + 1 == sentence.paragraph)
            .then(|| self.lead_in_speaker(prev))
            .flatten()
        {
            return Some((m, Some(c), Rule::ColonLeadIn));
        }
        // (without a cue, only a colon leads in: Pollsters agree - Carl Bialik:)
        if !colon {
            return None;
        }
        let m = self.colon_speaker(prev, prev.tokens.end - 1)?;
        Some((m, None, Rule::ColonLeadIn))
    }

    /// The subject of cue `c` within its own clause, when a semicolon
    /// since `from` divides the sentence: the clauses before it have
    /// verbs of their own (Mr Shepherd answered for him; and Anne, after
    /// the little pause which followed, added--).
    fn subject_after_semicolon(&self, c: usize, from: usize) -> Option<usize> {
        let semicolon = (from.max(c.saturating_sub(CLAUSE_SUBJECT_TOKENS))..c)
            .rev()
            .take_while(|&i| !self.is_quote(i))
            .find(|&i| self.is_punct(i, ";"))?;
        let m = self.subject_of(c, semicolon + 1)?;
        let mention = &self.mention_list[m];
        (matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
            && !mention.possessive
            && mention.span.as_str(self.text) != "it")
            .then_some(m)
    }

    /// In fiction, a sentence that ends on someone starting or going on to
    /// speak leads in to the quotation after it, with its subject and
    /// verb: Mr. Collins began. / “…”; Poirot went on. “…”; The Coroner
    /// persisted. (a few words of manner may close it: began again, spoke
    /// at last very slowly). With `open_end` (a lead-in right before the
    /// quotation's paragraph), it may end on a colon, a comma or a dash
    /// as well: he began volubly-- / “…”; Poirot continued: / “…”; or
    /// on a word, where the text lost its dash: Tom Bertram began again
    fn floor_taken_in(&self, s: usize, open_end: bool) -> Option<(usize, usize)> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let lead_in = &self.seg.sentences[s];
        let start = lead_in.tokens.start;
        let mut stop = lead_in.tokens.end.checked_sub(1)?;
        // (a run of closing marks, the first one counting: began:--, began--)
        let open_mark = |i: usize| {
            [":", ",", "—", "--", "-"]
                .iter()
                .any(|p| self.is_punct(i, p))
        };
        // (right before the quotation's paragraph, a lead-in may end on its
        // last word, its dash lost: Tom Bertram began again / “…”)
        let word_ended = open_end && self.is_word(stop);
        if word_ended {
            stop += 1;
        } else if open_end {
            while stop > start + 1 && open_mark(stop) && open_mark(stop - 1) {
                stop -= 1;
            }
        }
        // (narration, not the tag of a quotation before it: “…?” Miss
        // Quested persisted.)
        // (a clause of its own after the quotation is narration again: “…”
        // A short pause followed, and Mrs. Hurst began again.)
        let last_quote = (start..stop).rev().find(|&i| self.is_quote(i));
        let tags_a_quote = last_quote.is_some_and(|q| {
            !(q + 1..stop).any(|i| {
                self.is_punct(i, ";")
                    || (self.is_punct(i, ",")
                        && self.is_word(i + 1)
                        && matches!(self.bytes(i + 1), b"and" | b"but"))
            })
        }) || s.checked_sub(1).is_some_and(|before| {
            let before = &self.seg.sentences[before];
            before.paragraph == lead_in.paragraph
                && before.tokens.end > before.tokens.start
                && self.is_quote(before.tokens.end - 1)
        });
        let closes = word_ended || self.is_punct(stop, ".") || (open_end && open_mark(stop));
        if stop <= start || !closes || tags_a_quote {
            return None;
        }
        // (after the verb, a few words of manner, then perhaps a phrase of
        // what or how it was said, or the gerund of what was begun,
        // whatever it is: began again about the plan; went on with a
        // smooth appeal; began scolding, began lecturing)
        let tail_fits = |verb: usize| {
            let mut k = verb + 1;
            while k < stop && self.is_manner_word(k) {
                k += 1;
            }
            if k - verb - 1 > FLOOR_MANNER_WORDS {
                return false;
            }
            // (a phrase of what was said may be all that is left of it
            // before an open end: began with--)
            let with_what = matches!(self.bytes(k), b"with" | b"about" | b"upon")
                && (k + 1 < stop || open_end)
                && (k..stop).all(|i| self.is_word(i));
            k == stop
                || with_what
                || self.names_the_talk(k, stop)
                || (k + 1 == stop
                    && self.bytes(verb) == b"began"
                    && self.bytes(k).ends_with(b"ing")
                    && self.bytes(k).iter().all(u8::is_ascii_lowercase))
        };
        let verb = (start.max(stop.saturating_sub(FLOOR_PHRASE_WORDS + 1))..stop)
            .rev()
            .take_while(|&k| self.is_word(k))
            .find_map(|k| {
                let w = self.bytes(k);
                let particle = k > start && self.is_word(k - 1);
                if particle && lexicon::is_going_on_speaking(self.bytes(k - 1), w) && tail_fits(k) {
                    Some(k - 1)
                } else if lexicon::is_taking_the_floor(w) && tail_fits(k) {
                    Some(k)
                } else {
                    None
                }
            })?;
        let m = self.subject_of(verb, start)?;
        let mention = &self.mention_list[m];
        // (not a clause of time: he shook her arm as he spoke.)
        let first = mention.tokens.start;
        let timed = first > start && self.is_word(first - 1) && self.word(first - 1) == "as";
        (!timed && !mention.possessive && mention.span.as_str(self.text) != "it")
            .then_some((m, verb))
    }

    /// Whether tokens `k..stop` name the talk that a verb of going on
    /// takes as its object, and nothing more: carried on the joke, resumed
    /// the conversation, took up his story.
    fn names_the_talk(&self, k: usize, stop: usize) -> bool {
        stop > k + 1
            && stop <= k + 3
            && (k..stop).all(|i| self.is_word(i))
            && matches!(self.bytes(k), b"the" | b"his" | b"her" | b"their")
            && lexicon::is_topic_of_talk(self.bytes(stop - 1))
    }

    /// A word of manner or time that may close a sentence after a verb of
    /// taking the floor: began again, spoke at last very slowly.
    fn is_manner_word(&self, k: usize) -> bool {
        self.is_word(k)
            && (self.class(k).is_verb_modifier()
                || matches!(
                    self.bytes(k),
                    b"at" | b"once" | b"last" | b"length" | b"first"
                ))
    }

    /// In fiction, the speaker of a paragraph that leads in to the next
    /// one's quotation, with the sentence's last cue, when the subject
    /// finder finds none: the agent after "by" (thus accosted by Miss
    /// Bingley,), else the last name or subject pronoun before the cue
    /// that is not the object of a preposition nor an owner (Mrs. Bennet
    /// followed her, saying,; Mary interrupted her by exclaiming--; he drew
    /// his chair nearer to Miss Maylie's, and said,): the one whose verbs
    /// the cue closes.
    fn lead_in_speaker(&self, lead_in: &Sentence) -> Option<(usize, usize)> {
        let c = lead_in.tokens.clone().rev().find(|&c| self.speech_cue(c))?;
        if self.is_word(c + 1) && self.word(c + 1) == "by" {
            let m = self.mention_starting_at(c + 2)?;
            let mention = &self.mention_list[m];
            return (mention.kind == MentionKind::Name && !mention.possessive).then_some((m, c));
        }
        let before = self.mentions_within(&(lead_in.tokens.start..c));
        self.mention_list[before.clone()]
            .iter()
            .zip(before)
            .rev()
            .find(|(m, _)| {
                matches!(m.kind, MentionKind::Name | MentionKind::Pronoun)
                    && !m.possessive
                    && !m.after_preposition
            })
            .map(|(_, k)| (k, c))
    }

    /// Whether the previous quotation's speaker goes on here: in the same
    /// paragraph, or in the next one within two sentences.
    fn continues_from(&self, site: &Site, last: Option<&LastSpeaker<'_>>) -> bool {
        let paragraph = self.seg.sentences[site.s].paragraph;
        // (in fiction, a new paragraph is a new turn, unless the quotation
        // before it ran on unclosed: a speech over several paragraphs)
        let new_turn = self.genre == Genre::Fiction && {
            let before = self
                .quotes
                .partition_point(|q| q.span.start < site.q.span.start);
            before
                .checked_sub(1)
                .and_then(|k| self.quotes.get(k))
                .is_some_and(|q| q.closed)
        };
        last.is_some_and(|&(_, para, ls)| {
            para == paragraph || (!new_turn && para + 1 == paragraph && site.s <= ls + 2)
        })
    }

    /// A sentence between the previous quotation and this one with a
    /// speaker of its own takes over: Carson replied. / Quintanilla
    /// mentioned that… / “Does that…?”
    fn new_speaker_between(
        &self,
        site: &Site,
        last: Option<&LastSpeaker<'_>>,
    ) -> Option<(usize, Option<usize>, Rule)> {
        let (speaker, _, ls) = last?;
        if !self.continues_from(site, last) || site.s < ls + 2 {
            return None;
        }
        let (m, c) = self.any_cue_with_subject(&self.seg.sentences[site.s - 1])?;
        (self.speaker(m).name != speaker.name).then_some((m, Some(c), Rule::NearbySpeaker))
    }

    /// The previous quotation's speaker, when it goes on here.
    fn continued_speaker(&self, site: &Site, last: Option<&LastSpeaker<'_>>) -> Option<Speaker> {
        let (speaker, _, _) = last?;
        self.continues_from(site, last)
            .then(|| self.copy_of(speaker))
    }

    /// A speaker in the sentence before (also closing the previous
    /// paragraph: Valastro praised the plan. / “We need someone…”), two
    /// before, or after the quotation, in its paragraph.
    fn nearby_speaker(&self, site: &Site) -> Option<(usize, usize)> {
        let s = site.s;
        let paragraph = self.seg.sentences[s].paragraph;
        [s.checked_sub(1), s.checked_sub(2), Some(s + 1)]
            .into_iter()
            .flatten()
            .find_map(|near| {
                let other = self.seg.sentences.get(near)?;
                let previous_paragraph = near + 1 == s && other.paragraph + 1 == paragraph;
                if other.paragraph != paragraph && !previous_paragraph {
                    return None;
                }
                // (a sentence that ends with its verb of belief announces a
                // speaker too: Bystrom agreed. “…”)
                let ends_with_cue = near + 1 == s
                    && other.tokens.end >= other.tokens.start + 2
                    && self.cue(other.tokens.end - 2).is_some()
                    && self.is_punct(other.tokens.end - 1, ".");
                if previous_paragraph || ends_with_cue {
                    self.any_cue_with_subject(other)
                } else {
                    self.cue_with_subject(other)
                }
            })
    }
}

/// What the nearest cue before an embedded quotation says of it.
enum CueBefore {
    /// Its subject speaks the quotation (mention, cue token).
    Speaker(usize, usize),
    /// The cue names the noun before it by the quotation: a title.
    NamesSomething,
}

/// How many words the content of quote `q` has, counting at most `limit`.
fn content_words_upto(q: QuotedSpan, text: &str, limit: usize) -> usize {
    q.content
        .as_str(text)
        .split_whitespace()
        .take(limit)
        .count()
}

#[cfg(test)]
mod tests {
    use crate::rules::dialogue::tests::speakers;

    /// In fiction, a verb of saying with a subject of its own, inside a
    /// reported clause and nearer the quotation, speaks it.
    #[test]
    fn a_verb_of_saying_inside_a_reported_clause_speaks_the_quotation() {
        let text = "There was nothing so very remarkable in that; nor did Alice think \
                    it so very much out of the way to hear the Rabbit say to itself, \
                    “Oh dear! Oh dear! I shall be late!”";
        assert_eq!(speakers(text).last().unwrap(), "the Rabbit");
        let text = "As a result of this he and Brenda saw each other very little, so \
                    that Angela remarked to her husband, “Is it all over between them?”";
        assert_eq!(speakers(text).last().unwrap(), "Angela");
    }

    /// In fiction, a participle after a comma takes the subject of the
    /// clause it hangs from, inside a reported clause too.
    #[test]
    fn a_participle_inside_a_reported_clause_takes_its_clauses_subject() {
        let text = "Edmund had little to hope, but he was still urging the subject \
                    when Henry Crawford entered the room, fresh from the Parsonage, \
                    calling out, “No want of hands in our theatre, Miss Bertram.”";
        assert_eq!(speakers(text).last().unwrap(), "Henry Crawford");
    }
}
