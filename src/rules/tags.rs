//! Speaker tags next to a quotation: “…,” X said / said X, X said: “…”,
//! a tag in the next sentence, a dash and a name.

use super::*;

impl<'a> Sieve<'a> {
    /// A tag starting at token `i` (after skipping a little punctuation):
    /// X said / said X, within `end`.
    pub(super) fn tag_at(&self, i: usize, end: usize, after_comma_quote: bool) -> Option<Tag> {
        // A dash and a name closing the sentence sign the quote, as under
        // an epigraph or in a list of reactions: “…” ― Pamela Padilla.
        if i + 1 < end && ["―", "—", "–"].iter().any(|d| self.is_punct(i, d)) {
            if let Some(m) = self.mention_starting_at(i + 1) {
                let mention = &self.mention_list[m];
                let after = mention.tokens.end;
                if mention.kind == MentionKind::Name
                    && !mention.possessive
                    && (after >= end || (after + 1 >= end && self.is_punct(after, ".")))
                {
                    return Some(Tag {
                        mention: m,
                        cue: i,
                        end: after,
                    });
                }
            }
        }
        let mut j = i;
        while j < end
            && j < i + 2
            && self.tokens[j].kind == TokenKind::Punct
            && matches!(self.word(j), "," | "—" | "–" | "-" | ":" | ";")
        {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // In fiction, an adverb may open an inverted tag: “…,” again
        // interrupted De Griers, then added Tom, gloomily said Eeyore.
        if self.genre == Genre::Fiction
            && self.is_word(j)
            && (matches!(
                self.word(j),
                "again" | "then" | "now" | "presently" | "once"
            ) || self.is_manner_adverb(j))
            && self.mention_starting_at(j).is_none()
            && j + 2 < end
            && self.is_word(j + 1)
            && self.word(j + 1).chars().all(char::is_lowercase)
            && (self.speech_cue(j + 1)
                || (after_comma_quote && lexicon::is_dialogue_verb(self.word(j + 1))))
            && self
                .mention_starting_at(j + 2)
                .is_some_and(|m| self.mention_list[m].kind == MentionKind::Name)
        {
            j += 1;
        }
        // In fiction, “…,” was Elinor's reply / was Mrs. Allen's answer.
        if self.genre == Genre::Fiction && after_comma_quote {
            if let Some(tag) = self.owned_reply(j, end) {
                return Some(tag);
            }
        }
        // Right after a quote that ends with a comma (“…,”), any past-tense
        // verb next to a name is a speech verb: “…,” Hollande retaliated;
        // so is any cue in the present tense: “…,” Stevens agrees.
        // So is a verb with a particle: “…,” Bennett shot back / he went
        // on / Bozell points out.
        // In fiction, so is a verb of thinking or of starting to speak:
        // “…,” thought Elinor; “…,” began Gregory; “…,” broke in Isaac.
        let verb_here = |k: usize| {
            self.speech_cue(k)
                || (after_comma_quote && self.is_word(k) && {
                    let w = self.word(k);
                    (w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase()))
                        // (and a cue of the present tense that ends the
                        // tag or comes before the name: “…,” Stevens
                        // agrees; “…,” agrees Michelle Stevens; not a
                        // noun in -ss: White House press secretary Josh
                        // Earnest said; nor a verb with its object: “…,”
                        // he feels free to…)
                        || (w.ends_with('s')
                            && !w.ends_with("ss")
                            && (k + 1 >= end
                                || !self.is_word(k + 1)
                                || self.mention_starting_at(k + 1).is_some_and(|m| {
                                    self.mention_list[m].kind == MentionKind::Name
                                }))
                            && self.cue(k).is_some()
                            && w.chars().all(|c| c.is_lowercase()))
                        || self.particle_closes_tag(k, end)
                        || (self.genre == Genre::Fiction && lexicon::is_fiction_tag_verb(w))
                })
        };
        // Form "said X" (not "telling reporters": a verb of telling takes its addressee).
        if verb_here(j)
            && (self.class(j).is_participle()
                || matches!(
                    self.word(j),
                    "told" | "tells" | "tell" | "informed" | "assured" | "reminded"
                ))
        {
            return None;
        }
        // In fiction, words that come from someone are theirs: “…” came
        // from Sir Thomas's tight lips, “…” burst from William; so are words
        // said by someone: “…” was uttered by Captain Wentworth.
        if self.genre == Genre::Fiction {
            if let Some(tag) = self.came_from(j, end).or_else(|| self.said_by(j, end)) {
                return Some(tag);
            }
        }
        // “…,” as The New Yorker put it / as a Homeland Security memo put it.
        if self.is_word(j) && self.bytes(j) == b"as" {
            let source = self.mention_starting_at(j + 1).or_else(|| {
                (self.is_word(j + 1) && self.class(j + 1).is_source_determiner())
                    .then(|| self.mention_starting_at(j + 2))
                    .flatten()
            });
            if let Some(m) = source {
                let k = self.mention_list[m].tokens.end;
                let put_it = self.is_word(k)
                    && matches!(self.word(k), "put" | "puts")
                    && self.is_word(k + 1)
                    && self.word(k + 1) == "it";
                if k < end && (put_it || self.speech_cue(k)) && !self.mention_list[m].possessive {
                    return Some(Tag {
                        mention: m,
                        cue: k,
                        end: k + 1,
                    });
                }
            }
        }
        // “…,” according to Judicial Watch.
        if self.is_according_to(j) {
            let m = self.according_to_source(j)?;
            return (self.mention_list[m].tokens.end <= end).then(|| Tag {
                mention: m,
                cue: j,
                end: self.mention_list[m].tokens.end,
            });
        }
        // Another past-tense verb inverted before a name that closes the tag
        // (“…?” reacted Trump. / “…,” recalled Mark Smith, a spokesman).
        // (in fiction, also a description: “…?” inquired the turnkey; and
        // an adverb may close the tag: agreed Poirot gravely)
        if after_comma_quote && !self.speech_cue(j) && verb_here(j) {
            let fiction = self.genre == Genre::Fiction;
            // (in fiction, with its particle: put in Fielding, broke in Isaac,
            // went on Eeyore)
            let name_at = if fiction
                && self.is_word(j + 1)
                && matches!(self.word(j + 1), "in" | "out" | "forth" | "up" | "on")
            {
                j + 2
            } else {
                j + 1
            };
            // (in fiction, a few words may describe the name first:
            // drivelled old Horace Talbot, broke in poor little Tom)
            let described_name = || {
                (name_at + 1..end.min(name_at + 4))
                    .take_while(|&d| {
                        self.is_word(d - 1)
                            && mentions::is_descriptor(self.word(d - 1), self.class(d - 1))
                    })
                    .find_map(|d| self.mention_starting_at(d))
                    .filter(|&m| self.mention_list[m].kind == MentionKind::Name)
            };
            let m = self
                .voice_of(name_at, end)
                .or_else(|| self.mention_starting_at(name_at))
                .or_else(|| fiction.then(described_name).flatten())
                .filter(|&m| {
                    let kind = self.mention_list[m].kind;
                    kind == MentionKind::Name || (fiction && kind == MentionKind::Nominal)
                })?;
            // (exhorted Clinton's introducer, actress Jamie Lee Curtis)
            let m = self.named_after_owner(m, end).unwrap_or(m);
            let mut after = self.mention_list[m].tokens.end;
            if fiction
                && after < end
                && self.is_word(after)
                && lexicon::is_ly_adverb(self.word(after))
            {
                after += 1;
            }
            // (or, in fiction, what the speaker did as they spoke: squeaked
            // Roo from the middle of his pool, boomed the Nawab suddenly)
            let goes_on = fiction
                && after < end
                && self.is_word(after)
                && (self.class(after).is_preposition() || {
                    let w = self.word(after);
                    w == "and" || (w.len() > 4 && w.ends_with("ing"))
                });
            let closes = after >= end
                || goes_on
                || self.is_punct(after, ",")
                || self.is_punct(after, ";")
                || (after + 1 >= end && self.is_punct(after, "."));
            return (closes && !self.mention_list[m].possessive).then_some(Tag {
                mention: m,
                cue: j,
                end: after,
            });
        }
        // (the inverted form needs a real speech verb: not “…,” denounced
        // her record)
        if self.speech_cue(j) {
            let mut k = j + 1;
            if k < end
                && self.is_word(k)
                && self.class(k).is_verb_modifier()
                && self.mention_starting_at(k).is_none()
            {
                k += 1;
            }
            // said retired Army Lt. Gen. Mick Bednarek: a few descriptor words first.
            // (also capitalised ones that start no name: said Democratic
            // pollster Stan Greenberg, said undecided Republican voter…)
            let mut found = self
                .voice_of(k, end)
                .or_else(|| self.mention_starting_at(k));
            let mut d = k;
            // (a title may have an "of": said former secretary of state
            // Hillary Clinton, said master of ceremonies Asab Al-Tabchi)
            let title_of = |d: usize| {
                d > k
                    && self.word(d) == "of"
                    && self.is_word(d + 1)
                    && self.word(d + 1).chars().all(char::is_lowercase)
            };
            let mut reach = k + 4;
            while found.is_none()
                && d < end
                && d < reach
                && self.is_word(d)
                && (self.word(d).chars().all(char::is_lowercase) || self.capitalised_descriptor(d))
                && (self.class(d).cue_class().is_none() || title_of(d - 1))
                && (!self.class(d).is_preposition() || title_of(d))
            {
                if title_of(d) {
                    reach += 2;
                }
                d += 1;
                found = self
                    .mention_starting_at(d)
                    .filter(|&m| self.mention_list[m].kind == MentionKind::Name);
            }
            // said Clinton’s top aide Jake Sullivan, said Rubio’s deputy
            // campaign manager, Rich Beeson: an owner's role names the
            // one who speaks after it
            let found = found.map(|m| self.named_after_owner(m, end).unwrap_or(m));
            if let Some(m) = found {
                // (not the subject of a report after a fragment:
                // “sociopath,” said he doesn't believe…, “…,” said the
                // candidate could be…: an auxiliary or a negated verb
                // after the one named, or in the news any verb after a
                // pronoun — a novel's “…,” said he one day goes on)
                let after = self.mention_list[m].tokens.end;
                let verb_follows = after < end && self.is_word(after) && {
                    let w = self.bytes(after);
                    lexicon::is_auxiliary(w)
                        || lexicon::is_negative_contraction(w)
                        || (self.genre == Genre::News
                            && self.mention_list[m].kind == MentionKind::Pronoun
                            && self.word(after).starts_with(|c: char| c.is_lowercase())
                            && !self.class(after).is_preposition()
                            && !self.class(after).is_conjunction()
                            && !self.class(after).is_temporal_lead()
                            && !lexicon::is_ly_adverb(self.word(after))
                            && !self.word(after).ends_with("ing"))
                };
                if after <= end && !verb_follows {
                    return Some(Tag {
                        mention: m,
                        cue: j,
                        end: self.mention_list[m].tokens.end,
                    });
                }
            }
            return None;
        }
        // Form "X said", with an optional appositive and modifiers; a few
        // descriptor words may come first (Democratic candidate Hillary
        // Clinton said, federal prosecutors wrote), also after a place or
        // an owner (Texas delegate Bill Eastland, Italy's Northern League
        // leader Matteo Salvini).
        // (a name with a descriptor after it describes the name after
        // that: the PAC of super PAC spokeswoman Kellyanne Conway)
        let describes_next = |m: usize| {
            let mention = &self.mention_list[m];
            let after = mention.tokens.end;
            mention.kind == MentionKind::Name
                && after < end
                && self.is_word(after)
                && mentions::is_descriptor(self.word(after), self.class(after))
                && !verb_here(after)
                && !self.class(after).is_verb_modifier()
        };
        let described = |from: usize| {
            (from + 1..end.min(from + 6))
                .take_while(|&d| {
                    self.is_word(d - 1) && {
                        let w = self.word(d - 1);
                        self.cue(d - 1).is_none()
                            && (mentions::is_descriptor(w, self.class(d - 1))
                                || self.capitalised_descriptor(d - 1))
                    }
                })
                .find_map(|d| self.mention_starting_at(d).filter(|&m| !describes_next(m)))
        };
        // (the name set off after an owner's role, whose closing comma
        // comes before the verb: Rubio’s spokesman, Alex Conant, said)
        let mut set_off = false;
        let m = match self.mention_starting_at(j) {
            Some(m) => {
                let mention = &self.mention_list[m];
                if mention.possessive || describes_next(m) {
                    let named = self.named_after_owner(m, end);
                    set_off = named
                        .is_some_and(|n| self.is_punct(self.mention_list[n].tokens.start - 1, ","));
                    named.or_else(|| described(j).filter(|&d| d != m))?
                } else {
                    m
                }
            }
            None => described(j)?,
        };
        if self.mention_list[m].possessive {
            return None;
        }
        let mut k = self.mention_list[m].tokens.end;
        if set_off && self.is_punct(k, ",") && verb_here(k + 1) {
            k += 1;
        }
        // A party and state in parentheses: Sen. Marco Rubio (R-Fla.) said.
        // (only when the verb closes the tag — not Ryan (R-Wis.) said the
        // spate of…, a report after a title in quotation marks)
        if self.is_punct(k, "(") {
            if let Some(close) = (k + 1..end.min(k + 8)).find(|&c| self.is_punct(c, ")")) {
                let after = close + 2;
                let closes = after >= end
                    || !self.is_word(after)
                    || self.class(after).is_preposition()
                    || self.class(after).is_temporal_noun();
                if !closes {
                    return None;
                }
                k = close + 1;
            }
        }
        // An appositive between commas, or several (Harry Bond, 30, of
        // Raleigh, N.C., who was polled, said): the cue follows the comma
        // that closes one of them.
        let appositive_start = k;
        let mut comma = k;
        // (a role's appositive name is who it is: the campaign manager,
        // Robby Mook, said)
        let mut m = m;
        for _ in 0..APPOSITIVE_SEGMENTS {
            if !self.is_punct(comma, ",") {
                break;
            }
            let mut c = comma + 1;
            while c < end
                && c < appositive_start + APPOSITIVE_TOKENS
                && !self.is_punct(c, ",")
                && !self.is_quote(c)
                && (!self.is_punct(c, ".") || self.is_punct(c + 1, ","))
            {
                c += 1;
            }
            if !self.is_punct(c, ",") {
                break;
            }
            let opened = comma;
            comma = c;
            let mut v = c + 1;
            while v < end
                && v < c + 1 + MODIFIER_TOKENS
                && self.is_word(v)
                && self.class(v).is_verb_modifier()
            {
                v += 1;
            }
            if v < end && verb_here(v) {
                k = c + 1;
                if opened == appositive_start {
                    if let Some(name) = self.role_named_by(m, opened, c) {
                        m = name;
                    }
                }
                break;
            }
        }
        let mut skipped = 0;
        while k < end
            && skipped < MODIFIER_TOKENS
            && self.is_word(k)
            && self.class(k).is_verb_modifier()
        {
            k += 1;
            skipped += 1;
        }
        (k < end && verb_here(k)).then(|| Tag {
            mention: m,
            cue: k,
            // (past the particle of went on, shot back)
            end: if self.speech_cue(k) || !self.particle_closes_tag(k, end) {
                k + 1
            } else {
                k + 2
            },
        })
    }

