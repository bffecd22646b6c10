package align

import "strings"

// classify names how version b differs from version a, given their word
// alignment. It does not look at speakers; Check does that.
//
// The ends of an alignment are read like a journalist reads them: words
// only one version has before its first or after its last shared word make
// the other a fragment; words both versions have there, in place of each
// other, are a change of wording.
func classify(aText, bText string, a, b []token, steps []step) Verdict {
	if collapseSpace(aText) == collapseSpace(bText) {
		return Identical
	}
	first, last := -1, -1
	for k, s := range steps {
		if s.Kind == 'e' {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		if len(a) == 0 && len(b) == 0 {
			return PunctuationOnly
		}
		return WordingAltered
	}
	// Edge runs: a change on both sides at one end is a substitution.
	var edgeDel, edgeIns bool
	for _, run := range [][]step{steps[:first], steps[last+1:]} {
		var del, ins bool
		for _, s := range run {
			del = del || s.Kind == 'd' || s.Kind == 's'
			ins = ins || s.Kind == 'i' || s.Kind == 's'
		}
		if del && ins {
			return WordingAltered
		}
		edgeDel, edgeIns = edgeDel || del, edgeIns || ins
	}
	var subs, dels, inss int
	for _, s := range steps[first : last+1] {
		switch s.Kind {
		case 's':
			subs++
		case 'd':
			dels++
		case 'i':
			inss++
		}
	}
	ends := first > 0 || last < len(steps)-1
	switch {
	case subs > 0 || dels > 0 && inss > 0:
		return WordingAltered
	case dels > 0 && edgeIns || inss > 0 && edgeDel:
		// words lost inside and others gained at an end: the alignment
		// put a substitution at the edge
		return WordingAltered
	case dels > 0:
		// b lacks words from inside a.
		if hasEllipsis(bText) {
			return Fragment
		}
		return Trimmed
	case inss > 0:
		// b has words a lacks inside it: a may have marked the cut.
		if hasEllipsis(aText) {
			return Fragment
		}
		return WordsAdded
	case ends:
		return Fragment
	}
	return PunctuationOnly
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
