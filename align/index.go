package align

import (
	"fmt"
	"slices"
	"sort"
	"strings"

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
	// toks holds each distinct article text's words; words inside a
	// quote are blanked so that they can never match. Syndicated copies
	// share one text: docArts lists the articles of each.
	toks    [][]ptoken
	docArts [][]int
	// post maps a pair of consecutive unquoted content words (interned
	// IDs; function words between them are skipped) to where it occurs:
	// pairs are far rarer than single words, so looking a quote up stays
	// cheap as the input grows.
	post map[uint64][]wordPos
	// common reports a word too frequent to anchor a lookup.
	common func(id int32) bool
	// names holds every name of each speaker identity.
	names map[string][]string
	// tooCommon counts the word pairs of quotes not looked up because
	// they occur in more than MaxPosting places; Check reports it.
	tooCommon int
}

// evidenceReach is how many words either side of unquoted words are
// searched for the speaker's name or the quote's context.
const evidenceReach = 40

// evidence reports whether the words around an unquoted stretch tie it to
// the quote: the speaker named there, or two words of the sentence around
// the quote. Without it, a stock phrase ("hundreds of millions of
// dollars") found in an unrelated article is a coincidence.
func (pf *paraphraseFinder) evidence(qi *qinfo, around []ptoken) bool {
	names := qi.q.Speaker + " " + strings.ReplaceAll(qi.speaker, "-", " ")
	if qi.q.Mention != nil && qi.q.Speaker != "" {
		// An unnamed mention ("she", "I") is no evidence of who spoke.
		names += " " + qi.q.Mention.Text
	}
	names += " " + strings.Join(pf.names[qi.q.SpeakerID], " ")
	for _, t := range tokenize(names) {
		if t.Stop || t.Runes < 3 {
			continue
		}
		id, ok := pf.opts.cache.ids[t.Norm]
		if ok && slices.ContainsFunc(around, func(x ptoken) bool { return x.ID == id && !x.Quoted }) {
			return true
		}
	}
	n := 0
	for _, w := range distinctContent(qi.left, qi.right) {
		if slices.ContainsFunc(around, func(x ptoken) bool { return x.ID == w && !x.Stop }) {
			n++
		}
	}
	return n >= 2
}

func bigramKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// ptoken is a word of an article's own text as the paraphrase finder keeps
// it: a fifth of a token, since it holds every word of every article. The
// words of a stretch are tokenised again when it is aligned.
type ptoken struct {
	ID         int32 // interned Norm
	Start, End int32 // byte offsets in the article's text
	Stop       bool
	Quoted     bool // inside a quote: never matches
}

type wordPos struct{ art, at int32 }

// quotedNorm replaces the comparison form of quoted words; it contains no
// letter, so no normalised word equals it.
const quotedNorm = "\x00"

