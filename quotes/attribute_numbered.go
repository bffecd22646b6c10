package quotes

// numberedSourceIntro attributes a quote introduced by a numbered
// provision or passage of a text that opens its sentence: `Article 33
// affirms: "..."`, `Section 12 states, "..."`, `Psalm 23 reads: "..."`.
// A capitalised noun followed by a number is a part of a document, and
// its verb of speech quotes that document's words. No person is named:
// the provision is the mention, the speaker stays unnamed.
func (d *analysis) numberedSourceIntro(ti int) (speaker, bool) {
	lo, v := d.verbInReach(ti)
	if v < 0 {
		return speaker{}, false
	}
	c, ok := lookupCue(d.lw(v))
	if !ok || c.frame != frameSpeech || c.addressee || c.link != "" || cueForm(d.toks[v].fl>>fCueShift) != cueThird {
		return speaker{}, false
	}
	// The number: digits, maybe with a glued colon or dot ("45:1", "2.3").
	k := v - 1
	digits := false
	for k > lo && (d.isWord(k) && isDigits(d.lw(k)) || (d.isPunct(k, ":") || d.isPunct(k, ".")) && d.glued(k)) {
		digits = digits || d.isWord(k)
		k--
	}
	if !digits || k != lo || !d.isWord(k) || !d.has(k, fCap) {
		return speaker{}, false
	}
	if w := d.lw(k); isPrepWord(w) || timeWords[w] || capFunction[w] {
		return speaker{}, false // "Since 2015", "June 2015": a time, no text
	}
	return speaker{
		m0: int(d.toks[k].start), m1: int(d.toks[v-1].end),
		cue: d.lw(v), unresolved: true,
	}, true
}
