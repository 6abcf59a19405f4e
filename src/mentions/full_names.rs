//! A novel's characters who go by their surname alone (Poirot): the full
//! name the lines give them (Hercule Poirot), when they say one often
//! enough.
//!
//! The mentions stage sees names in the narration only, and a novel may
//! say a character's full name only in what the characters say ("I,
//! Hercule Poirot, affirm…"). The conversation pass reads the lines'
//! runs of capitalised words ([`Sieved::said_in_lines`]); the runs of
//! two words or more are read here.
//!
//! [`Sieved::said_in_lines`]: crate::rules::Sieved

use super::*;

/// The fewest times the lines must say a character's full name for it to
/// become their name.
pub(super) const FULL_NAME_SAID: usize = 3;

/// Most full names counted for one character (past it, new ones are not
/// counted): a handful is usual.
const FULL_FORMS_PER_ENTITY: usize = 8;

/// For each person of `entities` whose name (`usual[e]` if the usual
/// names renamed them, else their own) is one word, the full name the
/// lines say that word in as a surname (Hercule Poirot for Poirot): the
/// one they say most, if at least [`FULL_NAME_SAID`] times and no other
/// as often; written into `usual[e]`. A character who goes by a given
/// name keeps it, as a novel calls them (Elizabeth, not Elizabeth
/// Bennet); one who goes by a surname is named in full, as a report names
/// its speakers.
///
/// `said` are the spans of the lines' capitalised runs of two words or
/// more. A full name is two words of a run, each a capital and lower-case
/// letters, the first neither a title or honorific (Monsieur Poirot,
/// Inspector Japp), a function word nor a word of an organisation's or a
/// place's name (Hotel Montoya), nor the first of a sentence (Had Poirot
/// …?) or another character's one-word name (Fanny Price: two people).
pub(super) fn full_names(
    text: &str,
    entities: &[Entity],
    said: &[Span],
    usual: &mut [Option<String>],
) {
    if said.is_empty() {
        return;
    }
    // (each one-word name, and the one person it names; a name two
    // entities share names neither)
    let mut one_word: FxHashMap<&str, Option<usize>> = FxHashMap::default();
    for (e, entity) in entities.iter().enumerate() {
        let name = usual
            .get(e)
            .and_then(Option::as_deref)
            .unwrap_or(&entity.name);
        if is_capitalised_word(name.as_bytes()) {
            let person = (entity.kind == EntityKind::Person).then_some(e);
            one_word
                .entry(name)
                .and_modify(|named| *named = None)
                .or_insert(person);
        }
    }
    if one_word.values().all(Option::is_none) {
        return;
    }
    let mut counts: FxHashMap<usize, Vec<(&str, usize)>> = FxHashMap::default();
    for run in said {
        let mut words = run.as_str(text).split(' ');
        let mut before = words.next().unwrap_or_default();
        let mut opens_run = true;
        for word in words {
            let (given, surname) = (before, word);
            let first_of_run = opens_run;
            before = word;
            opens_run = false;
            let Some(&Some(entity)) = one_word.get(surname) else {
                continue;
            };
            if !is_capitalised_word(given.as_bytes()) || one_word.contains_key(given) {
                continue;
            }
            let class = WordClass::of(given);
            if class.is_title()
                || class.honorific_gender().is_some()
                || class.is_capitalised_function_word()
                || class.is_organisation_word()
                || (first_of_run && opens_sentence(text.as_bytes(), run.start))
            {
                continue;
            }
            let forms = counts.entry(entity).or_default();
            match forms.iter().position(|&(g, _)| g == given) {
                Some(k) => forms[k].1 += 1,
                None if forms.len() < FULL_FORMS_PER_ENTITY => forms.push((given, 1)),
                None => {}
            }
        }
    }
    for (e, forms) in counts {
        // (the one said most, if no other is said as often)
        let Some(&(given, most)) = forms.iter().max_by_key(|(_, n)| *n) else {
            continue;
        };
        let tied = forms.iter().filter(|(_, n)| *n == most).count() > 1;
        if most >= FULL_NAME_SAID && !tied {
            if let (Some(slot), Some(entity)) = (usual.get_mut(e), entities.get(e)) {
                let surname = slot.as_deref().unwrap_or(&entity.name);
                *slot = Some(format!("{given} {surname}"));
            }
        }
    }
}

