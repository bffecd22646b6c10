package align

import (
	"slices"

	"github.com/quotecheck/quotecheck/quotes"
)

// wordIndex maps normalised content words to the quotes that hold them,
// once for the quotes' own words and once for the words around them.
// Candidate pairs are the quotes that share a key; a key held by more than
// MaxPosting quotes is too common to mean anything and is skipped, which
// keeps the work per quote bounded and the whole check near-linear.
type wordIndex struct {
	text    map[string][]int32
	context map[string][]int32
}

func buildIndex(qs []*qinfo) *wordIndex {
	ix := &wordIndex{text: map[string][]int32{}, context: map[string][]int32{}}
	for k, q := range qs {
		addKeys(ix.text, q.toks, int32(k))
		addKeys(ix.context, q.left, int32(k))
		addKeys(ix.context, q.right, int32(k))
	}
	return ix
}

// addKeys posts quote k under each distinct content word of toks.
func addKeys(m map[string][]int32, toks []token, k int32) {
	for _, t := range toks {
		if t.Stop {
			continue
		}
		p := m[t.Norm]
		if len(p) > 0 && p[len(p)-1] == k {
			continue
		}
		m[t.Norm] = append(p, k)
	}
}

// candidatePairs lists the pairs (p, q), p < q, from different articles
// that share a content word of their text, or at least minContextKeys
// content words of their context. The order is deterministic.
func (ix *wordIndex) candidatePairs(qs []*qinfo, maxPosting, minContextKeys int) [][2]int32 {
	textHits := make([]int32, len(qs))
	ctxHits := make([]int32, len(qs))
	var touched []int32
	var pairs [][2]int32
	for p, qp := range qs {
		touched = touched[:0]
		visit := func(m map[string][]int32, toks []token, hits []int32) {
			for _, t := range toks {
				if t.Stop {
					continue
				}
				post := m[t.Norm]
				if len(post) > maxPosting {
					continue
				}
				for _, q := range post {
					if int(q) <= p || qs[q].art == qp.art {
						continue
					}
					if textHits[q] == 0 && ctxHits[q] == 0 {
						touched = append(touched, q)
					}
					hits[q]++
				}
			}
		}
		visit(ix.text, dedupe(qp.toks), textHits)
		visit(ix.context, dedupe(append(append([]token(nil), qp.left...), qp.right...)), ctxHits)
		slices.Sort(touched)
		for _, q := range touched {
			if textHits[q] > 0 || int(ctxHits[q]) >= minContextKeys {
				pairs = append(pairs, [2]int32{int32(p), q})
			}
			textHits[q], ctxHits[q] = 0, 0
		}
	}
	return pairs
}

// dedupe keeps the first token of each normalised content word.
func dedupe(toks []token) []token {
	out := make([]token, 0, len(toks))
	for i, t := range toks {
		if t.Stop {
			continue
		}
		dup := false
		for _, u := range toks[:i] {
			if u.Norm == t.Norm {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
		}
	}
	return out
}

// paraphraseFinder looks for a quote's words in other articles' text
// outside quote marks.
type paraphraseFinder struct {
	arts []ArticleQuotes
	qs   []*qinfo
	opts Options
	// toks holds each article's words; words inside a quote are blanked so
	// that they can never match.
	toks [][]token
	post map[string][]wordPos
}

type wordPos struct{ art, at int32 }

// quotedNorm replaces the comparison form of quoted words; it contains no
// letter, so no normalised word equals it.
const quotedNorm = "\x00"

func newParaphraseFinder(arts []ArticleQuotes, qs []*qinfo, opts Options) *paraphraseFinder {
	pf := &paraphraseFinder{arts: arts, qs: qs, opts: opts, post: map[string][]wordPos{}}
	pf.toks = make([][]token, len(arts))
	for ai := range arts {
		text := arts[ai].Article.Text
		toks := tokenize(text)
		for _, q := range arts[ai].Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				continue
			}
			for k := range toks {
				if toks[k].Start < q.End && toks[k].End > q.Start {
					toks[k].Norm = quotedNorm
					toks[k].Stop = true
				}
			}
		}
		pf.toks[ai] = toks
		for k, t := range toks {
			if !t.Stop {
				pf.post[t.Norm] = append(pf.post[t.Norm], wordPos{int32(ai), int32(k)})
			}
		}
	}
	return pf
}

