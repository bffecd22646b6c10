package quotes

// This file reads two intros whose verb core cueAt leaves alone: a
// reporting verb in its base form after a modal (`Roe could only quip:
// "..."`), where most base forms are read as nouns or infinitives
// elsewhere, and a verb whose subject is the antecedent of a "who" with no
// comma before it (`a post from Jane Roe who tweeted, "..."`).

// maxModalAdverbs bounds the adverbs between a modal and its verb: "could
// only", "would later simply".
const maxModalAdverbs = 2

// modalAux reports whether w is a modal auxiliary that takes a bare verb:
// after it a reporting verb's base form is a verb, never a noun.
func modalAux(w string) bool {
	switch w {
	case "can", "could", "may", "might", "must", "should", "will", "would":
		return true
	}
	return false
}

// reachStart returns where the words a rule reads before token t start:
// t's sentence, at most maxReach tokens back.
func (d *analysis) reachStart(t int) int {
	lo, _ := d.sentOf(t)
	return max(lo, t-maxReach)
}

// verbInReach returns where the reach before the quote at ti starts and
// verbBeforeQuote within it.
func (d *analysis) verbInReach(ti int) (lo, v int) {
	lo = d.reachStart(ti)
	return lo, d.verbBeforeQuote(ti, lo)
}

// verbBeforeQuote returns the token of the verb that introduces the quote at ti:
// the word before the quote's comma or colon, past time words and
// adverbs ("said Monday,", "wrote simply:"). -1 when there is none.
func (d *analysis) verbBeforeQuote(ti, lo int) int {
	k := ti - 1
	if !d.isPunct(k, ",") && !d.isPunct(k, ":") {
		return -1
	}
	k--
	for n := 0; k >= lo && n < 3 && d.isWord(k) && (timeWords[d.lw(k)] || d.has(k, fAdverb)); n++ {
		k--
	}
	if k < lo || !d.isWord(k) || d.has(k, fCap) {
		return -1
	}
	return k
}

// modalIntro attributes a quote introduced by a modal and a speech verb's
// base form: `a spokesman for the mayor could only quip: "..."`, `Roe
// would later tell, "..."`. The subject is the noun phrase before the
// modal; a negated modal ("could never say") has a negation, no adverb,
// between the modal and its verb, and reports no words.
func (d *analysis) modalIntro(ti int) (speaker, bool) {
	lo, v := d.verbInReach(ti)
	if v < 0 {
		return speaker{}, false
	}
	c, ok := lookupCue(d.lw(v))
	if !ok || c.form != cueBase {
		c, ok = baseCue(d.lw(v))
	}
	if !ok || c.frame != frameSpeech || c.addressee || c.link != "" {
		return speaker{}, false
	}
	m := v - 1 // the lexicon counts the modals among adverbs: stop at one
	for n := 0; m > lo && n < maxModalAdverbs && d.isWord(m) && d.has(m, fAdverb) && !modalAux(d.lw(m)); n++ {
		m--
	}
	if m <= lo || !d.isWord(m) || !modalAux(d.lw(m)) {
		return speaker{}, false
	}
	a, b := d.leftNP(m, lo)
	if a >= b || b != m {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(a, b)
	if !ok {
		return speaker{}, false
	}
	sp.cue = d.lw(v)
	return sp, true
}

// whoIntro attributes a quote introduced by `NAME who VERB,` with no comma
// before "who": `this post from Jane Roe who tweeted, "..."`. The verb
// belongs to the relative clause, whose antecedent, the noun phrase right
// before "who", speaks. "Those who said" describes, and names no one.
func (d *analysis) whoIntro(ti int) (speaker, bool) {
	lo, v := d.verbInReach(ti)
	if v < 0 {
		return speaker{}, false
	}
	c, ok := lookupCue(d.lw(v))
	if !ok || c.frame != frameSpeech || c.addressee || c.link != "" || (c.form != cuePast && c.form != cueThird) {
		return speaker{}, false
	}
	w := v - 1
	for n := 0; w > lo && n < maxModalAdverbs && d.isWord(w) && d.has(w, fAdverb); n++ {
		w--
	}
	if w <= lo || !d.isWord(w) || d.lw(w) != "who" || d.isPunct(w-1, ",") {
		return speaker{}, false
	}
	a, b := d.leftNP(w, lo)
	if a >= b || b != w || !d.has(b-1, fCap) {
		return speaker{}, false // a name ends the antecedent: "those who", "people who" describe
	}
	sp, ok := d.classifyNP(a, b)
	if !ok {
		return speaker{}, false
	}
	// The mention is "who", as for `Roe, who said` (subjectOf): the
	// relative pronoun is the verb's subject.
	sp.m0, sp.m1 = int(d.toks[w].start), int(d.toks[w].end)
	sp.cue = d.lw(v)
	return sp, true
}

// appositiveWhoVerb reports whether the word at k may be the verb of a
// subject whose appositive, opened by the comma at h, ends in a relative
// clause with no comma after it: `"...," Ann Roe, the analyst who founded
// the site tweeted.` The appositive is one stretch of words: a noun
// phrase, a single "who", the relative's own verb and its object; k comes
// at least two words after "who", and right after neither a second "who"
// nor "that" (`the man who said the deal that ...`).
func (d *analysis) appositiveWhoVerb(h, k int) bool {
	if k-h > maxTailHead+maxRelative {
		return false
	}
	who := -1
	for j := h + 1; j < k; j++ {
		if d.isPunct(j, ".") && d.glued(j) {
			continue // a web address: "founded example.com"
		}
		if !d.isWord(j) {
			return false
		}
		switch d.lw(j) {
		case "who":
			if who >= 0 {
				return false
			}
			who = j
		case "that", "which":
			return false
		}
	}
	return who > h+1 && k-who >= 2 && k-who <= maxRelative
}

// glued reports whether token j touches the words on both sides of it,
// with no space: the dot of "example.com".
func (d *analysis) glued(j int) bool {
	return d.isWord(j-1) && d.isWord(j+1) && d.toks[j-1].end == d.toks[j].start && d.toks[j].end == d.toks[j+1].start
}
