package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// githubRenderer writes GitHub Actions workflow commands, one per shown
// finding, so findings appear as annotations on a pull request. Each is
// placed at version B (the one that departs from A, or the unquoted span)
// and names version A's place in its message. Only check has findings;
// the other commands write nothing.
type githubRenderer struct{ w io.Writer }

func (g *githubRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	if r.Command != CommandCheck {
		return nil
	}
	ix := newIndex(&r.Result)
	for _, sc := range r.shownClusters() {
		for _, f := range sc.Shown {
			if err := g.finding(ix, sc, f); err != nil {
				return fmt.Errorf("github: %w", err)
			}
		}
	}
	return nil
}

func (g *githubRenderer) finding(ix *index, sc shownCluster, f align.Finding) error {
	aLoc, aOK := ix.quoteLocation(f.A)
	bLoc, bOK := findingBLocation(ix, f)
	aLoc, _ = ix.inFile(aLoc) // an HTML input: the page's line (source.go)
	bLoc, _ = ix.inFile(bLoc)
	at := bLoc
	if !bOK {
		at, bOK = aLoc, aOK
	}
	_, msg := ix.findingMessage(sc, f)
	if aOK && at != aLoc {
		msg += fmt.Sprintf(" (version A: %s:%d:%d)", aLoc.Path, aLoc.Line, aLoc.Column)
	}
	props := []string{}
	if bOK {
		props = append(props,
			"file="+escapeProperty(at.Path),
			fmt.Sprintf("line=%d", at.Line),
			fmt.Sprintf("col=%d", at.Column))
	}
	props = append(props, "title="+escapeProperty("quotecheck: "+string(f.Verdict)))
	_, err := fmt.Fprintf(g.w, "::%s %s::%s\n", githubLevel(f.Severity), strings.Join(props, ","), escapeData(msg))
	return err
}

// findingBLocation locates a finding's version B: a quote, or the span
// where an article carries the words unquoted.
func findingBLocation(ix *index, f align.Finding) (location, bool) {
	if f.BSpan != nil {
		a, ok := ix.articles[f.BSpan.Article]
		if !ok {
			return location{}, false
		}
		return spanLocation(a, f.BSpan.Start, f.BSpan.End), true
	}
	if f.B == "" {
		return location{}, false
	}
	return ix.quoteLocation(f.B)
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
