package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestProgressNothingWhenNotWanted(t *testing.T) {
	tests := []struct {
		name     string
		terminal bool
		total    int
	}{
		{"not a terminal, many inputs", false, 500},
		{"terminal, exactly the threshold", true, progressMinInputs},
		{"terminal, few inputs", true, 3},
		{"not a terminal, few inputs", false, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			p := newProgress(&buf, tt.terminal)
			for i := 0; i <= tt.total; i++ {
				p.update("reading", i, tt.total)
			}
			p.step("comparing the quotes of", tt.total)
			p.clear()
			if buf.Len() != 0 {
				t.Errorf("wrote %q, want nothing", buf.String())
			}
		})
	}
}

func TestProgressDrawsAndClears(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true)
	p.interval = 0 // draw every update
	p.update("reading", 0, 120)
	p.update("reading", 37, 120)
	if got, want := buf.String(), "\rquotecheck: reading 0/120 inputs\rquotecheck: reading 37/120 inputs"; got != want {
		t.Fatalf("drew %q, want %q", got, want)
	}
	buf.Reset()
	// A shorter line covers the end of the longer one before it.
	p.update("reading", 120, 120)
	p.update("analysing", 1, 120)
	p.update("ok", 2, 120)
	want := "\rquotecheck: reading 120/120 inputs" +
		"\rquotecheck: analysing 1/120 inputs" +
		"\rquotecheck: ok 2/120 inputs" + strings.Repeat(" ", len("analysing")-len("ok"))
	if got := buf.String(); got != want {
		t.Fatalf("drew %q, want %q", got, want)
	}
	buf.Reset()
	p.step("comparing the quotes of", 120)
	if got, want := buf.String(), "\rquotecheck: comparing the quotes of 120 inputs"; got != want {
		t.Fatalf("drew %q, want %q", got, want)
	}
	p.update("ok", 2, 120)
	buf.Reset()
	p.clear()
	if got := buf.String(); got != "\r"+strings.Repeat(" ", len("quotecheck: ok 2/120 inputs"))+"\r" {
		t.Errorf("clear wrote %q", got)
	}
	buf.Reset()
	p.clear() // a clear line needs no clearing
	if buf.Len() != 0 {
		t.Errorf("second clear wrote %q", buf.String())
	}
}

// TestProgressThrottled: within one interval only the first and the last
// update are drawn.
func TestProgressThrottled(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, true)
	p.interval = 1 << 62
	for i := 0; i <= 1000; i++ {
		p.update("reading", i, 1000)
	}
	if got, want := buf.String(), "\rquotecheck: reading 0/1000 inputs\rquotecheck: reading 1000/1000 inputs"; got != want {
		t.Errorf("drew %q, want %q", got, want)
	}
}

func TestProgressNil(t *testing.T) {
	var p *progress
	p.update("reading", 5, 100) // must not panic
	p.clear()
}

func TestIsTerminalBuffer(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
}
