package baseline

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// bigResult is a run over many articles: n clusters of two versions, each
// with one wording-altered finding.
func bigResult(n int) (align.Result, int) {
	var res align.Result
	a := align.ArticleQuotes{Article: quotes.Article{ID: "a"}}
	bb := align.ArticleQuotes{Article: quotes.Article{ID: "b"}}
	size := 0
	for i := range n {
		ta := fmt.Sprintf("Figure %d shows the scheme has cost more than twice what ministers promised.", i)
		tb := fmt.Sprintf("Figure %d shows the scheme cost over twice what ministers had promised.", i)
		size += len(ta) + len(tb)
		a.Quotes = append(a.Quotes, quotes.Quote{ID: fmt.Sprintf("a#%d", i+1), Text: ta})
		bb.Quotes = append(bb.Quotes, quotes.Quote{ID: fmt.Sprintf("b#%d", i+1), Text: tb})
		res.Clusters = append(res.Clusters, align.Cluster{
			ID: fmt.Sprintf("c%d", i), SpeakerID: "auditor", Quotes: []string{a.Quotes[i].ID, bb.Quotes[i].ID},
			Verdict:  align.WordingAltered,
			Findings: []align.Finding{{Verdict: align.WordingAltered, Severity: align.Error, A: a.Quotes[i].ID, B: bb.Quotes[i].ID}},
		})
	}
	res.Articles = []align.ArticleQuotes{a, bb}
	return res, size
}

func BenchmarkFilter(b *testing.B) {
	res, size := bigResult(10000)
	bl, err := LoadBytes("b.json", mustEncode(b, res))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, n := bl.Filter(res); n != 10000 {
			b.Fatalf("suppressed %d", n)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	res, _ := bigResult(10000)
	data := mustEncode(b, res)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBytes("b.json", data); err != nil {
			b.Fatal(err)
		}
	}
}

func mustEncode(b *testing.B, res align.Result) []byte {
	var buf bytes.Buffer
	if err := Encode(&buf, res); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}
