package identity

import "testing"

func TestOnlyFit(t *testing.T) {
	full := []string{"Robert Dale", "Anne Dale", "Maria Okafor"}
	cands := []int{0, 1, 2}
	tests := []struct {
		short string
		want  int
	}{
		{"Okafor", 2},    // one person bears the surname
		{"Dale", -1},     // two do: neither is meant
		{"Mr Dale", 0},   // the title leaves one
		{"Whitlock", -1}, // nobody fits
	}
	for _, tt := range tests {
		got := OnlyFit(cands, func(j int) bool { return ShortFor(Parse(tt.short), Parse(full[j])) })
		if got != tt.want {
			t.Errorf("OnlyFit(%q) = %d, want %d", tt.short, got, tt.want)
		}
	}
}
