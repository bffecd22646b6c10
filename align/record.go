package align

// Record is what the primary sources say about the articles' quotes.
type Record struct {
	Sources []RecordSource
	// Checks holds one entry per quote the record has a verdict on, in
	// article then document order.
	Checks []RecordCheck
	// Outlets is the accuracy of each outlet against the record, in input
	// order.
	Outlets []OutletAccuracy
}

// RecordSource is one primary source as it was read.
type RecordSource struct {
	ID       string
	Path     string
	Form     string   // transcript, webvtt, srt or statement
	Speakers []string // names, in order of first appearance
	Words    int
}

// RecordCheck is one quote read against the record.
type RecordCheck struct {
	Quote    string // quote ID
	Article  string
	Outlet   string
	Cluster  string // the cluster holding the quote; "" when none
	Verdict  Verdict
	Severity Severity
	Credited string // the speaker the article gives
	Passage  *SourcePassage
	Diff     []Op // the source's words -> the quote; nil when not found
}

// SourcePassage is where the record has a quote's words.
type SourcePassage struct {
	Source  string // source ID
	Speaker string // who said the words, per the record; "" when unnamed
	Start   int    // byte offsets into the source's text, of the first piece
	End     int    // ... and one past the last piece
	Line    int    // line of the first word
	Cue     string // cue start time for captions ("00:01:02.500"); "" otherwise
	Text    string // the source's words, pieces joined with " … "
	Pieces  int    // how many stretches of the source the quote joins
	Lines   []int  // the line each stretch starts on
}

// OutletAccuracy counts one outlet's quotes against the record.
type OutletAccuracy struct {
	Outlet        string
	Checked       int // quotes the record has a verdict on
	Verbatim      int // identical or punctuation only
	Faithful      int // fragments and marked cuts (ellipsis)
	Altered       int // trimmed, spliced, wording altered, words added
	Misattributed int // speaker differs
	NotFound      int // credited to a speaker of the source, who did not say it there
}
