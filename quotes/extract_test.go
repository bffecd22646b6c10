package quotes

import (
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func texts(qs []Quote) []string {
	out := make([]string, 0, len(qs))
	for _, q := range qs {
		out = append(out, q.Text)
	}
	return out
}

func TestExtractMarks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"straight double", `"We will rebuild the bridge by spring," the mayor said.`,
			[]string{"We will rebuild the bridge by spring,"}},
		{"curly double", `“Nobody saw the flood coming,” said the farmer.`,
			[]string{"Nobody saw the flood coming,"}},
		{"straight single", `The minister called the plan 'a reckless gamble' on Tuesday.`,
			[]string{"a reckless gamble"}},
		{"curly single", `Unions described the offer as ‘an insult to nurses’ last night.`,
			[]string{"an insult to nurses"}},
		{"german low-high", `Der Kanzler sagte: „Wir werden die Ukraine weiter unterstützen.“ Dann ging er.`,
			[]string{"Wir werden die Ukraine weiter unterstützen."}},
		{"german nested", `Sie sagte: „Das nennt man ‚Realpolitik‘, nicht Verrat.“`,
			[]string{"Das nennt man ‚Realpolitik‘, nicht Verrat.", "Realpolitik"}},
		{"polish low-right", `Premier powiedział: „Nie zgadzamy się na to”.`,
			[]string{"Nie zgadzamy się na to"}},
		{"french guillemets with spaces", `Le ministre a déclaré : « Nous ne céderons pas à la pression. »`,
			[]string{"Nous ne céderons pas à la pression."}},
		{"angle singles", `Il a parlé d’une ‹ erreur historique › devant les députés.`,
			[]string{"erreur historique"}},
		{"japanese corners", `首相は「増税は行わない」と述べた。`,
			[]string{"増税は行わない"}},
		{"japanese nested", `記者は『首相の「約束」は守られるのか』と書いた。`,
			[]string{"首相の「約束」は守られるのか", "約束"}},
		{"mixed straight and curly", `“We are ready,” the coach said, adding that the squad was "fit and hungry".`,
			[]string{"We are ready,", "fit and hungry"}},
		{"straight opened, curly closed", `The judge called it "a grave abuse of trust” before sentencing.`,
			[]string{"a grave abuse of trust"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Extract(Article{ID: "t", Text: tt.text}))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractApostrophes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"possessive and contraction outside quotes", `The SNP’s leader said he won’t resign over the MPs’ votes.`, nil},
		{"plural possessive inside single quote", `She said the vote was ‘the MPs’ decision alone’ and sat down.`,
			[]string{"the MPs’ decision alone"}},
		{"apostrophes inside single quote", `The sign read ‘We won’t be bullied into silence by anyone’ in red paint.`,
			[]string{"We won’t be bullied into silence by anyone"}},
		{"decade elision", `Fashion from the ’90s and the '80s is back, said the designer.`, nil},
		{"rock n roll", `‘We still play rock ’n’ roll every night,’ the drummer said.`,
			[]string{"We still play rock ’n’ roll every night,"}},
		{"irish name", `Councillor O’Neill said the 'new' rules were 'unworkable' for O'Brien's shop.`,
			[]string{"new", "unworkable"}},
		{"straight apostrophes in double quote", `"It's the workers' money and we'll fight for it," he said.`,
			[]string{"It's the workers' money and we'll fight for it,"}},
		{"elided em", `"Let 'em try," the captain said of the visitors.`,
			[]string{"Let 'em try,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Extract(Article{ID: "t", Text: tt.text}))
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractParagraphs(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"multi-paragraph straight",
			"The coach said: \"We lost the ball too often in midfield.\n\n\"Next week we have to be braver on it.\"\n",
			[]string{"We lost the ball too often in midfield. Next week we have to be braver on it."}},
		{"multi-paragraph curly, three paragraphs",
			"She told reporters: “The hospital is full.\n\n“Nurses are working double shifts.\n\n“Something has to give.”",
			[]string{"The hospital is full. Nurses are working double shifts. Something has to give."}},
		{"CRLF paragraphs",
			"He said: \"First part.\r\n\r\n\"Second part.\"\r\n",
			[]string{"First part. Second part."}},
		{"open paragraph not reopened stays closed",
			"The chairman said he was \"deeply disappointed.\n\nThe board met again on Friday and \"noted\" the result.",
			[]string{"noted"}},
		{"stray closing mark is skipped",
			"Prices rose” sharply, and the bank called it \"a temporary blip\".",
			[]string{"a temporary blip"}},
		{"stray opening mark does not swallow the next quote",
			"The \"best-ever season, fans said. Then the manager said \"we go again\" and left.",
			[]string{"we go again"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := texts(Extract(Article{ID: "t", Text: tt.text}))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Extract(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestExtractOffsets(t *testing.T) {
	text := "Headline\n\nThe mayor said: “We will rebuild.\n\n“Every home.”\n"
	qs := Extract(Article{ID: "t", Text: text})
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1", len(qs))
	}
	q := qs[0]
	if got := text[q.Start:q.End]; !strings.HasPrefix(got, "We will rebuild.") || !strings.HasSuffix(got, "Every home.") {
		t.Errorf("text[Start:End] = %q", got)
	}
	if q.Line != 3 || q.Column != 18 {
		t.Errorf("line:col = %d:%d, want 3:18", q.Line, q.Column)
	}
	if q.ID != "t#1" || q.Open != "“" || q.Close != "”" || q.Kind != Direct {
		t.Errorf("got ID %q open %q close %q kind %s", q.ID, q.Open, q.Close, q.Kind)
	}
}

func TestExtractNested(t *testing.T) {
	text := `The ministry said: "Their so-called 'peace plan' is a trap. We reject it."`
	qs := Extract(Article{ID: "t", Text: text})
	if len(qs) != 2 {
		t.Fatalf("got %q, want outer and inner", texts(qs))
	}
	if qs[1].Text != "peace plan" || qs[1].Parent != 0 || qs[0].Parent != -1 {
		t.Errorf("inner %q parent %d, outer parent %d", qs[1].Text, qs[1].Parent, qs[0].Parent)
	}
	if qs[0].Kind != Direct || qs[1].Kind != Scare {
		t.Errorf("kinds %s/%s, want direct/scare", qs[0].Kind, qs[1].Kind)
	}
}

func TestExtractKinds(t *testing.T) {
	tests := []struct {
		name string
		text string
		want Kind
	}{
		{"direct after colon", `The governor told reporters: "We have the money to do this."`, Direct},
		{"direct before said", `"Our members are exhausted," the union leader said.`, Direct},
		{"partial in reported speech", `The chancellor said the figures showed "a resilient economy that is turning the corner".`, Partial},
		{"short partial with said-verb", `Opposition MPs called the budget "reckless" and "cruel".`, Partial},
		{"scare after so-called", `Critics attacked the so-called "dementia tax" again.`, Scare},
		{"scare after known as", `The gang, known as the "Night Wolves", was broken up.`, Scare},
		{"scare with no speaker", `Shoppers queued for the "flash sale" outside the store.`, Scare},
		{"named thing after a noun", `Engineers found a worm called "Stuxnet" on the machines.`, Scare},
		{"title after title noun", `Her new album "Northern Lights" tops the chart this week.`, Title},
		{"headline line", "Council ‘will not back down’ on bins\n\nThe council said it would not change the schedule.", Headline},
		{"heading quote line", "‘We were never warned’\n\nResidents of the estate said they had no notice.", Headline},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			qs := Extract(Article{ID: "t", Text: tt.text})
			if len(qs) == 0 {
				t.Fatalf("no quote in %q", tt.text)
			}
			if qs[0].Kind != tt.want {
				t.Errorf("%q: kind %s, want %s", qs[0].Text, qs[0].Kind, tt.want)
			}
		})
	}
}

// checkQuotes asserts what must hold of any extraction.
func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	for i, q := range qs {
		if q.Start < 0 || q.Start > q.End || q.End > len(text) {
			t.Fatalf("quote %d: span [%d,%d) outside text of %d bytes", i, q.Start, q.End, len(text))
		}
		if !strings.HasPrefix(text[q.End:], q.Close) && !strings.HasPrefix(strings.TrimLeftFunc(text[q.End:], unicode.IsSpace), q.Close) {
			t.Fatalf("quote %d %q: text after End %q does not start with its closing mark %q", i, q.Text, text[q.End:min(len(text), q.End+8)], q.Close)
		}
		if q.Close == `"` && strings.Contains(q.Text, `"`) {
			t.Fatalf("quote %d %q contains its closing mark", i, q.Text)
		}
		if !utf8.ValidString(q.Text) && utf8.ValidString(text) {
			t.Fatalf("quote %d: invalid UTF-8 text %q", i, q.Text)
		}
		if q.Parent >= i {
			t.Fatalf("quote %d: parent %d does not come before it", i, q.Parent)
		}
	}
}

func TestExtractInvariantsOnSeeds(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "sanctions", "*.txt"))
	if len(paths) != 5 {
		t.Fatalf("found %d seeds, want 5", len(paths))
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkQuotes(t, string(b), Extract(Article{ID: "s", Text: string(b)}))
	}
}

