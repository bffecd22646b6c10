package quotes

import "testing"

// A quote inside an indirect report: the outer speaker's words unless the
// inner verb introduces or frames them. Every sentence is written for
// these tests.
func TestOuterReporter(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "inner verb does not introduce the quote",
			text:  "Mayor Ines Ortiz said that Governor Paul Weber pleaded with her for support and \"would have promised anything\" to get it.",
			quote: "would have promised", speaker: "Ines Ortiz", cue: "said"},
		{name: "participle after the reported clause",
			text:  "Senator Rita Dahl said Tuesday that the committee rejected her amendment, calling it a \"poison pill.\"",
			quote: "poison pill", speaker: "Rita Dahl", cue: "said"},
		{name: "told an addressee that",
			text:  "Lars Holm told reporters that Judge Ann Cole asked the lawyers to stay \"for as long as it takes.\"",
			quote: "for as long", speaker: "Lars Holm", cue: "told"},
		{name: "called on is an appeal, not a frame",
			text:  "Lars Holm said Judge Ann Cole called on the lawyers to be \"brief and civil.\"",
			quote: "brief and civil", speaker: "Lars Holm", cue: "said"},
		{name: "negative: called for right before the quote introduces it",
			text:  "Lars Holm said Judge Ann Cole called for \"a short recess.\"",
			quote: "a short recess", speaker: "Ann Cole", cue: "called"},
		{name: "negative: the inner verb introduces the quote",
			text:  "Lars Holm said Judge Ann Cole told him: \"Take your time.\"",
			quote: "Take your time", speaker: "Ann Cole", cue: "told"},
		{name: "negative: the inner verb frames the quote",
			text:  "Pia Lund said Omar Reyes had called the offer \"an insult.\"",
			quote: "an insult", speaker: "Omar Reyes", cue: "called"},
		{name: "negative: no outer report",
			text:  "Governor Paul Weber pleaded with the council to act \"before the winter.\"",
			quote: "before the winter", speaker: "Paul Weber", cue: "pleaded"},
		{name: "negative: the participle follows its own subject",
			text:  "Pia Lund said the chairman, Omar Reyes, left early, Reyes calling the vote \"a sham.\"",
			quote: "a sham", speaker: "Omar Reyes", cue: "calling"},
	})
}

func TestOuterReporterAddressee(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "negative: told an addressee, then the quote",
			text:  "Police say that he told a court officer, \"I would do it again.\"",
			quote: "I would do it again", speaker: "", mention: "he", cue: "told"},
	})
}

func TestFramingParticipleAfterQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a framing participle after the quote frames what follows it",
			text:  "The board tied the losses to \"rogue\" traders rather than labeling it fraud.",
			quote: "rogue", speaker: ""},
		{name: "negative: the framing participle before its quote",
			text:  "Mayor Ines Ortiz rejected the plan, calling it \"a farce.\"",
			quote: "a farce", speaker: "Ines Ortiz", cue: "calling"},
	})
}

// Fragments that are no subject: an infinitive's verb, an opening adverb,
// a participle's object.
func TestSubjectFragments(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "an infinitive before a verb-like plural is no subject",
			text:  "The spokesman refused to answer questions on the vote but said no meeting was planned, adding: \"If one is proposed we will consider it.\"",
			quote: "If one is proposed", speaker: "spokesman", cue: "adding"},
		{name: "negative: a document noun before a third-person verb speaks",
			text:  "The report questions whether the agency was \"fit for purpose.\"",
			quote: "fit for purpose", speaker: "report"},
		{name: "an opening adverb is no name",
			text:  "Shortly after the vote, the union sent a statement saying members were \"betrayed by the board.\"",
			quote: "betrayed by the board", speaker: ""},
		{name: "negative: an opening name stays the subject",
			text:  "Shelly Moss, after the vote, sent a statement saying members were \"betrayed by the board.\"",
			quote: "betrayed by the board", speaker: "Shelly Moss", cue: "saying"},
		{name: "the object of a participle is no subject",
			text:  "A senior aide speaking to the Harbor Gazette said, \"The talks are over.\"",
			quote: "The talks are over", speaker: "senior aide", cue: "said"},
		{name: "a preposition's object before a participle does not perform it",
			text:  "Mayor Ines Ortiz answered the critics on Facebook writing, \"That was a poor choice of words.\"",
			quote: "That was a poor", speaker: "Ines Ortiz", cue: "writing"},
		{name: "negative: a name right before a participle performs it",
			text:  "The council voted late, Ines Ortiz saying the deal was \"the best we could get.\"",
			quote: "the best we could", speaker: "Ines Ortiz", cue: "saying"},
		{name: "negative: a name before the verb speaks",
			text:  "Speaking to reporters, Ines Ortiz said, \"The talks are over.\"",
			quote: "The talks are over", speaker: "Ines Ortiz", cue: "said"},
	})
}

