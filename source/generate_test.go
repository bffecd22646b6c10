package source

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/internal/storygen"
	"github.com/quotecheck/quotecheck/quotes"
)

// The planted changes of the generated corpus, and what the record should
// say about each.
const (
	plantVerbatim = iota
	plantFragment
	plantEllipsis
	plantTrim
	plantSplice
	plantSubstitution
	plantMisattribution
	plantInvented
	plantKinds
)

const debugCorpus = false

var plantNames = [plantKinds]string{"verbatim", "fragment", "ellipsis", "trim", "splice", "substitution", "misattribution", "invented"}

// plantRates are the shares of each change, out of 100.
var plantRates = [plantKinds]int{30, 15, 10, 10, 10, 10, 8, 7}

// plantWant lists the verdicts that count as detecting each change.
var plantWant = [plantKinds][]align.Verdict{
	{align.Identical, align.PunctuationOnly},
	{align.Fragment},
	{align.Ellipsis},
	{align.Trimmed},
	{align.Spliced},
	{align.WordingAltered},
	{align.SpeakerDiffers},
	{align.NotInSource},
}

// altered reports the verdicts that say a quote is not faithful.
func altered(v align.Verdict) bool {
	switch v {
	case align.Trimmed, align.Spliced, align.WordingAltered, align.WordsAdded, align.SpeakerDiffers, align.NotInSource:
		return true
	}
	return false
}

type genSentence struct {
	words   []string
	speaker int
	turn    int
}

type corpus struct {
	speakers  []string // full names
	source    string
	sentences []genSentence
	articles  []quotes.Article
	planted   [][]int // per article, per quote: the plant kind
	// spoken is each turn as said, with its speaker: the sentences with
	// the fillers and false starts a transcript keeps
	spoken []spokenTurn
}

type spokenTurn struct {
	speaker int
	text    string
}

// disfluent writes a sentence as it was said: now and then an "uh" or a
// false start ("the -- the"), which reporters leave out.
func disfluent(r *rand.Rand, ws []string) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		if i == 0 {
			w = storygen.Capitalise(w)
		}
		switch x := r.Float64(); {
		case x < 0.03 && i > 0:
			b.WriteString("uh, ")
		case x < 0.05:
			b.WriteString(w + " -- ")
		}
		b.WriteString(w)
	}
	b.WriteString(".")
	return b.String()
}

// genSentenceWords invents one spoken sentence: the speaker's own words,
// function words and the common nouns every speaker uses.
func genSentenceWords(r *rand.Rand, vocab []string) []string {
	ws := make([]string, 8+r.Intn(11))
	for i := range ws {
		switch x := r.Float64(); {
		case x < 0.5:
			// a skewed draw, so some words are common and most are rare
			ws[i] = vocab[int(float64(len(vocab))*r.Float64()*r.Float64())]
		case x < 0.85:
			ws[i] = storygen.Function[r.Intn(len(storygen.Function))]
		default:
			ws[i] = storygen.Shared[r.Intn(len(storygen.Shared))]
		}
	}
	return ws
}

