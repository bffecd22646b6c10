package identity

import (
	"strings"
	"testing"
)

// FuzzCompare: any two strings parse, compare and cluster without a
// panic; Same and Compatible are symmetric; a slug is its own slug.
func FuzzCompare(f *testing.F) {
	for _, s := range [][2]string{
		{"Sen. Ann B. Kerr Jr.", "Mr Kerr"}, {"Sir Robert", "Robert Dale"}, {"José Núñez", "Jose Nunez"},
		{"van der Berg", "Anna van der Berg"}, {"", "."}, {"Mr", "Jr."}, {"R.", "R. R. R"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		na, nb := Parse(a), Parse(b)
		if Same(na, nb) != Same(nb, na) || Compatible(na, nb) != Compatible(nb, na) {
			t.Fatalf("%q and %q: not symmetric", a, b)
		}
		if s := Slug(a); Slug(s) != s || strings.HasPrefix(s, "-") || strings.HasSuffix(s, "-") {
			t.Fatalf("Slug(%q) = %q", a, s)
		}
		Relation(Slug(a), Slug(b))
		if got := Cluster([]Entry{{Name: a}, {Name: b, Source: 1}, {Name: a, Kind: Organisation}}); len(got) != 3 || got[0] != 0 {
			t.Fatalf("Cluster(%q, %q) = %v", a, b, got)
		}
	})
}
