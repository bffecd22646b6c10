package report

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

func TestCSVCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{`=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`},
		{"+44 20 7946 0000 is the number", "'+44 20 7946 0000 is the number"},
		{"-2 degrees overnight, forecasters said", "'-2 degrees overnight, forecasters said"},
		{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"We will not back down", "We will not back down"},
		{"a = b", "a = b"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := csvCell(tt.in); got != tt.want {
			t.Errorf("csvCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestVisible(t *testing.T) {
	tests := []struct {
		in        string
		keepLines bool
		want      string
	}{
		{"plain words", false, "plain words"},
		{"evil\x1b]0;owned\x07.txt", false, "evil<U+001B>]0;owned<U+0007>.txt"},
		{"two\nlines\tand\ttabs", true, "two\nlines\tand\ttabs"},
		{"two\nlines", false, "two<U+000A>lines"},
		{"the \u202eyas ton did I", true, "the <U+202E>yas ton did I"},
		{"no\u200bbreak", true, "no<U+200B>break"},
		{"\ufeffheadline", false, "<U+FEFF>headline"},
		{"isolate\u2066x\u2069", true, "isolate<U+2066>x<U+2069>"},
		{"c1\u009bcontrol", true, "c1<U+009B>control"},
		{"bad \xff byte", true, "bad <U+FFFD> byte"},
	}
	for _, tt := range tests {
		if got := Visible(tt.in, tt.keepLines); got != tt.want {
			t.Errorf("Visible(%q, %v) = %q, want %q", tt.in, tt.keepLines, got, tt.want)
		}
	}
}

func TestMdNeutralise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"thanks @octocat for the tip", "thanks `@octocat` for the tip"},
		{"ask @acme/press-office", "ask `@acme/press-office`"},
		{"write to press@example.org", "write to press@example.org"},
		{"see https://example.org/a_b?x=1&y=2.", "see `https://example.org/a_b?x=1&y=2`."},
		{"visit WWW.example.org now", "visit `WWW.example.org` now"},
		{"it cost $5 and then $6", "it cost <span>$</span>5 and then <span>$</span>6"},
		{"nothing to see", "nothing to see"},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSarifURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"articles/bbc.txt", "articles/bbc.txt"},
		{"my articles/the {bbc} <copy> \"x\".txt", "my%20articles/the%20%7Bbbc%7D%20%3Ccopy%3E%20%22x%22.txt"},
		{"HTTP://Example.org/story one", "http://Example.org/story%20one"},
		{"https://example.org/a?q=1", "https://example.org/a?q=1"},
		{"c:story.txt", "./c:story.txt"},
		{"/abs/path.txt", "/abs/path.txt"},
	}
	for _, tt := range tests {
		if got := sarifURIOf(tt.in); got != tt.want {
			t.Errorf("sarifURIOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestJSONVisible: invisible characters are escaped in the bytes of the
// file yet decode to the exact text.
func TestJSONVisible(t *testing.T) {
	text := "he said \u202ethe opposite\u202c and\u200b more"
	var buf bytes.Buffer
	enc := json.NewEncoder(jsonVisibleWriter{&buf})
	if err := enc.Encode(map[string]string{"text": text}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(buf.Bytes(), []byte("\u202e")) || !bytes.Contains(buf.Bytes(), []byte(`\u202e`)) {
		t.Errorf("raw U+202E in %s", buf.Bytes())
	}
	var back map[string]string
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil || back["text"] != text {
		t.Errorf("decoded %q (%v), want %q", back["text"], err, text)
	}
}

// TestVisibleResultKeepsEverything: on text with nothing invisible in it,
// the pass that makes invisible characters visible must give back the
// result it was handed, every field included, so that a field added to
// align.Result later is not dropped from the formats for people (as the
// record, the stats and the variants once were).
func TestVisibleResultKeepsEverything(t *testing.T) {
	res := recordFixture().Result
	res.Stats = align.CountStats(res)
	got := visibleResult(res)
	if !reflect.DeepEqual(got, res) {
		t.Errorf("visibleResult changed a result with nothing to show:\n got %+v\nwant %+v", got, res)
	}
	// And on an invisible character, the copy changes, the input does not.
	res.Clusters[0].Variants[0].Outlets = []string{"BBC\u202eNews"}
	got = visibleResult(res)
	if o := got.Clusters[0].Variants[0].Outlets[0]; o != "BBC<U+202E>News" {
		t.Errorf("variant outlet shown as %q", o)
	}
	if o := res.Clusters[0].Variants[0].Outlets[0]; o != "BBC\u202eNews" {
		t.Errorf("input changed to %q", o)
	}
}
