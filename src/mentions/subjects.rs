//! The subjects of speech cues that no name covers: the noun phrase
//! before a cue ("ordinary Chinese traders say", "47 percent said"), the
//! phrase opening a sentence before its verb, the source after an
//! inverted cue, and the words describing a name ("veteran analyst"
//! Charlie Cook), each added as a candidate mention.

use super::*;

/// A bare cue form between a plural noun and "that" is a verb: scholars
/// *caution* that, critics *warn* that (not: the claim that, a report that).
fn plural_then_that(text: &str, seg: &Segmentation, c: usize, tokens: Range<usize>) -> bool {
    if c <= tokens.start || c + 1 >= tokens.end {
        return false;
    }
    let word_at = |i: usize| {
        let token = seg.tokens[i];
        (token.kind == TokenKind::Word).then(|| token_text(text, token.span))
    };
    // (the plural may stand before a parenthetical: makers, for
    // instance, argue that…)
    let p = parenthetical_before(text, seg, c)
        .filter(|&comma| comma > tokens.start)
        .unwrap_or(c);
    let (Some(prev), Some(next)) = (word_at(p - 1), word_at(c + 1)) else {
        return false;
    };
    next == "that"
        // (not an intent noun: a savings plan that offers…)
        && !matches!(seg.word(text, c), "plan" | "hope" | "offer" | "promise" | "pledge" | "vow")
        && prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && !prev.ends_with("us")
        && !prev.contains(['\'', '’'])
        && prev.chars().all(|ch| ch.is_lowercase())
        && seg.class(p - 1).cue_class().is_none()
        && !seg.class(p - 1).is_verb_modifier()
}

/// A bare cue form after a plural noun (and an adverb) and before the
/// start of a clause is a verb: polls *show* Trump is trailing, new
/// filings *show* it has…, polls there *show* the…
pub(crate) fn plural_then_clause(
    text: &str,
    seg: &Segmentation,
    c: usize,
    tokens: Range<usize>,
) -> bool {
    let word_at = |i: usize| {
        let token = seg.tokens[i];
        (token.kind == TokenKind::Word).then(|| token_text(text, token.span))
    };
    let mut p = c;
    while p > tokens.start
        && seg.tokens[p - 1].kind == TokenKind::Word
        && matches!(
            seg.bytes(text, p - 1),
            b"there" | b"here" | b"also" | b"now" | b"still"
        )
    {
        p -= 1;
    }
    if p <= tokens.start || c + 1 >= tokens.end {
        return false;
    }
    let (Some(prev), Some(next)) = (word_at(p - 1), word_at(c + 1)) else {
        return false;
    };
    let plural = prev.len() > 3
        && prev.ends_with('s')
        && !prev.ends_with("ss")
        && !prev.ends_with("us")
        && !prev.contains(['\'', '’'])
        && prev[1..].chars().all(|ch| ch.is_lowercase())
        && seg.class(p - 1).cue_class().is_none()
        && !seg.class(p - 1).is_verb_modifier()
        && !seg.class(p - 1).is_preposition();
    // (not an intent noun: a savings plan that…; "that" is for
    // plural_then_that to judge)
    if matches!(
        seg.bytes(text, c),
        b"plan" | b"hope" | b"offer" | b"promise" | b"pledge" | b"vow"
    ) {
        return false;
    }
    let next_class = seg.class(c + 1);
    let opens_clause = next_class.subject_pronoun().is_some()
        || next_class.is_source_determiner()
        || matches!(next, "how" | "what" | "why" | "whether")
        || (is_upper_word(next) && !next_class.is_capitalised_function_word());
    plural && opens_clause
}

/// Whether the word before the bare cue form at `c` is a quantity that
/// makes it a plural verb: about three-quarters *support*, most *want*.
pub(crate) fn after_quantity(text: &str, seg: &Segmentation, c: usize, from: usize) -> bool {
    // (the class first: most words before a cue are no quantity)
    c > from
        && seg.tokens[c - 1].kind == TokenKind::Word
        && seg.class(c - 1).is_quantity_word()
        && seg.word(text, c).chars().all(|ch| ch.is_lowercase())
        && !is_one_of_ignoring_case(seg.bytes(text, c - 1), &["number", "share", "each"])
}

