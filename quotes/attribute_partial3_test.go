package quotes

import "testing"

// Partial quotes whose clause's subject names no one: a share of those
// polled, or a document. The subject phrase is the mention; the speaker
// stays unnamed. Every sentence is written for these tests.

func TestShareSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "fraction with a hedge, base verb",
			text:  "Turnout was high in the valley. About four in 10 rural voters say the new levy is \"a tax on driving to work\" in effect.",
			quote: "a tax on driving", mention: "About four in 10 rural voters", cue: "say"},
		{name: "bare quantifier",
			text:  "The mood in the county hall was sour. Most said they were \"fed up\" with the delays.",
			quote: "fed up", mention: "Most", cue: "said"},
		{name: "fraction of a group",
			text:  "At least half of the renters in each district said the rules were \"about right\" for now.",
			quote: "about right", mention: "At least half of the renters in each district", cue: "said"},
		{name: "those polled",
			text:  "Those surveyed said the governor had \"lost touch\" with the coast.",
			quote: "lost touch", mention: "Those surveyed", cue: "said"},
		{name: "after a relative that joins the clause",
			text:  "Voters were asked how likely the levy was to pass, to which 21 percent said \"not very likely\" at all.",
			quote: "not very likely", mention: "21 percent", cue: "said"},
		{name: "after a semicolon",
			text:  "Renters in the county were worried about the rent; most said they were \"very worried\" by spring.",
			quote: "very worried", mention: "most", cue: "said"},
		{name: "after while",
			text:  "While those polled said the mayor has the \"best record\" on roads, the rival leads on schools.",
			quote: "best record", mention: "those polled", cue: "said"},
		{name: "negative: the share does not open the clause",
			text:  "Nobody in the other half said the levy was \"a burden\" on renters.",
			quote: "a burden", speaker: ""},
		{name: "negative: those who were not polled",
			text:  "Those nearby said the governor had \"lost touch\" with the coast.",
			quote: "lost touch", speaker: ""},
		{name: "another clause's verb names its own subject",
			text:  "Most said many older residents declared the levy \"a cash grab\" at once.",
			quote: "a cash grab", speaker: "many older residents", cue: "declared"},
		{name: "negative: another quote between the verb and the quote",
			text:  "Asked about the levy, most said the \"new\" plan was like the \"old\" one.",
			quote: "old", speaker: ""},
	})
}

func TestDocumentSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the ad",
			text:  "The mayor's race turned sharp this week. The ad targets a \"cozy deal that keeps the harbor closed\" to small boats.",
			quote: "cozy deal", mention: "The ad", cue: "targets"},
		{name: "an audit with modifiers",
			text:  "A 2019 county audit found \"no sign of any missing funds\" in the books.",
			quote: "no sign", mention: "A 2019 county audit", cue: "found"},
		{name: "an adverb before the verb",
			text:  "The video then shows a \"line of empty buses\" at the depot.",
			quote: "line of empty", mention: "The video", cue: "shows"},
		{name: "negative: the quote describes the document",
			text:  "The report was \"a whitewash\" in every sense.",
			quote: "a whitewash", speaker: ""},
		{name: "negative: the head is a modifier of a compound",
			text:  "The ad campaign featured \"a bold new look\" on buses.",
			quote: "a bold new look", speaker: ""},
		{name: "negative: a term the document uses",
			text:  "The memo uses the phrase \"harbor first\" twice.",
			quote: "harbor first", speaker: ""},
		{name: "negative: the predicate names the person whose words they are",
			text:  "The memo appears to contradict remarks from Mayor Ann Lusk that the pier was \"never at risk\" in May.",
			quote: "never at risk", speaker: ""},
		{name: "negative: another subject after a conjunction",
			text:  "The ad aired twice, and the crowd wanted \"more buses\" at the end.",
			quote: "more buses", speaker: ""},
	})
}

func TestRoleSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a role noun the article ties to no name",
			text:  "Auditions ran all week. The actor held a mock audition and asked the extras to act \"more tired\" on cue.",
			quote: "more tired", mention: "The actor", cue: "held"},
		{name: "negative: the head is no person",
			text:  "The retired factory began selling \"fresh bread daily\" in May.",
			quote: "fresh bread", speaker: ""},
		{name: "negative: the predicate names the person whose words they are",
			text:  "The pianist echoed remarks from Mayor Ann Lusk that the pier was \"never at risk\" in May.",
			quote: "never at risk", speaker: ""},
	})
}

// A document subject runs to at most maxDocNP words, its determiner
// included.
func TestDocumentSubjectLength(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "seven words",
			text:  "A 2019 Harbor County budget office report found \"no sign of any missing funds\" in the books.",
			quote: "no sign", mention: "A 2019 Harbor County budget office report", cue: "found"},
		{name: "negative: eight words",
			text:  "A 2019 Harbor County budget planning office report found \"no sign of any missing funds\" in the books.",
			quote: "no sign", speaker: ""},
	})
}
