//! Stage 4: the sieve — ordered, named rules over sentence proximity that
//! decide each quote's kind and speaker, and find reported speech.
//!
//! Rules run from the most reliable to the least; the first rule that
//! decides a quote wins, and records its name and confidence on the quote.
//! Each rule carries example sentences it must and must not fire on
//! ([`Rule::examples`]); the crate's tests run them all.
//!
//! Reported speech (X said CLAUSE) is found first, sentence by sentence,
//! from the speech cues that are not tags of a quotation; quotes inside a
//! reported clause then take that clause's speaker.

use crate::lexicon::{self, CueClass, WordClass};
use crate::marks::QuotedSpan;
use crate::mentions::{self, MentionKind, Mentions};
use crate::result::{Quote, QuoteKind, Speaker};
use crate::sentences::{Segmentation, Sentence, TokenKind, TokenSet};
use crate::span::Span;
use std::collections::HashSet;

/// How many tokens an appositive between a subject and its cue may have.
const APPOSITIVE_TOKENS: usize = 30;
/// How many tokens around a quotation the sieve searches for its cue.
const CUE_WINDOW: usize = 40;
/// How many tokens a reported clause may run.
const CLAUSE_TOKENS: usize = 400;
/// How many of its sentence's reported clauses a quote is checked against.
const REPORTS_PER_QUOTE: usize = 64;
/// How many modifiers (has, also, later) may stand between subject and cue.
const MODIFIER_TOKENS: usize = 4;

/// A rule of the sieve: the name of what decided a quote.
///
/// # Examples
///
/// ```
/// use quotative::{Attributor, Rule};
///
/// let quote = &Attributor::new().attribute("Putin said: “This is serious.”").quotes[0];
/// assert_eq!(quote.rule, Rule::TagThenQuote);
/// assert_eq!(Rule::TagThenQuote.name(), "tag-then-quote");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Rule {
    /// A speaker tag right after the quote: “Q,” X said / “Q,” said X.
    QuoteThenTag,
    /// A speaker tag right before the quote: X said: “Q” / X said, “Q”.
    TagThenQuote,
    /// The quote ends its sentence and the next sentence is only a tag:
    /// “Q?” Smith asked.
    TagInNextSentence,
    /// A quoted fragment inside a clause reported or characterised by a
    /// speaker: X said the plan was “dead”; X called it “a disgrace”.
    InReportedClause,
    /// A quote-only paragraph after a lead-in that ends with a colon:
    /// The Times reports: / “Q.”
    ColonLeadIn,
    /// A quote-only sentence or paragraph continuing the previous quote's
    /// speaker.
    ContinuesSpeaker,
    /// The fallback: the speaker of a nearby sentence with a speech cue.
    NearbySpeaker,
    /// A quoted phrase in a sentence without a speech cue: the sentence's
    /// subject, at low confidence (Flying home, she vented about a
    /// fight “from start to finish”).
    SentenceSubject,
    /// Reported speech with the speaker first: X said (that) CLAUSE.
    ReportedSpeech,
    /// Reported speech with the tag after the clause: CLAUSE, X said.
    ReportedSpeechTagAfter,
    /// Reported speech on a participle: X …, saying CLAUSE.
    ParticipleCue,
    /// Reported speech with "according to X".
    AccordingTo,
    /// A paragraph opened by its speaker and a colon, as in headlines and
    /// transcripts: Sanders: Brexit's message could help Trump.
    SpeakerColon,
    /// No speaker could be found (scare quotes, titles, nicknames).
    NoSpeaker,
}

/// One example sentence of a rule: the text, and the canonical name of the
/// speaker the rule must give (`None` for an example the rule must not
/// fire on).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleExample {
    /// The example text.
    pub text: &'static str,
    /// The speaker the rule must give, or `None` if it must not fire.
    pub speaker: Option<&'static str>,
}

const fn fires(text: &'static str, speaker: &'static str) -> RuleExample {
    RuleExample {
        text,
        speaker: Some(speaker),
    }
}

const fn not(text: &'static str) -> RuleExample {
    RuleExample {
        text,
        speaker: None,
    }
}

impl Rule {
    /// Every rule, in the order the sieve tries them.
    pub const ALL: [Rule; 14] = [
        Rule::ReportedSpeech,
        Rule::ReportedSpeechTagAfter,
        Rule::ParticipleCue,
        Rule::AccordingTo,
        Rule::SpeakerColon,
        Rule::QuoteThenTag,
        Rule::TagThenQuote,
        Rule::InReportedClause,
        Rule::TagInNextSentence,
        Rule::ColonLeadIn,
        Rule::SentenceSubject,
        Rule::ContinuesSpeaker,
        Rule::NearbySpeaker,
        Rule::NoSpeaker,
    ];

