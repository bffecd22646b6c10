package report

import (
	"fmt"
	"io"
	"strings"
)

// markdownRenderer writes a GitHub-flavoured Markdown table for a
// newsletter or a pull-request comment. Rows are written without padding
// (a padded table repeats its widest cell's width on every row); every
// piece of article text goes through mdEscape, which makes it one line
// and escapes | and Markdown; several lines in one cell are joined by
// <br>, which GitHub renders as a line break.
type markdownRenderer struct{ w io.Writer }

func (m *markdownRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	min := r.minSeverity(readingDefault)
	summary := r.summaryLines(min)
	for i := range summary {
		summary[i] = mdEscape(summary[i])
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**quotecheck %s**: %s\n\n", r.Command, strings.Join(summary, "<br>\n"))
	if r.Command == CommandCheck && r.Result.Record != nil {
		b.WriteString("```\n" + strings.Join(recordLines(r.Result.Record, min), "\n") + "\n```\n\n")
	}
	var header []string
	var rows [][]string
	switch r.Command {
	case CommandCheck:
		header = []string{"Cluster", "Speaker", "Verdict", "Reference and variants"}
		for _, cv := range r.clusterViews(ix, min) {
			cell := []string{"**" + mdEscape(referenceLabel(cv, outletLimit)) + "**: " + mdEscape(elideText(cv.Reference.Text, refWords))}
			for _, d := range cv.Deviations {
				line := "**" + mdEscape(deviationLabel(d, outletLimit)) + "**: "
				if d.Changes != "" {
					line += "_" + mdEscape(d.Changes) + "_: "
				}
				switch {
				case len(d.Diff) == 0:
					line += mdEscape(d.Text)
				case showMarked(d):
					line += diffMarkdown(truncateOps(elideLong(d.Diff, displayWords), markedLimit))
				default:
					line = strings.TrimSuffix(line, ": ")
				}
				cell = append(cell, line)
			}
			rows = append(rows, []string{
				mdEscape(cv.ID), mdEscape(cv.Speaker),
				"`" + string(cv.Verdict) + "` (" + string(cv.Severity) + ")",
				strings.Join(cell, "<br>"),
			})
		}
	case CommandExtract:
		header = []string{"Quote", "Line:Col", "Kind", "Speaker", "Text"}
		for _, aq := range r.Result.Articles {
			for i := range aq.Quotes {
				q := &aq.Quotes[i]
				rows = append(rows, []string{
					mdEscape(q.ID), fmt.Sprintf("%d:%d", q.Line, q.Column), string(q.Kind),
					mdEscape(speakerOrNone(q)), mdEscape(q.Text),
				})
			}
		}
	case CommandSpeakers:
		header = []string{"Speaker", "Kind", "Aliases", "Quotes", "Total"}
		for _, s := range r.Result.Speakers {
			per, total := ix.speakerQuoteCounts(&r.Result, s.ID)
			rows = append(rows, []string{
				mdEscape(s.Name), mdEscape(s.Kind), mdEscape(strings.Join(s.Aliases, "; ")),
				mdEscape(strings.Join(per, ", ")), fmt.Sprint(total),
			})
		}
	}
	if len(rows) > 0 {
		b.WriteString(mdRow(header))
		b.WriteString("|" + strings.Repeat(":--|", len(header)) + "\n")
		for _, row := range rows {
			b.WriteString(mdRow(row))
		}
	}
	if _, err := io.WriteString(m.w, b.String()); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}

// mdRow writes one table row of cells already escaped.
func mdRow(cells []string) string {
	return "| " + strings.Join(cells, " | ") + " |\n"
}
