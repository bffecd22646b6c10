package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/quotecheck/quotecheck/align"
)

// sarifRenderer writes a SARIF 2.1.0 log: one rule per verdict, one result
// per shown deviating variant, errors first, with two locations: the
// deviating version first, because code-scanning tools show the first
// location, then the reference it departs from. Regions give the line and column (in characters,
// as the JSON contract counts them), the character offset and length, and
// the exact byte offset and length.
type sarifRenderer struct{ w io.Writer }

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
)

type sarifLog struct {
	Version string     `json:"version"`
	Schema  string     `json:"$schema"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	ShortDescription     sarifMessage    `json:"shortDescription"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifMessage `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	// The offsets are left out when the line and column are an HTML
	// page's: they count in the extracted text, not in that file.
	CharOffset *int `json:"charOffset,omitempty"`
	CharLength *int `json:"charLength,omitempty"`
	ByteOffset *int `json:"byteOffset,omitempty"`
	ByteLength *int `json:"byteLength,omitempty"`
}

// verdictDescriptions explain each rule in SARIF.
var verdictDescriptions = map[align.Verdict]string{
	align.Identical:           "The versions are identical.",
	align.PunctuationOnly:     "The versions differ only in case, punctuation, quote style or spelling variants.",
	align.Fragment:            "One version is a verbatim part of a longer version.",
	align.WordingAltered:      "Words inside the quote marks were substituted.",
	align.Trimmed:             "Words were removed from inside the quote without an ellipsis.",
	align.WordsAdded:          "Words were added inside the quote.",
	align.SpeakerDiffers:      "The same words are given to different speakers.",
	align.ParaphrasedUnquoted: "The words appear in another article without quote marks.",
	align.SingleSource:        "Only one outlet has this quote.",
	align.Ellipsis:            "Pieces of the source joined with an ellipsis, in the order spoken.",
	align.Spliced:             "Pieces of the source from distant places or out of order, joined without an ellipsis.",
	align.NotInSource:         "The source does not have these words of the speaker it credits.",
}

func sarifLevel(s align.Severity) string {
	switch s {
	case align.Error:
		return "error"
	case align.Warning:
		return "warning"
	}
	return "note"
}

// sarifURI turns an article's path into a relative URI reference; a URL
// input is already one.
func sarifURI(p string) string { return sarifURIOf(p) }

func (s *sarifRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	ruleIndex := map[align.Verdict]int{}
	driver := sarifDriver{
		Name: "quotecheck", Version: r.Version,
		InformationURI: "https://github.com/quotecheck/quotecheck",
	}
	defaults := align.DefaultOptions().Severity
	for i, v := range align.VerdictsByPrecedence() {
		ruleIndex[v] = i
		driver.Rules = append(driver.Rules, sarifRule{
			ID:                   string(v),
			ShortDescription:     sarifMessage{Text: verdictDescriptions[v]},
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(defaults[v])},
		})
	}
	run := sarifRun{Tool: sarifTool{Driver: driver}, Results: []sarifResult{}}
	if r.Command == CommandCheck {
		for _, cd := range deviationsBySeverity(r.clusterViews(ix, r.minSeverity(dataDefault))) {
			run.Results = append(run.Results, sarifFinding(ix, cd.cv, cd.d, ruleIndex))
		}
	}
	enc := json.NewEncoder(s.w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(sarifLog{Version: sarifVersion, Schema: sarifSchema, Runs: []sarifRun{run}}); err != nil {
		return fmt.Errorf("sarif: %w", err)
	}
	return nil
}

func sarifFinding(ix *index, cv clusterView, d variantView, ruleIndex map[align.Verdict]int) sarifResult {
	idx, ok := ruleIndex[d.Verdict]
	if !ok {
		idx = -1
	}
	res := sarifResult{
		RuleID: string(d.Verdict), RuleIndex: idx, Level: sarifLevel(d.Severity),
		Message: sarifMessage{Text: deviationMessage(cv, d)}, Locations: []sarifLocation{},
	}
	add := func(l location, label string) {
		region := sarifRegion{
			StartLine: l.Line, StartColumn: l.Column,
			CharOffset: &l.CharStart, CharLength: &l.CharLen,
			ByteOffset: &l.Start, ByteLength: ptr(l.End - l.Start),
		}
		if fl, mapped := ix.inFile(l); mapped { // an HTML input (source.go)
			region = sarifRegion{StartLine: fl.Line, StartColumn: fl.Column}
		}
		res.Locations = append(res.Locations, sarifLocation{
			PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: sarifURI(l.Path)},
				Region:           region,
			},
			Message: &sarifMessage{Text: label},
		})
	}
	at, atOK := ix.deviationLocation(d)
	if atOK {
		add(at, "variant: "+outletList(d.Outlets, outletLimit))
	}
	if l, ok := ix.referenceLocation(cv, d); ok && (!atOK || l != at) {
		add(l, "reference: "+outletList(cv.Reference.Outlets, outletLimit))
	}
	return res
}
