package input

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/quotecheck/quotecheck/quotes"
)

// FuzzDecode: any bytes either decode to valid UTF-8 or are refused as not
// text; UTF-8 input comes back as the same bytes.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		sentence,
		"\xef\xbb\xbf" + sentence,
		"\xff\xfeH\x00i\x00",
		"\xfe\xff\x00H\x00i",
		"\xff\xfe\x00\x00H\x00\x00\x00",
		"Caf\xe9 \x93quoted\x94\r\n",
		"%PDF-1.7",
		"\x89PNG\r\n\x1a\n",
		"a\x00b",
		"He said \u201cno\xe2\x80",
		"\xa9 Gazette\n\u201cYes,\u201d she said. \u2018Fine\u2019.",
		"\xff\xfe\x00",
		"",
	} {
		f.Add([]byte(seed), "")
	}
	f.Add([]byte("Caf\xe9"), "iso-8859-2")
	f.Add([]byte("\x82\xa0"), "shift_jis")
	f.Fuzz(func(t *testing.T, raw []byte, declared string) {
		d, err := decodeText(string(raw), declared)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "not a text file") && !strings.HasPrefix(err.Error(), "decode as") {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(d.text) {
			t.Fatalf("decoded text is not UTF-8: %q (%s)", d.text, d.encoding)
		}
		if d.encoding == EncUTF8 && d.warning == "" && d.text != string(raw) {
			t.Fatalf("UTF-8 input changed: %q -> %q", raw, d.text)
		}
		_ = sniffHTML(d.text)
	})
}

// FuzzHTML: any page either yields article text in UTF-8 or an error;
// never a panic.
func FuzzHTML(f *testing.F) {
	f.Add(articlePage("<title>Pumps</title>", "<p>"+para+"</p><p>\u201cNo,\u201d he said.<br>Later.</p>"))
	f.Add("<html><body><nav><a href=/>Home</a></nav></body></html>")
	f.Add("<html><head><meta property=og:site_name content=X><body><article><p>" + para + "<p><b><i>broken</div>")
	f.Add("<!doctype html><table><tr><td><p>" + para + "</table><pre>  kept\n  spaces</pre>")
	f.Add("<html><head><title>A &amp; B</title></head><body><h1>A &amp; B</h1><p>" + para + " &ldquo;Yes&rdquo;<br>\n  he <em>said</em>.</p>")
	f.Add("<html><body><script type=\"math/tex; mode=display\">x^2</script><math><annotation encoding=\"application/x-tex\">y</annotation></math>")
	f.Fuzz(func(t *testing.T, doc string) {
		p, err := extractHTML(doc, nil)
		if err != nil {
			return
		}
		if !utf8.ValidString(p.text) && utf8.ValidString(doc) {
			t.Fatalf("text from a UTF-8 page is not UTF-8: %q", p.text)
		}
		if strings.TrimSpace(p.text) == "" {
			t.Fatalf("an article with no text was returned for %q", doc)
		}
		// The page map stays inside the text and the page, in order.
		m := pageMap(doc, p.text)
		if m == nil {
			return
		}
		lines := 1 + strings.Count(doc, "\n")
		for i, an := range m.Anchors {
			if an.Text < 0 || an.Text > len(p.text) || an.Line < 0 || an.Line > lines || an.Line > 0 && an.Column < 1 {
				t.Fatalf("anchor %+v outside text (%d bytes) or page (%d lines)", an, len(p.text), lines)
			}
			if i > 0 && an.Text <= m.Anchors[i-1].Text {
				t.Fatalf("anchors out of order: %+v after %+v", an, m.Anchors[i-1])
			}
		}
		a := quotes.Article{Text: p.text, Page: m}
		for off := 0; off <= len(p.text); off++ {
			a.PagePosition(off)
		}
	})
}

// FuzzManifest: CSV and JSON manifests either parse or fail with an error
// that names the file.
func FuzzManifest(f *testing.F) {
	f.Add([]byte("path,outlet,url,date\nbbc.txt,BBC News,https://www.bbc.co.uk/news/x,2024-03-25\n"), true)
	f.Add([]byte("path,outlet\na.txt,The \"Daily\" Planet\n"), true)
	f.Add([]byte("url,outlet\n\"https://a.example/x\",\"A, B\"\n"), true)
	f.Add([]byte(`[{"path": "bbc.txt", "outlet": "BBC News"}, {"url": "https://a.example/"}]`), false)
	f.Add([]byte("[\n {\"path\": \"a.txt\",\n  }\n]"), false)
	f.Add([]byte(`[{"outlet": 7}]`), false)
	f.Fuzz(func(t *testing.T, data []byte, csv bool) {
		name := "m.json"
		if csv {
			name = "m.csv"
		}
		m, err := ParseManifest(name, data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), name+":") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, e := range m.Entries {
			if e.Path == "" && e.URL == "" {
				t.Fatalf("entry without a key: %+v", e)
			}
			if e.Line < 1 {
				t.Fatalf("entry without a line: %+v", e)
			}
		}
	})
}
