package align

import (
	"cmp"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// A reporter who quotes a statement in pieces puts the pieces of one
// statement in one sentence: `the ministry said the report was "wholly
// inaccurate" and amounted to "a smear campaign"`. Other outlets may quote
// each piece with different words, or one piece inside a longer passage,
// so the pieces land in clusters of their own, which nothing in their
// words ties together. The sentence does: partial quotes of one speaker in
// one sentence of one article are fragments of one statement, and their
// clusters are joined. Each cluster joined stays a part with its own
// reference, since a piece must only be compared with text it overlaps.

// part is one group of versions inside a cluster: the versions compared
// with one reference. A cluster has one part unless fragments of one
// sentence joined several.
type part struct {
	members []int // indexes into qs, sorted
	core    int   // unit index of the part's reference
}

// built is a cluster before its variants are judged: its parts, the one
// holding the cluster's reference first, and the union of their members.
type built struct {
	parts   []part
	members []int // indexes into qs, sorted, each once
}

// joinFragments joins the clusters that hold partial quotes of one
// speaker in one sentence of one article. It is conservative, since every
// join puts every version of one cluster with every version of the other:
//   - both quotes are partial (a fragment inside the reporter's sentence,
//     not a direct quote, a term or a headline) and have the same
//     resolved speaker, not an unknown one;
//   - no sentence ends between them;
//   - another article has one version that bridges them (hasBridge):
//     what this reporter cut in two, another quoted in one piece. Two
//     things one speaker said in one breath ("deeply troubling" and
//     "a pattern of neglect at every level") are otherwise often two
//     utterances, which other outlets quote apart;
//   - each quote is in exactly one cluster (a quote in several clusters is
//     a long quote already split by utterance), and each of the two
//     clusters has versions in another article: a join rests on other
//     outlets quoting the pieces, not on one article alone.
//
// Joined clusters keep their parts; a part whose reference is the same
// quote as another's (two sentences of one long quote) becomes one part
// with it. It runs in one pass over the quotes, in document order.
func joinFragments(cs []built, qs []*qinfo, us []unit, unitOf []int32, arts []ArticleQuotes) []built {
	if len(cs) < 2 {
		return cs
	}
	in := make([]int32, len(qs)) // quote -> how many clusters hold it
	of := make([]int32, len(qs)) // quote -> its cluster, when in one
	reach := make([]bool, len(cs))
	for i, c := range cs {
		first := qs[c.members[0]].art
		for _, m := range c.members {
			in[m]++
			of[m] = int32(i)
			reach[i] = reach[i] || qs[m].art != first
		}
	}
	parent := make([]int32, len(cs))
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	joined := false
	// Copies of an article repeat its sentences: a pair of fragments is
	// looked at once per pair of wordings, and a cluster's wordings are
	// listed once.
	bridged := map[[2]int32]bool{}
	wordings := map[int32][]int32{}
	unitsOf := func(c int32) []int32 {
		if ws, ok := wordings[c]; ok {
			return ws
		}
		var ws []int32
		seen := map[int32]bool{}
		for _, m := range cs[c].members {
			if u := unitOf[m]; !seen[u] {
				seen[u] = true
				ws = append(ws, u)
			}
		}
		wordings[c] = ws
		return ws
	}
	// Quotes come in article then document order: a sentence's fragments
	// are consecutive candidates with no sentence end between them.
	var sentence []int
	for m, q := range qs {
		if !fragmentCandidate(q) || in[m] != 1 || !reach[of[m]] {
			continue
		}
		if len(sentence) > 0 {
			prev := qs[sentence[len(sentence)-1]]
			if prev.art != q.art || crossesSentence(arts[q.art].Article.Text, prev.q, q.q) {
				sentence = sentence[:0]
			}
		}
		for _, o := range sentence {
			if qs[o].speaker != q.speaker || of[o] == of[m] {
				continue
			}
			key := [2]int32{unitOf[o], unitOf[m]}
			ok, seen := bridged[key]
			if !seen {
				ok = hasBridge(qs[o], qs[m], unitsOf(of[o]), unitsOf(of[m]), qs, us, in)
				bridged[key] = ok
			}
			if !ok {
				continue
			}
			if a, b := find(of[o]), find(of[m]); a != b {
				parent[max(a, b)] = min(a, b)
				joined = true
			}
		}
		sentence = append(sentence, m)
	}
	if !joined {
		return cs
	}
	byRoot := map[int32]int{}
	var out []built
	for i := range cs {
		r := find(int32(i))
		k, ok := byRoot[r]
		if !ok {
			byRoot[r] = len(out)
			out = append(out, built{})
			k = len(out) - 1
		}
		out[k].parts = append(out[k].parts, cs[i].parts...)
		out[k].members = append(out[k].members, cs[i].members...)
	}
	for k := range out {
		b := &out[k]
		slices.Sort(b.members)
		b.members = slices.Compact(b.members)
		b.parts = mergeSameCore(b.parts, qs, us)
	}
	return out
}

// hasBridge reports whether a version of one of the two clusters, from
// another article than fragments x and y (x first), holds a content word
// of x and, after it, a content word of y: the pieces quoted as one
// passage elsewhere ("wholly false and a smear" for "wholly inaccurate"
// ... "a smear campaign"). Words both fragments
// have say nothing of which is which, and a long quote already split by
// utterance (in several clusters) is no bridge: its sentences were found
// to be utterances of their own.
func hasBridge(x, y *qinfo, ux, uy []int32, qs []*qinfo, us []unit, in []int32) bool {
	xs, ys := contentNorms(x), contentNorms(y)
	for _, u := range slices.Concat(ux, uy) {
		z := qs[us[u].rep]
		if us[u].arts == 1 && z.art == x.art || in[us[u].rep] != 1 {
			continue
		}
		first := slices.IndexFunc(z.toks, func(t token) bool { return !t.Stop && xs[t.Norm] && !ys[t.Norm] })
		if first < 0 {
			continue
		}
		if slices.ContainsFunc(z.toks[first+1:], func(t token) bool { return !t.Stop && ys[t.Norm] && !xs[t.Norm] }) {
			return true
		}
	}
	return false
}

// contentNorms is the set of a quote's content words.
func contentNorms(q *qinfo) map[string]bool {
	out := map[string]bool{}
	for _, t := range q.toks {
		if !t.Stop {
			out[t.Norm] = true
		}
	}
	return out
}

// fragmentCandidate reports whether q may tie its cluster to another: a
// partial quote with a known speaker.
func fragmentCandidate(q *qinfo) bool {
	return q.q.Kind == quotes.Partial && q.speaker != "" && q.content > 0
}

// crossesSentence reports whether a sentence ends between quotes a and b
// of one text (a first): a full stop, question or exclamation mark
// followed, after any closing quote marks or brackets, by a space or a
// line break, or a line break of its own. The last character of a counts:
// a fragment may end with the stop inside its quote marks.
func crossesSentence(text string, a, b *quotes.Quote) bool {
	from, to := max(0, a.End-1), b.Start
	if from >= to || to > len(text) {
		// Overlapping or out of order: not two fragments of a sentence.
		return true
	}
	gap := text[from:to]
	if strings.ContainsAny(gap[min(1, len(gap)):], "\n\r") {
		return true
	}
	for i := 0; i < len(gap); i++ {
		if c := gap[i]; c != '.' && c != '!' && c != '?' {
			continue
		}
		rest := strings.TrimLeft(gap[i+1:], "\"')]’”»")
		if rest != "" && (rest[0] == ' ' || rest[0] == '\n') {
			return true
		}
	}
	return false
}

// mergeSameCore orders the parts, the one with the fullest reference first
// (as cores are ranked: most words, then most outlets, then most
// articles), and makes one part of parts with the same reference.
func mergeSameCore(ps []part, qs []*qinfo, us []unit) []part {
	slices.SortStableFunc(ps, func(a, b part) int {
		ua, ub := &us[a.core], &us[b.core]
		return cmp.Or(
			-cmp.Compare(len(qs[ua.rep].toks), len(qs[ub.rep].toks)),
			-cmp.Compare(ua.outlets, ub.outlets),
			-cmp.Compare(ua.arts, ub.arts),
			cmp.Compare(a.core, b.core),
		)
	})
	var out []part
	for _, p := range ps {
		if n := len(out); n > 0 && out[n-1].core == p.core {
			last := &out[n-1]
			last.members = append(last.members, p.members...)
			slices.Sort(last.members)
			last.members = slices.Compact(last.members)
			continue
		}
		out = append(out, p)
	}
	return out
}
