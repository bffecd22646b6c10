package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	in := "harold,M,9000\nharold,F,20\nharold,M,1000\n" + // one name in many rows
		"quinn,M,3000\nquinn,F,2500\n" + // shared: not listed
		"edna,F,4000\n" +
		"zebulon,M,150\n" // too rare
	var out strings.Builder
	if err := run(strings.NewReader(in), &out, options{minBirths: 2000, minShare: 0.98}); err != nil {
		t.Fatal(err)
	}
	var body []string
	for _, l := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		if !strings.HasPrefix(l, "#") {
			body = append(body, l)
		}
	}
	if got, want := strings.Join(body, "|"), "edna f|harold m"; got != want {
		t.Errorf("listed %q, want %q", got, want)
	}
	if !strings.Contains(out.String(), "Source:") {
		t.Errorf("no source in the header:\n%s", out.String())
	}
}

func TestRunBadInput(t *testing.T) {
	for _, in := range []string{"ann,F\n", "ann,X,10\n", "ann,F,ten\n"} {
		var out strings.Builder
		if err := run(strings.NewReader(in), &out, options{minBirths: 1, minShare: 0.9}); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("run(%q) error %v, want one naming line 1", in, err)
		}
	}
}
