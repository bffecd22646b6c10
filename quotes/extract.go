package quotes

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSearch bounds how deep a closing mark looks into the stack of open
// quotes. Real text nests two or three deep; the bound keeps a paragraph
// full of stray marks linear.
const maxSearch = 8

// paragraph is one line of the text, without its line break.
type paragraph struct {
	start, end int
}

// segment is the part of a quote that lies in one paragraph.
type segment struct {
	start, end int
}

// span is an open or closed quote while the scanner works.
type span struct {
	id     int // order of opening
	open   rune
	close  rune
	para   int // paragraph of the opening mark
	segs   []segment
	seg0   [1]segment // backs segs for the common one-paragraph quote
	parent int        // id of the enclosing span, or -1
	colon  bool
}

// mark is a quote mark found in a paragraph, with its context.
type mark struct {
	pos, size   int
	r           rune
	prev, next  rune
	closerAfter bool // a single mark later in the paragraph could close a quote
	// dblCloserAfter: a double mark later in the paragraph could close a
	// quote, so that a mark whose sides do not tell its direction opens
	// the pair that balances the paragraph (said”no”.).
	dblCloserAfter bool
}

// Extract returns every quoted span of a, in document order. It never
// fails: stray and unbalanced marks are skipped, and a quote never runs on
// into a paragraph that does not reopen it.
func Extract(a Article) []Quote {
	text := a.Text
	sc := extractPool.Get().(*extractScratch)
	paras := splitParagraphs(text, sc.paras[:0])
	x := extractor{text: text, stack: sc.stack[:0], done: sc.done[:0], slab: sc.slab[:0]}
	marks := sc.marks
	lead := newByteFinder(text, quoteLeadBytes)
	for pi, p := range paras {
		marks = collectMarks(text, p, lead, marks[:0])
		x.scanParagraph(pi, p, marks)
		x.endParagraph(pi, paras)
	}
	out := x.quotes(a, paras)
	sc.keep(paras, marks, &x)
	return out
}

type extractor struct {
	text  string
	stack []*span
	done  []*span
	// slab holds the spans; a full slab is replaced, never grown, so that
	// the pointers in stack and done stay valid. One allocation serves
	// many quotes.
	slab   []span
	nextID int
	// reopen is set when the paragraph that just ended left a quote open
	// and the next one reopens it: the first mark of that paragraph is
	// consumed as the reopening mark.
	reopen *span
}

// splitParagraphs appends text's paragraphs to paras.
func splitParagraphs(text string, paras []paragraph) []paragraph {
	start := 0
	breaks := newByteFinder(text, "\n\r")
	for i := 0; i < len(text); i++ {
		i = breaks.next(i)
		if i == len(text) {
			break
		}
		c := text[i]
		if strings.TrimSpace(text[start:i]) != "" {
			paras = append(paras, paragraph{start, i})
		}
		if c == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		start = i + 1
	}
	if strings.TrimSpace(text[start:]) != "" {
		paras = append(paras, paragraph{start, len(text)})
	}
	return paras
}

// byteFinder finds the next of a few bytes in a text (line breaks, the
// bytes that start a quote mark) with strings.IndexByte, which is
// vectorised, instead of looking at every byte. Each byte's next position
// is kept until the scan passes it, so a byte is searched for once per
// occurrence and a missing one once in all.
type byteFinder struct {
	text, bytes string
	pos         []int // next position of bytes[b] at or after the last search, len(text) for none; -1 before the first
}

func newByteFinder(text, bytes string) *byteFinder {
	f := &byteFinder{text: text, bytes: bytes, pos: make([]int, len(bytes))}
	for b := range f.pos {
		f.pos[b] = -1
	}
	return f
}

// next returns the first position at or after i that holds one of the
// bytes, or len(text). Successive calls must not go back: i never less
// than the i of an earlier call.
func (f *byteFinder) next(i int) int {
	first := len(f.text)
	for b, at := range f.pos {
		if at < i {
			at = len(f.text)
			if k := strings.IndexByte(f.text[i:], f.bytes[b]); k >= 0 {
				at = i + k
			}
			f.pos[b] = at
		}
		first = min(first, at)
	}
	return first
}

