package quotes

import "testing"

// A document as the subject of a colon intro (attribute_doc_colon.go).
// Every sentence is written for these tests.

func TestDocumentColon(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "document with a place phrase, verb, colon",
			text:  "The county published its audit in May. A footnote in the audit makes that clear: \"These figures do not cover the harbor.\"",
			quote: "These figures", speaker: "", mention: "A footnote", cue: ":"},
		{name: "linking word, document from an institute, had this to say",
			text:  "Likewise, a paper from the left-leaning Harbor Institute had this to say about the plan: \"Families at the top would gain the most.\"",
			quote: "Families at the top", speaker: "", mention: "a paper", cue: ":"},
		{name: "quote paragraph after the intro paragraph",
			text:  "The memo goes further:\n\n\"No ferry will run before June.\"",
			quote: "No ferry", speaker: "", mention: "The memo"},
		{name: "negative: the intro names the person quoted",
			text:  "The report cites Ed Kane, the harbor master: \"We never saw the money.\"",
			quote: "We never saw", speaker: ""},
		{name: "negative: a list after the colon goes on",
			text:  "The report lists three slogans: \"Build,\" \"Share\" and \"Stay\" among them.",
			quote: "Build", speaker: ""},
		{name: "negative: someone in the document speaks",
			text:  "The short ad ends with a narrator saying: \"Vote early, vote often.\"",
			quote: "Vote early", speaker: "", mention: ""},
		{name: "negative: no document noun",
			text:  "The timing of the vote puzzles the harbor board: \"Nobody told us.\"",
			quote: "Nobody told us", speaker: ""},
	})
}
