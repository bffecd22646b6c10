package align

import "testing"

func TestSeverityAtLeast(t *testing.T) {
	tests := []struct {
		s, min Severity
		want   bool
	}{
		{Error, Error, true},
		{Warning, Error, false},
		{Info, Warning, false},
		{Warning, Info, true},
		{Info, "", true},
		{"", Info, true},
		{"", Warning, false},
	}
	for _, tt := range tests {
		if got := tt.s.AtLeast(tt.min); got != tt.want {
			t.Errorf("%q.AtLeast(%q) = %v, want %v", tt.s, tt.min, got, tt.want)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for _, name := range []string{"error", "warning", "info"} {
		if s, err := ParseSeverity(name); err != nil || string(s) != name {
			t.Errorf("ParseSeverity(%q) = %q, %v", name, s, err)
		}
	}
	if _, err := ParseSeverity("fatal"); err == nil || err.Error() != `unknown severity "fatal" (want error, warning or info)` {
		t.Errorf("ParseSeverity(fatal) error = %v", err)
	}
}

func TestHasFinding(t *testing.T) {
	res := Result{Clusters: []Cluster{{Findings: []Finding{{Severity: Warning}}}}}
	if !res.HasFinding(Warning) || res.HasFinding(Error) || !res.HasFinding(Info) {
		t.Errorf("HasFinding wrong for one warning")
	}
	if (Result{}).HasFinding(Info) {
		t.Errorf("an empty result has a finding")
	}
}

func TestParseVerdict(t *testing.T) {
	if v, err := ParseVerdict("trimmed"); err != nil || v != Trimmed {
		t.Errorf("ParseVerdict(trimmed) = %q, %v", v, err)
	}
	want := `unknown verdict "Trimmed" (want one of identical, punctuation-only, fragment, wording-altered, trimmed, words-added, speaker-differs, paraphrased-unquoted, single-source, ellipsis, spliced, not-in-source)`
	if _, err := ParseVerdict("Trimmed"); err == nil || err.Error() != want {
		t.Errorf("ParseVerdict(Trimmed) error = %v", err)
	}
}
