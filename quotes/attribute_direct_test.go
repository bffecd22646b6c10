package quotes

import "testing"

// Direct quotes that used to get no speaker (issue 9): an inverted
// speaker that runs on past its head, reporting verbs the lexicon lacked
// and phrasal verbs. Every sentence is written for these tests.

// An inverted speaker with a postmodifier: the head speaks.
func TestDirectInvertedPostmodifiedSpeaker(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "name of an organisation in lower case",
			text:  "\"Turnout will decide it,\" said Ivo Brandt of the nonpartisan Harbor Institute.",
			quote: "Turnout will decide it", speaker: "Ivo Brandt", cue: "said"},
		{name: "name of a firm, lower-case words first",
			text:  "\"Expect more of these ads,\" said Pia Lund of digital marketing firm Brightline.",
			quote: "Expect more of these ads", speaker: "Pia Lund", cue: "said"},
		{name: "one owner of a shop that sells",
			text:  "\"We were promised customers,\" said one owner of a shop that sells phone cases who asked not to be named.",
			quote: "We were promised customers", speaker: "one owner", mention: "one owner", cue: "said"},
		{name: "a partitive: one of the organisers",
			text:  "\"Nobody expected this many,\" said one of the organisers, who asked not to be named.",
			quote: "Nobody expected this many", speaker: "organisers", mention: "one of the organisers", cue: "said"},
		{name: "a partitive with a number",
			text:  "\"The lines were long,\" said one of two poll workers who spoke on condition of anonymity.",
			quote: "The lines were long", speaker: "poll workers", cue: "said"},
		{name: "a lone role noun before a name is a title: the name speaks, not the role",
			text:  "\"Welcome, everyone,\" said master of ceremonies Jo Tanaka-Reed.",
			quote: "Welcome, everyone", speaker: "Jo Tanaka-Reed", cue: "said"},
		{name: "negative: said of names whom the words are about",
			text:  "\"A fine choice,\" said of the new coach by many fans.",
			quote: "A fine choice", speaker: ""},
		{name: "negative: one of the words is no speaker",
			text:  "\"It was, in one of the many senses of the word, a win,\" said one of the reasons for the vote.",
			quote: "It was, in one", speaker: ""},
	})
}

// Reporting verbs the lexicon lacked, and phrasal verbs that report speech
// only with their particle.
func TestDirectMoreReportingVerbs(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "shot back",
			text:  "\"That is simply untrue,\" Nadia Orsk shot back.",
			quote: "That is simply untrue", speaker: "Nadia Orsk", cue: "shot"},
		{name: "fired back, role noun",
			text:  "\"Read the bill first,\" the senator fired back.",
			quote: "Read the bill first", mention: "the senator", cue: "fired"},
		{name: "hit back with a time phrase",
			text:  "\"We never agreed to that,\" Ana Reyes hit back on Tuesday.",
			quote: "We never agreed to that", speaker: "Ana Reyes", cue: "hit"},
		{name: "chimed in",
			text:  "\"Me too,\" Ada Lane chimed in.",
			quote: "Me too", speaker: "Ada Lane", cue: "chimed"},
		{name: "inverted remembered",
			text:  "\"Everybody told her not to,\" remembered Colm Hart, the firm's former spokesman.",
			quote: "Everybody told her not to", speaker: "Colm Hart", cue: "remembered"},
		{name: "pressed, then a continuation",
			text:  "\"Would you sign it?\" Lisa Brandt pressed. \"Today?\"",
			quote: "Today", speaker: "Lisa Brandt", cue: "pressed"},
		{name: "inverted beamed",
			text:  "\"Way to go!\" beamed Rafe Okafor, a delegate from Ohio.",
			quote: "Way to go", speaker: "Rafe Okafor", cue: "beamed"},
		{name: "negative: reacted is not a reporting verb",
			text:  "After a host was fired over remarks that compared her to \"a cartoon villain,\" the anchor Lia Moss reacted with a letter.",
			quote: "a cartoon villain", speaker: ""},
		{name: "negative: said the candidate could: a reported clause, not an inverted speaker",
			text:  "Ned Ruiz, citing \"the unique pull of the campaign,\" said the candidate could win three states.",
			quote: "the unique pull", speaker: ""},
		{name: "negative: a quote that ends its sentence is not attributed by the next one",
			text:  "Early on, Vera Lind attacked Tom Osk, calling him, among other things, \"a failed mayor.\" Osk fired back in May, mocking her record.",
			quote: "a failed mayor", speaker: "Vera Lind", cue: "calling"},
		{name: "negative: shot without its particle is no speech",
			text:  "Officer Dana Pike was shot in the arm. \"Stay down.\" The street emptied.",
			quote: "Stay down", speaker: ""},
		{name: "negative: a participle the list leaves out",
			text:  "The most pressing question, \"Who pays?\", went unanswered.",
			quote: "Who pays", speaker: ""},
	})
}

