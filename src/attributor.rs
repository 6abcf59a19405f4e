//! The engine: built once, reused for every document.

use crate::error::Error;
use crate::genre::{self, Genre};
use crate::result::{Attribution, KnownSpeaker};
use crate::rules::CueLexicon;
use crate::span::Span;
use crate::workspace::Workspace;
use crate::{marks, mentions, rules, sentences};
use std::collections::HashSet;
use std::mem::take;
use std::sync::Arc;

/// The default maximum input size for [`Attributor::attribute_bytes`]: 64 MiB.
pub const DEFAULT_MAX_INPUT_LEN: usize = 64 * 1024 * 1024;

/// Finds quotations in text and attributes them to speakers.
///
/// Build it once and reuse it: it is cheap to clone (the configuration is
/// shared) and `Send + Sync`, so one attributor can serve many threads.
///
/// # Examples
///
/// The defaults, and a first attribution:
///
/// ```
/// use quotative::{Attributor, QuoteKind};
///
/// let attributor = Attributor::new();
/// assert_eq!(attributor.max_input_len(), quotative::DEFAULT_MAX_INPUT_LEN);
/// assert!(attributor.known_speakers().is_empty());
///
/// let text = "“We cannot guarantee our own security,” Rutte said.";
/// let result = attributor.attribute(text);
/// let quote = &result.quotes[0];
/// assert_eq!(quote.kind, QuoteKind::Direct);
/// assert_eq!(quote.speaker.as_ref().unwrap().name, "Rutte");
/// ```
#[derive(Clone, Debug)]
pub struct Attributor {
    config: Arc<Config>,
}

#[derive(Debug)]
struct Config {
    known: Vec<KnownSpeaker>,
    cues: CueLexicon,
    genre: Genre,
    max_input_len: usize,
}

impl Default for Attributor {
    fn default() -> Attributor {
        Attributor::new()
    }
}

impl Attributor {
    /// An attributor with English defaults: the built-in cue lexicon, no
    /// known speakers, and [`DEFAULT_MAX_INPUT_LEN`].
    ///
    /// # Examples
    ///
    /// ```
    /// let attributor = quotative::Attributor::new();
    /// assert!(attributor.attribute("").quotes.is_empty());
    /// ```
    pub fn new() -> Attributor {
        Attributor {
            config: Arc::new(Config {
                known: Vec::new(),
                cues: CueLexicon::default(),
                genre: Genre::Detect,
                max_input_len: DEFAULT_MAX_INPUT_LEN,
            }),
        }
    }

    /// A builder for an attributor with known speakers, extra cue verbs or
    /// another input limit.
    ///
    /// # Examples
    ///
    /// ```
    /// let attributor = quotative::Attributor::builder().cue_verb("quipped").build().unwrap();
    /// let result = attributor.attribute("“Not today,” quipped Ana Silva.");
    /// assert_eq!(result.quotes[0].speaker.as_ref().unwrap().name, "Ana Silva");
    /// ```
    pub fn builder() -> AttributorBuilder {
        AttributorBuilder::default()
    }

    /// The maximum input size, in bytes, that [`attribute_bytes`](Self::attribute_bytes) accepts.
    ///
    /// # Examples
    ///
    /// ```
    /// let a = quotative::Attributor::builder().max_input_len(10).build().unwrap();
    /// assert_eq!(a.max_input_len(), 10);
    /// ```
    pub fn max_input_len(&self) -> usize {
        self.config.max_input_len
    }

    /// The genre this attributor reads its texts as.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(quotative::Attributor::new().genre(), quotative::Genre::Detect);
    /// ```
    pub fn genre(&self) -> Genre {
        self.config.genre
    }

    /// The known speakers this attributor resolves names to.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, KnownSpeaker};
    /// let a = Attributor::builder().speaker(KnownSpeaker::new("Mark Rutte")).build().unwrap();
    /// assert_eq!(a.known_speakers()[0].name, "Mark Rutte");
    /// ```
    pub fn known_speakers(&self) -> &[KnownSpeaker] {
        &self.config.known
    }

