package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// label is a speaker label found at the start of a line.
type label struct {
	text   string // the label as written, without brackets or colon
	name   string // text without its parenthesis
	role   string // the parenthesis' content ("moderator"), if any
	rest   int    // offset in the line where the spoken words start
	strong bool   // unmistakably a label; a weak one must recur to count
	change bool   // a caption's ">>" speaker change
}

// notLabels are line openers in capitals that introduce something other
// than a speaker.
var notLabels = map[string]bool{
	"note": true, "editor's note": true, "editors note": true, "update": true, "source": true,
	"transcript": true, "correction": true, "copyright": true, "date": true, "time": true,
	"location": true, "subject": true, "re": true, "ps": true, "warning": true, "caption": true,
	"wait": true, "look": true, "listen": true, "first": true, "second": true, "third": true,
	"finally": true, "yes": true, "no": true, "well": true, "so": true, "okay": true, "ok": true,
}

// parseLabel reads a speaker label at the start of line: "NAME:",
// "MR. SMITH:", "Jane Roe (moderator):", "[Roe]", ">> ROE:", ">>".
func parseLabel(line string) (label, bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	var lb label
	if strings.HasPrefix(line[i:], ">>") {
		lb.change = true
		i += 2
		for i < len(line) && (line[i] == ' ' || line[i] == '>') {
			i++
		}
	}
	if q := line[i:]; strings.HasPrefix(q, "Q  ") || strings.HasPrefix(q, "Q\t") {
		// the White House style of a reporter's question: "Q    Thank you."
		j := i + 1
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		return label{text: "Q", name: "Q", rest: j, strong: true, change: lb.change}, true
	}
	if strings.HasPrefix(line[i:], "[") {
		end := strings.IndexByte(line[i:], ']')
		if end > 1 && end < 60 {
			inner := line[i+1 : i+end]
			if !isStageDirection(inner) && looksLikeName(inner) {
				lb.text, lb.name, lb.strong = inner, inner, true
				lb.rest = i + end + 1
				if lb.rest < len(line) && line[lb.rest] == ':' {
					lb.rest++
				}
				return lb, true
			}
		}
	}
	colon := strings.IndexByte(line[i:], ':')
	if colon <= 0 || colon > 70 || i+colon+1 < len(line) && line[i+colon+1] != ' ' && line[i+colon+1] != '\t' {
		if lb.change {
			lb.rest = i
			return lb, true
		}
		return label{}, false
	}
	cand := strings.TrimSpace(line[i : i+colon])
	name, role := cand, ""
	if open := strings.IndexByte(cand, '('); open > 0 && strings.HasSuffix(cand, ")") {
		name, role = strings.TrimSpace(cand[:open]), strings.TrimSpace(cand[open+1:len(cand)-1])
	}
	if notLabels[strings.ToLower(name)] || !looksLikeName(name) {
		if lb.change {
			lb.rest = i
			return lb, true
		}
		return label{}, false
	}
	lb.text, lb.name, lb.role, lb.rest = cand, name, role, i+colon+1
	words := strings.Fields(name)
	lb.strong = isAllCaps(name) || len(words) >= 2 || role != "" || isTitle(strings.ToLower(strings.TrimSuffix(words[0], "."))) || lb.change
	return lb, true
}

// looksLikeName reports whether s could be a speaker's name or role: one
// to five words, each capitalised (particles such as "de" or "van" aside),
// of letters, periods, apostrophes and hyphens.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for k, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			if k == 0 || !particles[w] {
				return false
			}
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '.' && r != '\'' && r != '’' && r != '-' {
				return false
			}
		}
	}
	return true
}

var particles = map[string]bool{"de": true, "da": true, "van": true, "von": true, "der": true, "al": true, "bin": true, "la": true, "le": true, "del": true, "di": true}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters >= 1
}