// Material between the subject and its verb, and a gerund after "by".
func TestDirectSubjectAcrossAsides(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "party tag, then a participial aside",
			text:  "Few expected it. But Sen. Mona T. Kreel (D-Vt.), noting the size of the crowd, said, \"This is only the start.\"",
			quote: "This is only the start", speaker: "Mona T. Kreel", cue: "said"},
		{name: "party tag, then a relative clause",
			text:  "Rep. Ty Varga (R-Ind.), who chairs the panel, said, \"We will hold hearings.\"",
			quote: "We will hold hearings", speaker: "Ty Varga", cue: "said"},
		{name: "answered by saying",
			text:  "Governor Lise Amundsen answered the question by saying, \"We will not raise the tax.\"",
			quote: "We will not raise", speaker: "Lise Amundsen", cue: "saying"},
		{name: "closed by warning, pronoun subject",
			text:  "Mayor Cal Ibsen spoke for an hour. He closed his speech by warning, \"Winter is coming for this budget.\"",
			quote: "Winter is coming", speaker: "Cal Ibsen", cue: "warning"},
		{name: "a tagged name inside a relative clause is not the subject",
			text:  "Omar Pell, a law professor who once worked for Sen. Ruth Ames (R-Iowa), one of the bill's authors, called it \"a quiet revolution.\"",
			quote: "a quiet revolution", speaker: "Omar Pell", cue: "called"},
		{name: "negative: a noun after by is no verb",
			text:  "The law was passed by a wide margin. \"It is done.\" The chamber emptied.",
			quote: "It is done", speaker: ""},
		{name: "negative: by saying in a sentence with no subject to name",
			text:  "By saying \"no\" to the deal, the city lost its chance.",
			quote: "no", speaker: ""},
	})
}

// A digest line: "TOPIC - Source: "..."".
func TestDirectDashLabel(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a name after the dash",
			text:  "Polls missed the late surge - Nora Blaise: \"We saw it only on the last night.\" [Blog.]",
			quote: "We saw it only", speaker: "Nora Blaise", cue: ":"},
		{name: "a name with an initial",
			text:  "Turnout set a record - Jeffrey T. Oduya: \"The primary drew more voters than any since 1980.\" [Blog.]",
			quote: "The primary drew", speaker: "Jeffrey T. Oduya", cue: ":"},
		{name: "negative: the heading before the dash is not the source",
			text:  "HIGH TURNOUT IN THE SOUTH - \"Lines ran around the block.\"",
			quote: "Lines ran around", speaker: ""},
		{name: "negative: a day after the dash",
			text:  "The vote was close - Tuesday: \"Count again.\"",
			quote: "Count again", speaker: ""},
	})
}

