package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/quotecheck/quotecheck/align"
)

// tableRenderer draws a box table for a terminal.
type tableRenderer struct{ w io.Writer }

const defaultWidth = 120

// displayWords is the longest run of words a diff shows in the table and
// in Markdown before eliding the middle.
const displayWords = 12

// Column widths shared by the extract and speakers tables; the last
// column gets the rest of the width.
const (
	speakerWidth = 18
	minTextWidth = 30
)

// refWords is the most words of a reference the table and Markdown show;
// a longer one keeps its start and end around "…". JSON and HTML keep it
// whole.
const refWords = 20

// outletLimit is how many outlets a line names before "and N more".
const outletLimit = 6

// newTable makes a tablewriter v1 table that leaves cell text alone: this
// package wraps and colours cells itself, because tablewriter's wrapping
// splits words inside ANSI escapes and its header formatting upper-cases.
func newTable(w io.Writer, r tw.Renderer) *tablewriter.Table {
	return tablewriter.NewTable(w,
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithTrimSpace(tw.Off),
	)
}

func (t *tableRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	if r.Command == CommandCheck && r.Result.Record != nil {
		// the record first: who got it right is the first question
		if err := writeRecord(t.w, r.Result.Record, r.minSeverity(readingDefault)); err != nil {
			return err
		}
	}
	width := r.Width
	if width <= 0 {
		width = defaultWidth
	}
	var header []string
	var rows [][]string
	switch r.Command {
	case CommandCheck:
		header, rows = t.checkRows(r, ix, width)
	case CommandExtract:
		header, rows = t.extractRows(r, width)
	case CommandSpeakers:
		header, rows = t.speakerRows(r, ix, width)
	}
	if len(rows) > 0 {
		tb := newTable(t.w, renderer.NewBlueprint())
		tb.Header(header)
		if err := tb.Bulk(rows); err != nil {
			return fmt.Errorf("table: %w", err)
		}
		if err := tb.Render(); err != nil {
			return fmt.Errorf("table: %w", err)
		}
	}
	// The summary is wrapped to the width too: a terminal that wraps it
	// would break words.
	for _, line := range r.summaryLines(r.minSeverity(readingDefault)) {
		if _, err := fmt.Fprintln(t.w, wrapWords(plainWords(line, styleNone), width-1, false)); err != nil {
			return fmt.Errorf("table: %w", err)
		}
	}
	return nil
}

// rest is the width left for the last column after fixed columns, with
// three columns of border and padding per column.
func rest(width int, fixed ...int) int {
	w := width - 1
	for _, f := range fixed {
		w -= f + 3
	}
	return max(minTextWidth, w-3)
}

