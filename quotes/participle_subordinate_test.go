package quotes

import "testing"

// A participle after a clause of time or place with its own subject
// belongs to that nearer subject. Every sentence is written for these
// tests.
func TestParticipleAfterSubordinate(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "as-clause subject speaks",
			text:  "Ann Roe asks as a clerk walks in front of her, saying he is \"here to fix the sink.\"",
			quote: "here to fix", mention: "a clerk", speaker: "clerk", cue: "saying"},
		{name: "where-clause subject speaks",
			text:  "Ann Roe spoke near the plant, where about 40 protesters had gathered, chanting \"fair pay now\" at the gate.",
			quote: "fair pay", mention: "about 40 protesters", speaker: "about 40 protesters", cue: "chanting"},
		{name: "negative: no subordinate clause, the reporting verb's subject",
			text:  "Ann Roe spoke to the clerk at length, saying she was \"tired of waiting.\"",
			quote: "tired", speaker: "Ann Roe"},
		{name: "negative: a comma inside keeps the main subject",
			text:  "Ann Roe spoke as the crowd, many of them nurses, cheered, saying she was \"tired of waiting.\"",
			quote: "tired", speaker: "Ann Roe"},
	})
}
