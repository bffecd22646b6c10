package quotes

import (
	"github.com/quotecheck/quotecheck/identity"

	"slices"
	"strings"
	"unicode/utf8"
)

type entity struct {
	name    string
	kind    string
	words   []string // lower-case words of the fullest name
	honor   honor
	told    identity.Gender // what the pronouns tied to it say (learnGenders)
	roles   []string
	aliases []string
	merged  int // index of the entity this one was merged into, or -1
	// guessed: a one-word name with no evidence of its kind, taken for an
	// organisation ("Norway said"); a he or she that refers to it makes it a person.
	guessed bool
	// id is the name split by package identity, parsed on first use
	// (entName): few entities need it, and a pointer keeps the entity
	// small.
	id *identity.Name
}

func (d *analysis) nameWords(m mention) []string {
	return d.appendMentionWords(make([]string, 0, m.n1-m.n0), m, false)
}

// appendMentionWords appends the words of a mention's name part, as
// written or lower-cased, without the possessive of the last one.
func (d *analysis) appendMentionWords(ws []string, m mention, lower bool) []string {
	for k := m.n0; k < m.n1; k++ {
		w := d.word(k)
		if lower {
			w = d.lw(k)
		}
		if k == m.n1-1 {
			w = stripPossessive(w)
		}
		ws = append(ws, w)
	}
	return ws
}

// nameKey is the lower-case name part of a mention, a slice of the
// lower-cased text: equal for equal names, and free to compute.
func (d *analysis) nameKey(m mention) string {
	if m.n1-m.n0 == 1 {
		return stripPossessive(d.lw(m.n0))
	}
	s, e := d.toks[m.n0].start, d.toks[m.n1-1].end
	return strings.ToLower(stripPossessive(d.text[s:e]))
}

// appendNameKey appends nameKey(m) to buf: map lookups on string(buf)
// then allocate nothing, where nameKey built a string per mention.
func (d *analysis) appendNameKey(buf []byte, m mention) []byte {
	if m.n1-m.n0 == 1 {
		return append(buf, stripPossessive(d.lw(m.n0))...)
	}
	s, e := d.toks[m.n0].start, d.toks[m.n1-1].end
	return appendLowerKey(buf, stripPossessive(d.text[s:e]))
}

// appendLowerKey appends strings.ToLower(s) to buf, without building the
// string when s is ASCII (where appendLower gives the same bytes).
func appendLowerKey(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return append(buf, strings.ToLower(s)...)
		}
	}
	return appendLower(buf, s)
}

// nameText is the name part of a mention as written, possessive removed.
func (d *analysis) nameText(m mention) string {
	s := stripPossessive(d.text[d.toks[m.n0].start:d.toks[m.n1-1].end])
	if !plainSpaced(s) {
		return strings.Join(d.nameWords(m), " ")
	}
	return s
}

// plainSpaced reports whether s has no line break, tab or double space:
// strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") negated,
// in one pass over a name of a few bytes, without building a set per call.
func plainSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\t', '\r':
			return false
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
		}
	}
	return true
}

// lowWords are the lower-case words of a mention's name part. They are
// cut from one pool shared by the article's entities, where a slice each
// cost an allocation per entity; the slice's capacity ends at its length,
// so an append to it can never write over the next entity's words.
func (d *analysis) lowWords(m mention) []string {
	start := len(d.wordPool)
	d.wordPool = d.appendMentionWords(d.wordPool, m, true)
	return d.wordPool[start:len(d.wordPool):len(d.wordPool)]
}

func (d *analysis) aliasTexts(m mention) []string {
	if m.roleNoun {
		return []string{stripPossessive(d.spanText(m.t0, m.t1))}
	}
	out := []string{stripPossessive(d.spanText(m.a0, m.t1))}
	if m.honor != honorNone && m.n0 > m.a0 {
		out = append(out, stripPossessive(d.spanText(m.n0-1, m.n1))) // Sir Robert Dale
	}
	if m.honor&honorGiven == 0 {
		out = append(out, strings.Join(d.nameWords(m), " ")) // Dale
	}
	return out
}

