package quotes

// linkedOnly reports whether w is a form of a verb that reports words
// only through its link word and the quote after it ("hoped that ...
// "..."", "defended it as "...""). Where cueAt rejects such a form (no
// link, no quote), it is no reporting verb: "what the audience had hoped
// to hear" leaves the sentence's other frames alone.
func linkedOnly(w string) bool {
	c, ok := lookupCue(w)
	return ok && c.link != ""
}
