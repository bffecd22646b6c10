package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// listDir returns the names in dir, sorted, so a test can see leftovers.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

var errDiskFull = errors.New("no space left on device")

// halfThenFail writes the first half of data and then fails, the way a
// renderer does when the disk fills up part way through a report.
func halfThenFail(data string) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, err := io.WriteString(w, data[:len(data)/2]); err != nil {
			return err
		}
		return errDiskFull
	}
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := io.WriteString(w, s)
		return err
	}
}

func TestWrite(t *testing.T) {
	const report = "| speaker | verdict |\n| --- | --- |\n| A Minister | wording-altered |\n"
	tests := []struct {
		name     string
		old      *string // existing contents at the target, nil for none
		dirThere bool    // a directory sits where the file should go
		fn       func(io.Writer) error
		wantErr  string  // "" for success; %s is replaced by the target path
		want     *string // contents at the target afterwards, nil for no file
		wantIs   error
	}{
		{
			name: "new file",
			fn:   writeString(report),
			want: ptr(report),
		},
		{
			name: "replaces an existing file",
			old:  ptr("old report\n"),
			fn:   writeString(report),
			want: ptr(report),
		},
		{
			name:    "failure half way leaves no file",
			fn:      halfThenFail(report),
			wantErr: "write %s: no space left on device",
			wantIs:  errDiskFull,
		},
		{
			name:    "failure half way keeps the old file",
			old:     ptr("old report\n"),
			fn:      halfThenFail(report),
			wantErr: "write %s: no space left on device",
			want:    ptr("old report\n"),
			wantIs:  errDiskFull,
		},
		{
			name:     "directory in the way",
			dirThere: true,
			fn:       writeString(report),
			wantErr:  "write %s: is a directory",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "report.md")
			if tt.old != nil {
				if err := os.WriteFile(path, []byte(*tt.old), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if tt.dirThere {
				if err := os.Mkdir(path, 0o755); err != nil {
					t.Fatal(err)
				}
			}
			before := listDir(t, dir)
			err := Write(path, tt.fn)
			if tt.wantErr == "" {
				if err != nil {
					t.Fatalf("Write: %v", err)
				}
			} else {
				want := strings.ReplaceAll(tt.wantErr, "%s", path)
				if err == nil || err.Error() != want {
					t.Fatalf("Write error = %v, want %q", err, want)
				}
				if tt.wantIs != nil && !errors.Is(err, tt.wantIs) {
					t.Errorf("errors.Is(%v, %v) = false", err, tt.wantIs)
				}
				if after := listDir(t, dir); fmt.Sprint(after) != fmt.Sprint(before) {
					t.Errorf("directory after a failed write = %q, want %q (a leftover temporary file?)", after, before)
				}
			}
			if tt.dirThere {
				if fi, err := os.Stat(path); err != nil || !fi.IsDir() {
					t.Errorf("the directory in the way was disturbed: %v", err)
				}
				return
			}
			got, err := os.ReadFile(path)
			switch {
			case tt.want == nil && err == nil:
				t.Errorf("file exists after a failed write, holding %q", got)
			case tt.want == nil && !errors.Is(err, os.ErrNotExist):
				t.Errorf("ReadFile: %v", err)
			case tt.want != nil && err != nil:
				t.Errorf("ReadFile: %v", err)
			case tt.want != nil && string(got) != *tt.want:
				t.Errorf("file = %q, want %q", got, *tt.want)
			}
			if tt.wantErr == "" {
				if after := listDir(t, dir); len(after) != 1 || after[0] != "report.md" {
					t.Errorf("directory after the write = %q, want only report.md", after)
				}
			}
		})
	}
}

func ptr(s string) *string { return &s }

func TestWriteMissingDirectory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no-such-dir", "out.json")
	err := WriteFile(path, []byte("{}\n"))
	want := "write " + path + ": no such file or directory"
	if err == nil || err.Error() != want {
		t.Fatalf("WriteFile error = %v, want %q", err, want)
	}
}

func TestWriteEmptyName(t *testing.T) {
	err := WriteFile("", []byte("x"))
	if err == nil || err.Error() != "write: empty file name" {
		t.Fatalf("WriteFile error = %v, want %q", err, "write: empty file name")
	}
}

// A panic in the writer function must not leave a temporary file behind,
// and must not be swallowed.
func TestWritePanicCleansUp(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.html")
	func() {
		defer func() {
			if r := recover(); r != "renderer bug" {
				t.Errorf("recovered %v, want the writer's panic", r)
			}
		}()
		Write(path, func(w io.Writer) error {
			io.WriteString(w, "<html>")
			panic("renderer bug")
		})
	}()
	if names := listDir(t, dir); len(names) != 0 {
		t.Errorf("directory after a panicking writer = %q, want empty", names)
	}
}

// The existing file's permissions survive a rewrite; a new file gets the
// umask's default rather than CreateTemp's 0600.
func TestWritePermissions(t *testing.T) {
	dir := t.TempDir()
	kept := filepath.Join(dir, "kept.json")
	if err := os.WriteFile(kept, []byte("{}"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(kept, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(kept, []byte(`{"a":1}`)); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(kept); fi.Mode().Perm() != 0o640 {
		t.Errorf("rewritten file mode = %v, want 0640", fi.Mode().Perm())
	}

	fresh := filepath.Join(dir, "fresh.json")
	if err := WriteFile(fresh, []byte("{}")); err != nil {
		t.Fatal(err)
	}
	ref := filepath.Join(dir, "ref")
	f, err := os.Create(ref)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	fiFresh, _ := os.Stat(fresh)
	fiRef, _ := os.Stat(ref)
	if fiFresh.Mode().Perm() != fiRef.Mode().Perm() {
		t.Errorf("new file mode = %v, want %v as os.Create gives", fiFresh.Mode().Perm(), fiRef.Mode().Perm())
	}
}

// TestRemoveStale: debris of a dead writer and files past the age limit go;
// a live writer's file, other hidden files and other people's temporary
// names stay.
func TestRemoveStale(t *testing.T) {
	dir := t.TempDir()
	// A pid above any kernel's pid_max never belongs to a live process.
	const deadPID = 2147483646
	live := os.Getppid()
	files := map[string]bool{ // name -> removed
		tempName("report.html", deadPID, "k3j9"): true,
		tempName("report.json", live, "a1"):      false,
		tempName("old.csv", live, "b2"):          true,  // aged below
		".report.html.tmp-abc":                   false, // not ours to judge
		".hidden-notes":                          false,
		"report.html":                            false,
		tempName("report.html", deadPID, "BAD!"): false, // not the pattern
	}
	for name := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleAge)
	if err := os.Chtimes(filepath.Join(dir, tempName("old.csv", live, "b2")), old, old); err != nil {
		t.Fatal(err)
	}
	removeStale(dir, staleAge)
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := errors.Is(err, fs.ErrNotExist); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}

// TestWriteContextCancelled: a cancelled write leaves the old file and no
// temporary file behind.
func TestWriteContextCancelled(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err := WriteContext(ctx, path, func(w io.Writer) error {
		cancel() // the interrupt arrives while the report is written
		_, err := io.WriteString(w, "new")
		return err
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("file = %q, want the old contents", data)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("directory holds %d entries, want only the report", len(ents))
	}
}
