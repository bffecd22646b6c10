package quotes

// wordIndex lists, for a word, the entities it was indexed under, in
// entity order. The lists share one backing slice, built in two passes
// (count, then fill), where a map of slices cost an allocation per word.
// An index is rebuilt in place for each article, reusing its memory.
type wordIndex struct {
	group   map[string]int // word -> its group
	start   []int          // group g's entities are ids[start[g]:start[g+1]]
	ids     []int
	count   []int // entities per group, then placed so far per group
	groupOf []int // entity -> group, or -1
}

// build indexes entity i under key(i), for every i < n where key returns
// ok, replacing what x held.
func (x *wordIndex) build(n int, key func(i int) (string, bool)) {
	x.group = reuseMap(x.group, n)
	count := reuse(x.count, n)
	groupOf := reuse(x.groupOf, n)[:n]
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
	x.start = reuse(x.start, len(count)+1)[:len(count)+1]
	x.start[0] = 0
	for g, c := range count {
		x.start[g+1] = x.start[g] + c
	}
	x.ids = reuse(x.ids, x.start[len(count)])[:x.start[len(count)]]
	next := count // reused: entities placed so far per group
	clear(next)
	for i, g := range groupOf {
		if g >= 0 {
			x.ids[x.start[g]+next[g]] = i
			next[g]++
		}
	}
	x.count, x.groupOf = count, groupOf
}

// lookup returns the entities indexed under w, in entity order, or nil.
// The caller must not append to the result in place.
func (x *wordIndex) lookup(w string) []int {
	g, ok := x.group[w]
	if !ok {
		return nil
	}
	return x.ids[x.start[g]:x.start[g+1]:x.start[g+1]]
}
