package align

import (
	"sort"
	"strconv"
	"strings"

	"github.com/quotecheck/quotecheck/identity"
	"github.com/quotecheck/quotecheck/quotes"
)

// ResolveSpeakers joins the speakers of all articles into one identity
// each. It sets SpeakerID on every attributed quote, in place
// (arts[i].Quotes[j].SpeakerID), and returns the identities sorted by ID
// with their aliases and the articles that quote them.
//
// Within an article, quotes.Attribute has already named each speaker by
// the fullest name the article gives. Across articles, package identity
// decides (identity.Cluster): names equal after folding accents and
// dropping titles are one; full names that are identity.Same are one
// ("Robert M. Dale" and "Robert Dale", or a one-letter misspelling of a
// long surname in another outlet); a short form ("Dale", "Mr Dale",
// "Sir Robert", "Lloyd Webber") joins the one person it fits and stays
// apart when two fit, so two people who share a surname remain two;
// organisations are one when their names match or one begins the other.
//
// The aliases come from ArticleQuotes.Names, which Prepare fills from the
// same analysis that attributed the quotes; only when they are missing is
// an article analysed again.
//
// The identity's Name is its fullest name; its ID is the slug of that
// name, with "-2", "-3" added if two identities would share one.
func ResolveSpeakers(arts []ArticleQuotes) []Speaker {
	var locals []*localSpeaker
	byKey := make(map[string]*localSpeaker)
	for ai := range arts {
		art := &arts[ai]
		var names map[string]quotes.Name
		for qi := range art.Quotes {
			q := &art.Quotes[qi]
			q.SpeakerID = ""
			if q.Speaker == "" {
				continue
			}
			if names == nil {
				names = make(map[string]quotes.Name)
				list := art.Names
				if list == nil {
					list = quotes.Names(art.Article, art.Quotes)
				}
				for _, n := range list {
					names[n.Name] = n
				}
			}
			kind := q.SpeakerKind
			if kind == "" {
				kind = "person"
			}
			key := strconv.Itoa(ai) + "\x00" + kind + "\x00" + q.Speaker
			ls := byKey[key]
			if ls == nil {
				ls = &localSpeaker{article: ai, name: q.Speaker, kind: kind}
				if n, ok := names[q.Speaker]; ok {
					ls.aliases = append(ls.aliases, n.Aliases...)
				}
				byKey[key] = ls
				locals = append(locals, ls)
			}
			if q.Mention != nil && !identity.IsPronoun(q.Mention.Text) && !namesDocument(q.Mention.Text) {
				ls.aliases = append(ls.aliases, q.Mention.Text)
			}
			ls.quotes = append(ls.quotes, [2]int{ai, qi})
		}
	}
	groups := groupLocals(locals)
	speakers := make([]Speaker, len(groups))
	order := make([]int, len(groups))
	for gi, g := range groups {
		speakers[gi] = identityOf(g, arts)
		order[gi] = gi
	}
	sort.SliceStable(order, func(i, j int) bool {
		a, b := speakers[order[i]], speakers[order[j]]
		if a.ID != b.ID {
			return a.ID < b.ID
		}
		return a.Name < b.Name
	})
	// Make IDs unique, then hand them to the quotes.
	seen := make(map[string]int)
	out := make([]Speaker, 0, len(groups))
	for _, gi := range order {
		sp := speakers[gi]
		if sp.ID == "" {
			sp.ID = "speaker"
		}
		seen[sp.ID]++
		if n := seen[sp.ID]; n > 1 {
			sp.ID += "-" + strconv.Itoa(n)
		}
		for _, ls := range groups[gi] {
			for _, ref := range ls.quotes {
				arts[ref[0]].Quotes[ref[1]].SpeakerID = sp.ID
			}
		}
		out = append(out, sp)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// localSpeaker is one speaker name as one article uses it.
type localSpeaker struct {
	article int
	name    string
	kind    string
	aliases []string
	quotes  [][2]int // (article, quote) indices
}

// namesDocument reports whether a mention names a document that speaks
// for someone ("the statement added", "a declaration from the Home
// Office"): the words attribute a quote but are not a name for its speaker.
func namesDocument(m string) bool {
	for _, w := range strings.Fields(strings.ToLower(m)) {
		switch w {
		case "statement", "declaration", "release", "announcement", "letter", "report", "filing", "communique", "communiqué":
			return true
		}
	}
	return false
}

// groupLocals joins local speakers into identities by package identity's
// rules, in a deterministic order (the order the articles and quotes
// give).
func groupLocals(locals []*localSpeaker) [][]*localSpeaker {
	entries := make([]identity.Entry, len(locals))
	for i, ls := range locals {
		entries[i] = identity.Entry{Name: ls.name, Kind: ls.kind, Source: ls.article}
	}
	var groups [][]*localSpeaker
	for i, g := range identity.Cluster(entries) {
		if g == len(groups) {
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], locals[i])
	}
	return groups
}

// identityOf builds the Speaker for one group of local speakers.
func identityOf(g []*localSpeaker, arts []ArticleQuotes) Speaker {
	// The fullest name: most words without a title, then the most quotes,
	// then the earliest seen.
	best := g[0]
	bestLen := nameLen(best)
	count := func(ls *localSpeaker) int { return len(ls.quotes) }
	for _, ls := range g[1:] {
		l := nameLen(ls)
		if l > bestLen || (l == bestLen && count(ls) > count(best)) {
			best, bestLen = ls, l
		}
	}
	s := Speaker{Name: best.name, Kind: best.kind}
	s.ID = identity.Slug(s.Name)
	seen := map[string]bool{s.Name: true}
	add := func(a string) {
		a = strings.TrimSpace(a)
		if a == "" || seen[a] {
			return
		}
		seen[a] = true
		s.Aliases = append(s.Aliases, a)
	}
	for _, ls := range g {
		add(ls.name)
		for _, a := range ls.aliases {
			add(a)
		}
	}
	arts2 := make(map[string]bool)
	for _, ls := range g {
		id := arts[ls.article].Article.ID
		if id == "" && len(ls.quotes) > 0 {
			id = arts[ls.article].Quotes[ls.quotes[0][1]].Article
		}
		arts2[id] = true
	}
	for id := range arts2 {
		s.Articles = append(s.Articles, id)
	}
	sort.Strings(s.Articles)
	return s
}

// nameLen is how full a name is: its words without titles and suffixes
// for a person, all its words for an organisation.
func nameLen(ls *localSpeaker) int {
	if ls.kind == "person" {
		return len(identity.Parse(ls.name).Words())
	}
	return len(strings.Fields(ls.name))
}
