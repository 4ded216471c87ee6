package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io"
	"log/slog"
	"net/netip"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/bot/chart"
	"github.com/briefbot/briefbot/bot/discordtest"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/ingest/fetch"
	"github.com/briefbot/briefbot/seeds"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

const (
	testToken = "test-token"
	guildA    = "300000000000000001"
	guildB    = "300000000000000002"
	channel   = "400000000000000001"
	alice     = "500000000000000001"
	bob       = "500000000000000002"
	// adminPerms is Manage Server; memberPerms is Send Messages only.
	adminPerms  = 0x20
	memberPerms = 0x800
)

var quietLog = slog.New(slog.NewTextHandler(io.Discard, nil))

// testWeb fetches from the tests' loopback servers, and nowhere else private.
func testWeb() *fetch.Client {
	return fetch.New(2*time.Second, []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")})
}

// seededDB is a real database on the test's engine (see storagetest.Each: SQLite unless the
// test runs under it on PostgreSQL) holding the seed articles.
func seededDB(tb testing.TB) *storage.DB {
	tb.Helper()
	db, err := storage.Open(context.Background(), storagetest.Target(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	arts, err := seeds.Articles()
	if err != nil {
		tb.Fatal(err)
	}
	for _, a := range arts {
		if _, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
			tb.Fatal(err)
		}
	}
	return db
}

type harness struct {
	fake *discordtest.Server
	bot  *Bot
	db   *storage.DB
}

// start connects a real discordgo session to a fake Discord over a real websocket.
func start(tb testing.TB, store Store) *harness {
	tb.Helper()
	return startWith(tb, store, nil)
}

// startWith is start with the handlers' clock (nil for the real one).
// Each hook runs after the bot is made and before it connects: it may wire what needs both the
// bot and its handlers (the scheduler that /schedule now uses).
func startWith(tb testing.TB, store Store, now func() time.Time, hooks ...func(*Bot, *Handlers)) *harness {
	tb.Helper()
	fake := discordtest.New(testToken)
	tb.Cleanup(fake.Close)
	hs := &Handlers{Store: store, Web: testWeb(), Now: now, Logger: quietLog}
	b, err := New(Config{Token: testToken, APIURL: fake.URL, GuildID: guildA, DeferAfter: 300 * time.Millisecond,
		Handlers: hs, Logger: quietLog})
	if err != nil {
		tb.Fatal(err)
	}
	for _, hook := range hooks {
		hook(b, hs)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := b.Open(ctx); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { b.Close() })
	if err := fake.WaitReady(ctx); err != nil {
		tb.Fatal(err)
	}
	h := &harness{fake: fake, bot: b}
	if db, ok := store.(*storage.DB); ok {
		h.db = db
	}
	return h
}

// ask dispatches an interaction and returns the message the user ends up seeing.
func (h *harness) ask(tb testing.TB, in discordtest.Interaction) (discordtest.Message, discordtest.Response) {
	tb.Helper()
	if in.ChannelID == "" {
		in.ChannelID = channel
	}
	id, err := h.fake.Dispatch(in)
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := h.fake.Wait(ctx, id)
	if err != nil {
		tb.Fatal(err)
	}
	m, err := resp.Final()
	if err != nil {
		tb.Fatal(err)
	}
	return m, resp
}

func command(guild, user string, perms int64, name string, opts ...any) discordtest.Interaction {
	return discordtest.Interaction{Type: 2, GuildID: guild, UserID: user, Permissions: perms, Data: discordtest.Command(name, opts...)}
}

func shown(m discordtest.Message) string {
	var b strings.Builder
	b.WriteString(m.Content)
	for _, e := range m.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + ": " + f.Value)
		}
	}
	return b.String()
}

// checkLimits fails if a message breaks one of Discord's limits or allows a mention.
func checkLimits(tb testing.TB, m discordtest.Message) {
	tb.Helper()
	if n := utf8.RuneCountInString(m.Content); n > maxContent {
		tb.Errorf("content has %d characters", n)
	}
	if len(m.Embeds) > maxEmbeds {
		tb.Errorf("%d embeds", len(m.Embeds))
	}
	total := 0
	for _, e := range m.Embeds {
		if utf8.RuneCountInString(e.Title) > maxTitle || utf8.RuneCountInString(e.Description) > maxDescription || len(e.Fields) > 25 {
			tb.Errorf("embed over a limit: title %d, description %d, fields %d", utf8.RuneCountInString(e.Title), utf8.RuneCountInString(e.Description), len(e.Fields))
		}
		total += utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
		for _, f := range e.Fields {
			total += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
			if utf8.RuneCountInString(f.Value) > maxFieldValue {
				tb.Errorf("field value of %d characters", utf8.RuneCountInString(f.Value))
			}
		}
		if e.Footer != nil {
			total += utf8.RuneCountInString(e.Footer.Text)
		}
	}
	if total > maxEmbedsTotal {
		tb.Errorf("embeds hold %d characters together", total)
	}
	for _, row := range m.Components {
		for _, c := range row.Components {
			if len(c.CustomID) > maxCustomID {
				tb.Errorf("custom_id of %d characters", len(c.CustomID))
			}
		}
	}
	if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
		tb.Errorf("allowed_mentions = %+v, want nothing allowed", m.AllowedMentions)
	}
}

