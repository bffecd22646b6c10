package input

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/quotecheck/quotecheck/quotes"
	"golang.org/x/net/html/charset"
)

// Defaults for the zero values of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 10 << 20 // a downloaded page
	DefaultMaxFileBytes = 64 << 20 // a file or standard input; see Options.MaxFileBytes
	DefaultMaxRedirects = 10
)

// StdinName is how standard input is named in errors and warnings.
const StdinName = "standard input"

// Options control Load. The zero value is ready to use.
type Options struct {
	// HTTPClient fetches URLs; nil means a client on http.DefaultTransport.
	// Its CheckRedirect is replaced by the MaxRedirects check when nil.
	HTTPClient *http.Client
	// Timeout bounds each URL, from connecting to the last byte;
	// 0 means DefaultTimeout.
	Timeout time.Duration
	// MaxBytes is the largest page downloaded; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxFileBytes is the largest file, device, pipe or standard input
	// read, and caps MaxBytes too; 0 means DefaultMaxFileBytes. Reading
	// stops one byte past it, so /dev/zero or a growing file costs at most
	// this much memory, not everything it can give.
	MaxFileBytes int64
	// MaxRedirects is how many redirects a URL may follow;
	// 0 means DefaultMaxRedirects.
	MaxRedirects int
	// UserAgent, when set, is sent with every request.
	UserAgent string
	// Manifest, when set, names inputs' outlets, URLs, dates and titles.
	Manifest *Manifest
	// Stdin is read for the argument "-"; nil makes "-" an error.
	Stdin io.Reader
	// Progress, when set, is called before each input is read and once
	// after the last, with how many of the total (after directories are
	// expanded) are done. Calls come from the goroutine that called Load.
	Progress func(done, total int)
}

func (o *Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o *Options) maxBytes() int64 {
	n := int64(DefaultMaxBytes)
	if o.MaxBytes > 0 {
		n = o.MaxBytes
	}
	return min(n, o.maxFileBytes())
}

func (o *Options) maxFileBytes() int64 {
	if o.MaxFileBytes > 0 {
		return o.MaxFileBytes
	}
	return DefaultMaxFileBytes
}

func (o *Options) client() *http.Client {
	max := o.MaxRedirects
	if max <= 0 {
		max = DefaultMaxRedirects
	}
	var c http.Client
	if o.HTTPClient != nil {
		c = *o.HTTPClient
	}
	if c.CheckRedirect == nil {
		c.CheckRedirect = checkRedirect(max)
	}
	return &c
}

// Error is a failure to load one input. Its message starts with the input's
// name, e.g. "notes.pdf: not a text file (looks like PDF)".
type Error struct {
	Input string // the file path, URL or StdinName
	Err   error
}

// Error never shows the user information of a URL, wherever in the message
// a lower layer put it.
func (e *Error) Error() string { return redactText(e.Input + ": " + e.Err.Error()) }
func (e *Error) Unwrap() error { return e.Err }

// Warning is something a user should know about an input that was still
// loaded (or deliberately skipped), e.g. an empty file.
type Warning struct {
	Input   string
	Message string
}

func (w Warning) String() string { return redactText(w.Input + ": " + w.Message) }

// Extensions are the file name extensions read from directories.
var extensions = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// item is one input to load, after directories are expanded.
type item struct {
	kind string // "file", "url" or "stdin"
	name string // as the user will recognise it: the path, the URL without user information, StdinName
	abs  string // the absolute path of a file, for the manifest and duplicates
	// target is the URL to fetch, user information included: it is sent
	// as basic authentication and never shown.
	target string
}

