package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Attribute returns a copy of qs with the speaker of each quote filled in
// from the article alone: Speaker (the fullest name the article gives),
// SpeakerKind, Mention (the words the attribution rests on, with byte
// offsets into a.Text) and Cue (the reporting word).
//
// The rules, tried in order for each quote of kind direct or partial:
//  1. an attribution right after the quote: `"...," Mr Smith said.`,
//     `"...," said Dame Anne.`, `"..." — Senator Jane Roe`;
//  2. a colon intro: `Ms Reeves told MPs: "..."`, `He added: "..."`;
//  3. an inverted attribution that ends the sentence: `..., the statement added.`;
//  4. the nearest reporting verb before the quote in its sentence, with
//     its subject (`X said the plan was a "sticking plaster"`,
//     `..., saying ...` borrows the clause's subject) or `according to X`;
//  5. a reporting verb later in the sentence, including passives with an
//     agent (`"..." claims have been dismissed by the ministry`);
//  6. continuation: a quote that is a whole sentence or paragraph by
//     itself, right after an attributed quote with nothing but that
//     quote's own attribution in between, inherits its speaker.
//
// Pronouns resolve to the latest compatible subject before them, definite
// role nouns ("the deputy prime minister") to the person the article gives
// that role, surnames and "Sir Iain"-style forms to the article's fullest
// name. A quote no rule attributes keeps Speaker "" and Mention nil: the
// attributor never guesses. Scare quotes, titles, headline quotes and
// quotes nested inside other quotes get no speaker.
func Attribute(a Article, qs []Quote) []Quote {
	out := make([]Quote, len(qs))
	copy(out, qs)
	for i := range out {
		out[i].Speaker, out[i].SpeakerKind, out[i].Mention, out[i].Cue = "", "", nil, ""
	}
	if len(qs) == 0 {
		return out
	}
	d := analyse(a, qs)
	d.attributeAll(out)
	return out
}

type tokKind uint8

// wordFlags cache, per word token, the answers of the word lists, so that
// each word costs one map lookup however often the rules ask about it.
type wordFlags uint16

const (
	fCap      wordFlags = 1 << iota // starts with a capital letter
	fCapFunc                        // in capFunction
	fRole                           // in roleWords
	fHonor                          // an honorific, with or without its full stop
	fClause                         // in clauseWords
	fAdverb                         // may stand between a subject and its verb
	fCue                            // a reporting-verb form; the form is in the top bits
	fOrg                            // in orgHeads
	fOrgP                           // in orgHeads, possessive ending allowed
	fUpper                          // has upper-case letters: its lower case is in lowArena
	fRoleP                          // in roleWords, possessive ending or full stop allowed
	fGroupP                         // in groupHeads, possessive ending allowed
	fCueShift = 13
)

// wordLexicon maps a lower-case word to its flags (all but fCap).
var wordLexicon = func() map[string]wordFlags {
	m := make(map[string]wordFlags)
	for w, ok := range capFunction {
		if ok {
			m[w] |= fCapFunc
		}
	}
	for w, ok := range roleWords {
		if ok {
			m[w] |= fRole
		}
	}
	for w := range honorifics {
		m[w] |= fHonor
		m[w+"."] |= fHonor
	}
	for w, ok := range clauseWords {
		if ok {
			m[w] |= fClause
		}
	}
	for w, ok := range skipAdverb {
		if ok {
			m[w] |= fAdverb
		}
	}
	for w, ok := range orgHeads {
		if ok {
			m[w] |= fOrg | fOrgP
			m[w+"'s"] |= fOrgP
			m[w+"’s"] |= fOrgP
		}
	}
	for w, ok := range roleWords {
		if ok {
			for _, f := range []string{w, w + "'s", w + "’s", w + "."} {
				m[f] |= fRoleP
			}
		}
	}
	for w, ok := range groupHeads {
		if ok {
			for _, f := range []string{w, w + "'s", w + "’s", w + "'", w + "’"} {
				m[f] |= fGroupP
			}
		}
	}
	for w, c := range cueLexicon {
		m[w] |= fCue | wordFlags(c.form)<<fCueShift
	}
	return m
}()

// lexiconFilter has a bit for every (length, first byte, last byte) of a
// lexicon word: most words of a text miss it and skip the map lookup.
var lexiconFilter = func() (f [256]uint64) {
	for w := range wordLexicon {
		h := lexiconSlot(w)
		f[h>>6] |= 1 << (h & 63)
	}
	return f
}()

func lexiconSlot(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

func lookupWord(b []byte) wordFlags {
	if len(b) == 0 {
		return 0
	}
	h := uint(len(b)&15)<<10 | uint(b[0]&31)<<5 | uint(b[len(b)-1]&31)
	if lexiconFilter[h>>6]&(1<<(h&63)) == 0 {
		return 0
	}
	// Short function words ("the", "of", "said") are most of the hits: a
	// direct-mapped table answers them with one comparison.
	if e := &lexiconCache[cacheSlot(b)]; e.word == string(b) {
		return e.fl
	}
	return wordLexicon[string(b)]
}

type lexiconEntry struct {
	word string
	fl   wordFlags
}

const lexiconCacheSize = 1 << 12

func cacheSlot[T string | []byte](w T) uint {
	n := len(w)
	h := uint(n) * 0x9E37
	h ^= uint(w[0]) * 0x85EB
	if n > 1 {
		h ^= uint(w[1]) * 0xC2B2
	}
	h ^= uint(w[n-1]) * 0x27D4
	h ^= h >> 7
	return h & (lexiconCacheSize - 1)
}

// lexiconCache holds, per slot, the shortest lexicon word that falls in it.
var lexiconCache = func() (c [lexiconCacheSize]lexiconEntry) {
	for w, fl := range wordLexicon {
		if w == "" {
			continue
		}
		e := &c[cacheSlot(w)]
		if e.word == "" || len(w) < len(e.word) || len(w) == len(e.word) && w < e.word {
			*e = lexiconEntry{w, fl}
		}
	}
	return c
}()

func (d *analysis) has(k int, f wordFlags) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].fl&f != 0
}

const (
	tkWord tokKind = iota
	tkPunct
	tkQuote
	tkPara
)

// token is kept small: an article has one per word.
type token struct {
	kind       tokKind
	fl         wordFlags // what the lexicons say about a word
	start, end int32
	q          int32 // quote index, for tkQuote
	sent       int32
	para       int32
}

// mention is a name, organisation or role noun found in the reporter's
// text (never inside a quote).
type mention struct {
	t0, t1   int // token range of the mention, determiner and role words included
	a0       int // first token of the alias text (after a determiner)
	n0, n1   int // token range of the name part
	kind     string
	honor    honor
	role     string // normalised role phrase tied to the name
	subject  bool   // stands where a subject stands
	roleNoun bool   // "the deputy prime minister"
	single   bool   // a one-word capitalised name, resolved later
	ent      int    // entity index, -1 when none
}

type entity struct {
	name    string
	kind    string
	words   []string // lower-case words of the fullest name
	honor   honor
	roles   []string
	aliases []string
	merged  int // index of the entity this one was merged into, or -1
}

// salient is a point where a speaker became the topic: a subject mention
// or an attributed quote. Pronouns resolve to the latest one that fits.
type salient struct {
	tok  int
	para int
	sp   speaker
}

// speaker is the outcome of attributing one quote.
type speaker struct {
	name   string
	kind   string
	ent    int
	m0, m1 int // byte offsets of the mention
	cue    string
	orgish bool // may be referred to as "it" or "the statement"
	stop   bool // the verb's subject names nobody ("what one described"): look no further
}

type analysis struct {
	text string
	// lowArena holds the lower case of every word that has capitals,
	// back to back; a word token's q is its offset there.
	lowArena string
	qs       []Quote
	toks     []token
	qtok     []int // quote index -> token index, -1 when the quote has no token
	sStart   []int // first token of each sentence
	pWords   []int // words outside quotes per paragraph
	pEnd     []int // token index one past each paragraph's last token
	sWords   []int // words outside quotes per sentence
	ments    []mention
	ents     []entity
	sal      []salient // subject mentions, in token order
	salAdded []salient // attributed speakers (addSalient), in token order
	lists    []personList
	midCap   map[string]bool // capitalised words seen away from a sentence start
}

// personList is "A, B and C" in one sentence: what "all three MPs" means.
type personList struct {
	tok  int
	ents []int
}

func analyse(a Article, qs []Quote) *analysis {
	d := &analysis{text: a.Text, qs: qs}
	d.tokenize()
	d.sentences()
	d.scanMentions()
	d.resolveEntities()
	d.buildSalience()
	return d
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

// ---- tokens ----------------------------------------------------------

type region struct{ s, e, q int }

func isMarkRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '\'', '‘', '’', '‚', '«', '»', '‹', '›', '「', '」', '『', '』':
		return true
	}
	return false
}

