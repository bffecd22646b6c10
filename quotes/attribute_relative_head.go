package quotes

// Restrictive relative subjects (issue 9, pattern 5): `The lawyer who ran
// three marathons is already talking about "a fresh start"`. With no
// comma around the relative clause, the noun phrase before the verb is
// the clause's last words ("three marathons"), not the subject; the
// subject is the phrase before "who".

// maxRelativeWords bounds the words of the relative clause between "who"
// and the verb of the main clause.
const maxRelativeWords = 12

// restrictiveWho returns the "who" of a restrictive relative clause that
// ends right before the verb at v (`The lawyer who ran three marathons
// is`), or -1. Punctuation between "who" and v ends the search: a
// comma-set clause is an appositive the clause rules already read.
func (d *analysis) restrictiveWho(v, lo int) int {
	for k := v - 1; k > lo && k >= v-1-maxRelativeWords; k-- {
		if !d.isWord(k) {
			return -1
		}
		if d.lw(k) == "who" {
			if k+1 >= v {
				return -1
			}
			return k
		}
	}
	return -1
}

// relativeHead names the subject before the "who" at w, when the
// speaker rules resolve it (a name, a role noun: "the lawyer").
func (d *analysis) relativeHead(w, lo int) (speaker, bool) {
	a, b := d.leftNP(w, lo)
	if a >= b || b != w {
		return speaker{}, false
	}
	return d.named(a, b)
}
