package input

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
)

// Manifest names the outlet, URL, date and title of inputs. Inputs are
// matched by path (relative to the manifest's directory, or absolute) or
// by URL.
type Manifest struct {
	Path    string // the manifest file, as given to LoadManifest
	Entries []ManifestEntry

	byPath map[string]int // absolute clean path -> index in Entries
	byURL  map[string]int // normalised URL -> index in Entries
}

// ManifestEntry is one row of a manifest.
type ManifestEntry struct {
	Path   string // as written in the manifest; "" when the row names a URL
	URL    string // the page address; the key when Path is ""
	Outlet string
	Date   string
	Title  string
	// Role is "source" for a primary source (a transcript, captions, a
	// statement) the articles' quotes are checked against; "" or
	// "article" for an article.
	Role string
	// Speaker is who speaks a source that is a statement or speech.
	Speaker string
	Line    int // where the row starts in the manifest, 1-based
}

func (e *ManifestEntry) key() string {
	if e.Path != "" {
		return e.Path
	}
	return e.URL
}

// manifestFields are the columns (CSV) or keys (JSON) a manifest may use.
var manifestFields = []string{"path", "url", "outlet", "date", "title", "role", "speaker"}

const manifestFieldList = "path, url, outlet, date, title, role, speaker"

// LoadManifest reads a manifest: a .csv file with a header line naming its
// columns (path or url, and any of outlet, url, date, title), or a .json
// file holding an array of objects with those keys. Errors name the file
// and, for a syntax error, the line and what was expected.
func LoadManifest(path string) (*Manifest, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, describeFSError(err))
	}
	return ParseManifest(path, data)
}

// ParseManifest parses manifest data as if read from the file name, whose
// extension (.csv or .json) gives the format and whose directory is what
// relative paths in it are relative to.
func ParseManifest(name string, data []byte) (*Manifest, error) {
	m := &Manifest{Path: name, byPath: map[string]int{}, byURL: map[string]int{}}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // spreadsheets write one
	var err error
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		err = m.parseCSV(data)
	case ".json":
		err = m.parseJSON(data)
	default:
		return nil, fmt.Errorf("%s: a manifest must be a .csv or .json file", name)
	}
	if err != nil {
		// A message may quote a URL of the manifest, credentials and all.
		return nil, &redactedError{err}
	}
	return m, nil
}

func (m *Manifest) parseCSV(data []byte) error {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1 // counted here, to say which line is short
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err == io.EOF {
		return fmt.Errorf("%s: empty; expected a header line such as path,outlet,url,date", m.Path)
	}
	if err != nil {
		return m.csvError(err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !isManifestField(h) {
			return fmt.Errorf("%s:1: unknown column %q (expected %s)", m.Path, header[i], manifestFieldList)
		}
		if _, dup := col[h]; dup {
			return fmt.Errorf("%s:1: column %q appears twice", m.Path, h)
		}
		col[h] = i
	}
	if _, ok := col["path"]; !ok {
		if _, ok := col["url"]; !ok {
			return fmt.Errorf("%s:1: expected a path or url column in the header, got %q", m.Path, strings.Join(header, ","))
		}
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return m.csvError(err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			return fmt.Errorf("%s:%d: expected %d fields, got %d", m.Path, line, len(header), len(rec))
		}
		e := ManifestEntry{
			Path: get(rec, "path"), URL: get(rec, "url"), Outlet: get(rec, "outlet"),
			Date: get(rec, "date"), Title: get(rec, "title"), Line: line,
			Role: get(rec, "role"), Speaker: get(rec, "speaker"),
		}
		if err := m.add(e); err != nil {
			return err
		}
	}
}

func (m *Manifest) csvError(err error) error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", m.Path, err)
	}
	var msg string
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		msg = `unexpected " in an unquoted field (quote the whole field and double the " inside it)`
	case errors.Is(pe.Err, csv.ErrQuote):
		msg = `expected a closing " followed by a comma or the end of the line`
		if pe.StartLine != pe.Line {
			msg += fmt.Sprintf(" (the field opens on line %d)", pe.StartLine)
		}
	default:
		msg = pe.Err.Error()
	}
	return fmt.Errorf("%s:%d:%d: %s", m.Path, pe.Line, pe.Column, msg)
}

