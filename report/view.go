package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/quotecheck/quotecheck/align"
)

// What a reader sees of a check: each cluster as its reference version
// and the variants that deviate from it, the clusters with errors first.
// Every format draws from this view, so they agree on what is shown, in
// which order, and what is only counted.

// variantView is one version of an utterance: the reference, or a variant
// that deviates from it.
type variantView struct {
	ID       string // the variant's ID; "" when align named none
	Verdict  align.Verdict
	Severity align.Severity
	Text     string   // this version's words
	Articles []string // the articles that carry it, input order
	Outlets  []string // their display labels, once each
	// Quote is the quote to point at (its first); "" for words an article
	// carries without quote marks, which Span then locates.
	Quote string
	Span  *align.Span
	// Diff turns the reference into this version; nil for the reference.
	Diff    []align.Op
	Changes string // "gun fight → weapon battle, wooden → wood"; "" when no word changes
	// Speaker is whom this version credits, set for speaker-differs.
	Speaker string
	// Finding is the finding this deviation comes from; nil for the
	// reference. RefQuote is the reference's quote it names.
	Finding  *align.Finding
	RefQuote string
}

// changeLimit is the most changes a deviation's change list names.
const changeLimit = 4

// markedLimit is the most words of marked text the table and Markdown
// show for one deviation.
const markedLimit = 36

// minContext is the fewest unchanged words that make a deviation's
// marked words worth a line of their own next to its change list.
const minContext = 3

// showMarked reports whether a deviation's marked words add to its change
// list: always when there is no change list (a fragment, a speaker or a
// paraphrase), else when at least minContext unchanged words place the
// changes.
func showMarked(d variantView) bool {
	if d.Changes == "" {
		return true
	}
	n := 0
	for _, op := range d.Diff {
		if op.Op == opEqual {
			n += len(strings.Fields(op.Text))
		}
	}
	return n >= minContext
}

// clusterView is a cluster as shown.
type clusterView struct {
	*align.Cluster
	Speaker    string
	Severity   align.Severity // the worst shown deviation's; info when none
	Reference  variantView
	Deviations []variantView // the shown ones, errors first
	// Part numbers the parts of a cluster that joins a statement's
	// pieces, from 0 for the one with the cluster's reference.
	Part int
}

// minSeverity is what r shows: Report.MinSeverity, or the format's
// default when the caller left it empty.
func (r *Report) minSeverity(formatDefault align.Severity) align.Severity {
	if r.MinSeverity != "" {
		return r.MinSeverity
	}
	return formatDefault
}

// Format defaults for an empty Report.MinSeverity: the formats people read
// list what needs a decision; the data formats keep everything.
const (
	readingDefault = align.Warning
	dataDefault    = align.Info
)

// clusterViews lays out the clusters shown at min, those with errors
// first, then warnings, then the rest; align's order is kept within each.
// A cluster that joins the fragments of one statement has a part per
// reference its variants were compared with (Variant.ComparedWith): each
// part is shown as its own reference and deviations, under the cluster's
// ID, so that no change list is read against a text it was not compared
// with. The parts of a cluster stay together, ranked by the worst.
func (r *Report) clusterViews(ix *index, min align.Severity) []clusterView {
	type group struct {
		views []clusterView
		worst align.Severity
	}
	var gs []group
	for i := range r.Result.Clusters {
		c := &r.Result.Clusters[i]
		var g group
		g.worst = align.Info
		for k, ref := range partReferences(c) {
			cv := ix.clusterView(c, min, ref)
			cv.Part = k
			if len(cv.Deviations) == 0 && (k > 0 || !align.Info.AtLeast(min)) {
				continue
			}
			g.views = append(g.views, cv)
			if sevRank(cv.Severity) > sevRank(g.worst) {
				g.worst = cv.Severity
			}
		}
		if len(g.views) > 0 {
			gs = append(gs, g)
		}
	}
	slices.SortStableFunc(gs, func(a, b group) int {
		return cmp.Compare(sevRank(b.worst), sevRank(a.worst))
	})
	var out []clusterView
	for _, g := range gs {
		out = append(out, g.views...)
	}
	return out
}

