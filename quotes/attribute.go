package quotes

import (
	"strings"
)

// Attribute returns a copy of qs with the speaker of each quote filled in
// from the article alone: Speaker (the fullest name the article gives),
// SpeakerKind, Mention (the words the attribution rests on, with byte
// offsets into a.Text) and Cue (the reporting word).
//
// The rules, tried in order for each quote of kind direct or partial:
//  1. an attribution right after the quote: `"...," Mr Smith said.`,
//     `"...," said Dame Anne.`, `"..." — Senator Jane Roe`;
//  2. a colon intro: `Ms Reeves told the hearing: "..."`, `He added: "..."`;
//  3. an inverted attribution that ends the sentence: `..., the statement
//     added.`, `..., said Roe, a lawyer for the group.`;
//  4. the nearest reporting verb before the quote in its sentence, with
//     its subject (`X said the plan was a "sticking plaster"`,
//     `..., saying ...` borrows the clause's subject) or `according to X`;
//  5. a reporting verb later in the sentence, including passives with an
//     agent (`"..." claims have been dismissed by the ministry`);
//  6. a sentence that reports someone's words without quoting them, right
//     before a quote that is a sentence by itself: `Roe said that the
//     talks had failed. "We tried."` (the first verb of that sentence);
//     or an intro sentence that ends on its verb: `Roe said in a
//     statement.`, `Roe continued:`; or an intro the earlier rules do not
//     read (attribute_intro.go): the verb before its speaker (`Said Roe,
//     "..."`), a named subject's clause that ends in a comma before a
//     whole-sentence quote, an `Adding, "..."` fragment after a report,
//     or a paragraph opening with a speaker label (`Former senator Ann
//     Roe: "..."`);
//  7. a claim noun whose possessor speaks: `Roe's claim that "..."`,
//     `his call for "..."`, `Roe's "..." remark`;
//  8. continuation: a quote that is a whole sentence or paragraph by
//     itself, right after an attributed quote with nothing but that
//     quote's own attribution in between, inherits its speaker.
//
// Pronouns resolve to the latest compatible subject before them, definite
// role nouns ("the deputy prime minister") to the person the article gives
// that role, surnames and "Sir Robert"-style forms to the article's fullest
// name. A quote no rule attributes keeps Speaker "" and Mention nil: the
// attributor never guesses. A pronoun subject no name within reach fits,
// or the writer's own "I", is kept as the Mention with Speaker "": the
// words are attributed, the person is not named. Scare quotes, titles, headline quotes and
// quotes nested inside other quotes get no speaker, but for a quote typed scare whose
// framer one of the framer rules names (attribute_framer.go: `Roe calls it "the lifeline"`,
// `seen by critics as a "sop"`): it is retyped partial, the framer's words.
func Attribute(a Article, qs []Quote) []Quote {
	out := make([]Quote, len(qs))
	copy(out, qs)
	for i := range out {
		out[i].Speaker, out[i].SpeakerKind, out[i].Mention, out[i].Cue = "", "", nil, ""
	}
	if len(qs) == 0 {
		return out
	}
	d := analyse(a, qs)
	d.attributeAll(out)
	d.release()
	return out
}

// speaker is the outcome of attributing one quote.
type speaker struct {
	name   string
	kind   string
	ent    int
	m0, m1 int // byte offsets of the mention
	cue    string
	orgish bool // may be referred to as "it" or "the statement"
	stop   bool // the verb's subject names nobody ("what one described"): look no further
	// unresolved: the mention is a pronoun no name in reach fits, or the
	// writer's own "I": the quote is attributed to the mention, and its
	// speaker is left unnamed.
	unresolved bool
}

type analysis struct {
	text string
	// lowArena holds the lower case of every word that has capitals,
	// back to back; a word token's q is its offset there.
	lowArena string
	qs       []Quote
	toks     []token
	qtok     []int // quote index -> token index, -1 when the quote has no token
	sStart   []int // first token of each sentence
	pWords   []int // words outside quotes per paragraph
	pEnd     []int // token index one past each paragraph's last token
	sWords   []int // words outside quotes per sentence
	ments    []mention
	ents     []entity
	sal      []salient // subject mentions, in token order
	salAdded []salient // attributed speakers (addSalient), in token order
	lists    []personList
	wordPool []string        // backs the entities' words (lowWords)
	midCap   map[string]bool // capitalised words seen away from a sentence start
	// titleSent is the sentence titleCaseSentence last looked at (-1: none), and
	// titleIs its answer.
	titleSent int
	titleIs   bool
	// letterRuns holds every run of letters in the text, gathered by
	// lowerSeen once its searches have read lowerScanned bytes, a few
	// times the text; nil before.
	letterRuns   map[string]struct{}
	lowerScanned int
	// sPara is the paragraph of each sentence (paraOf).
	sPara []int32
	// mentionSlab backs the Mentions the quotes point to: returned to the
	// caller, it is never pooled.
	mentionSlab []Mention
	// spare keeps the buffers between articles (analysis_pool.go).
	spare spare
}

