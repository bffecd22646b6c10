package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvRenderer writes RFC 4180 CSV with a header row: for check, one row
// per shown finding; for extract, one per quote; for speakers, one per
// speaker. Quote text is written as it is (newlines included, quoted by
// the CSV rules) so a spreadsheet holds the exact words.
type csvRenderer struct{ w io.Writer }

func (c *csvRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	cw := csv.NewWriter(c.w)
	var rows [][]string
	switch r.Command {
	case CommandCheck:
		// Version a is the reference and b the version that departs from
		// it, so diff reads as the change a copy made, as it always has;
		// variant and outlets come after the original columns, so a
		// spreadsheet that reads columns by position keeps working.
		rows = append(rows, []string{"cluster", "speaker", "verdict", "severity",
			"article_a", "quote_a", "article_b", "quote_b", "diff", "variant", "outlets"})
		for _, cv := range r.clusterViews(ix, r.minSeverity(dataDefault)) {
			for _, d := range cv.Deviations {
				ref := d.RefQuote
				if ref == "" {
					ref = cv.Reference.Quote
				}
				artB := ""
				if len(d.Articles) > 0 {
					artB = d.Articles[0]
				}
				if d.Quote != "" {
					artB = ix.quoteArticle(d.Quote)
				}
				rows = append(rows, []string{
					cv.ID, cv.Speaker, string(d.Verdict), string(d.Severity),
					ix.quoteArticle(ref), ix.quoteText(ref), artB, d.Text, DiffPlain(d.Diff),
					d.ID, strings.Join(d.Outlets, "; "),
				})
			}
		}
	case CommandExtract:
		rows = append(rows, []string{"article", "outlet", "quote", "line", "column", "start", "end",
			"kind", "speaker", "speaker_id", "cue", "text"})
		for _, aq := range r.Result.Articles {
			for _, q := range aq.Quotes {
				rows = append(rows, []string{
					aq.Article.ID, outletOf(&aq.Article), q.ID, strconv.Itoa(q.Line), strconv.Itoa(q.Column),
					strconv.Itoa(q.Start), strconv.Itoa(q.End), string(q.Kind),
					q.Speaker, q.SpeakerID, q.Cue, q.Text,
				})
			}
		}
	case CommandSpeakers:
		rows = append(rows, []string{"speaker_id", "name", "kind", "aliases", "articles", "quotes"})
		for _, s := range r.Result.Speakers {
			_, total := ix.speakerQuoteCounts(&r.Result, s.ID)
			rows = append(rows, []string{s.ID, s.Name, s.Kind,
				strings.Join(s.Aliases, "; "), strings.Join(s.Articles, " "), strconv.Itoa(total)})
		}
	}
	for _, row := range rows[1:] {
		csvRow(row)
	}
	if err := cw.WriteAll(rows); err != nil {
		return fmt.Errorf("csv: %w", err)
	}
	return nil
}
