package align

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/quotes"
)

// Verdict classifies how two versions of one utterance differ.
type Verdict string

// The verdicts of the JSON contract (docs/json-v1.md).
const (
	Identical           Verdict = "identical"
	PunctuationOnly     Verdict = "punctuation-only"
	Fragment            Verdict = "fragment"
	WordingAltered      Verdict = "wording-altered"
	Trimmed             Verdict = "trimmed"
	WordsAdded          Verdict = "words-added"
	SpeakerDiffers      Verdict = "speaker-differs"
	ParaphrasedUnquoted Verdict = "paraphrased-unquoted"
	SingleSource        Verdict = "single-source"

	// Verdicts against a primary source (a transcript, captions, a
	// statement); see package source.
	Ellipsis    Verdict = "ellipsis"      // pieces joined with an ellipsis, in the order spoken
	Spliced     Verdict = "spliced"       // pieces from distant places or out of order, joined without an ellipsis
	NotInSource Verdict = "not-in-source" // credited to a speaker of the source, who did not say it there
)

// Severity says how much a finding matters; a config file may change the
// default for each verdict.
type Severity string

// Severities, from the most to the least severe.
const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Info    Severity = "info"
)

// Speaker is one identity resolved across all articles.
type Speaker struct {
	ID       string   // slug of Name, e.g. "oliver-dowden"
	Name     string   // the fullest name seen
	Kind     string   // "person", "organisation" or "group"
	Aliases  []string // every other way the articles name this speaker
	Articles []string // IDs of the articles that quote this speaker
}

// Op is one step of a word-level diff that turns version A into version B.
type Op struct {
	Op   string // "equal", "delete" or "insert"
	Text string // the words, joined by single spaces
}

// Span is a stretch of an article's text that is not a quote: where an
// article carries a quote's words without quote marks.
type Span struct {
	Article string
	Start   int
	End     int
	Text    string
}

// Finding is one difference between two versions of an utterance: one
// per variant that deviates from its cluster's reference, A the variant's
// first quote and B the reference's.
type Finding struct {
	Verdict  Verdict
	Severity Severity
	A        string // quote ID
	B        string // quote ID; "" when BSpan is set
	BSpan    *Span  // for ParaphrasedUnquoted: where article B has the words
	Diff     []Op   // turns A's words into B's

	// Variant is the ID of the deviating variant; "" for a
	// paraphrased-unquoted finding, whose deviating version is BSpan.
	Variant string
	// Articles and Outlets carry the deviating version: every article of
	// the variant, or BSpan's article. Deduplicated, in input order.
	Articles []string
	Outlets  []string
}

// Variant is one wording of an utterance: the versions whose normalised
// words are the same (and whose speakers may be one person).
type Variant struct {
	ID       string   // "<cluster id>v<n>", n from 1; v1 is the reference
	Text     string   // the words of its first quote
	Quotes   []string // quote IDs carrying this wording, article then document order
	Articles []string // article IDs, deduplicated, in input order
	Outlets  []string // outlet names, deduplicated, in input order
	Verdict  Verdict  // against ComparedWith; Identical for a reference itself
	Severity Severity // of that verdict
	Diff     []Op     // reference -> this variant, word level; nil for the reference

	// ComparedWith is the ID of the variant this one was compared with:
	// the cluster's reference, or, in a cluster that joins the fragments
	// of one statement, the reference of its own part. "" for a
	// reference, which is compared with nothing.
	ComparedWith string
}

// Cluster is the versions of one utterance across articles.
type Cluster struct {
	ID        string
	SpeakerID string   // "" when the versions have no speaker
	Quotes    []string // quote IDs, in article then document order
	Verdict   Verdict  // the most severe finding's verdict, or Identical / SingleSource
	Findings  []Finding

	// Reference is the ID of the variant every other one is compared
	// with: the fullest wording, ties going to the one most outlets carry.
	Reference string
	// Variants lists the reference first, then the others by severity
	// (errors first), then by how many outlets carry them.
	Variants []Variant

	// Source is the primary source's passage for this utterance, when a
	// source was given and has it (package source); the record, not the
	// fullest version, is then what the versions answer to.
	Source *SourcePassage
}

// ArticleQuotes is an article with its attributed quotes.
type ArticleQuotes struct {
	Article quotes.Article
	Quotes  []quotes.Quote
	// Names are the article's speaker identities (quotes.Names), from the
	// same analysis as Quotes. Prepare fills them; when nil,
	// ResolveSpeakers analyses the article again to find them.
	Names []quotes.Name
}

// Result is everything a check finds; every report renders it.
type Result struct {
	Articles []ArticleQuotes
	Speakers []Speaker
	Clusters []Cluster

	// Stats are the summary numbers, counted by Check.
	Stats Stats
	// Notices are limits the check reached and what they cost, in words
	// for a person (the command prints them as warnings); empty when none
	// was reached. Nothing is ever left out silently.
	Notices []string

	// Record is the check of every quote against the primary sources
	// (package source); nil when no source was given.
	Record *Record
}