    /// The rule's name as it appears in the JSON output.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(quotative::Rule::ContinuesSpeaker.name(), "continues-speaker");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Rule::QuoteThenTag => "quote-then-tag",
            Rule::TagThenQuote => "tag-then-quote",
            Rule::TagInNextSentence => "tag-in-next-sentence",
            Rule::InReportedClause => "in-reported-clause",
            Rule::ColonLeadIn => "colon-lead-in",
            Rule::SentenceSubject => "sentence-subject",
            Rule::ContinuesSpeaker => "continues-speaker",
            Rule::NearbySpeaker => "nearby-speaker",
            Rule::ReportedSpeech => "reported-speech",
            Rule::ReportedSpeechTagAfter => "reported-speech-tag-after",
            Rule::ParticipleCue => "participle-cue",
            Rule::AccordingTo => "according-to",
            Rule::SpeakerColon => "speaker-colon",
            Rule::NoSpeaker => "no-speaker",
        }
    }

    /// The confidence the rule gives to what it decides.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::Rule;
    /// assert!(Rule::QuoteThenTag.confidence() > Rule::NearbySpeaker.confidence());
    /// ```
    pub const fn confidence(self) -> f32 {
        match self {
            Rule::QuoteThenTag => 0.95,
            Rule::TagThenQuote => 0.9,
            Rule::TagInNextSentence => 0.85,
            Rule::InReportedClause => 0.8,
            Rule::ColonLeadIn => 0.85,
            Rule::ContinuesSpeaker => 0.75,
            Rule::NearbySpeaker => 0.45,
            Rule::SentenceSubject => 0.4,
            Rule::ReportedSpeech => 0.8,
            Rule::ReportedSpeechTagAfter => 0.8,
            Rule::ParticipleCue => 0.7,
            Rule::AccordingTo => 0.8,
            Rule::SpeakerColon => 0.7,
            Rule::NoSpeaker => 0.5,
        }
    }

    /// Sentences the rule must fire on (with the speaker it must give) and
    /// must not fire on.
    ///
    /// # Examples
    ///
    /// ```
    /// use quotative::{Attributor, Rule};
    ///
    /// let attributor = Attributor::new();
    /// for example in Rule::QuoteThenTag.examples() {
    ///     let result = attributor.attribute(example.text);
    ///     let fired = result.quotes.iter().any(|q| q.rule == Rule::QuoteThenTag);
    ///     assert_eq!(fired, example.speaker.is_some(), "{}", example.text);
    /// }
    /// ```
    pub fn examples(self) -> &'static [RuleExample] {
        match self {
            Rule::QuoteThenTag => {
                const {
                    &[
                fires("“We cannot guarantee our own security,” Rutte said.", "Rutte"),
                fires("“It is over,” said Sen. Ted Cruz, R-Texas.", "Ted Cruz"),
                fires("“It worked,” Kenneth Baer, a former official who runs Crosscut Strategies, said.", "Kenneth Baer"),
                fires("“Chinese wouldn’t brag,” one post said.", "one post"),
                fires("“He represents our greatest shame.” ― Sonya Herridge", "Sonya Herridge"),
                fires("“It's hard to dispute,” said Democratic pollster Stan Greenberg.", "Stan Greenberg"),
                fires("He is seen as “the operator,” as The New Yorker put it.", "New Yorker"),
                fires("Ana Silva spoke last. “They separate the families.\n\n“This is still my family,” Silva said.", "Ana Silva"),
                fires("“The records were found,” according to Judicial Watch.", "Judicial Watch"),
                fires("“Nobody asked me,” Hollande retaliated.", "Hollande"),
                fires("“Is it over?” asked William Bennett, a radio host.", "William Bennett"),
                fires("“It is over,” Senate Leader Mitch McConnell, R-Ky., said.", "Mitch McConnell"),
                not("“It is over,” telling reporters he was done."),
                not("He praised the “deep friendship” between them."),
            ]
                }
            }
            Rule::TagThenQuote => {
                const {
                    &[
                        fires("Putin said: “This is a very serious thing.”", "Putin"),
                        fires("Ana Silva told reporters, “We will win.”", "Ana Silva"),
                        fires(
                            "“First,” said Ana Silva, a senior fellow, “we wait.”",
                            "Ana Silva",
                        ),
                        fires(
                            "Kasich resisted: “Governors do not have that power.”",
                            "Kasich",
                        ),
                        fires(
                            "Weaver balked, telling reporters, “A lot of people said so.”",
                            "Weaver",
                        ),
                        fires(
                            "According to the campaign, “The speech will be in Manchester.”",
                            "the campaign",
                        ),
                        fires("As Vulture put it, “Hello, it’s the Biebs.”", "Vulture"),
                        fires(
                            "As The Post’s Dana Milbank puts it, “Senate Republicans are unmoved.”",
                            "Dana Milbank",
                        ),
                        fires("Said Comey, “The thought is painful.”", "Comey"),
                        not("According to plan, “The speech” was a success."),
                        not("“We will win,” Ana Silva said."),
                    ]
                }
            }
            Rule::TagInNextSentence => {
                const {
                    &[
                fires("“Why would we stop?” Ana Silva asked.", "Ana Silva"),
                not("Japan branded North Korea an “outlaw nation.” Russia insisted."),
                not("“Why would we stop?” Ana Silva asked the crowd and then went on to talk about other things."),
            ]
                }
            }
            Rule::InReportedClause => {
                const {
                    &[
                fires("Chinese President Xi Jinping called Putin his “best and bosom friend”.", "Xi Jinping"),
                fires("The senator said the plan was “dead on arrival” and left.", "The senator"),
                fires("Pence said he’s “very confident” about it.", "Pence"),
                fires("Donald Trump took to Twitter to accuse the campaign of being “duped by a con.”", "Donald Trump"),
                fires("Donald Trump stood by his comment Monday that “Islam hates us,” and left.", "Donald Trump"),
                fires("It's the pull of Obama's “if you like your plan, you can keep it” promise.", "Obama"),
                fires("Christie refers to the candidate as “Mr. Trump.”", "Christie"),
                fires("Speaking at a town hall in Salem, New Hampshire, Trump went after Bush, calling him “a total stiff.”", "Trump"),
                not("In Salem, New Hampshire, the rain fell on a “total stiff” crowd."),
                not("China unveiled a “hypersonic” missile."),
            ]
                }
            }
            Rule::SentenceSubject => {
                const {
                    &[
                        fires(
                            "Flying home that night, she vented about a fight “from start to finish” and slept.",
                            "she",
                        ),
                        fires(
                            "He ended the rally with “we will win, win, win,” and voters cheered.",
                            "He",
                        ),
                        not("In Salem, the rain fell on a “total stiff” crowd."),
                        not("China unveiled a “hypersonic” missile."),
                    ]
                }
            }
            Rule::ColonLeadIn => {
                const {
                    &[
                fires("The New York Times reports:\n\n“Just 24 percent of the contributors gave $200 or less.”", "New York Times"),
                fires("Mitch McConnell delivered a blunt message to Trump: “It is time to quit attacking people.”", "Mitch McConnell"),
                fires("Pollsters agree - Carl Bialik:\n\n“Keep on contacting voters as late as possible.”", "Carl Bialik"),
                not("Wait, it gets better:\n\n“By law, the president sets the number.”"),
                not("The weather was fine.\n\n“Just 24 percent gave.”"),
            ]
                }
            }
            Rule::ContinuesSpeaker => {
                const {
                    &[
                fires("“Once again, bragging!” one post said. “Chinese wouldn’t brag like that.”", "one post"),
                not("“First,” Ana Silva said.\n\nThe vote was held on Monday.\n\nThe count was slow.\n\nLater it rained.\n\n“Second.”"),
            ]
                }
            }
            Rule::NearbySpeaker => {
                const {
                    &[
                        fires(
                            "Ana Silva said the vote was close. The count was slow. “We will win.”",
                            "Ana Silva",
                        ),
                        not("The vote was close.\n\n“We will win.”"),
                    ]
                }
            }
            Rule::ReportedSpeech => {
                const {
                    &[
                fires("Dutch Prime Minister Mark Rutte said the European Union needed protection.", "Mark Rutte"),
                fires("Mark Rutte spoke. He told the Dutch Atlantic Association that the EU should pay.", "Mark Rutte"),
                fires("Sergei Ryabkov condemned the test but said the Kremlin would not deploy missiles.", "Sergei Ryabkov"),
                fires("Even so, 60 percent of Democrats said the economy was weak.", "Democrats"),
                fires("The budget office said about half of the adjustment reflected revenue.", "The budget office"),
                fires("The campaign declined to comment on the report.", "The campaign"),
                fires("Zoe Saldana pointed out that critics should question all of it.", "Zoe Saldana"),
                not("Zoe Saldana pointed at the map."),
                fires("Cruz refused to endorse Trump at the convention.", "Cruz"),
                not("His plans to build a wall were expensive."),
                not("Cruz refused to the end."),
                fires("Bernie Sanders Says He Has Started Writing His Address", "Bernie Sanders"),
                not("Sanders boasted about his plan."),
                fires("House Speaker Paul Ryan (R-Wis.) said the images had no place in a campaign.", "Paul Ryan"),
                fires("Sen. Lindsey Graham, R-S.C., a long-shot candidate, said the plan would fail.", "Lindsey Graham"),
                not("The leader of Democrats said nothing."),
                not("The missiles were deployed in August."),
                not("The timeline of the shooting in San Bernardino, California, shows that the name was announced."),
                fires("Sen. Ted Cruz said he wants to repeal the law.", "Ted Cruz"),
                fires("As for Trump, he said he is not worried.", "Trump"),
                fires("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Sanders was rude.", "Sandy Phillips"),
                fires("Reince Priebus, the GOP chairman, this past week announced the creation of a website.", "Reince Priebus"),
                fires("Sanders called for a ban on assault weapons in every state.", "Sanders"),
                fires("A poll conducted by voters in Saturday's primary showed that change is important.", "A poll"),
                fires("He endorsed Hillary Clinton.", "He"),
                fires("But he said he was too busy to look for evidence that would back it up.", "he"),
                fires("Ryan said the spate of shootings demands that Americans engage in more listening.", "Ryan"),
                fires("Though he was no voice on reform, Sanders promised to take bold action.", "Sanders"),
                fires("Bradley apologized for the columns after they came out.", "Bradley"),
                fires("The latest CNN poll showed Trump leading the field with 34 percent.", "The latest CNN poll"),
                fires("Brian Abernathy, the city's first deputy manager, said the flag was removed.", "Brian Abernathy"),
                fires("Nick Merrill, a spokesman for Mrs. Clinton, said that the focus was wages.", "Nick Merrill"),
                fires("Some delegates at the convention in Philadelphia said they welcomed attention to it.", "Some delegates"),
                not("Large majorities of the crowd in six states going to the polls said they support a proposal to ban travel."),
                fires("Mr. Ryan has long said that he will support the party's nominee.", "Ryan"),
                not("They have long been skeptical of the plan."),
                fires("Shortly after Clinton was declared the winner, Sanders told a crowd that he expects to win.", "Sanders"),
                not("Shortly after the vote, the crowd left the hall."),
                fires("Election scholars caution that high turnout favors the challenger.", "Election scholars"),
                not("A giant government savings plan that offers better prices was approved."),
            ]
                }
            }
            Rule::ReportedSpeechTagAfter => {
                const {
                    &[
                        fires(
                            "Secret Service protocol called for a trauma center, sources said.",
                            "sources",
                        ),
                        fires(
                            "The talks will resume next week, said Ana Silva.",
                            "Ana Silva",
                        ),
                        fires(
                            "The talks will resume next week, said Ana Silva on Monday.",
                            "Ana Silva",
                        ),
                        not("Mr. Coffman, who represents a swing district, said Mr. Trump had lied."),
                        not("“The talks will resume next week,” said Ana Silva."),
                        fires(
                            "Netanyahu will meet with Trump when he arrives, Israeli officials said.",
                            "officials",
                        ),
                        fires(
                            "Cruz lacks support in Congress, said Larry Sabato, director of the Center for Politics.",
                            "Larry Sabato",
                        ),
                        fires(
                            "The plan would cost billions, Smith said in a telephone interview on Monday.",
                            "Smith",
                        ),
                        not("On Twitter, Jeb Bush said the plan was “unhinged.”"),
                        not("More recently, Trump said."),
                    ]
                }
            }
            Rule::ParticipleCue => {
                const {
                    &[
                        fires(
                            "China condemned the missile test, saying it could start an arms race.",
                            "China",
                        ),
                        fires(
                            "WASHINGTON (AP) — Sen. Bernie Sanders defended his plan, saying it would help workers.",
                            "Bernie Sanders",
                        ),
                        not("China condemned the missile test on Monday."),
                        fires(
                            "At a rally in Portsmouth, N.H., on Tuesday, Bernie Sanders endorsed Clinton, saying she would win.",
                            "Bernie Sanders",
                        ),
                        not("At a rally in Portsmouth, N.H., on Tuesday, the crowd cheered."),
                        fires(
                            "WASHINGTON, Dec. 8 (UPI) — In response to the proposal to bar Muslims, Sen. Bernie Sanders rallied supporters, saying they must act.",
                            "Bernie Sanders",
                        ),
                        not("WASHINGTON, Dec. 8 (UPI) — In response to the proposal to bar Muslims, the rally ended."),
                    ]
                }
            }
            Rule::AccordingTo => {
                const {
                    &[
                        fires(
                            "According to the White House, the meeting was cancelled.",
                            "White House",
                        ),
                        fires(
                            "The meeting was cancelled, according to two officials.",
                            "two officials",
                        ),
                        not("The meeting went according to plan."),
                    ]
                }
            }
            Rule::SpeakerColon => {
                const {
                    &[
                        fires(
                            "Sanders: Brexit’s message could draw Trump support.",
                            "Sanders",
                        ),
                        not("The plan had three parts: taxes, trade and jobs."),
                        not("Breaking: Federal Judge Just Gave Hillary Some Of The Worst News"),
                    ]
                }
            }
            Rule::NoSpeaker => {
                const {
                    &[
                        fires("China unveiled a “hypersonic” missile.", ""),
                        fires(
                            "Sanders spoke on Friday on HBO’s “Real Time With Bill Maher.”",
                            "",
                        ),
                        fires(
                            "He left.\n\n'All Bets Are Off.'\n\nEight years ago, he ran.",
                            "",
                        ),
                        not("“We will win,” Ana Silva said."),
                    ]
                }
            }
        }
    }
}

/// The cue words the sieve knows: the built-in lexicon plus the caller's.
#[derive(Clone, Debug, Default)]
pub(crate) struct CueLexicon {
    /// Extra speech cues, lower-cased.
    pub(crate) extra: HashSet<String>,
}

impl CueLexicon {
    /// The class of `word` as a cue; `class` is its [`WordClass`].
    fn class(&self, word: &str, class: WordClass) -> Option<CueClass> {
        class.cue_class().or_else(|| {
            (!self.extra.is_empty() && self.extra.contains(&word.to_lowercase()))
                .then_some(CueClass::Speech)
        })
    }
}

/// A speaker tag: which mention speaks, through which cue token.
#[derive(Clone, Copy, Debug)]
struct Tag {
    mention: usize,
    cue: usize,
    /// The token after the tag.
    end: usize,
}

struct Sieve<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    quotes: &'a [QuotedSpan],
    mentions: &'a Mentions,
    cues: &'a CueLexicon,
    /// `words_before[i]`: how many word tokens precede token `i`, so that
    /// words in any range are counted in constant time.
    words_before: Vec<u32>,
    /// `quoted_before[i]`: how many bytes of quotation tokens precede token `i`.
    quoted_before: Vec<usize>,
}

/// Runs the sieve: returns every quote (quoted and reported) in order of
/// start.
pub(crate) fn apply(
    text: &str,
    seg: &Segmentation,
    quotes: &[QuotedSpan],
    mentions: &Mentions,
    cues: &CueLexicon,
) -> Vec<Quote> {
    let mut words_before = Vec::with_capacity(seg.tokens.len() + 1);
    let mut quoted_before = Vec::with_capacity(seg.tokens.len() + 1);
    let (mut words, mut quoted) = (0u32, 0usize);
    for token in &seg.tokens {
        words_before.push(words);
        quoted_before.push(quoted);
        match token.kind {
            TokenKind::Word => words += 1,
            TokenKind::Quote(_) => quoted += token.span.len(),
            TokenKind::Punct => {}
        }
    }
    words_before.push(words);
    quoted_before.push(quoted);
    let sieve = Sieve {
        text,
        seg,
        quotes,
        mentions,
        cues,
        words_before,
        quoted_before,
    };
    sieve.run()
}

