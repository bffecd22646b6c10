package quotes

import "testing"

// Asides in the object of an "as" frame (framer_aside.go). Every
// sentence is written for these tests.

func TestFramerAsAfterAside(t *testing.T) {
	runAttrCases(t, []attrCase{
		{name: "an age aside between the object and as",
			text:  "The Harbor Trust saw Pilar Ortega, then 51, as the right person to steer the \"new harbor\" plan.",
			quote: "new harbor", speaker: "Harbor Trust", cue: "saw", extract: true},
		{name: "a relative aside",
			text:  "Economist Tove Lind sees the levy, which passed in May, as a \"hidden tax\" on renters.",
			quote: "hidden tax", speaker: "Tove Lind", cue: "sees", extract: true},
		{name: "negative: an aside too long is another clause",
			text:  "Farmers saw the storm, which flattened the barns along the river and the coast, as a \"warning\" of worse.",
			quote: "warning", speaker: "", extract: true},
	})
}
