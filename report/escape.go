package report

import (
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
)

// invisible reports the characters that change how text looks without
// being seen: bidi embeddings, overrides and isolates (a quote can be
// shown reversed), and zero-width characters (two quotes look equal but
// compare different). Every format shows them as <U+XXXX> (JSON formats as
// \uXXXX), so what a reader sees is what was compared.
func invisible(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, // LRE, RLE, PDF, LRO, RLO
		r >= 0x2066 && r <= 0x2069,            // LRI, RLI, FSI, PDI
		r == 0x200E, r == 0x200F, r == 0x061C, // LRM, RLM, ALM
		r >= 0x200B && r <= 0x200D, // ZWSP, ZWNJ, ZWJ
		r == 0x2060, r == 0xFEFF:   // word joiner, BOM / ZWNBSP
		return true
	}
	return false
}

// control reports C0 and C1 control characters and DEL: an ESC from a file
// name or a scraped page could retitle or recolour the terminal.
func control(r rune) bool {
	return r < 0x20 || r == 0x7F || (r >= 0x80 && r <= 0x9F)
}

// Visible returns s with every control character (but newline and tab
// when keepLines) and every invisible formatting character written as
// <U+XXXX>, and invalid UTF-8 as <U+FFFD>. It is for text shown to people:
// terminal, stderr, annotations, Markdown, HTML and CSV.
func Visible(s string, keepLines bool) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || invisible(r) || (control(r) && !(keepLines && (r == '\n' || r == '\t'))) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case keepLines && (r == '\n' || r == '\t'):
			b.WriteRune(r)
		case r == utf8.RuneError || invisible(r) || control(r):
			fmt.Fprintf(&b, "<U+%04X>", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// visibleRenderer shows a human format's report with Visible applied to
// every string a reader sees. Article texts stay as they are: offsets,
// lines and columns are computed from them.
type visibleRenderer struct{ inner Renderer }

func (v visibleRenderer) Render(r *Report) error {
	rr := *r
	rr.Result = visibleResult(r.Result)
	return v.inner.Render(&rr)
}

// visibleResult copies res with Visible applied to names, IDs and texts.
// IDs are mapped the same way wherever they occur, so lookups still match.
// It starts from a copy of the whole result, so a field it does not know
// is kept as it is rather than lost.
func visibleResult(res align.Result) align.Result {
	id := func(s string) string { return Visible(s, false) }
	text := func(s string) string { return Visible(s, true) }
	ids := func(in []string) []string {
		if in == nil {
			return nil
		}
		out := make([]string, len(in))
		for i, s := range in {
			out[i] = id(s)
		}
		return out
	}
	ops := func(in []align.Op) []align.Op {
		if in == nil {
			return nil
		}
		out := make([]align.Op, len(in))
		for k, op := range in {
			out[k] = align.Op{Op: op.Op, Text: text(op.Text)}
		}
		return out
	}
	passage := func(p *align.SourcePassage) *align.SourcePassage {
		if p == nil {
			return nil
		}
		c := *p
		c.Source, c.Speaker, c.Text = id(c.Source), id(c.Speaker), text(c.Text)
		return &c
	}
	out := res
	out.Articles = make([]align.ArticleQuotes, len(res.Articles))
	out.Speakers = make([]align.Speaker, len(res.Speakers))
	out.Clusters = make([]align.Cluster, len(res.Clusters))
	out.Notices = ids(res.Notices)
	for i, aq := range res.Articles {
		a := aq.Article
		a.ID, a.Path, a.Outlet, a.Title, a.URL = id(a.ID), id(a.Path), id(a.Outlet), id(a.Title), id(a.URL)
		quotesOut := append(aq.Quotes[:0:0], aq.Quotes...)
		for j := range quotesOut {
			q := &quotesOut[j]
			q.ID, q.Article, q.Text = id(q.ID), id(q.Article), text(q.Text)
			q.Speaker, q.SpeakerID, q.Cue = id(q.Speaker), id(q.SpeakerID), id(q.Cue)
			if q.Mention != nil {
				m := *q.Mention
				m.Text = id(m.Text)
				q.Mention = &m
			}
		}
		out.Articles[i] = align.ArticleQuotes{Article: a, Quotes: quotesOut, Names: aq.Names}
	}
	for i, s := range res.Speakers {
		s.ID, s.Name, s.Kind = id(s.ID), id(s.Name), id(s.Kind)
		s.Aliases, s.Articles = ids(s.Aliases), ids(s.Articles)
		out.Speakers[i] = s
	}
	for i, c := range res.Clusters {
		c.ID, c.SpeakerID, c.Quotes, c.Reference = id(c.ID), id(c.SpeakerID), ids(c.Quotes), id(c.Reference)
		if c.Findings != nil {
			fs := make([]align.Finding, len(c.Findings))
			for j, f := range c.Findings {
				f.A, f.B, f.Variant = id(f.A), id(f.B), id(f.Variant)
				f.Articles, f.Outlets = ids(f.Articles), ids(f.Outlets)
				if f.BSpan != nil {
					sp := *f.BSpan
					sp.Article, sp.Text = id(sp.Article), text(sp.Text)
					f.BSpan = &sp
				}
				f.Diff = ops(f.Diff)
				fs[j] = f
			}
			c.Findings = fs
		}
		if c.Variants != nil {
			vs := make([]align.Variant, len(c.Variants))
			for j, v := range c.Variants {
				v.ID, v.Text, v.Quotes, v.ComparedWith = id(v.ID), text(v.Text), ids(v.Quotes), id(v.ComparedWith)
				v.Articles, v.Outlets, v.Diff = ids(v.Articles), ids(v.Outlets), ops(v.Diff)
				vs[j] = v
			}
			c.Variants = vs
		}
		c.Source = passage(c.Source)
		out.Clusters[i] = c
	}
	if res.Stats.Outlets != nil {
		out.Stats.Outlets = make([]align.OutletStats, len(res.Stats.Outlets))
		for i, o := range res.Stats.Outlets {
			o.Outlet = id(o.Outlet)
			out.Stats.Outlets[i] = o
		}
	}
	if res.Record != nil {
		rec := *res.Record
		rec.Sources = append(rec.Sources[:0:0], rec.Sources...)
		for i := range rec.Sources {
			s := &rec.Sources[i]
			s.ID, s.Path, s.Speakers = id(s.ID), id(s.Path), ids(s.Speakers)
		}
		rec.Checks = append(rec.Checks[:0:0], rec.Checks...)
		for i := range rec.Checks {
			c := &rec.Checks[i]
			c.Quote, c.Article, c.Outlet, c.Cluster, c.Credited = id(c.Quote), id(c.Article), id(c.Outlet), id(c.Cluster), id(c.Credited)
			c.Passage, c.Diff = passage(c.Passage), ops(c.Diff)
		}
		rec.Outlets = append(rec.Outlets[:0:0], rec.Outlets...)
		for i := range rec.Outlets {
			rec.Outlets[i].Outlet = id(rec.Outlets[i].Outlet)
		}
		out.Record = &rec
	}
	return out
}

// jsonVisibleWriter rewrites invisible characters in JSON output as \uXXXX
// escapes: a decoder gets the exact text, and a person reading the file
// sees them. Outside strings JSON is ASCII, so a byte-level rewrite cannot
// touch the structure. json.Encoder hands over each document in one
// Write, so a character is never split across calls.
type jsonVisibleWriter struct{ w io.Writer }

func (j jsonVisibleWriter) Write(p []byte) (int, error) {
	if !hasInvisible(p) {
		return j.w.Write(p)
	}
	n := len(p)
	var b strings.Builder
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		if invisible(r) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(p[:size])
		}
		p = p[size:]
	}
	if _, err := io.WriteString(j.w, b.String()); err != nil {
		return 0, err
	}
	return n, nil
}

