//! Resolution: the mentions found, in text order, joined into entities.
//!
//! A full name makes an entity; a surname alone refers back (or ahead) to
//! the full name with that surname; a pronoun refers to the most recent
//! compatible entity; a known speaker's name or alias resolves to that
//! speaker.

use super::*;

/// The name of a novel's narrator until the dialogue tells it: the
/// entity of the narration's "I" (a name, not the pronoun, so that a
/// speaker's name always says who speaks).
pub(crate) const NARRATOR: &str = "Narrator";

/// The entity of a novel's narration "I" among `entities`, if there is
/// one (see [`NARRATOR`]).
pub(crate) fn narrator_entity(entities: &[Entity]) -> Option<usize> {
    entities
        .iter()
        .position(|e| e.name == NARRATOR && e.kind == EntityKind::Person)
}

pub(super) fn compatible(a: Gender, b: Gender) -> bool {
    a == b || a == Gender::Unknown || b == Gender::Unknown
}

/// What [`resolve`] is told of a novel, found with its candidates.
pub(super) struct Novel<'a, 't> {
    /// The tokens of its quotations, in order.
    pub(super) quote_tokens: &'a [usize],
    /// The title each person's name is written after
    /// ([`title_before_name`]), by the candidate's number, in order.
    pub(super) titles: &'a [(usize, &'t str)],
}

