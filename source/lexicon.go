package source

import (
	"bufio"
	"embed"
	"strings"
	"sync"

	"github.com/quotecheck/quotecheck/identity"
)

// The word lists of speaker labels, one entry a line, "#" comments.
//
//go:embed lexicon/en/*.txt
var lexiconFiles embed.FS

type lexicon struct {
	offices map[string]bool // lexicon/en/offices.txt
	roles   map[string]bool // lexicon/en/roles.txt
}

var loadLexicon = sync.OnceValue(func() lexicon {
	return lexicon{offices: wordList("offices.txt"), roles: wordList("roles.txt")}
})

func wordList(name string) map[string]bool {
	b, err := lexiconFiles.ReadFile("lexicon/en/" + name)
	if err != nil {
		panic("source: embedded word list missing: " + err.Error()) // a build fault, caught by every test
	}
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && !strings.HasPrefix(w, "#") {
			out[w] = true
		}
	}
	return out
}

// isTitle reports whether the lower-case word w of a label is an
// honorific or an office, not a name: identity's titles first, so a
// transcript and an article agree on them, then the offices of labels.
func isTitle(w string) bool {
	if _, ok := identity.LookupTitle(w); ok {
		return true
	}
	return loadLexicon().offices[w]
}

// isRole reports whether w names a part in a conversation ("moderator").
func isRole(w string) bool { return loadLexicon().roles[w] }
