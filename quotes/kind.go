package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// classify decides a quote's kind from its words and the sentence around
// it. Speech needs a speaker nearby; a short quote with none is a term set
// off in marks.
func classify(text string, paras []paragraph, s *span, qs []Quote, i int) Kind {
	q := qs[i]
	p := paras[s.para]
	words := countWordsUpTo(q.Text, kindWordCap) // a long quote's exact count is never asked
	if len(s.segs) == 1 && isHeadingLine(text[p.start:p.end]) {
		return Headline
	}
	openAt0 := max(s.segs[0].start-len(q.Open), p.start)
	if len(s.segs) == 1 && words <= maxTitleWords+2 && titleCase(q.Text) && onProgramme(text[p.start:openAt0]) {
		return Title // on ABC's "This Week With George Stephanopoulos"
	}
	if len(s.segs) == 1 && words == 1 && startsUpper(q.Text) && onOutletsProgramme(text[p.start:openAt0]) {
		return Title // told NBC's "Today"
	}
	if words <= maxTitleWords && len(s.segs) == 1 && !s.colon && startsUpper(q.Text) {
		// A short quote set off right after a title noun names a work,
		// even when it ends in a comma: her book, "Salt and Iron," ...
		var tb [5]string
		if titleNouns[lastRawWord(text[p.start:openAt0])] && hasTitleNoun(lastWords(tb[:0], text[p.start:openAt0])) {
			return Title
		}
	}
	if len(s.segs) > 1 || s.colon && words >= 3 ||
		startsUpper(q.Text) && (endsClause(q.Text) || words >= 8) {
		return Direct
	}
	openAt := s.segs[0].start - len(q.Open)
	for openAt > p.start && text[openAt] != q.Open[0] {
		openAt-- // spaces trimmed inside the mark
	}
	before := text[p.start:max(openAt, p.start)]
	closeAt := min(q.End+len(q.Close), p.end)
	for closeAt < p.end && closeAt > q.End && !strings.HasPrefix(text[closeAt-len(q.Close):], q.Close) {
		closeAt++
	}
	after := text[closeAt:p.end]
	var buf [5]string
	last := lastWords(buf[:0], before)
	switch {
	case hasScareCue(last):
		return Scare
	case startsUpper(q.Text) && hasTitleNoun(last) || followedByTitleNoun(after):
		return Title
	}
	if q.Parent >= 0 && words <= 4 {
		return Scare // a term inside someone's words
	}
	if words > 4 {
		return Partial
	}
	if possessiveClaim(before, after) {
		return Partial // Roe's claim that "...": someone's words, however short
	}
	if len(last) >= 2 && isNamingVerb(last[len(last)-1]) && !isSubject(last[len(last)-2]) && !nameBeforeVerb(before) && !namedAgent(after) {
		return Scare // a group called "Night Owl"
	}
	if hasReportingCue(sentenceBefore(before), true) || hasReportingCue(sentenceAfter(after), false) {
		return Partial
	}
	return Scare
}

// isHeadingLine reports whether a paragraph is a heading or caption: short,
// and without the punctuation that ends a sentence.
func isHeadingLine(line string) bool {
	line = strings.TrimRightFunc(line, func(r rune) bool {
		return unicode.IsSpace(r) || isClosingMark(r) || r == '"' || r == '\''
	})
	if line == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?…:;,", r) && len(line) < 200 && countWords(line) <= 15
}

func countWords(s string) int { return countWordsUpTo(s, len(s)) }

// kindWordCap is where classify stops counting a quote's words: above the
// largest count it compares with (maxTitleWords+2, and 8 words of speech).
// Direct quotes run to dozens of words, which need not all be counted.
const kindWordCap = max(maxTitleWords+3, 9)

// countWordsUpTo counts the words of s, but stops at limit.
func countWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		if c := s[i]; c < utf8.RuneSelf { // most bytes: the same steps, with no rune
			w := asciiWord[c]
			if w && !in {
				n++
			}
			in = w || (in && (c == '\'' || c == '-'))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // not ASCII: the branch above took that
		i += size
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

func startsUpper(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsUpper(r)
		}
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// endsClause reports whether a quote ends the way quoted speech does: with
// the punctuation of a sentence or of the clause before a said-verb.
func endsClause(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || isClosingMark(r) || r == '"' || r == '\'' })
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".,!?…;:—–", r)
}

