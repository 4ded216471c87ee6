package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/seeds"
	"github.com/briefbot/briefbot/storage"
	"github.com/briefbot/briefbot/storage/storagetest"
)

// clock is a fake clock the tests move by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

// schedHarness is a scheduler posting through a real bot to the fake Discord, with a pinned clock.
type schedHarness struct {
	*harness
	clock  *clock
	sched  *Scheduler
	target string // where the database is, for a second process to open it
}

func startScheduler(t *testing.T, now time.Time) *schedHarness {
	t.Helper()
	target := storagetest.Target(t)
	db, err := storage.Open(context.Background(), target)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := &clock{t: now.Add(-48 * time.Hour)} // the seeds are old news
	db.Now = c.Now
	arts, err := seeds.Articles()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range arts {
		if _, err := db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
			t.Fatal(err)
		}
	}
	c.Set(now)
	var sched *Scheduler
	h := startWith(t, db, c.Now, func(b *Bot, hs *Handlers) { // commands see the same clock as the scheduler
		sched = &Scheduler{Store: db, Poster: b, Now: c.Now, Logger: quietLog}
		hs.Briefings = sched
	})
	return &schedHarness{harness: h, clock: c, sched: sched, target: target}
}

func (h *schedHarness) addSchedule(t *testing.T, clock, zone, days string) storage.Schedule {
	t.Helper()
	s, err := h.db.AddSchedule(context.Background(), storage.Schedule{GuildID: guildA, ChannelID: channel, Clock: clock, Zone: zone, Days: days, MaxItems: 10})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (h *schedHarness) addArticle(t *testing.T, title string) {
	t.Helper()
	a := briefing.Article{Title: title, Body: "News of " + title + ". " + eventWords(title)}
	if _, err := h.db.AddArticle(context.Background(), a, briefing.Analyze(a), ""); err != nil {
		t.Fatal(err)
	}
}

// eventWords makes each test article its own event: a sentence of words drawn by its title, so
// that two titles never read as one story.
func eventWords(title string) string {
	// No word a test schedules by (ferries) is among them.
	vocab := strings.Fields(`bridge tunnel library museum stadium hospital airport railway market orchard
		vineyard quarry lighthouse brewery bakery theatre cinema gallery observatory reservoir canal pier
		factory warehouse greenhouse laboratory monastery castle fortress garrison embassy consulate
		pharmacy clinic academy college seminary orphanage courthouse prison barracks shipyard dockyard
		foundry mill tannery forge kiln smelter refinery`)
	h := fnv.New64a()
	h.Write([]byte(title))
	r := rand.New(rand.NewPCG(h.Sum64(), 1))
	var words []string
	for _, i := range r.Perm(len(vocab))[:8] {
		words = append(words, vocab[i])
	}
	return "Inspectors visited the " + strings.Join(words, ", ") + "."
}

func (h *schedHarness) tickAt(t *testing.T, at time.Time) {
	t.Helper()
	h.tickWith(t, h.sched, at)
}

// tickWith moves the clock to at and ticks scheduler s.
func (h *schedHarness) tickWith(t *testing.T, s *Scheduler, at time.Time) {
	t.Helper()
	h.clock.Set(at)
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
}

// posted returns the text of each message posted to the test channel.
func (h *schedHarness) posted(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, m := range h.fake.Messages() {
		var body struct {
			Content string `json:"content"`
			Embeds  []struct {
				Title string `json:"title"`
			} `json:"embeds"`
			AllowedMentions *struct {
				Parse []string `json:"parse"`
			} `json:"allowed_mentions"`
		}
		if err := json.Unmarshal(m.Body, &body); err != nil {
			t.Fatal(err)
		}
		if body.AllowedMentions == nil || len(body.AllowedMentions.Parse) != 0 {
			t.Errorf("posted message allows mentions: %s", m.Body)
		}
		s := body.Content
		for _, e := range body.Embeds {
			s += " | " + e.Title
		}
		out = append(out, s)
	}
	return out
}

var kyivDay = time.Date(2026, 11, 25, 5, 0, 0, 0, time.UTC) // 07:00 in Kyiv

func TestSchedulePostsOncePerSlot(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		h.addSchedule(t, "08:00", "Europe/Kyiv", "every day")
		h.addArticle(t, "Tuesday")
		h.tickAt(t, kyivDay.Add(30*time.Minute)) // 07:30 Kyiv: not yet
		if got := h.posted(t); len(got) != 0 {
			t.Fatalf("posted before time: %q", got)
		}
		for _, m := range []time.Duration{60, 61, 90, 600} { // 08:00 Kyiv and after, several ticks
			h.tickAt(t, kyivDay.Add(m*time.Minute))
		}
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "Briefing · Wednesday 25 November") || !strings.Contains(got[0], "Tuesday") {
			t.Fatalf("posted %q, want one briefing", got)
		}
		// The next day: only what is new since.
		h.addArticle(t, "Wednesday")
		h.tickAt(t, kyivDay.Add(25*time.Hour))
		got = h.posted(t)
		if len(got) != 2 || !strings.Contains(got[1], "Wednesday") || strings.Contains(got[1], "| Tuesday") {
			t.Errorf("second day posted %q", got)
		}
	})
}

