package baseline

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize is part of the file format: keys written by one version of
// quotecheck must match in the next, so a change here needs a new Schema.
// (config has its own copy on purpose: its matching may improve freely.)
//
// Normalize reduces a quote or a name to the words that matter for
// matching: compatibility forms folded (NFKC), lower case, apostrophes
// dropped (won't = wont), other punctuation and symbols (quote marks,
// dashes, ellipses) read as spaces, and runs of spaces collapsed.
func Normalize(s string) string {
	s = norm.NFKC.String(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\'' || r == '’' || r == 'ʼ' || r == '‘' || r == '`' || r == '´':
			continue
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
