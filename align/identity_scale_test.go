package align

import (
	"fmt"
	"testing"
	"time"
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

// TestResolveSpeakersScales: many articles with many people cost about
// linear time; comparing each short name with every full name did not.
func TestResolveSpeakersScales(t *testing.T) {
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
	timeOf := func(n int) time.Duration {
		arts := build(n)
		start := time.Now()
		ResolveSpeakers(arts)
		return time.Since(start)
	}
	small, large := timeOf(200), timeOf(4000)
	t.Logf("200 articles: %v, 4000: %v", small, large)
	// Twenty times the articles: linear is twenty times the time,
	// quadratic four hundred.
	if large > 100*small+100*time.Millisecond {
		t.Errorf("200 articles: %v, 4000: %v: worse than linear", small, large)
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
