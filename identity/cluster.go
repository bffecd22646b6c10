package identity

import (
	"slices"
	"strings"
)

// Kinds of speaker an Entry may be; they match package quotes'
// SpeakerKind values.
const (
	Person       = "person"
	Organisation = "organisation"
	Group        = "group"
)

// Entry is one name to cluster: how one source (an article) names one
// speaker.
type Entry struct {
	Name   string
	Kind   string // Person, Organisation or Group; "" is Person
	Source int    // which article; names from one source are never joined by a misspelling
}

// Cluster groups entries into identities and returns, for each entry, the
// number of its identity; identities are numbered in the order of their
// first entry, so the result does not depend on map order. The rules:
//   - entries of one kind whose names are equal after folding and
//     dropping titles are one ("Dr Ann Kerr", "Ann Kerr"), unless their
//     titles give two genders ("Mr Kerr", "Mrs Kerr");
//   - two full names that are Same are one, unless a source names both
//     with two spellings (then they are two people of like names);
//   - a short form (ShortFor) joins the one identity it fits; when it fits
//     two, it stays apart, so two people who share a surname remain two
//     and the bare surname joins neither;
//   - a one-word name taken for an organisation joins a person the same
//     way ("Kerr told reporters", where Kerr looked like a firm);
//   - organisations are one when their names match after dropping "the",
//     or when a name of two or more words begins a longer one ("Danish
//     Embassy" and "Danish embassy in Oslo").
//
// An identity never holds names that contradict each other (two genders,
// two suffixes, two full names that are not Compatible).
//
// The cost is about linear in the number of entries: each name meets only
// the few full names that share its last or first word.
func Cluster(entries []Entry) []int {
	c := newClusterer(entries)
	c.joinEqual()
	c.joinSame()
	c.joinShort()
	c.joinOrgPrefix()
	return c.numbers()
}

type clusterer struct {
	es      []Entry
	names   []Name     // persons' parsed names (zero for others)
	words   [][]string // comparable words: a person's Words, an organisation's folded words
	parent  []int
	summary []summary // per root
}

// summary is what an identity holds that a join must not contradict.
type summary struct {
	gender Gender // from titles
	suffix string
	fulls  []Name // distinct full names
}

func newClusterer(es []Entry) *clusterer {
	c := &clusterer{
		es:      es,
		names:   make([]Name, len(es)),
		words:   make([][]string, len(es)),
		parent:  make([]int, len(es)),
		summary: make([]summary, len(es)),
	}
	for i, e := range es {
		c.parent[i] = i
		if c.isPerson(i) {
			n := Parse(e.Name)
			c.names[i] = n
			c.words[i] = n.Words()
			// The identity's gender comes from titles; a given name's
			// gender is checked through its full names (Compatible), as
			// a short form's first word may be half a surname.
			s := summary{gender: n.titleGender(), suffix: n.Suffix}
			if n.Full() {
				s.fulls = []Name{n}
			}
			c.summary[i] = s
			continue
		}
		c.words[i] = orgWords(e.Name)
		// A one-word "organisation" may be a surname the source could not
		// place; parse it so that it can join a person.
		if len(c.words[i]) == 1 {
			c.names[i] = Parse(e.Name)
		}
	}
	return c
}

func (c *clusterer) isPerson(i int) bool { return c.es[i].Kind == "" || c.es[i].Kind == Person }

func (c *clusterer) kind(i int) string {
	if c.isPerson(i) {
		return Person
	}
	return c.es[i].Kind
}

