package quotes

import (
	"sort"
	"strings"
)

// beForms mark a passive (or progressive) verb.
var beForms = wordSet("be_forms.txt")

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
var skipAdverb = wordSet("adverbs.txt")

// clauseWords end a noun phrase.
var clauseWords = wordSet("clause_words.txt")

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
		// "Sir Robert and Ms Kerr" lists two speakers; "transport and
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
	if k > lo && d.isWord(k) && floatingQuantifier(d.lw(k)) && d.isWord(k-1) && (d.has(k-1, fCap) || pronounTok(d.lw(k-1)) || d.has(k-1, fGroupP)) {
		k-- // "the Times and the Post each called", "they both said"
	}
	// "on Monday", "last week", "during a Sunday rally"
	for k-1 >= lo && d.isWord(k) && d.isWord(k-1) {
		t := k
		if !timeWords[d.lw(t)] && d.isWord(t-1) && timeWords[d.lw(t-1)] && !d.has(t, fCap) && !pronounTok(d.lw(t)) &&
			d.isWord(t-2) && timeDeterminer(d.lw(t-2)) {
			t-- // a noun after the time: "during a Sunday rally"; not "on Monday officials"
		}
		if !timeWords[d.lw(t)] {
			break
		}
		j := t - 1
		if j-1 >= lo && timeDeterminer(d.lw(j)) && d.isWord(j-1) && timePreposition(d.lw(j-1)) {
			j-- // "during a Sunday", "over the weekend"
		}
		if !timePreposition(d.lw(j)) {
			break
		}
		k = j - 1
		for k >= lo && d.isWord(k) && d.has(k, fAdverb) {
			k--
		}
	}
	// "two weeks ago", "a few days ago"
	if k-1 >= lo && d.isWord(k) && d.lw(k) == "ago" {
		if j := d.agoStart(k, lo); j < k {
			k = j - 1
			for k >= lo && d.isWord(k) && d.has(k, fAdverb) {
				k--
			}
		}
	}
	// A tag between the name and its verb: "Jane Roe (D-Wis.) said".
	if o := d.parenTagStart(k, lo); o >= 0 {
		k = o - 1
	}
	if k < lo {
		return v, v
	}
	if d.isPunct(k, ",") {
		if o := d.parenTagStart(k-1, lo); o >= 0 {
			k = o - 1 // "Gov. Jo Roe (R-Ohio), said"
		} else {
			return d.appositive(k, lo)
		}
	}
	if k < lo {
		return v, v
	}
	b := k + 1
	a := b
	for a-1 >= lo && d.npWord(a-1, false) && b-(a-1) <= 12 {
		a--
	}
	return d.trimNP(a, b)
}

// floatingQuantifier reports whether w may follow a subject and stand
// before its verb: "each", "both", "all".
func floatingQuantifier(w string) bool { return w == "each" || w == "both" || w == "all" }

// timePreposition reports whether w opens a time phrase between a subject
// and its verb: "Roe on Monday said", "Roe during a Sunday rally thanked".
func timePreposition(w string) bool {
	switch w {
	case "on", "last", "this", "earlier", "later", "next", "during", "over", "early", "late":
		return true
	}
	return false
}

// timeDeterminer reports whether w may stand between a time preposition
// and its time word: "during a Sunday", "over the weekend".
func timeDeterminer(w string) bool {
	switch w {
	case "a", "an", "the", "that", "this", "same", "early", "late":
		return true
	}
	return false
}

