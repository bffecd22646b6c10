package report

import (
	"bytes"
	"encoding/json"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/quotecheck/quotecheck/align"
)

// topLevelKeys reads the keys of a JSON object in document order.
func topLevelKeys(t *testing.T, data []byte) []string {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("not a JSON object: %v %v", tok, err)
	}
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var skip json.RawMessage
		if err := dec.Decode(&skip); err != nil {
			t.Fatal(err)
		}
	}
	return keys
}

func keysOf(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func sorted(ks ...string) []string {
	sort.Strings(ks)
	return ks
}

// TestJSONContract checks the JSON output against docs/json-v1.md: the
// order of the top-level keys, each object's key set, and which fields are
// null.
func TestJSONContract(t *testing.T) {
	out := render(t, "json", fixtureReport(CommandCheck))
	if got, want := topLevelKeys(t, out), []string{"schema", "articles", "speakers", "clusters", "summary"}; !slices.Equal(got, want) {
		t.Fatalf("top-level keys %v, want %v", got, want)
	}
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["schema"] != "quotecheck/v1" {
		t.Errorf("schema = %v", doc["schema"])
	}

	quoteKeys := sorted("id", "text", "start", "end", "line", "column", "kind", "speaker", "speaker_id", "mention", "cue")
	byID := map[string]map[string]any{}
	for _, a := range doc["articles"].([]any) {
		art := a.(map[string]any)
		// text_source and encoding are the additions the contract allows.
		if got, want := keysOf(art), sorted("id", "path", "outlet", "title", "quotes", "text_source", "encoding"); !slices.Equal(got, want) {
			t.Errorf("article keys %v, want %v", got, want)
		}
		for _, q := range art["quotes"].([]any) {
			qm := q.(map[string]any)
			if got := keysOf(qm); !slices.Equal(got, quoteKeys) {
				t.Errorf("quote %v keys %v, want %v", qm["id"], got, quoteKeys)
			}
			byID[qm["id"].(string)] = qm
		}
	}
	// An attributed quote has every field; an unattributed one has nulls.
	attributed := byID["bbc#4"]
	if attributed["speaker"] != "Jane Holt" || attributed["speaker_id"] != "jane-holt" || attributed["cue"] != "added" {
		t.Errorf("bbc#4 = %v", attributed)
	}
	m, ok := attributed["mention"].(map[string]any)
	if !ok || m["text"] != "she" || !slices.Equal(keysOf(m), sorted("text", "start", "end")) {
		t.Errorf("bbc#4 mention = %v", attributed["mention"])
	}
	unattributed := byID["bbc#6"]
	for _, k := range []string{"speaker", "speaker_id", "mention", "cue"} {
		if v, present := unattributed[k]; !present || v != nil {
			t.Errorf("bbc#6 %s = %v (present %v), want null", k, v, present)
		}
	}
	if !strings.Contains(unattributed["text"].(string), "<script>alert(1)</script>\nhurt") {
		t.Errorf("bbc#6 text changed: %q", unattributed["text"])
	}

	for _, s := range doc["speakers"].([]any) {
		if got, want := keysOf(s.(map[string]any)), sorted("id", "name", "kind", "aliases", "articles"); !slices.Equal(got, want) {
			t.Errorf("speaker keys %v, want %v", got, want)
		}
	}

	clusters := doc["clusters"].([]any)
	seen := map[string]bool{}
	byCluster := map[string]map[string]any{}
	for _, c := range clusters {
		cm := c.(map[string]any)
		byCluster[cm["id"].(string)] = cm
		seen[cm["verdict"].(string)] = true
		if got, want := keysOf(cm), sorted("id", "speaker_id", "quotes", "verdict", "findings", "reference", "variants"); !slices.Equal(got, want) {
			t.Errorf("cluster keys %v, want %v", got, want)
		}
		if _, isList := cm["findings"].([]any); !isList {
			t.Errorf("cluster %v findings = %v, want a list", cm["id"], cm["findings"])
		}
		for _, v := range cm["variants"].([]any) {
			vm := v.(map[string]any)
			seen[vm["verdict"].(string)] = true
			if got, want := keysOf(vm), sorted("id", "text", "quotes", "articles", "outlets", "verdict", "severity", "diff", "compared_with"); !slices.Equal(got, want) {
				t.Errorf("variant keys %v, want %v", got, want)
			}
			checkOps(t, vm["diff"])
		}
		for _, f := range cm["findings"].([]any) {
			fm := f.(map[string]any)
			v := fm["verdict"].(string)
			seen[v] = true
			want := sorted("verdict", "severity", "a", "b", "diff", "variant", "articles", "outlets")
			if v == string(align.ParaphrasedUnquoted) {
				want = sorted("verdict", "severity", "a", "b_span", "diff", "variant", "articles", "outlets")
				span := fm["b_span"].(map[string]any)
				if got := keysOf(span); !slices.Equal(got, sorted("article", "start", "end", "text")) {
					t.Errorf("b_span keys %v", got)
				}
				if fv, present := fm["variant"]; !present || fv != nil {
					t.Errorf("paraphrase variant = %v, want null", fv)
				}
			}
			if got := keysOf(fm); !slices.Equal(got, want) {
				t.Errorf("%s finding keys %v, want %v", v, got, want)
			}
			checkOps(t, fm["diff"])
		}
	}
	for _, v := range crossOutletVerdicts() {
		if !seen[string(v)] {
			t.Errorf("no %s verdict in the JSON", v)
		}
	}
	// One finding per deviating variant, b the reference's quote.
	if f := byCluster["c1"]["findings"].([]any)[0].(map[string]any); f["variant"] != "c1v2" || f["a"] != "spun#1" || f["b"] != "bbc#2" ||
		!slices.Equal(toStrings(f["outlets"]), []string{"Spun Daily"}) {
		t.Errorf("c1's first finding = %v", f)
	}
	if v := byCluster["c4"]["variants"].([]any)[0].(map[string]any); byCluster["c4"]["reference"] != "c4v1" ||
		!slices.Equal(toStrings(v["articles"]), []string{"bbc", "sky"}) || len(v["diff"].([]any)) != 0 {
		t.Errorf("c4's reference %v = %v", byCluster["c4"]["reference"], v)
	}
	// A cluster nobody speaks in has a null speaker_id; one built without
	// variants a null reference.
	if v, present := byCluster["c5"]["speaker_id"]; !present || v != nil {
		t.Errorf("cluster c5 speaker_id = %v, want null", v)
	}
	if v, present := byCluster["c7"]["reference"]; !present || v != nil {
		t.Errorf("cluster c7 reference = %v, want null", v)
	}

	sum := doc["summary"].(map[string]any)
	if got, want := keysOf(sum), sorted("articles", "quotes", "speakers", "clusters", "findings", "exit_code",
		"variants", "clusters_by_verdict", "clusters_by_severity", "findings_by_severity", "outlets", "notices"); !slices.Equal(got, want) {
		t.Errorf("summary keys %v, want %v", got, want)
	}
	if sum["articles"] != 3.0 || sum["quotes"] != 15.0 || sum["speakers"] != 3.0 || sum["clusters"] != 7.0 || sum["exit_code"] != 1.0 {
		t.Errorf("summary = %v", sum)
	}
	if f := sum["findings"].(map[string]any); f["wording-altered"] != 1.0 || len(f) != 7 {
		t.Errorf("summary findings = %v", f)
	}
	if n := sum["notices"].([]any); len(n) != 1 {
		t.Errorf("summary notices = %v, want the fixture's one", n)
	}
}

// checkOps checks a diff's shape: a list of {op, text}.
func checkOps(t *testing.T, diff any) {
	t.Helper()
	ops, ok := diff.([]any)
	if !ok {
		t.Errorf("diff = %v, want a list", diff)
		return
	}
	for _, op := range ops {
		om := op.(map[string]any)
		if !slices.Equal(keysOf(om), []string{"op", "text"}) {
			t.Errorf("diff op keys %v", keysOf(om))
		}
		if o := om["op"]; o != "equal" && o != "delete" && o != "insert" {
			t.Errorf("diff op %v", o)
		}
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

// TestJSONExtractHasNoClusters: clusters belong to check only.
func TestJSONExtractHasNoClusters(t *testing.T) {
	for _, cmd := range []string{CommandExtract, CommandSpeakers} {
		out := render(t, "json", fixtureReport(cmd))
		if got, want := topLevelKeys(t, out), []string{"schema", "articles", "speakers", "summary"}; !slices.Equal(got, want) {
			t.Errorf("%s: top-level keys %v, want %v", cmd, got, want)
		}
	}
}

// TestJSONEmptyListsAreLists: an empty result still has [] and {} where the
// contract has lists and objects, never null.
func TestJSONEmptyListsAreLists(t *testing.T) {
	out := render(t, "json", &Report{Command: CommandCheck})
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"articles", "speakers", "clusters"} {
		if _, ok := doc[k].([]any); !ok {
			t.Errorf("%s = %v, want []", k, doc[k])
		}
	}
	if _, ok := doc["summary"].(map[string]any)["findings"].(map[string]any); !ok {
		t.Errorf("summary.findings is not an object")
	}
}

// mdTable parses Markdown with GFM tables and returns the cell texts of
// each table row, header first.
func mdTable(t *testing.T, src []byte) [][]string {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	doc := md.Parser().Parse(text.NewReader(src))
	var rows [][]string
	tables := 0
	err := ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case east.KindTable:
			tables++
		case east.KindTableHeader, east.KindTableRow:
			var cells []string
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, inlineText(c, src))
			}
			rows = append(rows, cells)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if tables != 1 {
		t.Fatalf("%d tables in the Markdown, want 1", tables)
	}
	return rows
}