/// The mentions of `candidates` and their entities (`novel` for a novel,
/// `None` in other genres).
pub(super) fn resolve<'t>(
    text: &'t str,
    seg: &Segmentation,
    candidates: &[Candidate<'t>],
    mentions: Vec<Mention>,
    tables: &mut EntityTables,
    cast: &Cast<'_>,
    novel: Option<Novel<'_, 't>>,
) -> Mentions {
    let fiction = novel.is_some();
    // (in the news, the office each person's name is written after, by
    // the candidate's number, in order, found with the names' keys: see
    // office_before_name)
    let mut offices: Vec<(usize, &'t str)> = Vec::new();
    // (a novel's narrator: the entity of the narration's "I")
    let mut narrator: Option<usize> = None;
    // (at most one entity per candidate: no growing on the way; each named
    // by borrowed text, so that only the entities that are kept get a name
    // and a list of mentions of their own)
    let mut entities: Vec<Found<'_>> = relabel(std::mem::take(&mut tables.found));
    entities.reserve(candidates.len());
    // Each name key of the document numbered once, with what is known of
    // the name (its entity, the full names it is the surname of, …): a
    // key is hashed once where it is met, not once per table asked.
    let mut names: Names<'_> = std::mem::take(&mut tables.names).relabel();
    names.clear(candidates.len());
    // (the number of each candidate's key, as NameKey::new keys it, for
    // the names, and any candidate with an honorific or of a full name;
    // usize::MAX for the others: a description's key is numbered as it
    // is, not folded, where it is met)
    let mut key_ids = reuse(std::mem::take(&mut tables.key_ids), candidates.len());
    // (known speakers come first, so their names win)
    let mut known_entity: FxHashMap<usize, usize> = FxHashMap::default();
    // (a given name that several listed speakers share: the one whose
    // surname the text uses most)
    let shared_given = if cast.by_given.values().any(|sharing| sharing.len() > 1) {
        let mut uses: FxHashMap<NameKey<'_>, usize> = FxHashMap::default();
        for c in candidates
            .iter()
            .filter(|c| c.mention.kind == MentionKind::Name)
        {
            *uses.entry(NameKey::new(surname(&c.key))).or_default() += 1;
        }
        cast.shared_given_names(&uses)
    } else {
        FxHashMap::default()
    };
    // The one full name of a surname that fits a gender, if one does.
    let mut one_of_gender = std::mem::take(&mut tables.one_of_gender);
    one_of_gender.clear();
    for (idx, c) in candidates.iter().enumerate() {
        let full_name = c.entity_kind == EntityKind::Person && c.name_words >= 2;
        if c.mention.kind != MentionKind::Name && !c.honorific && !full_name {
            key_ids.push(usize::MAX);
            continue;
        }
        // (the words of an ASCII name are ASCII: keys without asking)
        let (id, ascii) = names.name_id(&c.key);
        key_ids.push(id);
        // (a person's name in the news written in more tokens than its
        // words, the title of an office among them: Florida Sen. Marco
        // Rubio)
        let tokens = &c.mention.tokens;
        if !fiction
            && c.entity_kind == EntityKind::Person
            && tokens.len() > usize::from(c.name_words)
            && (tokens.start..tokens.end - 1).any(|t| seg.class(t).is_office_title())
        {
            offices.extend(office_before_name(text, seg, &c.mention).map(|office| (idx, office)));
        }
        // (the key of the name's surname, made only if it was not looked
        // up before)
        let surname_key = || NameKey::part(surname(&c.key), ascii);
        if c.honorific && c.key.starts_with("Miss ") {
            let family = names.last_word_id(id, surname_key);
            names[family].after_miss = true;
        }
        if fiction && c.honorific && c.gender == Gender::Male {
            let family = names.last_word_id(id, surname_key);
            let only = names[family].honoured_man.get_or_insert(Some(idx));
            if only.is_some_and(|at| key_ids[at] != id) {
                *only = None;
            }
        }
        if !full_name {
            continue;
        }
        // (the key cut at its first space once, for the saint and the
        // given name)
        let given = split_at_space(&c.key).map(|(given, _)| given);
        // (a saint's name is no given name and surname: Paul alone is
        // not St. Paul, whose name a church takes)
        if !given.is_some_and(is_saint) {
            let family = names.last_word_id(id, surname_key);
            // (multi-word person names by surname, for back (and
            // forward) references)
            names.add_full_name(family, idx);
            if let Some(given) = given {
                // (None once two different full names open with it)
                let given = names.first_word_id(id, || NameKey::part(given, ascii));
                let only = names[given].opens.get_or_insert(Some(idx));
                if only.is_some_and(|at| key_ids[at] != id) {
                    *only = None;
                }
            }
        }
    }
    names.lay_out_full_names();
    // (the titles of the candidates not resolved yet: in a novel, by
    // title_before_name; in the news, by their offices)
    let all_titles = match &novel {
        Some(novel) => novel.titles,
        None => &offices[..],
    };
    let mut titles = all_titles;
    let quote_tokens = novel.map_or(&[][..], |novel| novel.quote_tokens);
    count_place_uses(text, seg, candidates, &key_ids, &mut names, fiction);
    // (each candidate's mention, added as the candidate is resolved: those
    // before the candidate at hand are)
    let mut mentions: Vec<Mention> = reuse(mentions, candidates.len());
    fn new_entity<'n>(
        entities: &mut Vec<Found<'n>>,
        name: &'n str,
        kind: EntityKind,
        gender: Gender,
    ) -> usize {
        entities.push(Found {
            name,
            kind,
            gender,
            confirmed: false,
            first: usize::MAX,
            mentions: 0,
            number: None,
            votes: (0, 0),
        });
        entities.len() - 1
    }
    // (in a novel, the sentence of each candidate's mention, beside
    // `candidates`, by one walk on through the sentences)
    let mut sentence_of: Vec<usize> = Vec::new();
    if fiction {
        let mut walk = SentenceWalk::default();
        sentence_of.extend(
            candidates
                .iter()
                .map(|c| walk.sentence_of(&seg.sentences, c.mention.tokens.start)),
        );
    }
    // (the sentence of each pronoun, by a walk of its own)
    let mut pronoun_walk = SentenceWalk::default();
    let mut gender_votes = GenderVotes::default();
    for (idx, c) in candidates.iter().enumerate() {
        let mention = &c.mention;
        let resolved = &mentions[..];
        if fiction {
            let s = sentence_of[idx];
            if let Some(e) = gender_votes.voted_for(seg, quote_tokens, s, mention, &c.key) {
                if let Some(found) = entities.get_mut(e) {
                    match c.gender {
                        Gender::Male => found.votes.0 += 1,
                        Gender::Female => found.votes.1 += 1,
                        _ => {}
                    }
                }
            }
        }
        // (in the news, whether the candidate is a surname alone that
        // goes to a full name written only later, ahead)
        let mut named_ahead = false;
        let entity = match mention.kind {
            MentionKind::Pronoun if fiction && mention.span.as_str(text) == "I" => {
                Some(*narrator.get_or_insert_with(|| {
                    new_entity(&mut entities, NARRATOR, EntityKind::Person, Gender::Unknown)
                }))
            }
            MentionKind::Pronoun => resolve_pronoun(
                resolved,
                &entities,
                (&c.key, c.gender, c.headless),
                (
                    text,
                    seg,
                    pronoun_walk.sentence_of(&seg.sentences, mention.tokens.start),
                    mention.tokens.start,
                ),
                !fiction,
            ),
            MentionKind::Nominal => {
                // (a description the cast lists as someone's alias: the
                // old gentleman is Mr. Brownlow; one that opens with its
                // determiner, not a name the finder also took as a name;
                // asked only when there is a cast, as most documents have none)
                let words = || mention.span.as_str(text);
                let determined = || {
                    words().split_whitespace().next().is_some_and(|first| {
                        lexicon::is_definite_determiner(first)
                            || first.eq_ignore_ascii_case("a")
                            || first.eq_ignore_ascii_case("an")
                    })
                };
                let known = (!cast.is_empty() && determined())
                    .then(|| {
                        cast.by_alias(&NameKey::new(words())).or_else(|| {
                            cast.by_alias(&NameKey::new(&introduced_as_known(words())?))
                        })
                    })
                    .flatten();
                // (in the news, a description by an office: the person
                // it is written beside, or the one last named with it;
                // asked only of a description whose last word is the
                // title of an office)
                let holder = mention
                    .tokens
                    .end
                    .checked_sub(1)
                    .filter(|&head| {
                        known.is_none() && !fiction && seg.class(head).is_office_title()
                    })
                    .and_then(|_| {
                        let passed = &all_titles[..all_titles.len() - titles.len()];
                        let found = &entities[..];
                        office_holder(
                            text, seg, candidates, idx, resolved, passed, &mut names, found,
                        )
                    });
                Some(match (holder, known) {
                    (Some(e), _) => e,
                    (None, Some(k)) => *known_entity.entry(k).or_insert_with(|| {
                        let speaker = &cast.known[k];
                        new_entity(
                            &mut entities,
                            &speaker.name,
                            EntityKind::Person,
                            speaker.gender,
                        )
                    }),
                    (None, None) => {
                        // (by the nominal's key as it is, compared ignoring
                        // ASCII case: see nominal_key)
                        let id = names.id(NameKey(Cow::Borrowed(&c.key)));
                        *names[id].description.get_or_insert_with(|| {
                            new_entity(
                                &mut entities,
                                mention.span.as_str(text),
                                EntityKind::Nominal,
                                c.gender,
                            )
                        }) as usize
                    }
                })
            }
            MentionKind::Name => {
                let id = key_ids[idx];
                // (a place, named alone: Bath, Longbourn; in Manhattan)
                let kind = if c.entity_kind == EntityKind::Person
                    && c.name_words == 1
                    && names[id].is_place()
                    && names.full_names(id).is_empty()
                    && names[id].opens.is_none()
                {
                    EntityKind::Organisation
                } else {
                    c.entity_kind
                };
                // (the name as written first, title and all: Major
                // Callendar is not the Callendar a list may give his wife)
                // (no speaker is known in most documents: then no
                // lookup, as every map of the cast, and the given names
                // shared in it, are empty)
                let known_hit = if cast.is_empty() {
                    None
                } else {
                    let folded = names.key(id);
                    cast.by_alias(&NameKey::new(mention.span.as_str(text)))
                        .or_else(|| cast.by_alias(folded))
                        .or_else(|| {
                            (c.name_words == 1 && !c.honorific)
                                .then(|| {
                                    cast.by_one_word(folded)
                                        .or(shared_given.get(folded).copied())
                                })
                                .flatten()
                        })
                        .or_else(|| {
                            // (Mr. Bennet: the one known Bennet who is a man;
                            // Mr. Crawford is Henry, not Mary Crawford)
                            c.honorific
                                .then(|| cast.of_family(&NameKey::new(surname(&c.key)), c.gender))
                                .flatten()
                        })
                };
                // (an honorific alone: the one last named with it,
                // Mademoiselle after Mademoiselle Reisz; in a novel, a
                // title too: the Major after Major Callendar)
                // (the one last named with it looked up before the word
                // is asked whether it is one word, an honorific or a
                // title, as most words were never written before a name)
                let lone_honorific = (c.entity_kind == EntityKind::Person && !c.honorific)
                    .then(|| names[id].honoured)
                    .flatten()
                    .filter(|_| {
                        !has_space(&c.key)
                            && (lexicon::honorific_gender(&c.key).is_some()
                                || (fiction && lexicon::is_title(&c.key)))
                    });
                if let Some(e) = lone_honorific.filter(|_| known_hit.is_none()) {
                    Some(e)
                } else if let Some(k) = known_hit {
                    let speaker = &cast.known[k];
                    Some(*known_entity.entry(k).or_insert_with(|| {
                        new_entity(
                            &mut entities,
                            &speaker.name,
                            EntityKind::Person,
                            speaker.gender,
                        )
                    }))
                } else if kind == EntityKind::Person && c.name_words == 1 {
                    // A surname alone: the most recent full name with it, else the first later one.
                    // (with an honorific, only the one full name of that
                    // gender: Mr. Bennet is none of the Bennet sisters)
                    let target = if c.honorific {
                        // (worked out once per surname and gender)
                        let family = names.last_word_id(id, || NameKey::new(surname(&c.key)));
                        let married = c.key.starts_with("Mrs");
                        let only = *one_of_gender.entry((family, c.gender)).or_insert_with(|| {
                            let mut fitting = names
                                .full_names(family)
                                .iter()
                                .copied()
                                .filter(|&at| compatible(candidates[at].gender, c.gender));
                            let first = fitting.next()?;
                            fitting
                                .all(|at| key_ids[at] == key_ids[first])
                                .then_some(first)
                        });
                        only.filter(|_| !(married && names[family].after_miss))
                    } else {
                        // (in a novel a woman goes by her given name or
                        // her title: Gregory alone is Robert Gregory, not
                        // Rosamond Gregory, and Captain Harville is no
                        // Fanny Harville, the only Harville the text names
                        // in full; news calls women by their surnames)
                        let list = names.full_names(id);
                        let not_a_woman = |&&at: &&usize| candidates[at].gender != Gender::Female;
                        let fits = |at: &&usize| !fiction || not_a_woman(at);
                        let before = list.partition_point(|&at| at < idx);
                        list[..before]
                            .iter()
                            .rev()
                            .find(fits)
                            .or_else(|| list.iter().find(fits))
                            .copied()
                            .or_else(|| {
                                // (a given name alone: the one full name
                                // it opens, Ralph → Ralph Denham; a name
                                // after a title is a surname, so Colonel
                                // Fitzwilliam is not Fitzwilliam Darcy)
                                if c.titled {
                                    return None;
                                }
                                names[id].opens.flatten()
                            })
                            .or_else(|| names[id].honoured_man.flatten())
                    };
                    named_ahead = !fiction && target.is_some_and(|at| at > idx);
                    // (a full name met before, where no speaker is known,
                    // went to the entity of its name: that one, without
                    // looking the name up again)
                    let met = target
                        .filter(|&at| {
                            at < idx
                                && cast.is_empty()
                                && candidates[at].entity_kind == EntityKind::Person
                                && candidates[at].name_words >= 2
                        })
                        .and_then(|at| resolved[at].entity);
                    let e = met.unwrap_or_else(|| {
                        let (key, key_id) = match target {
                            Some(at) => (&candidates[at].key, key_ids[at]),
                            None => (&c.key, id),
                        };
                        *names[key_id].entity.get_or_insert_with(|| {
                            new_entity(&mut entities, key, EntityKind::Person, c.gender)
                        }) as usize
                    });
                    Some(e)
                } else if kind == EntityKind::Organisation {
                    // (one lookup of the name, whether or not it is new)
                    let e = match names[id].entity {
                        Some(known) => known,
                        None => {
                            // "The Post" after "The New York Post".
                            let multi_word = has_space(names.key(id).as_str());
                            let earlier = (!multi_word)
                                .then(|| names[id].organisation_ending)
                                .flatten();
                            match earlier {
                                Some(e) => e,
                                None => {
                                    let e = new_entity(
                                        &mut entities,
                                        &c.key,
                                        EntityKind::Organisation,
                                        Gender::Other,
                                    );
                                    if multi_word {
                                        let last = names
                                            .last_word_id(id, || NameKey::new(surname(&c.key)));
                                        names[last].organisation_ending = Some(e);
                                    }
                                    names[id].entity = Some(e);
                                    e
                                }
                            }
                        }
                    };
                    Some(e)
                } else {
                    Some(*names[id].entity.get_or_insert_with(|| {
                        new_entity(&mut entities, &c.key, EntityKind::Person, c.gender)
                    }) as usize)
                }
            }
        };
        // (the person last named with an honorific, by the honorific)
        if let (Some(e), true) = (entity, c.honorific) {
            if let Some((title, _)) = split_at_space(&c.key) {
                let title = names.first_word_id(key_ids[idx], || NameKey::new(title));
                names[title].honoured = Some(e);
            }
        }
        // (and by the title its name is written after: Major Callendar,
        // then the Major; in the news, by its office: Florida Sen. Marco
        // Rubio, then the senator)
        // (the candidates with one are in order: the next is this one or
        // a later one)
        // (in the news, not by a surname alone that went to a full name
        // written only later: President Obama, before Michelle Obama, may
        // be another Obama)
        if let Some((&(_, title), rest)) = titles.split_first().filter(|((at, _), _)| *at == idx) {
            titles = rest;
            if let (Some(e), EntityKind::Person, false) = (entity, c.entity_kind, named_ahead) {
                names.honour(NameKey::new(title), e);
            }
        }
        if let Some(e) = entity {
            let found = &mut entities[e];
            found.confirmed |= !c.weak;
            // (the entity's mentions are filled in at the end, each list
            // made room for at once, by their number)
            if found.mentions == 0 {
                found.first = mention.span.start;
            }
            found.mentions += 1;
            if mention.kind == MentionKind::Name && found.gender == Gender::Unknown {
                found.gender = c.gender;
            }
            if fiction && mention.kind == MentionKind::Name && found.kind == EntityKind::Person {
                gender_votes.named(mention, e);
            }
        }
        mentions.push(mention.resolved(entity));
    }
    // Entities in order of first mention; those only ever named by a weak
    // mention ("Neutral paragraph.") are not entities after all. (Each
    // kept entity's list of mentions is made room for at once, by their
    // number.)
    // (most documents make each entity at its first mention, so that
    // they are in that order already: numbered in one pass, and sorted
    // only if they are not)
    let mut order = reuse(std::mem::take(&mut tables.order), entities.len());
    let mut in_order = true;
    let mut last_first = 0;
    for (e, found) in entities.iter_mut().enumerate() {
        if found.confirmed {
            in_order &= found.first >= last_first;
            last_first = found.first;
            found.number = Some(order.len());
            order.push(e);
        }
    }
    if !in_order {
        // (the index breaks ties as a stable sort would, without the
        // buffer a stable sort allocates)
        order.sort_unstable_by_key(|&e| (entities[e].first, e));
        for (new, &old) in order.iter().enumerate() {
            entities[old].number = Some(new);
        }
    }
    tables.most = tables.most.max(order.len());
    // (collected, not pushed: each entity is written in place, where a
    // push copied it from the stack, reading back in one load the two
    // bytes of kind and gender just stored apart, which stalled)
    let spare = &mut tables.spare;
    // (the room of a new entity's list of mentions: in a document of its
    // own, just its mentions, most one to three spans; SPARE_MENTIONS
    // spans, 128 bytes, are past the sizes glibc keeps in its fast lists,
    // and cost more to allocate and free)
    let spare_mentions = if tables.one_document {
        0
    } else {
        SPARE_MENTIONS
    };
    let mut kept: Vec<Entity> = order
        .iter()
        .map(|&old| {
            let found = &entities[old];
            let (name, spans) = match spare.pop() {
                // (the name and list of mentions of an entity given back,
                // empty, refilled)
                Some(Entity {
                    mut name,
                    mentions: mut spans,
                    ..
                }) => {
                    name.push_str(found.name);
                    spans.reserve(found.mentions);
                    (name, spans)
                }
                // (room for most names and lists of mentions, so that the
                // spares of a workspace seldom have to grow for the next
                // document's)
                None => {
                    let mut name = String::with_capacity(found.name.len().max(SPARE_NAME));
                    name.push_str(found.name);
                    (name, Vec::with_capacity(found.mentions.max(spare_mentions)))
                }
            };
            Entity {
                name,
                kind: found.kind,
                gender: found.gender_or_voted(),
                mentions: spans,
            }
        })
        .collect();
    number_mentions(&mut mentions, &entities, &mut kept);
    tables.found = relabel(entities);
    tables.names = names.relabel();
    tables.key_ids = reuse(key_ids, 0);
    tables.one_of_gender = one_of_gender;
    tables.order = reuse(order, 0);
    Mentions {
        mentions,
        entities: kept,
    }
}

