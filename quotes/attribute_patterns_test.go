package quotes

import "testing"

// The tests below follow the numbered patterns of issue 9 ("speakers on
// real news"), each with sentences that should and should not be
// attributed. Every sentence is written for these tests.

// Pattern 2: the cue must come from the quote's own clause; the addressee
// of "told", a day name and a platform are never speakers.
func TestPattern2CueFromTheRightClause(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "told X: X is the addressee",
			text:  "\"Nobody asked us,\" Mara Quint told Harbour Weekly.",
			quote: "Nobody asked us", speaker: "Mara Quint", cue: "told"},
		{name: "told X with an appositive subject",
			text:  "\"We knew it would pass,\" Tobias Wren, a county clerk, told Valley Radio.",
			quote: "We knew", speaker: "Tobias Wren", cue: "told"},
		{name: "day name after the verb",
			text:  "Rep. Lena Vasko, D-Ohio, said Tuesday that the bill was \"a gift to insurers.\"",
			quote: "a gift to insurers", speaker: "Lena Vasko", cue: "said"},
		{name: "platform after wrote on",
			text:  "Governor Ed Palin wrote on Facebook that the storm was \"the worst in a century.\"",
			quote: "the worst in a century", speaker: "Ed Palin", cue: "wrote"},
		{name: "said of X: X is whom the words are about",
			text:  "\"He cannot be trusted,\" Noor Haddad, a retired judge, said of Victor Lane.",
			quote: "He cannot be trusted", speaker: "Noor Haddad", cue: "said"},
		{name: "negative: the day alone is no speaker",
			text:  "On Monday, the river rose. \"Get out now.\" The sirens sounded.",
			quote: "Get out now", speaker: ""},
	})
}

// Pattern 3: framing verbs give the framer.
func TestPattern3FramingVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "called the plan",
			text: "Councillor Ruth Abano called the parking plan \"a disaster for small shops.\"", extract: true,
			quote: "a disaster", speaker: "Ruth Abano", cue: "called"},
		{name: "likened it to",
			text: "Dean Okoro likened the budget hearing to \"a circus without a ringmaster.\"", extract: true,
			quote: "a circus", speaker: "Dean Okoro", cue: "likened"},
		{name: "hailed it as",
			text: "Mayor Tessa Brandt hailed the ruling as \"historic\" on Thursday.", extract: true,
			quote: "historic", speaker: "Tessa Brandt", cue: "hailed"},
		{name: "what X calls",
			text: "The bill targets what Senator Hugo Marsh calls \"the midnight loophole.\"", extract: true,
			quote: "the midnight loophole", speaker: "Hugo Marsh", cue: "calls"},
		{name: "what a named person called",
			text: "The city wanted to shed what Mayor Lena Ortiz called \"a perception problem.\"", extract: true,
			quote: "a perception problem", speaker: "Lena Ortiz", cue: "called"},
		{name: "called the program, then the words",
			text: "Governor Abe Linden called the visa program \"worse than useless.\"", extract: true,
			quote: "worse than useless", speaker: "Abe Linden", cue: "called"},
		{name: "referred to X as",
			text: "Senator Gail Porter referred to the merger as \"a quiet takeover.\"", extract: true,
			quote: "a quiet takeover", speaker: "Gail Porter", cue: "referred"},
		{name: "negative: an unnamed framer inside another speaker's clause",
			text: "Governor Ivo Reyes briefed donors for an hour, giving what one guest referred to as a \"pep talk\".", extract: true,
			quote: "pep talk", speaker: ""},
		{name: "negative: what one described as, after a reporting verb",
			text: "Mayor Lina Soto told staff about the cuts, in what one described as a \"tense hour\".", extract: true,
			quote: "tense hour", speaker: ""},
		{name: "what a named aide described as",
			text: "The talks ended in what Jo Marr, an aide, described as \"a truce, not a peace.\"", extract: true,
			quote: "a truce", speaker: "Jo Marr", cue: "described"},
		{name: "negative: a thing called X is a name, nobody's words",
			text: "The startup built an app called \"Parkly\" for city drivers.", extract: true,
			quote: "Parkly", speaker: ""},
	})
}