// lastWords appends to dst, in text order, up to cap(dst) lower-cased
// words at the end of s. It scans backwards and allocates only to lower a
// capitalised word, so the caller can pass a buffer on its stack.
func lastWords(dst []string, s string) []string {
	n := cap(dst)
	var rev [8]string
	k := 0
	for end := len(s); end > 0 && k < n && k < len(rev); {
		r, size := rune(s[end-1]), 1 // ASCII, mostly: decoded only when not
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(s[:end])
		}
		if !isWordRune(r) && r != '-' && r != '\'' && r != '’' {
			end -= size
			continue
		}
		start := end
		lower := true // ASCII without capitals: its own lower case
		for start > 0 {
			r, size := rune(s[start-1]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeLastRuneInString(s[:start])
			}
			if !isWordRune(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			lower = lower && (r < utf8.RuneSelf && (r < 'A' || r > 'Z'))
			start -= size
		}
		if lower {
			rev[k] = s[start:end]
		} else {
			rev[k] = strings.ToLower(s[start:end])
		}
		k++
		end = start
	}
	for i := k - 1; i >= 0; i-- {
		dst = append(dst, rev[i])
	}
	return dst
}

// hasScareCue reports whether the words before a quote set off a term
// rather than report speech: so-called "X", known as "X", dubbed "X".
func hasScareCue(last []string) bool {
	n := len(last)
	if n == 0 {
		return false
	}
	w := last[n-1]
	if isArticle(w) {
		n--
		if n == 0 {
			return false
		}
		w = last[n-1]
	}
	switch w {
	case "so-called":
		return true
	case "dubbed", "nicknamed", "termed", "branded":
		// "who he dubbed "X"": a pronoun subject names the framer.
		return n < 2 || !isSubject(last[n-2])
	case "as":
		// known as "X" names a term; what one described as "X" reports
		// speech, and so does referred to as with a speaker before it.
		switch {
		case n >= 2 && last[n-2] == "known":
			return true
		case n >= 3 && last[n-2] == "to" && last[n-3] == "referred":
			return n < 4 || !isSubject(last[n-4]) && last[n-4] != "one"
		}
	}
	return false
}

func isNamingVerb(w string) bool {
	return w == "called" || w == "named" || w == "titled" || w == "entitled"
}

// namedAgent reports whether the text after a quote opens with a passive's
// named agent: "has been called "X" by Ann Roe, a professor" reports
// Roe's words, where "a group called "X"" names a thing.
func namedAgent(after string) bool {
	after = strings.TrimLeft(after, " ,")
	rest, ok := strings.CutPrefix(after, "by ")
	return ok && rest != "" && 'A' <= rest[0] && rest[0] <= 'Z' && !strings.HasPrefix(rest, "The ") // not "by 2019"
}

// isSubject reports whether w can be the speaker in "w called": a pronoun
// or "what", as in what it called "reckless".
func isSubject(w string) bool {
	switch w {
	case "he", "she", "they", "it", "we", "i", "you", "what", "who", "which", "also":
		return true
	}
	return false
}

// maxTitleWords bounds the words of a quote taken for a title by the
// noun before it; longer quotes after "report" or "statement" are speech.
const maxTitleWords = 6

// titleNouns name things whose quoted names are titles.
var titleNouns = wordSet("title_nouns.txt")

// hasTitleNoun reports whether one of the two words before a quote names
// a titled thing: the report "X", his new album "X".
func hasTitleNoun(last []string) bool {
	n := len(last)
	if n == 0 || !titleNouns[last[n-1]] {
		return false // "the album is "in the home stretch"": a verb between
	}
	// "called the program "worse than amnesty"": the noun is the object a
	// framing verb sets the quote against, not a title's head.
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		if c, ok := lookupCue(last[i]); ok && c.frame == frameFraming {
			return false
		}
	}
	return true
}

