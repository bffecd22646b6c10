package quotes

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// quotesByMarks builds the quotes of a test text by string search: every
// “…” pair and every pair of straight double marks, without nesting. A
// quote is direct when it ends in punctuation or follows a colon, partial
// otherwise; kinds overrides that for the quote texts it names.
func quotesByMarks(text string, kinds map[string]Kind) []Quote {
	var qs []Quote
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		var closeMark string
		switch r {
		case '“':
			closeMark = "”"
		case '"':
			closeMark = `"`
		default:
			i += size
			continue
		}
		start := i + size
		j := strings.Index(text[start:], closeMark)
		if j < 0 {
			break
		}
		end := start + j
		q := Quote{Text: text[start:end], Start: start, End: end, Open: string(r), Close: closeMark, Parent: -1}
		before := strings.TrimRight(text[:i], " ")
		switch {
		case kinds[q.Text] != "":
			q.Kind = kinds[q.Text]
		case strings.HasSuffix(before, ":") || strings.ContainsAny(q.Text[len(q.Text)-1:], ".,!?"):
			q.Kind = Direct
		default:
			q.Kind = Partial
		}
		q.ID = "t#" + string(rune('0'+len(qs)%10))
		qs = append(qs, q)
		i = end + len(closeMark)
	}
	return qs
}

type attrCase struct {
	name    string
	text    string
	quote   string // the quote to check (its text, or a prefix of it)
	speaker string // "" when the quote must stay unattributed or its speaker unnamed
	mention string // checked when not empty; with speaker "", the unresolved mention
	cue     string // checked when not empty
	kind    string // SpeakerKind, checked when not empty
	kinds   map[string]Kind
	extract bool // take the quotes and their kinds from Extract, not from quotesByMarks
}

func runAttrCases(t *testing.T, cases []attrCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := Article{ID: "t", Text: c.text}
			in := quotesByMarks(c.text, c.kinds)
			if c.extract {
				in = Extract(a)
			}
			qs := Attribute(a, in)
			var q *Quote
			for i := range qs {
				if strings.HasPrefix(qs[i].Text, c.quote) {
					q = &qs[i]
					break
				}
			}
			if q == nil {
				t.Fatalf("quote %q not found among %d quotes", c.quote, len(qs))
			}
			mention := ""
			if q.Mention != nil {
				mention = q.Mention.Text
				if c.text[q.Mention.Start:q.Mention.End] != q.Mention.Text {
					t.Errorf("mention %q does not match its offsets %d:%d", q.Mention.Text, q.Mention.Start, q.Mention.End)
				}
			}
			if q.Speaker != c.speaker {
				t.Fatalf("speaker = %q (mention %q, cue %q), want %q", q.Speaker, mention, q.Cue, c.speaker)
			}
			if c.speaker == "" && c.mention != "" {
				// Attributed to a pronoun or "I" that names no one in reach.
				if mention != c.mention || q.SpeakerKind != "" || q.Cue == "" {
					t.Errorf("unresolved attribution: mention %q, cue %q, kind %q; want mention %q", mention, q.Cue, q.SpeakerKind, c.mention)
				}
				return
			}
			if c.speaker == "" {
				if q.Mention != nil || q.Cue != "" || q.SpeakerKind != "" {
					t.Errorf("unattributed quote has mention %v, cue %q, kind %q", q.Mention, q.Cue, q.SpeakerKind)
				}
				return
			}
			if c.mention != "" && mention != c.mention {
				t.Errorf("mention = %q, want %q", mention, c.mention)
			}
			if c.cue != "" && q.Cue != c.cue {
				t.Errorf("cue = %q, want %q", q.Cue, c.cue)
			}
			if c.kind != "" && q.SpeakerKind != c.kind {
				t.Errorf("speaker kind = %q, want %q", q.SpeakerKind, c.kind)
			}
		})
	}
}

