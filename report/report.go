package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// Commands whose results a Report can carry.
const (
	CommandExtract  = "extract"
	CommandCheck    = "check"
	CommandSpeakers = "speakers"
)

// Report is what every renderer draws: the result plus the decisions the
// caller has already made.
type Report struct {
	Result align.Result
	// Command is "extract", "check" or "speakers". Only "check" reports
	// clusters and findings; the others list quotes or speakers.
	Command string
	// ExitCode is the code the command will return; it goes into the JSON
	// summary. The caller computes it (align.Result.HasFinding with
	// --fail-on) before rendering.
	ExitCode int
	// MinSeverity hides findings below it in every format, JSON included,
	// and clusters left with nothing to show. "" shows everything.
	MinSeverity align.Severity
	// Color turns on ANSI colour in the table format. The caller decides
	// (--color, NO_COLOR, TERM=dumb, whether the output is a terminal).
	Color bool
	// Width is the table's target width in terminal columns; 0 means 120.
	Width int
	// Version is the tool's version, reported in SARIF; "" leaves it out.
	Version string
}

// Renderer writes a Report in one format.
type Renderer interface {
	Render(r *Report) error
}

// Formats lists the names New accepts, in the order help text shows them.
var formats = []string{"table", "markdown", "html", "json", "jsonl", "csv", "github", "sarif"}

// Formats returns the names New accepts.
func Formats() []string { return append([]string(nil), formats...) }

// New returns the renderer for format, writing to w. Formats for people
// show control and invisible characters as <U+XXXX>, JSON formats as
// \uXXXX escapes (escape.go).
func New(format string, w io.Writer) (Renderer, error) {
	rnd, err := newRenderer(format, w)
	if err != nil {
		return nil, err
	}
	switch format {
	case "json", "jsonl", "sarif":
		return rnd, nil
	}
	return visibleRenderer{inner: rnd}, nil
}

func newRenderer(format string, w io.Writer) (Renderer, error) {
	switch format {
	case "table":
		return &tableRenderer{w: w}, nil
	case "markdown":
		return &markdownRenderer{w: w}, nil
	case "html":
		return &htmlRenderer{w: w}, nil
	case "json":
		return &jsonRenderer{w: jsonVisibleWriter{w}}, nil
	case "jsonl":
		return &jsonlRenderer{w: jsonVisibleWriter{w}}, nil
	case "csv":
		return &csvRenderer{w: w}, nil
	case "github":
		return &githubRenderer{w: w}, nil
	case "sarif":
		return &sarifRenderer{w: jsonVisibleWriter{w}}, nil
	}
	return nil, fmt.Errorf("unknown format %q (valid: %s)", format, strings.Join(formats, ", "))
}

// quoteRef is a quote with the article it belongs to.
type quoteRef struct {
	q   *quotes.Quote
	art *quotes.Article
}

// index resolves the IDs a Result uses to refer to articles, quotes and
// speakers. It is built once per rendering.
type index struct {
	quotes   map[string]quoteRef
	articles map[string]*quotes.Article
	speakers map[string]*align.Speaker
	label    map[string]string // article ID -> outlet name, disambiguated
}

func newIndex(res *align.Result) *index {
	ix := &index{
		quotes:   map[string]quoteRef{},
		articles: map[string]*quotes.Article{},
		speakers: map[string]*align.Speaker{},
		label:    map[string]string{},
	}
	outletCount := map[string]int{}
	for i := range res.Articles {
		aq := &res.Articles[i]
		ix.articles[aq.Article.ID] = &aq.Article
		outletCount[outletOf(&aq.Article)]++
		for j := range aq.Quotes {
			ix.quotes[aq.Quotes[j].ID] = quoteRef{q: &aq.Quotes[j], art: &aq.Article}
		}
	}
	for i := range res.Articles {
		a := &res.Articles[i].Article
		l := outletOf(a)
		// Two articles from one outlet would be indistinguishable by name.
		if outletCount[l] > 1 && l != a.ID {
			l += " (" + a.ID + ")"
		}
		ix.label[a.ID] = l
	}
	for i := range res.Speakers {
		ix.speakers[res.Speakers[i].ID] = &res.Speakers[i]
	}
	return ix
}

func outletOf(a *quotes.Article) string {
	if a.Outlet != "" {
		return a.Outlet
	}
	return a.ID
}

// articleLabel names an article for people: its outlet, or its ID when the
// article is unknown.
func (ix *index) articleLabel(id string) string {
	if l, ok := ix.label[id]; ok {
		return l
	}
	return id
}

// speakerName is the display name for a speaker ID.
func (ix *index) speakerName(id string) string {
	if id == "" {
		return "(no speaker)"
	}
	if s, ok := ix.speakers[id]; ok && s.Name != "" {
		return s.Name
	}
	return id
}

// quoteText is a quote's text, or "" when the ID is unknown.
func (ix *index) quoteText(id string) string {
	if r, ok := ix.quotes[id]; ok {
		return r.q.Text
	}
	return ""
}

