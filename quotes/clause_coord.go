package quotes

import "strings"

// irregularPast holds past forms with no -ed ending: "Roe thought ... and
// said", "a 2019 audit found".
var irregularPast = wordSet("irregular_past.txt")

// maxCoordReach bounds how far left of "and" the subject of the first of
// two coordinated verbs may stand: "Roe thought for a moment and said".
const maxCoordReach = 16

// coordSubject finds the subject of a reporting verb at v that is the
// second of two coordinated verbs, with adverbs allowed before it: `Roe
// thought for a moment and said`, `... when she brought up the flood and
// later said`. The subject is the name or pronoun nearest before "and"
// that stands right before a verb of its own; a comma, a quote or a
// relative word on the way ends the clause and the search.
func (d *analysis) coordSubject(v, lo int) (speaker, bool) {
	p := v - 1
	for p >= lo && d.isWord(p) && d.has(p, fAdverb) {
		p--
	}
	if p < lo || !d.isWord(p) || d.lw(p) != "and" {
		return speaker{}, false
	}
	for k := p - 1; k >= lo && k >= p-maxCoordReach; k-- {
		if !d.isWord(k) || d.toks[k].kind == tkQuote {
			return speaker{}, false // a comma, a dash, a quote: another clause
		}
		w := d.lw(k)
		if w == "who" {
			// "Roe praised Fenn, who paused and said": the relative's
			// antecedent, not the sentence's subject.
			m, ok := d.relativeAntecedent(k)
			if !ok {
				return speaker{stop: true}, false
			}
			sp := d.fromMention(m)
			sp.m0, sp.m1 = int(d.toks[k].start), int(d.toks[k].end)
			return sp, true
		}
		if relativeWord(w) && w != "when" && w != "as" || w == "that" || conjunction(w) {
			return speaker{}, false
		}
		if !d.isWord(k+1) || d.has(k+1, fCap) || !d.verbAfterSubject(k+1) {
			continue
		}
		switch w {
		case "he", "she", "they":
			return d.classifyNP(k, k+1)
		}
		for _, m := range d.mentionsIn(max(lo, k-maxTag), k+1) {
			if m.t1 == k+1 && m.ent >= 0 {
				return d.fromMention(m), true
			}
		}
	}
	return speaker{}, false
}

// verbAfterSubject reports whether the word at k may be the finite verb
// right after a subject: a word in -ed or -s, or an irregular past form
// news writing uses for what people did before they spoke.
func (d *analysis) verbAfterSubject(k int) bool {
	w := d.lw(k)
	if isPrepWord(w) || clauseWords[w] || len(w) < 3 {
		return false
	}
	if _, ok := d.cueAt(k); ok {
		return true
	}
	if irregularPast[w] {
		return true
	}
	return strings.HasSuffix(w, "ed") || sForm(w)
}