    /// The name of the one whose role a possessive `m` opens, before
    /// token `end`: the name after the role's words (Clinton’s top foreign
    /// policy aide Jake Sullivan) or set off after them by a comma
    /// (Rubio’s deputy campaign manager, Rich Beeson).
    fn named_after_owner(&self, m: usize, end: usize) -> Option<usize> {
        const ROLE_TOKENS: usize = 6;
        if !self.mention_list[m].possessive {
            return None;
        }
        let mut d = self.mention_list[m].tokens.end;
        let limit = end.min(d + ROLE_TOKENS);
        let name_at = |d: usize| {
            self.mention_starting_at(d)
                .filter(|&n| self.mention_list[n].kind == MentionKind::Name)
        };
        while d < limit && self.is_word(d) {
            if let Some(n) = name_at(d) {
                return Some(n);
            }
            let w = self.word(d);
            if !(mentions::is_descriptor(w, self.class(d)) || self.class(d).is_title()) {
                return None;
            }
            d += 1;
        }
        (d > self.mention_list[m].tokens.end && self.is_punct(d, ","))
            .then(|| name_at(d + 1))
            .flatten()
    }

    /// The name that the appositive between the commas at tokens `open`
    /// and `close` gives the role `m` (a description), if the appositive
    /// is one name: the campaign manager*, Robby Mook,* said.
    fn role_named_by(&self, m: usize, open: usize, close: usize) -> Option<usize> {
        if self.mention_list[m].kind != MentionKind::Nominal {
            return None;
        }
        let name = self.mention_starting_at(open + 1)?;
        let mention = &self.mention_list[name];
        (mention.kind == MentionKind::Name && mention.tokens.end == close && !mention.possessive)
            .then_some(name)
    }

