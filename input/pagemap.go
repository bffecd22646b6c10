package input

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/quotecheck/quotecheck/quotes"
)

// maxPageMapBytes bounds the page a page map is built for: the map
// costs a few bytes per byte of page, and news pages are far smaller.
const maxPageMapBytes = 16 << 20

// visible is the text a page shows, white space removed, with the offset
// in the page of each byte.
type visible struct {
	text      string
	raw       []int32 // raw[i] is the page offset of text[i]
	bodyStart int     // where the <body>'s text starts in text
}

// pageMap maps text, extracted from the page doc, back to doc: each
// paragraph of text is looked for, white space aside, among the page's
// visible characters in document order, and an anchor is set wherever
// the two stop running in step (a tag, an entity, a line break in the
// page). A paragraph not found gets an anchor with Line 0, so that its
// offsets are not mistaken for those of the paragraph before.
func pageMap(doc, text string) *quotes.PageMap {
	if len(doc) > maxPageMapBytes || text == "" {
		return nil
	}
	vis := visibleText(doc)
	lines := newLineIndex(doc)
	var anchors []quotes.PageAnchor
	from := 0
	first := true
	for start := 0; start < len(text); {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		para, offs := squeeze(text[start:end], start)
		if para != "" {
			// The headline is in <title> and again in the body; the one
			// in the body is where a reader looks.
			at := -1
			if first && vis.bodyStart < len(vis.text) {
				if i := strings.Index(vis.text[vis.bodyStart:], para); i >= 0 {
					at = vis.bodyStart + i
				}
			}
			if at < 0 {
				if i := strings.Index(vis.text[from:], para); i >= 0 {
					at = from + i
				} else {
					at = strings.Index(vis.text, para)
				}
			}
			first = false
			if at < 0 {
				anchors = append(anchors, quotes.PageAnchor{Text: offs[0]})
			} else {
				anchors = appendRun(anchors, para, offs, vis.raw[at:at+len(para)], lines)
				from = at + len(para)
			}
		}
		start = end
		for start < len(text) && text[start] == '\n' {
			start++
		}
	}
	if len(anchors) == 0 {
		return nil
	}
	return &quotes.PageMap{Anchors: anchors}
}

// appendRun adds the anchors of one found paragraph: para's byte k is at
// offs[k] in the text and at raw[k] in the page.
func appendRun(anchors []quotes.PageAnchor, para string, offs []int, raw []int32, lines *lineIndex) []quotes.PageAnchor {
	prevT, prevR, prevLine := -1, -1, -1
	for k := 0; k < len(para); {
		_, size := utf8.DecodeRuneInString(para[k:])
		t, r := offs[k], int(raw[k])
		line := lines.line(r)
		if prevT < 0 || t-prevT != r-prevR || line != prevLine {
			anchors = append(anchors, quotes.PageAnchor{Text: t, Line: line, Column: lines.column(r)})
		}
		prevT, prevR, prevLine = t, r, line
		k += size
	}
	return anchors
}

// squeeze drops the white space of s, returning what is left and, per
// byte of it, its offset in the text (base is s's offset there).
func squeeze(s string, base int) (string, []int) {
	var b strings.Builder
	offs := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		b.WriteString(s[i : i+n])
		for k := 0; k < n; k++ {
			offs = append(offs, base+i+k)
		}
		i += n
	}
	return b.String(), offs
}

// visibleText reads the characters of doc's text nodes, outside scripts
// and styles, with entities decoded and white space dropped.
func visibleText(doc string) visible {
	var v visible
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(doc))
	pos := 0
	skip := atom.Atom(0) // inside a <script>, <style>, ... until its end tag
	bodySeen := false
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Textarea:
				if tt == html.StartTagToken {
					skip = a
				} else if skip == a {
					skip = 0
				}
			case atom.Body:
				if tt == html.StartTagToken && !bodySeen {
					bodySeen = true
					v.bodyStart = b.Len()
				}
			}
		case html.TextToken:
			if skip == 0 {
				v.raw = appendVisible(&b, v.raw, string(raw), pos)
			}
		}
		pos += len(raw)
	}
	v.text = b.String()
	return v
}

// appendVisible adds the visible characters of one raw text token,
// starting at page offset pos, decoding character references.
func appendVisible(b *strings.Builder, offs []int32, raw string, pos int) []int32 {
	emit := func(s string, at int) {
		for _, r := range s {
			if unicode.IsSpace(r) {
				continue
			}
			n, _ := b.WriteRune(r)
			for k := 0; k < n; k++ {
				offs = append(offs, int32(at))
			}
		}
	}
	for i := 0; i < len(raw); {
		if raw[i] == '&' {
			if end := strings.IndexByte(raw[i:min(len(raw), i+40)], ';'); end > 0 {
				ref := raw[i : i+end+1]
				if dec := html.UnescapeString(ref); dec != ref {
					emit(dec, pos+i)
					i += end + 1
					continue
				}
			}
		}
		r, size := utf8.DecodeRuneInString(raw[i:])
		if !unicode.IsSpace(r) {
			n, _ := b.WriteRune(r)
			for k := 0; k < n; k++ {
				offs = append(offs, int32(pos+i+min(k, size-1)))
			}
		}
		i += size
	}
	return offs
}

// lineIndex turns page offsets into lines and columns.
type lineIndex struct {
	doc    string
	starts []int // starts[i] is the offset where line i+1 starts
	// The last column asked for: anchors come in page order, so on a
	// long line (a minified page) counting resumes from there.
	lastOff, lastCol int
}

func newLineIndex(doc string) *lineIndex {
	starts := []int{0}
	for i := 0; i < len(doc); i++ {
		if doc[i] == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{doc: doc, starts: starts}
}

// line returns the 1-based line of offset off.
func (l *lineIndex) line(off int) int {
	lo, hi := 0, len(l.starts)
	for lo+1 < hi {
		mid := (lo + hi) / 2
		if l.starts[mid] <= off {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo + 1
}

// column returns the 1-based column of offset off, in characters.
func (l *lineIndex) column(off int) int {
	start := l.starts[l.line(off)-1]
	if l.lastCol > 0 && l.lastOff >= start && l.lastOff <= off {
		l.lastCol += utf8.RuneCountInString(l.doc[l.lastOff:off])
	} else {
		l.lastCol = 1 + utf8.RuneCountInString(l.doc[start:off])
	}
	l.lastOff = off
	return l.lastCol
}
