package quotes

import "testing"

// A capitalised run that holds a title before a name: the speaker is the
// name, not the office. Every sentence is written for these tests.

// A title completed by "of" or "for" ("Chief of Staff", "Secretary of
// Labor", "Minister for Europe"): the complement is no part of the name.
func TestTitleComplementLeavesName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "chief of staff",
			text:  "\"The pier is safe,\" White House Chief of Staff Ann Roeder wrote in an email.",
			quote: "The pier is safe", speaker: "Ann Roeder", cue: "wrote", extract: true},
		{name: "an office no list holds",
			text:  "\"No,\" said Secretary of Labor Cy Ames.",
			quote: "No", speaker: "Cy Ames", cue: "said", extract: true},
		{name: "a middle initial stays with the name",
			text:  "\"No,\" said Secretary of Labor Cy A. Ames.",
			quote: "No", speaker: "Cy A. Ames", cue: "said", extract: true},
		{name: "a suffix stays with the name",
			text:  "\"Maybe,\" said Minister for Europe Ola Berg Jr.",
			quote: "Maybe", speaker: "Ola Berg Jr.", cue: "said", extract: true},
		{name: "a surname alone",
			text:  "\"Never,\" Chief of Staff Roeder said.",
			quote: "Never", speaker: "Roeder", cue: "said", extract: true},
		{name: "a two-word office",
			text:  "\"Fine,\" Secretary of Homeland Affairs Lu Pine said.",
			quote: "Fine", speaker: "Lu Pine", cue: "said", extract: true},
		{name: "negative: an organisation keeps its of",
			text:  "\"We will appeal,\" the Bank of Avalon said in a statement.",
			quote: "We will appeal", speaker: "Bank of Avalon", cue: "said", extract: true},
	})
}

// An organisation word before a title ("Senate Majority Leader", "Army
// Secretary") qualifies the title; the name after it is a person's.
func TestOrganisationBeforeTitle(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a chamber before its leader",
			text:  "\"Sure,\" said Senate Majority Leader Ann Roe.",
			quote: "Sure", speaker: "Ann Roe", cue: "said", extract: true},
		{name: "a service before its secretary",
			text:  "\"Okay,\" said Army Secretary Bo Dee.",
			quote: "Okay", speaker: "Bo Dee", cue: "said", extract: true},
		{name: "a university before its president",
			text:  "\"Done,\" said Avalon University President Jo Kemp.",
			quote: "Done", speaker: "Jo Kemp", cue: "said", extract: true},
		{name: "general counsel",
			text:  "\"We disagree,\" Harbor Authority General Counsel Ed Fry said.",
			quote: "We disagree", speaker: "Ed Fry", cue: "said", extract: true},
		{name: "negative: no name after the title",
			text:  "\"We disagree,\" the Harbor Authority said.",
			quote: "We disagree", speaker: "Harbor Authority", cue: "said", extract: true},
	})
}

// A capitalised word that only qualifies a singular title before a name
// ("Republican nominee", "Harvard historian") is no mention of its own:
// the speaker is the name after the title.
func TestModifierBeforeTitleAndName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a party adjective, an adjective, a title in -ee",
			text:  "In response, Republican presidential nominee Ann Roe issued the following statement: \"Our prayers are with them.\"",
			quote: "Our prayers", speaker: "Ann Roe", cue: ":", extract: true},
		{name: "a place before a title in -ian",
			text:  "\"It is over,\" said Harvard historian Jo Lane.",
			quote: "It is over", speaker: "Jo Lane", cue: "said", extract: true},
		{name: "negative: a conjunction in -er is no title",
			text:  "Voters chose Ann Roe after Bo Dee quit the race. \"We won,\" Roe said.",
			quote: "We won", speaker: "Ann Roe", cue: "said", extract: true},
	})
}
