package quotes

import "strings"

// In a title-case line (a headline: "7 Bold Promises Ann Roe Has Made",
// "Hacker Group: Records Unprotected") every word is capitalised, so a run
// of capitals is no evidence of a name: "Bold Promises Ann Roe" would
// become one person, and every later "Roe" would take that name. There a
// capitalised word that the article also writes in lower case
// ("promises", "hacker", "made") is an ordinary word, not part of a name.

// minTitleWords is the fewest words a title-case line has; shorter lines
// ("Jane Roe", "By Jo Bell") are names or bylines.
const minTitleWords = 4

// titleCaseSentence reports whether the sentence of token k is in title case:
// every word of four or more letters outside quotes is capitalised. The
// answer for the latest sentence asked about is kept.
func (d *analysis) titleCaseSentence(k int) bool {
	s := int(d.toks[k].sent)
	if s == d.titleSent {
		return d.titleIs
	}
	lo, hi := d.sentOf(k)
	words, long := 0, 0
	is := true
	for i := lo; i < hi && is; i++ {
		if !d.isWord(i) {
			continue
		}
		words++
		if len(d.lw(i)) >= 4 {
			long++
			is = d.has(i, fCap)
		}
	}
	d.titleSent, d.titleIs = s, is && words >= minTitleWords && long >= 2
	return d.titleIs
}

// lowerSeen reports whether the article writes w (lower case) as a word
// in lower case somewhere: between non-letters. A search of the text per
// word is cheap in a short article, but a long text with many headlines
// made it quadratic; once the searches have read the text a few times
// over, the runs of letters are gathered into a set that answers for
// words of letters only (others keep the search).
func (d *analysis) lowerSeen(w string) bool {
	if w == "" {
		return false
	}
	if !allLetterBytes(w) {
		return d.lowerSeenScan(w)
	}
	if d.letterRuns == nil && d.lowerScanned > scansBeforeSet*len(d.text) {
		d.letterRuns = make(map[string]struct{})
		t := d.text
		for i := 0; i < len(t); {
			if !isLetterByte(t[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(t) && isLetterByte(t[j]) {
				j++
			}
			d.letterRuns[t[i:j]] = struct{}{}
			i = j
		}
	}
	if d.letterRuns != nil {
		_, ok := d.letterRuns[w]
		return ok
	}
	return d.lowerSeenScan(w)
}

// scansBeforeSet is how many passes over the text lowerSeen's searches may
// make before it builds the set of letter runs.
const scansBeforeSet = 4

// lowerSeenScan searches the text for w between non-letters, counting
// the bytes it reads in d.lowerScanned.
func (d *analysis) lowerSeenScan(w string) bool {
	t := d.text
	for off := 0; ; {
		i := strings.Index(t[off:], w)
		if i < 0 {
			d.lowerScanned += len(t) - off
			return false
		}
		i += off
		e := i + len(w)
		if (i == 0 || !isLetterByte(t[i-1])) && (e == len(t) || !isLetterByte(t[e])) {
			d.lowerScanned += e - off
			return true
		}
		off = i + 1
	}
}

func allLetterBytes(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c >= 0x80
}

// headlineRun narrows the capitalised run [k, j) of a title-case line to
// its first stretch of name words: it drops the ordinary words that lead
// it and ends it before the next one. Titles, roles and organisation words
// stay. k >= j when nothing is left.
func (d *analysis) headlineRun(k, j int) (int, int) {
	ordinary := func(i int) bool {
		return !d.has(i, fHonor|fRoleP|fOrgP) && d.lowerSeen(stripPossessive(d.lw(i)))
	}
	for k < j && d.isWord(k) && ordinary(k) {
		k++
	}
	for i := k + 1; i < j; i++ {
		if d.isWord(i) && d.has(i, fCap) && ordinary(i) {
			return k, i
		}
	}
	return k, j
}
