package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
)

const allVerdicts = "identical, punctuation-only, fragment, wording-altered, trimmed, words-added, speaker-differs, paraphrased-unquoted, single-source, ellipsis, spliced, not-in-source"

func TestLoadValidFile(t *testing.T) {
	c, err := Load(filepath.Join("testdata", "valid.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path: filepath.Join("testdata", "valid.yaml"),
		Severity: map[align.Verdict]align.Severity{
			align.ParaphrasedUnquoted: align.Info,
			align.Trimmed:             align.Error,
		},
		FailOn:      align.Warning,
		MinSeverity: align.Info,
		Ignore: Ignore{
			Quotes:   []string{"No comment.", "We do not comment on operational matters"},
			Speakers: []string{"A Government Spokesperson", "press-office"},
		},
		Outlets: []OutletRule{
			{Pattern: "bbc_*.txt", Outlet: "BBC"},
			{Pattern: "wires/afp-*", Outlet: "AFP"},
			{Host: "skynews.com", Outlet: "Sky News"},
		},
		Baseline: filepath.Join("testdata", "ci", "quotecheck-baseline.json"),
	}
	c.quoteKeys, c.speakerKeys = nil, nil // derived; checked through the methods
	if !reflect.DeepEqual(c, want) {
		t.Errorf("Load =\n%#v\nwant\n%#v", c, want)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		yaml string
		want string
	}{
		{"syntax error, unclosed flow list", "severity:\n  trimmed: warning\nignore:\n  quotes: [\"a\", \"b\"\n",
			`.quotecheck.yaml:4: did not find expected ',' or ']'`},
		{"syntax error, bad indentation", "fail_on: error\nmin_severity: info\n  outlets: x\n",
			`.quotecheck.yaml:3: mapping values are not allowed in this context`},
		{"syntax error on the first line", "severity: {trimmed: warning: info}\n",
			`.quotecheck.yaml:1: did not find expected ',' or '}'`},
		{"tab on the first line", "\tfail_on: error\n",
			`.quotecheck.yaml:1: found character that cannot start any token`},
		{"control character", "fail_on: error\nignore:\n  quotes: [\"a\x01b\"]\n",
			`.quotecheck.yaml:3: control characters are not allowed`},
		{"invalid UTF-8", "fail_on: error\n\nmin_severity: \xff\n",
			`.quotecheck.yaml:3: invalid leading UTF-8 octet`},
		{"unknown anchor", "fail_on: error\nmin_severity: *level\n",
			`.quotecheck.yaml:2: unknown anchor 'level' referenced`},
		{"unknown top-level key", "fail_on: error\nseverty:\n  trimmed: info\n",
			`.quotecheck.yaml:2: unknown key "severty" (want one of severity, fail_on, min_severity, ignore, outlets, baseline)`},
		{"hyphen instead of underscore", "fail-on: error\n",
			`.quotecheck.yaml:1: unknown key "fail-on" (want one of severity, fail_on, min_severity, ignore, outlets, baseline)`},
		{"unknown key in ignore", "ignore:\n  quote: [\"no comment\"]\n",
			`.quotecheck.yaml:2: unknown key "quote" in ignore (want one of quotes, speakers)`},
		{"unknown key in an outlets entry", "outlets:\n  - glob: \"*.txt\"\n    outlet: BBC\n",
			`.quotecheck.yaml:2: unknown key "glob" in outlets entry (want one of pattern, host, outlet)`},
		{"bad verdict", "# severities\nseverity:\n  trimmed: warning\n  wording-changed: info\n",
			`.quotecheck.yaml:4: unknown verdict "wording-changed" (want one of ` + allVerdicts + `)`},
		{"bad severity", "severity:\n  wording-altered: critical\n",
			`.quotecheck.yaml:2: unknown severity "critical" for wording-altered (want one of error, warning, info)`},
		{"severity is case-sensitive", "severity:\n  trimmed: Warning\n",
			`.quotecheck.yaml:2: unknown severity "Warning" for trimmed (want one of error, warning, info)`},
		{"bad fail_on", "\nfail_on: fatal\n",
			`.quotecheck.yaml:2: unknown severity "fatal" for fail_on (want one of error, warning, info, none)`},
		{"bad min_severity", "min_severity: debug\n",
			`.quotecheck.yaml:1: unknown severity "debug" for min_severity (want one of error, warning, info)`},
		{"severity as a list", "severity:\n  - trimmed\n",
			`.quotecheck.yaml:2: severity: want a mapping of verdict to severity, found a list`},
		{"severity value as a list", "severity:\n  trimmed: [info]\n",
			`.quotecheck.yaml:2: severity of trimmed: want a single value, found a list`},
		{"duplicate verdict", "severity:\n  trimmed: info\n  fragment: info\n  trimmed: error\n",
			`.quotecheck.yaml:4: duplicate key "trimmed" in severity (first at line 2)`},
		{"duplicate top-level key", "fail_on: error\nmin_severity: info\nfail_on: warning\n",
			`.quotecheck.yaml:3: duplicate key "fail_on" (first at line 1)`},
		{"top level is a list", "- severity\n",
			`.quotecheck.yaml:1: want a mapping of settings (severity, fail_on, min_severity, ignore, outlets, baseline), found a list`},
		{"top level is a word", "quotecheck\n",
			`.quotecheck.yaml:1: want a mapping of settings (severity, fail_on, min_severity, ignore, outlets, baseline), found "quotecheck"`},
		{"ignore quotes as a string", "ignore:\n  quotes: no comment\n",
			`.quotecheck.yaml:2: ignore.quotes: want a list of strings, found "no comment"`},
		{"ignore quote of punctuation alone", "ignore:\n  quotes:\n    - \"...\"\n",
			`.quotecheck.yaml:3: ignore.quotes: entry "..." has no words`},
		{"outlets as a mapping", "outlets:\n  bbc_*.txt: BBC\n",
			`.quotecheck.yaml:2: outlets: want a list of {pattern, outlet} entries, found a mapping`},
		{"outlet entry without a name", "outlets:\n  - pattern: \"bbc_*\"\n",
			`.quotecheck.yaml:2: outlets entry needs an outlet name`},
		{"outlet entry without pattern or host", "outlets:\n  - outlet: BBC\n",
			`.quotecheck.yaml:2: outlets entry needs a pattern or a host`},
		{"bad glob", "outlets:\n  - outlet: BBC\n    pattern: \"bbc_[.txt\"\n",
			`.quotecheck.yaml:3: bad pattern "bbc_[.txt": syntax error in pattern`},
		{"two documents", "fail_on: error\n---\nfail_on: info\n",
			`.quotecheck.yaml:3: more than one YAML document (want one)`},
		{"empty baseline", "baseline: \"\"\n",
			`.quotecheck.yaml:1: baseline: want a file name, found an empty string`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadBytes(".quotecheck.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatalf("LoadBytes succeeded with %+v, want error %q", c, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %q\nwant %q", err.Error(), tt.want)
			}
		})
	}
}