// appositive handles "Hugh Hill, a local doctor, said" and "the domestic
// intelligence service, the DIS, said": the comma at k closes the second part.
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
		if !d.isWord(j) && !d.isPunct(j, ".") { // "Roe, D-Wis., said"
			return k + 1, k + 1
		}
	}
	if m < 0 || m+1 >= k {
		return k + 1, k + 1
	}
	s0, s1 := m+1, k
	// the part before the first comma, past a bracketed tag: "Sen. Jo
	// Roe (D-Ohio), noting the vote, said"
	e := m
	tagged := false
	if o := d.parenTagStart(m-1, lo); o >= 0 {
		e, tagged = o, true
	} else if j := d.tagOpen(m); j >= lo && !d.has(s0, fCap) {
		e = j // "Roe, 35, the daughter of ..., said": an age before the appositive
	}
	a := e
	for a-1 >= lo && d.npWord(a-1, false) && e-(a-1) <= 12 {
		a--
	}
	if tagged && a > lo && d.isWord(a-1) && a-1 > lo && !isConnector(d.lw(a-1)) {
		// The tagged name is not the clause's subject: "who worked for
		// Sen. Jo Roe (R-Tenn.), ..." names Roe inside a relative clause.
		return k + 1, k + 1
	}
	a, b := d.trimNP(a, e)
	first := d.lw(s0)
	if d.isTag(s0, s1) && a < b {
		return a, b // "Roe, D-Wis., said", "Roe, 54, said"
	}
	if d.placeBefore(m) {
		// "Roe, speaking in Columbus, Ohio, said": ", Ohio," ends a place,
		// not an appositive naming the speaker; "a voter in Dover, Ohio,
		// said": the place qualifies the noun phrase before it.
		if a, b := d.placeHolder(m, lo); a < b {
			return a, b
		}
		return k + 1, k + 1
	}
	if d.has(s0, fCap) && !capFunction[first] {
		if d.hasName(s0, s1) {
			return s0, s1 // ", the DIS," names the speaker
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
		if lw == "and" || lw == "but" || lw == "or" || lw == "while" {
			a++ // "..., and 14 percent said"
			continue
		}
		if d.has(a, fCap) && capFunction[lw] && lw != "the" && lw != "a" && lw != "an" && lw != "all" && lw != "both" &&
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
	// A determiner after one lower-case word starts the phrase: "at which
	// point the crowd chanted".
	for i := b - 1; i > a; i-- {
		if isArticle(d.lw(i)) && i-1 == a && !d.has(i-1, fCap) {
			if p := d.lw(i - 1); !isPrepWord(p) && !isOfWord(p) && p != "and" && p != "or" && !possessive(d.word(i-1)) && !pronounTok(p) && !d.has(i-1, fClause) {
				a = i
			}
			break
		}
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
	c, ok := lookupCue(d.lw(k)) // the flags carry the form; the entry also the frame and addressee
	if !ok {
		// A phrasal verb reports speech only with its particle: "Roe
		// shot back", not "Roe was shot".
		c = particleCues[d.lw(k)]
		if !d.isWord(k+1) || d.lw(k+1) != c.particle {
			return cueInfo{}, false
		}
	}
	c.form = cueForm(fl >> fCueShift)
	if c.link != "" && !d.quoteAhead(k, c.link) {
		return cueInfo{}, false // "defended the budget" frames nothing; "defended it as "..."" does
	}
	if c.link == "as" && c.form == cuePast && d.objectlessAs(k) {
		return cueInfo{}, false // "Roe, introduced to cheers as "...",": a participle, no framer
	}
	p := k - 1
	if p < 0 {
		return c, true
	}
	pt := d.toks[p]
	if pt.kind == tkQuote && (c.form == cueThird || c.form == cueBase) {
		if qt := strings.TrimSpace(d.qs[pt.q].Text); qt == "" || !strings.ContainsAny(qt[len(qt)-1:], ",.!?") {
			return cueInfo{}, false // `"bogus" claims`: a noun
		}
	}
	if pt.kind != tkWord {
		return c, true
	}
	if negation(d.lw(p)) || d.has(p, fAdverb) && d.isWord(p-1) && negation(d.lw(p-1)) {
		return cueInfo{}, false // "would not say", "didn't comment": no words reported
	}
	if c.form == cueBase && d.lw(p) == "to" && d.isWord(p-1) && d.lw(p-1) == "on" {
		return c, true // "went on to say"
	}
	if c.form == cueParticiple && d.lw(p) == "by" {
		return c, true // "Roe answered by saying": the means, a verb
	}
	switch d.lw(p) {
	case "the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my",
		"your", "of", "to", "this", "that", "such", "any", "no", "some", "so-called",
		"whose", "new", "further", "more", "other", "many", "first", "latest", "own",
		"in", "for", "with", "without", "from", "on", "by", "after", "before":
		return cueInfo{}, false
	}
	if c.form == cueThird || c.form == cueBase || c.form == cuePast && d.has(p, fCap) {
		// "the bank's warns" is not a verb, nor "Trump's proposed ban" (a
		// participle as adjective after a named owner); "he's said" is.
		pw := d.word(p)
		if possessive(pw) && !beContraction(d.lw(p)) {
			return cueInfo{}, false
		}
	}
	if c.form == cuePast && possessive(d.word(p)) && !beContraction(d.lw(p)) && d.isWord(k+1) && !d.has(k+1, fCap) {
		// "Roe's proposed credit", "Roe's repeated calls": a participle
		// before a noun qualifies it; "Roe's said that" is a verb.
		if n := d.lw(k + 1); !d.has(k+1, fClause|fAdverb) && !pronounTok(n) && !capFunction[n] {
			return cueInfo{}, false
		}
	}
	if c.form == cueThird && d.has(p, fCap) && d.countedName(p) {
		return cueInfo{}, false // "22 Roe emails", "several Roe calls": a noun
	}
	if c.frame == frameFraming && c.form == cuePast && !d.has(p, fCap) {
		// "the tax loophole called an 'inversion'": a participle naming a
		// thing, unless the word before is a subject (a pronoun, a person
		// or group noun, an adverb).
		// "Roe took the stage and called the system ...": a coordinated
		// verb, whose subject is the clause's. "A friend referred to him
		// as": an indefinite person noun frames too ("the crowd applauded"
		// after a quote is no framer).
		lp := d.lw(p)
		if !pronounTok(lp) && !d.has(p, fRoleP|fGroupP|fAdverb|fClause) && !spokesWords[lp] && !d.freeRelative(p) && !(lp == "and" && d.coordinatedFrame(k)) && !d.indefinitePerson(p) && !d.orgFramer(p, k) {
			return cueInfo{}, false
		}
	}
	if c.form == cueThird || c.form == cueBase {
		// "making racist remarks", "rejected the claims": a plural noun
		// after a lower-case adjective or noun. A verb's subject ends in a
		// name, a pronoun, a person or document noun, or an adverb.
		if c.form == cueThird && d.infinitiveAt(p) {
			return cueInfo{}, false // "refused to answer questions": an object
		}
		if c.form == cueThird && !d.has(p, fCap) && !d.has(p, fAdverb) {
			lp := d.lw(p)
			if !pronounTok(lp) && !d.has(p, fRoleP|fGroupP) && !spokesWords[lp] && !d.has(p, fClause) && !isDigits(lp) && lp != "percent" &&
				!(neverNoun(d.lw(k)) && personLike(lp)) {
				return cueInfo{}, false
			}
		}
	}
	return c, true
}

// countedName reports whether the capitalised run ending at p follows a
// number or a quantifier ("22 Roe", "several Roe"): it then qualifies the
// plural noun after it instead of being a subject.
func (d *analysis) countedName(p int) bool {
	q := p
	for q > 0 && q > p-4 && d.isWord(q-1) && d.has(q-1, fCap) {
		q--
	}
	if !d.isWord(q - 1) {
		return false
	}
	switch w := d.lw(q - 1); w {
	case "several", "many", "some", "few", "more", "all", "his", "her", "their", "its", "our", "these", "those":
		return true
	default:
		return isDigits(strings.ReplaceAll(w, ",", "")) || numberWord(w) > 1
	}
}

// subjectOf finds who performs the reporting verb at v. lo bounds the
// search to the left, hi to the right (a passive's agent).
func (d *analysis) subjectOf(v, lo, hi, depth int) (speaker, bool) {
	c, _ := d.cueAt(v)
	if c.form == cueBase && d.isWord(v-1) && d.lw(v-1) == "to" && d.isWord(v-2) && d.lw(v-2) == "on" && v-3 >= lo && d.isWord(v-3) {
		// "Roe went on to say": the subject of the verb before "on to".
		if a, b := d.leftNP(v-3, lo); a < b {
			return d.classifyNP(a, b)
		}
		return d.inherit(v-3, lo, hi, depth)
	}
	p := v - 1
	for p >= lo && d.isWord(p) && d.has(p, fAdverb) {
		p--
	}
	if sp, ok := d.coordSubject(v, lo); ok && c.form != cueParticiple {
		return sp, true // clause_coord.go: "Roe thought for a moment and said"
	}
	if p >= lo && d.isWord(p) && (d.lw(p) == "and" || d.lw(p) == "but") && p == v-1 && c.form != cueParticiple {
		// "Roe paused and said": the coordinated verb's subject.
		return d.inherit(v, lo, hi, depth)
	}
	if p >= lo && d.isWord(p) && d.lw(p) == "who" && c.form != cueParticiple {
		// "Sanders, who says": the relative's antecedent speaks.
		if m, ok := d.relativeAntecedent(p); ok {
			sp := d.fromMention(m)
			sp.m0, sp.m1 = int(d.toks[p].start), int(d.toks[p].end)
			return sp, true
		}
	}
	if p >= lo && d.isWord(p) && p == v-1 && (c.form == cuePast || c.form == cueParticiple) {
		// "He's said", "She's predicting": a pronoun fused with has or is.
		switch d.lw(p) {
		case "he's", "he’s", "she's", "she’s":
			pron := d.lw(p)[:len(d.lw(p))-len("'s")]
			if strings.HasSuffix(d.lw(p), "’s") {
				pron = d.lw(p)[:len(d.lw(p))-len("’s")]
			}
			sp, ok := d.resolvePronoun(p, pron)
			sp.m0, sp.m1 = int(d.toks[p].start), int(d.toks[p].end)
			return sp, ok
		}
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
		// "Roe, saying": the clause's subject. Right after a noun, only a
		// name or pronoun speaks ("Roe saying"); "a statement Tuesday
		// saying", "footage saying" borrow the clause's subject too.
		// An adverb may come between: "Roe reportedly yelling".
		if p >= lo && d.isWord(p) && d.npWord(p, false) && d.adverbsBetween(p, v) && (d.has(p, fCap) && !d.has(p, fCapFunc) || pronounTok(d.lw(p))) {
			a, b := d.leftNP(v, lo)
			if a < b && !d.prepObject(a) {
				if sp, ok := d.classifyNP(a, b); ok {
					return sp, true
				}
			}
		}
		// ", with many marchers chanting": an absolute phrase has its own
		// subject, never the main clause's.
		if a, b, ok := d.withSubject(v, lo); ok {
			if a < b {
				return d.classifyNP(a, b)
			}
			return speaker{}, false
		}
		return d.inherit(v, lo, hi, depth)
	}
	a, b := d.leftNP(v, lo)
	if pv, ok := d.participleObject(a, lo); ok && a < b {
		// "A senior aide speaking to the Harbor Gazette said": the subject
		// stands before the participle.
		if pa, pb := d.leftNP(pv, lo); pa < pb {
			a, b = pa, pb
		}
	}
	if a < b && d.adverbialNP(a) && !d.hasName(a, b) {
		// "..., but in a later interview said", "releasing a statement
		// that ... accused": no subject here; the clause's is.
		return d.inherit(v, lo, hi, depth)
	}
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
			if sp, ok := d.subordinateSubject(k, v); ok {
				return sp, true // participle_subordinate.go: `Roe waits as a clerk walks in, saying`
			}
			if sp, ok := d.subjectOf(k, lo, hi, depth+1); ok {
				return sp, true
			}
			// `"...," said Roe, explaining ...`: the earlier verb's subject
			// follows it, right before this verb's comma.
			if k >= 1 && d.toks[k-1].kind == tkQuote || d.isPunct(k-1, ",") && k >= 2 && d.toks[k-2].kind == tkQuote {
				if sp, end, ok := d.attribClause(k, v); ok && d.isPunct(end, ",") && end == v-1 {
					return sp, true
				}
			}
			// `"...," said Roe (D-Va.), adding`: the subject after the verb.
			if k > 0 && (d.toks[k-1].kind == tkQuote || d.isPunct(k-1, ",")) {
				if j := d.rightNP(k+1, v); j > k+1 && d.hasName(k+1, j) {
					if sp, ok := d.classifyNP(k+1, j); ok {
						return sp, true
					}
				}
			}
		}
	}
	// The sentence's subject: the first subject-like mention of its main
	// clause.
	start := d.skipOpeners(d.afterDateline(lo, v), v)
	for _, m := range d.mentionsIn(start, v) {
		if m.subject && m.t0 <= start+6 && m.ent >= 0 {
			return d.fromMention(m), true
		}
	}
	if sp, ok := d.premodifiedSubject(start, v); ok {
		return sp, true
	}
	if c, _ := d.cueAt(v); c.form == cueParticiple {
		if sp, ok := d.pastVerbSubject(start, v); ok {
			return sp, true // attribute_tail.go
		}
	}
	// A pronoun subject after connectors: "However, he held his fire,
	// calling ...".
	for k := start; k < v && k < start+4; k++ {
		if pronounTok(d.lw(k)) && d.isWord(k) {
			return d.classifyNP(k, k+1)
		}
		if !d.isPunct(k, ",") && !(d.isWord(k) && d.has(k, fCapFunc)) {
			break
		}
	}
	// A common noun phrase opening the sentence: "All three senators are ...".
	if b := d.rightNP(start, v); b > start && b-start <= 6 {
		a, b := d.trimNP(start, b)
		if a < b && d.isWord(b) && (d.has(b, fClause) || d.has(b, fAdverb)) {
			return d.classifyNP(a, b)
		}
	}
	return speaker{}, false
}

