package align

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/identity"
	"github.com/quotecheck/quotecheck/quotes"
)

// qinfo is one quote prepared for comparison.
type qinfo struct {
	art     int // index of its article in the input
	pos     int // index of the quote in its article's Quotes
	q       *quotes.Quote
	toks    []token
	weight  float64 // content words count 1, function words a quarter
	content int     // number of content words
	left    []token // context before the quote, within its sentence
	right   []token // context after the quote, within its sentence
	mult    []int32 // how often each distinct content word occurs, most first
	speaker string  // speaker identity; "" for unknown or nobody's speech
	kind    string  // speaker kind: person, organisation, group or ""
}

func tokenWeight(t token) float64 {
	if t.Stop {
		return 0.25
	}
	return 1
}

// link is the evidence that two quotes are one utterance.
type link struct {
	p, q  int
	score float64
}

// Check groups the versions of each utterance across the articles into
// clusters and classifies every difference between versions from
// different articles. It is a pure function of its input: the same input
// gives the same clusters, IDs and order.
func Check(arts []ArticleQuotes, speakers []Speaker, opts Options) Result {
	opts = opts.withDefaults()
	opts.cache = newSimCache()
	kinds := map[string]string{}
	for _, s := range speakers {
		kinds[s.ID] = s.Kind
	}
	var qs []*qinfo
	for ai := range arts {
		a := &arts[ai]
		for qi := range a.Quotes {
			in := prepare(a.Article.Text, &a.Quotes[qi], ai, qi, kinds, opts.ContextWords, opts.cache)
			opts.cache.intern(in.toks)
			opts.cache.intern(in.left)
			opts.cache.intern(in.right)
			qs = append(qs, in)
		}
	}

	// Identical copies are one unit, compared once.
	us := buildUnits(qs, arts)
	unitOf := make([]int32, len(qs))
	for k := range us {
		u := &us[k]
		rep := qs[u.rep]
		u.words = distinctContent(rep.toks)
		u.ctx = withoutNames(distinctContent(rep.left, rep.right), rep, opts.cache)
		for _, m := range u.members {
			unitOf[m] = int32(k)
		}
	}

	// The paraphrase finder reads every article while the candidates are
	// sought: neither touches what the other writes (the finder interns
	// the articles' words; candidates reads the quotes' IDs only).
	vocab := len(opts.cache.ids)
	paraDone := make(chan *paraphraseFinder)
	go func() { paraDone <- newParaphraseFinder(arts, qs, speakers, opts) }()
	pairs := candidates(us, qs, vocab, covers{opts.MinCoverage, opts.MinCoverageOtherSpeaker})
	para := <-paraDone
	opts.cache.ready()
	adj := make([][]edge, len(us))
	connect := func(p, q int, score float64) {
		adj[p] = append(adj[p], edge{int32(q), score})
		adj[q] = append(adj[q], edge{int32(p), score})
	}
	best := map[[2]int]link{} // (quote, article) -> best link, for slotLinks
	comparisons := 0
	for _, pr := range pairs {
		p, q := int(pr[0]), int(pr[1])
		a, b := qs[us[p].rep], qs[us[q].rep]
		var score float64
		var ok bool
		comparisons++
		if us[p].arts == 1 && us[q].arts == 1 && a.art == b.art {
			// Within one article only a repeat, whole or in part inside a
			// longer quote, is one utterance.
			ok = sameArticleVersions(a, b)
			// Words repeated exactly by one speaker in one article are
			// the strongest evidence there is.
			score = 4
		} else {
			score, ok = sameUtterance(a, b, opts)
		}
		if !ok {
			continue
		}
		connect(p, q, score)
		if a.art == b.art {
			continue
		}
		for _, k := range [][2]int{{us[p].rep, b.art}, {us[q].rep, a.art}} {
			other := us[q].rep
			if k[0] == other {
				other = us[p].rep
			}
			if cur, seen := best[k]; !seen || score > cur.score || score == cur.score && other < cur.q {
				best[k] = link{k[0], other, score}
			}
		}
	}
	keys := make([][2]int, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]int) int {
		if x[0] != y[0] {
			return x[0] - y[0]
		}
		return x[1] - y[1]
	})
	// A spun or rewritten copy keeps the order of its source: a quote left
	// over between two matched pairs, with the same speaker as the one
	// left over in the other article, is the same utterance reworded.
	for _, l := range slotLinks(qs, keys, best) {
		if p, q := int(unitOf[l.p]), int(unitOf[l.q]); p != q && !slices.ContainsFunc(adj[p], func(e edge) bool { return int(e.to) == q }) {
			connect(p, q, 0)
		}
	}
	for k := range adj {
		slices.SortFunc(adj[k], func(x, y edge) int { return cmp.Compare(x.to, y.to) })
	}

	at := attach(us, qs, adj, opts.cache)
	groups := clusterGroups(us, qs, at)
	cs := make([]built, 0, len(groups))
	for _, g := range groups {
		var members []int
		for _, u := range g {
			members = append(members, us[u].members...)
		}
		slices.Sort(members)
		cs = append(cs, built{[]part{{members, g[0]}}, members})
	}
	cs = joinFragments(cs, qs, us, unitOf, arts)
	// Clusters in order of their first quote, so in article then document
	// order.
	slices.SortStableFunc(cs, func(x, y built) int { return cmp.Compare(x.members[0], y.members[0]) })
	res := Result{Articles: arts, Speakers: speakers}
	for n, c := range cs {
		parts := make([]clusterPart, len(c.parts))
		for k, p := range c.parts {
			windows := map[int][2]int{}
			for _, m := range p.members {
				u := int(unitOf[m])
				if at[u].core == p.core && u != p.core && !at[u].direct {
					windows[m] = [2]int{at[u].start, at[u].end}
				}
			}
			parts[k] = clusterPart{members: p.members, core: us[p.core].rep, windows: windows}
		}
		res.Clusters = append(res.Clusters, buildCluster(fmt.Sprintf("c%d", n+1), c.members, parts, qs, arts, para, opts))
	}
	res.Stats = CountStats(res)
	res.Stats.Comparisons = comparisons
	// Limits that remain are said, never applied silently.
	if n := opts.cache.unaligned; n > 0 {
		res.Notices = append(res.Notices, fmt.Sprintf("%d word alignments were too large (over %d word pairs): their middles are shown as removed and replaced, not aligned word by word", n, maxAlignCells))
	}
	if n := para.tooCommon; n > 0 {
		res.Notices = append(res.Notices, fmt.Sprintf("paraphrased-unquoted: %d word pairs of quotes occur in more than %d places (copies counted once) and were not looked up; unquoted uses of those words may be missed", n, opts.MaxPosting))
	}
	return res
}

