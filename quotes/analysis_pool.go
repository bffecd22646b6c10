package quotes

import (
	"slices"
	"sync"
)

// analysisPool keeps analyses, with the memory they grew, for the next
// article. An article's analysis allocates many times its bytes (tokens,
// mentions, entities and their indexes): fresh memory per article cost
// more in zeroing, cache misses and garbage collection than the work done
// on it. Only the buffers in spare carry over, emptied before use, and
// analyse sets every other field anew: the analysis stays a function of
// the article alone. Each analysis is used by one call at a time (Get
// hands it out, release returns it), so sharing the pool is race-free.
var analysisPool = sync.Pool{New: func() any { return new(analysis) }}

// maxPooledTokens bounds the analyses kept: one of a very long text would
// pin its memory for the short articles that follow.
const maxPooledTokens = 1 << 16

// spare is the memory an analysis keeps between articles. The slices may
// hold the previous article's values beyond their length (strings of its
// text among them, kept until the pool is emptied by a collection); no
// code reads past a length.
type spare struct {
	toks                         []token
	regions                      []region
	lowBuf                       []byte
	sPara                        []int32
	qtok                         []int
	sStart, sWords, pWords, pEnd []int
	ments                        []mention
	ents                         []entity
	sal, salAdded                []salient
	wordPool                     []string
	midCap                       map[string]bool
	ent                          entityScratch
}

// entityScratch holds resolveEntities' maps and indexes.
type entityScratch struct {
	byKey, noFit    map[string]int
	titled          map[string]bool
	lastSeen        []int
	byLast, byFirst wordIndex
}

// newAnalysis returns an empty analysis of article a, from the pool.
func newAnalysis(a Article, qs []Quote) *analysis {
	d := analysisPool.Get().(*analysis)
	*d = analysis{text: a.Text, qs: qs, titleSent: -1, spare: d.spare}
	return d
}

// release returns d to the pool once nothing will read it again: its
// buffers go to spare, the article's text and quotes are dropped.
func (d *analysis) release() {
	if cap(d.toks) > maxPooledTokens {
		return
	}
	s := &d.spare
	s.toks, s.qtok = d.toks, d.qtok
	s.sStart, s.sWords, s.pWords, s.pEnd, s.sPara = d.sStart, d.sWords, d.pWords, d.pEnd, d.sPara
	s.ments, s.ents, s.sal, s.salAdded = d.ments, d.ents, d.sal, d.salAdded
	s.wordPool, s.midCap = d.wordPool, d.midCap
	*d = analysis{spare: d.spare}
	analysisPool.Put(d)
}

// reuse returns s emptied, with room for n elements.
func reuse[T any](s []T, n int) []T {
	return slices.Grow(s[:0], n)
}

// reuseMap returns m emptied, or a new map for about n keys.
func reuseMap[K comparable, V any](m map[K]V, n int) map[K]V {
	if m == nil {
		return make(map[K]V, n)
	}
	clear(m)
	return m
}
