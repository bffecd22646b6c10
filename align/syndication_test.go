package align

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// The sample story, extracted and attributed once for every syndication
// test: copies are made from it in memory.
var (
	sampleOnce     sync.Once
	samplePrepared []ArticleQuotes
	sampleSpeakers []Speaker
)

func sampleStory(t testing.TB) ([]ArticleQuotes, []Speaker) {
	t.Helper()
	arts := loadSeedArticles(t)
	sampleOnce.Do(func() { samplePrepared, sampleSpeakers = Prepare(arts) })
	return samplePrepared, sampleSpeakers
}

// syndicate copies an article as carried by another outlet: same text and
// quotes, new article ID and outlet.
func syndicate(a ArticleQuotes, id, outlet string) ArticleQuotes {
	out := ArticleQuotes{Article: a.Article, Quotes: slices.Clone(a.Quotes)}
	out.Article.ID, out.Article.Outlet = id, outlet
	for i := range out.Quotes {
		out.Quotes[i].ID = fmt.Sprintf("%s#%d", id, i+1)
		out.Quotes[i].Article = id
	}
	return out
}

// alter changes one word of quote qi in a copy, as a sub-editor might: its
// longest word, spelled backwards (same length, so offsets hold). It
// returns the copy and the quote's ID.
func alter(t testing.TB, a ArticleQuotes, qi int) (ArticleQuotes, string) {
	t.Helper()
	q := &a.Quotes[qi]
	var long token
	for _, tk := range tokenize(q.Text) {
		if len(tk.Orig) > len(long.Orig) && !tk.Stop {
			long = tk
		}
	}
	if len(long.Orig) < 4 {
		t.Fatalf("quote %s has no word to alter", q.ID)
	}
	r := []rune(long.Orig)
	slices.Reverse(r)
	at := strings.Index(a.Article.Text[q.Start:q.End], long.Orig)
	if at < 0 {
		t.Fatalf("quote %s: %q not at its offsets", q.ID, long.Orig)
	}
	at += q.Start
	a.Article.Text = a.Article.Text[:at] + string(r) + a.Article.Text[at+len(long.Orig):]
	q.Text = q.Text[:long.Start] + string(r) + q.Text[long.End:]
	return a, q.ID
}

// longestDirect is the index of the article's longest direct quote with a
// speaker: one that other outlets are sure to carry.
func longestDirect(a ArticleQuotes) int {
	best := -1
	for i, q := range a.Quotes {
		if q.Kind == quotes.Direct && q.SpeakerID != "" && (best < 0 || len(q.Text) > len(a.Quotes[best].Text)) {
			best = i
		}
	}
	return best
}

// findingOn returns the finding whose deviating version holds quote id.
func findingOn(res Result, id string) (Finding, bool) {
	for _, c := range res.Clusters {
		for _, v := range c.Variants {
			if !slices.Contains(v.Quotes, id) {
				continue
			}
			for _, f := range c.Findings {
				if f.Variant == v.ID {
					return f, true
				}
			}
		}
	}
	return Finding{}, false
}

// TestSyndicationAlterations: a wire story carried by 500 outlets, plus
// three outlets that each altered one quote. Each alteration is an error
// naming its outlet alone, and the run fails.
func TestSyndicationAlterations(t *testing.T) {
	base, speakers := sampleStory(t)
	var arts []ArticleQuotes
	for c := range 500 {
		for _, a := range base {
			arts = append(arts, syndicate(a, fmt.Sprintf("c%03d-%s", c, a.Article.ID[:3]), fmt.Sprintf("Wire client %03d", c)))
		}
	}
	var altered []string
	for k := range 3 {
		a := base[[]int{0, 3, 4}[k]]
		cp := syndicate(a, fmt.Sprintf("alt%d", k), fmt.Sprintf("Altering outlet %d", k))
		cp, id := alter(t, cp, longestDirect(cp))
		arts = append(arts, cp)
		altered = append(altered, id)
	}
	res := Check(arts, speakers, DefaultOptions())
	for k, id := range altered {
		f, ok := findingOn(res, id)
		if !ok {
			t.Errorf("alteration %s: no finding", id)
			continue
		}
		if f.Severity != Error || f.Verdict != WordingAltered {
			t.Errorf("alteration %s: %s (%s), want wording-altered error", id, f.Verdict, f.Severity)
		}
		if want := []string{fmt.Sprintf("Altering outlet %d", k)}; !slices.Equal(f.Outlets, want) {
			t.Errorf("alteration %s: outlets %v, want %v", id, f.Outlets, want)
		}
	}
	if !res.HasFinding(Error) {
		t.Error("no error: the run would exit 0")
	}
	// Copies cost nothing: the comparisons are those of one copy of the
	// story and its three altered quotes.
	one := Check(base, speakers, DefaultOptions())
	if res.Stats.Comparisons > one.Stats.Comparisons+30 {
		t.Errorf("%d comparisons for 500 copies, %d for one", res.Stats.Comparisons, one.Stats.Comparisons)
	}
	t.Logf("comparisons: one copy %d, 500 copies and 3 altered %d", one.Stats.Comparisons, res.Stats.Comparisons)
}

