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
// it, a colon intro, "according to" or "per", a dash attribution, an intro
// sentence before a quote paragraph, a pronoun or a role noun resolved to
// the name it refers to, or the previous quote's speaker for a paragraph
// that is only a quote. A quote with no such evidence keeps an empty
// Speaker.
//
// The work is split by job: tokens.go and sentences.go cut the text,
// mentions.go and entities.go find the names and join their short forms,
// pronouns.go resolves he, she, it and they, clause.go finds a verb's
// subject (past adverbs, tags, appositives, relative clauses,
// coordination), speaker_np.go turns a noun phrase into a speaker, and
// attribute_rules.go holds the attribution rules, each a small function;
// attribute_tail.go reads long subjects and unnamed speakers after a
// quote, attribute_speech_act.go an intro sentence whose subject
// delivers a message or statement, and attribute_relative.go a subject
// set off from its verb by a relative clause without commas.
// The word lists are data: lexicon/en/*.txt, one entry a line, each with a
// header saying what it holds (reporting verbs with their frame, role and
// document nouns, organisation heads, calendar and platform words ...).
// Titles and honorifics, and the gender of given names, come from package
// identity, which align also uses to join speakers across articles. Names lists every person and organisation an article
// names, with the aliases it ties to each; package align uses them to
// resolve speakers across articles.
package quotes