// Speakers that are person or document nouns before a third-person verb
// that is never a noun.
func TestDirectRoleNounBeforeSays(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "the actor says of",
			text:  "\"It is a race where one horse never trained,\" the Lincoln actor says of the contest.",
			quote: "It is a race", speaker: "Lincoln actor", cue: "says"},
		{name: "the narrator says",
			text:  "\"In this town, wages go up,\" the narrator says as the music swells.",
			quote: "In this town", speaker: "narrator", cue: "says"},
		{name: "the suit says",
			text:  "\"The plaintiff was the only one punished,\" the suit says.",
			quote: "The plaintiff was", speaker: "suit", cue: "says"},
		{name: "the petition reads",
			text:  "\"We ask the council to keep the library open,\" the petition reads.",
			quote: "We ask the council", speaker: "petition", cue: "reads"},
		{name: "negative: a plural noun after a person noun",
			text:  "The officer reports were filed late. \"Nothing happened.\" The file closed.",
			quote: "Nothing happened", speaker: ""},
		{name: "negative: claims after a person noun is a noun",
			text:  "The customer claims desk shut early. \"Come back Monday.\" Nobody did.",
			quote: "Come back Monday", speaker: ""},
	})
}

// A quote that is a sentence by itself after a sentence that reports the
// same speaker's words.
func TestDirectAfterReport(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said that, then a quote paragraph",
			text:  "Defense Secretary Omar Rilke said that for years critics had predicted a pullout.\n\n\"That is not going to happen. We are here to stay.\"",
			quote: "That is not going", speaker: "Omar Rilke", cue: "said"},
		{name: "announced, then a quote in the same paragraph",
			text:  "Attorney General Nina Bose announced on Monday a lawsuit against the county. \"We are seeking an order to stop the program.\"",
			quote: "We are seeking", speaker: "Nina Bose", cue: "announced"},
		{name: "recalled how, then the quote",
			text:  "Tarek Amin recalled how on his first night all he saw was a dark road. \"I was thinking, where is the city?\"",
			quote: "I was thinking", speaker: "Tarek Amin", cue: "recalled"},
		{name: "negative: a question is answered by someone else",
			text:  "Host Dana Reel asked whether the deal was dead.\n\n\"Not at all. We are still talking.\"",
			quote: "Not at all", speaker: ""},
		{name: "negative: a transcript label inside the quote",
			text:  "Reporter Lia Moss argued that the show had gone too far.\n\n\"HOST: Do you regret it? GUEST: No.\"",
			quote: "HOST", speaker: ""},
		{name: "negative: the verb is deep in the sentence",
			text:  "After a long night of counting in three counties and a recount in a fourth, the clerk's office finally said the results were in.\n\n\"Go home.\"",
			quote: "Go home", speaker: ""},
	})
}

// A quote that ends in a nested quote, closed after a space, and a
// speaker known by a nickname.
func TestDirectNestedEndAndNickname(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "closing mark after a space",
			text:  "\"You shake hands and say, 'Well played,' \" said Rep. Ines Calder, a state legislator. \"Then you go home.\"",
			quote: "You shake hands", speaker: "Ines Calder", cue: "said", extract: true},
		{name: "the role noun known as",
			text:  "\"There was never such an order,\" said the station chief known as Max, speaking publicly for the first time.",
			quote: "There was never", speaker: "station chief", cue: "said"},
	})
}

func TestCloseAfterSpace(t *testing.T) {
	for _, c := range []struct {
		text, close string
		want        int
	}{
		{"' \" said Roe", "\"", 2},
		{"'  ” said Roe", "”", 5},
		{"' said Roe", "\"", 0},
		{"'   \" said Roe", "\"", 0}, // three spaces: not the same quote
		{"' \" said Roe", "", 0},
	} {
		if got := closeAfterSpace(c.text, 1, c.close); got != c.want {
			t.Errorf("closeAfterSpace(%q, %q) = %d, want %d", c.text, c.close, got, c.want)
		}
	}
}

