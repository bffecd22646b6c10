package quotes

import "testing"

// Framer rules (attribute_framer.go): short quotes typed scare that a
// framer gives, and scare quotes that must stay without one. Every
// sentence is written for these tests.

func TestFramerNamingVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "calls it the, a named subject",
			text:  "The Harbor Gazette calls it \"the jewel\" of the northern coast.",
			quote: "the jewel", speaker: "Harbor Gazette", cue: "calls", extract: true},
		{name: "deemed him, an organisation frames",
			text:  "After a long review, the Dental Council deemed him \"fit to practise\" again.",
			quote: "fit to practise", speaker: "Dental Council", cue: "deemed", extract: true},
		{name: "what X, an appositive, called",
			text:  "The talks ended in what Rhea Monti, an envoy for the Danish mission, called \"a stalemate.\"",
			quote: "a stalemate", speaker: "Rhea Monti", cue: "called", extract: true},
		{name: "an auxiliary between subject and verb",
			text:  "Mayor Tove Lind has called them \"the quiet heroes\" of the flood.",
			quote: "the quiet heroes", speaker: "Tove Lind", cue: "called", extract: true},
		{name: "a coordinated verb takes the clause's subject",
			text:  "The Dental Council finished its review of the file and deemed him \"fit to practise.\"",
			quote: "fit to practise", speaker: "Dental Council", cue: "deemed", extract: true},
		{name: "negative: a thing called a name, no object",
			text:  "Volunteers opened a shelter called \"Second Home\" near the station.",
			quote: "Second Home", speaker: "", extract: true},
		{name: "negative: a passive names no framer",
			text:  "The old bridge was called \"the widowmaker\" for decades.",
			quote: "the widowmaker", speaker: "", extract: true},
		{name: "negative: which with a noun subject stays a term",
			text:  "The bill, which critics dubbed \"the giveaway,\" passed in June.",
			quote: "the giveaway", speaker: "", extract: true},
	})
}

func TestFramerTermNoun(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "used the term",
			text:  "Senator Oren Falk has repeatedly used the term \"tax creep\" in his speeches.",
			quote: "tax creep", speaker: "Oren Falk", cue: "used", extract: true},
		{name: "coined a new phrase, with a comma",
			text:  "Governor Lia Moretti coined a new phrase, \"road rage budgets,\" for the cuts.",
			quote: "road rage budgets", speaker: "Lia Moretti", cue: "coined", extract: true},
		{name: "negative: a term without a user",
			text:  "The term \"tax creep\" is older than the tax code itself.",
			quote: "tax creep", speaker: "", extract: true},
	})
}

func TestFramerAsFrame(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "sees X as",
			text:  "Economist Pilar Ortega sees the levy as a \"hidden tax\" on renters.",
			quote: "hidden tax", speaker: "Pilar Ortega", cue: "sees", extract: true},
		{name: "waves off X as having, a particle before the object",
			text:  "The ministry waves off the outage as having \"no lasting\" effect.",
			quote: "no lasting", speaker: "ministry", cue: "waves", extract: true},
		{name: "seen by an agent as",
			text:  "The merger is a deal seen by analysts as a \"lifeline\" for the airline.",
			quote: "lifeline", speaker: "analysts", cue: "seen", extract: true},
		{name: "negative: described as with no object is a participle",
			text:  "A plan described as a \"bridge\" to the future was dropped.",
			quote: "bridge", speaker: "", extract: true},
		{name: "negative: as opening a clause of time",
			text:  "Mayor Tomas Brik sees the crowd as they sing \"Home Again\" at the gate.",
			quote: "Home Again", speaker: "", extract: true},
		{name: "negative: cast as a role names no framer",
			text:  "Actor Joel Varga was cast as \"Doctor Fell\" in the new series.",
			quote: "Doctor Fell", speaker: "", extract: true},
	})
}

func TestFramerForFrame(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "attacked X for being",
			text:  "Senator Dara Quist attacked her rival for being a \"career lobbyist.\"",
			quote: "career lobbyist", speaker: "Dara Quist", cue: "attacked", extract: true},
		{name: "will accuse X of, a base form after a modal",
			text:  "Next week the Lowell Tribune will accuse the council of staging a \"charade.\"",
			quote: "charade", speaker: "Lowell Tribune", cue: "accuse", extract: true},
		{name: "negative: attacked for its, no gerund",
			text:  "Mayor Ilse Brandt attacked the transit board for its \"lazy\" timetable.",
			quote: "lazy", speaker: "", extract: true},
	})
}

