package source

import (
	"testing"
	"time"

	"github.com/quotecheck/quotecheck/align"
)

func TestMatchVerdicts(t *testing.T) {
	tests := []struct {
		name, file, quote, credited string
		verdict                     align.Verdict
		speaker                     string // who said it, per the record
		pieces                      int
		line                        int // line of the first piece
	}{
		{"identical sentence", "debate.txt",
			"Rents are too high, and I am not going to pretend otherwise.", "Margaret Ellison",
			align.Identical, "Margaret Ellison", 1, 6},
		{"punctuation only", "debate.txt",
			"Rents are too high and I am not going to pretend otherwise", "Ellison",
			align.PunctuationOnly, "Margaret Ellison", 1, 6},
		{"fragment inside one turn", "debate.txt",
			"cap the fees that landlords charge", "Gov. Ellison",
			align.Fragment, "Margaret Ellison", 1, 8},
		{"across a turn's paragraphs", "debate.txt",
			"We have built more homes in the last two years than in the previous six combined. But building is not enough.", "Ellison",
			align.Identical, "Margaret Ellison", 1, 6},
		{"ellipsis joining two sentences of one answer", "debate.txt",
			"Rents are too high … We will cap the fees that landlords charge for applications", "Margaret Ellison",
			align.Ellipsis, "Margaret Ellison", 2, 6},
		{"ellipsis with three dots", "debate.txt",
			"Teacher pay went up eleven percent under my budget... We still have work to do in rural districts", "Ellison",
			align.Ellipsis, "Margaret Ellison", 2, 24},
		{"trimmed without an ellipsis", "debate.txt",
			"We will cap the fees that landlords charge, and we will put twelve hundred new inspectors on the job", "Ellison",
			align.Trimmed, "Margaret Ellison", 1, 8},
		{"splice joining two answers without an ellipsis", "debate.txt",
			"Rents are too high, and I am not going to pretend otherwise. We still have work to do in rural districts.", "Ellison",
			align.Spliced, "Margaret Ellison", 2, 6},
		{"pieces out of order, even with an ellipsis", "debate.txt",
			"We still have work to do in rural districts ... Rents are too high, and I am not going to pretend otherwise", "Ellison",
			align.Spliced, "Margaret Ellison", 2, 24},
		{"wording altered", "debate.txt",
			"We have built more houses in the last two years than in the previous six combined", "Ellison",
			align.WordingAltered, "Margaret Ellison", 1, 6},
		{"words added", "debate.txt",
			"We have built more affordable homes in the last two years than in the previous six combined", "Ellison",
			align.WordsAdded, "Margaret Ellison", 1, 6},
		{"moderator's words credited to a candidate", "debate.txt",
			"Teachers in this state are leaving for better pay next door. Is that a failure of your administration?", "Thomas Okafor",
			align.SpeakerDiffers, "Dana Whitfield", 1, 22},
		{"words not in the record", "debate.txt",
			"I will abolish the state income tax in my first year", "Okafor",
			align.NotInSource, "", 0, 0},
		{"words of someone the record does not have", "debate.txt",
			"Nobody I know can afford a two-bedroom in this town", "Carla Mendes",
			"", "", 0, 0},
		{"short partial quote found", "debate.txt",
			"largest raise in a generation", "Ellison",
			align.Fragment, "Margaret Ellison", 1, 24},
		{"short common words left alone", "debate.txt",
			"in the state", "Ellison",
			"", "", 0, 0},
		{"quote across two caption cues", "briefing.vtt",
			"The storm moved east overnight and the river crested two feet below the levee.", "Jane Roe",
			align.Identical, "Jane Roe", 1, 7},
		{"captions, question credited to the official", "briefing.vtt",
			"Will the evacuation order be lifted today?", "Jane Roe",
			align.SpeakerDiffers, "Sam Ortiz", 1, 15},
		{"rolling captions: a quote across cues said once", "rolling.vtt",
			"We are asking everyone to stay home until the water is safe to drink", "",
			align.Fragment, "", 1, 6},
		{"srt across cues with >> labels", "briefing.srt",
			"We are asking residents to stay off the roads until noon", "Jane Roe",
			align.Identical, "Roe", 1, 3},
		{"srt fragment", "briefing.srt",
			"most of them in the valley", "Roe",
			align.Fragment, "Roe", 1, 15},
		{"press conference, altered", "pressconf.txt",
			"The bill gives away water rights that belong to the tribes, and I will not vote for it", "Senator Roe",
			align.WordingAltered, "Roe", 1, 3},
		{"press conference, stage direction inside", "pressconf.txt",
			"If the tribes sign off, yes. That's a big if.", "Roe",
			align.Identical, "Roe", 1, 5},
		{"statement, verbatim", "statement.txt",
			"Every family that lost a home will receive help within thirty days", "Governor Ellison",
			align.Fragment, "Margaret Ellison", 1, 3},
		{"statement, numbers written as digits", "statement.txt",
			"Every family that lost a home will receive help within 30 days, and no town will be left to rebuild alone.", "Ellison",
			align.PunctuationOnly, "Margaret Ellison", 1, 3},
		{"fillers left out", "townhall.txt",
			"I want to start with the water plant, because I know that's what most of you came to hear about.", "Luis Ortega",
			align.Identical, "Luis Ortega", 1, 3},
		{"a stutter left out", "townhall.txt",
			"We have patched it and patched it, and the engineers tell me we are out of patches.", "Ortega",
			align.PunctuationOnly, "Luis Ortega", 1, 5},
		{"a real cut beside a filler is still a trim", "townhall.txt",
			"The engineers tell me we are out of patches. So the council will vote on a bond to replace it.", "Ortega",
			align.Trimmed, "Luis Ortega", 1, 5},
		{"a bracket standing in for a pronoun", "townhall.txt",
			"[The resident] was the first to ask me that, and it's the right question.", "Ortega",
			align.Fragment, "Luis Ortega", 1, 9},
		{"a bracket replacing words is a marked cut", "townhall.txt",
			"About eleven dollars a month [per home], for twenty years.", "Ortega",
			align.Ellipsis, "Luis Ortega", 2, 9},
		{"briefing: a reporter's question credited to the press secretary", "whbriefing.txt",
			"Does the President think that's enough?", "Dana Hollis",
			align.SpeakerDiffers, "Q", 1, 19},
		{"briefing: repetition and laughter left out", "whbriefing.txt",
			"Second, the administration is releasing forty million dollars in emergency grants for rural hospitals today, not next week.", "Hollis",
			align.PunctuationOnly, "Hollis", 1, 13},
		{"briefing captions: across three cues", "whbriefing.srt",
			"the administration is releasing forty million dollars in emergency grants for rural hospitals today", "Dana Hollis",
			align.Fragment, "Hollis", 1, 8},
		{"a role-only speaker's words credited by name: the record cannot say", "forum.txt",
			"Should the city extend the light rail to the airport?", "Dana Whitfield",
			align.Identical, "Moderator", 1, 1},
		{"a role-only speaker's words credited to a named speaker", "forum.txt",
			"Should the city extend the light rail to the airport?", "Margaret Ellison",
			align.SpeakerDiffers, "Moderator", 1, 1},
		{"statement, not said", "statement.txt",
			"We will rebuild every bridge before the winter", "Margaret Ellison",
			align.NotInSource, "", 0, 0},
	}
	indexes := map[string]*Index{}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix := indexes[tt.file]
			if ix == nil {
				ix = NewIndex(load(t, tt.file, Options{}), DefaultMatchOptions())
				indexes[tt.file] = ix
			}
			m := ix.Match(tt.quote, tt.credited)
			if m.Verdict != tt.verdict || m.Speaker != tt.speaker || len(m.Pieces) != tt.pieces {
				t.Errorf("verdict %q (text %q), speaker %q, %d pieces; want %q, %q, %d\npassage %q\ndiff %v",
					m.Verdict, m.TextVerdict, m.Speaker, len(m.Pieces), tt.verdict, tt.speaker, tt.pieces, m.Passage, m.Diff)
			}
			if len(m.Pieces) > 0 && m.Pieces[0].Line != tt.line {
				t.Errorf("line %d, want %d", m.Pieces[0].Line, tt.line)
			}
			if m.Found() && len(m.Diff) == 0 {
				t.Errorf("no diff")
			}
			for _, p := range m.Pieces {
				if got := ix.src.Text[p.Start:p.End]; len(got) == 0 || got[:len(ix.src.Words[p.First].Text)] != ix.src.Words[p.First].Text {
					t.Errorf("piece offsets %d:%d read %q", p.Start, p.End, got)
				}
			}
		})
	}
}

