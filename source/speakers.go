package source

import (
	"slices"
	"strings"
	"unicode"

	"github.com/quotecheck/quotecheck/identity"
)

// nameWords returns the lower-case words of a name without titles,
// periods or possessives; a name that is only titles ("THE PRESIDENT")
// keeps them, since the office is then the name.
func nameWords(name string) []string {
	name = strings.ReplaceAll(strings.ToLower(name), "’", "'")
	f := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' })
	out := f[:0]
	var all []string
	for _, w := range f {
		w = strings.TrimSuffix(strings.Trim(w, "."), "'s")
		if w == "" {
			continue
		}
		all = append(all, w)
		if !isTitle(w) {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}

// sameName reports whether a credited name and a label name one person:
// the same words, or the same surname when either gives only the surname
// or both give the same first name or initial.
func sameName(credited, lbl []string) bool {
	if len(credited) == 0 || len(lbl) == 0 {
		return false
	}
	if slices.Equal(credited, lbl) {
		return true
	}
	if credited[len(credited)-1] != lbl[len(lbl)-1] {
		return false
	}
	if len(credited) == 1 || len(lbl) == 1 {
		return true
	}
	a, b := credited[0], lbl[0]
	return a == b || len(a) == 1 && strings.HasPrefix(b, a) || len(b) == 1 && strings.HasPrefix(a, b)
}

// Is reports whether name (as an article credits it) names this speaker.
// A label that is an office alone ("THE PRESIDENT", "MODERATOR") matches a
// name that carries the office ("President Jane Roe").
func (sp *Speaker) Is(name string) bool {
	cw := nameWords(name)
	if len(cw) == 0 {
		return false
	}
	raw := strings.Fields(strings.ToLower(strings.ReplaceAll(name, ".", "")))
	if sp.Role != "" && strings.Join(cw, " ") == strings.ToLower(strings.TrimSpace(sp.Role)) {
		// "the moderator" for "Jane Roe (moderator)"
		return true
	}
	cn := identity.Parse(name)
	if full := identity.Parse(stripRole(sp.Name)); full.Full() {
		// the module's one rule for names: a full name must be the same
		// person, a short form ("Gov. Ellison", "M. Ellison") may stand
		// for them; a shared surname alone is not enough
		if identity.Compatible(cn, full) {
			return true
		}
		if cn.Full() {
			return false
		}
	}
	for _, l := range append([]string{sp.Name}, sp.Labels...) {
		lw := nameWords(stripRole(l))
		if sameName(cw, lw) || identity.Compatible(cn, identity.Parse(displayName(stripRole(l)))) {
			return true
		}
		if len(lw) == 1 && isTitle(lw[0]) && slices.Contains(raw, lw[0]) {
			return true
		}
	}
	return false
}

func stripRole(l string) string {
	if open := strings.IndexByte(l, '('); open > 0 {
		return strings.TrimSpace(l[:open])
	}
	return l
}

// speakerSet gives each label a speaker and, once every label is known,
// joins the labels of one person.
type speakerSet struct {
	byKey map[string]int // name words -> provisional speaker
	provs []Speaker
}

func newSpeakerSet() *speakerSet { return &speakerSet{byKey: map[string]int{}} }

// add returns the provisional speaker of a label.
func (ss *speakerSet) add(lb label) int {
	key := strings.Join(nameWords(lb.name), " ")
	if i, ok := ss.byKey[key]; ok {
		sp := &ss.provs[i]
		if !slices.Contains(sp.Labels, lb.text) {
			sp.Labels = append(sp.Labels, lb.text)
		}
		if sp.Role == "" {
			sp.Role = lb.role
		}
		return i
	}
	ss.byKey[key] = len(ss.provs)
	ss.provs = append(ss.provs, Speaker{Name: displayName(lb.name), Role: lb.role, Labels: []string{lb.text}})
	return len(ss.provs) - 1
}

// finish joins a surname label ("ROE") to the one fuller name it may
// stand for ("Jane Roe (moderator)", "Jane Roe Jr."), by identity's rule
// for short forms, names each person by their fullest label, and returns
// the speakers with a map from provisional indexes.
func (ss *speakerSet) finish() ([]Speaker, []int) {
	n := len(ss.provs)
	parent := make([]int, n)
	words := make([][]string, n)
	for i := range parent {
		parent[i] = i
		words[i] = nameWords(ss.provs[i].Name)
	}
	var longer []int // names of two or more words: what a one-word name may be short for
	for j := range n {
		if len(words[j]) >= 2 {
			longer = append(longer, j)
		}
	}
	for i := range n {
		if len(words[i]) != 1 {
			continue
		}
		short := identity.Parse(words[i][0])
		cand := identity.OnlyFit(longer, func(j int) bool {
			return identity.ShortFor(short, identity.Parse(strings.Join(words[j], " ")))
		})
		if cand >= 0 {
			parent[i] = cand
		}
	}
	remap := make([]int, n)
	var out []Speaker
	index := map[int]int{}
	for i := range n {
		root := parent[i]
		k, ok := index[root]
		if !ok {
			k = len(out)
			index[root] = k
			sp := ss.provs[root]
			sp.Labels = slices.Clone(sp.Labels)
			out = append(out, sp)
		}
		remap[i] = k
	}
	for i := range n {
		if parent[i] == i {
			continue
		}
		sp := &out[remap[i]]
		for _, l := range ss.provs[i].Labels {
			if !slices.Contains(sp.Labels, l) {
				sp.Labels = append(sp.Labels, l)
			}
		}
		if sp.Role == "" {
			sp.Role = ss.provs[i].Role
		}
	}
	return out, remap
}

// displayName writes a label in capitals as a name: "MR. JANE ROE" ->
// "Mr. Jane Roe".
func displayName(name string) string {
	words := strings.Fields(name)
	// titles go; the office stays when it is all the label says
	for len(words) > 1 && isTitle(strings.ToLower(strings.TrimSuffix(words[0], "."))) {
		words = words[1:]
	}
	name = strings.Join(words, " ")
	if !isAllCaps(name) {
		return name
	}
	words = strings.Fields(strings.ToLower(name))
	for i, w := range words {
		r := []rune(w)
		for k := range r {
			if k == 0 || r[k-1] == '-' || r[k-1] == '\'' {
				r[k] = unicode.ToUpper(r[k])
			}
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// RoleOnly reports whether the record names this speaker only by a role
// ("Q", "MODERATOR", "AUDIENCE MEMBER", "THE PRESIDENT"), so that who they
// are is not in the record.
func (sp *Speaker) RoleOnly() bool {
	for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(sp.Name, ".", ""))) {
		if !isRole(w) && !isTitle(w) {
			return false
		}
	}
	return true
}
