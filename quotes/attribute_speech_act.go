package quotes

// speechActNouns and speechActVerbs make an intro sentence's subject the
// speaker of the quote paragraph after it: "Roe had a message for critics."
var (
	speechActNouns = wordSet("speech_act_nouns.txt")
	speechActVerbs = wordSet("speech_act_verbs.txt")
)

// maxActModifiers bounds the words between the determiner and the noun
// of a speech act: "a blunt message", "a short written statement".
const maxActModifiers = 2

// speechActIntro attributes a quote that is a sentence by itself to the
// subject of the sentence just before it when that sentence has its
// subject deliver a spoken or written act and names no reporting verb:
// `Roe had a message for critics. "We are not going anywhere."`, `The
// party issued a statement on Sunday. ¶ "We apologise."`. The act's noun
// says that words follow; the quote is those words.
func (d *analysis) speechActIntro(ti int) (speaker, bool) {
	lo, e, ok := d.introSentence(ti, ".", ":")
	if !ok {
		return speaker{}, false
	}
	for k := lo; k < e; k++ {
		if !d.isWord(k) || !speechActVerbs[d.lw(k)] || d.has(k, fCap) {
			continue
		}
		n, ok := d.actNoun(k+1, e)
		if !ok {
			continue
		}
		a, b := d.leftNP(k, lo)
		if a >= b {
			return speaker{}, false
		}
		sp, ok := d.classifyNP(a, b)
		if !ok {
			return speaker{}, false
		}
		sp.cue = d.lw(n)
		return sp, true
	}
	return speaker{}, false
}

// actNoun returns the speech-act noun of the object that starts at a: a
// determiner, at most maxActModifiers lower-case words, the noun.
func (d *analysis) actNoun(a, hi int) (int, bool) {
	if !d.isWord(a) {
		return 0, false
	}
	switch d.lw(a) {
	case "a", "an", "the", "this", "one", "his", "her", "their", "its", "another":
	default:
		return 0, false
	}
	for k := a + 1; k < hi && k <= a+1+maxActModifiers; k++ {
		if !d.isWord(k) || d.has(k, fCap) {
			return 0, false
		}
		if speechActNouns[d.lw(k)] {
			return k, true
		}
	}
	return 0, false
}

// introMark returns the punctuation token that ends what stands right
// before the quote at ti, past paragraph breaks ("Roe continued:"
// closing one paragraph, the quote the next), when it is one of marks
// and lies in the quote's paragraph or the one before.
func (d *analysis) introMark(ti int, marks ...string) (int, bool) {
	c := ti - 1
	for c >= 0 && d.toks[c].kind == tkPara {
		c--
	}
	if c < 0 || d.toks[c].kind != tkPunct || d.paraOf(ti)-d.paraOf(c) > 1 {
		return 0, false
	}
	for _, m := range marks {
		if d.isPunct(c, m) {
			return c, true
		}
	}
	return 0, false
}

// introSentence returns the intro [lo, e) before the quote at ti, a
// sentence by itself: the words within reach before the mark e that ends
// it (one of marks, see introMark), with no quote among them.
func (d *analysis) introSentence(ti int, marks ...string) (lo, e int, ok bool) {
	if d.sWords[d.toks[ti].sent] > 0 {
		return 0, 0, false
	}
	if e, ok = d.introMark(ti, marks...); !ok {
		return 0, 0, false
	}
	lo = d.reachStart(e)
	for k := lo; k < e; k++ {
		if d.toks[k].kind == tkQuote {
			return 0, 0, false
		}
	}
	return lo, e, true
}
