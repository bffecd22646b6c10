package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestWriteJSONDocMatchesEncoder checks that writing the document piece by
// piece gives the bytes one json.Encoder call gives, for check and extract
// reports and for a document with empty arrays.
func TestWriteJSONDocMatchesEncoder(t *testing.T) {
	empty := jsonDoc{Schema: Schema, Articles: []jsonArticle{}, Speakers: []jsonSpeaker{}}
	docs := map[string]jsonDoc{
		"check":   fixtureReport("check").jsonDoc(),
		"extract": fixtureReport("extract").jsonDoc(),
		"empty":   empty,
	}
	for name, doc := range docs {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		var got bytes.Buffer
		if err := writeJSONDoc(&got, doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%s: streamed JSON differs from the encoder's:\n%s\nwant:\n%s", name, got.Bytes(), want.Bytes())
		}
		if name == "check" && doc.Clusters == nil {
			t.Errorf("check fixture has no clusters: the test would not cover them")
		}
	}
}
