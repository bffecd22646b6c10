package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/input"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/source"
	"github.com/urfave/cli/v2"
)

// loadSources reads and indexes the primary sources: files or URLs, read
// as articles are (decoding, HTML extraction), then parsed as a
// transcript, captions or a statement.
func loadSources(ctx context.Context, c *cli.Context, specs []sourceSpec) ([]*source.Index, error) {
	form, err := source.ParseForm(c.String("source-form"))
	if err != nil {
		return nil, fmt.Errorf("--source-form: %w", err)
	}
	paths := make([]string, len(specs))
	for i, sp := range specs {
		paths[i] = sp.path
	}
	arts, _, errs := input.Load(ctx, paths, input.Options{Timeout: c.Duration("timeout")})
	if len(errs) > 0 {
		return nil, fmt.Errorf("source %w", errors.Join(errs...))
	}
	if len(arts) != len(specs) {
		return nil, fmt.Errorf("source: %d of %d sources read (a source is named twice, or is a directory)", len(arts), len(specs))
	}
	var out []*source.Index
	for i, a := range arts {
		speaker := specs[i].speaker
		if speaker == "" {
			speaker = c.String("source-speaker")
		}
		src, err := source.Parse(a.Path, a.Text, source.Options{Form: form, Speaker: speaker})
		if err != nil {
			return nil, fmt.Errorf("source %w", err)
		}
		// errors named the file; results name the source by its ID
		src.ID, src.Path = a.ID, a.Path
		out = append(out, source.NewIndex(src, source.DefaultMatchOptions()))
	}
	return out, nil
}

// sourceSpec is one source to read and who speaks it, if the caller says.
type sourceSpec struct {
	path    string
	speaker string
}

// sourceSpecs lists the sources: --source, then the manifest's rows with
// role "source" (their speaker column names who speaks a statement).
func sourceSpecs(c *cli.Context, m *input.Manifest) []sourceSpec {
	var out []sourceSpec
	for _, p := range c.StringSlice("source") {
		out = append(out, sourceSpec{path: p})
	}
	for _, e := range m.Sources() {
		p := e.Path
		if p == "" {
			p = e.URL
		}
		if !slices.ContainsFunc(out, func(s sourceSpec) bool { return sameInput(s.path, p) }) {
			out = append(out, sourceSpec{path: p, speaker: e.Speaker})
		}
	}
	return out
}

// dropSources leaves out the articles that are sources: given with
// --source (a transcript next to the articles in a directory) or named a
// source by the manifest.
func dropSources(arts []quotes.Article, sources []string, m *input.Manifest) []quotes.Article {
	out := arts[:0]
	for _, a := range arts {
		if m.IsSource(a.Path, a.URL) || slices.ContainsFunc(sources, func(s string) bool { return sameInput(s, a.Path) }) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// sameInput reports whether two names are one file (by absolute path) or
// one URL.
func sameInput(a, b string) bool {
	if a == b {
		return true
	}
	fa, errA := filepath.Abs(a)
	fb, errB := filepath.Abs(b)
	return errA == nil && errB == nil && fa == fb
}

// recordFails reports whether a verdict against the record is at or
// above the severity that fails the run.
func recordFails(rec *align.Record, failOn align.Severity) bool {
	if rec == nil {
		return false
	}
	for _, chk := range rec.Checks {
		if chk.Severity.AtLeast(failOn) {
			return true
		}
	}
	return false
}

// runSources prints how each source was read.
func runSources(ctx context.Context, e env, c *cli.Context) (int, error) {
	if c.NArg() == 0 {
		return exitError, errors.New("sources: no input: name transcript, caption or statement files or URLs")
	}
	var specs []sourceSpec
	for _, p := range c.Args().Slice() {
		specs = append(specs, sourceSpec{path: p})
	}
	sources, err := loadSources(ctx, c, specs)
	if err != nil {
		return exitError, err
	}
	for _, ix := range sources {
		for _, line := range source.Describe(ix.Source()) {
			fmt.Fprintln(e.stdout, line)
		}
	}
	return exitClean, nil
}
