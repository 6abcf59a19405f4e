//! The rules' names, confidences and example sentences: the catalogue
//! the README's rule table and the example tests are checked against.

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
    /// The Times reports: / “Q.” In fiction, also a lead-in with a verb of
    /// saying that ends with a comma, a dash or no stop at all: Mrs.
    /// Bennet instantly answered, / “Q.”
    ColonLeadIn,
    /// A quote-only sentence or paragraph continuing the previous quote's
    /// speaker.
    ContinuesSpeaker,
    /// The fallback: the speaker of a nearby sentence with a speech cue.
    NearbySpeaker,
    /// Fiction: an untagged paragraph of dialogue that opens with a
    /// character's action is that character's: Bob nodded. “…”; so is
    /// one whose narration after its line leads in to the next paragraph's
    /// line by a character's name: “…” Bob hesitated, then went on: / “…”
    ActionBeat,
    /// Fiction: an untagged paragraph of dialogue is the next turn of a
    /// conversation, spoken by whoever spoke the turn before the last.
    TurnTaking,
    /// A quoted phrase in a sentence without a speech cue: the sentence's
    /// subject, at low confidence (Flying home, she vented about a
    /// fight “from start to finish”).
    SentenceSubject,
    /// Reported speech with the speaker first: X said (that) CLAUSE; also a
    /// stance (X endorsed the plan), an attitude (X is confident that…)
    /// and a noun of stance with its owner (X's plan to…).
    ReportedSpeech,
    /// Reported speech with the tag after the clause: CLAUSE, X said.
    ReportedSpeechTagAfter,
    /// Reported speech on a participle: X …, saying CLAUSE.
    ParticipleCue,
    /// Reported speech with "according to X".
    AccordingTo,
    /// The findings of a poll or survey named by a phrase that opens the
    /// sentence: In the latest CNN poll, Clinton leads by 5 points.
    InPoll,
    /// A passive cue with its agent: the plan was rejected by voters (what
    /// was rejected is the content, the agent its source).
    PassiveAgent,
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
    pub const ALL: [Rule; 18] = [
        Rule::ReportedSpeech,
        Rule::ReportedSpeechTagAfter,
        Rule::ParticipleCue,
        Rule::AccordingTo,
        Rule::InPoll,
        Rule::PassiveAgent,
        Rule::SpeakerColon,
        Rule::QuoteThenTag,
        Rule::TagThenQuote,
        Rule::InReportedClause,
        Rule::TagInNextSentence,
        Rule::ColonLeadIn,
        Rule::SentenceSubject,
        Rule::ContinuesSpeaker,
        Rule::NearbySpeaker,
        Rule::ActionBeat,
        Rule::TurnTaking,
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
            Rule::ActionBeat => "action-beat",
            Rule::TurnTaking => "turn-taking",
            Rule::ReportedSpeech => "reported-speech",
            Rule::ReportedSpeechTagAfter => "reported-speech-tag-after",
            Rule::ParticipleCue => "participle-cue",
            Rule::AccordingTo => "according-to",
            Rule::InPoll => "in-poll",
            Rule::PassiveAgent => "passive-agent",
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
            Rule::ActionBeat => 0.55,
            Rule::TurnTaking => 0.6,
            Rule::SentenceSubject => 0.4,
            Rule::ReportedSpeech => 0.8,
            Rule::ReportedSpeechTagAfter => 0.8,
            Rule::ParticipleCue => 0.7,
            Rule::AccordingTo => 0.8,
            Rule::InPoll => 0.7,
            Rule::PassiveAgent => 0.7,
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
                fires("\"Gun owners should leave their weapons at home,\" opined the Plain Dealer.", "Plain Dealer"),
                fires("“We cannot guarantee our own security,” Rutte said.", "Rutte"),
                fires("\"Our ideas are different,\" agrees Michelle Stevens.", "Michelle Stevens"),
                fires("“The market has failed,” he mocks.", "he"),
                not("Because Hannity is “not a journalist,” he feels free to work for the campaign."),
                fires("“We are ready,” White House press secretary Josh Earnest said.", "Josh Earnest"),
                fires("“It is fair,” the campaign manager, Robby Mook, said.", "Robby Mook"),
                fires("“It has gone too far,” said Clinton’s top foreign policy aide Jake Sullivan.", "Jake Sullivan"),
                fires("“It has gone too far,” said Rubio’s deputy campaign manager, Rich Beeson.", "Rich Beeson"),
                fires("\"It is about time,\" exhorted Clinton's introducer, actress Jamie Lee Curtis.", "Jamie Lee Curtis"),
                fires("“It has gone too far,” Rubio’s spokesman, Alex Conant, said.", "Alex Conant"),
                not("Bo Reed, who calls Trump a “sociopath,” said he doesn’t believe it."),
                not("Ana Silva, citing “the magic of Trump,” said the candidate could win."),
                fires("“They are all here for free stuff,” Bennett shot back with a laugh.", "Bennett"),
                fires("“It works,” Bozell points out.", "Bozell"),
                not("When Trump said he would “protect our LGBTQ citizens,” the crowd applauded loudly."),
                fires("\"It reminds us how important this election is,\" Sen. Marco Rubio (R-Fla.) said Saturday night.", "Marco Rubio"),
                fires("“Imagine Brad Thor on the same stage,” mused Stu Burguiere.", "Stu Burguiere"),
                fires("\"Family Leave,\" the document states, becomes available after a year.", "the document"),
                not("On CBS's \"Face the Nation,\" Paul Ryan (R-Wis.) said the spate of shootings demands listening."),
                fires("“It is over,” said Sen. Ted Cruz, R-Texas.", "Ted Cruz"),
                fires("“It worked,” Kenneth Baer, a former official who runs Crosscut Strategies, said.", "Kenneth Baer"),
                fires("“Chinese wouldn’t brag,” one post said.", "one post"),
                fires("“He represents our greatest shame.” ― Sonya Herridge", "Sonya Herridge"),
                fires("“It's hard to dispute,” said Democratic pollster Stan Greenberg.", "Stan Greenberg"),
                fires("“There is some concern,” super PAC spokeswoman Kellyanne Conway said.", "Kellyanne Conway"),
                fires("“The first line is here,” said former secretary of state Hillary Clinton.", "Hillary Clinton"),
                fires("“Thanks for coming,” said master of ceremonies Asab Al-Tabchi, a Syrian engineer.", "Asab Al-Tabchi"),
                not("Trump went on to promote “Celebrity Apprentice,” note that he had just bought the Old Post Office building."),
                fires("He is seen as “the operator,” as The New Yorker put it.", "New Yorker"),
                fires("Ana Silva spoke last. “They separate the families.\n\n“This is still my family,” Silva said.", "Ana Silva"),
                fires("“The records were found,” according to Judicial Watch.", "Judicial Watch"),
                fires("“Nobody asked me,” Hollande retaliated.", "Hollande"),
                fires("“Is Obama profiling?” reacted Trump.", "Trump"),
                fires("“We are on the same wavelength,” Italy's Northern League leader Matteo Salvini wrote on Facebook.", "Matteo Salvini"),
                fires("“We had more successful conventions,” Texas delegate Bill Eastland said.", "Bill Eastland"),
                fires("“Jeb wants to be a tough guy tonight,” Trump shot back.", "Trump"),
                fires("“They said no,” remembered Roy Verley, a former spokesman.", "Roy Verley"),
                not("“It is over,” denounced the record of the mayor."),
                fires("“Is it over?” asked William Bennett, a radio host.", "William Bennett"),
                fires("“It is over,” Senate Leader Mitch McConnell, R-Ky., said.", "Mitch McConnell"),
                fires("“Both scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.", "Harry Bond"),
                not("“It is over,” telling reporters he was done."),
                not("“Call the roll,” came shouts from the crowd, as the crowd booed."),
                not("He praised the “deep friendship” between them."),
            ]
                }
            }
            Rule::TagThenQuote => {
                const {
                    &[
                fires("Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”", "Dorothy Poynter"),
                fires("But at the time, as anti-terrorist prosecutor Marc Trévidic put it, \"there was not much to complain about.\"", "Marc Trévidic"),
                fires("As Trump attacked Clinton, the attendees chanted, \"Lock her up!\"", "the attendees"),
                fires("In April, Trump was talking about defense when he told Chris Wallace of Fox News, “So, North Korea has nukes.”", "Trump"),
                fires("In a clip that Judge Michael Mosman called \"distasteful,\" Santilli expressed a wish.", "Michael Mosman"),
                fires("America prepares for what Newt Gingrich called “the loudest election in modern history,” the former Speaker said.", "Newt Gingrich"),
                        fires("Putin said: “This is a very serious thing.”", "Putin"),
                        fires("Ana Silva told reporters, “We will win.”", "Ana Silva"),
                        fires("Ana Silva said on Monday, “We will win.”", "Ana Silva"),
                        fires("Bryne went on to say, “I know this to be true.”", "Bryne"),
                        fires("Mike Lee declared in the debate spin room, “It is time to unite.”", "Mike Lee"),
                        fires("Ana Silva said back in the summer of 2015: “We will win.”", "Ana Silva"),
                        not("As the chief executive put it in his memo explaining the deal, “Imagine a world where we lead.”"),
                        fires(
                            "Ana Silva shot back, “I suppose I could have stayed home.”",
                            "Ana Silva",
                        ),
                        fires(
                            "Ana Silva went on to say, “I know this to be true.”",
                            "Ana Silva",
                        ),
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
                        fires("As Ana Silva put it in 2008, “Yes we can.”", "Ana Silva"),
                        fires("As Ana Silva once put it, “Yes we can.”", "Ana Silva"),
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
                fires("“We’ll see, right?” Ana Silva remarked, alluding to the actor.", "Ana Silva"),
                fires("“It happens, right?” Ana Silva went on, as if she had not heard.", "Ana Silva"),
                not("Japan branded North Korea an “outlaw nation.” Russia insisted."),
                not("“Why would we stop?” Ana Silva asked the crowd and then went on to talk about other things."),
            ]
                }
            }
            Rule::InReportedClause => {
                const {
                    &[
                fires("\"It seems extremely unlikely\" that Sanders can catch Clinton, said Steve Elmendorf, deputy campaign manager for John Kerry's 2004 presidential campaign.", "Steve Elmendorf"),
                fires("Protesters marching through the streets chanted \"What curfew?\" and kept going.", "Protesters"),
                fires("Ana Silva dubbed him “Little Marco” at the rally.", "Ana Silva"),
                fires("Unions were early supporters, with Ana Silva calling her “the champion.”", "Ana Silva"),
                not("When Trump suggested that Cuba would sue the U.S., Rubio fired back forcefully: “If they sue us in Miami, they’re going to lose.”"),
                fires("Ted Cruz said Obama was “leading from behind” and Donald Trump says he is “losing the war on terrorism.”", "Donald Trump"),
                fires("Ana Silva said Trump and Clinton say the plan is “dead on arrival.”", "Ana Silva"),
                fires("Islamic State claimed the attack was “a blessed raid” but the FBI has said the gunman was “self-radicalised.”", "FBI"),
                fires("Ana Silva said the recent spate of shootings and protests demands that all Americans engage in “more listening.”", "Ana Silva"),
                fires("The radioman pointed out that Trump once backed “big government, bailouts, executive orders.”", "The radioman"),
                fires("In December, the prince called for Trump to quit, calling him \"a disgrace to all America.\"", "the prince"),
                not("The choice was between going after Trump as “uniquely unacceptable and unfit” or poking holes in his record."),
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
                fires("Stated Stone:\n\n“I think that the stakes are so high.”", "Stone"),
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
                fires("“We won,” Ana Silva said. “He listened to her time after time, including on whether to go after” the militants.", "Ana Silva"),
                fires("“We won,” Ana Silva said. “That is the fight we are taking” to the rest of the country.", "Ana Silva"),
                not("“We won,” Ana Silva said. “Moderates” voted for the bill in large numbers on Monday."),
                not("“First,” Ana Silva said.\n\nThe vote was held on Monday.\n\nThe count was slow.\n\nLater it rained.\n\n“Second.”"),
            ]
                }
            }
            Rule::ActionBeat => {
                const {
                    &[
                fires("“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\nAna frowned at him. “Why not?”\n\n“I am tired.”\n\n“Then sleep.”\n\n“I will.”\n\n“Good night.”", "Ana"),
                not("“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”\n\n“I am tired.”\n\n“Then sleep.”\n\n“I will.”"),
                not("Ana Silva spoke on Monday. “We will win.”"),
            ]
                }
            }
            Rule::TurnTaking => {
                const {
                    &[
                fires("“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”\n\n“I am tired.”\n\n“Then sleep.”\n\n“I will.”", "Ana"),
                fires("“Are you coming?” asked Ana.\n\n“Not yet,” replied Bo.\n\n“Why not?”\n\n“I am tired.”\n\n“Then sleep.”\n\n“I will.”", "Bo"),
                not("“We won,” Ana Silva said.\n\n“It was a long night.”\n\n“Now we govern.”"),
                not("“Are you coming?” asked Ana.\n\nThe rain fell all day on the town.\n\n“Why not?”"),
            ]
                }
            }
            Rule::NearbySpeaker => {
                const {
                    &[
                        fires(
                            "Dianne Bystrom agreed. “Republicans are running out of time.”",
                            "Dianne Bystrom",
                        ),
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
                fires("Ana Silva describes herself as a moderate and has said that she will vote for the plan.", "Ana Silva"),
                fires("As Purple PAC's Crane said, the two candidates have become the least ideological.", "Crane"),
                fires("Ted Cruz is highlighting his Iowa win as he urges conservatives to unite behind him.", "Ted Cruz"),
                not("The music seemed to match the sense of relief in the arena."),
                not("The Paris attacks test the strategy of every candidate in the race."),
                not("He was told that the plan would be dropped before the vote."),
                fires("Ana Silva attacks the plan as a giveaway to the richest families.", "Ana Silva"),
                not("Minority and women voters appeared more likely to describe her as likable."),
                fires("When Ana Silva attacked a federal judge whose parents were born in Mexico, Hispanic Americans were outraged.", "Ana Silva"),
                fires("The state officials whose laws have been invalidated say the real change has come from the courts.", "officials"),
                fires("Even so, 60 percent of Democrats said the economy was weak.", "Democrats"),
                fires("The budget office said about half of the adjustment reflected revenue.", "The budget office"),
                fires("The campaign declined to comment on the report.", "The campaign"),
                fires("Zoe Saldana pointed out that critics should question all of it.", "Zoe Saldana"),
                not("Zoe Saldana pointed at the map."),
                fires("Cruz refused to endorse Trump at the convention.", "Cruz"),
                fires("His plans to build a wall were expensive.", "His"),
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
                fires("Campaign aides privately concede that the race is tight.", "Campaign aides"),
                fires("The data show that the average income is higher.", "The data"),
                fires("Cement makers, for instance, argue that imports grew.", "Cement makers"),
                fires("Ana Silva said, however, that the vote was close.", "Ana Silva"),
                fires("Martin Luther King Jr. said the dream was alive.", "Martin Luther King Jr"),
                fires("The Federal Reserve chair, Janet Yellen, said the economy was strong.", "Janet Yellen"),
                fires("The company's chief executive, John Smith, said the deal was off.", "John Smith"),
                not("A senior official who asked not to be named was there."),
                fires("Bradley apologized for the columns after they came out.", "Bradley"),
                fires("The latest CNN poll showed Trump leading the field with 34 percent.", "The latest CNN poll"),
                fires("Brian Abernathy, the city's first deputy manager, said the flag was removed.", "Brian Abernathy"),
                fires("Nick Merrill, a spokesman for Mrs. Clinton, said that the focus was wages.", "Nick Merrill"),
                fires("Some delegates at the convention in Philadelphia said they welcomed attention to it.", "Some delegates"),
                fires("Trump after the meeting said the talks had gone well.", "Trump"),
                fires("Obama in an interview with CNN said the deal was done.", "Obama"),
                fires("Years after Bill Clinton claimed that the era of big government was over, Obama won.", "Bill Clinton"),
                not("Large majorities of the crowd in six states going to the polls said they support a proposal to ban travel."),
                fires("Mr. Ryan has long said that he will support the party's nominee.", "Mr. Ryan"),
                fires("They have long been skeptical of the plan.", "They"),
                fires("Shortly after Clinton was declared the winner, Sanders told a crowd that he expects to win.", "Sanders"),
                not("Shortly after the vote, the crowd left the hall."),
                fires("Mr. Pence marveled that the party had united behind him.", "Mr. Pence"),
                not("The committee approved rules that were written last year."),
                fires("While Comey has said that he makes recommendations, Lewandowski said he does not make them public.", "Lewandowski"),
                fires("Mark Dayton is backing the plan, but he’s not predicting it will pass.", "Mark Dayton"),
                fires("The bill failed after the governor suggested he would not sign it.", "the governor"),
                not("The bill faced dismal prospects of becoming law."),
                fires("Nine in 10 said they thought the economy was weak.", "Nine"),
                fires("In the poll, 85% of Democrats said they would vote for her.", "Democrats"),
                fires("Some say they hear echoes of a darker time.", "Some"),
                not("The 60 pledged delegates met on Monday."),
                not("Local boards have some say in the matter."),
                fires("The report states that the agency failed.", "The report"),
                not("His poor showings in the four states that voted on Saturday hurt him."),
                fires("A source close to him said the deal is done.", "A source"),
                fires("Officials familiar with the talks said the deal is done.", "Officials"),
                fires("Brianne Stone, 29, of Huntsville, Ala., says her biggest concern is global warming.", "Brianne Stone"),
                fires("United Gun Group said in a statement Thursday night they pulled the listing.", "United Gun Group"),
                fires("They want to lose.", "They"),
                fires("Hawkins and others who want to ban abortion said the ruling makes the choice stark.", "Hawkins"),
                fires("Nearly a third say they don't know.", "a third"),
                fires("Among liberals, 26% say they are conservative.", "26%"),
                fires("Both want government playing an active role in the economy.", "Both"),
                fires("Polls there show Trump is trailing Ted Cruz.", "Polls"),
                fires("With the campaign reeling, new filings show it has little cash on hand.", "new filings"),
                fires("No one knows what the field will look like.", "No one"),
                fires("Many voters are wondering if the Clintons will return the money.", "Many voters"),
                fires("Several prominent GOP elders agreed that Trump needs to deliver a speech.", "Several prominent GOP elders"),
                fires("The court ruled that the law was unconstitutional.", "The court"),
                not("The rule was changed in 2010."),
                fires("He endorsed Clinton.", "He"),
                fires("Obama Claims Hillary Most Qualified Presidential Candidate Ever", "Obama"),
                fires("Six in 10 say he's at least somewhat decisive.", "Six"),
                fires("As the International Business Times noted, Clinton raised $1.1 million from banks.", "International Business Times"),
                not("As the Times noted, “Clinton raised more money than anyone.”"),
                fires("As the Times reported on Saturday, Clinton raised $1.1 million from banks.", "Times"),
                fires("But as Ana Silva noted, the voters will give Sanders a second look.", "Ana Silva"),
                fires("Aides can get in trouble, and as Comey noted, people could face sanctions.", "Comey"),
                fires("As reported by Western Journalism, investigators found 2,200 emails.", "Western Journalism"),
                fires("But as reported by the Gazette, investigators found 2,200 emails.", "Gazette"),
                not("As reported by Western Journalism, “Investigators found emails.”"),
                fires("Ben Carson Slams Hillary And The Media", "Ben Carson"),
                not("Consumer Reports Tests New Cars"),
                fires("More voters disliked him, but recent polls show that has reversed.", "polls"),
                fires("Cruz has said for weeks he's the only candidate who can beat Trump.", "Cruz"),
                fires("While conservatives balked, many said Monday that the ruling changes things.", "many"),
                fires("Trump's inner circle believes that the nominee has earned the right.", "inner circle"),
                fires("Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed.", "Marco Rubio"),
                fires("Election scholars caution that high turnout favors the challenger.", "Election scholars"),
                not("A giant government savings plan that offers better prices was approved."),
                fires("Carson did not mention any of his opponents by name.", "Carson"),
                fires("Most voters don't support raising the retirement age.", "Most voters"),
                fires("The communications major didn't say that she had found a job.", "The communications major"),
                fires("FALLIN: Yes. I think that he is trying to heal the nation.", "FALLIN"),
                fires("Current and former officials who spoke with The Huffington Post said the group is a shell.", "officials"),
                fires("Voters who backed Sanders in the primary said they would not vote for Clinton.", "Voters"),
                fires("The senator who chairs the committee told reporters that the bill was dead.", "The senator"),
                fires("The Post quoted the people who Trump said were wrong.", "Trump"),
                fires("Trump also offered his early assessment of the Super Bowl.", "Trump"),
                fires("Ana Silva is backing Hillary Clinton.", "Ana Silva"),
                fires("Rubio has ignored the advice of his closest aides.", "Rubio"),
                not("He came back to the stage after the break."),
                fires("A man named John Smith said the plan was bad.", "John Smith"),
                fires("The Prime Minister, Ana Silva, said the plan was bad.", "Ana Silva"),
                fires("Supporters, however, argue that the bill is overdue.", "Supporters"),
                fires("One former student, who spoke on condition of anonymity, said the class was hard.", "One former student"),
                fires("The teachers union said the plan was unfair.", "The teachers union"),
                fires("Officials in the state said the plan was dead.", "Officials"),
                fires("More than half said the economy was weak.", "half"),
                fires("Insiders in two states — Nevada and Ohio — said the race was close.", "Insiders"),
                fires("Ana Silva - his co-host - told reporters that he had changed.", "Ana Silva"),
                fires("Trump named Mike Pence as his running mate.", "Trump"),
                fires("The governor ordered the state police to the border.", "The governor"),
                fires("Many voters remember that the economy was weak.", "Many voters"),
                fires("Ana Silva is confident that she will win Ohio.", "Ana Silva"),
                fires("Voters are increasingly skeptical of the trade deal.", "Voters"),
                fires("They're eager to take on the incumbent.", "They"),
                not("It is certain that the bill will pass."),
                fires("Ana Silva took to Twitter to say thanks to her voters.", "Ana Silva"),
                fires("Not surprisingly, Ana Silva supports the proposal.", "Ana Silva"),
                not("Ana Silva defended it."),
                fires("Ana Silva voiced her support for the new trade deal.", "Ana Silva"),
                fires("More than half of the respondents who support Sanders are in college.", "half of the respondents"),
                fires("Hillary Clinton has a word for Donald Trump's plan to deport 11 million people: No.", "Donald Trump"),
                fires("Sen. Lindsey Graham's energetic endorsement of Cruz surprised many.", "Lindsey Graham"),
                not("The plan to deport 11 million people was dropped."),
                fires("Ana Silva unveiled a proposal to create an office of immigrant affairs.", "Ana Silva"),
                fires("Ana Silva laid out a plan to wield military power more aggressively.", "Ana Silva"),
                fires("Ana Silva made it clear to House Democrats on Wednesday that she has their backs.", "Ana Silva"),
                not("The sky was clear over the harbour."),
                fires("Democratic voters were more likely to say that Clinton shares their values.", "voters"),
                fires("A Government Accountability Office report released last year found that the agency was careless.", "A Government Accountability Office report"),
            ]
                }
            }
            Rule::ReportedSpeechTagAfter => {
                const {
                    &[
                fires("Hackers compromised 12 workstations and 10 servers, the congressional report said.", "the congressional report"),
                fires("Mateen didn't mingle but left as soon as prayers were finished, Nefzi said, adding, \"He was not very religious.\"", "Nefzi"),
                fires("Many black voters found it offensive, Martha Raddatz said.", "Martha Raddatz"),
                not("Asked whether he would run for the seat, Smith said no."),
                not("When asked why the campaign had failed, Ana Silva said nothing."),
                        fires(
                            "Secret Service protocol called for a trauma center, sources said.",
                            "sources",
                        ),
                fires("Support is strong among the unions, teachers and union officials told reporters.", "union officials"),
                fires("The race is close, say some Democrats.", "Democrats"),
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
                        not("“The deal is dead,” said one official, who asked not to be named."),
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
                        not("Among those who want lower taxes, most back Clinton."),
                        fires("The economy is weak, most believe.", "most"),
                    ]
                }
            }
            Rule::ParticipleCue => {
                const {
                    &[
                fires("By saying that the wall would be paid for, Trump made a promise.", "Trump"),
                fires("The two had played nice, with Cruz repeatedly calling Trump his friend in public.", "Cruz"),
                fires("The Prime Minister, Ana Silva, arrived in Leeds, saying the plan was good.", "Ana Silva"),
                fires("Unions were early supporters, with the United Federation of Teachers calling her the best.", "United Federation of Teachers"),
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
            Rule::InPoll => {
                const {
                    &[
                        fires(
                            "In the latest CNN poll, Clinton leads Trump by five points.",
                            "the latest CNN poll",
                        ),
                        fires(
                            "In a Washington Post/ABC News poll released Sunday, 8 percent of Democrats backed Trump.",
                            "ABC News",
                        ),
                        fires(
                            "In the new Morning Consult survey, conducted March 11-13, 40 percent of voters chose Sanders.",
                            "the new Morning Consult survey",
                        ),
                        not("In a memo released as polls closed Tuesday, the campaign conceded the state."),
                        not("In the polls, anyway."),
                    ]
                }
            }
            Rule::PassiveAgent => {
                const {
                    &[
                        fires(
                            "In Vermont, Bernie Sanders was endorsed by the Boston Globe.",
                            "Boston Globe",
                        ),
                        fires(
                            "Gruenberg, who was endorsed by President Barack Obama, was confirmed.",
                            "Barack Obama",
                        ),
                        fires("Her death was confirmed by the Eagle Forum.", "Eagle Forum"),
                        fires("He was told by aides that the race was lost.", "aides"),
                        not("He was told that the race was lost."),
                        not("The bill was passed by the Senate."),
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
                        not("He left.\n\nContributing: Grant Miller and Todd Spangler"),
                        not("Delegate Update: The latest count in the Democratic race"),
                        fires("TAPPER: Do you think he can win the state?", "TAPPER"),
                        not("CLARIFICATION: An earlier version of this story misstated the date."),
                    ]
                }
            }
            Rule::NoSpeaker => {
                const {
                    &[
                fires("A group of comedians is performing a play called “Los Hijos de Trump” in Mexico City.", ""),
                fires("An article titled “Clinton Does Best Where Machines Fail” circulated online.", ""),
                fires("The so called “Implementation Initiative” was rejected.", ""),
                fires("“I wish him well,” Mr. Trump told the hosts of “Morning Joe,” adding that his son knows him.", ""),
                fires("Sunday on Fox News channel’s “Sunday Morning Futures,” Ana Silva said she would run.", ""),
                fires("Ana Silva said the new group will informally be dubbed the “Defeat Crooked Hillary PAC” by donors.", ""),
                fires("Many of them are derisively known as “rabbit patches” or “goat farms.”", ""),
                fires("Ana Silva said so in her 2012 book, “An American Son.”", ""),
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
