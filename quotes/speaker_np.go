package quotes

import (
	"strings"
)

// junkSubjects are words that look like a subject but name nobody.
var junkSubjects = wordSet("non_speakers.txt")

// pronounSpeaker is the speaker a pronoun subject at token a stands for.
// A pronoun that no earlier name fits is still the speaker's mention:
// the attribution holds ("..., she said") even though the article does
// not say, within reach, who she is; the speaker stays unnamed rather
// than guessed, and the search for another subject stops.
func (d *analysis) pronounSpeaker(a int, pron string, m0, m1 int) speaker {
	sp, ok := d.resolvePronoun(a, pron)
	if !ok {
		sp = speaker{ent: -1, unresolved: true}
	}
	sp.m0, sp.m1 = m0, m1
	return sp
}

// classifyNP turns the noun phrase [a, b) into a speaker.
func (d *analysis) classifyNP(a, b int) (speaker, bool) {
	if a >= b {
		return speaker{}, false
	}
	m0, m1 := int(d.toks[a].start), int(d.toks[b-1].end)
	if b-a == 1 {
		lw := d.lw(a)
		if pronounTok(lw) {
			return d.pronounSpeaker(a, lw, m0, m1), true
		}
		if pron, ok := pronounContraction(lw); ok {
			// "she'd asked", "he’ll say": the pronoun fused with would,
			// had or will.
			return d.pronounSpeaker(a, pron, m0, m1), true
		}
		if lw == "who" {
			if m, ok := d.relativeAntecedent(a); ok {
				sp := d.fromMention(m)
				sp.m0, sp.m1 = m0, m1
				return sp, true
			}
		}
		if lw == "i" || lw == "we" {
			// Outside quote marks the first person is the writer of a
			// column or first-person report, whom the text never names.
			return speaker{ent: -1, m0: m0, m1: m1, unresolved: true}, true
		}
		if junkSubjects[lw] {
			return speaker{stop: true}, false
		}
		if timeWords[lw] {
			return speaker{}, false // "..., said Sunday.": a day never speaks
		}
	}
	if d.pollShare(a, b) || d.shareOf(a) {
		return d.pollFor(a) // "43 percent said": the poll speaks
	}
	// "Roe himself said": an emphatic reflexive after the subject adds no
	// one; the phrase before it is the speaker.
	if b-a > 1 && reflexive(d.lw(b-1)) {
		sp, ok := d.classifyNP(a, b-1)
		if ok {
			sp.m0, sp.m1 = m0, m1
		}
		return sp, ok
	}
	// "the 45-year-old" names the person the story is about.
	if b-a == 2 && d.lw(a) == "the" && strings.HasSuffix(d.lw(a+1), "-year-old") {
		sp, ok := d.resolvePronoun(a, anyPerson)
		sp.m0, sp.m1 = m0, m1
		return sp, ok
	}
	ms := d.mentionsIn(a, b)
	// A spokesperson or statement speaks for the organisation beside it.
	for k := a; k < b; k++ {
		if !spokesWords[d.lw(k)] {
			continue
		}
		for _, m := range ms {
			if m.t1 == k && m.ent >= 0 {
				sp := d.fromMention(m)
				sp.m0, sp.m1 = m0, m1
				return sp, true
			}
		}
		if k+1 < b && (d.lw(k+1) == "for" || d.lw(k+1) == "from" || d.lw(k+1) == "of") {
			sp, ok := d.classifyNP(k+2, b)
			sp.m0, sp.m1 = m0, m1
			return sp, ok
		}
		if k == b-1 && k > a && (d.lw(a) == "the" || d.lw(a) == "this") {
			// "the statement added": the organisation that spoke last.
			if sp, ok := d.lastOrgSpeaker(a); ok {
				sp.m0, sp.m1 = m0, m1
				return sp, true
			}
		}
	}
	// "all three senators": the people just listed.
	if sp, ok := d.groupRef(a, b); ok {
		sp.m0, sp.m1 = m0, m1
		return sp, true
	}
	// The head of the phrase: up to the first preposition.
	h := b
	for k := a + 1; k < b; k++ {
		switch d.lw(k) {
		case "in", "of", "for", "from", "at":
			inMention := false
			for _, m := range ms {
				if m.t0 < k && k < m.t1 {
					inMention = true
				}
			}
			if !inMention && h == b {
				h = k
			}
		}
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.t1 == h && m.ent >= 0 {
			sp := d.fromMention(m)
			if m.t0 > a {
				m0 = int(d.toks[m.t0].start) // drop what leads up to the name
			}
			sp.m0, sp.m1 = m0, m1
			return sp, true
		}
	}
	// "Roe issued a statement": a name, then a past-tense verb; the phrase
	// ran past its subject, which is the name.
	for _, m := range ms {
		if m.ent >= 0 && m.kind == "person" && m.t1 < h && d.isWord(m.t1) && !d.has(m.t1, fCap) && strings.HasSuffix(d.lw(m.t1), "ed") {
			sp := d.fromMention(m)
			return sp, true
		}
	}
	// "the senator", "the Maine senator": a definite role noun refers back
	// to a person, as "she" does. When no name in the article takes it,
	// the speaker stays unnamed rather than "senator", which across
	// outlets would read as someone other than the named senator.
	for _, m := range ms {
		if m.t0 == a && m.t1 == h && m.roleNoun && m.ent < 0 && d.lw(a) == "the" {
			return speaker{ent: -1, m0: m0, m1: m1, unresolved: true}, true
		}
	}
	// A role noun with no resolvable name, or a common noun phrase: the
	// phrase itself names the speaker ("a senior party source").
	s, e := d.skipArticles(a, h), h
	if s >= e || e-s > 8 {
		return speaker{}, false
	}
	if e-s == 1 && junkSubjects[d.lw(s)] {
		return speaker{}, false
	}
	head := stripPossessive(d.lw(e - 1))
	if e-s > 1 && !d.has(e-1, fCap) && !d.speakerHead(e-1, head) && postModifier(head) {
		// "a source close to", "one aide involved in": the postmodifier
		// ends the phrase; the noun before it is the head.
		e--
		head = stripPossessive(d.lw(e - 1))
	}
	kind := "person"
	switch {
	case orgHeads[head]:
		kind = "organisation"
	case groupHeads[head]:
		kind = "group"
	case !d.has(e-1, fCap) && !d.speakerHead(e-1, head):
		return speaker{}, false
	case !d.has(e-1, fCap) && !roleHeads[head] && (len(head) > 3 && head[len(head)-1] == 's' && head[len(head)-2] != 's' || head == "percent" || isDigits(head)):
		kind = "group" // "critics", "aides", "voters"
	}
	name := d.text[d.toks[s].start:d.toks[e-1].end]
	return speaker{name: name, kind: kind, ent: -1, m0: m0, m1: m1, orgish: kind != "person"}, true
}

