package report

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/input"
)

// seedsReport runs the whole check over the bundled story, with the
// outlets its manifest names, as `quotecheck check` does.
func seedsReport(t testing.TB) *Report {
	t.Helper()
	dir := filepath.Join("..", "testdata", "sanctions")
	m, err := input.LoadManifest(filepath.Join(dir, "manifest.csv"))
	if err != nil {
		t.Fatal(err)
	}
	arts, _, errs := input.Load(context.Background(), []string{dir}, input.Options{Manifest: m})
	if len(errs) > 0 || len(arts) != 5 {
		t.Fatalf("loading the seeds: %d articles, errors %v", len(arts), errs)
	}
	for i := range arts {
		arts[i].Path = filepath.ToSlash(filepath.Join("testdata", "sanctions", filepath.Base(arts[i].Path)))
	}
	res := align.Analyze(arts, align.DefaultOptions())
	return &Report{Result: res, Command: CommandCheck, ExitCode: 1}
}

// TestSeedsGolden pins every format's output on the bundled story; any
// change in extraction, attribution or alignment shows here as a diff to
// review (go test ./report -update rewrites them).
func TestSeedsGolden(t *testing.T) {
	r := seedsReport(t)
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			checkGolden(t, "seeds."+goldenExt[format], render(t, format, r))
		})
	}
}

// TestSeedsHTMLInChromium opens the bundled story's report in a real
// browser: it opens with the outlet summary, a row per outlet, and
// McDonald's row carries the spun copy's change as <del>/<ins>.
func TestSeedsHTMLInChromium(t *testing.T) {
	bin, ok := chromium()
	if !ok {
		t.Skip("no Chromium found (apt-get install chromium, or set $CHROMIUM); skipping the browser test")
	}
	page := filepath.Join(t.TempDir(), "seeds.html")
	if err := os.WriteFile(page, render(t, "html", seedsReport(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(runChromium(t, bin, "--dump-dom", "file://"+page)))
	if err != nil {
		t.Fatal(err)
	}
	var row, firstTable *html.Node
	outlets := 0
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" && firstTable == nil {
			firstTable = n
		}
		if n.Type == html.ElementNode && n.Data == "td" && attr(n, "class") == "outlet" {
			outlets++
		}
		if row == nil && n.Type == html.ElementNode && n.Data == "td" && attr(n, "class") == "speaker" && strings.TrimSpace(textOf(n)) == "Stewart McDonald" {
			row = n.Parent
		}
	})
	if firstTable == nil || attr(firstTable, "class") != "outlets" {
		t.Error("the page does not open with the outlet summary")
	}
	if outlets != 5 {
		t.Errorf("%d outlets in the summary, want the story's 5", outlets)
	}
	if row == nil {
		t.Fatal("no row for Stewart McDonald in the rendered page")
	}
	var b bytes.Buffer
	if err := html.Render(&b, row); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<del>gun fight</del>", "<ins>weapon battle</ins>", "<del>wooden</del>", "<ins>wood</ins>", "wording-altered"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("McDonald row lacks %s:\n%s", want, b.String())
		}
	}
}

// TestSeedsMarkdownIsOneTable parses the seeds' Markdown golden file as
// GFM: one table, a row per listed cluster, every row as wide as the
// header, and McDonald's row showing the change struck through and in
// bold.
func TestSeedsMarkdownIsOneTable(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("testdata", "golden", "seeds.md"))
	if err != nil {
		t.Fatal(err)
	}
	r := seedsReport(t)
	rows := mdTable(t, src)
	if want := len(r.clusterViews(newIndex(&r.Result), readingDefault)) + 1; len(rows) != want {
		t.Fatalf("%d rows (header included), want %d", len(rows), want)
	}
	var mcdonald []string
	for i, row := range rows {
		if len(row) != 4 {
			t.Errorf("row %d has %d cells, want 4: %q", i, len(row), row)
		}
		if strings.TrimSpace(row[1]) == "Stewart McDonald" {
			mcdonald = row
		}
	}
	if mcdonald == nil {
		t.Fatal("no row for Stewart McDonald")
	}
	if !strings.Contains(mcdonald[3], "~gun fight~ *weapon battle*") {
		t.Errorf("McDonald's versions cell lacks the marked change: %q", mcdonald[3])
	}
}
