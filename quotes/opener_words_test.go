package quotes

import "testing"

// "First" and "Finally" opening a sentence are sequence adverbs, not part
// of a name: the speaker is the name after them, or the one a relative
// pronoun refers to. Every sentence is written for these tests.
func TestSequenceAdverbOpeners(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "finally before a name",
			text:  "Finally Ann Roe said the vote was \"over and done.\"",
			quote: "over and done", speaker: "Ann Roe"},
		{name: "first there was a named person, who said",
			text:  "First there was the Daily Ledger's editor Tom Vance, who, after a long fight, said on the radio that \"the party lost its way.\"",
			quote: "the party lost", speaker: "Tom Vance", extract: true},
		{name: "negative: First Lady is still a title before the name",
			text:  "First Lady Ann Roe said the plan was \"a good start.\"",
			quote: "a good start", speaker: "Ann Roe"},
	})
}