func TestAttributeCueAfter(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "name then said",
			text:  "Energy Secretary Daniel Harlow visited the plant in Leeds on Friday.\n\n\"We will not back down,\" Mr Harlow said.",
			quote: "We will not back down", speaker: "Daniel Harlow", mention: "Mr Harlow", cue: "said", kind: "person"},
		{name: "said then title and name",
			text:  "\"The figures speak for themselves,\" said Dame Anne Kerridge, who chairs the trust.",
			quote: "The figures", speaker: "Anne Kerridge", mention: "Dame Anne Kerridge", cue: "said"},
		{name: "said then title and first name",
			text:  "Dame Anne Kerridge chairs the hospital trust.\n\n\"Nobody will lose their job,\" said Dame Anne.",
			quote: "Nobody", speaker: "Anne Kerridge", mention: "Dame Anne", cue: "said"},
		{name: "pronoun told a news conference",
			text:  "Health Minister Priya Natarajan toured the ward on Friday.\n\n\"We are ready for the winter,\" she told a news conference.",
			quote: "We are ready", speaker: "Priya Natarajan", mention: "she", cue: "told"},
		{name: "role noun admitted",
			text:  "Chancellor Helen Marsh unveiled the budget on Wednesday.\n\n\"It was a mistake to wait,\" the chancellor admitted.",
			quote: "It was a mistake", speaker: "Helen Marsh", mention: "the chancellor", cue: "admitted"},
		{name: "curly marks and tweeted",
			text:  "Senator Maria Delgado was unmoved. “This bill is dead on arrival,” Ms Delgado tweeted.",
			quote: "This bill", speaker: "Maria Delgado", mention: "Ms Delgado", cue: "tweeted"},
		{name: "period inside the quote",
			text:  "Coach Brian Saunders was furious after the match.\n\n\"That was a disgrace.\" Saunders said.",
			quote: "That was a disgrace", speaker: "Brian Saunders", mention: "Saunders", cue: "said"},
	})
}

func TestAttributeCueBefore(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "told MPs colon",
			text:  "Labour MP Grace Okafor led the debate.\n\nMs Okafor told MPs: \"The scheme has failed the people it was meant to help.\"",
			quote: "The scheme", speaker: "Grace Okafor", mention: "Ms Okafor", cue: "told"},
		{name: "pronoun said colon",
			text:  "Club chairman Peter Vance arrived at the hearing with his lawyers.\n\nHe said: \"We have done nothing wrong and we will prove it.\"",
			quote: "We have done", speaker: "Peter Vance", mention: "He", cue: "said"},
		{name: "role noun said colon",
			text:  "Home Secretary James Whitlock faced questions in the Commons.\n\nThe home secretary said: \"Our borders are more secure than they have ever been.\"",
			quote: "Our borders", speaker: "James Whitlock", mention: "The home secretary", cue: "said"},
		{name: "said in a statement colon",
			text:  "The Football Association said in a statement: \"We condemn all forms of discrimination.\"",
			quote: "We condemn", speaker: "Football Association", cue: "said", kind: "organisation"},
		{name: "label colon",
			text:  "And from Chairwoman Rosa Lee: \"The committee will meet again next week.\"",
			quote: "The committee", speaker: "Rosa Lee", cue: ":"},
	})
}

func TestAttributePartialInReportedSpeech(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said the plan was",
			text:  "Rachel Dunmore, the shadow chancellor, spoke on Sunday. Mrs Dunmore said the plan was a \"sticking plaster\" for a broken system.",
			quote: "sticking plaster", speaker: "Rachel Dunmore", mention: "Mrs Dunmore", cue: "said"},
		{name: "described as",
			text:  "Union leader Carl Jessop described the report as \"a whitewash from start to finish\".",
			quote: "a whitewash", speaker: "Carl Jessop", cue: "described"},
		{name: "called the decision",
			text:  "Paul Ashdown runs the local food bank. Mr Ashdown called the decision \"deeply regrettable\".",
			quote: "deeply regrettable", speaker: "Paul Ashdown", cue: "called"},
		{name: "warned the bank was",
			text:  "Economist Sarah Yates spoke to the BBC. Ms Yates warned the bank was \"sleepwalking into a crisis\".",
			quote: "sleepwalking", speaker: "Sarah Yates", cue: "warned"},
		{name: "second fragment after another verb",
			text:  "Mr Ferris said the cuts were \"reckless\" and would leave towns \"hollowed out\".",
			quote: "hollowed out", speaker: "Ferris", cue: "said"},
		{name: "participle borrows the subject",
			text:  "The mayor, Joan Pike, rejected the audit on Tuesday, saying it was \"riddled with errors\".",
			quote: "riddled", speaker: "Joan Pike", cue: "saying"},
		{name: "second verb after but",
			text:  "Sir Alan Crabtree said the team had been \"let down\", but insisted he would \"fight on\".",
			quote: "fight on", speaker: "Alan Crabtree", cue: "insisted"},
		{name: "participle after a named subject",
			text:  "The strike ended last week, with union boss Kevin Marr calling the offer \"a step forward\".",
			quote: "a step forward", speaker: "Kevin Marr", cue: "calling"},
	})
}

