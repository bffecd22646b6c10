package main

import (
	"fmt"
	"os"
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
		Cmds: allScriptCmds(),
		// [root]: permission bits do not stop root, so a read-only
		// directory test is only meaningful for other users.
		Condition: func(cond string) (bool, error) {
			if cond == "root" {
				return os.Geteuid() == 0, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// allScriptCmds adds interrupt (interrupt_test.go) to scriptCmds
// (badinput_test.go: encode, for inputs txtar cannot hold).
func allScriptCmds() map[string]func(*testscript.TestScript, bool, []string) {
	cmds := map[string]func(*testscript.TestScript, bool, []string){"interrupt": cmdInterrupt}
	for name, fn := range scriptCmds {
		cmds[name] = fn
	}
	return cmds
}
