package identity

import "testing"

func TestSameShortFor(t *testing.T) {
	cases := []struct {
		a, b       string
		same       bool // Same(a, b), and Same(b, a)
		short      bool // ShortFor(a, b)
		compatible bool
	}{
		// One person, named in full two ways.
		{"Robert M. Dale", "Robert Dale", true, false, true},
		{"Dr Robert Dale", "Robert Dale", true, false, true},
		{"José Núñez", "Jose Nunez", true, false, true},
		{"Martin Alcott Jr.", "Martin Alcott", true, false, true},
		{"Priya Raghunathan", "Priya Ragunathan", true, false, true}, // one letter dropped
		{"Tomasz Kowalczyk", "Tomasz Kowalcyzk", true, false, true},  // two letters swapped
		{"Helen Whitfield", "Helen Whitfeld", true, false, true},
		// Short forms: may be the same person.
		{"Mr Dale", "Robert Dale", false, true, true},
		{"Dale", "Robert M. Dale", false, true, true},
		{"Sir Robert", "Robert Dale", false, true, true},
		{"R. Dale", "Robert Dale", false, true, true},
		{"Marta Ortega", "Marta Ruiz Ortega", false, true, true},
		{"Ruiz Ortega", "Marta Ruiz Ortega", false, true, true},
		{"Lord Dale", "Robert Dale", false, true, true},
		{"Mrs Kerr", "Ann Kerr", false, true, true},
		{"Lloyd Pryce", "Madeleine Lloyd Pryce", false, true, true}, // half a double surname, not a man's name
		{"Ms Lloyd Pryce", "Madeleine Lloyd Pryce", false, true, true},
		// Two people.
		{"Mr Lloyd Pryce", "Madeleine Lloyd Pryce", false, false, false},
		{"Mrs Dale", "Robert Dale", false, false, false},
		{"Lloyd Dale", "Madeleine Dale", false, false, false},
		{"Ann Roe", "Bob Roe", false, false, false},
		{"Robert M. Dale", "Robert K. Dale", false, false, false},
		{"Martin Alcott Jr.", "Martin Alcott Sr.", false, false, false},
		{"Mr Kerr", "Mrs Ann Kerr", false, false, false},
		{"Sir Robert", "Ann Robert", false, false, false},
		{"Robert Dale", "Robert Dole", false, false, false}, // short surnames: a real difference
		{"Helen Whitfield", "Ellen Whitfield", false, false, false},
		{"Priya Raghunathan", "Priya Raghunatham-Iyer", false, false, false},
		{"R. Dale", "Ann Dale", false, false, false},
		{"Kerr", "Kerry", false, false, false},
		{"Dale", "Dale", false, false, false}, // no full name to stand for
	}
	for _, c := range cases {
		a, b := Parse(c.a), Parse(c.b)
		if got := Same(a, b); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
		if got := Same(b, a); got != c.same {
			t.Errorf("Same(%q, %q) = %v, want %v", c.b, c.a, got, c.same)
		}
		if got := ShortFor(a, b); got != c.short {
			t.Errorf("ShortFor(%q, %q) = %v, want %v", c.a, c.b, got, c.short)
		}
		if got := Compatible(a, b); got != c.compatible {
			t.Errorf("Compatible(%q, %q) = %v, want %v", c.a, c.b, got, c.compatible)
		}
		if Compatible(a, b) != Compatible(b, a) {
			t.Errorf("Compatible(%q, %q) is not symmetric", c.a, c.b)
		}
	}
}

func TestOneEdit(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"whitfield", "whitfeld", true},
		{"whitfield", "whitfielde", true},
		{"whitfield", "whitfiled", true},
		{"whitfield", "whitfiald", true},
		{"whitfield", "whitfield", false},
		{"whitfield", "witfeld", false},
		{"whitfield", "hwitfeild", false},
		{"", "a", true},
	}
	for _, c := range cases {
		if got := oneEdit([]rune(c.a), []rune(c.b)); got != c.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
