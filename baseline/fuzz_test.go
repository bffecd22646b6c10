package baseline

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzBaseline: any bytes either load or fail with an error naming the
// file, never a panic; a loaded baseline filters a result without panic
// and never reports more suppressed findings than there were.
func FuzzBaseline(f *testing.F) {
	var buf bytes.Buffer
	if err := Encode(&buf, base()); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	for _, s := range []string{
		"", "{}", "[]", "null", `{"schema":"quotecheck-baseline/v1","entries":null}`,
		`{"schema":"quotecheck-baseline/v1","entries":[{"verdict":"trimmed"}]}`,
		`{"schema":"quotecheck-baseline/v1","entries":[{"key":1}]}`,
		`{"schema":"quotecheck-baseline/v1","entries":[{"key":"x\"}]}`,
		"{\"schema\": \"quotecheck-baseline/v1\"} {",
	} {
		f.Add([]byte(s))
	}
	res := base()
	total := len(allFindings(res))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := LoadBytes("fuzz.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		kept, n := b.Filter(res)
		if n < 0 || n > total || len(allFindings(kept)) != total-n {
			t.Fatalf("Filter suppressed %d of %d, kept %d", n, total, len(allFindings(kept)))
		}
	})
}