// personList is "A, B and C" in one sentence: what "all three senators" means.
type personList struct {
	tok  int
	ents []int
}

func analyse(a Article, qs []Quote) *analysis {
	d := newAnalysis(a, qs)
	d.build()
	return d
}

// build analyses d's article: tokens, sentences, mentions, entities and
// the subjects pronouns may refer to.
func (d *analysis) build() {
	d.tokenize()
	d.markTitles()
	d.sentences()
	d.scanMentions()
	d.resolveEntities()
	d.learnGenders()
	d.buildSalience()
}

func attributable(q Quote) bool {
	if q.Parent >= 0 {
		return false
	}
	switch q.Kind {
	case Scare, Title, Headline:
		return false
	}
	return true
}

func (d *analysis) attributeAll(out []Quote) {
	prev := -1 // index of the previous top-level quote
	for qi := range out {
		ti := d.qtok[qi]
		if ti < 0 {
			continue
		}
		q := &out[qi]
		if q.Kind == Headline && q.Parent < 0 {
			// A headline speaks only through a label: `Roe: "We will win"`.
			if sp, ok := d.headlineLabel(ti); ok {
				q.Speaker, q.SpeakerKind, q.Cue = sp.name, sp.kind, sp.cue
				q.Mention = d.mention(sp)
			}
			prev = -1 // the next quote inherits nothing from a heading
			continue
		}
		if q.Kind == Scare && q.Parent < 0 {
			// A framer's term (attribute_framer.go): the framer's words.
			if sp, ok := d.framer(ti); ok {
				q.Kind = Partial
				d.credit(q, ti, sp)
				prev = qi
				continue
			}
		}
		if q.Kind == Title && q.Parent < 0 && prev >= 0 && d.toks[ti].sent == d.toks[d.qtok[prev]].sent {
			continue // `"...," Roe told NBC's "Today." "..."`: the next quote goes on from the first
		}
		if !attributable(*q) || d.modifierQuote(ti) && d.repeatsTerm(out, qi) || inMarkupTag(d.text, q.Start) {
			prev = qi
			continue
		}
		sp, ok := d.attributeOne(ti)
		if !ok && prev >= 0 && out[prev].Mention != nil && d.continues(d.qtok[prev], ti) {
			// The same speaker goes on; an unnamed one (an unresolved
			// pronoun, "the senator") stays unnamed, with its mention.
			p := out[prev]
			q.Speaker, q.SpeakerKind, q.Cue = p.Speaker, p.SpeakerKind, p.Cue
			if p.Mention != nil {
				m := *p.Mention
				q.Mention = &m
			}
			prev = qi
			continue
		}
		if ok {
			d.credit(q, ti, sp)
		}
		prev = qi
	}
}

// credit writes what attribution found into q: the mention and the cue
// always, the speaker only when sp names one (an unresolved pronoun or an
// unnamed subject names no one, and no later pronoun may refer to it).
func (d *analysis) credit(q *Quote, ti int, sp speaker) {
	q.Mention = d.mention(sp)
	q.Cue = sp.cue
	if !sp.unresolved {
		q.Speaker, q.SpeakerKind = sp.name, sp.kind
		d.addSalient(ti, sp)
	}
}

// mention is the words of the text an attribution rests on. The Mentions
// come from a slab per article, one allocation for all its quotes; a full
// slab is replaced, never grown, so no Mention moves.
func (d *analysis) mention(sp speaker) *Mention {
	if len(d.mentionSlab) == cap(d.mentionSlab) {
		d.mentionSlab = make([]Mention, 0, max(len(d.qs), 8))
	}
	d.mentionSlab = append(d.mentionSlab, Mention{Text: d.text[sp.m0:sp.m1], Start: sp.m0, End: sp.m1})
	return &d.mentionSlab[len(d.mentionSlab)-1]
}

// modifierQuote reports whether the quote at token ti stands where a
// modifier of the reporter's own noun stands: `a "living off the land"
// attack`.
func (d *analysis) modifierQuote(ti int) bool {
	if !d.isWord(ti-1) || !d.isWord(ti+1) {
		return false
	}
	switch d.lw(ti - 1) {
	case "a", "an", "the", "this", "that":
	default:
		return false
	}
	n := d.lw(ti + 1)
	if d.has(ti+1, fCap) || clauseWords[n] || isAdverb(n) || isPrepWord(n) || n == "and" || n == "of" || n == "for" {
		return false
	}
	_, cue := lookupCue(n)
	return !cue
}

