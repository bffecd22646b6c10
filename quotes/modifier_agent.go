package quotes

import "strings"

// singularAgentAfter reports whether the capitalised run starting at k
// only qualifies the singular agent noun at n: "a veteran Republican
// strategist", "the Democratic nominee". The run must follow a lower-case
// word of the noun phrase ("a", "the", "veteran") and the noun must end
// the phrase, no name after it ("Obama adviser Ann Roe" names Ann Roe,
// whose role it is). As a subject, the party word would otherwise draw
// every later he or she.
func (d *analysis) singularAgentAfter(k, n int) bool {
	w := d.lw(n)
	if strings.HasSuffix(w, "s") || !personLike(w) || d.has(n, fAdverb|fClause) {
		return false
	}
	if k == 0 || !d.isWord(k-1) || d.has(k-1, fCap) {
		return false
	}
	return !d.isWord(n+1) || !d.has(n+1, fCap)
}
