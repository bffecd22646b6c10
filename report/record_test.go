package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/align"
)

// recordFixture is the check fixture with a record: one outlet faithful,
// one that splices and misattributes, and a quote not in the record.
func recordFixture() *Report {
	r := fixtureReport(CommandCheck)
	r.Result.Record = &align.Record{
		Sources: []align.RecordSource{{ID: "debate", Path: "debate.txt", Form: "transcript", Speakers: []string{"Dana Whitfield", "Margaret Ellison"}, Words: 240}},
		Outlets: []align.OutletAccuracy{
			{Outlet: "Harmon Courier", Checked: 5, Verbatim: 1, Faithful: 4},
			{Outlet: "Valley <Post>", Checked: 4, Altered: 2, Misattributed: 1, NotFound: 1},
		},
		Checks: []align.RecordCheck{
			{Quote: "courier#1", Article: "courier", Outlet: "Harmon Courier", Verdict: align.Identical, Severity: align.Info,
				Credited: "Margaret Ellison", Passage: &align.SourcePassage{Source: "debate", Speaker: "Margaret Ellison", Start: 10, End: 40, Line: 6, Text: "Rents are too high.", Pieces: 1, Lines: []int{6}},
				Diff: []align.Op{{Op: "equal", Text: "Rents are too high"}}},
			{Quote: "valley#2", Article: "valley", Outlet: "Valley <Post>", Verdict: align.Spliced, Severity: align.Error,
				Credited: "Margaret Ellison", Passage: &align.SourcePassage{Source: "debate", Speaker: "Margaret Ellison", Start: 10, End: 900, Line: 6, Text: "Rents are too high. … We still have work to do.", Pieces: 2, Lines: []int{6, 24}},
				Diff: []align.Op{{Op: "equal", Text: "Rents are too high We still have work to do"}}},
			{Quote: "valley#1", Article: "valley", Outlet: "Valley <Post>", Verdict: align.SpeakerDiffers, Severity: align.Error,
				Credited: "Thomas Okafor", Passage: &align.SourcePassage{Source: "debate", Speaker: "Dana Whitfield", Start: 1000, End: 1040, Line: 22, Cue: "00:01:04.200", Text: "Is that a failure?", Pieces: 1, Lines: []int{22}},
				Diff: []align.Op{{Op: "equal", Text: "Is that a failure"}}},
			{Quote: "valley#4", Article: "valley", Outlet: "Valley <Post>", Verdict: align.NotInSource, Severity: align.Info, Credited: "Thomas Okafor"},
		},
	}
	// the first listed cluster's words are in the record
	r.Result.Clusters[0].Source = &align.SourcePassage{Source: "debate", Speaker: "Margaret Ellison", Start: 10, End: 40, Line: 6, Text: "Rents are too high.", Pieces: 1, Lines: []int{6}}
	r.MinSeverity = align.Info
	return r
}

func TestRecordJSON(t *testing.T) {
	var doc map[string]any
	if err := json.Unmarshal(render(t, "json", recordFixture()), &doc); err != nil {
		t.Fatal(err)
	}
	rec := doc["record"].(map[string]any)
	if got := keysOf(rec); strings.Join(got, ",") != "checks,outlets,sources" {
		t.Errorf("record keys %v", got)
	}
	checks := rec["checks"].([]any)
	if len(checks) != 4 {
		t.Fatalf("%d checks", len(checks))
	}
	want := sorted("quote", "article", "outlet", "cluster", "verdict", "severity", "credited", "source", "diff")
	for _, c := range checks {
		if got := keysOf(c.(map[string]any)); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("check keys %v", got)
		}
	}
	src := checks[2].(map[string]any)["source"].(map[string]any)
	if src["speaker"] != "Dana Whitfield" || src["cue"] != "00:01:04.200" || src["line"] != 22.0 {
		t.Errorf("speaker-differs source = %v", src)
	}
	if checks[3].(map[string]any)["source"] != nil {
		t.Errorf("not-in-source has a source")
	}
	acc := rec["outlets"].([]any)[1].(map[string]any)
	if got := keysOf(acc); strings.Join(got, ",") != "altered,checked,faithful,misattributed,not_found,outlet,verbatim" {
		t.Errorf("outlet keys %v", got)
	}
	// without a record the section is absent
	var plain map[string]any
	if err := json.Unmarshal(render(t, "json", fixtureReport(CommandCheck)), &plain); err != nil {
		t.Fatal(err)
	}
	if _, ok := plain["record"]; ok {
		t.Error("record present without a source")
	}
}

