package quotes

import "testing"

// A partial quote in the report of a verb whose subject is parted from it
// by an aside (issue 9, pattern 5: verb not linked to its subject). Every
// sentence is written for these tests.
func TestAsideSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "relative clause and an adverb between subject and verb",
			text:  "Councillor Mira Oduya, meanwhile, who has no allies on the board, said the budget shows which of the two parties is \"serious about the roads.\"",
			quote: "serious about the roads", speaker: "Mira Oduya", cue: "said", extract: true},
		{name: "a role set off in dashes, the subject at the sentence start",
			text:  "Tomas Reyes — a welder from Port Alden — says he changed his vote late, and that the union's backing was \"the whole story.\"",
			quote: "the whole story", speaker: "Tomas Reyes", cue: "says", extract: true},
		{name: "age and home town between name and verb",
			text:  "Lena Fahr, 34, of Dunmore, Pa., said she still hoped the committee would offer \"a real compromise,\" because the plant employs her brother.",
			quote: "a real compromise", speaker: "Lena Fahr", cue: "said", extract: true},
		{name: "a pronoun subject behind a dashed aside",
			text:  "Carl Mendes left the hall early. He — a registered independent — said the ballot was \"a mess from start to finish.\"",
			quote: "a mess from start", speaker: "Carl Mendes", mention: "He", cue: "said", extract: true},
		{name: "negative: a contrast clause has its own subject",
			text:  "Pia Moreno, meanwhile, who runs the clinic, said little, while the flyers on her door offered \"care for all comers\" instead.",
			quote: "care for all comers", speaker: "", extract: true},
		{name: "negative: a semicolon ends the report",
			text:  "Pia Moreno, meanwhile, who runs the clinic, said little; the flyers on her door offered \"care for all comers\" instead.",
			quote: "care for all comers", speaker: "", extract: true},
		{name: "negative: a parenthetical report names another speaker",
			text:  "The mayor, meanwhile, Dr. Kato warned, had privately promised \"a fair hearing for everyone\" before the vote.",
			quote: "a fair hearing", speaker: "Kato", extract: true},
		{name: "negative: a scare quote stays a term",
			text:  "Pia Moreno, meanwhile, who runs the clinic, left. The \"clinic\" is a trailer.",
			quote: "clinic", speaker: "", extract: true},
	})
}