/// The noun phrase in subject position of each speech cue that no mention
/// covers yet: "ordinary Chinese traders say", "47 percent said". Such a
/// phrase becomes a nominal mention, so that every cue can find its source.
/// `heads` are the sentence's tokens of [`Segmentation::heads`], among
/// which are its cues, and `quotes` the tokens of its quotations (in a
/// novel).
#[allow(clippy::too_many_arguments)] // (the sentence, its context and the output)
pub(super) fn subjects_of_cues<'t>(
    text: &'t str,
    seg: &Segmentation,
    tokens: Range<usize>,
    (heads, quotes): (&[usize], &[usize]),
    first_candidate: usize,
    genre: Genre,
    cast: &Cast<'_>,
    out: &mut Vec<Candidate<'t>>,
) {
    let before = out.len();
    let fiction = genre == Genre::Fiction;
    // (in fiction, also a verb of dialogue right after a quotation: “…,”
    // the proprietor resumed)
    let cues = heads
        .iter()
        .map(|&c| (c, seg.class(c)))
        .filter(|(_, class)| {
            class.is_speech_or_belief_cue() || (fiction && class.is_dialogue_verb())
        });
    for (c, cue_lists) in cues {
        if seg.tokens[c].kind != TokenKind::Word {
            continue;
        }
        if is_upper_at(text, seg, c)
            || (cue_lists.is_ambiguous_base_form()
                && !matches!(seg.bytes(text, c), b"say" | b"think" | b"believe" | b"know")
                && !plural_then_that(text, seg, c, tokens.clone())
                && !plural_then_clause(text, seg, c, tokens.clone())
                && !after_quantity(text, seg, c, tokens.start))
            || (cue_lists.is_participle() && !after_be(text, seg, c, tokens.start))
        {
            continue;
        }
        let k = skip_back_to_subject(text, seg, c, tokens.start);
        // (across prepositional phrases only before a plain verb of saying)
        let k = if cue_lists.is_finite_saying() {
            skip_back_over_prepositions(text, seg, k, tokens.start)
        } else {
            k
        };
        // A verb that only tags a quote takes a subject only right after
        // one: “…,” the email read.
        // (a verb of dialogue alone, in fiction, as well: “…,” the
        // proprietor resumed)
        let tag_only = cue_lists.is_tag_only() || !cue_lists.is_speech_or_belief_cue();
        // (or right before one: the attendees chanted, “…”)
        let quote_at =
            |i: usize| i < tokens.end && matches!(seg.tokens[i].kind, TokenKind::Quote(_));
        let precedes_quote = quote_at(c + 1)
            || (c + 1 < tokens.end
                && seg.tokens[c + 1].kind == TokenKind::Punct
                && matches!(seg.word(text, c + 1), "," | ":")
                && quote_at(c + 2));
        if tag_only && !precedes_quote && !follows_quote(text, seg, k, c, tokens.start) {
            continue;
        }
        // 26% say…: a percentage is a subject.
        if k > tokens.start + 1
            && seg.tokens[k - 1].kind == TokenKind::Punct
            && seg.word(text, k - 1) == "%"
            && seg.tokens[k - 2].kind == TokenKind::Word
            && lexicon::is_number_word(seg.word(text, k - 2))
            && covering(&out[..before], first_candidate, k - 2).is_none()
        {
            out.push(phrase_candidate(text, seg, k - 2..k, Gender::Other));
            continue;
        }
        if k == tokens.start || seg.tokens[k - 1].kind != TokenKind::Word {
            continue;
        }
        let head = token_text(text, seg.tokens[k - 1].span);
        // The sentence's candidates up to `before` are in order; the noun
        // phrases added here lie left of their cues, so the newest is the
        // only one a walk back from a later cue can reach first.
        // (a weak sentence-initial word is no cover: Six in 10 said)
        let covered = |t: usize| {
            covering(&out[..before], first_candidate, t).is_some_and(|i| !out[i].weak)
                || out[before..]
                    .last()
                    .is_some_and(|m| m.mention.tokens.contains(&t))
        };
        // (nor a verb standing alone: “…,” came shouts from the crowd;
        // but the political left)
        let alone = k - 1 == tokens.start || seg.tokens[k - 2].kind != TokenKind::Word;
        // (a plural that may be a verb is a noun right before a plain verb
        // of saying: press reports said, rights advocates say)
        let plural_subject = || {
            k == c
                && seg.class(k - 1).cue_class().is_some()
                && !seg.class(k - 1).is_verb_modifier()
                && head.len() > 3
                && head.ends_with('s')
                && !head.ends_with("ss")
                && lexicon::is_plain_saying_verb(seg.bytes(text, c))
        };
        if covered(k - 1)
            || (ends_noun_phrase(head, seg.class(k - 1)) && !plural_subject())
            || seg.class(k - 1).is_preposition()
            || is_name_connector(head.as_bytes())
            || (alone && lexicon::is_irregular_past_verb(head))
        {
            continue;
        }
        // A relative clause (voters who watched the debate said): the
        // subject stands before "who", not here. (Asked after the tests of
        // the word before the cue, which turn most cues away and cost
        // less than this walk back.)
        let relative = (tokens.start.max(k.saturating_sub(12))..k)
            .rev()
            .take_while(|&r| seg.tokens[r].kind == TokenKind::Word)
            // (the length first: most words have none of the three)
            .any(|r| {
                matches!(seg.tokens[r].span.len(), 3..=5)
                    && matches!(seg.bytes(text, r), b"who" | b"which" | b"that")
            });
        if relative {
            continue;
        }
        let mut start = k - 1;
        let mut absorbed = None;
        let mut owner = false;
        let mut adverbs = false;
        while start > tokens.start && k - start < 6 {
            let prev = start - 1;
            // (a month's abbreviation dates the phrase: a Feb. 1 letter
            // says; only before a plain verb of saying, as a dated event
            // is no speaker: the Nov. 13 terrorist attacks)
            if cue_lists.is_finite_saying()
                && prev > tokens.start
                && seg.is_byte(text, prev, b'.')
                && seg.tokens[prev - 1].kind == TokenKind::Word
                && seg.tokens[prev - 1].span.end == seg.tokens[prev].span.start
                && lexicon::is_month_abbreviation(seg.word(text, prev - 1))
            {
                start = prev - 1;
                continue;
            }
            if seg.tokens[prev].kind != TokenKind::Word {
                break;
            }
            if covered(prev) {
                // A name inside the phrase is part of it: the latest
                // *Reuters/Ipsos* poll showed, *Trump* supporters said.
                let Some(i) = covering(&out[..before], first_candidate, prev) else {
                    break;
                };
                let name = &out[i];
                // (a pronoun just before is the subject, and the words
                // between are adverbs: he soon afterwards said)
                if name.mention.kind == MentionKind::Pronoun
                    && !name.mention.possessive
                    && name.mention.tokens.end == start
                {
                    adverbs = true;
                    break;
                }
                // (an owner opens the phrase like a determiner: Trump's
                // inner circle believes…)
                if name.mention.possessive
                    && name.mention.kind == MentionKind::Name
                    && name.mention.tokens.end == start
                    && absorbed.is_none()
                {
                    owner = true;
                    break;
                }
                if absorbed.is_some()
                    || name.mention.kind != MentionKind::Name
                    || name.mention.possessive
                    || name.mention.tokens.end != start
                    || head.chars().next().is_some_and(char::is_uppercase)
                {
                    break;
                }
                absorbed = Some(i);
                start = name.mention.tokens.start;
                continue;
            }
            let w = seg.word(text, prev);
            let class = seg.class(prev);
            // (an owner's name, even one seen once: Trump's inner circle)
            if is_upper_word(w) && strip_possessive(w).1 {
                owner = true;
                break;
            }
            if (class.is_preposition() && w != "of")
                || class.is_conjunction()
                || ends_noun_phrase(w, class) && !class.is_source_determiner()
            {
                break;
            }
            start = prev;
            if class.is_source_determiner() {
                break;
            }
        }
        if adverbs {
            continue;
        }
        // Only a plain noun phrase: one with a determiner, a plural head, or a count.
        let opener = seg.class(start);
        let plural =
            head.len() > 3 && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us");
        let counted = lexicon::is_quantity_word(head)
            || matches!(
                head,
                "percent" | "itself" | "themselves" | "them" | "people" | "police"
            )
            || head.chars().all(|c| c.is_ascii_digit());
        // After a plainly finite verb of saying (said, told), any phrase will do.
        let finite_say = cue_lists.is_finite_saying();
        if !(opener.is_source_determiner() || owner || plural || counted || finite_say || tag_only)
        {
            continue;
        }
        // (the object of a preposition is no subject: protesters marching
        // through the streets chanted…)
        if tag_only
            && start > tokens.start
            && seg.tokens[start - 1].kind == TokenKind::Word
            && seg.class(start - 1).is_preposition()
        {
            continue;
        }
        // (nor, in a novel, the object of a preposition after the name
        // that opens the sentence, which is the subject: Aziz after
        // another silence said)
        if fiction
            && start > tokens.start + 1
            && seg.tokens[start - 1].kind == TokenKind::Word
            && seg.class(start - 1).is_preposition()
            && covering(&out[..before], first_candidate, start - 2).is_some_and(|i| {
                out[i].mention.kind == MentionKind::Name
                    && out[i].mention.tokens.start == tokens.start
                    && !out[i].mention.possessive
                    && out[i].mention.tokens.end == start - 1
            })
        {
            continue;
        }
        if let Some(i) = absorbed {
            out[i].dead = true;
        }
        out.push(phrase_candidate(text, seg, start..k, nominal_gender(head)));
    }
    opening_subject(text, seg, tokens.clone(), first_candidate, out);
    if out.len() > before {
        out[first_candidate..].sort_by_key(|c| c.mention.tokens.start);
    }
    // (outside fiction, the sources after cues are found at the heads
    // alone, and many sentences have none)
    if fiction || !heads.is_empty() {
        sources_after_cues(
            text,
            seg,
            tokens.clone(),
            (heads, quotes),
            first_candidate,
            genre,
            cast,
            out,
        );
    }
    if extend_with_descriptors(text, seg, tokens, first_candidate, out) {
        // (the live ones moved up in order over the dead, in place)
        let mut live = first_candidate;
        for i in first_candidate..out.len() {
            if !out[i].dead {
                out.swap(live, i);
                live += 1;
            }
        }
        out.truncate(live);
    }
}