func TestEndToEndQuotesByAlias(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := start(t, seededDB(t))
		m, _ := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "zelenskyy"))
		checkLimits(t, m)
		got := shown(m)
		if !strings.Contains(got, "Quotes by Volodymyr Zelensky") || !strings.Contains(got, "We are not afraid of forecasts") {
			t.Errorf("reply:\n%s", got)
		}
		if strings.Contains(got, "Stoltenberg") || strings.Contains(got, "Moscow has made it clear") {
			t.Errorf("another speaker's quote in the reply:\n%s", got)
		}
		// The commands were registered in the development guild, admin ones gated.
		var cmds []struct {
			Name                     string  `json:"name"`
			DefaultMemberPermissions *string `json:"default_member_permissions"`
		}
		if err := json.Unmarshal(h.fake.RegisteredCommands(), &cmds); err != nil {
			t.Fatal(err)
		}
		perms := map[string]string{}
		for _, c := range cmds {
			if c.DefaultMemberPermissions != nil {
				perms[c.Name] = *c.DefaultMemberPermissions
			}
		}
		if perms["schedule"] != "32" || perms["feed"] != "32" || len(cmds) != len(Commands()) {
			t.Errorf("registered %d commands, admin permissions %v", len(cmds), perms)
		}
		registered := false
		for _, r := range h.fake.Requests() {
			if r.Method == "PUT" && r.Path == "/api/v9/applications/"+h.fake.AppID+"/guilds/"+guildA+"/commands" {
				registered = true
			}
		}
		if !registered {
			t.Error("commands not registered in the guild by bulk overwrite")
		}
	})
}

func TestEndToEndUnknownSpeakerSuggests(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := start(t, seededDB(t))
		m, _ := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "Zelenksy"))
		if m.Flags&64 == 0 || !strings.Contains(m.Content, "Did you mean **Volodymyr Zelensky**?") {
			t.Errorf("reply = %+v", m)
		}
	})
}

func TestEndToEndAutocompleteAtMost25(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := seededDB(t)
		var paras []string
		for i := 0; i < 40; i++ {
			paras = append(paras, fmt.Sprintf(`"We will keep the harbour open number %d," said harbour worker Anna Zed%c%c.`, i, 'a'+i/26, 'a'+i%26))
		}
		a := briefing.Article{Title: "Harbour voices", Body: "The harbour reopened on Monday after a long closure.\n" + strings.Join(paras, "\n")}
		if _, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
			t.Fatal(err)
		}
		h := start(t, db)
		in := discordtest.Interaction{Type: 4, GuildID: guildA, UserID: alice, Data: discordtest.Command("quotes", "focused:speaker", "zed")}
		m, resp := h.ask(t, in)
		if resp.Type != 8 {
			t.Fatalf("callback type %d, want 8", resp.Type)
		}
		if len(m.Choices) != 25 {
			t.Errorf("%d choices, want 25 (the limit)", len(m.Choices))
		}
		for _, c := range m.Choices {
			if !strings.Contains(c.Name, "Zed") || utf8.RuneCountInString(c.Name) > 100 {
				t.Errorf("choice %+v", c)
			}
		}
	})
}

