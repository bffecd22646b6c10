package input

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// Encoding names reported in quotes.Article.Encoding.
const (
	EncUTF8        = "utf-8"
	EncUTF8BOM     = "utf-8-bom" // UTF-8 whose byte order mark was dropped
	EncUTF16LE     = "utf-16le"
	EncUTF16BE     = "utf-16be"
	EncUTF32LE     = "utf-32le"
	EncUTF32BE     = "utf-32be"
	EncWindows1252 = "windows-1252"
)

// decoded is the UTF-8 text of an input and what it was decoded from.
type decoded struct {
	text     string
	encoding string
	// warning, when not empty, says something the user should know about
	// the text that does not stop it being read.
	warning string
}

// errNotText is wrapped by every "not a text file" error so callers and
// tests can tell them apart from read failures.
var errNotText = errors.New("not a text file")

// magic lists file signatures of formats people save articles in by
// mistake. Checked after the byte order marks, before anything else, so a
// PDF is named as a PDF rather than as "contains NUL bytes".
var magic = []struct {
	prefix string
	name   string
}{
	{"%PDF-", "PDF"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"PK\x03\x04", "ZIP archive, e.g. .docx or .epub"},
	{"\x1f\x8b", "gzip archive"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"},
	{"{\\rtf", "RTF document"},
	{"\x7fELF", "program"},
	{"BZh", "bzip2 archive"},
	{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	{"\x00\x00\x01\x00", "icon"},
}

// decodeText turns the raw bytes of an input into UTF-8 text.
//
// declared is the charset a web server or an HTML page names, or "". A
// declared UTF-8 or Windows-1252 is not trusted: servers and pages say so
// by default, so those two are told apart by whether the bytes are valid
// UTF-8. Any other declared charset is used as given.
//
// UTF-8 text is returned as the same bytes (a BOM apart): no line endings
// or anything else are rewritten, so offsets into it are offsets into the
// input.
func decodeText(raw string, declared string) (decoded, error) {
	switch {
	case strings.HasPrefix(raw, "\xef\xbb\xbf"):
		body := raw[3:]
		if err := checkNotBinary(body, false); err != nil {
			return decoded{}, err
		}
		if !utf8.ValidString(body) {
			d, err := decodeUTF8Damaged(body, EncUTF8BOM, 3)
			return d, err
		}
		return decoded{text: body, encoding: EncUTF8BOM}, nil
	// UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
	case strings.HasPrefix(raw, "\xff\xfe\x00\x00"):
		return decodeWith(raw, utf32.UTF32(utf32.LittleEndian, utf32.ExpectBOM), EncUTF32LE)
	case strings.HasPrefix(raw, "\x00\x00\xfe\xff"):
		return decodeWith(raw, utf32.UTF32(utf32.BigEndian, utf32.ExpectBOM), EncUTF32BE)
	case strings.HasPrefix(raw, "\xff\xfe"):
		return decodeWith(raw, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), EncUTF16LE)
	case strings.HasPrefix(raw, "\xfe\xff"):
		return decodeWith(raw, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), EncUTF16BE)
	}
	if err := checkNotBinary(raw, true); err != nil {
		return decoded{}, err
	}
	if name := canonicalCharset(declared); name != "" && name != EncUTF8 && name != EncWindows1252 {
		enc, err := htmlindex.Get(name)
		if err == nil {
			return decodeWith(raw, enc, name)
		}
	}
	if utf8.ValidString(raw) {
		return decoded{text: raw, encoding: EncUTF8}, nil
	}
	return decodeUTF8Damaged(raw, EncUTF8, 0)
}

// decodeUTF8Damaged handles text that is not valid UTF-8. base is how many
// bytes of the input precede raw (a byte order mark), so that the offsets
// a warning names are offsets into the file.
//
// A file cut off in the middle of a character (a truncated download) is
// still UTF-8: the partial character is dropped, which leaves every other
// offset where it was. Otherwise the bytes decide between two readings:
//
//   - UTF-8 with each invalid byte replaced by U+FFFD, when the valid
//     multi-byte UTF-8 characters outnumber the invalid bytes. One stray
//     Latin-1 byte in a file of curly quotes must not turn every quote
//     into mojibake; the warning names the bad bytes' offsets so the user
//     can mend the file.
//   - Windows-1252 otherwise, i.e. when at least half of the non-ASCII
//     characters are not UTF-8: that is a legacy file, the usual encoding
//     of text saved by older editors (Latin-1 is a subset of it for
//     printable text). A file whose only non-ASCII bytes are invalid loses
//     nothing this way.
func decodeUTF8Damaged(raw, enc string, base int) (decoded, error) {
	if cut := truncatedRuneStart(raw); cut >= 0 && utf8.ValidString(raw[:cut]) {
		return decoded{
			text:     raw[:cut],
			encoding: enc,
			warning:  fmt.Sprintf("ends in the middle of a UTF-8 character (truncated?); dropped the last %d bytes", len(raw)-cut),
		}, nil
	}
	if s := scanUTF8(raw); s.valid > s.invalid {
		return decoded{
			text:     replaceInvalidUTF8(raw),
			encoding: enc,
			warning:  s.warning(base),
		}, nil
	}
	if enc == EncUTF8BOM {
		// A UTF-8 byte order mark followed by text that is not UTF-8 is
		// still best read as Windows-1252; say that a mark was there.
		d, err := decodeWith(raw, charmap.Windows1252, EncWindows1252)
		if err == nil {
			d.warning = "starts with a UTF-8 byte order mark but is not valid UTF-8; read as windows-1252"
		}
		return d, err
	}
	return decodeWith(raw, charmap.Windows1252, EncWindows1252)
}

