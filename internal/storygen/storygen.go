// Package storygen invents news stories for tests and benchmarks.
//
// Words are made of syllables, so two stories share only the function
// words and the common nouns, as real stories do; speakers have invented
// names; quotes are written in the three shapes news copy uses (a colon
// intro, a said-verb after the quote, a partial quote in reported speech).
// Everything is drawn from the caller's *rand.Rand, so a seed gives the
// same corpus every time.
package storygen

import (
	"math/rand"
	"strings"
)

var (
	syllables = strings.Fields("ka lo mi ren sa tor vel an dor mis ta ber col fen gar hul in jor lek mun nor pa qui ros sul tem ur vas wen yar zel bri cha dre glo pre sto tri")
	// Function are the function words stories share.
	Function = strings.Fields("the a of to and in that it is was for on with as be by this we will not our at from have are but they")
	// Shared are the common nouns stories share.
	Shared = strings.Fields("government minister council people country plan public money week year report police health school workers police city families support policy decision issue members change security")
	cues   = []string{"said", "told reporters", "added", "warned", "insisted"}
)

// Word invents a word of n syllables.
func Word(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[r.Intn(len(syllables))])
	}
	return b.String()
}

// Capitalise upper-cases the first letter of an ASCII word.
func Capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// Pick draws n words from from, with repetition.
func Pick(r *rand.Rand, from []string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = from[r.Intn(len(from))]
	}
	return out
}

// Utterance is one thing a speaker said.
type Utterance struct {
	Words   []string
	Speaker int // index into Story.Speakers
}

// Story is what every outlet's version of one story shares.
type Story struct {
	Vocab      []string // the story's own words
	Speakers   []string // "Given Surname"
	Utterances []Utterance
}

// NewStory invents a story with 40 words of its own, 3 speakers and the
// given number of utterances of 8 to 16 words.
func NewStory(r *rand.Rand, utterances int) Story {
	var s Story
	s.Vocab = make([]string, 40)
	for i := range s.Vocab {
		s.Vocab[i] = Word(r, 2+r.Intn(2))
	}
	s.Speakers = make([]string, 3)
	for i := range s.Speakers {
		s.Speakers[i] = Capitalise(Word(r, 2)) + " " + Capitalise(Word(r, 3))
	}
	s.Utterances = make([]Utterance, utterances)
	for u := range s.Utterances {
		ws := make([]string, 8+r.Intn(9))
		for i := range ws {
			switch x := r.Float64(); {
			case x < 0.5:
				ws[i] = s.Vocab[r.Intn(len(s.Vocab))]
			case x < 0.8:
				ws[i] = Function[r.Intn(len(Function))]
			default:
				ws[i] = Shared[r.Intn(len(Shared))]
			}
		}
		s.Utterances[u] = Utterance{ws, r.Intn(len(s.Speakers))}
	}
	return s
}

// Headline is a headline line for one outlet's version, without the
// paragraph break.
func (s Story) Headline(r *rand.Rand) string {
	return Capitalise(strings.Join(Pick(r, s.Vocab, 6), " ")) + " after " + strings.Join(Pick(r, Shared, 2), " ")
}

// Filler is a sentence of the reporter's, with its paragraph break.
func (s Story) Filler(r *rand.Rand) string {
	return Capitalise(strings.Join(Pick(r, s.Vocab, 5), " ")) + " " + strings.Join(Pick(r, Function, 2), " ") + " " + strings.Join(Pick(r, Shared, 2), " ") + ".\n\n"
}

// WriteQuote writes a paragraph in which name says words, in one of the
// three shapes, and returns where the quoted text starts in b and the text
// as quoted (capitalised and punctuated for a whole-sentence quote).
func WriteQuote(b *strings.Builder, r *rand.Rand, name string, words []string) (start int, quoted string) {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	quoted = strings.Join(words, " ")
	switch r.Intn(3) {
	case 0:
		b.WriteString(name + " said: \u201c")
		quoted = Capitalise(quoted) + "."
		start = b.Len()
		b.WriteString(quoted + "\u201d\n\n")
	case 1:
		b.WriteString("\"")
		quoted = Capitalise(quoted) + ","
		start = b.Len()
		b.WriteString(quoted + "\" " + last + " " + cues[r.Intn(len(cues))] + ".\n\n")
	default:
		b.WriteString("Mr " + last + " " + cues[r.Intn(len(cues))] + " the " + Shared[r.Intn(len(Shared))] + " was \"")
		start = b.Len()
		b.WriteString(quoted + "\".\n\n")
	}
	return start, quoted
}