// asciiWord marks the ASCII bytes that are letters or digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isTokenRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// abbrevs take their full stop into the word and never end a sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "prof": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "rev": true, "jr": true, "sr": true, "mt": true,
	"hon": true, "det": true, "insp": true, "supt": true, "cllr": true, "no": false,
	"vs": true, "etc": false, "inc": false, "co": false,
}

func (d *analysis) quoteRegions() []region {
	text := d.text
	var rs []region
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
	d.qtok = make([]int, len(d.qs))
	for i := range d.qtok {
		d.qtok[i] = -1
	}
	d.toks = make([]token, 0, len(text)/6+8)
	var arena strings.Builder
	var buf []byte
	ri := 0
	lastPara := true
	for i := 0; i < len(text); {
		if ri < len(rs) && i >= rs[ri].s {
			r := rs[ri]
			d.qtok[r.q] = len(d.toks)
			d.toks = append(d.toks, token{kind: tkQuote, start: int32(r.s), end: int32(r.e), q: int32(r.q)})
			lastPara = false
			if r.e > i {
				i = r.e
			}
			ri++
			continue
		}
		limit := len(text)
		if ri < len(rs) {
			limit = rs[ri].s
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
			for j < limit {
				if c := text[j]; c < utf8.RuneSelf && asciiWord[c] {
					if c <= 'Z' && c >= 'A' {
						plain = false
					}
					j++ // the common case, without decoding
					continue
				}
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if isTokenRune(r2) {
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
				buf = append(buf[:0], text[i:j]...)
			} else {
				buf = appendLower(buf[:0], text[i:j])
				if j < limit && text[j] == '.' && j-i <= 4 && abbrevs[string(buf)] {
					j++
					buf = append(buf, '.')
				}
				if string(buf) != text[i:j] {
					fl |= fUpper
					off = int32(arena.Len())
					arena.Write(buf)
				}
			}
			fl |= lookupWord(buf)
			if isCapWord(text[i:j]) {
				fl |= fCap
			}
			if fl&fAdverb == 0 && len(buf) > 4 && buf[len(buf)-2] == 'l' && buf[len(buf)-1] == 'y' && string(buf) != "only" && !(len(buf) > 3 && buf[len(buf)-3] == 'p') {
				fl |= fAdverb
			}
			d.toks = append(d.toks, token{kind: tkWord, fl: fl, start: int32(i), end: int32(j), q: off})
			lastPara = false
			i = j
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
}

// appendLower appends the lower case of w to b, rune by rune, keeping
// runes whose lower case has another length so that lengths match.
func appendLower(b []byte, w string) []byte {
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

func (d *analysis) sentences() {
	sent, para := 0, 0
	d.sStart = make([]int, 1, len(d.toks)/16+4)
	d.sWords = make([]int, 1, len(d.toks)/16+4)
	d.pWords = make([]int, 1, len(d.toks)/32+4)
	d.pEnd = make([]int, 0, len(d.toks)/32+4)
	newSent := func(k int) {
		sent++
		d.sStart = append(d.sStart, k)
		d.sWords = append(d.sWords, 0)
	}
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind == tkPara {
			t.sent, t.para = int32(sent), int32(para)
			d.pEnd = append(d.pEnd, k)
			para++
			d.pWords = append(d.pWords, 0)
			newSent(k + 1)
			continue
		}
		t.sent, t.para = int32(sent), int32(para)
		switch t.kind {
		case tkWord:
			d.pWords[para]++
			d.sWords[sent]++
		case tkPunct:
			p := d.text[t.start:t.end]
			if (p == "." || p == "!" || p == "?" || p == ";") && d.startsSentence(k+1) && !d.abbrevAt(k-1) {
				newSent(k + 1)
			}
		case tkQuote:
			q := d.qs[t.q]
			if endsTerminal(q.Text) && k+1 < len(d.toks) && d.toks[k+1].kind != tkPunct && d.startsSentence(k+1) {
				newSent(k + 1)
			}
		}
	}
	d.pEnd = append(d.pEnd, len(d.toks))
	// Which capitalised sentence openers also appear capitalised inside a
	// sentence: those are names ("Labour said"), the rest ordinary words.
	want := make(map[string]bool, len(d.sStart))
	for _, k := range d.sStart {
		if d.isWord(k) && d.has(k, fCap) && !d.has(k, fCapFunc) {
			want[stripPossessive(d.word(k))] = false
		}
	}
	for k := range d.toks {
		if d.toks[k].kind == tkWord && k > d.sStart[d.toks[k].sent] && d.has(k, fCap) {
			w := stripPossessive(d.word(k))
			if seen, ok := want[w]; ok && !seen {
				want[w] = true
			}
		}
	}
	d.midCap = want
}

func endsTerminal(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

func (d *analysis) startsSentence(k int) bool {
	if k >= len(d.toks) {
		return true
	}
	t := d.toks[k]
	switch t.kind {
	case tkPara, tkQuote:
		return true
	case tkWord:
		r := firstRune(d.text[t.start:t.end])
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

func (d *analysis) abbrevAt(k int) bool {
	if !d.isWord(k) {
		return false
	}
	w := d.word(k)
	if utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) {
		return true // an initial: J. Smith
	}
	return abbrevs[strings.ToLower(w)]
}

func (d *analysis) sentOf(k int) (lo, hi int) {
	s := d.toks[k].sent
	lo = d.sStart[s]
	hi = len(d.toks)
	if int(s)+1 < len(d.sStart) {
		hi = d.sStart[s+1]
	}
	return lo, hi
}

// ---- mentions --------------------------------------------------------

func trimDot(w string) string { return strings.TrimSuffix(w, ".") }

func (d *analysis) honorAt(k int) (honor, bool) {
	if !d.has(k, fHonor) {
		return honorNone, false
	}
	h, ok := honorifics[trimDot(d.lw(k))]
	return h, ok
}

func (d *analysis) scanMentions() {
	n := len(d.toks)
	caps := 0
	for k := range d.toks {
		if d.toks[k].fl&fCap != 0 {
			caps++
		}
	}
	d.ments = make([]mention, 0, caps/2+8)
	for k := 0; k < n; k++ {
		if d.toks[k].kind != tkWord {
			continue
		}
		if t := d.toks[k]; t.end-t.start == 3 && d.lw(k) == "the" {
			if m, ok := d.roleNounAt(k); ok {
				d.ments = append(d.ments, m)
				k = m.t1 - 1
				continue
			}
		}
		if d.toks[k].fl&fCap == 0 {
			continue
		}
		if d.has(k, fCapFunc) && !d.has(k, fHonor) {
			continue
		}
		// The capitalised run.
		j := k
		for j < n && d.toks[j].kind == tkWord {
			wj := d.word(j)
			if j > k && d.has(j, fHonor) && !roleWords[trimDot(d.lw(j))] {
				break // "Sky News Mr Sunak" is two names
			}
			if d.has(j, fCap) && (j == k || !d.has(j, fCapFunc) || d.has(j, fRole) || d.has(j-1, fHonor)) {
				j++
				if possessive(wj) && !(d.isWord(j) && d.has(j, fCap) && d.has(j, fOrg)) {
					break // "Attorney's Office" goes on; "China's" stops
				}
				continue
			}
			lj := d.lw(j)
			if j > k && (lj == "of" || lj == "for" || lj == "de" || lj == "van" || lj == "von" || lj == "bin" || lj == "al" || lj == "and") &&
				d.isWord(j+1) && d.has(j+1, fCap) && !d.has(j+1, fCapFunc) {
				if lj == "and" && !d.orgAhead(j+1) {
					break
				}
				j++
				continue
			}
			break
		}
		m, ok := d.runMention(k, j)
		if ok {
			d.ments = append(d.ments, m)
			k = m.t1 - 1
		} else {
			k = j - 1
		}
	}
	for i := range d.ments {
		d.ments[i].ent = -1
		d.ments[i].subject = d.subjectLike(d.ments[i])
	}
	d.findLists()
}

// orgAhead reports whether the capitalised run from k contains an
// organisation word, so that "and" joins it ("Intelligence and Security
// Committee") rather than listing two names.
func (d *analysis) orgAhead(k int) bool {
	for j := k; j < len(d.toks) && j < k+5 && d.isWord(j) && d.has(j, fCap); j++ {
		if d.has(j, fOrg) {
			return true
		}
	}
	return false
}

// roleNounAt recognises "the deputy prime minister" at k ("the").
func (d *analysis) roleNounAt(k int) (mention, bool) {
	j := k + 1
	var words []string
	for j < len(d.toks) && j < k+6 && d.isWord(j) {
		lw := d.lw(j)
		if !roleWords[stripPossessive(lw)] && !(len(words) > 0 && lw == "of") {
			break
		}
		words = append(words, stripPossessive(lw))
		j++
		if possessive(lw) {
			break
		}
	}
	for len(words) > 0 && !roleHeads[words[len(words)-1]] {
		words = words[:len(words)-1]
		j--
	}
	if len(words) == 0 {
		return mention{}, false
	}
	if d.isWord(j) && d.has(j, fCap) && !possessive(d.word(j-1)) {
		return mention{}, false // a role before a name: handled with the name
	}
	return mention{t0: k, a0: k, n0: j, n1: j, t1: j, kind: "person", role: normaliseRole(words), roleNoun: true}, true
}

// runMention classifies the capitalised run [k, j).
func (d *analysis) runMention(k, j int) (mention, bool) {
	if j <= k {
		return mention{}, false
	}
	m := mention{t0: k, a0: k, n0: k, n1: j, t1: j}
	if d.rolePrefixAhead(j) {
		return mention{}, false
	}
	if j-k == 1 && possessive(d.word(k)) {
		if _, h := d.honorAt(k); !h {
			return mention{}, false // "China's" qualifies what follows
		}
	}
	if k > 0 && d.isWord(k-1) {
		if l := d.lw(k - 1); l == "the" || l == "a" || l == "an" {
			m.t0 = k - 1
		}
	}
	// An organisation: an organisation word in the run, or a lower-case one
	// right after it ("the New Zealand government").
	org := false
	for i := k; i < j; i++ {
		if d.has(i, fOrgP) {
			org = true
		}
	}
	if !possessive(d.word(j - 1)) {
		for d.isWord(m.t1) && !d.has(m.t1, fCap) && d.has(m.t1, fOrgP) && m.t1 < j+2 {
			org = true
			m.t1++
			m.n1 = m.t1
			if possessive(d.word(m.t1 - 1)) {
				break
			}
		}
	}
	if org {
		// "... in the UK": the place an embassy or office belongs to.
		t := m.t1
		if d.isWord(t) && !possessive(d.word(t-1)) && (d.lw(t) == "in" || d.lw(t) == "of") {
			u := t + 1
			if d.isWord(u) && d.lw(u) == "the" {
				u++
			}
			if d.isWord(u) && d.has(u, fCap) && !d.has(u, fCapFunc) {
				v := u
				for d.isWord(v) && d.has(v, fCap) && v < u+4 {
					v++
					if possessive(d.word(v - 1)) {
						v = u // "in the UK's ..." is not a name's end
						break
					}
				}
				if v > u {
					m.t1, m.n1 = v, v
				}
			}
		}
		m.kind = "organisation"
		return m, true
	}
	// A role inside the run: the name starts after its last role word.
	last := -1
	for i := k; i < j; i++ {
		if d.has(i, fRoleP) {
			last = i
		}
	}
	roleInRun := last >= 0
	if roleInRun {
		m.n0 = last + 1
	}
	if m.n0 < j {
		if h, ok := d.honorAt(m.n0); ok {
			m.honor = h
			if m.n0+1 < j {
				m.n0++
			} else if roleInRun {
				m.n0++
			}
		}
	}
	if m.n0 >= m.n1 {
		// Only a title: "Prime Minister" without a name is a role noun.
		if m.t0 < k {
			words := make([]string, 0, j-k)
			for i := k; i < j; i++ {
				words = append(words, stripPossessive(d.lw(i)))
			}
			if roleHeads[words[len(words)-1]] {
				m.roleNoun = true
				m.kind = "person"
				m.role = normaliseRole(words)
				return m, true
			}
		}
		return mention{}, false
	}
	// A lower-case role before the run: "former immigration minister
	// Robert Jenrick", "China's foreign ministry spokesperson Lin Jian".
	p := k - 1
	for p >= 0 && d.isWord(p) && !d.has(p, fCap) && d.has(p, fRole) {
		p--
	}
	var roleWordsOf []string
	if p < k-1 || roleInRun {
		for p >= 0 && d.isWord(p) && p > k-8 {
			w := d.word(p)
			lw := d.lw(p)
			if possessive(w) || (isCapWord(w) && !capFunction[lw]) {
				p--
				continue
			}
			break
		}
		m.a0 = p + 1
		m.t0 = p + 1
		if d.isWord(p) {
			if l := d.lw(p); l == "the" || l == "a" || l == "an" {
				m.t0 = p
			}
		}
		for i := m.a0; i < m.n0; i++ {
			if _, h := d.honorAt(i); h && i == m.n0-1 {
				continue
			}
			roleWordsOf = append(roleWordsOf, stripPossessive(d.word(i)))
		}
		m.role = normaliseRole(roleWordsOf)
	}
	nameLen := m.n1 - m.n0
	switch {
	case d.has(m.n1-1, fGroupP):
		m.kind = "group" // Conservative MPs
	case m.honor != honorNone || m.role != "":
		m.kind = "person"
	case nameLen == 1 && isAllCaps(d.word(m.n0)):
		m.kind = "organisation"
	case nameLen >= 2:
		m.kind = "person"
	default:
		m.kind = "person"
		m.single = true
		_, verbNext := d.cueAt(m.n1)
		if _, isHon := d.honorAt(m.n0); !isHon && !verbNext && m.n0 == d.sStart[d.toks[m.n0].sent] && !d.midCap[stripPossessive(d.word(m.n0))] {
			return mention{}, false // a capitalised first word, not a name
		}
	}
	return m, true
}

// rolePrefixAhead reports whether the words from j are a lower-case role
// followed by a name: the run before j ("Former Conservative", "China's")
// then only qualifies that role.
func (d *analysis) rolePrefixAhead(j int) bool {
	x := j
	for x < len(d.toks) && x < j+5 && d.isWord(x) && !d.has(x, fCap) && d.has(x, fRole) {
		x++
	}
	return x > j && d.isWord(x) && d.has(x, fCap)
}

// subjectLike reports whether a mention stands where a sentence's or
// clause's subject stands, rather than after a preposition or as a
// possessive.
func (d *analysis) subjectLike(m mention) bool {
	if m.t1 > 0 && possessive(d.word(m.t1-1)) {
		return false
	}
	p := m.t0 - 1
	if p < 0 {
		return true
	}
	t := d.toks[p]
	switch t.kind {
	case tkPara:
		return true
	case tkQuote:
		return false
	case tkPunct:
		s := d.text[t.start:t.end]
		return s == "," || s == ";" || s == ":" || s == "(" || isDash(s) || s == "."
	}
	if t.sent != d.toks[m.t0].sent {
		return true
	}
	switch d.lw(p) {
	case "and", "but", "while", "that", "when", "because", "although", "though",
		"after", "before", "since", "so", "if", "where", "whereas", "then",
		"however", "meanwhile", "also", "yet", "now", "instead":
		return true
	}
	return false
}

// findLists records "A, B and C" lists of named people.
func (d *analysis) findLists() {
	for i := 0; i < len(d.ments); i++ {
		if d.ments[i].kind != "person" || d.ments[i].roleNoun {
			continue
		}
		j := i
		for j+1 < len(d.ments) && d.ments[j+1].kind == "person" && !d.ments[j+1].roleNoun && d.joined(d.ments[j].t1, d.ments[j+1].t0) {
			j++
		}
		if j > i {
			l := personList{tok: d.ments[i].t0}
			for x := i; x <= j; x++ {
				l.ents = append(l.ents, x) // mention indices; mapped to entities later
			}
			d.lists = append(d.lists, l)
			i = j
		}
	}
}

func (d *analysis) joined(a, b int) bool {
	k := a
	sep := false
	for k < b && (d.isPunct(k, ",") || d.isWord(k) && d.lw(k) == "and") {
		sep = true
		k++
	}
	if !sep || k-a > 2 || b-k > 3 {
		return false
	}
	for ; k < b; k++ {
		if !d.isWord(k) || d.has(k, fClause) || (d.has(k, fCap) && !possessive(d.word(k))) {
			return false
		}
	}
	return true
}

// ---- entities --------------------------------------------------------

func (d *analysis) nameWords(m mention) []string { return d.mentionWords(m, false) }

// mentionWords lists the words of a mention's name part, as written or
// lower-cased, without the possessive of the last one.
func (d *analysis) mentionWords(m mention, lower bool) []string {
	ws := make([]string, 0, m.n1-m.n0)
	for k := m.n0; k < m.n1; k++ {
		w := d.word(k)
		if lower {
			w = d.lw(k)
		}
		if k == m.n1-1 {
			w = stripPossessive(w)
		}
		ws = append(ws, w)
	}
	return ws
}

// nameKey is the lower-case name part of a mention, a slice of the
// lower-cased text: equal for equal names, and free to compute.
func (d *analysis) nameKey(m mention) string {
	if m.n1-m.n0 == 1 {
		return stripPossessive(d.lw(m.n0))
	}
	s, e := d.toks[m.n0].start, d.toks[m.n1-1].end
	return strings.ToLower(stripPossessive(d.text[s:e]))
}

// nameText is the name part of a mention as written, possessive removed.
func (d *analysis) nameText(m mention) string {
	s := stripPossessive(d.text[d.toks[m.n0].start:d.toks[m.n1-1].end])
	if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
		return strings.Join(d.nameWords(m), " ")
	}
	return s
}

// lowWords are the lower-case words of a mention's name part.
func (d *analysis) lowWords(m mention) []string { return d.mentionWords(m, true) }

func (d *analysis) aliasTexts(m mention) []string {
	if m.roleNoun {
		return []string{stripPossessive(d.spanText(m.t0, m.t1))}
	}
	out := []string{stripPossessive(d.spanText(m.a0, m.t1))}
	if m.honor != honorNone && m.n0 > m.a0 {
		out = append(out, stripPossessive(d.spanText(m.n0-1, m.n1))) // Sir Iain Duncan Smith
	}
	if m.honor&honorGiven == 0 {
		out = append(out, strings.Join(d.nameWords(m), " ")) // Dowden
	}
	return out
}

func (d *analysis) spanText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].start:d.toks[b-1].end]
}

func (d *analysis) addEntity(e entity) int {
	e.merged = -1
	d.ents = append(d.ents, e)
	return len(d.ents) - 1
}

func (d *analysis) root(e int) int {
	for e >= 0 && d.ents[e].merged >= 0 {
		e = d.ents[e].merged
	}
	return e
}

func (d *analysis) resolveEntities() {
	type entKey struct {
		org  bool // organisations and people never share a key
		name string
	}
	byKey := make(map[entKey]int, len(d.ments)/2+4)
	d.ents = make([]entity, 0, len(d.ments)/2+4)
	// Full personal names and organisations first.
	for i := range d.ments {
		m := &d.ments[i]
		if m.roleNoun || m.single {
			continue
		}
		if m.kind == "person" && m.n1-m.n0 < 2 {
			continue
		}
		key := entKey{m.kind != "person", d.nameKey(*m)}
		e, ok := byKey[key]
		if !ok {
			e = d.addEntity(entity{name: d.nameText(*m), kind: m.kind, words: d.lowWords(*m)})
			byKey[key] = e
		}
		m.ent = e
		d.ents[e].honor |= m.honor &^ honorGiven
	}
	// A full name that ends another ("Duncan Smith" in "Iain Duncan
	// Smith") is the same person when only one name fits.
	// Index people by surname and given name, organisations by first word,
	// so that matching stays linear in the number of names.
	byLast := make(map[string][]int, len(d.ents))
	byFirst := make(map[string][]int, len(d.ents))
	for i := range d.ents {
		e := &d.ents[i]
		if len(e.words) == 0 {
			continue
		}
		if e.kind == "person" {
			byLast[e.words[len(e.words)-1]] = append(byLast[e.words[len(e.words)-1]], i)
		}
		byFirst[e.words[0]] = append(byFirst[e.words[0]], i)
	}
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != "person" || len(e.words) == 0 {
			continue
		}
		cand := -1
		for _, j := range byLast[e.words[len(e.words)-1]] {
			o := &d.ents[j]
			if j == i || o.kind != "person" || len(o.words) <= len(e.words) || !hasSuffix(o.words, e.words) {
				continue
			}
			if cand >= 0 {
				cand = -2
				break
			}
			cand = j
		}
		if cand >= 0 {
			e.merged = cand
		}
	}
	// Organisations: a shorter name that begins a longer one ("Chinese
	// embassy" in "Chinese embassy in the UK").
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != "organisation" || len(e.words) < 2 {
			continue
		}
		best := -1
		for _, j := range byFirst[e.words[0]] {
			o := &d.ents[j]
			if j != i && o.kind == "organisation" && len(o.words) > len(e.words) && hasPrefix(o.words, e.words) &&
				(best < 0 || len(o.words) > len(d.ents[best].words)) {
				best = j
			}
		}
		if best >= 0 {
			e.merged = best
		}
	}
	// Short forms, in document order, to the fitting full name most
	// recently mentioned.
	lastSeen := make([]int, len(d.ents), cap(d.ents))
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	// Forms that fit no full name resolve the same way every time
	// ("China", "Beijing"); remember them.
	noFit := make(map[string]int)
	for i := range d.ments {
		m := &d.ments[i]
		if m.ent >= 0 {
			lastSeen[d.root(m.ent)] = i
			continue
		}
		if m.roleNoun {
			continue
		}
		cacheKey := d.nameKey(*m)
		if m.honor != honorNone && m.n0 > 0 {
			cacheKey = d.lw(m.n0-1) + " " + cacheKey
		}
		if e, ok := noFit[cacheKey]; ok && m.kind != "group" {
			m.ent = e
			m.kind = d.ents[e].kind
			lastSeen[e] = i
			continue
		}
		var buf [6]string
		lws := buf[:0]
		for k := m.n0; k < m.n1 && len(lws) < len(buf); k++ {
			w := d.lw(k)
			if k == m.n1-1 {
				w = stripPossessive(w)
			}
			lws = append(lws, w)
		}
		best, bestSeen := -1, -1
		var cands []int
		if len(lws) > 0 {
			cands = byLast[lws[len(lws)-1]]
			if m.honor&honorGiven != 0 && len(lws) == 1 {
				cands = append(cands[:len(cands):len(cands)], byFirst[lws[0]]...)
			}
		}
		for _, e := range cands {
			en := &d.ents[e]
			if en.merged >= 0 || en.kind != "person" || !nameFits(lws, m.honor, en) {
				continue
			}
			seen := -1 - e // not yet mentioned: the earliest-created wins among those
			if e < len(lastSeen) && lastSeen[e] >= 0 {
				seen = lastSeen[e]
			}
			if best < 0 || seen > bestSeen {
				best, bestSeen = e, seen
			}
		}
		if best >= 0 {
			m.ent = best
			m.kind = "person"
			lastSeen[best] = i
			continue
		}
		kind := m.kind
		name := d.nameText(*m)
		if m.single && m.honor == honorNone && m.role == "" {
			kind = "organisation"
		}
		if m.honor != honorNone && m.n0 > 0 {
			if hw := trimDot(d.lw(m.n0 - 1)); keepHonorific[hw] {
				name = d.word(m.n0-1) + " " + name
			}
		}
		key := entKey{kind != "person", strings.ToLower(name)}
		e, ok := byKey[key]
		if !ok {
			e = d.addEntity(entity{name: name, kind: kind, words: d.lowWords(*m), honor: m.honor &^ honorGiven})
			byKey[key] = e
			lastSeen = append(lastSeen, -1)
		}
		m.ent = e
		m.kind = kind
		lastSeen[e] = i
		noFit[cacheKey] = e
	}
	for i := range d.ments {
		if d.ments[i].ent >= 0 {
			d.ments[i].ent = d.root(d.ments[i].ent)
		}
	}
	// Roles tie to names; role nouns then resolve to them.
	for _, m := range d.ments {
		if m.ent >= 0 && m.role != "" && !m.roleNoun {
			e := &d.ents[m.ent]
			if !slices.Contains(e.roles, m.role) {
				e.roles = append(e.roles, m.role)
			}
		}
	}
	for i := range d.ments {
		m := &d.ments[i]
		if m.roleNoun {
			m.ent = d.resolveRole(m.role, i)
		}
	}
}

