package quotes

import "testing"

// A definite role noun ("the senator", "the Maine senator") refers back to
// a person, as a pronoun does: it takes the name the article gives that
// person, and when none fits the speaker stays unnamed, with the role noun
// as the mention. An indefinite one ("a senator") is a new, unnamed
// source and names the speaker itself. Every sentence is written for
// these tests.
func TestDefiniteRoleNounRefersBack(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the role of a person named before",
			text:  "Senator Ann Roe toured the port on Monday.\n\n\"We will not back down,\" the senator said.",
			quote: "We will not back down", speaker: "Ann Roe", cue: "said"},
		{name: "no one named takes the role",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" the senator said.",
			quote: "We will not back down", mention: "the senator", cue: "said"},
		{name: "a modified role no one named takes",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" the Maine senator said.",
			quote: "We will not back down", mention: "the Maine senator", cue: "said"},
		{name: "negative: an indefinite role is a new source",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" a senator said.",
			quote: "We will not back down", speaker: "senator", cue: "said"},
		{name: "negative: a definite organisation speaks for itself",
			text:  "The port reopened on Monday.\n\n\"We will not back down,\" the ministry said.",
			quote: "We will not back down", speaker: "ministry", cue: "said"},
	})
}

// A quote that carries on an unnamed speaker's quote keeps the same
// mention and cue, and stays unnamed.
func TestContinuationOfUnnamedSpeaker(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "after an unresolved role noun",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" the senator said. \"The port is ours.\"",
			quote: "The port is ours", mention: "the senator", cue: "said"},
		{name: "after an unresolved pronoun",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" she said. \"The port is ours.\"",
			quote: "The port is ours", mention: "she", cue: "said"},
		{name: "negative: a new paragraph with its own speaker",
			text:  "The crowd at the port was large on Monday.\n\n\"We will not back down,\" she said.\n\n\"The port is ours,\" Mayor Bo Dee said.",
			quote: "The port is ours", speaker: "Bo Dee", cue: "said"},
	})
}
