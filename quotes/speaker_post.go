package quotes

// An inverted speaker ("...," said NP) often runs on past its head: "said
// Lee Park of the Harbor Institute", "said one owner of a shop that sells
// shoes", "said one of the organisers, who asked not to be named". The
// words after the head describe the speaker; the head is the speaker.

// postModified reports whether the noun phrase [a, j) ends where a
// postmodifier begins ("of a shop", "with the union", "who asked") and
// holds a name or a speaker noun, so that [a, j) alone is the speaker.
func (d *analysis) postModified(a, j int) bool {
	if !d.isWord(j) || j <= a {
		return false
	}
	switch d.lw(j) {
	case "of", "for", "with", "who", "whose", "which", "that":
	default:
		return false
	}
	if d.hasName(a, j) {
		return true
	}
	// A common noun needs its determiner: "said one owner of a shop", not
	// "said master of ceremonies Jo Tan" (a title before the name).
	switch d.lw(a) {
	case "a", "an", "the", "one", "another":
	default:
		return false
	}
	head := stripPossessive(d.lw(j - 1))
	return j-a > 1 && !d.has(j-1, fCap) && d.speakerHead(j-1, head)
}

// partitiveSpeaker matches "one of the organisers", "two of her aides",
// "some of those present" at a (rightNP stopped at "of" in j): the noun
// after "of" is the head, and the mention covers the whole phrase. It
// returns the speaker and the token after the phrase.
func (d *analysis) partitiveSpeaker(a, j, hi int) (speaker, int, bool) {
	if j != a+1 || !d.isWord(j) || d.lw(j) != "of" || !partitiveWord(d.lw(a)) {
		return speaker{}, 0, false
	}
	k := j + 1
	for k < hi && d.isWord(k) && partitiveDet(d.lw(k)) {
		k++
	}
	h := k
	for h < hi && h < k+maxSlotNP && d.isWord(h) && !d.has(h, fCap) && !d.has(h, fClause) && !isPrepWord(d.lw(h)) && d.lw(h) != "of" {
		if _, cue := d.cueAt(h); cue {
			break
		}
		h++
	}
	if h == k || !d.speakerHead(h-1, stripPossessive(d.lw(h-1))) {
		return speaker{}, 0, false
	}
	sp, ok := d.classifyNP(k, h)
	if !ok {
		return speaker{}, 0, false
	}
	sp.m0 = int(d.toks[a].start)
	return sp, h, true
}

// partitiveWord: the quantity words that pick some of a group.
func partitiveWord(w string) bool {
	switch w {
	case "one", "two", "three", "some", "several", "many", "another", "most", "few", "each", "both":
		return true
	}
	return false
}

// partitiveDet: the determiners that may follow "of" in a partitive.
func partitiveDet(w string) bool {
	switch w {
	case "the", "those", "these", "his", "her", "their", "its", "our", "two", "three", "four", "five":
		return true
	}
	return false
}