// fillAliases gives each entity every surface form the article uses for
// it. Only Names needs them, so Attribute does not pay for them.
func (d *analysis) fillAliases() {
	for _, m := range d.ments {
		if m.ent < 0 {
			continue
		}
		e := &d.ents[m.ent]
		for _, al := range d.aliasTexts(m) {
			if al != "" && al != e.name && !slices.Contains(e.aliases, al) {
				e.aliases = append(e.aliases, al)
			}
		}
	}
}

// nameFits reports whether a short form (surname, "Mr Smith", "Sir
// Iain") can name the person e.
func nameFits(ws []string, h honor, e *entity) bool {
	if len(ws) == 0 || len(ws) >= len(e.words) {
		return false
	}
	if h&(honorMale|honorFemale) != 0 && e.honor&(honorMale|honorFemale) != 0 && h&e.honor&(honorMale|honorFemale) == 0 {
		return false // Mr Smith is not Ms Smith
	}
	if h&honorGiven != 0 && len(ws) == 1 && ws[0] == e.words[0] {
		return true
	}
	return hasSuffix(e.words, ws)
}

// hasSuffix reports whether the words of short end long.
func hasSuffix(long, short []string) bool {
	return len(short) <= len(long) && slices.Equal(long[len(long)-len(short):], short)
}

