package align

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/identity"
)

// unit is the quotes with the same normalised words and the same speaker:
// identical copies, which are compared once however many articles carry
// them.
type unit struct {
	rep     int   // index into qs of its first quote
	members []int // indexes into qs, in article then document order
	arts    int   // how many articles carry it
	art     int   // the article of its first quote
	outlets int   // how many outlets carry it
	// words and ctx are the distinct content words of its text and of the
	// sentence around its first quote, as interned IDs, rarest first.
	words, ctx []int32
}

// edge says that two units are versions of one utterance.
type edge struct {
	to    int32
	score float64
}

// attachment is where a unit sits in its core: the stretch [start, end)
// of the core's words it stands for.
type attachment struct {
	core       int // unit index of the core; the unit itself for a core
	start, end int
	whole      bool // a full version of the core, not a part of it
	direct     bool // matched with the core itself, not through another unit
}

// buildUnits groups the quotes into units, in order of first quote.
func buildUnits(qs []*qinfo, arts []ArticleQuotes) []unit {
	var us []unit
	byKey := map[string]int{}
	outletSeen := map[[2]int]bool{} // (unit, outlet index)
	outletIx := map[string]int{}
	var key []byte
	for i, q := range qs {
		key = textKey(key[:0], q.toks)
		key = append(key, 0)
		key = append(key, q.speaker...)
		if isTerm(q) {
			key = append(key, 0, 't')
		}
		k, ok := byKey[string(key)]
		if !ok {
			k = len(us)
			byKey[string(key)] = k
			us = append(us, unit{rep: i, art: q.art})
		}
		u := &us[k]
		if n := len(u.members); n == 0 || qs[u.members[n-1]].art != q.art {
			u.arts++
			name := outletName(&arts[q.art])
			o, ok := outletIx[name]
			if !ok {
				o = len(outletIx)
				outletIx[name] = o
			}
			if !outletSeen[[2]int{k, o}] {
				outletSeen[[2]int{k, o}] = true
				u.outlets++
			}
		}
		u.members = append(u.members, i)
	}
	return us
}

// distinctContent returns the distinct content word IDs of toks.
func distinctContent(toks ...[]token) []int32 {
	var out []int32
	for _, ts := range toks {
		for _, t := range ts {
			if !t.Stop && !slices.Contains(out, t.ID) {
				out = append(out, t.ID)
			}
		}
	}
	return out
}

// textThreshold is how many distinct content words a unit must share with
// a version at least as long for sameUtterance to accept the two on their
// words. With every function word matched, a share cover of the shorter
// version's weight takes cover*c - (1-cover)*f/4 content words (c content
// words, f function words); sameUtterance asks for at least 0.4, or more
// for two speakers that differ. nearMargin leaves room for near
// spellings, which are not shared words.
func textThreshold(q *qinfo, cover float64) int { return threshold(q, cover, nearMargin) }

// textThresholdStrict is textThreshold without the margin for near
// spellings.
func textThresholdStrict(q *qinfo, cover float64) int { return threshold(q, cover, 0) }

func threshold(q *qinfo, cover, margin float64) int {
	if q.content <= 1 {
		return 1
	}
	f := float64(len(q.toks) - q.content)
	e := max(2, int(math.Ceil(cover*float64(q.content)-(1-cover)*f/4-margin-1e-9)))
	// Those are words counted with repeats; shared words are counted
	// once, so a quote with fewer distinct content words needs them all.
	// (A pair whose matched words repeat a few distinct ones more than
	// that allows is not proposed; versions of one utterance share more.)
	if q.mult != nil {
		e = min(e, len(q.mult))
	}
	return max(1, e)
}

// nearMargin is the cover, in content words, that near spellings
// (tariff/tariffs) may add without being shared words.
const nearMargin = 0.5

// covers are the shares of the shorter version's words sameUtterance
// asks: MinCoverage with the words around it, MinCoverageOtherSpeaker
// alone, for versions given to two speakers.
type covers struct{ same, other float64 }

