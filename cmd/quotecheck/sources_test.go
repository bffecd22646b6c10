package main

import (
	"bytes"
	"context"
	"encoding/json"
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
