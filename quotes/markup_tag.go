package quotes

import "strings"

// maxTagReach bounds how far back inMarkupTag looks for a tag's "<".
const maxTagReach = 300

// inMarkupTag reports whether the byte offset at sits inside a markup
// tag left in the text, `<tweet author="@ann_roe" date="May 2">`: a
// quoted attribute value there is no one's words.
func inMarkupTag(text string, at int) bool {
	lo := max(0, at-maxTagReach)
	before := text[lo:at]
	lt := strings.LastIndexByte(before, '<')
	if lt < 0 || strings.LastIndexByte(before, '>') > lt || strings.ContainsAny(before[lt:], "\n") {
		return false
	}
	name := before[lt+1:]
	if name == "" || !isASCIILetter(name[0]) {
		return false // "a < b" or "<-" is no tag
	}
	if sp := strings.IndexByte(name, ' '); sp < 0 || !strings.Contains(name[sp:], "=") {
		return false // a tag opens with its name, then attribute="value"
	}
	return strings.Contains(text[at:min(len(text), at+maxTagReach)], ">")
}