/// The noun phrase opening a sentence, after a leading adverbial, when a
/// determiner starts it and a verb follows it: *The complaint*, which was
/// filed…, alleged; *the prince* called for…; *The radioman* pointed out…
/// Such a phrase is the sentence's subject even when no cue is next to it.
fn opening_subject<'t>(
    text: &'t str,
    seg: &Segmentation,
    tokens: Range<usize>,
    first_candidate: usize,
    out: &mut Vec<Candidate<'t>>,
) {
    // (the bytes of the word at `i`: they are only compared)
    let word_at = |i: usize| {
        (i < tokens.end && seg.tokens[i].kind == TokenKind::Word).then(|| seg.bytes(text, i))
    };
    // (past a leading adverbial: In December, the prince…)
    // (the first word asked first: most sentences open with none of
    // these, and need no search for the comma)
    let mut start = tokens.start;
    let mut determiner = word_at(start);
    if determiner.is_some_and(|w| seg.class(tokens.start).is_preposition() || w == b"Then") {
        if let Some(comma) = (tokens.start..tokens.end.min(tokens.start + 6))
            .find(|&i| seg.tokens[i].kind == TokenKind::Punct && seg.is_byte(text, i, b','))
        {
            start = comma + 1;
            determiner = word_at(start);
        }
    }
    let Some(determiner) = determiner else {
        return;
    };
    // (their length and first letter first: most sentences open with
    // none of them)
    if !(determiner.len() <= 4
        && matches!(determiner.first().map(|b| b | 0x20), Some(b't' | b'a'))
        && is_one_of_ignoring_case(determiner, &["the", "a", "an", "that", "this"]))
        || covered_anywhere(out, first_candidate, start)
    {
        return;
    }
    let mut end = start + 1;
    while end < tokens.end.min(start + 5) {
        let Some(w) = word_at(end) else { break };
        let class = seg.class(end);
        // (a name or title inside: not a plain phrase — The former first
        // lady; so called: not a phrase at all)
        if covered_anywhere(out, first_candidate, end) || w == b"so" {
            return;
        }
        if class.is_preposition()
            || class.is_conjunction()
            || class.cue_class().is_some()
            || class.is_that()
            || class.is_verb_modifier()
            || lexicon::is_auxiliary(w)
            || lexicon::is_negative_contraction(w)
            || (w.len() > 4 && w.ends_with(b"ed") && end > start + 1)
        {
            break;
        }
        end += 1;
    }
    if end == start + 1 || end >= tokens.end {
        return;
    }
    // A verb (or an appositive's comma) must follow the phrase.
    let next = seg.word(text, end);
    let class = seg.class(end);
    // (or a relative clause: The complaint, which was filed…, alleged)
    let relative = next == "," && word_at(end + 1).is_some_and(|w| matches!(w, b"which" | b"who"));
    // (not a copula or a modal: The choice was between…, The mines would
    // be placed…)
    let copula_or_modal = lexicon::is_auxiliary(next) && !matches!(next, "has" | "have" | "had");
    let verb = relative
        || ((class.cue_class().is_some()
            || class.is_verb_modifier()
            || lexicon::has_past_ending(next))
            && !copula_or_modal);
    if !verb {
        return;
    }
    let head = seg.word(text, end - 1);
    out.push(phrase_candidate(
        text,
        seg,
        start..end,
        nominal_gender(head),
    ));
}