// newCorpus writes a debate transcript of about words words among four
// speakers (one a moderator) and articles quoting it with planted changes.
func newCorpus(r *rand.Rand, words, articles int) *corpus {
	c := &corpus{}
	for range 4 {
		c.speakers = append(c.speakers, storygen.Capitalise(storygen.Word(r, 2))+" "+storygen.Capitalise(storygen.Word(r, 3)))
	}
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = storygen.Word(r, 2+r.Intn(2))
	}
	var b strings.Builder
	b.WriteString("DEBATE TRANSCRIPT\n\n")
	labelled := make([]bool, len(c.speakers))
	total, turn, prev := 0, 0, -1
	for total < words {
		sp := r.Intn(len(c.speakers))
		if sp == prev {
			continue
		}
		prev = sp
		name := strings.ToUpper(c.speakers[sp])
		if labelled[sp] {
			name = name[strings.LastIndexByte(name, ' ')+1:]
		}
		labelled[sp] = true
		b.WriteString(name + ": ")
		var said []string
		for k, n := 0, 2+r.Intn(6); k < n; k++ {
			ws := genSentenceWords(r, vocab)
			c.sentences = append(c.sentences, genSentence{ws, sp, turn})
			sentence := disfluent(r, ws)
			said = append(said, sentence)
			b.WriteString(sentence + " ")
			total += len(ws)
			if k == 2 {
				b.WriteString("\n\n") // a turn's second paragraph
			}
		}
		c.spoken = append(c.spoken, spokenTurn{sp, strings.Join(said, " ")})
		b.WriteString("\n\n")
		if r.Intn(10) == 0 {
			b.WriteString("(APPLAUSE)\n\n")
		}
		turn++
	}
	c.source = b.String()

	// sentences by turn and by speaker, for ellipses and splices
	byTurn := map[int][]int{}
	bySpeaker := map[int][]int{}
	for i, s := range c.sentences {
		byTurn[s.turn] = append(byTurn[s.turn], i)
		bySpeaker[s.speaker] = append(bySpeaker[s.speaker], i)
	}
	var cum [plantKinds]int
	acc := 0
	for k, rate := range plantRates {
		acc += rate
		cum[k] = acc
	}
	for a := range articles {
		var ab strings.Builder
		ab.WriteString(storygen.Capitalise(strings.Join(storygen.Pick(r, vocab, 6), " ")) + "\n\n")
		named := make([]bool, len(c.speakers))
		var kinds []int
		for range 10 {
			x := r.Intn(100)
			kind := 0
			for cum[kind] <= x {
				kind++
			}
			si := r.Intn(len(c.sentences))
			s := c.sentences[si]
			credited := s.speaker
			var text string
			sentence := func(ws []string) string { return storygen.Capitalise(strings.Join(ws, " ")) }
			switch kind {
			case plantVerbatim:
				text = sentence(s.words) + "."
			case plantFragment:
				n := 6 + r.Intn(3)
				if len(s.words) < n+2 {
					kind, text = plantVerbatim, sentence(s.words)+"."
					break
				}
				from := 1 + r.Intn(len(s.words)-n-1)
				text = strings.Join(s.words[from:from+n], " ")
			case plantEllipsis:
				same := byTurn[s.turn]
				if len(same) < 3 || si >= same[len(same)-2] {
					kind, text = plantVerbatim, sentence(s.words)+"."
					break
				}
				// a later sentence of the answer, with at least one
				// sentence cut between them
				later := c.sentences[si+2+r.Intn(same[len(same)-1]-si-1)]
				text = sentence(s.words) + " … " + sentence(later.words) + "."
			case plantTrim:
				if len(s.words) < 12 {
					kind, text = plantVerbatim, sentence(s.words)+"."
					break
				}
				cut := 1 + r.Intn(3)
				at := 3 + r.Intn(len(s.words)-cut-6)
				ws := append(append([]string{}, s.words[:at]...), s.words[at+cut:]...)
				text = sentence(ws) + "."
			case plantSplice:
				other := bySpeaker[s.speaker][r.Intn(len(bySpeaker[s.speaker]))]
				if c.sentences[other].turn == s.turn {
					kind, text = plantVerbatim, sentence(s.words)+"."
					break
				}
				text = sentence(s.words) + ". " + sentence(c.sentences[other].words) + "."
			case plantSubstitution:
				if len(s.words) < 10 {
					kind, text = plantVerbatim, sentence(s.words)+"."
					break
				}
				ws := append([]string{}, s.words...)
				at := 2 + r.Intn(len(ws)-4)
				for ws[at] == s.words[at] {
					ws[at] = vocab[r.Intn(len(vocab))] // a word said elsewhere, or not at all
				}
				text = sentence(ws) + "."
			case plantMisattribution:
				credited = (s.speaker + 1 + r.Intn(len(c.speakers)-1)) % len(c.speakers)
				text = sentence(s.words) + "."
			case plantInvented:
				// the speaker's vocabulary, in a sentence never said
				text = sentence(genSentenceWords(r, vocab)) + "."
			}
			kinds = append(kinds, kind)
			name := c.speakers[credited]
			if !named[credited] {
				named[credited] = true
				fmt.Fprintf(&ab, "%s said: \u201c%s\u201d\n\n", name, text)
			} else {
				fmt.Fprintf(&ab, "\u201c%s\u201d %s added.\n\n", strings.TrimSuffix(text, "."), name[strings.LastIndexByte(name, ' ')+1:])
			}
			ab.WriteString(storygen.Capitalise(strings.Join(storygen.Pick(r, vocab, 5), " ")) + " " + strings.Join(storygen.Pick(r, storygen.Shared, 2), " ") + ".\n\n")
		}
		c.articles = append(c.articles, quotes.Article{ID: fmt.Sprintf("a%03d", a), Outlet: fmt.Sprintf("Outlet %d", a), Text: ab.String()})
		c.planted = append(c.planted, kinds)
	}
	return c
}