// hasPrefix reports whether the words of short begin long.
func hasPrefix(long, short []string) bool {
	return len(short) <= len(long) && slices.Equal(long[:len(short)], short)
}

// maxRoleReach bounds how many mentions a role noun looks through for the
// person holding the role.
const maxRoleReach = 500

// resolveRole finds the person the article gives a role, preferring the
// latest one named before mention index mi.
func (d *analysis) resolveRole(role string, mi int) int {
	if role == "" {
		return -1
	}
	fits := func(m mention) bool {
		if m.ent < 0 || m.roleNoun || m.kind != "person" {
			return false
		}
		return slices.Contains(d.ents[m.ent].roles, role)
	}
	for i := mi - 1; i >= 0 && i >= mi-maxRoleReach; i-- {
		if fits(d.ments[i]) {
			return d.ments[i].ent
		}
	}
	for i := mi + 1; i < len(d.ments) && i <= mi+maxRoleReach; i++ {
		if fits(d.ments[i]) {
			return d.ments[i].ent
		}
	}
	return -1
}

func (d *analysis) buildSalience() {
	d.sal = make([]salient, 0, len(d.ments)/2+len(d.qs))
	for _, m := range d.ments {
		if !m.subject || m.ent < 0 {
			continue
		}
		e := d.ents[m.ent]
		d.sal = append(d.sal, salient{tok: m.t0, para: int(d.toks[m.t0].para), sp: speaker{
			name: e.name, kind: e.kind, ent: m.ent, orgish: e.kind == "organisation",
		}})
	}
}

