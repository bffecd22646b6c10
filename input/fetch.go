package input

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// fetched is a downloaded page.
type fetched struct {
	body        string
	contentType string // the media type, lower case, without parameters
	charset     string // the charset parameter, when given
	finalURL    *url.URL
}

// errTooManyRedirects and errRedirectLoop are returned from CheckRedirect;
// fetch turns them into the message the user sees.
type redirectError struct{ msg string }

func (e *redirectError) Error() string { return e.msg }

// fetch downloads one http(s) URL within opts' time and size limits.
func fetch(ctx context.Context, rawURL string, opts *Options) (fetched, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return fetched{}, fmt.Errorf("not a valid URL")
	}
	// net/url keeps a query as typed; a raw space in it would end the
	// request line early.
	u.RawQuery = escapeQuery(u.RawQuery)
	timeout := opts.timeout()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return fetched{}, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Accept", "text/html, text/plain;q=0.9, text/*;q=0.8")
	if opts.UserAgent != "" {
		req.Header.Set("User-Agent", opts.UserAgent)
	}

	resp, err := opts.client().Do(req)
	if err != nil {
		return fetched{}, describeFetchError(ctx, err, timeout)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fetched{}, fmt.Errorf("HTTP %s", statusText(resp))
	}
	mediaType, params, err := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if err != nil {
		// No or a garbled Content-Type: decide from the bytes, as browsers do.
		mediaType, params = "", nil
	}
	mediaType = strings.ToLower(mediaType)
	if mediaType == "application/octet-stream" {
		// Misconfigured servers send text files as octet-stream; the
		// bytes decide, and decodeText refuses what is not text.
		mediaType = ""
	}
	if mediaType != "" && !textMediaType(mediaType) {
		return fetched{}, fmt.Errorf("%w (content type %s)", errNotText, mediaType)
	}

	limit := opts.maxBytes()
	if resp.ContentLength > limit {
		return fetched{}, fmt.Errorf("larger than %s (the server says %s)", formatBytes(limit), formatBytes(resp.ContentLength))
	}
	body, err := readLimited(resp.Body, limit, resp.ContentLength)
	if err != nil {
		if errors.Is(err, errTooLarge) {
			return fetched{}, fmt.Errorf("larger than %s", formatBytes(limit))
		}
		return fetched{}, describeFetchError(ctx, err, timeout)
	}
	return fetched{
		body:        body,
		contentType: mediaType,
		charset:     params["charset"],
		finalURL:    resp.Request.URL,
	}, nil
}

// textMediaType reports whether a Content-Type can hold an article.
func textMediaType(t string) bool {
	return strings.HasPrefix(t, "text/") || t == "application/xhtml+xml"
}

func statusText(resp *http.Response) string {
	if text := http.StatusText(resp.StatusCode); text != "" {
		return fmt.Sprintf("%d %s", resp.StatusCode, text)
	}
	return fmt.Sprint(resp.StatusCode)
}

// describeFetchError turns a transport error into a message a user can act
// on, without the "Get \"URL\":" prefix that would repeat the input's name.
func describeFetchError(ctx context.Context, err error, timeout time.Duration) error {
	var re *redirectError
	if errors.As(err, &re) {
		return re
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %s", timeout)
	}
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("canceled")
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("timed out after %s", timeout)
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// checkRedirect stops redirect loops and long redirect chains.
func checkRedirect(max int) func(req *http.Request, via []*http.Request) error {
	return func(req *http.Request, via []*http.Request) error {
		for _, prev := range via {
			if prev.URL.String() == req.URL.String() {
				chain := make([]string, 0, len(via)+1)
				for _, v := range via {
					chain = append(chain, v.URL.String())
				}
				chain = append(chain, req.URL.String())
				return &redirectError{"redirect loop: " + strings.Join(chain, " -> ")}
			}
		}
		if len(via) >= max {
			return &redirectError{fmt.Sprintf("too many redirects (more than %d)", max)}
		}
		return nil
	}
}

// formatBytes writes a size the way users think of limits: 10 MiB, 512 KiB.
func formatBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}
