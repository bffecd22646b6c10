package align

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// corpusConfig describes a generated corpus: Stories stories, each told by
// Outlets outlets. Outlet 0 has every utterance as spoken; every other
// outlet copies each utterance, altering it at the given rates.
type corpusConfig struct {
	Stories, Outlets int
	Seed             int64
	Utterances       int     // utterances per story
	Drop             float64 // not quoted at all
	Reword           float64 // one or two words substituted
	Trim             float64 // words cut from inside, no ellipsis
	Reassign         float64 // the same words given to another speaker
	Fragment         float64 // a run of words from inside the quote
}

func defaultCorpus(stories int) corpusConfig {
	return corpusConfig{Stories: stories, Outlets: 5, Seed: 42, Utterances: 6,
		Drop: 0.1, Reword: 0.12, Trim: 0.1, Reassign: 0.06, Fragment: 0.1}
}

// plantedChange is one alteration the generator made: the verdict that a
// finding between the original and the copy must carry.
type plantedChange struct {
	Orig, Copy string // quote IDs
	Want       Verdict
}

// generated is a corpus with what was planted in it.
type generated struct {
	Articles []ArticleQuotes
	Planted  []plantedChange
	Copies   map[string]plantedChange // every copy, altered or not, by its quote ID
	Bytes    int
}

var (
	genSyllables = strings.Fields("ka lo mi ren sa tor vel an dor mis ta ber col fen gar hul in jor lek mun nor pa qui ros sul tem ur vas wen yar zel bri cha dre glo pre sto tri")
	genFunction  = strings.Fields("the a of to and in that it is was for on with as be by this we will not our at from have are but they")
	genShared    = strings.Fields("government minister council people country plan public money week year report police health school workers police city families support policy decision issue members change security")
	genCues      = []string{"said", "told reporters", "added", "warned", "insisted"}
)

// genWord invents a word from syllables: story words are unlikely to occur
// in another story, as names and topics rarely do.
func genWord(r *rand.Rand, syllables int) string {
	var b strings.Builder
	for i := 0; i < syllables; i++ {
		b.WriteString(genSyllables[r.Intn(len(genSyllables))])
	}
	return b.String()
}

func capitalise(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// generateCorpus writes the corpus deterministically from cfg.Seed.
func generateCorpus(cfg corpusConfig) generated {
	r := rand.New(rand.NewSource(cfg.Seed))
	g := generated{Copies: map[string]plantedChange{}}
	for s := 0; s < cfg.Stories; s++ {
		vocab := make([]string, 40)
		for i := range vocab {
			vocab[i] = genWord(r, 2+r.Intn(2))
		}
		speakers := make([]string, 3)
		for i := range speakers {
			speakers[i] = capitalise(genWord(r, 2)) + " " + capitalise(genWord(r, 3))
		}
		type utterance struct {
			words   []string
			speaker int
		}
		utts := make([]utterance, cfg.Utterances)
		for u := range utts {
			n := 8 + r.Intn(9)
			ws := make([]string, n)
			for i := range ws {
				switch x := r.Float64(); {
				case x < 0.5:
					ws[i] = vocab[r.Intn(len(vocab))]
				case x < 0.8:
					ws[i] = genFunction[r.Intn(len(genFunction))]
				default:
					ws[i] = genShared[r.Intn(len(genShared))]
				}
			}
			utts[u] = utterance{ws, r.Intn(len(speakers))}
		}
		origIDs := make([]string, len(utts))
		for o := 0; o < cfg.Outlets; o++ {
			id := fmt.Sprintf("s%04d-o%d", s, o)
			var text strings.Builder
			var qs []quotes.Quote
			text.WriteString(capitalise(strings.Join(pick(r, vocab, 6), " ")) + " after " + strings.Join(pick(r, genShared, 2), " ") + ".\n\n")
			for u, ut := range utts {
				words := ut.words
				speaker := ut.speaker
				var want Verdict
				if o > 0 {
					switch x := r.Float64(); {
					case x < cfg.Drop:
						continue
					case x < cfg.Drop+cfg.Reword:
						words = reword(r, words, vocab)
						want = WordingAltered
					case x < cfg.Drop+cfg.Reword+cfg.Trim:
						words = trim(r, words)
						want = Trimmed
					case x < cfg.Drop+cfg.Reword+cfg.Trim+cfg.Reassign:
						speaker = (speaker + 1 + r.Intn(len(speakers)-1)) % len(speakers)
						want = SpeakerDiffers
					case x < cfg.Drop+cfg.Reword+cfg.Trim+cfg.Reassign+cfg.Fragment:
						k := 3 + r.Intn(len(words)-4)
						at := r.Intn(len(words) - k + 1)
						words = words[at : at+k]
					}
				}
				// a filler sentence, then the quote in one of three shapes
				text.WriteString(capitalise(strings.Join(pick(r, vocab, 5), " ")) + " " + strings.Join(pick(r, genFunction, 2), " ") + " " + strings.Join(pick(r, genShared, 2), " ") + ".\n\n")
				name := speakers[speaker]
				last := name[strings.LastIndexByte(name, ' ')+1:]
				quoted := strings.Join(words, " ")
				var start int
				switch r.Intn(3) {
				case 0:
					text.WriteString(name + " said: \u201c")
					start = text.Len()
					text.WriteString(capitalise(quoted) + ".")
					quoted = capitalise(quoted) + "."
					text.WriteString("\u201d\n\n")
				case 1:
					text.WriteString("\"")
					start = text.Len()
					text.WriteString(capitalise(quoted) + ",")
					quoted = capitalise(quoted) + ","
					text.WriteString("\" " + last + " " + genCues[r.Intn(len(genCues))] + ".\n\n")
				default:
					text.WriteString("Mr " + last + " " + genCues[r.Intn(len(genCues))] + " the " + genShared[r.Intn(len(genShared))] + " was \"")
					start = text.Len()
					text.WriteString(quoted)
					text.WriteString("\".\n\n")
				}
				q := quotes.Quote{
					ID: fmt.Sprintf("%s#%d", id, len(qs)+1), Article: id, Text: quoted,
					Start: start, End: start + len(quoted), Kind: quotes.Direct, Parent: -1,
					Speaker: name, SpeakerKind: "person", SpeakerID: slug(name),
				}
				qs = append(qs, q)
				if o == 0 {
					origIDs[u] = q.ID
				} else {
					pc := plantedChange{Orig: origIDs[u], Copy: q.ID, Want: want}
					g.Copies[q.ID] = pc
					if want != "" {
						g.Planted = append(g.Planted, pc)
					}
				}
			}
			g.Bytes += text.Len()
			g.Articles = append(g.Articles, ArticleQuotes{
				Article: quotes.Article{ID: id, Outlet: fmt.Sprintf("outlet %d", o), Text: text.String()},
				Quotes:  qs,
			})
		}
	}
	return g
}

func pick(r *rand.Rand, from []string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = from[r.Intn(len(from))]
	}
	return out
}

