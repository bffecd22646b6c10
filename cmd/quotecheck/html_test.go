package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestHTMLPageQuotes serves a news page with navigation, a banner advert,
// a sidebar with a sponsored "quote" and a most-read list, and checks that
// extract finds the quotes of the article and nothing else.
func TestHTMLPageQuotes(t *testing.T) {
	page, err := os.ReadFile(filepath.Join("..", "..", "input", "testdata", "news_page.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer srv.Close()

	var stdout, stderr bytes.Buffer
	code := run(context.Background(), env{
		args:   []string{"quotecheck", "extract", "--format", "json", srv.URL + "/news/harbour-bridge"},
		stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" },
	})
	if code != exitClean {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr.String())
	}
	var doc struct {
		Articles []struct {
			Outlet     string `json:"outlet"`
			TextSource string `json:"text_source"`
			Quotes     []struct {
				Text    string  `json:"text"`
				Speaker *string `json:"speaker"`
			} `json:"quotes"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("%v\n%s", err, stdout.String())
	}
	if len(doc.Articles) != 1 {
		t.Fatalf("%d articles, want 1", len(doc.Articles))
	}
	a := doc.Articles[0]
	var got []string
	for _, q := range a.Quotes {
		got = append(got, q.Text)
	}
	want := []string{
		"deeply frustrating for everyone who relies on that bridge",
		"We found corrosion in the lower girders that nobody expected to see,",
		"I would rather explain a delay than explain an accident.",
		"Every month they add to this timetable is another month some of us may not survive,",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("quotes:\n got %q\nwant %q (the article's alone: no advert, no sidebar)", got, want)
	}
	if a.TextSource != "html" || a.Outlet != "The Coastal Courier" {
		t.Errorf("text_source %q outlet %q, want html and the page's og:site_name", a.TextSource, a.Outlet)
	}
}
