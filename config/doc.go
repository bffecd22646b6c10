// Package config reads a project's .quotecheck.yaml: severity per verdict,
// the default fail and display levels, quotes and speakers to ignore, and
// outlet names per file pattern.
//
// The package hands plain data to the command, which merges it with its
// flags (a flag always wins) and passes it on; nothing here reaches into
// the checker.
//
//	# .quotecheck.yaml
//	severity:
//	  paraphrased-unquoted: info
//	  trimmed: error
//	fail_on: warning          # what fails the run (--fail-on)
//	min_severity: info        # what is shown (--min-severity)
//	ignore:
//	  quotes: ["no comment"]  # matched ignoring case, punctuation and spacing
//	  speakers: [A Spokesperson]
//	outlets:
//	  - {pattern: "bbc_*.txt", outlet: BBC}
//	  - {host: skynews.com, outlet: Sky News}
//	baseline: quotecheck-baseline.json  # relative to this file
package config
