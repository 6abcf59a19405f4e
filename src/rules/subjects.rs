//! Who a cue belongs to: the subject of a verb across modifiers,
//! appositives, relative clauses and prepositional phrases, the subject of
//! a sentence after its adverbials, and the subject a participle takes.

use super::*;

impl<'a> Sieve<'a> {
    /// Whether tokens `c` and `c + 1` read "according to".
    #[inline(always)]
    pub(super) fn is_according_to(&self, c: usize) -> bool {
        // (the length first: most words are not 9 bytes long)
        self.is_word(c)
            && self.tokens[c].span.len() == "according".len()
            && self.word(c).eq_ignore_ascii_case("according")
            && self.is_word(c + 1)
            && self.word(c + 1) == "to"
    }

    /// The source named after "according to" at token `c`: the mention
    /// that starts there, or after a "the" that starts none (according to
    /// the Times, according to the campaign).
    pub(super) fn according_to_source(&self, c: usize) -> Option<usize> {
        if !self.is_according_to(c) {
            return None;
        }
        let mut at = c + 2;
        if self.is_word(at)
            && self.word(at).eq_ignore_ascii_case("the")
            && self.mention_starting_at(at).is_none()
        {
            at += 1;
        }
        self.mention_starting_at(at)
    }

    /// A mention that can be a subject, ending at token `i`.
    pub(super) fn subject_ending_at(&self, i: usize) -> Option<usize> {
        let m = self.mention_ending_at(i)?;
        let mention = &self.mention_list[m];
        // (a word that is a preposition or a subordinator opens a clause
        // when a verb follows its phrase: after the governor suggested…)
        // (past "the": after The Times reported…)
        let mut before = mention.tokens.start;
        if before > 0
            && self.is_word(before - 1)
            && self.bytes(before - 1).eq_ignore_ascii_case(b"the")
        {
            before -= 1;
        }
        let opens_clause =
            before > 0 && self.is_word(before - 1) && self.subordinator_at(before - 1);
        (!mention.possessive && (!mention.after_preposition || opens_clause)).then_some(m)
    }

    /// The subject of the cue at token `cue`: the mention just before it,
    /// across modifiers (has also) and an appositive (X, a former aide,
    /// said), or the head of a relative clause that mention stands in
    /// (officials who spoke with the Post said).
    pub(super) fn subject_of(&self, cue: usize, from: usize) -> Option<usize> {
        let m = self.nearest_subject_of(cue, from)?;
        let m = self.restrictive_relative_head(m, from).unwrap_or(m);
        // (Hawkins and others who want to ban abortion said…: "who" is the
        // subject of its own verb; the cue's subject comes before it)
        let mention = &self.mention_list[m];
        let own_verb = || {
            (mention.tokens.end..cue).any(|i| self.is_word(i) && !self.class(i).is_verb_modifier())
        };
        if mention.span.bytes(self.text) == b"who" {
            let first = mention.tokens.start;
            // (after a comma, "who" stands for the mention before it,
            // whether it is the cue's subject or sets off a clause before
            // it: broken by Isabella, who in a cold voice said)
            if first > from + 1 && self.is_punct(first - 1, ",") {
                if let Some(m) = self.relative_antecedent(first - 2) {
                    return Some(m);
                }
            }
        }
        if mention.span.bytes(self.text) == b"who" && own_verb() {
            let first = mention.tokens.start;
            return (first.saturating_sub(4).max(from)..first)
                .rev()
                .find_map(|i| self.subject_ending_at(i));
        }
        Some(m)
    }

    /// The noun a restrictive relative clause holding mention `m` belongs
    /// to: "officials" in "officials who spoke with the Post" (the clause's
    /// verb stands between "who" and `m`; with none, `m` is the clause's
    /// own subject: the people who Trump said…).
    fn restrictive_relative_head(&self, m: usize, from: usize) -> Option<usize> {
        let start = self.mention_list[m].tokens.start;
        let stop = from.max(start.saturating_sub(RELATIVE_CLAUSE_TOKENS));
        for r in (stop..start).rev() {
            if !self.is_word(r) {
                return None;
            }
            // (its class first: "who" has a bit of its own, which few
            // words share)
            if self.class(r).is_who_or_possessive() && self.bytes(r) == b"who" && r + 1 < start {
                let head = self.mention_ending_at(r.checked_sub(1)?)?;
                return (!self.mention_list[head].possessive).then_some(head);
            }
        }
        None
    }

    /// The name that opens the sentence at token `from` and stands right
    /// before a preposition among the [`ADVERBIAL_WORDS`] words before
    /// token `k`, all words (Aziz *after another silence* said).
    fn name_before_adverbial(&self, k: usize, from: usize) -> Option<usize> {
        (from + 1..k)
            .rev()
            .take(ADVERBIAL_WORDS)
            .take_while(|&i| self.is_word(i))
            .filter(|&i| self.class(i).is_preposition())
            .find_map(|preposition| {
                let m = self.mention_ending_at(preposition - 1)?;
                let mention = &self.mention_list[m];
                // (not a noun of time opening the sentence: Years after
                // Bill Clinton claimed…)
                let of_time = mention.tokens.len() == 1 && self.class(from).is_temporal_noun();
                (mention.kind == MentionKind::Name
                    && !mention.possessive
                    && !of_time
                    && mention.tokens.start == from)
                    .then_some(m)
            })
    }

