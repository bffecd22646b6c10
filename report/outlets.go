package report

import (
	"github.com/quotecheck/quotecheck/align"
)

// outletStats is one line of the HTML page's outlet summary: how an
// outlet's quotes fared against the other outlets.
type outletStats struct {
	Outlet   string
	Articles []articleRef
	Quotes   int // quotes extracted
	Checked  int // quotes in a cluster that another article also carries
	Altered  int // quotes whose words differ from the reference: substituted, cut or added
	Credited int // quotes given to someone other than the reference's speaker
}

// articleRef is an article as a link: its outlet label, and the address
// and date a manifest gave.
type articleRef struct {
	ID, Label, Title, URL, Date string
}

func (ix *index) articleRef(id string) articleRef {
	ref := articleRef{ID: id, Label: ix.articleLabel(id)}
	if a, ok := ix.articles[id]; ok {
		ref.Title, ref.URL, ref.Date = a.Title, a.URL, a.Date
	}
	return ref
}

// outletSummary counts, per outlet in input order, the quotes checked,
// altered and credited to someone else. It counts every finding, whatever
// the report shows: the summary is the outlet's record.
func (ix *index) outletSummary(res *align.Result) []outletStats {
	var out []outletStats
	byOutlet := map[string]int{}
	for _, aq := range res.Articles {
		name := outletOf(&aq.Article)
		i, ok := byOutlet[name]
		if !ok {
			i = len(out)
			byOutlet[name] = i
			out = append(out, outletStats{Outlet: name})
		}
		out[i].Articles = append(out[i].Articles, ix.articleRef(aq.Article.ID))
		out[i].Quotes += len(aq.Quotes)
	}
	// Sets of quote IDs, so a quote two findings name counts once.
	checked, altered, credited := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range res.Clusters {
		articles := map[string]bool{}
		for _, q := range c.Quotes {
			articles[ix.quoteArticle(q)] = true
		}
		if len(articles) > 1 {
			for _, q := range c.Quotes {
				checked[q] = true
			}
		}
		variants := map[string][]string{}
		for _, v := range c.Variants {
			variants[v.ID] = v.Quotes
		}
		for _, f := range c.Findings {
			qs, ok := variants[f.Variant]
			if !ok {
				// A finding without a variant: version B departs from A.
				qs = []string{f.B}
			}
			for _, q := range qs {
				switch f.Verdict {
				case align.WordingAltered, align.Trimmed, align.WordsAdded:
					altered[q] = true
				case align.SpeakerDiffers:
					credited[q] = true
				}
			}
		}
	}
	for _, set := range []struct {
		quotes map[string]bool
		field  func(*outletStats) *int
	}{
		{checked, func(s *outletStats) *int { return &s.Checked }},
		{altered, func(s *outletStats) *int { return &s.Altered }},
		{credited, func(s *outletStats) *int { return &s.Credited }},
	} {
		for q := range set.quotes {
			if a, ok := ix.articles[ix.quoteArticle(q)]; ok {
				(*set.field(&out[byOutlet[outletOf(a)]]))++
			}
		}
	}
	// The check's own counts, when it made them, are the ones the JSON
	// summary holds too.
	for _, st := range res.Stats.Outlets {
		if i, ok := byOutlet[st.Outlet]; ok {
			out[i].Checked, out[i].Altered, out[i].Credited = st.Quotes, st.Altered, st.OtherSpeaker
		}
	}
	return out
}
