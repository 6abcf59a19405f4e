//! The caller's known speakers, looked up by the names they go by.

use super::resolution::compatible;
use super::*;

/// The caller's known speakers (a novel's cast), looked up by the names
/// they go by: a name or alias, a surname, or the given name that opens
/// one of their full names.
pub(crate) struct Cast<'k> {
    pub(super) known: &'k [KnownSpeaker],
    /// The canonical names.
    names: FxHashSet<&'k str>,
    /// Every name and alias; the first speaker listed with one keeps it.
    by_alias: FxHashMap<NameKey<'k>, usize>,
    /// Every known speaker of a surname, in the list's order (the
    /// Crawfords are Henry and Mary).
    by_surname: FxHashMap<NameKey<'k>, Vec<usize>>,
    /// The speakers whose full names a given name opens (Mike for Mike
    /// Campbell; no title: Lady Russell), each once, in the list's order:
    /// two when two speakers share it (Robert Cohn and Robert Prentiss).
    pub(super) by_given: FxHashMap<NameKey<'k>, Vec<usize>>,
}

impl<'k> Cast<'k> {
    /// Indexes `known` by its names.
    pub(crate) fn new(known: &'k [KnownSpeaker]) -> Cast<'k> {
        let mut cast = Cast {
            known,
            names: known.iter().map(|k| k.name.as_str()).collect(),
            by_alias: FxHashMap::default(),
            by_surname: FxHashMap::default(),
            by_given: FxHashMap::default(),
        };
        for (k, speaker) in known.iter().enumerate() {
            cast.by_alias.insert(NameKey::new(&speaker.name), k);
            for alias in &speaker.aliases {
                cast.by_alias.entry(NameKey::new(alias)).or_insert(k);
            }
            if speaker.name.contains(' ') {
                cast.by_surname
                    .entry(NameKey::new(surname(&speaker.name)))
                    .or_default()
                    .push(k);
            }
            for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
                let Some((given, _)) = name.split_once(' ') else {
                    continue;
                };
                if lexicon::is_title(given) || lexicon::honorific_gender(given).is_some() {
                    continue;
                }
                let sharing = cast.by_given.entry(NameKey::new(given)).or_default();
                if !sharing.contains(&k) {
                    sharing.push(k);
                }
            }
        }
        cast
    }

    /// Whether no speaker is known.
    pub(crate) fn is_empty(&self) -> bool {
        self.known.is_empty()
    }

    /// Whether `name` is a known speaker's canonical name.
    pub(crate) fn has_name(&self, name: &str) -> bool {
        self.names.contains(name)
    }

    /// The speaker listed with this name or alias.
    pub(super) fn by_alias(&self, name: &NameKey<'_>) -> Option<usize> {
        self.by_alias.get(name).copied()
    }

    /// The speaker a one-word name without an honorific means: the first
    /// listed with it as a surname, one whose name is no honorific and
    /// surname first (Denham alone is Ralph Denham, not Mrs. Denham), else
    /// the one whose full name opens with it.
    pub(super) fn by_one_word(&self, word: &NameKey<'_>) -> Option<usize> {
        self.by_surname
            .get(word)
            .and_then(|family| {
                // (an honorific and a surname: Mrs. Denham)
                let titled = |k: usize| {
                    self.known[k]
                        .name
                        .split_once(' ')
                        .is_some_and(|(first, rest)| {
                            !rest.contains(' ') && lexicon::honorific_gender(first).is_some()
                        })
                };
                family
                    .iter()
                    .copied()
                    .find(|&k| !titled(k))
                    .or_else(|| family.first().copied())
            })
            .or_else(|| match self.by_given.get(word)?.as_slice() {
                &[only] => Some(only),
                _ => None,
            })
    }

    /// For each given name that several listed speakers share, the one of
    /// them whose surname `uses` counts at least twice, and at least twice
    /// as often as any other's: Robert is Robert Cohn in a novel that
    /// calls him Cohn throughout.
    pub(super) fn shared_given_names(
        &self,
        uses: &FxHashMap<NameKey<'_>, usize>,
    ) -> FxHashMap<NameKey<'k>, usize> {
        let mut chosen = FxHashMap::default();
        for (given, sharing) in &self.by_given {
            if sharing.len() < 2 {
                continue;
            }
            let count = |k: usize| {
                let name = &self.known[k].name;
                uses.get(&NameKey::new(surname(name))).copied().unwrap_or(0)
            };
            let mut ranked: Vec<(usize, usize)> = sharing.iter().map(|&k| (count(k), k)).collect();
            ranked.sort_unstable_by_key(|&(uses, _)| std::cmp::Reverse(uses));
            let (most, k) = ranked[0];
            if most >= 2 && most >= 2 * ranked[1].0 {
                chosen.insert(given.clone(), k);
            }
        }
        chosen
    }

    /// The one speaker of a surname whose gender fits (Mr. Bennet).
    pub(super) fn of_family(&self, family: &NameKey<'_>, gender: Gender) -> Option<usize> {
        let mut fitting = self
            .by_surname
            .get(family)?
            .iter()
            .copied()
            .filter(|&k| compatible(self.known[k].gender, gender));
        let k = fitting.next()?;
        fitting.next().is_none().then_some(k)
    }

    /// The known speaker a name without an honorific means: by name or
    /// alias, and a one-word name by surname or given name.
    ///
    /// ```text
    /// cast [Mike Campbell] · "Mike" → Mike Campbell
    /// ```
    pub(crate) fn speaker_named(&self, name: &str) -> Option<&'k KnownSpeaker> {
        let key = NameKey::new(name);
        let k = self.by_alias(&key).or_else(|| {
            (!name.contains(' '))
                .then(|| self.by_one_word(&key))
                .flatten()
        })?;
        self.known.get(k)
    }
}
