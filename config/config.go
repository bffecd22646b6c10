package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
	"gopkg.in/yaml.v3"
)

// FailNone is fail_on: none (and --fail-on none): findings never fail a
// run; errors still do.
const FailNone align.Severity = "none"

// fileNames are the names Find looks for, in order of preference.
var fileNames = [...]string{".quotecheck.yaml", ".quotecheck.yml"}

// Config is one parsed configuration file. The zero value, and a nil
// *Config, mean "no configuration": no overrides, nothing ignored.
type Config struct {
	// Path is the file the configuration was read from.
	Path string
	// Severity holds only the verdicts whose severity the file changes.
	Severity map[align.Verdict]align.Severity
	// FailOn and MinSeverity are the file's defaults for --fail-on and
	// --min-severity; "" when the file does not set them.
	FailOn      align.Severity
	MinSeverity align.Severity
	Ignore      Ignore
	// Outlets name the outlet of an input by its file name or host; the
	// first matching rule wins.
	Outlets []OutletRule
	// Baseline is the default for --baseline, resolved against the
	// configuration file's directory; "" when unset.
	Baseline string

	quoteKeys   map[string]bool // normalised Ignore.Quotes
	speakerKeys map[string]bool // normalised Ignore.Speakers
}

// Ignore lists what the user never wants reported.
type Ignore struct {
	// Quotes match a quote's text ignoring case, punctuation, quote
	// style and spacing; the whole text must match, not a part of it.
	Quotes []string
	// Speakers match a speaker's name, any alias or the speaker ID,
	// ignoring case and punctuation.
	Speakers []string
}

// OutletRule names the outlet of inputs whose path matches Pattern or
// whose URL host is Host (or a subdomain of it).
type OutletRule struct {
	// Pattern is a path.Match glob, tried against the input's base name
	// and against its whole (slash-separated, cleaned) path.
	Pattern string
	Host    string
	Outlet  string
}

// fileConfig is the file's layout for the strict decode; its yaml tags must
// list the same keys as topKeys, ignoreKeys and outletKeys (a test checks).
type fileConfig struct {
	Severity    map[string]string `yaml:"severity"`
	FailOn      string            `yaml:"fail_on"`
	MinSeverity string            `yaml:"min_severity"`
	Ignore      struct {
		Quotes   []string `yaml:"quotes"`
		Speakers []string `yaml:"speakers"`
	} `yaml:"ignore"`
	Outlets []struct {
		Pattern string `yaml:"pattern"`
		Host    string `yaml:"host"`
		Outlet  string `yaml:"outlet"`
	} `yaml:"outlets"`
	Baseline string `yaml:"baseline"`
}

var (
	topKeys    = []string{"severity", "fail_on", "min_severity", "ignore", "outlets", "baseline"}
	ignoreKeys = []string{"quotes", "speakers"}
	outletKeys = []string{"pattern", "host", "outlet"}
)

func joinNames[T ~string](names []T) string {
	s := make([]string, len(names))
	for i, n := range names {
		s[i] = string(n)
	}
	return strings.Join(s, ", ")
}

// Find looks for .quotecheck.yaml (or .quotecheck.yml) in dir and then in
// each parent, up to and including the first that is a repository root (it
// holds .git) or is home. A file outside that boundary is never used: a
// .quotecheck.yaml that someone left in a shared directory such as /tmp
// must not change the exit code of everyone's runs below it. When no
// boundary lies above dir, only dir itself is searched. home may be "" (no
// home directory known).
//
// A candidate that exists but cannot be examined (no permission) is
// returned too, so that Load reports the real problem instead of the file
// being skipped silently.
func Find(dir, home string) (path string, ok bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for _, d := range searchDirs(abs, home) {
		for _, name := range fileNames {
			p := filepath.Join(d, name)
			fi, err := os.Stat(p)
			if err == nil && !fi.IsDir() {
				return p, true
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR) {
				return p, true
			}
		}
	}
	return "", false
}

