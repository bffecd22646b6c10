package input

import "strings"

// Markers quotecheck's own reports carry, so that a report written into a
// directory of articles is not read back as an article by the next run
// (its quotes would be compared with the articles they came from).
const (
	// HTMLReportMarker is in the <head> of every HTML report.
	HTMLReportMarker = `<meta name="generator" content="quotecheck">`
	// markdownReportPrefix starts the first line of every Markdown report,
	// followed by the command and "**:", e.g. "**quotecheck check**: ...".
	markdownReportPrefix = "**quotecheck "
)

// reportMarker returns which report marker raw carries ("HTML report",
// "Markdown report"), or "" for anything else.
func reportMarker(raw string) string {
	head := strings.TrimPrefix(raw, "\xef\xbb\xbf")
	if len(head) > 4096 {
		head = head[:4096]
	}
	first, _, _ := strings.Cut(head, "\n")
	if rest, ok := strings.CutPrefix(first, markdownReportPrefix); ok {
		cmd, _, ok := strings.Cut(rest, "**:")
		if ok && cmd != "" && strings.Trim(cmd, "abcdefghijklmnopqrstuvwxyz") == "" {
			return "Markdown report"
		}
	}
	if strings.Contains(head, HTMLReportMarker) {
		return "HTML report"
	}
	return ""
}