// jsonEntry is one object of a JSON manifest.
type jsonEntry struct {
	Path    string `json:"path"`
	URL     string `json:"url"`
	Outlet  string `json:"outlet"`
	Date    string `json:"date"`
	Title   string `json:"title"`
	Role    string `json:"role"`
	Speaker string `json:"speaker"`
}

func (m *Manifest) parseJSON(data []byte) error {
	// Check the syntax of the whole file first: json.Unmarshal reports
	// syntax errors at offsets into data, where a streaming Decoder counts
	// from the start of the element it was decoding.
	var top any
	if err := json.Unmarshal(data, &top); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			if strings.HasPrefix(se.Error(), "unexpected end of JSON input") {
				return fmt.Errorf("%s:%d: unexpected end of file (a ] or } is missing)", m.Path, lineAt(data, int64(len(data))))
			}
			return fmt.Errorf("%s:%d: %s", m.Path, lineAt(data, se.Offset-1), describeJSONSyntax(se.Error()))
		}
		return fmt.Errorf("%s: %w", m.Path, err)
	}
	if _, ok := top.([]any); !ok {
		start := skipSpaceAndComma(data, 0)
		return fmt.Errorf("%s:%d: expected a JSON array of objects, got %s", m.Path, lineAt(data, start), jsonKind(top))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the opening [
		return fmt.Errorf("%s: %w", m.Path, err)
	}
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return fmt.Errorf("%s:%d: %w", m.Path, lineAt(data, dec.InputOffset()), err)
		}
		// The element ends where the decoder stands; where it starts
		// gives every line number below.
		base := dec.InputOffset() - int64(len(raw))
		start := skipSpaceAndComma(data, base)
		line := lineAt(data, start)
		var je jsonEntry
		ed := json.NewDecoder(bytes.NewReader(raw))
		ed.DisallowUnknownFields()
		if err := ed.Decode(&je); err != nil {
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(err, &te) && te.Field == "":
				return fmt.Errorf("%s:%d: expected an object, got %s", m.Path, line, te.Value)
			case errors.As(err, &te):
				return fmt.Errorf("%s:%d: %s: expected a string, got %s", m.Path, lineAt(data, base+te.Offset-1), te.Field, te.Value)
			case strings.HasPrefix(err.Error(), "json: unknown field "):
				field := strings.TrimPrefix(err.Error(), "json: unknown field ")
				at := start
				if i := bytes.Index(raw, []byte(field)); i >= 0 {
					at = base + int64(i)
				}
				return fmt.Errorf("%s:%d: unknown key %s (expected %s)", m.Path, lineAt(data, at), field, manifestFieldList)
			default:
				return fmt.Errorf("%s:%d: %v", m.Path, line, err)
			}
		}
		e := ManifestEntry{
			Path: strings.TrimSpace(je.Path), URL: strings.TrimSpace(je.URL),
			Outlet: strings.TrimSpace(je.Outlet), Date: strings.TrimSpace(je.Date),
			Title: strings.TrimSpace(je.Title), Line: line,
			Role: strings.TrimSpace(je.Role), Speaker: strings.TrimSpace(je.Speaker),
		}
		if err := m.add(e); err != nil {
			return err
		}
	}
	return nil
}

// jsonKind names the kind of a decoded JSON value for an error message.
func jsonKind(v any) string {
	switch v.(type) {
	case map[string]any:
		return "an object"
	case string:
		return "a string"
	case nil:
		return "null"
	case bool:
		return "a boolean"
	default:
		return "a number"
	}
}

// lineAt returns the 1-based line of byte offset off in data.
func lineAt(data []byte, off int64) int {
	if off < 0 {
		off = 0
	}
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// skipSpaceAndComma returns the offset of the first byte from off that is
// neither JSON white space nor the comma between array elements.
func skipSpaceAndComma(data []byte, off int64) int64 {
	for off < int64(len(data)) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
		default:
			return off
		}
	}
	return off
}

func isManifestField(s string) bool {
	for _, f := range manifestFields {
		if s == f {
			return true
		}
	}
	return false
}

