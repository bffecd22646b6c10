package quotes

import "github.com/quotecheck/quotecheck/identity"

// thatClauseSubject reports whether the mention at token t0 opens a
// clause introduced by "that": `Roe said that Smith ...`, `the bill that
// Smith wrote`.
func (d *analysis) thatClauseSubject(t0 int) bool {
	return t0 > 0 && d.isWord(t0-1) && d.lw(t0-1) == "that"
}

// mainSubjectFor prefers, for a he or she at token k, a sentence's own
// subject to the subject of a that-clause inside it: in `Roe said that
// Smith has "a plan," he said` and `Roe, claiming that Smith lied, said
// he would "fight"`, he is Roe. It answers only when the latest person
// that fits the pronoun is such an embedded subject and the same sentence
// has, before it, a subject of its own that fits; otherwise
// resolvePronoun goes on as before.
func (d *analysis) mainSubjectFor(k int, pron string) (speaker, bool) {
	if pron != "he" && pron != "she" {
		return speaker{}, false
	}
	para := int(d.paraOf(k))
	sent := -1
	var found speaker
	ok := false
	d.salientsBefore(k, func(s *salient) bool {
		if para-s.para > maxParaBack {
			return false
		}
		if !d.fitsPronoun(s, pron) {
			return true
		}
		if sent < 0 {
			if !s.emb {
				return false // the latest fit is a main subject: nothing to prefer
			}
			sent = int(d.toks[s.tok].sent)
			return true
		}
		if int(d.toks[s.tok].sent) != sent {
			return false
		}
		if !s.emb {
			found, ok = s.sp, true
			return false
		}
		return true
	})
	if ok {
		found.kind, found.orgish = "person", false
	}
	return found, ok
}

// fitsPronoun reports whether a salient point is a person of a sex that
// he or she may refer to; a one-word name of unknown kind does not count
// here, where it would compete with a named person.
func (d *analysis) fitsPronoun(s *salient, pron string) bool {
	if s.sp.ent < 0 || d.ents[s.sp.ent].kind != "person" {
		return false
	}
	g := d.entGender(s.sp.ent)
	return !(pron == "he" && g == identity.Female || pron == "she" && g == identity.Male)
}

// verbAfterName reports whether the word at k, after a name, may be its
// verb: a word that is no preposition, conjunction or punctuation. "after"
// opens a clause in `after Roe won` and a phrase in `went after Roe at
// the debate`.
func (d *analysis) verbAfterName(k int) bool {
	if !d.isWord(k) {
		return false
	}
	w := d.lw(k)
	return !isPrepWord(w) && w != "and" && w != "or" && w != "for" && w != "with" && w != "of" && w != "by"
}
