package quotes

import (
	"github.com/quotecheck/quotecheck/identity"

	"strings"
)

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
	anaphor  bool   // "the Maine senator": refers back to a person named before
	ent      int    // entity index, -1 when none
}

func trimDot(w string) string { return strings.TrimSuffix(w, ".") }

func (d *analysis) honorAt(k int) (honor, bool) {
	if !d.has(k, fHonor) {
		return honorNone, false
	}
	t, ok := identity.LookupTitle(d.lw(k))
	return titleHonor(t), ok
}

// titleHonor turns what package identity says of a title into the bits
// the attributor keeps per mention.
func titleHonor(t identity.Title) honor {
	var h honor
	switch t.Gender {
	case identity.Male:
		h |= honorMale
	case identity.Female:
		h |= honorFemale
	}
	if t.Given {
		h |= honorGiven
	}
	return h
}

// markTitles sets fHonor on the capitalised words before a capitalised
// word that package identity knows as titles ("Mr", "Sen.", "Dame"). Its list is the
// one both attribution and cross-article matching use.
func (d *analysis) markTitles() {
	for k := range d.toks {
		t := &d.toks[k]
		if t.fl&fCap == 0 || t.kind != tkWord || t.end-t.start > maxTitleLen {
			continue
		}
		if n := k + 1; n >= len(d.toks) || d.toks[n].kind != tkWord || d.toks[n].fl&fCap == 0 {
			continue // a title stands before a name; most capitalised words do not
		}
		if _, ok := identity.LookupTitle(d.lw(k)); ok {
			t.fl |= fHonor
		}
	}
}

// maxTitleLen bounds the bytes of a title word ("congresswoman.").
const maxTitleLen = 16

