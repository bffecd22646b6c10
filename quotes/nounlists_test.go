package quotes

import "testing"

// TestNounListsMatchMaps checks that one probe of nounLists answers as
// the maps it is built from, for every listed word and for words of none.
func TestNounListsMatchMaps(t *testing.T) {
	lists := []struct {
		name string
		flag wordFlags
		in   func(string) bool
	}{
		{"speechWords", nlSpeech, func(w string) bool { return speechWords[w] }},
		{"pronounKind", nlPronoun, func(w string) bool { return pronounKind[w] != "" }},
		{"spokesWords", nlSpokes, func(w string) bool { return spokesWords[w] }},
		{"roleHeads", nlRoleHead, func(w string) bool { return roleHeads[w] }},
		{"groupHeads", nlGroupHead, func(w string) bool { return groupHeads[w] }},
		{"personNouns", nlPerson, func(w string) bool { return personNouns[w] }},
	}
	words := []string{"", "the", "said", "bridge", "spokesmen", "councillors", "x"}
	for _, m := range []map[string]bool{speechWords, spokesWords, roleHeads, groupHeads, personNouns} {
		for w := range m {
			words = append(words, w, w+"s")
		}
	}
	for w := range pronounKind {
		words = append(words, w)
	}
	for _, w := range words {
		fl := nounFlags(w)
		for _, l := range lists {
			if got, want := fl&l.flag != 0, l.in(w); got != want {
				t.Errorf("nounFlags(%q) in %s = %v, want %v", w, l.name, got, want)
			}
		}
	}
}