// TestEndToEndPagination: an article with 40 quotes pages within every limit; only the asker pages.
func TestEndToEndPagination(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		db := seededDB(t)
		var paras []string
		for i := 0; i < 40; i++ {
			paras = append(paras, fmt.Sprintf(`"Point number %d of my plan: %s," Mayor Rosa Quill said.`, i, strings.Repeat("we will build more homes and better schools ", 6)))
		}
		a := briefing.Article{Title: "The mayor's forty points", Body: "Mayor Rosa Quill set out her plan on Monday.\n" + strings.Join(paras, "\n")}
		if _, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
			t.Fatal(err)
		}
		h := start(t, db)
		m, _ := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "quill", "limit", 50))
		seen := map[string]bool{}
		for page := 0; ; page++ {
			checkLimits(t, m)
			for _, e := range m.Embeds {
				for _, line := range strings.Split(e.Description, "\n") {
					if i := strings.Index(line, "Point number "); i >= 0 {
						seen[strings.Fields(line[i:])[2]] = true
					}
				}
			}
			if len(m.Components) == 0 {
				t.Fatalf("page %d has no buttons", page)
			}
			next := m.Components[0].Components[1]
			if next.Disabled {
				break
			}
			if page == 0 {
				// Bob may not turn Alice's pages.
				bm, _ := h.ask(t, discordtest.Interaction{Type: 3, GuildID: guildA, UserID: bob, Data: map[string]any{"custom_id": next.CustomID, "component_type": 2}})
				if bm.Flags&64 == 0 || !strings.Contains(bm.Content, "Only the person who asked") {
					t.Errorf("another user paged: %+v", bm)
				}
			}
			var resp discordtest.Response
			m, resp = h.ask(t, discordtest.Interaction{Type: 3, GuildID: guildA, UserID: alice, Data: map[string]any{"custom_id": next.CustomID, "component_type": 2}})
			if resp.Type != 7 {
				t.Fatalf("page click answered with type %d, want 7 (update)", resp.Type)
			}
			if page > 20 {
				t.Fatal("pages never end")
			}
		}
		if len(seen) != 40 {
			t.Errorf("saw %d of 40 quotes across the pages", len(seen))
		}
	})
}

func TestEndToEndEveryoneNeverPings(t *testing.T) {
	h := start(t, seededDB(t))
	m, _ := h.ask(t, command(guildA, alice, memberPerms, "article add", "text",
		"Protest at the harbour\nHundreds gathered at the harbour on Monday to protest.\n\"@everyone come down to the harbour now,\" organiser Tom Vane said."))
	checkLimits(t, m)
	if !strings.Contains(shown(m), "Tom Vane") {
		t.Fatalf("reply:\n%s", shown(m))
	}
	if strings.Contains(shown(m), "@everyone") {
		t.Errorf("@everyone passed through unescaped:\n%s", shown(m))
	}
	m, _ = h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "Tom Vane"))
	checkLimits(t, m)
	if strings.Contains(shown(m), "@everyone") {
		t.Errorf("@everyone in /quotes reply:\n%s", shown(m))
	}
}

func TestEndToEndAdminOnly(t *testing.T) {
	h := start(t, seededDB(t))
	m, _ := h.ask(t, command(guildA, bob, memberPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv"))
	if m.Flags&64 == 0 || !strings.Contains(m.Content, "Manage Server") {
		t.Errorf("member without Manage Server: %+v", m)
	}
	m, _ = h.ask(t, command(guildA, alice, adminPerms, "feed list"))
	if strings.Contains(m.Content, "Manage Server") {
		t.Errorf("admin refused: %+v", m)
	}
}

func TestEndToEndResumesAfterDrop(t *testing.T) {
	h := start(t, seededDB(t))
	h.fake.Drop()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := h.fake.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	// discordgo's reader and heartbeat may both notice the drop; either way it resumes the
	// session rather than starting a new one.
	if h.fake.Resumes() < 1 || h.fake.Identifies() != 1 {
		t.Errorf("%d resumes and %d identifies, want at least 1 resume and the first identify only", h.fake.Resumes(), h.fake.Identifies())
	}
	m, _ := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "Stoltenberg"))
	if !strings.Contains(shown(m), "new normal in Europe") {
		t.Errorf("after resume:\n%s", shown(m))
	}
	// Op 7: reconnect and resume on request.
	if err := h.fake.Reconnect(); err != nil {
		t.Fatal(err)
	}
	if err := h.fake.WaitReady(ctx); err != nil {
		t.Fatal(err)
	}
	m, _ = h.ask(t, command(guildA, alice, memberPerms, "speakers"))
	if !strings.Contains(shown(m), "Volodymyr Zelensky") {
		t.Errorf("after op 7:\n%s", shown(m))
	}
}

