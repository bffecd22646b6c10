package quotes

import "testing"

// Direct quotes that no earlier rule attributed (issue 9, "none:direct"):
// long subjects after the quote, inverted subjects that are not names,
// plural present verbs, indefinite subjects and participles whose clause
// subject is a common noun phrase. Every sentence is written for these
// tests.

// A subject with stacked comma-set parts between it and its verb.
func TestTailStackedAppositives(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "age, town with state, relative clause",
			text:  "\"Nobody asked us,\" Lena Voss, 41, of Dayton, Ohio, who took part in the survey, said in an interview.",
			quote: "Nobody asked us", speaker: "Lena Voss", cue: "said"},
		{name: "title abbreviation, party tag, after an exclamation",
			text:  "\"What a week!\" Rep. Omar Tull, D-Minn., said of the hearings.",
			quote: "What a week", speaker: "Omar Tull", cue: "said"},
		{name: "a participle phrase holding a title in quotes",
			text:  "\"We came to win,\" delegate Ruth Imber, wearing a \"Vote Local\" badge, said as the band played.",
			quote: "We came to win", speaker: "Ruth Imber", cue: "said"},
		{name: "told, with its addressee",
			text:  "\"The roads were closed,\" Piet Haan, 63, of Salem, Ore., told reporters on Monday.",
			quote: "The roads were closed", speaker: "Piet Haan", cue: "told"},
		{name: "negative: a reported clause after the verb",
			text:  "\"It is over,\" the two, both from Dayton, write that the vote was not.",
			quote: "It is over", speaker: ""},
		{name: "negative: someone else's quote between",
			text:  "\"It is over,\" Lena Voss, who once called it \"a farce, plain and simple,\" said that day.",
			quote: "It is over", speaker: "Lena Voss"},
		{name: "negative: no reporting verb",
			text:  "\"It is over,\" Lena Voss, 41, of Dayton, Ohio, walked out.",
			quote: "It is over", speaker: ""},
	})
}

// Subjects right after a quote's comma that name nobody the article knows,
// and plural subjects with the base form of their verb.
func TestTailPlainSubjects(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the board writes",
			text:  "\"The levy is overdue,\" the board writes.",
			quote: "The levy is overdue", speaker: "board", cue: "writes"},
		{name: "the two write, unnamed",
			text:  "\"We see no reason for delay,\" the two write.",
			quote: "We see no reason", speaker: "", mention: "the two", cue: "write"},
		{name: "a plural subject with a base form the lexicon lists only inflected",
			text:  "\"Turnout fell in every ward,\" the authors conclude.",
			quote: "Turnout fell", speaker: "authors", cue: "conclude"},
		{name: "a demonstrative and a noun no list knows",
			text:  "\"I love this town,\" this lookalike declared in the square.",
			quote: "I love this town", speaker: "", mention: "this lookalike", cue: "declared"},
		{name: "a surname that is also a word",
			text:  "\"We will not wait,\" Will said.",
			quote: "We will not wait", speaker: "Will", mention: "Will", cue: "said"},
		{name: "negative: a singular subject with a base form",
			text:  "\"We see no reason,\" the plan conclude.",
			quote: "We see no reason", speaker: ""},
		{name: "negative: the base form after a singular noun is a noun",
			text:  "\"It is late,\" a voice state of mind.",
			quote: "It is late", speaker: ""},
	})
}

// A speech verb right after the quote's comma and a subject after it.
func TestTailInverted(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a title before the name and a long appositive",
			text:  "\"Thank you all,\" said host of the evening Mira Dahl, a teacher who moved here in 1990.",
			quote: "Thank you all", speaker: "Mira Dahl", cue: "said"},
		{name: "a given name that is also a modal",
			text:  "\"Costs keep rising,\" said Will Brennan, an economist at a state university.",
			quote: "Costs keep rising", speaker: "Brennan", mention: "Will Brennan", cue: "said"},
		{name: "a long title with an abbreviation and a coordination",
			text:  "\"We lost the suburbs,\" said former Iowa Gov. and party Chairman Tom Kerr-Reed.",
			quote: "We lost the suburbs", speaker: "Tom Kerr-Reed", cue: "said"},
		{name: "tweeted another",
			text:  "\"They cannot be serious,\" tweeted another.",
			quote: "They cannot be serious", speaker: "", mention: "another", cue: "tweeted"},
		{name: "negative: the phrase after the verb runs into a reported clause",
			text:  "\"They cannot be serious,\" said the crowd would leave.",
			quote: "They cannot be serious", speaker: ""},
	})
}

// An indefinite pronoun as the subject of the verb before the quote.
func TestTailIndefiniteIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "another tweeted",
			text:  "Many fans were angry. Another tweeted, \"This is a disgrace.\"",
			quote: "This is a disgrace", speaker: "", mention: "Another", cue: "tweeted"},
		{name: "some chanted",
			text:  "Some chanted \"Four more years!\"",
			quote: "Four more years", speaker: "", mention: "Some", cue: "chanted"},
		{name: "others with a participle phrase",
			text:  "Others, angered by the delay, shouted, \"Open the doors!\"",
			quote: "Open the doors", speaker: "", mention: "Others", cue: "shouted"},
		{name: "negative: some as a determiner",
			text:  "He gave some unusual answers. \"It was odd,\" an aide recalled.",
			quote: "It was odd", speaker: "aide"},
	})
}