// Load reads every input named by args: files, directories (recursively,
// .txt, .md, .html and .htm files, sorted, hidden entries skipped), "-" for
// opts.Stdin, and http(s) URLs. It returns the articles in argument order
// with unique IDs, warnings about inputs that were loaded but look wrong,
// and one *Error per input that could not be loaded. A failed input never
// stops the others.
func Load(ctx context.Context, args []string, opts Options) (arts []quotes.Article, warns []Warning, errs []error) {
	items, warns, errs := expand(args)
	ids := newIDSet()
	used := map[*ManifestEntry]bool{}
	for n, it := range items {
		opts.progress(n, len(items))
		if err := ctx.Err(); err != nil {
			errs = append(errs, &Error{Input: it.name, Err: fmt.Errorf("canceled")})
			continue
		}
		art, ws, err := loadItem(ctx, it, &opts)
		for _, w := range ws {
			warns = append(warns, Warning{Input: it.name, Message: w})
		}
		var skip *skipError
		if errors.As(err, &skip) {
			warns = append(warns, Warning{Input: it.name, Message: skip.reason})
			continue
		}
		if err != nil {
			errs = append(errs, &Error{Input: it.name, Err: err})
			continue
		}
		art.ID = ids.unique(baseID(it))
		var entry *ManifestEntry
		if opts.Manifest != nil {
			if it.kind == "url" {
				entry = opts.Manifest.lookupURL(it.name)
			} else if it.kind == "file" {
				entry = opts.Manifest.lookupPath(it.abs)
			}
		}
		if entry != nil {
			used[entry] = true
			art.Outlet = firstNonEmpty(entry.Outlet, art.Outlet)
			art.URL = firstNonEmpty(entry.URL, art.URL)
			art.Date = firstNonEmpty(entry.Date, art.Date)
			art.Title = firstNonEmpty(entry.Title, art.Title)
		}
		// A manifest or a page may name a URL with credentials too.
		art.URL = RedactURL(art.URL)
		if art.Outlet == "" {
			art.Outlet = firstNonEmpty(hostOf(art.URL), art.ID)
		}
		arts = append(arts, art)
	}
	opts.progress(len(items), len(items))
	if opts.Manifest != nil {
		for i := range opts.Manifest.Entries {
			e := &opts.Manifest.Entries[i]
			if !used[e] {
				warns = append(warns, Warning{
					Input:   fmt.Sprintf("%s:%d", opts.Manifest.Path, e.Line),
					Message: fmt.Sprintf("%s matches no input", e.key()),
				})
			}
		}
	}
	return arts, warns, errs
}

// expand turns arguments into items, walking directories and dropping
// inputs named twice.
func expand(args []string) (items []item, warns []Warning, errs []error) {
	seen := map[string]bool{}
	add := func(it item) {
		key := it.kind + "\x00" + it.name
		if it.kind == "file" {
			key = "file\x00" + it.abs
		}
		if seen[key] {
			warns = append(warns, Warning{Input: it.name, Message: "given more than once; read once"})
			return
		}
		seen[key] = true
		items = append(items, it)
	}
	for _, arg := range args {
		switch {
		case arg == "-":
			add(item{kind: "stdin", name: StdinName})
		case IsURL(arg):
			add(item{kind: "url", name: RedactURL(arg), target: arg})
		default:
			info, err := os.Stat(arg)
			if err != nil {
				errs = append(errs, &Error{Input: arg, Err: describeFSError(err)})
				continue
			}
			if !info.IsDir() {
				add(item{kind: "file", name: arg, abs: absPath(arg)})
				continue
			}
			found := 0
			walkErr := walkInputs(arg, func(p string) {
				found++
				add(item{kind: "file", name: p, abs: absPath(p)})
			}, func(p, msg string) {
				warns = append(warns, Warning{Input: p, Message: msg})
			}, func(p string, err error) {
				errs = append(errs, &Error{Input: p, Err: describeFSError(err)})
			})
			if walkErr != nil {
				errs = append(errs, &Error{Input: arg, Err: describeFSError(walkErr)})
			}
			if found == 0 {
				warns = append(warns, Warning{Input: arg, Message: "directory holds no .txt, .md, .html or .htm files"})
			}
		}
	}
	return items, warns, errs
}

