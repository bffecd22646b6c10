package main

import (
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/report"
)

// messages writes the command's own lines on standard error. Every line
// goes through report.Visible: file names, outlet names and server
// messages are untrusted, and an escape sequence in one could retitle or
// recolour the terminal, or hide text with bidi overrides.
type messages struct {
	w       io.Writer
	quiet   bool // --quiet: no warnings
	verbose bool // --verbose: say what the run used and wrote
}

func (m *messages) line(format string, args ...any) {
	fmt.Fprintf(m.w, "quotecheck: %s\n", report.Visible(fmt.Sprintf(format, args...), false))
}

// errorf reports a problem; never silenced.
func (m *messages) errorf(format string, args ...any) { m.line(format, args...) }

// warnf reports something that looks wrong; --quiet silences it.
func (m *messages) warnf(format string, args ...any) {
	if !m.quiet {
		m.line("warning: "+format, args...)
	}
}

// infof says what the run is doing; only with --verbose.
func (m *messages) infof(format string, args ...any) {
	if m.verbose {
		m.line(format, args...)
	}
}
