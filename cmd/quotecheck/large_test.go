package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/internal/storygen"
)

// writeCorpus writes generated corpora for measuring the built binary by
// hand (see docs/large-input.md):
//
//	go test ./cmd/quotecheck -run TestWriteCorpus -write-corpus /tmp/qc-large
var writeCorpus = flag.String("write-corpus", "", "write the large corpora into `DIR` and stop")

// TestWriteCorpus is a tool, not a test: it runs only with -write-corpus.
func TestWriteCorpus(t *testing.T) {
	if *writeCorpus == "" {
		t.Skip("only with -write-corpus DIR")
	}
	small := filepath.Join(*writeCorpus, "small")
	if err := os.MkdirAll(small, 0o755); err != nil {
		t.Fatal(err)
	}
	n, err := writeArticles(small, 2000, 5, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d articles, %d bytes in %s", 2000*5, n, small)
	big := filepath.Join(*writeCorpus, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	n, err = writeLongArticle(f, 100<<20, 2)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one article of %d bytes in %s", n, big)
	dense := filepath.Join(*writeCorpus, "dense.txt")
	if err := os.WriteFile(dense, denseParagraph(1<<20), 0o644); err != nil {
		t.Fatal(err)
	}
}

// writeOutlet writes one outlet's version of a story: a headline, then per
// utterance a filler sentence and the quote. Copies (outlet > 0) drop or
// reword some quotes, so check has findings to make.
func writeOutlet(w io.Writer, s storygen.Story, r *rand.Rand, outlet int) (int, error) {
	var b strings.Builder
	b.WriteString(s.Headline(r) + "\n\n")
	for _, ut := range s.Utterances {
		words := ut.Words
		if outlet > 0 {
			switch x := r.Float64(); {
			case x < 0.1:
				continue
			case x < 0.25:
				words = append([]string(nil), words...)
				words[r.Intn(len(words))] = s.Vocab[r.Intn(len(s.Vocab))]
			}
		}
		b.WriteString(s.Filler(r))
		storygen.WriteQuote(&b, r, s.Speakers[ut.Speaker], words)
	}
	return io.WriteString(w, b.String())
}

// writeArticles writes stories×outlets small articles into dir and returns
// the bytes written.
func writeArticles(dir string, stories, outlets int, seed int64) (int, error) {
	r := rand.New(rand.NewSource(seed))
	total := 0
	for s := range stories {
		st := storygen.NewStory(r, 6)
		for o := range outlets {
			var b bytes.Buffer
			n, _ := writeOutlet(&b, st, r, o)
			total += n
			name := filepath.Join(dir, fmt.Sprintf("s%05d-o%d.txt", s, o))
			if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
				return total, err
			}
		}
	}
	return total, nil
}

// writeLongArticle writes one article of about size bytes: story after
// story, as in a scraped archive page saved as one file.
func writeLongArticle(w io.Writer, size int, seed int64) (int, error) {
	r := rand.New(rand.NewSource(seed))
	total := 0
	for total < size {
		n, err := writeOutlet(w, storygen.NewStory(r, 20), r, 0)
		total += n
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// denseParagraph is one paragraph of about size bytes, packed with short
// quotes and marks that never close.
func denseParagraph(size int) []byte {
	unit := `"a" b 'c' « d » „e“ f"g “h i ‘j `
	return []byte(strings.Repeat(unit, size/len(unit)))
}

// TestManyArticles runs check over a few hundred generated articles: every
// one is read, and the run ends with findings (exit 1), not an error.
func TestManyArticles(t *testing.T) {
	dir := t.TempDir()
	if _, err := writeArticles(dir, 60, 5, 7); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), env{
		args:   []string{"quotecheck", "check", "--format", "json", dir},
		stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" },
	})
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr: %s", stderr.String())
	}
	if !strings.Contains(stdout.String(), `"articles": 300,`) {
		t.Errorf("the summary does not count 300 articles")
	}
}

// BenchmarkCheckDense runs check on a paragraph of short quotes and marks
// that never close, at a quarter megabyte and at a megabyte: MB/s must
// stay flat as the paragraph grows (a quadratic pass would lose a factor
// of four). Speed is a benchmark's business, not a test's.
func BenchmarkCheckDense(b *testing.B) {
	for _, size := range []int{1 << 18, 1 << 20} {
		p := filepath.Join(b.TempDir(), "dense.txt")
		data := denseParagraph(size)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				var stderr bytes.Buffer
				code := run(context.Background(), env{
					args:   []string{"quotecheck", "check", "--format", "json", p},
					stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" },
				})
				if code == exitError {
					b.Fatalf("exit %d: %s", code, stderr.String())
				}
			}
		})
	}
}

// BenchmarkCheckManyArticles is the 10,000-article run at a scale that
// fits a benchmark: 1,000 small articles (200 stories, 5 outlets) read
// from disk and checked, the report rendered as JSON.
func BenchmarkCheckManyArticles(b *testing.B) {
	dir := b.TempDir()
	n, err := writeArticles(dir, 200, 5, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		var stderr bytes.Buffer
		code := run(context.Background(), env{
			args:   []string{"quotecheck", "check", "--format", "json", dir},
			stdout: io.Discard, stderr: &stderr, getenv: func(string) string { return "" },
		})
		if code == exitError {
			b.Fatalf("exit %d: %s", code, stderr.String())
		}
	}
}

