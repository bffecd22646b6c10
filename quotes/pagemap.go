package quotes

import (
	"sort"
	"unicode/utf8"
)

// PageMap places an article's text in the file it was extracted from.
type PageMap struct {
	Anchors []PageAnchor // in order of Text
}

// PageAnchor ties a byte offset of Article.Text to the place in the
// source file (an HTML page) where that character is. Between one anchor
// and the next, text and source run in step, on one source line.
type PageAnchor struct {
	Text   int // byte offset into Article.Text
	Line   int // 1-based line in the source file; 0: the text from here on was not found in it
	Column int // 1-based column in the source file, in characters
}

// PagePosition returns the line and column, in the file the article's
// text was extracted from, of the byte offset off of Text. ok is false
// when the article has no page map (a text file, whose own lines and
// columns are the file's) or the text at off could not be placed in the
// page; callers then use the line and column in Text.
//
// Annotations (GitHub, SARIF) point into files, and on an HTML input the
// line of the extracted text means nothing to the reader of the page.
func (a *Article) PagePosition(off int) (line, col int, ok bool) {
	if a.Page == nil || off < 0 || off > len(a.Text) {
		return 0, 0, false
	}
	anchors := a.Page.Anchors
	i := sort.Search(len(anchors), func(i int) bool { return anchors[i].Text > off }) - 1
	if i < 0 || anchors[i].Line == 0 {
		return 0, 0, false
	}
	an := anchors[i]
	if an.Text > len(a.Text) {
		return 0, 0, false
	}
	return an.Line, an.Column + utf8.RuneCountInString(a.Text[an.Text:off]), true
}
