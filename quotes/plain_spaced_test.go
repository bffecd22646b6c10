package quotes

import (
	"strings"
	"testing"
)

// TestPlainSpaced checks the one-pass test against the two searches it
// replaces, on names as articles write them and as line breaks split them.
func TestPlainSpaced(t *testing.T) {
	for _, s := range []string{
		"", "Ann Roe", "Ann  Roe", "Ann\nRoe", "Ann\r\nRoe", "Ann\tRoe",
		"Ann B. Kerr", "Roe ", " ", "  ", "Ann Roe  ", "José Álvarez",
	} {
		want := !(strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  "))
		if got := plainSpaced(s); got != want {
			t.Errorf("plainSpaced(%q) = %v, want %v", s, got, want)
		}
	}
}