// adverbsBetween reports whether only adverbs stand between tokens p and v.
func (d *analysis) adverbsBetween(p, v int) bool {
	for k := p + 1; k < v; k++ {
		if !d.isWord(k) || !d.has(k, fAdverb) {
			return false
		}
	}
	return true
}

// withSubject finds the subject of an absolute phrase whose participle is
// at v: ", with Roe reportedly yelling", "— with many marchers chanting".
// ok says the participle stands in such a phrase; [a, b) may then be empty
// when its subject names nobody.
func (d *analysis) withSubject(v, lo int) (a, b int, ok bool) {
	p := v - 1
	for p >= lo && d.isWord(p) && d.has(p, fAdverb) {
		p--
	}
	w := p
	for w >= lo && w > p-maxSlotNP && d.isWord(w) && d.lw(w) != "with" && !d.has(w, fClause) {
		w--
	}
	if w >= p || w < lo || !d.isWord(w) || d.lw(w) != "with" {
		return 0, 0, false
	}
	// The phrase follows a comma or a dash, or opens the sentence: "He
	// spoke with aides saying ..." keeps "with" inside the verb phrase.
	if s, _ := d.sentOf(w); w > s && !d.isPunct(w-1, ",") && !d.isDashTok(w-1) {
		return 0, 0, false
	}
	a, b = d.trimNP(w+1, p+1)
	return a, b, true
}

