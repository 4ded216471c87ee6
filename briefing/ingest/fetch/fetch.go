// Package fetch downloads feeds and pages for ingest, with the limits a bot that fetches
// user-supplied URLs needs: time-outs, a size cap, a content-type check, conditional requests
// (ETag / Last-Modified), and no requests to private, loopback or link-local addresses (no
// SSRF), redirects included, unless an allowlist permits them. It is the one part of briefing
// that does network I/O; the parsing stays in package ingest.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
)

// Errors callers branch on.
var (
	ErrBlocked     = errors.New("address not allowed (private, loopback or link-local)")
	ErrContentType = errors.New("unexpected content type")
	ErrNotModified = errors.New("not modified")
)

// HTTPError is a non-2xx answer.
type HTTPError struct{ Status int }

func (e *HTTPError) Error() string {
	return fmt.Sprintf("HTTP %d %s", e.Status, http.StatusText(e.Status))
}

// Client fetches with limits. The zero value is not usable; use New.
type Client struct {
	http      *http.Client
	UserAgent string
}

// New returns a client that refuses non-public addresses except those in allow (CIDR prefixes
// such as "127.0.0.1/32"; tests use it for their loopback servers).
func New(timeout time.Duration, allow []netip.Prefix) *Client {
	if timeout <= 0 {
		timeout = 15 * time.Second
	}
	dialer := &net.Dialer{Timeout: 5 * time.Second, Control: func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrBlocked, address)
		}
		if !Allowed(ap.Addr(), allow) {
			return fmt.Errorf("%w: %s", ErrBlocked, ap.Addr())
		}
		return nil
	}}
	tr := &http.Transport{
		DialContext:           dialer.DialContext,
		Proxy:                 nil, // a proxy would dial for us and bypass the address check
		TLSHandshakeTimeout:   5 * time.Second,
		ResponseHeaderTimeout: 10 * time.Second,
		MaxIdleConnsPerHost:   2,
	}
	return &Client{UserAgent: "briefbot/1 (+news briefings for Discord)", http: &http.Client{
		Timeout:   timeout,
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: only http and https", req.URL.Scheme)
			}
			return nil // the dialer checks the address it goes to
		},
	}}
}