// Pattern 4: reporting verbs and frames beyond "said".
func TestPattern4MoreReportingVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "continued",
			text:  "\"We will rebuild every house,\" Abel Mtani continued.",
			quote: "We will rebuild", speaker: "Abel Mtani", cue: "continued"},
		{name: "chanted",
			text:  "Protesters chanted \"No more cuts!\" outside the town hall.",
			quote: "No more cuts", speaker: "Protesters", cue: "chanted"},
		{name: "sang",
			text:  "The fans sang \"We are the river\" as the team walked out.",
			quote: "We are the river", speaker: "fans", cue: "sang"},
		{name: "in a statement, then the quote",
			text:  "Clara Ostend, the union's president, said in a statement.\n\n\"Our members will not accept this offer.\"",
			quote: "Our members", speaker: "Clara Ostend", cue: "said"},
		{name: "continued with a colon across the paragraph",
			text:  "Farid Kessel continued:\n\n\"The port has never been busier.\"",
			quote: "The port", speaker: "Farid Kessel", cue: "continued"},
		{name: "thanked",
			text:  "Mayor Ines Carver thanked the crews \"for every sleepless night.\"",
			quote: "for every sleepless night", speaker: "Ines Carver", cue: "thanked"},
		{name: "begged",
			text:  "\"Please stay home,\" Ines Carver begged.",
			quote: "Please stay home", speaker: "Ines Carver", cue: "begged"},
		{name: "posted",
			text:  "Dora Lint posted \"See you all at the finish line\" before the race.",
			quote: "See you all", speaker: "Dora Lint", cue: "posted"},
		{name: "the sign reads",
			text:  "The banner read \"Never again\" in red letters.",
			quote: "Never again", speaker: "banner", cue: "read"},
		{name: "went on to say",
			text:  "Hana Vo praised the crew. She went on to say, \"Nobody slept for three days.\"",
			quote: "Nobody slept", speaker: "Hana Vo", cue: "say"},
		{name: "as X put it",
			text:  "The budget is, as Mayor Ines Carver put it, \"a bridge to nowhere.\"",
			quote: "a bridge to nowhere", speaker: "Ines Carver"},
		{name: "X's response, then a colon",
			text:  "Dario Venn's response: \"We will see them in court.\"",
			quote: "We will see them", speaker: "Dario Venn"},
		{name: "negative: put without it is no cue",
			text:  "Ines Carver put the sign \"Keep out\" on the gate.",
			quote: "Keep out", speaker: ""},
		{name: "negative: a question does not claim the answer after it",
			text:  "Clara Ostend asked whether the talks had ended.\n\n\"Our members will not accept this offer.\"",
			quote: "Our members", speaker: ""},
	})
}

// Pattern 5: the verb linked to its subject across participles,
// coordination, relative clauses and adverbs.
func TestPattern5VerbAndSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "participle borrows the subject",
			text:  "Ivo Brenner said the vote was close, adding that \"every ballot counted.\"",
			quote: "every ballot", speaker: "Ivo Brenner"},
		{name: "participial phrase between subject and verb",
			text:  "Nadia Fors, speaking at a rally in Dover, said the plan was \"dead on arrival.\"",
			quote: "dead on arrival", speaker: "Nadia Fors", cue: "said"},
		{name: "coordination",
			text:  "Paul Okafor paused and said \"we are not finished yet.\"",
			quote: "we are not finished", speaker: "Paul Okafor", cue: "said"},
		{name: "relative clause",
			text:  "The crowd cheered for Lydia Marr, who says the tax is \"plainly unfair.\"",
			quote: "plainly unfair", speaker: "Lydia Marr", cue: "says"},
		{name: "adverbs between subject and verb",
			text:  "Simon Achebe later told reporters the deal was \"as good as done.\"",
			quote: "as good as done", speaker: "Simon Achebe", cue: "told"},
		{name: "negative: a negated verb reports no words",
			text:  "Omar Feld would not say whether the plan was \"fully funded.\"",
			quote: "fully funded", speaker: ""},
		{name: "a participle after a common noun borrows the clause's subject",
			text:  "Petra Nyland issued a statement on Friday saying the dam was \"sound.\"",
			quote: "sound", speaker: "Petra Nyland", cue: "saying"},
		{name: "negative: a relative clause with no name before it",
			text:  "Anyone who says the roads are \"perfectly safe\" has not driven them.",
			quote: "perfectly safe", speaker: ""},
	})
}

// Pattern 6: speakers that are not names.
func TestPattern6SpeakersThatAreNotNames(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a document",
			text:  "The audit said the council had \"lost track of its own contracts.\"",
			quote: "lost track", speaker: "audit", kind: "person"},
		{name: "a role noun",
			text:  "\"The doors open at nine,\" a spokeswoman told reporters.",
			quote: "The doors open", speaker: "spokeswoman"},
		{name: "a plural group",
			text:  "Critics said the scheme was \"a giveaway to landlords.\"",
			quote: "a giveaway", speaker: "Critics", kind: "group"},
		{name: "a poll share speaks for its poll",
			text:  "In the survey, 43 percent said the economy was \"getting worse.\"",
			quote: "getting worse", speaker: "survey", kind: "organisation"},
		{name: "a person noun",
			text:  "\"I sold the farm in May,\" the businessman told the court.",
			quote: "I sold the farm", speaker: "businessman"},
		{name: "negative: a time is no speaker",
			text:  "Last week said it all: \"Closed until further notice.\"",
			quote: "Closed until", speaker: ""},
	})
}

