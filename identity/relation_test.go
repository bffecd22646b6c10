package identity

import "testing"

func TestRelation(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"robert-dale", "robert-dale", 1},
		{"dale", "robert-dale", 1},
		{"robert-dale", "robert-m-dale", 1},
		{"ann-roe", "bob-roe", -1},
		{"danish-embassy", "danish-embassy-in-oslo", 1},
		{"oslo", "danish-embassy-in-oslo", -1},
		{"norway", "norway-government", 1},
		{"norway", "government-of-norway", 1},
		{"philippines", "government-of-the-philippines", 1},
		{"norway", "norway-ministry", 1},
		{"norway", "norways-government", 1},
		{"new-zealand", "new-zealands-government", 1},
		{"norway", "norways-police", -1},
		{"norway", "norway-police", -1},
		{"sweden", "norway-government", -1},
		{"government", "norway-government", 1},
		{"government", "ann-roe", 0},
		{"ann-kerr", "ann-kerr-and-bob-roe", 1},
		{"ann-dale", "ann-kerr-and-bob-roe", -1},
		{"", "ann-roe", 0},
	}
	for _, c := range cases {
		if got := Relation(c.a, c.b); got != c.want {
			t.Errorf("Relation(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Relation(c.b, c.a); got != c.want {
			t.Errorf("Relation(%q, %q) = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}