// addSalient records a speaker attributed at token tok. Attributions
// come in document order, so they are kept apart from the mentions and
// appended: inserting each into the one sorted list moved every later
// mention, quadratic on a long article.
func (d *analysis) addSalient(tok int, sp speaker) {
	s := salient{tok: tok, para: int(d.toks[tok].para), sp: sp}
	i := sort.Search(len(d.salAdded), func(i int) bool { return d.salAdded[i].tok > tok })
	d.salAdded = slices.Insert(d.salAdded, i, s)
}

// salientsBefore calls visit with the salient points before token k,
// the latest first (at one token, attributions before mentions), until
// visit returns false.
func (d *analysis) salientsBefore(k int, visit func(s *salient) bool) {
	i := sort.Search(len(d.sal), func(i int) bool { return d.sal[i].tok >= k })
	j := sort.Search(len(d.salAdded), func(j int) bool { return d.salAdded[j].tok >= k })
	for i > 0 || j > 0 {
		var s *salient
		if j > 0 && (i == 0 || d.salAdded[j-1].tok >= d.sal[i-1].tok) {
			j--
			s = &d.salAdded[j]
		} else {
			i--
			s = &d.sal[i]
		}
		if !visit(s) {
			return
		}
	}
}

// maxParaBack bounds how far back a pronoun looks for its referent.
const maxParaBack = 4

// resolvePronoun finds what the pronoun at token k refers to.
func (d *analysis) resolvePronoun(k int, pron string) (speaker, bool) {
	want := pronounKind[pron]
	if pron == anyPerson {
		want = "person"
	}
	para := int(d.toks[k].para)
	var found speaker
	ok := false
	d.salientsBefore(k, func(s *salient) bool {
		if para-s.para > maxParaBack {
			return false
		}
		switch want {
		case "person":
			if s.sp.kind != "person" {
				return true
			}
			if s.sp.ent >= 0 {
				h := d.ents[s.sp.ent].honor
				if (pron == "he" && h&honorFemale != 0) || (pron == "she" && h&honorMale != 0) {
					return true
				}
			}
			found, ok = s.sp, true
		case "organisation":
			if s.sp.kind == "organisation" {
				found, ok = s.sp, true
			}
		default: // they: an organisation, a group or an unnamed source
			if s.sp.kind != "person" || s.sp.ent < 0 {
				found, ok = s.sp, true
			}
		}
		return !ok
	})
	return found, ok
}

// ---- attribution -----------------------------------------------------

func attributable(q Quote) bool {
	if q.Parent >= 0 {
		return false
	}
	switch q.Kind {
	case Scare, Title, Headline:
		return false
	}
	return true
}

func (d *analysis) attributeAll(out []Quote) {
	prev := -1 // index of the previous top-level quote
	for qi := range out {
		ti := d.qtok[qi]
		if ti < 0 {
			continue
		}
		q := &out[qi]
		if !attributable(*q) || d.modifierQuote(ti) && d.repeatsTerm(out, qi) {
			prev = qi
			continue
		}
		sp, ok := d.attributeOne(ti)
		if !ok && prev >= 0 && out[prev].Speaker != "" && d.continues(d.qtok[prev], ti) {
			p := out[prev]
			q.Speaker, q.SpeakerKind, q.Cue = p.Speaker, p.SpeakerKind, p.Cue
			if p.Mention != nil {
				m := *p.Mention
				q.Mention = &m
			}
			prev = qi
			continue
		}
		if ok {
			q.Speaker, q.SpeakerKind, q.Cue = sp.name, sp.kind, sp.cue
			q.Mention = &Mention{Text: d.text[sp.m0:sp.m1], Start: sp.m0, End: sp.m1}
			d.addSalient(ti, sp)
		}
		prev = qi
	}
}

// modifierQuote reports whether the quote at token ti stands where a
// modifier of the reporter's own noun stands: `a "living off the land"
// attack`.
func (d *analysis) modifierQuote(ti int) bool {
	if !d.isWord(ti-1) || !d.isWord(ti+1) {
		return false
	}
	switch d.lw(ti - 1) {
	case "a", "an", "the", "this", "that":
	default:
		return false
	}
	n := d.lw(ti + 1)
	if d.has(ti+1, fCap) || clauseWords[n] || isAdverb(n) || isPrepWord(n) || n == "and" || n == "of" || n == "for" {
		return false
	}
	_, cue := lookupCue(n)
	return !cue
}

// repeatsTerm reports whether quote qi repeats the words of an earlier
// quote of the article that is a scare quote or a title: a term set off
// in quote marks stays a term when the article uses it again.
func (d *analysis) repeatsTerm(out []Quote, qi int) bool {
	t := strings.ToLower(strings.Join(strings.Fields(out[qi].Text), " "))
	for i := max(0, qi-50); i < qi; i++ {
		if (out[i].Kind == Scare || out[i].Kind == Title) && strings.ToLower(strings.Join(strings.Fields(out[i].Text), " ")) == t {
			return true
		}
	}
	return false
}

// continues reports whether the quote at token ti carries on the quote at
// token pi: it stands alone as a sentence or paragraph, and nothing but
// the earlier quote's own sentence lies between them.
func (d *analysis) continues(pi, ti int) bool {
	if d.toks[ti].para-d.toks[pi].para > 1 {
		return false
	}
	if d.sWords[d.toks[ti].sent] > 0 || ti-pi > maxReach {
		return false
	}
	ps := d.toks[pi].sent
	for k := pi + 1; k < ti; k++ {
		if d.toks[k].kind == tkWord && d.toks[k].sent != ps {
			return false
		}
		if d.toks[k].kind == tkQuote {
			return false
		}
	}
	return true
}

