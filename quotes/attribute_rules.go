package quotes

import (
	"sort"
	"strings"
)

// maxReach bounds how many tokens a rule looks through for a cue, so that
// a text with no sentence breaks stays linear. News sentences are far
// shorter.
const maxReach = 80

// afterQuote: `"...," Mr Smith said`, `"...," said Dame Anne`, `"..." — Jane Roe`.
func (d *analysis) afterQuote(ti int) (speaker, bool) {
	pe := d.paraEnd(ti)
	i := ti + 1
	// A nested quote may end the quote: "... say, 'Well done,' "
	comma := strings.HasSuffix(d.quoteEnd(ti), ",")
	if d.isPunct(i, ",") {
		comma = true
		i++
	}
	if qt := d.quoteEnd(ti); !comma && (strings.HasSuffix(qt, "?") || strings.HasSuffix(qt, "!")) &&
		(ti == 0 || d.toks[ti-1].kind == tkPara || d.toks[ti-1].sent != d.toks[ti].sent) {
		// `"Who knows?" Roe told a TV station in an interview on Monday`: a
		// question or exclamation that opens its sentence takes its
		// attribution after it as a comma would.
		comma = true
	}
	if d.toks[ti].kind == tkQuote && d.isPara(i) && d.sWords[d.toks[ti].sent] == 0 && d.isDashTok(i+1) {
		// A quote paragraph signed on the next line: "- Jane Roe, Ohio."
		i++
		pe = d.paraEnd(i)
	}
	if d.isDashTok(i) {
		// A dash attribution runs to the end of the line.
		j := i + 1
		end := j
		for end < pe && end < j+12 && d.toks[end].kind == tkWord {
			end++
		}
		// The signature must end the paragraph (a place may follow a
		// comma): a dash inside a sentence sets off an aside, not a name.
		tail := end
		if d.isPunct(tail, ",") && d.isWord(tail+1) && !d.has(tail+1, fCap) && strings.HasSuffix(d.lw(tail+1), "ing") {
			// "- Jo Roe, tweeting after the debate.": how the words came.
			tail = pe
		}
		if d.isPunct(tail, ",") {
			for tail++; tail < pe && d.isWord(tail) && d.has(tail, fCap); tail++ {
			}
		}
		if d.isPunct(tail, ".") {
			tail++
		}
		if end > j && tail >= pe && d.hasName(j, end) {
			if sp, ok := d.classifyNP(j, end); ok && sp.kind != "" {
				sp.cue = d.text[d.toks[i].start:d.toks[i].end]
				return sp, true
			}
		}
		return speaker{}, false
	}
	if !comma && d.endsItsSentence(ti, i) {
		return speaker{}, false
	}
	sp, end, ok := d.attribClause(i, pe)
	if !ok && comma {
		return d.verbSlot(i, pe)
	}
	if !ok {
		return speaker{}, false
	}
	if !comma && !d.clauseEnds(end, pe, 6) {
		return speaker{}, false
	}
	return sp, true
}

// endsItsSentence reports whether the quote at ti, standing inside a
// sentence, ends it, so that what follows from token next is a new
// sentence and not the quote's tag: `Roe called him "a spent force."
// Smith fired back`, and, for an introduced question or exclamation
// followed by a new sentence, `Kerr asks Roe, "Why now?" Roe then writes
// back, ...`, where the next sentence is another speaker's turn.
func (d *analysis) endsItsSentence(ti, next int) bool {
	intro := d.isPunct(ti-1, ",") || d.isPunct(ti-1, ":")
	if (intro || d.isWord(ti-1)) && strings.HasSuffix(strings.TrimSpace(d.qs[d.toks[ti].q].Text), ".") {
		return true
	}
	qt := d.quoteEnd(ti)
	return intro && (strings.HasSuffix(qt, "?") || strings.HasSuffix(qt, "!")) && d.isWord(next) && d.toks[next].sent != d.toks[ti].sent
}