    /// Whether a tag is a subject and then a past-tense verb that alone
    /// close the sentence: after a quotation that breaks off, such a bare
    /// verb is how its speaker voiced it or broke off (“Is the -- where is
    /// he --” Mrs. Lesley quavered. / “Except--” He stopped.), where the
    /// same verb elsewhere is no sign of speech (Gino had again implored
    /// him). (Not with an adverb after it, which describes an action:
    /// “If you please, sir--” The Rabbit started violently.)
    pub(super) fn subject_verb_closes(&self, tag: Tag, end: usize) -> bool {
        let k = tag.cue;
        let closes = k + 1 >= end || (k + 2 >= end && self.is_punct(k + 1, "."));
        self.mention_list[tag.mention].tokens.end <= k && self.is_plain_past(k) && closes
    }

    /// Whether token `i` is a capitalised word that may describe the name
    /// after it in a tag: one that starts no name itself (said Democratic
    /// pollster Stan Greenberg), or, in fiction, a month or a day, which
    /// a character's description may hold (said the March Hare).
    fn capitalised_descriptor(&self, i: usize) -> bool {
        self.starts_upper_at(i)
            && (!self.class(i).is_capitalised_function_word()
                || (self.genre == Genre::Fiction && lexicon::is_month_or_weekday(self.word(i))))
    }

    /// Whether token `i` is a lower-case adverb in -ly (gloomily, loudly),
    /// as a tag's verb may have before it.
    pub(super) fn is_manner_adverb(&self, i: usize) -> bool {
        self.is_word(i)
            && lexicon::is_ly_adverb(self.word(i))
            && self.word(i).chars().all(char::is_lowercase)
    }