// lastOrgSpeaker finds the organisation that spoke most recently before k.
func (d *analysis) lastOrgSpeaker(k int) (speaker, bool) {
	para := int(d.paraOf(k))
	var found speaker
	ok := false
	d.salientsBefore(k, func(s *salient) bool {
		if para-s.para > 6 {
			return false
		}
		if s.sp.orgish && s.sp.cue != "" {
			found, ok = s.sp, true
		}
		return !ok
	})
	return found, ok
}

// groupRef resolves "all three senators", "both men" to the latest list of
// that many named people.
func (d *analysis) groupRef(a, b int) (speaker, bool) {
	n := 0
	for k := a; k < b && k < a+3; k++ {
		if x := numberWord(d.lw(k)); x > 0 {
			n = x
		}
	}
	if n == 0 || !groupHeads[d.lw(b-1)] && d.lw(b-1) != "both" {
		return speaker{}, false
	}
	para := d.paraOf(a)
	for i := len(d.lists) - 1; i >= 0; i-- {
		l := d.lists[i]
		if l.tok >= a {
			continue
		}
		if para-d.paraOf(l.tok) > 3 {
			break
		}
		if len(l.ents) != n {
			continue
		}
		var names []string
		for _, mi := range l.ents {
			e := d.ments[mi].ent
			if e < 0 {
				return speaker{}, false
			}
			names = append(names, d.ents[e].name)
		}
		name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		return speaker{name: name, kind: "group", ent: -1}, true
	}
	return speaker{}, false
}

