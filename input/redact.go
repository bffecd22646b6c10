package input

import (
	"regexp"
	"strings"
)

// RedactURL returns raw without the user information of an http(s) URL:
// "https://user:secret@host/a" becomes "https://host/a". Anything else is
// returned unchanged. It works on the string, not on a parsed URL, so
// that a URL net/url rejects is still cleaned and the rest of the text
// stays byte for byte as the user wrote it.
//
// Credentials in a URL are for the request only (Go's HTTP client sends
// them as basic authentication); every name an input is shown by — the
// article's Path and URL, errors, warnings — goes through this.
func RedactURL(raw string) string {
	scheme := strings.Index(raw, "://")
	if scheme < 0 || !IsURL(raw) {
		return raw
	}
	rest := raw[scheme+3:]
	end := strings.IndexAny(rest, "/?#")
	if end < 0 {
		end = len(rest)
	}
	at := strings.LastIndexByte(rest[:end], '@')
	if at < 0 {
		return raw
	}
	return raw[:scheme+3] + rest[at+1:]
}

// userinfoInText finds user information in any URL inside a message: an
// error from a lower layer may quote a URL (a redirect's target, say).
var userinfoInText = regexp.MustCompile(`(?i)\b(https?://)[^/?#\s@]*@`)

// redactText removes the user information of every http(s) URL in s.
func redactText(s string) string {
	if !strings.Contains(s, "@") {
		return s
	}
	return userinfoInText.ReplaceAllString(s, "$1")
}

// redactedError shows err without the user information of any URL in it.
type redactedError struct{ err error }

func (e *redactedError) Error() string { return redactText(e.err.Error()) }
func (e *redactedError) Unwrap() error { return e.err }

// escapeQuery percent-encodes the bytes of a raw query that may not appear
// in a request line (a space, quotes, angle brackets, non-ASCII) and
// leaves everything already valid, %XX escapes included, as it is: a
// query typed with a raw space must reach the server as one request, not
// be cut at the space.
func escapeQuery(q string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '%' && i+2 < len(q) && isHex(q[i+1]) && isHex(q[i+2]):
			b.WriteByte(c)
		case queryByteOK(c):
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}

// queryByteOK reports whether c may stand unescaped in a URL query
// (RFC 3986: unreserved, sub-delims, ":", "@", "/" and "?").
func queryByteOK(c byte) bool {
	switch {
	case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		return true
	}
	return strings.IndexByte("-._~!$&'()*+,;=:@/?", c) >= 0
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
