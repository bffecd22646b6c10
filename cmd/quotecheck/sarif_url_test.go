package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestSarifURLInput: a URL input given with an upper-case scheme and a
// space stays a URL in SARIF (lower-case scheme, the space encoded), not
// a relative path such as ./HTTP://…; this needs a server, so it is a Go
// test rather than a script.
func TestSarifURLInput(t *testing.T) {
	pages := map[string]string{
		"/story one": "<html><head><title>Pier to reopen</title></head><body><article><h1>Pier to reopen</h1>" +
			"<p>The engineer, Sam Okoro, said the repairs were finished.</p>" +
			"<p>&ldquo;Every bolt on this pier has been checked twice,&rdquo; Mr Okoro said.</p></article></body></html>",
		"/story-two": "<html><head><title>Pier back in use</title></head><body><article><h1>Pier back in use</h1>" +
			"<p>Sam Okoro showed reporters round.</p>" +
			"<p>&ldquo;Every bolt on this pier has been checked again,&rdquo; Mr Okoro said.</p></article></body></html>",
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		page, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	}))
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")

	code, out, errs := runCmd(t, "check", "--format", "sarif", "HTTP://"+host+"/story one", srv.URL+"/story-two")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, errs)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var uris []string
	for _, r := range log.Runs[0].Results {
		for _, l := range r.Locations {
			uris = append(uris, l.PhysicalLocation.ArtifactLocation.URI)
		}
	}
	want := "http://" + host + "/story%20one"
	found := false
	for _, u := range uris {
		if strings.HasPrefix(u, "./") || strings.Contains(u, " ") || strings.HasPrefix(u, "HTTP") {
			t.Errorf("URI %q: a URL input must stay an encoded URL", u)
		}
		found = found || u == want
	}
	if !found {
		t.Errorf("URIs %q, want one %q", uris, want)
	}
}