// Pattern 7: titles, nicknames and subheadings are nobody's speech.
func TestPattern7NotSpeech(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a show title",
			text: "Mira Castell said she watched the show \"Harbour Lights\" every week.", extract: true,
			quote: "Harbour Lights", speaker: ""},
		{name: "a nickname",
			text: "The senator, known as \"the Bulldozer\", voted no.", extract: true,
			quote: "the Bulldozer", speaker: ""},
		{name: "a book title",
			text: "Her new book, \"Salt and Iron,\" comes out in June, Ilse Varga said.", extract: true,
			quote: "Salt and Iron", speaker: ""},
		{name: "a programme after on",
			text: "Olga Brandt said on Channel Nine's \"Morning Table Talk\" that she would run.", extract: true,
			quote: "Morning Table Talk", speaker: ""},
		{name: "positive: a title noun then a verb is no title",
			text: "Dina Kowal said the new album is \"nearly finished.\"", extract: true,
			quote: "nearly finished", speaker: "Dina Kowal"},
		{name: "positive: the same sentence with speech",
			text: "\"It took ten years to write,\" Ilse Varga said of the book.", extract: true,
			quote: "It took ten years", speaker: "Ilse Varga"},
	})
}

// Pattern 8: tags between the name and the verb.
func TestPattern8Tags(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "party tag in brackets",
			text:  "Rep. Jane Colter (D-Wis.) said the bill was \"a hollow promise.\"",
			quote: "a hollow promise", speaker: "Jane Colter", cue: "said"},
		{name: "party tag in commas",
			text:  "Colter, D-Wis., said the bill was \"a hollow promise.\"",
			quote: "a hollow promise", speaker: "Colter", cue: "said"},
		{name: "age in commas",
			text:  "Harold Finch, 54, said the flood was \"the worst in memory.\"",
			quote: "the worst in memory", speaker: "Harold Finch", cue: "said"},
		{name: "a city and state between the subject and the verb",
			text:  "Lena Okoye, speaking in Columbus, Ohio, said the mines were \"finished.\"",
			quote: "finished", speaker: "Lena Okoye", cue: "said"},
		{name: "negative: an appositive that names someone else is not a tag",
			text:  "The sheriff's deputy, Ana Ruiz, said the road was \"closed for days.\"",
			quote: "closed for days", speaker: "Ana Ruiz", cue: "said"},
	})
}

// Pattern 9: names keep their middle initials and suffixes.
func TestPattern9Names(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "middle initial after said",
			text:  "\"The survey is clear,\" said Ann B. Kerr.",
			quote: "The survey", speaker: "Ann B. Kerr", cue: "said"},
		{name: "middle initial before said",
			text:  "Robert M. Dale said the dam was \"safe for now.\"",
			quote: "safe for now", speaker: "Robert M. Dale"},
		{name: "surname resolves to the initialled name",
			text:  "Robert M. Dale runs the water board.\n\n\"We are watching it hourly,\" Dale said.",
			quote: "We are watching", speaker: "Robert M. Dale", mention: "Dale"},
		{name: "the name without its middle initial is the same person",
			text:  "Robert M. Dale runs the water board.\n\n\"We are watching it hourly,\" Robert Dale said.",
			quote: "We are watching", speaker: "Robert M. Dale"},
		{name: "an initial for the given name",
			text:  "Robert M. Dale runs the water board.\n\n\"We are watching it hourly,\" said R. Dale.",
			quote: "We are watching", speaker: "Robert M. Dale"},
		{name: "suffix kept",
			text:  "\"Count every vote,\" said Martin Greer Jr.",
			quote: "Count every vote", speaker: "Martin Greer Jr."},
	})
}