func TestEndToEndGuildsDoNotShare(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := start(t, seededDB(t))
		body := "Secret harbour plan\nThe harbour board of Port Quay met in private on Monday.\n\"We will sell the harbour,\" chairman Ivo Brandt said."
		if m, _ := h.ask(t, command(guildA, alice, memberPerms, "article add", "text", body)); !strings.Contains(m.Content, "Added") {
			t.Fatalf("add: %+v", m)
		}
		if m, _ := h.ask(t, command(guildB, bob, memberPerms, "search", "query", "harbour plan")); !strings.Contains(m.Content, "No article") {
			t.Errorf("guild B found guild A's article:\n%s", shown(m))
		}
		if m, _ := h.ask(t, command(guildB, bob, memberPerms, "quotes", "speaker", "Brandt")); strings.Contains(shown(m), "sell the harbour") {
			t.Errorf("guild B saw guild A's quote:\n%s", shown(m))
		}
		if m, _ := h.ask(t, command(guildA, alice, memberPerms, "search", "query", "harbour plan")); !strings.Contains(shown(m), "Secret harbour plan") {
			t.Errorf("guild A cannot find its own article:\n%s", shown(m))
		}
		// Seeds are everyone's.
		if m, _ := h.ask(t, command(guildB, bob, memberPerms, "search", "query", "Mariupol")); !strings.Contains(shown(m), "Ukraine defies") {
			t.Errorf("guild B cannot see the seeds:\n%s", shown(m))
		}
	})
}

func TestEndToEndAttachment(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := start(t, seededDB(t))
		url := h.fake.AddAttachment("story.md", []byte("# Bridge closes\n\nThe old bridge closed on Monday for a year of repairs, the council said.\n"))
		data := discordtest.Command("article add", "file", "900")
		data["resolved"] = map[string]any{"attachments": map[string]any{"900": map[string]any{"id": "900", "filename": "story.md", "url": url, "size": 80, "content_type": "text/markdown"}}}
		data["options"].([]map[string]any)[0]["options"].([]map[string]any)[0]["type"] = 11
		m, _ := h.ask(t, discordtest.Interaction{Type: 2, GuildID: guildA, UserID: alice, Data: data})
		if !strings.Contains(shown(m), "Bridge closes") || !strings.Contains(m.Content, "Added") {
			t.Errorf("reply:\n%s", shown(m))
		}
	})
}

// slowStore makes every lookup take longer than the bot waits before deferring.
type slowStore struct {
	Store
	delay time.Duration
}

func (s slowStore) QuotesByName(ctx context.Context, name, guildID string, limit int) ([]storage.Quote, []storage.Speaker, error) {
	time.Sleep(s.delay)
	return s.Store.QuotesByName(ctx, name, guildID, limit)
}

func (s slowStore) Schedules(ctx context.Context, guildID string) ([]storage.Schedule, error) {
	time.Sleep(s.delay)
	return s.Store.Schedules(ctx, guildID)
}

// TestEndToEndSlowReplyIsDeferred: a reply that takes longer than DeferAfter is deferred and
// then edited in; a member's stays public, a manager's stays private as it would have been in
// time (Discord takes that from the deferral, not from the edit).
func TestEndToEndSlowReplyIsDeferred(t *testing.T) {
	h := start(t, slowStore{Store: seededDB(t), delay: 600 * time.Millisecond})
	m, resp := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", "Peskov"))
	if resp.Type != 5 || len(resp.Edits) != 1 {
		t.Fatalf("callback type %d with %d edits, want a deferral then one edit", resp.Type, len(resp.Edits))
	}
	checkLimits(t, m)
	if !strings.Contains(shown(m), "It is positive") || m.Flags&64 != 0 {
		t.Errorf("edited reply (flags %d):\n%s", m.Flags, shown(m))
	}
	m, resp = h.ask(t, command(guildA, alice, adminPerms, "schedule list"))
	if resp.Type != 5 || m.Flags&64 == 0 {
		t.Errorf("a manager's slow /schedule list: callback type %d, flags %d, want a private deferral", resp.Type, m.Flags)
	}
}

// TestEndToEndFailedCallbackIsRetried: a 429 (after retry_after) and a 502 answer to the
// interaction callback are retried, and the user gets the reply.
func TestEndToEndFailedCallbackIsRetried(t *testing.T) {
	tests := []struct {
		status     int
		retryAfter float64
		speaker    string
		want       string
	}{
		{429, 0.05, "Blinken", "no meaningful pullback"},
		{502, 0, "Peskov", "It is positive"},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			h := start(t, seededDB(t))
			h.fake.Fail("/api/v9/interactions/", tc.status, tc.retryAfter, 1)
			m, _ := h.ask(t, command(guildA, alice, memberPerms, "quotes", "speaker", tc.speaker))
			if !strings.Contains(shown(m), tc.want) {
				t.Errorf("reply after a %d:\n%s", tc.status, shown(m))
			}
			n := 0
			for _, r := range h.fake.Requests() {
				if strings.HasPrefix(r.Path, "/api/v9/interactions/") {
					n++
				}
			}
			if n != 2 {
				t.Errorf("%d callback requests, want 2 (the %d, then the retry)", n, tc.status)
			}
		})
	}
}