// quoteLeadBytes are the bytes that may start a quote mark (isQuoteByte).
const quoteLeadBytes = "\"'\xc2\xe2\xe3"

// collectMarks finds the quote marks of a paragraph with the runes around
// them, and notes for each single mark whether another mark later in the
// paragraph could close a single quote (this decides MPs’ votes).
func collectMarks(text string, p paragraph, lead *byteFinder, marks []mark) []mark {
	for i := p.start; i < p.end; {
		if i = lead.next(i); i >= p.end {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:p.end])
		if markFamily(r) == noFamily {
			i += size
			continue
		}
		var prev, next rune
		if i > p.start {
			prev, _ = utf8.DecodeLastRuneInString(text[p.start:i])
		}
		if i+size < p.end {
			next, _ = utf8.DecodeRuneInString(text[i+size : p.end])
		}
		marks = append(marks, mark{pos: i, size: size, r: r, prev: prev, next: next})
		i += size
	}
	later, dblLater := false, false
	for i := len(marks) - 1; i >= 0; i-- {
		m := &marks[i]
		m.closerAfter, m.dblCloserAfter = later, dblLater
		if (m.r == '\'' || m.r == '’') && !openSide(m.prev) && closeSide(m.next) {
			later = true
		}
		if markFamily(m.r) == doubleFamily && m.r != '„' && closeSide(m.next) {
			dblLater = true
		}
	}
	return marks
}

func (x *extractor) scanParagraph(pi int, p paragraph, marks []mark) {
	for i := 0; i < len(marks); i++ {
		m := marks[i]
		if x.reopen != nil {
			// Only the paragraph's first mark, at its very start, reopens.
			s := x.reopen
			x.reopen = nil
			if m.pos == firstNonSpace(x.text, p) && markFamily(m.r) == markFamily(s.open) {
				s.segs = append(s.segs, segment{m.pos + m.size, -1})
				x.stack = append(x.stack, s)
				continue
			}
		}
		switch x.role(m) {
		case roleOpen:
			x.push(m, pi, p)
		case roleClose:
			x.close(m)
		case roleEither:
			if !x.close(m) {
				x.push(m, pi, p)
			}
		case roleNone:
			if m.r == '\'' || m.r == '’' || m.r == '‘' {
				// Skip the second mark of rock ’n’ roll.
				if elisionAfter(x.text[m.pos+m.size:p.end]) > 0 && i+1 < len(marks) && marks[i+1].pos == m.pos+m.size+1 {
					i++
				}
			}
		}
	}
	if x.reopen != nil {
		// The paragraph held no mark at all: the quote does not go on.
		x.reopen = nil
	}
}

func firstNonSpace(text string, p paragraph) int {
	for i, r := range text[p.start:p.end] {
		if !unicode.IsSpace(r) {
			return p.start + i
		}
	}
	return p.end
}

