package quotes

import "strings"

// Framer rules (issue 9, pattern 3): a short quote the kind rules typed
// scare or title because no reporting verb introduces it, but whose words
// a framer gives: `Roe calls it "the lifeline"`, `what Roe, a lawyer, called
// "a circus"`, `Roe sees the plan as a "giveaway"`, `seen by critics as a
// "sop"`, `Roe attacked Smith for being a "spent force"`, `Roe used
// the term "X"`, `To Roe, the plan is "a mess"`. Each rule reads only the
// tokens of the quote's sentence within a few words of the quote, and
// names the framer only when its subject is a name, a resolved pronoun or
// a noun phrase the speaker rules accept.

// framerFrame says what a framing verb needs between it and the quote.
type framerFrame uint8

const (
	framerName  framerFrame = iota + 1 // called it "X"
	framerAs                           // sees it as a "X"
	framerFor                          // attacked him for being a "X"
	framerTerm                         // used the term "X"
	framerAgent                        // seen by critics as a "X"
	framerCite                         // cited her "calm head"
)

// framerVerbs maps each listed verb form to its frame. Built once from
// framer_verbs.txt and never written afterwards.
var framerVerbs = buildFramerVerbs()

func buildFramerVerbs() map[string]framerFrame {
	frames := map[string]framerFrame{"name": framerName, "as": framerAs, "for": framerFor, "term": framerTerm, "agent": framerAgent, "cite": framerCite}
	m := make(map[string]framerFrame)
	for _, f := range listLines("framer_verbs.txt") {
		if len(f) < 2 || frames[f[1]] == 0 {
			panic("quotes: framer_verbs.txt: " + f[0] + " needs a frame: name, as, for, term, agent or cite")
		}
		m[f[0]] = frames[f[1]]
	}
	return m
}

// Bounds of the framer rules, in tokens.
const (
	maxFramerObject = 8 // the object between a verb and its "as" or "for"
	maxFramerTail   = 6 // the words between "as" or the gerund and the quote
)

