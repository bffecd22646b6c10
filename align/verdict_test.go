package align

import "testing"

// TestClassify covers the reading of an alignment's ends and middle,
// with a earlier in the input than b.
func TestClassify(t *testing.T) {
	tests := []struct {
		a, b string
		want Verdict
	}{
		{"We will rebuild the pier", "We will rebuild the pier", Identical},
		{"We will rebuild the pier.", "we will rebuild the pier", PunctuationOnly},
		{"rebuild the pier", "We will rebuild the pier by spring", Fragment},
		{"We will rebuild the pier by spring", "the pier", Fragment},
		{"We will rebuild the old pier by spring", "We will rebuild the pier by spring", Trimmed},
		{"We will rebuild the old pier by spring", "We will rebuild the … pier by spring", Fragment},
		{"We will rebuild the pier by spring", "We will rebuild the old pier by spring", WordsAdded},
		{"We will rebuild the ... pier by spring", "We will rebuild the old pier by spring", Fragment},
		{"We will rebuild the pier by spring", "We will repair the pier by spring", WordingAltered},
		{"We will rebuild the pier", "They will rebuild the pier", WordingAltered},
		{"We will rebuild the pier", "We will rebuild the jetty", WordingAltered},
		// a word lost inside and another gained at the end is a change
		{"the pier will reopen in spring", "the pier reopen in spring and summer", WordingAltered},
		{"entirely baseless", "totally groundless", WordingAltered},
	}
	for _, tc := range tests {
		a, b := tokenize(tc.a), tokenize(tc.b)
		if got := classify(tc.a, tc.b, a, b, alignTokens(a, b, nil)); got != tc.want {
			t.Errorf("classify(%q, %q) = %s, want %s", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestClusterVerdict: a cluster reports its most severe finding's verdict
// under the options' severities, ties broken by precedence.
func TestClusterVerdict(t *testing.T) {
	moreSevere := func(v, w Verdict, opts Options) bool {
		fs := []Finding{{Verdict: w, Severity: opts.severity(w)}, {Verdict: v, Severity: opts.severity(v)}}
		return ClusterVerdict(fs, 2) == v
	}
	opts := DefaultOptions()
	if !moreSevere(WordingAltered, Trimmed, opts) || !moreSevere(Trimmed, Fragment, opts) || moreSevere(Identical, Fragment, opts) {
		t.Error("severity order wrong under the defaults")
	}
	opts.Severity = map[Verdict]Severity{Trimmed: Error, WordingAltered: Info}
	if !moreSevere(Trimmed, WordingAltered, opts) {
		t.Error("configured severities not used")
	}
	if ClusterVerdict(nil, 1) != SingleSource || ClusterVerdict(nil, 3) != Identical {
		t.Error("a cluster without findings")
	}
}
