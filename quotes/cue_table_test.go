package quotes

import "testing"

// TestCueTableMatchesLexicon checks that lookupCue's table gives every
// form of cueLexicon its own entry, and nothing for other words.
func TestCueTableMatchesLexicon(t *testing.T) {
	for w, want := range cueLexicon {
		if w == "" {
			continue
		}
		if got, ok := lookupCue(w); !ok || got != want {
			t.Errorf("lookupCue(%q) = %+v, %v; want %+v", w, got, ok, want)
		}
	}
	for _, w := range []string{"bridge", "council", "the", "saidx", "sai"} {
		if _, ok := lookupCue(w); ok {
			t.Errorf("lookupCue(%q) found a cue", w)
		}
	}
}