// role decides what a mark does from the runes around it and the quotes
// that are open.
func (x *extractor) role(m mark) role {
	lo, ro := openSide(m.prev), closeSide(m.next)
	switch m.r {
	case '"':
		switch {
		case m.prev >= '0' && m.prev <= '9' && !ro && !x.isOpen(doubleFamily):
			return roleNone // inches: a 5"x7" print
		case lo && !ro:
			return roleOpen
		case !lo && ro:
			return roleClose
		case unicode.IsSpace(m.prev) && (m.next == 0 || unicode.IsSpace(m.next)):
			// A lone mark between spaces can only end a quote typed
			// with a space before its closing mark.
			if x.isOpen(doubleFamily) {
				return roleClose
			}
			if m.dblCloserAfter {
				return roleOpen // “ we lost ” typed with straight marks
			}
			return roleNone
		}
		return roleEither
	case '”', '“':
		if m.r == '“' && x.topOpens('“') && x.topOpenRune(doubleFamily) == '„' {
			return roleClose // German „…“
		}
		if m.r == '”' && isDashRune(m.prev) && x.isOpen(doubleFamily) {
			return roleClose // speech cut off: “Wait—”Then he left.
		}
		return curlyRole(m.r == '“' || !x.isOpen(doubleFamily) && m.dblCloserAfter, lo, ro)
	case '„':
		return roleOpen
	case '\'', '’':
		if isWordRune(m.prev) && isWordRune(m.next) {
			return roleNone // won’t, O'Neill, SNP’s
		}
		if lo && !unicode.IsSpace(m.next) && m.next != 0 {
			if elisionAfter(x.text[m.pos+m.size:]) >= 0 {
				return roleNone // the ’90s, ’em, rock ’n’ roll
			}
			return roleOpen
		}
		if !lo && ro {
			if !x.isOpen(singleFamily) {
				return roleNone // MPs’ votes, the Joneses' house
			}
			// A plural possessive inside a single-quoted quote: ‘the
			// MPs’ votes matter,’ — the later mark closes it.
			if (m.prev == 's' || m.prev == 'S') && isWordAfterSpace(x.text, m) && m.closerAfter {
				return roleNone
			}
			return roleClose
		}
		return roleNone
	case '‘':
		if lo && elisionAfter(x.text[m.pos+m.size:]) >= 0 {
			return roleNone // ‘90s typed with the wrong mark
		}
		if !lo && ro && x.isOpen(singleFamily) {
			return roleClose
		}
		if lo {
			return roleOpen
		}
		if x.topOpens('‘') && x.topOpenRune(singleFamily) == '‚' {
			return roleClose
		}
		return roleNone
	case '‚':
		if lo && isWordRune(m.next) {
			return roleOpen
		}
		return roleNone // a comma-like mark
	case '«', '‹', '»', '›':
		// French « … », German and Danish » … «, Swedish » … ».
		return curlyRole(m.r == '«' || m.r == '‹', lo, ro)
	case '「', '『':
		return roleOpen
	case '」', '』':
		return roleClose
	}
	return roleNone
}

func isDashRune(r rune) bool { return r == '—' || r == '–' || r == '-' || r == '―' }

// curlyRole judges the direction of a curly double mark or a guillemet
// from its sides, not its glyph: a mark after a space or at the start of
// a paragraph and before a word opens (”We never got a vote.” ― the
// right mark typed for a left one, or Swedish style), and one after a
// word or punctuation and before a space or punctuation closes (“We lost.“
// said Kerr). Only when the sides do not tell — a mark between spaces, or
// between two words — does the glyph decide.
func curlyRole(opening, lo, ro bool) role {
	switch {
	case lo && !ro:
		return roleOpen
	case !lo && ro:
		return roleClose
	case opening:
		return roleOpen
	}
	return roleClose
}

// isWordAfterSpace reports whether the mark is followed by a space and a
// lower-case word, as in MPs’ votes.
func isWordAfterSpace(text string, m mark) bool {
	rest := text[m.pos+m.size:]
	if len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r)
}

func (x *extractor) isOpen(f family) bool {
	for i := len(x.stack) - 1; i >= 0 && i >= len(x.stack)-maxSearch; i-- {
		if markFamily(x.stack[i].open) == f {
			return true
		}
	}
	return false
}

// topOpenRune returns the opening mark of the innermost open quote of
// family f.
func (x *extractor) topOpenRune(f family) rune {
	for i := len(x.stack) - 1; i >= 0 && i >= len(x.stack)-maxSearch; i-- {
		if markFamily(x.stack[i].open) == f {
			return x.stack[i].open
		}
	}
	return 0
}

// topOpens reports whether some open quote could be closed by r.
func (x *extractor) topOpens(r rune) bool {
	for i := len(x.stack) - 1; i >= 0 && i >= len(x.stack)-maxSearch; i-- {
		if closes(x.stack[i].open, r) {
			return true
		}
	}
	return false
}

