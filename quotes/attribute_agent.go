package quotes

// Agent frame (issue 9, pattern 3): a claim or a document whose author
// follows "by", and whose content follows "that": `a report by the
// Courier that she "invented" the story`, `the suggestion by Roe that
// someone "ought to look into" it`. The quoted words are the author's,
// however short: the classifier types them scare (no reporting verb), and
// a claim noun alone has no possessor to credit.

// maxAgentWords bounds the author's noun phrase between "by" and "that".
const maxAgentWords = 8

// agentFrame names the author of the claim or document noun whose
// "by ... that" frame holds the quote at token ti. The frame runs without
// punctuation from the noun to the quote, and the sentence has no
// reporting verb of its own: `Roe denied a report by the Courier that
// ...` is left to the rules of "denied".
func (d *analysis) agentFrame(ti int) (speaker, bool) {
	lo, hi := d.sentOf(ti)
	link := -1
	for k := ti - 1; k >= lo && k >= ti-1-maxClaimThatGap; k-- {
		if !d.isWord(k) {
			return speaker{}, false // a comma or another quote ends the frame
		}
		if d.lw(k) == "that" {
			link = k
			break
		}
	}
	if link < 0 {
		return speaker{}, false
	}
	by := -1
	for k := link - 1; k > lo && k >= link-1-maxAgentWords; k-- {
		if !d.isWord(k) {
			return speaker{}, false
		}
		if d.lw(k) == "by" {
			by = k
			break
		}
	}
	if by < 0 || by+1 >= link {
		return speaker{}, false
	}
	noun := d.lw(by - 1)
	if d.has(by-1, fCap) || !claimNouns[noun] && !spokesWords[noun] {
		return speaker{}, false // "was sued by Roe that": no claim, no document
	}
	if d.rightNP(by+1, link) != link || !d.standsFree(by-1, lo) || d.reportsElsewhere(lo, hi, by-1, ti) {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(by+1, link)
	if !ok {
		return speaker{}, false
	}
	sp.cue = noun
	return sp, true
}

// maxAgentMods bounds the words between the claim noun and its article:
// "a lengthy new report".
const maxAgentMods = 3

// standsFree reports whether the claim noun at n heads a noun phrase that
// is no verb's object: its article opens the sentence or follows a be
// form, a preposition or punctuation (`It was a report by ...`, `for the
// suggestion by ...`). `Roe mocked a statement by Smith that ...` reports
// Roe's view of the claim, which the rules of a verb no list holds cannot
// credit; the author is then left alone.
func (d *analysis) standsFree(n, lo int) bool {
	for k := n - 1; k >= lo && k >= n-1-maxAgentMods; k-- {
		if !d.isWord(k) {
			return false
		}
		if !isArticle(d.lw(k)) {
			continue
		}
		p := k - 1
		for p >= lo && d.isPara(p) {
			p--
		}
		if p < lo || !d.isWord(p) {
			return true
		}
		w := d.lw(p)
		return beForms[w] || isPrepWord(w) || w == "for" || w == "of" || w == "by" || w == "with"
	}
	return false
}