    /// The owner of a voice in an inverted tag, from token `i`: “…,”
    /// called *the shattered voice of Aziz*, replied the voice of the
    /// Dodger, sounded the honeyed accents of De Griers (a voice and its
    /// owner, a name or a description).
    fn voice_of(&self, i: usize, end: usize) -> Option<usize> {
        if !(self.is_word(i) && matches!(self.word(i), "the" | "a")) {
            return None;
        }
        // (a word or two describing the voice: the clear, high voice of)
        let noun = (i + 1..end.min(i + 4))
            .take_while(|&k| self.is_word(k) || self.is_punct(k, ","))
            .find(|&k| matches!(self.word(k), "voice" | "tones" | "accents"))?;
        if !(self.is_word(noun + 1) && self.word(noun + 1) == "of") {
            return None;
        }
        let m = self.mention_starting_at(noun + 2)?;
        let owner = &self.mention_list[m];
        (matches!(owner.kind, MentionKind::Name | MentionKind::Nominal)
            && !owner.possessive
            && owner.tokens.end <= end)
            .then_some(m)
    }

    /// “…” *came from Sir Thomas's tight lips* / burst from William /
    /// from the Gryphon: a verb of coming out (or none), "from", and a
    /// name or a description, or its owner's lips or mouth (also where the
    /// text lost the apostrophe: Sir Thomas s tight lips).
    fn came_from(&self, j: usize, end: usize) -> Option<Tag> {
        let from = if self.is_word(j)
            && matches!(
                self.word(j),
                "came" | "burst" | "broke" | "escaped" | "issued" | "fell"
            ) {
            j + 1
        } else {
            j
        };
        if !(self.is_word(from) && self.word(from) == "from") {
            return None;
        }
        let m = self.mention_starting_at(from + 1)?;
        let owner = &self.mention_list[m];
        if !matches!(owner.kind, MentionKind::Name | MentionKind::Nominal) {
            return None;
        }
        let mut after = owner.tokens.end;
        let lost_apostrophe = !owner.possessive && self.is_word(after) && self.word(after) == "s";
        if owner.possessive || lost_apostrophe {
            // (the owner's lips, tight lips, own mouth)
            after += usize::from(lost_apostrophe);
            after = (after..end.min(after + 3))
                .take_while(|&k| self.is_word(k))
                .find(|&k| matches!(self.word(k), "lips" | "mouth" | "tongue"))?
                + 1;
        }
        // (the name closes the tag: not “…” from Mr. Smith's garden)
        let closes = after >= end
            || !self.is_word(after)
            || self.class(after).is_conjunction()
            || self.class(after).is_preposition();
        closes.then_some(Tag {
            mention: m,
            cue: from,
            end: after,
        })
    }

    /// “…” *was uttered by Captain Wentworth* / loudly whispered by Aunt
    /// Juley: a verb of speaking in the passive and its agent, a name.
    fn said_by(&self, j: usize, end: usize) -> Option<Tag> {
        let mut v = j;
        if self.is_word(v) && matches!(self.word(v), "was" | "were") {
            v += 1;
        }
        if self.is_manner_adverb(v) {
            v += 1;
        }
        let spoken = self.is_word(v)
            && (self.speech_cue(v)
                || lexicon::is_dialogue_verb(self.word(v))
                || matches!(self.word(v), "uttered" | "spoken" | "pronounced"));
        if !(spoken && self.is_word(v + 1) && self.word(v + 1) == "by") {
            return None;
        }
        let m = self.mention_starting_at(v + 2)?;
        let agent = &self.mention_list[m];
        (agent.kind == MentionKind::Name && !agent.possessive && agent.tokens.end <= end).then_some(
            Tag {
                mention: m,
                cue: v,
                end: agent.tokens.end,
            },
        )
    }

    /// “…,” *was Elinor's reply*: "was" (or "were") and an owner's name,
    /// then a noun of speaking within two words (was Mrs. Allen's only
    /// answer, were Colonel Fitzwilliam's words; Mrs. Allen s reply, where
    /// the text lost its apostrophes).
    fn owned_reply(&self, j: usize, end: usize) -> Option<Tag> {
        if !(self.is_word(j) && matches!(self.word(j), "was" | "were")) {
            return None;
        }
        // (also "all": was all her answer)
        let at = if self.is_word(j + 1) && self.word(j + 1) == "all" {
            j + 2
        } else {
            j + 1
        };
        // (or an article, a word or two and the noun, then "of" and the
        // owner: was an artless exclamation of Catherine's)
        if self.is_word(at) && matches!(self.word(at), "a" | "an" | "the") {
            return self.reply_of_owner(at + 1, end);
        }
        let m = self.mention_starting_at(at)?;
        let owner = &self.mention_list[m];
        // (a text that lost its apostrophes writes Mrs. Allen s reply)
        let lost_apostrophe = owner.kind == MentionKind::Name
            && !owner.possessive
            && self.is_word(owner.tokens.end)
            && self.word(owner.tokens.end) == "s";
        if !matches!(owner.kind, MentionKind::Name | MentionKind::Pronoun)
            || !(owner.possessive || lost_apostrophe)
        {
            return None;
        }
        let after = owner.tokens.end + usize::from(lost_apostrophe);
        let noun = (after..end.min(after + 3))
            .take_while(|&k| self.is_word(k))
            .find(|&k| self.class(k).is_reply_noun())?;
        Some(Tag {
            mention: m,
            cue: noun,
            end: noun + 1,
        })
    }

    /// A noun of replying within three words from token `from` (past a
    /// word or two describing it), then "of" and its owner, a name in the
    /// possessive: artless exclamation of Catherine's; tender apostrophe
    /// of Fanny's (also where the text lost the apostrophe: Catherine s).
    fn reply_of_owner(&self, from: usize, end: usize) -> Option<Tag> {
        let noun = (from..end.min(from + 3))
            .take_while(|&k| self.is_word(k) && self.word(k).chars().all(char::is_lowercase))
            .find(|&k| self.class(k).is_reply_noun())?;
        if !(self.is_word(noun + 1) && self.word(noun + 1) == "of") {
            return None;
        }
        let m = self.mention_starting_at(noun + 2)?;
        let end = self.possessive_name_end(m)?;
        Some(Tag {
            mention: m,
            cue: noun,
            end,
        })
    }

    /// Where mention `m` ends with its possessive, when it is a name in
    /// the possessive (Catherine's; also Catherine s, where the text lost
    /// the apostrophe): the owner of a noun of replying.
    fn possessive_name_end(&self, m: usize) -> Option<usize> {
        let owner = &self.mention_list[m];
        let after = owner.tokens.end;
        let lost_apostrophe = !owner.possessive && self.is_word(after) && self.word(after) == "s";
        (owner.kind == MentionKind::Name && (owner.possessive || lost_apostrophe))
            .then_some(after + usize::from(lost_apostrophe))
    }