func TestRecordTable(t *testing.T) {
	out := string(render(t, "table", recordFixture()))
	for _, want := range []string{
		"Against the record (debate):",
		"Valley <Post>         4         0         0        2              1          1",
		"spliced (error) valley#2, credited to Margaret Ellison; record: debate, 2 pieces joined, lines 6, 24",
		"speaker-differs (error) valley#1, credited to Thomas Okafor; record: debate line 22 at 00:01:04.200, said by Dana Whitfield",
		"not-in-source (info) valley#4, credited to Thomas Okafor; not in the record",
		"record (debate line 6, Margaret Ellison): Rents are too high.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.Index(out, "Against the record") > strings.Index(out, "┌") {
		t.Error("the record does not lead the report")
	}
}

// The outlet accuracy table as a browser lays it out: one row per outlet,
// its numbers in their columns, the outlet's name escaped.
func TestRecordHTMLInChromium(t *testing.T) {
	bin, ok := chromium()
	if !ok {
		t.Skip("no Chromium found; skipping the browser test")
	}
	page := filepath.Join(t.TempDir(), "record.html")
	if err := os.WriteFile(page, render(t, "html", recordFixture()), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(runChromium(t, bin, "--dump-dom", "file://"+page)))
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]string
	var table *html.Node
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" && attr(n, "class") == "record-outlets" {
			table = n
		}
	})
	if table == nil {
		t.Fatal("no record-outlets table in the page")
	}
	walk(table, func(n *html.Node) {
		if n.Type != html.ElementNode || n.Data != "tr" {
			return
		}
		var cells []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				cells = append(cells, strings.TrimSpace(textOf(c)))
			}
		}
		rows = append(rows, cells)
	})
	want := [][]string{
		{"Outlet", "Quotes checked against the record", "Verbatim", "Faithful fragments", "Altered", "Misattributed", "Not found"},
		{"Harmon Courier", "5", "1", "4", "0", "0", "0"},
		{"Valley <Post>", "4", "0", "0", "2", "1", "1"},
	}
	if len(rows) != len(want) {
		t.Fatalf("rows %q", rows)
	}
	for i := range want {
		if strings.Join(rows[i], "|") != strings.Join(want[i], "|") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
	// the record comes before the comparison between outlets
	var headings []string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "h2" {
			headings = append(headings, textOf(n))
		}
	})
	if len(headings) == 0 || headings[0] != "Against the record" {
		t.Errorf("headings %q", headings)
	}
	// and the cluster shows the record's passage above its versions
	var record string
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "div" && attr(n, "class") == "version record" {
			record = textOf(n)
		}
	})
	if !strings.Contains(record, "record (debate line 6, Margaret Ellison): Rents are too high.") {
		t.Errorf("cluster record line %q", record)
	}
}

func TestRecordGitHub(t *testing.T) {
	out := string(render(t, "github", recordFixture()))
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "::error ") || !strings.Contains(lines[0], "title=quotecheck%3A spliced::spliced against the record: credited to Margaret Ellison; record: debate, 2 pieces joined, lines 6, 24") {
		t.Errorf("first annotation %q", lines[0])
	}
	if !strings.Contains(out, "title=quotecheck%3A not-in-source::not-in-source against the record: credited to Thomas Okafor; not in the record") {
		t.Errorf("no not-in-source annotation:\n%s", out)
	}
	if strings.Contains(out, "identical against the record") {
		t.Error("a faithful quote annotated")
	}
}

func TestRecordMarkdown(t *testing.T) {
	out := string(render(t, "markdown", recordFixture()))
	i, j := strings.Index(out, "Against the record (debate):"), strings.Index(out, "| ")
	if i < 0 || j < 0 || i > j || !strings.Contains(out, "Valley <Post>         4") {
		t.Errorf("markdown does not open with the record:\n%s", out)
	}
}