// The messages are the same when read from a file on disk, and name it.
func TestLoadFileErrors(t *testing.T) {
	tests := []struct{ file, want string }{
		{"syntax.yaml", `testdata/syntax.yaml:4: found unexpected end of stream`}, // where the string opened,
		{"badverdict.yaml", `testdata/badverdict.yaml:4: unknown verdict "wording-changed" (want one of ` + allVerdicts + `)`},
		{"missing.yaml", `read config testdata/missing.yaml: no such file or directory`},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := Load("testdata/" + tt.file)
			if err == nil || err.Error() != tt.want {
				t.Errorf("Load error = %v, want %q", err, tt.want)
			}
		})
	}
}

func TestLoadEmpty(t *testing.T) {
	for _, src := range []string{"", "# nothing configured yet\n", "---\n", "severity:\nignore:\n  quotes:\noutlets:\n", "fail_on:\nmin_severity: ~\nbaseline:\n"} {
		c, err := LoadBytes("q.yaml", []byte(src))
		if err != nil {
			t.Errorf("LoadBytes(%q): %v", src, err)
			continue
		}
		if c.Severities() != nil || c.FailOn != "" || c.IgnoreQuote("anything") || len(c.Outlets) != 0 {
			t.Errorf("LoadBytes(%q) = %+v, want an empty config", src, c)
		}
	}
}

