package quotes

import "testing"

// Capitalised words that are not names must not become speakers, nor draw
// the pronouns after them. Every sentence is written for these tests.
func TestModifierRunsAreNotNames(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a state before a role noun draws no pronoun",
			text:  "Senator Ada Quill backed the bill on Monday.\n\nThe Oregon senator said little else. But she told reporters the vote was \"a start.\"",
			quote: "a start", speaker: "Ada Quill", cue: "told"},
		{name: "a definite role description refers back to the person",
			text:  "Senator Ada Quill backed the bill on Monday.\n\nThe Oregon senator said the vote was \"a start.\"",
			quote: "a start", speaker: "Ada Quill", mention: "The Oregon senator", cue: "said"},
		{name: "a definite role description's participle",
			text:  "Senator Ada Quill spoke last.\n\nThe Oregon senator thanked the crowd, saying the fight was \"just beginning.\"",
			quote: "just beginning", speaker: "Ada Quill", cue: "saying"},
		{name: "negative: a description with another role does not refer back",
			text:  "Foreign Minister Ada Quill summoned envoys on Monday.\n\nThe Norwegian ambassador said the meeting was \"frank.\"",
			quote: "frank", mention: "The Norwegian ambassador", cue: "said"},
		{name: "a party before an adjective and a role noun",
			text:  "Governor Ned Arlo spoke first.\n\nThe Republican presidential candidate then left, and he said the debate was \"rigged.\"",
			quote: "rigged", speaker: "Ned Arlo", cue: "said"},
		{name: "a nationality before a group noun",
			text: "Mayor Rosa Kell won easily, with young and Korean voters turning out in force. She called the result \"a mandate.\"", extract: true,
			quote: "a mandate", speaker: "Rosa Kell", cue: "called"},
		{name: "a place in a list after a preposition",
			text:  "Governor Ned Arlo spoke first. Troops in Mali and Chad will stay. He said the mission was \"far from over.\"",
			quote: "far from over", speaker: "Ned Arlo", cue: "said"},
		{name: "a dateline place",
			text:  "Senator Ada Quill toured the plant.\n\nFRESNO, California — It was a long day. She said the plant was \"the future.\"",
			quote: "the future", speaker: "Ada Quill", cue: "said"},
		{name: "negative: a name before a present verb with an object",
			text:  "Carla Mendez answers the phone herself. She says the shop is \"doing fine.\"",
			quote: "doing fine", speaker: "Carla Mendez", cue: "says"},
		{name: "negative: a spokesperson speaks for the body before it",
			text:  "A Fenwick spokesperson said the recall was \"voluntary.\"",
			quote: "voluntary", speaker: "Fenwick"},
	})
}

// A lower-case person noun and its adjectives before a name belong to the
// name's mention, so that it stands as the sentence's subject.
func TestPersonNounBeforeName(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "party, adjective and person noun before a name",
			text: "Mayor Tom Ebert spoke first.\n\nLiberal mayoral candidate Ana Ruiz, who won on Tuesday, said on Wednesday she would fight. She called the result \"a mandate.\"", extract: true,
			quote: "a mandate", speaker: "Ana Ruiz", cue: "called"},
		{name: "negative: a lower-case noun that is no person before a name",
			text:  "Mayor Tom Ebert spoke first.\n\nThe tense meeting ended when Ana Ruiz walked out. He said it was \"a stunt.\"",
			quote: "a stunt", speaker: "Tom Ebert", cue: "said"},
	})
}

// Tags and lists that stand where a subject stands draw no pronoun.
func TestTagsAndListsAreNoAntecedents(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a party tag in brackets",
			text: "Senator Ned Arlo (D-Nev.) told reporters that the bill was dead. He called it \"a waste of time.\"", extract: true,
			quote: "a waste of time", speaker: "Ned Arlo", cue: "called"},
		{name: "a party tag before an appositive",
			text: "Senator Ned Arlo (D-Nev.), also a member of the panel, called the bill \"a waste of time.\"", extract: true,
			quote: "a waste of time", speaker: "Ned Arlo", cue: "called"},
		{name: "an inverted subject with a tag, then a participle",
			text:  "\"It is not new here,\" said Rep. Ned Arlo (D-Nev.) at the hearing, adding that \"we have done this for years.\"",
			quote: "we have done this", speaker: "Ned Arlo", cue: "adding"},
		{name: "a list after including",
			text:  "Governor Ned Arlo spoke first. The plan covers programs including Medishield and Carefund, which would close. He said the cuts were \"unavoidable.\"",
			quote: "unavoidable", speaker: "Ned Arlo", cue: "said"},
	})
}