// minWordCover is the least share of its weight sameUtterance accepts a
// shorter version to cover in a longer one.
const minWordCover = 0.4

// contextThreshold is how many distinct context words two quotes must
// share for the sentence around them to make them one utterance: the
// least sameUtterance accepts, and only for speakers that may be one.
const contextThreshold = 2

// enough reports whether two units that share so many words of their text
// and of their context are worth comparing: the necessary conditions of
// sameUtterance that counting can check.
func enough(a, b *qinfo, sharedText, sharedCtx int, cov covers) bool {
	return enoughRel(a, b, speakerRelation(a.speaker, b.speaker), sharedText, sharedCtx, cov)
}

// enoughRel is enough with the speakers' relation given.
func enoughRel(a, b *qinfo, rel, sharedText, sharedCtx int, cov covers) bool {
	s, l := a, b
	if len(b.toks) < len(a.toks) {
		s, l = b, a
	}
	if rel >= 0 && sharedCtx >= contextThreshold {
		return true
	}
	if len(a.toks) == len(b.toks) {
		// Either may be taken as the shorter.
		return sharedText >= min(wordsNeeded(s, l, rel, sharedText, cov), wordsNeeded(l, s, rel, sharedText, cov))
	}
	return sharedText >= wordsNeeded(s, l, rel, sharedText, cov)
}

// wordsNeeded is how many content words the shorter version s must share
// with l for sameUtterance to accept them on their words.
func wordsNeeded(s, l *qinfo, rel, shared int, cov covers) int {
	switch {
	case s.content == 1:
		// One word: with the same speaker, or a word quoted alone on
		// both sides, or when the words next to it are in l too.
		if rel > 0 || rel == 0 && l.content == 1 || shared >= 1 && neighboursIn(s, l) >= 2 {
			return 1
		}
		return 2
	case s.content <= 3 && rel > 0:
		// a short quote of the same speaker that keeps half its words
		return 1
	case rel < 0:
		// Two speakers: nearly word for word, or the words around the
		// shorter in the longer too.
		if lo := withNear(s, l, shared, cov.same); shared >= lo && neighboursIn(s, l) >= 2 {
			return lo
		}
		return withNear(s, l, shared, cov.other)
	}
	return withNear(s, l, shared, minWordCover)
}

// withNear is textThreshold, less the margin for near spellings only when
// s has a word that l holds in a near spelling: one shared word short is
// then enough.
func withNear(s, l *qinfo, shared int, cover float64) int {
	loose := textThreshold(s, cover)
	strict := textThresholdStrict(s, cover)
	if shared >= strict || shared < loose {
		return min(loose, strict)
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.Stop || slices.ContainsFunc(l.toks, func(x token) bool { return x.Norm == t.Norm }) {
			continue
		}
		for j := range l.toks {
			// wordSimilarity, not the cache: candidates runs on several
			// goroutines.
			if !l.toks[j].Stop && wordSimilarity(t, &l.toks[j]) >= 0.75 {
				return loose
			}
		}
	}
	return strict
}

// neighboursIn counts the content words next to s, in its sentence, that
// l holds: an upper bound of extendedSupport.
func neighboursIn(s, l *qinfo) int {
	const reach = 3
	n := 0
	for _, side := range [][]token{s.left[max(0, len(s.left)-reach):], s.right[:min(len(s.right), reach)]} {
		for _, t := range side {
			if !t.Stop && slices.ContainsFunc(l.toks, func(x token) bool { return x.ID == t.ID && x.Norm == t.Norm }) {
				n++
			}
		}
	}
	return n
}

