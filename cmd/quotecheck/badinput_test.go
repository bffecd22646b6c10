package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// scriptCmds are the commands testscript adds for these tests.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"encode": cmdEncode,
}

// cmdEncode writes a file that a txtar archive cannot hold as bytes:
//
//	encode ENCODING SRC DST
//
// ENCODING is utf-8-bom, utf-16le, utf-16be (each with its byte order
// mark), windows-1252, crlf or cr (line endings rewritten).
func cmdEncode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: encode ENCODING SRC DST")
	}
	out, err := encode(args[0], ts.ReadFile(args[1]))
	ts.Check(err)
	ts.Check(os.WriteFile(ts.MkAbs(args[2]), out, 0o644))
}

func encode(enc, text string) ([]byte, error) {
	switch enc {
	case "utf-8-bom":
		return []byte("\xef\xbb\xbf" + text), nil
	case "utf-16le":
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	case "utf-16be":
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
	case "windows-1252":
		return charmap.Windows1252.NewEncoder().Bytes([]byte(text))
	case "crlf":
		return []byte(strings.ReplaceAll(text, "\n", "\r\n")), nil
	case "cr":
		return []byte(strings.ReplaceAll(text, "\n", "\r")), nil
	}
	return nil, fmt.Errorf("unknown encoding %q", enc)
}

// runCmd runs the command with args and returns its exit code, standard
// output and standard error.
func runCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), env{
		args:   append([]string{"quotecheck"}, args...),
		stdin:  strings.NewReader(""),
		stdout: &stdout, stderr: &stderr,
		getenv: func(string) string { return "" },
	})
	return code, stdout.String(), stderr.String()
}

// extracted is the part of the JSON report these tests read.
type extracted struct {
	Articles []struct {
		ID       string `json:"id"`
		Encoding string `json:"encoding"`
		Quotes   []struct {
			Text    string `json:"text"`
			Start   int    `json:"start"`
			End     int    `json:"end"`
			Line    int    `json:"line"`
			Column  int    `json:"column"`
			Speaker string `json:"speaker"`
		} `json:"quotes"`
	} `json:"articles"`
}

func extractJSON(t *testing.T, path string) extracted {
	t.Helper()
	code, out, errs := runCmd(t, "extract", "--format", "json", path)
	if code != exitClean {
		t.Fatalf("extract %s: exit %d: %s", path, code, errs)
	}
	var x extracted
	if err := json.Unmarshal([]byte(out), &x); err != nil {
		t.Fatalf("extract %s: %v", path, err)
	}
	if len(x.Articles) != 1 {
		t.Fatalf("extract %s: %d articles", path, len(x.Articles))
	}
	return x
}

// lineArticle has quotes on several lines, one of them after a blank
// line, and a non-ASCII character before a quote, so that both byte
// offsets and character columns are tested.
const lineArticle = `Ferry operator scraps winter timetable

The operator's chief executive, Morag Lindsay, said the decision was "painful but unavoidable".

"We simply cannot crew the boats in January," Ms Lindsay told islanders at a meeting in Portree.

Café owners on the pier said the news was "a hammer blow".
`

// TestOffsetsAcrossLineEndings: a file saved with CRLF or CR line endings
// gives the same quotes, on the same lines, and every start and end points
// at the quote's own bytes in the file as it is on disk.
func TestOffsetsAcrossLineEndings(t *testing.T) {
	dir := t.TempDir()
	var want extracted
	for _, enc := range []string{"lf", "crlf", "cr"} {
		t.Run(enc, func(t *testing.T) {
			data := []byte(lineArticle)
			if enc != "lf" {
				var err error
				if data, err = encode(enc, lineArticle); err != nil {
					t.Fatal(err)
				}
			}
			path := filepath.Join(dir, enc+".txt")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			got := extractJSON(t, path)
			qs := got.Articles[0].Quotes
			if len(qs) != 3 {
				t.Fatalf("%d quotes, want 3: %+v", len(qs), qs)
			}
			for _, q := range qs {
				if q.Start < 0 || q.End > len(data) || string(data[q.Start:q.End]) != q.Text {
					t.Errorf("quote %q: bytes %d:%d of the file are %q", q.Text, q.Start, q.End, data[max(0, q.Start):min(len(data), q.End)])
				}
			}
			if enc == "lf" {
				want = got
				return
			}
			for i, q := range qs {
				w := want.Articles[0].Quotes[i]
				if q.Text != w.Text || q.Line != w.Line || q.Column != w.Column || q.Speaker != w.Speaker {
					t.Errorf("quote %d: %q line %d col %d speaker %q; with LF endings %q line %d col %d speaker %q",
						i, q.Text, q.Line, q.Column, q.Speaker, w.Text, w.Line, w.Column, w.Speaker)
				}
			}
		})
	}
}

