package quotes

// bridgeIntro attributes a quote that is a sentence by itself to the
// speaker of the quote just before it when one sentence without quotes
// stands between them and that sentence's subject is the same person:
// `"We lost," Roe said. Roe still backs the plan. "It will work."`, or
// `... said Roe. ¶ She was quick to add that the talks go on. ¶ "We are
// not done."`. News writing lets a speaker's own sentence sit between
// two of their quotes; the subject carrying on from the earlier
// attribution says the later words are theirs too. The two signs must
// agree: another subject (`Her rival disagrees.`) or a question put to
// someone (`Roe asked Lee why.`, whose answer is Lee's) breaks the bridge.
func (d *analysis) bridgeIntro(ti int) (speaker, bool) {
	if d.sWords[d.toks[ti].sent] > 0 || labelled(d.qs[d.toks[ti].q].Text) {
		return speaker{}, false
	}
	e, ok := d.introMark(ti, ".", ":")
	if !ok {
		return speaker{}, false
	}
	lo, _ := d.sentOf(e)
	if lo == 0 || e-lo > maxReach || !d.plainBridge(lo, e) {
		return speaker{}, false
	}
	prev, ok := d.speakerBefore(lo)
	if !ok {
		return speaker{}, false
	}
	sp, ok := d.bridgeSubject(lo, e)
	if !ok || sp.unresolved || sp.ent < 0 || d.root(sp.ent) != d.root(prev.ent) {
		return speaker{}, false
	}
	sp.cue = prev.cue
	return sp, true
}

// plainBridge reports whether the tokens [lo, e) are one sentence of the
// writer's own: no quote, no paragraph break, and no question put to
// someone, whose answer the next quote would be.
func (d *analysis) plainBridge(lo, e int) bool {
	for k := lo; k < e; k++ {
		switch {
		case d.toks[k].kind == tkQuote || d.toks[k].kind == tkPara:
			return false
		case d.isPunct(k, "?"):
			return false
		case d.isWord(k) && asksQuestion(d.lw(k)):
			return false
		}
	}
	return true
}

// speakerBefore returns the speaker attributed to a quote of the sentence
// right before token lo, when that sentence is in lo's paragraph or the
// one before.
func (d *analysis) speakerBefore(lo int) (speaker, bool) {
	p := lo - 1
	for p >= 0 && d.toks[p].kind == tkPara {
		p--
	}
	if p < 0 || d.paraOf(lo)-d.paraOf(p) > 1 {
		return speaker{}, false
	}
	para := d.paraOf(p)
	for i := len(d.salAdded) - 1; i >= 0; i-- {
		s := d.salAdded[i]
		if s.tok >= lo {
			continue
		}
		if para-d.paraOf(s.tok) > 1 || d.toks[s.tok].kind != tkQuote || s.sp.ent < 0 {
			return speaker{}, false
		}
		// Quotes after it that are sentences by themselves carry its
		// speaker on (attributeAll's continuation); any other quote may
		// be someone else's.
		for k := s.tok + 1; k < lo; k++ {
			if d.toks[k].kind == tkQuote && d.sWords[d.toks[k].sent] > 0 {
				return speaker{}, false
			}
		}
		ps, _ := d.sentOf(s.tok)
		if ps > p || !d.onlyQuotesBetween(d.toks[s.tok].sent, d.toks[p].sent) {
			return speaker{}, false
		}
		return s.sp, true
	}
	return speaker{}, false
}

// onlyQuotesBetween reports whether every sentence after sentence a up to
// sentence b is a quote by itself: the attributed quote's own sentence
// and its continuations, and nothing of the writer's.
func (d *analysis) onlyQuotesBetween(a, b int32) bool {
	for s := a + 1; s <= b; s++ {
		if d.sWords[s] > 0 {
			return false
		}
	}
	return true
}

// bridgeSubject returns the subject that opens the sentence [lo, e): a
// name standing as a subject, or he or she resolved to the person the
// article means.
func (d *analysis) bridgeSubject(lo, e int) (speaker, bool) {
	start := d.skipOpeners(lo, e)
	for start < e && d.isWord(start) && (d.lw(start) == "but" || d.lw(start) == "and" || d.has(start, fAdverb)) {
		start++
	}
	if start >= e || !d.isWord(start) {
		return speaker{}, false
	}
	switch d.lw(start) {
	case "he", "she":
		return d.classifyNP(start, start+1)
	}
	for _, m := range d.mentionsIn(start, e) {
		if m.t0 != start {
			break
		}
		if m.subject && m.ent >= 0 && d.ents[m.ent].kind == "person" {
			return d.fromMention(m), true
		}
	}
	return speaker{}, false
}