    /// In fiction, an owner's noun of replying right before the quote at
    /// token `q`, the words the owner's: Elizabeth's reply was, “…”;
    /// Mr. Rushworth's repeated question of, “…”; Catherine s answer was
    /// only “…” (where the text lost its apostrophes). Not "words", which
    /// another may repeat: she repeated her aunt's words, “…”.
    fn reply_before(&self, q: usize, from: usize) -> Option<Tag> {
        let mut k = q.checked_sub(1)?;
        if k > from && (self.is_punct(k, ",") || self.is_punct(k, ":")) {
            k -= 1;
        }
        if k > from && self.is_word(k) && matches!(self.word(k), "only" | "simply" | "merely") {
            k -= 1;
        }
        if k > from && self.is_word(k) && matches!(self.word(k), "of" | "was" | "were") {
            k -= 1;
        }
        let noun = k;
        if noun <= from
            || !self.is_word(noun)
            || self.word(noun) == "words"
            || !self.class(noun).is_reply_noun()
        {
            return None;
        }
        // (the owner within two words of the noun: Lady Bertram's calm inquiry)
        let m = (noun.saturating_sub(3).max(from)..noun)
            .rev()
            .find_map(|i| self.mention_ending_at(i))?;
        self.possessive_name_end(m)?;
        Some(Tag {
            mention: m,
            cue: noun,
            end: q,
        })
    }

    /// In fiction, a verb that leads in to the quote at token `q` with
    /// "with": Crawford pursued with “…”; Lilia interrupted him with, “…”;
    /// he burst out with, “…”; opposed by his wife, with “…” (the agent of
    /// a passive). The verb within a few words before "with", and its
    /// subject; not a passive without its agent (was greeted with, “…”).
    fn with_lead_in(&self, q: usize, from: usize) -> Option<Tag> {
        let mut w = q.checked_sub(1)?;
        if w > from && self.is_punct(w, ",") {
            w -= 1;
        }
        if !(w > from && self.is_word(w) && self.word(w) == "with") {
            return None;
        }
        // (the agent of a passive, before the comma: opposed by his wife, with)
        if w > from + 1 && self.is_punct(w - 1, ",") {
            let agent = self.mention_ending_at(w - 2).filter(|&m| {
                let first = self.mention_list[m].tokens.start;
                first > from && self.is_word(first - 1) && self.word(first - 1) == "by"
            });
            return agent.map(|m| Tag {
                mention: m,
                cue: w,
                end: q,
            });
        }
        let verb = (from.max(w.saturating_sub(WITH_LEAD_IN_TOKENS))..w)
            .rev()
            .take_while(|&v| self.is_word(v))
            .find(|&v| {
                let word = self.word(v);
                word.chars().all(char::is_lowercase)
                    && (self.speech_cue(v)
                        || lexicon::is_dialogue_verb(word)
                        || lexicon::is_fiction_tag_verb(word)
                        || lexicon::is_taking_the_floor(word)
                        || lexicon::has_past_ending(word))
            })?;
        // (across an adverb: was immediately greeted with)
        let auxiliary = |i: usize| {
            i >= from && self.is_word(i) && matches!(self.word(i), "was" | "were" | "been" | "be")
        };
        let passive = verb > from
            && (auxiliary(verb - 1)
                || (verb >= from + 2 && self.is_manner_adverb(verb - 1) && auxiliary(verb - 2)));
        if passive {
            return None;
        }
        let sentence = &self.seg.sentences[self.sentence_of(verb)];
        let m = if self.participle_of_clause(verb, from) {
            self.participle_subject(verb, from, sentence)
        } else {
            self.coordinated_subject(verb, from)
                .or_else(|| self.subject_of(verb, from))
                .or_else(|| self.sentence_subject(sentence, verb))
        }?;
        Some(Tag {
            mention: m,
            cue: verb,
            end: q,
        })
    }

    /// A naming verb right before the quote at token `t` with a name as
    /// its subject right before it, after "what", "that" or "which": what Buchanan
    /// called “hand-to-hand combat”, a clip that the judge called
    /// “distasteful”.
    pub(super) fn naming_right_before(&self, t: usize, from: usize) -> Option<Tag> {
        let c = t.checked_sub(1)?;
        if c < from + 2 || self.cue(c) != Some(CueClass::Naming) {
            return None;
        }
        let m = self.mention_ending_at(c - 1)?;
        let mention = &self.mention_list[m];
        let first = mention.tokens.start;
        // (a name: a pronoun here is better read through the report
        // around it — which he called “…”)
        (mention.kind == MentionKind::Name
            && !mention.possessive
            && first > from
            && self.is_word(first - 1)
            && matches!(self.word(first - 1), "what" | "that" | "which"))
        .then_some(Tag {
            mention: m,
            cue: c,
            end: t,
        })
    }

    /// Whether token `k` is a verb with a particle that ends a tag: shot
    /// back, went on, points out (then the sentence ends or a phrase of
    /// manner follows: shot back with a laugh), or that inverts before a
    /// voice and its owner: cut in the clear voice of Inspector Ratcliffe.
    pub(super) fn particle_closes_tag(&self, k: usize, end: usize) -> bool {
        let w = self.word(k);
        w.len() >= 3
            && w.chars().all(|c| c.is_lowercase())
            && !self.class(k).is_preposition()
            && !lexicon::is_auxiliary(w)
            && self.is_word(k + 1)
            && matches!(self.word(k + 1), "back" | "on" | "out" | "in" | "up")
            && (k + 2 >= end
                || !self.is_word(k + 2)
                || self.class(k + 2).is_preposition()
                || self.voice_of(k + 2, end).is_some())
    }

