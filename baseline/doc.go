// Package baseline records a run's findings so that later runs only fail
// on new ones, the way linters' baselines let a team adopt a check
// without first fixing everything it finds.
//
// A finding is recorded by its content, never by line numbers: the
// speaker, the verdict and the normalised text of both versions. A quote
// that moves in an article, or whose punctuation changes, is still the
// recorded finding; a changed word makes a new one.
package baseline
