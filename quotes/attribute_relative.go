package quotes

// maxRelative bounds the tokens of a relative clause between a subject
// and its verb: "an official who spoke on condition of anonymity said".
const maxRelative = 14

// relativeSubject finds the subject of the reporting verb at v when a
// relative clause without commas stands between them: `An official who
// spoke on condition of anonymity said`, `a voter who asked not to be
// named told reporters`. The noun phrase before "who" is the subject;
// the relative clause is one stretch of words, no punctuation or quote.
// The verb right after "who" belongs to the clause, never to the
// subject's sentence.
func (d *analysis) relativeSubject(v, lo int) (speaker, bool) {
	for k := v - 1; k >= lo && k >= v-maxRelative; k-- {
		if !d.isWord(k) {
			return speaker{}, false
		}
		if d.lw(k) != "who" {
			continue
		}
		if k+1 >= v-1 {
			return speaker{}, false // "Roe, who said": the relative's own verb
		}
		a, b := d.leftNP(k, lo)
		if a >= b || !d.isWord(b-1) || b != k {
			return speaker{}, false
		}
		if d.lw(b-1) == "those" || d.lw(b-1) == "people" && b-a == 1 {
			return speaker{}, false // "those who said": a description, no one speaks
		}
		return d.classifyNP(a, b)
	}
	return speaker{}, false
}

// relativeIntro attributes a quote to the subject of the reporting verb
// just before it when a relative clause separates that subject from its
// verb: `A White House official who spoke anonymously said Wednesday,
// "..."`. Between the verb and the quote there may be only a time word,
// an adverb and the comma or colon.
func (d *analysis) relativeIntro(ti int) (speaker, bool) {
	lo := d.reachStart(ti)
	k := ti - 1
	for k >= lo && (d.isPunct(k, ",") || d.isPunct(k, ":") || d.isWord(k) && (timeWords[d.lw(k)] || d.has(k, fAdverb))) {
		k--
	}
	c, ok := d.cueAt(k)
	if !ok || c.frame != frameSpeech || c.form == cueParticiple || c.form == cueBase {
		return speaker{}, false
	}
	sp, ok := d.relativeSubject(k, lo)
	if ok {
		sp.cue = d.lw(k)
	}
	return sp, ok
}