// introTail returns the token after an opening phrase whose first comma
// is at k, taking in a place's state or country and a time that follow
// it: "At a rally in Salem, Ohio, on Monday, Roe ...".
func (d *analysis) introTail(k, v int) int {
	for k+1 < v {
		n := k + 1
		j := n
		if d.placeBefore(k) {
			for j < v && j < n+4 && (d.isWord(j) && d.has(j, fCap) || j > n && d.isPunct(j, ".")) {
				j++
			}
			// After a state, a name or a time goes on; "In Leeds, Dan
			// Moor, who ..." had the subject there, not a state.
			if x := j + 1; !(d.isWord(x) && (d.has(x, fCap) && !d.has(x, fClause) || d.isTimePhrase(x))) {
				break
			}
		} else if d.isTimePhrase(n) {
			j = n + 2
		}
		if j == n || !d.isPunct(j, ",") {
			break
		}
		k = j
	}
	return k + 1
}

// isTimePhrase reports whether tokens k, k+1 are "on Monday", "last week".
func (d *analysis) isTimePhrase(k int) bool {
	return d.isWord(k) && (isPrepWord(d.lw(k)) || d.lw(k) == "last" || d.lw(k) == "this") && d.isWord(k+1) && timeWords[d.lw(k+1)]
}

// adverbialNP reports whether the phrase starting at token a cannot be a
// subject: it opens with a lower-case preposition or an -ing form.
func (d *analysis) adverbialNP(a int) bool {
	if !d.isWord(a) || d.has(a, fCap) {
		return false
	}
	w := d.lw(a)
	return isPrepWord(w) || w == "with" || w == "by" || len(w) > 5 && strings.HasSuffix(w, "ing") && !personLike(w)
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

// maxTag bounds the tokens of a tag set off in brackets or commas.
const maxTag = 8

// parenTagStart returns the index of the "(" that opens a short bracketed
// tag ending at k (a ")"), or -1.
func (d *analysis) parenTagStart(k, lo int) int {
	if !d.isPunct(k, ")") {
		return -1
	}
	for j := k - 1; j >= lo && j >= k-maxTag; j-- {
		if d.isPunct(j, "(") {
			return j
		}
		if d.toks[j].kind == tkQuote || d.toks[j].kind == tkPara {
			return -1
		}
	}
	return -1
}

// isTag reports whether [a, b) is a tag set off in commas after a name
// rather than an appositive naming someone: an age ("54"), a party and
// state ("D-Wis.", "R-Texas").
func (d *analysis) isTag(a, b int) bool {
	if b-a > 3 || !d.isWord(a) {
		return false
	}
	w := d.word(a)
	if isDigits(w) && b-a == 1 {
		return true
	}
	return isPartyTag(w)
}

// isPartyTag reports whether w is a party-and-state tag: D-Wis, R-Texas, I-Vt.
func isPartyTag(w string) bool {
	return len(w) >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}

// afterDateline skips a dateline that opens a sentence ("WASHINGTON (AP)
// —", "Paris, France -"): capitalised words, commas and a bracketed agency
// up to a dash. It returns lo when there is none.
func (d *analysis) afterDateline(lo, v int) int {
	for k := lo; k < v && k < lo+maxTag; k++ {
		switch {
		case d.isDashTok(k):
			if k > lo {
				return k + 1
			}
			return lo
		case d.isWord(k) && (d.has(k, fCap) || isDigits(d.lw(k))), d.isPunct(k, ","), d.isPunct(k, "("), d.isPunct(k, ")"), d.isPunct(k, "."):
			continue
		}
		return lo
	}
	return lo
}

// maxIntroPhrase bounds the opening phrase before a sentence's subject.
const maxIntroPhrase = 20

// placeBefore reports whether the comma at m follows a place after a
// preposition ("in Columbus,"), so that what comes next is its state or
// country.
func (d *analysis) placeBefore(m int) bool {
	j := m - 1
	for j > 0 && d.isWord(j) && d.has(j, fCap) && j > m-4 {
		j--
	}
	return j < m-1 && d.isWord(j) && isPrepWord(d.lw(j))
}

// negation reports whether w negates the verb after it.
func negation(w string) bool {
	switch w {
	case "not", "never", "n't", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t",
		"wouldn't", "wouldn’t", "won't", "won’t", "can't", "can’t", "couldn't", "couldn’t",
		"wasn't", "wasn’t", "isn't", "isn’t", "hasn't", "hasn’t", "haven't", "haven’t", "hadn't", "hadn’t":
		return true
	}
	return false
}

// maxFreeRelative bounds the words between "what" and its verb: "what the
// Times and the Post each called".
const maxFreeRelative = 10

// freeRelative reports whether the words ending at token p are the subject
// of a free relative, "what one aide called": after "what" a past form is
// always a verb, whoever its subject is.
func (d *analysis) freeRelative(p int) bool {
	for k := p - 1; k >= 0 && k >= p-maxFreeRelative; k-- {
		if !d.isWord(k) {
			return false
		}
		if d.lw(k) == "what" {
			return true
		}
		if d.has(k, fClause) && d.lw(k) != "and" && k < p-2 {
			return false // "what to do with the building called": another clause
		}
	}
	return false
}

// indefinitePerson reports whether token p is a person noun after "a",
// "an", "one" or "another": "a friend", "one strategist".
func (d *analysis) indefinitePerson(p int) bool {
	if lp := d.lw(p); !personLike(lp) || orgHeads[lp] || groupHeads[lp] || !d.isWord(p-1) {
		return false
	}
	switch d.lw(p - 1) {
	case "a", "an", "one", "another", "many", "some", "several", "other", "two", "three":
		return true // "many commentators called him"
	}
	return false
}

// isConnector reports whether w joins a clause to what came before and
// may stand before its subject: "But Sen. Jo Roe said".
func isConnector(w string) bool {
	switch w {
	case "and", "but", "yet", "so", "still", "instead", "meanwhile":
		return true
	}
	return false
}

// orgFramer reports whether the organisation noun at p frames with the
// verb at k: "the campaign called the report "a rush to judgment"". An
// indefinite one, or a quote right after the verb, names a thing: "a
// company called "Acme"".
func (d *analysis) orgFramer(p, k int) bool {
	if !d.has(p, fOrg) || !d.isWord(k+1) || !d.isWord(p-1) {
		return false
	}
	switch d.lw(p - 1) {
	case "a", "an", "one", "another":
		return false
	}
	return d.quoteAhead(k, "")
}

// agoStart returns the first token of the time phrase that "ago" at k
// ends ("less than two weeks ago"), or k when the words before it are no
// span of time.
func (d *analysis) agoStart(k, lo int) int {
	j := k - 1
	if !d.isWord(j) || d.has(j, fCap) {
		return k
	}
	unit := d.lw(j)
	if !timeWords[unit] && !timeWords[strings.TrimSuffix(unit, "s")] {
		return k
	}
	j--
	for j >= lo && j >= k-6 && d.isWord(j) {
		switch w := d.lw(j); {
		case isDigits(w), numberWord(w) > 0, w == "a", w == "an", w == "few", w == "several", w == "many",
			w == "less", w == "more", w == "than", w == "just", w == "only", w == "seven", w == "eight", w == "nine", w == "ten":
			j--
			continue
		}
		break
	}
	return j + 1
}

// quoteAhead reports whether a quote follows the verb at k within its
// clause (no punctuation between), with one of the comma-separated link
// words before it when link is not "".
func (d *analysis) quoteAhead(k int, link string) bool {
	seen := link == ""
	for j := k + 1; j < len(d.toks) && j <= k+maxFrameGap; j++ {
		switch d.toks[j].kind {
		case tkQuote:
			return seen
		case tkWord:
			if !seen {
				for l := range strings.SplitSeq(link, ",") {
					if d.lw(j) == l {
						seen = true
					}
				}
			}
		default:
			return false
		}
	}
	return false
}

// maxFrameGap bounds the object between a framing verb and its quote.
const maxFrameGap = 12

// coordinatedFrame reports whether the framing verb at k, after "and",
// frames a quote that follows it in a sentence that quoted nothing
// before: "Roe toured the depot and called it "a mess"", not "Roe sat
// down and called her lawyer" nor a verb joined to another speaker's
// quote.
func (d *analysis) coordinatedFrame(k int) bool {
	if !d.quoteAhead(k, "") {
		return false
	}
	lo, _ := d.sentOf(k)
	for j := lo; j < k; j++ {
		if d.toks[j].kind == tkQuote {
			return false
		}
	}
	return true
}

// neverNoun reports whether the third-person form w is a verb wherever it
// stands, so that after a person noun it reports speech: "the narrator
// says", "the actor adds". Forms like "claims" or "reports" are nouns too
// ("the voter reports were filed").
func neverNoun(w string) bool {
	switch w {
	case "says", "writes", "adds", "tells", "explains", "argues", "insists":
		return true
	}
	return false
}

// maxOpeners bounds the opening phrases skipped before a subject.
const maxOpeners = 3

// opener reports whether [a, c), before a comma, is an opening phrase of
// its sentence rather than its subject: a participle or preposition
// first ("Asked about it", "In Ohio"), a subordinate clause ("When Roe
// spoke"), or a time ("Eight years ago", "Hours later", "Last week",
// "Earlier").
func (d *analysis) opener(a, c int) bool {
	if !d.isWord(a) {
		return false
	}
	w := d.lw(a)
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || isPrepWord(w) || d.has(a, fClause) && d.has(a, fCapFunc) || d.adverbOpener(a) {
		return true
	}
	// A short time phrase with no subject in it: "Last week,", "Earlier
	// on Monday,", "Eight years ago,"; not "Yet she said it," or "Today
	// Roe left,".
	if c-a > 4 {
		return false
	}
	for k := a + 1; k < c; k++ {
		if !d.isWord(k) || d.has(k, fCap) && !timeWords[d.lw(k)] || pronounTok(d.lw(k)) {
			return false
		}
	}
	switch w {
	case "last", "earlier", "later", "yesterday", "today", "tonight", "recently", "meanwhile":
		return true
	}
	return d.isWord(c-1) && (d.lw(c-1) == "ago" || d.lw(c-1) == "later" || timeWords[d.lw(c-1)])
}

// maxPremodifier bounds the words before a subject's name: "Republican
// presidential candidate Donald Trump".
const maxPremodifier = 4

// premodifiedSubject finds a sentence subject that is a name after a few
// descriptive words ("Republican presidential candidate Donald Trump
// quickly took to Twitter, writing:"): the first named mention, with
// only plain words before it (no clause word, preposition or
// possessive, so "Critics of Roe" and "After the debate Roe" are not
// it), and a lower-case verb after it.
func (d *analysis) premodifiedSubject(start, v int) (speaker, bool) {
	ms := d.mentionsIn(start, v)
	if len(ms) == 0 {
		return speaker{}, false
	}
	m := ms[0]
	if m.ent < 0 || m.t0 > start+maxPremodifier || m.t0 <= start {
		return speaker{}, false
	}
	for k := start; k < m.t0; k++ {
		if !d.isWord(k) || d.has(k, fClause) || isPrepWord(d.lw(k)) || isOfWord(d.lw(k)) || possessive(d.word(k)) || pronounTok(d.lw(k)) {
			return speaker{}, false
		}
	}
	n := m.t1
	for n < v && d.isWord(n) && d.has(n, fAdverb) {
		n++
	}
	if n >= v || !d.isWord(n) || d.has(n, fCap) || d.has(n, fClause) || possessive(d.word(m.t1-1)) {
		return speaker{}, false
	}
	return d.fromMention(m), true
}

// skipOpeners returns the first token after the opening phrases of the
// sentence that starts at start ("Last week, after the vote, Roe ...").
func (d *analysis) skipOpeners(start, v int) int {
	for opened := 0; opened < maxOpeners; opened++ {
		next := start
		for k := start; k < v && k < start+maxIntroPhrase; k++ {
			if d.isPunct(k, ",") {
				// "Asked about the vote, Roe ...", "Speaking in Leeds, Roe ...",
				// "Eight years ago, Roe ...": an opening phrase before the
				// subject; "Last week, after the vote, Roe" has two.
				if d.opener(start, k) {
					next = d.introTail(k, v)
				}
				break
			}
		}
		if next == start {
			break
		}
		start = next
	}
	return start
}