    /// Finds every quotation in `text` and who said it. It cannot fail.
    ///
    /// The result's quotes are in order of start; their spans are byte
    /// offsets into `text`.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, QuoteKind};
    ///
    /// let text = "Dutch Prime Minister Mark Rutte said the EU needed protection.";
    /// let result = Attributor::new().attribute(text);
    /// let quote = &result.quotes[0];
    /// assert_eq!(quote.kind, QuoteKind::Indirect);
    /// assert_eq!(quote.span.as_str(text), "the EU needed protection");
    /// assert_eq!(quote.speaker.as_ref().unwrap().name, "Mark Rutte");
    /// ```
    pub fn attribute(&self, text: &str) -> Attribution {
        self.attribute_in(text, &mut Workspace::for_one_document())
    }

    /// [`attribute`](Self::attribute), with the per-document tables kept in
    /// `workspace` and reused from one call to the next: the same result,
    /// without allocating (and, for long texts, faulting in) those tables
    /// afresh for every text. Keep one [`Workspace`] per thread.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, Workspace};
    ///
    /// let attributor = Attributor::new();
    /// let mut workspace = Workspace::new();
    /// let texts = ["“We build now,” Mayor Helen Okafor said.", "“No,” she said."];
    /// for text in texts {
    ///     let result = attributor.attribute_in(text, &mut workspace);
    ///     assert_eq!(result, attributor.attribute(text));
    /// }
    /// ```
    pub fn attribute_in(&self, text: &str, workspace: &mut Workspace) -> Attribution {
        // (the stages fill the workspace's buffers, taken out here and put
        // back, emptied, at the end)
        let paragraphs = sentences::paragraphs_in(text, take(&mut workspace.paragraphs));
        let marked = marks::find_quotes_in(text, &paragraphs, take(&mut workspace.quotes));
        let genre = match self.config.genre {
            Genre::Detect => genre::detect(text, &paragraphs, &marked),
            fixed => fixed,
        };
        let segmentation = sentences::segment_in(
            text,
            &paragraphs,
            &marked,
            take(&mut workspace.segmentation),
        );
        let cast = mentions::Cast::new(&self.config.known);
        let found = mentions::find_mentions_with(
            text,
            &segmentation,
            &cast,
            genre,
            &mut workspace.mentions,
        );
        let rules::Sieved {
            mut quotes,
            moved,
            said_in_lines,
        } = rules::apply(
            text,
            &segmentation,
            &marked,
            &found,
            &self.config.cues,
            genre,
            &cast,
            &mut workspace.sieve,
        );
        // A novel calls its people by their usual names (Darcy, Lizzy), a
        // report by their full ones (Mark Rutte).
        // (None for a name that stays as it is)
        let usual = (genre == Genre::Fiction).then(|| found.usual_renames(text, &said_in_lines));
        let mentions::Mentions {
            mentions: found_mentions,
            mut entities,
        } = found;
        workspace.give_back(paragraphs, marked, segmentation, found_mentions);
        move_mentions(&mut entities, moved);
        if let Some(mut usual) = usual {
            // (the narration's "I" takes the name the dialogue gave the
            // narrator)
            if let Some(e) = mentions::narrator_entity(&entities) {
                let named = quotes.iter().find_map(|q| {
                    let sp = q.speaker.as_ref()?;
                    (sp.entity == Some(e) && sp.name != mentions::NARRATOR).then_some(&sp.name)
                });
                if let (Some(name), Some(slot)) = (named, usual.get_mut(e)) {
                    *slot = Some(name.clone());
                }
            }
            // (a known speaker keeps the name the caller gave)
            for (name, entity) in usual.iter_mut().zip(&entities) {
                if cast.has_name(&entity.name) {
                    *name = None;
                }
            }
            for q in &mut quotes {
                if let Some(sp) = q.speaker.as_mut() {
                    let name = sp.entity.and_then(|e| {
                        let usual = usual.get(e)?.as_ref();
                        usual.or_else(|| entities.get(e).map(|entity| &entity.name))
                    });
                    if let Some(name) = name {
                        sp.name.clone_from(name);
                    }
                }
            }
            for (entity, name) in entities.iter_mut().zip(usual) {
                if let Some(name) = name {
                    entity.name = name;
                }
            }
        }
        Attribution {
            quotes,
            entities,
            genre,
        }
    }

