package quotes

import "testing"

// The rules below were once written for single sentences of the sample
// story; each is now a general pattern, tested here on sentences written
// for it.
func TestGeneralisedRules(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a document noun continues after the quote",
			text:  "\"We regret the delay and will refund every customer,\" the letter added.",
			quote: "We regret", speaker: "letter", cue: "added"},
		{name: "verb slot: an unknown verb ending an attribution frame",
			text:  "Ilsa Moreau ran the count.\n\n\"Maybe next year,\" Ms Moreau shrugged.",
			quote: "Maybe next year", speaker: "Ilsa Moreau", cue: "shrugged"},
		{name: "verb slot: the clause may go on after and",
			text:  "Ilsa Moreau ran the count.\n\n\"Maybe next year,\" Ms Moreau shrugged and walked to the car park.",
			quote: "Maybe next year", speaker: "Ilsa Moreau", cue: "shrugged"},
		{name: "verb slot: not a present-tense verb",
			text:  "\"Maybe next year,\" Ms Moreau smiles at the thought.",
			quote: "Maybe next year", speaker: ""},
		{name: "went on",
			text:  "Ilsa Moreau ran the count.\n\n\"We start again on Monday,\" she went on.",
			quote: "We start again", speaker: "Ilsa Moreau", cue: "went"},
		{name: "an organisation and the place it belongs to",
			text:  "\"We are monitoring the situation,\" the French consulate in Lagos said.",
			quote: "We are monitoring", speaker: "French consulate in Lagos", kind: "organisation"},
		{name: "lower-case and inside one body's name",
			text:  "The transport and housing committee said the fares were \"out of reach.\"",
			quote: "out of reach", speaker: "transport and housing committee"},
		{name: "a title starts a new name inside a capitalised run",
			text:  "Speaking to Radio Clyde Mr Dunne said the road was \"a death trap.\"",
			quote: "a death trap", speaker: "Dunne"},
		{name: "a possessive inside an organisation's name",
			text:  "The District Attorney's Office said the charges were \"under review.\"",
			quote: "under review", speaker: "District Attorney's Office"},
		{name: "designate frames a thing in the quoted words",
			text: "The ministry designated the militia \"a terrorist organisation\" on Monday.", extract: true,
			quote: "a terrorist organisation", speaker: "ministry", cue: "designated"},
		{name: "specify reports a document's words",
			text: "The contract specifies that the work must be \"completed by March.\"", extract: true,
			quote: "completed by March", speaker: "contract", cue: "specifies"},
		{name: "referred to as with no speaker names a term",
			text: "The tunnel, referred to as \"the Mole\" by the crews, opened in 1990.", extract: true,
			quote: "the Mole", speaker: ""},
		{name: "what it called: the subject's words",
			text: "The Harbour Authority condemned what it called \"reckless night flights.\"", extract: true,
			quote: "reckless night flights", speaker: "Harbour Authority", cue: "called"},
		{name: "a quoted tier of a named scheme is a title",
			text: "Members of the \"gold\" tier of the airline's loyalty programme board first.", extract: true,
			quote: "gold", speaker: ""},
	})
}