// candidates lists the pairs of units worth comparing, each once, in a
// deterministic order. It uses prefix filtering: two word sets that share
// at least t words share one among the |x|-t+1 rarest words of x. So each
// unit looks up only its rarest words, in an index of every word of every
// unit; a word common to thousands of units is looked up only by units
// that have too few rarer words, and no word or partner is ever skipped
// for being common. Every candidate is then checked to share enough words.
func candidates(us []unit, qs []*qinfo, vocab int, cov covers) [][2]int32 {
	text := map[int32][]int32{}
	ctx := map[int32][]int32{}
	// The context of a unit matters only with a speaker that may be the
	// same (sameUtterance), and two such speakers share a word of their
	// names unless one is unknown (speakerRelation): so contexts are also
	// indexed by speaker name word, and a unit with no usable name is
	// indexed apart and looks everywhere.
	parts := make([][]int32, len(us))
	partID := map[string]int32{}
	byPart := map[uint64][]int32{} // name word << 32 | context word
	wild := map[int32][]int32{}
	for k := range us {
		for _, w := range us[k].words {
			text[w] = append(text[w], int32(k))
		}
		parts[k] = speakerParts(qs[us[k].rep].speaker, partID)
		for _, w := range us[k].ctx {
			ctx[w] = append(ctx[w], int32(k))
			if parts[k] == nil {
				wild[w] = append(wild[w], int32(k))
			}
			for _, pt := range parts[k] {
				key := uint64(uint32(pt))<<32 | uint64(uint32(w))
				byPart[key] = append(byPart[key], int32(k))
			}
		}
	}
	rarest := func(ws []int32, post map[int32][]int32) {
		slices.SortFunc(ws, func(a, b int32) int {
			return cmp.Or(cmp.Compare(len(post[a]), len(post[b])), cmp.Compare(a, b))
		})
	}
	for k := range us {
		rarest(us[k].words, text)
		rarest(us[k].ctx, ctx)
	}
	// A unit looks for partners at least as long: text postings run from
	// the longest unit down, so the walk stops at the first shorter one.
	lens := make([]int32, len(us))
	for k := range us {
		lens[k] = int32(len(qs[us[k].rep].toks))
	}
	for _, post := range text {
		slices.SortFunc(post, func(a, b int32) int { return cmp.Or(-cmp.Compare(lens[a], lens[b]), cmp.Compare(a, b)) })
	}
	// speakerRelation splits names on every call: remember it per pair
	// of speakers.
	spk := map[string]int32{}
	spkOf := make([]int32, len(us))
	for k := range us {
		sp := qs[us[k].rep].speaker
		id, ok := spk[sp]
		if !ok {
			id = int32(len(spk))
			spk[sp] = id
		}
		spkOf[k] = id
	}
	relationIn := func(relMemo map[uint64]int8, p, q int) int {
		switch a, b := qs[us[p].rep].speaker, qs[us[q].rep].speaker; {
		case a == "" || b == "":
			return 0
		case a == b:
			return 1
		}
		key := uint64(uint32(spkOf[p]))<<32 | uint64(uint32(spkOf[q]))
		r, ok := relMemo[key]
		if !ok {
			r = int8(speakerRelation(qs[us[p].rep].speaker, qs[us[q].rep].speaker))
			relMemo[key] = r
		}
		return int(r)
	}
	// Each unit's lookups are independent: workers share the index, read
	// only, and keep their own marks; the pairs are sorted at the end, so
	// the result does not depend on the schedule.
	type scratch struct {
		stampW, stampC []int32 // word -> unit+1 whose words are marked
		seenT, seenC   []int32 // unit -> prober+1 that already looked at it
		relMemo        map[uint64]int8
		pairs          [][2]int32
	}
	probe := func(p int, st *scratch) {
		stampW, stampC, seenT, seenC := st.stampW, st.stampC, st.seenT, st.seenC
		relation := func(p, q int) int { return relationIn(st.relMemo, p, q) }
		up := &us[p]
		sp := qs[up.rep]
		for _, w := range up.words {
			stampW[w] = int32(p + 1)
		}
		for _, w := range up.ctx {
			stampC[w] = int32(p + 1)
		}
		// By words: from the shorter unit (or either of two as long).
		// The fewest words any partner needs: a short quote of the same
		// speaker needs one.
		t := probeThreshold(sp)
		if n := len(up.words) - t + 1; n > 0 {
			for _, w := range up.words[:n] {
				for _, q := range text[w] {
					lq := lens[q]
					if lq < lens[p] {
						break
					}
					if int(q) == p || seenT[q] == int32(p+1) {
						continue
					}
					if lq == lens[p] && int(q) < p && probeThreshold(qs[us[q].rep]) <= t {
						continue
					}
					seenT[q] = int32(p + 1)
					shared := 0
					for _, x := range us[q].words {
						if stampW[x] == int32(p+1) {
							shared++
						}
					}
					if shared >= t && enoughRel(sp, qs[us[q].rep], relation(p, int(q)), shared, sharedCount(us[q].ctx, stampC, p), cov) {
						st.pairs = append(st.pairs, pairOf(p, int(q)))
					}
				}
			}
		}
		// By the sentence around them: each pair from the unit with the
		// lower index, in either's rarest words.
		if n := len(up.ctx) - contextThreshold + 1; n > 0 {
			var lists [][]int32
			for _, w := range up.ctx[:n] {
				lists = lists[:0]
				if parts[p] == nil {
					lists = append(lists, ctx[w])
				} else {
					lists = append(lists, wild[w])
					for _, pt := range parts[p] {
						lists = append(lists, byPart[uint64(uint32(pt))<<32|uint64(uint32(w))])
					}
				}
				for _, q := range slices.Concat(lists...) {
					if int(q) <= p || seenC[q] == int32(p+1) {
						continue
					}
					seenC[q] = int32(p + 1)
					shared := 0
					for _, x := range us[q].ctx {
						if stampC[x] == int32(p+1) {
							shared++
						}
					}
					if shared >= contextThreshold && enoughRel(sp, qs[us[q].rep], relation(p, int(q)), sharedCount(us[q].words, stampW, p), shared, cov) {
						st.pairs = append(st.pairs, pairOf(p, int(q)))
					}
				}
			}
		}
	}
	workers := max(1, min(runtime.GOMAXPROCS(0), len(us)/2048))
	done := make([]*scratch, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := &scratch{
				stampW: make([]int32, vocab+1), stampC: make([]int32, vocab+1),
				seenT: make([]int32, len(us)), seenC: make([]int32, len(us)),
				relMemo: map[uint64]int8{},
			}
			for p := w; p < len(us); p += workers {
				probe(p, st)
			}
			done[w] = st
		}()
	}
	wg.Wait()
	var pairs [][2]int32
	for _, st := range done {
		pairs = append(pairs, st.pairs...)
	}
	slices.SortFunc(pairs, func(x, y [2]int32) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	return slices.Compact(pairs)
}

