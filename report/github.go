package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// githubRenderer writes GitHub Actions workflow commands, one per shown
// deviating variant, errors first, so each shows as an annotation on a
// pull request. Each is placed on the deviating version (its first quote,
// or the span an article carries unquoted) and names the reference's place
// in its message. Only check has findings; the other commands write
// nothing.
type githubRenderer struct{ w io.Writer }

func (g *githubRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	if r.Command != CommandCheck {
		return nil
	}
	ix := newIndex(&r.Result)
	if err := g.annotateRecord(ix, r.Result.Record, r.minSeverity(readingDefault)); err != nil {
		return fmt.Errorf("github: %w", err)
	}
	for _, cd := range deviationsBySeverity(r.clusterViews(ix, r.minSeverity(readingDefault))) {
		if err := g.annotate(ix, cd.cv, cd.d); err != nil {
			return fmt.Errorf("github: %w", err)
		}
	}
	return nil
}

// clusterDeviation is one deviation with its cluster.
type clusterDeviation struct {
	cv clusterView
	d  variantView
}

// deviationsBySeverity lists every shown deviation, errors first, keeping
// the clusters' order within a severity.
func deviationsBySeverity(cvs []clusterView) []clusterDeviation {
	var out []clusterDeviation
	for _, cv := range cvs {
		for _, d := range cv.Deviations {
			out = append(out, clusterDeviation{cv, d})
		}
	}
	slices.SortStableFunc(out, func(a, b clusterDeviation) int {
		return cmp.Compare(sevRank(b.d.Severity), sevRank(a.d.Severity))
	})
	return out
}

func (g *githubRenderer) annotate(ix *index, cv clusterView, d variantView) error {
	at, ok := ix.deviationLocation(d)
	at, _ = ix.inFile(at) // an HTML input: the page's line (source.go)
	msg := deviationMessage(cv, d)
	if ref, refOK := ix.referenceLocation(cv, d); refOK {
		if ref, _ = ix.inFile(ref); !ok || ref != at {
			msg += fmt.Sprintf(" (reference: %s:%d:%d)", ref.Path, ref.Line, ref.Column)
		}
	}
	props := []string{}
	if ok {
		props = append(props,
			"file="+escapeProperty(at.Path),
			fmt.Sprintf("line=%d", at.Line),
			fmt.Sprintf("col=%d", at.Column))
	}
	props = append(props, "title="+escapeProperty("quotecheck: "+string(d.Verdict)))
	_, err := fmt.Fprintf(g.w, "::%s %s::%s\n", githubLevel(d.Severity), strings.Join(props, ","), escapeData(msg))
	return err
}

// deviationMessage is one deviation as a line of text for annotations:
// who, which outlets against which reference, what changed, then the
// words with the changes in place.
func deviationMessage(cv clusterView, d variantView) string {
	label := outletList(d.Outlets, outletLimit)
	if d.Span != nil {
		label += " (unquoted)"
	}
	if d.Speaker != "" {
		label += " (credited to " + d.Speaker + ")"
	}
	msg := cv.Speaker + ", " + label + " against the reference (" + outletList(cv.Reference.Outlets, outletLimit) + "): "
	if d.Changes != "" {
		msg += d.Changes + ": "
	}
	if len(d.Diff) > 0 {
		return msg + DiffPlain(d.Diff)
	}
	return msg + oneLine(d.Text)
}

// deviationLocation locates a deviation: its quote, or the span where an
// article carries the words unquoted.
func (ix *index) deviationLocation(d variantView) (location, bool) {
	if d.Span != nil {
		a, ok := ix.articles[d.Span.Article]
		if !ok {
			return location{}, false
		}
		return spanLocation(a, d.Span.Start, d.Span.End), true
	}
	if d.Quote == "" {
		return location{}, false
	}
	return ix.quoteLocation(d.Quote)
}

// referenceLocation locates the reference a deviation is measured
// against: the quote its finding names, else the reference's first.
func (ix *index) referenceLocation(cv clusterView, d variantView) (location, bool) {
	if d.RefQuote != "" {
		if l, ok := ix.quoteLocation(d.RefQuote); ok {
			return l, true
		}
	}
	if cv.Reference.Quote == "" {
		return location{}, false
	}
	return ix.quoteLocation(cv.Reference.Quote)
}

func githubLevel(s align.Severity) string {
	switch s {
	case align.Error:
		return "error"
	case align.Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message as the Actions toolkit
// does (toolkit/packages/core/src/command.ts).
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value: as the
// message, plus the ':' and ',' that would end the value.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
