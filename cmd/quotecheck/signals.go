package main

import (
	"context"
	"errors"
	"os"
	"syscall"
)

// interrupted is the cause of the run's context when a signal stopped it.
type interrupted struct{ sig os.Signal }

func (i interrupted) Error() string { return "interrupted by " + signalName(i.sig) }

// signalName is the name a shell user knows: SIGINT for Ctrl-C.
func signalName(s os.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// exitCode follows the shell's convention, 128 + the signal's number: 130
// for SIGINT (Ctrl-C), 143 for SIGTERM.
func (i interrupted) exitCode() int {
	if s, ok := i.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 128 + int(syscall.SIGINT)
}

// interruptedBy returns the signal that cancelled ctx, if one did.
func interruptedBy(ctx context.Context) (interrupted, bool) {
	var i interrupted
	ok := errors.As(context.Cause(ctx), &i)
	return i, ok
}
