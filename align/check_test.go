package align

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// spec is one article for a test: its text marks each quote's words with
// ⟦ and ⟧ (inside the quote marks; ⟦~ marks a scare quote), and speakers
// lists each quote's speaker in order ("" for none).
type spec struct {
	text     string
	speakers []string
}

// buildArticles turns specs into the check's input, with offsets that
// point at the quoted words.
func buildArticles(t testing.TB, specs ...spec) []ArticleQuotes {
	t.Helper()
	var out []ArticleQuotes
	for ai, s := range specs {
		id := fmt.Sprintf("a%d", ai+1)
		var b strings.Builder
		var qs []quotes.Quote
		rest := s.text
		for {
			i := strings.Index(rest, "⟦")
			if i < 0 {
				b.WriteString(rest)
				break
			}
			b.WriteString(rest[:i])
			rest = rest[i+len("⟦"):]
			j := strings.Index(rest, "⟧")
			if j < 0 {
				t.Fatalf("unclosed ⟦ in %q", s.text)
			}
			kind := quotes.Partial
			words := rest[:j]
			if strings.HasPrefix(words, "~") {
				kind, words = quotes.Scare, words[1:]
			}
			start := b.Len()
			b.WriteString(words)
			n := len(qs)
			q := quotes.Quote{ID: fmt.Sprintf("%s#%d", id, n+1), Article: id, Text: words, Start: start, End: b.Len(), Kind: kind, Parent: -1}
			if n < len(s.speakers) && s.speakers[n] != "" {
				q.Speaker = s.speakers[n]
				q.SpeakerID = slug(s.speakers[n])
				q.SpeakerKind = "person"
			}
			qs = append(qs, q)
			rest = rest[j+len("⟧"):]
		}
		out = append(out, ArticleQuotes{Article: quotes.Article{ID: id, Outlet: id, Text: b.String()}, Quotes: qs})
	}
	return out
}

func clusterOf(res Result, id string) *Cluster {
	for i := range res.Clusters {
		for _, q := range res.Clusters[i].Quotes {
			if q == id {
				return &res.Clusters[i]
			}
		}
	}
	return nil
}

