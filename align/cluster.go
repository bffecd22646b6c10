package align

import (
	"cmp"
	"slices"
	"strings"
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
// words: with every function word matched, covering 40 % of the shorter
// version's weight (the least sameUtterance asks) takes about 0.4 c - 0.15
// f content words; 0.3 c keeps a margin for near spellings, which are not
// shared words.
func textThreshold(q *qinfo) int {
	if q.content <= 3 {
		return 1
	}
	return max(2, int(0.3*float64(q.content)))
}

// contextThreshold is how many distinct context words two quotes must
// share for the sentence around them to make them one utterance: the
// least sameUtterance accepts.
const contextThreshold = 2

// candidates lists the pairs of units worth comparing, each once, in a
// deterministic order. It uses prefix filtering: two word sets that share
// at least t words share one among the |x|-t+1 rarest words of x. So each
// unit looks up only its rarest words, in an index of every word of every
// unit; a word common to thousands of units is looked up only by units
// that have too few rarer words, and no word or partner is ever skipped
// for being common. Every candidate is then checked to share enough words.
func candidates(us []unit, qs []*qinfo, vocab int) [][2]int32 {
	text := map[int32][]int32{}
	ctx := map[int32][]int32{}
	for k := range us {
		for _, w := range us[k].words {
			text[w] = append(text[w], int32(k))
		}
		for _, w := range us[k].ctx {
			ctx[w] = append(ctx[w], int32(k))
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
	stampW := make([]int32, vocab+1) // word -> unit+1 whose words are marked
	stampC := make([]int32, vocab+1)
	// unit -> prober+1 that already looked at it, by words and by context
	seenT := make([]int32, len(us))
	seenC := make([]int32, len(us))
	var pairs [][2]int32
	for p := range us {
		up := &us[p]
		sp := qs[up.rep]
		for _, w := range up.words {
			stampW[w] = int32(p + 1)
		}
		for _, w := range up.ctx {
			stampC[w] = int32(p + 1)
		}
		// By words: from the shorter unit (or either of two as long).
		t := textThreshold(sp)
		if n := len(up.words) - t + 1; n > 0 {
			for _, w := range up.words[:n] {
				for _, q := range text[w] {
					if int(q) == p || seenT[q] == int32(p+1) {
						continue
					}
					lq := len(qs[us[q].rep].toks)
					if lq < len(sp.toks) || lq == len(sp.toks) && int(q) < p && textThreshold(qs[us[q].rep]) <= t {
						continue
					}
					seenT[q] = int32(p + 1)
					shared := 0
					for _, x := range us[q].words {
						if stampW[x] == int32(p+1) {
							shared++
						}
					}
					if shared >= t {
						pairs = append(pairs, pairOf(p, int(q)))
					}
				}
			}
		}
		// By the sentence around them: each pair from the unit with the
		// lower index, in either's rarest words.
		if n := len(up.ctx) - contextThreshold + 1; n > 0 {
			for _, w := range up.ctx[:n] {
				for _, q := range ctx[w] {
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
					if shared >= contextThreshold {
						pairs = append(pairs, pairOf(p, int(q)))
					}
				}
			}
		}
	}
	slices.SortFunc(pairs, func(x, y [2]int32) int {
		return cmp.Or(cmp.Compare(x[0], y[0]), cmp.Compare(x[1], y[1]))
	})
	return slices.Compact(pairs)
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
	for _, st := range alignTokens(core.toks, q.toks, c) {
		if st.Kind == 'e' || st.Kind == 's' {
			if first < 0 {
				first = st.I
			}
			last = st.I
		}
	}
	if first >= 0 {
		a.start, a.end = first, last+1
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
