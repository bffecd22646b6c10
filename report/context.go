package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// contextLimit is the most bytes of text shown on either side of a quote:
// a sentence of news copy is rarely longer, and a page without full stops
// must not print a whole article.
const contextLimit = 300

// sentenceAround returns the text of the sentence around text[start:end]:
// what comes before the quote back to the previous sentence end or
// paragraph break, and what follows up to the next. Offsets out of range
// are clamped; a side cut at contextLimit starts or ends with "…".
func sentenceAround(text string, start, end int) (before, after string) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	from := sentenceStart(text, start)
	to := sentenceEnd(text, end)
	before, after = text[from:start], text[end:to]
	before = strings.TrimLeftFunc(before, unicode.IsSpace)
	after = strings.TrimRightFunc(after, unicode.IsSpace)
	if from > 0 && start-from >= contextLimit {
		before = "…" + trimToWord(before, true)
	}
	if to < len(text) && to-end >= contextLimit {
		after = trimToWord(after, false) + "…"
	}
	return oneLine(before), oneLine(after)
}

// sentenceStart walks back from i to just after a sentence end (. ! ? then
// a space) or a line break, at most contextLimit bytes.
func sentenceStart(text string, i int) int {
	limit := max(0, i-contextLimit)
	for j := i; j > limit; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if r == '\n' {
			return j
		}
		if unicode.IsSpace(r) && j-size > 0 {
			p, _ := utf8.DecodeLastRuneInString(text[:j-size])
			if p == '.' || p == '!' || p == '?' {
				return j
			}
		}
		j -= size
	}
	return runeStart(text, limit)
}

// sentenceEnd walks forward from i past the next sentence end (. ! ?
// followed by a space or the end), or to a line break, at most
// contextLimit bytes. The closing quote mark and the attribution after a
// quote ("…," she said.) stay in.
func sentenceEnd(text string, i int) int {
	limit := min(len(text), i+contextLimit)
	for j := i; j < limit; {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == '\n' {
			return j
		}
		if r == '.' || r == '!' || r == '?' {
			next, _ := utf8.DecodeRuneInString(text[j+size:])
			if j+size == len(text) || unicode.IsSpace(next) {
				return j + size
			}
		}
		j += size
	}
	return runeStart(text, limit)
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// trimToWord drops a word cut in half at the start (fromStart) or end.
func trimToWord(s string, fromStart bool) string {
	if fromStart {
		if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
			return strings.TrimLeftFunc(s[i:], unicode.IsSpace)
		}
		return s
	}
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		return strings.TrimRightFunc(s[:i], unicode.IsSpace)
	}
	return s
}
