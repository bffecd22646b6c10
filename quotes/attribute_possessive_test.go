package quotes

import "testing"

// The claim frame's bounds: a link other than "that" reaches the quote
// within maxClaimGap words, and at most maxClaimMods modifiers stand
// between the possessor and the claim noun. Every sentence is written for
// these tests; each pair sits on one side of a bound and the other.
func TestClaimFrameBounds(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "five words from the noun to the quote",
			text:  "Young voters prefer Ada Voss's call for a much wider new \"ban\" on drilling.",
			quote: "ban", speaker: "Ada Voss", cue: "call"},
		{name: "negative: six words from the noun to the quote",
			text:  "Young voters prefer Ada Voss's call for a much wider and new \"ban\" on drilling.",
			quote: "ban", speaker: ""},
		{name: "three modifiers before the noun",
			text:  "Young voters prefer Ada Voss's recent bold public call for \"revolution\" over reform.",
			quote: "revolution", speaker: "Ada Voss", cue: "call"},
		{name: "negative: four modifiers before the noun",
			text:  "Young voters prefer Ada Voss's recent bold new public call for \"revolution\" over reform.",
			quote: "revolution", speaker: ""},
	})
}
