package input

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// TestLoadProgress: the hook counts every input after directories are
// expanded, failed ones included, and ends at the total.
func TestLoadProgress(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"d/a.txt": "\"We will appeal,\" the club said.",
		"d/b.md":  "Nothing quoted here.",
		"d/c.png": "ignored: not an article extension",
		"e.txt":   "%PDF-1.4 not text",
	})
	var calls []string
	opts := Options{Progress: func(done, total int) { calls = append(calls, fmt.Sprintf("%d/%d", done, total)) }}
	arts, _, errs := Load(context.Background(), []string{filepath.Join(dir, "d"), filepath.Join(dir, "e.txt")}, opts)
	if len(arts) != 2 || len(errs) != 1 {
		t.Fatalf("got %d articles and errors %v, want 2 and one error", len(arts), errs)
	}
	if want := []string{"0/3", "1/3", "2/3", "3/3"}; !slices.Equal(calls, want) {
		t.Errorf("progress calls %v, want %v", calls, want)
	}
}
