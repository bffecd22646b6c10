package align

import (
	"cmp"
	"fmt"
	"slices"
)

// variant is one wording of a cluster while it is built: members with the
// same normalised words and speakers that may be one person.
type variant struct {
	members []int           // indexes into qs, in article then document order
	speaker string          // the first known speaker; "" when none is
	kinds   []string        // speaker kinds seen
	arts    []int           // article indexes, deduplicated, in input order
	outlets []string        // outlet names, deduplicated, in input order
	seen    map[string]bool // outlets, for deduplication
	verdict Verdict
	steps   []step   // reference -> this variant
	window  [2]int   // the stretch of the reference compared, when not all of it
	against *variant // the reference it was compared with; nil for a reference
	finding bool     // whether the variant yields a finding
}

func (v *variant) first(qs []*qinfo) *qinfo { return qs[v.members[0]] }

// groupVariants splits a cluster's members into variants. Members with the
// same words join the first variant whose speakers they may share, so the
// same words given to two different people stay two variants, and a
// quote without a speaker joins the first with its words.
func groupVariants(members []int, qs []*qinfo, arts []ArticleQuotes) []*variant {
	var out []*variant
	byWords := map[string][]*variant{}
	var key []byte
	for _, m := range members {
		q := qs[m]
		key = textKey(key[:0], q.toks)
		var into *variant
		for _, v := range byWords[string(key)] {
			if v.speaker == "" || q.speaker == "" || speakerRelation(v.speaker, q.speaker) > 0 {
				into = v
				break
			}
		}
		if into == nil {
			into = &variant{}
			byWords[string(key)] = append(byWords[string(key)], into)
			out = append(out, into)
		}
		into.members = append(into.members, m)
		if into.speaker == "" {
			into.speaker = q.speaker
		}
		if q.kind != "" && !slices.Contains(into.kinds, q.kind) {
			into.kinds = append(into.kinds, q.kind)
		}
		// Members come in article order: a new article is a new last one.
		if n := len(into.arts); n == 0 || into.arts[n-1] != q.art {
			into.arts = append(into.arts, q.art)
			if o := outletName(&arts[q.art]); !into.seen[o] {
				if into.seen == nil {
					into.seen = map[string]bool{}
				}
				into.seen[o] = true
				into.outlets = append(into.outlets, o)
			}
		}
	}
	return out
}

// outletName names an article's outlet: its Outlet, else its ID.
func outletName(a *ArticleQuotes) string {
	if a.Article.Outlet != "" {
		return a.Article.Outlet
	}
	return a.Article.ID
}

// judge compares a variant with the reference: its verdict, its
// alignment, and whether it yields a finding. A variant that matched a
// part of the reference through another version, not the reference
// itself (a reworded fragment), is compared with that part: window.
func judge(ref, v *variant, window *[2]int, qs []*qinfo, opts Options) {
	r, q := ref.first(qs), v.first(qs)
	rt := r.toks
	if window != nil {
		rt = r.toks[window[0]:window[1]]
	}
	v.steps = alignTokens(rt, q.toks, opts.cache)
	v.verdict = classify(joinTokens(rt), q.q.Text, rt, q.toks, v.steps)
	if window != nil {
		v.window = *window
		v.steps = shiftSteps(v.steps, window[0])
		if (v.verdict == Identical || v.verdict == PunctuationOnly) && len(rt) < len(r.toks) {
			v.verdict = Fragment
		}
	}
	if speakerRelation(ref.speaker, v.speaker) < 0 && v.verdict != Fragment && kindsAgree(ref.kinds, v.kinds) {
		// The same words in two mouths. A fragment is not enough to say
		// so, and an organisation's words spoken by its minister are not
		// a contradiction.
		v.verdict = SpeakerDiffers
	}
	// A variant carried only by articles that also carry the reference is
	// a repeat in part within those articles, not a divergence between
	// outlets.
	in := make(map[int]bool, len(ref.arts))
	for _, a := range ref.arts {
		in[a] = true
	}
	outside := false
	for _, a := range v.arts {
		outside = outside || !in[a]
	}
	v.finding = v.verdict != Identical && outside
}

// kindsAgree reports whether two speakers' kinds may be compared: either
// unknown, or one kind in common.
func kindsAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

// shiftSteps moves the first text's indexes of an alignment by off.
func shiftSteps(steps []step, off int) []step {
	for k := range steps {
		if steps[k].I >= 0 {
			steps[k].I += off
		}
	}
	return steps
}