func hasInvisible(p []byte) bool {
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		if invisible(r) {
			return true
		}
		p = p[n:]
	}
	return false
}

// csvCell neutralises a cell that a spreadsheet would run as a formula:
// one starting with =, +, -, @, tab or carriage return (from a quote, a
// file name or an outlet name) gets a leading apostrophe, as OWASP
// recommends and spreadsheet-safe CSV writers do. The apostrophe is shown
// by some programs, but nothing is executed.
func csvCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// csvRow applies csvCell to each cell of a row.
func csvRow(row []string) []string {
	for i, c := range row {
		row[i] = csvCell(c)
	}
	return row
}

// mdNeutral matches what GitHub would turn into a notification, a link or
// mathematics in a comment: @mentions (also of teams, @org/team), bare
// URLs and www. addresses, and dollar signs. It runs on mdEscape's output,
// where a backtick is "\`" and < > & are entities.
var mdNeutral = regexp.MustCompile(`@[A-Za-z0-9][A-Za-z0-9-]*(?:/[A-Za-z0-9_.-]+)?|(?i:(?:https?|ftp)://|www\.)(?:[^\s\x60\\]|\\[^\x60])*|\$`)

// mdSpanUnescape undoes mdEscape inside a code span, where backslashes and
// entities would show as typed; "\|" stays, as GFM tables need it there.
var mdSpanUnescape = strings.NewReplacer(`\_`, "_", `\(`, "(", `\)`, ")", `\#`, "#", `\+`, "+", `\~`, "~",
	`\!`, "!", `\[`, "[", `\]`, "]", `\{`, "{", `\}`, "}", `\*`, "*", "&lt;", "<", "&gt;", ">", "&amp;", "&")

