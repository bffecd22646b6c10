package source

import (
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// anchor is a run of quote words found verbatim in the source.
type anchor struct {
	q0, q1 int  // quote word range
	p0     int  // first source word; the run ends at p0 + q1 - q0
	strong bool // placed with confidence: long, or a phrase said once
}

func (a anchor) p1() int { return a.p0 + a.q1 - a.q0 }

// query is one quote being matched.
type query struct {
	ix      *Index
	words   []quoteWord
	ids     []int32 // word IDs; -1 for words the source never uses
	prefer  []bool  // per source speaker: the credited speaker
	anchors []anchor
}

// Match reads a quote against the source. credited is the speaker the
// article gives, "" when unknown; it breaks ties between places the words
// occur and decides speaker-differs and not-in-source.
func (ix *Index) Match(text, credited string) Match {
	qw := quoteWords(text)
	m := Match{Words: len(qw)}
	if len(qw) == 0 {
		return m
	}
	q := &query{ix: ix, words: qw, ids: make([]int32, len(qw))}
	for i, w := range qw {
		id, ok := ix.vocab[w.norm]
		if !ok {
			id = -1
		}
		q.ids[i] = id
	}
	creditedSpeaks := false
	if credited != "" {
		q.prefer = make([]bool, len(ix.src.Speakers))
		for i := range ix.src.Speakers {
			q.prefer[i] = ix.src.Speakers[i].Is(credited)
			creditedSpeaks = creditedSpeaks || q.prefer[i]
		}
	}
	q.findAnchors()
	q.prune()
	q.rebalance()
	for _, a := range q.anchors {
		m.Matched += a.q1 - a.q0
	}
	if !q.located() {
		m.Matched = 0
		if creditedSpeaks && len(qw) >= ix.opts.MinWords {
			m.Verdict, m.TextVerdict = align.NotInSource, align.NotInSource
		}
		return m
	}
	m.TextVerdict = q.classify()
	m.Verdict = m.TextVerdict
	q.describe(&m, text)
	if credited != "" && len(qw) >= ix.opts.MinWords {
		// Words said by a speaker the record names only by a role ("Q",
		// "MODERATOR") may be the credited person's, unless the credited
		// person speaks in the record under their own name.
		if sp := q.mainSpeaker(); sp >= 0 && !q.prefer[sp] && (creditedSpeaks || !ix.src.Speakers[sp].RoleOnly()) {
			m.Verdict = align.SpeakerDiffers
		}
	}
	return m
}

// findAnchors chains runs of quote words found verbatim, left to right. At
// each word it prefers a run that continues near the previous one (the
// quote goes on where it was), then a longer run, then one spoken by the
// credited speaker. Runs never cross an ellipsis.
func (q *query) findAnchors() {
	ix, n := q.ix, len(q.words)
	prevEnd := -1
	for i := 0; i < n; {
		id := q.ids[i]
		if id < 0 {
			i++
			continue
		}
		pieceEnd := i
		for pieceEnd < n && q.words[pieceEnd].piece == q.words[i].piece {
			pieceEnd++
		}
		type cand struct {
			p, l, score int
			local       bool
		}
		best := cand{p: -1}
		rareWord := len(ix.post[id]) <= 2
		try := func(p int, local bool) {
			l := ix.runLength(q, i, p, pieceEnd)
			whole := i+l == pieceEnd && l == pieceEnd-i
			ok := l >= 3 || whole && l >= 2 || n == l || rareWord && l >= 2 ||
				local && (l >= 2 || !ix.frequent(id) || i+l == pieceEnd)
			if !ok {
				return
			}
			score := 4 * l
			if local {
				score += 6
			}
			if q.prefers(p) {
				score += 2
			}
			if score > best.score || score == best.score && best.p >= 0 && dist(p, prevEnd) < dist(best.p, prevEnd) {
				best = cand{p, l, score, local}
			}
		}
		if prevEnd >= 0 {
			ix.steps += ix.opts.MaxGap
			for p := prevEnd; p < min(prevEnd+ix.opts.MaxGap, len(ix.ids)); p++ {
				if ix.ids[p] == id {
					try(p, true)
				}
			}
		}
		switch {
		case i+2 < pieceEnd && q.ids[i+1] >= 0 && q.ids[i+2] >= 0:
			if ps := ix.tri[triKey(id, q.ids[i+1], q.ids[i+2])]; len(ps) <= ix.opts.MaxPosting {
				for _, p := range ps {
					try(int(p), false)
				}
			}
		case len(ix.post[id]) <= ix.opts.MaxPosting:
			for _, p := range ix.post[id] {
				try(int(p), false)
			}
		}
		if best.p < 0 && len(ix.post[id]) <= 2 {
			// a word said once or twice, whose trigram is not in the
			// source (the next word was changed): it places the quote
			// when the word after it agrees too
			for _, p := range ix.post[id] {
				if l := ix.runLength(q, i, int(p), pieceEnd); l >= 2 {
					try(int(p), false)
				}
			}
		}
		if best.p < 0 {
			i++
			continue
		}
		a := anchor{q0: i, q1: i + best.l, p0: best.p}
		a.strong = best.l >= 5 || q.placedOnce(a)
		q.anchors = append(q.anchors, a)
		prevEnd = best.p + best.l
		i += best.l
	}
}

// runLength is how many quote words from i, within the piece, the source
// has from index position p.
func (ix *Index) runLength(q *query, i, p, pieceEnd int) int {
	l := 0
	for i+l < pieceEnd && p+l < len(ix.ids) && q.ids[i+l] == ix.ids[p+l] {
		l++
	}
	ix.steps += l + 1
	return l
}

func dist(p, prevEnd int) int {
	if prevEnd < 0 {
		return p
	}
	if p >= prevEnd {
		return p - prevEnd
	}
	return 1<<30 + prevEnd - p
}

// prefers reports whether source word p is the credited speaker's.
func (q *query) prefers(p int) bool {
	sp := q.ix.src.Turns[q.ix.turnAt(p)].Speaker
	return sp >= 0 && q.prefer != nil && q.prefer[sp]
}

// placedOnce reports whether an anchor's words occur in one place only, or
// hold a word the source rarely uses.
func (q *query) placedOnce(a anchor) bool {
	ix := q.ix
	if a.q1-a.q0 >= 3 && len(ix.tri[triKey(q.ids[a.q0], q.ids[a.q0+1], q.ids[a.q0+2])]) == 1 {
		return true
	}
	for k := a.q0; k < a.q1; k++ {
		if len(ix.post[q.ids[k]]) <= 2 {
			return true
		}
	}
	return false
}

// near reports whether anchor b goes on from anchor a in the same turn,
// within MaxGap words.
func (q *query) near(a, b anchor) bool {
	g := b.p0 - a.p1()
	return g >= 0 && g <= q.ix.opts.MaxGap && q.ix.turnAt(a.p1()-1) == q.ix.turnAt(b.p0)
}

// ellipsisBetween reports whether the quote marks a cut between a and b.
func (q *query) ellipsisBetween(a, b anchor) bool {
	return q.words[a.q1-1].piece != q.words[b.q0].piece
}

// prune drops a weak anchor (a common phrase placed by chance) that would
// make the quote jump through the source where the quote marks no cut:
// a splice must rest on two pieces each placed with confidence.
func (q *query) prune() {
	for changed := true; changed; {
		changed = false
		for k := 0; k+1 < len(q.anchors); k++ {
			a, b := q.anchors[k], q.anchors[k+1]
			if q.near(a, b) || q.ellipsisBetween(a, b) && b.p0 >= a.p1() {
				continue
			}
			drop := -1
			switch {
			case !a.strong && (b.strong || a.q1-a.q0 <= b.q1-b.q0):
				drop = k
			case !b.strong:
				drop = k + 1
			}
			if drop >= 0 {
				q.anchors = append(q.anchors[:drop], q.anchors[drop+1:]...)
				changed = true
				break
			}
		}
	}
}

// rebalance moves words at the seam of two pieces that do not go on from
// each other to the later piece when the source has them there too:
// "otherwise. We still have work" was said as "otherwise. We have built"
// and later "We still have work", and the quote's "We" belongs to the
// sentence it opens.
func (q *query) rebalance() {
	ix := q.ix
	for k := 0; k+1 < len(q.anchors); k++ {
		a, b := &q.anchors[k], &q.anchors[k+1]
		if q.near(*a, *b) {
			continue
		}
		for a.q1-a.q0 > 1 && b.p0 > 0 && q.words[a.q1-1].piece == q.words[b.q0].piece &&
			ix.ids[b.p0-1] == q.ids[a.q1-1] && ix.turnAt(b.p0-1) == ix.turnAt(b.p0) {
			a.q1--
			b.q0--
			b.p0--
		}
	}
}

// located reports whether enough of the quote was found, in runs placed
// with confidence, to say where it was said.
func (q *query) located() bool {
	n := len(q.words)
	matched, strong := 0, false
	for _, a := range q.anchors {
		matched += a.q1 - a.q0
		strong = strong || a.strong || a.q1-a.q0 == n
	}
	if n < q.ix.opts.MinWords {
		return len(q.anchors) == 1 && matched == n
	}
	return strong && float64(matched) >= q.ix.opts.MinCoverage*float64(n)
}

// mainSpeaker is the speaker of most of the matched words; -1 when nobody
// is named.
func (q *query) mainSpeaker() int {
	counts := map[int]int{}
	best, bestN := -1, 0
	for _, a := range q.anchors {
		for p := a.p0; p < a.p1(); p++ {
			sp := q.ix.src.Turns[q.ix.turnAt(p)].Speaker
			counts[sp]++
			if counts[sp] > bestN || counts[sp] == bestN && sp < best {
				best, bestN = sp, counts[sp]
			}
		}
	}
	return best
}

// passage writes source words [f, l) with the punctuation between them,
// leaving out what is not speech (labels, stage directions, cue timings).
func (ix *Index) passage(f, l int) string {
	w := ix.src.Words
	var sb strings.Builder
	for k := f; k < l; k++ {
		if k > f {
			sb.WriteString(ix.separator(k-1, k))
		}
		sb.WriteString(w[k].Text)
	}
	// the punctuation that ends the passage
	end := w[l-1].End
	rest := ix.src.Text[end:min(len(ix.src.Text), end+3)]
	for _, r := range rest {
		if !strings.ContainsRune(".,;:!?", r) {
			break
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// separator is what stands between two words in a passage: the source's
// own text when it is plain, else its punctuation and a space.
func (ix *Index) separator(a, b int) string {
	raw := ix.src.Text[ix.src.Words[a].End:ix.src.Words[b].Start]
	if raw == " " || raw == "-" || raw == "—" || raw == "–" {
		return raw
	}
	cut := raw
	if k := strings.IndexAny(cut, "\n([<{"); k >= 0 {
		cut = cut[:k]
	}
	cut = strings.TrimSpace(cut)
	if cut == "" {
		return " "
	}
	return cut + " "
}

// sentenceStart reports whether source word f opens a sentence or a turn.
// Fillers and a false start before it ("Um, we -- we have") do not count:
// a quote that leaves them out still starts the sentence.
func (ix *Index) sentenceStart(f int) bool {
	w := ix.src.Words
	k := f - 1
	for n := 4; n >= 1; n-- {
		if ix.restarts(f-n, f, n) {
			k = f - n - 1
			break
		}
	}
	for ; k >= 0 && w[k].Turn == w[f].Turn; k-- {
		if endsSentence(ix.src.Text[w[k].End:w[k+1].Start]) {
			return true
		}
		if !fillers[w[k].Norm] {
			return false
		}
	}
	return true
}

// restarts reports whether the n words from a repeat the n words from b,
// broken off with a dash.
func (ix *Index) restarts(a, b, n int) bool {
	w := ix.src.Words
	if a < 0 || b+n > len(w) || b < 1 || !brokenOff(ix.src.Text[w[b-1].End:w[b].Start]) {
		return false
	}
	for k := range n {
		if w[a+k].Norm != w[b+k].Norm || w[a+k].Turn != w[b+k].Turn {
			return false
		}
	}
	return true
}

// sentenceEnd reports whether source word l-1 closes a sentence or a turn;
// fillers after it do not count.
func (ix *Index) sentenceEnd(l int) bool {
	w := ix.src.Words
	for n := 4; n >= 1; n-- {
		if ix.restarts(l-n, l, n) {
			// "the plan -- the plan.": the quote ends on the first saying
			l += n
			break
		}
	}
	for k := l; k < len(w) && w[k].Turn == w[l-1].Turn; k++ {
		if endsSentence(ix.src.Text[w[k-1].End:w[k].Start]) {
			return true
		}
		if !fillers[w[k].Norm] {
			return false
		}
	}
	return true
}

// endsSentence reports whether the text between two words closes a
// sentence; only its first line counts, since what follows a line break in
// captions is a cue number and timing.
func endsSentence(between string) bool {
	if k := strings.IndexByte(between, '\n'); k >= 0 {
		between = between[:k]
	}
	return strings.ContainsAny(between, ".?!")
}
