package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzConfig: any bytes either load or fail with an error naming the file;
// never a panic. A loaded config's methods must not panic either.
func FuzzConfig(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*.yaml"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"", "severity: {trimmed: info}\n", "a: &x [*x]\n", "fail_on: *q\n",
		"outlets:\n  - {pattern: '[', outlet: x}\n", "ignore: {quotes: [~, '']}\n",
		"severity:\n  <<: {trimmed: info}\n", "--- !!binary\n", "\xef\xbb\xbffail_on: error\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := LoadBytes("fuzz.yaml", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		c.Severities()
		c.IgnoreQuote(string(data))
		c.IgnoreSpeaker(string(data), "x")
		c.OutletFor(string(data))
		c.OutletFor("https://example.com/a/b.txt")
	})
}
