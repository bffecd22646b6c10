package align

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// The seed story: five outlets' articles on one event, with the gold
// quotes and the gold clusters of testdata/gold.
const (
	seedDir  = "../testdata/sanctions"
	goldPath = "../testdata/gold/seeds-quotes.jsonl"
)

type goldQuote struct {
	Doc     string  `json:"doc"`
	N       int     `json:"n"`
	Text    string  `json:"text"`
	Kind    string  `json:"kind"`
	Speaker *string `json:"speaker"`
	Cluster *string `json:"cluster"`
}

func loadSeedArticles(t testing.TB) []quotes.Article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(paths) != 5 {
		t.Fatalf("seed articles: %v (%d files)", err, len(paths))
	}
	var arts []quotes.Article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(p), ".txt")
		arts = append(arts, quotes.Article{ID: id, Path: p, Outlet: id, Text: string(b), TextSource: "text", Encoding: "utf-8"})
	}
	return arts
}

func loadGold(t testing.TB) []goldQuote {
	t.Helper()
	f, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var gs []goldQuote
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var g goldQuote
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", goldPath, err)
		}
		gs = append(gs, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return gs
}

func goldID(g goldQuote) string {
	return strings.TrimSuffix(g.Doc, ".txt") + "#" + itoa(g.N)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// locate finds a gold span in the article text at or after from. A quote
// over several paragraphs is joined with spaces in the gold, so when the
// whole text is not found its first and last words anchor it.
func locate(text, span string, from int) (int, int, bool) {
	// Prefer an occurrence that opens right after a quote mark: the same
	// words may stand unquoted in a heading first.
	first := -1
	for at := from; ; {
		i := strings.Index(text[at:], span)
		if i < 0 {
			break
		}
		start := at + i
		if first < 0 {
			first = start
		}
		before := strings.TrimRight(text[max(0, start-4):start], " ")
		if strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "'") {
			return start, start + len(span), true
		}
		at = start + 1
	}
	if first >= 0 {
		return first, first + len(span), true
	}
	head := span[:min(len(span), 40)]
	tail := span[max(0, len(span)-40):]
	i := strings.Index(text[from:], head)
	if i < 0 {
		return 0, 0, false
	}
	start := from + i
	j := strings.Index(text[start:], tail)
	if j < 0 {
		return 0, 0, false
	}
	return start, start + j + len(tail), true
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

// goldInput builds the check's input from the gold spans and speakers, so
// that clustering is measured apart from extraction and attribution.
func goldInput(t testing.TB) ([]ArticleQuotes, []goldQuote) {
	arts := loadSeedArticles(t)
	gs := loadGold(t)
	byDoc := map[string]int{}
	out := make([]ArticleQuotes, len(arts))
	for i, a := range arts {
		out[i].Article = a
		byDoc[a.ID+".txt"] = i
	}
	pos := map[string]int{}
	for _, g := range gs {
		ai, ok := byDoc[g.Doc]
		if !ok {
			t.Fatalf("gold names unknown file %s", g.Doc)
		}
		text := arts[ai].Text
		start, end, ok := locate(text, g.Text, pos[g.Doc])
		if !ok {
			// nested or out-of-order span: search from the top
			start, end, ok = locate(text, g.Text, 0)
		}
		if !ok {
			t.Fatalf("%s #%d %q not found in the text", g.Doc, g.N, g.Text)
		}
		pos[g.Doc] = start
		q := quotes.Quote{ID: goldID(g), Article: arts[ai].ID, Text: g.Text, Start: start, End: end, Kind: quotes.Kind(g.Kind), Parent: -1}
		if g.Speaker != nil {
			q.Speaker = *g.Speaker
			q.SpeakerID = slug(*g.Speaker)
		}
		out[ai].Quotes = append(out[ai].Quotes, q)
	}
	return out, gs
}

// pairScores compares the tool's clusters with the gold ones on pairs of
// versions from different articles.
func pairScores(t *testing.T, res Result, gs []goldQuote) (precision, recall float64) {
	t.Helper()
	gold := map[string]string{}
	art := map[string]string{}
	for _, g := range gs {
		id := goldID(g)
		art[id] = g.Doc
		if g.Cluster != nil {
			gold[id] = *g.Cluster
		}
	}
	// A quote may be in several clusters (a long quote holding several
	// utterances): two quotes are together when they share one.
	tool := map[string][]string{}
	for _, c := range res.Clusters {
		for _, q := range c.Quotes {
			tool[q] = append(tool[q], c.ID)
		}
	}
	together := func(a, b string) bool {
		for _, c := range tool[a] {
			if slices.Contains(tool[b], c) {
				return true
			}
		}
		return false
	}
	ids := make([]string, 0, len(gs))
	for _, g := range gs {
		ids = append(ids, goldID(g))
	}
	var both, inGold, inTool int
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			a, b := ids[i], ids[j]
			if art[a] == art[b] {
				continue
			}
			g := gold[a] != "" && gold[a] == gold[b]
			tl := together(a, b)
			if g {
				inGold++
			}
			if tl {
				inTool++
			}
			if g && tl {
				both++
			} else if testing.Verbose() && (g || tl) {
				t.Logf("pair %s %s: gold=%v tool=%v (%s)", a, b, g, tl, gold[a]+"/"+gold[b])
			}
		}
	}
	if inTool == 0 || inGold == 0 {
		return 0, 0
	}
	return float64(both) / float64(inTool), float64(both) / float64(inGold)
}

