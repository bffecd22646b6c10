package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAppendLower checks appendLower's ASCII copy-and-lower path and its
// rune path against strings.ToLower, keeping what the buffer held.
func TestAppendLower(t *testing.T) {
	for _, w := range []string{
		"", "roe", "Roe", "KERR", "O'Neill", "McKay-Smith", "x9Y",
		"José", "ÁLVAREZ", "Øre", "straße", "İstanbul", "Roe’s",
	} {
		got := string(appendLower([]byte("pre:"), w))
		want := "pre:" + strings.ToLower(w)
		if len(strings.ToLower(w)) != len(w) {
			// A rune whose lower case has another length stays as it is:
			// only the length is certain.
			want = ""
		}
		if !strings.HasPrefix(got, "pre:") || len(got) != 4+len(w) || want != "" && got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCountWordsUpTo checks the byte-wise ASCII steps of countWordsUpTo
// against a walk over runes, and the limit.
func TestCountWordsUpTo(t *testing.T) {
	for _, s := range []string{
		"", "Roe", "  Ann Roe said ", "don't stop", "well-known man", "a - b",
		"Ann Roe’s plan", "José Álvarez, 42, said", "’tis", "x-'y", "99 bottles",
	} {
		want := 0
		in := false
		for _, r := range s {
			w := r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRuneWide(r)
			if w && !in {
				want++
			}
			in = w || in && (r == '\'' || r == '’' || r == '-')
		}
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
		if got := countWordsUpTo(s, 2); got != min(want, 2) {
			t.Errorf("countWordsUpTo(%q, 2) = %d, want %d", s, got, min(want, 2))
		}
	}
}
