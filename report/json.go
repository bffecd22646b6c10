package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// Schema is the name of the JSON contract this package writes
// (docs/json-v1.md).
const Schema = "quotecheck/v1"

// The wire types below spell out the contract field by field, in its
// order, so the domain types can change without changing the output.

// jsonDoc's members are written one by one by writeJSONDoc: a member added
// here must be added there too, or the streamed output drops it
// (TestWriteJSONDocMatchesEncoder notices only when its fixture fills it).
type jsonDoc struct {
	Schema   string         `json:"schema"`
	Articles []jsonArticle  `json:"articles"`
	Speakers []jsonSpeaker  `json:"speakers"`
	Clusters *[]jsonCluster `json:"clusters,omitempty"` // only from check
	Record   *jsonRecord    `json:"record,omitempty"`   // only from check with --source
	Summary  jsonSummary    `json:"summary"`
}

type jsonArticle struct {
	ID     string      `json:"id"`
	Path   string      `json:"path"`
	Outlet string      `json:"outlet"`
	Title  string      `json:"title"`
	Quotes []jsonQuote `json:"quotes"`
	// Additions the contract allows: where the offsets point.
	TextSource string `json:"text_source,omitempty"`
	Encoding   string `json:"encoding,omitempty"`
}

type jsonQuote struct {
	ID        string       `json:"id"`
	Text      string       `json:"text"`
	Start     int          `json:"start"`
	End       int          `json:"end"`
	Line      int          `json:"line"`
	Column    int          `json:"column"`
	Kind      string       `json:"kind"`
	Speaker   *string      `json:"speaker"`
	SpeakerID *string      `json:"speaker_id"`
	Mention   *jsonMention `json:"mention"`
	Cue       *string      `json:"cue"`
}

type jsonMention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonSpeaker struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Articles []string `json:"articles"`
}

type jsonCluster struct {
	ID        string        `json:"id"`
	SpeakerID *string       `json:"speaker_id"`
	Quotes    []string      `json:"quotes"`
	Verdict   string        `json:"verdict"`
	Findings  []jsonFinding `json:"findings"`
	// Additions: the reference variant's ID (null when align named none)
	// and every variant, the reference first.
	Reference *string       `json:"reference"`
	Variants  []jsonVariant `json:"variants"`
	// Addition: the primary source's passage, when --source has it.
	Source *jsonPassage `json:"source,omitempty"`
}