/// Whether the "-ing" word at `c` is progressive: after a form of "be"
/// (are wondering, is also saying).
fn after_be(text: &str, seg: &Segmentation, c: usize, from: usize) -> bool {
    let mut k = c;
    while k > from + 1
        && seg.tokens[k - 1].kind == TokenKind::Word
        && matches!(seg.word(text, k - 1), "not" | "also" | "still" | "now")
    {
        k -= 1;
    }
    k > from
        && seg.tokens[k - 1].kind == TokenKind::Word
        && matches!(
            seg.word(text, k - 1),
            "is" | "are" | "was" | "were" | "am" | "been"
        )
}

/// Whether the words between a quote and the cue at `cue` (from `k` back)
/// can be a short subject phrase: “…,” the email read.
fn follows_quote(text: &str, seg: &Segmentation, k: usize, cue: usize, from: usize) -> bool {
    let mut t = k.min(cue);
    while t > from && cue - t < 5 && seg.tokens[t - 1].kind == TokenKind::Word {
        t -= 1;
    }
    if t == from {
        return false;
    }
    if matches!(seg.tokens[t - 1].kind, TokenKind::Quote(_)) {
        return true;
    }
    seg.is_byte(text, t - 1, b',')
        && t > from + 1
        && matches!(seg.tokens[t - 2].kind, TokenKind::Quote(_))
}

/// Whether a lower-case word can describe a person before their name:
/// *retired neurosurgeon* Ben Carson, *veteran analyst* Charlie Cook.
/// `class` is the word's [`WordClass`].
pub(crate) fn is_descriptor(word: &str, class: WordClass) -> bool {
    // (the tests of the class bits first: they turn most words away, and
    // cost less than the tests of the letters)
    word.chars().next().is_some_and(char::is_lowercase)
        && !class.is_preposition()
        && !class.is_conjunction()
        && class.subject_pronoun().is_none()
        // (the tests of the last letters before the word lists: they turn
        // away plurals and participles at less cost)
        && (!word.ends_with('s') || word.ends_with("ss"))
        && (!word.ends_with("ed")
            || matches!(
                word,
                "retired" | "embattled" | "elected" | "disgraced" | "indicted"
            ))
        && !ends_noun_phrase(word, class)
        && !is_name_connector(word.as_bytes())
        && !matches!(
            word,
            "who" | "which" | "that" | "what" | "where" | "when" | "while" | "as" | "if"
        )
        && !lexicon::is_irregular_past_verb(word)
        // (nor a verb that tags a line, or its particle: began the
        // Professor, called out Pooh)
        && !lexicon::is_fiction_tag_verb(word)
        && !matches!(word, "out" | "up" | "down" | "back" | "off" | "on" | "in" | "forth")
}

/// [`is_descriptor`] of the word at token `k`, its class asked first: a
/// preposition, a conjunction, a subject pronoun, a cue or an adverb is
/// none (most words before a name: said, by, and), nor is a word that
/// opens with an ASCII byte other than a small letter, and neither needs
/// the word cut out of the text.
fn is_descriptor_at(text: &str, seg: &Segmentation, k: usize) -> bool {
    let class = seg.class(k);
    if !may_be_descriptor(class) {
        return noun_before_title(text, seg, k);
    }
    match seg.bytes(text, k).first() {
        Some(b) if b.is_ascii() && !b.is_ascii_lowercase() => false,
        _ => is_descriptor(seg.word(text, k), class),
    }
}

/// Whether the word at token `k`, a cue in its bare form that is also a
/// noun, is that noun because a title in lower case follows it: *press*
/// secretary, *support* staff.
// (asked of most names' word before them, which a call would cost more
// than its first test of the class bits)
#[inline(always)]
pub(super) fn noun_before_title(text: &str, seg: &Segmentation, k: usize) -> bool {
    let next = k + 1;
    let class = seg.class(k);
    // (not a verb of saying: …, say former officials)
    class.is_ambiguous_base_form()
        && class
            .cue_class()
            .is_some_and(|cue| cue != lexicon::CueClass::Speech)
        && next < seg.tokens.len()
        && seg.tokens[next].kind == TokenKind::Word
        && seg.class(next).is_title()
        && seg
            .bytes(text, next)
            .first()
            .is_some_and(u8::is_ascii_lowercase)
        && {
            let word = seg.bytes(text, k);
            word.first().is_some_and(u8::is_ascii_lowercase)
                && !word.ends_with(b"ed")
                && !word.ends_with(b"ing")
                && (!word.ends_with(b"s") || word.ends_with(b"ss"))
        }
}

/// Whether a word of class `class` may be a descriptor, as far as its
/// class tells: no preposition, conjunction, subject pronoun, cue or
/// adverb.
#[inline]
fn may_be_descriptor(class: WordClass) -> bool {
    !(class.is_preposition()
        || class.is_conjunction()
        || class.subject_pronoun().is_some()
        || class.cue_class().is_some()
        || class.is_verb_modifier())
}

