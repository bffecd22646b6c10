package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/baseline"
	"github.com/quotecheck/quotecheck/config"
	"github.com/quotecheck/quotecheck/input"
	"github.com/quotecheck/quotecheck/quotes"
	"github.com/quotecheck/quotecheck/report"
	"github.com/quotecheck/quotecheck/source"
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
	st := &runState{code: exitClean}
	app := newApp(ctx, e, st)
	err := app.Run(e.args)
	msg := &messages{w: e.stderr}
	if sig, ok := interruptedBy(ctx); ok {
		// Every file is written whole or not at all, and none after the
		// signal; say which, if any, were replaced before it came.
		if len(st.wrote) == 0 {
			msg.errorf("%v: no output file was changed", sig)
		} else {
			msg.errorf("%v: stopped after writing %s; no other output file was changed", sig, strings.Join(st.wrote, ", "))
		}
		return sig.exitCode()
	}
	if err != nil {
		msg.errorf("%v", err)
		return exitError
	}
	return st.code
}

// runState is what a command leaves for run: its exit code, and the files
// it has replaced (for the message when it is interrupted).
type runState struct {
	code  int
	wrote []string
}

func newApp(ctx context.Context, e env, st *runState) *cli.App {
	common := []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table",
			Usage: "output format: " + strings.Join(report.Formats(), ", ")},
		&cli.StringSliceFlag{Name: "output", Aliases: []string{"o"},
			Usage: "also write `FORMAT=PATH` (repeatable); the file is replaced only when the run succeeds"},
		&cli.StringFlag{Name: "manifest", Usage: "CSV or JSON `FILE` naming each input's outlet, URL and date"},
		&cli.StringFlag{Name: "config", Usage: "configuration `FILE` (default: .quotecheck.yaml from the first input's directory up to the repository root or home)"},
		&cli.BoolFlag{Name: "no-config", Usage: "use no configuration file"},
		&cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Usage: "no warnings (errors are still shown)"},
		&cli.BoolFlag{Name: "verbose", Usage: "say which configuration is used and what is read and written"},
		&cli.StringFlag{Name: "color", Value: "auto", Usage: "colour the table: auto, always or never"},
		&cli.BoolFlag{Name: "dump-text", Usage: "print the text that offsets refer to (after HTML extraction and decoding) and stop"},
		&cli.DurationFlag{Name: "timeout", Value: input.DefaultTimeout, Usage: "time limit for each URL"},
		&cli.StringFlag{Name: "max-input-size", Value: "64MiB", Usage: "refuse an input (file, pipe, standard input, page) larger than `SIZE`, e.g. 10MB or 64MiB"},
	}
	checkFlags := append([]cli.Flag{
		&cli.StringFlag{Name: "fail-on", Usage: "exit 1 when a finding is at or above `SEVERITY` (error, warning, info, or none: findings never fail; default error)"},
		&cli.StringFlag{Name: "min-severity", Usage: "show findings at or above `SEVERITY` (default: warning in table, markdown, html and github, everything in json, csv and sarif)"},
		&cli.StringFlag{Name: "baseline", Usage: "findings recorded in `FILE` no longer fail the run"},
		&cli.StringFlag{Name: "write-baseline", Usage: "record the current findings in `FILE`"},
		&cli.StringSliceFlag{Name: "source", Usage: "check every quote against the primary source `FILE|URL` (transcript, WebVTT or SRT captions, statement; repeatable)"},
		&cli.StringFlag{Name: "source-speaker", Usage: "who speaks a statement or speech given with --source, or unlabelled captions (default: a statement's byline)"},
		&cli.StringFlag{Name: "source-form", Usage: "read every --source as `FORM`: transcript, webvtt, srt or statement (default: detected)"},
	}, common...)
	sourceFlags := []cli.Flag{
		&cli.StringFlag{Name: "source-speaker", Usage: "who speaks a statement or speech (default: its byline)"},
		&cli.StringFlag{Name: "source-form", Usage: "read every source as `FORM`: transcript, webvtt, srt or statement (default: detected)"},
		&cli.DurationFlag{Name: "timeout", Value: input.DefaultTimeout, Usage: "time limit for each URL"},
	}
	command := func(name string) cli.ActionFunc {
		return func(c *cli.Context) error {
			n, err := runCommand(ctx, e, c, name, st)
			st.code = n
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
		EnableBashCompletion:      true, // --generate-bash-completion, used by the completion scripts
		ExitErrHandler:            func(*cli.Context, error) {},
		// Without a command the app prints its help; an unknown one is a
		// usage error, not urfave/cli's exit code 3.
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("unknown command %q (want check, extract, speakers, config, version or completion)", c.Args().First())
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
			{Name: "sources", Usage: "show how primary sources are read: their form, speakers and turns",
				ArgsUsage: "FILE|URL ...", Flags: sourceFlags, Action: func(c *cli.Context) error {
					n, err := runSources(ctx, e, c)
					st.code = n
					return err
				}},
			configCommand(e),
			versionCommand(e),
			completionCommand(e),
		},
	}
}

