package quotes

import "testing"

// TestLowerSeenSetMatchesScan checks that the set of letter runs lowerSeen
// builds for a long text answers as the search of the text does.
func TestLowerSeenSetMatchesScan(t *testing.T) {
	text := "Ten Things The Mayor Said\n\nThe mayor said things were fine. O'Neill's aide, a well-known o'neill fan, spoke to CNN's reporter.\n"
	words := []struct {
		w    string
		want bool
	}{
		{"things", true},   // lower case in the body
		{"mayor", true},    // after "The" in the body
		{"ten", false},     // only capitalised
		{"said", true},     //
		{"known", true},    // inside "well-known": a hyphen is no letter
		{"well", true},     //
		{"o'neill", true},  // a word with an apostrophe: searched
		{"cnn", false},     // only in capitals
		{"reporte", false}, // part of a word is no word
		{"", false},
	}
	set := &analysis{text: text, lowerScanned: scansBeforeSet*len(text) + 1}
	for _, c := range words {
		scan := &analysis{text: text}
		if got := scan.lowerSeen(c.w); got != c.want {
			t.Errorf("search: lowerSeen(%q) = %v, want %v", c.w, got, c.want)
		}
		if got := set.lowerSeen(c.w); got != c.want {
			t.Errorf("set: lowerSeen(%q) = %v, want %v", c.w, got, c.want)
		}
	}
	if set.letterRuns == nil {
		t.Errorf("searches past %d passes did not build the set", scansBeforeSet)
	}
	// Misses read the whole text: the set comes after a few of them.
	d := &analysis{text: text}
	for i := range scansBeforeSet + 2 {
		d.lowerSeen("cnn")
		if built := d.letterRuns != nil; built != (i > scansBeforeSet) {
			t.Errorf("after %d misses: set built %v", i+1, built)
		}
	}
}