// withoutNames drops from a quote's context words the words that name its
// speaker: every quote of a speaker has them around it, so they say
// nothing about which utterance it is.
func withoutNames(ws []int32, q *qinfo, c *simCache) []int32 {
	names := q.q.Speaker + " " + strings.ReplaceAll(q.speaker, "-", " ")
	if q.q.Mention != nil {
		names += " " + q.q.Mention.Text
	}
	for _, t := range tokenize(names) {
		if id, ok := c.ids[t.Norm]; ok {
			if i := slices.Index(ws, id); i >= 0 {
				ws = slices.Delete(ws, i, i+1)
			}
		}
	}
	return ws
}

// prepare tokenises a quote and the words of its sentence around it.
func prepare(text string, q *quotes.Quote, ai, qi int, kinds map[string]string, ctxWords int, c *simCache) *qinfo {
	in := &qinfo{art: ai, pos: qi, q: q, toks: c.tokenize(q.Text)}
	count := map[string]int32{}
	for _, t := range in.toks {
		in.weight += tokenWeight(t)
		if !t.Stop {
			in.content++
			count[t.Norm]++
		}
	}
	for _, n := range count {
		in.mult = append(in.mult, n)
	}
	slices.SortFunc(in.mult, func(a, b int32) int { return cmp.Compare(b, a) })
	if q.Kind != quotes.Scare && q.Kind != quotes.Title {
		in.speaker = q.SpeakerID
		if in.speaker == "" {
			in.speaker = identity.Slug(q.Speaker)
		}
		in.kind = q.SpeakerKind
		if in.kind == "" {
			in.kind = kinds[q.SpeakerID]
		}
	}
	start, end := q.Start, q.End
	if start < 0 || end > len(text) || start > end {
		return in
	}
	ls := sentenceStart(text, start)
	re := sentenceEnd(text, end)
	in.left = contextBefore(text, ls, start, ctxWords, c)
	in.right = contextAfter(text, end, re, ctxWords, c)
	return in
}

