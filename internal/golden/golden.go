// Package golden compares test output with golden files under
// testdata/golden, as cmd/gofmt's tests do: `go test PKG -update` rewrites
// them, and the diff is reviewed before it is committed.
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// Check compares got with testdata/golden/name, or writes it there when
// update is set. pkg names the package in the hint the failure prints
// ("go test ./report -update").
func Check(t testing.TB, pkg, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test %s -update to create it)", err, pkg)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (go test %s -update rewrites it)\n--- got ---\n%s\n--- want ---\n%s", path, pkg, got, want)
	}
}
