package report

import (
	"bytes"
	"context"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/quotecheck/quotecheck/align"
)

var (
	screenshot = flag.String("screenshot", "",
		"write a PNG screenshot of the HTML report to this path (with -run TestHTMLInChromium)")
	screenshotHTML = flag.String("screenshot-html", "",
		"the HTML page to screenshot instead of the fixture report (e.g. the seeds' report)")
)

// chromium finds a headless-capable Chromium: $CHROMIUM, else Debian's
// chromium, else the other usual names.
func chromium() (string, bool) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p, true
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, true
		}
	}
	return "", false
}

// runChromium runs a headless Chromium on a local file with everything
// that would reach the network switched off, and returns its stdout.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return stdout.Bytes()
}

// TestHTMLInChromium opens the check report in a real browser and reads
// back the DOM it built: the outlet summary opens the page, the McDonald
// row is there with its <del>/<ins> word diff and the sentence around the
// quote, and the quote holding <script>alert(1)</script> shows as text,
// with no script element anywhere in the page.
func TestHTMLInChromium(t *testing.T) {
	bin, ok := chromium()
	if !ok {
		t.Skip("no Chromium found (apt-get install chromium, or set $CHROMIUM); skipping the browser test")
	}
	page := filepath.Join(t.TempDir(), "report.html")
	r := fixtureReport(CommandCheck)
	r.MinSeverity = align.Info // list the single-source cluster that holds the <script> quote
	if err := os.WriteFile(page, render(t, "html", r), 0o644); err != nil {
		t.Fatal(err)
	}
	dom := runChromium(t, bin, "--dump-dom", "file://"+page)
	doc, err := html.Parse(bytes.NewReader(dom))
	if err != nil {
		t.Fatalf("parse the DOM Chromium dumped: %v", err)
	}

	var scripts int
	var mcdonaldRows []*html.Node
	var scriptText bool
	var firstTable *html.Node
	outletRows := map[string][]string{}
	walk(doc, func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "table" && firstTable == nil {
			firstTable = n
		}
		if n.Type == html.ElementNode && n.Data == "tr" && n.Parent != nil && n.Parent.Parent != nil && attr(n.Parent.Parent, "class") == "outlets" {
			var cells []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && c.Data == "td" {
					cells = append(cells, strings.TrimSpace(textOf(c)))
				}
			}
			if len(cells) > 0 {
				outletRows[cells[0]] = cells
			}
		}
		if n.Type == html.ElementNode && n.Data == "script" {
			scripts++
		}
		if n.Type == html.TextNode && strings.Contains(n.Data, "<script>alert(1)</script>") {
			scriptText = true
		}
		if n.Type == html.ElementNode && n.Data == "tr" {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == html.ElementNode && attr(c, "class") == "speaker" && strings.Contains(textOf(c), "McDonald") {
					mcdonaldRows = append(mcdonaldRows, n)
				}
			}
		}
	})
	if scripts != 0 {
		t.Errorf("the page has %d script elements, want none", scripts)
	}
	if !scriptText {
		t.Error("the quote <script>alert(1)</script> is not shown as text")
	}
	// The outlet summary comes first: per outlet, quotes, checked,
	// altered and credited to someone else, with the manifest's link and
	// date.
	if firstTable == nil || attr(firstTable, "class") != "outlets" {
		t.Error("the page does not open with the outlet summary")
	}
	for outlet, want := range map[string][]string{
		"BBC News":   {"BBC News", "MPs clash over budget 2026-03-25", "7", "5", "0", "0"},
		"Spun Daily": {"Spun Daily", "spun 2026-03-26", "4", "4", "2", "0"},
		"Sky News":   {"Sky News", "sky", "4", "4", "1", "1"},
	} {
		if got := outletRows[outlet]; !slices.Equal(got, want) {
			t.Errorf("outlet summary row %q = %q, want %q", outlet, got, want)
		}
	}
	if len(mcdonaldRows) == 0 {
		t.Fatal("no row for McDonald")
	}
	var rendered bytes.Buffer
	if err := html.Render(&rendered, mcdonaldRows[0]); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"<del>gun fight</del>", "<ins>weapon battle</ins>", "wording-altered",
		`<a href="https://spun.example.net/p/4411" rel="noopener noreferrer">Spun Daily</a>`,
		`The MP Alasdair McDonald said: &#34;<mark>This is not a weapon battle`} {
		if !strings.Contains(rendered.String(), want) {
			t.Errorf("McDonald row lacks %s:\n%s", want, rendered.String())
		}
	}

	if *screenshot != "" {
		src := page
		if *screenshotHTML != "" {
			if src, err = filepath.Abs(*screenshotHTML); err != nil {
				t.Fatal(err)
			}
		}
		out, err := filepath.Abs(*screenshot)
		if err != nil {
			t.Fatal(err)
		}
		runChromium(t, bin, "--hide-scrollbars", "--screenshot="+out, "--window-size=1400,900", "file://"+src)
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
			t.Fatalf("no screenshot written to %s: %v", out, err)
		}
		t.Logf("screenshot of %s written to %s", src, out)
	}
}

func walk(n *html.Node, f func(*html.Node)) {
	f(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	})
	return b.String()
}
