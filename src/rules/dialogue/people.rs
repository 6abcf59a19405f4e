//! What the conversation pass knows of a novel's people: the names they
//! go by, their genders and titles, who speaks, and their families; and
//! how the sieve reads these from the mentions and the tags.

use super::*;

/// What the conversation pass knows of the document's people.
pub(super) struct People {
    /// `paragraph_starts[p]`: [`Sieve::paragraph_start`] of paragraph
    /// `p`, the first token of its first sentence, or of the first after
    /// it; read by every reading of the conversation, which is handed the
    /// people, and so kept with them: a lookup, not a search.
    pub(super) paragraph_starts: Vec<usize>,
    /// Each entity's gender ([`Sieve::entity_genders`]).
    pub(super) genders: Vec<Gender>,
    /// The names persons go by in the text (as written, possessive
    /// dropped; and the given name of a full name never written alone, and
    /// a listed speaker's aliases),
    /// each with its entity; a form two persons share is left out.
    /// (A hash map: every capitalised run of every line is looked up.)
    pub(super) forms: FxHashMap<String, usize>,
    /// Whether each entity is named in some quotation's tag: a character
    /// who speaks (not a place or a thing some pronoun stood near); with a
    /// cast list, also on it.
    pub(super) speaks: Vec<bool>,
    /// The first words of their names ([`People::titles_of`]).
    pub(super) titles: Vec<(String, usize)>,
    /// A first-person narrator's entity, once known ([`Sieve::narrator`]).
    pub(super) narrator: Option<usize>,
    /// The families of the characters who speak, built the first time a
    /// description of kin asks ([`Sieve::relative_of`]).
    pub(super) families: std::cell::OnceCell<Families>,
}

/// Who is of which family, by surname (the last word of a name of two
/// words or more).
pub(super) struct Families {
    /// Each entity's surnames, from its name and the forms it goes by
    /// (Elinor is also Miss Dashwood), as `(entity, surname)` sorted.
    of: Vec<(usize, String)>,
    /// The characters who speak whose name ends with each surname.
    named: FxHashMap<String, Vec<usize>>,
}

impl Families {
    pub(super) fn new(entities: &[crate::result::Entity], people: &People) -> Families {
        let mut of: Vec<(usize, String)> = entities
            .iter()
            .enumerate()
            .map(|(e, entity)| (e, entity.name.as_str()))
            .chain(people.forms.iter().map(|(form, e)| (*e, form.as_str())))
            .filter_map(|(e, name)| Some((e, surname(name)?.to_string())))
            .collect();
        of.sort();
        of.dedup();
        let mut named: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (e, entity) in entities.iter().enumerate() {
            if entity.kind != EntityKind::Person || people.speaks.get(e) != Some(&true) {
                continue;
            }
            if let Some(family) = surname(&entity.name) {
                named.entry(family.to_string()).or_default().push(e);
            }
        }
        Families { of, named }
    }

    /// The surnames of entity `e`.
    pub(super) fn of(&self, e: usize) -> impl Iterator<Item = &str> {
        let from = self.of.partition_point(|(x, _)| *x < e);
        self.of[from..]
            .iter()
            .take_while(move |(x, _)| *x == e)
            .map(|(_, family)| family.as_str())
    }

    /// The characters who speak and are named with `family`.
    pub(super) fn named(&self, family: &str) -> &[usize] {
        self.named.get(family).map_or(&[], Vec::as_slice)
    }
}

/// The title a definite description's noun names someone by: "the
/// doctor" is Doctor Losberne when one character has that title, "her
/// ladyship" the one Lady. "The lady", "the old lady" is a woman, as "the
/// gentleman" is a man: the noun is no title, so Lady Bertram is not every
/// lady of the book.
pub(super) fn description_title(head: &str) -> Option<&str> {
    match head {
        "lady" => None,
        "ladyship" => Some("lady"),
        "lordship" => Some("lord"),
        head => Some(head),
    }
}