func (d *analysis) spanText(a, b int) string {
	if a >= b {
		return ""
	}
	return d.text[d.toks[a].start:d.toks[b-1].end]
}

func (d *analysis) addEntity(e entity) int {
	e.merged = -1
	d.ents = append(d.ents, e)
	return len(d.ents) - 1
}

func (d *analysis) root(e int) int {
	for e >= 0 && d.ents[e].merged >= 0 {
		e = d.ents[e].merged
	}
	return e
}

func (d *analysis) resolveEntities() {
	// byKey's keys start with a byte for the kind (kindKey): people and
	// organisations never share a key.
	sc := &d.spare.ent
	byKey := reuseMap(sc.byKey, len(d.ments)/2+4)
	sc.byKey = byKey
	var kb []byte // key buffer, reused
	// keys holds byKey's keys back to back: a string per new entity cost
	// an allocation each. Bytes written to a Builder never change, so a
	// key cut from it stays valid as it grows.
	var keys strings.Builder
	keys.Grow(len(d.ments) * 12)
	keep := func(kb []byte) string {
		keys.Write(kb)
		s := keys.String()
		return s[len(s)-len(kb):]
	}
	// Up to two mentions in three name an entity of their own in news
	// text; growing the slice would copy every entity.
	d.ents = reuse(d.spare.ents, len(d.ments)*2/3+4)
	d.wordPool = reuse(d.spare.wordPool, len(d.ments)+8)
	// Full personal names and organisations first.
	for i := range d.ments {
		m := &d.ments[i]
		if m.roleNoun || m.single {
			continue
		}
		if m.kind == "person" && m.n1-m.n0 < 2 {
			continue
		}
		kb = d.appendNameKey(append(kb[:0], kindKey(m.kind)), *m)
		e, ok := byKey[string(kb)]
		if !ok {
			e = d.addEntity(entity{name: d.nameText(*m), kind: m.kind, words: d.lowWords(*m)})
			byKey[keep(kb)] = e
		}
		m.ent = e
		d.ents[e].honor |= m.honor &^ honorGiven
	}
	// A full name that ends another ("Lloyd Webber" in "Andrew Lloyd
	// Webber") is the same person when only one name fits.
	// Index people by surname and given name, organisations by first word,
	// so that matching stays linear in the number of names.
	byLast := &sc.byLast
	byLast.build(len(d.ents), func(i int) (string, bool) {
		e := &d.ents[i]
		if len(e.words) == 0 || e.kind != "person" {
			return "", false
		}
		return e.words[len(e.words)-1], true
	})
	byFirst := &sc.byFirst
	byFirst.build(len(d.ents), func(i int) (string, bool) {
		e := &d.ents[i]
		if len(e.words) == 0 {
			return "", false
		}
		return e.words[0], true
	})
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != "person" || len(e.words) == 0 {
			continue
		}
		cand := identity.OnlyFit(byLast.lookup(e.words[len(e.words)-1]), func(j int) bool {
			o := &d.ents[j]
			return j != i && o.kind == "person" && len(o.words) > len(e.words) &&
				(hasSuffix(o.words, e.words) || identity.Same(d.entName(i), d.entName(j)) || identity.ShortFor(d.entName(i), d.entName(j)))
		})
		if cand >= 0 {
			e.merged = cand
		}
	}
	// Organisations: a shorter name that begins a longer one ("French
	// consulate" in "French consulate in Lagos").
	for i := range d.ents {
		e := &d.ents[i]
		if e.kind != "organisation" || len(e.words) < 2 {
			continue
		}
		best := -1
		for _, j := range byFirst.lookup(e.words[0]) {
			o := &d.ents[j]
			if j != i && o.kind == "organisation" && len(o.words) > len(e.words) && hasPrefix(o.words, e.words) &&
				(best < 0 || len(o.words) > len(d.ents[best].words)) {
				best = j
			}
		}
		if best >= 0 {
			e.merged = best
		}
	}
	// Short forms, in document order, to the fitting full name most
	// recently mentioned.
	lastSeen := reuse(sc.lastSeen, cap(d.ents))[:len(d.ents)]
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	// Forms that fit no full name resolve the same way every time
	// ("Norway", "Oslo"); remember them.
	noFit := reuseMap(sc.noFit, 0)
	sc.noFit = noFit
	titled := d.titledSingles()
	for i := range d.ments {
		m := &d.ments[i]
		if m.ent >= 0 {
			lastSeen[d.root(m.ent)] = i
			continue
		}
		if m.roleNoun {
			continue
		}
		kb = kb[:0]
		if m.honor != honorNone && m.n0 > 0 {
			kb = append(append(kb, d.lw(m.n0-1)...), ' ')
		}
		kb = d.appendNameKey(kb, *m)
		if e, ok := noFit[string(kb)]; ok && m.kind != "group" {
			m.ent = e
			m.kind = d.ents[e].kind
			lastSeen[e] = i
			continue
		}
		var buf [6]string
		lws := buf[:0]
		for k := m.n0; k < m.n1 && len(lws) < len(buf); k++ {
			w := d.lw(k)
			if k == m.n1-1 {
				w = stripPossessive(w)
			}
			lws = append(lws, w)
		}
		best, bestSeen := -1, -1
		var cands []int
		if len(lws) > 0 {
			cands = byLast.lookup(lws[len(lws)-1])
			if m.honor&honorGiven != 0 && len(lws) == 1 {
				cands = append(cands[:len(cands):len(cands)], byFirst.lookup(lws[0])...)
			}
		}
		for _, e := range cands {
			en := &d.ents[e]
			if en.merged >= 0 || en.kind != "person" || !d.nameFits(*m, lws, e) {
				continue
			}
			seen := -1 - e // not yet mentioned: the earliest-created wins among those
			if e < len(lastSeen) && lastSeen[e] >= 0 {
				seen = lastSeen[e]
			}
			if best < 0 || seen > bestSeen {
				best, bestSeen = e, seen
			}
		}
		if best >= 0 {
			m.ent = best
			m.kind = "person"
			lastSeen[best] = i
			// "Mrs. Roe" tells the gender of Ann Roe.
			d.ents[best].honor |= m.honor & (honorMale | honorFemale)
			continue
		}
		kind := m.kind
		name := d.nameText(*m)
		guessed := false
		if m.single && m.honor == honorNone && m.role == "" && !titled[d.nameKey(*m)] {
			kind, guessed = "organisation", true
		}
		if m.honor != honorNone && m.n0 > 0 {
			if t, ok := identity.LookupTitle(d.lw(m.n0 - 1)); ok && t.Keep {
				name = d.word(m.n0-1) + " " + name
			}
		}
		// noFit's key as a string: a slice of the text for a one-word name,
		// so most stores allocate nothing.
		cacheKey := d.nameKey(*m)
		if m.honor != honorNone && m.n0 > 0 {
			cacheKey = d.lw(m.n0-1) + " " + cacheKey
		}
		kb = appendLowerKey(append(kb[:0], kindKey(kind)), name)
		e, ok := byKey[string(kb)]
		if !ok {
			e = d.addEntity(entity{name: name, kind: kind, words: d.lowWords(*m), honor: m.honor &^ honorGiven, guessed: guessed})
			byKey[keep(kb)] = e
			lastSeen = append(lastSeen, -1)
		}
		m.ent = e
		m.kind = kind
		lastSeen[e] = i
		noFit[cacheKey] = e
	}
	sc.lastSeen = lastSeen
	for i := range d.ments {
		if d.ments[i].ent >= 0 {
			d.ments[i].ent = d.root(d.ments[i].ent)
		}
	}
	// Roles tie to names; role nouns then resolve to them.
	for _, m := range d.ments {
		if m.ent >= 0 && m.role != "" && !m.roleNoun {
			e := &d.ents[m.ent]
			if !slices.Contains(e.roles, m.role) {
				e.roles = append(e.roles, m.role)
			}
		}
	}
	for i := range d.ments {
		m := &d.ments[i]
		if m.roleNoun {
			m.ent = d.resolveRole(m.role, i)
		}
	}
}