// inlineText is the text a cell shows, with strikethrough marked as ~x~
// and emphasis as *x* so tests can see the diff marks.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Text:
			b.Write(v.Segment.Value(src))
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(v.Value)
		case *ast.CodeSpan:
			b.WriteString("`" + inlineText(v, src) + "`")
		case *east.Strikethrough:
			b.WriteString("~" + inlineText(v, src) + "~")
		case *ast.Emphasis:
			b.WriteString("*" + inlineText(v, src) + "*")
		case *ast.RawHTML:
			for i := 0; i < v.Segments.Len(); i++ {
				seg := v.Segments.At(i)
				b.Write(seg.Value(src))
			}
		default:
			b.WriteString(inlineText(c, src))
		}
	}
	return b.String()
}

// TestMarkdownIsOneTable parses the Markdown output as CommonMark with GFM
// tables: one table, one row per cluster (or quote, or speaker), every row
// as wide as the header, and the |, newline and <script> of a quote kept
// inside their cell as text.
func TestMarkdownIsOneTable(t *testing.T) {
	res := fixtureResult()
	nQuotes := 0
	for _, a := range res.Articles {
		nQuotes += len(a.Quotes)
	}
	tests := []struct {
		cmd        string
		rows, cols int
	}{
		{CommandCheck, len(res.Clusters), 4},
		{CommandExtract, nQuotes, 5},
		{CommandSpeakers, len(res.Speakers), 5},
	}
	for _, tt := range tests {
		t.Run(tt.cmd, func(t *testing.T) {
			r := fixtureReport(tt.cmd)
			r.MinSeverity = align.Info // every cluster, one row each
			rows := mdTable(t, render(t, "markdown", r))
			if len(rows) != tt.rows+1 {
				t.Fatalf("%d rows (header included), want %d", len(rows), tt.rows+1)
			}
			for i, r := range rows {
				if len(r) != tt.cols {
					t.Errorf("row %d has %d cells, want %d: %q", i, len(r), tt.cols, r)
				}
			}
		})
	}

	// What a reader sees: goldmark's HTML for the table.
	var html bytes.Buffer
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
	r := fixtureReport(CommandCheck)
	r.MinSeverity = align.Info
	if err := md.Convert(render(t, "markdown", r), &html); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		">Alasdair McDonald</td>",
		"<del>gun fight</del> <strong>weapon battle</strong>",
		"Cuts | &lt;script&gt;alert(1)&lt;/script&gt; hurt families</td>",
		"pipe|dream</td>",
	} {
		if !strings.Contains(html.String(), want) {
			t.Errorf("Markdown renders without %q:\n%s", want, html.String())
		}
	}
	if strings.Contains(html.String(), "<script>") {
		t.Errorf("a quote's <script> became HTML:\n%s", html.String())
	}
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a|b", `a\|b`},
		{"line one\nline two", "line one line two"},
		{"<b>bold</b> & co", "&lt;b&gt;bold&lt;/b&gt; &amp; co"},
		{"*not* _em_ ~~gone~~ `code`", `\*not\* \_em\_ \~\~gone\~\~ \` + "`code\\`"},
		{`back\slash`, `back\\slash`},
		{"[link](http://x)", `\[link\]\(` + "`http://x`" + `\)`},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDiffFormats(t *testing.T) {
	ops := []align.Op{
		{Op: "equal", Text: "this is not a"}, {Op: "delete", Text: "gun fight"},
		{Op: "insert", Text: "weapon battle"}, {Op: "equal", Text: "with a"},
		{Op: "insert", Text: "<b>"}, {Op: "equal", Text: "spoon"},
	}
	tests := []struct {
		name, got, want string
	}{
		{"plain", DiffPlain(ops), "this is not a [-gun fight-]{+weapon battle+} with a {+<b>+} spoon"},
		{"markdown", diffMarkdown(ops), "this is not a ~~gun fight~~ **weapon battle** with a **&lt;b&gt;** spoon"},
		{"html", diffHTML(ops, 0), "this is not a <del>gun fight</del> <ins>weapon battle</ins> with a <ins>&lt;b&gt;</ins> spoon"},
		{"html a", diffHTML(ops, 'a'), "this is not a <del>gun fight</del> with a spoon"},
		{"html b", diffHTML(ops, 'b'), "this is not a <ins>weapon battle</ins> with a <ins>&lt;b&gt;</ins> spoon"},
		{"plain empty", DiffPlain(nil), ""},
		{"plain newline", DiffPlain([]align.Op{{Op: "delete", Text: "two\nlines"}}), "[-two lines-]"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, tt.got, tt.want)
		}
	}
}