// comparison is how a cluster relates two versions: one of them is its
// reference's, or both carry one wording.
type comparison struct {
	Verdict  Verdict
	Severity Severity
	Diff     []Op // from a's version to b's
	Finding  bool // whether the deviating variant has a finding
}

// compareVersions finds a cluster holding quotes a and b and says how
// their variants relate: identical when they share one, else the verdict
// of the one that is not the reference. A diff when b is the reference is
// recomputed from a to b. It fails when neither is the reference: the
// check never compared them.
func compareVersions(res Result, a, b string) (comparison, error) {
	return compareVersionsIn(res, a, b, true)
}

// compareVersionsIn is compareVersions that, unless strict, also answers
// for two versions that are both compared with a third (the reference):
// then with b's verdict against it, and no diff.
func compareVersionsIn(res Result, a, b string, strict bool) (comparison, error) {
	for _, c := range res.Clusters {
		va, vb := -1, -1
		for i, v := range c.Variants {
			if slices.Contains(v.Quotes, a) {
				va = i
			}
			if slices.Contains(v.Quotes, b) {
				vb = i
			}
		}
		if va < 0 || vb < 0 {
			continue
		}
		found := func(v Variant) bool {
			for _, f := range c.Findings {
				if f.Variant == v.ID {
					return true
				}
			}
			return false
		}
		switch {
		case va == vb:
			return comparison{Verdict: Identical, Severity: Info}, nil
		case va == 0:
			v := c.Variants[vb]
			return comparison{v.Verdict, v.Severity, v.Diff, found(v)}, nil
		case vb == 0:
			v := c.Variants[va]
			return comparison{v.Verdict, v.Severity, Diff(quoteText(res, a), quoteText(res, b)), found(v)}, nil
		}
		if strict {
			return comparison{}, fmt.Errorf("%s and %s share %s but neither is its reference (%s)", a, b, c.ID, c.Variants[0].Quotes)
		}
		// Both deviate from a third version: b's verdict against it.
		v := c.Variants[vb]
		return comparison{Verdict: v.Verdict, Severity: v.Severity, Finding: found(v)}, nil
	}
	return comparison{}, fmt.Errorf("%s and %s are in no cluster together", a, b)
}

func quoteText(res Result, id string) string {
	for _, a := range res.Articles {
		for _, q := range a.Quotes {
			if q.ID == id {
				return q.Text
			}
		}
	}
	return ""
}

// seedExpectation is one acceptance case of issue 4, named by the texts of
// the two versions so that it holds whatever the quote numbering.
type seedExpectation struct {
	name       string
	docA, docB string
	textA      string // a substring of version A
	textB      string
	verdicts   []Verdict
	diff       []Op // when set, the exact diff from the earlier article's version
}

var seedExpectations = []seedExpectation{
	{name: "spoon", docA: "000", docB: "001", textA: "gun fight with a wooden spoon", textB: "weapon battle with a wood spoon",
		verdicts: []Verdict{WordingAltered},
		diff:     []Op{{"delete", "gun fight"}, {"insert", "weapon battle"}, {"equal", "with a"}, {"delete", "wooden"}, {"insert", "wood"}, {"equal", "spoon"}}},
	{name: "unfounded", docA: "000", docB: "001", textA: "completely unfounded", textB: "totally unproven", verdicts: []Verdict{WordingAltered}},
	{name: "watershed", docA: "000", docB: "004", textA: "a watershed moment where the UK takes a stand", textB: "Today’s announcement should mark a watershed moment", verdicts: []Verdict{WordingAltered, Trimmed}},
	{name: "unacceptable", docA: "003", docB: "004", textA: "completely unacceptable", textB: "completely unacceptable", verdicts: []Verdict{SpeakerDiffers}},
	{name: "epoch", docA: "003", docB: "004", textA: "epoch-defining challenge, and also", textB: "an economic threat to our security and an epoch-defining challenge", verdicts: []Verdict{WordingAltered}},
	{name: "elephant", docA: "000", docB: "003", textA: "like an elephant giving birth to a mouse", textB: "like an elephant giving birth to a mouse", verdicts: []Verdict{Identical}},
	{name: "account", docA: "000", docB: "003", textA: "to account for China's conduct in these incidents", textB: "to account for China’s conduct in these incidents", verdicts: []Verdict{Identical, PunctuationOnly}},
}

