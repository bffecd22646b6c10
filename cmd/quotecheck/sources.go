package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/input"
	"github.com/quotecheck/quotecheck/source"
	"github.com/urfave/cli/v2"
)

// loadSources reads and indexes the primary sources: files or URLs, read
// as articles are (decoding, HTML extraction), then parsed as a
// transcript, captions or a statement.
func loadSources(ctx context.Context, c *cli.Context, paths []string) ([]*source.Index, error) {
	form, err := source.ParseForm(c.String("source-form"))
	if err != nil {
		return nil, fmt.Errorf("--source-form: %w", err)
	}
	arts, _, errs := input.Load(ctx, paths, input.Options{Timeout: c.Duration("timeout")})
	if len(errs) > 0 {
		return nil, fmt.Errorf("source %w", errors.Join(errs...))
	}
	var out []*source.Index
	for _, a := range arts {
		src, err := source.Parse(a.ID, a.Text, source.Options{Form: form, Speaker: c.String("source-speaker")})
		if err != nil {
			return nil, fmt.Errorf("source %w", err)
		}
		src.Path = a.Path
		out = append(out, source.NewIndex(src, source.DefaultMatchOptions()))
	}
	return out, nil
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
	sources, err := loadSources(ctx, c, c.Args().Slice())
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