func TestMatchCueTime(t *testing.T) {
	ix := NewIndex(load(t, "briefing.vtt", Options{}), DefaultMatchOptions())
	m := ix.Match("the river crested two feet below the levee", "Jane Roe")
	if !m.Found() || m.Pieces[0].Cue == nil || m.Pieces[0].Cue.Start != 4200*time.Millisecond {
		t.Fatalf("match %+v", m)
	}
}

// Captions of a speech without labels: the caller names the speaker, and
// words credited to them that the captions lack are not in the source.
func TestCaptionsWithSpeakerOption(t *testing.T) {
	src := load(t, "rolling.vtt", Options{Speaker: "Jane Roe"})
	if len(src.Speakers) != 1 || src.Turns[0].Speaker != 0 {
		t.Fatalf("speakers %+v, turn %+v", src.Speakers, src.Turns[0])
	}
	ix := NewIndex(src, DefaultMatchOptions())
	if m := ix.Match("We have ordered bottled water for every school in the county", "Jane Roe"); m.Verdict != align.NotInSource {
		t.Errorf("invented: %q", m.Verdict)
	}
	if m := ix.Match("until the water is safe to drink", "Jane Roe"); m.Verdict != align.Fragment || m.Speaker != "Jane Roe" {
		t.Errorf("said: %q by %q", m.Verdict, m.Speaker)
	}
}