// clauseEnds reports whether the sentence ends (or a comma comes) within
// max words after k.
func (d *analysis) clauseEnds(k, hi, max int) bool {
	for j := k; j < hi && j <= k+max; j++ {
		t := d.toks[j]
		if t.kind == tkPara || t.kind == tkQuote {
			return true
		}
		if t.kind == tkPunct {
			s := d.text[t.start:t.end]
			return s == "." || s == "," || s == ";" || s == "!" || s == "?" || isDash(s)
		}
		if d.lw(j) == "that" {
			return false
		}
	}
	return k >= hi
}

// attribClause matches "NP cue" or "cue NP" starting at token i. It
// returns the speaker and the token after the matched clause.
func (d *analysis) attribClause(i, hi int) (speaker, int, bool) {
	if i >= hi || !d.isWord(i) {
		return speaker{}, 0, false
	}
	// cue NP: said Dame Anne / said the minister
	// ("said of Mr Trump" names whom the words are about, not who spoke.)
	c, isCue := d.cueAt(i)
	n := i + 1 // the noun phrase after the verb and its particle
	if isCue && c.particle != "" {
		n++
	}
	if isCue && c.form != cueParticiple && c.form != cueBase && !c.addressee && !(d.isWord(n) && isPrepWord(d.lw(n)) || d.isWord(n) && d.lw(n) == "of") {
		j := d.rightNP(n, hi)
		if d.isWord(j) && (beForms[d.lw(j)] || modal(d.lw(j))) {
			// `..., said the candidate could win`: the phrase is the subject
			// of the reported clause; the speaker is elsewhere.
			return speaker{}, 0, false
		}
		if sp, end, ok := d.partitiveSpeaker(n, j, hi); ok {
			sp.cue = d.lw(i)
			return sp, end, true
		}
		if j > n && (j >= hi || !d.isWord(j) || isPrepWord(d.lw(j)) || d.has(j, fClause) || d.postModified(n, j)) {
			// "said the mayor, Jo Bright": the name after the role.
			if d.isPunct(j, ",") && d.has(j+1, fCap) && !d.hasName(n, j) {
				if k := d.rightNP(j+1, hi); k > j+1 && (k >= hi || !d.isWord(k)) && d.hasName(j+1, k) {
					if sp, ok := d.classifyNP(j+1, k); ok && sp.ent >= 0 {
						sp.cue = d.lw(i)
						return sp, k, true
					}
				}
			}
			if sp, ok := d.classifyNP(n, j); ok {
				sp.cue = d.lw(i)
				return sp, j, true
			}
		}
	}
	// NP cue: Mr Smith said / she told a news conference
	j := i
	for j < hi && j < i+10 && d.isWord(j) && d.npWord(j, true) {
		if _, ok := d.cueAt(j); ok && j > i {
			break
		}
		j++
	}
	npEnd := j
	for npEnd > i && d.has(npEnd-1, fAdverb) {
		npEnd--
	}
	if npEnd > i && j < hi && d.isWord(j) {
		if c, ok := d.cueAt(j); ok && c.form != cueParticiple {
			if sp, ok := d.classifyNP(i, npEnd); ok {
				sp.cue = d.lw(j)
				if c.particle != "" {
					return sp, j + 2, true
				}
				return sp, j + 1, true
			}
		}
	}
	return speaker{}, 0, false
}

// hasName reports whether [a, b) holds a named mention or a pronoun.
func (d *analysis) hasName(a, b int) bool {
	if b-a == 1 && pronounKind[d.lw(a)] != "" {
		return true
	}
	if b-a == 2 && d.lw(a) == "the" && spokesWords[d.lw(b-1)] {
		return true // "the statement added"
	}
	for _, m := range d.mentionsIn(a, b) {
		if !m.roleNoun {
			return true
		}
	}
	return false
}