/// Gives each of `mentions` the number of its entity among those kept
/// (by [`Found::number`]; none if its entity is not kept), and adds the
/// mention's span to that entity of `kept`.
// (out of line: in a function of its own the walk keeps its state in
// registers, where inside resolve it read it back from the stack at each
// mention)
#[inline(never)]
fn number_mentions(mentions: &mut [Mention], entities: &[Found<'_>], kept: &mut [Entity]) {
    for m in mentions {
        m.entity = m.entity.and_then(|e| entities[e].number);
        if let Some(e) = m.entity {
            kept[e].mentions.push(m.span);
        }
    }
}

/// The title (no honorific) that a person's mention writes their name
/// after, without its full stop: Major of Major Callendar.
// (not inlined: asked in novels only)
#[inline(never)]
pub(super) fn title_before_name<'t>(
    text: &'t str,
    seg: &Segmentation,
    mention: &Draft,
) -> Option<&'t str> {
    // (a mention of one token has no white space in it, so no title before
    // a name: most names in a novel are one word, Elizabeth, Darcy)
    if mention.tokens.len() < 2 {
        return None;
    }
    let words = name_words(strip_possessive(mention.span.as_str(text)).0);
    let (title, rest) = split_at_whitespace(words)?;
    if rest.is_empty() {
        return None;
    }
    let title = title.trim_end_matches('.');
    // (a title written as the mention's first token has that token's
    // class: Mr. as Mr, no lookup of its text; a description before the
    // name, poor Major Callendar, puts it further on)
    let class = class_of_word_at(text, seg, mention.tokens.start, title);
    (class.is_title() && class.honorific_gender().is_none()).then_some(title)
}

