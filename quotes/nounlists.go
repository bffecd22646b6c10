package quotes

// nounLists answers in one probe what the rules ask of a word's place in
// the noun and pronoun lists (speechWords, pronounKind, spokesWords,
// roleHeads, groupHeads, personNouns), where the rules that scan every
// word near a quote or a mention looked it up in up to four maps, hashing
// the same word each time. The maps stay the lists' source and answer
// everywhere else.
var nounLists = newWordTable(func() map[string]wordFlags {
	m := make(map[string]wordFlags)
	markWords(m, speechWords, nlSpeech, "")
	markWords(m, spokesWords, nlSpokes, "")
	markWords(m, roleHeads, nlRoleHead, "")
	markWords(m, groupHeads, nlGroupHead, "")
	markWords(m, personNouns, nlPerson, "")
	for w, k := range pronounKind {
		if k != "" {
			m[w] |= nlPronoun // pronounTok
		}
	}
	return m
}())

// The flags of nounLists, one per list.
const (
	nlSpeech    wordFlags = 1 << iota // speechWords
	nlPronoun                         // pronounTok
	nlSpokes                          // spokesWords
	nlRoleHead                        // roleHeads
	nlGroupHead                       // groupHeads
	nlPerson                          // personNouns
)

// nounFlags returns the nounLists flags of a lower-case word.
func nounFlags(w string) wordFlags { return lexiconLookup(&nounLists, w) }
