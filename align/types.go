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

// Finding is one difference between two versions of an utterance.
type Finding struct {
	Verdict  Verdict
	Severity Severity
	A        string // quote ID
	B        string // quote ID; "" when BSpan is set
	BSpan    *Span  // for ParaphrasedUnquoted: where article B has the words
	Diff     []Op
}

// Cluster is the versions of one utterance across articles.
type Cluster struct {
	ID        string
	SpeakerID string   // "" when the versions have no speaker
	Quotes    []string // quote IDs, in article then document order
	Verdict   Verdict  // the most severe finding's verdict, or Identical / SingleSource
	Findings  []Finding
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
}

// Verdicts returns every verdict, in the order of the JSON contract.
func Verdicts() []Verdict {
	return []Verdict{
		Identical, PunctuationOnly, Fragment, WordingAltered, Trimmed,
		WordsAdded, SpeakerDiffers, ParaphrasedUnquoted, SingleSource,
	}
}

// VerdictsByPrecedence returns every verdict, the one a cluster reports
// first when two findings have the same severity; reports list verdicts
// in this order too.
func VerdictsByPrecedence() []Verdict {
	return []Verdict{
		WordingAltered, SpeakerDiffers, Trimmed, WordsAdded, ParaphrasedUnquoted,
		Fragment, PunctuationOnly, Identical, SingleSource,
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