// fillAliases gives each entity every surface form the article uses for
// it. Only Names needs them, so Attribute does not pay for them.
func (d *analysis) fillAliases() {
	for _, m := range d.ments {
		if m.ent < 0 {
			continue
		}
		e := &d.ents[m.ent]
		for _, al := range d.aliasTexts(m) {
			if al != "" && al != e.name && !slices.Contains(e.aliases, al) {
				e.aliases = append(e.aliases, al)
			}
		}
	}
}

// nameFits reports whether a short form (surname, "Mr Smith", "Sir
// Robert", "R. Smith") can name the person entity e: package identity's
// ShortFor decides, after the genders the article's titles give agree.
func (d *analysis) nameFits(m mention, ws []string, e int) bool {
	en := &d.ents[e]
	if len(ws) == 0 || len(ws) >= len(en.words) {
		return false
	}
	h := m.honor
	if h&(honorMale|honorFemale) != 0 && en.honor&(honorMale|honorFemale) != 0 && h&en.honor&(honorMale|honorFemale) == 0 {
		return false // Mr Smith is not Ms Smith
	}
	// The common cases without parsing: a surname or the last words of
	// the name ("Dale", "Lloyd Webber"), a given name after "Sir".
	if h&honorGiven != 0 && len(ws) == 1 && ws[0] == en.words[0] || hasSuffix(en.words, ws) {
		return true
	}
	if len(ws) < 2 {
		return false
	}
	a := m.n0
	if _, ok := d.honorAt(a - 1); ok {
		a-- // the title tells identity how the name is used
	}
	return identity.ShortFor(identity.Parse(d.spanText(a, m.n1)), d.entName(e)) // "R. Dale"
}

