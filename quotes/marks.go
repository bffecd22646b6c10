package quotes

import (
	"unicode"
	"unicode/utf8"
)

// family groups the marks that may open and close one quote, and that may
// reopen it in the next paragraph.
type family uint8

const (
	noFamily family = iota
	doubleFamily
	singleFamily
	guillemetFamily
	angleFamily
	cornerFamily
	whiteCornerFamily
)

// markFamily returns the family of a quote-mark rune, or noFamily.
func markFamily(r rune) family {
	switch r {
	case '"', '“', '”', '„':
		return doubleFamily
	case '\'', '‘', '’', '‚':
		return singleFamily
	case '«', '»':
		return guillemetFamily
	case '‹', '›':
		return angleFamily
	case '「', '」':
		return cornerFamily
	case '『', '』':
		return whiteCornerFamily
	}
	return noFamily
}

// closes reports whether close ends a quote opened with open. A mark's
// direction is judged from its context before this is asked, so within a
// family any glyph may close any opener: English “…”, German „…“, Polish
// „…”, Swedish ”…”, Danish »…«, a right mark typed for a left one and
// sloppy mixed straight/curly pairs. Only a low mark („ ‚) never closes,
// and CJK brackets pair with their own partner alone.
func closes(open, close rune) bool {
	f := markFamily(open)
	if f != markFamily(close) {
		return false
	}
	switch f {
	case doubleFamily:
		return close != '„'
	case singleFamily:
		return close != '‚'
	case guillemetFamily, angleFamily:
		return true
	case cornerFamily:
		return open == '「' && close == '」'
	case whiteCornerFamily:
		return open == '『' && close == '』'
	}
	return false
}

// role is what a mark does at one place in the text.
type role uint8

const (
	roleNone   role = iota // an apostrophe, a prime or a stray mark
	roleOpen               // opens a quote
	roleClose              // closes a quote, if one it fits is open
	roleEither             // a straight mark whose direction the open quotes decide
)

// isQuoteByte reports whether b can start the UTF-8 encoding of a quote
// mark. It lets the scanner skip most bytes without decoding them.
func isQuoteByte(b byte) bool {
	return quoteLead[b]
}

// quoteLead is isQuoteByte as a table: one load per byte of the text.
var quoteLead = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true, 0xE3: true}

// openSide reports whether r, the rune before a mark, leaves the mark
// free to open a quote: nothing, a space, an opening bracket or a dash.
func openSide(r rune) bool {
	switch r {
	case 0, '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return unicode.IsSpace(r) || isOpeningMark(r)
}

// closeSide reports whether r, the rune after a mark, lets the mark close
// a quote: nothing, a space, punctuation, a closing bracket or a dash.
func closeSide(r rune) bool {
	switch r {
	case 0, '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '/':
		return true
	}
	return unicode.IsSpace(r) || isClosingMark(r)
}

func isOpeningMark(r rune) bool {
	switch r {
	case '“', '„', '‘', '‚', '«', '‹', '「', '『':
		return true
	}
	return false
}

func isClosingMark(r rune) bool {
	switch r {
	case '”', '’', '»', '›', '」', '』':
		return true
	}
	return false
}

// isWordRune is small enough to inline: most runes are ASCII, and the
// counting and word scans of classify call it once per byte.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWordRuneWide(r)
}

func isWordRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// elisionAfter reports whether the text right after a single mark makes it
// an apostrophe of elision rather than an opening quote: the ’90s,
// rock ’n’ roll, ’em, ’tis. n is the length of the elision when it ends
// in a second mark (’n’), else 0 for a plain elision, or -1 when it is no
// elision at all.
func elisionAfter(rest string) int {
	// Two digits: ’90s, '24.
	if len(rest) >= 2 && isDigit(rest[0]) && isDigit(rest[1]) {
		return 0
	}
	// ’n’ and 'n' as in rock ’n’ roll: the second mark is part of it.
	if len(rest) >= 2 && (rest[0] == 'n' || rest[0] == 'N') {
		r, size := utf8.DecodeRuneInString(rest[1:])
		if r == '\'' || r == '’' {
			after, _ := utf8.DecodeRuneInString(rest[1+size:])
			if after == utf8.RuneError || unicode.IsSpace(after) {
				return 1 + size
			}
		}
	}
	for _, w := range elidedWords {
		if len(rest) >= len(w) && asciiEqualFold(rest[:len(w)], w) {
			after, _ := utf8.DecodeRuneInString(rest[len(w):])
			if !isWordRune(after) {
				return 0
			}
		}
	}
	return -1
}

// elidedWords are the words that commonly start with an apostrophe.
var elidedWords = [...]string{"em", "tis", "twas", "til", "cause", "cos", "bout", "n"}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func asciiEqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
