package input

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestParseManifest(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		data    string
		want    []ManifestEntry
		wantErr string
	}{
		{
			name: "csv",
			file: "stories.csv",
			data: "path,outlet,url,date\n" +
				"bbc.txt,BBC News,https://www.bbc.co.uk/news/uk-1,2024-03-25\n" +
				"\n" +
				"sky/story.txt, Sky News ,,2024-03-26\n" +
				"\"wire, copy.txt\",\"Agence France-Presse\",,\n",
			want: []ManifestEntry{
				{Path: "bbc.txt", URL: "https://www.bbc.co.uk/news/uk-1", Outlet: "BBC News", Date: "2024-03-25", Line: 2},
				{Path: "sky/story.txt", Outlet: "Sky News", Date: "2024-03-26", Line: 4},
				{Path: "wire, copy.txt", Outlet: "Agence France-Presse", Line: 5},
			},
		},
		{
			name: "csv with BOM, CRLF, any column order, url as key",
			file: "m.CSV",
			data: "\xef\xbb\xbfOutlet,URL,Title\r\nThe Herald,https://herald.example/a,Storm hits coast\r\n",
			want: []ManifestEntry{{URL: "https://herald.example/a", Outlet: "The Herald", Title: "Storm hits coast", Line: 2}},
		},
		{
			name: "a URL in the path column",
			file: "m.csv",
			data: "path,outlet\nhttps://news.example/x,Example News\n",
			want: []ManifestEntry{{URL: "https://news.example/x", Outlet: "Example News", Line: 2}},
		},
		{
			name: "json",
			file: "stories.json",
			data: `[
  {"path": "bbc.txt", "outlet": "BBC News", "date": "2024-03-25"},
  {"url": "https://news.example/story", "outlet": "Example News"}
]`,
			want: []ManifestEntry{
				{Path: "bbc.txt", Outlet: "BBC News", Date: "2024-03-25", Line: 2},
				{URL: "https://news.example/story", Outlet: "Example News", Line: 3},
			},
		},
		{name: "empty json array", file: "m.json", data: "[]", want: nil},

		{name: "csv short row", file: "stories.csv", data: "path,outlet,url,date\na.txt,A,,2024-01-01\nb.txt,B\n",
			wantErr: "stories.csv:3: expected 4 fields, got 2"},
		{name: "csv long row", file: "stories.csv", data: "path,outlet\na.txt,A,extra\n",
			wantErr: "stories.csv:2: expected 2 fields, got 3"},
		{name: "csv bare quote", file: "stories.csv", data: "path,outlet\na.txt,The \"Daily\" Planet\n",
			wantErr: `stories.csv:2:11: unexpected " in an unquoted field (quote the whole field and double the " inside it)`},
		{name: "csv unclosed quote", file: "stories.csv", data: "path,outlet\na.txt,\"The Planet\nb.txt,B\n",
			wantErr: `stories.csv:3:9: expected a closing " followed by a comma or the end of the line (the field opens on line 2)`},
		{name: "csv unknown column", file: "stories.csv", data: "path,publisher\n",
			wantErr: `stories.csv:1: unknown column "publisher" (expected path, url, outlet, date, title, role, speaker)`},
		{name: "csv without key column", file: "stories.csv", data: "outlet,date\nA,2024\n",
			wantErr: `stories.csv:1: expected a path or url column in the header, got "outlet,date"`},
		{name: "csv duplicate column", file: "stories.csv", data: "path,outlet,Outlet\n",
			wantErr: `stories.csv:1: column "outlet" appears twice`},
		{name: "csv empty", file: "stories.csv", data: "",
			wantErr: "stories.csv: empty; expected a header line such as path,outlet,url,date"},
		{name: "csv row without key", file: "stories.csv", data: "path,url,outlet\n,,BBC\n",
			wantErr: "stories.csv:2: expected a path or a url, got neither"},
		{name: "csv duplicate path", file: "stories.csv", data: "path,outlet\na.txt,A\nb.txt,B\n./a.txt,C\n",
			wantErr: "stories.csv:4: ./a.txt is already listed on line 2"},
		{name: "csv bad url", file: "stories.csv", data: "path,url\na.txt,bbc.co.uk/news\n",
			wantErr: `stories.csv:2: expected an http(s) URL, got "bbc.co.uk/news"`},

		{name: "json missing comma", file: "stories.json", data: "[\n  {\"path\": \"a.txt\"}\n  {\"path\": \"b.txt\"}\n]",
			wantErr: "stories.json:3: expected a comma or ] after an array element, got '{'"},
		{name: "json error deep in the file", file: "stories.json", data: "[\n {\"path\": \"a.txt\"},\n {\"path\": \"b.txt\"},\n {\"path\": \"c.txt\" \"outlet\": \"C\"}\n]",
			wantErr: "stories.json:4: expected a comma or } after a key and its value, got '\"'"},
		{name: "json trailing comma", file: "stories.json", data: "[\n  {\"path\": \"a.txt\",\n  }\n]",
			wantErr: "stories.json:3: expected a quoted key, got '}'"},
		{name: "json truncated", file: "stories.json", data: "[\n  {\"path\": \"a.txt\"},\n  {\"path\": ",
			wantErr: "stories.json:3: unexpected end of file (a ] or } is missing)"},
		{name: "json not an array", file: "stories.json", data: "{\"path\": \"a.txt\"}",
			wantErr: "stories.json:1: expected a JSON array of objects, got an object"},
		{name: "json wrong type", file: "stories.json", data: "[\n {\"path\": \"a.txt\",\n  \"outlet\": 7}\n]",
			wantErr: "stories.json:3: outlet: expected a string, got number"},
		{name: "json key on a later line of its object", file: "stories.json", data: "[\n {\"path\": \"a.txt\",\n  \"outlet\": \"A\",\n  \"publisher\": \"P\"}\n]",
			wantErr: `stories.json:4: unknown key "publisher" (expected path, url, outlet, date, title, role, speaker)`},
		{name: "json element not an object", file: "stories.json", data: "[\n \"a.txt\"\n]",
			wantErr: "stories.json:2: expected an object, got string"},
		{name: "json unknown key", file: "stories.json", data: "[\n {\"path\": \"a.txt\"},\n {\"path\": \"b.txt\", \"publisher\": \"B\"}\n]",
			wantErr: `stories.json:3: unknown key "publisher" (expected path, url, outlet, date, title, role, speaker)`},
		{name: "json data after the array", file: "stories.json", data: "[]\n[]",
			wantErr: "stories.json:2: expected nothing after the array, got '['"},
		{name: "json missing colon", file: "stories.json", data: "[\n {\"path\" \"a.txt\"}\n]",
			wantErr: "stories.json:2: expected a colon after a key, got '\"'"},
		{name: "json missing value", file: "stories.json", data: "[\n {\"path\": }\n]",
			wantErr: "stories.json:2: expected a value, got '}'"},
		{name: "json empty", file: "stories.json", data: "",
			wantErr: "stories.json:1: unexpected end of file (a ] or } is missing)"},
		{name: "wrong extension", file: "stories.yaml", data: "- path: a.txt",
			wantErr: "stories.yaml: a manifest must be a .csv or .json file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseManifest(tt.file, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v\nwant    %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Entries) != len(tt.want) {
				t.Fatalf("entries = %+v, want %+v", m.Entries, tt.want)
			}
			for i := range tt.want {
				if m.Entries[i] != tt.want[i] {
					t.Errorf("entry %d = %+v, want %+v", i, m.Entries[i], tt.want[i])
				}
			}
		})
	}
}