// crashingPoster posts (or not) and then fails, as a process killed at that moment would.
type crashingPoster struct {
	Poster
	postFirst bool
}

var errKilled = errors.New("killed")

func (p crashingPoster) Post(ctx context.Context, channelID, nonce string, r Reply) (string, error) {
	if p.postFirst {
		if _, err := p.Poster.Post(ctx, channelID, nonce, r); err != nil {
			return "", err
		}
	}
	return "", errKilled
}

func TestRestartNeverDoublePosts(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		for _, postFirst := range []bool{true, false} {
			name := "killed before posting"
			if postFirst {
				name = "killed after posting, before marking posted"
			}
			t.Run(name, func(t *testing.T) {
				h := startScheduler(t, kyivDay)
				s := h.addSchedule(t, "08:00", "Europe/Kyiv", "")
				h.addArticle(t, "Tuesday")
				h.clock.Set(kyivDay.Add(time.Hour))
				crashed := &Scheduler{Store: h.db, Poster: crashingPoster{Poster: h.bot, postFirst: postFirst}, Now: h.clock.Now, Logger: quietLog}
				if err := crashed.Tick(context.Background()); !errors.Is(err, errKilled) {
					t.Fatalf("Tick = %v", err)
				}
				if p, _ := h.db.PendingDeliveries(context.Background()); len(p) != 1 {
					t.Fatalf("%d pending deliveries after the crash, want 1", len(p))
				}
				// Restart: recover, then the usual ticks.
				restarted := &Scheduler{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
				if err := restarted.Recover(context.Background()); err != nil {
					t.Fatal(err)
				}
				if err := restarted.Tick(context.Background()); err != nil {
					t.Fatal(err)
				}
				if got := h.posted(t); len(got) != 1 {
					t.Errorf("posted %d messages, want exactly 1: %q", len(got), got)
				}
				ds, _ := h.db.Deliveries(context.Background(), s.ID)
				if len(ds) != 1 || ds[0].Status != storage.Posted || len(ds[0].MessageIDs) != 1 {
					t.Errorf("deliveries = %+v", ds)
				}
			})
		}
	})
}

// TestShardRestartLeavesPendingToTheLease: a shard's process that restarts after a crash does
// not post the delivery it left pending at once, as the only process does: another process may
// have claimed it. The stale claim posts it, once, when its lease has run out.
func TestShardRestartLeavesPendingToTheLease(t *testing.T) {
	h := startScheduler(t, kyivDay)
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.addArticle(t, "Tuesday")
	h.clock.Set(kyivDay.Add(time.Hour))
	shard := Shard{0, 2}
	if !shard.Holds(guildA) {
		shard.ID = 1
	}
	crashed := &Scheduler{Store: h.db, Poster: crashingPoster{Poster: h.bot}, Now: h.clock.Now, Logger: quietLog, Shard: shard}
	if err := crashed.Tick(context.Background()); !errors.Is(err, errKilled) {
		t.Fatalf("Tick = %v", err)
	}
	restarted := &Scheduler{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog, Shard: shard}
	if err := restarted.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	h.tickWith(t, restarted, kyivDay.Add(time.Hour+9*time.Minute))
	if got := h.posted(t); len(got) != 0 {
		t.Fatalf("posted %d messages inside the lease, want none", len(got))
	}
	h.tickWith(t, restarted, kyivDay.Add(time.Hour+11*time.Minute))
	h.tickWith(t, restarted, kyivDay.Add(time.Hour+12*time.Minute))
	if got := h.posted(t); len(got) != 1 {
		t.Errorf("posted %d messages after the lease, want 1", len(got))
	}
}