// Pattern 10: pronouns agree in gender with the person they refer to.
func TestPattern10Pronouns(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "she skips the nearest man",
			text:  "Ms Delia Fenn met Mr Oskar Brandt on Friday. Brandt left early.\n\n\"We made progress,\" she added.",
			quote: "We made progress", speaker: "Delia Fenn", mention: "she"},
		{name: "he skips the nearest woman",
			text:  "Mr Oskar Brandt met Ms Delia Fenn on Friday. Fenn left early.\n\n\"We made progress,\" he added.",
			quote: "We made progress", speaker: "Oskar Brandt", mention: "he"},
		{name: "she skips a man known by his given name",
			text:  "Margaret Ilves chaired the meeting. Later Robert Vance spoke.\n\n\"We are done here,\" she said.",
			quote: "We are done here", speaker: "Margaret Ilves", mention: "she"},
		{name: "a one-word name a pronoun refers to is a person",
			text:  "On Friday, Castell won the vote.\n\n\"It was a long night,\" he said.",
			quote: "It was a long night", speaker: "Castell", kind: "person"},
		{name: "a possessive opening the sentence before is the antecedent",
			text:  "Irena Volk's website is plain. She vows to \"fix every road by spring.\"",
			quote: "fix every road", speaker: "Irena Volk", mention: "She"},
		{name: "a pronoun subject after a connector gives a participle its subject",
			text:  "Irena Volk spoke first. However, she held her fire, calling the plan \"a fair start.\"",
			quote: "a fair start", speaker: "Irena Volk", cue: "calling"},
		{name: "negative: nobody to refer to, the pronoun is the mention",
			text:  "\"It was a long night,\" she said.",
			quote: "It was a long night", speaker: "", mention: "she"},
		{name: "negative: a man's name does not fit she",
			text:  "Tom Hale left early. \"It was a long night,\" she said.",
			quote: "It was a long night", speaker: "", mention: "she"},
		{name: "negative: the writer's own I",
			text:  "I called the mayor's office twice. \"We have nothing to add,\" I was told.",
			quote: "We have nothing", speaker: ""},
		{name: "the columnist's I is the mention, unnamed",
			text:  "\"I am not leaving,\" I said, and I meant it.",
			quote: "I am not leaving", speaker: "", mention: "I"},
	})
}

// Pattern 11: attribution across sentences and paragraphs.
func TestPattern11AcrossSentences(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "colon intro without a reporting verb",
			text:  "Gwen Abara had a message for her critics:\n\n\"Come and see the wards for yourselves.\"",
			quote: "Come and see", speaker: "Gwen Abara", cue: ":"},
		{name: "negative: a colon intro that changes subject",
			text:  "Gwen Abara backed the plan, and the council has the minutes:\n\n\"Motion carried, seven to two.\"",
			quote: "Motion carried", speaker: ""},
		{name: "summed it up",
			text:  "Teodor Lind summed it up: \"We lost the vote and the argument.\"",
			quote: "We lost", speaker: "Teodor Lind"},
		{name: "a floating quote after an attributed one",
			text:  "\"We will appeal,\" Nina Sato said.\n\n\"This is not over.\"",
			quote: "This is not over", speaker: "Nina Sato"},
		{name: "a headline with a name label",
			text: "Carver: \"We will win the vote\"\n\nMayor Ines Carver spoke at the town hall on Monday.", extract: true,
			quote: "We will win the vote", speaker: "Ines Carver", cue: ":"},
		{name: "negative: a subheading after a quote inherits nothing",
			text: "\"We will appeal,\" Nina Sato said.\n\n\"Not over yet\"\n\nThe court sits again in May.", extract: true,
			quote: "Not over yet", speaker: ""},
		{name: "negative: a quote paragraph after plain narrative",
			text:  "Nina Sato left the court at noon.\n\n\"This is not over.\"",
			quote: "This is not over", speaker: ""},
	})
}

// Pattern 12: nested attribution gives the words to the inner speaker.
func TestPattern12NestedAttribution(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "X said Y once described",
			text:  "Pia Lund said Omar Reyes once described the deal as \"a fine bargain.\"",
			quote: "a fine bargain", speaker: "Omar Reyes", cue: "described"},
		{name: "negative: a single speaker keeps the words",
			text:  "Pia Lund said the deal was \"a fine bargain.\"",
			quote: "a fine bargain", speaker: "Pia Lund", cue: "said"},
	})
}

// Pattern 13: long "according to" and "per" phrases.
func TestPattern13AccordingTo(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "according to a long phrase",
			text:  "The mill will close, according to a memo from the company's chief executive, because of \"crushing energy costs.\"",
			quote: "crushing energy costs", speaker: "company's chief executive", mention: "a memo from the company's chief executive"},
		{name: "according to a name with a role",
			text:  "According to Lars Holm, the county's chief planner, the plan is \"years behind.\"",
			quote: "years behind", speaker: "Lars Holm", cue: "according to"},
		{name: "per",
			text:  "The bridge is \"structurally unsound,\" per the state inspector's report.",
			quote: "structurally unsound", speaker: "state inspector's report", cue: "per"},
		{name: "negative: according to plan is nobody",
			text:  "Everything went according to plan, and the crowd was \"thrilled.\"",
			quote: "thrilled", speaker: ""},
	})
}