// partReferences lists the IDs of the variants a cluster's others were
// compared with: its reference first, then, in a cluster that joins the
// fragments of one statement, each further part's reference. A variant
// that names none was compared with the cluster's reference.
func partReferences(c *align.Cluster) []string {
	refs := []string{c.Reference}
	for _, v := range c.Variants {
		if v.ComparedWith != "" && !slices.Contains(refs, v.ComparedWith) {
			refs = append(refs, v.ComparedWith)
		}
	}
	return refs
}

// sevRank orders severities for sorting, the most severe highest.
func sevRank(s align.Severity) int {
	for i, t := range align.Severities() {
		if s == t {
			return len(align.Severities()) - i
		}
	}
	return 0
}

// clusterView is the part of c compared with variant refID: the whole
// cluster unless it joins the fragments of one statement. The first part,
// the cluster's own reference's, also shows the findings that name no
// variant.
func (ix *index) clusterView(c *align.Cluster, min align.Severity, refID string) clusterView {
	cv := clusterView{Cluster: c, Speaker: ix.speakerName(c.SpeakerID), Severity: align.Info}
	variants := map[string]*align.Variant{}
	for i := range c.Variants {
		variants[c.Variants[i].ID] = &c.Variants[i]
	}
	if ref, ok := variants[refID]; ok {
		cv.Reference = ix.fromVariant(ref)
	} else {
		cv.Reference = ix.legacyReference(c)
	}
	seen := map[string]bool{}
	for i := range c.Findings {
		f := &c.Findings[i]
		if !f.Severity.AtLeast(min) || f.Verdict == align.Identical || f.Verdict == align.SingleSource {
			// Identical and single-source findings deviate from nothing.
			continue
		}
		v, named := variants[f.Variant]
		part := c.Reference // a variant that names no reference was compared with the cluster's
		if named {
			part = cmp.Or(v.ComparedWith, c.Reference)
		}
		if part != refID {
			continue
		}
		var d variantView
		if named {
			d = ix.fromVariant(v)
			d.Quote, d.RefQuote = f.A, f.B
		} else {
			d = ix.legacyDeviation(f)
		}
		d.Verdict, d.Severity, d.Finding = f.Verdict, f.Severity, f
		if len(d.Diff) == 0 {
			d.Diff = f.Diff
		}
		switch f.Verdict {
		case align.WordingAltered, align.Trimmed, align.WordsAdded:
			d.Changes = changesUpTo(elideLong(d.Diff, displayWords/2), changeLimit)
		case align.SpeakerDiffers:
			d.Speaker = ix.quoteSpeaker(d.Quote)
		}
		// An article that repeats a quote yields the same comparison
		// twice; a reader needs it once.
		key := strings.Join(d.Outlets, "\x00") + "\x01" + string(d.Verdict) + "\x01" + DiffPlain(d.Diff) + "\x01" + d.Text
		if seen[key] {
			continue
		}
		seen[key] = true
		cv.Deviations = append(cv.Deviations, d)
		if sevRank(d.Severity) > sevRank(cv.Severity) {
			cv.Severity = d.Severity
		}
	}
	slices.SortStableFunc(cv.Deviations, func(a, b variantView) int {
		return cmp.Compare(sevRank(b.Severity), sevRank(a.Severity))
	})
	return cv
}

// fromVariant shows a variant align built.
func (ix *index) fromVariant(v *align.Variant) variantView {
	vv := variantView{ID: v.ID, Verdict: v.Verdict, Severity: v.Severity, Text: v.Text,
		Articles: v.Articles, Diff: v.Diff}
	vv.Outlets = ix.labels(v.Articles)
	if len(vv.Outlets) == 0 {
		vv.Outlets = v.Outlets
	}
	if len(v.Quotes) > 0 {
		vv.Quote = v.Quotes[0]
		if vv.Text == "" {
			vv.Text = ix.quoteText(vv.Quote)
		}
	}
	return vv
}

