package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdInterrupt is the script command
//
//	interrupt SIGNAL FIFO WANTCODE quotecheck ARGS...
//
// It makes FIFO a named pipe, starts quotecheck with ARGS (which should
// name FIFO last), and waits until quotecheck opens the pipe: it is then
// reading its inputs, with its signal handler installed. It sends SIGNAL
// (INT or TERM), waits for quotecheck to say it is stopping, and only then
// ends the pipe, so the run goes on only after the interrupt has been
// taken. quotecheck's exit code must be WANTCODE; its standard error is
// left in the file interrupt.stderr. Nothing here depends on timing.
func cmdInterrupt(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 5 || args[3] != "quotecheck" {
		ts.Fatalf("usage: interrupt INT|TERM FIFO WANTCODE quotecheck ARGS...")
	}
	sig := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM}[args[0]]
	if sig == 0 {
		ts.Fatalf("interrupt: unknown signal %q", args[0])
	}
	fifo := ts.MkAbs(args[1])
	want, err := strconv.Atoi(args[2])
	ts.Check(err)
	ts.Check(syscall.Mkfifo(fifo, 0o600))

	cmd := exec.Command("quotecheck", args[4:]...)
	cmd.Dir = ts.Getenv("WORK")
	cmd.Env = append(os.Environ(), "PATH="+ts.Getenv("PATH"), "HOME="+ts.Getenv("HOME"), "NO_COLOR=1")
	if path, err := exec.LookPath("quotecheck"); err == nil {
		cmd.Path = path
	} else {
		cmd.Path = filepath.Join(strings.Split(ts.Getenv("PATH"), string(os.PathListSeparator))[0], "quotecheck")
	}
	stderr, err := cmd.StderrPipe()
	ts.Check(err)
	ts.Check(cmd.Start())

	// Opening the write end blocks until quotecheck opens the read end.
	w, err := os.OpenFile(fifo, os.O_WRONLY, 0)
	ts.Check(err)
	fmt.Fprintln(w, `"We will fight this all the way," the spokesman said.`)
	ts.Check(cmd.Process.Signal(sig))

	var got strings.Builder
	sc := bufio.NewScanner(stderr)
	said := make(chan bool, 1)
	go func() {
		for sc.Scan() {
			got.WriteString(sc.Text() + "\n")
			if strings.Contains(sc.Text(), "stopping") {
				said <- true
				return
			}
		}
		said <- false
	}()
	// Not a measurement: a guard so that a quotecheck that ignores the
	// signal fails the test instead of hanging it on the open pipe.
	select {
	case ok := <-said:
		if !ok {
			ts.Fatalf("quotecheck ended without saying it was stopping:\n%s", got.String())
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		ts.Fatalf("quotecheck did not take the signal")
	}
	w.Close() // quotecheck's read ends; it must now find its context cancelled
	for sc.Scan() {
		got.WriteString(sc.Text() + "\n")
	}
	err = cmd.Wait()
	ts.Check(os.WriteFile(ts.MkAbs("interrupt.stderr"), []byte(got.String()), 0o644))
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		ts.Check(err)
	}
	if code != want {
		ts.Fatalf("quotecheck exited %d, want %d; stderr:\n%s", code, want, got.String())
	}
}