// reword substitutes one or two content words with other story words.
func reword(r *rand.Rand, words, vocab []string) []string {
	out := append([]string(nil), words...)
	changes := 1 + r.Intn(2)
	for c := 0; c < changes; c++ {
		for tries := 0; tries < 20; tries++ {
			i := r.Intn(len(out))
			if stopWords[normWord(out[i])] {
				continue
			}
			w := vocab[r.Intn(len(vocab))]
			if normWord(w) != normWord(words[i]) {
				out[i] = w
				break
			}
		}
	}
	return out
}

// trim cuts one or two consecutive words from inside the quote.
func trim(r *rand.Rand, words []string) []string {
	k := 1 + r.Intn(2)
	at := 1 + r.Intn(len(words)-k-1)
	out := append([]string(nil), words[:at]...)
	return append(out, words[at+k:]...)
}

// TestGeneratedRecall checks that the planted alterations are found, each
// with its verdict, between the original and the altered copy.
func TestGeneratedRecall(t *testing.T) {
	g := generateCorpus(defaultCorpus(100))
	res := Check(g.Articles, nil, DefaultOptions())
	found := map[[2]string]Verdict{}
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			found[[2]string{f.A, f.B}] = f.Verdict
		}
	}
	byKind := map[Verdict][2]int{}
	hits := 0
	for _, p := range g.Planted {
		k := byKind[p.Want]
		k[1]++
		if found[[2]string{p.Orig, p.Copy}] == p.Want {
			hits++
			k[0]++
		} else if testing.Verbose() && k[1]-k[0] <= 3 {
			t.Logf("missed %s %s -> %s: got %q", p.Want, p.Orig, p.Copy, found[[2]string{p.Orig, p.Copy}])
		}
		byKind[p.Want] = k
	}
	recall := float64(hits) / float64(len(g.Planted))
	t.Logf("planted alterations: %d, recovered %d, recall %.3f; by kind %v", len(g.Planted), hits, recall, byKind)
	// Precision: every error or warning between an original and a copy
	// must be an alteration that was planted there.
	var flagged, right int
	for _, c := range res.Clusters {
		for _, f := range c.Findings {
			pc, ok := g.Copies[f.B]
			if !ok || pc.Orig != f.A || f.Severity == Info {
				continue
			}
			flagged++
			if f.Verdict == pc.Want {
				right++
			} else if testing.Verbose() && flagged-right <= 3 {
				t.Logf("unplanted %s %s -> %s (planted %q): %v", f.Verdict, f.A, f.B, pc.Want, f.Diff)
			}
		}
	}
	t.Logf("errors and warnings between originals and copies: %d, planted %d, precision %.3f", flagged, right, float64(right)/float64(max(1, flagged)))
	if float64(right) < 0.95*float64(flagged) {
		t.Errorf("precision %d/%d, want >= 0.95", right, flagged)
	}
	if len(g.Planted) < 300 {
		t.Fatalf("only %d alterations planted", len(g.Planted))
	}
	if recall < 0.95 {
		t.Errorf("recall of planted alterations %.3f, want >= 0.95", recall)
	}
}

func benchmarkCheck(b *testing.B, stories int) {
	g := generateCorpus(defaultCorpus(stories))
	opts := DefaultOptions()
	b.SetBytes(int64(g.Bytes))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Check(g.Articles, nil, opts)
	}
	b.ReportMetric(float64(len(g.Articles)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkCheck100(b *testing.B)  { benchmarkCheck(b, 100) }
func BenchmarkCheck1000(b *testing.B) { benchmarkCheck(b, 1000) }

// TestCheckScaling: ten times the stories (50 and 500, to keep the suite
// quick under -race) may cost at most twelve times
// the candidate pairs, so candidate generation stays near-linear. It counts
// the pairs the index proposes rather than timing them, so a busy machine
// cannot fail it; BenchmarkCheck100 and BenchmarkCheck1000 measure time.
func TestCheckScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 500 stories")
	}
	pairs := func(stories int) int {
		g := generateCorpus(defaultCorpus(stories))
		opts := DefaultOptions()
		n := 0
		opts.trace = func(string) { n++ }
		Check(g.Articles, nil, opts)
		return n
	}
	small, large := pairs(50), pairs(500)
	ratio := float64(large) / float64(small)
	t.Logf("candidate pairs: 50 stories %d, 500 stories %d, ratio %.2f", small, large, ratio)
	if ratio > 12 {
		t.Errorf("500 stories propose %.1f times the pairs of 50, want <= 12", ratio)
	}
}
