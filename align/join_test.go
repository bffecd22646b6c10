package align

import (
	"slices"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestJoinFragments: partial quotes of one speaker in one sentence are
// pieces of one statement, joined when another outlet quotes them as one
// passage; pieces in two sentences, of two speakers, or with no version
// bridging them stay apart.
func TestJoinFragments(t *testing.T) {
	const lopez, osei = "Maria Lopez", "Daniel Osei"
	// The other outlets: a longer statement holding the second piece, the
	// first piece again, and a version quoting both pieces in one.
	statement := spec{`Ms Lopez said: "⟦What the ministry calls a rise is a real-terms pay cut for the third year running.⟧"`, []string{lopez}}
	again := spec{`Maria Lopez described the offer as "⟦an insult to every nurse⟧".`, []string{lopez}}
	bridge := spec{`Lopez told reporters the deal was "⟦an insult and a pay cut⟧".`, []string{lopez}}
	tests := []struct {
		name  string
		arts  []spec
		joins bool
	}{
		{"two pieces of one sentence", []spec{
			{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
			statement, again, bridge,
		}, true},
		{"the pieces in two sentences", []spec{
			{`The union leader said the offer was "⟦an insult to every nurse⟧". She later added that it was "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
			statement, again, bridge,
		}, false},
		{"two speakers in one sentence", []spec{
			{`Maria Lopez said the offer was "⟦an insult to every nurse⟧" while Daniel Osei called it "⟦a real-terms pay cut⟧".`, []string{lopez, osei}},
			{`Mr Osei said: "⟦What the ministry calls a rise is a real-terms pay cut for the third year running.⟧"`, []string{osei}},
			again,
			{`Osei told reporters the deal was "⟦an insult and a pay cut⟧".`, []string{osei}},
		}, false},
		{"no outlet bridges the pieces", []spec{
			{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
			statement, again,
		}, false},
		{"the pieces quoted alone elsewhere", []spec{
			{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
			statement, again,
			{`Lopez said the offer was "⟦a real-terms pay cut⟧".`, []string{lopez}},
		}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := Check(buildArticles(t, tc.arts...), nil, DefaultOptions())
			first, second := clusterOf(res, "a1#1"), clusterOf(res, "a1#2")
			if first == nil || second == nil {
				t.Fatalf("a piece in no cluster: %+v", res.Clusters)
			}
			// Both pieces must first have found versions elsewhere, or
			// the case says nothing about joining.
			for _, c := range []*Cluster{first, second} {
				if len(c.Quotes) < 2 {
					t.Fatalf("%s %v: a piece with no version elsewhere", c.ID, c.Quotes)
				}
			}
			if got := first.ID == second.ID; got != tc.joins {
				t.Errorf("pieces in one cluster: %v, want %v (%v / %v)", got, tc.joins, first.Quotes, second.Quotes)
			}
			for _, c := range res.Clusters {
				checkComparedWithOverlap(t, c)
			}
		})
	}
}

// checkComparedWithOverlap: every variant was compared with a reference it
// shares words with, named by ComparedWith; a reference names none.
func checkComparedWithOverlap(t *testing.T, c Cluster) {
	t.Helper()
	for i, v := range c.Variants {
		if i == 0 || v.ComparedWith == "" {
			if v.ComparedWith != "" || len(v.Diff) > 0 || v.Verdict != Identical {
				t.Errorf("%s: reference %s compared with %q: %s %v", c.ID, v.ID, v.ComparedWith, v.Verdict, v.Diff)
			}
			continue
		}
		if !slices.ContainsFunc(c.Variants, func(r Variant) bool { return r.ID == v.ComparedWith && r.ComparedWith == "" }) {
			t.Errorf("%s: %s compared with %q, which is no reference of the cluster", c.ID, v.ID, v.ComparedWith)
		}
		if v.Verdict != SpeakerDiffers && !slices.ContainsFunc(v.Diff, func(o Op) bool { return o.Op == "equal" }) {
			t.Errorf("%s: %s %q shares no word with %s: %s %v", c.ID, v.ID, v.Text, v.ComparedWith, v.Verdict, v.Diff)
		}
	}
}

// TestJoinedClusterParts: in a joined cluster each piece is judged against
// the version it matches, and a finding names that version as b.
func TestJoinedClusterParts(t *testing.T) {
	const lopez = "Maria Lopez"
	res := Check(buildArticles(t,
		spec{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
		spec{`Ms Lopez said: "⟦What the ministry calls a rise is a real-terms pay cut for the third year running.⟧"`, []string{lopez}},
		spec{`Maria Lopez described the offer as "⟦an insult to each nurse⟧".`, []string{lopez}},
		spec{`Lopez told reporters the deal was "⟦an insult and a pay cut⟧".`, []string{lopez}},
	), nil, DefaultOptions())
	c := clusterOf(res, "a1#1")
	if c == nil || clusterOf(res, "a1#2") != c {
		t.Fatalf("pieces not joined: %+v", res.Clusters)
	}
	refs := map[string]string{} // variant ID -> its first quote
	for _, v := range c.Variants {
		refs[v.ID] = v.Quotes[0]
	}
	if c.Variants[0].Quotes[0] != "a2#1" {
		t.Errorf("reference %v, want the fullest version a2#1", c.Variants[0].Quotes)
	}
	// "each" for "every" is found against the first piece, not against the
	// statement it shares no words with.
	var altered *Finding
	for i := range c.Findings {
		f := &c.Findings[i]
		if f.A == "a3#1" {
			altered = f
		}
		if v := slices.IndexFunc(c.Variants, func(v Variant) bool { return v.ID == f.Variant }); v >= 0 && refs[c.Variants[v].ComparedWith] != f.B {
			t.Errorf("finding on %s names b %s, compared with %s", f.A, f.B, c.Variants[v].ComparedWith)
		}
	}
	if altered == nil || altered.Verdict != WordingAltered || altered.B != "a1#1" {
		t.Errorf("a3#1: finding %+v, want wording-altered against a1#1", altered)
	}
	checkComparedWithOverlap(t, *c)
}

// TestCrossesSentence: where one sentence ends and the next begins between
// two quotes.
func TestCrossesSentence(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`said it was "⟦unfair⟧" and "⟦too late⟧".`, false},
		{`said it was "⟦unfair⟧", adding that it came "⟦too late⟧".`, false},
		{`"⟦It is unfair⟧," she said, "⟦and too late⟧."`, false},
		{`said it was "⟦unfair⟧". She added it came "⟦too late⟧".`, true},
		{`said it was "⟦unfair.⟧" She added it came "⟦too late⟧".`, true},
		{`said it was "⟦unfair⟧"! Then "⟦too late⟧".`, true},
		{"said it was \"⟦unfair⟧\"\nand \"⟦too late⟧\".", true},
	}
	for _, tc := range tests {
		arts := buildArticles(t, spec{tc.text, nil})
		qs := arts[0].Quotes
		if len(qs) != 2 {
			t.Fatalf("%q: %d quotes", tc.text, len(qs))
		}
		if got := crossesSentence(arts[0].Article.Text, &qs[0], &qs[1]); got != tc.want {
			t.Errorf("%q: crosses a sentence end: %v, want %v", arts[0].Article.Text, got, tc.want)
		}
	}
}

// TestJoinNeedsPartialQuotes: a direct quote is a statement of its own,
// not a piece of one: two direct quotes in one sentence are not joined.
func TestJoinNeedsPartialQuotes(t *testing.T) {
	const lopez = "Maria Lopez"
	arts := buildArticles(t,
		spec{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}},
		spec{`Ms Lopez said: "⟦What the ministry calls a rise is a real-terms pay cut for the third year running.⟧"`, []string{lopez}},
		spec{`Maria Lopez described the offer as "⟦an insult to every nurse⟧".`, []string{lopez}},
		spec{`Lopez told reporters the deal was "⟦an insult and a pay cut⟧".`, []string{lopez}},
	)
	for i := range arts[0].Quotes {
		arts[0].Quotes[i].Kind = quotes.Direct
	}
	res := Check(arts, nil, DefaultOptions())
	a, b := clusterOf(res, "a1#1"), clusterOf(res, "a1#2")
	if a == nil || b == nil {
		t.Fatalf("a quote in no cluster: %+v", res.Clusters)
	}
	// Each quote must have found its version elsewhere, or nothing was
	// there to join and the case says nothing about the rule.
	for _, c := range []*Cluster{a, b} {
		if len(c.Quotes) < 2 {
			t.Fatalf("%s %v: a quote with no version elsewhere", c.ID, c.Quotes)
		}
	}
	if a.ID == b.ID {
		t.Errorf("direct quotes joined: %v / %v", a.Quotes, b.Quotes)
	}
}

// TestJoinSyndicated: copies of the article that quotes the pieces are
// joined as one is, and each wording stays one variant however many
// outlets carry it.
func TestJoinSyndicated(t *testing.T) {
	const lopez = "Maria Lopez"
	pieces := spec{`The union leader said the offer was "⟦an insult to every nurse⟧" and amounted to "⟦a real-terms pay cut⟧".`, []string{lopez, lopez}}
	specs := []spec{
		{`Ms Lopez said: "⟦What the ministry calls a rise is a real-terms pay cut for the third year running.⟧"`, []string{lopez}},
		{`Maria Lopez described the offer as "⟦an insult to every nurse⟧".`, []string{lopez}},
		{`Lopez told reporters the deal was "⟦an insult and a pay cut⟧".`, []string{lopez}},
	}
	const copies = 120
	for range copies {
		specs = append(specs, pieces)
	}
	res := Check(buildArticles(t, specs...), nil, DefaultOptions())
	c := clusterOf(res, "a4#1")
	if c == nil || clusterOf(res, "a4#2") != c || clusterOf(res, "a123#2") != c {
		t.Fatalf("copies' pieces not joined: %+v", res.Clusters)
	}
	// The statement, each piece (the first also the second outlet's
	// wording) and the bridge.
	if len(c.Variants) != 4 {
		for _, v := range c.Variants {
			t.Logf("%s %q: %d quotes, compared with %q", v.ID, v.Text, len(v.Quotes), v.ComparedWith)
		}
		t.Errorf("%d variants, want 4", len(c.Variants))
	}
	checkComparedWithOverlap(t, *c)
}