// followedByTitleNoun catches the "X" of the Y scheme: a quoted name of a
// part of a named thing.
func followedByTitleNoun(after string) bool {
	after = strings.TrimLeft(after, " ")
	if !strings.HasPrefix(after, "of the ") {
		return false
	}
	fields := strings.Fields(after)
	for i, f := range fields {
		if i > 8 {
			break
		}
		f = strings.ToLower(strings.TrimRight(f, ".,;:"))
		if f == "scheme" || f == "programme" || f == "plan" || f == "register" || f == "list" || f == "act" {
			return true
		}
	}
	return false
}

// cueWindow bounds how far from a quote a reporting word is looked for: a
// sentence's worth, which also keeps a paragraph of a thousand quotes
// linear.
const cueWindow = 300

// sentenceBefore returns the part of the sentence before a quote.
func sentenceBefore(before string) string {
	if len(before) > cueWindow {
		before = before[len(before)-cueWindow:]
	}
	if i := lastSentenceEnd(before); i >= 0 {
		return before[i:]
	}
	return before
}

// sentenceAfter returns the part of the sentence after a quote.
func sentenceAfter(after string) string {
	if len(after) > cueWindow {
		after = after[:cueWindow]
	}
	for i := 0; i+1 < len(after); i++ {
		if (after[i] == '.' || after[i] == '!' || after[i] == '?') && after[i+1] == ' ' {
			if after[i] == '.' && nameAbbrevBefore(after[:i]) {
				continue // "Mr. Roe said", "Ann S. Roe wrote": no sentence ends there
			}
			return after[:i]
		}
	}
	return after
}

func lastSentenceEnd(s string) int {
	for i := len(s) - 2; i >= 0; i-- {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i+1] == ' ' {
			if s[i] == '.' && abbrevBefore(s[:i]) {
				continue // "Sen. Tom Kerr", "J. Smith"
			}
			return i + 2
		}
	}
	return -1
}

// nameAbbrevBefore reports whether s ends in an abbreviation or a middle
// initial that opens or continues a name: "Mr", "Sen", "Ann S". A
// dotted abbreviation ("U.S") may end a sentence as well as a name, so
// the sentence after a quote still ends there.
func nameAbbrevBefore(s string) bool {
	if !abbrevBefore(s) {
		return false
	}
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return i == 0 || s[i-1] == ' '
}

// abbrevBefore reports whether s ends in an abbreviation or an initial,
// whose full stop ends no sentence.
func abbrevBefore(s string) bool {
	j := len(s)
	i := j
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	if i == j {
		return false
	}
	w := s[i:j]
	if len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		return true
	}
	return len(w) <= 5 && abbrevs[strings.ToLower(w)]
}

// hasReportingCue reports whether a stretch of the reporter's sentence has
// a word that introduces someone's words. The cue words are ASCII, so the
// scan lower-cases ASCII words into a buffer and allocates nothing.
//
// before says s ends where the quote opens: a verb that frames only
// through a link word ("defended him as") counts only there, with the
// link and no punctuation between it and the quote.
func hasReportingCue(s string, before bool) bool {
	var buf [16]byte
	subject := false // the word before could be a verb's subject
	comma := false   // a comma just before: the end of an appositive
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			if s[i] != ' ' {
				subject = false
				comma = s[i] == ','
			}
			i++
			continue
		}
		j := i
		for j < len(s) && (isASCIILetter(s[j]) || s[j] == '-') {
			j++
		}
		w := s[i:j]
		capital := 'A' <= w[0] && w[0] <= 'Z'
		if len(w) == 2 {
			// No cue has two letters; "he", "it", "we" may be subjects.
			a, b := w[0]|0x20, w[1]|0x20
			subject = capital || a == 'h' && b == 'e' || a == 'i' && b == 't' || a == 'w' && b == 'e'
		} else if len(w) >= 3 && len(w) <= len(buf) { // the shortest cue is "say"
			for k := 0; k < len(w); k++ {
				buf[k] = w[k] | 0x20 // ASCII letters and '-' only
			}
			lower := string(buf[:len(w)])
			// "emails", "names" are nouns more often than verbs: a third
			// person form counts after a name or a pronoun ("Roe calls",
			// "what he calls").
			c, ok := lookupCue(lower)
			if ok && c.link != "" {
				if before && linkBeforeQuote(s[j:], c.link) {
					return true
				}
			} else if ok && (c.form != cueThird || baseCues[lower[:len(lower)-1]] || subject) {
				return true
			}
			// "Roe, a professor of law, calls the plan": a framing verb
			// after the appositive's comma; "emails, calls and texts" is a
			// list of nouns.
			if ok && c.link == "" && c.form == cueThird && c.frame == frameFraming && comma && !listNext(s[j:]) {
				return true
			}
			kw := nounFlags(lower)
			if kw&nlSpeech != 0 {
				return true
			}
			// An adverb keeps the subject before it: "Roe often says".
			subject = capital || kw&(nlPronoun|nlSpokes|nlRoleHead) != 0 || lower == "who" ||
				subject && isAdverb(lower)
		} else {
			subject = capital
		}
		comma = false
		i = j
	}
	return false
}