/// In the news, the office ([`lexicon::office`]) that a person's mention
/// writes their name after, as the key it is honoured by: "senator" of
/// Florida Sen. Marco Rubio, "former secretary" of Former Secretary of
/// State Hillary Clinton (and of former Sen. Jim Webb, whose "former" the
/// mention leaves out), "vice president" of Vice President Joe Biden,
/// none of White House press secretary Josh Earnest. The title nearest
/// the name decides, among the titles, full stops and "of"s just before
/// it (Secretary of State; not Justice, a department's, in Justice
/// Department spokesman Peter Carr).
// (not inlined: asked only of the names of persons with the title of an
// office among their tokens)
#[inline(never)]
pub(super) fn office_before_name(
    text: &str,
    seg: &Segmentation,
    mention: &Draft,
) -> Option<&'static str> {
    let tokens = mention.tokens.clone();
    if tokens.len() < 2 {
        return None;
    }
    // (the name's own words, back from its last: up to a title's)
    let mut at = tokens.end - 1;
    while at > tokens.start {
        at -= 1;
        if seg.tokens[at].kind == TokenKind::Word && seg.class(at).is_title() {
            break;
        }
    }
    // (then the titles before it, nearest first)
    let title_word = |at: usize| seg.tokens[at].kind == TokenKind::Word && seg.class(at).is_title();
    let mut found = None;
    loop {
        if title_word(at) {
            if seg.class(at).is_office_title() {
                // (a rank before it that makes no office, Deputy
                // Secretary, names none)
                let key = lexicon::office(word_before(text, seg, at), seg.word(text, at))?;
                found = Some((at, key));
                break;
            }
        } else if !(seg.bytes(text, at) == b"." || seg.bytes(text, at) == b"of") {
            return None;
        }
        if at == tokens.start {
            break;
        }
        at -= 1;
    }
    let (at, former) = found?;
    // ("former" anywhere before the title, in the mention or just before
    // it: former Sen. Jim Webb)
    let from = tokens.start.saturating_sub(1);
    let was = (from..at).any(|k| {
        let word = seg.bytes(text, k);
        word.eq_ignore_ascii_case(b"former") || word.eq_ignore_ascii_case(b"ex")
    });
    Some(if was {
        former
    } else {
        lexicon::present_office(former)
    })
}

