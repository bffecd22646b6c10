package quotes

// linkedOnly reports whether w is a form of a verb that reports words
// only through its link word and the quote after it ("hoped that ...
// "..."", "defended it as "...""). Where cueAt rejects such a form (no
// link, no quote), it is no reporting verb: "what the audience had hoped
// to hear" leaves the sentence's other frames alone.
func linkedOnly(w string) bool {
	c, ok := lookupCue(w)
	return ok && c.link != ""
}

// objectlessAs reports whether the "X as Y" verb at k has no object
// before its "as": "as" or a preposition right after it ("introduced to
// cheers as", "painted as"). Such a past form is a passive participle,
// whose subject is what is framed, not the framer.
func (d *analysis) objectlessAs(k int) bool {
	if !d.isWord(k + 1) {
		return false
	}
	w := d.lw(k + 1)
	return w == "as" || isPrepWord(w)
}