/// Extends person names back over the lower-case words that describe
/// them, when those words open a clause (after a quote, a comma, a cue or
/// the sentence start): “…,” *veteran analyst* Charlie Cook wrote.
/// Returns whether any of `out[first_candidate..]` is dead after it (its
/// walk over them tells, and no second walk need ask).
fn extend_with_descriptors(
    text: &str,
    seg: &Segmentation,
    tokens: Range<usize>,
    first_candidate: usize,
    out: &mut [Candidate<'_>],
) -> bool {
    let opens_clause = |k: usize| {
        k == tokens.start
            || matches!(seg.tokens[k - 1].kind, TokenKind::Quote(_))
            || (seg.tokens[k - 1].kind == TokenKind::Punct
                && matches!(seg.word(text, k - 1), "," | ":" | "(" | "—" | "–" | ";"))
            || (seg.tokens[k - 1].kind == TokenKind::Word && seg.class(k - 1).cue_class().is_some())
    };
    let mut prev_live: Option<usize> = None;
    let mut any_dead = false;
    let mut idx = first_candidate;
    while idx < out.len() {
        if out[idx].dead {
            any_dead = true;
            idx += 1;
            continue;
        }
        let prev = prev_live;
        prev_live = Some(idx);
        let start = out[idx].mention.tokens.start;
        let floor = prev.map_or(tokens.start, |p| {
            out[p].mention.tokens.end.max(tokens.start)
        });
        // Only a person's name after a word that may describe it goes on.
        // (asked with one branch: which candidates are names of persons
        // follows no pattern, but few of them have a word before them
        // that may describe them; each test is a byte that is 0 where it
        // passes, the five put together by bitwise or, as tests of
        // booleans, even joined by `&`, compile to a branch each; the
        // token before is read even at the text's start, as `start` is a
        // token)
        let before = start.saturating_sub(1);
        let candidate = &out[idx];
        let failed = (candidate.entity_kind as u8 ^ EntityKind::Person as u8)
            | (candidate.mention.kind as u8 ^ MentionKind::Name as u8)
            | u8::from(start <= floor)
            | u8::from(!matches!(seg.tokens[before].kind, TokenKind::Word))
            | u8::from(
                !may_be_descriptor(seg.class(before)) && !noun_before_title(text, seg, before),
            );
        if failed != 0 {
            idx += 1;
            continue;
        }
        let mut k = start;
        while k > floor
            && start - k < 4
            && seg.tokens[k - 1].kind == TokenKind::Word
            && is_descriptor_at(text, seg, k - 1)
        {
            k -= 1;
        }
        if k == start {
            idx += 1;
            continue;
        }
        // "an angry Hollande": an article may open the description.
        if k > floor
            && seg.tokens[k - 1].kind == TokenKind::Word
            && matches!(
                seg.word(text, k - 1),
                "a" | "an" | "the" | "A" | "An" | "The"
            )
        {
            k -= 1;
        }
        let mut new_start = opens_clause(k).then_some(k);
        // "Trump spokesperson Ron Lieberman": a name before the description
        // that itself opens the clause joins the mention.
        if let (None, Some(p)) = (new_start, prev.filter(|&p| out[p].mention.tokens.end == k)) {
            let prev_start = out[p].mention.tokens.start;
            let roles = (k..start).all(|r| {
                let class = seg.class(r);
                class.is_title() || class.is_source_noun() || noun_before_title(text, seg, r)
            });
            if roles && opens_clause(prev_start) && !out[p].mention.possessive {
                new_start = Some(prev_start);
                out[p].dead = true;
                any_dead = true;
            }
        }
        if let Some(k) = new_start {
            let m = &mut out[idx].mention;
            m.tokens.start = k;
            m.span.start = seg.tokens[k].span.start;
        }
        idx += 1;
    }
    any_dead
}

/// A nominal source spanning `tokens` (a non-empty range of words).
fn phrase_candidate<'t>(
    text: &'t str,
    seg: &Segmentation,
    tokens: Range<usize>,
    gender: Gender,
) -> Candidate<'t> {
    let span = Span::new(
        seg.tokens[tokens.start].span.start,
        seg.tokens[tokens.end - 1].span.end,
    );
    Candidate {
        dead: false,
        weak: false,
        mention: Draft {
            span,
            tokens,
            kind: MentionKind::Nominal,
            possessive: false,
            after_preposition: false,
        },
        key: nominal_key(span.as_str(text)),
        entity_kind: EntityKind::Nominal,
        gender,
        name_words: 0,
        headless: false,
        honorific: false,
        titled: false,
    }
}