func TestAttributeAccordingTo(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "according to before",
			text:  "According to the Met Office, the storm was \"the worst in a generation\".",
			quote: "the worst", speaker: "Met Office", cue: "according to", kind: "organisation"},
		{name: "according to after",
			text:  "The bridge will stay shut for \"at least six months\", according to council engineer Dev Sharma.",
			quote: "at least", speaker: "Dev Sharma", cue: "according to"},
	})
}

func TestAttributeDash(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "em dash",
			text:  "\"We will rebuild this town brick by brick.\" — Mayor Linda Okoro",
			quote: "We will rebuild", speaker: "Linda Okoro", cue: "—"},
		{name: "en dash with senator",
			text:  "“No one is above the law.” – Senator Jane Roe\n\nThe vote is on Tuesday.",
			quote: "No one", speaker: "Jane Roe", cue: "–"},
	})
}

func TestAttributeAppositive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "name comma description comma said",
			text:  "Hugh Hill, a local doctor, said the ward was \"at breaking point\".",
			quote: "at breaking point", speaker: "Hugh Hill", cue: "said"},
		{name: "description comma name comma said",
			text:  "The opposition leader, Tom Beckett, said: \"This government has run out of ideas.\"",
			quote: "This government", speaker: "Tom Beckett", cue: "said"},
		{name: "relative clause",
			text:  "Okafor, who has sat on the committee since 2015, called the ruling \"a betrayal\".",
			quote: "a betrayal", speaker: "Okafor", cue: "called"},
	})
}

func TestAttributeTitlesAndRoles(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "capitalised office before name",
			text:  "Transport Secretary Mark Ellison said the rail link would be \"back on track by spring\".",
			quote: "back on track", speaker: "Mark Ellison", mention: "Transport Secretary Mark Ellison"},
		{name: "abbreviated office then role noun",
			text:  "Deputy PM Anna Kowalczyk opened the summit.\n\nLater the deputy prime minister added: \"Nobody wants a trade war.\"",
			quote: "Nobody", speaker: "Anna Kowalczyk", mention: "the deputy prime minister", cue: "added"},
		{name: "possessive country and lower-case role",
			text:  "The country's foreign ministry spokesperson Wang Li said the report was \"groundless\".",
			quote: "groundless", speaker: "Wang Li"},
		{name: "prime minister is not the deputy",
			text:  "Prime Minister Ruth Adebayo and Deputy Prime Minister Colin Brandt met the unions.\n\nThe prime minister said: \"We are close to a deal.\"",
			quote: "We are close", speaker: "Ruth Adebayo", mention: "The prime minister"},
		{name: "peer title with surname",
			text:  "Foreign Secretary Lord Hartley flew to Cairo. Lord Hartley said the ceasefire was \"fragile but holding\".",
			quote: "fragile", speaker: "Lord Hartley", mention: "Lord Hartley"},
	})
}

func TestAttributeOrganisations(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "embassy said",
			text:  "The Russian embassy said the accusations were \"absurd\".",
			quote: "absurd", speaker: "Russian embassy", kind: "organisation"},
		{name: "unnamed source",
			text:  "A Downing Street source told the Guardian the talks were \"going nowhere\".",
			quote: "going nowhere", speaker: "Downing Street source", cue: "told"},
		{name: "statement from",
			text:  "A statement from the Department of Health said the hospital had \"followed every guideline\".",
			quote: "followed", speaker: "Department of Health", kind: "organisation"},
		{name: "spokesperson speaks for the organisation",
			text:  "A Home Office spokesperson said: \"We do not comment on individual cases.\"",
			quote: "We do not", speaker: "Home Office", kind: "organisation"},
		{name: "passive with agent",
			text:  "The policy was branded \"a betrayal of young people\" by student leaders.",
			quote: "a betrayal", speaker: "student leaders", kind: "group"},
		{name: "statement added refers back",
			text:  "The Chinese embassy said: \"These claims are baseless.\"\n\nBeijing urged London to \"stop the smears\" at once, the statement added.",
			quote: "stop the smears", speaker: "Chinese embassy", mention: "the statement", cue: "added"},
	})
}

