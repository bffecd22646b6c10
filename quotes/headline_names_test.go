package quotes

import "testing"

// Names in a title-case headline: ordinary words capitalised by the
// headline style are not part of a name. Every text is written for these
// tests.
func TestHeadlineNames(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "ordinary words before a name in a headline",
			text: "Seven Reckless Things Marta Quell Has Said About Farmers.\n\n" +
				"Marta Quell has a way with words. The things she says travel fast, and some are reckless.\n\n" +
				"\"Farmers are lazy,\" Quell said in June.",
			quote: "Farmers are lazy", speaker: "Marta Quell", cue: "said"},
		{name: "a verb between two names in a headline",
			text: "Lena Farrow Sent Marta Quell A Letter About Water.\n\n" +
				"The actress sent a long letter to the candidate on Monday.\n\n" +
				"\"Water is not a luxury,\" Quell replied.",
			quote: "Water is not", speaker: "Marta Quell", cue: "replied"},
		{name: "a role word before a name in a headline",
			text: "Hacker Zeno: The Mayor's Server Was Wide Open.\n\n" +
				"The hacker known as Zeno spoke from prison.\n\n" +
				"\"It was wide open,\" Zeno said.",
			quote: "It was wide open", speaker: "Zeno", cue: "said"},
		{name: "negative: a sentence in ordinary case keeps its names",
			text:  "Marta Quell Farms sued the county on Monday, and things got worse.\n\n\"We will win,\" the company said.",
			quote: "We will win", speaker: "company", cue: "said"},
	})
}
