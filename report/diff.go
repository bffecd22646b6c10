package report

import (
	"fmt"
	"html"
	"strings"

	"github.com/mattn/go-runewidth"

	"github.com/quotecheck/quotecheck/align"
)

// Diff operation names, as in align.Op.Op.
const (
	opEqual  = "equal"
	opDelete = "delete"
	opInsert = "insert"
)

// DiffPlain writes a word diff in git's --word-diff=plain notation:
// deleted words as [-old-], inserted words as {+new+}, the rest as they
// are. Runs of white space (newlines included) become single spaces.
func DiffPlain(ops []align.Op) string {
	var b strings.Builder
	prev := ""
	for _, op := range ops {
		t := oneLine(op.Text)
		if t == "" {
			continue
		}
		// A replacement reads as one unit: [-old-]{+new+}, as git prints it.
		if b.Len() > 0 && !(prev == opDelete && op.Op == opInsert) {
			b.WriteByte(' ')
		}
		switch op.Op {
		case opDelete:
			b.WriteString("[-" + t + "-]")
		case opInsert:
			b.WriteString("{+" + t + "+}")
		default:
			b.WriteString(t)
		}
		prev = op.Op
	}
	return b.String()
}

// diffMarkdown writes a word diff as ~~deleted~~ **inserted**, with the
// words escaped for a Markdown table cell.
func diffMarkdown(ops []align.Op) string {
	var parts []string
	for _, op := range ops {
		t := mdEscape(op.Text)
		if t == "" {
			continue
		}
		switch op.Op {
		case opDelete:
			parts = append(parts, "~~"+t+"~~")
		case opInsert:
			parts = append(parts, "**"+t+"**")
		default:
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// diffHTML writes a word diff as escaped text with <del> and <ins> marks.
// side selects what is shown: both sides (inline), or only version A
// (equal and deleted words) or version B (equal and inserted words).
func diffHTML(ops []align.Op, side byte) string {
	var parts []string
	for _, op := range ops {
		t := html.EscapeString(op.Text)
		if strings.TrimSpace(t) == "" {
			continue
		}
		switch op.Op {
		case opDelete:
			if side != 'b' {
				parts = append(parts, "<del>"+t+"</del>")
			}
		case opInsert:
			if side != 'a' {
				parts = append(parts, "<ins>"+t+"</ins>")
			}
		default:
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// Styles of words in a terminal cell.
const (
	styleNone = iota
	styleDel
	styleIns
	styleBold
	styleError // a verdict with severity error
	styleWarn  // a verdict with severity warning
)

var ansiStyle = map[int]string{
	styleDel:   "\x1b[31m",
	styleIns:   "\x1b[32m",
	styleBold:  "\x1b[1m",
	styleError: "\x1b[1;31m",
	styleWarn:  "\x1b[33m",
}

const ansiReset = "\x1b[0m"

// styledWord is one word of a terminal cell.
type styledWord struct {
	text  string
	style int
	glue  bool // no space before this word unless a line breaks there
}

// plainWords splits text into unstyled words.
func plainWords(text string, style int) []styledWord {
	var out []styledWord
	for _, w := range strings.Fields(oneLine(text)) {
		out = append(out, styledWord{text: w, style: style})
	}
	return out
}

// diffWords splits a diff into words, keeping the [- -] and {+ +} markers
// on the first and last word of each change so the meaning survives
// without colour.
func diffWords(ops []align.Op) []styledWord {
	var out []styledWord
	prev := ""
	for _, op := range ops {
		style, open, close := styleNone, "", ""
		switch op.Op {
		case opDelete:
			style, open, close = styleDel, "[-", "-]"
		case opInsert:
			style, open, close = styleIns, "{+", "+}"
		}
		ws := plainWords(op.Text, style)
		if len(ws) == 0 {
			continue
		}
		ws[0].text = open + ws[0].text
		ws[len(ws)-1].text += close
		ws[0].glue = prev == opDelete && op.Op == opInsert
		prev = op.Op
		out = append(out, ws...)
	}
	return out
}

// wrapWords lays words out in lines no wider than width columns (a longer
// word gets a line of its own) and renders each line, colouring runs of
// styled words when color is set. The result goes into one table cell.
func wrapWords(words []styledWord, width int, color bool) string {
	var lines []string
	var line []styledWord
	lineWidth := 0
	flush := func() {
		if len(line) > 0 {
			lines = append(lines, renderLine(line, color))
		}
		line, lineWidth = nil, 0
	}
	for _, w := range words {
		ww := runewidth.StringWidth(w.text)
		sep := 1
		if w.glue {
			sep = 0
		}
		if len(line) > 0 && lineWidth+sep+ww > width {
			flush()
		}
		if len(line) > 0 {
			lineWidth += sep
		}
		line = append(line, w)
		lineWidth += ww
	}
	flush()
	return strings.Join(lines, "\n")
}

func renderLine(words []styledWord, color bool) string {
	var b strings.Builder
	open := styleNone
	for i, w := range words {
		if color && w.style != open {
			// Runs are closed at the end of each line, so a line never ends
			// inside a colour whatever the table does with the lines.
			if open != styleNone {
				b.WriteString(ansiReset)
			}
			if i > 0 && !w.glue {
				b.WriteByte(' ')
			}
			b.WriteString(ansiStyle[w.style])
			open = w.style
		} else if i > 0 && !w.glue {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	if color && open != styleNone {
		b.WriteString(ansiReset)
	}
	return b.String()
}

// mdEscape makes untrusted text safe inside a GFM table cell: one line,
// Markdown punctuation backslash-escaped (| included, which GFM honours
// even inside a cell), and <, >, & as entities so no HTML gets through.
func mdEscape(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '!', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	return mdNeutralise(b.String())
}

// Changes lists what a diff changes, in the notation a reader expects:
// "gun fight → weapon battle, wooden → wood"; a lone deletion reads
// "− words", a lone insertion "+ words".
func Changes(ops []align.Op) string { return strings.Join(changeList(ops), ", ") }

// changesUpTo is Changes naming at most limit changes, then "and N more":
// a rewritten paragraph's change list would otherwise repeat the whole
// marked text.
func changesUpTo(ops []align.Op, limit int) string {
	parts := changeList(ops)
	if len(parts) > limit+1 {
		return strings.Join(parts[:limit], ", ") + fmt.Sprintf(" and %d more", len(parts)-limit)
	}
	return strings.Join(parts, ", ")
}

func changeList(ops []align.Op) []string {
	var parts []string
	for i := 0; i < len(ops); i++ {
		op := ops[i]
		t := oneLine(op.Text)
		switch op.Op {
		case opDelete:
			if i+1 < len(ops) && ops[i+1].Op == opInsert {
				parts = append(parts, t+" → "+oneLine(ops[i+1].Text))
				i++
				continue
			}
			parts = append(parts, "− "+t)
		case opInsert:
			if i+1 < len(ops) && ops[i+1].Op == opDelete {
				parts = append(parts, oneLine(ops[i+1].Text)+" → "+t)
				i++
				continue
			}
			parts = append(parts, "+ "+t)
		}
	}
	return parts
}

// truncateOps keeps the first limit words of a diff and ends it with "…",
// so one rewritten paragraph does not fill a screen.
func truncateOps(ops []align.Op, limit int) []align.Op {
	out := make([]align.Op, 0, len(ops))
	n := 0
	for _, op := range ops {
		words := strings.Fields(op.Text)
		if n+len(words) > limit {
			if keep := limit - n; keep > 0 {
				op.Text = strings.Join(words[:keep], " ")
				out = append(out, op)
			}
			return append(out, align.Op{Op: opEqual, Text: "…"})
		}
		n += len(words)
		out = append(out, op)
	}
	return out
}

// elideLong shortens a diff for display: a run of more than limit words
// keeps the words next to the change and shows "…" for the rest, so a
// two-word fragment of a paragraph-long quote does not print the
// paragraph. JSON keeps the whole diff.
func elideLong(ops []align.Op, limit int) []align.Op {
	out := make([]align.Op, 0, len(ops))
	keep := limit / 2
	for i, op := range ops {
		words := strings.Fields(op.Text)
		if len(words) <= limit {
			out = append(out, op)
			continue
		}
		switch {
		case i == 0 && len(ops) > 1: // lead-in: keep its end
			op.Text = "… " + strings.Join(words[len(words)-keep:], " ")
		case i == len(ops)-1 && len(ops) > 1: // tail: keep its start
			op.Text = strings.Join(words[:keep], " ") + " …"
		default:
			op.Text = strings.Join(words[:keep], " ") + " … " + strings.Join(words[len(words)-keep:], " ")
		}
		out = append(out, op)
	}
	return out
}

// elideText shortens a text of more than limit words to its first and
// last limit/2 words around "…", for the table and Markdown.
func elideText(text string, limit int) string {
	words := strings.Fields(text)
	if len(words) <= limit {
		return text
	}
	return strings.Join(words[:limit/2], " ") + " … " + strings.Join(words[len(words)-limit/2:], " ")
}
