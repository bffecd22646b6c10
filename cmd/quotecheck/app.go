package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/atomicfile"
	"github.com/quotecheck/quotecheck/baseline"
	"github.com/quotecheck/quotecheck/config"
	"github.com/quotecheck/quotecheck/input"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
)

// Exit codes.
const (
	exitClean    = 0 // no finding at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // usage or input error
)

// env is what the process gives the command; tests supply their own.
type env struct {
	args   []string
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// run runs the command line and returns the exit code.
func run(ctx context.Context, e env) int {
	code := exitClean
	app := newApp(ctx, e, &code)
	if err := app.Run(e.args); err != nil {
		fmt.Fprintf(e.stderr, "quotecheck: %v\n", err)
		return exitError
	}
	return code
}

func newApp(ctx context.Context, e env, code *int) *cli.App {
	common := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table",
			Usage: "output format: " + strings.Join(report.Formats(), ", ")},
		&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"},
			Usage: "also write `FORMAT=PATH` (repeatable); the file is replaced only when the run succeeds"},
		&cli.StringFlag{Name: "manifest", Usage: "CSV or JSON `FILE` naming each input's outlet, URL and date"},
		&cli.StringFlag{Name: "config", Usage: "configuration `FILE` (default: .quotecheck.yaml from the working directory up)"},
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the table: auto, always or never"},
		&cli.BoolFlag{Name: "dump-text", Usage: "print the text that offsets refer to (after HTML extraction and decoding) and stop"},
		&cli.DurationFlag{Name: "timeout", Value: input.DefaultTimeout, Usage: "time limit for each URL"},
	}
	checkFlags := append([]cli.Flag{
		&cli.StringFlag{Name: "fail-on", Usage: "exit 1 when a finding is at or above `SEVERITY` (error, warning, info; default error)"},
		&cli.StringFlag{Name: "min-severity", Usage: "show findings at or above `SEVERITY` (default info)"},
		&cli.StringFlag{Name: "baseline", Usage: "findings recorded in `FILE` no longer fail the run"},
		&cli.StringFlag{Name: "write-baseline", Usage: "record the current findings in `FILE`"},
	}, common...)
	command := func(name string) cli.ActionFunc {
		return func(c *cli.Context) error {
			n, err := runCommand(ctx, e, c, name)
			*code = n
			return err
		}
	}
	return &cli.App{
		Name:                      "quotecheck",
		Version:                   version(),
		Usage:                     "find quotes that differ between outlets' versions of one story",
		Writer:                    e.stdout,
		ErrWriter:                 e.stderr,
		DisableSliceFlagSeparator: true, // a path in --output may hold a comma
		ExitErrHandler:            func(*cli.Context, error) {},
		// Without a command the app prints its help; an unknown one is a
		// usage error, not urfave/cli's exit code 3.
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("unknown command %q (want check, extract or speakers)", c.Args().First())
			}
			return cli.ShowAppHelp(c)
		},
		Commands: []*cli.Command{
			{Name: "check", Usage: "compare the quotes of several articles and report every difference",
				ArgsUsage: "FILE|DIR|URL|- ...", Flags: checkFlags, Action: command(report.CommandCheck)},
			{Name: "extract", Usage: "list every quote with its kind and speaker",
				ArgsUsage: "FILE|DIR|URL|- ...", Flags: common, Action: command(report.CommandExtract)},
			{Name: "speakers", Usage: "list the speakers, their aliases and their quotes per outlet",
				ArgsUsage: "FILE|DIR|URL|- ...", Flags: common, Action: command(report.CommandSpeakers)},
		},
	}
}

// output is one rendering of the report: to standard output ("-") or to a
// file.
type output struct {
	format string
	path   string
}

