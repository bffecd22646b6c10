package quotes

import (
	"reflect"
	"strings"
	"sync"
	"testing"
)

// poolArticles are articles of different sizes and speakers: an analysis
// reused from the pool after one of them must not carry anything of it
// into the next.
func poolArticles() []Article {
	short := `Harbour board votes to close the old pier

Councillor Maria Okafor said the pier was "beyond repair". "We looked at every option," she said.

The board's chair, Tom Reyes, told reporters: "Nobody wanted this outcome."`
	var long strings.Builder
	long.WriteString("Rail strike enters its third week\n\n")
	for i := 0; i < 40; i++ {
		long.WriteString(`Union leader Sam Adeyemi said members would "stand firm until the offer improves". `)
		long.WriteString(`"We have waited long enough," Mr Adeyemi added.` + "\n\n")
		long.WriteString(`Transport Secretary Claire Dunmore told MPs: "The offer on the table is fair." She said talks would resume.` + "\n\n")
	}
	other := `Mayor Lena Fischer: "The budget is balanced"

"It took hard choices," Fischer said on Tuesday. The opposition leader, Ivo Brandt, called the plan "a fairy tale".`
	// A pronoun no name of its article fits: a speaker left over from
	// another article would fit it.
	alone := "Court rules against the council after a long and bitter dispute over the harbour plans\n\n\"We will appeal,\" she said after the hearing. \"This is not over.\""
	return []Article{{ID: "short", Text: short}, {ID: "long", Text: long.String()}, {ID: "other", Text: other}, {ID: "alone", Text: alone}}
}

type poolResult struct {
	quotes []Quote
	names  []Name
}

func analysePooled(a Article) poolResult {
	qs := Extract(a)
	out, names := AttributeNames(a, qs)
	return poolResult{quotes: out, names: names}
}

// TestPooledAnalysisIsFresh compares an analysis taken from the pool,
// after other articles, with one built from nothing: every field but the
// spare buffers must be equal, the quotes' attribution done.
func TestPooledAnalysisIsFresh(t *testing.T) {
	arts := poolArticles()
	for _, order := range [][]int{{1, 0}, {1, 3}, {0, 2}, {2, 1}} {
		for _, i := range order {
			analysePooled(arts[i])
		}
		a := arts[order[len(order)-1]]
		qs := Extract(a)
		fresh := &analysis{text: a.Text, qs: qs, titleSent: -1}
		fresh.build()
		fresh.attributeAll(append([]Quote(nil), qs...))
		pooled := analyse(a, qs)
		pooled.attributeAll(append([]Quote(nil), qs...))
		fresh.spare, pooled.spare = spare{}, spare{} // resolveEntities keeps its maps there
		if !reflect.DeepEqual(fresh, pooled) {
			t.Errorf("order %v: the analysis of %s reused differs from a fresh one", order, a.ID)
		}
	}
}

// TestPooledAnalysisForgets runs the articles in several orders, one
// after another and at once: each article's quotes (Extract's pool),
// speakers and names must be the same whatever was analysed before it.
func TestPooledAnalysisForgets(t *testing.T) {
	arts := poolArticles()
	want := make([]poolResult, len(arts))
	for i, a := range arts {
		want[i] = analysePooled(a)
		if len(want[i].quotes) == 0 || want[i].quotes[0].Mention == nil {
			t.Fatalf("%s: no attributed quote, the test reads nothing", a.ID)
		}
	}
	orders := [][]int{{2, 1, 0}, {1, 3, 0, 2, 0, 1}, {0, 0, 2, 2}, {1, 3}}
	for _, order := range orders {
		for _, i := range order {
			if got := analysePooled(arts[i]); !reflect.DeepEqual(got, want[i]) {
				t.Errorf("order %v: %s differs after reuse:\n got %+v\nwant %+v", order, arts[i].ID, got, want[i])
			}
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 6; r++ {
				i := (g + r) % len(arts)
				if got := analysePooled(arts[i]); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("goroutine %d: %s differs", g, arts[i].ID)
				}
				if got := Names(arts[i], Extract(arts[i])); !reflect.DeepEqual(got, want[i].names) {
					t.Errorf("goroutine %d: Names of %s differs", g, arts[i].ID)
				}
			}
		}()
	}
	wg.Wait()
}
