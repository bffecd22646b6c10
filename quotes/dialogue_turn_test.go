package quotes

import "testing"

// An introduced question or exclamation ends its sentence; a new sentence
// after it that introduces the next quote is the next speaker's turn, not
// an attribution of the question. Every sentence is written for these
// tests.
func TestIntroducedQuestionEndsTheTurn(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a question introduced by its asker",
			text:  "Kerr asks Roe, \"Why now?\" Roe then writes back, \"You look tired.\"",
			quote: "Why now", speaker: "Kerr", cue: "asks", extract: true},
		{name: "the next turn keeps its own speaker",
			text:  "Kerr asks Roe, \"Why now?\" Roe then writes back, \"You look tired.\"",
			quote: "You look tired", speaker: "Roe", cue: "writes", extract: true},
		{name: "an exclamation introduced by its speaker",
			text:  "Kerr responds to Roe with, \"Not again!\" Roe then writes back, \"You look tired.\"",
			quote: "Not again", speaker: "Kerr", cue: "responds", extract: true},
		{name: "negative: a question opening its sentence takes the tag after it",
			text:  "\"Why now?\" Roe asked the board on Monday.",
			quote: "Why now", speaker: "Roe", cue: "asked", extract: true},
	})
}
