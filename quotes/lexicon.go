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

// lexiconEntry is what a probe reads, 16 bytes: a word of up to 8 bytes
// is told by packed and n alone; a longer one's packed holds its first 8
// bytes, and only on a match is the whole word (wordTable.words) compared.
// With the word's string header in the entry, entries were twice the size
// and a lookup missed the first-level cache more often.
type lexiconEntry struct {
	packed uint64 // packWord of the word's first 8 bytes
	fl     wordFlags
	n      uint16 // the word's length in bytes
}

type wordTable struct {
	// index holds, per slot, 1 + the position of a word in entries, or
	// 0 for an empty slot: small enough to stay in the first-level cache,
	// where a table of the entries themselves was not.
	index   []uint16
	entries []lexiconEntry
	words   []string // words[i] is entries[i]'s word
	mask    uint
}

// newWordTable sizes the table to at most a quarter full, so that probe
// runs stay short.
func newWordTable(m map[string]wordFlags) wordTable {
	size := 1
	for size < 4*len(m)+4 {
		size <<= 1
	}
	t := wordTable{index: make([]uint16, size), entries: make([]lexiconEntry, 0, len(m)), words: make([]string, 0, len(m)), mask: uint(size - 1)}
	for w, fl := range m {
		if w == "" || len(w) >= 1<<16 {
			continue
		}
		i := hashWord(w) & t.mask
		for t.index[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.entries = append(t.entries, lexiconEntry{packed: packWord(w[:min(len(w), 8)]), fl: fl, n: uint16(len(w))})
		t.words = append(t.words, w)
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
			if e := &t.entries[j-1]; e.packed == x && int(e.n) == n {
				return e.fl
			}
		}
	}
	x := packWord(b[:8])
	for i := hashWord(b) & t.mask; ; i = (i + 1) & t.mask {
		j := t.index[i]
		if j == 0 {
			return 0
		}
		if e := &t.entries[j-1]; e.packed == x && int(e.n) == len(b) && t.words[j-1] == string(b) {
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
// the first byte lowest. It runs once per word token: two loads that may
// overlap (the overlapping bytes land on the same bits, so or-ing them is
// harmless) rather than a loop over the bytes.
func packWord[T string | []byte](w T) uint64 {
	switch n := len(w); {
	case n >= 8:
		return le32(w) | le32(w[4:])<<32
	case n >= 4:
		return le32(w) | le32(w[n-4:])<<(8*(n-4))
	case n >= 2:
		return le16(w) | le16(w[n-2:])<<(8*(n-2))
	case n == 1:
		return uint64(w[0])
	}
	return 0
}

// le32 and le16 read the first 4 or 2 bytes of w, little-endian: the
// compiler makes each one load.
func le32[T string | []byte](w T) uint64 {
	_ = w[3]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24
}

func le16[T string | []byte](w T) uint64 {
	_ = w[1]
	return uint64(w[0]) | uint64(w[1])<<8
}

// hashPacked hashes a packed word and its length: the high half is
// folded into the low one first, so that the last bytes reach the bits
// the multiplication leaves in the table's slot.
func hashPacked(x uint64, n int) uint {
	h := (x ^ x>>32 ^ uint64(n)<<56) * 0x9E3779B97F4A7C15
	return uint(h >> 32)
}