// inner drops the reference's words before and after the stretch a
// variant covers: a fragment's diff shows where it sits, not the whole
// reference again.
func inner(steps []step) []step {
	first, last := -1, -1
	for k, st := range steps {
		if st.Kind == 'e' || st.Kind == 's' {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return steps
	}
	pureDel := func(run []step) bool {
		for _, st := range run {
			if st.Kind != 'd' {
				return false
			}
		}
		return true
	}
	lo, hi := 0, len(steps)
	if pureDel(steps[:first]) {
		lo = first
	}
	if pureDel(steps[last+1:]) {
		hi = last + 1
	}
	return steps[lo:hi]
}

// findingSteps is the alignment a finding's diff shows: the whole
// reference, or the stretch a variant matched through another version
// stands for.
func findingSteps(v *variant) []step {
	if v.window != [2]int{} {
		return inner(v.steps)
	}
	return v.steps
}

// reversed turns an alignment of a with b into one of b with a.
func reversed(steps []step) []step {
	out := make([]step, len(steps))
	for k, s := range steps {
		switch s.Kind {
		case 'd':
			s.Kind = 'i'
		case 'i':
			s.Kind = 'd'
		}
		s.I, s.J = s.J, s.I
		out[k] = s
	}
	return out
}

// clusterPart is one part of a cluster as buildCluster takes it: its
// members, the quote whose variant is the part's reference, and, for the
// first quote of a variant matched through another version, the stretch
// of the reference it stands for.
type clusterPart struct {
	members []int
	core    int
	windows map[int][2]int
}

// buildCluster assembles one cluster: its variants, the reference, and
// one finding per variant that deviates from its reference. Each part is
// judged against its own reference; the first part's is the cluster's.
func buildCluster(id string, members []int, parts []clusterPart, qs []*qinfo, arts []ArticleQuotes, para *paraphraseFinder, opts Options) Cluster {
	c := Cluster{ID: id}
	counts := map[string]int{}
	articles := map[int]bool{}
	for _, m := range members {
		c.Quotes = append(c.Quotes, qs[m].q.ID)
		articles[qs[m].art] = true
		if sp := qs[m].speaker; sp != "" {
			counts[sp]++
		}
	}
	bestN := 0
	for _, m := range members {
		sp := qs[m].speaker
		if sp != "" && counts[sp] > bestN {
			bestN = counts[sp]
			c.SpeakerID = qs[m].q.SpeakerID
			if c.SpeakerID == "" {
				c.SpeakerID = sp
			}
		}
	}

	var vs []*variant // every part's variants, each part's reference first
	var ref *variant  // the cluster's
	for k, p := range parts {
		pvs := groupVariants(p.members, qs, arts)
		ri := slices.IndexFunc(pvs, func(v *variant) bool { return slices.Contains(v.members, p.core) })
		pref := pvs[ri]
		pref.verdict = Identical
		if k == 0 {
			ref = pref
		}
		vs = append(vs, pref)
		for i, v := range pvs {
			if i == ri {
				continue
			}
			v.against = pref
			if w, ok := p.windows[v.members[0]]; ok {
				judge(pref, v, &w, qs, opts)
			} else {
				judge(pref, v, nil, qs, opts)
			}
			vs = append(vs, v)
		}
	}
	// The reference first, then errors before warnings before the rest,
	// then the wordings most outlets carry; then input order.
	order := slices.Clone(vs)
	slices.SortStableFunc(order[1:], func(x, y *variant) int {
		return cmp.Or(
			-cmp.Compare(opts.severity(x.verdict).rank(), opts.severity(y.verdict).rank()),
			-cmp.Compare(len(x.outlets), len(y.outlets)),
		)
	})
	ids := make(map[*variant]string, len(order))
	for n, v := range order {
		ids[v] = fmt.Sprintf("%sv%d", id, n+1)
	}
	rq := ref.first(qs)
	for n, v := range order {
		q := v.first(qs)
		out := Variant{
			ID:       ids[v],
			Text:     q.q.Text,
			Outlets:  v.outlets,
			Verdict:  v.verdict,
			Severity: opts.severity(v.verdict),
		}
		for _, m := range v.members {
			out.Quotes = append(out.Quotes, qs[m].q.ID)
		}
		for _, a := range v.arts {
			out.Articles = append(out.Articles, arts[a].Article.ID)
		}
		if n == 0 {
			c.Reference = out.ID
		}
		if v.against != nil {
			pq := v.against.first(qs)
			out.ComparedWith = ids[v.against]
			out.Diff = opsFromSteps(pq.toks, q.toks, inner(v.steps))
		}
		c.Variants = append(c.Variants, out)
		if v.against != nil && v.finding {
			pq := v.against.first(qs)
			c.Findings = append(c.Findings, Finding{
				Verdict:  out.Verdict,
				Severity: out.Severity,
				A:        q.q.ID,
				B:        pq.q.ID,
				Diff:     opsFromSteps(q.toks, pq.toks, reversed(findingSteps(v))),
				Variant:  out.ID,
				Articles: out.Articles,
				Outlets:  out.Outlets,
			})
		}
	}
	// One quote per wording is looked up: copies have the same words.
	firsts := make([]int, len(vs))
	for i, v := range vs {
		firsts[i] = v.members[0]
	}
	c.Findings = append(c.Findings, para.find(firsts, articles)...)
	if len(c.Findings) == 0 && len(articles) == 1 {
		c.Findings = []Finding{{
			Verdict: SingleSource, Severity: opts.severity(SingleSource), A: rq.q.ID,
			Variant: c.Reference, Articles: c.Variants[0].Articles, Outlets: c.Variants[0].Outlets,
		}}
	}
	c.Verdict = ClusterVerdict(c.Findings, len(articles))
	return c
}
