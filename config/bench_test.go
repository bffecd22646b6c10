package config

import (
	"strings"
	"testing"
)

// Every quote of a run goes through IgnoreQuote, so its cost is per quote.
func BenchmarkIgnoreQuote(b *testing.B) {
	c, err := LoadBytes("q.yaml", []byte("ignore:\n  quotes: [no comment, \"We do not comment on leaks\", thoughts and prayers]\n"))
	if err != nil {
		b.Fatal(err)
	}
	text := "“The cost of living is the single biggest issue on the doorstep – and it isn’t close,” she said."
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.IgnoreQuote(text)
	}
}

func BenchmarkLoad(b *testing.B) {
	var src strings.Builder
	src.WriteString("severity:\n  trimmed: error\n  fragment: warning\nfail_on: warning\nignore:\n  quotes:\n")
	for range 200 {
		src.WriteString("    - \"We have nothing further to add at this time\"\n")
	}
	src.WriteString("outlets:\n")
	for range 50 {
		src.WriteString("  - {pattern: \"outlet_*.txt\", outlet: Outlet}\n")
	}
	data := []byte(src.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadBytes("q.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
