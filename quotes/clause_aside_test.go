package quotes

import "testing"

// A prepositional aside between a colon intro's subject and its verb
// (clause_aside.go). Every sentence is written for these tests.

func TestPrepAside(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "aside after a name",
			text:  "Lena Dorsey, in a memo to donors, went further: \"We will win the harbor seat.\"",
			quote: "We will win", speaker: "Lena Dorsey", cue: ":"},
		{name: "aside with a capitalised abbreviation",
			text:  "Lena Dorsey runs the Dorsey Group. The Dorsey Group, in a Q&A on the ferry dispute, worded it more carefully: \"The ferry was never ours to sell.\"",
			quote: "The ferry was never", speaker: "Dorsey Group"},
		{name: "negative: the aside names another person",
			text:  "Lena Dorsey, in a memo to Ed Kane, went further: \"We will win.\"",
			quote: "We will win", speaker: ""},
	})
}
