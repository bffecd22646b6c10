package identity

// OnlyFit returns the one candidate that fits, or -1 when none does or
// when two do. A short name that fits two people ("Dale" beside "Robert
// Dale" and "Anne Dale") names neither, so every place that joins a short
// name to a full one must refuse it the same way.
func OnlyFit(cands []int, fits func(j int) bool) int {
	found := -1
	for _, j := range cands {
		if !fits(j) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = j
	}
	return found
}