    /// A tag that ends right before token `q`: X said: / X told reporters,
    pub(super) fn tag_before(&self, q: usize, from: usize) -> Option<Tag> {
        if q == from {
            return None;
        }
        if self.genre == Genre::Fiction {
            if let Some(tag) = self
                .reply_before(q, from)
                .or_else(|| self.with_lead_in(q, from))
            {
                return Some(tag);
            }
        }
        let mut j = q - 1;
        let colon = self.is_punct(j, ":");
        if colon || self.is_punct(j, ",") || self.is_punct(j, "—") {
            if j == from {
                return None;
            }
            j -= 1;
        }
        // "Sanders: “…”" — a speaker and a colon opening the sentence.
        if colon {
            if let Some(m) = self.mention_ending_at(j) {
                if self.mention_list[m].tokens.start == from {
                    return Some(Tag {
                        mention: m,
                        cue: q - 1,
                        end: q,
                    });
                }
            }
        }
        let marked = colon || self.is_punct(q - 1, ",");
        // Said Dorothy Poynter, who grew up with Ali, “…”: an inverted tag
        // opening the sentence, however long its appositive.
        if marked && self.speech_cue(from) && !(from + 1..q).any(|i| self.is_quote(i)) {
            let sentence = &self.seg.sentences[self.sentence_of(from)];
            if let Some(m) = self.inverted_opening_speaker(sentence, from) {
                return Some(Tag {
                    mention: m,
                    cue: from,
                    end: q,
                });
            }
        }
        if let Some(tag) = marked
            .then(|| {
                self.verb_tag_before(q, j, from, colon)
                    .or_else(|| self.lead_in_tag(q, j, from))
                    .or_else(|| self.circumstance_tag_before(q, j, from))
            })
            .flatten()
        {
            return Some(tag);
        }
        // Up to a few words (an object or a short phrase) after the cue:
        // he told Chris Wallace of Fox News, “…”
        let reach = 6;
        for back in 0..reach {
            if j < from + back {
                break;
            }
            let c = j - back;
            if !self.is_word(c) {
                break;
            }
            if self.speech_cue(c) {
                if back > 0 && !colon && !self.class(c).takes_object() {
                    // Said Comey, “…” — the inverted form opening the sentence.
                    let inverted = c == from
                        && self
                            .mention_starting_at(c + 1)
                            .is_some_and(|m| self.mention_list[m].tokens.end == j + 1);
                    if !inverted {
                        return None;
                    }
                }
                // A participle takes the clause's subject: Weaver balked,
                // telling reporters, “…”
                // (a gerund takes its possessor: by Sir Thomas's saying, “…”)
                if let Some(m) = self.gerund_possessor(c, from) {
                    return Some(Tag {
                        mention: m,
                        cue: c,
                        end: q,
                    });
                }
                let participle = self.participle_of_clause(c, from);
                // …and an infinitive the subject of its verb: Bryne went
                // on to say, “…”
                let infinitive = back == 0
                    && c > from + 1
                    && self.is_word(c - 1)
                    && self.word(c - 1) == "to"
                    && self.is_word(c - 2)
                    && self.cue(c - 2).is_none();
                if participle || infinitive {
                    let sentence = &self.seg.sentences[self.sentence_of(c)];
                    return self.participle_subject(c, from, sentence).map(|m| Tag {
                        mention: m,
                        cue: c,
                        end: q,
                    });
                }
                // (in fiction, a verb after ", and" shares the subject of
                // the clauses before it: the Mock Turtle drew a long
                // breath, and said “…”)
                if let Some(m) = self.coordinated_subject(c, from) {
                    return Some(Tag {
                        mention: m,
                        cue: c,
                        end: q,
                    });
                }
                // she released a statement saying, “…”; a video that said,
                // “…”: the one who released it speaks.
                if let Some(m) = self.subject_of(c, from) {
                    let sentence = &self.seg.sentences[self.sentence_of(c)];
                    let m = self.releaser_of(m, sentence).unwrap_or(m);
                    return Some(Tag {
                        mention: m,
                        cue: c,
                        end: q,
                    });
                }
                // Coordinated verb: Carson did not name them, but told his supporters, “…”
                // (Lazar said he welcomed it and added, “…”: the subject of
                // the speech tag before it)
                if c > from && self.is_word(c - 1) && self.class(c - 1).is_conjunction() {
                    let tagged = (from.max(c.saturating_sub(16))..c - 1)
                        .filter(|&v| {
                            self.cue(v).is_some()
                                && !self.class(v).is_participle()
                                && (!self.class(v).is_ambiguous_base_form()
                                    || self.bare_form_is_verb(v, from))
                        })
                        .find_map(|v| self.subject_of(v, from));
                    if let Some(m) = tagged
                        .or_else(|| self.clause_opening_subject(c - 1, from))
                        .or_else(|| {
                            self.sentence_subject(&self.seg.sentences[self.sentence_of(c)], c - 1)
                        })
                    {
                        return Some(Tag {
                            mention: m,
                            cue: c,
                            end: q,
                        });
                    }
                    return None;
                }
                // "said Smith:" — the inverted form before a quote.
                let clause_start = (c == from || !self.is_word(c - 1))
                    && !self.class(c).takes_object()
                    && !self.class(c).is_participle();
                if let Some(m) = self.mention_starting_at(c + 1).filter(|_| clause_start) {
                    if self.mention_list[m].tokens.end == j + 1 {
                        return Some(Tag {
                            mention: m,
                            cue: c,
                            end: q,
                        });
                    }
                }
                return None;
            }
        }
        None
    }

