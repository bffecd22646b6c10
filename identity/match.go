package identity

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// minNearSurname is the shortest surname, in letters, in which one wrong
// letter is taken for a misspelling: "Whitford" and "Whitferd" are one
// name, "Dale" and "Dole" are two.
const minNearSurname = 6

// Same reports whether two full names name one person: the given names
// agree after folding, the surnames agree or differ by one letter (one
// changed, added, dropped or two swapped) in a surname of six letters or
// more, and nothing else contradicts: middle initials where both give
// them ("Robert M. Dale" is "Robert Dale" but not "Robert K. Dale"),
// suffixes where both give them ("Jr." is not "Sr."), and the gender of
// titles ("Mr" is not "Mrs"). A name without a given name is never Same
// as another: whether "Mr Dale" is Robert Dale depends on how many Dales
// there are (see ShortFor and Cluster).
func Same(a, b Name) bool {
	if !a.Full() || !b.Full() || !agree(a, b) {
		return false
	}
	if Fold(a.Given) != Fold(b.Given) || !middleAgree(a.Middle, b.Middle) {
		return false
	}
	sa, sb := Fold(a.Surname), Fold(b.Surname)
	return sa == sb || nearSurname(sa, sb)
}

// ShortFor reports whether short may be a shorter way of naming the
// person full names: a surname or the last words of the name ("Dale",
// "Mr Dale", "Lloyd Webber" for "Andrew Lloyd Webber"), a given name after a
// title that goes with one ("Sir Robert"), an initial for the given name
// ("R. Dale"), or the name without its middle names ("Robert Dale" for
// "Robert Michael Dale"). Titles must not contradict in gender, nor
// suffixes. It says "may": a surname fits every person who bears it.
func ShortFor(short, full Name) bool {
	// Only the short form's titles speak for its gender until its first
	// word is known to be a given name: "Lloyd Webber" may be Madeleine.
	st, _ := short.title()
	if !full.Full() || !suffixAgree(short, full) || st.Gender.Conflicts(full.Gender()) {
		return false
	}
	sw, fw := short.Words(), full.Words()
	if len(sw) == 0 {
		return false
	}
	if short.Surname == "" { // "Sir Robert"
		return (st.Given || st.Either) && len(sw) == 1 && sw[0] == Fold(full.Given)
	}
	if len(sw) < len(fw) && slices.Equal(fw[len(fw)-len(sw):], sw) {
		return true
	}
	if !short.Full() || sw[len(sw)-1] != fw[len(fw)-1] || !agree(short, full) {
		return false
	}
	sg, fg := Fold(short.Given), Fold(full.Given)
	if isInitial(sg) && !isInitial(fg) { // "R. Dale"
		r, _ := utf8.DecodeRuneInString(fg)
		return strings.HasPrefix(sg, string(r)) && Fold(short.Surname) == Fold(full.Surname) && middleAgree(short.Middle, full.Middle)
	}
	// "Robert Dale" for "Robert Michael Dale": the same given name and
	// last word, the short form's words all in the full name in order.
	return sg == fg && len(sw) < len(fw) && subsequence(sw, fw)
}

// Compatible reports whether two names may name one person: Same, or one
// a short form of the other.
func Compatible(a, b Name) bool {
	return Same(a, b) || ShortFor(a, b) || ShortFor(b, a)
}

// agree reports whether titles' genders and suffixes leave two names free
// to be one person. Given names' gender is not asked: where it matters
// the given names are the same, and a title outranks the list ("Ms Lloyd
// Pryce" is Lloyd Pryce).
func agree(a, b Name) bool {
	return !a.titleGender().Conflicts(b.titleGender()) && suffixAgree(a, b)
}

// suffixAgree reports whether two names' suffixes, where both have one,
// are the same.
func suffixAgree(a, b Name) bool {
	return a.Suffix == "" || b.Suffix == "" || suffixKey(a.Suffix) == suffixKey(b.Suffix)
}

// suffixKey spells a suffix one way: "Jnr." and "Jr" are one.
func suffixKey(s string) string {
	switch k := key(s); k {
	case "jnr":
		return "jr"
	case "snr":
		return "sr"
	default:
		return k
	}
}

// middleAgree reports whether two lists of middle names or initials can
// be one person's: when both are given, their initials match in order.
func middleAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		ra, _ := utf8.DecodeRuneInString(Fold(a[i]))
		rb, _ := utf8.DecodeRuneInString(Fold(b[i]))
		if ra != rb {
			return false
		}
	}
	return true
}

// nearSurname reports a one-letter misspelling between two folded
// surnames that are both long enough for one.
func nearSurname(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if min(len(ra), len(rb)) < minNearSurname {
		return false
	}
	return oneEdit(ra, rb)
}

// oneEdit reports whether a and b differ by exactly one changed, added or
// dropped letter, or two neighbours swapped.
func oneEdit(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		if i == len(a) {
			return false // equal
		}
		if slices.Equal(a[i+1:], b[i+1:]) {
			return true // one changed
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && slices.Equal(a[i+2:], b[i+2:])
	}
	return slices.Equal(a[i:], b[i+1:]) // one added
}

// subsequence reports whether every word of short occurs in long, in order.
func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}