// orgWords are the folded words of an organisation's name without a
// leading article, full stops or possessive endings.
func orgWords(name string) []string {
	f := strings.FieldsFunc(Fold(name), func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	for i, w := range f {
		f[i] = stripPossessive(strings.TrimSuffix(w, "."))
	}
	if len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	return f
}

func (c *clusterer) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union joins the identities of i and j unless they contradict; the
// smaller root stays root. It reports whether they are one now.
func (c *clusterer) union(i, j int) bool {
	ri, rj := c.find(i), c.find(j)
	if ri == rj {
		return true
	}
	a, b := c.summary[ri], c.summary[rj]
	if a.gender.Conflicts(b.gender) || a.suffix != "" && b.suffix != "" && suffixKey(a.suffix) != suffixKey(b.suffix) {
		return false
	}
	for _, x := range a.fulls {
		for _, y := range b.fulls {
			if !Compatible(x, y) {
				return false
			}
		}
	}
	if ri > rj {
		ri, rj = rj, ri
	}
	m := summary{gender: max(a.gender, b.gender), suffix: a.suffix}
	if m.suffix == "" {
		m.suffix = b.suffix
	}
	m.fulls = append(slices.Clip(a.fulls), b.fulls...)
	m.fulls = slices.CompactFunc(m.fulls, func(x, y Name) bool { return slices.Equal(x.Words(), y.Words()) })
	if len(m.fulls) > 8 {
		// Keep the check cheap on an identity named many ways; the
		// first names seen are the fullest evidence.
		m.fulls = m.fulls[:8]
	}
	c.parent[rj] = ri
	c.summary[ri] = m
	c.summary[rj] = summary{}
	return true
}

// joinEqual joins entries of one kind with equal words.
func (c *clusterer) joinEqual() {
	first := make(map[string]int)
	for i := range c.es {
		k := c.kind(i) + "\x00" + strings.Join(c.words[i], " ")
		if c.isPerson(i) {
			k += "\x00" + suffixKey(c.names[i].Suffix)
		}
		if j, ok := first[k]; ok {
			if c.union(i, j) {
				continue
			}
			// Two genders under one name ("Mr Kerr", "Mrs Kerr"): the
			// second starts its own key, by gender.
			k += "\x00" + c.names[i].Gender().String()
			if j, ok := first[k]; ok && c.union(i, j) {
				continue
			}
		}
		first[k] = i
	}
}

// joinSame joins full names that are Same, looking only among those with
// the same given name.
func (c *clusterer) joinSame() {
	byGiven := make(map[string][]int)
	for i, n := range c.names {
		if c.isPerson(i) && n.Full() {
			g := Fold(n.Given)
			byGiven[g] = append(byGiven[g], i)
		}
	}
	for i, n := range c.names {
		if !c.isPerson(i) || !n.Full() {
			continue
		}
		for _, j := range byGiven[Fold(n.Given)] {
			if j >= i || c.find(i) == c.find(j) || !Same(n, c.names[j]) {
				continue
			}
			if c.es[i].Source == c.es[j].Source && Fold(n.Surname) != Fold(c.names[j].Surname) {
				continue // one source spells two names: two people
			}
			c.union(i, j)
		}
	}
}

// joinShort joins each short form to the one identity it fits.
func (c *clusterer) joinShort() {
	byLast, byFirst := map[string][]int{}, map[string][]int{}
	for i, n := range c.names {
		if !c.isPerson(i) || !n.Full() {
			continue
		}
		w := c.words[i]
		byLast[w[len(w)-1]] = append(byLast[w[len(w)-1]], i)
		byFirst[w[0]] = append(byFirst[w[0]], i)
	}
	// Longer forms first: "Ruiz Ortega" joins "Marta Ruiz Ortega" before
	// "Ortega" asks whom it fits, so that it finds one identity, not two.
	order := make([]int, len(c.names))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return len(c.words[b]) - len(c.words[a]) })
	for _, i := range order {
		n := c.names[i]
		if !c.isPerson(i) && len(c.words[i]) != 1 {
			continue
		}
		w := n.Words()
		if len(w) == 0 {
			continue
		}
		cands := byLast[w[len(w)-1]]
		if n.Surname == "" {
			cands = byFirst[w[0]]
		}
		fit := -1
		for _, j := range cands {
			if j == i || c.find(j) == c.find(i) || !ShortFor(n, c.names[j]) {
				continue
			}
			if fit >= 0 && c.find(fit) != c.find(j) {
				fit = -2 // two people fit: keep them apart
				break
			}
			fit = j
		}
		if fit >= 0 {
			c.union(i, fit)
		}
	}
}

// joinOrgPrefix joins an organisation named in two or more words to the
// longest name of its kind that begins with those words.
func (c *clusterer) joinOrgPrefix() {
	key := func(i int) string { return c.kind(i) + "\x00" + c.words[i][0] + "\x00" + c.words[i][1] }
	byStart := map[string][]int{}
	for j := range c.es {
		if !c.isPerson(j) && len(c.words[j]) > 2 {
			byStart[key(j)] = append(byStart[key(j)], j)
		}
	}
	for i := range c.es {
		if c.isPerson(i) || len(c.words[i]) < 2 {
			continue
		}
		best := -1
		for _, j := range byStart[key(i)] {
			if j == i || len(c.words[j]) <= len(c.words[i]) || !slices.Equal(c.words[j][:len(c.words[i])], c.words[i]) {
				continue
			}
			if best < 0 || len(c.words[j]) > len(c.words[best]) {
				best = j
			}
		}
		if best >= 0 {
			c.union(i, best)
		}
	}
}

// numbers gives each entry its identity's number, in order of first entry.
func (c *clusterer) numbers() []int {
	out := make([]int, len(c.es))
	num := make(map[int]int)
	for i := range c.es {
		r := c.find(i)
		n, ok := num[r]
		if !ok {
			n = len(num)
			num[r] = n
		}
		out[i] = n
	}
	return out
}