/// Whether `word` is one capitalised ASCII word: a capital, then lower
/// case letters only (Poirot, not POIROT, Mr., or Mary Ann).
fn is_capitalised_word(word: &[u8]) -> bool {
    word.len() >= 2 && word[0].is_ascii_uppercase() && word[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether the word at `at` opens a sentence, a line or the text: the
/// byte before it, past spaces and underscores (italics), is none at all,
/// a line break, a mark that ends a sentence or a clause, a quotation
/// mark or a dash (any character beyond ASCII counts as one).
fn opens_sentence(bytes: &[u8], at: usize) -> bool {
    // (a long run of spaces before a word is read back no further than
    // a line's width: then it opens a line)
    let before = bytes[at.saturating_sub(80)..at]
        .iter()
        .rev()
        .find(|&&b| b != b' ' && b != b'_');
    match before {
        None => true,
        Some(&b) => {
            b >= 0x80
                || matches!(
                    b,
                    b'\n' | b'.' | b'!' | b'?' | b'"' | b':' | b';' | b'(' | b'-'
                )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str) -> Entity {
        Entity {
            name: name.to_string(),
            kind: EntityKind::Person,
            gender: Gender::Unknown,
            mentions: Vec::new(),
        }
    }

    /// The full names `full_names` gives the persons `names`, with every
    /// run of capitalised words of `text` joined by single spaces as said
    /// in the lines.
    fn full(text: &str, names: &[&str]) -> Vec<Option<String>> {
        let entities: Vec<Entity> = names.iter().map(|n| person(n)).collect();
        let mut said = Vec::new();
        let mut run: Option<(usize, usize)> = None;
        let mut at = 0;
        for word in text.split(' ') {
            let (start, end) = (at, at + word.len());
            at = end + 1;
            let word = word.trim_end_matches([',', '.', '?', '!', '"']);
            let capitalised = word.chars().next().is_some_and(char::is_uppercase);
            match run {
                Some((from, to)) if capitalised && to + 1 == start => {
                    run = Some((from, start + word.len()))
                }
                _ => {
                    if let Some((from, to)) = run.take() {
                        said.push(Span::new(from, to));
                    }
                    run = capitalised.then_some((start, start + word.len()));
                }
            }
            if word.len() < end - start {
                if let Some((from, to)) = run.take() {
                    said.push(Span::new(from, to));
                }
            }
        }
        said.extend(run.map(|(from, to)| Span::new(from, to)));
        said.retain(|s| s.as_str(text).contains(' '));
        let mut usual = vec![None; entities.len()];
        full_names(text, &entities, &said, &mut usual);
        usual
    }

    #[test]
    fn a_surname_said_three_times_after_the_same_given_name_is_a_full_name() {
        let text = "Poirot smiled. \"I, Hercule Poirot, know it, Monsieur Poirot.\" \
                    Poirot left. \"No one but Hercule Poirot, not Papa Poirot, would \
                    try it, and Hercule Poirot did,\" said Monsieur Poirot.";
        assert_eq!(
            full(text, &["Poirot"]),
            [Some("Hercule Poirot".to_string())]
        );
        // (twice is not enough)
        let text = "Poirot smiled. \"I, Hercule Poirot, know it.\" Poirot left. \
                    \"No one but Hercule Poirot would try it.\"";
        assert_eq!(full(text, &["Poirot"]), [None]);
        // (nor two given names said as often)
        let text = "Then Hercule Poirot, Hercule Poirot, Hercule Poirot, \
                    and Achille Poirot, Achille Poirot, Achille Poirot came.";
        assert_eq!(full(text, &["Poirot"]), [None]);
    }

    #[test]
    fn no_title_opening_word_place_or_other_character_makes_a_full_name() {
        let text = "I saw Inspector Japp, Inspector Japp and Inspector Japp. \
                    Had Elinor spoken? Had Elinor sat? Had Elinor left? \
                    We met at the Hotel Montoya, the Hotel Montoya, the Hotel Montoya. \
                    Then Fanny Price, Fanny Price and Fanny Price came.";
        assert_eq!(
            full(text, &["Japp", "Elinor", "Montoya", "Price", "Fanny"]),
            [None, None, None, None, None]
        );
        // (a name two entities share names neither)
        let text = "Then Hercule Poirot, Hercule Poirot and Hercule Poirot came.";
        assert_eq!(full(text, &["Poirot", "Poirot"]), [None, None]);
        // (one who goes by a given name keeps it: Mike, not Mike Campbell)
        let text = "Then Mike Campbell, Mike Campbell and Mike Campbell came.";
        assert_eq!(full(text, &["Mike"]), [None]);
    }
}