/// Whether the words `before` a name in a line end with the speaker naming
/// themselves: "I am", "I'm", "I,", "my name is", "call me".
pub(super) fn names_oneself(before: &str) -> bool {
    // (the last three words only, read from the end: a line's length
    // does not count)
    let before = before.trim_end();
    // (each word without the punctuation that opens it: “I am)
    let mut words = before
        .rsplit(char::is_whitespace)
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()));
    // (the words before the last read only when it asks for them)
    let mut next = || words.next().unwrap_or_default();
    match next() {
        "I," | "I'm" | "I\u{2019}m" => true,
        "am" => next() == "I",
        "is" => next() == "name" && next().eq_ignore_ascii_case("my"),
        "me" => next().eq_ignore_ascii_case("call"),
        _ => false,
    }
}

/// Whether `rule` takes its speaker from a tag or a lead-in that names
/// them (“…,” said Tom; Tom said: / “…”), not from the turns of a
/// conversation or a guess.
fn names_from_a_tag(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::QuoteThenTag | Rule::TagThenQuote | Rule::TagInNextSentence | Rule::ColonLeadIn
    )
}

/// Whether a name has more than one word.
fn has_space(name: &str) -> bool {
    name.contains(char::is_whitespace)
}

/// The surname of a name of two words or more: its last word, when
/// capitalised (Herriton in Mrs. Herriton, Philip Herriton).
fn surname(name: &str) -> Option<&str> {
    name.split_once(char::is_whitespace)
        .and_then(|(_, rest)| rest.rsplit(char::is_whitespace).next())
        .filter(|w| w.starts_with(char::is_uppercase))
}

/// The entries of `sorted` (sorted by their first field) whose first
/// field no other entry has: the forms only one person goes by.
fn unshared<K: PartialEq>(sorted: &[(K, usize)]) -> impl Iterator<Item = &(K, usize)> {
    sorted
        .chunk_by(|a, b| a.0 == b.0)
        .filter_map(|run| match run {
            [only] => Some(only),
            _ => None,
        })
}

/// The first word of a name of two words or more, in lower case, when it
/// is a title or a noun for a person: Doctor Losberne gives "doctor"; and
/// so does a name written after "the" from the rest of it (the Duchess of
/// Harley is the duchess, the girl Nancy the girl), but not when its word
/// only describes (the other Harriet is no "other"), nor when a phrase of
/// place or company follows it: a cast list's "The Gentleman In The High
/// Chair" is one man of one scene, not every gentleman of the book.
pub(super) fn opening_title(name: &str) -> Option<String> {
    opening_title_word(name).map(str::to_lowercase)
}

/// [`opening_title`] as written (not in lower case), borrowed from `name`:
/// read without copying a word, as most capitalised runs of the lines are
/// asked and give none.
fn opening_title_word(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let scene = rest.split_whitespace().next().is_some_and(|word| {
        lexicon::in_lower_case(word, |word| word != "of" && lexicon::is_preposition(word))
    });
    if scene {
        return None;
    }
    lexicon::in_lower_case(first, |first| {
        lexicon::is_title(first)
            || lexicon::is_source_noun(first)
            || lexicon::person_noun_gender(first).is_some()
    })
    .then_some(first)
}

impl People {
    /// The person a description by `title` means (the duchess, the
    /// doctor), said at byte `at`: of the persons who go by a name that
    /// opens with the title, the one mentioned last, when that was at most
    /// [`TITLE_BYTES`] before (two duchesses at two dinners are each the
    /// duchess of her own); else the one such character who speaks, if
    /// exactly one does.
    pub(super) fn titled(
        &self,
        title: &str,
        at: usize,
        entities: &[crate::result::Entity],
    ) -> Option<usize> {
        // (the title lowered on the stack: every description tag asks)
        lexicon::in_lower_case(title, |title| self.titled_lower(title, at, entities))
    }

