package quotes

import "testing"

// A participle that frames the quote, with its agent after the quote: the
// agent's words. Every sentence is written for these tests.
func TestPassiveAgent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a place called a name by the residents",
			text:  "The town sits on the river, long called the \"jewel of the plains\" by the residents, and has 9,000 people.",
			quote: "jewel", speaker: "residents", mention: "the residents", cue: "called"},
		{name: "files labeled by an agency",
			text:  "Investigators found dozens of Dana Reyes memos labeled \"restricted\" by the Interior Ministry.",
			quote: "restricted", speaker: "Interior Ministry", cue: "labeled"},
		{name: "negative: no agent after the quote",
			text:  "Officials said the town was once called the \"jewel of the plains\" in old guides.",
			quote: "jewel", speaker: "Officials"},
		{name: "negative: an active verb keeps its subject",
			text:  "Senator Omar Pike called the plan \"a giveaway\" by any measure.",
			quote: "a giveaway", speaker: "Omar Pike"},
		{name: "negative: a noun phrase between verb and quote",
			text:  "Senator Omar Pike called the new state plan \"a giveaway\" by the governor.",
			quote: "a giveaway", speaker: "Omar Pike"},
	})
}
