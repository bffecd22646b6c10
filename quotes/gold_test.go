package quotes

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goldQuote is one line of testdata/gold/seeds-quotes.jsonl.
type goldQuote struct {
	Doc     string  `json:"doc"`
	N       int     `json:"n"`
	Text    string  `json:"text"`
	Kind    Kind    `json:"kind"`
	Speaker *string `json:"speaker"`
	Mention *string `json:"speaker_mention"`
	Cluster *string `json:"cluster"`
}

func loadGold(t testing.TB) map[string][]goldQuote {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "testdata", "gold", "seeds-quotes.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold := map[string][]goldQuote{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g goldQuote
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("gold line %q: %v", sc.Text(), err)
		}
		gold[g.Doc] = append(gold[g.Doc], g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gold
}

// loadSeed reads one seed article from testdata/sanctions.
func loadSeed(t testing.TB, doc string) Article {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "sanctions", doc))
	if err != nil {
		t.Fatal(err)
	}
	return Article{ID: strings.TrimSuffix(doc, ".txt"), Path: doc, Text: string(b)}
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// matchGold pairs each gold span with an extracted quote of the same text
// (after whitespace normalisation), in document order.
func matchGold(gold []goldQuote, got []Quote) (pairs map[int]int, extra []Quote) {
	pairs = map[int]int{}
	used := make([]bool, len(got))
	for gi, g := range gold {
		for qi, q := range got {
			if !used[qi] && normSpace(q.Text) == normSpace(g.Text) {
				used[qi] = true
				pairs[gi] = qi
				break
			}
		}
	}
	for qi, q := range got {
		if !used[qi] {
			extra = append(extra, q)
		}
	}
	return pairs, extra
}

// TestExtractGold measures extraction against the hand-checked gold spans
// of the five seed articles.
func TestExtractGold(t *testing.T) {
	gold := loadGold(t)
	var total, matched, extras, kindOK int
	for doc, gs := range gold {
		got := Extract(loadSeed(t, doc))
		pairs, extra := matchGold(gs, got)
		total += len(gs)
		matched += len(pairs)
		extras += len(extra)
		for gi, g := range gs {
			qi, ok := pairs[gi]
			if !ok {
				t.Logf("missed %s n%d: %q", doc, g.N, g.Text)
				continue
			}
			if got[qi].Kind == g.Kind {
				kindOK++
			} else {
				t.Logf("kind %s n%d %q: got %s, gold %s", doc, g.N, g.Text, got[qi].Kind, g.Kind)
			}
		}
		for _, q := range extra {
			t.Logf("extra %s: %q", q.ID, q.Text)
		}
	}
	t.Logf("spans: %d/%d matched, %d extra; kinds: %d/%d", matched, total, extras, kindOK, matched)
	if total != 116 {
		t.Fatalf("gold has %d spans, want 116", total)
	}
	if matched < 113 {
		t.Errorf("matched %d of %d gold spans, want at least 113", matched, total)
	}
	if extras > 3 {
		t.Errorf("%d extra spans, want at most 3", extras)
	}
	if float64(kindOK) < 0.85*float64(matched) {
		t.Errorf("kind right for %d of %d matched spans, want at least 85%%", kindOK, matched)
	}
}
