package identity

import (
	"reflect"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		in   string
		want Name
	}{
		{"Ann B. Kerr", Name{Given: "Ann", Middle: []string{"B"}, Surname: "Kerr"}},
		{"Sen. Ann B. Kerr Jr.", Name{Titles: []string{"Sen"}, Given: "Ann", Middle: []string{"B"}, Surname: "Kerr", Suffix: "Jr"}},
		{"Robert M. K. Dale III", Name{Given: "Robert", Middle: []string{"M", "K"}, Surname: "Dale", Suffix: "III"}},
		{"Mr Dale", Name{Titles: []string{"Mr"}, Surname: "Dale"}},
		{"Dale", Name{Surname: "Dale"}},
		{"Sir Robert", Name{Titles: []string{"Sir"}, Given: "Robert"}},
		{"Rt Hon Sir Robert Dale", Name{Titles: []string{"Rt", "Hon", "Sir"}, Given: "Robert", Surname: "Dale"}},
		{"Lord Dale", Name{Titles: []string{"Lord"}, Surname: "Dale"}},
		{"Marta Ruiz Ortega", Name{Given: "Marta", Surname: "Ruiz Ortega"}},
		{"Anna van der Berg", Name{Given: "Anna", Surname: "van der Berg"}},
		{"van der Berg", Name{Surname: "van der Berg"}},
		{"Kerr's", Name{Surname: "Kerr"}},
		{"Gov. Dale’s", Name{Titles: []string{"Gov"}, Surname: "Dale"}},
		{"J. R. Hollis", Name{Given: "J", Middle: []string{"R"}, Surname: "Hollis"}},
		{"Jr.", Name{Surname: "Jr"}},
		{"", Name{}},
	}
	for _, c := range cases {
		if got := Parse(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Parse(%q) = %+v, want %+v", c.in, got, c.want)
		}
	}
}

func TestNameGenderString(t *testing.T) {
	cases := []struct {
		in     string
		gender Gender
		str    string
	}{
		{"Mrs Ann Kerr", Female, "Mrs Ann Kerr"},
		{"Dr Ann Kerr", Female, "Dr Ann Kerr"},
		{"Dr Jordan Kerr", Unknown, "Dr Jordan Kerr"},
		{"Mr Kim Dale", Male, "Mr Kim Dale"},
		{"R. Dale", Unknown, "R. Dale"},
		{"Rt Hon Sir Robert Dale", Male, "Rt Hon Sir Robert Dale"},
		{"Robert M Dale Jr.", Male, "Robert M. Dale Jr"},
	}
	for _, c := range cases {
		n := Parse(c.in)
		if n.Gender() != c.gender || n.String() != c.str {
			t.Errorf("%q: gender %v string %q, want %v %q", c.in, n.Gender(), n.String(), c.gender, c.str)
		}
	}
}
