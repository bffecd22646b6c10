package quotes

// invertedIntro: a sentence that opens with its reporting verb and puts
// the speaker after it, right before the quote: `Said Roe, "..."`, `But,
// said Tom Kerr, "..."`, `In other words, explained moderator Ann Roe:
// "..."`, `Said Ann Poe, who grew up with him, "..."`. The verb must open
// the sentence, or follow a short opening phrase and its comma ("In other
// words,", "But,"), so that a verb inside a clause ("Roe said, "...")
// belongs to the rules that read its subject on the left. Nothing but the
// speaker's noun phrase, and an appositive or relative clause about them,
// may stand between the verb and the comma or colon before the quote.
func (d *analysis) invertedIntro(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ",") && !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo, _ := d.sentOf(c)
	if c-lo > maxReach/2 {
		return speaker{}, false
	}
	k, ok := d.introVerb(lo, c)
	if !ok {
		return speaker{}, false
	}
	cue, ok := lookupCue(d.lw(k))
	if !ok || cue.frame != frameSpeech || cue.addressee || cue.link != "" || cue.particle != "" ||
		cue.form != cuePast && cue.form != cueThird {
		return speaker{}, false
	}
	n := k + 1
	j := d.rightNP(n, c)
	if j <= n || !(j == c || d.appositiveTail(j, c)) {
		return speaker{}, false
	}
	if !d.hasName(n, j) && !d.has(j-1, fRoleP) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(n, j)
	if !ok || sp.kind == "" && !sp.unresolved {
		return speaker{}, false
	}
	sp.cue = d.lw(k)
	return sp, true
}

// introVerb returns the token that may be the verb of an inverted intro
// in the sentence [lo, c): its first word, the word after a sentence-
// opening "And" or "But", or the first word after a short opening phrase
// and its comma that names no one and reports nothing ("In other words,").
func (d *analysis) introVerb(lo, c int) (int, bool) {
	if !d.isWord(lo) {
		return 0, false
	}
	if _, ok := lookupCue(d.lw(lo)); ok {
		return lo, true
	}
	if w := d.lw(lo); (w == "and" || w == "but") && d.isWord(lo+1) {
		return lo + 1, true
	}
	for k := lo + 1; k < c && k <= lo+maxIntroOpener; k++ {
		if d.isPunct(k, ",") {
			if d.hasName(lo, k) {
				return 0, false
			}
			return k + 1, d.isWord(k + 1)
		}
		if !d.isWord(k) {
			return 0, false
		}
		if _, ok := lookupCue(d.lw(k)); ok {
			return 0, false
		}
	}
	return 0, false
}

// maxIntroOpener bounds the opening phrase before an inverted intro's
// verb: "In other words,", "Speaking of the plan,".
const maxIntroOpener = 4

// openingVerb reports whether the capitalised word at k is a reporting
// verb that opens its sentence before a name ("Said Roe, ..."): the verb
// is not part of the name after it.
func (d *analysis) openingVerb(k int) bool {
	if !d.isWord(k) || d.toks[k].fl&fCue == 0 || k != d.sStart[d.toks[k].sent] || !d.isWord(k+1) || !d.has(k+1, fCap) {
		return false
	}
	c, ok := lookupCue(d.lw(k))
	return ok && c.frame == frameSpeech && (c.form == cuePast || c.form == cueThird)
}