// runCommand does one command and returns its exit code.
func runCommand(ctx context.Context, e env, c *cli.Context, command string) (int, error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		return exitError, fmt.Errorf("%s: no input: name files, directories, URLs or - for standard input", command)
	}
	for _, a := range args {
		// urfave/cli stops reading flags at the first file name; a flag
		// after it would silently become a file name.
		if strings.HasPrefix(a, "-") && a != "-" {
			return exitError, fmt.Errorf("%s: flag %s after the file names: put flags before the files", command, a)
		}
	}
	outs, err := outputs(c)
	if err != nil {
		return exitError, err
	}
	if color := c.String("color"); color != "auto" && color != "always" && color != "never" {
		return exitError, fmt.Errorf("--color %q: want auto, always or never", color)
	}
	cfg, err := loadConfig(c.String("config"))
	if err != nil {
		return exitError, err
	}
	failOn, minSeverity, err := severities(c, cfg)
	if err != nil {
		return exitError, err
	}
	opts := input.Options{Timeout: c.Duration("timeout"), Stdin: e.stdin}
	if m := c.String("manifest"); m != "" {
		if opts.Manifest, err = input.LoadManifest(m); err != nil {
			return exitError, err
		}
	}
	prog := newProgress(e.stderr, isTerminal(e.stderr))
	opts.Progress = func(done, total int) { prog.update("reading", done, total) }
	arts, warns, errs := input.Load(ctx, args, opts)
	prog.clear()
	for _, w := range warns {
		fmt.Fprintf(e.stderr, "quotecheck: warning: %s\n", w)
	}
	for _, err := range errs {
		fmt.Fprintf(e.stderr, "quotecheck: %v\n", err)
	}
	if len(arts) == 0 {
		return exitError, fmt.Errorf("%s: no article could be read", command)
	}
	cfg.NameOutlets(arts)
	if c.Bool("dump-text") {
		return dumpText(e.stdout, arts, errs)
	}

	prepared, speakers := align.PrepareProgress(arts, func(done, total int) { prog.update("analysing", done, total) })
	prog.clear()
	for _, a := range prepared {
		// An empty input has had its warning from input.Load already.
		if len(a.Quotes) == 0 && strings.TrimSpace(a.Article.Text) != "" {
			fmt.Fprintf(e.stderr, "quotecheck: warning: %s: no quotes found\n", inputName(a.Article))
		}
	}
	prepared = cfg.Filter(prepared, speakers)
	res := align.Result{Articles: prepared, Speakers: speakers}
	if command == report.CommandCheck {
		opts := align.DefaultOptions()
		for v, s := range cfg.Severities() {
			opts.Severity[v] = s
		}
		prog.step("comparing the quotes of", len(prepared))
		res = align.Check(prepared, speakers, opts)
		prog.clear()
		// Record everything found, before an old baseline hides some of it,
		// so rewriting a baseline never drops what it held.
		if path := c.String("write-baseline"); path != "" {
			if err := baseline.Write(path, res); err != nil {
				return exitError, err
			}
		}
		if err := applyBaseline(c.String("baseline"), cfg, &res); err != nil {
			return exitError, err
		}
	}
	code := exitClean
	switch {
	case len(errs) > 0:
		code = exitError
	case command == report.CommandCheck && res.HasFinding(failOn):
		code = exitFindings
	}
	r := &report.Report{Result: res, Command: command, ExitCode: code, MinSeverity: minSeverity, Version: version()}
	for _, o := range outs {
		if err := render(e, c.String("color"), r, o); err != nil {
			return exitError, err
		}
	}
	return code, nil
}

// inputName is how messages name an input: as the user gave it.
func inputName(a quotes.Article) string {
	switch a.Path {
	case "":
		return a.ID
	case "-":
		return input.StdinName
	}
	return a.Path
}