/// The source named after an inverted cue when no name follows it
/// directly: “…,” said *one well-connected Democrat* familiar with…; and
/// the whole phrase after "according to" (an analysis by Lee Epstein).
/// `out[first_candidate..]` is the sentence's candidates, in order;
/// `heads` its tokens of [`Segmentation::heads`], among which are its
/// speech cues and the "to" of "according to", and `quotes` the tokens of
/// its quotations (in a novel).
#[allow(clippy::too_many_arguments)] // (the sentence, its context and the output)
fn sources_after_cues<'t>(
    text: &'t str,
    seg: &Segmentation,
    tokens: Range<usize>,
    (heads, quotes): (&[usize], &[usize]),
    first_candidate: usize,
    genre: Genre,
    cast: &Cast<'_>,
    out: &mut Vec<Candidate<'t>>,
) {
    let mut added = Vec::new();
    let nominal = |from: usize, end: usize| phrase_candidate(text, seg, from..end, Gender::Unknown);
    let fiction = genre == Genre::Fiction;
    // (only speech cues and the "to" of "according to" matter, and in
    // fiction also a verb of dialogue: “…?” inquired the turnkey; their
    // classes and the class of the token before them say which heads
    // they are, as "according" may head a report)
    let cues_and_to = heads.iter().copied().filter(|&c| {
        let class = seg.class(c);
        c > tokens.start
            && (class.cue_class() == Some(lexicon::CueClass::Speech)
                || (fiction && class.is_dialogue_verb())
                || seg.class(c - 1).may_head_report())
    });
    // (in fiction, also any verb in -ed right after a quotation, which the
    // tag reads as a verb of speaking: “…!” fumed the old lady)
    let verb_after_quote = |c: usize| {
        fiction
            && c > tokens.start
            && matches!(seg.tokens[c - 1].kind, TokenKind::Quote(_))
            && seg.tokens[c].kind == TokenKind::Word
            && seg.class(c).cue_class().is_none()
            && !seg.class(c).is_dialogue_verb()
            && {
                let w = seg.word(text, c);
                lexicon::has_past_ending(w) && w.bytes().all(|b| b.is_ascii_lowercase())
            }
    };
    // (the tokens after the sentence's quotations)
    let verbs_after_quotes = quotes
        .iter()
        .map(|&quote| quote + 1)
        .filter(|&c| c < tokens.end && verb_after_quote(c));
    for c in cues_and_to.chain(verbs_after_quotes) {
        let class = seg.class(c);
        let token = seg.tokens[c];
        let speech = class.cue_class() == Some(lexicon::CueClass::Speech)
            || (fiction && token.kind == TokenKind::Word && class.is_dialogue_verb())
            || verb_after_quote(c);
        if !speech && token.span.len() != 2 || token.kind != TokenKind::Word {
            continue;
        }
        let from = c + 1;
        if from >= tokens.end || seg.tokens[from].kind != TokenKind::Word {
            continue;
        }
        if seg.tokens[c].span.len() == 2
            && seg.bytes(text, c) == b"to"
            && seg.bytes(text, c - 1).eq_ignore_ascii_case(b"according")
        {
            let at = |t: usize| starting(out, first_candidate, t).is_some();
            let taken = at(from) || (at(from + 1) && matches!(seg.word(text, from), "the" | "The"));
            if taken {
                continue;
            }
            let mut end = from;
            while end < tokens.end && end - from < 12 && seg.tokens[end].kind == TokenKind::Word {
                end += 1;
            }
            let first = seg.word(text, from);
            // "according to plan" is not a source.
            if end - from >= 2 || is_upper_word(first) || first.ends_with('s') {
                added.push(nominal(from, end));
            }
            continue;
        }
        if !speech {
            continue;
        }
        let inverted = matches!(seg.tokens[c - 1].kind, TokenKind::Quote(_))
            || (seg.tokens[c - 1].kind == TokenKind::Punct && seg.is_byte(text, c - 1, b','));
        if !inverted {
            continue;
        }
        if let Some(k) = covering(out, first_candidate, from) {
            // (a description found already may still run on to one the
            // cast lists: said the lady who had been a nurse)
            let found = &out[k].mention;
            if found.kind == MentionKind::Nominal && found.tokens.start == from {
                let end = found.tokens.end;
                if let Some(listed) = listed_description(text, seg, from, end, tokens.end, cast) {
                    for c in out.iter_mut().skip(first_candidate) {
                        if (end..listed).contains(&c.mention.tokens.start) {
                            c.dead = true;
                        }
                    }
                    out[k] = phrase_candidate(text, seg, from..listed, out[k].gender);
                }
            }
            continue;
        }
        // In fiction, a noun of the household or the family alone after
        // the inverted tag is the name its members call someone by:
        // “…,” said nanny; “…,” said mother softly.
        if fiction && lexicon::is_household_name_noun(seg.word(text, from)) {
            let closes = from + 1 >= tokens.end
                || seg.tokens[from + 1].kind != TokenKind::Word
                || seg.class(from + 1).is_preposition()
                || lexicon::is_ly_adverb(seg.word(text, from + 1));
            if closes {
                let gender =
                    lexicon::person_noun_gender(seg.word(text, from)).unwrap_or(Gender::Unknown);
                added.push(phrase_candidate(text, seg, from..from + 1, gender));
            }
            continue;
        }
        // Only a phrase opened by a determiner (said a 2008 Clinton veteran);
        // a name after descriptor words alone (said retired Gen. Mick
        // Bednarek) is extended by extend_with_descriptors instead.
        if !seg.class(from).is_source_determiner() {
            continue;
        }
        let mut end = from;
        let mut absorbed = Vec::new();
        while end < tokens.end && end - from < 8 && seg.tokens[end].kind == TokenKind::Word {
            let w = seg.word(text, end);
            let class = seg.class(end);
            // (nor an adverb after the noun: said the King eagerly)
            // (nor one of time or degree: said his aunt soon afterwards,
            // said the policeman very gravely)
            let adverb = end > from + 1
                && (w.len() > 4 && w.ends_with("ly") && !class.is_source_noun()
                    || lexicon::is_time_or_degree_adverb(w));
            // A name inside the phrase is part of it: a 2008 *Clinton* veteran.
            // (even one whose first word is a verb: the *Mock Turtle*)
            // (but not a relative pronoun: said the lady who had…)
            if let Some(k) = starting(out, first_candidate, end)
                .filter(|&k| end == from || out[k].mention.kind != MentionKind::Pronoun)
            {
                absorbed.push(k);
                end = out[k].mention.tokens.end.min(tokens.end);
                continue;
            }
            // (a cue word right after the determiner is its noun: said
            // the voice through the key-hole; in a novel, so is one that
            // ends the phrase: said a heavy voice, said a stern voice
            // behind him)
            let cue_is_verb = || !(fiction && ends_phrase(text, seg, end + 1, tokens.end));
            if end > from
                && (class.is_preposition()
                    || matches!(w, "who" | "which" | "that" | "as" | "known" | "named")
                    || class.cue_class().is_some() && end > from + 1 && cue_is_verb()
                    || adverb)
            {
                break;
            }
            end += 1;
        }
        // In a novel, adjectives listed with commas go on to their noun:
        // said a firm, child's voice; came the thin, biting voice.
        if fiction {
            if let Some(noun) = noun_after_adjective_list(text, seg, from, end, tokens.end) {
                end = noun + 1;
            }
            if let Some(stop) = identifying_phrase_end(text, seg, end, tokens.end) {
                end = stop;
            }
        }
        // A description the cast lists whole runs on over the words after
        // its noun: said the gentleman in the white waistcoat.
        if let Some(listed) = listed_description(text, seg, from, end, tokens.end, cast) {
            for (k, c) in out.iter_mut().enumerate().skip(first_candidate) {
                if (end..listed).contains(&c.mention.tokens.start) && !absorbed.contains(&k) {
                    c.dead = true;
                }
            }
            for k in absorbed {
                out[k].dead = true;
            }
            added.push(nominal(from, listed));
            continue;
        }
        // said the flag was removed: a clause, not a source.
        // (said the approach put forward by Trump is insufficient)
        // (but an auxiliary after "who" is the relative clause's: said
        // the lady who had been a nurse)
        let relative_follows = end < tokens.end
            && seg.tokens[end].kind == TokenKind::Word
            && matches!(seg.bytes(text, end), b"who" | b"whom" | b"whose");
        let clause_follows = !relative_follows
            && (from + 1..tokens.end.min(from + 12))
                .take_while(|&i| seg.tokens[i].kind == TokenKind::Word)
                .any(|i| lexicon::is_auxiliary(seg.bytes(text, i)));
        // The phrase must end in a noun, not in the name it contains.
        if clause_follows
            || end == from
            || absorbed
                .last()
                .is_some_and(|&k| out[k].mention.tokens.end == end)
        {
            continue;
        }
        for k in absorbed {
            out[k].dead = true;
        }
        added.push(nominal(from, end));
    }
    if !added.is_empty() {
        out.extend(added);
        out[first_candidate..].sort_by_key(|c| c.mention.tokens.start);
    }
}