    /// [`People::titled`] by a title in lower case.
    fn titled_lower(
        &self,
        title: &str,
        at: usize,
        entities: &[crate::result::Entity],
    ) -> Option<usize> {
        let from = self.titles.partition_point(|(t, _)| t.as_str() < title);
        // (a bounded number of them, so that a crowd of doctors costs no
        // more per description than a few)
        let with = self.titles[from..]
            .iter()
            .take_while(|(t, _)| t == title)
            .take(TITLED_CANDIDATES);
        // (where each was last mentioned before the description: a binary
        // search of its mentions, which are in text order)
        let last_before = |e: usize| {
            let spans = &entities.get(e)?.mentions;
            let last = spans[..spans.partition_point(|s| s.start < at)].last()?;
            (last.start + TITLE_BYTES >= at).then_some(last.start)
        };
        let latest = with
            .clone()
            .filter_map(|&(_, e)| Some((last_before(e)?, e)))
            .max();
        if let Some((_, e)) = latest {
            return Some(e);
        }
        let mut speaking = with.filter(|(_, e)| self.speaks.get(*e) == Some(&true));
        let (_, e) = speaking.next()?;
        speaking.all(|(_, other)| other == e).then_some(*e)
    }

    /// The first words of the persons' names of two words or more, in
    /// lower case, each with its entity, and the titles `listed` by a cast
    /// list ([`Sieve::cast_titles`]); sorted (see [`titled`]). A name
    /// written after "the" gives the word after it ([`opening_title`]).
    ///
    /// [`titled`]: People::titled
    pub(super) fn titles_of(
        forms: &[(String, usize)],
        listed: Vec<(String, usize)>,
    ) -> Vec<(String, usize)> {
        let mut titles: Vec<(String, usize)> = listed;
        titles.extend(forms.iter().filter_map(|(form, e)| {
            let title = match form
                .strip_prefix("the ")
                .or_else(|| form.strip_prefix("The "))
            {
                Some(rest) => opening_title(rest)?,
                None => form.split_once(' ')?.0.to_lowercase(),
            };
            Some((title, *e))
        }));
        titles.sort();
        titles.dedup();
        titles
    }

    /// [`Sieve::paragraph_start`], looked up ([`People::paragraph_starts`]).
    pub(super) fn paragraph_start(&self, paragraph: usize) -> Option<usize> {
        self.paragraph_starts.get(paragraph).copied()
    }

    pub(super) fn entity_of_form(&self, form: &str) -> Option<usize> {
        self.forms.get(form).copied()
    }

    /// The person the capitalised run `start..end` of a quotation's
    /// `words` names (see [`Sieve::named_in`]): one of their names, or one
    /// after its first word (Lady Brenda), a possessive dropped; but not
    /// a title alone, nor a name the speaker gives themselves.
    pub(super) fn named_by_run(
        &self,
        words: &str,
        start: usize,
        end: usize,
        spaced: bool,
    ) -> Option<usize> {
        let run = &words[start..end];
        let run = run.strip_suffix("'s").unwrap_or(run);
        let found = self.entity_of_form(run).or_else(|| {
            let (_, rest) = spaced.then(|| run.split_once(' '))??;
            self.entity_of_form(rest)
        })?;
        // (a title alone names nobody: asked only of a run that would
        // name someone, as few do)
        if lexicon::is_title(run) {
            return None;
        }
        // (one who names oneself says so: “I am Inspector Ratcliffe”,
        // “I, Winnie-the-Pooh, will find it”)
        let before = words.get(..start).unwrap_or_default();
        (!names_oneself(before)).then_some(found)
    }
}

