package report

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// The record's part of the JSON (docs/json-v1.md, "record").
type jsonRecord struct {
	Sources []jsonRecordSource `json:"sources"`
	Outlets []jsonOutletAcc    `json:"outlets"`
	Checks  []jsonRecordCheck  `json:"checks"`
}

type jsonRecordSource struct {
	ID       string   `json:"id"`
	Path     string   `json:"path"`
	Form     string   `json:"form"`
	Speakers []string `json:"speakers"`
	Words    int      `json:"words"`
}

type jsonOutletAcc struct {
	Outlet        string `json:"outlet"`
	Checked       int    `json:"checked"`
	Verbatim      int    `json:"verbatim"`
	Faithful      int    `json:"faithful"`
	Altered       int    `json:"altered"`
	Misattributed int    `json:"misattributed"`
	NotFound      int    `json:"not_found"`
}

type jsonRecordCheck struct {
	Quote    string       `json:"quote"`
	Article  string       `json:"article"`
	Outlet   string       `json:"outlet"`
	Cluster  *string      `json:"cluster"`
	Verdict  string       `json:"verdict"`
	Severity string       `json:"severity"`
	Credited *string      `json:"credited"`
	Source   *jsonPassage `json:"source"`
	Diff     []jsonOp     `json:"diff"`
}

