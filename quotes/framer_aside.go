package quotes

// Asides in a framer's object (issue 9, pattern 3): `The board saw Roe,
// then 44, as the perfect choice to lead the "new era"`. The object of
// the "as" frame may carry an appositive set off by commas; the framer
// rules read past it to the verb.

// maxFramerAside bounds the words of an aside between its commas.
const maxFramerAside = 4

// framerAsideOpen returns the opening comma of the short aside whose closing
// comma is at c, or -1: words only between the two commas, at least one.
func (d *analysis) framerAsideOpen(c, lo int) int {
	if !d.isPunct(c, ",") {
		return -1
	}
	for j := c - 1; j >= lo && j >= c-1-maxFramerAside; j-- {
		if d.isPunct(j, ",") {
			if j < c-1 {
				return j
			}
			return -1
		}
		if !d.isWord(j) {
			return -1
		}
	}
	return -1
}