impl<'a> Sieve<'a> {
    /// Marks as speaking ([`People::speaks`]) the one a title tag means:
    /// “…,” exclaimed the duchess. names the Duchess of Monmouth as surely
    /// as her name would, so a pronoun tag may be hers before any tag
    /// names her by name. With a cast list, only its people speak.
    pub(super) fn add_titled_speakers(&self, quoted: &[Quote], people: &mut People) {
        // (the quotations' speakers come in the order of the text, each
        // near the one before)
        let mut near = 0;
        for q in quoted {
            let tagged = names_from_a_tag(q.rule);
            let Some(speaker) = q.speaker.as_ref().filter(|_| tagged) else {
                continue;
            };
            let Some(at) = self.mention_spanning_from(speaker.mention, &mut near) else {
                continue;
            };
            let mention = &self.mentions.mentions[at];
            if mention.kind != MentionKind::Nominal {
                continue;
            }
            let mut words = mention.span.as_str(self.text).split_whitespace();
            let (Some(determiner), Some(head)) = (words.next(), words.next_back()) else {
                continue;
            };
            // (as [`Sieve::pronoun_in_conversation`] reads a tag's title)
            let titled = lexicon::is_definite_determiner(determiner)
                .then(|| description_title(head))
                .flatten()
                .and_then(|title| {
                    people.titled(title, mention.span.start, &self.mentions.entities)
                });
            if let Some(e) = titled.filter(|&e| {
                self.cast.is_empty() || self.cast.has_name(&self.mentions.entities[e].name)
            }) {
                if let Some(speaks) = people.speaks.get_mut(e) {
                    *speaks = true;
                }
            }
        }
    }

    /// Adds to the titles of `people` those the characters' own lines put
    /// before a person's name (“…when Doctor Losberne came in.”): a title
    /// the dialogue gives someone is theirs as much as one the narration
    /// gives, so that "the doctor" of the tags is that person. The name
    /// after the title is a surname only one speaking character has, or a
    /// longer name the person goes by in the narration ([`People::forms`]);
    /// a name the narration writes whole, title and all, is left to it;
    /// scare quotes name nobody.
    pub(super) fn add_titles_said_in_lines(
        &self,
        quoted: &[Quote],
        runs: &QuoteRuns,
        people: &mut People,
    ) {
        let mut said: Vec<(String, usize)> = Vec::new();
        for (n, q) in quoted.iter().enumerate() {
            if q.kind == QuoteKind::Scare {
                continue;
            }
            let words = q.content.as_str(self.text);
            for run in runs.of_quote(n).iter().filter(|run| run.spaced) {
                let run = &words[run.start..run.end];
                let run = run.strip_suffix("'s").unwrap_or(run);
                let Some((_, rest)) = run.split_once(' ') else {
                    continue;
                };
                // (a name the narration writes whole, General Tilney,
                // gave its title already, and to its own person)
                if people.entity_of_form(run).is_some() {
                    continue;
                }
                let Some(title) = opening_title_word(run) else {
                    continue;
                };
                // (a surname alone is the one speaking character of that
                // family, Losberne is Mr. Losberne, and none when the
                // family has several: General Tilney is not Henry Tilney;
                // a longer name is the person the narration names so)
                let person = if has_space(rest) {
                    people.entity_of_form(rest)
                } else {
                    let families = people
                        .families
                        .get_or_init(|| Families::new(&self.mentions.entities, people));
                    match families.named(rest) {
                        [one] => Some(*one),
                        _ => None,
                    }
                };
                if let Some(e) = person {
                    said.push((title.to_lowercase(), e));
                }
            }
        }
        if !said.is_empty() {
            people.titles.extend(said);
            people.titles.sort();
            people.titles.dedup();
        }
    }