    /// Attributes untrusted bytes: checks the size limit and UTF-8 first.
    ///
    /// # Errors
    ///
    /// Returns an error naming the byte offset of the first invalid UTF-8
    /// sequence, or both sizes when `bytes` is longer than
    /// [`max_input_len`](Self::max_input_len).
    ///
    /// # Examples
    ///
    /// ```
    /// let attributor = quotative::Attributor::new();
    /// assert!(attributor.attribute_bytes("“Hi,” he said.".as_bytes()).is_ok());
    /// let err = attributor.attribute_bytes(b"caf\xe9").unwrap_err();
    /// assert_eq!(err.utf8_offset(), Some(3));
    /// ```
    pub fn attribute_bytes(&self, bytes: &[u8]) -> Result<Attribution, Error> {
        Ok(self.attribute(self.check_input(bytes)?))
    }

    /// Checks untrusted bytes as [`attribute_bytes`](Self::attribute_bytes)
    /// does, and returns them as text: useful when the caller needs the
    /// `&str` too (to slice it with the result's spans).
    ///
    /// # Errors
    ///
    /// The same errors as [`attribute_bytes`](Self::attribute_bytes).
    ///
    /// # Examples
    ///
    /// ```
    /// let attributor = quotative::Attributor::new();
    /// let text = attributor.check_input("“Hi,” he said.".as_bytes()).unwrap();
    /// let result = attributor.attribute(text);
    /// assert_eq!(result.quotes[0].content.as_str(text), "Hi,");
    /// ```
    pub fn check_input<'b>(&self, bytes: &'b [u8]) -> Result<&'b str, Error> {
        if bytes.len() > self.config.max_input_len {
            return Err(Error::too_large(bytes.len(), self.config.max_input_len));
        }
        std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))
    }
}

/// Moves the mentions a conversation resolved anew from their old entity
/// to their new one: each affected entity's list is rebuilt once, in
/// order (so that many moves cost no more than sorting them).
fn move_mentions(entities: &mut [crate::result::Entity], mut moved: Vec<rules::MovedMention>) {
    if moved.is_empty() {
        return;
    }
    // Out of their old entities: (entity, span), sorted.
    let mut out: Vec<(usize, Span)> = moved
        .iter()
        .filter_map(|m| Some((m.from?, m.mention)))
        .collect();
    out.sort_unstable_by_key(|&(e, span)| (e, span.start, span.end));
    let mut k = 0;
    while k < out.len() {
        let e = out[k].0;
        let end = k + out[k..].iter().take_while(|(f, _)| *f == e).count();
        let gone = &out[k..end];
        if let Some(entity) = entities.get_mut(e) {
            entity.mentions.retain(|span| {
                gone.binary_search_by_key(&(span.start, span.end), |(_, g)| (g.start, g.end))
                    .is_err()
            });
        }
        k = end;
    }
    // Into their new ones.
    moved.sort_unstable_by_key(|m| (m.to, m.mention.start, m.mention.end));
    let mut k = 0;
    while k < moved.len() {
        let e = moved[k].to;
        let end = k + moved[k..].iter().take_while(|m| m.to == e).count();
        if let Some(entity) = entities.get_mut(e) {
            add_in_order(&mut entity.mentions, &moved[k..end]);
        }
        k = end;
    }
}