// runCommand does one command and returns its exit code.
func runCommand(ctx context.Context, e env, c *cli.Context, command string, st *runState) (int, error) {
	msg := &messages{w: e.stderr, quiet: c.Bool("quiet"), verbose: c.Bool("verbose")}
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
	if c.Bool("quiet") && c.Bool("verbose") {
		return exitError, errors.New("--quiet and --verbose: choose one")
	}
	outs, err := outputs(c)
	if err != nil {
		return exitError, err
	}
	if color := c.String("color"); color != "auto" && color != "always" && color != "never" {
		return exitError, fmt.Errorf("--color %q: want auto, always or never", color)
	}
	cfg, err := resolveConfig(c, e, args)
	if err != nil {
		return exitError, err
	}
	msg.infof("configuration: %s", cfg.describe())
	failOn, minSeverity, err := severities(c, cfg.cfg)
	if err != nil {
		return exitError, err
	}

	writeBaseline, baselinePath, err := guardOutputs(c, command, cfg, args, outs)
	if err != nil {
		return exitError, err
	}

	opts := input.Options{Timeout: c.Duration("timeout"), Stdin: e.stdin}
	if opts.MaxFileBytes, err = maxInputSize(c); err != nil {
		return exitError, err
	}
	if m := c.String("manifest"); m != "" {
		if opts.Manifest, err = input.LoadManifest(m); err != nil {
			return exitError, err
		}
	}
	prog := newProgress(e.stderr, isTerminal(e.stderr))
	opts.Progress = func(done, total int) { prog.update("reading", done, total) }
	arts, warns, errs := input.Load(ctx, args, opts)
	prog.clear()
	if ctx.Err() != nil {
		return exitError, ctx.Err() // run reports the interrupt
	}
	for _, w := range warns {
		msg.warnf("%s", w)
	}
	for _, err := range errs {
		msg.errorf("%v", err)
	}
	// A source in the articles' directory, or named a source by the
	// manifest, is the record, not an article.
	arts = dropSources(arts, c.StringSlice("source"), opts.Manifest)
	if len(arts) == 0 {
		return exitError, fmt.Errorf("%s: no article could be read", command)
	}
	msg.infof("read %d of %d inputs", len(arts), len(arts)+len(errs))
	cfg.cfg.NameOutlets(arts)
	if c.Bool("dump-text") {
		return dumpText(e.stdout, arts, errs)
	}
	var sources []*source.Index
	if specs := sourceSpecs(c, opts.Manifest); command == report.CommandCheck && len(specs) > 0 {
		if sources, err = loadSources(ctx, c, specs); err != nil {
			return exitError, err
		}
	}
	if command == report.CommandCheck && len(arts) == 1 && len(errs) == 0 && len(sources) == 0 {
		// One article has nothing to be compared with: every quote would
		// be single-source and the run would pass for nothing.
		return exitError, fmt.Errorf("check: needs two or more articles to compare quotes across outlets, got one (%s); extract lists one article's quotes", inputName(arts[0]))
	}

	prepared, speakers := align.PrepareProgress(arts, func(done, total int) { prog.update("analysing", done, total) })
	prog.clear()
	if ctx.Err() != nil {
		return exitError, ctx.Err()
	}
	for _, a := range prepared {
		// An empty input has had its warning from input.Load already.
		if len(a.Quotes) == 0 && strings.TrimSpace(a.Article.Text) != "" {
			msg.warnf("%s: no quotes found", inputName(a.Article))
		}
	}
	prepared = cfg.cfg.Filter(prepared, speakers)
	res := align.Result{Articles: prepared, Speakers: speakers}
	var all align.Result // check's findings before the baseline filters them
	if command == report.CommandCheck {
		opts := align.DefaultOptions()
		for v, s := range cfg.cfg.Severities() {
			opts.Severity[v] = s
		}
		prog.step("comparing the quotes of", len(prepared))
		res = align.Check(prepared, speakers, opts)
		prog.clear()
		for _, n := range res.Notices {
			msg.warnf("%s", n)
		}
		if len(sources) > 0 {
			res.Record = source.CheckRecord(&res, sources, opts.Severity)
		}
		if ctx.Err() != nil {
			return exitError, ctx.Err()
		}
		// Record everything found, before an old baseline hides some of it,
		// so rewriting a baseline never drops what it held. It is written
		// last, with the other files.
		all = res
		if err := applyBaseline(baselinePath, &res); err != nil {
			return exitError, err
		}
	}
	code := exitClean
	switch {
	case len(errs) > 0:
		code = exitError
	case command == report.CommandCheck && failOn != failNone && (res.HasFinding(failOn) || recordFails(res.Record, failOn)):
		code = exitFindings
	}
	r := &report.Report{Result: res, Command: command, ExitCode: code, MinSeverity: minSeverity, Version: version()}
	for _, o := range outs {
		if err := render(ctx, e, c.String("color"), r, o); err != nil {
			return exitError, err
		}
		if o.path != "-" {
			st.wrote = append(st.wrote, o.path)
			msg.infof("wrote %s", o.path)
		}
	}
	if writeBaseline != "" {
		if len(errs) > 0 {
			// A baseline of part of the story would drop the findings of
			// the inputs that failed: the next run would report them as
			// new, and rewriting a baseline would lose them.
			msg.errorf("--write-baseline %s: not written: %d input(s) could not be read", writeBaseline, len(errs))
			return exitError, nil
		}
		err := writeFile(ctx, writeBaseline, func(w io.Writer) error { return baseline.Encode(w, all) })
		if err != nil {
			return exitError, fmt.Errorf("write baseline: %w", err)
		}
		st.wrote = append(st.wrote, writeBaseline)
		msg.infof("wrote the baseline %s", writeBaseline)
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

// failNone is --fail-on none: findings never fail the run (errors still
// exit 2).
const failNone = config.FailNone

// maxInputSize reads --max-input-size.
func maxInputSize(c *cli.Context) (int64, error) {
	n, err := input.ParseSize(c.String("max-input-size"))
	if err != nil {
		return 0, fmt.Errorf("--max-input-size: %w", err)
	}
	return n, nil
}

// severities resolves --fail-on and --min-severity: the flag, else the
// configuration file, else error and "" (each format's own default: the
// table, Markdown, HTML and GitHub annotations list warnings and errors,
// JSON, CSV and SARIF everything).
func severities(c *cli.Context, cfg *config.Config) (failOn, minSeverity align.Severity, err error) {
	failOn = align.Error
	if cfg != nil {
		if cfg.FailOn != "" {
			failOn = cfg.FailOn
		}
		if cfg.MinSeverity != "" {
			minSeverity = cfg.MinSeverity
		}
	}
	if s := c.String("fail-on"); s == string(failNone) {
		failOn = failNone
	} else if s != "" {
		if failOn, err = align.ParseSeverity(s); err != nil {
			return "", "", fmt.Errorf("--fail-on: %w (or none)", err)
		}
	}
	if s := c.String("min-severity"); s != "" {
		if minSeverity, err = align.ParseSeverity(s); err != nil {
			return "", "", fmt.Errorf("--min-severity: %w", err)
		}
	}
	return failOn, minSeverity, nil
}

func applyBaseline(path string, res *align.Result) error {
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

// render writes one rendering; a file is written whole or not at all, and
// not at all once the run is interrupted.
func render(ctx context.Context, e env, color string, r *report.Report, o output) error {
	rr := *r
	rr.Width = tableWidth(e, o.path == "-")
	if o.path == "-" {
		rr.Color = useColor(color, e)
		rnd, err := report.New(o.format, e.stdout)
		if err != nil {
			return err
		}
		return rnd.Render(&rr)
	}
	return writeFile(ctx, o.path, func(w io.Writer) error {
		rnd, err := report.New(o.format, w)
		if err != nil {
			return err
		}
		return rnd.Render(&rr)
	})
}

// tableWidth is the width the table is laid out for: $COLUMNS when set,
// else the terminal's width when standard output is one, else 0 (the
// report's default).
func tableWidth(e env, stdout bool) int {
	if n, err := strconv.Atoi(strings.TrimSpace(e.getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	if f, ok := e.stdout.(*os.File); ok && stdout {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
			return w
		}
	}
	return 0
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

// dumpText prints the text that every offset refers to. Into a file or a
// pipe it goes byte for byte, so offsets can be checked against it; on a
// terminal, control and invisible characters are shown as <U+XXXX>, since
// a scraped page's escape sequences must not drive the terminal.
func dumpText(w io.Writer, arts []quotes.Article, errs []error) (int, error) {
	terminal := isTerminal(w)
	for i, a := range arts {
		if len(arts) > 1 {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "==> %s (%s, %s) <==\n", report.Visible(a.ID, false), report.Visible(a.Path, false), a.Encoding)
		}
		text := a.Text
		if terminal {
			text = report.Visible(text, true)
		}
		io.WriteString(w, text)
	}
	if len(errs) > 0 {
		return exitError, nil
	}
	return exitClean, nil
}
