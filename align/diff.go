package align

import (
	"math/bits"
	"strings"

	"github.com/agnivade/levenshtein"
)

// step is one move of a word alignment between two token lists.
type step struct {
	Kind byte // 'e' equal, 's' substituted, 'd' only in a, 'i' only in b
	I, J int  // token indexes in a and b; -1 when the step has none
}

// Scores of the word alignment, which maximises their sum. A substitution
// of two unrelated words scores a little better than deleting one and
// inserting the other, so that "wooden"/"wood" and even "gun"/"weapon"
// pair up. Gaps before the start or after the end of either text are free
// (an overlap alignment): a fragment can sit anywhere inside a long quote.
const (
	matchScore = 2.0
	gapScore   = -1.0
	subBase    = -1.5 // a substitution scores subBase + 2*similarity
)

// wordSimilarity is 1 for words equal after normalisation, otherwise the
// share of characters that survive the edit (1 - distance/longer length).
// Words too different in length to reach one half are not measured.
func wordSimilarity(a, b *token) float64 {
	if a.Norm == b.Norm {
		return 1
	}
	long, short := a.Runes, b.Runes
	if short > long {
		long, short = short, long
	}
	if short == 0 || 2*short < long {
		return 0
	}
	// A similarity of one half allows long/2 edits; each edit changes at
	// most two bits of the character masks.
	if bits.OnesCount64(a.Mask^b.Mask) > long {
		return 0
	}
	d := levenshtein.ComputeDistance(a.Norm, b.Norm)
	s := 1 - float64(d)/float64(long)
	if s < 0.5 {
		return 0
	}
	return s
}

// simCache remembers word similarities within one Check: the same word
// pairs come up again and again. It is direct-mapped and keyed by interned
// word IDs, so a collision only costs a recomputation.
type simCache struct {
	ids map[string]int32
	// toks and ctx remember the words of every quote and of the context
	// around it: a wire story carried by hundreds of outlets has the same
	// quotes and sentences hundreds of times. Their slices are the ones
	// the quotes keep, so they cost no more memory.
	toks    map[string][]token
	ctx     map[ctxKey][]token
	entries []simEntry
	// unaligned counts alignments too large to compute whose middles
	// were given as removed and replaced; Check reports it.
	unaligned int
	// scratch tables for alignTokens, reused from call to call
	score []float64
	move  []byte
}

// simEntry is one remembered similarity; one entry sits in one cache line.
type simEntry struct {
	a, b  int32
	value float32
}

func newSimCache() *simCache {
	return &simCache{ids: map[string]int32{}, toks: map[string][]token{}, ctx: map[ctxKey][]token{}}
}

// tokenize is tokenize, remembered. The slice it returns is shared: a
// caller that changes tokens (other than interning) copies them first.
func (c *simCache) tokenize(s string) []token {
	if c == nil {
		return tokenize(s)
	}
	if t, ok := c.toks[s]; ok {
		return t
	}
	t := tokenize(s)
	c.toks[s] = t
	return t
}

// ready sizes the table to the vocabulary, once every word is interned,
// so that the hit rate does not fall as the input grows.
func (c *simCache) ready() {
	size := 1 << 12
	for size < 4*len(c.ids) && size < 1<<22 {
		size <<= 1
	}
	c.entries = make([]simEntry, size)
}

// intern gives every token of toks its word ID.
func (c *simCache) intern(toks []token) {
	for i := range toks {
		id, ok := c.ids[toks[i].Norm]
		if !ok {
			id = int32(len(c.ids) + 1)
			c.ids[toks[i].Norm] = id
		}
		toks[i].ID = id
	}
}

func (c *simCache) similarity(x, y *token) float64 {
	if x.Norm == y.Norm {
		return 1
	}
	if c == nil || x.ID == 0 || y.ID == 0 || len(c.entries) == 0 {
		return wordSimilarity(x, y)
	}
	i, j := x.ID, y.ID
	if i > j {
		i, j = j, i
	}
	e := &c.entries[(uint32(i)*2654435761^uint32(j)*40503)&uint32(len(c.entries)-1)]
	if e.a == i && e.b == j {
		return float64(e.value)
	}
	v := float32(wordSimilarity(x, y))
	*e = simEntry{i, j, v}
	return float64(v)
}

// maxAlignCells bounds the table of one alignment (about 9 bytes a cell):
// quotes are short, but a pasted article is not.
const maxAlignCells = 1 << 22

