package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tkWord tokKind = iota
	tkPunct
	tkQuote
	tkPara
)

// token is kept small: an article has one per word, and the rules read
// them over and over. Its paragraph is its sentence's (paraOf).
type token struct {
	kind       tokKind
	fl         wordFlags // what the lexicons say about a word
	start, end int32
	// q is the quote index of a tkQuote, and the offset in lowArena of
	// the lower case of a word that has capitals (fUpper).
	q    int32
	sent int32
}

// paraOf returns the paragraph of token k: a sentence never crosses a
// paragraph break, so the sentence's paragraph is kept rather than a
// field in every token.
func (d *analysis) paraOf(k int) int32 {
	return d.sPara[d.toks[k].sent]
}

func (d *analysis) word(k int) string {
	t := d.toks[k]
	return d.text[t.start:t.end]
}

func (d *analysis) lw(k int) string {
	t := d.toks[k]
	if t.fl&fUpper != 0 {
		return d.lowArena[t.q : t.q+t.end-t.start]
	}
	return d.text[t.start:t.end]
}

func (d *analysis) isWord(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tkWord
}

func (d *analysis) isPunct(k int, p string) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tkPunct && d.text[d.toks[k].start:d.toks[k].end] == p
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "-" || s == "―" }

func (d *analysis) isDashTok(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tkPunct && isDash(d.text[d.toks[k].start:d.toks[k].end])
}

type region struct{ s, e, q int }

func isMarkRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '\'', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』':
		return true
	}
	return false
}

// asciiClass sorts the bytes a word is mostly made of: lower-case ASCII
// letters and digits, capitals, and 0 for every other byte (non-ASCII
// bytes included, which the tokeniser decodes).
const (
	asciiLower = 1 + iota // a to z, 0 to 9
	asciiUpper            // A to Z
)

var asciiClass = func() (t [256]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = asciiLower
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		}
	}
	return t
}()

// asciiWord marks the ASCII bytes that are letters or digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// isTokenRune inlines its ASCII case, the common one, into the tokeniser.
func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isTokenRuneWide(r)
}

func isTokenRuneWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// abbrevs take their full stop into the word and never end a sentence.
var abbrevs = wordSet("abbreviations.txt")

func (d *analysis) quoteRegions() []region {
	text := d.text
	rs := d.spare.regions[:0]
	last := 0
	for i, q := range d.qs {
		if q.Parent >= 0 || q.Start < 0 || q.End > len(text) || q.Start > q.End {
			continue
		}
		s, e := q.Start, q.End
		if q.Open != "" && strings.HasSuffix(text[:s], q.Open) {
			s -= len(q.Open)
		} else if r, size := utf8.DecodeLastRuneInString(text[:s]); size > 0 && isMarkRune(r) {
			s -= size
		}
		if q.Close != "" && strings.HasPrefix(text[e:], q.Close) {
			e += len(q.Close)
		} else if r, size := utf8.DecodeRuneInString(text[e:]); size > 0 && isMarkRune(r) {
			e += size
		} else if n := closeAfterSpace(text, e, q.Close); n > 0 {
			e += n // `say, 'Well done,' " said Roe`: a space before the close
		}
		if s < last {
			continue // overlapping spans: keep the first
		}
		rs = append(rs, region{s, e, i})
		last = e
	}
	return rs
}

