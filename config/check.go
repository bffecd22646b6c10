package config

import (
	"bytes"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/quotecheck/quotecheck/align"
)

// check walks the parsed document and reports the first problem with the
// file name, the line and what was expected; yaml.v3's own type errors
// name Go types, which mean nothing to a user.
func (p *parser) check(doc *yaml.Node) error {
	root := doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return nil
		}
		root = root.Content[0]
	}
	root = resolve(root)
	if isNull(root) {
		return nil
	}
	if root.Kind != yaml.MappingNode {
		return p.errorf(root.Line, "want a mapping of settings (%s), found %s", strings.Join(topKeys, ", "), kindName(root))
	}
	return p.eachKey(root, "", topKeys, func(key string, k, v *yaml.Node) error {
		switch key {
		case "severity":
			return p.checkSeverity(v)
		case "fail_on", "min_severity":
			if isNull(v) { // "fail_on:" with nothing after it: unset
				return nil
			}
			s, err := p.scalar(key, v)
			if err != nil {
				return err
			}
			if key == "fail_on" && s == string(FailNone) {
				return nil
			}
			if _, err := align.ParseSeverity(s); err != nil {
				want := joinNames(align.Severities())
				if key == "fail_on" {
					want += ", none"
				}
				return p.errorf(v.Line, "unknown severity %q for %s (want one of %s)", s, key, want)
			}
			return nil
		case "ignore":
			return p.checkIgnore(v)
		case "outlets":
			return p.checkOutlets(v)
		case "baseline":
			if isNull(v) {
				return nil
			}
			s, err := p.scalar(key, v)
			if err == nil && s == "" {
				err = p.errorf(v.Line, "baseline: want a file name, found an empty string")
			}
			return err
		}
		return nil
	})
}

// eachKey checks that every key of the mapping m is one of known and
// appears once, then calls fn for each entry in file order.
func (p *parser) eachKey(m *yaml.Node, where string, known []string, fn func(key string, k, v *yaml.Node) error) error {
	in := ""
	if where != "" {
		in = " in " + where
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := resolve(m.Content[i]), resolve(m.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return p.errorf(k.Line, "want a key name%s, found %s", in, kindName(k))
		}
		if !contains(known, k.Value) {
			return p.errorf(k.Line, "unknown key %q%s (want one of %s)", k.Value, in, strings.Join(known, ", "))
		}
		if first, dup := seen[k.Value]; dup {
			return p.errorf(k.Line, "duplicate key %q%s (first at line %d)", k.Value, in, first)
		}
		seen[k.Value] = k.Line
		if err := fn(k.Value, k, v); err != nil {
			return err
		}
	}
	return nil
}

func (p *parser) checkSeverity(m *yaml.Node) error {
	if isNull(m) {
		return nil
	}
	if m.Kind != yaml.MappingNode {
		return p.errorf(m.Line, "severity: want a mapping of verdict to severity, found %s", kindName(m))
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := resolve(m.Content[i]), resolve(m.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return p.errorf(k.Line, "severity: want a verdict name, found %s", kindName(k))
		}
		if _, err := align.ParseVerdict(k.Value); err != nil {
			return p.errorf(k.Line, "%v", err)
		}
		if first, dup := seen[k.Value]; dup {
			return p.errorf(k.Line, "duplicate key %q in severity (first at line %d)", k.Value, first)
		}
		seen[k.Value] = k.Line
		s, err := p.scalar("severity of "+k.Value, v)
		if err != nil {
			return err
		}
		if _, err := align.ParseSeverity(s); err != nil {
			return p.errorf(v.Line, "unknown severity %q for %s (want one of %s)", s, k.Value, joinNames(align.Severities()))
		}
	}
	return nil
}

func (p *parser) checkIgnore(m *yaml.Node) error {
	if isNull(m) {
		return nil
	}
	if m.Kind != yaml.MappingNode {
		return p.errorf(m.Line, "ignore: want a mapping with %s, found %s", strings.Join(ignoreKeys, " and "), kindName(m))
	}
	return p.eachKey(m, "ignore", ignoreKeys, func(key string, _, v *yaml.Node) error {
		if isNull(v) {
			return nil
		}
		if v.Kind != yaml.SequenceNode {
			return p.errorf(v.Line, "ignore.%s: want a list of strings, found %s", key, kindName(v))
		}
		for _, item := range v.Content {
			item = resolve(item)
			s, err := p.scalar("ignore."+key+" entry", item)
			if err != nil {
				return err
			}
			// An entry of punctuation alone would match every quote
			// that is punctuation alone: surely a mistake.
			if align.NormalizeText(s) == "" {
				return p.errorf(item.Line, "ignore.%s: entry %q has no words", key, s)
			}
		}
		return nil
	})
}

