package baseline

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/atomicfile"
)

// Schema names the file format; Load refuses any other.
const Schema = "quotecheck-baseline/v1"

// Entry is one recorded finding. Only Key is used for matching; the other
// fields are there so a person can read the file and review its diff.
type Entry struct {
	Key     string        `json:"key"`
	Verdict align.Verdict `json:"verdict"`
	Speaker string        `json:"speaker"` // speaker ID, "" when the versions have none
	AText   string        `json:"a_text"`
	BText   string        `json:"b_text"`
}

// file is the JSON document.
type file struct {
	Schema  string  `json:"schema"`
	Entries []Entry `json:"entries"`
}

// Baseline is a set of recorded findings. A nil *Baseline records nothing.
type Baseline struct {
	Path    string
	Entries []Entry
	keys    map[string]bool
}

// Key identifies a finding by content: the speaker ID, the verdict and the
// normalised texts of the two versions, in either order (a finding between
// outlets A and B is the same finding as between B and A). It is the hex
// SHA-256 of those, so it is stable across runs and machines.
func Key(speakerID string, verdict align.Verdict, aText, bText string) string {
	a, b := Normalize(aText), Normalize(bText)
	if b < a {
		a, b = b, a
	}
	h := sha256.New()
	// NUL cannot occur in normalised text or an ID, so the fields
	// cannot run into each other.
	for _, s := range []string{Schema, speakerID, string(verdict), a, b} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// FindingKey is Key for a finding of res: the versions' texts are looked up
// by quote ID (for paraphrased-unquoted, B is the span's text) and the
// speaker is the cluster's. Entries and Filter use an index built once;
// this is for one-off use.
func FindingKey(res align.Result, c align.Cluster, f align.Finding) string {
	return newIndex(res).entry(c, f).Key
}

// index maps quote IDs to their texts.
type index map[string]string

func newIndex(res align.Result) index {
	ix := make(index)
	for _, a := range res.Articles {
		for _, q := range a.Quotes {
			ix[q.ID] = q.Text
		}
	}
	return ix
}

func (ix index) entry(c align.Cluster, f align.Finding) Entry {
	e := Entry{Verdict: f.Verdict, Speaker: c.SpeakerID, AText: ix[f.A]}
	if f.BSpan != nil {
		e.BText = f.BSpan.Text
	} else {
		e.BText = ix[f.B]
	}
	e.Key = Key(e.Speaker, e.Verdict, e.AText, e.BText)
	return e
}

// recorded says whether a finding belongs in a baseline: an identical pair
// is not a divergence, so recording it would only add noise.
func recorded(f align.Finding) bool { return f.Verdict != align.Identical }

// Entries lists the findings of res that a baseline records, one per key
// (the same divergence between two pairs of outlets is one entry), in a
// stable order so that a rewritten baseline diffs cleanly.
func Entries(res align.Result) []Entry {
	ix := newIndex(res)
	seen := make(map[string]bool)
	var out []Entry
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			if !recorded(f) {
				continue
			}
			e := ix.entry(c, f)
			if seen[e.Key] {
				continue
			}
			seen[e.Key] = true
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(x, y Entry) int {
		return cmp.Or(cmp.Compare(x.Speaker, y.Speaker), cmp.Compare(x.Verdict, y.Verdict),
			cmp.Compare(x.AText, y.AText), cmp.Compare(x.BText, y.BText), cmp.Compare(x.Key, y.Key))
	})
	return out
}

// Encode writes the baseline of res as JSON.
func Encode(w io.Writer, res align.Result) error {
	doc := file{Schema: Schema, Entries: Entries(res)}
	if doc.Entries == nil {
		doc.Entries = []Entry{} // "entries": [] reads better than null
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false) // quotes are read by people; keep & < > as they are
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// Write records the findings of res at path, atomically: an error leaves
// any earlier baseline at path as it was.
func Write(path string, res align.Result) error {
	if err := atomicfile.Write(path, func(w io.Writer) error { return Encode(w, res) }); err != nil {
		return fmt.Errorf("write baseline: %w", err)
	}
	return nil
}

// Load reads a baseline file.
func Load(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("read baseline %s: %w", path, err)
	}
	return LoadBytes(path, data)
}

// LoadBytes parses data as the baseline file called name (used in errors).
func LoadBytes(name string, data []byte) (*Baseline, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, fmt.Errorf("%s: empty file (want a %s JSON document; write one with --write-baseline)", name, Schema)
	}
	var doc file
	dec := json.NewDecoder(bytes.NewReader(data))
	// A misspelt key ("entires") would otherwise be dropped and the
	// baseline silently hide nothing.
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, jsonError(name, data, err)
	}
	end := int(dec.InputOffset())
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		rest := end
		rest = len(data) - len(bytes.TrimLeft(data[rest:], " \t\r\n"))
		line, col := position(data, rest)
		return nil, fmt.Errorf("%s:%d:%d: unexpected data after the JSON document", name, line, col)
	}
	if doc.Schema != Schema {
		return nil, fmt.Errorf("%s: schema %q, want %q", name, doc.Schema, Schema)
	}
	b := &Baseline{Path: name, Entries: doc.Entries, keys: make(map[string]bool, len(doc.Entries))}
	for i := range b.Entries {
		e := &b.Entries[i]
		if e.Key == "" {
			// A hand-written entry: the texts say what to match.
			if e.Verdict == "" {
				return nil, fmt.Errorf("%s: entry %d has neither a key nor a verdict", name, i+1)
			}
			e.Key = Key(e.Speaker, e.Verdict, e.AText, e.BText)
		}
		b.keys[e.Key] = true
	}
	return b, nil
}

