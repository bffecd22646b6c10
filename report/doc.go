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
// Report.MinSeverity hides findings below it in every format, JSON
// included; summary counts then describe what the document holds.
//
// Tests: go test ./report -update rewrites testdata/golden; the Chromium
// test takes -screenshot=PNG [-screenshot-html=PAGE] to photograph a page
// at 1400x900 for the docs.
//
// The HTML page is written with html/template rather than tablewriter's HTML
// renderer: that renderer escapes a whole cell or nothing, and the versions
// cell needs markup (<del>/<ins>) around escaped quote text.
package report
