package quotes

import "testing"

// A reported sentence whose main clause follows an opening phrase, then a
// quote sentence (attribute_report.go). Every sentence is written for these tests.

func TestReportAfterOpener(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "long opener with a noun that is also a verb",
			text:  "Ada Lind spoke on Monday. In response to Tom Hale's charge that she had been weak on taxes, Lind said she and the mayor had cut rates twice. \"The record speaks for itself.\"",
			quote: "The record speaks", speaker: "Ada Lind", cue: "said"},
		{name: "negative: the opener's verb is no report",
			text:  "After Tom Hale said the rates had doubled in a decade, the council met for an hour. \"It was a circus.\"",
			quote: "It was a circus", speaker: ""},
	})
}
