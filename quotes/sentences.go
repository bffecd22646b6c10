package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func (d *analysis) sentences() {
	sent, para := 0, 0
	d.sStart = append(reuse(d.spare.sStart, len(d.toks)/16+4), 0)
	d.sPara = append(reuse(d.spare.sPara, len(d.toks)/16+4), 0)
	d.sWords = append(reuse(d.spare.sWords, len(d.toks)/16+4), 0)
	d.pWords = append(reuse(d.spare.pWords, len(d.toks)/32+4), 0)
	d.pEnd = reuse(d.spare.pEnd, len(d.toks)/32+4)
	newSent := func(k int) {
		sent++
		d.sStart = append(d.sStart, k)
		d.sPara = append(d.sPara, int32(para))
		d.sWords = append(d.sWords, 0)
	}
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind == tkPara {
			t.sent = int32(sent)
			d.pEnd = append(d.pEnd, k)
			para++
			d.pWords = append(d.pWords, 0)
			newSent(k + 1)
			continue
		}
		t.sent = int32(sent)
		switch t.kind {
		case tkWord:
			d.pWords[para]++
			d.sWords[sent]++
		case tkPunct:
			p := d.text[t.start:t.end]
			if (p == "." || p == "!" || p == "?" || p == ";") && d.startsSentence(k+1) && !d.abbrevAt(k-1) && !d.decimalPoint(k) && !d.numberSign(k) {
				newSent(k + 1)
			}
		case tkQuote:
			q := d.qs[t.q]
			if endsTerminal(q.Text) && k+1 < len(d.toks) && d.toks[k+1].kind != tkPunct && d.startsSentence(k+1) {
				newSent(k + 1)
			}
		}
	}
	d.pEnd = append(d.pEnd, len(d.toks))
	// Which capitalised sentence openers also appear capitalised inside a
	// sentence: those are names ("Labour said"), the rest ordinary words.
	want := reuseMap(d.spare.midCap, len(d.sStart))
	// filter has a bit per opener's openerSlot: most capitalised words
	// inside sentences open none, and skip the map lookup.
	var filter [4]uint64
	for _, k := range d.sStart {
		if d.isWord(k) && d.has(k, fCap) && !d.has(k, fCapFunc) {
			w := stripPossessive(d.word(k))
			want[w] = false
			h := openerSlot(w)
			filter[h>>6] |= 1 << (h & 63)
		}
	}
	for k := range d.toks {
		// The capital first: most tokens fail that test, which reads
		// nothing but the token.
		if t := &d.toks[k]; t.fl&fCap != 0 && t.kind == tkWord && k > d.sStart[t.sent] {
			w := stripPossessive(d.word(k))
			if h := openerSlot(w); filter[h>>6]&(1<<(h&63)) == 0 {
				continue
			}
			if seen, ok := want[w]; ok && !seen {
				want[w] = true
			}
		}
	}
	d.midCap = want
}

// openerSlot is w's bit in the sentence openers' filter, from its length
// and its first and last bytes.
func openerSlot(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w)*7+int(w[0])*3+int(w[len(w)-1])) & 255
}

func endsTerminal(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func (d *analysis) startsSentence(k int) bool {
	if k >= len(d.toks) {
		return true
	}
	t := d.toks[k]
	switch t.kind {
	case tkPara, tkQuote:
		return true
	case tkWord:
		r := firstRune(d.text[t.start:t.end])
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// decimalPoint reports whether the full stop at k sits between two digits
// with no space, "$1.6 billion", where no sentence ends.
func (d *analysis) decimalPoint(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k-1].kind != tkWord || d.toks[k+1].kind != tkWord {
		return false
	}
	a, b := d.toks[k-1], d.toks[k+1]
	if a.end != d.toks[k].start || b.start != d.toks[k].end {
		return false
	}
	x, y := d.text[a.end-1], d.text[b.start]
	return '0' <= x && x <= '9' && '0' <= y && y <= '9'
}

func (d *analysis) abbrevAt(k int) bool {
	if !d.isWord(k) {
		return false
	}
	w := d.word(k)
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return true // an initial: J. Smith
	}
	return abbrevs[d.lw(k)] // the abbreviations are ASCII: lw lowers them as ToLower does, without allocating
}

func (d *analysis) sentOf(k int) (lo, hi int) {
	s := d.toks[k].sent
	lo = d.sStart[s]
	hi = len(d.toks)
	if int(s)+1 < len(d.sStart) {
		hi = d.sStart[s+1]
	}
	return lo, hi
}

// paraEnd returns the index one past the last token of k's paragraph.
func (d *analysis) paraEnd(k int) int {
	if k >= len(d.toks) {
		return len(d.toks)
	}
	return d.pEnd[d.paraOf(k)]
}

// numberSign reports whether the full stop at k belongs to "No." before a
// number ("the No. 2 Republican"), which ends no sentence.
func (d *analysis) numberSign(k int) bool {
	return d.isWord(k-1) && d.word(k-1) == "No" && d.isWord(k+1) && isDigits(d.word(k+1))
}