/// Whether the phrase before token `i` ends there: at the end of the
/// sentence, at punctuation, or at a preposition (a voice *behind* him).
fn ends_phrase(text: &str, seg: &Segmentation, i: usize, limit: usize) -> bool {
    i >= limit
        || seg.tokens[i].kind != TokenKind::Word
        || seg.class(i).is_preposition()
        || matches!(seg.word(text, i), "and" | "but")
}

/// The noun of a description whose adjectives are listed with commas,
/// when the description after a tag stopped at the first comma (`end`,
/// one word after the determiner at `from`): a firm*,* child's *voice*.
/// The word before the comma must be no noun (the girl, smiling), and
/// the noun, within two words after it, a person or a voice, ending the
/// phrase.
fn noun_after_adjective_list(
    text: &str,
    seg: &Segmentation,
    from: usize,
    end: usize,
    limit: usize,
) -> Option<usize> {
    if end != from + 2 || end + 1 >= limit || !seg.is_byte(text, end, b',') {
        return None;
    }
    let adjective = seg.word(text, from + 1);
    let class = seg.class(from + 1);
    if !adjective.starts_with(|c: char| c.is_ascii_lowercase())
        || class.is_source_noun()
        || lexicon::person_noun_gender(adjective).is_some()
        || matches!(
            adjective,
            "other" | "others" | "one" | "first" | "second" | "third"
        )
    {
        return None;
    }
    (end + 1..limit.min(end + 3))
        .take_while(|&i| {
            seg.tokens[i].kind == TokenKind::Word
                && seg
                    .bytes(text, i)
                    .first()
                    .is_some_and(u8::is_ascii_lowercase)
        })
        .find(|&i| {
            let word = seg.word(text, i);
            (lexicon::person_noun_gender(word).is_some()
                || seg.class(i).is_source_noun()
                || word == "voice")
                && ends_phrase(text, seg, i + 1, limit)
        })
}

/// The end of a phrase of place or dress that identifies the person a
/// description after a tag names, when it closes the clause: said the
/// gentleman *in the white waistcoat*. A novel names its minor speakers
/// so; a phrase with "a" tells the manner of speaking instead (in a low
/// voice, with a smile), and so does one of tone or manner.
fn identifying_phrase_end(
    text: &str,
    seg: &Segmentation,
    at: usize,
    limit: usize,
) -> Option<usize> {
    if at + 2 >= limit
        || seg.tokens[at].kind != TokenKind::Word
        || !matches!(seg.word(text, at), "in" | "with" | "at" | "of" | "from")
        || seg.tokens[at + 1].kind != TokenKind::Word
        || seg.word(text, at + 1) != "the"
    {
        return None;
    }
    let words = (at + 2..limit.min(at + 5))
        .take_while(|&i| {
            seg.tokens[i].kind == TokenKind::Word
                && seg
                    .bytes(text, i)
                    .first()
                    .is_some_and(u8::is_ascii_lowercase)
        })
        .count();
    let stop = at + 2 + words;
    let manner = (at + 2..stop).any(|i| {
        matches!(
            seg.word(text, i),
            "same" | "tone" | "voice" | "way" | "manner" | "whisper" | "end" | "time" | "moment"
        ) || seg.class(i).is_preposition()
    });
    (words > 0 && !manner && (stop >= limit || seg.tokens[stop].kind != TokenKind::Word))
        .then_some(stop)
}

/// The end of the longest run of words from `from`, past `end` (where the
/// description after a cue stopped, at a preposition or relative: the
/// gentleman *in*…, the lady *who*…) and at most six words further, that
/// the cast lists as an alias: a novel names minor speakers by such
/// descriptions (the gentleman in the white waistcoat), which no rule for
/// noun phrases can tell from a phrase of place.
fn listed_description(
    text: &str,
    seg: &Segmentation,
    from: usize,
    end: usize,
    limit: usize,
    cast: &Cast<'_>,
) -> Option<usize> {
    if cast.is_empty() || end <= from || end >= limit {
        return None;
    }
    let last = (end..limit.min(end + 6))
        .take_while(|&i| seg.tokens[i].kind == TokenKind::Word)
        .last()?;
    let mut words = String::new();
    let mut lengths = Vec::new();
    for i in from..=last {
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(seg.word(text, i));
        lengths.push(words.len());
    }
    (end + 1..=last + 1).rev().find(|&stop| {
        cast.by_alias(&NameKey::new(&words[..lengths[stop - 1 - from]]))
            .is_some()
    })
}

