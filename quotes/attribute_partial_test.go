package quotes

import "testing"

// Partial quotes of issue 9 (pattern 4) inside the "that" clause of a
// verb of belief, inference or complaint: the verb's subject speaks only
// when "that" and the quote follow it. Every sentence is written for
// these tests.

func TestPartialLinkedThatVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "worried that, the quote inside the clause",
			text:  "Senator Hana Okafor worried that the relief fund was turning into \"a slush fund for insiders\" and asked for an audit.",
			quote: "a slush fund", speaker: "Hana Okafor", cue: "worried", extract: true},
		{name: "found that, a study's finding",
			text:  "The Tilden Institute found that rents in the valley were \"rising faster than wages\" for a third year.",
			quote: "rising faster", speaker: "Tilden Institute", cue: "found", extract: true},
		{name: "groused to an audience that",
			text:  "Mayor Lars Vinter groused to a crowd in Aalborg that the regional paper \"never gets the numbers right\" before leaving.",
			quote: "never gets the numbers right", speaker: "Lars Vinter", cue: "groused", extract: true},
		{name: "indicated that, a long subject clause before the quote",
			text:  "Director Amos Feld indicated that the agency or any other office in its place \"should have seen the risk\" years ago.",
			quote: "should have seen the risk", speaker: "Amos Feld", cue: "indicated", extract: true},
		{name: "speculated that, a group subject",
			text:  "Energy analysts have speculated that the cartel could push its \"spare capacity\" to the limit this winter.",
			quote: "spare capacity", speaker: "Energy analysts", cue: "speculated", extract: true},
		{name: "negative: indicated a direction frames nothing",
			text:  "The pilot indicated the \"left\" runway to the crew.",
			quote: "left", speaker: "", extract: true},
		{name: "negative: found with no that frames nothing",
			text:  "Investigators found the \"missing\" ledgers in a warehouse.",
			quote: "missing", speaker: "", extract: true},
		{name: "negative: feared for, no clause",
			text:  "Residents feared for the \"old bridge\" during the storm.",
			quote: "old bridge", speaker: "", extract: true},
		{name: "negative: a quote before the verb is not in its clause",
			text:  "The channel brought back \"the best sitcom of the whole decade\" this spring, and a survey by Nordmedia found that viewers liked \"the old jokes\" most.",
			quote: "the best sitcom", speaker: "", extract: true},
		{name: "the quote after the link in the same sentence",
			text:  "The channel brought back \"the best sitcom of the whole decade\" this spring, and a survey by Nordmedia found that viewers liked \"the old jokes\" most.",
			quote: "the old jokes", speaker: "Nordmedia", cue: "found", extract: true},
	})
}

func TestPartialLinkedVerbLeavesPossessiveFrame(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "hoped without its link leaves the claim noun's frame",
			text:  "Governor Ivo Marsh gave a speech in Leeds. His promise to stay \"neutral\" in the talks was not what the unions had hoped to hear.",
			quote: "neutral", speaker: "Ivo Marsh", cue: "promise", extract: true},
	})
}

func TestPartialAsFrameVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "introduced him as",
			text:  "Senator Ana Ruiz took the stage in Tulsa. Ruiz introduced him as \"a fighter for families\" and sat down.",
			quote: "a fighter for families", speaker: "Ana Ruiz", cue: "introduced", extract: true},
		{name: "positioned itself as, an organisation frames itself",
			text:  "For a decade, Parlio has positioned itself as a \"neutral public square\" for debate.",
			quote: "neutral public square", speaker: "Parlio", cue: "positioned", extract: true},
		{name: "negative: a participle with no object before as",
			text:  "And Tom Vidal, introduced to cheers as \"my oldest friend in politics,\" is the right choice for the party.",
			quote: "my oldest friend", speaker: "", extract: true},
		{name: "negative: offered with no as frames nothing",
			text:  "The council offered the \"green\" plots to local growers.",
			quote: "green", speaker: "", extract: true},
	})
}

func TestPartialPerfectParticipleFrame(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "having referred to X as, the clause's subject frames",
			text:  "Governor Rosa Tamm met the trade envoy in Riga. Tamm also misjudged the envoy, having referred to him as a \"reformer\" in May.",
			quote: "reformer", speaker: "Rosa Tamm", cue: "referred", extract: true},
		{name: "negative: referred to as after a noun names a thing",
			text:  "The tax loophole referred to as a \"double dip\" was closed in May.",
			quote: "double dip", speaker: "", extract: true},
	})
}

func TestPartialNamingVerbWithPronounSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "who she dubbed, the pronoun frames",
			text:  "Governor Ida Brun spoke in Oslo on Monday. She mocked Senator Ron Vale, who she dubbed \"the little senator.\"",
			quote: "the little senator", speaker: "Ida Brun", cue: "dubbed", extract: true},
		{name: "negative: a plan dubbed, no framer",
			text:  "The rescue plan, dubbed \"the lifeline,\" was dropped in May.",
			quote: "the lifeline", speaker: "", extract: true},
		{name: "negative: a noun subject before dubbed stays a term",
			text:  "The deal, which critics dubbed \"the sweetheart,\" was signed in May.",
			quote: "the sweetheart", speaker: "", extract: true},
	})
}