func TestAttributePronouns(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "it is the organisation",
			text:  "The Football Association said it was reviewing the footage.\n\n\"We take these incidents extremely seriously,\" it added.",
			quote: "We take", speaker: "Football Association", mention: "it"},
		{name: "they after a spokesperson",
			text:  "A Tesco spokesperson said the recall was \"precautionary\".\n\nThey added: \"Customers can return the product to any store.\"",
			quote: "Customers", speaker: "Tesco", mention: "They"},
		{name: "she skips a man mentioned since",
			text:  "Dame Joan Avery met Mr Tom Pike on Monday.\n\n\"It was a good meeting,\" she said.",
			quote: "It was", speaker: "Joan Avery", mention: "she"},
		{name: "he is the latest subject, not an object",
			text:  "Coach Ian Brody praised striker Leon Amadi after the game. \"We were brilliant today,\" he said.",
			quote: "We were", speaker: "Ian Brody", mention: "he"},
		{name: "pronoun with no antecedent stays unattributed",
			text:  "\"This is just the beginning,\" he said.",
			quote: "This is", speaker: "", mention: "he"},
		{name: "all three",
			text:  "Ann Lee, Raj Patel and Tom Weir voted against the motion. All three councillors said the budget was \"unworkable\".",
			quote: "unworkable", speaker: "Ann Lee, Raj Patel and Tom Weir", kind: "group"},
	})
}

func TestAttributeContinuation(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "next paragraph inherits",
			text:  "\"We have the best squad in the league,\" Coach Ian Brody said.\n\n\"Nobody can touch us this season.\"",
			quote: "Nobody can", speaker: "Ian Brody", mention: "Coach Ian Brody"},
		{name: "next sentence inherits",
			text:  "\"We were lucky,\" Ms Okafor said. \"The second half was poor.\"",
			quote: "The second half", speaker: "Okafor"},
		{name: "change of subject stops it",
			text:  "\"We were lucky,\" Ms Okafor said.\n\nThe club has not won away since March.\n\n\"The second half was poor.\"",
			quote: "The second half", speaker: ""},
		{name: "no cue anywhere",
			text:  "The banner over the gate, \"Never again\" in red letters, was new.",
			quote: "Never again", speaker: ""},
	})
}

func TestAttributeKindsWithoutSpeaker(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "scare quote next to a cue",
			text:  "Officials said the so-called \"ghost flights\" had stopped.",
			quote: "ghost flights", speaker: "", kinds: map[string]Kind{"ghost flights": Scare}},
		{name: "title",
			text:  "Mr Reed said he had never read \"The Road to Wigan Pier\".",
			quote: "The Road", speaker: "", kinds: map[string]Kind{"The Road to Wigan Pier": Title}},
		{name: "headline",
			text:  "\"We will fight on\"\n\nThe leader said on Monday that the party would not split.",
			quote: "We will", speaker: "", kinds: map[string]Kind{"We will fight on": Headline}},
		{name: "impersonal passive names nobody",
			text:  "It's suggested the gang used \"spear phishing\" to get in.",
			quote: "spear phishing", speaker: ""},
		{name: "one described names nobody",
			text:  "Mr Rees briefed MPs for an hour, giving what one described as a \"tour of the horizon\".",
			quote: "tour of the horizon", speaker: ""},
	})
}

func TestAttributeSameSurname(t *testing.T) {
	text := "Tom Harding, the club's manager, said the pitch was \"unplayable\".\n\n" +
		"His brother Neil Harding, who owns the ground, disagreed. Neil Harding said the surface was \"perfectly fine\".\n\n" +
		"\"We have spent a fortune on it,\" Mr Harding said."
	qs := Attribute(Article{ID: "t", Text: text}, quotesByMarks(text, nil))
	want := []string{"Tom Harding", "Neil Harding", "Neil Harding"}
	if len(qs) != len(want) {
		t.Fatalf("got %d quotes, want %d", len(qs), len(want))
	}
	for i, w := range want {
		if qs[i].Speaker != w {
			t.Errorf("quote %d %q: speaker %q, want %q", i, qs[i].Text, qs[i].Speaker, w)
		}
	}
	names := Names(Article{ID: "t", Text: text}, qs)
	n := 0
	for _, nm := range names {
		if strings.HasSuffix(nm.Name, "Harding") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("Names lists %d Hardings, want 2: %+v", n, names)
	}
}

