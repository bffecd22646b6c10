package quotes

// ownedSource reports whether the source phrase of "according to" at a
// is a thing a pronoun owns: "according to its analysis", "according to
// his count". Inside a report (`Roe said that according to its count
// the party won, but "we are still counting"`) the pronoun points back to
// the reporter's side, and the reporter is the one quoted: cueBefore
// looks on for the reporting verb and keeps the phrase only when none
// comes before it.
func (d *analysis) ownedSource(a int) bool {
	return possessivePronoun(d.lw(a)) && d.isWord(a+1) && !d.has(a+1, fCap)
}