// probeThreshold is the t a unit probes with in candidates.
func probeThreshold(q *qinfo) int {
	if q.content <= 3 {
		return 1
	}
	return textThreshold(q, minWordCover)
}

// sharedCount counts the words of ws marked for unit p.
func sharedCount(ws []int32, stamp []int32, p int) int {
	n := 0
	for _, w := range ws {
		if stamp[w] == int32(p+1) {
			n++
		}
	}
	return n
}

// speakerParts lists the words of a speaker identity, interned, or nil
// when any speaker may be the same one: none, or a bare institution ("the
// government" does not say whose).
func speakerParts(speaker string, ids map[string]int32) []int32 {
	ws := strings.FieldsFunc(speaker, func(r rune) bool { return r == '-' || r == ' ' })
	if len(ws) == 0 || len(ws) == 1 && identity.IsInstitution(ws[0]) {
		return nil
	}
	var out []int32
	for _, w := range ws {
		if w == "and" {
			continue
		}
		id, ok := ids[w]
		if !ok {
			id = int32(len(ids) + 1)
			ids[w] = id
		}
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func pairOf(p, q int) [2]int32 {
	if p > q {
		p, q = q, p
	}
	return [2]int32{int32(p), int32(q)}
}

// rankUnits orders the units as cores are chosen: the fullest first, then
// the one most outlets carry, then most articles, then the first.
func rankUnits(us []unit, qs []*qinfo) []int {
	order := make([]int, len(us))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Or(
			-cmp.Compare(len(qs[us[a].rep].toks), len(qs[us[b].rep].toks)),
			-cmp.Compare(us[a].outlets, us[b].outlets),
			-cmp.Compare(us[a].arts, us[b].arts),
		)
	})
	return order
}