    /// The mention just before the cue at token `cue` that can be its
    /// subject (see [`Sieve::subject_of`]).
    fn nearest_subject_of(&self, cue: usize, from: usize) -> Option<usize> {
        let mut k = cue;
        if k > from && self.is_punct(k - 1, ")") {
            return self.subject_near(k - 1, from);
        }
        // Many speakers at the service — including Muslims and Jews —
        // said: the phrase between dashes is set off, as between commas;
        // the subject comes before the first dash.
        if k > from + 2 && self.is_dash(k - 1) {
            let stop = from.max(k.saturating_sub(3 * APPOSITIVE_TOKENS));
            let open = (stop + 1..k - 1)
                .rev()
                .take_while(|&i| !self.is_quote(i))
                .find(|&i| self.is_dash(i))?;
            k = open;
        }
        if self.mention_ending_at(k.wrapping_sub(1)).is_none() {
            k = mentions::skip_back_to_subject(self.text, self.seg, k, from);
        }
        if k == from {
            return None;
        }
        if let Some(m) = self.subject_near(k - 1, from) {
            // (a mention after a preposition read as the subject of a
            // clause it opens, where a name opening the sentence stands
            // before the preposition: the name has no other verb, so the
            // phrase is an adverbial — Trump after the meeting said)
            let start = self.mention_list[m].tokens.start;
            let object_of_preposition = self.mention_list[m].after_preposition
                || (start > from
                    && self.is_word(start - 1)
                    && self.class(start - 1).is_preposition());
            if object_of_preposition {
                if let Some(name) = self.name_before_adverbial(k, from) {
                    return Some(name);
                }
            }
            return Some(m);
        }
        // Some delegates at the convention in Philadelphia said
        // (the cue's class asked first: the walk back is needed only for
        // a finite verb of saying)
        if self.class(cue).is_finite_saying() {
            let head = mentions::skip_back_over_prepositions(self.text, self.seg, k, from);
            if head < k && head > from {
                if let Some(m) = self.subject_near(head - 1, from) {
                    return Some(m);
                }
            }
        }
        // In a novel, the name opening the sentence before a phrase of a
        // preposition (Aziz after another silence said): the phrase is
        // an adverbial, and the mentions stage takes no subject from it.
        if self.genre == Genre::Fiction && self.class(cue).is_finite_saying() {
            if let Some(m) = self.name_before_adverbial(k, from) {
                return Some(m);
            }
        }
        if self.is_punct(k - 1, ",") {
            // A relative clause after the subject's comma, however long:
            // Sandy Phillips, who lost her daughter in Aurora, Colorado, in
            // July 2012, said…
            let stop = from.max(k.saturating_sub(3 * APPOSITIVE_TOKENS));
            let mut r = k - 1;
            while r > stop + 1
                && !self.is_punct(r, ".")
                && !self.is_quote(r)
                && !self.is_punct(r, ";")
            {
                r -= 1;
                if self.is_word(r)
                    && matches!(self.bytes(r), b"who" | b"whose")
                    && self.is_punct(r - 1, ",")
                    && r >= 2
                {
                    // (not the owner "whose" names: at Fanny, whose tears
                    // were beginning to show, immediately said)
                    let who = self.bytes(r) == b"who";
                    if let Some(m) = self
                        .subject_near(r - 2, from)
                        .or_else(|| self.head_of_modified_noun(r - 1, from))
                        .or_else(|| who.then(|| self.relative_antecedent(r - 2)).flatten())
                    {
                        return Some(m);
                    }
                    break;
                }
            }
            // An appositive or relative clause: find the comma that opens it.
            let mut j = k - 1;
            let mut hops = 0;
            let stop = from.max((k - 1).saturating_sub(APPOSITIVE_TOKENS));
            while j > stop {
                j -= 1;
                // (a dot that closes an abbreviation does not stop it: R-S.C.)
                let abbreviation_dot = j > 0
                    && self.is_punct(j, ".")
                    && self.is_word(j - 1)
                    && self.tokens[j - 1].span.end == self.tokens[j].span.start
                    && (self.word(j - 1).contains('.')
                        || self.class(j - 1).is_abbreviation()
                        // (R-Fla.)
                        || self
                            .word(j - 1)
                            .rsplit_once('-')
                            .is_some_and(|(_, state)| lexicon::is_abbreviation(state)));
                if self.is_quote(j)
                    || (self.is_punct(j, ".") && !abbreviation_dot)
                    || self.is_punct(j, ";")
                {
                    return None;
                }
                if self.is_punct(j, ",") {
                    // (in fiction, a comma before "and" or "but" ends the
                    // clause the cue's verb is coordinated with, not an
                    // appositive: he sealed the letter, and seeing the
                    // coast clear, said; the subject is that clause's)
                    if self.genre == Genre::Fiction
                        && self.is_word(j + 1)
                        && matches!(self.bytes(j + 1), b"and" | b"but")
                    {
                        return None;
                    }
                    // Russia’s deputy foreign minister, Sergei Ryabkov, said: the name.
                    // (not a place after a place: San Bernardino, California, shows)
                    // (a name of titles only is a role: The Prime
                    // Minister, Keir Starmer, said)
                    let after_name = j > from
                        && self.mention_ending_at(j - 1).is_some_and(|p| {
                            self.mention_list[p].kind == MentionKind::Name && !self.titles_only(p)
                        });
                    if let Some(name) = self.mention_starting_at(j + 1) {
                        let m = &self.mention_list[name];
                        // (its place after it: Darran Whiting of Liberty
                        // Baptist Church in Marion, said)
                        let place_follows = m.tokens.end + 1 < k
                            && self.is_word(m.tokens.end)
                            && matches!(self.word(m.tokens.end), "of" | "from" | "at" | "in")
                            && (m.tokens.end..k - 1)
                                .all(|i| self.is_word(i) || self.is_punct(i, "."));
                        if m.kind == MentionKind::Name
                            && ((m.tokens.end + 1 == k && !after_name) || place_follows)
                        {
                            return Some(name);
                        }
                    }
                    // (in fiction, across a few adverbs before the comma:
                    // when Sir Thomas soon afterwards, just opening the
                    // door, said)
                    let mut end = j;
                    if self.genre == Genre::Fiction {
                        while end > from + 1
                            && j - end < 3
                            && self.is_word(end - 1)
                            && self.mention_ending_at(end - 1).is_none()
                            && (self.class(end - 1).is_verb_modifier()
                                || matches!(self.bytes(end - 1), b"afterwards" | b"soon"))
                        {
                            end -= 1;
                        }
                    }
                    if let Some(m) = (end > from)
                        .then(|| self.subject_near(end - 1, from))
                        .flatten()
                    {
                        return Some(m);
                    }
                    // Stacked appositives: Sen. Lindsey Graham, R-S.C., a
                    // candidate, said — try the comma before (a few times).
                    hops += 1;
                    if hops == 3 {
                        return None;
                    }
                }
            }
            return None;
        }
        // A relative clause without commas: voters who watched the debate said.
        let mut r = k;
        while r > from.max(k.saturating_sub(12)) {
            r -= 1;
            if !self.is_word(r) {
                break;
            }
            if matches!(self.bytes(r), b"who" | b"whose" | b"which" | b"that") {
                // (Hawkins and others who…: the named one of the group)
                let head = if r >= from + 3
                    && self.is_word(r - 1)
                    && self.word(r - 1) == "others"
                    && self.is_word(r - 2)
                    && self.word(r - 2) == "and"
                {
                    r - 3
                } else {
                    r.wrapping_sub(1)
                };
                // (in fiction, a comma before "who" sets off a clause about
                // the mention before it: joined by Thorpe, who in a gayer
                // tone said)
                if r > from + 1 && self.is_punct(head, ",") && self.bytes(r) == b"who" {
                    return self.relative_antecedent(head - 1);
                }
                return (r > from).then(|| self.subject_near(head, from)).flatten();
            }
        }
        None
    }

