// Command quotecheck finds quotes that differ between news outlets' versions
// of one story.
//
//	quotecheck check testdata/sanctions/
//	quotecheck extract --format json article.txt
//	quotecheck speakers *.txt
//
// Exit codes: 0 when no finding is at or above --fail-on, 1 when one is, 2
// for a usage or input error, 130 when interrupted (Ctrl-C) and 143 when
// terminated (SIGTERM), in which case no output file was changed.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		s := <-sigs
		cancel(interrupted{sig: s})
		// Said at once: the run may take a moment to reach a point where
		// it can stop.
		fmt.Fprintf(os.Stderr, "quotecheck: %s: stopping (again to quit at once)\n", signalName(s))
		// A second signal takes the default action and ends the process
		// at once, for a user who does not want to wait for the clean-up;
		// the temporary files it leaves are removed by a later run.
		signal.Stop(sigs)
	}()
	code := run(ctx, env{
		args:   os.Args,
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
	})
	cancel(nil)
	os.Exit(code)
}