// TestScheduleOfAGoneChannelEnds: when Discord answers that a schedule's channel is gone
// (404), the schedule ends with its deliveries instead of being tried at every slot; the
// guild's schedule in another channel goes on.
func TestScheduleOfAGoneChannelEnds(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		ctx := context.Background()
		gone := h.addSchedule(t, "08:00", "Europe/Kyiv", "")
		const elsewhere = "500000000000000009"
		kept, err := h.db.AddSchedule(ctx, storage.Schedule{GuildID: guildA, ChannelID: elsewhere, Clock: "08:00", Zone: "Europe/Kyiv", MaxItems: 10})
		if err != nil {
			t.Fatal(err)
		}
		h.addArticle(t, "Tuesday")
		h.fake.Fail("/api/v9/channels/"+channel, 404, 0, 1) // the channel was deleted
		h.tickAt(t, kyivDay.Add(time.Hour))
		scheds, _ := h.db.Schedules(ctx, guildA)
		if len(scheds) != 1 || scheds[0].ID != kept.ID {
			t.Fatalf("schedules after the 404: %+v, want only %d (not %d)", scheds, kept.ID, gone.ID)
		}
		if p, _ := h.db.PendingDeliveries(ctx); len(p) != 0 {
			t.Errorf("%d deliveries left pending", len(p))
		}
		channelRequests := func() int {
			n := 0
			for _, r := range h.fake.Requests() {
				if strings.HasPrefix(r.Path, "/api/v9/channels/"+channel) {
					n++
				}
			}
			return n
		}
		before := channelRequests()
		h.tickAt(t, kyivDay.Add(time.Hour+11*time.Minute)) // past the lease
		h.tickAt(t, kyivDay.Add(25*time.Hour))             // the next day's slot
		if n := channelRequests() - before; n != 0 {
			t.Errorf("%d more requests to the gone channel", n)
		}
		posted := map[string]int{}
		for _, m := range h.fake.Messages() {
			posted[m.ChannelID]++
		}
		if posted[channel] != 0 || posted[elsewhere] != 2 {
			t.Errorf("messages per channel %v, want 2 in the other channel only", posted)
		}
	})
}

func TestMissedSlotsCaughtUpOnce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		s := h.addSchedule(t, "08:00", "Europe/Kyiv", "")
		h.addArticle(t, "Tuesday")
		// Down from before 08:00 on the 25th until 11:00 on the 27th: three slots missed, the last
		// within the 6-hour grace window. One briefing, covering everything since.
		h.tickAt(t, time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC))
		h.tickAt(t, time.Date(2026, 11, 27, 9, 1, 0, 0, time.UTC))
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "Friday 27 November") || !strings.Contains(got[0], "Tuesday") {
			t.Fatalf("posted %q, want one catch-up briefing", got)
		}
		ds, _ := h.db.Deliveries(context.Background(), s.ID)
		var statuses []string
		for _, d := range ds {
			statuses = append(statuses, d.Slot+":"+d.Status)
		}
		if strings.Join(statuses, " ") != "2026-11-25:skipped 2026-11-26:skipped 2026-11-27:posted" {
			t.Errorf("deliveries = %v", statuses)
		}
	})
}

func TestMissedSlotsCoalesce(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		h.addSchedule(t, "08:00", "Europe/Kyiv", "")
		h.addSchedule(t, "10:00", "Europe/Kyiv", "") // a second schedule in the same channel
		h.addArticle(t, "Tuesday")
		h.tickAt(t, kyivDay.Add(5*time.Hour+30*time.Minute)) // 12:30 Kyiv: both due, both in grace
		if got := h.posted(t); len(got) != 2 {
			t.Errorf("posted %q, want one per schedule", got)
		}
	})
}

func TestOldSlotSkipped(t *testing.T) {
	h := startScheduler(t, kyivDay)
	s := h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.tickAt(t, kyivDay.Add(9*time.Hour)) // 16:00 Kyiv: eight hours late, past the grace window
	if got := h.posted(t); len(got) != 0 {
		t.Errorf("posted %q for a slot past the grace window", got)
	}
	ds, _ := h.db.Deliveries(context.Background(), s.ID)
	if len(ds) != 1 || ds[0].Status != storage.Skipped {
		t.Errorf("deliveries = %+v", ds)
	}
}

func TestNothingNew(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		h.addSchedule(t, "08:00", "Europe/Kyiv", "")
		h.tickAt(t, kyivDay.Add(time.Hour)) // the seeds were added before the schedule existed
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "nothing new") {
			t.Errorf("posted %q, want a short note", got)
		}
		quiet, err := h.db.AddSchedule(context.Background(), storage.Schedule{GuildID: guildA, ChannelID: "400000000000000009",
			Clock: "09:00", Zone: "Europe/Kyiv", Days: "every day", MaxItems: 5, Quiet: true})
		if err != nil {
			t.Fatal(err)
		}
		h.tickAt(t, kyivDay.Add(3*time.Hour))
		if got := h.posted(t); len(got) != 1 {
			t.Errorf("a quiet schedule posted: %q", got)
		}
		if ds, _ := h.db.Deliveries(context.Background(), quiet.ID); len(ds) != 1 || ds[0].Status != storage.Posted {
			t.Errorf("quiet delivery = %+v", ds)
		}
	})
}

