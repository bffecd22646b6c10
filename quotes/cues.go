package quotes

import "strings"

// cueForm says how a reporting word is inflected, which decides how its
// subject is found: a finite verb has its subject on its left ("Mr Smith
// said"), a participle may borrow the subject of its clause ("..., saying").
type cueForm uint8

const (
	cueBase       cueForm = iota + 1 // say, tell: after a plural subject or an auxiliary
	cueThird                         // says, tells: also a plural noun, so checked harder
	cuePast                          // said, told, written
	cueParticiple                    // saying, telling
)

// cueFrame says what a reporting verb does with the words it introduces.
type cueFrame uint8

const (
	frameSpeech  cueFrame = iota // the subject's words: said, chanted, wrote
	frameFraming                 // the subject frames a thing in the words: called it "a disaster"
)

// cueInfo is one entry of the reporting-verb lexicon.
type cueInfo struct {
	form  cueForm
	frame cueFrame
	// addressee: the noun phrase after the verb is whom the words are
	// addressed to ("told Market Weekly"), never an inverted speaker.
	addressee bool
	// link: the verb frames only through this word, followed by the
	// quote in the same clause ("defended him as "..."", "talked about
	// "...""); elsewhere it reports nothing. "" for most verbs.
	link string
	// particle: the adverb that must follow for the word to report
	// speech ("shot back", "chimed in"); "" for most verbs.
	particle string
}

// cueBases is the set of verbs whose bare base form counts as a verb
// ("officials say", "critics warn"); other base forms are too often nouns
// or infinitives.
func cueBases() map[string]bool {
	m := make(map[string]bool)
	for _, f := range listLines("reporting_verbs.txt") {
		if _, ok := hasOption(f, "base"); ok {
			m[f[0]] = true
		}
	}
	return m
}

// cueLexicon maps every lower-case form to its entry. Built once from
// reporting_verbs.txt and never written afterwards. Phrasal verbs ("shot
// back") are in particleCues instead: the word alone reports nothing.
var cueLexicon, particleCues = buildCueLexicon()

// baseCues are the verbs whose base form counts as a verb.
var baseCues = cueBases()

func buildCueLexicon() (map[string]cueInfo, map[string]cueInfo) {
	lines := listLines("reporting_verbs.txt")
	words := make(map[string]cueInfo, len(lines)*5)
	phrasal := make(map[string]cueInfo)
	for _, f := range lines {
		base := f[0]
		frame := frameSpeech
		if len(f) > 1 && f[1] == "framing" {
			frame = frameFraming
		}
		_, addr := hasOption(f, "addressee")
		link, _ := hasOption(f, "link")
		particle, _ := hasOption(f, "particle")
		m := words
		if particle != "" {
			m = phrasal
		}
		put := func(w string, c cueInfo) {
			if w == "-" {
				return // a form the list leaves out
			}
			if old, ok := m[w]; ok && old.form == cuePast {
				return // "said" stays past even if another verb's base is "said"
			}
			c.particle = particle
			m[w] = c
		}
		var third, past, part, ing string
		if forms, ok := hasOption(f, "forms"); ok {
			fs := strings.Split(forms, ",")
			if len(fs) != 4 {
				panic("quotes: reporting_verbs.txt: " + base + " needs forms=third,past,participle,ing")
			}
			third, past, part, ing = fs[0], fs[1], fs[2], fs[3]
		} else {
			_, double := hasOption(f, "double")
			third, past, ing = inflect(base, double)
			part = past
		}
		if _, ok := hasOption(f, "base"); ok {
			put(base, cueInfo{form: cueBase, frame: frame, addressee: addr, link: link})
		}
		put(third, cueInfo{form: cueThird, frame: frame, addressee: addr, link: link})
		put(past, cueInfo{form: cuePast, frame: frame, addressee: addr, link: link})
		put(part, cueInfo{form: cuePast, frame: frame, addressee: addr, link: link})
		put(ing, cueInfo{form: cueParticiple, frame: frame, addressee: addr, link: link})
	}
	return words, phrasal
}

// inflect returns the -s, -ed and -ing forms of a regular verb.
func inflect(base string, double bool) (third, past, ing string) {
	n := len(base)
	last := base[n-1]
	switch {
	case strings.HasSuffix(base, "y") && n > 1 && !isVowel(base[n-2]):
		stem := base[:n-1]
		return stem + "ies", stem + "ied", base + "ing"
	case strings.HasSuffix(base, "e"):
		stem := base[:n-1]
		if strings.HasSuffix(base, "ee") {
			stem = base
		}
		return base + "s", base + "d", stem + "ing"
	case strings.HasSuffix(base, "s") || strings.HasSuffix(base, "sh") ||
		strings.HasSuffix(base, "ch") || strings.HasSuffix(base, "x") ||
		strings.HasSuffix(base, "z"):
		return base + "es", base + "ed", base + "ing"
	case double:
		d := base + string(last)
		return base + "s", d + "ed", d + "ing"
	}
	return base + "s", base + "ed", base + "ing"
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// lookupCue reports whether the lower-case word w is a reporting word.
// Every form in cueLexicon has fCue in the word lexicon, whose filter and
// table answer most words, which are not cues, faster than the map.
func lookupCue(w string) (cueInfo, bool) {
	if lookupWord(w)&fCue == 0 {
		return cueInfo{}, false
	}
	i := lexiconLookup(&cueTable.index, w)
	if i == 0 {
		return cueInfo{}, false
	}
	return cueTable.infos[i-1], true
}

// cueTable is cueLexicon in an open-addressed table like the lexicon's:
// the reporting-verb scans ask it about most words near a quote, and a
// probe of it costs less than a map lookup. index maps a word to 1 + the
// position of its entry in infos (carried as wordFlags, which are 16 bits
// wide: cueLexicon holds far fewer forms).
var cueTable = func() (t struct {
	index wordTable
	infos []cueInfo
}) {
	pos := make(map[string]wordFlags, len(cueLexicon))
	for w, c := range cueLexicon {
		t.infos = append(t.infos, c)
		pos[w] = wordFlags(len(t.infos))
	}
	t.index = newWordTable(pos)
	return t
}()

// CueForms returns every reporting-verb form the attributor knows, for
// documentation and tests. The order is unspecified.
func CueForms() []string {
	out := make([]string, 0, len(cueLexicon))
	for w := range cueLexicon {
		out = append(out, w)
	}
	return out
}
