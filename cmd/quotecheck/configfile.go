package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/quotecheck/quotecheck/config"
	"github.com/quotecheck/quotecheck/input"
)

// configInUse is the configuration a run uses and how it was chosen, so
// that --verbose and `quotecheck config path` can say.
type configInUse struct {
	cfg  *config.Config // nil: none, defaults everywhere
	path string         // "" when none
	from string         // the directory the search started in; "" when not searched
	off  bool           // --no-config
}

func (ci configInUse) describe() string {
	switch {
	case ci.off:
		return "none (--no-config)"
	case ci.path != "" && ci.from == "":
		return ci.path + " (--config)"
	case ci.path != "":
		return fmt.Sprintf("%s (found from %s)", ci.path, ci.from)
	}
	return fmt.Sprintf("none (no .quotecheck.yaml from %s up to the repository root or home)", ci.from)
}

// resolveConfig finds and loads the configuration: --config, else none
// with --no-config, else a .quotecheck.yaml searched from the first
// input's directory up to the repository root or home (config.Find), so
// that where the command is run from does not change what it reports.
func resolveConfig(c *cli.Context, e env, args []string) (configInUse, error) {
	ci, err := findConfig(c, e, args)
	if err != nil || ci.path == "" {
		return ci, err
	}
	ci.cfg, err = config.Load(ci.path)
	return ci, err
}

func findConfig(c *cli.Context, e env, args []string) (configInUse, error) {
	path, off := c.String("config"), c.Bool("no-config")
	switch {
	case path != "" && off:
		return configInUse{}, errors.New("--config and --no-config: choose one")
	case off:
		return configInUse{off: true}, nil
	case path != "":
		return configInUse{path: path}, nil
	}
	from, err := searchStart(args)
	if err != nil {
		return configInUse{}, err
	}
	ci := configInUse{from: from}
	ci.path, _ = config.Find(from, e.getenv("HOME"))
	return ci, nil
}

// searchStart is the first local input's directory (the input itself when
// it is one), or the working directory when the inputs are URLs or
// standard input.
func searchStart(args []string) (string, error) {
	for _, a := range args {
		if a == "-" || input.IsURL(a) {
			continue
		}
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			return filepath.Abs(a)
		}
		return filepath.Abs(filepath.Dir(a))
	}
	return os.Getwd()
}

// configCommand is `quotecheck config path`: which configuration file a
// run with these inputs would use.
func configCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "config",
		Usage: "show which configuration file is used",
		Subcommands: []*cli.Command{{
			Name:      "path",
			Usage:     "print the configuration file a run on these inputs uses, or say there is none",
			ArgsUsage: "[FILE|DIR ...]",
			Flags: []cli.Flag{
				&cli.StringFlag{Name: "config", Usage: "configuration `FILE`"},
				&cli.BoolFlag{Name: "no-config", Usage: "use no configuration file"},
			},
			Action: func(c *cli.Context) error {
				ci, err := findConfig(c, e, c.Args().Slice())
				if err != nil {
					return err
				}
				if ci.path != "" {
					// The file must also load, or a run would fail.
					if _, err := config.Load(ci.path); err != nil {
						return err
					}
					fmt.Fprintln(e.stdout, ci.path)
					return nil
				}
				fmt.Fprintln(e.stdout, ci.describe())
				return nil
			},
		}},
	}
}
