package quotes

import (
	"strings"
	"unicode"
)

// invertedIntro: a sentence that opens with its reporting verb and puts
// the speaker after it, right before the quote: `Said Roe, "..."`, `But,
// said Tom Kerr, "..."`, `In other words, explained moderator Ann Roe:
// "..."`, `Said Ann Poe, who grew up with him, "..."`. The verb must open
// the sentence, or follow a short opening phrase and its comma ("In other
// words,", "But,"), so that a verb inside a clause ("Roe said, "...")
// belongs to the rules that read its subject on the left. Nothing but the
// speaker's noun phrase, and an appositive or relative clause about them,
// may stand between the verb and the comma or colon before the quote.
func (d *analysis) invertedIntro(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ",") && !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo, _ := d.sentOf(c)
	if c-lo > maxReach/2 {
		return speaker{}, false
	}
	k, ok := d.introVerb(lo, c)
	if !ok {
		return speaker{}, false
	}
	cue, ok := lookupCue(d.lw(k))
	if !ok || cue.frame != frameSpeech || cue.addressee || cue.link != "" || cue.particle != "" ||
		cue.form != cuePast && cue.form != cueThird {
		return speaker{}, false
	}
	n := k + 1
	j := d.rightNP(n, c)
	if j <= n || !(j == c || d.appositiveTail(j, c)) {
		return speaker{}, false
	}
	if !d.hasName(n, j) && !d.has(j-1, fRoleP) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(n, j)
	if !ok || sp.kind == "" && !sp.unresolved {
		return speaker{}, false
	}
	sp.cue = d.lw(k)
	return sp, true
}

// introVerb returns the token that may be the verb of an inverted intro
// in the sentence [lo, c): its first word, the word after a sentence-
// opening "And" or "But", or the first word after a short opening phrase
// and its comma that names no one and reports nothing ("In other words,").
func (d *analysis) introVerb(lo, c int) (int, bool) {
	if !d.isWord(lo) {
		return 0, false
	}
	if _, ok := lookupCue(d.lw(lo)); ok {
		return lo, true
	}
	if w := d.lw(lo); (w == "and" || w == "but") && d.isWord(lo+1) {
		return lo + 1, true
	}
	for k := lo + 1; k < c && k <= lo+maxIntroOpener; k++ {
		if d.isPunct(k, ",") {
			if d.hasName(lo, k) {
				return 0, false
			}
			return k + 1, d.isWord(k + 1)
		}
		if !d.isWord(k) {
			return 0, false
		}
		if _, ok := lookupCue(d.lw(k)); ok {
			return 0, false
		}
	}
	return 0, false
}

// maxIntroOpener bounds the opening phrase before an inverted intro's
// verb: "In other words,", "Speaking of the plan,".
const maxIntroOpener = 4

// openingVerb reports whether the capitalised word at k is a reporting
// verb that opens its sentence before a name ("Said Roe, ..."): the verb
// is not part of the name after it.
func (d *analysis) openingVerb(k int) bool {
	if !d.isWord(k) || d.toks[k].fl&fCue == 0 || k != d.sStart[d.toks[k].sent] || !d.isWord(k+1) || !d.has(k+1, fCap) {
		return false
	}
	c, ok := lookupCue(d.lw(k))
	return ok && c.frame == frameSpeech && (c.form == cuePast || c.form == cueThird)
}

