package ingest

import (
	"os"
	"strings"
	"testing"
	"time"
)

func mustRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseHTML(t *testing.T) {
	a, err := ParseHTML(mustRead(t, "page.html"), "http://gazette.test/news/harbour-reopens?utm_source=x")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Title, "Harbour reopens after storm") {
		t.Errorf("title = %q", a.Title)
	}
	if a.URL != "http://gazette.test/news/harbour-reopens" {
		t.Errorf("canonical URL = %q", a.URL)
	}
	if !a.Published.Equal(time.Date(2026, 11, 24, 7, 30, 0, 0, time.UTC)) {
		t.Errorf("published = %v", a.Published)
	}
	if !strings.Contains(a.Body, "It is a relief for the whole island") || strings.Contains(a.Body, "Most read") || strings.Contains(a.Body, "Privacy") {
		t.Errorf("body is not the article:\n%s", a.Body)
	}
	if n := strings.Count(a.Body, "\n\n"); n < 3 {
		t.Errorf("paragraphs lost: %d breaks", n)
	}
}

func TestParseHTMLRejects(t *testing.T) {
	if _, err := ParseHTML([]byte("<html><body><p>Hi.</p></body></html>"), "http://x.test/"); err != ErrNotAnArticle {
		t.Errorf("err = %v, want ErrNotAnArticle", err)
	}
}

func TestParseFeeds(t *testing.T) {
	tests := []struct {
		file, title, firstGUID string
		items                  int
	}{
		{"rss.xml", "Harbour Wire", "story-6", 7},
		{"atom.xml", "Island News", "urn:island-news:ferry", 1},
		{"feed.json", "JSON Harbour", "j1", 1},
	}
	for _, tc := range tests {
		f, err := ParseFeed(mustRead(t, tc.file))
		if err != nil {
			t.Errorf("%s: %v", tc.file, err)
			continue
		}
		if f.Title != tc.title || len(f.Items) != tc.items || f.Items[0].GUID != tc.firstGUID {
			t.Errorf("%s: title %q, %d items, first %q", tc.file, f.Title, len(f.Items), f.Items[0].GUID)
		}
	}
	f, _ := ParseFeed(mustRead(t, "rss.xml"))
	if a, full := f.Items[0].Article(f.Title); !full || !strings.HasPrefix(a.Body, "Paragraph about story 6") || a.Source != "Harbour Wire" {
		t.Errorf("full-text item: %+v %v", a, full)
	}
	a, _ := ParseFeed(mustRead(t, "atom.xml"))
	if _, full := a.Items[0].Article(a.Title); full {
		t.Error("a one-line summary taken for a full article")
	}
	// An item without a title is named by its text's first sentence.
	untitled := FeedItem{Text: "Ferry strike ends. Crews went back to work on Friday after two weeks."}
	if got, _ := untitled.Article("Harbour Wire"); got.Title != "Ferry strike ends." {
		t.Errorf("untitled item named %q", got.Title)
	}
}

func TestParseFeedRejectsBroken(t *testing.T) {
	for _, data := range [][]byte{mustRead(t, "broken.xml"), []byte("<html><body>not a feed</body></html>"), nil} {
		if _, err := ParseFeed(data); err == nil {
			t.Errorf("ParseFeed(%.30q) accepted", data)
		}
	}
}

func FuzzParseFeed(f *testing.F) {
	f.Add(mustRead(f, "rss.xml"))
	f.Add(mustRead(f, "atom.xml"))
	f.Add(mustRead(f, "feed.json"))
	f.Fuzz(func(t *testing.T, data []byte) {
		feed, err := ParseFeed(data)
		if err != nil {
			return
		}
		for _, it := range feed.Items {
			if it.GUID == "" {
				t.Fatal("item without an id")
			}
		}
	})
}

func TestCanonicalOnlyFromTheSameSite(t *testing.T) {
	body := strings.Repeat("<p>The harbour at Port Ellen reopened on Friday after three months of repairs to the pier.</p>", 5)
	tests := []struct{ page, canonical, want string }{
		{"https://news.example/a?utm=x", "https://news.example/a", "https://news.example/a"},
		{"https://www.news.example/a", "https://news.example/a", "https://news.example/a"},
		{"https://news.example/a", "/story/a", "https://news.example/story/a"},
		{"https://evil.example/claim", "https://news.example/a", "https://evil.example/claim"},
		{"https://news.example.evil.example/a", "https://news.example/a", "https://news.example.evil.example/a"},
	}
	for _, tc := range tests {
		html := `<html><head><title>Harbour</title><link rel="canonical" href="` + tc.canonical + `"></head><body><article>` + body + `</article></body></html>`
		a, err := ParseHTML([]byte(html), tc.page)
		if err != nil {
			t.Fatal(err)
		}
		if a.URL != tc.want {
			t.Errorf("page %s, canonical %s: URL %s, want %s", tc.page, tc.canonical, a.URL, tc.want)
		}
	}
}