// Names whose accented letters were decoded twice stay one word.
func TestDirectMojibakeNames(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "single mojibake: Ã± for ñ",
			text:  "\"We will answer with data,\" Tom\u00c3\u00a1s Pe\u00c3\u00b1alver said.",
			quote: "We will answer", speaker: "Tom\u00c3\u00a1s Pe\u00c3\u00b1alver", cue: "said"},
		{name: "double mojibake, surname alone later",
			text:  "Lucia Ord\u00c3\u0083\u00c2\u00b3\u00c3\u0083\u00c2\u00b1ez, a former envoy, spoke first.\n\n\"The claims are false,\" Ord\u00c3\u0083\u00c2\u00b3\u00c3\u0083\u00c2\u00b1ez added.",
			quote: "The claims are false", speaker: "Lucia Ord\u00c3\u0083\u00c2\u00b3\u00c3\u0083\u00c2\u00b1ez", cue: "added"},
		{name: "decomposed mojibake: A and a combining tilde",
			text:  "\"We will answer with data,\" Ines Sarda\u0041\u0303\u0083\u0041\u0302\u00a1n said.",
			quote: "We will answer", speaker: "Ines Sarda\u0041\u0303\u0083\u0041\u0302\u00a1n", cue: "said"},
		{name: "negative: a mangled no-break space still splits words",
			text:  "It cost 5\u00c2\u00a0Euros. \"Too much.\" The shop closed.",
			quote: "Too much", speaker: ""},
	})
}

// Colon intros whose subject carries an appositive or a tag.
func TestDirectColonIntroAsides(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "as X, an appositive, put it:",
			text:  "Few senators would meet the nominee. As Dale Ormsby, the No. 2 in the party leadership, put it: \"This is not about the person.\"",
			quote: "This is not about", speaker: "Dale Ormsby", cue: "put"},
		{name: "a party tag between the subject and the intro",
			text:  "Senator Mae Lott, R-Ky., delivered a blunt message to the governor: \"Stop it now.\"",
			quote: "Stop it now", speaker: "Mae Lott", cue: ":"},
		{name: "negative: two clauses before the colon",
			text:  "Senator Mae Lott, who backed the bill, left early, and the crowd had a message: \"Stop it now.\"",
			quote: "Stop it now", speaker: ""},
		{name: "negative: as ... put it too far from its as",
			text:  "As the storm passed over the bay and the boats came home one by one to the small harbor, the harbormaster put it down: \"Closed.\"",
			quote: "Closed", speaker: ""},
	})
}

func TestNumberSignEndsNoSentence(t *testing.T) {
	text := "He is the No. 2 in the party. No. Not ever."
	d := analyse(Article{ID: "t", Text: text}, nil)
	sentOf := func(w string) int32 {
		for _, tk := range d.toks {
			if d.text[tk.start:tk.end] == w {
				return tk.sent
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	if sentOf("is") != sentOf("party") {
		t.Errorf("\"No. 2\" ended a sentence")
	}
	if sentOf("party") == sentOf("Not") {
		t.Errorf("\"No.\" before a word did not end a sentence")
	}
}

// A question or exclamation that opens its sentence takes the
// attribution after it even when the clause runs on.
func TestDirectQuestionThenLongAttribution(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "told a station in an interview",
			text:  "Nolan Pratt spoke first.\n\n\"It looks like a bad start, who knows?\" Ada Quill told a Scottish radio station in an interview aired on Monday.",
			quote: "It looks like", speaker: "Ada Quill", cue: "told"},
		{name: "asked the members at the meeting",
			text:  "\"Who pays for it?\" Ana Vidal asked the council members at the Tuesday meeting in the old town hall.",
			quote: "Who pays for it", speaker: "Ana Vidal", cue: "asked"},
		{name: "negative: a question inside another speaker's sentence",
			text:  "Rhea Moss asked, \"Who pays?\" Tom Hale told the council members at the Tuesday meeting nothing at all.",
			quote: "Who pays", speaker: "Rhea Moss", cue: "asked"},
	})
}