func TestDSTDays(t *testing.T) {
	// New York: 02:30 does not exist on 8 March 2026; 01:30 happens twice on 1 November.
	tests := []struct {
		name, clock    string
		from, to, step time.Time
	}{
		{name: "spring forward 02:30", clock: "02:30", from: time.Date(2026, 3, 8, 5, 0, 0, 0, time.UTC), to: time.Date(2026, 3, 8, 12, 0, 0, 0, time.UTC)},
		{name: "fall back 01:30", clock: "01:30", from: time.Date(2026, 11, 1, 4, 0, 0, 0, time.UTC), to: time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := startScheduler(t, tc.from.Add(-time.Hour))
			h.addSchedule(t, tc.clock, "America/New_York", "")
			for at := tc.from; !at.After(tc.to); at = at.Add(10 * time.Minute) {
				h.tickAt(t, at)
			}
			if got := h.posted(t); len(got) != 1 {
				t.Errorf("posted %d briefings on the DST day, want 1: %q", len(got), got)
			}
		})
	}
}

func TestScheduleCommands(t *testing.T) {
	h := startScheduler(t, kyivDay)
	m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "days", "mon-fri"))
	if !strings.Contains(m.Content, "Briefing #1") || !strings.Contains(m.Content, "mon,tue,wed,thu,fri at 08:00 Europe/Kyiv") {
		t.Fatalf("set: %+v", m)
	}
	for _, bad := range [][]any{{"time", "8 o'clock"}, {"time", "08:00", "timezone", "Mars/Olympus"}, {"time", "08:00", "days", "someday"}} {
		m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", bad...))
		if m.Flags&64 == 0 || !strings.Contains(m.Content, "such as") && !strings.Contains(m.Content, "use names") {
			t.Errorf("%v: %+v", bad, m)
		}
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv")); !strings.Contains(m.Content, "already has") {
		t.Errorf("duplicate: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule list")); !strings.Contains(m.Content, "#1") {
		t.Errorf("list: %+v", m)
	}
	if m, _ := h.ask(t, command(guildB, bob, adminPerms, "schedule remove", "id", 1)); !strings.Contains(m.Content, "no schedule number 1") {
		t.Errorf("another guild removed our schedule: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule remove", "id", 1)); !strings.Contains(m.Content, "removed") {
		t.Errorf("remove: %+v", m)
	}
}

func TestScheduleKeywords(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "keywords", "ferries", "quiet", true))
		if !strings.Contains(m.Content, "about ferries") || !strings.Contains(m.Content, "silent when nothing is new") {
			t.Fatalf("set: %+v", m)
		}
		h.addArticle(t, "the ferry timetable")
		h.addArticle(t, "the school budget")
		h.tickAt(t, kyivDay.Add(61*time.Minute))
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "ferry") || strings.Contains(got[0], "school") {
			t.Errorf("posted %q, want only the ferry article", got)
		}
		h.tickAt(t, kyivDay.Add(25*time.Hour)) // nothing new, quiet: nothing posted
		if got := h.posted(t); len(got) != 1 {
			t.Errorf("quiet schedule posted %q", got)
		}
	})
}

func TestBriefSinceTheChannelsLastBriefing(t *testing.T) {
	h := startScheduler(t, kyivDay)
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.addArticle(t, "Tuesday")
	h.tickAt(t, kyivDay.Add(61*time.Minute)) // the 08:00 briefing covers Tuesday
	h.addArticle(t, "the afternoon")
	h.clock.Set(kyivDay.Add(3 * time.Hour))
	m, _ := h.ask(t, command(guildA, alice, memberPerms, "brief"))
	if !strings.Contains(m.Content, "since the last briefing here") || !strings.Contains(shown(m), "the afternoon") || strings.Contains(shown(m), "met on Tuesday") {
		t.Errorf("brief:\n%s", shown(m))
	}
}

