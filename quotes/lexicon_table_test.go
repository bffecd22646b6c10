package quotes

import "testing"

// The open-addressed table must answer exactly what the lexicon map holds.
func TestLexiconTableMatchesMap(t *testing.T) {
	if len(wordLexicon) >= 1<<16-1 {
		t.Fatalf("%d lexicon words overflow the table's 16-bit index", len(wordLexicon))
	}
	for w, fl := range wordLexicon {
		if got := lexiconLookup(&lexiconTable, w); got != fl {
			t.Errorf("lookup(%q) = %b, want %b", w, got, fl)
		}
		if got := lexiconLookup(&lexiconTable, []byte(w)); got != fl {
			t.Errorf("lookup([]byte(%q)) = %b, want %b", w, got, fl)
		}
	}
	for _, w := range []string{"zzyzx", "harbour", "quotecheck", "saidd", "x", "ab", "the-"} {
		if _, in := wordLexicon[w]; in {
			continue
		}
		if got := lexiconLookup(&lexiconTable, w); got != 0 {
			t.Errorf("lookup(%q) = %b, want 0 for a word not in the lexicon", w, got)
		}
	}
}

// Probe runs stay short, or the table is no faster than the map it replaced.
func TestLexiconTableProbes(t *testing.T) {
	probes := 0
	for w := range wordLexicon {
		for i := hashWord(w) & lexiconTable.mask; ; i = (i + 1) & lexiconTable.mask {
			probes++
			if x := lexiconTable.index[i]; x != 0 && lexiconTable.words[x-1] == w {
				break
			}
		}
	}
	if avg := float64(probes) / float64(len(wordLexicon)); avg > 1.6 {
		t.Errorf("average probes per hit = %.2f over %d words, want <= 1.6", avg, len(wordLexicon))
	}
}

// TestCueFormsFlagged guards lookupCue's shortcut: every cue form must
// carry fCue in the word lexicon, or lookupCue would miss it.
func TestCueFormsFlagged(t *testing.T) {
	for _, w := range CueForms() {
		if lookupWord(w)&fCue == 0 {
			t.Errorf("cue form %q has no fCue in the word lexicon", w)
		}
		if _, ok := lookupCue(w); !ok {
			t.Errorf("lookupCue(%q) misses a cue form", w)
		}
	}
}

// packWord's overlapping loads must give what packing byte by byte gives,
// at every length it is used for.
func TestPackWord(t *testing.T) {
	slow := func(w string) uint64 {
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		return x
	}
	for _, w := range []string{"", "a", "of", "the", "said", "roe's", "quoted", "harbour", "spokeman", "é", "naïve", "\xff\x01\x80"} {
		if got, want := packWord(w), slow(w); got != want {
			t.Errorf("packWord(%q) = %#x, want %#x", w, got, want)
		}
		if got, want := packWord([]byte(w)), slow(w); got != want {
			t.Errorf("packWord([]byte(%q)) = %#x, want %#x", w, got, want)
		}
	}
}
