package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Any text is read without a panic, every word's offsets point at its
// text, and any quote is matched without a panic.
func FuzzParseMatch(f *testing.F) {
	files, _ := filepath.Glob("testdata/*")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err == nil {
			f.Add(string(data), "Rents are too high … We will cap the fees", "Ellison")
		}
	}
	f.Add("WEBVTT\n\n00:01.000 --> 00:02.000\n<v>\n", "x", "")
	f.Add("[\n(\n<v \n-->\nQ  \n>>\n", "[…] [", "Q")
	f.Add("A: b -- b -- b uh, uh.\nA: b", "b b b", "A")
	f.Fuzz(func(t *testing.T, text, quote, credited string) {
		for _, form := range []Form{"", Transcript, WebVTT, SRT, Statement} {
			src, err := Parse("f", text, Options{Form: form})
			if err != nil {
				if !strings.HasPrefix(err.Error(), "f: ") {
					t.Fatalf("error %q does not name the source", err)
				}
				continue
			}
			for _, w := range src.Words {
				if w.Start < 0 || w.End > len(text) || text[w.Start:w.End] != w.Text {
					t.Fatalf("word %q at %d:%d", w.Text, w.Start, w.End)
				}
			}
			m := NewIndex(src, DefaultMatchOptions()).Match(quote, credited)
			for _, p := range m.Pieces {
				if p.Start < 0 || p.End > len(text) || p.Start > p.End {
					t.Fatalf("piece %d:%d", p.Start, p.End)
				}
			}
			_ = Describe(src)
		}
	})
}

func TestByline(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"Statement by Governor Jane Roe on the Flood Relief Package", "Governor Jane Roe"},
		{"Remarks of Senator Ann Kerr at the Harbor Summit", "Senator Ann Kerr"},
		{"By Jane Roe", "Jane Roe"},
		{"Jane Roe said:", "Jane Roe"},
		{"Prepared remarks from Mayor Luis Ortega, March 3", "Mayor Luis Ortega"},
		{"The storm moved east overnight.", ""},
		{"Statement on the budget", ""},
		{"by the way, we were wrong", ""},
	} {
		if got := byline(tt.line); got != tt.want {
			t.Errorf("byline(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}
