package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// withQuoteText returns the fixture with one quote's text, and the words
// of the first diff, replaced by s: the way untrusted article text reaches
// the renderers.
func withQuoteText(s string) *Report {
	r := fixtureReport(CommandCheck)
	r.MinSeverity = align.Info // show the cluster that holds the quote
	r.Result.Articles[0].Quotes[5].Text = s
	r.Result.Clusters[0].Findings[0].Diff[1].Text = s
	r.Result.Clusters[0].Variants[1].Diff[2].Text = s
	return r
}

var fuzzSeeds = []string{
	"<script>alert(1)</script>", "a|b", "line\nbreak", "`code` *em* ~~s~~ [l](u)",
	"\\|", "&amp; &lt;", "</td></tr><tr><td>", "\x1b[31mred", "“curly” ‘single’ «guillemets»",
	"<!--", "]]>", "%0A%", "::error::x",
}

// FuzzMarkdownCell: whatever a quote says, the Markdown stays one table
// with the same shape.
func FuzzMarkdownCell(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	want := len(fixtureResult().Clusters) + 1
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		var buf bytes.Buffer
		rd, _ := New("markdown", &buf)
		if err := rd.Render(withQuoteText(s)); err != nil {
			t.Fatal(err)
		}
		rows := mdTable(t, buf.Bytes())
		if len(rows) != want {
			t.Fatalf("%d rows, want %d:\n%s", len(rows), want, buf.String())
		}
		for _, r := range rows {
			if len(r) != 4 {
				t.Fatalf("row with %d cells:\n%s", len(r), buf.String())
			}
		}
	})
}

// FuzzHTMLText: whatever a quote says, the page's element structure does
// not change and no script element appears.
func FuzzHTMLText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	shape := func(page []byte) (string, error) {
		doc, err := html.Parse(bytes.NewReader(page))
		if err != nil {
			return "", err
		}
		var b strings.Builder
		walk(doc, func(n *html.Node) {
			if n.Type == html.ElementNode {
				b.WriteString(n.Data + " ")
			}
		})
		return b.String(), nil
	}
	var ref bytes.Buffer
	rd, _ := New("html", &ref)
	if err := rd.Render(withQuoteText("plain words")); err != nil {
		f.Fatal(err)
	}
	want, err := shape(ref.Bytes())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.TrimSpace(s) == "" {
			return // an empty diff op is dropped, which changes the shape legitimately
		}
		var buf bytes.Buffer
		rd, _ := New("html", &buf)
		if err := rd.Render(withQuoteText(s)); err != nil {
			t.Fatal(err)
		}
		got, err := shape(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("quote text %q changed the page's elements:\n got %s\nwant %s", s, got, want)
		}
	})
}

// FuzzGithubCommand: whatever a path or quote says, each finding stays one
// workflow command on one line with the properties it was given.
func FuzzGithubCommand(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, text, path string) {
		r := withQuoteText(text)
		r.Result.Articles[1].Article.Path = path
		var buf bytes.Buffer
		rd, _ := New("github", &buf)
		if err := rd.Render(r); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
		if len(lines) != 7 {
			t.Fatalf("%d lines, want 7:\n%s", len(lines), buf.String())
		}
		for _, l := range lines {
			_, rest, _ := strings.Cut(l, " ")
			props, _, ok := strings.Cut(rest, "::")
			if !ok || strings.ContainsAny(props, "\r\n") {
				t.Fatalf("broken command %q", l)
			}
			if n := len(strings.Split(props, ",")); n != 4 {
				t.Fatalf("%d properties in %q", n, l)
			}
		}
	})
}

// bigResult makes a result of n articles that all quote the same
// speakers, with a cluster per quote slot: enough to time the renderers.
func bigResult(n int) align.Result {
	var res align.Result
	const slots = 40
	for a := 0; a < n; a++ {
		id := fmt.Sprintf("art%03d", a)
		var text strings.Builder
		aq := align.ArticleQuotes{}
		for s := 0; s < slots; s++ {
			q := fmt.Sprintf("We will publish figure %d for every region, and we will not delay it again.", s)
			text.WriteString("The minister said: \"")
			start := text.Len()
			text.WriteString(q)
			aq.Quotes = append(aq.Quotes, quotes.Quote{
				ID: fmt.Sprintf("%s#%d", id, s+1), Article: id, Text: q,
				Start: start, End: start + len(q), Line: s + 1, Column: 21, Kind: quotes.Direct,
				Speaker: "Jane Holt", SpeakerID: "jane-holt", Cue: "said",
			})
			text.WriteString("\"\n")
		}
		aq.Article = quotes.Article{ID: id, Path: id + ".txt", Outlet: "Outlet " + id, Text: text.String()}
		res.Articles = append(res.Articles, aq)
	}
	res.Speakers = []align.Speaker{{ID: "jane-holt", Name: "Jane Holt", Kind: "person"}}
	for s := 0; s < slots; s++ {
		c := align.Cluster{ID: fmt.Sprintf("c%d", s+1), SpeakerID: "jane-holt", Verdict: align.WordingAltered}
		for a := 0; a < n; a++ {
			c.Quotes = append(c.Quotes, fmt.Sprintf("art%03d#%d", a, s+1))
			if a > 0 {
				c.Findings = append(c.Findings, align.Finding{
					Verdict: align.WordingAltered, Severity: align.Error, A: c.Quotes[0], B: c.Quotes[a],
					Diff: []align.Op{{Op: "equal", Text: "We will publish"}, {Op: "delete", Text: "figure"},
						{Op: "insert", Text: "number"}, {Op: "equal", Text: "for every region, and we will not delay it again."}},
				})
			}
		}
		res.Clusters = append(res.Clusters, c)
	}
	return res
}

// BenchmarkRender times each format over 10 articles × 40 quotes; MB/s
// is output bytes.
func BenchmarkRender(b *testing.B) {
	res := bigResult(10)
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			r := &Report{Result: res, Command: CommandCheck, ExitCode: 1}
			var buf bytes.Buffer
			rd, _ := New(format, &buf)
			if err := rd.Render(r); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				buf.Reset()
				if err := rd.Render(r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBigResultJSON keeps the benchmark's input honest: it must be a
// valid report.
func TestBigResultJSON(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(render(t, "json", &Report{Result: bigResult(3), Command: CommandCheck}), &doc); err != nil {
		t.Fatal(err)
	}
	if n := len(doc["clusters"].([]any)); n != 40 {
		t.Errorf("%d clusters, want 40", n)
	}
}
