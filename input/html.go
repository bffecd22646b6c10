package input

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what an HTML document yields.
type page struct {
	text     string // the title, then the article's paragraphs, blank-line separated
	title    string
	siteName string // og:site_name, or the publisher readability found
	address  string // the page's own URL from og:url or its canonical link
	date     string // the published date as YYYY-MM-DD, when the page gives one
}

// errNoArticle is wrapped when a page parses but holds no article text.
var errNoArticle = errors.New("no article text found in the HTML page")

// maxHTMLElements bounds the work readability does on one page; a page with
// more elements than this is not a news article.
const maxHTMLElements = 200_000

// extractHTML reduces an HTML document, already decoded to UTF-8, to its
// article text.
func extractHTML(doc string, pageURL *url.URL) (p page, err error) {
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		return page{}, fmt.Errorf("parse HTML: %w", err)
	}
	// Read the metadata before readability rewrites the tree.
	meta := readPageMeta(root)
	p.siteName, p.address = meta.siteName, meta.address()

	// readability is a large port of a JavaScript library; a page that
	// trips it up must cost one input, not the whole run.
	defer func() {
		if r := recover(); r != nil {
			p, err = page{}, fmt.Errorf("readability failed on this page: %v", r)
		}
	}()
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxHTMLElements
	// Parse the tree ourselves rather than through readability's reader:
	// its reader guesses the encoding again, which can garble text this
	// package has already decoded.
	art, err := parser.ParseAndMutate(root, pageURL)
	if err != nil {
		return page{}, fmt.Errorf("extract article: %w", err)
	}
	if art.Node == nil {
		return page{}, errNoArticle
	}
	if mostlyLinks(art.Node) {
		// readability falls back to the whole body when it finds no
		// article; on a page of navigation that is a list of links.
		return page{}, errNoArticle
	}
	markLineBreaks(art.Node)
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return page{}, fmt.Errorf("render article text: %w", err)
	}
	body := paragraphs(b.String())
	if body == "" {
		return page{}, errNoArticle
	}
	p.title = strings.Join(strings.Fields(art.Title()), " ")
	if p.siteName == "" {
		p.siteName = strings.TrimSpace(art.SiteName())
	}
	if t, err := art.PublishedTime(); err == nil {
		p.date = t.Format("2006-01-02")
	}
	// The headline is where headline quotes live; text files carry it as
	// their first line, so pages carry it as their first paragraph too.
	p.text = body
	if p.title != "" && !strings.HasPrefix(body, p.title) {
		p.text = p.title + "\n\n" + body
	}
	return p, nil
}

// mostlyLinks reports whether at least half the words under n are link
// text, or there are no words at all.
func mostlyLinks(n *html.Node) bool {
	var words, linkWords int
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			w := len(strings.Fields(n.Data))
			words += w
			if inLink {
				linkWords += w
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Template:
				return
			case atom.A:
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
	}
	walk(n, false)
	return words == 0 || linkWords*2 >= words
}

// lineBreak stands in for a <br> while the article is rendered, so that
// a line break inside a paragraph can be told from a paragraph boundary.
// It is a private-use character: no page has a reason to contain it.
const lineBreak = "\ue000"

// markLineBreaks replaces every <br> under n with a lineBreak text node.
func markLineBreaks(n *html.Node) {
	var brs []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Br {
			brs = append(brs, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	for _, br := range brs {
		if br.Parent == nil {
			continue
		}
		br.Parent.InsertBefore(&html.Node{Type: html.TextNode, Data: lineBreak}, br)
		br.Parent.RemoveChild(br)
	}
}

var (
	spacesBeforeNewline = regexp.MustCompile(`[ \t\x{a0}]+\n`)
	spacesAfterNewline  = regexp.MustCompile(`\n[ \t\x{a0}]+`)
	manyNewlines        = regexp.MustCompile(`\n{2,}`)
	tooManyNewlines     = regexp.MustCompile(`\n{3,}`)
)

// paragraphs tidies rendered article text so that every block is one
// paragraph and paragraphs are separated by exactly one blank line: the
// extractor treats a blank line as a paragraph boundary, and the single
// newline the renderer puts after a <div> would otherwise join two
// paragraphs. A <br> inside a paragraph stays a single newline.
func paragraphs(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = spacesBeforeNewline.ReplaceAllString(s, "\n")
	s = spacesAfterNewline.ReplaceAllString(s, "\n")
	s = manyNewlines.ReplaceAllString(s, "\n")
	s = strings.ReplaceAll(s, "\n", "\n\n")
	s = strings.ReplaceAll(s, lineBreak, "\n")
	s = spacesBeforeNewline.ReplaceAllString(s, "\n")
	s = spacesAfterNewline.ReplaceAllString(s, "\n")
	s = tooManyNewlines.ReplaceAllString(s, "\n\n")
	return strings.TrimSpace(s)
}

// pageMeta is what a page says about itself.
type pageMeta struct {
	siteName  string // og:site_name
	ogURL     string // og:url
	canonical string // <link rel="canonical" href>
}

// readPageMeta reads the page's og:site_name, og:url and canonical link.
// The first of each counts.
func readPageMeta(root *html.Node) pageMeta {
	var m pageMeta
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		// Deep trees come from broken or hostile pages; meta tags live
		// near the top.
		if depth > 64 || m.siteName != "" && m.ogURL != "" && m.canonical != "" {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				var key, content string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "property", "name":
						if key == "" {
							key = strings.ToLower(strings.TrimSpace(a.Val))
						}
					case "content":
						content = a.Val
					}
				}
				switch {
				case key == "og:site_name" && m.siteName == "":
					m.siteName = strings.Join(strings.Fields(content), " ")
				case key == "og:url" && m.ogURL == "":
					m.ogURL = strings.TrimSpace(content)
				}
				return
			case atom.Link:
				var rel, href string
				for _, a := range n.Attr {
					switch strings.ToLower(a.Key) {
					case "rel":
						rel = strings.ToLower(a.Val)
					case "href":
						href = strings.TrimSpace(a.Val)
					}
				}
				if m.canonical == "" && slices.Contains(strings.Fields(rel), "canonical") {
					m.canonical = href
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return m
}

// address returns the page's own absolute http(s) address: og:url, else
// the canonical link; "" when it names none. A relative canonical link
// says nothing about the host of a saved page, so it is ignored.
func (m pageMeta) address() string {
	for _, raw := range []string{m.ogURL, m.canonical} {
		u, err := url.Parse(raw)
		if err != nil || u.Host == "" || u.Scheme != "http" && u.Scheme != "https" {
			continue
		}
		return RedactURL(raw)
	}
	return ""
}
