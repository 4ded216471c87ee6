package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// eventSite serves two feeds, wire and daily, on loopback: each carries the same three events
// (testdata/events) in its own words, as pages the poller fetches.
func eventSite(t *testing.T) *httptest.Server {
	t.Helper()
	events := []string{"bridge", "rates", "transfer"}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		outlet, name, page := strings.Cut(strings.Trim(r.URL.Path, "/"), "/")
		if page { // a story's page
			b, err := os.ReadFile(filepath.Join("testdata", "events", outlet+"-"+name+".txt"))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			title, body, _ := strings.Cut(string(b), "\n")
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, "<html><head><title>%s</title></head><body><article><h1>%s</h1>", html.EscapeString(title), html.EscapeString(title))
			for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
				fmt.Fprintf(w, "<p>%s</p>", html.EscapeString(p))
			}
			fmt.Fprint(w, "</article></body></html>")
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>The %s</title>`, strings.ToUpper(outlet[:1])+outlet[1:])
		evs := events
		if outlet == "radio" { // the radio came late, to the bridge only
			evs = []string{"bridge"}
		}
		for i, ev := range evs {
			fmt.Fprintf(w, `<item><title>%s</title><link>%s/%s/%s</link><guid>%s-%s</guid><pubDate>%s</pubDate></item>`,
				ev, srv.URL, outlet, ev, outlet, ev, kyivDay.Add(-time.Duration(i+1)*time.Hour).Format(time.RFC1123Z))
		}
		fmt.Fprint(w, `</channel></rss>`)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// posted is a message the bot posted: its text and its embeds' titles and fields.
type posted struct {
	Content string `json:"content"`
	Embeds  []struct {
		Title  string `json:"title"`
		Fields []struct{ Name, Value string }
	} `json:"embeds"`
}

func decodePosted(t *testing.T, body []byte) posted {
	t.Helper()
	var p posted
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestBriefingOfStories: two feeds carry three events each in their own words; the scheduled
// briefing, posted through the fake Discord, has three entries, each reported by both feeds
// with links, and /brief said the same before it.
func TestBriefingOfStories(t *testing.T) {
	h := startScheduler(t, kyivDay)
	site := eventSite(t)
	ctx := context.Background()
	for _, outlet := range []string{"wire", "daily"} {
		if _, err := h.db.Follow(ctx, guildA, channel, site.URL+"/"+outlet, "", 15*time.Minute); err != nil {
			t.Fatal(err)
		}
	}
	p := &Poller{Store: h.db, Web: testWeb(), Now: h.clock.Now, Logger: quietLog}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	m, _ := h.ask(t, command(guildA, alice, memberPerms, "brief"))
	if !strings.Contains(m.Content, "3 stories from 6 new articles") {
		t.Errorf("/brief: %q", m.Content)
	}
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.tickAt(t, kyivDay.Add(61*time.Minute))
	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages posted, want one briefing", len(msgs))
	}
	body := decodePosted(t, msgs[0].Body)
	if !strings.Contains(body.Content, "3 stories from 6 new articles") || len(body.Embeds) != 3 {
		t.Fatalf("briefing %q with %d entries, want 3 stories of 6 articles", body.Content, len(body.Embeds))
	}
	for _, e := range body.Embeds {
		var by string
		for _, f := range e.Fields {
			if f.Name == "Reported by" {
				by = f.Value
			}
		}
		if !strings.Contains(by, "[The Wire]("+site.URL+"/wire/") || !strings.Contains(by, "[The Daily]("+site.URL+"/daily/") {
			t.Errorf("%q reported by %q, want both feeds, linked", e.Title, by)
		}
	}
	// The next day a third outlet reports the bridge: the story comes again, as an update
	// reported by three; the other two stories, with nothing new, do not.
	h.clock.Set(kyivDay.Add(20 * time.Hour))
	if _, err := h.db.Follow(ctx, guildA, channel, site.URL+"/radio", "", 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	if err := p.PollDue(ctx); err != nil {
		t.Fatal(err)
	}
	h.tickAt(t, kyivDay.Add(25*time.Hour))
	msgs = h.fake.Messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages, want a second briefing", len(msgs))
	}
	next := decodePosted(t, msgs[1].Body)
	if len(next.Embeds) != 1 || !strings.HasPrefix(next.Embeds[0].Title, "Update: ") ||
		!strings.Contains(fmt.Sprint(next.Embeds[0].Fields), "[The Radio]") || !strings.Contains(fmt.Sprint(next.Embeds[0].Fields), "[The Wire]") {
		t.Errorf("second briefing %q: %+v", next.Content, next.Embeds)
	}

	// A quote both outlets carried is listed once, with both articles.
	r := (&Handlers{Store: h.db, Logger: quietLog, Now: h.clock.Now}).Handle(ctx, Request{Name: "quotes", GuildID: guildA, UserID: alice,
		Options: map[string]string{"speaker": "Maria Olsen"}})
	if got := PlainText(r); strings.Count(got, "crack like thunder") != 1 || !strings.Contains(got, "· also [") {
		t.Errorf("/quotes speaker:Maria Olsen:\n%s", got)
	}
	// /summary of one report shows its story: its own headline, and who else reported it.
	arts, err := h.db.ArticlesSince(ctx, time.Time{}, guildA, 10)
	for len(arts) > 0 && arts[0].Source != "The Wire" {
		arts = arts[1:]
	}
	if err != nil || len(arts) == 0 {
		t.Fatalf("no article of the wire's, %v", err)
	}
	hs := &Handlers{Store: h.db, Logger: quietLog, Now: h.clock.Now}
	r = hs.Handle(ctx, Request{Name: "summary", GuildID: guildA, UserID: alice, Options: map[string]string{"article": fmt.Sprint(arts[0].ID)}})
	if len(r.Embeds) != 1 || r.Embeds[0].Title != arts[0].Title || len(r.Embeds[0].Fields) == 0 ||
		!strings.Contains(PlainText(r), "Reported by: [The Wire]("+site.URL+"/wire/") || !strings.Contains(PlainText(r), "[The Daily]("+site.URL+"/daily/") {
		t.Errorf("/summary of %q:\n%s", arts[0].Title, PlainText(r))
	}
}