// contextWindow is how many bytes per context word are tokenised first; a
// sentence can run to hundreds of bytes, and tokenising all of it for every
// quote is most of the cost of a paragraph packed with quotes.
const contextWindow = 10

// contextBefore returns the last n words of text[from:to]. It tokenises a
// window ending at to first; with more than n words in it, the first of
// which may be cut, the last n are whole.
func contextBefore(text string, from, to, n int, c *simCache) []token {
	return c.context(ctxKey{text[from:to], true}, func() []token { return contextBeforeUncached(text, from, to, n) })
}

// ctxKey is the text a context was cut from and its side.
type ctxKey struct {
	text   string
	before bool
}

// context returns the words cached under key, cutting them once.
func (c *simCache) context(key ctxKey, cut func() []token) []token {
	if t, ok := c.ctx[key]; ok {
		return t
	}
	t := cut()
	c.ctx[key] = t
	return t
}

func contextBeforeUncached(text string, from, to, n int) []token {
	if w := to - n*contextWindow; w > from {
		for w < to && !utf8.RuneStart(text[w]) {
			w++
		}
		if toks := tokenize(text[w:to]); len(toks) > n {
			return slices.Clone(toks[len(toks)-n:])
		}
	}
	toks := tokenize(text[from:to])
	if len(toks) > n {
		toks = toks[len(toks)-n:]
	}
	// A copy, so that the words dropped are not kept alive with the quote.
	return slices.Clone(toks)
}

// contextAfter returns the first n words of text[from:to]; see
// contextBefore.
func contextAfter(text string, from, to, n int, c *simCache) []token {
	return c.context(ctxKey{text[from:to], false}, func() []token { return contextAfterUncached(text, from, to, n) })
}

func contextAfterUncached(text string, from, to, n int) []token {
	if w := from + n*contextWindow; w < to {
		for w > from && !utf8.RuneStart(text[w]) {
			w--
		}
		if toks := tokenize(text[from:w]); len(toks) > n {
			return slices.Clone(toks[:n])
		}
	}
	toks := tokenize(text[from:to])
	if len(toks) > n {
		toks = toks[:n]
	}
	return slices.Clone(toks)
}

// sentenceStart finds where the sentence holding offset i begins: after
// the last sentence stop followed by a space, or the last line break.
func sentenceStart(text string, i int) int {
	lim := max(0, i-400)
	for k := i - 1; k > lim; k-- {
		switch text[k] {
		case '\n':
			return k + 1
		case ' ':
			if p := text[k-1]; p == '.' || p == '!' || p == '?' {
				return k + 1
			}
		}
	}
	return lim
}

// sentenceEnd finds where the sentence holding offset i ends.
func sentenceEnd(text string, i int) int {
	lim := min(len(text), i+400)
	for k := i; k < lim; k++ {
		switch text[k] {
		case '\n':
			return k
		case '.', '!', '?':
			if k+1 == len(text) || text[k+1] == ' ' || text[k+1] == '\n' {
				return k
			}
		}
	}
	return lim
}

