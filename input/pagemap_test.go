package input

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// lineCol is the 1-based line and character column of offset off in s.
func lineCol(s string, off int) (int, int) {
	start := strings.LastIndexByte(s[:off], '\n') + 1
	return 1 + strings.Count(s[:off], "\n"), 1 + utf8.RuneCountInString(s[start:off])
}

// Every quote of the saved news page is placed on the line and column of
// the page where its words are: the oracle is the position of the same
// words in the page file, found by plain search.
func TestPagePositionNewsPage(t *testing.T) {
	page := readTestdata(t, "news_page.html")
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"courier.html": page})
	arts, _, errs := Load(context.Background(), []string{"courier.html"}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("errors %q", errorStrings(errs))
	}
	a := arts[0]
	if a.Page == nil {
		t.Fatal("no page map for an HTML page")
	}
	checked := 0
	for _, q := range quotes.Extract(a) {
		// The page's first occurrence of the quote's opening words inside
		// the body (the headline is also in <title>).
		body := strings.Index(page, "<body>")
		words := q.Text
		if len(words) > 30 {
			words = words[:30]
		}
		at := strings.Index(page[body:], words)
		if at < 0 {
			t.Errorf("%s: %q not in the page", q.ID, words)
			continue
		}
		wantLine, wantCol := lineCol(page, body+at)
		// The quote may start at its mark; the words follow it.
		textAt := strings.Index(a.Text[q.Start:], words) + q.Start
		line, col, ok := a.PagePosition(textAt)
		if !ok || line != wantLine || col != wantCol {
			t.Errorf("%s %q: at %d:%d (ok %v), want %d:%d", q.ID, words, line, col, ok, wantLine, wantCol)
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("only %d quotes checked", checked)
	}
}

// Tags, entities and line breaks inside a paragraph, a headline found in
// the body rather than in <title>, and text the page does not hold.
func TestPageMap(t *testing.T) {
	page := "<!doctype html>\n<html><head><title>Pier to reopen</title></head>\n<body>\n" +
		"<h1>Pier to reopen</h1>\n" +
		"<p>The mayor said the pier was &ldquo;safe\n" +
		"  again&rdquo; after <em>three</em> years &amp; a half.</p>\n" +
		"<p>Caf&eacute; owners cheered.</p>\n"
	text := "Pier to reopen\n\nThe mayor said the pier was “safe again” after three years & a half.\n\nA paragraph readability made up.\n\nCafé owners cheered."
	m := pageMap(page, text)
	if m == nil {
		t.Fatal("no map")
	}
	a := quotes.Article{Text: text, Page: m}
	tests := []struct {
		find     string // the first occurrence in text
		line     int
		col      int
		ok       bool
		whatFrom string
	}{
		{"Pier", 4, 5, true, "the <h1>, not the <title>"},
		{"The mayor", 5, 4, true, "after <p>"},
		{"“safe", 5, 32, true, "the entity &ldquo;"},
		{"safe", 5, 39, true, "after the entity"},
		{"again", 6, 3, true, "the next page line, after its indent"},
		{"three", 6, 26, true, "inside <em>"},
		{"& a half", 6, 43, true, "the entity &amp;"},
		{"half", 6, 51, true, "after the entity"},
		{"A paragraph", 0, 0, false, "not in the page"},
		{"owners", 7, 16, true, "after &eacute;"},
	}
	for _, tt := range tests {
		off := strings.Index(text, tt.find)
		line, col, ok := a.PagePosition(off)
		if line != tt.line || col != tt.col || ok != tt.ok {
			t.Errorf("%q (%s): %d:%d ok %v, want %d:%d ok %v", tt.find, tt.whatFrom, line, col, ok, tt.line, tt.col, tt.ok)
		}
	}
	if _, _, ok := (&quotes.Article{Text: "plain"}).PagePosition(0); ok {
		t.Error("a text file has no source position")
	}
}