func TestCheckVerdicts(t *testing.T) {
	const mayor, minister, rival = "Maria Lopez", "Daniel Osei", "Helen Carter"
	tests := []struct {
		name  string
		arts  []spec
		a, b  string // the two quotes compared
		want  Verdict
		diff  string // optional: the diff written as "-x +y =z" ops
		sever Severity
	}{
		{
			name: "identical",
			arts: []spec{
				{`The mayor said the bridge would reopen "⟦before the end of the summer holidays⟧", weeks ahead of schedule.`, []string{mayor}},
				{`Ms Lopez told reporters the crossing would reopen "⟦before the end of the summer holidays⟧".`, []string{mayor}},
			},
			a: "a1#1", b: "a2#1", want: Identical, sever: Info,
		},
		{
			// The same normalised words are one variant: no divergence.
			name: "punctuation, case, quote style and spelling",
			arts: []spec{
				{`The minister said: "⟦We won't apologise for prioritising the two hospitals' budgets.⟧"`, []string{minister}},
				{`Mr Osei said: “⟦we won’t apologize for prioritizing the 2 hospitals’ budgets⟧,” before leaving.`, []string{minister}},
			},
			a: "a1#1", b: "a2#1", want: Identical, sever: Info,
		},
		{
			name: "fragment of a longer quote",
			arts: []spec{
				{`Ms Carter called the budget "⟦a reckless gamble with public money⟧".`, []string{rival}},
				{`Helen Carter said: "⟦This budget is a reckless gamble with public money, and families will pay for it for years.⟧"`, []string{rival}},
			},
			a: "a1#1", b: "a2#1", want: Fragment, sever: Info,
		},
		{
			name: "wording altered",
			arts: []spec{
				{`Ms Carter called the budget "⟦a reckless gamble with public money⟧".`, []string{rival}},
				{`Ms Carter called the budget "⟦a careless gamble with taxpayers' money⟧".`, []string{rival}},
			},
			a: "a1#1", b: "a2#1", want: WordingAltered, diff: "=a -reckless +careless =gamble with -public +taxpayers =money", sever: Error,
		},
		{
			name: "trimmed without an ellipsis",
			arts: []spec{
				{`The inspector wrote: "⟦The council has failed our children, and it has failed their parents, for a decade.⟧"`, []string{rival}},
				{`According to the report, "⟦the council has failed our children and their parents for a decade⟧".`, []string{rival}},
			},
			a: "a1#1", b: "a2#1", want: Trimmed, sever: Warning,
		},
		{
			name: "cut marked with an ellipsis is not trimmed",
			arts: []spec{
				{`The inspector wrote: "⟦The council has failed our children, and it has failed their parents, for a decade.⟧"`, []string{rival}},
				{`According to the report, "⟦the council has failed our children ... for a decade⟧".`, []string{rival}},
			},
			a: "a1#1", b: "a2#1", want: Fragment, sever: Info,
		},
		{
			// The fuller version is the reference, so a version with
			// words the other lacks makes the other trimmed; words-added
			// needs a reference that is not the fullest (a source).
			name: "words added to one version: the shorter is trimmed",
			arts: []spec{
				{`The union's negotiator said: "⟦We expect the talks to resume next week.⟧"`, []string{minister}},
				{`Mr Osei said: "⟦We fully expect the talks to resume early next week.⟧"`, []string{minister}},
			},
			a: "a2#1", b: "a1#1", want: Trimmed, diff: "=We -fully =expect the talks to resume -early =next week", sever: Warning,
		},
		{
			name: "speaker differs",
			arts: []spec{
				{`The mayor said the closures were "⟦a betrayal of every family in this valley⟧".`, []string{mayor}},
				{`Her opponent, Helen Carter, said the closures were "⟦a betrayal of every family in this valley⟧".`, []string{rival}},
			},
			a: "a1#1", b: "a2#1", want: SpeakerDiffers, sever: Error,
		},
		{
			name: "spun copy: every word changed, same sentence and speaker",
			arts: []spec{
				{`The water company says these are "⟦utterly baseless⟧" allegations that will be contested in court.`, []string{"Southern Water"}},
				{`The water company states these are "⟦entirely groundless⟧" allegations that will be contested in court.`, []string{"Southern Water"}},
			},
			a: "a1#1", b: "a2#1", want: WordingAltered, diff: "-utterly baseless +entirely groundless", sever: Error,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := buildArticles(t, tc.arts...)
			res := Check(arts, nil, DefaultOptions())
			f, err := compareVersions(res, tc.a, tc.b)
			if err != nil {
				t.Fatalf("%v; clusters %+v", err, res.Clusters)
			}
			if f.Finding != (tc.want != Identical) {
				t.Errorf("finding %v for verdict %s", f.Finding, tc.want)
			}
			if f.Verdict != tc.want {
				t.Errorf("verdict %s, want %s (diff %v)", f.Verdict, tc.want, f.Diff)
			}
			if f.Severity != tc.sever {
				t.Errorf("severity %s, want %s", f.Severity, tc.sever)
			}
			if tc.diff != "" {
				if got := opsString(f.Diff); got != tc.diff {
					t.Errorf("diff %q, want %q", got, tc.diff)
				}
			}
			c := clusterOf(res, tc.a)
			if c == nil || c.Verdict != tc.want {
				t.Errorf("cluster verdict %v, want %s", c, tc.want)
			}
		})
	}
}

// opsString writes a diff compactly: -deleted +inserted =equal.
func opsString(ops []Op) string {
	var parts []string
	for _, o := range ops {
		sign := map[string]string{"equal": "=", "delete": "-", "insert": "+"}[o.Op]
		parts = append(parts, sign+o.Text)
	}
	return strings.Join(parts, " ")
}

