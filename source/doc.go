// Package source checks quotes against the primary record: the transcript
// of a debate or a press conference, the captions of a video, or the text
// of a speech or a statement.
//
// Parse reads a source into words, each with its byte offsets into the
// source's text, its line, its speaker's turn and, for captions, its cue
// time. Speaker labels, stage directions ("(APPLAUSE)", "[CROSSTALK]"),
// timestamps, cue numbers and caption tags are not words. The form
// (transcript, WebVTT, SRT or statement) is detected from the text unless
// the caller names it.
//
// NewIndex indexes a source's words by word and by word trigram, so that a
// quote is looked up in time that does not grow with the source. Match
// finds where a quote's words were said: it chains exact runs of words
// (anchors) found through the index, aligns the words between two nearby
// anchors, and reads the result like an editor would: a verbatim part is a
// fragment; pieces joined with an ellipsis in the order spoken are
// faithful; words cut without an ellipsis are a trim; pieces from distant
// places or out of order without an ellipsis are a splice; words the
// speaker did not say are an alteration, an addition, or not in the
// source at all. A quote whose words were spoken by someone other than the
// credited speaker is speaker-differs.
package source
