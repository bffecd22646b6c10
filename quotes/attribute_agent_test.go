package quotes

import "testing"

// Agent frame (attribute_agent.go): a claim or a document noun, "by" its
// author, "that" and the quote. Every sentence is written for these tests.

func TestAgentFrame(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a report by an outlet that, a one-word quote",
			text:  "Then there was a report by the Harbor Gazette that the mayor had \"misled\" the council.",
			quote: "misled", speaker: "Harbor Gazette", cue: "report", extract: true},
		{name: "the suggestion by a named person that",
			text:  "Most striking was the suggestion by Senator Oren Falk that regulators \"look the other way\" on loans.",
			quote: "look the other way", speaker: "Oren Falk", cue: "suggestion", extract: true},
		{name: "a claim by, a partial quote",
			text:  "A claim by Governor Lia Moretti that the dam was \"structurally sound\" drew scorn from engineers.",
			quote: "structurally sound", speaker: "Lia Moretti", cue: "claim", extract: true},
		{name: "a role noun author",
			text:  "The fund collapsed a year after a warning by a former regulator that it was \"a house of cards\" in disguise.",
			quote: "a house of cards", speaker: "former regulator", mention: "a former regulator", extract: true},
		{name: "negative: a passive's agent, no claim noun",
			text:  "The farm was bought by Pilar Ortega that spring as a \"weekend retreat\" for her family.",
			quote: "weekend retreat", speaker: "", extract: true},
		{name: "negative: the claim is a verb's object",
			text:  "Rhea Monti shrugged off a report by the Harbor Gazette that she had \"misled\" voters.",
			quote: "misled", speaker: "", extract: true},
		{name: "negative: a comma breaks the frame",
			text:  "The study by Tove Lind found that, in most towns, \"food deserts\" grew after 2010.",
			quote: "food deserts", speaker: "", extract: true},
	})
}

func TestAgentFrameLeavesReportingVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the sentence's reporting verb keeps its subject",
			text:  "Mayor Rhea Monti denied a claim by Oren Falk that the levy was \"a stealth tax\" on renters.",
			quote: "a stealth tax", speaker: "Rhea Monti", extract: true},
		{name: "a verb no list holds: its subject, the claim's critic, wins",
			text:  "On Friday, Rhea Monti mocked a statement by Oren Falk that an \"absurd amount of cash\" was spent on the gala.",
			quote: "absurd amount of cash", speaker: "Rhea Monti", extract: true},
	})
}