// find returns at most one paraphrased-unquoted finding per article that
// has no version in the cluster: the member whose words it carries best.
func (pf *paraphraseFinder) find(members []int, inCluster map[int]bool) []Finding {
	type hit struct {
		cover float64
		f     Finding
	}
	bestByArt := map[int]hit{}
	for _, m := range members {
		qi := pf.qs[m]
		if qi.q.Kind == quotes.Scare || qi.q.Kind == quotes.Title || qi.content < 2 {
			continue
		}
		// Where in each article do the quote's content words occur?
		where := map[int32][]int32{}
		for _, t := range dedupe(qi.toks) {
			post := pf.post[t.Norm]
			if len(post) > pf.opts.MaxPosting*4 {
				continue
			}
			for _, wp := range post {
				if !inCluster[int(wp.art)] {
					where[wp.art] = append(where[wp.art], wp.at)
				}
			}
		}
		need := max(2, int(float64(qi.content)*pf.opts.MinParaphrase*0.75))
		artIDs := make([]int32, 0, len(where))
		for a, ps := range where {
			if len(ps) >= need {
				artIDs = append(artIDs, a)
			}
		}
		slices.Sort(artIDs)
		for _, a := range artIDs {
			ps := where[a]
			slices.Sort(ps)
			toks := pf.toks[a]
			n := len(qi.toks)
			// Each run of nearby hits is one place to try.
			for i := 0; i < len(ps); {
				j := i
				for j+1 < len(ps) && ps[j+1]-ps[j] <= int32(n) {
					j++
				}
				lo := max(0, int(ps[i])-n)
				hi := min(len(toks), int(ps[j])+n+1)
				if j-i+1 >= need {
					if f, cover, ok := pf.try(qi, int(a), toks[lo:hi]); ok {
						if cur, seen := bestByArt[int(a)]; !seen || cover > cur.cover {
							bestByArt[int(a)] = hit{cover, f}
						}
					}
				}
				i = j + 1
			}
		}
	}
	arts := make([]int, 0, len(bestByArt))
	for a := range bestByArt {
		arts = append(arts, a)
	}
	slices.Sort(arts)
	out := make([]Finding, 0, len(arts))
	for _, a := range arts {
		out = append(out, bestByArt[a].f)
	}
	return out
}

// try aligns a quote with a stretch of another article's unquoted words.
func (pf *paraphraseFinder) try(qi *qinfo, art int, window []token) (Finding, float64, bool) {
	steps := alignTokens(qi.toks, window)
	var eq float64
	eqContent := 0
	first, last := -1, -1
	for _, st := range steps {
		if st.Kind != 'e' {
			continue
		}
		eq += tokenWeight(qi.toks[st.I])
		if !qi.toks[st.I].Stop {
			eqContent++
		}
		if first < 0 {
			first = st.J
		}
		last = st.J
	}
	cover := eq / qi.weight
	if eqContent < 2 || cover < pf.opts.MinParaphrase {
		return Finding{}, 0, false
	}
	text := pf.arts[art].Article.Text
	span := &Span{
		Article: pf.arts[art].Article.ID,
		Start:   window[first].Start,
		End:     window[last].End,
	}
	span.Text = text[span.Start:span.End]
	return Finding{
		Verdict:  ParaphrasedUnquoted,
		Severity: pf.opts.severity(ParaphrasedUnquoted),
		A:        qi.q.ID,
		BSpan:    span,
		Diff:     Diff(qi.q.Text, span.Text),
	}, cover, true
}
