package report

import (
	"fmt"
	"html"
	"html/template"
	"io"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// htmlRenderer writes one self-contained page: inline CSS, no scripts, no
// network. A Content-Security-Policy meta tag forbids scripts and remote
// loads as a second line of defence; the first is that every piece of
// text from the articles goes through html/template or html.EscapeString.
type htmlRenderer struct{ w io.Writer }

type htmlPage struct {
	Command string
	Summary []string
	Outlets []outletStats
	// Clean holds the outlets with nothing altered or misattributed when
	// there are many (a wire story's hundreds of carriers), folded away so
	// the clusters stay near the top.
	Clean    []outletStats
	Clusters []htmlCluster
	Quotes   []htmlQuote
	Speakers []htmlSpeaker
	Record   *htmlRecord // only from check --source
}

type htmlCluster struct {
	ID, Speaker string
	// Anchor is the row's HTML id: "cluster-<ID>", with "-p<n>" for the
	// further parts of a cluster that joins a statement's pieces.
	Anchor     string
	Record     string // the record's passage, when a source has it
	Verdict    align.Verdict
	Severity   align.Severity
	Reference  htmlVersion
	Deviations []htmlVersion
}

// htmlVersion is the reference or one deviating variant.
type htmlVersion struct {
	Head     string // "reference", "every version", or the verdict
	Severity align.Severity
	Notes    []string // "unquoted", "credited to …"
	Outlets  []articleRef
	More     int    // outlets not linked, for a variant many carry
	Changes  string // "gun fight → weapon battle, wooden → wood"
	// Words is escaped text, with <del>/<ins> marks for a deviation.
	Words template.HTML
	// The sentence around the version's first quote in its article.
	Before, Quote, After string
}

type htmlQuote struct {
	ID, Outlet, Pos, Kind, Speaker, Text string
	Unattributed                         bool
}

type htmlSpeaker struct {
	Name, Kind, Aliases, Quotes string
	Total                       int
}

// htmlArticleLimit is how many of a variant's articles the page links;
// a wire story carried by hundreds of outlets says "and N more".
const htmlArticleLimit = 12

func (h *htmlRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	min := r.minSeverity(readingDefault)
	page := htmlPage{Command: r.Command, Summary: r.summaryLines(min)}
	switch r.Command {
	case CommandCheck:
		page.Outlets = ix.outletSummary(&r.Result)
		if len(page.Outlets) > htmlArticleLimit {
			var flagged []outletStats
			for _, o := range page.Outlets {
				if o.Altered+o.Credited > 0 {
					flagged = append(flagged, o)
				} else {
					page.Clean = append(page.Clean, o)
				}
			}
			page.Outlets = flagged
		}
		page.Record = htmlRecordOf(r.Result.Record, min)
		for _, cv := range r.clusterViews(ix, min) {
			hc := htmlCluster{ID: cv.ID, Speaker: cv.Speaker, Verdict: cv.Verdict, Severity: cv.Severity, Record: recordLine(r, cv.ID),
				Anchor: "cluster-" + cv.ID}
			if cv.Part > 0 {
				hc.Anchor += fmt.Sprintf("-p%d", cv.Part+1)
			}
			hc.Reference = ix.htmlVersion(cv.Reference)
			hc.Reference.Head = "reference"
			if len(cv.Deviations) == 0 {
				hc.Reference.Head = "every version"
			}
			for _, d := range cv.Deviations {
				hv := ix.htmlVersion(d)
				hv.Head, hv.Severity, hv.Changes = string(d.Verdict), d.Severity, d.Changes
				if d.Span != nil {
					hv.Notes = append(hv.Notes, "unquoted")
				}
				if d.Speaker != "" {
					hv.Notes = append(hv.Notes, "credited to "+d.Speaker)
				}
				if len(d.Diff) > 0 {
					hv.Words = template.HTML(diffHTML(d.Diff, 0))
				}
				hc.Deviations = append(hc.Deviations, hv)
			}
			page.Clusters = append(page.Clusters, hc)
		}
	case CommandExtract:
		for _, aq := range r.Result.Articles {
			for i := range aq.Quotes {
				q := &aq.Quotes[i]
				page.Quotes = append(page.Quotes, htmlQuote{
					ID: q.ID, Outlet: ix.articleLabel(aq.Article.ID),
					Pos: fmt.Sprintf("%d:%d", q.Line, q.Column), Kind: string(q.Kind),
					Speaker: speakerOrNone(q), Unattributed: q.Speaker == "", Text: q.Text,
				})
			}
		}
	case CommandSpeakers:
		for _, s := range r.Result.Speakers {
			per, total := ix.speakerQuoteCounts(&r.Result, s.ID)
			page.Speakers = append(page.Speakers, htmlSpeaker{
				Name: s.Name, Kind: s.Kind, Aliases: strings.Join(s.Aliases, "; "),
				Quotes: strings.Join(per, ", "), Total: total,
			})
		}
	}
	if err := htmlTemplate.Execute(h.w, page); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	return nil
}

// htmlVersion lays out a version's outlets, words and the sentence
// around its first quote (or the unquoted span).
func (ix *index) htmlVersion(v variantView) htmlVersion {
	hv := htmlVersion{Words: template.HTML(html.EscapeString(v.Text))}
	seen := map[string]bool{}
	for _, a := range v.Articles {
		if seen[a] {
			continue
		}
		seen[a] = true
		if len(hv.Outlets) == htmlArticleLimit {
			hv.More++
			continue
		}
		hv.Outlets = append(hv.Outlets, ix.articleRef(a))
	}
	if len(hv.Outlets) == 0 {
		for _, o := range v.Outlets {
			hv.Outlets = append(hv.Outlets, articleRef{Label: o})
		}
	}
	switch {
	case v.Span != nil:
		if a, ok := ix.articles[v.Span.Article]; ok {
			hv.Before, hv.After = sentenceAround(a.Text, v.Span.Start, v.Span.End)
			hv.Quote = oneLine(v.Span.Text)
		}
	case v.Quote != "":
		if q, ok := ix.quotes[v.Quote]; ok {
			hv.Before, hv.After = sentenceAround(q.art.Text, q.q.Start, q.q.End)
			hv.Quote = oneLine(q.q.Text)
		}
	}
	return hv
}

var htmlTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="quotecheck">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotecheck {{.Command}} report</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 1.5rem; max-width: 80rem; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p.summary { color: #59636e; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: .45rem .6rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
table.outlets { width: auto; }
details.clean { margin-top: .4rem; color: #59636e; }
table.outlets td.n { text-align: right; font-variant-numeric: tabular-nums; }
table.outlets td.bad { color: #a40e26; font-weight: 600; }
td.verdict { white-space: nowrap; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 1rem; font-size: .85rem; background: #eef1f4; }
.sev-error > .badge, .sev-error > .head > .badge { background: #ffebe9; color: #a40e26; }
.sev-warning > .badge, .sev-warning > .head > .badge { background: #fff8c5; color: #7d4e00; }
small.severity, .date, .note { color: #59636e; }
.version { border-left: 3px solid #d1d9e0; padding: .1rem 0 .1rem .6rem; }
.version.sev-error { border-color: #cf222e; }
.version.sev-warning { border-color: #d4a72c; }
.version + .version { margin-top: .6rem; }
.head { font-size: .85rem; color: #59636e; }
.head .outlet { font-weight: 600; color: #1f2328; }
.changes { font-weight: 600; margin: .15rem 0; }
.words { margin: .15rem 0 0; }
.context { margin: .2rem 0 0; font-size: .85rem; color: #59636e; }
.context mark { background: none; color: #1f2328; font-style: italic; }
.in-context .ctx { color: #59636e; }
.in-context mark { background: none; color: #1f2328; }
a { color: #0969da; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
.unattributed { color: #59636e; font-style: italic; }
</style>
</head>
<body>
<h1>quotecheck {{.Command}}</h1>
<p class="summary">{{range $i, $l := .Summary}}{{if $i}}<br>{{end}}{{$l}}{{end}}</p>
{{- define "outlets"}}{{range $i, $a := .Outlets}}{{if $i}}, {{end}}<span class="outlet">{{if $a.URL}}<a href="{{$a.URL}}" rel="noopener noreferrer">{{$a.Label}}</a>{{else}}{{$a.Label}}{{end}}</span>{{if $a.Date}} <span class="date">{{$a.Date}}</span>{{end}}{{end}}{{if .More}} and {{.More}} more{{end}}{{end}}
{{- define "context"}}{{if .Quote}}<p class="context">{{.Before}}<mark>{{.Quote}}</mark>{{.After}}</p>{{end}}{{end}}
{{- define "outletRows"}}
{{- range .}}
<tr><td class="outlet">{{.Outlet}}</td><td class="articles">{{range $i, $a := .Articles}}{{if $i}}<br>{{end}}{{if $a.URL}}<a href="{{$a.URL}}" rel="noopener noreferrer">{{or $a.Title $a.ID}}</a>{{else}}{{or $a.Title $a.ID}}{{end}}{{if $a.Date}} <span class="date">{{$a.Date}}</span>{{end}}{{end}}</td><td class="n">{{.Quotes}}</td><td class="n">{{.Checked}}</td><td class="n{{if .Altered}} bad{{end}}">{{.Altered}}</td><td class="n{{if .Credited}} bad{{end}}">{{.Credited}}</td></tr>
{{- end}}
{{- end}}
{{- define "outletHead"}}<thead><tr><th>Outlet</th><th>Articles</th><th>Quotes</th><th>Checked against another outlet</th><th>Altered</th><th>Credited to someone else</th></tr></thead>{{end}}
{{- with .Record}}
<h2>Against the record</h2>
<p class="sources">Sources: {{.Sources}}</p>
<table class="record-outlets">
<thead><tr><th>Outlet</th><th>Quotes checked against the record</th><th>Verbatim</th><th>Faithful fragments</th><th>Altered</th><th>Misattributed</th><th>Not found</th></tr></thead>
<tbody>
{{- range .Outlets}}
<tr><td class="outlet">{{.Outlet}}</td><td class="n">{{.Checked}}</td><td class="n">{{.Verbatim}}</td><td class="n">{{.Faithful}}</td><td class="n{{if .Altered}} bad{{end}}">{{.Altered}}</td><td class="n{{if .Misattributed}} bad{{end}}">{{.Misattributed}}</td><td class="n">{{.NotFound}}</td></tr>
{{- end}}
</tbody>
</table>
{{- range .Deviations}}
<div class="record-deviation sev-{{.Severity}}">
<div class="head"><span class="outlet">{{.Outlet}}</span> <span class="badge">{{.Verdict}}</span> {{.Severity}}: credited to {{.Credited}}; {{.Where}}</div>
<p class="words">{{.Words}}</p>
</div>
{{- end}}
{{- end}}
{{- if or .Outlets .Clean}}
<h2>Outlets</h2>
{{- if .Outlets}}
<table class="outlets">
{{template "outletHead"}}
<tbody>
{{- template "outletRows" .Outlets}}
</tbody>
</table>
{{- end}}
{{- if .Clean}}
<details class="clean"><summary>{{len .Clean}} outlets with nothing altered or credited to someone else</summary>
<table class="outlets">
{{template "outletHead"}}
<tbody>
{{- template "outletRows" .Clean}}
</tbody>
</table>
</details>
{{- end}}
{{- end}}
{{- if .Clusters}}
<h2>Quotes that differ</h2>
<table class="clusters">
<thead><tr><th>Cluster</th><th>Speaker</th><th>Verdict</th><th>Reference and variants</th></tr></thead>
<tbody>
{{- range .Clusters}}
<tr class="sev-{{.Severity}}" id="{{.Anchor}}">
<td class="cluster">{{.ID}}</td>
<td class="speaker">{{.Speaker}}</td>
<td class="verdict sev-{{.Severity}}"><span class="badge">{{.Verdict}}</span><br><small class="severity">{{.Severity}}</small></td>
<td class="versions">
{{- with .Record}}
<div class="version record"><div class="head">{{.}}</div></div>
{{- end}}
{{- with .Reference}}
<div class="version reference">
<div class="head">{{.Head}}: {{template "outlets" .}}</div>
{{- if .Quote}}
<p class="words in-context"><span class="ctx">{{.Before}}</span><mark>{{.Quote}}</mark><span class="ctx">{{.After}}</span></p>
{{- else}}
<p class="words">{{.Words}}</p>
{{- end}}
</div>
{{- end}}
{{- range .Deviations}}
<div class="version sev-{{.Severity}}">
<div class="head"><span class="badge">{{.Head}}</span> {{.Severity}}: {{template "outlets" .}}{{range .Notes}} <span class="note">({{.}})</span>{{end}}</div>
{{- if .Changes}}
<div class="changes">{{.Changes}}</div>
{{- end}}
<p class="words">{{.Words}}</p>
{{template "context" .}}
</div>
{{- end}}
</td>
</tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- if .Quotes}}
<table class="quotes">
<thead><tr><th>Quote</th><th>Outlet</th><th>Line:Col</th><th>Kind</th><th>Speaker</th><th>Text</th></tr></thead>
<tbody>
{{- range .Quotes}}
<tr><td>{{.ID}}</td><td>{{.Outlet}}</td><td>{{.Pos}}</td><td>{{.Kind}}</td><td{{if .Unattributed}} class="unattributed"{{end}}>{{.Speaker}}</td><td class="text">{{.Text}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- if .Speakers}}
<table class="speakers">
<thead><tr><th>Speaker</th><th>Kind</th><th>Aliases</th><th>Quotes</th><th>Total</th></tr></thead>
<tbody>
{{- range .Speakers}}
<tr><td>{{.Name}}</td><td>{{.Kind}}</td><td>{{.Aliases}}</td><td>{{.Quotes}}</td><td>{{.Total}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</body>
</html>
`))
