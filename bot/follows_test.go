package bot

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
)

// addQuote stores an article in which Zelensky says each of words, visible to guildID ("" for
// everyone).
func (h *schedHarness) addQuote(t *testing.T, guildID, title string, words ...string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("President Volodymyr Zelensky spoke in Kyiv on " + title + " about the harbour and the winter.\n\n")
	for _, w := range words {
		b.WriteString(`"` + w + `," Zelensky said.` + "\n\n")
	}
	a := briefing.Article{Title: "Zelensky on " + title, Body: b.String()}
	if _, err := h.db.AddArticle(context.Background(), a, briefing.Analyze(a), guildID); err != nil {
		t.Fatal(err)
	}
}

// announced returns the quotes of every announcement posted, one string per message.
func announced(t *testing.T, h *schedHarness) []string {
	t.Helper()
	var out []string
	for _, m := range h.fake.Messages() {
		var body struct {
			Embeds []struct{ Title, Description string } `json:"embeds"`
		}
		if err := json.Unmarshal(m.Body, &body); err != nil {
			t.Fatal(err)
		}
		var s []string
		for _, e := range body.Embeds {
			s = append(s, e.Title+": "+e.Description)
		}
		out = append(out, strings.Join(s, " | "))
	}
	return out
}

// TestFollowAnnouncesEachQuoteOnce: /follow add makes the channel hear of each new quote by the
// speaker, in articles the server can see, batched to one message per 15 minutes, and each
// quote once, also when the bot dies between posting and recording it.
func TestFollowAnnouncesEachQuoteOnce(t *testing.T) {
	h := startScheduler(t, kyivDay)
	ctx := context.Background()
	if m, _ := h.ask(t, command(guildA, alice, memberPerms, "follow add", "speaker", "zelenskyy")); !strings.Contains(m.Content, "Manage Server") {
		t.Errorf("a member followed a speaker: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow add", "speaker", "zelenskyy")); !strings.Contains(m.Content, "Following **Volodymyr Zelensky**") {
		t.Fatalf("follow: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow add", "speaker", "zelensky")); !strings.Contains(m.Content, "already") {
		t.Errorf("second follow: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow add", "speaker", "Nobody Atall")); !strings.Contains(m.Content, "No quotes from") {
		t.Errorf("unknown speaker: %+v", m)
	}
	f := &Follower{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
	tick := func(at time.Duration) {
		t.Helper()
		h.clock.Set(kyivDay.Add(at))
		if err := f.Tick(ctx); err != nil {
			t.Fatal(err)
		}
	}
	tick(0)
	if n := len(h.fake.Messages()); n != 0 {
		t.Fatalf("%d announcements of quotes stored before the follow", n)
	}
	h.addQuote(t, "", "Monday", "We will rebuild every bridge on the river")
	h.addQuote(t, guildB, "Friday", "This quote is in another server's private article")
	tick(time.Minute)
	got := announced(t, h)
	if len(got) != 1 || !strings.Contains(got[0], "A new quote by Volodymyr Zelensky") || !strings.Contains(got[0], "rebuild every bridge") {
		t.Fatalf("announced %q", got)
	}
	if strings.Contains(got[0], "private article") {
		t.Errorf("another server's article announced: %q", got[0])
	}
	tick(2 * time.Minute)
	h.addQuote(t, "", "Tuesday", "The ferries will run all winter long", "Every town on the coast will have power")
	tick(5 * time.Minute)
	if n := len(h.fake.Messages()); n != 1 {
		t.Errorf("%d messages within 15 minutes of the first, want the new quotes held back", n)
	}
	// The next announcement is posted, then the process dies before recording it.
	died := &Follower{Store: h.db, Poster: crashingPoster{Poster: h.bot, postFirst: true}, Now: h.clock.Now, Logger: quietLog}
	h.clock.Set(kyivDay.Add(17 * time.Minute))
	if err := died.Tick(ctx); !errors.Is(err, errKilled) {
		t.Fatalf("Tick = %v", err)
	}
	tick(18 * time.Minute) // the restarted bot
	tick(40 * time.Minute)
	got = announced(t, h)
	if len(got) != 2 || !strings.Contains(got[1], "New quotes by Volodymyr Zelensky") ||
		!strings.Contains(got[1], "ferries will run") || !strings.Contains(got[1], "will have power") || strings.Contains(got[1], "rebuild") {
		t.Errorf("announced %q, want the two new quotes in one second message", got)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow list")); !strings.Contains(m.Content, "**Volodymyr Zelensky** · <#"+channel+">") {
		t.Errorf("list: %+v", m)
	}
	if m, _ := h.ask(t, command(guildB, bob, adminPerms, "follow remove", "speaker", "Zelensky")); !strings.Contains(m.Content, "does not follow") {
		t.Errorf("another server removed our follow: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow remove", "speaker", "Zelensky")); !strings.Contains(m.Content, "Stopped following") {
		t.Errorf("remove: %+v", m)
	}
	h.addQuote(t, "", "Sunday", "Nobody follows me now")
	tick(60 * time.Minute)
	if n := len(h.fake.Messages()); n != 2 {
		t.Errorf("%d messages after the follow was removed, want 2", n)
	}
}

// TestFollowEndsWhenItsChannelIsGone: when Discord says the channel is gone (404) or closed to
// the bot (403), the follow ends instead of failing every minute; other failures keep it, and
// while one announcement waits no other piles up behind it.
func TestFollowEndsWhenItsChannelIsGone(t *testing.T) {
	h := startScheduler(t, kyivDay)
	ctx := context.Background()
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow add", "speaker", "zelenskyy")); !strings.Contains(m.Content, "Following") {
		t.Fatalf("follow: %+v", m)
	}
	f := &Follower{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
	h.addQuote(t, "", "Monday", "We will rebuild every bridge on the river")
	h.fake.Fail("/api/v9/channels/"+channel, 500, 0, 3) // one request a tick: looking for the pending one
	for i := 0; i < 3; i++ {
		h.clock.Set(kyivDay.Add(time.Duration(i*20) * time.Minute))
		if err := f.Tick(ctx); err == nil {
			t.Fatal("Tick succeeded against a failing Discord")
		}
		h.addQuote(t, "", "Tuesday", "The ferries will run all winter long")
	}
	if p, _ := h.db.PendingFollowPosts(ctx); len(p) != 1 {
		t.Errorf("%d pending announcements after three failing ticks, want 1", len(p))
	}
	if fs, _ := h.db.SpeakerFollows(ctx, guildA); len(fs) != 1 {
		t.Fatalf("a 500 ended the follow: %+v", fs)
	}
	h.fake.Fail("/api/v9/channels/"+channel, 404, 0, 1)
	h.clock.Set(kyivDay.Add(time.Hour))
	if err := f.Tick(ctx); err != nil {
		t.Errorf("Tick = %v", err)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "follow list")); !strings.Contains(m.Content, "follows no speakers") {
		t.Errorf("list: %+v", m)
	}
}
