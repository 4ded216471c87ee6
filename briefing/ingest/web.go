package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"github.com/briefbot/briefbot/briefing"
)

// ErrNotAnArticle means a page had no readable article text.
var ErrNotAnArticle = errors.New("no readable article on the page")

// ParseHTML extracts the readable article from a web page: its text (by readability), its
// title, canonical URL and publication date when the page gives them. pageURL is where the page
// was fetched from; relative canonical links resolve against it.
func ParseHTML(data []byte, pageURL string) (briefing.Article, error) {
	if len(data) > MaxPageBytes {
		return briefing.Article{}, TooLarge(MaxPageBytes)
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return briefing.Article{}, fmt.Errorf("page URL %q: %w", pageURL, err)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return briefing.Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	canonical := canonicalLink(doc, base)
	parser := readability.NewParser()
	art, err := parser.ParseDocument(doc, base)
	if err != nil || art.Node == nil {
		return briefing.Article{}, ErrNotAnArticle
	}
	var body strings.Builder
	if err := art.RenderText(&body); err != nil {
		return briefing.Article{}, ErrNotAnArticle
	}
	text := normaliseText(Clean(body.String()))
	if len(strings.Fields(text)) < MinArticleWords {
		return briefing.Article{}, ErrNotAnArticle
	}
	a := briefing.Article{Title: oneLine(art.Title()), Body: text, URL: pageURL}
	if canonical != "" && sameSite(canonical, base) {
		// A canonical link is the page's claim: it is believed only for the site the page
		// came from, so no page can file itself under another site's article.
		a.URL = canonical
	}
	if t, err := art.PublishedTime(); err == nil {
		a.Published = t.UTC()
	}
	if a.Title == "" {
		a.Title = titleFrom(text)
	}
	return a, nil
}

// oneLine cleans a title or name and folds it onto one line.
func oneLine(s string) string { return strings.Join(strings.Fields(Clean(s)), " ") }

// Host is a URL's host name in lower case without a leading "www.", "" when it has none: the
// outlet an article comes from.
func Host(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// sameSite reports whether the URL raw is on the host of base, or on it with "www." added or
// dropped.
func sameSite(raw string, base *url.URL) bool {
	h := Host(raw)
	return h != "" && h == Host(base.String())
}

// MaxPageBytes caps a web page; pages carry markup and scripts around the story.
const MaxPageBytes = 5 << 20

// normaliseText turns extracted text into paragraphs separated by blank lines.
func normaliseText(s string) string {
	var paras []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r", ""), "\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

func canonicalLink(n *html.Node, base *url.URL) string {
	if n.Type == html.ElementNode && n.Data == "link" {
		var rel, href string
		for _, a := range n.Attr {
			switch strings.ToLower(a.Key) {
			case "rel":
				rel = strings.ToLower(a.Val)
			case "href":
				href = a.Val
			}
		}
		if rel == "canonical" && href != "" {
			if u, err := base.Parse(href); err == nil && (u.Scheme == "http" || u.Scheme == "https") {
				return u.String()
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s := canonicalLink(c, base); s != "" {
			return s
		}
	}
	return ""
}

// FeedItem is one entry of a feed.
type FeedItem struct {
	GUID      string // the item's id, else its link
	Title     string
	Link      string
	Published time.Time
	Text      string // the item's own text (content or description), HTML stripped
}

// Feed is a parsed RSS, Atom or JSON feed.
type Feed struct {
	Title string
	Items []FeedItem // newest first
}

// MaxFeedBytes caps a feed document.
const MaxFeedBytes = 5 << 20

// ParseFeed reads an RSS 2.0, Atom or JSON Feed document.
func ParseFeed(data []byte) (Feed, error) {
	if len(data) > MaxFeedBytes {
		return Feed{}, TooLarge(MaxFeedBytes)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		return Feed{}, fmt.Errorf("not a valid RSS, Atom or JSON feed: %w", err)
	}
	out := Feed{Title: oneLine(f.Title)}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		fi := FeedItem{GUID: strings.TrimSpace(it.GUID), Title: oneLine(it.Title), Link: strings.TrimSpace(it.Link)}
		if fi.GUID == "" {
			fi.GUID = fi.Link
		}
		if fi.GUID == "" {
			fi.GUID = fi.Title
		}
		switch {
		case it.PublishedParsed != nil:
			fi.Published = it.PublishedParsed.UTC()
		case it.UpdatedParsed != nil:
			fi.Published = it.UpdatedParsed.UTC()
		}
		content := it.Content
		if len(content) < len(it.Description) {
			content = it.Description
		}
		fi.Text = htmlText(content)
		if fi.GUID != "" {
			out.Items = append(out.Items, fi)
		}
	}
	sort.SliceStable(out.Items, func(i, j int) bool { return out.Items[i].Published.After(out.Items[j].Published) })
	return out, nil
}

// htmlText returns the text of an HTML fragment, a paragraph a block.
func htmlText(s string) string {
	if !strings.Contains(s, "<") {
		return normaliseText(Clean(html.UnescapeString(s)))
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style") {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode {
			switch n.Data {
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote":
				b.WriteString("\n")
			}
		}
	}
	walk(doc)
	return normaliseText(Clean(b.String()))
}

// Article turns a feed item into an article when the item carries the story's text; feeds that
// carry only a teaser need the page fetched (see the fetch package).
func (it FeedItem) Article(feedTitle string) (briefing.Article, bool) {
	a := briefing.Article{Title: it.Title, Body: it.Text, URL: it.Link, Source: feedTitle, Published: it.Published}
	if a.Title == "" {
		a.Title = titleFrom(it.Text)
	}
	return a, len(strings.Fields(it.Text)) >= 60
}
