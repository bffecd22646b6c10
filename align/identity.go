package align

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// ResolveSpeakers joins the speakers of all articles into one identity
// each. It sets SpeakerID on every attributed quote, in place
// (arts[i].Quotes[j].SpeakerID), and returns the identities sorted by ID
// with their aliases and the articles that quote them.
//
// Within an article, quotes.Attribute has already named each speaker by
// the fullest name the article gives. Across articles:
//   - people with the same full name are one ("Oliver Dowden");
//   - a full name that ends another is the same person when only one
//     person fits ("Duncan Smith" -> "Iain Duncan Smith");
//   - a short form an article could not expand (a surname, "Lord
//     Cameron", "Sir Iain") joins the one person whose surname, or for
//     Sir/Dame whose given name, fits; when two people fit it stays apart,
//     so two people who share a surname remain two;
//   - a one-word name an article took for an organisation joins a
//     person the same way, when exactly one person's surname fits;
//   - organisations are one when their names match after dropping "the"
//     and case, or when a name of two or more words begins a longer one
//     ("Chinese Embassy" -> "Chinese embassy in the UK").
//
// The identity's Name is its fullest name; its ID is the slug of that
// name, with "-2", "-3" added if two identities would share one.
func ResolveSpeakers(arts []ArticleQuotes) []Speaker {
	var locals []*localSpeaker
	byKey := make(map[string]*localSpeaker)
	for ai := range arts {
		art := &arts[ai]
		var names map[string]quotes.Name
		for qi := range art.Quotes {
			q := &art.Quotes[qi]
			q.SpeakerID = ""
			if q.Speaker == "" {
				continue
			}
			if names == nil {
				names = make(map[string]quotes.Name)
				for _, n := range quotes.Names(art.Article, art.Quotes) {
					names[n.Name] = n
				}
			}
			kind := q.SpeakerKind
			if kind == "" {
				kind = "person"
			}
			key := strconv.Itoa(ai) + "\x00" + kind + "\x00" + q.Speaker
			ls := byKey[key]
			if ls == nil {
				ls = &localSpeaker{article: ai, name: q.Speaker, kind: kind}
				if n, ok := names[q.Speaker]; ok {
					ls.aliases = append(ls.aliases, n.Aliases...)
				}
				ls.words = identWords(q.Speaker, kind)
				byKey[key] = ls
				locals = append(locals, ls)
			}
			if q.Mention != nil && !isPronoun(q.Mention.Text) && !namesDocument(q.Mention.Text) {
				ls.aliases = append(ls.aliases, q.Mention.Text)
			}
			ls.quotes = append(ls.quotes, [2]int{ai, qi})
		}
	}
	groups := groupLocals(locals)
	speakers := make([]Speaker, len(groups))
	order := make([]int, len(groups))
	for gi, g := range groups {
		speakers[gi] = identityOf(g, arts)
		order[gi] = gi
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := speakers[order[i]], speakers[order[j]]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Name < b.Name
	})
	// Make IDs unique, then hand them to the quotes.
	seen := make(map[string]int)
	out := make([]Speaker, 0, len(groups))
	for _, gi := range order {
		sp := speakers[gi]
		if sp.ID == "" {
			sp.ID = "speaker"
		}
		seen[sp.ID]++
		if n := seen[sp.ID]; n > 1 {
			sp.ID += "-" + strconv.Itoa(n)
		}
		for _, ls := range groups[gi] {
			for _, ref := range ls.quotes {
				arts[ref[0]].Quotes[ref[1]].SpeakerID = sp.ID
			}
		}
		out = append(out, sp)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// localSpeaker is one speaker name as one article uses it.
type localSpeaker struct {
	article int
	name    string
	kind    string
	words   []string // comparable words of the name
	aliases []string
	quotes  [][2]int // (article, quote) indices
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i":
		return true
	}
	return false
}

// namesDocument reports whether a mention names a document that speaks
// for someone ("the statement added", "a declaration from the Home
// Office"): the words attribute a quote but are not a name for its speaker.
func namesDocument(m string) bool {
	for _, w := range strings.Fields(strings.ToLower(m)) {
		switch w {
		case "statement", "declaration", "release", "announcement", "letter", "report", "filing", "communique", "communiqué":
			return true
		}
	}
	return false
}

// identHonorifics are titles that say nothing about which person is meant.
var identHonorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true,
	"prof": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"baroness": true, "baron": true,
}

// givenTitles go with a given name: Sir Iain, Dame Judi.
var givenTitles = map[string]bool{"sir": true, "dame": true}

// identWords returns the lower-case words of a name, apostrophes made
// plain; for an organisation a leading "the" is dropped.
func identWords(name, kind string) []string {
	name = strings.ReplaceAll(strings.ToLower(name), "’", "'")
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	for i, w := range f {
		f[i] = strings.TrimSuffix(strings.TrimSuffix(w, "."), "'s")
	}
	if kind != "person" && len(f) > 0 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return f
}

// bareName splits a person's words into an honorific (or "") and the
// name words.
func bareName(ws []string) (string, []string) {
	if len(ws) > 1 && identHonorifics[ws[0]] {
		return ws[0], ws[1:]
	}
	return "", ws
}

