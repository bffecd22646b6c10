package quotes

import (
	"github.com/quotecheck/quotecheck/identity"

	"slices"
	"sort"
	"strings"
)

// salient is a point where a speaker became the topic: a subject mention
// or an attributed quote. Pronouns resolve to the latest one that fits.
type salient struct {
	tok  int
	para int
	sp   speaker
	// emb: the subject of a clause after "that" (`Roe said that Smith
	// ...`), a weaker antecedent than its sentence's own subject.
	emb bool
}

func (d *analysis) buildSalience() {
	// About one mention in two stands as a subject; the quotes' speakers
	// go to salAdded, sized here once rather than grown per quote.
	d.sal = reuse(d.spare.sal, len(d.ments)/2+4)
	d.salAdded = reuse(d.spare.salAdded, len(d.qs))
	for i := range d.ments {
		m := &d.ments[i]
		if m.ent < 0 && m.anaphor {
			m.ent = d.anaphorEnt(m.t0, m.role)
		}
		if m.ent < 0 || !m.subject && !d.possessiveSubject(*m) {
			continue
		}
		e := d.ents[m.ent]
		d.sal = append(d.sal, salient{tok: m.t0, para: int(d.paraOf(m.t0)), sp: speaker{
			name: e.name, kind: e.kind, ent: m.ent, orgish: e.kind == "organisation",
		}, emb: d.thatClauseSubject(m.t0)})
	}
}

// anaphorEnt resolves a definite description that refers back ("the
// Vermont senator") to the latest person standing as a subject within
// maxParaBack paragraphs before token k, or -1. Only the mentions are
// salient so far: buildSalience runs before any quote is attributed.
func (d *analysis) anaphorEnt(k int, head string) int {
	para := int(d.paraOf(k))
	for i := len(d.sal) - 1; i >= 0; i-- {
		s := d.sal[i]
		if para-s.para > maxParaBack {
			break
		}
		if s.sp.ent >= 0 && d.ents[s.sp.ent].kind == "person" && !d.otherRole(s.sp.ent, head) {
			return s.sp.ent
		}
	}
	return -1
}

// otherRole reports whether the article gives person e a role whose head
// is not head: "the Dutch envoy" is not the health secretary named just
// before.
func (d *analysis) otherRole(e int, head string) bool {
	for _, r := range d.ents[e].roles {
		ws := strings.Fields(r)
		if slices.Contains(ws, head) {
			return false
		}
		for _, w := range ws {
			if roleHeads[w] {
				return true
			}
		}
	}
	return false
}

// addSalient records a speaker attributed at token tok. Attributions
// come in document order, so they are kept apart from the mentions and
// appended: inserting each into the one sorted list moved every later
// mention, quadratic on a long article.
func (d *analysis) addSalient(tok int, sp speaker) {
	s := salient{tok: tok, para: int(d.paraOf(tok)), sp: sp}
	i := sort.Search(len(d.salAdded), func(i int) bool { return d.salAdded[i].tok > tok })
	d.salAdded = slices.Insert(d.salAdded, i, s)
}

// salientsBefore calls visit with the salient points before token k,
// the latest first (at one token, attributions before mentions), until
// visit returns false.
func (d *analysis) salientsBefore(k int, visit func(s *salient) bool) {
	i := sort.Search(len(d.sal), func(i int) bool { return d.sal[i].tok >= k })
	j := sort.Search(len(d.salAdded), func(j int) bool { return d.salAdded[j].tok >= k })
	for i > 0 || j > 0 {
		var s *salient
		if j > 0 && (i == 0 || d.salAdded[j-1].tok >= d.sal[i-1].tok) {
			j--
			s = &d.salAdded[j]
		} else {
			i--
			s = &d.sal[i]
		}
		if !visit(s) {
			return
		}
	}
}

// maxParaBack bounds how far back a pronoun looks for its referent.
const maxParaBack = 4

// resolvePronoun finds what the pronoun at token k refers to.
func (d *analysis) resolvePronoun(k int, pron string) (speaker, bool) {
	want := pronounKind[pron]
	if pron == anyPerson {
		want = "person"
	}
	para := int(d.paraOf(k))
	var found speaker
	ok := false
	if want == "person" {
		if sp, mainOK := d.mainSubjectFor(k, pron); mainOK {
			return sp, true
		}
	}
	d.salientsBefore(k, func(s *salient) bool {
		if para-s.para > maxParaBack {
			return false
		}
		switch want {
		case "person":
			kind := s.sp.kind
			if s.sp.ent >= 0 {
				kind = d.ents[s.sp.ent].kind // a guessed kind may have been settled since
			}
			if kind != "person" && !(s.sp.ent >= 0 && d.ents[s.sp.ent].guessed) {
				return true
			}
			if s.sp.ent >= 0 {
				g := d.entGender(s.sp.ent)
				if (pron == "he" && g == identity.Female) || (pron == "she" && g == identity.Male) {
					return true
				}
			}
			found, ok = s.sp, true
			if s.sp.ent >= 0 && d.ents[s.sp.ent].guessed {
				// "Trump ... he said": the one-word name is a person.
				d.ents[s.sp.ent].kind, d.ents[s.sp.ent].guessed = "person", false
			}
			if kind == "person" || found.ent >= 0 && d.ents[found.ent].kind == "person" {
				found.kind, found.orgish = "person", false
			}
		case "organisation":
			if s.sp.kind == "organisation" {
				found, ok = s.sp, true
			}
		default: // they: an organisation, a group or an unnamed source
			if s.sp.kind != "person" || s.sp.ent < 0 {
				found, ok = s.sp, true
			}
		}
		return !ok
	})
	return found, ok
}

// entGender is what the article's titles ("Mrs Roe"), failing them the
// pronouns it ties to the person (learnGenders), failing them the given
// name ("Ann Roe", per package identity's birth-count list) say of a
// person's sex.
func (d *analysis) entGender(e int) identity.Gender {
	en := &d.ents[e]
	switch {
	case en.honor&honorFemale != 0:
		return identity.Female
	case en.honor&honorMale != 0:
		return identity.Male
	case en.told != identity.Unknown:
		return en.told
	case en.kind == "person" && len(en.words) >= 2:
		return identity.GivenGender(en.words[0])
	}
	return identity.Unknown
}

// possessiveSubject reports whether m is a possessive that opens its
// clause ("Clinton's website is different. She vows ..."): a weaker
// antecedent than a subject, but often the only one for the next pronoun.
func (d *analysis) possessiveSubject(m mention) bool {
	if m.kind != "person" || m.t1 == 0 || !possessive(d.word(m.t1-1)) {
		return false
	}
	p := m.t0 - 1
	return p < 0 || d.toks[p].kind == tkPara || d.toks[p].sent != d.toks[m.t0].sent
}
