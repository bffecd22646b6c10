package source

import "strings"

// MatchOptions tune how quotes are read against a source.
type MatchOptions struct {
	// MaxGap is how many source words may lie between two pieces of a
	// quote, within one turn, for the pieces to be read as one passage
	// with words cut (trimmed, altered); further apart they are a splice.
	MaxGap int
	// MinWords is the shortest quote, in words, that can be anything but
	// verbatim: shorter quotes ("a disaster") are too common to place
	// when altered, so they are either found word for word or left alone.
	MinWords int
	// MinCoverage is the share of a quote's words that must be found in
	// the source, in runs the index can place, for the quote to be
	// located at all.
	MinCoverage float64
	// MaxPosting caps how many places a word trigram may occur and still
	// suggest where a quote is: a phrase said everywhere says nothing.
	MaxPosting int
}

// DefaultMatchOptions are the defaults of the command.
func DefaultMatchOptions() MatchOptions {
	return MatchOptions{MaxGap: 30, MinWords: 4, MinCoverage: 0.5, MaxPosting: 200}
}

// Index finds quotes in one source. Build it once per source; Match is
// then about linear in the length of the quote.
type Index struct {
	src   *Source
	opts  MatchOptions
	ids   []int32            // word ID of each indexed word (fillers are not)
	pos   []int32            // indexed word -> its index in Source.Words
	vocab map[string]int32   // comparison form -> word ID
	post  [][]int32          // word ID -> positions
	tri   map[uint64][]int32 // trigram of word IDs -> start positions
	// steps counts the word comparisons of every Match, so that a test can
	// check that the cost grows with the quotes, not with the source.
	steps int
}

// NewIndex indexes the words of src. An Index counts its work as it
// matches, so one Index serves one goroutine at a time.
func NewIndex(src *Source, opts MatchOptions) *Index {
	def := DefaultMatchOptions()
	if opts.MaxGap <= 0 {
		opts.MaxGap = def.MaxGap
	}
	if opts.MinWords <= 0 {
		opts.MinWords = def.MinWords
	}
	if opts.MinCoverage <= 0 {
		opts.MinCoverage = def.MinCoverage
	}
	if opts.MaxPosting <= 0 {
		opts.MaxPosting = def.MaxPosting
	}
	ix := &Index{src: src, opts: opts, ids: make([]int32, 0, len(src.Words)), vocab: map[string]int32{}, tri: make(map[uint64][]int32, len(src.Words))}
	falseStart := falseStarts(src)
	for i, w := range src.Words {
		if fillers[w.Norm] || falseStart[i] {
			// a reporter drops "uh" and "um" without an ellipsis, by
			// common practice: they are not part of the words matched
			continue
		}
		id, ok := ix.vocab[w.Norm]
		if !ok {
			id = int32(len(ix.post))
			ix.vocab[w.Norm] = id
			ix.post = append(ix.post, nil)
		}
		ix.post[id] = append(ix.post[id], int32(len(ix.ids)))
		ix.ids = append(ix.ids, id)
		ix.pos = append(ix.pos, int32(i))
	}
	for i := 0; i+2 < len(ix.ids); i++ {
		k := triKey(ix.ids[i], ix.ids[i+1], ix.ids[i+2])
		ix.tri[k] = append(ix.tri[k], int32(i))
	}
	return ix
}

// Source returns the indexed source.
func (ix *Index) Source() *Source { return ix.src }

func triKey(a, b, c int32) uint64 {
	return uint64(uint32(a))<<42 ^ uint64(uint32(b))<<21 ^ uint64(uint32(c))
}

// frequent reports whether a word is too common to place a quote alone.
func (ix *Index) frequent(id int32) bool {
	return len(ix.post[id]) > max(8, len(ix.ids)/400)
}

// fillers are hesitations that transcripts keep and quotes leave out.
var fillers = map[string]bool{"uh": true, "um": true, "er": true, "erm": true, "ah": true, "hmm": true, "mm": true, "uhm": true}

// word is the source word at index position p.
func (ix *Index) word(p int) *Word { return &ix.src.Words[ix.pos[p]] }

// turnAt is the turn of the word at index position p.
func (ix *Index) turnAt(p int) int { return ix.word(p).Turn }

// falseStarts marks the words a speaker broke off and said again, the
// break marked with a dash ("we -- we will", "the — the plan"): reporters
// quote the words once.
func falseStarts(src *Source) []bool {
	w := src.Words
	out := make([]bool, len(w))
	for i := range w {
		for n := 1; n <= 3 && i+2*n <= len(w); n++ {
			if !brokenOff(src.Text[w[i+n-1].End:w[i+n].Start]) {
				continue
			}
			same := true
			for k := range n {
				if w[i+k].Norm != w[i+n+k].Norm || w[i+k].Turn != w[i+n+k].Turn {
					same = false
					break
				}
			}
			if same {
				for k := range n {
					out[i+k] = true
				}
				break
			}
		}
	}
	return out
}

// brokenOff reports whether the text between two words marks a break with
// a dash. Only its first line counts: after a line break in captions come
// a cue's number and its "-->" timing.
func brokenOff(between string) bool {
	k := strings.IndexByte(between, '\n')
	if k < 0 {
		return strings.ContainsAny(between, "-—–")
	}
	if strings.ContainsAny(between[:k], "-—–") {
		return true
	}
	// the dash may open the next cue's text, after its voice tag
	last := between[strings.LastIndexByte(between, '\n')+1:]
	for strings.HasPrefix(last, "<") && strings.IndexByte(last, '>') > 0 {
		last = last[strings.IndexByte(last, '>')+1:]
	}
	last = strings.TrimSpace(last)
	return strings.HasPrefix(last, "-") || strings.HasPrefix(last, "—") || strings.HasPrefix(last, "–")
}
