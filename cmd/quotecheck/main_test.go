package main

import (
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the scripts run the real binary: testscript re-executes
// this test binary as "quotecheck", so exit codes are the process's own.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"quotecheck": main})
}

// TestScripts runs testdata/script/*.txtar end to end: exit codes,
// --fail-on, --baseline, --output and input errors.
func TestScripts(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "testdata", "sanctions"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: filepath.Join("testdata", "script"),
		Setup: func(e *testscript.Env) error {
			e.Setenv("SEEDS", seeds)
			e.Setenv("NO_COLOR", "1")
			return nil
		},
		Cmds: scriptCmds, // badinput_test.go: encode, for inputs txtar cannot hold
	})
}
