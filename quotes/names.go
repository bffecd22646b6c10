package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Name is one speaker identity within an article: the fullest name the
// article gives, and every other way it refers to the same speaker. It is
// what package align needs to join speakers across articles.
type Name struct {
	Name string // fullest form, honorifics (Mr, Sir, ...) removed when a given name is known
	Kind string // "person", "organisation" or "group"
	// Aliases are the other surface forms the article uses, in order of
	// first use: the name with its title or role ("Deputy PM Robert
	// Dale", "Mr Dale"), surnames, "Sir Robert"-style forms and definite
	// role nouns tied to the name ("the deputy prime minister").
	Aliases []string
}

// Names returns the speaker identities that an article's attribution
// rests on, in order of first mention. qs are the article's quotes (from
// Extract); words inside them are not the reporter's and are ignored.
// Every person and organisation the reporter's text names is listed,
// whether quoted or not; a quote's Speaker is the Name of the identity it
// was attributed to (or, for an unnamed source such as "a Downing Street
// source", the phrase itself, which has no entry here).
func Names(a Article, qs []Quote) []Name {
	d := analyse(a, qs)
	d.fillAliases()
	names := d.nameList()
	d.release()
	return names
}

type honor uint8

const (
	honorNone   honor = 0
	honorMale   honor = 1
	honorFemale honor = 2
	honorGiven  honor = 4 // goes with the given name: Sir Robert, Dame Judi
)

// roleWords are the words of job titles and offices. A capitalised run
// "Deputy PM Robert Dale" splits after its last role word; a lower-case
// run "the deputy prime minister" is a role noun.
var roleWords = wordSet("role_words.txt")

// roleHeads end a role noun: "the deputy prime minister", "the chancellor".
var roleHeads = wordSet("role_heads.txt")

// spokesWords speak for the organisation named beside them: "a Home
// Office spokesperson" is the Home Office's voice.
var spokesWords = wordSet("spokes_nouns.txt", "document_nouns.txt")

// orgHeads are nouns that make a name an organisation.
var orgHeads = wordSet("org_heads.txt")

// groupHeads are plural nouns for several people speaking together.
var groupHeads = wordSet("group_heads.txt")

// capFunction are capitalised words that start sentences without naming
// anyone.
var capFunction = wordSet("function_words.txt", "calendar.txt")

// pronounKind says what a subject pronoun may refer to.
var pronounKind = map[string]string{
	"he": "person", "she": "person", "they": "any", "it": "organisation",
}

// anyPerson is not a word: it asks resolvePronoun for the latest person,
// of either sex ("the 45-year-old").
const anyPerson = "\x00person"

// timeWords follow "on", "last", "this", "in" in adverbials to skip
// between a subject and its verb ("Mr Smith on Monday said").
var timeWords = wordSet("time_words.txt")

// isCapWord reports whether w starts with an upper-case letter or is a
// name-like token such as "MI6".
func isCapWord(w string) bool {
	// A to Z, or else a wide rune, tested out of line so that this inlines.
	return w != "" && (w[0]-'A' < 26 || w[0] >= utf8.RuneSelf && isCapWordWide(w))
}

func isCapWordWide(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w is an acronym (two or more letters, all
// upper case, digits allowed): MI6, NATO, FBI.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r):
		default:
			return false
		}
	}
	return letters >= 2
}

// lower returns w in lower case with typographic apostrophes made plain,
// so that lookups need one spelling. It does not allocate for plain
// lower-case ASCII.
func lower(w string) string {
	plain := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			plain = false
			break
		}
	}
	if plain {
		return w
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// possessiveLast marks the bytes a possessive ending ends with: s, ' and
// the last byte of ’. A table lookup keeps possessive and stripPossessive
// cheap enough to inline.
var possessiveLast = [256]bool{'s': true, '\'': true, 0x99: true}

// possessive reports whether w ends in 's or ’s (or a bare ' after s).
func possessive(w string) bool {
	if len(w) < 2 || !possessiveLast[w[len(w)-1]] {
		return false
	}
	return possessiveEnding(w) // out of line: the test above inlines
}

func possessiveEnding(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		(len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")))
}

// stripPossessive removes a possessive ending.
func stripPossessive(w string) string {
	if w == "" || !possessiveLast[w[len(w)-1]] {
		return w // fast path, inlined: no possessive ending
	}
	return stripPossessiveEnding(w)
}

func stripPossessiveEnding(w string) string {
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// normaliseRole turns a role phrase into a comparable key: lower case,
// abbreviations expanded, leading words that are not part of the office
// ("UK", "Norway's", "former") dropped. "UK Prime Minister" and "the prime
// minister" give "prime minister"; "Deputy PM" gives "deputy prime
// minister".
func normaliseRole(words []string) string {
	var ob [8]string // on the stack: strings.Join keeps no reference
	out := ob[:0]
	for _, w := range words {
		lw := lower(w)
		switch lw {
		case "pm":
			out = append(out, "prime", "minister")
		case "dpm":
			out = append(out, "deputy", "prime", "minister")
		case "the", "a", "an", "former", "then", "current", "new", "outgoing", "incoming", "acting":
			if len(out) > 0 {
				out = append(out, lw)
			}
		default:
			if !roleWords[lw] && len(out) == 0 {
				continue // a country or party before the office
			}
			out = append(out, lw)
		}
	}
	return strings.Join(out, " ")
}

// Slug turns a name into an identifier: lower case ASCII letters and
// digits joined by single hyphens ("Robert Dale" -> "robert-dale").
// Letters with accents lose them where a plain letter exists.
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = foldAccent(unicode.ToLower(r))
		if ('a' <= r && r <= 'z') || ('0' <= r && r <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' || r == '’' {
			continue // O'Neill -> oneill
		}
		dash = true
	}
	return b.String()
}

func foldAccent(r rune) rune {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā':
		return 'a'
	case 'ç', 'ć', 'č':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'ē', 'ę':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'ī':
		return 'i'
	case 'ñ', 'ń':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'ū':
		return 'u'
	case 'ý', 'ÿ':
		return 'y'
	case 'ś', 'š', 'ß':
		return 's'
	case 'ź', 'ż', 'ž':
		return 'z'
	case 'ł':
		return 'l'
	}
	return r
}