func TestFramerToX(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "To X, a named person's view",
			text:  "Marta Lindqvist runs a bakery in Umea. To Lindqvist, the new mall is a \"slow poison\" for the old town.",
			quote: "slow poison", speaker: "Marta Lindqvist", cue: "to", extract: true},
		{name: "To X, an organisation's view",
			text:  "Harbor Holdings Inc. owns the old docks. To Harbor Holdings, the new pier is a \"costly mistake\" for the town.",
			quote: "costly mistake", speaker: "Harbor Holdings", cue: "to", extract: true},
		{name: "negative: To and a place",
			text:  "To the north, the \"old town\" keeps its cobbles.",
			quote: "old town", speaker: "", extract: true},
	})
}

func TestFramerKindFixes(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a title noun ending the sentence before sets no title off",
			text:  "Nils Aberg ran the state campaign. \"The math is not there,\" said Aberg, who backs the governor.",
			quote: "The math is not there", speaker: "Nils Aberg", cue: "said", extract: true},
		{name: "negative: a title noun right before the quote still names a work",
			text:  "She read the novel \"Winter Birds\" twice.",
			quote: "Winter Birds", speaker: "", extract: true},
		{name: "a middle initial after the quote does not end the sentence",
			text:  "Despite his \"rough manner,\" attorney Ruth K. Obi wrote, the defendant is a caring father.",
			quote: "rough manner", speaker: "Ruth K. Obi", cue: "wrote", extract: true},
	})
}

func TestTitleCaseNeedsCapital(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Good Morning America", true},
		{"Face the Nation", true},
		{"rip up", false},
		{"on it", false},
	} {
		if got := titleCase(c.q); got != c.want {
			t.Errorf("titleCase(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestFramerTalkingAbout(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "is talking about",
			text:  "Senator Ana Vos is already talking about \"a fresh start\" for the region.",
			quote: "a fresh start", speaker: "Ana Vos", cue: "talking", extract: true},
		{name: "keeps talking about the, a pronoun subject",
			text:  "Governor Ivo Marsh toured the mill on Monday. He keeps talking about the \"real economy\" of the valley.",
			quote: "real economy", speaker: "Ivo Marsh", cue: "talking", extract: true},
		{name: "negative: a reduced relative, no auxiliary",
			text:  "Footage of Ana Vos talking about \"a fresh start\" went viral.",
			quote: "a fresh start", speaker: "", extract: true},
	})
}

func TestFramerSentenceReport(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a term in a sentence that ends in its attribution",
			text:  "The botnet was branded \"in honour of\" the old crew, analyst Pia Rahm wrote.",
			quote: "in honour of", speaker: "Pia Rahm", cue: "wrote", extract: true},
		{name: "a term with a comma before the attribution",
			text:  "Officials agreed the fees could be termed \"consulting income,\" the Harbor Gazette reported in 1994.",
			quote: "consulting income", speaker: "Harbor Gazette", cue: "reported", extract: true},
		{name: "negative: a dubbed term with no report",
			text:  "The botnet was branded \"in honour of\" the old crew.",
			quote: "in honour of", speaker: "", extract: true},
	})
}

func TestFramerCited(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "citing after a comma takes the clause's subject",
			text:  "On Friday, Mayor Ruth Amsel endorsed him, citing his \"steady hand\" and his record.",
			quote: "steady hand", speaker: "Ruth Amsel", cue: "citing", extract: true},
		{name: "cited another",
			text:  "Senator Kai Brenner cited another \"missed deadline\" in his letter.",
			quote: "missed deadline", speaker: "Kai Brenner", cue: "cited", extract: true},
		{name: "negative: a noun phrase citing, no clause subject",
			text:  "A memo citing \"irregularities\" was leaked to reporters.",
			quote: "irregularities", speaker: "", extract: true},
		{name: "negative: the phrase before the verb is a preposition's object",
			text:  "Several lawyers with ties to Ana Brisk cited another \"missed deadline\" in the filing.",
			quote: "missed deadline", speaker: "", extract: true},
	})
}