func (d *analysis) attributeOne(ti int) (speaker, bool) {
	lo, hi := d.sentOf(ti)
	if sp, ok := d.afterQuote(ti); ok {
		return sp, true
	}
	if sp, ok := d.colonIntro(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.inverted(ti, hi); ok {
		return sp, true
	}
	if sp, ok := d.cueBefore(ti, lo, hi); ok {
		return sp, true
	}
	if sp, ok := d.cueAfter(ti, hi); ok {
		return sp, true
	}
	return speaker{}, false
}

// paraEnd returns the index one past the last token of k's paragraph.
func (d *analysis) paraEnd(k int) int {
	if k >= len(d.toks) {
		return len(d.toks)
	}
	return d.pEnd[d.toks[k].para]
}

// maxReach bounds how many tokens a rule looks through for a cue, so that
// a text with no sentence breaks stays linear. News sentences are far
// shorter.
const maxReach = 80

// afterQuote: `"...," Mr Smith said`, `"...," said Dame Anne`, `"..." — Jane Roe`.
func (d *analysis) afterQuote(ti int) (speaker, bool) {
	pe := d.paraEnd(ti)
	i := ti + 1
	comma := strings.HasSuffix(strings.TrimSpace(d.qs[d.toks[ti].q].Text), ",")
	if d.isPunct(i, ",") {
		comma = true
		i++
	}
	if d.isDashTok(i) {
		// A dash attribution runs to the end of the line.
		j := i + 1
		end := j
		for end < pe && end < j+12 && d.toks[end].kind == tkWord {
			end++
		}
		if end > j && (end == pe || d.isPunct(end, ".") || d.isPunct(end, ",")) {
			if sp, ok := d.classifyNP(j, end); ok && sp.kind != "" {
				sp.cue = d.text[d.toks[i].start:d.toks[i].end]
				return sp, true
			}
		}
		return speaker{}, false
	}
	sp, end, ok := d.attribClause(i, pe)
	if !ok {
		return speaker{}, false
	}
	if !comma && !d.clauseEnds(end, pe, 6) {
		return speaker{}, false
	}
	return sp, true
}

// clauseEnds reports whether the sentence ends (or a comma comes) within
// max words after k.
func (d *analysis) clauseEnds(k, hi, max int) bool {
	for j := k; j < hi && j <= k+max; j++ {
		t := d.toks[j]
		if t.kind == tkPara || t.kind == tkQuote {
			return true
		}
		if t.kind == tkPunct {
			s := d.text[t.start:t.end]
			return s == "." || s == "," || s == ";" || s == "!" || s == "?" || isDash(s)
		}
		if d.lw(j) == "that" {
			return false
		}
	}
	return k >= hi
}

// attribClause matches "NP cue" or "cue NP" starting at token i. It
// returns the speaker and the token after the matched clause.
func (d *analysis) attribClause(i, hi int) (speaker, int, bool) {
	if i >= hi || !d.isWord(i) {
		return speaker{}, 0, false
	}
	// cue NP: said Dame Anne / said the minister
	if c, ok := d.cueAt(i); ok && c.form != cueParticiple && c.form != cueBase {
		j := d.rightNP(i+1, hi)
		if j > i+1 && (j >= hi || !d.isWord(j) || isPrepWord(d.lw(j)) || d.lw(j) == "who") {
			// "said the mayor, Jo Bright": the name after the role.
			if d.isPunct(j, ",") && d.has(j+1, fCap) && !d.hasName(i+1, j) {
				if k := d.rightNP(j+1, hi); k > j+1 && (k >= hi || !d.isWord(k)) && d.hasName(j+1, k) {
					if sp, ok := d.classifyNP(j+1, k); ok && sp.ent >= 0 {
						sp.cue = d.lw(i)
						return sp, k, true
					}
				}
			}
			if sp, ok := d.classifyNP(i+1, j); ok {
				sp.cue = d.lw(i)
				return sp, j, true
			}
		}
	}
	// NP cue: Mr Smith said / she told a news conference
	j := i
	for j < hi && j < i+10 && d.isWord(j) && d.npWord(j, true) {
		if _, ok := d.cueAt(j); ok && j > i {
			break
		}
		j++
	}
	npEnd := j
	if (j >= hi || !d.isWord(j)) && j-i >= 2 && d.isPunct(j, ".") {
		// Any past-tense verb closing the sentence: `"...", Mr Smith added.`
		if w := d.lw(j - 1); strings.HasSuffix(w, "ed") && d.hasName(i, j-1) {
			if sp, ok := d.classifyNP(i, j-1); ok {
				sp.cue = w
				return sp, j, true
			}
		}
	}
	for npEnd > i && d.has(npEnd-1, fAdverb) {
		npEnd--
	}
	if npEnd > i && j < hi && d.isWord(j) {
		if c, ok := d.cueAt(j); ok && c.form != cueParticiple {
			if sp, ok := d.classifyNP(i, npEnd); ok {
				sp.cue = d.lw(j)
				return sp, j + 1, true
			}
		}
	}
	return speaker{}, 0, false
}

// hasName reports whether [a, b) holds a named mention or a pronoun.
func (d *analysis) hasName(a, b int) bool {
	if b-a == 1 && pronounKind[d.lw(a)] != "" {
		return true
	}
	if b-a == 2 && d.lw(a) == "the" && spokesWords[d.lw(b-1)] {
		return true // "the statement added"
	}
	for _, m := range d.mentionsIn(a, b) {
		if !m.roleNoun {
			return true
		}
	}
	return false
}

// colonIntro: `Ms Reeves told MPs: "..."`, `He added: "..."`.
func (d *analysis) colonIntro(ti, lo int) (speaker, bool) {
	c := ti - 1
	if !d.isPunct(c, ":") {
		return speaker{}, false
	}
	lo = max(lo, c-maxReach)
	for k := c - 1; k >= lo; k-- {
		if d.toks[k].kind == tkQuote {
			break
		}
		if _, ok := d.cueAt(k); ok {
			sp, ok := d.subjectOf(k, lo, c, 0)
			if ok {
				sp.cue = d.lw(k)
				return sp, true
			}
			if sp.stop {
				return speaker{}, false
			}
			return speaker{}, false // a reporting verb whose subject we cannot name: no label either
		}
	}
	// A label: "PENCE:", "And from Chairwoman Lee:".
	if c-lo <= 6 && c > lo {
		a := lo
		for a < c && d.isWord(a) && (d.has(a, fCapFunc) || d.lw(a) == "from") && !pronounTok(d.lw(a)) {
			a++
		}
		if a < c && d.hasName(a, c) {
			if sp, ok := d.classifyNP(a, c); ok {
				sp.cue = ":"
				return sp, true
			}
		}
	}
	return speaker{}, false
}

func pronounTok(w string) bool { return pronounKind[w] != "" }

// inverted: a sentence that ends ", NP cue." or ", cue NP." covers every
// quote before it.
func (d *analysis) inverted(ti, hi int) (speaker, bool) {
	if hi-ti > maxReach {
		return speaker{}, false
	}
	e := hi
	for e > ti+1 && (d.toks[e-1].kind == tkPara || d.toks[e-1].kind == tkPunct && !d.isPunct(e-1, ",")) {
		e--
	}
	c := -1
	for k := e - 1; k > ti; k-- {
		if d.toks[k].kind == tkQuote {
			return speaker{}, false
		}
		if d.isPunct(k, ",") {
			c = k
			break
		}
	}
	if c < 0 || c == ti+1 {
		return speaker{}, false // no comma, or the adjacent case already tried
	}
	sp, end, ok := d.attribClause(c+1, e)
	if !ok || e-end > 3 {
		return speaker{}, false
	}
	return sp, true
}

// cueBefore: the nearest reporting verb before the quote in its sentence.
func (d *analysis) cueBefore(ti, lo, hi int) (speaker, bool) {
	lo = max(lo, ti-maxReach)
	for k := ti - 1; k >= lo; k-- {
		if !d.isWord(k) {
			continue
		}
		if d.lw(k) == "according" && d.isWord(k+1) && d.lw(k+1) == "to" {
			if sp, ok := d.accordingTo(k, ti); ok {
				return sp, true
			}
			continue
		}
		if _, ok := d.cueAt(k); ok {
			sp, ok := d.subjectOf(k, lo, hi, 0)
			if ok {
				sp.cue = d.lw(k)
				return sp, true
			}
			if sp.stop {
				break
			}
		}
	}
	return speaker{}, false
}

func (d *analysis) accordingTo(k, hi int) (speaker, bool) {
	j := d.rightNP(k+2, len(d.toks))
	if j <= k+2 {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(k+2, j)
	if ok {
		sp.cue = "according to"
	}
	return sp, ok
}

// cueAfter: a reporting verb later in the quote's sentence.
func (d *analysis) cueAfter(ti, hi int) (speaker, bool) {
	hi = min(hi, ti+maxReach)
	for k := ti + 1; k < hi; k++ {
		if !d.isWord(k) {
			continue
		}
		if d.lw(k) == "according" && d.isWord(k+1) && d.lw(k+1) == "to" {
			return d.accordingTo(k, hi)
		}
		if _, ok := d.cueAt(k); ok {
			if sp, ok := d.subjectOf(k, ti+1, hi, 0); ok {
				sp.cue = d.lw(k)
				return sp, true
			}
		}
	}
	return speaker{}, false
}

// beForms mark a passive (or progressive) verb.
var beForms = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"'s": false, "am": true,
}

// beContraction reports whether w is "it's", "that's" and the like, a
// subject fused with "is" ("It's suggested ..." names no speaker).
func beContraction(w string) bool {
	switch w {
	case "it's", "that's", "there's", "what's", "he's", "she's", "who's", "here's",
		"it’s", "that’s", "there’s", "what’s", "he’s", "she’s", "who’s", "here’s":
		return true
	}
	return false
}

// isAdverb reports whether w may stand between a subject and its verb.
func isAdverb(w string) bool {
	return skipAdverb[w] || (len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && !strings.HasSuffix(w, "ply"))
}

// skipAdverb are words that may stand between a subject and its verb.
var skipAdverb = map[string]bool{
	"also": true, "then": true, "later": true, "earlier": true, "previously": true,
	"again": true, "repeatedly": true, "today": true, "yesterday": true, "tonight": true,
	"recently": true, "subsequently": true, "separately": true, "further": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"once": true, "immediately": true, "publicly": true, "privately": true,
	"directly": true, "reportedly": true, "allegedly": true, "previous": false,
	"firmly": true, "strongly": true, "angrily": true, "bluntly": true, "simply": true,
	"only": true, "even": true, "already": true, "now": true, "still": true,
	"formally": true, "officially": true, "openly": true, "flatly": true,
	"quickly": true, "swiftly": true, "last": false, "did": true, "does": true,
	"do": true, "not": false, "never": false, "may": true, "might": true, "must": true,
	"should": true, "can": true, "shall": true, "however": true, "too": true,
	"likewise": true, "additionally": true, "meanwhile": true,
}

// clauseWords end a noun phrase.
var clauseWords = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "when": true,
	"while": true, "as": true, "because": true, "but": true, "if": true, "although": true,
	"though": true, "where": true, "what": true, "after": true, "before": true,
	"since": true, "so": true, "than": true, "whether": true, "unless": true,
	"until": true, "with": true, "by": true, "to": true, "on": true, "about": true,
	"against": true, "into": true, "over": true, "under": true, "amid": true,
	"despite": true, "during": true, "without": true, "within": true, "through": true,
	"or": true, "nor": true, "not": true, "never": true, "how": true, "why": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"being": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "can": true,
	"do": true, "does": true, "did": true, "it": false, "upon": true, "toward": true,
	"towards": true, "across": true, "between": true, "among": true, "like": true,
	"this": true, "these": true, "those": true, "there": true, "here": true,
}

