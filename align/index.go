package align

import (
	"slices"
	"sort"

	"github.com/quotecheck/quotecheck/quotes"
)

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

// minParaphraseContent is the fewest content words a quote needs before
// its words in another article's own prose mean anything: two words
// ("completely unacceptable") turn up unquoted too often by chance.
const minParaphraseContent = 3

// paraphraseFinder looks for a quote's words in other articles' text
// outside quote marks.
type paraphraseFinder struct {
	arts []ArticleQuotes
	qs   []*qinfo
	opts Options
	// toks holds each article's words; words inside a quote are blanked so
	// that they can never match.
	toks [][]token
	// post maps a pair of consecutive unquoted content words (interned
	// IDs; function words between them are skipped) to where it occurs:
	// pairs are far rarer than single words, so looking a quote up stays
	// cheap as the input grows.
	post map[uint64][]wordPos
	// common reports a word too frequent to anchor a lookup.
	common func(*token) bool
}

func bigramKey(a, b *token) uint64 { return uint64(uint32(a.ID))<<32 | uint64(uint32(b.ID)) }

type wordPos struct{ art, at int32 }

// quotedNorm replaces the comparison form of quoted words; it contains no
// letter, so no normalised word equals it.
const quotedNorm = "\x00"

func newParaphraseFinder(arts []ArticleQuotes, qs []*qinfo, opts Options) *paraphraseFinder {
	pf := &paraphraseFinder{arts: arts, qs: qs, opts: opts, post: map[uint64][]wordPos{}}
	pf.toks = make([][]token, len(arts))
	for ai := range arts {
		text := arts[ai].Article.Text
		toks := tokenize(text)
		for _, q := range arts[ai].Quotes {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				continue
			}
			// Tokens are in text order: start at the first that ends
			// after the quote starts, rather than scanning the article
			// once per quote, which is quadratic on a long article.
			first := sort.Search(len(toks), func(k int) bool { return toks[k].End > q.Start })
			for k := first; k < len(toks) && toks[k].Start < q.End; k++ {
				toks[k].Norm = quotedNorm
				toks[k].Stop = true
				toks[k].Runes, toks[k].Mask = 0, 0
			}
		}
		opts.cache.intern(toks)
		pf.toks[ai] = toks
	}
	// Words that occur more than MaxPosting times are too common to
	// anchor a lookup; pairs are made of the others only.
	freq := map[int32]int{}
	for _, toks := range pf.toks {
		for k := range toks {
			if !toks[k].Stop {
				freq[toks[k].ID]++
			}
		}
	}
	pf.common = func(t *token) bool { return freq[t.ID] > opts.MaxPosting }
	for ai, toks := range pf.toks {
		prev := -1
		for k := range toks {
			switch {
			case toks[k].Norm == quotedNorm:
				prev = -1
			case !toks[k].Stop && !pf.common(&toks[k]):
				if prev >= 0 {
					key := bigramKey(&toks[prev], &toks[k])
					pf.post[key] = append(pf.post[key], wordPos{int32(ai), int32(k)})
				}
				prev = k
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
		if qi.q.Kind == quotes.Scare || qi.q.Kind == quotes.Title || qi.content < minParaphraseContent {
			continue
		}
		// Where in each article do pairs of the quote's consecutive content
		// words occur? A stretch that carries most of the quote's words in
		// order shares at least one such pair.
		distinct := dedupe(qi.toks)
		need := max(2, int(float64(len(distinct))*pf.opts.MinParaphrase*0.75))
		where := map[int32][]int32{}
		content := make([]*token, 0, len(qi.toks))
		for k := range qi.toks {
			if !qi.toks[k].Stop && !pf.common(&qi.toks[k]) {
				content = append(content, &qi.toks[k])
			}
		}
		for k := 0; k+1 < len(content); k++ {
			post := pf.post[bigramKey(content[k], content[k+1])]
			if len(post) > pf.opts.MaxPosting {
				continue
			}
			for _, wp := range post {
				if !inCluster[int(wp.art)] {
					where[wp.art] = append(where[wp.art], wp.at)
				}
			}
		}
		artIDs := make([]int32, 0, len(where))
		for a := range where {
			artIDs = append(artIDs, a)
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
				if presentCount(distinct, toks[lo:hi]) >= need {
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

// presentCount counts the words of distinct that occur in window.
func presentCount(distinct, window []token) int {
	n := 0
	for _, t := range distinct {
		for _, w := range window {
			if w.ID == t.ID {
				n++
				break
			}
		}
	}
	return n
}

// try aligns a quote with a stretch of another article's unquoted words.
func (pf *paraphraseFinder) try(qi *qinfo, art int, window []token) (Finding, float64, bool) {
	steps := alignTokens(qi.toks, window, pf.opts.cache)
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
		Articles: []string{span.Article},
		Outlets:  []string{outletName(&pf.arts[art])},
	}, cover, true
}