// captions writes the debate as WebVTT: cues of six to eleven words
// that run across sentence ends, each turn's cues under its voice tag.
func (c *corpus) captions(r *rand.Rand) string {
	var b strings.Builder
	b.WriteString("WEBVTT\n\n")
	at := 0
	for _, t := range c.spoken {
		words := strings.Fields(t.text)
		for len(words) > 0 {
			n := min(len(words), 6+r.Intn(6))
			fmt.Fprintf(&b, "%s --> %s\n<v %s>%s\n\n", Clock(time.Duration(at)*time.Second), Clock(time.Duration(at+3)*time.Second),
				c.speakers[t.speaker], strings.Join(words[:n], " "))
			words = words[n:]
			at += 3
		}
	}
	return b.String()
}

// checkCorpus reads the source and every article's quotes against it.
func checkCorpus(tb testing.TB, c *corpus) [][]Match {
	ms, _ := checkCorpusSteps(tb, c)
	return ms
}

// checkCorpusSteps also returns the matcher's word comparisons.
func checkCorpusSteps(tb testing.TB, c *corpus) ([][]Match, int) {
	return checkText(tb, c, c.source)
}

// checkText reads the articles' quotes against one text of the source.
func checkText(tb testing.TB, c *corpus, text string) ([][]Match, int) {
	src, err := Parse("debate", text, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	ix := NewIndex(src, DefaultMatchOptions())
	out := make([][]Match, len(c.articles))
	for a, art := range c.articles {
		qs := quotes.Attribute(art, quotes.Extract(art))
		for _, q := range qs {
			out[a] = append(out[a], ix.Match(q.Text, q.Speaker))
		}
	}
	return out, ix.steps
}

// The matcher's work is linear in the articles and does not grow with the
// source: twice the articles cost about twice the comparisons, and the
// same articles against a transcript twice as long cost about the same.
func TestCorpusCostLinear(t *testing.T) {
	steps := func(words, articles int) int {
		c := newCorpus(rand.New(rand.NewSource(7)), words, articles)
		_, n := checkCorpusSteps(t, c)
		return n
	}
	s50, s100 := steps(20000, 50), steps(20000, 100)
	s100long := steps(40000, 100)
	// With no comparison counted the ratios are NaN and pass both bounds.
	if s50 == 0 || s100 == 0 {
		t.Fatalf("word comparisons counted: %d for 50 articles, %d for 100", s50, s100)
	}
	t.Logf("word comparisons: 50 articles %d, 100 articles %d (x%.2f); 100 articles on 40,000 words %d (x%.2f)",
		s50, s100, float64(s100)/float64(s50), s100long, float64(s100long)/float64(s100))
	if r := float64(s100) / float64(s50); r < 1.6 || r > 2.4 {
		t.Errorf("doubling the articles multiplies the work by %.2f", r)
	}
	if r := float64(s100long) / float64(s100); r > 1.5 {
		t.Errorf("doubling the source multiplies the work by %.2f", r)
	}
}

func TestGeneratedCorpus(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	c := newCorpus(r, 20000, 100)
	src, err := Parse("debate", c.source, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(src.Words) < 20000 || len(src.Speakers) != 4 {
		t.Fatalf("source has %d words, %d speakers", len(src.Words), len(src.Speakers))
	}
	t.Run("transcript", func(t *testing.T) {
		results, _ := checkText(t, c, c.source)
		scoreCorpus(t, c, results)
	})
	t.Run("captions", func(t *testing.T) {
		// the same debate as WebVTT: quotes now run across cues
		results, _ := checkText(t, c, c.captions(r))
		scoreCorpus(t, c, results)
	})
}

// scoreCorpus compares the verdicts with the planted changes, logs recall
// and precision, and fails below 0.95.
func scoreCorpus(t *testing.T, c *corpus, results [][]Match) {
	var planted, detected [plantKinds]int
	confusion := map[string]int{}
	alterations, found, reported, correct := 0, 0, 0, 0
	for a := range c.articles {
		if len(results[a]) != len(c.planted[a]) {
			t.Fatalf("article %d: %d quotes extracted, %d planted", a, len(results[a]), len(c.planted[a]))
		}
		for k, m := range results[a] {
			kind := c.planted[a][k]
			planted[kind]++
			hit := false
			for _, v := range plantWant[kind] {
				hit = hit || m.Verdict == v
			}
			if hit {
				detected[kind]++
			} else {
				confusion[plantNames[kind]+" -> "+string(m.Verdict)]++
				if debugCorpus {
					t.Logf("%s -> %s: passage %q diff %v", plantNames[kind], m.Verdict, m.Passage, m.Diff)
				}
			}
			isAlteration := kind >= plantTrim
			if isAlteration {
				alterations++
				if hit {
					found++
				}
			}
			if altered(m.Verdict) {
				reported++
				if isAlteration {
					correct++
				}
			}
		}
	}
	for k := range plantKinds {
		t.Logf("%-14s planted %4d  detected %4d", plantNames[k], planted[k], detected[k])
	}
	for k, n := range confusion {
		t.Logf("missed: %s: %d", k, n)
	}
	recall := float64(found) / float64(alterations)
	precision := float64(correct) / float64(reported)
	t.Logf("recall of planted alterations %.3f (%d/%d); precision of reported alterations %.3f (%d/%d)", recall, found, alterations, precision, correct, reported)
	if recall < 0.95 || precision < 0.95 {
		t.Errorf("recall %.3f, precision %.3f; want both >= 0.95", recall, precision)
	}
	for k := range plantKinds {
		if planted[k] == 0 {
			t.Errorf("no %s planted", plantNames[k])
		}
	}
}

func benchmarkCorpus(b *testing.B, articles int) {
	r := rand.New(rand.NewSource(12))
	c := newCorpus(r, 20000, articles)
	b.ResetTimer()
	for b.Loop() {
		checkCorpus(b, c)
	}
}

// The whole check: parse and index the transcript, extract and attribute
// every article's quotes and match them; the cost should double with the
// articles and stay well under a second.
func BenchmarkCorpus50(b *testing.B)  { benchmarkCorpus(b, 50) }
func BenchmarkCorpus100(b *testing.B) { benchmarkCorpus(b, 100) }

// benchmarkMatch times the matching alone: the transcript indexed and the
// quotes extracted beforehand.
func benchmarkMatch(b *testing.B, articles int) {
	c := newCorpus(rand.New(rand.NewSource(12)), 20000, articles)
	src, err := Parse("debate", c.source, Options{})
	if err != nil {
		b.Fatal(err)
	}
	ix := NewIndex(src, DefaultMatchOptions())
	var qs []quotes.Quote
	for _, art := range c.articles {
		qs = append(qs, quotes.Attribute(art, quotes.Extract(art))...)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, q := range qs {
			ix.Match(q.Text, q.Speaker)
		}
	}
}

func BenchmarkMatch50(b *testing.B)  { benchmarkMatch(b, 50) }
func BenchmarkMatch100(b *testing.B) { benchmarkMatch(b, 100) }

// BenchmarkParseIndex times reading and indexing the 20,000-word transcript.
func BenchmarkParseIndex(b *testing.B) {
	c := newCorpus(rand.New(rand.NewSource(12)), 20000, 1)
	b.ResetTimer()
	for b.Loop() {
		src, err := Parse("debate", c.source, Options{})
		if err != nil {
			b.Fatal(err)
		}
		NewIndex(src, DefaultMatchOptions())
	}
}
