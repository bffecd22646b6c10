package source

import (
	"fmt"
	"slices"
	"time"

	"github.com/quotecheck/quotecheck/align"
	"github.com/quotecheck/quotecheck/quotes"
)

// CheckRecord reads every quote of res against the sources and returns the
// record's verdicts and each outlet's accuracy. severity gives each
// verdict its severity (align.Options.Severity). Scare quotes and titles
// are nobody's speech and are left out.
func CheckRecord(res *align.Result, sources []*Index, severity map[align.Verdict]align.Severity) *align.Record {
	rec := &align.Record{}
	for _, ix := range sources {
		s := ix.src
		rs := align.RecordSource{ID: s.ID, Path: s.Path, Form: string(s.Form), Words: len(s.Words)}
		for _, sp := range s.Speakers {
			rs.Speakers = append(rs.Speakers, sp.Name)
		}
		rec.Sources = append(rec.Sources, rs)
	}
	cluster := map[string]string{}
	for _, c := range res.Clusters {
		for _, q := range c.Quotes {
			cluster[q] = c.ID
		}
	}
	outlets := map[string]int{}
	for _, a := range res.Articles {
		outlet := a.Article.Outlet
		if outlet == "" {
			outlet = a.Article.ID
		}
		if _, ok := outlets[outlet]; !ok {
			outlets[outlet] = len(rec.Outlets)
			rec.Outlets = append(rec.Outlets, align.OutletAccuracy{Outlet: outlet})
		}
		acc := &rec.Outlets[outlets[outlet]]
		for _, q := range a.Quotes {
			if q.Kind == quotes.Scare || q.Kind == quotes.Title {
				continue
			}
			m, src := best(sources, q.Text, q.Speaker)
			if m.Verdict == "" {
				continue
			}
			chk := align.RecordCheck{Quote: q.ID, Article: a.Article.ID, Outlet: outlet, Cluster: cluster[q.ID],
				Verdict: m.Verdict, Severity: severity[m.Verdict], Credited: q.Speaker, Diff: m.Diff}
			if chk.Severity == "" {
				chk.Severity = align.Info
			}
			if m.Found() {
				first, last := m.Pieces[0], m.Pieces[len(m.Pieces)-1]
				p := &align.SourcePassage{Source: src.ID, Speaker: m.Speaker, Start: first.Start, End: last.End,
					Line: first.Line, Text: m.Passage, Pieces: len(m.Pieces)}
				for _, pc := range m.Pieces {
					p.Lines = append(p.Lines, pc.Line)
				}
				if first.Cue != nil {
					p.Cue = Clock(first.Cue.Start)
				}
				chk.Passage = p
			}
			rec.Checks = append(rec.Checks, chk)
			acc.Checked++
			switch m.Verdict {
			case align.Identical, align.PunctuationOnly:
				acc.Verbatim++
			case align.Fragment, align.Ellipsis:
				acc.Faithful++
			case align.SpeakerDiffers:
				acc.Misattributed++
			case align.NotInSource:
				acc.NotFound++
			default:
				acc.Altered++
			}
		}
	}
	setClusterSources(res, rec)
	return rec
}

// setClusterSources gives each cluster the record's passage: the one its
// quotes were found in, taken from the quote that placed the most of the
// record's words without altering them (the fullest faithful version),
// else from any quote found.
func setClusterSources(res *align.Result, rec *align.Record) {
	byCluster := map[string]*align.RecordCheck{}
	better := func(a, b *align.RecordCheck) bool { // is a a better witness than b?
		fa, fb := faithful(a.Verdict), faithful(b.Verdict)
		if fa != fb {
			return fa
		}
		return len(a.Passage.Text) > len(b.Passage.Text)
	}
	for i := range rec.Checks {
		c := &rec.Checks[i]
		if c.Cluster == "" || c.Passage == nil || c.Passage.Pieces != 1 && c.Verdict != align.Ellipsis {
			continue
		}
		if cur := byCluster[c.Cluster]; cur == nil || better(c, cur) {
			byCluster[c.Cluster] = c
		}
	}
	for i := range res.Clusters {
		if c := byCluster[res.Clusters[i].ID]; c != nil {
			p := *c.Passage
			res.Clusters[i].Source = &p
		}
	}
}

// faithful reports the verdicts that keep to the record's words.
func faithful(v align.Verdict) bool {
	switch v {
	case align.Identical, align.PunctuationOnly, align.Fragment, align.Ellipsis, align.SpeakerDiffers:
		return true
	}
	return false
}

// best matches a quote against every source and keeps the one that places
// most of its words; a quote no source has is not-in-source when one of
// them says its speaker spoke there.
func best(sources []*Index, text, credited string) (Match, *Source) {
	var out Match
	var src *Source
	for _, ix := range sources {
		m := ix.Match(text, credited)
		switch {
		case m.Found() && (!out.Found() || m.Matched > out.Matched):
			out, src = m, ix.src
		case !out.Found() && out.Verdict == "" && m.Verdict != "":
			out, src = m, ix.src
		}
	}
	return out, src
}

// Clock writes a cue time as captions do: "01:02:03.500".
func Clock(d time.Duration) string {
	ms := d.Milliseconds()
	return fmt.Sprintf("%02d:%02d:%02d.%03d", ms/3600000, ms/60000%60, ms/1000%60, ms%1000)
}

// Describe writes how a source was read: its form, its speakers and each
// turn with its line, speaker and first words, so a user can check the
// parsing.
func Describe(s *Source) []string {
	var out []string
	out = append(out, fmt.Sprintf("%s: %s, %d words, %d turns, %d speakers", s.ID, s.Form, len(s.Words), len(s.Turns), len(s.Speakers)))
	for _, sp := range s.Speakers {
		line := "  speaker " + sp.Name
		if sp.Role != "" {
			line += " (" + sp.Role + ")"
		}
		labels := slices.Clone(sp.Labels)
		line += ": labels " + fmt.Sprintf("%q", labels)
		out = append(out, line)
	}
	for _, t := range s.Turns {
		name := "(unnamed)"
		if t.Speaker >= 0 {
			name = s.Speakers[t.Speaker].Name
		}
		words := ""
		for k := t.First; k < t.Last && k < t.First+10; k++ {
			if k > t.First {
				words += " "
			}
			words += s.Words[k].Text
		}
		if t.Last-t.First > 10 {
			words += " …"
		}
		cue := ""
		if t.First < len(s.Words) && s.Words[t.First].Cue >= 0 {
			cue = " [" + Clock(s.Cues[s.Words[t.First].Cue].Start) + "]"
		}
		out = append(out, fmt.Sprintf("  line %d%s %s (%d words): %s", t.Line, cue, name, t.Last-t.First, words))
	}
	return out
}
