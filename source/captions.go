package source

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// parseCaptions reads WebVTT or SRT: blocks separated by blank lines, each
// a cue with a timing line and its text. Cues are joined into running
// text; a speaker given by a voice tag ("<v Jane Roe>"), a label ("ROE:")
// or a ">>" change holds until the next one.
func parseCaptions(src *Source) error {
	text := src.Text
	b := newBuilder(src)
	ss := newSpeakerSet()
	counts := map[string]int{}
	forLines(text, func(start, end int) bool {
		if lb, ok := parseLabel(text[start:end]); ok && lb.name != "" {
			counts[lb.name]++
		}
		return true
	})
	cue := -1 // the cue whose text lines are being read
	inBlock := false
	skipBlock := false
	// Rolling captions (as video sites make them) repeat the previous
	// cue's last line at the top of the next: a line the previous cue
	// showed is not said again.
	prevLines, curLines := map[string]bool{}, map[string]bool{}
	var timingErr error
	forLines(text, func(start, end int) bool {
		line := text[start:end]
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			if cue >= 0 {
				prevLines, curLines = curLines, map[string]bool{}
			}
			inBlock, skipBlock, cue = false, false, -1
			return true
		}
		if skipBlock {
			return true
		}
		if !inBlock {
			inBlock = true
			for _, kw := range []string{"WEBVTT", "NOTE", "STYLE", "REGION"} {
				if strings.HasPrefix(trimmed, kw) {
					skipBlock = true
					return true
				}
			}
		}
		if strings.Contains(line, "-->") {
			from, to, ok := parseTiming(line)
			if !ok {
				timingErr = fmt.Errorf("line %d: bad cue timing %q", b.line(start), trimmed)
				return false
			}
			src.Cues = append(src.Cues, Cue{Start: from, End: to, Line: b.line(start)})
			cue = len(src.Cues) - 1
			return true
		}
		if cue < 0 {
			return true // a cue identifier or number
		}
		if shown := stripTags(trimmed); shown != "" {
			curLines[shown] = true
			if prevLines[shown] {
				return true
			}
		}
		from := start
		if name, rest, ok := voiceTag(line); ok {
			lb := label{text: name, name: name, strong: true}
			if len(src.Turns) == 0 || src.Turns[len(src.Turns)-1].Label != name {
				b.startTurn(ss.add(lb), name, b.line(start))
			}
			from += rest
		} else if lb, ok := parseLabel(line); ok && (lb.strong || counts[lb.name] >= 2) {
			if lb.name != "" {
				b.startTurn(ss.add(lb), lb.text, b.line(start))
			} else {
				b.startTurn(-1, ">>", b.line(start))
			}
			from += lb.rest
		}
		b.addWords(from, end, cue)
		return true
	})
	if timingErr != nil {
		return timingErr
	}
	if len(src.Cues) == 0 {
		return fmt.Errorf("no caption cues found")
	}
	finishSpeakers(src, ss)
	return nil
}

// voiceTag reads a WebVTT voice tag at the start of a cue line: "<v Jane
// Roe>" or "<v.loud Jane Roe>"; it returns the name and where the words
// start.
func voiceTag(line string) (string, int, bool) {
	t := strings.TrimLeft(line, " \t")
	lead := len(line) - len(t)
	if !strings.HasPrefix(t, "<v ") && !strings.HasPrefix(t, "<v.") {
		return "", 0, false
	}
	end := strings.IndexByte(t, '>')
	if end < 0 {
		return "", 0, false
	}
	inner := t[2:end]
	if sp := strings.IndexByte(inner, ' '); sp >= 0 {
		inner = inner[sp+1:]
	} else {
		return "", 0, false
	}
	name := strings.TrimSpace(inner)
	if name == "" {
		return "", 0, false
	}
	return name, lead + end + 1, true
}

// parseTiming reads "00:01:02.500 --> 00:01:05.000" (WebVTT) or
// "00:01:02,500 --> 00:01:05,000" (SRT), with optional cue settings.
func parseTiming(line string) (time.Duration, time.Duration, bool) {
	a, b, ok := strings.Cut(line, "-->")
	if !ok {
		return 0, 0, false
	}
	bf := strings.Fields(b)
	if len(bf) == 0 {
		return 0, 0, false
	}
	from, ok1 := parseClock(strings.TrimSpace(a))
	to, ok2 := parseClock(bf[0])
	return from, to, ok1 && ok2
}

// parseClock reads "hh:mm:ss.mmm", "mm:ss.mmm" or the same with a comma.
func parseClock(s string) (time.Duration, bool) {
	s = strings.Replace(s, ",", ".", 1)
	main, frac, _ := strings.Cut(s, ".")
	parts := strings.Split(main, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var total time.Duration
	for _, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return 0, false
		}
		total = total*60 + time.Duration(n)*time.Second
	}
	if frac != "" {
		if len(frac) > 3 {
			frac = frac[:3]
		}
		for len(frac) < 3 {
			frac += "0"
		}
		ms, err := strconv.Atoi(frac)
		if err != nil {
			return 0, false
		}
		total += time.Duration(ms) * time.Millisecond
	}
	return total, true
}

// stripTags is a caption line's text without its tags ("<c>", "<v Roe>",
// "<00:00:01.200>"), spaces collapsed.
func stripTags(line string) string {
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] == '<' {
			if end := strings.IndexByte(line[i:], '>'); end > 0 {
				i += end
				continue
			}
		}
		b.WriteByte(line[i])
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