func isPrepWord(w string) bool {
	switch w {
	case "in", "on", "at", "to", "during", "after", "before", "outside", "from", "about", "via", "through":
		return true
	}
	return false
}

// npWord reports whether token k may be part of a speaker noun phrase.
func (d *analysis) npWord(k int, rightward bool) bool {
	if !d.isWord(k) {
		return false
	}
	if d.has(k, fClause) {
		return false
	}
	lw := d.lw(k)
	if lw == "and" {
		// "Sir Iain and Mr Loughton" lists two speakers; "intelligence and
		// security committee" is one.
		return d.isWord(k+1) && !d.has(k+1, fCap) && !pronounTok(d.lw(k+1))
	}
	if lw == "in" || lw == "of" || lw == "for" || lw == "from" || lw == "at" {
		if !rightward {
			return true
		}
		n := k + 1
		if d.isWord(n) && d.lw(n) == "the" {
			n++
		}
		return d.isWord(n) && d.has(n, fCap)
	}
	if _, ok := d.cueAt(k); ok {
		return false
	}
	return true
}

// rightNP returns the end of the noun phrase that starts at i.
func (d *analysis) rightNP(i, hi int) int {
	j := i
	for j < hi && j < i+10 && (d.npWord(j, true) || j > i && spokesWords[d.lw(j-1)] && isOfWord(d.lw(j))) {
		if j > i && possessive(d.word(j-1)) && !d.isWord(j) {
			break
		}
		j++
	}
	return j
}

// isOfWord: the prepositions that tie a spokesperson to whom they speak for.
func isOfWord(w string) bool { return w == "for" || w == "of" || w == "from" }

// leftNP returns the noun phrase that ends just before v: [a, b).
func (d *analysis) leftNP(v, lo int) (int, int) {
	k := v - 1
	for k >= lo && d.isWord(k) && d.has(k, fAdverb) {
		k--
	}
	// "on Monday", "last week"
	for k-1 >= lo && d.isWord(k) && timeWords[d.lw(k)] && d.isWord(k-1) {
		switch d.lw(k - 1) {
		case "on", "last", "this", "earlier", "later", "next":
			k -= 2
			for k >= lo && d.isWord(k) && d.has(k, fAdverb) {
				k--
			}
			continue
		}
		break
	}
	if k < lo {
		return v, v
	}
	if d.isPunct(k, ",") {
		return d.appositive(k, lo)
	}
	b := k + 1
	a := b
	for a-1 >= lo && d.npWord(a-1, false) && b-(a-1) <= 12 {
		a--
	}
	return d.trimNP(a, b)
}

// appositive handles "Hugh Hill, a local doctor, said" and "the domestic
// intelligence service, MI5, said": the comma at k closes the second part.
func (d *analysis) appositive(k, lo int) (int, int) {
	m := -1
	for j := k - 1; j >= lo && j > k-26; j-- {
		if d.toks[j].kind == tkQuote || d.toks[j].kind == tkPara {
			return k + 1, k + 1
		}
		if d.isPunct(j, ",") {
			m = j
			break
		}
		if !d.isWord(j) {
			return k + 1, k + 1
		}
	}
	if m < 0 || m+1 >= k {
		return k + 1, k + 1
	}
	s0, s1 := m+1, k
	// the part before the first comma
	a := m
	for a-1 >= lo && d.npWord(a-1, false) && m-(a-1) <= 12 {
		a--
	}
	a, b := d.trimNP(a, m)
	first := d.lw(s0)
	if d.has(s0, fCap) && !capFunction[first] {
		if d.hasName(s0, s1) {
			return s0, s1 // ", MI5," names the speaker
		}
	}
	if a < b && (first == "a" || first == "an" || first == "the" || first == "who" || first == "one" ||
		first == "which" || first == "now" || first == "then" || first == "also" || !d.has(s0, fCap)) {
		return a, b
	}
	return k + 1, k + 1
}

