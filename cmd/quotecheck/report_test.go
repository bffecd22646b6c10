package main

import (
	"bytes"
	"context"
	"flag"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/quotecheck/quotecheck/internal/golden"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestCheckReportFits runs the default check of the bundled story as a
// reader would, at 80 and 100 columns: the report fits the width, is short
// enough to read in a minute, starts with the errors, and counts the
// identical and single-source clusters instead of listing them. The output
// is kept in testdata/golden (go test ./cmd/... -update rewrites it) for
// review and for the README.
func TestCheckReportFits(t *testing.T) {
	seeds := filepath.Join("..", "..", "testdata", "sanctions")
	tests := []struct {
		columns  string
		maxLines int
	}{
		{"100", 150},
		{"80", 200},
	}
	for _, tt := range tests {
		t.Run(tt.columns, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), env{
				args:   []string{"quotecheck", "check", "--manifest", filepath.Join(seeds, "manifest.csv"), seeds},
				stdout: &stdout, stderr: &stderr,
				getenv: func(k string) string { return map[string]string{"COLUMNS": tt.columns, "NO_COLOR": "1"}[k] },
			})
			if code != exitFindings {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
			}
			out := stdout.String()
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) > tt.maxLines {
				t.Errorf("%d lines at %s columns, want at most %d", len(lines), tt.columns, tt.maxLines)
			}
			width, err := strconv.Atoi(tt.columns)
			if err != nil {
				t.Fatal(err)
			}
			for i, l := range lines {
				if w := runewidth.StringWidth(l); w > width {
					t.Errorf("line %d is %d columns wide, more than %d: %q", i+1, w, width, l)
				}
			}
			// The first variant listed is an error, and no info-level one
			// is listed at all.
			first := ""
			for _, l := range lines {
				if strings.Contains(l, "(error), ") || strings.Contains(l, "(warning), ") || strings.Contains(l, "(info), ") {
					first = l
					break
				}
			}
			if !strings.Contains(first, "(error), ") {
				t.Errorf("the first variant listed is not an error: %q", first)
			}
			if strings.Contains(out, "(info), ") {
				t.Error("an info-level variant is listed by default")
			}
			summary := strings.Join(lines[max(0, len(lines)-6):], " ")
			for _, want := range []string{"identical", "single-source", "--min-severity info"} {
				if !strings.Contains(summary, want) {
					t.Errorf("the summary does not count %q clusters:\n%s", want, summary)
				}
			}
			checkGolden(t, "check-"+tt.columns+".txt", stdout.Bytes())
		})
	}
}

// checkGolden compares got with testdata/golden/name, or rewrites it
// with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, "./cmd/...", name, got, *update)
}
