package input

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// newsServer serves the cases a URL input can meet. endless counts the
// bytes written by /endless, which streams until the client goes away.
func newsServer(t *testing.T, endless *atomic.Int64) *httptest.Server {
	t.Helper()
	page := readTestdata(t, "news_page.html")
	mux := http.NewServeMux()
	mux.HandleFunc("/wire/story.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, story)
	})
	mux.HandleFunc("/latin1.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=iso-8859-1")
		fmt.Fprint(w, "Caf\xe9 owners called it \x93unfair\x94.")
	})
	mux.HandleFunc("/news/harbour-bridge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no sniffing by the server either
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/no-site-name", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articlePage("<title>Pumps</title>", "<p>"+para+"</p>"))
	})
	mux.HandleFunc("/octet/notes.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, story)
	})
	mux.HandleFunc("/octet/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		fmt.Fprint(w, "%PDF-1.4\n")
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		fmt.Fprint(w, "\x89PNG\r\n\x1a\n")
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second): // bounded even if the client misbehaves
		}
	})
	mux.HandleFunc("/slow-body", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		fmt.Fprint(w, "The first words arrive, ")
		w.(http.Flusher).Flush()
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-b", http.StatusFound)
	})
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop-a", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/chain/{n}", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(r.PathValue("n"))
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/wire/story.txt", http.StatusMovedPermanently)
	})
	chunk := []byte(strings.Repeat("All work and no play makes a long article. ", 1500)) // ~64 KB
	mux.HandleFunc("/huge-declared", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", strconv.Itoa(20<<20))
		for written := 0; written < 20<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/huge-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for written := 0; written < 20<<20; written += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for endless.Load() < 1<<30 {
			n, err := w.Write(chunk)
			endless.Add(int64(n))
			if err != nil || r.Context().Err() != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestLoadURLs(t *testing.T) {
	var endless atomic.Int64
	srv := newsServer(t, &endless)
	host := strings.TrimPrefix(srv.URL, "http://")
	hostname := strings.Split(host, ":")[0]
	tests := []struct {
		name       string
		path       string
		opts       Options
		wantErr    string // without the "URL: " prefix
		wantID     string
		wantOutlet string
		wantText   string
		wantSource string
		wantEnc    string
	}{
		{name: "plain text", path: "/wire/story.txt", wantID: "story", wantOutlet: hostname, wantText: story, wantSource: "text", wantEnc: "utf-8"},
		{name: "declared latin-1", path: "/latin1.txt", wantID: "latin1", wantOutlet: hostname,
			wantText: "Café owners called it “unfair”.", wantSource: "text", wantEnc: "windows-1252"},
		{name: "html page: the article alone, outlet from og:site_name", path: "/news/harbour-bridge",
			wantID: "harbour-bridge", wantOutlet: "The Coastal Courier", wantText: newsPageText, wantSource: "html", wantEnc: "utf-8"},
		{name: "html without a content type is sniffed", path: "/untyped",
			wantID: "untyped", wantOutlet: "The Coastal Courier", wantText: newsPageText, wantSource: "html", wantEnc: "utf-8"},
		{name: "html without og:site_name: outlet is the host", path: "/no-site-name",
			wantID: "no-site-name", wantOutlet: hostname, wantText: "Pumps\n\n" + para, wantSource: "html", wantEnc: "utf-8"},
		{name: "a redirect is followed", path: "/moved", wantID: "moved", wantOutlet: hostname, wantText: story, wantSource: "text", wantEnc: "utf-8"},
		{name: "octet-stream text is judged by its bytes", path: "/octet/notes.txt", wantID: "notes", wantOutlet: hostname, wantText: story, wantSource: "text", wantEnc: "utf-8"},
		{name: "octet-stream PDF", path: "/octet/report.pdf", wantErr: "not a text file (looks like PDF)"},
		{name: "404", path: "/gone", wantErr: "HTTP 404 Not Found"},
		{name: "image", path: "/photo.png", wantErr: "not a text file (content type image/png)"},
		{name: "timeout before headers", path: "/slow", opts: Options{Timeout: 200 * time.Millisecond}, wantErr: "timed out after 200ms"},
		{name: "timeout in the body", path: "/slow-body", opts: Options{Timeout: 200 * time.Millisecond}, wantErr: "timed out after 200ms"},
		{name: "redirect loop", path: "/loop-a",
			wantErr: fmt.Sprintf("redirect loop: %[1]s/loop-a -> %[1]s/loop-b -> %[1]s/loop-a", srv.URL)},
		{name: "endless redirects", path: "/chain/1", wantErr: "too many redirects (more than 10)"},
		{name: "fewer redirects allowed", path: "/chain/1", opts: Options{MaxRedirects: 3}, wantErr: "too many redirects (more than 3)"},
		{name: "20 MB with Content-Length", path: "/huge-declared", wantErr: "larger than 10 MiB (the server says 20 MiB)"},
		{name: "20 MB chunked", path: "/huge-chunked", wantErr: "larger than 10 MiB"},
		{name: "size cap is an option", path: "/wire/story.txt", opts: Options{MaxBytes: 16}, wantErr: fmt.Sprintf("larger than 16 bytes (the server says %d bytes)", len(story))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			u := srv.URL + tt.path
			// The timeout cases are judged by their message, which only
			// the timer produces: a wall-clock bound fails on a busy
			// machine.
			arts, _, errs := Load(context.Background(), []string{u}, tt.opts)
			if tt.wantErr != "" {
				want := []string{u + ": " + tt.wantErr}
				if got := errorStrings(errs); !equalStrings(got, want) {
					t.Errorf("errors = %q\nwant     %q", got, want)
				}
				return
			}
			if len(errs) > 0 || len(arts) != 1 {
				t.Fatalf("errors %q, %d articles", errorStrings(errs), len(arts))
			}
			a := arts[0]
			if a.ID != tt.wantID || a.Outlet != tt.wantOutlet || a.URL != u || a.Path != u ||
				a.TextSource != tt.wantSource || a.Encoding != tt.wantEnc {
				t.Errorf("article = id %q outlet %q url %q path %q source %q enc %q", a.ID, a.Outlet, a.URL, a.Path, a.TextSource, a.Encoding)
			}
			if a.Text != tt.wantText {
				t.Errorf("text = %q\nwant   %q", a.Text, tt.wantText)
			}
		})
	}
}

// An endless response is cut off at the cap: the client stops reading, and
// the memory it used is of the order of the cap, not of what was served.
func TestLoadURLMemoryBounded(t *testing.T) {
	var endless atomic.Int64
	srv := newsServer(t, &endless)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	_, _, errs := Load(context.Background(), []string{srv.URL + "/endless"}, Options{MaxBytes: 4 << 20})
	runtime.ReadMemStats(&after)
	if got, want := errorStrings(errs), []string{srv.URL + "/endless: larger than 4 MiB"}; !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
	// Wait for the handler to notice the closed connection.
	deadline := time.Now().Add(3 * time.Second)
	for time.Now().Before(deadline) {
		n := endless.Load()
		time.Sleep(50 * time.Millisecond)
		if endless.Load() == n {
			break
		}
	}
	t.Logf("served %.1f MiB, client allocated %.1f MiB", float64(endless.Load())/(1<<20), float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
	if served := endless.Load(); served > 64<<20 {
		t.Errorf("server wrote %d MiB before the client stopped reading", served>>20)
	}
	// The body is read into one growing buffer: at most about twice the
	// cap, plus the server's own small writes and the transport's buffers.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 32<<20 {
		t.Errorf("allocated %d MiB to refuse a body over 4 MiB", alloc>>20)
	}
}

func TestLoadURLWithManifest(t *testing.T) {
	var endless atomic.Int64
	srv := newsServer(t, &endless)
	u := srv.URL + "/news/harbour-bridge"
	m, err := ParseManifest("stories.csv", []byte("url,outlet,date\n"+u+"/,Courier Online,2025-03-15\n"))
	if err != nil {
		t.Fatal(err)
	}
	arts, warns, errs := Load(context.Background(), []string{u}, Options{Manifest: m})
	if len(errs) > 0 || len(warns) > 0 || len(arts) != 1 {
		t.Fatalf("errs %q warns %q arts %d", errorStrings(errs), warningStrings(warns), len(arts))
	}
	if a := arts[0]; a.Outlet != "Courier Online" || a.Date != "2025-03-15" || a.URL != u+"/" {
		t.Errorf("outlet %q date %q url %q", a.Outlet, a.Date, a.URL)
	}
}