// TestKeywordScheduleOnABusyDay: a keyword schedule finds its article however many newer
// articles about other things came in the same window.
func TestKeywordScheduleOnABusyDay(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay)
		if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "keywords", "ferries", "quiet", true)); !strings.Contains(m.Content, "about ferries") {
			t.Fatalf("set: %+v", m)
		}
		h.addArticle(t, "the ferry timetable")
		for i := 0; i < 250; i++ {
			h.addArticle(t, fmt.Sprintf("the school budget, item %d", i))
		}
		h.tickAt(t, kyivDay.Add(61*time.Minute))
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "ferry timetable") || strings.Contains(got[0], "school") {
			t.Errorf("posted %q, want the ferry article alone", got)
		}
	})
}

// TestSchedulePreviewCoversWhatAPostNowWould: the preview covers what a briefing begun at the
// same moment covers, the seconds before its own: an article stored in its second is in
// neither, and comes in the next briefing.
func TestSchedulePreviewCoversWhatAPostNowWould(t *testing.T) {
	h := startScheduler(t, kyivDay)
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.addArticle(t, "the ferry timetable")
	h.clock.Set(kyivDay.Add(time.Second))
	h.addArticle(t, "the harbour reopening")
	m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule preview", "id", 1))
	var preview []string
	for _, e := range m.Embeds {
		preview = append(preview, e.Title)
	}
	if len(preview) != 1 || !strings.Contains(preview[0], "ferry") {
		t.Errorf("preview shows %q, want the ferry timetable alone", preview)
	}
	h.ask(t, command(guildA, alice, adminPerms, "schedule now", "id", 1))
	if got := h.posted(t); len(got) != 1 || !strings.Contains(got[0], "ferry") || strings.Contains(got[0], "harbour") {
		t.Errorf("/schedule now in the preview's second posted %q, want what the preview showed", got)
	}
	h.tickAt(t, kyivDay.Add(61*time.Minute))
	if got := h.posted(t); len(got) != 2 || !strings.Contains(got[1], "harbour") {
		t.Errorf("the 08:00 briefing: %q, want the harbour reopening", got)
	}
}

