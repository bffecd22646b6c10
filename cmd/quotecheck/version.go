package main

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/urfave/cli/v2"
)

// buildInfo is what `quotecheck version --json` prints: enough to know
// which source a report came from. The vcs_ fields come from `go build`
// in a git checkout; `go install module@version` and test binaries have
// none.
type buildInfo struct {
	Version     string `json:"version"`
	Module      string `json:"module"`
	GoVersion   string `json:"go_version"`
	VCS         string `json:"vcs,omitempty"`
	Revision    string `json:"vcs_revision,omitempty"`
	Time        string `json:"vcs_time,omitempty"`
	Modified    *bool  `json:"vcs_modified,omitempty"` // absent without VCS information
	OS          string `json:"os"`
	Arch        string `json:"arch"`
	Compiler    string `json:"compiler"`
	MainPackage string `json:"main_package,omitempty"`
}

func readBuildInfo() buildInfo {
	b := buildInfo{Version: version(), GoVersion: runtime.Version(), OS: runtime.GOOS, Arch: runtime.GOARCH, Compiler: runtime.Compiler}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	b.Module, b.MainPackage = bi.Main.Path, bi.Path
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs":
			b.VCS = s.Value
		case "vcs.revision":
			b.Revision = s.Value
		case "vcs.time":
			b.Time = s.Value
		case "vcs.modified":
			modified := s.Value == "true"
			b.Modified = &modified
		}
	}
	return b
}

// version is the module version the binary was built from ("devel" for a
// build from a work tree), shown by --version and written into SARIF.
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// versionCommand is `quotecheck version [--json]`.
func versionCommand(e env) *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the version, the Go version and the source revision",
		Flags: []cli.Flag{&cli.BoolFlag{Name: "json", Usage: "as a JSON object"}},
		Action: func(c *cli.Context) error {
			b := readBuildInfo()
			if c.Bool("json") {
				enc := json.NewEncoder(e.stdout)
				enc.SetIndent("", "  ")
				return enc.Encode(b)
			}
			fmt.Fprintf(e.stdout, "quotecheck %s (%s, %s/%s)\n", b.Version, b.GoVersion, b.OS, b.Arch)
			if b.Revision != "" {
				modified := ""
				if b.Modified != nil && *b.Modified {
					modified = ", modified"
				}
				fmt.Fprintf(e.stdout, "revision %s (%s%s)\n", b.Revision, b.Time, modified)
			}
			return nil
		},
	}
}
