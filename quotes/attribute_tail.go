package quotes

import "strings"

// This file holds the last-resort reading of the words right after a
// quote that ends in a comma: `"...," Ann Roe, 30, of Salem, Ore., who
// was among those surveyed, said in an interview.` The earlier rules read
// a subject of a few words, or one appositive; news writing often stacks
// an age, a home town with its state and a relative clause between the
// name and its verb. Right after a quote's comma, a noun phrase followed
// (past those comma-set parts) by a reporting verb is the quote's
// attribution: nothing else in news prose has that shape.

// maxTail bounds the tokens read after the quote: the subject, its
// appositives and the verb.
const maxTail = 40

// maxTailHead bounds the words of the subject before its first comma.
const maxTailHead = 8

// maxInvertedNP bounds the words of a subject after its verb: "said former
// Ohio Gov. and party Chairman Jo Roe".
const maxInvertedNP = 12

// tailAttribution attributes a quote from the words after it: a subject
// with any number of comma-set parts before its reporting verb, or a
// subject no other rule takes for a speaker (`the two write`, `another
// tweeted`), which then stands as the mention with its speaker unnamed.
func (d *analysis) tailAttribution(ti int) (speaker, bool) {
	i, ok := d.afterQuoteComma(ti)
	if !ok {
		return speaker{}, false
	}
	pe := d.paraEnd(ti)
	if sp, ok := d.invertedTail(i, pe); ok {
		return sp, true
	}
	hi := min(pe, i+maxTail)
	headEnd := -1 // the first comma: the subject ends there
	whoAt := -1   // "a voter who asked not to be named said": the subject ends at "who"
	// endHead ends the subject at k, or at its "who" when a relative
	// clause came first: "a voter who lives in Salem, Ore., said".
	endHead := func(k int) {
		if headEnd >= 0 {
			return
		}
		headEnd = k
		if whoAt >= 0 {
			headEnd = whoAt
		}
	}
	for k := i; k < hi; k++ {
		t := d.toks[k]
		switch t.kind {
		case tkPara:
			return speaker{}, false
		case tkQuote:
			// A title or term inside an appositive ("wearing "Vote
			// Roe" pins") is part of it; someone else's words are not.
			if d.qs[t.q].Kind == Direct {
				return speaker{}, false
			}
			continue
		case tkPunct:
			switch d.text[t.start:t.end] {
			case ",":
				if k == i {
					return speaker{}, false
				}
				endHead(k)
				continue
			case "(", ")":
				continue
			case ".":
				if d.abbrevDot(k) || d.glued(k) {
					continue // "of Salem, Ore., said", "founded example.com"
				}
			}
			return speaker{}, false
		}
		// A word: the verb stands right after a comma, or ends the subject.
		if headEnd < 0 && whoAt < 0 && k > i && d.lw(k) == "who" {
			whoAt = k
			continue
		}
		if headEnd < 0 && whoAt < 0 && (k > i && d.has(k, fClause) || conjunction(d.lw(k))) {
			return speaker{}, false // "but he kept calm and responded": a clause, no subject
		}
		atSeg := d.isPunct(k-1, ",") || d.isPunct(k-1, ")") || headEnd >= 0 && d.appositiveWhoVerb(headEnd, k)
		if k == i || (!atSeg && headEnd >= 0) {
			continue
		}
		c, ok := d.tailCue(k)
		if ok && headEnd < 0 && whoAt >= 0 && k == whoAt+1 {
			continue // "who spoke on condition of anonymity": the relative's verb
		}
		if !ok {
			if headEnd < 0 && (whoAt < 0 && k-i >= maxTailHead || whoAt >= 0 && k-whoAt >= maxRelative) {
				return speaker{}, false
			}
			continue
		}
		end := k + 1
		if c.particle != "" {
			end++
		}
		if !d.tailVerbEnds(end) && !(c.addressee && d.clauseEnds(end, pe, 6)) {
			return speaker{}, false // "told reporters on Monday" ends too
		}
		endHead(k)
		if c.form == cueBase && !d.pluralSubject(i, headEnd) {
			return speaker{}, false
		}
		sp, ok := d.tailSubject(i, headEnd, k)
		if !ok {
			return speaker{}, false
		}
		sp.cue = d.lw(k)
		return sp, true
	}
	return speaker{}, false
}

// afterQuoteComma returns the token after the quote's comma when the
// quote ends its clause with one (inside or outside the marks), or is a
// question or exclamation opening its sentence.
func (d *analysis) afterQuoteComma(ti int) (int, bool) {
	if d.toks[ti].kind != tkQuote {
		return 0, false
	}
	qt := d.quoteEnd(ti)
	i := ti + 1
	if d.isPunct(i, ",") {
		return i + 1, true
	}
	if strings.HasSuffix(qt, ",") {
		return i, true
	}
	if (strings.HasSuffix(qt, "?") || strings.HasSuffix(qt, "!")) &&
		(ti == 0 || d.toks[ti-1].kind == tkPara || d.toks[ti-1].sent != d.toks[ti].sent) {
		return i, true
	}
	return 0, false
}

