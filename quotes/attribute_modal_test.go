package quotes

import "testing"

// Intros whose verb the core cue reading leaves alone: a speech verb's
// base form after a modal, a "who" with no comma before it, and an
// appositive ending in a relative clause with no comma before the verb.
// Every sentence is written for these tests.

func TestModalIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "could only quip, colon",
			text:  "The vote fell on a holiday, and a spokesman for Mayor Dana Pruitt could only quip: \"Everyone else was busy.\"",
			quote: "Everyone else was busy", speaker: "Dana Pruitt", cue: "quip"},
		{name: "would later joke, comma",
			text:  "Irma Solvang would later joke, \"I never read the minutes anyway.\"",
			quote: "I never read the minutes", speaker: "Irma Solvang", cue: "joke"},
		{name: "negative: a negated modal reports nothing",
			text:  "Irma Solvang would never joke, \"I never read the minutes anyway.\"",
			quote: "I never read the minutes", speaker: ""},
		{name: "negative: no modal before the base form",
			text:  "The office of Councilwoman Irma Solvang in its joke, \"I never read the minutes anyway.\"",
			quote: "I never read the minutes", speaker: ""},
	})
}

func TestWhoIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a name, who and no comma",
			text:  "Among the replies was this post from Marta Keel who tweeted, \"Nobody reads the rules. Nothing ever changes.\"",
			quote: "Nobody reads the rules", speaker: "Marta Keel", mention: "who", cue: "tweeted"},
		{name: "negative: the antecedent names nobody",
			text:  "Among the replies were posts from many people who tweeted, \"Nobody reads the rules. Nothing ever changes.\"",
			quote: "Nobody reads the rules", speaker: ""},
	})
}

func TestTailAppositiveWho(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "appositive ending in a relative, no comma before the verb",
			text:  "\"The count is far from over,\" Tomas Reyl, the data analyst who founded the tracker tweeted on Friday.",
			quote: "The count is far from over", speaker: "Tomas Reyl", cue: "tweeted"},
		{name: "a web address in the relative clause",
			text:  "\"The count is far from over,\" Tomas Reyl, the analyst who founded countwatch.org tweeted.",
			quote: "The count is far from over", speaker: "Tomas Reyl", cue: "tweeted"},
		{name: "negative: a sentence ends inside the appositive",
			text:  "\"The count is far from over,\" Tomas Reyl, the analyst who founded it. Others tweeted.",
			quote: "The count is far from over", speaker: ""},
		{name: "negative: a second relative before the verb",
			text:  "\"The count is far from over,\" Tomas Reyl, the analyst who hired the man who later tweeted.",
			quote: "The count is far from over", speaker: ""},
		{name: "negative: the verb of a that-clause inside the relative",
			text:  "\"The count is far from over,\" Tomas Reyl, the analyst who revived the column that once said.",
			quote: "The count is far from over", speaker: ""},
	})
}
