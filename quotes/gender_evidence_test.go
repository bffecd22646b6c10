package quotes

import "testing"

// learnGenders: the pronouns an article ties to a person whose given name
// says nothing of sex decide which later "he" or "she" can refer to them.
// Every sentence is written for these tests; "Jordan" and "Kit" are names
// the birth counts give to both sexes.
func TestLearnedGender(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a she tied to a subject excludes a he tied to a later one",
			text:  "Jordan Vale said she would not resign. Kit Moran said he would wait.\n\n\"We are staying,\" she said.",
			quote: "We are staying", speaker: "Jordan Vale", mention: "she", cue: "said"},
		{name: "a his in the subject's clause counts",
			text:  "Kit Moran thanked his staff on Monday. Jordan Vale said she would wait.\n\n\"We are staying,\" he said.",
			quote: "We are staying", speaker: "Kit Moran", mention: "he", cue: "said"},
		{name: "negative: an object pronoun is someone else",
			text:  "Kit Moran thanked her on Monday. Jordan Vale said she would wait.\n\n\"We are staying,\" he said.",
			quote: "We are staying", speaker: "Kit Moran", mention: "he", cue: "said"},
		{name: "negative: a name before the pronoun takes the vote",
			text:  "Kit Moran said Mayor Ann Lusk, she believed, was right. Jordan Vale said she would wait.\n\n\"We are staying,\" he said.",
			quote: "We are staying", speaker: "Kit Moran", mention: "he", cue: "said"},
	})
}
