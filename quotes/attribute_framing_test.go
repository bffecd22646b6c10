package quotes

import "testing"

// Framing frames of issue 9 (patterns 3 and 5): partial and short quotes
// that a framing verb sets against its object, and whose framer is the
// verb's subject. Every sentence is written for these tests.

func TestFramingCoordinatedVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "and called, the clause's subject frames",
			text:  "Mayor Ines Varga toured the depot and called the bus network \"broken beyond repair.\"",
			quote: "broken beyond repair", speaker: "Ines Varga", cue: "called", extract: true},
		{name: "and called him, a one-word quote",
			text:  "Governor Pia Lund met Senator Omar Kell in Dover and called him a \"coward\" for the vote.",
			quote: "coward", speaker: "Pia Lund", cue: "called", extract: true},
		{name: "negative: a thing made and called a name",
			text:  "The firm built a boat and called it \"Seabird\" after the founder's mother.",
			quote: "Seabird", speaker: "", extract: true},
	})
}

func TestFramingVerbAfterAppositive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "calls after an appositive's comma",
			text:  "Lotte Brandvik, head of the port authority in Tromsø, calls the new pier \"a mistake\" because few ships dock there.",
			quote: "a mistake", speaker: "Lotte Brandvik", cue: "calls", extract: true},
		{name: "describes after an appositive's comma",
			text:  "Arjun Mehta, a historian at the state college, describes the old mill as \"a monument\" to the town.",
			quote: "a monument", speaker: "Arjun Mehta", cue: "describes", extract: true},
		{name: "negative: calls in a list of nouns",
			text:  "The office logged letters, calls and \"urgent\" emails from residents.",
			quote: "urgent", speaker: "", extract: true},
	})
}

func TestFramingAsAndForFrames(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "defended X as",
			text:  "Governor Nadia Roos defended her budget chief as a \"careful steward\" on Friday.",
			quote: "careful steward", speaker: "Nadia Roos", cue: "defended", extract: true},
		{name: "summed up X as",
			text:  "In the ad, Senator Burak Ilgaz summed up his rival as \"weak on crime.\"",
			quote: "weak on crime", speaker: "Burak Ilgaz", cue: "summed", extract: true},
		{name: "negative: defended without as frames nothing",
			text:  "Senator Vik Oyelaran defended \"the old rules\" at the hearing.",
			quote: "the old rules", speaker: "", extract: true},
		{name: "negative: talks about frames its own quote, not the next one",
			text:  "Admiral Joan Petrie talks about how her sailors must be ready \"to sail tonight\" and one of her recent reads, \"Cold Harbors,\" by Ian Lusk.",
			quote: "Cold Harbors", speaker: "", extract: true},
		{name: "negative: talked to reporters, no link before the quote",
			text:  "Mayor Teo Barros talked to reporters after the \"snap\" vote.",
			quote: "snap", speaker: "", extract: true},
		{name: "negative: a verb after and with a quote before it",
			text:  "According to \"Perfect Days\" by Ann Reed, Lina Farrow sat down and called her lawyer.",
			quote: "Perfect Days", speaker: "", extract: true},
		{name: "painted X as",
			text:  "Councillor Efe Adaeze painted the land deal as \"a giveaway to developers.\"",
			quote: "a giveaway", speaker: "Efe Adaeze", cue: "painted", extract: true},
		{name: "negative: attacked is no framing verb (attacks are mostly events)",
			text:  "Mayor Kenji Oda attacked the water board for its \"reckless\" spending.",
			quote: "reckless", speaker: "", extract: true},
		{name: "a person noun frames: a friend referred to him as",
			text:  "A colleague referred to him as \"the kindest man on the street\" in a letter to the paper.",
			quote: "the kindest man", speaker: "colleague", cue: "referred", extract: true},
		{name: "negative: votes cast in, a participle",
			text:  "The votes cast in \"safe\" districts were counted first.",
			quote: "safe", speaker: "", extract: true},
		{name: "negative: a tax loophole called, a name",
			text:  "Lawyers used a tax loophole called an \"inversion\" to move the firm abroad.",
			quote: "inversion", speaker: "", extract: true},
	})
}

func TestFramingAdverbBeforeThirdForm(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "an adverb between subject and verb keeps the quote partial",
			text:  "Governor Mae Dunmore frequently emphasizes that she is a \"proud Democrat\" at rallies.",
			quote: "proud Democrat", speaker: "Mae Dunmore", cue: "emphasizes", extract: true},
		{name: "heralded X as",
			text:  "Chancellor Ute Lind heralded the trade deal as a \"breakthrough\" on Monday.",
			quote: "breakthrough", speaker: "Ute Lind", cue: "heralded", extract: true},
		{name: "talked about",
			text:  "Mayor Teo Barros talked about \"a fierce urgency\" to fix the roads.",
			quote: "a fierce urgency", speaker: "Teo Barros", cue: "talked", extract: true},
		{name: "negative: talking after a noun describes, it reports nothing",
			text:  "The networks stayed with Mayor Teo Barros talking about his \"huge\" crowds.",
			quote: "huge", speaker: "", extract: true},
		{name: "negative: talks as a noun",
			text:  "The peace talks \"stalled\" in March.",
			quote: "stalled", speaker: "", extract: true},
	})
}

