package baseline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize is part of the file format: keys written by one version of
// quotecheck must match in the next, so a change here needs a new Schema.
// That is why it does not call align.NormalizeText, whose matching may
// improve from one version to the next.
//
// Normalize reduces a quote or a name to the words that matter for
// matching: compatibility forms folded (NFKC), lower case, apostrophes
// dropped (won't = wont), other punctuation and symbols (quote marks,
// dashes, ellipses) read as spaces, and runs of spaces collapsed.
func Normalize(s string) string {
	if !isASCII(s) { // NFKC leaves ASCII as it is; skip its cost
		s = norm.NFKC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´':
			continue
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(byte(r))
		case unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default: // spaces, punctuation, symbols, controls
			space = true
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
