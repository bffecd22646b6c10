package input

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxListedOffsets is how many bad byte offsets a warning names; a file
// with more is better mended with a tool than by hand.
const maxListedOffsets = 5

// utf8Scan counts what a text that is not valid UTF-8 is made of.
type utf8Scan struct {
	valid   int   // valid multi-byte characters
	invalid int   // bytes that start no valid character
	offsets []int // the first maxListedOffsets invalid bytes' offsets
}

// scanUTF8 counts the valid multi-byte characters and the invalid bytes
// of s.
func scanUTF8(s string) utf8Scan {
	var sc utf8Scan
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sc.invalid++
			if len(sc.offsets) < maxListedOffsets {
				sc.offsets = append(sc.offsets, i)
			}
		} else {
			sc.valid++
		}
		i += size
	}
	return sc
}

// warning says which bytes were replaced, as offsets into the file (base
// is how many bytes precede the scanned text there).
func (sc utf8Scan) warning(base int) string {
	list := make([]string, len(sc.offsets))
	for i, o := range sc.offsets {
		list[i] = strconv.Itoa(base + o)
	}
	where := strings.Join(list, ", ")
	if more := sc.invalid - len(sc.offsets); more > 0 {
		where += fmt.Sprintf(" and %d more", more)
	}
	if sc.invalid == 1 {
		return fmt.Sprintf("not valid UTF-8 at byte offset %s; read as UTF-8 with that byte replaced by U+FFFD", where)
	}
	return fmt.Sprintf("not valid UTF-8 at byte offsets %s; read as UTF-8 with those %d bytes replaced by U+FFFD", where, sc.invalid)
}

// replaceInvalidUTF8 replaces each invalid byte of s (not each run, as
// strings.ToValidUTF8 does) by U+FFFD, so that the count of replacement
// characters matches the count the warning gives.
func replaceInvalidUTF8(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
