// Package identity decides whether two names may name one speaker.
//
// It is the one home of that decision for the whole module: package quotes
// asks it within an article (is "Mr Dale" the "Robert Dale" named above?)
// and package align across articles (is BBC's "Robert M. Dale" AFP's
// "Robert Dale"?). It holds the word lists the decision rests on — titles
// and honorifics with the gender they carry, name suffixes, surname
// particles, pronouns, the nouns of a country's institutions — as data
// files under data/, one entry a line, each with a header saying what it
// holds and where it came from.
//
// The package is a leaf: it imports nothing of this module, and its
// functions are pure, so either side may call them from many goroutines.
//
// The rules, in short:
//   - Parse splits a name into title, given name, middle names or
//     initials, surname and suffix ("Sen. Ann B. Kerr Jr.").
//   - Same says two full names are one person: the given names agree, the
//     surnames agree (or differ by one letter in a long surname, the
//     commonest misspelling across outlets), and middle initials, suffixes
//     and the gender of titles do not contradict each other.
//   - ShortFor says a short form ("Mr Dale", "Dale", "Sir Robert",
//     "R. Dale", "Lloyd Webber") may stand for a full name; whether it
//     does depends on how many people it fits, which Cluster decides.
//   - Cluster groups a list of names into identities, keeping apart two
//     people who share a surname and a short form that fits both.
//   - Relation compares two speaker slugs, for code that holds only
//     identifiers.
package identity