/// Steps back from token `k` over what may stand between a subject and its
/// verb: auxiliaries and adverbs (has also) and phrases of time (on
/// Tuesday, last week). Returns the new position (never below `from`).
/// Walks back from `k` (the token after a noun phrase) across the
/// prepositional phrases that modify it — delegates *at the convention in
/// Philadelphia* said; six *in 10* said — to the token after the head noun.
/// Returns `k` when no such phrase ends there.
pub(crate) fn skip_back_over_prepositions(
    text: &str,
    seg: &Segmentation,
    k: usize,
    from: usize,
) -> usize {
    let mut head = k;
    let mut j = k;
    // (a participle right before the verb modifies the noun: new polls
    // *released* Sunday showed…)
    if k > from + 1
        && seg.tokens[k - 1].kind == TokenKind::Word
        && seg.tokens[k - 2].kind == TokenKind::Word
    {
        let w = seg.word(text, k - 1);
        if lexicon::has_past_ending(w) && w.chars().all(|ch| ch.is_lowercase()) {
            head = k - 1;
            j = k - 1;
        }
    }
    // (most subjects have no preposition among the words before the verb:
    // the classes alone tell, read over the words the walk below may
    // read, without the tests of each word that the walk asks)
    let lowest = from.max(k.saturating_sub(12));
    let reach = lowest..j.max(lowest);
    let no_preposition = !seg.tokens[reach.clone()]
        .iter()
        .zip(&seg.classes[reach])
        .rev()
        .take_while(|(token, _)| token.kind == TokenKind::Word)
        .any(|(_, class)| class.is_preposition());
    if no_preposition {
        return head;
    }
    while j > from && k - j < 12 {
        let i = j - 1;
        if seg.tokens[i].kind != TokenKind::Word {
            break;
        }
        // (its bytes, compared; the text cut out for the few tests of
        // its letters)
        let w = seg.bytes(text, i);
        let class = seg.class(i);
        // (a subordinator opens a clause, not a modifier: a bill faced
        // dismal prospects *after* the governor suggested…; the class bit
        // first, which every subordinator has and most words lack)
        if class.links_clauses() && lexicon::is_subordinator(w) {
            break;
        }
        if class.is_preposition() && !super::compares_quantity(text, seg, i, from) {
            let modifies_word = i > from
                && seg.tokens[i - 1].kind == TokenKind::Word
                && !seg.class(i - 1).is_preposition();
            // (an adjective that takes the preposition belongs to the
            // modifier: a source *close to* him, officials *familiar with*…)
            let adjective = modifies_word
                && i - 1 > from
                && seg.tokens[i - 2].kind == TokenKind::Word
                && lexicon::is_postnominal_adjective(seg.word(text, i - 1));
            if !modifies_word || (w == b"to" && !adjective) {
                break;
            }
            head = i;
            // A participle before it belongs to the modifier too: a poll
            // *conducted* by…, records *compiled* by…
            let before = seg.word(text, i - 1);
            if adjective
                || (i - 1 > from
                    && before.len() > 4
                    && before.ends_with("ed")
                    && before.chars().all(|ch| ch.is_lowercase())
                    && seg.tokens[i - 2].kind == TokenKind::Word)
            {
                head = i - 1;
                j = i - 1;
                continue;
            }
        } else if (class.cue_class().is_some()
            // (a cue after a determiner is a noun: officials in the
            // state, a poll of two states)
            && !(i > from
                && seg.tokens[i - 1].kind == TokenKind::Word
                && seg.class(i - 1).is_source_determiner()))
            || lexicon::is_auxiliary(w)
            // (a past verb with an object: the bill faced dismal prospects of…)
            || (w.len() > 4
                && w.ends_with(b"ed")
                && seg.word(text, i).chars().all(|ch| ch.is_lowercase())
                && i + 1 < k
                && !seg.class(i + 1).is_preposition())
            || class.is_conjunction()
            || matches!(w, b"that" | b"who" | b"which" | b"when" | b"where")
            || class.subject_pronoun().is_some()
        {
            break;
        }
        j -= 1;
    }
    head
}

/// The token after the closing comma of a parenthetical phrase that the
/// comma at token `comma` opens: a sentence adverb set off by commas (,
/// however,) or one of the phrases of [`lexicon::is_parenthetical_phrase`]
/// (, for example,). `None` if the comma opens none.
pub(crate) fn parenthetical_after(text: &str, seg: &Segmentation, comma: usize) -> Option<usize> {
    let is_word = |i: usize| seg.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let is_comma = |i: usize| {
        seg.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && seg.bytes(text, i) == b",")
    };
    if !is_comma(comma) || !is_word(comma + 1) {
        return None;
    }
    if lexicon::is_sentence_adverb(seg.bytes(text, comma + 1)) && is_comma(comma + 2) {
        return Some(comma + 3);
    }
    (is_word(comma + 2)
        && is_comma(comma + 3)
        && lexicon::is_parenthetical_phrase(seg.bytes(text, comma + 1), seg.bytes(text, comma + 2)))
    .then_some(comma + 4)
}

/// The comma that opens a parenthetical phrase ([`parenthetical_after`])
/// whose closing comma is right before token `t`, if one does.
pub(crate) fn parenthetical_before(text: &str, seg: &Segmentation, t: usize) -> Option<usize> {
    // (the closing comma asked first: most tokens follow none)
    let closed =
        t > 0 && seg.tokens[t - 1].kind == TokenKind::Punct && seg.bytes(text, t - 1) == b",";
    if !closed {
        return None;
    }
    (t.saturating_sub(4)..t.saturating_sub(2))
        .rev()
        .find(|&comma| parenthetical_after(text, seg, comma) == Some(t))
}

pub(crate) fn skip_back_to_subject(
    text: &str,
    seg: &Segmentation,
    mut k: usize,
    from: usize,
) -> usize {
    let is_word = |i: usize| seg.tokens[i].kind == TokenKind::Word;
    let mut steps = 0;
    while k > from && steps < 6 {
        if !is_word(k - 1) {
            // (Cement makers, for instance, argue: past a parenthetical)
            match parenthetical_before(text, seg, k).filter(|&comma| comma > from) {
                Some(comma) if steps == 0 => {
                    k = comma;
                    steps += 1;
                    continue;
                }
                _ => break,
            }
        }
        let class = seg.class(k - 1);
        if class.is_temporal_noun() {
            k -= 1;
            steps += 1;
            let mut lead = 0;
            while k > from && lead < 3 && is_word(k - 1) && seg.class(k - 1).is_temporal_lead() {
                k -= 1;
                lead += 1;
            }
        } else if (class.is_verb_modifier()
            // (the bytes only compared, and only when the class says no)
            || matches!(seg.bytes(text, k - 1), b"here" | b"there"))
            && class.subject_pronoun().is_none()
        {
            k -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    k
}
