package quotes

import "strings"

// partialSubject: a partial quote inside a clause whose subject names a
// person, with no reporting verb the cue lists know: `Roe pledged to
// move the archive to "a building worthy of it"`, `He expressed
// confidence that the vote would go "our way by a mile"`.
// In news writing the fragment set in quote marks inside the writer's
// sentence is the words of the sentence's subject. It is tried after
// every other rule.
func (d *analysis) partialSubject(ti int) (speaker, bool) {
	lo, hi, start, ok := d.partialClause(ti)
	if !ok {
		return speaker{}, false
	}
	a, b, sp, ok := d.leadSubject(start, ti)
	if !ok {
		return speaker{}, false
	}
	b = d.skipAside(b, ti)
	if !d.plainPredicate(b, ti, sp.ent) || d.setOff(ti) || d.sourceBefore(lo, a) || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	v := b
	for v+1 < ti && d.isWord(v+1) && (d.has(v, fAdverb) || beForms[d.lw(v)] || modal(d.lw(v))) {
		v++ // "has long used", "did post": the verb after its auxiliaries
	}
	sp.cue = d.lw(v)
	return sp, true
}

// partialClause returns the sentence [lo, hi) of a partial quote at ti
// and the first token of its clause, past a dateline, opening phrases and
// a connector ("But", "And"), where the rules that read the clause's
// subject start: partialSubject, documentSubject, roleSubject. ok is false
// for any other quote, or one that opens its sentence or lies beyond
// maxReach of its start.
func (d *analysis) partialClause(ti int) (lo, hi, start int, ok bool) {
	if d.qs[d.toks[ti].q].Kind != Partial {
		return 0, 0, 0, false
	}
	lo, hi = d.sentOf(ti)
	if ti-lo > maxReach || ti <= lo {
		return 0, 0, 0, false
	}
	start = d.skipOpeners(d.afterDateline(lo, ti), ti)
	for start < ti && d.isWord(start) && isConnector(d.lw(start)) {
		start++
	}
	return lo, hi, start, true
}

// setOff reports whether the quote at ti is not the subject's wording but
// a term the clause talks about: set off by a comma ("the charged term,
// "radical Islam,""), or a modifier of the noun after it ("an unaligned
// "Wyoming first" push").
func (d *analysis) setOff(ti int) bool {
	if d.isPunct(ti-1, ",") || d.isWord(ti-1) && (termNoun(d.lw(ti-1)) || spokesWords[d.lw(ti-1)] || d.lw(ti-1) == "about") {
		// "coined the term "..."", "a passage about "..."", "put the sign
		// "Keep out" on the gate": the words are the term's, the sign's.
		return true
	}
	if !d.isWord(ti+1) || d.has(ti+1, fCap) {
		return false
	}
	n := d.lw(ti + 1)
	if d.has(ti+1, fClause|fAdverb) || capFunction[n] || isPrepWord(n) || isOfWord(n) || beForms[n] || modal(n) || pronounTok(n) {
		return false
	}
	switch n {
	case "with", "by", "as", "than", "and", "or", "but", "into", "over", "against":
		return false
	}
	return true
}

// termNoun reports whether w names a word or phrase as a term, so that
// the quote after it is the term, not anyone's words: "the term", "the
// phrase", "the label".
func termNoun(w string) bool {
	switch w {
	case "term", "terms", "phrase", "phrases", "word", "words", "label", "name", "nickname", "slogan", "hashtag", "expression", "headline", "title":
		return true
	}
	return false
}

// cueLater reports whether a reporting verb follows the quote at ti in
// its sentence ("Roe is an "articulate conservative", the board writes"):
// the attribution is that verb's, which other rules read. A participle
// (", calling it "absurd"") shares the subject and does not count.
func (d *analysis) cueLater(ti, hi int) bool {
	for k := ti + 1; k < hi && k <= ti+maxReach; k++ {
		if d.isWord(k) && d.has(k, fCue) {
			if c, ok := d.cueAt(k); ok && c.form != cueParticiple {
				return true
			}
		}
	}
	return false
}

// sourceBefore reports whether an "according to" phrase stands before
// the subject at a: the sentence names its source there.
func (d *analysis) sourceBefore(lo, a int) bool {
	for k := lo; k < a; k++ {
		if d.accordingAt(k) {
			return true
		}
	}
	return false
}

// leadSubject finds the subject that opens the clause at start: a named
// mention or a personal pronoun. It returns its tokens and the speaker it
// names.
func (d *analysis) leadSubject(start, v int) (int, int, speaker, bool) {
	k := start
	if k >= v || !d.isWord(k) {
		return 0, 0, speaker{}, false
	}
	switch lw := d.lw(k); lw {
	case "he", "she":
		sp, ok := d.resolvePronoun(k, lw)
		if !ok {
			return 0, 0, speaker{}, false
		}
		sp.m0, sp.m1 = int(d.toks[k].start), int(d.toks[k].end)
		return k, k + 1, sp, true
	}
	ms := d.mentionsIn(k, v)
	if len(ms) == 0 {
		return 0, 0, speaker{}, false
	}
	if m := ms[0]; m.t0 != k || !m.subject || m.ent < 0 || m.roleNoun && !m.anaphor {
		return 0, 0, speaker{}, false
	}
	return ms[0].t0, ms[0].t1, d.fromMention(ms[0]), true
}

