package input

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// sentence is the text every encoding test decodes: curly quotes, an
// apostrophe, accents and a euro sign, the characters that go wrong first.
const sentence = "The mayor said the fee was “not a penny more than €5”, and Zoë’s café agreed.\r\nIt’s done.\n"

func TestDecodeText(t *testing.T) {
	encode := func(s string, f func(string) (string, error)) string {
		out, err := f(s)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	utf16le := encode(sentence, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String)
	utf16be := encode(sentence, unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String)
	utf32le := encode(sentence, utf32.UTF32(utf32.LittleEndian, utf32.UseBOM).NewEncoder().String)
	utf32be := encode(sentence, utf32.UTF32(utf32.BigEndian, utf32.UseBOM).NewEncoder().String)
	cp1252 := encode(sentence, charmap.Windows1252.NewEncoder().String)
	latin2 := encode("Wałęsa said: Nie chce, ale musze.", charmap.ISO8859_2.NewEncoder().String)

	tests := []struct {
		name     string
		raw      string
		declared string
		want     string
		wantEnc  string
		wantWarn string
	}{
		{"utf-8", sentence, "", sentence, "utf-8", ""},
		{"utf-8 with BOM, BOM dropped", "\xef\xbb\xbf" + sentence, "", sentence, "utf-8-bom", ""},
		{"utf-16le with BOM", utf16le, "", sentence, "utf-16le", ""},
		{"utf-16be with BOM", utf16be, "", sentence, "utf-16be", ""},
		{"utf-32le with BOM", utf32le, "", sentence, "utf-32le", ""},
		{"utf-32be with BOM", utf32be, "", sentence, "utf-32be", ""},
		{"windows-1252 when not utf-8", cp1252, "", sentence, "windows-1252", ""},
		{"declared latin1 that is really utf-8", sentence, "ISO-8859-1", sentence, "utf-8", ""},
		{"declared utf-8 that is really windows-1252", cp1252, "utf-8", sentence, "windows-1252", ""},
		{"declared iso-8859-2 is used", latin2, "iso-8859-2", "Wałęsa said: Nie chce, ale musze.", "iso-8859-2", ""},
		{"ascii", "Plain words.\n", "", "Plain words.\n", "utf-8", ""},
		{"truncated utf-8 keeps the rest in place", "He said “no" + "\xe2\x80", "", "He said “no", "utf-8",
			"ends in the middle of a UTF-8 character (truncated?); dropped the last 2 bytes"},
		// One Latin-1 byte (© is 0xA9) in a UTF-8 file of curly quotes: the
		// quotes stay quotes, the byte becomes U+FFFD, its offset is named.
		{"stray byte in utf-8 is replaced, not a reason for windows-1252",
			"\xa9 Harbour Gazette\n\n“We will reopen the pier,” the mayor said.\n", "",
			"\ufffd Harbour Gazette\n\n“We will reopen the pier,” the mayor said.\n", "utf-8",
			"not valid UTF-8 at byte offset 0; read as UTF-8 with that byte replaced by U+FFFD"},
		{"stray byte after a byte order mark names its offset in the file",
			"\xef\xbb\xbf“Fine,” he said. Caf\xe9.", "",
			"“Fine,” he said. Caf\ufffd.", "utf-8-bom",
			"not valid UTF-8 at byte offset 27; read as UTF-8 with that byte replaced by U+FFFD"},
		{"many stray bytes: the first five named, the rest counted",
			"“Fees” \xe9\xe9\xe9 ‘up’ \xe8 “again” \xe0\xe0 and “more” ‘still’ “yes”", "",
			"“Fees” \ufffd\ufffd\ufffd ‘up’ \ufffd “again” \ufffd\ufffd and “more” ‘still’ “yes”", "utf-8",
			"not valid UTF-8 at byte offsets 11, 12, 13, 24, 38 and 1 more; read as UTF-8 with those 6 bytes replaced by U+FFFD"},
		// The same count of bad and good characters is "mostly not UTF-8".
		{"as many invalid bytes as utf-8 characters is windows-1252",
			"\x93Fees\x94 went up, said Zo\xeb; \u2018up\u2019 he said, \xe9t\xe9.", "",
			"“Fees” went up, said Zoë; â€˜upâ€™ he said, été.", "windows-1252", ""},
		{"the only non-ascii byte invalid: windows-1252 loses nothing",
			"Copyright \xa9 2024 Harbour Gazette. The pier reopens.", "",
			"Copyright © 2024 Harbour Gazette. The pier reopens.", "windows-1252", ""},
		{"old DOS end-of-file mark is text", "Fine words.\r\n\x1a", "", "Fine words.\r\n\x1a", "utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := decodeText(tt.raw, tt.declared)
			if err != nil {
				t.Fatalf("decodeText: %v", err)
			}
			if d.text != tt.want {
				t.Errorf("text = %q, want %q", d.text, tt.want)
			}
			if d.encoding != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", d.encoding, tt.wantEnc)
			}
			if d.warning != tt.wantWarn {
				t.Errorf("warning = %q, want %q", d.warning, tt.wantWarn)
			}
		})
	}
}