// sameArticleVersions reports two quotes of one article that are one
// utterance: the same words, or a part of at least two content words
// repeated word for word inside a longer quote of the same speaker.
func sameArticleVersions(a, b *qinfo) bool {
	if a.content == 0 || b.content == 0 || !speakersCompatible(a, b) {
		return false
	}
	if sameNorm(a.toks, b.toks) {
		return true
	}
	if isTerm(a) || isTerm(b) {
		return false
	}
	s, l := a, b
	if len(b.toks) < len(a.toks) {
		s, l = b, a
	}
	return s.content >= 2 && containsRun(l.toks, s.toks)
}

// containsRun reports whether the words of s occur consecutively in l.
func containsRun(l, s []token) bool {
	for i := 0; i+len(s) <= len(l); i++ {
		if sameNorm(l[i:i+len(s)], s) {
			return true
		}
	}
	return false
}

// slotLinks pairs the quotes that a rewrite left without a match: for two
// articles, between two consecutive matched pairs (or the start or end of
// both articles), the same number of unmatched quotes on each side, taken
// in order, each pair with the same known speaker, or both without one
// and sharing a word.
func slotLinks(qs []*qinfo, keys [][2]int, best map[[2]int]link) []link {
	type artPair struct{ a, b int }
	anchors := map[artPair][][2]int{}
	for _, k := range keys {
		l := best[k]
		p, q := l.p, l.q
		if qs[p].art > qs[q].art {
			p, q = q, p
		}
		ap := artPair{qs[p].art, qs[q].art}
		anchors[ap] = append(anchors[ap], [2]int{p, q})
	}
	firstOf := map[int]int{}
	lastOf := map[int]int{}
	for i, q := range qs {
		if _, ok := firstOf[q.art]; !ok {
			firstOf[q.art] = i
		}
		lastOf[q.art] = i
	}
	aps := make([]artPair, 0, len(anchors))
	for ap := range anchors {
		aps = append(aps, ap)
	}
	slices.SortFunc(aps, func(x, y artPair) int {
		if x.a != y.a {
			return x.a - y.a
		}
		return x.b - y.b
	})
	var out []link
	for _, ap := range aps {
		as := anchors[ap]
		slices.SortFunc(as, func(x, y [2]int) int {
			if x[0] != y[0] {
				return x[0] - y[0]
			}
			return x[1] - y[1]
		})
		as = slices.Compact(as)
		inPair := map[int]bool{}
		for _, a := range as {
			inPair[a[0]], inPair[a[1]] = true, true
		}
		// virtual anchors before the first and after the last quotes
		seq := append([][2]int{{firstOf[ap.a] - 1, firstOf[ap.b] - 1}}, as...)
		seq = append(seq, [2]int{lastOf[ap.a] + 1, lastOf[ap.b] + 1})
		for k := 0; k+1 < len(seq); k++ {
			lo, hi := seq[k], seq[k+1]
			if hi[0] <= lo[0] || hi[1] <= lo[1] {
				continue // crossing anchors: the order is not kept here
			}
			var ua, ub []int
			for i := lo[0] + 1; i < hi[0]; i++ {
				if !inPair[i] && qs[i].content > 0 {
					ua = append(ua, i)
				}
			}
			for j := lo[1] + 1; j < hi[1]; j++ {
				if !inPair[j] && qs[j].content > 0 {
					ub = append(ub, j)
				}
			}
			if len(ua) != len(ub) || len(ua) > 3 {
				continue
			}
			for x := range ua {
				p, q := qs[ua[x]], qs[ub[x]]
				if isTerm(p) != isTerm(q) {
					continue
				}
				rel := speakerRelation(p.speaker, q.speaker)
				if rel > 0 || rel == 0 && p.speaker == q.speaker && p.q.Kind == q.q.Kind && sharesContent(p.toks, q.toks) {
					out = append(out, link{ua[x], ub[x], 0})
				}
			}
		}
	}
	return out
}

// sharesContent reports whether two token lists have a content word in
// common.
func sharesContent(a, b []token) bool {
	for _, x := range a {
		if x.Stop {
			continue
		}
		for _, y := range b {
			if x.Norm == y.Norm {
				return true
			}
		}
	}
	return false
}

