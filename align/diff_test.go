package align

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       string
	}{
		{"contract example", "gun fight with a wooden spoon", "weapon battle with a wood spoon",
			"-gun fight +weapon battle =with a -wooden +wood =spoon"},
		{"fragment inside a long quote", "rising rents", "Rising rents are pushing nurses out of the city, she said",
			"=rising rents +are pushing nurses out of the city she said"},
		{"word removed inside", "we will build more homes, faster, for young families", "we will build more homes for young families",
			"=we will build more homes -faster =for young families"},
		{"word added inside", "the plan is dead", "the plan is completely dead",
			"=the plan is +completely =dead"},
		{"all words changed", "completely baseless", "totally groundless",
			"-completely baseless +totally groundless"},
		{"equal after normalisation keeps a's words", "It’s the colour", "it's the color",
			"=It’s the colour"},
		{"empty a", "", "new words", "+new words"},
		{"empty b", "old words", "", "-old words"},
		{"both empty", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := opsString(Diff(tc.a, tc.b)); got != tc.want {
				t.Errorf("Diff(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
			}
		})
	}
}

func TestWordSimilarity(t *testing.T) {
	w := func(s string) *token { return &tokenize(s)[0] }
	if s := wordSimilarity(w("wooden"), w("wood")); s < 0.6 || s > 0.7 {
		t.Errorf("wooden/wood similarity %.2f, want about 0.67", s)
	}
	if s := wordSimilarity(w("gun"), w("weapon")); s != 0 {
		t.Errorf("gun/weapon similarity %.2f, want 0", s)
	}
	if s := wordSimilarity(w("Colour"), w("color")); s != 1 {
		t.Errorf("colour/color similarity %.2f, want 1", s)
	}
}

func BenchmarkDiff(b *testing.B) {
	a := "The cyber threat posed by state affiliated actors is real and it is serious, but it is more than equalled by our determination and resolve to resist it."
	c := "The cyber danger posed by state-backed actors is genuine and serious, but it is more than matched by our determination to resist it."
	b.SetBytes(int64(len(a) + len(c)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		Diff(a, c)
	}
}

func TestDiffLongTexts(t *testing.T) {
	// Too long for one alignment table: the shared ends still match.
	long := strings.Repeat("the committee heard evidence from witnesses ", 500)
	a := "Opening words. " + long + "closing remarks"
	b := "Different opening. " + long + "closing remarks"
	ops := Diff(a, b)
	if len(ops) == 0 || ops[len(ops)-1] != (Op{"equal", strings.TrimSpace(ops[len(ops)-1].Text)}) || !strings.HasSuffix(ops[len(ops)-1].Text, "closing remarks") {
		t.Fatalf("last op %v, want the shared ending as equal", ops[len(ops)-1])
	}
}
