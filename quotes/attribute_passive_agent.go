package quotes

import "strings"

// passiveAgent: a past participle that frames the quote right after it,
// with its agent after the quote: in `a town called the "Gem of the
// Valley" by its residents` and `files labeled "secret" by the agency`
// the words are the agent's, not those of the noun the participle hangs
// on. Only an article may stand between the verb at k and the quote at
// ti; the caller has checked that the verb names (framer_verbs.txt).
func (d *analysis) passiveAgent(k, ti int) (speaker, bool) {
	if !strings.HasSuffix(d.lw(k), "ed") {
		return speaker{}, false
	}
	if gap := ti - k - 1; gap > 1 || gap == 1 && !isArticle(d.lw(k+1)) {
		return speaker{}, false
	}
	if !d.isWord(ti+1) || d.lw(ti+1) != "by" {
		return speaker{}, false
	}
	_, hi := d.sentOf(ti)
	j := d.rightNP(ti+2, hi)
	if j <= ti+2 {
		return speaker{}, false
	}
	sp, ok := d.classifyNP(ti+2, j)
	if !ok {
		return speaker{}, false
	}
	sp.cue = d.lw(k)
	return sp, true
}
