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
	// first use: the name with its title or role ("Deputy PM Oliver
	// Dowden", "Mr Dowden"), surnames, "Sir Iain"-style forms and definite
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
	return d.nameList()
}

// honorifics are titles that stand before a personal name. The value says
// whether the title goes with a given name ("Sir Iain"), a surname ("Mr
// Dowden", "Lord Cameron") or either.
var honorifics = map[string]honor{
	"mr": honorMale, "mr.": honorMale, "mrs": honorFemale, "ms": honorFemale,
	"miss": honorFemale, "mx": honorNone, "dr": honorNone, "prof": honorNone,
	"professor": honorNone, "sir": honorMale | honorGiven, "dame": honorFemale | honorGiven,
	"lord": honorMale, "lady": honorFemale, "baroness": honorFemale, "baron": honorMale,
	"rev": honorNone, "reverend": honorNone, "sen": honorNone, "rep": honorNone,
	"gen": honorNone, "col": honorNone, "capt": honorNone, "sgt": honorNone,
	"det": honorNone, "insp": honorNone, "supt": honorNone, "cllr": honorNone,
	"judge": honorNone, "justice": honorNone, "president": honorNone,
	"senator": honorNone, "governor": honorNone, "mayor": honorNone,
	"king": honorMale | honorGiven, "queen": honorFemale | honorGiven,
	"prince": honorMale | honorGiven, "princess": honorFemale | honorGiven,
	"pope": honorMale | honorGiven, "rabbi": honorNone, "imam": honorNone,
	"father": honorMale, "sister": honorFemale, "brother": honorMale,
}

type honor uint8

const (
	honorNone   honor = 0
	honorMale   honor = 1
	honorFemale honor = 2
	honorGiven  honor = 4 // goes with the given name: Sir Iain, Dame Judi
)

// keepHonorific are titles that stay in a name when no given name is
// known: "Lord Cameron" names a peer, "Mr Smith" is just Smith.
var keepHonorific = map[string]bool{
	"sir": true, "dame": true, "lord": true, "lady": true, "baroness": true, "baron": true,
	"king": true, "queen": true, "prince": true, "princess": true, "pope": true,
}

// roleWords are the words of job titles and offices. A capitalised run
// "Deputy PM Oliver Dowden" splits after its last role word; a lower-case
// run "the deputy prime minister" is a role noun.
var roleWords = map[string]bool{
	"deputy": true, "vice": true, "prime": true, "minister": true, "ministers": true,
	"secretary": true, "foreign": true, "home": true, "defence": true, "defense": true,
	"justice": true, "health": true, "finance": true, "interior": true, "culture": true,
	"education": true, "environment": true, "energy": true, "trade": true, "business": true,
	"transport": true, "security": true, "intelligence": true, "immigration": true,
	"chancellor": true, "president": true, "senator": true, "governor": true,
	"mayor": true, "attorney": true, "general": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "leader": true, "chief": true, "chair": true,
	"chairman": true, "chairwoman": true, "chairperson": true, "director": true,
	"commissioner": true, "ambassador": true, "envoy": true, "mp": true, "mep": true,
	"msp": true, "ms": false, "pm": true, "dpm": true, "judge": true, "officer": true,
	"shadow": true, "executive": true, "ceo": true, "head": true, "editor": true,
	"correspondent": true, "professor": true, "state": true, "treasury": true,
	"ministry": true, "congressman": true, "congresswoman": true, "representative": true,
	"councillor": true, "peer": true, "premier": true, "speaker": true, "whip": true,
	"founder": true, "manager": true, "coach": true, "captain": true, "superintendent": true,
	"inspector": true, "sheriff": true, "prosecutor": true, "lawyer": true, "economist": true,
	"analyst": true, "adviser": true, "advisor": true, "official": true, "diplomat": true,
	"former": true, "acting": true, "junior": true, "senior": true, "assistant": true,
	"cabinet": true, "office": false, "army": false, "police": false,
}

// roleHeads end a role noun: "the deputy prime minister", "the chancellor".
var roleHeads = map[string]bool{
	"minister": true, "secretary": true, "chancellor": true, "president": true,
	"senator": true, "governor": true, "mayor": true, "general": true,
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "leader": true,
	"chief": true, "chair": true, "chairman": true, "chairwoman": true,
	"director": true, "commissioner": true, "ambassador": true, "envoy": true,
	"mp": true, "pm": true, "dpm": true, "judge": true, "premier": true,
	"speaker": true, "prosecutor": true, "congressman": true, "congresswoman": true,
	"representative": true, "councillor": true, "executive": true, "ceo": true,
	"founder": true, "manager": true, "coach": true, "captain": true, "sheriff": true,
	"superintendent": true, "inspector": true, "economist": true, "analyst": true,
	"adviser": true, "advisor": true, "official": true, "diplomat": true, "editor": true,
	"correspondent": true, "professor": true, "lawyer": true, "whip": true,
}

// spokesWords speak for the organisation named beside them: "a Home
// Office spokesperson" is the Home Office's voice.
var spokesWords = map[string]bool{
	"spokesperson": true, "spokesman": true, "spokeswoman": true, "spokespeople": true,
	"statement": true, "declaration": true, "release": true, "communique": true,
	"communiqué": true, "announcement": true, "filing": true, "letter": true, "report": true,
}

