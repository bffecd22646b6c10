package align

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// attributedArticles runs Extract and Attribute over texts, one article
// per entry of ids.
func attributedArticles(ids, texts []string) []ArticleQuotes {
	arts := make([]ArticleQuotes, len(texts))
	for i, text := range texts {
		a := quotes.Article{ID: ids[i], Text: text}
		qs := quotes.Extract(a)
		for j := range qs {
			qs[j].Article = a.ID
		}
		arts[i] = ArticleQuotes{Article: a, Quotes: quotes.Attribute(a, qs)}
	}
	return arts
}

func identitySeeds(t *testing.T) []ArticleQuotes {
	t.Helper()
	dir := filepath.Join("..", "testdata", "sanctions")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("read seeds: %v", err)
	}
	var ids, texts []string
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".txt") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatalf("read seed: %v", err)
		}
		ids = append(ids, strings.TrimSuffix(e.Name(), ".txt"))
		texts = append(texts, string(b))
	}
	return attributedArticles(ids, texts)
}

func speakersNamed(sps []Speaker, name string) []Speaker {
	var out []Speaker
	for _, s := range sps {
		if s.Name == name {
			out = append(out, s)
		}
	}
	return out
}

func TestResolveSpeakersSeeds(t *testing.T) {
	arts := identitySeeds(t)
	sps := ResolveSpeakers(arts)
	cases := []struct {
		name, id string
		aliases  []string
		articles int // at least this many articles quote them
	}{
		{"Oliver Dowden", "oliver-dowden", []string{"Mr Dowden", "Dowden", "Deputy PM Oliver Dowden", "the deputy prime minister"}, 4},
		{"Iain Duncan Smith", "iain-duncan-smith", []string{"Sir Iain", "Sir Iain Duncan Smith", "Duncan Smith"}, 4},
		{"Stewart McDonald", "stewart-mcdonald", []string{"Mr McDonald"}, 2},
		{"Tim Loughton", "tim-loughton", []string{"Mr Loughton"}, 2},
		{"Rishi Sunak", "rishi-sunak", []string{"the prime minister", "UK Prime Minister Rishi Sunak"}, 2},
	}
	for _, c := range cases {
		got := speakersNamed(sps, c.name)
		if len(got) != 1 {
			t.Errorf("%s: %d speaker entries, want exactly 1", c.name, len(got))
			continue
		}
		s := got[0]
		if s.ID != c.id || s.Kind != "person" {
			t.Errorf("%s: id %q kind %q, want %q person", c.name, s.ID, s.Kind, c.id)
		}
		for _, al := range c.aliases {
			if !slices.Contains(s.Aliases, al) {
				t.Errorf("%s: alias %q missing from %q", c.name, al, s.Aliases)
			}
		}
		if len(s.Articles) < c.articles {
			t.Errorf("%s: quoted in %v, want at least %d articles", c.name, s.Articles, c.articles)
		}
		// No other person entry is a short form of this name.
		surname := c.name[strings.LastIndex(c.name, " ")+1:]
		for _, o := range sps {
			if o.ID != s.ID && o.Kind == "person" && strings.HasSuffix(o.Name, surname) {
				t.Errorf("%s: a second entry %q (%s)", c.name, o.Name, o.ID)
			}
		}
	}
	// Every attributed quote has an ID that names a returned speaker, and
	// the quotes of one speaker name share one ID.
	ids := make(map[string]bool)
	for _, s := range sps {
		if ids[s.ID] {
			t.Errorf("duplicate speaker id %q", s.ID)
		}
		ids[s.ID] = true
	}
	if !sort.SliceIsSorted(sps, func(i, j int) bool { return sps[i].ID < sps[j].ID }) {
		t.Errorf("speakers not sorted by id")
	}
	for _, a := range arts {
		for _, q := range a.Quotes {
			switch {
			case q.Speaker == "" && q.SpeakerID != "":
				t.Errorf("%s: unattributed quote has speaker id %q", q.ID, q.SpeakerID)
			case q.Speaker != "" && !ids[q.SpeakerID]:
				t.Errorf("%s: speaker %q has id %q, not among the speakers", q.ID, q.Speaker, q.SpeakerID)
			}
			if q.Speaker == "Mr Dowden" || strings.HasSuffix(q.Speaker, "Dowden") && q.SpeakerID != "oliver-dowden" {
				t.Errorf("%s: %q got id %q", q.ID, q.Speaker, q.SpeakerID)
			}
		}
	}
}

