package quotes

import (
	"reflect"
	"testing"
)

// TestExtractMarkDirection: a mark's direction comes from its place —
// paragraph start, the spaces and punctuation on either side, the pairing
// that balances the paragraph — not from its glyph alone. Each case says
// which quotes must be found; the negative ones must find no more than
// the marks really enclose.
func TestExtractMarkDirection(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		// A closing glyph that opens.
		{"paragraph opens with a right mark", "”Nobody asked the tenants.” ― Maya Lindqvist",
			[]string{"Nobody asked the tenants."}},
		{"right marks both ways, then a regular pair", "”The pool stays shut,” the manager said. “Repairs take time,” she added.",
			[]string{"The pool stays shut,", "Repairs take time,"}},
		{"right mark after a space opens mid-sentence", "The referee said ”no goal” twice, then said “play on”.",
			[]string{"no goal", "play on"}},
		{"Swedish style", "Hon sa: ”Vi bygger om bron”, och sedan ”den blir klar i maj”.",
			[]string{"Vi bygger om bron", "den blir klar i maj"}},
		{"right single mark opens", "’The ferry is late again,’ a commuter said. ‘Every single day,’ he added.",
			[]string{"The ferry is late again,", "Every single day,"}},
		{"Danish guillemets", "Hun sagde: »Vi lukker fabrikken«, og så gik hun.",
			[]string{"Vi lukker fabrikken"}},
		{"Swedish guillemets", "Han sa: »Vi stänger fabriken», och gick.",
			[]string{"Vi stänger fabriken"}},
		// An opening glyph that closes.
		{"left double mark closes", "“The pool stays shut.“ said the manager. “Repairs take time,” she added.",
			[]string{"The pool stays shut.", "Repairs take time,"}},
		{"left single mark closes", "‘The ferry is late.‘ said a commuter, who called it ‘a farce’.",
			[]string{"The ferry is late.", "a farce"}},
		{"a right mark after a dash closes an open quote", "“We never—”The line went dead, the reporter said. “Hello?” she asked.",
			[]string{"We never—", "Hello?"}},
		// Between words or spaces, the pairing decides.
		{"marks between words", "The guard said”halt”. Then he said ”move”.", []string{"halt", "move"}},
		{"straight marks padded with spaces", `The coach said " we were robbed " and left.`, []string{"we were robbed"}},
		{"curly marks padded with spaces", "“ We were robbed ” the coach said.", []string{"We were robbed"}},
		// Multi-paragraph quotes.
		{"right marks reopen the next paragraph", "The mayor said: ”We will rebuild.\n\n”Every home will stand again.”",
			[]string{"We will rebuild. Every home will stand again."}},
		{"a closing mark before a space does not reopen", "The mayor said: “We will rebuild.\n\n” is how the speech began, aides said.", nil},
		// Stray marks must not cost the later quotes.
		{"stray right mark early in the block", "Sales rose” sharply, and the chief called it “a fluke” and “not a trend”.",
			[]string{"a fluke", "not a trend"}},
		{"inch marks are not quotes", "The 7” single and the 12” remix, the label said, were “selling fast”.",
			[]string{"selling fast"}},
		{"straight inch marks between numbers", `The 5"x7" print, she said, was "perfect" and "cheap".`,
			[]string{"perfect", "cheap"}},
		{"a straight mark after a digit still closes an open quote", `"We need 3" was all the coach said, and "no more".`,
			[]string{"We need 3", "no more"}},
		{"lone straight mark with nothing to pair", `The striker said " and nothing more.`, nil},
		// Apostrophes stay apostrophes.
		{"apostrophes around a right-mark quote", "The SNP’s whip said: ”We won’t back the ’90s rules.”",
			[]string{"We won’t back the ’90s rules."}},
		{"elisions are not openers", "’Tis the season, the grocer said of rock ’n’ roll and the ’80s, calling it ‘busy’.",
			[]string{"busy"}},
		{"plural possessive then a quote", "The nurses’ union called the offer ‘an insult’ on Friday.",
			[]string{"an insult"}},
		// Regular typography is unchanged.
		{"German low-high", "„Wir bleiben“, sagte sie, „und zwar hier.“", []string{"Wir bleiben", "und zwar hier."}},
		{"French guillemets", "Elle a dit : « Nous restons. » Puis « ici ».", []string{"Nous restons.", "ici"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(Article{ID: "t", Text: tt.text})
			checkQuotes(t, tt.text, qs)
			got := texts(qs)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestCloses(t *testing.T) {
	tests := []struct {
		open, close rune
		want        bool
	}{
		{'“', '”', true}, {'”', '”', true}, {'“', '“', true}, {'"', '”', true}, {'„', '“', true},
		{'“', '„', false}, {'‘', '’', true}, {'’', '’', true}, {'‘', '‚', false},
		{'«', '»', true}, {'»', '«', true}, {'»', '»', true}, {'「', '」', true},
		{'」', '「', false}, {'“', '’', false}, {'«', '”', false},
	}
	for _, tt := range tests {
		if got := closes(tt.open, tt.close); got != tt.want {
			t.Errorf("closes(%q, %q) = %v, want %v", tt.open, tt.close, got, tt.want)
		}
	}
}