// legacyReference stands in for a cluster without variants (a Result built
// by hand): the first finding's reference (B when it names a variant, else
// A), else the first quote.
func (ix *index) legacyReference(c *align.Cluster) variantView {
	q := ""
	if len(c.Findings) > 0 {
		q = c.Findings[0].A
		if c.Findings[0].Variant != "" {
			q = c.Findings[0].B // align's convention: B is the reference
		}
	} else if len(c.Quotes) > 0 {
		q = c.Quotes[0]
	}
	v := variantView{Verdict: align.Identical, Severity: align.Info, Text: ix.quoteText(q), Quote: q}
	if a := ix.quoteArticle(q); a != "" {
		v.Articles = []string{a}
		v.Outlets = ix.labels(v.Articles)
	}
	if len(c.Findings) == 0 {
		// Nothing deviates: every article carries the reference.
		v.Articles, v.Outlets = nil, nil
		for _, id := range c.Quotes {
			v.Articles = append(v.Articles, ix.quoteArticle(id))
		}
		v.Outlets = ix.labels(v.Articles)
	}
	return v
}

// legacyDeviation shows a finding that names no variant: version B (a
// quote or an unquoted span) against version A.
func (ix *index) legacyDeviation(f *align.Finding) variantView {
	d := variantView{Quote: f.B, RefQuote: f.A, Diff: f.Diff}
	switch {
	case f.Variant != "":
		// A finding on a variant the cluster does not list: align's
		// convention still holds, A the variant and B the reference, with
		// a diff from A to B.
		d = variantView{ID: f.Variant, Quote: f.A, RefQuote: f.B, Text: ix.quoteText(f.A),
			Articles: []string{ix.quoteArticle(f.A)}, Diff: reverseOps(f.Diff)}
	case f.BSpan != nil:
		d.Quote, d.Span, d.Text = "", f.BSpan, f.BSpan.Text
		d.Articles = []string{f.BSpan.Article}
	case f.B != "":
		d.Text = ix.quoteText(f.B)
		d.Articles = []string{ix.quoteArticle(f.B)}
	default:
		d.Quote, d.Text = f.A, ix.quoteText(f.A)
		d.Articles = []string{ix.quoteArticle(f.A)}
	}
	if len(f.Articles) > 0 {
		d.Articles = f.Articles
	}
	d.Outlets = ix.labels(d.Articles)
	if len(d.Outlets) == 0 {
		d.Outlets = f.Outlets
	}
	return d
}

// reverseOps turns a diff from A to B into one from B to A.
func reverseOps(ops []align.Op) []align.Op {
	out := make([]align.Op, len(ops))
	for i, op := range ops {
		switch op.Op {
		case opDelete:
			op.Op = opInsert
		case opInsert:
			op.Op = opDelete
		}
		out[i] = op
	}
	return out
}

