package align

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// withinPairwise is the definition unionWithinArticles must match: every
// pair of one article's quotes compared.
func withinPairwise(qs []*qinfo, uf *unionFind) {
	for i := 0; i < len(qs); i++ {
		for j := i + 1; j < len(qs) && qs[j].art == qs[i].art; j++ {
			if sameArticleVersions(qs[i], qs[j]) {
				uf.union(i, j)
			}
		}
	}
}

// randomArticleQuotes builds articles of short quotes over a tiny
// vocabulary, so that repeats, runs inside longer quotes, compatible and
// clashing speakers and quoted terms all occur often.
func randomArticleQuotes(r *rand.Rand) []*qinfo {
	words := strings.Fields("the plan will fail we cannot wait a disaster for all of us")
	speakers := []string{"", "", "oliver-dowden", "dowden", "uk", "uk-government", "government", "iain-duncan-smith", "jane-roe"}
	kinds := []quotes.Kind{quotes.Direct, quotes.Direct, quotes.Partial, quotes.Scare, quotes.Title}
	var qs []*qinfo
	for art := range 1 + r.Intn(3) {
		for range r.Intn(40) {
			n := 1 + r.Intn(6)
			ws := make([]string, n)
			for i := range ws {
				ws[i] = words[r.Intn(len(words))]
			}
			q := &quotes.Quote{Text: strings.Join(ws, " "), Kind: kinds[r.Intn(len(kinds))]}
			in := &qinfo{art: art, q: q, toks: tokenize(q.Text), speaker: speakers[r.Intn(len(speakers))]}
			for _, t := range in.toks {
				if !t.Stop {
					in.content++
				}
			}
			qs = append(qs, in)
		}
	}
	return qs
}

func partition(uf *unionFind, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = uf.find(i)
	}
	return out
}

func TestUnionWithinArticlesMatchesPairwise(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for trial := range 3000 {
		qs := randomArticleQuotes(r)
		want, got := newUnionFind(len(qs)), newUnionFind(len(qs))
		withinPairwise(qs, want)
		unionWithinArticles(qs, got)
		if w, g := partition(want, len(qs)), partition(got, len(qs)); !slices.Equal(w, g) {
			for i, q := range qs {
				t.Logf("%d art %d %q speaker %q kind %s: want root %d, got %d", i, q.art, q.q.Text, q.speaker, q.q.Kind, w[i], g[i])
			}
			t.Fatalf("trial %d: clusters differ from the pairwise comparison", trial)
		}
	}
}

// BenchmarkUnionWithinArticles: a long article of short quotes that
// repeat, as in a paragraph packed with marks, should cost about linear
// time: ten times the quotes about ten times the ns/op, where all pairs
// would be a hundred. A benchmark, not a timed test, so a loaded machine
// cannot fail the suite.
func BenchmarkUnionWithinArticles(b *testing.B) {
	build := func(n int) []*qinfo {
		units := []string{"a", "c", "d", "the plan will fail", "we cannot wait", "plan will"}
		qs := make([]*qinfo, n)
		for i := range qs {
			q := &quotes.Quote{Text: units[i%len(units)], Kind: quotes.Direct}
			qs[i] = &qinfo{q: q, toks: tokenize(q.Text)}
			for _, t := range qs[i].toks {
				if !t.Stop {
					qs[i].content++
				}
			}
		}
		return qs
	}
	for _, n := range []int{20_000, 200_000} {
		b.Run(fmt.Sprintf("quotes=%d", n), func(b *testing.B) {
			qs := build(n)
			for b.Loop() {
				unionWithinArticles(qs, newUnionFind(len(qs)))
			}
		})
	}
}