func TestLoadManifestMissing(t *testing.T) {
	_, err := LoadManifest(filepath.Join(t.TempDir(), "nope.csv"))
	if err == nil || filepath.Base(err.Error()) != "nope.csv: no such file or directory" {
		t.Errorf("error = %v", err)
	}
}

// Paths in a manifest are relative to the manifest's directory, whatever
// the working directory; unmatched entries are reported.
func TestLoadWithManifest(t *testing.T) {
	t.Chdir(t.TempDir())
	writeFiles(t, ".", map[string]string{
		"story/000.txt":   story,
		"story/001.txt":   story,
		"story/sub/2.txt": story,
		"story/list.csv": "path,outlet,url,date\n" +
			"000.txt,BBC News,https://www.bbc.co.uk/news/x,2024-03-25\n" +
			"sub/2.txt,,https://news.sky.example/y,\n" +
			"gone.txt,Nobody,,\n",
	})
	m, err := LoadManifest("story/list.csv")
	if err != nil {
		t.Fatal(err)
	}
	arts, warns, errs := Load(context.Background(), []string{"story"}, Options{Manifest: m})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	type row struct{ id, outlet, url, date string }
	want := []row{
		{"000", "BBC News", "https://www.bbc.co.uk/news/x", "2024-03-25"},
		{"001", "001", "", ""},
		{"2", "news.sky.example", "https://news.sky.example/y", ""},
	}
	if len(arts) != len(want) {
		t.Fatalf("got %d articles", len(arts))
	}
	for i, a := range arts {
		if got := (row{a.ID, a.Outlet, a.URL, a.Date}); got != want[i] {
			t.Errorf("article %d = %+v, want %+v", i, got, want[i])
		}
	}
	if got, want := warningStrings(warns), []string{"story/list.csv:4: gone.txt matches no input"}; !equalStrings(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	// The manifest is not an article, even though it sits in the directory.
	if _, err := os.Stat("story/list.csv"); err != nil {
		t.Fatal(err)
	}
}

func TestManifestSources(t *testing.T) {
	m, err := ParseManifest("dir/m.csv", []byte("path,role,speaker\nspeech.txt,source,Jane Roe\na.txt,article,\nhttps://example.org/t,source,\n"))
	if err != nil {
		t.Fatal(err)
	}
	src := m.Sources()
	if len(src) != 2 || !filepath.IsAbs(src[0].Path) || filepath.Base(src[0].Path) != "speech.txt" || src[0].Speaker != "Jane Roe" || src[1].URL != "https://example.org/t" {
		t.Errorf("sources %+v", src)
	}
	if !m.IsSource("dir/speech.txt", "") || m.IsSource("dir/a.txt", "") || !m.IsSource("", "https://example.org/t") {
		t.Error("IsSource wrong")
	}
	if _, err := ParseManifest("m.csv", []byte("path,role\na.txt,record\n")); err == nil || err.Error() != `m.csv:2: role "record": want article or source` {
		t.Errorf("bad role error = %v", err)
	}
}
