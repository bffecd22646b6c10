package source

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
)

// builder collects the words, turns and cues of one source.
type builder struct {
	src        *Source
	lineStarts []int
	norms      map[string]string // a word as written -> its comparison form
}

func newBuilder(src *Source) *builder {
	b := &builder{src: src, lineStarts: []int{0}, norms: map[string]string{}}
	for i := 0; i < len(src.Text); i++ {
		if src.Text[i] == '\n' {
			b.lineStarts = append(b.lineStarts, i+1)
		}
	}
	return b
}

// line is the 1-based line of byte offset off.
func (b *builder) line(off int) int {
	return sort.SearchInts(b.lineStarts, off+1)
}

// startTurn opens a turn; words added from now on belong to it.
func (b *builder) startTurn(speaker int, label string, line int) {
	s := b.src
	if n := len(s.Turns); n > 0 && s.Turns[n-1].First == len(s.Words) && s.Turns[n-1].Label == "" && label != "" {
		// an empty unlabelled turn (the preamble) gives way
		s.Turns = s.Turns[:n-1]
	}
	s.Turns = append(s.Turns, Turn{Speaker: speaker, Label: label, Line: line, First: len(s.Words), Last: len(s.Words)})
}

// addWords cuts text[from:to] into words for the current turn. Stage
// directions in brackets or capitals, caption tags and timestamps at the
// start of a line are not words.
func (b *builder) addWords(from, to, cue int) {
	s := b.src
	if len(s.Turns) == 0 {
		b.startTurn(-1, "", b.line(from))
	}
	text := s.Text
	atLineStart := true
	i := from
	for i < to {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			atLineStart = true
			i += w
			continue
		case r == ' ' || r == '\t' || r == '\r':
			i += w
			continue
		case r == '<' || r == '[' || r == '{' && strings.HasPrefix(text[i:], "{\\"):
			if end := closing(text, i, to, r); end > 0 {
				i = end
				continue
			}
		case r == '(':
			if end := closing(text, i, to, r); end > 0 && isStageDirection(text[i+1:end-1]) {
				i = end
				continue
			}
		case atLineStart && r >= '0' && r <= '9':
			if n := timestampLen(text[i:to]); n > 0 {
				i += n
				continue
			}
		}
		atLineStart = false
		if !isWordRune(r) {
			i += w
			continue
		}
		start := i
		i = wordEnd(text, i, to)
		b.addWord(start, i, cue)
	}
}

func (b *builder) addWord(start, end, cue int) {
	s := b.src
	orig := s.Text[start:end]
	norm, ok := b.norms[orig]
	if !ok {
		norm = align.NormalizeText(orig)
		b.norms[orig] = norm
	}
	if norm == "" {
		return
	}
	turn := len(s.Turns) - 1
	s.Words = append(s.Words, Word{Text: orig, Norm: norm, Start: start, End: end, Line: b.line(start), Turn: turn, Cue: cue})
	s.Turns[turn].Last = len(s.Words)
}

// closing returns the offset after the mark that closes the one at i, on
// the same line and near it, or 0.
func closing(text string, i, to int, open rune) int {
	var close byte
	switch open {
	case '<':
		close = '>'
	case '[':
		close = ']'
	case '(':
		close = ')'
	default:
		close = '}'
	}
	limit := min(to, i+120)
	for j := i + 1; j < limit; j++ {
		switch text[j] {
		case close:
			return j + 1
		case '\n':
			return 0
		}
	}
	return 0
}

// isStageDirection reports whether the words in parentheses describe the
// room rather than being said: "APPLAUSE", "laughter", "inaudible",
// "crosstalk", a timestamp.
func isStageDirection(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if timestampLen(s) == len(s) {
		return true
	}
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 2 && upper == letters {
		return true
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "applause", "laughter", "laughs", "laughing", "inaudible", "unintelligible", "indiscernible",
		"crosstalk", "cross", "cheers", "cheering", "booing", "boos", "music", "silence", "pause",
		"break", "recess", "sic", "off", "audio", "video", "gavel", "phone", "coughs", "sighs", "end", "begin":
		return true
	}
	return false
}

// timestampLen is the length of a timestamp at the start of s
// ("00:12:34", "1:02:03.500", "12:34"), or 0.
func timestampLen(s string) int {
	i, groups := 0, 0
	for {
		d := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' && d < 3 {
			i++
			d++
		}
		if d == 0 || d > 2 && groups > 0 {
			return 0
		}
		groups++
		if i < len(s) && s[i] == ':' && groups < 3 {
			i++
			continue
		}
		break
	}
	if groups < 2 {
		return 0
	}
	if i < len(s) && (s[i] == '.' || s[i] == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && isWordRune(rune(s[i])) {
		return 0
	}
	return i
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

// wordEnd returns the end of the word starting at i: word characters,
// with apostrophes between them (won't, nation’s), as align reads words;
// a hyphen ends a word, so state-run is two words there and here.
func wordEnd(text string, i, to int) int {
	start := i
	for i < to {
		r, w := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += w
			continue
		}
		if isApostrophe(r) && i > start && i+w < to {
			if r2, _ := utf8.DecodeRuneInString(text[i+w:]); isWordRune(r2) {
				i += w
				continue
			}
		}
		break
	}
	return i
}

// quoteWord is one word of a quote.
type quoteWord struct {
	norm  string
	piece int // pieces are separated by an ellipsis
}

// quoteWords cuts a quote into words, numbering the pieces an ellipsis
// ("…", "...", ". . .", "[…]") separates. Editorial insertions in square
// brackets ("[the bill]") are words the speaker did not say, but they
// stand for words the speaker did say: they are kept, and may differ.
func quoteWords(s string) []quoteWord {
	var out []quoteWord
	piece := 0
	i := 0
	for i < len(s) {
		if n := ellipsisLen(s[i:]); n > 0 {
			if len(out) > 0 && out[len(out)-1].piece == piece {
				piece++
			}
			i += n
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == '[' {
			// "[the governor] has had four years": the reporter's words in
			// brackets stand in for the speaker's; they are not matched,
			// and what they replace counts as a marked cut
			if end := strings.IndexByte(s[i:], ']'); end > 0 {
				if len(out) > 0 && out[len(out)-1].piece == piece {
					piece++
				}
				i += end + 1
				continue
			}
		}
		if !isWordRune(r) {
			i += w
			continue
		}
		start := i
		i = wordEnd(s, i, len(s))
		if n := align.NormalizeText(s[start:i]); n != "" {
			out = append(out, quoteWord{norm: n, piece: piece})
		}
	}
	return out
}

// ellipsisLen is the length of an ellipsis at the start of s, or 0.
func ellipsisLen(s string) int {
	for _, e := range []string{"[…]", "[...]", "(…)", "…", "...", ". . ."} {
		if strings.HasPrefix(s, e) {
			n := len(e)
			for n < len(s) && s[n] == '.' {
				n++
			}
			return n
		}
	}
	return 0
}
