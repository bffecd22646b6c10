package quotes

// AttributeNames is Attribute and Names from one analysis of the article:
// what a caller that needs both (package align, to join speakers across
// articles) would otherwise pay for twice.
func AttributeNames(a Article, qs []Quote) ([]Quote, []Name) {
	out := make([]Quote, len(qs))
	copy(out, qs)
	for i := range out {
		out[i].Speaker, out[i].SpeakerKind, out[i].Mention, out[i].Cue = "", "", nil, ""
	}
	if len(qs) == 0 {
		return out, nil
	}
	d := analyse(a, qs)
	d.attributeAll(out)
	d.fillAliases()
	names := d.nameList()
	d.release()
	return out, names
}

// nameList lists the article's identities after fillAliases, in order of
// first mention.
func (d *analysis) nameList() []Name {
	out := make([]Name, 0, len(d.ents))
	for _, e := range d.ents {
		if e.merged >= 0 {
			continue
		}
		out = append(out, Name{Name: e.name, Kind: e.kind, Aliases: append([]string(nil), e.aliases...)})
	}
	return out
}