// groupLocals joins local speakers into identities, in a deterministic
// order (the order the articles and quotes give).
func groupLocals(locals []*localSpeaker) [][]*localSpeaker {
	parent := make([]int, len(locals))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	key := func(ls *localSpeaker) string {
		ws := ls.words
		if ls.kind == "person" {
			_, ws = bareName(ws)
		}
		return ls.kind + "\x00" + strings.Join(ws, " ")
	}
	// Same name, same kind.
	first := make(map[string]int)
	for i, ls := range locals {
		k := key(ls)
		if j, ok := first[k]; ok {
			union(i, j)
		} else {
			first[k] = i
		}
	}
	// Full personal names (two words or more, without a title).
	var full []int
	for i, ls := range locals {
		if ls.kind != "person" {
			continue
		}
		h, ws := bareName(ls.words)
		if len(ws) >= 2 && !(givenTitles[h] && len(ws) < 2) {
			full = append(full, i)
		}
	}
	fits := func(i, j int) bool { // can local i's name be a short form of full name j?
		hi, wi := bareName(locals[i].words)
		_, wj := bareName(locals[j].words)
		if len(wi) >= len(wj) || len(wi) == 0 {
			return false
		}
		if givenTitles[hi] && len(wi) == 1 && wi[0] == wj[0] {
			return true
		}
		return slices.Equal(wj[len(wj)-len(wi):], wi)
	}
	// A short form fits a full name that ends with it, or for Sir and
	// Dame one that starts with it: index the full names by their last
	// and first words, so that each short form meets the few full names
	// it may fit rather than all of them (quadratic on many articles).
	byLast, byFirst := map[string][]int{}, map[string][]int{}
	for _, j := range full {
		_, wj := bareName(locals[j].words)
		byLast[wj[len(wj)-1]] = append(byLast[wj[len(wj)-1]], j)
		byFirst[wj[0]] = append(byFirst[wj[0]], j)
	}
	for i, ls := range locals {
		// A lone capitalised word the article could not place ("Fenwick
		// told reporters") may be a surname too.
		if ls.kind != "person" && len(ls.words) != 1 {
			continue
		}
		hi, wi := bareName(ls.words)
		if len(wi) == 0 {
			continue
		}
		cands := byLast[wi[len(wi)-1]]
		if givenTitles[hi] && len(wi) == 1 {
			cands = mergeSorted(cands, byFirst[wi[0]])
		}
		cand := -1
		for _, j := range cands {
			if j == i || find(j) == find(i) || !fits(i, j) {
				continue
			}
			if cand >= 0 && find(cand) != find(j) {
				cand = -2 // two people fit: keep them apart
				break
			}
			cand = j
		}
		if cand >= 0 {
			union(i, cand)
		}
	}
	// Organisations whose name of two words or more begins a longer one,
	// looked up by kind and first two words.
	orgKey := func(ls *localSpeaker) string { return ls.kind + "\x00" + ls.words[0] + "\x00" + ls.words[1] }
	byStart := map[string][]int{}
	for j, o := range locals {
		if o.kind != "person" && len(o.words) > 2 {
			byStart[orgKey(o)] = append(byStart[orgKey(o)], j)
		}
	}
	for i, ls := range locals {
		if ls.kind == "person" || len(ls.words) < 2 {
			continue
		}
		best := -1
		for _, j := range byStart[orgKey(ls)] {
			o := locals[j]
			if j == i || o.kind != ls.kind || len(o.words) <= len(ls.words) || !wordsPrefix(o.words, ls.words) {
				continue
			}
			if best < 0 || len(o.words) > len(locals[best].words) {
				best = j
			}
		}
		if best >= 0 {
			union(i, best)
		}
	}
	idx := make(map[int]int)
	var groups [][]*localSpeaker
	for i, ls := range locals {
		r := find(i)
		g, ok := idx[r]
		if !ok {
			g = len(groups)
			idx[r] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], ls)
	}
	return groups
}

// mergeSorted merges two ascending lists of indices, dropping repeats.
func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			out = append(out, a[0])
			a = a[1:]
		case len(a) == 0 || b[0] < a[0]:
			out = append(out, b[0])
			b = b[1:]
		default:
			out = append(out, a[0])
			a, b = a[1:], b[1:]
		}
	}
	return out
}

func wordsPrefix(long, short []string) bool {
	if len(short) > len(long) {
		return false
	}
	for i := range short {
		if long[i] != short[i] {
			return false
		}
	}
	return true
}

// identityOf builds the Speaker for one group of local speakers.
func identityOf(g []*localSpeaker, arts []ArticleQuotes) Speaker {
	// The fullest name: most words without a title, then the most quotes,
	// then the earliest seen.
	best := g[0]
	bestLen := nameLen(best)
	count := func(ls *localSpeaker) int { return len(ls.quotes) }
	for _, ls := range g[1:] {
		l := nameLen(ls)
		if l > bestLen || (l == bestLen && count(ls) > count(best)) {
			best, bestLen = ls, l
		}
	}
	s := Speaker{Name: best.name, Kind: best.kind}
	s.ID = quotes.Slug(s.Name)
	seen := map[string]bool{s.Name: true}
	add := func(a string) {
		a = strings.TrimSpace(a)
		if a == "" || seen[a] {
			return
		}
		seen[a] = true
		s.Aliases = append(s.Aliases, a)
	}
	for _, ls := range g {
		add(ls.name)
		for _, a := range ls.aliases {
			add(a)
		}
	}
	arts2 := make(map[string]bool)
	for _, ls := range g {
		id := arts[ls.article].Article.ID
		if id == "" && len(ls.quotes) > 0 {
			id = arts[ls.article].Quotes[ls.quotes[0][1]].Article
		}
		arts2[id] = true
	}
	for id := range arts2 {
		s.Articles = append(s.Articles, id)
	}
	sort.Strings(s.Articles)
	return s
}

func nameLen(ls *localSpeaker) int {
	if ls.kind == "person" {
		_, ws := bareName(ls.words)
		return len(ws)
	}
	return len(ls.words)
}
