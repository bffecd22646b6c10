package quotes

// viewNouns are nouns of a view or an answer that a copula joins to its
// content: "Roe's answer was that ...".
var viewNouns = wordSet("view_nouns.txt")

// copularClaim: a partial quote in the that-clause of a copula whose
// subject is someone's claim, answer or view:
//
//	Roe's answer was that "the family comes first".
//	His assumption, stated on the radio, was that "voters will tire of it".
//	Roe's catch phrase in that race was that Kerr "would say anything".
//
// The possessor speaks, as in `Roe's claim that "..."` (possessiveFrame),
// which stops at the copula and at an aside.
func (d *analysis) copularClaim(ti int) (speaker, bool) {
	_, hi, start, ok := d.partialClause(ti)
	if !ok || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	be := -1
	for k := ti - 1; k > start; k-- {
		switch d.toks[k].kind {
		case tkQuote, tkPara:
			return speaker{}, false
		case tkPunct:
			if s := d.text[d.toks[k].start:d.toks[k].end]; s == ";" || s == ":" {
				return speaker{}, false
			}
			continue
		}
		if d.lw(k) == "that" && d.isWord(k-1) && (d.lw(k-1) == "is" || d.lw(k-1) == "was") {
			be = k - 1
			break
		}
		if _, ok := d.cueAt(k); ok {
			return speaker{}, false // a reporting verb's own rules decide
		}
	}
	if be < 0 || !d.reportReaches(be, ti) {
		return speaker{}, false
	}
	end := be
	if d.isPunct(end-1, ",") {
		// "His assumption, stated on the radio, was": an aside before the copula.
		c := end - 2
		for c > start && !d.isPunct(c, ",") {
			c--
		}
		for k := c + 1; k < end-1; k++ {
			if d.toks[k].kind != tkWord || end-c > 14 {
				return speaker{}, false // an aside of a few words, no quote, no clause break
			}
		}
		end = c
	}
	// The subject: a possessor, up to maxClaimMods modifiers, the noun, and
	// maybe a short phrase after it ("in that race"), opening the clause.
	for n := start + 1; n < end && n <= start+1+maxClaimMods; n++ {
		if !d.isWord(n) || !claimNouns[d.lw(n)] && !viewNouns[d.lw(n)] {
			continue
		}
		if !d.shortTail(n+1, end) {
			return speaker{}, false
		}
		for p := n - 1; p >= start; p-- {
			if sp, ok := d.possessor(p); ok {
				if p != start && !d.modifiersOnly(start, p) && !d.nameRunTo(start, p) {
					return speaker{}, false
				}
				sp.cue = d.lw(n)
				return sp, true
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// shortTail reports whether [a, b), between a claim noun and its copula,
// is at most a short prepositional phrase: "in that race", "on the
// radio". A verb there ("the claim he made was") would make it a clause.
func (d *analysis) shortTail(a, b int) bool {
	if a == b {
		return true
	}
	if b-a > 6 || !d.isWord(a) || !isPrepWord(d.lw(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if !d.isWord(k) || d.has(k, fCue) || beForms[d.lw(k)] || relativeWord(d.lw(k)) {
			return false
		}
	}
	return true
}

// nameRunTo reports whether [a, p] is one capitalised name run: the
// possessor "Sen. Ann Roe's" opens at a.
func (d *analysis) nameRunTo(a, p int) bool {
	for k := a; k <= p; k++ {
		if !d.isWord(k) || !d.has(k, fCap) && !(k == a && isArticle(d.lw(k))) {
			return false
		}
	}
	return true
}
