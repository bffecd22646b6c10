package input

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://ana:s3cret@news.example/a?b=c", "https://news.example/a?b=c"},
		{"http://token@news.example", "http://news.example"},
		{"HTTPS://u:p@news.example:8443/x#y", "HTTPS://news.example:8443/x#y"},
		{"https://u:p%40x@news.example/", "https://news.example/"},
		{"https://news.example/who@where", "https://news.example/who@where"},
		{"https://news.example/?mail=a@b", "https://news.example/?mail=a@b"},
		{"notes/ana@home.txt", "notes/ana@home.txt"},
		{"ftp://u:p@host/", "ftp://u:p@host/"}, // never fetched, never a URL input
	}
	for _, tt := range tests {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	msg := `redirect loop: https://u:p@a.example/x -> http://k@b.example/y`
	if got, want := redactText(msg), `redirect loop: https://a.example/x -> http://b.example/y`; got != want {
		t.Errorf("redactText = %q, want %q", got, want)
	}
}

func TestEscapeQuery(t *testing.T) {
	tests := []struct{ in, want string }{
		{"q=harbour bridge", "q=harbour%20bridge"},
		{"q=a%20b&page=2", "q=a%20b&page=2"},
		{`q="pier"<x>{y}|^`, "q=%22pier%22%3Cx%3E%7By%7D%7C%5E"},
		{"q=café", "q=caf%C3%A9"},
		{"q=100%", "q=100%25"},
		{"a=1;b=2/3?:@!$'()*+,", "a=1;b=2/3?:@!$'()*+,"},
	}
	for _, tt := range tests {
		if got := escapeQuery(tt.in); got != tt.want {
			t.Errorf("escapeQuery(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// credentialServer answers only requests carrying user "ana", password
// "s3cret", and records every query it receives.
func credentialServer(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var queries []string
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		queries = append(queries, r.URL.RawQuery)
		mu.Unlock()
		if u, p, ok := r.BasicAuth(); !ok || u != "ana" || p != "s3cret" {
			http.Error(w, "who are you?", http.StatusUnauthorized)
			return
		}
		switch r.URL.Path {
		case "/story.txt":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, story)
		case "/loop":
			// A redirect back to itself, credentials and all.
			http.Redirect(w, r, "http://ana:s3cret@"+r.Host+"/loop", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), queries...)
	}
}

// Credentials in a URL reach the server as basic authentication, and
// nothing the user or a report is shown contains them.
func TestLoadURLCredentialsNeverShown(t *testing.T) {
	srv, _ := credentialServer(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	secret := func(u string) string { return "http://ana:s3cret@" + host + u }
	m, err := ParseManifest("m.csv", []byte("url,outlet\n"+secret("/story.txt")+",Quay News\n"))
	if err != nil {
		t.Fatal(err)
	}
	arts, warns, errs := Load(context.Background(),
		[]string{secret("/story.txt"), secret("/gone"), secret("/loop")}, Options{Manifest: m})
	if len(arts) != 1 {
		t.Fatalf("got %d articles, errors %q", len(arts), errorStrings(errs))
	}
	a := arts[0]
	if a.Path != srv.URL+"/story.txt" || a.URL != srv.URL+"/story.txt" || a.Outlet != "Quay News" || a.Text != story {
		t.Errorf("article path %q url %q outlet %q", a.Path, a.URL, a.Outlet)
	}
	want := []string{
		srv.URL + "/gone: HTTP 404 Not Found",
		fmt.Sprintf("redirect loop: %[1]s/loop -> %[1]s/loop", srv.URL),
	}
	got := errorStrings(errs)
	if len(got) != 2 || got[0] != want[0] || got[1] != srv.URL+"/loop: "+want[1] {
		t.Errorf("errors = %q", got)
	}
	for _, s := range append(got, warningStrings(warns)...) {
		if strings.Contains(s, "s3cret") || strings.Contains(s, "ana@") {
			t.Errorf("a message shows the credentials: %q", s)
		}
	}
}

// A manifest's errors quote its URLs without their credentials.
func TestManifestErrorHidesCredentials(t *testing.T) {
	_, err := ParseManifest("m.csv", []byte("url,outlet\nhttps://ana:s3cret@quay.example/a,Quay\nhttps://ana:s3cret@quay.example/a,Quay again\n"))
	if err == nil || err.Error() != "m.csv:3: https://quay.example/a is already listed on line 2" {
		t.Errorf("error = %v", err)
	}
}

// A query typed with raw spaces and quotes reaches the server escaped, as
// one request.
func TestLoadURLQueryEscaped(t *testing.T) {
	srv, queries := credentialServer(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	u := "http://ana:s3cret@" + host + `/story.txt?q=harbour bridge&tag="local"`
	arts, _, errs := Load(context.Background(), []string{u}, Options{})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("errors %q", errorStrings(errs))
	}
	if got, want := queries(), []string{"q=harbour%20bridge&tag=%22local%22"}; !equalStrings(got, want) {
		t.Errorf("server saw queries %q, want %q", got, want)
	}
	if want := srv.URL + `/story.txt?q=harbour bridge&tag="local"`; arts[0].Path != want {
		t.Errorf("path = %q, want %q (as typed, without credentials)", arts[0].Path, want)
	}
}

// endlessReader is standard input that never ends (a /dev/zero); it
// counts what was read from it.
type endlessReader struct{ n int64 }

func (r *endlessReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.n += int64(len(p))
	return len(p), nil
}

// An endless input is refused as soon as it passes the limit: no more is
// read than the limit and the one byte that proves it was passed.
func TestLoadStopsAtLimit(t *testing.T) {
	for _, limit := range []int64{1, 1000, 1 << 20} {
		r := &endlessReader{}
		_, _, errs := Load(context.Background(), []string{"-"}, Options{MaxFileBytes: limit, Stdin: r})
		want := fmt.Sprintf("standard input: larger than the --max-input-size limit of %s", formatBytes(limit))
		if got := errorStrings(errs); !equalStrings(got, []string{want}) {
			t.Errorf("limit %d: errors = %q, want %q", limit, got, want)
		}
		if r.n > limit+1 {
			t.Errorf("limit %d: read %d bytes", limit, r.n)
		}
	}
	// The limit caps downloads too.
	srv, _ := credentialServer(t)
	host := strings.TrimPrefix(srv.URL, "http://")
	_, _, errs := Load(context.Background(), []string{"http://ana:s3cret@" + host + "/story.txt"}, Options{MaxFileBytes: 16})
	if got := errorStrings(errs); len(got) != 1 || !strings.Contains(got[0], "larger than 16 bytes") {
		t.Errorf("download past the limit: errors = %q", got)
	}
}

// zeroReader is /dev/zero; it counts what was read from it.
type zeroReader struct{ n int64 }

func (r *zeroReader) Read(p []byte) (int, error) {
	clear(p)
	r.n += int64(len(p))
	return len(p), nil
}

// An endless binary input is refused from its first few KB, long before
// the size limit.
func TestLoadRefusesBinaryStreamEarly(t *testing.T) {
	r := &zeroReader{}
	_, _, errs := Load(context.Background(), []string{"-"}, Options{Stdin: r})
	if got, want := errorStrings(errs), []string{"standard input: not a text file (contains NUL bytes)"}; !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
	if r.n > sniffBytes {
		t.Errorf("read %d bytes of zeros", r.n)
	}
}

var _ io.Reader = (*endlessReader)(nil)

// A report quotecheck wrote into a directory of articles is not read
// back as an article.
func TestLoadSkipsOwnReports(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{
		"story/a.txt":       story,
		"story/report.md":   "**quotecheck check**: 2 articles, 1 error\n\n| a | b |\n",
		"story/report.html": "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + HTMLReportMarker + "\n<title>quotecheck check report</title>",
		"story/bold.md":     "**quotecheck is a tool**, the blogger wrote: “It reads the news.”\n",
	})
	arts, warns, errs := Load(context.Background(), []string{"story"}, Options{})
	if len(errs) > 0 {
		t.Fatalf("errors %q", errorStrings(errs))
	}
	if got, want := ids(arts), []string{"a", "bold"}; !equalStrings(got, want) {
		t.Errorf("articles = %q, want %q", got, want)
	}
	wantWarns := []string{
		"story/report.html: a quotecheck report (HTML report), not an article; skipped",
		"story/report.md: a quotecheck report (Markdown report), not an article; skipped",
	}
	if got := warningStrings(warns); !equalStrings(got, wantWarns) {
		t.Errorf("warnings = %q\nwant %q", got, wantWarns)
	}
}

// oneByteReader hands out its text a byte per Read, as a slow pipe may.
type oneByteReader struct{ s string }

func (r *oneByteReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	if len(p) == 0 {
		return 0, nil
	}
	p[0] = r.s[0]
	r.s = r.s[1:]
	return 1, nil
}

// readLimited returns the input whole up to exactly the limit, across
// piece boundaries and whatever the hint, and refuses one byte more.
func TestReadLimited(t *testing.T) {
	long := strings.Repeat("The harbour master said the tide was late. ", 5000) // ~215 KB: several pieces
	tests := []struct {
		name    string
		in      string
		limit   int64
		hint    int64
		tooMuch bool
	}{
		{"empty", "", 10, -1, false},
		{"exactly the limit", "0123456789", 10, -1, false},
		{"one past the limit", "0123456789A", 10, -1, true},
		{"several pieces", long, int64(len(long)), -1, false},
		{"several pieces, one too many", long + "!", int64(len(long)), -1, true},
		{"hint right", long, 1 << 20, int64(len(long)), false},
		{"file grew past its hint", long + long, 1 << 20, int64(len(long)), false},
		{"hint too small, limit exceeded", long, 1000, 10, true},
	}
	for _, tt := range tests {
		for _, slow := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tt.in)
			if slow {
				r = &oneByteReader{tt.in}
			}
			got, err := readLimited(r, tt.limit, tt.hint)
			switch {
			case tt.tooMuch:
				if err != errTooLarge {
					t.Errorf("%s (slow %v): err = %v, want errTooLarge", tt.name, slow, err)
				}
			case err != nil:
				t.Errorf("%s (slow %v): %v", tt.name, slow, err)
			case got != tt.in:
				t.Errorf("%s (slow %v): got %d bytes, want %d", tt.name, slow, len(got), len(tt.in))
			}
		}
	}
}
