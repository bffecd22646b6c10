// Package align compares the quotes of several articles on one story.
//
// It resolves speakers into one identity across outlets, groups the
// versions of one utterance into clusters (a fragment goes with the longer
// quote it comes from), aligns the versions word by word and classifies
// each difference with a Verdict.
//
// A cluster is one utterance. Its versions with the same normalised words
// are one Variant, however many outlets carry it; the fullest variant is
// the reference and every other is compared with it once, so a wire story
// carried by hundreds of outlets costs what one copy costs. Clusters do
// not chain: a version joins the one fullest version (core) it matches
// best, and a long quote whose sentences are quoted separately elsewhere
// is in one cluster per sentence quoted.
//
// One sentence may quote a speaker in pieces ("wholly inaccurate" and "a
// smear campaign"): when another outlet quotes the pieces as one
// passage, their clusters are one, each kept as a part compared with its
// own reference (Variant.ComparedWith), so that no piece is compared
// with words it does not overlap.
package align
