// Package quotes finds the quoted spans of a news article and the speaker
// of each.
//
// Extract is a pure function of one Article: it returns every quoted span
// with its byte offsets into Article.Text, its kind (direct, partial, scare,
// title, headline) and, for nested quotes, its enclosing quote. Attribute
// then fills in who said each quote, from the article alone.
//
// Nothing here looks at other articles; cross-outlet work lives in package
// align.
package quotes
