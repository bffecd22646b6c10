package quotes

// reportBefore: a quote that is a sentence by itself right after a
// sentence that reports someone's words without quoting them: `Roe said
// that for years critics had predicted a pullout. ¶ "That will not
// happen."`, `Roe announced the lawsuit on Monday. "We are seeking an
// order."`. News writing follows a paraphrase with the same speaker's
// own words; a quote by someone else carries its own attribution, which
// the earlier rules find first. introBefore covers the intro that ends on
// its verb ("Roe said in a statement."); this rule the complete report.
//
// The reporting verb must be the first of its sentence and come early
// (the main clause), its subject must be a name or a pronoun the article
// resolves, and it must not ask: the answer after `Roe asked whether ...`
// is someone else's.
func (d *analysis) reportBefore(ti int) (speaker, bool) {
	if d.sWords[d.toks[ti].sent] > 0 || labelled(d.qs[d.toks[ti].q].Text) {
		return speaker{}, false
	}
	e, ok := d.introMark(ti, ".")
	if !ok {
		return speaker{}, false
	}
	lo, _ := d.sentOf(e)
	if e-lo > maxReach {
		return speaker{}, false
	}
	for k := lo; k < e; k++ {
		if d.toks[k].kind == tkQuote || d.toks[k].kind == tkPara {
			return speaker{}, false
		}
	}
	// An opening phrase ("In response to Lee's charge that ..., Roe said")
	// is no part of the main clause: its words neither count nor cue.
	s := d.skipOpeners(lo, e)
	for k := s; k < e && k <= s+maxReportSubject; k++ {
		c, ok := d.cueAt(k)
		if !ok {
			continue
		}
		if c.frame != frameSpeech || c.form == cueParticiple || asksQuestion(d.lw(k)) {
			return speaker{}, false
		}
		sp, ok := d.subjectOf(k, lo, e, 0)
		if !ok || sp.ent < 0 {
			return speaker{}, false
		}
		sp.cue = d.lw(k)
		return sp, true
	}
	return speaker{}, false
}

// maxReportSubject bounds how far into its sentence the verb of a report
// may stand: "Former Defense Secretary Jo Roe, 61, said" fits.
const maxReportSubject = 14

// asksQuestion reports whether w is a verb form that asks rather than
// states: the words after it answer, and someone else gives the answer.
func asksQuestion(w string) bool {
	switch w {
	case "asked", "asks", "questioned", "questions", "queried", "queries", "pressed", "presses", "wondered", "wonders":
		return true
	}
	return false
}

// labelled reports whether a quote opens with a speaker label, as a
// transcript does ("HOST: Is it over?"): the label, not the sentence
// before, says who speaks.
func labelled(q string) bool {
	words := 0
	for i := 0; i < len(q) && i < 40; i++ {
		switch c := q[i]; {
		case c == ':':
			return i > 0 && words < 3 // up to three capitalised words
		case c == ' ':
			words++
		case i == 0 || q[i-1] == ' ':
			if c < 'A' || c > 'Z' {
				return false
			}
		}
	}
	return false
}