// ParseAllow reads a comma-separated list of IPs or CIDR prefixes.
func ParseAllow(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		if !strings.Contains(f, "/") {
			a, err := netip.ParseAddr(f)
			if err != nil {
				return nil, fmt.Errorf("allowlist entry %q: %w", f, err)
			}
			out = append(out, netip.PrefixFrom(a, a.BitLen()))
			continue
		}
		p, err := netip.ParsePrefix(f)
		if err != nil {
			return nil, fmt.Errorf("allowlist entry %q: %w", f, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// Allowed reports whether a may be dialled: a public address, or one the allowlist names.
func Allowed(a netip.Addr, allow []netip.Prefix) bool {
	a = a.Unmap()
	for _, p := range allow {
		if p.Contains(a) {
			return true
		}
	}
	return a.IsGlobalUnicast() && !a.IsPrivate() && !a.IsLoopback() && !a.IsLinkLocalUnicast() &&
		!isSharedOrReserved(a)
}

// isSharedOrReserved covers ranges IsPrivate leaves out: carrier-grade NAT 100.64/10, 0/8,
// benchmarking 198.18/15, the reserved 240/4, documentation ranges, deprecated site-local
// fec0::/10, and the IPv6 forms that embed an IPv4 address (compatible ::a.b.c.d, translated
// ::ffff:0:a.b.c.d, NAT64, 6to4) and could reach any of them.
func isSharedOrReserved(a netip.Addr) bool {
	for _, p := range reserved {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

var reserved = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"), netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"), netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("64:ff9b::/96"), netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("240.0.0.0/4"), netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.51.100.0/24"), netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("::/96"), netip.MustParsePrefix("::ffff:0:0:0/96"),
	netip.MustParsePrefix("fec0::/10"), netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
}

// Result is a fetched document.
type Result struct {
	URL          string // after redirects
	Body         []byte
	ContentType  string
	ETag         string
	LastModified string
}

// Validators are the conditional-request headers of an earlier fetch.
type Validators struct{ ETag, LastModified string }

// Get fetches rawURL, at most max bytes, accepting the media types in accept (by prefix match
// on the type, e.g. "text/html"). With validators it asks only for a changed document and
// returns ErrNotModified on 304.
func (c *Client) Get(ctx context.Context, rawURL string, max int, accept []string, v Validators) (Result, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return Result{}, fmt.Errorf("%q is not an http(s) address", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Result{}, err
	}
	req.Header.Set("User-Agent", c.UserAgent)
	req.Header.Set("Accept", strings.Join(accept, ", ")+", */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		if errors.Is(err, ErrBlocked) {
			return Result{}, ErrBlocked
		}
		return Result{}, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return Result{}, ErrNotModified
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return Result{}, &HTTPError{Status: resp.StatusCode}
	}
	ct, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if !acceptable(ct, accept) {
		return Result{}, fmt.Errorf("%w: %q", ErrContentType, ct)
	}
	if resp.ContentLength > int64(max) {
		return Result{}, ingest.TooLarge(max)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, int64(max)+1))
	if err != nil {
		return Result{}, fmt.Errorf("read %s: %w", u.Redacted(), err)
	}
	if len(body) > max {
		return Result{}, ingest.TooLarge(max)
	}
	return Result{URL: resp.Request.URL.String(), Body: body, ContentType: ct,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}, nil
}

func acceptable(ct string, accept []string) bool {
	if ct == "" {
		return true // many servers send none; the parser decides
	}
	for _, a := range accept {
		if strings.HasPrefix(ct, a) {
			return true
		}
	}
	return false
}

// PageTypes and FeedTypes are what Page and Feed accept.
var (
	PageTypes = []string{"text/html", "application/xhtml+xml", "text/plain"}
	FeedTypes = []string{"application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
		"application/feed+json", "application/json", "text/plain", "application/rdf+xml"}
)

// Page fetches a web page and extracts its article.
func (c *Client) Page(ctx context.Context, rawURL string) (briefing.Article, error) {
	r, err := c.Get(ctx, rawURL, ingest.MaxPageBytes, PageTypes, Validators{})
	if err != nil {
		return briefing.Article{}, err
	}
	return pageArticle(r)
}

// pageArticle reads a fetched page: plain text as agency copy, anything else as HTML.
func pageArticle(r Result) (briefing.Article, error) {
	if r.ContentType == "text/plain" {
		a, err := ingest.Parse("page.txt", r.Body)
		a.URL = r.URL
		return a, err
	}
	return ingest.ParseHTML(r.Body, r.URL)
}

// ItemArticle makes an article of a feed item: its own text when it carries the story, else
// the text of its page, else (the page failing) its teaser when that is long enough to be an
// article. The error says why none would do.
func (c *Client) ItemArticle(ctx context.Context, feedTitle string, it ingest.FeedItem) (briefing.Article, error) {
	a, full := it.Article(feedTitle)
	if full {
		return a, nil
	}
	teaser := func(cause error) (briefing.Article, error) {
		if len(strings.Fields(a.Body)) >= ingest.MinArticleWords {
			return a, nil
		}
		return a, cause
	}
	if it.Link == "" {
		return teaser(fmt.Errorf("%w: a short item with no link", ingest.ErrEmpty))
	}
	page, err := c.Page(ctx, it.Link)
	if err != nil {
		return teaser(fmt.Errorf("%s: %w", it.Link, err))
	}
	page.Source = feedTitle
	if page.Title == "" || it.Title != "" {
		page.Title = a.Title
	}
	if page.Published.IsZero() {
		page.Published = a.Published
	}
	return page, nil
}

// Feed fetches and parses a feed; ErrNotModified when the validators still hold.
func (c *Client) Feed(ctx context.Context, rawURL string, v Validators) (ingest.Feed, Validators, error) {
	r, err := c.Get(ctx, rawURL, ingest.MaxFeedBytes, FeedTypes, v)
	if err != nil {
		return ingest.Feed{}, v, err
	}
	f, err := ingest.ParseFeed(r.Body)
	if err != nil {
		return ingest.Feed{}, v, err
	}
	return f, Validators{ETag: r.ETag, LastModified: r.LastModified}, nil
}

// Articles fetches a URL that is either a feed or a page: a feed gives its items (each item's
// page fetched when the item carries only a teaser), a page its article. Items that cannot be
// read are returned in skipped with the reason.
func (c *Client) Articles(ctx context.Context, rawURL string) (arts []briefing.Article, skipped []error, err error) {
	r, err := c.Get(ctx, rawURL, ingest.MaxPageBytes, append(append([]string{}, FeedTypes...), PageTypes...), Validators{})
	if err != nil {
		return nil, nil, err
	}
	if feed, ferr := ingest.ParseFeed(r.Body); ferr == nil && len(feed.Items) > 0 {
		for _, it := range feed.Items {
			a, err := c.ItemArticle(ctx, feed.Title, it)
			if err != nil {
				skipped = append(skipped, err)
				continue
			}
			arts = append(arts, a)
		}
		return arts, skipped, nil
	}
	a, err := pageArticle(r)
	if err != nil {
		return nil, nil, err
	}
	return []briefing.Article{a}, nil, nil
}