// framer names who frames the scare or title quote at token ti, if one of
// the framer rules reads its sentence.
func (d *analysis) framer(ti int) (speaker, bool) {
	lo, _ := d.sentOf(ti)
	if sp, ok := d.framerNamed(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.framerLinked(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.framerCited(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.framerReport(ti); ok {
		return sp, true
	}
	if sp, ok := d.framerTalking(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.agentFrame(ti); ok {
		return sp, true // attribute_agent.go: `a report by the Courier that "..."`
	}
	return d.framerToX(ti, lo)
}

// framerTalking: a progressive "talking about" right before the quote,
// `Roe is talking about "a fresh start"`, `she keeps talking about the
// "real economy"`: the subject of the auxiliary speaks. A bare "talking
// about" ("footage of Roe talking about ...") is left alone.
func (d *analysis) framerTalking(ti, lo int) (speaker, bool) {
	k := ti - 1
	for k >= lo && k >= ti-3 && d.isWord(k) && (isArticle(d.lw(k)) || possessivePronoun(d.lw(k))) {
		k--
	}
	if !d.isWord(k) || d.lw(k) != "about" || !d.isWord(k-1) || d.lw(k-1) != "talking" {
		return speaker{}, false
	}
	a := k - 2
	for a >= lo && d.isWord(a) && (d.has(a, fAdverb) || isAdverb(d.lw(a))) {
		a--
	}
	if a < lo || !d.isWord(a) {
		return speaker{}, false
	}
	switch d.lw(a) {
	case "is", "are", "was", "were", "keeps", "kept", "keep":
	default:
		return speaker{}, false
	}
	if w := d.restrictiveWho(a, lo); w >= 0 {
		return withCue(d.relativeHead(w, lo))("talking") // attribute_relative_head.go
	}
	l, r := d.leftNP(a, lo)
	if l >= r {
		return speaker{}, false
	}
	return withCue(d.named(l, r))("talking")
}

// framerNamed: the naming frame, `Roe calls it the "lifeline"`, `deemed him
// "well qualified"`, `what Roe, a lawyer, called "a circus"`; and the term
// frame, `Roe used the term "X"`, `coined a new phrase, "X"`.
func (d *analysis) framerNamed(ti, lo int) (speaker, bool) {
	k := ti - 1
	if d.isPunct(k, ",") {
		k-- // "coined a new phrase, "X""
	}
	// Up to four object words: a pronoun, or a determiner, "new" and a noun of
	// the term frame.
	obj := 0
	termNoun := false
	for k >= lo && obj < 4 && d.isWord(k) && !d.has(k, fCap) {
		w := d.lw(k)
		noun := termNouns(w) && d.isWord(k-1) && (isArticle(d.lw(k-1)) || d.lw(k-1) == "new")
		if _, ok := framerVerbs[w]; ok && !noun {
			break // "term", "label": a noun after a determiner, else a verb
		}
		switch {
		case objectWord(w) || isArticle(w) || possessivePronoun(w) || w == "our":
		case noun:
			termNoun = true
		case w == "new":
		default:
			return speaker{}, false
		}
		obj++
		k--
	}
	if !d.isWord(k) {
		return speaker{}, false
	}
	switch framerVerbs[d.lw(k)] {
	case framerName:
		if termNoun || d.isPunct(ti-1, ",") {
			return speaker{}, false
		}
		if sp, ok := d.passiveAgent(k, ti); ok {
			return sp, true // attribute_passive_agent.go: `called "X" by its residents`
		}
		if obj == 0 {
			// "a group called "X"" names a thing; "what Roe called "X""
			// has a framer: the verb's subject follows "what".
			return withCue(d.framerAfterWhat(k, lo))(d.lw(k))
		}
	case framerTerm:
		if !termNoun {
			return speaker{}, false
		}
	default:
		return speaker{}, false
	}
	return withCue(d.framerSubject(k, lo))(d.lw(k))
}

// objectWord reports whether w is an object pronoun a naming verb takes
// before the quote: calls it, called them, dubbed himself.
func objectWord(w string) bool {
	switch w {
	case "it", "this", "that", "him", "her", "them", "these", "those", "me", "us",
		"itself", "himself", "herself", "themselves":
		return true
	}
	return false
}

// termNouns reports whether w names a term the subject uses or coins:
// the term "X", a phrase, the slogan.
func termNouns(w string) bool {
	switch w {
	case "term", "phrase", "word", "expression", "label", "moniker", "nickname":
		return true
	}
	return false
}

// framerAfterWhat: the verb at k right before the quote has its subject
// after "what": `what Roe called "X"`, `what Roe, a lawyer, called "X"`.
func (d *analysis) framerAfterWhat(k, lo int) (speaker, bool) {
	a, b := d.leftNP(k, lo)
	if a >= b || a-1 < lo || !d.isWord(a-1) || d.lw(a-1) != "what" {
		return speaker{}, false
	}
	return d.named(a, b)
}

// framerLinked: the "as" frame (`Roe sees the plan as a "giveaway"`,
// `seen by critics as a "sop"`) and the "for" frame (`attacked Smith for
// being a "spent force"`): the link word, then at most a few words
// without punctuation before the quote.
func (d *analysis) framerLinked(ti, lo int) (speaker, bool) {
	link := -1
	for k := ti - 1; k >= lo && k >= ti-1-maxFramerTail; k-- {
		if !d.isWord(k) {
			return speaker{}, false
		}
		w := d.lw(k)
		if w == "as" || (w == "for" || w == "of") && k+1 < ti && isGerund(d.lw(k+1)) {
			link = k
			break
		}
	}
	if link < 0 {
		return speaker{}, false
	}
	isAs := d.lw(link) == "as"
	if isAs && d.isWord(link+1) && link+1 < ti && subjectPronoun(d.lw(link+1)) {
		return speaker{}, false // "waved as she sang "...": a clause of time, no frame
	}
	for k := link - 1; k >= lo && k >= link-1-maxFramerObject; k-- {
		if !d.isWord(k) {
			if o := d.framerAsideOpen(k, lo); k == link-1 && o >= 0 {
				k = o // "saw Roe, then 44, as": past the aside
				continue
			}
			return speaker{}, false
		}
		f, ok := framerVerbs[d.lw(k)]
		if !ok || d.has(k, fCap) {
			continue
		}
		if d.lw(k+1) == "by" && (f == framerAgent || f == framerAs || f == framerName) {
			// The agent of a participle: "seen by critics as".
			if !isAs {
				return speaker{}, false
			}
			j := d.rightNP(k+2, link)
			if j != link {
				return speaker{}, false
			}
			return withCue(d.named(k+2, j))(d.lw(k))
		}
		switch {
		case isAs && f == framerAs:
			if k+1 == link && !d.has(k, fCap) && !presentForm(d.lw(k)) {
				return speaker{}, false // "a plan described as": a participle
			}
		case !isAs && f == framerFor:
		default:
			return speaker{}, false
		}
		return withCue(d.framerSubject(k, lo))(d.lw(k))
	}
	return speaker{}, false
}

// subjectPronoun reports whether w can only be a clause's subject: after
// "as" it opens a clause of time or manner, not the frame's complement.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// presentForm reports whether a verb form is a present tense (sees,
// views): never a participle.
func presentForm(w string) bool {
	return len(w) > 1 && w[len(w)-1] == 's'
}

// isGerund reports whether w reads as an -ing form: "for being", "of
// staging".
func isGerund(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// framerToX: a perspective frame that opens the sentence, `To Roe, the
// plan is "a mess"`: the person or organisation named between "To" and
// the comma holds the view the quoted words give.
func (d *analysis) framerToX(ti, lo int) (speaker, bool) {
	for lo < ti && d.isPara(lo) {
		lo++
	}
	if !d.isWord(lo) || d.word(lo) != "To" {
		return speaker{}, false
	}
	c := lo + 1
	for c < ti && c <= lo+5 && d.isWord(c) && d.has(c, fCap) {
		c++
	}
	if c == lo+1 || !d.isPunct(c, ",") || c >= ti || d.quoteBetween(c, ti) {
		return speaker{}, false
	}
	sp, ok := d.named(lo+1, c)
	if !ok || sp.ent < 0 || sp.kind == "group" {
		return speaker{}, false
	}
	sp.cue = "to"
	return sp, true
}

// framerSubject finds the subject of the framing verb at v: the noun
// phrase before it, past adverbs and auxiliaries. A passive ("was
// branded") has no framer here.
func (d *analysis) framerSubject(v, lo int) (speaker, bool) {
	p := v - 1
	for p >= lo && d.isWord(p) && (d.has(p, fAdverb) || isAdverb(d.lw(p)) || auxiliary(d.lw(p)) || floatingQuantifier(d.lw(p))) {
		p--
	}
	if p < lo || !d.isWord(p) || beForms[d.lw(p)] || d.lw(p) == "being" || d.lw(p) == "to" {
		return speaker{}, false
	}
	if w := d.restrictiveWho(p+1, lo); w >= 0 {
		return d.relativeHead(w, lo) // attribute_relative_head.go
	}
	if d.lw(p) == "and" && p == v-1 {
		// "The panel met and deemed him "fit"": the coordinated verb's
		// subject is the clause's.
		_, hi := d.sentOf(v)
		sp, ok := d.inherit(v, lo, hi, 0)
		if !ok || sp.unresolved || sp.name == "" {
			return speaker{}, false
		}
		return sp, true
	}
	a, b := d.leftNP(p+1, lo)
	if a >= b {
		return speaker{}, false
	}
	if a > lo && d.isWord(a-1) && (isPrepWord(d.lw(a-1)) || isOfWord(d.lw(a-1)) || d.lw(a-1) == "with") {
		// "Donors with ties to both Kerrs cited": the phrase is a
		// preposition's object; the subject starts further left.
		return speaker{}, false
	}
	return d.named(a, b)
}

// auxiliary reports whether w is an auxiliary or modal that may stand
// between a subject and its verb: "has called", "will accuse".
func auxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do":
		return true
	}
	return false
}

// named turns the noun phrase [a, b) into a framer, only when it names
// someone: a pronoun no name fits, or a phrase the speaker rules do not
// resolve, names no framer.
func (d *analysis) named(a, b int) (speaker, bool) {
	sp, ok := d.classifyNP(a, b)
	if !ok || sp.unresolved || sp.name == "" {
		return speaker{}, false
	}
	return sp, true
}

// withCue sets the cue of a framer found: the verb the frame rests on.
func withCue(sp speaker, ok bool) func(string) (speaker, bool) {
	return func(cue string) (speaker, bool) {
		sp.cue = cue
		return sp, ok
	}
}

// framerReport: a term inside a sentence that ends in its own inverted
// attribution, `The club was branded "a tribute act" to Roe, Smith wrote.`,
// `... could be termed "cronyism," the Courier reported.`: the
// reporter of the sentence gives the quoted words.
func (d *analysis) framerReport(ti int) (speaker, bool) {
	_, hi := d.sentOf(ti)
	if strings.HasSuffix(d.quoteEnd(ti), ",") || d.isPunct(ti+1, ",") {
		if sp, ok := d.afterQuote(ti); ok {
			return sp, true
		}
	}
	return d.inverted(ti, hi)
}

// framerCited: a quoted reason or term the subject cites, `Roe cited
// another "trap" debate`, `Roe endorsed her, citing her "calm
// head"`: the citer gives the words. A participle takes its clause's
// subject.
func (d *analysis) framerCited(ti, lo int) (speaker, bool) {
	k := ti - 1
	for k >= lo && k >= ti-3 && d.isWord(k) && !d.has(k, fCap) {
		w := d.lw(k)
		if framerVerbs[w] == framerCite {
			break
		}
		if !isArticle(w) && !possessivePronoun(w) && w != "another" {
			return speaker{}, false
		}
		k--
	}
	if !d.isWord(k) || d.has(k, fCap) || framerVerbs[d.lw(k)] != framerCite {
		return speaker{}, false
	}
	if isGerund(d.lw(k)) {
		if !d.isPunct(k-1, ",") {
			return speaker{}, false // "a memo citing ...": no clause subject
		}
		_, hi := d.sentOf(ti)
		sp, ok := d.inherit(k, lo, hi, 0)
		if !ok || sp.unresolved || sp.name == "" {
			return speaker{}, false
		}
		sp.cue = d.lw(k)
		return sp, true
	}
	return withCue(d.framerSubject(k, lo))(d.lw(k))
}
