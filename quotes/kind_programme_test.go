package quotes

import (
	"strings"
	"testing"
)

// A programme's name where a guest speaks to it is a title, never speech:
// the outlet or show is an addressee, not a speaker. Every sentence and
// show name is invented for these tests.
func TestProgrammeTitles(t *testing.T) {
	tests := []struct {
		name, text, quote string
		want              Kind
	}{
		{"told a possessive outlet's show",
			`"We will win," Ann Roe told KXRT's "Morning Report Live" on Monday.`, "Morning Report", Title},
		{"told a bare show name",
			`"It was a fair fight," Ann Roe told "Sunday Ledger," adding that she would run again.`, "Sunday Ledger", Title},
		{"in an interview with a show",
			`In an interview with "Capitol Desk Tonight," Ann Roe said she would run.`, "Capitol Desk", Title},
		{"one word after an outlet's possessive",
			`Ann Roe visited WBNX's "Daybreak" to discuss her plan.`, "Daybreak", Title},
		{"doubled apostrophes keep one mark each",
			`''It is over,'' Ann Roe said on KXRT's ''Meet the Voters.'' ''We lost.''`, "'Meet the Voters", Title},
		{"a small word inside a show's name",
			`"We will see," Ann Roe said on KXRT's "Evenings with Lou Park" on Friday.`, "Evenings with", Title},
		{"of before an outlet's possessive",
			`Ann Roe spoke on Friday's broadcast of KXRT's "Night Desk."`, "Night Desk", Title},
		{"negative: a small word opening a phrase",
			`Ann Roe said it was "with Great Sorrow" that she left.`, "with Great", Partial},
		{"negative: a slot word ending the sentence before",
			`Ann Roe thanked the crowd and moved on. "Now That We Are Here With You," she said.`, "Now That", Direct},
		{"negative: one word after told, no outlet",
			`Ann Roe told her aides "Tomorrow" when they asked about the date.`, "Tomorrow", Partial},
		{"negative: speech after told",
			`Ann Roe told reporters "we will not back down from this fight" on Friday.`, "we will not", Partial},
		{"negative: a sentence after with",
			`Ann Roe agreed with "the voters who sent us here and want a change."`, "the voters", Partial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(Article{ID: "t", Text: tt.text})
			for _, q := range qs {
				if strings.HasPrefix(q.Text, tt.quote) {
					if q.Kind != tt.want {
						t.Errorf("%q: kind %s, want %s", q.Text, q.Kind, tt.want)
					}
					return
				}
			}
			t.Fatalf("quote %q not found in %q", tt.quote, texts(qs))
		})
	}
}

// A programme's title inside an attribution gets no speaker, and the quote
// after it still carries on from the quote before it.
func TestProgrammeTitleSpeakers(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the title has no speaker",
			text:  `"We did our best," Ann Roe told KXRT's "Sunrise" on Monday. "The rest is up to voters."`,
			quote: "Sunrise", speaker: "", extract: true},
		{name: "the quote after the title continues",
			text:  `"We did our best," Ann Roe told KXRT's "Sunrise" on Monday. "The rest is up to voters."`,
			quote: "The rest", speaker: "Ann Roe", extract: true},
		{name: "negative: a title in another sentence ends the run",
			text:  `"We did our best," Ann Roe said. She stars in "Sunrise Hour" now. "The rest is up to voters."`,
			quote: "The rest", speaker: "", extract: true},
	})
}