// quoteArticle is the article ID a quote ID belongs to.
func (ix *index) quoteArticle(id string) string {
	if r, ok := ix.quotes[id]; ok {
		return r.art.ID
	}
	// Quote IDs are "<article id>#<n>".
	if i := strings.LastIndexByte(id, '#'); i > 0 {
		return id[:i]
	}
	return ""
}

// location is where a version sits in its article.
type location struct {
	Path      string
	ArticleID string
	Line      int
	Column    int // 1-based, in characters
	Start     int // byte offset
	End       int // byte offset, exclusive
	CharStart int // offset in characters
	CharLen   int // length in characters
}

// quoteLocation locates a quote; ok is false for an unknown ID.
func (ix *index) quoteLocation(id string) (location, bool) {
	r, ok := ix.quotes[id]
	if !ok {
		return location{}, false
	}
	l := spanLocation(r.art, r.q.Start, r.q.End)
	// The extractor's line and column are authoritative when present.
	if r.q.Line > 0 {
		l.Line, l.Column = r.q.Line, r.q.Column
	}
	return l, true
}

// spanLocation locates a byte range of an article, clamping bad offsets
// rather than failing: a report must still come out.
func spanLocation(a *quotes.Article, start, end int) location {
	text := a.Text
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	line := 1 + strings.Count(text[:start], "\n")
	lineStart := strings.LastIndexByte(text[:start], '\n') + 1
	return location{
		Path:      a.Path,
		ArticleID: a.ID,
		Line:      line,
		Column:    1 + utf8.RuneCountInString(text[lineStart:start]),
		Start:     start,
		End:       end,
		CharStart: utf8.RuneCountInString(text[:start]),
		CharLen:   utf8.RuneCountInString(text[start:end]),
	}
}

// shownCluster is a cluster with the findings MinSeverity lets through.
type shownCluster struct {
	*align.Cluster
	Shown []align.Finding
}

// shownClusters filters the result's clusters by r.MinSeverity. A cluster
// without findings counts as info; a cluster whose findings are all hidden
// is hidden.
func (r *Report) shownClusters() []shownCluster {
	var out []shownCluster
	for i := range r.Result.Clusters {
		c := &r.Result.Clusters[i]
		var shown []align.Finding
		for _, f := range c.Findings {
			if f.Severity.AtLeast(r.MinSeverity) {
				shown = append(shown, f)
			}
		}
		if len(shown) == 0 && (len(c.Findings) > 0 || !align.Info.AtLeast(r.MinSeverity)) {
			continue
		}
		out = append(out, shownCluster{Cluster: c, Shown: shown})
	}
	return out
}

// hiddenFindings counts the findings below MinSeverity.
func (r *Report) hiddenFindings() int {
	n := 0
	for _, c := range r.Result.Clusters {
		for _, f := range c.Findings {
			if !f.Severity.AtLeast(r.MinSeverity) {
				n++
			}
		}
	}
	return n
}

// counts summarises a report for the summary lines.
type counts struct {
	Articles, Quotes, Speakers, Clusters int
	Findings                             map[align.Verdict]int
}

func (r *Report) counts(shown []shownCluster) counts {
	c := counts{
		Articles: len(r.Result.Articles),
		Speakers: len(r.Result.Speakers),
		Clusters: len(shown),
		Findings: map[align.Verdict]int{},
	}
	for _, a := range r.Result.Articles {
		c.Quotes += len(a.Quotes)
	}
	for _, sc := range shown {
		for _, f := range sc.Shown {
			c.Findings[f.Verdict]++
		}
	}
	return c
}

