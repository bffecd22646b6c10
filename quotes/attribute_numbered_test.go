package quotes

import "testing"

// A numbered provision of a text quoted with a verb of speech: the
// provision is the mention, no person is named. Every sentence is written
// for these tests.
func TestNumberedSourceIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "article and number, colon",
			text:  "The treaty is short. Article 9 affirms: \"No party may leave before the term ends.\"",
			quote: "No party may leave", speaker: "", mention: "Article 9", cue: "affirms"},
		{name: "chapter and verse, comma",
			text:  "Psalm 23:4 reads, \"I will fear no evil.\"",
			quote: "I will fear no evil", speaker: "", mention: "Psalm 23:4", cue: "reads"},
		{name: "negative: the number does not open the sentence",
			text:  "The report that aired on Channel 4 says: \"No party may leave before the term ends.\"",
			quote: "No party may leave", speaker: ""},
		{name: "negative: a time, not a provision, opens the sentence",
			text:  "Since 2015 reads: \"No party may leave before the term ends.\"",
			quote: "No party may leave", speaker: ""},
	})
}
