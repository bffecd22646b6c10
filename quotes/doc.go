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
// The work is split by job, one file each:
//   - the types: quote.go (Quote, Kind), pagemap.go (offsets in the page the
//     text came from), attribute_names.go (Attribute and Names from one
//     analysis);
//   - memory: analysis_pool.go and extract_pool.go keep an analysis's and
//     the quote scanner's buffers from one article to the next;
//   - cutting the text: tokens.go (words, marks, quote regions), sentences.go,
//     marks.go and extract.go (quote spans), kind.go (direct, partial,
//     scare, title, headline);
//   - names: mentions.go and names.go find them, modifier_agent.go keeps a
//     party or place word before a title ("a veteran Republican
//     strategist") from naming anyone, entities.go and entity_index.go
//     join their short forms, headline_names.go keeps title-case headlines
//     from gluing words into names, poll_share.go makes a poll share speak
//     for its poll, pronouns.go and pronoun_main_subject.go resolve he,
//     she, it and they, gender_evidence.go reads a person's sex from the
//     pronouns the article ties to them;
//   - clauses: clause.go finds a verb's subject (past adverbs, tags,
//     appositives, relative clauses, coordination), speaker_np.go and
//     speaker_post.go turn a noun phrase into a speaker, speaker_guard.go
//     refuses a subject when the sentence says the words are another's,
//     clause_coord.go finds the subject of "Roe paused and later said",
//     clause_aside.go skips ", in a memo to donors," after a subject,
//     participle_subordinate.go gives a participle after a clause of time
//     or place to that clause's subject, attribute_owned_source.go reads
//     "according to its count" inside a report;
//   - rules, each a small function tried in order by attributeOne in
//     attribute.go: attribute_rules.go (a reporting verb before or after
//     the quote, colon and dash intros, "according to"), attribute_intro.go
//     (inverted and comma intros), attribute_report.go and
//     attribute_speech_act.go (an intro sentence before a quote paragraph),
//     attribute_tail.go, attribute_relative.go, attribute_modal.go and
//     attribute_numbered.go (long, unnamed or unusual subjects),
//     attribute_partial.go and attribute_partial2.go (partial quotes inside
//     a clause), attribute_aside.go and attribute_participle.go (a subject
//     an aside parts from its verb or its ", saying"), attribute_copular.go
//     ("Roe's answer was that"), attribute_partial3.go (a partial quote
//     whose subject is a poll share, a document or an unnamed person),
//     attribute_possessive.go and attribute_claim_object.go (claim nouns:
//     "Roe's claim that", "mocked Roe's claim that"),
//     attribute_passive_agent.go ("labeled "secret" by the agency"),
//     attribute_framer.go and framer_aside.go (who frames a short quoted
//     term), attribute_bridge.go (one sentence of the speaker's own
//     between two quotes), attribute_doc_colon.go (a document as a colon
//     intro's subject), attribute_agent.go (a claim or a document "by" its
//     author: "a report by the Courier that ..."),
//     attribute_relative_head.go (the subject before a restrictive "who"
//     clause), attribute_thing.go (a thing's words: "a sign that read");
//     kind_programme.go and markup_tag.go keep programme names and markup
//     attributes from being read as speech;
//   - the word lists are data: lexicon/en/*.txt, one entry a line, each with
//     a header saying what it holds (reporting verbs with their frame, role
//     and document nouns, organisation heads, calendar and platform words
//     ...), read by wordlists.go; lexicon.go, cues.go and nounlists.go turn
//     them into tables so a word costs one probe.
//
// Titles and honorifics, and the gender of given names, come from package
// identity, which align also uses to join speakers across articles. Names
// lists every person and organisation an article names, with the aliases
// it ties to each; package align uses them to resolve speakers across
// articles.
package quotes