// repeatsTerm reports whether quote qi repeats the words of an earlier
// quote of the article that is a scare quote or a title: a term set off
// in quote marks stays a term when the article uses it again.
func (d *analysis) repeatsTerm(out []Quote, qi int) bool {
	t := strings.ToLower(strings.Join(strings.Fields(out[qi].Text), " "))
	for i := max(0, qi-50); i < qi; i++ {
		if (out[i].Kind == Scare || out[i].Kind == Title) && strings.ToLower(strings.Join(strings.Fields(out[i].Text), " ")) == t {
			return true
		}
	}
	return false
}

// continues reports whether the quote at token ti carries on the quote at
// token pi: it stands alone as a sentence or paragraph, and nothing but
// the earlier quote's own sentence lies between them.
func (d *analysis) continues(pi, ti int) bool {
	if d.paraOf(ti)-d.paraOf(pi) > 1 {
		return false
	}
	if d.sWords[d.toks[ti].sent] > 0 || ti-pi > maxReach {
		return false
	}
	ps := d.toks[pi].sent
	for k := pi + 1; k < ti; k++ {
		if d.toks[k].kind == tkWord && d.toks[k].sent != ps {
			return false
		}
		if d.toks[k].kind == tkQuote && d.qs[d.toks[k].q].Kind != Title {
			return false // a programme's name in the attribution does not end it
		}
	}
	return true
}

func (d *analysis) attributeOne(ti int) (speaker, bool) {
	lo, hi := d.sentOf(ti)
	if sp, ok := d.afterQuote(ti); ok {
		return sp, true
	}
	if sp, ok := d.colonIntro(ti, lo); ok {
		return sp, true
	}
	if sp, ok := d.inverted(ti, hi); ok {
		return sp, true
	}
	if sp, ok := d.cueBefore(ti, lo, hi); ok {
		return sp, true
	}
	if sp, ok := d.tailAttribution(ti); ok {
		return sp, true // attribute_tail.go: `"...," Roe, 30, of Salem, Ore., said`
	}
	if sp, ok := d.cueAfter(ti, hi); ok {
		return sp, true
	}
	for _, rule := range introRules {
		if sp, ok := rule(d, ti); ok {
			return sp, true
		}
	}
	return speaker{}, false
}

// introRules are tried in order, after the reporting verbs next to the
// quote, on a quote those left without a speaker; each reads one shape of
// intro, frame or subject, and the first that finds one wins.
var introRules = [...]func(*analysis, int) (speaker, bool){
	(*analysis).invertedIntro,       // attribute_intro.go: `Said Roe, "..."`
	(*analysis).commaIntro,          // `Roe shared her worry with donors, "..."`
	(*analysis).participleIntro,     // `Adding, "..."`
	(*analysis).labelIntro,          // `Former mayor Ann Roe: "..."` opening a paragraph
	(*analysis).reportBefore,        // attribute_report.go: a reported sentence, then the quote
	(*analysis).introBefore,         // attribute_rules.go: an intro sentence before a quote paragraph
	(*analysis).possessiveFrame,     // attribute_possessive.go: `Roe's claim that "..."`
	(*analysis).relativeIntro,       // attribute_relative.go: `an aide who asked not to be named said`
	(*analysis).modalIntro,          // attribute_modal.go: `Roe could only quip: "..."`
	(*analysis).whoIntro,            // `a post from Jo Roe who tweeted, "..."`
	(*analysis).numberedSourceIntro, // attribute_numbered.go: `Article 33 affirms: "..."`
	(*analysis).colonSource,         // attribute_tail.go: `From the report: "..."`
	(*analysis).speechActIntro,      // attribute_speech_act.go: `Roe had a message. "..."`
	(*analysis).indefiniteIntro,     // attribute_tail.go: `Another tweeted, "..."`
	(*analysis).partialSubject,      // attribute_partial2.go: `Roe pledged to "..."`
	(*analysis).participleSubject,   // attribute_participle.go: `An aide walked it back, saying "..."`
	(*analysis).copularClaim,        // attribute_copular.go: `Roe's answer was that "..."`
	(*analysis).asideSubject,        // attribute_aside.go: `Roe, who chairs it, said it was "..."`
	(*analysis).partialRelative,     // `Kerr, who thinks the mayor "..."`
	(*analysis).shareSubject,        // attribute_partial3.go: `Most said it was "..."`
	(*analysis).documentSubject,     // `The ad targets a "..."`
	(*analysis).roleSubject,         // `The actor held a "..."`
	(*analysis).bridgeIntro,         // attribute_bridge.go: `"...," Roe said. Roe backs it. "..."`
	(*analysis).documentColon,       // attribute_doc_colon.go: `A footnote in the audit makes it clear: "..."`
	(*analysis).thingSays,           // attribute_thing.go: `T-shirts that said "..."`
	(*analysis).agentFrame,          // attribute_agent.go: `a claim by Roe that "..."`, last: a verb's subject wins
}
