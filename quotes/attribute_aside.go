package quotes

// asideSubject: a partial quote in the report of a verb whose subject
// opens the sentence but stands apart from it, behind an appositive, a
// relative clause or a tag:
//
//	Ann Roe, who chairs the board, said the plan was "a mirage".
//	Ann Roe — a teacher from Salem — says the vote was "a big deal".
//	Ann Roe, 41, of Salem, Ore., said she was "not surprised".
//
// subjectOf reads a subject right before its verb, or a tag it knows; an
// aside of any other shape hides it. News writing puts the speaker first
// and sets off what it says about them between commas, dashes or
// brackets, so the sentence's subject speaks when nothing but such an
// aside and adverbs stand between it and the reporting verb nearest the
// quote, and the quote lies in that verb's report, not in a clause of
// its own.
func (d *analysis) asideSubject(ti int) (speaker, bool) {
	_, hi, start, ok := d.partialClause(ti)
	if !ok {
		return speaker{}, false
	}
	k, c, ok := d.nearestCue(start, ti)
	if !ok || c.form == cueParticiple || c.form == cueBase {
		return speaker{}, false
	}
	if !d.reportReaches(k, ti) || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	v := d.verbStart(start, k)
	sp, ok := d.subjectBeforeAside(start, v)
	if !ok {
		// A name and a dash open the sentence as a dateline does ("Ann
		// Roe — a teacher — says"): the subject may stand at its start.
		lo, _ := d.sentOf(ti)
		if s := d.skipOpeners(lo, v); s != start {
			sp, ok = d.subjectBeforeAside(s, v)
		}
	}
	if !ok {
		return speaker{}, false
	}
	sp.cue = d.lw(k)
	return sp, true
}

// subjectBeforeAside returns the speaker named by the noun phrase that
// opens the clause at start when one aside, and nothing else, parts it
// from the verb at v: a name, a pronoun, or a role ("A former senator --
// Ann Roe, who lost in 2008 -- said").
func (d *analysis) subjectBeforeAside(start, v int) (speaker, bool) {
	for start < v && d.isWord(start) && isConnector(d.lw(start)) {
		start++
	}
	if _, b, sp, ok := d.leadSubject(start, v); ok && d.asideBetween(b, v) {
		return sp, true
	}
	b := d.rightNP(start, v)
	if b <= start || !d.asideBetween(b, v) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(start, b)
	if !ok || sp.unresolved {
		return speaker{}, false
	}
	return sp, true
}

// maxAsideSpan bounds the words an aside between a subject and its verb
// may hold: a relative clause with a clause of its own, a title and a
// place.
const maxAsideSpan = 40

// nearestCue returns the reporting verb nearest before the quote at ti,
// after start.
func (d *analysis) nearestCue(start, ti int) (int, cueInfo, bool) {
	for k := ti - 1; k >= start; k-- {
		if d.isWord(k) && d.has(k, fCue) {
			if c, ok := d.cueAt(k); ok {
				return k, c, true
			}
		}
	}
	return 0, cueInfo{}, false
}

// verbStart returns the first of the adverbs and auxiliaries ("has",
// "later", "would") that stand right before the verb at k, after b.
func (d *analysis) verbStart(b, k int) int {
	for k > b && d.isWord(k-1) && (d.has(k-1, fAdverb) || auxiliary(d.lw(k-1))) {
		k--
	}
	return k
}

// asideBetween reports whether the tokens [b, v) are one aside after a
// subject: they open with a comma, a dash or a bracket and close with the
// matching mark right before v, hold no quote, no sentence or clause
// break and no reporting verb ("Roe, Kerr said, was ..."), and list no
// second subject ("Roe, the mayor, and Kerr said").
func (d *analysis) asideBetween(b, v int) bool {
	if v-b < 3 || v-b > maxAsideSpan {
		return false
	}
	closer, ok := d.asideCloser(b)
	if !ok {
		return false
	}
	if !d.isPunct(v-1, closer) {
		return false
	}
	relative := d.isWord(b+1) && (d.lw(b+1) == "who" || d.lw(b+1) == "whose")
	for k := b + 1; k < v-1; k++ {
		switch d.toks[k].kind {
		case tkQuote, tkPara:
			return false
		case tkPunct:
			if s := d.text[d.toks[k].start:d.toks[k].end]; s == ";" || s == ":" || closer != "," && s == closer {
				return false
			}
			continue
		}
		if _, ok := d.cueAt(k); ok {
			return false
		}
		if lw := d.lw(k); (lw == "and" || lw == "or") && (d.isPunct(k-1, ",") && !relative || d.isWord(k+1) && d.has(k+1, fCap)) {
			return false // "Roe, the mayor, and Kerr": a list of subjects
		}
	}
	return true
}

// reportReaches reports whether the quote at ti lies in the report of the
// verb at k: no other quote's sentence, clause break or contrast between
// them ("Roe said the vote was close, while Kerr called it "a rout""),
// and no source phrase.
func (d *analysis) reportReaches(k, ti int) bool {
	if ti-k > maxReach {
		return false
	}
	for j := k + 1; j < ti; j++ {
		switch d.toks[j].kind {
		case tkPara:
			return false
		case tkPunct:
			if s := d.text[d.toks[j].start:d.toks[j].end]; s == ";" || s == ":" {
				return false
			}
			continue
		case tkWord:
		default:
			continue
		}
		switch lw := d.lw(j); lw {
		case "while", "whereas", "although", "though":
			return false
		case "and", "but":
			if d.isPunct(j-1, ",") && d.isWord(j+1) && (d.has(j+1, fCap) || pronounTok(d.lw(j+1))) {
				return false // ", but Kerr ...": another clause, another subject
			}
		}
		if d.accordingAt(j) || d.perAt(j) {
			return false
		}
	}
	return true
}