// searchDirs lists the directories Find searches, nearest first: abs and
// its parents up to the first boundary, or abs alone when there is none.
func searchDirs(abs, home string) []string {
	if home != "" {
		if h, err := filepath.Abs(home); err == nil {
			home = h
		}
	}
	var dirs []string
	for d := abs; ; {
		dirs = append(dirs, d)
		if d == home {
			return dirs
		}
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return dirs // a directory, or a file in a worktree or submodule
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dirs[:1]
		}
		d = parent
	}
}

// Load reads and checks the configuration file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config %s: %w", path, unwrapPathErr(err))
	}
	return LoadBytes(path, data)
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// LoadBytes parses data as the configuration file called name; name is used
// in error messages and to resolve a relative baseline path.
func LoadBytes(name string, data []byte) (*Config, error) {
	p := parser{name: name, data: data}
	return p.load()
}

type parser struct {
	name string
	data []byte
}

// errorf makes an error that names the file and the line, as compilers do.
func (p *parser) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", p.name, line, fmt.Sprintf(format, args...))
}

func (p *parser) load() (*Config, error) {
	dec := yaml.NewDecoder(bytes.NewReader(p.data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			// An empty file, or one with only comments, asks for nothing.
			return &Config{Path: p.name}, nil
		}
		return nil, p.yamlError(err)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, p.errorf(docLine(&next), "more than one YAML document (want one)")
	case !errors.Is(err, io.EOF):
		return nil, p.yamlError(err)
	}
	if err := p.check(&doc); err != nil {
		return nil, err
	}

	// The checks above give the messages; the strict decode is the
	// guarantee that nothing the walk missed slips through unread.
	var raw fileConfig
	strict := yaml.NewDecoder(bytes.NewReader(p.data))
	strict.KnownFields(true)
	if err := strict.Decode(&raw); err != nil && !errors.Is(err, io.EOF) {
		return nil, p.yamlError(err)
	}
	return p.build(&raw)
}

// docLine is the line a document's content starts on.
func docLine(n *yaml.Node) int {
	if n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		return n.Content[0].Line
	}
	return n.Line
}

func (p *parser) build(raw *fileConfig) (*Config, error) {
	c := &Config{Path: p.name}
	// Values were checked by p.check; parsing again only converts types.
	for k, v := range raw.Severity {
		verdict, err := align.ParseVerdict(k)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.name, err)
		}
		sev, err := align.ParseSeverity(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.name, err)
		}
		if c.Severity == nil {
			c.Severity = make(map[align.Verdict]align.Severity)
		}
		c.Severity[verdict] = sev
	}
	c.FailOn = align.Severity(raw.FailOn)
	c.MinSeverity = align.Severity(raw.MinSeverity)
	c.Ignore.Quotes = raw.Ignore.Quotes
	c.Ignore.Speakers = raw.Ignore.Speakers
	for _, o := range raw.Outlets {
		c.Outlets = append(c.Outlets, OutletRule{Pattern: o.Pattern, Host: o.Host, Outlet: o.Outlet})
	}
	if raw.Baseline != "" {
		c.Baseline = raw.Baseline
		if !filepath.IsAbs(c.Baseline) {
			c.Baseline = filepath.Join(filepath.Dir(p.name), c.Baseline)
		}
	}
	c.quoteKeys = keySet(c.Ignore.Quotes)
	c.speakerKeys = keySet(c.Ignore.Speakers)
	return c, nil
}

func keySet(list []string) map[string]bool {
	if len(list) == 0 {
		return nil
	}
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[align.NormalizeText(s)] = true
	}
	return m
}

// Severities returns the verdicts whose severity the file overrides, ready
// to lay over the checker's defaults; nil when there are none.
func (c *Config) Severities() map[align.Verdict]align.Severity {
	if c == nil || len(c.Severity) == 0 {
		return nil
	}
	m := make(map[align.Verdict]align.Severity, len(c.Severity))
	for k, v := range c.Severity {
		m[k] = v
	}
	return m
}

// IgnoreQuote reports whether a quote with this text is to be left out of
// the report. Matching ignores case, punctuation, quote style and spacing,
// and needs the whole text to match.
func (c *Config) IgnoreQuote(text string) bool {
	if c == nil || len(c.Ignore.Quotes) == 0 {
		return false
	}
	keys := c.quoteKeys
	if keys == nil { // a Config built by hand rather than loaded
		keys = keySet(c.Ignore.Quotes)
	}
	k := align.NormalizeText(text)
	return k != "" && keys[k]
}

