package quotes

import "testing"

// A party or state word before a singular agent noun qualifies the noun
// and names no one: a later he or she goes to the person the phrase
// describes. Every sentence is written for these tests.
func TestSingularAgentModifier(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a veteran party strategist",
			text:  "\"We lost the thread,\" said Tom Vance, a veteran Republican strategist. Now, he added, \"we need a plan.\"",
			quote: "we need", speaker: "Tom Vance"},
		{name: "the party's nominee",
			text:  "\"It is hard,\" said Ann Roe, the Democratic nominee. Later she said she was \"ready to govern.\"",
			quote: "ready", speaker: "Ann Roe"},
		{name: "a state before a singular agent",
			text:  "\"The roads are bad,\" said Ann Roe, a longtime Ohio farmer. Then she said the county was \"broke.\"",
			quote: "broke", speaker: "Ann Roe"},
		{name: "negative: a name after the role keeps it",
			text:  "Senate Republican leader Tom Vance said the bill was \"dead on arrival.\"",
			quote: "dead", speaker: "Tom Vance"},
	})
}