// commaIntro: a sentence whose main clause has a named subject, a verb
// that is no reporting verb, and a comma that hands over to a quote
// ending the sentence: `Earlier this week, Roe shared her worry with
// donors at a fundraiser, "I do not know what he will do."`. The clause
// sets the scene of the subject's own words. It is strict: the quote must
// be a whole sentence (a capital first, a full stop, question or
// exclamation mark last) and end the sentence; the clause must hold no
// other quote, no reporting verb (the earlier rules read those) and no
// subordinate clause ("Roe held a sign that read, ..." quotes the sign).
func (d *analysis) commaIntro(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ",") || d.paraOf(c) != d.paraOf(ti) {
		return speaker{}, false
	}
	q := d.quoteEnd(ti)
	if q == "" || !unicode.IsUpper(firstRune(q)) || !strings.ContainsAny(q[len(q)-1:], ".!?") {
		return speaker{}, false
	}
	_, hi := d.sentOf(ti)
	for k := ti + 1; k < hi; k++ {
		if d.isWord(k) || d.toks[k].kind == tkQuote {
			return speaker{}, false
		}
	}
	lo, _ := d.sentOf(c)
	if c-lo > maxReach/2 {
		return speaker{}, false
	}
	for k := lo; k < c; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].kind == tkPara {
			return speaker{}, false
		}
		if _, ok := d.cueAt(k); ok {
			return speaker{}, false
		}
	}
	sp, ok := d.inherit(c, lo, c, 2)
	if !ok || sp.ent < 0 || sp.unresolved || !d.oneClause(sp.m1, c) {
		return speaker{}, false
	}
	// The subject opens the main clause: the sentence, or what follows an
	// opening phrase and its comma ("Earlier this week, Roe ..."), not a
	// subordinate clause ("When Roe left the room, ...").
	s0 := lo
	for s0 < c && int(d.toks[s0].start) < sp.m0 {
		s0++
	}
	if s0 >= c || s0 > lo && !d.isPunct(s0-1, ",") {
		return speaker{}, false
	}
	for k := c - 1; k > lo && int(d.toks[k].start) >= sp.m1; k-- {
		if d.isWord(k) && d.has(k, fClause) && !isPrepWord(d.lw(k)) && d.lw(k) != "with" && d.lw(k) != "by" {
			return speaker{}, false
		}
	}
	sp.cue = ","
	return sp, true
}

// participleIntro: a fragment that opens with a participle of a reporting
// verb and hands over to a quote, `Adding, "..."`, `Noting: "..."`, right
// after a sentence that reports its subject's words: the fragment goes on
// with that subject ("Roe said the report was flawed. Adding, "...""). The
// previous sentence must be in the same paragraph, and its speaker is the
// subject of its reporting verb or the sentence's named subject.
func (d *analysis) participleIntro(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ",") && !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo, _ := d.sentOf(c)
	if c != lo+1 || lo == 0 || d.toks[lo-1].kind == tkPara {
		return speaker{}, false
	}
	if cue, ok := lookupCue(d.lw(lo)); !ok || cue.form != cueParticiple || cue.frame != frameSpeech || cue.particle != "" || cue.link != "" {
		return speaker{}, false
	}
	e := lo - 1
	plo, _ := d.sentOf(e)
	if e-plo > maxReach {
		return speaker{}, false
	}
	sp, ok := d.inherit(e, plo, e, 0)
	if !ok || sp.ent < 0 || sp.unresolved {
		return speaker{}, false
	}
	sp.cue = d.lw(lo)
	return sp, true
}

// labelIntro: a paragraph that opens with only a person's noun phrase and
// a colon before the quote, as an exchange is set out in print: `Former
// secretary of state Ann Roe: "We learned that later."`. The label may
// carry lower-case role words, which the short capitalised label of
// colonIntro does not allow; it must be one noun phrase that names
// someone, and nothing may precede it in its paragraph.
func (d *analysis) labelIntro(ti int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo, _ := d.sentOf(c)
	if c-lo > maxLabelNP || lo > 0 && !d.isPara(lo-1) {
		return speaker{}, false
	}
	ms := d.mentionsIn(lo, c)
	if len(ms) == 0 {
		return speaker{}, false
	}
	m := ms[len(ms)-1]
	if m.t1 != c || m.roleNoun || m.ent < 0 {
		return speaker{}, false
	}
	// Before the name only its role: "Former secretary of state".
	for k := lo; k < m.t0; k++ {
		if !d.isWord(k) || !(d.has(k, fRole) || d.has(k, fCap) && !d.has(k, fCapFunc) || d.lw(k) == "of") {
			return speaker{}, false
		}
	}
	sp := d.fromMention(m)
	sp.m0, sp.m1 = int(d.toks[lo].start), int(d.toks[c-1].end)
	sp.cue = ":"
	return sp, true
}

// maxLabelNP bounds the words of a speaker label with its role: "Former
// secretary of state Ann Marie Roe".
const maxLabelNP = 10
