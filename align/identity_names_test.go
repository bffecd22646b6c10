package align

import (
	"reflect"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestPrepareKeepsNames: Prepare hands ResolveSpeakers the names from the
// analysis that attributed the quotes, so that resolving speakers across
// articles does not analyse each article a second time.
func TestPrepareKeepsNames(t *testing.T) {
	arts := []quotes.Article{
		{ID: "a", Text: "Council leader Maria Okafor defended the budget. \"The sums add up,\" Ms Okafor said."},
		{ID: "b", Text: "The river rose overnight."},
	}
	prepared, _ := Prepare(arts)
	if prepared[0].Names == nil {
		t.Fatalf("article a: no names kept")
	}
	if want := quotes.Names(arts[0], prepared[0].Quotes); !reflect.DeepEqual(prepared[0].Names, want) {
		t.Errorf("kept names %+v, want what quotes.Names gives: %+v", prepared[0].Names, want)
	}
	if len(prepared[1].Quotes) != 0 || prepared[1].Names != nil {
		t.Errorf("article b: %d quotes, names %+v; want none", len(prepared[1].Quotes), prepared[1].Names)
	}
}

// TestResolveSpeakersNameForms: outlets that write one person's name
// differently give one speaker; people who only share a surname stay two.
// The quotes carry their speakers already, so that the test is about
// resolution alone.
func TestResolveSpeakersNameForms(t *testing.T) {
	speakers := [][]string{
		{"Gerald P. Whitcombe"},
		{"Gerald Whitcombe", "Ann Roe"},
		{"Gerald Whitcomb", "Bob Roe", "Mr Whitcomb"},
		{"Roe", "Ms Delacroix-Núñez"},
		{"Ms Delacroix-Nunez"},
	}
	arts := make([]ArticleQuotes, len(speakers))
	for i, sps := range speakers {
		id := string(rune('a' + i))
		arts[i] = ArticleQuotes{Article: quotes.Article{ID: id}, Names: []quotes.Name{}}
		for j, sp := range sps {
			arts[i].Quotes = append(arts[i].Quotes, quotes.Quote{
				ID: id + "#" + string(rune('1'+j)), Article: id, Text: "We will see.", Kind: quotes.Direct,
				Speaker: sp, SpeakerKind: "person", Parent: -1,
			})
		}
	}
	ResolveSpeakers(arts)
	id := func(art, q int) string { return arts[art].Quotes[q].SpeakerID }
	g := id(0, 0)
	for _, ref := range [][2]int{{1, 0}, {2, 0}, {2, 2}} {
		if id(ref[0], ref[1]) != g {
			t.Errorf("%q has id %q, want %q as %q", arts[ref[0]].Quotes[ref[1]].Speaker, id(ref[0], ref[1]), g, "Gerald P. Whitcombe")
		}
	}
	if g != "gerald-p-whitcombe" {
		t.Errorf("Whitcombe's id %q, want the fullest name's slug", g)
	}
	ann, bob, roe := id(1, 1), id(2, 1), id(3, 0)
	if ann == bob || roe == ann || roe == bob {
		t.Errorf("Ann Roe %q, Bob Roe %q, Roe %q: want three", ann, bob, roe)
	}
	if id(3, 1) != id(4, 0) || id(3, 1) != "ms-delacroix-nunez" {
		t.Errorf("accented and plain spellings: %q and %q, want one", id(3, 1), id(4, 0))
	}
}
