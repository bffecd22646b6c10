package quotes

// claimObject: the reporting verb at k has for its object a claim noun
// with a possessor, and that noun frames the quote at ti: in `Smith
// mocked Roe's claim that the plan "pays for itself"` and `Smith called
// Roe's assertion of a "free hand" absurd` the quoted words are Roe's;
// Smith only reports or judges them. possessiveFrame reads the same
// frame when the sentence has no reporting verb.
func (d *analysis) claimObject(k, ti int) (speaker, bool) {
	for j := ti - 1; j > k+1 && j >= ti-1-maxClaimThatGap; j-- {
		if !d.isWord(j) {
			return speaker{}, false // a comma or another quote ends the frame
		}
		if !claimNouns[d.lw(j)] {
			if _, ok := d.cueAt(j); ok {
				return speaker{}, false // a nearer reporting verb decides
			}
			continue
		}
		if j+1 >= ti {
			return speaker{}, false // `Roe's comments "..."`: no link word
		}
		if !d.claimObjectLink(j, ti) {
			return speaker{}, false
		}
		for p := j - 1; p > k && p >= j-1-maxClaimMods; p-- {
			if !d.isWord(p) {
				break
			}
			if sp, ok := d.possessor(p); ok && !sp.unresolved {
				sp.cue = d.lw(j)
				return sp, true
			}
			if d.has(p, fCap|fClause) {
				break
			}
		}
		return speaker{}, false
	}
	return speaker{}, false
}

// claimObjectLink reports whether the claim noun at j frames the quote at
// ti closely enough for its possessor to outweigh the sentence's verb:
// "assertion of a "..."" (an article at most between), or a that-clause
// whose only verb is the quote's own ("claim that the plan "...",
// "claim that the plan is "...""). A be-verb further back is the
// sentence's predicate, which the quote judges the claim with (`Roe's
// claim that Smith is wrong is "absurd"`), and a "to" may start another
// object (`comparing his claim that ... to the arguments "..."`).
func (d *analysis) claimObjectLink(j, ti int) bool {
	switch d.lw(j + 1) {
	case "of":
		return ti-j-1 <= 2
	case "that":
		for k := j + 2; k < ti; k++ {
			w := d.lw(k)
			if w == "to" || beForms[w] && k != ti-1 {
				return false
			}
		}
		return ti-j-1 <= maxClaimThatGap
	}
	return false
}