func TestWrapWords(t *testing.T) {
	words := diffWords([]align.Op{
		{Op: "equal", Text: "one two"}, {Op: "delete", Text: "three"}, {Op: "insert", Text: "four five"},
	})
	tests := []struct {
		width int
		want  string
	}{
		{80, "one two [-three-]{+four five+}"},
		{20, "one two [-three-]\n{+four five+}"},
		{16, "one two\n[-three-]{+four\nfive+}"},
		{3, "one\ntwo\n[-three-]\n{+four\nfive+}"}, // a word wider than the column gets its own line
	}
	for _, tt := range tests {
		if got := wrapWords(words, tt.width, false); got != tt.want {
			t.Errorf("width %d:\n got %q\nwant %q", tt.width, got, tt.want)
		}
	}
}

func TestOneLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\n b\tc", "a b c"},
		{"red \x1b[31mtext", "red \uFFFD[31mtext"},
		{"  ", ""},
	}
	for _, tt := range tests {
		if got := oneLine(tt.in); got != tt.want {
			t.Errorf("oneLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestGithubEscape(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"dir,x/file:1.txt", "dir,x/file:1.txt", "dir%2Cx/file%3A1.txt"},
		{"%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

// TestGithubCommands checks each workflow command's shape: one per
// deviating variant at warning or above by default, errors first, on the
// deviating article, the level from the severity, and a property list
// that a comma or colon in a path cannot break.
func TestGithubCommands(t *testing.T) {
	r := fixtureReport(CommandCheck)
	r.Result.Articles[1].Article.Path = "news,daily/spun:1.txt"
	lines := strings.Split(strings.TrimSuffix(string(render(t, "github", r)), "\n"), "\n")
	nFindings := 0
	for _, c := range r.Result.Clusters {
		for _, f := range c.Findings {
			if f.Severity.AtLeast(align.Warning) {
				nFindings++
			}
		}
	}
	if len(lines) != nFindings {
		t.Fatalf("%d commands, want %d", len(lines), nFindings)
	}
	levels := map[string]int{}
	var order []string
	for _, l := range lines {
		cmd, rest, ok := strings.Cut(l, " ")
		if !ok || !strings.HasPrefix(cmd, "::") {
			t.Fatalf("not a workflow command: %q", l)
		}
		levels[cmd[2:]]++
		order = append(order, cmd[2:])
		props, _, ok := strings.Cut(rest, "::")
		if !ok {
			t.Fatalf("no message: %q", l)
		}
		for _, p := range strings.Split(props, ",") {
			k, _, ok := strings.Cut(p, "=")
			if !ok || !slices.Contains([]string{"file", "line", "col", "title"}, k) {
				t.Errorf("bad property %q in %q", p, l)
			}
		}
	}
	if levels["error"] != 2 || levels["warning"] != 3 || levels["notice"] != 0 {
		t.Errorf("levels %v, want 2 error, 3 warning, no notice", levels)
	}
	if !slices.IsSortedFunc(order, func(a, b string) int { return strings.Compare(a, b) }) {
		t.Errorf("levels in order %v, want errors first", order)
	}
	if !strings.Contains(lines[0], "file=news%2Cdaily/spun%3A1.txt,line=1,col=33,") {
		t.Errorf("first command not on the deviating article: %q", lines[0])
	}
	if !strings.Contains(lines[0], "(reference: testdata/story/bbc.txt:3:") {
		t.Errorf("first command does not name the reference's place: %q", lines[0])
	}
}

// TestSarifShape checks the SARIF fields code-scanning uploads depend on.
func TestSarifShape(t *testing.T) {
	var log struct {
		Version string `json:"version"`
		Schema  string `json:"$schema"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name  string `json:"name"`
					Rules []struct {
						ID string `json:"id"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string `json:"level"`
				Message   struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
						Region struct {
							StartLine, StartColumn, CharOffset, CharLength, ByteOffset, ByteLength int
						} `json:"region"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	r := fixtureReport(CommandCheck)
	if err := json.Unmarshal(render(t, "sarif", r), &log); err != nil {
		t.Fatal(err)
	}
	if log.Version != "2.1.0" || !strings.Contains(log.Schema, "sarif-2.1.0") || len(log.Runs) != 1 {
		t.Fatalf("header: %q %q %d runs", log.Version, log.Schema, len(log.Runs))
	}
	run := log.Runs[0]
	if run.Tool.Driver.Name != "quotecheck" || len(run.Tool.Driver.Rules) != len(align.Verdicts()) {
		t.Errorf("driver %q with %d rules", run.Tool.Driver.Name, len(run.Tool.Driver.Rules))
	}
	texts := map[string]string{}
	for _, a := range r.Result.Articles {
		texts[a.Article.Path] = a.Article.Text
	}
	for _, res := range run.Results {
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("ruleIndex %d does not point at %s", res.RuleIndex, res.RuleID)
		}
		if !slices.Contains([]string{"error", "warning", "note"}, res.Level) {
			t.Errorf("level %q", res.Level)
		}
		if len(res.Locations) != 2 {
			t.Errorf("%s: %d locations, want the variant and the reference", res.RuleID, len(res.Locations))
		}
		// Every region's byte range must hold text the finding is about.
		for _, l := range res.Locations {
			reg := l.PhysicalLocation.Region
			text := texts[l.PhysicalLocation.ArtifactLocation.URI]
			if reg.StartLine < 1 || reg.StartColumn < 1 || reg.ByteOffset+reg.ByteLength > len(text) {
				t.Errorf("%s: bad region %+v", res.RuleID, reg)
				continue
			}
			if got := []rune(text)[reg.CharOffset : reg.CharOffset+reg.CharLength]; string(got) != text[reg.ByteOffset:reg.ByteOffset+reg.ByteLength] {
				t.Errorf("%s: char range %q != byte range", res.RuleID, string(got))
			}
		}
	}
	// One per deviating variant, info included, plus the paraphrase.
	if len(run.Results) != 7 {
		t.Errorf("%d results, want 7", len(run.Results))
	}
}

// crossOutletVerdicts are the verdicts a comparison of articles gives; the
// others come only from a check against a primary source (package source),
// which this fixture has none of.
func crossOutletVerdicts() []align.Verdict {
	var out []align.Verdict
	for _, v := range align.Verdicts() {
		switch v {
		case align.Ellipsis, align.Spliced, align.NotInSource:
			continue
		}
		out = append(out, v)
	}
	return out
}
