package quotes

import "testing"

// Wrong speakers from a participle or an opening phrase: the subject must
// be the participle's own, never a place or an earlier clause's name.
// Every sentence is written for these tests.
func TestParticipleSubjects(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "absolute phrase: with NAME adverb participle",
			text:  "At a fair in Dunmore, Kansas, on Friday, a heckler was led away, with Mayor Ida Crane reportedly shouting: \"Take him out of here!\"",
			quote: "Take him out", speaker: "Ida Crane", cue: "shouting"},
		{name: "absolute phrase: with a group chanting",
			text:  "Harbor Street was packed with families, with many students and teachers chanting \"Fund our schools\" outside the hall.",
			quote: "Fund our schools", speaker: "many students and teachers", cue: "chanting"},
		{name: "negative: with inside the verb phrase is no absolute phrase",
			text:  "Governor Alma Reyes met with farmers, saying the drought was \"the worst in memory.\"",
			quote: "the worst in memory", speaker: "Alma Reyes", cue: "saying"},
		{name: "negative: an absolute phrase whose subject names nobody",
			text:  "Councillor Pia Lund left the room, with the vote still pending and the clock showing \"recess\" on the screen.",
			quote: "recess", speaker: ""},
		{name: "name, adverb, participle",
			text:  "The board met late, Chair Ruth Obi then calling the offer \"an insult to our members.\"",
			quote: "an insult", speaker: "Ruth Obi", cue: "calling"},
		{name: "opening phrase ending in a place and a time",
			text:  "Speaking at a diner in Ashford, New Mexico, on Tuesday, Senator Hal Voss went after his rival, calling him \"a tourist.\"",
			quote: "a tourist", speaker: "Hal Voss", cue: "calling"},
		{name: "opening phrase ending in a place with an abbreviation",
			text:  "At a rally in Keene, N.H., on Sunday, Senator Rita Dahl backed the plan, saying it would \"pay for itself.\"",
			quote: "pay for itself", speaker: "Rita Dahl", cue: "saying"},
		{name: "negative: a place in the subject's own clause is not skipped",
			text:  "In Leeds, Dan Moor, who runs a bakery, opened early, saying business was \"slow but steady.\"",
			quote: "slow but steady", speaker: "Dan Moor", cue: "saying"},
	})
}

// Words between a subject and its verb, and nouns that look like verbs.
func TestSubjectNounPhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a time phrase with a determiner between subject and verb",
			text:  "It has become a fixture of the race. Senator Cora Vance during a Friday rally thanked the nurses \"for every mile they drove.\"",
			quote: "for every mile", speaker: "Cora Vance", cue: "thanked"},
		{name: "over the weekend between subject and verb",
			text:  "Mayor Tom Ebert over the weekend said the strike was \"a shakedown.\"",
			quote: "a shakedown", speaker: "Tom Ebert", cue: "said"},
		{name: "this week between subject and verb",
			text:  "Senator Cora Vance this week said the bill was \"dead on arrival.\"",
			quote: "dead on arrival", speaker: "Cora Vance", cue: "said"},
		{name: "negative: a time noun heading the subject",
			text:  "The night manager said the lobby had been \"quiet all week.\"",
			quote: "quiet all week", speaker: "night manager", cue: "said"},
		{name: "a possessive before a participle adjective is no subject",
			text: "Governor Hana Ruiz then spoke up, calling Mayor Lee's proposed levy \"a tax on breathing.\"", extract: true,
			quote: "a tax on breathing", speaker: "Hana Ruiz", cue: "calling"},
		{name: "negative: a possessive contraction with a past verb stays a verb",
			text:  "Ruth Obi ran again.\n\nAsked about the vote, she's repeated that the deal is \"off the table.\"",
			quote: "off the table", speaker: "Ruth Obi", cue: "repeated"},
		{name: "a counted name before a plural noun is no subject",
			text: "The agency said it had marked 22 Ruiz emails as \"secret\" and withheld them.", extract: true,
			quote: "secret", speaker: "agency"},
		{name: "negative: a name before a present verb is its subject",
			text:  "After the vote, Ruiz emails her staff that the plan is \"finally done.\"",
			quote: "finally done", speaker: "Ruiz", cue: "emails"},
	})
}

// A subject after an opening time phrase is not part of the phrase.
func TestSubjectAfterTimePhrase(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "pronoun after a time phrase",
			text:  "Ruth Obi ran again.\n\n(On Monday she said she would \"gladly debate\" anyone.)",
			quote: "gladly debate", speaker: "Ruth Obi", cue: "said"},
		{name: "common noun after a time phrase",
			text:  "On Monday officials said the bridge was \"structurally sound.\"",
			quote: "structurally sound", speaker: "officials", cue: "said"},
	})
}

// Phrases that stand where a subject stands but are not one.
func TestNotSubjects(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a prepositional phrase before a coordinated verb",
			text:  "Ann Moss first said she had lost the file, but in a later interview said it was \"in a drawer all along.\"",
			quote: "in a drawer", speaker: "Ann Moss", cue: "said"},
		{name: "an -ing phrase before the verb",
			text: "Senator Ada Quill stood firm, releasing a statement that, while regretting the delay, accused the board of \"stalling on purpose.\"", extract: true,
			quote: "stalling on purpose", speaker: "Ada Quill"},
		{name: "a relative's noun before the subject",
			text:  "Mayor Tom Ebert promised a new park - at which point the crowd chanted \"Build it now!\" - and left the stage.",
			quote: "Build it now", speaker: "crowd", cue: "chanted"},
		{name: "negative: a determiner after a preposition stays in the phrase",
			text:  "The head of the union said the offer was \"an insult.\"",
			quote: "an insult", speaker: "head", mention: "The head of the union", cue: "said"},
		{name: "a common word and for before a name",
			text: "Abe Moss said he had two choices: Vote for Ruiz, whom he called \"a fraud,\" or stay home.", extract: true,
			quote: "a fraud", speaker: "Abe Moss", cue: "called"},
		{name: "a plural and of before a name are a group, not her",
			text:  "Senator Ada Quill spoke first.\n\nSupporters of Ana Ruiz waved signs. She said the race was \"far from over.\"",
			quote: "far from over", speaker: "Ada Quill", cue: "said"},
		{name: "negative: an organisation with of keeps its name",
			text:  "The Bank of Wessex said rates would stay \"lower for longer.\"",
			quote: "lower for longer", speaker: "Bank of Wessex"},
	})
}

// "what" and a long subject before a framing verb.
func TestFreeRelativeLongSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "two papers each called",
			text: "Amid what the Harbour Herald and the Valley Courier each called a \"grim week\" for the mayor, a new poll landed.", extract: true,
			quote: "grim week", speaker: "Valley Courier", cue: "called"},
		{name: "negative: a thing called X after a long noun phrase",
			text: "The council asked what to do with the old brick building called \"the Annex\" last year.", extract: true,
			quote: "the Annex", speaker: ""},
	})
}

// A day after an inverted verb is never the speaker.
func TestDayAfterInvertedVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "appositive subject, then said and a day",
			text:  "\"We will not send more troops,\" Ben Adler, the governor's chief of staff, said Sunday.",
			quote: "We will not send", speaker: "Ben Adler", cue: "said"},
		{name: "negative: a day as the only candidate names nobody",
			text:  "The plan stalled. \"Nothing moves,\" said Monday.",
			quote: "Nothing moves", speaker: ""},
	})
}