// linkBeforeQuote reports whether rest, the words between a verb and the
// quote, holds one of the comma-separated link words and no punctuation.
func linkBeforeQuote(rest, link string) bool {
	if strings.ContainsAny(rest, ",.;:!?()—–") {
		return false
	}
	for w := range strings.FieldsSeq(rest) {
		for l := range strings.SplitSeq(link, ",") {
			if strings.EqualFold(w, l) {
				return true
			}
		}
	}
	return false
}

// listNext reports whether s, the text after a word, goes on with a list:
// a comma, "and" or "or".
func listNext(s string) bool {
	s = strings.TrimLeft(s, " ")
	return strings.HasPrefix(s, ",") || strings.HasPrefix(s, "and ") || strings.HasPrefix(s, "or ")
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// speechWords are words besides the reporting verbs that, near a short
// quote, make it someone's words: according to, a spokesperson, a source.
var speechWords = wordSet("speech_nouns.txt")

// titleCase reports whether a quote reads as a name: two words or more,
// every word of four letters or more capitalised and at least one word
// capitalised, no full stop inside.
func titleCase(q string) bool {
	q = strings.TrimRight(strings.Trim(q, "'’‘"), " ,.!?") // ''Meet the Press.'' keeps one mark of each pair
	if strings.ContainsAny(q, ".!?") {
		return false
	}
	n, upper := 0, false
	for w := range strings.FieldsSeq(q) {
		n++
		w = strings.Trim(w, "\"'’‘“”(),:;-")
		if utf8.RuneCountInString(w) >= 4 && !startsUpper(w) && (n == 1 || !titleSmallWord(w)) {
			return false
		}
		upper = upper || startsUpper(w)
	}
	return n >= 2 && upper // "rip up" has no capital: no name
}

// lastRawWord returns the last run of ASCII letters in s, as written: a
// cheap first look before lower-casing the words before a quote. A full
// stop, "!" or "?" in between ends the sentence the word is in: `... the
// campaign. "The numbers are bad," said Roe` sets no title off.
func lastRawWord(s string) string {
	j := len(s)
	for j > 0 && !isASCIILetter(s[j-1]) {
		if c := s[j-1]; c >= utf8.RuneSelf || j < len(s)-3 || c == '.' || c == '!' || c == '?' {
			return ""
		}
		j--
	}
	i := j
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	return s[i:j]
}

// onProgramme reports whether the words before a quote place it as a
// programme or publication: "on", "in" or "to", or a possessive outlet
// ("on ABC's", "Fox News's"), right before the mark.
func onProgramme(before string) bool {
	var buf [4]string
	last := lastWords(buf[:0], before)
	if len(last) == 0 {
		return false
	}
	if t := strings.TrimRight(before, " "); t != "" && strings.ContainsAny(t[len(t)-1:], ".!?") {
		return false // `he moved on. "Now that ..."`: the slot ends another sentence
	}
	w := last[len(last)-1]
	if programmeSlot(w) {
		return true
	}
	return onOutletsProgramme(before)
}

// nameBeforeVerb reports whether the word before the last word of s is
// capitalised: "what Gilbert called" has a subject, "a group called" none.
func nameBeforeVerb(s string) bool {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return false
	}
	s = strings.TrimRight(s[:i], " ")
	j := strings.LastIndexByte(s, ' ')
	w := s[j+1:]
	return w != "" && startsUpper(w) && !capFunction[strings.ToLower(w)]
}