// truncatedRuneStart returns the index where an incomplete multi-byte
// UTF-8 sequence at the end of s starts, or -1 when s does not end in one.
func truncatedRuneStart(s string) int {
	for i := len(s) - 1; i >= 0 && i >= len(s)-3; i-- {
		b := s[i]
		if b < 0x80 {
			return -1
		}
		if utf8.RuneStart(b) {
			if r, _ := utf8.DecodeRuneInString(s[i:]); r == utf8.RuneError && !utf8.FullRuneInString(s[i:]) {
				return i
			}
			return -1
		}
	}
	return -1
}

// decodeWith decodes raw with enc (which strips its own byte order mark)
// and checks that the result is text.
func decodeWith(raw string, enc encoding.Encoding, name string) (decoded, error) {
	text, err := enc.NewDecoder().String(raw)
	if err != nil {
		return decoded{}, fmt.Errorf("decode as %s: %w", name, err)
	}
	// A NUL in decoded text means the byte order mark was a coincidence.
	if err := checkNotBinary(text, false); err != nil {
		return decoded{}, err
	}
	return decoded{text: text, encoding: name}, nil
}

// checkNotBinary returns an error wrapping errNotText when s is evidently
// not text: a known file signature, NUL bytes, or many control bytes.
// withMagic is false for text whose start has already been identified.
func checkNotBinary(s string, withMagic bool) error {
	if withMagic {
		for _, m := range magic {
			if strings.HasPrefix(s, m.prefix) {
				return fmt.Errorf("%w (looks like %s)", errNotText, m.name)
			}
		}
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		if looksLikeUTF16WithoutBOM(s) {
			return fmt.Errorf("%w (NUL bytes; UTF-16 without a byte order mark is not supported, save it as UTF-8)", errNotText)
		}
		return fmt.Errorf("%w (contains NUL bytes)", errNotText)
	}
	// Control bytes other than tab, line breaks, form feed, ESC and the old
	// DOS end-of-file mark do not occur in text; a few may be noise, many
	// mean binary data.
	head := s
	if len(head) > 8192 {
		head = head[:8192]
	}
	controls := 0
	for i := 0; i < len(head); i++ {
		switch c := head[i]; {
		case c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1a || c == 0x1b:
		case c < 0x20 || c == 0x7f:
			controls++
		}
	}
	if controls > 0 && controls*100 > len(head) {
		return fmt.Errorf("%w (binary data: %d control bytes in the first %d)", errNotText, controls, len(head))
	}
	return nil
}

// looksLikeUTF16WithoutBOM reports whether NUL bytes fall mostly on one
// parity of position, as in ASCII text saved as UTF-16.
func looksLikeUTF16WithoutBOM(s string) bool {
	head := s
	if len(head) > 4096 {
		head = head[:4096]
	}
	var even, odd int
	for i := 0; i < len(head); i++ {
		if head[i] == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	half := len(head) / 2
	return half > 0 && (even*10 > half*8 && odd == 0 || odd*10 > half*8 && even == 0)
}

// canonicalCharset maps a charset label to its WHATWG name ("utf-8",
// "windows-1252" for "latin1", ...), or "" when the label is unknown.
func canonicalCharset(label string) string {
	label = strings.TrimSpace(label)
	if label == "" {
		return ""
	}
	enc, err := htmlindex.Get(label)
	if err != nil {
		return ""
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return ""
	}
	return strings.ToLower(name)
}

// sniffHTML reports whether text is an HTML document: after white space,
// comments and an XML declaration, it starts with a doctype or <html>.
func sniffHTML(text string) bool {
	s := text
	if len(s) > 4096 {
		s = s[:4096]
	}
	for {
		s = strings.TrimLeft(s, " \t\r\n\f\ufeff")
		switch {
		case hasPrefixFold(s, "<!--"):
			end := strings.Index(s, "-->")
			if end < 0 {
				return false
			}
			s = s[end+3:]
		case hasPrefixFold(s, "<?xml"):
			end := strings.Index(s, "?>")
			if end < 0 {
				return false
			}
			s = s[end+2:]
		default:
			return hasPrefixFold(s, "<!doctype html") || hasPrefixFold(s, "<html")
		}
	}
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// isBlank reports whether text holds nothing but white space.
func isBlank(text string) bool {
	return strings.TrimSpace(text) == ""
}
