package quotes

import "testing"

// thingSays (attribute_thing.go): a quote introduced by a relative clause
// on a thing that carries words is the thing's. Every sentence is written
// for these tests.
func TestThingSays(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a message that said",
			text:  "The page showed a message that said, \"Sorry, the item is gone.\"",
			quote: "Sorry, the item", mention: "that", cue: "said", extract: true},
		{name: "a banner which reads, with a colon",
			text:  "Volunteers hung a banner which reads: \"Vote today.\"",
			quote: "Vote today", mention: "which", cue: "reads", extract: true},
		{name: "bottles that said, no comma",
			text:  "Organisers passed out water bottles that said \"Welcome to Dover.\"",
			quote: "Welcome to Dover", mention: "that", cue: "said", extract: true},
		{name: "negative: a person that said is a person's report",
			text:  "The council hired an organizer that said, \"We are ready.\"",
			quote: "We are ready", speaker: "", extract: true},
		{name: "negative: a name before that",
			text:  "Voters backed Ann Roe that said, \"We are ready.\"",
			quote: "We are ready", speaker: "", extract: true},
	})
}
