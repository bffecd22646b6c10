package config

import "testing"

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"It is, frankly, a disgrace.", "it is frankly a disgrace"},
		{"“It is – frankly – a disgrace…”", "it is frankly a disgrace"},
		{"«\u00a0C’est inacceptable\u00a0»", "cest inacceptable"},
		{"won't, can’t", "wont cant"},
		{"a  long\n\tsentence", "a long sentence"},
		{"ﬁnal ＡＢＣ", "final abc"}, // ligature and full-width letters fold
		{"cost £40m", "cost 40m"},
		{"Café", "café"},
		{"e\u0301", "é"}, // combining accent composes
		{"...", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
