package bot

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
)

// page is a news page whose canonical link is canonical.
func page(title, canonical, speaker, words string) string {
	return fmt.Sprintf(`<!doctype html><html><head><title>%s</title><link rel="canonical" href="%s"></head>
<body><article><h1>%s</h1>
<p>The harbour at Port Ellen reopened on Friday after three months of repairs to the pier that was damaged in the January storms.</p>
<p>Fishing boats returned to their moorings before dawn, and the first ferry docked shortly after nine with a full load of passengers.</p>
<p>"%s," %s said on the quay as the ferry came in.</p>
<p>The council said the repairs had cost 2.4 million pounds, most of it paid by the Scottish government, and that trade was back.</p>
</article></body></html>`, title, canonical, title, words, speaker)
}

// serveOn serves pages on a loopback address ("127.0.0.1" or "::1"); it skips the test when
// the address cannot be listened on.
func serveOn(t *testing.T, addr string, pages map[string]string) string {
	t.Helper()
	ln, err := net.Listen("tcp", net.JoinHostPort(addr, "0"))
	if err != nil {
		t.Skipf("cannot listen on %s: %v", addr, err)
	}
	srv := &httptest.Server{Listener: ln, Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, body)
	})}}
	srv.Start()
	t.Cleanup(srv.Close)
	return srv.URL
}