// loadItem reads one input into an article without its ID.
func loadItem(ctx context.Context, it item, opts *Options) (quotes.Article, []string, error) {
	var (
		raw       string
		htmlHint  bool
		declared  string
		pageURL   *url.URL
		art       = quotes.Article{Path: it.name}
		readLimit = opts.maxFileBytes()
	)
	switch it.kind {
	case "stdin":
		art.Path = "-"
		if opts.Stdin == nil {
			return art, nil, errors.New("not available")
		}
		s, err := readStream(opts.Stdin, readLimit, -1)
		if err != nil {
			if errors.Is(err, errTooLarge) {
				return art, nil, tooLarge(readLimit, -1)
			}
			if errors.Is(err, errNotText) {
				return art, nil, err
			}
			return art, nil, fmt.Errorf("read: %w", err)
		}
		raw = s
	case "url":
		f, err := fetch(ctx, it.target, opts)
		if err != nil {
			return art, nil, err
		}
		raw, declared, pageURL = f.body, f.charset, f.finalURL
		htmlHint = f.contentType == "text/html" || f.contentType == "application/xhtml+xml"
		art.URL = it.name
	default:
		s, err := readFile(it.name, readLimit)
		if err != nil {
			return art, nil, err
		}
		if marker := reportMarker(s); marker != "" {
			return art, nil, &skipError{"a quotecheck report (" + marker + "), not an article; skipped"}
		}
		raw = s
		ext := strings.ToLower(filepath.Ext(it.name))
		htmlHint = ext == ".html" || ext == ".htm"
	}
	return toArticle(art, raw, htmlHint, declared, pageURL)
}

// toArticle decodes raw and, for a page, extracts its article.
func toArticle(art quotes.Article, raw string, htmlHint bool, declared string, pageURL *url.URL) (quotes.Article, []string, error) {
	var warns []string
	// A page's own <meta charset> counts when no server named a charset,
	// and when the server's "utf-8" (often a default the server adds to
	// every page) is belied by the bytes.
	if htmlHint || sniffHTML(raw) {
		if declared == "" || canonicalCharset(declared) == EncUTF8 && !utf8.ValidString(raw) {
			declared = firstNonEmpty(metaCharset(raw), declared)
		}
	}
	d, err := decodeText(raw, declared)
	if err != nil {
		return art, nil, err
	}
	if d.warning != "" {
		warns = append(warns, d.warning)
	}
	art.Encoding = d.encoding
	art.TextSource = "text"
	isHTML := htmlHint || sniffHTML(d.text)
	if isHTML {
		art.TextSource = "html"
	}
	if isBlank(d.text) {
		if len(raw) == 0 {
			warns = append(warns, "empty file")
		} else {
			warns = append(warns, "contains only white space")
		}
		art.Text = d.text
		if isHTML {
			art.Text = ""
		}
		return art, warns, nil
	}
	if !isHTML {
		art.Text = d.text
		return art, warns, nil
	}
	p, err := extractHTML(d.text, pageURL)
	if err != nil {
		return art, nil, err
	}
	art.Text, art.Title, art.Outlet, art.Date = p.text, p.title, p.siteName, p.date
	art.Page = pageMap(d.text, art.Text)
	if art.URL == "" {
		// A saved page: its own address names its host, for the outlet
		// and for the configuration's host rules.
		art.URL = p.address
	}
	return art, warns, nil
}

// metaCharset returns the charset an HTML document declares in its first
// 1024 bytes, or a guess; decodeText only heeds labels other than UTF-8 and
// Windows-1252, so the guess does no harm.
func metaCharset(raw string) string {
	head := raw
	if len(head) > 1024 {
		head = head[:1024]
	}
	_, name, _ := charset.DetermineEncoding([]byte(head), "")
	return name
}

// readFile reads a regular file of at most limit bytes.
func readFile(name string, limit int64) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", describeFSError(err)
	}
	defer f.Close()
	size := int64(-1)
	if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
		size = info.Size()
		if size > limit {
			return "", tooLarge(limit, size)
		}
	}
	s, err := readStream(f, limit, size)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return "", tooLarge(limit, -1)
		}
		if errors.Is(err, errNotText) {
			return "", err
		}
		return "", fmt.Errorf("read: %w", describeFSError(err))
	}
	return s, nil
}

// sniffBytes is how much of an input is looked at before the rest is read.
const sniffBytes = 8192

// readStream reads r like readLimited, but first looks at its start and
// refuses what is evidently not text (a signature, NUL bytes, control
// bytes) there: /dev/zero or /dev/urandom then cost 8 KB, not the limit.
// Text with a UTF-16 or UTF-32 byte order mark holds NUL bytes by nature
// and is left to decodeText.
func readStream(r io.Reader, limit, hint int64) (string, error) {
	head := make([]byte, min(sniffBytes, limit+1))
	n, err := io.ReadFull(r, head)
	head = head[:n]
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		if int64(n) > limit {
			return "", errTooLarge
		}
		return string(head), nil
	case err != nil:
		return "", err
	}
	if !hasWideBOM(head) {
		if err := checkNotBinary(string(head), true); err != nil {
			return "", err
		}
	}
	return readLimited(io.MultiReader(bytes.NewReader(head), r), limit, hint)
}

