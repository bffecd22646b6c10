package quotes

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzAttribute runs Extract and Attribute over arbitrary text: it must
// never panic, every mention must lie inside the text and match its
// offsets, and quotes that are not speech must stay unattributed.
func FuzzAttribute(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "sanctions", "*.txt"))
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	for _, s := range []string{
		`"Fine," Mr Cole said.`, `He said: "x"`, `"a" — Jane Roe`, "“x,” said Dame Anne.",
		`Ann Lee, Raj Patel and Tom Weir met. All three said it was "bad".`,
		`the deputy prime minister's "x" said`, `, , said "" said`, "Mr. \"", `according to "x"`,
		"\"a\"\n\n\"b\"\n\n\"c\"", `It's suggested "x" by`, `what one described as "y"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := Article{ID: "f", Text: text}
		qs := Attribute(a, Extract(a))
		for _, q := range qs {
			if q.Mention != nil {
				m := q.Mention
				if m.Start < 0 || m.End > len(text) || m.Start > m.End {
					t.Fatalf("mention %+v outside the text (len %d)", m, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("mention text %q does not match offsets %d:%d", m.Text, m.Start, m.End)
				}
			}
			if q.Speaker != "" && q.Mention == nil {
				t.Fatalf("speaker %q without a mention", q.Speaker)
			}
			// A mention without a speaker is a subject that names no one (a
			// pronoun no name fits, the writer's "I", "another", a poll
			// share, "the ad"): it still rests on a reporting word.
			if q.Speaker == "" && q.Mention != nil && q.Cue == "" {
				t.Fatalf("mention %q with neither a speaker nor a cue", q.Mention.Text)
			}
			// A headline speaks only through a "Name:" label before it
			// (`Roe: "We will win"`); scare quotes, titles and nested
			// quotes never do.
			if q.Mention != nil && (q.Kind == Scare || q.Kind == Title || q.Kind == Headline && q.Cue != ":" || q.Parent >= 0) {
				t.Fatalf("%s quote %q got speaker %q (cue %q)", q.Kind, q.Text, q.Speaker, q.Cue)
			}
		}
		Names(a, qs)
	})
}

// FuzzAttributeSpans feeds Attribute quotes with arbitrary offsets, as a
// caller other than Extract might: it must not panic.
func FuzzAttributeSpans(f *testing.F) {
	f.Add(`"a" he said`, 1, 2, 0)
	f.Add("x", 5, 2, -3)
	f.Fuzz(func(t *testing.T, text string, start, end, parent int) {
		qs := []Quote{{Start: start, End: end, Parent: parent % 2, Kind: Direct, Text: "x"}, {Start: 0, End: len(text), Parent: -1}}
		Attribute(Article{Text: text}, qs)
	})
}