// quoteEnd returns the text of the quote at token ti without the marks
// and spaces after it, so that its last character is its own punctuation.
func (d *analysis) quoteEnd(ti int) string {
	return strings.TrimRight(d.qs[d.toks[ti].q].Text, " '’\"”")
}

// abbrevDot reports whether the full stop at k closes an abbreviation
// inside a phrase ("Ore.,", "N.C.,"): a short capitalised word before it
// and a comma or a lower-case word after it.
func (d *analysis) abbrevDot(k int) bool {
	if !d.isWord(k-1) || !d.has(k-1, fCap) {
		return false
	}
	if abbrevs[d.lw(k-1)] || d.has(k-1, fHonor) || isPartyTag(d.word(k-1)) {
		return true // "Rep. Jo Roe, R-Pa., said"
	}
	if len(d.word(k-1)) > 5 {
		return false
	}
	return d.isPunct(k+1, ",") || d.isWord(k+1) && !d.has(k+1, fCap)
}

// tailCue reports whether token k is a reporting verb of speech in a
// finite form. After a subject right behind a quote's comma, a word like
// "writes" or "state" is the verb, not a noun, so the noun guards of
// cueAt are not needed; the frame and form still are.
func (d *analysis) tailCue(k int) (cueInfo, bool) {
	if !d.isWord(k) {
		return cueInfo{}, false
	}
	fl := d.toks[k].fl
	if fl&fCap != 0 {
		return cueInfo{}, false
	}
	if fl&fCue == 0 {
		// "the authors conclude": the base form of a verb the lexicon
		// lists only inflected, after a plural subject.
		if !d.pluralWord(k - 1) {
			return cueInfo{}, false
		}
		c, ok := baseCue(d.lw(k))
		if !ok || c.frame != frameSpeech || c.link != "" || c.particle != "" {
			return cueInfo{}, false
		}
		return c, true
	}
	c, ok := lookupCue(d.lw(k))
	if !ok {
		c = particleCues[d.lw(k)]
		if !d.isWord(k+1) || d.lw(k+1) != c.particle {
			return cueInfo{}, false
		}
	}
	c.form = cueForm(fl >> fCueShift)
	if c.frame != frameSpeech || c.link != "" || c.form == cueParticiple {
		return cueInfo{}, false
	}
	if c.form == cueBase && !baseCues[d.lw(k)] && !d.isPunct(k-1, ",") {
		// "the two write": a plural subject's verb; other base forms
		// after a noun are too often nouns themselves.
		if !d.pluralWord(k - 1) {
			return cueInfo{}, false
		}
	}
	return c, true
}

// tailVerbEnds reports whether what follows the verb at k ends the
// attribution: the sentence or clause ends, or a phrase about where,
// when or how the words were said begins.
func (d *analysis) tailVerbEnds(k int) bool {
	if k >= len(d.toks) {
		return true
	}
	t := d.toks[k]
	switch t.kind {
	case tkPara, tkQuote:
		return true
	case tkPunct:
		switch d.text[t.start:t.end] {
		case ".", ",", ";", "!", "?", "—", "–", "(":
			return true
		}
		return false
	}
	w := d.lw(k)
	if w == "that" || d.has(k, fCap) {
		return false // "said that ...": a reported clause, not this quote
	}
	return isPrepWord(w) || isOfWord(w) || w == "with" || d.has(k, fAdverb) || timeWords[w] || w == "as" || w == "while" || w == "when"
}

// tailSubject turns the subject [a, b) into a speaker. A role before the
// name (`the group's leader, Jo Roe, 41, said`) yields the name in the
// next comma-set part; a phrase that names nobody the article knows
// ("the two", "another", "one protester") is the mention of a speaker the
// attribution leaves unnamed.
func (d *analysis) tailSubject(a, b, v int) (speaker, bool) {
	if !d.hasName(a, b) && d.isPunct(b, ",") && d.has(b+1, fCap) {
		e := b + 1
		for e < v && d.isWord(e) {
			e++
		}
		if e > b+1 && d.hasName(b+1, e) {
			if sp, ok := d.classifyNP(b+1, e); ok && sp.ent >= 0 {
				return sp, true
			}
		}
	}
	if sp, ok := d.classifyNP(a, b); ok {
		return sp, true
	} else if sp.stop && b-a > 1 {
		return speaker{}, false
	}
	if b-a > 5 {
		return speaker{}, false
	}
	for k := a; k < b; k++ {
		if !d.isWord(k) {
			return speaker{}, false
		}
	}
	first := d.lw(a)
	switch {
	case b-a == 1 && (first == "another" || first == "one" || first == "others" || first == "some"):
	case b-a > 1 && (isArticle(first) || first == "this" || first == "that" || first == "another" || first == "one"):
	default:
		return speaker{}, false
	}
	if timeWords[d.lw(b-1)] || d.has(b-1, fClause) {
		return speaker{}, false
	}
	return speaker{ent: -1, m0: int(d.toks[a].start), m1: int(d.toks[b-1].end), unresolved: true}, true
}

