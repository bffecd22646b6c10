package quotes

import "testing"

// Restrictive relative subjects (attribute_relative_head.go): the framer
// of `X who ... is talking about "..."` is X, not the last noun of the
// relative clause. Every sentence is written for these tests.

func TestTalkingRestrictiveRelative(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "a role noun with a long who clause",
			text:  "Ilse Brandt, a chef, opened her third bistro. The chef who trained in Lyon before her first restaurant failed is already talking about \"a second act\" for the group.",
			quote: "a second act", speaker: "chef", mention: "The chef", cue: "talking", extract: true},
		{name: "a name before who",
			text:  "Oren Falk who chaired the board for a decade is now talking about \"a clean break\" with donors.",
			quote: "a clean break", speaker: "Oren Falk", cue: "talking", extract: true},
		{name: "the name inside the who clause is not the subject",
			text:  "Oren Falk chaired the board. A neighbor who met Falk once was talking about \"the old days\" at the bar.",
			quote: "the old days", speaker: "neighbor", cue: "talking", extract: true},
		{name: "negative: a reduced relative has no auxiliary",
			text:  "Footage of a man who met Oren Falk talking about \"the old days\" aired on Monday.",
			quote: "the old days", speaker: "", extract: true},
	})
}

func TestFramerRestrictiveRelative(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "sees X as, a group subject with a who clause",
			text:  "Oren Falk runs the port. Voters who met Falk last spring see him as a \"fresh face\" in town.",
			quote: "fresh face", speaker: "Voters", cue: "see", extract: true},
		{name: "calls it, a role noun with a who clause",
			text:  "Ilse Brandt, a chef, sold the bistro. The chef who ran it for a decade calls it \"a relief\" for everyone.",
			quote: "a relief", speaker: "chef", mention: "The chef", cue: "calls", extract: true},
		{name: "negative: an unresolved head names no framer",
			text:  "Oren Falk runs the port. Someone who met Falk sees him as a \"fresh face\" in town.",
			quote: "fresh face", speaker: "", extract: true},
	})
}
