package baseline

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

type q struct {
	id, text string
	line     int
}

// story builds a result from articles' quotes and clusters; the quotes'
// positions only matter to show that the baseline ignores them.
func story(arts map[string][]q, clusters ...align.Cluster) align.Result {
	var res align.Result
	for _, id := range []string{"daily", "spun", "wire"} {
		qs, ok := arts[id]
		if !ok {
			continue
		}
		aq := align.ArticleQuotes{Article: quotes.Article{ID: id, Path: id + ".txt", Outlet: id}}
		for _, x := range qs {
			aq.Quotes = append(aq.Quotes, quotes.Quote{ID: x.id, Article: id, Text: x.text, Line: x.line, Start: 80 * x.line, End: 80*x.line + len(x.text)})
		}
		res.Articles = append(res.Articles, aq)
	}
	res.Clusters = clusters
	return res
}

const (
	bullied = "We will not be bullied into a decision that puts patients at risk."
	pushed  = "We will not be pushed into a decision that puts patients in danger."
	gap     = "The funding gap is real, and it is growing every single week."
	gapCut  = "The funding gap is real and it is growing."
	gapWire = "The funding gap is real – and it is growing every single week"
	nobody  = "Nobody voted for this"
	welcome = "We welcome the review."
)

func finding(v align.Verdict, s align.Severity, a, b string) align.Finding {
	return align.Finding{Verdict: v, Severity: s, A: a, B: b}
}

// base is the run that gets recorded: one finding of each common kind.
func base() align.Result {
	return story(map[string][]q{
		"daily": {{"daily#1", bullied, 4}, {"daily#2", gap, 9}, {"daily#3", nobody, 12}, {"daily#4", welcome, 20}},
		"spun":  {{"spun#1", pushed, 5}, {"spun#2", gapCut, 11}, {"spun#3", welcome, 30}},
		"wire":  {{"wire#1", gapWire, 3}},
	},
		align.Cluster{ID: "c1", SpeakerID: "maria-lopez", Quotes: []string{"daily#1", "spun#1"}, Verdict: align.WordingAltered,
			Findings: []align.Finding{finding(align.WordingAltered, align.Error, "daily#1", "spun#1")}},
		align.Cluster{ID: "c2", SpeakerID: "maria-lopez", Quotes: []string{"daily#2", "spun#2", "wire#1"}, Verdict: align.Trimmed,
			Findings: []align.Finding{
				finding(align.Trimmed, align.Warning, "daily#2", "spun#2"),
				finding(align.PunctuationOnly, align.Info, "daily#2", "wire#1"),
			}},
		align.Cluster{ID: "c3", SpeakerID: "tom-reyes", Quotes: []string{"daily#3"}, Verdict: align.ParaphrasedUnquoted,
			Findings: []align.Finding{{Verdict: align.ParaphrasedUnquoted, Severity: align.Warning, A: "daily#3",
				BSpan: &align.Span{Article: "spun", Start: 900, End: 921, Text: "nobody voted for this"}}}},
		align.Cluster{ID: "c4", SpeakerID: "union", Quotes: []string{"daily#4", "spun#3"}, Verdict: align.Identical,
			Findings: []align.Finding{finding(align.Identical, align.Info, "daily#4", "spun#3")}},
	)
}

func TestKey(t *testing.T) {
	k := Key("maria-lopez", align.WordingAltered, bullied, pushed)
	// Pinned: a change here breaks every baseline users have written,
	// so it needs a new Schema.
	const pinned = "76d6812cc45cca54b49b0871c3a2bc3d6462e8a278c14bcab4704607f337edcd"
	if k != pinned {
		t.Errorf("Key = %s, want the v1 key %s", k, pinned)
	}
	tests := []struct {
		name    string
		speaker string
		verdict align.Verdict
		a, b    string
		same    bool
	}{
		{"the same finding", "maria-lopez", align.WordingAltered, bullied, pushed, true},
		{"versions swapped", "maria-lopez", align.WordingAltered, pushed, bullied, true},
		{"curly quotes, case and spacing", "maria-lopez", align.WordingAltered,
			"“we will NOT be bullied  into a decision that puts patients at risk”", pushed, true},
		{"a changed word", "maria-lopez", align.WordingAltered, bullied, strings.Replace(pushed, "danger", "peril", 1), false},
		{"another speaker", "tom-reyes", align.WordingAltered, bullied, pushed, false},
		{"another verdict", "maria-lopez", align.Trimmed, bullied, pushed, false},
		{"texts run together differently", "maria-lopez", align.WordingAltered, bullied + " " + pushed, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Key(tt.speaker, tt.verdict, tt.a, tt.b)
			if (got == k) != tt.same {
				t.Errorf("Key = %s, reference %s, want same=%v", got, k, tt.same)
			}
			if len(got) != 64 {
				t.Errorf("Key length %d, want 64 hex digits", len(got))
			}
		})
	}
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, base()); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "base.golden.json")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("Encode differs from %s (go test -update to accept):\n%s", golden, buf.String())
	}
}

