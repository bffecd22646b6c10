package identity

import (
	"strings"
	"testing"
)

func TestListsParse(t *testing.T) {
	if _, err := parseLists(); err != nil {
		t.Fatal(err)
	}
	// Every data file opens with a header that says what it holds and
	// where it came from.
	ents, err := dataFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := dataFS.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		head := strings.SplitN(string(b), "\n", 2)[0]
		if !strings.HasPrefix(head, "# ") || !strings.Contains(string(b), "Source:") {
			t.Errorf("data/%s: no header with its source", e.Name())
		}
	}
}

func TestLookups(t *testing.T) {
	cases := []struct {
		word           string
		title, pronoun bool
		gender         Gender
	}{
		{"Mr", true, false, Male},
		{"Mrs.", true, false, Female},
		{"DAME", true, false, Female},
		{"Sen.", true, false, Unknown},
		{"Gov.", true, false, Unknown},
		{"Lord", true, false, Male},
		{"she", false, true, Female},
		{"His", false, true, Male},
		{"they", false, true, Unknown},
		{"Robert", false, false, Male},
		{"Ann", false, false, Female},
		{"Jordan", false, false, Unknown}, // borne by men and women alike
		{"the", false, false, Unknown},
	}
	for _, c := range cases {
		_, title := LookupTitle(c.word)
		if title != c.title || IsPronoun(c.word) != c.pronoun || GenderOf(c.word) != c.gender {
			t.Errorf("%q: title %v pronoun %v gender %v, want %v %v %v",
				c.word, title, IsPronoun(c.word), GenderOf(c.word), c.title, c.pronoun, c.gender)
		}
	}
	if tt, _ := LookupTitle("Sir"); !tt.Given || !tt.Keep {
		t.Errorf("Sir: %+v, want a kept title that goes with a given name", tt)
	}
	if tt, _ := LookupTitle("Mr"); tt.Given || tt.Keep {
		t.Errorf("Mr: %+v, want a dropped title that goes with a surname", tt)
	}
	for _, w := range []string{"Jr.", "Sr", "III", "jnr"} {
		if !IsSuffix(w) {
			t.Errorf("IsSuffix(%q) = false", w)
		}
	}
	for _, w := range []string{"Jones", "V.", "Esq"} {
		if IsSuffix(w) {
			t.Errorf("IsSuffix(%q) = true", w)
		}
	}
	if p, _ := LookupPronoun("it"); p.Kind != "organisation" {
		t.Errorf("it: %+v", p)
	}
}

func TestFoldSlug(t *testing.T) {
	cases := []struct{ in, fold, slug string }{
		{"José Núñez", "jose nunez", "jose-nunez"},
		{"JOSE NUNEZ", "jose nunez", "jose-nunez"},
		{"Søren Kierkegård", "soren kierkegard", "soren-kierkegard"},
		{"Łukasz Wróbel", "lukasz wrobel", "lukasz-wrobel"},
		{"Gauß", "gauss", "gauss"},
		{"Siobhán O’Neill", "siobhan o'neill", "siobhan-oneill"},
		{"Anna-Lena Brandt", "anna-lena brandt", "anna-lena-brandt"},
		{"plain words", "plain words", "plain-words"},
		{"  the Danish Embassy, in Oslo ", "  the danish embassy, in oslo ", "the-danish-embassy-in-oslo"},
		{"", "", ""},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.fold {
			t.Errorf("Fold(%q) = %q, want %q", c.in, got, c.fold)
		}
		if got := Slug(c.in); got != c.slug {
			t.Errorf("Slug(%q) = %q, want %q", c.in, got, c.slug)
		}
	}
}
