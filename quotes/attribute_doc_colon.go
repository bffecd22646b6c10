package quotes

// maxDocPP bounds the words of the phrase after a document subject's
// noun: "a paper from the left-leaning Harbor Institute".
const maxDocPP = 8

// documentColon attributes a quote introduced by a colon to the document
// that is the intro's subject: `A footnote in the audit makes that clear:
// "..."`, `Likewise, a paper from the Harbor Institute had this to say:
// "..."`. The document is the mention and its author stays unnamed, as in
// documentSubject. The intro must name no person after its verb (`The ad
// features Roe: "..."` quotes Roe), give no one else a participle of
// speech (`The ad ends with a narrator saying:`) and hold no comma, "and"
// or "but" that would bring in another subject.
func (d *analysis) documentColon(ti int) (speaker, bool) {
	c, ok := d.introMark(ti, ":")
	if !ok || d.quoteGoesOn(ti) {
		return speaker{}, false
	}
	lo, _ := d.sentOf(c)
	start := d.skipOpeners(lo, c)
	if d.isWord(start) && d.isPunct(start+1, ",") && len(d.mentionsIn(start, start+1)) == 0 {
		start += 2 // "Likewise, a paper ...": a linking word before the subject
	}
	if !d.isWord(start) || !docDeterminer(d.lw(start)) {
		return speaker{}, false
	}
	h := -1
	for k := start + 1; k < c && k < start+maxDocNP; k++ {
		if !d.isWord(k) || d.has(k, fCap) {
			return speaker{}, false
		}
		if w := d.lw(k); spokesWords[w] || documentHeads[w] {
			h = k
			break
		}
	}
	if h < 0 {
		return speaker{}, false
	}
	b := h + 1
	if d.isWord(b) && (isPrepWord(d.lw(b)) || d.lw(b) == "by") {
		// "in the report", "from the Harbor Institute": the phrase ends
		// at the first lower-case word that may be the verb.
		for b++; b < c && b <= h+maxDocPP && !(d.isWord(b) && !d.has(b, fCap) && d.docVerb(b)); b++ {
			if d.toks[b].kind == tkQuote || d.toks[b].kind == tkPara || d.isPunct(b, ",") {
				return speaker{}, false
			}
		}
	}
	if b >= c || !d.isWord(b) || d.has(b, fCap) || !d.docVerb(b) {
		return speaker{}, false
	}
	for k := b; k < c; k++ {
		if !d.isWord(k) || d.lw(k) == "and" || d.lw(k) == "but" {
			return speaker{}, false
		}
		if cu, ok := d.cueAt(k); ok && k > b && cu.form == cueParticiple {
			return speaker{}, false // "The ad ends with a narrator saying:": the narrator speaks
		}
	}
	if d.hasName(b, c) {
		return speaker{}, false
	}
	return speaker{ent: -1, m0: int(d.toks[start].start), m1: int(d.toks[h].end), unresolved: true, cue: ":"}, true
}

// docVerb reports whether the word at k may be a document's verb: a
// reporting verb, a word in -s or -ed, or a form of have or be.
func (d *analysis) docVerb(k int) bool {
	switch d.lw(k) {
	case "has", "had", "is", "was", "says":
		return true
	}
	return d.verbLike(k)
}

// quoteGoesOn reports whether words or other quotes follow the quote at
// ti in its sentence: then the colon introduced a list, not the quote.
func (d *analysis) quoteGoesOn(ti int) bool {
	for k := ti + 1; k < len(d.toks) && d.toks[k].sent == d.toks[ti].sent; k++ {
		if d.isWord(k) || d.toks[k].kind == tkQuote {
			return true
		}
	}
	return false
}
