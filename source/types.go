package source

import (
	"time"

	"github.com/quotecheck/quotecheck/align"
)

// Form is how a source is written.
type Form string

// The forms Parse reads.
const (
	Transcript Form = "transcript" // speaker turns: "NAME: words"
	WebVTT     Form = "webvtt"     // WebVTT captions
	SRT        Form = "srt"        // SubRip captions
	Statement  Form = "statement"  // a speech, statement or press release by one speaker
)

// Word is one spoken word of a source.
type Word struct {
	Text  string // as written in the source
	Norm  string // comparison form, as align normalises words
	Start int    // byte offset into Source.Text
	End   int    // one past its last byte
	Line  int    // 1-based line of Start
	Turn  int    // index into Source.Turns
	Cue   int    // index into Source.Cues; -1 outside captions
}

// Cue is one caption cue.
type Cue struct {
	Start, End time.Duration
	Line       int // line of the cue's timing line
}

// Turn is a run of words by one speaker.
type Turn struct {
	Speaker int    // index into Source.Speakers; -1 when nobody is named
	Label   string // the label as written ("MR. SMITH", "Jane Roe (moderator)"); "" when none
	Line    int    // line where the turn starts
	First   int    // index of its first word in Source.Words
	Last    int    // one past its last word
}

// Speaker is one person speaking in a source, with every label used for them.
type Speaker struct {
	Name   string   // the fullest name the labels give, e.g. "Jane Roe"
	Role   string   // from a label's parenthesis, e.g. "moderator"; "" when none
	Labels []string // every label as written
}

// Source is a parsed primary source.
type Source struct {
	ID       string
	Path     string
	Form     Form
	Text     string // offsets refer to it
	Words    []Word
	Turns    []Turn
	Cues     []Cue
	Speakers []Speaker
}

// SpeakerOf returns the speaker of word w, or nil when nobody is named.
func (s *Source) SpeakerOf(w int) *Speaker {
	if w < 0 || w >= len(s.Words) {
		return nil
	}
	t := s.Turns[s.Words[w].Turn]
	if t.Speaker < 0 {
		return nil
	}
	return &s.Speakers[t.Speaker]
}

// Piece is one stretch of consecutive source words a quote uses.
type Piece struct {
	First, Last int    // word range [First, Last) in Source.Words
	Start, End  int    // byte offsets into Source.Text
	Line        int    // line of the first word
	Speaker     string // the speaker's name; "" when nobody is named
	Cue         *Cue   // the cue of the first word, for captions
}

// Match is what the record says about one quote.
type Match struct {
	// Verdict is the quote's verdict against the record; "" when the quote
	// was not found and its speaker does not speak in the source (the
	// words may come from elsewhere, and the source cannot say).
	Verdict align.Verdict
	// TextVerdict is the verdict on the words alone, before the speaker is
	// compared; it differs from Verdict for speaker-differs.
	TextVerdict align.Verdict
	Pieces      []Piece    // where the words were said, in the quote's order
	Speaker     string     // who said them: the speaker of most matched words
	Passage     string     // the source's words, pieces joined with " … "
	Diff        []align.Op // from Passage to the quote
	Matched     int        // quote words found in the source
	Words       int        // quote words
}

// Found reports whether the quote's words were located in the source.
func (m Match) Found() bool { return len(m.Pieces) > 0 }
