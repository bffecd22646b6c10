// Command quotecheck finds quotes that differ between news outlets' versions
// of one story.
//
//	quotecheck check testdata/sanctions/
//	quotecheck extract --format json article.txt
//	quotecheck speakers *.txt
//
// Exit codes: 0 when no finding is at or above --fail-on, 1 when one is, 2
// for a usage or input error.
package main

import (
	"context"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, env{
		args:   os.Args,
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		getenv: os.Getenv,
	})
	stop()
	os.Exit(code)
}
