package quotes

import "testing"

// A partial quote after a participle of speech hanging on the main clause
// (", saying", ", responding that", "a statement Monday saying"), whose
// subject subjectOf does not reach (issue 9, pattern 5). Every sentence
// is written for these tests.
func TestParticipleSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a long subject with a listed aside",
			text:  "82-year-old Edna Farrow, founder of the Harbor Trust, board member in the 1980s and long time Democratic chairwoman from Maine, backed Ruiz on Monday, saying he \"has never forgotten the fishing towns.\"",
			quote: "has never forgotten", speaker: "Edna Farrow", cue: "saying", extract: true},
		{name: "a bracketed tag and an opening connector",
			text:  "But Rep. Dale Ostrow (D-Minn.) declined to discuss the primary, responding that he was \"not going to get into the polls today.\"",
			quote: "not going to get into", speaker: "Dale Ostrow", cue: "responding", extract: true},
		{name: "an opening phrase, a possessive organisation subject",
			text:  "In replying Monday, Garza's campaign took the rare step of faulting the auditors, accusing the office of \"auditing by press release.\"",
			quote: "auditing by press release", speaker: "Garza's campaign", cue: "accusing", extract: true},
		{name: "a statement its subject issued, no comma before the participle",
			text:  "The county clerk's office, which runs the count, released a statement Monday saying the machines were \"working as designed.\"",
			quote: "working as designed", speaker: "county clerk's office", cue: "saying", extract: true},
		{name: "negative: the participle hangs on another person",
			text:  "A campaign aide for Ida Brandt showed reporters a video of a farmer saying the new levy was \"the last straw for us\" at the meeting.",
			quote: "the last straw", speaker: "", extract: true},
		{name: "negative: a clause of its own before the participle",
			text:  "82-year-old Edna Farrow, founder of the Harbor Trust, left early, and the crowd stayed on, chanting that the vote was \"rigged from the start.\"",
			quote: "rigged from the start", speaker: "", extract: true},
		{name: "negative: a semicolon ends the clause the participle hangs on",
			text:  "82-year-old Edna Farrow, founder of the Harbor Trust, left early; outside, posters lined the hall, urging voters to \"stay home in protest.\"",
			quote: "stay home in protest", speaker: "", extract: true},
		{name: "negative: a subject phrase that runs into another",
			text:  "The first taste the Mexican audience gets of Roe is his face speaking from a screen, calling them \"pests\" and \"thieves\" all night.",
			quote: "pests", speaker: "", extract: true},
	})
}