/// In the news, the entity of the person that the description of
/// candidate `idx`, by an office ([`office_of_description`]), calls so:
/// the name it is written beside (Ted Cruz, the senator from Texas), or
/// else the person last named with the office (the Florida senator after
/// Florida Sen. Marco Rubio; The president after President Barack Obama;
/// the former secretary after Former Secretary of State Hillary Clinton,
/// but not the former president after President Barack Obama, nor the
/// president after former President Bill Clinton). A description that
/// names the office's place or party (the Florida senator) is the person
/// last named with the office and with those words (Florida Sen. Marco
/// Rubio, not Sen. Joni Ernst, R-Iowa, named since); one that does not
/// is that person only if no other person who may be so called was
/// mentioned since ([`last_person_fitting`]: not Sen. Marco Rubio in Sen.
/// Marco Rubio spoke. Ted Cruz replied. The senator…); of the
/// description's gender, or its title's (the congresswoman is no Rep.
/// John Lewis), and a person (no place: in Chelsea, the mayor).
/// `resolved` are the mentions of the candidates before it, and `passed`
/// the offices of the names among them ([`office_before_name`]), by their
/// numbers.
// (not inlined: asked only of the descriptions whose last word is the
// title of an office)
#[inline(never)]
#[allow(clippy::too_many_arguments)] // (the description, what is known before it, and the tables)
fn office_holder<'t>(
    text: &str,
    seg: &Segmentation,
    candidates: &[Candidate<'t>],
    idx: usize,
    resolved: &[Mention],
    passed: &[(usize, &'t str)],
    names: &mut Names<'t>,
    entities: &[Found<'_>],
) -> Option<usize> {
    let c = candidates.get(idx)?;
    let mention = &c.mention;
    let holder = office_of_description(text, seg, mention)?;
    // (the gender of a title the description's gender is not told by:
    // the congresswoman)
    let gender = match c.gender {
        Gender::Unknown => seg
            .class(mention.tokens.end - 1)
            .honorific_gender()
            .unwrap_or(c.gender),
        gender => gender,
    };
    // (a person's: not a place named alone, as Chelsea is in At a press
    // conference in Chelsea, the mayor said)
    let fits = |e: &usize| {
        entities.get(*e).is_some_and(|found| {
            found.kind == EntityKind::Person && compatible(found.gender, gender)
        })
    };
    // (the name just before it, and a comma between)
    let beside = idx
        .checked_sub(1)
        .filter(|&before| {
            let name = &candidates[before];
            name.mention.kind == MentionKind::Name
                && name.entity_kind == EntityKind::Person
                && name.mention.tokens.end + 1 == mention.tokens.start
                && seg.bytes(text, name.mention.tokens.end) == b","
        })
        .and_then(|before| resolved.get(before)?.entity)
        .filter(fits);
    // (a former holder is one named so: the former president after
    // President Barack Obama is not he)
    let key = if holder.former {
        holder.office
    } else {
        lexicon::present_office(holder.office)
    };
    // (a person so described is named with the office, as Sen. Ted Cruz
    // is: the senator, later, is Cruz)
    if let Some(e) = beside {
        names.honour(NameKey::new(key), e);
        return Some(e);
    }
    let named = if holder.marked {
        passed
            .iter()
            .rev()
            .filter(|&&(_, office)| office == key)
            .find(|&&(at, _)| marks_named(text, seg, mention, holder, &candidates[at].mention))
            .and_then(|&(at, _)| resolved.get(at)?.entity)
    } else {
        // (and the last person mentioned who may be so called: not after
        // another since, Sen. Marco Rubio … Ted Cruz … the senator)
        names
            .honoured(key)
            .filter(|&e| last_person_fitting(resolved, entities, gender, e))
    };
    named.filter(fits)
}

/// Whether `e` is the last person of the `resolved` mentions (by a
/// name, a description or a pronoun) whose gender is compatible with
/// `gender`, of those that may be a subject: the one a description by an
/// office may call so, named with it and no other who might be so called
/// named since (Marco Rubio in Sen. Marco Rubio spoke, and he said… the
/// senator; not in Sen. Marco Rubio spoke. Donald Trump replied… the
/// senator; but Nancy Pelosi in Rep. Nancy Pelosi spoke, and John Boehner
/// replied… the congresswoman, and Marco Rubio in Sen. Marco Rubio spoke
/// after a meeting with Ted Cruz… the senator).
fn last_person_fitting(
    resolved: &[Mention],
    entities: &[Found<'_>],
    gender: Gender,
    e: usize,
) -> bool {
    resolved.iter().rev().find_map(|m| {
        let other = m.entity?;
        if other == e {
            return Some(true);
        }
        // (another written as no subject is none: after a preposition or
        // as a possessive)
        if m.possessive || m.after_preposition {
            return None;
        }
        entities
            .get(other)
            .filter(|found| {
                found.confirmed
                    && found.kind == EntityKind::Person
                    && compatible(found.gender, gender)
            })
            .map(|_| false)
    }) == Some(true)
}

/// Whether every capitalised word of `description` before its title (a
/// place's or a party's: Florida of the Florida senator), not a rank or
/// a chamber, and the place after it (Florida of the senator from
/// Florida: see `holder`), is written in the mention `named` or in the
/// two tokens before it (Florida Sen. Marco Rubio; Mexican President
/// Enrique Peña Nieto).
fn marks_named(
    text: &str,
    seg: &Segmentation,
    description: &Draft,
    holder: OfficeHolder,
    named: &Draft,
) -> bool {
    let head = description.tokens.end - 1;
    let around = named.tokens.start.saturating_sub(2)..named.tokens.end;
    (description.tokens.start + 1..head)
        .filter(|&k| is_office_mark(text, seg, k))
        .chain(holder.from)
        .all(|k| {
            let word = seg.bytes(text, k);
            around
                .clone()
                .any(|at| seg.bytes(text, at).eq_ignore_ascii_case(word))
        })
}

/// Whether token `k` of a description by an office is a capitalised word
/// of a place or a party (Florida, GOP): none of the words a holder is
/// described by ([`lexicon::describes_office_holder`]: Former), the
/// titles (Vice) or a chamber (House, Senate).
fn is_office_mark(text: &str, seg: &Segmentation, k: usize) -> bool {
    let word = seg.word(text, k);
    seg.tokens[k].kind == TokenKind::Word
        && word.chars().next().is_some_and(char::is_uppercase)
        && !seg.class(k).is_title()
        && !lexicon::describes_office_holder(word)
}

/// What [`office_of_description`] tells of a description by an office.
#[derive(Clone, Copy)]
struct OfficeHolder {
    /// The key of a former holder of the office ([`lexicon::office`]).
    office: &'static str,
    /// Whether the description says "former" (the former secretary).
    former: bool,
    /// Whether it names the office's place or party ([`is_office_mark`]:
    /// the Florida senator, the senator from Florida).
    marked: bool,
    /// The token of the place named after it, if any: Florida of the
    /// senator from Florida.
    from: Option<usize>,
}

/// In the news, the office a definite description calls a person by,
/// as [`office_before_name`] keys it, and whether it says "former": the
/// Florida senator ("senator"), The president, the former secretary
/// ("former secretary"), the vice president ("vice president"). Only
/// "the" and words that say when, of what place or party
/// ([`lexicon::describes_office_holder`], capitalised words) stand
/// before the title: not the press secretary, the state senator. A place
/// may follow it: the senator from Texas.
// (not inlined: asked only of the descriptions whose last word is the
// title of an office)
#[inline(never)]
fn office_of_description(text: &str, seg: &Segmentation, mention: &Draft) -> Option<OfficeHolder> {
    let tokens = mention.tokens.clone();
    let head = tokens.end.checked_sub(1)?;
    if head <= tokens.start || !seg.bytes(text, tokens.start).eq_ignore_ascii_case(b"the") {
        return None;
    }
    let before = word_before(text, seg, head).filter(|_| head > tokens.start + 1);
    let noun = seg.word(text, head);
    let office = lexicon::office(before, noun)?;
    // (whether the word before the title is the office's rank, Vice of the
    // Vice President, the word or its full stop just before the title)
    let ranked = before.is_some_and(lexicon::is_office_rank);
    let mut former = false;
    let mut marked = false;
    for k in tokens.start + 1..head {
        if seg.tokens[k].kind != TokenKind::Word {
            if !matches!(seg.bytes(text, k), b"." | b"-") {
                return None;
            }
            continue;
        }
        let word = seg.word(text, k);
        if lexicon::describes_office_holder(word) {
            former |= word.eq_ignore_ascii_case("former") || word.eq_ignore_ascii_case("ex");
            continue;
        }
        // (a capitalised word: a place's or a party's, Florida, GOP; or
        // the House or the Senate of a speaker or a leader; or the rank
        // of the office, Vice)
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        let rank = ranked && (k + 1 == head || k + 2 == head && seg.bytes(text, k + 1) == b".");
        let chamber = lexicon::is_chamber(word);
        if !(rank || capitalised && (chamber || !seg.class(k).is_title())) {
            return None;
        }
        marked |= !rank && !chamber;
    }
    // (the place after it: the senator from Florida)
    let from = Some(head + 2).filter(|&place| {
        seg.tokens
            .get(place)
            .is_some_and(|t| t.kind == TokenKind::Word)
            && seg.bytes(text, head + 1) == b"from"
            && seg
                .word(text, place)
                .starts_with(|c: char| c.is_uppercase())
    });
    Some(OfficeHolder {
        office,
        former,
        marked: marked || from.is_some(),
        from,
    })
}

/// The word before token `at` (past a full stop: Gov of Lt. Gov.), if
/// there is one right there.
fn word_before<'t>(text: &'t str, seg: &Segmentation, at: usize) -> Option<&'t str> {
    let mut k = at.checked_sub(1)?;
    if seg.bytes(text, k) == b"." {
        k = k.checked_sub(1)?;
    }
    (seg.tokens[k].kind == TokenKind::Word).then(|| seg.word(text, k))
}

/// The class of `word`: that of token `token` when the token is the word
/// (a name's word, mostly), without looking the word up; else looked up.
fn class_of_word_at(text: &str, seg: &Segmentation, token: usize, word: &str) -> WordClass {
    seg.tokens
        .get(token)
        .filter(|t| t.span.bytes(text) == word.as_bytes())
        .map_or_else(|| WordClass::of(word), |_| seg.class(token))
}

/// The room a new entity's name is given, in bytes, at least: most names
/// fit, should its memory be given back for another document's entity.
const SPARE_NAME: usize = 40;

/// The room a new entity's list of mentions is given, at least (see
/// [`SPARE_NAME`]).
const SPARE_MENTIONS: usize = 8;

/// The definite form of an indefinite description (a grinning countryman:
/// the grinning countryman), by which a cast list names the one it
/// introduces; `None` for any other description.
fn introduced_as_known(words: &str) -> Option<String> {
    let (article, rest) = words.split_once(char::is_whitespace)?;
    (article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
        .then(|| format!("the {}", single_spaced(rest.trim_start())))
}

/// Counts the uses of the names of `candidates` by which
/// [`NameFacts::is_place`] tells the names of places written alone: the
/// one-word names (no given name or title) written right after "in", "at",
/// "near" or "into" (at Longbourn, in Bath) in every use, or at least
/// twice and in at least one of each five of their uses, and never after
/// an honorific or a title (Mr. Bath). A person is named mostly as a subject or an
/// object (a speaker in the dev novels at most one time in eight after
/// those words, most after "looked at"); a place mostly after a
/// preposition of place, and a place named once or twice in passing
/// (at Agra) only there: else a later he or she takes it for a person.
/// Outside `fiction`, a possessive after "in" is a person's (in Obama's
/// speech), and not counted as a place's use.
// (out of line: its walk keeps its state in registers in a function of
// its own)
#[inline(never)]
fn count_place_uses<'c>(
    text: &str,
    seg: &Segmentation,
    candidates: &'c [Candidate<'_>],
    key_ids: &[usize],
    names: &mut Names<'c>,
    fiction: bool,
) {
    for (c, &id) in candidates.iter().zip(key_ids) {
        if c.mention.kind != MentionKind::Name || c.entity_kind != EntityKind::Person {
            continue;
        }
        if c.honorific || c.titled {
            let family = names.last_word_id(id, || NameKey::new(surname(&c.key)));
            names[family].no_place = true;
            continue;
        }
        // (nor is a name known to be no place's counted on: its uses no
        // longer matter, and each reads the tokens before it)
        if c.name_words != 1 || names[id].no_place {
            continue;
        }
        // (a given name or a title alone is someone's, wherever it is
        // written: Alice, the Queen)
        let word = surname(&c.key);
        // (the name's token's class, for a name written as one token)
        let class = || class_of_word_at(text, seg, c.mention.tokens.start, word);
        if c.gender != Gender::Unknown || {
            let class = class();
            class.given_name_gender(word).is_some() || class.is_title()
        } {
            names[id].no_place = true;
            continue;
        }
        let word_at = |t: Option<usize>| {
            t.filter(|&t| seg.tokens[t].kind == TokenKind::Word)
                .map(|t| seg.word(text, t))
        };
        let before = c.mention.tokens.start.checked_sub(1);
        let word_before_that = || word_at(before.and_then(|b| b.checked_sub(1)));
        let at_place = (fiction || !c.mention.possessive)
            && word_at(before).is_some_and(|word| {
                is_one_of_ignoring_case(word, &["near", "into"])
                    || (word.eq_ignore_ascii_case("in")
                    // (not the tag put in Fielding, broke in Isaac)
                    && !word_before_that().is_some_and(lexicon::is_fiction_tag_verb))
                    || (word.eq_ignore_ascii_case("at")
                    // (not looked at Mary)
                    && !word_before_that().is_some_and(lexicon::is_looking_at_verb))
            });
        let (placed, all) = &mut names[id].place_uses;
        *placed += usize::from(at_place);
        *all += 1;
    }
}

/// Whether the first word of a name (the word before its first space)
/// makes it a saint's: "St." or "Saint" (St. Paul, St Clare, Saint Joan).
fn is_saint(first: &str) -> bool {
    matches!(first, "St." | "St" | "Saint" | "ST." | "ST" | "SAINT")
}

/// The name keys of a document, each numbered once, with what
/// [`resolve`] learns of each name ([`NameFacts`]): a key is hashed once
/// where it is met, and then its number is the index of all the tables
/// of names. Kept in the workspace, emptied, with its memory: the keys
/// borrow from one document, and are relabelled for the next. (A table of
/// open addressing, probed linearly: a std map could not be kept, as its
/// keys borrow.)
#[derive(Default)]
pub(super) struct Names<'k> {
    /// The keys (the first met of those that are equal), with their
    /// hashes and facts, by number.
    named: Vec<Named<'k>>,
    /// Each slot empty (0) or a key's number plus one: a power of two
    /// long, at least twice as long as `named`. (Numbers are `usize`, as
    /// everywhere: 32 bits would save a little memory traffic but limit a
    /// document to 2³² names, and `attribute` takes any text.)
    slots: Vec<usize>,
    /// 64 less the number of bits of a slot's index: a hash shifted
    /// right by it is the slot to probe first.
    shift: u32,
    /// The full names as they are added: (surname's number, candidate).
    added: Vec<(usize, usize)>,
    /// The full names, laid out as each surname's list (in order of
    /// addition): the ranges of [`NameFacts::full_names`].
    full_names: Vec<usize>,
}

