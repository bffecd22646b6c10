package quotes

// thingSays: a quote introduced by a relative clause on a thing that
// carries words: `T-shirts that said "We won."`, `a message that read:
// "..."`, `a banner which reads, "..."`. The words are the thing's, not
// those of whoever holds it or the clause's subject: the relative pronoun
// is the mention, the cue its verb, and no person is named, as for a
// document subject (attribute_partial3.go).
//
// The noun before the pronoun must be a lower-case common noun that names
// no person ("an aide that said" is a person's report; "who" is never
// read here).
func (d *analysis) thingSays(ti int) (speaker, bool) {
	lo, _ := d.sentOf(ti)
	v := ti - 1
	if d.isPunct(v, ",") || d.isPunct(v, ":") {
		v--
	}
	r, n := v-1, v-2
	if n < lo || !d.isWord(n) || !d.isWord(r) || !d.isWord(v) {
		return speaker{}, false
	}
	if w := d.lw(r); w != "that" && w != "which" {
		return speaker{}, false
	}
	// Not cueAt: it reads "that" before a verb as a determiner ("that
	// said" as a noun), which after a noun it is not.
	fl := d.toks[v].fl
	c, ok := lookupCue(d.lw(v))
	if f := cueForm(fl >> fCueShift); fl&fCue == 0 || !ok || c.frame != frameSpeech || f != cuePast && f != cueThird {
		return speaker{}, false
	}
	noun := d.lw(n)
	if d.has(n, fCap|fAdverb|fClause) || personLike(noun) && nounFlags(noun)&nlSpokes == 0 || pronounTok(noun) || capFunction[noun] || isDigits(noun) {
		return speaker{}, false
	}
	return speaker{ent: -1, m0: int(d.toks[r].start), m1: int(d.toks[r].end), unresolved: true, cue: d.lw(v)}, true
}
