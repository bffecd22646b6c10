package quotes

// Article is one outlet's text of a story.
type Article struct {
	ID         string // file name without extension, unique within a run
	Path       string // where the text came from: a file path, a URL or "-"
	Outlet     string // the publication; the ID when nothing better is known
	Title      string // the headline, when the input names one
	URL        string // the page address, when known
	Date       string // publication date as given by a manifest, when known
	Text       string // UTF-8 text; every offset points into it
	TextSource string // "text" for a text file, "html" for text extracted from a page
	Encoding   string // the encoding the input was decoded from ("utf-8", "utf-16le", "windows-1252", ...)
	// Page maps Text back to the page it was extracted from, for text
	// from an HTML file or download; nil otherwise. See PagePosition.
	// A pointer keeps Article comparable.
	Page *PageMap
}

// Kind says what sort of quoted span a Quote is.
type Kind string

// The kinds of quoted span, as defined by the JSON contract (docs/json-v1.md).
const (
	Direct   Kind = "direct"   // a clause or more of someone's speech
	Partial  Kind = "partial"  // a fragment of someone's words inside the reporter's sentence
	Scare    Kind = "scare"    // a term set off in quote marks, nobody's speech
	Title    Kind = "title"    // a quoted name of a thing
	Headline Kind = "headline" // a quote in a heading or caption line
)

// Mention is the words in an article that an attribution rests on: a name,
// a pronoun or a role noun.
type Mention struct {
	Text  string
	Start int // byte offset into Article.Text
	End   int // one past the last byte
}

// Quote is one quoted span of an article.
type Quote struct {
	ID      string // "<article id>#<n>", n counting from 1 in document order
	Article string // the article's ID
	// Text is the quoted words without the marks. A quote that runs over
	// several paragraphs is joined with single spaces, without the
	// reopening marks.
	Text   string
	Start  int    // byte offset of the first quoted character
	End    int    // byte offset one past the last quoted character
	Line   int    // 1-based line of Start
	Column int    // 1-based column of Start, in characters
	Kind   Kind   //
	Open   string // the opening mark, e.g. `"` or `“`
	Close  string // the closing mark
	// Parent is the index, in the same slice, of the quote this one is
	// nested in, or -1.
	Parent int

	// Filled in by Attribute.
	Speaker     string // the speaker's fullest name in this article; "" when unattributed
	SpeakerKind string // "person", "organisation" or "group"; "" when unattributed
	// Mention is nil when unattributed. With Speaker "", it is a subject
	// that names no one the article ties to a name: a pronoun no name
	// within reach fits, a definite role noun no name fits ("the
	// senator"), the writer's own "I", an indefinite or unnamed
	// subject ("another", "the two", "a narrator"), a poll share or a
	// document ("the ad"): the words are attributed, no person is named.
	Mention *Mention
	Cue     string // the reporting word ("said", "told", "according to", ":"); "" when none

	// Filled in by align when speakers are resolved across articles.
	SpeakerID string
}