// TestOffsetsIntoDecodedText: for text that had to be decoded, offsets
// point into the decoded text, which --dump-text prints.
func TestOffsetsIntoDecodedText(t *testing.T) {
	dir := t.TempDir()
	for _, enc := range []string{"utf-8-bom", "utf-16le", "utf-16be", "windows-1252"} {
		t.Run(enc, func(t *testing.T) {
			data, err := encode(enc, lineArticle)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, enc+".txt")
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			code, text, errs := runCmd(t, "extract", "--dump-text", path)
			if code != exitClean || text != lineArticle {
				t.Fatalf("--dump-text: exit %d, %q, stderr %q; want the article as written", code, text, errs)
			}
			got := extractJSON(t, path)
			if e := got.Articles[0].Encoding; e != enc {
				t.Errorf("encoding %q, want %q", e, enc)
			}
			qs := got.Articles[0].Quotes
			if len(qs) != 3 {
				t.Fatalf("%d quotes, want 3", len(qs))
			}
			for _, q := range qs {
				if text[q.Start:q.End] != q.Text {
					t.Errorf("quote %q: bytes %d:%d of the decoded text are %q", q.Text, q.Start, q.End, text[q.Start:q.End])
				}
			}
		})
	}
}

const urlArticle = `Library opening hours cut

The council's culture lead, Anwen Pryce, defended the savings.

"Nobody wanted this, but the budget leaves us no choice," Ms Pryce said.
`

// TestURLFaults: each failing URL is named with its problem, the good
// input is still checked and reported, and the exit code is 2.
func TestURLFaults(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, urlArticle)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(10 * time.Second):
		}
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/gone", http.NotFound)
	huge := func(declare bool) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			if declare {
				w.Header().Set("Content-Length", fmt.Sprint(20<<20))
			}
			line := []byte(strings.Repeat("All work and no play. ", 46) + "\n")
			for n := 0; n < 20<<20; n += len(line) {
				if _, err := w.Write(line); err != nil {
					return // the client gave up, as it should
				}
			}
		}
	}
	mux.HandleFunc("/huge", huge(true))
	mux.HandleFunc("/huge-chunked", huge(false))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	u := func(p string) string { return srv.URL + p }
	tests := []struct {
		name    string
		timeout string
		urls    []string
		wantErr []string
	}{
		{"timeout", "500ms", []string{"/ok", "/slow"}, []string{
			"quotecheck: " + u("/slow") + ": timed out after 500ms",
		}},
		// Downloading 10 MiB on a busy machine takes a while: the time
		// limit must not be what stops these.
		{"loop, 404 and too large", "60s", []string{"/ok", "/loop", "/gone", "/huge", "/huge-chunked"}, []string{
			"quotecheck: " + u("/loop") + ": redirect loop: " + u("/loop") + " -> " + u("/loop2") + " -> " + u("/loop"),
			"quotecheck: " + u("/gone") + ": HTTP 404 Not Found",
			"quotecheck: " + u("/huge") + ": larger than 10 MiB (the server says 20 MiB)",
			"quotecheck: " + u("/huge-chunked") + ": larger than 10 MiB",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"check", "--min-severity", "info", "--timeout", tt.timeout}
			for _, p := range tt.urls {
				args = append(args, u(p))
			}
			code, out, errs := runCmd(t, args...)
			if code != exitError {
				t.Errorf("exit %d, want %d", code, exitError)
			}
			if got := strings.TrimSpace(errs); got != strings.Join(tt.wantErr, "\n") {
				t.Errorf("stderr:\n%s\nwant:\n%s", errs, strings.Join(tt.wantErr, "\n"))
			}
			// The good page is still checked: its quote is in the report.
			if !strings.Contains(out, "Pryce") || !strings.Contains(out, "single-source") {
				t.Errorf("stdout lacks the good page's quote:\n%s", out)
			}
		})
	}
}

// TestURLOnlyFaults: when no input could be read at all, the command says
// so after naming each failure.
func TestURLOnlyFaults(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	code, out, errs := runCmd(t, "check", srv.URL+"/a", srv.URL+"/b")
	if code != exitError || out != "" {
		t.Errorf("exit %d, stdout %q; want 2 and nothing", code, out)
	}
	want := "quotecheck: " + srv.URL + "/a: HTTP 404 Not Found\n" +
		"quotecheck: " + srv.URL + "/b: HTTP 404 Not Found\n" +
		"quotecheck: check: no article could be read\n"
	if errs != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errs, want)
	}
}
