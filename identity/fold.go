package identity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in lower case with accents removed and typographic
// apostrophes made plain, so that "José Núñez", "JOSE NUNEZ" and "Jose
// Nunez" compare equal, and "O’Neill" equals "O'Neill". Letters that do not
// decompose into a plain letter and a mark get their usual English
// spelling (ø → o, ł → l, ß → ss, æ → ae). Plain lower-case ASCII is
// returned as is, without allocating.
func Fold(s string) string {
	ascii, lower := true, true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			ascii = false
		case 'A' <= c && c <= 'Z':
			lower = false
		}
	}
	switch {
	case ascii && lower:
		return s
	case ascii:
		return strings.ToLower(s) // no accents: skip normalisation
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < utf8.RuneSelf:
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
			// A combining accent, split from its letter by NFD.
		case r == '’' || r == '‘' || r == 'ʼ':
			b.WriteByte('\'')
		default:
			r = unicode.ToLower(r)
			if s, ok := spelled(r); ok {
				b.WriteString(s)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// spelled gives the plain spelling of a letter that NFD leaves whole.
func spelled(r rune) (string, bool) {
	switch r {
	case 'ø':
		return "o", true
	case 'ł':
		return "l", true
	case 'đ', 'ð':
		return "d", true
	case 'ß':
		return "ss", true
	case 'æ':
		return "ae", true
	case 'œ':
		return "oe", true
	case 'þ':
		return "th", true
	case 'ı':
		return "i", true
	}
	return "", false
}

// Slug turns a name into an identifier: folded letters and digits joined
// by single hyphens ("José Núñez" -> "jose-nunez"). Apostrophes vanish
// ("O'Neill" -> "oneill"); any other character separates words.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range Fold(name) {
		if 'a' <= r && r <= 'z' || '0' <= r && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue
		}
		dash = true
	}
	return b.String()
}

// stripPossessive removes a possessive ending from a folded word: "dale's"
// -> "dale", "jones'" -> "jones".
func stripPossessive(w string) string {
	if s, ok := strings.CutSuffix(w, "'s"); ok && s != "" {
		return s
	}
	if len(w) > 2 && strings.HasSuffix(w, "s'") {
		return w[:len(w)-1]
	}
	return w
}
