package bot

import (
	"context"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// feedSite serves RSS feeds on loopback whose items the test sets, with ETags.
type feedSite struct {
	mu    sync.Mutex
	feeds map[string][]string // path -> item titles, newest first
	fail  map[string]bool
	srv   *httptest.Server
	hits  map[string]int
}

func newFeedSite(t *testing.T) *feedSite {
	fs := &feedSite{feeds: map[string][]string{}, fail: map[string]bool{}, hits: map[string]int{}}
	fs.srv = httptest.NewServer(http.HandlerFunc(fs.serve))
	t.Cleanup(fs.srv.Close)
	return fs
}

func (fs *feedSite) set(path string, titles ...string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.feeds[path] = titles
}

func (fs *feedSite) serve(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.hits[r.URL.Path]++
	if strings.HasPrefix(r.URL.Path, "/story/") {
		w.Header().Set("Content-Type", "text/html")
		title := strings.TrimPrefix(r.URL.Path, "/story/")
		fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%s</h1>%s</article></body></html>", title, title,
			storyText(title))
		return
	}
	if fs.fail[r.URL.Path] {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte("<rss><channel><title>broken"))
		return
	}
	titles, ok := fs.feeds[r.URL.Path]
	if !ok {
		http.NotFound(w, r)
		return
	}
	eh := fnv.New64a()
	eh.Write([]byte(strings.Join(titles, "\n")))
	etag := fmt.Sprintf(`"%x"`, eh.Sum64())
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", etag)
	w.Header().Set("Content-Type", "application/rss+xml")
	fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed %s</title>`, strings.Trim(r.URL.Path, "/"))
	for i, title := range titles {
		// Items carry a teaser only: the poller fetches each page.
		fmt.Fprintf(w, `<item><title>%s</title><link>%s/story/%s</link><guid>%s</guid><pubDate>%s</pubDate><description>Teaser.</description></item>`,
			title, fs.srv.URL, title, title, time.Date(2026, 11, 25, 6, 0, 0, 0, time.UTC).Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z))
	}
	fmt.Fprint(w, `</channel></rss>`)
}

func (fs *feedSite) url(path string) string { return fs.srv.URL + path }

// storyText is the body of the page of a story: five paragraphs whose words follow from the
// title, so that two titles make two different stories (not reworded copies of one, nor
// reports of one event): words made of syllables, about 2,000 of them, each story drawing its own.
func storyText(title string) string {
	syll := strings.Fields("ka lo mi ren tu sa vo pel dri nak ost umb")
	h := fnv.New64a()
	h.Write([]byte(title))
	rnd := rand.New(rand.NewPCG(h.Sum64(), 1))
	word := func() string {
		return syll[rnd.IntN(len(syll))] + syll[rnd.IntN(len(syll))] + syll[rnd.IntN(len(syll))]
	}
	var b strings.Builder
	for p := 0; p < 5; p++ {
		b.WriteString("<p>")
		if p == 0 {
			b.WriteString("The story " + title + " is told here in full.")
		}
		for k := 0; k < 14; k++ {
			b.WriteString(" " + word())
		}
		b.WriteString(".</p>")
	}
	return b.String()
}

func TestPollerFirstPollAndNewItems(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := newFeedSite(t)
	site.set("/a", "s7", "s6", "s5", "s4", "s3", "s2", "s1")
	ctx := context.Background()
	if _, err := h.db.Follow(ctx, guildA, channel, site.url("/a"), "", 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	p := &Poller{Store: h.db, Web: testWeb(), Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	arts, _ := h.db.ArticlesSince(ctx, kyivDay.Add(-time.Minute), guildA, 50)
	if len(arts) != 5 {
		t.Fatalf("first poll stored %d articles, want the 5 newest", len(arts))
	}
	// Not due again until the interval has passed; then only the new item.
	site.set("/a", "s8", "s7", "s6", "s5", "s4", "s3", "s2", "s1")
	p.PollDue(ctx)
	if n := site.hits["/a"]; n != 1 {
		t.Errorf("feed fetched %d times before it was due", n)
	}
	h.clock.Set(kyivDay.Add(16 * time.Minute))
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	arts, _ = h.db.ArticlesSince(ctx, kyivDay.Add(-time.Minute), guildA, 50)
	if len(arts) != 6 || !strings.Contains(arts[0].Title, "s8") {
		t.Errorf("second poll: %d articles, newest %q", len(arts), arts[0].Title)
	}
	if !strings.Contains(strings.Join(arts[0].Summary, " "), "is told here in full") {
		t.Errorf("teaser item not read from its page: %q", arts[0].Summary)
	}
	// Unchanged feed: a conditional request, 304, nothing new.
	h.clock.Set(kyivDay.Add(32 * time.Minute))
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	if arts2, _ := h.db.ArticlesSince(ctx, kyivDay.Add(-time.Minute), guildA, 50); len(arts2) != 6 {
		t.Errorf("304 poll changed the articles: %d", len(arts2))
	}
	// A guild that does not follow the feed does not see its articles.
	if arts, _ := h.db.ArticlesSince(ctx, kyivDay.Add(-time.Minute), guildB, 50); len(arts) != 0 {
		t.Errorf("guild B sees %d feed articles it does not follow", len(arts))
	}
}

func TestSameStoryTwoFeeds(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := newFeedSite(t)
	site.set("/a", "shared")
	site.set("/b", "shared")
	ctx := context.Background()
	for _, path := range []string{"/a", "/b"} {
		if _, err := h.db.Follow(ctx, guildA, channel, site.url(path), "", 15*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	p := &Poller{Store: h.db, Web: testWeb(), Now: h.clock.Now, Logger: quietLog}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	arts, _ := h.db.ArticlesSince(ctx, kyivDay.Add(-time.Minute), guildA, 50)
	if len(arts) != 1 || len(arts[0].Feeds) != 2 {
		t.Fatalf("%d articles, feeds %v; want one article from two feeds", len(arts), arts)
	}
	e := articleEmbed(arts[0], false)
	if e.Footer == nil || !strings.Contains(e.Footer.Text, "2 outlets") {
		t.Errorf("footer = %+v", e.Footer)
	}
	if len(e.Fields) == 0 || e.Fields[len(e.Fields)-1].Name != "Reported by" || !strings.Contains(e.Fields[len(e.Fields)-1].Value, "Feed b") {
		t.Errorf("fields = %+v, want who reported it", e.Fields)
	}
}

func TestBrokenFeedIsDisabledAndAdminsTold(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := newFeedSite(t)
	site.fail["/bad"] = true
	ctx := context.Background()
	f, err := h.db.Follow(ctx, guildA, channel, site.url("/bad"), "", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	p := &Poller{Store: h.db, Web: testWeb(), Poster: h.bot, Now: h.clock.Now, Logger: quietLog, DisableAfter: 3}
	var waits []time.Duration
	for i := 0; i < 3; i++ {
		if err := p.PollDue(ctx); err != nil {
			t.Fatal(err)
		}
		feeds, _ := h.db.GuildFeeds(ctx, guildA)
		waits = append(waits, feeds[0].NextPoll.Sub(h.clock.Now()))
		h.clock.Set(feeds[0].NextPoll)
	}
	if !(waits[1] > waits[0]) {
		t.Errorf("no backoff: waits %v", waits)
	}
	feeds, _ := h.db.GuildFeeds(ctx, guildA)
	if !feeds[0].Disabled || feeds[0].Failures != 3 {
		t.Errorf("feed = %+v, want disabled after 3 failures", feeds[0])
	}
	msgs := h.fake.Messages()
	if len(msgs) != 1 || !strings.Contains(string(msgs[0].Body), "stopped polling") || msgs[0].ChannelID != channel {
		t.Errorf("admins told: %d messages %q", len(msgs), msgs)
	}
	// Disabled: no more polls.
	before := site.hits["/bad"]
	h.clock.Set(h.clock.Now().Add(24 * time.Hour))
	p.PollDue(ctx)
	if site.hits["/bad"] != before {
		t.Error("a disabled feed was polled")
	}
	// /feed add again enables it.
	if _, err := h.db.Follow(ctx, guildA, channel, f.URL, "", 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if due, _ := h.db.DueFeeds(ctx, h.clock.Now()); len(due) != 1 {
		t.Errorf("re-added feed not due: %+v", due)
	}
}

func TestFeedAndURLCommands(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := newFeedSite(t)
	site.set("/a", "s2", "s1")
	m, _ := h.ask(t, command(guildA, alice, adminPerms, "feed add", "url", site.url("/a"), "every", 30))
	if !strings.Contains(m.Content, "Following **Feed a**") || !strings.Contains(m.Content, "every 30 minutes") {
		t.Fatalf("feed add: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "feed list")); !strings.Contains(m.Content, "Feed a") {
		t.Errorf("feed list: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "feed add", "url", site.url("/story/x"))); m.Flags&64 == 0 || !strings.Contains(m.Content, "RSS, Atom or JSON") {
		t.Errorf("a page taken for a feed: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "feed remove", "url", site.url("/a"))); !strings.Contains(m.Content, "Stopped following") {
		t.Errorf("feed remove: %+v", m)
	}
	m, _ = h.ask(t, command(guildA, alice, memberPerms, "article add", "url", site.url("/story/harbour")))
	if !strings.Contains(m.Content, "Added") || !strings.Contains(shown(m), "is told here in full") {
		t.Errorf("article add url: %s", shown(m))
	}
	m, _ = h.ask(t, command(guildA, alice, memberPerms, "article add", "url", "http://169.254.169.254/latest/meta-data/"))
	if m.Flags&64 == 0 || !strings.Contains(m.Content, "public web addresses") {
		t.Errorf("metadata address: %+v", m)
	}
	if posted := h.fake.Messages(); len(posted) != 0 {
		t.Errorf("commands posted channel messages: %v", posted)
	}
}

// storyHits counts the story pages the site served.
func (fs *feedSite) storyHits() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	n := 0
	for path, k := range fs.hits {
		if strings.HasPrefix(path, "/story/") {
			n += k
		}
	}
	return n
}

// TestFeedThatFansOut (finding 11): a feed of 2,000 teaser items whose GUIDs change at every
// poll costs a bounded number of page fetches and item rows per poll; the items left over
// come at later polls.
func TestFeedThatFansOut(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := newFeedSite(t)
	ctx := context.Background()
	site.set("/big", "first")
	f, err := h.db.Follow(ctx, guildA, channel, site.url("/big"), "", 15*time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	p := &Poller{Store: h.db, Web: testWeb(), Now: h.clock.Now, Logger: quietLog}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	items := func() int {
		n, err := h.db.FeedItemCount(ctx, f.ID)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for poll := 1; poll <= 3; poll++ {
		titles := make([]string, 2000)
		for i := range titles {
			titles[i] = fmt.Sprintf("p%di%04d", poll, i)
		}
		site.set("/big", titles...)
		h.clock.Set(h.clock.Now().Add(time.Hour))
		before, rows := site.storyHits(), items()
		if err := p.PollDue(ctx); err != nil {
			t.Fatal(err)
		}
		t.Logf("poll %d: %d pages, %d rows", poll, site.storyHits()-before, items()-rows)
		if got := site.storyHits() - before; got > 10 {
			t.Errorf("poll %d fetched %d pages, want at most 10", poll, got)
		}
		if got := items() - rows; got > 50 {
			t.Errorf("poll %d added %d item rows, want at most 50", poll, got)
		}
	}
	if arts, _ := h.db.ArticlesSince(ctx, time.Time{}, guildA, 100); len(arts) < 20 {
		t.Errorf("%d articles after three polls; the fetched items should be stored", len(arts))
	}
}
