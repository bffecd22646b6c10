package align

import "encoding/binary"

// unionWithinArticles joins, in each article, the quotes that
// sameArticleVersions pairs: the same words with compatible speakers, or a
// run of at least two content words repeated inside a longer quote of a
// compatible speaker. qs is in article order.
//
// Comparing every pair of an article's quotes is quadratic, and a long
// article (an archive page, a paragraph packed with short quotes) holds
// hundreds of thousands. So quotes with the same words and the same
// speaker are joined first, through a map; each such set is then one
// representative, and a longer quote looks its runs up by hash. The
// clusters are the same as the pairwise comparison's (a test checks).
func unionWithinArticles(qs []*qinfo, uf *unionFind) {
	for lo := 0; lo < len(qs); {
		hi := lo + 1
		for hi < len(qs) && qs[hi].art == qs[lo].art {
			hi++
		}
		unionWithinArticle(qs, lo, hi, uf)
		lo = hi
	}
}

// textGroup is the quotes of one article with the same words.
type textGroup struct {
	toks     []token
	content  int
	speakers []string       // distinct speakers, in order of first quote
	rep      map[string]int // speaker -> a quote of it
	// nonTerm holds the speakers with a quote that is speech, not a
	// quoted term, and such a quote: only those join by containment.
	nonTermSpeakers []string
	nonTerm         map[string]int
}

func unionWithinArticle(qs []*qinfo, lo, hi int, uf *unionFind) {
	groups := map[string]*textGroup{}
	var order []*textGroup
	var key []byte
	for i := lo; i < hi; i++ {
		q := qs[i]
		if q.content == 0 {
			continue
		}
		key = textKey(key[:0], q.toks)
		g := groups[string(key)]
		if g == nil {
			g = &textGroup{toks: q.toks, content: q.content, rep: map[string]int{}, nonTerm: map[string]int{}}
			groups[string(key)] = g
			order = append(order, g)
		}
		if r, ok := g.rep[q.speaker]; ok {
			// The same words by the same speaker: always one utterance.
			uf.union(r, i)
		} else {
			g.rep[q.speaker] = i
			g.speakers = append(g.speakers, q.speaker)
		}
		if !isTerm(q) {
			if _, ok := g.nonTerm[q.speaker]; !ok {
				g.nonTerm[q.speaker] = i
				g.nonTermSpeakers = append(g.nonTermSpeakers, q.speaker)
			}
		}
	}

	// The same words by different but compatible speakers.
	for _, g := range order {
		for x := 0; x < len(g.speakers); x++ {
			for y := x + 1; y < len(g.speakers); y++ {
				if speakerRelation(g.speakers[x], g.speakers[y]) >= 0 {
					uf.union(g.rep[g.speakers[x]], g.rep[g.speakers[y]])
				}
			}
		}
	}

	// A shorter quote of two content words or more repeated inside a
	// longer one: index the short ones by a hash of their words, then
	// look up every run of every length present in each longer quote.
	short := map[uint64][]*textGroup{}
	lengths := map[int]bool{}
	var lens []int
	for _, g := range order {
		if g.content < 2 || len(g.nonTermSpeakers) == 0 {
			continue
		}
		h := runHashes(g.toks)
		k := h.of(0, len(g.toks))
		short[k] = append(short[k], g)
		if !lengths[len(g.toks)] {
			lengths[len(g.toks)] = true
			lens = append(lens, len(g.toks))
		}
	}
	if len(short) == 0 {
		return
	}
	seen := map[*textGroup]bool{}
	for _, l := range order {
		if len(l.nonTermSpeakers) == 0 || len(l.toks) < 3 {
			continue
		}
		h := runHashes(l.toks)
		clear(seen)
		for _, n := range lens {
			if n >= len(l.toks) {
				continue
			}
			for i := 0; i+n <= len(l.toks); i++ {
				for _, s := range short[h.of(i, n)] {
					if seen[s] || !sameNorm(l.toks[i:i+n], s.toks) {
						continue
					}
					seen[s] = true
					for _, ls := range l.nonTermSpeakers {
						for _, ss := range s.nonTermSpeakers {
							if speakerRelation(ls, ss) >= 0 {
								uf.union(l.nonTerm[ls], s.nonTerm[ss])
							}
						}
					}
				}
			}
		}
	}
}

// textKey appends a key for the words of toks: equal keys, equal Norms.
func textKey(b []byte, toks []token) []byte {
	for _, t := range toks {
		b = binary.AppendUvarint(b, uint64(len(t.Norm)))
		b = append(b, t.Norm...)
	}
	return b
}

// runHash holds prefix hashes of a word sequence, so that the hash of any
// run of it costs two multiplications.
type runHash struct{ pre, pow []uint64 }

const runHashMul = 0x9e3779b97f4a7c15

func runHashes(toks []token) runHash {
	h := runHash{pre: make([]uint64, len(toks)+1), pow: make([]uint64, len(toks)+1)}
	h.pow[0] = 1
	for i, t := range toks {
		h.pre[i+1] = h.pre[i]*runHashMul + wordHash(t.Norm)
		h.pow[i+1] = h.pow[i] * runHashMul
	}
	return h
}

// of is the hash of the n words from i.
func (h runHash) of(i, n int) uint64 { return h.pre[i+n] - h.pre[i]*h.pow[n] }

// wordHash is FNV-1a, offset so that no word hashes to zero.
func wordHash(s string) uint64 {
	x := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= 1099511628211
	}
	return x | 1
}
