package identity

import (
	"slices"
	"strings"
)

// Relation compares two speaker slugs (see Slug), for code that holds
// only identifiers: 1 when they may name one speaker, 0 when either is
// unknown ("") or one is a bare institution ("government") that may be
// anybody's, -1 when they name two. Two slugs name one speaker when
//   - they are equal;
//   - the shorter's words all occur in the longer and both name the same
//     head ("dale" and "robert-dale"; "danish-embassy" and
//     "danish-embassy-in-oslo", whose head is "embassy");
//   - one is a place or body and the other its institution: the place
//     followed by an institution noun, or the institution "of" the place
//     ("norway" and "norway-government", "norways-government",
//     "government-of-norway");
//   - the longer is a list of people ("ann-kerr-and-bob-roe") holding the
//     shorter.
func Relation(a, b string) int {
	switch {
	case a == "" || b == "":
		return 0
	case a == b:
		return 1
	}
	pa, pb := strings.FieldsFunc(a, isSlugSep), strings.FieldsFunc(b, isSlugSep)
	if len(pa) > len(pb) {
		pa, pb = pb, pa
	}
	if len(pa) == 0 {
		return 0
	}
	if institutionOf(pa, pb) {
		return 1
	}
	if slices.Contains(pb, "and") {
		for i := 0; i+len(pa) <= len(pb); i++ {
			if slices.Equal(pb[i:i+len(pa)], pa) {
				return 1
			}
		}
		return -1
	}
	subset := nameHead(pa) == nameHead(pb)
	for _, x := range pa {
		subset = subset && slices.Contains(pb, x)
	}
	switch {
	case subset:
		return 1
	case len(pa) == 1 && IsInstitution(pa[0]) || len(pb) == 1 && IsInstitution(pb[0]):
		// "the government" alone does not say whose: it may be either.
		return 0
	}
	return -1
}

// institutionOf reports whether long names the institution of the place
// or body short names: short plus an institution noun ("norway",
// "norway-government"), or an institution noun, "of", maybe "the", and
// short ("government-of-norway").
func institutionOf(short, long []string) bool {
	if len(long) == len(short)+1 && IsInstitution(long[len(long)-1]) {
		owner := long[:len(short)]
		if slices.Equal(short, owner) {
			return true
		}
		// "Japan's government": the slug lost the apostrophe, not the s.
		n := len(short) - 1
		if slices.Equal(short[:n], owner[:n]) && owner[n] == short[n]+"s" {
			return true
		}
	}
	rest, ok := cutInstitutionOf(long)
	return ok && slices.Equal(rest, short)
}

// cutInstitutionOf strips "government of (the)" from the front of words.
func cutInstitutionOf(ws []string) ([]string, bool) {
	if len(ws) < 3 || !IsInstitution(ws[0]) || ws[1] != "of" {
		return nil, false
	}
	ws = ws[2:]
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return ws, true
}

// nameHead is the word a name is about: the last before a preposition
// ("embassy" in "danish-embassy-in-oslo"), else the last.
func nameHead(parts []string) string {
	for i, p := range parts {
		switch p {
		case "in", "of", "for", "at", "to", "on", "from":
			if i > 0 {
				return parts[i-1]
			}
		}
	}
	return parts[len(parts)-1]
}

func isSlugSep(r rune) bool { return r == '-' || r == ' ' }