func TestExtractManyStrayMarks(t *testing.T) {
	// A megabyte paragraph of unbalanced marks must finish (linear scan,
	// bounded stack search) and keep its invariants.
	text := strings.Repeat(`a "b ‘c « d „e `, 1<<16)
	checkQuotes(t, text, Extract(Article{ID: "t", Text: text}))
}

func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "sanctions", "*.txt"))
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		f.Add(string(b))
	}
	for _, s := range []string{`"a"`, "„x“ ‚y‘", "« a » ‹b›", "「a『b』」", "’n’ '90s 'em", "\"a\n\n\"b\"", "\"\r\"\r", `"'"'`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkQuotes(t, text, Extract(Article{ID: "f", Text: text}))
	})
}

func BenchmarkExtract(b *testing.B) {
	arts, size := benchSeeds(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// BenchmarkExtractDense is a megabyte paragraph packed with short quotes
// and stray marks: the cost per byte must stay flat as the paragraph grows.
func BenchmarkExtractDense(b *testing.B) {
	for _, size := range []int{1 << 18, 1 << 20} {
		unit := `"a" b 'c' « d » „e“ f"g `
		text := strings.Repeat(unit, size/len(unit))
		b.Run(strconv.Itoa(size>>10)+"KiB", func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Extract(Article{ID: "d", Text: text})
			}
		})
	}
}