// orgHeads are nouns that make a name an organisation.
var orgHeads = map[string]bool{
	"government": true, "embassy": true, "ministry": true, "department": true,
	"office": true, "commission": true, "committee": true, "council": true,
	"party": true, "agency": true, "service": true, "services": true, "centre": true,
	"center": true, "company": true, "corporation": true, "corp": true, "inc": true,
	"ltd": true, "plc": true, "group": true, "bank": true, "police": true,
	"court": true, "union": true, "university": true, "army": true, "navy": true,
	"parliament": true, "congress": true, "senate": true, "assembly": true,
	"administration": true, "authority": true, "authorities": true, "board": true,
	"institute": true, "foundation": true, "association": true, "federation": true,
	"organisation": true, "organization": true, "alliance": true, "club": true,
	"consulate": true, "cabinet": true, "taskforce": true, "force": true,
	"forces": true, "network": true, "news": true, "times": true, "post": true,
	"trust": true, "society": true, "regime": true, "secretariat": true,
	"coalition": true, "campaign": true, "charity": true, "fund": true,
	"watchdog": true, "tribunal": true, "prosecutors": true, "hospital": true,
	"school": true, "college": true, "airline": true, "airlines": true,
	"spokespeople": true, "street": true, "kremlin": true, "pentagon": true,
	"whitehall": true, "nhs": true, "fbi": true, "cia": true, "un": true,
}

// groupHeads are plural nouns for several people speaking together.
var groupHeads = map[string]bool{
	"mps": true, "officials": true, "ministers": true, "leaders": true,
	"members": true, "lawmakers": true, "politicians": true, "residents": true,
	"campaigners": true, "critics": true, "experts": true, "analysts": true,
	"protesters": true, "protestors": true, "activists": true, "sources": true,
	"investigators": true, "researchers": true, "scientists": true,
	"doctors": true, "teachers": true, "workers": true, "people": true,
	"peers": true, "senators": true, "diplomats": true, "families": true,
	"authorities": true, "prosecutors": true, "police": true, "men": true,
	"women": true, "parents": true, "councillors": true, "residents'": false, "victims": true, "witnesses": true,
}

// capFunction are capitalised words that start sentences without naming
// anyone.
var capFunction = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true,
	"however": true, "in": true, "on": true, "at": true, "for": true, "from": true,
	"with": true, "as": true, "if": true, "when": true, "while": true, "this": true,
	"that": true, "these": true, "those": true, "it": true, "he": true, "she": true,
	"they": true, "we": true, "i": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "you": true, "after": true,
	"before": true, "since": true, "outside": true, "inside": true, "meanwhile": true,
	"so": true, "yet": true, "now": true, "then": true, "also": true, "still": true,
	"instead": true, "separately": true, "earlier": true, "later": true, "today": true,
	"yesterday": true, "there": true, "here": true, "what": true, "who": true,
	"why": true, "how": true, "where": true, "which": true, "not": true, "all": true,
	"both": true, "some": true, "many": true, "most": true, "several": true,
	"one": true, "two": true, "three": true, "four": true, "five": true, "last": true,
	"next": true, "according": true, "although": true, "though": true, "because": true,
	"by": true, "to": true, "of": true, "about": true, "despite": true, "during": true,
	"until": true, "unlike": true, "like": true, "among": true, "across": true,
	"under": true, "over": true, "amid": true, "without": true, "within": true,
	"no": true, "yes": true, "please": true, "follow": true, "read": true,
	"more": true, "tap": true, "keep": true, "watch": true, "listen": true,
	"media": true, "caption": true, "image": true, "photo": true, "video": true,
	"getty": true, "reuters": false, "is": true, "was": true, "are": true, "were": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "do": true,
	"does": true, "did": true, "even": true, "only": true, "just": true, "every": true,
	"each": true, "any": true, "such": true, "other": true, "another": true,
	"whether": true, "once": true, "further": true, "again": true, "too": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true,
	"february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true,
	"december": true, "mrs.": false,
}

// pronounKind says what a subject pronoun may refer to.
var pronounKind = map[string]string{
	"he": "person", "she": "person", "they": "any", "it": "organisation",
}

// anyPerson is not a word: it asks resolvePronoun for the latest person,
// of either sex ("the 45-year-old").
const anyPerson = "\x00person"

// timeWords follow "on", "last", "this", "in" in adverbials to skip
// between a subject and its verb ("Mr Smith on Monday said").
var timeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "week": true, "month": true,
	"year": true, "night": true, "morning": true, "afternoon": true, "evening": true,
	"weekend": true, "time": true, "day": true,
}

// isCapWord reports whether w starts with an upper-case letter or is a
// name-like token such as "MI5".
func isCapWord(w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w is an acronym (two or more letters, all
// upper case, digits allowed): MI5, NCSC, FBI.
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

// possessive reports whether w ends in 's or ’s (or a bare ' after s).
func possessive(w string) bool {
	if n := len(w); n < 2 || (w[n-1] != 's' && w[n-1] != '\'' && w[n-1] != 0x99) {
		return false
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		(len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")))
}

// stripPossessive removes a possessive ending.
func stripPossessive(w string) string {
	if n := len(w); n == 0 || (w[n-1] != 's' && w[n-1] != '\'' && w[n-1] != 0x99) {
		return w // fast path: no possessive ending
	}
	for _, s := range []string{"'s", "’s", "'", "’"} {
		if strings.HasSuffix(w, s) {
			return w[:len(w)-len(s)]
		}
	}
	return w
}

// normaliseRole turns a role phrase into a comparable key: lower case,
// abbreviations expanded, leading words that are not part of the office
// ("UK", "China's", "former") dropped. "UK Prime Minister" and "the prime
// minister" give "prime minister"; "Deputy PM" gives "deputy prime
// minister".
func normaliseRole(words []string) string {
	var out []string
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
// digits joined by single hyphens ("Oliver Dowden" -> "oliver-dowden").
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
