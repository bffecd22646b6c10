package align

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a quote or of the text around it.
type token struct {
	Orig  string // the word as written, e.g. "China’s"
	Norm  string // the comparison form, e.g. "chinas"
	Start int    // byte offset of the word in the string it was cut from
	End   int    // one past its last byte
	// Hyphen says the word was joined to the previous one by a hyphen
	// ("state-affiliated"): it is compared as its own word, so that
	// "cyber-attacks" meets "cyber attacks", and shown with its hyphen.
	Hyphen bool
	Stop   bool   // a function word that carries little evidence
	Runes  int    // length of Norm in characters
	Mask   uint64 // which letters and digits Norm holds, for a cheap bound on edit distance
	ID     int32  // Norm interned within one Check, for the similarity cache; 0 when not
}

// isApostrophe reports the marks that serve as apostrophes inside a word.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == 'ʼ' || r == '‘'
}

func isHyphen(r rune) bool {
	return r == '-' || r == '‐' || r == '‑'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize cuts s into words. An apostrophe between two word characters
// stays inside the word (won't, China’s); a hyphen between two word
// characters splits the word but is remembered for display. Everything
// else is punctuation and is dropped: punctuation never decides a verdict
// beyond punctuation-only.
func tokenize(s string) []token {
	var toks []token
	i := 0
	hyphenNext := false
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			hyphenNext = false
			if isHyphen(r) && len(toks) > 0 && toks[len(toks)-1].End == i {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); isWordRune(r2) {
					hyphenNext = true
				}
			}
			i += w
			continue
		}
		start := i
		for i < len(s) {
			r, w := utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += w
				continue
			}
			if isApostrophe(r) && i+w < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+w:]); isWordRune(r2) && i > start {
					i += w
					continue
				}
			}
			break
		}
		orig := s[start:i]
		norm := normWord(orig)
		toks = append(toks, token{Orig: orig, Norm: norm, Start: start, End: i, Hyphen: hyphenNext, Stop: stopWords[norm], Runes: utf8.RuneCountInString(norm), Mask: charMask(norm)})
		hyphenNext = false
	}
	return toks
}

// charMask sets one bit per distinct character class of w (letters a-z,
// digits, anything else shares a bit). Every edit changes at most two
// bits, so half the differing bits bound the edit distance from below.
func charMask(w string) uint64 {
	var m uint64
	for _, r := range w {
		switch {
		case r >= 'a' && r <= 'z':
			m |= 1 << (r - 'a')
		case r >= '0' && r <= '9':
			m |= 1 << (26 + r - '0')
		default:
			m |= 1 << 36
		}
	}
	return m
}

// normWord is the comparison form of one word: lower case, apostrophes
// dropped (so curly and straight marks agree), number words as digits and
// British spellings folded to one form.
func normWord(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if isApostrophe(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	n := b.String()
	if d, ok := numberWords[n]; ok {
		return d
	}
	return foldSpelling(n)
}

// numberWords maps number words to digits: outlets differ on house style
// ("two" against "2"), not on the words spoken.
var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
	"six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
	"eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
	"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40",
	"fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90",
	"hundred": "100", "thousand": "1000", "million": "1000000",
	"first": "1st", "second": "2nd", "third": "3rd",
}

// spellingWords are British spellings no suffix rule covers.
var spellingWords = map[string]string{
	"programme": "program", "programmes": "programs", "grey": "gray",
	"tyre": "tire", "tyres": "tires", "aluminium": "aluminum",
	"manoeuvre": "maneuver", "sceptic": "skeptic", "sceptical": "skeptical",
	"whilst": "while", "amongst": "among", "enquiry": "inquiry", "enquiries": "inquiries",
	"jewellery": "jewelry", "licence": "license", "licences": "licenses", "pretence": "pretense", "plough": "plow", "pyjamas": "pajamas", "kerb": "curb",
}

