package quotes

import (
	"sort"
	"strings"
)

// speaker_guard.go holds checks that keep a reporting verb's subject from
// being taken as the speaker when the sentence says the words came from
// someone else.

// maxOuterGap bounds the words (an addressee, a day) between an outer
// reporting verb and the "that" opening its reported clause: `Roe told
// reporters Monday that ...`.
const maxOuterGap = 2

// maxAddressee bounds the addressee between a verb like "told" and the
// quote it introduces.
const maxAddressee = 5

// tokAtByte returns the index of the token that starts at byte offset b,
// or -1.
func (d *analysis) tokAtByte(b int) int {
	i := sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].start) >= b })
	if i < len(d.toks) && int(d.toks[i].start) == b {
		return i
	}
	return -1
}

// outerReporter handles a quote inside an indirect report: `Roe said
// (that) Smith begged him for help and "would have done anything"`. When
// the clause holding the cue at k is the reported clause of an earlier
// speech verb of the sentence, and the cue does not itself introduce the
// quoted words, those words are what the reporter heard the outer speaker
// say: the outer verb's subject speaks. The cue introduces the words when
// the quote follows it directly (`Roe said Smith told her: "..."`) or when
// it frames a thing in them (`Roe said Smith described the deal as
// "..."`): those stay the inner speaker's. A participle after a comma that
// borrowed the reported clause's subject (`Roe said the board refused,
// calling it "..."`) belongs to the outer clause too.
func (d *analysis) outerReporter(k, ti, lo, hi int, inner speaker) (speaker, bool) {
	c, ok := d.cueAt(k)
	if !ok {
		return speaker{}, false
	}
	s := d.tokAtByte(inner.m0)
	if s < lo || s >= k {
		return speaker{}, false
	}
	borrowed := c.form == cueParticiple && d.isPunct(k-1, ",") && s < k-2
	if !borrowed && (c.frame == frameFraming && !d.callsFor(k) || d.introducesQuote(k, ti, c.addressee)) {
		return speaker{}, false
	}
	o := d.outerCue(s, lo)
	if o < 0 {
		return speaker{}, false
	}
	osp, ok := d.subjectOf(o, lo, hi, 0)
	if !ok || osp.m0 == inner.m0 {
		return speaker{}, false
	}
	osp.cue = d.lw(o)
	return osp, true
}

// introducesQuote reports whether the quote at ti follows the cue at k
// with nothing but punctuation, "that" or a pronoun addressee between:
// `told him: "..."`, `said that "..."`; a verb that takes an addressee
// may have any short one before a comma or colon: `told a court officer,
// "..."`.
func (d *analysis) introducesQuote(k, ti int, addressee bool) bool {
	if addressee && ti-k <= maxAddressee+1 && (d.isPunct(ti-1, ",") || d.isPunct(ti-1, ":")) {
		return true
	}
	for j := k + 1; j < ti; j++ {
		if d.toks[j].kind == tkPunct {
			continue
		}
		if !d.isWord(j) {
			return false
		}
		switch d.lw(j) {
		case "that", "him", "her", "them", "me", "us", "reporters", "for":
		default:
			return false
		}
	}
	return true
}

// outerCue returns the speech verb whose reported clause opens at token
// s (`Roe said [that] s...`, `Roe told reporters Monday that s...`), or
// -1.
func (d *analysis) outerCue(s, lo int) int {
	p := s - 1
	that := p >= lo && d.isWord(p) && d.lw(p) == "that"
	if that {
		p--
	}
	for gap := 0; p >= lo && d.isWord(p); gap++ {
		if c, ok := d.cueAt(p); ok {
			if c.frame != frameSpeech || c.link != "" {
				return -1
			}
			return p
		}
		if !that || gap >= maxOuterGap {
			return -1
		}
		p--
	}
	return -1
}

// framesAhead reports whether the cue frames only words that follow it: a
// framing participle (`..., calling it "a farce"`) names its object
// after itself, so a quote earlier in the sentence is none of its words:
// `tied the losses to "rogue" traders rather than labeling it fraud`.
func framesAhead(c cueInfo) bool {
	return c.frame == frameFraming && c.form == cueParticiple
}

// infinitiveAt reports whether the lower-case word at p follows "to":
// then it is a verb ("refused to answer questions"), never the noun
// subject of a verb-like word after it.
func (d *analysis) infinitiveAt(p int) bool {
	return d.isWord(p) && !d.has(p, fCap) && d.isWord(p-1) && d.lw(p-1) == "to"
}

// adverbOpener reports whether an opening phrase starts with an adverb
// and a preposition or subordinator: "Shortly after the vote,", "Soon
// before noon,". The capitalised adverb is then no name.
func (d *analysis) adverbOpener(a int) bool {
	return d.has(a, fAdverb) && d.isWord(a+1) && (isPrepWord(d.lw(a+1)) || d.has(a+1, fClause))
}

// participleObject reports whether the noun phrase starting at a is the
// object of a participle phrase that modifies the subject before it: in
// "A senior aide speaking to the Harbor Gazette said" the Harbor Gazette only
// hears; it returns the participle's index.
func (d *analysis) participleObject(a, lo int) (int, bool) {
	p := a - 1
	if !d.isWord(p) || !d.isWord(p-1) || p-1 <= lo {
		return 0, false
	}
	switch d.lw(p) {
	case "to", "with", "for":
	default:
		return 0, false
	}
	v := p - 1
	if d.has(v, fCap) || !strings.HasSuffix(d.lw(v), "ing") || !d.isWord(v-1) {
		return 0, false
	}
	return v, true
}

