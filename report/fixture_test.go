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

Ms Holt said the inquiry would be "independent and open to the public".
`

const spunText = `The MP Alasdair McDonald said: "This is not a weapon battle with a wood spoon, it is a test of nerve."

Treasury minister Jane Holt told reporters the plan was fully costed and ready.

"We will publish every figure and every forecast," she added.

Mr McDonald said: "the committee will sit again on Monday".

Ms Holt said the inquiry would be "independent and open to the public".
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

// url and date are what a manifest gives; "" when it names none.
func buildArticle(id, outlet, title, url, date, text string, specs []quoteSpec) align.ArticleQuotes {
	a := quotes.Article{
		ID: id, Path: "testdata/story/" + id + ".txt", Outlet: outlet, Title: title,
		Text: text, TextSource: "text", Encoding: "utf-8",
		URL: url, Date: date,
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
	bbc := buildArticle("bbc", "BBC News", "MPs clash over budget",
		"https://news.example.org/politics/budget-clash", "2026-03-25", bbcText, []quoteSpec{
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
			{text: "independent and open to the public", kind: quotes.Partial,
				speaker: "Jane Holt", speakerID: holt, mention: "Ms Holt", cue: "said"},
		})
	spun := buildArticle("spun", "Spun Daily", "", "https://spun.example.net/p/4411", "2026-03-26", spunText, []quoteSpec{
		{text: "This is not a weapon battle with a wood spoon, it is a test of nerve.", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Alasdair McDonald", cue: "said"},
		{text: "We will publish every figure and every forecast,", kind: quotes.Direct,
			speaker: "Jane Holt", speakerID: holt, mention: "she", cue: "added"},
		{text: "the committee will sit again on Monday", kind: quotes.Direct,
			speaker: "Alasdair McDonald", speakerID: mcd, mention: "Mr McDonald", cue: "said"},
		{text: "independent and open to the public", kind: quotes.Partial,
			speaker: "Jane Holt", speakerID: holt, mention: "Ms Holt", cue: "said"},
	})
	sky := buildArticle("sky", "Sky News", "", "", "", skyText, []quoteSpec{
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

	// Each diff turns the reference into the variant.
	mcdSpun := []align.Op{eq("This is not a"), del("gun fight"), ins("weapon battle"), eq("with a"),
		del("wooden"), ins("wood"), eq("spoon, it is a test of nerve.")}
	mcdSky := []align.Op{eq("This is not a gun"), del("fight with a wooden spoon,"), ins("fight,"), eq("it is a test of nerve.")}
	holtFragment := []align.Op{eq("fully costed"), del("and ready")}
	figureSpun := []align.Op{eq("We will publish every"), del("figure,"), ins("figure and every forecast,")}
	figureSky := []align.Op{eq("We will publish every"), del("figure,"), ins("figure.")}
	committeeSpun := []align.Op{del("The"), ins("the"), eq("committee will sit again on"), del("Monday."), ins("Monday")}

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
				Reference: "c1v1",
				Variants: []align.Variant{
					variant("c1v1", bbc, "bbc#2", align.Identical, align.Info, nil),
					variant("c1v2", spun, "spun#1", align.WordingAltered, align.Error, mcdSpun),
					variant("c1v3", sky, "sky#1", align.Trimmed, align.Warning, mcdSky),
				},
				Findings: []align.Finding{
					deviates("c1v2", spun, "spun#1", "bbc#2", align.WordingAltered, align.Error, mcdSpun),
					deviates("c1v3", sky, "sky#1", "bbc#2", align.Trimmed, align.Warning, mcdSky),
				}},
			{ID: "c2", SpeakerID: holt, Quotes: []string{"bbc#3", "sky#3"}, Verdict: align.ParaphrasedUnquoted,
				Reference: "c2v1",
				Variants: []align.Variant{
					variant("c2v1", bbc, "bbc#3", align.Identical, align.Info, nil),
					variant("c2v2", sky, "sky#3", align.Fragment, align.Info, holtFragment),
				},
				Findings: []align.Finding{
					// An unquoted paraphrase is not a variant: the finding
					// names the span instead.
					{Verdict: align.ParaphrasedUnquoted, Severity: align.Warning, A: "bbc#3",
						BSpan: &align.Span{Article: "spun", Start: spanStart, End: spanStart + len(spanText), Text: spanText},
						Diff:  []align.Op{eq("fully costed and ready")}},
					deviates("c2v2", sky, "sky#3", "bbc#3", align.Fragment, align.Info, holtFragment),
				}},
			{ID: "c3", SpeakerID: holt, Quotes: []string{"bbc#4", "spun#2", "sky#2"}, Verdict: align.SpeakerDiffers,
				Reference: "c3v1",
				Variants: []align.Variant{
					variant("c3v1", bbc, "bbc#4", align.Identical, align.Info, nil),
					variant("c3v3", sky, "sky#2", align.SpeakerDiffers, align.Error, figureSky),
					variant("c3v2", spun, "spun#2", align.WordsAdded, align.Warning, figureSpun),
				},
				Findings: []align.Finding{
					deviates("c3v2", spun, "spun#2", "bbc#4", align.WordsAdded, align.Warning, figureSpun),
					deviates("c3v3", sky, "sky#2", "bbc#4", align.SpeakerDiffers, align.Error, figureSky),
				}},
			{ID: "c4", SpeakerID: mcd, Quotes: []string{"bbc#5", "spun#3", "sky#4"}, Verdict: align.PunctuationOnly,
				Reference: "c4v1",
				Variants: []align.Variant{
					{ID: "c4v1", Text: "The committee will sit again on Monday.", Quotes: []string{"bbc#5", "sky#4"},
						Articles: []string{"bbc", "sky"}, Outlets: []string{"BBC News", "Sky News"},
						Verdict: align.Identical, Severity: align.Info},
					variant("c4v2", spun, "spun#3", align.PunctuationOnly, align.Info, committeeSpun),
				},
				Findings: []align.Finding{
					deviates("c4v2", spun, "spun#3", "bbc#5", align.PunctuationOnly, align.Info, committeeSpun),
				}},
			{ID: "c5", Quotes: []string{"bbc#6"}, Verdict: align.SingleSource, Reference: "c5v1",
				Variants: []align.Variant{variant("c5v1", bbc, "bbc#6", align.Identical, align.Info, nil)}},
			{ID: "c6", SpeakerID: holt, Quotes: []string{"bbc#7", "spun#4"}, Verdict: align.Identical, Reference: "c6v1",
				Variants: []align.Variant{{ID: "c6v1", Text: "independent and open to the public", Quotes: []string{"bbc#7", "spun#4"},
					Articles: []string{"bbc", "spun"}, Outlets: []string{"BBC News", "Spun Daily"},
					Verdict: align.Identical, Severity: align.Info}}},
			// A cluster built by hand, with neither variants nor findings:
			// reports must still show it.
			{ID: "c7", Quotes: []string{"bbc#1"}, Verdict: align.SingleSource},
		},
		// A limit the check reached: every format must say so.
		Notices: []string{"1 quote of more than 2,000 words was compared by its first 2,000 words only"},
	}
}

// variant is a variant carried by one article, as align builds it.
func variant(id string, aq align.ArticleQuotes, quote string, v align.Verdict, s align.Severity, diff []align.Op) align.Variant {
	text := ""
	for _, q := range aq.Quotes {
		if q.ID == quote {
			text = q.Text
		}
	}
	compared := ""
	if c, n, ok := strings.Cut(id, "v"); ok && n != "1" {
		compared = c + "v1" // the cluster's reference
	}
	return align.Variant{ID: id, Text: text, Quotes: []string{quote}, Articles: []string{aq.Article.ID},
		Outlets: []string{aq.Article.Outlet}, Verdict: v, Severity: s, Diff: diff, ComparedWith: compared}
}

// deviates is the finding for a deviating variant: A its quote, B the
// reference's, and a diff that turns A into B, the reverse of the
// variant's.
func deviates(id string, aq align.ArticleQuotes, quote, ref string, v align.Verdict, s align.Severity, diff []align.Op) align.Finding {
	back := make([]align.Op, len(diff))
	for i, op := range diff {
		switch op.Op {
		case "delete":
			op.Op = "insert"
		case "insert":
			op.Op = "delete"
		}
		back[i] = op
	}
	return align.Finding{Verdict: v, Severity: s, A: quote, B: ref, Diff: back, Variant: id,
		Articles: []string{aq.Article.ID}, Outlets: []string{aq.Article.Outlet}}
}

func fixtureReport(command string) *Report {
	return &Report{Result: fixtureResult(), Command: command, ExitCode: 1, Version: "test"}
}