// alignTokens returns the best word alignment of a with b, in order.
// Ties are broken the same way every time, so the output is deterministic.
func alignTokens(a, b []token, c *simCache) []step {
	n, m := len(a), len(b)
	if n > 0 && m > 0 && n*m > maxAlignCells {
		return alignLong(a, b, c)
	}
	if n == 0 || m == 0 {
		steps := make([]step, 0, n+m)
		for i := range a {
			steps = append(steps, step{'d', i, -1})
		}
		for j := range b {
			steps = append(steps, step{'i', -1, j})
		}
		return steps
	}
	w := m + 1
	var score []float64
	var move []byte
	if c != nil {
		if cells := (n + 1) * w; cap(c.score) < cells {
			c.score, c.move = make([]float64, cells), make([]byte, cells)
		}
		score, move = c.score[:(n+1)*w], c.move[:(n+1)*w]
		score[0] = 0
		for i := 1; i <= n; i++ {
			score[i*w] = 0
		}
		for j := 1; j <= m; j++ {
			score[j] = 0
		}
	} else {
		score = make([]float64, (n+1)*w)
		move = make([]byte, (n+1)*w)
	}
	for i := 1; i <= n; i++ {
		move[i*w] = 'd' // free: a starts before b
	}
	for j := 1; j <= m; j++ {
		move[j] = 'i' // free: b starts before a
	}
	for i := 1; i <= n; i++ {
		ai := &a[i-1]
		for j := 1; j <= m; j++ {
			sim := c.similarity(ai, &b[j-1])
			var best float64
			mv := byte('e')
			if sim == 1 {
				best = score[(i-1)*w+j-1] + matchScore
			} else {
				best = score[(i-1)*w+j-1] + subBase + 2*sim
				mv = 's'
			}
			if c := score[(i-1)*w+j] + gapScore; c > best {
				best, mv = c, 'd'
			}
			if c := score[i*w+j-1] + gapScore; c > best {
				best, mv = c, 'i'
			}
			score[i*w+j] = best
			move[i*w+j] = mv
		}
	}
	// The alignment ends where the score is best on the last row or
	// column; what is left of the other text is a free trailing gap.
	bi, bj := n, m
	for j := 0; j <= m; j++ {
		if score[n*w+j] > score[bi*w+bj] {
			bi, bj = n, j
		}
	}
	for i := 0; i <= n; i++ {
		if score[i*w+m] > score[bi*w+bj] {
			bi, bj = i, m
		}
	}
	rev := make([]step, 0, n+m)
	for j := m - 1; j >= bj; j-- {
		rev = append(rev, step{'i', -1, j})
	}
	for i := n - 1; i >= bi; i-- {
		rev = append(rev, step{'d', i, -1})
	}
	i, j := bi, bj
	for i > 0 || j > 0 {
		switch move[i*w+j] {
		case 'e', 's':
			rev = append(rev, step{move[i*w+j], i - 1, j - 1})
			i, j = i-1, j-1
		case 'd':
			rev = append(rev, step{'d', i - 1, -1})
			i--
		default:
			rev = append(rev, step{'i', -1, j - 1})
			j--
		}
	}
	for l, r := 0, len(rev)-1; l < r; l, r = l+1, r-1 {
		rev[l], rev[r] = rev[r], rev[l]
	}
	return rev
}

// alignLong aligns texts too long for the table: the shared words at both
// ends are matched exactly, and the middle is aligned if it now fits or
// else given as removed and replaced.
func alignLong(a, b []token, c *simCache) []step {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre].Norm == b[pre].Norm {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf].Norm == b[len(b)-1-suf].Norm {
		suf++
	}
	steps := make([]step, 0, len(a)+len(b))
	for k := 0; k < pre; k++ {
		steps = append(steps, step{'e', k, k})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma) > 0 && len(mb) > 0 && len(ma)*len(mb) <= maxAlignCells {
		for _, st := range alignTokens(ma, mb, c) {
			if st.I >= 0 {
				st.I += pre
			}
			if st.J >= 0 {
				st.J += pre
			}
			steps = append(steps, st)
		}
	} else {
		if c != nil {
			c.unaligned++
		}
		for i := range ma {
			steps = append(steps, step{'d', pre + i, -1})
		}
		for j := range mb {
			steps = append(steps, step{'i', -1, pre + j})
		}
	}
	for k := suf; k > 0; k-- {
		steps = append(steps, step{'e', len(a) - k, len(b) - k})
	}
	return steps
}

// Diff returns the word-level operations that turn a into b. Words are
// compared after normalisation (case, punctuation, quote style, spelling
// variants, number words), so an equal operation may join words written
// slightly differently; its text is a's. Consecutive changes are grouped:
// all the words removed, then all the words put in their place.
func Diff(a, b string) []Op {
	ta, tb := tokenize(a), tokenize(b)
	return opsFromSteps(ta, tb, alignTokens(ta, tb, nil))
}

// opsFromSteps groups an alignment into diff operations.
func opsFromSteps(a, b []token, steps []step) []Op {
	var ops []Op
	var del, ins []token
	var eq []token
	flushChange := func() {
		if len(del) > 0 {
			ops = append(ops, Op{Op: "delete", Text: joinTokens(del)})
		}
		if len(ins) > 0 {
			ops = append(ops, Op{Op: "insert", Text: joinTokens(ins)})
		}
		del, ins = del[:0], ins[:0]
	}
	flushEqual := func() {
		if len(eq) > 0 {
			ops = append(ops, Op{Op: "equal", Text: joinTokens(eq)})
		}
		eq = eq[:0]
	}
	for _, s := range steps {
		switch s.Kind {
		case 'e':
			flushChange()
			eq = append(eq, a[s.I])
		case 's':
			flushEqual()
			del = append(del, a[s.I])
			ins = append(ins, b[s.J])
		case 'd':
			flushEqual()
			del = append(del, a[s.I])
		case 'i':
			flushEqual()
			ins = append(ins, b[s.J])
		}
	}
	flushEqual()
	flushChange()
	return ops
}

// joinTokens writes words with single spaces, keeping the hyphen of a
// hyphenated word whose parts are both in the run.
func joinTokens(ts []token) string {
	var sb strings.Builder
	for k, t := range ts {
		if k > 0 {
			if t.Hyphen && ts[k-1].End <= t.Start && t.Start-ts[k-1].End <= 3 {
				sb.WriteByte('-')
			} else {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(t.Orig)
	}
	return sb.String()
}
