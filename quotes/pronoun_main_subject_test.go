package quotes

import "testing"

// A he or she prefers its sentence's own subject to the subject of a
// that-clause inside it. Every sentence is written for these tests.
func TestPronounMainSubject(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a trailing he said after a that-clause",
			text:  "Campaign aide Rob Kessler said that the ads will show Jon Vance has \"a plan for every county,\" he said.",
			quote: "a plan", speaker: "Rob Kessler"},
		{name: "the next sentence's she after a that-clause",
			text:  "Nora Beck, claiming that Ruth Ames had misled voters, said the race was close. Later she said she would \"fight to the end.\"",
			quote: "fight", speaker: "Nora Beck"},
		{name: "negative: the that-clause subject fits, the main one does not",
			text:  "Nora Beck said that Tom Hale lied. Later he said he would \"fight to the end.\"",
			quote: "fight", speaker: "Tom Hale"},
		{name: "negative: no that, the latest subject",
			text:  "Nora Beck met Ruth Ames on Monday. Ruth Ames left early. Later she said she would \"fight to the end.\"",
			quote: "fight", speaker: "Ruth Ames"},
		{name: "after with an object is a preposition, not a clause",
			text:  "Nora Beck went after Tom Hale at the forum, when she called his budget \"a fraud.\"",
			quote: "a fraud", speaker: "Nora Beck"},
		{name: "negative: after opening a clause keeps its subject",
			text:  "Nora Beck ended her run after Tom Hale won. Then he called the count \"a triumph.\"",
			quote: "a triumph", speaker: "Tom Hale"},
	})
}
