package align

import (
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

func FuzzDiff(f *testing.F) {
	f.Add("gun fight with a wooden spoon", "weapon battle with a wood spoon")
	f.Add("", "")
	f.Add("state-affiliated actors", "Chinese state-affiliated actors were responsible")
	f.Add("it’s the ‘colour’ of 2024’s …", "It's the color")
	f.Add("- -- ' ’ \x00 \xff", "a-b-c d'e")
	f.Fuzz(func(t *testing.T, a, b string) {
		ops := Diff(a, b)
		// Deletes and equals spell out a's words, inserts and equals b's.
		var fromA, fromB int
		for _, o := range ops {
			n := len(tokenize(o.Text))
			switch o.Op {
			case "equal":
				fromA += n
				fromB += n
			case "delete":
				fromA += n
			case "insert":
				fromB += n
			default:
				t.Fatalf("unknown op %q", o.Op)
			}
		}
		if fromA != len(tokenize(a)) || fromB != len(tokenize(b)) {
			t.Errorf("Diff(%q, %q) = %v: covers %d/%d words, want %d/%d", a, b, ops, fromA, fromB, len(tokenize(a)), len(tokenize(b)))
		}
	})
}

// FuzzCheck builds two articles whose quotes are cut at offsets taken from
// the input, valid or not, and checks that Check neither panics nor loses
// a quote.
func FuzzCheck(f *testing.F) {
	f.Add(`The minister said the plan was "a reckless gamble". "We will act," she said.`, `She called it "a careless gamble" and said: "We will act".`, []byte{31, 48, 50, 61, 15, 31}, "Ann Lee")
	f.Add("", "x", []byte{0, 0, 255, 1}, "")
	f.Add("‘‘’’ “ ” …", "\xff\xfe", []byte{1, 200, 7, 3, 3, 3}, "a-and-b")
	f.Fuzz(func(t *testing.T, text1, text2 string, cuts []byte, speaker string) {
		texts := []string{text1, text2}
		var arts []ArticleQuotes
		total := 0
		for ai, text := range texts {
			id := []string{"a1", "a2"}[ai]
			aq := ArticleQuotes{Article: quotes.Article{ID: id, Text: text}}
			for k := ai * 2; k+1 < len(cuts); k += 4 {
				start, end := int(cuts[k])-8, int(cuts[k+1])
				q := quotes.Quote{ID: id + "#" + itoa(len(aq.Quotes)+1), Article: id, Start: start, End: end, Parent: -1, Kind: quotes.Partial}
				if start >= 0 && start <= end && end <= len(text) {
					q.Text = text[start:end]
				} else {
					q.Text = strings.Repeat("word ", int(cuts[k])%5)
				}
				if cuts[k]%3 == 0 {
					q.Kind = quotes.Scare
				} else if cuts[k]%3 == 1 {
					q.Speaker, q.SpeakerID = speaker, slug(speaker)
				}
				aq.Quotes = append(aq.Quotes, q)
			}
			total += len(aq.Quotes)
			arts = append(arts, aq)
		}
		res := Check(arts, nil, DefaultOptions())
		seen := 0
		for _, c := range res.Clusters {
			seen += len(c.Quotes)
			if c.Verdict == "" {
				t.Errorf("cluster %s has no verdict", c.ID)
			}
			for _, f := range c.Findings {
				if f.BSpan != nil && (f.BSpan.Start < 0 || f.BSpan.End > len(texts[1]) && f.BSpan.End > len(texts[0])) {
					t.Errorf("span out of range: %+v", f.BSpan)
				}
			}
		}
		if seen != total {
			t.Errorf("%d quotes in clusters, want %d", seen, total)
		}
	})
}
