package quotes

// subordinateSubject: a participle right after a clause of time or place
// that has its own subject belongs to that subject, the nearer one: in
// `Roe waits as a clerk walks in, saying he is "here to help"` and
// `the hall where 40 nurses had gathered, chanting "..."` the clerk and
// the nurses speak. k is an earlier reporting verb, v the participle.
func (d *analysis) subordinateSubject(k, v int) (speaker, bool) {
	if !d.isPunct(v-1, ",") {
		return speaker{}, false
	}
	for s := v - 2; s > k; s-- {
		if !d.isWord(s) {
			if d.toks[s].kind == tkQuote || d.isPunct(s, ",") {
				return speaker{}, false // another clause or an aside
			}
			continue
		}
		switch d.lw(s) {
		case "as", "when", "where", "while":
		default:
			continue
		}
		a := s + 1
		if d.isWord(a) && (d.lw(a) == "about" || d.lw(a) == "some") {
			a++ // "about 50 protesters"
		}
		j := d.rightNP(a, v)
		if j > a+1 && !d.verbAfterName(j) && d.presentVerb(j-1) {
			j-- // "a clerk walks": the noun phrase took the verb
		}
		if j <= a || !d.verbAfterName(j) {
			return speaker{}, false
		}
		return d.classifyNP(s+1, j)
	}
	return speaker{}, false
}

// presentVerb reports whether the word at k reads as a third-person verb
// after a noun: lower case, ending in "s" but not "ss" ("walks", "says").
func (d *analysis) presentVerb(k int) bool {
	w := d.lw(k)
	return d.isWord(k) && !d.has(k, fCap) && len(w) > 3 && sForm(w)
}
