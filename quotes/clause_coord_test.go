package quotes

import "testing"

// The second of two coordinated verbs takes the subject of the first
// (clause_coord.go). Every sentence is written for these tests.

func TestCoordSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "name, verb, phrase, and said",
			text:  "Asked whether the plant would close, Mayor Ines Calder thought for a while and said that in this economy, \"Nothing is safe.\"",
			quote: "Nothing is safe", speaker: "Ines Calder", cue: "said"},
		{name: "pronoun in a when clause, and later said",
			text:  "Ines Calder chairs the board. The meeting soured when she brought up the audit and later said, \"Someone lied to us.\"",
			quote: "Someone lied", speaker: "Ines Calder", mention: "she", cue: "said"},
		{name: "the object of the first verb is no subject",
			text:  "Ines Calder met Omar Fenn at the depot and later told reporters, \"We will find the money.\"",
			quote: "We will find", speaker: "Ines Calder", mention: "Ines Calder", cue: "told"},
		{name: "the nearest subject, not the outer reporter",
			text:  "Ines Calder said Omar Fenn stood up and said, \"I am done here.\"",
			quote: "I am done", speaker: "Omar Fenn", cue: "said"},
		{name: "a relative clause's verbs: its antecedent, not the sentence's subject",
			text:  "Ines Calder praised Omar Fenn, the old harbor master, who paused and later said, \"Thank you all.\"",
			quote: "Thank you all", speaker: "Omar Fenn", mention: "who", cue: "said"},
		{name: "negative: a comma ends the clause, no subject before it",
			text:  "Over the weekend, tired of the delays and angry at the board, and later said, \"Enough.\"",
			quote: "Enough", speaker: ""},
	})
}
