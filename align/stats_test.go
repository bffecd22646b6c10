package align

import (
	"slices"
	"testing"
)

// TestCountStats: the summary numbers a report shows, per verdict,
// severity and outlet.
func TestCountStats(t *testing.T) {
	arts := buildArticles(t,
		spec{`Ms Carter called the budget "⟦a reckless gamble with public money⟧". The mayor said the closures were "⟦a betrayal of every family in this valley⟧". She added: "⟦We will hold a public meeting on Friday.⟧"`, []string{"Helen Carter", "Maria Lopez", "Helen Carter"}},
		spec{`Ms Carter called the budget "⟦a careless gamble with taxpayers' money⟧". Helen Carter said the closures were "⟦a betrayal of every family in this valley⟧".`, []string{"Helen Carter", "Helen Carter"}},
		spec{`Ms Carter called the budget "⟦a reckless gamble with public money⟧".`, []string{"Helen Carter"}},
	)
	arts[2].Article.Outlet = "a1" // a second article of the first outlet
	res := Check(arts, nil, DefaultOptions())
	st := res.Stats
	if st.Articles != 3 || st.Quotes != 6 || st.Clusters != len(res.Clusters) {
		t.Errorf("articles %d quotes %d clusters %d (want 3, 6, %d)", st.Articles, st.Quotes, st.Clusters, len(res.Clusters))
	}
	if st.ClustersByVerdict[WordingAltered] != 1 || st.ClustersByVerdict[SpeakerDiffers] != 1 || st.ClustersByVerdict[SingleSource] != 1 {
		t.Errorf("clusters by verdict %v", st.ClustersByVerdict)
	}
	if st.FindingsBySeverity[Error] != 2 || st.ClustersBySeverity[Error] != 2 || st.ClustersBySeverity[Info] != 1 {
		t.Errorf("findings by severity %v, clusters by severity %v", st.FindingsBySeverity, st.ClustersBySeverity)
	}
	want := []OutletStats{
		{Outlet: "a1", Articles: 2, Quotes: 3, Altered: 0, OtherSpeaker: 0},
		{Outlet: "a2", Articles: 1, Quotes: 2, Altered: 1, OtherSpeaker: 1},
	}
	// Which version is the reference decides who deviates: the budget
	// quote's reference is the wording two articles carry (a1's); the
	// closures quote is as long in both, so the first (a1's) is the
	// reference and a2's gives it to another speaker.
	if !slices.Equal(st.Outlets, want) {
		t.Errorf("outlets\n got %+v\nwant %+v", st.Outlets, want)
	}
	if st.Comparisons == 0 {
		t.Error("no comparisons counted")
	}
}
