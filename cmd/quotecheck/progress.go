package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"golang.org/x/term"
)

// progressMinInputs is how many inputs a run may have without a progress
// line: a handful of files is read before anyone would look.
const progressMinInputs = 20

// progressInterval is how often the line is redrawn at most; a terminal
// redrawn for each of 10,000 files slows the run for nothing.
const progressInterval = 100 * time.Millisecond

// progress is one line on standard error, "quotecheck: reading 37/120
// inputs", redrawn in place with a carriage return and cleared when the
// work is done, so that it never mixes with the report or the messages.
// A nil *progress draws nothing; its methods may be called from several
// goroutines.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	width    int // characters on the line now, 0 when it is clear
	last     time.Time
	interval time.Duration
}

// newProgress returns the progress line for w, or nil when there must be
// none: w is not a terminal (a log, a pipe, a CI job), where carriage
// returns would leave a mess. Whether there are enough inputs is decided
// per update, since a directory's files are counted only when it is read.
func newProgress(w io.Writer, isTerminal bool) *progress {
	if !isTerminal {
		return nil
	}
	return &progress{w: w, interval: progressInterval}
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// update shows that done of total inputs have gone through a stage
// ("reading", "analysing"). Nothing is drawn for progressMinInputs inputs
// or fewer.
func (p *progress) update(stage string, done, total int) {
	if p == nil || total <= progressMinInputs {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if done != 0 && done != total && now.Sub(p.last) < p.interval {
		return
	}
	p.last = now
	p.draw(fmt.Sprintf("quotecheck: %s %d/%d inputs", stage, done, total))
}

// step shows a stage that has no count of its own, such as comparing
// the quotes of all inputs with each other, under the same rule.
func (p *progress) step(stage string, total int) {
	if p == nil || total <= progressMinInputs {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.draw(fmt.Sprintf("quotecheck: %s %d inputs", stage, total))
}

// draw replaces the line with line; p.mu is held.
func (p *progress) draw(line string) {
	pad := ""
	if n := p.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n) // cover the end of a longer line
	}
	fmt.Fprintf(p.w, "\r%s%s", line, pad)
	p.width = len(line)
}

// clear removes the line, leaving the cursor at the start of the line, so
// that what is written next starts clean.
func (p *progress) clear() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.width == 0 {
		return
	}
	fmt.Fprintf(p.w, "\r%s\r", strings.Repeat(" ", p.width))
	p.width = 0
}
