package quotes

import "testing"

// A reporting verb whose object is someone's claim: the claim's words
// belong to its possessor. Every sentence is written for these tests.
func TestClaimObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a verb judges a named possessor's claim",
			text:  "Governor Lena Holt on Friday mocked Victor Osei's claim that the dam \"will pay for itself\" within a decade.",
			quote: "will pay", speaker: "Victor Osei", cue: "claim"},
		{name: "a framing verb and an assertion of",
			text:  "Union leader Paul Brandt called Mayor Ines Kovac's assertion of a \"clear mandate\" laughable.",
			quote: "clear mandate", speaker: "Ines Kovac", cue: "assertion"},
		{name: "a pronoun possessor resolves",
			text:  "Tara Lind spoke for an hour. Critics later attacked her promise to \"fix every road\" by spring.",
			quote: "fix every road", speaker: "Tara Lind", cue: "promise"},
		{name: "negative: no possessor, the verb's subject speaks",
			text:  "Governor Lena Holt on Friday mocked the claim that the dam \"will pay for itself\" within a decade.",
			quote: "will pay", speaker: "Lena Holt"},
		{name: "negative: a comma ends the frame",
			text:  "Governor Lena Holt rejected Victor Osei's claim, saying the dam \"will never pay\" for itself.",
			quote: "will never pay", speaker: "Lena Holt"},
		{name: "negative: the noun is the verb's object but not the quote's frame",
			text:  "Lena Holt said Victor Osei's remarks were \"reckless and untrue.\"",
			quote: "reckless", speaker: "Lena Holt"},
		{name: "negative: the claim is judged by the sentence's predicate",
			text:  "Campaign aide Mara Quist said Victor Osei's claim that the dam is cheap was \"plainly false.\"",
			quote: "plainly false", speaker: "Mara Quist"},
		{name: "negative: a comparison's second object",
			text:  "The paper faulted Ana Voss, comparing her claim that taxes hurt growth to older arguments \"that nobody believes.\"",
			quote: "that nobody", speaker: "paper"},
		{name: "negative: a link other than that or of",
			text:  "Lena Holt called Victor Osei's remarks about the dam \"reckless.\"",
			quote: "reckless", speaker: "Lena Holt"},
	})
}
