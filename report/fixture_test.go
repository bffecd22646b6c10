package report

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// The fixture is a small invented story told by three outlets. Its quotes
// are located in the article texts by search, so offsets, lines and
// columns are real, and its clusters cover every verdict.

const bbcText = `MPs clash over "pipe|dream" budget

The MP Alasdair McDonald said: "This is not a gun fight with a wooden spoon, it is a test of nerve."

Treasury minister Jane Holt told reporters the plan was "fully costed and ready".

"We will publish every figure," she added.

Mr McDonald said: "The committee will sit again on Monday."

A protester’s placard read: "Cuts | <script>alert(1)</script>
hurt families".
`

const spunText = `The MP Alasdair McDonald said: "This is not a weapon battle with a wood spoon, it is a test of nerve."

Treasury minister Jane Holt told reporters the plan was fully costed and ready.

"We will publish every figure and every forecast," she added.

Mr McDonald said: "the committee will sit again on Monday".
`

const skyText = `Alasdair McDonald told Sky News: "This is not a gun fight, it is a test of nerve."

Her deputy Ravi Patel said: "We will publish every figure."

The plan is "fully costed", Ms Holt said.

Mr McDonald added: "The committee will sit again on Monday."
`

// quoteSpec describes a quote to find in an article.
type quoteSpec struct {
	text      string
	kind      quotes.Kind
	speaker   string
	speakerID string
	mention   string // searched before the quote, then after it
	cue       string
}

func buildArticle(id, outlet, title, text string, specs []quoteSpec) align.ArticleQuotes {
	a := quotes.Article{
		ID: id, Path: "testdata/story/" + id + ".txt", Outlet: outlet, Title: title,
		Text: text, TextSource: "text", Encoding: "utf-8",
	}
	aq := align.ArticleQuotes{Article: a}
	from := 0
	for n, s := range specs {
		i := strings.Index(text[from:], s.text)
		if i < 0 {
			panic(fmt.Sprintf("fixture: %q not in %s after %d", s.text, id, from))
		}
		start := from + i
		end := start + len(s.text)
		from = end
		line := 1 + strings.Count(text[:start], "\n")
		col := 1 + utf8.RuneCountInString(text[strings.LastIndexByte(text[:start], '\n')+1:start])
		q := quotes.Quote{
			ID: fmt.Sprintf("%s#%d", id, n+1), Article: id, Text: s.text,
			Start: start, End: end, Line: line, Column: col, Kind: s.kind,
			Open: `"`, Close: `"`, Parent: -1,
			Speaker: s.speaker, SpeakerID: s.speakerID, Cue: s.cue,
		}
		if s.speaker != "" {
			q.SpeakerKind = "person"
		}
		if s.mention != "" {
			m := strings.LastIndex(text[:start], s.mention)
			if m < 0 {
				m = end + strings.Index(text[end:], s.mention)
			}
			q.Mention = &quotes.Mention{Text: s.mention, Start: m, End: m + len(s.mention)}
		}
		aq.Quotes = append(aq.Quotes, q)
	}
	return aq
}