func newParaphraseFinder(arts []ArticleQuotes, qs []*qinfo, speakers []Speaker, opts Options) *paraphraseFinder {
	pf := &paraphraseFinder{arts: arts, qs: qs, opts: opts, post: map[uint64][]wordPos{}, names: map[string][]string{}}
	for _, sp := range speakers {
		pf.names[sp.ID] = append([]string{sp.Name}, sp.Aliases...)
	}
	docOf := map[string]int{}
	var key strings.Builder
	for ai := range arts {
		text := arts[ai].Article.Text
		// Copies with the same text and the same quotes are one text.
		key.Reset()
		key.WriteString(text)
		for _, q := range arts[ai].Quotes {
			fmt.Fprintf(&key, "\x00%d:%d", q.Start, q.End)
		}
		if d, ok := docOf[key.String()]; ok {
			pf.docArts[d] = append(pf.docArts[d], ai)
			continue
		}
		docOf[key.String()] = len(pf.toks)
		pf.docArts = append(pf.docArts, []int{ai})
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
			}
		}
		opts.cache.intern(toks)
		kept := make([]ptoken, len(toks))
		for k, t := range toks {
			kept[k] = ptoken{ID: t.ID, Start: int32(t.Start), End: int32(t.End), Stop: t.Stop, Quoted: t.Norm == quotedNorm}
		}
		pf.toks = append(pf.toks, kept)
	}
	// Words that occur in more than MaxPosting places (copies counted
	// once) are too common to anchor a lookup; pairs are made of the
	// others only.
	freq := map[int32]int{}
	for _, toks := range pf.toks {
		for k := range toks {
			if !toks[k].Stop {
				freq[toks[k].ID]++
			}
		}
	}
	pf.common = func(id int32) bool { return freq[id] > opts.MaxPosting }
	for ai, toks := range pf.toks {
		prev := -1
		for k := range toks {
			switch {
			case toks[k].Quoted:
				prev = -1
			case !toks[k].Stop && !pf.common(toks[k].ID):
				if prev >= 0 {
					key := bigramKey(toks[prev].ID, toks[k].ID)
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
// outside returns the first article with text d that has no version in
// the cluster, or -1.
func (pf *paraphraseFinder) outside(d int, inCluster map[int]bool) int {
	for _, a := range pf.docArts[d] {
		if !inCluster[a] {
			return a
		}
	}
	return -1
}

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
			if !qi.toks[k].Stop && !pf.common(qi.toks[k].ID) {
				content = append(content, &qi.toks[k])
			}
		}
		for k := 0; k+1 < len(content); k++ {
			post := pf.post[bigramKey(content[k].ID, content[k+1].ID)]
			if len(post) > pf.opts.MaxPosting {
				pf.tooCommon++
				continue
			}
			for _, wp := range post {
				if pf.outside(int(wp.art), inCluster) >= 0 {
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
					if f, cover, ok := pf.try(qi, int(a), lo, hi, inCluster); ok {
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
func presentCount(distinct []token, window []ptoken) int {
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

// tokens rebuilds the full tokens of words lo to hi of text doc, quoted
// words blanked; nil if the text does not cut the same way again.
func (pf *paraphraseFinder) tokens(doc, lo, hi int) []token {
	kept := pf.toks[doc][lo:hi]
	if len(kept) == 0 {
		return nil
	}
	text := pf.arts[pf.docArts[doc][0]].Article.Text
	from := int(kept[0].Start)
	toks := tokenize(text[from:kept[len(kept)-1].End])
	if len(toks) != len(kept) {
		return nil
	}
	for k := range toks {
		toks[k].Start += from
		toks[k].End += from
		toks[k].ID = kept[k].ID
		if kept[k].Quoted {
			toks[k].Norm, toks[k].Stop, toks[k].Runes, toks[k].Mask = quotedNorm, true, 0, 0
		}
	}
	return toks
}

// try aligns a quote with a stretch of another article's unquoted words.
func (pf *paraphraseFinder) try(qi *qinfo, doc, lo, hi int, inCluster map[int]bool) (Finding, float64, bool) {
	window := pf.tokens(doc, lo, hi)
	if window == nil {
		return Finding{}, 0, false
	}
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
	toks := pf.toks[doc]
	if !pf.evidence(qi, toks[max(0, lo+first-evidenceReach):min(len(toks), lo+last+1+evidenceReach)]) {
		return Finding{}, 0, false
	}
	art := pf.outside(doc, inCluster)
	text := pf.arts[art].Article.Text
	span := &Span{
		Article: pf.arts[art].Article.ID,
		Start:   window[first].Start,
		End:     window[last].End,
	}
	span.Text = text[span.Start:span.End]
	// Every copy of the text outside the cluster carries the words.
	var articles, outlets []string
	for _, a := range pf.docArts[doc] {
		if inCluster[a] {
			continue
		}
		articles = append(articles, pf.arts[a].Article.ID)
		if o := outletName(&pf.arts[a]); !slices.Contains(outlets, o) {
			outlets = append(outlets, o)
		}
	}
	return Finding{
		Verdict:  ParaphrasedUnquoted,
		Severity: pf.opts.severity(ParaphrasedUnquoted),
		A:        qi.q.ID,
		BSpan:    span,
		Diff:     Diff(qi.q.Text, span.Text),
		Articles: articles,
		Outlets:  outlets,
	}, cover, true
}
