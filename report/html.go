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
	Command  string
	Summary  string
	Clusters []htmlCluster
	Quotes   []htmlQuote
	Speakers []htmlSpeaker
}

type htmlCluster struct {
	ID, Speaker, Outlets string
	Verdict              align.Verdict
	Severity             align.Severity
	Versions             []htmlVersion
}

type htmlVersion struct {
	Verdict        align.Verdict // set when the cluster has several findings
	Changes        string        // "gun fight → weapon battle, wooden → wood"
	ALabel, BLabel string
	// A and B are escaped text with <del> (A) and <ins> (B) marks; B is
	// empty for a lone version.
	A, B template.HTML
}

type htmlQuote struct {
	ID, Outlet, Pos, Kind, Speaker, Text string
	Unattributed                         bool
}

type htmlSpeaker struct {
	Name, Kind, Aliases, Quotes string
	Total                       int
}

func (h *htmlRenderer) Render(r *Report) error {
	if err := r.validate(); err != nil {
		return err
	}
	ix := newIndex(&r.Result)
	page := htmlPage{Command: r.Command, Summary: r.summaryLine()}
	switch r.Command {
	case CommandCheck:
		for _, sc := range r.shownClusters() {
			hc := htmlCluster{
				ID: sc.ID, Speaker: ix.speakerName(sc.SpeakerID),
				Outlets: strings.Join(ix.outlets(sc), ", "),
				Verdict: sc.Verdict, Severity: worstSeverity(sc),
			}
			for _, v := range ix.versions(sc) {
				hv := htmlVersion{Verdict: v.Verdict, Changes: v.Changes, ALabel: v.ALabel, BLabel: v.BLabel}
				if len(v.Diff) > 0 {
					hv.A = template.HTML(diffHTML(v.Diff, 'a'))
					hv.B = template.HTML(diffHTML(v.Diff, 'b'))
				} else {
					hv.A = template.HTML(html.EscapeString(v.AText))
					hv.B = template.HTML(html.EscapeString(v.BText))
				}
				if v.BLabel == "" {
					hv.B = ""
				}
				hc.Versions = append(hc.Versions, hv)
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

// worstSeverity is the most severe shown finding's severity; info when
// there are none.
func worstSeverity(sc shownCluster) align.Severity {
	sev := align.Info
	for _, f := range sc.Shown {
		if !sev.AtLeast(f.Severity) {
			sev = f.Severity
		}
	}
	return sev
}

var htmlTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="generator" content="quotecheck">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>quotecheck {{.Command}} report</title>
<style>
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; margin: 1.5rem; }
h1 { font-size: 1.3rem; margin: 0 0 .3rem; }
p.summary { color: #59636e; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d1d9e0; padding: .45rem .6rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
td.verdict { white-space: nowrap; }
.badge { display: inline-block; padding: .05rem .45rem; border-radius: 1rem; font-size: .85rem; background: #eef1f4; }
tr.sev-error .badge { background: #ffebe9; color: #a40e26; }
tr.sev-warning .badge { background: #fff8c5; color: #7d4e00; }
small.severity { color: #59636e; }
.version + .version { margin-top: .6rem; }
.version-verdict { font-size: .8rem; color: #59636e; }
.changes { font-weight: 600; margin: .15rem 0; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: .6rem; }
.pair.single { grid-template-columns: 1fr; }
.side { background: #f6f8fa; border-radius: .3rem; padding: .35rem .5rem; }
.outlet { font-size: .8rem; font-weight: 600; color: #59636e; }
.text { margin: .15rem 0 0; white-space: pre-wrap; }
del { background: #ffebe9; color: #82071e; }
ins { background: #dafbe1; color: #116329; text-decoration: none; }
.unattributed { color: #59636e; font-style: italic; }
</style>
</head>
<body>
<h1>quotecheck {{.Command}}</h1>
<p class="summary">{{.Summary}}</p>
{{- if .Clusters}}
<table class="clusters">
<thead><tr><th>Cluster</th><th>Speaker</th><th>Outlets</th><th>Verdict</th><th>Versions</th></tr></thead>
<tbody>
{{- range .Clusters}}
<tr class="sev-{{.Severity}}" id="cluster-{{.ID}}">
<td class="cluster">{{.ID}}</td>
<td class="speaker">{{.Speaker}}</td>
<td class="outlets">{{.Outlets}}</td>
<td class="verdict"><span class="badge">{{.Verdict}}</span><br><small class="severity">{{.Severity}}</small></td>
<td class="versions">
{{- range .Versions}}
<div class="version">
{{- if .Verdict}}<div class="version-verdict">{{.Verdict}}</div>{{end}}
{{- if .Changes}}<div class="changes">{{.Changes}}</div>{{end}}
<div class="pair{{if not .BLabel}} single{{end}}">
<div class="side a"><div class="outlet">{{.ALabel}}</div><p class="text">{{.A}}</p></div>
{{- if .BLabel}}
<div class="side b"><div class="outlet">{{.BLabel}}</div><p class="text">{{.B}}</p></div>
{{- end}}
</div>
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
