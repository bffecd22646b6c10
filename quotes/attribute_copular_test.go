package quotes

import "testing"

// A partial quote in the that-clause of a copula whose subject is
// someone's answer, view or claim: "Roe's answer was that "..."" (issue
// 9, pattern 3: framing nouns). Every sentence is written for these
// tests.
func TestCopularClaim(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a possessive name and a view noun",
			text:  "Senator Ines Varga spoke at the forum. Varga's answer was that \"the family is the first school,\" and the room applauded.",
			quote: "the family is", speaker: "Ines Varga", cue: "answer", extract: true},
		{name: "a possessive pronoun and a short aside before the copula",
			text:  "Governor Tom Bell spoke on the radio. His assumption, stated on the air, was that \"voters will tire of the feud\" by May.",
			quote: "voters will tire", speaker: "Tom Bell", cue: "assumption", extract: true},
		{name: "a compound claim noun and a phrase after it",
			text:  "Rep. Lena Marsh ran against Carl Ode in 2010. Marsh's catch phrase in that race was that Ode \"would sell the harbor for a vote.\"",
			quote: "would sell the harbor", speaker: "Lena Marsh", cue: "phrase", extract: true},
		{name: "negative: no possessor, the problem is the writer's",
			text:  "Rep. Lena Marsh ran against Carl Ode in 2010. The problem with the plan was that it cost \"nearly twice the estimate\" for the town.",
			quote: "nearly twice", speaker: "", extract: true},
		{name: "negative: a clause between the noun and the copula",
			text:  "Rep. Lena Marsh ran against Carl Ode in 2010. Marsh's answer to the claim Ode made was that \"nobody believed it.\"",
			quote: "nobody believed it", speaker: "", extract: true},
		{name: "negative: a role's possessive names nobody",
			text:  "The Ohio senator's answer was that \"taxes must fall\" before the next session.",
			quote: "taxes must fall", speaker: "", extract: true},
	})
}
