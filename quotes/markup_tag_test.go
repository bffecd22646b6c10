package quotes

import "testing"

// A quoted attribute value inside a markup tag left in the text is no
// one's words. Every text is written for these tests.
func TestMarkupTagValues(t *testing.T) {
	tests := []struct {
		name, text, quote string
		inTag             bool
	}{
		{"an attribute value", `Ann Roe posted this.<tweet author="@ann_roe" date="May 2, 2016">We won.</tweet>`, "@ann_roe", true},
		{"a later attribute of the same tag", `Ann Roe posted this.<tweet author="@ann_roe" date="May 2, 2016">We won.</tweet>`, "May 2", true},
		{"negative: a quote after the tag closed", `<tweet author="@ann_roe">Ann Roe said "we won" today.</tweet>`, "we won", false},
		{"negative: a less-than sign in prose", `Turnout was < 40 percent, and Ann Roe said "we won" anyway.`, "we won", false},
		{"negative: no attribute, no tag", `Ann Roe wrote <b and said "we won" today.`, "we won", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := -1
			for _, q := range quotesByMarks(tt.text, nil) {
				if q.Text == tt.quote || len(q.Text) >= len(tt.quote) && q.Text[:len(tt.quote)] == tt.quote {
					at = q.Start
					break
				}
			}
			if at < 0 {
				t.Fatalf("quote %q not found", tt.quote)
			}
			if got := inMarkupTag(tt.text, at); got != tt.inTag {
				t.Errorf("inMarkupTag at %q = %v, want %v", tt.quote, got, tt.inTag)
			}
		})
	}
	runAttrCases(t, []attrCase{
		{name: "an attribute value gets no speaker",
			text:  "Ann Roe said so.<tweet author=\"@ann_roe\" date=\"May 2, 2016\">We won.</tweet>",
			quote: "May 2", speaker: ""},
	})
}