    /// In fiction, the subject of the clause that a verb after "and" at
    /// token `and` goes on: the nearest name or pronoun before it that
    /// opens a clause (after a subordinator or a conjunction, or after a
    /// comma with an auxiliary after it), not the sentence's first subject: They waited, when Isabella, who had been
    /// talking to James, turned to his sister and whispered, “…”
    fn clause_opening_subject(&self, and: usize, from: usize) -> Option<usize> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let window = self
            .mentions
            .within(&(from.max(and.saturating_sub(CLAUSE_OPENING_TOKENS))..and));
        // (a subject after a comma is the nearer clause's, and this search
        // stops there: As soon as Brahms had gone, she gave him her card
        // and said; nor a name joined to another: she and Eleanor were
        // sitting, and said)
        for i in window.rev() {
            let m = &self.mention_list[i];
            let first = m.tokens.start;
            // (a name after a comma with an auxiliary after it is the
            // subject of the main clause after a leading phrase: and the
            // others rising up, Isabella had only time to press her hand
            // and say)
            let auxiliary_follows =
                self.is_word(m.tokens.end) && lexicon::is_auxiliary(self.bytes(m.tokens.end));
            if m.kind == MentionKind::Name
                && first > from
                && self.is_punct(first - 1, ",")
                && !m.possessive
                && !m.after_preposition
                && auxiliary_follows
                && m.tokens.end < and
            {
                return Some(i);
            }
            if first <= from || m.possessive || m.after_preposition || !self.is_word(first - 1) {
                if first > from
                    && self.is_punct(first - 1, ",")
                    && m.kind == MentionKind::Pronoun
                    && !m.possessive
                    && !matches!(m.span.bytes(self.text), b"who" | b"which" | b"it" | b"It")
                {
                    return None;
                }
                continue;
            }
            let opens = self.subordinator_at(first - 1)
                || (matches!(self.bytes(first - 1), b"and" | b"but")
                    && first
                        .checked_sub(2)
                        .and_then(|i| self.mention_ending_at(i))
                        .is_none());
            if m.kind == MentionKind::Name && opens && m.tokens.end < and {
                return Some(i);
            }
        }
        None
    }

    /// A lead-in that names the source before a comma or colon: According
    /// to the campaign, “…” (opening the sentence) / as Vulture put it, “…”
    /// (anywhere). `j` is the token before that mark.
    pub(super) fn lead_in_tag(&self, q: usize, j: usize, from: usize) -> Option<Tag> {
        let mut start = from;
        // (past a list marker: ~ As Vulture put it, “…”)
        while start < j && !self.is_word(start) && !self.is_quote(start) {
            start += 1;
        }
        if self.is_word(start) && matches!(self.word(start), "But" | "And" | "So" | "Or") {
            start += 1;
        }
        if !self.is_word(start) || j < start + 2 {
            return None;
        }
        // According to X, “…”
        if self.is_according_to(start) {
            let m = self.according_to_source(start)?;
            return (self.mention_list[m].tokens.end == j + 1).then_some(Tag {
                mention: m,
                cue: start,
                end: q,
            });
        }
        // As X put it, “…” (also inside the sentence, and with a few
        // descriptor words first: as anti-terrorist prosecutor Marc
        // Trévidic put it, “…”)
        // (a phrase of time may follow "it", and an adverb come before the
        // verb: As Obama put it in 2008, as she once put it)
        let mut it = j;
        while it > start + 2
            && j - it < 3
            && self.is_word(it)
            && self.word(it) != "it"
            && (self.class(it).is_temporal_lead()
                || self.word(it).bytes().all(|b| b.is_ascii_digit()))
        {
            it -= 1;
        }
        if self.is_word(it)
            && self.word(it) == "it"
            && self.is_word(it - 1)
            && matches!(
                self.word(it - 1),
                "put" | "puts" | "phrased" | "says" | "said"
            )
        {
            let mut name_end = it - 2;
            while name_end > start
                && it - 2 - name_end < 2
                && self.is_word(name_end)
                && self.class(name_end).is_verb_modifier()
            {
                name_end -= 1;
            }
            // (the name may follow an owner: As The Post’s Dana Milbank put it)
            let m = self.mention_ending_at(name_end)?;
            let mention = &self.mention_list[m];
            if mention.possessive {
                return None;
            }
            let mut before = mention.tokens.start;
            if let Some(o) = self.mention_ending_at(before.wrapping_sub(1)) {
                if self.mention_list[o].possessive {
                    before = self.mention_list[o].tokens.start;
                }
            }
            if before > from + 1
                && self.is_word(before - 1)
                && self.word(before - 1).eq_ignore_ascii_case("the")
            {
                before -= 1;
            }
            let mut descriptors = 0;
            while descriptors < 3
                && before > from
                && self.is_word(before - 1)
                && !self.word(before - 1).eq_ignore_ascii_case("as")
                && self
                    .word(before - 1)
                    .chars()
                    .all(|ch| ch.is_lowercase() || ch == '-')
            {
                before -= 1;
                descriptors += 1;
            }
            let as_before = before > from
                && self.is_word(before - 1)
                && self.word(before - 1).eq_ignore_ascii_case("as");
            return as_before.then_some(Tag {
                mention: m,
                cue: it - 1,
                end: q,
            });
        }
        None
    }

    /// "Kasich resisted: “…”", "Sanders shot back, “…”": a name opening
    /// the clause, a verb outside the cue lexicon (and a particle), then the
    /// colon or comma before the quote. `j` is the token before that mark.
    pub(super) fn verb_tag_before(
        &self,
        q: usize,
        j: usize,
        from: usize,
        colon: bool,
    ) -> Option<Tag> {
        // "Trump issued a statement, “…”": a verb and the noun of a
        // statement may stand there too.
        let statement = self.is_word(j)
            && matches!(
                self.word(j),
                "statement"
                    | "tweet"
                    | "letter"
                    | "email"
                    | "message"
                    | "post"
                    | "interview"
                    | "speech"
            );
        let reach = if statement { 4 } else { 2 };
        for words in 1..=reach {
            if j + 1 < from + words + 1 {
                break;
            }
            let verb = j + 1 - words;
            if !(verb..=j).all(|i| self.is_word(i) && self.word(i).chars().all(char::is_lowercase))
            {
                break;
            }
            let Some(m) = self.mention_ending_at(verb - 1) else {
                continue;
            };
            let mention = &self.mention_list[m];
            let opens = mention.tokens.start == from
                || self.is_punct(mention.tokens.start - 1, ",")
                || self.is_quote(mention.tokens.start - 1);
            let w = self.word(verb);
            let verb_like = colon
                || statement
                || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss"))
                || (words == 2 && self.particle_closes_tag(verb, j + 1));
            if opens
                && verb_like
                && !mention.possessive
                && self.class(verb).cue_class() != Some(CueClass::Naming)
            {
                return Some(Tag {
                    mention: m,
                    cue: verb,
                    end: q,
                });
            }
        }
        None
    }

    /// A tag whose verb of saying a phrase of time or place follows, up to
    /// the comma or colon at token `j + 1` before the quote at `q`, in a
    /// sentence from token `from`: X said on Monday, “…”; X declared in
    /// the debate spin room, “…”; X said back in the summer of 2015: “…”.
    /// The phrase opens with a preposition or a word of time (or an
    /// adverb and a preposition: back in, again at) and holds no other
    /// cue, no subject and no auxiliary, which would make it a clause.
    fn circumstance_tag_before(&self, q: usize, j: usize, from: usize) -> Option<Tag> {
        const CIRCUMSTANCE_TOKENS: usize = 8;
        let lowest = from.max(j.saturating_sub(CIRCUMSTANCE_TOKENS));
        let mut c = j;
        while !self.speech_cue(c) {
            if c <= lowest || !self.is_word(c) {
                return None;
            }
            let class = self.class(c);
            // ("back" before a preposition is an adverb: said back in 2015)
            let adverb_back = self.bytes(c) == b"back" && self.class(c + 1).is_preposition();
            if (self.cue(c).is_some() && !adverb_back)
                || class.subject_pronoun().is_some()
                || class.is_that()
                || lexicon::is_auxiliary(self.bytes(c))
            {
                return None;
            }
            c -= 1;
        }
        if c == j {
            return None;
        }
        let first = c + 1;
        let opens = self.class(first).is_preposition()
            || self.time_phrase_end(first, j + 1) > first
            || ((self.class(first).is_verb_modifier() || self.bytes(first) == b"back")
                && first < j
                && self.class(first + 1).is_preposition());
        if !opens {
            return None;
        }
        let m = self.subject_of(c, from)?;
        Some(Tag {
            mention: m,
            cue: c,
            end: q,
        })
    }

    /// A sentence that is a cleft naming a speaker and nothing more: It
    /// was Poirot who spoke; It was Mary who said it; It was she who began.
    fn cleft_tag(&self, sentence: &Sentence) -> Option<Tag> {
        let it = self.mention_starting_at(sentence.tokens.start)?;
        let m = self.cleft_subject(it, sentence.tokens.end)?;
        let who = self.mention_list[m].tokens.end;
        let cue = who + 1;
        (self.is_word(who)
            && self.word(who) == "who"
            && (self.speech_cue(cue) || lexicon::is_taking_the_floor(self.bytes(cue)))
            && self.sentence_words(cue + 1..sentence.tokens.end) <= 1)
            .then_some(Tag {
                mention: m,
                cue,
                end: cue + 1,
            })
    }

    /// In fiction, a clause of someone taking the floor that runs into the
    /// quote at token `t` in its own sentence, with no cue of saying
    /// between: Miss Crawford thus began, with a voice as well regulated
    /// as she could, “…”; Mrs. Bennet thus began the projected
    /// conversation.--“…”. The words are the subject's. A sentence of the
    /// same paragraph that ends on a word right before the quote opening
    /// sentence `s` runs into it too, its dash lost: thus began as he
    /// entered “…”.
    pub(super) fn floor_taken_before(&self, t: usize, s: usize) -> Option<Tag> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let sentence = &self.seg.sentences[s];
        let mut from = sentence.tokens.start;
        if t == from {
            let prev = &self.seg.sentences[s.checked_sub(1)?];
            let run_in = prev.paragraph == sentence.paragraph
                && prev.tokens.end == t
                && t > prev.tokens.start
                && self.is_word(t - 1);
            if !run_in {
                return None;
            }
            from = prev.tokens.start;
        }
        // (a run of closing marks right before the quote: conversation.--)
        let mut end = t;
        while end > from + 1 && !self.is_word(end - 1) && !self.is_quote(end - 1) && end + 3 > t {
            end -= 1;
        }
        let verb = (from.max(end.saturating_sub(FLOOR_RUN_IN_TOKENS))..end)
            .rev()
            .take_while(|&i| {
                !self.is_quote(i)
                    && !self.is_punct(i, ".")
                    && !self.is_punct(i, ";")
                    && !self.speech_cue(i)
            })
            .find(|&i| self.is_word(i) && lexicon::is_taking_the_floor(self.bytes(i)))?;
        // (not an infinitive of something else: began to walk)
        if self.is_word(verb + 1) && self.bytes(verb + 1) == b"to" {
            return None;
        }
        let m = self.subject_of(verb, from)?;
        let mention = &self.mention_list[m];
        (matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
            && !mention.possessive
            && !mention.span.bytes(self.text).eq_ignore_ascii_case(b"it"))
        .then_some(Tag {
            mention: m,
            cue: verb,
            end: t,
        })
    }

    pub(super) fn tag_in_next_sentence(&self, s: usize, t: usize) -> Option<Tag> {
        let sentence = &self.seg.sentences[s];
        if t + 1 != sentence.tokens.end {
            return None;
        }
        let next = self.seg.sentences.get(s + 1)?;
        // “…” / — Bernie Sanders. — an attribution line under a quote.
        if next.paragraph == sentence.paragraph + 1
            && self.tokens[next.tokens.start].kind == TokenKind::Punct
        {
            let dash = self.tokens[next.tokens.start].span.as_str(self.text);
            if matches!(dash, "-" | "—" | "–" | "―") {
                let m = self.mention_starting_at(next.tokens.start + 1)?;
                return Some(Tag {
                    mention: m,
                    cue: next.tokens.start,
                    end: self.mention_list[m].tokens.end,
                });
            }
        }
        // (only for a quote that opens its sentence: not Japan branded North
        // Korea an “outlaw nation.” Russia insisted that…)
        if next.paragraph != sentence.paragraph || self.sentence_words(sentence.tokens.start..t) > 0
        {
            return None;
        }
        // “Would it be negotiable?” Hannity pressed. — after ? or ! a past-tense verb is a tag too.
        let exclaims = self.tokens[t]
            .span
            .as_str(self.text)
            .trim_end_matches(|c: char| !scan::is_alphanumeric(c) && c != '?' && c != '!')
            .ends_with(['?', '!']);
        // (in fiction, a cleft names who it was: “…” It was Poirot who spoke.)
        if self.genre == Genre::Fiction {
            if let Some(tag) = self.cleft_tag(next) {
                return Some(tag);
            }
        }
        let tag = self.tag_at(next.tokens.start, next.tokens.end, exclaims)?;
        // The tag must be (nearly) the whole sentence, or end at a comma
        // (Clinton remarked, alluding to…).
        // (in fiction, also what the speaker did as they spoke: “…?”
        // Winterbourne inquired in a tone of great respect; “…?” Cassandra
        // asked him, not from…; but no clause the verb reports: that…)
        let rest = self.sentence_words(tag.end..next.tokens.end);
        let acting = self.genre == Genre::Fiction
            && !(tag.end < next.tokens.end
                && self.is_word(tag.end)
                && matches!(
                    self.word(tag.end),
                    "that" | "how" | "what" | "whether" | "if"
                ));
        (rest <= 3 || acting || self.is_punct(tag.end, ",")).then_some(tag)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::dialogue::tests::speakers;

    /// A verb of saying after "and" goes on the clause of the name after a
    /// comma that an auxiliary follows, not the sentence's first subject.
    #[test]
    fn a_coordinated_verb_takes_the_subject_after_a_leading_phrase() {
        let text = "Catherine, though a little disappointed, had too much good nature \
                    to make any opposition, and the others rising up, Isabella had only \
                    time to press her friend's hand and say, “Good-bye, my dear love.”";
        assert_eq!(speakers(text).last().unwrap(), "Isabella");
    }
}
