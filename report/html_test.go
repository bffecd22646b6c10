package report

import (
	"fmt"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// TestHTMLFoldsCleanOutlets: with many outlets (a wire story's carriers)
// the outlet summary lists those with something altered or misattributed
// and folds the rest away, so the clusters stay near the top; with few,
// every outlet is in one table.
func TestHTMLFoldsCleanOutlets(t *testing.T) {
	tests := []struct {
		extra  int
		folded string // "" when nothing is folded
	}{
		{0, ""},
		{13, `<summary>14 outlets with nothing altered or credited to someone else</summary>`},
	}
	for _, tt := range tests {
		r := fixtureReport(CommandCheck)
		for i := range tt.extra {
			id := fmt.Sprintf("wire%02d", i+1)
			r.Result.Articles = append(r.Result.Articles, align.ArticleQuotes{Article: quotes.Article{
				ID: id, Path: id + ".txt", Outlet: "Wire " + id, Text: "The council met on Monday.\n",
			}})
		}
		page := string(render(t, "html", r))
		details := strings.Index(page, `<details class="clean">`)
		if tt.folded == "" {
			if details >= 0 {
				t.Errorf("%d extra outlets: clean outlets folded away", tt.extra)
			}
			continue
		}
		if details < 0 || !strings.Contains(page, tt.folded) {
			t.Fatalf("%d extra outlets: no %s", tt.extra, tt.folded)
		}
		// BBC altered nothing: folded; Spun Daily did: listed before.
		if bbc, spun := strings.Index(page, `<td class="outlet">BBC News</td>`), strings.Index(page, `<td class="outlet">Spun Daily</td>`); spun < 0 || spun > details || bbc < details {
			t.Errorf("%d extra outlets: Spun Daily at %d and BBC News at %d, folded rows from %d", tt.extra, spun, bbc, details)
		}
	}
}