/// The most slots [`Names`] starts a document with: a long document
/// repeats its names, and has far fewer keys than candidates (a news text
/// of 8 MiB has 20 000 keys for 165 000 candidates), so that slots for
/// all its candidates would spread the keys thin over megabytes, each
/// probe a cache miss; the table grows as keys come instead.
const FIRST_SLOTS: usize = 1 << 15;

/// The most keys [`Names`] makes room for at once, before any is met
/// (a key per candidate): about 100 KB, under the size the allocator
/// maps pages for; a longer document's keys grow the table from there (a
/// long document repeats its names: see [`FIRST_SLOTS`]).
const FIRST_KEYS: usize = 512;

/// A key of [`Names`].
struct Named<'k> {
    key: NameKey<'k>,
    /// Its [`name_hash`].
    hash: u64,
    /// The numbers of its first word and of its last word (its surname),
    /// by [`NameWord`], once looked up: a name met again needs no lookup
    /// of its words.
    words: [Option<usize>; 2],
    facts: NameFacts,
}

/// Which word of a name [`Named::words`] keeps the number of.
#[derive(Clone, Copy)]
enum NameWord {
    First = 0,
    Last = 1,
}

/// What [`resolve`] learns of a name (or of a description's key) in a
/// document, by its number in [`Names`].
#[derive(Clone, Copy, Default)]
pub(super) struct NameFacts {
    /// The entity of a person or an organisation named so.
    entity: Option<usize>,
    /// The entity of a description with this key.
    description: Option<usize>,
    /// As an honorific or a title, the entity last named after it (the
    /// Major after Major Callendar).
    honoured: Option<usize>,
    /// As a last word, the latest multi-word organisation it ends: "Post"
    /// → "New York Post".
    organisation_ending: Option<usize>,
    /// As a given name, the one full name (a candidate) that opens with
    /// it: `Some(None)` once two different full names do.
    opens: Option<Option<usize>>,
    /// In a novel, as a surname, the one man named with an honorific
    /// before it (Mr. Astley), a candidate: `Some(None)` once two
    /// different men are (Mr. Astley and Sir Astley).
    honoured_man: Option<Option<usize>>,
    /// As a surname, where its full names (candidates) start and end in
    /// [`Names::full_names`], once laid out.
    full_names: (usize, usize),
    /// Written after "Miss": where the text has both a Miss Price and a
    /// Mrs. Price, they are two women (a daughter and her mother), and
    /// the one full name of the family's women (Fanny Price) is the Miss.
    after_miss: bool,
    /// In a novel, as a one-word name, its uses after a preposition of
    /// place and all its uses ([`count_place_uses`]).
    place_uses: (usize, usize),
    /// In a novel, written after an honorific or a title, or read as a
    /// given name: no place's name.
    no_place: bool,
}

impl NameFacts {
    /// Whether it is the name of a place written alone, by its uses
    /// ([`count_place_uses`]).
    fn is_place(&self) -> bool {
        let (placed, all) = self.place_uses;
        !self.no_place && placed >= 1 && (placed == all || placed >= 2 && placed * 5 >= all)
    }
}

impl<'k> Names<'k> {
    /// Empties the table (each fact forgotten), for a document of
    /// `candidates` candidates: room for as many keys before it grows
    /// (a key for each name, and its surname and given name, but most
    /// candidates are pronouns or descriptions, or repeat a name), up to
    /// [`FIRST_SLOTS`].
    fn clear(&mut self, candidates: usize) {
        self.named.clear();
        // (room for five keys per four candidates, up to FIRST_KEYS: nearly
        // all news texts have fewer, most about three per four; a fresh
        // table is then not grown key by key, each time copying its keys)
        self.named
            .reserve((candidates + candidates / 4).min(FIRST_KEYS));
        self.added.clear();
        // (and for a full name per two candidates: an eighth of the
        // candidates in most news texts, a half in nearly all)
        self.added.reserve(candidates.min(FIRST_KEYS) / 2);
        self.full_names.clear();
        self.slots.clear();
        self.slots.resize(
            (2 * candidates).next_power_of_two().clamp(16, FIRST_SLOTS),
            0,
        );
        self.shift = 64 - self.slots.len().trailing_zeros();
    }

    /// The table without its keys, for keys of another lifetime (its
    /// memory kept; the rest holds numbers only, and is emptied by
    /// [`Names::clear`]).
    fn relabel<'b>(self) -> Names<'b> {
        Names {
            named: relabel(self.named),
            slots: self.slots,
            added: self.added,
            full_names: self.full_names,
            shift: self.shift,
        }
    }

    /// The slot to probe first for a hash: its top bits, which the
    /// multiplication of [`name_hash`] mixes best.
    #[inline]
    fn home(&self, hash: u64) -> usize {
        (hash >> self.shift) as usize
    }

    /// The number of `key`, numbered now (knowing nothing) if it is new.
    #[inline(always)]
    fn id(&mut self, key: NameKey<'k>) -> usize {
        let bytes = key.as_str().as_bytes();
        let hash = name_hash(ends_of(bytes), bytes.len());
        self.id_hashed(key, hash)
    }

    /// The number of the key of `name` (as [`NameKey::new`] keys it),
    /// and whether the name is all ASCII: told from the bytes read for
    /// its hash, where the name is short (most are).
    #[inline(always)]
    fn name_id(&mut self, name: &'k str) -> (usize, bool) {
        let bytes = name.as_bytes();
        let (first, last) = ends_of(bytes);
        let ascii = if bytes.len() <= 16 {
            (first | last) & 0x8080_8080_8080_8080 == 0
        } else {
            bytes.is_ascii()
        };
        if ascii {
            let hash = name_hash((first, last), bytes.len());
            (self.id_hashed(NameKey(Cow::Borrowed(name)), hash), true)
        } else {
            (self.id(NameKey::folded(name)), false)
        }
    }

    /// The number of `key`, of that hash.
    // (inlined: most keys are met before, and found in a probe or two)
    #[inline(always)]
    fn id_hashed(&mut self, key: NameKey<'k>, hash: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = self.home(hash);
        while let Some(id) = self.slots[at].checked_sub(1) {
            let named = &self.named[id];
            if named.hash == hash && named.key == key {
                return id;
            }
            at = (at + 1) & mask;
        }
        self.add(key, hash, at)
    }

    /// Numbers a new key, in the empty slot `at` of its probe.
    // (inlined too: most keys of a document are new)
    #[inline(always)]
    fn add(&mut self, key: NameKey<'k>, hash: u64, at: usize) -> usize {
        let id = self.named.len();
        self.named.push(Named {
            key,
            hash,
            words: [None; 2],
            facts: NameFacts::default(),
        });
        self.slots[at] = Names::slot(id);
        if 2 * self.named.len() > self.slots.len() {
            self.grow();
        }
        id
    }

    /// The slot's value for the key numbered `id`.
    fn slot(id: usize) -> usize {
        id + 1
    }

    /// Twice the slots, each key put back by its hash.
    #[cold]
    fn grow(&mut self) {
        let len = 2 * self.slots.len();
        self.slots.clear();
        self.slots.resize(len, 0);
        self.shift -= 1;
        for (id, named) in self.named.iter().enumerate() {
            let mut at = self.home(named.hash);
            while self.slots[at] != 0 {
                at = (at + 1) & (len - 1);
            }
            self.slots[at] = Names::slot(id);
        }
    }

