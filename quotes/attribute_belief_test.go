package quotes

import "testing"

// Past forms of belief and implication (lexicon/en/speech_nouns.txt):
// "Roe believed the judge was "hostile"" gives Roe's view in Roe's words,
// as "Roe believes" does. Every sentence is written for these tests.

func TestBeliefPastForms(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "believed, a bare clause",
			text:  "Senator Oren Falk believed the panel was \"openly hostile\" to him from the start.",
			quote: "openly hostile", speaker: "Oren Falk", cue: "believed", extract: true},
		{name: "implied, a bare clause",
			text:  "Mayor Rhea Monti implied the auditor was biased and \"hostile\" to the city.",
			quote: "hostile", speaker: "Rhea Monti", cue: "implied", extract: true},
		{name: "thought, a bare clause",
			text:  "Tove Lind thought the rival campaign was \"running on fumes\" by June.",
			quote: "running on fumes", speaker: "Tove Lind", cue: "thought", extract: true},
		{name: "negative: the noun thought names no one",
			text:  "The thought of a \"blue wave\" kept the party awake.",
			quote: "blue wave", speaker: "", extract: true},
		{name: "negative: implied, an adjective",
			text:  "There was an implied \"threat\" in the letter.",
			quote: "threat", speaker: "", extract: true},
	})
}
