package quotes

import ()

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