// A verb without its own subject ("and said", "saying") borrows the
// sentence's subject past opening phrases of time and circumstance.
func TestDirectSubjectPastOpeners(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "years ago, then a pronoun and a coordinated said",
			text:  "Senator Bea Lund spoke. Eight years ago, she supported the treaty over the objections of her party and said, \"We cannot wait.\"",
			quote: "We cannot wait", speaker: "Bea Lund", cue: "said"},
		{name: "two openers before the subject",
			text:  "Governor Ray Tolle campaigned. Last week, after staying neutral, Tolle appeared with the mayor and officially endorsed her, saying, \"She is ready.\"",
			quote: "She is ready", speaker: "Ray Tolle", cue: "saying"},
		{name: "a connector is no opener: the subject is inside",
			text:  "Senator Ida Moen spoke at length. Yet she did not stop there, also calling on the crowd to reject \"fear\" after citing Tom Garr's proposed ban.",
			quote: "fear", speaker: "Ida Moen", cue: "calling", extract: true},
		{name: "negative: a passive question has no speaker",
			text:  "Mayor Ann Piet spoke. On Monday, the council voted and the clerk was asked, \"Is it done?\"",
			quote: "Is it done", speaker: ""},
	})
}

// A participle borrows an inverted subject, or a subject that follows a
// few descriptive words.
func TestDirectParticipleSubjects(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "said X, explaining ...:",
			text:  "\"Access to the voter file is valuable,\" said Lorna Pask, explaining she worked closely with the data team: \"Vito is outstanding with numbers.\"",
			quote: "Vito is outstanding", speaker: "Lorna Pask", cue: "explaining"},
		{name: "descriptive words before the name",
			text:  "Independent presidential candidate Wendell Orr quickly took to Twitter, writing: \"Another terrible day.\"",
			quote: "Another terrible day", speaker: "Wendell Orr", cue: "writing"},
		{name: "negative: the name after a preposition is not the subject",
			text:  "After the debate with Wendell Orr the hall went quiet, and then a voice rang out, shouting: \"Shame!\"",
			quote: "Shame", speaker: ""},
	})
}

// A past participle after a possessive name is an adjective.
func TestDirectParticipleAfterPossessive(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "negative: Roe's proposed ban reports nothing",
			text:  "The crowd booed loudly. The chant \"No ban, no wall\" followed Tom Garr's proposed ban on visitors.",
			quote: "No ban, no wall", speaker: ""},
		{name: "he's said still reports",
			text:  "Mayor Ed Voss spoke. \"We will rebuild,\" he's said many times.",
			quote: "We will rebuild", speaker: "Ed Voss"},
	})
}

// "Roe's response:": the named owner of a reply or document speaks.
func TestDirectPossessiveIntro(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "surname's response:",
			text:  "Senator Ana Brisk was asked about the vote. Brisk's response: \"Not today.\"",
			quote: "Not today", speaker: "Ana Brisk", mention: "Brisk's response", cue: ":"},
		{name: "surname's letter makes a case:",
			text:  "Governor Tom Hale wrote to the board on Friday. Hale's letter makes a simple case: \"Cut the tax.\"",
			quote: "Cut the tax", speaker: "Tom Hale", cue: ":"},
		{name: "negative: an owner the article never named",
			text:  "Reporters asked about the vote. Quill's response: \"Not today.\"",
			quote: "Not today", speaker: ""},
		{name: "negative: a possessive before a thing is no speaker",
			text:  "Governor Tom Hale wrote to the board. Hale's budget has one line: \"Cut the tax.\"",
			quote: "Cut the tax", speaker: ""},
	})
}

// A reporting verb as the very first token must not make a rule look
// before the text.
func TestDirectCueAtTextStart(t *testing.T) {
	for _, text := range []string{
		"said, saying \"We won.\"",
		"said \"x,\" Roe, explaining: \"y\"",
		"shot back",
		"\"Why?\"",
	} {
		a := Article{ID: "t", Text: text}
		Attribute(a, Extract(a)) // must not panic
	}
}
