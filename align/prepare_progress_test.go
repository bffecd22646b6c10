package align

import (
	"fmt"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// TestPrepareProgress: every article is counted once, the count only
// grows, and it ends at the total.
func TestPrepareProgress(t *testing.T) {
	arts := make([]quotes.Article, 37)
	for i := range arts {
		arts[i] = quotes.Article{ID: fmt.Sprint(i), Text: "\"We will look again at the figures,\" the minister said."}
	}
	var calls []int
	prepared, _ := PrepareProgress(arts, func(done, total int) {
		if total != len(arts) {
			t.Errorf("total %d, want %d", total, len(arts))
		}
		calls = append(calls, done)
	})
	if len(prepared) != len(arts) {
		t.Fatalf("%d prepared, want %d", len(prepared), len(arts))
	}
	if len(calls) != len(arts)+1 {
		t.Fatalf("%d calls, want %d", len(calls), len(arts)+1)
	}
	for i, c := range calls {
		if c != i {
			t.Fatalf("call %d reported %d done: %v", i, c, calls)
		}
	}
}