// Aliases are followed, so a shared list can be written once.
func TestLoadAlias(t *testing.T) {
	src := "min_severity: &lvl warning\nfail_on: *lvl\n"
	c, err := LoadBytes("q.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != align.Warning || c.MinSeverity != align.Warning {
		t.Errorf("FailOn, MinSeverity = %q, %q, want warning, warning", c.FailOn, c.MinSeverity)
	}
}

func TestSeveritiesOnlyOverrides(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte("severity:\n  fragment: warning\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := c.Severities()
	want := map[align.Verdict]align.Severity{align.Fragment: align.Warning}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Severities() = %v, want %v", got, want)
	}
	got[align.Trimmed] = align.Info // the caller's copy must not leak back
	if _, leaked := c.Severities()[align.Trimmed]; leaked {
		t.Error("Severities() returned the config's own map")
	}
	var none *Config
	if none.Severities() != nil {
		t.Error("nil config has severities")
	}
}

func TestIgnoreQuote(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte(`ignore:
  quotes:
    - "We don't comment on leaked documents."
    - Thoughts and prayers
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		want bool
	}{
		{"We don't comment on leaked documents.", true},
		{"we don’t comment on leaked documents", true},      // curly apostrophe, no full stop
		{"“We DON'T comment  on\nleaked documents…”", true}, // quote marks, case, spacing, ellipsis
		{"We dont comment on leaked documents", true},       // apostrophe dropped either way
		{"We don't comment on leaked memos.", false},        // a changed word
		{"We don't comment on leaked documents, ever.", false},
		{"comment on leaked documents", false}, // a part is not the whole
		{"thoughts-and-prayers", true},
		{"", false},
		{"!!!", false},
	}
	for _, tt := range tests {
		if got := c.IgnoreQuote(tt.text); got != tt.want {
			t.Errorf("IgnoreQuote(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	// A Config written by hand, not loaded, behaves the same.
	byHand := &Config{Ignore: Ignore{Quotes: []string{"Thoughts and prayers"}}}
	if !byHand.IgnoreQuote("THOUGHTS AND PRAYERS!") {
		t.Error("hand-built config does not ignore its quote")
	}
	var none *Config
	if none.IgnoreQuote("Thoughts and prayers") {
		t.Error("nil config ignores a quote")
	}
}

func TestIgnoreSpeaker(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte("ignore:\n  speakers: [\"Downing Street spokesperson\", jane-o-hara]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		names []string
		want  bool
	}{
		{[]string{"Downing Street spokesperson"}, true},
		{[]string{"Keir Starmer", "a downing street Spokesperson"}, false}, // not the same name
		{[]string{"Mr Smith", "DOWNING STREET SPOKESPERSON"}, true},        // any alias
		{[]string{"Jane O'Hara"}, false},                                   // O'Hara → ohara, not "o hara"
		{[]string{"Jane O-Hara"}, true},
		{[]string{"jane-o-hara"}, true}, // the speaker ID
		{nil, false},
		{[]string{""}, false},
	}
	for _, tt := range tests {
		if got := c.IgnoreSpeaker(tt.names...); got != tt.want {
			t.Errorf("IgnoreSpeaker(%q) = %v, want %v", tt.names, got, tt.want)
		}
	}
}

func TestOutletFor(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte(`outlets:
  - {pattern: "bbc_*.txt", outlet: BBC}
  - {pattern: "wires/afp-*", outlet: AFP}
  - {pattern: "*.html", outlet: Web}
  - {host: skynews.com, outlet: Sky News}
  - {pattern: "*_[0-9][0-9].md", outlet: Archive}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		input, want string
		ok          bool
	}{
		{"bbc_politics.txt", "BBC", true},
		{"stories/2024/bbc_politics.txt", "BBC", true}, // base name
		{"./stories/bbc_x.txt", "BBC", true},
		{"bbc_politics.md", "", false},
		{"wires/afp-0412.txt", "AFP", true}, // whole path
		{"./wires/afp-0412.txt", "AFP", true},
		{"other/wires/afp-0412.txt", "", false}, // a path pattern is not a suffix match
		{"page.html", "Web", true},
		{"bbc_page.html", "Web", true}, // first rule that matches wins; bbc_* wants .txt
		{"https://news.skynews.com/story/123", "Sky News", true},
		{"https://SKYNEWS.COM./story", "Sky News", true},
		{"https://notskynews.com/story", "", false},
		{"https://example.org/a/story.html", "Web", true}, // the URL's last segment
		{"notes_07.md", "Archive", true},
		{"notes_7.md", "", false},
		{"-", "", false},
	}
	for _, tt := range tests {
		got, ok := c.OutletFor(tt.input)
		if got != tt.want || ok != tt.ok {
			t.Errorf("OutletFor(%q) = %q, %v, want %q, %v", tt.input, got, ok, tt.want, tt.ok)
		}
	}
	var none *Config
	if _, ok := none.OutletFor("bbc_x.txt"); ok {
		t.Error("nil config names an outlet")
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "newsroom", "stories", "2024")
	mustMkdir(t, deep)
	mustMkdir(t, filepath.Join(root, ".git"))                      // root is a repository
	mustMkdir(t, filepath.Join(root, "decoy", ".quotecheck.yaml")) // a directory, not a config
	mustWrite(t, filepath.Join(root, "newsroom", ".quotecheck.yml"), "fail_on: warning\n")

	tests := []struct {
		name  string
		setup func(t *testing.T)
		dir   string
		want  string // "" for not found
	}{
		{"walks up to the parent with .yml", nil, deep, filepath.Join(root, "newsroom", ".quotecheck.yml")},
		{"in the directory itself", nil, filepath.Join(root, "newsroom"), filepath.Join(root, "newsroom", ".quotecheck.yml")},
		{"a directory named like the file is skipped", nil, filepath.Join(root, "decoy"), ""},
		{".yaml preferred over .yml", func(t *testing.T) {
			mustWrite(t, filepath.Join(root, "newsroom", ".quotecheck.yaml"), "fail_on: error\n")
		}, deep, filepath.Join(root, "newsroom", ".quotecheck.yaml")},
		{"nearest wins", func(t *testing.T) {
			mustWrite(t, filepath.Join(deep, ".quotecheck.yaml"), "fail_on: info\n")
		}, deep, filepath.Join(deep, ".quotecheck.yaml")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.setup != nil {
				tt.setup(t)
			}
			got, ok := Find(tt.dir, "")
			if tt.want == "" {
				// Above root there may be a real config (the test
				// machine's); it must at least not be inside root.
				if ok && strings.HasPrefix(got, root) {
					t.Errorf("Find(%q) = %q, want none under %s", tt.dir, got, root)
				}
				return
			}
			if !ok || got != tt.want {
				t.Errorf("Find(%q) = %q, %v, want %q", tt.dir, got, ok, tt.want)
			}
		})
	}
}

