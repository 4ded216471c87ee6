package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestRateLimits (finding 10): a member who repeats a costly command is asked politely to slow
// down while others are still answered; a guild as a whole has a budget too; time refills both.
func TestRateLimits(t *testing.T) {
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	lim := &Limiter{PerUser: Rate{Every: 6 * time.Second, Burst: 5}, PerGuild: Rate{Every: time.Second, Burst: 8}, Now: clock}
	h := &Handlers{Store: seededDB(t), Limits: lim, Now: clock, Logger: quietLog}
	ctx := context.Background()
	quotes := func(user string) Reply {
		return h.Handle(ctx, Request{Name: "quotes", GuildID: "g", UserID: user, Options: map[string]string{"speaker": "Zelensky"}})
	}
	for i := 0; i < 5; i++ {
		if r := quotes("alice"); r.Ephemeral {
			t.Fatalf("request %d refused: %s", i+1, PlainText(r))
		}
	}
	r := quotes("alice")
	if !r.Ephemeral || !strings.Contains(r.Content, "a little fast") || !strings.Contains(r.Content, "6 s") {
		t.Errorf("sixth request: %+v", r)
	}
	if r := quotes("bob"); r.Ephemeral {
		t.Errorf("another member was refused: %s", PlainText(r))
	}
	// Autocomplete is never limited: it is what typing a name does.
	ac := h.Handle(ctx, Request{Kind: Autocomplete, Name: "quotes", Focused: "speaker", GuildID: "g", UserID: "alice",
		Options: map[string]string{"speaker": "zel"}})
	if len(ac.Choices) == 0 {
		t.Error("autocomplete limited")
	}
	// The guild has 8: alice 5, bob 1, two more members, then the guild is out.
	quotes("carol")
	quotes("dave")
	if r := quotes("erin"); !strings.Contains(r.Content, "This server is asking me a lot") {
		t.Errorf("the guild's ninth request: %+v", r)
	}
	if r := h.Handle(ctx, Request{Name: "quotes", GuildID: "other", UserID: "frank", Options: map[string]string{"speaker": "Zelensky"}}); r.Ephemeral {
		t.Errorf("another guild was refused: %s", PlainText(r))
	}
	now = now.Add(6 * time.Second)
	if r := quotes("alice"); r.Ephemeral {
		t.Errorf("after 6 s: %s", PlainText(r))
	}
	if got := lim.Refused.Load(); got != 2 {
		t.Errorf("%d refusals counted, want 2", got)
	}
}

// TestLimiterMemoryIsBounded: a flood of distinct members does not grow the buckets without end.
func TestLimiterMemoryIsBounded(t *testing.T) {
	now := time.Date(2026, 11, 30, 8, 0, 0, 0, time.UTC)
	lim := &Limiter{PerUser: Rate{Every: time.Second, Burst: 2}, Now: func() time.Time { return now }}
	for i := 0; i < 3*maxBuckets; i++ {
		if i%1000 == 0 {
			now = now.Add(time.Minute)
		}
		lim.Allow(fmt.Sprint("user-", i), "", 1)
	}
	if n := len(lim.buckets); n > maxBuckets+1000 {
		t.Errorf("%d buckets kept", n)
	}
}