// labels names articles by outlet, once each, in order.
func (ix *index) labels(articles []string) []string {
	var out []string
	seen := map[string]bool{} // a wire story's variant may have thousands
	for _, a := range articles {
		if a == "" {
			continue
		}
		if l := ix.articleLabel(a); !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// outletList joins outlet labels for one line: up to limit names, then
// "and N more".
func outletList(outlets []string, limit int) string {
	if limit > 0 && len(outlets) > limit+1 {
		return strings.Join(outlets[:limit], ", ") + fmt.Sprintf(" and %d more", len(outlets)-limit)
	}
	return strings.Join(outlets, ", ")
}

// deviationLabel heads a deviation: "wording-altered (error), Spun
// copy", with "(unquoted)" for a paraphrase and the credited speaker for
// speaker-differs.
func deviationLabel(d variantView, outletLimit int) string {
	s := string(d.Verdict) + " (" + string(d.Severity) + "), " + outletList(d.Outlets, outletLimit)
	if d.Span != nil {
		s += " (unquoted)"
	}
	if d.Speaker != "" {
		s += " (credited to " + d.Speaker + ")"
	}
	return s
}

// referenceLabel heads the reference: "reference (BBC News, AFP)", or
// "every version (…)" when nothing deviates.
func referenceLabel(cv clusterView, outletLimit int) string {
	if len(cv.Deviations) == 0 {
		return "every version (" + outletList(cv.Reference.Outlets, outletLimit) + ")"
	}
	return "reference (" + outletList(cv.Reference.Outlets, outletLimit) + ")"
}

// tally counts what a report lists and what it only counts.
type tally struct {
	Articles, Quotes, Speakers, Clusters int
	// Shown clusters by their worst shown severity.
	Errors, Warnings, Infos int
	// Clusters not shown, by kind.
	Identical, SingleSource, Minor int
	// Findings shown, by verdict; and the number not shown.
	Findings map[align.Verdict]int
	Hidden   int
}

func (r *Report) tally(shown []clusterView, min align.Severity) tally {
	t := tally{
		Articles: len(r.Result.Articles), Speakers: len(r.Result.Speakers),
		Clusters: len(r.Result.Clusters), Findings: map[align.Verdict]int{},
	}
	for _, a := range r.Result.Articles {
		t.Quotes += len(a.Quotes)
	}
	// The parts of a joined cluster are listed apart, counted once, by
	// the worst; the clusters listed are the keys.
	worst := map[string]align.Severity{}
	for _, cv := range shown {
		if w, ok := worst[cv.ID]; !ok || sevRank(cv.Severity) > sevRank(w) {
			worst[cv.ID] = cv.Severity
		}
	}
	for _, sev := range worst {
		switch sev {
		case align.Error:
			t.Errors++
		case align.Warning:
			t.Warnings++
		default:
			t.Infos++
		}
	}
	for _, c := range r.Result.Clusters {
		for _, f := range c.Findings {
			if f.Severity.AtLeast(min) {
				t.Findings[f.Verdict]++
			} else {
				t.Hidden++
			}
		}
		if _, listed := worst[c.ID]; listed {
			continue
		}
		switch c.Verdict {
		case align.Identical:
			t.Identical++
		case align.SingleSource:
			t.SingleSource++
		default:
			t.Minor++
		}
	}
	return t
}

// summaryLines is the summary the table, Markdown and HTML formats share:
// what was read, what is listed, and what is only counted here.
func (r *Report) summaryLines(min align.Severity) []string {
	if r.Command != CommandCheck {
		t := r.tally(nil, min)
		return []string{fmt.Sprintf("%s, %s, %s", plural(t.Articles, "article"), plural(t.Quotes, "quote"), plural(t.Speakers, "speaker"))}
	}
	ix := newIndex(&r.Result)
	t := r.tally(r.clusterViews(ix, min), min)
	lines := []string{fmt.Sprintf("%s, %s, %s, %s", plural(t.Articles, "article"), plural(t.Quotes, "quote"),
		plural(t.Speakers, "speaker"), plural(t.Clusters, "cluster"))}
	var listed []string
	for _, p := range []struct {
		n    int
		what string
	}{{t.Errors, "with errors"}, {t.Warnings, "with warnings"}, {t.Infos, "with minor or no differences"}} {
		if p.n > 0 {
			listed = append(listed, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	if len(listed) == 0 {
		lines[0] += "; none listed"
	} else {
		lines[0] += "; listed: " + strings.Join(listed, ", ")
	}
	var parts []string
	for _, v := range align.VerdictsByPrecedence() {
		if n := t.Findings[v]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v))
		}
	}
	if len(parts) == 0 {
		lines = append(lines, "No findings.")
	} else {
		lines = append(lines, "Findings: "+strings.Join(parts, ", ")+".")
	}
	var counted []string
	for _, p := range []struct {
		n    int
		what string
	}{{t.Identical, "identical"}, {t.SingleSource, "single-source"}, {t.Minor, "minor"}} {
		if p.n > 0 {
			counted = append(counted, fmt.Sprintf("%d %s", p.n, p.what))
		}
	}
	var notListed []string
	if n := t.Identical + t.SingleSource + t.Minor; n > 0 {
		notListed = append(notListed, fmt.Sprintf("%s (%s)", plural(n, "cluster"), strings.Join(counted, ", ")))
	}
	if t.Hidden > 0 {
		notListed = append(notListed, fmt.Sprintf("%s below %s", plural(t.Hidden, "finding"), min))
	}
	if len(notListed) > 0 {
		lines = append(lines, "Not listed: "+strings.Join(notListed, ", ")+"; --min-severity info lists them.")
	}
	// A limit the check reached may have cost findings: never leave it
	// to the JSON alone.
	for _, n := range r.Result.Notices {
		lines = append(lines, "Limit reached: "+n)
	}
	return lines
}