func fixtureResult() align.Result {
	const mcd, holt, patel = "alasdair-mcdonald", "jane-holt", "ravi-patel"
	bbc := buildArticle("bbc", "BBC News", "MPs clash over budget", bbcText, []quoteSpec{
		{text: "pipe|dream", kind: quotes.Headline},
		{text: "This is not a gun fight with a wooden spoon, it is a test of nerve.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Alasdair McDonald", cue: "said"},
		{text: "fully costed and ready", kind: quotes.Partial,
			speaker: "Jane Holt", speakerID: holt, mention: "Jane Holt", cue: "told"},
		{text: "We will publish every figure,", kind: quotes.Direct,
			speaker: "Jane Holt", speakerID: holt, mention: "she", cue: "added"},
		{text: "The committee will sit again on Monday.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Mr McDonald", cue: "said"},
		{text: "Cuts | <script>alert(1)</script>\nhurt families", kind: quotes.Direct},
	})
	spun := buildArticle("spun", "Spun Daily", "", spunText, []quoteSpec{
		{text: "This is not a weapon battle with a wood spoon, it is a test of nerve.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Alasdair McDonald", cue: "said"},
		{text: "We will publish every figure and every forecast,", kind: quotes.Direct,
			speaker: "Jane Holt", speakerID: holt, mention: "she", cue: "added"},
		{text: "the committee will sit again on Monday", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Mr McDonald", cue: "said"},
	})
	sky := buildArticle("sky", "Sky News", "", skyText, []quoteSpec{
		{text: "This is not a gun fight, it is a test of nerve.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Alasdair McDonald", cue: "told"},
		{text: "We will publish every figure.", kind: quotes.Direct,
			speaker: "Ravi Patel", speakerID: patel, mention: "Ravi Patel", cue: "said"},
		{text: "fully costed", kind: quotes.Partial,
			speaker: "Jane Holt", speakerID: holt, mention: "Ms Holt", cue: "said"},
		{text: "The committee will sit again on Monday.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Mr McDonald", cue: "added"},
	})
	spanText := "fully costed and ready"
	spanStart := strings.Index(spunText, spanText)

	eq := func(t string) align.Op { return align.Op{Op: "equal", Text: t} }
	del := func(t string) align.Op { return align.Op{Op: "delete", Text: t} }
	ins := func(t string) align.Op { return align.Op{Op: "insert", Text: t} }

	return align.Result{
		Articles: []align.ArticleQuotes{bbc, spun, sky},
		Speakers: []align.Speaker{
			{ID: mcd, Name: "Alasdair McDonald", Kind: "person",
				Aliases: []string{"The MP Alasdair McDonald", "Mr McDonald"}, Articles: []string{"bbc", "spun", "sky"}},
			{ID: holt, Name: "Jane Holt", Kind: "person",
				Aliases: []string{"Treasury minister Jane Holt", "Ms Holt", "she"}, Articles: []string{"bbc", "spun", "sky"}},
			{ID: patel, Name: "Ravi Patel", Kind: "person",
				Aliases: []string{"Her deputy Ravi Patel"}, Articles: []string{"sky"}},
		},
		Clusters: []align.Cluster{
			{ID: "c1", SpeakerID: mcd, Quotes: []string{"bbc#2", "spun#1", "sky#1"}, Verdict: align.WordingAltered,
				Findings: []align.Finding{
					{Verdict: align.WordingAltered, Severity: align.Error, A: "bbc#2", B: "spun#1", Diff: []align.Op{
						eq("This is not a"), del("gun fight"), ins("weapon battle"), eq("with a"),
						del("wooden"), ins("wood"), eq("spoon, it is a test of nerve."),
					}},
					{Verdict: align.Trimmed, Severity: align.Warning, A: "bbc#2", B: "sky#1", Diff: []align.Op{
						eq("This is not a gun"), del("fight with a wooden spoon,"), ins("fight,"), eq("it is a test of nerve."),
					}},
				}},
			{ID: "c2", SpeakerID: holt, Quotes: []string{"bbc#3", "sky#3"}, Verdict: align.ParaphrasedUnquoted,
				Findings: []align.Finding{
					{Verdict: align.ParaphrasedUnquoted, Severity: align.Warning, A: "bbc#3",
						BSpan: &align.Span{Article: "spun", Start: spanStart, End: spanStart + len(spanText), Text: spanText},
						Diff:  []align.Op{eq("fully costed and ready")}},
					{Verdict: align.Fragment, Severity: align.Info, A: "bbc#3", B: "sky#3",
						Diff: []align.Op{eq("fully costed"), del("and ready")}},
				}},
			{ID: "c3", SpeakerID: holt, Quotes: []string{"bbc#4", "spun#2", "sky#2"}, Verdict: align.SpeakerDiffers,
				Findings: []align.Finding{
					{Verdict: align.WordsAdded, Severity: align.Warning, A: "bbc#4", B: "spun#2", Diff: []align.Op{
						eq("We will publish every"), del("figure,"), ins("figure and every forecast,"),
					}},
					{Verdict: align.SpeakerDiffers, Severity: align.Error, A: "bbc#4", B: "sky#2", Diff: []align.Op{
						eq("We will publish every"), del("figure,"), ins("figure."),
					}},
				}},
			{ID: "c4", SpeakerID: mcd, Quotes: []string{"bbc#5", "spun#3", "sky#4"}, Verdict: align.PunctuationOnly,
				Findings: []align.Finding{
					{Verdict: align.PunctuationOnly, Severity: align.Info, A: "bbc#5", B: "spun#3", Diff: []align.Op{
						del("The"), ins("the"), eq("committee will sit again on"), del("Monday."), ins("Monday"),
					}},
					{Verdict: align.Identical, Severity: align.Info, A: "bbc#5", B: "sky#4", Diff: []align.Op{
						eq("The committee will sit again on Monday."),
					}},
				}},
			{ID: "c5", Quotes: []string{"bbc#6"}, Verdict: align.SingleSource,
				Findings: []align.Finding{
					{Verdict: align.SingleSource, Severity: align.Info, A: "bbc#6"},
				}},
			// A cluster with no findings at all: reports must still show it.
			{ID: "c6", Quotes: []string{"bbc#1"}, Verdict: align.SingleSource},
		},
	}
}

func fixtureReport(command string) *Report {
	return &Report{Result: fixtureResult(), Command: command, ExitCode: 1, Version: "test"}
}