// prepObject reports whether the noun phrase starting at a is the object
// of a preposition ("answered on Facebook writing", "spoke in Leeds
// saying"): it then does not perform a participle after it.
func (d *analysis) prepObject(a int) bool {
	return d.isWord(a-1) && isPrepWord(d.lw(a-1))
}

// callsFor reports whether the framing verb at k is followed by "for" or
// "on": "called for a ban", "called on members to act" urge rather than
// name, so the verb reports words like a speech verb.
func (d *analysis) callsFor(k int) bool {
	if !d.isWord(k + 1) {
		return false
	}
	w := d.lw(k + 1)
	return w == "for" || w == "on"
}

// maxPlaceHolder bounds the noun phrase a place qualifies: "a retired
// teacher in Dover, Ohio,".
const maxPlaceHolder = 5

// placeHolder returns the noun phrase that a place ending at the comma m
// qualifies ("a voter in Dover, Ohio, said" gives "a voter"), when it
// opens its clause: it starts the sentence or follows a subordinator
// ("after a voter in Dover, Ohio, told him"); after a comma it is an
// appositive of the name before it ("Dean Roe, a farmer from Dover,
// Ohio, said"), whose name speaks. A participle
// before the place ("Roe, speaking in Columbus, Ohio,") or a preposition
// before the noun phrase ("spoke with a voter in Dover") gives none.
func (d *analysis) placeHolder(m, lo int) (int, int) {
	j := m - 1
	for j > lo && d.isWord(j) && d.has(j, fCap) && j > m-4 {
		j--
	}
	// j is the preposition before the place.
	a := j
	for a-1 >= lo && d.npWord(a-1, false) && j-(a-1) <= maxPlaceHolder {
		a--
	}
	if a == j || strings.HasSuffix(d.lw(j-1), "ing") {
		return 0, 0
	}
	if d.isPunct(a-1, ",") {
		// "Ann Roe, 67, a retiree in Dover, Ohio, said": an appositive;
		// the name before it speaks.
		return d.nameBeforeComma(a-1, lo)
	}
	if !isArticle(d.lw(a)) && d.lw(a) != "one" && !d.hasName(a, j) {
		return 0, 0
	}
	if a > lo && !(d.isWord(a-1) && d.has(a-1, fClause) && !placePrep(d.lw(a-1))) {
		return 0, 0
	}
	return d.trimNP(a, j)
}

// placePrep reports whether w is a preposition that only takes an object
// ("with a voter in Dover"), never a clause ("after a voter ... told").
func placePrep(w string) bool {
	switch w {
	case "in", "on", "at", "to", "from", "about", "via", "through", "with", "for", "of", "by":
		return true
	}
	return false
}

// relativeClauseSubject reports whether the verb at k has a subject of
// its own inside a relative clause: "the spending, which an audit said
// was "careless"". A quote after it is that clause's even when its
// subject names no speaker, so an earlier verb of the sentence must not
// claim it.
func (d *analysis) relativeClauseSubject(k, lo int) bool {
	if !d.relativeNear(k, lo) {
		return false // the common case, without a noun phrase search
	}
	a, b := d.leftNP(k, lo)
	if a >= b || !d.isWord(a-1) {
		return false
	}
	w := d.lw(a - 1)
	return w == "which" || w == "that" && d.isPunct(a-2, ",")
}

// ownedNoun returns the head of the thing a possessive owns when one
// word qualifies it: "Roe's Facebook post", "Roe's written statement";
// otherwise n itself.
func (d *analysis) ownedNoun(n int) int {
	if !d.isWord(n) || !d.isWord(n+1) || d.has(n, fClause) || d.has(n, fCue) && !d.has(n, fCap) {
		return n
	}
	if spokesWords[d.lw(n)] || !spokesWords[d.lw(n+1)] {
		return n
	}
	return n + 1
}

// maxRelativeReach bounds how far before a verb the relative pronoun of
// its clause may stand: "which the state's chief auditor said".
const maxRelativeReach = 8

// relativeNear reports whether "which" or "that" stands within
// maxRelativeReach words before k.
func (d *analysis) relativeNear(k, lo int) bool {
	for j := k - 1; j >= lo && j >= k-maxRelativeReach; j-- {
		if d.isWord(j) {
			if w := d.lw(j); w == "which" || w == "that" {
				return true
			}
		}
	}
	return false
}

// nameBeforeComma returns the noun phrase ending at the comma c when it
// holds a name, passing over an age or party tag between commas ("Ann
// Roe, 67,"); otherwise an empty span.
func (d *analysis) nameBeforeComma(c, lo int) (int, int) {
	for hop := 0; hop < 2; hop++ {
		x := c
		for x-1 >= lo && d.npWord(x-1, false) && c-(x-1) <= maxPlaceHolder {
			x--
		}
		if x == c {
			return 0, 0
		}
		if d.hasName(x, c) {
			return d.trimNP(x, c)
		}
		if !d.isTag(x, c) || !d.isPunct(x-1, ",") {
			return 0, 0
		}
		c = x - 1
	}
	return 0, 0
}

// statePlace reports whether the one-word mention m is the state or
// country after a town: "a nurse in Dover, Del., said", "from Leeds,
// England.". It stands after the town's comma and before punctuation, so
// a pronoun must never resolve to it.
func (d *analysis) statePlace(m mention) bool {
	if m.t1-m.t0 != 1 || m.t0 < 2 || !d.isPunct(m.t0-1, ",") || !d.placeBefore(m.t0-1) {
		return false
	}
	return m.t1 < len(d.toks) && d.toks[m.t1].kind == tkPunct
}
