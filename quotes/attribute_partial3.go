package quotes

import "strings"

// Partial quotes whose clause has a subject that names no one: a share of
// those polled ("About four in 10 voters say the plan is "..."", "21
// percent said "..."") or a document ("The ad targets a "..."", "A 2019
// audit found "..."). The words belong to that subject; since no list
// names a person there, the subject phrase is the mention and the speaker
// stays unnamed, as for a pronoun no name fits.

// maxShareNP bounds the words of a share phrase before its verb: "At
// least half of voters in each state".
const maxShareNP = 12

// shareSubject: a partial quote in a clause whose subject is a share of
// those polled or a quantifier over people, before the nearest reporting
// verb: `Most said they were "very worried"`, `About four in 10 voters
// say that ... "..."`, `..., to which 21 percent said "..."`. A poll in
// reach is the speaker (classifyNP names it through pollFor, in an
// earlier rule); with none, the share itself is the mention.
func (d *analysis) shareSubject(ti int) (speaker, bool) {
	if d.qs[d.toks[ti].q].Kind != Partial {
		return speaker{}, false
	}
	lo := d.reachStart(ti)
	v := -1
	for k := ti - 1; k > lo; k-- {
		if d.toks[k].kind == tkQuote || d.toks[k].kind == tkPara {
			return speaker{}, false
		}
		if c, ok := d.cueAt(k); ok {
			if c.form == cueParticiple || c.frame != frameSpeech {
				return speaker{}, false
			}
			v = k
			break
		}
	}
	if v < 0 {
		return speaker{}, false
	}
	b := v
	for b > lo && d.has(b-1, fAdverb) {
		b-- // "most still say"
	}
	// The share: the longest phrase before the verb that is one and that
	// opens its clause.
	a := -1
	for k := b - 1; k >= lo && k >= b-maxShareNP; k-- {
		if !d.isWord(k) && !d.isPunct(k, "%") {
			break
		}
		if d.shareNP(k, b) && d.clauseOpens(k, lo) {
			a = k
		}
	}
	if a < 0 {
		return speaker{}, false
	}
	return speaker{ent: -1, m0: int(d.toks[a].start), m1: int(d.toks[b-1].end), unresolved: true, cue: d.lw(v)}, true
}

// clauseOpens reports whether a clause may open at token a, in a sentence
// that starts at lo: at the sentence's start or after its opening phrases,
// after a comma or semicolon, or after a word that joins clauses ("and
// most said", "to which 21 percent said").
func (d *analysis) clauseOpens(a, lo int) bool {
	if a <= lo || a == d.skipOpeners(d.afterDateline(lo, a), a) {
		return true
	}
	if d.isPunct(a-1, ",") || d.isPunct(a-1, ";") {
		return true
	}
	if !d.isWord(a - 1) {
		return false
	}
	switch w := d.lw(a - 1); w {
	case "which", "whom", "while", "whereas", "though", "although", "when":
		return true
	default:
		return isConnector(w)
	}
}

// shareNP reports whether [a, b) is a share of people: a poll share ("43
// percent", "six in 10 voters"), a fraction or "most" ("at least half of
// voters", "a majority of renters", "most"), or those polled ("those
// surveyed").
func (d *analysis) shareNP(a, b int) bool {
	k := a
	for k < b && d.isWord(k) && shareHedge(d.lw(k)) {
		k++
	}
	if k >= b || !d.isWord(k) {
		return false
	}
	if d.pollShare(k, b) {
		return true
	}
	switch d.lw(k) {
	case "most", "half", "majority", "minority", "third", "thirds", "two-thirds", "quarter", "three-quarters", "fifth":
		for j := k + 1; j < b; j++ {
			if w := d.lw(j); conjunction(w) || relativeWord(w) || pronounTok(w) {
				return false // "half and ...", "most who ...": not one phrase
			}
		}
		return true
	case "those":
		return k+2 == b && pollVerbs[d.lw(k+1)] // "those surveyed said"
	}
	return false
}

// shareHedge reports whether w may lead a share before its number or
// fraction: "about", "at least", "more than", "an average of", "just shy
// of".
func shareHedge(w string) bool {
	switch w {
	case "a", "about", "almost", "an", "around", "at", "average", "fewer", "fully", "just", "least", "less", "more", "nearly", "of", "only", "over", "roughly", "shy", "some", "than", "under":
		return true
	}
	return false
}

// pollVerbs say people were polled: "those surveyed".
var pollVerbs = wordSet("poll_verbs.txt")

// maxDocNP bounds the words of a document subject: "A 2019 Harbor
// County audit committee report".
const maxDocNP = 7