// TestSchedulePreviewEqualsThePost: /schedule preview shows the asker alone the briefing the
// schedule then posts at its time, and posts nothing itself.
func TestSchedulePreviewEqualsThePost(t *testing.T) {
	h := startScheduler(t, kyivDay)
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	h.addArticle(t, "the ferry timetable")
	h.addArticle(t, "the school budget")
	h.clock.Set(kyivDay.Add(time.Second)) // a briefing, and its preview, cover the seconds before their own
	m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule preview", "id", 1))
	if m.Flags&64 == 0 || !strings.HasPrefix(m.Content, "Preview (only you see this): **Briefing · Wednesday 25 November**") {
		t.Fatalf("preview: %+v", m)
	}
	if n := len(h.fake.Messages()); n != 0 {
		t.Errorf("preview posted %d messages", n)
	}
	var preview []string
	for _, e := range m.Embeds {
		preview = append(preview, e.Title+" | "+e.Description)
	}
	h.tickAt(t, kyivDay.Add(61*time.Minute))
	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages posted at 08:00", len(msgs))
	}
	var body struct {
		Embeds []struct{ Title, Description string } `json:"embeds"`
	}
	if err := json.Unmarshal(msgs[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	var posted []string
	for _, e := range body.Embeds {
		posted = append(posted, e.Title+" | "+e.Description)
	}
	if strings.Join(preview, "\n") != strings.Join(posted, "\n") || len(posted) != 2 {
		t.Errorf("preview:\n%s\nposted:\n%s", strings.Join(preview, "\n"), strings.Join(posted, "\n"))
	}
	if m, _ := h.ask(t, command(guildB, bob, adminPerms, "schedule preview", "id", 1)); !strings.Contains(m.Content, "no schedule number 1") {
		t.Errorf("another guild previews our schedule: %+v", m)
	}
}

// TestScheduleListSaysNextAndLast: /schedule list gives each schedule's next time in its own
// zone and how its last slot went.
func TestScheduleListSaysNextAndLast(t *testing.T) {
	h := startScheduler(t, kyivDay) // 07:00 in Kyiv
	h.addSchedule(t, "08:00", "Europe/Kyiv", "")
	m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule list"))
	if !strings.Contains(m.Content, "next Wed 25 Nov 08:00 EET") || !strings.HasSuffix(strings.TrimSpace(m.Content), "· no briefing yet") {
		t.Errorf("before the first slot: %s", m.Content)
	}
	h.addArticle(t, "the ferry timetable")
	h.tickAt(t, kyivDay.Add(61*time.Minute))
	m, _ = h.ask(t, command(guildA, alice, adminPerms, "schedule list"))
	if !strings.Contains(m.Content, "next Thu 26 Nov 08:00 EET") || !strings.Contains(m.Content, "· last Wed 25 Nov: posted (1 message(s))") {
		t.Errorf("after the first slot: %s", m.Content)
	}
}

// TestScheduleNowPostsWithoutTakingTheSlot: /schedule now posts the briefing in the schedule's
// channel at once, recorded like any delivery; the 08:00 briefing still comes, with only what
// is new after it. An article stored in the second /schedule now ran in, after its briefing
// was read, comes at 08:00: it was in neither briefing when a briefing covered its own second.
// Only the schedule's own server, and only its managers, can ask.
func TestScheduleNowPostsWithoutTakingTheSlot(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay) // 07:00 in Kyiv
		h.addSchedule(t, "08:00", "Europe/Kyiv", "")
		h.addArticle(t, "the ferry timetable")
		h.clock.Set(kyivDay.Add(time.Second)) // a briefing covers the seconds before its own
		if m, _ := h.ask(t, command(guildA, alice, memberPerms, "schedule now", "id", 1)); !strings.Contains(m.Content, "Manage Server") {
			t.Errorf("a member posted a briefing: %+v", m)
		}
		if m, _ := h.ask(t, command(guildB, bob, adminPerms, "schedule now", "id", 1)); !strings.Contains(m.Content, "no schedule number 1") {
			t.Errorf("another server posted our briefing: %+v", m)
		}
		if n := len(h.fake.Messages()); n != 0 {
			t.Fatalf("%d messages before /schedule now", n)
		}
		m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule now", "id", 1))
		if m.Flags&64 == 0 || !strings.Contains(m.Content, "Posted schedule 1's briefing") || !strings.Contains(m.Content, "Wed 25 Nov 08:00") {
			t.Errorf("reply: %+v", m)
		}
		got := h.posted(t)
		if len(got) != 1 || !strings.Contains(got[0], "ferry timetable") {
			t.Fatalf("posted %q, want the ferry article", got)
		}
		if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule now", "id", 1)); !strings.Contains(m.Content, "a moment ago") {
			t.Errorf("a second /schedule now in the same second: %+v", m)
		}
		h.addArticle(t, "the harbour reopening") // in /schedule now's second, after it read
		h.clock.Set(kyivDay.Add(10 * time.Minute))
		h.addArticle(t, "the school budget")
		h.tickAt(t, kyivDay.Add(61*time.Minute))
		got = h.posted(t)
		if len(got) != 2 || !strings.Contains(got[1], "school budget") || !strings.Contains(got[1], "harbour reopening") || strings.Contains(got[1], "ferry") {
			t.Errorf("after the 08:00 tick: %q, want the school budget and the harbour reopening, not the ferry", got)
		}
		h.tickAt(t, kyivDay.Add(62*time.Minute))
		if n := len(h.fake.Messages()); n != 2 {
			t.Errorf("%d messages after a second tick, want 2", n)
		}
	})
}

