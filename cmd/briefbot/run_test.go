package main

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/storage"
)

// storeStale stores an article as an analyser older than today's left it (nothing found)
// and returns its ID.
func storeStale(t *testing.T, path string) int64 {
	t.Helper()
	ctx := context.Background()
	db, err := storage.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	body := "Mayor Anne Hidalgo opened the bridge on Monday.\n\"It is a great day for Paris,\" Hidalgo said."
	res, err := db.AddArticle(ctx, briefing.Article{Title: "A bridge opens", Body: body, Source: "test"},
		briefing.Analysis{Version: briefing.AnalyserVersion - 1}, "")
	if err != nil {
		t.Fatal(err)
	}
	return res.ID
}

// syncBuffer is a bytes.Buffer safe for the bot's goroutines to log into.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// freeLoopbackAddr returns a loopback address with a port nothing listens on.
func freeLoopbackAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// get fetches a URL on loopback and returns the status and body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestRunAgainstFakeDiscord runs `briefbot run` as a user would, pointed at the fake Discord by
// DISCORD_API_URL, answers a command, and shuts down when its context ends (as on SIGINT).
func TestRunAgainstFakeDiscord(t *testing.T) {
	fake := discordtest.New("tok")
	defer fake.Close()
	db := filepath.Join(t.TempDir(), "run.db")
	if code, _, errs := runCmd(t, "", "ingest", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	staleID := storeStale(t, db)
	vars := map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_API_URL": fake.URL, "DISCORD_GUILD_ID": "42"}
	var out, errs syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	metricsAddr := freeLoopbackAddr(t)
	go func() {
		done <- run(ctx, e, []string{"run", "--db", db, "--metrics", metricsAddr, "--log-format", "json"})
	}()

	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if err := fake.WaitReady(wctx); err != nil {
		t.Fatal(err)
	}
	for { // READY comes before the commands are registered; wait for the bot to be listening
		if strings.Contains(errs.String(), "briefbot is running") {
			break
		}
		select {
		case <-wctx.Done():
			t.Fatalf("bot never said it was running: %s", errs.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	id, err := fake.Dispatch(discordtest.Interaction{Type: 2, GuildID: "42", ChannelID: "7", UserID: "9",
		Data: discordtest.Command("quotes", "speaker", "Zelensky")})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := fake.Wait(wctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if m, _ := resp.Final(); len(m.Embeds) == 0 || !strings.Contains(m.Embeds[0].Description, "We are not afraid") {
		t.Errorf("reply = %+v", m)
	}
	// Logs are JSON lines; the invite link names the application and the scopes it needs.
	if !strings.Contains(errs.String(), `"msg":"briefbot is running`) ||
		!strings.Contains(errs.String(), "oauth2/authorize?client_id=") || !strings.Contains(errs.String(), "scope=bot+applications.commands") {
		t.Errorf("logs lack JSON lines or the invite link:\n%s", errs.String())
	}
	if code, body := get(t, "http://"+metricsAddr+"/healthz"); code != 200 || strings.TrimSpace(body) != "ok" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	// The interaction is counted once its reply is sent, which the fake may see first.
	for {
		_, body := get(t, "http://"+metricsAddr+"/metrics")
		if strings.Contains(body, `briefbot_interactions_total{command="quotes",outcome="ok"} 1`) &&
			strings.Contains(body, "briefbot_pending_deliveries 0") && strings.Contains(body, "briefbot_reply_seconds_bucket") {
			break
		}
		select {
		case <-wctx.Done():
			t.Fatalf("/metrics lacks the interaction:\n%s", body)
		case <-time.After(20 * time.Millisecond):
		}
	}
	// An article stored by an older analyser is analysed again while the bot runs.
	for !strings.Contains(errs.String(), "stored articles analysed again") {
		select {
		case <-wctx.Done():
			t.Fatalf("stale article never analysed again: %s", errs.String())
		case <-time.After(10 * time.Millisecond):
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, errs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not stop when its context ended")
	}

	sdb, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	a, err := sdb.Article(context.Background(), staleID, "")
	sdb.Close()
	if err != nil || a.AnalyserVersion != briefing.AnalyserVersion || len(a.Summary) == 0 || a.KeyQuote == nil {
		t.Errorf("stale article after run: %+v, %v", a, err)
	}

	// A rejected token is one clear line.
	vars["DISCORD_TOKEN"] = "wrong"
	e.stderr = &errs
	code := run(context.Background(), e, []string{"run", "--db", db})
	if code != 1 || !strings.Contains(errs.String(), "token was rejected by Discord") {
		t.Errorf("bad token: exit %d, %s", code, errs.String())
	}
}

// TestRunNamesAnOldFilesFreePages: a database file made before briefbot set auto_vacuum, holding
// many free pages, is named at start with the way to reclaim them; a file made now is not.
func TestRunNamesAnOldFilesFreePages(t *testing.T) {
	fake := discordtest.New("tok")
	defer fake.Close()
	old := filepath.Join(t.TempDir(), "old.db")
	raw, err := sql.Open("sqlite3", "file:"+old+"?_auto_vacuum=none")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{`CREATE TABLE scratch (b BLOB)`, `INSERT INTO scratch VALUES (zeroblob(12 << 20))`, `DROP TABLE scratch`} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	fresh := filepath.Join(t.TempDir(), "new.db")
	for _, tt := range []struct {
		db   string
		want bool
	}{{old, true}, {fresh, false}} {
		var out, errs syncBuffer
		vars := map[string]string{"DISCORD_TOKEN": "wrong", "DISCORD_API_URL": fake.URL}
		e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs, getenv: func(k string) string { return vars[k] }}
		if code := run(context.Background(), e, []string{"run", "--db", tt.db}); code != 1 {
			t.Errorf("%s with a rejected token: exit %d, %s", filepath.Base(tt.db), code, errs.String())
		}
		said := strings.Contains(errs.String(), "free pages it cannot give back") && strings.Contains(errs.String(), "briefbot backup")
		if said != tt.want {
			t.Errorf("%s: the free pages named %v, want %v:\n%s", filepath.Base(tt.db), said, tt.want, errs.String())
		}
	}
}
