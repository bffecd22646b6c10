package quotes

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func benchSeeds(b *testing.B) ([]Article, int64) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "sanctions", "*.txt"))
	var arts []Article
	var size int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, Article{ID: filepath.Base(p), Text: string(data)})
		size += int64(len(data))
	}
	return arts, size
}

// BenchmarkExtractAttribute measures extraction plus attribution over the
// seed articles (target: 30 MB/s or more on one core).
func BenchmarkExtractAttribute(b *testing.B) {
	arts, size := benchSeeds(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			Attribute(a, Extract(a))
		}
	}
}

// BenchmarkAttribute measures attribution alone, on quotes extracted once.
func BenchmarkAttribute(b *testing.B) {
	arts, size := benchSeeds(b)
	qs := make([][]Quote, len(arts))
	for i, a := range arts {
		qs[i] = Extract(a)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, a := range arts {
			Attribute(a, qs[i])
		}
	}
}

// BenchmarkAttributeLong is one article made of the seeds repeated, and a
// single paragraph with no sentence breaks: the cost per byte must stay
// flat as the text grows.
func BenchmarkAttributeLong(b *testing.B) {
	arts, _ := benchSeeds(b)
	var all strings.Builder
	for _, a := range arts {
		all.WriteString(a.Text)
		all.WriteString("\n\n")
	}
	unit := `Mr Smith said the plan was "bad", and Ms Jones, a local doctor, called it "a disgrace" while the minister told MPs: "We will not back down" `
	for _, size := range []int{1 << 18, 1 << 20} {
		long := strings.Repeat(all.String(), size/all.Len()+1)
		run := strings.Repeat(unit, size/len(unit)+1)
		for name, text := range map[string]string{"seeds": long, "oneline": run} {
			a := Article{ID: "long", Text: text}
			qs := Extract(a)
			b.Run(name+"/"+strconv.Itoa(size>>10)+"KiB", func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				b.ReportAllocs()
				for b.Loop() {
					Attribute(a, qs)
				}
			})
		}
	}
}
