package quotes

import (
	"testing"
	"unicode/utf8"
)

// TestLineCursor checks lineCursor, whose fast path counts a stretch
// without \r in one go, against a walk over every rune from the start, at
// every rune offset, taken in steps of several sizes so that stretches
// cross line ends of each kind.
func TestLineCursor(t *testing.T) {
	texts := []string{
		"",
		"one line, no end",
		"Roe said:\n“We will win.”\n\nKerr said no.",
		"windows\r\nlines\r\nhere",
		"old mac\rlines\rhere\n",
		"mixed\r\n\r\nbreaks\n\rand café ‘marks’\n",
	}
	for _, text := range texts {
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for _, step := range []int{1, 2, 3, 7} {
			c := newLineCursor(text)
			for k := 0; k < len(offs); k += step {
				off := offs[k]
				line, col := c.position(off)
				wl, wc := walkPosition(text, off)
				if line != wl || col != wc {
					t.Errorf("%q step %d: position(%d) = %d:%d, want %d:%d", text, step, off, line, col, wl, wc)
				}
			}
		}
	}
}

// walkPosition is the line and column of off, from a walk over the runes
// before it: \r\n, \r and \n each end a line.
func walkPosition(text string, off int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < off; {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n', r == '\r' && (i+1 >= len(text) || text[i+1] != '\n'):
			line, col = line+1, 1
		case r != '\r':
			col++
		}
		i += size
	}
	return line, col
}
