package quotes

import "testing"

// Each bound of a rule is pinned from both sides: one case sits exactly
// at the bound and is attributed, the next one word past it is not. Moving
// a bound by one fails a case here. Every sentence is written for these
// tests.

// maxFramerTail: at most six words between "as" and the quote.
func TestMaxFramerTail(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "six words after as",
			text:  "Economist Pilar Ortega sees the levy as a very large and very hidden \"tax\" on renters.",
			quote: "tax", speaker: "Pilar Ortega", cue: "sees", extract: true},
		{name: "negative: seven words after as",
			text:  "Economist Pilar Ortega sees the levy as a very large and very well hidden \"tax\" on renters.",
			quote: "tax", speaker: "", extract: true},
	})
}

// maxFramerObject: at most eight words of object between the framing verb
// and its "as".
func TestMaxFramerObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "an eight-word object",
			text:  "Economist Pilar Ortega sees the new levy on city renters and landlords as a \"hidden tax\" in all but name.",
			quote: "hidden tax", speaker: "Pilar Ortega", cue: "sees", extract: true},
		{name: "negative: a nine-word object",
			text:  "Economist Pilar Ortega sees the new levy on all city renters and landlords as a \"hidden tax\" in all but name.",
			quote: "hidden tax", speaker: "", extract: true},
	})
}

// maxClaimThatGap: a that-clause of at most twelve words between the claim
// noun and its quote.
func TestMaxClaimThatGap(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "twelve words from claim to quote",
			text:  "The council tested Ida Brandt's claim that the new harbor levy on all cargo ships would in time \"pay for itself.\"",
			quote: "pay for itself", speaker: "Ida Brandt", cue: "claim", extract: true},
		{name: "negative: thirteen words",
			text:  "The council tested Ida Brandt's claim that the new harbor levy on all cargo ships would in due time \"pay for itself.\"",
			quote: "pay for itself", speaker: "", extract: true},
	})
}

// maxRoleNP: a role subject of at most five words after its article.
func TestMaxRoleNP(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "five words after the article",
			text:  "The old tired young stage actor held a mock audition and asked the extras to act \"more tired\" on cue.",
			quote: "more tired", mention: "The old tired young stage actor", cue: "held"},
		{name: "negative: six words",
			text:  "The old tired young stage film actor held a mock audition and asked the extras to act \"more tired\" on cue.",
			quote: "more tired", speaker: ""},
	})
}

// maxReportSubject: the verb of the report before a lone quote stands at
// most fourteen tokens into its sentence, commas counted.
func TestMaxReportSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the verb is the fifteenth token",
			text:  "Former Harbor County Deputy Fire Chief Jo Roe, 61, of Salem, said that a pullout had long been predicted. \"That will not happen.\"",
			quote: "That will not happen", speaker: "Jo Roe", cue: "said", extract: true},
		{name: "negative: the sixteenth token",
			text:  "Former Harbor County Deputy Fire Chief Jo Roe, 61, of East Salem, said that a pullout had long been predicted. \"That will not happen.\"",
			quote: "That will not happen", speaker: "", extract: true},
	})
}