func (x *extractor) push(m mark, pi int, p paragraph) {
	// The same style never nests inside itself in edited text: a second
	// opening double mark means the first was stray.
	f := markFamily(m.r)
	for i := len(x.stack) - 1; i >= 0 && i >= len(x.stack)-maxSearch; i-- {
		if markFamily(x.stack[i].open) == f {
			x.stack = x.stack[:i]
			break
		}
	}
	parent := -1
	if n := len(x.stack); n > 0 {
		parent = x.stack[n-1].id
	}
	before := strings.TrimRightFunc(x.text[p.start:m.pos], unicode.IsSpace)
	s := x.newSpan()
	*s = span{
		id:     x.nextID,
		open:   m.r,
		para:   pi,
		seg0:   [1]segment{{m.pos + m.size, -1}},
		parent: parent,
		colon:  strings.HasSuffix(before, ":"),
	}
	s.segs = s.seg0[:]
	x.nextID++
	x.stack = append(x.stack, s)
}

// newSpan returns a zeroed span from the slab, starting a new slab, twice
// the size of the last, when it is full.
func (x *extractor) newSpan() *span {
	if len(x.slab) == cap(x.slab) {
		// The first slab is sized from the text (news runs about one
		// opening mark per 128 bytes); later ones double.
		x.slab = make([]span, 0, min(max(2*cap(x.slab), len(x.text)/128, 16), 1024))
	}
	x.slab = x.slab[:len(x.slab)+1]
	s := &x.slab[len(x.slab)-1]
	*s = span{} // a slab may be a pooled one, of an earlier text
	return s
}

// close ends the innermost open quote that m can close; quotes opened
// inside it and left open were stray. It reports whether one was closed.
func (x *extractor) close(m mark) bool {
	for i := len(x.stack) - 1; i >= 0 && i >= len(x.stack)-maxSearch; i-- {
		s := x.stack[i]
		if !closes(s.open, m.r) {
			continue
		}
		s.close = m.r
		s.segs[len(s.segs)-1].end = m.pos
		x.stack = x.stack[:i]
		x.done = append(x.done, s)
		return true
	}
	return false
}

// endParagraph closes the paragraph: a quote left open continues only if
// the next paragraph opens with a mark of its family.
func (x *extractor) endParagraph(pi int, paras []paragraph) {
	if len(x.stack) == 0 {
		return
	}
	p := paras[pi]
	var keep *span
	if pi+1 < len(paras) {
		next := paras[pi+1]
		at := firstNonSpace(x.text, next)
		r, size := utf8.DecodeRuneInString(x.text[at:next.end])
		if f := markFamily(r); f != noFamily && reopens(r, x.text[at+size:next.end]) {
			for i := len(x.stack) - 1; i >= 0; i-- {
				if markFamily(x.stack[i].open) == f {
					keep = x.stack[i]
					break
				}
			}
		}
	}
	x.stack = x.stack[:0]
	if keep != nil {
		keep.segs[len(keep.segs)-1].end = p.end
		x.reopen = keep
	}
}

// reopens reports whether r, followed by rest, may start a paragraph that
// continues a quote: a straight or opening mark, or a closing glyph that
// opens by its place (”Swedish style, or a right mark typed for a left),
// unless it is an apostrophe of elision (’Tis).
func reopens(r rune, rest string) bool {
	if r == '"' || r == '\'' || isOpeningMark(r) {
		return true
	}
	if !isClosingMark(r) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(rest)
	if r == '’' && elisionAfter(rest) >= 0 {
		return false
	}
	return next != utf8.RuneError && !closeSide(next)
}

