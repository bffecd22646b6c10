package source

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func load(t testing.TB, name string, opts Options) *Source {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	src, err := Parse(name, string(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// turnText is a turn as "Speaker: words", for comparing what was read.
func turnText(s *Source, t Turn) string {
	name := "?"
	if t.Speaker >= 0 {
		name = s.Speakers[t.Speaker].Name
	}
	ws := make([]string, 0, t.Last-t.First)
	for _, w := range s.Words[t.First:t.Last] {
		ws = append(ws, w.Text)
	}
	return name + ": " + strings.Join(ws, " ")
}

func TestParseForms(t *testing.T) {
	tests := []struct {
		file     string
		opts     Options
		form     Form
		speakers []string // names, in order of first label
		turns    int
		wantTurn map[int]string // turn index -> "Speaker: words" prefix
		notWords []string       // stage directions and labels that must not be words
	}{
		{
			file: "debate.txt", form: Transcript,
			speakers: []string{"Dana Whitfield", "Margaret Ellison", "Thomas Okafor"},
			turns:    10,
			wantTurn: map[int]string{
				0: "?: GUBERNATORIAL DEBATE AT HARMON UNIVERSITY Transcript October 14",
				1: "Dana Whitfield: Good evening and welcome",
				// a turn runs over its paragraphs, without the stage direction
				2: "Margaret Ellison: Thank you Dana Rents are too high",
				5: "Margaret Ellison: That is not what happened in Riverside County",
			},
			notWords: []string{"APPLAUSE", "CROSSTALK", "WHITFIELD", "OKAFOR", "MODERATOR"},
		},
		{
			file: "pressconf.txt", form: Transcript,
			speakers: []string{"Roe", "Q"},
			turns:    5,
			wantTurn: map[int]string{
				1: "Q: Senator will you support the pipeline bill",
				4: "Roe: If the tribes sign off yes That's a big if",
			},
			notWords: []string{"00", "LAUGHTER"},
		},
		{
			file: "briefing.vtt", form: WebVTT,
			speakers: []string{"Jane Roe", "Sam Ortiz"},
			turns:    3,
			wantTurn: map[int]string{
				// two cues joined into running text
				0: "Jane Roe: Good morning The storm moved east overnight and the river crested",
			},
			notWords: []string{"County", "00"},
		},
		{
			file: "briefing.srt", form: SRT,
			speakers: []string{"Roe", "Ortiz"},
			turns:    3,
			wantTurn: map[int]string{
				0: "Roe: We are asking residents to stay off the roads until noon",
				2: "Roe: About nine thousand most of them in the valley",
			},
			notWords: []string{"ROE", "00", "1"},
		},
		{
			// the White House's style: "MS. NAME:" with two spaces, "Q" and
			// spaces for a reporter, "(Laughter.)", a time line
			file: "whbriefing.txt", form: Transcript,
			speakers: []string{"Hollis", "Q"},
			turns:    8,
			wantTurn: map[int]string{
				2: "Q: Thank you",
				3: "Hollis: I wasn't finished Second the administration",
				4: "Q: Dana on the grants",
			},
			notWords: []string{"Laughter", "MS", "HOLLIS"},
		},
		{
			// rolling captions: each line said once, though cues repeat it
			file: "rolling.vtt", form: WebVTT,
			turns: 1,
			wantTurn: map[int]string{
				0: "?: we are asking everyone to stay home until the water is safe to drink and that could take three days",
			},
			notWords: []string{"Kind", "captions", "Language"},
		},
		{
			// labels inside caption lines, a cue's text over two lines
			file: "whbriefing.srt", form: SRT,
			speakers: []string{"Hollis", "Press"},
			turns:    3,
			wantTurn: map[int]string{
				0: "Hollis: Good afternoon everyone Second the administration is releasing forty million dollars in emergency grants",
				1: "Press: Does the President think that's enough",
			},
			notWords: []string{"Ms"},
		},
		{
			file: "statement.txt", form: Statement,
			speakers: []string{"Margaret Ellison"},
			turns:    1,
			wantTurn: map[int]string{0: "Margaret Ellison: Today I signed the flood relief package"},
			notWords: []string{"Package"},
		},
		{
			// the speaker named by the caller; the heading is then words
			file: "statement.txt", form: Statement, opts: Options{Form: Statement, Speaker: "Margaret Ellison"},
			speakers: []string{"Margaret Ellison"},
			turns:    1,
			wantTurn: map[int]string{0: "Margaret Ellison: Statement by Governor Margaret Ellison"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+string(tt.opts.Form), func(t *testing.T) {
			src := load(t, tt.file, tt.opts)
			if src.Form != tt.form {
				t.Errorf("form %q, want %q", src.Form, tt.form)
			}
			var names []string
			for _, sp := range src.Speakers {
				names = append(names, sp.Name)
			}
			if strings.Join(names, "|") != strings.Join(tt.speakers, "|") {
				t.Errorf("speakers %q, want %q", names, tt.speakers)
			}
			if len(src.Turns) != tt.turns {
				for _, tn := range src.Turns {
					t.Logf("turn %s", turnText(src, tn))
				}
				t.Errorf("%d turns, want %d", len(src.Turns), tt.turns)
			}
			for i, want := range tt.wantTurn {
				if i >= len(src.Turns) {
					continue
				}
				if got := turnText(src, src.Turns[i]); !strings.HasPrefix(got, want) {
					t.Errorf("turn %d = %q, want prefix %q", i, got, want)
				}
			}
			for _, w := range src.Words {
				for _, bad := range tt.notWords {
					if w.Text == bad {
						t.Errorf("%q read as a word on line %d", bad, w.Line)
					}
				}
				// every word keeps its offsets and line
				if src.Text[w.Start:w.End] != w.Text {
					t.Fatalf("word %q at %d:%d reads %q", w.Text, w.Start, w.End, src.Text[w.Start:w.End])
				}
				if got := strings.Count(src.Text[:w.Start], "\n") + 1; got != w.Line {
					t.Fatalf("word %q on line %d, want %d", w.Text, w.Line, got)
				}
			}
		})
	}
}

func TestParseSpeakerAliases(t *testing.T) {
	src := load(t, "debate.txt", Options{})
	ellison := src.Speakers[1]
	if ellison.Role != "" || !strings.Contains(strings.Join(ellison.Labels, "|"), "ELLISON") {
		t.Errorf("Ellison = %+v", ellison)
	}
	if src.Speakers[0].Role != "MODERATOR" {
		t.Errorf("moderator role = %q", src.Speakers[0].Role)
	}
	for _, tt := range []struct {
		speaker int
		name    string
		want    bool
	}{
		{1, "Margaret Ellison", true},
		{1, "Gov. Ellison", true},
		{1, "Ellison", true},
		{1, "M. Ellison", true},
		{1, "Margaret B. Ellison", true},
		{1, "Margaret Elison", true}, // a misspelt surname, as identity allows
		{1, "Margaret Ellis", false},
		{1, "Thomas Okafor", false},
		{1, "Ruth Ellison", false},
		{0, "the moderator", true},
		{0, "the candidate", false},
		{0, "MODERATOR", true},
		{2, "Mr Okafor", true},
	} {
		if got := src.Speakers[tt.speaker].Is(tt.name); got != tt.want {
			t.Errorf("%s.Is(%q) = %v", src.Speakers[tt.speaker].Name, tt.name, got)
		}
	}
}

func TestCaptionCueTimes(t *testing.T) {
	src := load(t, "briefing.vtt", Options{})
	if len(src.Cues) != 4 {
		t.Fatalf("%d cues", len(src.Cues))
	}
	for _, w := range src.Words {
		if w.Text == "river" && src.Cues[w.Cue].Start != 4200*time.Millisecond {
			t.Errorf("river in cue starting %v", src.Cues[w.Cue].Start)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tt := range []struct{ text, form, want string }{
		{"", "", "no spoken words"},
		{"WEBVTT\n\n1\n00:00:01.000 --> banana\nhello\n", "", "line 4: bad cue timing"},
		{"WEBVTT\n\nNOTE nothing here\n", "", "no caption cues"},
		{"(APPLAUSE)\n[CROSSTALK]\n", "", "no spoken words"},
	} {
		_, err := Parse("bad", tt.text, Options{Form: Form(tt.form)})
		if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "bad: ") {
			t.Errorf("Parse(%q) error = %v, want %q", tt.text, err, tt.want)
		}
	}
	if _, err := ParseForm("pdf"); err == nil {
		t.Error("ParseForm(pdf) accepted")
	}
}

func TestDetect(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Form
	}{
		{"WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", WebVTT},
		{"1\n00:00:01,000 --> 00:00:02,000\nhi\n", SRT},
		{"SMITH: Hello.\nJONES: Hi.\n", Transcript},
		{"Smith: Hello.\nJones: Hi.\nSmith: Bye.\n", Transcript},
		{"Look: we have a plan. And here it is.\n", Statement},
	} {
		if got := Detect(tt.text); got != tt.want {
			t.Errorf("Detect(%q) = %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestSurnameLabelJoinsFullName: a turn labelled by surname alone joins
// the one fuller label it may stand for, by identity's rule for short
// forms (a suffix included), and stays apart when two people share it.
func TestSurnameLabelJoinsFullName(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		speakers   int
	}{
		{"plain", "JANE ROE: We will fund the clinics.\n\nROE: Every one of them.\n", 1},
		{"suffix", "SEN. PAUL DALE JR.: The bill is dead.\n\nDALE: It will not pass.\n", 1},
		{"two who share the surname", "JANE ROE: First.\n\nMARK ROE: Second.\n\nROE: Third.\n", 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			src, err := Parse("t", tt.text, Options{Form: Transcript})
			if err != nil {
				t.Fatal(err)
			}
			if len(src.Speakers) != tt.speakers {
				t.Errorf("%d speakers, want %d: %+v", len(src.Speakers), tt.speakers, src.Speakers)
			}
		})
	}
}