// isTerm reports a quoted term or title: nobody's speech.
func isTerm(q *qinfo) bool {
	return q.q.Kind == quotes.Scare || q.q.Kind == quotes.Title
}

func speakersCompatible(a, b *qinfo) bool {
	return speakerRelation(a.speaker, b.speaker) >= 0
}

// speakerRelation compares two speaker IDs: 1 when they may be one
// speaker, 0 when either is unknown, -1 when they differ (see
// identity.Relation).
func speakerRelation(a, b string) int { return identity.Relation(a, b) }

func sameNorm(a, b []token) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Norm != b[i].Norm {
			return false
		}
	}
	return true
}

// overlap measures how much of the shorter version s the longer version l
// holds, in order.
type overlap struct {
	steps     []step
	cover     float64 // aligned equal words of s, weighted, over s's weight
	eqContent int     // equal content words
	near      int     // content words paired with a near spelling (tariff/tariffs)
	bag       int     // distinct content words of s found anywhere in l
	bagCover  float64 // bag over s's distinct content words
}

func measure(s, l *qinfo, c *simCache) overlap {
	o := overlap{steps: alignTokens(s.toks, l.toks, c)}
	var eq float64
	for _, st := range o.steps {
		switch st.Kind {
		case 'e':
			eq += tokenWeight(s.toks[st.I])
			if !s.toks[st.I].Stop {
				o.eqContent++
			}
		case 's':
			// a near spelling (take/takes) counts for half
			if sim := c.similarity(&s.toks[st.I], &l.toks[st.J]); sim >= 0.75 {
				eq += tokenWeight(s.toks[st.I]) * sim / 2
				if !s.toks[st.I].Stop && sim >= 0.8 {
					o.near++
				}
			}
		}
	}
	if s.weight > 0 {
		o.cover = eq / s.weight
	}
	inL := map[string]bool{}
	for _, t := range l.toks {
		if !t.Stop {
			inL[t.Norm] = true
		}
	}
	distinct := map[string]bool{}
	for _, t := range s.toks {
		if !t.Stop && !distinct[t.Norm] {
			distinct[t.Norm] = true
			if inL[t.Norm] {
				o.bag++
			}
		}
	}
	if len(distinct) > 0 {
		o.bagCover = float64(o.bag) / float64(len(distinct))
	}
	return o
}

// contextAgreement aligns the words around two quotes, left with left and
// right with right, and returns the aligned equal content words and their
// weighted share of the shorter context.
func contextAgreement(a, b *qinfo, c *simCache) (int, float64) {
	var eq, wa, wb float64
	content := 0
	for _, side := range [2][2][]token{{a.left, b.left}, {a.right, b.right}} {
		x, y := side[0], side[1]
		for _, t := range x {
			wa += tokenWeight(t)
		}
		for _, t := range y {
			wb += tokenWeight(t)
		}
		if len(x) == 0 || len(y) == 0 {
			continue
		}
		for _, st := range alignTokens(x, y, c) {
			if st.Kind == 'e' {
				eq += tokenWeight(x[st.I])
				if !x[st.I].Stop {
					content++
				}
			}
		}
	}
	w := min(wa, wb)
	if w == 0 {
		return 0, 0
	}
	return content, eq / w
}

// extendedSupport counts the content words next to a short quote s, in
// its own sentence, that the longer quote l also has around the same
// words: a reporter who quotes one word of a sentence usually paraphrases
// its neighbours ("two 'malicious' cyber campaigns").
func extendedSupport(s, l *qinfo, c *simCache) int {
	const reach = 3
	extend := func(q *qinfo) ([]token, int) {
		left := q.left[max(0, len(q.left)-reach):]
		right := q.right[:min(len(q.right), reach)]
		ext := make([]token, 0, len(left)+len(q.toks)+len(right))
		ext = append(ext, left...)
		ext = append(ext, q.toks...)
		return append(ext, right...), len(left)
	}
	es, sl := extend(s)
	// The longer quote brings its own neighbours too only when it is
	// short itself: a word quoted alone in both articles.
	el := l.toks
	if len(l.toks) <= 3 {
		el, _ = extend(l)
	}
	n := 0
	quoteEq := 0
	for _, st := range alignTokens(es, el, c) {
		if st.Kind != 'e' {
			continue
		}
		if st.I >= sl && st.I < sl+len(s.toks) {
			quoteEq++
		} else if !es[st.I].Stop {
			n++
		}
	}
	if quoteEq == 0 {
		return 0
	}
	return n
}