// colonIntro: `Ms Reeves told the hearing: "..."`, `He added: "..."`.
func (d *analysis) colonIntro(ti, lo int) (speaker, bool) {
	c, ok := d.introMark(ti, ":")
	if !ok {
		return speaker{}, false
	}
	if c < ti-1 {
		lo, _ = d.sentOf(c)
	}
	lo = max(lo, c-maxReach)
	for k := c - 1; k >= lo; k-- {
		if d.toks[k].kind == tkQuote {
			break
		}
		if d.cueOrPutIt(k) { // "As Roe, the party whip, put it:"
			sp, ok := d.subjectOf(k, lo, c, 0)
			if ok {
				sp.cue = d.lw(k)
				return sp, true
			}
			if sp.stop {
				return speaker{}, false
			}
			return speaker{}, false // a reporting verb whose subject we cannot name: no label either
		}
	}
	if sp, ok := d.dashLabel(c, lo); ok {
		return sp, true
	}
	if sp, ok := d.possessiveIntro(c, lo); ok {
		return sp, true
	}
	// No reporting verb: the intro's named subject speaks ("Roe went even
	// further:", "Roe had a message for critics:").
	if sp, ok := d.inherit(c, lo, c, 2); ok && sp.ent >= 0 && d.oneClause(sp.m1, c) {
		sp.cue = ":"
		return sp, true
	}
	// A label: "PENCE:", "And from Chairwoman Lee:".
	if c-lo <= 6 && c > lo {
		a := lo
		for a < c && d.isWord(a) && (d.has(a, fCapFunc) || d.lw(a) == "from") && !pronounTok(d.lw(a)) {
			a++
		}
		if a < c && d.hasName(a, c) {
			if sp, ok := d.classifyNP(a, c); ok {
				sp.cue = ":"
				return sp, true
			}
		}
	}
	return speaker{}, false
}

func pronounTok(w string) bool { return nounFlags(w)&nlPronoun != 0 } // pronounKind[w] != "", in one probe

