package quotes

import "testing"

// A poll share speaks for its poll; without one it names no speaker.
// Every sentence is written for these tests.
func TestPollShares(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "share after the poll in one sentence",
			text:  "The Harbor Institute survey also finds that 41 percent of renters say the city is \"on the wrong track.\"",
			quote: "on the wrong track", speaker: "Harbor Institute survey", cue: "say"},
		{name: "N in 10 after a poll named the sentence before",
			text:  "A new Delta Research poll shows the mood has shifted. Seven in 10 farmers said the subsidy was \"too little, too late.\"",
			quote: "too little", speaker: "new Delta Research poll", cue: "said"},
		{name: "share with a percent sign",
			text:  "In an Elmwood College poll released Tuesday, 31% of independents said they were \"very worried\" about prices.",
			quote: "very worried", speaker: "Elmwood College poll", mention: "Elmwood College poll"},
		{name: "negative: a share with no poll names nobody",
			text:  "Asked whether the mayor is \"fit to serve,\" 64 percent of residents said yes.",
			quote: "fit to serve", speaker: ""},
		{name: "negative: a number is never a person",
			text:  "Asked about the plan, six in 10 parents said it was \"rushed.\"",
			quote: "rushed", speaker: ""},
		{name: "negative: a poll three sentences back is too far",
			text:  "A Lakeside poll came out in May. Prices rose. Rents rose too. 52 percent of tenants said they felt \"priced out.\"",
			quote: "priced out", speaker: ""},
		{name: "a poll two sentences back is in reach",
			text:  "A Lakeside poll came out in May. Rents rose again. 52 percent of tenants said they felt \"priced out.\"",
			quote: "priced out", speaker: "Lakeside poll", cue: "said"},
	})
}

// The speaker phrase may stop short of the share that heads it.
func TestPollShareHead(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "share of two groups after a named poll",
			text:  "In a Coastline Research poll released Monday, 31% of Liberals and Liberal-leaning voters said they were \"very excited\" about the race.",
			quote: "very excited", speaker: "Coastline Research poll", mention: "Coastline Research poll"},
		{name: "negative: a group after of without a share",
			text:  "Dozens of Liberal-leaning voters said they were \"very excited\" about the race.",
			quote: "very excited", speaker: "Dozens of Liberal-leaning voters"},
	})
}