// plainPredicate reports whether the tokens [b, ti) between a subject and
// its quote are one predicate of that subject: no other quote, no clause
// that brings in another subject, no colon or semicolon.
func (d *analysis) plainPredicate(b, ti, ent int) bool {
	if b >= ti || !d.isWord(b) || d.has(b, fCap) || possessive(d.word(b)) || isPrepWord(d.lw(b)) || isOfWord(d.lw(b)) || d.isWord(b) && relativeWord(d.lw(b)) {
		return false
	}
	if beForms[d.lw(b)] && !(d.isWord(b+1) && strings.HasSuffix(d.lw(b+1), "ing")) {
		// "Roe was asked about the "..." remark": the subject is not the
		// agent; "Roe is an "articulate conservative"": the words describe
		// the subject.
		return false
	}
	for k := b; k < ti; k++ {
		t := d.toks[k]
		switch t.kind {
		case tkQuote, tkPara:
			return false
		case tkPunct:
			if s := d.text[t.start:t.end]; s == ";" || s == ":" || s == "(" || isDash(s) {
				return false
			}
			if d.isPunct(k, ",") && d.isWord(k+1) && (isConnector(d.lw(k+1)) || d.lw(k+1) == "with") {
				// ", and the crowd chanted", ", with the clock showing":
				// another clause, another subject.
				return false
			}
			continue
		}
		if relativeWord(d.lw(k)) {
			return false
		}
		if lw := d.lw(k); pronounTok(lw) {
			// "Reid caucused and says he voted": the subject again.
			if lw != "he" && lw != "she" || ent < 0 {
				return false
			}
			if sp, ok := d.resolvePronoun(k, lw); !ok || sp.ent < 0 || d.root(sp.ent) != d.root(ent) {
				return false
			}
		}
	}
	for _, m := range d.mentionsIn(b, ti) {
		if m.subject {
			return false
		}
	}
	return true
}

// relativeWord reports whether w opens a clause that may have a subject
// of its own: a relative or a subordinate clause.
func relativeWord(w string) bool {
	switch w {
	case "who", "which", "whom", "whose", "because", "when", "if", "while", "although", "though", "but", "where", "as":
		return true
	}
	return false
}

// maxAside bounds an appositive or tag between a subject and its verb.
const maxAside = 26

// asideCloser returns the mark that closes an aside opening at token b:
// a comma, a bracket or the same dash.
func (d *analysis) asideCloser(b int) (string, bool) {
	switch {
	case d.isPunct(b, ","):
		return ",", true
	case d.isPunct(b, "("):
		return ")", true
	case d.isDashTok(b):
		return d.text[d.toks[b].start:d.toks[b].end], true
	}
	return "", false
}

// skipAside returns the token after an appositive or bracketed tag that
// opens at b, right after a subject: "Morton Blackwell, founder of the
// institute, endorsed ...", "Sen. Pat Toomey (R-Pa.) refused ...". It
// returns b when there is none.
func (d *analysis) skipAside(b, ti int) int {
	closer, ok := d.asideCloser(b)
	if !ok {
		return b
	}
	for k := b + 1; k < ti && k <= b+maxAside; k++ {
		switch d.toks[k].kind {
		case tkQuote, tkPara:
			return b
		}
		if d.isPunct(k, closer) {
			if closer == "," && d.isTag(b+1, k) || closer != "," || k > b+1 {
				return k + 1
			}
			return b
		}
	}
	return b
}

// partialRelative: a partial quote inside a relative clause about a
// person, `Roe, who has long described the plan as "a mirage", left`,
// `critics who say he should call it "a fraud"`: the relative's
// antecedent speaks. The mention is the relative pronoun, as for a
// reporting verb after "who".
func (d *analysis) partialRelative(ti int) (speaker, bool) {
	if d.qs[d.toks[ti].q].Kind != Partial {
		return speaker{}, false
	}
	lo, hi := d.sentOf(ti)
	who := -1
	for k := ti - 1; k > lo && k >= ti-maxReach; k-- {
		if d.toks[k].kind != tkWord && d.toks[k].kind != tkPunct {
			return speaker{}, false // another quote or a paragraph break
		}
		if d.isWord(k) && d.lw(k) == "who" {
			who = k
			break
		}
	}
	if who < 0 {
		return speaker{}, false
	}
	var sp speaker
	if d.isPunct(who-1, ",") {
		m, ok := d.relativeAntecedent(who)
		if !ok || m.t1 != who-1 && !d.isPunct(m.t1, ",") {
			return speaker{}, false
		}
		sp = d.fromMention(m)
	} else {
		a, b := d.leftNP(who, lo)
		if a >= b || b != who || !d.hasName(a, b) && !d.has(b-1, fRoleP|fGroupP) {
			return speaker{}, false
		}
		var ok bool
		if sp, ok = d.classifyNP(a, b); !ok || sp.unresolved {
			return speaker{}, false
		}
	}
	b := d.skipAside(who+1, ti)
	if !d.plainPredicate(b, ti, sp.ent) || d.setOff(ti) || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	for k := b; k < ti; k++ {
		if d.isPunct(k, ",") {
			return speaker{}, false // "Roe, who won twice, is an "able manager"": the relative ended
		}
	}
	sp.m0, sp.m1 = int(d.toks[who].start), int(d.toks[who].end)
	v := b
	for v+1 < ti && d.isWord(v+1) && (d.has(v, fAdverb) || beForms[d.lw(v)] || modal(d.lw(v))) {
		v++
	}
	sp.cue = d.lw(v)
	return sp, true
}