func TestOpenRejectsBadToken(t *testing.T) {
	fake := discordtest.New("right-token")
	defer fake.Close()
	b, err := New(Config{Token: "wrong-token", APIURL: fake.URL, Handlers: &Handlers{Store: seededDB(t)}, Logger: quietLog})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := b.Open(ctx); !errors.Is(err, ErrBadToken) {
		t.Errorf("Open = %v, want ErrBadToken", err)
	}
}

// BenchmarkAck200 pushes 200 slash commands within one second through the fake Discord and
// reports how long each took to be acknowledged (p50, p99, max).
func BenchmarkAck200(b *testing.B) {
	h := start(b, seededDB(b))
	var acks []time.Duration
	for b.Loop() {
		ids := make([]string, 0, 200)
		tick := time.NewTicker(5 * time.Millisecond)
		names := []string{"zelensky", "stoltenberg", "peskov", "blinken"}
		for i := 0; i < 200; i++ {
			<-tick.C
			id, err := h.fake.Dispatch(command(guildA, alice, memberPerms, "quotes", "speaker", names[i%len(names)]))
			if err != nil {
				b.Fatal(err)
			}
			ids = append(ids, id)
		}
		tick.Stop()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		for _, id := range ids {
			resp, err := h.fake.Wait(ctx, id)
			if err != nil {
				b.Fatal(err)
			}
			acks = append(acks, resp.Acked)
		}
		cancel()
	}
	sort.Slice(acks, func(i, j int) bool { return acks[i] < acks[j] })
	pct := func(p float64) float64 { return float64(acks[int(p*float64(len(acks)-1))].Microseconds()) / 1000 }
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(pct(1), "max-ms")
}

// TestCloseFinishesRepliesUnderWay: a command still being answered when the bot is told to
// stop gets its reply; one that comes after is told the bot is restarting.
func TestCloseFinishesRepliesUnderWay(t *testing.T) {
	h := start(t, slowStore{Store: seededDB(t), delay: 800 * time.Millisecond})
	in := command(guildA, alice, memberPerms, "quotes", "speaker", "Peskov")
	in.ChannelID = channel
	id, err := h.fake.Dispatch(in)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(400 * time.Millisecond) // the handler is running, its reply deferred
	closed := make(chan error, 1)
	go func() { closed <- h.bot.Close() }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	resp, err := h.fake.Wait(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	m, err := resp.Final()
	if err != nil || !strings.Contains(shown(m), "It is positive") {
		t.Errorf("reply to the command under way: %s, %v", shown(m), err)
	}
	if err := <-closed; err != nil {
		t.Errorf("close: %v", err)
	}
}

// TestSpeakersChartThroughDiscord: /speakers attaches a PNG bar chart of the week's most quoted
// speakers, shown in its embed, whose text keeps the numbers; through the real session and the
// fake Discord's multipart parsing.
func TestSpeakersChartThroughDiscord(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := start(t, seededDB(t))
		m, resp := h.ask(t, command(guildA, alice, memberPerms, "speakers", "days", 7))
		if len(resp.Files) != 1 || resp.Files[0].Name != "speakers.png" {
			t.Fatalf("files %+v, want speakers.png", resp.Files)
		}
		img, err := png.Decode(bytes.NewReader(resp.Files[0].Data))
		if err != nil {
			t.Fatalf("not a PNG: %v", err)
		}
		if b := img.Bounds(); b.Dx() != chart.Width || b.Dy() != chart.Height {
			t.Errorf("chart %v", b)
		}
		blue := 0
		for y := 0; y < chart.Height; y += 2 {
			for x := 0; x < chart.Width; x += 2 {
				if r, g, b, _ := img.At(x, y).RGBA(); uint8(r>>8) == chart.BarColor.R && uint8(g>>8) == chart.BarColor.G && uint8(b>>8) == chart.BarColor.B {
					blue++
				}
			}
		}
		if blue < 1000 {
			t.Errorf("%d bar pixels sampled: a blank chart?", blue)
		}
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Title, "last 7 days") || !strings.Contains(m.Embeds[0].Description, "Volodymyr Zelensky") {
			t.Errorf("embed %+v", m.Embeds)
		}
		var raw struct {
			Embeds []struct {
				Image struct{ URL string } `json:"image"`
			} `json:"embeds"`
		}
		final := resp.Data
		if len(resp.Edits) > 0 {
			final = resp.Edits[len(resp.Edits)-1]
		}
		json.Unmarshal(final, &raw)
		if len(raw.Embeds) != 1 || raw.Embeds[0].Image.URL != "attachment://speakers.png" {
			t.Errorf("embed image %+v", raw.Embeds)
		}
	})
}
