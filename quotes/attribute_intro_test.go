package quotes

import "testing"

// Intros that put the reporting verb before its speaker, or verbs of news
// writing the lexicon lacked. Every sentence is written for these tests.

func TestInvertedIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said NP, quote",
			text:  "Mayor Lena Ortiz toured the flooded streets on Monday. Said Ortiz, \"We will rebuild every house.\"",
			quote: "We will rebuild", speaker: "Lena Ortiz", cue: "said"},
		{name: "but, said NP",
			text:  "Colleagues praised the plan. But, said Tobias Wren, \"I don't want to oversell it.\"",
			quote: "I don't want", speaker: "Tobias Wren", cue: "said"},
		{name: "said NP with a relative clause",
			text:  "The old mill reopened as a museum. Said Dana Pike, who worked there for years, \"We were all so proud of it.\"",
			quote: "We were all", speaker: "Dana Pike", cue: "said"},
		{name: "opener, verb, role and name, colon",
			text:  "The senator dodged the question. In other words, explained panel host Nadia Rook: \"You never answered.\"",
			quote: "You never answered", speaker: "Nadia Rook", cue: "explained"},
		{name: "verb and definite role noun",
			text:  "Governor Abe Linden signed the bill at noon. Said the governor: \"This was overdue.\"",
			quote: "This was overdue", speaker: "Abe Linden", cue: "said"},
		{name: "negative: the verb's object is no speaker, the clause's subject speaks",
			text:  "Said to be the richest man in town, he wrote: \"I owe nothing.\"",
			quote: "I owe nothing", speaker: "", mention: "he", cue: "wrote"},
		{name: "negative: a name in the opener",
			text:  "Before Ortiz left, explained the guide: \"The gates close at six.\"",
			quote: "The gates close", speaker: ""},
		{name: "negative: a verb inside the sentence is no opener",
			text:  "The crowd cheered when the band, led by Ed Kane, played \"Home Again.\"",
			quote: "Home Again", speaker: ""},
		{name: "negative: a long opener before the verb",
			text:  "After the vote on the budget in the council chamber last night, said Ed Kane, \"We lost.\"",
			quote: "We lost", speaker: ""},
	})
}

func TestIntroVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "riffed after a role noun",
			text:  "Senator Hugo Marsh spoke for an hour. \"Let me help you out,\" the senator riffed on the rival's answer.",
			quote: "Let me help", speaker: "Hugo Marsh", mention: "the senator", cue: "riffed"},
		{name: "retaliated after an adjective and a name",
			text:  "\"Never again,\" an angry Mara Quint retaliated.",
			quote: "Never again", speaker: "Mara Quint", cue: "retaliated"},
	})
}

func TestCommaIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "named subject, scene verb, comma, whole-sentence quote",
			text:  "Ann Roe spoke in Ohio on Monday. Earlier this week, Roe shared her worry with donors at a fundraiser in Dayton, \"I do not know which candidate will show up.\"",
			quote: "I do not know", speaker: "Ann Roe", cue: ","},
		{name: "issued a statement, quote",
			text:  "Senator Hugo Marsh lost the vote. Within the hour, Marsh issued a statement, \"Tonight the people have spoken.\"",
			quote: "Tonight the people", speaker: "Hugo Marsh", cue: ","},
		{name: "negative: a relative clause quotes a thing",
			text:  "Ann Roe marched downtown. Roe held a sign that read, \"Vote Now!\"",
			quote: "Vote Now", mention: "that", cue: "read"}, // the sign's words (thingSays), not Roe's
		{name: "negative: the quote does not end the sentence",
			text:  "Ann Roe marched downtown. Roe stopped at the corner, \"Vote Now!\" on her shirt.",
			quote: "Vote Now", speaker: ""},
		{name: "negative: a subordinate clause opens the sentence",
			text:  "Ann Roe left early. When Roe left the room, \"We lost.\"",
			quote: "We lost", speaker: ""},
		{name: "negative: a fragment, not a sentence",
			text:  "Ann Roe rallied on Friday. Roe waved to the crowd, \"all of them.\"",
			quote: "all of them", speaker: ""},
	})
}

func TestParticipleIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "Adding, after a report with a named subject",
			text:  "Later in the hearing, Judge Ora Bell said the filing was \"badly late.\" Adding, \"Nobody here is above the rules.\"",
			quote: "Nobody here", speaker: "Ora Bell", cue: "adding"},
		{name: "negative: a new paragraph",
			text:  "Judge Ora Bell said the filing was late.\n\nAdding, \"Nobody here is above the rules.\"",
			quote: "Nobody here", speaker: ""},
		{name: "negative: no named subject before",
			text:  "The filing was late. Adding, \"Nobody here is above the rules.\"",
			quote: "Nobody here", speaker: ""},
	})
}

func TestLabelIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "role and name label opening a paragraph",
			text:  "Why did the count change? Who told you?\n\nFormer state treasurer Ann Kale Roe: \"We learned it from the auditors.\"",
			quote: "We learned", speaker: "Ann Kale Roe", cue: ":"},
		{name: "role with of before the name",
			text:  "Who told you that?\n\nFormer secretary of state Ann Kale Roe: \"We learned that from the auditors.\"",
			quote: "We learned", speaker: "Ann Kale Roe", mention: "Former secretary of state Ann Kale Roe", cue: ":"},
		{name: "negative: a phrase about a name is no label",
			text:  "Why did the count change?\n\nA list of the donors to Ann Kale Roe: \"Hal Brook, Ida Marsh and Lou Penn.\"",
			quote: "Hal Brook", speaker: ""},
		{name: "negative: a label that names no one",
			text:  "Why did the count change?\n\nThe official answer: \"We learned it from the auditors.\"",
			quote: "We learned", speaker: ""},
	})
}
