package report

import (
	"bytes"
	"flag"
	"regexp"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenExt is the file extension of each format's golden file.
var goldenExt = map[string]string{
	"table":    "txt",
	"markdown": "md",
	"html":     "html",
	"json":     "json",
	"jsonl":    "jsonl",
	"csv":      "csv",
	"github":   "github.txt",
	"sarif":    "sarif",
}

// render runs one format over a report.
func render(t testing.TB, format string, r *Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	rd, err := New(format, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := rd.Render(r); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

// checkGolden compares got with testdata/golden/name, or rewrites it
// with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, "./report", name, got, *update)
}

func TestGolden(t *testing.T) {
	variants := []struct {
		name   string
		report func() *Report
	}{
		{"check", func() *Report { return fixtureReport(CommandCheck) }},
		{"extract", func() *Report { return fixtureReport(CommandExtract) }},
		{"speakers", func() *Report { return fixtureReport(CommandSpeakers) }},
		{"check-min-warning", func() *Report {
			r := fixtureReport(CommandCheck)
			r.MinSeverity = align.Warning
			return r
		}},
		{"check-min-info", func() *Report {
			r := fixtureReport(CommandCheck)
			r.MinSeverity = align.Info
			return r
		}},
		{"check-80", func() *Report {
			r := fixtureReport(CommandCheck)
			r.Width = 80
			return r
		}},
		{"check-color", func() *Report {
			r := fixtureReport(CommandCheck)
			r.Color = true
			return r
		}},
	}
	for _, v := range variants {
		for _, format := range Formats() {
			if (v.name == "check-color" || v.name == "check-80") && format != "table" {
				continue // colour and width only affect the table
			}
			t.Run(v.name+"/"+format, func(t *testing.T) {
				got := render(t, format, v.report())
				checkGolden(t, v.name+"."+goldenExt[format], got)
			})
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("xml", &bytes.Buffer{})
	if err == nil {
		t.Fatal("New(xml) succeeded")
	}
	for _, f := range Formats() {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error %q does not list format %q", err, f)
		}
	}
}

func TestUnknownCommand(t *testing.T) {
	for _, format := range Formats() {
		rd, err := New(format, &bytes.Buffer{})
		if err != nil {
			t.Fatal(err)
		}
		r := fixtureReport("diff")
		if err := rd.Render(r); err == nil || !strings.Contains(err.Error(), "diff") {
			t.Errorf("%s: Render with command %q: err = %v, want an error naming it", format, r.Command, err)
		}
	}
}

// TestColorOnlyWhenAsked guards the caller's colour decision: no escape
// sequence may reach a pipe or a file unless Report.Color is set.
func TestColorOnlyWhenAsked(t *testing.T) {
	for _, format := range Formats() {
		for _, cmd := range []string{CommandCheck, CommandExtract, CommandSpeakers} {
			if out := render(t, format, fixtureReport(cmd)); bytes.Contains(out, []byte("\x1b[")) {
				t.Errorf("%s %s: ANSI escape without Color", cmd, format)
			}
		}
	}
	r := fixtureReport(CommandCheck)
	r.Color = true
	out := string(render(t, "table", r))
	for _, want := range []string{"\x1b[31m[-gun fight-]\x1b[0m\x1b[32m{+weapon", "\x1b[33mtrimmed (warning),\x1b[0m", "\x1b[1;31mwording-altered (error),\x1b[0m"} {
		if !strings.Contains(out, want) {
			t.Errorf("coloured table lacks %q", want)
		}
	}
}

// TestMinSeverity checks that what is shown follows MinSeverity in every
// format, while what is hidden is still counted in the summary line; an
// empty MinSeverity lets the formats people read list warnings and
// errors, and the data formats keep everything.
func TestMinSeverity(t *testing.T) {
	reading := map[string]bool{"table": true, "markdown": true, "html": true, "github": true}
	tests := []struct {
		min      align.Severity
		shown    []string
		notShown []string
	}{
		{align.Info, []string{"punctuation-only", "fragment", "trimmed", "wording-altered"}, nil},
		{align.Warning, []string{"trimmed", "words-added", "paraphrased-unquoted"}, []string{"punctuation-only", "fragment"}},
		{align.Error, []string{"wording-altered", "speaker-differs"}, []string{"trimmed", "words-added", "fragment"}},
	}
	for _, tt := range tests {
		for _, format := range Formats() {
			for _, explicit := range []bool{true, false} {
				r := fixtureReport(CommandCheck)
				switch {
				case explicit:
					r.MinSeverity = tt.min
				case tt.min == align.Warning && reading[format], tt.min == align.Info && !reading[format]:
					// The format's default is this row's severity.
				default:
					continue
				}
				out := string(render(t, format, r))
				for _, s := range tt.shown {
					if !strings.Contains(out, s) {
						t.Errorf("min %q (explicit %v), %s: %q missing", tt.min, explicit, format, s)
					}
				}
				if format == "sarif" || format == "json" {
					continue // rules list every verdict; variants keep theirs
				}
				for _, s := range tt.notShown {
					// The summary line counts what was hidden, without verdicts.
					if strings.Contains(out, s) {
						t.Errorf("min %q (explicit %v), %s: %q shown", tt.min, explicit, format, s)
					}
				}
			}
		}
	}
}

// TestRobustInput: an empty result, and findings that name quotes or
// articles the result does not hold, still render in every format.
func TestRobustInput(t *testing.T) {
	dangling := fixtureReport(CommandCheck)
	dangling.Result.Clusters = append(dangling.Result.Clusters, align.Cluster{
		ID: "c9", SpeakerID: "nobody", Quotes: []string{"gone#1", "gone#2"}, Verdict: align.WordingAltered,
		Findings: []align.Finding{
			{Verdict: align.WordingAltered, Severity: align.Error, A: "gone#1", B: "gone#2"},
			{Verdict: align.ParaphrasedUnquoted, Severity: align.Warning, A: "gone#1",
				BSpan: &align.Span{Article: "missing", Start: 5, End: 2}},
			{Verdict: align.Trimmed, Severity: align.Warning, A: "bbc#2",
				BSpan: &align.Span{Article: "spun", Start: -4, End: 1 << 20, Text: "out of range"}},
		},
	})
	for _, format := range Formats() {
		for _, r := range []*Report{{Command: CommandCheck}, {Command: CommandExtract}, {Command: CommandSpeakers}, dangling} {
			render(t, format, r)
		}
	}
}

// TestHTMLSelfContained: the page loads nothing: no element refers to
// another resource, and there is no script. Its only links are the
// articles' addresses from the manifest, which a reader follows.
func TestHTMLSelfContained(t *testing.T) {
	for _, cmd := range []string{CommandCheck, CommandExtract, CommandSpeakers} {
		page := string(render(t, "html", fixtureReport(cmd)))
		for _, bad := range []string{"<script", "<link", "src=", "url(", "@import"} {
			if strings.Contains(page, bad) {
				t.Errorf("%s page contains %q", cmd, bad)
			}
		}
		for _, href := range regexp.MustCompile(`href="([^"]*)"`).FindAllStringSubmatch(page, -1) {
			if !strings.HasPrefix(href[1], "https://") {
				t.Errorf("%s page links to %q, want only the articles' https addresses", cmd, href[1])
			}
		}
	}
	// A manifest's address that is not a web address never becomes a link.
	r := fixtureReport(CommandCheck)
	r.Result.Articles[0].Article.URL = "javascript:alert(1)"
	if page := string(render(t, "html", r)); strings.Contains(page, "javascript:") {
		t.Error("a javascript: address became a link")
	}
}
