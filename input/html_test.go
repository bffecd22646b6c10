package input

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// newsPageText is what the article in testdata/news_page.html reads as:
// the headline, then one paragraph per <p>, with nothing from the
// navigation, the adverts, the byline, the sidebar or the footer.
const newsPageText = `Harbour bridge repairs to take two more years

Repairs to the harbour bridge will not be finished until the spring of 2027, the county council has admitted, two years later than residents were promised when the crossing was closed to lorries.

Council leader Tom Ashworth said the delay was "deeply frustrating for everyone who relies on that bridge", but insisted that safety had to come first.

"We found corrosion in the lower girders that nobody expected to see," he told a public meeting on Thursday evening. "I would rather explain a delay than explain an accident."

Local business owners reacted angrily. Priya Chandra, who runs a bakery on the quayside, said trade had fallen by a third since the closure.

"Every month they add to this timetable is another month some of us may not survive," she said.

The council said a temporary footbridge would open in June, and that it was seeking extra funding from the Department for Transport to speed up the work.`

func TestExtractHTMLArticleOnly(t *testing.T) {
	p, err := extractHTML(readTestdata(t, "news_page.html"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.text != newsPageText {
		t.Errorf("text =\n%s\nwant\n%s", p.text, newsPageText)
	}
	for _, junk := range []string{"Subscribe", "ADVERTISEMENT", "Sponsored", "Most read", "worst season", "rights reserved", "Maria Ellison", "tracking"} {
		if strings.Contains(p.text, junk) {
			t.Errorf("text holds %q from outside the article", junk)
		}
	}
	if p.siteName != "The Coastal Courier" || p.title != "Harbour bridge repairs to take two more years" || p.date != "2025-03-14" {
		t.Errorf("site %q, title %q, date %q", p.siteName, p.title, p.date)
	}
}

// articlePage wraps paragraphs in a page readability recognises.
func articlePage(head, body string) string {
	return "<!doctype html><html><head>" + head + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>" + body + "</article></body></html>"
}

const para = "The inspectors spent three days at the plant and found that the cooling pumps had not been serviced since the previous winter, despite repeated warnings from staff."

func TestExtractHTML(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		wantText string
		wantSite string
		wantErr  string
	}{
		{
			name:     "div paragraphs become blank-line separated",
			doc:      articlePage("<title>Pumps</title>", "<div>"+para+"</div><div>\u201cIt was avoidable,\u201d the union said.</div>"),
			wantText: "Pumps\n\n" + para + "\n\n\u201cIt was avoidable,\u201d the union said.",
		},
		{
			name:     "a br inside a paragraph stays a single newline",
			doc:      articlePage("", "<p>"+para+"</p><p>Flat 4<br>Harbour Street</p>"),
			wantText: para + "\n\nFlat 4\nHarbour Street",
		},
		{
			name:     "og:site_name by name attribute too",
			doc:      articlePage(`<meta name="og:site_name" content="  Valley   Gazette ">`, "<p>"+para+"</p>"),
			wantText: para,
			wantSite: "Valley Gazette",
		},
		{
			name:    "navigation only",
			doc:     "<html><body><nav><ul><li><a href=/a>Politics</a><li><a href=/b>Business</a></ul></nav></body></html>",
			wantErr: "no article text found in the HTML page",
		},
		{
			name:    "empty body",
			doc:     "<html><head><title>Soon</title></head><body></body></html>",
			wantErr: "no article text found in the HTML page",
		},
		{
			name:     "broken markup still yields the text",
			doc:      "<html><body><article><p>" + para + "<p><b><i>\u201cNot again,\u201d said a worker.</b></i></div></span><p",
			wantText: para + "\n\n\u201cNot again,\u201d said a worker.",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := extractHTML(tt.doc, nil)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.text != tt.wantText {
				t.Errorf("text = %q\nwant   %q", p.text, tt.wantText)
			}
			if p.siteName != tt.wantSite {
				t.Errorf("site = %q, want %q", p.siteName, tt.wantSite)
			}
		})
	}
}