// IgnoreSpeaker reports whether any of names (a speaker's name, aliases or
// ID) is listed under ignore.speakers, ignoring case and punctuation.
func (c *Config) IgnoreSpeaker(names ...string) bool {
	if c == nil || len(c.Ignore.Speakers) == 0 {
		return false
	}
	keys := c.speakerKeys
	if keys == nil {
		keys = keySet(c.Ignore.Speakers)
	}
	for _, n := range names {
		if k := align.NormalizeText(n); k != "" && keys[k] {
			return true
		}
	}
	return false
}

// OutletFor returns the outlet named by the first rule matching path, an
// input's file path or URL.
func (c *Config) OutletFor(input string) (string, bool) {
	if c == nil {
		return "", false
	}
	host := ""
	if u, err := url.Parse(input); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
		host = strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	}
	slashed := path.Clean(filepath.ToSlash(input))
	base := path.Base(slashed)
	for _, r := range c.Outlets {
		if r.Host != "" && host != "" {
			h := strings.ToLower(r.Host)
			if host == h || strings.HasSuffix(host, "."+h) {
				return r.Outlet, true
			}
		}
		if r.Pattern == "" {
			continue
		}
		if ok, _ := path.Match(r.Pattern, base); ok {
			return r.Outlet, true
		}
		if ok, _ := path.Match(r.Pattern, slashed); ok {
			return r.Outlet, true
		}
	}
	return "", false
}

// NameOutlets sets the outlet of each article that an outlets rule
// matches (by its Path, else by its URL, so that host rules reach a saved
// page whose og:url or canonical link names its address), in place. A
// matching rule wins over the outlet an input guessed from page metadata
// or the file name: the user wrote it.
func (c *Config) NameOutlets(arts []quotes.Article) {
	if c == nil || len(c.Outlets) == 0 {
		return
	}
	for i := range arts {
		o, ok := c.OutletFor(arts[i].Path)
		if !ok && arts[i].URL != "" {
			o, ok = c.OutletFor(arts[i].URL)
		}
		if ok {
			arts[i].Outlet = o
		}
	}
}

// Filter returns the articles without the quotes the configuration
// ignores: those whose text is listed under ignore.quotes, and those whose
// speaker (its name in the article, its ID, or the resolved speaker's name
// or any alias) is listed under ignore.speakers. It runs before the
// alignment, so an ignored quote is never compared at all. The input is
// not changed; articles with nothing ignored share their quote slices.
func (c *Config) Filter(arts []align.ArticleQuotes, speakers []align.Speaker) []align.ArticleQuotes {
	if c == nil || len(c.Ignore.Quotes)+len(c.Ignore.Speakers) == 0 {
		return arts
	}
	byID := make(map[string]*align.Speaker, len(speakers))
	for i := range speakers {
		byID[speakers[i].ID] = &speakers[i]
	}
	ignored := func(q *quotes.Quote) bool {
		if c.IgnoreQuote(q.Text) {
			return true
		}
		if len(c.Ignore.Speakers) == 0 || (q.Speaker == "" && q.SpeakerID == "") {
			return false
		}
		names := []string{q.Speaker, q.SpeakerID}
		if sp := byID[q.SpeakerID]; sp != nil {
			names = append(append(names, sp.Name), sp.Aliases...)
		}
		return c.IgnoreSpeaker(names...)
	}
	out := make([]align.ArticleQuotes, len(arts))
	for i, a := range arts {
		out[i] = a
		var kept []quotes.Quote
		for j := range a.Quotes {
			if ignored(&a.Quotes[j]) {
				if kept == nil {
					kept = append(make([]quotes.Quote, 0, len(a.Quotes)), a.Quotes[:j]...)
				}
				continue
			}
			if kept != nil {
				kept = append(kept, a.Quotes[j])
			}
		}
		if kept != nil {
			out[i].Quotes = kept
		}
	}
	return out
}