// A participle whose clause subject is a common noun phrase before a
// past-tense verb.
func TestTailParticipleNounSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a possessive role noun",
			text:  "Ada Moss's chief aide rallied volunteers, saying: \"We have to knock on every door.\"",
			quote: "We have to knock", speaker: "Ada Moss's chief aide", cue: "saying"},
		{name: "an organisation noun",
			text:  "The campaign brushed off the report, telling reporters, \"Nothing in it is new.\"",
			quote: "Nothing in it is new", speaker: "campaign", cue: "telling"},
		{name: "a quantity of people",
			text:  "Hundreds of marchers paraded through the city, chanting \"No more wars!\"",
			quote: "No more wars", speaker: "marchers", mention: "Hundreds of marchers", cue: "chanting"},
		{name: "negative: a hyphenated adjective is no verb",
			text:  "The town's strong-willed voters, rewarding the mayor by cheering, \"Four more years!\"",
			quote: "Four more years", speaker: ""},
		{name: "negative: a phrase with a preposition is no plain subject",
			text:  "Voters in the town cheered, saying: \"Let us in.\"",
			quote: "Let us in", speaker: ""},
	})
}

// A sentence whose subject delivers a spoken or written act, before a
// quote that is a sentence by itself.
func TestSpeechActIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "had a message",
			text:  "Nora Quist had a message for her critics.\n\n\"I am not going anywhere.\"",
			quote: "I am not going anywhere", speaker: "Nora Quist", cue: "message"},
		{name: "issued a statement, an organisation",
			text:  "The committee issued a brief statement on Sunday.\n\n\"We regret the delay.\"",
			quote: "We regret the delay", speaker: "committee", cue: "statement"},
		{name: "a pronoun posing a question",
			text:  "Omar Reyes thanked the crowd. He then posed a question.\n\n\"Who will pay for it?\"",
			quote: "Who will pay for it", speaker: "Omar Reyes", cue: "question"},
		{name: "negative: a noun that is not a speech act",
			text:  "The storm had a terrible impact. \"We lost everything.\"",
			quote: "We lost everything", speaker: ""},
		{name: "negative: the quote is not a sentence by itself",
			text:  "Nora Quist had a message. \"A rallying cry\" was printed on every banner.",
			quote: "A rallying cry", speaker: ""},
	})
}

// A source named before the colon after "from" or a dash.
func TestColonSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "more from two names",
			text:  "Turnout was the story. More from Ines Varga and Tom Reid: \"Late deciders broke for the challenger.\"",
			quote: "Late deciders", speaker: "Tom Reid", cue: ":"},
		{name: "a digest item, headline then source",
			text:  "EARLY POLLS WERE NOT WRONG - Ines Varga: \"The surveys ended a week before the vote.\"",
			quote: "The surveys ended", speaker: "Ines Varga", cue: ":"},
		{name: "from the report",
			text:  "The panel published its findings. From the report: \"Samples varied widely in quality.\"",
			quote: "Samples varied", speaker: "report", mention: "the report", cue: ":"},
		{name: "negative: from a place",
			text:  "Letters poured in from the north: \"Send more help.\"",
			quote: "Send more help", speaker: ""},
	})
}

// A relative clause without commas between a subject and its verb.
func TestRelativeClauseSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "before the quote, with a time word after the verb",
			text:  "A senior aide who spoke on condition of anonymity said Tuesday, \"The vote is close.\"",
			quote: "The vote is close", speaker: "senior aide", mention: "A senior aide", cue: "said"},
		{name: "after the quote",
			text:  "\"The vote is close,\" one voter who asked not to be named told reporters.",
			quote: "The vote is close", speaker: "one voter", cue: "told"},
		{name: "after the quote, a place in the relative clause",
			text:  "\"The vote is close,\" a farmer who lives near Ames, Iowa, said.",
			quote: "The vote is close", speaker: "farmer", mention: "a farmer", cue: "said"},
		{name: "negative: those who",
			text:  "Those who spoke at length said, \"Enough.\"",
			quote: "Enough", speaker: ""},
	})
}

// A quote paragraph signed on the next line with a dash, the name and a
// participle phrase.
func TestDashSignatureParticiple(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "signature with a participle phrase",
			text:  "\"Great game tonight. Proud of this team.\"\n\n-Mayor Ada Brill, tweeting after the final.",
			quote: "Great game tonight", speaker: "Ada Brill"},
		{name: "negative: a dash aside inside a sentence",
			text:  "\"Great game tonight.\" The team - tired, cheering after the final - went home.",
			quote: "Great game tonight", speaker: ""},
	})
}