func TestFindRelative(t *testing.T) {
	root := t.TempDir()
	mustWrite(t, filepath.Join(root, ".quotecheck.yaml"), "")
	mustMkdir(t, filepath.Join(root, "a", "b"))
	t.Chdir(filepath.Join(root, "a", "b"))
	got, ok := Find(".", root) // root is home

	if !ok || got != filepath.Join(root, ".quotecheck.yaml") {
		t.Errorf("Find(\".\") = %q, %v, want %q", got, ok, filepath.Join(root, ".quotecheck.yaml"))
	}
}

// The keys the walk accepts must be exactly the keys the strict decode
// knows, or one of them would reject a file the other accepts.
func TestKnownKeysMatchStruct(t *testing.T) {
	tags := func(typ reflect.Type) []string {
		var out []string
		for i := range typ.NumField() {
			out = append(out, strings.Split(typ.Field(i).Tag.Get("yaml"), ",")[0])
		}
		return out
	}
	top := reflect.TypeFor[fileConfig]()
	if got := tags(top); !reflect.DeepEqual(got, topKeys) {
		t.Errorf("fileConfig keys %q, topKeys %q", got, topKeys)
	}
	ign, _ := top.FieldByName("Ignore")
	if got := tags(ign.Type); !reflect.DeepEqual(got, ignoreKeys) {
		t.Errorf("ignore keys %q, ignoreKeys %q", got, ignoreKeys)
	}
	out, _ := top.FieldByName("Outlets")
	if got := tags(out.Type.Elem()); !reflect.DeepEqual(got, outletKeys) {
		t.Errorf("outlet keys %q, outletKeys %q", got, outletKeys)
	}
}