/// Adds the `added` mentions (in order of start and end) to an entity's
/// `mentions`, leaving them in that order without repeats, as sorting them
/// all and dropping repeats would: merged from the back in one pass when
/// the entity's mentions are in order already (as they are found), where
/// sorting the whole list again for a few moved mentions cost most of a
/// novel's moves; sorted otherwise.
fn add_in_order(mentions: &mut Vec<Span>, added: &[rules::MovedMention]) {
    let key = |span: &Span| (span.start, span.end);
    let old = mentions.len();
    mentions.extend(added.iter().map(|m| m.mention));
    if mentions[..old].is_sorted_by_key(key) {
        // (`w` is always `i + j`: each slot written is free, its old
        // mention moved up already)
        let (mut i, mut j) = (old, added.len());
        while j > 0 {
            let next = added[j - 1].mention;
            let w = i + j - 1;
            if i > 0 && key(&mentions[i - 1]) > key(&next) {
                mentions[w] = mentions[i - 1];
                i -= 1;
            } else {
                mentions[w] = next;
                j -= 1;
            }
        }
    } else {
        mentions.sort_unstable_by_key(key);
    }
    mentions.dedup();
}

/// Builds an [`Attributor`] with known speakers, extra cue verbs and an
/// input limit; [`build`](Self::build) checks every setting.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, Gender, KnownSpeaker};
///
/// let mut builder = Attributor::builder();
/// builder.speaker(KnownSpeaker::new("Mark Rutte").alias("Rutte").gender(Gender::Male));
/// builder.cue_verb("quipped");
/// builder.max_input_len(1 << 20);
/// let attributor = builder.build().unwrap();
/// assert_eq!(attributor.max_input_len(), 1 << 20);
/// ```
#[derive(Clone, Debug)]
pub struct AttributorBuilder {
    known: Vec<KnownSpeaker>,
    cues: Vec<String>,
    genre: Genre,
    max_input_len: usize,
}

impl Default for AttributorBuilder {
    fn default() -> AttributorBuilder {
        AttributorBuilder {
            known: Vec::new(),
            cues: Vec::new(),
            genre: Genre::Detect,
            max_input_len: DEFAULT_MAX_INPUT_LEN,
        }
    }
}

impl AttributorBuilder {
    /// Adds a known speaker.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, KnownSpeaker};
    /// let a = Attributor::builder().speaker(KnownSpeaker::new("Ana Silva")).build().unwrap();
    /// assert_eq!(a.known_speakers().len(), 1);
    /// ```
    pub fn speaker(&mut self, speaker: KnownSpeaker) -> &mut AttributorBuilder {
        self.known.push(speaker);
        self
    }

    /// Adds known speakers.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, KnownSpeaker};
    /// let cast = vec![KnownSpeaker::new("Ana"), KnownSpeaker::new("Bo")];
    /// let a = Attributor::builder().speakers(cast).build().unwrap();
    /// assert_eq!(a.known_speakers().len(), 2);
    /// ```
    pub fn speakers(
        &mut self,
        speakers: impl IntoIterator<Item = KnownSpeaker>,
    ) -> &mut AttributorBuilder {
        self.known.extend(speakers);
        self
    }

    /// Adds a speech cue verb form to the built-in lexicon (one word, such
    /// as "quipped"; give each inflection you want matched).
    ///
    /// # Examples
    ///
    /// ```
    /// let a = quotative::Attributor::builder().cue_verb("harrumphed").build().unwrap();
    /// let r = a.attribute("“Nonsense,” harrumphed Ana Silva.");
    /// assert!(r.quotes[0].speaker.is_some());
    /// ```
    pub fn cue_verb(&mut self, verb: impl Into<String>) -> &mut AttributorBuilder {
        self.cues.push(verb.into());
        self
    }

