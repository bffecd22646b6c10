// Package input turns command-line arguments into articles.
//
// Load takes file names, directories (read recursively for .txt, .md,
// .html and .htm files, in sorted order, skipping hidden entries), "-" for
// standard input and http(s) URLs, and returns one quotes.Article per input
// that could be read, in argument order, a Warning for each input that was
// read but looks wrong (an empty file, a truncated character, a name given
// twice), and an *Error naming the input and the problem for each input
// that could not be read ("notes.txt: not a text file (looks like PDF)").
// Callers print the errors, carry on with the articles and exit 2.
//
// Directories are walked for regular files only: a named pipe, socket or
// device met there is skipped with a warning (it would block the run or
// never end), while one named on the command line is read as a stream, as
// process substitution needs. An argument that is a symbolic link to a
// directory is walked. A file carrying quotecheck's own report marker
// (HTMLReportMarker, or a first line "**quotecheck check**: ...") is
// skipped with a warning, so a report written next to the articles is
// not read back as one.
//
// Every input is refused as soon as it passes Options.MaxFileBytes
// (--max-input-size, 64 MiB by default): reading stops one byte past the
// limit, so /dev/zero, standard input or a growing file cost no more.
//
// A URL's user information ("https://user:pass@host/...") is sent as
// basic authentication and never shown: an article's Path and URL,
// errors and warnings carry the URL without it (RedactURL). A query typed
// with raw spaces or quotes is percent-encoded before the request.
//
// An article's ID is its file name without the extension (for a URL, the
// last path segment, else the host; for standard input "stdin"), with
// "-2", "-3", ... appended when IDs collide.
//
// URLs are fetched with a time limit, a size cap and a redirect limit;
// a non-2xx status, a content type other than text, a redirect loop, a
// timeout or an oversized body is an error for that input.
//
// # Text
//
// A UTF-8 text file is kept byte for byte, line endings included, so that
// every offset the extractor reports is an offset into the file. The only
// exception is a UTF-8 byte order mark: it is dropped, and Encoding is then
// "utf-8-bom" to say that offsets are counted from the byte after the
// mark. Other encodings are decoded to UTF-8 and offsets refer to the
// decoded text: "utf-16le", "utf-16be", "utf-32le", "utf-32be" (each only
// with a byte order mark), "windows-1252" for text that is mostly not
// UTF-8, or the charset a web server or an HTML page declares.
//
// Text that is UTF-8 but for a few bytes (the valid multi-byte characters
// outnumber the invalid bytes) stays UTF-8: each invalid byte becomes
// U+FFFD, a Warning names the bytes' offsets in the file, and offsets past
// the first such byte refer to the text as read. Only text in which at
// least half of the non-ASCII characters are not UTF-8 is read as
// Windows-1252, so one stray Latin-1 byte does not turn every curly quote
// of a file into mojibake.
//
// # HTML
//
// An HTML page (by extension, by Content-Type, or by a document that starts
// with <!doctype html> or <html>) is reduced to its article with
// codeberg.org/readeck/go-readability/v2. Text is then the page's title
// followed by the article's paragraphs, separated by blank lines, and
// TextSource is "html": offsets refer to that text, not to the page.
//
// # Manifest
//
// A manifest (CSV or JSON, see LoadManifest) names each input's outlet,
// URL, date and title. Without one the outlet is the page's og:site_name
// (or the publisher readability finds), else the host of the article's
// URL, else the article's ID. A saved page's URL, when no manifest gives
// one, is its og:url, else its absolute canonical link.
package input