// documentSubject: a partial quote in a clause whose subject is a
// document noun phrase opening the sentence, in a plain predicate: `The ad
// targets a "cozy deal"`, `A 2019 audit found "no sign of loss"`. The
// document is the mention; its author is not named.
func (d *analysis) documentSubject(ti int) (speaker, bool) {
	lo, hi, start, ok := d.partialClause(ti)
	if !ok {
		return speaker{}, false
	}
	if !d.isWord(start) || !docDeterminer(d.lw(start)) {
		return speaker{}, false
	}
	h := -1
	for k := start + 1; k < ti && k < start+maxDocNP; k++ {
		if !d.isWord(k) {
			return speaker{}, false
		}
		w := d.lw(k)
		if isPrepWord(w) || isOfWord(w) || relativeWord(w) || conjunction(w) || pronounTok(w) {
			return speaker{}, false
		}
		if (spokesWords[w] || documentHeads[w]) && !d.has(k, fCap) {
			h = k
			break
		}
	}
	if h < 0 || d.lw(h) == "spokesman" || d.lw(h) == "spokeswoman" || d.lw(h) == "spokesperson" {
		return speaker{}, false
	}
	b := h + 1
	if !d.isWord(b) || d.has(b, fCap) || modal(d.lw(b)) || !d.verbLike(b) {
		return speaker{}, false
	}
	if !d.plainPredicate(b, ti, -1) || d.setOff(ti) || d.sourceBefore(lo, start) || d.cueLater(ti, hi) {
		return speaker{}, false
	}
	if d.hasName(b, ti) {
		// "The memo contradicts remarks from Ann Roe that "..."": the
		// person the predicate names spoke the words.
		return speaker{}, false
	}
	v := b
	for v+1 < ti && d.isWord(v+1) && d.has(v, fAdverb) {
		v++ // "the ad then cuts"
	}
	return speaker{ent: -1, m0: int(d.toks[start].start), m1: int(d.toks[h].end), unresolved: true, cue: d.lw(v)}, true
}

// docDeterminer reports whether w may open a document subject: "the ad",
// "a report", "one account", "this letter".
func docDeterminer(w string) bool {
	switch w {
	case "a", "an", "another", "one", "the", "this", "that":
		return true
	}
	return false
}

// verbLike reports whether the word at k may be the finite verb after a
// subject's head: a reporting verb, or a word in -s or -ed ("targets",
// "indicated"), not a plural noun of a compound ("the ad buys").
func (d *analysis) verbLike(k int) bool {
	if _, ok := d.cueAt(k); ok {
		return true
	}
	w := d.lw(k)
	if irregularPast[w] {
		return true // "a 2019 audit found"
	}
	if d.has(k, fAdverb) {
		return d.isWord(k+1) && d.verbLike(k+1) // "the ad then cuts"
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || sForm(w))
}

// sForm reports whether w ends like a verb's third-person -s form
// ("targets", "says"): an s after anything but another s or an
// apostrophe ("press", "Roe's" are not).
func sForm(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != '\''
}

// roleSubject: a partial quote in a clause whose subject is a role noun
// phrase the article ties to no name: `The retired pilot thanked the
// crew, remarking the ferry was "..."`, `The actor opened with a story
// about ..., saying it is "..."`. The words are the subject's; the
// phrase is the mention and the speaker stays unnamed.
func (d *analysis) roleSubject(ti int) (speaker, bool) {
	lo, hi, start, ok := d.partialClause(ti)
	if !ok {
		return speaker{}, false
	}
	a, b := start, -1
	if ms := d.mentionsIn(start, ti); len(ms) > 0 && ms[0].t0 == start {
		if ms[0].ent >= 0 {
			return speaker{}, false // a person the article names: partialSubject's
		}
		if ms[0].subject && ms[0].roleNoun {
			b = ms[0].t1
		}
	}
	if b < 0 {
		b = d.personNP(start, ti)
	}
	if b < 0 || !d.isWord(a) || !isArticle(d.lw(a)) {
		return speaker{}, false
	}
	c := d.skipAside(b, ti)
	if !d.plainPredicate(c, ti, -1) || d.setOff(ti) || d.sourceBefore(lo, a) || d.cueLater(ti, hi) || d.hasName(c, ti) {
		return speaker{}, false
	}
	return speaker{ent: -1, m0: int(d.toks[a].start), m1: int(d.toks[b-1].end), unresolved: true, cue: d.lw(c)}, true
}

// documentHeads name a piece of writing that speaks through its author,
// beyond the document nouns of spokesWords, only where it heads a
// sentence's subject: "the column goes further", "the cable warned".
var documentHeads = wordSet("document_heads.txt")

// maxRoleNP bounds the words of a role subject: "the retired Ohio
// ferry pilot".
const maxRoleNP = 5

// personNP returns the end of a noun phrase at a that names a person by a
// common noun, up to its verb: "the veteran ferry pilot", "the
// retired schoolteacher". It returns -1 when the phrase has a preposition,
// a conjunction or a name, or its head is no person noun.
func (d *analysis) personNP(a, v int) int {
	for k := a + 1; k < v && k <= a+maxRoleNP; k++ {
		if !d.isWord(k) || d.has(k, fCap) {
			return -1
		}
		w := d.lw(k)
		if isPrepWord(w) || isOfWord(w) || conjunction(w) || relativeWord(w) || possessive(d.word(k)) {
			return -1
		}
		if personLike(w) && !spokesWords[w] && w != "percent" && d.isWord(k+1) && !d.has(k+1, fCap) && d.verbLike(k+1) {
			return k + 1
		}
	}
	return -1
}