// entName is entity e's fullest name split by package identity, parsed
// once.
func (d *analysis) entName(e int) identity.Name {
	en := &d.ents[e]
	if en.id == nil {
		id := identity.Parse(en.name)
		en.id = &id
	}
	return *en.id
}

// hasSuffix reports whether the words of short end long.
func hasSuffix(long, short []string) bool {
	return len(short) <= len(long) && slices.Equal(long[len(long)-len(short):], short)
}

// hasPrefix reports whether the words of short begin long.
func hasPrefix(long, short []string) bool {
	return len(short) <= len(long) && slices.Equal(long[:len(short)], short)
}

// maxRoleReach bounds how many mentions a role noun looks through for the
// person holding the role.
const maxRoleReach = 500

// resolveRole finds the person the article gives a role, preferring the
// latest one named before mention index mi.
func (d *analysis) resolveRole(role string, mi int) int {
	if role == "" {
		return -1
	}
	fits := func(m mention) bool {
		if m.ent < 0 || m.roleNoun || m.kind != "person" {
			return false
		}
		return slices.Contains(d.ents[m.ent].roles, role)
	}
	for i := mi - 1; i >= 0 && i >= mi-maxRoleReach; i-- {
		if fits(d.ments[i]) {
			return d.ments[i].ent
		}
	}
	for i := mi + 1; i < len(d.ments) && i <= mi+maxRoleReach; i++ {
		if fits(d.ments[i]) {
			return d.ments[i].ent
		}
	}
	return -1
}

// titledSingles lists the one-word names that the article gives a title
// or role somewhere ("President Roe", "Sen. Kerr"): such a name is a
// person wherever it stands alone ("Roe said"), not an organisation.
func (d *analysis) titledSingles() map[string]bool {
	out := reuseMap(d.spare.ent.titled, 0)
	d.spare.ent.titled = out
	for _, m := range d.ments {
		if m.roleNoun || m.n1-m.n0 != 1 {
			continue
		}
		_, titled := d.honorAt(m.n0 - 1)
		if titled || m.role != "" || m.honor != honorNone {
			out[d.nameKey(m)] = true
		}
	}
	return out
}

// kindKey is the first byte of an entity key: people apart from the rest.
func kindKey(kind string) byte {
	if kind == "person" {
		return 'p'
	}
	return 'o'
}
