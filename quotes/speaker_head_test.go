package quotes

import "testing"

// A lower-case noun phrase in a speaker's place speaks only when its head
// names a person, a body of people or a publication; any other head is
// weak evidence, and the quote is left without a speaker.
func TestSpeakerHeadNamesSomeone(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "agent noun in -er",
			text:  "The organizer said the march would be \"peaceful and short.\"",
			quote: "peaceful and short", speaker: "organizer"},
		{name: "agent noun in -ist",
			text:  "\"Turnout decides this one,\" a veteran strategist said.",
			quote: "Turnout decides", speaker: "veteran strategist"},
		{name: "listed person noun",
			text:  "Her friend said the move was \"a long time coming.\"",
			quote: "a long time coming", speaker: "friend"},
		{name: "listed noun in the plural",
			text:  "Aides said the speech would be \"short and sharp.\"",
			quote: "short and sharp", speaker: "Aides"},
		{name: "a publication",
			text:  "The magazine wrote that the chef was \"a quiet genius.\"",
			quote: "a quiet genius", speaker: "magazine"},
		{name: "a short person noun",
			text:  "One man said the queue was \"longer than last year.\"",
			quote: "longer than last year", speaker: "One man"},
		{name: "a postmodifier after the noun: involved in",
			text:  "One official involved in the review said the files were \"a mess.\"",
			quote: "a mess", speaker: "One official"},
		{name: "negative: a postmodifier after an abstract noun",
			text:  "The timing involved said \"too much\" about the mayor.",
			quote: "too much", speaker: ""},
		{name: "an emphatic reflexive after a name",
			text:  "Mayor Dana Pike herself said the vote was \"too close to call.\"",
			quote: "too close to call", speaker: "Dana Pike"},
		{name: "an emphatic reflexive after a role noun",
			text:  "The coach himself said the team was \"not ready.\"",
			quote: "not ready", mention: "The coach himself"},
		{name: "negative: a reflexive after an abstract noun",
			text:  "The plan itself said \"nothing about costs.\"",
			quote: "nothing about costs", speaker: ""},
		{name: "a pronoun fused with had",
			text:  "Rhea Tam said she’d asked the board for \"a fair hearing.\"",
			quote: "a fair hearing", speaker: "Rhea Tam"},
		{name: "negative: a fused pronoun nobody fits",
			text:  "They’d asked for \"a fair hearing\" long ago.",
			quote: "a fair hearing", speaker: "", mention: "They’d"},
		{name: "negative: an abstract head",
			text:  "The fact said more than the \"official figures\" could.",
			quote: "official figures", speaker: ""},
		{name: "negative: a possessive then an abstract noun",
			text:  "His voting record said \"no new taxes\" louder than any speech.",
			quote: "no new taxes", speaker: ""},
		{name: "negative: a word in -ment is no agent",
			text:  "The agreement said the firm would \"pay in full by June.\"",
			quote: "pay in full", speaker: "agreement"},
	})
}

func TestPersonLike(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"organizer", true}, {"strategists", true}, {"physician", true}, {"consultant", true},
		{"businesswoman", true}, {"attendee", true}, {"aide", true}, {"aides", true},
		{"friends", true}, {"magazine", true}, {"percent", true}, {"report", true},
		{"fact", false}, {"record", false}, {"rhetoric", false}, {"always", false},
		{"came", false}, {"preference", false}, {"government", false}, {"moments", false},
		{"foot", false}, {"sun", false},
	} {
		if got := personLike(c.head); got != c.want {
			t.Errorf("personLike(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}
