package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/quotecheck/quotecheck/atomicfile"
	"github.com/quotecheck/quotecheck/input"
	"github.com/quotecheck/quotecheck/report"
)

// output is one rendering of the report: to standard output ("-") or to a
// file.
type output struct {
	format string
	path   string
	flag   string // how messages name it: "--output html=r.html", "--write-baseline b.json"
}

// outputs reads --format and --output into the list of renderings, and
// checks every format and path before any work is done.
func outputs(c *cli.Context) ([]output, error) {
	outs := []output{{format: c.String("format"), path: "-", flag: "--format " + c.String("format")}}
	for _, spec := range c.StringSlice("output") {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("--output %q: want FORMAT=PATH, e.g. html=report.html", spec)
		}
		outs = append(outs, output{format: format, path: path, flag: "--output " + spec})
	}
	for _, o := range outs {
		if _, err := report.New(o.format, io.Discard); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// isDevice says whether path is written in place rather than replaced:
// /dev/null, /dev/stdout, a pipe. Renaming a temporary file over
// /dev/stdout would replace the device node, not write to it, and when
// standard output is redirected to a file /dev/stdout looks like a regular
// file, so anything under /dev or /proc that exists counts.
func isDevice(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || fi.IsDir() {
		return false
	}
	return !fi.Mode().IsRegular() || underSystemDir(path)
}

func underSystemDir(path string) bool {
	abs, err := filepath.Abs(path)
	return err == nil && (strings.HasPrefix(abs, "/dev/") || strings.HasPrefix(abs, "/proc/"))
}

// checkOutputPath refuses, before any input is read, an output that could
// only fail after all the work: a directory in the way, a missing or
// read-only directory.
func checkOutputPath(o output) error {
	if o.path == "-" || isDevice(o.path) {
		return nil
	}
	fi, err := os.Stat(o.path)
	switch {
	case err == nil && fi.IsDir():
		return fmt.Errorf("%s: %s is a directory", o.flag, o.path)
	case err != nil && underSystemDir(o.path):
		return fmt.Errorf("%s: no such device", o.flag)
	}
	dir := filepath.Dir(o.path)
	fi, err = os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: directory %s does not exist", o.flag, dir)
	case err != nil:
		return fmt.Errorf("%s: %w", o.flag, err)
	case !fi.IsDir():
		return fmt.Errorf("%s: %s is not a directory", o.flag, dir)
	}
	// Permission bits do not tell (root ignores them; a read-only mount
	// does not show in them): try what the write will do.
	probe, err := os.CreateTemp(dir, ".quotecheck-probe-*")
	if err != nil {
		return fmt.Errorf("%s: cannot write in directory %s: %w", o.flag, dir, unwrapPathErr(err))
	}
	probe.Close()
	os.Remove(probe.Name())
	return nil
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile is a file the run reads and an output must never replace.
type readFile struct {
	path string
	what string // "input", "--manifest", "--config", "--baseline"
}

// checkOutputs refuses, before any work, two outputs to one file and an
// output that is one of the files the run reads: replacing it would
// destroy the input. Files are compared by identity (device and inode), so
// a different spelling, a symbolic or a hard link is caught too. The one
// overlap allowed is --write-baseline on the --baseline file: rewriting a
// baseline is what the flag is for.
func checkOutputs(outs []output, reads []readFile, writeBaseline string) error {
	type seen struct {
		o  output
		fi fs.FileInfo // nil when the file does not exist yet
		at string      // absolute path, for files that do not exist yet
	}
	var done []seen
	stdout := ""
	for _, o := range outs {
		if o.path == "-" {
			if stdout != "" {
				return fmt.Errorf("%s: standard output is already taken by %s", o.flag, stdout)
			}
			stdout = o.flag
			continue
		}
		if err := checkOutputPath(o); err != nil {
			return err
		}
		if isDevice(o.path) {
			continue // /dev/null twice is fine; nothing there to destroy
		}
		s := seen{o: o, at: absPath(o.path)}
		if fi, err := os.Stat(o.path); err == nil {
			s.fi = fi
		}
		for _, d := range done {
			same := s.at == d.at
			if s.fi != nil && d.fi != nil {
				same = os.SameFile(s.fi, d.fi)
			}
			if same {
				return fmt.Errorf("%s: the same file as %s: each output needs its own file", o.flag, d.o.flag)
			}
		}
		done = append(done, s)
		if s.fi == nil {
			continue // a new file cannot be an input
		}
		for _, r := range reads {
			if r.what == "--baseline" && o.path == writeBaseline && o.flag == "--write-baseline "+writeBaseline {
				continue
			}
			fi, err := os.Stat(r.path)
			if err != nil || !fi.Mode().IsRegular() || !os.SameFile(fi, s.fi) {
				continue
			}
			name := r.what + " " + r.path
			if r.what == "input" {
				name = "the input " + r.path
			}
			return fmt.Errorf("%s would overwrite %s: write the report somewhere else", o.flag, name)
		}
	}
	return nil
}

// absPath is path made absolute with its directory's symbolic links
// resolved, so two spellings of a file not yet written compare equal.
func absPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(dir, filepath.Base(abs))
	}
	return abs
}

// inputFiles lists the local files among the command's arguments: what an
// output must not overwrite. URLs and standard input cannot be.
func inputFiles(args []string) []readFile {
	var out []readFile
	for _, a := range args {
		if a == "-" || input.IsURL(a) {
			continue
		}
		out = append(out, readFile{path: a, what: "input"})
	}
	return out
}

// writeFile writes one output file: a device in place, anything else
// atomically (complete or not at all, and not at all when ctx is cancelled
// first).
func writeFile(ctx context.Context, path string, fn func(io.Writer) error) error {
	if !isDevice(path) {
		return atomicfile.WriteContext(ctx, path, fn)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	// O_APPEND: /dev/stdout redirected to a file reopens that file at
	// offset 0, which would overwrite what was already written to it.
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPathErr(err))
	}
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPathErr(err))
	}
	return nil
}

// guardOutputs checks every path the run writes against every path it
// reads, before any input is read: a clash found after the work would cost
// the work, and one not found would destroy an input. It returns check's
// --write-baseline and the baseline in use (--baseline, else the
// configuration's), "" when none.
func guardOutputs(c *cli.Context, command string, cfg configInUse, args []string, outs []output) (writeBaseline, baselinePath string, err error) {
	if command == report.CommandCheck {
		writeBaseline = c.String("write-baseline")
		baselinePath = c.String("baseline")
		if baselinePath == "" && cfg.cfg != nil {
			baselinePath = cfg.cfg.Baseline
		}
	}
	reads := inputFiles(args)
	if m := c.String("manifest"); m != "" {
		reads = append(reads, readFile{path: m, what: "--manifest"})
	}
	if cfg.path != "" {
		reads = append(reads, readFile{path: cfg.path, what: "--config"})
	}
	if baselinePath != "" {
		reads = append(reads, readFile{path: baselinePath, what: "--baseline"})
	}
	checked := outs
	if writeBaseline != "" {
		checked = append(append([]output(nil), outs...),
			output{format: "baseline", path: writeBaseline, flag: "--write-baseline " + writeBaseline})
	}
	return writeBaseline, baselinePath, checkOutputs(checked, reads, writeBaseline)
}
