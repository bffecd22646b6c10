package report

import (
	"strings"
	"testing"
)

// TestSentenceAround: the sentence around a quote runs back to the
// previous sentence end or line break and on to the next, attribution
// included, and is cut at a word with "…" when a page has no full stops.
func TestSentenceAround(t *testing.T) {
	long := strings.Repeat("word ", 100)
	tests := []struct {
		name, text, quote, before, after string
		cut                              bool // both sides cut at contextLimit
	}{
		{"attribution after",
			"The vote was close. \"We will appeal the ruling,\" the mayor said. Nobody else spoke.",
			"We will appeal the ruling,", `"`, `" the mayor said.`, false},
		{"attribution before, quote at paragraph end",
			"Officials were cautious.\nThe harbour master said: \"The pier is safe for now.\"\nRepairs start soon.",
			"The pier is safe for now.", `The harbour master said: "`, `"`, false},
		{"partial quote inside the sentence",
			"Residents called the plan \"a slow disaster\" at the meeting on Tuesday! Then they left.",
			"a slow disaster", `Residents called the plan "`, `" at the meeting on Tuesday!`, false},
		{"words without quote marks keep their spaces",
			"Critics said the plan was fully costed and ready. It was not.",
			"fully costed and ready", "Critics said the plan was ", ".", false},
		{"quote at the start of the text",
			"\"Enough,\" she said.", "Enough,", `"`, `" she said.`, false},
		{"no full stop for a long way",
			long + "she called it \"unfair\" and " + long,
			"unfair", "", "", true},
	}
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.quote)
		before, after := sentenceAround(tt.text, start, start+len(tt.quote))
		if tt.cut {
			if !strings.HasPrefix(before, "…word") || !strings.HasSuffix(after, "word…") ||
				len(before) > contextLimit+len("…") || len(after) > contextLimit+len("…") {
				t.Errorf("%s: before %q, after %q: want both cut at a word near %d bytes", tt.name, before, after, contextLimit)
			}
			continue
		}
		if before != tt.before || after != tt.after {
			t.Errorf("%s:\n got %q | %q\nwant %q | %q", tt.name, before, after, tt.before, tt.after)
		}
	}
	// Offsets out of range are clamped, not a panic.
	if b, a := sentenceAround("short text.", -3, 99); b != "" || a != "" {
		t.Errorf("clamped offsets: %q | %q", b, a)
	}
}