func TestResolveSpeakersRules(t *testing.T) {
	texts := []string{
		// A: two people who share a surname, both named in full.
		"Tom Harding, the club's manager, said the pitch was \"unplayable\".\n\n" +
			"His brother Neil Harding, who owns the ground, said the surface was \"perfectly fine\".",
		// B: only a peer's title and surname, and an embassy.
		"Foreign Secretary Lord Hartley flew to Cairo. Lord Hartley said the ceasefire was \"fragile\".\n\n" +
			"A Russian Embassy spokesperson said the talks were \"pointless\".",
		// C: the full name and the longer embassy name.
		"Peter Hartley said: \"We will keep talking.\"\n\n" +
			"The Russian embassy in London said the claims were \"absurd\".",
		// D: a bare surname that two people could own.
		"\"We are not selling,\" Harding said.",
		// E: a "Sir" with a given name only.
		"Sir Keir Fenwick spoke first. \"We were wrong,\" Sir Keir said.",
		// F: the same knight by surname in another outlet.
		"\"Mistakes were made,\" Fenwick told reporters.",
	}
	ids := []string{"a", "b", "c", "d", "e", "f"}
	arts := attributedArticles(ids, texts)
	sps := ResolveSpeakers(arts)
	byID := make(map[string]Speaker)
	for _, s := range sps {
		byID[s.ID] = s
	}
	want := []struct {
		id       string
		name     string
		kind     string
		articles []string
	}{
		{"tom-harding", "Tom Harding", "person", []string{"a"}},
		{"neil-harding", "Neil Harding", "person", []string{"a"}},
		{"peter-hartley", "Peter Hartley", "person", []string{"b", "c"}},
		{"russian-embassy-in-london", "Russian embassy in London", "organisation", []string{"b", "c"}},
		{"keir-fenwick", "Keir Fenwick", "person", []string{"e", "f"}},
	}
	for _, w := range want {
		s, ok := byID[w.id]
		if !ok {
			t.Errorf("no speaker %q among %+v", w.id, sps)
			continue
		}
		if s.Name != w.name || s.Kind != w.kind || strings.Join(s.Articles, ",") != strings.Join(w.articles, ",") {
			t.Errorf("%s: got %q %s %v, want %q %s %v", w.id, s.Name, s.Kind, s.Articles, w.name, w.kind, w.articles)
		}
	}
	if s := byID["peter-hartley"]; !slices.Contains(s.Aliases, "Lord Hartley") {
		t.Errorf("peter-hartley aliases %q lack Lord Hartley", s.Aliases)
	}
	// The bare "Harding" fits two people, so it is not merged into either.
	for _, q := range arts[3].Quotes {
		if q.SpeakerID == "tom-harding" || q.SpeakerID == "neil-harding" {
			t.Errorf("ambiguous surname joined %q", q.SpeakerID)
		}
		if q.Speaker != "" && q.SpeakerID == "" {
			t.Errorf("attributed quote without an id")
		}
	}
}

func TestResolveSpeakersEmpty(t *testing.T) {
	if got := ResolveSpeakers(nil); len(got) != 0 {
		t.Errorf("ResolveSpeakers(nil) = %v", got)
	}
	arts := attributedArticles([]string{"x"}, []string{"A banner, \"Never again\", hung over the gate."})
	if got := ResolveSpeakers(arts); len(got) != 0 {
		t.Errorf("no speakers expected, got %+v", got)
	}
}