// inverted: a sentence that ends ", NP cue." or ", cue NP." covers every
// quote before it.
func (d *analysis) inverted(ti, hi int) (speaker, bool) {
	if hi-ti > maxReach {
		return speaker{}, false
	}
	e := hi
	for e > ti+1 && (d.toks[e-1].kind == tkPara || d.toks[e-1].kind == tkPunct && !d.isPunct(e-1, ",")) {
		e--
	}
	// Try the commas from the last back: ", said Roe." and ", said Roe,
	// a lawyer for the group." both end the sentence with the attribution.
	tries := 0
	for k := e - 1; k > ti && tries < maxInvertedCommas; k-- {
		if d.toks[k].kind == tkQuote {
			return speaker{}, false
		}
		if !d.isPunct(k, ",") {
			continue
		}
		if k == ti+1 {
			break // the adjacent case is afterQuote's
		}
		tries++
		sp, end, ok := d.attribClause(k+1, e)
		if ok && (e-end <= 3 || d.appositiveTail(end, e)) {
			return sp, true
		}
		if !ok && tries == 1 {
			if sp, ok := d.verbSlot(k+1, hi); ok {
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// maxInvertedCommas bounds how many commas inverted looks back through.
const maxInvertedCommas = 3

// appositiveTail reports whether the tokens [a, e) only describe the
// speaker just named: a comma, then words without a reporting verb.
func (d *analysis) appositiveTail(a, e int) bool {
	if !d.isPunct(a, ",") || e-a > maxReach/2 {
		return false
	}
	for k := a + 1; k < e; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].kind == tkPara {
			return false
		}
		if _, ok := d.cueAt(k); ok {
			return false
		}
	}
	return true
}

// verbSlot: the attribution frame with a verb the lexicon does not know.
// Right after a quote and its comma, or after the last comma of a sentence
// that holds a quote, a short subject and one past-tense verb that end the
// sentence (`"...," Ms Roe conceded.`, `..., the memo continued.`) can only
// be the attribution; the frame, not the word, says so. The subject must
// be a name, a pronoun or a document noun.
func (d *analysis) verbSlot(i, hi int) (speaker, bool) {
	// The subject: a name, a pronoun or "the" and a role or document noun.
	j := i
	for j < hi && j < i+maxSlotNP && d.isWord(j) {
		lw := d.lw(j)
		if !(d.has(j, fCap) || pronounTok(lw) || lw == "the" || lw == "a" || d.has(j, fRoleP|fGroupP) || spokesWords[lw]) {
			break
		}
		j++
	}
	v := j
	if v <= i || !d.isWord(v) || d.has(v, fCap) {
		return speaker{}, false
	}
	// The verb ends the sentence, or its clause: "Roe barked and left".
	end := v + 1
	if end < len(d.toks) && d.lw(end) == "on" && goForm(d.lw(v)) {
		end++
	}
	if !(d.isPunct(end, ".") && d.startsSentence(end+1) || d.isPunct(end, ",") || d.isWord(end) && d.lw(end) == "and" || d.isPara(end) || end >= len(d.toks)) {
		return speaker{}, false
	}
	w := d.lw(v)
	if !strings.HasSuffix(w, "ed") && !goForm(w) || !d.hasName(i, v) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(i, v)
	if ok {
		sp.cue = w
	}
	return sp, ok
}

// maxSlotNP bounds the subject and verb of a verbSlot frame.
const maxSlotNP = 6

// cueBefore: the nearest reporting verb before the quote in its sentence.
func (d *analysis) cueBefore(ti, lo, hi int) (speaker, bool) {
	lo = max(lo, ti-maxReach)
	var owned speaker // an "according to its analysis" source, kept in case no reporter precedes it
	hasOwned := false
	for k := ti - 1; k >= lo; k-- {
		if !d.isWord(k) {
			continue
		}
		if d.accordingAt(k) {
			if sp, ok := d.sourcePhrase(k+2, "according to"); ok {
				if !hasOwned && d.ownedSource(k+2) {
					owned, hasOwned = sp, true // attribute_owned_source.go
					continue
				}
				return sp, true
			}
			continue
		}
		if framerVerbs[d.lw(k)] == framerName && !d.has(k, fCap) {
			if sp, ok := d.passiveAgent(k, ti); ok {
				return sp, true // attribute_passive_agent.go: `called "X" by its residents`
			}
		}
		if d.cueOrPutIt(k) {
			if c, _ := d.cueAt(k); c.link != "" && d.quoteBetween(k, ti) {
				continue // "talked about "X"" frames X, not a later quote
			}
			sp, ok := d.subjectOf(k, lo, hi, 0)
			if ok {
				sp.cue = d.lw(k)
				if csp, ok := d.claimObject(k, ti); ok {
					return csp, true // attribute_claim_object.go: `Smith mocked Roe's claim that "..."`
				}
				if osp, ok := d.outerReporter(k, ti, lo, hi, sp); ok {
					return osp, true
				}
				return sp, true
			}
			if sp.stop || d.relativeClauseSubject(k, lo) {
				break
			}
		}
	}
	return owned, hasOwned
}

// accordingAt reports whether tokens k and k+1 are "according to", which
// opens a source phrase as "per" does.
func (d *analysis) accordingAt(k int) bool {
	return d.lw(k) == "according" && d.isWord(k+1) && d.lw(k+1) == "to"
}

// sourcePhrase attributes to the noun phrase at a, the object of
// "according to" or "per". A bare singular common noun there is a manner,
// not a source ("according to plan", "per capita").
func (d *analysis) sourcePhrase(a int, cue string) (speaker, bool) {
	j := d.rightNP(a, len(d.toks))
	if j <= a {
		return speaker{}, false
	}
	if !d.has(a, fCap) {
		w := d.lw(a)
		det := isArticle(w) || pronounTok(w) || possessive(w) || isDigits(w) ||
			w == "his" || w == "her" || w == "their" || w == "its" || w == "one" || w == "some" || w == "several"
		if !det && !strings.HasSuffix(d.lw(j-1), "s") && !d.hasName(a, j) {
			return speaker{}, false
		}
	}
	sp, ok := d.classifyNP(a, j)
	if ok {
		sp.cue = cue
	}
	return sp, ok
}

// perAt reports whether token k is "per" introducing a source: after a
// comma or a quote, before a determiner or a name ("per the report",
// "per Reuters"), not a rate ("$5 per gallon").
func (d *analysis) perAt(k int) bool {
	if !d.isWord(k) || d.lw(k) != "per" || !d.isWord(k+1) {
		return false
	}
	if k > 0 && !d.isPunct(k-1, ",") && d.toks[k-1].kind != tkQuote {
		return false
	}
	return d.lw(k+1) == "the" || d.has(k+1, fCap)
}

// cueAfter: a reporting verb later in the quote's sentence.
func (d *analysis) cueAfter(ti, hi int) (speaker, bool) {
	hi = min(hi, ti+maxReach)
	for k := ti + 1; k < hi; k++ {
		if !d.isWord(k) {
			continue
		}
		if d.accordingAt(k) {
			return d.sourcePhrase(k+2, "according to")
		}
		if d.perAt(k) {
			return d.sourcePhrase(k+1, "per")
		}
		if d.cueOrPutIt(k) {
			if c, _ := d.cueAt(k); c.link != "" || framesAhead(c) {
				continue // a linked verb frames the quote after its link word, not one before it
			}
			if sp, ok := d.subjectOf(k, ti+1, hi, 0); ok {
				sp.cue = d.lw(k)
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// introBefore: a quote that is a sentence by itself right after a
// sentence that introduces it without quoting anything: `Roe said in a
// statement.`, `Roe told reporters,`. The reporting verb must be near the
// end of that sentence, so that `Roe said that taxes will rise.` (a
// complete report) does not claim the quote after it.
func (d *analysis) introBefore(ti int) (speaker, bool) {
	lo, e, ok := d.introSentence(ti, ".", ",", ":")
	if !ok {
		return speaker{}, false
	}
	for k := e - 1; k >= lo && k >= e-introTail; k-- {
		if !d.isWord(k) {
			continue
		}
		if d.has(k, fClause) && !isPrepWord(d.lw(k)) && d.lw(k) != "by" && d.lw(k) != "with" {
			return speaker{}, false // "said that ...", "said it was ...": the report is complete
		}
		if _, ok := d.cueAt(k); ok {
			sp, ok := d.subjectOf(k, lo, e, 0)
			if ok {
				sp.cue = d.lw(k)
			}
			return sp, ok
		}
	}
	return speaker{}, false
}

// introTail bounds how many tokens may follow the reporting verb of an
// intro sentence: "said in a statement on Tuesday."
const introTail = 8

// oneClause reports whether the tokens from byte offset m1 (the end of a
// subject) to token c are one clause: no comma, "and" or "but" that
// would bring in another subject ("Roe backed it, and NBC has proof:").
func (d *analysis) oneClause(m1, c int) bool {
	for k := c - 1; k >= 0 && int(d.toks[k].start) >= m1; k-- {
		if d.isPunct(k, ",") {
			if j := d.tagOpen(k); j >= 0 {
				k = j // "Roe, R-Ky., delivered a message:": a tag, not a clause
				continue
			}
			if j := d.asideOpen(k); j >= 0 {
				k = j // clause_aside.go: "Roe, in a memo to donors, went further:"
				continue
			}
			return false
		}
		if d.isWord(k) && (d.lw(k) == "and" || d.lw(k) == "but") || d.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}

// tagOpen returns the comma that opens a tag closed by the comma at k
// (", R-Ky.,", ", 54,"), or -1.
func (d *analysis) tagOpen(k int) int {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if d.isPunct(j, ",") {
			if d.isTag(j+1, k) {
				return j
			}
			return -1
		}
	}
	return -1
}

// cueOrPutIt reports whether token k is a reporting verb, or "put" in the
// idiom "as Roe put it", which reports words as surely as "said".
func (d *analysis) cueOrPutIt(k int) bool {
	if _, ok := d.cueAt(k); ok {
		return true
	}
	if !d.isWord(k) || !d.isWord(k+1) || d.lw(k+1) != "it" {
		return false
	}
	if w := d.lw(k); w != "put" && w != "puts" {
		return false
	}
	// "as Roe put it", "as Roe, the party whip, put it": the subject may
	// carry an appositive.
	for j := k - 1; j >= 0 && j >= k-maxPutIt; j-- {
		if d.toks[j].kind == tkQuote || d.toks[j].kind == tkPara {
			return false
		}
		if d.isWord(j) && d.lw(j) == "as" {
			return true
		}
	}
	return false
}

// maxPutIt bounds the subject of "as ... put it" with its appositive.
const maxPutIt = 16

// maxLabel bounds the words of a headline's speaker label.
const maxLabel = 4

// headlineLabel: a heading that opens with a name and a colon, `Roe: "We
// will win"`; nothing else in a heading names a speaker.
func (d *analysis) headlineLabel(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo, _ := d.sentOf(ti)
	if c <= lo || c-lo > maxLabel {
		return speaker{}, false
	}
	for k := lo; k < c; k++ {
		if !d.isWord(k) || !d.has(k, fCap) {
			return speaker{}, false
		}
	}
	if !d.hasName(lo, c) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(lo, c)
	if ok {
		sp.cue = ":"
	}
	return sp, ok
}

// goForm reports whether w is a form of "go", which with "on" reports
// more words: "he went on".
func goForm(w string) bool { return w == "went" || w == "goes" || w == "go" }

// quoteBetween reports whether a quote token lies strictly between a and b.
func (d *analysis) quoteBetween(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if d.toks[j].kind == tkQuote {
			return true
		}
	}
	return false
}

// dashLabel: a digest line, `Polls missed the surge - Jo Roe: "..."`: the
// topic, a dash, then the source's name and the colon at c. Only names,
// "and" and initials may stand between the dash and the colon.
func (d *analysis) dashLabel(c, lo int) (speaker, bool) {
	for k := c - 1; k > lo && k >= c-maxDashLabel; k-- {
		if d.isDashTok(k) {
			if k+1 < c && d.hasName(k+1, c) {
				if sp, ok := d.classifyNP(k+1, c); ok && sp.ent >= 0 {
					sp.cue = ":"
					return sp, true
				}
			}
			return speaker{}, false
		}
		if !(d.isWord(k) && (d.has(k, fCap) || d.lw(k) == "and") || d.isPunct(k, ".") || d.isPunct(k, "&")) {
			return speaker{}, false
		}
	}
	return speaker{}, false
}

// maxDashLabel bounds the tokens of a digest line's source label: "Frank
// Newport and Jim M. Harter".
const maxDashLabel = 9

// possessiveIntro: `Roe's response:`, `Roe's response was:`, `Roe's
// letter makes a simple case:`: a named owner of a statement, reply or
// document introduces the quote after the colon at c. The owner is a
// name the article has given before ("Brisk's" is Ana Brisk), and the
// rest of the intro must be one clause.
func (d *analysis) possessiveIntro(c, lo int) (speaker, bool) {
	for k := lo; k < c-1 && k < lo+maxLabel+2; k++ {
		if !d.isWord(k) || !d.has(k, fCap) || !possessive(d.word(k)) {
			continue
		}
		n := d.ownedNoun(k + 1)
		if !d.isWord(n) || !(spokesWords[d.lw(n)] || spokesWords[strings.TrimSuffix(d.lw(n), "s")]) {
			return speaker{}, false
		}
		if !d.oneClause(int(d.toks[n].end), c) {
			return speaker{}, false
		}
		e := d.ownerEntity(k)
		if e < 0 {
			return speaker{}, false
		}
		en := d.ents[e]
		return speaker{name: en.name, kind: en.kind, ent: e, m0: int(d.toks[k].start), m1: int(d.toks[n].end), orgish: en.kind == "organisation", cue: ":"}, true
	}
	return speaker{}, false
}

// ownerEntity finds the entity a possessive name at k refers to: its own
// mention ("Ana Brisk's"), or the latest earlier mention whose name ends
// in the same word ("Brisk's" after "Senator Ana Brisk"). It looks back
// through a bounded number of mentions.
func (d *analysis) ownerEntity(k int) int {
	w := stripPossessive(d.lw(k))
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].t1 > k })
	if i < len(d.ments) && d.ments[i].t0 <= k && d.ments[i].ent >= 0 {
		return d.root(d.ments[i].ent)
	}
	for j := i - 1; j >= 0 && j >= i-maxOwnerLookback; j-- {
		m := d.ments[j]
		if m.ent < 0 || m.roleNoun || m.n1 <= m.n0 {
			continue
		}
		if stripPossessive(d.lw(m.n1-1)) == w {
			return d.root(m.ent)
		}
	}
	return -1
}

// maxOwnerLookback bounds how many earlier mentions ownerEntity reads.
const maxOwnerLookback = 200

// modal reports whether w is a modal or "have" auxiliary, which after a
// noun phrase makes it a clause's subject: "the candidate could win".
func modal(w string) bool {
	switch w {
	case "could", "would", "will", "can", "should", "may", "might", "must", "shall",
		"has", "have", "had", "did", "does", "won't", "can't", "wouldn't", "couldn't":
		return true
	}
	return false
}
