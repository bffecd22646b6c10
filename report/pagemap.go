package report

// inFile places a location in the file a reader opens: for an article
// extracted from an HTML page, the page's line and column of the same
// character (quotes.Article.PagePosition); otherwise l as it is.
// Annotations (GitHub, SARIF) point into files, and the line of the
// extracted text means nothing in the page. mapped says the line and
// column are the page's, so the offsets into the text no longer describe
// the same place in that file.
func (ix *index) inFile(l location) (out location, mapped bool) {
	a, ok := ix.articles[l.ArticleID]
	if !ok {
		return l, false
	}
	line, col, ok := a.PagePosition(l.Start)
	if !ok {
		return l, false
	}
	l.Line, l.Column = line, col
	return l, true
}

func ptr[T any](v T) *T { return &v }