// quoteIDByText finds the quote of an article whose text holds sub; the
// shortest such quote, so a partial quote wins over the paragraph that
// repeats it.
func quoteIDByText(arts []ArticleQuotes, docPrefix, sub string) string {
	best := ""
	bestLen := -1
	for _, a := range arts {
		if !strings.HasPrefix(a.Article.ID, docPrefix) {
			continue
		}
		for _, q := range a.Quotes {
			if strings.Contains(NormalizeText(q.Text), NormalizeText(sub)) && (bestLen < 0 || len(q.Text) < bestLen) {
				best, bestLen = q.ID, len(q.Text)
			}
		}
	}
	return best
}

func checkSeedExpectations(t *testing.T, res Result) {
	t.Helper()
	for _, e := range seedExpectations {
		t.Run(e.name, func(t *testing.T) {
			a := quoteIDByText(res.Articles, e.docA, e.textA)
			b := quoteIDByText(res.Articles, e.docB, e.textB)
			if a == "" || b == "" {
				t.Fatalf("quotes not found: %q=%q %q=%q", e.textA, a, e.textB, b)
			}
			f, err := compareVersionsIn(res, a, b, e.diff != nil)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Contains(e.verdicts, f.Verdict) {
				t.Errorf("%s vs %s: verdict %s, want one of %v; diff %v", a, b, f.Verdict, e.verdicts, f.Diff)
			}
			if e.diff != nil && !slices.Equal(f.Diff, e.diff) {
				t.Errorf("%s vs %s: diff\n got %v\nwant %v", a, b, f.Diff, e.diff)
			}
		})
	}
}

// TestSeedsGoldInput measures clustering alone: the quotes and speakers
// come from the gold file, not from the extractor and attributor.
func TestSeedsGoldInput(t *testing.T) {
	arts, gs := goldInput(t)
	res := Check(arts, nil, DefaultOptions())
	p, r := pairScores(t, res, gs)
	t.Logf("gold input: pairwise precision %.3f recall %.3f", p, r)
	// Issue 10 asks 0.95 for both. The gold puts the embassy's
	// "completely unfounded" with its statement, which it shares no words
	// with: the two are pieces of one sentence (joinFragments).
	if p < 0.95 || r < 0.95 {
		t.Errorf("pairwise precision %.3f recall %.3f, want >= 0.95 and >= 0.95", p, r)
	}
	checkSeedExpectations(t, res)
}

// TestSeedsPipeline runs the whole chain on the seed articles: extraction,
// attribution, speaker resolution, then the check. Quotes the extractor
// finds are matched to gold spans by their offsets.
func TestSeedsPipeline(t *testing.T) {
	arts := loadSeedArticles(t)
	in := make([]ArticleQuotes, len(arts))
	for i, a := range arts {
		in[i] = ArticleQuotes{Article: a, Quotes: quotes.Attribute(a, quotes.Extract(a))}
	}
	speakers := ResolveSpeakers(in)
	res := Check(in, speakers, DefaultOptions())

	// Each gold span stands for the extracted quote that overlaps it most,
	// so that the pair scores speak of gold spans.
	gold, _ := goldInput(t)
	clusterOfQuote := map[string]string{}
	for _, c := range res.Clusters {
		for _, q := range c.Quotes {
			clusterOfQuote[q] = c.ID
		}
	}
	byCluster := map[string][]string{}
	var order []string
	found := 0
	for ai := range gold {
		for _, gq := range gold[ai].Quotes {
			bestID, bestOverlap, bestLen := "", 0, 0
			for _, q := range in[ai].Quotes {
				ov := min(q.End, gq.End) - max(q.Start, gq.Start)
				if ov > bestOverlap || ov == bestOverlap && ov > 0 && q.End-q.Start < bestLen {
					bestID, bestOverlap, bestLen = q.ID, ov, q.End-q.Start
				}
			}
			if bestID == "" {
				continue
			}
			found++
			c := clusterOfQuote[bestID]
			if _, ok := byCluster[c]; !ok {
				order = append(order, c)
			}
			byCluster[c] = append(byCluster[c], gq.ID)
		}
	}
	mapped := Result{Articles: gold}
	for _, c := range order {
		mapped.Clusters = append(mapped.Clusters, Cluster{ID: c, Quotes: byCluster[c]})
	}
	p, r := pairScores(t, mapped, loadGold(t))
	t.Logf("full pipeline: pairwise precision %.3f recall %.3f (%d of the gold spans extracted)", p, r, found)
	if p < 0.95 || r < 0.95 {
		t.Errorf("pairwise precision %.3f recall %.3f, want >= 0.95 and >= 0.95", p, r)
	}
	checkSeedExpectations(t, res)
}
