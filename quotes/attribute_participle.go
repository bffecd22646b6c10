package quotes

// participleSubject: a partial quote after a participle of speech that
// hangs on the main clause, when the subject of that clause is one that
// subjectOf does not reach (a role, an office, a long name with asides):
//
//	A campaign aide later walked back the remark, saying that Roe "..."
//	Sen. Ann Roe (R-Ore.) declined to comment, responding that she was "..."
//	The county released a statement Monday saying the plan "..."
//
// In news writing ", saying ..." (", adding", ", accusing ...") reports
// the words of the clause's subject; so does a participle right after the
// statement or letter that subject issued.
func (d *analysis) participleSubject(ti int) (speaker, bool) {
	_, hi, start, ok := d.partialClause(ti)
	if !ok {
		return speaker{}, false
	}
	k, c, ok := d.nearestCue(start, ti)
	if !ok || c.form != cueParticiple || !d.reportReaches(k, ti) || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	end := d.participleHost(start, k)
	if end < 0 {
		return speaker{}, false
	}
	lo, _ := d.sentOf(ti)
	for _, s := range [2]int{start, lo} {
		// The sentence's start too: an opening phrase may be read where
		// the subject and its verb stand ("But Sen. Roe (R-Ore.) declined
		// to comment, responding").
		for s < end && d.isWord(s) && isConnector(d.lw(s)) {
			s++
		}
		sp, b, ok := d.clauseSubject(s, end)
		if ok && d.predicateAfter(b, end, sp.ent) {
			sp.cue = d.lw(k)
			return sp, true
		}
	}
	return speaker{}, false
}

// predicateAfter reports whether the tokens [b, end) after a subject are
// its predicate, maybe after one aside: "Roe, 76, founder of the Ash
// Institute and a former mayor, endorsed Kerr".
func (d *analysis) predicateAfter(b, end, ent int) bool {
	if d.plainAfterAdverbs(b, end, ent) {
		return true
	}
	if !d.isPunct(b, ",") && !d.isPunct(b, "(") && !d.isDashTok(b) {
		return false
	}
	for c := b + 2; c < end && c-b < maxAsideSpan; c++ {
		if d.toks[c].kind != tkPunct {
			continue
		}
		if d.asideBetween(b, c+1) && d.plainAfterAdverbs(c+1, end, ent) {
			return true
		}
	}
	return false
}

// plainAfterAdverbs is plainPredicate past the adverbs and auxiliaries
// that open the predicate ("later walked back").
func (d *analysis) plainAfterAdverbs(b, end, ent int) bool {
	for b < end && d.isWord(b) && d.has(b, fAdverb) {
		b++
	}
	if !d.isWord(b) || d.has(b, fClause) || isConnector(d.lw(b)) || isArticle(d.lw(b)) || possessive(d.word(b)) {
		return false // ", and the crowd stayed on": a clause of its own, not a predicate
	}
	return d.plainPredicate(b, end, ent)
}

// participleHost returns where the main clause ends before the participle
// at k: at the comma before it, or after the document noun it follows
// ("a statement Monday saying"); -1 when the participle hangs on a noun
// of another kind ("a man saying"), whose words it reports.
func (d *analysis) participleHost(start, k int) int {
	if d.isPunct(k-1, ",") {
		return k - 1
	}
	p := k - 1
	if p > start && d.isWord(p) && timeWords[d.lw(p)] {
		p-- // "a statement Monday saying"
	}
	if p > start && d.isWord(p) && !d.has(p, fCap) && issuedText(d.lw(p)) {
		return k
	}
	return -1
}

// clauseSubject reads the noun phrase that opens the clause at start: a
// name or pronoun (leadSubject), else a phrase that ends in the first
// person, group or organisation noun and that the speaker rules resolve
// ("A campaign aide", "His office", "The county"). It returns the speaker
// and the token after the phrase.
func (d *analysis) clauseSubject(start, end int) (speaker, int, bool) {
	if _, b, sp, ok := d.leadSubject(start, end); ok {
		return sp, b, true
	}
	if ms := d.mentionsIn(start, end); len(ms) > 0 && ms[0].ent >= 0 && !ms[0].roleNoun && ms[0].t0 > start && ms[0].t0 <= start+2 && d.modifiersOnly(start, ms[0].t0) {
		return d.fromMention(ms[0]), ms[0].t1, true // "76-year-old Ann Roe"
	}
	for h := start; h < end && h < start+maxSlotNP && d.isWord(h); h++ {
		w := d.lw(h)
		if h > start && (isArticle(w) || d.has(h, fClause|fCue)) {
			return speaker{}, 0, false // "The first taste the audience gets": two phrases
		}
		if !personLike(w) && !d.has(h, fOrgP|fGroupP|fRoleP) {
			continue
		}
		for h+1 < end && d.isWord(h+1) && (personLike(d.lw(h+1)) || d.has(h+1, fRoleP)) {
			h++ // "a campaign official": the last noun heads the phrase
		}
		if d.isWord(h+1) && d.has(h+1, fCap) {
			return speaker{}, 0, false // a role before a name: leadSubject's
		}
		sp, ok := d.classifyNP(start, h+1)
		if !ok {
			return speaker{}, 0, false
		}
		return sp, h + 1, true // an unnamed one ("A campaign aide") keeps the words attributed
	}
	return speaker{}, 0, false
}

// issuedText reports whether w names a text its author issues, whose
// participle ("a statement saying", "a letter urging") reports the
// author's words.
func issuedText(w string) bool {
	switch w {
	case "statement", "release", "letter", "email", "memo", "tweet", "post", "message", "note":
		return true
	}
	return false
}

// modifiersOnly reports whether the tokens [a, b) before a name are
// lower-case modifiers ("76-year-old", "veteran"), not a preposition, a
// verb or a clause word that would make the name another's.
func (d *analysis) modifiersOnly(a, b int) bool {
	for k := a; k < b; k++ {
		if !d.isWord(k) || d.has(k, fCap|fClause|fCue) || isPrepWord(d.lw(k)) || isOfWord(d.lw(k)) || pronounTok(d.lw(k)) {
			return false
		}
	}
	return true
}