impl<'a> Sieve<'a> {
    fn word(&self, i: usize) -> &'a str {
        self.seg.tokens[i].span.as_str(self.text)
    }

    fn is_word(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Punct && t.span.as_str(self.text) == p)
    }

    fn is_quote(&self, i: usize) -> bool {
        self.seg
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
    }

    /// What the word lists say about token `i`.
    fn class(&self, i: usize) -> WordClass {
        self.seg.class(i)
    }

    fn cue(&self, i: usize) -> Option<CueClass> {
        if !self.is_word(i) {
            return None;
        }
        // (most words are in no list of cues: their letters need no look)
        if self.class(i).cue_class().is_none() && self.cues.extra.is_empty() {
            return None;
        }
        let w = self.word(i);
        if w.chars().next().is_some_and(char::is_uppercase) && w != "Said" && w != "Says" {
            return None;
        }
        self.cues.class(w, self.class(i))
    }

    fn speech_cue(&self, i: usize) -> bool {
        self.cue(i) == Some(CueClass::Speech)
    }

    fn speaker(&self, mention: usize) -> Speaker {
        let m = &self.mentions.mentions[mention];
        Speaker {
            name: self.mentions.name_of(self.text, mention),
            mention: m.span,
            entity: m.entity,
        }
    }

    /// A mention that can be a subject, ending at token `i`.
    fn subject_ending_at(&self, i: usize) -> Option<usize> {
        let m = self.mentions.ending_at(i)?;
        let mention = &self.mentions.mentions[m];
        (!mention.possessive && !mention.after_preposition).then_some(m)
    }

    /// The subject of the cue at token `cue`: the mention just before it,
    /// across modifiers (has also) and an appositive (X, a former aide, said).
    fn subject_of(&self, cue: usize, from: usize) -> Option<usize> {
        let mut k = cue;
        if k > from && self.is_punct(k - 1, ")") {
            return self.subject_near(k - 1, from);
        }
        if self.mentions.ending_at(k.wrapping_sub(1)).is_none() {
            k = mentions::skip_back_to_subject(self.text, self.seg, k, from);
        }
        if k == from {
            return None;
        }
        if let Some(m) = self.subject_near(k - 1, from) {
            return Some(m);
        }
        // Some delegates at the convention in Philadelphia said
        let head = mentions::skip_back_over_prepositions(self.text, self.seg, k, from);
        if head < k && head > from && self.class(cue).is_finite_saying() {
            if let Some(m) = self.subject_near(head - 1, from) {
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
                    && matches!(self.word(r), "who" | "whose")
                    && self.is_punct(r - 1, ",")
                    && r >= 2
                {
                    if let Some(m) = self.subject_near(r - 2, from) {
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
                    && self.seg.tokens[j - 1].span.end == self.seg.tokens[j].span.start
                    && (self.word(j - 1).contains('.') || self.class(j - 1).is_abbreviation());
                if self.is_quote(j)
                    || (self.is_punct(j, ".") && !abbreviation_dot)
                    || self.is_punct(j, ";")
                {
                    return None;
                }
                if self.is_punct(j, ",") {
                    // Russia’s deputy foreign minister, Sergei Ryabkov, said: the name.
                    // (not a place after a place: San Bernardino, California, shows)
                    let after_name = j > from
                        && self
                            .mentions
                            .ending_at(j - 1)
                            .is_some_and(|p| self.mentions.mentions[p].kind == MentionKind::Name);
                    if let Some(name) = self.mentions.starting_at(j + 1) {
                        let m = &self.mentions.mentions[name];
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
                    if let Some(m) = (j > from).then(|| self.subject_near(j - 1, from)).flatten() {
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
            if matches!(self.word(r), "who" | "which" | "that") {
                return (r > from).then(|| self.subject_near(r - 1, from)).flatten();
            }
        }
        None
    }

    /// A subject ending at token `i`, or the head of a phrase whose
    /// prepositional part ends there: Mr. Nevins *of Showtime*.
    fn subject_near(&self, i: usize, from: usize) -> Option<usize> {
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
            let m = self.mentions.ending_at(i)?;
            let mention = &self.mentions.mentions[m];
            if !mention.after_preposition || mention.tokens.start < from + 2 {
                return None;
            }
            // 60 percent of voters, most of the delegates: a share of a
            // group speaks for it.
            let of = mention.tokens.start - 1;
            if !mention.possessive
                && self.is_word(of)
                && self.word(of) == "of"
                && self.is_word(of - 1)
                && self.class(of - 1).is_quantity_word()
            {
                return Some(m);
            }
            i = mention.tokens.start - 2; // before the preposition
        }
        None
    }

    /// The subject of the sentence before token `before`: its first mention
    /// that can be a subject (a role followed by an appositive name gives
    /// the name).
    fn sentence_subject(&self, sentence: &Sentence, before: usize) -> Option<usize> {
        // Leading adverbial clauses are not the subject: "In response to
        // Trump’s proposal, Clinton’s aide said…", "Last month, when I
        // asked him, he said…".
        let mut start = sentence.tokens.start;
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
            let w = self.word(opener).to_ascii_lowercase();
            let comma_soon = (opener..before.min(opener + 5)).find(|&i| self.is_punct(i, ","));
            let temporal_lead = comma_soon.is_some_and(|c| {
                c > opener && {
                    let last = self.word(c - 1).to_ascii_lowercase();
                    lexicon::is_temporal_noun(&last)
                        || matches!(
                            last.as_str(),
                            "later" | "earlier" | "ago" | "before" | "after"
                        )
                }
            });
            // A participle opening the sentence (Citing the attack, Will
            // urged…; Flying home, she vented…), unless it is a name.
            let participle_lead = opener == sentence.tokens.start
                && ((w.len() > 5 && w.ends_with("ing")) || (w.len() > 4 && w.ends_with("ed")))
                && self
                    .mentions
                    .starting_at(opener)
                    .is_none_or(|m| self.mentions.mentions[m].entity.is_none());
            let adverbial = temporal_lead
                || participle_lead
                || lexicon::is_preposition(&w)
                || matches!(
                    w.as_str(),
                    "when"
                        | "if"
                        | "as"
                        | "while"
                        | "because"
                        | "although"
                        | "though"
                        | "once"
                        | "since"
                        | "last"
                        | "earlier"
                        | "later"
                        | "following"
                        | "responding"
                        | "speaking"
                        | "asked"
                        | "in"
                );
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
                    .mentions
                    .ending_at(comma - 1)
                    .is_some_and(|p| self.mentions.mentions[p].kind == MentionKind::Name);
            if let Some(place) = self.mentions.starting_at(start).filter(|_| place_before) {
                let mut end = self.mentions.mentions[place].tokens.end;
                // (the dot of an abbreviation: Portsmouth, N.H., on Tuesday)
                if end + 1 < before && self.is_punct(end, ".") && self.is_punct(end + 1, ",") {
                    end += 1;
                }
                if self.mentions.mentions[place].kind == MentionKind::Name
                    && end < before
                    && self.is_punct(end, ",")
                {
                    start = end + 1;
                }
            }
        }
        let range = self.mentions.within(&(start..before));
        for m in range.take(CUE_WINDOW) {
            let mention = &self.mentions.mentions[m];
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
                if let Some(next) = self.mentions.starting_at(mention.tokens.end + 1) {
                    let n = &self.mentions.mentions[next];
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
                if let Some(name) = self.mentions.starting_at(mention.tokens.end + 1) {
                    if self.mentions.mentions[name].kind == MentionKind::Name {
                        return Some(name);
                    }
                }
            }
            return Some(m);
        }
        None
    }

    /// A tag starting at token `i` (after skipping a little punctuation):
    /// X said / said X, within `end`.
    fn tag_at(&self, i: usize, end: usize, after_comma_quote: bool) -> Option<Tag> {
        // A dash and a name closing the sentence sign the quote, as under
        // an epigraph or in a list of reactions: “…” ― Pamela Padilla.
        if i + 1 < end && ["―", "—", "–"].iter().any(|d| self.is_punct(i, d)) {
            if let Some(m) = self.mentions.starting_at(i + 1) {
                let mention = &self.mentions.mentions[m];
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
            && self.seg.tokens[j].kind == TokenKind::Punct
            && matches!(self.word(j), "," | "—" | "–" | "-" | ":" | ";")
        {
            j += 1;
        }
        if j >= end {
            return None;
        }
        // Right after a quote that ends with a comma (“…,”), any past-tense
        // verb next to a name is a speech verb: “…,” Hollande retaliated.
        let verb_here = |k: usize| {
            self.speech_cue(k)
                || (after_comma_quote && self.is_word(k) && {
                    let w = self.word(k);
                    w.len() > 4 && w.ends_with("ed") && w.chars().all(|c| c.is_lowercase())
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
        // “…,” as The New Yorker put it / as a Homeland Security memo put it.
        if self.is_word(j) && self.word(j) == "as" {
            let source = self.mentions.starting_at(j + 1).or_else(|| {
                (self.is_word(j + 1) && self.class(j + 1).is_source_determiner())
                    .then(|| self.mentions.starting_at(j + 2))
                    .flatten()
            });
            if let Some(m) = source {
                let k = self.mentions.mentions[m].tokens.end;
                let put_it = self.is_word(k)
                    && matches!(self.word(k), "put" | "puts")
                    && self.is_word(k + 1)
                    && self.word(k + 1) == "it";
                if k < end
                    && (put_it || self.speech_cue(k))
                    && !self.mentions.mentions[m].possessive
                {
                    return Some(Tag {
                        mention: m,
                        cue: k,
                        end: k + 1,
                    });
                }
            }
        }
        // “…,” according to Judicial Watch.
        if self.is_word(j)
            && self.word(j).eq_ignore_ascii_case("according")
            && self.is_word(j + 1)
            && self.word(j + 1) == "to"
        {
            let mut k = j + 2;
            if self.is_word(k)
                && self.word(k).eq_ignore_ascii_case("the")
                && self.mentions.starting_at(k).is_none()
            {
                k += 1;
            }
            let m = self.mentions.starting_at(k)?;
            return (self.mentions.mentions[m].tokens.end <= end).then(|| Tag {
                mention: m,
                cue: j,
                end: self.mentions.mentions[m].tokens.end,
            });
        }
        // (the inverted form needs a real speech verb: not “…,” denounced
        // her record)
        if self.speech_cue(j) {
            let mut k = j + 1;
            if k < end
                && self.is_word(k)
                && self.class(k).is_verb_modifier()
                && self.mentions.starting_at(k).is_none()
            {
                k += 1;
            }
            // said retired Army Lt. Gen. Mick Bednarek: a few descriptor words first.
            // (also capitalised ones that start no name: said Democratic
            // pollster Stan Greenberg, said undecided Republican voter…)
            let mut found = self.mentions.starting_at(k);
            let mut d = k;
            while found.is_none()
                && d < end
                && d < k + 4
                && self.is_word(d)
                && (self.word(d).chars().all(char::is_lowercase)
                    || (starts_upper(self.word(d))
                        && !self.class(d).is_capitalised_function_word()))
                && self.class(d).cue_class().is_none()
                && !self.class(d).is_preposition()
            {
                d += 1;
                found = self
                    .mentions
                    .starting_at(d)
                    .filter(|&m| self.mentions.mentions[m].kind == MentionKind::Name);
            }
            if let Some(m) = found {
                if self.mentions.mentions[m].tokens.end <= end {
                    return Some(Tag {
                        mention: m,
                        cue: j,
                        end: self.mentions.mentions[m].tokens.end,
                    });
                }
            }
            return None;
        }
        // Form "X said", with an optional appositive and modifiers; a few
        // descriptor words may come first (Democratic candidate Hillary
        // Clinton said, federal prosecutors wrote).
        let m = self.mentions.starting_at(j).or_else(|| {
            (j + 1..end.min(j + 4))
                .take_while(|&d| {
                    self.is_word(d - 1) && {
                        let w = self.word(d - 1);
                        self.cue(d - 1).is_none()
                            && (mentions::is_descriptor(w, self.class(d - 1))
                                || (starts_upper(w)
                                    && !self.class(d - 1).is_capitalised_function_word()))
                    }
                })
                .find_map(|d| self.mentions.starting_at(d))
        })?;
        if self.mentions.mentions[m].possessive {
            return None;
        }
        let mut k = self.mentions.mentions[m].tokens.end;
        if self.is_punct(k, ",") {
            let mut c = k + 1;
            while c < end
                && c < k + APPOSITIVE_TOKENS
                && !self.is_punct(c, ",")
                && !self.is_quote(c)
                && (!self.is_punct(c, ".") || self.is_punct(c + 1, ","))
            {
                c += 1;
            }
            if self.is_punct(c, ",") {
                k = c + 1;
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
        (k < end && verb_here(k)).then_some(Tag {
            mention: m,
            cue: k,
            end: k + 1,
        })
    }

    /// A tag that ends right before token `q`: X said: / X told reporters,
    fn tag_before(&self, q: usize, from: usize) -> Option<Tag> {
        if q == from {
            return None;
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
            if let Some(m) = self.mentions.ending_at(j) {
                if self.mentions.mentions[m].tokens.start == from {
                    return Some(Tag {
                        mention: m,
                        cue: q - 1,
                        end: q,
                    });
                }
            }
        }
        let marked = colon || self.is_punct(q - 1, ",");
        if let Some(tag) = marked
            .then(|| {
                self.verb_tag_before(q, j, from, colon)
                    .or_else(|| self.lead_in_tag(q, j, from))
            })
            .flatten()
        {
            return Some(tag);
        }
        // Up to a few words (an object or a short phrase) after the cue.
        let reach = if colon { 6 } else { 3 };
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
                            .mentions
                            .starting_at(c + 1)
                            .is_some_and(|m| self.mentions.mentions[m].tokens.end == j + 1);
                    if !inverted {
                        return None;
                    }
                }
                // A participle takes the clause's subject: Weaver balked,
                // telling reporters, “…”
                let participle =
                    self.class(c).is_participle() && c > from && self.is_punct(c - 1, ",");
                if participle {
                    let sentence = &self.seg.sentences[self.sentence_of(c)];
                    return self.participle_subject(c, from, sentence).map(|m| Tag {
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
                    if let Some(m) = tagged.or_else(|| {
                        self.sentence_subject(&self.seg.sentences[self.sentence_of(c)], c - 1)
                    }) {
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
                if let Some(m) = self.mentions.starting_at(c + 1).filter(|_| clause_start) {
                    if self.mentions.mentions[m].tokens.end == j + 1 {
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

    /// A lead-in that opens the sentence and names the source before a
    /// comma or colon: According to the campaign, “…” / As Vulture put it,
    /// “…”. `j` is the token before that mark.
    fn lead_in_tag(&self, q: usize, j: usize, from: usize) -> Option<Tag> {
        let mut start = from;
        if self.is_word(start) && matches!(self.word(start), "But" | "And" | "So" | "Or") {
            start += 1;
        }
        if !self.is_word(start) || j < start + 2 {
            return None;
        }
        let first = self.word(start);
        // According to X, “…”
        if first.eq_ignore_ascii_case("according")
            && self.is_word(start + 1)
            && self.word(start + 1) == "to"
        {
            let mut at = start + 2;
            if self.is_word(at)
                && self.word(at).eq_ignore_ascii_case("the")
                && self.mentions.starting_at(at).is_none()
            {
                at += 1;
            }
            let m = self.mentions.starting_at(at)?;
            return (self.mentions.mentions[m].tokens.end == j + 1).then_some(Tag {
                mention: m,
                cue: start,
                end: q,
            });
        }
        // As X put it, “…”
        if first.eq_ignore_ascii_case("as")
            && self.is_word(j)
            && self.word(j) == "it"
            && self.is_word(j - 1)
            && matches!(
                self.word(j - 1),
                "put" | "puts" | "phrased" | "says" | "said"
            )
        {
            // (the name may follow an owner: As The Post’s Dana Milbank put it)
            let m = self.mentions.ending_at(j - 2)?;
            let mention = &self.mentions.mentions[m];
            let owner = self
                .mentions
                .ending_at(mention.tokens.start.wrapping_sub(1))
                .filter(|&o| {
                    let o = &self.mentions.mentions[o];
                    o.possessive && o.tokens.start <= start + 2
                });
            return (!mention.possessive && (mention.tokens.start == start + 1 || owner.is_some()))
                .then_some(Tag {
                    mention: m,
                    cue: j - 1,
                    end: q,
                });
        }
        None
    }

    /// "Kasich resisted: “…”", "Sanders shot back, “…”": a name opening
    /// the clause, a verb outside the cue lexicon (and a particle), then the
    /// colon or comma before the quote. `j` is the token before that mark.
    fn verb_tag_before(&self, q: usize, j: usize, from: usize, colon: bool) -> Option<Tag> {
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
            let Some(m) = self.mentions.ending_at(verb - 1) else {
                continue;
            };
            let mention = &self.mentions.mentions[m];
            let opens = mention.tokens.start == from
                || self.is_punct(mention.tokens.start - 1, ",")
                || self.is_quote(mention.tokens.start - 1);
            let w = self.word(verb);
            let verb_like = colon
                || statement
                || (w.len() > 3 && (w.ends_with("ed") || w.ends_with('s')) && !w.ends_with("ss"));
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

    /// Whether token `t` is the first of its paragraph.
    fn opens_paragraph(&self, t: usize) -> bool {
        let s = self.sentence_of(t);
        s < self.seg.sentences.len()
            && self.seg.sentences[s].tokens.start == t
            && (s == 0 || self.seg.sentences[s - 1].paragraph != self.seg.sentences[s].paragraph)
    }

    /// The index of the sentence holding token `t`.
    fn sentence_of(&self, t: usize) -> usize {
        self.seg.sentences.partition_point(|s| s.tokens.end <= t)
    }

    fn sentence_words(&self, tokens: std::ops::Range<usize>) -> usize {
        if tokens.end <= tokens.start {
            return 0;
        }
        (self.words_before[tokens.end] - self.words_before[tokens.start]) as usize
    }

    fn run(&self) -> Vec<Quote> {
        let mut out: Vec<Quote> = Vec::new();
        // Pass 1: tags of quotations, so that their cues are not taken for
        // reported speech.
        let mut quote_sentence: Vec<(usize, usize)> = Vec::new(); // (token, sentence)
        for (s, sentence) in self.seg.sentences.iter().enumerate() {
            for t in sentence.tokens.clone() {
                if self.is_quote(t) {
                    quote_sentence.push((t, s));
                }
            }
        }
        let mut tag_cues = TokenSet::new(self.seg.tokens.len());
        let mut tags: Vec<Option<(Tag, Rule)>> = Vec::with_capacity(quote_sentence.len());
        for &(t, s) in &quote_sentence {
            let sentence = &self.seg.sentences[s];
            let content = self.seg.tokens[t].span.as_str(self.text);
            let comma_quote = content
                .trim_end_matches(|c: char| {
                    !c.is_alphanumeric() && !matches!(c, ',' | '!' | '?' | '—')
                })
                .ends_with([',', '!', '?', '—'])
                || self.is_punct(t + 1, ",");
            // A quote that ran over paragraphs ends in a later paragraph,
            // whose first sentence holds its tag: “…⏎⏎“…,” he said.
            let mut tag_end = sentence.tokens.end;
            if t + 1 == sentence.tokens.end && content.contains('\n') {
                if let Some(next) = self.seg.sentences.get(s + 1) {
                    let gap = self.seg.tokens[t].span.end
                        ..self
                            .seg
                            .tokens
                            .get(t + 1)
                            .map_or(self.seg.tokens[t].span.end, |tok| tok.span.start);
                    if next.tokens.start == t + 1 && !self.text[gap].contains('\n') {
                        tag_end = next.tokens.end;
                    }
                }
            }
            let tag = self
                .tag_at(t + 1, tag_end, comma_quote)
                .map(|tag| (tag, Rule::QuoteThenTag))
                .or_else(|| {
                    self.tag_before(t, sentence.tokens.start)
                        .map(|tag| (tag, Rule::TagThenQuote))
                })
                .or_else(|| {
                    self.tag_in_next_sentence(s, t)
                        .map(|tag| (tag, Rule::TagInNextSentence))
                });
            // “Q1,” said X, a senior fellow, “Q2.” — the tag between two
            // quotes of one sentence serves both.
            let tag = tag.or_else(|| {
                let prev = tags.len().checked_sub(1)?;
                let (pt, ps) = quote_sentence[prev];
                let (ptag, rule) = tags[prev]?;
                let interrupted = ps == s
                    && rule == Rule::QuoteThenTag
                    && pt < ptag.cue
                    && t.saturating_sub(ptag.end) <= APPOSITIVE_TOKENS
                    && (ptag.end..t).all(|i| !self.speech_cue(i) && !self.is_quote(i));
                interrupted.then_some((ptag, Rule::TagThenQuote))
            });
            if let Some((tag, _)) = tag {
                tag_cues.insert(tag.cue);
            }
            tags.push(tag);
        }
        // The speaker of the first tagged quotation of each sentence, for
        // participles (“…,” Rutte said, adding that…).
        let mut tag_speaker: Vec<Option<usize>> = vec![None; self.seg.sentences.len()];
        for (&(_, s), tag) in quote_sentence.iter().zip(&tags) {
            if let (None, Some((tag, _))) = (tag_speaker[s], tag) {
                tag_speaker[s] = Some(tag.mention);
            }
        }
        // Pass 2: reported speech, sentence by sentence; each sentence's
        // reports sorted by start, so that a quote finds its clause fast.
        let mut reports: Vec<Quote> = Vec::new();
        let mut report_ranges = Vec::with_capacity(self.seg.sentences.len());
        for (s, sentence) in self.seg.sentences.iter().enumerate() {
            let first = reports.len();
            self.reported_speech(sentence, &tag_cues, tag_speaker[s], &mut reports);
            reports[first..].sort_by_key(|r| r.span.start);
            report_ranges.push(first..reports.len());
        }
        // Pass 3: every quotation through the sieve.
        let mut last_speaker: Option<(Speaker, usize, usize)> = None; // speaker, paragraph, sentence
        for (n, &(t, s)) in quote_sentence.iter().enumerate() {
            let sentence = &self.seg.sentences[s];
            let TokenKind::Quote(qi) = self.seg.tokens[t].kind else {
                continue;
            };
            let q = self.quotes[qi];
            let decided = self.decide(
                t,
                s,
                q,
                tags[n],
                &reports[report_ranges[s].clone()],
                last_speaker.as_ref(),
            );
            if let Some(sp) = &decided.speaker {
                last_speaker = Some((sp.clone(), sentence.paragraph, s));
            } else if decided.kind == QuoteKind::Direct {
                // An unattributed quotation breaks the chain of speakers.
                last_speaker = None;
            }
            out.push(decided);
        }
        // A report inside another report's clause (Manafort said Trump
        // intends to…) is the outer source's account: the outer report
        // answers for those words, so the inner one is not reported apart.
        let mut nested = vec![false; reports.len()];
        for range in &report_ranges {
            for i in range.clone() {
                let r = &reports[i];
                if !matches!(r.rule, Rule::ReportedSpeech | Rule::ParticipleCue) {
                    continue;
                }
                let lo = range.start.max(i.saturating_sub(REPORTS_PER_QUOTE));
                let hi = range.end.min(i + 1 + REPORTS_PER_QUOTE);
                nested[i] = (lo..hi).any(|o| {
                    let outer = &reports[o];
                    o != i
                        && outer.span.contains(r.span)
                        && outer.span.len() > r.span.len()
                        && outer.speaker.is_some()
                });
            }
        }
        // A speaker is never inside the words attributed to them.
        out.extend(reports.into_iter().zip(nested).filter_map(|(r, nested)| {
            let inside = r
                .speaker
                .as_ref()
                .is_some_and(|sp| sp.mention.overlaps(r.content));
            (!nested && !inside).then_some(r)
        }));
        out.sort_by_key(|q| (q.span.start, q.span.end));
        out
    }

    fn quote(
        &self,
        q: QuotedSpan,
        kind: QuoteKind,
        speaker: Option<Speaker>,
        cue: Option<usize>,
        rule: Rule,
    ) -> Quote {
        Quote {
            span: q.span,
            kind,
            speaker,
            content: q.content,
            cue: cue.map(|c| self.seg.tokens[c].span),
            rule,
            confidence: rule.confidence(),
        }
    }

    fn tag_in_next_sentence(&self, s: usize, t: usize) -> Option<Tag> {
        let sentence = &self.seg.sentences[s];
        if t + 1 != sentence.tokens.end {
            return None;
        }
        let next = self.seg.sentences.get(s + 1)?;
        // “…” / — Bernie Sanders. — an attribution line under a quote.
        if next.paragraph == sentence.paragraph + 1
            && self.seg.tokens[next.tokens.start].kind == TokenKind::Punct
        {
            let dash = self.seg.tokens[next.tokens.start].span.as_str(self.text);
            if matches!(dash, "-" | "—" | "–" | "―") {
                let m = self.mentions.starting_at(next.tokens.start + 1)?;
                return Some(Tag {
                    mention: m,
                    cue: next.tokens.start,
                    end: self.mentions.mentions[m].tokens.end,
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
        let exclaims = self.seg.tokens[t]
            .span
            .as_str(self.text)
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!')
            .ends_with(['?', '!']);
        let tag = self.tag_at(next.tokens.start, next.tokens.end, exclaims)?;
        // The tag must be (nearly) the whole sentence.
        let rest = self.sentence_words(tag.end..next.tokens.end);
        (rest <= 3).then_some(tag)
    }

    #[allow(clippy::too_many_arguments)]
    fn decide(
        &self,
        t: usize,
        s: usize,
        q: QuotedSpan,
        tag: Option<(Tag, Rule)>,
        reports: &[Quote],
        last: Option<&(Speaker, usize, usize)>,
    ) -> Quote {
        let sentence = &self.seg.sentences[s];
        let words_before = self.sentence_words(sentence.tokens.start..t);
        let words_after = self.sentence_words(t + 1..sentence.tokens.end);
        if self.is_title(t, q) {
            return self.quote(q, QuoteKind::Scare, None, None, Rule::NoSpeaker);
        }
        if let Some((tag, rule)) = tag {
            let mut kind = QuoteKind::Direct;
            if rule == Rule::TagThenQuote
                && !self.is_punct(t - 1, ":")
                && !self.is_punct(t - 1, ",")
                && !starts_upper(q.content.as_str(self.text))
            {
                kind = QuoteKind::Partial;
            }
            return self.quote(
                q,
                kind,
                Some(self.speaker(tag.mention)),
                Some(tag.cue),
                rule,
            );
        }
        let embedded = words_before > 0 || words_after > 0;
        if embedded {
            // Inside a reported clause?
            // (the outermost one: in nested reports the outer source answers for the words)
            let starts_before = reports.partition_point(|r| r.span.start <= q.span.start);
            if let Some(r) = reports[..starts_before]
                .iter()
                .rev()
                .take(REPORTS_PER_QUOTE)
                .filter(|r| r.span.contains(q.span) && r.speaker.is_some())
                .min_by_key(|r| r.span.start)
            {
                let mut quote = self.quote(
                    q,
                    QuoteKind::Partial,
                    r.speaker.clone(),
                    None,
                    Rule::InReportedClause,
                );
                quote.cue = r.cue;
                return quote;
            }
            // A naming or speech cue in the sentence: the nearest one before
            // the quote, else a speech tag after it (“…” in 2008, Beck said).
            let start = sentence.tokens.start;
            for c in (start.max(t.saturating_sub(CUE_WINDOW))..t).rev() {
                // (an infinitive takes the sentence's subject: Trump took to
                // Twitter to accuse the campaign of being “duped”)
                let infinitive = c > start + 1 && self.is_word(c - 1) && self.word(c - 1) == "to";
                if self.cue(c).is_none()
                    || (self.class(c).is_ambiguous_base_form()
                        && !infinitive
                        && !self.bare_form_is_verb(c, start))
                {
                    continue;
                }
                let participle =
                    self.class(c).is_participle() && c > start && self.is_punct(c - 1, ",");
                let subject = if participle || infinitive {
                    self.sentence_subject(sentence, c)
                } else {
                    self.subject_of(c, start)
                        .or_else(|| self.sentence_subject(sentence, c))
                };
                if let Some(m) = subject {
                    let m = self.relative_for(m, t);
                    return self.quote(
                        q,
                        QuoteKind::Partial,
                        Some(self.speaker(m)),
                        Some(c),
                        Rule::InReportedClause,
                    );
                }
            }
            for c in t + 1..sentence.tokens.end.min(t + 1 + CUE_WINDOW) {
                if !self.speech_cue(c) || self.is_quote(c - 1) {
                    continue;
                }
                // Only a tag closing the sentence: “…” in 2008, Beck said.
                let subject = self
                    .subject_of(c, t + 1)
                    .filter(|&m| {
                        // Not a relative clause: a “hypersonic” missile which experts say…
                        let first = self.mentions.mentions[m].tokens.start;
                        !(first > t + 1
                            && self.is_word(first - 1)
                            && matches!(self.word(first - 1), "which" | "that" | "who" | "whom"))
                    })
                    .or_else(|| {
                        let m = self.mentions.starting_at(c + 1)?;
                        (c > t + 1 && self.is_punct(c - 1, ",")).then_some(m)
                    });
                let tail = self.sentence_words(c + 1..sentence.tokens.end);
                if let Some(m) = subject.filter(|_| tail < 12) {
                    return self.quote(
                        q,
                        QuoteKind::Partial,
                        Some(self.speaker(m)),
                        Some(c),
                        Rule::InReportedClause,
                    );
                }
            }
            // A noun of saying with a possessor: his comment that “…”,
            // Trump's claim that “…”, Obama's “…” promise.
            if let Some((m, noun)) = self.possessor_of_speech(t, start) {
                return self.quote(
                    q,
                    QuoteKind::Partial,
                    Some(self.speaker(m)),
                    Some(noun),
                    Rule::InReportedClause,
                );
            }
            let content_words = q
                .content
                .as_str(self.text)
                .split_whitespace()
                .take(2)
                .count();
            // A single quoted word with no speaker is a scare quote or a
            // title; a longer quoted phrase is someone's words.
            if content_words <= 1 {
                return self.quote(q, QuoteKind::Scare, None, None, Rule::NoSpeaker);
            }
            // A lead-in that ends with a colon: McConnell delivered a blunt message: “…”
            if t > sentence.tokens.start && self.is_punct(t - 1, ":") {
                if let Some(m) = self.colon_speaker(sentence, t - 1) {
                    return self.quote(
                        q,
                        QuoteKind::Partial,
                        Some(self.speaker(m)),
                        None,
                        Rule::ColonLeadIn,
                    );
                }
            }
            // No cue at all: the sentence's subject stands behind the words
            // it quotes (Trump criticised Khan for making “very rude statements”).
            if words_before > 0 {
                if let Some(m) = self
                    .sentence_subject(sentence, t)
                    .filter(|&m| self.opens_clause(sentence, m) && !self.names_something(t, q))
                {
                    let m = self.relative_for(m, t);
                    return self.quote(
                        q,
                        QuoteKind::Partial,
                        Some(self.speaker(m)),
                        None,
                        Rule::SentenceSubject,
                    );
                }
            }
            return self.quote(q, QuoteKind::Partial, None, None, Rule::NoSpeaker);
        }
        // A short paragraph that is only a single-quoted phrase is a
        // section heading (NYT style): 'All Bets Are Off.'
        if self.is_heading(t, q) {
            return self.quote(q, QuoteKind::Scare, None, None, Rule::NoSpeaker);
        }
        // A quote standing alone in its sentence.
        if let Some(prev) = s.checked_sub(1).map(|p| &self.seg.sentences[p]) {
            let adjacent =
                prev.paragraph == sentence.paragraph || prev.paragraph + 1 == sentence.paragraph;
            if adjacent
                && prev.tokens.end > prev.tokens.start
                && self.is_punct(prev.tokens.end - 1, ":")
            {
                if let Some((m, c)) = self.cue_with_subject(prev) {
                    return self.quote(
                        q,
                        QuoteKind::Direct,
                        Some(self.speaker(m)),
                        Some(c),
                        Rule::ColonLeadIn,
                    );
                }
                if let Some(m) = self.colon_speaker(prev, prev.tokens.end - 1) {
                    return self.quote(
                        q,
                        QuoteKind::Direct,
                        Some(self.speaker(m)),
                        None,
                        Rule::ColonLeadIn,
                    );
                }
            }
        }
        if let Some((speaker, para, ls)) = last {
            let same_para = *para == sentence.paragraph;
            let next_para = *para + 1 == sentence.paragraph && s <= ls + 2;
            // A sentence between them with a speaker of its own takes over:
            // Carson replied. / Quintanilla mentioned that… / “Does that…?”
            if (same_para || next_para) && s >= ls + 2 {
                let prev = &self.seg.sentences[s - 1];
                if let Some((m, c)) = self.any_cue_with_subject(prev) {
                    if self.speaker(m).name != speaker.name {
                        return self.quote(
                            q,
                            QuoteKind::Direct,
                            Some(self.speaker(m)),
                            Some(c),
                            Rule::NearbySpeaker,
                        );
                    }
                }
            }
            if same_para || next_para {
                return self.quote(
                    q,
                    QuoteKind::Direct,
                    Some(speaker.clone()),
                    None,
                    Rule::ContinuesSpeaker,
                );
            }
        }
        for near in [s.checked_sub(1), s.checked_sub(2), Some(s + 1)]
            .into_iter()
            .flatten()
        {
            let Some(other) = self.seg.sentences.get(near) else {
                continue;
            };
            // The sentence just before may close the previous paragraph:
            // Valastro praised the plan. / “We need someone…”
            let previous_paragraph = near + 1 == s && other.paragraph + 1 == sentence.paragraph;
            if other.paragraph != sentence.paragraph && !previous_paragraph {
                continue;
            }
            let found = if previous_paragraph {
                self.any_cue_with_subject(other)
            } else {
                self.cue_with_subject(other)
            };
            if let Some((m, c)) = found {
                return self.quote(
                    q,
                    QuoteKind::Direct,
                    Some(self.speaker(m)),
                    Some(c),
                    Rule::NearbySpeaker,
                );
            }
        }
        self.quote(q, QuoteKind::Direct, None, None, Rule::NoSpeaker)
    }

    /// The speaker of a lead-in that ends with the colon at token `colon`
    /// but has no speech cue: a name set off by a dash just before the
    /// colon (HEADLINE - Carl Bialik:), else the sentence's subject when a
    /// lower-case word (its verb) follows it (McConnell delivered a blunt
    /// message to Trump:).
    fn colon_speaker(&self, sentence: &Sentence, colon: usize) -> Option<usize> {
        if colon <= sentence.tokens.start {
            return None;
        }
        if let Some(m) = self.mentions.ending_at(colon - 1) {
            let mention = &self.mentions.mentions[m];
            let first = mention.tokens.start;
            if mention.kind == MentionKind::Name
                && first > sentence.tokens.start
                && ["-", "—", "–"].iter().any(|d| self.is_punct(first - 1, d))
            {
                return Some(m);
            }
        }
        let m = self.sentence_subject(sentence, colon)?;
        let mut after = self.mentions.mentions[m].tokens.end;
        // Across an appositive: Mitch McConnell, R-Ky., delivered…
        if after < colon && self.is_punct(after, ",") {
            if let Some(close) = (after + 1..colon.min(after + 1 + APPOSITIVE_TOKENS))
                .find(|&i| self.is_punct(i, ",") || self.is_quote(i))
            {
                if self.is_punct(close, ",") {
                    after = close + 1;
                }
            }
        }
        (after < colon
            && self.is_word(after)
            && self.word(after).chars().all(char::is_lowercase)
            && !self.class(after).is_preposition())
        .then_some(m)
    }

    /// Whether the quote at token `t` names something rather than quoting
    /// words: a title in title case (“Three Amigos”), or a modifier of the
    /// noun after it (the “Wyoming first” push, a “safety check” feature).
    fn names_something(&self, t: usize, q: QuotedSpan) -> bool {
        let content = q.content.as_str(self.text);
        let words: Vec<&str> = content
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        let title_case = words.len() <= 6
            && words
                .iter()
                .all(|w| w.len() <= 3 || w.chars().next().is_some_and(char::is_uppercase));
        if title_case {
            return true;
        }
        let next = t + 1;
        next < self.seg.tokens.len() && self.is_word(next) && {
            let w = self.word(next);
            w.chars().next().is_some_and(char::is_lowercase)
                && !self.class(next).is_preposition()
                && !self.class(next).is_conjunction()
                && !self.class(next).is_capitalised_function_word()
                && !self.class(next).is_verb_modifier()
                && !self.class(next).is_participle()
                && self.cue(next).is_none()
                && !matches!(
                    w,
                    "to" | "that" | "which" | "who" | "as" | "is" | "was" | "were" | "are"
                )
        }
    }

    /// The subject of a participle after a comma (…, saying “…”): the
    /// subject of a speech tag just before it (Spicer said, adding), else
    /// of the nearest verb in the past before it (Sanders protesters
    /// interrupted her speech, shouting), else the sentence's subject.
    fn participle_subject(&self, c: usize, from: usize, sentence: &Sentence) -> Option<usize> {
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
                    .filter(|&v| {
                        self.is_word(v) && {
                            let w = self.word(v);
                            w.len() > 4 && w.ends_with("ed") && w.chars().all(char::is_lowercase)
                        }
                    })
                    .take(1)
                    .find_map(|v| self.subject_of(v, from))
            })
            .or_else(|| self.sentence_subject(sentence, c))
    }

    /// The sentence's subject when mention `m` is a statement, video or
    /// letter that the subject released (she released a statement saying…),
    /// not the sentence's own subject.
    fn releaser_of(&self, m: usize, sentence: &Sentence) -> Option<usize> {
        let mention = &self.mentions.mentions[m];
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
        (subject != m && self.mentions.mentions[subject].tokens.end < mention.tokens.start)
            .then_some(subject)
    }

    /// The possessor of a noun of saying just before the quote at token
    /// `t` (his comment that “…”), or just after it (Obama's “…” promise),
    /// with the noun's token.
    fn possessor_of_speech(&self, t: usize, from: usize) -> Option<(usize, usize)> {
        let owner = |noun: usize| {
            (noun.saturating_sub(3).max(from)..noun)
                .rev()
                .find_map(|k| self.mentions.ending_at(k))
                .filter(|&m| self.mentions.mentions[m].possessive)
        };
        if self.is_word(t + 1) && lexicon::is_speech_noun(self.word(t + 1)) && t > from {
            if let Some(m) = self
                .mentions
                .ending_at(t - 1)
                .filter(|&m| self.mentions.mentions[m].possessive)
            {
                return Some((m, t + 1));
            }
        }
        (from.max(t.saturating_sub(6))..t)
            .rev()
            .take_while(|&k| !self.is_punct(k, ".") && !self.is_quote(k))
            .find(|&k| self.is_word(k) && lexicon::is_speech_noun(self.word(k)))
            .and_then(|noun| owner(noun).map(|m| (m, noun)))
    }

    /// The relative pronoun standing for mention `m` when the quote at
    /// token `t` lies in its clause: Beck, *who* has described Trump as
    /// “a narcissistic psychopath”; else `m`.
    fn relative_for(&self, m: usize, t: usize) -> usize {
        let end = self.mentions.mentions[m].tokens.end;
        let at = if self.is_punct(end, ",") {
            end + 1
        } else {
            end
        };
        match self.mentions.starting_at(at) {
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

    /// Whether the quote at token `t` is a section heading: a paragraph of
    /// its own, in single quotation marks, of at most six words, that does
    /// not read as a line of dialogue.
    fn is_heading(&self, t: usize, q: QuotedSpan) -> bool {
        let quoted = q.span.as_str(self.text);
        let single = quoted.starts_with(['\'', '‘']);
        let words = q
            .content
            .as_str(self.text)
            .split_whitespace()
            .take(7)
            .count();
        let alone_before = self.opens_paragraph(t);
        let alone_after = t + 1 >= self.seg.tokens.len()
            || self.opens_paragraph(t + 1)
            || (self.is_punct(t + 1, ".")
                && (t + 2 >= self.seg.tokens.len() || self.opens_paragraph(t + 2)));
        // (not a line of dialogue: no question, exclamation, comma or
        // first or second person)
        let content = q.content.as_str(self.text);
        let dialogue = content.contains(['?', '!', ',', '—'])
            || content.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                matches!(w, "I" | "you" | "You" | "we" | "We" | "me" | "my" | "My")
            });
        single && (2..=6).contains(&words) && alone_before && alone_after && !dialogue
    }

    /// Whether mention `m` opens its sentence or the clause after a
    /// leading adverbial (", she vented"; "The senator said"), and is a
    /// confirmed name if it is a name at all.
    fn opens_clause(&self, sentence: &Sentence, m: usize) -> bool {
        let mention = &self.mentions.mentions[m];
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

    /// Whether the quote at token `t` is a title: title-case words after a
    /// possessive (CNN’s “New Day”, Wednesday’s “MSNBC Live”) or after
    /// "so-called".
    fn is_title(&self, t: usize, q: QuotedSpan) -> bool {
        if t == 0 || !self.is_word(t - 1) {
            return false;
        }
        let prev = self.word(t - 1);
        // (a capitalised owner: not he’s, it’s)
        let possessive = (prev.ends_with("’s") || prev.ends_with("'s")) && starts_upper(prev);
        if prev.eq_ignore_ascii_case("so-called") {
            return true;
        }
        if !possessive {
            return false;
        }
        let content = q.content.as_str(self.text);
        let mut words = 0;
        for w in content.split_whitespace() {
            words += 1;
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if words > 8 || (w.len() > 3 && !w.chars().next().is_some_and(char::is_uppercase)) {
                return false;
            }
        }
        words > 0 && starts_upper(content)
    }

    /// The last cue of any kind (speech, belief, naming) of a sentence that has a subject.
    fn any_cue_with_subject(&self, sentence: &Sentence) -> Option<(usize, usize)> {
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

    /// The first speech cue of a sentence that has a subject.
    fn cue_with_subject(&self, sentence: &Sentence) -> Option<(usize, usize)> {
        sentence
            .tokens
            .clone()
            .filter(|&c| self.speech_cue(c))
            .find_map(|c| self.subject_of(c, sentence.tokens.start).map(|m| (m, c)))
    }

    /// The reported clause spanning tokens `from..to` (trailing punctuation
    /// dropped), if it holds at least two words.
    fn clause(&self, from: usize, to: usize) -> Option<Span> {
        let mut a = from;
        let mut b = to;
        while a < b && self.seg.tokens[a].kind == TokenKind::Punct {
            a += 1;
        }
        while b > a && self.seg.tokens[b - 1].kind == TokenKind::Punct {
            b -= 1;
        }
        if self.sentence_words(a..b) < 2 {
            return None;
        }
        Some(Span::new(
            self.seg.tokens[a].span.start,
            self.seg.tokens[b - 1].span.end,
        ))
    }

    #[allow(clippy::too_many_arguments)]
    fn reported_speech(
        &self,
        sentence: &Sentence,
        tag_cues: &TokenSet,
        tag_speaker: Option<usize>,
        out: &mut Vec<Quote>,
    ) {
        let range = sentence.tokens.clone();
        // Sanders: Brexit’s message could draw Trump support. — a headline
        // or transcript line opened by its speaker and a colon.
        if self.opens_paragraph(range.start) {
            if let Some(m) = self.mentions.starting_at(range.start) {
                let colon = self.mentions.mentions[m].tokens.end;
                // Breaking: / Wow: / Exclusive: a headline's label, no speaker.
                let label =
                    lexicon::is_headline_label(self.mentions.mentions[m].span.as_str(self.text));
                if self.is_punct(colon, ":") && !self.is_quote(colon + 1) && !label {
                    if let Some(span) = self.clause(colon + 1, range.end) {
                        out.push(self.report(
                            span,
                            m,
                            self.seg.tokens[colon].span,
                            Rule::SpeakerColon,
                        ));
                    }
                }
            }
        }
        for c in range.clone() {
            if !self.is_word(c) {
                continue;
            }
            let word = self.word(c);
            // according to X
            if word.eq_ignore_ascii_case("according")
                && self.is_word(c + 1)
                && self.word(c + 1) == "to"
                && c + 2 < range.end
            {
                let mut at = c + 2;
                if self.is_word(at)
                    && self.word(at).eq_ignore_ascii_case("the")
                    && self.mentions.starting_at(at).is_none()
                {
                    at += 1;
                }
                if let Some(m) = self.mentions.starting_at(at) {
                    let after = self.mentions.mentions[m].tokens.end;
                    // The comma that closes the source phrase, if the sentence goes on.
                    let comma = (after..range.end.min(after + APPOSITIVE_TOKENS))
                        .take_while(|&i| !self.is_quote(i))
                        .find(|&i| self.is_punct(i, ","))
                        .filter(|&i| self.sentence_words(i..range.end) >= 2)
                        // "according to Paul Mensah, the council's finance director." is an appositive.
                        .filter(|&i| {
                            !(self.is_word(i + 1)
                                && self.class(i + 1).is_source_determiner()
                                && self.sentence_words(i..range.end) <= 8)
                        });
                    let at_start = c == range.start
                        || (c == range.start + 1
                            && self.seg.tokens[range.start].kind == TokenKind::Punct);
                    let clause = if at_start {
                        self.clause(comma.map_or(after, |i| i + 1), range.end)
                    } else if comma.is_some() && self.is_punct(c - 1, ",") {
                        // CLAUSE, according to X, CLAUSE: the longer side.
                        let comma = comma.unwrap_or(after);
                        self.longer_clause(range.start, c - 1, comma + 1, range.end)
                    } else {
                        self.clause(range.start, c)
                    };
                    if let Some(span) = clause {
                        out.push(self.report(
                            span,
                            m,
                            Span::new(
                                self.seg.tokens[c].span.start,
                                self.seg.tokens[c + 1].span.end,
                            ),
                            Rule::AccordingTo,
                        ));
                    }
                }
                continue;
            }
            let infinitive = self.infinitive_after(c);
            let phrasal = self.is_word(c + 1)
                && word.chars().all(char::is_lowercase)
                && lexicon::is_phrasal_cue(word, self.word(c + 1));
            if tag_cues.contains(&c)
                || !(infinitive
                    || phrasal
                    || matches!(
                        self.cue(c),
                        Some(CueClass::Speech | CueClass::Belief | CueClass::Naming)
                    ))
            {
                continue;
            }
            // "his claim that", "the report said": a bare noun-like form
            // reports speech only after a pronoun subject or a modal.
            if self.class(c).is_ambiguous_base_form() && !self.bare_form_is_verb(c, range.start) {
                continue;
            }
            // Tag-only verbs (continued, laughed) do not report clauses, and
            // a cue after a determiner or a number is a noun or an adjective
            // (the pledged delegates, 60 pledged delegates).
            if self.class(c).is_tag_only()
                || (c > range.start
                    && self.is_word(c - 1)
                    && (self.class(c - 1).is_source_determiner()
                        || self.word(c - 1).chars().all(|ch| ch.is_ascii_digit())))
            {
                continue;
            }
            // "plans", "claims": a plural noun unless a name or a pronoun is its subject.

            let cue_span = self.seg.tokens[c].span;
            // Participle: X …, saying CLAUSE.
            let progressive = c > range.start
                && self.is_word(c - 1)
                && matches!(
                    self.word(c - 1),
                    "is" | "was" | "are" | "were" | "been" | "be" | "am"
                );
            if self.class(c).is_participle() && c > range.start && !progressive {
                // The tag's speaker only when the tag stands before the cue.
                let speaker = tag_speaker
                    .filter(|&m| self.mentions.mentions[m].tokens.end <= c)
                    .or_else(|| {
                        if self.is_punct(c - 1, ",") {
                            self.participle_subject(c, range.start, sentence)
                        } else {
                            self.sentence_subject(sentence, c)
                        }
                    });
                if let (Some(m), Some(span)) = (speaker, self.forward_clause(c, range.end)) {
                    out.push(self.report(span, m, cue_span, Rule::ParticipleCue));
                }
                continue;
            }
            // Inverted tag at the end: CLAUSE, said X.
            if c > range.start + 1 && self.is_punct(c - 1, ",") {
                if let Some(m) = self.mentions.starting_at(c + 1) {
                    let after = self.mentions.mentions[m].tokens.end;
                    let tail = self.sentence_words(after..range.end);
                    // The speaker ends the tag (said X. / said X, a …, /
                    // said X on Monday); said X had … is the verb of a
                    // subject before it: Y, who …, said X had …
                    let verb_follows = after < range.end
                        && self.is_word(after)
                        && self.word(after).chars().all(char::is_lowercase)
                        && !self.class(after).is_preposition()
                        && !self.class(after).is_temporal_lead();
                    // said Larry Sabato, director of …: an appositive closes the tag.
                    let appositive = self.is_punct(after, ",")
                        && !(after..range.end.min(after + APPOSITIVE_TOKENS)).any(|i| {
                            self.is_quote(i) || (self.is_word(i) && self.cue(i).is_some())
                        });
                    if (tail <= 4 || appositive) && !verb_follows {
                        if let Some(span) = self.clause(range.start, c - 1) {
                            if !self.mostly_quote(range.start, c - 1)
                                && !self.opener_before_tag(range.start, c - 1, c, range.end)
                            {
                                out.push(self.report(
                                    span,
                                    m,
                                    cue_span,
                                    Rule::ReportedSpeechTagAfter,
                                ));
                            }
                        }
                        continue;
                    }
                }
            }
            let Some(m) = self.subject_of(c, range.start).or_else(|| {
                // Coordinated verb: X condemned … but said CLAUSE.
                let prev = c.checked_sub(1)?;
                (prev > range.start && self.is_word(prev) && self.class(prev).is_conjunction())
                    .then(|| self.sentence_subject(sentence, prev))
                    .flatten()
            }) else {
                continue;
            };
            // The subject's phrase may open with a determiner or adjectives
            // (some Democrats, federal officials).
            let mut subject_start = self.mentions.mentions[m].tokens.start;
            let mut back = 0;
            while back < 3
                && subject_start > range.start + 1
                && self.is_word(subject_start - 1)
                && (self.word(subject_start - 1).chars().all(char::is_lowercase)
                    // Israeli officials, Senate aides: a capitalised modifier
                    || (starts_upper(self.word(subject_start - 1))
                        && self.mentions.ending_at(subject_start - 1).is_none()))
                && self.cue(subject_start - 1).is_none()
                && !self.class(subject_start - 1).is_preposition()
                && !self.class(subject_start - 1).is_conjunction()
                && !self.class(subject_start - 1).is_verb_modifier()
                && !self.class(subject_start - 1).is_that()
            {
                subject_start -= 1;
                back += 1;
            }
            if !self.is_punct(subject_start.wrapping_sub(1), ",") {
                subject_start = self.mentions.mentions[m].tokens.start;
            }
            // CLAUSE, a spokeswoman, Anna White, said: the role is part of the tag.
            if subject_start > range.start + 3 && self.is_punct(subject_start - 1, ",") {
                if let Some(role) = self.mentions.ending_at(subject_start - 2) {
                    let role = &self.mentions.mentions[role];
                    if role.kind == MentionKind::Nominal
                        && role.tokens.start > range.start + 1
                        && self.is_punct(role.tokens.start - 1, ",")
                    {
                        subject_start = role.tokens.start;
                    }
                }
            }
            // CLAUSE, X said. — the tag closes the sentence (or a phrase
            // of circumstance does: said in a telephone interview on Monday).
            if subject_start > range.start + 1 && self.is_punct(subject_start - 1, ",") {
                let tail = self.sentence_words(c + 1..range.end);
                let circumstance = !infinitive
                    && self.is_word(c + 1)
                    && self.class(c + 1).is_preposition()
                    && tail <= 10
                    && !(c + 1..range.end).any(|i| {
                        self.is_quote(i)
                            || self.is_punct(i, ",")
                            || (self.is_word(i) && self.cue(i).is_some())
                    });
                // (not when a clause with its own subject follows: As for
                // Trump, he said he's not worried.)
                let subject_follows = self
                    .mentions
                    .starting_at(c + 1)
                    .is_some_and(|n| self.mentions.mentions[n].kind == MentionKind::Pronoun);
                if (tail <= 4 || circumstance)
                    && !subject_follows
                    && !infinitive
                    && !self.has_that_soon(c + 1, range.end)
                {
                    // (an adverbial before the tag is no clause: Hours
                    // later, Intel said the event was canceled — that one
                    // reports forward)
                    let before = self.clause(range.start, subject_start - 1).filter(|_| {
                        !self.mostly_quote(range.start, subject_start - 1)
                            && !self.opener_before_tag(range.start, subject_start - 1, c, range.end)
                    });
                    if let Some(span) = before {
                        out.push(self.report(span, m, cue_span, Rule::ReportedSpeechTagAfter));
                        continue;
                    }
                    if tail <= 1 || circumstance {
                        continue;
                    }
                }
                // CLAUSE, X said, CLAUSE. — a tag in the middle: the longer
                // side is the report (the speaker is never inside it).
                if self.is_punct(c + 1, ",") && !self.mostly_quote(range.start, range.end) {
                    // (…, he said, wiping sweat off his face: a participle
                    // after the tag describes the speaker; the words are before)
                    let participle_after = self.is_word(c + 2) && self.class(c + 2).is_participle();
                    let span = if participle_after {
                        self.clause(range.start, subject_start - 1)
                    } else {
                        self.longer_clause(range.start, subject_start - 1, c + 2, range.end)
                    };
                    if let Some(span) = span {
                        out.push(self.report(span, m, cue_span, Rule::ReportedSpeechTagAfter));
                    }
                    continue;
                }
            }
            // said they want…: a pronoun right after a speech cue is the
            // subject of a clause inside another report; that report's
            // source answers for it (or, unfound, nobody does here).
            let start = self.mentions.mentions[m].tokens.start;
            let before = if start > range.start
                && self.is_word(start - 1)
                && self.class(start - 1).is_that()
            {
                start - 1
            } else {
                start
            };
            if self.mentions.mentions[m].kind == MentionKind::Pronoun
                && before > range.start
                && self.speech_cue(before - 1)
            {
                continue;
            }
            if let Some(span) = self.forward_clause(c, range.end) {
                // A verb of stance or naming with a short object
                // (defended the plan) reports nothing; from three words on
                // it reports a stance, as PolNeAR annotates (condemned the
                // attack on the embassy, endorsed raising the minimum wage).
                // (a name will do: He endorsed Clinton.)
                let weak = self.cue(c) != Some(CueClass::Speech);
                let words = span.as_str(self.text).split_whitespace().take(3).count();
                let names_someone = self.mentions.starting_at(c + 1).is_some_and(|n| {
                    let n = &self.mentions.mentions[n];
                    n.kind == MentionKind::Name && n.span == span
                });
                if !weak || words >= 3 || names_someone {
                    out.push(self.report(span, m, cue_span, Rule::ReportedSpeech));
                }
            }
        }
    }

    /// Whether a bare cue form ("claim") is a verb here: after a plural
    /// or first-person pronoun, a plural noun, or a modal/auxiliary.
    fn bare_form_is_verb(&self, c: usize, from: usize) -> bool {
        if c == from {
            return false;
        }
        // "say" and "think" are verbs unless a determiner or "to" makes
        // them a noun or an infinitive (have a say, to say).
        if matches!(self.word(c), "say" | "think" | "believe" | "know") {
            return !(self.is_word(c - 1)
                && (self.class(c - 1).is_source_determiner()
                    || matches!(self.word(c - 1), "to" | "any" | "no")));
        }
        if !self.is_word(c - 1) {
            return false;
        }
        // about three-quarters support, most want
        if mentions::after_quantity(self.text, self.seg, c, from) {
            return true;
        }
        // Obama and Clinton call them…: coordinated names are plural.
        if let Some(second) = self.mentions.ending_at(c - 1) {
            let first = self.mentions.mentions[second].tokens.start;
            if self.mentions.mentions[second].kind == MentionKind::Name
                && first > from + 1
                && self.is_word(first - 1)
                && self.word(first - 1) == "and"
                && self
                    .mentions
                    .ending_at(first - 2)
                    .is_some_and(|m| self.mentions.mentions[m].kind == MentionKind::Name)
            {
                return true;
            }
        }
        let prev = self.word(c - 1).to_ascii_lowercase();
        matches!(
            prev.as_str(),
            "they"
                | "we"
                | "i"
                | "you"
                | "would"
                | "will"
                | "could"
                | "should"
                | "might"
                | "may"
                | "can"
                | "did"
                | "do"
                | "also"
                | "often"
                | "still"
                | "now"
                | "must"
        ) || (prev.len() > 3
            && prev.ends_with('s')
            && !prev.ends_with("ss")
            && !prev.ends_with("'s")
            && !prev.ends_with("’s")
            && self.mentions.ending_at(c - 1).is_some())
    }

    fn has_that_soon(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + 8))
            .take_while(|&i| self.is_word(i))
            .any(|i| self.class(i).is_that())
    }

    /// Whether tokens `from..to` are mostly one quotation.
    fn mostly_quote(&self, from: usize, to: usize) -> bool {
        let quoted = if to > from {
            self.quoted_before[to] - self.quoted_before[from]
        } else {
            0
        };
        let total = if to > from {
            self.seg.tokens[to - 1].span.end - self.seg.tokens[from].span.start
        } else {
            0
        };
        quoted * 2 > total
    }

    /// The clause after the cue at `c`: past "that", or past the object of
    /// a telling verb when "that" follows it.
    fn forward_clause(&self, c: usize, end: usize) -> Option<Span> {
        let mut from = c + 1;
        if from >= end {
            return None;
        }
        // A quotation right after the cue is a direct quote, not reported speech.
        if self.is_quote(from)
            || (self.seg.tokens[from].kind == TokenKind::Punct
                && (self.is_quote(from + 1)
                    || matches!(self.word(from), "," | "." | ":" | ";" | "!" | "?")))
        {
            return None;
        }
        // (a "that" after the clause's own subject or verb is a relative
        // pronoun inside it: said he was too busy to look for evidence
        // that would…)
        let that = (from..end.min(from + 12))
            .take_while(|&i| {
                self.is_word(i)
                    && (self.class(i).is_that()
                        || (self.class(i).subject_pronoun().is_none()
                            && self.cue(i).is_none()
                            && !lexicon::is_auxiliary(self.word(i))))
            })
            .find(|&i| self.class(i).is_that());
        if let Some(t) = that {
            from = t + 1;
        }
        if self.is_quote(from) && self.mostly_quote(from, end) {
            return None;
        }
        let end = self.clause_end(from, end);
        // "boasts about X" names a topic, not what was said.
        // (but "wants to build…" reports an intent, and "said about half
        // of…" is a clause about a quantity)
        if that.is_none() && self.infinitive_after(c) {
            return self.clause(from, self.clause_end(from, end));
        }
        // ("said about half of…" is a clause about a quantity)
        let quantity = self.is_word(from + 1)
            && (self.class(from + 1).is_quantity_word()
                || self
                    .word(from + 1)
                    .starts_with(|c: char| c.is_ascii_digit())
                || self.word(from + 1) == "a");
        // (called for a ban, pointed to the record: the particle belongs
        // to the verb)
        if that.is_none()
            && self.is_word(from)
            && from == c + 1
            && lexicon::is_phrasal_cue(self.word(c), self.word(from))
        {
            return self.clause(from + 1, end);
        }
        if that.is_none()
            && self.is_word(from)
            && self.class(from).is_preposition()
            && !(self.word(from) == "about" && quantity)
        {
            return None;
        }
        self.clause(from, end)
    }

    /// Whether the words `from..to` before a tag-like "X said" at `c` are
    /// only an opening adverbial (On Twitter, X said: “…”): too short to be
    /// a clause, or the words reported follow the tag in a quotation.
    fn opener_before_tag(&self, from: usize, to: usize, c: usize, end: usize) -> bool {
        self.sentence_words(from..to) < 4
            || (c + 1..end.min(c + 1 + CUE_WINDOW)).any(|i| self.is_quote(i))
    }

    /// Whether the word at `c` is a verb of intent or stance followed by
    /// its infinitive: wants to build, declined to comment.
    fn infinitive_after(&self, c: usize) -> bool {
        self.is_word(c)
            && self.class(c).takes_infinitive()
            && self.word(c).chars().all(char::is_lowercase)
            && self.is_word(c + 1)
            && self.word(c + 1) == "to"
            && self.is_word(c + 2)
            && self.word(c + 2).chars().all(char::is_lowercase)
            && !self.class(c + 2).is_source_determiner()
            && !self.class(c + 2).is_preposition()
    }

    /// Where a reported clause starting at `from` ends: at the sentence end,
    /// or before another report of the same speaker (…, saying CLAUSE;
    /// … but said CLAUSE) or a semicolon.
    fn clause_end(&self, from: usize, end: usize) -> usize {
        let end = end.min(from + CLAUSE_TOKENS);
        for i in from..end {
            if self.is_punct(i, ";") {
                return i;
            }
            let next_is_cue = |k: usize| {
                self.cue(k).is_some()
                    || (self.is_word(k)
                        && self.class(k).is_verb_modifier()
                        && self.cue(k + 1).is_some())
            };
            if self.is_punct(i, ",")
                && self.is_word(i + 1)
                && self.class(i + 1).is_participle()
                && self.cue(i + 1).is_some()
            {
                return i;
            }
            if i > from
                && self.is_word(i)
                && matches!(self.word(i), "but" | "and")
                && next_is_cue(i + 1)
                && self.mentions.starting_at(i + 1).is_none()
            {
                return i;
            }
            // …, and a third said CLAUSE / … while 9 percent found CLAUSE:
            // another subject's report begins.
            if i > from && self.opens_other_report(i, end) {
                return i;
            }
        }
        end
    }

    /// Whether a second report starts at token `i`: a comma and a
    /// conjunction (or "while", "whereas"), then a short subject of plain
    /// words and a verb of saying or believing.
    fn opens_other_report(&self, i: usize, end: usize) -> bool {
        let mut k = i;
        if self.is_punct(k, ",") {
            k += 1;
            if !(self.is_word(k)
                && matches!(
                    self.word(k),
                    "and" | "but" | "while" | "whereas" | "though" | "although"
                ))
            {
                return false;
            }
        } else if self.is_word(k) && matches!(self.word(k), "and" | "but" | "though" | "although") {
            // Without a comma only a pronoun subject opens one (… and he
            // noted that…; not "said Trump and Clinton believe…").
            return self.is_word(k + 1)
                && self.class(k + 1).subject_pronoun().is_some()
                && matches!(self.cue(k + 2), Some(CueClass::Speech | CueClass::Belief));
        } else if !(self.is_word(k) && matches!(self.word(k), "while" | "whereas")) {
            return false;
        }
        let first = k + 1;
        let stop = end.min(first + 7);
        for c in first + 1..stop {
            if !self.is_word(c) {
                return false;
            }
            if matches!(self.cue(c), Some(CueClass::Speech | CueClass::Belief)) {
                return !(first..c).any(|w| {
                    self.cue(w).is_some()
                        || self.class(w).is_that()
                        || matches!(self.word(w), "who" | "which" | "whom")
                });
            }
        }
        false
    }

    /// The longer of the clauses `a..b` and `c..d` (around a tag in the
    /// middle of a sentence).
    fn longer_clause(&self, a: usize, b: usize, c: usize, d: usize) -> Option<Span> {
        let (first, second) = (self.clause(a, b), self.clause(c, d));
        match (first, second) {
            (Some(x), Some(y)) => Some(if x.len() >= y.len() { x } else { y }),
            (x, y) => x.or(y),
        }
    }

    fn report(&self, span: Span, mention: usize, cue: Span, rule: Rule) -> Quote {
        // (Rubio, *who* mused that…: the relative pronoun is the source)
        let cue_token = self
            .seg
            .tokens
            .partition_point(|tok| tok.span.start < cue.start);
        let mention = if self.mentions.mentions[mention].tokens.end <= cue_token {
            self.relative_for(mention, cue_token)
        } else {
            mention
        };
        Quote {
            span,
            kind: QuoteKind::Indirect,
            speaker: Some(self.speaker(mention)),
            content: span,
            cue: Some(cue),
            rule,
            confidence: rule.confidence(),
        }
    }
}

fn starts_upper(s: &str) -> bool {
    s.trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Attributor;

    /// Every rule's own examples: it fires with the right speaker on its
    /// positive examples and never fires on its negative ones.
    #[test]
    fn every_rule_passes_its_examples() {
        let attributor = Attributor::new();
        let mut failures = Vec::new();
        for rule in Rule::ALL {
            assert!(
                !rule.examples().is_empty(),
                "{} has no examples",
                rule.name()
            );
            for example in rule.examples() {
                let result = attributor.attribute(example.text);
                let fired: Vec<&Quote> = result.quotes.iter().filter(|q| q.rule == rule).collect();
                match example.speaker {
                    Some(want) => {
                        let ok = fired
                            .iter()
                            .any(|q| q.speaker.as_ref().map_or("", |s| s.name.as_str()) == want);
                        if !ok {
                            failures.push(format!(
                                "{} should fire with {want:?} on {:?}; got {:?}",
                                rule.name(),
                                example.text,
                                result
                                    .quotes
                                    .iter()
                                    .map(|q| (
                                        q.rule.name(),
                                        q.speaker.as_ref().map(|s| s.name.clone())
                                    ))
                                    .collect::<Vec<_>>()
                            ));
                        }
                    }
                    None => {
                        if !fired.is_empty() {
                            failures.push(format!(
                                "{} should not fire on {:?}",
                                rule.name(),
                                example.text
                            ));
                        }
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// A reported clause ends where another subject's report begins.
    #[test]
    fn a_clause_ends_before_another_report() {
        let text = "Most voters said the economy was weak, and a third said it was strong.";
        let result = Attributor::new().attribute(text);
        let first = result
            .quotes
            .iter()
            .find(|q| q.rule == Rule::ReportedSpeech)
            .expect("a report");
        assert_eq!(first.span.as_str(text), "the economy was weak");
        let text = "Most voters said the economy was weak, and prices were rising.";
        let result = Attributor::new().attribute(text);
        assert_eq!(
            result.quotes[0].span.as_str(text),
            "the economy was weak, and prices were rising"
        );
        // A pronoun and a cue after "and" or "though" open a second report.
        let text = "Fowler said the politics would be intense, and he noted that any change would come later.";
        let result = Attributor::new().attribute(text);
        let spans: Vec<(&str, &str)> = result
            .quotes
            .iter()
            .map(|q| {
                (
                    q.span.as_str(text),
                    q.speaker.as_ref().map_or("", |s| s.mention.as_str(text)),
                )
            })
            .collect();
        assert_eq!(
            spans,
            [
                ("the politics would be intense", "Fowler"),
                ("any change would come later", "he")
            ]
        );
    }

    /// A report inside another report's clause is the outer source's.
    #[test]
    fn nested_reports_belong_to_the_outer_source() {
        let text = "Manafort said Trump wants to deliver a speech next month.";
        let result = Attributor::new().attribute(text);
        let speakers: Vec<&str> = result
            .quotes
            .iter()
            .filter_map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
            .collect();
        assert_eq!(speakers, ["Manafort"]);
        let text = "Trump wants to deliver a speech next month.";
        let result = Attributor::new().attribute(text);
        assert_eq!(result.quotes.len(), 1);
    }

    #[test]
    fn rule_names_are_distinct() {
        let names: HashSet<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        assert_eq!(names.len(), Rule::ALL.len());
    }
}
