package identity

import (
	"embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// Gender is what a title, a pronoun or a name says about a person's sex.
type Gender uint8

const (
	// Unknown is a word that carries no gender: "Dr", "Sen.", "they".
	Unknown Gender = iota
	Male
	Female
)

func (g Gender) String() string {
	switch g {
	case Male:
		return "male"
	case Female:
		return "female"
	}
	return "unknown"
}

// Conflicts reports whether two genders rule each other out; Unknown
// rules out nothing.
func (g Gender) Conflicts(o Gender) bool { return g != Unknown && o != Unknown && g != o }

// Title is what a title before a name says.
type Title struct {
	Gender Gender
	// Given: the title goes with a given name ("Sir Robert", "Dame Ann")
	// rather than with a surname ("Mr Dale").
	Given bool
	// Either: it goes with either ("Dr Ann", "Dr Kerr").
	Either bool
	// Keep: the title stays part of a name that has no given name ("Lord
	// Dale" names a peer; "Mr Dale" is just Dale).
	Keep bool
}

// Pronoun is what a pronoun may refer to.
type Pronoun struct {
	Gender Gender
	Kind   string // "person", "organisation" or "any"
}

// lists are the parsed data files; they are read once and never changed.
type lists struct {
	titles       map[string]Title
	suffixes     map[string]bool
	particles    map[string]bool
	pronouns     map[string]Pronoun
	institutions map[string]bool
	given        map[string]Gender
}

// loaded parses the embedded lists on first use. The files are part of the
// binary, so an error is a bug in them: it panics with the file and line,
// and TestLists fails first.
var loaded = sync.OnceValue(func() *lists {
	l, err := parseLists()
	if err != nil {
		panic(err)
	}
	return l
})

func parseLists() (*lists, error) {
	l := &lists{
		titles:       map[string]Title{},
		suffixes:     map[string]bool{},
		particles:    map[string]bool{},
		pronouns:     map[string]Pronoun{},
		institutions: map[string]bool{},
		given:        map[string]Gender{},
	}
	err := eachLine("titles.txt", 4, func(f []string) error {
		g, err := parseGender(f[1])
		if err != nil {
			return err
		}
		t := Title{Gender: g, Keep: f[3] == "keep"}
		switch f[2] {
		case "given":
			t.Given = true
		case "any":
			t.Either = true
		case "surname":
		default:
			return fmt.Errorf("goes with %q: want surname, given or any", f[2])
		}
		l.titles[f[0]] = t
		return nil
	})
	if err == nil {
		err = eachLine("suffixes.txt", 1, func(f []string) error { l.suffixes[f[0]] = true; return nil })
	}
	if err == nil {
		err = eachLine("particles.txt", 1, func(f []string) error { l.particles[f[0]] = true; return nil })
	}
	if err == nil {
		err = eachLine("institutions.txt", 1, func(f []string) error { l.institutions[f[0]] = true; return nil })
	}
	if err == nil {
		err = eachLine("given_names.txt", 2, func(f []string) error {
			g, err := parseGender(f[1])
			if err == nil && g == Unknown {
				err = fmt.Errorf("gender %q: want m or f", f[1])
			}
			l.given[f[0]] = g
			return err
		})
	}
	if err == nil {
		err = eachLine("pronouns.txt", 3, func(f []string) error {
			g, err := parseGender(f[1])
			if err != nil {
				return err
			}
			switch f[2] {
			case "person", "organisation", "any":
			default:
				return fmt.Errorf("kind %q: want person, organisation or any", f[2])
			}
			l.pronouns[f[0]] = Pronoun{Gender: g, Kind: f[2]}
			return nil
		})
	}
	return l, err
}

func parseGender(s string) (Gender, error) {
	switch s {
	case "m":
		return Male, nil
	case "f":
		return Female, nil
	case "-":
		return Unknown, nil
	}
	return Unknown, fmt.Errorf("gender %q: want m, f or -", s)
}

// eachLine calls fn with the fields of every line of a data file that is
// neither blank nor a # comment; every line must have cols fields.
func eachLine(name string, cols int, fn func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return fmt.Errorf("identity: %w", err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != cols {
			return fmt.Errorf("identity: data/%s:%d: %d fields, want %d", name, i+1, len(f), cols)
		}
		if f[0] != strings.ToLower(f[0]) {
			return fmt.Errorf("identity: data/%s:%d: %q is not lower case", name, i+1, f[0])
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("identity: data/%s:%d: %w", name, i+1, err)
		}
	}
	return nil
}

// key is a word as the lists hold it: folded, without a full stop or a
// possessive ending.
func key(w string) string {
	return strings.TrimSuffix(stripPossessive(Fold(w)), ".")
}

// LookupTitle says whether w ("Mr", "Sen.", "DAME") is a title before a
// personal name, and what it says.
func LookupTitle(w string) (Title, bool) {
	t, ok := loaded().titles[key(w)]
	return t, ok
}

// IsSuffix reports whether w is a name suffix: Jr., Sr., III.
func IsSuffix(w string) bool { return loaded().suffixes[strings.TrimSuffix(key(w), ",")] }

// IsParticle reports whether w begins a surname: van, de, bin.
func IsParticle(w string) bool { return loaded().particles[key(w)] }

// LookupPronoun says whether w is a pronoun that may refer to a speaker,
// and what it may refer to.
func LookupPronoun(w string) (Pronoun, bool) {
	p, ok := loaded().pronouns[key(w)]
	return p, ok
}

// IsPronoun reports whether w is such a pronoun.
func IsPronoun(w string) bool {
	_, ok := LookupPronoun(w)
	return ok
}

// IsInstitution reports whether w names the body that speaks for a
// country or group: government, administration, ministry.
func IsInstitution(w string) bool { return loaded().institutions[key(w)] }

// GivenGender says what a first name says about its bearer's sex:
// Male or Female when nearly all its bearers in the public birth counts
// behind data/given_names.txt are of one sex, else Unknown ("Jordan",
// "Kim", an initial, a name not listed).
func GivenGender(w string) Gender { return loaded().given[key(w)] }

// GenderOf says what a title, a pronoun or a first name says about a
// person's sex: "Mrs", "she" and "Ann" are Female, "Sir", "his" and
// "Robert" Male, "Dr", "they" and "Jordan" Unknown. Titles and pronouns
// are asked first: "Sister" and "Father" are titles before they are names.
func GenderOf(w string) Gender {
	if t, ok := LookupTitle(w); ok {
		return t.Gender
	}
	if p, ok := LookupPronoun(w); ok {
		return p.Gender
	}
	return GivenGender(w)
}