// trimNP drops sentence connectors and time phrases from the start of a
// noun phrase.
func (d *analysis) trimNP(a, b int) (int, int) {
	for a < b {
		lw := d.lw(a)
		if pronounTok(lw) {
			break
		}
		if capFunction[lw] && d.has(a, fCap) && lw != "the" && lw != "a" && lw != "an" && lw != "all" && lw != "both" &&
			!(numberWord(lw) > 0) && !(lw == "one" && a+1 < b) {
			if (lw == "in" || lw == "on" || lw == "at" || lw == "last" || lw == "this") && a+1 < b {
				n := d.lw(a + 1)
				if timeWords[n] || isDigits(n) {
					a += 2
					continue
				}
			}
			a++
			continue
		}
		break
	}
	// A pronoun at the end is the subject: "But he".
	if b > a && pronounTok(d.lw(b-1)) {
		return b - 1, b
	}
	return a, b
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func numberWord(w string) int {
	switch w {
	case "two", "both", "2":
		return 2
	case "three", "3":
		return 3
	case "four", "4":
		return 4
	case "five", "5":
		return 5
	case "six", "6":
		return 6
	}
	return 0
}

// cueAt reports whether token k is a reporting verb used as a verb.
func (d *analysis) cueAt(k int) (cueInfo, bool) {
	if !d.isWord(k) {
		return cueInfo{}, false
	}
	fl := d.toks[k].fl
	if fl&fCap != 0 || fl&fCue == 0 {
		return cueInfo{}, false
	}
	c := cueInfo{form: cueForm(fl >> fCueShift)}
	p := k - 1
	if p < 0 {
		return c, true
	}
	pt := d.toks[p]
	if pt.kind == tkQuote && (c.form == cueThird || c.form == cueBase) {
		if qt := strings.TrimSpace(d.qs[pt.q].Text); qt == "" || !strings.ContainsAny(qt[len(qt)-1:], ",.!?") {
			return cueInfo{}, false // `"unfounded" claims`: a noun
		}
	}
	if pt.kind != tkWord {
		return c, true
	}
	switch d.lw(p) {
	case "the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my",
		"your", "of", "to", "this", "that", "such", "any", "no", "some", "so-called",
		"whose", "new", "further", "more", "other", "many", "first", "latest", "own",
		"in", "for", "with", "without", "from", "on", "by", "after", "before":
		return cueInfo{}, false
	}
	if c.form == cueThird || c.form == cueBase {
		// "the bank's warns" is not a verb; a plural noun after an adjective
		// rarely follows a subject-looking word, so demand one.
		pw := d.word(p)
		if possessive(pw) {
			return cueInfo{}, false
		}
	}
	return c, true
}

// subjectOf finds who performs the reporting verb at v. lo bounds the
// search to the left, hi to the right (a passive's agent).
func (d *analysis) subjectOf(v, lo, hi, depth int) (speaker, bool) {
	c, _ := d.cueAt(v)
	p := v - 1
	for p >= lo && d.isWord(p) && d.has(p, fAdverb) {
		p--
	}
	if p >= lo && d.isWord(p) && (beForms[d.lw(p)] || beContraction(d.lw(p))) {
		if c.form == cueParticiple && d.lw(p) != "being" {
			// progressive: "are calling"
			a, b := d.leftNP(p, lo)
			if a < b {
				return d.classifyNP(a, b)
			}
			return d.inherit(v, lo, hi, depth)
		}
		for k := v + 1; k < hi && k <= v+3; k++ {
			if d.isWord(k) && d.lw(k) == "by" {
				j := d.rightNP(k+1, hi)
				if j > k+1 {
					return d.classifyNP(k+1, j)
				}
			}
		}
		return speaker{}, false // a passive without an agent names no speaker
	}
	if c.form == cueParticiple {
		if p >= lo && d.isWord(p) && d.npWord(p, false) && p == v-1 {
			a, b := d.leftNP(v, lo)
			if a < b {
				if sp, ok := d.classifyNP(a, b); ok {
					return sp, true
				}
			}
		}
		return d.inherit(v, lo, hi, depth)
	}
	a, b := d.leftNP(v, lo)
	if a < b {
		return d.classifyNP(a, b)
	}
	if p >= lo && (d.isPunct(p, ",") || d.isWord(p) && (d.lw(p) == "and" || d.lw(p) == "but")) || p < lo {
		return d.inherit(v, lo, hi, depth)
	}
	return speaker{}, false
}

// inherit gives a verb without a subject of its own ("..., but insisted",
// "..., saying") the subject of an earlier reporting verb in the sentence,
// or the sentence's subject.
func (d *analysis) inherit(v, lo, hi, depth int) (speaker, bool) {
	if depth > 2 {
		return speaker{}, false
	}
	lo = max(lo, v-maxReach)
	for k := v - 1; k >= lo; k-- {
		if d.toks[k].kind == tkQuote {
			continue
		}
		if _, ok := d.cueAt(k); ok {
			if sp, ok := d.subjectOf(k, lo, hi, depth+1); ok {
				return sp, true
			}
		}
	}
	// The sentence's subject: the first subject-like mention of its main
	// clause.
	start := lo
	for k := lo; k < v && k < lo+10; k++ {
		if d.isPunct(k, ",") {
			if d.isWord(lo) && (strings.HasSuffix(d.lw(lo), "ing") || isPrepWord(d.lw(lo)) || d.has(lo, fCapFunc)) {
				start = k + 1
			}
			break
		}
	}
	for _, m := range d.mentionsIn(start, v) {
		if m.subject && m.t0 <= start+6 && m.ent >= 0 {
			return d.fromMention(m), true
		}
	}
	if start < v && pronounTok(d.lw(start)) {
		return d.classifyNP(start, start+1)
	}
	// A common noun phrase opening the sentence: "All three MPs are ...".
	if b := d.rightNP(start, v); b > start && b-start <= 6 {
		a, b := d.trimNP(start, b)
		if a < b && d.isWord(b) && (d.has(b, fClause) || d.has(b, fAdverb)) {
			return d.classifyNP(a, b)
		}
	}
	return speaker{}, false
}

// mentionsIn returns the mentions that lie wholly inside [a, b).
func (d *analysis) mentionsIn(a, b int) []mention {
	i := sort.Search(len(d.ments), func(i int) bool { return d.ments[i].t1 > a })
	j := i
	for j < len(d.ments) && d.ments[j].t0 < b {
		j++
	}
	out := d.ments[i:j]
	for len(out) > 0 && (out[0].n0 < a || out[0].t0 < a-1) {
		out = out[1:]
	}
	for len(out) > 0 && out[len(out)-1].t1 > b {
		out = out[:len(out)-1]
	}
	return out
}

func (d *analysis) fromMention(m mention) speaker {
	e := d.ents[m.ent]
	return speaker{name: e.name, kind: e.kind, ent: m.ent, m0: int(d.toks[m.a0].start), m1: int(d.toks[m.t1-1].end), orgish: e.kind == "organisation"}
}

// junkSubjects are words that look like a subject but name nobody.
var junkSubjects = map[string]bool{
	"one": true, "someone": true, "anyone": true, "who": true, "which": true,
	"this": true, "that": true, "what": true, "i": true, "we": true, "you": true,
	"there": true, "here": true, "nobody": true, "none": true, "some": true, "others": true,
	"many": true, "few": true, "both": false, "all": true,
}

// classifyNP turns the noun phrase [a, b) into a speaker.
func (d *analysis) classifyNP(a, b int) (speaker, bool) {
	if a >= b {
		return speaker{}, false
	}
	m0, m1 := int(d.toks[a].start), int(d.toks[b-1].end)
	if b-a == 1 {
		lw := d.lw(a)
		if pronounTok(lw) {
			sp, ok := d.resolvePronoun(a, lw)
			sp.m0, sp.m1 = m0, m1
			sp.stop = !ok // a pronoun nobody fits: do not look further
			return sp, ok
		}
		if lw == "i" || lw == "we" {
			return speaker{stop: true}, false
		}
		if junkSubjects[lw] {
			return speaker{stop: true}, false
		}
	}
	// "the 45-year-old" names the person the story is about.
	if b-a == 2 && d.lw(a) == "the" && strings.HasSuffix(d.lw(a+1), "-year-old") {
		sp, ok := d.resolvePronoun(a, anyPerson)
		sp.m0, sp.m1 = m0, m1
		return sp, ok
	}
	ms := d.mentionsIn(a, b)
	// A spokesperson or statement speaks for the organisation beside it.
	for k := a; k < b; k++ {
		if !spokesWords[d.lw(k)] {
			continue
		}
		for _, m := range ms {
			if m.t1 == k && m.ent >= 0 {
				sp := d.fromMention(m)
				sp.m0, sp.m1 = m0, m1
				return sp, true
			}
		}
		if k+1 < b && (d.lw(k+1) == "for" || d.lw(k+1) == "from" || d.lw(k+1) == "of") {
			sp, ok := d.classifyNP(k+2, b)
			sp.m0, sp.m1 = m0, m1
			return sp, ok
		}
		if k == b-1 && k > a && (d.lw(a) == "the" || d.lw(a) == "this") {
			// "the statement added": the organisation that spoke last.
			if sp, ok := d.lastOrgSpeaker(a); ok {
				sp.m0, sp.m1 = m0, m1
				return sp, true
			}
		}
	}
	// "all three MPs": the people just listed.
	if sp, ok := d.groupRef(a, b); ok {
		sp.m0, sp.m1 = m0, m1
		return sp, true
	}
	// The head of the phrase: up to the first preposition.
	h := b
	for k := a + 1; k < b; k++ {
		switch d.lw(k) {
		case "in", "of", "for", "from", "at":
			inMention := false
			for _, m := range ms {
				if m.t0 < k && k < m.t1 {
					inMention = true
				}
			}
			if !inMention && h == b {
				h = k
			}
		}
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.t1 == h && m.ent >= 0 {
			sp := d.fromMention(m)
			if m.t0 > a {
				m0 = int(d.toks[m.t0].start) // drop what leads up to the name
			}
			sp.m0, sp.m1 = m0, m1
			return sp, true
		}
	}
	// A role noun with no resolvable name, or a common noun phrase: the
	// phrase itself names the speaker ("Downing Street source").
	s, e := a, h
	for s < e && (d.lw(s) == "the" || d.lw(s) == "a" || d.lw(s) == "an") {
		s++
	}
	if s >= e || e-s > 8 {
		return speaker{}, false
	}
	if e-s == 1 && junkSubjects[d.lw(s)] {
		return speaker{}, false
	}
	head := stripPossessive(d.lw(e - 1))
	kind := "person"
	switch {
	case orgHeads[head]:
		kind = "organisation"
	case groupHeads[head]:
		kind = "group"
	case !d.has(e-1, fCap) && !roleHeads[head] && !strings.HasSuffix(head, "er") && head != "source" && !strings.HasSuffix(head, "ist"):
		// A lower-case head that is neither a role nor an agent noun is
		// unlikely to be a speaker ("the plan", "the report said" aside).
		if !spokesWords[head] {
			return speaker{}, false
		}
	}
	name := d.text[d.toks[s].start:d.toks[e-1].end]
	return speaker{name: name, kind: kind, ent: -1, m0: m0, m1: m1, orgish: kind != "person"}, true
}

// lastOrgSpeaker finds the organisation that spoke most recently before k.
func (d *analysis) lastOrgSpeaker(k int) (speaker, bool) {
	para := int(d.toks[k].para)
	var found speaker
	ok := false
	d.salientsBefore(k, func(s *salient) bool {
		if para-s.para > 6 {
			return false
		}
		if s.sp.orgish && s.sp.cue != "" {
			found, ok = s.sp, true
		}
		return !ok
	})
	return found, ok
}

// groupRef resolves "all three MPs", "both men" to the latest list of
// that many named people.
func (d *analysis) groupRef(a, b int) (speaker, bool) {
	n := 0
	for k := a; k < b && k < a+3; k++ {
		if x := numberWord(d.lw(k)); x > 0 {
			n = x
		}
	}
	if n == 0 || !groupHeads[d.lw(b-1)] && d.lw(b-1) != "both" {
		return speaker{}, false
	}
	para := d.toks[a].para
	for i := len(d.lists) - 1; i >= 0; i-- {
		l := d.lists[i]
		if l.tok >= a {
			continue
		}
		if para-d.toks[l.tok].para > 3 {
			break
		}
		if len(l.ents) != n {
			continue
		}
		var names []string
		for _, mi := range l.ents {
			e := d.ments[mi].ent
			if e < 0 {
				return speaker{}, false
			}
			names = append(names, d.ents[e].name)
		}
		name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		return speaker{name: name, kind: "group", ent: -1}, true
	}
	return speaker{}, false
}
