package report

import (
	"fmt"
	"io"
	"slices"
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
const refWords = 40

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

// checkRows lays out one row per shown cluster: its ID and speaker, then
// the reference once and each deviating variant with its outlets, the
// change list and the marked words.
func (t *tableRenderer) checkRows(r *Report, ix *index, width int) ([]string, [][]string) {
	// The first column takes a sixth of the width, so the quotes keep
	// most of a narrow terminal.
	firstW := min(20, max(12, (width-1)/6))
	textWidth := rest(width, firstW)
	indent := func(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }
	var rows [][]string
	for _, cv := range r.clusterViews(ix, r.minSeverity(readingDefault)) {
		var cell []string
		cell = append(cell, wrapWords(plainWords(referenceLabel(cv, outletLimit), styleBold), textWidth, r.Color))
		cell = append(cell, indent(wrapWords(plainWords(elideText(cv.Reference.Text, refWords), styleNone), textWidth-2, r.Color)))
		for _, d := range cv.Deviations {
			cell = append(cell, wrapWords(labelWords(d), textWidth, r.Color))
			if d.Changes != "" {
				cell = append(cell, indent(wrapWords(plainWords(d.Changes, styleBold), textWidth-2, r.Color)))
			}
			if marked := markedWords(d); len(marked) > 0 {
				cell = append(cell, indent(wrapWords(marked, textWidth-2, r.Color)))
			}
		}
		first := cv.ID + "\n" + wrapWords(plainWords(cv.Speaker, styleNone), firstW, false)
		rows = append(rows, []string{first, strings.Join(cell, "\n")})
	}
	return []string{"Cluster", "Reference, then each variant: outlets, changes, words"}, rows
}

// labelWords is a deviation's heading, its verdict and severity coloured
// by severity.
func labelWords(d variantView) []styledWord {
	words := plainWords(deviationLabel(d, outletLimit), styleNone)
	style := map[align.Severity]int{align.Error: styleError, align.Warning: styleWarn}[d.Severity]
	for i := range words[:min(2, len(words))] {
		words[i].style = style
	}
	return words
}

// markedWords is a deviation's words with the changes in place; nothing
// when the change list already says it all (no unchanged word around it).
func markedWords(d variantView) []styledWord {
	if len(d.Diff) == 0 {
		return plainWords(d.Text, styleNone)
	}
	if d.Changes != "" && !slices.ContainsFunc(d.Diff, func(op align.Op) bool { return op.Op == opEqual }) {
		return nil
	}
	return diffWords(elideLong(d.Diff, displayWords))
}

func (t *tableRenderer) extractRows(r *Report, width int) ([]string, [][]string) {
	const idW, posW, kindW = 24, 9, 8
	textWidth := rest(width, idW, posW, kindW, speakerWidth)
	var rows [][]string
	for _, aq := range r.Result.Articles {
		for i := range aq.Quotes {
			q := &aq.Quotes[i]
			rows = append(rows, []string{
				q.ID,
				fmt.Sprintf("%d:%d", q.Line, q.Column),
				string(q.Kind),
				wrapWords(plainWords(speakerOrNone(q), styleNone), speakerWidth, false),
				wrapWords(plainWords(q.Text, styleNone), textWidth, false),
			})
		}
	}
	return []string{"Quote", "Line:Col", "Kind", "Speaker", "Text"}, rows
}

func (t *tableRenderer) speakerRows(r *Report, ix *index, width int) ([]string, [][]string) {
	const kindW, totalW = 12, 6
	aliasW := 30
	countW := rest(width, speakerWidth, kindW, aliasW, totalW)
	var rows [][]string
	for _, s := range r.Result.Speakers {
		per, total := ix.speakerQuoteCounts(&r.Result, s.ID)
		rows = append(rows, []string{
			wrapWords(plainWords(s.Name, styleNone), speakerWidth, false),
			s.Kind,
			wrapWords(plainWords(strings.Join(s.Aliases, "; "), styleNone), aliasW, false),
			wrapWords(plainWords(strings.Join(per, ", "), styleNone), countW, false),
			fmt.Sprint(total),
		})
	}
	return []string{"Speaker", "Kind", "Aliases", "Quotes", "Total"}, rows
}

// validate rejects a Report no renderer can draw.
func (r *Report) validate() error {
	switch r.Command {
	case CommandCheck, CommandExtract, CommandSpeakers:
		return nil
	}
	return fmt.Errorf("report: unknown command %q (valid: %s, %s, %s)", r.Command, CommandExtract, CommandCheck, CommandSpeakers)
}
