package align

import (
	"runtime"
	"sync"

	"github.com/quotecheck/quotecheck/quotes"
)

// Prepare extracts and attributes the quotes of every article, then
// resolves their speakers across articles. The per-article work is a pure
// function of the article, so it runs in parallel.
func Prepare(arts []quotes.Article) ([]ArticleQuotes, []Speaker) {
	return PrepareProgress(arts, nil)
}

// PrepareProgress is Prepare that calls progress, when not nil, with how
// many of the articles are done: before the first and after each one. The
// calls never overlap, though they come from several goroutines.
func PrepareProgress(arts []quotes.Article, progress func(done, total int)) ([]ArticleQuotes, []Speaker) {
	out := make([]ArticleQuotes, len(arts))
	var mu sync.Mutex
	done := 0
	report := func(n int) {
		if progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		done += n
		progress(done, len(arts))
	}
	report(0)
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(arts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				a := arts[i]
				qs, names := quotes.AttributeNames(a, quotes.Extract(a))
				out[i] = ArticleQuotes{Article: a, Quotes: qs, Names: names}
				report(1)
			}
		}()
	}
	for i := range arts {
		work <- i
	}
	close(work)
	wg.Wait()
	return out, ResolveSpeakers(out)
}

// Analyze is the whole check: Prepare, then Check.
func Analyze(arts []quotes.Article, opts Options) Result {
	prepared, speakers := Prepare(arts)
	return Check(prepared, speakers, opts)
}