func (d *analysis) scanMentions() {
	n := len(d.toks)
	// About one token in six is capitalised, and a mention has one or
	// more: a guess from the tokens spares a pass to count capitals, and
	// the pooled buffer is most often big enough already.
	d.ments = reuse(d.spare.ments, n/12+8)
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
		if d.has(k, fCapFunc) && !d.has(k, fHonor) || d.openingVerb(k) {
			continue
		}
		// The capitalised run.
		j := k
		for j < n && d.toks[j].kind == tkWord {
			wj := d.word(j)
			if j > k && d.has(j, fHonor) && !roleWords[trimDot(d.lw(j))] {
				break // "Radio Clyde Mr Dunne" is two names
			}
			if d.has(j, fCap) && (j == k || !d.has(j, fCapFunc) || d.has(j, fRole) || d.has(j-1, fHonor)) {
				j++
				if possessive(wj) && !(d.isWord(j) && d.has(j, fCap) && d.has(j, fOrg)) {
					break // "District Attorney's Office" goes on; "Norway's" stops
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
		if d.titleCaseSentence(k) {
			a, b := d.headlineRun(k, j)
			if a >= b {
				k = j - 1
				continue
			}
			k, j = a, b
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
// organisation word, so that "and" joins it ("Transport and Housing
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
	var wb [8]string // on the stack: role phrases are short
	words := wb[:0]
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
	if j-k == 1 && isPartyTag(d.word(k)) {
		return mention{}, false // "(D-Nev.)" tags the name before it
	}
	if j-k == 1 && possessive(d.word(k)) {
		if _, h := d.honorAt(k); !h {
			return mention{}, false // "Norway's" qualifies what follows
		}
	}
	if k > 0 && d.isWord(k-1) {
		if isArticle(d.lw(k - 1)) {
			m.t0 = k - 1
		}
	}
	// An organisation: an organisation word in the run, or a lower-case one
	// right after it ("the New Zealand government").
	org, lastOrg, lastRole := false, -1, -1
	for i := k; i < j; i++ {
		if d.has(i, fOrgP) {
			org, lastOrg = true, i
		}
		if d.has(i, fRoleP) {
			lastRole = i
		}
	}
	if org && lastRole > lastOrg && lastRole < j-1 {
		// "Senate Majority Leader Ann Roe", "Army Secretary Bo Dee": the
		// organisation words qualify a title, and a name follows it.
		org = false
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
		if v := d.placeEnd(m.t1); v > m.t1 {
			m.t1, m.n1 = v, v
		}
		m.kind = "organisation"
		return m, true
	}
	if n, ok := d.modifierRun(k, j); ok {
		// "Hispanic voters": no name. "The Maine senator" refers back, like
		// a pronoun, to a person named before.
		if h := d.lw(n); m.t0 == k-1 && d.lw(k-1) == "the" && (roleHeads[h] || personNouns[h]) {
			return mention{t0: k - 1, a0: k - 1, n0: n + 1, n1: n + 1, t1: n + 1, kind: "person", roleNoun: true, role: h, anaphor: true}, true
		}
		return mention{}, false
	}
	// "Vote for Roe", "Much of Roe", "Supporters of Roe" opening a
	// sentence: a capitalised common word, then the name.
	if k+1 < j && (d.lw(k+1) == "of" || d.lw(k+1) == "for") && !d.has(k, fHonor|fRoleP) && d.opensSentence(k) && !d.midCap[d.word(k)] {
		if w := d.lw(k); len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			m.kind = "group" // the people named by the plural: never "she"
			return m, true
		}
		return d.runMention(k+2, j)
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
		if m.n0 < j && (d.lw(m.n0) == "of" || d.lw(m.n0) == "for") {
			m.n0 = d.nameAfterComplement(m.n0, j)
		}
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
	// Ann Kerr", "Norway's foreign ministry spokesperson Ola Berg".
	p := k - 1
	for p >= 0 && d.isWord(p) && !d.has(p, fCap) && (d.has(p, fRole) || p == k-1 && personNouns[d.lw(p)] ||
		p < k-1 && len(d.lw(p)) > 4 && strings.HasSuffix(d.lw(p), "al")) {
		p-- // "Democratic presidential candidate Jo Roe": a noun, its adjectives
	}
	var rb [8]string // on the stack: role phrases are short
	roleWordsOf := rb[:0]
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
		if d.isWord(p) && isArticle(d.lw(p)) {
			m.t0 = p
		}
		for i := m.a0; i < m.n0; i++ {
			if _, h := d.honorAt(i); h && i == m.n0-1 && !d.has(i, fRole) {
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

// placeEnd returns the end of the place an organisation name belongs to
// when token t opens one with "in" or "of" ("the consulate in Lagos",
// "the Bank of Ireland"), or t when it opens none.
func (d *analysis) placeEnd(t int) int {
	if !d.isWord(t) || possessive(d.word(t-1)) || (d.lw(t) != "in" && d.lw(t) != "of") {
		return t
	}
	u := t + 1
	if d.isWord(u) && d.lw(u) == "the" {
		u++
	}
	if !d.isWord(u) || !d.has(u, fCap) || d.has(u, fCapFunc) {
		return t
	}
	v := u
	for d.isWord(v) && d.has(v, fCap) && v < u+4 {
		v++
		if possessive(d.word(v - 1)) {
			return t // "in the Netherlands' ..." is not a name's end
		}
	}
	return v
}

// modifierRun reports whether the capitalised run [k, j) only qualifies a
// lower-case person noun after it: "the Maine senator", "a Republican
// expert", "the Democratic presidential candidate", "Hispanic voters". A
// state, party or nationality there names no one, and as a subject it
// would draw the pronouns that follow.
//
// It returns the noun's token.
func (d *analysis) modifierRun(k, j int) (int, bool) {
	if j-k > 2 || possessive(d.word(j-1)) {
		return 0, false
	}
	for i := k; i < j; i++ {
		if d.has(i, fHonor|fRoleP|fOrgP) {
			return 0, false
		}
	}
	n := j
	if d.isWord(n) && !d.has(n, fCap) && strings.HasSuffix(d.lw(n), "al") && d.isWord(n+1) {
		n++ // "presidential", "national": an adjective before the noun
	}
	if !d.isWord(n) || d.has(n, fCap) {
		return 0, false
	}
	w := d.lw(n)
	if _, isCue := d.cueAt(n); isCue {
		return 0, false
	}
	nl := nounFlags(w)
	if nl&nlSpokes != 0 {
		return 0, false // "a Tesco spokesperson" speaks for Tesco
	}
	if nl&(nlRoleHead|nlGroupHead|nlPerson) != 0 {
		return n, true
	}
	if !strings.HasSuffix(w, "s") {
		// A singular agent noun as a title before a name: "Republican
		// nominee Ann Roe", "Harbor County rancher Bo Dee". The run only
		// qualifies the title; the name after it is the mention.
		if d.isWord(n+1) && d.has(n+1, fCap) && !d.has(n+1, fCapFunc) && !d.has(n, fAdverb|fClause) && personLike(w) {
			return n, true
		}
		if d.singularAgentAfter(k, n) {
			return n, true // "a veteran Republican strategist"
		}
		return 0, false
	}
	// An agent noun ("backers", "donors") unless it reads as a verb with an
	// object after it ("Roe answers the question").
	if !personLike(w) {
		return 0, false
	}
	if d.isWord(n + 1) {
		switch d.lw(n + 1) {
		case "the", "a", "an", "his", "her", "their", "its", "that", "him", "them", "to", "it", "this", "our", "my":
			return 0, false
		}
	}
	return n, true
}

// opensSentence reports whether token k opens a sentence or what follows
// a colon, where any word is capitalised.
func (d *analysis) opensSentence(k int) bool {
	return k == d.sStart[d.toks[k].sent] || k > 0 && (d.isPunct(k-1, ":") || d.toks[k-1].kind == tkPara)
}

// rolePrefixAhead reports whether the words from j are a lower-case role
// followed by a name: the run before j ("Former Conservative", "Norway's")
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
	// A name right before a reporting verb is its subject wherever it
	// stands: "Former federal prosecutor Glen Kopp said".
	v := m.t1
	for d.isWord(v) && d.has(v, fAdverb) && v < m.t1+2 {
		v++
	}
	if d.has(v, fCue) && !d.has(v, fCap) {
		return true
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
		// `... so easily." Trump, later ...`: a quote that ends the
		// sentence before.
		return t.sent != d.toks[m.t0].sent
	case tkPunct:
		s := d.text[t.start:t.end]
		if s == "," && (d.datelinePlace(m) || d.statePlace(m)) {
			return false // "PORTLAND, Maine —", "in Dover, Del.,": a place
		}
		return s == "," || s == ";" || s == ":" || s == "(" || isDash(s) || s == "."
	}
	if t.sent != d.toks[m.t0].sent {
		return true
	}
	if l := d.lw(p); (l == "and" || l == "or") && d.listAfterPrep(p) {
		return false // "in Chile and Peru": a list after a preposition
	}
	if l := d.lw(p); (l == "after" || l == "before" || l == "since") && !d.verbAfterName(m.t1) {
		return false // "went after Roe at the debate": a preposition's object
	}
	switch d.lw(p) {
	case "and", "but", "while", "that", "when", "because", "although", "though",
		"after", "before", "since", "so", "if", "where", "whereas", "then",
		"however", "meanwhile", "also", "yet", "now", "instead":
		return true
	}
	return false
}

// datelinePlace reports whether m is the place of a dateline,
// "PORTLAND, Maine —": after a comma and a capitalised city, before a dash.
func (d *analysis) datelinePlace(m mention) bool {
	if !d.isDashTok(m.t1) || m.t0 < 2 || !d.isWord(m.t0-2) {
		return false
	}
	return isAllCaps(d.word(m.t0-2)) && d.startsDateline(m.t0-2)
}

// startsDateline reports whether the all-capitals words ending at k open
// their paragraph.
func (d *analysis) startsDateline(k int) bool {
	for k >= 0 && d.isWord(k) && isAllCaps(d.word(k)) {
		k--
	}
	return k < 0 || d.toks[k].kind == tkPara
}

// listAfterPrep reports whether the conjunction at p joins names listed
// after a preposition: "in Chile and", "from Ohio, Utah and".
func (d *analysis) listAfterPrep(p int) bool {
	k := p - 1
	for k >= 0 && k > p-8 && (d.isWord(k) && d.has(k, fCap) || d.isPunct(k, ",")) {
		k--
	}
	if k == p-1 || k < 0 || !d.isWord(k) || d.has(k, fCap) {
		return false
	}
	switch d.lw(k) {
	case "in", "on", "at", "from", "to", "of", "for", "with", "by", "between", "against", "about", "into", "across", "throughout", "including":
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

// nameAfterComplement returns where the name starts in a capitalised run
// [of, j) that completes a title: "Chief of Staff Ann Roe", "Secretary of
// Labor Cy A. Ames", "Minister for Europe Ola Berg Jr.". The complement
// ("Staff", "Labor", "Europe") is no part of the name, and no list can
// hold every office, so the name is taken as the run's last two words,
// with a middle initial or a suffix they carry, and at least the one word
// after "of" is the complement's.
func (d *analysis) nameAfterComplement(of, j int) int {
	end := j
	if identity.IsSuffix(d.word(end - 1)) {
		end--
	}
	n := max(of+2, end-2)
	if w := strings.TrimSuffix(d.word(n), "."); n > of+2 && len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z' {
		n-- // "Cy A. Ames"
	}
	return min(n, j-1)
}
