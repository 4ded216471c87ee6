package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/discordtest"
)

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

// TestRunAgainstFakeDiscord runs `briefbot run` as a user would, pointed at the fake Discord by
// DISCORD_API_URL, answers a command, and shuts down when its context ends (as on SIGINT).
func TestRunAgainstFakeDiscord(t *testing.T) {
	fake := discordtest.New("tok")
	defer fake.Close()
	db := filepath.Join(t.TempDir(), "run.db")
	if code, _, errs := runCmd(t, "", "ingest", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("ingest: %s", errs)
	}
	vars := map[string]string{"DISCORD_TOKEN": "tok", "DISCORD_API_URL": fake.URL, "DISCORD_GUILD_ID": "42"}
	var out, errs syncBuffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errs, getenv: func(k string) string { return vars[k] }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- run(ctx, e, []string{"run", "--db", db}) }()

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
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("exit %d: %s", code, errs.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("run did not stop when its context ended")
	}

	// A rejected token is one clear line.
	vars["DISCORD_TOKEN"] = "wrong"
	e.stderr = &errs
	code := run(context.Background(), e, []string{"run", "--db", db})
	if code != 1 || !strings.Contains(errs.String(), "token was rejected by Discord") {
		t.Errorf("bad token: exit %d, %s", code, errs.String())
	}
}