// pluralSubject reports whether [a, b) is plural: its verb may then take
// the base form ("the two write", "the authors conclude", "they say").
func (d *analysis) pluralSubject(a, b int) bool {
	return b > a && d.pluralWord(b-1)
}

// pluralWord reports whether the word at k heads a plural subject.
func (d *analysis) pluralWord(k int) bool {
	if !d.isWord(k) {
		return false
	}
	w := stripPossessive(d.lw(k))
	switch w {
	case "they", "we", "both", "two", "three", "four", "others", "many", "some", "all":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// baseCue returns the entry of the verb whose base form is w, found by
// its third-person form: "conclude" by "concludes", "testify" by
// "testifies".
func baseCue(w string) (cueInfo, bool) {
	if len(w) < 3 {
		return cueInfo{}, false
	}
	third, _, _ := inflect(w, false)
	c, ok := lookupCue(third)
	if !ok || c.form != cueThird {
		return cueInfo{}, false
	}
	c.form = cueBase
	return c, true
}

// invertedTail reads `"...," said master of ceremonies Jo Roe, an
// engineer who ...` and `"...," tweeted another`: a speech verb right
// after the quote's comma, then its subject up to the end of the sentence
// or to a comma that opens an appositive. The subject is the person it
// names, or, naming nobody the article knows, the mention itself.
func (d *analysis) invertedTail(i, pe int) (speaker, bool) {
	c, ok := d.tailCue(i)
	if !ok || c.addressee || c.form == cueBase {
		return speaker{}, false
	}
	n := i + 1
	if c.particle != "" {
		n++
	}
	e := n
	// A capitalised clause word before another capital is a given name
	// ("said Will Roe").
	for e < pe && e < n+maxInvertedNP && d.isWord(e) && (!d.has(e, fClause) || d.has(e, fCap) && d.has(e+1, fCap)) {
		if _, ok := d.tailCue(e); ok && e > n {
			return speaker{}, false
		}
		e++
	}
	if e == n || e < pe && !(d.isPunct(e, ",") || d.isPunct(e, ".") || d.isPunct(e, ";")) {
		return speaker{}, false
	}
	if d.isPunct(e, ".") && e > n && d.abbrevDot(e) && !d.isPunct(e+1, ",") {
		return speaker{}, false // "said Gov." runs on; another rule reads it
	}
	// The name the phrase ends in: "master of ceremonies Jo Roe".
	ms := d.mentionsIn(n, e)
	for j := len(ms) - 1; j >= 0; j-- {
		if m := ms[j]; m.ent >= 0 && !m.roleNoun && m.t1 == e {
			sp := d.fromMention(m)
			sp.m0, sp.cue = int(d.toks[n].start), d.lw(i)
			return sp, true
		}
	}
	sp, ok := d.tailSubject(n, e, i)
	sp.cue = d.lw(i)
	return sp, ok
}

// maxNPSubject bounds the words of a sentence-opening subject that
// pastVerbSubject reads.
const maxNPSubject = 6

// pastVerbSubject finds a sentence's subject that is a common noun
// phrase, possibly owned by a name, before the main verb in the past
// tense: `Roe's top aide rallied supporters, saying: "..."`, `The
// campaign shrugged off the report, telling reporters, "..."`. The
// participle that reports the quote has that subject. The phrase must be
// one classifyNP takes for a speaker (a role, group or organisation
// noun), and the verb must not be a passive's participle ("the man
// arrested by police").
func (d *analysis) pastVerbSubject(start, v int) (speaker, bool) {
	for k := start + 1; k < v && k <= start+maxNPSubject; k++ {
		if d.isWord(k) && d.lw(k) == "of" && quantityNoun(d.lw(k-1)) {
			continue // "Hundreds of marchers paraded, chanting"
		}
		if !d.isWord(k) || d.has(k, fClause) || isPrepWord(d.lw(k)) || isOfWord(d.lw(k)) {
			return speaker{}, false
		}
		w := d.lw(k)
		if d.has(k, fCap) || !strings.HasSuffix(w, "ed") || d.has(k, fAdverb) || strings.Contains(w, "-") || possessive(d.word(k-1)) {
			// "independent-minded", "Roe's proposed": adjectives; the
			// subject and its verb are elsewhere.
			if possessive(d.word(k-1)) && strings.HasSuffix(w, "ed") {
				return speaker{}, false
			}
			continue
		}
		if d.isWord(k+1) && d.lw(k+1) == "by" {
			return speaker{}, false
		}
		switch d.lw(k - 1) {
		case "the", "a", "an", "this", "that", "his", "her", "its", "their":
			return speaker{}, false // "the embattled mayor": an adjective
		}
		a := start
		for j := start + 1; j < k-1; j++ {
			if d.lw(j) == "of" && quantityNoun(d.lw(j-1)) {
				a = j + 1 // "hundreds of marchers": the marchers speak
			}
		}
		sp, ok := d.classifyNP(a, k)
		if ok {
			sp.m0 = int(d.toks[start].start)
		}
		return sp, ok
	}
	return speaker{}, false
}

// indefiniteIntro reads `Another tweeted, "..."`, `Some chanted "..."`,
// `Others, reacting to the delay, shouted, "..."`: the nearest speech verb
// before the quote in its sentence has an indefinite pronoun for subject.
// The other rules take such a word for no subject at all and stop; here it
// is the mention of a speaker the article does not name.
func (d *analysis) indefiniteIntro(ti int) (speaker, bool) {
	lo := d.reachStart(ti)
	for k := ti - 1; k >= lo; k-- {
		if d.toks[k].kind == tkQuote {
			return speaker{}, false
		}
		c, ok := d.cueAt(k)
		p := k - 1
		for p > lo && d.has(p, fAdverb) {
			p--
		}
		direct := d.isWord(p) && indefinitePronoun(d.lw(p))
		if !ok && direct {
			// "Some chanted": cueAt takes "some" for a determiner.
			c, ok = d.tailCue(k)
		}
		if !ok {
			continue
		}
		if c.frame != frameSpeech || c.form == cueParticiple || c.form == cueBase {
			return speaker{}, false
		}
		a, b := p, p+1
		if !direct {
			a, b = d.leftNP(k, lo) // "Others, reacting to the delay, shouted"
		}
		if b-a != 1 || !indefinitePronoun(d.lw(a)) {
			return speaker{}, false
		}
		if a > lo && !d.isPunct(a-1, ",") && !(d.isWord(a-1) && (d.lw(a-1) == "and" || d.lw(a-1) == "but" || d.lw(a-1) == "yet" || d.has(a-1, fAdverb))) {
			return speaker{}, false // "gave some said": not a subject
		}
		return speaker{ent: -1, m0: int(d.toks[a].start), m1: int(d.toks[a].end), unresolved: true, cue: d.lw(k)}, true
	}
	return speaker{}, false
}

// indefinitePronoun reports whether w can stand for an unnamed speaker as
// a subject: "another said", "some chanted", "others shouted".
func indefinitePronoun(w string) bool {
	switch w {
	case "another", "one", "some", "others", "many", "several":
		return true
	}
	return false
}

// conjunction reports whether w joins clauses, so that a phrase holding it
// is no subject.
func conjunction(w string) bool {
	switch w {
	case "and", "but", "or", "yet", "so", "nor":
		return true
	}
	return false
}

// quantityNoun reports whether w counts the plural noun after "of":
// "hundreds of marchers", "a group of parents".
func quantityNoun(w string) bool {
	switch w {
	case "hundreds", "thousands", "dozens", "scores", "millions", "group", "crowd", "handful", "number", "couple":
		return true
	}
	return false
}

// maxColonSource bounds the words of the source named before a colon.
const maxColonSource = 6

// colonSource reads a source named right before the colon that opens a
// quote, after "from" or a dash: `More from Ann Roe and Bo Lind: "..."`,
// `From the report: "..."`, `Polls were early - Ann Roe: "..."` (a
// digest's item, headline then source). The phrase holds a name or a
// document noun; no verb stands between the marker and the colon.
func (d *analysis) colonSource(ti int) (speaker, bool) {
	c, ok := d.introMark(ti, ":")
	if !ok {
		return speaker{}, false
	}
	a := c - 1
	for a >= 0 && c-a <= maxColonSource && d.isWord(a) && d.lw(a) != "from" {
		if _, ok := d.cueAt(a); ok {
			return speaker{}, false
		}
		a--
	}
	if a < 0 || a+1 >= c || !(d.isWord(a) && d.lw(a) == "from" || d.isDashTok(a)) {
		return speaker{}, false
	}
	if !d.hasName(a+1, c) && !d.documentNP(a+1, c) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(a+1, c)
	if ok {
		sp.cue = ":"
	}
	return sp, ok
}

// documentNP reports whether [a, b) is "the" and a document noun: "the
// report", "the ruling".
func (d *analysis) documentNP(a, b int) bool {
	return b-a == 2 && d.lw(a) == "the" && spokesWords[d.lw(b-1)]
}