func TestEncodeDeduplicatesAndSkipsIdentical(t *testing.T) {
	entries := Entries(base())
	// 4 divergences; the identical pair is left out.
	if len(entries) != 4 {
		t.Fatalf("got %d entries, want 4: %+v", len(entries), entries)
	}
	// The same divergence between two pairs of outlets is one entry.
	res := base()
	res.Articles[2].Quotes = append(res.Articles[2].Quotes, quotes.Quote{ID: "wire#2", Text: pushed})
	res.Clusters[0].Quotes = append(res.Clusters[0].Quotes, "wire#2")
	res.Clusters[0].Findings = append(res.Clusters[0].Findings, finding(align.WordingAltered, align.Error, "daily#1", "wire#2"))
	if got := len(Entries(res)); got != 4 {
		t.Errorf("with a repeated divergence, got %d entries, want 4", got)
	}
	var buf bytes.Buffer
	if err := Encode(&buf, align.Result{}); err != nil {
		t.Fatal(err)
	}
	if want := "{\n  \"schema\": \"quotecheck-baseline/v1\",\n  \"entries\": []\n}\n"; buf.String() != want {
		t.Errorf("empty baseline = %q, want %q", buf.String(), want)
	}
}

func writeAndLoad(t *testing.T, res align.Result) *Baseline {
	t.Helper()
	path := filepath.Join(t.TempDir(), "quotecheck-baseline.json")
	if err := Write(path, res); err != nil {
		t.Fatal(err)
	}
	b, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestRoundTripSuppressesEverything(t *testing.T) {
	b := writeAndLoad(t, base())
	if b.Len() != 4 {
		t.Errorf("Len = %d, want 4", b.Len())
	}
	kept, n := b.Filter(base())
	if n != 4 {
		t.Errorf("suppressed %d, want 4", n)
	}
	want := map[string]struct {
		verdict  align.Verdict
		findings int
	}{
		"c1": {align.Identical, 0},    // two versions, nothing left to report
		"c2": {align.Identical, 0},    //
		"c3": {align.SingleSource, 0}, // one quoted version
		"c4": {align.Identical, 1},    // untouched: identical is never recorded
	}
	for _, c := range kept.Clusters {
		w := want[c.ID]
		if c.Verdict != w.verdict || len(c.Findings) != w.findings {
			t.Errorf("cluster %s: verdict %s with %d findings, want %s with %d", c.ID, c.Verdict, len(c.Findings), w.verdict, w.findings)
		}
	}
}

// Each case edits the recorded run the way a later run may differ, and
// lists the findings (by cluster ID and A/B) that must still be reported.
func TestFilterLaterRun(t *testing.T) {
	type kf struct{ cluster, a, b string }
	tests := []struct {
		name     string
		edit     func(*align.Result)
		want     []kf
		verdicts map[string]align.Verdict // clusters whose verdict is checked
	}{
		{
			name: "unchanged",
			edit: func(*align.Result) {},
		},
		{
			name: "quotes moved to other lines and renumbered",
			edit: func(r *align.Result) {
				// A new paragraph with a quote at the top of the article:
				// every quote moves down and its number goes up.
				renumber(r, "daily", map[string]string{"daily#1": "daily#2", "daily#2": "daily#3", "daily#3": "daily#4", "daily#4": "daily#5"})
				for i := range r.Articles[0].Quotes {
					r.Articles[0].Quotes[i].Line += 7
				}
			},
		},
		{
			name: "punctuation and quote style changed",
			edit: func(r *align.Result) {
				setText(r, "spun#1", "“We will not be pushed into a decision that puts patients in danger”")
			},
		},
		{
			name: "outlets swapped",
			edit: func(r *align.Result) {
				f := &r.Clusters[0].Findings[0]
				f.A, f.B = f.B, f.A
			},
		},
		{
			name: "a changed word is a new finding",
			edit: func(r *align.Result) {
				setText(r, "spun#1", strings.Replace(pushed, "pushed", "forced", 1))
			},
			want:     []kf{{"c1", "daily#1", "spun#1"}},
			verdicts: map[string]align.Verdict{"c1": align.WordingAltered},
		},
		{
			name: "the paraphrase's words changed",
			edit: func(r *align.Result) {
				r.Clusters[2].Findings[0].BSpan = &align.Span{Article: "spun", Text: "nobody asked for this"}
			},
			want: []kf{{"c3", "daily#3", ""}},
		},
		{
			name: "the same words given to another speaker",
			edit: func(r *align.Result) { r.Clusters[0].SpeakerID = "sam-okafor" },
			want: []kf{{"c1", "daily#1", "spun#1"}},
		},
		{
			name: "a new finding in a recorded cluster sets the cluster's verdict",
			edit: func(r *align.Result) {
				r.Articles[2].Quotes = append(r.Articles[2].Quotes, quotes.Quote{ID: "wire#2", Text: gap + " It is a scandal."})
				c := &r.Clusters[1]
				c.Quotes = append(c.Quotes, "wire#2")
				c.Findings = append(c.Findings, finding(align.WordsAdded, align.Warning, "daily#2", "wire#2"))
			},
			want:     []kf{{"c2", "daily#2", "wire#2"}},
			verdicts: map[string]align.Verdict{"c2": align.WordsAdded, "c1": align.Identical},
		},
	}
	b := writeAndLoad(t, base())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := base()
			tt.edit(&res)
			before := len(allFindings(res))
			kept, n := b.Filter(res)
			var got []kf
			for _, c := range kept.Clusters {
				for _, f := range c.Findings {
					if f.Verdict != align.Identical {
						got = append(got, kf{c.ID, f.A, f.B})
					}
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept findings %v, want %v", got, tt.want)
			}
			if left := len(allFindings(kept)); before-left != n {
				t.Errorf("suppressed = %d, but %d findings went", n, before-left)
			}
			for _, c := range kept.Clusters {
				if v, ok := tt.verdicts[c.ID]; ok && c.Verdict != v {
					t.Errorf("cluster %s verdict %s, want %s", c.ID, c.Verdict, v)
				}
			}
		})
	}
}

