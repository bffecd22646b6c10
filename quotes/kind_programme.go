package quotes

// programmeSlot reports whether w, right before a quoted title-case name
// or before the outlet that owns it, makes the name a programme's or a
// publication's: said "on" it, wrote "in" it, "told" it, spoke "to" or
// "with" it, "visited" it (`told "Morning Report,"`, `in an interview
// with NBC's "Evening Desk"`). The outlet is a guest's addressee, never a
// speaker.
func programmeSlot(w string) bool {
	switch w {
	case "on", "in", "to", "told", "with", "visited":
		return true
	}
	return false
}

// onOutletsProgramme reports whether the words before a quote end in a
// possessive outlet after a programme slot: "on ABC's", "told Fox News
// Channel's". One capitalised word there is a title too (`told NBC's
// "Today"`), where a bare `told "Today"` may be speech.
func onOutletsProgramme(before string) bool {
	var buf [4]string
	last := lastWords(buf[:0], before)
	if len(last) == 0 || !possessive(last[len(last)-1]) {
		return false
	}
	for _, p := range last[:len(last)-1] {
		if programmeSlot(p) || p == "of" {
			return true // "the broadcast of CNN's": of only before an outlet
		}
	}
	return false
}

// titleSmallWord reports whether w is a preposition or conjunction that
// title case leaves in lower case inside a name: "Midday with Ann Roe",
// "Letters from Home".
func titleSmallWord(w string) bool {
	switch w {
	case "with", "from", "into", "upon", "onto":
		return true
	}
	return false
}
