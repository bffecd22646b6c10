package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter/renderer"
)

// markdownRenderer writes a GitHub-flavoured Markdown table for a
// newsletter or a pull-request comment. tablewriter's Markdown renderer
// neither escapes | nor keeps a newline inside a cell, so every cell is
// escaped and made one line here first (mdEscape); several versions in
// one cell are separated by <br>, which GitHub renders as a line break.
type markdownRenderer struct{ w io.Writer }

func (m *markdownRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	if _, err := fmt.Fprintf(m.w, "**quotecheck %s**: %s\n\n", r.Command, mdEscape(r.summaryLine())); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	var header []string
	var rows [][]string
	switch r.Command {
	case CommandCheck:
		header = []string{"Speaker", "Outlets", "Verdict", "Versions"}
		for _, sc := range r.shownClusters() {
			var cell []string
			for _, v := range ix.versions(sc) {
				label := v.Label
				if v.Verdict != "" {
					label += " [" + string(v.Verdict) + "]"
				}
				text := mdEscape(v.Text)
				if len(v.Diff) > 0 {
					text = diffMarkdown(elideLong(v.Diff, displayWords))
				}
				if v.Changes != "" {
					text = "**" + mdEscape(v.Changes) + "**: " + text
				}
				cell = append(cell, "_"+mdEscape(label)+"_: "+text)
			}
			rows = append(rows, []string{
				mdEscape(ix.speakerName(sc.SpeakerID)),
				mdEscape(strings.Join(ix.outlets(sc), ", ")),
				"`" + string(sc.Verdict) + "`",
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
	if len(rows) == 0 {
		return nil
	}
	tb := newTable(m.w, renderer.NewMarkdown())
	tb.Header(header)
	if err := tb.Bulk(rows); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	if err := tb.Render(); err != nil {
		return fmt.Errorf("markdown: %w", err)
	}
	return nil
}