// Offsets into UTF-8 text are offsets into the file, so line endings must
// come through byte for byte.
func TestDecodeKeepsLineEndings(t *testing.T) {
	for _, raw := range []string{
		"“One,” she said.\r\n\r\n“Two.”\r\n",
		"“One,” she said.\r\r“Two.”\r",
		"mixed\r\nendings\rhere\n",
	} {
		d, err := decodeText(raw, "")
		if err != nil {
			t.Fatal(err)
		}
		if d.text != raw {
			t.Errorf("decodeText(%q) = %q, want the input unchanged", raw, d.text)
		}
	}
	// In UTF-16 the endings survive decoding too.
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("a\r\nb\rc")
	d, err := decodeText(u16, "")
	if err != nil || d.text != "a\r\nb\rc" {
		t.Errorf("utf-16 line endings: got %q, %v", d.text, err)
	}
}

func TestDecodeRejectsBinary(t *testing.T) {
	random := make([]byte, 2048)
	for i := range random {
		random[i] = byte(i*7919>>3) | 1 // no NUL, many control bytes
	}
	tests := []struct {
		name string
		raw  string
		want string
	}{
		{"pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not a text file (looks like PDF)"},
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file (looks like PNG image)"},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", "not a text file (looks like JPEG image)"},
		{"gif", "GIF89a\x01\x00\x01\x00", "not a text file (looks like GIF image)"},
		{"zip", "PK\x03\x04\x14\x00\x06\x00", "not a text file (looks like ZIP archive, e.g. .docx or .epub)"},
		{"nul bytes", "The minister said\x00\x00 nothing at all.", "not a text file (contains NUL bytes)"},
		{"utf-16 without BOM", "T\x00h\x00e\x00 \x00m\x00a\x00y\x00o\x00r\x00",
			"not a text file (NUL bytes; UTF-16 without a byte order mark is not supported, save it as UTF-8)"},
		{"control bytes", string(random), "not a text file (binary data: "},
		{"utf-16 BOM over binary", "\xff\xfe\x00\x00\x00\x00\x00\x00\x01\x00", "not a text file (contains NUL bytes)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeText(tt.raw, "")
			if err == nil {
				t.Fatal("decodeText accepted binary data")
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("error = %q, want %q", err, tt.want)
			}
		})
	}
}

func TestSniffHTML(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html><body>x</body></html>", true},
		{"\n\n  <html lang=en>", true},
		{"<!-- saved from url=(0042)https://example.com/ -->\n<html>", true},
		{"<?xml version=\"1.0\"?>\n<!doctype HTML>", true},
		{"The council said <html> tags were not its business.", false},
		{"<p>A fragment</p>", false},
		{"", false},
		{"<!-- never closed", false},
	}
	for _, tt := range tests {
		if got := sniffHTML(tt.in); got != tt.want {
			t.Errorf("sniffHTML(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