// wholeShare is the share of a core's words a version must have to be a
// full version of it rather than a part.
const wholeShare = 0.6

// attach places every unit: the fullest units that match no fuller one
// become cores; every other unit goes to the one core it matches best,
// directly or through a unit already placed in that core, and takes the
// stretch of the core it stands for. Two cores are never joined: a unit
// that matches two of them goes with the better match only.
func attach(us []unit, qs []*qinfo, adj [][]edge, c *simCache) []attachment {
	order := rankUnits(us, qs)
	rank := make([]int, len(us))
	for r, u := range order {
		rank[u] = r
	}
	at := make([]attachment, len(us))
	for _, u := range order {
		best, bestScore, found := attachment{}, 0.0, false
		later := 0.0 // the best evidence for a unit placed later
		for _, e := range adj[u] {
			v := int(e.to)
			if rank[v] > rank[u] {
				// It will look at u. The same words under another
				// speaker go where u goes: they are no evidence.
				if !sameNorm(qs[us[v].rep].toks, qs[us[u].rep].toks) {
					later = max(later, e.score)
				}
				continue
			}
			var cand attachment
			if at[v].core == v {
				cand = placeIn(v, u, us, qs, c)
			} else if at[v].whole {
				// Through a full version of the core: u's place in the
				// core is where it aligns with the core itself.
				cand = placeIn(at[v].core, u, us, qs, c)
				cand.direct = false
			} else {
				cand = at[v]
				cand.direct = false
				cand.whole = cand.whole && float64(len(qs[us[u].rep].toks)) >= wholeShare*float64(len(qs[us[cand.core].rep].toks))
			}
			score := e.score
			if cand.direct {
				score += 0.01 // at equal evidence, the core itself wins
			}
			if !found || score > bestScore || score == bestScore && rank[cand.core] < rank[best.core] {
				best, bestScore, found = cand, score, true
			}
		}
		// Versions of u that are no fuller than u may match it far better
		// than anything placed: then the match placed is a look-alike (two
		// sentences of one speaker on one subject) and u is an utterance of
		// its own.
		if !found || bestScore < later-lookAlikeMargin {
			best = attachment{core: u, start: 0, end: len(qs[us[u].rep].toks), whole: true, direct: true}
		}
		at[u] = best
	}
	// A fuller rewording of a part (a spun copy one word longer than the
	// fragment it rewords) was ranked before that part and found nothing
	// placed yet. Left alone, it goes with the core its part was placed
	// in, at the part's place.
	alone := make([]bool, len(us))
	for u := range us {
		alone[u] = at[u].core == u
	}
	for u := range us {
		if at[u].core != u {
			alone[at[u].core] = false
		}
	}
	for _, u := range order {
		if !alone[u] {
			continue
		}
		best, bestScore, found := attachment{}, 0.0, false
		for _, e := range adj[u] {
			v := int(e.to)
			if at[v].core == v || at[v].core == u {
				continue
			}
			cand := at[v]
			cand.direct, cand.whole = false, false
			if !found || e.score > bestScore || e.score == bestScore && rank[cand.core] < rank[best.core] {
				best, bestScore, found = cand, e.score, true
			}
		}
		if found {
			at[u] = best
		}
	}
	return at
}