func (d *analysis) tokenize() {
	text := d.text
	rs := d.quoteRegions()
	d.qtok = reuse(d.spare.qtok, len(d.qs))[:len(d.qs)]
	for i := range d.qtok {
		d.qtok[i] = -1
	}
	d.toks = reuse(d.spare.toks, tokenCap(len(text), rs))
	var arena strings.Builder
	// The capitalised words, lowered: 13 to 19% of the bytes of the seed
	// articles, where an eighth made the arena grow, and copy, in each.
	arena.Grow(len(text) / 5)
	buf := d.spare.lowBuf // a word lowered, before it goes to the arena
	ri := 0
	lastPara := true
	// limit is where the next quote region starts, or the end of the
	// text: words stop there.
	limit := len(text)
	if len(rs) > 0 {
		limit = rs[0].s
	}
	for i := 0; i < len(text); {
		if i >= limit { // at a quote region (limit < len(text) only while one is left)
			r := rs[ri]
			d.qtok[r.q] = len(d.toks)
			d.toks = append(d.toks, token{kind: tkQuote, start: int32(r.s), end: int32(r.e), q: int32(r.q)})
			lastPara = false
			if r.e > i {
				i = r.e
			}
			ri++
			limit = len(text)
			if ri < len(rs) {
				limit = rs[ri].s
			}
			continue
		}
		c := text[i]
		if c == '\n' || c == '\r' {
			if !lastPara {
				d.toks = append(d.toks, token{kind: tkPara, start: int32(i), end: int32(i + 1)})
				lastPara = true
			}
			i++
			continue
		}
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isTokenRune(r) {
			j := i + size
			plain := 'a' <= c && c <= 'z' || '0' <= c && c <= '9' // no capitals, ASCII only
			// t holds the bytes the word may take: indexing it needs no
			// bounds check per byte.
			t := text[:limit]
			for j < len(t) {
				c := t[j]
				if cl := asciiClass[c]; cl != 0 {
					if cl != asciiLower {
						plain = false
					}
					j++ // the common case, an ASCII letter or digit, without decoding
					continue
				}
				r2, s2 := rune(c), 1 // an ASCII byte that is no letter: a space, a mark, the end of the word
				if c >= utf8.RuneSelf {
					r2, s2 = utf8.DecodeRuneInString(text[j:])
				}
				if isTokenRune(r2) || r2 >= 0x80 && mojibakeTail(text, j, r2) {
					plain = false
					j += s2
					continue
				}
				if r2 == '\'' || r2 == '’' || r2 == '-' || r2 == '&' || r2 == '.' {
					if j+s2 < limit {
						r3, _ := utf8.DecodeRuneInString(text[j+s2:])
						if isTokenRune(r3) && (r2 != '.' || unicode.IsUpper(r3) && unicode.IsUpper(r)) {
							j += s2
							continue
						}
					}
				}
				break
			}
			var fl wordFlags
			var off int32
			if plain {
				// Already lower case: look it up in place.
				if j < limit && text[j] == '.' && j-i <= 4 && abbrevs[text[i:j]] {
					j++
				}
				fl = lexiconFlags(text[i:j])
			} else {
				buf = appendLower(buf[:0], text[i:j])
				if j < limit && text[j] == '.' && (j-i <= 4 && abbrevs[string(buf)] || isInitial(text, i, j, limit)) {
					j++
					buf = append(buf, '.')
				}
				if string(buf) != text[i:j] {
					fl |= fUpper
					off = int32(arena.Len())
					arena.Write(buf)
				}
				fl |= lexiconFlags(buf)
			}
			if c < utf8.RuneSelf && c-'A' < 26 || c >= utf8.RuneSelf && unicode.IsUpper(r) {
				fl |= fCap // isCapWord(text[i:j]), from the word's first rune r, decoded already
			}
			d.toks = append(d.toks, token{kind: tkWord, fl: fl, start: int32(i), end: int32(j), q: off})
			lastPara = false
			i = j
			if i < limit && text[i] == ' ' {
				i++ // the space after most words, without a turn of the loop
			}
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		d.toks = append(d.toks, token{kind: tkPunct, start: int32(i), end: int32(i + size)})
		lastPara = false
		i += size
	}
	d.lowArena = arena.String()
	d.spare.regions, d.spare.lowBuf = rs, buf
}

// tokenCap estimates an article's tokens from its bytes outside quote
// regions, each region being one token: news text outside quotes runs
// 4.2 to 6.3 bytes a token (median 5.4 on PolNeAR train), while a
// guess from all its bytes was too small for a quarter of those
// articles, whose slice then grew and was copied.
func tokenCap(n int, rs []region) int {
	for _, r := range rs {
		n -= r.e - r.s
	}
	return max(n, 0)*2/9 + len(rs) + 8 // n/4.5
}

// lexiconFlags returns the flags of a lower-case word: the lexicon's, and
// fAdverb for an -ly word ("quickly", not "only" nor "apply"). It takes
// the text itself or a lowered copy, so that a word already in lower case
// is looked up without copying it.
func lexiconFlags[T string | []byte](low T) wordFlags {
	var fl wordFlags
	if lexiconMayHave(low) {
		fl = lexiconLookup(&lexiconTable, low) // lookupWord, one call less per word token
	}
	if n := len(low); fl&fAdverb == 0 && n > 4 && low[n-2] == 'l' && low[n-1] == 'y' && string(low) != "only" && low[n-3] != 'p' {
		fl |= fAdverb
	}
	return fl
}

// appendLower appends the lower case of w to b, rune by rune, keeping
// runes whose lower case has another length so that lengths match.
func appendLower(b []byte, w string) []byte {
	// Copy, then lower in place: one append, not one per byte, and one
	// pass that also finds whether w is ASCII.
	n := len(b)
	b = append(b, w...)
	ascii := true
	for k := n; k < len(b); k++ {
		c := b[k]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	if ascii {
		return b
	}
	b = b[:n]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		if lr := unicode.ToLower(r); lr != r && utf8.RuneLen(lr) == size {
			b = utf8.AppendRune(b, lr)
		} else {
			b = append(b, w[i:i+size]...)
		}
		i += size
	}
	return b
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// isInitial reports whether the word text[i:j] is a middle initial: one
// capital letter, a full stop, a space and a capitalised word ("Ann B.
// Kerr"). Its full stop then belongs to the name.
func isInitial(text string, i, j, limit int) bool {
	return j-i == 1 && 'A' <= text[i] && text[i] <= 'Z' && j+2 < limit && text[j] == '.' && text[j+1] == ' ' &&
		'A' <= text[j+2] && text[j+2] <= 'Z'
}

func (d *analysis) isPara(k int) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].kind == tkPara
}

// closeAfterSpace returns the length of one or two spaces and the closing
// mark close at text[e:], or 0: a quote that ends in a nested quote is
// often closed after a space (`'Well done,' "`), and the mark belongs to
// the quote, not to the words after it.
func closeAfterSpace(text string, e int, close string) int {
	if close == "" {
		return 0
	}
	n := 0
	for n < 2 && e+n < len(text) && text[e+n] == ' ' {
		n++
	}
	if n == 0 || !strings.HasPrefix(text[e+n:], close) {
		return 0
	}
	return n + len(close)
}

// mojibakeTail reports whether r, at text[j], continues a letter that was
// decoded twice: UTF-8 read as Latin-1 turns "á" into "Ã¡" and "ñ" into
// "Ã±", and a second pass into "Ã\u0083Â¡". After "Ã" or "Â" (composed,
// or as A and a combining tilde or circumflex) the runes U+0080 to U+00BF
// (symbols and controls, not letters) are the rest of the letter, so
// "SarukhÃ¡n" stays one word and one name. A no-break space after "Â" is
// a mangled space and ends the word.
func mojibakeTail(text string, j int, r rune) bool {
	if r < 0x80 || r > 0xBF {
		return false
	}
	head := text[:j]
	switch {
	case strings.HasSuffix(head, "\u00c3"), strings.HasSuffix(head, "A\u0303"):
		return true
	case strings.HasSuffix(head, "\u00c2"), strings.HasSuffix(head, "A\u0302"):
		return r != 0xA0
	}
	return false
}