// add validates an entry and indexes it by its key.
func (m *Manifest) add(e ManifestEntry) error {
	where := fmt.Sprintf("%s:%d", m.Path, e.Line)
	if e.Role != "" && e.Role != "article" && e.Role != "source" {
		return fmt.Errorf("%s: role %q: want article or source", where, e.Role)
	}
	// A URL in the path column is the page's address: "path or url".
	if IsURL(e.Path) {
		if e.URL == "" {
			e.URL = e.Path
		}
		if e.URL != e.Path {
			return fmt.Errorf("%s: path %q is a URL and differs from url %q", where, e.Path, e.URL)
		}
		e.Path = ""
	}
	if e.URL != "" {
		u, err := url.Parse(e.URL)
		if err != nil || !IsURL(e.URL) || u.Host == "" {
			return fmt.Errorf("%s: expected an http(s) URL, got %q", where, e.URL)
		}
	}
	switch {
	case e.Path != "":
		key := e.Path
		if !filepath.IsAbs(key) {
			key = filepath.Join(filepath.Dir(m.Path), filepath.FromSlash(key))
		}
		key = absPath(key)
		if i, dup := m.byPath[key]; dup {
			return fmt.Errorf("%s: %s is already listed on line %d", where, e.Path, m.Entries[i].Line)
		}
		m.byPath[key] = len(m.Entries)
	case e.URL != "":
		key := normURL(e.URL)
		if i, dup := m.byURL[key]; dup {
			return fmt.Errorf("%s: %s is already listed on line %d", where, e.URL, m.Entries[i].Line)
		}
		m.byURL[key] = len(m.Entries)
	default:
		return fmt.Errorf("%s: expected a path or a url, got neither", where)
	}
	m.Entries = append(m.Entries, e)
	return nil
}

func (m *Manifest) lookupPath(abs string) *ManifestEntry {
	if i, ok := m.byPath[abs]; ok {
		return &m.Entries[i]
	}
	return nil
}

func (m *Manifest) lookupURL(raw string) *ManifestEntry {
	if i, ok := m.byURL[normURL(raw)]; ok {
		return &m.Entries[i]
	}
	return nil
}

// normURL makes the URL forms a user would consider the same compare
// equal: scheme and host case, a trailing slash, a fragment.
func normURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return raw
	}
	u.Scheme = strings.ToLower(u.Scheme)
	u.Host = strings.ToLower(u.Host)
	u.User = nil // inputs are matched by their names, shown without credentials
	u.Fragment = ""
	u.RawFragment = ""
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u.String()
}

// jsonExpectations say what encoding/json wanted where its message names
// only the place ("invalid character '{' after array element").
var jsonExpectations = []struct{ place, expected string }{
	{"after array element", "a comma or ] after an array element"},
	{"after object key:value pair", "a comma or } after a key and its value"},
	{"after object key", "a colon after a key"},
	{"looking for beginning of object key string", "a quoted key"},
	{"looking for beginning of value", "a value"},
	{"after top-level value", "nothing after the array"},
}

// describeJSONSyntax turns encoding/json's "invalid character 'X' PLACE"
// into "expected WHAT, got 'X'"; other messages pass through.
func describeJSONSyntax(msg string) string {
	rest, ok := strings.CutPrefix(msg, "invalid character ")
	if !ok {
		return msg
	}
	for _, e := range jsonExpectations {
		if got, ok := strings.CutSuffix(rest, " "+e.place); ok {
			return "expected " + e.expected + ", got " + got
		}
	}
	return msg
}

// Sources returns the entries whose role is "source", each with its path
// made absolute (a relative path is relative to the manifest), in order.
func (m *Manifest) Sources() []ManifestEntry {
	if m == nil {
		return nil
	}
	var out []ManifestEntry
	for _, e := range m.Entries {
		if e.Role != "source" {
			continue
		}
		if e.Path != "" && !filepath.IsAbs(e.Path) {
			e.Path = absPath(filepath.Join(filepath.Dir(m.Path), filepath.FromSlash(e.Path)))
		}
		out = append(out, e)
	}
	return out
}

// IsSource reports whether an input the manifest lists (by absolute path
// or URL) is a source rather than an article.
func (m *Manifest) IsSource(path, rawURL string) bool {
	if m == nil {
		return false
	}
	if path != "" {
		if e := m.lookupPath(absPath(path)); e != nil {
			return e.Role == "source"
		}
	}
	if rawURL != "" {
		if e := m.lookupURL(rawURL); e != nil {
			return e.Role == "source"
		}
	}
	return false
}