// mdNeutralise makes escaped text inert in a pull-request comment: a
// mention or a URL becomes a code span (never linked, never notifying),
// and a dollar sign is wrapped in a span so that $…$ is not read as
// mathematics, as GitHub's documentation advises. An @ inside a word (an
// e-mail address) mentions nobody and is left alone.
func mdNeutralise(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range mdNeutral.FindAllStringIndex(s, -1) {
		start, end := m[0], m[1]
		match := s[start:end]
		if match[0] == '@' && start > 0 && isWordByte(s[start-1]) {
			continue
		}
		if match[0] != '@' && match != "$" {
			// Closing punctuation after a URL ends the sentence or the
			// brackets, as GitHub's autolinker decides too.
			trimmed := strings.TrimRight(match, `.,;:!?'")]}\`)
			end = start + len(trimmed)
			match = trimmed
		}
		b.WriteString(s[last:start])
		last = end
		switch {
		case match == "$":
			b.WriteString("<span>$</span>")
		default:
			b.WriteString("`" + mdSpanUnescape.Replace(match) + "`")
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isWordByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || (c >= '0' && c <= '9') || (c|0x20 >= 'a' && c|0x20 <= 'z')
}

// sarifURIOf turns an article's path into a URI reference: a URL (any
// scheme case) stays a URL, with characters a URI may not hold escaped;
// a file path becomes a relative reference with spaces and <>"{}
// percent-encoded.
func sarifURIOf(p string) string {
	if u, err := url.Parse(p); err == nil && u.Scheme != "" && u.Host != "" && len(u.Scheme) > 1 {
		u.Scheme = strings.ToLower(u.Scheme)
		return u.String()
	}
	slashed := filepath.ToSlash(p)
	var b strings.Builder
	for _, seg := range strings.SplitAfter(slashed, "/") {
		name := strings.TrimSuffix(seg, "/")
		b.WriteString(url.PathEscape(name))
		if len(name) < len(seg) {
			b.WriteByte('/')
		}
	}
	s := b.String()
	// A first segment holding a colon would read as a scheme.
	if first, _, _ := strings.Cut(s, "/"); strings.Contains(first, ":") {
		s = "./" + s
	}
	return s
}
