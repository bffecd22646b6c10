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