// speakerHead reports whether the lower-case word at k, the head of a
// noun phrase in a speaker's place, can name who speaks: a role or person
// noun ("the businessman", "her friend"), a document ("the ruling"), a
// group ("aides"). Words that are not nouns there (times, adverbs,
// function words, numbers) cannot.
func (d *analysis) speakerHead(k int, head string) bool {
	switch {
	case roleHeads[head] || spokesWords[head] || groupHeads[head]:
		return true
	case timeWords[head] || capFunction[head] || clauseWords[head] || junkSubjects[head] || d.has(k, fAdverb):
		return false
	case isDigits(head) && !(k > 0 && d.lw(k-1) == "in") || pronounTok(head):
		return false
	}
	return personLike(head)
}

// pronounContraction splits "he'd", "she’ll", "they'd" into the pronoun.
func pronounContraction(w string) (string, bool) {
	for _, suf := range [...]string{"'d", "’d", "'ll", "’ll"} {
		if p, ok := strings.CutSuffix(w, suf); ok && pronounTok(p) {
			return p, true
		}
	}
	return "", false
}

// reflexive reports whether w is an emphatic reflexive pronoun.
func reflexive(w string) bool {
	switch w {
	case "himself", "herself", "themselves", "itself":
		return true
	}
	return false
}

// postModifier reports whether a lower-case word that ends a speaker
// phrase modifies the noun before it: "a source close to the talks", "one
// Democrat familiar with", "an official involved in", "a user going by",
// "the base chief known as Bob".
func postModifier(w string) bool {
	switch w {
	case "close", "familiar", "near", "known":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// personNouns are the person and publication nouns personLike accepts
// besides the agent nouns.
var personNouns = wordSet("person_nouns.txt")

// personLike reports whether a lower-case head noun can name who speaks:
// a listed person or publication noun, or an agent noun by its ending
// ("the organizer", "a strategist", "the physician", "an attendee"). A
// head that is neither ("the fact", "his record", "always", "came") is
// weak evidence of a speaker, and a wrong speaker is worse than none.
func personLike(head string) bool {
	if head == "percent" {
		return true // a poll share: "43 percent said"
	}
	if nounFlags(head)&(nlPerson|nlSpokes) != 0 {
		return true
	}
	if sg, ok := strings.CutSuffix(head, "s"); ok && len(sg) > 2 && nounFlags(sg)&(nlPerson|nlSpokes) != 0 {
		return true
	}
	if strings.HasSuffix(head, "surgeon") {
		return true // "the neurosurgeon"
	}
	if len(head) < 5 {
		return false
	}
	// Agent endings: the organizer, a strategist, the physician, a
	// consultant, the businessman, an attendee (and their plurals).
	for _, suf := range [...]string{
		"er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant", "ants",
		"man", "men", "woman", "women", "person", "people", "ee", "ees",
	} {
		if strings.HasSuffix(head, suf) {
			return !strings.HasSuffix(head, "ment") && !strings.HasSuffix(head, "ments")
		}
	}
	return false
}

// relativeAntecedent finds what the relative "who" at k refers to: the
// name just before it, past an appositive ("Scott Reed, the group's
// strategist, who added"): the latest mention in the sentence that a
// comma follows, the first of an appositive pair.
func (d *analysis) relativeAntecedent(k int) (mention, bool) {
	if !d.isPunct(k-1, ",") {
		return mention{}, false
	}
	lo, _ := d.sentOf(k)
	ms := d.mentionsIn(max(lo, k-maxReach), k)
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.ent < 0 || !d.isPunct(m.t1, ",") || possessive(d.word(m.t1-1)) {
			continue
		}
		// an appositive role ("the group's strategist") ends before the comma
		// of "who"; a name before it wins.
		if i > 0 && d.isPunct(ms[i-1].t1, ",") && ms[i-1].ent >= 0 && m.roleNoun {
			return ms[i-1], true
		}
		return m, true
	}
	return mention{}, false
}

// skipArticles returns the first token of [s, e) after its leading
// articles: a noun phrase names its speaker without "the" or "a".
func (d *analysis) skipArticles(s, e int) int {
	for s < e && isArticle(d.lw(s)) {
		s++
	}
	return s
}

// isArticle reports whether w is "the", "a" or "an".
func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }
