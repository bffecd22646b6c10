// Package align compares the quotes of several articles on one story.
//
// It resolves speakers into one identity across outlets, groups the
// versions of one utterance into clusters (a fragment goes with the longer
// quote it comes from), aligns the versions word by word and classifies
// each difference with a Verdict.
package align
