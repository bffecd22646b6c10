package report

import (
	"strings"
	"testing"
)

// TestErrorsFirst: every format that lists clusters or variants puts the
// errors first. In the fixture c2 (a paraphrase, a warning) comes before
// c3 (a speaker credited to someone else, an error) in align's order, and
// c1 holds both an error and a warning.
func TestErrorsFirst(t *testing.T) {
	tests := []struct {
		format string
		order  []string // markers that must appear in this order
	}{
		{"table", []string{"│ c1 ", "│ c3 ", "│ c2 "}},
		{"markdown", []string{"| c1 |", "| c3 |", "| c2 |"}},
		{"html", []string{`id="cluster-c1"`, `id="cluster-c3"`, `id="cluster-c2"`}},
		{"csv", []string{"c1,Alasdair McDonald,wording-altered", "c1,Alasdair McDonald,trimmed", "c3,Jane Holt,speaker-differs", "c2,Jane Holt,paraphrased-unquoted"}},
		// Annotations and SARIF results: all errors, then all warnings.
		{"github", []string{"quotecheck%3A wording-altered", "quotecheck%3A speaker-differs", "quotecheck%3A trimmed", "quotecheck%3A words-added", "quotecheck%3A paraphrased-unquoted"}},
		{"sarif", []string{`"ruleId": "wording-altered"`, `"ruleId": "speaker-differs"`, `"ruleId": "trimmed"`, `"ruleId": "words-added"`, `"ruleId": "paraphrased-unquoted"`}},
	}
	for _, tt := range tests {
		out := string(render(t, tt.format, fixtureReport(CommandCheck)))
		last := -1
		for _, m := range tt.order {
			i := strings.Index(out, m)
			if i < 0 {
				t.Errorf("%s: %q missing", tt.format, m)
				continue
			}
			if i < last {
				t.Errorf("%s: %q comes before the one listed ahead of it", tt.format, m)
			}
			last = i
		}
	}
}

// TestFindingsWithoutVariants: a Result whose clusters list no variants
// (built by hand, or by an older align) still shows each finding as a
// change from its reference: B when the finding names a variant (align's
// convention, with a diff from A to B), A otherwise.
func TestFindingsWithoutVariants(t *testing.T) {
	r := fixtureReport(CommandCheck)
	for i := range r.Result.Clusters {
		r.Result.Clusters[i].Variants, r.Result.Clusters[i].Reference = nil, ""
	}
	out := string(render(t, "table", r))
	for _, want := range []string{
		"Alasdair McDonald — reference (BBC News): This is not a gun fight",
		"wording-altered (error), Spun Daily: gun fight → weapon battle, wooden → wood",
		"This is not a [-gun fight-]{+weapon battle+} with a [-wooden-]{+wood+} spoon",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
