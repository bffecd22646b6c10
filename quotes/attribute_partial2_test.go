package quotes

import "testing"

// Partial quotes inside a clause whose verb the cue lists do not know: the
// clause's subject speaks. Every sentence is written for these tests.

func TestPartialSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "named subject, infinitive",
			text:  "Governor Abe Linden spoke in Salem. Linden pledged to move the state archive to \"a building worthy of it\" by next year.",
			quote: "a building worthy", speaker: "Abe Linden", cue: "pledged"},
		{name: "pronoun subject, object",
			text:  "Mara Quint toured the plant on Friday. She offered \"my full support for every worker here\" to the union.",
			quote: "my full support", speaker: "Mara Quint", mention: "She", cue: "offered"},
		{name: "auxiliary and adverb before the verb",
			text:  "Senator Hugo Marsh has repeatedly used his wealth to bludgeon rivals for not campaigning \"the honest way\" in the state.",
			quote: "the honest way", speaker: "Hugo Marsh", cue: "used"},
		{name: "appositive between subject and verb",
			text:  "Dana Pike, founder of the Harbor Trust, endorsed the mayor for \"standing up to the developers\" last week.",
			quote: "standing up", speaker: "Dana Pike", cue: "endorsed"},
		{name: "the subject again as a pronoun",
			text:  "Ed Kane voted in Reno on Saturday and admits he picked \"none of the above\" on the ballot.",
			quote: "none of the above", speaker: "Ed Kane"},
		{name: "organisation subject",
			text:  "The Harbor Trust released a report on Monday offering \"a path out of the housing crisis\" for the city.",
			quote: "a path out", speaker: "Harbor Trust"},
		{name: "an opener that ends in later",
			text:  "Mara Quint heard the verdict on Monday. Hours later, she issued a statement calling on the council \"to reopen the library at once\" and thanked her staff.",
			quote: "to reopen the library", speaker: "Mara Quint", mention: "she", cue: "calling"},
		{name: "negative: the quote describes the subject",
			text:  "Mara Quint, who won twice, is an \"able manager\" by any account.",
			quote: "able manager", speaker: ""},
		{name: "negative: a passive subject",
			text:  "Ed Kane was asked about his \"open door\" policy at the hearing.",
			quote: "open door", speaker: ""},
		{name: "negative: a term the subject names",
			text:  "Dana Pike coined the term \"rent creep\" in a column.",
			quote: "rent creep", speaker: ""},
		{name: "negative: a quote that modifies a noun",
			text:  "Hugo Marsh led an unaligned \"Ohio first\" push at the convention.",
			quote: "Ohio first", speaker: ""},
		{name: "negative: another subject in a subordinate clause",
			text:  "Abe Linden left early because the chairwoman wanted \"a quiet room\" for the vote.",
			quote: "a quiet room", speaker: ""},
		{name: "negative: a later reporting verb names the source",
			text:  "Ed Kane, who ran twice, has the \"common touch\" he lacked, the newspaper writes.",
			quote: "common touch", speaker: "newspaper", cue: "writes"},
		{name: "negative: a source before the subject",
			text:  "According to legend, Mara Quint kept \"a spare key for every door\" in her desk.",
			quote: "a spare key", speaker: ""},
		{name: "negative: a dash brings in another clause",
			text:  "Dana Pike wants to keep the park open – hence the city will see \"gates that never close\" soon.",
			quote: "gates that never", speaker: ""},
	})
}

func TestPartialRelative(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "appositive relative with a verb of thought",
			text:  "\"We waited too long,\" said Councillor Ed Kane, who thinks the mayor \"must open the books\" before the vote.",
			quote: "must open the books", speaker: "Ed Kane", mention: "who", cue: "thinks"},
		{name: "restrictive relative after a name",
			text:  "Hugo Marsh spoke first. The board sided with Mara Quint who is hoping to bring \"everyone back to the table\" this week.",
			quote: "everyone back", speaker: "Mara Quint", mention: "who"},
		{name: "negative: the relative clause ended before the quote",
			text:  "Dana Pike, who lost twice, is a \"tireless organizer\" by all accounts.",
			quote: "tireless organizer", speaker: ""},
		{name: "a reporting verb in the relative: its own rule",
			text:  "Ed Kane, who says the council wants \"a fresh start\" now, left.",
			quote: "a fresh start", speaker: "Ed Kane", cue: "says"},
		{name: "negative: no person before who",
			text:  "The rules committee, which wants \"a fresh start\" now, met.",
			quote: "a fresh start", speaker: ""},
	})
}
