package config

import (
	"reflect"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

func TestFilter(t *testing.T) {
	arts := []align.ArticleQuotes{
		{Article: quotes.Article{ID: "a"}, Quotes: []quotes.Quote{
			{ID: "a#1", Text: "No comment.", Speaker: "Priya Nair", SpeakerID: "priya-nair"},
			{ID: "a#2", Text: "The plan was never costed.", Speaker: "Priya Nair", SpeakerID: "priya-nair"},
			{ID: "a#3", Text: "We are reviewing the figures.", Speaker: "a Treasury spokesman", SpeakerID: "treasury"},
			{ID: "a#4", Text: "Rents have doubled in five years.", Speaker: "Lena Ortiz", SpeakerID: "lena-ortiz"},
			{ID: "a#5", Text: "levelling up"}, // a scare quote: nobody's
		}},
		{Article: quotes.Article{ID: "b"}, Quotes: []quotes.Quote{
			{ID: "b#1", Text: "“No comment”", Speaker: "Ms Nair", SpeakerID: "priya-nair"},
			{ID: "b#2", Text: "The plan was never properly costed.", Speaker: "Ms Nair", SpeakerID: "priya-nair"},
			{ID: "b#3", Text: "Rents have doubled in five years.", Speaker: "HM Treasury", SpeakerID: "treasury"},
		}},
	}
	speakers := []align.Speaker{
		{ID: "priya-nair", Name: "Priya Nair", Aliases: []string{"Ms Nair"}},
		{ID: "treasury", Name: "HM Treasury", Aliases: []string{"a Treasury spokesman", "the Treasury"}},
		{ID: "lena-ortiz", Name: "Lena Ortiz"},
	}
	tests := []struct {
		name, yaml string
		want       []string // IDs of the quotes kept
	}{
		{"nothing ignored", "fail_on: error\n", []string{"a#1", "a#2", "a#3", "a#4", "a#5", "b#1", "b#2", "b#3"}},
		{"a quote, whatever its marks", "ignore: {quotes: [no comment]}\n", []string{"a#2", "a#3", "a#4", "a#5", "b#2", "b#3"}},
		{"a scare quote", "ignore: {quotes: [Levelling-up]}\n", []string{"a#1", "a#2", "a#3", "a#4", "b#1", "b#2", "b#3"}},
		{"a speaker by an alias no article used", "ignore: {speakers: [the treasury]}\n", []string{"a#1", "a#2", "a#4", "a#5", "b#1", "b#2"}},
		{"a speaker by ID", "ignore: {speakers: [priya-nair]}\n", []string{"a#3", "a#4", "a#5", "b#3"}},
		{"a speaker by the name one article used", "ignore: {speakers: [\"ms. nair\"]}\n", []string{"a#3", "a#4", "a#5", "b#3"}},
		{"both", "ignore: {quotes: [Rents have doubled in five years], speakers: [Priya Nair]}\n", []string{"a#3", "a#5"}},
	}
	before := func() []align.ArticleQuotes {
		out := make([]align.ArticleQuotes, len(arts))
		for i, a := range arts {
			out[i] = a
			out[i].Quotes = append([]quotes.Quote(nil), a.Quotes...)
		}
		return out
	}()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := LoadBytes("q.yaml", []byte(tt.yaml))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, a := range c.Filter(arts, speakers) {
				for _, q := range a.Quotes {
					got = append(got, q.ID)
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("kept %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(arts, before) {
				t.Error("Filter changed its input")
			}
		})
	}
	var none *Config
	if got := none.Filter(arts, speakers); !reflect.DeepEqual(got, arts) {
		t.Error("a nil config filtered quotes")
	}
}

func TestNameOutlets(t *testing.T) {
	c, err := LoadBytes("q.yaml", []byte("outlets:\n  - {pattern: \"ft_*\", outlet: Financial Times}\n  - {host: theguardian.com, outlet: The Guardian}\n"))
	if err != nil {
		t.Fatal(err)
	}
	arts := []quotes.Article{
		{ID: "ft_budget", Path: "in/ft_budget.txt", Outlet: "ft_budget"},
		{ID: "page", Path: "https://www.theguardian.com/politics/2024/x", Outlet: "the Guardian (site name)"},
		{ID: "other", Path: "in/other.txt", Outlet: "Manifest Name"},
		// A saved page whose og:url names the host.
		{ID: "saved", Path: "in/saved.html", URL: "https://amp.theguardian.com/world/y", Outlet: "amp.theguardian.com"},
	}
	c.NameOutlets(arts)
	got := []string{arts[0].Outlet, arts[1].Outlet, arts[2].Outlet, arts[3].Outlet}
	want := []string{"Financial Times", "The Guardian", "Manifest Name", "The Guardian"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outlets %q, want %q", got, want)
	}
	var none *Config
	none.NameOutlets(arts) // must not panic
}
