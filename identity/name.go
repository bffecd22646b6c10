package identity

import (
	"strings"
	"unicode/utf8"
)

// Name is a personal name split into its parts, each as written without
// a trailing full stop or comma ("Sen. Ann B. Kerr Jr." gives Titles
// ["Sen"], Given "Ann", Middle ["B"], Surname "Kerr", Suffix "Jr").
type Name struct {
	Titles  []string // "Sen", "Dr"; several in "Rt Hon Sir ..."
	Given   string   // the first name, or an initial ("R" in "R. Dale")
	Middle  []string // middle names and initials, in order
	Surname string   // one or more words: "Lloyd Webber", "van Dyke"
	Suffix  string   // "Jr", "III"
}

// Parse splits a personal name. A name of one word is a surname, unless a
// title that goes with a given name stands before it ("Sir Robert"). In a
// longer name the first word is the given name; initials after it are
// middle initials; the rest is the surname, which begins at a particle
// ("Anna van der Berg") or else is the remaining words, so "Andrew Lloyd
// Webber" has the surname "Lloyd Webber" and "Mary Ann Kerr" "Ann Kerr":
// without a list of given names a middle name cannot be told from the
// first half of a double surname, and Same and ShortFor allow for both.
// A possessive ending is dropped ("Kerr's").
func Parse(s string) Name {
	var n Name
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\u00a0' })
	for i, w := range ws {
		ws[i] = trimWord(w)
	}
	for len(ws) > 1 {
		if _, ok := LookupTitle(ws[0]); !ok {
			break
		}
		n.Titles = append(n.Titles, ws[0])
		ws = ws[1:]
	}
	if len(ws) > 1 && IsSuffix(ws[len(ws)-1]) {
		n.Suffix = ws[len(ws)-1]
		ws = ws[:len(ws)-1]
	}
	switch len(ws) {
	case 0:
		return n
	case 1:
		if t, ok := n.title(); ok && t.Given {
			n.Given = ws[0]
		} else {
			n.Surname = ws[0]
		}
		return n
	}
	if w := ws[0]; IsParticle(w) && w == strings.ToLower(w) {
		n.Surname = strings.Join(ws, " ") // "van Dyke", "de la Cruz"
		return n
	}
	n.Given = ws[0]
	rest := ws[1:]
	i := 0
	for i < len(rest)-1 && isInitial(rest[i]) {
		i++
	}
	n.Middle, rest = rest[:i], rest[i:]
	if len(n.Middle) == 0 {
		n.Middle = nil
	}
	n.Surname = strings.Join(rest, " ")
	return n
}

// trimWord drops what punctuation and grammar add to a name's word: a
// trailing full stop (kept off initials and abbreviations alike) and a
// possessive ending.
func trimWord(w string) string {
	w = strings.TrimRight(w, ".:;")
	for _, end := range []string{"'s", "’s"} {
		if s, ok := strings.CutSuffix(w, end); ok && s != "" {
			return s
		}
	}
	return w
}

// isInitial reports whether w is a single letter ("M" from "M.").
func isInitial(w string) bool {
	return w != "" && utf8.RuneCountInString(w) == 1
}

// title joins what the titles before the name say: the first gender any
// of them carries, and whether any goes with a given name or is kept.
func (n Name) title() (Title, bool) {
	var out Title
	found := false
	for _, w := range n.Titles {
		t, ok := LookupTitle(w)
		if !ok {
			continue
		}
		found = true
		if out.Gender == Unknown {
			out.Gender = t.Gender
		}
		out.Given = out.Given || t.Given
		out.Either = out.Either || t.Either
		out.Keep = out.Keep || t.Keep
	}
	return out, found
}

// Gender is what the name says about the person's sex: its titles
// ("Mrs"), else its given name ("Robert"; see GivenGender).
func (n Name) Gender() Gender {
	if t, _ := n.title(); t.Gender != Unknown {
		return t.Gender
	}
	if n.Given == "" || isInitial(n.Given) {
		return Unknown
	}
	return GivenGender(n.Given)
}

// titleGender is what the name's titles alone say about the person's sex.
func (n Name) titleGender() Gender {
	t, _ := n.title()
	return t.Gender
}

// Full reports whether the name has both a given name and a surname.
func (n Name) Full() bool { return n.Given != "" && n.Surname != "" }

// String writes the name back: titles, given, middle (initials with a
// full stop), surname, suffix.
func (n Name) String() string {
	var parts []string
	parts = append(parts, n.Titles...)
	if n.Given != "" {
		g := n.Given
		if isInitial(g) {
			g += "."
		}
		parts = append(parts, g)
	}
	for _, m := range n.Middle {
		if isInitial(m) {
			m += "."
		}
		parts = append(parts, m)
	}
	if n.Surname != "" {
		parts = append(parts, n.Surname)
	}
	if n.Suffix != "" {
		parts = append(parts, n.Suffix)
	}
	return strings.Join(parts, " ")
}

// Words are the folded words of the name without its titles and suffix:
// given, middle, surname. They are what a short form must end with.
func (n Name) Words() []string {
	var out []string
	if n.Given != "" {
		out = append(out, Fold(n.Given))
	}
	for _, m := range n.Middle {
		out = append(out, Fold(m))
	}
	if n.Surname != "" {
		out = append(out, strings.Fields(Fold(n.Surname))...)
	}
	return out
}
