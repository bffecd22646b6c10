package source

import (
	"strings"
)

// parseStatement reads a speech, statement or press release: every word is
// the one speaker's. The speaker comes from the caller, else from a byline
// in the first lines, which is then not part of the words.
func parseStatement(src *Source, speaker string) {
	text := src.Text
	b := newBuilder(src)
	byStart, byEnd := -1, -1
	if speaker == "" {
		seen := 0
		forLines(text, func(start, end int) bool {
			line := strings.TrimSpace(text[start:end])
			if line == "" {
				return true
			}
			if name := byline(line); name != "" {
				speaker, byStart, byEnd = name, start, end
				return false
			}
			seen++
			return seen < 6
		})
	}
	ss := newSpeakerSet()
	sp := -1
	if speaker != "" {
		sp = ss.add(label{text: speaker, name: speaker, strong: true})
	}
	b.startTurn(sp, speaker, 1)
	if byStart >= 0 {
		b.addWords(0, byStart, -1)
		b.addWords(byEnd, len(text), -1)
	} else {
		b.addWords(0, len(text), -1)
	}
	finishSpeakers(src, ss)
}

// byline returns the speaker a heading line names: "Statement by Jane
// Roe", "Remarks of Governor Jane Roe on the budget", "By Jane Roe", "Jane
// Roe said:".
func byline(line string) string {
	lower := strings.ToLower(line)
	var name string
	switch {
	case strings.HasPrefix(lower, "by "):
		name = line[3:]
	case strings.HasSuffix(lower, " said:") || strings.HasSuffix(lower, " says:") || strings.HasSuffix(lower, " said"):
		name = line[:strings.LastIndex(lower, " sa")]
	default:
		for _, head := range []string{"statement", "remarks", "prepared remarks", "speech", "address", "testimony", "keynote"} {
			if !strings.HasPrefix(lower, head+" ") {
				continue
			}
			for _, prep := range []string{" by ", " from ", " of "} {
				if k := strings.Index(lower, prep); k > 0 {
					name = line[k+len(prep):]
					break
				}
			}
			break
		}
	}
	for _, cut := range []string{" on ", " at ", " to ", " before ", ",", " – ", " — ", " - ", ":"} {
		if k := strings.Index(name, cut); k > 0 {
			name = name[:k]
		}
	}
	name = strings.TrimSpace(strings.TrimRight(name, ".:"))
	if name == "" || !looksLikeName(name) {
		return ""
	}
	return name
}