// foldSpelling maps British and American spellings of a word to one form.
// The rules run on both sides of a comparison, so a rule that also changes
// a word which has no variant (promise -> promize) does no harm; the rules
// are kept narrow enough not to merge two real words.
func foldSpelling(w string) string {
	if v, ok := spellingWords[w]; ok {
		return v
	}
	n := len(w)
	if n < 5 {
		return w
	}
	// -ise/-ize and -yse/-yze with their inflections: organise, organised,
	// organising, organisation, analyse.
	for _, suf := range []string{"isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers"} {
		if n >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:n-len(suf)] + "iz" + suf[2:]
		}
	}
	for _, suf := range []string{"yse", "ysed", "yses", "ysing"} {
		if n >= len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:n-len(suf)] + "yz" + suf[2:]
		}
	}
	// -our/-or: colour, behaviour, favourite, honourable. Words of four
	// letters (four, your, hour, tour) are left alone.
	if i := strings.Index(w, "our"); i >= 3 {
		rest := w[i+3:]
		switch rest {
		case "", "s", "ed", "ing", "ite", "ites", "able", "er", "ers", "ful", "less", "ism", "ist", "ists", "ably":
			return w[:i] + "or" + rest
		}
	}
	// -ogue/-og: catalogue, dialogue, analogue.
	for _, suf := range []string{"ogue", "ogues"} {
		if n >= 7 && strings.HasSuffix(w, suf) {
			return w[:n-len(suf)] + "og" + suf[4:]
		}
	}
	// -tre/-ter and -bre/-ber: centre, theatre, metre, fibre.
	for _, suf := range []string{"tre", "tres", "bre", "bres"} {
		if strings.HasSuffix(w, suf) {
			return w[:n-len(suf)] + suf[:1] + "er" + suf[3:]
		}
	}
	// -ence/-ense: defence, offence.
	for _, suf := range []string{"fence", "fences"} {
		if n >= 7 && strings.HasSuffix(w, suf) {
			return w[:n-len(suf)] + "fense" + suf[5:]
		}
	}
	// ll/l before a suffix: travelled, cancelling, labelled, counsellor.
	// Only after e, a or u, so that filled and filed stay apart.
	for _, suf := range []string{"lled", "lling", "ller", "llers", "llor", "llors"} {
		if n >= 7 && strings.HasSuffix(w, suf) {
			if c := w[n-len(suf)-1]; c == 'e' || c == 'a' || c == 'u' {
				return w[:n-len(suf)] + suf[1:]
			}
		}
	}
	return w
}

// stopWords are function words: they count for little when deciding
// whether two quotes are one utterance, but they still count in a diff.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if of to in on at by for from with as into onto
		about over under than then that this these those there here is are was were be been being am
		it its it's i me my we us our you your he him his she her they them their what which who whom
		whose do does did done have has had having not no nor so too very can could will would shall
		should may might must just also up out off all any both each few more most other some such
		only own same s t mr mrs ms dr sir lord said says say told tells telling stated states
		stating added adds adding according saying`) {
		m[normWordPlain(w)] = true
	}
	return m
}()

// normWordPlain lower-cases and drops apostrophes without the spelling and
// number rules; the stop list is written in plain words.
func normWordPlain(w string) string {
	var b strings.Builder
	for _, r := range w {
		if isApostrophe(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// NormalizeText returns the comparison form of a text: its words, each
// normalised, joined by single spaces. Two versions with the same
// normalised text differ only in case, punctuation, quote style, spelling
// variant or number style.
func NormalizeText(s string) string {
	toks := tokenize(s)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.Norm
	}
	return strings.Join(parts, " ")
}

// hasEllipsis reports whether a quote marks an omission.
func hasEllipsis(s string) bool {
	return strings.Contains(s, "...") || strings.Contains(s, "…") || strings.Contains(s, "[…]") || strings.Contains(s, ". . .")
}
