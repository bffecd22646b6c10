// Package report renders a quotecheck result (align.Result) in the formats
// the command offers: a terminal table, Markdown and HTML for newsletters,
// JSON for pipelines (docs/json-v1.md), CSV, and GitHub workflow commands
// and SARIF 2.1.0 for CI.
//
// Every format is a small type holding an io.Writer and implementing
// Renderer; New picks one by name. Nothing here decides policy: the caller
// sets the exit code, the lowest severity to show and whether to colour the
// terminal table, and puts them in the Report.
//
// Word diffs ([]align.Op turning version A into version B) are shown as
//
//	table, csv, github, sarif:  this is not a [-gun fight-]{+weapon battle+}
//	markdown:                   this is not a ~~gun fight~~ **weapon battle**
//	html:                       <del>gun fight</del> <ins>weapon battle</ins>
//
// The plain form is git's --word-diff=plain notation: it survives copying,
// needs no colour and cannot be confused with typographic arrows inside a
// quote. With Report.Color the markers keep their brackets and are also
// coloured (red deletions, green insertions).
//
// A check is shown as view.go lays it out, the same in every format: one
// cluster per utterance, its reference version once, then each variant that
// departs from it with the outlets that carry it, the change list and the
// marked words; clusters with errors first, then warnings. A cluster that
// joins the pieces of one statement (align.Variant.ComparedWith names more
// than one reference) is shown as one such block per part, each under the
// cluster's ID with the reference its variants were compared with. Identical,
// single-source and minor clusters are counted in the summary rather than
// listed unless MinSeverity asks for info.
//
// Report.MinSeverity hides findings below it in every format, JSON
// included; empty, each format picks: the reading formats (table,
// markdown, html, github) show warnings and errors, the data formats
// (json, csv, sarif) everything. Each format escapes article text in one
// place: oneLine (table), mdEscape (markdown), csvCell (csv),
// escapeData/escapeProperty (github), sarifURI (sarif), html/template.
//
// Tests: go test ./report -update rewrites testdata/golden; the Chromium
// test takes -screenshot=PNG [-screenshot-html=PAGE] to photograph a page
// at 1400x1800 for the docs. docs/report.png is the sample story's page:
//
//	go run ./cmd/quotecheck check --format html --manifest testdata/sanctions/manifest.csv testdata/sanctions/ > /tmp/seeds.html
//	go test ./report -run 'TestHTMLInChromium$' -screenshot=../docs/report.png -screenshot-html=/tmp/seeds.html
//
// The HTML page is written with html/template rather than tablewriter's HTML
// renderer: that renderer escapes a whole cell or nothing, and the versions
// cell needs markup (<del>/<ins>) around escaped quote text.
package report
