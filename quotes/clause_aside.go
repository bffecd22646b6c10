package quotes

// maxPrepAside bounds the tokens of a prepositional aside set off by commas.
const maxPrepAside = 10

// asideOpen returns the comma that opens a prepositional aside closed by
// the comma at k (`The campaign, in a memo to donors, went further:`),
// or -1. The aside starts with a preposition and holds only words: no
// verb of its own brings in another clause, and no name another subject.
func (d *analysis) asideOpen(k int) int {
	for j := k - 1; j >= 0 && j >= k-maxPrepAside; j-- {
		if d.isPunct(j, ",") {
			if j+1 < k && d.isWord(j+1) && isPrepWord(d.lw(j+1)) && !d.namesPerson(j+1, k) {
				return j
			}
			return -1
		}
		if !d.isWord(j) && !d.isPunct(j, "&") && !d.isPunct(j, "-") {
			return -1
		}
		if d.isWord(j) && (d.lw(j) == "and" || d.lw(j) == "but" || relativeWord(d.lw(j))) {
			return -1
		}
		if _, ok := d.cueAt(j); ok {
			return -1
		}
	}
	return -1
}

// namesPerson reports whether a person's name stands in tokens [a, b):
// "in a letter to Ed Kane" brings in someone who may be the speaker.
func (d *analysis) namesPerson(a, b int) bool {
	for _, m := range d.mentionsIn(a, b) {
		if m.ent >= 0 && d.ents[m.ent].kind == "person" || m.kind == "person" {
			return true
		}
	}
	return false
}