// A place after a noun phrase qualifies it: "a voter in Dover, Ohio,
// said" has the voter speak.
func TestPlaceQualifiedSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a noun phrase with a place in a subordinate clause",
			text:  "Governor Hal Voss is telling voters he can win after a retired teacher in Dover, Ohio, told him she fears he is \"too soft\" on crime.",
			quote: "too soft", speaker: "retired teacher", cue: "told"},
		{name: "a noun phrase with a place opening the sentence",
			text:  "A farmer in Dover, Ohio, said the drought was \"the worst I have seen.\"",
			quote: "the worst I have seen", speaker: "farmer", cue: "said"},
		{name: "negative: an appositive with a place leaves the name",
			text:  "Dean Moss, a retired farmer from Dover, Ohio, says the drought was \"the worst I have seen.\"",
			quote: "the worst I have seen", speaker: "Dean Moss", cue: "says"},
		{name: "an age, an appositive with a place, then the verb",
			text:  "\"I just don't trust either of them,\" Cecily Marsh, 67, a retired nurse in Dover, Del., said in an interview.",
			quote: "I just don't trust", speaker: "Cecily Marsh", cue: "said"},
		{name: "negative: a participle before the place",
			text:  "Ines Ortiz, speaking in Dover, Ohio, said the plan was \"a mess from the start.\"",
			quote: "a mess from the start", speaker: "Ines Ortiz", cue: "said"},
		{name: "negative: the noun phrase is a preposition's object",
			text:  "Ines Ortiz spoke with a farmer in Dover, Ohio, and said the drought was \"the worst in years.\"",
			quote: "the worst in years", speaker: "Ines Ortiz", cue: "said"},
	})
}

// A relative clause with its own subject keeps its quote.
func TestRelativeClauseKeepsItsQuote(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "an earlier verb does not claim a relative clause's quote",
			text:  "Hal Voss, the former attorney general, criticized the mayor's travel spending, which an FBI investigation said was \"needlessly wasteful\" but lawful.",
			quote: "needlessly wasteful", speaker: ""},
		{name: "negative: a relative clause whose subject speaks",
			text:  "Hal Voss criticized the budget, which the auditor said was \"riddled with errors.\"",
			quote: "riddled with errors", speaker: "auditor", cue: "said"},
		{name: "negative: no relative clause",
			text:  "Hal Voss criticized the budget as \"riddled with errors.\"",
			quote: "riddled with errors", speaker: "Hal Voss", cue: "criticized"},
	})
}

// A possessive owner speaks through a document with a qualifier.
func TestOwnedDocumentIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a platform between the owner and the document",
			text:  "Senator Hal Voss will back the bill. From Voss's Facebook post: \"We must move past the divisions of this campaign.\"",
			quote: "We must move past", speaker: "Hal Voss", cue: ":"},
		{name: "negative: the owner's document with no qualifier still speaks",
			text:  "Senator Hal Voss will back the bill. From Voss's statement: \"We must move past the divisions of this campaign.\"",
			quote: "We must move past", speaker: "Hal Voss", cue: ":"},
	})
}

// A state after a town is no one a pronoun refers to.
func TestStateAfterTown(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "she after a town and state",
			text:  "\"I just don't trust either of them,\" Cecily Marsh, 67, a retired nurse in Dover, Del., said. But, she added, \"I will vote in November.\"",
			quote: "I will vote", speaker: "Cecily Marsh", cue: "added"},
		{name: "negative: a name after a comma is still a subject",
			text:  "After the hearing in Dover, Cecily Marsh left. Later she added, \"I will vote in November.\"",
			quote: "I will vote", speaker: "Cecily Marsh", cue: "added"},
	})
}