    /// Sets the genre of the texts, which decides how untagged
    /// quotations are attributed ([`Genre::Detect`] by default: per
    /// document, from the shape of its dialogue).
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, Genre};
    /// let a = Attributor::builder().genre(Genre::Fiction).build().unwrap();
    /// assert_eq!(a.genre(), Genre::Fiction);
    /// ```
    pub fn genre(&mut self, genre: Genre) -> &mut AttributorBuilder {
        self.genre = genre;
        self
    }

    /// Sets the maximum input size in bytes for
    /// [`Attributor::attribute_bytes`].
    ///
    /// # Examples
    ///
    /// ```
    /// let a = quotative::Attributor::builder().max_input_len(100).build().unwrap();
    /// assert!(a.attribute_bytes(&[b'a'; 101]).is_err());
    /// ```
    pub fn max_input_len(&mut self, bytes: usize) -> &mut AttributorBuilder {
        self.max_input_len = bytes;
        self
    }

    /// Checks the settings and builds the attributor.
    ///
    /// # Errors
    ///
    /// An error naming the item when a known speaker has an empty name or
    /// alias, two known speakers share a name, or a cue verb is empty or
    /// not a single word of letters.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, KnownSpeaker};
    ///
    /// let err = Attributor::builder()
    ///     .speaker(KnownSpeaker::new("Ana"))
    ///     .speaker(KnownSpeaker::new("Ana"))
    ///     .build()
    ///     .unwrap_err();
    /// assert!(err.to_string().contains("duplicate known speaker \"Ana\""));
    /// ```
    pub fn build(&self) -> Result<Attributor, Error> {
        let mut names = HashSet::new();
        for (i, speaker) in self.known.iter().enumerate() {
            if speaker.name.trim().is_empty() {
                return Err(Error::config(format!(
                    "known speaker #{i} has an empty name"
                )));
            }
            if !names.insert(speaker.name.trim().to_lowercase()) {
                return Err(Error::config(format!(
                    "duplicate known speaker {:?}",
                    speaker.name
                )));
            }
            if let Some(k) = speaker.aliases.iter().position(|a| a.trim().is_empty()) {
                return Err(Error::config(format!(
                    "known speaker {:?} has an empty alias (alias #{k})",
                    speaker.name
                )));
            }
        }
        let mut extra = HashSet::new();
        for cue in &self.cues {
            if cue.is_empty()
                || !cue
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
                || !cue.chars().next().is_some_and(char::is_alphabetic)
            {
                return Err(Error::config(format!(
                    "invalid cue verb {cue:?}: a cue is one word of letters"
                )));
            }
            extra.insert(cue.to_lowercase());
        }
        Ok(Attributor {
            config: Arc::new(Config {
                known: self.known.clone(),
                cues: CueLexicon { extra },
                genre: self.genre,
                max_input_len: self.max_input_len,
            }),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `add_in_order` leaves what sorting all the mentions and dropping
    /// repeats leaves, whether the entity's mentions were in order or not.
    #[test]
    fn adds_mentions_as_sorting_them_all_does() {
        let span = |n: usize| Span::new(n / 3, n / 3 + n % 3);
        for seed in 0..200_usize {
            // (a small generator: the same cases every run)
            let mut x = seed.wrapping_mul(2_654_435_761) | 1;
            let mut next = |bound: usize| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % bound
            };
            let mut old: Vec<Span> = (0..next(12)).map(|_| span(next(30))).collect();
            if seed % 3 != 0 {
                old.sort_unstable_by_key(|s| (s.start, s.end));
            }
            let mut added: Vec<Span> = (0..next(8)).map(|_| span(next(30))).collect();
            added.sort_unstable_by_key(|s| (s.start, s.end));
            let moved: Vec<rules::MovedMention> = added
                .iter()
                .map(|&mention| rules::MovedMention {
                    mention,
                    from: None,
                    to: 0,
                })
                .collect();
            let mut expected = old.clone();
            expected.extend(&added);
            expected.sort_unstable_by_key(|s| (s.start, s.end));
            expected.dedup();
            add_in_order(&mut old, &moved);
            assert_eq!(old, expected, "seed {seed}");
        }
    }
}
