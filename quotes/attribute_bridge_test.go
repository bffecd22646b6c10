package quotes

import "testing"

// One sentence of the writer's own between two quotes of the same
// speaker (attribute_bridge.go). Every sentence is written for these tests.

func TestBridgeIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "surname subject between two quotes",
			text:  "\"Rents here have doubled,\" says Tessa Mill, 41, a nurse from Dunmore. Mill backs the housing levy. \"I can't afford to stay another year.\"",
			quote: "I can't afford", speaker: "Tessa Mill", mention: "Mill", cue: "says"},
		{name: "pronoun subject in its own paragraph, quote paragraph after",
			text:  "\"The bridge will open in May,\" Councillor Ivo Brandt said.\n\nHe was quick to add that the toll would stay.\n\n\"Nobody rides for free.\"",
			quote: "Nobody rides", speaker: "Ivo Brandt", mention: "He"},
		{name: "opener before the subject",
			text:  "\"We filed the appeal,\" said lawyer Noor Haddad. On Friday, Haddad met the families again. \"They deserve an answer.\"",
			quote: "They deserve", speaker: "Noor Haddad", mention: "Haddad"},
		{name: "negative: another person is the subject",
			text:  "\"We filed the appeal,\" said lawyer Noor Haddad. Her opponent Piet Lomax runs the rival firm. \"It will fail in a week.\"",
			quote: "It will fail", speaker: ""},
		{name: "negative: a question put to someone",
			text:  "\"The vote is rigged,\" said Noor Haddad. Haddad asked the clerk why. \"The judge was ill.\"",
			quote: "The judge was ill", speaker: ""},
		{name: "negative: the quote before has no speaker",
			text:  "\"Build the wall,\" chanted the crowd. Noor Haddad smiled at the stage. \"Not in my town.\"",
			quote: "Not in my town", speaker: ""},
		{name: "negative: two sentences between",
			text:  "\"We filed the appeal,\" said lawyer Noor Haddad. Haddad left. The court closed early. \"They deserve an answer.\"",
			quote: "They deserve", speaker: ""},
	})
}