// sameUtterance decides whether two quotes from different articles are
// versions of one utterance, and how strongly.
func sameUtterance(p, q *qinfo, opts Options) (float64, bool) {
	s, l := p, q
	if len(q.toks) < len(p.toks) {
		s, l = q, p
	}
	rel := speakerRelation(p.speaker, q.speaker)
	same, differ := rel > 0, rel < 0
	o := measure(s, l, opts.cache)
	ctxContent, ctxShare := contextAgreement(p, q, opts.cache)

	matched := o.eqContent + o.near
	// The more content words two versions share in order, the less of
	// the shorter one they need to cover.
	need := max(0.4, opts.MinCoverage-0.03*float64(matched-2))
	scare := isTerm(p) || isTerm(q)
	ok := false
	switch {
	case s.content == 0:
		// Function words alone ("all of us") say nothing.
	case scare && !(isTerm(p) && isTerm(q)):
		// A term in quote marks goes with speech only word for word.
		ok = o.cover >= 1 && o.eqContent == s.content && len(s.toks) == len(l.toks)
	case s.content == 1:
		// One content word: it must be there, and something else must
		// tie the two together.
		if o.eqContent == 1 && o.cover >= opts.MinCoverage {
			switch {
			case same:
				ok = true
			case !differ && l.content == 1:
				ok = true
			case extendedSupport(s, l, opts.cache) >= 2:
				ok = true
			}
		}
	case differ:
		ok = matched >= 2 && o.cover >= opts.MinCoverageOtherSpeaker ||
			o.cover >= opts.MinCoverage && extendedSupport(s, l, opts.cache) >= 2
	default:
		ok = matched >= 2 && o.cover >= need ||
			o.bag >= 3 && o.bagCover >= 0.8 ||
			// a short quote of the same speaker that keeps half its words
			same && s.content <= 3 && o.eqContent >= 1 && o.cover >= 0.5
	}
	// A spun copy: the words differ but the sentence around them and the
	// speaker agree.
	if !ok && !differ && ctxContent >= 3 && ctxShare >= opts.MinContext {
		ratio := float64(len(s.toks)) / float64(max(1, len(l.toks)))
		if ratio >= 0.4 && (same || p.speaker == "" && q.speaker == "") {
			ok = true
		}
	}
	if !ok && !differ && ctxContent >= 2 && o.cover+ctxShare >= 0.9 {
		ok = true
	}
	if scare && !(isTerm(p) && isTerm(q)) && !(o.cover >= 1 && o.eqContent == s.content && len(s.toks) == len(l.toks)) {
		// The context rules above do not make a term speech: a term
		// nested in a quote has the quote's own context.
		ok = false
	}
	if opts.trace != nil {
		opts.trace(fmt.Sprintf("pair %s %s: ok=%v cover=%.2f eq=%d near=%d bag=%d/%.2f ctx=%d/%.2f ext=%d same=%v differ=%v",
			p.q.ID, q.q.ID, ok, o.cover, o.eqContent, o.near, o.bag, o.bagCover, ctxContent, ctxShare, extendedSupport(s, l, opts.cache), same, differ))
	}
	if !ok {
		return 0, false
	}
	score := 2*o.cover + ctxShare + 0.1*float64(min(o.eqContent, 10))
	if same {
		score += 0.5
	}
	if differ {
		score -= 0.5
	}
	// Prefer the counterpart of similar length: a word quoted alone goes
	// with the same word quoted alone before a long quote that holds it.
	score += 0.3 * float64(len(s.toks)) / float64(max(1, len(l.toks)))
	return score, true
}
