package quotes

import "testing"

// "according to its/his ..." inside a report gives way to the reporter.
// Every sentence is written for these tests.
func TestOwnedAccordingSource(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a reporter before an owned source",
			text:  "Tom Vance, a party official, said on Monday that according to its count, the party won most seats, but \"we are still counting the ballots.\"",
			quote: "we are still", speaker: "Tom Vance"},
		{name: "negative: an owned source with no reporter before it",
			text:  "According to its own audit, the agency lost \"several thousand files\" last year.",
			quote: "several thousand", speaker: "its own audit", mention: "its own audit"},
		{name: "negative: a named source keeps according to",
			text:  "Tom Vance said on Monday that, according to the Daily Ledger, the party won \"most of the seats.\"",
			quote: "most of", speaker: "Daily Ledger"},
	})
}
