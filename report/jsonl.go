package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// jsonlRenderer writes JSON Lines for pipelines over many stories: for
// check one shown finding per line, each self-contained (cluster, speaker,
// verdict, severity, both versions with article, outlet, path, place and
// text, and the diff), so `grep`, `jq -c` and `cat` of several runs work
// line by line; for extract one quote per line; for speakers one speaker
// per line. Field names follow docs/json-v1.md where they overlap; each
// line's "schema" says which kind of line it is (docs/jsonl-v1.md).
type jsonlRenderer struct{ w io.Writer }

// The schema of each kind of line: a consumer reading several runs'
// output mixed together can tell them apart.
const (
	jsonlFindingSchema = "quotecheck-finding/v1"
	jsonlQuoteSchema   = "quotecheck-quote/v1"
	jsonlSpeakerSchema = "quotecheck-speaker/v1"
)

type jsonlVersion struct {
	Quote    *string `json:"quote"` // quote ID; null for an unquoted span
	Article  string  `json:"article"`
	Outlet   string  `json:"outlet"`
	Path     string  `json:"path"`
	Line     int     `json:"line"`
	Column   int     `json:"column"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Unquoted bool    `json:"unquoted,omitempty"`
}

type jsonlFinding struct {
	Schema    string        `json:"schema"`
	Cluster   string        `json:"cluster"`
	SpeakerID *string       `json:"speaker_id"`
	Speaker   string        `json:"speaker"`
	Verdict   string        `json:"verdict"`
	Severity  string        `json:"severity"`
	A         *jsonlVersion `json:"a"`
	B         *jsonlVersion `json:"b"`
	Diff      []jsonOp      `json:"diff"`
	Variant   *string       `json:"variant"` // the deviating variant; null for paraphrased-unquoted
	Outlets   []string      `json:"outlets"` // every outlet carrying the deviating variant
}

type jsonlQuote struct {
	Schema  string `json:"schema"`
	Outlet  string `json:"outlet"`
	Path    string `json:"path"`
	Article string `json:"article"`
	jsonQuote
}

type jsonlSpeaker struct {
	Schema string `json:"schema"`
	jsonSpeaker
	Quotes int `json:"quotes"`
}

func (j *jsonlRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	enc := json.NewEncoder(j.w)
	enc.SetEscapeHTML(false)
	write := func(v any) error {
		if err := enc.Encode(v); err != nil {
			return fmt.Errorf("jsonl: %w", err)
		}
		return nil
	}
	ix := newIndex(&r.Result)
	doc := r.jsonDoc()
	switch r.Command {
	case CommandCheck:
		// The clusters and findings the JSON document lists, in its order.
		min := r.minSeverity(dataDefault)
		listed := map[string]bool{}
		for _, cv := range r.clusterViews(ix, min) {
			listed[cv.ID] = true
		}
		for i := range r.Result.Clusters {
			c := &r.Result.Clusters[i]
			if !listed[c.ID] {
				continue
			}
			for _, f := range c.Findings {
				if !f.Severity.AtLeast(min) {
					continue
				}
				line := jsonlFinding{
					Schema: jsonlFindingSchema, Cluster: c.ID, SpeakerID: nullable(c.SpeakerID),
					Speaker: ix.speakerName(c.SpeakerID), Verdict: string(f.Verdict),
					Severity: string(f.Severity), A: jsonlQuoteVersion(ix, f.A), Diff: []jsonOp{},
					Variant: nullable(f.Variant), Outlets: nonNil(f.Outlets),
				}
				switch {
				case f.BSpan != nil:
					if a, ok := ix.articles[f.BSpan.Article]; ok {
						l := spanLocation(a, f.BSpan.Start, f.BSpan.End)
						line.B = &jsonlVersion{
							Article: a.ID, Outlet: outletOf(a), Path: a.Path, Line: l.Line, Column: l.Column,
							Start: f.BSpan.Start, End: f.BSpan.End, Text: f.BSpan.Text, Unquoted: true,
						}
					}
				case f.B != "":
					line.B = jsonlQuoteVersion(ix, f.B)
				}
				for _, op := range f.Diff {
					line.Diff = append(line.Diff, jsonOp{Op: op.Op, Text: op.Text})
				}
				if err := write(line); err != nil {
					return err
				}
			}
		}
	case CommandExtract:
		for _, a := range doc.Articles {
			for _, q := range a.Quotes {
				if err := write(jsonlQuote{Schema: jsonlQuoteSchema, Outlet: a.Outlet, Path: a.Path, Article: a.ID, jsonQuote: q}); err != nil {
					return err
				}
			}
		}
	case CommandSpeakers:
		for i, s := range doc.Speakers {
			_, total := ix.speakerQuoteCounts(&r.Result, r.Result.Speakers[i].ID)
			if err := write(jsonlSpeaker{Schema: jsonlSpeakerSchema, jsonSpeaker: s, Quotes: total}); err != nil {
				return err
			}
		}
	}
	return nil
}

// jsonlQuoteVersion describes a quote by ID; nil when the ID is unknown.
func jsonlQuoteVersion(ix *index, id string) *jsonlVersion {
	ref, ok := ix.quotes[id]
	if !ok {
		return nil
	}
	l, _ := ix.quoteLocation(id)
	return &jsonlVersion{
		Quote: &ref.q.ID, Article: ref.art.ID, Outlet: outletOf(ref.art), Path: ref.art.Path,
		Line: l.Line, Column: l.Column, Start: ref.q.Start, End: ref.q.End, Text: ref.q.Text,
	}
}
