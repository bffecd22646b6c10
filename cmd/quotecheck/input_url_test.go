package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/quotecheck/quotecheck/report"
)

// TestURLCredentialsNeverShown: a URL with user:password@ is fetched with
// those credentials, and no output format, warning or error shows them.
// A raw space in the query reaches the server escaped.
func TestURLCredentialsNeverShown(t *testing.T) {
	var mu sync.Mutex
	var queries []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		queries = append(queries, r.URL.RawQuery)
		mu.Unlock()
		if u, p, ok := r.BasicAuth(); !ok || u != "desk" || p != "tide-42" {
			http.Error(w, "login first", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		switch r.URL.Path {
		case "/valley":
			fmt.Fprint(w, "The finance chief, Owen Pryce, spoke to members.\n\n“This is the hardest budget we have ever had to set,” Mr Pryce said.\n")
		case "/hill":
			fmt.Fprint(w, "Owen Pryce addressed the chamber.\n\n“This is the hardest budget we have ever been asked to set,” Mr Pryce said.\n")
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	secret := func(p string) string { return "http://desk:tide-42@" + host + p }

	for _, format := range report.Formats() {
		t.Run(format, func(t *testing.T) {
			code, out, errs := runCmd(t, "check", "--format", format,
				secret("/valley?edition=late night"), secret("/hill"), secret("/gone"))
			if code != exitError {
				t.Errorf("exit %d, want %d (one input failed)", code, exitError)
			}
			if !strings.Contains(errs, "quotecheck: "+srv.URL+"/gone: HTTP 404 Not Found") {
				t.Errorf("stderr does not name the failed URL without credentials:\n%s", errs)
			}
			if !strings.Contains(out, "Pryce") {
				t.Errorf("the pages were not fetched:\n%s\n%s", out, errs)
			}
			for name, s := range map[string]string{"stdout": out, "stderr": errs} {
				if strings.Contains(s, "tide-42") || strings.Contains(s, "desk@") || strings.Contains(s, "desk:") {
					t.Errorf("%s shows the credentials:\n%s", name, s)
				}
			}
		})
	}
	mu.Lock()
	defer mu.Unlock()
	if !strings.Contains(strings.Join(queries, "\n"), "edition=late%20night") {
		t.Errorf("server saw queries %q, want the space escaped", queries)
	}
}
