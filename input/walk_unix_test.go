//go:build unix

package input

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// A named pipe in a directory is skipped with a warning instead of
// blocking the run until something writes to it; the files around it
// are read.
func TestLoadSkipsPipesInDirectories(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"in/a.txt": story, "in/c.txt": story})
	if err := syscall.Mkfifo("in/b.txt", 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.Symlink("b.txt", "in/d.txt"); err != nil {
		t.Fatal(err)
	}
	arts, warns, errs := Load(context.Background(), []string{"in"}, Options{})
	if len(errs) > 0 {
		t.Fatalf("errors %q", errorStrings(errs))
	}
	if got, want := ids(arts), []string{"a", "c"}; !equalStrings(got, want) {
		t.Errorf("articles = %q, want %q", got, want)
	}
	const why = "a named pipe, not a regular file; skipped (name it on the command line to read it as a stream)"
	wantWarns := []string{"in/b.txt: " + why, "in/d.txt: " + why}
	if got := warningStrings(warns); !equalStrings(got, wantWarns) {
		t.Errorf("warnings = %q\nwant %q", got, wantWarns)
	}
}

// A pipe named on the command line, as process substitution gives, is
// read as a stream.
func TestLoadReadsNamedPipeArgument(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := syscall.Mkfifo("feed", 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		f, err := os.OpenFile("feed", os.O_WRONLY, 0)
		if err == nil {
			_, err = f.WriteString(story)
			f.Close()
		}
		done <- err
	}()
	arts, warns, errs := Load(context.Background(), []string{"feed"}, Options{})
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 || len(warns) > 0 || len(arts) != 1 || arts[0].Text != story {
		t.Fatalf("errors %q warnings %q articles %d", errorStrings(errs), warningStrings(warns), len(arts))
	}
}

// An argument that is a symbolic link to a directory is walked, and its
// files are named under the link as the user gave it.
func TestLoadWalksSymlinkedDirectoryArgument(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"real/story/a.txt": story, "real/story/b.md": story})
	if err := os.Symlink(filepath.Join("real", "story"), "latest"); err != nil {
		t.Fatal(err)
	}
	arts, warns, errs := Load(context.Background(), []string{"latest"}, Options{})
	if len(errs) > 0 || len(warns) > 0 {
		t.Fatalf("errors %q warnings %q", errorStrings(errs), warningStrings(warns))
	}
	var paths []string
	for _, a := range arts {
		paths = append(paths, a.Path)
	}
	if want := []string{"latest/a.txt", "latest/b.md"}; !equalStrings(paths, want) {
		t.Errorf("paths = %q, want %q", paths, want)
	}
}