    /// In fiction, the person a relative "who" after a comma refers to:
    /// the mention ending at token `i`, right before that comma, even
    /// after a preposition or as a passive's agent (She was met by
    /// *Lydia*, who, flying to her, cried…; joined by *Thorpe*, who,
    /// coming to them, said…). News keeps to subjects: there
    /// the phrase after a preposition is as often an organisation's or a
    /// place's (a spokesman for Senator X, who…).
    fn relative_antecedent(&self, i: usize) -> Option<usize> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let m = self.mention_ending_at(i)?;
        (!self.mention_list[m].possessive).then_some(m)
    }

    /// The subject whose noun a phrase of a preposition modifies, the
    /// phrase ending before token `k` (a comma): a person *familiar with
    /// the talks*, who…; delegates *at the convention*, who… (a phrase
    /// whose own noun is no mention, which [`subject_near`] needs).
    ///
    /// [`subject_near`]: Sieve::subject_near
    fn head_of_modified_noun(&self, k: usize, from: usize) -> Option<usize> {
        let head = mentions::skip_back_over_prepositions(self.text, self.seg, k, from);
        (head < k && head > from)
            .then(|| self.subject_near(head - 1, from))
            .flatten()
    }

    /// A subject ending at token `i`, or the head of a phrase whose
    /// prepositional part ends there: Mr. Nevins *of Showtime*.
    pub(super) fn subject_near(&self, i: usize, from: usize) -> Option<usize> {
        let mut i = i;
        // A parenthesis after the name: Paul Ryan (R-Wis.) said.
        if self.is_punct(i, ")") {
            let open = (from.max(i.saturating_sub(8))..i)
                .rev()
                .find(|&o| self.is_punct(o, "("))?;
            if open <= from {
                return None;
            }
            i = open - 1;
        }
        for _ in 0..3 {
            if let Some(m) = self.subject_ending_at(i) {
                return Some(m);
            }
            let m = self.mention_ending_at(i)?;
            let mention = &self.mention_list[m];
            if !mention.after_preposition || mention.tokens.start < from + 2 {
                return None;
            }
            // 60 percent of voters, most of the delegates: a share of a
            // group speaks for it.
            let of = mention.tokens.start - 1;
            // (85% of Democrats, 2 in 3 voters)
            let share = |i: usize| {
                (self.is_word(i) && self.class(i).is_quantity_word())
                    || (self.is_punct(i, "%") && i > 0 && self.is_word(i - 1))
                    || (self.is_word(i) && self.word(i).bytes().all(|b| b.is_ascii_digit()))
            };
            if !mention.possessive && self.is_word(of) && self.word(of) == "of" && share(of - 1) {
                return Some(m);
            }
            i = mention.tokens.start - 2; // before the preposition
        }
        None
    }

    /// The subject of the sentence before token `before`: its first mention
    /// that can be a subject (a role followed by an appositive name gives
    /// the name), or in fiction the subject of its clause after a semicolon.
    pub(super) fn sentence_subject(&self, sentence: &Sentence, before: usize) -> Option<usize> {
        self.semicolon_clause_subject(sentence, before)
            .or_else(|| self.subject_after(sentence.tokens.start, before))
    }

    /// In fiction, the subject of the clause after the last semicolon
    /// before token `before` that opens with one (or of the clause after
    /// the semicolon before that, a few times): a novel's sentence joins
    /// whole clauses with "; and", each with its own subject, and a verb
    /// takes the subject of its own clause, not the sentence's first:
    /// Fanny turned into the window; and *Miss Crawford* had only time to
    /// say, “…”. A clause after the semicolon that opens with no subject
    /// (; and falling on her neck, said) goes on the clause before it.
    /// The nearest clause after ", and" or ", but" counts too when its
    /// subject opens it with its verb or a phrase set off right after.
    fn semicolon_clause_subject(&self, sentence: &Sentence, before: usize) -> Option<usize> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let from = sentence
            .tokens
            .start
            .max(before.saturating_sub(CLAUSE_SUBJECT_TOKENS));
        let mut end = before;
        for _ in 0..COORDINATED_CLAUSES {
            // (or a comma before "and" or "but" that a subject follows at
            // once: Maria was sent away, and Isabella, embracing Catherine,
            // thus began)
            // (only as the nearest boundary: a clause before a semicolon
            // that its verb goes on is whole, its subject the first)
            let comma_and = |i: usize| {
                end == before
                    && self.is_punct(i, ",")
                    && self.is_word(i + 1)
                    && matches!(self.bytes(i + 1), b"and" | b"but")
            };
            let semicolon = (from..end)
                .rev()
                .find(|&i| self.is_punct(i, ";") || comma_and(i))?;
            let by_comma = comma_and(semicolon);
            let mut first = semicolon + 1;
            while first < before
                && self.is_word(first)
                && matches!(
                    self.bytes(first),
                    b"and" | b"but" | b"then" | b"yet" | b"so"
                )
            {
                first += 1;
            }
            // (the subject opens the clause, or follows a comma or an
            // adverbial phrase that opens it; a mention after a verb is its
            // object: ; gave Fanny a look)
            let opens = |m: usize| {
                let start = self.mention_list[m].tokens.start;
                if by_comma {
                    // (its verb, or a phrase set off, right after it: not a
                    // name joined to another, Fanny, and Julia too)
                    let after = self.mention_list[m].tokens.end;
                    return start == first
                        && (self.is_punct(after, ",") || self.may_be_verb(after));
                }
                start == first
                    || self.is_punct(start - 1, ",")
                    || (self.is_word(first)
                        && (self.class(first).is_preposition() || self.word(first).ends_with("ly")))
            };
            if let Some(m) = self.subject_after(first, before).filter(|&m| {
                opens(m)
                    && !matches!(
                        self.mention_list[m].span.bytes(self.text),
                        b"they" | b"They" | b"it" | b"It"
                    )
            }) {
                return Some(m);
            }
            end = semicolon;
        }
        None
    }

    /// The subject of the sentence (or of its clause opening at token
    /// `start`) before token `before`: its first mention that can be a
    /// subject, after any leading adverbial.
    fn subject_after(&self, start: usize, before: usize) -> Option<usize> {
        // Leading adverbial clauses are not the subject: "In response to
        // Trump’s proposal, Clinton’s aide said…", "Last month, when I
        // asked him, he said…".
        let clause_start = start;
        let mut start = start;
        // A dateline opens the sentence: WASHINGTON, Dec. 8 (UPI) — …
        if self.is_word(start)
            && self.word(start).len() > 1
            && !self.word(start).chars().any(char::is_lowercase)
        {
            if let Some(dash) = (start..before.min(start + 12))
                .find(|&i| self.is_punct(i, "—") || self.is_punct(i, "–"))
            {
                if (start..dash).any(|i| self.is_punct(i, ")")) {
                    start = dash + 1;
                }
            }
        }
        for _ in 0..3 {
            let opener = (start..before).find(|&i| self.is_word(i));
            let Some(opener) = opener else { break };
            // (the words compared ignoring ASCII case, as their ASCII lower
            // case would compare, and as bytes: nothing cut out, lowered or
            // allocated; the word lists ignore case themselves)
            let is_one_of = |word: &[u8], words: &[&str]| {
                words
                    .iter()
                    .any(|w| word.eq_ignore_ascii_case(w.as_bytes()))
            };
            let ends_with = |word: &[u8], end: &[u8]| {
                word.len() >= end.len() && word[word.len() - end.len()..].eq_ignore_ascii_case(end)
            };
            let w = self.bytes(opener);
            let comma_soon = (opener..before.min(opener + 5)).find(|&i| self.is_punct(i, ","));
            let temporal_lead = comma_soon.is_some_and(|c| {
                c > opener
                    && (self.class(c - 1).is_temporal_noun()
                        || is_one_of(
                            self.bytes(c - 1),
                            &["later", "earlier", "ago", "before", "after"],
                        ))
            });
            // A participle opening the sentence (Citing the attack, Will
            // urged…; Flying home, she vented…), unless it is a name.
            let participle_lead = opener == clause_start
                && ((w.len() > 5 && ends_with(w, b"ing")) || (w.len() > 4 && ends_with(w, b"ed")))
                && self
                    .mention_starting_at(opener)
                    .is_none_or(|m| self.mention_list[m].entity.is_none());
            // A conjunction or a sentence adverb before a comma, with no one
            // named between (And suddenly, as they turned the corner, he
            // jerked out…; Then, when they had gone, she said…): the
            // subject comes after the clauses it leads.
            let no_name = |i: usize| self.is_word(i) && self.mention_starting_at(i).is_none();
            let linking_lead = comma_soon.is_some_and(|c| {
                c <= opener + 2
                    && (opener..c).all(no_name)
                    && (is_one_of(w, &["and", "but", "then", "so", "yet", "now"])
                        || (w.len() > 4 && ends_with(w, b"ly")))
            });
            let adverbial = temporal_lead
                || participle_lead
                || linking_lead
                || self.class(opener).is_preposition()
                || opens_adverbial(w);
            if !adverbial {
                break;
            }
            let Some(comma) = (opener..before.min(opener + APPOSITIVE_TOKENS))
                .find(|&i| self.is_punct(i, ",") || self.is_quote(i))
            else {
                break;
            };
            if self.is_quote(comma) {
                break;
            }
            start = comma + 1;
            // In Ames, Iowa, on Sunday: a place after a place belongs to
            // the adverbial too.
            let place_before = comma > opener
                && self
                    .mention_ending_at(comma - 1)
                    .is_some_and(|p| self.mention_list[p].kind == MentionKind::Name);
            if let Some(place) = self.mention_starting_at(start).filter(|_| place_before) {
                let mut end = self.mention_list[place].tokens.end;
                // (the dot of an abbreviation: Portsmouth, N.H., on Tuesday)
                if end + 1 < before && self.is_punct(end, ".") && self.is_punct(end + 1, ",") {
                    end += 1;
                }
                if self.mention_list[place].kind == MentionKind::Name
                    && end < before
                    && self.is_punct(end, ",")
                {
                    start = end + 1;
                }
            }
        }
        let range = self.mentions_within(&(start..before));
        for m in range.take(CUE_WINDOW) {
            let mention = &self.mention_list[m];
            // (nor a capitalised word that never proved a name: Utilizing…)
            if mention.possessive
                || mention.after_preposition
                || (mention.kind == MentionKind::Name && mention.entity.is_none())
            {
                continue;
            }
            // A dateline is no subject: WASHINGTON (AP) — Sanders defended…
            let after = mention.tokens.end;
            let shouted = mention
                .span
                .as_str(self.text)
                .chars()
                .all(|c| !c.is_lowercase());
            if shouted
                && ["(", ")", "—", "–", "-"]
                    .iter()
                    .any(|p| self.is_punct(after, p))
            {
                continue;
            }
            // In Salem, New Hampshire, Trump went…: a place closes the
            // adverbial; the name after it, followed by its verb, is the subject.
            if mention.kind == MentionKind::Name && self.is_punct(mention.tokens.end, ",") {
                if let Some(next) = self.mention_starting_at(mention.tokens.end + 1) {
                    let n = &self.mention_list[next];
                    let after = n.tokens.end;
                    if n.kind == MentionKind::Name
                        && !n.possessive
                        && after < before
                        && self.is_word(after)
                        && self.word(after).chars().all(char::is_lowercase)
                        && !matches!(self.word(after), "and" | "or" | "of")
                        && !self.class(after).is_preposition()
                    {
                        return Some(next);
                    }
                }
            }
            if mention.kind == MentionKind::Nominal && self.is_punct(mention.tokens.end, ",") {
                if let Some(name) = self.mention_starting_at(mention.tokens.end + 1) {
                    if self.mention_list[name].kind == MentionKind::Name {
                        return Some(name);
                    }
                }
            }
            // The Prime Minister, Keir Starmer, said: a name of titles
            // only is a role, and the name set off after it the subject.
            if mention.kind == MentionKind::Name
                && self.is_punct(mention.tokens.end, ",")
                && self.titles_only(m)
            {
                if let Some(name) = self.mention_starting_at(mention.tokens.end + 1) {
                    let n = &self.mention_list[name];
                    if n.kind == MentionKind::Name
                        && !n.possessive
                        && n.tokens.end < before
                        && self.is_punct(n.tokens.end, ",")
                    {
                        return Some(name);
                    }
                }
            }
            return Some(self.cleft_subject(m, before).unwrap_or(m));
        }
        None
    }

    /// Whether token `i` is a dash that sets off a phrase: an em or an en
    /// dash, or a hyphen or two standing alone as one (Deborah Reynolds -
    /// his co-host - told…; a hyphen inside a word is part of its token).
    fn is_dash(&self, i: usize) -> bool {
        ["—", "–", "-", "--"].iter().any(|d| self.is_punct(i, d))
    }

    /// Whether mention `m` is a name made of titles only (the Prime
    /// Minister, the President): a role, not a person's name.
    fn titles_only(&self, m: usize) -> bool {
        self.mention_list[m]
            .tokens
            .clone()
            .all(|i| self.is_word(i) && self.class(i).is_title())
    }

    /// The subject a cleft sentence puts its weight on, when mention `m`
    /// is its "it": It was on this morning *that Owl* came flying over to
    /// say; It was *Poirot who* spoke. Someone after "that", or before
    /// "who", within a few words and before token `before`.
    pub(super) fn cleft_subject(&self, m: usize, before: usize) -> Option<usize> {
        let it = &self.mention_list[m];
        let after = it.tokens.end;
        if !(matches!(it.span.bytes(self.text), b"It" | b"it")
            && self.is_word(after)
            && matches!(self.word(after), "was" | "is"))
        {
            return None;
        }
        let person = |m: usize| {
            let mention = &self.mention_list[m];
            matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
                && !mention.possessive
                && mention.entity.is_some()
        };
        (after + 1..before.min(after + CLEFT_TOKENS))
            .take_while(|&i| self.is_word(i))
            .find_map(|i| match self.word(i) {
                "that" => self.mention_starting_at(i + 1).filter(|&n| person(n)),
                "who" => self.mention_ending_at(i - 1).filter(|&n| person(n)),
                _ => None,
            })
    }

    /// The possessor of the "-ing" cue at token `c`, across one adverb
    /// (Miss Tilney's saying, Mrs Croft's suddenly saying): a gerund's
    /// possessor is its subject. (Also where the text lost the
    /// apostrophe: Thorpe s saying.)
    pub(super) fn gerund_possessor(&self, c: usize, start: usize) -> Option<usize> {
        if !(self.class(c).is_participle() && self.word(c).ends_with("ing")) {
            return None;
        }
        let mut k = c;
        if k > start + 1 && self.is_word(k - 1) && self.is_manner_adverb(k - 1) {
            k -= 1;
        }
        if k > start + 1 && self.is_word(k - 1) && self.bytes(k - 1) == b"s" {
            k -= 1;
        }
        let m = self.mention_ending_at(k.checked_sub(1).filter(|&p| p >= start)?)?;
        self.mention_list[m].possessive.then_some(m)
    }

    /// Whether the "-ing" cue at token `c` hangs from the clause before
    /// it, as a participle after a comma (…, saying “…”) or a gerund of
    /// means after "by" (Edward interrupted her by saying, “…”): both take
    /// the subject of the verb before them, not the sentence's first.
    pub(super) fn participle_of_clause(&self, c: usize, from: usize) -> bool {
        self.class(c).is_participle()
            && c > from
            && (self.is_punct(c - 1, ",") || (self.is_word(c - 1) && self.bytes(c - 1) == b"by"))
    }

    /// The subject of a participle after a comma (…, saying “…”): the
    /// subject of a speech tag just before it (Spicer said, adding), else
    /// of the nearest verb in the past before it (Sanders protesters
    /// interrupted her speech, shouting), else the sentence's subject.
    pub(super) fn participle_subject(
        &self,
        c: usize,
        from: usize,
        sentence: &Sentence,
    ) -> Option<usize> {
        let window = from.max(c.saturating_sub(12))..c.saturating_sub(1);
        let tagged = window
            .clone()
            .rev()
            .filter(|&v| v >= c.saturating_sub(8))
            .filter(|&v| {
                self.speech_cue(v)
                    && !self.class(v).is_participle()
                    && (!self.class(v).is_ambiguous_base_form() || self.bare_form_is_verb(v, from))
            })
            .find_map(|v| self.subject_of(v, from));
        tagged
            .or_else(|| {
                window
                    .rev()
                    .filter(|&v| self.is_plain_past(v))
                    .take(1)
                    .find_map(|v| self.subject_of(v, from))
            })
            .or_else(|| self.subordinate_subject_before(c, from))
            .or_else(|| self.sentence_subject(sentence, c))
    }

    /// Whether token `i` may be the verb after a subject: a lower-case word
    /// that is no preposition or conjunction (Isabella, embracing…;
    /// John Thorpe came…; not Fanny and Julia, Fanny in the room).
    fn may_be_verb(&self, i: usize) -> bool {
        self.is_word(i)
            && self.word(i).chars().all(char::is_lowercase)
            && !self.class(i).is_preposition()
            && !self.class(i).is_conjunction()
    }

    /// Whether token `i` is a lower-case word of more than four letters in
    /// -ed, the shape of a regular verb in the past (interrupted, quavered).
    pub(super) fn is_plain_past(&self, i: usize) -> bool {
        self.is_word(i) && {
            let w = self.word(i);
            w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
        }
    }

    /// In fiction, the subject of a clause that a subordinator opens just
    /// before the participle at token `c` (…, before John Thorpe came
    /// running upstairs, calling out): the participle hangs from that
    /// clause's verb, the nearest, and takes its subject.
    fn subordinate_subject_before(&self, c: usize, from: usize) -> Option<usize> {
        if self.genre != Genre::Fiction {
            return None;
        }
        (from.max(c.saturating_sub(PARTICIPLE_CLAUSE_TOKENS))..c.saturating_sub(2))
            .rev()
            .take_while(|&i| !self.is_quote(i) && !self.is_punct(i, ";"))
            .filter(|&i| {
                self.is_word(i)
                    && (self.subordinator_at(i) || matches!(self.bytes(i), b"whilst" | b"till"))
            })
            .find_map(|i| {
                let m = self.mention_starting_at(i + 1)?;
                let mention = &self.mention_list[m];
                let after = mention.tokens.end;
                let verb_follows = after < c && self.may_be_verb(after);
                (!mention.possessive
                    && mention.kind != MentionKind::Nominal
                    && !matches!(mention.span.bytes(self.text), b"it" | b"It")
                    && verb_follows)
                    .then_some(m)
            })
    }

    /// In fiction, the subject of a verb of saying coordinated after
    /// ", and" with the clauses before it, which share one subject: the
    /// mention opening the nearest of those clauses that opens with one
    /// (*the Mock Turtle* drew a long breath, and said; *Elizabeth* saw
    /// what he was doing, and at the first pause, turned to him, and said;
    /// *Marianne* took up Willoughby's letter, and, after shuddering over
    /// it, exclaimed). `None` when the cue has a subject of its own after
    /// the "and", or no clause before it opens with a mention.
    pub(super) fn coordinated_subject(&self, c: usize, from: usize) -> Option<usize> {
        if self.genre != Genre::Fiction {
            return None;
        }
        let opens_clause = |i: usize| {
            i > from
                && self.is_word(i)
                && matches!(self.bytes(i), b"and" | b"but")
                && self.is_punct(i - 1, ",")
        };
        // (the "and" within a few words of the cue: and would only say,
        // and, after a pause, exclaimed)
        // (or a semicolon: declined eating any thing; and then rising up,
        // said)
        let conj = (from.max(c.saturating_sub(COORDINATED_VERB_TOKENS))..c)
            .rev()
            .take_while(|&i| !self.is_quote(i) && !self.is_punct(i, "."))
            .find(|&i| opens_clause(i) || self.is_punct(i, ";"))?;
        // (a subordinate clause opening the coordinated one holds the cue,
        // which then has a subject of its own: ; when her father
        // continued, or else its subject is not the cue's: and when she
        // ceased speaking, replied)
        let mut head = conj + 1;
        while head < c
            && (self.is_punct(head, ",")
                || (self.is_word(head) && matches!(self.bytes(head), b"and" | b"but" | b"then")))
        {
            head += 1;
        }
        if head < c && self.subordinator_at(head) {
            head = (head..c).find(|&i| self.is_punct(i, ","))?;
        }
        let own_subject = self.mention_list[self.mentions_within(&(head..c))]
            .iter()
            .any(|m| {
                !m.after_preposition && matches!(m.kind, MentionKind::Name | MentionKind::Pronoun)
            });
        if own_subject {
            return None;
        }
        let mut end = conj;
        for _ in 0..COORDINATED_CLAUSES {
            let split = (from.max(end.saturating_sub(CLAUSE_SUBJECT_TOKENS))..end)
                .rev()
                .find(|&i| self.is_punct(i, ";") || opens_clause(i));
            let mut first = split.map_or(from, |i| i + 1);
            while first < end
                && (self.is_punct(first, ",")
                    || (self.is_word(first)
                        && matches!(self.bytes(first), b"and" | b"but" | b"then" | b"now")))
            {
                first += 1;
            }
            // (a clause that opens with a subordinate clause, or holds a
            // subject after a comma or a subordinator, has a subject this
            // search cannot tell: as she went down the hill, Mary…;
            // Katharine, having spoken, Denham said)
            if first < end && self.subordinator_at(first) {
                return None;
            }
            let subject_like = |m: &mentions::Mention| {
                matches!(m.kind, MentionKind::Name | MentionKind::Pronoun)
                    && !m.possessive
                    && !m.after_preposition
                    && !matches!(m.span.bytes(self.text), b"who" | b"which")
            };
            let later_subject = self.mention_list[self.mentions_within(&(first + 1..end))]
                .iter()
                .any(|m| {
                    let before = m.tokens.start - 1;
                    subject_like(m) && (self.is_punct(before, ",") || self.subordinator_at(before))
                });
            if later_subject {
                return None;
            }
            let subject = self.mention_starting_at(first).filter(|&m| {
                let mention = &self.mention_list[m];
                let after = mention.tokens.end;
                // (not a word opening a phrase: Anxious to contribute,)
                let opens_phrase = self.is_word(after) && self.bytes(after) == b"to";
                let pronoun_of_no_one = matches!(
                    mention.span.bytes(self.text),
                    b"it" | b"It" | b"who" | b"which" | b"they" | b"They"
                );
                !(mention.possessive || pronoun_of_no_one || opens_phrase)
            });
            if subject.is_some() {
                return subject;
            }
            end = split?;
            if end <= from {
                return None;
            }
        }
        None
    }

    /// The sentence's subject when mention `m` is a statement, video or
    /// letter that the subject released (she released a statement saying…),
    /// not the sentence's own subject.
    pub(super) fn releaser_of(&self, m: usize, sentence: &Sentence) -> Option<usize> {
        let mention = &self.mention_list[m];
        if mention.kind != MentionKind::Nominal {
            return None;
        }
        let head = self.word(mention.tokens.end - 1);
        if !matches!(
            head,
            "statement"
                | "video"
                | "letter"
                | "email"
                | "message"
                | "post"
                | "ad"
                | "release"
                | "tweet"
                | "memo"
        ) {
            return None;
        }
        let subject = self.sentence_subject(sentence, mention.tokens.start)?;
        (subject != m && self.mention_list[subject].tokens.end < mention.tokens.start)
            .then_some(subject)
    }

    /// The relative pronoun standing for mention `m` when the quote at
    /// token `t` lies in its clause: Beck, *who* has described Trump as
    /// “a narcissistic psychopath”; else `m`.
    pub(super) fn relative_for(&self, m: usize, t: usize) -> usize {
        let end = self.mention_list[m].tokens.end;
        let at = if self.is_punct(end, ",") {
            end + 1
        } else {
            end
        };
        match self.mention_starting_at(at) {
            Some(w)
                if at < t
                    && self.is_word(at)
                    && self.word(at) == "who"
                    && !(at + 1..t).any(|i| self.is_punct(i, ",")) =>
            {
                w
            }
            _ => m,
        }
    }

    /// Whether mention `m` opens its sentence or the clause after a
    /// leading adverbial (", she vented"; "The senator said"), and is a
    /// confirmed name if it is a name at all.
    pub(super) fn opens_clause(&self, sentence: &Sentence, m: usize) -> bool {
        let mention = &self.mention_list[m];
        if mention.kind == MentionKind::Name && mention.entity.is_none() {
            return false;
        }
        let first = mention.tokens.start;
        first == sentence.tokens.start
            || self.is_punct(first - 1, ",")
            || (first - 1 == sentence.tokens.start
                && self.is_word(first - 1)
                && self.class(first - 1).is_source_determiner())
    }

    /// The last cue of any kind (speech, belief, naming) of a sentence that has a subject.
    pub(super) fn any_cue_with_subject(&self, sentence: &Sentence) -> Option<(usize, usize)> {
        sentence
            .tokens
            .clone()
            .rev()
            .filter(|&c| self.cue(c).is_some())
            .find_map(|c| {
                let participle = self.class(c).is_participle();
                let subject = if participle {
                    self.sentence_subject(sentence, c)
                } else {
                    self.subject_of(c, sentence.tokens.start)
                };
                subject.map(|m| (m, c))
            })
    }

    /// The first speech cue of a sentence that has a subject (or, opening
    /// the sentence, a name after it: Stated Stone:).
    pub(super) fn cue_with_subject(&self, sentence: &Sentence) -> Option<(usize, usize)> {
        sentence
            .tokens
            .clone()
            .filter(|&c| self.speech_cue(c))
            .find_map(|c| {
                self.subject_of(c, sentence.tokens.start)
                    .or_else(|| self.inverted_opening_speaker(sentence, c))
                    .map(|m| (m, c))
            })
    }

    /// The name after a cue that opens its sentence: Said Dorothy Poynter,
    /// who…; Stated Stone:
    pub(super) fn inverted_opening_speaker(&self, sentence: &Sentence, c: usize) -> Option<usize> {
        if c != sentence.tokens.start {
            return None;
        }
        let m = self.mention_starting_at(c + 1)?;
        let mention = &self.mention_list[m];
        (mention.kind == MentionKind::Name && !mention.possessive).then_some(m)
    }
}

