package quotes

import "testing"

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