// quotes turns the closed spans into Quotes in document order.
func (x *extractor) quotes(a Article, paras []paragraph) []Quote {
	spans := x.done[:0]
	for _, s := range x.done {
		if trimSegments(x.text, s) {
			spans = append(spans, s)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].segs[0].start < spans[j].segs[0].start })
	index := make([]int, x.nextID) // span id -> quote index, or -1
	for i := range index {
		index[i] = -1
	}
	for i, s := range spans {
		index[s.id] = i
	}
	lines := newLineCursor(x.text)
	out := make([]Quote, len(spans))
	// The IDs are cut from one builder, where a string each cost an
	// allocation per quote.
	var ids strings.Builder
	ids.Grow(len(spans) * (len(a.ID) + 5))
	var idb []byte
	for i, s := range spans {
		start, end := s.segs[0].start, s.segs[len(s.segs)-1].end
		line, col := lines.position(start)
		parent := -1
		if s.parent >= 0 {
			parent = index[s.parent]
		}
		idb = strconv.AppendInt(append(append(idb[:0], a.ID...), '#'), int64(i+1), 10)
		ids.Write(idb)
		id := ids.String()
		out[i] = Quote{
			ID:      id[len(id)-len(idb):],
			Article: a.ID,
			Text:    joinSegments(x.text, s.segs),
			Start:   start,
			End:     end,
			Line:    line,
			Column:  col,
			Open:    markString(s.open),
			Close:   markString(s.close),
			Parent:  parent,
		}
	}
	for i := range out {
		out[i].Kind = classify(x.text, paras, spans[i], out, i)
	}
	return out
}

// markString returns a quote mark as a string: the curly and angle marks
// as constants, where string(r) allocated one for each quote.
func markString(r rune) string {
	switch r {
	case '“':
		return "“"
	case '”':
		return "”"
	case '‘':
		return "‘"
	case '’':
		return "’"
	case '«':
		return "«"
	case '»':
		return "»"
	}
	return string(r)
}

// trimSegments drops the spaces just inside the marks (« comme ça »), and
// reports whether the quote holds any word at all.
func trimSegments(text string, s *span) bool {
	word := false
	for i := range s.segs {
		seg := &s.segs[i]
		part := text[seg.start:seg.end]
		lead := len(part) - len(strings.TrimLeftFunc(part, unicode.IsSpace))
		trail := len(strings.TrimRightFunc(part, unicode.IsSpace))
		if trail < lead {
			trail = lead
		}
		seg.start, seg.end = seg.start+lead, seg.start+trail
		if !word && strings.IndexFunc(text[seg.start:seg.end], isWordRune) >= 0 {
			word = true
		}
	}
	return word
}

func joinSegments(text string, segs []segment) string {
	if len(segs) == 1 {
		return text[segs[0].start:segs[0].end]
	}
	var b strings.Builder
	for i, seg := range segs {
		if seg.start == seg.end {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[seg.start:seg.end])
	}
	return b.String()
}

// lineCursor maps byte offsets, asked in increasing order, to 1-based
// lines and columns in characters. \r\n and a lone \r each end a line, as
// \n does. Walking forward keeps a long line with many quotes linear.
type lineCursor struct {
	text      string
	off       int // bytes read so far
	line, col int // position of off
}

func newLineCursor(text string) *lineCursor {
	return &lineCursor{text: text, line: 1, col: 1}
}

func (c *lineCursor) position(off int) (line, col int) {
	if c.off < off {
		if seg := c.text[c.off:off]; strings.IndexByte(seg, '\r') < 0 {
			// No \r: count the \n and the runes after the last one
			// with the library's fast scans rather than byte by byte.
			if n := strings.Count(seg, "\n"); n > 0 {
				c.line += n
				c.col = 1 + utf8.RuneCountInString(seg[strings.LastIndexByte(seg, '\n')+1:])
			} else {
				c.col += utf8.RuneCountInString(seg)
			}
			c.off = off
		}
	}
	for c.off < off {
		if b := c.text[c.off]; b < utf8.RuneSelf && b != '\n' && b != '\r' {
			c.col++ // most bytes: ASCII, not a line end, no decoding
			c.off++
			continue
		}
		r, size := utf8.DecodeRuneInString(c.text[c.off:])
		switch {
		case r == '\n', r == '\r' && (c.off+1 >= len(c.text) || c.text[c.off+1] != '\n'):
			c.line++
			c.col = 1
		case r != '\r':
			c.col++
		}
		c.off += size
	}
	return c.line, c.col
}
