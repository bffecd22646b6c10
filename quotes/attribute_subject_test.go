package quotes

import "testing"

// Wrong speakers from a participle or an opening phrase: the subject must
// be the participle's own, never a place or an earlier clause's name.
// Every sentence is written for these tests.
func TestParticipleSubjects(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "absolute phrase: with NAME adverb participle",
			text:  "At a fair in Dunmore, Kansas, on Friday, a heckler was led away, with Mayor Ida Crane reportedly shouting: \"Take him out of here!\"",
			quote: "Take him out", speaker: "Ida Crane", cue: "shouting"},
		{name: "absolute phrase: with a group chanting",
			text:  "Harbor Street was packed with families, with many students and teachers chanting \"Fund our schools\" outside the hall.",
			quote: "Fund our schools", speaker: "many students and teachers", cue: "chanting"},
		{name: "negative: with inside the verb phrase is no absolute phrase",
			text:  "Governor Alma Reyes met with farmers, saying the drought was \"the worst in memory.\"",
			quote: "the worst in memory", speaker: "Alma Reyes", cue: "saying"},
		{name: "negative: an absolute phrase whose subject names nobody",
			text:  "Councillor Pia Lund left the room, with the vote still pending and the clock showing \"recess\" on the screen.",
			quote: "recess", speaker: ""},
		{name: "name, adverb, participle",
			text:  "The board met late, Chair Ruth Obi then calling the offer \"an insult to our members.\"",
			quote: "an insult", speaker: "Ruth Obi", cue: "calling"},
		{name: "opening phrase ending in a place and a time",
			text:  "Speaking at a diner in Ashford, New Mexico, on Tuesday, Senator Hal Voss went after his rival, calling him \"a tourist.\"",
			quote: "a tourist", speaker: "Hal Voss", cue: "calling"},
		{name: "opening phrase ending in a place with an abbreviation",
			text:  "At a rally in Keene, N.H., on Sunday, Senator Rita Dahl backed the plan, saying it would \"pay for itself.\"",
			quote: "pay for itself", speaker: "Rita Dahl", cue: "saying"},
		{name: "negative: a place in the subject's own clause is not skipped",
			text:  "In Leeds, Dan Moor, who runs a bakery, opened early, saying business was \"slow but steady.\"",
			quote: "slow but steady", speaker: "Dan Moor", cue: "saying"},
	})
}