func (p *parser) checkOutlets(seq *yaml.Node) error {
	if isNull(seq) {
		return nil
	}
	if seq.Kind != yaml.SequenceNode {
		return p.errorf(seq.Line, "outlets: want a list of {pattern, outlet} entries, found %s", kindName(seq))
	}
	for _, e := range seq.Content {
		e = resolve(e)
		if e.Kind != yaml.MappingNode {
			return p.errorf(e.Line, "outlets: want an entry with %s, found %s", strings.Join(outletKeys, ", "), kindName(e))
		}
		var have = map[string]string{}
		err := p.eachKey(e, "outlets entry", outletKeys, func(key string, _, v *yaml.Node) error {
			s, err := p.scalar("outlets "+key, v)
			if err != nil {
				return err
			}
			if key == "pattern" {
				if _, err := path.Match(s, ""); err != nil {
					return p.errorf(v.Line, "bad pattern %q: %v", s, err)
				}
			}
			have[key] = s
			return nil
		})
		if err != nil {
			return err
		}
		if strings.TrimSpace(have["outlet"]) == "" {
			return p.errorf(e.Line, "outlets entry needs an outlet name")
		}
		if have["pattern"] == "" && have["host"] == "" {
			return p.errorf(e.Line, "outlets entry needs a pattern or a host")
		}
	}
	return nil
}

// scalar returns a plain value; what names the setting for the message.
func (p *parser) scalar(what string, v *yaml.Node) (string, error) {
	if v.Kind != yaml.ScalarNode {
		return "", p.errorf(v.Line, "%s: want a single value, found %s", what, kindName(v))
	}
	if isNull(v) {
		return "", nil
	}
	return v.Value, nil
}

// resolve follows an alias (*name) to the node it stands for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	}
	return "something else"
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// parserProblems are libyaml's parser (not scanner) messages: for these
// yaml.v3 reports the 0-based line, one less than the real one.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %YAML directive":        true,
	"found duplicate %TAG directive":         true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

var (
	lineRE   = regexp.MustCompile(`^line (\d+): (.*)$`)
	anchorRE = regexp.MustCompile(`^unknown anchor '(.*)' referenced$`)
)

// yamlError turns a yaml.v3 error ("yaml: line 4: did not find expected
// key") into "file:4: did not find expected key".
//
// yaml.v3 leaves the line out when it is the first (its lines count from
// 0 inside, and 0 reads as "unknown"), gives the 0-based line for parser
// errors, and no line for errors found outside the parser; all three are
// put right here. Its line is where the construct that failed started
// (the "[" of an unclosed list), which is where a user should look.
func (p *parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if strings.HasPrefix(msg, "unmarshal errors:\n") {
		// Only the first of several type errors: one clear message
		// beats a list the user has to decode.
		msg = strings.TrimSpace(strings.SplitN(strings.TrimPrefix(msg, "unmarshal errors:\n"), "\n", 2)[0])
	}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if parserProblems[m[2]] {
			line++
		}
		return p.errorf(line, "%s", m[2])
	}
	switch {
	case msg == "control characters are not allowed" ||
		strings.Contains(msg, "UTF-8") || strings.Contains(msg, "UTF-16"):
		return p.errorf(p.badByteLine(), "%s", msg)
	case anchorRE.MatchString(msg):
		name := anchorRE.FindStringSubmatch(msg)[1]
		if i := bytes.Index(p.data, []byte("*"+name)); i >= 0 {
			return p.errorf(lineOf(p.data, i), "%s", msg)
		}
		return fmt.Errorf("%s: %s", p.name, msg)
	case strings.HasPrefix(msg, "found ") || strings.HasPrefix(msg, "did not find ") ||
		strings.HasPrefix(msg, "mapping values ") || strings.HasPrefix(msg, "could not find ") ||
		strings.HasPrefix(msg, "block sequence ") || strings.HasPrefix(msg, "while "):
		// Scanner and parser messages without a line are on line 1.
		return p.errorf(1, "%s", msg)
	}
	return fmt.Errorf("%s: %s", p.name, msg)
}

// badByteLine finds the line of the first byte YAML refuses: invalid
// UTF-8 or a control character other than tab and line breaks.
func (p *parser) badByteLine() int {
	for i := 0; i < len(p.data); {
		r, size := utf8.DecodeRune(p.data[i:])
		bad := r == utf8.RuneError && size <= 1
		bad = bad || (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0x7f ||
			(r >= 0x80 && r <= 0x9f && r != 0x85) || r == 0xfffe || r == 0xffff
		if bad {
			return lineOf(p.data, i)
		}
		i += size
	}
	return 1
}

func lineOf(data []byte, offset int) int {
	return 1 + bytes.Count(data[:offset], []byte("\n"))
}
