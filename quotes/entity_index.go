package quotes

// wordIndex lists, for a word, the entities it was indexed under, in
// entity order. The lists share one backing slice, built in two passes
// (count, then fill), where a map of slices cost an allocation per word.
type wordIndex struct {
	group map[string]int // word -> its group
	start []int          // group g's entities are ids[start[g]:start[g+1]]
	ids   []int
}

// newWordIndex indexes entity i under key(i), for every i < n where key
// returns ok.
func newWordIndex(n int, key func(i int) (string, bool)) wordIndex {
	x := wordIndex{group: make(map[string]int, n)}
	count := make([]int, 0, n)
	groupOf := make([]int, n) // entity -> group, or -1
	for i := 0; i < n; i++ {
		w, ok := key(i)
		if !ok {
			groupOf[i] = -1
			continue
		}
		g, seen := x.group[w]
		if !seen {
			g = len(count)
			x.group[w] = g
			count = append(count, 0)
		}
		count[g]++
		groupOf[i] = g
	}
	x.start = make([]int, len(count)+1)
	for g, c := range count {
		x.start[g+1] = x.start[g] + c
	}
	x.ids = make([]int, x.start[len(count)])
	next := count // reused: entities placed so far per group
	clear(next)
	for i, g := range groupOf {
		if g >= 0 {
			x.ids[x.start[g]+next[g]] = i
			next[g]++
		}
	}
	return x
}

// lookup returns the entities indexed under w, in entity order, or nil.
// The caller must not append to the result in place.
func (x wordIndex) lookup(w string) []int {
	g, ok := x.group[w]
	if !ok {
		return nil
	}
	return x.ids[x.start[g]:x.start[g+1]:x.start[g+1]]
}
