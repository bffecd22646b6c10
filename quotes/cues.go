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

// cueInfo is one entry of the reporting-verb lexicon.
type cueInfo struct {
	form cueForm
}

// regularCues are reporting verbs that newsrooms use, inflected by the
// regular English rules. Sources: the cue frequencies of PolNeAR and the
// speech-verb list of the Gender Gap Tracker (see docs), extended with
// verbs of evaluation that introduce partial quotes ("called the move
// 'reckless'", "branded it 'a disgrace'").
var regularCues = []string{
	"add", "acknowledge", "admit", "advise", "affirm", "agree", "allege",
	"announce", "answer", "argue", "ask", "assert", "assure", "attest",
	"blame", "blast", "boast", "brand", "call", "caution", "charge",
	"chide", "claim", "clarify", "comment", "complain", "concede",
	"conclude", "concur", "condemn", "confess", "confirm", "contend",
	"counter", "criticise", "criticize", "cry", "decry", "declare",
	"demand", "denounce", "deny", "describe", "dismiss", "disclose",
	"dub", "elaborate", "emphasise", "emphasize", "estimate", "exclaim",
	"explain", "grumble", "hail", "highlight", "implore", "inform",
	"insist", "instruct", "joke", "label", "lament", "lambast",
	"lambaste", "maintain", "mention", "mock", "mutter", "murmur", "muse",
	"note", "object", "observe", "plead", "pledge", "point", "post",
	"praise", "predict", "proclaim", "promise", "pronounce", "propose",
	"protest", "query", "question", "quip", "recall", "reckon",
	"recommend", "recount", "reiterate", "rejoin", "remark", "remind",
	"repeat", "reply", "report", "respond", "retort", "reveal", "scoff",
	"scold", "scream", "shout", "sigh", "slam", "snap", "snarl", "sneer",
	"specify", "state", "stress", "suggest", "summarise", "summarize",
	"term", "testify", "text", "threaten", "tweet", "underline",
	"underscore", "urge", "vow", "warn", "whisper", "wonder", "yell",
	"email", "accuse", "assess", "applaud", "welcome", "reject",
	"rebut", "write", "tell", "say", "speak", "swear", "forecast",
	"designate", "refer", "characterise", "characterize", "portray",
}

// irregularCues lists the forms of verbs the regular rules get wrong.
var irregularCues = map[string][4]string{ // base: third, past, past participle, -ing
	"say":      {"says", "said", "said", "saying"},
	"tell":     {"tells", "told", "told", "telling"},
	"write":    {"writes", "wrote", "written", "writing"},
	"speak":    {"speaks", "spoke", "spoken", "speaking"},
	"swear":    {"swears", "swore", "sworn", "swearing"},
	"forecast": {"forecasts", "forecast", "forecast", "forecasting"},
	"plead":    {"pleads", "pleaded", "pled", "pleading"},
}

// doubledCues double their last consonant before -ed and -ing.
var doubledCues = map[string]bool{
	"admit": true, "dub": true, "quip": true, "refer": true, "rebut": true, "slam": true,
	"snap": true, "text": false, "label": false, "email": false,
}

// baseCues may be used in the base form ("officials say", "they warn");
// other base forms are too often nouns or infinitives to count.
var baseCues = map[string]bool{
	"say": true, "tell": true, "add": true, "warn": true, "insist": true,
	"argue": true, "claim": true, "write": true, "explain": true,
	"admit": true, "acknowledge": true, "suggest": true, "agree": true,
	"note": true, "stress": true, "urge": true, "ask": true,
}

// cueLexicon maps every lower-case form to its entry. Built once and
// never written afterwards.
var cueLexicon = buildCueLexicon()

func buildCueLexicon() map[string]cueInfo {
	m := make(map[string]cueInfo, len(regularCues)*5)
	put := func(w string, f cueForm) {
		if old, ok := m[w]; ok && old.form == cuePast {
			return // "said" stays past even if another verb's base is "said"
		}
		m[w] = cueInfo{form: f}
	}
	for _, base := range regularCues {
		var third, past, part, ing string
		if f, ok := irregularCues[base]; ok {
			third, past, part, ing = f[0], f[1], f[2], f[3]
		} else {
			third, past, ing = inflect(base, doubledCues[base])
			part = past
		}
		if baseCues[base] {
			put(base, cueBase)
		}
		put(third, cueThird)
		put(past, cuePast)
		put(part, cuePast)
		put(ing, cueParticiple)
	}
	return m
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
func lookupCue(w string) (cueInfo, bool) {
	c, ok := cueLexicon[w]
	return c, ok
}

// CueForms returns every reporting-verb form the attributor knows, for
// documentation and tests. The order is unspecified.
func CueForms() []string {
	out := make([]string, 0, len(cueLexicon))
	for w := range cueLexicon {
		out = append(out, w)
	}
	return out
}
