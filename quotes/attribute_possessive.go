package quotes

import "strings"

// claimNouns are nouns of something said: in "Roe's claim that "...",
// "her call for "..."" and "Roe's "..." remark" the possessor is the
// speaker of the quote the noun frames.
var claimNouns = wordSet("claim_nouns.txt")

// claimLink reports whether w may join a claim noun to its content: the
// claim that ..., the call for ..., the promise of ..., the pledge to ...
func claimLink(w string) bool {
	switch w {
	case "that", "of", "for", "to", "about", "against", "on":
		return true
	}
	return false
}

// claimJoins reports whether a claim noun frames a quote gap words after
// it through link, the word after the noun, and next, the word after that:
// "claim that ...", "call for ...", "Roe's main claim is that ...". Only a
// that-clause may run past maxClaimGap. possessiveFrame and
// possessiveClaim share it so that a quote's speaker and its kind agree.
func claimJoins(link, next string, gap int) bool {
	if (link == "is" || link == "was") && next == "that" {
		link = "that"
	}
	return claimLink(link) && (link == "that" || gap <= maxClaimGap)
}

// maxClaimGap bounds the words between a claim noun and its quote; a
// that-clause may run longer than the object of "call for".
const (
	maxClaimGap     = 5
	maxClaimThatGap = 12
	maxClaimMods    = 3 // modifiers between possessor and noun: "Roe's recent baseless claim"
)

// possessiveFrame: a quote framed by a claim noun whose possessor is a
// name or a possessive pronoun: `Roe's claim that she "never lied"`,
// `his call for "a total ban"`, `Roe's "open door" remark`. It is tried
// last, so that a reporting verb of the sentence ("Smith denounced Roe's
// call for ...") keeps its own subject, and so does a verb the quote
// itself is the predicate of ("Roe's comments were "intolerable"", Smith
// said).
func (d *analysis) possessiveFrame(ti int) (speaker, bool) {
	lo, hi := d.sentOf(ti)
	// A reporting word anywhere in the sentence, even one whose subject
	// the rules could not name ("the rally denounced Roe's call for"),
	// makes the quote that verb's report: PolNeAR and readers credit the
	// reporter of the claim, not its author.
	if d.reportsElsewhere(lo, hi, ti, ti) {
		return speaker{}, false
	}
	if d.isWord(ti+1) && claimNouns[d.lw(ti+1)] && ti-1 >= lo {
		if sp, ok := d.possessor(ti - 1); ok {
			sp.cue = d.lw(ti + 1)
			return sp, true
		}
	}
	for k := ti - 1; k >= lo && k >= ti-1-maxClaimThatGap; k-- {
		if !d.isWord(k) {
			return speaker{}, false // a comma or another quote ends the frame
		}
		if !claimNouns[d.lw(k)] {
			if _, ok := d.cueAt(k); ok {
				return speaker{}, false // a reporting verb: its own rules decide
			}
			continue
		}
		if k+1 < ti {
			next := ""
			if d.isWord(k + 2) {
				next = d.lw(k + 2)
			}
			if !claimJoins(d.lw(k+1), next, ti-k-1) {
				return speaker{}, false
			}
		}
		for p := k - 1; p >= lo && p >= k-1-maxClaimMods; p-- {
			if !d.isWord(p) {
				break
			}
			if sp, ok := d.possessor(p); ok {
				sp.cue = d.lw(k)
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

// possessor resolves the possessive at token p: a named mention ending in
// 's, or his, her, their, its.
func (d *analysis) possessor(p int) (speaker, bool) {
	pron := ""
	switch d.lw(p) {
	case "his":
		pron = "he"
	case "her":
		pron = "she"
	case "their":
		pron = "they"
	case "its":
		pron = "it"
	}
	if pron != "" {
		sp, ok := d.resolvePronoun(p, pron)
		sp.m0, sp.m1 = int(d.toks[p].start), int(d.toks[p].end)
		return sp, ok
	}
	if !d.has(p, fCap) || !possessive(d.word(p)) {
		return speaker{}, false
	}
	for _, m := range d.mentionsIn(max(0, p-maxTag), p+1) {
		if m.t1 == p+1 && m.ent >= 0 {
			return d.fromMention(m), true
		}
	}
	if d.isWord(p-1) && d.has(p-1, fCap) {
		return speaker{}, false // a name the mention scan did not take
	}
	return d.surnameOf(p)
}

// surnameOf resolves a lone possessive surname ("Roe's"), which the mention
// scan leaves to what follows it, to the one person of the article whose
// name ends in it.
func (d *analysis) surnameOf(p int) (speaker, bool) {
	w := stripPossessive(d.lw(p))
	found := -1
	for i := range d.ents {
		e := &d.ents[i]
		if e.merged >= 0 || e.kind != "person" || len(e.words) < 2 || e.words[len(e.words)-1] != w {
			continue
		}
		if found >= 0 {
			return speaker{}, false // two people share the surname
		}
		found = i
	}
	if found < 0 {
		return speaker{}, false
	}
	e := &d.ents[found]
	return speaker{name: e.name, kind: e.kind, ent: found, m0: int(d.toks[p].start), m1: int(d.toks[p].end)}, true
}

// possessiveClaim is possessiveFrame for the quote's kind, on the text
// around the quote: the words since the last punctuation end in a claim
// frame with a possessor, or the quote sits between a possessor and a
// claim noun.
func possessiveClaim(before, after string) bool {
	if i := lastClauseBreak(before); i >= 0 {
		before = before[i+1:]
	}
	if !mayHavePossessor(before) {
		return false // both frames need a possessor: most quotes stop here
	}
	var buf [maxClaimThatGap + maxClaimMods + 2]string
	last := lastWords(buf[:0], before)
	n := len(last)
	if n > 0 && possessorWord(last[n-1]) {
		var nb [1]string
		if next := firstWords(nb[:0], after); len(next) == 1 && claimNouns[next[0]] {
			return true
		}
	}
	for i := n - 1; i >= 0; i-- {
		if !claimNouns[last[i]] {
			continue
		}
		if i+1 < n {
			next := ""
			if i+2 < n {
				next = last[i+2]
			}
			if !claimJoins(last[i+1], next, n-i-1) {
				return false
			}
		}
		for p := i - 1; p >= 0 && p >= i-1-maxClaimMods; p-- {
			if possessorWord(last[p]) {
				return true
			}
		}
		return false
	}
	return false
}

// lastClauseBreak is strings.LastIndexAny(s, ",;:()—–\"“”") by bytes: the
// generic search decodes every rune of s and looks it up among the marks,
// and s may run back to the start of a long paragraph. Each non-ASCII mark
// is E2 80 and one of 93, 94, 9C, 9D; like LastIndexAny it returns the
// index of the mark's first byte.
func lastClauseBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ',', ';', ':', '(', ')', '"':
			return i
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 {
				switch s[i+2] {
				case 0x93, 0x94, 0x9C, 0x9D:
					return i
				}
			}
		}
	}
	return -1
}

// mayHavePossessor is a cheap test that s may hold a possessorWord: an
// apostrophe, or "his", "her", "hei" (of their) or "its" in any case,
// or an İ, the one non-ASCII letter whose lower case is ASCII and in one.
// It saves lower-casing the words of the many sentences that have none.
func mayHavePossessor(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\'':
			return true
		case 0xE2: // ’ is E2 80 99
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x99 {
				return true
			}
		case 0xC4: // İ (C4 B0) lowers to an ASCII i
			if i+1 < len(s) && s[i+1] == 0xB0 {
				return true
			}
		case 'h', 'H', 'i', 'I':
			if i+2 < len(s) {
				a, b := s[i+1]|0x20, s[i+2]|0x20
				if c|0x20 == 'h' && (a == 'i' && b == 's' || a == 'e' && (b == 'r' || b == 'i')) || c|0x20 == 'i' && a == 't' && b == 's' {
					return true
				}
			}
		}
	}
	return false
}