    /// The number of the first word of the name numbered `id` (the word
    /// before its first space), whose key `word` makes: looked up the first
    /// time only, as the first words of equal names are equal.
    fn first_word_id(&mut self, id: usize, word: impl FnOnce() -> NameKey<'k>) -> usize {
        self.word_id(id, NameWord::First, word)
    }

    /// The number of the last word of the name numbered `id` (its surname:
    /// [`surname`]), whose key `word` makes: looked up the first time only.
    fn last_word_id(&mut self, id: usize, word: impl FnOnce() -> NameKey<'k>) -> usize {
        self.word_id(id, NameWord::Last, word)
    }

    /// The number of the `which` word of the name numbered `id`, kept with
    /// the name once `word`'s key is looked up.
    #[inline]
    fn word_id(&mut self, id: usize, which: NameWord, word: impl FnOnce() -> NameKey<'k>) -> usize {
        if let Some(known) = self.named[id].words[which as usize] {
            return known;
        }
        let found = self.id(word());
        self.named[id].words[which as usize] = Some(found);
        found
    }

    /// The key numbered `id`.
    fn key(&self, id: usize) -> &NameKey<'k> {
        &self.named[id].key
    }

    /// Notes that the name `title` (an honorific or a title) was last
    /// written before a name of `entity`.
    fn honour(&mut self, title: NameKey<'k>, entity: usize) {
        let title = self.id(title);
        self[title].honoured = Some(entity);
    }

    /// The entity last named after the name `title` (an honorific or a
    /// title: [`Names::honour`]), if any.
    fn honoured(&mut self, title: &'k str) -> Option<usize> {
        let title = self.id(NameKey::new(title));
        self[title].honoured
    }

    /// Adds a full name (the candidate `index`) to the list of its
    /// surname (numbered `surname`).
    fn add_full_name(&mut self, surname: usize, index: usize) {
        self.added.push((surname, index));
    }

    /// Lays the lists of full names out (a counting sort by surname,
    /// stable): after this, [`Names::full_names`] answers.
    fn lay_out_full_names(&mut self) {
        // (each surname's count, then where its list starts, then filled
        // from there on)
        for &(surname, _) in &self.added {
            self.named[surname].facts.full_names.1 += 1;
        }
        let mut start = 0;
        for named in &mut self.named {
            let count = named.facts.full_names.1;
            named.facts.full_names = (start, start);
            start += count;
        }
        self.full_names.resize(self.added.len(), 0);
        for &(surname, index) in &self.added {
            let end = &mut self.named[surname].facts.full_names.1;
            self.full_names[*end] = index;
            *end += 1;
        }
    }

    /// The full names (candidates, in order) with the name numbered `id`
    /// as their surname.
    fn full_names(&self, id: usize) -> &[usize] {
        let (start, end) = self[id].full_names;
        &self.full_names[start..end]
    }
}

impl std::ops::Index<usize> for Names<'_> {
    type Output = NameFacts;

    /// The facts of the name numbered `id`.
    fn index(&self, id: usize) -> &NameFacts {
        &self.named[id].facts
    }
}

impl std::ops::IndexMut<usize> for Names<'_> {
    fn index_mut(&mut self, id: usize) -> &mut NameFacts {
        &mut self.named[id].facts
    }
}

/// The hash by which [`Names`] finds a key: its length (`len`) and its
/// first and last eight bytes ([`ends_of`]: all of a key of sixteen bytes
/// or fewer), each byte with its bit 0x20 set, so that keys equal as
/// [`NameKey`] compares them (ignoring ASCII case, which is that bit of a
/// letter) hash alike. (Keys that differ only further in, or in that bit
/// of some other byte, are rare among the names of a document, and told
/// apart by comparing.)
#[inline]
fn name_hash((first, last): (u64, u64), len: usize) -> u64 {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let mut hasher = FxHasher::default();
    hasher.add(first | CASE);
    hasher.add((last | CASE) ^ len as u64);
    hasher.finish()
}

/// The sentence holding each token of a walk on through the text: the
/// index of the first sentence that ends after it, as a search of the
/// sentences finds it (searched again should a token come before the last).
#[derive(Default)]
struct SentenceWalk {
    at: usize,
}

impl SentenceWalk {
    fn sentence_of(&mut self, sentences: &[crate::sentences::Sentence], t: usize) -> usize {
        if self.at > 0 && sentences.get(self.at - 1).is_some_and(|s| s.tokens.end > t) {
            self.at = sentences.partition_point(|s| s.tokens.end <= t);
        }
        while sentences.get(self.at).is_some_and(|s| s.tokens.end <= t) {
            self.at += 1;
        }
        self.at
    }
}

/// An entity as [`resolve`] finds it: named by text borrowed from the
/// document, its candidates or the cast.
pub(super) struct Found<'n> {
    name: &'n str,
    kind: EntityKind,
    gender: Gender,
    /// Named by at least one mention that is not weak.
    confirmed: bool,
    /// Where its first mention starts.
    first: usize,
    /// How many mentions it has.
    mentions: usize,
    /// Its number among the entities kept (confirmed, in order of first
    /// mention), once they are numbered.
    number: Option<usize>,
    /// In a novel, the pronouns that spoke of it right after it was named
    /// (he, she), while its gender is unknown: see [`GenderVotes`].
    votes: (u32, u32),
}

impl Found<'_> {
    /// Its gender, or the one the pronouns after its name voted for.
    fn gender_or_voted(&self) -> Gender {
        match (self.gender, self.votes) {
            (Gender::Unknown, (he, she)) if he > she => Gender::Male,
            (Gender::Unknown, (he, she)) if she > he => Gender::Female,
            (gender, _) => gender,
        }
    }
}

/// In a novel, the gender of a name that no list or honorific gives,
/// learnt while resolving, in time for the pronouns after it: the first he
/// or she after a name in the narration of its sentence (Tony looked up,
/// and he…), or opening the next sentence when that sentence named one
/// person only (Tony felt well again. He…), speaks of that person. Each
/// such pronoun is a vote; the entity's gender is the votes' majority.
#[derive(Default)]
struct GenderVotes {
    /// The sentence of the last candidate seen.
    sentence: usize,
    /// The person the sentence names, while it names one only.
    person: Option<usize>,
    /// How many people the sentence has named so far (the same one named
    /// twice in a row counts once).
    people: usize,
    /// The token after the latest name of the sentence's one person.
    named_end: usize,
    /// Whether a he or she came after that name already.
    spoken_of: bool,
    /// The one person the sentence before named, if it named one only.
    before: Option<usize>,
}

impl GenderVotes {
    /// The person a he or she at `mention` (in sentence `s`) speaks of,
    /// by the rules above, if any (the candidates are passed in text
    /// order); `quote_tokens` are the tokens of the quotations, in order.
    fn voted_for(
        &mut self,
        seg: &Segmentation,
        quote_tokens: &[usize],
        s: usize,
        mention: &Draft,
        pronoun: &str,
    ) -> Option<usize> {
        if s != self.sentence {
            let next = s == self.sentence + 1;
            self.before = self.person.filter(|_| self.people == 1 && next);
            self.sentence = s;
            self.person = None;
            self.people = 0;
            self.spoken_of = false;
        }
        if mention.kind != MentionKind::Pronoun
            || mention.possessive
            || !matches!(pronoun, "he" | "she")
        {
            return None;
        }
        let opening = seg
            .sentences
            .get(s)
            .is_some_and(|sentence| sentence.tokens.start == mention.tokens.start);
        // (the first after the name, in the narration: not after a
        // quotation, which may have named others; the first quotation's
        // token from the name's end on, searched for, is before the
        // pronoun or not)
        let first_after_name = self.people == 1
            && !std::mem::replace(&mut self.spoken_of, true)
            && quote_tokens
                .get(quote_tokens.partition_point(|&q| q < self.named_end))
                .is_none_or(|&q| q >= mention.tokens.start);
        if self.people == 0 && opening {
            self.before
        } else if first_after_name {
            self.person
        } else {
            None
        }
    }