func TestFramingPossessiveClaim(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a lone surname's claim that",
			text:  "Senator Ada Voss spoke in Reno. The rebuke followed Voss's claim that \"millions\" of ballots were lost.",
			quote: "millions", speaker: "Ada Voss", cue: "claim", extract: true},
		{name: "a full name's call for",
			text:  "Young voters prefer Ada Voss's call for \"revolution\" over slow reform.",
			quote: "revolution", speaker: "Ada Voss", cue: "call", extract: true},
		{name: "his pledge to be, with a modifier",
			text:  "Governor Lee Park spoke in Seoul. He made his controversial pledge to be \"neutral\" in the talks.",
			quote: "neutral", speaker: "Lee Park", cue: "pledge", extract: true},
		{name: "the quote between possessor and noun",
			text:  "The furor over Ada Voss's \"cat lady\" remark lasted for days.",
			quote: "cat lady", speaker: "Ada Voss", cue: "remark", extract: true},
		{name: "the claim is that",
			text:  "Senator Ray Kent spoke in Boise. Kent's most explosive claim is that the board is a \"witch hunt\" run by rivals.",
			quote: "witch hunt", speaker: "Ray Kent", cue: "claim", extract: true},
		{name: "a verb of the sentence keeps its subject",
			text:  "Critics mocked Ada Voss's \"cat lady\" remark for days.",
			quote: "cat lady", speaker: "Critics", cue: "mocked", extract: true},
		{name: "negative: a possessor that does not speak",
			text:  "Ada Voss's campaign has spent \"millions\" on ads.",
			quote: "millions", speaker: "", extract: true},
		{name: "negative: a document's claim names no person",
			text:  "The report's claim that \"thousands\" cheered was never shown.",
			quote: "thousands", speaker: "", extract: true},
		{name: "negative: a reporting verb of the sentence whose subject is no name",
			text:  "Senator Ada Voss spoke in Reno. The rally denounced Voss's call for \"a total ban\" on imports.",
			quote: "a total ban", speaker: "", extract: true},
		{name: "negative: a reporting verb after the quote",
			text:  "Senator Ada Voss spoke in Reno. From Voss's call for a \"border force\" to her tax plan, the column described her as reckless.",
			quote: "border force", speaker: "", extract: true},
		{name: "negative: two people share the surname",
			text:  "Ada Voss and Tom Voss spoke in Reno. Voss's claim that \"millions\" of ballots were lost drew a rebuke.",
			quote: "millions", speaker: "", extract: true},
	})
}

func TestFramingNegativesAroundNewVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "negative: a crowd reacting after a quote is no framer",
			text:  "When Governor Rosa Imbert said she would \"fix every bridge,\" the crowd applauded loudly.",
			quote: "fix every bridge", speaker: "Rosa Imbert", cue: "said", extract: true},
		{name: "negative: attacks as a noun before a participle",
			text:  "After the Lisbon attacks, Senator Hal Ober released an ad calling it \"reckless\" to wait.",
			quote: "reckless", speaker: "Hal Ober", cue: "calling", extract: true},
	})
}

func TestFramingAgoBetweenSubjectAndVerb(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "less than two weeks ago said that",
			text:  "The Interior Department less than two weeks ago said for the first time that \"top secret\" maps had been lost.",
			quote: "top secret", speaker: "Interior Department", cue: "said", extract: true},
		{name: "a few days ago told",
			text:  "Mayor Ines Varga a few days ago told reporters the deal was \"dead on arrival.\"",
			quote: "dead on arrival", speaker: "Ines Varga", cue: "told", extract: true},
		{name: "negative: ago with no subject before it",
			text:  "Two weeks ago said to be \"final,\" the plan changed again.",
			quote: "final", speaker: "", extract: true},
	})
}

func TestFramingGroupAndOrganisationFramers(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "many commentators called him",
			text:  "Governor Ken Sato had a strong debate Thursday night, when many commentators called him \"the grownup on the stage.\"",
			quote: "the grownup", speaker: "many commentators", cue: "called", extract: true},
		{name: "a campaign called the report",
			text:  "Senator Ann Gale had a bad week. Gale's campaign called the wire report a \"rush to judgment\" on Tuesday.",
			quote: "rush to judgment", speaker: "Gale's campaign", cue: "called", extract: true},
		{name: "negative: a company called X is a name",
			text:  "The founders set up a company called \"Acme\" in 1990.",
			quote: "Acme", speaker: "", extract: true},
		{name: "negative: the company called, a name right after the verb",
			text:  "The founders set up a firm and the company called \"Acme\" grew fast.",
			quote: "Acme", speaker: "", extract: true},
	})
}

func TestFramingPassiveNamingWithAgent(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "has been called X by a named person",
			text:  "This habit of the movement has been called \"strategic ambiguity\" by Joshua Hendrick, a professor at a college in Maryland.",
			quote: "strategic ambiguity", speaker: "Joshua Hendrick", cue: "called", extract: true},
		{name: "negative: a group called X by a year",
			text:  "Residents joined a group called \"Night Owls\" by 2019.",
			quote: "Night Owls", speaker: "", extract: true},
		{name: "negative: a group called X, no agent",
			text:  "Residents joined a group called \"Night Owls\" last year.",
			quote: "Night Owls", speaker: "", extract: true},
	})
}

func TestFramingDecimalNumberInTheObject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a decimal point ends no sentence",
			text:  "In April, Senator Ida Cole called the firm's plans to open a $1.6 billion plant abroad \"an absolute disgrace,\" and left.",
			quote: "an absolute disgrace", speaker: "Ida Cole", cue: "called", extract: true},
		{name: "negative: a full stop and a number after a space still end it",
			text:  "The vote was 52 to 48. 3 senators left early. The \"loyal\" ones stayed.",
			quote: "loyal", speaker: "", extract: true},
	})
}
