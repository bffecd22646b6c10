package quotes

import "sort"

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
	if !borrowed && (c.frame == frameFraming || d.introducesQuote(k, ti, c.addressee)) {
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
		case "that", "him", "her", "them", "me", "us", "reporters":
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
