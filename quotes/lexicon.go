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
	markWords(m, capFunction, fCapFunc, "")
	markWords(m, roleWords, fRole, "")
	markWords(m, clauseWords, fClause, "")
	markWords(m, skipAdverb, fAdverb, "")
	markWords(m, orgHeads, fOrg, "")
	markWords(m, orgHeads, fOrgP, "", "'s", "’s")
	markWords(m, roleWords, fRoleP, "", "'s", "’s", ".")
	markWords(m, groupHeads, fGroupP, "", "'s", "’s", "'", "’")
	for w, c := range cueLexicon {
		m[w] |= fCue | wordFlags(c.form)<<fCueShift
	}
	for w, c := range particleCues {
		if m[w]&fCue == 0 {
			m[w] |= fCue | wordFlags(c.form)<<fCueShift
		}
	}
	return m
}()

// markWords sets flag on every word of set, once for each ending in endings
// ("" for the bare word): "office's" is an organisation's head as much as
// "office" is.
func markWords(m map[string]wordFlags, set map[string]bool, flag wordFlags, endings ...string) {
	for w, ok := range set {
		if !ok {
			continue
		}
		for _, e := range endings {
			m[w+e] |= flag
		}
	}
}

// lexiconFilter has a bit for every (length, first byte, last byte) of a
// lexicon word: most words of a text miss it and skip the map lookup.
var lexiconFilter = func() (f [256]uint64) {
	for w := range wordLexicon {
		h := uint(0)
		if w != "" {
			h = lexiconSlot(len(w), w[0], w[len(w)-1])
		}
		f[h>>6] |= 1 << (h & 63)
	}
	return f
}()

// lexiconSlot is a word's bit in lexiconFilter, from its length and its
// first and last bytes; the filter's builder and lookupWord share it.
func lexiconSlot(n int, first, last byte) uint {
	return uint(n&15)<<10 | uint(first&31)<<5 | uint(last&31)
}

func lookupWord[T string | []byte](b T) wordFlags {
	if !lexiconMayHave(b) {
		return 0
	}
	return lexiconLookup(&lexiconTable, b)
}

// lexiconMayHave is lookupWord's filter test, small enough to inline.
func lexiconMayHave[T string | []byte](b T) bool {
	if len(b) == 0 {
		return false
	}
	h := lexiconSlot(len(b), b[0], b[len(b)-1])
	return lexiconFilter[h>>6]&(1<<(h&63)) != 0
}

// lexiconTable holds every lexicon word in an open-addressed table: one
// hash of the bytes and, most often, one comparison answer a lookup, where
// a map lookup on a string cost about twice as much per word token.
var lexiconTable = newWordTable(wordLexicon)

type lexiconEntry struct {
	word   string
	packed uint64 // packWord(word) for a word of up to 8 bytes, else 0
	fl     wordFlags
}

type wordTable struct {
	// index holds, per slot, 1 + the position of a word in entries, or
	// 0 for an empty slot: small enough to stay in the first-level cache,
	// where a table of the entries themselves was not.
	index   []uint16
	entries []lexiconEntry
	mask    uint
}

// newWordTable sizes the table to at most a quarter full, so that probe
// runs stay short.
func newWordTable(m map[string]wordFlags) wordTable {
	size := 1
	for size < 4*len(m)+4 {
		size <<= 1
	}
	t := wordTable{index: make([]uint16, size), entries: make([]lexiconEntry, 0, len(m)), mask: uint(size - 1)}
	for w, fl := range m {
		if w == "" {
			continue
		}
		i := hashWord(w) & t.mask
		for t.index[i] != 0 {
			i = (i + 1) & t.mask
		}
		e := lexiconEntry{word: w, fl: fl}
		if len(w) <= 8 {
			e.packed = packWord(w)
		}
		t.entries = append(t.entries, e)
		t.index[i] = uint16(len(t.entries))
	}
	return t
}

// lexiconLookup returns the flags of a word given as a string or as bytes.
func lexiconLookup[T string | []byte](t *wordTable, b T) wordFlags {
	if n := len(b); n <= 8 {
		// Most words: compared as one integer, with no call to compare
		// bytes. The length tells "a" from "a\x00".
		x := packWord(b)
		for i := hashPacked(x, n) & t.mask; ; i = (i + 1) & t.mask {
			j := t.index[i]
			if j == 0 {
				return 0
			}
			if e := &t.entries[j-1]; e.packed == x && len(e.word) == n {
				return e.fl
			}
		}
	}
	for i := hashWord(b) & t.mask; ; i = (i + 1) & t.mask {
		x := t.index[i]
		if x == 0 {
			return 0
		}
		if e := &t.entries[x-1]; e.word == string(b) {
			return e.fl
		}
	}
}

// hashWord mixes the length and five bytes of a word (first two, middle,
// last two): constant time whatever the length, and enough to spread the
// lexicon, whose words share few of those five at once.
func hashWord[T string | []byte](w T) uint {
	n := len(w)
	if n <= 8 {
		return hashPacked(packWord(w), n) // as lexiconLookup hashes it
	}
	h := uint64(n)*0x9E3779B97F4A7C15 ^ uint64(w[0])<<8 ^ uint64(w[n-1])<<16 ^ uint64(w[n/2])<<24
	if n > 1 {
		h ^= uint64(w[1])<<32 ^ uint64(w[n-2])<<40
	}
	h *= 0xBF58476D1CE4E5B9
	return uint(h >> 32)
}

func (d *analysis) has(k int, f wordFlags) bool {
	return k >= 0 && k < len(d.toks) && d.toks[k].fl&f != 0
}

// packWord packs the bytes of a word of up to 8 bytes into an integer,
// the first byte lowest.
func packWord[T string | []byte](w T) uint64 {
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x
}

// hashPacked hashes a packed word and its length: the high half is
// folded into the low one first, so that the last bytes reach the bits
// the multiplication leaves in the table's slot.
func hashPacked(x uint64, n int) uint {
	h := (x ^ x>>32 ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	return uint(h >> 32)
}