func loopbackWeb() *fetch.Client {
	return fetch.New(5*time.Second, []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32"), netip.MustParsePrefix("::1/128")})
}

// TestCanonicalClaimDoesNotPoison (finding 1): a page guild A adds whose canonical link names
// another site's article does not become that article for guild B.
func TestCanonicalClaimDoesNotPoison(t *testing.T) {
	ctx := context.Background()
	realPages := map[string]string{}
	realBase := serveOn(t, "127.0.0.1", realPages)
	realURL := realBase + "/harbour"
	realPages["/harbour"] = page("Port Ellen harbour reopens", realURL, "harbour master Ann Reid", "It is a relief for the island")
	evilBase := serveOn(t, "::1", map[string]string{
		"/claim": page("Official notice: claim free Nitro", realURL, "harbour master Ann Reid", "Send your password to the council"),
	})
	h := &Handlers{Store: seededDB(t), Web: loopbackWeb(), Logger: quietLog}

	a := h.Handle(ctx, Request{Name: "article add", GuildID: "guild-a", UserID: "mallory", Options: map[string]string{"url": evilBase + "/claim"}})
	if !strings.HasPrefix(a.Content, "Added") {
		t.Fatalf("guild A's page: %s", PlainText(a))
	}
	b := h.Handle(ctx, Request{Name: "article add", GuildID: "guild-b", UserID: "bob", Options: map[string]string{"url": realURL}})
	got := PlainText(b)
	if !strings.HasPrefix(b.Content, "Added") || !strings.Contains(got, "Port Ellen harbour reopens") || strings.Contains(got, "Nitro") {
		t.Errorf("guild B adding the real article got:\n%s", got)
	}
	q := PlainText(h.Handle(ctx, Request{Name: "quotes", GuildID: "guild-b", UserID: "bob", Options: map[string]string{"speaker": "Ann Reid"}}))
	if !strings.Contains(q, "relief for the island") || strings.Contains(q, "password") {
		t.Errorf("guild B's quotes of Ann Reid:\n%s", q)
	}
}

// TestMarkdownInURLIsInert (finding 5): a canonical link that carries Markdown renders as a
// link target, never as bold text or a second link.
func TestMarkdownInURLIsInert(t *testing.T) {
	ctx := context.Background()
	pages := map[string]string{}
	base := serveOn(t, "127.0.0.1", pages)
	// Spaces as %20: a URL parser keeps the rest as it is.
	hostile := base + "/a)**Official%20notice**%20[Claim%20free%20Nitro](https://evil.example/nitro)%20("
	pages["/story"] = page("Port Ellen harbour reopens", hostile, "harbour master Ann Reid", "It is a relief for the island")
	h := &Handlers{Store: seededDB(t), Web: loopbackWeb(), Logger: quietLog}
	if r := h.Handle(ctx, Request{Name: "article add", GuildID: "g", UserID: "u", Options: map[string]string{"url": base + "/story"}}); !strings.HasPrefix(r.Content, "Added") {
		t.Fatalf("add: %s", PlainText(r))
	}
	r := h.Handle(ctx, Request{Name: "quotes", GuildID: "g", UserID: "u", Options: map[string]string{"speaker": "Ann Reid"}})
	var md strings.Builder
	for _, e := range r.Embeds {
		md.WriteString(e.Description + e.URL)
	}
	for _, bad := range []string{"**Official", "[Claim%20free%20Nitro](", "](https://evil.example"} {
		if strings.Contains(md.String(), bad) {
			t.Errorf("reply Markdown holds %q:\n%s", bad, md.String())
		}
	}
	if !strings.Contains(md.String(), "relief for the island") {
		t.Errorf("the quote is missing:\n%s", md.String())
	}
}

// story is pasted text in which speaker says words.
func story(title, speaker, words string) string {
	return fmt.Sprintf("%s\nThe council met on Tuesday to discuss the harbour and the ferry timetable for the winter.\n"+
		"\"%s,\" %s said after the meeting.", title, words, speaker)
}

// addText adds pasted text in a guild and fails the test unless it was added.
func addText(t *testing.T, h *Handlers, guild, text string) {
	t.Helper()
	r := h.Handle(context.Background(), Request{Name: "article add", GuildID: guild, UserID: "u", Options: map[string]string{"text": text}})
	if !strings.HasPrefix(r.Content, "Added") {
		t.Fatalf("add in %s: %s", guild, PlainText(r))
	}
}

// TestSpeakersStayInTheirGuild (findings 2 and 3): speakers named only in guild A's private
// articles are unknown to guild B, with the same words as a name nobody has, and are never
// suggested; a public speaker keeps the name guild B's articles give them.
func TestSpeakersStayInTheirGuild(t *testing.T) {
	ctx := context.Background()
	db := seededDB(t)
	h := &Handlers{Store: db, Logger: quietLog}
	public, err := ingest.ParseText(story("Bridge reopens", "Quimby", "The bridge reopens on Monday"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddArticle(ctx, public, briefing.Analyze(public), ""); err != nil {
		t.Fatal(err)
	}
	addText(t, h, "guild-a", story("Audit row", "Xanthe Marlowe", "The accounts were audited twice"))
	addText(t, h, "guild-a", story("Quimby steps down", "Zorblat Quimby", "I will not stand again"))
	ask := func(guild, speaker string) string {
		return PlainText(h.Handle(ctx, Request{Name: "quotes", GuildID: guild, UserID: "u", Options: map[string]string{"speaker": speaker}}))
	}
	for _, tc := range []struct{ private, madeUp string }{{"Xanthe Marlowe", "Xanthe Marlewe"}, {"Marlowa", "Marlewa"}} {
		got, want := ask("guild-b", tc.private), strings.ReplaceAll(ask("guild-b", tc.madeUp), tc.madeUp, tc.private)
		if got != want || strings.Contains(got, "Did you mean") {
			t.Errorf("guild B asks %q:\n%s\nwant the answer to a made-up name:\n%s", tc.private, got, want)
		}
	}
	if got := ask("guild-a", "Marlowa"); !strings.Contains(got, "Did you mean **Xanthe Marlowe**?") {
		t.Errorf("guild A is not offered its own speaker:\n%s", got)
	}
	if got := ask("guild-b", "Quimby"); !strings.Contains(got, "Quotes by Quimby") || strings.Contains(got, "Zorblat") {
		t.Errorf("guild B's Quimby:\n%s", got)
	}
	if got := ask("guild-a", "Quimby"); !strings.Contains(got, "Quotes by Zorblat Quimby") {
		t.Errorf("guild A's Quimby:\n%s", got)
	}
}

// TestAlsoReportedByNamesOwnFeeds (finding 4): a story carried by another guild's private feed
// and by a feed guild B follows is shown to B with B's feed only.
func TestAlsoReportedByNamesOwnFeeds(t *testing.T) {
	ctx := context.Background()
	db := seededDB(t)
	day := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC) // the date the briefing shows, whatever today is
	db.Now = func() time.Time { return day }
	h := &Handlers{Store: db, Logger: quietLog, Now: db.Now}
	a, err := ingest.ParseText(story("Harbour reopens", "harbour master Ann Reid", "It is a relief for the island"))
	if err != nil {
		t.Fatal(err)
	}
	a.URL = "https://news.example/harbour"
	for i, f := range []struct{ guild, url, title string }{
		{"guild-a", "https://tips.example/rss", "Secret tipline"},
		{"guild-b", "https://wire.example/rss", "Public wire"},
		{"guild-b", "https://daily.example/rss", "Daily paper"},
	} {
		feed, err := db.Follow(ctx, f.guild, "chan", f.url, f.title, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		a.Source = f.title // as the poller names a feed's articles
		if _, err := db.AddFeedArticle(ctx, feed.ID, fmt.Sprint("item-", i), a, briefing.Analyze(a)); err != nil {
			t.Fatal(err)
		}
	}
	got := PlainText(h.Handle(ctx, Request{Name: "brief", GuildID: "guild-b", UserID: "u"}))
	if strings.Contains(got, "Secret tipline") || !strings.Contains(got, "Public wire · 30 Nov") || !strings.Contains(got, "Reported by: [Public wire](https://news.example/harbour), [Daily paper]") {
		t.Errorf("guild B's briefing:\n%s", got)
	}
}

// TestControlCharactersAreStripped (finding 6): bidirectional overrides, terminal escapes and
// bells in pasted text reach neither the stored title nor the reply.
func TestControlCharactersAreStripped(t *testing.T) {
	ctx := context.Background()
	h := &Handlers{Store: seededDB(t), Logger: quietLog}
	text := story("Harbour \u202Eseneppah\u202C reopens \x1b[31mnow\x1b[0m\a", "Ann \u2066Reid\u2069", "It is a relief\x1b]0;owned\x07 for all") +
		strings.Repeat("\nFishing boats returned to their moorings before dawn, and the first ferry docked after nine.", 8)
	addText(t, h, "g", text)
	got := PlainText(h.Handle(ctx, Request{Name: "search", GuildID: "g", UserID: "u", Options: map[string]string{"query": "relief harbour"}}))
	for _, bad := range []string{"\u202E", "\u202C", "\u2066", "\x1b", "\a", "[31m", "owned"} {
		if strings.Contains(got, bad) {
			t.Errorf("reply holds %q:\n%q", bad, got)
		}
	}
	if !strings.Contains(got, "Harbour seneppah reopens now") {
		t.Errorf("title lost its words:\n%q", got)
	}
}