func TestCheckParaphrasedUnquoted(t *testing.T) {
	arts := buildArticles(t,
		spec{`The mayor said it was "⟦the worst flooding this town has seen in a generation⟧" and promised help.`, []string{"Maria Lopez"}},
		spec{`Ms Lopez described it as the worst flooding the town had seen in a generation. Repairs begin on Monday.`, nil},
	)
	res := Check(arts, nil, DefaultOptions())
	c := clusterOf(res, "a1#1")
	if c == nil || c.Verdict != ParaphrasedUnquoted {
		t.Fatalf("cluster %+v, want verdict paraphrased-unquoted", c)
	}
	f := c.Findings[0]
	if f.BSpan == nil || f.B != "" || f.Severity != Warning {
		t.Fatalf("finding %+v: want a warning with a b_span and no b", f)
	}
	text := arts[1].Article.Text
	if got := text[f.BSpan.Start:f.BSpan.End]; got != f.BSpan.Text || !strings.HasPrefix(got, "the worst flooding") || !strings.HasSuffix(got, "generation") {
		t.Errorf("span %q (text %q)", got, f.BSpan.Text)
	}
}

// TestCheckStockPhraseNotParaphrase: two unrelated articles that share a
// stock phrase, one quoting it and one not, are no paraphrase: nothing
// around the unquoted words names the speaker or echoes the quote's
// sentence.
func TestCheckStockPhraseNotParaphrase(t *testing.T) {
	arts := buildArticles(t,
		spec{`The airline's chief executive said the strike had cost "⟦hundreds of millions of dollars⟧" in lost bookings.`, []string{"Priya Nair"}},
		spec{`The city's new stadium, which cost hundreds of millions of dollars, opens to fans next month after years of delay.`, nil},
	)
	res := Check(arts, nil, DefaultOptions())
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			if f.Verdict == ParaphrasedUnquoted {
				t.Errorf("stock phrase reported as a paraphrase: %+v", f)
			}
		}
	}
	// The same words with the speaker named nearby are a paraphrase.
	arts = buildArticles(t,
		spec{`The airline's chief executive said the strike had cost "⟦hundreds of millions of dollars⟧" in lost bookings.`, []string{"Priya Nair"}},
		spec{`Priya Nair, the airline's chief executive, said the walkout had cost hundreds of millions of dollars.`, nil},
	)
	c := clusterOf(Check(arts, nil, DefaultOptions()), "a1#1")
	if c == nil || c.Verdict != ParaphrasedUnquoted {
		t.Errorf("cluster %+v, want paraphrased-unquoted when the speaker is named", c)
	}
}

func TestCheckSingleSourceAndScare(t *testing.T) {
	arts := buildArticles(t,
		spec{`Police described the scheme as a "⟦~smart motorway⟧" pilot. The chief constable said it was "⟦money well spent on safety⟧".`, []string{"", "Ruth Adams"}},
		spec{`The so-called "⟦~smart motorway⟧" opened in May. Transport minister Paul Reid said it had "⟦already cut journey times by a fifth⟧".`, []string{"", "Paul Reid"}},
	)
	res := Check(arts, nil, DefaultOptions())
	scare := clusterOf(res, "a1#1")
	if scare == nil || len(scare.Quotes) != 2 || scare.Verdict != Identical || scare.SpeakerID != "" {
		t.Errorf("scare quotes: %+v, want one identical cluster without a speaker", scare)
	}
	for _, id := range []string{"a1#2", "a2#2"} {
		c := clusterOf(res, id)
		if c == nil || len(c.Quotes) != 1 || c.Verdict != SingleSource {
			t.Errorf("%s: %+v, want a single-source cluster", id, c)
		}
	}
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			if f.Verdict == SpeakerDiffers {
				t.Errorf("scare quote gave speaker-differs: %+v", f)
			}
		}
	}
}

