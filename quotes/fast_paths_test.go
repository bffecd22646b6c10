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

// TestLastWordsLowers checks that lastWords, which keeps a lower-case
// ASCII word as it is and lowers the others, gives every word in lower
// case, as the fields of the lowered text give them.
func TestLastWordsLowers(t *testing.T) {
	for _, s := range []string{
		"the mayor dismissed his", "Ann ROE, the Mayor of Elm", "José’s plan was",
		"said Kerr's aide", "a well-known critic", "",
	} {
		var buf [3]string
		got := lastWords(buf[:0], s)
		f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !isWordRune(r) && r != '-' && r != '\'' && r != '’'
		})
		want := f[max(len(f)-3, 0):]
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("lastWords(%q) = %q, want %q", s, got, want)
		}
	}
}
