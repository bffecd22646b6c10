package quotes

import "testing"

// Verbs of a decision (lexicon/en/reporting_verbs.txt): a short quote
// inside the "that" clause of "ruled", "determined" or "ordered" is the
// decider's words, not a term set off in marks. Every sentence is written
// for these tests.

func TestDecisionThatVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "ruled that, a judge",
			text:  "Judge Marta Eklund ruled that the search of the warehouse was \"plainly unreasonable\" and threw out the evidence.",
			quote: "plainly unreasonable", speaker: "Marta Eklund", cue: "ruled", extract: true},
		{name: "determined that, a board",
			text:  "The Harbor Licensing Board determined that the operator showed a \"pattern of neglect\" over three years.",
			quote: "pattern of neglect", speaker: "Harbor Licensing Board", cue: "determined", extract: true},
		{name: "ordered that, a governor",
			text:  "Governor Tove Lind ordered that state agencies treat the storm as a \"level one\" emergency.",
			quote: "level one", speaker: "Tove Lind", cue: "ordered", extract: true},
		{name: "negative: a rule that, a noun",
			text:  "The rule that bans \"dark money\" took effect in May.",
			quote: "dark money", speaker: "", extract: true},
		{name: "negative: ordered a thing, no clause",
			text:  "Oren Falk ordered the \"house special\" and a coffee.",
			quote: "house special", speaker: "", extract: true},
		{name: "negative: an order that, a noun",
			text:  "Oren Falk placed an order that included \"red roses\" for the gala.",
			quote: "red roses", speaker: "", extract: true},
	})
}

// "vented" reports words like "fumed"; "the vents" is a noun, so the
// third person form is left out (lexicon/en/reporting_verbs.txt).
func TestVentedReportsWords(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "vented to an addressee with an appositive, that",
			text:  "Ilse Brandt, a chef, closed her kitchen early. Driving home, she vented to her sister, Greta Brandt, that the review was \"plain spite\" and \"lazy.\"",
			quote: "plain spite", speaker: "Ilse Brandt", cue: "vented", extract: true},
	})
}

func TestVentsIsNoCue(t *testing.T) {
	text := "The vents were \"clogged with dust\" after the fire."
	qs := Extract(Article{ID: "t", Text: text})
	if len(qs) != 1 || qs[0].Kind != Scare {
		t.Fatalf("got %+v, want one scare quote: the noun \"vents\" reports no words", qs)
	}
}