    /// Whether each entity is named in the tag of some quotation of
    /// `quoted` (see [`People::speaks`]), or in the lead-in of a line of
    /// its own (Sir Ernest said: / “…”), which names its speaker as surely
    /// as a tag does.
    pub(super) fn tagged_speakers(&self, quoted: &[Quote]) -> Vec<bool> {
        let mut speaks = vec![false; self.mentions.entities.len()];
        // (the quotations' speakers come in the order of the text, each
        // near the one before)
        let mut near = 0;
        for q in quoted {
            let Some((e, mention)) = q
                .speaker
                .as_ref()
                .and_then(|s| Some((s.entity?, s.mention)))
            else {
                continue;
            };
            let tagged = names_from_a_tag(q.rule);
            if !tagged || self.mentions.entities[e].kind == EntityKind::Pronoun {
                continue;
            }
            // (named in the tag: a pronoun's guess is no evidence, unless
            // the cast list vouches for the person)
            let evidence = !self.cast.is_empty()
                || !self
                    .mention_spanning_from(mention, &mut near)
                    .is_some_and(|m| self.mentions.mentions[m].kind == MentionKind::Pronoun);
            if evidence {
                speaks[e] = true;
            }
        }
        // (with a cast list, only its people speak)
        if !self.cast.is_empty() {
            for (speaks, entity) in speaks.iter_mut().zip(&self.mentions.entities) {
                *speaks &= self.cast.has_name(&entity.name);
            }
        }
        speaks
    }

    /// With a cast list, the titles its aliases give the listed persons
    /// the text names ([`opening_title`]), each with its entity: the
    /// doctor is the one listed as Doctor Losberne, though the narration
    /// only calls him Mr. Losberne.
    pub(super) fn cast_titles(&self) -> Vec<(String, usize)> {
        self.listed_aliases()
            .filter_map(|(alias, e)| Some((opening_title(alias)?, e)))
            .collect()
    }

    /// The nouns the narration sets beside a person's name, each with the
    /// person's entity: Mr. Buttons*, the chairman,*; Mr. Haq*, the
    /// Inspector of Police*; Mr. Hubbard himself*, the celebrated
    /// frame-maker*. A novel introduces a character so and then calls
    /// them by the noun alone (said the chairman), as it does by a title
    /// ([`People::titled`]).
    pub(super) fn apposed_titles(&self, person_names: &[(usize, usize)]) -> Vec<(String, usize)> {
        let mut titles = Vec::new();
        let tokens = self.seg.tokens.len();
        for &(k, e) in person_names {
            let m = &self.mentions.mentions[k];
            if m.possessive {
                continue;
            }
            let mut i = m.tokens.end;
            if self.is_word(i) && matches!(self.word(i), "himself" | "herself") {
                i += 1;
            }
            if !self.is_punct(i, ",") || !self.is_word(i + 1) || self.word(i + 1) != "the" {
                continue;
            }
            // (a few words, the noun last, up to a stop: punctuation, a
            // preposition, or a relative)
            let from = i + 2;
            let mut end = from;
            while end < tokens.min(from + 4)
                && self.is_word(end)
                && !self.class(end).is_preposition()
                && !matches!(self.word(end), "who" | "whose" | "whom" | "and" | "or")
            {
                end += 1;
            }
            let stops = end < tokens
                && (!self.is_word(end)
                    || self.class(end).is_preposition()
                    || matches!(self.word(end), "who" | "whose" | "whom" | "and"));
            if end == from || !stops || self.is_quote(end) {
                continue;
            }
            // (the words before the noun in lower case, and the noun a word
            // for a person of the person's gender: not one that only tells
            // which (the other, the elder), nor kin, which is kin of
            // someone: her sister)
            let head = self.word(end - 1);
            let described =
                (from..end - 1).all(|k| self.bytes(k).first().is_some_and(u8::is_ascii_lowercase));
            let noun = head.to_lowercase();
            let only_tells_which = lexicon::is_word_of_order(&noun);
            let gender = self.mentions.entities[e].gender;
            let fits = lexicon::person_noun_gender(&noun)
                .is_none_or(|g| gender == Gender::Unknown || g == gender);
            if !described
                || only_tells_which
                || !fits
                || lexicon::is_kin_noun(&noun)
                || !noun.chars().all(|c| c.is_alphabetic() || c == '-')
            {
                continue;
            }
            titles.push((noun, e));
        }
        titles
    }