// TestCheckNormalisedEqualNeverAltered: versions that differ only in case,
// punctuation, quote style, spelling variant or number style are never
// wording-altered, whichever is taken as a.
func TestCheckNormalisedEqualNeverAltered(t *testing.T) {
	pairs := [][2]string{
		{"We won't apologise for the colour of the new uniforms.", "we won’t apologize for the color of the new uniforms"},
		{"The centre will analyse two years of behaviour", "The Center will analyze 2 years of behavior"},
		{"It's a catalogue of failures, and we travelled far to see it", "it’s a catalog of failures — and we traveled far to see it!"},
		{"Our defence programme is the envy of Europe", "Our defense program is the envy of Europe..."},
		{"‘Enough is enough,’ she said", "\"Enough is enough\" she said"},
		{"The organisation's three honourable members", "The organization’s 3 honorable members"},
	}
	for _, p := range pairs {
		for _, order := range [][2]string{{p[0], p[1]}, {p[1], p[0]}} {
			a, b := tokenize(order[0]), tokenize(order[1])
			if NormalizeText(order[0]) != NormalizeText(order[1]) {
				t.Errorf("%q and %q normalise differently: %q / %q", order[0], order[1], NormalizeText(order[0]), NormalizeText(order[1]))
				continue
			}
			v := classify(order[0], order[1], a, b, alignTokens(a, b, nil))
			if v != Identical && v != PunctuationOnly {
				t.Errorf("%q vs %q: %s, want punctuation-only", order[0], order[1], v)
			}
			arts := buildArticles(t,
				spec{"The chair said: \"⟦" + order[0] + "⟧\"", []string{"Jo Bell"}},
				spec{"Jo Bell said: \"⟦" + order[1] + "⟧\"", []string{"Jo Bell"}},
			)
			f, err := compareVersions(Check(arts, nil, DefaultOptions()), "a1#1", "a2#1")
			if err != nil || f.Verdict == WordingAltered || f.Severity != Info {
				t.Errorf("Check %q vs %q: %+v (%v)", order[0], order[1], f, err)
			}
		}
	}
}

func TestNormWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Colour", "color"}, {"behaviour", "behavior"}, {"favourite", "favorite"},
		{"organisation", "organization"}, {"realised", "realized"}, {"analyse", "analyze"},
		{"catalogue", "catalog"}, {"theatre", "theater"}, {"metres", "meters"},
		{"travelling", "traveling"}, {"defence", "defense"}, {"programme", "program"},
		{"Two", "2"}, {"won’t", "wont"}, {"China's", "chinas"},
		// words that must not change into another word
		{"four", "4"}, {"your", "your"}, {"hour", "hour"}, {"filled", "filled"}, {"rise", "rise"},
	}
	for _, tc := range tests {
		if got := normWord(tc.in); got != tc.want {
			t.Errorf("normWord(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize(`“State-affiliated actors,” he said — it’s 2024’s ‘worst’ year.`)
	var got []string
	for _, tk := range toks {
		got = append(got, tk.Orig)
	}
	want := "State affiliated actors he said it’s 2024’s worst year"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, " "), want)
	}
	if !toks[1].Hyphen || toks[2].Hyphen {
		t.Errorf("hyphen flags wrong: %+v", toks[:3])
	}
	if j := joinTokens(toks[:3]); j != "State-affiliated actors" {
		t.Errorf("joinTokens = %q", j)
	}
}

func TestCheckDeterministic(t *testing.T) {
	arts, _ := goldInput(t)
	render := func() string {
		b, err := json.Marshal(Check(arts, nil, DefaultOptions()).Clusters)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	first := render()
	for i := 0; i < 3; i++ {
		if got := render(); got != first {
			t.Fatal("Check output differs between runs")
		}
	}
}

func TestOptionsSeverityOverride(t *testing.T) {
	arts := buildArticles(t,
		spec{`Ms Carter called the budget "⟦a reckless gamble with public money⟧".`, []string{"Helen Carter"}},
		spec{`Ms Carter called the budget "⟦a careless gamble with taxpayers' money⟧".`, []string{"Helen Carter"}},
	)
	opts := DefaultOptions()
	opts.Severity = map[Verdict]Severity{WordingAltered: Warning}
	f, err := compareVersions(Check(arts, nil, opts), "a1#1", "a2#1")
	if err != nil || f.Severity != Warning {
		t.Errorf("finding %+v, want severity warning from the options", f)
	}
}

func TestSpeakerRelation(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"oliver-dowden", "oliver-dowden", 1},
		{"dowden", "oliver-dowden", 1},
		{"oliver-dowden", "david-cameron", -1},
		{"government", "uk-government", 1},
		{"uk", "uk-government", 1},
		{"government", "uk", 0},
		{"uk", "chinese-embassy-in-the-uk", -1},
		{"electoral-commission", "the-electoral-commission", 1},
		{"iain-duncan-smith", "iain-duncan-smith-tim-loughton-and-stewart-mcdonald", 1},
		{"tim-smith", "iain-duncan-smith-tim-loughton-and-stewart-mcdonald", -1},
		{"", "oliver-dowden", 0},
	}
	for _, tc := range tests {
		if got := speakerRelation(tc.a, tc.b); got != tc.want {
			t.Errorf("speakerRelation(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := speakerRelation(tc.b, tc.a); got != tc.want {
			t.Errorf("speakerRelation(%q, %q) = %d, want %d", tc.b, tc.a, got, tc.want)
		}
	}
}