/// Whether `word`, in any ASCII case, is one of the words that open an
/// adverbial phrase or clause before a sentence's subject (When…, As…,
/// Last week…, Speaking to…): its lower case, made in a buffer of the
/// longest one's length, against the list at once.
fn opens_adverbial(word: &[u8]) -> bool {
    let mut buffer = [0u8; 10];
    let Some(lower) = buffer.get_mut(..word.len()) else {
        return false;
    };
    for (l, &b) in lower.iter_mut().zip(word) {
        *l = b.to_ascii_lowercase();
    }
    matches!(
        &*lower,
        b"when"
            | b"if"
            | b"as"
            | b"while"
            | b"because"
            | b"although"
            | b"though"
            | b"once"
            | b"since"
            | b"last"
            | b"earlier"
            | b"later"
            | b"following"
            | b"responding"
            | b"speaking"
            | b"asked"
            | b"in"
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::dialogue::tests::speakers as fiction_speakers;

    /// The adverbial openers are matched in any ASCII case, whole words
    /// only, however long the word.
    #[test]
    fn adverbial_openers_ignore_ascii_case_only() {
        for word in ["When", "IN", "responding", "Following", "asked"] {
            assert!(super::opens_adverbial(word.as_bytes()), "{word}");
        }
        for word in ["", "i", "inn", "respondings", "Trump", "whenever", "Ïn"] {
            assert!(!super::opens_adverbial(word.as_bytes()), "{word}");
        }
    }

    /// A conjunction and an adverb lead a clause before the subject: the
    /// subject is the one after the clause, not the clause's own.
    #[test]
    fn a_linking_word_and_a_clause_come_before_the_subject() {
        let text = "“Yes,” said Tom to Mary.\n\nAnd suddenly, as they turned the \
                    corner, he jerked out:\n\n“I must go back.”";
        assert_eq!(fiction_speakers(text)[1], "Tom");
        let text = "“Yes,” said Tom to Mary.\n\nAnd suddenly, as Mary turned the \
                    corner, Tom jerked out:\n\n“I must go back.”";
        assert_eq!(fiction_speakers(text)[1], "Tom");
    }

    /// A clause after a semicolon has a subject of its own, which a verb
    /// of saying in it takes, not the sentence's first; a clause that
    /// opens with none goes on the one before it.
    #[test]
    fn a_clause_after_a_semicolon_has_its_own_subject() {
        let text = "Fanny turned farther into the window; and Miss Crawford had only \
                    time to say, in a pleasant manner, “I fancy Miss Price is used to it.”";
        assert_eq!(fiction_speakers(text), ["Miss Crawford"]);
        let text = "Isabella, in the meanwhile, had applied her handkerchief to her \
                    eyes; and Morland, miserable at such a sight, could not help \
                    saying, “Nay, Catherine.”";
        assert_eq!(fiction_speakers(text), ["Morland"]);
        let text = "Lady Bertram came from the drawing-room to meet her; and falling \
                    on her neck, said, “Dear Fanny!”";
        assert_eq!(fiction_speakers(text), ["Lady Bertram"]);
    }

    /// The nearest clause joined by ", and" that opens with a subject,
    /// its verb after it, has that subject.
    #[test]
    fn a_clause_after_comma_and_has_its_own_subject() {
        let text = "Maria was without ceremony sent away, and Isabella, embracing \
                    Catherine, thus began: “Yes, my dear Catherine, it is so indeed.”";
        assert_eq!(fiction_speakers(text).last().unwrap(), "Isabella");
    }

    /// A participle after a comma takes the subject of the subordinate
    /// clause it hangs from, just before it.
    #[test]
    fn a_participle_takes_the_subject_of_the_subordinate_clause_before_it() {
        let text = "A loud rap drew her to the window, and scarcely had she time to \
                    inform Catherine of two open carriages at the door, before John \
                    Thorpe came running upstairs, calling out, “Well, Miss Morland, \
                    here I am.”";
        assert_eq!(fiction_speakers(text).last().unwrap(), "John Thorpe");
    }

    /// The appositive search for a cue's subject reads across a few
    /// adverbs before the phrase's comma.
    #[test]
    fn a_subject_before_adverbs_and_a_phrase_set_off_says_the_cue() {
        let text = "She rated her claims as low as her aunt could; and when Sir Thomas \
                    soon afterwards, just opening the door, said, “Fanny, at what time \
                    would you have the carriage come round?” she felt astonished.";
        assert!(fiction_speakers(text).contains(&"Sir Thomas".to_string()));
    }

    /// A cue before a quotation coordinated after ", and" shares the
    /// subject of the clause it goes on, not the sentence's first.
    #[test]
    fn a_coordinated_cue_before_a_quotation_shares_its_clauses_subject() {
        let text = "And Helen, dumb with fright, but trying to keep calm for the \
                    child's sake, and Miss Avery, calm, but murmuring tenderly, “No one \
                    ever told the lad he'll have a child”--they also reminded her that \
                    horror is not the end.";
        assert!(fiction_speakers(text).contains(&"Miss Avery".to_string()));
    }

    /// In fiction, a comma before "and" ends the clause a verb of saying
    /// is coordinated with: no appositive search crosses it for a subject.
    #[test]
    fn a_comma_before_and_closes_no_appositive() {
        let text = "Henry Crawford had made up his mind, and having written a few lines \
                    to the Admiral, he looked round at his sister as he sealed the \
                    letter, and seeing the coast clear, said, with a smile, “And how \
                    do you think I mean to amuse myself, Mary?”";
        assert_eq!(fiction_speakers(text), ["Henry Crawford"]);
    }
}