// TestScheduleRoleMentionPingsThatRoleOnly: a schedule with role: mentions it in each
// briefing, and the message allows that role and nothing else to be pinged; @everyone is
// refused; a schedule without a role pings no one.
func TestScheduleRoleMentionPingsThatRoleOnly(t *testing.T) {
	const role = "500000000000000001"
	h := startScheduler(t, kyivDay)
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "role", guildA)); !strings.Contains(m.Content, "@everyone cannot") {
		t.Errorf("a schedule mentioning @everyone: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "role", role)); !strings.Contains(m.Content, "mentioning <@&"+role+">") {
		t.Fatalf("set: %+v", m)
	}
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule list")); !strings.Contains(m.Content, "mentions <@&"+role+">") {
		t.Errorf("list: %s", m.Content)
	}
	h.addArticle(t, "the ferry timetable")
	h.tickAt(t, kyivDay.Add(61*time.Minute))
	msgs := h.fake.Messages()
	if len(msgs) != 1 {
		t.Fatalf("%d messages", len(msgs))
	}
	var body struct {
		Content         string `json:"content"`
		AllowedMentions struct {
			Parse []string `json:"parse"`
			Roles []string `json:"roles"`
			Users []string `json:"users"`
		} `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(msgs[0].Body, &body); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(body.Content, "<@&"+role+"> **Briefing") {
		t.Errorf("content %q", body.Content)
	}
	am := body.AllowedMentions
	if len(am.Parse) != 0 || len(am.Users) != 0 || len(am.Roles) != 1 || am.Roles[0] != role {
		t.Errorf("allowed_mentions %+v, want the role alone", am)
	}
	h.posted(t) // checks that no message allows a parsed mention
}

// killedAfter lets n posts through, then fails every one as if the process died.
type killedAfter struct {
	Poster
	n *int
}

func (p killedAfter) Post(ctx context.Context, channelID, nonce string, r Reply) (string, error) {
	if *p.n == 0 {
		return "", errKilled
	}
	*p.n--
	return p.Poster.Post(ctx, channelID, nonce, r)
}

// TestScheduleThreadHoldsTheBriefing: with thread:true the heading goes to the channel and the
// articles into a thread started from it, named for the day; a crash between the two is
// recovered into the same thread, each message posted once.
func TestScheduleThreadHoldsTheBriefing(t *testing.T) {
	h := startScheduler(t, kyivDay)
	if m, _ := h.ask(t, command(guildA, alice, adminPerms, "schedule set", "time", "08:00", "timezone", "Europe/Kyiv", "thread", true)); !strings.Contains(m.Content, "in a thread of its own") {
		t.Fatalf("set: %+v", m)
	}
	h.addArticle(t, "the ferry timetable")
	h.clock.Set(kyivDay.Add(61 * time.Minute))
	one := 1 // the heading gets out, then the process dies
	crashed := &Scheduler{Store: h.db, Poster: killedAfter{Poster: h.bot, n: &one}, Now: h.clock.Now, Logger: quietLog}
	if err := crashed.Tick(context.Background()); !errors.Is(err, errKilled) {
		t.Fatalf("Tick = %v", err)
	}
	restarted := &Scheduler{Store: h.db, Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
	if err := restarted.Recover(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := restarted.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	threads := h.fake.Threads()
	if len(threads) != 1 || threads[0].Name != "Briefing · 25 Nov" || threads[0].ParentID != channel {
		t.Fatalf("threads %+v, want one named for the day", threads)
	}
	msgs := h.fake.Messages()
	if len(msgs) != 2 {
		t.Fatalf("%d messages, want the heading and one page", len(msgs))
	}
	if msgs[0].ChannelID != channel || msgs[0].ID != threads[0].ID || !strings.Contains(string(msgs[0].Body), "Briefing · Wednesday 25 November") {
		t.Errorf("heading %s in %s", msgs[0].Body, msgs[0].ChannelID)
	}
	if msgs[1].ChannelID != threads[0].ID || !strings.Contains(string(msgs[1].Body), "ferry timetable") {
		t.Errorf("page %s in %s, want the article in the thread", msgs[1].Body, msgs[1].ChannelID)
	}
	ds, _ := h.db.Deliveries(context.Background(), 1)
	if len(ds) != 1 || ds[0].Status != storage.Posted || len(ds[0].MessageIDs) != 2 {
		t.Errorf("deliveries = %+v", ds)
	}
}

// TestTwoProcessesShareTheWork: two processes (shards 0/2 and 1/2, each with its own database
// connection, scheduler and poller) run on one database, ticking and polling at the same
// moments. Each feed is fetched once per interval and each slot posted once. Then the process
// of guild A's shard dies twice over: its poller right after claiming the due feeds, its
// scheduler between beginning a delivery and posting it. The other process takes both over
// once their lease has run out: each feed fetched once more, the slot posted once.
func TestTwoProcessesShareTheWork(t *testing.T) {
	storagetest.Each(t, func(t *testing.T) {
		h := startScheduler(t, kyivDay.Add(-2*time.Hour)) // 05:00 in Kyiv
		ctx := context.Background()
		second, err := storage.Open(ctx, h.target)
		if err != nil {
			t.Fatal(err)
		}
		second.Now = h.clock.Now
		t.Cleanup(func() { second.Close() })
		dbs := [2]*storage.DB{h.db, second}

		a, _ := strconv.ParseUint(guildA, 10, 64)
		guildOther := strconv.FormatUint(a+1<<22, 10)
		shards := [2]Shard{{0, 2}, {1, 2}}
		owner := 0 // the process whose shard holds guild A
		if !shards[0].Holds(guildA) {
			owner = 1
		}
		site := newFeedSite(t)
		site.set("/a", "a1")
		site.set("/b", "b1")
		chans := map[string]string{guildA: "500000000000000001", guildOther: "500000000000000002"}
		for g, path := range map[string]string{guildA: "/a", guildOther: "/b"} {
			if _, err := h.db.Follow(ctx, g, chans[g], site.url(path), "", 15*time.Minute); err != nil {
				t.Fatal(err)
			}
			if _, err := h.db.AddSchedule(ctx, storage.Schedule{GuildID: g, ChannelID: chans[g], Clock: "08:00", Zone: "Europe/Kyiv", MaxItems: 10}); err != nil {
				t.Fatal(err)
			}
		}
		var scheds [2]*Scheduler
		var pollers [2]*Poller
		for i := range dbs {
			scheds[i] = &Scheduler{Store: dbs[i], Poster: h.bot, Now: h.clock.Now, Logger: quietLog, Shard: shards[i]}
			pollers[i] = &Poller{Store: dbs[i], Web: testWeb(), Poster: h.bot, Now: h.clock.Now, Logger: quietLog}
		}
		// run moves the clock and runs both processes at once, or only the one given.
		run := func(at time.Time, only ...int) {
			t.Helper()
			h.clock.Set(at)
			procs := []int{0, 1}
			if len(only) > 0 {
				procs = only
			}
			var wg sync.WaitGroup
			for _, i := range procs {
				wg.Go(func() {
					if err := pollers[i].PollDue(ctx); err != nil {
						t.Error(err)
					}
					if err := scheds[i].Tick(ctx); err != nil {
						t.Error(err)
					}
				})
			}
			wg.Wait()
		}
		fetches := func() (int, int) {
			site.mu.Lock()
			defer site.mu.Unlock()
			return site.hits["/a"], site.hits["/b"]
		}
		perChannel := func() map[string]int {
			n := map[string]int{}
			for _, m := range h.fake.Messages() {
				n[m.ChannelID]++
			}
			return n
		}
		start := h.clock.Now()
		for _, step := range []struct {
			at   time.Duration
			want int // fetches of each feed so far
		}{{0, 1}, {time.Minute, 1}, {10 * time.Minute, 1}, {15 * time.Minute, 2}, {16 * time.Minute, 2}, {31 * time.Minute, 3}} {
			run(start.Add(step.at))
			if fa, fb := fetches(); fa != step.want || fb != step.want {
				t.Fatalf("at +%v: feeds fetched %d and %d times, want %d each", step.at, fa, fb, step.want)
			}
		}
		run(kyivDay.Add(time.Hour)) // 08:00 in Kyiv
		run(kyivDay.Add(time.Hour + time.Minute))
		if n := perChannel(); n[chans[guildA]] != 1 || n[chans[guildOther]] != 1 {
			t.Fatalf("day 1: messages per channel %v, want one in each", n)
		}

		// Day 2, 08:00: the owner's poller claims the due feeds and dies before fetching them;
		// its scheduler begins guild A's delivery and dies before posting.
		site.set("/a", "a2", "a1")
		day2 := kyivDay.Add(25 * time.Hour)
		h.clock.Set(day2)
		fa0, fb0 := fetches()
		if claimed, err := dbs[owner].ClaimFeeds(ctx, day2, 10*time.Minute); err != nil || len(claimed) != 2 {
			t.Fatalf("the dying poller claimed %d feeds, %v", len(claimed), err)
		}
		dead := &Scheduler{Store: dbs[owner], Poster: crashingPoster{Poster: h.bot}, Now: h.clock.Now, Logger: quietLog, Shard: shards[owner]}
		if err := dead.Tick(ctx); !errors.Is(err, errKilled) {
			t.Fatalf("Tick = %v", err)
		}
		survivor := 1 - owner
		for _, at := range []time.Duration{time.Minute, 9 * time.Minute} {
			run(day2.Add(at), survivor)
		}
		if fa, fb := fetches(); fa != fa0 || fb != fb0 || perChannel()[chans[guildA]] != 1 {
			t.Fatalf("inside the lease: feeds fetched %d and %d more times, guild A has %d messages; want 0, 0, 1",
				fa-fa0, fb-fb0, perChannel()[chans[guildA]])
		}
		for _, at := range []time.Duration{10 * time.Minute, 11 * time.Minute, 20 * time.Minute} {
			run(day2.Add(at), survivor)
		}
		if fa, fb := fetches(); fa != fa0+1 || fb != fb0+1 {
			t.Errorf("after the lease: feeds fetched %d and %d more times, want once each", fa-fa0, fb-fb0)
		}
		if n := perChannel(); n[chans[guildA]] != 2 || n[chans[guildOther]] != 2 {
			t.Errorf("day 2: messages per channel %v, want two in each", n)
		}
		if arts, _ := second.ArticlesSince(ctx, day2.Add(-time.Hour), guildA, 10); len(arts) != 1 || arts[0].Title != "a2" {
			t.Errorf("guild A's new article after the takeover: %d articles", len(arts))
		}
	})
}
