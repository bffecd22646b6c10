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

// Fixed column widths of the check table; the versions column gets the
// rest of the width.
const (
	speakerWidth = 18
	outletsWidth = 16
	verdictWidth = 20 // "paraphrased-unquoted"
	minTextWidth = 30
)

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
	if _, err := fmt.Fprintln(t.w, r.summaryLine()); err != nil {
		return fmt.Errorf("table: %w", err)
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

func (t *tableRenderer) checkRows(r *Report, ix *index, width int) ([]string, [][]string) {
	shown := r.shownClusters()
	idWidth := len("Cluster")
	for _, sc := range shown {
		idWidth = max(idWidth, len(sc.ID))
	}
	textWidth := rest(width, idWidth, speakerWidth, outletsWidth, verdictWidth)
	var rows [][]string
	for _, sc := range shown {
		var cell []string
		for _, v := range ix.versions(sc) {
			label := v.Label
			if v.Verdict != "" {
				label += " [" + string(v.Verdict) + "]"
			}
			cell = append(cell, wrapWords(plainWords(label+":", styleBold), textWidth, r.Color))
			if v.Changes != "" {
				changes := wrapWords(plainWords(v.Changes, styleBold), textWidth-2, r.Color)
				cell = append(cell, "  "+strings.ReplaceAll(changes, "\n", "\n  "))
			}
			var words []styledWord
			if len(v.Diff) > 0 {
				words = diffWords(elideLong(v.Diff, displayWords))
			} else {
				words = plainWords(v.Text, styleNone)
			}
			body := wrapWords(words, textWidth-2, r.Color)
			cell = append(cell, "  "+strings.ReplaceAll(body, "\n", "\n  "))
		}
		rows = append(rows, []string{
			sc.ID,
			wrapWords(plainWords(ix.speakerName(sc.SpeakerID), styleNone), speakerWidth, false),
			wrapWords(plainWords(strings.Join(ix.outlets(sc), ", "), styleNone), outletsWidth, false),
			verdictCell(sc, r.Color),
			strings.Join(cell, "\n"),
		})
	}
	return []string{"Cluster", "Speaker", "Outlets", "Verdict", "Versions"}, rows
}

// verdictCell shows the cluster's verdict and the severity of its worst
// shown finding, coloured by that severity.
func verdictCell(sc shownCluster, color bool) string {
	sev := worstSeverity(sc)
	s := string(sc.Verdict) + "\n(" + string(sev) + ")"
	if !color {
		return s
	}
	code := map[align.Severity]string{align.Error: "\x1b[1;31m", align.Warning: "\x1b[33m"}[sev]
	if code == "" {
		return s
	}
	return code + string(sc.Verdict) + ansiReset + "\n" + code + "(" + string(sev) + ")" + ansiReset
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