// HTML in a legacy or UTF-16 encoding is decoded before readability sees
// it, so the text comes out right.
func TestLoadHTMLEncodings(t *testing.T) {
	body := "<p>" + para + "</p><p>The caf\u00e9 owner said it was \u201cunfair\u201d.</p>"
	want := para + "\n\nThe caf\u00e9 owner said it was \u201cunfair\u201d."
	cp1252, _ := charmap.Windows1252.NewEncoder().String(articlePage(`<meta charset="windows-1252">`, body))
	latin1Meta, _ := charmap.Windows1252.NewEncoder().String(articlePage(`<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">`, body))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(articlePage("", body))
	tests := []struct {
		name, raw, wantEnc string
	}{
		{"utf-8", articlePage("", body), "utf-8"},
		{"windows-1252 by meta charset", cp1252, "windows-1252"},
		{"iso-8859-1 by http-equiv", latin1Meta, "windows-1252"},
		{"utf-16le with BOM", utf16, "utf-16le"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			// .txt: the page is recognised by its content, not its name.
			writeFiles(t, ".", map[string]string{"saved.txt": tt.raw})
			arts, _, errs := Load(context.Background(), []string{"saved.txt"}, Options{})
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			a := arts[0]
			if a.Text != want || a.Encoding != tt.wantEnc || a.TextSource != "html" {
				t.Errorf("text %q, encoding %q, source %q", a.Text, a.Encoding, a.TextSource)
			}
		})
	}
}

// A page in a legacy charset named by its <meta> tag is decoded by that
// charset, also when the server's header claims UTF-8 (a server default)
// and whether it arrives as a download or a saved file.
func TestMetaCharsetBeatsServerUTF8(t *testing.T) {
	body := "<p>" + para + "</p><p>Burmistrz Łódź Zbigniew Wąs said the plan was „bardzo dobry”.</p>"
	want := para + "\n\nBurmistrz Łódź Zbigniew Wąs said the plan was „bardzo dobry”."
	page, err := charmap.ISO8859_2.NewEncoder().String(articlePage(`<meta charset="iso-8859-2">`, strings.ReplaceAll(strings.ReplaceAll(body, "„", "&bdquo;"), "”", "&rdquo;")))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=UTF-8")
		fmt.Fprint(w, page)
	}))
	t.Cleanup(srv.Close)
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"saved.html": page})
	for _, arg := range []string{srv.URL + "/wiadomosci", "saved.html"} {
		arts, _, errs := Load(context.Background(), []string{arg}, Options{})
		if len(errs) > 0 || len(arts) != 1 {
			t.Fatalf("%s: errors %q", arg, errorStrings(errs))
		}
		if a := arts[0]; a.Text != want || a.Encoding != "iso-8859-2" {
			t.Errorf("%s: encoding %q, text\n%q\nwant\n%q", arg, a.Encoding, a.Text, want)
		}
	}
}

// A saved page names its outlet from og:site_name, else from the host of
// og:url or its canonical link, before falling back to the file name.
func TestSavedPageOutlet(t *testing.T) {
	body := "<p>" + para + "</p>"
	tests := []struct {
		name, head, wantOutlet, wantURL string
	}{
		{"og:site_name first", `<meta property="og:site_name" content="The Valley Post"><meta property="og:url" content="https://www.valleypost.example/news/1">`,
			"The Valley Post", "https://www.valleypost.example/news/1"},
		{"og:url host", `<meta property="og:url" content="https://www.valleypost.example/news/1">`,
			"valleypost.example", "https://www.valleypost.example/news/1"},
		{"canonical link host, credentials dropped", `<link rel="canonical" href="https://editor:pw@news.hillside.example/a">`,
			"news.hillside.example", "https://news.hillside.example/a"},
		{"relative canonical names no host", `<link rel="canonical" href="/a">`, "pumps", ""},
		{"nothing: the file name", "", "pumps", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeFiles(t, ".", map[string]string{"pumps.html": articlePage(tt.head, body)})
			arts, _, errs := Load(context.Background(), []string{"pumps.html"}, Options{})
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("errors %q", errorStrings(errs))
			}
			if a := arts[0]; a.Outlet != tt.wantOutlet || a.URL != tt.wantURL {
				t.Errorf("outlet %q url %q, want %q %q", a.Outlet, a.URL, tt.wantOutlet, tt.wantURL)
			}
		})
	}
}