func TestFilterLeavesInputAlone(t *testing.T) {
	b := writeAndLoad(t, base())
	res := base()
	b.Filter(res)
	if !reflect.DeepEqual(res, base()) {
		t.Error("Filter changed the result it was given")
	}
	var none *Baseline
	if kept, n := none.Filter(res); n != 0 || !reflect.DeepEqual(kept, res) {
		t.Error("a nil baseline filtered something")
	}
}

// Of the findings left in a cluster, the most severe sets the verdict;
// between equal severities, the verdict that changes the meaning more.
func TestClusterVerdict(t *testing.T) {
	three := []string{"times#2", "herald#5", "post#1"}
	tests := []struct {
		name     string
		findings []align.Finding
		quotes   []string
		want     align.Verdict
	}{
		{"none left, several articles", nil, three, align.Identical},
		{"none left, one version", nil, []string{"times#4"}, align.SingleSource},
		{"none left, two versions in one article", nil, []string{"times#4", "times#9"}, align.SingleSource},
		{"severity first", []align.Finding{
			finding(align.WordingAltered, align.Warning, "", ""), // downgraded by config
			finding(align.Trimmed, align.Error, "", ""),
		}, three, align.Trimmed},
		{"equal severity: wording altered over speaker differs", []align.Finding{
			finding(align.SpeakerDiffers, align.Error, "", ""),
			finding(align.WordingAltered, align.Error, "", ""),
		}, three, align.WordingAltered},
		{"equal severity: wording over words added", []align.Finding{
			finding(align.WordsAdded, align.Warning, "", ""),
			finding(align.WordingAltered, align.Warning, "", ""),
			finding(align.PunctuationOnly, align.Warning, "", ""),
		}, three, align.WordingAltered},
	}
	for _, tt := range tests {
		c := align.Cluster{Quotes: tt.quotes, Findings: tt.findings}
		if got := clusterVerdict(c); got != tt.want {
			t.Errorf("%s: verdict %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"syntax error", "{\n  \"schema\": \"quotecheck-baseline/v1\",\n  \"entries\": [\n    {\"key\": \"ab\",}\n  ]\n}\n",
			`b.json:4:18: invalid JSON: invalid character '}' looking for beginning of object key string`},
		{"truncated", "{\n  \"schema\": \"quotecheck-baseline/v1\",\n  \"entries\": [\n    {\"key\": \"ab\"",
			`b.json:4:17: invalid JSON: unexpected end of file (truncated?)`},
		{"wrong type", "{\"schema\": \"quotecheck-baseline/v1\",\n \"entries\": [{\"key\": 12}]}",
			`b.json:2:22: entries.key: want a string, found a JSON number`},
		{"entries not a list", "{\"schema\": \"quotecheck-baseline/v1\", \"entries\": {}}",
			`b.json:1:49: entries: want a list, found a JSON object`},
		{"not an object", "[]",
			`b.json:1:1: the document: want an object, found a JSON array`},
		{"wrong schema", `{"schema": "quotecheck/v1", "entries": []}`,
			`b.json: schema "quotecheck/v1", want "quotecheck-baseline/v1"`},
		{"no schema", `{"entries": []}`,
			`b.json: schema "", want "quotecheck-baseline/v1"`},
		{"two documents", "{\"schema\": \"quotecheck-baseline/v1\", \"entries\": []}\n{}\n",
			`b.json:2:1: unexpected data after the JSON document`},
		{"empty", "\n",
			`b.json: empty file (want a quotecheck-baseline/v1 JSON document; write one with --write-baseline)`},
		{"entry with nothing to match", "{\"schema\": \"quotecheck-baseline/v1\", \"entries\": [{\"speaker\": \"x\"}]}",
			`b.json: entry 1 has neither a key nor a verdict`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := LoadBytes("b.json", []byte(tt.data))
			if err == nil {
				t.Fatalf("LoadBytes = %+v, want error %q", b, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %q\nwant %q", err.Error(), tt.want)
			}
		})
	}
	_, err := Load(filepath.Join("testdata", "missing.json"))
	if want := "read baseline testdata/missing.json: no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("Load(missing) error = %v, want %q", err, want)
	}
}

// An entry written by hand, without a key, matches by its texts.
func TestLoadHandWrittenEntry(t *testing.T) {
	src := `{"schema": "quotecheck-baseline/v1", "entries": [
	  {"verdict": "trimmed", "speaker": "maria-lopez",
	   "a_text": "The funding gap is real and it is growing",
	   "b_text": "the funding gap is real, and it is growing every single week"}]}`
	b, err := LoadBytes("hand.json", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	_, n := b.Filter(base())
	if n != 1 {
		t.Errorf("suppressed %d, want the one trimmed finding", n)
	}
}

func TestWriteErrors(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, base()); err == nil || err.Error() != "write baseline: write "+dir+": is a directory" {
		t.Errorf("Write over a directory: %v", err)
	}
	if names, _ := os.ReadDir(dir); len(names) != 0 {
		t.Errorf("left %d files behind", len(names))
	}
}

func renumber(r *align.Result, article string, ids map[string]string) {
	for i := range r.Articles {
		for j := range r.Articles[i].Quotes {
			if n, ok := ids[r.Articles[i].Quotes[j].ID]; ok {
				r.Articles[i].Quotes[j].ID = n
			}
		}
	}
	for i := range r.Clusters {
		c := &r.Clusters[i]
		for j, id := range c.Quotes {
			if n, ok := ids[id]; ok {
				c.Quotes[j] = n
			}
		}
		for j := range c.Findings {
			f := &c.Findings[j]
			if n, ok := ids[f.A]; ok {
				f.A = n
			}
			if n, ok := ids[f.B]; ok {
				f.B = n
			}
		}
	}
}

func setText(r *align.Result, id, text string) {
	for i := range r.Articles {
		for j := range r.Articles[i].Quotes {
			if r.Articles[i].Quotes[j].ID == id {
				r.Articles[i].Quotes[j].Text = text
			}
		}
	}
}

func allFindings(r align.Result) []align.Finding {
	var out []align.Finding
	for _, c := range r.Clusters {
		out = append(out, c.Findings...)
	}
	return out
}

// TestLoadUnknownKey: a misspelt key is an error naming it and its place,
// not a baseline that silently hides nothing.
func TestLoadUnknownKey(t *testing.T) {
	tests := []struct{ data, want string }{
		{"{\"schema\": \"" + Schema + "\", \"entires\": []}", `b.json:1:38: unknown key "entires"`},
		{"{\"schema\": \"" + Schema + "\",\n \"entries\": [{\"verdict\": \"trimmed\", \"a_txt\": \"We will\"}]}", `b.json:2:37: unknown key "a_txt"`},
	}
	for _, tt := range tests {
		_, err := LoadBytes("b.json", []byte(tt.data))
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("LoadBytes(%q) error %v, want %q", tt.data, err, tt.want)
		}
	}
}
