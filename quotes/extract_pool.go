package quotes

import "sync"

// extractPool keeps the scanner's working memory (paragraphs, marks,
// spans and the stacks of pointers to them) from one Extract to the next:
// fresh per call, it was about half of what Extract allocated besides the
// quotes it returns, and its zeroing and collection cost more than the
// scan. Nothing Extract returns points into it, and every buffer is
// emptied (spans zeroed as they are handed out) before use, so a result
// depends on its article alone. Each scratch serves one call at a time.
var extractPool = sync.Pool{New: func() any { return new(extractScratch) }}

// maxPooledSpans bounds the slab kept: a text with very many quotes would
// pin its memory for the short ones that follow.
const maxPooledSpans = 1 << 12

type extractScratch struct {
	paras       []paragraph
	marks       []mark
	stack, done []*span
	slab        []span
}

// keep takes back the buffers of a finished scan and returns sc to the
// pool.
func (sc *extractScratch) keep(paras []paragraph, marks []mark, x *extractor) {
	if cap(x.slab) > maxPooledSpans || cap(paras) > maxPooledSpans {
		return
	}
	sc.paras, sc.marks, sc.stack, sc.done, sc.slab = paras, marks, x.stack, x.done, x.slab
	extractPool.Put(sc)
}