// TestSyndicationOneAlteredAmongMany: 256 identical copies of one article
// and one copy with a quote altered: the alteration is the only error.
func TestSyndicationOneAlteredAmongMany(t *testing.T) {
	base, speakers := sampleStory(t)
	a := base[0]
	var arts []ArticleQuotes
	for c := range 256 {
		arts = append(arts, syndicate(a, fmt.Sprintf("c%03d", c), fmt.Sprintf("Wire client %03d", c)))
	}
	cp, id := alter(t, syndicate(a, "alt", "Altering outlet"), longestDirect(a))
	arts = append(arts, cp)
	res := Check(arts, speakers, DefaultOptions())
	var errs []Finding
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			if f.Severity == Error {
				errs = append(errs, f)
			}
		}
	}
	if len(errs) != 1 || errs[0].A != id || !slices.Equal(errs[0].Outlets, []string{"Altering outlet"}) {
		t.Fatalf("errors %+v, want one on %s by the altering outlet", errs, id)
	}
	if !res.HasFinding(Error) {
		t.Error("no error: the run would exit 0")
	}
}

// TestSyndicationManyWordings: one utterance in eight wordings spread
// over 250 articles. Every wording but the reference is a finding, and
// each names every outlet that carries it.
func TestSyndicationManyWordings(t *testing.T) {
	const speaker = "Rosa Marquez"
	wordings := []string{
		"the harbour tunnel will open to traffic before the winter storms arrive",
		"the harbour tunnel will open to lorries before the winter storms arrive",
		"the harbour tunnel will open to traffic before the autumn storms arrive",
		"the harbour tunnel should open to traffic before the winter storms arrive",
		"the harbour bridge will open to traffic before the winter storms arrive",
		"the harbour tunnel will open to traffic ahead of the winter storms arrive",
		"the new tunnel will open to traffic before the winter storms arrive",
		"the harbour tunnel will reopen to traffic before the winter storms arrive",
	}
	var specs []spec
	for i := range 250 {
		specs = append(specs, spec{fmt.Sprintf(`The port authority's chair, %s, said "⟦%s⟧" at a briefing on Tuesday.`, speaker, wordings[i%len(wordings)]), []string{speaker}})
	}
	arts := buildArticles(t, specs...)
	res := Check(arts, nil, DefaultOptions())
	if len(res.Clusters) != 1 {
		t.Fatalf("%d clusters, want one", len(res.Clusters))
	}
	c := res.Clusters[0]
	if len(c.Variants) != len(wordings) {
		t.Fatalf("%d variants, want %d", len(c.Variants), len(wordings))
	}
	altered := 0
	for _, f := range c.Findings {
		if f.Verdict == WordingAltered {
			altered++
		}
		v := c.Variants[slices.IndexFunc(c.Variants, func(v Variant) bool { return v.ID == f.Variant })]
		if len(f.Outlets) != len(v.Quotes) || len(f.Outlets) < 250/len(wordings) {
			t.Errorf("finding on %s names %d outlets, its variant has %d quotes", f.Variant, len(f.Outlets), len(v.Quotes))
		}
	}
	// Every wording but the reference is a finding of its own.
	for _, v := range c.Variants[1:] {
		if !slices.ContainsFunc(c.Findings, func(f Finding) bool { return f.Variant == v.ID }) {
			t.Errorf("variant %s %q has no finding", v.ID, v.Text)
		}
	}
	if altered < len(wordings)-2 {
		t.Errorf("%d wording-altered findings, want at least %d; findings %+v", altered, len(wordings)-2, c.Findings)
	}
}

// TestSyndicationScaling: ten times the copies cost no more comparisons
// and at most ten times the clusters' size (quotes listed).
func TestSyndicationScaling(t *testing.T) {
	base, speakers := sampleStory(t)
	measure := func(copies int) (comparisons, listed int) {
		var arts []ArticleQuotes
		for c := range copies {
			for _, a := range base {
				arts = append(arts, syndicate(a, fmt.Sprintf("c%04d-%s", c, a.Article.ID[:3]), fmt.Sprintf("Wire client %04d", c)))
			}
		}
		res := Check(arts, speakers, DefaultOptions())
		for _, c := range res.Clusters {
			listed += len(c.Quotes) + len(c.Findings)
			for _, v := range c.Variants {
				listed += len(v.Quotes) + len(v.Outlets)
			}
			for _, f := range c.Findings {
				listed += len(f.Outlets)
			}
		}
		return res.Stats.Comparisons, listed
	}
	c10, l10 := measure(10)
	c100, l100 := measure(100)
	t.Logf("10 copies: %d comparisons, %d listed; 100 copies: %d, %d", c10, l10, c100, l100)
	// With nothing compared or listed the bounds below hold trivially.
	if c10 == 0 || l10 == 0 {
		t.Fatalf("10 copies: %d comparisons, %d listed: nothing to scale", c10, l10)
	}
	if c100 != c10 {
		t.Errorf("comparisons grow with copies: %d then %d", c10, c100)
	}
	if float64(l100) > 12*float64(l10) {
		t.Errorf("cluster size grows %.1f times for ten times the copies", float64(l100)/float64(l10))
	}
}
