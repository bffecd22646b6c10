package quotes

import "github.com/quotecheck/quotecheck/identity"

// maxGenderReach bounds how far after a subject the first pronoun of its
// clause may stand: "Roe said on Monday that she", "Roe thanked his
// supporters".
const maxGenderReach = 8

// learnGenders reads the sex of people from the pronouns the article ties
// to them. News writing follows a subject with its own pronoun in the same
// clause ("Roe said she would run", "Roe thanked his staff"), so the
// first he, she, his or reflexive after a person's name standing as
// subject, before any other name, quote, clause break or object pronoun
// ("Roe backed her up" is about someone else), is one vote.
// Many given names say nothing ("Jordan", "Bernie", a name the birth
// counts do not list), and without a sex "she added" could go to a man.
//
// A vote can be wrong ("Roe said he", of someone else), so the votes
// decide only with a margin: two to one at least, and when the given name
// already says otherwise, two votes and none against.
func (d *analysis) learnGenders() {
	if len(d.ents) == 0 {
		return
	}
	votes := make([][2]int, len(d.ents)) // male, female
	for _, m := range d.ments {
		if m.ent < 0 || !m.subject || m.roleNoun || d.ents[m.ent].kind != "person" {
			continue
		}
		switch d.clausePronoun(m.t1) {
		case identity.Male:
			votes[d.root(m.ent)][0]++
		case identity.Female:
			votes[d.root(m.ent)][1]++
		}
	}
	for e, v := range votes {
		en := &d.ents[e]
		if en.honor&(honorMale|honorFemale) != 0 {
			continue // the title has said
		}
		g, n, against := identity.Male, v[0], v[1]
		if v[1] > v[0] {
			g, n, against = identity.Female, v[1], v[0]
		}
		if n == 0 || n < 2*against {
			continue
		}
		given := identity.Unknown
		if len(en.words) >= 2 {
			given = identity.GivenGender(en.words[0])
		}
		if given != identity.Unknown && given != g && (n < 2 || against > 0) {
			continue
		}
		en.told = g
	}
}

// clausePronoun returns the sex of the first personal pronoun from token
// k on in the same clause, or Unknown when a name, a quote or a clause
// break comes first.
func (d *analysis) clausePronoun(k int) identity.Gender {
	for i := k; i < len(d.toks) && i < k+maxGenderReach; i++ {
		if !d.isWord(i) {
			if d.isPunct(i, ",") {
				continue
			}
			return identity.Unknown // a quote, a full stop, a colon
		}
		if d.has(i, fCap) && !d.has(i, fCapFunc) {
			return identity.Unknown // another name
		}
		switch d.lw(i) {
		case "he", "his", "himself":
			return identity.Male
		case "she", "herself":
			return identity.Female
		case "him", "her":
			// "Roe backed her up": an object is someone else, and "her"
			// may be either.
			return identity.Unknown
		}
	}
	return identity.Unknown
}