// writeSyndicated writes copies of the sample story's articles into dir,
// each copy under its own name (so its own outlet), as a wire story
// carried by many outlets.
func writeSyndicated(dir string, copies int) error {
	paths, err := filepath.Glob("../../testdata/sanctions/*.txt")
	if err != nil || len(paths) == 0 {
		return fmt.Errorf("sample story: %v (%d files)", err, len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		base := strings.TrimSuffix(filepath.Base(p), ".txt")[:3]
		for c := range copies {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("client%04d-%s.txt", c, base)), data, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct{ n int }

func (w *countingWriter) Write(p []byte) (int, error) { w.n += len(p); return len(p), nil }

// checkJSONSize runs check --format json on dir and returns the size of
// the output.
func checkJSONSize(t testing.TB, dir string) int {
	t.Helper()
	var out countingWriter
	var stderr bytes.Buffer
	code := run(context.Background(), env{
		args:   []string{"quotecheck", "check", "--format", "json", dir},
		stdout: &out, stderr: &stderr, getenv: func(string) string { return "" },
	})
	if code != exitFindings {
		t.Fatalf("exit %d, want %d: %s", code, exitFindings, stderr.String())
	}
	return out.n
}

// TestSyndicatedJSONGrowth: ten times the copies of a wire story make at
// most twelve times the JSON (issue 10): copies add their articles and
// their names in the variants that carry them, not a finding per pair.
func TestSyndicatedJSONGrowth(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 550 articles")
	}
	size := func(copies int) int {
		dir := t.TempDir()
		if err := writeSyndicated(dir, copies); err != nil {
			t.Fatal(err)
		}
		return checkJSONSize(t, dir)
	}
	small, large := size(10), size(100)
	t.Logf("JSON: 10 copies %d bytes, 100 copies %d bytes (%.1fx)", small, large, float64(large)/float64(small))
	if float64(large) > 12*float64(small) {
		t.Errorf("JSON grows %.1f times for ten times the copies, want at most 12", float64(large)/float64(small))
	}
}

// BenchmarkCheckSyndicated runs check --format json on 100 and 1,000
// copies of the sample story (500 and 5,000 articles): time, memory and
// JSON size must grow at most twelvefold for ten times the copies.
//
//	go test ./cmd/quotecheck -run '^$' -bench CheckSyndicated -benchtime 1x -benchmem
func BenchmarkCheckSyndicated(b *testing.B) {
	for _, copies := range []int{100, 1000} {
		dir := b.TempDir()
		if err := writeSyndicated(dir, copies); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("copies=%d", copies), func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = checkJSONSize(b, dir)
			}
			b.ReportMetric(float64(n), "json-bytes")
		})
	}
}

// TestSyndicatedOneAlteredExits1: 256 identical copies of an article and
// one copy with a word of a quote changed: the run reports the change as
// an error on that copy and exits 1 (issue 10; the caps this replaced
// hid it).
func TestSyndicatedOneAlteredExits1(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 257 articles")
	}
	data, err := os.ReadFile("../../testdata/sanctions/000_88fd9d68664466f5.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	// The longest word of the first quoted passage of five words or
	// more, reversed.
	var open, end int
	var long string
	for at := 0; long == ""; {
		i := strings.IndexAny(text[at:], "\"“")
		if i < 0 {
			t.Fatal("no quoted passage to alter in the sample article")
		}
		open = at + i + 1
		if text[at+i] != '"' {
			open = at + i + len("“")
		}
		j := strings.IndexAny(text[open:], "\"”")
		if j < 0 {
			t.Fatal("unclosed quote in the sample article")
		}
		end = open + j
		at = end + 1
		if words := strings.Fields(text[open:end]); len(words) >= 5 {
			for _, w := range words {
				w = strings.Trim(w, ".,;:!?'’")
				if len(w) > len(long) && len(w) >= 6 {
					long = w
				}
			}
		}
	}
	r := []rune(long)
	slices.Reverse(r)
	altered := text[:open] + strings.Replace(text[open:end], long, string(r), 1) + text[end:]
	dir := t.TempDir()
	for c := range 256 {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("client%03d.txt", c)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "altered.txt"), []byte(altered), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), env{
		args:   []string{"quotecheck", "check", "--format", "csv", dir},
		stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" },
	})
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, stderr.String())
	}
	errs := 0
	for _, line := range strings.Split(stdout.String(), "\n") {
		if strings.Contains(line, ",error,") {
			errs++
			if !strings.Contains(line, "altered") || !strings.Contains(line, string(r)) {
				t.Errorf("error row not about the altered copy: %s", line)
			}
		}
	}
	if errs != 1 {
		t.Errorf("%d error rows, want 1:\n%s", errs, stdout.String())
	}
}