// summaryLine is the one-line summary the table, Markdown and HTML
// formats share.
func (r *Report) summaryLine() string {
	var b strings.Builder
	if r.Command != CommandCheck {
		c := r.counts(nil)
		fmt.Fprintf(&b, "%s, %s, %s", plural(c.Articles, "article"), plural(c.Quotes, "quote"), plural(c.Speakers, "speaker"))
		return b.String()
	}
	shown := r.shownClusters()
	c := r.counts(shown)
	fmt.Fprintf(&b, "%s, %s, %s, %s", plural(c.Articles, "article"), plural(c.Quotes, "quote"),
		plural(c.Speakers, "speaker"), plural(c.Clusters, "cluster"))
	var parts []string
	for _, v := range align.VerdictsByPrecedence() {
		if n := c.Findings[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if len(parts) == 0 {
		b.WriteString("; no findings")
	} else {
		b.WriteString("; findings: " + strings.Join(parts, ", "))
	}
	if h := r.hiddenFindings(); h > 0 {
		fmt.Fprintf(&b, " (%s below %s hidden)", plural(h, "finding"), r.MinSeverity)
	}
	return b.String()
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// oneLine makes untrusted text safe for a single line of terminal or
// Markdown output: runs of white space, newlines included, become one
// space, and other control characters (an ANSI escape in a scraped page,
// say) become U+FFFD so they cannot drive the terminal.
func oneLine(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && !unicode.IsSpace(r) {
			return utf8.RuneError
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// version is one line of a cluster's "versions" cell: a label saying which
// articles it compares and either a diff or a plain text.
type version struct {
	Label   string
	Verdict align.Verdict // set when the cluster has several findings
	Diff    []align.Op
	// Changes lists the substituted, cut and added words ("wooden →
	// wood"); empty for verdicts that change no words.
	Changes string
	Text    string // used when Diff is empty
	// A and B are the two sides for side-by-side views; B is empty for a
	// lone version.
	ALabel, BLabel string
	AText, BText   string
}

// versions lays out a shown cluster's versions: one per finding, or one
// per quote when the cluster has no findings to show.
func (ix *index) versions(sc shownCluster) []version {
	var out []version
	if len(sc.Shown) == 0 {
		for _, id := range sc.Quotes {
			l := ix.articleLabel(ix.quoteArticle(id))
			out = append(out, version{Label: l, Text: ix.quoteText(id), ALabel: l, AText: ix.quoteText(id)})
		}
		return out
	}
	seen := map[string]bool{}
	for _, f := range sc.Shown {
		v := version{Diff: f.Diff}
		switch f.Verdict {
		case align.WordingAltered, align.Trimmed, align.WordsAdded:
			v.Changes = Changes(elideLong(f.Diff, displayWords/2))
		}
		v.ALabel = ix.articleLabel(ix.quoteArticle(f.A))
		v.AText = ix.quoteText(f.A)
		switch {
		case f.BSpan != nil:
			v.BLabel = ix.articleLabel(f.BSpan.Article) + " (unquoted)"
			v.BText = f.BSpan.Text
		case f.B != "":
			v.BLabel = ix.articleLabel(ix.quoteArticle(f.B))
			v.BText = ix.quoteText(f.B)
		}
		if f.Verdict == align.SpeakerDiffers {
			v.ALabel += " (" + ix.quoteSpeaker(f.A) + ")"
			if f.B != "" {
				v.BLabel += " (" + ix.quoteSpeaker(f.B) + ")"
			}
		}
		v.Label = v.ALabel
		if v.BLabel != "" {
			v.Label += " → " + v.BLabel
		}
		v.Text = v.BText
		if v.BLabel == "" {
			v.Text = v.AText
		}
		if len(sc.Shown) > 1 {
			v.Verdict = f.Verdict
		}
		// An article that repeats a quote yields the same comparison
		// twice; a reader needs it once.
		key := v.Label + "\x00" + string(f.Verdict) + "\x00" + DiffPlain(f.Diff) + "\x00" + v.Text
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, v)
	}
	return out
}

// findingMessage is one finding as a line of text for annotations: who,
// which outlets, what changed, then the words with the changes in place.
// The version is returned too, for its labels.
func (ix *index) findingMessage(sc shownCluster, f align.Finding) (version, string) {
	v := ix.versions(shownCluster{Cluster: sc.Cluster, Shown: []align.Finding{f}})[0]
	msg := ix.speakerName(sc.SpeakerID) + ", " + v.Label + ": "
	if v.Changes != "" {
		msg += v.Changes + ": "
	}
	if len(f.Diff) > 0 {
		return v, msg + DiffPlain(f.Diff)
	}
	return v, msg + oneLine(v.Text)
}

// quoteSpeaker is the speaker an article gives a quote to.
func (ix *index) quoteSpeaker(id string) string {
	r, ok := ix.quotes[id]
	if !ok {
		return "unknown"
	}
	if r.q.Speaker != "" {
		return r.q.Speaker
	}
	if r.q.SpeakerID != "" {
		return ix.speakerName(r.q.SpeakerID)
	}
	return "unattributed"
}

// outlets lists the outlets a cluster's versions come from, in order, once
// each.
func (ix *index) outlets(sc shownCluster) []string {
	seen := map[string]bool{}
	var out []string
	add := func(article string) {
		if article == "" || seen[article] {
			return
		}
		seen[article] = true
		out = append(out, ix.articleLabel(article))
	}
	for _, id := range sc.Quotes {
		add(ix.quoteArticle(id))
	}
	for _, f := range sc.Findings {
		if f.BSpan != nil {
			add(f.BSpan.Article)
		}
	}
	return out
}

// speakerQuoteCounts counts, per article, the quotes given to a speaker.
func (ix *index) speakerQuoteCounts(res *align.Result, speakerID string) (perArticle []string, total int) {
	for _, aq := range res.Articles {
		n := 0
		for _, q := range aq.Quotes {
			if q.SpeakerID == speakerID {
				n++
			}
		}
		if n > 0 {
			perArticle = append(perArticle, fmt.Sprintf("%s %d", ix.articleLabel(aq.Article.ID), n))
			total += n
		}
	}
	return perArticle, total
}

// speakerOrNone is the quote's speaker for listings, never empty.
func speakerOrNone(q *quotes.Quote) string {
	if q.Speaker != "" {
		return q.Speaker
	}
	return "(unattributed)"
}