// jsonVariant is one wording of the utterance and who carries it.
type jsonVariant struct {
	ID       string   `json:"id"`
	Text     string   `json:"text"`
	Quotes   []string `json:"quotes"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
	Verdict  string   `json:"verdict"`
	Severity string   `json:"severity"`
	Diff     []jsonOp `json:"diff"` // reference -> this variant; [] for the reference
	// Addition: the variant it was compared with (the cluster's reference,
	// or its part's in a cluster that joins a statement's fragments);
	// null for a reference.
	ComparedWith *string `json:"compared_with"`
}

type jsonFinding struct {
	Verdict  string `json:"verdict"`
	Severity string `json:"severity"`
	A        string `json:"a"`
	// B is a quote ID, or null when the finding has no second version; it
	// is left out when BSpan replaces it (paraphrased-unquoted).
	B     json.RawMessage `json:"b,omitempty"`
	BSpan *jsonSpan       `json:"b_span,omitempty"`
	Diff  []jsonOp        `json:"diff"`
	// Additions: the deviating variant (null when the finding is about
	// none) and the articles and outlets that carry it.
	Variant  *string  `json:"variant"`
	Articles []string `json:"articles"`
	Outlets  []string `json:"outlets"`
}

type jsonSpan struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

type jsonOp struct {
	Op   string `json:"op"`
	Text string `json:"text"`
}

type jsonSummary struct {
	Articles int            `json:"articles"`
	Quotes   int            `json:"quotes"`
	Speakers int            `json:"speakers"`
	Clusters int            `json:"clusters"`
	Findings map[string]int `json:"findings"`
	ExitCode int            `json:"exit_code"`
	// Only from check: nil leaves the fields out.
	*jsonCheckSummary
}

// jsonCheckSummary holds the summary's additions (docs/json-v1.md, issue
// 10), counted by the check over everything it found, whatever
// MinSeverity shows.
type jsonCheckSummary struct {
	Variants           int            `json:"variants"`
	ClustersByVerdict  map[string]int `json:"clusters_by_verdict"`
	ClustersBySeverity map[string]int `json:"clusters_by_severity"`
	FindingsBySeverity map[string]int `json:"findings_by_severity"`
	Outlets            []jsonOutlet   `json:"outlets"`
	Notices            []string       `json:"notices"`
}

type jsonOutlet struct {
	Outlet       string `json:"outlet"`
	Articles     int    `json:"articles"`
	Quotes       int    `json:"quotes"`
	Altered      int    `json:"altered"`
	OtherSpeaker int    `json:"other_speaker"`
}

// stringKeys turns a count by verdict or severity into JSON's map.
func stringKeys[K ~string](m map[K]int) map[string]int {
	out := map[string]int{}
	for k, n := range m {
		out[string(k)] = n
	}
	return out
}

// nullable is nil for "", so the contract's "null when absent" fields come
// out as null.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// nonNil keeps empty lists as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

type jsonRenderer struct{ w io.Writer }

func (j *jsonRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	if err := writeJSONDoc(j.w, r.jsonDoc()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeJSONDoc writes doc as json.Encoder would with a two-space indent
// and no HTML escaping, but one article and one cluster at a time: encoding
// the whole document at once held the output twice over in memory (the
// encoding and its indented copy), the largest part of a big run's peak.
func writeJSONDoc(w io.Writer, doc jsonDoc) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // quote text is data, not HTML: keep < > & readable
	// value writes v indented as a member at the given depth.
	value := func(v any, depth int) error {
		buf.Reset()
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
		_, err := bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
		return err
	}
	field := func(name string, first bool) {
		if !first {
			bw.WriteString(",")
		}
		bw.WriteString("\n  \"" + name + "\": ")
	}
	// array writes the elements of a member array one by one.
	array := func(n int, elem func(i int) any) error {
		if n == 0 {
			bw.WriteString("[]")
			return nil
		}
		bw.WriteString("[")
		for i := range n {
			if i > 0 {
				bw.WriteString(",")
			}
			bw.WriteString("\n    ")
			if err := value(elem(i), 2); err != nil {
				return err
			}
		}
		bw.WriteString("\n  ]")
		return nil
	}
	bw.WriteString("{")
	field("schema", true)
	if err := value(doc.Schema, 1); err != nil {
		return err
	}
	field("articles", false)
	if err := array(len(doc.Articles), func(i int) any { return doc.Articles[i] }); err != nil {
		return err
	}
	field("speakers", false)
	if err := array(len(doc.Speakers), func(i int) any { return doc.Speakers[i] }); err != nil {
		return err
	}
	if doc.Clusters != nil {
		cs := *doc.Clusters
		field("clusters", false)
		if err := array(len(cs), func(i int) any { return cs[i] }); err != nil {
			return err
		}
	}
	if doc.Record != nil {
		field("record", false)
		if err := value(doc.Record, 1); err != nil {
			return err
		}
	}
	field("summary", false)
	if err := value(doc.Summary, 1); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

func (r *Report) jsonDoc() jsonDoc {
	doc := jsonDoc{Schema: Schema, Articles: []jsonArticle{}, Speakers: []jsonSpeaker{}}
	for _, aq := range r.Result.Articles {
		a := aq.Article
		ja := jsonArticle{
			ID: a.ID, Path: a.Path, Outlet: outletOf(&a), Title: a.Title,
			Quotes:     []jsonQuote{},
			TextSource: a.TextSource, Encoding: a.Encoding,
		}
		for _, q := range aq.Quotes {
			jq := jsonQuote{
				ID: q.ID, Text: q.Text, Start: q.Start, End: q.End,
				Line: q.Line, Column: q.Column, Kind: string(q.Kind),
				Speaker: nullable(q.Speaker), SpeakerID: nullable(q.SpeakerID),
				Cue: nullable(q.Cue),
			}
			if q.Mention != nil {
				jq.Mention = &jsonMention{Text: q.Mention.Text, Start: q.Mention.Start, End: q.Mention.End}
			}
			ja.Quotes = append(ja.Quotes, jq)
		}
		doc.Articles = append(doc.Articles, ja)
	}
	for _, s := range r.Result.Speakers {
		doc.Speakers = append(doc.Speakers, jsonSpeaker{
			ID: s.ID, Name: s.Name, Kind: s.Kind,
			Aliases: nonNil(s.Aliases), Articles: nonNil(s.Articles),
		})
	}
	min := r.minSeverity(dataDefault)
	ix := newIndex(&r.Result)
	shown := r.clusterViews(ix, min)
	t := r.tally(shown, min)
	doc.Summary = jsonSummary{
		Articles: t.Articles, Quotes: t.Quotes, Speakers: t.Speakers,
		Findings: map[string]int{}, ExitCode: r.ExitCode,
	}
	if r.Command != CommandCheck {
		return doc
	}
	st := r.Result.Stats
	cs := &jsonCheckSummary{
		Variants:           st.Variants,
		ClustersByVerdict:  stringKeys(st.ClustersByVerdict),
		ClustersBySeverity: stringKeys(st.ClustersBySeverity),
		FindingsBySeverity: stringKeys(st.FindingsBySeverity),
		Outlets:            []jsonOutlet{},
		Notices:            nonNil(r.Result.Notices),
	}
	for _, o := range st.Outlets {
		cs.Outlets = append(cs.Outlets, jsonOutlet{
			Outlet: o.Outlet, Articles: o.Articles, Quotes: o.Quotes, Altered: o.Altered, OtherSpeaker: o.OtherSpeaker,
		})
	}
	doc.Summary.jsonCheckSummary = cs
	listed := map[string]bool{}
	for _, cv := range shown {
		listed[cv.ID] = true
	}
	clusters := []jsonCluster{}
	// Clusters keep align's order here: pipelines may rely on it, and sort
	// by severity themselves.
	for i := range r.Result.Clusters {
		c := &r.Result.Clusters[i]
		if !listed[c.ID] {
			continue
		}
		jc := jsonCluster{
			ID: c.ID, SpeakerID: nullable(c.SpeakerID), Quotes: nonNil(c.Quotes),
			Verdict: string(c.Verdict), Findings: []jsonFinding{},
			Reference: nullable(c.Reference), Variants: []jsonVariant{},
			Source: jsonPassageOf(c.Source),
		}
		for _, f := range c.Findings {
			if !f.Severity.AtLeast(min) {
				continue
			}
			jf := jsonFinding{Verdict: string(f.Verdict), Severity: string(f.Severity), A: f.A, Diff: jsonOps(f.Diff),
				Variant: nullable(f.Variant), Articles: nonNil(f.Articles), Outlets: nonNil(f.Outlets)}
			switch {
			case f.BSpan != nil:
				jf.BSpan = &jsonSpan{Article: f.BSpan.Article, Start: f.BSpan.Start, End: f.BSpan.End, Text: f.BSpan.Text}
			case f.B != "":
				jf.B, _ = json.Marshal(f.B)
			default:
				jf.B = json.RawMessage("null")
			}
			jc.Findings = append(jc.Findings, jf)
		}
		for _, v := range c.Variants {
			jc.Variants = append(jc.Variants, jsonVariant{
				ID: v.ID, Text: v.Text, Quotes: nonNil(v.Quotes), Articles: nonNil(v.Articles),
				Outlets: nonNil(v.Outlets), Verdict: string(v.Verdict), Severity: string(v.Severity),
				Diff: jsonOps(v.Diff), ComparedWith: nullable(v.ComparedWith),
			})
		}
		clusters = append(clusters, jc)
	}
	doc.Clusters = &clusters
	doc.Record = jsonRecordOf(r.Result.Record, r.MinSeverity)
	doc.Summary.Clusters = len(clusters)
	for v, n := range t.Findings {
		doc.Summary.Findings[string(v)] = n
	}
	return doc
}

// jsonOps writes a diff, [] when empty.
func jsonOps(ops []align.Op) []jsonOp {
	out := []jsonOp{}
	for _, op := range ops {
		out = append(out, jsonOp{Op: op.Op, Text: op.Text})
	}
	return out
}