type jsonPassage struct {
	ID      string  `json:"id"`
	Speaker *string `json:"speaker"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Line    int     `json:"line"`
	Cue     *string `json:"cue"`
	Text    string  `json:"text"`
	Pieces  int     `json:"pieces"`
	Lines   []int   `json:"lines"`
}

func jsonRecordOf(rec *align.Record, min align.Severity) *jsonRecord {
	if rec == nil {
		return nil
	}
	out := &jsonRecord{Sources: []jsonRecordSource{}, Outlets: []jsonOutletAcc{}, Checks: []jsonRecordCheck{}}
	for _, s := range rec.Sources {
		sp := s.Speakers
		if sp == nil {
			sp = []string{}
		}
		out.Sources = append(out.Sources, jsonRecordSource{s.ID, s.Path, s.Form, sp, s.Words})
	}
	for _, o := range rec.Outlets {
		out.Outlets = append(out.Outlets, jsonOutletAcc(o))
	}
	for _, c := range rec.Checks {
		if min != "" && !c.Severity.AtLeast(min) {
			continue
		}
		jc := jsonRecordCheck{Quote: c.Quote, Article: c.Article, Outlet: c.Outlet, Cluster: nullable(c.Cluster),
			Verdict: string(c.Verdict), Severity: string(c.Severity), Credited: nullable(c.Credited), Diff: []jsonOp{}}
		for _, op := range c.Diff {
			jc.Diff = append(jc.Diff, jsonOp{Op: op.Op, Text: op.Text})
		}
		jc.Source = jsonPassageOf(c.Passage)
		out.Checks = append(out.Checks, jc)
	}
	return out
}

// faithful reports the verdicts that keep to the record.
func faithful(v align.Verdict) bool {
	switch v {
	case align.Identical, align.PunctuationOnly, align.Fragment, align.Ellipsis:
		return true
	}
	return false
}

// htmlRecord is the record's part of the HTML page: the outlet accuracy
// table, then each outlet's deviations from the record.
type htmlRecord struct {
	Sources    string
	Outlets    []align.OutletAccuracy
	Deviations []htmlRecordDeviation
}

type htmlRecordDeviation struct {
	Outlet, Credited, Where string
	Verdict                 align.Verdict
	Severity                align.Severity
	Words                   template.HTML // escaped, with <del>/<ins>
}

func htmlRecordOf(rec *align.Record, min align.Severity) *htmlRecord {
	if rec == nil {
		return nil
	}
	var ids []string
	for _, s := range rec.Sources {
		ids = append(ids, s.ID)
	}
	h := &htmlRecord{Sources: strings.Join(ids, ", "), Outlets: rec.Outlets}
	for _, o := range rec.Outlets {
		for _, c := range rec.Checks {
			if c.Outlet != o.Outlet || faithful(c.Verdict) || min != "" && !c.Severity.AtLeast(min) {
				continue
			}
			d := htmlRecordDeviation{Outlet: c.Outlet, Credited: c.Credited, Where: where(c), Verdict: c.Verdict, Severity: c.Severity}
			if d.Credited == "" {
				d.Credited = "nobody named"
			}
			if len(c.Diff) > 0 {
				d.Words = template.HTML(diffHTML(c.Diff, 0))
			} else {
				d.Words = template.HTML(html.EscapeString(c.Quote))
			}
			h.Deviations = append(h.Deviations, d)
		}
	}
	return h
}

// where says where the record has a quote's words.
func where(c align.RecordCheck) string {
	p := c.Passage
	if p == nil {
		return "not in the record"
	}
	w := fmt.Sprintf("record: %s line %d", p.Source, p.Line)
	if len(p.Lines) > 1 {
		var ls []string
		for _, l := range p.Lines {
			ls = append(ls, fmt.Sprint(l))
		}
		w = fmt.Sprintf("record: %s, %d pieces joined, lines %s", p.Source, len(p.Lines), strings.Join(ls, ", "))
	}
	if p.Cue != "" {
		w += " at " + p.Cue
	}
	if p.Speaker != "" {
		w += ", said by " + p.Speaker
	}
	return w
}

// recordLines writes the outlet accuracy table, then each outlet's
// deviations from the record: what a reader wants first when a source is
// given. Deviations below min are left out.
func recordLines(rec *align.Record, min align.Severity) []string {
	if rec == nil {
		return nil
	}
	var ids []string
	for _, s := range rec.Sources {
		ids = append(ids, s.ID)
	}
	lines := []string{"Against the record (" + strings.Join(ids, ", ") + "):", ""}
	w := len("Outlet")
	for _, o := range rec.Outlets {
		w = max(w, len([]rune(o.Outlet)))
	}
	lines = append(lines, fmt.Sprintf("%-*s  %7s  %8s  %8s  %7s  %13s  %9s", w, "Outlet", "checked", "verbatim", "faithful", "altered", "misattributed", "not found"))
	for _, o := range rec.Outlets {
		lines = append(lines, fmt.Sprintf("%-*s  %7d  %8d  %8d  %7d  %13d  %9d", w, o.Outlet, o.Checked, o.Verbatim, o.Faithful, o.Altered, o.Misattributed, o.NotFound))
	}
	for _, o := range rec.Outlets {
		var dev []string
		for _, c := range rec.Checks {
			if c.Outlet != o.Outlet || faithful(c.Verdict) || min != "" && !c.Severity.AtLeast(min) {
				continue
			}
			loc := where(c)
			credited := c.Credited
			if credited == "" {
				credited = "unattributed"
			}
			dev = append(dev, fmt.Sprintf("  %s (%s) %s, credited to %s; %s", c.Verdict, c.Severity, c.Quote, credited, loc))
			if c.Passage != nil {
				dev = append(dev, "    "+diffText(c.Diff))
			}
		}
		if len(dev) > 0 {
			lines = append(lines, "", o.Outlet+" against the record:")
			lines = append(lines, dev...)
		}
	}
	return append(lines, "")
}

// diffText writes a diff with deletions [-…-] and insertions {+…+}.
func diffText(ops []align.Op) string {
	var parts []string
	for _, op := range ops {
		switch op.Op {
		case opDelete:
			parts = append(parts, "[-"+op.Text+"-]")
		case opInsert:
			parts = append(parts, "{+"+op.Text+"+}")
		default:
			parts = append(parts, op.Text)
		}
	}
	return strings.Join(parts, " ")
}

// writeRecord writes recordLines to w.
func writeRecord(w io.Writer, rec *align.Record, min align.Severity) error {
	for _, l := range recordLines(rec, min) {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return fmt.Errorf("write record: %w", err)
		}
	}
	return nil
}

func jsonPassageOf(p *align.SourcePassage) *jsonPassage {
	if p == nil {
		return nil
	}
	return &jsonPassage{ID: p.Source, Speaker: nullable(p.Speaker), Start: p.Start, End: p.End,
		Line: p.Line, Cue: nullable(p.Cue), Text: p.Text, Pieces: p.Pieces, Lines: p.Lines}
}

// recordLine is a cluster's passage in the record, as one line: where it
// was said and by whom, then the words; "" when no source has it.
func recordLine(r *Report, cluster string) string {
	for i := range r.Result.Clusters {
		c := &r.Result.Clusters[i]
		if c.ID != cluster || c.Source == nil {
			continue
		}
		p := c.Source
		head := fmt.Sprintf("record (%s line %d", p.Source, p.Line)
		if p.Cue != "" {
			head += " at " + p.Cue
		}
		if p.Speaker != "" {
			head += ", " + p.Speaker
		}
		return head + "): " + p.Text
	}
	return ""
}

// annotateRecord writes one annotation per deviation from the record, on
// the quote, errors first: in a pull request the record speaks first.
func (g *githubRenderer) annotateRecord(ix *index, rec *align.Record, min align.Severity) error {
	if rec == nil {
		return nil
	}
	for _, sev := range align.Severities() {
		for _, c := range rec.Checks {
			if c.Severity != sev || faithful(c.Verdict) || !c.Severity.AtLeast(min) {
				continue
			}
			credited := c.Credited
			if credited == "" {
				credited = "nobody named"
			}
			msg := fmt.Sprintf("%s against the record: credited to %s; %s", c.Verdict, credited, where(c))
			if c.Passage != nil {
				msg += ": " + diffText(c.Diff)
			}
			props := []string{}
			if at, ok := ix.quoteLocation(c.Quote); ok {
				props = append(props, "file="+escapeProperty(at.Path), fmt.Sprintf("line=%d", at.Line), fmt.Sprintf("col=%d", at.Column))
			}
			props = append(props, "title="+escapeProperty("quotecheck: "+string(c.Verdict)))
			if _, err := fmt.Fprintf(g.w, "::%s %s::%s\n", githubLevel(c.Severity), strings.Join(props, ","), escapeData(msg)); err != nil {
				return err
			}
		}
	}
	return nil
}