// TestCheckLongQuoteHoldsSeveralUtterances: two outlets quote different
// sentences of a statement a third carries whole. The two short quotes are
// different utterances: each lands in its own cluster, with the long quote
// in both, and neither is compared with the other.
func TestCheckLongQuoteHoldsSeveralUtterances(t *testing.T) {
	const chair = "Rosa Marquez"
	arts := buildArticles(t,
		spec{`Rosa Marquez, who chairs the port authority, said: "⟦The harbour tunnel will open to traffic before the winter storms arrive. We have also agreed to cut the toll for local drivers by half from next spring.⟧"`, []string{chair}},
		spec{`The port authority's chair said the tunnel "⟦will open to traffic before the winter storms arrive⟧".`, []string{chair}},
		spec{`Ms Marquez said the authority had "⟦agreed to cut the toll for local drivers by half⟧".`, []string{chair}},
	)
	res := Check(arts, nil, DefaultOptions())
	open, toll := clusterOf(res, "a2#1"), clusterOf(res, "a3#1")
	if open == nil || toll == nil || open.ID == toll.ID {
		t.Fatalf("the two short quotes share a cluster: %+v", res.Clusters)
	}
	for _, c := range []*Cluster{open, toll} {
		if !slices.Contains(c.Quotes, "a1#1") {
			t.Errorf("%s %v: the long quote is missing", c.ID, c.Quotes)
		}
		if c.Variants[0].Quotes[0] != "a1#1" {
			t.Errorf("%s: reference %v, want the long quote", c.ID, c.Variants[0].Quotes)
		}
		for _, f := range c.Findings {
			if f.Verdict != Fragment {
				t.Errorf("%s: finding %s on %s, want fragments only", c.ID, f.Verdict, f.A)
			}
		}
		// The short quote is a fragment of the long one, not of the other
		// short quote: with no finding the loop above would say nothing.
		if len(c.Findings) != 1 || c.Findings[0].B != "a1#1" {
			t.Errorf("%s: findings %+v, want one fragment against a1#1", c.ID, c.Findings)
		}
	}
	if slices.Contains(open.Quotes, "a3#1") || slices.Contains(toll.Quotes, "a2#1") {
		t.Errorf("clusters %v and %v mix the two utterances", open.Quotes, toll.Quotes)
	}
}

// TestCheckReportsLimits: two versions of a quote too long to align word
// by word are still compared, and the run says so in its notices.
func TestCheckReportsLimits(t *testing.T) {
	words := strings.Fields("harbour tunnel storms toll drivers spring council budget ferry union wages winter")
	long := func(seed int64) string {
		r := rand.New(rand.NewSource(seed))
		ws := make([]string, 2200)
		for i := range ws {
			ws[i] = words[r.Intn(len(words))]
		}
		// the same first and last words, a different middle
		copy(ws[:20], words)
		copy(ws[len(ws)-10:], words)
		return strings.Join(ws, " ")
	}
	arts := buildArticles(t,
		spec{`The report said: "⟦` + long(1) + `⟧"`, []string{"Rosa Marquez"}},
		spec{`The report said: "⟦` + long(2) + `⟧"`, []string{"Rosa Marquez"}},
	)
	res := Check(arts, nil, DefaultOptions())
	if len(res.Notices) == 0 || !strings.Contains(res.Notices[0], "too large") {
		t.Errorf("notices %q, want one on alignments too large", res.Notices)
	}
	if small := Check(buildArticles(t, spec{`She said "⟦the tunnel opens in spring⟧".`, []string{"Rosa Marquez"}}, spec{`She said "⟦the tunnel opens in spring⟧".`, []string{"Rosa Marquez"}}), nil, DefaultOptions()); len(small.Notices) != 0 {
		t.Errorf("notices %q on a small input", small.Notices)
	}
}