// Stats are the numbers a report's summary needs, so that every renderer
// counts the same way.
type Stats struct {
	Articles int
	Quotes   int
	Speakers int
	Clusters int
	Variants int // over all clusters
	// ClustersByVerdict counts the clusters by their verdict (identical
	// and single-source included); FindingsByVerdict and
	// FindingsBySeverity count the findings.
	ClustersByVerdict  map[Verdict]int
	FindingsByVerdict  map[Verdict]int
	FindingsBySeverity map[Severity]int
	// ClustersBySeverity counts the clusters by their most severe
	// finding; a cluster without findings counts as info. A report that
	// shows only findings at or above some severity says how many
	// clusters it hides from these.
	ClustersBySeverity map[Severity]int
	// Outlets holds one entry per outlet, in order of first article.
	Outlets []OutletStats
	// Comparisons counts the pairs of variants aligned while grouping:
	// the work of a check, which tests and benchmarks compare across
	// input sizes.
	Comparisons int
}

// OutletStats is what the check found in one outlet's articles.
type OutletStats struct {
	Outlet   string
	Articles int
	// Quotes counts the outlet's quotes that have a version in another
	// article: the ones the check could compare.
	Quotes int
	// Altered counts its quotes whose wording deviates from the reference
	// (wording-altered, trimmed, words-added); OtherSpeaker those credited
	// to someone other than the reference's speaker (speaker-differs).
	Altered      int
	OtherSpeaker int
}

// Verdicts returns every verdict, in the order of the JSON contract.
func Verdicts() []Verdict {
	return []Verdict{
		Identical, PunctuationOnly, Fragment, WordingAltered, Trimmed,
		WordsAdded, SpeakerDiffers, ParaphrasedUnquoted, SingleSource,
		Ellipsis, Spliced, NotInSource,
	}
}

// VerdictsByPrecedence returns every verdict, the one a cluster reports
// first when two findings have the same severity; reports list verdicts
// in this order too.
func VerdictsByPrecedence() []Verdict {
	return []Verdict{
		WordingAltered, SpeakerDiffers, Trimmed, WordsAdded, ParaphrasedUnquoted,
		Fragment, PunctuationOnly, Identical, SingleSource,
		// Verdicts against a source come last, so that the rule indexes
		// of earlier SARIF files stay the same.
		Spliced, NotInSource, Ellipsis,
	}
}

// ParseVerdict checks a verdict name from a flag or a file.
func ParseVerdict(name string) (Verdict, error) {
	all := Verdicts()
	if i := slices.Index(all, Verdict(name)); i >= 0 {
		return all[i], nil
	}
	names := make([]string, len(all))
	for i, v := range all {
		names[i] = string(v)
	}
	return "", fmt.Errorf("unknown verdict %q (want one of %s)", name, strings.Join(names, ", "))
}

// Severities returns every severity, the most severe first.
func Severities() []Severity { return []Severity{Error, Warning, Info} }

// ClusterVerdict is the verdict a cluster reports: its most severe
// finding's, ties broken by VerdictsByPrecedence; with no finding,
// SingleSource when its versions come from one article, else Identical.
func ClusterVerdict(findings []Finding, articles int) Verdict {
	if len(findings) == 0 {
		if articles <= 1 {
			return SingleSource
		}
		return Identical
	}
	order := VerdictsByPrecedence()
	best := findings[0]
	for _, f := range findings[1:] {
		if c := cmp.Compare(f.Severity.rank(), best.Severity.rank()); c > 0 ||
			c == 0 && slices.Index(order, f.Verdict) < slices.Index(order, best.Verdict) {
			best = f
		}
	}
	return best.Verdict
}

// rank orders severities; anything unknown ranks as info, so it is never
// hidden by accident.
func (s Severity) rank() int {
	switch s {
	case Error:
		return 3
	case Warning:
		return 2
	}
	return 1
}

// AtLeast reports whether s is as severe as min or more.
func (s Severity) AtLeast(min Severity) bool { return s.rank() >= min.rank() }

// ParseSeverity checks a severity name from a flag or a file.
func ParseSeverity(name string) (Severity, error) {
	switch s := Severity(name); s {
	case Error, Warning, Info:
		return s, nil
	}
	return "", fmt.Errorf("unknown severity %q (want error, warning or info)", name)
}

// HasFinding reports whether any finding is at or above min: the test
// behind exit code 1.
func (r Result) HasFinding(min Severity) bool {
	for _, c := range r.Clusters {
		for _, f := range c.Findings {
			if f.Severity.AtLeast(min) {
				return true
			}
		}
	}
	return false
}
