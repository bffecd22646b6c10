package align

import (
	"fmt"
	"testing"
)

// TestResolveSpeakersGivenNameAcrossOutlets: a knight named only by title
// and given name in one outlet joins the full name in another, found by
// the name's first word.
func TestResolveSpeakersGivenNameAcrossOutlets(t *testing.T) {
	arts := attributedArticles([]string{"a", "b"}, []string{
		"The chancellor, Dame Harriet Osei, defended the budget. \"The sums add up,\" Dame Harriet Osei said.",
		"\"Every penny is accounted for,\" Dame Harriet said on Tuesday.",
	})
	sps := ResolveSpeakers(arts)
	for _, a := range arts {
		for _, q := range a.Quotes {
			if q.Speaker != "" && q.SpeakerID != "harriet-osei" {
				t.Errorf("%s: %q resolved to %q, want harriet-osei (speakers %+v)", a.Article.ID, q.Speaker, q.SpeakerID, sps)
			}
		}
	}
}

// BenchmarkResolveSpeakers: many articles with many people should cost
// about linear time (comparing each short name with every full name did
// not). A benchmark rather than a timed test, so a busy machine cannot
// fail the suite; compare the ns/op of the sizes: twenty times the
// articles should take about twenty times as long, not four hundred.
func BenchmarkResolveSpeakers(b *testing.B) {
	build := func(n int) []ArticleQuotes {
		ids := make([]string, n)
		texts := make([]string, n)
		for i := range texts {
			ids[i] = fmt.Sprintf("a%d", i)
			first, last := "Person"+base26(i), "Family"+base26(i*7+3)
			texts[i] = fmt.Sprintf("%s %s spoke to reporters. \"We expected more,\" Mr %s said.\n\n\"It is a good day,\" %s said.", first, last, last, last)
		}
		return attributedArticles(ids, texts)
	}
	for _, n := range []int{200, 4000} {
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			arts := build(n)
			for b.Loop() {
				ResolveSpeakers(arts)
			}
		})
	}
}

func base26(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		n /= 26
		if n == 0 {
			return s
		}
	}
}
