package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// Schema is the name of the JSON contract this package writes
// (docs/json-v1.md).
const Schema = "quotecheck/v1"

// The wire types below spell out the contract field by field, in its
// order, so the domain types can change without changing the output.

type jsonDoc struct {
	Schema   string         `json:"schema"`
	Articles []jsonArticle  `json:"articles"`
	Speakers []jsonSpeaker  `json:"speakers"`
	Clusters *[]jsonCluster `json:"clusters,omitempty"` // only from check
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
	doc := r.jsonDoc()
	enc := json.NewEncoder(j.w)
	enc.SetIndent("", "  ")
	// Quote text is data, not HTML: keep < > & readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
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
	shown := r.shownClusters()
	c := r.counts(shown)
	doc.Summary = jsonSummary{
		Articles: c.Articles, Quotes: c.Quotes, Speakers: c.Speakers,
		Findings: map[string]int{}, ExitCode: r.ExitCode,
	}
	if r.Command != CommandCheck {
		return doc
	}
	clusters := []jsonCluster{}
	for _, sc := range shown {
		jc := jsonCluster{
			ID: sc.ID, SpeakerID: nullable(sc.SpeakerID), Quotes: nonNil(sc.Quotes),
			Verdict: string(sc.Verdict), Findings: []jsonFinding{},
		}
		for _, f := range sc.Shown {
			jf := jsonFinding{Verdict: string(f.Verdict), Severity: string(f.Severity), A: f.A, Diff: []jsonOp{}}
			switch {
			case f.BSpan != nil:
				jf.BSpan = &jsonSpan{Article: f.BSpan.Article, Start: f.BSpan.Start, End: f.BSpan.End, Text: f.BSpan.Text}
			case f.B != "":
				jf.B, _ = json.Marshal(f.B)
			default:
				jf.B = json.RawMessage("null")
			}
			for _, op := range f.Diff {
				jf.Diff = append(jf.Diff, jsonOp{Op: op.Op, Text: op.Text})
			}
			jc.Findings = append(jc.Findings, jf)
		}
		clusters = append(clusters, jc)
	}
	doc.Clusters = &clusters
	doc.Summary.Clusters = c.Clusters
	for v, n := range c.Findings {
		doc.Summary.Findings[string(v)] = n
	}
	return doc
}
