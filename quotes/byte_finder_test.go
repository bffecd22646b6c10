package quotes

import (
	"strings"
	"testing"
)

// byteFinder must give what a loop over every byte gives, as the scan
// moves forward through the text.
func TestByteFinder(t *testing.T) {
	tests := []struct{ text, bytes string }{
		{"", "\n\r"},
		{"one line", "\n\r"},
		{"a\nb\r\nc\rd\n\n", "\n\r"},
		{"He said \"no\" and ‘maybe’, it’s «done» £5", quoteLeadBytes},
		{"no marks at all here", quoteLeadBytes},
	}
	for _, tt := range tests {
		f := newByteFinder(tt.text, tt.bytes)
		for i := 0; i <= len(tt.text); i++ {
			want := len(tt.text)
			for k := i; k < len(tt.text); k++ {
				if strings.IndexByte(tt.bytes, tt.text[k]) >= 0 {
					want = k
					break
				}
			}
			if got := f.next(i); got != want {
				t.Errorf("%q: next(%d) = %d, want %d", tt.text, i, got, want)
			}
		}
	}
}

// quoteLeadBytes and isQuoteByte name the same bytes.
func TestQuoteLeadBytes(t *testing.T) {
	for b := 0; b < 256; b++ {
		if isQuoteByte(byte(b)) != (strings.IndexByte(quoteLeadBytes, byte(b)) >= 0) {
			t.Errorf("byte %#x: isQuoteByte and quoteLeadBytes disagree", b)
		}
	}
}
