package input

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quotecheck/quotecheck/quotes"
)

// writeFiles creates files under dir; a name ending in "/" is a directory.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func errorStrings(errs []error) []string {
	var out []string
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func warningStrings(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}

func ids(arts []quotes.Article) []string {
	var out []string
	for _, a := range arts {
		out = append(out, a.ID)
	}
	return out
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

const story = "Ministers \u201cwill not back down\u201d, the minister said.\r\n\r\n\u201cWe are ready,\u201d she added.\r\n"

// TestLoadFiles checks, input by input, what the user sees: the articles
// loaded, each error's exact message, each warning's exact message.
func TestLoadFiles(t *testing.T) {
	tests := []struct {
		name      string
		files     map[string]string
		args      []string
		wantIDs   []string
		wantErrs  []string
		wantWarns []string
	}{
		{
			name:    "text file kept byte for byte",
			files:   map[string]string{"bbc.txt": story},
			args:    []string{"bbc.txt"},
			wantIDs: []string{"bbc"},
		},
		{
			name:     "pdf among good files: error names it, others load",
			files:    map[string]string{"a.txt": story, "report.txt": "%PDF-1.4\n...", "b.txt": story},
			args:     []string{"a.txt", "report.txt", "b.txt"},
			wantIDs:  []string{"a", "b"},
			wantErrs: []string{"report.txt: not a text file (looks like PDF)"},
		},
		{
			name:     "png named .txt",
			files:    map[string]string{"photo.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
			args:     []string{"photo.txt"},
			wantErrs: []string{"photo.txt: not a text file (looks like PNG image)"},
		},
		{
			name:     "nul bytes",
			files:    map[string]string{"dump.txt": "Officials said\x00\x00\x00 the figures were wrong."},
			args:     []string{"dump.txt"},
			wantErrs: []string{"dump.txt: not a text file (contains NUL bytes)"},
		},
		{
			name:     "missing file",
			args:     []string{"nowhere.txt"},
			wantErrs: []string{"nowhere.txt: no such file or directory"},
		},
		{
			name:     "malformed URLs",
			args:     []string{"http://", "https://[::1"},
			wantErrs: []string{"http://: not a valid URL", "https://[::1: not a valid URL"},
		},
		{
			name:      "empty file is a warning and still an article",
			files:     map[string]string{"empty.txt": ""},
			args:      []string{"empty.txt"},
			wantIDs:   []string{"empty"},
			wantWarns: []string{"empty.txt: empty file"},
		},
		{
			name:      "white space only",
			files:     map[string]string{"blank.md": " \r\n\t\n"},
			args:      []string{"blank.md"},
			wantIDs:   []string{"blank"},
			wantWarns: []string{"blank.md: contains only white space"},
		},
		{
			name: "directory: recursive, sorted, only text extensions, hidden skipped",
			files: map[string]string{
				"story/b.txt":           story,
				"story/a.md":            story,
				"story/sub/c.HTML":      readTestdata(t, "news_page.html"),
				"story/sub/d.htm":       readTestdata(t, "news_page.html"),
				"story/notes.docx":      "PK\x03\x04",
				"story/image.png":       "\x89PNG",
				"story/.git/config.txt": "not an article",
				"story/.draft.txt":      story,
			},
			args:    []string{"story"},
			wantIDs: []string{"a", "b", "c", "d"},
		},
		{
			name:      "directory without articles",
			files:     map[string]string{"pics/x.png": "\x89PNG"},
			args:      []string{"pics"},
			wantWarns: []string{"pics: directory holds no .txt, .md, .html or .htm files"},
		},
		{
			name:    "an explicitly named file is read whatever its extension",
			files:   map[string]string{"wire.dat": story},
			args:    []string{"wire.dat"},
			wantIDs: []string{"wire"},
		},
		{
			name: "colliding names get -2, -3 and skip taken names",
			files: map[string]string{
				"bbc/story.txt": story, "sky/story.txt": story, "afp/story.md": story, "story-2.txt": story,
			},
			args:    []string{"bbc/story.txt", "sky/story.txt", "afp/story.md", "story-2.txt"},
			wantIDs: []string{"story", "story-2", "story-3", "story-2-2"},
		},
		{
			name:      "same file twice is read once",
			files:     map[string]string{"dir/a.txt": story},
			args:      []string{"dir/a.txt", "dir", "./dir/a.txt"},
			wantIDs:   []string{"a"},
			wantWarns: []string{"dir/a.txt: given more than once; read once", "./dir/a.txt: given more than once; read once"},
		},
		{
			name:     "html page without an article",
			files:    map[string]string{"empty.html": "<html><head><title>Nothing</title></head><body><nav><a href=/>Home</a></nav></body></html>"},
			args:     []string{"empty.html"},
			wantErrs: []string{"empty.html: no article text found in the HTML page"},
		},
		{
			name:      "truncated utf-8",
			files:     map[string]string{"cut.txt": "He said \u201cno\xe2\x80"},
			args:      []string{"cut.txt"},
			wantIDs:   []string{"cut"},
			wantWarns: []string{"cut.txt: ends in the middle of a UTF-8 character (truncated?); dropped the last 2 bytes"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(t.TempDir())
			writeFiles(t, ".", tt.files)
			arts, warns, errs := Load(context.Background(), tt.args, Options{})
			if got := ids(arts); !equalStrings(got, tt.wantIDs) {
				t.Errorf("IDs = %q, want %q", got, tt.wantIDs)
			}
			if got := errorStrings(errs); !equalStrings(got, tt.wantErrs) {
				t.Errorf("errors = %q, want %q", got, tt.wantErrs)
			}
			if got := warningStrings(warns); !equalStrings(got, tt.wantWarns) {
				t.Errorf("warnings = %q, want %q", got, tt.wantWarns)
			}
		})
	}
}

func readTestdata(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestLoadArticleFields(t *testing.T) {
	page := readTestdata(t, "news_page.html")
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{
		"in/courier.html": page,
		"in/wire.txt":     story,
		"in/bom.txt":      "\xef\xbb\xbf" + story,
		"in/old.txt":      "Caf\xe9 owners said it was \x93unfair\x94.\r\n",
	})
	arts, warns, errs := Load(context.Background(), []string{"in/courier.html", "in/wire.txt", "in/bom.txt", "in/old.txt"}, Options{})
	if len(errs) > 0 || len(warns) > 0 {
		t.Fatalf("errs %q, warns %q", errorStrings(errs), warningStrings(warns))
	}
	want := []quotes.Article{
		{ID: "courier", Path: "in/courier.html", Outlet: "The Coastal Courier", Title: "Harbour bridge repairs to take two more years",
			Date: "2025-03-14", TextSource: "html", Encoding: "utf-8"},
		{ID: "wire", Path: "in/wire.txt", Outlet: "wire", Text: story, TextSource: "text", Encoding: "utf-8"},
		{ID: "bom", Path: "in/bom.txt", Outlet: "bom", Text: story, TextSource: "text", Encoding: "utf-8-bom"},
		{ID: "old", Path: "in/old.txt", Outlet: "old", Text: "Café owners said it was “unfair”.\r\n", TextSource: "text", Encoding: "windows-1252"},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles, want %d", len(arts), len(want))
	}
	for i := range want {
		got := arts[i]
		if i == 0 {
			got.Text, got.Page = "", nil // checked in the HTML and page map tests
		}
		if got != want[i] {
			t.Errorf("article %d =\n%+v\nwant\n%+v", i, got, want[i])
		}
	}
}

func TestLoadStdin(t *testing.T) {
	tests := []struct {
		name     string
		stdin    *strings.Reader
		args     []string
		wantText string
		wantErrs []string
		wantWarn []string
	}{
		{name: "text", stdin: strings.NewReader(story), args: []string{"-"}, wantText: story},
		{name: "not available", args: []string{"-"}, wantErrs: []string{"standard input: not available"}},
		{name: "twice", stdin: strings.NewReader(story), args: []string{"-", "-"}, wantText: story,
			wantWarn: []string{"standard input: given more than once; read once"}},
		{name: "binary", stdin: strings.NewReader("%PDF-1.5"), args: []string{"-"},
			wantErrs: []string{"standard input: not a text file (looks like PDF)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{}
			if tt.stdin != nil {
				opts.Stdin = tt.stdin
			}
			arts, warns, errs := Load(context.Background(), tt.args, opts)
			if got := errorStrings(errs); !equalStrings(got, tt.wantErrs) {
				t.Errorf("errors = %q, want %q", got, tt.wantErrs)
			}
			if got := warningStrings(warns); !equalStrings(got, tt.wantWarn) {
				t.Errorf("warnings = %q, want %q", got, tt.wantWarn)
			}
			if tt.wantText == "" {
				if len(arts) != 0 {
					t.Errorf("got %d articles, want none", len(arts))
				}
				return
			}
			if len(arts) != 1 {
				t.Fatalf("got %d articles, want 1", len(arts))
			}
			a := arts[0]
			if a.ID != "stdin" || a.Path != "-" || a.Outlet != "stdin" || a.Text != tt.wantText {
				t.Errorf("article = %+v", a)
			}
		})
	}
}

func TestLoadSizeLimit(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"big.txt": strings.Repeat("word ", 300), "ok.txt": "fine"})
	arts, _, errs := Load(context.Background(), []string{"big.txt", "ok.txt"}, Options{MaxFileBytes: 1024})
	if got, want := errorStrings(errs), []string{"big.txt: larger than the --max-input-size limit of 1 KiB (1500 bytes)"}; !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
	if len(arts) != 1 || arts[0].ID != "ok" {
		t.Errorf("articles = %q", ids(arts))
	}
	_, _, errs = Load(context.Background(), []string{"-"}, Options{MaxFileBytes: 10, Stdin: strings.NewReader(strings.Repeat("x", 11))})
	if got, want := errorStrings(errs), []string{"standard input: larger than the --max-input-size limit of 10 bytes"}; !equalStrings(got, want) {
		t.Errorf("errors = %q, want %q", got, want)
	}
}

func TestLoadCanceled(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{"a.txt": story})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	arts, _, errs := Load(ctx, []string{"a.txt"}, Options{})
	if len(arts) != 0 || !equalStrings(errorStrings(errs), []string{"a.txt: canceled"}) {
		t.Errorf("arts %d, errs %q", len(arts), errorStrings(errs))
	}
}