// checkRows lays out one row per shown cluster: its ID, then the speaker
// and the reference once, and each deviating variant with its outlets,
// the change list and the marked words. Each version leads with its label
// on the same line as its words, and the speaker shares the reference's
// line, so that a short quote takes one line and the words keep most of a
// narrow terminal.
func (t *tableRenderer) checkRows(r *Report, ix *index, width int) ([]string, [][]string) {
	shown := r.clusterViews(ix, r.minSeverity(readingDefault))
	idWidth := len("Cluster")
	for _, cv := range shown {
		idWidth = max(idWidth, len(cv.ID))
	}
	textWidth := rest(width, idWidth)
	indent := func(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
	var rows [][]string
	for _, cv := range shown {
		ref := append(plainWords(cv.Speaker+" — "+referenceLabel(cv, outletLimit)+":", styleBold),
			plainWords(elideText(cv.Reference.Text, refWords), styleNone)...)
		cell := []string{wrapWords(ref, textWidth, r.Color)}
		if line := recordLine(r, cv.ID); line != "" {
			// the record is what every version answers to
			cell = append([]string{wrapWords(plainWords(line, styleNone), textWidth, r.Color)}, cell...)
		}
		for _, d := range cv.Deviations {
			head := labelWords(d)
			if d.Changes != "" {
				head = append(head, plainWords(d.Changes, styleBold)...)
			}
			cell = append(cell, wrapWords(head, textWidth, r.Color))
			if marked := markedWords(d); len(marked) > 0 {
				cell = append(cell, indent(wrapWords(marked, textWidth-2, r.Color)))
			}
		}
		rows = append(rows, []string{cv.ID, strings.Join(cell, "\n")})
	}
	return []string{"Cluster", "Speaker — reference, then each variant: what changed, and where"}, rows
}

// labelWords is a deviation's heading, ending in a colon: its verdict and
// severity coloured by severity, then its outlets.
func labelWords(d variantView) []styledWord {
	words := plainWords(deviationLabel(d, outletLimit)+":", styleNone)
	style := map[align.Severity]int{align.Error: styleError, align.Warning: styleWarn}[d.Severity]
	for i := range words[:min(2, len(words))] {
		words[i].style = style
	}
	return words
}

// markedWords is a deviation's words with the changes in place, or
// nothing when they would only repeat the change list: when fewer than
// minContext unchanged words surround the changes, the change list and
// the reference above it already say where they are.
func markedWords(d variantView) []styledWord {
	if len(d.Diff) == 0 {
		return plainWords(d.Text, styleNone)
	}
	if !showMarked(d) {
		return nil
	}
	return diffWords(truncateOps(elideLong(d.Diff, displayWords), markedLimit))
}

// nameWidth is the width of a speaker column: a sixth of the table,
// within 12 and speakerWidth, so the quoted words keep most of a narrow
// terminal.
func nameWidth(width int) int { return min(speakerWidth, max(12, (width-1)/6)) }

// extractRows lists every quote: its ID with its place and kind under it,
// its speaker, and its words.
func (t *tableRenderer) extractRows(r *Report, width int) ([]string, [][]string) {
	idW := len("Quote")
	for _, aq := range r.Result.Articles {
		for _, q := range aq.Quotes {
			idW = max(idW, len(q.ID))
		}
	}
	nameW := nameWidth(width)
	textWidth := rest(width, idW, nameW)
	var rows [][]string
	for _, aq := range r.Result.Articles {
		for i := range aq.Quotes {
			q := &aq.Quotes[i]
			rows = append(rows, []string{
				oneLine(q.ID) + "\n" + fmt.Sprintf("%d:%d %s", q.Line, q.Column, q.Kind),
				wrapWords(plainWords(speakerOrNone(q), styleNone), nameW, false),
				wrapWords(plainWords(q.Text, styleNone), textWidth, false),
			})
		}
	}
	return []string{"Quote", "Speaker", "Text"}, rows
}

// speakerRows lists every speaker with their kind under the name, their
// aliases, and their quotes per outlet.
func (t *tableRenderer) speakerRows(r *Report, ix *index, width int) ([]string, [][]string) {
	const totalW = 5
	nameW := nameWidth(width)
	both := rest(width, nameW, totalW) - 3 // aliases and quotes share the rest
	aliasW := max(minTextWidth/2, both/2)
	countW := max(minTextWidth/2, both-aliasW)
	var rows [][]string
	for _, s := range r.Result.Speakers {
		per, total := ix.speakerQuoteCounts(&r.Result, s.ID)
		name := wrapWords(plainWords(s.Name, styleNone), nameW, false)
		if s.Kind != "" {
			name += "\n(" + oneLine(s.Kind) + ")"
		}
		rows = append(rows, []string{
			name,
			wrapWords(plainWords(strings.Join(s.Aliases, "; "), styleNone), aliasW, false),
			wrapWords(plainWords(strings.Join(per, ", "), styleNone), countW, false),
			fmt.Sprint(total),
		})
	}
	return []string{"Speaker", "Aliases", "Quotes per outlet", "Total"}, rows
}

// validate rejects a Report no renderer can draw.
func (r *Report) validate() error {
	switch r.Command {
	case CommandCheck, CommandExtract, CommandSpeakers:
		return nil
	}
	return fmt.Errorf("report: unknown command %q (valid: %s, %s, %s)", r.Command, CommandExtract, CommandCheck, CommandSpeakers)
}
