package quotes

import "strings"

// A poll share ("43 percent said", "Six in 10 Greens say") speaks for
// the poll that measured it, not for itself: the share names no one, and a
// number is never a person.

// pollShare reports whether the noun phrase [a, b) is a share of those
// polled: a number with "percent" or "%", or "N in 10", "N out of 10".
func (d *analysis) pollShare(a, b int) bool {
	for a < b && d.isWord(a) && shareLead(d.lw(a)) {
		a++
	}
	if a >= b || !d.isWord(a) {
		return false
	}
	w := d.lw(a)
	if w == "of" && a > 0 && d.isPunct(a-1, "%") {
		return true // "31% of voters": the sign ends the number's token
	}
	if n, ok := strings.CutSuffix(w, "%"); ok && isDecimal(n) {
		return true
	}
	if !isDecimal(w) && !countWord(w) {
		return false
	}
	if a+1 >= b || !d.isWord(a+1) {
		return false
	}
	switch d.lw(a + 1) {
	case "percent", "%":
		return true
	case "in", "out":
		for k := a + 2; k < b && k <= a+3; k++ {
			if d.isWord(k) && (isDigits(d.lw(k)) || countWord(d.lw(k))) {
				return true
			}
		}
	}
	return false
}

// shareOf reports whether the phrase at a is what a share counts, the
// speaker phrase having stopped short of it: "31% of Liberals and
// Liberal-leaning voters said", "8 percent of Greens said".
func (d *analysis) shareOf(a int) bool {
	for k := a - 1; k >= 0 && k >= a-maxSlotNP; k-- {
		if !d.isWord(k) {
			return false
		}
		if d.lw(k) != "of" {
			continue
		}
		if d.isPunct(k-1, "%") {
			return k >= 2 && d.isWord(k-2) && isDecimal(d.lw(k-2))
		}
		return k >= 2 && d.isWord(k-1) && d.lw(k-1) == "percent" && d.pollShare(k-2, k)
	}
	return false
}

// isDecimal reports whether w is a number written in digits, with or
// without a decimal point: "43", "12.5".
func isDecimal(w string) bool { return isDigits(strings.ReplaceAll(w, ".", "")) }

// shareLead reports whether w may open a share's phrase before its
// number: "and 14 percent", "some 55 percent", "nearly six in 10".
func shareLead(w string) bool {
	switch w {
	case "and", "but", "while", "some", "just", "only", "about", "nearly", "almost", "roughly", "around", "fully", "over":
		return true
	}
	return false
}

// countWord reports whether w is a number word that counts a share.
func countWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// maxPollBack bounds how many sentences before a share's own the poll
// that measured it may be named.
const maxPollBack = 2

// pollFor finds the poll a share at token a belongs to: the nearest
// "poll" or "survey" noun in the share's sentence or up to maxPollBack
// sentences before it, in the same or the previous paragraph. ok is false
// when there is none: the share then names no speaker.
func (d *analysis) pollFor(a int) (speaker, bool) {
	lo, hi := d.sentOf(a)
	for back := 0; back <= maxPollBack && lo < hi; back++ {
		for k := min(hi, lo+maxReach) - 1; k >= lo; k-- {
			if !d.isWord(k) || d.has(k, fCap) {
				continue
			}
			if w := d.lw(k); w != "poll" && w != "survey" {
				continue
			}
			s, e := d.leftNP(k+1, lo)
			if s >= e {
				continue
			}
			s = d.skipArticles(s, e)
			if e-s < 2 && d.lw(s) != "poll" && d.lw(s) != "survey" || s >= e {
				continue
			}
			return speaker{name: d.text[d.toks[s].start:d.toks[e-1].end], kind: "organisation", ent: -1, orgish: true,
				m0: int(d.toks[s].start), m1: int(d.toks[e-1].end)}, true
		}
		if lo == 0 || d.paraOf(a)-d.paraOf(lo-1) > 1 {
			break
		}
		lo, hi = d.sentOf(lo - 1)
	}
	return speaker{stop: true}, false
}
