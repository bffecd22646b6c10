package align

// countStats counts what a report's summary shows, from the clusters
// Check built.
func countStats(res Result) Stats {
	st := Stats{
		Articles:           len(res.Articles),
		Speakers:           len(res.Speakers),
		Clusters:           len(res.Clusters),
		ClustersByVerdict:  map[Verdict]int{},
		FindingsByVerdict:  map[Verdict]int{},
		FindingsBySeverity: map[Severity]int{},
		ClustersBySeverity: map[Severity]int{},
	}
	outletOf := map[string]int{} // quote ID -> index into st.Outlets
	byName := map[string]int{}
	for i := range res.Articles {
		a := &res.Articles[i]
		st.Quotes += len(a.Quotes)
		name := outletName(a)
		k, ok := byName[name]
		if !ok {
			k = len(st.Outlets)
			byName[name] = k
			st.Outlets = append(st.Outlets, OutletStats{Outlet: name})
		}
		st.Outlets[k].Articles++
		for _, q := range a.Quotes {
			outletOf[q.ID] = k
		}
	}
	// A quote may sit in several clusters (a long quote holding several
	// utterances): each outlet count counts it once.
	checked := map[string]bool{}
	altered := map[string]bool{}
	other := map[string]bool{}
	for _, c := range res.Clusters {
		st.Variants += len(c.Variants)
		st.ClustersByVerdict[c.Verdict]++
		worst := Info
		for _, f := range c.Findings {
			st.FindingsByVerdict[f.Verdict]++
			st.FindingsBySeverity[f.Severity]++
			if f.Severity.rank() > worst.rank() {
				worst = f.Severity
			}
		}
		st.ClustersBySeverity[worst]++
		// Compared when its versions come from two articles or more.
		multi := false
		for _, v := range c.Variants {
			for _, a := range v.Articles {
				multi = multi || a != c.Variants[0].Articles[0]
			}
		}
		for _, v := range c.Variants {
			for _, q := range v.Quotes {
				if multi {
					checked[q] = true
				}
				switch v.Verdict {
				case WordingAltered, Trimmed, WordsAdded:
					if hasFinding(c, v.ID) {
						altered[q] = true
					}
				case SpeakerDiffers:
					if hasFinding(c, v.ID) {
						other[q] = true
					}
				}
			}
		}
	}
	for _, set := range []struct {
		m   map[string]bool
		add func(*OutletStats)
	}{
		{checked, func(o *OutletStats) { o.Quotes++ }},
		{altered, func(o *OutletStats) { o.Altered++ }},
		{other, func(o *OutletStats) { o.OtherSpeaker++ }},
	} {
		for q := range set.m {
			if k, ok := outletOf[q]; ok {
				set.add(&st.Outlets[k])
			}
		}
	}
	return st
}

// hasFinding reports whether the cluster has a finding on variant id.
func hasFinding(c Cluster, id string) bool {
	for _, f := range c.Findings {
		if f.Variant == id {
			return true
		}
	}
	return false
}