// jsonError names the file, line and column of a JSON error.
func jsonError(name string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		// Offset counts the bad byte itself.
		line, col := position(data, int(syn.Offset)-1)
		return fmt.Errorf("%s:%d:%d: invalid JSON: %v", name, line, col, syn)
	case errors.As(err, &typ):
		line, col := position(data, valueStart(data, int(typ.Offset)))
		field := typ.Field
		if field == "" {
			field = "the document"
		}
		return fmt.Errorf("%s:%d:%d: %s: want %s, found a JSON %s", name, line, col, field, kindName(typ.Type.Kind()), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		// encoding/json has no error type for this; its message is
		// stable: json: unknown field "NAME".
		key := strings.TrimPrefix(err.Error(), "json: unknown field ")
		line, col := 1, 1
		if i := bytes.Index(data, []byte(key)); i >= 0 {
			line, col = position(data, i)
		}
		return fmt.Errorf("%s:%d:%d: unknown key %s (want schema and entries; an entry has key, verdict, speaker, a_text, b_text)", name, line, col, key)
	case errors.Is(err, io.ErrUnexpectedEOF):
		line, col := position(data, len(data))
		return fmt.Errorf("%s:%d:%d: invalid JSON: unexpected end of file (truncated?)", name, line, col)
	}
	return fmt.Errorf("%s: %w", name, err)
}

func kindName(k reflect.Kind) string {
	switch k {
	case reflect.String:
		return "a string"
	case reflect.Slice:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return k.String()
}

// valueStart finds where the JSON value that ends at offset begins: a type
// error's offset is just past the value, but the user should be pointed at
// its start. An object or array is reported just past its opening bracket.
func valueStart(data []byte, offset int) int {
	i := min(max(offset, 1), len(data)) - 1
	switch data[i] {
	case '{', '[':
		return i
	case '"':
		for j := i - 1; j >= 0; j-- {
			if data[j] == '"' && (j == 0 || data[j-1] != '\\') {
				return j
			}
		}
		return i
	}
	for i > 0 && !bytes.ContainsRune([]byte(" \t\r\n:,[{"), rune(data[i-1])) {
		i--
	}
	return i
}

// position turns a byte offset into a 1-based line and column (in bytes;
// a baseline's JSON structure is ASCII).
func position(data []byte, offset int) (line, col int) {
	offset = min(max(offset, 0), len(data))
	before := data[:offset]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = offset - bytes.LastIndexByte(before, '\n')
	return line, col
}

// Len is the number of recorded findings.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.keys)
}

// Has reports whether key is recorded.
func (b *Baseline) Has(key string) bool {
	return b != nil && b.keys[key]
}

// Filter returns res without the recorded findings, and how many findings
// it removed. A cluster that lost findings gets the verdict of the most
// severe finding left, or identical / single-source when none is left. res
// itself is not changed.
func (b *Baseline) Filter(res align.Result) (kept align.Result, suppressed int) {
	if b.Len() == 0 {
		return res, 0
	}
	ix := newIndex(res)
	kept = res
	kept.Clusters = make([]align.Cluster, len(res.Clusters))
	for i, c := range res.Clusters {
		var left []align.Finding
		removed := 0
		for _, f := range c.Findings {
			if recorded(f) && b.keys[ix.entry(c, f).Key] {
				removed++
				continue
			}
			left = append(left, f)
		}
		if removed > 0 {
			c.Findings = left
			c.Verdict = clusterVerdict(c)
			suppressed += removed
		}
		kept.Clusters[i] = c
	}
	// The summary counts what is left.
	comparisons := kept.Stats.Comparisons
	kept.Stats = align.CountStats(kept)
	kept.Stats.Comparisons = comparisons
	return kept, suppressed
}

// clusterVerdict is the verdict of a cluster that lost findings, as align
// would have reported it with those findings alone.
func clusterVerdict(c align.Cluster) align.Verdict {
	articles := make(map[string]bool)
	for _, id := range c.Quotes {
		// A quote ID is "<article id>#<n>".
		if i := strings.LastIndexByte(id, '#'); i >= 0 {
			id = id[:i]
		}
		articles[id] = true
	}
	return align.ClusterVerdict(c.Findings, len(articles))
}
