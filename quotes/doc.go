// Package quotes finds the quoted spans of a news article and the speaker
// of each. Everything here is a pure function of one Article.
//
// Extract returns every quoted span with its byte offsets into
// Article.Text, its kind (direct, partial, scare, title, headline) and, for
// nested quotes, its enclosing quote. Straight marks take their direction
// from the runes around them; a single mark between letters is an
// apostrophe; a paragraph left open continues only when the next one
// reopens it.
//
// Attribute fills in who said each quote: a reporting verb after or before
// it, a colon intro, "according to", a dash attribution, a pronoun or a role
// noun resolved to the name it refers to, or the previous quote's speaker
// for a paragraph that is only a quote. A quote with no such evidence keeps
// an empty Speaker. Names lists every person and organisation an article
// names, with the aliases it ties to each; package align uses them to
// resolve speakers across articles.
package quotes