// hasWideBOM reports whether b starts with a UTF-16 or UTF-32 byte order
// mark.
func hasWideBOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff}) ||
		bytes.HasPrefix(b, []byte{0, 0, 0xfe, 0xff})
}

var errTooLarge = errors.New("input too large")

// tooLarge is the error for a file or standard input past the per-input
// limit; size is -1 when unknown (a pipe, a device, standard input).
func tooLarge(limit, size int64) error {
	if size >= 0 {
		return fmt.Errorf("larger than the --max-input-size limit of %s (%s)", formatBytes(limit), formatBytes(size))
	}
	return fmt.Errorf("larger than the --max-input-size limit of %s", formatBytes(limit))
}

// skipError is returned for an input that is deliberately not read; Load
// turns it into a warning.
type skipError struct{ reason string }

func (e *skipError) Error() string { return e.reason }

// maxChunk caps the pieces readLimited reads a stream into.
const maxChunk = 4 << 20

// readLimited reads r into a string of at most limit bytes, reading one
// byte past the limit to tell "exactly limit" from "more".
//
// Memory is what matters here, since the input may be endless: a stream
// is read into pieces of growing size (32 KB up to 4 MiB), none of which
// is copied while reading, and joined once at the end. Refusing an input
// at the limit thus holds about the limit, not a doubled buffer and its
// discarded predecessors. A file whose size is known (hint) is read into
// one piece of that size, which becomes the string without a copy.
func readLimited(r io.Reader, limit, hint int64) (string, error) {
	next := int64(32 << 10)
	if hint > 0 && hint <= limit {
		next = hint + 1 // +1: the read that finds the end
	}
	var pieces [][]byte
	var total int64
	for {
		size := min(next, limit+1-total)
		piece := make([]byte, size)
		n, err := io.ReadFull(r, piece)
		total += int64(n)
		if n > 0 {
			pieces = append(pieces, piece[:n])
		}
		if total > limit {
			return "", errTooLarge
		}
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			break
		}
		if err != nil {
			return "", err
		}
		next = min(2*next, maxChunk)
	}
	switch len(pieces) {
	case 0:
		return "", nil
	case 1:
		// The piece is not touched again: the string may share it.
		return unsafe.String(unsafe.SliceData(pieces[0]), len(pieces[0])), nil
	}
	var b strings.Builder
	b.Grow(int(total))
	for _, p := range pieces {
		b.Write(p)
	}
	return b.String(), nil
}

// describeFSError drops the operation and path from an *fs.PathError: the
// input's name already starts the message.
func describeFSError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// IsURL is the rule for an argument read as a URL rather than a file:
// http or https, any case. The command uses it too, to tell which
// arguments are local files.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return filepath.Clean(p)
}

// baseID is an input's ID before collisions are resolved: the file name
// without its extension; for a URL the last path segment, else the host.
func baseID(it item) string {
	var id string
	switch it.kind {
	case "stdin":
		id = "stdin"
	case "url":
		u, err := url.Parse(it.name)
		if err == nil {
			seg := path.Base(strings.TrimRight(u.Path, "/"))
			if seg != "." && seg != "/" && seg != "" {
				id = strings.TrimSuffix(seg, path.Ext(seg))
			}
			if id == "" {
				id = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
	default:
		base := filepath.Base(it.name)
		id = strings.TrimSuffix(base, filepath.Ext(base))
	}
	if id == "" {
		id = "article"
	}
	return id
}

// idSet hands out unique IDs: the first "a" stays "a", later ones become
// "a-2", "a-3", ... skipping any taken by an input of that name.
type idSet struct{ taken map[string]bool }

func newIDSet() *idSet { return &idSet{taken: map[string]bool{}} }

func (s *idSet) unique(id string) string {
	cand := id
	for n := 2; s.taken[cand]; n++ {
		cand = id + "-" + strconv.Itoa(n)
	}
	s.taken[cand] = true
	return cand
}

func hostOf(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
