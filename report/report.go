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
	// and clusters left with nothing to show. "" lets each format choose:
	// warning for table, markdown, html and github; info (everything) for
	// json, csv and sarif.
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