// possessorWord reports whether w may be a claim noun's possessor: a
// possessive pronoun or a word in 's.
func possessorWord(w string) bool { return possessivePronoun(w) || possessive(w) }

// possessivePronoun reports whether w is a third-person possessive
// pronoun, which the claim and framer rules read as a determiner: "his
// call for", "her "calm head"".
func possessivePronoun(w string) bool {
	return w == "his" || w == "her" || w == "their" || w == "its"
}

// firstWords appends to dst up to cap(dst) lower-cased words at the start
// of s, stopping at punctuation.
func firstWords(dst []string, s string) []string {
	for i := 0; i < len(s) && len(dst) < cap(dst); {
		if s[i] == ' ' {
			i++
			continue
		}
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-' || s[j] == '\'') {
			j++
		}
		if j == i {
			break
		}
		dst = append(dst, strings.ToLower(s[i:j]))
		i = j
	}
	return dst
}

// reportsElsewhere reports whether the sentence [lo, hi), within reach of
// the quote at ti, has a reporting word outside the frame [from, ti]
// (possessiveFrame passes the quote alone, agentFrame its "noun by X"
// frame): its subject, not the claim's author, is who PolNeAR and readers
// credit. A past form counts even when cueAt refuses it: a past form is a
// verb; "the talks" is not.
func (d *analysis) reportsElsewhere(lo, hi, from, ti int) bool {
	for k := max(lo, ti-maxReach); k < hi && k < ti+maxReach; k++ {
		if k >= from && k <= ti || !d.isWord(k) || !d.has(k, fCue) || d.has(k, fCap) || claimNouns[d.lw(k)] {
			continue
		}
		if _, ok := d.cueAt(k); ok || cueForm(d.toks[k].fl>>fCueShift) == cuePast && !linkedOnly(d.lw(k)) {
			return true
		}
	}
	return false
}
