package quotes

import (
	"embed"
	"fmt"
	"strings"
)

// The word lists live in lexicon/<language>/*.txt, one entry a line, each
// file opening with comment lines (#) that say what it holds and where it
// came from, so that a reviewer edits data rather than Go code.
//
//go:embed lexicon/en/*.txt
var lexiconFiles embed.FS

// listLines returns the fields of every entry line of one embedded list.
// A missing or empty list is a build mistake, not an input error, so it
// panics at package initialisation, where every test run catches it.
func listLines(name string) [][]string {
	data, err := lexiconFiles.ReadFile("lexicon/en/" + name)
	if err != nil {
		panic(fmt.Sprintf("quotes: word list %s: %v", name, err))
	}
	var out [][]string
	for line := range strings.Lines(string(data)) {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	if len(out) == 0 {
		panic("quotes: word list " + name + " has no entries")
	}
	return out
}

// wordSet is the set of the first fields of the named lists.
func wordSet(names ...string) map[string]bool {
	m := make(map[string]bool)
	for _, n := range names {
		for _, f := range listLines(n) {
			m[f[0]] = true
		}
	}
	return m
}

// hasOption reports whether an entry's fields after the first hold opt,
// or a key=value option named opt (returned as its value).
func hasOption(fields []string, opt string) (string, bool) {
	for _, f := range fields[1:] {
		if f == opt {
			return "", true
		}
		if v, ok := strings.CutPrefix(f, opt+"="); ok {
			return v, true
		}
	}
	return "", false
}
