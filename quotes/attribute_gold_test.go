package quotes

import (
	"maps"
	"slices"
	"strings"
	"testing"
	"unicode"
)

// normQuoteText compares quote texts: whitespace collapsed, typographic
// apostrophes made plain.
func normQuoteText(s string) string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// speakerTokens turns a speaker name into its content words for loose
// comparison: lower case, possessive endings and typographic apostrophes
// removed, "United States"/"United Kingdom" spelled US/UK, and function
// words ("the", "in", "of", "and") dropped.
func speakerTokens(s string) map[string]bool {
	s = strings.ToLower(strings.NewReplacer("’", "'", "united states", "us", "united kingdom", "uk").Replace(strings.ToLower(s)))
	out := make(map[string]bool)
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }) {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
		switch w {
		case "", "the", "a", "an", "in", "of", "and", "for", "from":
			continue
		}
		out[w] = true
	}
	return out
}

// sameSpeaker is the matching rule of the gold test: one name's content
// words are all among the other's. "Chinese embassy" matches "Chinese
// embassy in the UK"; "Labour" matches "Labour Party"; "Oliver Dowden"
// does not match "Rishi Sunak".
func sameSpeaker(got, gold string) bool {
	a, b := speakerTokens(got), speakerTokens(gold)
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	sub := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return sub(a, b) || sub(b, a)
}

func TestSameSpeakerRule(t *testing.T) {
	cases := []struct {
		got, gold string
		want      bool
	}{
		{"The Chinese embassy in the UK", "Chinese embassy in the UK", true},
		{"Chinese Embassy", "Chinese embassy in the UK", true},
		{"Labour", "Labour Party", true},
		{"United States Attorney’s Office", "US Attorney's Office", true},
		{"parliament’s intelligence and security committee", "Intelligence and Security Committee of Parliament", true},
		{"Oliver Dowden", "Rishi Sunak", false},
		{"Tim Loughton", "Iain Duncan Smith, Tim Loughton and Stewart McDonald", true},
		{"", "Oliver Dowden", false},
	}
	for _, c := range cases {
		if got := sameSpeaker(c.got, c.gold); got != c.want {
			t.Errorf("sameSpeaker(%q, %q) = %v, want %v", c.got, c.gold, got, c.want)
		}
	}
}

// TestAttributeGold checks Extract+Attribute on the five seed articles: at
// least 95% of the gold's direct and partial quotes get the gold speaker,
// and no scare or title quote gets a speaker. Quotes are matched by text
// (whitespace-normalised), in document order for repeated texts.
func TestAttributeGold(t *testing.T) {
	byDoc := loadGold(t)
	docs := slices.Sorted(maps.Keys(byDoc))
	total, hit := 0, 0
	for _, doc := range docs {
		a := loadSeed(t, doc)
		qs := Attribute(a, Extract(a))
		used := make([]bool, len(qs))
		find := func(text string) *Quote {
			for i := range qs {
				if !used[i] && normQuoteText(qs[i].Text) == normQuoteText(text) {
					used[i] = true
					return &qs[i]
				}
			}
			return nil
		}
		for _, g := range byDoc[doc] {
			q := find(g.Text)
			switch g.Kind {
			case Direct, Partial:
				total++
				want := ""
				if g.Speaker != nil {
					want = *g.Speaker
				}
				switch {
				case q == nil:
					t.Logf("MISS %s #%d %q: not extracted (gold speaker %q)", doc, g.N, g.Text, want)
				case sameSpeaker(q.Speaker, want):
					hit++
				default:
					mention := ""
					if q.Mention != nil {
						mention = q.Mention.Text
					}
					t.Logf("MISS %s #%d %q: got %q (mention %q, cue %q, kind %s), gold %q", doc, g.N, attrShort(g.Text), q.Speaker, mention, q.Cue, q.Kind, want)
				}
			case Scare, Title:
				if q != nil && q.Speaker != "" {
					t.Errorf("%s #%d %q is %s in the gold but got speaker %q", doc, g.N, g.Text, g.Kind, q.Speaker)
				}
			}
		}
		// Every quote the extractor calls scare or title stays unattributed.
		for _, q := range qs {
			if (q.Kind == Scare || q.Kind == Title) && q.Speaker != "" {
				t.Errorf("%s: %s quote %q got speaker %q", doc, q.Kind, q.Text, q.Speaker)
			}
		}
	}
	t.Logf("attribution on the seeds: %d/%d direct+partial quotes carry the gold speaker (%.1f%%)", hit, total, 100*float64(hit)/float64(total))
	if total == 0 || hit*100 < total*95 {
		t.Errorf("attribution accuracy %d/%d is below 95%%", hit, total)
	}
}

func attrShort(s string) string {
	if len(s) > 60 {
		return s[:57] + "..."
	}
	return s
}
