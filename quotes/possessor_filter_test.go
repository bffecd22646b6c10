package quotes

import (
	"strings"
	"testing"
)

// TestMayHavePossessor checks the cheap pre-test of possessiveClaim: it
// must say yes wherever lastWords could yield a possessorWord, or the
// quote's kind would change.
func TestMayHavePossessor(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"the mayor dismissed his", true},
		{"HER", true},
		{"Their latest claim that the bridge was", true},
		{"and İTS", true},
		{"the council's plan for", true},
		{"the council’s plan for", true},
		{"the teachers' demand for", true},
		{"the mayor dismissed the claim that the bridge was", false},
		{"a group called", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := mayHavePossessor(tt.s); got != tt.want {
			t.Errorf("mayHavePossessor(%q) = %v, want %v", tt.s, got, tt.want)
		}
		// Where a possessor word is among the last words, the filter
		// must pass the text on.
		var buf [8]string
		for _, w := range lastWords(buf[:0], tt.s) {
			if possessorWord(w) && !mayHavePossessor(tt.s) {
				t.Errorf("mayHavePossessor(%q) = false, but %q is a possessor", tt.s, w)
			}
		}
	}
}

// TestLastClauseBreak checks the byte scan against the rune search it
// replaces, on clean text, on marks of every kind and on broken UTF-8.
func TestLastClauseBreak(t *testing.T) {
	tests := []string{
		"",
		"the mayor dismissed his",
		"After the vote, the mayor dismissed his",
		"The plan (a draft) was called",
		"She said: the claim that",
		"The report — released on Monday — called it",
		"From 2019–2021 the council's",
		"“We will win” was her",
		"the vote; his",
		"a café’s owner, whose",
		"broken \xe2\x80 tail",
		"stray \x80\x94 bytes",
		"half \xe2\x80\x94\x80 mark",
		"ends in a mark \xe2\x80\x9d",
	}
	for _, s := range tests {
		if got, want := lastClauseBreak(s), strings.LastIndexAny(s, ",;:()—–\"“”"); got != want {
			t.Errorf("lastClauseBreak(%q) = %d, want %d", s, got, want)
		}
	}
}
