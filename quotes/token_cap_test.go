package quotes

import (
	"os"
	"path/filepath"
	"testing"
)

// TestTokenCapHoldsTestdata checks that the token slice is sized from the
// start for the sample articles: none outgrows tokenCap, so none is copied
// while it is tokenised.
func TestTokenCapHoldsTestdata(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*.txt"))
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*", "*.txt"))
	paths = append(paths, more...)
	if len(paths) == 0 {
		t.Fatal("no testdata articles")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := Article{ID: p, Text: string(b)}
		d := &analysis{text: a.Text, qs: Extract(a)}
		want := tokenCap(len(d.text), d.quoteRegions())
		d.tokenize()
		if len(d.toks) > want {
			t.Errorf("%s: %d tokens, tokenCap %d", p, len(d.toks), want)
		}
	}
}
