package source

import (
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/quotecheck/quotecheck/align"
)

// rank orders the verdicts on a quote's words, the worst last.
var textRank = map[align.Verdict]int{
	align.Identical: 0, align.PunctuationOnly: 1, align.Fragment: 2, align.Ellipsis: 3,
	align.Trimmed: 4, align.WordsAdded: 5, align.WordingAltered: 6, align.Spliced: 7,
}

// classify reads the chain of anchors like an editor: what lies between
// two pieces, and at the ends of the quote, says how the quote was made.
func (q *query) classify() align.Verdict {
	worst := align.Identical
	note := func(v align.Verdict) {
		if textRank[v] > textRank[worst] {
			worst = v
		}
	}
	as := q.anchors
	if as[0].q0 > 0 {
		note(q.edge(as[0].q0, as[0].p0, -1))
	}
	if last := as[len(as)-1]; last.q1 < len(q.words) {
		note(q.edge(len(q.words)-last.q1, last.p1(), +1))
	}
	for k := 0; k+1 < len(as); k++ {
		a, b := as[k], as[k+1]
		u, g := b.q0-a.q1, b.p0-a.p1()
		sameSpeaker := q.speakerAt(a.p0) == q.speakerAt(b.p0)
		switch {
		case u == 0 && g == 0:
			// contiguous: an editorial bracket replaced nothing
		case g < 0 || !sameSpeaker:
			note(align.Spliced)
		case u == 0 && q.ix.repeats(a.p1(), g):
			// a false start or stutter ("we, we will") left out
		case q.ellipsisBetween(a, b):
			note(align.Ellipsis)
			if u > 0 {
				note(align.WordsAdded)
			}
		case !q.near(a, b):
			note(align.Spliced)
		case u == 0 && g > 0:
			note(align.Trimmed)
		case u > 0 && g == 0:
			note(align.WordsAdded)
		case u > 0 && g > 0:
			note(align.WordingAltered)
		}
	}
	if worst != align.Identical {
		return worst
	}
	// Word for word: a whole sentence or more is identical (or differs in
	// punctuation); less is a fragment.
	f, l := int(q.ix.pos[as[0].p0]), int(q.ix.pos[as[len(as)-1].p1()-1])+1
	if !q.ix.sentenceStart(f) || !q.ix.sentenceEnd(l) {
		return align.Fragment
	}
	return align.Identical
}

func (q *query) speakerAt(p int) int {
	return q.ix.src.Turns[q.ix.turnAt(p)].Speaker
}

// edge reads u quote words before (dir -1) or after (dir +1) source word
// p that the source does not have there. When the source has words in
// their place in the same turn and one looks like a quote word (a changed
// ending, a different tense), the quote changed them; else it added them.
func (q *query) edge(u, p, dir int) align.Verdict {
	ix := q.ix
	var quoteSide []quoteWord
	var sourceSide []*Word
	if dir < 0 {
		quoteSide = q.words[:u]
		for k := p - 1; k >= 0 && k >= p-u-2 && ix.turnAt(k) == ix.turnAt(p); k-- {
			sourceSide = append(sourceSide, ix.word(k))
		}
	} else {
		quoteSide = q.words[len(q.words)-u:]
		for k := p; k < len(ix.ids) && k < p+u+2 && ix.turnAt(k) == ix.turnAt(p-1); k++ {
			sourceSide = append(sourceSide, ix.word(k))
		}
	}
	if len(sourceSide) == 0 {
		return align.WordsAdded
	}
	for _, qw := range quoteSide {
		for _, sw := range sourceSide {
			if similar(qw.norm, sw.Norm) {
				return align.WordingAltered
			}
		}
	}
	return align.WordsAdded
}

// similar reports whether two words share at least half their letters in
// order, as align counts a substitution.
func similar(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := len([]rune(a)), len([]rune(b))
	long := max(la, lb)
	if min(la, lb) < 3 || 2*min(la, lb) < long {
		return false
	}
	return 1-float64(levenshtein.ComputeDistance(a, b))/float64(long) >= 0.5
}

// describe fills in where the quote was said and how it differs.
func (q *query) describe(m *Match, text string) {
	ix := q.ix
	var passages []string
	for k := 0; k < len(q.anchors); {
		// consecutive anchors near each other are one piece of the record
		a := q.anchors[k]
		f, l := a.p0, a.p1()
		k++
		for k < len(q.anchors) && q.near(q.anchors[k-1], q.anchors[k]) && !q.ellipsisBetween(q.anchors[k-1], q.anchors[k]) {
			l = q.anchors[k].p1()
			k++
		}
		f, l = int(ix.pos[f]), int(ix.pos[l-1])+1
		w := ix.src.Words[f]
		pc := Piece{First: f, Last: l, Start: w.Start, End: ix.src.Words[l-1].End, Line: w.Line}
		if sp := ix.src.SpeakerOf(f); sp != nil {
			pc.Speaker = sp.Name
		}
		if w.Cue >= 0 {
			c := ix.src.Cues[w.Cue]
			pc.Cue = &c
		}
		m.Pieces = append(m.Pieces, pc)
		passages = append(passages, ix.passage(f, l))
	}
	m.Passage = strings.Join(passages, " … ")
	if sp := q.mainSpeaker(); sp >= 0 {
		m.Speaker = ix.src.Speakers[sp].Name
	}
	m.Diff = align.Diff(m.Passage, text)
	if m.TextVerdict == align.Identical && !samePunctuation(m.Passage, text) {
		m.TextVerdict = align.PunctuationOnly
		if m.Verdict == align.Identical {
			m.Verdict = align.PunctuationOnly
		}
	}
}

// samePunctuation compares a passage with a quote as written, ignoring
// spacing and the punctuation that closes the quote (a reporter turns a
// full stop into a comma before "she said").
func samePunctuation(a, b string) bool {
	trim := func(s string) string {
		return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".,;:!?…")
	}
	return trim(a) == trim(b)
}

// repeats reports whether the g indexed words from p repeat the words
// just before or just after them: a speaker's false start or stutter,
// which a reporter leaves out as freely as an "um".
func (ix *Index) repeats(p, g int) bool {
	if g == 0 || g > 4 {
		return false
	}
	same := func(from int) bool {
		if from < 0 || from+g > len(ix.ids) {
			return false
		}
		for k := range g {
			if ix.ids[from+k] != ix.ids[p+k] {
				return false
			}
		}
		return true
	}
	return same(p-g) || same(p+g)
}