func TestNamesAliases(t *testing.T) {
	text := "Former Labour leader Sir Keir Fenwick spoke first. \"We were wrong,\" Sir Keir said.\n\n" +
		"Deputy PM Oliver Grant replied. Mr Grant said the plan was \"sound\". Grant added that the deputy prime minister's office would publish it."
	a := Article{ID: "t", Text: text}
	names := Names(a, quotesByMarks(text, nil))
	find := func(name string) *Name {
		for i := range names {
			if names[i].Name == name {
				return &names[i]
			}
		}
		return nil
	}
	cases := []struct {
		name    string
		aliases []string
	}{
		{"Keir Fenwick", []string{"Sir Keir", "Sir Keir Fenwick", "Former Labour leader Sir Keir Fenwick"}},
		{"Oliver Grant", []string{"Deputy PM Oliver Grant", "Mr Grant", "Grant", "the deputy prime minister"}},
	}
	for _, c := range cases {
		n := find(c.name)
		if n == nil {
			t.Errorf("no Name %q in %+v", c.name, names)
			continue
		}
		if n.Kind != "person" {
			t.Errorf("%s: kind %q", c.name, n.Kind)
		}
		for _, al := range c.aliases {
			if !slices.Contains(n.Aliases, al) {
				t.Errorf("%s: alias %q missing from %q", c.name, al, n.Aliases)
			}
		}
	}
}

func TestAttributeLeavesInputAlone(t *testing.T) {
	text := "\"Fine,\" Mr Cole said."
	qs := quotesByMarks(text, nil)
	qs[0].Speaker = "stale"
	out := Attribute(Article{Text: text}, qs)
	if qs[0].Speaker != "stale" {
		t.Errorf("Attribute changed its input")
	}
	if out[0].Speaker != "Cole" {
		t.Errorf("speaker %q, want Cole", out[0].Speaker)
	}
	if len(Attribute(Article{Text: text}, nil)) != 0 {
		t.Errorf("no quotes in, quotes out")
	}
}

func TestCueLexicon(t *testing.T) {
	forms := CueForms()
	if len(forms) < 300 {
		t.Errorf("only %d reporting-verb forms", len(forms))
	}
	for _, w := range []string{"said", "says", "saying", "told", "tells", "added", "stated", "warned", "insisted",
		"argued", "claimed", "wrote", "written", "tweeted", "asked", "explained", "noted", "urged", "accused",
		"called", "described", "admitted", "replied", "denied", "quipped", "emphasised", "chanted", "continued", "likened"} {
		if _, ok := lookupCue(w); !ok {
			t.Errorf("%q is not a reporting word", w)
		}
	}
	for _, w := range []string{"report", "statement", "claims said", "the"} {
		if c, ok := lookupCue(w); ok && c.form != cueBase {
			t.Errorf("%q should not be a finite reporting word", w)
		}
	}
}

func TestAttributeNewsroomVariants(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "spokesman for an organisation after the quote",
			text:  "\"We're delighted with the result,\" said a spokesman for the club.",
			quote: "We're delighted", speaker: "club", kind: "organisation"},
		{name: "says then name and description",
			text:  "\"Prices will keep rising,\" says Jane Doe, a professor at Oxford.",
			quote: "Prices", speaker: "Jane Doe", cue: "says"},
		{name: "age descriptor refers back",
			text:  "Jane Doe has lived on the street for decades.\n\n\"I'm not going anywhere,\" the 45-year-old told reporters.",
			quote: "I'm not", speaker: "Jane Doe", mention: "the 45-year-old"},
		{name: "role then name after a comma",
			text:  "\"We're fine\", insisted the mayor, Jo Bright.",
			quote: "We're fine", speaker: "Jo Bright", cue: "insisted"},
		{name: "honorific before a name that is also a word",
			text:  "Mrs May, the prime minister, said: \"Our plan is working.\"",
			quote: "Our plan", speaker: "May", mention: "Mrs May"},
		{name: "abbreviated title with full stop",
			text:  "\"This is outrageous,\" said Sen. Elizabeth Warren, D-Mass.",
			quote: "This is", speaker: "Elizabeth Warren"},
		{name: "subject pronoun with nobody to refer to",
			text:  "She told the BBC: \"I was scared.\"",
			quote: "I was scared", speaker: "", mention: "She"},
		{name: "question before the colon",
			text:  "Asked whether he would resign, Mr Pollard said: \"Absolutely not.\"",
			quote: "Absolutely", speaker: "Pollard", cue: "said"},
	})
}
