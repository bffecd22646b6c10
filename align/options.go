package align

// Options tune Check. Start from DefaultOptions and change what you need;
// the zero value of a field means "use the default" only where said.
type Options struct {
	// Severity gives each verdict its severity; a verdict missing from the
	// map is info.
	Severity map[Verdict]Severity

	// ContextWords is how many words on each side of a quote, within its
	// sentence, serve as evidence that two differently worded quotes are
	// one utterance (a spun copy keeps the sentence around the quote).
	ContextWords int

	// MaxPosting is how many places (distinct article texts) a pair of
	// words may occur in before it is too common to look a quote's
	// unquoted uses up by (paraphrased-unquoted); a pair skipped for it
	// is reported in Result.Notices. Grouping versions into clusters has
	// no such limit.
	MaxPosting int

	// MinCoverage is the share of the shorter version's words (function
	// words count a quarter) that must appear, aligned, in the longer one
	// for the two to be one utterance when the speakers agree or are
	// unknown. MinCoverageOtherSpeaker is the same for versions given to
	// different speakers, which must be nearly word for word.
	MinCoverage             float64
	MinCoverageOtherSpeaker float64

	// MinContext is the share of the context words that must align for two
	// quotes with different words but the same speaker to be one utterance.
	MinContext float64

	// MinParaphrase is the share of a quote's words that another article
	// must carry, in order and without quote marks, for a
	// paraphrased-unquoted finding; the quote needs at least three content
	// words.
	MinParaphrase float64

	// trace, when set (by tests), receives the evidence for every
	// candidate pair.
	trace func(string)
	// cache holds word similarities for the duration of one Check.
	cache *simCache
}

// DefaultOptions returns the defaults of the JSON contract: wording-altered
// and speaker-differs are errors; trimmed, words-added and
// paraphrased-unquoted are warnings; the rest is info.
func DefaultOptions() Options {
	return Options{
		Severity: map[Verdict]Severity{
			Identical:           Info,
			PunctuationOnly:     Info,
			Fragment:            Info,
			WordingAltered:      Error,
			Trimmed:             Warning,
			WordsAdded:          Warning,
			SpeakerDiffers:      Error,
			ParaphrasedUnquoted: Warning,
			SingleSource:        Info,
			Ellipsis:            Info,
			Spliced:             Error,
			NotInSource:         Info,
		},
		ContextWords:            12,
		MaxPosting:              256,
		MinCoverage:             0.6,
		MinCoverageOtherSpeaker: 0.85,
		MinContext:              0.5,
		MinParaphrase:           0.8,
	}
}

// withDefaults fills zero numeric fields, so that a partly filled Options
// (say, only Severity from a config file) still works.
func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Severity == nil {
		o.Severity = d.Severity
	}
	if o.ContextWords <= 0 {
		o.ContextWords = d.ContextWords
	}
	if o.MaxPosting <= 0 {
		o.MaxPosting = d.MaxPosting
	}
	if o.MinCoverage <= 0 {
		o.MinCoverage = d.MinCoverage
	}
	if o.MinCoverageOtherSpeaker <= 0 {
		o.MinCoverageOtherSpeaker = d.MinCoverageOtherSpeaker
	}
	if o.MinContext <= 0 {
		o.MinContext = d.MinContext
	}
	if o.MinParaphrase <= 0 {
		o.MinParaphrase = d.MinParaphrase
	}
	return o
}

// severity looks a verdict up, defaulting to info.
func (o Options) severity(v Verdict) Severity {
	if s, ok := o.Severity[v]; ok {
		return s
	}
	return Info
}