// lookAlikeMargin is how much better a unit must match a version placed
// after it than anything placed before it to be a core itself; a
// sameUtterance score is about 2 per share of words covered and 1 per
// share of context.
const lookAlikeMargin = 1.0

// placeIn aligns unit u with core v and returns the stretch of the core
// it covers.
func placeIn(v, u int, us []unit, qs []*qinfo, c *simCache) attachment {
	core, q := qs[us[v].rep], qs[us[u].rep]
	a := attachment{core: v, start: 0, end: len(core.toks), direct: true}
	first, last := -1, -1
	lead, trail := 0, 0 // u's words before and after what aligned
	for _, st := range alignTokens(core.toks, q.toks, c) {
		switch {
		case st.Kind == 'e' || st.Kind == 's':
			if first < 0 {
				first = st.I
			}
			last = st.I
			trail = 0
		case st.Kind == 'i' && first < 0:
			lead++
		case st.Kind == 'i':
			trail++
		}
	}
	if first >= 0 {
		// Words of u that the free ends left out stand in for the core's
		// words next to the stretch ("reckless tariff" against
		// "ruinous tariff"): the stretch takes as many.
		a.start, a.end = max(0, first-lead), min(len(core.toks), last+1+trail)
	}
	a.whole = float64(len(q.toks)) >= wholeShare*float64(len(core.toks))
	return a
}

// sentenceOf numbers the sentences of a quote's words: a word after a
// full stop, question or exclamation mark starts the next one.
func sentenceOf(q *qinfo) []int {
	out := make([]int, len(q.toks))
	n := 0
	for i := 1; i < len(q.toks); i++ {
		if gap := q.q.Text[min(q.toks[i-1].End, len(q.q.Text)):max(q.toks[i].Start, q.toks[i-1].End)]; strings.ContainsAny(gap, ".!?") {
			n++
		}
		out[i] = n
	}
	return out
}

// clusterGroups turns the attachments into clusters of units, each
// beginning with its core. A core whose sentences are quoted separately
// (parts in sentences of their own) and that no full version matches
// holds several utterances: it goes into one cluster per part. Full
// versions of such a core form a cluster of their own with it.
func clusterGroups(us []unit, qs []*qinfo, at []attachment) [][]int {
	byCore := map[int][]int{}
	var cores []int
	for u := range us {
		c := at[u].core
		if c == u {
			cores = append(cores, u)
			continue
		}
		byCore[c] = append(byCore[c], u)
	}
	var out [][]int
	for _, c := range cores {
		var whole, parts []int
		for _, u := range byCore[c] {
			if at[u].whole {
				whole = append(whole, u)
			} else {
				parts = append(parts, u)
			}
		}
		// Parts group by the sentences of the core they fall in.
		var sent []int
		if len(parts) > 1 {
			sent = sentenceOf(qs[us[c].rep])
		}
		span := func(u int) (int, int) {
			a, b := at[u].start, max(at[u].start, at[u].end-1)
			if b >= len(sent) {
				return a, b
			}
			return sent[a], sent[b]
		}
		slices.SortStableFunc(parts, func(a, b int) int {
			sa, ea := span(a)
			sb, eb := span(b)
			return cmp.Or(cmp.Compare(sa, sb), cmp.Compare(ea, eb))
		})
		var groups [][]int
		end := -1
		for _, u := range parts {
			s, e := span(u)
			if len(groups) == 0 || s > end {
				groups = append(groups, nil)
				end = e
			}
			groups[len(groups)-1] = append(groups[len(groups)-1], u)
			end = max(end, e)
		}
		switch {
		case len(groups) <= 1:
			g := append([]int{c}, whole...)
			if len(groups) == 1 {
				g = append(g, groups[0]...)
			}
			out = append(out, g)
		default:
			if len(whole) > 0 {
				out = append(out, append([]int{c}, whole...))
			}
			for _, g := range groups {
				out = append(out, append([]int{c}, g...))
			}
		}
	}
	return out
}
