package identity

import (
	"fmt"
	"strings"
	"testing"
)

func TestCluster(t *testing.T) {
	// Each case lists entries as "source|kind|name" and the identities
	// wanted, as groups of entry indices.
	cases := []struct {
		name    string
		entries []string
		want    [][]int
	}{
		{"middle initial and title across outlets",
			[]string{"0|person|Robert M. Dale", "1|person|Robert Dale", "2|person|Mr Dale", "2|person|Dale"},
			[][]int{{0, 1, 2, 3}}},
		{"one-letter misspelling of a long surname across outlets",
			[]string{"0|person|Priya Raghunathan", "1|person|Priya Ragunathan", "1|person|Ms Ragunathan"},
			[][]int{{0, 1, 2}}},
		{"two spellings in one source are two people",
			[]string{"0|person|Helen Whitfield", "0|person|Helen Whitfeld"},
			[][]int{{0}, {1}}},
		{"two people who share a surname, and a surname both fit",
			[]string{"0|person|Ann Roe", "0|person|Bob Roe", "1|person|Roe", "1|person|Dr Roe"},
			[][]int{{0}, {1}, {2, 3}}},
		{"a title's gender picks the one of two people it fits",
			[]string{"0|person|Ann Roe", "0|person|Bob Roe", "1|person|Mr Roe", "2|person|Ms Roe"},
			[][]int{{0, 3}, {1, 2}}},
		{"a title that contradicts the given name's gender stays apart",
			[]string{"0|person|Robert Dale", "1|person|Mrs Dale"},
			[][]int{{0}, {1}}},
		{"half a double surname that is also a man's name",
			[]string{"0|person|Madeleine Lloyd Pryce", "1|person|Lloyd Pryce", "1|person|Ms Lloyd Pryce"},
			[][]int{{0, 1, 2}}},
		{"a given name of no clear gender takes either title",
			[]string{"0|person|Jordan Pike", "1|person|Ms Pike"},
			[][]int{{0, 1}}},
		{"a gendered title picks the one person it fits only by equal name",
			[]string{"0|person|Mr Kerr", "1|person|Mrs Kerr"},
			[][]int{{0}, {1}}},
		{"different middle initials never meet through the bare name",
			[]string{"0|person|Robert M. Dale", "1|person|Robert K. Dale", "2|person|Robert Dale"},
			[][]int{{0, 2}, {1}}},
		{"suffixes keep father and son apart",
			[]string{"0|person|Martin Alcott Jr.", "1|person|Martin Alcott Sr.", "2|person|Martin Alcott Jr"},
			[][]int{{0, 2}, {1}}},
		{"knight by given name, peer by surname",
			[]string{"0|person|Sir Robert", "1|person|Robert Dale", "2|person|Lord Dale"},
			[][]int{{0, 1, 2}}},
		{"an unplaced surname taken for an organisation joins the person",
			[]string{"0|person|Marta Ruiz Ortega", "1|organisation|Ortega", "2|person|Ruiz Ortega"},
			[][]int{{0, 1, 2}}},
		{"organisations: article and case, and a name that begins a longer one",
			[]string{"0|organisation|the Danish Embassy", "1|organisation|Danish embassy in Oslo", "2|organisation|Danish Embassy", "3|organisation|Danish Foreign Ministry"},
			[][]int{{0, 1, 2}, {3}}},
		{"a person and an organisation of one name stay apart",
			[]string{"0|person|Ann Carter", "1|organisation|Carter Foundation"},
			[][]int{{0}, {1}}},
		{"accents folded",
			[]string{"0|person|José Núñez", "1|person|Jose Nunez", "2|person|Mr Núñez"},
			[][]int{{0, 1, 2}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			es := make([]Entry, len(c.entries))
			for i, s := range c.entries {
				f := strings.SplitN(s, "|", 3)
				var src int
				fmt.Sscan(f[0], &src)
				es[i] = Entry{Source: src, Kind: f[1], Name: f[2]}
			}
			got := Cluster(es)
			want := make([]int, len(es))
			for g, members := range c.want {
				for _, m := range members {
					want[m] = g
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("Cluster = %v, want %v", got, want)
			}
		})
	}
}

// TestClusterScales counts the Same and ShortFor comparisons: each name
// meets the few full names that share a word with it, not all of them.
func TestClusterScales(t *testing.T) {
	var es []Entry
	for i := range 3000 {
		given, family := "Given"+base26(i), "Family"+base26(i*7+3)
		es = append(es,
			Entry{Source: i, Name: given + " " + family},
			Entry{Source: i, Name: "Mr " + family},
			Entry{Source: i + 1, Name: family})
	}
	got := Cluster(es)
	n := 0
	for i := 0; i < len(got); i += 3 {
		if got[i] != got[i+1] || got[i] != got[i+2] {
			t.Fatalf("entries %d-%d: %v, want one identity", i, i+2, got[i:i+3])
		}
		n = max(n, got[i])
	}
	if n+1 != 3000 {
		t.Errorf("%d identities, want 3000", n+1)
	}
}

func base26(n int) string {
	s := ""
	for {
		s = string(rune('a'+n%26)) + s
		n /= 26
		if n == 0 {
			return s
		}
	}
}
