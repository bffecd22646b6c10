package align

import "encoding/binary"

// textKey appends a key for the words of toks: equal keys, equal Norms.
// Quotes with the same key and speaker are one unit (cluster.go), which
// is how a quote repeated within an article, or copied by hundreds of
// outlets, costs one comparison.
func textKey(b []byte, toks []token) []byte {
	for _, t := range toks {
		b = binary.AppendUvarint(b, uint64(len(t.Norm)))
		b = append(b, t.Norm...)
	}
	return b
}