// outputs reads --format and --output into the list of renderings, and
// checks every format before any work is done.
func outputs(c *cli.Context) ([]output, error) {
	outs := []output{{format: c.String("format"), path: "-"}}
	for _, spec := range c.StringSlice("output") {
		format, path, ok := strings.Cut(spec, "=")
		if !ok || format == "" || path == "" {
			return nil, fmt.Errorf("--output %q: want FORMAT=PATH, e.g. html=report.html", spec)
		}
		outs = append(outs, output{format: format, path: path})
	}
	for _, o := range outs {
		if _, err := report.New(o.format, io.Discard); err != nil {
			return nil, err
		}
		if err := checkOutputPath(o); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// checkOutputPath refuses, before any input is read, an output whose
// directory is missing or that a directory stands in the way of: the
// write would fail only after all the work.
func checkOutputPath(o output) error {
	if o.path == "-" {
		return nil
	}
	if fi, err := os.Stat(o.path); err == nil && fi.IsDir() {
		return fmt.Errorf("--output %s=%s: %s is a directory", o.format, o.path, o.path)
	}
	dir := filepath.Dir(o.path)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("--output %s=%s: directory %s does not exist", o.format, o.path, dir)
	case err != nil:
		return fmt.Errorf("--output %s=%s: %w", o.format, o.path, err)
	case !fi.IsDir():
		return fmt.Errorf("--output %s=%s: %s is not a directory", o.format, o.path, dir)
	}
	return nil
}

func loadConfig(path string) (*config.Config, error) {
	if path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		var ok bool
		if path, ok = config.Find(wd, os.Getenv("HOME")); !ok {
			return nil, nil // no configuration: defaults everywhere
		}
	}
	return config.Load(path)
}

// severities resolves --fail-on and --min-severity: the flag, else the
// configuration file, else error and everything.
func severities(c *cli.Context, cfg *config.Config) (failOn, minSeverity align.Severity, err error) {
	failOn, minSeverity = align.Error, align.Info
	if cfg != nil {
		if cfg.FailOn != "" {
			failOn = cfg.FailOn
		}
		if cfg.MinSeverity != "" {
			minSeverity = cfg.MinSeverity
		}
	}
	if s := c.String("fail-on"); s != "" {
		if failOn, err = align.ParseSeverity(s); err != nil {
			return "", "", fmt.Errorf("--fail-on: %w", err)
		}
	}
	if s := c.String("min-severity"); s != "" {
		if minSeverity, err = align.ParseSeverity(s); err != nil {
			return "", "", fmt.Errorf("--min-severity: %w", err)
		}
	}
	return failOn, minSeverity, nil
}

func applyBaseline(path string, cfg *config.Config, res *align.Result) error {
	if path == "" && cfg != nil {
		path = cfg.Baseline
	}
	if path == "" {
		return nil
	}
	b, err := baseline.Load(path)
	if err != nil {
		return err
	}
	*res, _ = b.Filter(*res)
	return nil
}

// render writes one rendering; a file is written whole or not at all.
func render(e env, color string, r *report.Report, o output) error {
	if o.path == "-" {
		rr := *r
		rr.Color = useColor(color, e)
		rnd, err := report.New(o.format, e.stdout)
		if err != nil {
			return err
		}
		return rnd.Render(&rr)
	}
	return atomicfile.Write(o.path, func(w io.Writer) error {
		rnd, err := report.New(o.format, w)
		if err != nil {
			return err
		}
		return rnd.Render(r)
	})
}

// useColor follows --color, then the conventions: NO_COLOR, TERM=dumb, and
// whether standard output is a terminal.
func useColor(flag string, e env) bool {
	switch flag {
	case "always":
		return true
	case "never":
		return false
	}
	if e.getenv("NO_COLOR") != "" || e.getenv("TERM") == "dumb" {
		return false
	}
	f, ok := e.stdout.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// dumpText prints the text that every offset refers to.
func dumpText(w io.Writer, arts []quotes.Article, errs []error) (int, error) {
	for i, a := range arts {
		if len(arts) > 1 {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "==> %s (%s, %s) <==\n", a.ID, a.Path, a.Encoding)
		}
		io.WriteString(w, a.Text)
	}
	if len(errs) > 0 {
		return exitError, nil
	}
	return exitClean, nil
}

// version is the module version the binary was built from ("devel" for a
// build from a work tree), shown by --version and written into SARIF.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}