    /// The aliases a cast list gives the persons of the text it lists,
    /// each with its entity (none without a cast list).
    fn listed_aliases(&self) -> impl Iterator<Item = (&'a str, usize)> + '_ {
        let cast = self.cast;
        self.mentions
            .entities
            .iter()
            .enumerate()
            .filter(move |(_, entity)| {
                !cast.is_empty() && entity.kind == EntityKind::Person && cast.has_name(&entity.name)
            })
            .filter_map(move |(e, entity)| Some((cast.speaker_named(&entity.name)?, e)))
            .flat_map(|(known, e)| known.aliases.iter().map(move |a| (a.as_str(), e)))
    }

    /// The mentions by name of persons, in order, each as its index and
    /// its entity: found once for the readings of the people's names and
    /// genders, which walk them alone, not every mention.
    pub(super) fn person_names(&self) -> Vec<(usize, usize)> {
        let entities = &self.mentions.entities;
        self.mentions
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == MentionKind::Name)
            .filter_map(|(k, m)| Some((k, m.entity?)))
            .filter(|&(_, e)| entities[e].kind == EntityKind::Person)
            .collect()
    }

    /// The names persons go by in the text, with their entities (see
    /// [`People::forms`]).
    pub(super) fn name_forms(&self, person_names: &[(usize, usize)]) -> Vec<(String, usize)> {
        // (borrowed from the text while gathered and counted: only the
        // forms kept are copied; each (form, entity) once, as a sort and a
        // dedup of all of them would leave it, and only those sorted)
        let mut seen: mentions::FxHashMap<(std::borrow::Cow<'_, str>, usize), ()> =
            mentions::FxHashMap::default();
        // (each person's words as last written: a novel mostly names a
        // person as it did the time before, and the same words give the
        // same form, already seen, with no hashing)
        let mut last: Vec<Option<&str>> = vec![None; self.mentions.entities.len()];
        for &(k, e) in person_names {
            let written = self.mentions.mentions[k].span.as_str(self.text);
            match last.get_mut(e) {
                Some(last) if *last == Some(written) => continue,
                Some(last) => *last = Some(written),
                None => {}
            }
            let written = written
                .strip_suffix("’s")
                .or_else(|| written.strip_suffix("'s"))
                .unwrap_or(written);
            seen.insert((mentions::single_spaced(written), e), ());
        }
        let mut forms: Vec<(std::borrow::Cow<'_, str>, usize)> = seen.into_keys().collect();
        // (the entries are distinct: an unstable sort orders them as any
        // other does)
        forms.sort_unstable();
        // (a form two persons share names neither)
        let mut out: Vec<(String, usize)> = Vec::with_capacity(forms.len());
        out.extend(unshared(&forms).map(|(form, e)| (form.to_string(), *e)));
        // (and the given name of a full name the text never writes alone,
        // when one person has it: Tom for Tom Brown, as a line addresses
        // him)
        let mut given: Vec<(&str, usize)> = forms
            .iter()
            .filter_map(|(form, e)| {
                let (first, rest) = form.split_once(' ')?;
                let plain = !rest.contains(' ')
                    && lexicon::honorific_gender(first).is_none()
                    && !lexicon::is_title(first);
                plain.then_some((first, *e))
            })
            .collect();
        // (and a listed speaker's aliases: Lizzy, Eliza for Elizabeth)
        given.extend(self.listed_aliases());
        given.sort_unstable();
        given.dedup();
        let written = out.len();
        for &(form, e) in unshared(&given) {
            let unwritten = out[..written]
                .binary_search_by(|(f, _)| f.as_str().cmp(form))
                .is_err()
                && forms
                    .binary_search_by(|(f, _)| f.as_ref().cmp(form))
                    .is_err();
            if unwritten {
                out.push((form.to_string(), e));
            }
        }
        // (in no order: the forms are distinct, and People keeps them in
        // a hash map and its titles sorted)
        out
    }

    /// Each entity's gender: as the mentions stage found it (a title, a
    /// given name), else as the pronouns of the sentences that name it and
    /// no other person say (Emma turned, and she…).
    pub(super) fn entity_genders(&self, person_names: &[(usize, usize)]) -> Vec<Gender> {
        let entities = &self.mentions.entities;
        let mut votes = vec![(0u32, 0u32); entities.len()];
        // (the one person the sentence before named: Willoughby came in. /
        // He sat down.)
        let mut named_before = None;
        let mentions = &self.mentions.mentions;
        // (the sentences and the persons' names are both in text order:
        // one walk over the names finds each sentence's, as `within` would)
        let starts = |&(k, _): &(usize, usize)| mentions[k].tokens.start;
        let mut first = 0;
        for sentence in &self.seg.sentences {
            while person_names
                .get(first)
                .is_some_and(|name| starts(name) < sentence.tokens.start)
            {
                first += 1;
            }
            let mut last = first;
            let mut person = None;
            let mut people = 0;
            while let Some(&(_, e)) = person_names
                .get(last)
                .filter(|name| starts(name) < sentence.tokens.end)
            {
                last += 1;
                if person != Some(e) {
                    person = Some(e);
                    people += 1;
                }
            }
            let alone = person.filter(|_| people == 1);
            let before = std::mem::replace(&mut named_before, alone);
            if people == 0 {
                // (a sentence that opens with a pronoun speaks of them)
                let opening = sentence.tokens.start;
                if let Some(e) = before.filter(|_| self.is_word(opening)) {
                    match self.word(opening) {
                        "He" => votes[e].0 += 1,
                        "She" => votes[e].1 += 1,
                        _ => {}
                    }
                }
                continue;
            }
            let Some(e) = alone else {
                continue;
            };
            if entities[e].gender != Gender::Unknown {
                continue;
            }
            // (the first pronoun after the name, in the narration: Ronny
            // looked up, and his face…; not one inside a quotation)
            let named_at = person_names[first..last]
                .iter()
                .find(|&&(_, named)| named == e)
                .map_or(sentence.tokens.start, |&(k, _)| mentions[k].tokens.end);
            for i in named_at..sentence.tokens.end {
                if self.is_quote(i) {
                    break;
                }
                if !self.is_word(i) {
                    continue;
                }
                match self.word(i) {
                    "he" | "himself" => votes[e].0 += 1,
                    "she" | "herself" => votes[e].1 += 1,
                    "him" | "his" | "her" | "hers" => {}
                    _ => continue,
                }
                break;
            }
        }
        // (a name that the text also writes after honorifics of one gender
        // only: Willoughby, and Mr. Willoughby but no Mrs. or Miss)
        let mut honorifics: FxHashMap<&str, (bool, bool)> = FxHashMap::default();
        for entity in entities {
            // (a name after no honorific of a gender leaves its entry as
            // none would: only the others are noted, with no hashing of
            // the rest)
            let Some((title, name)) = entity.name.split_once(' ') else {
                continue;
            };
            match lexicon::honorific_gender(title) {
                Some(Gender::Male) => honorifics.entry(name).or_default().0 = true,
                Some(Gender::Female) => honorifics.entry(name).or_default().1 = true,
                _ => {}
            }
        }
        let by_honorific = |name: &str| match honorifics.get(name) {
            Some((true, false)) => Gender::Male,
            Some((false, true)) => Gender::Female,
            _ => Gender::Unknown,
        };
        entities
            .iter()
            .zip(votes)
            .map(|(entity, (male, female))| match entity.gender {
                Gender::Unknown if male > 2 * female => Gender::Male,
                Gender::Unknown if female > 2 * male => Gender::Female,
                Gender::Unknown if by_honorific(&entity.name) != Gender::Unknown => {
                    by_honorific(&entity.name)
                }
                // (a description says it: the girl, the old gentleman)
                Gender::Unknown if entity.kind == EntityKind::Nominal => entity
                    .name
                    .rsplit(char::is_whitespace)
                    .next()
                    .and_then(lexicon::person_noun_gender)
                    .unwrap_or(Gender::Unknown),
                gender => gender,
            })
            .collect()
    }
}
