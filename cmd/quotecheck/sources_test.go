package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runWith(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), env{args: append([]string{"quotecheck"}, args...), stdin: strings.NewReader(""),
		stdout: &out, stderr: &errb, getenv: func(string) string { return "" }})
	return code, out.String(), errb.String()
}

// The debate example of the README: one outlet keeps to the record, the
// other splices, alters and misattributes.
func TestCheckAgainstSource(t *testing.T) {
	code, out, stderr := runWith("check", "--format", "json", "--source", "../../testdata/debate/transcript.txt", "../../testdata/debate/articles/")
	if code != 1 {
		t.Fatalf("exit %d, stderr %s", code, stderr)
	}
	var doc struct {
		Record struct {
			Outlets []struct {
				Outlet                                              string
				Checked, Verbatim, Faithful, Altered, Misattributed int
				NotFound                                            int `json:"not_found"`
			}
			Checks []struct {
				Quote, Verdict string
				Source         *struct {
					Speaker *string
					Line    int
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range doc.Record.Checks {
		got[c.Quote] = c.Verdict
	}
	for q, want := range map[string]string{
		"courier#1": "identical", "courier#2": "ellipsis", "courier#3": "fragment",
		"valleypost#1": "speaker-differs", "valleypost#2": "spliced", "valleypost#3": "wording-altered", "valleypost#4": "not-in-source",
	} {
		if got[q] != want {
			t.Errorf("%s: %q, want %q", q, got[q], want)
		}
	}
	if len(doc.Record.Outlets) != 2 || doc.Record.Outlets[1].Misattributed != 1 || doc.Record.Outlets[1].NotFound != 1 || doc.Record.Outlets[0].Altered != 0 {
		t.Errorf("outlets %+v", doc.Record.Outlets)
	}
}

func TestSourcesCommand(t *testing.T) {
	code, out, stderr := runWith("sources", "../../testdata/debate/transcript.txt")
	if code != 0 || !strings.Contains(out, "speaker Margaret Ellison: labels") || !strings.Contains(out, "10 turns, 3 speakers") {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
	code, _, stderr = runWith("check", "--source", "nothere.vtt", "../../testdata/debate/articles/")
	if code != 2 || !strings.Contains(stderr, "nothere.vtt") {
		t.Errorf("missing source: exit %d, %s", code, stderr)
	}
	bad := filepath.Join(t.TempDir(), "bad.vtt")
	if err := os.WriteFile(bad, []byte("WEBVTT\n\n1\n00:00:01.000 --> soon\nhello\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runWith("check", "--source", bad, "../../testdata/debate/articles/")
	if code != 2 || !strings.Contains(stderr, "bad.vtt: line 4: bad cue timing") {
		t.Errorf("bad captions: exit %d, %s", code, stderr)
	}
	code, _, stderr = runWith("check", "--source-form", "pdf", "--source", "../../testdata/debate/transcript.txt", "../../testdata/debate/articles/")
	if code != 2 || !strings.Contains(stderr, "--source-form") {
		t.Errorf("bad form: exit %d, %s", code, stderr)
	}
}

// A manifest row with role "source" makes the transcript in the articles'
// directory the record, not an article.
func TestManifestSource(t *testing.T) {
	code, out, stderr := runWith("check", "--format", "json", "--manifest", "../../testdata/debate/manifest.csv", "../../testdata/debate/")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Articles []struct{ ID string }
		Record   struct {
			Sources []struct{ ID, Form string }
			Outlets []struct{ Outlet string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 2 || len(doc.Record.Sources) != 1 || doc.Record.Sources[0].Form != "transcript" ||
		len(doc.Record.Outlets) != 2 || doc.Record.Outlets[0].Outlet != "Harmon Courier" {
		t.Errorf("articles %v, record %+v", doc.Articles, doc.Record)
	}
	for _, a := range doc.Articles {
		if a.ID == "transcript" {
			t.Error("the source was read as an article")
		}
	}
}

// A transcript published as a web page is read through the same
// extraction as articles: navigation and footer are not words.
func TestHTMLSource(t *testing.T) {
	page := filepath.Join(t.TempDir(), "debate.html")
	html := `<!doctype html><html><head><title>Transcript: the governor's debate</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Transcript: the governor's debate</h1>
<p>DANA WHITFIELD (MODERATOR): Good evening and welcome. Governor, the first question is yours.</p>
<p>GOV. MARGARET ELLISON: Thank you, Dana. Rents are too high, and I am not going to pretend otherwise.</p>
<p>But building is not enough. We will cap the fees that landlords charge for applications.</p>
<p>(APPLAUSE)</p>
<p>WHITFIELD: Mr. Okafor, your response.</p>
<p>THOMAS OKAFOR: The governor has had four years, and four years of rising rents.</p>
</article><footer>Copyright Harmon Public Radio</footer></body></html>`
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runWith("sources", page)
	if code != 0 || !strings.Contains(out, "debate: transcript") || !strings.Contains(out, "3 speakers") ||
		strings.Contains(out, "Copyright") || strings.Contains(out, "APPLAUSE") {
		t.Errorf("exit %d\n%s%s", code, out, stderr)
	}
}

// A config file can raise a verdict against the record: words the record
// lacks become an error, and a run that only has that fails.
func TestSourceSeverityFromConfig(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "q.yaml")
	if err := os.WriteFile(cfg, []byte("severity:\n  not-in-source: error\n  spliced: warning\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runWith("check", "--format", "json", "--config", cfg, "--source", "../../testdata/debate/transcript.txt", "../../testdata/debate/articles/")
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var doc struct {
		Record struct {
			Checks []struct{ Quote, Verdict, Severity string }
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range doc.Record.Checks {
		got[c.Verdict] = c.Severity
	}
	if got["not-in-source"] != "error" || got["spliced"] != "warning" || got["speaker-differs"] != "error" {
		t.Errorf("severities %v", got)
	}
}
