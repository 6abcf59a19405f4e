//! A first-person narrator's name, when the lines next to the narrator's
//! own address it, and the names the narration never uses.

use super::*;

/// The names lines address, each with its votes and where it was first
/// said.
#[derive(Default)]
struct Votes<'t> {
    names: HashMap<&'t str, (usize, Span)>,
}

impl<'t> Votes<'t> {
    /// One vote for `name`, a slice of `content`, which starts at byte
    /// `content_start` of the text.
    fn add(&mut self, name: &'t str, content: &'t str, content_start: usize) {
        let at = content_start + (name.as_ptr() as usize - content.as_ptr() as usize);
        self.names
            .entry(name)
            .or_insert((0, Span::new(at, at + name.len())))
            .0 += 1;
    }

    /// The names, most voted first (in order of first saying among equals).
    fn ranked(self) -> Vec<(&'t str, usize, Span)> {
        let mut ranked: Vec<_> = self
            .names
            .into_iter()
            .map(|(name, (n, span))| (name, n, span))
            .collect();
        ranked.sort_by_key(|&(_, n, span)| (std::cmp::Reverse(n), span.start));
        ranked
    }
}

impl<'a> Sieve<'a> {
    /// Who a first-person narrator is, when the text tells: the name the
    /// lines next to the narrator's own (“…,” I said) address most often,
    /// at least [`NARRATOR_VOTES`] times and at least twice as often as
    /// any other. A name the narration never uses is no entity of its own:
    /// the narrator is then the narration's "I" entity, under that name,
    /// and when that name is a lone given name and the lines also call the
    /// narrator by a surname (one the text writes after an honorific
    /// somewhere, Mr. Barnes), under both: Jake Barnes.
    pub(super) fn narrator(
        &self,
        groups: &[(std::ops::Range<usize>, usize, usize)],
        quoted: &[Quote],
        runs: &QuoteRuns,
        people: &People,
    ) -> Option<Who<'a>> {
        let says_i = |range: &std::ops::Range<usize>| {
            quoted[range.clone()]
                .iter()
                .any(|q| q.speaker.as_ref().is_some_and(|s| self.is_unnamed_i(s)))
        };
        let mut votes = Votes::default();
        for (k, (range, paragraph, _)) in groups.iter().enumerate() {
            if !says_i(range) {
                continue;
            }
            let neighbours = [k.checked_sub(1), Some(k + 1)];
            for (range, near, _) in neighbours
                .into_iter()
                .flatten()
                .filter_map(|j| groups.get(j))
            {
                if near.abs_diff(*paragraph) != 1 || says_i(range) {
                    continue;
                }
                let Some((n, q)) = range
                    .clone()
                    .zip(&quoted[range.clone()])
                    .find(|(_, q)| q.kind != QuoteKind::Scare)
                else {
                    continue;
                };
                // (every name the line addresses, once)
                let content = q.content.as_str(self.text);
                let mut said: Vec<&str> = Vec::new();
                for name in run_vocatives(content, runs.of_quote(n)).filter(|v| is_name_like(v)) {
                    if said.contains(&name) {
                        continue;
                    }
                    said.push(name);
                    votes.add(name, content, q.content.start);
                }
            }
        }
        let votes = votes.ranked();
        // (a plain word the text also writes in lower case is no name:
        // Well, Yes, Come)
        let lower_case_too = |name: &str| {
            let lower = name.to_lowercase();
            // (most names never occur in lower case: the vectorised test
            // for any occurrence reads the text several times faster than
            // the walk over the occurrences)
            if !self.text.contains(lower.as_str()) {
                return false;
            }
            self.text.match_indices(lower.as_str()).any(|(at, _)| {
                let before = self.text[..at].chars().next_back();
                let after = self.text[at + lower.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        // (the few most voted only: each check reads the whole text)
        let named = votes
            .iter()
            .take(NARRATOR_CANDIDATES)
            .filter(|(name, _, _)| people.entity_of_form(name).is_some() || !lower_case_too(name));
        let named: Vec<_> = named.collect();
        // (a surname the lines also call the narrator by, when the most
        // voted is a lone given name: Jake, and Barnes, is Jake Barnes)
        let surname = named.iter().skip(1).copied().find(|(name, n, _)| {
            *n >= NARRATOR_VOTES
                && !name.contains(' ')
                && lexicon::given_name_gender(name).is_none()
                && !lower_case_too(name)
                && self.has_honorific_before(name)
        });
        let mut named = named.into_iter();
        let best = named.next().copied();
        let second = named.next().map_or(0, |&(_, n, _)| n);
        let (name, span) = match best {
            Some((name, n, span)) if n >= NARRATOR_VOTES && n >= 2 * second => (name, span),
            _ => {
                let lines_of_i = groups.iter().filter(|(range, _, _)| says_i(range)).count();
                if lines_of_i < NARRATOR_LINES {
                    return None;
                }
                self.unnarrated_name(quoted, runs, people, lower_case_too)?
            }
        };
        Some(match people.entity_of_form(name) {
            Some(e) => self.latest_mention_of(
                e,
                self.seg.tokens.len().saturating_sub(1),
                &Moves::default(),
            )?,
            // (a name the narration never uses: the narration's "I" is
            // the narrator's entity, under the name a known speaker goes
            // by: Jake is Jake Barnes)
            None => Who {
                name: match self.cast.speaker_named(name) {
                    Some(known) => Cow::Owned(known.name.clone()),
                    None => match surname {
                        Some((surname, _, _))
                            if lexicon::given_name_gender(name).is_some()
                                && best.is_some_and(|(best, _, _)| best == name) =>
                        {
                            Cow::Owned(format!("{name} {surname}"))
                        }
                        _ => Cow::Owned(name.to_string()),
                    },
                },
                mention: span,
                entity: mentions::narrator_entity(&self.mentions.entities),
            },
        })
    }

    /// Whether the text writes `surname` after an honorific somewhere
    /// (Mr. Barnes, Monsieur Barnes): a surname, not a given name or a
    /// word of greeting.
    fn has_honorific_before(&self, surname: &str) -> bool {
        self.text.match_indices(surname).any(|(at, _)| {
            let before = self.text[..at].trim_end();
            let word = before
                .rsplit(|c: char| c.is_whitespace() || c == '"' || c == '“')
                .next()
                .unwrap_or("");
            before.len() < at && lexicon::honorific_gender(word).is_some()
        })
    }

    /// The name the lines address most often (at least
    /// [`NARRATOR_VOTES`] times, and twice as often as any other) that the
    /// narration does not use (once at most): in a first-person novel, the narrator's own
    /// (“…, Alexis Ivanovitch!”), when the lines next to the narrator's
    /// do not tell.
    fn unnarrated_name<'q>(
        &self,
        quoted: &'q [Quote],
        runs: &QuoteRuns,
        people: &People,
        lower_case_too: impl Fn(&str) -> bool,
    ) -> Option<(&'q str, Span)>
    where
        'a: 'q,
    {
        let mut votes = Votes::default();
        for (n, q) in quoted.iter().enumerate() {
            if q.kind == QuoteKind::Scare {
                continue;
            }
            let content = q.content.as_str(self.text);
            for name in run_vocatives(content, runs.of_quote(n)).filter(|v| is_name_like(v)) {
                // (a slip of the narration's may name them once; a pronoun
                // the narration resolved to the name does not count)
                let narrated = people.entity_of_form(name).is_some_and(|e| {
                    self.mentions.entities[e]
                        .mentions
                        .iter()
                        .filter(|m| starts_upper(m.as_str(self.text)))
                        .filter(|m| pronoun_gender(m.as_str(self.text)).is_none())
                        .nth(1)
                        .is_some()
                });
                if narrated {
                    continue;
                }
                votes.add(name, content, q.content.start);
            }
        }
        let votes = votes.ranked();
        // (the words that open many lines come first: Well, Why, Indeed)
        let mut named = votes
            .iter()
            .take(3 * NARRATOR_CANDIDATES)
            .filter(|(name, _, _)| !lower_case_too(name));
        let &(name, n, span) = named.next()?;
        let second = named.next().map_or(0, |&(_, n, _)| n);
        (n >= NARRATOR_VOTES && n >= 2 * second).then_some((name, span))
    }
}