func mustMkdir(t *testing.T, dir string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
}

func mustWrite(t *testing.T, path, data string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A file saved by a Windows editor: byte order mark and CRLF line ends.
func TestLoadWindowsFile(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte("\xef\xbb\xbffail_on: warning\r\nseverity:\r\n  trimmed: info\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != align.Warning || c.Severity[align.Trimmed] != align.Info {
		t.Errorf("got FailOn %q, Severity %v", c.FailOn, c.Severity)
	}
	_, err = LoadBytes("q.yaml", []byte("\xef\xbb\xbffail_on: warning\r\nseverity:\r\n  trimed: info\r\n"))
	if want := `q.yaml:3: unknown verdict "trimed" (want one of ` + allVerdicts + `)`; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %q", err, want)
	}
}

// TestFindBoundaries: the search stops at a repository root or at home,
// and without either above it searches the starting directory only, so a
// file in a shared parent (/tmp) changes nothing below it.
func TestFindBoundaries(t *testing.T) {
	root := t.TempDir()
	shared := filepath.Join(root, "shared")
	repo := filepath.Join(shared, "repo")
	home := filepath.Join(shared, "home", "reporter")
	loose := filepath.Join(shared, "loose", "story")
	for _, d := range []string{filepath.Join(repo, ".git"), filepath.Join(repo, "stories"), filepath.Join(home, "stories"), loose} {
		mustMkdir(t, d)
	}
	mustWrite(t, filepath.Join(shared, ".quotecheck.yaml"), "fail_on: info\n")
	mustWrite(t, filepath.Join(shared, "home", ".quotecheck.yaml"), "fail_on: info\n")

	tests := []struct {
		name, dir, home, want string
	}{
		{"not past a repository root", filepath.Join(repo, "stories"), "", ""},
		{"not past home", filepath.Join(home, "stories"), home, ""},
		{"no boundary: nothing from a parent", loose, "", ""},
		{"no boundary: the directory itself", shared, "", filepath.Join(shared, ".quotecheck.yaml")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Find(tt.dir, tt.home)
			if got != tt.want || ok != (tt.want != "") {
				t.Errorf("Find(%q, %q) = %q, %v, want %q", tt.dir, tt.home, got, ok, tt.want)
			}
		})
	}
	// A repository root's own file is used.
	mustWrite(t, filepath.Join(repo, ".quotecheck.yaml"), "")
	if got, _ := Find(filepath.Join(repo, "stories"), ""); got != filepath.Join(repo, ".quotecheck.yaml") {
		t.Errorf("Find in a repository = %q, want the root's file", got)
	}
}
