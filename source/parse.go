package source

import (
	"fmt"
	"strings"
)

// Options tune Parse.
type Options struct {
	// Form forces the form; "" detects it from the text.
	Form Form
	// Speaker is who speaks a statement or speech; when empty it is read
	// from a byline ("Statement by Jane Roe", "By Jane Roe", "Jane Roe
	// said:") in the first lines. In captions or a transcript it names
	// whoever speaks without a label (the captions of a speech).
	Speaker string
}

// ParseForm checks a form name from a flag or a file.
func ParseForm(name string) (Form, error) {
	switch f := Form(name); f {
	case "", Transcript, WebVTT, SRT, Statement:
		return f, nil
	}
	return "", fmt.Errorf("unknown source form %q (want transcript, webvtt, srt or statement)", name)
}

// Parse reads a source. id names it in results; text is its UTF-8 text,
// which every offset refers to. A source without a single word is an
// error.
func Parse(id, text string, opts Options) (*Source, error) {
	form := opts.Form
	if form == "" {
		form = Detect(text)
	}
	src := &Source{ID: id, Form: form, Text: text}
	var err error
	switch form {
	case WebVTT, SRT:
		err = parseCaptions(src)
	case Transcript:
		parseTranscript(src)
	case Statement:
		parseStatement(src, opts.Speaker)
	default:
		return nil, fmt.Errorf("%s: unknown source form %q", id, form)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, err)
	}
	if opts.Speaker != "" && form != Statement {
		giveUnnamed(src, opts.Speaker)
	}
	if len(src.Words) == 0 {
		return nil, fmt.Errorf("%s: no spoken words found (read as %s)", id, form)
	}
	return src, nil
}

// Detect names the form of a source's text: captions by their header or
// timing lines, a transcript by its speaker labels, else a statement.
func Detect(text string) Form {
	t := strings.TrimPrefix(text, "\ufeff")
	if strings.HasPrefix(t, "WEBVTT") {
		return WebVTT
	}
	timings := 0
	counts := map[string]int{}
	strong := 0
	forLines(t, func(start, end int) bool {
		line := t[start:end]
		if _, _, ok := parseTiming(line); ok {
			timings++
			return true
		}
		if lb, ok := parseLabel(stripTimestamp(line)); ok && lb.name != "" {
			counts[lb.name]++
			if lb.strong {
				strong++
			}
		}
		return true
	})
	if timings >= 1 {
		return SRT
	}
	recurring := 0
	for _, n := range counts {
		if n >= 2 {
			recurring++
		}
	}
	if strong >= 2 || recurring >= 1 && len(counts) >= 2 {
		return Transcript
	}
	return Statement
}

// forLines calls fn with the bounds of each line, without its line
// ending, until fn returns false.
func forLines(text string, fn func(start, end int) bool) {
	start := 0
	for start <= len(text) {
		nl := strings.IndexByte(text[start:], '\n')
		end := len(text)
		if nl >= 0 {
			end = start + nl
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		if !fn(start, e) || nl < 0 {
			return
		}
		start = end + 1
	}
}

// stripTimestamp drops a timestamp that opens a transcript line
// ("[00:12:04] ", "(12:04) ", "00:12:04 ").
func stripTimestamp(line string) string {
	return line[timestampPrefix(line):]
}

func timestampPrefix(line string) int {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	j := i
	if j < len(line) && (line[j] == '[' || line[j] == '(') {
		j++
	}
	n := timestampLen(line[j:])
	if n == 0 {
		return 0
	}
	j += n
	if j < len(line) && (line[j] == ']' || line[j] == ')') {
		j++
	}
	for j < len(line) && (line[j] == ' ' || line[j] == '\t' || line[j] == '-') {
		j++
	}
	return j
}

// parseTranscript reads speaker turns: a label opens a turn, which runs
// over every following line, blank lines included, until the next label.
// A label used once that is not unmistakably one (a capitalised word and a
// colon, "Look: ...") is read as words.
func parseTranscript(src *Source) {
	text := src.Text
	counts := map[string]int{}
	forLines(text, func(start, end int) bool {
		if lb, ok := parseLabel(stripTimestamp(text[start:end])); ok && lb.name != "" {
			counts[lb.name]++
		}
		return true
	})
	b := newBuilder(src)
	ss := newSpeakerSet()
	forLines(text, func(start, end int) bool {
		skip := timestampPrefix(text[start:end])
		from := start + skip
		if lb, ok := parseLabel(text[from:end]); ok && (lb.strong || counts[lb.name] >= 2) {
			if lb.name != "" {
				b.startTurn(ss.add(lb), lb.text, b.line(start))
			} else {
				b.startTurn(-1, ">>", b.line(start))
			}
			from += lb.rest
		}
		b.addWords(from, end, -1)
		return true
	})
	finishSpeakers(src, ss)
}

// finishSpeakers joins the labels of one person and points the turns at
// the final speakers.
func finishSpeakers(src *Source, ss *speakerSet) {
	speakers, remap := ss.finish()
	src.Speakers = speakers
	for i := range src.Turns {
		if t := &src.Turns[i]; t.Speaker >= 0 {
			t.Speaker = remap[t.Speaker]
		}
	}
}

// giveUnnamed gives the turns no label names to speaker.
func giveUnnamed(src *Source, speaker string) {
	idx := -1
	for i := range src.Turns {
		t := &src.Turns[i]
		if t.Speaker >= 0 || t.First == t.Last {
			continue
		}
		if idx < 0 {
			idx = len(src.Speakers)
			for k := range src.Speakers {
				if src.Speakers[k].Is(speaker) {
					idx = k
				}
			}
			if idx == len(src.Speakers) {
				src.Speakers = append(src.Speakers, Speaker{Name: speaker, Labels: []string{speaker}})
			}
		}
		t.Speaker = idx
	}
}
