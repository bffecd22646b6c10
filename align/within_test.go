package align

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestCandidatesComplete: the prefix filter proposes every pair of units
// that shares enough words, however common the words: the same pairs as
// comparing every pair. Words are drawn with a skew, so some are held by
// most units, as stock words are in a large corpus.
func TestCandidatesComplete(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	vocab := strings.Fields("budget council harbour ferry strike union wages nurses winter flood bridge tunnel school teachers exams pension tax rates")
	pick := func() string {
		// word k is drawn with weight 1/(k+1)
		x := r.Float64() * 3.5
		for k := range vocab {
			x -= 1 / float64(k+1)
			if x <= 0 {
				return vocab[k]
			}
		}
		return vocab[len(vocab)-1]
	}
	for round := range 20 {
		c := newSimCache()
		var qs []*qinfo
		var us []unit
		for i := range 60 {
			ws := make([]string, 1+r.Intn(12))
			for k := range ws {
				ws[k] = pick()
			}
			ctx := []string{pick(), pick(), pick()}
			q := &qinfo{art: i % 4, q: &quotes.Quote{Text: strings.Join(ws, " ")}, toks: tokenize(strings.Join(ws, " ")), left: tokenize(strings.Join(ctx, " "))}
			c.intern(q.toks)
			c.intern(q.left)
			for _, tk := range q.toks {
				if !tk.Stop {
					q.content++
				}
			}
			qs = append(qs, q)
			us = append(us, unit{rep: i, arts: 1, art: q.art, words: distinctContent(q.toks), ctx: distinctContent(q.left)})
		}
		got := candidates(us, qs, len(c.ids))
		var want [][2]int32
		for p := range us {
			for q := p + 1; q < len(us); q++ {
				s, l := p, q
				if len(qs[q].toks) < len(qs[p].toks) {
					s, l = q, p
				}
				tt := textThreshold(qs[s])
				if len(qs[p].toks) == len(qs[q].toks) {
					tt = min(tt, textThreshold(qs[l]))
				}
				if sharedIDs(us[p].words, us[q].words) >= tt || sharedIDs(us[p].ctx, us[q].ctx) >= contextThreshold {
					want = append(want, [2]int32{int32(p), int32(q)})
				}
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("round %d: pair %v (%q / %q) not proposed", round, w, qs[w[0]].q.Text, qs[w[1]].q.Text)
			}
		}
		if len(got) != len(want) {
			t.Errorf("round %d: %d pairs proposed, %d share enough words", round, len(got), len(want))
		}
	}
}

func sharedIDs(a, b []int32) int {
	n := 0
	for _, x := range a {
		if slices.Contains(b, x) {
			n++
		}
	}
	return n
}

// TestCheckRepeatWithinArticle: a part of a long quote repeated word for
// word in the same article by the same speaker is one utterance with it,
// and yields no finding (it is not a divergence between outlets).
func TestCheckRepeatWithinArticle(t *testing.T) {
	arts := buildArticles(t,
		spec{`The headteacher said: "⟦We have lost three teachers this term and the exam results will suffer for it.⟧" She added that the results "⟦will suffer for it⟧".`, []string{"Ann Hale", "Ann Hale"}},
		spec{`Ann Hale said: "⟦We have lost three teachers this term and the exam results will suffer for it.⟧"`, []string{"Ann Hale"}},
	)
	res := Check(arts, nil, DefaultOptions())
	c := clusterOf(res, "a1#2")
	if c == nil || !slices.Contains(c.Quotes, "a1#1") || !slices.Contains(c.Quotes, "a2#1") {
		t.Fatalf("repeat not with its long quote: %+v", res.Clusters)
	}
	if len(c.Findings) != 0 || c.Verdict != Identical {
		t.Errorf("findings %+v, verdict %s: want none, identical", c.Findings, c.Verdict)
	}
}