    /// Notes a person's name at `mention`, resolved to `entity`.
    fn named(&mut self, mention: &Draft, entity: usize) {
        if self.person != Some(entity) {
            self.person = Some(entity);
            self.people += 1;
        }
        self.named_end = mention.tokens.end;
        self.spoken_of = false;
    }
}

/// The first token after the subordinate clause that opens the sentence
/// of tokens `start..end` (When Mr. Trump defended his remarks, | Mr.
/// Kasich differed), up to its first comma; `start` when the sentence
/// opens with no subordinator or the clause has no comma.
fn after_leading_subordinate(text: &str, seg: &Segmentation, start: usize, end: usize) -> usize {
    let opens = start < end
        && seg.tokens[start].kind == TokenKind::Word
        && seg.class(start).links_clauses()
        && lexicon::is_subordinator(seg.bytes(text, start));
    if !opens {
        return start;
    }
    (start + 1..end)
        .find(|&t| seg.is_byte(text, t, b','))
        .map_or(start, |comma| comma + 1)
}

/// Whether the mention at `tokens` is the speaker of a tag that closes
/// its sentence (ending before token `sentence_end`): "…, Henson said.",
/// "…, said Henson.", "…, Wilkin said during his speech." — not the
/// subject of a verb with a clause of its own after it (Mr. Coffman,
/// who…, said Mr. Trump had…).
fn is_closing_tag_speaker(
    text: &str,
    seg: &Segmentation,
    tokens: Range<usize>,
    sentence_end: usize,
) -> bool {
    let (start, end) = (tokens.start, tokens.end);
    let finite = |t: usize| t < sentence_end && seg.class(t).is_finite_saying();
    let comma = |t: usize| seg.is_byte(text, t, b',');
    // (the tag ends before token `t`: at the sentence's end, its full
    // stop, or a phrase of a preposition)
    let tag_ends = |t: usize| {
        t >= sentence_end
            || seg.is_byte(text, t, b'.')
            || (seg.tokens[t].kind == TokenKind::Word && seg.class(t).is_preposition())
    };
    (start > 0 && comma(start - 1) && finite(end) && tag_ends(end + 1))
        || (start > 1 && finite(start - 1) && comma(start - 2) && tag_ends(end))
}

/// The entity a pronoun refers to: `pronoun` is its lower-case word,
/// `gender` the gender it asks, `headless` whether it is a relative "who"
/// after no mention; `text` and `seg` are the document's, `here` the
/// pronoun's sentence and `at` its token.
///
/// It is the most recent compatible one, unless the latest earlier
/// sentence that has one opens with another: then the first compatible
/// one of that sentence, its subject. In the `news`:
/// - a he or she takes that subject only when it is a person of the
///   pronoun's gender, known by name or title, as a news sentence opens
///   with places and things (Salem, N.H., Coal miners) more often than a
///   novel's; the subject is the first after a clause that opens the
///   sentence ([`after_leading_subordinate`]);
/// - the speaker of a tag that ends the sentence
///   ([`is_closing_tag_speaker`]) comes before its subject (…, Cruz will
///   struggle, Henson said. He…);
/// - a he or she opening the main clause after a clause that the same
///   pronoun opens is that pronoun's person (Though he did not name
///   Kasich, he made it clear…).
fn resolve_pronoun(
    mentions: &[Mention],
    entities: &[Found<'_>],
    (pronoun, gender, headless): (&str, Gender, bool),
    (text, seg, here, at): (&str, &Segmentation, usize, usize),
    news: bool,
) -> Option<usize> {
    if pronoun == "who" {
        // A relative pronoun refers to the mention it follows: Pence, who
        // called… (a head that is no mention gives it none: voters who…)
        return if headless {
            None
        } else {
            mentions.last().and_then(|m| m.entity)
        };
    }
    let wants_person = matches!(pronoun, "he" | "she");
    let wants_group = pronoun == "they";
    let wants_organisation = pronoun == "it";
    // (no entity fits any other pronoun: I, we, you refer to nobody here)
    if !(wants_person || wants_group || wants_organisation) {
        return None;
    }
    // (in the news, a he or she opening the main clause after a clause
    // that the same pronoun opens is its person: Though he did not name
    // Rubio or Kasich, he made it clear…)
    if news && wants_person {
        if let Some(sentence) = seg.sentences.get(here) {
            let start = sentence.tokens.start;
            if at > start + 1
                && after_leading_subordinate(text, seg, start, sentence.tokens.end) == at
            {
                let first = mentions
                    .iter()
                    .rev()
                    .take_while(|m| m.tokens.start > start)
                    .find(|m| m.tokens.start == start + 1);
                if let Some(m) = first.filter(|m| {
                    m.kind == MentionKind::Pronoun
                        && m.span.as_str(text).eq_ignore_ascii_case(pronoun)
                }) {
                    return m.entity;
                }
            }
        }
    }
    // (a subject or an object before a mention after a preposition:
    // Obama spoke after meeting with Putin. He…; one walk back, keeping
    // the first fitting mention after a preposition for when no other
    // fits)
    let mut oblique = None;
    let fits_at = |m: &Mention| -> Option<usize> {
        let e = m.entity?;
        let entity = entities.get(e).filter(|found| found.confirmed)?;
        // (a novel's narrator is I, never he or she)
        if m.kind == MentionKind::Pronoun && entity.name == NARRATOR {
            return None;
        }
        let fits = if wants_person {
            entity.kind == EntityKind::Person && compatible(entity.gender_or_voted(), gender)
        } else if wants_organisation {
            entity.kind == EntityKind::Organisation
        } else if wants_group {
            matches!(entity.kind, EntityKind::Organisation | EntityKind::Nominal)
                && entity.gender != Gender::Male
                && entity.gender != Gender::Female
        } else {
            false
        };
        fits.then_some(e)
    };
    for (i, m) in mentions.iter().enumerate().rev().take(PRONOUN_LOOKBACK) {
        let Some(e) = fits_at(m) else { continue };
        if !m.after_preposition {
            // (the subject of an earlier sentence before its object: Aziz
            // saw Ralph. He…; Reid urged respect for Sanders. He said…)
            // (in an earlier sentence: the first token of the mention's,
            // found by a walk back from the pronoun's, most often one step)
            let sentences = &seg.sentences;
            let start = m.tokens.start;
            let here_start = sentences.get(here).map_or(usize::MAX, |s| s.tokens.start);
            if start < here_start {
                let mut earlier = here.min(sentences.len());
                while earlier > 0 && sentences[earlier - 1].tokens.end > start {
                    earlier -= 1;
                }
                let (earlier, earlier_end) = sentences
                    .get(earlier)
                    .map_or((start, m.tokens.end), |s| (s.tokens.start, s.tokens.end));
                // (a tag's speaker after its clause: "…, Henson said." or
                // "…, said Henson." or "…, Wilkin said during his
                // speech."; not a subject's verb with its own clause after
                // it: Mr. Coffman, who…, said Mr. Trump had…)
                if news
                    && wants_person
                    && is_closing_tag_speaker(text, seg, m.tokens.clone(), earlier_end)
                {
                    return Some(e);
                }
                // (at most the lookback's mentions of it: a bound for a
                // sentence of thousands of names; the first of them found
                // by their tokens alone, and the first that fits looked
                // for from there on: most sentences open with their
                // subject)
                // (in the news, past a clause that opens the sentence: When
                // Mr. Trump defended his remarks, Mr. Kasich differed. He…)
                let subject_from = if news {
                    after_leading_subordinate(text, seg, earlier, earlier_end)
                } else {
                    earlier
                };
                let from = (0..=i)
                    .rev()
                    .take(PRONOUN_LOOKBACK)
                    .take_while(|&j| mentions[j].tokens.start >= subject_from)
                    .last()
                    .unwrap_or(i);
                let first = (from..=i)
                    .filter(|&j| !mentions[j].after_preposition && !mentions[j].possessive)
                    .find_map(|j| fits_at(&mentions[j]))
                    .filter(|&f| !news || !wants_person || entities[f].gender_or_voted() == gender);
                return first.or(Some(e));
            }
            return Some(e);
        }
        oblique = oblique.or(Some(e));
    }
    oblique
}
